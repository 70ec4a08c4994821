// The effective legal basis of a participation: which act, and chapter 6A or
// not, as the permit and arrival dates decide it (integreringsloven § 51,
// integreringsforskriften § 72, kapittel 6A), with the stated basis and the
// start date as fallbacks.
#pragma once

#include <introcheck/code_list.hpp>
#include <introcheck/date.hpp>

#include <optional>
#include <string_view>

namespace introcheck {

struct Participation;
class ParticipationView;

/// The dates that decide the basis. Data (lib/data/defaults.conf,
/// [legal_basis]), because the temporary chapter 6A has been extended again
/// and again.
struct BasisDates {
  Date integreringsloven_from{2021, 1, 1};  ///< permits granted, or arrivals, from this day
  Date chapter_6a_from{2022, 3, 11};        ///< § 34 permits granted from this day fall under 6A ...
  Date chapter_6a_until{2026, 7, 1};        ///< ... until this day (exclusive)
};

/// Where the effective basis came from.
enum class BasisFrom {
  permit,      ///< the permit ground and dates (or arrival date)
  stated,      ///< the participation's legal_basis field
  start_date,  ///< the program's start: introduksjonsloven before integreringsloven_from
};
std::string_view to_string(BasisFrom f);  ///< "permit", "stated", "start_date"

struct EffectiveBasis {
  LegalBasis basis;
  BasisFrom from;
};

/// The basis every rule uses, in this order:
/// 1. permit_ground utl_34 with permit_date in [chapter_6a_from, chapter_6a_until) → 6A;
/// 2. permit_date or arrival_date on or after integreringsloven_from → integreringsloven
///    (a stated integreringsloven_6a is kept when permit_ground is empty);
/// 3. permit_date before it and arrival_date known and before it → introduksjonsloven;
/// 4. otherwise the stated legal_basis, and without one the start date.
/// Nothing when none of these is known (or the stated basis is invalid).
std::optional<EffectiveBasis> effective_basis(ParticipationView p, const BasisDates& dates);
std::optional<EffectiveBasis> effective_basis(const Participation& p, const BasisDates& dates);

/// What rules 1-3 alone give (the permit's verdict), for IC112.
std::optional<LegalBasis> basis_from_permit(ParticipationView p, const BasisDates& dates);
std::optional<LegalBasis> basis_from_permit(const Participation& p, const BasisDates& dates);

/// Whether a stated chapter 6A stands against a verdict of `by_permit`:
/// the verdict is integreringsloven, and the permit ground is empty, or
/// utl_34 without a permit date (the dates tell the act, 6A is part of it).
bool stated_6a_stands(ParticipationView p, LegalBasis by_permit);
bool stated_6a_stands(const Participation& p, LegalBasis by_permit);

}  // namespace introcheck
