// Rule tests as tables. A row changes a clean world in one way and names the
// exact findings that change brings on the case it changed: a multiset of
// (rule, field), empty for a near miss. run_table() checks every row in a
// SUBCASE of its own, and that the clean world has no finding at all.
//
// All calls into the library go through run_validate(), run_reconcile() and
// rule_ids() below: the option structs are about to change, and this is the
// one place that has to follow them.
#pragma once

#include <doctest/doctest.h>
#include <introcheck/reconcile.hpp>
#include <introcheck/validate.hpp>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace introcheck;

enum class Kind { fires, near_miss, boundary };

/// Which kinds of rows each rule has, over every table of test_rules. Shared
/// by the translation units, so not in the anonymous namespace.
inline std::map<std::string, std::set<Kind>>& row_registry() {
  static std::map<std::string, std::set<Kind>> rows;
  return rows;
}

namespace {

using boost::gregorian::days;

/// Everything a run depends on. Reconciliation also reads `report` and `scope`.
struct World {
  Dataset data;  ///< its records come from `participations` and `measures` when a run starts
  std::vector<Participation> participations;  ///< as values, so a row can change one in place
  std::vector<Measure> measures;
  NirReport report;
  int year = 2023;
  Date as_of{2024, 1, 15};
  std::optional<Date> deadline;
  bool allow_synthetic = true;  // the ids below are synthetic: no real person
  ReportScope scope;
  Participation& p() { return participations.front(); }
  Measure& m() { return measures.front(); }
  /// The dataset a run reads: `data` with `participations` and `measures` stored in it.
  Dataset dataset() const {
    Dataset d = data;
    for (const Participation& x : participations) d.participations.push_back(x);
    for (const Measure& x : measures) d.measures.push_back(x);
    return d;
  }
};

// --- The adapter: the only three functions that call the library. ---

inline std::vector<Finding> run_validate(const World& w) {
  Environment env;
  env.allow_synthetic = w.allow_synthetic;
  env.threads = 1;
  return validate(w.dataset(), env, {w.year, w.as_of, w.deadline}).findings;
}

inline std::vector<Finding> run_reconcile(const World& w) {
  ReconcileOptions o;
  o.year = w.year;
  o.as_of = w.as_of;
  o.scope = w.scope;
  return reconcile(w.dataset(), w.report, Environment{}, o).base.findings;
}

inline std::vector<std::string> rule_ids() {
  std::vector<std::string> out;
  for (const RuleInfo& r : rule_catalogue()) out.emplace_back(r.id);
  return out;
}

// --- Values. ---

inline Field<Date> on(int y, int m, int d) {
  return Field<Date>::of(Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                              static_cast<unsigned short>(d)));
}
inline Field<Date> on(Date d) { return Field<Date>::of(d); }
inline Field<std::string> text(const char* s) { return Field<std::string>::of(s); }
inline Field<bool> yes() { return Field<bool>::of(true); }
inline Field<bool> no() { return Field<bool>::of(false); }

inline int check_digit(const std::string& digits, std::initializer_list<int> weights) {
  int sum = 0;
  std::size_t k = 0;
  for (int w : weights) sum += (digits[k++] - '0') * w;
  int r = 11 - sum % 11;
  return r == 11 ? 0 : r;
}

inline std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

/// A synthetic fødselsnummer (Tenor: month + 80) for `born`, with check
/// digits that hold: the birth date is what IC108 reads, and no real person
/// has the number. Individual numbers 000-499 mean 1900-1999, 500-999 2000-2039.
inline Field<PersonId> person(Date born) {
  PersonId id;
  id.kind = IdKind::fnr;
  id.synthetic = SyntheticScheme::tenor;
  id.birth_date = born;
  std::string date = two(born.day()) + two(born.month() + 80) + two(born.year() % 100);
  for (int i = born.year() < 2000 ? 100 : 500;; ++i) {
    std::string s = date + std::to_string(i);
    int k1 = check_digit(s, {3, 7, 6, 1, 8, 9, 4, 5, 2});
    if (k1 == 10) continue;
    s += std::to_string(k1);
    int k2 = check_digit(s, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    if (k2 == 10) continue;
    id.number = PersonId::from_digits(s + std::to_string(k2)).number;
    return Field<PersonId>::of(id);
  }
}

/// A DUF number (12 digits, no birth date; never synthetic).
inline Field<PersonId> duf() {
  PersonId id;
  id.kind = IdKind::duf;
  id.number = 201510001408;
  return Field<PersonId>::of(id);
}

const Date clean_birth(1990, 3, 12);  // the clean participant: 31 at the start

inline Measure measure(const std::string& case_id, Date start, std::optional<Date> end, const char* code = "norsk") {
  Measure m;
  m.case_id = case_id;
  m.code = text(code);
  m.start_date = on(start);
  if (end) m.end_date = on(*end);
  m.line = 2;
  return m;
}

/// A participation that breaks no rule in 2023: rett og plikt in Oslo
/// (Gamle Oslo), 1 March 2022 to 30 June 2023, settled 15 November 2021,
/// under introduksjonsloven as stated (a permit before 2021: the transitional
/// rule), so that the rules of integreringsloven (IC113, IC115 ...) stay out
/// of the older tables; integration_rules.cpp has a world of its own.
inline Participation clean_participation(const std::string& case_id = "K1") {
  Participation p;
  p.case_id = case_id;
  p.person_id = person(clean_birth);
  p.category = Field<Category>::of(Category::rett_og_plikt);
  p.follow_up_municipality = text("0301");
  p.follow_up_district = text("030101");
  p.residence_municipality = text("0301");
  p.residence_district = text("030101");
  p.start_date = on(2022, 3, 1);
  p.end_date = on(2023, 6, 30);
  p.end_reason = text("arbeid_heltid");
  p.settlement_date = on(2021, 11, 15);
  p.legal_basis = Field<LegalBasis>::of(LegalBasis::introduksjonsloven);
  p.line = 2;
  return p;
}

/// The validation world: the clean participation and one measure over all of it.
inline World clean_world() {
  World w;
  w.data.participants.file = "participants.csv";
  w.data.measures_source.file = "measures.csv";
  w.data.has_measures = true;
  w.participations.push_back(clean_participation());
  w.measures.push_back(measure("K1", Date(2022, 3, 1), Date(2023, 6, 30)));
  return w;
}

/// The participation open, its measure too: still in the program.
inline void keep_open(World& w) {
  w.p().end_date = {};
  w.p().end_reason = {};
  w.m().end_date = {};
}

// --- Rows and the loop over them. ---

struct Expected {
  std::string rule, field;
};

struct Row {
  const char* name;
  std::string rule;  // the rule the row is about
  Kind kind;
  std::function<void(World&)> change;
  std::vector<Expected> expected;  // exactly the findings on the changed case
  std::string case_id = "K1";      // the changed case
  /// Set on rows that write down documented behaviour the library does not
  /// (yet) follow: they run in a test case of their own, marked may_fail.
  const char* disputed = nullptr;
};

/// Notes which kinds of rows each rule has; disputed rows do not count.
inline bool register_rows(const std::vector<Row>& rows) {
  for (const Row& r : rows)
    if (!r.disputed) row_registry()[r.rule].insert(r.kind);
  return true;
}

inline std::string key(const std::string& rule, const std::string& field) {
  return rule + " " + (field.empty() ? "-" : field);
}

/// A multiset as text, sorted: compared whole, and readable when it fails.
inline std::string describe(std::vector<std::string> keys) {
  std::sort(keys.begin(), keys.end());
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

inline std::string describe(const std::vector<Expected>& expected) {
  std::vector<std::string> keys;
  for (const auto& e : expected) keys.push_back(key(e.rule, e.field));
  return describe(keys);
}

/// The findings about `case_id`, plus those about a whole municipality
/// (no case and no file: IC203, IC204). The clean world has none of the latter.
inline std::string on_case(const std::vector<Finding>& findings, const std::string& case_id) {
  std::vector<std::string> keys;
  for (const Finding& f : findings)
    if (f.case_id == case_id || (f.case_id.empty() && f.file.empty())) keys.push_back(key(f.rule, f.field));
  return describe(keys);
}

inline std::string all(const std::vector<Finding>& findings) {
  std::vector<std::string> keys;
  for (const Finding& f : findings) keys.push_back(key(f.rule, f.field));
  return describe(keys);
}

using Runner = std::vector<Finding> (*)(const World&);

/// Runs the rows (the disputed ones or the others) of a table, each in its own SUBCASE.
inline void run_table(const std::vector<Row>& rows, World (*clean)(), Runner run, bool disputed) {
  REQUIRE(all(run(clean())) == "");
  for (const Row& row : rows) {
    if ((row.disputed != nullptr) != disputed) continue;
    SUBCASE(row.name) {
      // The table itself: a row that fires expects its rule, a near miss nothing.
      bool has_rule = std::any_of(row.expected.begin(), row.expected.end(),
                                  [&](const Expected& e) { return e.rule == row.rule; });
      if (row.kind == Kind::fires) REQUIRE(has_rule);
      if (row.kind == Kind::near_miss) REQUIRE(row.expected.empty());
      if (row.disputed) MESSAGE(row.disputed);
      World w = clean();
      row.change(w);
      CHECK(on_case(run(w), row.case_id) == describe(row.expected));
    }
  }
}

}  // namespace
