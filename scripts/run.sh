#!/usr/bin/env bash
# Installs what is missing, builds CouponDesk and starts it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)" --target coupondesk coupondesk-cli
exec build/dev/bin/coupondesk "$@"
