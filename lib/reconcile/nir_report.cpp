#include <introcheck/calendar.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/validate.hpp>

#include "import_util.hpp"
#include "persons.hpp"

#include <tuple>

namespace introcheck {

bool ReportScope::includes_place(std::string_view m, std::string_view d) const {
  if (municipality && m != *municipality) return false;
  if (district && d != *district) return false;
  return true;
}

bool ReportScope::includes_category(Category c) const {
  return c == Category::rett_og_plikt ? rett_og_plikt : kan_tilbys;
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
  bool rop = false, kt = false;
  bool ok = each_item(text, [&](std::string_view item) {
    auto c = parse_category(item);
    if (!c) return false;
    (*c == Category::rett_og_plikt ? rop : kt) = true;
    return true;
  });
  if (!ok) return option_error("category", "expected rett_og_plikt, kan_tilbys or both, not '" + std::string(text) + "'");
  scope.rett_og_plikt = rop;
  scope.kan_tilbys = kt;
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

std::optional<NirEnd> nir_end(const Participation& p, const Thresholds& limits) {
  if (p.is_covid_extension()) {
    auto basis = p.legal_basis_or_default();
    if (!basis || p.leave_days.is_invalid()) return std::nullopt;
    Date end = add_years(p.start_date.value, limits.length(*basis).max_years) +
               boost::gregorian::days(p.leave_days.value_or(0));
    return NirEnd{end, true};
  }
  if (p.end_date.parsed()) return NirEnd{p.end_date.value, false};
  return std::nullopt;
}

std::vector<std::size_t> ended_in_year(const Dataset& dataset, int year, Date as_of,
                                       const Thresholds& limits) {
  const auto& ps = dataset.participations;
  return detail::ended_in_year(ps, detail::group_by_person(ps), year, as_of, limits);
}

namespace detail {

std::vector<std::size_t> ended_in_year(std::span<const Participation> ps, const Groups& persons, int year,
                                       Date as_of, const Thresholds& limits) {
  std::vector<std::size_t> out;
  for (std::span<const std::uint32_t> person : persons) {
    std::optional<std::size_t> best;
    Date best_end;
    for (std::uint32_t i : person) {
      auto end = nir_end(ps[i], limits);
      if (!end || end->date.year() != year || end->date > as_of) continue;
      if (!best || std::tie(end->date, ps[i].line) > std::tie(best_end, ps[*best].line)) {
        best = i;
        best_end = end->date;
      }
    }
    if (best) out.push_back(*best);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace detail

NirReport predict_report(const Dataset& dataset, const PredictOptions& options) {
  const Config& config = options.config ? *options.config : Config::defaults();
  Date as_of = options.as_of.is_special() ? today_oslo() : options.as_of;
  NirReport report;
  report.has_follow_up_column = true;
  for (std::size_t i : ended_in_year(dataset, options.year, as_of, config.thresholds)) {
    const Participation& p = dataset.participations[i];
    if (p.is_protected() || !p.category.parsed() || !p.follow_up_municipality.parsed()) continue;
    auto end = nir_end(p, config.thresholds);
    bool has_reason = p.end_reason.parsed() && !end->by_nir;
    std::string district = p.follow_up_district.parsed() ? p.follow_up_district.value : "";
    if (!options.scope.includes_place(p.follow_up_municipality.value, district) ||
        !options.scope.includes_category(p.category.value) || !options.scope.includes_reason(has_reason))
      continue;
    NirRow row;
    row.person_id = p.person_id;
    row.duf_number = p.duf_number;
    row.category = p.category;
    row.residence_municipality = p.residence_municipality;
    row.residence_district = p.residence_district;
    row.follow_up_municipality = p.follow_up_municipality;
    row.follow_up_district = p.follow_up_district;
    row.start_date = p.start_date;
    row.end_date = Field<Date>::of(end->date);
    if (has_reason) row.end_reason = p.end_reason;
    row.case_id = p.case_id;
    row.ended_by_nir = end->by_nir;
    report.rows.push_back(std::move(row));
  }
  report.source.rows_read = report.rows.size();
  report.source.accepted = report.rows.size();
  return report;
}

std::string_view to_string(NirField f) {
  static constexpr std::string_view names[nir_field_count] = {
      "person_id", "duf_number", "name", "category", "residence_municipality",
      "residence_district", "follow_up_municipality", "start_date", "end_date", "end_reason"};
  return names[static_cast<std::size_t>(f)];
}

}  // namespace introcheck
