#include <doctest/doctest.h>
#include <introcheck/json.hpp>

using namespace introcheck;

TEST_CASE("JSON strings are escaped and always valid UTF-8") {
  CHECK(json_quote("abc") == "\"abc\"");
  CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(json_quote("line\nnext\ttab") == "\"line\\nnext\\ttab\"");
  CHECK(json_quote(std::string_view("\x01", 1)) == "\"\\u0001\"");
  CHECK(json_quote("Tromsø") == "\"Tromsø\"");
  CHECK(json_quote("\xF8") == "\"\xEF\xBF\xBD\"");       // a lone Latin-1 byte
  CHECK(json_quote("\xE2\x82") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // truncated sequence
  CHECK(json_quote_or_null(std::nullopt) == "null");
}
