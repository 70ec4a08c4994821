#include <introcheck/json.hpp>
#include <introcheck/output.hpp>
#include <introcheck/version.hpp>

#include "output/json_parts.hpp"
#include "text/catalogue.hpp"

#include <algorithm>
#include <map>

namespace introcheck {
namespace {

std::string str_or_null(std::string_view s) { return s.empty() ? "null" : json_quote(s); }

std::string date_or_null(const std::optional<Date>& d) {
  return d ? json_quote(format_iso(*d)) : std::string("null");
}

std::string param_json(const ParamValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return json_quote(*s);
  if (const auto* n = std::get_if<long long>(&v)) return std::to_string(*n);
  return json_quote(format_iso(std::get<Date>(v)));
}

std::string param_text(const ParamValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<long long>(&v)) return std::to_string(*n);
  return format_iso(std::get<Date>(v));
}

std::string source_json(const SourceStats& s, std::size_t with_findings) {
  std::string out = "{\"file\": " + str_or_null(s.file) + ", \"encoding\": " + str_or_null(s.encoding);
  out += ", \"rows_read\": " + std::to_string(s.rows_read);
  out += ", \"accepted\": " + std::to_string(s.accepted);
  out += ", \"rejected\": " + std::to_string(s.rejected);
  out += ", \"rows_with_findings\": " + std::to_string(with_findings);
  out += ", \"unknown_columns\": [";
  for (std::size_t i = 0; i < s.unknown_columns.size(); ++i)
    out += (i ? ", " : "") + json_quote(s.unknown_columns[i]);
  return out + "]}";
}

// How each header column was read: {"column", "field" (null: ignored), "by"}.
std::string column_uses_json(const SourceStats& s) {
  std::string out = "[";
  for (std::size_t i = 0; i < s.column_uses.size(); ++i) {
    const ColumnUse& u = s.column_uses[i];
    out += std::string(i ? ", " : "") + "{\"column\": " + json_quote(u.column) + ", \"field\": " +
           str_or_null(u.field) + ", \"by\": " + json_quote(to_string(u.by)) + "}";
  }
  return out + "]";
}

std::string value_uses_json(const SourceStats& s) {
  std::string out = "[";
  for (std::size_t i = 0; i < s.value_uses.size(); ++i) {
    const ValueUse& u = s.value_uses[i];
    out += std::string(i ? ", " : "") + "{\"field\": " + json_quote(u.field) + ", \"value\": " + json_quote(u.value) +
           ", \"code\": " + json_quote(u.code) + "}";
  }
  return out + "]";
}

std::string summary_json(const Summary& s) {
  std::string out = "{\"errors\": " + std::to_string(s.errors);
  out += ", \"warnings\": " + std::to_string(s.warnings);
  out += ", \"infos\": " + std::to_string(s.infos);
  out += ", \"acknowledged\": " + std::to_string(s.acknowledged);
  out += ", \"by_rule\": {";
  bool first = true;
  for (const auto& [rule, n] : s.by_rule) {
    out += (first ? "" : ", ") + json_quote(rule) + ": " + std::to_string(n);
    first = false;
  }
  out += "}, \"participants\": " + source_json(s.participants, s.participants_with_findings);
  out += ", \"measures\": " +
         (s.measure_rules_ran ? source_json(s.measures, s.measures_with_findings) : std::string("null"));
  out += ", \"measure_rules_ran\": " + std::string(s.measure_rules_ran ? "true" : "false");
  out += ", \"skipped_rules\": [";
  for (std::size_t i = 0; i < s.skipped_rules.size(); ++i)
    out += std::string(i ? ", " : "") + "{\"rule\": " + json_quote(s.skipped_rules[i].rule) +
           ", \"reason\": " + json_quote(s.skipped_rules[i].reason) + "}";
  out += "]";
  out += ", \"deadline\": " + date_or_null(s.deadline);
  out += ", \"deadline_announced\": " + date_or_null(s.deadline_announced);
  out += ", \"deadline_reopened\": " + date_or_null(s.deadline_reopened);
  out += ", \"days_left\": " + (s.days_left ? std::to_string(*s.days_left) : std::string("null"));
  out += ", \"data_versions\": {";
  first = true;
  for (const auto& [name, v] : s.data_versions) {
    out += (first ? "" : ", ") + json_quote(name) + ": " + json_quote(v);
    first = false;
  }
  out += "}, \"columns\": {\"participants\": " + column_uses_json(s.participants) +
         ", \"measures\": " + column_uses_json(s.measures) + "}";
  out += ", \"value_mapping\": {\"participants\": " + value_uses_json(s.participants) +
         ", \"measures\": " + value_uses_json(s.measures) + "}";
  return out + "}";
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(";\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string detail::finding_json(const Finding& f) {
  std::string out = "{\"rule\": " + json_quote(f.rule);
  out += ", \"severity\": " + json_quote(to_string(f.severity));
  out += ", \"case_id\": " + str_or_null(f.case_id);
  out += ", \"municipality\": " + str_or_null(f.municipality);
  out += ", \"file\": " + str_or_null(f.file);
  out += ", \"line\": " + (f.line ? std::to_string(f.line) : std::string("null"));
  out += ", \"field\": " + str_or_null(f.field);
  out += ", \"person\": " + str_or_null(f.person);
  out += ", \"message\": " + json_quote(f.message);
  out += ", \"params\": {";
  for (std::size_t i = 0; i < f.params.size(); ++i)
    out += (i ? ", " : "") + json_quote(f.params[i].name) + ": " + param_json(f.params[i].value);
  out += "}, \"acknowledged\": " + std::string(f.acknowledged ? "true" : "false") + "}";
  return out;
}

std::string detail::report_json(const ValidationReport& r, std::string_view extra_members) {
  std::string out = "{\"tool\": \"introcheck\", \"version\": " + json_quote(version_string);
  out += ", \"year\": " + std::to_string(r.summary.year);
  out += ", \"as_of\": " + json_quote(format_iso(r.summary.as_of));
  out += ", \"summary\": " + summary_json(r.summary);
  out += extra_members;
  out += ", \"findings\": [";
  for (std::size_t i = 0; i < r.findings.size(); ++i)
    out += std::string(i ? ",\n  " : "\n  ") + detail::finding_json(r.findings[i]);
  out += r.findings.empty() ? "]}\n" : "\n]}\n";
  return out;
}

std::string render_json(const ValidationReport& r) { return detail::report_json(r, {}); }

std::string detail::source_stats_json(const SourceStats& s, std::size_t rows_with_findings) {
  return source_json(s, rows_with_findings);
}

std::string render_csv(const ValidationReport& r) {
  std::string out = "\xEF\xBB\xBF";
  out += "rule;severity;case_id;municipality;file;line;field;person;message;params;acknowledged\r\n";
  for (const Finding& f : r.findings) {
    std::string params;
    for (const auto& p : f.params) params += (params.empty() ? "" : ", ") + p.name + "=" + param_text(p.value);
    const std::string cells[] = {f.rule, std::string(to_string(f.severity)), f.case_id, f.municipality,
                                 f.file, f.line ? std::to_string(f.line) : "", f.field, f.person,
                                 f.message, params, f.acknowledged ? "true" : "false"};
    for (std::size_t i = 0; i < std::size(cells); ++i) out += (i ? ";" : "") + csv_field(cells[i]);
    out += "\r\n";
  }
  return out;
}

std::string render_text(const ValidationReport& r, Language lang) {
  // The words of the text report, from the language's catalogue.
  struct Words {
    std::string title, as_of, deadline, days_left, no_deadline, case_, line, municipality, summary, errors, warnings,
        infos, acknowledged, rows, read, accepted, with_findings, rejected, no_measures, unknown_columns, clean,
        skipped, columns_alias, columns_config, ignored, values_config;
  };
  auto word = [&](const char* key) { return std::string(text::word(lang, std::string("validate.") + key)); };
  const Words w{word("title"), word("as_of"), word("deadline"), word("days_left"), word("no_deadline"),
                word("case"), word("line"), word("municipality"), word("summary"), word("errors"),
                word("warnings"), word("infos"), word("acknowledged"), word("rows"), word("read"),
                word("accepted"), word("with_findings"), word("rejected"), word("no_measures"),
                word("unknown_columns"), word("clean"), word("skipped"), word("columns_alias"),
                word("columns_config"), word("ignored"), word("values_config")};
  const Summary& s = r.summary;
  std::string out = std::string(w.title) + " " + std::to_string(s.year) + ", " + w.as_of + " " +
                    format_iso(s.as_of) + "\n";
  if (s.deadline)
    out += std::string(w.deadline) + ": " + format_iso(*s.deadline) + " (" + std::to_string(*s.days_left) +
           " " + w.days_left + ")\n";
  else
    out += std::string(w.deadline) + ": " + w.no_deadline + "\n";

  // Group by case in file order; municipality-wide findings last.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Finding*>> groups;
  for (const Finding& f : r.findings) {
    std::string key = f.case_id.empty() && f.line == 0 ? "\x01" + f.municipality : f.case_id;
    if (!groups.count(key)) order.push_back(key);
    groups[key].push_back(&f);
  }
  // Cases in the order of the participants file, then cases known only from
  // measures, then whole municipalities.
  auto rank = [&](const std::string& key) {
    if (!key.empty() && key[0] == '\x01') return std::make_pair(2, std::size_t{0});
    for (const Finding* f : groups[key])
      if (f->file == s.participants.file) return std::make_pair(0, f->line);
    return std::make_pair(1, std::size_t{0});
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
  for (const auto& key : order) {
    auto& list = groups[key];
    // Within a case: the participation's own row first, then its measures.
    std::stable_sort(list.begin(), list.end(), [&](const Finding* a, const Finding* b) {
      return (a->file != s.participants.file) < (b->file != s.participants.file);
    });
    const Finding& head = *list.front();
    out += "\n";
    if (!key.empty() && key[0] == '\x01') {
      out += std::string(w.municipality) + " " + head.municipality + "\n";
    } else {
      out += std::string(w.case_) + " " + (head.case_id.empty() ? "?" : head.case_id);
      if (!head.person.empty()) out += "  " + head.person;
      if (!head.municipality.empty()) out += "  " + std::string(w.municipality) + " " + head.municipality;
      out += "\n";
    }
    for (const Finding* f : list) {
      std::string sev(to_string(f->severity));
      out += "  " + sev + std::string(8 - sev.size(), ' ') + f->rule;
      if (f->acknowledged) out += " (" + std::string(w.acknowledged) + ")";
      if (f->line) out += "  " + f->file + ":" + std::to_string(f->line);
      if (!f->field.empty()) out += " " + f->field;
      out += "\n    " + f->message + "\n";
    }
  }
  if (r.findings.empty()) out += std::string("\n") + w.clean + "\n";
  out += "\n" + std::string(w.summary) + ": " + std::to_string(s.errors) + " " + w.errors + ", " +
         std::to_string(s.warnings) + " " + w.warnings + ", " + std::to_string(s.infos) + " " + w.infos;
  if (s.acknowledged) out += ", " + std::to_string(s.acknowledged) + " " + w.acknowledged;
  out += "\n";
  auto file_line = [&](const SourceStats& f, std::size_t with_findings) {
    std::string l = "  " + f.file + ": " + std::to_string(f.rows_read) + " " + w.rows + " " + w.read + ", " +
                    std::to_string(f.accepted) + " " + w.accepted + ", " + std::to_string(with_findings) + " " +
                    w.with_findings + ", " + std::to_string(f.rejected) + " " + w.rejected;
    if (!f.unknown_columns.empty()) {
      l += "; " + std::string(w.unknown_columns) + ":";
      for (const auto& c : f.unknown_columns) l += " " + c;
    }
    return l + "\n";
  };
  // The columns not read by their own names: how many by alias (the JSON
  // lists them), and which header the configuration made which field.
  auto columns_line = [&](const SourceStats& f) {
    std::size_t by_alias = 0;
    std::string by_config;
    for (const ColumnUse& u : f.column_uses) {
      if (u.by == ColumnMatch::alias) ++by_alias;
      if (u.by == ColumnMatch::config)
        by_config += (by_config.empty() ? " " : ", ") + u.column + (u.field.empty() ? " " + w.ignored : " = " + u.field);
    }
    if (by_alias == 0 && by_config.empty()) return std::string();
    std::string l = "  " + f.file + ": ";
    if (by_alias) l += w.columns_alias + ": " + std::to_string(by_alias);
    if (!by_config.empty()) l += (by_alias ? "; " : "") + w.columns_config + ":" + by_config;
    return l + "\n";
  };
  out += file_line(s.participants, s.participants_with_findings);
  out += columns_line(s.participants);
  if (s.measure_rules_ran) out += file_line(s.measures, s.measures_with_findings) + columns_line(s.measures);
  else out += std::string("  ") + w.no_measures + "\n";
  // The values the configuration maps, counted per field.
  std::vector<std::pair<std::string, std::size_t>> per_field;
  std::vector<const ValueUse*> seen;  // yes_no applies to both files: count it once
  for (const SourceStats* f : {&s.participants, &s.measures})
    for (const ValueUse& u : f->value_uses) {
      if (std::any_of(seen.begin(), seen.end(), [&](const ValueUse* v) { return v->field == u.field && v->value == u.value; }))
        continue;
      seen.push_back(&u);
      auto it = std::find_if(per_field.begin(), per_field.end(), [&](const auto& p) { return p.first == u.field; });
      if (it == per_field.end()) per_field.emplace_back(u.field, 1);
      else ++it->second;
    }
  if (!per_field.empty()) {
    out += "  " + w.values_config + ":";
    for (std::size_t i = 0; i < per_field.size(); ++i)
      out += std::string(i ? ", " : " ") + per_field[i].first + " " + std::to_string(per_field[i].second);
    out += "\n";
  }
  if (!s.skipped_rules.empty()) {
    out += "  " + w.skipped + ":";
    for (std::size_t i = 0; i < s.skipped_rules.size(); ++i) {
      const SkippedRule& k = s.skipped_rules[i];
      out += std::string(i ? ", " : " ") + k.rule + " (";
      for (std::size_t j = 0; j < k.columns.size(); ++j) out += (j ? ", " : "") + k.columns[j];
      out += ")";
    }
    out += "\n";
  }
  return out;
}

}  // namespace introcheck
