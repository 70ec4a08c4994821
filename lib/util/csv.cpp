#include "util/csv.hpp"
#include "util/flat_hash.hpp"
#include "util/text.hpp"

#include <cstdint>
#include <cstdio>

namespace introcheck::detail {
CsvReader::CsvReader(std::string_view text, char delimiter, std::string_view source, std::size_t first_line)
    : text_(text), line_(first_line), delimiter_(delimiter), source_(source) {
  if (first_line == 1 && text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // UTF-8 BOM
  for (char c : {delimiter, '\r', '\n', '"'}) ends_plain_field_[static_cast<unsigned char>(c)] = true;
}

Result<bool> CsvReader::next(CsvRecord& out) {
  out.fields.clear();
  out.unquoted.clear();
  const std::size_t n = text_.size();
  if (pos_ >= n) return false;
  out.line = line_;
  for (;;) {
    // Almost every field is plain text up to the delimiter: a view, no copy.
    std::size_t end = pos_;
    while (end < n && !ends_plain_field_[static_cast<unsigned char>(text_[end])]) ++end;
    if (end < n && text_[end] == '"') {
      auto done = quoted_field(out);
      if (!done) return done.error();
    } else {
      out.fields.push_back(text_.substr(pos_, end - pos_));
      pos_ = end;
    }
    if (pos_ >= n) return true;
    char c = text_[pos_++];
    if (c == delimiter_) continue;
    if (c == '\r' && pos_ < n && text_[pos_] == '\n') ++pos_;  // CRLF, LF and CR end a record
    ++line_;
    return true;
  }
}

// A field with a quote in it, from its start up to (not including) the
// delimiter or line break that ends it. A quote opens a quoted part only
// where nothing but blanks came before it in the field; inside, doubled
// quotes are one quote and delimiters and line breaks are text.
Result<void> CsvReader::quoted_field(CsvRecord& out) {
  const std::size_t n = text_.size();
  std::string current;
  bool quoted = false;
  std::size_t quote_line = 0;
  while (pos_ < n) {
    char c = text_[pos_];
    if (quoted) {
      ++pos_;
      if (c == '"') {
        if (pos_ < n && text_[pos_] == '"') {
          current.push_back('"');
          ++pos_;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n' || (c == '\r' && (pos_ >= n || text_[pos_] != '\n'))) ++line_;
        current.push_back(c);
      }
    } else if (c == '"' && trim(current).empty()) {
      ++pos_;
      quoted = true;
      quote_line = line_;
      current.clear();
    } else if (c == delimiter_ || c == '\r' || c == '\n') {
      break;
    } else {
      current.push_back(c);
      ++pos_;
    }
  }
  if (quoted) return parse_error(source_, quote_line, "", "quoted field is never closed");
  out.fields.push_back(out.unquoted.emplace_back(std::move(current)));
  return outcome::success();
}

CsvHeader::CsvHeader(const std::vector<std::string_view>& names) {
  for (const auto& n : names) names_.push_back(lower_ascii(trim(n)));
}

std::optional<std::size_t> CsvHeader::find(std::string_view name) const {
  std::string wanted = lower_ascii(name);
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == wanted) return i;
  return std::nullopt;
}

Result<std::size_t> CsvHeader::require(std::string_view name, std::string_view source) const {
  if (auto i = find(name)) return *i;
  return parse_error(source, 1, name, "required column is missing");
}

std::string_view field(const CsvRecord& r, std::optional<std::size_t> i) {
  if (!i || *i >= r.fields.size()) return {};
  return trim(r.fields[*i]);
}

bool is_blank(const CsvRecord& r) {
  for (std::size_t i = 0; i < r.fields.size(); ++i)
    if (!field(r, i).empty()) return false;
  return true;
}

std::string content_hash(std::string_view text) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(text)));
  return buf;
}

Error parse_error(std::string_view source, std::size_t line, std::string_view column,
                  std::string message) {
  return Error{ErrorCode::parse, std::move(message), std::string(source), line,
               std::string(column)};
}

}  // namespace introcheck::detail
