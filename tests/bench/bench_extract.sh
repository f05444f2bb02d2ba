#!/usr/bin/env bash
# Benchmark: `coupondesk-cli extract --no-ocr` against `pdftotext` (poppler-utils) on the same
# 200-page contract, built from the 60-page sample A07 with pdfunite/pdfseparate.
# Prints median wall and CPU (user+sys) times, their ratios (goal: <= 1.2x) and peak memory.
# Usage: tests/bench/bench_extract.sh [BUILD_DIR] [RUNS]   (default build/ci, 5 runs)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build="${1:-$source_dir/build/ci}"
runs="${2:-5}"
cli="$build/bin/coupondesk-cli"
sample="$source_dir/../shared/samples/contracts/A07_zh_long_sla_appendix_60p.pdf"
[ -x "$cli" ] || { echo "build coupondesk-cli first: $cli" >&2; exit 2; }
for tool in pdftotext pdfunite pdfseparate /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdfseparate -f 1 -l 20 "$sample" "$work/part-%d.pdf"
pdfunite "$sample" "$sample" "$sample" $(ls "$work"/part-*.pdf | sort -V) "$work/contract-200.pdf"
pages=$(pdfinfo "$work/contract-200.pdf" | awk '/^Pages:/ {print $2}')
echo "input: $pages pages, $(stat -c %s "$work/contract-200.pdf") bytes; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"

# One run: prints "wall_s cpu_s max_rss_kb". /usr/bin/time counts the worker process too
# (its times are added to coupondesk-cli's; max RSS is the larger of the two processes).
measure() {
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" ||
        { cat "$work/stderr.txt" >&2; exit 1; }
    awk '{printf "%.3f %.3f %d\n", $1, $2 + $3, $4}' "$work/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: >"$work/ref.txt"; : >"$work/ours.txt"
measure pdftotext "$work/contract-200.pdf" /dev/null >/dev/null # warm the page cache
for _ in $(seq "$runs"); do
    measure pdftotext "$work/contract-200.pdf" "$work/out.txt" >>"$work/ref.txt"
    measure "$cli" extract --no-ocr --json "$work/contract-200.pdf" >>"$work/ours.txt"
done

ref_wall=$(cut -d' ' -f1 "$work/ref.txt" | median); ours_wall=$(cut -d' ' -f1 "$work/ours.txt" | median)
ref_cpu=$(cut -d' ' -f2 "$work/ref.txt" | median); ours_cpu=$(cut -d' ' -f2 "$work/ours.txt" | median)
ref_mem=$(cut -d' ' -f3 "$work/ref.txt" | sort -n | tail -1); ours_mem=$(cut -d' ' -f3 "$work/ours.txt" | sort -n | tail -1)

printf '%-44s %8s %8s %10s\n' "median of $runs runs" "wall s" "CPU s" "peak MB"
printf '%-44s %8.3f %8.3f %10.1f\n' "pdftotext (reference)" "$ref_wall" "$ref_cpu" "$(awk "BEGIN {print $ref_mem / 1024}")"
printf '%-44s %8.3f %8.3f %10.1f\n' "coupondesk-cli extract --no-ocr --json" "$ours_wall" "$ours_cpu" "$(awk "BEGIN {print $ours_mem / 1024}")"
printf 'ratio wall: %.2fx   ratio CPU: %.2fx   (goal <= 1.2x)\n' \
    "$(awk "BEGIN {print $ours_wall / $ref_wall}")" "$(awk "BEGIN {print $ours_cpu / $ref_cpu}")"
