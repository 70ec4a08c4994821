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
//   [columns.participants]
//   Personnr = person_id       # the vendor's header = field (mapping.hpp)
//   [values.end_reason]
//   AH = arbeid_heltid         # the vendor's value = code
//
// The defaults are embedded (lib/data/defaults.conf); a vendor's file is read
// on top of them, so it only names what it changes.
#pragma once

#include <introcheck/code_list.hpp>
#include <introcheck/finding.hpp>
#include <introcheck/mapping.hpp>
#include <introcheck/result.hpp>
#include <introcheck/thresholds.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace introcheck {

struct Config {
  Thresholds thresholds;
  std::map<std::string, Severity, std::less<>> severity;  ///< overrides by rule id
  std::set<std::pair<std::string, std::string>> acknowledged;  ///< (rule, case_id)
  /// The vendor's column names and codes: [columns.participants],
  /// [columns.measures] and [values.FIELD]. Empty by default.
  Mapping mapping;
  std::string version;  ///< "builtin-<n>" or "custom-<hash>"

  /// The embedded defaults.
  static const Config& defaults();

  /// Reads `text` on top of `base`. Unknown sections, keys or rule ids are
  /// errors naming the line, so a typo never silently changes nothing.
  static Result<Config> parse(std::string_view text, std::string_view source, const Config& base);
  /// Reads the file at `path` (at most 1 MiB) on top of `base`.
  static Result<Config> load(const std::string& path, const Config& base);

  Severity severity_of(std::string_view rule, Severity fallback) const;
  bool is_acknowledged(std::string_view rule, std::string_view case_id) const;
};

}  // namespace introcheck
