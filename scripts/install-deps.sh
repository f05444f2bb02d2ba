#!/usr/bin/env bash
# Installs what CouponDesk needs to build, run and test on Debian 12 (see ../shared/TOOLCHAIN.md).
# Does nothing when every package is already there, so it is cheap to call every time.
# Usage: scripts/install-deps.sh [EXTRA_PACKAGE...]   (scripts/fuzz.sh adds clang)
set -euo pipefail

packages=(
  build-essential dpkg-dev file cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libgl-dev libqt6opengl6-dev libxkbcommon-dev
  libpoppler-qt6-dev poppler-utils poppler-data libzip-dev zlib1g-dev zip unzip
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-deu
  sqlite3 libsqlite3-dev postgresql fonts-noto-cjk fonts-dejavu-core
  xvfb xauth imagemagick librsvg2-bin jq desktop-file-utils appstream lintian
  time
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
