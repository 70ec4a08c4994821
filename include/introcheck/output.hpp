// Rendering a validation report as JSON, CSV, JUnit XML, text or HTML for people.
//
// JSON: {"tool", "version", "year", "as_of", "summary", "findings"}; empty
// values are null. The schema is docs/findings.schema.json. CSV: one finding
// a row, ';'-separated, UTF-8 with BOM so Norwegian Excel opens it right.
#pragma once

#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/rules.hpp>
#include <introcheck/validate.hpp>

#include <string>

namespace introcheck {

std::string render_json(const ValidationReport& report);
std::string render_csv(const ValidationReport& report);
/// Grouped by case, for a case worker; headings in `language`.
std::string render_text(const ValidationReport& report, Language language);
/// One self-contained page for a case worker: the summary, then a section per
/// case with a table row per finding, and filters by severity and rule that
/// work from the file (#severity=error&rule=IC101 opens it filtered).
std::string render_html(const ValidationReport& report, Language language);

// Reconciliation: the validate shape plus "reconciliation" (the counts),
// "scope" (municipalities compared), "absences" and "nir_report" (the file).
std::string render_json(const ReconcileReport& report);
std::string render_text(const ReconcileReport& report, Language language);
/// One self-contained page in the frame of validate's, with the same filters:
/// the counts, the explained absences, the discrepancies grouped by what to
/// do, and a bar chart of `results` by end-reason group in inline SVG,
/// suppressed alike.
std::string render_html(const ReconcileReport& report, const PublishedResults& results, Language language);

// JUnit XML for CI (Jenkins, GitLab, Azure DevOps; docs/junit.xsd): one
// <testsuite> per rule the run covered, named by id and title in `language`,
// one <testcase> per rule and case (classname the rule id, name the case id).
// A case fails on an error of the rule, or with `strict` on a warning too;
// acknowledged findings never fail. Rules that found nothing pass with one
// testcase; rules that did not run (a missing column, no measures) are
// <skipped/>. Timestamps are the as-of date, so the output is deterministic.
std::string render_junit(const ValidationReport& report, Language language, bool strict);
/// IC401-IC409, and every validation rule as well when the reconciliation ran with validation.
std::string render_junit(const ReconcileReport& report, Language language, bool strict);

// The predicted NIR report. Person ids masked unless `reveal_ids`.
std::string render_json(const NirReport& report, int year, bool reveal_ids);
std::string render_csv(const NirReport& report, bool reveal_ids);
std::string render_text(const NirReport& report, int year, bool reveal_ids, Language language);

// Results. Suppressed values are null (JSON) or empty (CSV), marked as such.
std::string render_json(const PublishedResults& results, int year, Date as_of);
std::string render_csv(const PublishedResults& results);
std::string render_text(const PublishedResults& results, int year, Language language);

}  // namespace introcheck
