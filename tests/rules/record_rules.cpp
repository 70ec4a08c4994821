// Record checks (IC001-IC015) as a table: each row on its own, before any
// year logic. See table.hpp for what a row asserts.
#include "table.hpp"

namespace {

using F = ParticipationField;

// Follow-up and residence in `code`, with no districts.
void municipality(World& w, const char* code) {
  w.p().follow_up_municipality = text(code);
  w.p().residence_municipality = text(code);
  w.p().follow_up_district = {};
  w.p().residence_district = {};
}

// The participation and its measure moved to [start, end], settled on the
// day it starts (so IC109 and IC114 stay out).
void period(World& w, Date start, Date end) {
  w.p().start_date = on(start);
  w.p().settlement_date = on(start);
  w.p().end_date = on(end);
  w.m().start_date = on(start);
  w.m().end_date = on(end);
}

// Another participation of the clean person (or of `who`), before 2023:
// no year-end rule looks at it.
Participation earlier(const std::string& case_id, Field<PersonId> who) {
  Participation q = clean_participation(case_id);
  q.person_id = who;
  q.start_date = on(2021, 1, 4);
  q.end_date = on(2021, 12, 31);
  q.line = 3;
  return q;
}

const std::vector<Row> rows = {
    // IC001: an id that does not parse; the other id column is checked on its own.
    {"invalid person id", "IC001", Kind::fires,
     [](World& w) {
       w.p().person_id = Field<PersonId>::invalid();
       w.p().raw.push_back({F::person_id, "12839010183"});
     },
     {{"IC001", "person_id"}}},
    {"invalid DUF number beside a valid person id", "IC001", Kind::fires,
     [](World& w) {
       w.p().duf_number = Field<PersonId>::invalid();
       w.p().raw.push_back({F::duf_number, "201510001409"});
     },
     {{"IC001", "duf_number"}}},
    {"no person id but a valid DUF number", "IC001", Kind::near_miss,
     [](World& w) {
       w.p().person_id = {};
       w.p().duf_number = duf();
     },
     {}},

    // IC002: synthetic ids only when test ids are not allowed.
    {"synthetic id, test ids not allowed", "IC002", Kind::fires, [](World& w) { w.allow_synthetic = false; },
     {{"IC002", "person_id"}}},
    {"test ids not allowed, a DUF number only (never synthetic)", "IC002", Kind::near_miss,
     [](World& w) {
       w.allow_synthetic = false;
       w.p().person_id = {};
       w.p().duf_number = duf();
     },
     {}},

    // IC003. Without a category IC108 and IC109 (rett og plikt only) stay silent.
    {"category missing", "IC003", Kind::fires, [](World& w) { w.p().category = {}; }, {{"IC003", "category"}}},
    {"category unknown", "IC003", Kind::fires,
     [](World& w) {
       w.p().category = Field<Category>::invalid();
       w.p().raw.push_back({F::category, "flyktning"});
     },
     {{"IC003", "category"}}},
    {"category kan tilbys", "IC003", Kind::near_miss,
     [](World& w) { w.p().category = Field<Category>::of(Category::kan_tilbys); }, {}},

    // IC004: valid on no day of the participation (validity is half-open:
    // 0101 Halden's last day is 31 December 2019), and no successor of a code that was.
    {"follow-up and residence code that never existed", "IC004", Kind::fires,
     [](World& w) { municipality(w, "0399"); },
     {{"IC004", "follow_up_municipality"}, {"IC004", "residence_municipality"}}},
    // IC201 compares codes, not their validity, so it comes along.
    {"residence code expired before the participation", "IC004", Kind::fires,
     [](World& w) {
       w.p().residence_municipality = text("0102");
       w.p().residence_district = {};
     },
     {{"IC004", "residence_municipality"}, {"IC201", "residence_municipality"}}},
    // 9999 "Uoppgitt" is in the classification, but results cannot count for it.
    {"follow-up municipality 9999", "IC004", Kind::fires, [](World& w) { municipality(w, "9999"); },
     {{"IC004", "follow_up_municipality"}}},
    // Outside 2023 no year-end or attribution rule looks at the participation.
    {"code valid on the first day of the participation only", "IC004", Kind::boundary,
     [](World& w) {
       municipality(w, "0101");
       period(w, Date(2019, 12, 31), Date(2020, 6, 30));
     },
     {}},
    {"code expired the day before the participation", "IC004", Kind::boundary,
     [](World& w) {
       municipality(w, "0101");
       period(w, Date(2020, 1, 1), Date(2020, 6, 30));
     },
     {{"IC004", "follow_up_municipality"}, {"IC004", "residence_municipality"}}},
    {"new code used before its reform (3001 succeeds 0101)", "IC004", Kind::near_miss,
     [](World& w) {
       municipality(w, "3001");
       period(w, Date(2019, 3, 1), Date(2019, 12, 31));
     },
     {}},

    // IC005.
    {"district that does not exist", "IC005", Kind::fires,
     [](World& w) {
       w.p().follow_up_district = text("030120");
       w.p().residence_district = text("030120");
     },
     {{"IC005", "follow_up_district"}, {"IC005", "residence_district"}}},
    {"district xx99 Uoppgitt", "IC005", Kind::near_miss,
     [](World& w) {
       w.p().follow_up_district = text("030199");
       w.p().residence_district = text("030199");
     },
     {}},

    // IC006: required fields, and values that do not parse.
    {"leave days not a number", "IC006", Kind::fires,
     [](World& w) {
       w.p().leave_days = Field<int>::invalid();
       w.p().raw.push_back({F::leave_days, "mange"});
     },
     {{"IC006", "leave_days"}}},
    // Without a start the participation takes part in no year: nothing else runs.
    {"start date missing", "IC006", Kind::fires, [](World& w) { w.p().start_date = {}; },
     {{"IC006", "start_date"}}},
    {"end date invalid", "IC006", Kind::fires,
     [](World& w) {
       w.p().end_date = Field<Date>::invalid();
       w.p().raw.push_back({F::end_date, "2023-06-31"});
     },
     {{"IC006", "end_date"}}},
    {"no person id and no DUF number", "IC006", Kind::fires, [](World& w) { w.p().person_id = {}; },
     {{"IC006", "person_id"}}},
    {"measure code missing", "IC006", Kind::fires, [](World& w) { w.m().code = {}; }, {{"IC006", "measure"}}},
    // An unusable measure counts for nothing: no measure in 2023 (IC102).
    {"measure end date invalid", "IC006", Kind::fires,
     [](World& w) {
       w.m().end_date = Field<Date>::invalid();
       w.m().raw.push_back({MeasureField::end_date, "31.02.2023"});
     },
     {{"IC006", "end_date"}, {"IC102", ""}}},
    {"zero leave days", "IC006", Kind::near_miss, [](World& w) { w.p().leave_days = Field<int>::of(0); }, {}},

    // IC007. No measure fits in an empty period, so IC104 comes along.
    {"one-day participation", "IC007", Kind::near_miss,
     [](World& w) { period(w, Date(2023, 6, 30), Date(2023, 6, 30)); }, {}},
    {"ends the day before it starts", "IC007", Kind::fires,
     [](World& w) {
       period(w, Date(2023, 7, 1), Date(2023, 7, 1));
       w.p().end_date = on(2023, 6, 30);
     },
     {{"IC007", "end_date"}, {"IC104", "start_date"}}},

    // IC008 (the importer marks a code not in the list invalid).
    {"end reason not in NIR's list", "IC008", Kind::fires,
     [](World& w) {
       w.p().end_reason = Field<std::string>::invalid();
       w.p().raw.push_back({F::end_reason, "ferie"});
     },
     {{"IC008", "end_reason"}}},
    {"another listed end reason", "IC008", Kind::near_miss,
     [](World& w) { w.p().end_reason = text("arbeid_deltid"); }, {}},

    // IC009.
    {"measure code not in NIR's list", "IC009", Kind::fires,
     [](World& w) {
       w.m().code = Field<std::string>::invalid();
       w.m().raw.push_back({MeasureField::measure, "kurs"});
     },
     {{"IC009", "measure"}}},
    {"another listed measure code", "IC009", Kind::near_miss, [](World& w) { w.m().code = text("arbeidspraksis"); },
     {}},

    // IC010: reported on the later row only.
    {"same case_id again, for another person", "IC010", Kind::fires,
     [](World& w) { w.participations.push_back(earlier("K1", person(Date(1988, 7, 5)))); },
     {{"IC010", "case_id"}}},
    {"the person's earlier participation under its own case_id", "IC010", Kind::near_miss,
     [](World& w) { w.participations.push_back(earlier("K2", person(clean_birth))); }, {}, "K2"},

    // IC011.
    {"measure for a case that is not there", "IC011", Kind::fires,
     [](World& w) { w.measures.push_back(measure("K404", Date(2023, 1, 1), Date(2023, 2, 1))); },
     {{"IC011", "case_id"}}, "K404"},
    {"another measure of the participation", "IC011", Kind::near_miss,
     [](World& w) { w.measures.push_back(measure("K1", Date(2023, 1, 1), Date(2023, 2, 1))); }, {}},

    // IC012. The measure stays open, so IC111 has nothing to say.
    {"end reason without end date", "IC012", Kind::fires,
     [](World& w) {
       w.p().end_date = {};
       w.m().end_date = {};
     },
     {{"IC012", "end_reason"}}},
    {"open, without end reason", "IC012", Kind::near_miss, keep_open, {}},

    // IC013: after T (15 January 2024), not on it. A 2024 end is no 2023 end (no IC101).
    {"end date on the as-of date", "IC013", Kind::boundary, [](World& w) { w.p().end_date = on(w.as_of); }, {}},
    {"end date the day after the as-of date", "IC013", Kind::boundary,
     [](World& w) { w.p().end_date = on(w.as_of + days(1)); }, {{"IC013", "end_date"}}},
    {"settlement after the as-of date", "IC013", Kind::fires,
     [](World& w) { w.p().settlement_date = on(w.as_of + days(1)); }, {{"IC013", "settlement_date"}}},
    // A measure only on its start: a running measure may have a planned end.
    {"measure starting on the as-of date", "IC013", Kind::boundary,
     [](World& w) {
       keep_open(w);
       w.measures.push_back(measure("K1", w.as_of, Date(2024, 2, 15)));
     },
     {}},
    {"measure starting the day after the as-of date", "IC013", Kind::boundary,
     [](World& w) {
       keep_open(w);
       w.measures.push_back(measure("K1", w.as_of + days(1), Date(2024, 2, 15)));
     },
     {{"IC013", "start_date"}}},
    {"planned end of a running measure after the as-of date", "IC013", Kind::near_miss,
     [](World& w) {
       keep_open(w);
       w.m().end_date = on(2024, 6, 30);
     },
     {}},

    // IC014: a second measure, so the first still covers the participation.
    {"one-day measure", "IC014", Kind::near_miss,
     [](World& w) { w.measures.push_back(measure("K1", Date(2023, 3, 1), Date(2023, 3, 1))); }, {}},
    {"measure ends the day before it starts", "IC014", Kind::fires,
     [](World& w) { w.measures.push_back(measure("K1", Date(2023, 3, 1), Date(2023, 2, 28))); },
     {{"IC014", "end_date"}}},

    // IC015.
    {"leading zero restored in the follow-up code", "IC015", Kind::fires,
     [](World& w) { w.p().repairs.push_back({F::follow_up_municipality, "301"}); },
     {{"IC015", "follow_up_municipality"}}},
    {"leading zero restored in the residence code", "IC015", Kind::fires,
     [](World& w) { w.p().repairs.push_back({F::residence_municipality, "301"}); },
     {{"IC015", "residence_municipality"}}},
    // A protected residence is never shown, not even repaired. Ended in 2022,
    // so IC202 (about 2023) does not speak either.
    {"repaired residence code of a protected person", "IC015", Kind::near_miss,
     [](World& w) {
       w.p().protected_address = yes();
       w.p().repairs.push_back({F::residence_municipality, "301"});
       period(w, Date(2022, 3, 1), Date(2022, 12, 31));
     },
     {}},
    {"repaired residence code of a protected person in the year: IC202 only", "IC202", Kind::fires,
     [](World& w) {
       w.p().protected_address = yes();
       w.p().repairs.push_back({F::residence_municipality, "301"});
     },
     {{"IC202", "protected_address"}}},
};

const bool registered = register_rows(rows);

}  // namespace

TEST_CASE("record rules (IC001-IC015): fires, near miss, boundary") {
  CHECK(registered);
  run_table(rows, clean_world, run_validate, false);
}
