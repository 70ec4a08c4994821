// ParticipationTable: every field and state comes back as it went in, parts
// joined in order keep their codes, case ids, kept texts and repairs, and a
// participation takes the bytes the header promises.
#include <doctest/doctest.h>
#include <introcheck/legal_basis.hpp>
#include <introcheck/participation_table.hpp>

#include <string>

using namespace introcheck;
using F = ParticipationField;

namespace {

Field<Date> on(int y, int m, int d) {
  return Field<Date>::of(Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                              static_cast<unsigned short>(d)));
}
Field<std::string> text(const char* s) { return Field<std::string>::of(s); }

Participation participation(std::string case_id, const char* municipality, std::size_t line) {
  Participation p;
  p.case_id = std::move(case_id);
  p.follow_up_municipality = text(municipality);
  p.start_date = on(2023, 1, 2);
  p.line = line;
  return p;
}

// Every field: state and value (the value of a field that is not parsed is
// its type's default, as the rules never read it).
#define SAME_FIELD(name)                         \
  CHECK(a.name.state == b.name.state);           \
  if (a.name.parsed()) CHECK(a.name.value == b.name.value)

void check_same(const Participation& a, const Participation& b) {
  CHECK(a.case_id == b.case_id);
  CHECK(a.person_id.state == b.person_id.state);
  if (a.person_id.parsed()) {
    CHECK(a.person_id.value.number == b.person_id.value.number);
    CHECK(a.person_id.value.kind == b.person_id.value.kind);
    CHECK(a.person_id.value.series == b.person_id.value.series);
    CHECK(a.person_id.value.synthetic == b.person_id.value.synthetic);
    CHECK(a.person_id.value.birth_date == b.person_id.value.birth_date);
  }
  CHECK(a.duf_number.state == b.duf_number.state);
  if (a.duf_number.parsed()) CHECK(a.duf_number.value.digits() == b.duf_number.value.digits());
  SAME_FIELD(category);
  SAME_FIELD(legal_basis);
  SAME_FIELD(follow_up_municipality);
  SAME_FIELD(follow_up_district);
  SAME_FIELD(residence_municipality);
  SAME_FIELD(residence_district);
  SAME_FIELD(protected_address);
  SAME_FIELD(start_date);
  SAME_FIELD(end_date);
  SAME_FIELD(end_reason);
  SAME_FIELD(extended);
  SAME_FIELD(covid_extension);
  SAME_FIELD(leave_days);
  SAME_FIELD(settlement_date);
  SAME_FIELD(permit_ground);
  SAME_FIELD(permit_date);
  SAME_FIELD(arrival_date);
  SAME_FIELD(settled_by_agreement);
  SAME_FIELD(education);
  SAME_FIELD(end_goal);
  SAME_FIELD(mapping_date);
  SAME_FIELD(career_guidance_date);
  SAME_FIELD(plan_date);
  SAME_FIELD(children_under_18);
  SAME_FIELD(registered_date);
  CHECK(a.line == b.line);
  REQUIRE(a.raw.size() == b.raw.size());
  for (std::size_t i = 0; i < a.raw.size(); ++i) {
    CHECK(a.raw[i].field == b.raw[i].field);
    CHECK(a.raw[i].text == b.raw[i].text);
  }
  REQUIRE(a.repairs.size() == b.repairs.size());
  for (std::size_t i = 0; i < a.repairs.size(); ++i) {
    CHECK(a.repairs[i].field == b.repairs[i].field);
    CHECK(a.repairs[i].original == b.repairs[i].original);
  }
}
#undef SAME_FIELD

Participation full() {
  Participation p = participation("K-1001", "0301", 7);
  PersonId id = PersonId::from_digits("12839010182");
  id.synthetic = SyntheticScheme::tenor;
  id.birth_date = Date(1990, 3, 12);
  p.person_id = Field<PersonId>::of(id);
  p.duf_number = Field<PersonId>::of(PersonId::from_digits("201510001408", IdKind::duf));
  p.category = Field<Category>::of(Category::rett_6a);
  p.legal_basis = Field<LegalBasis>::of(LegalBasis::integreringsloven_6a);
  p.follow_up_district = text("030101");
  p.residence_municipality = text("3201");
  p.residence_district = text("320101");
  p.protected_address = Field<bool>::of(false);
  p.end_date = on(2023, 12, 31);
  p.end_reason = text("arbeid_heltid");
  p.extended = Field<bool>::of(true);
  p.covid_extension = Field<bool>::of(false);
  p.leave_days = Field<int>::of(730);
  p.settlement_date = on(2022, 11, 1);
  p.permit_ground = Field<PermitGround>::of(PermitGround::utl_34);
  p.permit_date = on(2022, 10, 1);
  p.arrival_date = on(2022, 9, 1);
  p.settled_by_agreement = Field<bool>::of(true);
  p.education = Field<Education>::of(Education::higher);
  p.end_goal = text("arbeid");
  p.mapping_date = on(2022, 12, 1);
  p.career_guidance_date = on(2022, 12, 2);
  p.plan_date = on(2022, 12, 3);
  p.children_under_18 = Field<bool>::of(true);
  p.registered_date = on(2024, 1, 5);
  p.repairs = {{F::follow_up_municipality, "301"}};
  return p;
}

}  // namespace

TEST_CASE("every field and every state comes back as it was stored") {
  Participation broken;
  broken.case_id = "K-1002";
  broken.person_id = Field<PersonId>::invalid();
  broken.category = Field<Category>::invalid();
  broken.follow_up_municipality = Field<std::string>::invalid();
  broken.protected_address = Field<bool>::invalid();
  broken.start_date = Field<Date>::invalid();
  broken.end_reason = Field<std::string>::invalid();
  broken.leave_days = Field<int>::invalid();
  broken.education = Field<Education>::invalid();
  broken.line = 8;
  broken.raw = {{F::person_id, "12345"}, {F::start_date, "31.02.2023"}, {F::end_reason, "ferie"}};

  Participation empty;  // nothing given: every field empty, built in memory (line 0)

  ParticipationTable t;
  for (const Participation& p : {full(), broken, empty}) t.push_back(p);
  REQUIRE(t.size() == 3);
  check_same(t[0].value(), full());
  check_same(t[1].value(), broken);
  check_same(t[2].value(), empty);

  CHECK(t[0].follow_up_municipality().value == "0301");
  CHECK(t[0].residence_district().value == "320101");
  CHECK(t[0].end_goal().value == "arbeid");
  CHECK(t[0].person_id().value.digits() == "12839010182");
  CHECK(t[0].leave_days().value == 730);
  CHECK(t[0].children_under_18().value);
  CHECK_FALSE(t[0].covid_extension().value);
  CHECK(t[0].covid_extension().parsed());
  CHECK_FALSE(t[0].is_protected());
  CHECK(t[1].is_protected());  // an invalid value fails closed
  CHECK_FALSE(t[2].is_protected());
  REQUIRE(t[0].repairs().size() == 1);
  CHECK(t[0].repairs()[0].original == "301");
  CHECK(t[1].repairs().empty());
  CHECK(t[1].raw_text(F::end_reason) == "ferie");
  CHECK(t[1].raw_text(F::end_date).empty());
  CHECK(t[0].raw_text(F::end_reason).empty());
  CHECK(t[2].case_id().empty());
  CHECK(t[2].line() == 0);
  CHECK_THROWS_AS(t.at(3), std::out_of_range);
  std::size_t n = 0;
  for (ParticipationView p : t) CHECK(p.index() == n++);
  CHECK(n == 3);
}

TEST_CASE("parts joined in order keep their codes, case ids, kept texts and repairs") {
  ParticipationTable a, b;
  a.push_back(participation("K1", "0301", 2));
  a.push_back(participation("K2", "3201", 3));
  b.push_back(participation("K3", "4601", 4));
  Participation bad = participation("K4", "0301", 5);
  bad.start_date = Field<Date>::invalid();
  bad.raw = {{F::start_date, "i går"}};
  bad.repairs = {{F::follow_up_municipality, "301"}};
  b.push_back(bad);
  b.push_back(participation("K5", "3201", 6));
  a.append(std::move(b));
  REQUIRE(a.size() == 5);
  const char* places[] = {"0301", "3201", "4601", "0301", "3201"};
  for (std::size_t i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(a[i].follow_up_municipality().value == places[i]);
    CHECK(a[i].case_id() == "K" + std::to_string(i + 1));
    CHECK(a[i].line() == i + 2);
  }
  CHECK(a[3].raw_text(F::start_date) == "i går");
  CHECK(a[3].repairs().size() == 1);
  CHECK(a[4].raw_text(F::start_date).empty());
  CHECK(a[4].repairs().empty());
  CHECK(b.empty());

  ParticipationTable fresh;
  fresh.append(std::move(a));
  CHECK(fresh.size() == 5);
  CHECK(fresh[3].raw_text(F::start_date) == "i går");
  CHECK(fresh[3].repairs()[0].field == F::follow_up_municipality);
}

TEST_CASE("a participation takes 120 bytes and its case id") {
  ParticipationTable t;
  const std::size_t n = 10000;
  t.reserve(n);
  for (std::size_t i = 0; i < n; ++i) t.push_back(participation("K-" + std::to_string(i), i % 2 ? "0301" : "3201", i + 2));
  // Records, case ids of about 6 bytes (the arena reserved at 8 a case), two codes.
  const std::size_t bytes = t.memory_bytes();
  CHECK(bytes >= 120 * n);
  CHECK(bytes < 120 * n + 8 * n + 1000);
  CHECK(t[n - 1].case_id() == "K-" + std::to_string(n - 1));
}

TEST_CASE("the legal basis of a value is the legal basis of its stored record") {
  ParticipationTable t;
  Participation p = full();
  t.push_back(p);
  BasisDates dates;
  auto by_value = effective_basis(p, dates);
  auto by_view = effective_basis(t[0], dates);
  REQUIRE(by_value);
  REQUIRE(by_view);
  CHECK(by_value->basis == LegalBasis::integreringsloven_6a);
  CHECK(by_value->basis == by_view->basis);
  CHECK(by_value->from == by_view->from);
  CHECK(basis_from_permit(p, dates) == basis_from_permit(t[0], dates));
}
