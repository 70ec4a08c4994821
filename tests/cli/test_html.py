"""--format html of validate and reconcile: one self-contained page (a CSP
that allows nothing from outside, the script allowed by its hash), landmarks
and table headers, labels where the JSON has codes, a row for every finding
of the JSON of the same run, in the section of its case, and masked ids only.
What the filters do in a browser is test_browser.py's."""
import base64
import collections
import hashlib
import json
import os
import re
import tempfile
import unittest

import html_dom
from test_cli import NIR, SAMPLE, run

VALIDATE = ["validate", *SAMPLE, "--allow-synthetic"]
RECONCILE = ["reconcile", *SAMPLE, *NIR, "--with-validation", "--allow-synthetic"]
CSP = re.compile(r"default-src 'none'; style-src 'unsafe-inline'; script-src '(sha256-[A-Za-z0-9+/=]+)'; img-src data:")


def page(*args):
    code, out, err = run(*args, "--format", "html")
    assert code in (0, 1), err
    return out


def findings_json(*args):
    code, out, err = run(*args, "--format", "json")
    assert code in (0, 1), err
    return json.loads(out)["findings"]


def rows(dom):
    return [tr for tr in dom.iter("tr") if tr.attrs.get("class") == "finding"]


def cells(tr):
    return [c.text() for c in tr.children if isinstance(c, html_dom.Element) and c.tag in ("td", "th")]


class Pages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pages = {"validate": page(*VALIDATE), "reconcile": page(*RECONCILE)}
        cls.json = {"validate": findings_json(*VALIDATE), "reconcile": findings_json(*RECONCILE)}

    def each(self):
        for name, text in self.pages.items():
            with self.subTest(page=name):
                yield name, text, html_dom.parse(text)

    def test_self_contained_and_the_script_allowed_by_its_hash_only(self):
        for name, text, dom in self.each():
            self.assertTrue(text.startswith("<!DOCTYPE html>\n"))
            meta = dom.find("meta", **{"http-equiv": "Content-Security-Policy"})
            self.assertIsNotNone(meta)
            allowed = CSP.fullmatch(meta.attrs["content"])
            self.assertIsNotNone(allowed, meta.attrs["content"])
            scripts = list(dom.iter("script"))
            self.assertEqual(len(scripts), 1)
            self.assertNotIn("src", scripts[0].attrs)
            body = text.split("<script>", 1)[1].split("</script>", 1)[0]
            digest = "sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            self.assertEqual(allowed.group(1), digest, "lib/output/output_html.cpp's script_hash")
            # Nothing fetched from anywhere: no reference but to the page itself or data:.
            refs = re.findall(r"""\b(?:src|href|action|data|poster)\s*=\s*["']?([^"'\s>]*)""", text)
            self.assertEqual([r for r in refs if not r.startswith(("#", "data:"))], [])
            for needle in ("http:", "https:", "<link", "@import", "url(", "<iframe", "<object", "<img"):
                self.assertNotIn(needle, text)

    def test_lang_of_every_language(self):
        for lang, word in (("nb", "Alvorlighet"), ("nn", "Alvorsgrad"), ("en", "Severity")):
            for args in (VALIDATE, RECONCILE):
                with self.subTest(lang=lang, command=args[0]):
                    dom = html_dom.parse(page(*args, "--lang", lang))
                    self.assertEqual(dom.find("html").attrs.get("lang"), lang)
                    self.assertIn(word, dom.find("nav").text())

    def test_landmarks_tables_with_captions_and_header_scopes(self):
        for name, text, dom in self.each():
            for landmark in ("header", "main", "nav"):
                self.assertEqual(len(list(dom.iter(landmark))), 1, landmark)
            nav = dom.find("nav")
            self.assertTrue(nav.attrs.get("aria-label"))
            self.assertIsNotNone(nav.find("select", id="severity"))
            self.assertIsNotNone(nav.find("select", id="rule"))
            self.assertIsNotNone(nav.find("output", id="shown"))
            tables = list(dom.iter("table"))
            self.assertGreater(len(tables), 2)
            for t in tables:
                self.assertTrue(t.find("caption") and t.find("caption").text().strip())
                self.assertTrue(all(th.attrs.get("scope") in ("col", "row") for th in t.iter("th")))
                self.assertTrue(any(th.attrs.get("scope") == "col" for th in t.iter("th")))
            for tr in rows(dom):
                self.assertEqual([th.attrs["scope"] for th in tr.iter("th")], ["row"])
            self.assertIn("@media print", text)
            self.assertRegex(text, r"@media print\{nav\{display:none\}")

    def test_every_finding_of_the_json_is_a_row(self):
        for name, text, dom in self.each():
            found = self.json[name]
            self.assertGreater(len(found), 10)
            trs = rows(dom)
            self.assertEqual(len(trs), len(found))
            self.assertEqual(collections.Counter((tr.attrs["data-rule"], tr.attrs["data-severity"]) for tr in trs),
                             collections.Counter((f["rule"], f["severity"]) for f in found))
            # Each row holds its finding's message, person and place as the JSON has them.
            shown = collections.Counter()
            for tr in trs:
                c = cells(tr)
                shown[(tr.attrs["data-rule"], c[-4], c[-3], c[-2])] += 1
            expected = collections.Counter(
                (f["rule"], f["message"], f"{f['file']}:{f['line']}" if f["line"] else "", f["person"] or "")
                for f in found)
            self.assertEqual(shown, expected)
            # Without the script everything shows; the count says how many there are.
            self.assertEqual([e.tag for e in dom.iter() if "hidden" in e.attrs], [])
            self.assertEqual(dom.find("span", id="shown-count").text(), str(len(found)))
            self.assertIn(f"{len(found)} av {len(found)} funn vises", dom.find("output", id="shown").text())
            # The rule filter offers every rule present, and no other.
            options = {o.attrs["value"] for o in dom.find("select", id="rule").iter("option")}
            self.assertEqual(options, {"", *(f["rule"] for f in found)})

    def test_validate_groups_findings_by_case(self):
        dom = html_dom.parse(self.pages["validate"])
        sections = [s for s in dom.iter("section") if s.attrs.get("class") == "findings"]
        headings = [s.find("h2").text() for s in sections]
        self.assertEqual(len(headings), len(set(headings)))
        # Where each finding belongs, by what its row shows: rule, message, place and person.
        belongs = collections.defaultdict(set)
        for f in self.json["validate"]:
            where = f"{f['file']}:{f['line']}" if f["line"] else ""
            heading = "Sak " + f["case_id"] if f["case_id"] else "Kommune " + f["municipality"]
            belongs[(f["rule"], f["message"], where, f["person"] or "")].add(heading)
        for s in sections:
            heading = s.find("h2").text()
            for tr in rows(s):
                c = cells(tr)
                self.assertIn(heading, belongs[(tr.attrs["data-rule"], c[3], c[4], c[5])])
        cases = {f["case_id"] for f in self.json["validate"] if f["case_id"]}
        self.assertEqual({h for h in headings if h.startswith("Sak ")}, {"Sak " + c for c in cases})
        self.assertIn("Kommune 3001", headings)  # IC203, IC204: the municipality, no case
        # The participants file's order: K-2001 (line 10) before K-2002, measures-only cases after.
        self.assertLess(headings.index("Sak K-2001"), headings.index("Sak K-2002"))
        self.assertLess(headings.index("Sak K-2039"), headings.index("Sak K-9999"))
        self.assertEqual(headings[-1], "Kommune 3001")

    def test_summary(self):
        dom = html_dom.parse(self.pages["validate"])
        summary = next(s for s in dom.iter("section") if s.attrs.get("class") == "summary").text()
        found = self.json["validate"]
        for label, severity in (("feil", "error"), ("advarsler", "warning"), ("info", "info")):
            n = sum(f["severity"] == severity and not f["acknowledged"] for f in found)
            self.assertRegex(summary, rf"\b{label}{n}\b")
        for words in ("rader lest", "godtatt", "med funn", "avvist", "participants.csv", "measures.csv"):
            self.assertIn(words, summary)
        header = dom.find("header").text()
        self.assertIn("Frist: 2024-02-29 (45 dager igjen)", header)
        self.assertIn("per 2024-01-15", header)

    def test_labels_not_codes(self):
        for name, text, dom in self.each():
            visible = dom.find("body").text()
            self.assertNotIn("kan_tilbys", visible)
            self.assertIn("«Kan tilbys introduksjonsprogram»", visible)  # IC003's (validate), IC405's (reconcile)
            self.assertIn("Feil", [cells(tr)[0] for tr in rows(dom)])
            # Fields by their label, rules with their title.
            self.assertIn("Avslutningsårsaken", [cells(tr)[2 if name == "validate" else 3] for tr in rows(dom)])
            self.assertNotRegex(visible, r"\b(end_reason|residence_municipality|person_id)\b")
            self.assertIn("IC101 Avsluttet uten avslutningsårsak", visible)
        self.assertIn("«Flyttet»", html_dom.parse(self.pages["validate"]).find("main").text())  # IC103's end reason
        visible = html_dom.parse(self.pages["reconcile"]).find("main").text()
        self.assertIn("«Arbeid 30 timer eller mer per uke»", visible)  # IC403's
        self.assertIn("skjermet adresse: NIR viser ikke personen", visible)  # an explained absence
        for code in ("protected_address", "covid_extension", "arbeid_heltid"):
            self.assertNotIn(code, visible)

    def test_masked_person_ids_only(self):
        for name, text, dom in self.each():
            self.assertEqual(re.findall(r"\d{11}", text), [])
            persons = {cells(tr)[-2] for tr in rows(dom)} - {"", "***"}
            self.assertGreater(len(persons), 10)
            for p in persons:
                self.assertRegex(p, r"^\d{6}\*{5}$")
        revealed = html_dom.parse(page(*VALIDATE, "--reveal-ids"))  # the check above can fail
        self.assertTrue(any(re.fullmatch(r"\d{11}", cells(tr)[-2]) for tr in rows(revealed)))

    def test_reconcile_keeps_counts_groups_and_chart(self):
        dom = html_dom.parse(self.pages["reconcile"])
        main = dom.find("main").text()
        for words in ("rader i rapporten", "mangler i rapporten", "Rett i NIR", "Rett i fagsystemet",
                      "Forklart fravær"):
            self.assertIn(words, main)
        self.assertEqual(len(list(dom.iter("svg"))), 1)
        self.assertIn("Ikke registrert", dom.find("svg").text())  # the group's label, not ikke_registrert
        self.assertEqual(dom.find("svg").attrs.get("role"), "img")

    def test_hostile_text_is_escaped_and_output_deterministic(self):
        with open(SAMPLE[SAMPLE.index("--participants") + 1], encoding="utf-8") as f:
            text = f.read().replace("K-2012", "<script>x</script>&\"'", 1)
        with tempfile.TemporaryDirectory() as d:
            hostile = os.path.join(d, "participants.csv")
            with open(hostile, "w", encoding="utf-8") as f:
                f.write(text)
            args = ["validate", "--year", "2023", "--as-of", "2024-01-15", "--allow-synthetic",
                    "--participants", hostile]
            out = page(*args)
            self.assertEqual(out, page(*args))
        self.assertEqual(out.count("<script"), 1)
        self.assertIn("&lt;script&gt;x&lt;/script&gt;&amp;&quot;&#39;", out)
        self.assertIn("<h2>Sak &lt;script&gt;", out)


if __name__ == "__main__":
    unittest.main()
