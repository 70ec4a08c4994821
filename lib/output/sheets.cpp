// Reports as tables for a spreadsheet (sheets.hpp): the rows, headings and
// labels; the CLI's xlsx writer only lays them out.
#include <introcheck/sheets.hpp>

#include "output/actions.hpp"
#include "output/labels.hpp"
#include "text/catalogue.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace introcheck {
namespace {

// A sheet being filled: columns declared once, rows added as cells.
class SheetBuilder {
 public:
  SheetBuilder(Language language, std::string_view name_key, bool table) : language_(language) {
    sheet_.name = text::word(language, name_key);  // within Excel's limits: tests/sheets.cpp
    sheet_.table = table;
  }
  std::string word(std::string_view key) const { return std::string(text::word(language_, key)); }
  void column(std::string key, std::string_view heading_key, ColumnKind kind = ColumnKind::text) {
    sheet_.columns.push_back({std::move(key), word(heading_key), kind, 8});
  }
  void row(std::vector<Cell> cells) {
    cells.resize(sheet_.columns.size());
    sheet_.rows.push_back(std::move(cells));
  }
  /// A label-value line of a summary.
  void pair(std::string_view label_key, CellValue value) { row({{word(label_key)}, {std::move(value)}}); }
  Sheet done() && {
    // Each column as wide as its widest cell (dates and numbers as written), within 8..80.
    for (std::size_t c = 0; c < sheet_.columns.size(); ++c) {
      std::size_t w = sheet_.table ? detail::utf8_length(sheet_.columns[c].heading) + 3 : 0;  // room for the filter button
      for (const auto& r : sheet_.rows) {
        const CellValue& v = r[c].value;
        if (auto s = std::get_if<std::string>(&v)) w = std::max(w, detail::utf8_length(*s));
        else if (std::holds_alternative<Date>(v)) w = std::max<std::size_t>(w, 10);
        else if (auto n = std::get_if<long long>(&v)) w = std::max(w, std::to_string(*n).size());
        else if (std::holds_alternative<double>(v)) w = std::max<std::size_t>(w, 6);
      }
      sheet_.columns[c].width = static_cast<unsigned>(std::clamp<std::size_t>(w + 1, 8, 80));
    }
    return std::move(sheet_);
  }

 private:
  Language language_;
  Sheet sheet_;
};

CellTone tone_of(const Finding& f) {
  if (f.acknowledged) return CellTone::muted;
  return f.severity == Severity::error ? CellTone::error
         : f.severity == Severity::warning ? CellTone::warning
                                            : CellTone::info;
}

CellValue text_or_empty(const std::string& s) { return s.empty() ? CellValue{} : CellValue{s}; }

// One row a finding; reconcile adds the heading it goes under.
Sheet findings_sheet(std::span<const Finding> findings, Language language, bool with_action) {
  SheetBuilder b(language, "sheet.findings", true);
  b.column("severity", "column.severity");
  if (with_action) b.column("action", "column.action");
  b.column("rule", "column.rule");
  b.column("rule_title", "column.rule_title");
  b.column("case_id", "column.case_id");
  b.column("municipality", "column.municipality");
  b.column("person", "column.person");
  b.column("field", "column.field");
  b.column("message", "column.message");
  b.column("file", "column.file");
  b.column("line", "column.line", ColumnKind::number);
  b.column("acknowledged", "column.acknowledged");
  for (const Finding& f : findings) {
    std::vector<Cell> r;
    r.push_back({detail::severity_label(language, f.severity), tone_of(f)});
    if (with_action) r.push_back({b.word(detail::action_key(detail::action_of(f)))});
    r.push_back({f.rule});
    r.push_back({detail::rule_title(language, f.rule)});
    r.push_back({text_or_empty(f.case_id)});
    r.push_back({text_or_empty(f.municipality)});
    r.push_back({text_or_empty(f.person)});
    r.push_back({f.field.empty() ? CellValue{} : CellValue{detail::field_label(language, f.field)}});
    r.push_back({f.message});
    r.push_back({text_or_empty(f.file)});
    r.push_back({f.line ? CellValue{static_cast<long long>(f.line)} : CellValue{}});
    r.push_back({f.acknowledged ? CellValue{b.word("sheet.yes")} : CellValue{}, f.acknowledged ? CellTone::muted : CellTone::plain});
    b.row(std::move(r));
  }
  return std::move(b).done();
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// A file's lines of the summary: what was read and what became of every row.
void file_lines(SheetBuilder& b, std::string_view label_key, const SourceStats& s, std::size_t with_findings,
                bool clean_rows) {
  b.row({{b.word(label_key)}, {s.file.empty() ? CellValue{} : CellValue{s.file}}});
  b.pair("sheet.rows_read", static_cast<long long>(s.rows_read));
  if (clean_rows) {
    b.pair("sheet.rows_clean", static_cast<long long>(s.accepted));
    b.pair("sheet.rows_with_findings", static_cast<long long>(with_findings));
  } else {
    b.pair("sheet.rows_accepted", static_cast<long long>(s.accepted));
  }
  b.pair("sheet.rows_rejected", static_cast<long long>(s.rejected));
  if (!s.encoding.empty()) b.pair("sheet.encoding", s.encoding);
  if (!s.unknown_columns.empty()) b.pair("sheet.unknown_columns", joined(s.unknown_columns));
}

void validation_summary(SheetBuilder& b, const Summary& s) {
  b.pair("sheet.year", static_cast<long long>(s.year));
  b.pair("sheet.as_of", s.as_of);
  if (s.deadline) {
    b.pair("sheet.deadline", *s.deadline);
    if (s.days_left) b.pair("sheet.days_left", static_cast<long long>(*s.days_left));
  } else {
    b.pair("sheet.deadline", b.word("validate.no_deadline"));
  }
  b.pair("sheet.errors", static_cast<long long>(s.errors));
  b.pair("sheet.warnings", static_cast<long long>(s.warnings));
  b.pair("sheet.infos", static_cast<long long>(s.infos));
  b.pair("column.acknowledged", static_cast<long long>(s.acknowledged));
  file_lines(b, "sheet.participants", s.participants, s.participants_with_findings, true);
  if (s.measure_rules_ran || s.measures.rows_read)
    file_lines(b, "sheet.measures", s.measures, s.measures_with_findings, true);
  if (!s.measure_rules_ran) b.row({{b.word("sheet.no_measures")}});
  if (!s.skipped_rules.empty()) {
    std::vector<std::string> rules;
    for (const SkippedRule& r : s.skipped_rules) {
      std::string columns;
      for (const auto& c : r.columns) columns += (columns.empty() ? "" : ", ") + c;
      rules.push_back(r.rule + " (" + columns + ")");
    }
    b.pair("sheet.skipped", joined(rules));
  }
}

// Capitalised, for a catalogue word that runs on in the text ("rader i rapporten").
std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

Sheet results_sheet(const PublishedResults& results, Language language) {
  SheetBuilder b(language, "results.title", true);
  b.column("municipality", "column.municipality");
  b.column("district", "column.district");
  b.column("category", "column.category");
  b.column("legal_basis", "column.legal_basis");
  b.column("includes_protected", "column.includes_protected");
  b.column("ended", "column.ended", ColumnKind::number);
  for (std::size_t g = 0; g < result_group_count; ++g) {
    auto group = static_cast<ResultGroup>(g);
    b.column(std::string(to_string(group)), "group." + std::string(to_string(group)), ColumnKind::number);
  }
  b.column("share_work_education", "column.share", ColumnKind::share);
  // A suppressed count shows as "-", as in the text and the legend, never as its value.
  auto count = [](const Count& c) {
    return c.suppressed ? Cell{std::string("-"), CellTone::muted} : Cell{c.value};
  };
  for (const ResultRow& r : results.rows) {
    std::vector<Cell> cells;
    cells.push_back({r.municipality});
    cells.push_back({r.district ? CellValue{*r.district} : CellValue{}});
    cells.push_back({r.category ? std::string(label(*r.category, language)) : b.word("results.all")});
    cells.push_back({r.legal_basis ? std::string(label(*r.legal_basis, language)) : b.word("results.all")});
    cells.push_back({r.includes_protected ? CellValue{b.word("sheet.yes")} : CellValue{}});
    cells.push_back(count(r.ended));
    for (const Count& c : r.groups) cells.push_back(count(c));
    if (r.share_suppressed) cells.push_back({std::string("-"), CellTone::muted});
    else cells.push_back({r.share_work_education ? CellValue{*r.share_work_education} : CellValue{}});
    b.row(std::move(cells));
  }
  return std::move(b).done();
}

void results_summary(SheetBuilder& b, const PublishedResults& results) {
  b.pair("sheet.suppress_below", static_cast<long long>(results.suppress_below));
  b.row({{b.word("sheet.suppressed")}});
  if (results.unknown_districts) b.pair("sheet.unknown_districts", static_cast<long long>(results.unknown_districts));
}

}  // namespace

Workbook tabulate(const ValidationReport& report, Language language) {
  Workbook book{std::string(text::word(language, "validate.title")) + " " + std::to_string(report.summary.year),
                report.summary.as_of, language, {}};
  book.sheets.push_back(findings_sheet(report.findings, language, false));
  SheetBuilder summary(language, "validate.summary", false);
  summary.column("label", "validate.summary");
  summary.column("value", "validate.summary");
  validation_summary(summary, report.summary);
  book.sheets.push_back(std::move(summary).done());
  return book;
}

Workbook tabulate(const ReconcileReport& report, Language language) {
  Workbook book{std::string(text::word(language, "reconcile.title")), report.base.summary.as_of, language, {}};
  book.sheets.push_back(findings_sheet(report.base.findings, language, true));

  // The accounting first: every row of NIR's report and every case ended in
  // scope is counted once, as the text and the JSON count them.
  SheetBuilder summary(language, "validate.summary", false);
  summary.column("label", "validate.summary");
  summary.column("value", "validate.summary");
  auto count = [&](std::string_view key, std::size_t n) {
    summary.row({{capitalised(summary.word(key))}, {static_cast<long long>(n)}});
  };
  summary.pair("sheet.scope", joined(report.municipalities));
  const ReconciliationCounts& n = report.counts;
  count("reconcile.report_rows", n.report_rows);
  count("reconcile.matched_equal", n.matched_equal);
  count("reconcile.matched_with", n.matched_with_discrepancies);
  count("reconcile.unmatched", n.unmatched_report_rows);
  count("reconcile.ended", n.ended_in_scope);
  count("reconcile.missing", n.missing_from_report);
  count("reconcile.explained", n.explained_absences);
  count("reconcile.out_of_scope", n.report_rows_out_of_scope);
  file_lines(summary, "sheet.nir_report", report.nir_source, 0, false);
  validation_summary(summary, report.base.summary);
  book.sheets.push_back(std::move(summary).done());

  SheetBuilder absences(language, "reconcile.absences", true);
  absences.column("case_id", "column.case_id");
  absences.column("municipality", "column.municipality");
  absences.column("line", "column.line", ColumnKind::number);
  absences.column("reason", "column.reason");
  for (const ExplainedAbsence& a : report.absences) {
    absences.row({{a.case_id}, {a.municipality}, {a.line ? CellValue{static_cast<long long>(a.line)} : CellValue{}},
                  {detail::absence_label(language, a.reason)}});
  }
  book.sheets.push_back(std::move(absences).done());
  book.sheets.push_back(results_sheet(report.results, language));
  return book;
}

Workbook tabulate(const PublishedResults& results, int year, Date as_of, Language language) {
  Workbook book{std::string(text::word(language, "results.title")) + " " + std::to_string(year), as_of, language, {}};
  book.sheets.push_back(results_sheet(results, language));
  SheetBuilder summary(language, "validate.summary", false);
  summary.column("label", "validate.summary");
  summary.column("value", "validate.summary");
  summary.pair("sheet.year", static_cast<long long>(year));
  summary.pair("sheet.as_of", as_of);
  results_summary(summary, results);
  book.sheets.push_back(std::move(summary).done());
  return book;
}

}  // namespace introcheck
