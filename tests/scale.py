"""n -> 4n within 6x in counted instructions, and linear output, for each
input shape that was quadratic once. Usage: python3 tests/scale.py SCALE_BINARY"""
import re
import subprocess
import sys

binary = sys.argv[1]
shapes = {"overlaps": 2000, "moved": 2000, "districts": 4000}


def run(shape, n):
    p = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
                        binary, shape, str(n)], capture_output=True, text=True, check=True)
    collected = int(re.search(r"Collected : (\d+)", p.stderr).group(1))
    return collected, int(p.stdout.strip())


failed = 0
for shape, n in shapes.items():
    (ir1, out1), (ir4, out4) = run(shape, n), run(shape, 4 * n)
    growth, output = ir4 / ir1, out4 / max(out1, 1)
    ok = growth <= 6 and output <= 4.1
    failed += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {shape}: {n} -> {4 * n}: {ir1} -> {ir4} instructions ({growth:.2f}x), "
          f"output {out1} -> {out4} ({output:.2f}x)")
print(f"{len(shapes) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
