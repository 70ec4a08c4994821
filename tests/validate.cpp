// One test per rule: a clean record stays clean, and the smallest change that
// breaks it makes exactly the intended rule fire.
#include <doctest/doctest.h>
#include <introcheck/validate.hpp>

#include "rules/catalogue.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

using namespace introcheck;

namespace {

const Date as_of(2024, 1, 15);

Field<PersonId> id(const std::string& digits) {
  auto r = parse_person_id(digits, as_of);
  REQUIRE(r);
  return Field<PersonId>::of(r.value());
}

Participation clean(const std::string& case_id = "K1", const std::string& fnr = "12839010182") {
  Participation p;
  p.case_id = case_id;
  p.person_id = id(fnr);  // synthetic (+80), born 1990-03-12
  p.category = Field<Category>::of(Category::rett_og_plikt);
  p.follow_up_municipality = Field<std::string>::of("0301");
  p.follow_up_district = Field<std::string>::of("030101");
  p.residence_municipality = Field<std::string>::of("0301");
  p.residence_district = Field<std::string>::of("030101");
  p.start_date = Field<Date>::of(Date(2022, 3, 1));
  p.end_date = Field<Date>::of(Date(2023, 6, 30));
  p.end_reason = Field<std::string>::of("arbeid_heltid");
  p.settlement_date = Field<Date>::of(Date(2021, 11, 15));
  // Under introduksjonsloven (a permit before 2021): the cases of IC112-IC120
  // below move it under integreringsloven themselves.
  p.legal_basis = Field<LegalBasis>::of(LegalBasis::introduksjonsloven);
  p.line = 2;
  return p;
}

void has_column(Dataset& d, ParticipationField f) { d.participants.columns.set(static_cast<std::size_t>(f)); }
void under(Participation& p, LegalBasis b) { p.legal_basis = Field<LegalBasis>::of(b); }

Measure measure(const std::string& case_id, Date start, std::optional<Date> end, const char* code = "norsk") {
  Measure m;
  m.case_id = case_id;
  m.code = Field<std::string>::of(code);
  m.start_date = Field<Date>::of(start);
  if (end) m.end_date = Field<Date>::of(*end);
  m.line = 2;
  return m;
}

struct World {
  Dataset data;  ///< its records come from `participations` and `measures` when it runs
  std::vector<Participation> participations;  ///< as values, so a case can change one in place
  std::vector<Measure> measures;
  Environment env;
  ValidationOptions options;
  World() {
    data.participants.file = "participants.csv";
    data.measures_source.file = "measures.csv";
    data.has_measures = true;
    participations.push_back(clean());
    measures.push_back(measure("K1", Date(2022, 3, 1), Date(2023, 6, 30)));
    options.year = 2023;
    options.as_of = as_of;
    env.allow_synthetic = true;
  }
  Participation& p() { return participations.front(); }
  Dataset dataset() const {
    Dataset d = data;
    for (const Participation& p : participations) d.participations.push_back(p);
    for (const Measure& m : measures) d.measures.push_back(m);
    return d;
  }
  ValidationReport run() const { return validate(dataset(), env, options); }
};

std::vector<std::string> rules_of(const ValidationReport& r) {
  std::vector<std::string> out;
  for (const auto& f : r.findings) out.push_back(f.rule);
  return out;
}

const Finding* find(const ValidationReport& r, const std::string& rule) {
  for (const auto& f : r.findings)
    if (f.rule == rule) return &f;
  return nullptr;
}

struct Case {
  const char* rule;
  std::function<void(World&)> breaks;
};

const Case cases[] = {
    {"IC001", [](World& w) { w.p().person_id = Field<PersonId>::invalid(); w.p().raw.push_back({ParticipationField::person_id, "12839010183"}); }},
    {"IC002", [](World& w) { w.env.allow_synthetic = false; }},
    {"IC003", [](World& w) { w.p().category = {}; }},
    {"IC004", [](World& w) { w.p().residence_municipality = Field<std::string>::of("0102"); w.p().residence_district = {}; }},
    {"IC005", [](World& w) { w.p().follow_up_district = Field<std::string>::of("030120"); }},
    {"IC006", [](World& w) { w.p().leave_days = Field<int>::invalid(); w.p().raw.push_back({ParticipationField::leave_days, "mange"}); }},
    {"IC007", [](World& w) { w.p().start_date = Field<Date>::of(Date(2023, 7, 1)); w.measures[0].start_date = Field<Date>::of(Date(2023, 7, 1)); w.measures[0].end_date = {}; }},
    {"IC008", [](World& w) { w.p().end_reason = Field<std::string>::invalid(); w.p().raw.push_back({ParticipationField::end_reason, "ferie"}); }},
    {"IC009", [](World& w) { w.measures.push_back(measure("K1", Date(2022, 3, 1), Date(2023, 6, 30))); w.measures.back().code = Field<std::string>::invalid(); }},
    {"IC010", [](World& w) { auto q = clean("K1", "05878812028"); q.line = 3; q.start_date = Field<Date>::of(Date(2022, 3, 1)); w.participations.push_back(q); }},
    {"IC011", [](World& w) { w.measures.push_back(measure("K404", Date(2023, 1, 1), Date(2023, 2, 1))); }},
    {"IC012", [](World& w) { w.p().end_date = {}; }},
    {"IC013", [](World& w) { w.p().end_date = Field<Date>::of(Date(2024, 2, 1)); w.p().end_reason = {}; w.measures[0].end_date = {}; }},
    {"IC014", [](World& w) { w.measures.push_back(measure("K1", Date(2023, 3, 1), Date(2023, 2, 1))); }},
    {"IC015", [](World& w) { w.p().repairs.push_back({ParticipationField::follow_up_municipality, "301"}); }},
    {"IC101", [](World& w) { w.p().end_reason = {}; }},
    {"IC102", [](World& w) { w.measures[0].end_date = Field<Date>::of(Date(2022, 12, 31)); }},
    {"IC103", [](World& w) { w.p().end_reason = Field<std::string>::of("flyttet"); w.measures[0].end_date = {}; }},
    {"IC104", [](World& w) { w.measures[0].start_date = Field<Date>::of(Date(2022, 1, 1)); }},
    {"IC105", [](World& w) { auto q = clean("K2"); q.start_date = Field<Date>::of(Date(2023, 6, 1)); q.end_date = {}; q.end_reason = {}; q.line = 3; w.participations.push_back(q); w.measures.push_back(measure("K2", Date(2023, 6, 1), {})); }},
    {"IC106", [](World& w) { w.p().start_date = Field<Date>::of(Date(2021, 3, 1)); w.measures[0].start_date = Field<Date>::of(Date(2021, 3, 1)); w.p().settlement_date = Field<Date>::of(Date(2021, 1, 1)); }},
    {"IC107", [](World& w) { w.p().start_date = Field<Date>::of(Date(2020, 3, 1)); w.p().extended = Field<bool>::of(true); w.measures[0].start_date = Field<Date>::of(Date(2020, 3, 1)); w.p().settlement_date = Field<Date>::of(Date(2020, 1, 1)); }},
    {"IC108", [](World& w) { w.p().person_id = id("07836034079"); }},
    {"IC109", [](World& w) { w.p().settlement_date = Field<Date>::of(Date(2019, 1, 1)); }},
    {"IC110", [](World& w) { w.measures[0].end_date = Field<Date>::of(Date(2023, 2, 28)); w.measures.push_back(measure("K1", Date(2023, 5, 1), Date(2023, 6, 30))); }},
    {"IC111", [](World& w) { w.p().end_date = {}; w.p().end_reason = {}; w.measures[0].end_date = Field<Date>::of(Date(2023, 9, 30)); }},
    {"IC112", [](World& w) { w.p().permit_date = Field<Date>::of(Date(2022, 1, 10)); has_column(w.data, ParticipationField::permit_date); has_column(w.data, ParticipationField::legal_basis); }},
    {"IC113", [](World& w) { under(w.p(), LegalBasis::integreringsloven); has_column(w.data, ParticipationField::end_goal); }},
    {"IC114", [](World& w) { w.p().start_date = Field<Date>::of(Date(2023, 3, 1)); w.measures[0].start_date = Field<Date>::of(Date(2023, 3, 1)); }},
    {"IC115", [](World& w) { under(w.p(), LegalBasis::integreringsloven); }},
    {"IC116", [](World& w) { under(w.p(), LegalBasis::integreringsloven); has_column(w.data, ParticipationField::mapping_date); has_column(w.data, ParticipationField::career_guidance_date); }},
    {"IC117", [](World& w) { under(w.p(), LegalBasis::integreringsloven_6a); }},
    {"IC118", [](World& w) { under(w.p(), LegalBasis::integreringsloven); w.p().settled_by_agreement = Field<bool>::of(false); w.p().permit_ground = Field<PermitGround>::of(PermitGround::utl_35); has_column(w.data, ParticipationField::settled_by_agreement); has_column(w.data, ParticipationField::permit_ground); }},
    {"IC119", [](World& w) { w.p().registered_date = Field<Date>::of(Date(2023, 1, 10)); has_column(w.data, ParticipationField::registered_date); }},
    {"IC120", [](World& w) { w.measures[0].hours_per_week = Field<double>::of(10); w.data.measures_source.columns.set(static_cast<std::size_t>(MeasureField::hours_per_week)); }},
    {"IC201", [](World& w) { w.p().residence_municipality = Field<std::string>::of("3201"); w.p().residence_district = {}; }},
    {"IC202", [](World& w) { w.p().protected_address = Field<bool>::of(true); }},
    {"IC203", [](World& w) { w.p().follow_up_municipality = Field<std::string>::of("3001"); w.p().follow_up_district = {}; w.p().residence_municipality = Field<std::string>::of("3001"); w.p().residence_district = {}; }},
    {"IC204", [](World& w) { w.p().follow_up_municipality = Field<std::string>::of("3001"); w.p().follow_up_district = {}; w.p().residence_municipality = Field<std::string>::of("3001"); w.p().residence_district = {}; }},
    {"IC205", [](World& w) { w.p().covid_extension = Field<bool>::of(true); }},
};

}  // namespace

TEST_CASE("a clean participation has no findings") {
  World w;
  auto r = w.run();
  CHECK(rules_of(r).empty());
  CHECK(r.summary.errors == 0);
  CHECK(r.summary.measure_rules_ran);
}

TEST_CASE("each rule fires on the change that breaks it") {
  for (const Case& c : cases) {
    std::string rule = c.rule;
    CAPTURE(rule);
    World w;
    c.breaks(w);
    auto r = w.run();
    const Finding* f = find(r, c.rule);
    REQUIRE(f != nullptr);
    CHECK(f->severity == find_rule(c.rule)->severity);
    CHECK_FALSE(f->message.empty());
    CHECK(f->message.find('{') == std::string::npos);  // every argument was given
  }
}

TEST_CASE("every validation rule has a test case and messages in three languages") {
  for (const RuleInfo& r : rule_catalogue()) {
    if (r.id >= "IC400") continue;  // reconciliation: tests/reconcile.cpp
    CAPTURE(r.id);
    bool tested = false;
    for (const Case& c : cases) tested = tested || r.id == c.rule;
    CHECK(tested);
    CHECK_FALSE(r.message_nb.empty());
    CHECK_FALSE(r.message_nn.empty());
    CHECK_FALSE(r.message_en.empty());
    CHECK_FALSE(r.source.empty());
  }
}

TEST_CASE("messages render in nb, nn and en") {
  World w;
  w.p().end_reason = {};
  for (Language l : {Language::nb, Language::nn, Language::en}) {
    w.env.language = l;
    auto r = w.run();
    const Finding* f = find(r, "IC101");
    REQUIRE(f);
    CAPTURE(f->message);
    if (l == Language::en) CHECK(f->message.find("June 30, 2023") != std::string::npos);
    else CHECK(f->message.find("30. juni 2023") != std::string::npos);
    if (l == Language::nn) CHECK(f->message.find("avslutta") != std::string::npos);
  }
}

TEST_CASE("messages are rendered when asked, the same as a rendering run's") {
  for (const Case& c : cases) {
    std::string rule = c.rule;
    CAPTURE(rule);
    World w;
    c.breaks(w);
    w.env.language = Language::nn;
    const ValidationReport rendered = w.run();
    w.options.render_messages = false;
    ValidationReport later = w.run();
    REQUIRE(later.findings.size() == rendered.findings.size());
    REQUIRE_FALSE(later.findings.empty());
    for (const Finding& f : later.findings) CHECK(f.message.empty());
    CHECK(later.summary.by_rule == rendered.summary.by_rule);
    CHECK(render_message(later.findings[0], w.env) == rendered.findings[0].message);
    render_messages(later.findings, w.env);
    for (std::size_t i = 0; i < later.findings.size(); ++i) CHECK(later.findings[i].message == rendered.findings[i].message);
  }
}

TEST_CASE("findings carry params, masked persons and their place") {
  World w;
  w.p().end_reason = {};
  auto r = w.run();
  const Finding* f = find(r, "IC101");
  REQUIRE(f);
  CHECK(f->person == "128390*****");
  CHECK(f->case_id == "K1");
  CHECK(f->municipality == "0301");
  CHECK(f->file == "participants.csv");
  CHECK(f->line == 2);
  CHECK(f->field == "end_reason");
  REQUIRE(f->param("end_date"));
  CHECK(std::get<Date>(*f->param("end_date")) == Date(2023, 6, 30));
  w.env.reveal_ids = true;
  CHECK(find(w.run(), "IC101")->person == "12839010182");
}

TEST_CASE("IC106 and IC107: limits are calendar years plus leave") {
  World w;
  w.p().settlement_date = Field<Date>::of(Date(2021, 1, 1));
  w.p().start_date = Field<Date>::of(Date(2021, 6, 30));
  w.measures[0].start_date = w.p().start_date;
  CHECK(find(w.run(), "IC106") == nullptr);  // exactly two years
  w.p().start_date = Field<Date>::of(Date(2021, 6, 29));
  w.measures[0].start_date = w.p().start_date;
  CHECK(find(w.run(), "IC106") != nullptr);
  w.p().leave_days = Field<int>::of(1);
  CHECK(find(w.run(), "IC106") == nullptr);  // leave extends the limit
  w.p().leave_days = {};
  w.p().extended = Field<bool>::of(true);
  CHECK(find(w.run(), "IC106") == nullptr);
  CHECK(add_years(Date(2020, 2, 29), 2) == Date(2022, 2, 28));
}

TEST_CASE("IC205: covid extensions silence IC101, IC106 and IC107") {
  World w;
  w.p().end_reason = {};
  w.p().start_date = Field<Date>::of(Date(2020, 3, 1));
  w.p().settlement_date = Field<Date>::of(Date(2020, 1, 1));
  w.measures[0].start_date = w.p().start_date;
  auto before = rules_of(w.run());
  CHECK(std::count(before.begin(), before.end(), "IC101") == 1);
  CHECK(std::count(before.begin(), before.end(), "IC107") == 1);
  w.p().covid_extension = Field<bool>::of(true);
  auto after = rules_of(w.run());
  CHECK(std::count(after.begin(), after.end(), "IC101") == 0);
  CHECK(std::count(after.begin(), after.end(), "IC107") == 0);
  CHECK(std::count(after.begin(), after.end(), "IC205") == 1);
}

TEST_CASE("IC103 restart evidence and IC105 across ids") {
  World w;
  w.p().end_reason = Field<std::string>::of("flyttet");
  Participation q = clean("K2");
  q.person_id = {};
  q.duf_number = id("201510001408");
  w.p().duf_number = id("201510001408");
  q.start_date = Field<Date>::of(Date(2023, 7, 10));
  q.end_date = {};
  q.end_reason = {};
  q.line = 3;
  w.participations.push_back(q);
  w.measures.push_back(measure("K2", Date(2023, 7, 10), {}));
  auto r = w.run();
  const Finding* f = find(r, "IC103");
  REQUIRE(f);
  CHECK(std::get<std::string>(*f->param("evidence")) == "restart");
  CHECK(find(r, "IC105") == nullptr);  // starting after the end is no overlap
}

TEST_CASE("protected persons never show residence data") {
  World w;
  w.p().protected_address = Field<bool>::of(true);
  w.p().residence_municipality = Field<std::string>::of("0102");
  w.p().residence_district = Field<std::string>::of("010201");
  auto r = w.run();
  for (const Finding& f : r.findings) {
    CAPTURE(f.rule);
    CHECK(f.message.find("0102") == std::string::npos);
    for (const Param& p : f.params)
      if (const auto* s = std::get_if<std::string>(&p.value)) CHECK(s->find("0102") == std::string::npos);
  }
  CHECK(find(r, "IC004") != nullptr);
  CHECK(find(r, "IC201") == nullptr);
}

TEST_CASE("configuration: severity overrides, acknowledgements, thresholds") {
  auto cfg = Config::parse("[severity]\nIC101 = warning\n[acknowledged]\nIC101 = K9, K1\n[thresholds]\ngap_days = 10\n",
                           "mine.conf", Config::defaults());
  REQUIRE(cfg);
  World w;
  w.p().end_reason = {};
  w.env.config = cfg.value();
  auto r = w.run();
  const Finding* f = find(r, "IC101");
  REQUIRE(f);
  CHECK(f->severity == Severity::warning);
  CHECK(f->acknowledged);
  CHECK(r.summary.errors == 0);
  CHECK(r.summary.warnings == 0);
  CHECK(r.summary.acknowledged == 1);
  CHECK(cfg.value().thresholds.gap_days == 10);
  CHECK(cfg.value().thresholds.min_age == 18);  // untouched defaults stay

  auto bad = Config::parse("[severity]\nIC999 = info\n", "mine.conf", Config::defaults());
  REQUIRE_FALSE(bad);
  CHECK(bad.error().describe() == "mine.conf:2: IC999: unknown rule id");
  CHECK_FALSE(Config::parse("[thresholds]\ngap = 3\n", "x", Config::defaults()));
  CHECK_FALSE(Config::parse("[severity]\nIC101 = fatal\n", "x", Config::defaults()));
}

TEST_CASE("summary: deadline, days left and data versions") {
  World w;
  auto s = w.run().summary;
  REQUIRE(s.deadline);
  CHECK(*s.deadline == Date(2024, 2, 29));
  CHECK(s.deadline_announced == Date(2024, 2, 29));
  CHECK_FALSE(s.deadline_reopened);
  CHECK(s.days_left == 45);
  CHECK(s.data_versions.count("municipalities") == 1);
  w.options.year = 2019;  // no known deadline
  CHECK_FALSE(w.run().summary.deadline);
  w.options.deadline = Date(2020, 3, 1);  // a Sunday
  CHECK(w.run().summary.deadline == Date(2020, 3, 2));
}

TEST_CASE("summary: the deadline in force, announced until it has passed, then reopened") {
  World w;
  w.options.year = 2017;  // announced 2018-01-15, reopened 2018-03-16
  auto on = [&](Date as_of) {
    w.options.as_of = as_of;
    return w.run().summary;
  };
  auto s = on(Date(2018, 1, 10));
  CHECK(s.deadline == Date(2018, 1, 15));
  CHECK(s.days_left == 5);
  CHECK(s.deadline_announced == Date(2018, 1, 15));  // both stay as they are
  CHECK(s.deadline_reopened == Date(2018, 3, 16));
  s = on(Date(2018, 1, 15));  // the announced day itself
  CHECK(s.deadline == Date(2018, 1, 15));
  CHECK(s.days_left == 0);
  s = on(Date(2018, 1, 16));  // the day after: reopened
  CHECK(s.deadline == Date(2018, 3, 16));
  CHECK(s.days_left == 59);
  CHECK(s.deadline_announced == Date(2018, 1, 15));
  CHECK(s.deadline_reopened == Date(2018, 3, 16));

  w.options.year = 2023;  // never reopened: 2024-02-29 before and after it
  s = on(Date(2024, 2, 29));
  CHECK(s.deadline == Date(2024, 2, 29));
  CHECK(s.days_left == 0);
  s = on(Date(2024, 3, 1));
  CHECK(s.deadline == Date(2024, 2, 29));
  CHECK(s.days_left == -1);
  CHECK_FALSE(s.deadline_reopened);

  w.options.year = 2017;
  w.options.deadline = Date(2018, 1, 20);  // an override wins on either side (a Saturday: moved)
  CHECK(on(Date(2018, 1, 10)).deadline == Date(2018, 1, 22));
  CHECK(on(Date(2018, 1, 16)).deadline == Date(2018, 1, 22));
}

TEST_CASE("IC203: the deadline it names is the one in force") {
  World w;
  w.options.year = 2017;  // Larvik 0709 -> 0712 on 2018-01-01; 2017's deadline was reopened
  Participation& p = w.p();
  p.start_date = Field<Date>::of(Date(2016, 3, 1));
  p.end_date = Field<Date>::of(Date(2017, 6, 30));
  p.settlement_date = Field<Date>::of(Date(2015, 11, 15));
  w.measures.front().start_date = Field<Date>::of(Date(2016, 3, 1));
  w.measures.front().end_date = Field<Date>::of(Date(2017, 6, 30));
  for (auto* f : {&p.follow_up_municipality, &p.residence_municipality}) *f = Field<std::string>::of("0709");
  p.follow_up_district = {};
  p.residence_district = {};
  auto deadline_of = [&](Date as_of) -> std::optional<Date> {
    w.options.as_of = as_of;
    ValidationReport r = w.run();
    const Finding* f = find(r, "IC203");
    if (!f) return std::nullopt;
    REQUIRE(f->param("deadline"));
    return std::get<Date>(*f->param("deadline"));
  };
  CHECK(deadline_of(Date(2018, 1, 10)) == Date(2018, 1, 15));
  CHECK(deadline_of(Date(2018, 1, 15)) == Date(2018, 1, 15));
  CHECK(deadline_of(Date(2018, 1, 16)) == Date(2018, 3, 16));
  CHECK(deadline_of(Date(2018, 3, 16)) == Date(2018, 3, 16));
  CHECK_FALSE(deadline_of(Date(2018, 3, 17)));
}

TEST_CASE("without measures, measure rules are skipped") {
  World w;
  w.data.has_measures = false;
  w.measures.clear();
  auto r = w.run();
  CHECK(find(r, "IC102") == nullptr);
  CHECK_FALSE(r.summary.measure_rules_ran);
}

TEST_CASE("the rules that run only with measures are those whose case needs them") {
  // rules::runs_only_with_measures() says which rules JUnit marks as not run
  // without a measures file. Each rule's case above, with its measures taken
  // away: a rule on the list no longer fires; every other rule still does,
  // but IC103 and IC119, whose cases take their evidence from a measure.
  for (const Case& c : cases) {
    std::string rule = c.rule;
    CAPTURE(rule);
    World w;
    c.breaks(w);
    w.data.has_measures = false;
    w.measures.clear();
    w.data.measures_source = {};
    const bool fires = find(w.run(), c.rule) != nullptr;
    if (introcheck::rules::runs_only_with_measures(rule)) CHECK_FALSE(fires);
    else if (rule != "IC103" && rule != "IC119") CHECK(fires);
  }
}
