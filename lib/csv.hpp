// Internal: a small RFC 4180 reader for UTF-8 text already in memory.
#pragma once

#include <introcheck/result.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck::detail {

struct CsvRecord {
  std::size_t line = 0;  ///< 1-based line on which the record starts
  std::vector<std::string> fields;
};

/// Reads records one at a time. Quoted fields may hold delimiters, doubled
/// quotes and line breaks; CRLF, LF and CR all end a record.
class CsvReader {
 public:
  CsvReader(std::string_view text, char delimiter, std::string_view source);

  /// Fills `out` and returns true, or returns false at the end of the text.
  /// An unterminated quote is an error naming the line where it opened.
  Result<bool> next(CsvRecord& out);

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  char delimiter_;
  std::string source_;
};

/// Column positions by name for a header record (names compared case-insensitively).
class CsvHeader {
 public:
  explicit CsvHeader(const std::vector<std::string>& names);
  std::optional<std::size_t> find(std::string_view name) const;
  /// The column's position, or a parse error naming the missing column.
  Result<std::size_t> require(std::string_view name, std::string_view source) const;

 private:
  std::vector<std::string> names_;  // lower-cased, trimmed
};

/// Field `i` of `r`, trimmed of blanks; empty when the record is shorter.
std::string_view field(const CsvRecord& r, std::optional<std::size_t> i);

/// 64-bit FNV-1a, used to name replaced data ("custom-<hash>").
std::string content_hash(std::string_view text);

/// A parse Error at `source`:`line`, column `column`.
Error parse_error(std::string_view source, std::size_t line, std::string_view column,
                  std::string message);

}  // namespace introcheck::detail
