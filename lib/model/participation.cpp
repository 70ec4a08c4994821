#include <introcheck/measure.hpp>
#include <introcheck/legal_basis.hpp>
#include <introcheck/participation.hpp>

namespace introcheck {

std::string_view to_string(ParticipationField f) {
  static constexpr std::string_view names[participation_field_count] = {
      "case_id",          "person_id",          "duf_number",
      "category",         "legal_basis",        "follow_up_municipality",
      "follow_up_district", "residence_municipality", "residence_district",
      "protected_address", "start_date",        "end_date",
      "end_reason",       "extended",           "covid_extension",
      "leave_days",       "settlement_date",
      "permit_ground",    "permit_date",        "arrival_date",
      "settled_by_agreement", "education",      "end_goal",
      "mapping_date",     "career_guidance_date", "plan_date",
      "children_under_18", "registered_date"};
  return names[static_cast<std::size_t>(f)];
}

std::string_view to_string(MeasureField f) {
  static constexpr std::string_view names[measure_field_count] = {
      "case_id", "measure", "start_date", "end_date", "hours_per_week", "completed"};
  return names[static_cast<std::size_t>(f)];
}

std::optional<LegalBasis> Participation::legal_basis_or_default() const {
  auto b = effective_basis(*this, BasisDates{});
  return b ? std::optional<LegalBasis>(b->basis) : std::nullopt;
}

std::string_view Participation::raw_text(ParticipationField f) const {
  for (const auto& r : raw)
    if (r.field == f) return r.text;
  return {};
}

std::string_view Measure::raw_text(MeasureField f) const {
  for (const auto& r : raw)
    if (r.field == f) return r.text;
  return {};
}

}  // namespace introcheck
