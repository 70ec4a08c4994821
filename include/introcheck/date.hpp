// Dates as introcheck reads and writes them.
//
// All dates are boost::gregorian::date. Where a period appears in the domain
// (a participation, a measure) both ends are included; code-list validity
// (valid_from, valid_to) follows Statistics Norway and is half-open: valid_to
// is the first day the entry is no longer valid.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace introcheck {

using Date = boost::gregorian::date;

/// The earliest and latest dates introcheck uses as "no bound" (open periods).
const Date& earliest_date();
const Date& latest_date();

/// Parses "YYYY-MM-DD" or "DD.MM.YYYY" (leading/trailing blanks ignored).
/// Returns nothing for anything else, including impossible dates (2017-02-29).
std::optional<Date> parse_date(std::string_view text);

/// Parses only "YYYY-MM-DD" (the form used in data files and on the command line).
std::optional<Date> parse_iso_date(std::string_view text);

/// "YYYY-MM-DD"; an empty string for a special value (not_a_date_time).
std::string format_iso(Date d);

/// The date as the integer YYYYMMDD (0 for a special value), and back.
int to_yyyymmdd(Date d);
std::optional<Date> from_yyyymmdd(long value);

/// True when year/month/day name a real day (1400..9999).
bool is_real_date(int year, int month, int day);

// Date arithmetic that cannot throw: a result beyond the dates introcheck
// represents (1400-01-01 .. 9999-12-31) is clamped to that range, so a rule
// reads it as "beyond any limit". A special value (not_a_date_time) stays one.

/// `date` plus `years` calendar years; 29 February becomes 28 February.
Date add_years(Date date, int years);
/// `date` plus `months` calendar months; the day is clamped to the month's end.
Date add_months(Date date, int months);
/// `date` plus `days` days (negative: before).
Date add_days(Date date, long days);

}  // namespace introcheck
