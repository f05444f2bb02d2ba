#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz, one after the other, each for SECONDS, niced.
# Usage: scripts/fuzz.sh SECONDS [TARGET...]   (default: every target; see tests/fuzz/README.md)
# Builds the "fuzz" preset first (clang 14, -fsanitize=fuzzer-no-link,address,undefined).
# New inputs go to build/fuzz/corpus/<target> (the committed seeds in tests/fuzz/corpus/<target>
# are read, never written); a crash is written to build/fuzz/crashes/<target>/ and stops that
# target: copy it to tests/fuzz/regressions/<target>/ and fix the engine. A summary line per
# target (executions, coverage, crashes) is printed at the end and kept in build/fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift
all=(amount_parser date_parser csv_reader rulepack_loader application_json package_verifier)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all[@]}"); fi

# clang++-14 and libFuzzer (libclang_rt.fuzzer): only the fuzzers need them, so CI does not
# download them.
scripts/install-deps.sh clang-14 libclang-rt-14-dev
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset fuzz "${launcher[@]}" >/dev/null
nice -n 19 cmake --build build/fuzz -j "$(nproc)" --target fuzz_targets

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
mkdir -p build/fuzz/logs
summary=()
status=0
for target in "${targets[@]}"; do
  exe=build/fuzz/fuzz/fuzz_$target
  [ -x "$exe" ] || { echo "unknown target: $target" >&2; exit 2; }
  corpus=build/fuzz/corpus/$target
  crashes=build/fuzz/crashes/$target
  mkdir -p "$corpus" "$crashes"
  log=build/fuzz/logs/$target.log
  dict=()
  [ -f tests/fuzz/dict/$target.dict ] && dict=(-dict=tests/fuzz/dict/$target.dict)
  echo "== $target for ${seconds}s (log: $log)" >&2
  set +e
  # -rss_limit_mb: the engine must not need more than this for any input.
  nice -n 19 "$exe" "$corpus" tests/fuzz/corpus/"$target" \
    "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 -print_final_stats=1 \
    -artifact_prefix="$crashes/" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  units=$(find "$corpus" -type f | wc -l)
  # crash-, oom-, timeout- and leak- files are findings; slow-unit- files only mean one input
  # took over 10 s (on a busy machine the niced fuzzer can simply be waiting for a CPU).
  found=$(find "$crashes" -type f ! -name 'slow-unit-*' | wc -l)
  slow=$(find "$crashes" -type f -name 'slow-unit-*' | wc -l)
  line="$target: ${seconds}s, ${execs:-?} executions, cov ${cov:-?}, ft ${ft:-?}, corpus $units, findings $found, slow units $slow, exit $rc"
  summary+=("$line")
  [ "$rc" -eq 0 ] || status=1
done
printf '%s\n' "${summary[@]}" | tee build/fuzz/logs/summary.txt
exit $status
