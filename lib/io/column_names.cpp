#include "io/column_names.hpp"

#include "model/label_key.hpp"
#include "util/csv.hpp"

namespace introcheck {

namespace data {
extern const std::string_view column_aliases_csv;
}

std::string_view to_string(ExportTable t) { return t == ExportTable::participants ? "participants" : "measures"; }

namespace detail {

std::size_t field_count(ExportTable table) {
  return table == ExportTable::participants ? participation_field_count : measure_field_count;
}

std::string_view field_name(ExportTable table, std::size_t field) {
  return table == ExportTable::participants ? to_string(static_cast<ParticipationField>(field))
                                            : to_string(static_cast<MeasureField>(field));
}

std::optional<std::size_t> field_index(ExportTable table, std::string_view name) {
  for (std::size_t f = 0; f < field_count(table); ++f)
    if (field_name(table, f) == name) return f;
  return std::nullopt;
}

std::string column_key(std::string_view header) {
  constexpr std::size_t longest = 200;  // bytes; no header name is longer
  if (header.size() > longest) return {};
  std::string plain;
  bool gap = false;
  for (char c : header) {
    if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '.' || c == '/') {
      gap = true;
      continue;
    }
    if (gap && !plain.empty()) plain += ' ';
    gap = false;
    plain += c;
  }
  if (plain.empty()) return {};
  return label_key(plain);
}

Result<ColumnAliases> read_column_aliases(std::string_view text, std::string_view source) {
  ColumnAliases aliases;
  // Each field's own name, loosely written, is taken first so that no alias can claim it.
  for (ExportTable table : {ExportTable::participants, ExportTable::measures})
    for (std::size_t f = 0; f < field_count(table); ++f)
      aliases.by_key[static_cast<int>(table)][column_key(field_name(table, f))] = f;
  auto read = read_table(
      text, source, {{"table"}, {"field"}, {"alias"}, {"source", false}},
      [&](const CsvRecord& rec, const ColumnPositions& col) -> Result<void> {
        std::string_view table_name = field(rec, col[0]), name = field(rec, col[1]), alias = field(rec, col[2]);
        ExportTable table = table_name == "measures" ? ExportTable::measures : ExportTable::participants;
        if (table_name != "participants" && table_name != "measures")
          return parse_error(source, rec.line, "table", "table must be participants or measures");
        auto f = field_index(table, name);
        if (!f) return parse_error(source, rec.line, "field", "'" + std::string(name) + "' is not a field of " +
                                                                  std::string(table_name) + ".csv");
        std::string key = column_key(alias);
        if (key.empty()) return parse_error(source, rec.line, "alias", "alias is empty");
        auto [at, fresh] = aliases.by_key[static_cast<int>(table)].emplace(key, *f);
        if (!fresh && at->second != *f)
          return parse_error(source, rec.line, "alias",
                             "'" + std::string(alias) + "' would mean both " + std::string(field_name(table, at->second)) +
                                 " and " + std::string(name) + ": a name that could mean two fields is no alias");
        return outcome::success();
      });
  if (!read) return read.error();
  return aliases;
}

const ColumnAliases& builtin_column_aliases() {
  static const ColumnAliases aliases = read_column_aliases(data::column_aliases_csv, "column_aliases.csv (builtin)").value();
  return aliases;
}

std::optional<std::size_t> alias_field(ExportTable table, const std::string& key) {
  if (key.empty()) return std::nullopt;
  const auto& by_key = builtin_column_aliases().by_key[static_cast<int>(table)];
  auto it = by_key.find(key);
  if (it == by_key.end()) return std::nullopt;
  return it->second;
}

}  // namespace detail
}  // namespace introcheck
