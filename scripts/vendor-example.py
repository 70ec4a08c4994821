#!/usr/bin/env python3
"""Writes examples/vendor/{participants,measures}.csv: examples/ as a case
system might export it, with its own column names and codes.

The mapping back is examples/vendor/mapping.conf, read here in reverse: a
field with a line in [columns.TABLE] gets that header, the others the
Norwegian name below (one of lib/data/column_aliases.csv); a code with a line
in [values.FIELD] gets that value. Dates are written dd.mm.yyyy, the files in
Windows-1252 with CRLF, as a spreadsheet saves them; labels and values the
mapping does not know stay as they are, so every finding stays the same
(test `cli`: test_vendor_export_gives_the_canonical_findings).

    python3 scripts/vendor-example.py
"""
import csv
import datetime
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
VENDOR = EXAMPLES / "vendor"

# The Norwegian names the vendor's files use where mapping.conf has no line.
ALIASES = {
    "participants": {
        "case_id": "Saksnr", "person_id": "Fødselsnummer", "duf_number": "DUF-nummer",
        "residence_municipality": "Bostedskommune", "residence_district": "Bostedsbydel",
        "protected_address": "Skjermet adresse", "start_date": "Startdato", "end_date": "Sluttdato",
        "end_reason": "Avslutningsårsak", "extended": "Utvidet program", "covid_extension": "Covid-forlengelse",
        "leave_days": "Permisjonsdager", "settlement_date": "Bosettingsdato", "legal_basis": "Lovgrunnlag",
        "permit_ground": "Oppholdsgrunnlag", "permit_date": "Oppholdstillatelsesdato", "arrival_date": "Ankomstdato",
        "settled_by_agreement": "Bosatt etter avtale", "education": "Utdanningsnivå", "end_goal": "Sluttmål",
        "mapping_date": "Kompetansekartlegging", "career_guidance_date": "Karriereveiledning",
        "plan_date": "Integreringsplan", "children_under_18": "Barn under 18 år",
    },
    "measures": {
        "case_id": "Saksnr", "measure": "Tiltakskode", "start_date": "Fra dato", "end_date": "Til dato",
        "hours_per_week": "Timer per uke", "completed": "Fullført",
    },
}
YES_NO = {"protected_address", "extended", "covid_extension", "settled_by_agreement", "children_under_18",
          "completed"}
# Columns the case system adds that are none of introcheck's: one ignored by
# mapping.conf, one left to be listed as unknown.
EXTRA = {"participants": [("Saksbehandler", "Kari Nordmann"), ("Merknad", "")], "measures": []}


def read_mapping():
    columns, values, section = {"participants": {}, "measures": {}}, {}, ""
    for line in (VENDOR / "mapping.conf").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("["):
            section = line[1:-1]
        elif "=" in line:
            key, value = (part.strip() for part in line.split("=", 1))
            if section.startswith("columns."):
                columns[section[8:]][value] = key
            elif section.startswith("values."):
                values.setdefault(section[7:], {})[value] = key
    return columns, values


def vendor_value(field, text, values):
    if field in YES_NO:
        return values["yes_no"].get(text, text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return datetime.date.fromisoformat(text).strftime("%d.%m.%Y")
        except ValueError:
            return text  # an impossible date stays as the canonical file has it
    return values.get(field, {}).get(text, text)


def translate(table, columns, values):
    rows = list(csv.reader(io.StringIO((EXAMPLES / f"{table}.csv").read_text(encoding="utf-8")), delimiter=";"))
    header, body = rows[0], rows[1:]
    names = [columns[table].get(f) or ALIASES[table].get(f) for f in header]
    assert all(names), f"{table}: a field without a vendor name: {header}"
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(names + [name for name, _ in EXTRA[table]])
    for row in body:
        writer.writerow([vendor_value(f, v, values) for f, v in zip(header, row)] + [v for _, v in EXTRA[table]])
    (VENDOR / f"{table}.csv").write_bytes(out.getvalue().encode("cp1252"))


def main():
    columns, values = read_mapping()
    for table in ("participants", "measures"):
        translate(table, columns, values)
        print(f"wrote examples/vendor/{table}.csv")


if __name__ == "__main__":
    main()
