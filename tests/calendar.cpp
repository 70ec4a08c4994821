#include <doctest/doctest.h>
#include <introcheck/calendar.hpp>

using namespace introcheck;

TEST_CASE("Easter Sunday") {
  CHECK(easter_sunday(2017) == Date(2017, 4, 16));
  CHECK(easter_sunday(2018) == Date(2018, 4, 1));
  CHECK(easter_sunday(2019) == Date(2019, 4, 21));
  CHECK(easter_sunday(2024) == Date(2024, 3, 31));
  CHECK(easter_sunday(2038) == Date(2038, 4, 25));  // latest possible
  CHECK(easter_sunday(2285) == Date(2285, 3, 22));  // earliest possible
}

TEST_CASE("public holidays of 2024") {
  const Date holidays[] = {
      {2024, 1, 1},   {2024, 3, 28}, {2024, 3, 29}, {2024, 3, 31}, {2024, 4, 1},
      {2024, 5, 1},   {2024, 5, 9},  {2024, 5, 17}, {2024, 5, 19}, {2024, 5, 20},
      {2024, 12, 25}, {2024, 12, 26}};
  for (Date d : holidays) {
    CAPTURE(format_iso(d));
    CHECK(is_public_holiday(d));
    CHECK_FALSE(is_working_day(d));
  }
  int weekday_holidays = 0;
  for (Date d(2024, 1, 1); d.year() == 2024; d += boost::gregorian::days(1))
    if (is_public_holiday(d) && d.day_of_week() != boost::date_time::Sunday) ++weekday_holidays;
  CHECK(weekday_holidays == 10);  // the 12 above less Easter and Whit Sunday
}

TEST_CASE("Sundays are holidays, Saturdays are not working days") {
  CHECK(is_public_holiday(Date(2024, 6, 9)));  // a Sunday
  CHECK_FALSE(is_public_holiday(Date(2024, 6, 8)));
  CHECK_FALSE(is_working_day(Date(2024, 6, 8)));
  CHECK(is_working_day(Date(2024, 6, 10)));
  CHECK_FALSE(is_public_holiday(Date(2024, 12, 24)));  // Christmas Eve is not in the law
}

TEST_CASE("deadlines move to the next working day") {
  CHECK(next_working_day(Date(2017, 1, 15)) == Date(2017, 1, 16));  // Sunday
  CHECK(next_working_day(Date(2020, 12, 25)) == Date(2020, 12, 28));  // Fri, Sat, Sun
  CHECK(next_working_day(Date(2024, 3, 28)) == Date(2024, 4, 2));  // Easter
  CHECK(next_working_day(Date(2024, 3, 27)) == Date(2024, 3, 27));
}

TEST_CASE("the builtin deadline table") {
  const DeadlineTable& t = DeadlineTable::builtin();
  auto d2016 = t.find(2016);
  REQUIRE(d2016);
  CHECK(d2016->announced == Date(2017, 1, 15));
  CHECK(d2016->effective() == Date(2017, 1, 16));
  auto d2017 = t.find(2017);
  REQUIRE(d2017);
  CHECK(d2017->announced == Date(2018, 1, 15));
  CHECK(d2017->reopened == Date(2018, 3, 16));
  CHECK(d2017->effective() == Date(2018, 3, 16));
  auto d2020 = t.find(2020);
  REQUIRE(d2020);
  CHECK(d2020->effective() == Date(2021, 3, 1));  // 2021-02-28 was a Sunday
  CHECK(t.find(2023)->effective() == Date(2024, 2, 29));
  CHECK_FALSE(t.find(2019));
  CHECK_FALSE(t.find(2030));
  CHECK(t.entries().size() == 7);
}

TEST_CASE("the deadline in force: announced until it has passed, then reopened") {
  const DeadlineTable& t = DeadlineTable::builtin();
  const Deadline d2017 = *t.find(2017);  // announced 2018-01-15 (a Monday), reopened 2018-03-16
  CHECK(d2017.in_force(Date(2018, 1, 10)) == Date(2018, 1, 15));
  CHECK(d2017.in_force(Date(2018, 1, 15)) == Date(2018, 1, 15));  // the announced day itself
  CHECK(d2017.in_force(Date(2018, 1, 16)) == Date(2018, 3, 16));  // the day after
  CHECK(d2017.in_force(Date(2018, 6, 1)) == Date(2018, 3, 16));   // past the reopened one too
  CHECK(d2017.effective() == Date(2018, 3, 16));                  // the last day, whatever the date

  // Without a reopening: the announced date, before and after it.
  const Deadline d2023 = *t.find(2023);
  CHECK(d2023.in_force(Date(2024, 1, 15)) == Date(2024, 2, 29));
  CHECK(d2023.in_force(Date(2024, 3, 1)) == Date(2024, 2, 29));

  // Both dates move to a working day, and "passed" is after the moved day:
  // 2021-02-28 was a Sunday, 2021-04-03 Easter Saturday.
  Deadline moved{2020, Date(2021, 2, 28), Date(2021, 4, 3)};
  CHECK(moved.in_force(Date(2021, 2, 28)) == Date(2021, 3, 1));
  CHECK(moved.in_force(Date(2021, 3, 1)) == Date(2021, 3, 1));
  CHECK(moved.in_force(Date(2021, 3, 2)) == Date(2021, 4, 6));
}

TEST_CASE("days left are calendar days") {
  CHECK(days_left(Date(2017, 1, 16), Date(2017, 1, 10)) == 6);
  CHECK(days_left(Date(2017, 1, 16), Date(2017, 1, 16)) == 0);
  CHECK(days_left(Date(2017, 1, 16), Date(2017, 1, 20)) == -4);
}

TEST_CASE("a replacement deadline table") {
  auto t = DeadlineTable::from_csv("reporting_year,announced,reopened\n2030,2031-02-28,\n", "mine.csv");
  REQUIRE(t);
  REQUIRE(t.value().find(2030));
  CHECK(t.value().find(2030)->effective() == Date(2031, 2, 28));
  CHECK_FALSE(t.value().find(2016));
  CHECK(t.value().version().rfind("custom-", 0) == 0);

  auto bad = DeadlineTable::from_csv("reporting_year,announced\n2030,2031-02-30\n", "mine.csv");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().describe() == "mine.csv:2: announced: not a date (YYYY-MM-DD)");

  auto twice = DeadlineTable::from_csv("reporting_year,announced\n2030,2031-02-28\n2030,2031-03-01\n", "x");
  CHECK_FALSE(twice);
  auto missing = DeadlineTable::from_csv("year,announced\n2030,2031-02-28\n", "x");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().field == "reporting_year");
}

TEST_CASE("today in Oslo is a real date") {
  Date today = today_oslo();
  CHECK_FALSE(today.is_special());
  CHECK(today.year() >= 2024);
  // Oslo is UTC+1 or UTC+2: the same day as UTC, or the next one late in the evening.
  Date utc = boost::gregorian::day_clock::universal_day();
  CHECK(((today - utc).days() == 0 || (today - utc).days() == 1));
}
