#!/usr/bin/env bash
# Builds introcheck (installing what is missing) and runs the year-end check
# on the bundled sample municipality in examples/ (synthetic test ids only),
# then reconciles NIR's report for it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
log=$(mktemp)
if ! { cmake --preset release && cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" \
         --target introcheck_cli; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 2
fi
rm -f "$log"

cd examples
cli=../build/release/cli/introcheck
# Exit status 1 means the data has errors, which the sample data is made to have.
echo "\$ introcheck validate --year 2023 --as-of 2024-01-15 --allow-synthetic --participants participants.csv --measures measures.csv"
"$cli" validate --year 2023 --as-of 2024-01-15 --allow-synthetic \
  --participants participants.csv --measures measures.csv "$@" || [ $? -eq 1 ]
echo
echo "\$ introcheck reconcile --year 2023 --as-of 2024-01-15 --participants participants.csv --measures measures.csv --nir-report nir_report.csv"
"$cli" reconcile --year 2023 --as-of 2024-01-15 \
  --participants participants.csv --measures measures.csv --nir-report nir_report.csv "$@" || [ $? -eq 1 ]
