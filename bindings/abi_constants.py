"""The constants of introcheck.h in both bindings, and their error mapping.

    python3 bindings/abi_constants.py --write   # after appending to the header
    python3 bindings/abi_constants.py --check   # the test binding_constants

--write generates bindings/python/introcheck/_abi.py and
bindings/csharp/IntroCheck/Abi.cs from the header's enums. --check reads the
header and both files independently and fails on any constant missing,
extra or of another value, and on an error mapping in either binding that
differs from the table in bindings/README.md."""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import c_header  # noqa: E402

HEADER = ROOT / "capi" / "include" / "introcheck.h"
PYTHON = ROOT / "bindings" / "python" / "introcheck" / "_abi.py"
CSHARP = ROOT / "bindings" / "csharp" / "IntroCheck" / "Abi.cs"
README = ROOT / "bindings" / "README.md"
PY_ERRORS = ROOT / "bindings" / "python" / "introcheck" / "errors.py"
CS_ERRORS = ROOT / "bindings" / "csharp" / "IntroCheck" / "IntroCheckException.cs"
GENERATED = "Generated from capi/include/introcheck.h by bindings/abi_constants.py --write; do not edit."


def header_constants():
    return c_header.parse(HEADER).enums


def write(enums):
    py = [f'"""{GENERATED}\n\nThe C names and values of every enum constant in introcheck.h."""', ""]
    cs = [f"// {GENERATED}", "// The C names and values of every enum constant in introcheck.h.", "",
          "namespace IntroCheck;", "",
          "/// <summary>The C ABI's constants under their C names.</summary>",
          "internal static class Abi", "{"]
    for enum, members in enums.items():
        py.append(f"# {enum}")
        cs.append(f"    // {enum}")
        for name, value in members.items():
            py.append(f"{name} = {value}")
            cs.append(f"    internal const int {name} = {value};")
        py.append("")
    cs.append("}")
    PYTHON.write_text("\n".join(py), encoding="utf-8")
    CSHARP.write_text("\n".join(cs) + "\n", encoding="utf-8")


def read_python():
    return {m.group(1): int(m.group(2)) for m in
            re.finditer(r"^(INTROCHECK_\w+) = (-?\d+)$", PYTHON.read_text(encoding="utf-8"), re.M)}


def read_csharp():
    return {m.group(1): int(m.group(2)) for m in
            re.finditer(r"const int (INTROCHECK_\w+) = (-?\d+);", CSHARP.read_text(encoding="utf-8"))}


def error_table():
    """status -> (Python exception, C# exception), from bindings/README.md."""
    rows = {}
    for m in re.finditer(r"^\| `(INTROCHECK_E_\w+)` \| `(\w+)` \| `(\w+)` \|", README.read_text(encoding="utf-8"), re.M):
        rows[m.group(1)] = (m.group(2), m.group(3))
    return rows


def check(enums):
    failures = []
    expected = {k: v for members in enums.values() for k, v in members.items()}
    for language, found in (("Python _abi.py", read_python()), ("C# Abi.cs", read_csharp())):
        for name, value in expected.items():
            if name not in found:
                failures.append(f"{language}: {name} missing")
            elif found[name] != value:
                failures.append(f"{language}: {name} = {found[name]}, the header says {value}")
        for name in found.keys() - expected.keys():
            failures.append(f"{language}: {name} is not in the header")
    # The error mapping: every status of the header in the table, and each
    # binding's code maps it to the table's exception.
    table = error_table()
    statuses = [n for n in enums["introcheck_status"] if n != "INTROCHECK_OK"]
    py_code = PY_ERRORS.read_text(encoding="utf-8")
    cs_code = CS_ERRORS.read_text(encoding="utf-8")
    for status in statuses:
        if status not in table:
            failures.append(f"bindings/README.md: no row for {status} in the error table")
            continue
        py, cs = table[status]
        if not re.search(rf"_abi\.{status}: {py}\b", py_code):
            failures.append(f"errors.py does not map {status} to {py}")
        if not re.search(rf"Abi\.{status} => new {cs}\(", cs_code):
            failures.append(f"IntroCheckException.cs does not map {status} to {cs}")
    return failures, len(expected), len(statuses)


def main(argv):
    enums = header_constants()
    if argv[1:] == ["--write"]:
        write(enums)
        print(f"wrote {PYTHON.relative_to(ROOT)} and {CSHARP.relative_to(ROOT)}")
        return 0
    failures, constants, statuses = check(enums)
    for f in failures:
        print(f)
    if not failures:
        print(f"{constants} constants in both bindings as in the header; {statuses} statuses mapped as the table says")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
