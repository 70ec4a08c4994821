// Participation: one person's course in the introduction program.
#pragma once

#include <introcheck/code_list.hpp>
#include <introcheck/date.hpp>
#include <introcheck/field.hpp>
#include <introcheck/person_id.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace introcheck {

/// Names of a participation's fields; also the canonical CSV column names.
enum class ParticipationField {
  case_id,
  person_id,
  duf_number,
  category,
  legal_basis,
  follow_up_municipality,
  follow_up_district,
  residence_municipality,
  residence_district,
  protected_address,
  start_date,
  end_date,
  end_reason,
  extended,
  covid_extension,
  leave_days,
  settlement_date,
  // 0.2: integreringsloven and its chapter 6A. Every one is optional.
  permit_ground,
  permit_date,
  arrival_date,
  settled_by_agreement,
  education,
  end_goal,
  mapping_date,
  career_guidance_date,
  plan_date,
  children_under_18,
  registered_date,
};
inline constexpr std::size_t participation_field_count = 28;

std::string_view to_string(ParticipationField f);

/// Original text of a field that was invalid or repaired, kept for messages.
template <class FieldName>
struct RawValue {
  FieldName field;
  std::string text;
};

/// A spreadsheet repair (leading zero restored): the field and what was read.
template <class FieldName>
struct Repair {
  FieldName field;
  std::string original;
};

/// One program course. Periods include both start and end date.
struct Participation {
  std::string case_id;  ///< the vendor's key; never a person id
  Field<PersonId> person_id;   ///< fødselsnummer or D-nummer (synthetic ids parse and are marked)
  Field<PersonId> duf_number;  ///< DUF number
  Field<Category> category;
  Field<LegalBasis> legal_basis;  ///< as stated; rules use effective_basis() (legal_basis.hpp)
  Field<std::string> follow_up_municipality;  ///< the one results count for
  Field<std::string> follow_up_district;
  Field<std::string> residence_municipality;
  Field<std::string> residence_district;
  Field<bool> protected_address;  ///< skjermet adresse: residence never output
  Field<Date> start_date;
  Field<Date> end_date;  ///< empty: still in the program
  Field<std::string> end_reason;  ///< a code of the end-reason list
  Field<bool> extended;         ///< third year for special reasons (introduksjonsloven § 5)
  Field<bool> covid_extension;  ///< extended beyond three years under the covid-19 rules
  Field<int> leave_days;        ///< approved leave
  Field<Date> settlement_date;  ///< bosettingsdato
  Field<PermitGround> permit_ground;   ///< the residence permit's ground
  Field<Date> permit_date;             ///< residence permit granted (vedtaksdato)
  Field<Date> arrival_date;            ///< arrival in Norway
  Field<bool> settled_by_agreement;    ///< bosatt etter avtale med integreringsmyndighetene
  Field<Education> education;          ///< the highest completed
  Field<std::string> end_goal;         ///< sluttmål: a code of the end-goal list
  Field<Date> mapping_date;            ///< kompetansekartlegging done
  Field<Date> career_guidance_date;    ///< karriereveiledning done
  Field<Date> plan_date;               ///< integreringsplan made
  Field<bool> children_under_18;       ///< has children under 18
  Field<Date> registered_date;         ///< the participation's latest change registered in NIR

  std::size_t line = 0;  ///< line in the source file; 0 when built in memory
  std::vector<RawValue<ParticipationField>> raw;  ///< text of invalid fields
  std::vector<Repair<ParticipationField>> repairs;

  /// effective_basis() with the default dates, without where it came from.
  [[deprecated("use effective_basis(), whose dates are data")]]
  std::optional<LegalBasis> legal_basis_or_default() const;
  /// Protection fails closed: a value that is not a clear "no" (nei, 0,
  /// false, empty) counts as protected, so a typo never shows a residence.
  bool is_protected() const { return protected_address.value_or(false) || protected_address.is_invalid(); }
  bool is_covid_extension() const { return covid_extension.value_or(false); }
  /// The original text of an invalid field, or "".
  std::string_view raw_text(ParticipationField f) const;
};

}  // namespace introcheck
