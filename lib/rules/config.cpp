#include <introcheck/config.hpp>
#include <introcheck/rules.hpp>

#include "util/csv.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

#include <charconv>
#include <optional>

namespace introcheck {

using detail::trim;

namespace data {
extern const std::string_view defaults_conf;
}

namespace {

Error config_error(std::string_view source, std::size_t line, std::string_view key, std::string msg) {
  return Error{ErrorCode::parse, std::move(msg), std::string(source), line, std::string(key)};
}

// A threshold and the values that make sense for it: a value outside is an
// error naming the key and its range, never a limit that breaks a rule later.
struct Setting {
  int* value = nullptr;
  int lo = 0, hi = 0;
};

Setting threshold(Thresholds& t, std::string_view section, std::string_view key) {
  if (section != "thresholds") return {};
  if (key == "gap_days") return {&t.gap_days, 1, 3660};
  if (key == "inactivity_days") return {&t.inactivity_days, 1, 3660};
  if (key == "moved_restart_days") return {&t.moved_restart_days, 0, 3660};
  if (key == "min_age") return {&t.min_age, 0, 120};
  if (key == "max_age") return {&t.max_age, 1, 121};
  if (key == "settlement_years") return {&t.settlement_years, 0, 50};
  if (key == "reform_deadline_fallback_month") return {&t.reform_deadline_fallback_month, 1, 12};
  if (key == "start_months") return {&t.start_months, 0, 120};
  if (key == "content_months") return {&t.content_months, 0, 120};
  if (key == "plan_months") return {&t.plan_months, 0, 120};
  if (key == "registration_months") return {&t.registration_months, 0, 120};
  if (key == "full_time_hours") return {&t.full_time_hours, 1, 60};
  if (key == "below_full_time_weeks") return {&t.below_full_time_weeks, 0, 53};
  if (key == "work_hours_6a") return {&t.work_hours_6a, 0, 60};
  if (key == "work_hours_6a_from_month") return {&t.work_hours_6a_from_month, 0, 120};
  return {};
}

// "program_length.integreringsloven.short from 2027-01-01" and
// "age.integreringsloven from 2026-07-01": a basis, perhaps a group, and
// perhaps the first start (or permit) date the period applies to.
struct PeriodSection {
  bool age = false;
  LegalBasis basis = LegalBasis::introduksjonsloven;
  LengthGroup group = LengthGroup::other;
  Date from = earliest_date();
};

std::optional<PeriodSection> period_section(std::string_view section) {
  PeriodSection p;
  std::string_view name = section;
  if (auto at = name.find(" from "); at != std::string_view::npos) {
    auto date = parse_date(trim(name.substr(at + 6)));
    if (!date) return std::nullopt;
    p.from = *date;
    name = trim(name.substr(0, at));
  }
  if (name.starts_with("age.")) {
    p.age = true;
    name.remove_prefix(4);
  } else if (name.starts_with("program_length.")) {
    name.remove_prefix(15);
  } else {
    return std::nullopt;
  }
  std::string_view group;
  if (auto dot = name.find('.'); dot != std::string_view::npos) {
    group = name.substr(dot + 1);
    name = name.substr(0, dot);
  }
  bool found = false;
  for (LegalBasis b : all_legal_bases)
    if (name == to_string(b)) p.basis = b, found = true;
  if (!found || (p.age && !group.empty())) return std::nullopt;
  if (group == "short") p.group = LengthGroup::short_track;
  else if (group == "upper_secondary") p.group = LengthGroup::upper_secondary;
  else if (!group.empty() && group != "other") return std::nullopt;
  // The groups are integreringsloven's (§ 13); the other bases have one length.
  if (p.group != LengthGroup::other && p.basis != LegalBasis::integreringsloven) return std::nullopt;
  return p;
}

// The period a section sets: found by basis, group and date, or made.
LengthPeriod& length_period(Thresholds& t, const PeriodSection& s) {
  for (LengthPeriod& p : t.lengths)
    if (p.basis == s.basis && p.group == s.group && p.from == s.from) return p;
  // Unset keys keep what applied before, so an amendment names only what it changes.
  const LengthPeriod* before = t.length(s.basis, s.group, s.from);
  return t.lengths.emplace_back(
      LengthPeriod{s.basis, s.group, s.from, before ? before->normal_months : 0, before ? before->max_months : 0});
}

AgePeriod& age_period(Thresholds& t, const PeriodSection& s) {
  for (AgePeriod& p : t.ages)
    if (p.basis == s.basis && p.from == s.from) return p;
  AgePeriod base = t.age(s.basis, s.from);  // unset keys keep what applied before
  return t.ages.emplace_back(AgePeriod{s.basis, s.from, base.min_age, base.max_age});
}

Setting period_setting(Thresholds& t, const PeriodSection& s, std::string_view key, int& years_scale) {
  years_scale = 1;
  if (s.age) {
    AgePeriod& a = age_period(t, s);
    if (key == "min_age") return {&a.min_age, 0, 120};
    if (key == "max_age") return {&a.max_age, 1, 121};
    return {};
  }
  LengthPeriod& l = length_period(t, s);
  if (key == "normal_months") return {&l.normal_months, 0, 240};
  if (key == "max_months") return {&l.max_months, 0, 240};
  years_scale = 12;
  if (key == "normal_years") return {&l.normal_months, 0, 20};
  if (key == "max_years") return {&l.max_months, 0, 20};
  return {};
}

// [columns.participants] and [columns.measures]: the table they map.
std::optional<ExportTable> columns_table(std::string_view section) {
  if (section == "columns.participants") return ExportTable::participants;
  if (section == "columns.measures") return ExportTable::measures;
  return std::nullopt;
}

}  // namespace

const Config& Config::defaults() {
  static const Config config = [] {
    Config c = parse(data::defaults_conf, "defaults.conf (builtin)", Config{}).value();
    c.version = "builtin-1";
    return c;
  }();
  return config;
}

Result<Config> Config::parse(std::string_view text, std::string_view source, const Config& base) {
  Config c = base;
  const std::string_view original = text;
  std::string section;
  std::size_t line_no = 0;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // CRLF files
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    if (line.front() == '[') {
      if (line.back() != ']') return config_error(source, line_no, "", "a section header ends with ']'");
      section = std::string(trim(line.substr(1, line.size() - 2)));
      if (section.starts_with("values.") && !Mapping::maps_values(section.substr(7)))
        return config_error(source, line_no, section,
                            "unknown section: [values.FIELD] names a field with codes (category, legal_basis, "
                            "end_reason, permit_ground, education, end_goal, measure), a yes/no field "
                            "(protected_address, extended, covid_extension, settled_by_agreement, "
                            "children_under_18, completed) or yes_no");
      if (section != "thresholds" && section != "severity" && section != "acknowledged" && section != "legal_basis" &&
          !columns_table(section) && !section.starts_with("values.") && !period_section(section))
        return config_error(source, line_no, section,
                            "unknown section (program_length.BASIS[.GROUP][ from YYYY-MM-DD] and age.BASIS[ from "
                            "YYYY-MM-DD] name a basis of legal_bases.csv and a group short, upper_secondary or other; "
                            "columns.participants, columns.measures and values.FIELD map a case system's own "
                            "names)");
      continue;
    }
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos)
      return config_error(source, line_no, "", "expected 'key = value'");
    std::string_view key = trim(line.substr(0, eq));
    std::string_view value = trim(line.substr(eq + 1));
    if (section.empty()) return config_error(source, line_no, key, "setting outside a section");

    if (auto table = columns_table(section)) {
      auto added = c.mapping.add_column(*table, key, value, source, line_no);
      if (!added) return added.error();
      continue;
    }
    if (section.starts_with("values.")) {
      auto added = c.mapping.add_value(std::string_view(section).substr(7), key, value, source, line_no);
      if (!added) return added.error();
      continue;
    }
    if (section == "severity" || section == "acknowledged") {
      if (!find_rule(key)) return config_error(source, line_no, key, "unknown rule id");
      if (section == "severity") {
        auto s = parse_severity(value);
        if (!s) return config_error(source, line_no, key, "severity must be error, warning or info");
        c.severity[std::string(key)] = *s;
      } else {
        while (!value.empty()) {
          std::size_t comma = value.find(',');
          std::string_view id = trim(value.substr(0, comma));
          if (!id.empty()) c.acknowledged.emplace(std::string(key), std::string(id));
          value.remove_prefix(comma == std::string_view::npos ? value.size() : comma + 1);
        }
      }
      continue;
    }
    if (section == "legal_basis") {
      BasisDates& d = c.thresholds.basis_dates;
      Date* target = key == "integreringsloven_from" ? &d.integreringsloven_from
                     : key == "chapter_6a_from"      ? &d.chapter_6a_from
                     : key == "chapter_6a_until"     ? &d.chapter_6a_until
                                                     : nullptr;
      if (!target) return config_error(source, line_no, key, "unknown setting in [legal_basis]");
      auto date = parse_date(value);
      if (!date) return config_error(source, line_no, key, "expected a date YYYY-MM-DD, not '" + std::string(value) + "'");
      *target = *date;
      continue;
    }
    int scale = 1;
    std::optional<PeriodSection> period = period_section(section);
    Setting target = period ? period_setting(c.thresholds, *period, key, scale) : threshold(c.thresholds, section, key);
    if (!target.value) return config_error(source, line_no, key, "unknown setting in [" + section + "]");
    int v = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || end != value.data() + value.size() || v < target.lo || v > target.hi)
      return config_error(source, line_no, key,
                          "expected a whole number from " + std::to_string(target.lo) + " to " +
                              std::to_string(target.hi) + ", not '" + std::string(value) + "'");
    *target.value = v * scale;
  }
  if (c.thresholds.min_age >= c.thresholds.max_age)
    return config_error(source, 0, "max_age", "max_age must be larger than min_age");
  for (const AgePeriod& a : c.thresholds.ages)
    if (a.min_age >= a.max_age)
      return config_error(source, 0, "max_age", "max_age must be larger than min_age in [age." +
                                                    std::string(to_string(a.basis)) + "]");
  for (const LengthPeriod& l : c.thresholds.lengths)
    if (l.normal_months > l.max_months)
      return config_error(source, 0, "max_months", "the maximum length must not be shorter than the normal one in "
                                                   "[program_length." + std::string(to_string(l.basis)) + "]");
  c.version = "custom-" + detail::content_hash(base.version + std::string(original));
  return c;
}

Severity Config::severity_of(std::string_view rule, Severity fallback) const {
  auto it = severity.find(rule);
  return it == severity.end() ? fallback : it->second;
}

bool Config::is_acknowledged(std::string_view rule, std::string_view case_id) const {
  return acknowledged.count({std::string(rule), std::string(case_id)}) > 0;
}

Result<Config> Config::load(const std::string& path, const Config& base) {
  auto text = detail::read_file(path, std::size_t{1} << 20);
  if (!text) return text.error();
  return parse(text.value(), path, base);
}

}  // namespace introcheck
