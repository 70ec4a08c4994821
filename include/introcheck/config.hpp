// Configuration: rule thresholds, severity overrides and acknowledged findings.
//
// Text format, one setting a line, '#' starts a comment:
//
//   [thresholds]
//   gap_days = 42
//   [program_length.introduksjonsloven]
//   normal_years = 2
//   max_years = 3
//   [severity]
//   IC106 = info
//   [acknowledged]
//   IC103 = K-1001, K-1002     # rule = case_id, case_id, ...
//
// The defaults are embedded (lib/data/defaults.conf); a vendor's file is read
// on top of them, so it only names what it changes.
#pragma once

#include <introcheck/code_list.hpp>
#include <introcheck/finding.hpp>
#include <introcheck/result.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

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

struct Config {
  Thresholds thresholds;
  std::map<std::string, Severity, std::less<>> severity;  ///< overrides by rule id
  std::set<std::pair<std::string, std::string>> acknowledged;  ///< (rule, case_id)
  std::string version;  ///< "builtin-<n>" or "custom-<hash>"

  /// The embedded defaults.
  static const Config& defaults();

  /// Reads `text` on top of `base`. Unknown sections, keys or rule ids are
  /// errors naming the line, so a typo never silently changes nothing.
  static Result<Config> parse(std::string_view text, std::string_view source, const Config& base);

  Severity severity_of(std::string_view rule, Severity fallback) const;
  bool is_acknowledged(std::string_view rule, std::string_view case_id) const;
};

}  // namespace introcheck
