// validate(): builds the index, runs every rule family, then applies severity
// overrides and acknowledgements, renders messages and orders the findings.
#include "rules/context.hpp"

#include "util/flat_hash.hpp"
#include "model/ended.hpp"
#include "model/masking.hpp"
#include "model/persons.hpp"
#include "rules/summary.hpp"

#include <algorithm>
#include <span>
#include <array>
#include <iterator>
#include <tuple>

namespace introcheck {

namespace rules {

Context::Context(const Dataset& dataset, const Environment& environment, const ValidationOptions& opts,
                 const CaseIndex& idx, std::span<const SkippedRule> skipped)
    : data(dataset),
      env(environment),
      options(opts),
      config(environment.config),
      limits(config.thresholds),
      municipalities(*environment.municipalities),
      deadlines(*environment.deadlines),
      year(opts.year),
      as_of(opts.as_of.is_special() ? today_oslo() : opts.as_of),
      year_start(static_cast<unsigned short>(opts.year), 1, 1),
      year_end(static_cast<unsigned short>(opts.year), 12, 31),
      index(idx),
      measures_of(idx.measures_of),
      orphan_measures(idx.orphan_measures),
      persons(idx.persons),
      duplicate_of(idx.duplicate_of),
      skipped_(skipped) {}

bool Context::runs(std::string_view rule) const {
  return std::none_of(skipped_.begin(), skipped_.end(), [&](const SkippedRule& s) { return s.rule == rule; });
}

namespace {

// For each participation with an end, the person's first later participation
// in the same follow-up municipality that starts on or after that end (IC103's
// restart): one sort per person by place and start, then a binary search per
// participation, instead of comparing every pair.
std::vector<Index> next_in_same_place(const ParticipationTable& ps, const detail::Groups& persons,
                                      unsigned threads) {
  std::vector<Index> next(ps.size(), UINT32_MAX);
  auto usable = [&](Index i) { return ps[i].start_date().parsed() && ps[i].follow_up_municipality().parsed(); };
  // The persons' lists are ordered by (start, line, index): "later" is that order.
  auto key = [&](Index i) {
    return std::make_tuple(ps[i].follow_up_municipality().value, ps[i].start_date().value, ps[i].line());
  };
  detail::for_shares(persons.size(), threads, [&](std::size_t, detail::Share share) {
    std::vector<Index> by_place;
    for (std::size_t k = share.begin; k < share.end; ++k) {
      std::span<const Index> list = persons[k];
      if (list.size() < 2) continue;
      by_place.clear();
      for (Index i : list)
        if (usable(i)) by_place.push_back(i);
      std::sort(by_place.begin(), by_place.end(),
                [&](Index a, Index b) { return std::tuple_cat(key(a), std::tie(a)) < std::tuple_cat(key(b), std::tie(b)); });
      for (Index i : list) {
        ParticipationView p = ps[i];
        if (!usable(i) || !p.end_date().parsed()) continue;
        // The first that starts on or after p's end and comes after p in
        // the person's order: the later of two bounds in one sorted list.
        auto starts_by_end = std::lower_bound(by_place.begin(), by_place.end(), i, [&](Index a, Index) {
          return std::make_tuple(ps[a].follow_up_municipality().value, ps[a].start_date().value) <
                 std::make_tuple(p.follow_up_municipality().value, p.end_date().value);
        });
        auto after_p = std::upper_bound(by_place.begin(), by_place.end(), i, [&](Index, Index b) {
          return std::tuple_cat(key(i), std::tie(i)) < std::tuple_cat(key(b), std::tie(b));
        });
        auto it = std::max(starts_by_end, after_p);
        if (it != by_place.end() && ps[*it].follow_up_municipality().value == p.follow_up_municipality().value)
          next[i] = *it;
      }
    }
  });
  return next;
}

}  // namespace

CaseIndex build_index(const Dataset& data, unsigned threads) {
  const auto& ps = data.participations;
  const auto& ms = data.measures;
  CaseIndex x;
  detail::HashIndex by_case(ps.size());
  x.duplicate_of.resize(ps.size());
  for (Index i = 0; i < ps.size(); ++i)
    x.duplicate_of[i] = by_case.find_or_insert(detail::hash_text(ps[i].case_id()), i,
                                               [&](Index j) { return ps[j].case_id() == ps[i].case_id(); });

  // Each measure's owner and sort key, in parts over the measures: one pass
  // over records that are too many to read twice.
  x.owner_of_measure.assign(ms.size(), UINT32_MAX);
  std::vector<std::uint32_t> start(ms.size());
  std::vector<std::vector<Index>> orphans(threads);
  detail::for_shares(ms.size(), threads, [&](std::size_t k, detail::Share part) {
    for (auto i = static_cast<Index>(part.begin); i < part.end; ++i) {
      const MeasureView m = ms[i];
      const std::string_view case_id = m.case_id();
      start[i] = static_cast<std::uint32_t>(m.start_date().value_or(earliest_date()).day_number());
      // Exports list a case's measures together: reuse the previous row's owner.
      if (i > part.begin && case_id == ms[i - 1].case_id()) {
        x.owner_of_measure[i] = x.owner_of_measure[i - 1];
      } else if (!case_id.empty()) {
        Index owner = by_case.find(detail::hash_text(case_id), [&](Index j) { return ps[j].case_id() == case_id; });
        if (owner != detail::HashIndex::none) x.owner_of_measure[i] = owner;
      }
      if (x.owner_of_measure[i] == UINT32_MAX) orphans[k].push_back(i);
    }
  });
  for (auto& o : orphans) x.orphan_measures.insert(x.orphan_measures.end(), o.begin(), o.end());

  x.measures_of = detail::Groups::from_keys(x.owner_of_measure, ps.size());
  detail::for_shares(ps.size(), threads, [&](std::size_t, detail::Share cases) {
    for (std::size_t p = cases.begin; p < cases.end; ++p) {
      auto list = x.measures_of.mutable_group(p);
      if (list.size() > 1)
        std::sort(list.begin(), list.end(), [&](Index a, Index b) { return std::tie(start[a], a) < std::tie(start[b], b); });
    }
  });
  detail::PersonIndex people = detail::index_persons(ps, threads);
  x.persons = std::move(people.persons);
  x.person_of.assign(people.person_of.begin(), people.person_of.end());
  x.next_in_same_place = next_in_same_place(ps, x.persons, threads);
  return x;
}

std::string Context::person_text(ParticipationView p) const {
  return detail::shown_person(p.person_id(), p.raw_text(ParticipationField::person_id), p.duf_number(),
                              p.raw_text(ParticipationField::duf_number), env.reveal_ids);
}

Finding& Context::report(std::string_view rule, ParticipationView p, std::string_view field) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.case_id = p.case_id();
  if (p.follow_up_municipality().parsed()) f.municipality = p.follow_up_municipality().value;
  f.file = data.participants.file;
  f.line = p.line();
  f.field = std::string(field);
  f.person = person_text(p);
  f.table = Finding::Table::participants;
  f.record = p.index();
  return f;
}

Finding& Context::report(std::string_view rule, MeasureView m, std::string_view field) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.case_id = std::string(m.case_id());
  if (auto p = owner(m)) {
    if (p->follow_up_municipality().parsed()) f.municipality = p->follow_up_municipality().value;
    f.person = person_text(*p);
  }
  f.file = data.measures_source.file;
  f.line = m.line();
  f.field = std::string(field);
  f.table = Finding::Table::measures;
  f.record = m.index();
  return f;
}

Finding& Context::report_municipality(std::string_view rule, std::string_view municipality) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.municipality = std::string(municipality);
  return f;
}

std::optional<ParticipationView> Context::owner(MeasureView m) const {
  std::size_t i = m.index();
  if (i >= index.owner_of_measure.size() || index.owner_of_measure[i] == UINT32_MAX) return std::nullopt;
  return data.participations[index.owner_of_measure[i]];
}

bool Context::took_part(ParticipationView p) const {
  if (!p.start_date().parsed() || p.end_date().is_invalid()) return false;
  if (p.start_date().value > year_end) return false;
  return !p.end_date().parsed() || p.end_date().value >= year_start;
}

std::optional<Date> Context::registered_end_in_year(ParticipationView p) const {
  auto end = detail::end_in_year(p, year, as_of, limits);
  if (!end || end->by_nir) return std::nullopt;
  return end->date;
}

std::optional<Date> Context::counted_until(ParticipationView p) const {
  if (p.end_date().parsed()) return p.end_date().value;
  if (p.end_date().is_invalid()) return std::nullopt;
  return std::min(as_of, year_end);
}

}  // namespace rules

ValidationReport validate(const Dataset& dataset, const Environment& environment, const ValidationOptions& options) {
  // Small datasets (a form, a test) stay on the calling thread: starting a
  // thread costs more than checking a few thousand records.
  constexpr std::size_t worth_a_thread = 20000;
  unsigned threads = dataset.participations.size() + dataset.measures.size() < worth_a_thread
                         ? 1 : detail::thread_count(environment.threads);
  const rules::CaseIndex index = rules::build_index(dataset, threads);
  std::vector<SkippedRule> skipped = detail::skipped_rules(dataset, environment);
  const auto& ps = dataset.participations;
  auto by_participation = rules::split(ps.size(), threads);
  auto by_measure = rules::split(dataset.measures.size(), threads);
  auto by_person = rules::split(index.persons.size(), threads);

  // Each part keeps each family's findings apart; joined family by family,
  // part by part, they are in the order one thread would have made them.
  constexpr std::size_t families = 4;
  std::vector<std::array<std::vector<Finding>, families>> found(threads);
  detail::run_parts(threads, [&](std::size_t k) {
    rules::Context c(dataset, environment, options, index, skipped);
    rules::record_rules(c, by_participation[k]);
    found[k][0] = std::exchange(c.findings, {});
    if (dataset.has_measures) rules::measure_rules(c, by_measure[k]);
    found[k][1] = std::exchange(c.findings, {});
    rules::year_end_rules(c, by_participation[k]);
    rules::integration_rules(c, by_participation[k]);
    found[k][2] = std::exchange(c.findings, {});
    rules::person_rules(c, by_person[k]);
    found[k][3] = std::exchange(c.findings, {});
  });
  rules::Context c(dataset, environment, options, index, skipped);
  for (std::size_t family = 0; family < families; ++family)
    for (auto& part : found)
      std::move(part[family].begin(), part[family].end(), std::back_inserter(c.findings));
  rules::attribution_rules(c);

  ValidationReport report;
  detail::finish_findings(c.findings, environment, threads, options.render_messages);
  report.findings = std::move(c.findings);
  detail::describe_run(report.summary, dataset, environment, c.year, c.as_of, options.deadline, std::move(skipped));
  summarize(report);
  return report;
}

}  // namespace introcheck
