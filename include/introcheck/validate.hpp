// Year-end validation: every rule of the catalogue over one dataset.
//
// Definitions used by every rule (reporting year Y, as-of date T):
// - took part in Y: the participation's period overlaps Y;
// - ended in Y: the end date is in Y and not after T;
// - two participations overlap when they share a day, except that one may
//   start on the day the previous one ended;
// - program length runs from the start to the end date, or to min(T, 31
//   December Y) when open; "n years" is the same calendar date n years later
//   (29 February -> 28 February), plus approved leave days.
#pragma once

#include <introcheck/calendar.hpp>
#include <introcheck/code_list.hpp>
#include <introcheck/config.hpp>
#include <introcheck/dataset.hpp>
#include <introcheck/environment.hpp>
#include <introcheck/finding.hpp>
#include <introcheck/municipality.hpp>
#include <introcheck/rules.hpp>

#include <map>
#include <optional>
#include <string>
#include <span>
#include <vector>

namespace introcheck {

/// What belongs to one run; everything else is in the Environment.
struct ValidationOptions {
  int year = 0;                  ///< the reporting year Y
  Date as_of;                    ///< T; not_a_date_time = today in Europe/Oslo
  std::optional<Date> deadline;  ///< overrides the deadline table
  /// Renders each finding's message (ICU, in the environment's language).
  /// False leaves Finding::message empty, for a caller that counts findings
  /// or reads a few: render_message() or render_messages() gives the text
  /// when it is needed, the same text a rendering run gives.
  bool render_messages = true;
};

/// A rule that did not run, and why ("the participants have no column end_goal").
struct SkippedRule {
  std::string rule;
  std::string reason;
  std::vector<std::string> columns;  ///< what it lacks, each "a", or "a/b" where either would do
};

struct Summary {
  int year = 0;
  Date as_of;
  std::size_t errors = 0, warnings = 0, infos = 0;  ///< not counting acknowledged findings
  std::size_t acknowledged = 0;
  std::map<std::string, std::size_t> by_rule;  ///< every finding, acknowledged included
  /// In the summary, `accepted` counts the rows without any finding, so that
  /// rows_read = accepted + rows with findings + rejected, for every file.
  SourceStats participants;
  SourceStats measures;
  std::size_t participants_with_findings = 0;  ///< rows that have at least one finding
  std::size_t measures_with_findings = 0;
  bool measure_rules_ran = false;
  std::vector<SkippedRule> skipped_rules;  ///< rules a missing column kept from running, by id
  /// In force on as_of, moved to a working day: the announced date until it
  /// has passed, then the reopened one where IMDi reopened (Deadline::in_force).
  std::optional<Date> deadline;
  std::optional<Date> deadline_announced;
  std::optional<Date> deadline_reopened;
  std::optional<long> days_left;
  std::map<std::string, std::string> data_versions;  ///< municipalities, end_reasons, measures, deadlines, config
};

struct ValidationReport {
  std::vector<Finding> findings;  ///< ordered by file, line, rule, field
  Summary summary;
};

/// Runs every rule. Reads `dataset` and `environment` only; safe to call from
/// several threads on the same dataset.
ValidationReport validate(const Dataset& dataset, const Environment& environment,
                          const ValidationOptions& options);

/// Orders `report.findings` (file, line, rule, field) and recomputes the
/// summary's counts from them: after merging findings of several runs.
void summarize(ValidationReport& report);

/// The message of `finding` in `language`, rendered from its params; a
/// code it names shows as its label in that language, from the builtin lists.
std::string render_message(const Finding& finding, Language language);
/// The same in the environment's language, with labels from its code lists.
std::string render_message(const Finding& finding, const Environment& environment);
/// Renders the message of each finding that has none (a run with
/// render_messages = false), on the environment's threads.
void render_messages(std::span<Finding> findings, const Environment& environment);

}  // namespace introcheck
