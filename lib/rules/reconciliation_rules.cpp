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

std::string person(const Comparison& c, const Participation& p) {
  return detail::shown_person(p.person_id, p.raw_text(ParticipationField::person_id), p.duf_number,
                              p.raw_text(ParticipationField::duf_number), c.env.reveal_ids);
}

// NIR's end date, when the row has one: the messages say "without an end
// date" otherwise (nir_end), rather than show a placeholder.
void nir_end_date(Finding& f, const NirRow& row) {
  if (row.end_date.parsed()) param(f, "nir_end_date", row.end_date.value);
  param(f, "nir_end", std::string(row.end_date.parsed() ? "known" : "unknown"));
}

// The end reason the case system registered, unless NIR ends the participation itself.
const std::string* case_reason(const Participation& p, const detail::NirEnd& end) {
  return p.end_reason.parsed() && !end.by_nir ? &p.end_reason.value : nullptr;
}

const RuleInfo IC401_entry = {id::IC401, S::error, "Ended in NIR but not in the case system", "Avsluttet i NIR, men ikke i fagsystemet",
     "IMDi: kontroller rapporten «Deltakere som har avsluttet introduksjonsprogram» mot fagsystemet",
     "NIR viser deltakeren som avsluttet{nir_end, select, known { {nir_end_date, date, ::dMMMMy}} other { (uten avslutningsdato)}}, men i fagsystemet {state, select, other_year {avsluttet deltakeren {case_end_date, date, ::dMMMMy}} other {er deltakeren fortsatt i program}}. "
     "{nir_reason, select, flyttet {Dette er en kjent feil i NIR: slett den feilaktige avslutningen direkte i NIR, og registrer riktig avslutningsårsak hvis deltakeren faktisk avsluttet i {year, number, ::group-off}.} other {Rett avslutningen i NIR eller i fagsystemet.}}",
     "NIR viser deltakaren som avslutta{nir_end, select, known { {nir_end_date, date, ::dMMMMy}} other { (utan avslutningsdato)}}, men i fagsystemet {state, select, other_year {avslutta deltakaren {case_end_date, date, ::dMMMMy}} other {er deltakaren framleis i program}}. "
     "{nir_reason, select, flyttet {Dette er ein kjend feil i NIR: slett den feilaktige avsluttinga direkte i NIR, og registrer rett avslutningsårsak dersom deltakaren faktisk avslutta i {year, number, ::group-off}.} other {Rett avsluttinga i NIR eller i fagsystemet.}}",
     "NIR shows the participant as ended{nir_end, select, known { on {nir_end_date, date, ::dMMMMy}} other { (without an end date)}}, but in the case system {state, select, other_year {the participant ended on {case_end_date, date, ::dMMMMy}} other {the participant is still in the program}}. "
     "{nir_reason, select, flyttet {This is a known NIR fault: delete the wrong end registration directly in NIR, and register the right end reason if the participant did end in {year, number, ::group-off}.} other {Correct the end in NIR or in the case system.}}",
     "nir_end_date nir_end state case_end_date nir_reason year"};
// IC401: NIR shows the person as ended in Y, the case system does not: still
// in the program, or ended another year. A known NIR fault ("flyttet").
void ended_only_in_nir(Comparison& c, const NirRow& row, const Participation& known) {
  Finding& f = c.report_row(id::IC401, row, &known, "end_date");
  nir_end_date(f, row);
  auto end = detail::nir_end(known, c.config.thresholds);
  bool ended = end && end->date <= c.as_of;
  param(f, "state", std::string(ended ? "other_year" : "in_program"));
  if (ended) param(f, "case_end_date", end->date);
  param(f, "nir_reason", row.end_reason.parsed() ? row.end_reason.value : std::string("none"));
  param(f, "year", static_cast<long long>(c.year));
}

const RuleInfo IC402_entry = {id::IC402, S::error, "Ended in the case system but missing from the report", "Avsluttet i fagsystemet, men mangler i rapporten",
     "IMDi: avslutning for alle som avsluttet i året registreres i NIR",
     "Deltakeren avsluttet {end_date, date, ::dMMMMy} i fagsystemet, men er ikke i NIRs rapport: avslutningen er ikke registrert i NIR. Overfør eller registrer den.",
     "Deltakaren avslutta {end_date, date, ::dMMMMy} i fagsystemet, men er ikkje i rapporten frå NIR: avsluttinga er ikkje registrert i NIR. Overfør eller registrer henne.",
     "The participant ended on {end_date, date, ::dMMMMy} in the case system but is not in NIR's report: the end is not registered in NIR. Transfer or register it.",
     "end_date"};
// IC402: ended in Y in the case system, but not in NIR's report.
void missing_from_report(Comparison& c, const Participation& p) {
  const detail::NirEnd end = *detail::nir_end(p, c.config.thresholds);
  param(c.report_participation(id::IC402, p, "end_date"), "end_date", end.date);
}

const RuleInfo IC403_entry = {id::IC403, S::error, "End reasons differ", "Ulik avslutningsårsak", "IMDi: avslutningsårsak skal stemme mellom NIR og fagsystemet",
     "NIR har avslutningsårsak «{nir_reason}», fagsystemet har «{case_reason}». Rett den som er feil.",
     "NIR har avslutningsårsak «{nir_reason}», fagsystemet har «{case_reason}». Rett den som er feil.",
     "NIR has end reason «{nir_reason}», the case system «{case_reason}». Correct the wrong one.",
     "nir_reason case_reason"};
// IC403: NIR has an end reason the case system does not have.
void end_reason_differs(Comparison& c, const NirRow& row, const Participation& p, const detail::NirEnd& end) {
  const std::string* ours = case_reason(p, end);
  if (!row.end_reason.parsed() || (ours && *ours == row.end_reason.value)) return;
  Finding& f = c.report_row(id::IC403, row, &p, "end_reason");
  param(f, "nir_reason", row.end_reason.value);
  param(f, "case_reason", ours ? *ours : std::string("—"));
}

const RuleInfo IC404_entry = {id::IC404, S::warning, "End dates differ", "Ulik avslutningsdato", "IMDi: kontroller rapporten mot fagsystemet",
     "NIR har avslutningsdato {nir_end_date, date, ::dMMMMy}, fagsystemet {case_end_date, date, ::dMMMMy}.",
     "NIR har avslutningsdato {nir_end_date, date, ::dMMMMy}, fagsystemet {case_end_date, date, ::dMMMMy}.",
     "NIR has end date {nir_end_date, date, ::dMMMMy}, the case system {case_end_date, date, ::dMMMMy}.",
     "nir_end_date case_end_date"};
// IC404: another end date.
void end_date_differs(Comparison& c, const NirRow& row, const Participation& p, const detail::NirEnd& end) {
  if (!row.end_date.parsed() || row.end_date.value == end.date) return;
  Finding& f = c.report_row(id::IC404, row, &p, "end_date");
  param(f, "nir_end_date", row.end_date.value);
  param(f, "case_end_date", end.date);
}

const RuleInfo IC405_entry = {id::IC405, S::warning, "Categories differ", "Ulik kategori", "IMDi: kontroller rapporten mot fagsystemet",
     "NIR har kategori «{nir_category}», fagsystemet «{case_category}».",
     "NIR har kategori «{nir_category}», fagsystemet «{case_category}».",
     "NIR has category «{nir_category}», the case system «{case_category}».",
     "nir_category case_category"};
// IC405: another category.
void category_differs(Comparison& c, const NirRow& row, const Participation& p) {
  if (!row.category.parsed() || !p.category.parsed() || row.category.value == p.category.value) return;
  Finding& f = c.report_row(id::IC405, row, &p, "category");
  param(f, "nir_category", std::string(to_string(row.category.value)));
  param(f, "case_category", std::string(to_string(p.category.value)));
}

const RuleInfo IC406_entry = {id::IC406, S::error, "End reason not registered in NIR", "Avslutningsårsak ikke registrert i NIR",
     "IMDi: «avslutningsårsak ikke registrert» i rapporten betyr at registreringen ikke kom fram",
     "NIR viser «ikke registrert», men fagsystemet har avslutningsårsak «{case_reason}»: registreringen kom ikke fram til NIR. Overfør eller registrer årsaken.",
     "NIR viser «ikkje registrert», men fagsystemet har avslutningsårsak «{case_reason}»: registreringa kom ikkje fram til NIR. Overfør eller registrer årsaka.",
     "NIR shows «ikke registrert», but the case system has end reason «{case_reason}»: the registration did not reach NIR. Transfer or register the reason.",
     "case_reason"};
// IC406: NIR shows "ikke registrert" where the case system has a reason: the
// registration did not reach NIR.
void reason_not_in_nir(Comparison& c, const NirRow& row, const Participation& p, const detail::NirEnd& end) {
  const std::string* ours = case_reason(p, end);
  if (!row.end_reason.parsed() && ours) param(c.report_row(id::IC406, row, &p, "end_reason"), "case_reason", *ours);
}

const RuleInfo IC407_entry = {id::IC407, S::warning, "Report row for a person not in the case system", "Person i rapporten finnes ikke i fagsystemet",
     "IMDi: kontroller rapporten mot fagsystemet",
     "NIR viser en deltaker som avsluttet{nir_end, select, known { {nir_end_date, date, ::dMMMMy}} other { (uten avslutningsdato)}}, men personen finnes ikke i fagsystemet{has_name, select, yes { ({name})} other {}}. Finn personen eller rett registreringen i NIR.",
     "NIR viser ein deltakar som avslutta{nir_end, select, known { {nir_end_date, date, ::dMMMMy}} other { (utan avslutningsdato)}}, men personen finst ikkje i fagsystemet{has_name, select, yes { ({name})} other {}}. Finn personen eller rett registreringa i NIR.",
     "NIR shows a participant who ended{nir_end, select, known { on {nir_end_date, date, ::dMMMMy}} other { (without an end date)}}, but the person is not in the case system{has_name, select, yes { ({name})} other {}}. Find the person or correct the registration in NIR.",
     "nir_end_date nir_end has_name name"};
// IC407: NIR shows a person the case system does not know. The name only
// when ids are revealed.
void person_unknown(Comparison& c, const NirRow& row) {
  Finding& f = c.report_row(id::IC407, row, nullptr, "person_id");
  nir_end_date(f, row);
  bool show_name = c.env.reveal_ids && !row.name.empty();
  param(f, "has_name", std::string(show_name ? "yes" : "no"));
  if (show_name) param(f, "name", row.name);
}

const RuleInfo IC408_entry = {id::IC408, S::info, "Report shows another residence", "Rapporten viser et annet bosted",
     "IMDi/SSB: resultatene telles for oppfølgingskommunen",
     "Rapporten viser bosted {residence}, oppfølging er {follow_up}. Resultatet telles likevel for oppfølgingskommunen.",
     "Rapporten viser bustad {residence}, oppfølging er {follow_up}. Resultatet blir likevel talt for oppfølgingskommunen.",
     "The report shows residence {residence}, follow-up is {follow_up}. The result still counts for the follow-up municipality.",
     "residence follow_up"};
// IC408: the report shows a residence other than the follow-up place; NIR
// counts for the follow-up one. Never for a protected person (IC409).
void residence_differs(Comparison& c, const NirRow& row, const Participation& p) {
  if (p.is_protected() || !row.residence_municipality.parsed()) return;
  bool same = row.residence_municipality.value == p.follow_up_municipality.value &&
              !(row.residence_district.parsed() && p.follow_up_district.parsed() &&
                row.residence_district.value != p.follow_up_district.value);
  if (same) return;
  Finding& f = c.report_row(id::IC408, row, &p, "residence_municipality");
  param(f, "residence", detail::place(row.residence_municipality, row.residence_district));
  param(f, "follow_up", detail::place(p.follow_up_municipality, p.follow_up_district));
}

const RuleInfo IC409_entry = {id::IC409, S::info, "Protected person in the report", "Person med skjermet adresse i rapporten",
     "IMDi: personer med skjermet adresse holdes utenfor kommunens oversikt",
     "Personen har skjermet adresse i fagsystemet, men står i rapporten. Kontroller adresseregistreringen.",
     "Personen har skjerma adresse i fagsystemet, men står i rapporten. Kontroller adresseregistreringa.",
     "The person has a protected address in the case system but appears in the report. Check the address registration.",
     ""};
// IC409: a person with a protected address in the case system is in the report.
void protected_in_report(Comparison& c, const NirRow& row, const Participation& p) {
  if (p.is_protected()) c.report_row(id::IC409, row, &p, "protected_address");
}

}  // namespace

Comparison::Comparison(const Dataset& dataset, const NirReport& nir, const Environment& environment, int y,
                       Date t)
    : data(dataset), report(nir), env(environment), config(environment.config), year(y), as_of(t) {}

Finding& Comparison::report_row(std::string_view rule, const NirRow& row, const Participation* p,
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
    f.case_id = p->case_id;
    if (p->follow_up_municipality.parsed()) f.municipality = p->follow_up_municipality.value;
  } else if (row.follow_up_municipality.parsed()) {
    f.municipality = row.follow_up_municipality.value;
  }
  return f;
}

Finding& Comparison::report_participation(std::string_view rule, const Participation& p, std::string_view field) {
  Finding& f = findings.emplace_back();
  f.rule = std::string(rule);
  f.file = data.participants.file;
  f.line = p.line;
  f.field = std::string(field);
  f.person = person(*this, p);
  f.table = Finding::Table::participants;
  f.record = static_cast<std::size_t>(&p - data.participations.data());
  f.case_id = p.case_id;
  if (p.follow_up_municipality.parsed()) f.municipality = p.follow_up_municipality.value;
  return f;
}

bool matched_row_rules(Comparison& c, const NirRow& row, const Participation& p) {
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

void unmatched_row_rules(Comparison& c, const NirRow& row, const Participation* known) {
  if (known) ended_only_in_nir(c, row, *known);
  else person_unknown(c, row);
}

void missing_row_rules(Comparison& c, const Participation& p) { missing_from_report(c, p); }

std::span<const RuleInfo* const> reconciliation_catalogue() {
  static const RuleInfo* const entries[] = {&IC401_entry, &IC402_entry, &IC403_entry, &IC404_entry, &IC405_entry, &IC406_entry, &IC407_entry, &IC408_entry, &IC409_entry};
  return entries;
}

}  // namespace rules
}  // namespace introcheck
