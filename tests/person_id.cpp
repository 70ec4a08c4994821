#include <doctest/doctest.h>
#include <introcheck/person_id.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace introcheck;

namespace {

const Date reference(2026, 11, 28);

// Appends check digits to nine digits: K1 so that (S1 + K1) mod 11 == k1_rest
// (0 = classic series, 1..3 = 2032 series), then K2 by the classic rule.
// Returns "" when no digit fits.
std::string with_check_digits(const std::string& nine, int k1_rest = 0) {
  static const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  static const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  int s1 = 0;
  for (int i = 0; i < 9; ++i) s1 += (nine[i] - '0') * w1[i];
  int k1 = -1;
  for (int k = 0; k <= 9; ++k)
    if ((s1 + k) % 11 == k1_rest) k1 = k;
  if (k1 < 0) return "";
  std::string ten = nine + char('0' + k1);
  int s2 = 0;
  for (int i = 0; i < 10; ++i) s2 += (ten[i] - '0') * w2[i];
  int k2 = (11 - s2 % 11) % 11;
  if (k2 == 10) return "";
  return ten + char('0' + k2);
}

// Tries individual numbers from `first` until check digits exist.
std::string make_id(const std::string& ddmmyy, int first, int k1_rest = 0) {
  for (int ind = first; ind < first + 50; ++ind) {
    std::string nine = ddmmyy + std::string(3 - std::to_string(ind).size(), '0') + std::to_string(ind);
    std::string id = with_check_digits(nine, k1_rest);
    if (!id.empty()) return id;
  }
  return "";
}

IdOptions allow_test_ids() {
  IdOptions o;
  o.allow_synthetic = true;
  o.reference_date = reference;
  return o;
}

}  // namespace

TEST_CASE("every published test vector gives its expected result") {
  std::ifstream in(INTROCHECK_TEST_DATA "/person_ids.tsv");
  REQUIRE(in);
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("id\t", 0) == 0) continue;
    std::stringstream ss(line);
    std::string id, type, expected, source;
    std::getline(ss, id, '\t');
    std::getline(ss, type, '\t');
    std::getline(ss, expected, '\t');
    ++rows;
    CAPTURE(id);
    CAPTURE(type);
    auto r = check_person_id(id, allow_test_ids());
    CHECK(r.has_value() == (expected == "true"));
    if (!r) continue;
    const PersonId& p = r.value();
    if (type.rfind("duf", 0) == 0) CHECK(p.kind == IdKind::duf);
    else if (type.rfind("dnr", 0) == 0) CHECK(p.kind == IdKind::dnr);
    else CHECK(p.kind == IdKind::fnr);
    CHECK(p.is_synthetic() == (type.find("synthetic") != std::string::npos));
    if (p.kind != IdKind::duf) {
      CHECK((p.series == IdSeries::y2032) == (type.find("[k1-2032]") != std::string::npos));
      CHECK(p.birth_date.has_value());
    }
  }
  CHECK(rows >= 90);
}

TEST_CASE("each reason is reported") {
  IdOptions strict;
  strict.reference_date = reference;
  CHECK(check_person_id("1234567890", strict).error() == IdProblem::length);
  CHECK(check_person_id("1234567891A", strict).error() == IdProblem::non_digit);
  CHECK(check_person_id("13137248022", strict).error() == IdProblem::date);
  CHECK(check_person_id("20036914750", strict).error() == IdProblem::k1);
  std::string good = "20036914700";
  REQUIRE(check_person_id(good, strict).has_value());
  std::string bad_k2 = good.substr(0, 10) + "1";
  CHECK(check_person_id(bad_k2, strict).error() == IdProblem::k2);
  CHECK(check_person_id("201234567890", strict).error() == IdProblem::k1);  // DUF check digits
}

TEST_CASE("normalisation strips blanks, dots and hyphens only") {
  IdOptions strict;
  strict.reference_date = reference;
  CHECK(check_person_id("200369 147 00", strict).has_value());
  CHECK(check_person_id("200369-14700", strict).has_value());
  CHECK(check_person_id("20.03.69.14700", strict).has_value());
  CHECK(check_person_id("200369/14700", strict).error() == IdProblem::non_digit);
  CHECK(normalize_person_id(" 20 03-69.1 ") == "2003691");
}

TEST_CASE("synthetic ids are refused unless allowed, and always marked") {
  IdOptions strict;
  strict.reference_date = reference;
  CHECK(check_person_id("03851598730", strict).error() == IdProblem::synthetic);  // +80
  CHECK(check_person_id("31739556891", strict).error() == IdProblem::synthetic);  // +65
  CHECK(check_person_id("15507600333", strict).error() == IdProblem::not_nir_id);  // +40: H-nummer shape
  auto tenor = check_person_id("03851598730", allow_test_ids());
  REQUIRE(tenor);
  CHECK(tenor.value().synthetic == SyntheticScheme::tenor);
  CHECK(tenor.value().birth_date == Date(2015, 5, 3));
  auto nav = check_person_id("15507600333", allow_test_ids());
  REQUIRE(nav);
  CHECK(nav.value().synthetic == SyntheticScheme::nav);
  CHECK(check_person_id("31739556891", allow_test_ids()).value().synthetic == SyntheticScheme::syntpop);
}

TEST_CASE("D-nummer is day + 40") {
  std::string id = make_id("450590", 100);  // 5 May 1990
  REQUIRE(!id.empty());
  auto r = parse_person_id(id, reference);
  REQUIRE(r);
  CHECK(r.value().kind == IdKind::dnr);
  CHECK(r.value().birth_date == Date(1990, 5, 5));
}

TEST_CASE("29 February exists only in leap years") {
  std::string leap = make_id("290200", 500);  // individual 500-999, yy 00 -> 2000
  std::string nonleap = make_id("290200", 100);  // individual 000-499 -> 1900
  std::string nonleap2 = make_id("290201", 500);  // 2001
  REQUIRE(!leap.empty());
  REQUIRE(!nonleap.empty());
  REQUIRE(!nonleap2.empty());
  auto r = parse_person_id(leap, reference);
  REQUIRE(r);
  CHECK(r.value().birth_date == Date(2000, 2, 29));
  CHECK(parse_person_id(nonleap, reference).error() == IdProblem::date);
  CHECK(parse_person_id(nonleap2, reference).error() == IdProblem::date);
}

TEST_CASE("day 00 and month 13 are impossible dates") {
  CHECK(parse_person_id(make_id("000190", 100), reference).error() == IdProblem::date);
  CHECK(parse_person_id(make_id("011390", 100), reference).error() == IdProblem::date);
  CHECK(parse_person_id(make_id("320190", 100), reference).error() == IdProblem::date);
}

TEST_CASE("century from the individual number in the classic series") {
  auto born = [](const std::string& ddmmyy, int ind) {
    auto r = parse_person_id(make_id(ddmmyy, ind), reference);
    REQUIRE(r);
    return r.value().birth_date->year();
  };
  CHECK(born("010160", 100) == 1960);  // 000-499
  CHECK(born("010160", 950) == 1960);  // 900-999, yy >= 40
  CHECK(born("010160", 600) == 1860);  // 500-749, yy >= 54
  CHECK(born("010110", 600) == 2010);  // 500-999, yy <= 39
  CHECK(born("010110", 950) == 2010);
}

TEST_CASE("outside the classic ranges, the most recent century not after the reference") {
  auto born = [](const std::string& ddmmyy, int ind, Date ref, int k1_rest = 0) {
    auto r = parse_person_id(make_id(ddmmyy, ind, k1_rest), ref);
    REQUIRE(r);
    return *r.value().birth_date;
  };
  // 750-899 with yy 40-99 has no classic century.
  CHECK(born("010145", 800, reference) == Date(1945, 1, 1));
  // 500-749 with yy 40-53 neither.
  CHECK(born("010150", 600, reference) == Date(1950, 1, 1));
  // 2032 series, yy 26: 2026 unless that is after the reference date.
  CHECK(born("011126", 100, reference, 1) == Date(2026, 11, 1));
  CHECK(born("011226", 100, reference, 1) == Date(1926, 12, 1));
  CHECK(born("011226", 100, Date(2027, 1, 1), 1) == Date(2026, 12, 1));
}

TEST_CASE("2032 series: K1 by (S1 + K1) mod 11 in 1..3, century by recency") {
  std::string id = make_id("010110", 100, 2);  // classic reading would say 1910
  REQUIRE(!id.empty());
  auto r = parse_person_id(id, reference);
  REQUIRE(r);
  CHECK(r.value().series == IdSeries::y2032);
  CHECK(r.value().birth_date == Date(2010, 1, 1));
  // Remainder 4 is not accepted by either rule.
  std::string bad = make_id("010110", 100, 4);
  REQUIRE(!bad.empty());
  CHECK(parse_person_id(bad, reference).error() == IdProblem::k1);
  // The published worked example.
  auto worked = parse_person_id("02013299903", reference);
  REQUIRE(worked);
  CHECK(worked.value().series == IdSeries::y2032);
}

TEST_CASE("DUF numbers: 12 digits with two check digits") {
  auto r = parse_person_id("201212345603", reference);
  REQUIRE(r);
  CHECK(r.value().kind == IdKind::duf);
  CHECK(!r.value().birth_date);
  CHECK(parse_person_id("201212345604", reference).error() == IdProblem::k1);
}

TEST_CASE("masking shows only the birth date or the DUF year") {
  CHECK(mask_person_id("20036914700") == "200369*****");
  CHECK(mask_person_id("200369 14700") == "200369*****");
  CHECK(mask_person_id("201212345603") == "2012********");
  CHECK(mask_person_id("12345") == "***");
  CHECK(mask_person_id("2003691470A") == "***");
  CHECK(mask_person_id("") == "***");
}

TEST_CASE("names of enum values match the CLI contract") {
  CHECK(to_string(IdProblem::not_nir_id) == "not_nir_id");
  CHECK(to_string(IdProblem::non_digit) == "non_digit");
  CHECK(to_string(IdSeries::y2032) == "2032");
  CHECK(to_string(IdKind::dnr) == "dnr");
}

TEST_CASE("an id is a number: its digits come back zero-padded to the kind's length") {
  auto fnr = parse_person_id("05878812028", Date(2024, 1, 15));
  REQUIRE(fnr);
  CHECK(fnr.value().number == 5878812028ULL);
  CHECK(fnr.value().digits() == "05878812028");
  auto duf = parse_person_id("2015 1000 1408", Date(2024, 1, 15));
  REQUIRE(duf);
  CHECK(duf.value().kind == IdKind::duf);
  CHECK(duf.value().digits() == "201510001408");
  CHECK(PersonId::from_digits("000000000012", IdKind::duf).digits() == "000000000012");
  CHECK(PersonId::from_digits("00000000001").digits() == "00000000001");
  CHECK(PersonId{}.digits() == "00000000000");
  // Two of them in every participation: 24 bytes, not a 56-byte struct with a string.
  CHECK(sizeof(PersonId) <= 24);
}
