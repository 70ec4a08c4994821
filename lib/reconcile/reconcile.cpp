// Reconciliation: NIR's report matched line by line against the case
// system; the rules that judge each match (IC401-IC409) are in lib/rules/.
#include <introcheck/reconcile.hpp>

#include "model/ended.hpp"
#include "model/persons.hpp"
#include "rules/reconciliation.hpp"
#include "rules/summary.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>
#include <unordered_set>

namespace introcheck {
namespace {

using boost::gregorian::days;

long overlap_days(Date a1, Date a2, Date b1, Date b2) {
  Date first = std::max(a1, b1), last = std::min(a2, b2);
  return last < first ? 0 : (last - first).days() + 1;
}

}  // namespace

ReconcileReport reconcile(const Dataset& dataset, const NirReport& report, const Environment& env,
                          const ReconcileOptions& options) {
  const Config& config = env.config;
  rules::Comparison r(dataset, report, env, options.year, options.as_of.is_special() ? today_oslo() : options.as_of);
  const ReportScope& scope = options.scope;
  const auto& ps = dataset.participations;
  ReconcileReport out;
  ReconciliationCounts& n = out.counts;

  // The municipalities compared: the one asked for, else those in the report.
  std::set<std::string> municipalities;
  if (scope.municipality) municipalities.insert(*scope.municipality);
  else
    for (const NirRow& row : report.rows)
      if (row.follow_up_municipality.parsed()) municipalities.insert(row.follow_up_municipality.value);
  bool every_municipality = !scope.municipality && !report.has_follow_up_column;
  // Looked up once per participation and per row: a hash, not a tree walk.
  const std::unordered_set<std::string_view> in_scope(municipalities.begin(), municipalities.end());
  auto in_municipalities = [&](std::string_view code) { return in_scope.count(code) > 0; };
  auto in_place = [&](ParticipationView p) {
    if (!p.follow_up_municipality().parsed()) return false;
    if (!every_municipality && !in_municipalities(p.follow_up_municipality().value)) return false;
    return !scope.district || (p.follow_up_district().parsed() && p.follow_up_district().value == *scope.district);
  };

  // Each person's latest end in Y as NIR sees it, within the place scope.
  const detail::PersonIndex people = detail::index_persons(ps);
  std::vector<std::size_t> ended;
  for (std::size_t i : detail::ended_in_year(ps, people.persons, r.year, r.as_of, config.thresholds))
    if (in_place(ps[i])) ended.push_back(i);
  // By id number: the ended participation with that id (a person ends at
  // most once, so an id names at most one), and the participation with the
  // latest start that has it (the first of equals).
  constexpr std::uint32_t none = detail::IdNumbers::none;
  std::vector<std::uint32_t> ended_by_id(people.ids.size(), none), latest_by_id(people.ids.size(), none);
  for (std::size_t i : ended)
    for (std::uint32_t id : people.id_numbers[i])
      if (id != none) ended_by_id[id] = static_cast<std::uint32_t>(i);
  auto start_of = [&](std::size_t i) { return ps[i].start_date().value_or(earliest_date()); };
  for (std::uint32_t i = 0; i < ps.size(); ++i)
    for (std::uint32_t id : people.id_numbers[i])
      if (id != none && (latest_by_id[id] == none || start_of(i) > start_of(latest_by_id[id]))) latest_by_id[id] = i;
  auto number = [&](const Field<PersonId>& id) { return id.parsed() ? people.ids.find(id.value) : none; };

  std::vector<bool> matched(ps.size(), false);
  for (const NirRow& row : report.rows) {
    bool row_in_scope =
        (every_municipality || !row.follow_up_municipality.parsed() ||
         in_municipalities(row.follow_up_municipality.value)) &&
        (!row.category.parsed() || scope.includes_category(row.category.value)) &&
        scope.includes_reason(row.end_reason.parsed());
    if (!row_in_scope) {
      ++n.report_rows_out_of_scope;
      continue;
    }
    ++n.report_rows;

    // Candidates: unmatched ended participations of the person, by any id.
    std::vector<std::size_t> candidates;
    for (const Field<PersonId>* id : {&row.person_id, &row.duf_number}) {
      std::uint32_t id_number = number(*id);
      if (id_number == none) continue;
      std::uint32_t i = ended_by_id[id_number];
      if (i != none && !matched[i] && std::find(candidates.begin(), candidates.end(), i) == candidates.end())
        candidates.push_back(i);
    }
    auto preference = [&](std::size_t i) {
      ParticipationView p = ps[i];
      Date end = detail::nir_end(p, config.thresholds)->date;
      bool same_muni = row.follow_up_municipality.parsed() && p.follow_up_municipality().value == row.follow_up_municipality.value;
      bool same_end = row.end_date.parsed() && row.end_date.value == end;
      long overlap = row.start_date.parsed() && row.end_date.parsed() && p.start_date().parsed()
                         ? overlap_days(row.start_date.value, row.end_date.value, p.start_date().value, end)
                         : 0;
      return std::make_tuple(same_muni, same_end, end, overlap);
    };
    std::optional<std::size_t> best;
    for (std::size_t i : candidates) {
      if (!best || preference(i) > preference(*best) ||
          (preference(i) == preference(*best) && ps[i].case_id() < ps[*best].case_id()))
        best = i;
    }

    if (!best) {
      ++n.unmatched_report_rows;
      // The person's latest participation tells what the case system says.
      std::optional<ParticipationView> known;
      for (const Field<PersonId>* id : {&row.person_id, &row.duf_number}) {
        if (!id->parsed() || known) continue;
        if (std::uint32_t id_number = number(*id); id_number != none) known = ps[latest_by_id[id_number]];
      }
      rules::unmatched_row_rules(r, row, known);
      continue;
    }

    matched[*best] = true;
    ++(rules::matched_row_rules(r, row, ps[*best]) ? n.matched_with_discrepancies : n.matched_equal);
  }

  // Ended in scope but not in the report: explained, or missing (IC402).
  n.ended_in_scope = ended.size();
  for (std::size_t i : ended) {
    if (matched[i]) continue;
    ParticipationView p = ps[i];
    detail::NirEnd end = *detail::nir_end(p, config.thresholds);
    bool has_reason = p.end_reason().parsed() && !end.by_nir;
    std::string reason;
    if (p.is_protected()) reason = "protected_address";
    else if ((p.category().parsed() && !scope.includes_category(p.category().value)) || !scope.includes_reason(has_reason))
      reason = "outside_filters";
    if (!reason.empty()) {
      out.absences.push_back({std::string(p.case_id()), std::string(p.follow_up_municipality().value), p.line(), reason});
      ++n.explained_absences;
      continue;
    }
    ++n.missing_from_report;
    rules::missing_row_rules(r, p);
  }
  // Covid extensions the case system ends in Y that NIR ended in another year.
  std::vector<bool> counted(people.persons.size(), false);  // persons with an end in `ended`
  for (std::size_t i : ended) counted[people.person_of[i]] = true;
  for (std::size_t k = 0; k < people.persons.size(); ++k) {
    if (counted[k]) continue;
    for (std::uint32_t i : people.persons[k]) {
      ParticipationView p = ps[i];
      if (!p.is_covid_extension() || !p.end_date().parsed() || p.end_date().value.year() != r.year ||
          p.end_date().value > r.as_of || !in_place(p))
        continue;
      out.absences.push_back({std::string(p.case_id()), std::string(p.follow_up_municipality().value), p.line(), "covid_extension"});
      ++n.explained_absences;
      ++n.ended_in_scope;
      break;
    }
  }

  // Severity, acknowledgement, messages, order and counts: as for validation.
  detail::finish_findings(r.findings, env, 1, options.render_messages);
  out.base.findings = std::move(r.findings);
  detail::describe_run(out.base.summary, dataset, env, r.year, r.as_of, options.deadline,
                       detail::skipped_rules(dataset, env));
  out.with_validation = options.with_validation;
  if (options.with_validation) {
    ValidationReport validation = validate(dataset, env, {r.year, r.as_of, options.deadline, options.render_messages});
    std::move(validation.findings.begin(), validation.findings.end(), std::back_inserter(out.base.findings));
    out.base.summary.deadline = validation.summary.deadline;
    out.base.summary.days_left = validation.summary.days_left;
  }
  summarize(out.base);
  out.municipalities.assign(municipalities.begin(), municipalities.end());
  out.nir_source = report.source;

  // The chart's scope: the one municipality compared, else all of them.
  PublishOptions chart{r.year, r.as_of, scope.municipality, scope.district};
  if (!chart.municipality && out.municipalities.size() == 1) chart.municipality = out.municipalities.front();
  out.results = compute_results(dataset, env, chart);
  return out;
}

}  // namespace introcheck
