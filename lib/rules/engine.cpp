// validate(): builds the index, runs every rule family, then applies severity
// overrides and acknowledgements, renders messages and orders the findings.
#include "context.hpp"

#include "../flat_hash.hpp"
#include "../persons.hpp"
#include "../summary.hpp"

#include <algorithm>
#include <tuple>

namespace introcheck {

Date add_years(Date date, int years) {
  int y = date.year() + years;
  int m = date.month(), d = date.day();
  if (m == 2 && d == 29 && !is_real_date(y, 2, 29)) d = 28;
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

namespace rules {

Context::Context(const Dataset& dataset, const ValidationOptions& opts)
    : data(dataset),
      options(opts),
      config(opts.config ? *opts.config : Config::defaults()),
      limits(config.thresholds),
      municipalities(opts.municipalities ? *opts.municipalities : Municipalities::builtin()),
      deadlines(opts.deadlines ? *opts.deadlines : DeadlineTable::builtin()),
      year(opts.year),
      as_of(opts.as_of.is_special() ? today_oslo() : opts.as_of),
      year_start(static_cast<unsigned short>(opts.year), 1, 1),
      year_end(static_cast<unsigned short>(opts.year), 12, 31) {
  build_index();
}

void Context::build_index() {
  const auto& ps = data.participations;
  const auto& ms = data.measures;
  detail::HashIndex by_case(ps.size());
  duplicate_of.resize(ps.size());
  for (Index i = 0; i < ps.size(); ++i)
    duplicate_of[i] = by_case.find_or_insert(detail::hash_text(ps[i].case_id), i,
                                             [&](Index j) { return ps[j].case_id == ps[i].case_id; });
  owner_of_measure_.assign(ms.size(), UINT32_MAX);
  for (Index i = 0; i < ms.size(); ++i) {
    const std::string& id = ms[i].case_id;
    // Exports list a case's measures together: reuse the previous row's owner.
    if (i > 0 && id == ms[i - 1].case_id) {
      if (owner_of_measure_[i - 1] == UINT32_MAX) orphan_measures.push_back(i);
      owner_of_measure_[i] = owner_of_measure_[i - 1];
      continue;
    }
    Index owner = id.empty() ? detail::HashIndex::none
                             : by_case.find(detail::hash_text(id), [&](Index j) { return ps[j].case_id == id; });
    if (owner == detail::HashIndex::none) orphan_measures.push_back(i);
    else owner_of_measure_[i] = owner;
  }
  measures_of = detail::Groups::from_keys(owner_of_measure_, ps.size());
  // Sort keys read in file order once, not from scattered records per comparison.
  std::vector<std::uint32_t> start(ms.size());
  for (Index i = 0; i < ms.size(); ++i)
    start[i] = static_cast<std::uint32_t>(ms[i].start_date.value_or(earliest_date()).day_number());
  for (std::size_t k = 0; k < measures_of.size(); ++k) {
    auto list = measures_of.mutable_group(k);
    std::sort(list.begin(), list.end(),
              [&](Index a, Index b) { return std::tie(start[a], a) < std::tie(start[b], b); });
  }
  persons = detail::group_by_person(ps);
}

std::string Context::person_text(const Participation& p) const {
  const Field<PersonId>& id = p.person_id.parsed() ? p.person_id : p.duf_number;
  if (id.parsed()) return options.reveal_ids ? id.value.digits : mask_person_id(id.value.digits);
  // An invalid id is shown only as "***" unless ids are revealed.
  for (auto f : {ParticipationField::person_id, ParticipationField::duf_number}) {
    std::string_view raw = p.raw_text(f);
    if (!raw.empty()) return options.reveal_ids ? std::string(raw) : std::string("***");
  }
  return {};
}

Finding& Context::report(std::string_view rule, const Participation& p, std::string_view field) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.case_id = p.case_id;
  if (p.follow_up_municipality.parsed()) f.municipality = p.follow_up_municipality.value;
  f.file = data.participants.file;
  f.line = p.line;
  f.field = std::string(field);
  f.person = person_text(p);
  return f;
}

Finding& Context::report(std::string_view rule, const Measure& m, std::string_view field) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.case_id = m.case_id;
  if (const Participation* p = owner(m)) {
    if (p->follow_up_municipality.parsed()) f.municipality = p->follow_up_municipality.value;
    f.person = person_text(*p);
  }
  f.file = data.measures_source.file;
  f.line = m.line;
  f.field = std::string(field);
  return f;
}

Finding& Context::report_municipality(std::string_view rule, std::string_view municipality) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.municipality = std::string(municipality);
  return f;
}

const Participation* Context::owner(const Measure& m) const {
  auto i = static_cast<std::size_t>(&m - data.measures.data());
  if (i >= owner_of_measure_.size() || owner_of_measure_[i] == UINT32_MAX) return nullptr;
  return &data.participations[owner_of_measure_[i]];
}

bool Context::took_part(const Participation& p) const {
  if (!p.start_date.parsed() || p.end_date.is_invalid()) return false;
  if (p.start_date.value > year_end) return false;
  return !p.end_date.parsed() || p.end_date.value >= year_start;
}

bool Context::ended_in_year(const Participation& p) const {
  return p.end_date.parsed() && p.end_date.value.year() == year && p.end_date.value <= as_of;
}

std::optional<Date> Context::counted_until(const Participation& p) const {
  if (p.end_date.parsed()) return p.end_date.value;
  if (p.end_date.is_invalid()) return std::nullopt;
  return std::min(as_of, year_end);
}

}  // namespace rules

ValidationReport validate(const Dataset& dataset, const ValidationOptions& options) {
  rules::Context c(dataset, options);
  rules::record_rules(c);
  if (dataset.has_measures) rules::measure_rules(c);
  rules::year_end_rules(c);
  rules::person_rules(c);
  rules::attribution_rules(c);

  ValidationReport report;
  detail::finish_findings(c.findings, c.config, options.language);
  report.findings = std::move(c.findings);
  detail::describe_run(report.summary, dataset, c.year, c.as_of, options.deadline, c.deadlines,
                       c.municipalities, c.config, options.end_reasons, options.measures);
  summarize(report);
  return report;
}

}  // namespace introcheck
