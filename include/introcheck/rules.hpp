// The rule catalogue: stable ids, default severities, titles and sources.
//
// Ids never change meaning once released; new rules get new ids. Severity is
// data: a configuration can override it per rule.
#pragma once

#include <introcheck/finding.hpp>
#include <introcheck/language.hpp>

#include <span>
#include <string_view>

namespace introcheck {

/// A rule's entry. Its texts come from the language catalogues (keys
/// rule.<id>.title and rule.<id>.message), filled in here for callers of
/// rule_catalogue() and find_rule().
struct RuleInfo {
  std::string_view id;
  Severity severity = Severity::error;  ///< the default
  std::string_view title_en = {};
  std::string_view title_nb = {};
  std::string_view source = {};  ///< law or IMDi guidance the rule rests on
  std::string_view message_nb = {};  ///< ICU MessageFormat patterns over the finding's params
  std::string_view message_nn = {};
  std::string_view message_en = {};
  /// The params the rule passes, space-separated; a name ending in '*' is
  /// data for vendors that no message shows.
  std::string_view params = {};
  /// Columns the rule reads that older files may lack, space-separated; a
  /// `|` joins alternatives ("legal_basis permit_date|arrival_date"), and
  /// `measure.` names a column of the measures ("measure.hours_per_week").
  /// Without them the rule is skipped and the summary's skipped_rules says why.
  std::string_view needs = {};
};

/// Every rule, ordered by id.
std::span<const RuleInfo> rule_catalogue();

/// The rule with this id, or nullptr.
const RuleInfo* find_rule(std::string_view id);

}  // namespace introcheck
