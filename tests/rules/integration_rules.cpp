// Integreringsloven and chapter 6A (IC112-IC120, and IC106-IC108 by basis)
// as a table. The clean world here is an ordinary integreringsloven
// participant with every new column and the full minimum content at full
// time; see table.hpp for what a row asserts.
#include "table.hpp"

#include <introcheck/legal_basis.hpp>

namespace {

using F = ParticipationField;

Field<double> hours(double h) { return Field<double>::of(h); }

Measure course(const char* code, double h, int line, Date start = Date(2022, 3, 1), Date end = Date(2023, 6, 30)) {
  Measure m = measure("K1", start, end, code);
  m.hours_per_week = hours(h);
  m.completed = yes();
  m.line = static_cast<std::size_t>(line);
  return m;
}

// Refugee (utlendingsloven § 28) granted a permit in October 2021, settled by
// agreement, no completed education, end goal work: group "other" (24
// months, 36 at most). Norwegian and social studies, life skills and work
// practice for 10 + 5 + 15 hours a week over the whole program.
World integration_world() {
  World w = clean_world();
  Participation& p = w.p();
  p.legal_basis = Field<LegalBasis>::of(LegalBasis::integreringsloven);
  p.permit_ground = Field<PermitGround>::of(PermitGround::utl_28);
  p.permit_date = on(2021, 10, 1);
  p.arrival_date = on(2021, 10, 15);
  p.settled_by_agreement = yes();
  p.education = Field<Education>::of(Education::none);
  p.end_goal = text("arbeid");
  p.mapping_date = on(2022, 3, 10);
  p.career_guidance_date = on(2022, 3, 20);
  p.plan_date = on(2022, 4, 1);
  p.children_under_18 = no();
  p.registered_date = on(2023, 7, 10);
  for (std::size_t f = 0; f < participation_field_count; ++f) w.data.participants.columns.set(f);
  for (std::size_t f = 0; f < measure_field_count; ++f) w.data.measures_source.columns.set(f);
  w.measures = {course("norsk_samfunnskunnskap", 10, 2), course("livsmestring", 5, 3),
                     course("arbeidspraksis", 15, 4)};
  return w;
}

// The participation and every measure over [start, end].
void period(World& w, Date start, Date end) {
  w.p().start_date = on(start);
  w.p().end_date = on(end);
  for (Measure& m : w.measures) {
    m.start_date = on(start);
    m.end_date = on(end);
  }
}

// Collective protection (§ 34) granted 15 March 2022: chapter 6A, a right
// without the duty, a program of twelve months (its normal length).
void six_a(World& w) {
  w.p().permit_ground = Field<PermitGround>::of(PermitGround::utl_34);
  w.p().permit_date = on(2022, 3, 15);
  w.p().arrival_date = on(2022, 3, 10);
  w.p().category = Field<Category>::of(Category::rett_6a);
  w.p().legal_basis = Field<LegalBasis>::of(LegalBasis::integreringsloven_6a);
  w.p().end_goal = {};
  period(w, Date(2022, 4, 1), Date(2023, 3, 31));
}

void drop_column(World& w, F f) { w.data.participants.columns.reset(static_cast<std::size_t>(f)); }

Measure& of(World& w, const char* code) {
  for (Measure& m : w.measures)
    if (m.code.value == code) return m;
  throw std::logic_error(code);
}

const std::vector<Row> rows = {
    // IC112: the stated basis against the permit.
    {"introduksjonsloven stated, permit granted in 2021", "IC112", Kind::fires,
     [](World& w) { w.p().legal_basis = Field<LegalBasis>::of(LegalBasis::introduksjonsloven); },
     {{"IC112", "legal_basis"}}},
    {"chapter 6A stated for a refugee (§ 28)", "IC112", Kind::fires,
     [](World& w) { w.p().legal_basis = Field<LegalBasis>::of(LegalBasis::integreringsloven_6a); },
     {{"IC112", "legal_basis"}}},
    {"integreringsloven stated for a 6A person", "IC112", Kind::near_miss,
     [](World& w) {
       six_a(w);
       w.p().legal_basis = Field<LegalBasis>::of(LegalBasis::integreringsloven);
     },
     {}},
    {"chapter 6A stated, no permit ground to say otherwise", "IC112", Kind::boundary,
     [](World& w) {
       six_a(w);
       w.p().permit_ground = {};
     },
     {}},
    {"integreringsloven stated, permit and arrival on 31 December 2020", "IC112", Kind::boundary,
     [](World& w) {
       w.p().permit_date = on(2020, 12, 31);
       w.p().arrival_date = on(2020, 12, 31);
     },
     {{"IC112", "legal_basis"}, {"IC113", "end_goal"}}},  // under introduksjonsloven, which has no end goal
    {"integreringsloven stated, arrival on 1 January 2021", "IC112", Kind::boundary,
     [](World& w) {
       w.p().permit_date = on(2020, 12, 31);
       w.p().arrival_date = on(2021, 1, 1);
     },
     {}},
    {"stated basis, no permit or arrival column", "IC112", Kind::boundary,
     [](World& w) {
       w.p().legal_basis = Field<LegalBasis>::of(LegalBasis::introduksjonsloven);
       drop_column(w, F::permit_date);
       drop_column(w, F::arrival_date);
     },
     {}},  // skipped: and the permit dates still make it integreringsloven for the other rules

    // IC113: the end goal.
    {"integreringsloven without an end goal", "IC113", Kind::fires, [](World& w) { w.p().end_goal = {}; },
     {{"IC113", "end_goal"}}},
    {"chapter 6A without an end goal", "IC113", Kind::near_miss, six_a, {}},
    {"end goal column missing", "IC113", Kind::boundary,
     [](World& w) {
       w.p().end_goal = {};
       drop_column(w, F::end_goal);
     },
     {}},
    {"basis from the start date alone, no end goal", "IC113", Kind::boundary,
     [](World& w) {
       w.p().end_goal = {};
       w.p().legal_basis = {};
       w.p().permit_date = {};
       w.p().arrival_date = {};
     },
     {{"IC113", "end_goal"}}},

    // IC114: start within three months of settlement (rett og plikt, starts in Y).
    {"started four months after settlement", "IC114", Kind::fires,
     [](World& w) {
       period(w, Date(2023, 3, 1), Date(2023, 6, 30));
       w.p().settlement_date = on(2022, 10, 31);
     },
     {{"IC114", "start_date"}}},
    {"started late, but in the year before", "IC114", Kind::near_miss,
     [](World& w) { w.p().settlement_date = on(2021, 6, 1); }, {}},
    {"started exactly three months after settlement", "IC114", Kind::boundary,
     [](World& w) {
       period(w, Date(2023, 3, 1), Date(2023, 6, 30));
       w.p().settlement_date = on(2022, 12, 1);
     },
     {}},
    {"started three months and a day after settlement", "IC114", Kind::boundary,
     [](World& w) {
       period(w, Date(2023, 3, 1), Date(2023, 6, 30));
       w.p().settlement_date = on(2022, 11, 30);
     },
     {{"IC114", "start_date"}}},

    // IC115: the minimum content, among all the measures.
    {"life skills not completed", "IC115", Kind::fires, [](World& w) { of(w, "livsmestring").completed = no(); },
     {{"IC115", ""}}},
    {"children under 18 and no parental guidance", "IC115", Kind::fires,
     [](World& w) { w.p().children_under_18 = yes(); }, {{"IC115", ""}}},
    {"children under 18, without the column", "IC115", Kind::near_miss,
     [](World& w) {
       w.p().children_under_18 = yes();
       drop_column(w, F::children_under_18);
     },
     {}},
    {"chapter 6A needs no social studies or life skills", "IC115", Kind::boundary,
     [](World& w) {
       six_a(w);
       of(w, "norsk_samfunnskunnskap").code = text("norsk");
       of(w, "livsmestring").code = text("helse");
     },
     {}},
    {"chapter 6A without work-oriented content", "IC115", Kind::boundary,
     [](World& w) {
       six_a(w);
       of(w, "arbeidspraksis").code = text("helse");
     },
     {{"IC115", ""}, {"IC120", ""}}},  // and no work-oriented hours from the fourth month
    {"no measures at all: IC102 says so, not IC115", "IC115", Kind::boundary,
     [](World& w) { w.measures.clear(); }, {{"IC102", ""}}},
    {"lasted six months less a day", "IC115", Kind::boundary,
     [](World& w) {
       period(w, Date(2023, 1, 2), Date(2023, 7, 1));
       w.p().settlement_date = on(2022, 12, 1);
       of(w, "livsmestring").completed = no();
     },
     {}},
    {"lasted six months", "IC115", Kind::boundary,
     [](World& w) {
       period(w, Date(2023, 1, 2), Date(2023, 7, 2));
       w.p().settlement_date = on(2022, 12, 1);
       of(w, "livsmestring").completed = no();
     },
     {{"IC115", ""}}},

    // IC116: competence mapping, career guidance, integration plan.
    {"no competence mapping", "IC116", Kind::fires, [](World& w) { w.p().mapping_date = {}; },
     {{"IC116", "mapping_date"}}},
    {"no career guidance and no plan", "IC116", Kind::fires,
     [](World& w) {
       w.p().career_guidance_date = {};
       w.p().plan_date = {};
     },
     {{"IC116", "career_guidance_date"}, {"IC116", "plan_date"}}},
    {"no mapping, without the columns", "IC116", Kind::near_miss,
     [](World& w) {
       w.p().mapping_date = {};
       drop_column(w, F::mapping_date);
     },
     {}},
    {"mapping registered after the as-of date", "IC116", Kind::boundary,
     [](World& w) { w.p().mapping_date = on(2024, 1, 16); }, {{"IC116", "mapping_date"}, {"IC013", "mapping_date"}}},
    {"no plan, program three months old on the as-of date", "IC116", Kind::boundary,
     [](World& w) {
       w.as_of = Date(2022, 6, 1);
       w.year = 2022;
       w.p().end_date = {};
       w.p().end_reason = {};
       w.p().plan_date = {};
       w.p().registered_date = on(2022, 5, 1);
       w.p().settlement_date = on(2021, 12, 15);  // IC114 looks at starts in 2022 now
       for (Measure& m : w.measures) m.end_date = {};
     },
     {}},

    // IC117: chapter 6A gives no duty.
    {"chapter 6A with rett og plikt", "IC117", Kind::fires,
     [](World& w) {
       six_a(w);
       w.p().category = Field<Category>::of(Category::rett_og_plikt);
     },
     {{"IC117", "category"}}},
    {"chapter 6A, may be offered", "IC117", Kind::near_miss,
     [](World& w) {
       six_a(w);
       w.p().category = Field<Category>::of(Category::kan_tilbys);
     },
     {}},

    // IC118: rett og plikt needs settlement by agreement (§ 8), except for family and § 53.
    {"refugee not settled by agreement", "IC118", Kind::fires, [](World& w) { w.p().settled_by_agreement = no(); },
     {{"IC118", "settled_by_agreement"}}},
    {"family member not settled by agreement", "IC118", Kind::near_miss,
     [](World& w) {
       w.p().settled_by_agreement = no();
       w.p().permit_ground = Field<PermitGround>::of(PermitGround::family);
     },
     {}},
    {"independent grounds (§ 53), not settled by agreement", "IC118", Kind::boundary,
     [](World& w) {
       w.p().settled_by_agreement = no();
       w.p().permit_ground = Field<PermitGround>::of(PermitGround::utl_53);
     },
     {}},

    // IC119: NIR registered at most two months after the latest event.
    {"registered before the end, months ago", "IC119", Kind::fires,
     [](World& w) { w.p().registered_date = on(2023, 1, 10); }, {{"IC119", "registered_date"}}},
    {"registration date unknown", "IC119", Kind::near_miss, [](World& w) { w.p().registered_date = {}; }, {}},
    {"the end exactly two months before the as-of date", "IC119", Kind::boundary,
     [](World& w) {
       w.p().registered_date = on(2023, 1, 10);
       w.as_of = Date(2023, 8, 30);
     },
     {}},
    {"the end more than two months before the as-of date", "IC119", Kind::boundary,
     [](World& w) {
       w.p().registered_date = on(2023, 1, 10);
       w.as_of = Date(2023, 9, 1);  // two months before 31 August is 30 June (clamped)
     },
     {{"IC119", "registered_date"}}},

    // IC120: weeks below full time (30 hours).
    {"work practice only two thirds", "IC120", Kind::fires,
     [](World& w) { of(w, "arbeidspraksis").hours_per_week = hours(10); }, {{"IC120", ""}}},
    {"a measure without hours", "IC120", Kind::near_miss,
     [](World& w) {
       of(w, "arbeidspraksis").hours_per_week = hours(10);
       of(w, "livsmestring").hours_per_week = {};
     },
     {}},
    {"four weeks without work practice", "IC120", Kind::boundary,
     [](World& w) {
       of(w, "arbeidspraksis").end_date = on(2023, 1, 29);  // a Sunday
       w.measures.push_back(course("arbeidspraksis", 15, 5, Date(2023, 2, 27), Date(2023, 6, 30)));
     },
     {}},
    {"five weeks without work practice", "IC120", Kind::boundary,
     [](World& w) {
       of(w, "arbeidspraksis").end_date = on(2023, 1, 29);
       w.measures.push_back(course("arbeidspraksis", 15, 5, Date(2023, 3, 6), Date(2023, 6, 30)));
     },
     {{"IC120", ""}}},
    {"chapter 6A: work-oriented hours below 15", "IC120", Kind::boundary,
     [](World& w) {
       six_a(w);
       of(w, "arbeidspraksis").hours_per_week = hours(14);
       of(w, "norsk_samfunnskunnskap").hours_per_week = hours(11);
     },
     {{"IC120", ""}}},

    // IC106/IC107 by end-goal group and basis.
    {"completed upper secondary: six months, twelve at most", "IC107", Kind::boundary,
     [](World& w) { w.p().education = Field<Education>::of(Education::upper_secondary); }, {{"IC107", "end_date"}}},
    {"completed upper secondary, eight months", "IC106", Kind::boundary,
     [](World& w) {
       w.p().education = Field<Education>::of(Education::higher);
       period(w, Date(2022, 11, 1), Date(2023, 6, 30));
     },
     {{"IC106", "end_date"}}},
    {"under 25: three years", "IC106", Kind::boundary,
     [](World& w) {
       w.p().person_id = person(Date(2000, 5, 1));
       period(w, Date(2021, 3, 1), Date(2023, 6, 30));
     },
     {}},
    {"end goal upper secondary, education unknown: three years", "IC106", Kind::boundary,
     [](World& w) {
       w.p().education = {};
       w.p().end_goal = text("videregaende");
       period(w, Date(2021, 3, 1), Date(2023, 6, 30));
     },
     {}},
    {"25 or older, end goal work: two years", "IC106", Kind::boundary,
     [](World& w) { period(w, Date(2021, 3, 1), Date(2023, 6, 30)); }, {{"IC106", "end_date"}}},
    {"chapter 6A stated, § 34 without its date: no contradiction", "IC112", Kind::near_miss,
     [](World& w) {
       six_a(w);
       w.p().permit_date = {};
     },
     {}},
    {"chapter 6A past the maximum: a warning, never IC107", "IC106", Kind::boundary,
     [](World& w) {
       six_a(w);
       period(w, Date(2021, 4, 1), Date(2023, 6, 30));
     },
     {{"IC106", "end_date"}}},

    // IC108: under integreringsloven the age on the permit date.
    {"56 on the permit date", "IC108", Kind::boundary, [](World& w) { w.p().person_id = person(Date(1965, 9, 1)); },
     {{"IC108", "person_id"}}},
    {"55 on the permit date, 56 at the start", "IC108", Kind::boundary,
     [](World& w) { w.p().person_id = person(Date(1965, 11, 1)); }, {}},
};

const bool registered = register_rows(rows);

World run_world() { return integration_world(); }

std::vector<Finding> run_with_summary(const World& w, Summary* summary) {
  Environment env;
  env.allow_synthetic = w.allow_synthetic;
  env.threads = 1;
  ValidationReport r = validate(w.dataset(), env, {w.year, w.as_of, w.deadline});
  if (summary) *summary = r.summary;
  return r.findings;
}

}  // namespace

TEST_CASE("integreringsloven rules (IC112-IC120): fires, near miss, boundary") {
  CHECK(registered);
  run_table(rows, run_world, run_validate, false);
}

TEST_CASE("IC113 is a warning when the basis came from the start date alone") {
  for (bool from_start : {false, true}) {
    World w = integration_world();
    w.p().end_goal = {};
    if (from_start) {
      w.p().legal_basis = {};
      w.p().permit_date = {};
      w.p().arrival_date = {};
    }
    auto findings = run_validate(w);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == (from_start ? Severity::warning : Severity::error));
    const ParamValue* from = findings[0].param("basis_from");
    REQUIRE(from);
    CHECK(std::get<std::string>(*from) == (from_start ? "start_date" : "permit"));
  }
}

TEST_CASE("IC120 names the work-oriented hours under chapter 6A, and only there") {
  for (bool chapter_6a : {false, true}) {
    World w = integration_world();
    if (chapter_6a) {
      six_a(w);
      of(w, "arbeidspraksis").hours_per_week = hours(12);
    } else {
      of(w, "arbeidspraksis").hours_per_week = hours(5);
    }
    const Finding* f = nullptr;
    auto findings = run_validate(w);
    for (const Finding& x : findings)
      if (x.rule == "IC120") f = &x;
    REQUIRE(f);
    CHECK(std::get<std::string>(*f->param("measure")) == (chapter_6a ? "full_time_and_work" : "full_time"));
    CHECK((f->param("lowest_work_hours") != nullptr) == chapter_6a);
    if (chapter_6a) {
      CHECK(std::get<std::string>(*f->param("lowest_work_hours")) == "12");
      CHECK(std::get<long long>(*f->param("work_limit_hours")) == 15);
    }
  }
}

TEST_CASE("IC120 without the measures' hours is skipped, and IC118 without the permit ground") {
  World w = integration_world();
  of(w, "arbeidspraksis").hours_per_week = hours(5);  // below full time, were it known
  w.p().category = Field<Category>::of(Category::rett_og_plikt);
  w.p().settled_by_agreement = no();                  // IC118, were the ground known
  w.data.measures_source.columns.reset(static_cast<std::size_t>(MeasureField::hours_per_week));
  drop_column(w, F::permit_ground);
  w.p().permit_ground = {};
  Summary s;
  auto findings = run_with_summary(w, &s);
  for (const Finding& f : findings) CHECK(f.rule != "IC120");
  for (const Finding& f : findings) CHECK(f.rule != "IC118");
  REQUIRE(s.skipped_rules.size() == 2);
  CHECK(s.skipped_rules[0].rule == "IC118");
  CHECK(s.skipped_rules[0].reason == "the participants have no column permit_ground");
  CHECK(s.skipped_rules[1].rule == "IC120");
  CHECK(s.skipped_rules[1].reason == "the measures have no column hours_per_week");
  CHECK(s.skipped_rules[1].columns == std::vector<std::string>{"hours_per_week"});
}

TEST_CASE("a rule without its column is skipped and the summary says so") {
  World w = integration_world();
  w.p().mapping_date = {};
  drop_column(w, F::mapping_date);
  drop_column(w, F::registered_date);
  Summary s;
  CHECK(run_with_summary(w, &s).empty());
  REQUIRE(s.skipped_rules.size() == 2);
  CHECK(s.skipped_rules[0].rule == "IC116");
  CHECK(s.skipped_rules[0].reason == "the participants have no column mapping_date");
  CHECK(s.skipped_rules[1].rule == "IC119");
  drop_column(w, F::permit_date);
  drop_column(w, F::arrival_date);
  run_with_summary(w, &s);
  REQUIRE(s.skipped_rules.size() == 3);
  CHECK(s.skipped_rules[0].rule == "IC112");
  CHECK(s.skipped_rules[0].reason == "the participants have no column permit_date or arrival_date");
}

TEST_CASE("the effective legal basis, step by step") {
  BasisDates d;
  Participation p;
  auto basis = [&] { return effective_basis(p, d); };
  CHECK(!basis());
  p.start_date = on(2020, 6, 1);
  CHECK(basis()->basis == LegalBasis::introduksjonsloven);
  CHECK(basis()->from == BasisFrom::start_date);
  p.legal_basis = Field<LegalBasis>::of(LegalBasis::integreringsloven);
  CHECK(basis()->from == BasisFrom::stated);
  p.permit_date = on(2020, 12, 1);
  CHECK(basis()->from == BasisFrom::stated);  // arrival unknown: rule 3 needs both
  p.arrival_date = on(2020, 12, 20);
  CHECK(basis()->basis == LegalBasis::introduksjonsloven);
  CHECK(basis()->from == BasisFrom::permit);
  p.arrival_date = on(2021, 1, 1);
  CHECK(basis()->basis == LegalBasis::integreringsloven);
  p.permit_ground = Field<PermitGround>::of(PermitGround::utl_34);
  p.permit_date = on(2022, 3, 10);
  CHECK(basis()->basis == LegalBasis::integreringsloven);  // before chapter 6A's first day
  p.permit_date = on(2022, 3, 11);
  CHECK(basis()->basis == LegalBasis::integreringsloven_6a);
  p.permit_date = on(2026, 7, 1);
  CHECK(basis()->basis == LegalBasis::integreringsloven);  // chapter 6A has ended
  d.chapter_6a_until = Date(2027, 7, 1);                  // ... unless it is extended: data
  CHECK(basis()->basis == LegalBasis::integreringsloven_6a);
}

TEST_CASE("IC106 past chapter 6A's maximum names an extension that was granted") {
  for (bool extended : {false, true}) {
    World w = integration_world();
    six_a(w);
    period(w, Date(2021, 4, 1), Date(2023, 6, 30));
    w.p().extended = extended ? yes() : no();
    auto findings = run_validate(w);
    const Finding* f = nullptr;
    for (const Finding& x : findings)
      if (x.rule == "IC106") f = &x;
    REQUIRE(f);
    CHECK(std::get<std::string>(*f->param("extension")) == (extended ? "granted" : "none"));
    CHECK(std::get<long long>(*f->param("limit_months")) == 24);
  }
}

TEST_CASE("a stated chapter 6A stands where the permit ground does not say otherwise") {
  BasisDates d;
  Participation p;
  p.start_date = on(2023, 3, 1);
  p.arrival_date = on(2022, 10, 1);
  p.legal_basis = Field<LegalBasis>::of(LegalBasis::integreringsloven_6a);
  CHECK(effective_basis(p, d)->basis == LegalBasis::integreringsloven_6a);  // no ground at all
  CHECK(effective_basis(p, d)->from == BasisFrom::stated);
  p.permit_ground = Field<PermitGround>::of(PermitGround::utl_34);
  CHECK(effective_basis(p, d)->basis == LegalBasis::integreringsloven_6a);  // § 34, its date unknown
  p.permit_ground = Field<PermitGround>::of(PermitGround::utl_28);
  CHECK(effective_basis(p, d)->basis == LegalBasis::integreringsloven);  // § 28: the ordinary act
  CHECK(effective_basis(p, d)->from == BasisFrom::permit);
}

TEST_CASE("lengths and ages are data per basis, group and period: an amendment is a configuration change") {
  const Config& d = Config::defaults();
  const Thresholds& t = d.thresholds;
  const LengthPeriod* other = t.length(LegalBasis::integreringsloven, LengthGroup::other, Date(2023, 1, 1));
  REQUIRE(other);
  CHECK(other->normal_months == 24);
  CHECK(other->max_months == 36);
  CHECK(t.length(LegalBasis::integreringsloven, LengthGroup::short_track, Date(2023, 1, 1))->max_months == 12);
  CHECK(t.length(LegalBasis::integreringsloven, LengthGroup::upper_secondary, Date(2023, 1, 1))->normal_months == 36);
  CHECK(t.length(LegalBasis::integreringsloven_6a, LengthGroup::other, Date(2023, 1, 1))->normal_months == 12);
  CHECK(t.length(LegalBasis::introduksjonsloven, LengthGroup::other, Date(2019, 1, 1))->max_months == 36);
  // A group without periods of its own under a basis uses `other`'s.
  CHECK(t.length(LegalBasis::introduksjonsloven, LengthGroup::short_track, Date(2019, 1, 1))->normal_months == 24);
  CHECK(t.age(LegalBasis::integreringsloven, Date(2026, 6, 1)).max_age == 56);

  // The amendment of Prop. 81 L (2024-2025), once its date is known: only what changes.
  auto amended = Config::parse("[program_length.integreringsloven.upper_secondary from 2026-07-01]\n"
                               "max_months = 60\n"
                               "[age.integreringsloven from 2026-07-01]\n"
                               "max_age = 61\n"
                               "[program_length.integreringsloven]\n"
                               "max_years = 4\n",
                               "amendment.conf", d);
  REQUIRE_MESSAGE(amended, (amended ? "" : amended.error().describe()));
  const Thresholds& a = amended.value().thresholds;
  const LengthPeriod* before = a.length(LegalBasis::integreringsloven, LengthGroup::upper_secondary, Date(2026, 6, 30));
  const LengthPeriod* after = a.length(LegalBasis::integreringsloven, LengthGroup::upper_secondary, Date(2026, 7, 1));
  CHECK(before->max_months == 48);
  CHECK(after->max_months == 60);
  CHECK(after->normal_months == 36);  // not named: kept from the period before
  CHECK(a.age(LegalBasis::integreringsloven, Date(2026, 6, 30)).max_age == 56);
  CHECK(a.age(LegalBasis::integreringsloven, Date(2026, 7, 1)).max_age == 61);
  CHECK(a.age(LegalBasis::integreringsloven, Date(2026, 7, 1)).min_age == 18);
  CHECK(a.age(LegalBasis::introduksjonsloven, Date(2026, 7, 1)).max_age == 56);  // another act: untouched
  CHECK(a.length(LegalBasis::integreringsloven, LengthGroup::other, Date(2023, 1, 1))->max_months == 48);  // 0.1's form

  for (const char* bad : {"[program_length.integreringsloven.long]\nmax_months = 4\n",
                          "[program_length.integreringsloven from 2026-13-01]\nmax_months = 4\n",
                          "[age.integreringsloven_7]\nmax_age = 61\n",
                          "[program_length.integreringsloven.short]\nmax_weeks = 4\n"}) {
    CAPTURE(bad);
    auto parsed = Config::parse(bad, "mine.conf", d);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().line >= 1);
  }
}
