// Internal: the pieces the JSON renderings share.
#pragma once

#include <introcheck/dataset.hpp>
#include <introcheck/finding.hpp>
#include <introcheck/validate.hpp>

#include <string>
#include <string_view>

namespace introcheck::detail {

/// One finding as a JSON object.
std::string finding_json(const Finding& finding);

/// A file's statistics as in the summary.
std::string source_stats_json(const SourceStats& stats, std::size_t rows_with_findings);

/// A validation report as JSON, with `extra_members` (", \"name\": value"
/// pairs) after the summary: how the reconciliation adds its own.
std::string report_json(const ValidationReport& report, std::string_view extra_members);

}  // namespace introcheck::detail
