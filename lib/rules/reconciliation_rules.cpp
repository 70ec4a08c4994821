// Reconciliation checks (IC401-IC409): NIR's report, as exported, against the
// case system, line by line, as IMDi asks municipalities to do.
#include "rules/catalogue.hpp"
#include "rules/reconciliation.hpp"

#include "model/ended.hpp"
#include "model/masking.hpp"
#include "model/place.hpp"

#include <introcheck/calendar.hpp>
#include <introcheck/rule_ids.hpp>

namespace introcheck {

const std::string_view rule_ids::IC401 = "IC401";
const std::string_view rule_ids::IC402 = "IC402";
const std::string_view rule_ids::IC403 = "IC403";
const std::string_view rule_ids::IC404 = "IC404";
const std::string_view rule_ids::IC405 = "IC405";
const std::string_view rule_ids::IC406 = "IC406";
const std::string_view rule_ids::IC407 = "IC407";
const std::string_view rule_ids::IC408 = "IC408";
const std::string_view rule_ids::IC409 = "IC409";

namespace rules {
namespace {

namespace id = rule_ids;
using S = Severity;

void param(Finding& f, std::string name, ParamValue v) { f.params.push_back({std::move(name), std::move(v)}); }

std::string_view raw_text(const NirRow& row, NirField field) {
  for (const auto& r : row.raw)
    if (r.field == field) return r.text;
  return {};
}

std::string person(const Comparison& c, const NirRow& row) {
  return detail::shown_person(row.person_id, raw_text(row, NirField::person_id), row.duf_number,
                              raw_text(row, NirField::duf_number), c.env.reveal_ids);
}

std::string person(const Comparison& c, ParticipationView p) {
  return detail::shown_person(p.person_id(), p.raw_text(ParticipationField::person_id), p.duf_number(),
                              p.raw_text(ParticipationField::duf_number), c.env.reveal_ids);
}

// NIR's end date, when the row has one: the messages say "without an end
// date" otherwise (nir_end), rather than show a placeholder.
void nir_end_date(Finding& f, const NirRow& row) {
  if (row.end_date.parsed()) param(f, "nir_end_date", row.end_date.value);
  param(f, "nir_end", std::string(row.end_date.parsed() ? "known" : "unknown"));
}

// The end reason the case system registered, unless NIR ends the participation itself.
std::optional<std::string_view> case_reason(ParticipationView p, const detail::NirEnd& end) {
  if (!p.end_reason().parsed() || end.by_nir) return std::nullopt;
  return p.end_reason().value;
}

const RuleInfo IC401_entry = {.id = id::IC401,
                              .severity = S::error,
                              .source = "IMDi: kontroller rapporten «Deltakere som har avsluttet introduksjonsprogram» mot fagsystemet",
                              .params = "nir_end_date nir_end state case_end_date nir_reason year"};
// IC401: NIR shows the person as ended in Y, the case system does not: still
// in the program, or ended another year. A known NIR fault ("flyttet").
void ended_only_in_nir(Comparison& c, const NirRow& row, ParticipationView known) {
  Finding& f = c.report_row(id::IC401, row, known, "end_date");
  nir_end_date(f, row);
  auto end = detail::nir_end(known, c.config.thresholds);
  bool ended = end && end->date <= c.as_of;
  param(f, "state", std::string(ended ? "other_year" : "in_program"));
  if (ended) param(f, "case_end_date", end->date);
  param(f, "nir_reason", row.end_reason.parsed() ? row.end_reason.value : std::string("none"));
  param(f, "year", static_cast<long long>(c.year));
}

const RuleInfo IC402_entry = {.id = id::IC402,
                              .severity = S::error,
                              .source = "IMDi: avslutning for alle som avsluttet i året registreres i NIR",
                              .params = "end_date"};
// IC402: ended in Y in the case system, but not in NIR's report.
void missing_from_report(Comparison& c, ParticipationView p) {
  const detail::NirEnd end = *detail::nir_end(p, c.config.thresholds);
  param(c.report_participation(id::IC402, p, "end_date"), "end_date", end.date);
}

const RuleInfo IC403_entry = {.id = id::IC403,
                              .severity = S::error,
                              .source = "IMDi: avslutningsårsak skal stemme mellom NIR og fagsystemet",
                              .params = "nir_reason case_reason"};
// IC403: NIR has an end reason the case system does not have.
void end_reason_differs(Comparison& c, const NirRow& row, ParticipationView p, const detail::NirEnd& end) {
  const std::optional<std::string_view> ours = case_reason(p, end);
  if (!row.end_reason.parsed() || (ours && *ours == row.end_reason.value)) return;
  Finding& f = c.report_row(id::IC403, row, p, "end_reason");
  param(f, "nir_reason", row.end_reason.value);
  param(f, "case_reason", std::string(ours ? *ours : std::string_view("—")));
}

const RuleInfo IC404_entry = {.id = id::IC404,
                              .severity = S::warning,
                              .source = "IMDi: kontroller rapporten mot fagsystemet",
                              .params = "nir_end_date case_end_date"};
// IC404: another end date.
void end_date_differs(Comparison& c, const NirRow& row, ParticipationView p, const detail::NirEnd& end) {
  if (!row.end_date.parsed() || row.end_date.value == end.date) return;
  Finding& f = c.report_row(id::IC404, row, p, "end_date");
  param(f, "nir_end_date", row.end_date.value);
  param(f, "case_end_date", end.date);
}

const RuleInfo IC405_entry = {.id = id::IC405,
                              .severity = S::warning,
                              .source = "IMDi: kontroller rapporten mot fagsystemet",
                              .params = "nir_category case_category"};
// IC405: another category.
void category_differs(Comparison& c, const NirRow& row, ParticipationView p) {
  if (!row.category.parsed() || !p.category().parsed() || row.category.value == p.category().value) return;
  Finding& f = c.report_row(id::IC405, row, p, "category");
  param(f, "nir_category", std::string(to_string(row.category.value)));
  param(f, "case_category", std::string(to_string(p.category().value)));
}

const RuleInfo IC406_entry = {.id = id::IC406,
                              .severity = S::error,
                              .source = "IMDi: «avslutningsårsak ikke registrert» i rapporten betyr at registreringen ikke kom fram",
                              .params = "case_reason"};
// IC406: NIR shows "ikke registrert" where the case system has a reason: the
// registration did not reach NIR.
void reason_not_in_nir(Comparison& c, const NirRow& row, ParticipationView p, const detail::NirEnd& end) {
  const std::optional<std::string_view> ours = case_reason(p, end);
  if (!row.end_reason.parsed() && ours) param(c.report_row(id::IC406, row, p, "end_reason"), "case_reason", std::string(*ours));
}

const RuleInfo IC407_entry = {.id = id::IC407,
                              .severity = S::warning,
                              .source = "IMDi: kontroller rapporten mot fagsystemet",
                              .params = "nir_end_date nir_end has_name name"};
// IC407: NIR shows a person the case system does not know. The name only
// when ids are revealed.
void person_unknown(Comparison& c, const NirRow& row) {
  Finding& f = c.report_row(id::IC407, row, std::nullopt, "person_id");
  nir_end_date(f, row);
  bool show_name = c.env.reveal_ids && !row.name.empty();
  param(f, "has_name", std::string(show_name ? "yes" : "no"));
  if (show_name) param(f, "name", row.name);
}

const RuleInfo IC408_entry = {.id = id::IC408,
                              .severity = S::info,
                              .source = "IMDi/SSB: resultatene telles for oppfølgingskommunen",
                              .params = "residence follow_up"};
// IC408: the report shows a residence other than the follow-up place; NIR
// counts for the follow-up one. Never for a protected person (IC409).
void residence_differs(Comparison& c, const NirRow& row, ParticipationView p) {
  if (p.is_protected() || !row.residence_municipality.parsed()) return;
  bool same = row.residence_municipality.value == p.follow_up_municipality().value &&
              !(row.residence_district.parsed() && p.follow_up_district().parsed() &&
                row.residence_district.value != p.follow_up_district().value);
  if (same) return;
  Finding& f = c.report_row(id::IC408, row, p, "residence_municipality");
  param(f, "residence", detail::place(detail::text_field(row.residence_municipality), detail::text_field(row.residence_district)));
  param(f, "follow_up", detail::place(p.follow_up_municipality(), p.follow_up_district()));
}

const RuleInfo IC409_entry = {.id = id::IC409,
                              .severity = S::info,
                              .source = "IMDi: personer med skjermet adresse holdes utenfor kommunens oversikt",
                              .params = ""};
// IC409: a person with a protected address in the case system is in the report.
void protected_in_report(Comparison& c, const NirRow& row, ParticipationView p) {
  if (p.is_protected()) c.report_row(id::IC409, row, p, "protected_address");
}

}  // namespace

Comparison::Comparison(const Dataset& dataset, const NirReport& nir, const Environment& environment, int y,
                       Date t)
    : data(dataset), report(nir), env(environment), config(environment.config), year(y), as_of(t) {}

Finding& Comparison::report_row(std::string_view rule, const NirRow& row, std::optional<ParticipationView> p,
                                std::string_view field) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.file = report.source.file;
  f.line = row.line;
  f.field = std::string(field);
  f.person = person(*this, row);
  f.table = Finding::Table::nir_report;
  f.record = static_cast<std::size_t>(&row - report.rows.data());
  if (p) {
    f.case_id = p->case_id();
    if (p->follow_up_municipality().parsed()) f.municipality = p->follow_up_municipality().value;
  } else if (row.follow_up_municipality.parsed()) {
    f.municipality = row.follow_up_municipality.value;
  }
  return f;
}

Finding& Comparison::report_participation(std::string_view rule, ParticipationView p, std::string_view field) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.file = data.participants.file;
  f.line = p.line();
  f.field = std::string(field);
  f.person = person(*this, p);
  f.table = Finding::Table::participants;
  f.record = p.index();
  f.case_id = p.case_id();
  if (p.follow_up_municipality().parsed()) f.municipality = p.follow_up_municipality().value;
  return f;
}

bool matched_row_rules(Comparison& c, const NirRow& row, ParticipationView p) {
  const detail::NirEnd end = *detail::nir_end(p, c.config.thresholds);
  std::size_t before = c.findings.size();
  reason_not_in_nir(c, row, p, end);
  end_reason_differs(c, row, p, end);
  end_date_differs(c, row, p, end);
  category_differs(c, row, p);
  protected_in_report(c, row, p);
  residence_differs(c, row, p);
  for (std::size_t k = before; k < c.findings.size(); ++k) {
    const RuleInfo* info = find_rule(c.findings[k].rule);
    if (c.config.severity_of(c.findings[k].rule, info->severity) != Severity::info) return true;
  }
  return false;
}

void unmatched_row_rules(Comparison& c, const NirRow& row, std::optional<ParticipationView> known) {
  if (known) ended_only_in_nir(c, row, *known);
  else person_unknown(c, row);
}

void missing_row_rules(Comparison& c, ParticipationView p) { missing_from_report(c, p); }

std::span<const RuleInfo* const> reconciliation_catalogue() {
  static const RuleInfo* const entries[] = {&IC401_entry, &IC402_entry, &IC403_entry, &IC404_entry, &IC405_entry, &IC406_entry, &IC407_entry, &IC408_entry, &IC409_entry};
  return entries;
}

}  // namespace rules
}  // namespace introcheck
