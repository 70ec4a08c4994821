// Hostile and damaged input: each case yields a clear error naming file, line
// and column, or findings — never a crash — and every row is accounted for.
#include <doctest/doctest.h>
#include <introcheck/import.hpp>
#include <introcheck/validate.hpp>

#include <string>

using namespace introcheck;

namespace {

const std::string header = "case_id;person_id;category;follow_up_municipality;start_date;end_date;leave_days\n";
const std::string good = "K1;12839010182;kan_tilbys;0301;2023-01-02;;\n";

Result<void> read(const std::string& bytes, Dataset& d) {
  ImportOptions o;
  o.reference_date = Date(2024, 1, 15);
  return import_participants(bytes, "p.csv", o, d);
}

// Reads, validates, checks rows_read = accepted + with findings + rejected.
ValidationReport run(const std::string& bytes) {
  Dataset d;
  auto r = read(bytes, d);
  REQUIRE_MESSAGE(r, (r ? "" : r.error().describe()));
  ValidationOptions v;
  v.year = 2023;
  v.as_of = Date(2024, 1, 15);
  Environment env;
  env.allow_synthetic = true;
  ValidationReport report = validate(d, env, v);
  const Summary& s = report.summary;
  CHECK(s.participants.rows_read == s.participants.accepted + s.participants_with_findings + s.participants.rejected);
  return report;
}

Error fails(const std::string& bytes) {
  Dataset d;
  auto r = read(bytes, d);
  REQUIRE_FALSE(r);
  CHECK(r.error().file == "p.csv");
  return r.error();
}

bool has(const ValidationReport& r, const char* rule, const char* field, std::size_t line) {
  for (const Finding& f : r.findings)
    if (f.rule == rule && f.field == field && f.line == line) return true;
  return false;
}

}  // namespace

TEST_CASE("invalid UTF-8 mixed with valid UTF-8: an error on the first bad byte's line") {
  Error e = fails(header + "K1;12839010182;kan_tilbys;0301;2023-01-02;;\nK2;x;Ordin\xC3\xA6r;0301;\xFF;;\n");
  CHECK(e.code == ErrorCode::encoding);
  CHECK(e.line == 3);
}

TEST_CASE("UTF-16 without a byte-order mark, and NUL bytes") {
  std::string utf16;
  for (char c : header) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  Error e = fails(utf16);
  CHECK(e.code == ErrorCode::encoding);
  CHECK(e.line == 1);
  std::string with_nul = header + "K1;1283901";
  with_nul.push_back('\0');
  with_nul += "0182;kan_tilbys;0301;2023-01-02;;\n";
  Error nul = fails(with_nul);
  CHECK(nul.code == ErrorCode::encoding);
  CHECK(nul.line == 2);
}

TEST_CASE("mixed line endings") {
  auto r = run("case_id;person_id;category;follow_up_municipality;start_date\r\n"
               "K1;12839010182;kan_tilbys;0301;2023-01-02\n"
               "K2;05878812028;kan_tilbys;0301;2023-01-02\r"
               "K3;23919514086;kan_tilbys;0301;2023-13-02\r\n");
  CHECK(r.summary.participants.rows_read == 3);
  CHECK(has(r, "IC006", "start_date", 4));  // the line count survived every kind of ending
}

TEST_CASE("quoted fields with delimiters, quotes and line breaks keep their lines") {
  auto r = run(header + "\"K;1\";12839010182;kan_tilbys;0301;2023-01-02;;\"7\n3\"\nK2;05878812028;kan_tilbys;0301;\"2023-01-02\";;\"\"\"5\"\n");
  CHECK(r.summary.participants.rows_read == 2);
  CHECK(has(r, "IC006", "leave_days", 2));
  CHECK(has(r, "IC006", "leave_days", 4));
}

TEST_CASE("unterminated quote, missing and duplicate columns, empty file") {
  Error quote = fails(header + good + "K2;\"05878812028;kan_tilbys;0301;2023-01-02;;\n");
  CHECK(quote.code == ErrorCode::parse);
  CHECK(quote.line == 3);
  Error missing = fails("case_id;person_id;follow_up_municipality;start_date\n" + good);
  CHECK(missing.field == "category");
  CHECK(missing.line == 1);
  Error twice = fails("case_id;person_id;category;CATEGORY;follow_up_municipality;start_date\n");
  CHECK(twice.field == "category");
  Error empty = fails("");
  CHECK(empty.line == 1);
  CHECK(empty.message.find("empty") != std::string::npos);
}

TEST_CASE("extra columns are listed, a header alone is zero rows") {
  auto extra = run("case_id;person_id;category;follow_up_municipality;start_date;shoe_size;note\n"
                   "K1;12839010182;kan_tilbys;0301;2023-01-02;42;x\n");
  CHECK(extra.summary.participants.unknown_columns == std::vector<std::string>{"shoe_size", "note"});
  auto only = run(header);
  CHECK(only.summary.participants.rows_read == 0);
  CHECK(only.findings.empty());
}

TEST_CASE("a 10 MB field is read, reported, and only an excerpt is kept") {
  std::string huge(10'000'000, '7');
  auto r = run(header + "K1;12839010182;kan_tilbys;0301;" + huge + ";;\n");
  REQUIRE(has(r, "IC006", "start_date", 2));
  for (const Finding& f : r.findings) CHECK(f.message.size() < 1000);
}

TEST_CASE("impossible dates and numbers out of range are findings on their field") {
  auto r = run(header + "K1;12839010182;kan_tilbys;0301;2017-02-29;2017-13-01;731\n");
  CHECK(has(r, "IC006", "start_date", 2));
  CHECK(has(r, "IC006", "end_date", 2));
  CHECK(has(r, "IC006", "leave_days", 2));
  CHECK(r.summary.participants_with_findings == 1);
  CHECK(r.summary.participants.accepted == 0);
}

TEST_CASE("a different kind of file") {
  std::string binary;
  for (int i = 0; i < 256; ++i) binary.push_back(static_cast<char>(i));
  CHECK(fails(binary).code == ErrorCode::encoding);
  Error xlsx = fails(std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml");
  CHECK(xlsx.message.find("save it as CSV") != std::string::npos);
  Error xls = fails(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  CHECK(xls.message.find("save it as CSV") != std::string::npos);
}

TEST_CASE("a header with 200 000 columns and one huge line are read") {
  std::string wide = "case_id;person_id;category;follow_up_municipality;start_date";
  for (int i = 0; i < 200000; ++i) wide += ";c" + std::to_string(i);
  auto r = run(wide + "\n" + good);
  CHECK(r.summary.participants.unknown_columns.size() == 200000);
  std::string line = "K1;12839010182;kan_tilbys;0301;2023-01-02";
  for (int i = 0; i < 200000; ++i) line += ";x";
  auto long_line = run(header + line + "\n");
  CHECK(long_line.summary.participants.rows_read == 1);
}

TEST_CASE("input over the size limit is refused with a clear message") {
  Dataset d;
  ImportOptions o;
  o.max_bytes = 100;
  auto r = import_participants(header + good + good + good, "p.csv", o, d);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ErrorCode::limit);
  CHECK(r.error().message.find("limit") != std::string::npos);
}
