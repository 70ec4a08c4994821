// The generator's promise: introcheck finds every finding the manifest lists
// (recall 100 %) and nothing else (no false positives), for every shape.
#include <doctest/doctest.h>
#include "util/file.hpp"
#include <introcheck/import.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/synth.hpp>
#include <introcheck/validate.hpp>

#include "conformance/json_mini.h"

#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <set>
#include <string>

using namespace introcheck;
namespace fs = std::filesystem;

namespace {

struct Json {
  json_value value{};
  ~Json() { json_free(&value); }
};

// The file's text, or "" when it cannot be read.
std::string slurp(const fs::path& p) {
  auto text = detail::read_file(p.string(), SIZE_MAX);
  return text ? std::move(text).value() : std::string();
}

fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("introcheck-synth-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

using Key = std::pair<std::string, std::string>;  // rule, case_id or municipality

void check_recall_and_precision(const SynthOptions& options, const std::string& name) {
  fs::path dir = scratch(name);
  auto summary = synthesize(options, dir.string());
  REQUIRE(summary);
  Json manifest;
  std::string text = slurp(dir / "manifest.json");
  REQUIRE(json_parse(text.c_str(), &manifest.value) == 0);
  std::set<Key> expected;
  const json_value* findings = json_get(&manifest.value, "findings");
  for (std::size_t i = 0; i < findings->count; ++i) {
    const json_value& f = findings->items[i];
    const json_value* key = json_get(&f, "case_id");
    if (!key) key = json_get(&f, "municipality");
    expected.insert({json_get(&f, "rule")->string, key->string});
  }

  ImportOptions import;
  import.reference_date = summary.value().as_of;
  auto data = load_dataset((dir / "participants.csv").string(), (dir / "measures.csv").string(), import);
  REQUIRE(data);
  CHECK(data.value().participants.rows_read == summary.value().participations);
  ValidationOptions v;
  v.year = options.last_year;
  v.as_of = summary.value().as_of;
  Environment env;
  env.allow_synthetic = true;
  auto report = validate(data.value(), env, v);
  for (const SourceStats* f : {&report.summary.participants, &report.summary.measures}) {
    std::size_t with = f == &report.summary.participants ? report.summary.participants_with_findings
                                                         : report.summary.measures_with_findings;
    CHECK(f->rows_read == f->accepted + with + f->rejected);  // every row accounted for
  }
  std::set<Key> found;
  for (const Finding& f : report.findings) found.insert({f.rule, f.case_id.empty() ? f.municipality : f.case_id});

  std::set<Key> missing, extra;
  for (const Key& k : expected)
    if (!found.count(k)) missing.insert(k);
  for (const Key& k : found)
    if (!expected.count(k)) extra.insert(k);
  for (const Key& k : missing) MESSAGE("missing " << k.first << " " << k.second);
  for (const Key& k : extra) MESSAGE("extra " << k.first << " " << k.second);
  CHECK(missing.empty());  // recall 100 %
  CHECK(extra.empty());    // no false positives

  // The NIR report matches the data: reconciliation finds no discrepancy to fix.
  auto nir = load_nir_report((dir / "nir_report.csv").string(), import);
  REQUIRE(nir);
  ReconcileOptions r;
  r.year = options.last_year;
  r.as_of = summary.value().as_of;
  auto rec = reconcile(data.value(), nir.value(), env, r);
  const ReconciliationCounts& n = rec.counts;
  CHECK(n.report_rows == n.matched_equal + n.matched_with_discrepancies + n.unmatched_report_rows);
  CHECK(n.ended_in_scope == n.matched_equal + n.matched_with_discrepancies + n.missing_from_report + n.explained_absences);
  CHECK(n.unmatched_report_rows == 0);
  // Only infos (IC408: the report shows the residence), and missing from the
  // report only records whose errors keep them out of NIR.
  for (const Finding& f : rec.base.findings) {
    CAPTURE(f.case_id);
    if (f.rule == "IC408") continue;
    CHECK(f.rule == "IC402");
    bool record_error = false;
    for (const Key& k : expected) record_error = record_error || (k.second == f.case_id && k.first < "IC100");
    CHECK(record_error);
  }
  fs::remove_all(dir);
}

}  // namespace

TEST_CASE("recall and precision on generated data, across reforms and error rates") {
  SynthOptions o;
  o.participants = 2000;
  o.seed = 42;
  check_recall_and_precision(o, "default");  // 2019-2026: both acts, chapter 6A from 2022
  o.first_year = 2015;
  o.last_year = 2018;  // introduksjonsloven alone
  o.seed = 5;
  check_recall_and_precision(o, "introduksjonsloven");
  o.first_year = 2021;
  o.last_year = 2024;  // chapter 6A at its height
  o.error_rate = 0.2;
  o.seed = 11;
  check_recall_and_precision(o, "chapter6a");
  o.error_rate = 0.05;
  o.first_year = 2017;
  o.last_year = 2020;  // the 2020 reform
  o.error_rate = 0.3;
  o.seed = 7;
  check_recall_and_precision(o, "reform2020");
  o.first_year = 2022;
  o.last_year = 2023;  // the 2024 reform, T in January 2024
  o.municipalities = 40;
  o.seed = 3;
  check_recall_and_precision(o, "reform2024");
}

TEST_CASE("every injectable rule is injected at a modest rate, and the manifest says so") {
  SynthOptions o;
  o.participants = 2000;
  o.error_rate = 0.05;
  o.seed = 1;
  fs::path dir = scratch("kinds");
  auto summary = synthesize(o, dir.string());
  REQUIRE(summary);
  CHECK(summary.value().injected == 100);
  std::string manifest = slurp(dir / "manifest.json");
  for (const char* rule : {"IC001", "IC003", "IC004", "IC005", "IC006", "IC007", "IC008", "IC009", "IC010", "IC011",
                           "IC012", "IC013", "IC014", "IC015", "IC101", "IC102", "IC103", "IC104", "IC105", "IC106",
                           "IC107", "IC108", "IC109", "IC110", "IC111", "IC112", "IC113", "IC114", "IC115", "IC116",
                           "IC117", "IC118", "IC119", "IC120", "IC201", "IC202"}) {
    std::string name = rule;
    CAPTURE(name);
    CHECK(manifest.find(std::string("\"") + rule + "\"") != std::string::npos);
  }
  fs::remove_all(dir);
  // The covid-19 extensions of 2020-2021 need programs of those years.
  o.first_year = 2018;
  o.last_year = 2021;
  dir = scratch("kinds-covid");
  REQUIRE(synthesize(o, dir.string()));
  CHECK(slurp(dir / "manifest.json").find("\"IC205\"") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("the same seed gives the same files, byte for byte") {
  SynthOptions o;
  o.participants = 300;
  o.seed = 99;
  fs::path a = scratch("a"), b = scratch("b");
  REQUIRE(synthesize(o, a.string()));
  REQUIRE(synthesize(o, b.string()));
  for (const char* file : {"participants.csv", "measures.csv", "nir_report.csv", "manifest.json"}) {
    std::string name = file;
    CAPTURE(name);
    CHECK(slurp(a / file) == slurp(b / file));
    CHECK(!slurp(a / file).empty());
  }
  o.seed = 100;
  fs::path c = scratch("c");
  REQUIRE(synthesize(o, c.string()));
  CHECK(slurp(a / "participants.csv") != slurp(c / "participants.csv"));
  for (const auto& d : {a, b, c}) fs::remove_all(d);
}

TEST_CASE("only synthetic test ids") {
  SynthOptions o;
  o.participants = 200;
  fs::path dir = scratch("ids");
  REQUIRE(synthesize(o, dir.string()));
  ImportOptions import;
  auto data = load_dataset((dir / "participants.csv").string(), std::nullopt, import);
  REQUIRE(data);
  for (ParticipationView p : data.value().participations)
    if (p.person_id().parsed()) CHECK(p.person_id().value.synthetic == SyntheticScheme::tenor);
  fs::remove_all(dir);
}
