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
std::optional<std::pair<Date, Date>> period(const Context& c, ParticipationView p) {
  if (!p.start_date().parsed()) return std::nullopt;
  Date first = p.start_date().value;
  Date last = p.end_date().parsed() ? p.end_date().value : std::max(first, c.as_of);
  if (last < first) last = first;
  return std::make_pair(first, last);
}

bool is_residence(F f) { return f == F::residence_municipality || f == F::residence_district; }

const RuleInfo IC001_entry = {.id = id::IC001,
                              .severity = S::error,
                              .source = "Folkeregisterloven § 2-2 (fødselsnummer, D-nummer); UDI DUF-nummer; IMDi: NIR identifiserer deltakere med disse",
                              .params = "reason"};
// IC001: an invalid person id or DUF number, with the reason; an H-nummer
// (valid, but not an id NIR uses) counts as invalid too.
void invalid_person_id(Context& c, ParticipationView p) {
  for (F f : {F::person_id, F::duf_number}) {
    const Field<PersonId>& pid = f == F::person_id ? p.person_id() : p.duf_number();
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

const RuleInfo IC002_entry = {.id = id::IC002,
                              .severity = S::error,
                              .source = "Skatteetaten: syntetiske testidenter (Tenor, NAV/Dolly, SyntPop) finnes ikke i Folkeregisteret",
                              .params = ""};
// IC002: a synthetic test id (Skatteetaten: not in Folkeregisteret), unless allowed.
void synthetic_person_id(Context& c, ParticipationView p) {
  for (F f : {F::person_id, F::duf_number}) {
    const Field<PersonId>& pid = f == F::person_id ? p.person_id() : p.duf_number();
    if (!pid.parsed()) continue;
    auto problem = policy_problem(pid.value, IdOptions{c.env.allow_synthetic, c.as_of});
    if (problem == IdProblem::synthetic) c.report(id::IC002, p, to_string(f));
  }
}

const RuleInfo IC003_entry = {.id = id::IC003,
                              .severity = S::error,
                              .source = "Introduksjonsloven § 2 / integreringsloven § 8 (rett og plikt, kan tilbys); NIRs kategorier",
                              .params = "state value"};
// IC003: category missing or unknown (introduksjonsloven § 2 / integreringsloven § 8).
void category_missing_or_unknown(Context& c, ParticipationView p) {
  if (p.category().parsed()) return;
  Finding& f = c.report(id::IC003, p, "category");
  param(f, "state", std::string(p.category().empty() ? "missing" : "unknown"));
  if (p.category().is_invalid()) param(f, "value", detail::echoed(p.raw_text(F::category), c.env.reveal_ids));
}

const RuleInfo IC004_entry = {.id = id::IC004,
                              .severity = S::error,
                              .source = "SSB KLASS 131 kommuneinndeling; IMDi: resultater telles for oppfølgingskommunen",
                              .params = "state value"};
// IC004: a municipality code valid on no day of the participation, and no
// successor of one that was (SSB KLASS 131). A protected residence is never shown.
void municipality_not_valid(Context& c, ParticipationView p) {
  for (F f : {F::follow_up_municipality, F::residence_municipality}) {
    const Field<std::string_view> code = f == F::follow_up_municipality ? p.follow_up_municipality()
                                                                    : p.residence_municipality();
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
    if (!hide) param(finding, "value", std::string(code.value));
  }
}

const RuleInfo IC005_entry = {.id = id::IC005,
                              .severity = S::error,
                              .source = "SSB KLASS 103 bydelsinndeling",
                              .params = "state value municipality_code"};
// IC005: a district not valid for its municipality on any day (SSB KLASS 103).
void district_not_valid(Context& c, ParticipationView p) {
  for (F f : {F::follow_up_district, F::residence_district}) {
    bool residence = is_residence(f);
    const Field<std::string_view> district = residence ? p.residence_district() : p.follow_up_district();
    const Field<std::string_view> muni = residence ? p.residence_municipality() : p.follow_up_municipality();
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
      param(finding, "value", std::string(district.value));
      param(finding, "municipality_code", std::string(muni.value));
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

const RuleInfo IC006_entry = {.id = id::IC006,
                              .severity = S::error,
                              .source = "NIRs importformat; IMDi: veiledning for registrering i NIR",
                              .params = "state value expected"};
// IC006: a required field missing, or a value that does not parse or is out
// of range (NIR's import format). One function, for both kinds of record.
void required_or_invalid(Context& c, ParticipationView p) {
  if (p.case_id().empty()) report_missing(c, p, "case_id");
  if (p.person_id().empty() && p.duf_number().empty()) report_missing(c, p, "person_id");
  if (p.follow_up_municipality().empty()) report_missing(c, p, "follow_up_municipality");
  if (p.start_date().empty()) report_missing(c, p, "start_date");
  auto raw = [&](F f) { return p.raw_text(f); };
  const Invalid checks[] = {
      {to_string(F::legal_basis), p.legal_basis().is_invalid(), "legal_basis", raw(F::legal_basis)},
      {to_string(F::protected_address), p.protected_address().is_invalid(), "boolean", raw(F::protected_address)},
      {to_string(F::extended), p.extended().is_invalid(), "boolean", raw(F::extended)},
      {to_string(F::covid_extension), p.covid_extension().is_invalid(), "boolean", raw(F::covid_extension)},
      {to_string(F::start_date), p.start_date().is_invalid(), "date", raw(F::start_date)},
      {to_string(F::end_date), p.end_date().is_invalid(), "date", raw(F::end_date)},
      {to_string(F::settlement_date), p.settlement_date().is_invalid(), "date", raw(F::settlement_date)},
      {to_string(F::leave_days), p.leave_days().is_invalid(), "leave_days", raw(F::leave_days)},
      {to_string(F::permit_ground), p.permit_ground().is_invalid(), "permit_ground", raw(F::permit_ground)},
      {to_string(F::permit_date), p.permit_date().is_invalid(), "date", raw(F::permit_date)},
      {to_string(F::arrival_date), p.arrival_date().is_invalid(), "date", raw(F::arrival_date)},
      {to_string(F::settled_by_agreement), p.settled_by_agreement().is_invalid(), "boolean", raw(F::settled_by_agreement)},
      {to_string(F::education), p.education().is_invalid(), "education", raw(F::education)},
      {to_string(F::end_goal), p.end_goal().is_invalid(), "end_goal", raw(F::end_goal)},
      {to_string(F::mapping_date), p.mapping_date().is_invalid(), "date", raw(F::mapping_date)},
      {to_string(F::career_guidance_date), p.career_guidance_date().is_invalid(), "date", raw(F::career_guidance_date)},
      {to_string(F::plan_date), p.plan_date().is_invalid(), "date", raw(F::plan_date)},
      {to_string(F::children_under_18), p.children_under_18().is_invalid(), "boolean", raw(F::children_under_18)},
      {to_string(F::registered_date), p.registered_date().is_invalid(), "date", raw(F::registered_date)},
  };
  report_invalid(c, p, checks);
}

void required_or_invalid(Context& c, MeasureView m) {
  if (m.case_id().empty()) report_missing(c, m, "case_id");
  if (m.code().empty()) report_missing(c, m, "measure");
  if (m.start_date().empty()) report_missing(c, m, "start_date");
  auto raw = [&](M f) { return m.raw_text(f); };
  const Invalid checks[] = {
      {to_string(M::start_date), m.start_date().is_invalid(), "date", raw(M::start_date)},
      {to_string(M::end_date), m.end_date().is_invalid(), "date", raw(M::end_date)},
      {to_string(M::hours_per_week), m.hours_per_week().is_invalid(), "hours", raw(M::hours_per_week)},
      {to_string(M::completed), m.completed().is_invalid(), "boolean", raw(M::completed)},
  };
  report_invalid(c, m, checks);
}

const RuleInfo IC007_entry = {.id = id::IC007,
                              .severity = S::error,
                              .source = "Logisk kontroll",
                              .params = "start_date end_date"};
// IC007: the end date before the start date.
void end_before_start(Context& c, ParticipationView p) {
  if (!p.start_date().parsed() || !p.end_date().parsed() || !(p.end_date().value < p.start_date().value)) return;
  Finding& f = c.report(id::IC007, p, "end_date");
  param(f, "start_date", p.start_date().value);
  param(f, "end_date", p.end_date().value);
}

const RuleInfo IC008_entry = {.id = id::IC008,
                              .severity = S::error,
                              .source = "NIRs liste over avslutningsårsaker (IMDi)",
                              .params = "value"};
// IC008: an end reason not in NIR's list.
void unknown_end_reason(Context& c, ParticipationView p) {
  if (p.end_reason().is_invalid())
    param(c.report(id::IC008, p, "end_reason"), "value", detail::echoed(p.raw_text(F::end_reason), c.env.reveal_ids));
}

const RuleInfo IC009_entry = {.id = id::IC009,
                              .severity = S::error,
                              .source = "NIRs liste over tiltak (IMDi)",
                              .params = "value"};
// IC009: a measure not in NIR's list.
void unknown_measure(Context& c, MeasureView m) {
  if (m.code().is_invalid())
    param(c.report(id::IC009, m, "measure"), "value", detail::echoed(m.raw_text(M::measure), c.env.reveal_ids));
}

const RuleInfo IC010_entry = {.id = id::IC010,
                              .severity = S::error,
                              .source = "Logisk kontroll: hver deltakelse har én nøkkel",
                              .params = "case_id first_line"};
// IC010: the same case_id twice; reported on every later row.
void duplicate_case_id(Context& c, ParticipationView p, Index i) {
  if (c.duplicate_of[i] == i || p.case_id().empty()) return;
  Finding& f = c.report(id::IC010, p, "case_id");
  param(f, "case_id", std::string(p.case_id()));
  param(f, "first_line", static_cast<long long>(c.data.participations[c.duplicate_of[i]].line()));
}

const RuleInfo IC011_entry = {.id = id::IC011,
                              .severity = S::error,
                              .source = "Logisk kontroll",
                              .params = "case_id"};
// IC011: a measure whose case_id matches no participation.
void measure_without_participation(Context& c, MeasureView m) {
  if (!m.case_id().empty() && !c.owner(m)) param(c.report(id::IC011, m, "case_id"), "case_id", std::string(m.case_id()));
}

const RuleInfo IC012_entry = {.id = id::IC012,
                              .severity = S::error,
                              .source = "IMDi: avslutning registreres med dato og årsak",
                              .params = ""};
// IC012: an end reason needs an end date.
void end_reason_without_end_date(Context& c, ParticipationView p) {
  if (p.end_reason().parsed() && p.end_date().empty()) c.report(id::IC012, p, "end_reason");
}

const RuleInfo IC013_entry = {.id = id::IC013,
                              .severity = S::warning,
                              .source = "Logisk kontroll: hendelser registreres når de har skjedd",
                              .params = "value as_of"};
// IC013: a date after T (events are registered when they have happened).
void date_after_as_of(Context& c, const auto& record, std::string_view field, const Field<Date>& d) {
  if (!d.parsed() || !(d.value > c.as_of)) return;
  Finding& finding = c.report(id::IC013, record, field);
  param(finding, "value", d.value);
  param(finding, "as_of", c.as_of);
}

void date_after_as_of(Context& c, ParticipationView p) {
  date_after_as_of(c, p, to_string(F::start_date), p.start_date());
  date_after_as_of(c, p, to_string(F::end_date), p.end_date());
  date_after_as_of(c, p, to_string(F::settlement_date), p.settlement_date());
  for (auto [f, d] : {std::pair{F::permit_date, p.permit_date()}, {F::arrival_date, p.arrival_date()},
                      {F::mapping_date, p.mapping_date()}, {F::career_guidance_date, p.career_guidance_date()},
                      {F::plan_date, p.plan_date()}, {F::registered_date, p.registered_date()}})
    date_after_as_of(c, p, to_string(f), d);
}

// For a measure the start only: a planned end date of a running measure is normal.
void date_after_as_of(Context& c, MeasureView m) { date_after_as_of(c, m, to_string(M::start_date), m.start_date()); }

const RuleInfo IC014_entry = {.id = id::IC014,
                              .severity = S::error,
                              .source = "Logisk kontroll",
                              .params = "start_date end_date"};
// IC014: a measure that ends before it starts.
void measure_ends_before_start(Context& c, MeasureView m) {
  if (!m.start_date().parsed() || !m.end_date().parsed() || !(m.end_date().value < m.start_date().value)) return;
  Finding& f = c.report(id::IC014, m, "end_date");
  param(f, "start_date", m.start_date().value);
  param(f, "end_date", m.end_date().value);
}

const RuleInfo IC015_entry = {.id = id::IC015,
                              .severity = S::warning,
                              .source = "Vanlig regnearkskade i eksporter",
                              .params = "original value"};
// IC015: a leading zero lost in a spreadsheet, restored on import.
void leading_zero_restored(Context& c, ParticipationView p) {
  for (const auto& r : p.repairs()) {
    bool person = r.field == F::person_id || r.field == F::duf_number;
    // A protected residence is never shown, not even as a repaired code.
    if (is_residence(r.field) && p.is_protected()) continue;
    Finding& f = c.report(id::IC015, p, to_string(r.field));
    std::string value = r.field == F::person_id      ? p.person_id().value.digits()
                        : r.field == F::duf_number   ? p.duf_number().value.digits()
                        : std::string(r.field == F::follow_up_municipality ? p.follow_up_municipality().value
                                      : r.field == F::residence_municipality ? p.residence_municipality().value
                                      : r.field == F::follow_up_district     ? p.follow_up_district().value
                                                                             : p.residence_district().value);
    bool reveal = !person || c.env.reveal_ids;
    param(f, "original", detail::shown_id(r.original, reveal));
    param(f, "value", detail::shown_id(value, reveal));
  }
}

}  // namespace

void record_rules(Context& c, Range part) {
  const auto& ps = c.data.participations;
  for (Index i = part.begin; i < part.end; ++i) {
    ParticipationView p = ps[i];
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
    MeasureView m = c.data.measures[i];
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
