#include "rules/summary.hpp"
#include "model/deadline.hpp"
#include "util/parallel.hpp"
#include <introcheck/rule_ids.hpp>

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <numeric>
#include <optional>
#include <tuple>

namespace introcheck {
namespace detail {

void finish_findings(std::vector<Finding>& findings, const Environment& environment, unsigned threads,
                     bool render_messages) {
  const Config& config = environment.config;
  // Each finding on its own: rendering messages (ICU) splits over threads.
  for_shares(findings.size(), std::max(1u, threads), [&](std::size_t, Share share) {
    for (std::size_t i = share.begin; i < share.end; ++i) {
      Finding& f = findings[i];
      const RuleInfo* rule = find_rule(f.rule);
      Severity by_rule = f.severity_by_rule ? f.severity : rule ? rule->severity : Severity::error;
      f.severity = config.severity_of(f.rule, by_rule);
      f.acknowledged = !f.case_id.empty() && config.is_acknowledged(f.rule, f.case_id);
      if (render_messages) f.message = render_message(f, environment);
    }
  });
}

void describe_run(Summary& s, const Dataset& dataset, const Environment& environment, int year, Date as_of,
                  std::optional<Date> deadline_override, std::vector<SkippedRule> skipped) {
  const DeadlineTable& deadlines = *environment.deadlines;
  s.year = year;
  s.as_of = as_of;
  s.participants = dataset.participants;
  s.measures = dataset.measures_source;
  s.measure_rules_ran = dataset.has_measures;
  s.skipped_rules = std::move(skipped);
  s.deadline = effective_deadline(deadlines, year, as_of, deadline_override);
  if (std::optional<Deadline> known = deadlines.find(year)) {
    s.deadline_announced = known->announced;
    s.deadline_reopened = known->reopened;
  }
  if (s.deadline) s.days_left = days_left(*s.deadline, as_of);
  s.data_versions["municipalities"] = environment.municipalities->version();
  s.data_versions["deadlines"] = deadlines.version();
  s.data_versions["end_reasons"] = environment.end_reasons->version();
  s.data_versions["measures"] = environment.measures->version();
  s.data_versions["config"] = environment.config.version;
}

std::vector<std::string> lacking_columns(const RuleInfo& rule, const Dataset& dataset) {
  std::vector<std::string> lacking;
  for (std::string_view needs = rule.needs; !needs.empty();) {
    std::size_t space = needs.find(' ');
    std::string_view alternatives = needs.substr(0, space);
    needs.remove_prefix(space == std::string_view::npos ? needs.size() : space + 1);
    if (alternatives.empty()) continue;
    bool found = false;
    for (std::string_view rest = alternatives; !rest.empty();) {
      std::size_t bar = rest.find('|');
      std::string_view column = rest.substr(0, bar);
      rest.remove_prefix(bar == std::string_view::npos ? rest.size() : bar + 1);
      if (column.substr(0, 8) == "measure.") {  // a measures column, once a measure file was given
        column.remove_prefix(8);
        if (!dataset.has_measures) found = true;  // measure rules do not run at all: the summary says so
        for (std::size_t f = 0; f < measure_field_count; ++f)
          if (to_string(static_cast<MeasureField>(f)) == column && dataset.has_column(static_cast<MeasureField>(f)))
            found = true;
        continue;
      }
      for (std::size_t f = 0; f < participation_field_count; ++f)
        if (to_string(static_cast<ParticipationField>(f)) == column && dataset.has_column(static_cast<ParticipationField>(f)))
          found = true;
    }
    if (!found) {
      std::string names(alternatives);  // "permit_date/arrival_date": one of them would do
      for (std::size_t bar; (bar = names.find('|')) != std::string::npos;) names.replace(bar, 1, "/");
      lacking.push_back(names);
    }
  }
  return lacking;
}

namespace {

// What decides which rules are skipped: the columns, and whether the measure
// list says each measure's content.
struct SkipKey {
  std::bitset<64> participants, measures;
  bool has_measures = false, content_known = true;
  bool operator==(const SkipKey&) const = default;
};

// Every rule of the catalogue that cannot run, and why.
std::vector<SkippedRule> skipped_rules_of(const Dataset& dataset, const Environment& environment) {
  std::vector<SkippedRule> out;
  for (const RuleInfo& rule : rule_catalogue()) {
    // A vendor's measure list of 0.1 says no measure's content: IC115 would
    // find every element missing.
    if (rule.id == rule_ids::IC115 && dataset.has_measures && environment.measures &&
        !environment.measures->has_content()) {
      out.push_back({std::string(rule.id), "the measure list has no column content", {"content"}});
      continue;
    }
    if (auto lacking = lacking_columns(rule, dataset); !lacking.empty()) {
      // "no column end_goal"; "no column legal_basis, and no column
      // permit_date or arrival_date": one of the alternatives would do.
      const bool of_measures = lacking.front().rfind("measure.", 0) == 0;
      for (std::string& names : lacking)
        for (std::size_t at; (at = names.find("measure.")) != std::string::npos;) names.erase(at, 8);
      std::string reason = of_measures ? "the measures have " : "the participants have ";
      for (std::size_t i = 0; i < lacking.size(); ++i) {
        std::string names = lacking[i];
        for (std::size_t slash; (slash = names.find('/')) != std::string::npos;) names.replace(slash, 1, " or ");
        reason += std::string(i ? (i + 1 == lacking.size() ? ", and " : ", ") : "") + "no column " + names;
      }
      out.push_back({std::string(rule.id), std::move(reason), std::move(lacking)});
    }
  }
  return out;
}

}  // namespace

std::vector<SkippedRule> skipped_rules(const Dataset& dataset, const Environment& environment) {
  // The last answer is kept per thread: a caller that checks one record at a
  // time asks the same question for every record, and the reasons are text.
  const SkipKey key{dataset.participants.columns, dataset.measures_source.columns, dataset.has_measures,
                    !environment.measures || environment.measures->has_content()};
  thread_local std::optional<std::pair<SkipKey, std::vector<SkippedRule>>> last;
  if (!last || !(last->first == key)) last.emplace(key, skipped_rules_of(dataset, environment));
  return last->second;
}

}  // namespace detail

void summarize(ValidationReport& report) {
  Summary& s = report.summary;
  s.errors = s.warnings = s.infos = s.acknowledged = 0;
  s.by_rule.clear();
  s.participants_with_findings = s.measures_with_findings = 0;
  // Sorted by position, then moved once each: a Finding is large to move
  // the log n times a sort of the findings themselves would.
  std::vector<Finding>& fs = report.findings;
  std::vector<std::uint32_t> order(fs.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t i, std::uint32_t j) {
    const Finding &a = fs[i], &b = fs[j];
    return std::tie(a.file, a.line, a.rule, a.field) < std::tie(b.file, b.line, b.rule, b.field);
  });
  std::vector<Finding> sorted;
  sorted.reserve(fs.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(fs[i]));
  fs = std::move(sorted);
  // Rows with findings, per table: a record counts once however many it has.
  std::vector<std::pair<Finding::Table, std::size_t>> records;
  for (const Finding& f : report.findings) {
    ++s.by_rule[f.rule];
    if (f.acknowledged) ++s.acknowledged;
    else if (f.severity == Severity::error) ++s.errors;
    else if (f.severity == Severity::warning) ++s.warnings;
    else ++s.infos;
    if (f.table == Finding::Table::participants || f.table == Finding::Table::measures)
      records.emplace_back(f.table, f.record);
  }
  std::sort(records.begin(), records.end());
  records.erase(std::unique(records.begin(), records.end()), records.end());
  for (const auto& [table, index] : records)
    ++(table == Finding::Table::participants ? s.participants_with_findings : s.measures_with_findings);
  // Every row is accounted for: rows_read = accepted + with findings + rejected.
  for (auto [stats, with] : {std::pair{&s.participants, s.participants_with_findings},
                             std::pair{&s.measures, s.measures_with_findings}}) {
    std::size_t entered = stats->rows_read - std::min(stats->rejected, stats->rows_read);
    stats->accepted = entered - std::min(with, entered);
  }
}

}  // namespace introcheck
