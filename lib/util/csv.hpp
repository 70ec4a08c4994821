// Internal: a small RFC 4180 reader for UTF-8 text already in memory.
#pragma once

#include <introcheck/result.hpp>

#include <array>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck::detail {

/// One record. Fields are views into the text, or into `unquoted` for the
/// few that had to be rewritten (quotes removed); they stay valid until the
/// record is read into again.
struct CsvRecord {
  std::size_t line = 0;  ///< 1-based line on which the record starts
  std::vector<std::string_view> fields;
  std::deque<std::string> unquoted;  // a deque: growing it moves no string
};

/// Reads records one at a time. Quoted fields may hold delimiters, doubled
/// quotes and line breaks; CRLF, LF and CR all end a record.
class CsvReader {
 public:
  /// `first_line` numbers the text's first line (a part of a larger text
  /// starts further down); a UTF-8 BOM is skipped only on line 1.
  CsvReader(std::string_view text, char delimiter, std::string_view source, std::size_t first_line = 1);

  /// Fills `out` and returns true, or returns false at the end of the text.
  /// An unterminated quote is an error naming the line where it opened.
  Result<bool> next(CsvRecord& out);

  /// Where the next record starts: its offset in the text, and its line.
  std::size_t offset() const { return pos_; }
  std::size_t line() const { return line_; }

 private:
  Result<void> quoted_field(CsvRecord& out);

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  char delimiter_;
  std::array<bool, 256> ends_plain_field_{};  // delimiter, CR, LF, quote
  std::string source_;
};

/// Column positions by name for a header record (names compared case-insensitively).
class CsvHeader {
 public:
  explicit CsvHeader(const std::vector<std::string_view>& names);
  std::optional<std::size_t> find(std::string_view name) const;
  /// The column's position, or a parse error naming the missing column.
  Result<std::size_t> require(std::string_view name, std::string_view source) const;

 private:
  std::vector<std::string> names_;  // lower-cased, trimmed
};

/// A column a data table must (or may) have.
struct TableColumn {
  std::string_view name;
  bool required = true;
};

/// Positions of the wanted columns in the file, in the order they were asked for.
using ColumnPositions = std::vector<std::optional<std::size_t>>;

/// Reads a comma-separated data table (code lists, deadlines): the header must
/// have every required column; `row` is called for each non-blank record and
/// its first error stops the reading.
template <class RowFn>
Result<void> read_table(std::string_view text, std::string_view source,
                        std::initializer_list<TableColumn> columns, RowFn&& row);

/// Field `i` of `r`, trimmed of blanks; empty when the record is shorter.
std::string_view field(const CsvRecord& r, std::optional<std::size_t> i);

/// 64-bit FNV-1a, used to name replaced data ("custom-<hash>").
std::string content_hash(std::string_view text);

/// A parse Error at `source`:`line`, column `column`.
Error parse_error(std::string_view source, std::size_t line, std::string_view column,
                  std::string message);

/// True when every field of `r` is blank.
bool is_blank(const CsvRecord& r);

template <class RowFn>
Result<void> read_table(std::string_view text, std::string_view source,
                        std::initializer_list<TableColumn> columns, RowFn&& row) {
  CsvReader reader(text, ',', source);
  CsvRecord rec;
  auto first = reader.next(rec);
  if (!first) return first.error();
  if (!first.value()) return parse_error(source, 1, "", "file is empty");
  CsvHeader header(rec.fields);
  ColumnPositions positions;
  for (const TableColumn& c : columns) {
    positions.push_back(header.find(c.name));
    if (c.required && !positions.back())
      return parse_error(source, 1, c.name, "required column is missing");
  }
  for (;;) {
    auto more = reader.next(rec);
    if (!more) return more.error();
    if (!more.value()) return outcome::success();
    if (is_blank(rec)) continue;
    Result<void> done = row(rec, positions);
    if (!done) return done;
  }
}

}  // namespace introcheck::detail
