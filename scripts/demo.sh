#!/usr/bin/env bash
# Builds introcheck (installing what is missing) and runs it on the bundled
# sample data in examples/.
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
cli=build/release/cli/introcheck

echo "\$ introcheck id --allow-synthetic \$(cat examples/person_ids.txt)"
xargs "$cli" id --allow-synthetic < examples/person_ids.txt || true
echo
while read -r code date; do
  echo "\$ introcheck municipality $code --date $date"
  "$cli" municipality "$code" --date "$date" || true
done < examples/municipalities.txt
