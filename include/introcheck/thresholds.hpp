// Rule thresholds: program lengths, ages, day counts. All are data, read from
// the configuration (lib/data/defaults.conf names the source of each).
#pragma once

#include <introcheck/code_list.hpp>
#include <introcheck/legal_basis.hpp>

#include <string_view>
#include <vector>

namespace introcheck {

/// The end-goal groups of integreringsloven § 13 that set a program's length.
/// Introduksjonsloven and chapter 6A have one length each: group `other`.
enum class LengthGroup {
  other,            ///< work, primary school, part of upper secondary: 2 years, 3 at most
  short_track,      ///< "short": completed upper secondary or higher: 6 months, 12 at most
  upper_secondary,  ///< aiming at completed upper secondary: 3 years, 4 at most
};
std::string_view to_string(LengthGroup g);  ///< "other", "short", "upper_secondary"

/// A program's normal and maximum length for programs that start on or after
/// `from` (until the next period of the same basis and group).
struct LengthPeriod {
  LegalBasis basis;
  LengthGroup group;
  Date from;  ///< earliest_date(): since the act began
  int normal_months = 0;
  int max_months = 0;
};

/// Rett og plikt ages for a basis, for programs (introduksjonsloven) or
/// permits (integreringsloven) from `from`.
struct AgePeriod {
  LegalBasis basis;
  Date from;
  int min_age = 0;  ///< from this age ...
  int max_age = 0;  ///< ... to below this age
};

/// Rule thresholds. All are data: see lib/data/defaults.conf for their sources.
struct Thresholds {
  int gap_days = 0;              ///< IC110: a longer gap between measures warns
  int inactivity_days = 0;       ///< IC111: open participation with no measure this long
  int moved_restart_days = 0;    ///< IC103: new participation this soon after "flyttet"
  int min_age = 0;               ///< IC108: rett og plikt from this age ... (every basis, unless [age.*])
  int max_age = 0;               ///< ... to below this age
  int settlement_years = 0;      ///< IC109: start this long after settlement warns
  int reform_deadline_fallback_month = 0;  ///< IC203 without a known deadline: end of this month
  int start_months = 0;          ///< IC114: start this long after settlement warns
  int content_months = 0;        ///< IC115: programs at least this long need the minimum content
  int plan_months = 0;           ///< IC116: an integreringsplan once the program is this old
  int registration_months = 0;   ///< IC119: NIR registered at most this long after an event
  int full_time_hours = 0;       ///< IC120: a week below this many hours is below full time
  int below_full_time_weeks = 0; ///< IC120: more weeks than this below full time warn
  int work_hours_6a = 0;         ///< IC120: chapter 6A's work-oriented hours a week ...
  int work_hours_6a_from_month = 0;  ///< ... from this month of the program on
  BasisDates basis_dates;  ///< which act a participation is under ([legal_basis])
  std::vector<LengthPeriod> lengths;  ///< [program_length.*], in the order read
  std::vector<AgePeriod> ages;        ///< [age.*], in the order read

  /// The length for a program under `basis` in `group` that starts on
  /// `start`: the latest period from on or before it (a group without
  /// periods of its own uses `other`'s). Nothing when none is configured.
  const LengthPeriod* length(LegalBasis basis, LengthGroup group, Date start) const;
  /// The ages for `basis` on `on` (the start, or the permit date).
  AgePeriod age(LegalBasis basis, Date on) const;
};

}  // namespace introcheck
