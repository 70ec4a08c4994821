"""Contract tests for the introcheck command line: output shapes and exit statuses."""
import json
import os
import subprocess
import unittest

CLI = os.environ.get("INTROCHECK_CLI", "introcheck")


def run(*args):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


class IdCommand(unittest.TestCase):
    def test_json_one_object_per_id_in_input_order(self):
        code, out, _ = run("id", "--format", "json", "20036914700", "12345", "03851598730")
        self.assertEqual(code, 1)
        rows = json_lines(out)
        self.assertEqual([r["input"] for r in rows], ["20036914700", "12345", "03851598730"])
        self.assertEqual(set(rows[0]), {"input", "valid", "kind", "synthetic", "series",
                                        "birth_date", "reason"})
        self.assertEqual(rows[0], {"input": "20036914700", "valid": True, "kind": "fnr",
                                   "synthetic": False, "series": "classic",
                                   "birth_date": "1969-03-20", "reason": None})
        self.assertEqual(rows[1]["reason"], "length")
        self.assertIsNone(rows[1]["kind"])
        self.assertFalse(rows[2]["valid"])
        self.assertEqual(rows[2]["reason"], "synthetic")
        self.assertTrue(rows[2]["synthetic"])

    def test_allow_synthetic(self):
        code, out, _ = run("id", "--allow-synthetic", "--format=json", "03851598730")
        self.assertEqual(code, 0)
        row = json_lines(out)[0]
        self.assertTrue(row["valid"])
        self.assertTrue(row["synthetic"])
        self.assertEqual(row["birth_date"], "2015-05-03")

    def test_reasons(self):
        cases = {"1234567891A": "non_digit", "13137248022": "date", "20036914750": "k1",
                 "20036914701": "k2", "15507600333": "not_nir_id", "201234567890": "k1"}
        code, out, _ = run("id", "--format", "json", *cases)
        self.assertEqual(code, 1)
        self.assertEqual({r["input"]: r["reason"] for r in json_lines(out)}, cases)

    def test_2032_series_and_duf(self):
        code, out, _ = run("id", "--format", "json", "02013299903", "201212345603")
        self.assertEqual(code, 0)
        fnr, duf = json_lines(out)
        self.assertEqual(fnr["series"], "2032")
        self.assertEqual(duf["kind"], "duf")
        self.assertIsNone(duf["series"])
        self.assertIsNone(duf["birth_date"])

    def test_text_output_and_exit_status(self):
        code, out, _ = run("id", "20036914700")
        self.assertEqual(code, 0)
        self.assertIn("20036914700: valid", out)

    def test_bad_usage(self):
        for args in (["id"], ["id", "--format", "xml", "1"], ["id", "--nope", "1"]):
            code, out, err = run(*args)
            self.assertEqual(code, 2, args)
            self.assertEqual(len(err.strip().splitlines()), 1, err)


class MunicipalityCommand(unittest.TestCase):
    def test_valid_code(self):
        code, out, _ = run("municipality", "0301", "--date", "2019-06-01", "--format", "json")
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out), {"code": "0301", "date": "2019-06-01", "valid": True,
                                           "name": "Oslo", "county": "Oslo", "successors": []})

    def test_successor_chain(self):
        code, out, _ = run("municipality", "0101", "--date", "2024-06-01", "--format", "json")
        self.assertEqual(code, 1)
        doc = json.loads(out)
        self.assertFalse(doc["valid"])
        self.assertEqual(doc["successors"], [{"code": "3101", "name": "Halden",
                                              "valid_from": "2024-01-01"}])

    def test_split(self):
        code, out, _ = run("municipality", "1507", "--date=2024-01-01", "--format", "json")
        self.assertEqual(code, 1)
        self.assertEqual([s["code"] for s in json.loads(out)["successors"]], ["1508", "1580"])

    def test_text(self):
        code, out, _ = run("municipality", "1601", "--date", "2018-01-01")
        self.assertEqual(code, 1)
        self.assertIn("5001", out)

    def test_default_date_is_today(self):
        code, out, _ = run("municipality", "0301", "--format", "json")
        self.assertEqual(code, 0)
        self.assertTrue(json.loads(out)["valid"])

    def test_bad_usage(self):
        for args in (["municipality"], ["municipality", "301"], ["municipality", "0301", "0101"],
                     ["municipality", "0301", "--date", "2017-02-29"],
                     ["municipality", "0301", "--date"], ["nonsense"]):
            code, out, err = run(*args)
            self.assertEqual(code, 2, args)
            self.assertEqual(len(err.strip().splitlines()), 1, err)


if __name__ == "__main__":
    unittest.main()
