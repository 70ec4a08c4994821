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
#include <introcheck/validate.hpp>

#include <string>

namespace introcheck::cli {

/// Input the tool cannot use: one clear line on stderr, exit status 2.
struct InputError : UsageError {
  using UsageError::UsageError;
};

// The common options themselves (the run, the files, the environment and
// the output) are declared in table.cpp; these read them.

/// --year (required by the table), a plausible reporting year.
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
/// --participants (required by the table) and --measures, read with --encoding.
Dataset load_dataset_options(const Args& args, const Environment& env, Date reference);
/// --NAME N: a whole number in [lo, hi], or `fallback` when not given.
long long number_option(const Args& args, const std::string& name, long long fallback, long long lo, long long hi);
/// --threads N: threads for reading and checking large files; 0 (default) = one per core.
unsigned threads_option(const Args& args);
/// --nir-report, read with --encoding; only where the table requires it or it was given.
NirReport load_nir_report_option(const Args& args, const Environment& env, Date reference);
/// Writes to --output FILE, or to standard output.
void write_output(const Args& args, const std::string& text);
/// For outputs that hold findings only (CSV): the rules a missing column kept
/// from running, on stderr.
void note_skipped_rules(const char* command, const Summary& s);

}  // namespace introcheck::cli
