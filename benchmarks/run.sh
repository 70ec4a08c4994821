#!/usr/bin/env bash
# Runs every benchmark and prints the figures for benchmarks/README.md:
#   library (Google Benchmark): validation, reconciliation, results at 10^3..10^6
#   participations, CSV import in MB/s, one record through the C ABI;
#   end to end: introcheck validate / reconcile on national-size files, with
#   wc -l on the same files as the floor, peak memory from /usr/bin/time -v;
#   growth: instructions counted by callgrind at 10^3..10^6 (benchmarks/growth.sh);
#   one record per call from Python and C#.
# Usage: bash benchmarks/run.sh [PARTICIPANTS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
participants=${1:-1000000}
data=${INTROCHECK_BENCH_DIR:-/tmp/introcheck-national}

bash scripts/install-deps.sh
jobs=$(nproc)
{ cmake --preset bench && cmake --build --preset bench -j "$jobs"; } >/dev/null
{ cmake --preset release && cmake --build --preset release -j "$jobs" --target introcheck_cli introcheck_shared; } >/dev/null
cli=build/release/cli/introcheck

echo "== machine"
echo "cpu: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'), $(nproc) cores; memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "compiler: $(c++ --version | head -1); build type: Release; date: $(date -u +%F)"

echo
echo "== library (Google Benchmark)"
build/bench/benchmarks/bench_library --benchmark_counters_tabular=true

echo
echo "== growth in instructions (callgrind), 10^3 .. $((participants < 1000000 ? participants : 1000000))"
bash benchmarks/growth.sh "$((participants < 1000000 ? participants : 1000000))"

echo
echo "== end to end, $participants participants over 2015-2024"
if [ ! -f "$data/manifest.json" ] || ! grep -q "\"participants\": $participants," "$data/manifest.json"; then
  rm -rf "$data"
  "$cli" synth --participants "$participants" --municipalities 356 --years 2015-2024 --seed 1 --output "$data"
fi
files=("$data/participants.csv" "$data/measures.csv")
bytes=$(cat "${files[@]}" | wc -c)
echo "input: $(wc -l < "$data/participants.csv") participant rows, $(wc -l < "$data/measures.csv") measure rows, $((bytes / 1000000)) MB"

measure() {  # measure LABEL COMMAND...: wall seconds, MB/s and peak RSS
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" > /dev/null 2> "$log" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  awk -v l="$label" -v w="$wall" -v b="$bytes" -v r="$rss" \
    'BEGIN { printf "%-10s %7.2f s  %7.1f MB/s  peak %6.0f MB (%.2fx input)\n", l, w, b / 1e6 / w, r / 1024, r * 1024 / b }'
  rm -f "$log"
}
measure "wc -l" wc -l "${files[@]}"
measure validate "$cli" validate --year 2024 --as-of 2025-01-15 --allow-synthetic --participants "${files[0]}" \
  --measures "${files[1]}" --format json --output /dev/null
measure reconcile "$cli" reconcile --year 2024 --as-of 2025-01-15 --participants "${files[0]}" \
  --measures "${files[1]}" --nir-report "$data/nir_report.csv" --format json --output /dev/null

echo
echo "== one record per call"
INTROCHECK_LIBRARY=$PWD/build/release/capi/libintrocheck.so.0.2 PYTHONPATH=bindings/python python3 - <<'PY'
import timeit
from datetime import date
import introcheck
ds = introcheck.Dataset(introcheck.Context(allow_synthetic=True))
ds.add_participation(case_id="K1", person_id="12839010182", category="rett_og_plikt", follow_up_municipality="0301",
                     start_date=date(2022, 3, 1), end_date=date(2023, 6, 30), settlement_date=date(2021, 11, 15))
ds.add_measure(case_id="K1", measure="norsk", start_date=date(2022, 3, 1), end_date=date(2023, 6, 30))
n = 20000
t = timeit.timeit(lambda: list(ds.validate(year=2023, as_of=date(2024, 1, 15))), number=n)
print(f"python: {t / n * 1e6:.1f} us per validate() of one record, findings read")
PY
if command -v dotnet >/dev/null; then
  INTROCHECK_LIBRARY=$PWD/build/release/capi/libintrocheck.so.0.2 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \
    dotnet run -c Release --project benchmarks/csharp/Bench.csproj --artifacts-path build/bench/dotnet 2>/dev/null | tail -1
else
  echo "csharp: skipped, no .NET SDK"
fi
