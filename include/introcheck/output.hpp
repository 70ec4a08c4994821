// Rendering a validation report as JSON, CSV or text for people.
//
// JSON: {"tool", "version", "year", "as_of", "summary", "findings"}; empty
// values are null. The schema is docs/findings.schema.json. CSV: one finding
// a row, ';'-separated, UTF-8 with BOM so Norwegian Excel opens it right.
#pragma once

#include <introcheck/rules.hpp>
#include <introcheck/validate.hpp>

#include <string>

namespace introcheck {

std::string render_json(const ValidationReport& report);
std::string render_csv(const ValidationReport& report);
/// Grouped by case, for a case worker; headings in `language`.
std::string render_text(const ValidationReport& report, Language language);

/// JSON of one finding (an object), as used inside render_json.
std::string finding_json(const Finding& finding);

}  // namespace introcheck
