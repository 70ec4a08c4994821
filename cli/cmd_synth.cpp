// introcheck synth: synthetic data with known errors and the manifest of
// every finding they must produce. Writes synthetic test ids by design.
#include "commands.hpp"
#include "common.hpp"

#include <introcheck/synth.hpp>

#include <cstdio>
#include <filesystem>

namespace introcheck::cli {

int run_synth(const Args& args) {
  if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  SynthOptions o;
  o.participants = static_cast<std::size_t>(number_option(args, "participants", 0, 1, 100000000));
  o.municipalities = static_cast<int>(number_option(args, "municipalities", 10, 1, 400));
  o.seed = static_cast<std::uint64_t>(number_option(args, "seed", 1, 0, (1LL << 62)));
  if (auto years = args.option("years")) {
    unsigned a = 0, b = 0;
    char dash = 0;
    if (std::sscanf(years->c_str(), "%4u%c%4u", &a, &dash, &b) != 3 || dash != '-' || a < 2000 || b > 2100 || a > b)
      throw UsageError("--years must be FIRST-LAST such as 2015-2018, not '" + *years + "'");
    o.first_year = static_cast<int>(a);
    o.last_year = static_cast<int>(b);
  }
  if (auto rate = args.option("error-rate")) {
    try {
      std::size_t used = 0;
      o.error_rate = std::stod(*rate, &used);
      if (used != rate->size() || o.error_rate < 0 || o.error_rate > 1) throw UsageError("");
    } catch (...) {
      throw UsageError("--error-rate must be a number from 0 to 1, not '" + *rate + "'");
    }
  }
  const std::string& out = args.value("output");
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
  if (ec) throw InputError("cannot create " + out + ": " + ec.message());
  auto result = synthesize(o, out);
  if (!result) throw InputError(result.error().describe());
  const SynthSummary& s = result.value();
  std::printf("%zu participations, %zu measures, %zu injected errors, %zu expected findings for %d as of %s in %s\n",
              s.participations, s.measures, s.injected, s.expected_findings, o.last_year,
              format_iso(s.as_of).c_str(), out.c_str());
  return 0;
}

}  // namespace introcheck::cli
