// Year-end checks (IC101-IC111): what IMDi asks municipalities to get right
// before the deadline — an end reason for everyone who ended in Y, and
// measures for everyone who took part in Y.
#include "rules/catalogue.hpp"
#include "rules/context.hpp"

#include <introcheck/rule_ids.hpp>

#include <algorithm>
#include <functional>
#include <queue>
#include <span>

namespace introcheck {

const std::string_view rule_ids::IC101 = "IC101";
const std::string_view rule_ids::IC102 = "IC102";
const std::string_view rule_ids::IC103 = "IC103";
const std::string_view rule_ids::IC104 = "IC104";
const std::string_view rule_ids::IC105 = "IC105";
const std::string_view rule_ids::IC106 = "IC106";
const std::string_view rule_ids::IC107 = "IC107";
const std::string_view rule_ids::IC108 = "IC108";
const std::string_view rule_ids::IC109 = "IC109";
const std::string_view rule_ids::IC110 = "IC110";
const std::string_view rule_ids::IC111 = "IC111";

namespace rules {
namespace {

namespace id = rule_ids;
using S = Severity;

using boost::gregorian::days;

struct Span {
  Date first, last;  // both included
};

// A measure's period; open measures run "for ever". Nothing when unusable.
std::optional<Span> measure_span(MeasureView m) {
  if (!m.start_date().parsed() || m.end_date().is_invalid()) return std::nullopt;
  Date last = m.end_date().parsed() ? m.end_date().value : latest_date();
  if (last < m.start_date().value) return std::nullopt;
  return Span{m.start_date().value, last};
}

bool overlaps(const Span& a, Date first, Date last) { return a.first <= last && a.last >= first; }

std::string measure_name(MeasureView m) { return m.code().parsed() ? std::string(m.code().value) : std::string("?"); }

const RuleInfo IC101_entry = {.id = id::IC101,
                              .severity = S::error,
                              .source = "IMDi: avslutningsårsak for alle som avsluttet i året registreres i NIR innen fristen",
                              .params = "end_date"};
// IC101: ended in Y without an end reason ("avslutningsårsak ikke registrert").
void ended_without_reason(Context& c, ParticipationView p) {
  auto end = c.registered_end_in_year(p);
  if (end && p.end_reason().empty()) param(c.report(id::IC101, p, "end_reason"), "end_date", *end);
}

const RuleInfo IC102_entry = {.id = id::IC102,
                              .severity = S::error,
                              .source = "IMDi: tiltak for alle som deltok i året registreres i NIR innen fristen",
                              .params = "year"};
// IC102: took part in Y, but no measure overlaps Y.
void no_measure_in_year(Context& c, ParticipationView p, std::span<const Index> ms) {
  if (!c.took_part(p)) return;
  for (Index i : ms)
    if (auto s = measure_span(c.data.measures[i]); s && overlaps(*s, c.year_start, c.year_end)) return;
  param(c.report(id::IC102, p, ""), "year", static_cast<long long>(c.year));
}

const RuleInfo IC103_entry = {.id = id::IC103,
                              .severity = S::warning,
                              .source = "IMDi: kjent feil i NIR der deltakere avsluttes med «flyttet» mens de fortsatt er i program",
                              .params = "end_date evidence measure measure_end other_case_id other_start year"};
// IC103: ended as "flyttet" in Y while evidently still in the program: a
// measure runs past the end (one piece of that evidence is enough), or a new
// participation starts in the same follow-up municipality within the
// threshold (one finding for each kind of evidence). IMDi: a known NIR fault ends people with "flyttet" who are
// still in the program.
void moved_while_in_program(Context& c, ParticipationView p, Index i, std::span<const Index> ms) {
  auto end = c.registered_end_in_year(p);
  if (!end || !p.end_reason().parsed() || p.end_reason().value != "flyttet") return;
  if (c.data.has_measures) {
    for (Index k : ms) {
      MeasureView m = c.data.measures[k];
      auto s = measure_span(m);
      if (!s || s->last <= *end) continue;
      Finding& f = c.report(id::IC103, p, "end_reason");
      param(f, "end_date", *end);
      param(f, "evidence", std::string(m.end_date().parsed() ? "measure" : "open_measure"));
      param(f, "measure", measure_name(m));
      if (m.end_date().parsed()) param(f, "measure_end", m.end_date().value);
      param(f, "year", static_cast<long long>(c.year));
      break;
    }
  }
  // The first restart is evidence enough, however many there are.
  Index next = c.index.next_in_same_place[i];
  if (next == UINT32_MAX) return;
  ParticipationView q = c.data.participations[next];
  if (q.start_date().value > add_days(*end, c.limits.moved_restart_days)) return;
  Finding& f = c.report(id::IC103, p, "end_reason");
  param(f, "end_date", *end);
  param(f, "evidence", std::string("restart"));
  param(f, "other_case_id", std::string(q.case_id()));
  param(f, "other_start", q.start_date().value);
  param(f, "year", static_cast<long long>(c.year));
}

const RuleInfo IC104_entry = {.id = id::IC104,
                              .severity = S::warning,
                              .source = "Logisk kontroll",
                              .params = "measure start_date"};
// IC104: a measure lies partly or wholly outside its participation.
void measures_outside(Context& c, ParticipationView p, std::span<const Index> ms) {
  if (!c.took_part(p)) return;
  Date first = p.start_date().value;
  Date last = p.end_date().parsed() ? p.end_date().value : latest_date();
  for (Index i : ms) {
    MeasureView m = c.data.measures[i];
    auto s = measure_span(m);
    if (!s || (s->first >= first && s->last <= last)) continue;
    Finding& f = c.report(id::IC104, m, "start_date");
    param(f, "measure", measure_name(m));
    param(f, "start_date", m.start_date().value);
  }
}

// Age in whole years on `on`.
int age_on(Date born, Date on) {
  return on.year() - born.year() -
         ((on.month() < born.month() || (on.month() == born.month() && on.day() < born.day())) ? 1 : 0);
}

// The length group of integreringsloven § 13, in the order: the
// education first, then the end goal's group, then the age at the start (an
// unknown age counts as 25 or older).
LengthGroup length_group(const Context& c, ParticipationView p) {
  const CodeEntry* goal = p.end_goal().parsed() ? c.env.end_goals->find(p.end_goal().value) : nullptr;
  std::string_view goal_group = goal ? std::string_view(goal->group) : std::string_view();
  if (p.education().parsed() &&
      (p.education().value == Education::upper_secondary || p.education().value == Education::higher))
    return LengthGroup::short_track;
  if (!p.education().parsed()) {
    if (goal_group == "short") return LengthGroup::short_track;
    if (goal_group == "upper_secondary") return LengthGroup::upper_secondary;
  }
  bool under_25 = p.person_id().parsed() && p.person_id().value.birth_date &&
                  age_on(*p.person_id().value.birth_date, p.start_date().value) < 25;
  if (under_25 || goal_group == "upper_secondary") return LengthGroup::upper_secondary;
  return LengthGroup::other;
}

// What IC106 and IC107 measure: the counted period against N months plus
// leave (introduksjonsloven § 5, integreringsloven § 13, chapter 6A), by the
// effective basis and, under integreringsloven, the end-goal group. Nothing
// for a covid extension, which NIR ends itself (IC205), or unusable dates.
struct Length {
  Date start, until;
  int leave = 0;
  EffectiveBasis basis;
  LengthGroup group;
  LengthPeriod limits;
  Date limit(int months) const { return add_days(add_months(start, months), leave); }
};

std::optional<Length> program_length(const Context& c, ParticipationView p) {
  if (!c.took_part(p) || p.is_covid_extension() || p.leave_days().is_invalid()) return std::nullopt;
  auto basis = effective_basis(p, c.limits.basis_dates);
  auto until = c.counted_until(p);
  if (!basis || !until) return std::nullopt;
  LengthGroup group = basis->basis == LegalBasis::integreringsloven ? length_group(c, p) : LengthGroup::other;
  const LengthPeriod* limits = c.limits.length(basis->basis, group, p.start_date().value);
  if (!limits) return std::nullopt;
  return Length{p.start_date().value, *until, p.leave_days().value_or(0), *basis, group, *limits};
}

void report_length(Context& c, std::string_view rule, ParticipationView p, const Length& len, int months) {
  Finding& f = c.report(rule, p, p.end_date().parsed() ? "end_date" : "start_date");
  param(f, "until", len.until);
  if (months % 12 == 0) param(f, "limit_years", static_cast<long long>(months / 12));
  param(f, "limit_unit", std::string(months % 12 == 0 ? "years" : "months"));
  param(f, "leave_days", static_cast<long long>(len.leave));
  param(f, "limit_date", len.limit(months));
  param(f, "limit_months", static_cast<long long>(months));
  param(f, "group", std::string(to_string(len.group)));
  param(f, "legal_basis", std::string(to_string(len.basis.basis)));
  param(f, "basis_from", std::string(to_string(len.basis.from)));
  // Past chapter 6A's maximum, IC106 also names an extended program: not "without an extension".
  if (rule == id::IC106) param(f, "extension", std::string(p.extended().value_or(false) ? "granted" : "none"));
}

const RuleInfo IC106_entry = {.id = id::IC106,
                              .severity = S::warning,
                              .source = "Introduksjonsloven § 5 (inntil to år, tre år ved særlige grunner) / integreringsloven § 13 "
                                        "(varighet etter sluttmål: 6, 36 eller 24 måneder) / kapittel 6A (12 måneder, ubekreftet)",
                              .params = "until limit_years limit_unit leave_days limit_date limit_months extension group* legal_basis* "
                                        "basis_from*"};
// IC106: longer than the normal length without an extension (and not past
// the maximum, which is IC107's). Under chapter 6A, past either limit is this
// warning: its lengths are unconfirmed.
void longer_than_normal(Context& c, ParticipationView p) {
  auto len = program_length(c, p);
  if (!len) return;
  const bool past_max = len->until > len->limit(len->limits.max_months);
  if (len->basis.basis == LegalBasis::integreringsloven_6a) {
    if (past_max) report_length(c, id::IC106, p, *len, len->limits.max_months);
    else if (!p.extended().value_or(false) && len->until > len->limit(len->limits.normal_months))
      report_length(c, id::IC106, p, *len, len->limits.normal_months);
    return;
  }
  if (p.extended().value_or(false)) return;
  if (len->until > len->limit(len->limits.normal_months) && !past_max)
    report_length(c, id::IC106, p, *len, len->limits.normal_months);
}

const RuleInfo IC107_entry = {.id = id::IC107,
                              .severity = S::error,
                              .source = "Introduksjonsloven § 5 / integreringsloven § 13 (med forlengelse: 12, 48 eller 36 måneder)",
                              .params = "until limit_years limit_unit leave_days limit_date limit_months group* legal_basis* basis_from*"};
// IC107: longer than the maximum length, extension or not (not chapter 6A).
void longer_than_maximum(Context& c, ParticipationView p) {
  auto len = program_length(c, p);
  if (len && len->basis.basis != LegalBasis::integreringsloven_6a && len->until > len->limit(len->limits.max_months))
    report_length(c, id::IC107, p, *len, len->limits.max_months);
}

const RuleInfo IC108_entry = {.id = id::IC108,
                              .severity = S::warning,
                              .source = "Introduksjonsloven § 2 (18–55 år ved programstart) / integreringsloven § 8 (18–55 år "
                                        "på vedtaksdatoen for oppholdstillatelsen)",
                              .params = "age min_age max_age_incl legal_basis* basis_from* age_on"};
// IC108: rett og plikt applies from 18 up to 55: under introduksjonsloven at
// the start, under integreringsloven on the day the permit was granted (the
// start when that is unknown). The birth date comes from the fødselsnummer;
// skipped with only a DUF number.
void age_at_start(Context& c, ParticipationView p) {
  if (!c.took_part(p) || !p.category().parsed() || p.category().value != Category::rett_og_plikt) return;
  if (!p.person_id().parsed() || !p.person_id().value.birth_date) return;
  auto basis = effective_basis(p, c.limits.basis_dates);
  const bool on_permit = basis && is_integreringsloven(basis->basis) && p.permit_date().parsed();
  Date on = on_permit ? p.permit_date().value : p.start_date().value;
  AgePeriod limits = c.limits.age(basis ? basis->basis : LegalBasis::introduksjonsloven, on);
  int age = age_on(*p.person_id().value.birth_date, on);
  if (age >= limits.min_age && age < limits.max_age) return;
  Finding& f = c.report(id::IC108, p, "person_id");
  param(f, "age", static_cast<long long>(age));
  param(f, "min_age", static_cast<long long>(limits.min_age));
  param(f, "max_age_incl", static_cast<long long>(limits.max_age - 1));
  if (basis) {
    param(f, "legal_basis", std::string(to_string(basis->basis)));
    param(f, "basis_from", std::string(to_string(basis->from)));
  }
  param(f, "age_on", std::string(on_permit ? "permit_date" : "start_date"));
}

const RuleInfo IC109_entry = {.id = id::IC109,
                              .severity = S::warning,
                              .source = "Introduksjonsloven § 2 (rett og plikt gjelder nylig bosatte)",
                              .params = "start_date settlement_date limit_years"};
// IC109: rett og plikt is for the newly settled: start within two years of settlement.
void late_start(Context& c, ParticipationView p) {
  if (!c.took_part(p) || !p.category().parsed() || p.category().value != Category::rett_og_plikt) return;
  if (!p.settlement_date().parsed()) return;
  if (p.start_date().value <= add_years(p.settlement_date().value, c.limits.settlement_years)) return;
  Finding& f = c.report(id::IC109, p, "start_date");
  param(f, "start_date", p.start_date().value);
  param(f, "settlement_date", p.settlement_date().value);
  param(f, "limit_years", static_cast<long long>(c.limits.settlement_years));
}

const RuleInfo IC110_entry = {.id = id::IC110,
                              .severity = S::warning,
                              .source = "IMDi: tiltak for hele deltakelsen registreres; deltakere har fem ukers ferie",
                              .params = "gap_start gap_end gap_days"};
// IC110: a gap longer than the threshold between measures within the
// participation's time in Y, after which measures resume.
void gaps(Context& c, ParticipationView p, std::span<const Index> ms) {
  if (!c.took_part(p)) return;
  Date first = std::max(p.start_date().value, c.year_start);
  Date last = std::min(p.end_date().parsed() ? p.end_date().value : c.year_end, c.year_end);
  std::optional<Date> covered_until;  // measures are sorted by start
  for (Index i : ms) {
    auto s = measure_span(c.data.measures[i]);
    if (!s || !overlaps(*s, first, last)) continue;
    Date a = std::max(s->first, first), b = std::min(s->last, last);
    if (covered_until && a > *covered_until + days(1)) {
      long gap = (a - *covered_until).days() - 1;
      if (gap > c.limits.gap_days) {
        Finding& f = c.report(id::IC110, p, "");
        param(f, "gap_start", *covered_until + days(1));
        param(f, "gap_end", a - days(1));
        param(f, "gap_days", static_cast<long long>(gap));
      }
    }
    if (!covered_until || b > *covered_until) covered_until = b;
  }
}

const RuleInfo IC111_entry = {.id = id::IC111,
                              .severity = S::warning,
                              .source = "IMDi: avslutning registreres når programmet avsluttes",
                              .params = "days cutoff"};
// IC111: an open participation with no measure in the last N days up to
// min(T, 31 December Y): has the program ended?
void inactive(Context& c, ParticipationView p, std::span<const Index> ms) {
  if (!c.took_part(p) || !p.end_date().empty()) return;
  Date cutoff = std::min(c.as_of, c.year_end);
  Date window_start = add_days(cutoff, -(c.limits.inactivity_days - 1));
  if (p.start_date().value > add_days(window_start, -1)) return;  // too new to judge
  for (Index i : ms)
    if (auto s = measure_span(c.data.measures[i]); s && overlaps(*s, window_start, cutoff)) return;
  Finding& f = c.report(id::IC111, p, "end_date");
  param(f, "days", static_cast<long long>(c.limits.inactivity_days));
  param(f, "cutoff", cutoff);
}

}  // namespace

void year_end_rules(Context& c, Range part) {
  const auto& ps = c.data.participations;
  for (Index i = part.begin; i < part.end; ++i) {
    ParticipationView p = ps[i];
    ended_without_reason(c, p);
    moved_while_in_program(c, p, i, c.data.has_measures ? c.measures_of[i] : std::span<const Index>());
    longer_than_normal(c, p);
    longer_than_maximum(c, p);
    age_at_start(c, p);
    late_start(c, p);
    if (!c.data.has_measures) continue;
    std::span<const Index> ms = c.measures_of[i];
    no_measure_in_year(c, p, ms);
    measures_outside(c, p, ms);
    gaps(c, p, ms);
    inactive(c, p, ms);
  }
}

namespace {

const RuleInfo IC105_entry = {.id = id::IC105,
                              .severity = S::error,
                              .source = "Introduksjonsloven/integreringsloven: én deltakelse om gangen",
                              .params = "other_case_id other_start overlap_count*"};
// IC105: a participation that overlaps an earlier one of the same person
// (a person is the union of their ids): sharing a day, except starting on the
// day the other ended. One finding on each later participation, naming the
// earliest it overlaps, with how many earlier ones it overlaps. The person's
// list is ordered by start, so one sweep with heaps of the open earlier
// participations counts them: n log n, not every pair.
class Overlaps {
 public:
  void add(Index position, Date end) {
    by_end_.push({end, position});
    by_position_.push({position, end});
    ++added_;
  }
  // Drops the participations that end on or before `start`: no later one
  // (starting no earlier) can overlap them.
  void close_before(Date start) {
    while (!by_end_.empty() && by_end_.top().first <= start) {
      by_end_.pop();
      ++closed_;
    }
    while (!by_position_.empty() && by_position_.top().second <= start) by_position_.pop();
  }
  std::size_t count() const { return added_ - closed_; }
  Index earliest() const { return by_position_.top().first; }

 private:
  template <class T>
  using MinHeap = std::priority_queue<T, std::vector<T>, std::greater<T>>;
  MinHeap<std::pair<Date, Index>> by_end_;
  MinHeap<std::pair<Index, Date>> by_position_;
  std::size_t added_ = 0, closed_ = 0;
};

void overlapping_participations(Context& c, std::span<const Index> list) {
  if (list.size() < 2) return;  // most persons: nothing to compare
  const auto& ps = c.data.participations;
  Overlaps all, in_year;  // every earlier one; those that took part in Y
  for (std::size_t j = 0; j < list.size(); ++j) {
    ParticipationView q = ps[list[j]];
    if (!q.start_date().parsed()) continue;
    all.close_before(q.start_date().value);
    in_year.close_before(q.start_date().value);
    // An overlap counts when either side took part in Y.
    const Overlaps& earlier = c.took_part(q) ? all : in_year;
    if (earlier.count() > 0 && c.duplicate_of[list[j]] == list[j]) {
      ParticipationView p = ps[list[earlier.earliest()]];
      Finding& f = c.report(id::IC105, q, "start_date");
      param(f, "other_case_id", std::string(p.case_id()));
      param(f, "other_start", p.start_date().value);
      param(f, "overlap_count", static_cast<long long>(earlier.count()));
    }
    if (q.end_date().is_invalid()) continue;
    Date end = q.end_date().parsed() ? q.end_date().value : Date(boost::date_time::pos_infin);
    all.add(static_cast<Index>(j), end);
    if (c.took_part(q)) in_year.add(static_cast<Index>(j), end);
  }
}

}  // namespace

// Rules over one person's participations (a person is the union of their ids).
void person_rules(Context& c, Range part) {
  for (Index person = part.begin; person < part.end; ++person) overlapping_participations(c, c.persons[person]);
}

std::span<const RuleInfo* const> year_end_catalogue() {
  static const RuleInfo* const entries[] = {&IC101_entry, &IC102_entry, &IC103_entry, &IC104_entry, &IC105_entry, &IC106_entry, &IC107_entry, &IC108_entry, &IC109_entry, &IC110_entry, &IC111_entry};
  return entries;
}

}  // namespace rules
}  // namespace introcheck
