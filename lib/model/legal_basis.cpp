#include <introcheck/legal_basis.hpp>
#include <introcheck/participation_table.hpp>

namespace introcheck {

std::string_view to_string(BasisFrom f) {
  switch (f) {
    case BasisFrom::permit: return "permit";
    case BasisFrom::stated: return "stated";
    case BasisFrom::start_date: return "start_date";
  }
  return "stated";
}

std::optional<LegalBasis> basis_from_permit(ParticipationView p, const BasisDates& d) {
  const bool permit = p.permit_date().parsed(), arrival = p.arrival_date().parsed();
  if (permit && p.permit_ground().value_or(PermitGround::other) == PermitGround::utl_34 &&
      p.permit_date().value >= d.chapter_6a_from && p.permit_date().value < d.chapter_6a_until)
    return LegalBasis::integreringsloven_6a;
  if ((permit && p.permit_date().value >= d.integreringsloven_from) ||
      (arrival && p.arrival_date().value >= d.integreringsloven_from))
    return LegalBasis::integreringsloven;
  if (permit && arrival) return LegalBasis::introduksjonsloven;  // both before the act
  return std::nullopt;
}

bool stated_6a_stands(ParticipationView p, LegalBasis by_permit) {
  // The dates only tell the act, and 6A is part of it: a stated 6A stands
  // unless the permit ground, with its date, says otherwise.
  const bool ground_silent =
      p.permit_ground().empty() ||
      (p.permit_ground().value_or(PermitGround::other) == PermitGround::utl_34 && !p.permit_date().parsed());
  return by_permit == LegalBasis::integreringsloven && ground_silent &&
         p.legal_basis().value_or(LegalBasis::introduksjonsloven) == LegalBasis::integreringsloven_6a;
}

std::optional<EffectiveBasis> effective_basis(ParticipationView p, const BasisDates& d) {
  if (auto by_permit = basis_from_permit(p, d)) {
    if (stated_6a_stands(p, *by_permit)) return EffectiveBasis{LegalBasis::integreringsloven_6a, BasisFrom::stated};
    return EffectiveBasis{*by_permit, BasisFrom::permit};
  }
  if (p.legal_basis().parsed()) return EffectiveBasis{p.legal_basis().value, BasisFrom::stated};
  if (p.legal_basis().is_invalid() || !p.start_date().parsed()) return std::nullopt;
  return EffectiveBasis{p.start_date().value < d.integreringsloven_from ? LegalBasis::introduksjonsloven
                                                                       : LegalBasis::integreringsloven,
                        BasisFrom::start_date};
}

// A value read through a table of one: the rules' code, not a copy of it.
namespace {
ParticipationTable one(const Participation& p) {
  ParticipationTable t;
  t.push_back(p);
  return t;
}
}  // namespace

std::optional<LegalBasis> basis_from_permit(const Participation& p, const BasisDates& d) {
  return basis_from_permit(one(p)[0], d);
}
bool stated_6a_stands(const Participation& p, LegalBasis by_permit) { return stated_6a_stands(one(p)[0], by_permit); }
std::optional<EffectiveBasis> effective_basis(const Participation& p, const BasisDates& d) {
  return effective_basis(one(p)[0], d);
}

}  // namespace introcheck
