// Internal: the one definition of the deadline a run is checked against.
#pragma once

#include <introcheck/calendar.hpp>

#include <optional>

namespace introcheck::detail {

/// The day registration for `year` closes, as in force on `as_of`: the
/// caller's override, or the table's entry (Deadline::in_force: the announced
/// date until it has passed, then the reopened one where there is one), moved
/// to the next working day; nothing when neither is known.
inline std::optional<Date> effective_deadline(const DeadlineTable& table, int year, Date as_of,
                                              std::optional<Date> override) {
  if (override) return next_working_day(*override);
  if (auto known = table.find(year)) return known->in_force(as_of);
  return std::nullopt;
}

}  // namespace introcheck::detail
