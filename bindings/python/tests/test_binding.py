"""The Python binding: Pythonic shapes over the C ABI, and the errors it maps."""
import ctypes
import gc
import os
import tempfile
import unittest
from datetime import date
from pathlib import Path

import introcheck

SOURCE = Path(os.environ.get("INTROCHECK_SOURCE_DIR", Path(__file__).resolve().parents[3]))
EXAMPLES = SOURCE / "examples"
CASES = SOURCE / "tests" / "conformance" / "cases"
AS_OF = date(2024, 1, 15)


def clean(ds, case_id="K1", **changes):
    fields = dict(case_id=case_id, person_id="12839010182", category="rett_og_plikt",
                  follow_up_municipality="0301", follow_up_district="030101", residence_municipality="0301",
                  residence_district="030101", start_date=date(2022, 3, 1), end_date=date(2023, 6, 30),
                  end_reason="arbeid_heltid", settlement_date=date(2021, 11, 15), line=2,
                  legal_basis="introduksjonsloven")
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
        self.assertEqual(s.participants_read, 78)
        self.assertEqual(s.deadline, date(2024, 2, 29))
        self.assertEqual(s.errors, sum(1 for f in findings if f.severity == introcheck.Severity.ERROR
                                       and not f.acknowledged))

    def test_record_by_record(self):
        ds = introcheck.Dataset()
        clean(ds)
        clean(ds, "K2", person_id="05878812028", end_reason=None)
        ds.add_measure(case_id="K1", measure="norsk", start_date=date(2022, 3, 1), end_date=date(2023, 6, 30),
                       hours_per_week=37.5)
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


class IntegreringslovenFields(unittest.TestCase):
    """Version 2 of the participation and measure structs, through the binding."""

    def test_structs_are_version_2(self):
        from introcheck import _native
        p = _native.new(_native.ParticipationStruct)  # the library accepts the binding's size
        self.assertEqual(p.size, ctypes.sizeof(_native.ParticipationStruct))
        self.assertEqual((p.settled_by_agreement, p.children_under_18, p.permit_date, p.permit_ground),
                         (0, 0, 0, None))  # INTROCHECK_ANSWER_EMPTY
        self.assertEqual(_native.ParticipationStruct.registered_date.offset + 4,
                         ctypes.sizeof(_native.ParticipationStruct))
        m = _native.new(_native.MeasureStruct)
        self.assertEqual(m.completed, 0)

    def test_permit_date_contradicting_the_stated_act(self):
        ds = introcheck.Dataset()
        clean(ds, legal_basis="introduksjonsloven", permit_date=date(2022, 5, 1))
        ic112 = [f for f in ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True) if f.rule == "IC112"]
        self.assertEqual(len(ic112), 1)
        self.assertEqual(ic112[0].field, "legal_basis")
        self.assertEqual(ic112[0].params["permit_date"], date(2022, 5, 1))
        self.assertEqual(ic112[0].params["legal_basis"], "integreringsloven")

    def test_same_findings_as_the_csv_columns(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "participants.csv"
            path.write_text("case_id,person_id,category,legal_basis,follow_up_municipality,follow_up_district,"
                            "residence_municipality,residence_district,start_date,end_date,end_reason,"
                            "settlement_date,permit_date\n"
                            "K1,12839010182,rett_og_plikt,introduksjonsloven,0301,030101,0301,030101,2022-03-01,"
                            "2023-06-30,arbeid_heltid,2021-11-15,2022-05-01\n", encoding="utf-8")
            by_csv = introcheck.Dataset.from_csv(path).validate(year=2023, as_of=AS_OF, allow_synthetic=True)
            ds = introcheck.Dataset()
            clean(ds, legal_basis="introduksjonsloven", permit_date=date(2022, 5, 1))
            by_record = ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True)
            self.assertIn("IC112", {f.rule for f in by_csv})
            self.assertEqual([(f.rule, f.field, f.line, f.severity, dict(f.params)) for f in by_record],
                             [(f.rule, f.field, f.line, f.severity, dict(f.params)) for f in by_csv])

    def test_chapter_6a_with_duty(self):
        ds = introcheck.Dataset()
        clean(ds, legal_basis="integreringsloven_6a")
        clean(ds, "K2", person_id="05878812028", legal_basis="integreringsloven_6a", category="rett_6a")
        found = [(f.rule, f.case_id) for f in ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True)]
        self.assertIn(("IC117", "K1"), found)
        self.assertNotIn(("IC117", "K2"), found)

    def test_no_is_not_empty(self):
        def ic118(settled):
            ds = introcheck.Dataset()
            clean(ds, legal_basis="integreringsloven", permit_ground="utl_28", permit_date=date(2022, 1, 1),
                  settled_by_agreement=settled)
            return [f for f in ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True) if f.rule == "IC118"]
        self.assertEqual([f.params["permit_ground"] for f in ic118(False)], ["utl_28"])
        self.assertEqual(ic118(None), [])
        self.assertEqual(ic118(True), [])
        with self.assertRaises(TypeError):
            ic118("nei")

    def test_course_not_completed(self):
        def ic115(completed):
            ds = introcheck.Dataset()
            clean(ds, legal_basis="integreringsloven", permit_date=date(2022, 1, 1))
            ds.add_measure(case_id="K1", measure="livsmestring", start_date=date(2022, 3, 1),
                           end_date=date(2022, 12, 31), completed=completed)
            return next(f for f in ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True) if f.rule == "IC115")
        self.assertEqual(ic115(False).params["not_completed"], "livsmestring")
        self.assertNotIn("livsmestring", ic115(True).params["missing"])
        self.assertNotIn("livsmestring", ic115(None).params["missing"])

    def test_all_new_fields_are_read(self):
        ds = introcheck.Dataset()
        clean(ds, legal_basis="integreringsloven", permit_ground="§ 28", permit_date=date(2022, 1, 1),
              arrival_date=date(2021, 12, 1), settled_by_agreement=True, education="higher", end_goal="arbeid",
              mapping_date=date(2022, 3, 15), career_guidance_date=date(2022, 4, 1), plan_date=date(2022, 5, 1),
              children_under_18=False, registered_date=date(2023, 7, 1))
        rules = {f.rule for f in ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True)}
        self.assertFalse(rules & {"IC003", "IC006", "IC112", "IC113", "IC116", "IC118"}, rules)
        clean(ds, "K2", person_id="05878812028", permit_ground="nonsense", education="nonsense",
              end_goal="nonsense", mapping_date=date(2022, 3, 15))
        invalid = {f.field for f in ds.validate(year=2023, as_of=AS_OF, allow_synthetic=True)
                   if f.case_id == "K2" and f.rule in ("IC003", "IC006")}
        self.assertTrue({"permit_ground", "education", "end_goal"} <= invalid, invalid)


class SkippedRules(unittest.TestCase):
    """Rules a missing column kept from running, as the JSON's summary.skipped_rules says."""
    EXPECTED = (
        ("IC112", "the participants have no column legal_basis, and no column permit_date or arrival_date"),
        ("IC113", "the participants have no column end_goal"),
        ("IC116", "the participants have no column mapping_date, and no column career_guidance_date"),
        ("IC118", "the participants have no column settled_by_agreement, and no column permit_ground"),
        ("IC119", "the participants have no column registered_date"),
    )

    def test_a_file_without_the_integreringsloven_columns(self):
        ds = introcheck.Dataset.from_csv(CASES / "windows_1252" / "participants.csv")
        report = ds.validate(year=2023, as_of=AS_OF)
        skipped = report.summary.skipped_rules
        self.assertIsInstance(skipped, tuple)
        self.assertTrue(all(isinstance(s, introcheck.SkippedRule) for s in skipped))
        self.assertEqual(tuple((s.rule, s.reason) for s in skipped), self.EXPECTED)
        self.assertEqual([(s.rule, s.reason) for s in skipped],
                         [(s["rule"], s["reason"]) for s in report.to_json()["summary"]["skipped_rules"]])
        hash(report.summary)  # still a hashable value
        nir = introcheck.NirReport.from_csv(EXAMPLES / "nir_report.csv", context=ds.context)
        self.assertEqual(ds.reconcile(nir, year=2023, as_of=AS_OF).summary.skipped_rules, skipped)

    def test_none_for_the_example_data(self):
        ds = introcheck.Dataset.from_csv(EXAMPLES / "participants.csv", EXAMPLES / "measures.csv")
        self.assertEqual(ds.validate(year=2023, as_of=AS_OF).summary.skipped_rules, ())

    def test_an_index_past_the_end_raises(self):
        from introcheck import _native
        report = introcheck.Dataset().validate(year=2023, as_of=AS_OF)
        rule, reason = ctypes.c_char_p(), ctypes.c_char_p()
        n = _native.lib().introcheck_result_skipped_rule_count(report._handle())
        with self.assertRaises(introcheck.IntroCheckIndexError):
            introcheck.errors.check(_native.lib().introcheck_result_skipped_rule(
                ctypes.byref(rule), ctypes.byref(reason), report._handle(), n))


class Reconciliation(unittest.TestCase):
    def test_reconcile_and_results(self):
        ctx = introcheck.Context(allow_synthetic=True)
        ds = introcheck.Dataset.from_csv(EXAMPLES / "participants.csv", EXAMPLES / "measures.csv", context=ctx)
        nir = introcheck.NirReport.from_csv(EXAMPLES / "nir_report.csv", context=ctx)
        self.assertEqual(len(nir), 31)
        report = ds.reconcile(nir, year=2023, as_of=AS_OF)
        s = report.summary
        self.assertEqual(s.report_rows, s.matched_equal + s.matched_with_discrepancies + s.unmatched_report_rows)
        self.assertEqual(s.ended_in_scope, s.matched_equal + s.matched_with_discrepancies +
                         s.missing_from_report + s.explained_absences)
        self.assertIn("IC401", {f.rule for f in report})
        self.assertTrue(report.render(introcheck.Format.HTML).startswith("<!DOCTYPE html>"))
        junit, strict = report.render(introcheck.Format.JUNIT), report.render(introcheck.Format.JUNIT_STRICT)
        self.assertIn('<testsuites name="introcheck reconcile 2023"', junit)
        failures = lambda xml: int(xml.split('failures="', 1)[1].split('"', 1)[0])
        self.assertGreater(failures(strict), failures(junit))  # the sample's warnings fail only when strict
        predicted = ds.predict_report(year=2023, as_of=AS_OF)
        self.assertEqual(len(predicted), 29)
        rows = ds.results(year=2023, as_of=AS_OF)
        self.assertTrue(all(isinstance(r, introcheck.ResultRow) for r in rows))
        total = next(r for r in rows if r.district is None and r.category is None)
        self.assertTrue(total.includes_protected)
        kt = next(r for r in rows if r.district is None and r.category == introcheck.Category.KAN_TILBYS)
        for r in rows:
            for name, value in [("ended", r.ended)] + [("groups." + k, v) for k, v in r.groups.items()]:
                self.assertEqual(value is None, name in r.suppressed_fields)
        self.assertIsInstance(kt.share_work_education, (float, type(None)))


class ChapterSixA(unittest.TestCase):
    def test_rett_6a_in_report_and_results(self):
        ctx = introcheck.Context(allow_synthetic=True, suppress_below=0)
        ds = introcheck.Dataset(context=ctx)
        clean(ds, "K1", category="Rett til introduksjonsprogram (kapittel 6A)", legal_basis="integreringsloven_6a")
        clean(ds, "K2", person_id="05878812028", category="kan_tilbys", legal_basis="integreringsloven")
        only_6a = ds.predict_report(year=2023, as_of=AS_OF, categories=["rett_6a"])
        self.assertEqual(len(only_6a), 1)
        self.assertEqual(len(ds.predict_report(year=2023, as_of=AS_OF, categories=["kan_tilbys"])), 1)
        rows = ds.results(year=2023, as_of=AS_OF)
        six_a = next(r for r in rows if r.district is None and r.category == introcheck.Category.RETT_6A
                     and r.legal_basis is None)
        self.assertEqual(six_a.ended, 1)
        by_basis = {r.legal_basis: r.ended for r in rows if r.district is None and r.legal_basis is not None}
        self.assertEqual(by_basis, {"ordinary": 1, "integreringsloven_6a": 1})


class ContextAndLookups(unittest.TestCase):
    def test_the_end_goal_list_is_replaceable(self):
        # I-04: education unknown, end goal hoyere_utdanning: the list's length_group "short" gives IC106.
        goals = ("code,label_nb,label_nn,label_en,length_group\n"
                 "hoyere_utdanning,Kvalifisert for høyere utdanning,Kvalifisert for høgare utdanning,Higher,\n")
        found = []
        for replace in (False, True):
            ctx = introcheck.Context()
            ctx.allow_synthetic = True
            if replace:
                ctx.load_code_list("end_goals", goals)
            ds = introcheck.Dataset.from_csv(CASES / "integreringsloven" / "participants.csv",
                                             CASES / "integreringsloven" / "measures.csv", context=ctx)
            found.append({(f.rule, f.case_id) for f in ds.validate(year=2023, as_of=AS_OF)})
        self.assertIn(("IC106", "I-04"), found[0])
        self.assertNotIn(("IC106", "I-04"), found[1])
        self.assertIn(("IC106", "I-01"), found[1])  # set by the education, whatever the list
        with self.assertRaises(introcheck.IntroCheckValueError):
            introcheck.Context().load_code_list("sluttmal", goals)

    def test_person_ids(self):
        ctx = introcheck.Context()
        c = ctx.check_person_id("20036914700", date(2026, 11, 28))
        self.assertEqual((c.valid, c.reason, c.kind, c.series, c.birth_date),
                         (True, introcheck.IdReason.OK, introcheck.IdKind.FNR, introcheck.IdSeries.CLASSIC,
                          date(1969, 3, 20)))
        self.assertIs(ctx.check_person_id("03851598730").reason, introcheck.IdReason.SYNTHETIC)
        ctx.allow_synthetic = True
        self.assertTrue(ctx.check_person_id("03851598730").valid)
        c = ctx.check_person_id("12345")
        self.assertEqual((c.reason, c.kind, c.series), (introcheck.IdReason.LENGTH, introcheck.IdKind.NONE,
                                                       introcheck.IdSeries.NONE))
        self.assertEqual(c.reason, "length")  # the members are their old strings too

    def test_values_a_newer_library_appends_read_as_unknown(self):
        from introcheck import model
        self.assertIs(model.from_c("introcheck_id_reason", 99, introcheck.IdReason.UNKNOWN),
                      introcheck.IdReason.UNKNOWN)
        self.assertIs(model.from_c("introcheck_absence_reason", 99, introcheck.AbsenceReason.UNKNOWN),
                      introcheck.AbsenceReason.UNKNOWN)
        self.assertIs(introcheck.Severity(7), introcheck.Severity.UNKNOWN)

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
        self.assertEqual(len(rules), 49)
        self.assertEqual(rules[0].id, "IC001")
        self.assertEqual(introcheck.library_version(), introcheck.__version__)


class Errors(unittest.TestCase):
    def test_exceptions_from_status_codes(self):
        with self.assertRaises(introcheck.IntroCheckIOError):
            introcheck.Dataset.from_csv("/nonexistent/participants.csv")
        with self.assertRaises(ValueError):
            introcheck.Context(language="de")
        with self.assertRaises(introcheck.IntroCheckError) as caught:
            introcheck.Context().load_config("[severity]\nIC101 = fatal\n")
        self.assertIn("config:2", str(caught.exception))
        self.assertIsInstance(caught.exception, ValueError)
        ds = introcheck.Dataset()
        with self.assertRaises(ValueError):
            ds.validate(year=2023, as_of=AS_OF, lang="xx")
        with self.assertRaises(TypeError):
            ds.validate(year=2023, as_of="2024-01-15")
        with self.assertRaises(IndexError):
            ds.validate(year=2023, as_of=AS_OF)[5]

    def test_each_status_raises_its_family(self):
        # The table of bindings/README.md, which the C# binding follows too.
        from introcheck import _abi, errors
        table = {
            _abi.INTROCHECK_E_INVALID: (introcheck.IntroCheckValueError, ValueError),
            _abi.INTROCHECK_E_IO: (introcheck.IntroCheckIOError, OSError),
            _abi.INTROCHECK_E_PARSE: (introcheck.IntroCheckDataError, ValueError),
            _abi.INTROCHECK_E_ENCODING: (introcheck.IntroCheckDataError, ValueError),
            _abi.INTROCHECK_E_LIMIT: (introcheck.IntroCheckLimitError, ValueError),
            _abi.INTROCHECK_E_RANGE: (introcheck.IntroCheckIndexError, IndexError),
            _abi.INTROCHECK_E_NOMEM: (introcheck.IntroCheckMemoryError, MemoryError),
            _abi.INTROCHECK_E_INTERNAL: (introcheck.IntroCheckInternalError, introcheck.IntroCheckError),
            -99: (introcheck.IntroCheckInternalError, introcheck.IntroCheckError),
        }
        for status, (family, builtin) in table.items():
            e = errors.error_for(status, "message")
            self.assertIs(type(e), family)
            self.assertIsInstance(e, builtin)
            self.assertIsInstance(e, introcheck.IntroCheckError)
            self.assertEqual(e.status, status)

    def test_real_failures_raise_their_family(self):
        with self.assertRaises(introcheck.IntroCheckDataError) as caught:
            introcheck.Context().load_config("[severity]\nIC101 = fatal\n")
        self.assertEqual(caught.exception.status, -3)
        ctx = introcheck.Context()
        ctx.max_input_bytes = 10
        with self.assertRaises(introcheck.IntroCheckLimitError):
            introcheck.Dataset.from_csv(EXAMPLES / "participants.csv", context=ctx)
        with self.assertRaises(introcheck.IntroCheckIndexError):
            introcheck.Dataset().validate(year=2023, as_of=AS_OF)[5]

    def test_handles_are_freed(self):
        with introcheck.Dataset() as ds:
            clean(ds)
        with self.assertRaises(ValueError):
            len(ds)
        for _ in range(200):  # no leak or crash when the garbage collector frees them
            introcheck.Dataset().validate(year=2023, as_of=AS_OF)
        gc.collect()


class Findings(unittest.TestCase):
    def test_equal_findings_compare_and_hash_equal(self):
        def run():
            ds = introcheck.Dataset(introcheck.Context(allow_synthetic=True))
            clean(ds, end_reason=None)
            return list(ds.validate(year=2023, as_of=AS_OF))
        a, b = run(), run()
        self.assertEqual(a, b)
        self.assertEqual({hash(f) for f in a}, {hash(f) for f in b})
        self.assertEqual(len(set(a) | set(b)), len(a))
        self.assertEqual(a[0].params, {"end_date": date(2023, 6, 30)})
        with self.assertRaises(TypeError):
            a[0].params["end_date"] = date(2023, 7, 1)
        self.assertNotEqual(a[0].params, {"end_date": date(2023, 7, 1)})


class Lifetimes(unittest.TestCase):
    def test_context_closed_first(self):
        ctx = introcheck.Context(allow_synthetic=True, language="en")
        ds = introcheck.Dataset.from_csv(EXAMPLES / "participants.csv", EXAMPLES / "measures.csv", context=ctx)
        nir = introcheck.NirReport.from_csv(EXAMPLES / "nir_report.csv", context=ctx)
        predicted = ds.predict_report(year=2023, as_of=AS_OF)
        validated = ds.validate(year=2023, as_of=AS_OF)
        ctx.close()
        with self.assertRaises(ValueError):
            ctx.language = "nb"
        with self.assertRaises(ValueError):
            introcheck.Dataset(ctx)
        self.assertTrue(ctx._ptr)  # the native context lives on for its children
        self.assertIn("The participant", next(f for f in validated if f.rule == "IC101").message)
        again = ds.validate(year=2023, as_of=AS_OF)
        self.assertNotIn("IC002", {f.rule for f in again})  # allow_synthetic from the closed context
        rec = ds.reconcile(nir, year=2023, as_of=AS_OF)
        self.assertEqual(rec.summary.report_rows, 31)
        self.assertEqual(rec.scope, ["0301"])
        self.assertEqual([(a.case_id, a.municipality, a.line, a.reason) for a in rec.absences],
                         [("K-2027", "0301", 68, introcheck.AbsenceReason.PROTECTED_ADDRESS),
                          ("K-2028", "0301", 69, introcheck.AbsenceReason.COVID_EXTENSION)])
        self.assertIn("Participants who ended", predicted.render(2023, introcheck.Format.TEXT))
        self.assertEqual(len(ds.results(year=2023, as_of=AS_OF, nir_report=nir)) > 0, True)
        for child in (ds, nir, predicted, validated, again):
            child.close()
            self.assertTrue(ctx._ptr)
        rec.close()  # the last child frees the native context
        self.assertFalse(ctx._ptr)

    def test_children_keep_an_unreferenced_context_alive(self):
        ds = introcheck.Dataset.from_csv(EXAMPLES / "participants.csv",
                                         context=introcheck.Context(allow_synthetic=True))
        gc.collect()
        self.assertEqual(ds.validate(year=2023, as_of=AS_OF).summary.participants_read, 78)

    def test_validation_has_no_scope_or_absences(self):
        report = introcheck.Dataset().validate(year=2023, as_of=AS_OF)
        self.assertEqual((report.scope, report.absences), ([], []))



class VendorMapping(unittest.TestCase):
    """The context's configuration maps a case system's columns and codes for the files it loads."""
    VENDOR = EXAMPLES / "vendor"

    def test_a_vendor_export_gives_the_canonical_findings(self):
        ctx = introcheck.Context(allow_synthetic=True, language="en")
        ctx.load_config((self.VENDOR / "mapping.conf").read_text(encoding="utf-8"))
        canonical = introcheck.Dataset.from_csv(EXAMPLES / "participants.csv", EXAMPLES / "measures.csv", context=ctx)
        vendor = introcheck.Dataset.from_csv(self.VENDOR / "participants.csv", self.VENDOR / "measures.csv",
                                             context=ctx)
        self.assertEqual(len(vendor), len(canonical))

        def seen(report):
            return [(f.rule, f.case_id, f.line, f.field, f.message, f.params) for f in report]
        a, b = (ds.validate(year=2023, as_of=AS_OF) for ds in (canonical, vendor))
        self.assertGreater(len(a), 40)
        self.assertEqual(seen(b), seen(a))
        self.assertEqual((b.summary.errors, b.summary.warnings), (a.summary.errors, a.summary.warnings))
        summary = b.to_json()["summary"]
        self.assertIn({"column": "Avslutningsårsak", "field": "end_reason", "by": "alias"},
                      summary["columns"]["participants"])
        self.assertIn({"column": "Kommune oppfølging", "field": "follow_up_municipality", "by": "config"},
                      summary["columns"]["participants"])
        self.assertIn({"field": "category", "value": "R6A", "code": "rett_6a"}, summary["value_mapping"]["participants"])
        self.assertEqual(summary["participants"]["unknown_columns"], ["Saksbehandler"])
        self.assertIn("columns from the configuration: Målgruppe = category", b.render(introcheck.Format.TEXT))

    def test_mapping_mistakes_raise_naming_the_line(self):
        ctx = introcheck.Context()
        with self.assertRaisesRegex(introcheck.IntroCheckDataError, "config:2: RP: 'rett_plikt' is not a code"):
            ctx.load_config("[values.category]\nRP = rett_plikt\n")
        with self.assertRaisesRegex(introcheck.IntroCheckDataError, "both mean person_id"):
            with tempfile.TemporaryDirectory() as d:
                p = Path(d) / "p.csv"
                p.write_text("Saksnummer;Fødselsnummer;Personnummer;Kategori;Oppfølgingskommune;Startdato\n",
                             encoding="utf-8")
                introcheck.Dataset.from_csv(p, context=ctx)

if __name__ == "__main__":
    unittest.main()
