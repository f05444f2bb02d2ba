#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing, configures the
# "ci" preset (warnings are errors), builds, starts the services the tests need and runs ctest;
# then builds the "asan" preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the
# suite again under it. Usage: scripts/test.sh [extra ctest arguments]
# COUPONDESK_SKIP_ASAN=1 skips the sanitizer run (a quicker local check).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
# The storage tests also run against a throw-away PostgreSQL server started by this wrapper;
# COUPONDESK_REQUIRE_PG makes them fail instead of skipping PostgreSQL if it did not start.
COUPONDESK_REQUIRE_PG=1 scripts/with-postgres.sh ctest --preset ci -j "$(nproc)" "$@"

[ "${COUPONDESK_SKIP_ASAN:-0}" = 1 ] && exit 0
# The same suite under the sanitizers, without the .deb install test (label "install") and the
# few tests labelled "slow" (tests/CMakeLists.txt), and against SQLite only. Every process the
# tests start (coupondesk-cli, the PDF worker) writes its sanitizer reports to
# build/asan/sanitizer-reports (see the asan test preset): a report there fails the run even
# when the test that caused it passed, e.g. a worker whose crash became a coded error.
start=$(date +%s)
cmake --preset asan
cmake --build --preset asan -j "$(nproc)"
built=$(date +%s)
reports=build/asan/sanitizer-reports
rm -rf "$reports" && mkdir -p "$reports"
status=0
ctest --preset asan -j "$(nproc)" -LE 'install|slow' "$@" || status=$?
echo "asan: build $(( (built - start) / 60 )) min, tests $(( ($(date +%s) - built) / 60 )) min" >&2
if [ -n "$(ls -A "$reports")" ]; then
  echo "Sanitizer reports (see tests/sanitizers/*.supp for third-party ones):" >&2
  for report in "$reports"/*; do
    echo "== $report" >&2
    cat "$report" >&2
  done
  status=1
fi
exit $status
