// Reconciliation checks (IC401-IC409) as a table: the clean world is the
// clean participation and NIR's row for it, equal. See table.hpp.
#include "table.hpp"

namespace {

NirRow row_for(const Participation& p, std::size_t line) {
  NirRow r;
  r.person_id = p.person_id;
  r.category = p.category;
  r.follow_up_municipality = p.follow_up_municipality;
  r.follow_up_district = p.follow_up_district;
  r.start_date = p.start_date;
  r.end_date = p.end_date;
  r.end_reason = p.end_reason;
  r.line = line;
  return r;
}

World clean_reconciliation() {
  World w = clean_world();
  w.report.source.file = "nir.csv";
  w.report.has_follow_up_column = true;
  w.report.rows.push_back(row_for(w.p(), 3));
  return w;
}

NirRow& row(World& w) { return w.report.rows.front(); }

const std::vector<Row> rows = {
    // IC401: NIR ends a person the case system has still in the program.
    {"ended in NIR, still in the program here", "IC401", Kind::fires,
     [](World& w) {
       w.p().end_date = {};
       w.p().end_reason = {};
       w.m().end_date = {};
     },
     {{"IC401", "end_date"}}},
    {"ended in NIR, ended here the year before", "IC401", Kind::boundary,
     [](World& w) {
       w.p().end_date = on(2022, 12, 31);
       w.m().end_date = on(2022, 12, 31);
     },
     {{"IC401", "end_date"}}},
    {"ended in both on 1 January of Y", "IC401", Kind::near_miss,
     [](World& w) {
       w.p().end_date = on(2023, 1, 1);
       w.m().end_date = on(2023, 1, 1);
       row(w).end_date = on(2023, 1, 1);
     },
     {}},
    // IC402: ended here in Y, missing from the report.
    // An empty report names no municipality: the scope is given, as --municipality does.
    {"missing from the report", "IC402", Kind::fires,
     [](World& w) {
       w.report.rows.clear();
       w.scope.municipality = "0301";
     },
     {{"IC402", "end_date"}}},
    {"missing, but protected: explained", "IC402", Kind::near_miss,
     [](World& w) {
       w.report.rows.clear();
       w.scope.municipality = "0301";
       w.p().protected_address = yes();
     },
     {}},
    {"missing, but ended after T", "IC402", Kind::boundary,
     [](World& w) {
       w.report.rows.clear();
       w.scope.municipality = "0301";
       w.p().end_date = on(2024, 1, 16);
       w.m().end_date = on(2024, 1, 16);
     },
     {}},
    // IC403: NIR has another end reason.
    {"another end reason", "IC403", Kind::fires, [](World& w) { row(w).end_reason = text("arbeid_deltid"); },
     {{"IC403", "end_reason"}}},
    {"the same end reason", "IC403", Kind::near_miss, [](World&) {}, {}},
    // IC404: another end date.
    {"another end date, a day earlier", "IC404", Kind::boundary,
     [](World& w) { row(w).end_date = on(2023, 6, 29); }, {{"IC404", "end_date"}}},
    {"another end date", "IC404", Kind::fires, [](World& w) { row(w).end_date = on(2023, 5, 31); },
     {{"IC404", "end_date"}}},
    {"the same end date", "IC404", Kind::near_miss, [](World&) {}, {}},
    // IC405: another category.
    {"another category", "IC405", Kind::fires,
     [](World& w) { row(w).category = Field<Category>::of(Category::kan_tilbys); }, {{"IC405", "category"}}},
    {"no category in the report", "IC405", Kind::near_miss, [](World& w) { row(w).category = {}; }, {}},
    // IC406: NIR shows "ikke registrert" where the case system has a reason.
    {"reason not registered in NIR", "IC406", Kind::fires, [](World& w) { row(w).end_reason = {}; },
     {{"IC406", "end_reason"}}},
    {"no reason on either side", "IC406", Kind::near_miss,
     [](World& w) {
       row(w).end_reason = {};
       w.p().end_reason = {};
     },
     {}},
    // IC407: a person the case system does not know.
    // The row has no case: its findings are those without one.
    {"a person unknown here", "IC407", Kind::fires,
     [](World& w) { row(w).person_id = person(Date(1985, 5, 5)); }, {{"IC407", "person_id"}}, ""},
    {"the person known by a DUF number", "IC407", Kind::near_miss,
     [](World& w) {
       w.p().duf_number = duf();
       row(w).person_id = {};
       row(w).duf_number = duf();
     },
     {}},
    // IC408: the report shows another residence.
    {"another residence in the report", "IC408", Kind::fires,
     [](World& w) { row(w).residence_municipality = text("3201"); }, {{"IC408", "residence_municipality"}}},
    {"the follow-up place as residence", "IC408", Kind::near_miss,
     [](World& w) {
       row(w).residence_municipality = text("0301");
       row(w).residence_district = text("030101");
     },
     {}},
    // IC409: a protected person appears in the report.
    {"protected person in the report", "IC409", Kind::fires, [](World& w) { w.p().protected_address = yes(); },
     {{"IC409", "protected_address"}}},
    {"protected person in the report, another residence shown: IC409, not IC408", "IC409", Kind::boundary,
     [](World& w) {
       w.p().protected_address = yes();
       row(w).residence_municipality = text("3201");
     },
     {{"IC409", "protected_address"}}},
    {"not protected", "IC409", Kind::near_miss, [](World& w) { w.p().protected_address = no(); }, {}},
};

const bool registered = register_rows(rows);

// IC407 has no case: it is found by rule, on the report's file.
std::vector<Finding> unknown_persons(const World& w) {
  std::vector<Finding> out;
  for (Finding& f : run_reconcile(w))
    if (f.rule == "IC407") out.push_back(f);
  return out;
}

}  // namespace

TEST_CASE("reconciliation rules (IC401-IC409): fires, near miss, boundary") {
  CHECK(registered);
  run_table(rows, clean_reconciliation, run_reconcile, false);
}

TEST_CASE("IC407: exactly one finding for the unknown person's row, on the report's line") {
  World w = clean_reconciliation();
  row(w).person_id = person(Date(1985, 5, 5));
  auto found = unknown_persons(w);
  REQUIRE(found.size() == 1);
  CHECK(found[0].file == "nir.csv");
  CHECK(found[0].line == 3);
  CHECK(found[0].field == "person_id");
  row(w).person_id = w.p().person_id;
  CHECK(unknown_persons(w).empty());
}
