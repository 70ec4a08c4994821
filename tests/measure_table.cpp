// MeasureTable: every field and state comes back as it went in, parts joined
// in order keep their codes, case ids and kept texts, and a measure takes the
// bytes the header promises.
#include <doctest/doctest.h>
#include <introcheck/measure_table.hpp>

#include <string>

using namespace introcheck;

namespace {

Measure measure(std::string case_id, std::string code, Date start, std::size_t line) {
  Measure m;
  m.case_id = std::move(case_id);
  m.code = Field<std::string>::of(std::move(code));
  m.start_date = Field<Date>::of(start);
  m.line = line;
  return m;
}

void check_same(const Measure& a, const Measure& b) {
  CHECK(a.case_id == b.case_id);
  CHECK(a.code.state == b.code.state);
  CHECK(a.code.value == b.code.value);
  CHECK(a.start_date.state == b.start_date.state);
  CHECK(a.start_date.value == b.start_date.value);
  CHECK(a.end_date.state == b.end_date.state);
  CHECK(a.end_date.value == b.end_date.value);
  CHECK(a.hours_per_week.state == b.hours_per_week.state);
  CHECK(a.hours_per_week.value == b.hours_per_week.value);
  CHECK(a.completed.state == b.completed.state);
  CHECK(a.completed.value == b.completed.value);
  CHECK(a.line == b.line);
  REQUIRE(a.raw.size() == b.raw.size());
  for (std::size_t i = 0; i < a.raw.size(); ++i) {
    CHECK(a.raw[i].field == b.raw[i].field);
    CHECK(a.raw[i].text == b.raw[i].text);
  }
}

}  // namespace

TEST_CASE("every field and every state comes back as it was stored") {
  Measure full = measure("K-1001", "norsk", Date(2023, 1, 2), 7);
  full.end_date = Field<Date>::of(Date(2023, 6, 30));
  full.hours_per_week = Field<double>::of(37.5);
  full.completed = Field<bool>::of(true);

  Measure broken;
  broken.case_id = "K-1002";
  broken.code = Field<std::string>::invalid();
  broken.start_date = Field<Date>::invalid();
  broken.hours_per_week = Field<double>::invalid();
  broken.completed = Field<bool>::of(false);
  broken.line = 8;
  broken.raw = {{MeasureField::measure, "yoga"}, {MeasureField::start_date, "31.02.2023"},
                {MeasureField::hours_per_week, "mange"}};

  Measure empty;  // nothing given: every field empty, built in memory (line 0)

  MeasureTable t;
  for (const Measure& m : {full, broken, empty}) t.push_back(m);
  REQUIRE(t.size() == 3);
  check_same(t[0].value(), full);
  check_same(t[1].value(), broken);
  check_same(t[2].value(), empty);
  CHECK(t[0].code().value == "norsk");
  CHECK(t[1].code().is_invalid());
  CHECK(t[1].raw_text(MeasureField::measure) == "yoga");
  CHECK(t[1].raw_text(MeasureField::end_date).empty());
  CHECK(t[0].raw_text(MeasureField::measure).empty());
  CHECK(t[1].completed().parsed());
  CHECK_FALSE(t[1].completed().value);
  CHECK(t[2].case_id().empty());
  // A kept text whatever the field's state (a builder may keep one for a parsed field).
  Measure noted = full;
  noted.raw = {{MeasureField::case_id, "K 1001"}};
  t.push_back(noted);
  CHECK(t[3].raw_text(MeasureField::case_id) == "K 1001");
  check_same(t[3].value(), noted);
  CHECK(t[2].line() == 0);
  std::size_t n = 0;
  for (MeasureView m : t) CHECK(m.index() == n++);
  CHECK(n == 4);
}

TEST_CASE("parts joined in order keep their codes, case ids and kept texts") {
  MeasureTable a, b;
  a.push_back(measure("K1", "norsk", Date(2023, 1, 2), 2));
  a.push_back(measure("K1", "arbeidspraksis", Date(2023, 2, 1), 3));
  b.push_back(measure("K2", "arbeidspraksis", Date(2023, 3, 1), 4));
  Measure bad = measure("K3", "x", Date(2023, 4, 1), 5);
  bad.code = Field<std::string>::invalid();
  bad.raw = {{MeasureField::measure, "kurs"}};
  b.push_back(bad);
  b.push_back(measure("K3", "livsmestring", Date(2023, 5, 1), 6));
  a.append(std::move(b));
  REQUIRE(a.size() == 5);
  const char* codes[] = {"norsk", "arbeidspraksis", "arbeidspraksis", "", "livsmestring"};
  const char* cases[] = {"K1", "K1", "K2", "K3", "K3"};
  for (std::size_t i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(a[i].code().value == codes[i]);
    CHECK(a[i].case_id() == cases[i]);
    CHECK(a[i].line() == i + 2);
  }
  CHECK(a[3].raw_text(MeasureField::measure) == "kurs");
  CHECK(a[4].raw_text(MeasureField::measure).empty());
  CHECK(b.empty());

  MeasureTable empty;
  empty.append(std::move(a));
  CHECK(empty.size() == 5);
  CHECK(empty[3].raw_text(MeasureField::measure) == "kurs");
}

TEST_CASE("a measure takes 32 bytes and shares its case's id") {
  MeasureTable t;
  const std::size_t n = 10000;
  t.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    t.push_back(measure("K-" + std::to_string(i / 4), i % 2 ? "norsk" : "arbeidspraksis", Date(2023, 1, 2), i + 2));
  // Records, one case id per four measures (about 6 bytes each), two codes.
  const std::size_t bytes = t.memory_bytes();
  CHECK(bytes >= 32 * n);
  CHECK(bytes < 32 * n + 2 * n + 1000);
  CHECK(t[4].case_id() == "K-1");
  CHECK(t[n - 1].case_id() == "K-" + std::to_string((n - 1) / 4));
}
