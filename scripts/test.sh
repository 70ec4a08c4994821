#!/usr/bin/env bash
# Builds introcheck and runs every test suite. The one command CI runs.
#   1. ci preset: every suite (C++, C, CLI, install, Python, C#, conformance, ABI)
#   2. asan preset: the C and C++ suites under AddressSanitizer + UBSan
#   3. tsan preset: the concurrent-validation and parallel import/validation tests under ThreadSanitizer
#   4. fuzz preset: each libFuzzer target for a bounded time from its corpus
# Each stage has a time budget (together 30 minutes at most); the whole run takes
# about 10 to 15 minutes on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)

stage() {  # stage NAME BUDGET_SECONDS: configure, build and test one preset
  local name=$1 budget=$2 start=$SECONDS
  echo "== $name (budget ${budget}s)"
  cmake --preset "$name" >/dev/null
  timeout "$budget" cmake --build --preset "$name" -j "$jobs"
  timeout $((budget - (SECONDS - start) > 60 ? budget - (SECONDS - start) : 60)) ctest --preset "$name" -j "$jobs"
  echo "== $name took $((SECONDS - start))s"
}

stage ci 600
stage asan 480
stage tsan 300
stage fuzz 420
