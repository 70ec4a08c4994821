#!/usr/bin/env bash
# Stores the current C ABI as the baseline the abi_check test compares with.
# Only for an intended change that keeps old callers working (new functions, a
# versioned struct that grew at its end); an incompatible change needs a new
# major version (SONAME) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset ci >/dev/null
cmake --build --preset ci --target introcheck_shared >/dev/null
abidw --exported-interfaces-only --headers-dir capi/include --drop-private-types --no-corpus-path \
  --no-comp-dir-path --short-locs build/ci/capi/libintrocheck.so.0.2 > capi/abi/libintrocheck.abi
echo "capi/abi/libintrocheck.abi updated; review 'git diff capi/abi' and commit it"
