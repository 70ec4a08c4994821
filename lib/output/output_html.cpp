// The HTML pages: the frame validate's and reconcile's share (html_page.hpp),
// and validate's page, its findings grouped by case.
#include <introcheck/output.hpp>

#include "output/html_page.hpp"
#include "output/labels.hpp"
#include "text/catalogue.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace introcheck {
namespace {

using detail::field_label;
using detail::rule_title;
using detail::severity_label;

// The filters' script, fixed text, so the CSP can allow it by its hash alone.
// It reads the filters from the URL fragment (#severity=error&rule=IC101) on
// load, hides the rows that do not match and the sections left empty, and
// writes a change back to the fragment. Without it every row shows.
constexpr std::string_view script = R"js(
(function () {
  var severity = document.getElementById("severity"), rule = document.getElementById("rule");
  var shown = document.getElementById("shown-count");
  function choose(select, value) {
    select.value = value || "";
    if (select.selectedIndex < 0) select.value = "";
  }
  function apply() {
    var s = severity.value, r = rule.value, n = 0;
    document.querySelectorAll("tr.finding").forEach(function (row) {
      var visible = (!s || row.dataset.severity === s) && (!r || row.dataset.rule === r);
      row.hidden = !visible;
      if (visible) n++;
    });
    document.querySelectorAll("section.findings").forEach(function (section) {
      section.hidden = !section.querySelector("tr.finding:not([hidden])");
    });
    shown.textContent = n;
  }
  function read() {
    var p = new URLSearchParams(location.hash.slice(1));
    choose(severity, p.get("severity"));
    choose(rule, p.get("rule"));
    apply();
  }
  function write() {
    var p = new URLSearchParams();
    if (severity.value) p.set("severity", severity.value);
    if (rule.value) p.set("rule", rule.value);
    location.hash = p.toString();
    apply();
  }
  severity.addEventListener("change", write);
  rule.addEventListener("change", write);
  window.addEventListener("hashchange", read);
  read();
})();
)js";
// base64 of the SHA-256 of `script`; tests/cli/test_html.py recomputes it
// from the page, and the browser test fails if the script does not run.
constexpr std::string_view script_hash = "sha256-TegQCHEE0HBM4sGnas4xqwLNjP2xFEJ3kBNIUlAtQko=";

// A caption that repeats its section's heading is for screen readers only (.sr).
constexpr std::string_view style = R"(
body{font-family:system-ui,sans-serif;margin:2rem;max-width:75rem;color:#222;background:#fff}
header p,.where{color:#555}
nav{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.5rem 0;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
section.findings table{width:100%}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.where,.id{white-space:nowrap}
select{max-width:30rem}
td,th{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
thead th{background:#eef1f5}
tr.finding th{font-weight:normal}
.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#8a5a00}.sev-info{color:#555}
.num{text-align:right}
@media print{nav{display:none}body{margin:0;max-width:none;color:#000}tr{break-inside:avoid}
thead th{background:none}.sev-error,.sev-warning,.sev-info{color:#000}}
)";

std::string word(Language l, std::string_view key) { return std::string(text::word(l, key)); }


}  // namespace

std::string detail::html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string detail::html_open(Language l, std::string_view title, std::string_view subtitle_html,
                              const std::vector<Finding>& findings) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(l)) + "\">\n<head>\n"
                    "<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; script-src '" + std::string(script_hash) + "'; img-src data:\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>" + html_escape(title) + "</title>\n<style>" + std::string(style) +
                    "</style>\n</head>\n<body>\n";
  out += "<header>\n<h1>" + html_escape(title) + "</h1>\n<p>" + std::string(subtitle_html) + "</p>\n</header>\n";

  std::set<std::string> rules;
  for (const Finding& f : findings) rules.insert(f.rule);
  const std::string all = html_escape(word(l, "html.all"));
  out += "<nav aria-label=\"" + html_escape(word(l, "html.filters")) + "\">\n";
  out += "<label>" + html_escape(word(l, "column.severity")) + " <select id=\"severity\">\n<option value=\"\">" + all +
         "</option>\n";
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    out += "<option value=\"" + std::string(to_string(s)) + "\">" + html_escape(severity_label(l, s)) + "</option>\n";
  out += "</select></label>\n";
  out += "<label>" + html_escape(word(l, "column.rule")) + " <select id=\"rule\">\n<option value=\"\">" + all +
         "</option>\n";
  for (const std::string& r : rules)
    out += "<option value=\"" + html_escape(r) + "\">" + html_escape(r + " " + rule_title(l, r)) + "</option>\n";
  out += "</select></label>\n";
  const std::string total = std::to_string(findings.size());
  out += "<output id=\"shown\" for=\"severity rule\" aria-live=\"polite\"><span id=\"shown-count\">" + total +
         "</span> " + html_escape(word(l, "html.shown_of")) + " " + total + " " + html_escape(word(l, "html.shown")) +
         "</output>\n</nav>\n<main>\n";
  return out;
}

std::string detail::html_findings(Language l, std::string_view heading, const std::vector<const Finding*>& rows,
                                  bool with_case) {
  std::string out = "<section class=\"findings\">\n<h2>" + html_escape(heading) +
                    "</h2>\n<table>\n<caption class=\"sr\">" + html_escape(word(l, "html.findings")) + ": " +
                    html_escape(heading) + "</caption>\n<thead><tr>";
  auto col = [&](std::string_view key) { out += "<th scope=\"col\">" + html_escape(word(l, key)) + "</th>"; };
  col("column.severity");
  col("column.rule");
  if (with_case) col("validate.case");
  col("column.field");
  col("column.message");
  col("html.where");
  col("column.person");
  col("column.acknowledged");
  out += "</tr></thead>\n<tbody>\n";
  for (const Finding* f : rows) {
    const std::string severity(to_string(f->severity));
    out += "<tr class=\"finding\" data-severity=\"" + severity + "\" data-rule=\"" + html_escape(f->rule) + "\">";
    out += "<td class=\"sev-" + severity + "\">" + html_escape(severity_label(l, f->severity)) + "</td>";
    out += "<th scope=\"row\">" + html_escape(f->rule) + " " + html_escape(rule_title(l, f->rule)) + "</th>";
    if (with_case) out += "<td class=\"id\">" + html_escape(f->case_id) + "</td>";
    out += "<td>" + html_escape(field_label(l, f->field)) + "</td>";
    out += "<td>" + html_escape(f->message) + "</td>";
    out += "<td class=\"where\">" + (f->line ? html_escape(f->file) + ":" + std::to_string(f->line) : std::string()) +
           "</td>";
    out += "<td class=\"id\">" + html_escape(f->person) + "</td>";
    out += "<td>" + (f->acknowledged ? html_escape(word(l, "validate.acknowledged")) : std::string()) + "</td>";
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string detail::html_count_row(std::string_view label, std::size_t count) {
  return "<tr><th scope=\"row\">" + html_escape(label) + "</th><td class=\"num\">" + std::to_string(count) +
         "</td></tr>\n";
}

std::string detail::html_close() { return "</main>\n<script>" + std::string(script) + "</script>\n</body>\n</html>\n"; }

std::string render_html(const ValidationReport& r, Language l) {
  using detail::html_escape;
  const Summary& s = r.summary;
  std::string subtitle = html_escape(word(l, "validate.as_of")) + " " + format_iso(s.as_of) + " · " +
                         html_escape(word(l, "validate.deadline")) + ": ";
  if (s.deadline)
    subtitle += format_iso(*s.deadline) + " (" + std::to_string(*s.days_left) + " " +
                html_escape(word(l, "validate.days_left")) + ")";
  else
    subtitle += html_escape(word(l, "validate.no_deadline"));
  std::string out =
      detail::html_open(l, word(l, "validate.title") + " " + std::to_string(s.year), subtitle, r.findings);

  // The summary: counts, then each file's rows, then what did not run.
  out += "<section class=\"summary\">\n<h2>" + html_escape(word(l, "validate.summary")) + "</h2>\n<table>\n<caption>" +
         html_escape(word(l, "html.findings")) + "</caption>\n<thead><tr><th scope=\"col\">" +
         html_escape(word(l, "column.severity")) + "</th><th scope=\"col\">" +
         html_escape(word(l, "html.count")) + "</th></tr></thead>\n<tbody>\n";
  out += detail::html_count_row(word(l, "validate.errors"), s.errors);
  out += detail::html_count_row(word(l, "validate.warnings"), s.warnings);
  out += detail::html_count_row(word(l, "validate.infos"), s.infos);
  out += detail::html_count_row(word(l, "validate.acknowledged"), s.acknowledged);
  out += "</tbody>\n</table>\n<table>\n<caption>" + html_escape(word(l, "html.files")) + "</caption>\n<thead><tr>";
  for (const std::string& h : {word(l, "column.file"), word(l, "validate.rows") + " " + word(l, "validate.read"),
                               word(l, "validate.accepted"), word(l, "validate.with_findings"),
                               word(l, "validate.rejected"), word(l, "validate.unknown_columns")})
    out += "<th scope=\"col\">" + html_escape(h) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  auto file_row = [&](const SourceStats& f, std::size_t with_findings) {
    out += "<tr><th scope=\"row\">" + html_escape(f.file) + "</th>";
    for (std::size_t n : {f.rows_read, f.accepted, with_findings, f.rejected})
      out += "<td class=\"num\">" + std::to_string(n) + "</td>";
    std::string unknown;
    for (const auto& c : f.unknown_columns) unknown += (unknown.empty() ? "" : ", ") + c;
    out += "<td>" + html_escape(unknown) + "</td></tr>\n";
  };
  file_row(s.participants, s.participants_with_findings);
  if (s.measure_rules_ran) file_row(s.measures, s.measures_with_findings);
  out += "</tbody>\n</table>\n";
  if (!s.measure_rules_ran) out += "<p class=\"where\">" + html_escape(word(l, "validate.no_measures")) + "</p>\n";
  if (!s.skipped_rules.empty()) {
    out += "<p class=\"where\">" + html_escape(word(l, "validate.skipped")) + ":";
    for (std::size_t i = 0; i < s.skipped_rules.size(); ++i) {
      const SkippedRule& k = s.skipped_rules[i];
      out += std::string(i ? ", " : " ") + html_escape(k.rule) + " (";
      for (std::size_t j = 0; j < k.columns.size(); ++j) out += (j ? ", " : "") + html_escape(k.columns[j]);
      out += ")";
    }
    out += "</p>\n";
  }
  out += "</section>\n";

  // One section per case: the cases of the participants file in its order,
  // then cases known only from measures, then findings without a case, by
  // municipality ("\x01" + code; the whole dataset when it has none).
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Finding*>> groups;
  for (const Finding& f : r.findings) {
    std::string key = f.case_id.empty() ? "\x01" + f.municipality : f.case_id;
    if (!groups.count(key)) order.push_back(key);
    groups[key].push_back(&f);
  }
  auto rank = [&](const std::string& key) {
    if (key[0] == '\x01') return std::make_pair(2, std::size_t{0});
    std::size_t line = 0;
    for (const Finding* f : groups[key])
      if (f->file == s.participants.file && (line == 0 || f->line < line)) line = f->line;
    return line ? std::make_pair(0, line) : std::make_pair(1, std::size_t{0});
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
  for (const std::string& key : order) {
    auto& rows = groups[key];
    // Within a case: the participation's own row first, then its measures.
    std::stable_sort(rows.begin(), rows.end(), [&](const Finding* a, const Finding* b) {
      return (a->file != s.participants.file) < (b->file != s.participants.file);
    });
    std::string heading = key[0] != '\x01' ? word(l, "validate.case") + " " + key
                          : key.size() > 1 ? word(l, "validate.municipality") + " " + key.substr(1)
                                           : word(l, "html.dataset");
    out += detail::html_findings(l, heading, rows, false);
  }
  if (r.findings.empty()) out += "<p>" + html_escape(word(l, "validate.clean")) + "</p>\n";
  return out + detail::html_close();
}

}  // namespace introcheck
