#!/usr/bin/env bash
# Installs the Debian packages introcheck needs to build and test. Idempotent:
# silent and quick when everything is already there.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-dev libboost-date-time-dev   # Boost 1.74: DateTime, Outcome (headers)
  libicu-dev                            # encodings, collation, MessageFormat
  doctest-dev                           # C++ test framework
  libbenchmark-dev                      # Google Benchmark (benchmarks/)
  time                                  # /usr/bin/time -v: peak memory in benchmarks/run.sh
  valgrind                              # callgrind: instruction counts in benchmarks/growth.sh
  python3                               # CLI contract tests, Python binding
  abigail-tools                         # abidiff: the C ABI baseline check
  clang-14 libclang-rt-14-dev           # libFuzzer targets (preset fuzz)
  libxlsxwriter-dev                     # --format xlsx (CLI only, not libintrocheck.so)
  python3-openpyxl                      # tests read xlsx output back cell by cell
  libxml2-utils                         # xmllint --schema: JUnit output against docs/junit.xsd
  chromium                              # headless browser: HTML reports' filters and DOM tested
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "introcheck: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
