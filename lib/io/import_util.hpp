// Internal: what both importers (case system, NIR report) share — opening a
// text file safely and reading one field value into a Field.
#pragma once

#include <introcheck/encoding.hpp>
#include <introcheck/field.hpp>
#include <introcheck/import.hpp>
#include <introcheck/person_id.hpp>

#include "io/decoded.hpp"
#include "util/text.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace introcheck::detail {

struct OpenedText {
  Decoded text;  // borrows the bytes given to open_text when they were UTF-8
  char delimiter = ';';
};

/// Checks the size limit, refuses spreadsheets, decodes to UTF-8 and detects
/// the delimiter (';', ',' or tab) from the first line that has any.
Result<OpenedText> open_text(std::string_view bytes, std::string_view source,
                             const ImportOptions& options);


/// What of an invalid value is kept for messages: at most 200 bytes, cut at
/// a character boundary and marked with "…", so a 10 MB field stays a line.
std::string excerpt(std::string_view value);

Field<Date> read_date(std::string_view text);
/// Booleans as the import reads them (true/false, ja/nei, 1/0, empty = false);
/// nothing for anything else.
std::optional<bool> parse_bool(std::string_view text);
Field<bool> read_bool(std::string_view text);
/// A whole number in [lo, hi].
Field<int> read_int(std::string_view text, int lo, int hi);
/// A decimal number in [lo, hi], with '.' or ',' as decimal mark.
Field<double> read_decimal(std::string_view text, double lo, double hi);

/// A code of `width` digits. One digit short and existing with a leading zero
/// restored (spreadsheet damage) is repaired and `repaired` set.
Field<std::string> read_code(std::string_view text, std::size_t width,
                             const std::function<bool(const std::string&)>& exists, bool& repaired);

/// A fødselsnummer/D-nummer (duf = false) or DUF number (duf = true); ten or
/// eleven digits that parse with a leading zero restored are repaired.
Field<PersonId> read_person_id(std::string_view text, bool duf, Date reference, bool& repaired);

}  // namespace introcheck::detail
