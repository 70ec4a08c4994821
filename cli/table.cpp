// The table of commands and options. Change the command line here: the
// parser, every --help, the usage and the README's table follow (test cli
// checks the README against `introcheck help --markdown`).
#include "table.hpp"

#include "commands.hpp"

namespace introcheck::cli {
namespace {

// Every command takes --help (or -h), declared here once.
const Option help_option{.name = "help", .help = "print this help and exit (also -h)"};

const Option allow_synthetic{.name = "allow-synthetic", .help = "accept synthetic test ids as real ones"};

// The common options of the commands that read case-system files, with the
// same meaning in each. Two groups, so that a command's own options sit
// between the files and the environment in its help.
std::vector<Option> common_inputs() {
  return {
      {.name = "year", .arg = "Y", .help = "the reporting year, such as 2017", .required = true},
      {.name = "participants", .arg = "FILE", .help = "the participations exported from the case system (CSV)",
       .required = true},
      {.name = "measures", .arg = "FILE",
       .help = "the measures exported from the case system (CSV); without it the measure rules do not run"},
      {.name = "as-of", .arg = "DATE", .help = "the day the check is made on, YYYY-MM-DD",
       .default_text = "today in Oslo"},
      {.name = "deadline", .arg = "DATE", .help = "the transfer deadline, YYYY-MM-DD, instead of the deadline table",
       .default_text = "the deadline table"},
      {.name = "encoding", .arg = "NAME", .help = "the files' encoding: any ICU converter name (windows-1252, UTF-16LE, ...)",
       .default_text = "detected"},
      {.name = "max-input-mb", .arg = "N", .help = "refuse a larger input file with a clear message instead of filling memory",
       .default_text = "1073, that is 1 GiB"},
  };
}

std::vector<Option> common_environment(std::string_view formats) {
  return {
      {.name = "config", .arg = "FILE", .help = "settings on top of the defaults, and the case system's own column names and codes (README: Configuration, Your own columns and codes)",
       .default_text = "the defaults"},
      {.name = "lang", .arg = "nb|nn|en", .help = "the language of the text, html, junit and xlsx output", .default_text = "nb"},
      {.name = "reveal-ids", .help = "show person ids and names instead of masking them"},
      allow_synthetic,
      {.name = "threads", .arg = "N", .help = "threads for reading and checking large files; the output is the same for any number",
       .default_text = "0, one per core"},
      {.name = "format", .arg = formats, .help = "the output format", .default_text = "text"},
      {.name = "output", .arg = "FILE", .help = "write the output to FILE", .default_text = "standard output"},
  };
}

/// A command's own options between the common ones; `formats` are its --format choices.
std::vector<Option> with_common(std::string_view formats, const std::vector<Option>& own) {
  std::vector<Option> all = common_inputs();
  all.insert(all.end(), own.begin(), own.end());
  std::vector<Option> rest = common_environment(formats);
  all.insert(all.end(), rest.begin(), rest.end());
  return all;
}

// NIR's report filters, the same for report, reconcile and results.
const Option municipality_filter{.name = "municipality", .arg = "CODE[/DISTRICT]",
                                 .help = "only this follow-up municipality, or one district of it",
                                 .default_text = "all"};
const Option category_filter{.name = "category", .arg = "rett_og_plikt,kan_tilbys,rett_6a",
                             .help = "only these categories (one or more, comma-separated)", .default_text = "all"};
const Option end_reason_filter{.name = "end-reason", .arg = "registered,unregistered",
                               .help = "only ends with a registered end reason, or without one",
                               .default_text = "both"};
const Option strict{.name = "strict", .help = "exit 1 on warnings as well as on errors"};

std::vector<Command> build() {
  std::vector<Command> table = {
      {.name = "id",
       .operands = "ID...",
       .summary = "check fødselsnummer, D-nummer and DUF numbers",
       .description = "checks fødselsnummer, D-nummer and DUF numbers; JSON is one object per line: `input`, "
                      "`valid`, `kind` (`fnr`/`dnr`/`duf`), `synthetic`, `series` (`classic`/`2032`), "
                      "`birth_date`, `reason` (`length`, `non_digit`, `date`, `k1`, `k2`, `not_nir_id`, "
                      "`synthetic`)",
       .exit_status = "0 all valid, 1 any invalid",
       .options = {allow_synthetic, {.name = "format", .arg = "text|json", .help = "the output format",
                                     .default_text = "text"}},
       .run = run_id},
      {.name = "municipality",
       .operands = "CODE",
       .summary = "is the municipality code valid on the date, and what replaced it",
       .description = "is the code valid on the date (default today in Oslo); name, county and, for an old "
                      "code, the codes valid on the date that its area went to",
       .exit_status = "0 valid, 1 not",
       .options = {{.name = "date", .arg = "YYYY-MM-DD", .help = "the day to check the code on",
                    .default_text = "today in Oslo"},
                   {.name = "format", .arg = "text|json", .help = "the output format", .default_text = "text"}},
       .run = run_municipality},
      {.name = "validate",
       .summary = "the year-end check of a case-system export before transfer to NIR",
       .description = "the year-end check of a case-system export before transfer to NIR: every rule of "
                      "`docs/rules.md`",
       .exit_status = "0 no errors, 1 errors (or warnings with `--strict`)",
       .options = with_common("text|json|csv|html|junit|xlsx", {strict}),
       .run = run_validate},
      {.name = "report",
       .summary = "NIR's report 'Deltakere som har avsluttet introduksjonsprogram' as NIR will show it",
       .description = "NIR's report \"Deltakere som har avsluttet introduksjonsprogram\" as NIR will show it: "
                      "follow-up municipality, protected persons left out, one row per person with the "
                      "participation's effective legal basis",
       .exit_status = "0 success",
       .options = with_common("text|json|csv", {municipality_filter, category_filter, end_reason_filter}),
       .run = run_report},
      {.name = "reconcile",
       .summary = "NIR's report checked line by line against the case system",
       .description = "NIR's exported report (saved as CSV) checked line by line against the case system: "
                      "IC401–IC409, explained absences, and the accounting `report_rows = matched_equal + "
                      "matched_with_discrepancies + unmatched_report_rows`, `ended_in_scope = matched_equal + "
                      "matched_with_discrepancies + missing_from_report + explained_absences`",
       .exit_status = "0 no errors, 1 errors (or warnings with `--strict`)",
       .options = with_common("text|json|csv|html|junit|xlsx",
                              {{.name = "nir-report", .arg = "FILE",
                                .help = "NIR's report for the same filters, exported and saved as CSV",
                                .required = true},
                               municipality_filter, category_filter, end_reason_filter,
                               {.name = "with-validation", .help = "run every rule of validate as well"}, strict}),
       .run = run_reconcile},
      {.name = "results",
       .summary = "the results IMDi and Statistics Norway will publish, small counts suppressed",
       .description = "the figures IMDi and Statistics Norway publish: ended, by end-reason group, share to "
                      "work or education, per category and district, and from the case system per legal basis "
                      "(`ordinary`, `integreringsloven_6a`); counts below N (default 5) and whatever would give "
                      "them away are suppressed (`docs/results.schema.json`)",
       .exit_status = "0 success",
       .options = with_common("text|json|csv|xlsx",
                              {{.name = "nir-report", .arg = "FILE",
                                .help = "count NIR's report (saved as CSV) instead of the case system",
                                .default_text = "the case system"},
                               municipality_filter,
                               {.name = "suppress", .arg = "N",
                                .help = "suppress counts below N and whatever would give them away; 0 turns it off",
                                .default_text = "5"}}),
       .run = run_results},
      {.name = "synth",
       .summary = "synthetic data (synthetic test ids only) with known errors and their manifest",
       .description = "synthetic data (synthetic test ids only) with known errors: `participants.csv`, "
                      "`measures.csv`, `nir_report.csv` and `manifest.json`, every finding `validate` must give "
                      "for the last year, as of 15 January after it (recall 100 %, no false positives; "
                      "`tests/synth.cpp`)",
       .exit_status = "0 success",
       .options = {{.name = "participants", .arg = "N", .help = "how many participants to make", .required = true},
                   {.name = "municipalities", .arg = "K", .help = "follow-up municipalities, Oslo and the four cities first",
                    .default_text = "10"},
                   {.name = "years", .arg = "FIRST-LAST", .help = "the years of the programs; the manifest is for the last",
                    .default_text = "2019-2026"},
                   {.name = "error-rate", .arg = "R", .help = "the share of participants given one injected error, 0 to 1",
                    .default_text = "0.05"},
                   {.name = "seed", .arg = "S", .help = "the seed: the same seed gives the same files", .default_text = "1"},
                   {.name = "output", .arg = "DIR", .help = "the folder to write to (made when missing)",
                    .required = true}},
       .run = run_synth},
      {.name = "rules",
       .summary = "the rule catalogue",
       .description = "the rule catalogue; `docs/rules.md` is its markdown output",
       .exit_status = "0 success",
       .options = {{.name = "format", .arg = "text|json|markdown", .help = "the output format", .default_text = "text"}},
       .run = run_rules},
      {.name = "version",
       .summary = "the version of introcheck",
       .description = "prints `introcheck VERSION`; `introcheck --version` does the same",
       .exit_status = "0 success",
       .run = run_version},
      {.name = "help",
       .operands = "[COMMAND]",
       .summary = "the usage, or the help of one command",
       .description = "the usage with every command; with a command, what `introcheck COMMAND --help` prints: "
                      "its synopsis, options, defaults and exit statuses",
       .exit_status = "0 success",
       // --markdown prints this table as the README's rows (test cli compares them).
       .options = {{.name = "markdown", .help = "the README's command table", .hidden = true}},
       .run = run_help},
  };
  for (Command& c : table) c.options.push_back(help_option);
  return table;
}

}  // namespace

const Option* Command::option(std::string_view wanted) const {
  for (const Option& o : options)
    if (o.name == wanted) return &o;
  return nullptr;
}

const std::vector<Command>& commands() {
  static const std::vector<Command> table = build();
  return table;
}

const Command* find_command(std::string_view name) {
  for (const Command& c : commands())
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace introcheck::cli
