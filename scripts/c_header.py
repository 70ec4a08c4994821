"""Reads introcheck.h as the tests need it: its enums, macros, structs and
exported functions with the comment above each. The header is written in a
regular style (one declaration per statement, comments in /* */), so a few
regular expressions suffice; a declaration they cannot read is an error."""

import re
from dataclasses import dataclass, field


@dataclass
class Function:
    name: str
    returns: str
    params: list  # [(type, name)]
    comment: str
    line: int


@dataclass
class Header:
    text: str
    enums: dict = field(default_factory=dict)      # enum type -> {constant: value}
    defines: dict = field(default_factory=dict)    # macro -> replacement text
    structs: dict = field(default_factory=dict)    # struct type -> [field names]
    functions: list = field(default_factory=list)

    def constants(self):
        """Every enum constant, name -> value."""
        return {k: v for members in self.enums.values() for k, v in members.items()}


_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def _strip_comments(text):
    return _COMMENT.sub(lambda m: " " * len(m.group(0)) if "\n" not in m.group(0)
                        else "\n" * m.group(0).count("\n"), text)


def parse(path):
    text = open(path, encoding="utf-8").read()
    header = Header(text)
    code = _strip_comments(text)

    for m in re.finditer(r"typedef\s+enum\s+(\w+)\s*\{(.*?)\}\s*(\w+)\s*;", code, re.S):
        if m.group(1) != m.group(3):
            raise ValueError(f"enum {m.group(1)} is typedef'd as {m.group(3)}")
        members = {}
        for item in m.group(2).split(","):
            item = item.strip()
            if not item:
                continue
            name, eq, value = item.partition("=")
            if not eq:
                raise ValueError(f"{name.strip()} in {m.group(1)} has no explicit value")
            members[name.strip()] = int(value.strip(), 0)
        header.enums[m.group(1)] = members

    for m in re.finditer(r"^#define\s+(\w+)[ \t]+(.*?)\s*$", code, re.M):
        header.defines[m.group(1)] = m.group(2)

    for m in re.finditer(r"typedef\s+struct\s+(\w+)\s*\{(.*?)\}\s*(\w+)\s*;", code, re.S):
        fields = [re.findall(r"(\w+)\s*$", decl.strip())[0] for decl in m.group(2).split(";") if decl.strip()]
        header.structs[m.group(1)] = fields

    lines = text.split("\n")
    for m in re.finditer(r"^INTROCHECK_API\s+([^;]*?)\b(introcheck_\w+)\s*\(([^)]*)\)\s*;", text, re.M | re.S):
        start = text.count("\n", 0, m.start())
        params = []
        for p in m.group(3).split(","):
            p = " ".join(p.split())
            if p in ("void", ""):
                continue
            pm = re.match(r"(.*?)(\w+)$", p)
            params.append((pm.group(1).strip(), pm.group(2)))
        comment = ""
        if start > 0 and lines[start - 1].rstrip().endswith("*/"):
            i = start - 1
            while i >= 0 and "/*" not in lines[i]:
                i -= 1
            comment = "\n".join(lines[i:start])
        header.functions.append(Function(m.group(2), " ".join(m.group(1).split()), params, comment, start + 1))
    return header
