// The rule catalogue: every family's entries, merged once into one list
// ordered by id, with their texts from the language catalogues. The entries
// themselves sit beside their rules.
#include <introcheck/rule_ids.hpp>
#include <introcheck/rules.hpp>

#include "rules/catalogue.hpp"
#include "text/catalogue.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace introcheck {
namespace {

const std::vector<RuleInfo>& merged() {
  static const std::vector<RuleInfo> all = [] {
    std::vector<RuleInfo> out;
    for (auto family : {rules::record_catalogue(), rules::year_end_catalogue(), rules::integration_catalogue(),
                        rules::attribution_catalogue(),
                        rules::reconciliation_catalogue()})
      for (const RuleInfo* entry : family) {
        RuleInfo r = *entry;
        std::string rule = "rule." + std::string(r.id);
        r.title_en = text::word(Language::en, rule + ".title");
        r.title_nb = text::word(Language::nb, rule + ".title");
        r.message_nb = text::word(Language::nb, rule + ".message");
        r.message_nn = text::word(Language::nn, rule + ".message");
        r.message_en = text::word(Language::en, rule + ".message");
        out.push_back(r);
      }
    std::sort(out.begin(), out.end(), [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
    return out;
  }();
  return all;
}

}  // namespace

std::span<const RuleInfo> rule_catalogue() { return merged(); }

const RuleInfo* find_rule(std::string_view id) {
  // Every finding looks its rule up several times (severity, message, counts).
  static const std::unordered_map<std::string_view, const RuleInfo*> by_id = [] {
    std::unordered_map<std::string_view, const RuleInfo*> m;
    for (const auto& r : merged()) m.emplace(r.id, &r);
    return m;
  }();
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : it->second;
}

namespace rules {

bool is_reconciliation_rule(std::string_view rule) {
  for (const RuleInfo* entry : reconciliation_catalogue())
    if (entry->id == rule) return true;
  return false;
}

bool runs_only_with_measures(std::string_view rule) {
  namespace id = rule_ids;
  // The measure rows' own checks and those that look at a participation's
  // measures (record_rules.cpp measure_rules, year_end_rules.cpp,
  // integration_rules.cpp).
  for (std::string_view r : {id::IC009, id::IC011, id::IC014, id::IC102, id::IC104, id::IC110, id::IC111,
                             id::IC115, id::IC120})
    if (r == rule) return true;
  return false;
}

}  // namespace rules
}  // namespace introcheck
