// Runs (predict, validate, reconcile, results) and what they produce.
#include "internal.hpp"

#include <introcheck/calendar.hpp>
#include <introcheck/output.hpp>

using namespace introcheck;
using namespace introcheck::capi;

namespace {

struct Run {
  int year = 0;
  Date as_of;
  std::optional<Date> deadline;
  ReportScope scope;
};

// Reads and checks the caller's options.
int read_options(const introcheck_run_options* in, Run& run) {
  introcheck_run_options o = INTROCHECK_RUN_OPTIONS_INIT;
  if (!read_struct(in, o)) return fail(INTROCHECK_E_INVALID, "options: NULL or bad size");
  if (o.year < 1900 || o.year > 2200) return fail(INTROCHECK_E_INVALID, "options: year must be a reporting year");
  run.year = o.year;
  std::optional<Date> as_of;
  if (!date_arg(o.as_of, as_of)) return fail(INTROCHECK_E_INVALID, "options: as_of is not a real date");
  run.as_of = as_of ? *as_of : today_oslo();
  if (!date_arg(o.deadline, run.deadline)) return fail(INTROCHECK_E_INVALID, "options: deadline is not a real date");
  std::string_view m, c, e;
  if (!text(o.municipality, m) || !text(o.categories, c) || !text(o.end_reasons, e))
    return fail(INTROCHECK_E_INVALID, "options: a string is not valid UTF-8");
  if (o.municipality)
    if (auto r = parse_scope_place(m, run.scope); !r) return fail(r.error());
  if (o.categories)
    if (auto r = parse_scope_categories(c, run.scope); !r) return fail(r.error());
  if (o.end_reasons)
    if (auto r = parse_scope_end_reasons(e, run.scope); !r) return fail(r.error());
  return INTROCHECK_OK;
}

// Parameter values as text, computed once so they can be lent out; room
// for the messages.
void prepare(introcheck_result& r) {
  r.messages.assign(r.report.findings.size(), std::string());
  r.param_text.clear();
  for (const Finding& f : r.report.findings) {
    auto& texts = r.param_text.emplace_back();
    for (const Param& p : f.params) {
      if (const auto* s = std::get_if<std::string>(&p.value)) texts.push_back(*s);
      else if (const auto* n = std::get_if<long long>(&p.value)) texts.push_back(std::to_string(*n));
      else texts.push_back(format_iso(std::get<Date>(p.value)));
    }
  }
}

// Finding `i`'s message, rendered on first use. The string stays where it
// is for the result's life: the vector is never resized.
const std::string& message_of(const introcheck_result& r, std::size_t i) {
  std::lock_guard<std::mutex> lock(r.messages_lock);
  std::string& m = r.messages[i];
  if (m.empty()) m = render_message(r.report.findings[i], r.env);
  return m;
}

// The findings with every message, for an output that shows them: those
// rendered so far, the rest rendered now (on the context's threads) and kept.
std::vector<Finding> findings_with_messages(const introcheck_result& r) {
  std::vector<Finding> out = r.report.findings;
  std::lock_guard<std::mutex> lock(r.messages_lock);
  for (std::size_t i = 0; i < out.size(); ++i) out[i].message = r.messages[i];
  render_messages(out, r.env);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (r.messages[i].empty()) r.messages[i] = out[i].message;
  return out;
}

PublishedResults results_of(const Environment& env, const Dataset& data, const NirReport* report, const Run& run) {
  PublishOptions o{run.year, run.as_of, run.scope.municipality, run.scope.district};
  return report ? compute_results(*report, env, o) : compute_results(data, env, o);
}

}  // namespace

extern "C" int introcheck_predict_report(introcheck_nir_report** out, const introcheck_dataset* ds,
                                         const introcheck_run_options* options) {
  return guard([&] {
    if (!out || !ds) return fail(INTROCHECK_E_INVALID, "predict_report: NULL argument");
    Run run;
    if (int s = read_options(options, run); s != INTROCHECK_OK) return s;
    PredictOptions p{run.year, run.as_of, run.scope};
    *out = new introcheck_nir_report(ds->ctx, predict_report(ds->data, ds->ctx->env, p));
    return ok();
  });
}

extern "C" int introcheck_validate(introcheck_result** out, const introcheck_dataset* ds,
                                   const introcheck_run_options* options) {
  return guard([&] {
    if (!out || !ds) return fail(INTROCHECK_E_INVALID, "validate: NULL argument");
    Run run;
    if (int s = read_options(options, run); s != INTROCHECK_OK) return s;
    auto result = std::make_unique<introcheck_result>();
    result->env = ds->ctx->env;
    result->report = validate(ds->data, result->env, {run.year, run.as_of, run.deadline, false});
    prepare(*result);
    *out = result.release();
    return ok();
  });
}

extern "C" int introcheck_reconcile(introcheck_result** out, const introcheck_dataset* ds,
                                    const introcheck_nir_report* report, const introcheck_run_options* options) {
  return guard([&] {
    if (!out || !ds || !report) return fail(INTROCHECK_E_INVALID, "reconcile: NULL argument");
    Run run;
    if (int s = read_options(options, run); s != INTROCHECK_OK) return s;
    ReconcileOptions r;
    r.year = run.year;
    r.as_of = run.as_of;
    r.scope = run.scope;
    r.deadline = run.deadline;
    r.render_messages = false;  // rendered when asked: message_of(), findings_with_messages()
    auto result = std::make_unique<introcheck_result>();
    result->env = ds->ctx->env;
    result->reconciliation = reconcile(ds->data, report->report, result->env, r);
    result->report = result->reconciliation->base;
    prepare(*result);
    *out = result.release();
    return ok();
  });
}

extern "C" void introcheck_result_free(introcheck_result* result) { delete result; }

extern "C" int introcheck_result_summary(introcheck_summary* out, const introcheck_result* result) {
  return guard([&] {
    if (!result || !out) return fail(INTROCHECK_E_INVALID, "result_summary: NULL argument");
    const Summary& s = result->report.summary;
    introcheck_summary full = INTROCHECK_SUMMARY_INIT;
    full.errors = static_cast<int64_t>(s.errors);
    full.warnings = static_cast<int64_t>(s.warnings);
    full.infos = static_cast<int64_t>(s.infos);
    full.acknowledged = static_cast<int64_t>(s.acknowledged);
    full.participants_read = static_cast<int64_t>(s.participants.rows_read);
    full.participants_accepted = static_cast<int64_t>(s.participants.accepted);
    full.participants_rejected = static_cast<int64_t>(s.participants.rejected);
    full.measures_read = static_cast<int64_t>(s.measures.rows_read);
    full.measures_accepted = static_cast<int64_t>(s.measures.accepted);
    full.measures_rejected = static_cast<int64_t>(s.measures.rejected);
    full.measure_rules_ran = s.measure_rules_ran;
    full.deadline = s.deadline ? to_yyyymmdd(*s.deadline) : 0;
    full.days_left = s.days_left.value_or(0);
    if (result->reconciliation) {
      const ReconciliationCounts& n = result->reconciliation->counts;
      full.report_rows = static_cast<int64_t>(n.report_rows);
      full.matched_equal = static_cast<int64_t>(n.matched_equal);
      full.matched_with_discrepancies = static_cast<int64_t>(n.matched_with_discrepancies);
      full.unmatched_report_rows = static_cast<int64_t>(n.unmatched_report_rows);
      full.ended_in_scope = static_cast<int64_t>(n.ended_in_scope);
      full.missing_from_report = static_cast<int64_t>(n.missing_from_report);
      full.explained_absences = static_cast<int64_t>(n.explained_absences);
      full.report_rows_out_of_scope = static_cast<int64_t>(n.report_rows_out_of_scope);
    }
    if (!write_struct(out, full)) return fail(INTROCHECK_E_INVALID, "result_summary: bad out->size");
    return ok();
  });
}

extern "C" size_t introcheck_result_finding_count(const introcheck_result* result) {
  return result ? result->report.findings.size() : 0;
}

extern "C" int introcheck_result_finding(introcheck_finding* out, const introcheck_result* result, size_t index) {
  return guard([&] {
    if (!result || !out) return fail(INTROCHECK_E_INVALID, "result_finding: NULL argument");
    if (index >= result->report.findings.size()) return fail(INTROCHECK_E_RANGE, "result_finding: index past the end");
    const Finding& f = result->report.findings[index];
    introcheck_finding full = INTROCHECK_FINDING_INIT;
    full.rule = f.rule.c_str();
    full.severity = static_cast<int32_t>(f.severity);
    full.acknowledged = f.acknowledged;
    full.case_id = f.case_id.c_str();
    full.municipality = f.municipality.c_str();
    full.file = f.file.c_str();
    full.line = static_cast<int64_t>(f.line);
    full.field = f.field.c_str();
    full.person = f.person.c_str();
    full.message = message_of(*result, index).c_str();
    full.param_count = f.params.size();
    if (!write_struct(out, full)) return fail(INTROCHECK_E_INVALID, "result_finding: bad out->size");
    return ok();
  });
}

extern "C" int introcheck_result_param(const char** name, const char** value, introcheck_param_type* type,
                                       const introcheck_result* result, size_t index, size_t param) {
  return guard([&] {
    if (!result) return fail(INTROCHECK_E_INVALID, "result_param: NULL result");
    if (index >= result->report.findings.size() || param >= result->report.findings[index].params.size())
      return fail(INTROCHECK_E_RANGE, "result_param: index past the end");
    const Param& p = result->report.findings[index].params[param];
    if (name) *name = p.name.c_str();
    if (value) *value = result->param_text[index][param].c_str();
    if (type)
      *type = std::holds_alternative<std::string>(p.value)  ? INTROCHECK_PARAM_TYPE_TEXT
              : std::holds_alternative<long long>(p.value) ? INTROCHECK_PARAM_TYPE_NUMBER
                                                           : INTROCHECK_PARAM_TYPE_DATE;
    return ok();
  });
}

extern "C" int introcheck_result_render(char** out, size_t* out_length, const introcheck_result* result,
                                       introcheck_format format_arg) {
  return guard([&] {
    const int32_t format = raw(format_arg);
    if (!out || !result) return fail(INTROCHECK_E_INVALID, "result_render: NULL argument");
    std::string text;
    // Copies that show every message: the result's own stay as they are for other threads.
    ValidationReport report = result->report;
    report.findings = findings_with_messages(*result);
    std::optional<ReconcileReport> rec;
    if (result->reconciliation) {
      rec = *result->reconciliation;
      rec->base.findings = report.findings;
    }
    switch (format) {
      case INTROCHECK_FORMAT_JSON: text = rec ? render_json(*rec) : render_json(report); break;
      case INTROCHECK_FORMAT_CSV: text = render_csv(report); break;
      case INTROCHECK_FORMAT_TEXT:
        text = rec ? render_text(*rec, result->env.language) : render_text(report, result->env.language);
        break;
      case INTROCHECK_FORMAT_HTML:
        text = rec ? render_html(*rec, rec->results, result->env.language)
                   : render_html(report, result->env.language);
        break;
      case INTROCHECK_FORMAT_JUNIT:
      case INTROCHECK_FORMAT_JUNIT_STRICT: {
        const bool strict = format == INTROCHECK_FORMAT_JUNIT_STRICT;
        text = rec ? render_junit(*rec, result->env.language, strict)
                   : render_junit(report, result->env.language, strict);
        break;
      }
      default: return fail(INTROCHECK_E_INVALID, "result_render: unknown format");
    }
    return hand_out(out, out_length, text);
  });
}

extern "C" int introcheck_nir_report_render(char** out, size_t* out_length, const introcheck_nir_report* report,
                                            introcheck_format format_arg, int32_t year) {
  return guard([&] {
    const int32_t format = raw(format_arg);
    if (!out || !report) return fail(INTROCHECK_E_INVALID, "nir_report_render: NULL argument");
    const Environment& env = report->ctx->env;
    switch (format) {
      case INTROCHECK_FORMAT_JSON: return hand_out(out, out_length, render_json(report->report, year, env.reveal_ids));
      case INTROCHECK_FORMAT_CSV: return hand_out(out, out_length, render_csv(report->report, env.reveal_ids));
      case INTROCHECK_FORMAT_TEXT:
        return hand_out(out, out_length, render_text(report->report, year, env.reveal_ids, env.language));
      case INTROCHECK_FORMAT_HTML: break;
    }
    return fail(INTROCHECK_E_INVALID, "nir_report_render: unknown format");
  });
}

extern "C" int introcheck_results_render(char** out, size_t* out_length, const introcheck_dataset* ds,
                                         const introcheck_nir_report* report, const introcheck_run_options* options,
                                         introcheck_format format_arg) {
  return guard([&] {
    const int32_t format = raw(format_arg);
    if (!out || !ds) return fail(INTROCHECK_E_INVALID, "results_render: NULL argument");
    Run run;
    if (int s = read_options(options, run); s != INTROCHECK_OK) return s;
    PublishedResults results = results_of(ds->ctx->env, ds->data, report ? &report->report : nullptr, run);
    switch (format) {
      case INTROCHECK_FORMAT_JSON: return hand_out(out, out_length, render_json(results, run.year, run.as_of));
      case INTROCHECK_FORMAT_CSV: return hand_out(out, out_length, render_csv(results));
      case INTROCHECK_FORMAT_TEXT: return hand_out(out, out_length, render_text(results, run.year, ds->ctx->env.language));
      case INTROCHECK_FORMAT_HTML: break;
    }
    return fail(INTROCHECK_E_INVALID, "results_render: unknown format");
  });
}

extern "C" size_t introcheck_result_scope_count(const introcheck_result* result) {
  return result && result->reconciliation ? result->reconciliation->municipalities.size() : 0;
}

extern "C" int introcheck_result_scope_municipality(const char** out, const introcheck_result* result, size_t index) {
  return guard([&] {
    if (!out || !result) return fail(INTROCHECK_E_INVALID, "result_scope_municipality: NULL argument");
    if (index >= introcheck_result_scope_count(result))
      return fail(INTROCHECK_E_RANGE, "result_scope_municipality: index past the end");
    *out = result->reconciliation->municipalities[index].c_str();
    return ok();
  });
}

extern "C" size_t introcheck_result_absence_count(const introcheck_result* result) {
  return result && result->reconciliation ? result->reconciliation->absences.size() : 0;
}

namespace {

// The reasons ExplainedAbsence names, by their stable text.
int32_t absence_reason(std::string_view reason) {
  if (reason == "protected_address") return INTROCHECK_ABSENCE_REASON_PROTECTED_ADDRESS;
  if (reason == "covid_extension") return INTROCHECK_ABSENCE_REASON_COVID_EXTENSION;
  if (reason == "outside_filters") return INTROCHECK_ABSENCE_REASON_OUTSIDE_FILTERS;
  throw std::logic_error("an explained absence with reason '" + std::string(reason) + "'");
}

}  // namespace

extern "C" int introcheck_result_absence(introcheck_absence* out, const introcheck_result* result, size_t index) {
  return guard([&] {
    if (!out || !result) return fail(INTROCHECK_E_INVALID, "result_absence: NULL argument");
    if (index >= introcheck_result_absence_count(result))
      return fail(INTROCHECK_E_RANGE, "result_absence: index past the end");
    const ExplainedAbsence& a = result->reconciliation->absences[index];
    introcheck_absence full = INTROCHECK_ABSENCE_INIT;
    full.case_id = a.case_id.c_str();
    full.municipality = a.municipality.c_str();
    full.line = static_cast<int64_t>(a.line);
    full.reason = absence_reason(a.reason);
    if (!write_struct(out, full)) return fail(INTROCHECK_E_INVALID, "result_absence: bad out->size");
    return ok();
  });
}

extern "C" size_t introcheck_result_skipped_rule_count(const introcheck_result* result) {
  return result ? result->report.summary.skipped_rules.size() : 0;
}

extern "C" int introcheck_result_skipped_rule(const char** rule, const char** reason, const introcheck_result* result,
                                              size_t index) {
  return guard([&] {
    if (!result) return fail(INTROCHECK_E_INVALID, "result_skipped_rule: NULL result");
    if (index >= introcheck_result_skipped_rule_count(result))
      return fail(INTROCHECK_E_RANGE, "result_skipped_rule: index past the end");
    const SkippedRule& s = result->report.summary.skipped_rules[index];
    if (rule) *rule = s.rule.c_str();
    if (reason) *reason = s.reason.c_str();
    return ok();
  });
}
