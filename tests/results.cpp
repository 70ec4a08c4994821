#include <doctest/doctest.h>
#include <introcheck/participation.hpp>
#include <introcheck/results.hpp>

#include <random>
#include <set>

using namespace introcheck;

namespace {

const CodeList& reasons = CodeList::builtin_end_reasons();

EndedPerson person(const char* reason, Category c = Category::kan_tilbys, bool prot = false, const char* district = "",
                   std::optional<LegalBasis> basis = LegalBasis::integreringsloven) {
  std::optional<std::string> r;
  if (reason) r = reason;
  return {"0301", district, c, result_group(r, reasons), prot, basis};
}

const ResultRow& row(const PublishedResults& r, std::optional<std::string> district, std::optional<Category> c,
                     std::optional<BasisGroup> basis = std::nullopt) {
  for (const auto& x : r.rows)
    if (x.district == district && x.category == c && x.legal_basis == basis) return x;
  FAIL("no such row");
  return r.rows.front();
}

const ResultRow& basis_row(const PublishedResults& r, BasisGroup b) { return row(r, std::nullopt, std::nullopt, b); }

EndedPerson under(EndedPerson p, std::optional<LegalBasis> b) {
  p.legal_basis = b;
  return p;
}

std::size_t g(ResultGroup x) { return static_cast<std::size_t>(x); }

// What a reader of the published table can work out, checked on every row and sum.
void check_nothing_recoverable(const PublishedResults& res, std::span<const EndedPerson> people, int threshold) {
  for (const ResultRow& r : res.rows) {
    // Ended = sum of the groups: one suppressed cell alone would be recoverable.
    int hidden = r.ended.suppressed ? 1 : 0;
    for (const Count& c : r.groups) hidden += c.suppressed ? 1 : 0;
    CHECK(hidden != 1);
    if (r.share_work_education && !r.share_suppressed) {
      CHECK_FALSE(r.groups[g(ResultGroup::arbeid)].suppressed);
      CHECK_FALSE(r.groups[g(ResultGroup::utdanning)].suppressed);
    }
  }
  // Total = categories + protected persons: protected must stay unknown.
  const ResultRow& total = row(res, std::nullopt, std::nullopt);
  std::array<long long, result_group_count + 1> prot{};
  for (const EndedPerson& p : people)
    if (p.protected_address) {
      ++prot[0];
      ++prot[1 + g(p.group)];
    }
  for (std::size_t c = 0; c <= result_group_count; ++c) {
    auto cell = [&](const ResultRow& r) { return c == 0 ? r.ended : r.groups[c - 1]; };
    bool all_visible = !cell(total).suppressed;
    for (Category cat : all_categories) all_visible = all_visible && !cell(row(res, std::nullopt, cat)).suppressed;
    // With all of them visible, the reader learns the protected count: it must be 0.
    // (The protected count itself is never published, so it is always one unknown.)
    if (all_visible) CHECK(prot[c] == 0);
  }
  // Total = the bases + those of no known basis + protected persons: when the
  // total and every basis row are visible, the rest must be none, or at least
  // not only the protected persons.
  if (res.by_legal_basis) {
    std::array<long long, result_group_count + 1> no_basis{};
    for (const EndedPerson& p : people)
      if (!p.protected_address && !p.legal_basis) {
        ++no_basis[0];
        ++no_basis[1 + g(p.group)];
      }
    for (std::size_t c = 0; c <= result_group_count; ++c) {
      auto cell = [&](const ResultRow& r) { return c == 0 ? r.ended : r.groups[c - 1]; };
      bool all_visible = !cell(total).suppressed;
      for (BasisGroup b : all_basis_groups) all_visible = all_visible && !cell(basis_row(res, b)).suppressed;
      if (all_visible && no_basis[c] == 0) CHECK(prot[c] == 0);
    }
  }
  // Districts: district total = its category rows; a category = its
  // districts plus those without a district (never published).
  std::set<std::string> districts;
  for (const ResultRow& r : res.rows)
    if (r.district) districts.insert(*r.district);
  for (std::size_t c = 0; c <= result_group_count; ++c) {
    auto cell = [&](const ResultRow& r) { return c == 0 ? r.ended : r.groups[c - 1]; };
    for (const std::string& d : districts) {
      int unknown = cell(row(res, d, std::nullopt)).suppressed;
      for (Category cat : all_categories) unknown += cell(row(res, d, cat)).suppressed;
      CHECK(unknown != 1);
    }
    if (districts.empty()) continue;
    for (Category cat : all_categories) {
      bool all_visible = !cell(row(res, std::nullopt, cat)).suppressed;
      for (const std::string& d : districts) all_visible = all_visible && !cell(row(res, d, cat)).suppressed;
      if (!all_visible) continue;
      long long rest = 0;  // persons of this category without a district, in this column
      for (const EndedPerson& p : people)
        if (!p.protected_address && p.district.empty() && p.category == cat && (c == 0 || g(p.group) == c - 1)) ++rest;
      CHECK((rest == 0 || rest >= threshold));
    }
  }
}

}  // namespace

TEST_CASE("groups, and the share of work and education") {
  std::vector<EndedPerson> people{person("arbeid_heltid"), person("arbeid_deltid"), person("videregaende"),
                                  person("grunnskole"), person(nullptr), person("sosialhjelp"),
                                  person("annen_trygd"), person("kvp"), person("flyttet"), person("hoyere_utdanning")};
  ResultsOptions o;
  o.suppress_below = 0;
  PublishedResults r = compute_results(people, o);
  const ResultRow& t = row(r, std::nullopt, std::nullopt);
  CHECK(t.ended.value == 10);
  CHECK(t.groups[g(ResultGroup::arbeid)].value == 2);
  CHECK(t.groups[g(ResultGroup::utdanning)].value == 2);
  CHECK(t.groups[g(ResultGroup::grunnskole)].value == 1);  // not education
  CHECK(t.groups[g(ResultGroup::ikke_registrert)].value == 1);
  CHECK(t.groups[g(ResultGroup::kvalifisering)].value == 1);
  CHECK(t.groups[g(ResultGroup::trygd)].value == 1);
  CHECK(t.groups[g(ResultGroup::annet)].value == 1);
  REQUIRE(t.share_work_education);
  CHECK(*t.share_work_education == doctest::Approx(0.4));  // ikke registrert stays in the denominator
}

TEST_CASE("protected persons count only in the total row") {
  std::vector<EndedPerson> people(6, person("arbeid_heltid"));
  people.push_back(person("arbeid_heltid", Category::kan_tilbys, true));
  ResultsOptions o;
  o.suppress_below = 0;
  PublishedResults r = compute_results(people, o);
  CHECK(row(r, std::nullopt, std::nullopt).ended.value == 7);
  CHECK(row(r, std::nullopt, Category::kan_tilbys).ended.value == 6);
  CHECK(row(r, std::nullopt, Category::rett_og_plikt).ended.value == 0);
}

TEST_CASE("small counts are suppressed, and so is the cell that would give them away") {
  std::vector<EndedPerson> people(8, person("arbeid_heltid"));
  people.push_back(person("videregaende"));  // 1 in utdanning
  PublishedResults r = compute_results(people, ResultsOptions{});
  const ResultRow& t = row(r, std::nullopt, std::nullopt);
  CHECK(t.groups[g(ResultGroup::utdanning)].suppressed);
  // ended (9) = arbeid (8) + utdanning (1): one of the visible ones must go too.
  CHECK((t.ended.suppressed || t.groups[g(ResultGroup::arbeid)].suppressed));
  CHECK(t.share_suppressed);
  check_nothing_recoverable(r, people, 5);
}

TEST_CASE("the number of protected persons cannot be recovered from totals") {
  std::vector<EndedPerson> people(10, person("arbeid_heltid", Category::rett_og_plikt));
  for (int i = 0; i < 10; ++i) people.push_back(person("arbeid_heltid"));
  people.push_back(person("arbeid_heltid", Category::kan_tilbys, true));
  PublishedResults r = compute_results(people, ResultsOptions{});
  const ResultRow& t = row(r, std::nullopt, std::nullopt);
  const ResultRow& rop = row(r, std::nullopt, Category::rett_og_plikt);
  const ResultRow& kt = row(r, std::nullopt, Category::kan_tilbys);
  // 21 = 10 + 10 + 1 protected: some ended cell of the three must be suppressed.
  CHECK((t.ended.suppressed || rop.ended.suppressed || kt.ended.suppressed));
  check_nothing_recoverable(r, people, 5);
}

TEST_CASE("suppression off shows everything") {
  std::vector<EndedPerson> people{person("arbeid_heltid")};
  ResultsOptions o;
  o.suppress_below = 0;
  PublishedResults r = compute_results(people, o);
  for (const ResultRow& x : r.rows) CHECK_FALSE(x.any_suppressed());
}

TEST_CASE("districts: rows per district, and nothing recoverable") {
  std::vector<EndedPerson> people;
  for (int i = 0; i < 7; ++i) people.push_back(person("arbeid_heltid", Category::kan_tilbys, false, "030101"));
  for (int i = 0; i < 6; ++i) people.push_back(person("videregaende", Category::rett_og_plikt, false, "030102"));
  people.push_back(person("kvp", Category::rett_og_plikt, false, "030102"));
  PublishedResults r = compute_results(people, ResultsOptions{});
  CHECK(row(r, std::string("030101"), std::nullopt).ended.value == 7);
  CHECK(row(r, std::string("030102"), Category::rett_og_plikt).ended.value == 7);
  check_nothing_recoverable(r, people, 5);
}

TEST_CASE("random tables never give a suppressed cell away") {
  std::mt19937 rng(20231231);
  const char* pool[] = {"arbeid_heltid", "videregaende", "grunnskole", "kvp", "sosialhjelp", "annen_trygd", "flyttet", nullptr};
  for (int round = 0; round < 300; ++round) {
    std::vector<EndedPerson> people;
    int n = std::uniform_int_distribution<int>(1, 40)(rng);
    for (int i = 0; i < n; ++i) {
      Category c = all_categories[rng() % std::size(all_categories)];
      bool prot = rng() % 12 == 0;
      const char* districts[] = {"", "030101", "030102"};
      const std::optional<LegalBasis> bases[] = {LegalBasis::introduksjonsloven, LegalBasis::integreringsloven,
                                                 LegalBasis::integreringsloven_6a, std::nullopt};
      people.push_back(person(pool[rng() % 8], c, prot, districts[rng() % 3], bases[rng() % (rng() % 5 ? 3 : 4)]));
    }
    PublishedResults r = compute_results(people, ResultsOptions{});
    CAPTURE(round);
    check_nothing_recoverable(r, people, 5);
  }
}

TEST_CASE("chapter 6A has category rows of its own, and the categories add up to the total") {
  std::vector<EndedPerson> people;
  for (int i = 0; i < 6; ++i) people.push_back(person("arbeid_heltid", Category::rett_6a, false, "030101"));
  for (int i = 0; i < 5; ++i) people.push_back(person("videregaende", Category::rett_og_plikt, false, "030101"));
  for (int i = 0; i < 7; ++i) people.push_back(person("kvp", Category::kan_tilbys, false, "030102"));
  people.push_back(person("arbeid_heltid", Category::rett_6a));            // no district
  people.push_back(person("arbeid_heltid", Category::rett_6a, true));      // protected
  ResultsOptions o;
  o.suppress_below = 0;
  PublishedResults r = compute_results(people, o);
  CHECK(row(r, std::nullopt, std::nullopt).ended.value == 20);
  CHECK(row(r, std::nullopt, Category::rett_6a).ended.value == 7);  // protected only in the total
  CHECK(row(r, std::nullopt, Category::rett_6a).groups[g(ResultGroup::arbeid)].value == 7);
  CHECK(row(r, std::string("030101"), Category::rett_6a).ended.value == 6);
  CHECK(row(r, std::string("030102"), Category::rett_6a).ended.value == 0);
  CHECK(row(r, std::nullopt, Category::kan_tilbys).ended.value == 7);
  // The municipality: total, three categories, two bases; each district: total, three categories.
  CHECK(r.rows.size() == 4 + 2 + 2 * 4);
  CHECK(r.rows[3].category == Category::rett_6a);
  CHECK(r.rows[3].district == std::nullopt);
  for (const std::string d : {"030101", "030102"}) {
    long long sum = 0;
    for (Category cat : all_categories) sum += row(r, d, cat).ended.value;
    CHECK(sum == row(r, d, std::nullopt).ended.value);
  }
  long long sum = 0;
  for (Category cat : all_categories) sum += row(r, std::nullopt, cat).ended.value;
  CHECK(sum + 1 == row(r, std::nullopt, std::nullopt).ended.value);  // + the protected person

  // Suppressed: the lone 6A person without a district is not given away by
  // the 6A row minus its districts, nor the protected one by the total.
  PublishedResults s = compute_results(people, ResultsOptions{});
  check_nothing_recoverable(s, people, 5);
}

TEST_CASE("a few 6A persons are suppressed, and so is what would give them away") {
  std::vector<EndedPerson> people(10, person("arbeid_heltid", Category::kan_tilbys));
  for (int i = 0; i < 2; ++i) people.push_back(person("arbeid_heltid", Category::rett_6a));
  PublishedResults r = compute_results(people, ResultsOptions{});
  const ResultRow& six_a = row(r, std::nullopt, Category::rett_6a);
  CHECK(six_a.ended.suppressed);
  CHECK(six_a.groups[g(ResultGroup::arbeid)].suppressed);
  // As for the other categories: total (12) - kan_tilbys (10) - rett_og_plikt
  // (0) is 6A plus the protected persons, whose number is never published.
  CHECK_FALSE(row(r, std::nullopt, std::nullopt).ended.suppressed);
  CHECK_FALSE(row(r, std::nullopt, Category::kan_tilbys).ended.suppressed);
  check_nothing_recoverable(r, people, 5);
}

TEST_CASE("totals per legal basis: the ordinary program and chapter 6A") {
  std::vector<EndedPerson> people;
  for (int i = 0; i < 3; ++i) people.push_back(under(person("arbeid_heltid", Category::rett_og_plikt), LegalBasis::introduksjonsloven));
  for (int i = 0; i < 4; ++i) people.push_back(under(person("videregaende", Category::kan_tilbys, false, "030101"), LegalBasis::integreringsloven));
  for (int i = 0; i < 5; ++i) people.push_back(under(person("kvp", Category::rett_6a, false, "030102"), LegalBasis::integreringsloven_6a));
  people.push_back(under(person("arbeid_heltid", Category::kan_tilbys, true), LegalBasis::integreringsloven_6a));  // protected
  people.push_back(under(person("arbeid_heltid", Category::kan_tilbys), std::nullopt));  // basis not known
  ResultsOptions o;
  o.suppress_below = 0;
  PublishedResults r = compute_results(people, o);
  CHECK(r.by_legal_basis);
  const ResultRow& ordinary = basis_row(r, BasisGroup::ordinary);
  const ResultRow& six_a = basis_row(r, BasisGroup::chapter_6a);
  CHECK(ordinary.ended.value == 7);  // introduksjonsloven + integreringsloven
  CHECK(ordinary.groups[g(ResultGroup::arbeid)].value == 3);
  CHECK(ordinary.groups[g(ResultGroup::utdanning)].value == 4);
  REQUIRE(ordinary.share_work_education);
  CHECK(*ordinary.share_work_education == doctest::Approx(1.0));
  CHECK(six_a.ended.value == 5);  // not the protected one
  CHECK(six_a.groups[g(ResultGroup::kvalifisering)].value == 5);
  CHECK_FALSE(ordinary.includes_protected);
  CHECK_FALSE(six_a.district);
  CHECK_FALSE(six_a.category);
  // The existing totals are as they were: all 14, protected and unknown basis too.
  CHECK(row(r, std::nullopt, std::nullopt).ended.value == 14);
  CHECK(row(r, std::nullopt, std::nullopt).includes_protected);
  // Order: total, categories, bases, then districts (which have no basis rows).
  REQUIRE(r.rows.size() == 1 + 3 + 2 + 2 * 4);
  CHECK(r.rows[4].legal_basis == BasisGroup::ordinary);
  CHECK(r.rows[5].legal_basis == BasisGroup::chapter_6a);
  for (std::size_t i = 0; i < r.rows.size(); ++i)
    if (i != 4 && i != 5) CHECK_FALSE(r.rows[i].legal_basis);
  CHECK(r.rows[6].district == "030101");

  CHECK(to_string(BasisGroup::ordinary) == "ordinary");
  CHECK(to_string(BasisGroup::chapter_6a) == "integreringsloven_6a");
  CHECK(basis_group(LegalBasis::introduksjonsloven) == BasisGroup::ordinary);
  CHECK(basis_group(LegalBasis::integreringsloven) == BasisGroup::ordinary);
  CHECK(basis_group(LegalBasis::integreringsloven_6a) == BasisGroup::chapter_6a);

  o.by_legal_basis = false;
  PublishedResults without = compute_results(people, o);
  CHECK_FALSE(without.by_legal_basis);
  CHECK(without.rows.size() == r.rows.size() - 2);
  for (const ResultRow& x : without.rows) CHECK_FALSE(x.legal_basis);
}

TEST_CASE("the basis rows are suppressed like the others, and never change the other rows") {
  // 10 ordinary, 2 under chapter 6A, 1 protected: the 6A row is suppressed,
  // and the protected person is not given away by total - ordinary - 6A.
  std::vector<EndedPerson> people(10, person("arbeid_heltid"));
  for (int i = 0; i < 2; ++i) people.push_back(under(person("arbeid_heltid", Category::rett_6a), LegalBasis::integreringsloven_6a));
  people.push_back(person("arbeid_heltid", Category::kan_tilbys, true));
  PublishedResults r = compute_results(people, ResultsOptions{});
  CHECK(basis_row(r, BasisGroup::chapter_6a).ended.suppressed);
  CHECK(basis_row(r, BasisGroup::chapter_6a).groups[g(ResultGroup::arbeid)].suppressed);
  // ordinary (10) = total (13) - 6A - protected: the two unknowns stay unknown,
  // and protecting them took cells of the basis rows only.
  ResultsOptions without;
  without.by_legal_basis = false;
  PublishedResults b = compute_results(people, without);
  CHECK(row(r, std::nullopt, std::nullopt).ended.suppressed == row(b, std::nullopt, std::nullopt).ended.suppressed);
  CHECK(row(r, std::nullopt, Category::kan_tilbys).ended.suppressed ==
        row(b, std::nullopt, Category::kan_tilbys).ended.suppressed);
  check_nothing_recoverable(r, people, 5);
}

TEST_CASE("random tables: the rows without a basis are the same with and without the basis rows") {
  std::mt19937 rng(20240229);
  const char* pool[] = {"arbeid_heltid", "videregaende", "grunnskole", "kvp", "sosialhjelp", "annen_trygd", "flyttet", nullptr};
  const std::optional<LegalBasis> bases[] = {LegalBasis::introduksjonsloven, LegalBasis::integreringsloven,
                                             LegalBasis::integreringsloven_6a, std::nullopt};
  std::size_t basis_cells_suppressed = 0;
  for (int round = 0; round < 1000; ++round) {
    std::vector<EndedPerson> people;
    int n = std::uniform_int_distribution<int>(1, 60)(rng);
    for (int i = 0; i < n; ++i) {
      const char* districts[] = {"", "030101", "030102", "030103"};
      // Some rounds with many protected persons: where they alone fill a
      // column, only guarding the other rows keeps them as they were.
      bool prot = rng() % (round % 4 ? 10 : 2) == 0;
      EndedPerson p = person(pool[rng() % 8], all_categories[rng() % 3], prot, districts[rng() % 4],
                             bases[rng() % (round % 3 ? 3 : 4)]);
      if (rng() % 7 == 0) p.municipality = "4601";
      people.push_back(p);
    }
    ResultsOptions with, without;
    without.by_legal_basis = false;
    with.suppress_below = without.suppress_below = 3 + round % 4;
    PublishedResults a = compute_results(people, with), b = compute_results(people, without);
    CAPTURE(round);
    std::vector<const ResultRow*> kept;
    for (const ResultRow& x : a.rows)
      if (!x.legal_basis) kept.push_back(&x);
      else basis_cells_suppressed += x.any_suppressed();
    REQUIRE(kept.size() == b.rows.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const ResultRow& x = *kept[i];
      const ResultRow& y = b.rows[i];
      CHECK(x.municipality == y.municipality);
      CHECK(x.district == y.district);
      CHECK(x.category == y.category);
      CHECK(x.ended.value == y.ended.value);
      CHECK(x.ended.suppressed == y.ended.suppressed);
      for (std::size_t k = 0; k < result_group_count; ++k) {
        CHECK(x.groups[k].value == y.groups[k].value);
        CHECK(x.groups[k].suppressed == y.groups[k].suppressed);
      }
      CHECK(x.share_suppressed == y.share_suppressed);
    }
    // Per municipality, for the check below.
    std::set<std::string> municipalities;
    for (const EndedPerson& p : people) municipalities.insert(p.municipality);
    for (const std::string& m : municipalities) {
      std::vector<EndedPerson> here;
      for (const EndedPerson& p : people)
        if (p.municipality == m) here.push_back(p);
      ResultsOptions one = with;
      one.municipality = m;
      check_nothing_recoverable(compute_results(here, one), here, with.suppress_below);
    }
  }
  CHECK(basis_cells_suppressed > 0);
}

TEST_CASE("from the case system: the effective basis of each participation") {
  auto participation = [](const char* case_id, const char* fnr, Category c) {
    Participation p;
    p.case_id = case_id;
    auto id = parse_person_id(fnr, Date(2024, 1, 15));
    REQUIRE(id);
    p.person_id = Field<PersonId>::of(id.value());
    p.category = Field<Category>::of(c);
    p.follow_up_municipality = Field<std::string>::of("0301");
    p.start_date = Field<Date>::of(Date(2022, 6, 1));
    p.end_date = Field<Date>::of(Date(2023, 6, 30));
    p.end_reason = Field<std::string>::of("arbeid_heltid");
    return p;
  };
  Dataset d;
  // Stated integreringsloven, but a § 34 permit of 2022-04-01: chapter 6A.
  Participation six_a = participation("K1", "12839010182", Category::rett_6a);
  six_a.legal_basis = Field<LegalBasis>::of(LegalBasis::integreringsloven);
  six_a.permit_ground = Field<PermitGround>::of(PermitGround::utl_34);
  six_a.permit_date = Field<Date>::of(Date(2022, 4, 1));
  d.participations.push_back(six_a);
  // No basis stated: by the start date, integreringsloven; and introduksjonsloven before 2021.
  d.participations.push_back(participation("K2", "05878812028", Category::kan_tilbys));
  Participation old = participation("K3", "23919514086", Category::rett_og_plikt);
  old.start_date = Field<Date>::of(Date(2020, 6, 1));
  d.participations.push_back(old);
  Environment env;
  env.suppress_below = 0;
  env.allow_synthetic = true;
  PublishedResults r = compute_results(d, env, PublishOptions{2023, Date(2024, 1, 15), {}, {}});
  CHECK(r.by_legal_basis);
  CHECK(basis_row(r, BasisGroup::chapter_6a).ended.value == 1);
  CHECK(basis_row(r, BasisGroup::ordinary).ended.value == 2);
  CHECK(row(r, std::nullopt, std::nullopt).ended.value == 3);

  std::vector<EndedPerson> persons = ended_persons(d, 2023, Date(2024, 1, 15), env.config.thresholds, reasons);
  REQUIRE(persons.size() == 3);
  std::multiset<LegalBasis> bases;
  for (const EndedPerson& p : persons) {
    REQUIRE(p.legal_basis);
    bases.insert(*p.legal_basis);
  }
  CHECK(bases == std::multiset<LegalBasis>{LegalBasis::introduksjonsloven, LegalBasis::integreringsloven,
                                          LegalBasis::integreringsloven_6a});

  // From NIR's report: no basis, no basis rows.
  NirReport report;
  NirRow row6a;
  row6a.category = Field<Category>::of(Category::rett_6a);
  row6a.follow_up_municipality = Field<std::string>::of("0301");
  report.rows.push_back(row6a);
  PublishedResults from_nir = compute_results(report, env, PublishOptions{2023, Date(2024, 1, 15), {}, {}});
  CHECK_FALSE(from_nir.by_legal_basis);
  for (const ResultRow& x : from_nir.rows) CHECK_FALSE(x.legal_basis);
  CHECK(row(from_nir, std::nullopt, Category::rett_6a).ended.value == 1);
}
