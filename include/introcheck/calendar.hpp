// Norwegian public holidays, working days and NIR's yearly registration deadlines.
//
// Holidays: helligdagsfredloven § 2 (Sundays, 1 January, Maundy Thursday, Good
// Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday,
// 25 and 26 December) and lov om 1. og 17. mai som høgtidsdager. A deadline
// that falls on a Saturday, Sunday or holiday moves to the next working day
// (domstolloven § 149).
#pragma once

#include <introcheck/date.hpp>
#include <introcheck/result.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck {

/// Easter Sunday of `year` (Gregorian computus).
Date easter_sunday(int year);

/// True on Sundays and on the public holidays listed above.
bool is_public_holiday(Date d);

/// Not a Saturday, not a Sunday, not a public holiday.
bool is_working_day(Date d);

/// `d` itself when it is a working day, else the next one.
Date next_working_day(Date d);

/// Today's date in Europe/Oslo.
Date today_oslo();

/// One year's NIR registration deadline as IMDi announced it.
struct Deadline {
  int reporting_year = 0;
  Date announced;
  std::optional<Date> reopened;  ///< where IMDi reopened registration

  /// The last day registration closes: the reopened date when there is one,
  /// else the announced one, moved to the next working day.
  Date effective() const;

  /// The deadline in force on `as_of`: the announced date, moved to the next
  /// working day, while `as_of` is on or before it; after that the reopened
  /// date (moved too) where IMDi reopened registration, else still the
  /// announced one. A reopening is not known before the announced day passes.
  Date in_force(Date as_of) const;
};

/// Calendar days from `as_of` to `deadline` (negative once it has passed).
long days_left(Date deadline, Date as_of);

/// The deadline table: embedded by default, replaceable from CSV with the
/// columns reporting_year,announced,reopened[,note].
class DeadlineTable {
 public:
  /// The table shipped with this release (IMDi announcements 2016-2023).
  static const DeadlineTable& builtin();

  /// Parses a replacement table. `source` names the file in error messages.
  static Result<DeadlineTable> from_csv(std::string_view text, std::string_view source);

  /// The deadline for `reporting_year`; nothing when the year is not known.
  std::optional<Deadline> find(int reporting_year) const;

  const std::vector<Deadline>& entries() const { return entries_; }

  /// Identifies the data: "builtin-<date>" or "custom-<hash>".
  const std::string& version() const { return version_; }

 private:
  std::vector<Deadline> entries_;  // sorted by reporting_year
  std::string version_;
};

}  // namespace introcheck
