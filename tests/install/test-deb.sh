#!/usr/bin/env bash
# Builds the Debian package, installs it with apt-get, runs the installed programs (CLI, PDF
# worker, GUI offscreen), validates the installed desktop files, runs lintian on the .deb and
# removes the package again. Needs root (CI); exits 77 (ctest: skipped) otherwise. Whatever
# happens, the trap removes the package and any dependency the install pulled in.
# Usage: test-deb.sh BUILD_DIR SAMPLES_DIR
set -euo pipefail

build_dir=$(cd "${1:?usage: test-deb.sh BUILD_DIR SAMPLES_DIR}" && pwd)
samples_dir=$(cd "${2:?usage: test-deb.sh BUILD_DIR SAMPLES_DIR}" && pwd)

skip() { echo "SKIP: $*" >&2; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "installing a package needs root (CI runs this test as root)"
for tool in cpack apt-get dpkg-query desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/install-deps.sh)"
done
if dpkg-query -W -f='${Status}' coupondesk 2>/dev/null | grep -q "ok installed"; then
  skip "coupondesk is already installed on this machine; not touching it"
fi

work=$(mktemp -d /tmp/coupondesk-deb-test.XXXXXX)
installed_before="$work/packages-before"
dpkg-query -W -f='${Package}:${Architecture}\n' | sort >"$installed_before"
apt_options=(-y -q -o DPkg::Lock::Timeout=120)
export DEBIAN_FRONTEND=noninteractive

cleanup() {
  local status=$?
  set +e
  if dpkg-query -W -f='${Status}' coupondesk 2>/dev/null | grep -q installed; then
    echo "cleanup: removing coupondesk" >&2
    apt-get remove --purge "${apt_options[@]}" coupondesk >/dev/null
  fi
  # Packages the install pulled in that were not there before (none on a machine set up with
  # scripts/install-deps.sh).
  local added
  added=$(dpkg-query -W -f='${Package}:${Architecture}\n' | sort | comm -13 "$installed_before" -)
  if [ -n "$added" ]; then
    echo "cleanup: removing what the install added: $added" >&2
    # shellcheck disable=SC2086
    apt-get remove --purge "${apt_options[@]}" $added >/dev/null
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { echo "== $*" >&2; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "cpack -G DEB"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/pkg/coupondesk_*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no coupondesk_*.deb"
deb=${debs[0]}
dpkg-deb --info "$deb" >&2

step "lintian"
lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
cat "$work/lintian.log" >&2
[ "${lintian_status:-0}" -eq 0 ] || fail "lintian reports errors"

step "apt-get install"
(cd "$work/pkg" && apt-get install "${apt_options[@]}" "./$(basename "$deb")") >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log" >&2; fail "apt-get install failed"; }

# The installed programs run with a throw-away home so nothing is written to root's.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
cd "$work"

step "coupondesk-cli --version"
version=$(dpkg-query -W -f='${Version}' coupondesk)
out=$(/usr/bin/coupondesk-cli --version)
[ "$out" = "coupondesk-cli ${version%%-*}" ] || fail "--version printed \"$out\", package is $version"

step "coupondesk-cli estimate"
/usr/bin/coupondesk-cli estimate "$samples_dir/applications/01-enterprise-basic.json" --json >"$work/estimate.json" || fail "estimate failed (status $?)"
jq -e '.subsidy' "$work/estimate.json" >/dev/null || fail "estimate --json has no subsidy: $(cat "$work/estimate.json")"

step "coupondesk-cli extract (through the installed PDF worker)"
/usr/bin/coupondesk-cli extract "$samples_dir/contracts/A01_zh_service_contract_h800.pdf" --no-ocr --json >"$work/extract.json" || fail "extract failed (status $?)"
jq -e 'type == "object"' "$work/extract.json" >/dev/null || fail "extract --json printed no object"

step "coupondesk-cli extract of a scan (the PDF worker hands it to the installed OCR worker)"
/usr/bin/coupondesk-cli extract "$samples_dir/contracts/A09_zh_scanned.pdf" --json >"$work/scan.json" || fail "extract of the scan failed (status $?)"
jq -e '.ocr == true and .fields.amount.value == "1080000.00"' "$work/scan.json" >/dev/null || fail "the scan was not recognised: $(cat "$work/scan.json")"

step "coupondesk --quit-after-start (offscreen)"
timeout 30 /usr/bin/coupondesk --quit-after-start || fail "the installed GUI did not start and quit (status $?)"

step "man pages (from the .deb: minimal containers exclude /usr/share/man when installing)"
dpkg-deb -x "$deb" "$work/root"
for page in coupondesk coupondesk-cli; do
  file="$work/root/usr/share/man/man1/$page.1.gz"
  [ -f "$file" ] || fail "no man page $page.1"
  if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$file" >/dev/null || fail "man page $page.1 does not render"
  fi
done

step "desktop-file-validate, appstreamcli validate (installed files)"
desktop-file-validate /usr/share/applications/coupondesk.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.coupondesk.CouponDesk.metainfo.xml
for size in 16 32 48 256; do
  [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/coupondesk.png" ] || fail "no ${size}px icon"
done

step "apt-get remove"
apt-get remove --purge "${apt_options[@]}" coupondesk >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log" >&2; fail "apt-get remove failed"; }
for left in /usr/bin/coupondesk /usr/bin/coupondesk-cli /usr/libexec/coupondesk \
            /usr/share/applications/coupondesk.desktop /usr/share/doc/coupondesk; do
  [ ! -e "$left" ] || fail "$left is still there after removing the package"
done
echo "PASS: the package builds, installs, runs and removes cleanly" >&2
