// Internal: how a header is matched to a field — the key it is compared by,
// and the built-in Norwegian names of lib/data/column_aliases.csv.
#pragma once

#include <introcheck/mapping.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace introcheck::detail {

/// The key a header name is compared by: blanks, '_', '-', '.' and '/' alike
/// (runs of them one blank, none at the ends), then label_key() (case and
/// accents ignored, "å" != "a"). Empty for a name longer than any header
/// (200 bytes), which then matches nothing.
std::string column_key(std::string_view header);

/// The field index of each key, per table.
struct ColumnAliases {
  std::map<std::string, std::size_t> by_key[2];
};

/// Reads an alias table (columns table,field,alias,source). Fails, naming
/// the line, on an unknown table or field, and on a name that two fields
/// share, or that is another field's own name written loosely.
Result<ColumnAliases> read_column_aliases(std::string_view text, std::string_view source);

/// The embedded table, with each field's own name written loosely
/// ("Start date" for start_date) as an alias too.
const ColumnAliases& builtin_column_aliases();

/// The field index a built-in alias gives `key` (a column_key) in `table`.
std::optional<std::size_t> alias_field(ExportTable table, const std::string& key);

/// The field index of a table's field name, exactly, or nothing.
std::optional<std::size_t> field_index(ExportTable table, std::string_view name);
/// The number of fields of a table, and a field's name.
std::size_t field_count(ExportTable table);
std::string_view field_name(ExportTable table, std::size_t field);

}  // namespace introcheck::detail
