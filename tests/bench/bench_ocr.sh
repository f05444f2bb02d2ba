#!/usr/bin/env bash
# Benchmark: OCR of one scanned page. `coupondesk-cli extract` on one page of the scanned sample
# A09 (page 1, the densest; page 3 carries the red seals the seal filter takes out) (it renders the page at 300 dpi with Poppler and recognises it with Tesseract chi_sim+eng
# in its worker) against the `tesseract` command on the same page rendered at 300 dpi by
# `pdftoppm`, both with OMP_THREAD_LIMIT=1. Prints median times, the ratio (goal: <= 1.5x) and
# peak memory.
# Usage: tests/bench/bench_ocr.sh [BUILD_DIR] [RUNS] [PAGE]   (default build/ci, 3 runs, page 1)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build="${1:-$source_dir/build/ci}"
runs="${2:-3}"
page="${3:-1}"
cli="$build/bin/coupondesk-cli"
sample="$source_dir/../shared/samples/contracts/A09_zh_scanned.pdf"
[ -x "$cli" ] || { echo "build coupondesk-cli first: $cli" >&2; exit 2; }
for tool in tesseract pdftoppm pdfseparate /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh)" >&2; exit 2; }
done
cores=$(nproc) # before OMP_THREAD_LIMIT, which nproc obeys
export OMP_THREAD_LIMIT=1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdfseparate -f "$page" -l "$page" "$sample" "$work/scan-page.pdf"
pdftoppm -r 300 -png -singlefile "$work/scan-page.pdf" "$work/page"
echo "input: page $page of $(basename "$sample"), $(file -b "$work/page.png" | cut -d, -f2 | tr -d ' ') px; $cores cores, load $(cut -d' ' -f1 /proc/loadavg)"

measure() {
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" ||
        { cat "$work/stderr.txt" >&2; exit 1; }
    awk '{printf "%.3f %.3f %d\n", $1, $2 + $3, $4}' "$work/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: >"$work/ref.txt"; : >"$work/ours.txt"
for _ in $(seq "$runs"); do
    measure tesseract "$work/page.png" "$work/out" -l chi_sim+eng >>"$work/ref.txt"
    measure "$cli" extract --json "$work/scan-page.pdf" >>"$work/ours.txt"
done

ref_wall=$(cut -d' ' -f1 "$work/ref.txt" | median); ours_wall=$(cut -d' ' -f1 "$work/ours.txt" | median)
ref_cpu=$(cut -d' ' -f2 "$work/ref.txt" | median); ours_cpu=$(cut -d' ' -f2 "$work/ours.txt" | median)
ref_mem=$(cut -d' ' -f3 "$work/ref.txt" | sort -n | tail -1); ours_mem=$(cut -d' ' -f3 "$work/ours.txt" | sort -n | tail -1)

printf '%-44s %8s %8s %10s\n' "median of $runs runs" "wall s" "CPU s" "peak MB"
printf '%-44s %8.3f %8.3f %10.1f\n' "tesseract page.png -l chi_sim+eng (ref.)" "$ref_wall" "$ref_cpu" "$(awk "BEGIN {print $ref_mem / 1024}")"
printf '%-44s %8.3f %8.3f %10.1f\n' "coupondesk-cli extract (render + OCR)" "$ours_wall" "$ours_cpu" "$(awk "BEGIN {print $ours_mem / 1024}")"
printf 'ratio wall: %.2fx   ratio CPU: %.2fx   (goal <= 1.5x)\n' \
    "$(awk "BEGIN {print $ours_wall / $ref_wall}")" "$(awk "BEGIN {print $ours_cpu / $ref_cpu}")"
