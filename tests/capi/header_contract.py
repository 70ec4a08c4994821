"""Fails when introcheck.h (as installed, or as in the source tree) breaks
the conventions its first comment promises:

- every exported function has a comment above it that says how it fails
  ("Errors:", "Never fails", or "NULL is fine" for a free), who owns what it
  hands out (for char ** and handle ** out-parameters) and what it allows
  from several threads where it takes a handle;
- out-parameters come first;
- every enum is a named typedef whose constants share one prefix;
- every struct with a size has a _VERSION, an _INIT and an introcheck_*_init();
- the header names no file of the repository.

Usage: header_contract.py path/to/introcheck.h"""

import re
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "scripts"))
import c_header  # noqa: E402

HANDLES = ("introcheck_context", "introcheck_dataset", "introcheck_nir_report", "introcheck_result")
# The two enums older than the one-prefix-per-enum rule keep their C names.
PREFIXES = {"introcheck_status": ("INTROCHECK_OK", "INTROCHECK_E_"), "introcheck_option": ("INTROCHECK_OPT_",)}
REPOSITORY_PATHS = re.compile(r"\b(lib|docs|tests|capi|cli|bindings|benchmarks|scripts)/|\w\.(md|cpp|hpp|py|cs)\b")


def problems(header):
    found = []
    for f in header.functions:
        where = f"{f.name} (line {f.line})"
        c = f.comment
        if not c:
            found.append(f"{where}: no comment")
            continue
        if len(c.split()) < 8:
            found.append(f"{where}: a comment too short to say anything")
        if not re.search(r"Errors?:|never fails|NULL is fine", c, re.I):
            found.append(f"{where}: the comment does not say how it fails")
        takes_handle = any(t.rstrip("*").replace("const", "").strip() in HANDLES for t, _ in f.params)
        if takes_handle and not re.search(r"thread", c) and not f.name.endswith("_count"):
            found.append(f"{where}: the comment does not say what it allows from several threads")
        hands_out = [n for t, n in f.params if t.endswith("**") and not t.startswith("const char")]
        if hands_out and not re.search(r"the caller's|_free\b", c):
            found.append(f"{where}: the comment does not say who frees *{hands_out[0]}")
        borrowed = [n for t, n in f.params if t.startswith("const char") and t.endswith("**")]
        if borrowed and not re.search(r"borrowed|valid until|valid as long", c):
            found.append(f"{where}: the comment does not say how long *{borrowed[0]} lives")
        # Out-parameters first: once an input came, no output may follow.
        seen_input = False
        for t, n in f.params:
            is_out = t.endswith("**") or n.startswith("out") or (
                not t.startswith("const") and t.endswith("*") and t.rstrip("* ") not in HANDLES and n != "s")
            if is_out and seen_input:
                found.append(f"{where}: out-parameter {n} after an input")
            if not is_out:
                seen_input = True
    for enum, members in header.enums.items():
        prefixes = PREFIXES.get(enum, (enum.upper() + "_",))
        for name in members:
            if not name.startswith(prefixes):
                found.append(f"enum {enum}: {name} lacks the prefix {' or '.join(prefixes)}")
    init_functions = {f.name for f in header.functions}
    for struct, fields in header.structs.items():
        if fields[:1] != ["size"]:
            continue
        base = struct.upper()
        for macro in (base + "_VERSION", base + "_INIT"):
            if macro not in header.defines:
                found.append(f"struct {struct}: no {macro}")
        if struct + "_init" not in init_functions:
            found.append(f"struct {struct}: no {struct}_init()")
    for number, line in enumerate(header.text.split("\n"), 1):
        if REPOSITORY_PATHS.search(line):
            found.append(f"line {number} names a repository path: {line.strip()}")
    if len(header.functions) < 40:
        found.append(f"only {len(header.functions)} exported functions read: the parser missed some")
    return found


def main(path):
    header = c_header.parse(path)
    found = problems(header)
    for p in found:
        print(f"{path}: {p}")
    if not found:
        print(f"{path}: {len(header.functions)} functions, {len(header.enums)} enums, "
              f"{sum(1 for f in header.structs.values() if f[:1] == ['size'])} versioned structs: all as promised")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
