// introcheck report, reconcile and results: NIR's report predicted, checked
// line by line against the case system, and the results it will publish.
#include "commands.hpp"
#include "common.hpp"
#include "xlsx.hpp"

#include <introcheck/output.hpp>
#include <introcheck/predict.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/sheets.hpp>

namespace introcheck::cli {

int run_report(const Args& args) {
  if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  PredictOptions options;
  options.year = year_option(args);
  std::string format = args.choice("format");
  Environment env = environment_option(args);
  options.as_of = date_option(args, "as-of", today_oslo());
  options.scope = scope_options(args);
  Dataset dataset = load_dataset_options(args, env, options.as_of);
  NirReport report = predict_report(dataset, env, options);
  bool reveal = env.reveal_ids;
  write_output(args, format == "json"  ? render_json(report, options.year, reveal)
                     : format == "csv" ? render_csv(report, reveal)
                                       : render_text(report, options.year, reveal, env.language));
  return 0;
}

int run_reconcile(const Args& args) {
  if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  ReconcileOptions options;
  options.year = year_option(args);
  std::string format = args.choice("format");
  Environment env = environment_option(args);
  options.as_of = date_option(args, "as-of", today_oslo());
  options.scope = scope_options(args);
  options.with_validation = args.flag("with-validation");
  if (args.option("deadline")) options.deadline = date_option(args, "deadline", Date());
  Dataset dataset = load_dataset_options(args, env, options.as_of);
  NirReport nir = load_nir_report_option(args, env, options.as_of);

  ReconcileReport report = reconcile(dataset, nir, env, options);
  const bool strict = args.flag("strict");
  write_output(args, format == "json"    ? render_json(report)
                     : format == "csv"   ? render_csv(report.base)
                     : format == "html"  ? render_html(report, report.results, env.language)
                     : format == "junit" ? render_junit(report, env.language, strict)
                     : format == "xlsx"  ? xlsx_bytes(tabulate(report, env.language))
                                         : render_text(report, env.language));
  const Summary& s = report.base.summary;
  if (format == "csv") note_skipped_rules("reconcile", s);
  return s.errors > 0 || (strict && s.warnings > 0) ? 1 : 0;
}

int run_results(const Args& args) {
  if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  int year = year_option(args);
  std::string format = args.choice("format");
  Environment env = environment_option(args);
  Date as_of = date_option(args, "as-of", today_oslo());
  ReportScope scope = scope_options(args);
  if (auto s = args.option("suppress")) {
    if (s->empty() || s->size() > 4 || s->find_first_not_of("0123456789") != std::string::npos)
      throw UsageError("--suppress must be a whole number (0 turns suppression off), not '" + *s + "'");
    env.suppress_below = std::stoi(*s);
  }
  PublishOptions options{year, as_of, scope.municipality, scope.district};
  Dataset dataset = load_dataset_options(args, env, as_of);
  PublishedResults results = args.option("nir-report")
                                 ? compute_results(load_nir_report_option(args, env, as_of), env, options)
                                 : compute_results(dataset, env, options);
  write_output(args, format == "json"   ? render_json(results, year, as_of)
                     : format == "csv"  ? render_csv(results)
                     : format == "xlsx" ? xlsx_bytes(tabulate(results, year, as_of, env.language))
                                        : render_text(results, year, env.language));
  return 0;
}

}  // namespace introcheck::cli
