// Synthetic national data with known errors, for tests and benchmarks.
//
// Writes participants.csv, measures.csv, a matching NIR report export
// (nir_report.csv: the report NIR would show for the data) and manifest.json:
// every finding `introcheck validate` must produce for the stated year and
// as-of date — each injected error and each info or warning the realistic
// shapes cause — so a test can demand recall 100 % and no false positives.
// Person ids are synthetic test ids only (month + 80); validate with test ids
// allowed. The same seed gives the same files, byte for byte.
#pragma once

#include <introcheck/municipality.hpp>
#include <introcheck/result.hpp>

#include <cstdint>
#include <string>

namespace introcheck {

struct SynthOptions {
  std::size_t participants = 1000;
  int municipalities = 10;   ///< follow-up municipalities, Oslo and the four cities first
  int first_year = 2019;     ///< both acts: introduksjonsloven, integreringsloven from 2021, chapter 6A from 2022
  int last_year = 2026;      ///< the reporting year Y the manifest is for
  double error_rate = 0.05;  ///< share of participants given one injected error
  std::uint64_t seed = 1;
  const Municipalities* municipality_data = nullptr;  ///< nullptr: builtin
};

struct SynthSummary {
  std::size_t participations = 0;  ///< rows written (injected duplicates included)
  std::size_t measures = 0;
  std::size_t injected = 0;
  std::size_t expected_findings = 0;
  Date as_of;  ///< T of the manifest: 15 January after the last year
};

/// Writes the four files into `directory` (which must exist).
Result<SynthSummary> synthesize(const SynthOptions& options, const std::string& directory);

}  // namespace introcheck
