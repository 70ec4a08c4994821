#include <doctest/doctest.h>
#include <introcheck/results.hpp>

#include <random>
#include <set>

using namespace introcheck;

namespace {

const CodeList& reasons = CodeList::builtin_end_reasons();

EndedPerson person(const char* reason, Category c = Category::kan_tilbys, bool prot = false, const char* district = "") {
  std::optional<std::string> r;
  if (reason) r = reason;
  return {"0301", district, c, result_group(r, reasons), prot};
}

const ResultRow& row(const PublishedResults& r, std::optional<std::string> district, std::optional<Category> c) {
  for (const auto& x : r.rows)
    if (x.district == district && x.category == c) return x;
  FAIL("no such row");
  return r.rows.front();
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
      people.push_back(person(pool[rng() % 8], c, prot, districts[rng() % 3]));
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
  // Each municipality: total, three categories; each district: total, three categories.
  CHECK(r.rows.size() == 4 + 2 * 4);
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
