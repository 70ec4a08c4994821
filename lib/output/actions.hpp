// Internal: what a case worker must do about a reconciliation's finding, the
// heading it goes under in every output that groups them (text, HTML, xlsx).
#pragma once

#include <introcheck/finding.hpp>
#include <introcheck/rule_ids.hpp>

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace introcheck::detail {

enum class Action { fix_in_nir, fix_in_either, information, fix_in_case_system };
inline constexpr int action_count = 4;

inline Action action_of(const Finding& f) {
  namespace id = rule_ids;
  auto is = [&](std::initializer_list<std::string_view> rules) {
    return std::find(rules.begin(), rules.end(), f.rule) != rules.end();
  };
  if (is({id::IC401, id::IC402, id::IC406})) return Action::fix_in_nir;
  if (is({id::IC403, id::IC404, id::IC405, id::IC407})) return Action::fix_in_either;
  if (is({id::IC408, id::IC409})) return Action::information;
  return Action::fix_in_case_system;  // validation findings
}

/// The catalogue key of the action's heading.
inline std::string_view action_key(Action a) {
  switch (a) {
    case Action::fix_in_nir: return "reconcile.in_nir";
    case Action::fix_in_either: return "reconcile.both";
    case Action::information: return "reconcile.info";
    case Action::fix_in_case_system: break;
  }
  return "reconcile.validation";
}

}  // namespace introcheck::detail
