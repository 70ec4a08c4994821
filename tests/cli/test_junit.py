"""--format junit for CI: every output valid against docs/junit.xsd (xmllint),
its counts those of the JSON output of the same run, its exit status that of
the other formats; and the schema check itself able to fail."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

from test_cli import CLI, SOURCE, run

XSD = os.path.join(SOURCE, "docs", "junit.xsd")
CASES = os.path.join(SOURCE, "tests", "conformance", "cases")


def xmllint(path):
    """xmllint's verdict on `path` against docs/junit.xsd. No xmllint is a failure, never a skip."""
    if shutil.which("xmllint") is None:
        raise AssertionError("xmllint is not installed (scripts/install-deps.sh installs libxml2-utils)")
    p = subprocess.run(["xmllint", "--noout", "--schema", XSD, path], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stderr


def catalogue():
    code, out, _ = run("rules", "--format", "json")
    return [r["id"] for r in json.loads(out)]


def test_name(f):
    """The test a finding belongs to, as docs/junit.xsd's comment says (nb)."""
    if f["case_id"]:
        return f["case_id"]
    if f["line"]:
        return f"{f['file']}:{f['line']}"
    return f"Kommune {f['municipality']}"


def expected_tests(doc, strict):
    """{rule: {test name: its failing findings}} from a run's JSON."""
    failing = {"error", "warning"} if strict else {"error"}
    out = {}
    for f in doc["findings"]:
        tests = out.setdefault(f["rule"], {})
        name = test_name(f)
        tests[name] = tests.get(name, 0) + (not f["acknowledged"] and f["severity"] in failing)
    return out


class JUnitOutput(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)
        self.rules = catalogue()
        self.json = {}

    def junit(self, args, cwd, strict):
        """Runs with --format junit --output FILE; checks it against the schema; returns (exit status, root)."""
        out = os.path.join(self.dir, "introcheck.xml")
        p = subprocess.run([CLI, *args, "--format", "junit", "--output", out, *(["--strict"] if strict else [])],
                           cwd=cwd, capture_output=True, text=True, timeout=60)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        code, err = xmllint(out)
        self.assertEqual(code, 0, err)
        with open(out, encoding="utf-8") as f:
            text = f.read()
        return p.returncode, ET.fromstring(text)

    def check_against_json(self, args, cwd, strict, suites):
        """The JUnit of `args` against their JSON: suites, tests, failures, skips and the exit status."""
        key = (cwd, *args)
        if key not in self.json:  # once for both modes: CLI starts are slow under ASan
            p = subprocess.run([CLI, *args, "--format", "json"], cwd=cwd, capture_output=True, text=True, timeout=60)
            self.assertIn(p.returncode, (0, 1), p.stderr)
            self.json[key] = json.loads(p.stdout)
        doc = self.json[key]
        s = doc["summary"]
        json_status = 1 if s["errors"] or (strict and s["warnings"]) else 0
        code, root = self.junit(args, cwd, strict)
        self.assertEqual(code, json_status)  # --format junit changes no exit status

        expected = expected_tests(doc, strict)
        found = {}
        totals = {"tests": 0, "failures": 0, "skipped": 0}
        for suite in root.findall("testsuite"):
            rule = suite.find("properties/property[@name='rule']").get("value")
            self.assertTrue(suite.get("name").startswith(rule + " "), suite.get("name"))
            self.assertEqual(suite.get("timestamp"), doc["as_of"] + "T00:00:00")
            cases = suite.findall("testcase")
            self.assertTrue(all(c.get("classname") == rule for c in cases))
            failures = sum(c.find("failure") is not None for c in cases)
            skipped = sum(c.find("skipped") is not None for c in cases)
            self.assertEqual((int(suite.get("tests")), int(suite.get("failures")), int(suite.get("errors")),
                              int(suite.get("skipped"))), (len(cases), failures, 0, skipped), rule)
            for key in totals:
                totals[key] += int(suite.get(key))
            # A failure lists every failing finding, one line each, and its message is the first's.
            found[rule] = {}
            for c in cases:
                failure = c.find("failure")
                lines = failure.text.splitlines() if failure is not None else []
                if lines:
                    message = failure.get("message")
                    self.assertTrue(lines[0] == message or lines[0].endswith(": " + message), lines[0])
                found[rule][c.get("name")] = len(lines)
            if rule in expected:
                self.assertEqual(found[rule], expected[rule], rule)
            else:  # it found nothing: one test, passed or not run
                self.assertEqual(len(cases), 1, rule)
                self.assertEqual(failures, 0, rule)
        self.assertEqual(sorted(found), sorted(suites))
        self.assertEqual({k: int(root.get(k)) for k in totals}, totals)
        self.assertEqual(root.get("errors"), "0")
        not_run = {r for r in found if root.find(f"testsuite/testcase[@classname='{r}']/skipped") is not None}
        self.assertGreaterEqual(not_run, {k["rule"] for k in s["skipped_rules"]} & set(suites))
        if s["measure_rules_ran"] and not s["skipped_rules"]:
            self.assertEqual(not_run, set())
        return root

    def test_conformance_cases_and_the_sample(self):
        validation = [r for r in self.rules if r < "IC400"]
        reconciliation = [r for r in self.rules if r >= "IC400"]
        for case in sorted(os.listdir(CASES)):
            with self.subTest(case=case):
                d = os.path.join(CASES, case)
                with open(os.path.join(d, "case.json"), encoding="utf-8") as f:
                    spec = json.load(f)
                args = [spec["run"], "--year", str(spec["year"]), "--as-of", spec["as_of"],
                        "--participants", "participants.csv"]
                if os.path.exists(os.path.join(d, "measures.csv")):
                    args += ["--measures", "measures.csv"]
                if spec["run"] == "reconcile":
                    args += ["--nir-report", "nir_report.csv"]
                elif spec.get("allow_synthetic"):
                    args += ["--allow-synthetic"]
                suites = reconciliation if spec["run"] == "reconcile" else validation
                # The sample with and without --strict; the other cases one way each, by the
                # parity of their name's length, to keep the suite fast.
                modes = (False, True) if case.startswith("examples") else (len(case) % 2 == 0,)
                for strict in modes:
                    root = self.check_against_json(args, d, strict, suites)
                if case == "examples_reconcile":
                    args.append("--with-validation")
                    self.check_against_json([*args, "--allow-synthetic"], d, False, self.rules)
                if case == "examples_validate":
                    # Warnings fail only when strict: IC013 (K-2010) is a warning.
                    self.assertIsNotNone(root.find("testsuite/testcase[@name='K-2010']/failure"))

    def test_hostile_text_comes_out_as_valid_xml(self):
        p = os.path.join(self.dir, "p.csv")
        with open(p, "wb") as f:
            f.write(b"case_id;person_id;category;follow_up_municipality;start_date;end_date;end_reason\n"
                    b"K\x01<&>\"\x1b]]>;12839010182;kan_tilbys;0301;2022-03-01;2023-06-30;\n"
                    b"\x7f\x02;05878812028;kan_tilbys;0301;2022-03-01;2023-06-30;fer\x0bie\x1f\n")
        code, root = self.junit(["validate", "--year", "2023", "--as-of", "2024-01-15", "--allow-synthetic",
                                 "--participants", p], self.dir, False)
        self.assertEqual(code, 1)
        names = {c.get("name") for c in root.iter("testcase")}
        self.assertIn("K\ufffd<&>\"\ufffd]]>", names)  # escaped in the file, read back whole
        ic008 = root.find("testsuite/testcase[@classname='IC008']/failure")
        self.assertIn("fer\ufffdie\ufffd", ic008.get("message"))


class Readme(unittest.TestCase):
    def test_the_excerpt_is_real_output(self):
        """README.md "In your CI": each suite shown is the sample's, byte for byte."""
        with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
            text = f.read()
        block = text.split("## In your CI", 1)[1].split("```xml\n", 1)[1].split("```", 1)[0]
        examples = os.path.join(SOURCE, "examples")
        code, out, err = run("validate", "--year", "2023", "--as-of", "2024-01-15", "--allow-synthetic",
                             "--participants", os.path.join(examples, "participants.csv"),
                             "--measures", os.path.join(examples, "measures.csv"), "--format", "junit")
        self.assertEqual(code, 1, err)
        out = out.replace(os.path.join(examples, ""), "")  # the README runs in examples/
        head, *suites = block.split("  <testsuite ")
        self.assertTrue(out.startswith(head), head)
        self.assertEqual(len(suites), 3)
        for suite in suites:
            suite = "  <testsuite " + suite.split("  </testsuite>")[0] + "  </testsuite>\n"
            self.assertIn(suite, out)


class Schema(unittest.TestCase):
    """The schema check must be able to fail: documents the readers would misread are refused."""

    VALID = ('<testsuites tests="1" failures="1" errors="0"><testsuite name="IC101 x" tests="1" failures="1" '
             'errors="0" timestamp="2024-01-15T00:00:00"><testcase classname="IC101" name="K1" time="0">'
             '<failure message="m" type="error">f</failure><system-out>o</system-out></testcase></testsuite>'
             '</testsuites>')

    def verdict(self, text):
        with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False, encoding="utf-8") as f:
            f.write(text)
        try:
            return xmllint(f.name)[0]
        finally:
            os.unlink(f.name)

    def test_rejects_what_readers_would_misread(self):
        self.assertEqual(self.verdict(self.VALID), 0)
        broken = {
            "two outcomes": self.VALID.replace("</failure>", "</failure><skipped/>"),
            "a count that is no number": self.VALID.replace('tests="1" failures="1" errors="0" timestamp',
                                                            'tests="one" failures="1" errors="0" timestamp'),
            "a test without a name": self.VALID.replace(' name="K1"', ""),
            "a test without a class": self.VALID.replace(' classname="IC101"', ""),
            "a suite without counts": self.VALID.replace(' failures="1" errors="0" timestamp', " timestamp"),
            "a time zone": self.VALID.replace("T00:00:00", "T00:00:00Z"),
            "output before the outcome": self.VALID.replace(
                '<failure message="m" type="error">f</failure><system-out>o</system-out>',
                '<system-out>o</system-out><failure message="m" type="error">f</failure>'),
            "an unknown element": self.VALID.replace("<system-out>", "<finding/><system-out>"),
        }
        for why, text in broken.items():
            with self.subTest(why):
                self.assertNotEqual(self.verdict(text), 0)


if __name__ == "__main__":
    unittest.main()
