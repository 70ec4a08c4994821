#include <introcheck/municipality.hpp>

#include "util/csv.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

namespace introcheck {

namespace data {
extern const std::string_view municipalities_csv;
extern const std::string_view municipality_changes_csv;
extern const std::string_view districts_csv;
extern const std::string_view counties_csv;
}

namespace {

constexpr int max_code = 9999;

// The numeric value of an all-digit code of exactly `width` digits, or -1.
int code_number(std::string_view code, std::size_t width) {
  if (code.size() != width) return -1;
  int v = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool by_code_then_start(const AreaVersion& a, const AreaVersion& b) {
  return a.code != b.code ? a.code < b.code : a.valid_from < b.valid_from;
}

// Reads a code,name,valid_from,valid_to table whose codes have `width` digits.
Result<std::vector<AreaVersion>> read_areas(std::string_view text, std::string_view source,
                                            std::size_t width) {
  std::vector<AreaVersion> out;
  auto read = detail::read_table(
      text, source, {{"code"}, {"name"}, {"valid_from"}, {"valid_to"}},
      [&](const detail::CsvRecord& rec, const detail::ColumnPositions& col) -> Result<void> {
        AreaVersion v;
        v.code = std::string(detail::field(rec, col[0]));
        if (code_number(v.code, width) < 0)
          return detail::parse_error(source, rec.line, "code",
                                     "expected " + std::to_string(width) + " digits, got '" + v.code + "'");
        v.name = std::string(detail::field(rec, col[1]));
        auto from = parse_iso_date(detail::field(rec, col[2]));
        if (!from) return detail::parse_error(source, rec.line, "valid_from", "not a date (YYYY-MM-DD)");
        v.valid_from = *from;
        if (std::string_view to = detail::field(rec, col[3]); !to.empty()) {
          v.valid_to = parse_iso_date(to);
          if (!v.valid_to || *v.valid_to <= v.valid_from)
            return detail::parse_error(source, rec.line, "valid_to",
                                       "not a date (YYYY-MM-DD) after valid_from");
        }
        out.push_back(std::move(v));
        return outcome::success();
      });
  if (!read) return read.error();
  std::sort(out.begin(), out.end(), by_code_then_start);
  return out;
}

Result<std::vector<MunicipalityChange>> read_changes(std::string_view text, std::string_view source) {
  std::vector<MunicipalityChange> out;
  auto read = detail::read_table(
      text, source, {{"old_code"}, {"new_code"}, {"change_date"}, {"old_name"}, {"new_name"}},
      [&](const detail::CsvRecord& rec, const detail::ColumnPositions& col) -> Result<void> {
        MunicipalityChange c;
        c.old_code = std::string(detail::field(rec, col[0]));
        c.new_code = std::string(detail::field(rec, col[1]));
        if (code_number(c.old_code, 4) < 0)
          return detail::parse_error(source, rec.line, "old_code", "expected 4 digits");
        if (code_number(c.new_code, 4) < 0)
          return detail::parse_error(source, rec.line, "new_code", "expected 4 digits");
        auto date = parse_iso_date(detail::field(rec, col[2]));
        if (!date) return detail::parse_error(source, rec.line, "change_date", "not a date (YYYY-MM-DD)");
        c.date = *date;
        c.old_name = std::string(detail::field(rec, col[3]));
        c.new_name = std::string(detail::field(rec, col[4]));
        out.push_back(std::move(c));
        return outcome::success();
      });
  if (!read) return read.error();
  std::sort(out.begin(), out.end(), [](const MunicipalityChange& a, const MunicipalityChange& b) {
    return std::tie(a.date, a.old_code, a.new_code) < std::tie(b.date, b.old_code, b.new_code);
  });
  return out;
}

// The version of `versions` (one code, sorted by start) that began last on or before d.
const AreaVersion* latest_in(std::span<const AreaVersion> versions, Date d) {
  const AreaVersion* best = nullptr;
  for (const auto& v : versions)
    if (v.valid_from <= d) best = &v;
  return best;
}

std::span<const AreaVersion> equal_code(std::span<const AreaVersion> all, std::string_view code) {
  auto lo = std::lower_bound(all.begin(), all.end(), code,
                             [](const AreaVersion& v, std::string_view c) { return v.code < c; });
  auto hi = std::upper_bound(lo, all.end(), code,
                             [](std::string_view c, const AreaVersion& v) { return c < v.code; });
  return {lo, hi};
}

}  // namespace

const Municipalities& Municipalities::builtin() {
  static const Municipalities table = [] {
    MunicipalitySources s;
    s.municipalities = data::municipalities_csv;
    s.changes = data::municipality_changes_csv;
    s.districts = data::districts_csv;
    s.counties = data::counties_csv;
    Municipalities m = from_csv(s).value();  // embedded data is checked by the tests
    m.version_ = "builtin-klass-2026-11-28";
    return m;
  }();
  return table;
}

Result<Municipalities> Municipalities::from_csv(const MunicipalitySources& s) {
  Municipalities m;
  auto munis = read_areas(s.municipalities, s.municipalities_name, 4);
  if (!munis) return munis.error();
  m.municipalities_ = std::move(munis).value();
  auto changes = read_changes(s.changes, s.changes_name);
  if (!changes) return changes.error();
  m.changes_ = std::move(changes).value();
  for (const MunicipalityChange& c : m.changes_)
    if (!c.name_only() && c.date.month() == 1 && c.date.day() == 1)
      for (const std::string& code : {c.old_code, c.new_code}) m.reformed_.emplace_back(c.date.year(), code);
  std::sort(m.reformed_.begin(), m.reformed_.end());
  m.reformed_.erase(std::unique(m.reformed_.begin(), m.reformed_.end()), m.reformed_.end());
  auto districts = read_areas(s.districts, s.districts_name, 6);
  if (!districts) return districts.error();
  m.districts_ = std::move(districts).value();
  auto counties = read_areas(s.counties, s.counties_name, 2);
  if (!counties) return counties.error();
  m.counties_ = std::move(counties).value();

  // first_version_[n] .. first_version_[n + 1] are the versions of code n.
  m.first_version_.assign(max_code + 2, 0);
  for (const auto& v : m.municipalities_) ++m.first_version_[code_number(v.code, 4) + 1];
  for (std::size_t i = 1; i < m.first_version_.size(); ++i)
    m.first_version_[i] += m.first_version_[i - 1];

  m.version_ = "custom-" + detail::content_hash(std::string(s.municipalities) +
                                                std::string(s.changes) + std::string(s.districts) +
                                                std::string(s.counties));
  return m;
}

std::span<const AreaVersion> Municipalities::versions_of(std::string_view code) const {
  int n = code_number(code, 4);
  if (n < 0) return {};
  return std::span<const AreaVersion>(municipalities_)
      .subspan(first_version_[n], first_version_[n + 1] - first_version_[n]);
}

std::span<const AreaVersion> Municipalities::districts_of(std::string_view code) const {
  if (code_number(code, 6) < 0) return {};
  return equal_code(districts_, code);
}

bool Municipalities::valid(std::string_view code, Date d) const {
  for (const auto& v : versions_of(code))
    if (v.valid_on(d)) return true;
  return false;
}

namespace {
bool overlaps(const AreaVersion& v, Date first, Date last) {
  return v.valid_from <= last && (!v.valid_to || *v.valid_to > first);
}
}  // namespace

bool Municipalities::valid_during(std::string_view code, Date first, Date last) const {
  for (const auto& v : versions_of(code))
    if (overlaps(v, first, last)) return true;
  return false;
}

bool Municipalities::succeeds_code_valid_during(std::string_view code, Date first, Date last) const {
  // Walks the change table backwards from `code`; depth bounds bad data.
  std::vector<std::string> frontier{std::string(code)};
  for (int depth = 0; depth < 16 && !frontier.empty(); ++depth) {
    std::vector<std::string> next;
    for (const auto& c : changes_)
      for (const auto& f : frontier)
        if (c.new_code == f && !c.name_only()) {
          if (valid_during(c.old_code, first, last)) return true;
          next.push_back(c.old_code);
        }
    frontier = std::move(next);
  }
  return false;
}

bool Municipalities::district_valid_during(std::string_view district, std::string_view municipality,
                                           Date first, Date last) const {
  if (district.size() != 6 || district.substr(0, 4) != municipality) return false;
  for (const auto& v : districts_of(district))
    if (overlaps(v, first, last)) return true;
  return false;
}

bool Municipalities::valid_follow_up(std::string_view code, Date d) const {
  return code != "9999" && valid(code, d);
}

std::optional<std::string_view> Municipalities::name(std::string_view code, Date d) const {
  for (const auto& v : versions_of(code))
    if (v.valid_on(d)) return std::string_view(v.name);
  return std::nullopt;
}

const AreaVersion* Municipalities::latest_version(std::string_view code, Date d) const {
  return latest_in(versions_of(code), d);
}

const AreaVersion* Municipalities::county(std::string_view code, Date d) const {
  const AreaVersion* v = latest_version(code, d);
  if (!v) return nullptr;
  Date on = v->valid_on(d) ? d : *v->valid_to - boost::gregorian::days(1);
  for (const auto& c : equal_code(counties_, code.substr(0, 2)))
    if (c.valid_on(on)) return &c;
  return nullptr;
}

std::vector<Successor> Municipalities::successors(std::string_view code, Date d) const {
  std::vector<Successor> out;
  if (valid(code, d)) return out;
  std::set<std::string> seen;
  // Follows the change rows dated the day a code ceased; depth bounds bad data.
  std::function<void(std::string_view, int)> visit = [&](std::string_view c, int depth) {
    const AreaVersion* v = latest_version(c, d);
    if (!v || depth > 32) return;
    if (v->valid_on(d)) {
      if (!seen.insert(v->code).second) return;
      Date since = v->valid_from;  // start of the unbroken run of versions
      for (const auto& w : versions_of(c))
        if (w.valid_to && *w.valid_to == since) since = w.valid_from;
      out.push_back({v->code, v->name, since});
      return;
    }
    for (const auto& change : changes_at(*v->valid_to))
      if (change.old_code == c && !change.name_only()) visit(change.new_code, depth + 1);
  };
  visit(code, 0);
  std::sort(out.begin(), out.end(), [](const Successor& a, const Successor& b) { return a.code < b.code; });
  return out;
}

std::span<const MunicipalityChange> Municipalities::changes_at(Date d) const {
  auto lo = std::lower_bound(changes_.begin(), changes_.end(), d,
                             [](const MunicipalityChange& c, Date x) { return c.date < x; });
  auto hi = std::upper_bound(lo, changes_.end(), d,
                             [](Date x, const MunicipalityChange& c) { return x < c.date; });
  return {lo, hi};
}

bool Municipalities::in_reform(std::string_view code, int year) const {
  auto it = std::lower_bound(reformed_.begin(), reformed_.end(), year,
                             [&](const std::pair<int, std::string>& a, int y) {
                               return a.first != y ? a.first < y : std::string_view(a.second) < code;
                             });
  return it != reformed_.end() && it->first == year && it->second == code;
}

bool Municipalities::district_valid(std::string_view district, Date d) const {
  for (const auto& v : districts_of(district))
    if (v.valid_on(d)) return true;
  return false;
}

bool Municipalities::district_valid_for(std::string_view district, std::string_view municipality,
                                        Date d) const {
  return district.size() == 6 && district.substr(0, 4) == municipality && district_valid(district, d);
}

std::optional<std::string_view> Municipalities::district_name(std::string_view district, Date d) const {
  for (const auto& v : districts_of(district))
    if (v.valid_on(d)) return std::string_view(v.name);
  return std::nullopt;
}

bool Municipalities::is_unknown_district(std::string_view district) {
  return district.size() == 6 && district.substr(4) == "99";
}

}  // namespace introcheck
