#include <introcheck/date.hpp>

#include "util/text.hpp"

#include <algorithm>
#include <cstdio>

namespace introcheck {
namespace {

using detail::trim;

// Reads exactly n digits starting at pos; -1 when any is not a digit.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// The date from its day number (boost's Julian day count), computed here:
// boost's year-month-day constructor checks each part again by throwing,
// which made it the costliest step of reading a date.
std::optional<Date> make(int y, int m, int d) {
  if (!is_real_date(y, m, d)) return std::nullopt;
  int a = (14 - m) / 12;
  long yy = y + 4800 - a, mm = m + 12 * a - 3;
  long day_number = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
  return Date(static_cast<Date::date_int_type>(day_number));
}

}  // namespace

const Date& earliest_date() {
  static const Date d(1400, 1, 1);
  return d;
}

const Date& latest_date() {
  static const Date d(9999, 12, 31);
  return d;
}

bool is_real_date(int year, int month, int day) {
  if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int last = days[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= last;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  text = trim(text);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  return make(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
}

std::optional<Date> parse_date(std::string_view text) {
  text = trim(text);
  if (text.size() == 10 && text[2] == '.' && text[5] == '.')
    return make(digits(text, 6, 4), digits(text, 3, 2), digits(text, 0, 2));
  return parse_iso_date(text);
}

std::string format_iso(Date d) {
  if (d.is_special()) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d.year()),
                static_cast<int>(d.month()), static_cast<int>(d.day()));
  return buf;
}

int to_yyyymmdd(Date d) {
  if (d.is_special()) return 0;
  return d.year() * 10000 + d.month() * 100 + d.day();
}

std::optional<Date> from_yyyymmdd(long value) {
  if (value < 0) return std::nullopt;
  return make(static_cast<int>(value / 10000), static_cast<int>(value / 100 % 100),
              static_cast<int>(value % 100));
}

namespace {

constexpr int first_year = 1400, last_year = 9999;

// The date y-m-d with the day clamped to the month's end and the year to the range.
Date clamped(long y, long m, int d) {
  if (y < first_year) return earliest_date();
  if (y > last_year) return latest_date();
  int last_day = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                        static_cast<unsigned short>(m));
  return *make(static_cast<int>(y), static_cast<int>(m), std::min(d, last_day));
}

}  // namespace

Date add_years(Date date, int years) {
  if (date.is_special()) return date;
  return clamped(static_cast<long>(date.year()) + years, date.month(), date.day());
}

Date add_months(Date date, int months) {
  if (date.is_special()) return date;
  long index = static_cast<long>(date.year()) * 12 + (date.month() - 1) + months;  // months since year 0
  return clamped(index / 12, index % 12 + 1, date.day());
}

Date add_days(Date date, long days) {
  if (date.is_special()) return date;
  long n = static_cast<long>(date.day_number()) + days;
  long lo = earliest_date().day_number(), hi = latest_date().day_number();
  return Date(static_cast<Date::date_int_type>(std::clamp(n, lo, hi)));
}

}  // namespace introcheck
