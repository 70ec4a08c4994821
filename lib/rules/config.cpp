#include <introcheck/config.hpp>
#include <introcheck/rules.hpp>

#include "util/csv.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

#include <charconv>

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
  if (section == "thresholds") {
    if (key == "gap_days") return {&t.gap_days, 1, 3660};
    if (key == "inactivity_days") return {&t.inactivity_days, 1, 3660};
    if (key == "moved_restart_days") return {&t.moved_restart_days, 0, 3660};
    if (key == "min_age") return {&t.min_age, 0, 120};
    if (key == "max_age") return {&t.max_age, 1, 121};
    if (key == "settlement_years") return {&t.settlement_years, 0, 50};
    if (key == "reform_deadline_fallback_month") return {&t.reform_deadline_fallback_month, 1, 12};
    return {};
  }
  ProgramLength* p = nullptr;
  if (section == "program_length.introduksjonsloven") p = &t.introduksjonsloven;
  if (section == "program_length.integreringsloven") p = &t.integreringsloven;
  if (!p) return {};
  if (key == "normal_years") return {&p->normal_years, 0, 20};
  if (key == "max_years") return {&p->max_years, 0, 20};
  return {};
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
      if (section != "thresholds" && section != "severity" && section != "acknowledged" &&
          section != "program_length.introduksjonsloven" && section != "program_length.integreringsloven")
        return config_error(source, line_no, section, "unknown section");
      continue;
    }
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos)
      return config_error(source, line_no, "", "expected 'key = value'");
    std::string_view key = trim(line.substr(0, eq));
    std::string_view value = trim(line.substr(eq + 1));
    if (section.empty()) return config_error(source, line_no, key, "setting outside a section");

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
    Setting target = threshold(c.thresholds, section, key);
    if (!target.value) return config_error(source, line_no, key, "unknown setting in [" + section + "]");
    int v = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || end != value.data() + value.size() || v < target.lo || v > target.hi)
      return config_error(source, line_no, key,
                          "expected a whole number from " + std::to_string(target.lo) + " to " +
                              std::to_string(target.hi) + ", not '" + std::string(value) + "'");
    *target.value = v;
  }
  if (c.thresholds.min_age >= c.thresholds.max_age)
    return config_error(source, 0, "max_age", "max_age must be larger than min_age");
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
