// Rendering the predicted NIR report and the results.
#include <introcheck/json.hpp>
#include <introcheck/output.hpp>
#include <introcheck/version.hpp>

#include "text/catalogue.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <cstdio>

namespace introcheck {
namespace {

std::string shown_id(const NirRow& r, bool reveal) {
  const Field<PersonId>& id = r.person_id.parsed() ? r.person_id : r.duf_number;
  if (!id.parsed()) return {};
  return reveal ? id.value.digits() : mask_person_id(id.value.digits());
}

// NIR's reports carry NIR's codes: the label from NIR's list, or the code
// when the list does not know it.
std::string end_reason_label(const std::string& code, Language language) {
  const CodeEntry* e = CodeList::builtin_end_reasons().find(code);
  return std::string(e ? e->label(language) : std::string_view(code));
}

std::string code_or_empty(const Field<std::string>& f) { return f.parsed() ? f.value : std::string(); }

std::string null_or(std::string_view s) { return s.empty() ? std::string("null") : json_quote(s); }

std::string count_json(const Count& c) { return c.suppressed ? std::string("null") : std::to_string(c.value); }

std::string share_text(const ResultRow& r) {
  if (r.share_suppressed || !r.share_work_education) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", *r.share_work_education);
  return buf;
}

// `s` padded with spaces to `width` characters (code points, not bytes: "ordinær").
std::string padded(std::string s, std::size_t width) {
  const std::size_t chars = detail::utf8_length(s);
  if (chars < width) s.append(width - chars, ' ');
  return s;
}

// The fields of a row that are suppressed, by name.
std::vector<std::string> suppressed_fields(const ResultRow& r) {
  std::vector<std::string> out;
  if (r.ended.suppressed) out.push_back("ended");
  for (std::size_t g = 0; g < result_group_count; ++g)
    if (r.groups[g].suppressed) out.push_back("groups." + std::string(to_string(static_cast<ResultGroup>(g))));
  if (r.share_suppressed) out.push_back("share_work_education");
  return out;
}

}  // namespace

std::string render_json(const NirReport& report, int year, bool reveal_ids) {
  std::string out = "{\"tool\": \"introcheck\", \"version\": " + json_quote(version_string) +
                    ", \"year\": " + std::to_string(year) + ", \"rows\": [";
  for (std::size_t i = 0; i < report.rows.size(); ++i) {
    const NirRow& r = report.rows[i];
    out += std::string(i ? ",\n  " : "\n  ") + "{\"case_id\": " + null_or(r.case_id) +
           ", \"person\": " + null_or(shown_id(r, reveal_ids)) +
           ", \"category\": " + (r.category.parsed() ? json_quote(to_string(r.category.value)) : "null") +
           ", \"follow_up_municipality\": " + null_or(code_or_empty(r.follow_up_municipality)) +
           ", \"follow_up_district\": " + null_or(code_or_empty(r.follow_up_district)) +
           ", \"residence_municipality\": " + null_or(code_or_empty(r.residence_municipality)) +
           ", \"residence_district\": " + null_or(code_or_empty(r.residence_district)) +
           ", \"start_date\": " + (r.start_date.parsed() ? json_quote(format_iso(r.start_date.value)) : "null") +
           ", \"end_date\": " + (r.end_date.parsed() ? json_quote(format_iso(r.end_date.value)) : "null") +
           ", \"end_reason\": " + null_or(code_or_empty(r.end_reason)) +
           ", \"ended_by_nir\": " + (r.ended_by_nir ? "true" : "false") +
           ", \"legal_basis\": " + (r.legal_basis ? json_quote(to_string(*r.legal_basis)) : "null") + "}";
  }
  out += report.rows.empty() ? "]}\n" : "\n]}\n";
  return out;
}

std::string render_csv(const NirReport& report, bool reveal_ids) {
  std::string out = "\xEF\xBB\xBF";
  out += "case_id;person;category;follow_up_municipality;follow_up_district;residence_municipality;"
         "residence_district;start_date;end_date;end_reason;ended_by_nir;legal_basis\r\n";
  for (const NirRow& r : report.rows) {
    out += r.case_id + ";" + shown_id(r, reveal_ids) + ";" +
           (r.category.parsed() ? std::string(to_string(r.category.value)) : "") + ";" +
           code_or_empty(r.follow_up_municipality) + ";" + code_or_empty(r.follow_up_district) + ";" +
           code_or_empty(r.residence_municipality) + ";" + code_or_empty(r.residence_district) + ";" +
           (r.start_date.parsed() ? format_iso(r.start_date.value) : "") + ";" +
           (r.end_date.parsed() ? format_iso(r.end_date.value) : "") + ";" + code_or_empty(r.end_reason) + ";" +
           (r.ended_by_nir ? "true" : "false") + ";" +
           (r.legal_basis ? std::string(to_string(*r.legal_basis)) : "") + "\r\n";
  }
  return out;
}

std::string render_text(const NirReport& report, int year, bool reveal_ids, Language language) {
  auto word = [&](std::string_view key) { return std::string(text::word(language, key)); };
  std::string out = word("report.title") + " " + std::to_string(year) + " (" + std::to_string(report.rows.size()) + ")\n\n";
  for (const NirRow& r : report.rows) {
    out += r.case_id + "  " + shown_id(r, reveal_ids) + "  " +
           (r.category.parsed() ? std::string(label(r.category.value, language)) : "?") + "  " +
           code_or_empty(r.follow_up_municipality);
    if (r.follow_up_district.parsed()) out += "/" + r.follow_up_district.value;
    out += "  " + (r.end_date.parsed() ? format_iso(r.end_date.value) : "?") + "  ";
    out += r.end_reason.parsed() ? end_reason_label(r.end_reason.value, language) : word("report.not_registered");
    out += "\n";
  }
  return out;
}

std::string render_json(const PublishedResults& results, int year, Date as_of) {
  std::string out = "{\"tool\": \"introcheck\", \"version\": " + json_quote(version_string) +
                    ", \"year\": " + std::to_string(year) + ", \"as_of\": " + json_quote(format_iso(as_of)) +
                    ", \"suppress_below\": " + std::to_string(results.suppress_below) +
                    ", \"unknown_districts\": " + std::to_string(results.unknown_districts) +
                    ", \"by_legal_basis\": " + (results.by_legal_basis ? "true" : "false") + ", \"rows\": [";
  for (std::size_t i = 0; i < results.rows.size(); ++i) {
    const ResultRow& r = results.rows[i];
    out += std::string(i ? ",\n  " : "\n  ") + "{\"municipality\": " + json_quote(r.municipality) +
           ", \"district\": " + (r.district ? json_quote(*r.district) : "null") +
           ", \"category\": " + (r.category ? json_quote(to_string(*r.category)) : "null") +
           ", \"legal_basis\": " + (r.legal_basis ? json_quote(to_string(*r.legal_basis)) : "null") +
           ", \"includes_protected\": " + (r.includes_protected ? "true" : "false") +
           ", \"ended\": " + count_json(r.ended) + ", \"groups\": {";
    for (std::size_t g = 0; g < result_group_count; ++g)
      out += std::string(g ? ", " : "") + json_quote(to_string(static_cast<ResultGroup>(g))) + ": " +
             count_json(r.groups[g]);
    std::string share = share_text(r);
    out += "}, \"share_work_education\": " + (share.empty() ? std::string("null") : share);
    out += ", \"suppressed\": " + std::string(r.any_suppressed() ? "true" : "false") + ", \"suppressed_fields\": [";
    auto fields = suppressed_fields(r);
    for (std::size_t k = 0; k < fields.size(); ++k) out += (k ? ", " : "") + json_quote(fields[k]);
    out += "]}";
  }
  out += results.rows.empty() ? "]}\n" : "\n]}\n";
  return out;
}

std::string render_csv(const PublishedResults& results) {
  std::string out = "\xEF\xBB\xBF" "municipality;district;category;includes_protected;ended";
  for (std::size_t g = 0; g < result_group_count; ++g) out += ";" + std::string(to_string(static_cast<ResultGroup>(g)));
  out += ";share_work_education;suppressed;legal_basis\r\n";
  for (const ResultRow& r : results.rows) {
    out += r.municipality + ";" + r.district.value_or("") + ";" +
           (r.category ? std::string(to_string(*r.category)) : "") + ";" + (r.includes_protected ? "true" : "false") +
           ";" + (r.ended.suppressed ? "" : std::to_string(r.ended.value));
    for (const Count& c : r.groups) out += ";" + (c.suppressed ? std::string() : std::to_string(c.value));
    out += ";" + share_text(r) + ";" + (r.any_suppressed() ? "true" : "false") + ";" +
           (r.legal_basis ? std::string(to_string(*r.legal_basis)) : "") + "\r\n";
  }
  return out;
}

std::string render_text(const PublishedResults& results, int year, Language language) {
  auto word = [&](std::string_view key) { return std::string(text::word(language, key)); };
  std::string out = word("results.title") + " " + std::to_string(year) + " " + word("results.legend") + " " +
                    std::to_string(results.suppress_below) + ")\n\n";
  // Labels, not codes, head the columns and name the rows: each column as wide as its widest cell.
  const auto chars = &detail::utf8_length;
  auto category = [&](const ResultRow& r) {
    return r.category ? std::string(label(*r.category, language)) : word("results.all");
  };
  auto basis = [&](const ResultRow& r) {
    return r.legal_basis ? std::string(label(*r.legal_basis, language)) : word("results.all");
  };
  std::size_t w_muni = chars(word("results.municipality")), w_district = chars(word("results.district"));
  std::size_t w_category = chars(word("results.category")), w_basis = chars(word("results.legal_basis"));
  for (const ResultRow& r : results.rows) {
    w_muni = std::max(w_muni, chars(r.municipality));
    w_district = std::max(w_district, chars(r.district.value_or("")));
    w_category = std::max(w_category, chars(category(r)));
    w_basis = std::max(w_basis, chars(basis(r)));
  }
  auto right = [&](const std::string& s, std::size_t width) {
    return std::string(width > chars(s) ? width - chars(s) : 0, ' ') + s;
  };
  std::vector<std::string> heads{word("results.ended")};
  for (std::size_t g = 0; g < result_group_count; ++g)
    heads.push_back(std::string(label(static_cast<ResultGroup>(g), language)));
  std::vector<std::size_t> widths;
  for (const std::string& h : heads) widths.push_back(std::max<std::size_t>(chars(h), 6));

  out += padded(word("results.municipality"), w_muni) + " " + padded(word("results.district"), w_district) + " " +
         padded(word("results.category"), w_category) + " " + padded(word("results.legal_basis"), w_basis);
  for (std::size_t i = 0; i < heads.size(); ++i) out += " " + right(heads[i], widths[i]);
  out += "  " + word("results.share") + "\n";
  auto cell = [](const Count& c) { return c.suppressed ? std::string("-") : std::to_string(c.value); };
  for (const ResultRow& r : results.rows) {
    out += padded(r.municipality, w_muni) + " " + padded(r.district.value_or(""), w_district) + " " +
           padded(category(r), w_category) + " " + padded(basis(r), w_basis);
    out += " " + right(cell(r.ended), widths[0]);
    for (std::size_t g = 0; g < result_group_count; ++g) out += " " + right(cell(r.groups[g]), widths[g + 1]);
    std::string share = share_text(r);
    out += "  " + (share.empty() ? std::string("-") : share) + "\n";
  }
  if (results.unknown_districts)
    out += "\n" + std::to_string(results.unknown_districts) + " " + word("results.unknown_districts") + "\n";
  return out;
}

}  // namespace introcheck
