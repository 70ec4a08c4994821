// introcheck report, reconcile and results: NIR's report predicted, checked
// line by line against the case system, and the results it will publish.
#include "commands.hpp"
#include "common.hpp"

#include <introcheck/output.hpp>
#include <introcheck/predict.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>

namespace introcheck::cli {

int run_report(int argc, char** argv) {
  Args args(argc, argv, 2, {"reveal-ids"},
            {"year", "participants", "measures", "municipality", "category", "end-reason", "as-of", "encoding", "max-input-mb",
             "config", "lang", "format", "output"});
  if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  PredictOptions options;
  options.year = year_option(args);
  std::string format = args.choice("format", {"text", "json", "csv"}, "text");
  Language lang = language_option(args);
  options.as_of = date_option(args, "as-of", today_oslo());
  options.scope = scope_options(args);
  Config config = config_option(args);
  options.config = &config;
  Dataset dataset = load_dataset_options(args, options.as_of);
  NirReport report = predict_report(dataset, options);
  bool reveal = args.flag("reveal-ids");
  write_output(args, format == "json"  ? render_json(report, options.year, reveal)
                     : format == "csv" ? render_csv(report, reveal)
                                       : render_text(report, options.year, reveal, lang));
  return 0;
}

int run_reconcile(int argc, char** argv) {
  Args args(argc, argv, 2, {"with-validation", "allow-synthetic", "reveal-ids", "strict"},
            {"year", "participants", "measures", "nir-report", "municipality", "category", "end-reason",
             "as-of", "encoding", "max-input-mb", "config", "lang", "format", "output", "threads"});
  if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  ReconcileOptions options;
  options.year = year_option(args);
  std::string format = args.choice("format", {"text", "json", "csv", "html"}, "text");
  options.language = language_option(args);
  options.as_of = date_option(args, "as-of", today_oslo());
  options.scope = scope_options(args);
  options.reveal_ids = args.flag("reveal-ids");
  Config config = config_option(args);
  options.config = &config;
  Dataset dataset = load_dataset_options(args, options.as_of);
  NirReport nir = load_nir_report_option(args, options.as_of);

  ReconcileReport report = reconcile(dataset, nir, options);
  if (args.flag("with-validation")) {
    ValidationOptions v;
    v.year = options.year;
    v.as_of = options.as_of;
    v.allow_synthetic = args.flag("allow-synthetic");
    v.threads = threads_option(args);
    v.reveal_ids = options.reveal_ids;
    v.language = options.language;
    v.config = &config;
    ValidationReport validation = validate(dataset, v);
    for (Finding& f : validation.findings) report.base.findings.push_back(std::move(f));
    report.base.summary.deadline = validation.summary.deadline;
    report.base.summary.days_left = validation.summary.days_left;
    summarize(report.base);
  }

  std::string out;
  if (format == "json") out = render_json(report);
  else if (format == "csv") out = render_csv(report.base);
  else if (format == "html") {
    ResultsOptions ro;
    if (report.municipalities.size() == 1) ro.municipality = report.municipalities.front();
    auto persons = ended_persons(dataset, options.year, options.as_of, config.thresholds,
                                 CodeList::builtin_end_reasons());
    Results results = compute_results(persons, ro);
    out = render_html(report, results, options.language);
  } else {
    out = render_text(report, options.language);
  }
  write_output(args, out);
  const Summary& s = report.base.summary;
  return s.errors > 0 || (args.flag("strict") && s.warnings > 0) ? 1 : 0;
}

int run_results(int argc, char** argv) {
  Args args(argc, argv, 2, {},
            {"year", "participants", "measures", "nir-report", "municipality", "suppress", "as-of", "encoding", "max-input-mb",
             "config", "lang", "format", "output"});
  if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  int year = year_option(args);
  std::string format = args.choice("format", {"text", "json", "csv"}, "text");
  Language lang = language_option(args);
  Date as_of = date_option(args, "as-of", today_oslo());
  ReportScope scope = scope_options(args);
  ResultsOptions options;
  options.municipality = scope.municipality;
  options.district = scope.district;
  if (auto s = args.option("suppress")) {
    if (s->empty() || s->size() > 4 || s->find_first_not_of("0123456789") != std::string::npos)
      throw UsageError("--suppress must be a whole number (0 turns suppression off), not '" + *s + "'");
    options.suppress_below = std::stoi(*s);
  }
  Config config = config_option(args);
  Dataset dataset = load_dataset_options(args, as_of);
  std::vector<EndedPerson> persons;
  if (args.option("nir-report")) persons = ended_persons(load_nir_report_option(args, as_of), CodeList::builtin_end_reasons());
  else persons = ended_persons(dataset, year, as_of, config.thresholds, CodeList::builtin_end_reasons());
  Results results = compute_results(persons, options);
  write_output(args, format == "json"  ? render_json(results, year, as_of)
                     : format == "csv" ? render_csv(results)
                                       : render_text(results, year, lang));
  return 0;
}

}  // namespace introcheck::cli
