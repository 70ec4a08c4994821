// Environment: everything a run depends on besides its data, its year and
// its as-of date — code lists, municipality data, deadlines, configuration,
// language, id masking, synthetic ids, threads, limits.
//
// Every operation takes one (validate, predict_report, reconcile, results,
// render); their option structs hold only what belongs to one run. A plain
// value: the tables are shared, immutable and cheap to copy, so one process
// may keep an environment per municipality, and use each from many threads
// at once as long as none of them changes it.
#pragma once

#include <introcheck/calendar.hpp>
#include <introcheck/code_list.hpp>
#include <introcheck/config.hpp>
#include <introcheck/import.hpp>
#include <introcheck/language.hpp>
#include <introcheck/municipality.hpp>

#include <cstddef>
#include <memory>

namespace introcheck {

struct Environment {
  /// The embedded tables and defaults: bokmål, masked ids, no synthetic ids,
  /// one thread per core, files up to 1 GiB.
  Environment();

  // The data. Never null; replace one to use a vendor's table.
  std::shared_ptr<const CodeList> end_reasons;
  std::shared_ptr<const CodeList> measures;
  std::shared_ptr<const CodeList> end_goals;
  std::shared_ptr<const Municipalities> municipalities;
  std::shared_ptr<const DeadlineTable> deadlines;
  Config config;  ///< thresholds, severity overrides, acknowledged findings

  // How runs behave and what they show.
  Language language = Language::nb;
  bool reveal_ids = false;       ///< full person ids (and NIR's names) instead of masked ones
  bool allow_synthetic = false;  ///< accept synthetic test ids (IC002 off)
  /// Threads for reading and checking large inputs: 0 = one per core. The
  /// output is the same, byte for byte, whatever the number.
  unsigned threads = 0;
  std::size_t max_input_bytes = std::size_t{1} << 30;  ///< larger input files are refused
  std::size_t max_case_id_bytes = 256;  ///< a row with a longer case id is rejected (above 65535, 65535)
  int suppress_below = 5;  ///< published results: counts 1..N-1 suppressed; 0 = off

  /// How the importers read files under this environment: its code lists,
  /// municipalities (leading-zero repair), the configuration's mapping of
  /// columns and values (borrowed: valid while this environment is unchanged),
  /// limit and threads. `reference`
  /// decides person-id centuries (not_a_date_time: today).
  ImportOptions import_options(Date reference = {}) const;
};

}  // namespace introcheck
