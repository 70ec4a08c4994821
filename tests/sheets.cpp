// Reports as spreadsheet tables (sheets.hpp): every finding a row with its
// labels, tones by severity, names Excel accepts, widths, and a suppressed
// count that never shows its value (tests/cli/test_xlsx.py reads real
// workbooks back).
#include <doctest/doctest.h>
#include <introcheck/sheets.hpp>

#include <string>

using namespace introcheck;

namespace {

Finding finding(const std::string& rule, Severity severity, const std::string& case_id, std::size_t line) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.case_id = case_id;
  f.municipality = "0301";
  f.file = "participants.csv";
  f.line = line;
  f.field = "end_reason";
  f.message = "Melding " + case_id;
  return f;
}

ValidationReport sample() {
  ValidationReport r;
  r.summary.year = 2023;
  r.summary.as_of = Date(2024, 1, 15);
  r.summary.measure_rules_ran = true;
  r.summary.errors = 1;
  r.summary.warnings = 1;
  r.findings.push_back(finding("IC101", Severity::error, "K1", 2));
  r.findings.push_back(finding("IC106", Severity::warning, "K2", 3));
  Finding acknowledged = finding("IC101", Severity::error, "K3", 4);
  acknowledged.acknowledged = true;
  r.findings.push_back(acknowledged);
  return r;
}

const std::string& text_of(const Cell& c) { return std::get<std::string>(c.value); }

std::size_t column(const Sheet& s, std::string_view key) {
  for (std::size_t i = 0; i < s.columns.size(); ++i)
    if (s.columns[i].key == key) return i;
  FAIL("no column " << key);
  return 0;
}

void check_shape(const Workbook& book) {
  for (const Sheet& s : book.sheets) {
    CAPTURE(s.name);
    CHECK(!s.name.empty());
    CHECK(s.name.find_first_of("[]:*?/\\") == std::string::npos);
    std::size_t chars = 0;
    for (unsigned char c : s.name) chars += (c & 0xC0) != 0x80;
    CHECK(chars <= 31);
    for (const auto& row : s.rows) CHECK(row.size() == s.columns.size());
    for (const SheetColumn& c : s.columns) {
      CHECK(c.width >= 8);
      CHECK(c.width <= 80);
    }
  }
}

}  // namespace

TEST_CASE("a validation: every finding a row, labels in the language, tones by severity") {
  const Workbook book = tabulate(sample(), Language::nb);
  check_shape(book);
  CHECK(book.created == Date(2024, 1, 15));
  REQUIRE(book.sheets.size() == 2);
  const Sheet& f = book.sheets[0];
  CHECK(f.name == "Funn");
  CHECK(f.table);
  REQUIRE(f.rows.size() == 3);
  const std::size_t sev = column(f, "severity"), rule = column(f, "rule"), field = column(f, "field");
  CHECK(f.columns[sev].heading == "Alvorlighet");
  CHECK(text_of(f.rows[0][sev]) == "Feil");
  CHECK(f.rows[0][sev].tone == CellTone::error);
  CHECK(text_of(f.rows[1][sev]) == "Advarsel");
  CHECK(f.rows[1][sev].tone == CellTone::warning);
  CHECK(f.rows[2][sev].tone == CellTone::muted);  // acknowledged: shown, not counted
  CHECK(text_of(f.rows[2][column(f, "acknowledged")]) == "ja");
  CHECK(std::holds_alternative<std::monostate>(f.rows[0][column(f, "acknowledged")].value));
  CHECK(text_of(f.rows[0][rule]) == "IC101");
  CHECK(text_of(f.rows[0][field]) != "end_reason");  // the column's label
  CHECK(std::get<long long>(f.rows[1][column(f, "line")].value) == 3);
  CHECK(f.columns[column(f, "line")].kind == ColumnKind::number);

  const Workbook en = tabulate(sample(), Language::en);
  CHECK(en.sheets[0].name == "Findings");
  CHECK(text_of(en.sheets[0].rows[0][sev]) == "Error");
  CHECK(en.sheets[1].name == "Summary");
  CHECK(!en.sheets[1].table);
}

TEST_CASE("the summary sheet: counts, dates, and the rows of each file") {
  ValidationReport r = sample();
  r.summary.participants.file = "participants.csv";
  r.summary.participants.rows_read = 10;
  r.summary.participants.accepted = 7;
  r.summary.participants_with_findings = 2;
  r.summary.participants.rejected = 1;
  r.summary.skipped_rules.push_back({"IC110", "no end_goal", {"end_goal"}});
  const Workbook book = tabulate(r, Language::en);
  const Sheet& s = book.sheets[1];
  auto value = [&](std::string_view label) -> const CellValue& {
    for (const auto& row : s.rows)
      if (auto t = std::get_if<std::string>(&row[0].value); t && *t == label) return row[1].value;
    FAIL("no line " << label);
    static CellValue none;
    return none;
  };
  CHECK(std::get<long long>(value("Errors")) == 1);
  CHECK(std::get<long long>(value("Warnings")) == 1);
  CHECK(std::get<Date>(value("As of")) == Date(2024, 1, 15));
  CHECK(std::get<long long>(value("Rows read")) == 10);
  CHECK(std::get<long long>(value("Rows without findings")) == 7);
  CHECK(std::get<long long>(value("Rows with findings")) == 2);
  CHECK(std::get<long long>(value("Rows rejected")) == 1);
  CHECK(std::get<std::string>(value("Rules not run for lack of a column")) == "IC110 (end_goal)");
}

TEST_CASE("results: group labels as headings, a suppressed count never shows its value") {
  PublishedResults results;
  ResultRow row;
  row.municipality = "0301";
  row.category = Category::kan_tilbys;
  row.ended = {12, false};
  row.groups[0] = {3, true};  // suppressed: the 3 must not reach the sheet
  row.groups[1] = {9, false};
  row.share_work_education = 0.75;
  row.share_suppressed = true;
  results.rows.push_back(row);
  const Workbook book = tabulate(results, 2023, Date(2024, 1, 15), Language::nb);
  check_shape(book);
  const Sheet& s = book.sheets[0];
  CHECK(s.name == "Resultater");
  const std::size_t arbeid = column(s, "arbeid"), utdanning = column(s, "utdanning");
  CHECK(s.columns[arbeid].heading == "Arbeid");
  CHECK(s.columns[column(s, "ikke_registrert")].heading == "Ikke registrert");
  CHECK(text_of(s.rows[0][arbeid]) == "-");
  CHECK(s.rows[0][arbeid].tone == CellTone::muted);
  CHECK(std::get<long long>(s.rows[0][utdanning].value) == 9);
  CHECK(text_of(s.rows[0][column(s, "share_work_education")]) == "-");
  CHECK(text_of(s.rows[0][column(s, "category")]) == "Kan tilbys introduksjonsprogram");
  CHECK(s.columns[column(s, "share_work_education")].kind == ColumnKind::share);
}

TEST_CASE("a reconciliation: what to do, the accounting, the absences in words") {
  ReconcileReport r;
  r.base = sample();
  r.base.findings.push_back(finding("IC401", Severity::error, "K9", 5));
  r.counts.report_rows = 4;
  r.counts.matched_equal = 2;
  r.municipalities = {"0301"};
  r.absences.push_back({"K7", "0301", 8, "protected_address"});
  const Workbook book = tabulate(r, Language::nb);
  check_shape(book);
  REQUIRE(book.sheets.size() == 4);
  const Sheet& f = book.sheets[0];
  const std::size_t action = column(f, "action");
  CHECK(text_of(f.rows[3][action]) == "Rett i NIR");
  CHECK(text_of(f.rows[0][action]) == "Rett i fagsystemet");
  const Sheet& summary = book.sheets[1];
  CHECK(text_of(summary.rows[1][0]) == "Rader i rapporten");
  CHECK(std::get<long long>(summary.rows[1][1].value) == 4);
  const Sheet& absences = book.sheets[2];
  CHECK(absences.name == "Forklart fravær");
  REQUIRE(absences.rows.size() == 1);
  CHECK(text_of(absences.rows[0][3]) != "protected_address");
}

TEST_CASE("every sheet name, in every language, is one Excel accepts") {
  // Excel refuses a name over 31 characters or with []:*?/\ in it: the
  // catalogue's words are the names, so each is checked here.
  for (Language l : {Language::nb, Language::nn, Language::en}) {
    ReconcileReport r;
    r.base = sample();
    check_shape(tabulate(r, l));
    check_shape(tabulate(PublishedResults{}, 2023, Date(2024, 1, 15), l));
  }
}
