#include "csv.hpp"
#include "text.hpp"

#include <cstdint>
#include <cstdio>

namespace introcheck::detail {
namespace {

}  // namespace

CsvReader::CsvReader(std::string_view text, char delimiter, std::string_view source)
    : text_(text), delimiter_(delimiter), source_(source) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // UTF-8 BOM
}

Result<bool> CsvReader::next(CsvRecord& out) {
  out.fields.clear();
  if (pos_ >= text_.size()) return false;
  out.line = line_;
  std::string current;
  bool quoted = false;
  std::size_t quote_line = 0;
  while (pos_ < text_.size()) {
    char c = text_[pos_++];
    if (quoted) {
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          current.push_back('"');
          ++pos_;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n' || (c == '\r' && (pos_ >= text_.size() || text_[pos_] != '\n'))) ++line_;
        current.push_back(c);
      }
    } else if (c == '"' && trim(current).empty()) {
      quoted = true;
      quote_line = line_;
      current.clear();
    } else if (c == delimiter_) {
      out.fields.push_back(std::move(current));
      current.clear();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
      ++line_;
      out.fields.push_back(std::move(current));
      return true;
    } else {
      current.push_back(c);
    }
  }
  if (quoted)
    return parse_error(source_, quote_line, "", "quoted field is never closed");
  out.fields.push_back(std::move(current));
  return true;
}

CsvHeader::CsvHeader(const std::vector<std::string>& names) {
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
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Error parse_error(std::string_view source, std::size_t line, std::string_view column,
                  std::string message) {
  return Error{ErrorCode::parse, std::move(message), std::string(source), line,
               std::string(column)};
}

}  // namespace introcheck::detail
