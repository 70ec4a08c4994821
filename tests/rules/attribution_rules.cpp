// Attribution, transfer and special cases (IC201-IC205) as a table. See
// table.hpp for what a row asserts.
#include "table.hpp"

namespace {

const std::vector<Row> rows = {
    // IC201: residence other than the follow-up place; NIR counts for the follow-up one.
    {"residence in another municipality", "IC201", Kind::fires,
     [](World& w) {
       w.p().residence_municipality = text("3201");
       w.p().residence_district = {};
     },
     {{"IC201", "residence_municipality"}}},
    {"residence in another district of the same municipality", "IC201", Kind::fires,
     [](World& w) { w.p().residence_district = text("030102"); }, {{"IC201", "residence_municipality"}}},
    {"residence district unknown, same municipality", "IC201", Kind::near_miss,
     [](World& w) { w.p().residence_district = {}; }, {}},
    {"another residence, but protected: never shown", "IC201", Kind::boundary,
     [](World& w) {
       w.p().residence_municipality = text("3201");
       w.p().residence_district = {};
       w.p().protected_address = yes();
     },
     {{"IC202", "protected_address"}}},
    // IC202: a protected address; an unparseable value counts as protected.
    {"protected address", "IC202", Kind::fires, [](World& w) { w.p().protected_address = yes(); },
     {{"IC202", "protected_address"}}},
    {"protected address that does not parse: fails closed", "IC202", Kind::boundary,
     [](World& w) { w.p().protected_address = Field<bool>::invalid(); },
     {{"IC006", "protected_address"}, {"IC202", "protected_address"}}},
    {"not protected", "IC202", Kind::near_miss, [](World& w) { w.p().protected_address = no(); }, {}},
    {"protected, but not in the program in Y", "IC202", Kind::near_miss,
     [](World& w) {
       w.p().protected_address = yes();
       w.p().start_date = on(2020, 1, 6);
       w.p().end_date = on(2021, 12, 31);
       w.m().start_date = on(2020, 1, 6);
       w.m().end_date = on(2021, 12, 31);
       w.p().settlement_date = on(2019, 11, 15);
     },
     {}},
    // IC203: the follow-up municipality changes on 1 January after Y and T
    // lies between that day and the deadline (2024-02-29 for 2023 on
    // 2024-01-01 Halden 3001 -> 3101).
    {"reformed municipality, as of the deadline", "IC203", Kind::boundary,
     [](World& w) {
       w.p().follow_up_municipality = text("3001");
       w.p().residence_municipality = text("3001");
       w.p().follow_up_district = {};
       w.p().residence_district = {};
       w.as_of = Date(2024, 2, 29);
     },
     {{"IC203", ""}, {"IC204", ""}}},
    {"reformed municipality, as of 1 January", "IC203", Kind::fires,
     [](World& w) {
       w.p().follow_up_municipality = text("3001");
       w.p().residence_municipality = text("3001");
       w.p().follow_up_district = {};
       w.p().residence_district = {};
       w.as_of = Date(2024, 1, 1);
     },
     {{"IC203", ""}, {"IC204", ""}}},
    {"reformed municipality, the day after the deadline", "IC203", Kind::boundary,
     [](World& w) {
       w.p().follow_up_municipality = text("3001");
       w.p().residence_municipality = text("3001");
       w.p().follow_up_district = {};
       w.p().residence_district = {};
       w.as_of = Date(2024, 3, 1);
     },
     {{"IC204", ""}}},
    {"reformed municipality, checked before the reform", "IC203", Kind::near_miss,
     [](World& w) {
       w.p().follow_up_municipality = text("3001");
       w.p().residence_municipality = text("3001");
       w.p().follow_up_district = {};
       w.p().residence_district = {};
       w.as_of = Date(2023, 12, 31);
     },
     {}},
    // IC204: a code valid during the participation, no longer valid on T.
    {"code replaced since", "IC204", Kind::fires,
     [](World& w) {
       w.p().follow_up_municipality = text("3001");
       w.p().residence_municipality = text("3001");
       w.p().follow_up_district = {};
       w.p().residence_district = {};
       w.as_of = Date(2024, 6, 1);
     },
     {{"IC204", ""}}},
    {"code still valid", "IC204", Kind::near_miss, [](World&) {}, {}},
    // IC205: covid extension: NIR ends it itself.
    {"covid extension", "IC205", Kind::fires,
     [](World& w) {
       w.p().covid_extension = yes();
       w.p().end_date = {};
       w.p().end_reason = {};
       w.m().end_date = {};
     },
     {{"IC205", "covid_extension"}}},
    {"no covid extension", "IC205", Kind::near_miss, [](World& w) { w.p().covid_extension = no(); }, {}},
};

const bool registered = register_rows(rows);

}  // namespace

TEST_CASE("attribution rules (IC201-IC205): fires, near miss, boundary") {
  CHECK(registered);
  run_table(rows, clean_world, run_validate, false);
}
