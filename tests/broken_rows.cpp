// A participants file with every kind of broken row: each row enters the
// dataset and yields exactly the findings that name its problem.
#include <doctest/doctest.h>
#include <introcheck/import.hpp>
#include <introcheck/validate.hpp>

#include <set>
#include <string>
#include <tuple>

using namespace introcheck;

TEST_CASE("every kind of broken row is reported with line and field") {
  ImportOptions import;
  import.reference_date = Date(2024, 1, 15);
  auto data = load_dataset(INTROCHECK_TEST_DATA "/broken/participants.csv", std::nullopt, import);
  REQUIRE(data);
  const Dataset& d = data.value();
  CHECK(d.participants.rows_read == 21);
  CHECK(d.participants.accepted == 21);
  CHECK(d.participations.size() == 21);

  ValidationOptions options;
  options.year = 2023;
  options.as_of = Date(2024, 1, 15);
  Environment env;
  env.allow_synthetic = true;
  auto report = validate(d, env, options);

  using Key = std::tuple<std::size_t, std::string, std::string>;  // line, rule, field
  std::set<Key> got;
  for (const Finding& f : report.findings) got.insert({f.line, f.rule, f.field});
  const std::set<Key> expected = {
      {3, "IC006", "case_id"},                 // case_id missing
      {4, "IC006", "person_id"},               // neither id
      {5, "IC001", "person_id"},               // ten digits that no leading zero makes valid
      {6, "IC001", "person_id"},               // too short
      {7, "IC001", "duf_number"},              // DUF check digits
      {8, "IC003", "category"},                // category missing
      {9, "IC003", "category"},                // category unknown
      {10, "IC006", "follow_up_municipality"}, // required, missing
      {11, "IC004", "follow_up_municipality"}, // not a code (letter O)
      {12, "IC006", "start_date"},             // required, missing
      {13, "IC006", "start_date"},             // 29 February 2017
      {14, "IC006", "end_date"},               // month 13
      {15, "IC006", "protected_address"},      // not a boolean
      {15, "IC202", "protected_address"},      // ... so counted as protected: fails closed
      {16, "IC006", "leave_days"},             // 731 > 730
      {17, "IC006", "settlement_date"},        // impossible date
      {18, "IC006", "legal_basis"},            // unknown law
      {19, "IC008", "end_reason"},             // unknown end reason
      {20, "IC007", "end_date"},               // end before start
      {21, "IC012", "end_reason"},             // reason without end date
      {22, "IC010", "case_id"},                // B01 again
  };
  CHECK(got == expected);
  // Every row but the first has a finding; the summary counts them.
  CHECK(report.summary.participants_with_findings == 20);
}
