#include <doctest/doctest.h>
#include <introcheck/municipality.hpp>

#include <string>
#include <vector>

using namespace introcheck;

namespace {

const Municipalities& m = Municipalities::builtin();

std::vector<std::string> codes(const std::vector<Successor>& s) {
  std::vector<std::string> out;
  for (const auto& x : s) out.push_back(x.code);
  return out;
}

std::size_t count_valid(Date d) {
  std::size_t n = 0;
  for (const auto& v : m.all_municipalities())
    if (v.valid_on(d) && v.code != "9999") ++n;
  return n;
}

}  // namespace

TEST_CASE("the embedded classification has the known number of municipalities") {
  CHECK(count_valid(Date(2017, 6, 1)) == 426);
  CHECK(count_valid(Date(2018, 6, 1)) == 422);
  CHECK(count_valid(Date(2020, 6, 1)) == 356);
  CHECK(count_valid(Date(2024, 6, 1)) == 357);
  CHECK(m.version().rfind("builtin-", 0) == 0);
}

TEST_CASE("validity is half-open: valid_to is the first day not valid") {
  CHECK(m.valid("0101", Date(2019, 12, 31)));
  CHECK_FALSE(m.valid("0101", Date(2020, 1, 1)));
  CHECK(m.valid("3001", Date(2020, 1, 1)));
  CHECK_FALSE(m.valid("3001", Date(2024, 1, 1)));
  CHECK(m.valid("3101", Date(2024, 1, 1)));
  CHECK_FALSE(m.valid("3101", Date(2023, 12, 31)));
  CHECK_FALSE(m.valid("101", Date(2019, 1, 1)));
  CHECK_FALSE(m.valid("abcd", Date(2019, 1, 1)));
  CHECK_FALSE(m.valid("", Date(2019, 1, 1)));
}

TEST_CASE("names follow the date, including name-only changes") {
  CHECK(m.name("5001", Date(2022, 6, 1)) == std::optional<std::string_view>("Trondheim"));
  CHECK(m.name("5001", Date(2023, 6, 1)) == std::optional<std::string_view>("Trondheim - Tråante"));
  CHECK(m.name("1601", Date(2018, 6, 1)) == std::nullopt);
}

TEST_CASE("9999 is in the classification but never a follow-up municipality") {
  CHECK(m.valid("9999", Date(2019, 1, 1)));
  CHECK_FALSE(m.valid_follow_up("9999", Date(2019, 1, 1)));
  CHECK(m.valid_follow_up("0301", Date(2019, 1, 1)));
}

TEST_CASE("county of a code, also after the code ceased") {
  REQUIRE(m.county("0301", Date(2019, 1, 1)));
  CHECK(m.county("0301", Date(2019, 1, 1))->name == "Oslo");
  REQUIRE(m.county("0101", Date(2019, 1, 1)));
  CHECK(m.county("0101", Date(2019, 1, 1))->name == "Østfold");
  REQUIRE(m.county("3001", Date(2021, 1, 1)));
  CHECK(m.county("3001", Date(2021, 1, 1))->name == "Viken");
  // 0101 ceased 2020-01-01: its county is the one on its last day, not today's.
  REQUIRE(m.county("0101", Date(2025, 1, 1)));
  CHECK(m.county("0101", Date(2025, 1, 1))->name == "Østfold");
  CHECK(m.county("0000", Date(2025, 1, 1)) == nullptr);
}

TEST_CASE("successors follow chains across reforms") {
  CHECK(codes(m.successors("0101", Date(2025, 1, 1))) == std::vector<std::string>{"3101"});
  CHECK(codes(m.successors("0101", Date(2021, 1, 1))) == std::vector<std::string>{"3001"});
  CHECK(codes(m.successors("1507", Date(2024, 1, 1))) == std::vector<std::string>{"1508", "1580"});
  CHECK(codes(m.successors("1601", Date(2018, 1, 1))) == std::vector<std::string>{"5001"});
  auto trondheim = m.successors("1601", Date(2024, 1, 1));
  REQUIRE(trondheim.size() == 1);
  CHECK(trondheim[0].valid_from == Date(2018, 1, 1));  // the code, not its latest name
  CHECK(trondheim[0].name == "Trondheim - Tråante");
  // Valid on the date: no successors. Not yet existing: none either.
  CHECK(m.successors("0301", Date(2024, 1, 1)).empty());
  CHECK(m.successors("3101", Date(2019, 1, 1)).empty());
  // Klæbu merged into Trondheim.
  CHECK(codes(m.successors("5030", Date(2020, 1, 1))) == std::vector<std::string>{"5001"});
}

TEST_CASE("name-only changes are not successions") {
  std::string text_m =
      "code,name,valid_from,valid_to\n"
      "1111,Old name,2000-01-01,2010-01-01\n"
      "1111,New name,2010-01-01,\n";
  std::string text_c =
      "old_code,new_code,change_date,old_name,new_name\n"
      "1111,1111,2010-01-01,Old name,New name\n";
  MunicipalitySources s;
  s.municipalities = text_m;
  s.changes = text_c;
  s.districts = "code,name,valid_from,valid_to\n";
  s.counties = "code,name,valid_from,valid_to\n11,County,1971-01-01,\n";
  auto custom = Municipalities::from_csv(s);
  REQUIRE(custom);
  CHECK(custom.value().successors("1111", Date(2011, 1, 1)).empty());
  CHECK_FALSE(custom.value().in_reform("1111", 2010));
  CHECK(custom.value().version().rfind("custom-", 0) == 0);
}

TEST_CASE("changes_at and reforms on 1 January") {
  CHECK(m.changes_at(Date(2020, 1, 1)).size() == 317);
  CHECK(m.changes_at(Date(2024, 1, 1)).size() == 118);
  CHECK(m.changes_at(Date(2020, 1, 2)).empty());
  CHECK(m.in_reform("0101", 2020));   // old code
  CHECK(m.in_reform("3001", 2020));   // new code
  CHECK(m.in_reform("1103", 2020));   // Stavanger absorbed 1141 and 1142, kept its code
  CHECK(m.in_reform("5001", 2020));   // Trondheim absorbed Klæbu
  CHECK(m.in_reform("1601", 2018));
  CHECK_FALSE(m.in_reform("0301", 2020));
  CHECK_FALSE(m.in_reform("0101", 2019));
}

TEST_CASE("districts belong to their municipality and period") {
  CHECK(m.district_valid_for("030101", "0301", Date(2015, 1, 1)));
  CHECK_FALSE(m.district_valid_for("030101", "0301", Date(2003, 1, 1)));
  CHECK_FALSE(m.district_valid_for("030101", "1103", Date(2015, 1, 1)));
  CHECK_FALSE(m.district_valid_for("160101", "1601", Date(2019, 1, 1)));  // Trondheim is 5001 since 2018
  CHECK(Municipalities::is_unknown_district("030199"));
  CHECK_FALSE(Municipalities::is_unknown_district("030101"));
  CHECK(m.district_valid("030199", Date(2021, 1, 1)));
  CHECK(m.district_name("030101", Date(2021, 1, 1)) == std::optional<std::string_view>("Gamle Oslo"));
}

TEST_CASE("replacement files: errors name file, line and field") {
  MunicipalitySources s;
  std::string bad = "code,name,valid_from,valid_to\n0101,Halden,1971-01-01,\n010,Broken,1971-01-01,\n";
  s.municipalities = bad;
  s.municipalities_name = "kommuner.csv";
  s.changes = "old_code,new_code,change_date,old_name,new_name\n";
  s.districts = "code,name,valid_from,valid_to\n";
  s.counties = "code,name,valid_from,valid_to\n";
  auto r = Municipalities::from_csv(s);
  REQUIRE_FALSE(r);
  CHECK(r.error().file == "kommuner.csv");
  CHECK(r.error().line == 3);
  CHECK(r.error().field == "code");

  std::string missing = "code,name,valid_from\n0101,Halden,1971-01-01\n";
  s.municipalities = missing;
  auto r2 = Municipalities::from_csv(s);
  REQUIRE_FALSE(r2);
  CHECK(r2.error().field == "valid_to");

  std::string bad_date = "code,name,valid_from,valid_to\n0101,Halden,1971-13-01,\n";
  s.municipalities = bad_date;
  auto r3 = Municipalities::from_csv(s);
  REQUIRE_FALSE(r3);
  CHECK(r3.error().field == "valid_from");
  CHECK(r3.error().describe() == "kommuner.csv:2: valid_from: not a date (YYYY-MM-DD)");
}

TEST_CASE("a replacement list is used instead of the embedded one") {
  MunicipalitySources s;
  std::string text = "code,name,valid_from,valid_to\n9001,Nykommune,2025-01-01,\n";
  s.municipalities = text;
  s.changes = "old_code,new_code,change_date,old_name,new_name\n";
  s.districts = "code,name,valid_from,valid_to\n";
  s.counties = "code,name,valid_from,valid_to\n";
  auto r = Municipalities::from_csv(s);
  REQUIRE(r);
  CHECK(r.value().valid("9001", Date(2025, 6, 1)));
  CHECK_FALSE(r.value().valid("0301", Date(2025, 6, 1)));
}
