"""The Python binding: Pythonic shapes over the C ABI, and the errors it maps."""
import gc
import os
import unittest
from datetime import date
from pathlib import Path

import introcheck

EXAMPLES = Path(os.environ.get("INTROCHECK_SOURCE_DIR", Path(__file__).resolve().parents[3])) / "examples"
AS_OF = date(2024, 1, 15)


def clean(ds, case_id="K1", **changes):
    fields = dict(case_id=case_id, person_id="12839010182", category="rett_og_plikt",
                  follow_up_municipality="0301", follow_up_district="030101", residence_municipality="0301",
                  residence_district="030101", start_date=date(2022, 3, 1), end_date=date(2023, 6, 30),
                  end_reason="arbeid_heltid", settlement_date=date(2021, 11, 15), line=2)
    fields.update(changes)
    ds.add_participation(**fields)


class Validation(unittest.TestCase):
    def test_from_csv_and_findings(self):
        ds = introcheck.Dataset.from_csv(participants=EXAMPLES / "participants.csv",
                                         measures=EXAMPLES / "measures.csv")
        report = ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True, lang="en")
        findings = list(report)
        self.assertEqual(len(findings), len(report))
        self.assertTrue(all(isinstance(f, introcheck.Finding) for f in findings))
        rules = {f.rule for f in findings}
        self.assertIn("IC101", rules)
        self.assertNotIn("IC002", rules)
        ic101 = next(f for f in findings if f.rule == "IC101")
        self.assertEqual(ic101.severity, introcheck.Severity.ERROR)
        self.assertIsInstance(ic101.params["end_date"], date)
        self.assertTrue(ic101.person.endswith("*****"))
        self.assertIn("without an end reason", ic101.message)
        s = report.summary
        self.assertEqual(s.participants_read, 68)
        self.assertEqual(s.deadline, date(2024, 2, 29))
        self.assertEqual(s.errors, sum(1 for f in findings if f.severity == introcheck.Severity.ERROR
                                       and not f.acknowledged))

    def test_record_by_record(self):
        ds = introcheck.Dataset()
        clean(ds)
        clean(ds, "K2", person_id="05878812028", end_reason=None)
        ds.add_measure(case_id="K1", measure="norsk", start_date=date(2022, 3, 1), end_date=date(2023, 6, 30),
                       hours_per_week=7.5)
        ds.add_measure(case_id="K2", measure="norsk", start_date=date(2022, 3, 1), end_date=date(2023, 6, 30))
        self.assertEqual(len(ds), 2)
        report = ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True)
        self.assertEqual([(f.rule, f.case_id) for f in report], [("IC101", "K2")])
        self.assertIn("30. juni 2023", report[0].message)  # nb by default
        self.assertEqual(report.to_json()["findings"][0]["rule"], "IC101")

    def test_synthetic_ids_refused_by_default(self):
        ds = introcheck.Dataset()
        clean(ds)
        self.assertIn("IC002", {f.rule for f in ds.validate(year=2023, as_of=AS_OF)})


class Reconciliation(unittest.TestCase):
    def test_reconcile_and_results(self):
        ctx = introcheck.Context(allow_synthetic=True)
        ds = introcheck.Dataset.from_csv(EXAMPLES / "participants.csv", EXAMPLES / "measures.csv", context=ctx)
        nir = introcheck.NirReport.from_csv(EXAMPLES / "nir_report.csv", context=ctx)
        self.assertEqual(len(nir), 30)
        report = ds.reconcile(nir, year=2023, as_of=AS_OF)
        s = report.summary
        self.assertEqual(s.report_rows, s.matched_equal + s.matched_with_discrepancies + s.unmatched_report_rows)
        self.assertEqual(s.ended_in_scope, s.matched_equal + s.matched_with_discrepancies +
                         s.missing_from_report + s.explained_absences)
        self.assertIn("IC401", {f.rule for f in report})
        self.assertTrue(report.render(introcheck.Format.HTML).startswith("<!DOCTYPE html>"))
        predicted = ds.predict_report(year=2023, as_of=AS_OF)
        self.assertEqual(len(predicted), 28)
        rows = ds.results(year=2023, as_of=AS_OF)
        self.assertTrue(all(isinstance(r, introcheck.ResultRow) for r in rows))
        total = next(r for r in rows if r.district is None and r.category is None)
        self.assertTrue(total.includes_protected)
        kt = next(r for r in rows if r.district is None and r.category == introcheck.Category.KAN_TILBYS)
        for r in rows:
            for name, value in [("ended", r.ended)] + [("groups." + k, v) for k, v in r.groups.items()]:
                self.assertEqual(value is None, name in r.suppressed_fields)
        self.assertIsInstance(kt.share_work_education, (float, type(None)))


class ContextAndLookups(unittest.TestCase):
    def test_person_ids(self):
        ctx = introcheck.Context()
        c = ctx.check_person_id("20036914700", date(2026, 11, 28))
        self.assertEqual((c.valid, c.kind, c.series, c.birth_date), (True, "fnr", "classic", date(1969, 3, 20)))
        self.assertEqual(ctx.check_person_id("03851598730").reason, "synthetic")
        ctx.allow_synthetic = True
        self.assertTrue(ctx.check_person_id("03851598730").valid)
        self.assertEqual(ctx.check_person_id("12345").reason, "length")

    def test_municipalities(self):
        ctx = introcheck.Context()
        self.assertTrue(ctx.municipality_valid("0101", date(2019, 12, 31)))
        self.assertFalse(ctx.municipality_valid("0101", date(2020, 1, 1)))
        self.assertEqual([s["code"] for s in ctx.municipality_successors("1507", date(2024, 1, 1))], ["1508", "1580"])

    def test_settings(self):
        ctx = introcheck.Context(language="nn", suppress_below=3, threads=1)
        self.assertEqual(ctx.suppress_below, 3)
        self.assertEqual(ctx.threads, 1)
        with self.assertRaises(introcheck.IntroCheckValueError):
            ctx.threads = -1
        ctx.set_severity("IC101", introcheck.Severity.WARNING)
        ds = introcheck.Dataset(ctx)
        clean(ds, end_reason=None)
        f = next(f for f in ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True) if f.rule == "IC101")
        self.assertEqual(f.severity, introcheck.Severity.WARNING)
        self.assertIn("avslutta", f.message)

    def test_rules(self):
        rules = introcheck.rules()
        self.assertEqual(len(rules), 40)
        self.assertEqual(rules[0].id, "IC001")
        self.assertEqual(introcheck.library_version(), introcheck.__version__)


class Errors(unittest.TestCase):
    def test_exceptions_from_status_codes(self):
        with self.assertRaises(introcheck.IntroCheckIOError):
            introcheck.Dataset.from_csv("/nonexistent/participants.csv")
        with self.assertRaises(ValueError):
            introcheck.Context(language="de")
        with self.assertRaises(introcheck.IntroCheckValueError) as caught:
            introcheck.Context().load_config("[severity]\nIC101 = fatal\n")
        self.assertIn("config:2", str(caught.exception))
        self.assertIsInstance(caught.exception, introcheck.IntroCheckError)
        ds = introcheck.Dataset()
        with self.assertRaises(ValueError):
            ds.validate(year=2023, as_of=AS_OF, lang="xx")
        with self.assertRaises(TypeError):
            ds.validate(year=2023, as_of="2024-01-15")
        with self.assertRaises(IndexError):
            ds.validate(year=2023, as_of=AS_OF)[5]

    def test_handles_are_freed(self):
        with introcheck.Dataset() as ds:
            clean(ds)
        with self.assertRaises(ValueError):
            len(ds)
        for _ in range(200):  # no leak or crash when the garbage collector frees them
            introcheck.Dataset().validate(year=2023, as_of=AS_OF)
        gc.collect()


if __name__ == "__main__":
    unittest.main()
