#include <introcheck/thresholds.hpp>

namespace introcheck {

std::string_view to_string(LengthGroup g) {
  switch (g) {
    case LengthGroup::other: return "other";
    case LengthGroup::short_track: return "short";
    case LengthGroup::upper_secondary: return "upper_secondary";
  }
  return "other";
}

const LengthPeriod* Thresholds::length(LegalBasis basis, LengthGroup group, Date start) const {
  const LengthPeriod* best = nullptr;
  for (const LengthPeriod& p : lengths)
    if (p.basis == basis && p.group == group && p.from <= start && (!best || p.from > best->from)) best = &p;
  if (!best && group != LengthGroup::other) return length(basis, LengthGroup::other, start);
  return best;
}

AgePeriod Thresholds::age(LegalBasis basis, Date on) const {
  AgePeriod best{basis, earliest_date(), min_age, max_age};
  for (const AgePeriod& a : ages)
    if (a.basis == basis && a.from <= on && a.from >= best.from) best = a;
  return best;
}

}  // namespace introcheck
