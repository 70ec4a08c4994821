// JUnit XML, the test report CI systems read: Jenkins' JUnit plugin, GitLab's
// unit test reports, Azure DevOps' PublishTestResults (JUnit). A rule is a
// suite, a case is a test; docs/junit.xsd is the shape and says which reader
// uses what.
#include <introcheck/output.hpp>

#include "rules/catalogue.hpp"
#include "text/catalogue.hpp"

#include <cstdint>
#include <map>

namespace introcheck {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the UTF-8 sequence at s[i] if it encodes a character XML 1.0
// allows (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]), else 0.
std::size_t xml_char_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c >= 0x20 || c == '\t' || c == '\n' || c == '\r' ? 1 : 0;
  const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  std::uint32_t cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (d & 0x3F);
  }
  const std::uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) return 0;
  return n;
}

// `s` as XML character data or, with `attribute`, an attribute value: markup
// escaped; tab, line feed and carriage return as references where a parser
// would otherwise normalise them away; and whatever XML 1.0 cannot hold at
// all (control characters from hostile input, bytes that are not UTF-8) as
// U+FFFD, one for each byte.
std::string xml(std::string_view s, bool attribute = true) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = xml_char_at(s, i);
    if (n == 0) {
      out += replacement;
      ++i;
      continue;
    }
    const char c = s[i];
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"' && attribute) out += "&quot;";
    else if (c == '\r' || ((c == '\t' || c == '\n') && attribute)) out += "&#" + std::to_string(int(c)) + ";";
    else out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

// The words the report shows, from the language's catalogue.
struct Words {
  std::string municipality, acknowledged, whole, all_cases, skipped, no_measures;
};
Words words(Language l) {
  auto word = [&](std::string_view key) { return std::string(text::word(l, key)); };
  return {word("validate.municipality"), word("validate.acknowledged"), word("junit.dataset"),
          word("junit.all_cases"),       word("validate.skipped"),      word("validate.no_measures")};
}

// Which test a finding belongs to: its case, else its row, else its municipality.
std::string test_name(const Finding& f, const Words& w) {
  if (!f.case_id.empty()) return f.case_id;
  if (f.line) return f.file + ":" + std::to_string(f.line);
  if (!f.municipality.empty()) return w.municipality + " " + f.municipality;
  return w.whole;
}

// "participants.csv:12: end_reason: message", leaving out what is not known.
std::string located(const Finding& f) {
  std::string out = f.file;
  if (f.line) out += ":" + std::to_string(f.line);
  if (!out.empty()) out += ": ";
  if (!f.field.empty()) out += f.field + ": ";
  return out + f.message;
}

struct Test {
  std::string name;
  std::vector<const Finding*> failing, passing;
};

struct Suite {
  std::string rule, title;
  std::vector<Test> tests;
  std::map<std::string, std::size_t> by_name;
  std::string skipped;  // why the rule did not run, or empty
  std::size_t failures() const {
    std::size_t n = 0;
    for (const Test& t : tests) n += !t.failing.empty();
    return n;
  }
};

// Which rules the run covered: validate()'s, the reconciliation's, or both.
struct Covered {
  bool validation = false, reconciliation = false;
};

std::string render(const ValidationReport& r, Language language, bool strict, Covered covered,
                   std::string_view command) {
  const Words w = words(language);
  const Summary& s = r.summary;
  std::vector<Suite> suites;
  std::map<std::string, std::size_t> suite_of;
  auto add_suite = [&](const std::string& rule) -> Suite& {
    auto [it, added] = suite_of.emplace(rule, suites.size());
    if (added) {
      std::string title(text::word(language, "rule." + rule + ".title"));
      suites.push_back({rule, title == "rule." + rule + ".title" ? std::string() : title, {}, {}, {}});
    }
    return suites[it->second];
  };
  for (const RuleInfo& rule : rule_catalogue())
    if (rules::is_reconciliation_rule(rule.id) ? covered.reconciliation : covered.validation)
      add_suite(std::string(rule.id));
  for (const Finding& f : r.findings) {  // a rule outside the catalogue still gets its suite
    Suite& suite = add_suite(f.rule);
    auto [at, added] = suite.by_name.emplace(test_name(f, w), suite.tests.size());
    if (added) suite.tests.push_back({at->first, {}, {}});
    Test& test = suite.tests[at->second];
    const bool fails = !f.acknowledged && (f.severity == Severity::error || (strict && f.severity == Severity::warning));
    (fails ? test.failing : test.passing).push_back(&f);
  }
  for (const SkippedRule& k : s.skipped_rules) {
    if (!suite_of.count(k.rule)) continue;
    std::string columns;
    for (const auto& c : k.columns) columns += (columns.empty() ? "" : ", ") + c;
    suites[suite_of[k.rule]].skipped = w.skipped + ": " + columns;
  }
  if (!s.measure_rules_ran)
    for (Suite& suite : suites)
      if (rules::runs_only_with_measures(suite.rule)) suite.skipped = w.no_measures;

  std::size_t tests = 0, failures = 0, skipped = 0;
  for (Suite& suite : suites) {
    if (!suite.tests.empty()) suite.skipped.clear();  // it found something, so it ran
    tests += std::max<std::size_t>(suite.tests.size(), 1);
    failures += suite.failures();
    skipped += suite.tests.empty() && !suite.skipped.empty();
  }

  const std::string timestamp = format_iso(s.as_of) + "T00:00:00";
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites name=\"introcheck " + std::string(command) + " " + std::to_string(s.year) + "\" tests=\"" +
         std::to_string(tests) + "\" failures=\"" + std::to_string(failures) + "\" errors=\"0\" skipped=\"" +
         std::to_string(skipped) + "\" time=\"0\">\n";
  for (const Suite& suite : suites) {
    const bool skip = suite.tests.empty() && !suite.skipped.empty();
    const std::string name = suite.title.empty() ? suite.rule : suite.rule + " " + suite.title;
    out += "  <testsuite name=\"" + xml(name) + "\" tests=\"" + std::to_string(std::max<std::size_t>(suite.tests.size(), 1)) +
           "\" failures=\"" + std::to_string(suite.failures()) + "\" errors=\"0\" skipped=\"" + (skip ? "1" : "0") +
           "\" time=\"0\" timestamp=\"" + timestamp + "\">\n";
    out += "    <properties>\n      <property name=\"rule\" value=\"" + xml(suite.rule) + "\"/>\n";
    if (!suite.title.empty()) out += "      <property name=\"title\" value=\"" + xml(suite.title) + "\"/>\n";
    out += "    </properties>\n";
    const std::string classname = " classname=\"" + xml(suite.rule) + "\"";
    if (suite.tests.empty()) {
      out += "    <testcase" + classname + " name=\"" + xml(w.all_cases) + "\" time=\"0\"";
      out += skip ? ">\n      <skipped message=\"" + xml(suite.skipped) + "\"/>\n    </testcase>\n" : "/>\n";
    }
    for (const Test& t : suite.tests) {
      out += "    <testcase" + classname + " name=\"" + xml(t.name) + "\" time=\"0\"";
      if (t.failing.empty() && t.passing.empty()) {
        out += "/>\n";
        continue;
      }
      out += ">\n";
      if (!t.failing.empty()) {
        bool error = false;
        for (const Finding* f : t.failing) error = error || f->severity == Severity::error;
        out += "      <failure message=\"" + xml(t.failing.front()->message) + "\" type=\"" +
               (error ? "error" : "warning") + "\">";
        for (const Finding* f : t.failing) out += xml(located(*f), false) + "\n";
        out += "</failure>\n";
      }
      if (!t.passing.empty()) {
        out += "      <system-out>";
        for (const Finding* f : t.passing) {
          std::string line(to_string(f->severity));
          if (f->acknowledged) line += " (" + w.acknowledged + ")";
          out += xml(line + " " + located(*f), false) + "\n";
        }
        out += "</system-out>\n";
      }
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  return out + "</testsuites>\n";
}

}  // namespace

std::string render_junit(const ValidationReport& report, Language language, bool strict) {
  return render(report, language, strict, {.validation = true}, "validate");
}

std::string render_junit(const ReconcileReport& report, Language language, bool strict) {
  return render(report.base, language, strict, {.validation = report.with_validation, .reconciliation = true},
                "reconcile");
}

}  // namespace introcheck
