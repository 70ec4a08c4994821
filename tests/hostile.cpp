// Hostile input, second round: each defect found by hand-made input has a
// test here that failed before its fix (issue "Hostile input, second round").
#include <doctest/doctest.h>

#include <introcheck/import.hpp>
#include <introcheck/predict.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/validate.hpp>

#include <string>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace introcheck;

namespace {

const Date as_of(2024, 1, 15);

Dataset participants(const std::string& csv) {
  Dataset d;
  ImportOptions o;
  o.reference_date = as_of;
  REQUIRE(import_participants(csv, "participants.csv", o, d));
  return d;
}


Participation of_one_person(std::size_t i, Date start) {
  Participation p;
  p.case_id = "K" + std::to_string(i);
  p.person_id = Field<PersonId>::of(parse_person_id("12839010182", as_of).value());
  p.category = Field<Category>::of(Category::kan_tilbys);
  p.follow_up_municipality = Field<std::string>::of("0301");
  p.start_date = Field<Date>::of(start);
  p.line = i + 2;
  return p;
}

}  // namespace

TEST_CASE("date arithmetic clamps to the representable range instead of throwing") {
  CHECK(add_years(Date(9998, 1, 1), 2) == Date(9999, 12, 31));
  CHECK(add_years(Date(1401, 6, 1), -5) == Date(1400, 1, 1));
  CHECK(add_years(Date(2020, 2, 29), 1) == Date(2021, 2, 28));
  CHECK(add_years(Date(2020, 2, 29), 4) == Date(2024, 2, 29));
  CHECK(add_months(Date(2023, 1, 31), 1) == Date(2023, 2, 28));
  CHECK(add_months(Date(2024, 1, 31), 1) == Date(2024, 2, 29));
  CHECK(add_months(Date(2023, 11, 30), 3) == Date(2024, 2, 29));
  CHECK(add_months(Date(2023, 3, 15), -3) == Date(2022, 12, 15));
  CHECK(add_months(Date(9999, 11, 1), 5) == Date(9999, 12, 31));
  CHECK(add_days(Date(9999, 12, 30), 400) == Date(9999, 12, 31));
  CHECK(add_days(Date(1400, 1, 2), -3) == Date(1400, 1, 1));
  CHECK(add_days(Date(2023, 12, 31), 1) == Date(2024, 1, 1));
  CHECK(add_years(Date(), 3).is_special());
}

TEST_CASE("a covid extension without a start date, or starting near 9999, breaks no command") {
  for (std::string start : {"", "xx", "9998-06-01", "9999-12-31"}) {
    CAPTURE(start);
    Dataset d = participants(
        "case_id;person_id;category;legal_basis;follow_up_municipality;start_date;covid_extension\n"
        "K-1;12839010182;rett_og_plikt;introduksjonsloven;0301;" + start + ";ja\n");
    Environment env;
    env.allow_synthetic = true;
    NirReport predicted = predict_report(d, env, {2023, as_of, {}});
    CHECK(predicted.rows.empty());
    CHECK(compute_results(d, env, {2023, as_of, {}, {}}).rows.empty());
    ReconcileOptions r;
    r.year = 2023;
    r.as_of = as_of;
    r.with_validation = true;
    ReconcileReport rec = reconcile(d, predicted, env, r);
    CHECK(rec.counts.ended_in_scope == 0);
  }
}

TEST_CASE("a settlement date near 9999 is beyond any limit, not an error of the tool") {
  Dataset d = participants(
      "case_id;person_id;category;follow_up_municipality;start_date;settlement_date\n"
      "K-1;12839010182;rett_og_plikt;0301;2023-01-10;9998-01-01\n"
      "K-2;03918112102;rett_og_plikt;0301;2023-01-10;9999-12-31\n");
  Environment env;
  env.allow_synthetic = true;
  ValidationReport r = validate(d, env, {2023, as_of, {}});
  CHECK(r.summary.by_rule.count("IC013") == 1);  // settlement after the as-of date
  CHECK(r.summary.by_rule.count("IC109") == 0);  // the start is not late
}

TEST_CASE("configuration values outside their range are errors naming the key and the range") {
  struct Case {
    const char *text, *key, *range;
  };
  const Case cases[] = {
      {"[thresholds]\nsettlement_years = 9000\n", "settlement_years", "from 0 to 50"},
      {"[thresholds]\nreform_deadline_fallback_month = 13\n", "reform_deadline_fallback_month", "from 1 to 12"},
      {"[thresholds]\nreform_deadline_fallback_month = 0\n", "reform_deadline_fallback_month", "from 1 to 12"},
      {"[thresholds]\ngap_days = 100000\n", "gap_days", "from 1 to 3660"},
      {"[program_length.introduksjonsloven]\nmax_years = 21\n", "max_years", "from 0 to 20"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto parsed = Config::parse(c.text, "mine.conf", Config::defaults());
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().field == c.key);
    CHECK(parsed.error().line == 2);
    CHECK(parsed.error().message.find(c.range) != std::string::npos);
  }
  auto crossed = Config::parse("[thresholds]\nmin_age = 60\n", "mine.conf", Config::defaults());
  REQUIRE_FALSE(crossed);
  CHECK(crossed.error().field == "max_age");
  CHECK(Config::parse("[thresholds]\nsettlement_years = 50\nreform_deadline_fallback_month = 12\n", "mine.conf",
                      Config::defaults()));
}

TEST_CASE("blank lines and line ends inside quotes cost no record's memory") {
  ImportOptions o;
  o.reference_date = as_of;
  o.threads = 2;  // the parallel path reserves room for records up front
  const std::string header = "case_id;person_id;category;follow_up_municipality;start_date\n";
  const std::string row = "K-1;12839010182;rett_og_plikt;0301;2023-01-10\n";
  {
    Dataset d;
    REQUIRE(import_participants(header + row + std::string(3'000'000, '\n') + row, "blank.csv", o, d));
    CHECK(d.participations.size() == 2);
    CHECK(d.participations.capacity() < 1000);
    CHECK(d.participations.back().line() == 3'000'003);  // lines still counted right
  }
  {
    Dataset d;
    REQUIRE(import_participants(header + row + std::string(3'000'000, ';') + "\n" + std::string(1'000'000, '\n') + row,
                                "delimiters.csv", o, d));
    CHECK(d.participations.size() == 2);
    CHECK(d.participations.capacity() < 1000);
  }
  {
    Dataset d;
    std::string quoted = "K-2;12839010182;\"" + std::string(2'000'000, '\n') + "\";0301;2023-01-10\n";
    REQUIRE(import_participants(header + row + quoted, "quoted.csv", o, d));
    CHECK(d.participations.size() == 2);
    CHECK(d.participations.capacity() < 1000);
  }
}

TEST_CASE("a protected address that does not parse counts as protected everywhere") {
  for (std::string value : {"yes", "J", "ja.", "2"}) {
    CAPTURE(value);
    Dataset d = participants(
        "case_id;person_id;category;follow_up_municipality;follow_up_district;residence_municipality;"
        "residence_district;protected_address;start_date;end_date;end_reason\n"
        "K-1;12839010182;rett_og_plikt;0301;030101;1103;110301;" + value + ";2022-01-10;2023-05-31;arbeid_heltid\n");
    Environment env;
    env.allow_synthetic = true;
    ValidationReport r = validate(d, env, {2023, as_of, {}});
    CHECK(r.summary.by_rule.count("IC006") == 1);  // the value is still reported invalid
    CHECK(r.summary.by_rule.count("IC202") == 1);  // ... and treated as protected
    CHECK(r.summary.by_rule.count("IC201") == 0);
    for (const Finding& f : r.findings) {
      CHECK(f.message.find("1103") == std::string::npos);
      for (const Param& p : f.params)
        if (const auto* s = std::get_if<std::string>(&p.value)) CHECK(s->find("1103") == std::string::npos);
    }
    CHECK(predict_report(d, env, {2023, as_of, {}}).rows.empty());
    PublishedResults res = compute_results(d, env, {2023, as_of, {}, {}});
    REQUIRE_FALSE(res.rows.empty());
    CHECK(res.rows.front().includes_protected);
    for (const ResultRow& row : res.rows)
      if (row.category) CHECK(row.ended.value == 0);  // only in the municipality's total
  }
}

TEST_CASE("an echoed value that looks like a person id is masked unless ids are revealed") {
  Dataset d = participants(
      "case_id;person_id;category;follow_up_municipality;start_date;end_date;end_reason\n"
      "K-1;12839010182;rett_og_plikt;0301;12839010182;2023-05-31;201510 001408\n"
      "K-2;12839010182;128.390.101-82;0301;2022-01-10;;\n"
      "K-3;12839010182;kan_tilbys;0301;2023-12839010182;;\n");
  Environment env;
  env.allow_synthetic = true;
  auto values = [&](const ValidationReport& r) {
    std::string all;
    for (const Finding& f : r.findings) {
      all += f.message + "|";
      for (const Param& p : f.params)
        if (const auto* s = std::get_if<std::string>(&p.value)) all += *s + "|";
    }
    return all;
  };
  std::string masked = values(validate(d, env, {2023, as_of, {}}));
  CHECK(masked.find("12839010182") == std::string::npos);
  CHECK(masked.find("2023-128390*****") != std::string::npos);  // an id joined to a date
  CHECK(masked.find("001408") == std::string::npos);
  CHECK(masked.find("101-82") == std::string::npos);
  CHECK(masked.find("128390*****") != std::string::npos);
  CHECK(masked.find("2015********") != std::string::npos);
  env.reveal_ids = true;
  std::string revealed = values(validate(d, env, {2023, as_of, {}}));
  CHECK(revealed.find("«12839010182»") != std::string::npos);
  CHECK(revealed.find("201510 001408") != std::string::npos);
}

TEST_CASE("results: districts not valid for their municipality count under its uoppgitt") {
  Dataset d;
  for (std::size_t i = 0; i < 30; ++i) {
    Participation p = of_one_person(i, Date(2022, 1, 1));
    p.person_id = {};
    p.duf_number = Field<PersonId>::of(parse_person_id("201510001408", as_of).value());
    p.case_id = "D" + std::to_string(i);
    p.duf_number.value.number = 201510001408 + static_cast<std::uint64_t>(i);  // distinct persons
    p.end_date = Field<Date>::of(Date(2023, 6, 1));
    p.end_reason = Field<std::string>::of("arbeid_heltid");
    p.follow_up_district = Field<std::string>::of(i < 20 ? "030101" : "0301" + std::to_string(50 + i));
    d.participations.push_back(p);
  }
  Environment env;
  PublishedResults r = compute_results(d, env, {2023, as_of, "0301", {}});
  CHECK(r.unknown_districts == 10);
  std::vector<std::string> districts;
  for (const ResultRow& row : r.rows)
    if (row.district && !row.category) districts.push_back(*row.district);
  CHECK(districts == std::vector<std::string>{"030101", "030199"});
}

TEST_CASE("rows with findings are counted by record, also for datasets built in memory") {
  // Records built in memory have line 0, and neither table has a file name.
  ImportOptions o;
  o.reference_date = as_of;
  auto record = [&](std::string case_id, std::string category, std::string id = "12839010182") {
    ParticipationText t{};
    t[static_cast<std::size_t>(ParticipationField::case_id)] = case_id;
    t[static_cast<std::size_t>(ParticipationField::person_id)] = id;
    t[static_cast<std::size_t>(ParticipationField::category)] = category;
    t[static_cast<std::size_t>(ParticipationField::follow_up_municipality)] = "0301";
    t[static_cast<std::size_t>(ParticipationField::start_date)] = "2023-01-10";
    Participation p = parse_participation(t, o);
    p.line = 0;
    return p;
  };
  Environment env;
  env.allow_synthetic = true;
  Dataset three;
  three.participations.push_back(record("A", "nonsense", "12839010182"));
  three.participations.push_back(record("B", "nonsense", "23919514086"));
  three.participations.push_back(record("C", "nonsense", "03918112102"));
  three.participants.rows_read = 3;
  ValidationReport r = validate(three, env, {2023, as_of, {}});
  CHECK(r.summary.errors == 3);
  CHECK(r.summary.participants_with_findings == 3);
  CHECK(r.summary.participants.accepted == 0);

  Dataset mixed;
  mixed.has_measures = true;
  mixed.participations.push_back(record("A", "kan_tilbys"));
  mixed.participants.rows_read = 1;
  MeasureText m{};
  m[static_cast<std::size_t>(MeasureField::case_id)] = "ORPHAN";
  m[static_cast<std::size_t>(MeasureField::measure)] = "norsk";
  m[static_cast<std::size_t>(MeasureField::start_date)] = "2023-01-10";
  Measure orphan = parse_measure(m, o);
  orphan.line = 0;
  mixed.measures.push_back(orphan);
  Measure owned = parse_measure(m, o);  // the same orphan twice: two records
  owned.case_id = "A";
  mixed.measures.push_back(owned);
  mixed.measures_source.rows_read = 2;
  ValidationReport mr = validate(mixed, env, {2023, as_of, {}});
  CHECK(mr.summary.by_rule.count("IC011") == 1);
  CHECK(mr.summary.participants_with_findings == 0);
  CHECK(mr.summary.participants.accepted == 1);
  CHECK(mr.summary.measures_with_findings == 1);
  CHECK(mr.summary.measures.accepted == 1);
}

TEST_CASE("a case id longer than the limit rejects its row, on every import path") {
  const std::string header = "case_id;person_id;category;follow_up_municipality;start_date\n";
  const std::string row = ";12839010182;rett_og_plikt;0301;2023-01-10\n";
  for (unsigned threads : {1u, 2u}) {
    CAPTURE(threads);
    ImportOptions o;
    o.reference_date = as_of;
    o.threads = threads;
    std::string text = header + "K-1" + row + std::string(300, 'X') + row + "K-3" + row;
    // Big enough to be read in parts by two threads.
    if (threads == 2)
      for (int i = 0; i < 60000; ++i) text += "F-" + std::to_string(i) + row;
    Dataset d;
    REQUIRE(import_participants(text, "long.csv", o, d));
    CHECK(d.participants.rows_read == d.participations.size() + 1);
    CHECK(d.participants.rejected == 1);
    REQUIRE(d.participants.rejections.size() == 1);
    const Error& e = d.participants.rejections[0];
    CHECK(e.file == "long.csv");
    CHECK(e.line == 3);
    CHECK(e.field == "case_id");
    CHECK(e.message.find("300 bytes") != std::string::npos);
    CHECK(d.participations[1].case_id() == "K-3");
    CHECK(d.participations[1].line() == 4);
    Environment env;
    env.allow_synthetic = true;
    ValidationReport r = validate(d, env, {2023, as_of, {}});
    CHECK(r.summary.participants.rows_read ==
          r.summary.participants.accepted + r.summary.participants_with_findings + r.summary.participants.rejected);
  }
  ImportOptions wider;
  wider.reference_date = as_of;
  wider.max_case_id_bytes = 400;
  Dataset d;
  REQUIRE(import_participants(header + std::string(300, 'X') + row, "long.csv", wider, d));
  CHECK(d.participants.rejected == 0);
  // A limit above what a table stores rejects there, with an error, not an exception.
  wider.max_case_id_bytes = std::size_t{1} << 20;
  Dataset huge;
  REQUIRE(import_participants(header + std::string(70000, 'X') + row, "long.csv", wider, huge));
  CHECK(huge.participants.rejected == 1);
  REQUIRE(huge.participants.rejections.size() == 1);
  CHECK(huge.participants.rejections[0].message.find("limit of 65535") != std::string::npos);
  REQUIRE(import_measures("case_id;measure;start_date\n" + std::string(70000, 'X') + ";norsk;2023-01-02\n", "m.csv",
                          wider, huge));
  CHECK(huge.measures_source.rejected == 1);
}

TEST_CASE("a NIR row without an end date leaves no placeholder in any language") {
  Dataset d = participants(
      "case_id;person_id;category;follow_up_municipality;start_date\n"
      "K-1;12839010182;rett_og_plikt;0301;2022-01-10\n");
  ImportOptions o;
  o.reference_date = as_of;
  auto nir = import_nir_report("Fødselsnummer;Oppfølgingskommune;Avslutningsdato\n"
                               "12839010182;0301;\n"       // known person: IC401
                               "03918112102;0301;xx\n",    // unknown person: IC407
                               "nir.csv", o);
  REQUIRE(nir);
  for (Language l : {Language::nb, Language::nn, Language::en}) {
    Environment env;
    env.language = l;
    ReconcileReport r = reconcile(d, nir.value(), env, {2023, as_of, {}, false, {}});
    REQUIRE(r.base.findings.size() == 2);
    for (const Finding& f : r.base.findings) {
      CAPTURE(f.message);
      CHECK(f.message.find_first_of("{}") == std::string::npos);
      CHECK(std::get<std::string>(*f.param("nir_end")) == "unknown");
    }
  }
}
