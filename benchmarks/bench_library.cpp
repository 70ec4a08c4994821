// Library benchmarks (Google Benchmark): validation (1 and 2 threads, and
// one thread without rendering messages),
// reconciliation and results in memory at 10^3..10^6 participations (about
// seven measures each), CSV import in MB/s (1 and 2 threads), and one record
// through the C ABI.
#include <benchmark/benchmark.h>
#include <introcheck.h>
#include "util/file.hpp"
#include <introcheck/import.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/synth.hpp>
#include <introcheck/validate.hpp>

#include <cstdint>
#include <filesystem>
#include <map>

using namespace introcheck;
namespace fs = std::filesystem;

namespace {

const Date as_of(2025, 1, 15);

// Generated once per size and kept for every benchmark of that size.
struct Fixture {
  std::string participants_csv, measures_csv;
  Dataset data;
  NirReport report;
};

const Fixture& fixture(std::size_t n) {
  static std::map<std::size_t, Fixture> cache;
  auto it = cache.find(n);
  if (it != cache.end()) return it->second;
  fs::path dir = fs::temp_directory_path() / ("introcheck-bench-2015-2024-" + std::to_string(n));
  fs::create_directories(dir);
  SynthOptions o;
  o.participants = n;
  o.municipalities = 50;
  o.seed = 1;
  o.first_year = 2015;  // the years validated as of 15 January after the last
  o.last_year = 2024;
  if (!fs::exists(dir / "manifest.json")) synthesize(o, dir.string()).value();
  Fixture f;
  f.participants_csv = detail::read_file((dir / "participants.csv").string(), SIZE_MAX).value();
  f.measures_csv = detail::read_file((dir / "measures.csv").string(), SIZE_MAX).value();
  ImportOptions import;
  import.reference_date = as_of;
  import_participants(f.participants_csv, "participants.csv", import, f.data).value();
  import_measures(f.measures_csv, "measures.csv", import, f.data).value();
  f.report = load_nir_report((dir / "nir_report.csv").string(), import).value();
  return cache.emplace(n, std::move(f)).first->second;
}

void sizes(benchmark::internal::Benchmark* b) {
  for (long n : {1000L, 10000L, 100000L, 1000000L}) b->Arg(n);
  // A run before the timed ones: the first run at 10^6 also faults in
  // gigabytes of fresh memory, and took twice as long as the next.
  b->Unit(benchmark::kMillisecond)->MinWarmUpTime(1.0);
}

// Sizes with 1 and 2 threads, timed by the clock on the wall: the threads'
// time is not the calling thread's. threads = 1 gives the figure per core.
void sizes_threads(benchmark::internal::Benchmark* b) {
  for (long n : {1000L, 10000L, 100000L, 1000000L})
    for (long threads : {1L, 2L}) b->Args({n, threads});
  b->ArgNames({"n", "threads"})->Unit(benchmark::kMillisecond)->UseRealTime()->MinWarmUpTime(1.0);
}

void BM_Validate(benchmark::State& state) {
  const Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  ValidationOptions o;
  o.year = 2024;
  o.as_of = as_of;
  Environment env;
  env.allow_synthetic = true;
  env.threads = static_cast<unsigned>(state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(validate(f.data, env, o));
  state.SetItemsProcessed(state.iterations() * static_cast<long>(f.data.participations.size()));
  state.counters["measures"] = static_cast<double>(f.data.measures.size());
}
BENCHMARK(BM_Validate)->Apply(sizes_threads);

// One thread, messages left for the caller to render when asked
// (ValidationOptions::render_messages = false), as the C ABI runs.
void BM_ValidateUnrendered(benchmark::State& state) {
  const Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  ValidationOptions o;
  o.year = 2024;
  o.as_of = as_of;
  o.render_messages = false;
  Environment env;
  env.allow_synthetic = true;
  env.threads = 1;
  for (auto _ : state) benchmark::DoNotOptimize(validate(f.data, env, o));
  state.SetItemsProcessed(state.iterations() * static_cast<long>(f.data.participations.size()));
}
BENCHMARK(BM_ValidateUnrendered)->Apply(sizes);

void BM_Reconcile(benchmark::State& state) {
  const Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  ReconcileOptions o;
  o.year = 2024;
  o.as_of = as_of;
  const Environment env;
  for (auto _ : state) benchmark::DoNotOptimize(reconcile(f.data, f.report, env, o));
  state.SetItemsProcessed(state.iterations() * static_cast<long>(f.report.rows.size()));
  state.counters["report_rows"] = static_cast<double>(f.report.rows.size());
}
BENCHMARK(BM_Reconcile)->Apply(sizes);

void BM_Results(benchmark::State& state) {
  const Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto persons = ended_persons(f.data, 2024, as_of, Config::defaults().thresholds, CodeList::builtin_end_reasons());
    benchmark::DoNotOptimize(compute_results(persons, ResultsOptions{}));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long>(f.data.participations.size()));
}
BENCHMARK(BM_Results)->Apply(sizes);

void BM_ImportCsv(benchmark::State& state) {
  const Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  ImportOptions import;
  import.reference_date = as_of;
  import.threads = static_cast<unsigned>(state.range(1));
  for (auto _ : state) {
    Dataset d;
    import_participants(f.participants_csv, "participants.csv", import, d).value();
    import_measures(f.measures_csv, "measures.csv", import, d).value();
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(state.iterations() *
                          static_cast<long>(f.participants_csv.size() + f.measures_csv.size()));
}
BENCHMARK(BM_ImportCsv)->Apply(sizes_threads);

// Interactive use: one record changed, validate now, through the C ABI.
void BM_CApiSingleRecord(benchmark::State& state) {
  introcheck_context* ctx = nullptr;
  introcheck_dataset* ds = nullptr;
  introcheck_context_new(&ctx);
  introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, 1);
  introcheck_dataset_new(&ds, ctx);
  introcheck_participation p = INTROCHECK_PARTICIPATION_INIT;
  p.case_id = "K1";
  p.person_id = "12839010182";
  p.category = "rett_og_plikt";
  p.follow_up_municipality = "0301";
  p.start_date = 20220301;
  p.end_date = 20230630;
  p.settlement_date = 20211115;
  introcheck_dataset_add_participation(ds, &p);  // no end reason: one finding (IC101)
  introcheck_measure m = INTROCHECK_MEASURE_INIT;
  m.case_id = "K1";
  m.measure = "norsk";
  m.start_date = 20220301;
  m.end_date = 20230630;
  introcheck_dataset_add_measure(ds, &m);
  introcheck_run_options o = INTROCHECK_RUN_OPTIONS_INIT;
  o.year = 2023;
  o.as_of = 20240115;
  for (auto _ : state) {
    introcheck_result* r = nullptr;
    introcheck_validate(&r, ds, &o);
    benchmark::DoNotOptimize(introcheck_result_finding_count(r));
    introcheck_result_free(r);
  }
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
}
BENCHMARK(BM_CApiSingleRecord)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
