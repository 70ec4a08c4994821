// Internal: what validation and reconciliation do alike once rules have run.
#pragma once

#include <introcheck/validate.hpp>

#include <optional>
#include <vector>

namespace introcheck::detail {

/// Sets each finding's severity (config overrides), acknowledgement and message.
void finish_findings(std::vector<Finding>& findings, const Environment& environment, unsigned threads = 1);

/// The summary's description of the run: year, as-of, files, deadline, data versions.
void describe_run(Summary& s, const Dataset& dataset, const Environment& environment, int year, Date as_of,
                  std::optional<Date> deadline_override);

}  // namespace introcheck::detail
