// Internal: what validation and reconciliation do alike once rules have run.
#pragma once

#include <introcheck/rules.hpp>
#include <introcheck/validate.hpp>

#include <optional>
#include <string>
#include <vector>

namespace introcheck::detail {

/// Sets each finding's severity (config overrides), acknowledgement and,
/// when asked, its message.
void finish_findings(std::vector<Finding>& findings, const Environment& environment, unsigned threads = 1,
                     bool render_messages = true);

/// The columns `rule` needs that `dataset` lacks ("end_goal", "permit_date or arrival_date").
std::vector<std::string> lacking_columns(const RuleInfo& rule, const Dataset& dataset);
/// Every rule of the catalogue that cannot run on `dataset`, in id order.
std::vector<SkippedRule> skipped_rules(const Dataset& dataset, const Environment& environment);

/// The summary's description of the run: year, as-of, files, deadline, data
/// versions, and the rules it skipped (skipped_rules(), computed once a run).
void describe_run(Summary& s, const Dataset& dataset, const Environment& environment, int year, Date as_of,
                  std::optional<Date> deadline_override, std::vector<SkippedRule> skipped);

}  // namespace introcheck::detail
