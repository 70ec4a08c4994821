// Reports as tables for a spreadsheet: what `introcheck ... --format xlsx`
// writes, as plain values with headings and labels in the chosen language,
// so that a writer (the CLI's, on libxlsxwriter, or a vendor's own) only
// lays them out. The C ABI does not offer them; the library links no
// spreadsheet writer.
//
// Every finding is a row of the findings sheet, in the report's order; a
// column's `key` is its stable English name (as the CSV's columns), its
// `heading` the word a case worker reads.
#pragma once

#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/validate.hpp>

#include <string>
#include <variant>
#include <vector>

namespace introcheck {

/// Empty, text, a whole number, a share (0..1) or a date.
using CellValue = std::variant<std::monostate, std::string, long long, double, Date>;

/// How a writer may colour a cell: by a finding's severity, or muted (an
/// acknowledged finding, a suppressed count).
enum class CellTone { plain, error, warning, info, muted };

struct Cell {
  CellValue value;
  CellTone tone = CellTone::plain;
};

/// What a column holds, for its number format.
enum class ColumnKind { text, number, share, date };

struct SheetColumn {
  std::string key;      ///< stable: "severity", "rule", "case_id", ...
  std::string heading;  ///< in the chosen language
  ColumnKind kind = ColumnKind::text;
  unsigned width = 10;  ///< in characters: the widest cell, within 8..80
};

struct Sheet {
  std::string name;  ///< at most 31 characters, none of []:*?/\ (Excel's limits)
  /// A table has a header row to freeze and filter; a list of label-value
  /// pairs (the summary) has none.
  bool table = true;
  std::vector<SheetColumn> columns;
  std::vector<std::vector<Cell>> rows;  ///< each as many cells as columns
};

struct Workbook {
  std::string title;
  Date created;  ///< the run's as-of date, so the same input gives the same file
  Language language = Language::nb;
  std::vector<Sheet> sheets;
};

/// Findings, then the summary (counts, files, rules not run, deadline).
Workbook tabulate(const ValidationReport& report, Language language);
/// Findings with what to do about each, the summary with the reconciliation's
/// accounting, the explained absences and the results of the scope.
Workbook tabulate(const ReconcileReport& report, Language language);
/// The results, then a summary (year, as-of, the suppression threshold).
Workbook tabulate(const PublishedResults& results, int year, Date as_of, Language language);

}  // namespace introcheck
