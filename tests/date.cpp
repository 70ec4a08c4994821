#include <doctest/doctest.h>
#include <introcheck/date.hpp>

#include <cstdio>

using namespace introcheck;

TEST_CASE("ISO and Norwegian date forms") {
  CHECK(parse_date("2017-03-01") == Date(2017, 3, 1));
  CHECK(parse_date("01.03.2017") == Date(2017, 3, 1));
  CHECK(parse_date(" 2017-03-01 ") == Date(2017, 3, 1));
  CHECK(parse_iso_date("01.03.2017") == std::nullopt);
}

TEST_CASE("impossible and malformed dates are refused") {
  CHECK_FALSE(parse_date("2017-02-29"));
  CHECK(parse_date("2016-02-29") == Date(2016, 2, 29));
  CHECK_FALSE(parse_date("1900-02-29"));
  CHECK(parse_date("2000-02-29") == Date(2000, 2, 29));
  CHECK_FALSE(parse_date("2017-13-01"));
  CHECK_FALSE(parse_date("2017-04-31"));
  CHECK_FALSE(parse_date("2017-00-10"));
  CHECK_FALSE(parse_date("2017-1-10"));
  CHECK_FALSE(parse_date("2017/01/10"));
  CHECK_FALSE(parse_date("20170110"));
  CHECK_FALSE(parse_date(""));
  CHECK_FALSE(parse_date("-017-01-10"));
}

TEST_CASE("formatting and YYYYMMDD integers") {
  CHECK(format_iso(Date(2017, 3, 1)) == "2017-03-01");
  CHECK(format_iso(Date(boost::date_time::not_a_date_time)).empty());
  CHECK(to_yyyymmdd(Date(2017, 3, 1)) == 20170301);
  CHECK(from_yyyymmdd(20170301) == Date(2017, 3, 1));
  CHECK_FALSE(from_yyyymmdd(20170229));
  CHECK_FALSE(from_yyyymmdd(-1));
}

TEST_CASE("parsed dates equal boost's own construction (every day of 1890-2110, samples to 9999)") {
  // parse_date computes the day number itself; boost's constructor is the reference.
  std::size_t checked = 0;
  for (int y = 1400; y <= 9999; ++y) {
    if ((y < 1890 || y > 2110) && y % 97 != 0 && y != 1400 && y != 9999) continue;
    for (int m = 1; m <= 12; ++m)
      for (int d = 1; d <= 31; ++d) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
        auto parsed = introcheck::parse_date(text);
        REQUIRE(parsed.has_value() == introcheck::is_real_date(y, m, d));
        if (!parsed) continue;
        introcheck::Date expected(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                  static_cast<unsigned short>(d));
        REQUIRE(*parsed == expected);
        REQUIRE(parsed->day_of_week() == expected.day_of_week());
        ++checked;
      }
  }
  CHECK(checked >= 365 * 221);  // at least every day of 1890-2110
}
