// Instructions, not seconds: runs one operation once at one size with
// callgrind's instrumentation on only around the call, so that
// `valgrind --tool=callgrind --instr-atstart=no` counts exactly its
// instructions. Repeatable on a noisy shared machine, where timings are not;
// benchmarks/growth.sh compares the counts across sizes.
//
//   bench_growth validate|reconcile|results|import PARTICIPANTS
#include "util/file.hpp"
#include <introcheck/import.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/synth.hpp>
#include <introcheck/validate.hpp>

#include <valgrind/callgrind.h>

#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace introcheck;
namespace fs = std::filesystem;

namespace {

template <class F>
void counted(F&& f) {
  CALLGRIND_START_INSTRUMENTATION;
  f();
  CALLGRIND_STOP_INSTRUMENTATION;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bench_growth validate|reconcile|results|import PARTICIPANTS\n");
    return 2;
  }
  std::string op = argv[1];
  std::size_t n = std::strtoul(argv[2], nullptr, 10);
  // The same data as bench_library's, and shared with it.
  fs::path dir = fs::temp_directory_path() / ("introcheck-bench-2015-2024-" + std::to_string(n));
  fs::create_directories(dir);
  if (!fs::exists(dir / "manifest.json")) {
    SynthOptions o;
    o.participants = n;
    o.municipalities = 50;
    o.seed = 1;
  o.first_year = 2015;  // the years validated as of 15 January after the last
  o.last_year = 2024;
    synthesize(o, dir.string()).value();
  }
  const Date as_of(2025, 1, 15);
  ImportOptions import;
  import.reference_date = as_of;
  import.threads = 1;  // one thread: callgrind runs threads one at a time anyway
  std::string participants = detail::read_file((dir / "participants.csv").string(), SIZE_MAX).value();
  std::string measures = detail::read_file((dir / "measures.csv").string(), SIZE_MAX).value();
  Dataset d;
  if (op == "import") {
    counted([&] {
      import_participants(participants, "participants.csv", import, d).value();
      import_measures(measures, "measures.csv", import, d).value();
    });
    std::printf("%zu participations, %zu measures\n", d.participations.size(), d.measures.size());
    return 0;
  }
  import_participants(participants, "participants.csv", import, d).value();
  import_measures(measures, "measures.csv", import, d).value();
  std::size_t found = 0;
  if (op == "validate") {
    ValidationOptions o;
    o.year = 2024;
    o.as_of = as_of;
    Environment env;
    env.allow_synthetic = true;
    env.threads = 1;
    counted([&] { found = validate(d, env, o).findings.size(); });
  } else if (op == "reconcile") {
    NirReport report = load_nir_report((dir / "nir_report.csv").string(), import).value();
    ReconcileOptions o;
    o.year = 2024;
    o.as_of = as_of;
    counted([&] { found = reconcile(d, report, Environment{}, o).base.findings.size(); });
  } else if (op == "results") {
    counted([&] {
      auto persons = ended_persons(d, 2024, as_of, Config::defaults().thresholds, CodeList::builtin_end_reasons());
      found = compute_results(persons, ResultsOptions{}).rows.size();
    });
  } else {
    std::fprintf(stderr, "bench_growth: unknown operation '%s'\n", op.c_str());
    return 2;
  }
  std::printf("%zu participations, %zu measures, %zu out\n", d.participations.size(), d.measures.size(), found);
  return 0;
}
