"""--format xlsx: each workbook read back with openpyxl (Debian's python3-openpyxl)
and its cells checked against the JSON of the same run: a findings sheet with a
frozen, filtered header, column widths, severity fills and labels in the
chosen language; a summary sheet (with reconcile's accounting); the results;
and the same input giving the same bytes."""
import datetime
import json
import os
import re
import tempfile
import unittest

try:
    import openpyxl
except ImportError as e:  # a missing reader is a failure, never a skip
    raise AssertionError("python3-openpyxl is not installed (scripts/install-deps.sh installs it)") from e

from test_cli import CLI, NIR, SAMPLE, run
import subprocess

AS_OF = datetime.datetime(2024, 1, 15)
FILL = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}


def run_bytes(*args):
    p = subprocess.run([CLI, *args], capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def workbook(*args):
    """The workbook `introcheck ARGS --format xlsx --output FILE` writes, and its exit status."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "out.xlsx")
        code, _, err = run_bytes(*args, "--format", "xlsx", "--output", path)
        if code not in (0, 1):
            raise AssertionError(err)
        return openpyxl.load_workbook(path), code


def json_of(*args):
    code, out, err = run(*args, "--format", "json")
    assert code in (0, 1), err
    return json.loads(out), code


def table(ws):
    """A table sheet as (headings, rows of values)."""
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return rows[0], rows[1:]


def pairs(ws):
    """A summary sheet as (label, value) in order."""
    return [(r[0], r[1] if len(r) > 1 else None) for r in ws.iter_rows(values_only=True)]


def column_letter(index):
    return openpyxl.utils.get_column_letter(index)


def rule_titles(lang):
    code, out, _ = run("rules", "--format", "json")
    return {r["id"]: r["title" if lang == "en" else "title_nb"] for r in json.loads(out)}


class ValidateWorkbook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc, cls.json_code = json_of("validate", *SAMPLE)
        cls.book, cls.code = workbook("validate", *SAMPLE)
        cls.book_en, _ = workbook("validate", *SAMPLE, "--lang", "en")

    def test_exit_status_is_that_of_the_other_formats(self):
        self.assertEqual(self.code, self.json_code)

    def test_sheets_in_the_language(self):
        self.assertEqual(self.book.sheetnames, ["Funn", "Oppsummering"])
        self.assertEqual(self.book_en.sheetnames, ["Findings", "Summary"])

    def test_every_finding_is_a_row_with_its_cells(self):
        head, rows = table(self.book["Funn"])
        self.assertEqual(head, ["Alvorlighet", "Regel", "Kontroll", "Sak", "Kommune", "Person", "Felt", "Melding",
                                "Fil", "Linje", "Kvittert ut"])
        findings = self.doc["findings"]
        self.assertGreater(len(findings), 10)
        self.assertEqual(len(rows), len(findings))
        titles = rule_titles("nb")
        severities = {"error": "Feil", "warning": "Advarsel", "info": "Info"}
        for row, f in zip(rows, findings):
            cell = dict(zip(head, row))
            self.assertEqual(cell["Regel"], f["rule"])
            self.assertEqual(cell["Alvorlighet"], severities[f["severity"]])
            self.assertEqual(cell["Kontroll"], titles[f["rule"]])
            self.assertEqual(cell["Sak"], f["case_id"])
            self.assertEqual(cell["Kommune"], f["municipality"])
            self.assertEqual(cell["Person"], f["person"])
            self.assertEqual(cell["Melding"], f["message"])
            self.assertEqual(cell["Fil"], f["file"])
            self.assertEqual(cell["Linje"], f["line"] or None)
            self.assertEqual(cell["Kvittert ut"], "ja" if f["acknowledged"] else None)
            # A field shows as its label, never as the column's English name.
            if f["field"]:
                self.assertNotEqual(cell["Felt"], f["field"])

    def test_labels_in_the_language_not_codes(self):
        _, rows = table(self.book["Funn"])
        messages = "\n".join(r[7] for r in rows)
        self.assertIn("«Opplæring i norsk»", messages)
        self.assertIn("«Flyttet»", messages)
        self.assertNotIn("«norsk»", messages)
        self.assertNotIn("«flyttet»", messages)
        head_en, rows_en = table(self.book_en["Findings"])
        self.assertEqual(head_en[:3], ["Severity", "Rule", "Check"])
        titles = rule_titles("en")
        self.assertEqual([r[2] for r in rows_en], [titles[r[1]] for r in rows_en])
        self.assertIn("Error", {r[0] for r in rows_en})

    def test_frozen_filtered_header_and_widths(self):
        ws = self.book["Funn"]
        self.assertEqual(ws.freeze_panes, "A2")
        self.assertEqual(ws.auto_filter.ref, f"A1:{column_letter(11)}{len(self.doc['findings']) + 1}")
        widths = {c: ws.column_dimensions[column_letter(c)].width for c in range(1, 12)}
        self.assertGreaterEqual(widths[8], 60, "the message column is wide")
        self.assertLess(widths[10], 15, "the line column is narrow")
        self.assertTrue(all(w >= 8 for w in widths.values()), widths)
        self.assertTrue(ws["H2"].alignment.wrap_text, "messages wrap")

    def test_severity_colours(self):
        ws = self.book["Funn"]
        seen = set()
        for row, f in zip(ws.iter_rows(min_row=2), self.doc["findings"]):
            if f["acknowledged"]:
                continue
            self.assertEqual(row[0].fill.fgColor.rgb[-6:], FILL[f["severity"]], f["rule"])
            self.assertEqual(row[1].fill.fill_type, None, "only the severity cell is coloured")
            seen.add(f["severity"])
        self.assertTrue({"error", "warning"} <= seen)

    def test_summary_counts_are_the_json_summary(self):
        s = self.doc["summary"]
        got = pairs(self.book["Oppsummering"])
        labels = dict(got)
        self.assertEqual(labels["Feil"], s["errors"])
        self.assertEqual(labels["Advarsler"], s["warnings"])
        self.assertEqual(labels["Info"], s["infos"])
        self.assertEqual(labels["Rapporteringsår"], 2023)
        self.assertEqual(labels["Per dato"], AS_OF)
        self.assertEqual(labels["Frist"], datetime.datetime.fromisoformat(s["deadline"]))
        # Each file's rows: read = without findings + with findings + rejected, as the JSON says.
        for name, label in (("participants", "Deltakere"), ("measures", "Tiltak")):
            i = [k for k, _ in got].index(label)
            block = dict(got[i + 1:i + 5])
            stats = s[name]
            self.assertEqual(got[i][1], stats["file"])
            self.assertEqual(block["Rader lest"], stats["rows_read"])
            self.assertEqual(block["Rader uten funn"], stats["accepted"])
            self.assertEqual(block["Rader med funn"], stats["rows_with_findings"])
            self.assertEqual(block["Rader avvist"], stats["rejected"])
            self.assertEqual(block["Rader lest"],
                             block["Rader uten funn"] + block["Rader med funn"] + block["Rader avvist"])

    def test_same_input_same_bytes_created_on_the_as_of_date(self):
        with tempfile.TemporaryDirectory() as d:
            a, b = os.path.join(d, "a.xlsx"), os.path.join(d, "b.xlsx")
            for path in (a, b):
                run_bytes("validate", *SAMPLE, "--format", "xlsx", "--output", path)
            with open(a, "rb") as fa, open(b, "rb") as fb:
                self.assertEqual(fa.read(), fb.read())
        self.assertEqual(self.book.properties.created, AS_OF)

    def test_to_standard_output(self):
        code, out, _ = run_bytes("validate", *SAMPLE, "--format", "xlsx")
        self.assertEqual(code, self.json_code)
        self.assertTrue(out.startswith(b"PK\x03\x04"), out[:8])

    def test_person_ids_masked(self):
        _, rows = table(self.book["Funn"])
        for r in rows:
            for v in r:
                if isinstance(v, str):
                    self.assertIsNone(re.search(r"(?<!\d)\d{11}(?!\d)", v), v)


class ReconcileWorkbook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc, cls.json_code = json_of("reconcile", *SAMPLE, *NIR)
        cls.book, cls.code = workbook("reconcile", *SAMPLE, *NIR)

    def test_sheets(self):
        self.assertEqual(self.code, self.json_code)
        self.assertEqual(self.book.sheetnames, ["Funn", "Oppsummering", "Forklart fravær", "Resultater"])

    def test_findings_say_what_to_do(self):
        head, rows = table(self.book["Funn"])
        self.assertEqual(head[:3], ["Alvorlighet", "Hva må gjøres", "Regel"])
        self.assertEqual(len(rows), len(self.doc["findings"]))
        action = {"IC401": "Rett i NIR", "IC403": "Rett i NIR eller i fagsystemet", "IC408": "Til informasjon"}
        self.assertTrue({f["rule"] for f in self.doc["findings"]} & set(action))
        for r, f in zip(rows, self.doc["findings"]):
            self.assertEqual(r[2], f["rule"])
            self.assertEqual(r[8], f["message"])
            if f["rule"] in action:
                self.assertEqual(r[1], action[f["rule"]])

    def test_summary_holds_the_accounting(self):
        n = self.doc["reconciliation"]
        labels = dict(pairs(self.book["Oppsummering"]))
        self.assertEqual(labels["Rader i rapporten"], n["report_rows"])
        self.assertEqual(labels["Like"], n["matched_equal"])
        self.assertEqual(labels["Med avvik"], n["matched_with_discrepancies"])
        self.assertEqual(labels["Uten treff i fagsystemet"], n["unmatched_report_rows"])
        self.assertEqual(labels["Avsluttet i fagsystemet (i utvalget)"], n["ended_in_scope"])
        self.assertEqual(labels["Mangler i rapporten"], n["missing_from_report"])
        self.assertEqual(labels["Forklart fravær"], n["explained_absences"])
        self.assertEqual(labels["Rader utenfor utvalget"], n["report_rows_out_of_scope"])
        self.assertEqual(labels["Rader i rapporten"],
                         labels["Like"] + labels["Med avvik"] + labels["Uten treff i fagsystemet"])
        self.assertEqual(labels["NIRs rapport"], self.doc["nir_report"]["file"])

    def test_absences_in_words(self):
        head, rows = table(self.book["Forklart fravær"])
        self.assertEqual(head, ["Sak", "Kommune", "Linje", "Årsak"])
        self.assertEqual([r[0] for r in rows], [a["case_id"] for a in self.doc["absences"]])
        self.assertTrue(rows, "the example has explained absences")
        for r, a in zip(rows, self.doc["absences"]):
            self.assertNotEqual(r[3], a["reason"], "a label, not the code")
            self.assertEqual(r[2], a["line"])


class ResultsWorkbook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc, _ = json_of("results", *SAMPLE)
        cls.book, cls.code = workbook("results", *SAMPLE)

    def test_every_row_with_suppressed_cells_as_dashes(self):
        self.assertEqual(self.code, 0)
        self.assertEqual(self.book.sheetnames, ["Resultater", "Oppsummering"])
        ws = self.book["Resultater"]
        head, rows = table(ws)
        self.assertEqual(head[:6], ["Kommune", "Bydel", "Kategori", "Lovgrunnlag", "Med skjermet adresse", "Avsluttet"])
        self.assertEqual(head[6:14], ["Arbeid", "Utdanning", "Grunnskole", "Kvalifisering", "Sosialhjelp", "Trygd",
                                      "Annet", "Ikke registrert"])
        self.assertEqual(len(rows), len(self.doc["rows"]))
        groups = ["arbeid", "utdanning", "grunnskole", "kvalifisering", "sosialhjelp", "trygd", "annet",
                  "ikke_registrert"]
        suppressed = 0
        for r, j in zip(rows, self.doc["rows"]):
            self.assertEqual(r[0], j["municipality"])
            self.assertEqual(r[1], j["district"])
            self.assertEqual(r[5], "-" if j["ended"] is None else j["ended"])
            for k, g in enumerate(groups):
                self.assertEqual(r[6 + k], "-" if j["groups"][g] is None else j["groups"][g])
                suppressed += j["groups"][g] is None
            share = j["share_work_education"]
            if share is not None:
                self.assertAlmostEqual(r[14], share, places=3)
            if j["category"] == "kan_tilbys":
                self.assertEqual(r[2], "Kan tilbys introduksjonsprogram")
        self.assertGreater(suppressed, 0, "the example suppresses small counts")
        self.assertEqual(ws.cell(row=2, column=15).number_format, "0.0%")
        self.assertEqual(ws.freeze_panes, "A2")

    def test_summary(self):
        labels = dict(pairs(self.book["Oppsummering"]))
        self.assertEqual(labels["Tall under dette skjules"], self.doc["suppress_below"])
        self.assertEqual(labels["Rapporteringsår"], 2023)


if __name__ == "__main__":
    unittest.main()
