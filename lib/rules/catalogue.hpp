// Internal: each rule family's catalogue entries, defined beside the rules
// themselves; rule_catalogue.cpp merges them into one list ordered by id.
#pragma once

#include <introcheck/rules.hpp>

#include <span>

namespace introcheck::rules {

std::span<const RuleInfo* const> record_catalogue();          // IC001-IC015, record_rules.cpp
std::span<const RuleInfo* const> year_end_catalogue();        // IC101-IC111, year_end_rules.cpp
std::span<const RuleInfo* const> integration_catalogue();     // IC112-IC120, integration_rules.cpp
std::span<const RuleInfo* const> attribution_catalogue();     // IC201-IC205, attribution_rules.cpp
std::span<const RuleInfo* const> reconciliation_catalogue();  // IC401-IC409, reconciliation_rules.cpp

}  // namespace introcheck::rules
