// Integreringsloven and its chapter 6A (IC112-IC120): the legal basis, the
// end goal, the start, the minimum content, kartlegging and karriereveiledning,
// registration in NIR and the program's extent. Every rule uses the effective
// basis (legal_basis.hpp) and names it in its params.
#include "rules/catalogue.hpp"
#include "rules/context.hpp"

#include <introcheck/rule_ids.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>
#include <string>

namespace introcheck {

const std::string_view rule_ids::IC112 = "IC112";
const std::string_view rule_ids::IC113 = "IC113";
const std::string_view rule_ids::IC114 = "IC114";
const std::string_view rule_ids::IC115 = "IC115";
const std::string_view rule_ids::IC116 = "IC116";
const std::string_view rule_ids::IC117 = "IC117";
const std::string_view rule_ids::IC118 = "IC118";
const std::string_view rule_ids::IC119 = "IC119";
const std::string_view rule_ids::IC120 = "IC120";

namespace rules {
namespace {

namespace id = rule_ids;
using S = Severity;
using F = ParticipationField;
using boost::gregorian::days;

// Hours as text ("7.5"): params are text, whole numbers or dates.
std::string hours_text(double hours) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", hours);
  return buf;
}

void name_basis(Finding& f, const EffectiveBasis& b) {
  param(f, "legal_basis", std::string(to_string(b.basis)));
  param(f, "basis_from", std::string(to_string(b.from)));
}

// Ordinary integreringsloven: not introduksjonsloven, not chapter 6A.
bool ordinary(const EffectiveBasis& b) { return b.basis == LegalBasis::integreringsloven; }

const RuleInfo IC112_entry = {.id = id::IC112,
                              .severity = S::error,
                              .source = "Integreringsloven § 51 og integreringsforskriften § 72 (loven gjelder tillatelser gitt og "
                                        "innreiser fra 1. januar 2021); kapittel 6A (kollektiv beskyttelse, utlendingsloven § 34)",
                              .params = "stated legal_basis basis_from* permit_ground* permit_date* arrival_date*",
                              .needs = "legal_basis permit_date|arrival_date"};
// IC112: the stated legal basis contradicts what the permit says: an act the
// permit and arrival dates rule out, or chapter 6A for another permit ground.
// A stated integreringsloven for a 6A person is consistent (6A is part of it).
void basis_contradicts_permit(Context& c, ParticipationView p) {
  if (!c.took_part(p) || !p.legal_basis().parsed()) return;
  auto verdict = basis_from_permit(p, c.limits.basis_dates);
  if (!verdict) return;
  LegalBasis stated = p.legal_basis().value;
  if (stated == *verdict) return;
  if (stated == LegalBasis::integreringsloven && *verdict == LegalBasis::integreringsloven_6a) return;
  if (stated_6a_stands(p, *verdict)) return;
  Finding& f = c.report(id::IC112, p, "legal_basis");
  param(f, "stated", std::string(to_string(stated)));
  name_basis(f, {*verdict, BasisFrom::permit});
  if (p.permit_ground().parsed()) param(f, "permit_ground", std::string(to_string(p.permit_ground().value)));
  if (p.permit_date().parsed()) param(f, "permit_date", p.permit_date().value);
  if (p.arrival_date().parsed()) param(f, "arrival_date", p.arrival_date().value);
}

const RuleInfo IC113_entry = {.id = id::IC113,
                              .severity = S::error,
                              .source = "Integreringsloven § 13 (sluttmål for alle deltakere); IMDi: sluttmålet registreres i NIR; "
                                        "introduksjonsloven har ingen sluttmål",
                              .params = "state legal_basis basis_from*",
                              .needs = "end_goal"};
// IC113: an integreringsloven participant (not 6A) without an end goal: an
// error when the basis came from the permit or was stated, a warning when it
// came from the start date alone. An end goal under introduksjonsloven,
// which has none, is a warning.
void end_goal_missing_or_foreign(Context& c, ParticipationView p, const EffectiveBasis& b) {
  if (!c.took_part(p)) return;
  if (ordinary(b) && p.end_goal().empty()) {
    Finding& f = c.report(id::IC113, p, "end_goal");
    param(f, "state", std::string("missing"));
    name_basis(f, b);
    if (b.from == BasisFrom::start_date) {
      f.severity = S::warning;
      f.severity_by_rule = true;
    }
  } else if (b.basis == LegalBasis::introduksjonsloven && p.end_goal().parsed()) {
    Finding& f = c.report(id::IC113, p, "end_goal");
    param(f, "state", std::string("not_in_act"));
    name_basis(f, b);
    f.severity = S::warning;
    f.severity_by_rule = true;
  }
}

const RuleInfo IC114_entry = {.id = id::IC114,
                              .severity = S::warning,
                              .source = "Introduksjonsloven § 3 / integreringsloven § 12 (start senest tre måneder etter bosetting, "
                                        "eller etter at personen ba om det)",
                              .params = "start_date settlement_date limit_months limit_date legal_basis* basis_from*"};
// IC114: rett og plikt started in Y later than three months after settlement.
// The limit runs from settlement or from the person's request, so a warning.
void started_late_after_settlement(Context& c, ParticipationView p, const std::optional<EffectiveBasis>& b) {
  if (!p.category().parsed() || p.category().value != Category::rett_og_plikt) return;
  if (!p.start_date().parsed() || !p.settlement_date().parsed()) return;
  Date start = p.start_date().value;
  if (start < c.year_start || start > std::min(c.year_end, c.as_of)) return;
  Date limit = add_months(p.settlement_date().value, c.limits.start_months);
  if (start <= limit) return;
  Finding& f = c.report(id::IC114, p, "start_date");
  param(f, "start_date", start);
  param(f, "settlement_date", p.settlement_date().value);
  param(f, "limit_months", static_cast<long long>(c.limits.start_months));
  param(f, "limit_date", limit);
  if (b) name_basis(f, *b);
}

// The content elements of integreringsloven § 14 that a measure counts for:
// its list entry's content column, and arbeid_utdanning for every measure of
// group arbeidsrettet or utdanning.
enum Element : unsigned { norsk, samfunnskunnskap, livsmestring, foreldreveiledning, arbeid_utdanning, elements };
constexpr std::array<std::string_view, elements> element_names = {"norsk", "samfunnskunnskap", "livsmestring",
                                                                  "foreldreveiledning", "arbeid_utdanning"};

unsigned elements_of(const CodeEntry& e) {
  unsigned set = 0;
  for (unsigned k = 0; k < elements; ++k)
    if (e.content == element_names[k]) set |= 1u << k;
  if (e.content == "norsk_samfunnskunnskap") set |= (1u << norsk) | (1u << samfunnskunnskap);
  if (e.group == "arbeidsrettet" || e.group == "utdanning") set |= 1u << arbeid_utdanning;
  return set;
}

std::string element_list(unsigned set) {
  std::string out;
  for (unsigned k = 0; k < elements; ++k)
    if (set & (1u << k)) out += (out.empty() ? "" : ", ") + std::string(element_names[k]);
  return out;
}

const RuleInfo IC115_entry = {.id = id::IC115,
                              .severity = S::warning,
                              .source = "Integreringsloven § 14 (norsk, samfunnskunnskap, livsmestring, arbeids- eller "
                                        "utdanningsrettede elementer, foreldreveiledning for den som har barn under 18); kapittel "
                                        "6A og integreringsforskriften kap. 8A (arbeids- eller utdanningsrettet innhold, norsk, "
                                        "foreldreveiledning)",
                              .params = "missing not_completed* legal_basis* basis_from*"};
// IC115: a program under integreringsloven that ended in Y, having lasted at
// least six months, lacks an element of the minimum content among all its
// measures. A livsmestring or foreldreveiledning course registered as not
// completed does not count; without the children_under_18 column, the
// foreldreveiledning part is left out. A participation with no measures at
// all is IC102's (or IC111's) to report, not a lack of content.
void minimum_content_missing(Context& c, ParticipationView p, const EffectiveBasis& b,
                             std::span<const Index> ms) {
  if (!is_integreringsloven(b.basis) || ms.empty()) return;  // no measures at all: IC102's to say
  auto end = c.registered_end_in_year(p);
  if (!end || !p.start_date().parsed() || *end < add_months(p.start_date().value, c.limits.content_months)) return;
  unsigned required = b.basis == LegalBasis::integreringsloven_6a
                          ? (1u << arbeid_utdanning) | (1u << norsk)
                          : (1u << norsk) | (1u << samfunnskunnskap) | (1u << livsmestring) | (1u << arbeid_utdanning);
  if (c.data.has_column(F::children_under_18) && p.children_under_18().value_or(false)) required |= 1u << foreldreveiledning;
  unsigned present = 0, not_completed = 0;
  for (Index i : ms) {
    MeasureView m = c.data.measures[i];
    if (!m.code().parsed()) continue;
    const CodeEntry* e = c.env.measures->find(m.code().value);
    if (!e) continue;
    unsigned set = elements_of(*e);
    const unsigned courses = (1u << livsmestring) | (1u << foreldreveiledning);
    if (m.completed().parsed() && !m.completed().value && (set & courses)) {
      not_completed |= set & courses;
      set &= ~courses;
    }
    present |= set;
  }
  unsigned missing = required & ~present;
  if (!missing) return;
  Finding& f = c.report(id::IC115, p, "");
  param(f, "missing", element_list(missing));
  param(f, "not_completed", element_list(not_completed & missing));
  name_basis(f, b);
}

const RuleInfo IC116_entry = {.id = id::IC116,
                              .severity = S::warning,
                              .source = "Integreringsloven §§ 10 og 11 (kompetansekartlegging og karriereveiledning), § 15 "
                                        "(integreringsplan); IMDi: registreres i NIR",
                              .params = "missing* legal_basis* basis_from*",
                              .needs = "mapping_date career_guidance_date"};
// IC116: an integreringsloven participant (not 6A) in Y with no competence
// mapping or no career guidance by T, or no integration plan once the program
// is more than three months old. One finding per missing field.
void mapping_guidance_plan_missing(Context& c, ParticipationView p, const EffectiveBasis& b) {
  if (!ordinary(b) || !c.took_part(p)) return;
  auto missing = [&](const Field<Date>& d) { return !d.parsed() || d.value > c.as_of; };
  auto report = [&](F field) {
    Finding& f = c.report(id::IC116, p, to_string(field));
    param(f, "missing", std::string(to_string(field)));
    name_basis(f, b);
  };
  if (missing(p.mapping_date())) report(F::mapping_date);
  if (missing(p.career_guidance_date())) report(F::career_guidance_date);
  if (c.data.has_column(F::plan_date) && p.start_date().value < add_months(c.as_of, -c.limits.plan_months) &&
      missing(p.plan_date()))
    report(F::plan_date);
}

const RuleInfo IC117_entry = {.id = id::IC117,
                              .severity = S::warning,
                              .source = "Integreringsloven kapittel 6A: rett til program uten plikt; kategori rett_6a eller "
                                        "kan_tilbys",
                              .params = "legal_basis* basis_from*"};
// IC117: a chapter 6A participant registered as rett og plikt: 6A gives a
// right without the duty.
void chapter_6a_with_duty(Context& c, ParticipationView p, const EffectiveBasis& b) {
  if (b.basis != LegalBasis::integreringsloven_6a || !c.took_part(p)) return;
  if (!p.category().parsed() || p.category().value != Category::rett_og_plikt) return;
  name_basis(c.report(id::IC117, p, "category"), b);
}

const RuleInfo IC118_entry = {.id = id::IC118,
                              .severity = S::warning,
                              .source = "Integreringsloven § 8 (rett og plikt for den som er bosatt etter avtale; ikke krav ved "
                                        "familieinnvandring og selvstendig grunnlag, § 9 første ledd f og g)",
                              .params = "permit_ground legal_basis* basis_from*",
                              .needs = "settled_by_agreement permit_ground"};
// IC118: rett og plikt under integreringsloven for someone not settled by
// agreement, on a ground that needs it: the municipality may offer the
// program (kan tilbys), no more.
void duty_without_settlement_agreement(Context& c, ParticipationView p, const EffectiveBasis& b) {
  if (!ordinary(b) || !c.took_part(p)) return;
  if (!p.category().parsed() || p.category().value != Category::rett_og_plikt) return;
  if (!p.settled_by_agreement().parsed() || p.settled_by_agreement().value || !p.permit_ground().parsed()) return;
  if (p.permit_ground().value == PermitGround::family || p.permit_ground().value == PermitGround::utl_53) return;
  Finding& f = c.report(id::IC118, p, "settled_by_agreement");
  param(f, "permit_ground", std::string(to_string(p.permit_ground().value)));
  name_basis(f, b);
}

const RuleInfo IC119_entry = {.id = id::IC119,
                              .severity = S::warning,
                              .source = "IMDi: registrering i NIR senest to måneder etter at opplysningene foreligger",
                              .params = "registered_date event event_date limit_months legal_basis* basis_from*",
                              .needs = "registered_date"};
// IC119: NIR's registration lags: the participation's latest event (its
// start, its end, a measure's start or end, on or before T) came after the
// last registration and more than two months before T.
void registration_lags(Context& c, ParticipationView p, const std::optional<EffectiveBasis>& b,
                       std::span<const Index> ms) {
  if (!p.registered_date().parsed() || !c.took_part(p)) return;
  std::string_view event;
  Date latest;
  auto consider = [&](const Field<Date>& d, std::string_view name) {
    if (d.parsed() && d.value <= c.as_of && (event.empty() || d.value > latest)) {
      latest = d.value;
      event = name;
    }
  };
  consider(p.start_date(), "start_date");
  consider(p.end_date(), "end_date");
  for (Index i : ms) {
    consider(c.data.measures[i].start_date(), "measure_start");
    consider(c.data.measures[i].end_date(), "measure_end");
  }
  if (event.empty() || !(p.registered_date().value < latest)) return;
  if (!(latest < add_months(c.as_of, -c.limits.registration_months))) return;
  Finding& f = c.report(id::IC119, p, "registered_date");
  param(f, "registered_date", p.registered_date().value);
  param(f, "event", std::string(event));
  param(f, "event_date", latest);
  param(f, "limit_months", static_cast<long long>(c.limits.registration_months));
  if (b) name_basis(f, *b);
}

const RuleInfo IC120_entry = {.id = id::IC120,
                              .severity = S::warning,
                              .source = "Introduksjonsloven § 4 / integreringsloven § 14 (fulltid, hele året: 37,5 timer, 30 med "
                                        "egenstudier; IMDi 2021); kapittel 6A: 15 timer arbeidsrettet fra fjerde måned "
                                        "(integreringsforskriften kap. 8A)",
                              .params = "weeks lowest_week lowest_hours measure lowest_work_hours work_limit_hours "
                                        "legal_basis* basis_from*",
                              .needs = "measure.hours_per_week"};
// IC120: more than four weeks of Y below full time. Counted are the ISO weeks
// (Monday to Sunday) wholly inside the participation and Y, up to the
// earlier of T and 31 December, in which a measure runs; a week in which a
// running measure has no hours is left out. Under chapter 6A a week also
// counts from the program's fourth month when its work-oriented hours fall
// below 15. `measure` says which: full_time, or full_time_and_work under 6A,
// where the lowest work-oriented hours of a counted week are named too.
void below_full_time(Context& c, ParticipationView p, const std::optional<EffectiveBasis>& b,
                     std::span<const Index> ms) {
  if (!c.took_part(p) || ms.empty()) return;
  Date first = std::max(p.start_date().value, c.year_start);
  Date last = std::min({p.end_date().parsed() ? p.end_date().value : c.year_end, c.year_end, c.as_of});
  // The first Monday on or after `first`.
  Date monday = first + days((7 - (first.day_of_week().as_number() + 6) % 7) % 7);
  const bool six_a = b && b->basis == LegalBasis::integreringsloven_6a;
  const Date work_from = add_months(p.start_date().value, c.limits.work_hours_6a_from_month);
  long weeks = 0;
  std::optional<Date> lowest_week;
  double lowest = 0, lowest_work = 0;
  bool work_counted = false;
  for (; monday + days(6) <= last; monday += days(7)) {
    Date sunday = monday + days(6);
    double hours = 0, work = 0;
    bool running = false, unknown = false;
    for (Index i : ms) {
      MeasureView m = c.data.measures[i];
      if (!m.start_date().parsed() || m.end_date().is_invalid() || m.start_date().value > sunday) continue;
      if (m.end_date().parsed() && m.end_date().value < monday) continue;
      running = true;
      if (!m.hours_per_week().parsed()) {
        unknown = true;
        break;
      }
      hours += m.hours_per_week().value;
      const CodeEntry* e = m.code().parsed() ? c.env.measures->find(m.code().value) : nullptr;
      if (e && e->group == "arbeidsrettet") work += m.hours_per_week().value;
    }
    if (!running || unknown) continue;
    const bool work_week = six_a && monday >= work_from;
    bool below = hours < c.limits.full_time_hours || (work_week && work < c.limits.work_hours_6a);
    if (!below) continue;
    ++weeks;
    if (work_week && (!work_counted || work < lowest_work)) {
      lowest_work = work;
      work_counted = true;
    }
    if (!lowest_week || hours < lowest) {
      lowest_week = monday;
      lowest = hours;
    }
  }
  if (weeks <= c.limits.below_full_time_weeks) return;
  Finding& f = c.report(id::IC120, p, "");
  param(f, "weeks", static_cast<long long>(weeks));
  param(f, "lowest_week", *lowest_week);
  param(f, "lowest_hours", hours_text(lowest));
  param(f, "measure", std::string(work_counted ? "full_time_and_work" : "full_time"));
  if (work_counted) {
    param(f, "lowest_work_hours", hours_text(lowest_work));
    param(f, "work_limit_hours", static_cast<long long>(c.limits.work_hours_6a));
  }
  if (b) name_basis(f, *b);
}

}  // namespace

void integration_rules(Context& c, Range part) {
  const auto& ps = c.data.participations;
  for (Index i = part.begin; i < part.end; ++i) {
    ParticipationView p = ps[i];
    std::optional<EffectiveBasis> b = effective_basis(p, c.limits.basis_dates);
    std::span<const Index> ms = c.data.has_measures ? c.measures_of[i] : std::span<const Index>();
    started_late_after_settlement(c, p, b);
    if (c.runs(id::IC119)) registration_lags(c, p, b, ms);
    if (c.data.has_measures && c.runs(id::IC120)) below_full_time(c, p, b, ms);
    if (!b) continue;
    if (c.runs(id::IC112)) basis_contradicts_permit(c, p);
    if (c.runs(id::IC113)) end_goal_missing_or_foreign(c, p, *b);
    if (c.data.has_measures && c.runs(id::IC115)) minimum_content_missing(c, p, *b, ms);
    if (c.runs(id::IC116)) mapping_guidance_plan_missing(c, p, *b);
    chapter_6a_with_duty(c, p, *b);
    if (c.runs(id::IC118)) duty_without_settlement_agreement(c, p, *b);
  }
}

std::span<const RuleInfo* const> integration_catalogue() {
  static const RuleInfo* const entries[] = {&IC112_entry, &IC113_entry, &IC114_entry, &IC115_entry, &IC116_entry,
                                            &IC117_entry, &IC118_entry, &IC119_entry, &IC120_entry};
  return entries;
}

}  // namespace rules
}  // namespace introcheck
