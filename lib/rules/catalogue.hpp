// Internal: each rule family's catalogue entries, defined beside the rules
// themselves; rule_catalogue.cpp merges them into one list ordered by id.
#pragma once

#include <introcheck/rules.hpp>

#include <span>
#include <string_view>

namespace introcheck::rules {

std::span<const RuleInfo* const> record_catalogue();          // IC001-IC015, record_rules.cpp
std::span<const RuleInfo* const> year_end_catalogue();        // IC101-IC111, year_end_rules.cpp
std::span<const RuleInfo* const> integration_catalogue();     // IC112-IC120, integration_rules.cpp
std::span<const RuleInfo* const> attribution_catalogue();     // IC201-IC205, attribution_rules.cpp
std::span<const RuleInfo* const> reconciliation_catalogue();  // IC401-IC409, reconciliation_rules.cpp

/// Whether `rule` is one of the reconciliation's (IC401-IC409) rather than validate()'s.
bool is_reconciliation_rule(std::string_view rule);

/// Whether `rule` runs only when measures were given: without a measures file
/// it does not run at all (Summary::measure_rules_ran is false), where IC103
/// and IC119 still run on the participation alone. For outputs that list
/// every rule that ran (JUnit); tests/validate.cpp checks the list.
bool runs_only_with_measures(std::string_view rule);

}  // namespace introcheck::rules
