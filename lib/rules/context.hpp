// Internal: what every rule sees — the dataset, its index, the options — and
// how it reports a finding.
#pragma once

#include <introcheck/validate.hpp>

#include "util/groups.hpp"
#include "util/parallel.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck::rules {

using Index = std::uint32_t;

/// What the rules look up, built once per validation and shared, read-only,
/// by the parts that run on several threads.
struct CaseIndex {
  detail::Groups measures_of;          // by participation, sorted by start
  std::vector<Index> orphan_measures;  // case_id matches no participation
  detail::Groups persons;              // participations per person, by start date
  std::vector<Index> person_of;        // participation -> person, or UINT32_MAX without a valid id
  // participation -> the person's first later participation in the same
  // follow-up municipality starting on or after its end, or UINT32_MAX
  std::vector<Index> next_in_same_place;
  std::vector<Index> duplicate_of;     // participation -> first with its case_id, or self
  std::vector<Index> owner_of_measure; // measure -> participation, or UINT32_MAX
};

CaseIndex build_index(const Dataset& data, unsigned threads);

/// Indices [begin, end) of participations, measures or persons: one part's share.
struct Range {
  Index begin = 0, end = 0;
};

/// [0, n) cut into `parts` ranges as equal as they come.
inline std::vector<Range> split(std::size_t n, unsigned parts) {
  std::vector<Range> out;
  for (unsigned k = 0; k < parts; ++k) {
    detail::Share s = detail::share(n, k, parts);
    out.push_back({static_cast<Index>(s.begin), static_cast<Index>(s.end)});
  }
  return out;
}

class Context {
 public:
  /// `skipped`: the rules that do not run on this dataset (detail::skipped_rules), computed once a run.
  Context(const Dataset& dataset, const Environment& environment, const ValidationOptions& options,
          const CaseIndex& index, std::span<const SkippedRule> skipped);

  const Dataset& data;
  const Environment& env;
  const ValidationOptions& options;
  const Config& config;
  const Thresholds& limits;
  const Municipalities& municipalities;
  const DeadlineTable& deadlines;
  int year;
  Date as_of;       // T
  Date year_start;  // 1 January Y
  Date year_end;    // 31 December Y

  const CaseIndex& index;
  const detail::Groups& measures_of;
  const std::vector<Index>& orphan_measures;
  const detail::Groups& persons;
  const std::vector<Index>& duplicate_of;

  /// A new finding about participation `p`, with file, line, person and
  /// municipality filled in. Params are added by the caller.
  Finding& report(std::string_view rule, ParticipationView p, std::string_view field);
  /// A new finding about measure `m` (its participation, when known, gives person and municipality).
  Finding& report(std::string_view rule, MeasureView m, std::string_view field);
  /// A new finding about a whole municipality.
  Finding& report_municipality(std::string_view rule, std::string_view municipality);

  /// Took part in Y: the period overlaps Y. False when a date is unusable.
  bool took_part(ParticipationView p) const;
  /// The end the case system registered, when it ended `p` in Y (not after
  /// T); nothing for a covid extension, which NIR ends itself.
  std::optional<Date> registered_end_in_year(ParticipationView p) const;
  /// The last day counted for program length: the end date, or min(T, 31 December Y).
  std::optional<Date> counted_until(ParticipationView p) const;
  /// The participation a measure belongs to, if any.
  std::optional<ParticipationView> owner(MeasureView m) const;

  std::vector<Finding> findings;

  /// False for a rule that a missing column keeps from running (RuleInfo::needs).
  bool runs(std::string_view rule) const;

 private:
  std::span<const SkippedRule> skipped_;
  std::string person_text(ParticipationView p) const;
};

// The rule families. Those over cases take the part they cover; the findings
// of a family over all parts, in part order, are those of one part over all.
void record_rules(Context& c, Range participations);
void measure_rules(Context& c, Range measures);
void year_end_rules(Context& c, Range participations);
void integration_rules(Context& c, Range participations);
void person_rules(Context& c, Range persons);
void attribution_rules(Context& c);

/// Adds a parameter.
inline void param(Finding& f, std::string name, ParamValue value) {
  f.params.push_back({std::move(name), std::move(value)});
}

}  // namespace introcheck::rules
