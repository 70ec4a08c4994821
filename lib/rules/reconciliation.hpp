// Internal: what the reconciliation rules (IC401-IC409) see — both sides of
// the comparison — and the three situations matching leaves them: a report
// row matched to a participation, a row matched to none, and a participation
// missing from the report. Matching itself is lib/reconcile/'s.
#pragma once

#include <introcheck/environment.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/validate.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace introcheck::rules {

class Comparison {
 public:
  Comparison(const Dataset& dataset, const NirReport& report, const Environment& environment, int year, Date as_of);

  const Dataset& data;
  const NirReport& report;
  const Environment& env;
  const Config& config;
  int year;
  Date as_of;
  std::vector<Finding> findings;

  /// A new finding about a report row, and the participation it stands for when known.
  Finding& report_row(std::string_view rule, const NirRow& row, std::optional<ParticipationView> p,
                      std::string_view field);
  /// A new finding about a participation of the case system.
  Finding& report_participation(std::string_view rule, ParticipationView p, std::string_view field);
};

/// A row matched to the participation it stands for: IC403-IC406, IC408,
/// IC409. True when one of them is an error or a warning under the
/// configuration, i.e. the row has a discrepancy.
bool matched_row_rules(Comparison& c, const NirRow& row, ParticipationView p);

/// A row that matches no ended participation: IC401 when the person is known
/// (`known`: their latest participation), IC407 when not.
void unmatched_row_rules(Comparison& c, const NirRow& row, std::optional<ParticipationView> known);

/// A participation ended in scope that the report lacks, and nothing explains: IC402.
void missing_row_rules(Comparison& c, ParticipationView p);

}  // namespace introcheck::rules
