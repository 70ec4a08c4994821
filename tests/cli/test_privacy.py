"""Privacy, tested on every command and format: no full person id or NIR name
without --reveal-ids, and never the residence of a person with a protected
address (skjermet adresse), not even with --reveal-ids."""
import csv
import json
import os
import re
import unittest
import xml.etree.ElementTree as ET

from test_cli import EXAMPLES, NIR, SAMPLE, run

FORMATS = {"validate": ("text", "json", "csv", "html", "junit"), "reconcile": ("text", "json", "csv", "html", "junit"),
           "report": ("text", "json", "csv"), "results": ("text", "json", "csv")}


def rows(name):
    """The rows of a sample file, from its header row on (NIR's export has title lines)."""
    with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
        lines = f.read().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("case_id;", "Fødselsnummer;")))
    return list(csv.DictReader(lines[start:], delimiter=";"))


PARTICIPANTS = rows("participants.csv")
REPORT = rows("nir_report.csv")
IDS = {r[k] for r in PARTICIPANTS for k in ("person_id", "duf_number") if r[k]} | \
      {r[k] for r in REPORT for k in ("Fødselsnummer", "DUF-nummer") if r[k]}
NAMES = {r["Navn"] for r in REPORT}
PROTECTED = {r["case_id"]: (r["residence_municipality"], r["residence_district"])
             for r in PARTICIPANTS if r["protected_address"] == "ja"}


def outputs(reveal):
    for command, formats in FORMATS.items():
        for fmt in formats:
            args = [command, *SAMPLE, "--format", fmt]
            if command in ("reconcile", "results"):
                args += NIR if command == "reconcile" else []
            if command in ("validate", "reconcile", "report") and reveal:
                args.append("--reveal-ids")
            if command == "validate":
                args.append("--allow-synthetic")
            code, out, err = run(*args)
            yield command, fmt, code, out + err


class Privacy(unittest.TestCase):
    def test_sample_has_what_we_look_for(self):
        self.assertGreater(len(IDS), 60)
        self.assertGreater(len(NAMES), 20)
        self.assertEqual(set(PROTECTED), {"K-2024", "K-2027"})

    def test_no_full_id_or_name_unless_revealed(self):
        for command, fmt, code, out in outputs(reveal=False):
            with self.subTest(command=command, format=fmt):
                self.assertIn(code, (0, 1))
                found = set(re.findall(r"\d{11,12}", out)) & IDS
                self.assertEqual(found, set())
                self.assertEqual({n for n in NAMES if n in out}, set())

    def test_protected_residence_never_shown(self):
        for reveal in (False, True):
            for command, fmt, code, out in outputs(reveal):
                with self.subTest(command=command, format=fmt, reveal=reveal):
                    if fmt == "json":
                        doc = json.loads(out)
                        for f in doc.get("findings", []):
                            if f["case_id"] in PROTECTED:
                                text = f["message"] + json.dumps(f["params"])
                                for value in PROTECTED[f["case_id"]]:
                                    if value:
                                        self.assertNotIn(value, text, f)
                        for r in doc.get("rows", []):
                            self.assertNotIn(r.get("case_id"), PROTECTED)
                    elif fmt == "junit":  # a case's test, whole: its name, failure and output
                        for test in ET.fromstring(out).iter("testcase"):
                            if test.get("name") in PROTECTED:
                                text = ET.tostring(test, encoding="unicode")
                                for value in PROTECTED[test.get("name")]:
                                    if value and value != "0301":  # 0301 is also the follow-up municipality
                                        self.assertNotIn(value, text)
                    else:
                        for line in out.splitlines():
                            for case_id, residence in PROTECTED.items():
                                if case_id in line:
                                    for value in residence:
                                        if value and value != "0301":  # 0301 is also the follow-up municipality
                                            self.assertNotIn(value, line)

    def test_no_files_written_but_those_named(self):
        import tempfile
        with tempfile.TemporaryDirectory() as cwd:
            for args in (["validate", *SAMPLE, "--format", "json"], ["reconcile", *SAMPLE, *NIR],
                         ["report", *SAMPLE], ["results", *SAMPLE]):
                p = __import__("subprocess").run([os.environ.get("INTROCHECK_CLI", "introcheck"), *args], cwd=cwd,
                                                 capture_output=True)
                self.assertIn(p.returncode, (0, 1))
            self.assertEqual(os.listdir(cwd), [])
            out = os.path.join(cwd, "out.json")
            run("validate", *SAMPLE, "--format", "json", "--output", out)
            self.assertEqual(os.listdir(cwd), ["out.json"])

    def test_names_and_ids_appear_when_revealed(self):
        code, out, _ = run("reconcile", *SAMPLE, *NIR, "--format", "json", "--reveal-ids")
        self.assertTrue(set(re.findall(r"\d{11,12}", out)) & IDS)
        self.assertTrue(any(n in out for n in NAMES))


if __name__ == "__main__":
    unittest.main()
