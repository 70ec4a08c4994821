// Internal: the one definition of the deadline a run is checked against.
#pragma once

#include <introcheck/calendar.hpp>

#include <optional>

namespace introcheck::detail {

/// The day registration for `year` closes: the caller's override, or the
/// table's entry (its reopened date when there is one), moved to the next
/// working day; nothing when neither is known.
inline std::optional<Date> effective_deadline(const DeadlineTable& table, int year, std::optional<Date> override) {
  if (override) return next_working_day(*override);
  if (auto known = table.find(year)) return known->effective();
  return std::nullopt;
}

}  // namespace introcheck::detail
