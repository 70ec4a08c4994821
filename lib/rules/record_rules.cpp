// Record checks (IC001-IC015): each row on its own, before any year logic.
#include "rules/context.hpp"

#include "model/masking.hpp"

namespace introcheck::rules {
namespace {

using F = ParticipationField;

// The days of the participation a code must be valid on: start to end, or to T when open.
std::optional<std::pair<Date, Date>> period(const Context& c, const Participation& p) {
  if (!p.start_date.parsed()) return std::nullopt;
  Date first = p.start_date.value;
  Date last = p.end_date.parsed() ? p.end_date.value : std::max(first, c.as_of);
  if (last < first) last = first;
  return std::make_pair(first, last);
}

bool is_residence(F f) { return f == F::residence_municipality || f == F::residence_district; }

// IC001: invalid person id or DUF number, with the reason.
// IC002: synthetic test id (Skatteetaten: not in Folkeregisteret) unless allowed.
void check_person_ids(Context& c, const Participation& p) {
  for (F f : {F::person_id, F::duf_number}) {
    const Field<PersonId>& id = f == F::person_id ? p.person_id : p.duf_number;
    if (id.is_invalid()) {
      std::string raw(p.raw_text(f));
      auto parsed = parse_person_id(raw, c.as_of);
      std::string reason = parsed ? "wrong_kind" : std::string(to_string(parsed.error()));
      param(c.report("IC001", p, to_string(f)), "reason", reason);
    } else if (id.parsed()) {
      IdOptions policy{c.env.allow_synthetic, c.as_of};
      if (auto problem = policy_problem(id.value, policy)) {
        if (*problem == IdProblem::synthetic)
          c.report("IC002", p, to_string(f));
        else
          param(c.report("IC001", p, to_string(f)), "reason", std::string(to_string(*problem)));
      }
    }
  }
  if (p.person_id.empty() && p.duf_number.empty())
    param(c.report("IC006", p, "person_id"), "state", std::string("missing"));
}

// IC003: category missing or unknown (introduksjonsloven § 2 / integreringsloven § 8).
void check_category(Context& c, const Participation& p) {
  if (p.category.parsed()) return;
  Finding& f = c.report("IC003", p, "category");
  param(f, "state", std::string(p.category.empty() ? "missing" : "unknown"));
  if (p.category.is_invalid()) param(f, "value", std::string(p.raw_text(F::category)));
}

// IC004: a municipality code valid on no day of the participation, and no
// successor of one that was (SSB KLASS 131).
void check_municipality(Context& c, const Participation& p, F f) {
  const Field<std::string>& code = f == F::follow_up_municipality ? p.follow_up_municipality
                                                                  : p.residence_municipality;
  bool hide = is_residence(f) && p.is_protected();
  if (code.is_invalid()) {
    Finding& finding = c.report("IC004", p, to_string(f));
    param(finding, "state", std::string(hide ? "protected" : "malformed"));
    if (!hide) param(finding, "value", std::string(p.raw_text(f)));
    return;
  }
  if (!code.parsed()) return;
  if (f == F::follow_up_municipality && code.value == "9999") {
    param(c.report("IC004", p, to_string(f)), "state", std::string("unknown"));
    return;
  }
  auto days = period(c, p);
  if (!days) return;
  const Municipalities& m = c.municipalities;
  if (m.valid_during(code.value, days->first, days->second) ||
      m.succeeds_code_valid_during(code.value, days->first, days->second))
    return;
  Finding& finding = c.report("IC004", p, to_string(f));
  param(finding, "state", std::string(hide ? "protected" : "not_valid"));
  if (!hide) param(finding, "value", code.value);
}

// IC005: district not valid for its municipality on any day (SSB KLASS 103).
void check_district(Context& c, const Participation& p, F f) {
  bool residence = is_residence(f);
  const Field<std::string>& district = residence ? p.residence_district : p.follow_up_district;
  const Field<std::string>& muni = residence ? p.residence_municipality : p.follow_up_municipality;
  bool hide = residence && p.is_protected();
  if (district.is_invalid()) {
    Finding& finding = c.report("IC005", p, to_string(f));
    param(finding, "state", std::string(hide ? "protected" : "malformed"));
    if (!hide) param(finding, "value", std::string(p.raw_text(f)));
    return;
  }
  if (!district.parsed() || !muni.parsed()) return;
  auto days = period(c, p);
  if (!days) return;
  if (c.municipalities.district_valid_during(district.value, muni.value, days->first, days->second))
    return;
  Finding& finding = c.report("IC005", p, to_string(f));
  param(finding, "state", std::string(hide ? "protected" : "not_valid"));
  if (!hide) {
    param(finding, "value", district.value);
    param(finding, "municipality_code", muni.value);
  }
}

// IC006: required field missing, or a value that does not parse or is out of range.
void check_fields(Context& c, const Participation& p) {
  if (p.case_id.empty()) param(c.report("IC006", p, "case_id"), "state", std::string("missing"));
  if (p.follow_up_municipality.empty())
    param(c.report("IC006", p, "follow_up_municipality"), "state", std::string("missing"));
  if (p.start_date.empty()) param(c.report("IC006", p, "start_date"), "state", std::string("missing"));
  struct Check {
    F field;
    bool invalid;
    const char* expected;
  };
  const Check checks[] = {
      {F::legal_basis, p.legal_basis.is_invalid(), "legal_basis"},
      {F::protected_address, p.protected_address.is_invalid(), "boolean"},
      {F::extended, p.extended.is_invalid(), "boolean"},
      {F::covid_extension, p.covid_extension.is_invalid(), "boolean"},
      {F::start_date, p.start_date.is_invalid(), "date"},
      {F::end_date, p.end_date.is_invalid(), "date"},
      {F::settlement_date, p.settlement_date.is_invalid(), "date"},
      {F::leave_days, p.leave_days.is_invalid(), "leave_days"},
  };
  for (const Check& k : checks) {
    if (!k.invalid) continue;
    Finding& f = c.report("IC006", p, to_string(k.field));
    param(f, "state", std::string("invalid"));
    param(f, "value", std::string(p.raw_text(k.field)));
    param(f, "expected", std::string(k.expected));
  }
}

// IC013: a date after T (events are registered when they have happened).
void check_future(Context& c, const Participation& p) {
  for (F f : {F::start_date, F::end_date, F::settlement_date}) {
    const Field<Date>& d = f == F::start_date ? p.start_date : f == F::end_date ? p.end_date : p.settlement_date;
    if (d.parsed() && d.value > c.as_of) {
      Finding& finding = c.report("IC013", p, to_string(f));
      param(finding, "value", d.value);
      param(finding, "as_of", c.as_of);
    }
  }
}

// IC015: a leading zero lost in a spreadsheet, restored on import.
void check_repairs(Context& c, const Participation& p) {
  for (const auto& r : p.repairs) {
    bool person = r.field == F::person_id || r.field == F::duf_number;
    // A protected residence is never shown, not even as a repaired code.
    if (is_residence(r.field) && p.is_protected()) continue;
    Finding& f = c.report("IC015", p, to_string(r.field));
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
    check_person_ids(c, p);
    check_category(c, p);
    check_municipality(c, p, F::follow_up_municipality);
    check_municipality(c, p, F::residence_municipality);
    check_district(c, p, F::follow_up_district);
    check_district(c, p, F::residence_district);
    check_fields(c, p);

    // IC007: end before start.
    if (p.start_date.parsed() && p.end_date.parsed() && p.end_date.value < p.start_date.value) {
      Finding& f = c.report("IC007", p, "end_date");
      param(f, "start_date", p.start_date.value);
      param(f, "end_date", p.end_date.value);
    }
    // IC008: end reason not in NIR's list.
    if (p.end_reason.is_invalid())
      param(c.report("IC008", p, "end_reason"), "value", std::string(p.raw_text(F::end_reason)));
    // IC010: the same case_id twice; reported on every later row.
    if (c.duplicate_of[i] != i && !p.case_id.empty()) {
      Finding& f = c.report("IC010", p, "case_id");
      param(f, "case_id", p.case_id);
      param(f, "first_line", static_cast<long long>(ps[c.duplicate_of[i]].line));
    }
    // IC012: an end reason needs an end date.
    if (p.end_reason.parsed() && p.end_date.empty()) c.report("IC012", p, "end_reason");
    check_future(c, p);
    check_repairs(c, p);
  }
}

// Measure record checks: IC006, IC009, IC011, IC013, IC014.
void measure_rules(Context& c, Range part) {
  using M = MeasureField;
  for (Index i = part.begin; i < part.end; ++i) {
    const Measure& m = c.data.measures[i];
    if (m.case_id.empty()) param(c.report("IC006", m, "case_id"), "state", std::string("missing"));
    else if (!c.owner(m)) param(c.report("IC011", m, "case_id"), "case_id", m.case_id);
    if (m.code.empty()) param(c.report("IC006", m, "measure"), "state", std::string("missing"));
    if (m.code.is_invalid()) param(c.report("IC009", m, "measure"), "value", std::string(m.raw_text(M::measure)));
    if (m.start_date.empty()) param(c.report("IC006", m, "start_date"), "state", std::string("missing"));
    struct Check {
      M field;
      bool invalid;
      const char* expected;
    };
    const Check checks[] = {{M::start_date, m.start_date.is_invalid(), "date"},
                            {M::end_date, m.end_date.is_invalid(), "date"},
                            {M::hours_per_week, m.hours_per_week.is_invalid(), "hours"}};
    for (const Check& k : checks) {
      if (!k.invalid) continue;
      Finding& f = c.report("IC006", m, to_string(k.field));
      param(f, "state", std::string("invalid"));
      param(f, "value", std::string(m.raw_text(k.field)));
      param(f, "expected", std::string(k.expected));
    }
    if (m.start_date.parsed() && m.end_date.parsed() && m.end_date.value < m.start_date.value) {
      Finding& f = c.report("IC014", m, "end_date");
      param(f, "start_date", m.start_date.value);
      param(f, "end_date", m.end_date.value);
    }
    // IC013 on the start only: a planned end date of a running measure is normal.
    if (m.start_date.parsed() && m.start_date.value > c.as_of) {
      Finding& f = c.report("IC013", m, "start_date");
      param(f, "value", m.start_date.value);
      param(f, "as_of", c.as_of);
    }
  }
}

}  // namespace introcheck::rules
