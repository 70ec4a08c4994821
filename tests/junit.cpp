// The JUnit rendering: which tests fail, pass and are skipped, the counts,
// and that hostile text comes out as XML 1.0 that every reader can parse
// (tests/cli/test_cli.py checks real outputs against docs/junit.xsd).
#include <doctest/doctest.h>
#include <introcheck/output.hpp>

#include "rules/catalogue.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

using namespace introcheck;

namespace {

Finding finding(const std::string& rule, Severity severity, const std::string& case_id, std::size_t line,
                const std::string& message) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.case_id = case_id;
  f.municipality = "0301";
  f.file = "participants.csv";
  f.line = line;
  f.field = "end_reason";
  f.message = message;
  return f;
}

ValidationReport sample() {
  ValidationReport r;
  r.summary.year = 2023;
  r.summary.as_of = Date(2024, 1, 15);
  r.summary.measure_rules_ran = true;
  r.findings.push_back(finding("IC101", Severity::error, "K1", 2, "Avsluttet uten årsak."));
  r.findings.push_back(finding("IC106", Severity::warning, "K2", 3, "Lengre enn normalt."));
  r.findings.push_back(finding("IC201", Severity::info, "K2", 3, "Annet bosted."));
  Finding acknowledged = finding("IC101", Severity::error, "K3", 4, "Kvittert.");
  acknowledged.acknowledged = true;
  r.findings.push_back(acknowledged);
  Finding whole = finding("IC203", Severity::warning, "", 0, "Kommunen er berørt.");
  whole.municipality = "3001";
  whole.file.clear();
  whole.field.clear();
  r.findings.push_back(whole);
  r.summary.skipped_rules.push_back({"IC113", "the participants have no column end_goal", {"end_goal"}});
  return r;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string attribute(const std::string& xml, const std::string& element, const std::string& name) {
  auto at = xml.find("<" + element + " ");
  REQUIRE(at != std::string::npos);
  auto value = xml.find(" " + name + "=\"", at);
  REQUIRE(value != std::string::npos);
  value += name.size() + 3;
  return xml.substr(value, xml.find('"', value) - value);
}

// The test case element of `name`, up to its end.
std::string testcase(const std::string& xml, const std::string& classname, const std::string& name) {
  auto at = xml.find("<testcase classname=\"" + classname + "\" name=\"" + name + "\"");
  REQUIRE(at != std::string::npos);
  auto end = xml.find("<testcase ", at + 1);
  return xml.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

// Whether every character of `s` is one XML 1.0 allows, in well-formed UTF-8.
bool xml_chars_only(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp;
    std::size_t n;
    if (c < 0x80) cp = c, n = 1;
    else if ((c & 0xE0) == 0xC0) cp = c & 0x1F, n = 2;
    else if ((c & 0xF0) == 0xE0) cp = c & 0x0F, n = 3;
    else if ((c & 0xF8) == 0xF0) cp = c & 0x07, n = 4;
    else return false;
    if (i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
      cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    const std::uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[n]) return false;
    const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!allowed) return false;
    i += n;
  }
  return true;
}

}  // namespace

TEST_CASE("JUnit: a test per rule and case; errors fail, warnings only when strict, acknowledged never") {
  std::size_t validation_rules = 0;
  for (const RuleInfo& r : rule_catalogue()) validation_rules += !rules::is_reconciliation_rule(r.id);
  const ValidationReport r = sample();
  const std::string xml = render_junit(r, Language::nb, false);
  // One suite per validation rule; IC101 has two cases, every other rule one.
  CHECK(count(xml, "<testsuite ") == validation_rules);
  CHECK(attribute(xml, "testsuites", "tests") == std::to_string(validation_rules + 1));
  CHECK(attribute(xml, "testsuites", "failures") == "1");
  CHECK(attribute(xml, "testsuites", "errors") == "0");
  CHECK(attribute(xml, "testsuites", "skipped") == "1");
  CHECK(xml.find("<testsuite name=\"IC101 Avsluttet uten avslutningsårsak\" tests=\"2\" failures=\"1\" errors=\"0\" "
                 "skipped=\"0\" time=\"0\" timestamp=\"2024-01-15T00:00:00\">") != std::string::npos);

  const std::string k1 = testcase(xml, "IC101", "K1");
  CHECK(k1.find("<failure message=\"Avsluttet uten årsak.\" type=\"error\">participants.csv:2: end_reason: "
                "Avsluttet uten årsak.\n</failure>") != std::string::npos);
  const std::string k3 = testcase(xml, "IC101", "K3");  // acknowledged: shown, not failed
  CHECK(k3.find("<failure") == std::string::npos);
  CHECK(k3.find("<system-out>error (kvittert ut) participants.csv:4: end_reason: Kvittert.\n</system-out>") !=
        std::string::npos);
  CHECK(testcase(xml, "IC106", "K2").find("<failure") == std::string::npos);
  CHECK(testcase(xml, "IC201", "K2").find("<system-out>info participants.csv:3: end_reason: Annet bosted.") !=
        std::string::npos);
  // A finding about a whole municipality is a test of its own.
  CHECK(testcase(xml, "IC203", "Kommune 3001").find("<system-out>warning Kommunen er berørt.") != std::string::npos);
  // A rule that found nothing passes; a rule that could not run is skipped.
  CHECK(xml.find("<testcase classname=\"IC102\" name=\"alle saker\" time=\"0\"/>") != std::string::npos);
  CHECK(testcase(xml, "IC113", "alle saker")
            .find("<skipped message=\"regler som ikke ble kjørt fordi en kolonne mangler: end_goal\"/>") !=
        std::string::npos);

  const std::string strict = render_junit(r, Language::nb, true);
  CHECK(attribute(strict, "testsuites", "failures") == "3");  // K1, and the warnings of K2 and 3001
  CHECK(testcase(strict, "IC106", "K2").find("<failure message=\"Lengre enn normalt.\" type=\"warning\">") !=
        std::string::npos);
  CHECK(testcase(strict, "IC101", "K3").find("<failure") == std::string::npos);
  CHECK(testcase(strict, "IC201", "K2").find("<failure") == std::string::npos);  // info never fails

  // The same input gives the same bytes; the language changes the words only.
  CHECK(render_junit(r, Language::nb, false) == xml);
  const std::string en = render_junit(r, Language::en, false);
  CHECK(en.find("<testcase classname=\"IC102\" name=\"all cases\"") != std::string::npos);
  CHECK(en.find("name=\"IC101 Ended without end reason\"") != std::string::npos);
}

TEST_CASE("JUnit: without measures the measure rules are skipped; a rule that found something ran") {
  ValidationReport r = sample();
  r.summary.measure_rules_ran = false;
  r.findings.push_back(finding("IC102", Severity::error, "K9", 9, "Ingen tiltak."));  // as if from elsewhere
  const std::string xml = render_junit(r, Language::en, false);
  std::size_t measure_rules = 0;
  for (const RuleInfo& rule : rule_catalogue()) measure_rules += rules::runs_only_with_measures(rule.id);
  CHECK(attribute(xml, "testsuites", "skipped") == std::to_string(1 + measure_rules - 1));
  CHECK(testcase(xml, "IC104", "all cases").find("<skipped message=\"measure rules did not run") != std::string::npos);
  CHECK(testcase(xml, "IC102", "K9").find("<failure") != std::string::npos);
}

TEST_CASE("JUnit: reconciliation rules, and the validation rules only with validation") {
  ReconcileReport rec;
  rec.base = sample();
  std::size_t reconciliation_rules = 0;
  for (const RuleInfo& r : rule_catalogue()) reconciliation_rules += rules::is_reconciliation_rule(r.id);
  // Without validation only the reconciliation's rules have suites, and any rule that found something.
  std::string xml = render_junit(rec, Language::nb, false);
  CHECK(count(xml, "<testsuite ") == reconciliation_rules + 4);  // IC101, IC106, IC201, IC203
  CHECK(xml.find("<testsuites name=\"introcheck reconcile 2023\"") != std::string::npos);
  CHECK(xml.find("classname=\"IC113\"") == std::string::npos);
  rec.with_validation = true;
  xml = render_junit(rec, Language::nb, false);
  CHECK(count(xml, "<testsuite ") == rule_catalogue().size());
}

TEST_CASE("JUnit: hostile text is escaped, and what XML 1.0 cannot hold is replaced") {
  ValidationReport r = sample();
  // Markup, quotes, line breaks, control characters, a lone continuation
  // byte, a truncated sequence, an overlong '/', a surrogate, U+FFFE; and
  // Norwegian letters and an emoji that must pass unchanged.
  const std::string hostile = std::string("K<1>&\"'\t\n\r") + '\0' + "\x01\x1b[31m\x7f" + "\x80" + "\xC3" +
                              "\xC0\xAF" + "\xED\xA0\x80" + "\xEF\xBF\xBE" + "æøå\xF0\x9F\x98\x80";
  Finding f = finding("IC101", Severity::error, hostile, 7, "melding " + hostile);
  f.field = "end_reason" + hostile;
  f.file = "p]]>.csv";
  r.findings.push_back(f);
  const std::string xml = render_junit(r, Language::nb, false);
  CHECK(xml_chars_only(xml));
  CHECK(std::none_of(xml.begin(), xml.end(), [](char c) {  // \r only as &#13;
    return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t';
  }));
  CHECK(xml.find("name=\"K&lt;1&gt;&amp;&quot;'&#9;&#10;&#13;") != std::string::npos);
  CHECK(xml.find("<failure message=\"melding K&lt;1&gt;&amp;&quot;'&#9;&#10;&#13;") != std::string::npos);
  CHECK(xml.find("p]]&gt;.csv:7: end_reasonK&lt;1&gt;&amp;\"'\t\n&#13;") != std::string::npos);  // text: " ' \t \n as is
  CHECK(xml.find("æøå\xF0\x9F\x98\x80") != std::string::npos);
  // NUL, 0x01, ESC, the stray and broken bytes: one U+FFFD each; DEL is allowed.
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(xml.find("&#13;" + fffd + fffd + fffd + "[31m\x7f" + fffd + fffd + fffd + fffd + fffd + fffd + fffd +
                 fffd + fffd + fffd + "æøå") != std::string::npos);
  CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
}
