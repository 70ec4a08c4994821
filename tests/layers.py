"""Includes point down: lib/README.md's `layers` block against every include.

Run: python3 tests/layers.py [SOURCE_DIR]. Exit status 1 lists each violation.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
readme = (root / "lib" / "README.md").read_text(encoding="utf-8")
block = re.search(r"```layers\n(.*?)```", readme, re.S)
if not block:
    sys.exit("lib/README.md has no ```layers block")

order = []          # layer names, lowest first
header_layer = {}   # public header -> its layer
for line in block.group(1).splitlines():
    name, _, headers = line.partition(":")
    order.append(name.strip())
    for h in headers.split():
        header_layer[h] = name.strip()
rank = {name: i for i, name in enumerate(order)}

problems = []
public = root / "include" / "introcheck"
for h in sorted(p.name for p in public.glob("*.hpp")):
    if h not in header_layer:
        problems.append(f"include/introcheck/{h}: no layer in lib/README.md")
for h in header_layer:
    if h != "version.hpp" and not (public / h).exists():
        problems.append(f"lib/README.md names {h}, which is not in include/introcheck/")
for d in sorted(p.name for p in (root / "lib").iterdir() if p.is_dir()):
    if d != "data" and d not in rank:
        problems.append(f"lib/{d}/: not a layer of lib/README.md")

include = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def check(path, layer):
    """Every include of `path` (in `layer`) must be of that layer or a lower one."""
    for kind, target in include.findall(path.read_text(encoding="utf-8")):
        if kind == "<" and target.startswith("introcheck/"):
            other = header_layer.get(target.split("/", 1)[1])
        elif kind == '"' and "/" in target:
            other = target.split("/", 1)[0]
        else:
            continue
        if other is None or other not in rank:
            problems.append(f"{path.relative_to(root)}: includes {target}, of no known layer")
        elif rank[other] > rank[layer]:
            problems.append(f"{path.relative_to(root)} ({layer}) includes {target} ({other}): points up")


for layer in order:
    for path in sorted((root / "lib" / layer).glob("*.[ch]pp")) if (root / "lib" / layer).is_dir() else []:
        check(path, layer)
for h, layer in header_layer.items():
    if (public / h).exists():
        check(public / h, layer)
# The command-line tool is built on the public C++ API alone.
for path in sorted((root / "cli").glob("*.[ch]pp")):
    for kind, target in include.findall(path.read_text(encoding="utf-8")):
        if kind == '"' and "/" in target:
            problems.append(f"{path.relative_to(root)}: includes the internal header {target}")

for p in problems:
    print(p)
print(f"layers: {len(order)} layers, {len(header_layer)} public headers, {len(problems)} problems")
sys.exit(1 if problems else 0)
