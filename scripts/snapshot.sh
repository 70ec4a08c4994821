#!/usr/bin/env bash
# Writes every output of the CLI on the bundled data into DIR: each command,
# format and language on examples/, the conformance cases and a synthetic
# national-shaped file set. Two snapshots compared with `cmp` (or `diff -r`)
# show whether a change altered any output byte:
#
#   bash scripts/snapshot.sh build/ci/cli/introcheck /tmp/before
#   ... change, rebuild ...
#   bash scripts/snapshot.sh build/ci/cli/introcheck /tmp/after
#   diff -rq /tmp/before /tmp/after && echo identical
#
# SYNTH_PARTICIPANTS (default 20000) sets the size of the synthetic files.
set -uo pipefail
cli=$(realpath "$1")
out=$(realpath -m "$2")
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"

run() {  # run NAME ARGS...: stdout to NAME, stderr and status to NAME.status
  local name=$1
  shift
  "$cli" "$@" >"$out/$name" 2>"$out/$name.err"
  echo $? >"$out/$name.status"
}

# set_of NAME DIR YEAR AS_OF SYNTHETIC: every command, format and language on
# one file set; SYNTHETIC is --allow-synthetic or "" (for validate and reconcile).
set_of() {
  local name=$1 dir=$2 year=$3 as_of=$4 synthetic=$5
  # Relative names: file names appear in the output, the folder must not.
  cd "$dir" || return
  local files=(--participants participants.csv)
  [ -f measures.csv ] && files+=(--measures measures.csv)
  local common=(--year "$year" --as-of "$as_of" "${files[@]}")
  local checks=("${common[@]}")
  [ -n "$synthetic" ] && checks+=("$synthetic")
  for lang in nb nn en; do
    for fmt in text json csv; do
      run "$name.validate.$lang.$fmt" validate "${checks[@]}" --lang "$lang" --format "$fmt"
      run "$name.report.$lang.$fmt" report "${common[@]}" --lang "$lang" --format "$fmt"
      run "$name.results.$lang.$fmt" results "${common[@]}" --lang "$lang" --format "$fmt"
    done
    run "$name.validate.$lang.junit" validate "${checks[@]}" --lang "$lang" --format junit
    run "$name.validate-strict.$lang.junit" validate "${checks[@]}" --strict --lang "$lang" --format junit
    if [ -f nir_report.csv ]; then
      for fmt in text json csv html junit; do
        run "$name.reconcile.$lang.$fmt" reconcile "${checks[@]}" --nir-report nir_report.csv \
          --lang "$lang" --format "$fmt"
        run "$name.reconcile-v.$lang.$fmt" reconcile "${checks[@]}" --nir-report nir_report.csv \
          --with-validation --lang "$lang" --format "$fmt"
      done
      run "$name.results-nir.$lang.text" results "${common[@]}" --nir-report nir_report.csv --lang "$lang"
    fi
  done
  run "$name.validate.reveal.json" validate "${checks[@]}" --reveal-ids --format json
  cd "$root" || return
}

set_of examples "$root/examples" 2023 2024-01-15 --allow-synthetic
for case in "$root"/tests/conformance/cases/*/; do
  c=$(basename "$case")
  synthetic=$(grep -q '"allow_synthetic": true' "$case/case.json" && echo --allow-synthetic)
  set_of "conformance-$c" "$case" 2023 2024-01-15 "$synthetic"
done

synth=$(mktemp -d)
"$cli" synth --participants "${SYNTH_PARTICIPANTS:-20000}" --years 2019-2024 --seed 7 --output "$synth" >/dev/null
as_of=$(grep -o '"as_of": *"[0-9-]*"' "$synth/manifest.json" | head -1 | grep -o '[0-9-]\{10\}')
set_of synth "$synth" 2024 "$as_of" --allow-synthetic
rm -rf "$synth"

for cmd in "rules" "rules --format json" "rules --format markdown" "municipality 3001 --date 2024-01-15" \
           "id --allow-synthetic 12839010182 01010012356"; do
  run "misc.${cmd// /_}" $cmd
done
echo "snapshot: $(ls "$out" | wc -l) files in $out"
