// Mapping: a case system's own column names and codes, as the configuration
// gives them, so that an export is checked as it comes out of the case system.
//
//   [columns.participants]
//   Personnr = person_id        # the vendor's header = the field it holds
//   Merknad = ignore            # a column that is none of them
//   [values.end_reason]
//   AH = arbeid_heltid          # the vendor's value = the code it stands for
//
// Headers match as the built-in Norwegian names do (lib/data/column_aliases.csv):
// case- and accent-insensitively ("é" = "e", but "å" != "a"), with blanks,
// '_', '-', '.' and '/' alike ("DUF-nummer" = "duf nummer"). A value matches
// as written, else case- and accent-insensitively; the code it stands for is
// then read as usual. Config (config.hpp) holds one, and ImportOptions
// (import.hpp) hands it to the importer.
#pragma once

#include <introcheck/code_list.hpp>
#include <introcheck/dataset.hpp>
#include <introcheck/measure.hpp>
#include <introcheck/participation.hpp>
#include <introcheck/result.hpp>

#include <bitset>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck {

/// The two tables of a case system's export.
enum class ExportTable { participants, measures };
std::string_view to_string(ExportTable t);  ///< "participants", "measures"

/// A line of [columns.TABLE], and where it was written.
struct ColumnRule {
  ExportTable table = ExportTable::participants;
  std::string column;                ///< the vendor's header, as written
  std::optional<std::size_t> field;  ///< the field's index; nothing: "ignore"
  std::string source;                ///< the configuration file
  std::size_t line = 0;
};

/// A line of [values.FIELD], and where it was written.
struct ValueRule {
  ValueUse use;  ///< field, the vendor's value, the code
  std::string source;
  std::size_t line = 0;
};

class Mapping {
 public:
  /// `column = field` of [columns.TABLE]; field is a field name of the table
  /// or "ignore". Fails, naming source and line, on an unknown field, on a
  /// column that is another field's own name (that name always means its
  /// field) and on a column given twice.
  Result<void> add_column(ExportTable table, std::string_view column, std::string_view field,
                          std::string_view source, std::size_t line);

  /// `value = code` of [values.FIELD]. FIELD is a field with a code list
  /// (category, legal_basis, end_reason, permit_ground, education, end_goal,
  /// measure), a yes/no field (protected_address, completed, ...) or yes_no
  /// for every yes/no field. Fails, naming source and line, on any other
  /// FIELD, on a value given twice, on a code the fixed lists (category,
  /// legal_basis, permit_ground, education) lack and on a yes/no that is not
  /// one (ja/nei, true/false, 1/0). End reasons, end goals and measures are
  /// replaceable lists: check_codes() checks them against the lists in use.
  Result<void> add_value(std::string_view field, std::string_view value, std::string_view code,
                         std::string_view source, std::size_t line);

  /// Whether [values.FIELD] may name `field` (a field with codes, a yes/no
  /// field, or yes_no).
  static bool maps_values(std::string_view field);

  /// The line of [columns.TABLE] for a header, or nullptr.
  const ColumnRule* column(ExportTable table, std::string_view header) const;
  /// Whether [columns.TABLE] has any line: the importer asks column() only then.
  bool has_columns(ExportTable table) const;

  /// The code `text` stands for in the field, or `text` itself when nothing maps it.
  std::string_view value(ParticipationField f, std::string_view text) const;
  std::string_view value(MeasureField f, std::string_view text) const;

  /// That each value mapped for the table's replaceable lists (end_reason,
  /// end_goal; measure) is a code of the list in use; else an error naming
  /// the configuration's line.
  Result<void> check_codes(ExportTable table, const CodeList& end_reasons, const CodeList& end_goals,
                           const CodeList& measures) const;

  /// The value mappings for a table with these columns (SourceStats::columns),
  /// in the configuration's order: what the summary shows.
  std::vector<ValueUse> value_uses(ExportTable table, const std::bitset<64>& columns) const;

  bool empty() const { return columns_.empty() && values_.empty(); }
  const std::vector<ColumnRule>& columns() const { return columns_; }
  const std::vector<ValueRule>& values() const { return values_; }

 private:
  // The values of one field by their text (as written, with ASCII letters
  // lower-cased, and by collation key: label_key) -> their values_ index.
  struct Values {
    std::map<std::string, std::size_t, std::less<>> exact, lowered, folded;
    bool ascii = true;  // every value is ASCII: an ASCII text needs no collation key
  };
  std::string_view lookup(std::size_t slot, std::string_view text) const;

  std::vector<ColumnRule> columns_;
  std::vector<ValueRule> values_;
  std::map<std::string, std::size_t> column_keys_[2];  // column_key(header) -> columns_ index, per table
  std::map<std::size_t, Values> by_slot_;               // a field's slot (see mapping.cpp) -> its values
};

}  // namespace introcheck
