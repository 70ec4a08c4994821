// The report NIR will show, predicted from the case system.
#include <introcheck/calendar.hpp>
#include <introcheck/legal_basis.hpp>
#include <introcheck/predict.hpp>

#include "model/ended.hpp"
#include "model/place.hpp"

namespace introcheck {

NirReport predict_report(const Dataset& dataset, const Environment& environment, const PredictOptions& options) {
  const Config& config = environment.config;
  Date as_of = options.as_of.is_special() ? today_oslo() : options.as_of;
  NirReport report;
  report.has_follow_up_column = true;
  for (std::size_t i : detail::ended_in_year(dataset.participations, options.year, as_of, config.thresholds)) {
    ParticipationView p = dataset.participations[i];
    if (p.is_protected() || !p.category().parsed() || !p.follow_up_municipality().parsed()) continue;
    auto end = detail::nir_end(p, config.thresholds);
    bool has_reason = p.end_reason().parsed() && !end->by_nir;
    std::string_view district = p.follow_up_district().parsed() ? p.follow_up_district().value : "";
    if (!options.scope.includes_place(p.follow_up_municipality().value, district) ||
        !options.scope.includes_category(p.category().value) || !options.scope.includes_reason(has_reason))
      continue;
    NirRow row;
    row.person_id = p.person_id();
    row.duf_number = p.duf_number();
    row.category = p.category();
    row.residence_municipality = detail::text_value(p.residence_municipality());
    row.residence_district = detail::text_value(p.residence_district());
    row.follow_up_municipality = detail::text_value(p.follow_up_municipality());
    row.follow_up_district = detail::text_value(p.follow_up_district());
    row.start_date = p.start_date();
    row.end_date = Field<Date>::of(end->date);
    if (has_reason) row.end_reason = detail::text_value(p.end_reason());
    row.case_id = p.case_id();
    row.ended_by_nir = end->by_nir;
    if (auto basis = effective_basis(p, config.thresholds.basis_dates)) row.legal_basis = basis->basis;
    report.rows.push_back(std::move(row));
  }
  report.source.rows_read = report.rows.size();
  report.source.accepted = report.rows.size();
  return report;
}

}  // namespace introcheck
