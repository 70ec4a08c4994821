"""Contract tests for the introcheck command line: output shapes and exit statuses."""
import json
import os
import tempfile

import schema
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


SOURCE = os.environ.get("INTROCHECK_SOURCE_DIR", "../..")
EXAMPLES = os.path.join(SOURCE, "examples")
SAMPLE = ["--year", "2023", "--as-of", "2024-01-15",
          "--participants", os.path.join(EXAMPLES, "participants.csv"),
          "--measures", os.path.join(EXAMPLES, "measures.csv")]
FINDING_KEYS = {"rule", "severity", "case_id", "municipality", "file", "line", "field", "person",
                "message", "params", "acknowledged"}


def load_schema(name):
    with open(os.path.join(EXAMPLES, "..", "docs", name), encoding="utf-8") as f:
        return json.load(f)


LABEL_6A = "Rett til introduksjonsprogram (kapittel 6A)"
# Ended in 2023 in Oslo: two chapter 6A participants (utl. § 34 permits after
# 2022-03-11), one under integreringsloven, one under introduksjonsloven.
PARTICIPANTS_6A = (
    "case_id;person_id;category;legal_basis;permit_ground;permit_date;follow_up_municipality;follow_up_district;"
    "start_date;end_date;end_reason\n"
    "A1;12839010182;rett_6a;integreringsloven_6a;utl_34;2022-04-01;0301;030101;2022-06-01;2023-06-30;arbeid_heltid\n"
    "A2;05878812028;rett_6a;integreringsloven_6a;utl_34;2022-05-01;0301;030101;2022-07-01;2023-08-31;videregaende\n"
    "A3;23919514086;kan_tilbys;integreringsloven;utl_28;2021-03-01;0301;030102;2021-09-01;2023-09-30;kvp\n"
    "A4;03909328097;rett_og_plikt;introduksjonsloven;utl_28;2019-03-01;0301;030102;2019-09-01;2023-05-31;arbeid_heltid\n")
NIR_6A = (
    "Fødselsnummer;DUF-nummer;Navn;Kategori;Bostedskommune;Bydel;Oppfølgingskommune;Startdato;Avslutningsdato;"
    "Avslutningsårsak\n"
    f"12839010182;;Testperson 1;{LABEL_6A};0301;030101;0301;01.06.2022;30.06.2023;Arbeid 30 timer eller mer per uke\n"
    f"05878812028;;Testperson 2;Kan tilbys introduksjonsprogram;0301;030101;0301;01.07.2022;31.08.2023;"
    "Ordinær videregående opplæring\n")


class Files6A:
    """A folder with PARTICIPANTS_6A and NIR_6A; args() are the common ones for 2023."""

    def __enter__(self):
        self.dir = tempfile.TemporaryDirectory()
        for name, text in (("p.csv", PARTICIPANTS_6A), ("nir.csv", NIR_6A)):
            with open(os.path.join(self.dir.name, name), "w", encoding="utf-8") as f:
                f.write(text)
        return self

    def __exit__(self, *exc):
        self.dir.cleanup()

    def args(self, *extra):
        return ["--year", "2023", "--as-of", "2024-01-15", "--allow-synthetic",
                "--participants", os.path.join(self.dir.name, "p.csv"), *extra]

    def nir(self):
        return ["--nir-report", os.path.join(self.dir.name, "nir.csv")]


class SchemaChecker(unittest.TestCase):
    """The checker itself must be able to fail."""

    def test_rejects(self):
        s = load_schema("findings.schema.json")
        self.assertTrue(schema.errors({}, s))
        finding = {"rule": "IC101", "severity": "fatal", "case_id": None, "municipality": "301",
                   "file": None, "line": 0, "field": None, "person": None, "message": "",
                   "params": {"x": 1.5}, "acknowledged": False, "extra": 1}
        problems = " ".join(schema.errors(finding, s["$defs"]["finding"], s))
        for word in ("fatal", "301", "below", "shorter", "1.5", "extra"):
            self.assertIn(word, problems)


class ValidateCommand(unittest.TestCase):
    def validate_json(self, *extra):
        code, out, err = run("validate", *SAMPLE, "--format", "json", *extra)
        doc = json.loads(out)
        self.assertEqual(schema.errors(doc, load_schema("findings.schema.json")), [])
        return code, doc, err

    def test_rules_a_missing_column_keeps_from_running_are_named_in_every_format(self):
        old = os.path.join(SOURCE, "tests", "conformance", "cases", "windows_1252", "participants.csv")
        args = ["--year", "2023", "--as-of", "2024-01-15", "--allow-synthetic", "--participants", old]
        code, out, _ = run("validate", *args, "--format", "json")
        skipped = json.loads(out)["summary"]["skipped_rules"]
        self.assertEqual([k["rule"] for k in skipped], ["IC112", "IC113", "IC116", "IC118", "IC119"])
        self.assertEqual(skipped[0]["reason"],
                         "the participants have no column legal_basis, and no column permit_date or arrival_date")
        code, out, _ = run("validate", *args, "--lang", "en")
        self.assertIn("IC112 (legal_basis, permit_date/arrival_date), IC113 (end_goal)", out)
        code, out, err = run("validate", *args, "--format", "csv")
        self.assertNotIn("IC112", out)  # the CSV holds findings only ...
        self.assertIn("not run, a column is missing: IC112 (legal_basis, permit_date/arrival_date)", err)  # ... stderr says
        code, out, err = run("reconcile", *args[:-2], "--participants", old, *NIR, "--format", "html")
        self.assertIn("IC116 (mapping_date, career_guidance_date)", out)
        code, out, _ = run("validate", *SAMPLE, "--allow-synthetic", "--format", "json")
        self.assertEqual(json.loads(out)["summary"]["skipped_rules"], [])  # the sample has every column

    def test_readme_configuration_example_is_accepted(self):
        text = open(os.path.join(SOURCE, "README.md"), encoding="utf-8").read()
        block = text.split("```ini\n", 1)[1].split("```", 1)[0]
        with tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False) as f:
            f.write(block)
        try:
            code, doc, err = self.validate_json("--allow-synthetic", "--config", f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(code, 1, err)
        self.assertTrue(all(x["severity"] == "info" for x in doc["findings"] if x["rule"] == "IC106"))
        self.assertTrue(any(x["rule"] == "IC106" for x in doc["findings"]))

    def test_sample_fires_every_rule_but_ic002(self):
        code, doc, _ = self.validate_json("--allow-synthetic")
        self.assertEqual(code, 1)
        self.assertEqual(doc["tool"], "introcheck")
        self.assertEqual(doc["year"], 2023)
        self.assertEqual(doc["as_of"], "2024-01-15")
        fired = {f["rule"] for f in doc["findings"]}
        code, rules_out, _ = run("rules", "--format", "json")
        catalogue = {r["id"] for r in json.loads(rules_out) if r["id"] < "IC400"}
        self.assertEqual(catalogue - fired, {"IC002"})
        for f in doc["findings"]:
            self.assertEqual(set(f), FINDING_KEYS)
        s = doc["summary"]
        self.assertEqual(s["participants"]["rows_read"], 78)
        for name in ("participants", "measures"):
            f = s[name]
            self.assertEqual(f["rows_read"], f["accepted"] + f["rows_with_findings"] + f["rejected"])
        self.assertGreater(s["participants"]["accepted"], 30)
        self.assertEqual(s["deadline"], "2024-02-29")
        self.assertEqual(s["days_left"], 45)
        self.assertTrue(s["measure_rules_ran"])
        self.assertEqual(sum(s["by_rule"].values()), len(doc["findings"]))

    def test_deadline_in_force(self):
        # 2017: announced 2018-01-15, reopened 2018-03-16 once the announced day had passed.
        def summary(as_of):
            code, out, err = run("validate", "--year", "2017", "--as-of", as_of, "--allow-synthetic",
                                 "--participants", os.path.join(EXAMPLES, "participants.csv"), "--format", "json")
            self.assertIn(code, (0, 1), err)
            doc = json.loads(out)
            self.assertEqual(schema.errors(doc, load_schema("findings.schema.json")), [])
            return doc["summary"]
        for as_of, deadline, days in (("2018-01-10", "2018-01-15", 5), ("2018-01-15", "2018-01-15", 0),
                                      ("2018-01-16", "2018-03-16", 59)):
            s = summary(as_of)
            self.assertEqual((s["deadline"], s["days_left"]), (deadline, days), as_of)
            self.assertEqual((s["deadline_announced"], s["deadline_reopened"]), ("2018-01-15", "2018-03-16"))

    def test_ic002_without_allow_synthetic(self):
        code, doc, _ = self.validate_json()
        ic002 = [f for f in doc["findings"] if f["rule"] == "IC002"]
        self.assertGreaterEqual(len(ic002), 30)

    def test_ids_are_masked_unless_revealed(self):
        code, out, _ = run("validate", *SAMPLE, "--allow-synthetic", "--format", "json")
        self.assertNotIn("12839010182", out)
        self.assertNotIn("01817012345", out)
        code, out, _ = run("validate", *SAMPLE, "--allow-synthetic", "--format", "json", "--reveal-ids")
        self.assertIn("01817012345", out)

    def test_protected_residence_never_in_output(self):
        # K-2024 has a protected address and residence district 030105.
        for fmt in ("json", "csv", "text"):
            code, out, _ = run("validate", *SAMPLE, "--allow-synthetic", "--format", fmt, "--reveal-ids")
            for line in out.splitlines():
                if "K-2024" in line:
                    self.assertNotIn("030105", line, fmt)

    def test_csv_has_bom_and_semicolons(self):
        code, out, _ = run("validate", *SAMPLE, "--allow-synthetic", "--format", "csv")
        self.assertTrue(out.startswith("\ufeffrule;severity;case_id;"))

    def test_languages(self):
        _, nb, _ = run("validate", *SAMPLE, "--allow-synthetic")
        _, en, _ = run("validate", *SAMPLE, "--allow-synthetic", "--lang", "en")
        self.assertIn("Oppsummering", nb)
        self.assertIn("Summary", en)

    def test_every_json_output_matches_the_schema(self):
        for extra in ([], ["--allow-synthetic"], ["--reveal-ids"], ["--lang", "en"]):
            self.validate_json(*extra)
        code, out, _ = run("validate", "--year", "2023", "--as-of", "2024-01-15", "--format", "json",
                           "--participants", os.path.join(EXAMPLES, "participants.csv"))
        doc = json.loads(out)
        self.assertEqual(schema.errors(doc, load_schema("findings.schema.json")), [])
        self.assertIsNone(doc["summary"]["measures"])
        self.assertFalse(doc["summary"]["measure_rules_ran"])

    def test_clean_file_exits_0_and_strict_counts_warnings(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "p.csv")
            with open(p, "w", encoding="utf-8") as f:
                f.write("case_id;person_id;category;follow_up_municipality;start_date;end_date;end_reason\n")
                f.write("K1;12839010182;kan_tilbys;0301;2022-03-01;2023-06-30;arbeid_heltid\n")
                f.write("K2;05878812028;kan_tilbys;301;2022-03-01;2023-06-30;arbeid_heltid\n")
            args = ["validate", "--year", "2023", "--as-of", "2024-01-15", "--allow-synthetic",
                    "--participants", p]
            self.assertEqual(run(*args)[0], 0)
            self.assertEqual(run(*args, "--strict")[0], 1)

    def test_bad_usage_and_unreadable_input(self):
        for args in (["validate"], ["validate", "--year", "2023"],
                     ["validate", "--year", "twenty", "--participants", "x"],
                     ["validate", *SAMPLE, "--format", "xml"],
                     ["validate", *SAMPLE, "--as-of", "2023-02-30"],
                     ["validate", *SAMPLE, "--threads", "-1"],
                     ["validate", *SAMPLE, "--threads", "257"],
                     ["validate", "--year", "2023", "--participants", "/nonexistent.csv"]):
            code, out, err = run(*args)
            self.assertEqual(code, 2, args)
            self.assertEqual(len(err.strip().splitlines()), 1, err)

    def test_threads_give_the_same_output(self):
        # Large enough to be read in stretches and checked in parts.
        with tempfile.TemporaryDirectory() as d:
            code, _, err = run("synth", "--participants", "20000", "--seed", "3", "--years", "2019-2026",
                               "--output", d)
            self.assertEqual(code, 0, err)
            outputs = set()
            for threads in ("1", "2", "0"):
                for command in (["validate", "--allow-synthetic"],
                                ["reconcile", "--with-validation", "--allow-synthetic",
                                 "--nir-report", os.path.join(d, "nir_report.csv")]):
                    code, out, err = run(*command, "--year", "2026", "--as-of", "2027-01-15",
                                         "--participants", os.path.join(d, "participants.csv"),
                                         "--measures", os.path.join(d, "measures.csv"),
                                         "--format", "json", "--threads", threads)
                    self.assertIn(code, (0, 1), err)
                    outputs.add((command[0], out))
            self.assertEqual(len(outputs), 2)  # one output per command, whatever the threads

    def test_rules_markdown(self):
        code, out, _ = run("rules", "--format", "markdown")
        self.assertEqual(code, 0)
        self.assertIn("| IC101 | error |", out)

    def test_rules_page_is_generated(self):
        page = os.path.join(EXAMPLES, "..", "docs", "rules.md")
        with open(page, encoding="utf-8") as f:
            committed = f.read()
        _, out, _ = run("rules", "--format", "markdown")
        self.assertEqual(committed, out, "regenerate: introcheck rules --format markdown > docs/rules.md")


NIR = ["--nir-report", os.path.join(EXAMPLES, "nir_report.csv")]
RECONCILE_KEYS = {"report_rows", "matched_equal", "matched_with_discrepancies", "unmatched_report_rows",
                  "ended_in_scope", "missing_from_report", "explained_absences", "report_rows_out_of_scope"}


class VendorExport(unittest.TestCase):
    """examples/vendor: examples/ as its case system exports it (Norwegian
    headers, its own codes, dd.mm.yyyy, Windows-1252), read with mapping.conf."""
    VENDOR = os.path.join(EXAMPLES, "vendor")

    def validate(self, directory, *extra):
        code, out, err = run("validate", "--year", "2023", "--as-of", "2024-01-15", "--allow-synthetic",
                             "--participants", os.path.join(directory, "participants.csv"),
                             "--measures", os.path.join(directory, "measures.csv"), "--format", "json", *extra)
        self.assertEqual(code, 1, err)
        doc = json.loads(out)
        self.assertEqual(schema.errors(doc, load_schema("findings.schema.json")), [])
        return doc

    def test_vendor_export_gives_the_canonical_findings(self):
        canonical = self.validate(EXAMPLES)
        vendor = self.validate(self.VENDOR, "--config", os.path.join(self.VENDOR, "mapping.conf"))

        def findings(doc):
            return sorted(json.dumps({**f, "file": os.path.basename(f["file"] or "")}, sort_keys=True,
                                     ensure_ascii=False) for f in doc["findings"])
        self.assertEqual(findings(vendor), findings(canonical),
                         "examples/ changed? regenerate: python3 scripts/vendor-example.py")
        self.assertGreater(len(canonical["findings"]), 40)
        s = vendor["summary"]
        self.assertEqual(s["participants"]["encoding"], "windows-1252")
        self.assertEqual(s["participants"]["unknown_columns"], ["Saksbehandler"])
        by = {c["column"]: (c["field"], c["by"]) for c in s["columns"]["participants"]}
        self.assertEqual(by["Fødselsnummer"], ("person_id", "alias"))
        self.assertEqual(by["Målgruppe"], ("category", "config"))
        self.assertEqual(by["Merknad"], (None, "config"))
        self.assertEqual([c["by"] for c in canonical["summary"]["columns"]["measures"]], ["name"] * 6)
        self.assertIn({"field": "end_reason", "value": "A30", "code": "arbeid_heltid"},
                      s["value_mapping"]["participants"])
        self.assertIn({"field": "measure", "value": "T-N", "code": "norsk"}, s["value_mapping"]["measures"])
        self.assertEqual(canonical["summary"]["value_mapping"], {"participants": [], "measures": []})
        for name in ("participants", "measures"):
            self.assertEqual(s[name]["rows_read"], canonical["summary"][name]["rows_read"])

    def test_readme_mapping_is_accepted_and_a_wrong_line_is_named(self):
        text = open(os.path.join(SOURCE, "README.md"), encoding="utf-8").read()
        block = text.split("## Your own columns and codes", 1)[1].split("```ini\n", 1)[1].split("```", 1)[0]
        with tempfile.TemporaryDirectory() as d:
            good, bad = os.path.join(d, "good.conf"), os.path.join(d, "bad.conf")
            with open(good, "w", encoding="utf-8") as f:
                f.write(block)
            with open(bad, "w", encoding="utf-8") as f:
                f.write("[columns.participants]\nMålgruppe = kategori\n")
            self.validate(self.VENDOR, "--config", good)
            code, out, err = run("validate", "--year", "2023", "--participants",
                                 os.path.join(self.VENDOR, "participants.csv"), "--config", bad)
        self.assertEqual(code, 2)
        self.assertEqual(err.strip().splitlines(), [
            f"introcheck validate: {bad}:2: Målgruppe: 'kategori' is not a field of participants.csv (case_id, "
            "person_id, duf_number, category, legal_basis, follow_up_municipality, follow_up_district, "
            "residence_municipality, residence_district, protected_address, start_date, end_date, end_reason, "
            "extended, covid_extension, leave_days, settlement_date, permit_ground, permit_date, arrival_date, "
            "settled_by_agreement, education, end_goal, mapping_date, career_guidance_date, plan_date, "
            "children_under_18, registered_date, or ignore)"])


class ReconcileCommand(unittest.TestCase):
    def reconcile_json(self, *extra):
        code, out, err = run("reconcile", *SAMPLE, *NIR, "--format", "json", *extra)
        doc = json.loads(out)
        self.assertEqual(schema.errors(doc, load_schema("findings.schema.json")), [])
        n = doc["reconciliation"]
        self.assertEqual(set(n), RECONCILE_KEYS)
        self.assertEqual(n["report_rows"], n["matched_equal"] + n["matched_with_discrepancies"] +
                         n["unmatched_report_rows"])
        self.assertEqual(n["ended_in_scope"], n["matched_equal"] + n["matched_with_discrepancies"] +
                         n["missing_from_report"] + n["explained_absences"])
        self.assertEqual(n["report_rows"] + n["report_rows_out_of_scope"], doc["nir_report"]["rows_read"])
        return code, doc

    def test_messages_show_labels_and_params_keep_codes(self):
        code, doc = self.reconcile_json()
        ic403 = next(f for f in doc["findings"] if f["rule"] == "IC403")
        self.assertEqual(ic403["params"]["nir_reason"], "arbeid_heltid")
        self.assertIn("«Arbeid 30 timer eller mer per uke»", ic403["message"])
        for lang, label in (("nb", "«Kan tilbys introduksjonsprogram»"), ("nn", "«Kan tilbys introduksjonsprogram»"),
                            ("en", "«May be offered the introduction program»")):
            code, out, _ = run("reconcile", *SAMPLE, *NIR, "--lang", lang)
            self.assertIn(label, out)
            for raw in ("«kan_tilbys»", "«arbeid_heltid»", "«videregaende»", "(protected_address)"):
                self.assertNotIn(raw, out)

    def test_sample_exercises_every_discrepancy(self):
        code, doc = self.reconcile_json()
        self.assertEqual(code, 1)
        fired = {f["rule"] for f in doc["findings"]}
        self.assertEqual(fired, {"IC401", "IC402", "IC403", "IC404", "IC405", "IC406", "IC407", "IC408", "IC409"})
        self.assertEqual({a["reason"] for a in doc["absences"]}, {"protected_address", "covid_extension"})
        self.assertEqual(doc["scope"], ["0301"])
        ic401 = [f for f in doc["findings"] if f["rule"] == "IC401"][0]
        self.assertEqual(ic401["params"]["nir_reason"], "flyttet")

    def test_outside_the_filters(self):
        code, doc = self.reconcile_json("--end-reason", "registered")
        self.assertIn("outside_filters", {a["reason"] for a in doc["absences"]})
        self.assertGreater(doc["reconciliation"]["report_rows_out_of_scope"], 0)

    def test_with_validation_adds_findings(self):
        _, plain = self.reconcile_json()
        _, both = self.reconcile_json("--with-validation", "--allow-synthetic")
        self.assertIn("IC101", {f["rule"] for f in both["findings"]})
        self.assertGreater(both["summary"]["errors"], plain["summary"]["errors"])

    def test_names_and_ids_only_when_revealed(self):
        for fmt in ("json", "csv", "text", "html"):
            code, out, _ = run("reconcile", *SAMPLE, *NIR, "--format", fmt)
            self.assertNotIn("Testperson", out, fmt)
            self.assertNotIn("05878812028", out, fmt)
        code, out, _ = run("reconcile", *SAMPLE, *NIR, "--format", "json", "--reveal-ids")
        self.assertIn("Testperson", out)
        self.assertIn("05878812028", out)

    def test_html_is_one_self_contained_page(self):
        code, out, _ = run("reconcile", *SAMPLE, *NIR, "--format", "html")
        self.assertTrue(out.startswith("<!DOCTYPE html>"))
        self.assertEqual(out.count("<svg"), 1)  # one chart: the municipality's total, not its rows per basis
        self.assertEqual(out.count("<script"), 1)  # the filters' own, inline (test_html checks its hash)
        for needle in ("<script src", "src=", "href=", "url(", "@import", "http:"):
            self.assertNotIn(needle, out)
        self.assertIn("IC401", out)

    def test_chapter_6a_category(self):
        with Files6A() as f:
            code, out, err = run("reconcile", *f.args(*f.nir()), "--format", "json")
            self.assertIn(code, (0, 1), err)
            doc = json.loads(out)
            self.assertEqual(schema.errors(doc, load_schema("findings.schema.json")), [])
            ic405 = {(x["case_id"], x["params"]["nir_category"], x["params"]["case_category"])
                     for x in doc["findings"] if x["rule"] == "IC405"}
            # NIR's 6A label is rett_6a: A1 agrees, A2 is kan_tilbys in NIR.
            self.assertEqual(ic405, {("A2", "kan_tilbys", "rett_6a")})
            # NIR's filter: only 6A rows are in scope, and only 6A participants are expected.
            code, out, err = run("reconcile", *f.args(*f.nir()), "--format", "json", "--category", "rett_6a")
            self.assertIn(code, (0, 1), err)
            doc = json.loads(out)
            n = doc["reconciliation"]
            self.assertEqual((n["report_rows"], n["report_rows_out_of_scope"], n["matched_equal"]), (1, 1, 1))
            self.assertEqual({(a["case_id"], a["reason"]) for a in doc["absences"]},
                             {("A3", "outside_filters"), ("A4", "outside_filters")})
            # A2 is 6A here and kan_tilbys in NIR: outside NIR's 6A filter, so missing from it.
            self.assertEqual([(x["rule"], x["case_id"]) for x in doc["findings"]], [("IC402", "A2")])

    def test_bad_usage(self):
        for args in (["reconcile", *SAMPLE], ["reconcile", *SAMPLE, *NIR, "--municipality", "301"],
                     ["reconcile", *SAMPLE, *NIR, "--category", "alle"],
                     ["reconcile", *SAMPLE, "--nir-report", "/nonexistent.csv"],
                     ["reconcile", *SAMPLE, "--nir-report", os.path.join(EXAMPLES, "measures.csv")]):
            code, out, err = run(*args)
            self.assertEqual(code, 2, args)
            self.assertEqual(len(err.strip().splitlines()), 1, err)


class ReportCommand(unittest.TestCase):
    def test_predicted_report(self):
        code, out, _ = run("report", *SAMPLE, "--format", "json")
        self.assertEqual(code, 0)
        rows = json.loads(out)["rows"]
        cases = {r["case_id"] for r in rows}
        self.assertIn("K-1001", cases)
        self.assertNotIn("K-2027", cases)  # protected address: left out
        self.assertNotIn("K-1002", cases)  # still in the program
        covid = [r for r in rows if r["case_id"] == "K-2026"][0]
        self.assertTrue(covid["ended_by_nir"])
        self.assertIsNone(covid["end_reason"])
        for r in rows:
            self.assertTrue(r["person"].endswith("*****") or r["person"].endswith("********"))

    def test_filters(self):
        _, out, _ = run("report", *SAMPLE, "--format", "json", "--end-reason", "unregistered")
        self.assertTrue(all(r["end_reason"] is None for r in json.loads(out)["rows"]))
        _, out, _ = run("report", *SAMPLE, "--format", "json", "--category", "rett_og_plikt")
        self.assertTrue(all(r["category"] == "rett_og_plikt" for r in json.loads(out)["rows"]))
        _, out, _ = run("report", *SAMPLE, "--format", "json", "--municipality", "3001")
        self.assertEqual(json.loads(out)["rows"], [])

    def test_legal_basis(self):
        with Files6A() as f:
            code, out, err = run("report", *f.args(), "--format", "json")
            self.assertEqual(code, 0, err)
            self.assertEqual({r["case_id"]: r["legal_basis"] for r in json.loads(out)["rows"]},
                             {"A1": "integreringsloven_6a", "A2": "integreringsloven_6a", "A3": "integreringsloven",
                              "A4": "introduksjonsloven"})
            code, out, _ = run("report", *f.args(), "--format", "csv")
            lines = out.splitlines()
            self.assertTrue(lines[0].endswith(";end_reason;ended_by_nir;legal_basis"))
            self.assertEqual(sorted(line.split(";")[-1] for line in lines[1:]),
                             ["integreringsloven", "integreringsloven_6a", "integreringsloven_6a", "introduksjonsloven"])

    def test_category_rett_6a(self):
        with Files6A() as f:
            def cases(*extra):
                code, out, err = run("report", *f.args(), "--format", "json", *extra)
                self.assertEqual(code, 0, err)
                return {r["case_id"]: r["category"] for r in json.loads(out)["rows"]}
            self.assertEqual(cases(), {"A1": "rett_6a", "A2": "rett_6a", "A3": "kan_tilbys", "A4": "rett_og_plikt"})
            self.assertEqual(cases("--category", "rett_6a"), {"A1": "rett_6a", "A2": "rett_6a"})
            self.assertEqual(cases("--category", "kan_tilbys"), {"A3": "kan_tilbys"})
            self.assertEqual(set(cases("--category", "rett_og_plikt,kan_tilbys")), {"A3", "A4"})
            self.assertEqual(set(cases("--category", LABEL_6A)), {"A1", "A2"})
            code, out, _ = run("report", *f.args(), "--format", "csv", "--category", "rett_6a")
            self.assertEqual(code, 0)
            self.assertEqual([line.split(";")[2] for line in out.splitlines()[1:]], ["rett_6a", "rett_6a"])
            for lang, label in (("nb", LABEL_6A), ("en", "Right to the introduction program (chapter 6A)")):
                code, out, _ = run("report", *f.args(), "--lang", lang, "--category", "rett_6a")
                self.assertEqual(code, 0)
                self.assertIn(label, out)
                self.assertNotIn("category.rett_6a", out)
            code, _, err = run("report", *f.args(), "--category", "rett_7a")
            self.assertEqual(code, 2)
            self.assertIn("rett_6a", err)


class ResultsCommand(unittest.TestCase):
    def results_json(self, *extra):
        code, out, _ = run("results", *SAMPLE, "--format", "json", *extra)
        self.assertEqual(code, 0)
        doc = json.loads(out)
        self.assertEqual(schema.errors(doc, load_schema("results.schema.json")), [])
        return doc

    def test_rows_and_suppression(self):
        doc = self.results_json()
        total = [r for r in doc["rows"] if r["district"] is None and r["category"] is None][0]
        self.assertTrue(total["includes_protected"])
        for r in doc["rows"]:
            for name, v in [("ended", r["ended"])] + [("groups." + k, v) for k, v in r["groups"].items()]:
                if v is None:
                    self.assertIn(name, r["suppressed_fields"])
                else:
                    self.assertFalse(1 <= v < 5, (r, name))

    def test_suppression_off_and_from_the_report(self):
        doc = self.results_json("--suppress", "0")
        self.assertFalse(any(r["suppressed"] for r in doc["rows"]))
        from_report = self.results_json("--suppress", "0", *NIR)
        total = [r for r in from_report["rows"] if r["district"] is None and r["category"] is None][0]
        self.assertEqual(total["ended"], 31)

    def test_chapter_6a_category_rows(self):
        with Files6A() as f:
            code, out, err = run("results", *f.args(), "--format", "json", "--suppress", "0")
            self.assertEqual(code, 0, err)
            doc = json.loads(out)
            self.assertEqual(schema.errors(doc, load_schema("results.schema.json")), [])
            ended = {(r["district"], r["category"]): r["ended"] for r in doc["rows"] if r["legal_basis"] is None}
            self.assertEqual(ended[(None, "rett_6a")], 2)
            self.assertEqual(ended[("030101", "rett_6a")], 2)
            self.assertEqual(ended[("030102", "rett_6a")], 0)
            self.assertEqual(ended[(None, None)], sum(ended[(None, c)] for c in ("rett_og_plikt", "kan_tilbys", "rett_6a")))
            code, out, _ = run("results", *f.args(), "--format", "csv", "--suppress", "0")
            self.assertIn("\n0301;;rett_6a;false;2;", out)

    def test_by_legal_basis(self):
        with Files6A() as f:
            code, out, err = run("results", *f.args(), "--format", "json", "--suppress", "0")
            self.assertEqual(code, 0, err)
            doc = json.loads(out)
            self.assertEqual(schema.errors(doc, load_schema("results.schema.json")), [])
            self.assertTrue(doc["by_legal_basis"])
            basis = [r for r in doc["rows"] if r["legal_basis"] is not None]
            # One row per basis group, for the municipality as a whole, after its categories.
            self.assertEqual([(r["legal_basis"], r["district"], r["category"], r["ended"]) for r in basis],
                             [("ordinary", None, None, 2), ("integreringsloven_6a", None, None, 2)])
            self.assertEqual([(r["category"], r["legal_basis"]) for r in doc["rows"][:6]],
                             [(None, None), ("rett_og_plikt", None), ("kan_tilbys", None), ("rett_6a", None),
                              (None, "ordinary"), (None, "integreringsloven_6a")])
            total = doc["rows"][0]
            self.assertTrue(total["includes_protected"])
            self.assertEqual(total["ended"], sum(r["ended"] for r in basis))
            six_a = basis[1]
            self.assertEqual((six_a["groups"]["arbeid"], six_a["groups"]["utdanning"]), (1, 1))
            # Suppressed like any row: two are too few.
            doc = json.loads(run("results", *f.args(), "--format", "json")[1])
            for r in doc["rows"]:
                if r["legal_basis"] is not None:
                    self.assertIsNone(r["ended"])
                    self.assertIn("ended", r["suppressed_fields"])
            # CSV: the column last, empty for the rows of every basis.
            code, out, _ = run("results", *f.args(), "--format", "csv", "--suppress", "0")
            lines = out.splitlines()
            self.assertTrue(lines[0].endswith(";share_work_education;suppressed;legal_basis"))
            self.assertEqual([line.split(";")[-1] for line in lines[1:7]],
                             ["", "", "", "", "ordinary", "integreringsloven_6a"])
            # From NIR's report there is no basis: no such rows.
            code, out, _ = run("results", *f.args(*f.nir()), "--format", "json")
            doc = json.loads(out)
            self.assertEqual(schema.errors(doc, load_schema("results.schema.json")), [])
            self.assertFalse(doc["by_legal_basis"])
            self.assertTrue(all(r["legal_basis"] is None for r in doc["rows"]))

    def test_csv_and_text(self):
        code, out, _ = run("results", *SAMPLE, "--format", "csv")
        self.assertTrue(out.startswith("\ufeffmunicipality;district;category;"))
        code, out, _ = run("results", *SAMPLE)
        self.assertIn("0301", out)
        self.assertEqual(run("results", *SAMPLE, "--suppress", "x")[0], 2)


if __name__ == "__main__":
    unittest.main()


class CommonOptions(unittest.TestCase):
    """Every command that reads case-system files takes every common option, meaning the same."""
    COMMON = ["--as-of", "2024-01-15", "--deadline", "2024-02-29", "--encoding", "UTF-8", "--max-input-mb", "100",
              "--config", os.path.join(SOURCE, "lib", "data", "defaults.conf"), "--lang", "nn", "--threads", "1",
              "--allow-synthetic", "--reveal-ids", "--format", "json"]

    def test_each_command_takes_them_all(self):
        files = ["--year", "2023", "--participants", os.path.join(SOURCE, "examples", "participants.csv"),
                 "--measures", os.path.join(SOURCE, "examples", "measures.csv")]
        nir = ["--nir-report", os.path.join(SOURCE, "examples", "nir_report.csv")]
        for command, extra in [("validate", []), ("report", []), ("results", []), ("reconcile", nir)]:
            with self.subTest(command=command):
                code, out, err = run(command, *files, *extra, *self.COMMON)
                self.assertIn(code, (0, 1), err)
                self.assertTrue(json.loads(out))
