#include "model/ended.hpp"
#include "model/persons.hpp"

#include <algorithm>
#include <tuple>

namespace introcheck::detail {

std::optional<NirEnd> nir_end(ParticipationView p, const Thresholds& limits) {
  if (p.is_covid_extension()) {
    auto basis = effective_basis(p, limits.basis_dates);
    // Without a start date NIR has nothing to count from, so no end either.
    if (!basis || !p.start_date().parsed() || p.leave_days().is_invalid()) return std::nullopt;
    // The covid rules extended programs past the maximum of the act's
    // ordinary length; NIR ends them there.
    const LengthPeriod* length = limits.length(basis->basis, LengthGroup::other, p.start_date().value);
    if (!length) return std::nullopt;
    Date end = add_days(add_months(p.start_date().value, length->max_months), p.leave_days().value_or(0));
    return NirEnd{end, true};
  }
  if (p.end_date().parsed()) return NirEnd{p.end_date().value, false};
  return std::nullopt;
}

std::optional<NirEnd> end_in_year(ParticipationView p, int year, Date as_of, const Thresholds& limits) {
  auto end = nir_end(p, limits);
  if (!end || end->date.year() != year || end->date > as_of) return std::nullopt;
  return end;
}

std::vector<std::size_t> ended_in_year(const ParticipationTable& ps, const Groups& persons, int year,
                                       Date as_of, const Thresholds& limits) {
  std::vector<std::size_t> out;
  for (std::span<const std::uint32_t> person : persons) {
    std::optional<std::size_t> best;
    Date best_end;
    for (std::uint32_t i : person) {
      auto end = end_in_year(ps[i], year, as_of, limits);
      if (!end) continue;
      if (!best || std::make_tuple(end->date, ps[i].line()) > std::make_tuple(best_end, ps[*best].line())) {
        best = i;
        best_end = end->date;
      }
    }
    if (best) out.push_back(*best);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::size_t> ended_in_year(const ParticipationTable& ps, int year, Date as_of,
                                       const Thresholds& limits) {
  return ended_in_year(ps, group_by_person(ps), year, as_of, limits);
}

}  // namespace introcheck::detail
