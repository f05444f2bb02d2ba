#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing, configures the
# "ci" preset (warnings are errors), builds, starts the services the tests need and runs ctest.
# Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
# The storage tests also run against a throw-away PostgreSQL server started by this wrapper;
# COUPONDESK_REQUIRE_PG makes them fail instead of skipping PostgreSQL if it did not start.
COUPONDESK_REQUIRE_PG=1 scripts/with-postgres.sh ctest --preset ci -j "$(nproc)" "$@"
