// What the subcommands that read case-system files share: the common options,
// reading the configuration and the files, writing the output.
#pragma once

#include "args.hpp"

#include <introcheck/config.hpp>
#include <introcheck/dataset.hpp>
#include <introcheck/environment.hpp>
#include <introcheck/import.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/rules.hpp>

#include <string>

namespace introcheck::cli {

/// Input the tool cannot use: one clear line on stderr, exit status 2.
struct InputError : UsageError {
  using UsageError::UsageError;
};

/// The options every command that reads case-system files takes, with the
/// same meaning everywhere: the run (--year, --as-of, --deadline), the files
/// (--participants, --measures, --encoding, --max-input-mb), the
/// environment (--config, --lang, --reveal-ids, --allow-synthetic,
/// --threads) and the output (--format, --output).
std::set<std::string> common_flags(std::set<std::string> more = {});
std::set<std::string> common_options(std::set<std::string> more = {});

/// --year, required, a plausible reporting year.
int year_option(const Args& args);
/// A YYYY-MM-DD option, or `fallback` when absent.
Date date_option(const Args& args, const std::string& name, Date fallback);
Language language_option(const Args& args);
/// --config on top of the defaults, or the defaults.
Config config_option(const Args& args);
/// --municipality, --category and --end-reason as NIR's filters.
ReportScope scope_options(const Args& args);
/// The environment of the common options: --config, --lang, --reveal-ids,
/// --allow-synthetic, --threads, --max-input-mb.
Environment environment_option(const Args& args);
/// --participants (required) and --measures, read with --encoding.
Dataset load_dataset_options(const Args& args, const Environment& env, Date reference);
/// --NAME N: a whole number in [lo, hi], or `fallback` when not given.
long long number_option(const Args& args, const std::string& name, long long fallback, long long lo, long long hi);
/// --threads N: threads for reading and checking large files; 0 (default) = one per core.
unsigned threads_option(const Args& args);
NirReport load_nir_report_option(const Args& args, const Environment& env, Date reference);
/// Writes to --output FILE, or to standard output.
void write_output(const Args& args, const std::string& text);

}  // namespace introcheck::cli
