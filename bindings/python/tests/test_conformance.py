"""The conformance suite through the Python binding (tests/conformance/README.md)."""
import json
import os
import unittest
from datetime import date
from pathlib import Path

import introcheck

CASES = Path(os.environ.get("INTROCHECK_SOURCE_DIR", Path(__file__).resolve().parents[3])) / "tests" / "conformance" / "cases"


def canonical(rule, case_id, file, line, field, params):
    pairs = sorted(f"{k}={v}" for k, v in params.items())
    return "\x1f".join([rule, case_id or "", os.path.basename(file or ""), str(line or 0), field or "",
                        "".join(p + "\x1e" for p in pairs)])


def as_text(value):
    return value.isoformat() if isinstance(value, date) else str(value)


class Conformance(unittest.TestCase):
    def test_every_case(self):
        cases = sorted(p for p in CASES.iterdir() if p.is_dir())
        self.assertGreaterEqual(len(cases), 5)
        for case in cases:
            with self.subTest(case=case.name):
                spec = json.loads((case / "case.json").read_text())
                ctx = introcheck.Context(allow_synthetic=bool(spec.get("allow_synthetic")))
                measures = case / "measures.csv"
                ds = introcheck.Dataset.from_csv(case / "participants.csv",
                                                 measures if measures.exists() else None, context=ctx)
                as_of = date.fromisoformat(spec["as_of"])
                if spec["run"] == "reconcile":
                    nir = introcheck.NirReport.from_csv(case / "nir_report.csv", context=ctx)
                    report = ds.reconcile(nir, year=spec["year"], as_of=as_of)
                else:
                    report = ds.validate(year=spec["year"], as_of=as_of)
                got = sorted(canonical(f.rule, f.case_id, f.file, f.line, f.field,
                                       {k: as_text(v) for k, v in f.params.items()}) for f in report)
                expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
                want = sorted(canonical(f["rule"], f["case_id"], f["file"], f["line"], f["field"],
                                        {k: str(v) for k, v in f["params"].items()}) for f in expected)
                self.assertEqual(got, want)


if __name__ == "__main__":
    unittest.main()
