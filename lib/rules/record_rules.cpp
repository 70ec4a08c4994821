// Record checks (IC001-IC015): each row on its own, before any year logic.
// Each rule is one function, named for what it finds, after its id.
#include "rules/catalogue.hpp"
#include "rules/context.hpp"

#include "model/masking.hpp"

#include <introcheck/rule_ids.hpp>

#include <span>

namespace introcheck {

const std::string_view rule_ids::IC001 = "IC001";
const std::string_view rule_ids::IC002 = "IC002";
const std::string_view rule_ids::IC003 = "IC003";
const std::string_view rule_ids::IC004 = "IC004";
const std::string_view rule_ids::IC005 = "IC005";
const std::string_view rule_ids::IC006 = "IC006";
const std::string_view rule_ids::IC007 = "IC007";
const std::string_view rule_ids::IC008 = "IC008";
const std::string_view rule_ids::IC009 = "IC009";
const std::string_view rule_ids::IC010 = "IC010";
const std::string_view rule_ids::IC011 = "IC011";
const std::string_view rule_ids::IC012 = "IC012";
const std::string_view rule_ids::IC013 = "IC013";
const std::string_view rule_ids::IC014 = "IC014";
const std::string_view rule_ids::IC015 = "IC015";

namespace rules {
namespace {

using F = ParticipationField;
using M = MeasureField;
namespace id = rule_ids;
using S = Severity;

// The days of the participation a code must be valid on: start to end, or to T when open.
std::optional<std::pair<Date, Date>> period(const Context& c, const Participation& p) {
  if (!p.start_date.parsed()) return std::nullopt;
  Date first = p.start_date.value;
  Date last = p.end_date.parsed() ? p.end_date.value : std::max(first, c.as_of);
  if (last < first) last = first;
  return std::make_pair(first, last);
}

bool is_residence(F f) { return f == F::residence_municipality || f == F::residence_district; }

const RuleInfo IC001_entry = {id::IC001, S::error, "Person id or DUF number invalid", "Ugyldig fødselsnummer, D-nummer eller DUF-nummer",
     "Folkeregisterloven § 2-2 (fødselsnummer, D-nummer); UDI DUF-nummer; IMDi: NIR identifiserer deltakere med disse",
     "{field, select, duf_number {DUF-nummeret} other {Fødselsnummeret}}" " {reason, select, length {har feil lengde} non_digit {inneholder tegn som ikke er sifre} "
     "date {har en umulig fødselsdato} k1 {har feil (første) kontrollsiffer} k2 {har feil andre kontrollsiffer} "
     "not_nir_id {er et H-nummer, som NIR ikke bruker} wrong_kind {er ikke et nummer av riktig type for feltet} "
     "other {er ugyldig}}. Rett nummeret i fagsystemet.",
     "{field, select, duf_number {DUF-nummeret} other {Fødselsnummeret}}" " {reason, select, length {har feil lengd} non_digit {inneheld teikn som ikkje er siffer} "
     "date {har ein umogleg fødselsdato} k1 {har feil (første) kontrollsiffer} k2 {har feil andre kontrollsiffer} "
     "not_nir_id {er eit H-nummer, som NIR ikkje bruker} wrong_kind {er ikkje eit nummer av rett type for feltet} "
     "other {er ugyldig}}. Rett nummeret i fagsystemet.",
     "{field, select, duf_number {The DUF number} other {The person id}}" " {reason, select, length {has the wrong length} non_digit {contains characters that are not digits} "
     "date {has an impossible birth date} k1 {has a wrong (first) check digit} k2 {has a wrong second check digit} "
     "not_nir_id {is an H-nummer, which NIR does not use} wrong_kind {is not a number of the kind this field holds} "
     "other {is invalid}}. Correct it in the case system.",
     "reason"};
// IC001: an invalid person id or DUF number, with the reason; an H-nummer
// (valid, but not an id NIR uses) counts as invalid too.
void invalid_person_id(Context& c, const Participation& p) {
  for (F f : {F::person_id, F::duf_number}) {
    const Field<PersonId>& pid = f == F::person_id ? p.person_id : p.duf_number;
    if (pid.is_invalid()) {
      auto parsed = parse_person_id(p.raw_text(f), c.as_of);
      std::string reason = parsed ? "wrong_kind" : std::string(to_string(parsed.error()));
      param(c.report(id::IC001, p, to_string(f)), "reason", reason);
    } else if (pid.parsed()) {
      auto problem = policy_problem(pid.value, IdOptions{c.env.allow_synthetic, c.as_of});
      if (problem && *problem != IdProblem::synthetic)
        param(c.report(id::IC001, p, to_string(f)), "reason", std::string(to_string(*problem)));
    }
  }
}

const RuleInfo IC002_entry = {id::IC002, S::error, "Synthetic test id", "Syntetisk testnummer",
     "Skatteetaten: syntetiske testidenter (Tenor, NAV/Dolly, SyntPop) finnes ikke i Folkeregisteret",
     "{field, select, duf_number {DUF-nummeret} other {Fødselsnummeret}}" " er et syntetisk testnummer og kan ikke overføres til NIR.",
     "{field, select, duf_number {DUF-nummeret} other {Fødselsnummeret}}" " er eit syntetisk testnummer og kan ikkje overførast til NIR.",
     "{field, select, duf_number {The DUF number} other {The person id}}" " is a synthetic test id and cannot be transferred to NIR.",
     ""};
// IC002: a synthetic test id (Skatteetaten: not in Folkeregisteret), unless allowed.
void synthetic_person_id(Context& c, const Participation& p) {
  for (F f : {F::person_id, F::duf_number}) {
    const Field<PersonId>& pid = f == F::person_id ? p.person_id : p.duf_number;
    if (!pid.parsed()) continue;
    auto problem = policy_problem(pid.value, IdOptions{c.env.allow_synthetic, c.as_of});
    if (problem == IdProblem::synthetic) c.report(id::IC002, p, to_string(f));
  }
}

const RuleInfo IC003_entry = {id::IC003, S::error, "Category missing or unknown", "Kategori mangler eller er ukjent",
     "Introduksjonsloven § 2 / integreringsloven § 8 (rett og plikt, kan tilbys); NIRs kategorier",
     "{state, select, missing {Kategori mangler.} other {Ukjent kategori «{value}».}} Bruk «Rett og plikt introduksjonsprogram» eller «Kan tilbys introduksjonsprogram».",
     "{state, select, missing {Kategori manglar.} other {Ukjend kategori «{value}».}} Bruk «Rett og plikt introduksjonsprogram» eller «Kan tilbys introduksjonsprogram».",
     "{state, select, missing {The category is missing.} other {Unknown category «{value}».}} Use rett_og_plikt or kan_tilbys.",
     "state value"};
// IC003: category missing or unknown (introduksjonsloven § 2 / integreringsloven § 8).
void category_missing_or_unknown(Context& c, const Participation& p) {
  if (p.category.parsed()) return;
  Finding& f = c.report(id::IC003, p, "category");
  param(f, "state", std::string(p.category.empty() ? "missing" : "unknown"));
  if (p.category.is_invalid()) param(f, "value", detail::echoed(p.raw_text(F::category), c.env.reveal_ids));
}

const RuleInfo IC004_entry = {id::IC004, S::error, "Municipality code not valid during the participation", "Kommunekode ikke gyldig i deltakelsesperioden",
     "SSB KLASS 131 kommuneinndeling; IMDi: resultater telles for oppfølgingskommunen",
     "{state, select, malformed {{field_label} «{value}» er ikke en kommunekode.} unknown {{field_label} er 9999 (uoppgitt), som ikke kan være oppfølgingskommune.} "
     "protected {Bostedskommunen er ikke gyldig i deltakelsesperioden (adressen er skjermet).} "
     "other {{field_label} {value} var ikke gyldig på noen dag i deltakelsen, og er ikke etterfølger av en kommune som var det.}}",
     "{state, select, malformed {{field_label} «{value}» er ikkje ein kommunekode.} unknown {{field_label} er 9999 (uoppgitt), som ikkje kan vere oppfølgingskommune.} "
     "protected {Bustadkommunen er ikkje gyldig i deltakingsperioden (adressa er skjerma).} "
     "other {{field_label} {value} var ikkje gyldig nokon dag i deltakinga, og er ikkje etterfølgjar av ein kommune som var det.}}",
     "{state, select, malformed {{field_label} «{value}» is not a municipality code.} unknown {{field_label} is 9999 (unknown), which cannot be a follow-up municipality.} "
     "protected {The residence municipality is not valid during the participation (the address is protected).} "
     "other {{field_label} {value} was valid on no day of the participation and is no successor of a code that was.}}",
     "state value"};
// IC004: a municipality code valid on no day of the participation, and no
// successor of one that was (SSB KLASS 131). A protected residence is never shown.
void municipality_not_valid(Context& c, const Participation& p) {
  for (F f : {F::follow_up_municipality, F::residence_municipality}) {
    const Field<std::string>& code = f == F::follow_up_municipality ? p.follow_up_municipality
                                                                    : p.residence_municipality;
    bool hide = is_residence(f) && p.is_protected();
    if (code.is_invalid()) {
      Finding& finding = c.report(id::IC004, p, to_string(f));
      param(finding, "state", std::string(hide ? "protected" : "malformed"));
      if (!hide) param(finding, "value", detail::echoed(p.raw_text(f), c.env.reveal_ids));
      continue;
    }
    if (!code.parsed()) continue;
    if (f == F::follow_up_municipality && code.value == "9999") {
      param(c.report(id::IC004, p, to_string(f)), "state", std::string("unknown"));
      continue;
    }
    auto days = period(c, p);
    if (!days) continue;
    const Municipalities& m = c.municipalities;
    if (m.valid_during(code.value, days->first, days->second) ||
        m.succeeds_code_valid_during(code.value, days->first, days->second))
      continue;
    Finding& finding = c.report(id::IC004, p, to_string(f));
    param(finding, "state", std::string(hide ? "protected" : "not_valid"));
    if (!hide) param(finding, "value", code.value);
  }
}

const RuleInfo IC005_entry = {id::IC005, S::error, "District not valid for its municipality", "Bydel ikke gyldig for kommunen",
     "SSB KLASS 103 bydelsinndeling",
     "{state, select, malformed {{field_label} «{value}» er ikke en bydelskode.} protected {Bostedsbydelen er ikke gyldig (adressen er skjermet).} "
     "other {{field_label} {value} er ikke en gyldig bydel i kommune {municipality_code} i deltakelsesperioden.}}",
     "{state, select, malformed {{field_label} «{value}» er ikkje ein bydelskode.} protected {Bustadbydelen er ikkje gyldig (adressa er skjerma).} "
     "other {{field_label} {value} er ikkje ein gyldig bydel i kommune {municipality_code} i deltakingsperioden.}}",
     "{state, select, malformed {{field_label} «{value}» is not a district code.} protected {The residence district is not valid (the address is protected).} "
     "other {{field_label} {value} is not a valid district of municipality {municipality_code} during the participation.}}",
     "state value municipality_code"};
// IC005: a district not valid for its municipality on any day (SSB KLASS 103).
void district_not_valid(Context& c, const Participation& p) {
  for (F f : {F::follow_up_district, F::residence_district}) {
    bool residence = is_residence(f);
    const Field<std::string>& district = residence ? p.residence_district : p.follow_up_district;
    const Field<std::string>& muni = residence ? p.residence_municipality : p.follow_up_municipality;
    bool hide = residence && p.is_protected();
    if (district.is_invalid()) {
      Finding& finding = c.report(id::IC005, p, to_string(f));
      param(finding, "state", std::string(hide ? "protected" : "malformed"));
      if (!hide) param(finding, "value", detail::echoed(p.raw_text(f), c.env.reveal_ids));
      continue;
    }
    if (!district.parsed() || !muni.parsed()) continue;
    auto days = period(c, p);
    if (!days) continue;
    if (c.municipalities.district_valid_during(district.value, muni.value, days->first, days->second))
      continue;
    Finding& finding = c.report(id::IC005, p, to_string(f));
    param(finding, "state", std::string(hide ? "protected" : "not_valid"));
    if (!hide) {
      param(finding, "value", district.value);
      param(finding, "municipality_code", muni.value);
    }
  }
}

// What IC006 says of a field whose value did not parse.
struct Invalid {
  std::string_view field;
  bool invalid;
  const char* expected;
  std::string_view text;
};

void report_missing(Context& c, const auto& record, std::string_view field) {
  param(c.report(id::IC006, record, field), "state", std::string("missing"));
}

void report_invalid(Context& c, const auto& record, std::span<const Invalid> checks) {
  for (const Invalid& k : checks) {
    if (!k.invalid) continue;
    Finding& f = c.report(id::IC006, record, k.field);
    param(f, "state", std::string("invalid"));
    param(f, "value", detail::echoed(k.text, c.env.reveal_ids));
    param(f, "expected", std::string(k.expected));
  }
}

const RuleInfo IC006_entry = {id::IC006, S::error, "Required field missing or field invalid", "Påkrevd felt mangler eller felt er ugyldig",
     "NIRs importformat; IMDi: veiledning for registrering i NIR",
     "{state, select, missing {{field_label} mangler, men er påkrevd.} other {{field_label} har ugyldig verdi «{value}»{expected, select, date { (forventet dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)} "
     "leave_days { (forventet heltall 0–730)} hours { (forventet tall 0–60)} boolean { (forventet ja/nei)} legal_basis { (forventet introduksjonsloven eller integreringsloven)} other {}}.}}",
     "{state, select, missing {{field_label} manglar, men er påkravd.} other {{field_label} har ugyldig verdi «{value}»{expected, select, date { (venta dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)} "
     "leave_days { (venta heiltal 0–730)} hours { (venta tal 0–60)} boolean { (venta ja/nei)} legal_basis { (venta introduksjonsloven eller integreringsloven)} other {}}.}}",
     "{state, select, missing {{field_label} is missing but required.} other {{field_label} has the invalid value «{value}»{expected, select, date { (expected a date YYYY-MM-DD or DD.MM.YYYY)} "
     "leave_days { (expected a whole number 0–730)} hours { (expected a number 0–60)} boolean { (expected yes/no)} legal_basis { (expected introduksjonsloven or integreringsloven)} other {}}.}}",
     "state value expected"};
// IC006: a required field missing, or a value that does not parse or is out
// of range (NIR's import format). One function, for both kinds of record.
void required_or_invalid(Context& c, const Participation& p) {
  if (p.case_id.empty()) report_missing(c, p, "case_id");
  if (p.person_id.empty() && p.duf_number.empty()) report_missing(c, p, "person_id");
  if (p.follow_up_municipality.empty()) report_missing(c, p, "follow_up_municipality");
  if (p.start_date.empty()) report_missing(c, p, "start_date");
  auto raw = [&](F f) { return p.raw_text(f); };
  const Invalid checks[] = {
      {to_string(F::legal_basis), p.legal_basis.is_invalid(), "legal_basis", raw(F::legal_basis)},
      {to_string(F::protected_address), p.protected_address.is_invalid(), "boolean", raw(F::protected_address)},
      {to_string(F::extended), p.extended.is_invalid(), "boolean", raw(F::extended)},
      {to_string(F::covid_extension), p.covid_extension.is_invalid(), "boolean", raw(F::covid_extension)},
      {to_string(F::start_date), p.start_date.is_invalid(), "date", raw(F::start_date)},
      {to_string(F::end_date), p.end_date.is_invalid(), "date", raw(F::end_date)},
      {to_string(F::settlement_date), p.settlement_date.is_invalid(), "date", raw(F::settlement_date)},
      {to_string(F::leave_days), p.leave_days.is_invalid(), "leave_days", raw(F::leave_days)},
  };
  report_invalid(c, p, checks);
}

void required_or_invalid(Context& c, const Measure& m) {
  if (m.case_id.empty()) report_missing(c, m, "case_id");
  if (m.code.empty()) report_missing(c, m, "measure");
  if (m.start_date.empty()) report_missing(c, m, "start_date");
  auto raw = [&](M f) { return m.raw_text(f); };
  const Invalid checks[] = {
      {to_string(M::start_date), m.start_date.is_invalid(), "date", raw(M::start_date)},
      {to_string(M::end_date), m.end_date.is_invalid(), "date", raw(M::end_date)},
      {to_string(M::hours_per_week), m.hours_per_week.is_invalid(), "hours", raw(M::hours_per_week)},
  };
  report_invalid(c, m, checks);
}

const RuleInfo IC007_entry = {id::IC007, S::error, "End date before start date", "Sluttdato før startdato", "Logisk kontroll",
     "Sluttdato {end_date, date, ::dMMMMy} er før startdato {start_date, date, ::dMMMMy}.",
     "Sluttdato {end_date, date, ::dMMMMy} er før startdato {start_date, date, ::dMMMMy}.",
     "The end date {end_date, date, ::dMMMMy} is before the start date {start_date, date, ::dMMMMy}.",
     "start_date end_date"};
// IC007: the end date before the start date.
void end_before_start(Context& c, const Participation& p) {
  if (!p.start_date.parsed() || !p.end_date.parsed() || !(p.end_date.value < p.start_date.value)) return;
  Finding& f = c.report(id::IC007, p, "end_date");
  param(f, "start_date", p.start_date.value);
  param(f, "end_date", p.end_date.value);
}

const RuleInfo IC008_entry = {id::IC008, S::error, "Unknown end reason", "Ukjent avslutningsårsak", "NIRs liste over avslutningsårsaker (IMDi)",
     "Ukjent avslutningsårsak «{value}». Bruk en kode eller betegnelse fra NIRs liste.",
     "Ukjend avslutningsårsak «{value}». Bruk ein kode eller ei nemning frå lista til NIR.",
     "Unknown end reason «{value}». Use a code or label from NIR's list.",
     "value"};
// IC008: an end reason not in NIR's list.
void unknown_end_reason(Context& c, const Participation& p) {
  if (p.end_reason.is_invalid())
    param(c.report(id::IC008, p, "end_reason"), "value", detail::echoed(p.raw_text(F::end_reason), c.env.reveal_ids));
}

const RuleInfo IC009_entry = {id::IC009, S::error, "Unknown measure code", "Ukjent tiltak", "NIRs liste over tiltak (IMDi)",
     "Ukjent tiltak «{value}». Bruk en kode eller betegnelse fra NIRs liste.",
     "Ukjent tiltak «{value}». Bruk ein kode eller ei nemning frå lista til NIR.",
     "Unknown measure «{value}». Use a code or label from NIR's list.",
     "value"};
// IC009: a measure not in NIR's list.
void unknown_measure(Context& c, const Measure& m) {
  if (m.code.is_invalid())
    param(c.report(id::IC009, m, "measure"), "value", detail::echoed(m.raw_text(M::measure), c.env.reveal_ids));
}

const RuleInfo IC010_entry = {id::IC010, S::error, "Duplicate case_id", "Saksnummeret er brukt flere ganger", "Logisk kontroll: hver deltakelse har én nøkkel",
     "Saksnummeret {case_id} er også brukt på linje {first_line}. Hver deltakelse må ha sitt eget saksnummer.",
     "Saksnummeret {case_id} er òg brukt på linje {first_line}. Kvar deltaking må ha sitt eige saksnummer.",
     "The case_id {case_id} is also used on line {first_line}. Each participation needs its own case_id.",
     "case_id first_line"};
// IC010: the same case_id twice; reported on every later row.
void duplicate_case_id(Context& c, const Participation& p, Index i) {
  if (c.duplicate_of[i] == i || p.case_id.empty()) return;
  Finding& f = c.report(id::IC010, p, "case_id");
  param(f, "case_id", p.case_id);
  param(f, "first_line", static_cast<long long>(c.data.participations[c.duplicate_of[i]].line));
}

const RuleInfo IC011_entry = {id::IC011, S::error, "Measure for an unknown participation", "Tiltak uten deltakelse", "Logisk kontroll",
     "Tiltaket hører til saksnummer «{case_id}», som ikke finnes blant deltakelsene.",
     "Tiltaket høyrer til saksnummer «{case_id}», som ikkje finst blant deltakingane.",
     "The measure belongs to case_id «{case_id}», which is not among the participations.",
     "case_id"};
// IC011: a measure whose case_id matches no participation.
void measure_without_participation(Context& c, const Measure& m) {
  if (!m.case_id.empty() && !c.owner(m)) param(c.report(id::IC011, m, "case_id"), "case_id", m.case_id);
}

const RuleInfo IC012_entry = {id::IC012, S::error, "End reason without end date", "Avslutningsårsak uten sluttdato", "IMDi: avslutning registreres med dato og årsak",
     "Avslutningsårsak er registrert uten sluttdato. Registrer sluttdatoen, eller fjern årsaken hvis deltakeren fortsatt er i program.",
     "Avslutningsårsak er registrert utan sluttdato. Registrer sluttdatoen, eller fjern årsaka dersom deltakaren framleis er i program.",
     "An end reason is registered without an end date. Register the end date, or remove the reason if the participant is still in the program.",
     ""};
// IC012: an end reason needs an end date.
void end_reason_without_end_date(Context& c, const Participation& p) {
  if (p.end_reason.parsed() && p.end_date.empty()) c.report(id::IC012, p, "end_reason");
}

const RuleInfo IC013_entry = {id::IC013, S::warning, "Date after the as-of date", "Dato etter kontrolldatoen", "Logisk kontroll: hendelser registreres når de har skjedd",
     "{field_label} {value, date, ::dMMMMy} er etter kontrolldatoen {as_of, date, ::dMMMMy}.",
     "{field_label} {value, date, ::dMMMMy} er etter kontrolldatoen {as_of, date, ::dMMMMy}.",
     "{field_label} {value, date, ::dMMMMy} is after the as-of date {as_of, date, ::dMMMMy}.",
     "value as_of"};
// IC013: a date after T (events are registered when they have happened).
void date_after_as_of(Context& c, const auto& record, std::string_view field, const Field<Date>& d) {
  if (!d.parsed() || !(d.value > c.as_of)) return;
  Finding& finding = c.report(id::IC013, record, field);
  param(finding, "value", d.value);
  param(finding, "as_of", c.as_of);
}

void date_after_as_of(Context& c, const Participation& p) {
  date_after_as_of(c, p, to_string(F::start_date), p.start_date);
  date_after_as_of(c, p, to_string(F::end_date), p.end_date);
  date_after_as_of(c, p, to_string(F::settlement_date), p.settlement_date);
}

// For a measure the start only: a planned end date of a running measure is normal.
void date_after_as_of(Context& c, const Measure& m) { date_after_as_of(c, m, to_string(M::start_date), m.start_date); }

const RuleInfo IC014_entry = {id::IC014, S::error, "Measure ends before it starts", "Tiltak slutter før det starter", "Logisk kontroll",
     "Tiltaket slutter {end_date, date, ::dMMMMy}, før det starter {start_date, date, ::dMMMMy}.",
     "Tiltaket sluttar {end_date, date, ::dMMMMy}, før det startar {start_date, date, ::dMMMMy}.",
     "The measure ends {end_date, date, ::dMMMMy}, before it starts {start_date, date, ::dMMMMy}.",
     "start_date end_date"};
// IC014: a measure that ends before it starts.
void measure_ends_before_start(Context& c, const Measure& m) {
  if (!m.start_date.parsed() || !m.end_date.parsed() || !(m.end_date.value < m.start_date.value)) return;
  Finding& f = c.report(id::IC014, m, "end_date");
  param(f, "start_date", m.start_date.value);
  param(f, "end_date", m.end_date.value);
}

const RuleInfo IC015_entry = {id::IC015, S::warning, "Leading zero restored", "Ledende null gjenopprettet", "Vanlig regnearkskade i eksporter",
     "{field_label} «{original}» manglet ledende null (regnearkskade) og er lest som {value}. Rett eksporten.",
     "{field_label} «{original}» mangla leiande null (rekneark-skade) og er lesen som {value}. Rett eksporten.",
     "{field_label} «{original}» lost its leading zero (spreadsheet damage) and was read as {value}. Fix the export.",
     "original value"};
// IC015: a leading zero lost in a spreadsheet, restored on import.
void leading_zero_restored(Context& c, const Participation& p) {
  for (const auto& r : p.repairs) {
    bool person = r.field == F::person_id || r.field == F::duf_number;
    // A protected residence is never shown, not even as a repaired code.
    if (is_residence(r.field) && p.is_protected()) continue;
    Finding& f = c.report(id::IC015, p, to_string(r.field));
    std::string value = r.field == F::person_id      ? p.person_id.value.digits
                        : r.field == F::duf_number   ? p.duf_number.value.digits
                        : r.field == F::follow_up_municipality ? p.follow_up_municipality.value
                        : r.field == F::residence_municipality ? p.residence_municipality.value
                        : r.field == F::follow_up_district     ? p.follow_up_district.value
                                                               : p.residence_district.value;
    bool reveal = !person || c.env.reveal_ids;
    param(f, "original", detail::shown_id(r.original, reveal));
    param(f, "value", detail::shown_id(value, reveal));
  }
}

}  // namespace

void record_rules(Context& c, Range part) {
  const auto& ps = c.data.participations;
  for (Index i = part.begin; i < part.end; ++i) {
    const Participation& p = ps[i];
    invalid_person_id(c, p);
    synthetic_person_id(c, p);
    category_missing_or_unknown(c, p);
    municipality_not_valid(c, p);
    district_not_valid(c, p);
    required_or_invalid(c, p);
    end_before_start(c, p);
    unknown_end_reason(c, p);
    duplicate_case_id(c, p, i);
    end_reason_without_end_date(c, p);
    date_after_as_of(c, p);
    leading_zero_restored(c, p);
  }
}

void measure_rules(Context& c, Range part) {
  for (Index i = part.begin; i < part.end; ++i) {
    const Measure& m = c.data.measures[i];
    required_or_invalid(c, m);
    measure_without_participation(c, m);
    unknown_measure(c, m);
    measure_ends_before_start(c, m);
    date_after_as_of(c, m);
  }
}

std::span<const RuleInfo* const> record_catalogue() {
  static const RuleInfo* const entries[] = {&IC001_entry, &IC002_entry, &IC003_entry, &IC004_entry, &IC005_entry, &IC006_entry, &IC007_entry, &IC008_entry, &IC009_entry, &IC010_entry, &IC011_entry, &IC012_entry, &IC013_entry, &IC014_entry, &IC015_entry};
  return entries;
}

}  // namespace rules
}  // namespace introcheck
