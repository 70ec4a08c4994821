// Rendering reconciliation reports: JSON, text and a page in the frame of html_page.hpp.
#include <introcheck/json.hpp>
#include <introcheck/output.hpp>

#include "output/actions.hpp"
#include "output/html_page.hpp"
#include "output/labels.hpp"
#include "output/json_parts.hpp"
#include "text/catalogue.hpp"

#include <algorithm>

#include <cstdio>

namespace introcheck {
namespace {

// The words of the reconciliation's text and page, from the language's catalogue.
struct Words {
  std::string title, counts, report_rows, matched_equal, matched_with, unmatched, ended, missing, explained,
      out_of_scope, chart, suppressed, none, municipalities, absences;
};
Words words(Language l) {
  auto word = [&](const char* key) { return std::string(text::word(l, std::string("reconcile.") + key)); };
  return {word("title"), word("counts"), word("report_rows"), word("matched_equal"), word("matched_with"),
          word("unmatched"), word("ended"), word("missing"), word("explained"), word("out_of_scope"),
          word("chart"), word("suppressed"),
          word("none"), word("municipalities"), word("absences")};
}

std::string counts_json(const ReconciliationCounts& n) {
  return "{\"report_rows\": " + std::to_string(n.report_rows) +
         ", \"matched_equal\": " + std::to_string(n.matched_equal) +
         ", \"matched_with_discrepancies\": " + std::to_string(n.matched_with_discrepancies) +
         ", \"unmatched_report_rows\": " + std::to_string(n.unmatched_report_rows) +
         ", \"ended_in_scope\": " + std::to_string(n.ended_in_scope) +
         ", \"missing_from_report\": " + std::to_string(n.missing_from_report) +
         ", \"explained_absences\": " + std::to_string(n.explained_absences) +
         ", \"report_rows_out_of_scope\": " + std::to_string(n.report_rows_out_of_scope) + "}";
}

}  // namespace

std::string render_json(const ReconcileReport& r) {
  std::string extra = ", \"reconciliation\": " + counts_json(r.counts);
  extra += ", \"scope\": [";
  for (std::size_t i = 0; i < r.municipalities.size(); ++i) extra += (i ? ", " : "") + json_quote(r.municipalities[i]);
  extra += "], \"absences\": [";
  for (std::size_t i = 0; i < r.absences.size(); ++i) {
    const auto& a = r.absences[i];
    extra += std::string(i ? ", " : "") + "{\"case_id\": " + json_quote(a.case_id) + ", \"municipality\": " +
             json_quote(a.municipality) + ", \"line\": " + std::to_string(a.line) + ", \"reason\": " +
             json_quote(a.reason) + "}";
  }
  extra += "], \"nir_report\": " + detail::source_stats_json(r.nir_source, 0);
  return detail::report_json(r.base, extra);
}

std::string render_text(const ReconcileReport& r, Language language) {
  const Words w = words(language);
  const ReconciliationCounts& n = r.counts;
  std::string out = std::string(w.title) + "\n" + w.municipalities + ":";
  for (const auto& m : r.municipalities) out += " " + m;
  out += "\n" + r.nir_source.file + ": " + std::to_string(r.nir_source.rows_read) + " " + w.report_rows + " (" +
         r.nir_source.encoding + ")\n";
  out += "\n" + std::string(w.counts) + ":\n";
  auto line = [&](std::size_t v, const std::string& label) { out += "  " + std::to_string(v) + " " + label + "\n"; };
  line(n.report_rows, w.report_rows);
  line(n.matched_equal, w.matched_equal);
  line(n.matched_with_discrepancies, w.matched_with);
  line(n.unmatched_report_rows, w.unmatched);
  line(n.ended_in_scope, w.ended);
  line(n.missing_from_report, w.missing);
  line(n.explained_absences, w.explained);
  if (n.report_rows_out_of_scope) line(n.report_rows_out_of_scope, w.out_of_scope);
  if (!r.absences.empty()) {
    out += "\n" + std::string(w.absences) + ":\n";
    for (const auto& a : r.absences) out += "  " + a.case_id + " (" + detail::absence_label(language, a.reason) + ")\n";
  }
  out += "\n";
  return out + render_text(r.base, language);
}

std::string render_html(const ReconcileReport& r, const PublishedResults& results, Language language) {
  using detail::html_escape;
  const Words w = words(language);
  const ReconciliationCounts& n = r.counts;
  std::string subtitle = html_escape(w.municipalities) + ":";
  for (const auto& m : r.municipalities) subtitle += " " + html_escape(m);
  subtitle += " · " + std::to_string(r.base.summary.year) + " · " + format_iso(r.base.summary.as_of) + " · " +
              html_escape(r.nir_source.file) + ": " + std::to_string(r.nir_source.rows_read) + " " +
              html_escape(w.report_rows);
  std::string out = detail::html_open(language, w.title, subtitle, r.base.findings);

  out += "<section class=\"summary\">\n<h2>" + html_escape(w.counts) + "</h2>\n<table>\n<caption class=\"sr\">" +
         html_escape(w.counts) + "</caption>\n<thead><tr><th scope=\"col\"></th><th scope=\"col\">" +
         html_escape(std::string(text::word(language, "html.count"))) + "</th></tr></thead>\n<tbody>\n";
  out += detail::html_count_row(w.report_rows, n.report_rows);
  out += detail::html_count_row(w.matched_equal, n.matched_equal);
  out += detail::html_count_row(w.matched_with, n.matched_with_discrepancies);
  out += detail::html_count_row(w.unmatched, n.unmatched_report_rows);
  out += detail::html_count_row(w.ended, n.ended_in_scope);
  out += detail::html_count_row(w.missing, n.missing_from_report);
  out += detail::html_count_row(w.explained, n.explained_absences);
  if (n.report_rows_out_of_scope) out += detail::html_count_row(w.out_of_scope, n.report_rows_out_of_scope);
  out += "</tbody>\n</table>\n";
  if (const auto& skipped = r.base.summary.skipped_rules; !skipped.empty()) {
    out += "<p class=\"where\">" + html_escape(std::string(text::word(language, "validate.skipped"))) + ":";
    for (std::size_t i = 0; i < skipped.size(); ++i) {
      out += std::string(i ? ", " : " ") + html_escape(skipped[i].rule) + " (";
      for (std::size_t j = 0; j < skipped[i].columns.size(); ++j) out += (j ? ", " : "") + html_escape(skipped[i].columns[j]);
      out += ")";
    }
    out += "</p>\n";
  }
  out += "</section>\n";

  // The explained absences: why NIR is not expected to show the case, in words.
  if (!r.absences.empty()) {
    auto word = [&](const char* key) { return html_escape(std::string(text::word(language, key))); };
    out += "<section class=\"absences\">\n<h2>" + html_escape(w.absences) + "</h2>\n<table>\n<caption class=\"sr\">" +
           html_escape(w.absences) + "</caption>\n<thead><tr><th scope=\"col\">" + word("validate.case") +
           "</th><th scope=\"col\">" + word("validate.municipality") + "</th><th scope=\"col\">" +
           word("html.where") + "</th><th scope=\"col\">" + word("html.reason") + "</th></tr></thead>\n<tbody>\n";
    for (const auto& a : r.absences)
      out += "<tr><th scope=\"row\">" + html_escape(a.case_id) + "</th><td>" + html_escape(a.municipality) +
             "</td><td class=\"where\">" +
             (a.line ? html_escape(r.base.summary.participants.file) + ":" + std::to_string(a.line) : std::string()) +
             "</td><td>" + html_escape(detail::absence_label(language, a.reason)) + "</td></tr>\n";
    out += "</tbody>\n</table>\n</section>\n";
  }

  // The findings under what the case worker must do, each a section the filters can empty.
  for (int a = 0; a < detail::action_count; ++a) {
    const auto action = static_cast<detail::Action>(a);
    std::vector<const Finding*> rows;
    for (const Finding& f : r.base.findings)
      if (detail::action_of(f) == action) rows.push_back(&f);
    if (!rows.empty())
      out += detail::html_findings(language, std::string(text::word(language, detail::action_key(action))), rows, true);
  }
  if (r.base.findings.empty()) out += "<p>" + html_escape(w.none) + "</p>\n";

  // The bar chart: one bar per end-reason group of each municipality's total row.
  for (const ResultRow& t : results.rows) {
    if (t.district || t.category || t.legal_basis) continue;
    const std::string chart_title = w.chart + " — " + t.municipality;
    out += "<section class=\"chart\">\n<h2>" + html_escape(chart_title) + "</h2>\n";
    long long max = 1;
    for (const Count& c : t.groups)
      if (!c.suppressed && c.value > max) max = c.value;
    const int bar = 44, gap = 16, height = 160;
    int width = static_cast<int>(result_group_count) * (bar + gap) + gap;
    out += "<svg width=\"" + std::to_string(width) + "\" height=\"" + std::to_string(height + 60) +
           "\" role=\"img\" aria-label=\"" + html_escape(chart_title) + "\">\n";
    for (std::size_t g = 0; g < result_group_count; ++g) {
      const Count& c = t.groups[g];
      int x = gap + static_cast<int>(g) * (bar + gap);
      std::string label(introcheck::label(static_cast<ResultGroup>(g), language));
      if (c.suppressed) {
        out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(height - 20) + "\" width=\"" +
               std::to_string(bar) + "\" height=\"20\" fill=\"none\" stroke=\"#999\" stroke-dasharray=\"3\"/>"
               "<text x=\"" + std::to_string(x + bar / 2) + "\" y=\"" + std::to_string(height - 26) +
               "\" font-size=\"11\" text-anchor=\"middle\">–</text>\n";
      } else {
        int h = static_cast<int>(c.value * (height - 20) / max);
        out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(height - h) + "\" width=\"" +
               std::to_string(bar) + "\" height=\"" + std::to_string(h) + "\" fill=\"#3b6ea5\"/>"
               "<text x=\"" + std::to_string(x + bar / 2) + "\" y=\"" + std::to_string(height - h - 4) +
               "\" font-size=\"11\" text-anchor=\"middle\">" + std::to_string(c.value) + "</text>\n";
      }
      out += "<text x=\"" + std::to_string(x + bar / 2) + "\" y=\"" + std::to_string(height + 14) +
             "\" font-size=\"10\" text-anchor=\"middle\" transform=\"rotate(20 " + std::to_string(x + bar / 2) +
             " " + std::to_string(height + 14) + ")\">" + html_escape(label) + "</text>\n";
    }
    out += "</svg>\n<p class=\"where\">– = " + html_escape(w.suppressed) + "</p>\n</section>\n";
  }
  return out + detail::html_close();
}

}  // namespace introcheck
