#include <introcheck/calendar.hpp>

#include "util/csv.hpp"

#include <unicode/calendar.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace introcheck {

namespace data {
extern const std::string_view deadlines_csv;
}

using boost::gregorian::days;

Date easter_sunday(int year) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  int a = year % 19, b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

bool is_public_holiday(Date d) {
  if (d.day_of_week() == boost::date_time::Sunday) return true;
  int month = d.month(), day = d.day();
  if ((month == 1 && day == 1) || (month == 5 && (day == 1 || day == 17)) ||
      (month == 12 && (day == 25 || day == 26)))
    return true;
  long offset = (d - easter_sunday(d.year())).days();
  // Maundy Thursday, Good Friday, Easter Sunday/Monday, Ascension, Whit Sunday/Monday.
  for (long o : {-3L, -2L, 0L, 1L, 39L, 49L, 50L})
    if (offset == o) return true;
  return false;
}

bool is_working_day(Date d) {
  return d.day_of_week() != boost::date_time::Saturday && !is_public_holiday(d);
}

Date next_working_day(Date d) {
  while (!is_working_day(d)) d += days(1);
  return d;
}

Date today_oslo() {
  // The zone is read from ICU's data once; getOffset() is const, so the one
  // zone serves every thread. A calendar per call cost microseconds per
  // record checked through the C ABI.
  static const icu::TimeZone* const oslo = icu::TimeZone::createTimeZone("Europe/Oslo");
  UDate now = icu::Calendar::getNow();
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  oslo->getOffset(now, false, raw, dst, status);
  if (U_FAILURE(status)) return boost::gregorian::day_clock::universal_day();
  auto days_since_epoch = static_cast<long>(std::floor((now + raw + dst) / 86400000.0));
  return Date(1970, 1, 1) + days(days_since_epoch);
}

Date Deadline::effective() const { return next_working_day(reopened.value_or(announced)); }

Date Deadline::in_force(Date as_of) const {
  Date first = next_working_day(announced);
  if (as_of <= first || !reopened) return first;
  return next_working_day(*reopened);
}

long days_left(Date deadline, Date as_of) { return (deadline - as_of).days(); }

const DeadlineTable& DeadlineTable::builtin() {
  static const DeadlineTable table = [] {
    auto parsed = from_csv(data::deadlines_csv, "deadlines.csv (builtin)");
    DeadlineTable t = std::move(parsed).value();  // the build checks this data
    t.version_ = "builtin-2024-02-29";
    return t;
  }();
  return table;
}

Result<DeadlineTable> DeadlineTable::from_csv(std::string_view text, std::string_view source) {
  DeadlineTable table;
  auto read = detail::read_table(
      text, source, {{"reporting_year"}, {"announced"}, {"reopened", false}},
      [&](const detail::CsvRecord& rec, const detail::ColumnPositions& col) -> Result<void> {
        Deadline d;
        std::string_view year = detail::field(rec, col[0]);
        auto year_date = parse_iso_date(std::string(year) + "-01-01");
        if (!year_date)
          return detail::parse_error(source, rec.line, "reporting_year",
                                     "not a year: '" + std::string(year) + "'");
        d.reporting_year = year_date->year();
        auto announced = parse_iso_date(detail::field(rec, col[1]));
        if (!announced)
          return detail::parse_error(source, rec.line, "announced", "not a date (YYYY-MM-DD)");
        d.announced = *announced;
        if (std::string_view reopened = detail::field(rec, col[2]); !reopened.empty()) {
          d.reopened = parse_iso_date(reopened);
          if (!d.reopened)
            return detail::parse_error(source, rec.line, "reopened", "not a date (YYYY-MM-DD)");
        }
        table.entries_.push_back(d);
        return outcome::success();
      });
  if (!read) return read.error();
  std::sort(table.entries_.begin(), table.entries_.end(),
            [](const Deadline& a, const Deadline& b) { return a.reporting_year < b.reporting_year; });
  for (std::size_t i = 1; i < table.entries_.size(); ++i)
    if (table.entries_[i].reporting_year == table.entries_[i - 1].reporting_year)
      return detail::parse_error(source, 0, "reporting_year",
                                 "year " + std::to_string(table.entries_[i].reporting_year) +
                                     " appears twice");
  table.version_ = "custom-" + detail::content_hash(text);
  return table;
}

std::optional<Deadline> DeadlineTable::find(int reporting_year) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), reporting_year,
                             [](const Deadline& d, int y) { return d.reporting_year < y; });
  if (it == entries_.end() || it->reporting_year != reporting_year) return std::nullopt;
  return *it;
}

}  // namespace introcheck
