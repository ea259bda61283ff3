#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang-14) into build/fuzz and runs each over its seed
# corpus, one after the other (one core):
#   scripts/fuzz.sh [SECONDS | --runs N | --smoke] [TARGET...]
#     SECONDS   per target (default 60)         --runs N  executions per target (e.g. 10000000)
#     --smoke   the short check run by the test suite: a fixed seed and a fixed number of runs per
#               target (`smoke_runs`, ~8 s each on one core), only the targets in `smoke_targets`, fresh
#               working corpus — the same inputs on every run, so CI finds nothing new by chance;
#               finding new inputs is the long runs' job
# Environment: FUZZ_MAX_SECONDS caps a --runs run per target; ATELIER_FUZZ_KNOWN="no team|…" steps
# over known findings (tests/fuzz/fuzz_common.hpp); FUZZ_BUILD_JOBS (default 2); FUZZ_TIMEOUT, the
# seconds one input may take (default 10) — libFuzzer counts wall time, so a long run sharing the
# machine with builds at a low priority needs more (an input starved of CPU is reported as a hang).
# New inputs go to build/fuzz/corpus/<target> (the committed seeds in tests/fuzz/corpus/<target> are
# only read); a crashing input is written to build/fuzz/artifacts/<target>/ and the script fails.
# Logs: build/fuzz/logs/<target>.log (the smoke: build/fuzz/smoke/…). Exit 0 when nothing was found.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

all_targets=(snapshot backup command journal)
# The targets the test suite's smoke runs (all four since the store validates every change).
smoke_targets=(snapshot backup command journal)
declare -A smoke_runs=([snapshot]=6000 [backup]=15000 [command]=40000 [journal]=30000)
# Only a guard against a machine so slow the smoke would not end; it is never reached on ours.
SMOKE_MAX_SECONDS="${SMOKE_MAX_SECONDS:-120}"

mode=time seconds=60 runs=0
case "${1:-}" in
  --smoke) mode=smoke; shift ;;
  --runs) mode=runs; runs="${2:?--runs needs a count}"; shift 2 ;;
  ''|-*) ;;
  *) [[ "$1" =~ ^[0-9]+$ ]] && { seconds="$1"; shift; } ;;
esac
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  if [ "$mode" = smoke ]; then targets=("${smoke_targets[@]}"); else targets=("${all_targets[@]}"); fi
fi

# --- build ------------------------------------------------------------------------------------
command -v clang++-14 >/dev/null || { echo "fuzz.sh: clang++-14 is missing (scripts/setup.sh installs it)" >&2; exit 2; }
build=build/fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S tests/fuzz -B "$build" >/dev/null || exit 2
fi
start=$(date +%s)
cmake --build "$build" -j"${FUZZ_BUILD_JOBS:-2}" --target $(printf 'fuzz_%s ' "${targets[@]}") >"$build/build.log" 2>&1 \
  || { tail -30 "$build/build.log"; echo "fuzz.sh: build failed" >&2; exit 2; }
echo "fuzz: built in $(( $(date +%s) - start )) s"

# --- run --------------------------------------------------------------------------------------
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# The smoke keeps its files apart, so it can run while a long run is going.
out="$build"
[ "$mode" = smoke ] && out="$build/smoke"
mkdir -p "$out/logs"
failed=0
for t in "${targets[@]}"; do
  work="$out/corpus/$t" artifacts="$out/artifacts/$t/"
  [ "$mode" = smoke ] && rm -rf "$work"
  mkdir -p "$work" "$artifacts"
  args=(-timeout="${FUZZ_TIMEOUT:-10}" -print_final_stats=1 -artifact_prefix="$artifacts")
  case "$mode" in
    smoke) args+=(-seed=1 -runs="${smoke_runs[$t]}" -max_total_time="$SMOKE_MAX_SECONDS") ;;
    runs) args+=(-runs="$runs"); [ -n "${FUZZ_MAX_SECONDS:-}" ] && args+=(-max_total_time="$FUZZ_MAX_SECONDS") ;;
    time) args+=(-max_total_time="$seconds") ;;
  esac
  log="$out/logs/$t.log"
  t0=$(date +%s)
  "$build/fuzz_$t" "${args[@]}" "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1
  status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(grep -o 'exec/s: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(ls "$work" | wc -l)
  if [ "$status" -eq 0 ]; then
    echo "fuzz $t: ok, ${execs:-?} runs in $(( $(date +%s) - t0 )) s (${rate:-?} exec/s), corpus $corpus"
  else
    failed=$(( failed + 1 ))
    echo "fuzz $t: FAILED (exit $status) after ${execs:-?} runs; input in $artifacts, log $log"
    grep -m5 -E 'fuzz property violated|ERROR: |runtime error|  validator:|  reader:|  refused by one:' "$log" | sed 's/^/    /'
  fi
done
[ "$failed" -eq 0 ]
