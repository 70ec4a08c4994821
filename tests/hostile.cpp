// Hostile input, second round: each defect found by hand-made input has a
// test here that failed before its fix (issue "Hostile input, second round").
#include <doctest/doctest.h>

#include <introcheck/import.hpp>
#include <introcheck/predict.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/validate.hpp>

#include <string>

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
    CHECK(d.participations.back().line == 3'000'003);  // lines still counted right
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
