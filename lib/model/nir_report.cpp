// NIR's report: its filters, and the names of its columns.
#include <introcheck/nir_report.hpp>

#include "util/text.hpp"

namespace introcheck {

bool ReportScope::includes_place(std::string_view m, std::string_view d) const {
  if (municipality && m != *municipality) return false;
  if (district && d != *district) return false;
  return true;
}

bool ReportScope::includes_category(Category c) const {
  switch (c) {
    case Category::rett_og_plikt: return rett_og_plikt;
    case Category::kan_tilbys: return kan_tilbys;
    case Category::rett_6a: return rett_6a;
  }
  return false;
}

bool ReportScope::includes_reason(bool has_reason) const { return has_reason ? registered : unregistered; }

namespace {

Error option_error(std::string_view option, std::string message) {
  return Error{ErrorCode::invalid_argument, std::move(message), {}, 0, std::string(option)};
}

// Calls `item` for each comma-separated, trimmed, non-empty item.
template <class Fn>
bool each_item(std::string_view text, Fn&& item) {
  bool any = false;
  while (!text.empty()) {
    std::size_t comma = text.find(',');
    std::string_view part = text.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) {
      if (!item(part)) return false;
      any = true;
    }
    text.remove_prefix(comma == std::string_view::npos ? text.size() : comma + 1);
  }
  return any;
}

}  // namespace

Result<void> parse_scope_place(std::string_view text, ReportScope& scope) {
  std::string_view m = text.substr(0, text.find('/'));
  if (m.size() != 4 || !detail::all_digits(m))
    return option_error("municipality", "expected CODE or CODE/DISTRICT with a 4-digit code, not '" +
                                            std::string(text) + "'");
  scope.municipality = std::string(m);
  if (auto slash = text.find('/'); slash != std::string_view::npos) {
    std::string_view d = text.substr(slash + 1);
    if (d.size() != 6 || !detail::all_digits(d) || d.substr(0, 4) != m)
      return option_error("municipality", "a district has 6 digits starting with its municipality, not '" +
                                              std::string(d) + "'");
    scope.district = std::string(d);
  }
  return outcome::success();
}

Result<void> parse_scope_categories(std::string_view text, ReportScope& scope) {
  ReportScope chosen;
  chosen.rett_og_plikt = chosen.kan_tilbys = chosen.rett_6a = false;
  bool ok = each_item(text, [&](std::string_view item) {
    auto c = parse_category(item);
    if (!c) return false;
    switch (*c) {
      case Category::rett_og_plikt: chosen.rett_og_plikt = true; break;
      case Category::kan_tilbys: chosen.kan_tilbys = true; break;
      case Category::rett_6a: chosen.rett_6a = true; break;
    }
    return true;
  });
  if (!ok)
    return option_error("category", "expected one or more of rett_og_plikt, kan_tilbys, rett_6a (comma-separated), not '" +
                                        std::string(text) + "'");
  scope.rett_og_plikt = chosen.rett_og_plikt;
  scope.kan_tilbys = chosen.kan_tilbys;
  scope.rett_6a = chosen.rett_6a;
  return outcome::success();
}

Result<void> parse_scope_end_reasons(std::string_view text, ReportScope& scope) {
  bool reg = false, unreg = false;
  bool ok = each_item(text, [&](std::string_view item) {
    if (item == "registered") reg = true;
    else if (item == "unregistered") unreg = true;
    else return false;
    return true;
  });
  if (!ok)
    return option_error("end-reason", "expected registered, unregistered or both, not '" + std::string(text) + "'");
  scope.registered = reg;
  scope.unregistered = unreg;
  return outcome::success();
}

std::string_view to_string(NirField f) {
  static constexpr std::string_view names[nir_field_count] = {
      "person_id", "duf_number", "name", "category", "residence_municipality",
      "residence_district", "follow_up_municipality", "start_date", "end_date", "end_reason"};
  return names[static_cast<std::size_t>(f)];
}

}  // namespace introcheck
