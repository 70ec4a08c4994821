// Reconciliation: NIR's report, as exported, against the case system, line by
// line, as IMDi asks municipalities to do after registering.
//
// Matching is one-to-one. A report row matches a person by any of their ids
// (fødselsnummer, D-nummer or DUF number); among the candidate participations
// (each person's latest end in Y) it takes, in order: the same follow-up
// municipality, the same end date, the latest end in Y, the most overlapping
// days, the smallest case_id. Accounting, always:
//   report_rows    = matched_equal + matched_with_discrepancies + unmatched_report_rows
//   ended_in_scope = matched_equal + matched_with_discrepancies + missing_from_report
//                    + explained_absences
#pragma once

#include <introcheck/nir_report.hpp>
#include <introcheck/results.hpp>
#include <introcheck/validate.hpp>

#include <string>
#include <vector>

namespace introcheck {

/// What belongs to one run; everything else is in the Environment.
struct ReconcileOptions {
  int year = 0;
  Date as_of;  ///< not_a_date_time: today in Europe/Oslo
  /// Narrows the comparison like NIR's filters. Without a municipality, the
  /// scope is the follow-up municipalities present in the report.
  ReportScope scope;
  /// Also runs validate() and reports its findings with the reconciliation's.
  bool with_validation = false;
  std::optional<Date> deadline;  ///< overrides the deadline table
  bool render_messages = true;   ///< as ValidationOptions::render_messages
};

struct ReconciliationCounts {
  std::size_t report_rows = 0;  ///< rows in scope
  std::size_t matched_equal = 0;
  std::size_t matched_with_discrepancies = 0;  ///< with an error or warning
  std::size_t unmatched_report_rows = 0;
  std::size_t ended_in_scope = 0;  ///< persons ended in Y in the case system, in scope
  std::size_t missing_from_report = 0;
  std::size_t explained_absences = 0;
  std::size_t report_rows_out_of_scope = 0;  ///< rows read but outside the scope
};

/// A participation ended in scope that is rightly not in the report.
struct ExplainedAbsence {
  std::string case_id;
  std::string municipality;
  std::size_t line = 0;  ///< in the participants file
  /// "protected_address", "covid_extension" (ended by NIR another year) or
  /// "outside_filters" (category or end-reason filter).
  std::string reason;
};

struct ReconcileReport {
  ValidationReport base;  ///< findings (IC401-IC409) and summary
  ReconciliationCounts counts;
  std::vector<ExplainedAbsence> absences;
  std::vector<std::string> municipalities;  ///< the scope that was compared
  SourceStats nir_source;
  /// The case system's results for the scope (the HTML page's chart): for the
  /// one municipality compared, or for all when there were several.
  PublishedResults results;
  /// validate()'s findings are in `base` too (ReconcileOptions::with_validation).
  bool with_validation = false;
};

/// Reads `dataset`, `report` and `environment` only.
ReconcileReport reconcile(const Dataset& dataset, const NirReport& report, const Environment& environment,
                          const ReconcileOptions& options);

}  // namespace introcheck
