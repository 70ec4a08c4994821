#!/usr/bin/env bash
# introcheck validate against a vendor's own programs for the same rules, side
# by side on the same files (benchmarks/README.md, "Against a vendor's own program"):
#   introcheck validate (both cores, and --threads 1), the C# peer (CsvHelper,
#   FluentValidation, LINQ), the Python peer (csv module, dicts), and wc -l;
#   three rounds, paired and interleaved, each run under /usr/bin/time.
# Prints a markdown table of the times and peak memory, and the findings per
# rule of each program next to introcheck's summary.by_rule.
# Usage: bash benchmarks/peers/run.sh [--synth] [PARTICIPANTS]   (default 1000000)
#   data from benchmarks/gen_national.py, or with --synth from introcheck synth,
#   into ${INTROCHECK_PEERS_DIR:-/tmp/introcheck-peers-N} (-synth-N), reused when
#   it holds the same N. Benchmarks only: not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
generator=gen_national
participants=1000000
for arg in "$@"; do
  case $arg in
    --synth) generator=synth ;;
    [0-9]*) participants=$arg ;;
    *) echo "usage: bash benchmarks/peers/run.sh [--synth] [PARTICIPANTS]" >&2; exit 2 ;;
  esac
done
rounds=${INTROCHECK_PEERS_ROUNDS:-3}
if [ "$generator" = synth ]; then
  data=${INTROCHECK_PEERS_DIR:-/tmp/introcheck-peers-synth-$participants}
else
  data=${INTROCHECK_PEERS_DIR:-/tmp/introcheck-peers-$participants}
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for tool in /usr/bin/time dotnet python3 cmake; do
  command -v "$tool" >/dev/null || { echo "benchmarks/peers/run.sh: needs $tool (scripts/install-deps.sh, the .NET SDK)" >&2; exit 1; }
done

{ nice cmake --preset release && nice cmake --build --preset release --target introcheck_cli; } >/dev/null
cli=build/release/cli/introcheck
nice dotnet build -c Release benchmarks/peers/csharp/Peer.csproj --artifacts-path build/peers/csharp >/dev/null
peer_cs=build/peers/csharp/bin/Peer/release/Peer

if [ ! -f "$data/manifest.json" ] || ! grep -Eq "\"participants\": $participants," "$data/manifest.json" ||
   ! grep -q "\"tool\": \"$([ "$generator" = synth ] && echo "introcheck synth" || echo "benchmarks/gen_national.py")\"" "$data/manifest.json"; then
  rm -rf "$data"
  mkdir -p "$data"
  if [ "$generator" = synth ]; then
    "$cli" synth --participants "$participants" --municipalities 356 --years 2015-2024 --seed 1 --output "$data" >/dev/null
  else
    python3 benchmarks/gen_national.py --participants "$participants" --seed 1 --output "$data"
  fi
fi
p=$data/participants.csv
m=$data/measures.csv
bytes=$(cat "$p" "$m" | wc -c)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== machine"
echo "cpu: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'), $(nproc) cores; memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "compiler: $(c++ --version | head -1); dotnet $(dotnet --version); $(python3 --version); date: $(date -u +%F)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== data ($generator): $((participants)) participations, $(($(wc -l < "$p") - 1)) participant rows," \
  "$(($(wc -l < "$m") - 1)) measure rows, $((bytes / 1000000)) MB in $data"

# introcheck's findings per rule, once, outside the timed runs.
"$cli" validate --year 2024 --as-of 2025-01-15 --allow-synthetic --participants "$p" --measures "$m" \
  --format json --output "$out/introcheck.json" || true

names=("introcheck validate (both cores)" "introcheck validate --threads 1" "C# peer (CsvHelper, FluentValidation, LINQ)"
       "Python peer (csv module, dicts)" "wc -l")
command_of() {  # command_of K: the K-th program's command line, in the array cmd
  local validate=("$cli" validate --year 2024 --as-of 2025-01-15 --allow-synthetic --participants "$p" --measures "$m"
                  --format json --output /dev/null)
  case $1 in
    0) cmd=("${validate[@]}") ;;
    1) cmd=("${validate[@]}" --threads 1) ;;
    2) cmd=("$peer_cs" --participants "$p" --measures "$m" --year 2024 --as-of 2025-01-15 --allow-synthetic --codes lib/data) ;;
    3) cmd=(python3 benchmarks/peers/python/peer.py --participants "$p" --measures "$m" --year 2024 --as-of 2025-01-15
            --allow-synthetic --codes lib/data) ;;
    4) cmd=(wc -l "$p" "$m") ;;
  esac
}
for ((r = 1; r <= rounds; r++)); do
  for k in 0 1 2 3 4; do
    command_of "$k"
    /usr/bin/time -o "$out/time.$k.$r" -f '%e %U %S %M' "${cmd[@]}" > "$out/stdout.$k" 2> "$out/stderr.$k" || true
    echo "round $r: ${names[$k]}: $(tail -1 "$out/time.$k.$r")" >&2
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== times, $rounds rounds (wall and cpu in seconds, peak resident memory)"
python3 - "$out" "$rounds" "$bytes" "${names[@]}" <<'PY'
import json, statistics, sys
out, rounds, size, names = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
rows = []
for k, name in enumerate(names):
    runs = []
    for r in range(1, rounds + 1):
        with open(f"{out}/time.{k}.{r}") as f:
            wall, user, sys_, rss = f.read().split("\n")[-2].split()
        runs.append((float(wall), float(user) + float(sys_), int(rss) / 1024))
    rows.append((name, runs))
base = statistics.median(w for w, _, _ in rows[0][1])
print("| program | wall (median, min–max) | cpu user+sys (median) | peak memory MiB (median) | MB/s | × introcheck |")
print("|---|---|---|---|---|---|")
for name, runs in rows:
    walls = [w for w, _, _ in runs]
    wall = statistics.median(walls)
    rate = f"{size / 1e6 / wall:.0f}" if wall > 0 else "(under 0.01 s)"
    print(f"| {name} | {wall:.2f} s ({min(walls):.2f}–{max(walls):.2f}) | {statistics.median(c for _, c, _ in runs):.2f} s "
          f"| {statistics.median(m for _, _, m in runs):.0f} | {rate} | {wall / base:.2f}× |")
PY

echo
echo "== findings per rule (introcheck's summary.by_rule; the peers check only some rules)"
python3 - "$out" "$data/manifest.json" <<'PY'
import json, sys
out, manifest = sys.argv[1], sys.argv[2]
with open(f"{out}/introcheck.json") as f:
    ic = json.load(f)["summary"]["by_rule"]
peers = []
for k in (2, 3):
    try:
        with open(f"{out}/stdout.{k}") as f:
            peers.append(json.load(f)["by_rule"])
    except (OSError, ValueError, KeyError):
        peers.append({})
with open(manifest) as f:
    m = json.load(f)
injected = m.get("injected_by_rule")
if injected is None:  # introcheck synth: the findings it expects, by rule
    injected = {}
    for e in m.get("findings", []):
        injected[e["rule"]] = injected.get(e["rule"], 0) + 1
rules = sorted(set(ic) | set(peers[0]) | set(peers[1]) | set(injected))
print("| rule | expected (generator) | introcheck | C# peer | Python peer |")
print("|---|---|---|---|---|")
for r in rules:
    print(f"| {r} | {injected.get(r, '')} | {ic.get(r, '')} | {peers[0].get(r, '')} | {peers[1].get(r, '')} |")
PY
