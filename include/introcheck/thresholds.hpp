// Rule thresholds: program lengths, ages, day counts. All are data, read from
// the configuration (lib/data/defaults.conf names the source of each).
#pragma once

#include <introcheck/code_list.hpp>

namespace introcheck {

/// Program length per legal basis: normal length, and the maximum with an extension.
struct ProgramLength {
  int normal_years = 0;
  int max_years = 0;
};

/// Rule thresholds. All are data: see lib/data/defaults.conf for their sources.
struct Thresholds {
  ProgramLength introduksjonsloven;
  ProgramLength integreringsloven;
  int gap_days = 0;              ///< IC110: a longer gap between measures warns
  int inactivity_days = 0;       ///< IC111: open participation with no measure this long
  int moved_restart_days = 0;    ///< IC103: new participation this soon after "flyttet"
  int min_age = 0;               ///< IC108: rett og plikt from this age ...
  int max_age = 0;               ///< ... to below this age
  int settlement_years = 0;      ///< IC109: start this long after settlement warns
  int reform_deadline_fallback_month = 0;  ///< IC203 without a known deadline: end of this month
  const ProgramLength& length(LegalBasis b) const {
    return b == LegalBasis::introduksjonsloven ? introduksjonsloven : integreringsloven;
  }
};

}  // namespace introcheck
