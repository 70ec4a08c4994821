"""A rule's id is written in one C++ file under lib/: its family's, beside its check.

Run: python3 tests/rule_ids.py [SOURCE_DIR]. Every other piece of code names a
rule by its constant (include/introcheck/rule_ids.hpp); the language
catalogues are data and not counted. Exit status 1 lists each violation.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
declared = re.findall(r"extern const std::string_view (IC\d{3});",
                      (root / "include" / "introcheck" / "rule_ids.hpp").read_text(encoding="utf-8"))
literal = re.compile(r'"(IC\d{3})"')
where = {rule: [] for rule in declared}
problems = []
for path in sorted((root / "lib").rglob("*.[ch]pp")):
    for rule in set(literal.findall(path.read_text(encoding="utf-8"))):
        if rule not in where:
            problems.append(f"{path.relative_to(root)}: \"{rule}\" is no rule of rule_ids.hpp")
        else:
            where[rule].append(path.relative_to(root))
for rule, files in where.items():
    if len(files) != 1:
        problems.append(f"{rule}: written in {len(files)} files under lib/ ({', '.join(map(str, files)) or 'none'})")
    elif files[0].parent != pathlib.Path("lib/rules"):
        problems.append(f"{rule}: written in {files[0]}, outside lib/rules/")
for p in problems:
    print(p)
print(f"rule_ids: {len(declared)} rules, {len(problems)} problems")
sys.exit(1 if problems else 0)
