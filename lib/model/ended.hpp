// Internal: when a participation ends as NIR sees it, and who ended in a year.
#pragma once

#include <introcheck/dataset.hpp>
#include <introcheck/thresholds.hpp>

#include "util/groups.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace introcheck::detail {

/// The end of a participation as NIR sees it: the case system's end date, or
/// for a covid extension the day NIR ends it (the maximum length plus leave).
struct NirEnd {
  Date date;
  bool by_nir = false;
};
std::optional<NirEnd> nir_end(ParticipationView p, const Thresholds& limits);

/// The one definition of "ended in the year": the end as NIR sees it (above)
/// falls in `year` and not after `as_of`. A covid extension ends when NIR
/// ends it (by_nir), whatever the case system says.
std::optional<NirEnd> end_in_year(ParticipationView p, int year, Date as_of, const Thresholds& limits);

/// Each person's participation with the latest end in `year` not after
/// `as_of`, as NIR sees ends (nir_end), in index order.
std::vector<std::size_t> ended_in_year(const ParticipationTable& participations, const Groups& persons,
                                       int year, Date as_of, const Thresholds& limits);
/// The same, grouping the participations by person first.
std::vector<std::size_t> ended_in_year(const ParticipationTable& participations, int year, Date as_of,
                                       const Thresholds& limits);

}  // namespace introcheck::detail
