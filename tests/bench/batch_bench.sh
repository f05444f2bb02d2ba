#!/bin/sh
# Batch benchmarks (prints figures; not a ctest test). Reference tool: `coupondesk-cli batch
# --jobs 1` on the same input, and the 1,000-row run for memory.
#   1. --summary-only on 1,000 and 100,000 generated applicants: wall time and peak memory
#      (/usr/bin/time -v); goal: 100,000 rows at most 1.2x the peak memory of 1,000 rows.
#   2. --summary-only, --jobs 2 against --jobs 1 on 100,000 rows.
#   3. Packages: 1,000 packages with --jobs 2 (goal <= 30 s) and the speed-up against --jobs 1
#      (goal >= 1.7x).
# Usage: tests/bench/batch_bench.sh [BUILD_DIR]   (default build/ci; build coupondesk-cli and
# batch_generate first: cmake --build --preset ci --target coupondesk-cli batch_generate)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build/ci}
cli=$build/bin/coupondesk-cli
gen=$build/bin/batch_generate
samples=${COUPONDESK_SAMPLES_DIR:-$here/../shared/samples}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
cores=$(nproc) # before OMP_THREAD_LIMIT, which nproc honours
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 OMP_THREAD_LIMIT=1

[ -x "$cli" ] && [ -x "$gen" ] || { echo "build coupondesk-cli and batch_generate first" >&2; exit 2; }
"$gen" "$samples/batch/applicants.csv" "$work/1k.csv" 1000
"$gen" "$samples/batch/applicants.csv" "$work/100k.csv" 100000

# run NAME CSV ARGS...: prints "NAME: wall S, CPU S, peak RSS KB" and leaves $wall, $cpu and
# $rss set.
run() {
    name=$1; csv=$2; shift 2
    rm -rf "$work/out"
    /usr/bin/time -v -o "$work/time.txt" "$cli" batch "$csv" --out "$work/out" \
        --contracts-dir "$samples/contracts" "$@" >/dev/null 2>"$work/stderr.txt" || {
        rc=$?; [ $rc -eq 5 ] || { echo "$name: exit code $rc" >&2; cat "$work/stderr.txt" >&2; exit 1; }; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$work/time.txt")
    printf '%-44s wall %7.2f s   CPU %7.2f s   peak RSS %7d KB\n' "$name" "$wall" "$cpu" "$rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# verdict VALUE OP LIMIT: "met" or "NOT met" (OP is <= or >=).
verdict() {
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = (op == "<=") ? (v <= l) : (v >= l);
        print ok ? "met" : "NOT met" }'
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== summary only (cores: $cores, load average $(load))"
run "1,000 rows, --summary-only" "$work/1k.csv" --summary-only
rss1k=$rss
run "100,000 rows, --summary-only (all cores)" "$work/100k.csv" --summary-only
rss100k=$rss
memratio=$(ratio "$rss100k" "$rss1k")
echo "peak memory 100,000 / 1,000 rows: ${memratio}x (goal <= 1.20x: $(verdict "$memratio" "<=" 1.20))"
run "100,000 rows, --summary-only --jobs 1" "$work/100k.csv" --summary-only --jobs 1
wall1=$wall
run "100,000 rows, --summary-only --jobs 2" "$work/100k.csv" --summary-only --jobs 2
wall2=$wall
echo "speed-up --jobs 2 vs --jobs 1 (summary only): $(ratio "$wall1" "$wall2")x"

echo "== packages (--no-contracts: package writing only, no contract analysis; load average $(load))"
run "1,000 packages --jobs 1" "$work/1k.csv" --no-contracts --jobs 1
pwall1=$wall
[ "$(ls "$work/out/packages" | wc -l)" -eq 1000 ] || { echo "packages were not written" >&2; exit 1; }
run "1,000 packages --jobs 2" "$work/1k.csv" --no-contracts --jobs 2
pwall2=$wall
pratio=$(ratio "$pwall1" "$pwall2")
echo "1,000 packages with --jobs 2: ${pwall2} s (goal <= 30 s: $(verdict "$pwall2" "<=" 30))"
echo "speed-up --jobs 2 vs --jobs 1 (packages): ${pratio}x (goal >= 1.7x: $(verdict "$pratio" ">=" 1.7))"
echo "load average at the end: $(load)"
