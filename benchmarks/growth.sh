#!/usr/bin/env bash
# Growth of the cost with the data, in instructions counted by callgrind
# (repeatable where timings on a shared machine are not): validation (one
# thread), reconciliation, results and CSV import at 10^3 .. MAX participations,
# and the ratio for each tenfold step. The target: at most 12x per 10x.
# Usage: bash benchmarks/growth.sh [MAX]   (default 100000; 1000000 takes minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
max=${1:-100000}
bash scripts/install-deps.sh
{ cmake --preset bench && cmake --build --preset bench -j "$(nproc)" --target bench_growth; } >/dev/null

printf "%-10s" "operation"
for ((n = 1000; n <= max; n *= 10)); do printf " %16s" "$n"; done
printf "   tenfold steps\n"
for op in validate reconcile results import; do
  printf "%-10s" "$op"
  prev=""
  ratios=""
  for ((n = 1000; n <= max; n *= 10)); do
    ir=$(valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \
           build/bench/benchmarks/bench_growth "$op" "$n" 2>&1 >/dev/null |
         sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    printf " %16s" "$ir"
    [ -n "$prev" ] && ratios+=$(awk -v a="$ir" -v b="$prev" 'BEGIN { printf " %.1fx", a / b }')
    prev=$ir
  done
  printf "  %s\n" "$ratios"
done
