// The conformance suite through the C++ API: the same expected findings the
// C, Python and C# runners demand (tests/conformance/README.md).
#include <doctest/doctest.h>
#include <introcheck/import.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/validate.hpp>

#include "conformance/json_mini.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace introcheck;
namespace fs = std::filesystem;

namespace {

std::string canonical(const std::string& rule, const std::string& case_id, const std::string& file, long long line,
                      const std::string& field, std::vector<std::string> params) {
  std::sort(params.begin(), params.end());
  std::string out = rule + "\x1f" + case_id + "\x1f" + fs::path(file).filename().string() + "\x1f" +
                    std::to_string(line) + "\x1f" + field + "\x1f";
  for (const auto& p : params) out += p + "\x1e";
  return out;
}

std::string param_text(const ParamValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<long long>(&v)) return std::to_string(*n);
  return format_iso(std::get<Date>(v));
}

struct Json {
  json_value value{};
  ~Json() { json_free(&value); }
};

bool read_json(const fs::path& path, Json& out) {
  char* text = json_read_file(path.c_str());
  if (!text) return false;
  bool ok = json_parse(text, &out.value) == 0;
  std::free(text);
  return ok;
}

}  // namespace

TEST_CASE("every conformance case gives exactly its expected findings") {
  fs::path cases = fs::path(INTROCHECK_TEST_DATA).parent_path() / "conformance" / "cases";
  int ran = 0;
  for (const auto& entry : fs::directory_iterator(cases)) {
    fs::path dir = entry.path();
    CAPTURE(dir.filename().string());
    Json spec, expected;
    REQUIRE(read_json(dir / "case.json", spec));
    REQUIRE(read_json(dir / "expected.json", expected));
    std::string run = json_get(&spec.value, "run")->string;
    const json_value* allow = json_get(&spec.value, "allow_synthetic");
    Date as_of = *parse_iso_date(json_get(&spec.value, "as_of")->string);
    int year = static_cast<int>(json_get(&spec.value, "year")->number);

    ImportOptions import;
    import.reference_date = as_of;
    std::optional<std::string> measures;
    if (fs::exists(dir / "measures.csv")) measures = (dir / "measures.csv").string();
    auto data = load_dataset((dir / "participants.csv").string(), measures, import);
    REQUIRE(data);

    std::vector<Finding> findings;
    if (run == "reconcile") {
      auto nir = load_nir_report((dir / "nir_report.csv").string(), import);
      REQUIRE(nir);
      ReconcileOptions o;
      o.year = year;
      o.as_of = as_of;
      findings = reconcile(data.value(), nir.value(), Environment{}, o).base.findings;
    } else {
      ValidationOptions o;
      o.year = year;
      o.as_of = as_of;
      Environment env;
      env.allow_synthetic = allow && allow->number;
      findings = validate(data.value(), env, o).findings;
    }

    std::vector<std::string> got, want;
    for (const Finding& f : findings) {
      std::vector<std::string> params;
      for (const Param& p : f.params) params.push_back(p.name + "=" + param_text(p.value));
      got.push_back(canonical(f.rule, f.case_id, f.file, static_cast<long long>(f.line), f.field, params));
    }
    for (std::size_t i = 0; i < expected.value.count; ++i) {
      const json_value& f = expected.value.items[i];
      const json_value* ps = json_get(&f, "params");
      std::vector<std::string> params;
      for (std::size_t j = 0; ps && j < ps->count; ++j)
        params.push_back(std::string(ps->keys[j]) + "=" +
                         (ps->items[j].kind == JSON_STRING ? std::string(ps->items[j].string)
                                                           : std::to_string(ps->items[j].number)));
      want.push_back(canonical(json_get(&f, "rule")->string, json_get(&f, "case_id")->string,
                               json_get(&f, "file")->string, json_get(&f, "line")->number,
                               json_get(&f, "field")->string, params));
    }
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    CHECK(got == want);
    ++ran;
  }
  CHECK(ran >= 5);
}
