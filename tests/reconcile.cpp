// Reconciliation: each discrepancy, each explained absence, the matching
// order, and the accounting identities on every input.
#include <doctest/doctest.h>
#include <introcheck/import.hpp>
#include <introcheck/predict.hpp>
#include <introcheck/reconcile.hpp>

#include <algorithm>
#include <functional>
#include <string>

using namespace introcheck;

namespace {

const Date as_of(2024, 1, 15);

Field<PersonId> id(const std::string& digits) {
  auto r = parse_person_id(digits, as_of);
  REQUIRE(r);
  return Field<PersonId>::of(r.value());
}

Participation ended(const std::string& case_id, const std::string& fnr, Date end, const char* reason) {
  Participation p;
  p.case_id = case_id;
  p.person_id = id(fnr);
  p.category = Field<Category>::of(Category::kan_tilbys);
  p.follow_up_municipality = Field<std::string>::of("0301");
  p.follow_up_district = Field<std::string>::of("030101");
  p.start_date = Field<Date>::of(Date(2022, 3, 1));
  p.end_date = Field<Date>::of(end);
  if (reason) p.end_reason = Field<std::string>::of(reason);
  p.line = 2;
  return p;
}

NirRow row_for(const Participation& p, std::size_t line) {
  NirRow r;
  r.person_id = p.person_id;
  r.duf_number = p.duf_number;
  r.category = p.category;
  r.follow_up_municipality = p.follow_up_municipality;
  r.residence_municipality = p.follow_up_municipality;
  r.residence_district = p.follow_up_district;
  r.start_date = p.start_date;
  r.end_date = p.end_date;
  r.end_reason = p.end_reason;
  r.line = line;
  return r;
}

struct World {
  Dataset data;  ///< its records come from `participations` when it runs
  std::vector<Participation> participations;  ///< as values, so a case can change one in place
  NirReport report;
  Environment env;
  ReconcileOptions options;
  World() {
    data.participants.file = "participants.csv";
    report.source.file = "nir.csv";
    report.has_follow_up_column = true;
    participations.push_back(ended("K1", "12839010182", Date(2023, 6, 30), "arbeid_heltid"));
    report.rows.push_back(row_for(participations[0], 3));
    options.year = 2023;
    options.as_of = as_of;
  }
  Participation& p() { return participations.front(); }
  NirRow& row() { return report.rows.front(); }
  Dataset dataset() const {
    Dataset d = data;
    for (const Participation& p : participations) d.participations.push_back(p);
    return d;
  }
  ReconcileReport run() const {
    ReconcileReport r = reconcile(dataset(), report, env, options);
    const ReconciliationCounts& n = r.counts;
    // The identities hold on every input.
    CHECK(n.report_rows == n.matched_equal + n.matched_with_discrepancies + n.unmatched_report_rows);
    CHECK(n.ended_in_scope == n.matched_equal + n.matched_with_discrepancies + n.missing_from_report +
                                  n.explained_absences);
    CHECK(n.report_rows + n.report_rows_out_of_scope == report.rows.size());
    return r;
  }
};

const Finding* find(const ReconcileReport& r, const std::string& rule) {
  for (const auto& f : r.base.findings)
    if (f.rule == rule) return &f;
  return nullptr;
}

struct Case {
  const char* rule;
  std::function<void(World&)> breaks;
};

const Case cases[] = {
    {"IC401", [](World& w) { w.p().end_date = {}; w.p().end_reason = {}; }},
    {"IC402", [](World& w) { w.report.rows.clear(); w.options.scope.municipality = "0301"; }},
    {"IC403", [](World& w) { w.row().end_reason = Field<std::string>::of("sosialhjelp"); }},
    {"IC404", [](World& w) { w.row().end_date = Field<Date>::of(Date(2023, 7, 1)); }},
    {"IC405", [](World& w) { w.row().category = Field<Category>::of(Category::rett_og_plikt); }},
    {"IC406", [](World& w) { w.row().end_reason = {}; }},
    {"IC407", [](World& w) { w.row().person_id = id("05878812028"); }},
    {"IC408", [](World& w) { w.row().residence_municipality = Field<std::string>::of("3201"); w.row().residence_district = {}; }},
    {"IC409", [](World& w) { w.p().protected_address = Field<bool>::of(true); }},
};

}  // namespace

TEST_CASE("an equal report row matches without findings") {
  World w;
  auto r = w.run();
  CHECK(r.base.findings.empty());
  CHECK(r.counts.matched_equal == 1);
  CHECK(r.counts.ended_in_scope == 1);
  CHECK(r.municipalities == std::vector<std::string>{"0301"});
}

TEST_CASE("each discrepancy is found") {
  for (const Case& c : cases) {
    std::string rule = c.rule;
    CAPTURE(rule);
    World w;
    c.breaks(w);
    auto r = w.run();
    const Finding* f = find(r, c.rule);
    REQUIRE(f != nullptr);
    CHECK(f->message.find('{') == std::string::npos);
    CHECK(f->severity == find_rule(c.rule)->severity);
  }
}

TEST_CASE("messages are rendered when asked, with validation's too") {
  for (const Case& c : cases) {
    std::string rule = c.rule;
    CAPTURE(rule);
    World w;
    c.breaks(w);
    w.options.with_validation = true;
    const ReconcileReport rendered = w.run();
    w.options.render_messages = false;
    ReconcileReport later = w.run();
    REQUIRE(later.base.findings.size() == rendered.base.findings.size());
    REQUIRE(find(later, c.rule));
    for (const Finding& f : later.base.findings) CHECK(f.message.empty());
    render_messages(later.base.findings, w.env);
    for (std::size_t i = 0; i < later.base.findings.size(); ++i)
      CHECK(later.base.findings[i].message == rendered.base.findings[i].message);
  }
}

TEST_CASE("every reconciliation rule has a test case") {
  for (const RuleInfo& r : rule_catalogue()) {
    if (r.id < "IC400") continue;
    CAPTURE(r.id);
    bool tested = false;
    for (const Case& c : cases) tested = tested || r.id == c.rule;
    CHECK(tested);
  }
}

TEST_CASE("IC406 takes precedence over IC403; infos do not make a discrepancy") {
  World w;
  w.row().end_reason = {};
  auto r = w.run();
  CHECK(find(r, "IC406"));
  CHECK_FALSE(find(r, "IC403"));
  CHECK(r.counts.matched_with_discrepancies == 1);
  World v;
  v.row().residence_municipality = Field<std::string>::of("3201");
  auto q = v.run();
  CHECK(find(q, "IC408"));
  CHECK(q.counts.matched_equal == 1);
}

TEST_CASE("IC401: a wrongly ended flyttet person gets the NIR remedy") {
  World w;
  w.p().end_date = {};
  w.p().end_reason = {};
  w.row().end_reason = Field<std::string>::of("flyttet");
  auto r = w.run();
  const Finding* f = find(r, "IC401");
  REQUIRE(f);
  CHECK(f->message.find("kjent feil i NIR") != std::string::npos);
  CHECK(std::get<std::string>(*f->param("state")) == "in_program");
  CHECK(r.counts.unmatched_report_rows == 1);
  CHECK(r.counts.ended_in_scope == 0);
}

TEST_CASE("a person known by DUF number in one system and fødselsnummer in the other") {
  World w;
  w.p().duf_number = id("201510001408");
  w.row().person_id = {};
  w.row().duf_number = id("201510001408");
  auto r = w.run();
  CHECK(r.base.findings.empty());
  CHECK(r.counts.matched_equal == 1);
}

TEST_CASE("explained absences: protected address, covid extension, outside the filters") {
  World w;
  w.report.rows.clear();
  w.p().protected_address = Field<bool>::of(true);
  Participation covid = ended("K2", "05878812028", Date(2023, 5, 31), nullptr);
  covid.covid_extension = Field<bool>::of(true);
  covid.start_date = Field<Date>::of(Date(2019, 3, 1));  // NIR ended it 2022-03-01
  covid.line = 3;
  w.participations.push_back(covid);
  Participation kt = ended("K3", "23919514086", Date(2023, 8, 31), "annet");
  kt.line = 4;
  w.participations.push_back(kt);
  w.options.scope.municipality = "0301";
  w.options.scope.kan_tilbys = false;  // K3 is kan_tilbys: outside NIR's category filter
  w.p().category = Field<Category>::of(Category::rett_og_plikt);
  auto r = w.run();
  CHECK(r.counts.explained_absences == 3);
  CHECK(r.counts.missing_from_report == 0);
  std::vector<std::string> reasons;
  for (const auto& a : r.absences) reasons.push_back(a.case_id + ":" + a.reason);
  std::sort(reasons.begin(), reasons.end());
  CHECK(reasons == std::vector<std::string>{"K1:protected_address", "K2:covid_extension", "K3:outside_filters"});
  CHECK(r.base.findings.empty());
}

TEST_CASE("a covid extension ended by NIR in Y is expected without an end reason") {
  World w;
  w.p().covid_extension = Field<bool>::of(true);
  w.p().start_date = Field<Date>::of(Date(2020, 5, 4));
  w.p().end_date = {};
  w.p().end_reason = {};
  w.row().end_date = Field<Date>::of(Date(2023, 5, 4));
  w.row().end_reason = {};
  auto r = w.run();
  CHECK(r.base.findings.empty());
  CHECK(r.counts.matched_equal == 1);
}

TEST_CASE("matching prefers the same municipality, then the same end date, then the latest end") {
  World w;
  // Two case-system persons that NIR knows as one (fødselsnummer in one, DUF in the other).
  Participation other = ended("K0", "05878812028", Date(2023, 6, 30), "arbeid_heltid");
  other.duf_number = id("201510001408");
  other.follow_up_municipality = Field<std::string>::of("4601");
  other.follow_up_district = {};
  other.line = 3;
  w.participations.push_back(other);
  w.row().duf_number = id("201510001408");
  w.options.scope.municipality.reset();
  w.report.has_follow_up_column = true;
  auto r = w.run();
  REQUIRE(r.counts.matched_equal == 1);
  // K1 (0301, same as the row) was taken; K0 in 4601 is not in the report's scope.
  CHECK(r.counts.ended_in_scope == 1);
  CHECK(r.base.findings.empty());
}

TEST_CASE("rows outside the scope are counted, not compared") {
  World w;
  NirRow elsewhere = w.row();
  elsewhere.follow_up_municipality = Field<std::string>::of("4601");
  elsewhere.line = 4;
  w.report.rows.push_back(elsewhere);
  w.options.scope.municipality = "0301";
  auto r = w.run();
  CHECK(r.counts.report_rows == 1);
  CHECK(r.counts.report_rows_out_of_scope == 1);
}

TEST_CASE("names and full ids only when revealed") {
  World w;
  w.row().person_id = id("05878812028");
  w.row().name = "Kari Nordmann";
  auto hidden = w.run();
  const Finding* f = find(hidden, "IC407");
  REQUIRE(f);
  CHECK(f->message.find("Kari") == std::string::npos);
  CHECK(f->person == "058788*****");
  w.env.reveal_ids = true;
  auto shown = w.run();
  CHECK(find(shown, "IC407")->message.find("Kari Nordmann") != std::string::npos);
  CHECK(find(shown, "IC407")->person == "05878812028");
}

TEST_CASE("the predicted report is what NIR would show") {
  World w;
  Participation prot = ended("K2", "05878812028", Date(2023, 5, 31), "annet");
  prot.protected_address = Field<bool>::of(true);
  w.participations.push_back(prot);
  Participation earlier = ended("K3", "12839010182", Date(2023, 2, 28), "annet");  // same person as K1
  earlier.start_date = Field<Date>::of(Date(2021, 3, 1));
  w.participations.push_back(earlier);
  Participation other_year = ended("K4", "23919514086", Date(2022, 12, 31), "annet");
  w.participations.push_back(other_year);
  PredictOptions o;
  o.year = 2023;
  o.as_of = as_of;
  NirReport predicted = predict_report(w.dataset(), w.env, o);
  REQUIRE(predicted.rows.size() == 1);  // K1: latest end of its person; K2 protected; K4 other year
  CHECK(predicted.rows[0].case_id == "K1");
  o.scope.registered = false;
  CHECK(predict_report(w.dataset(), w.env, o).rows.empty());
  // And reconciling the prediction against the same data finds nothing.
  w.report = predict_report(w.dataset(), w.env, PredictOptions{2023, as_of, {}});
  w.report.source.file = "predicted";
  auto r = w.run();
  CHECK(r.base.findings.empty());
  CHECK(r.counts.explained_absences == 1);  // K2
}

TEST_CASE("importing NIR's export: title lines, Norwegian headers, labels") {
  std::string text =
      "Deltakere som har avsluttet introduksjonsprogram\n"
      "Rapportår: 2023;;\n"
      "\n"
      "Fødselsnummer;DUF-nummer;Navn;Kategori;Bostedskommune;Bydel;Oppfølgingskommune;Startdato;Avslutningsdato;Avslutningsårsak\n"
      "12839010182;;Ola;Kan tilbys introduksjonsprogram;0301 Oslo;030101;0301;01.03.2022;30.06.2023;Arbeid 30 timer eller mer per uke\n"
      ";201510001408;Kari;Rett og plikt introduksjonsprogram;3201;;0301;01.03.2022;30.06.2023;Ikke registrert\n"
      "201510001408;;Per;Rett og plikt;0301;;0301;01.03.2022;30.06.2023;\n";
  ImportOptions o;
  o.reference_date = as_of;
  auto r = import_nir_report(text, "nir.csv", o);
  REQUIRE_MESSAGE(r, (r ? "" : r.error().describe()));
  const NirReport& n = r.value();
  CHECK(n.title_lines == 3);
  REQUIRE(n.rows.size() == 3);
  CHECK(n.rows[0].line == 5);
  CHECK(n.rows[0].category.value == Category::kan_tilbys);
  CHECK(n.rows[0].residence_municipality.value == "0301");
  CHECK(n.rows[0].end_reason.value == "arbeid_heltid");
  CHECK(n.rows[0].end_date.value == Date(2023, 6, 30));
  CHECK(n.rows[1].end_reason.empty());
  CHECK(n.rows[1].duf_number.parsed());
  CHECK(n.rows[2].duf_number.parsed());  // a DUF number in the Fødselsnummer column
  CHECK(n.rows[2].end_reason.empty());
  CHECK(n.has_follow_up_column);

  auto none = import_nir_report("Navn;Kategori\nOla;x\n", "nir.csv", o);
  REQUIRE_FALSE(none);
  CHECK(none.error().message.find("saved as CSV") != std::string::npos);
  auto sheet = import_nir_report(std::string("PK\x03\x04", 4), "nir.xlsx", o);
  REQUIRE_FALSE(sheet);
  CHECK(sheet.error().message.find("save it as CSV") != std::string::npos);
}

TEST_CASE("IC405: NIR's label for chapter 6A is the category rett_6a") {
  const std::string header =
      "Fødselsnummer;DUF-nummer;Navn;Kategori;Bostedskommune;Bydel;Oppfølgingskommune;Startdato;Avslutningsdato;"
      "Avslutningsårsak\n";
  ImportOptions o;
  o.reference_date = as_of;
  auto imported = [&](const std::string& label) {
    auto r = import_nir_report(header + "12839010182;;Ola;" + label +
                                   ";0301;030101;0301;01.03.2022;30.06.2023;Arbeid 30 timer eller mer per uke\n",
                               "nir.csv", o);
    REQUIRE_MESSAGE(r, (r ? "" : r.error().describe()));
    REQUIRE(r.value().rows.size() == 1);
    return r.value();
  };
  for (const char* label : {"Rett til introduksjonsprogram (kapittel 6A)", "rett til introduksjonsprogram (Kapittel 6A)",
                            "Rett til introduksjonsprogram kapittel 6A", "rett_6a"}) {
    CAPTURE(label);
    NirReport n = imported(label);
    REQUIRE(n.rows[0].category.parsed());
    CHECK(n.rows[0].category.value == Category::rett_6a);
  }

  // The case system says kan_tilbys, NIR 6A: IC405 names both codes.
  World w;
  w.report = imported("Rett til introduksjonsprogram (kapittel 6A)");
  auto r = w.run();
  const Finding* f = find(r, "IC405");
  REQUIRE(f);
  CHECK(std::get<std::string>(*f->param("nir_category")) == "rett_6a");
  CHECK(std::get<std::string>(*f->param("case_category")) == "kan_tilbys");
  CHECK(r.counts.matched_with_discrepancies == 1);
  // Both 6A: no IC405.
  w.p().category = Field<Category>::of(Category::rett_6a);
  r = w.run();
  CHECK_FALSE(find(r, "IC405"));
  // The case system 6A, NIR rett og plikt: IC405 the other way round.
  w.report = imported("Rett og plikt introduksjonsprogram");
  r = w.run();
  f = find(r, "IC405");
  REQUIRE(f);
  CHECK(std::get<std::string>(*f->param("nir_category")) == "rett_og_plikt");
  CHECK(std::get<std::string>(*f->param("case_category")) == "rett_6a");
}

TEST_CASE("NIR's category filter: rett_6a is a category of its own") {
  // A 6A participant, in the report: in scope only when rett_6a is chosen.
  World w;
  w.p().category = Field<Category>::of(Category::rett_6a);
  w.row().category = w.p().category;
  w.options.scope.municipality = "0301";
  auto r = w.run();
  CHECK(r.counts.matched_equal == 1);
  REQUIRE(parse_scope_categories("kan_tilbys", w.options.scope));  // once read as 6A's filter too
  r = w.run();
  CHECK(r.counts.report_rows == 0);
  CHECK(r.counts.report_rows_out_of_scope == 1);
  REQUIRE(r.absences.size() == 1);
  CHECK(r.absences[0].reason == "outside_filters");
  REQUIRE(parse_scope_categories("rett_6a", w.options.scope));
  r = w.run();
  CHECK(r.counts.matched_equal == 1);
  CHECK(r.base.findings.empty());

  // The predicted report filters the same way.
  PredictOptions p{2023, as_of, {}};
  CHECK(predict_report(w.dataset(), w.env, p).rows.size() == 1);
  REQUIRE(parse_scope_categories("rett_og_plikt,kan_tilbys", p.scope));
  CHECK(predict_report(w.dataset(), w.env, p).rows.empty());
  REQUIRE(parse_scope_categories("Rett til introduksjonsprogram (kapittel 6A)", p.scope));
  NirReport only = predict_report(w.dataset(), w.env, p);
  REQUIRE(only.rows.size() == 1);
  CHECK(only.rows[0].category.value == Category::rett_6a);
}

TEST_CASE("scope options parse like the CLI takes them") {
  ReportScope s;
  CHECK(parse_scope_place("0301/030101", s));
  CHECK(s.municipality == "0301");
  CHECK(s.district == "030101");
  CHECK_FALSE(parse_scope_place("301", s));
  CHECK_FALSE(parse_scope_place("0301/110301", s));
  CHECK(parse_scope_categories("rett_og_plikt", s));
  CHECK(s.rett_og_plikt);
  CHECK_FALSE(s.kan_tilbys);
  CHECK_FALSE(s.rett_6a);
  CHECK(parse_scope_categories("rett_6a", s));
  CHECK_FALSE(s.rett_og_plikt);
  CHECK_FALSE(s.kan_tilbys);
  CHECK(s.rett_6a);
  CHECK(parse_scope_categories("kan_tilbys, rett_6a", s));
  CHECK_FALSE(s.rett_og_plikt);
  CHECK(s.kan_tilbys);
  CHECK(s.rett_6a);
  CHECK(parse_scope_categories("rett_og_plikt,kan_tilbys,rett_6a", s));
  CHECK((s.rett_og_plikt && s.kan_tilbys && s.rett_6a));
  CHECK(ReportScope{}.includes_category(Category::rett_6a));  // the default: all three
  CHECK(parse_scope_categories("rett_6a", s));
  CHECK(s.includes_category(Category::rett_6a));
  CHECK_FALSE(s.includes_category(Category::kan_tilbys));
  CHECK_FALSE(s.includes_category(Category::rett_og_plikt));
  CHECK_FALSE(parse_scope_categories("alle", s));
  CHECK(parse_scope_end_reasons("unregistered", s));
  CHECK_FALSE(s.registered);
  CHECK(s.unregistered);
}

TEST_CASE("reconciliation with validation is one call, under one environment") {
  World w;  // its ids are synthetic test ids, which the default environment refuses
  auto alone = w.run();
  CHECK(find(alone, "IC002") == nullptr);
  w.options.with_validation = true;
  auto both = w.run();
  const Finding* f = find(both, "IC002");
  REQUIRE(f);
  CHECK(both.base.summary.errors == alone.base.summary.errors + 1);
  CHECK(both.base.summary.by_rule.at("IC002") == 1);
  w.env.allow_synthetic = true;  // the same option means the same in both halves
  CHECK(find(w.run(), "IC002") == nullptr);
  w.env.language = Language::en;
  w.env.allow_synthetic = false;
  CHECK(find(w.run(), "IC002")->message.find("synthetic test id") != std::string::npos);
}
