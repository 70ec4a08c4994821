// Dataset: the participations and measures of one run, as read or as built.
#pragma once

#include <introcheck/measure.hpp>
#include <introcheck/measure_table.hpp>
#include <introcheck/participation.hpp>
#include <introcheck/participation_table.hpp>
#include <introcheck/result.hpp>

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck {

/// How a header column came to mean its field: by the field's own name, by
/// one of the built-in Norwegian names (lib/data/column_aliases.csv), or by
/// the configuration's [columns.TABLE].
enum class ColumnMatch { name, alias, config };
inline std::string_view to_string(ColumnMatch m) {
  return m == ColumnMatch::name ? "name" : m == ColumnMatch::alias ? "alias" : "config";
}

/// A header column and the field it was read as.
struct ColumnUse {
  std::string column;  ///< the header as the file has it
  std::string field;   ///< the field name ("person_id")
  ColumnMatch by = ColumnMatch::name;
};

/// A vendor's value that the configuration's [values.FIELD] reads as a code.
struct ValueUse {
  std::string field;  ///< "end_reason", ..., or "yes_no" for every yes/no column
  std::string value;  ///< as the configuration writes it ("AH")
  std::string code;   ///< the code it stands for ("arbeid_heltid")
};

/// Where a table came from and what became of its rows.
struct SourceStats {
  std::string file;        ///< file name as given, or "" when built in memory
  std::string encoding;    ///< "UTF-8", "UTF-16LE", "windows-1252", ...
  char delimiter = ';';
  std::size_t rows_read = 0;  ///< data rows (header and blank lines not counted)
  std::size_t accepted = 0;   ///< rows that entered the dataset
  std::size_t rejected = 0;   ///< rows that could not enter (rows_read - accepted)
  std::vector<std::string> unknown_columns;  ///< header names that were ignored
  /// The header columns that were read, in header order, and how each was
  /// matched to its field; empty when built in memory.
  std::vector<ColumnUse> column_uses;
  /// The configuration's value mappings for this table's columns, in its order.
  std::vector<ValueUse> value_uses;
  /// The known columns the data has, by field index (ParticipationField or
  /// MeasureField): a file's header, or what a builder gave. A rule that
  /// needs a column the data lacks is skipped and the summary says so.
  std::bitset<64> columns;
  /// Why rows were rejected (file, line, field, message), in file order; the
  /// first `kept_rejections` of them, `rejected` counts them all.
  std::vector<Error> rejections;
  static constexpr std::size_t kept_rejections = 1000;
};

/// Participations and measures. A plain value: build it field by field or
/// import it from CSV; validation never changes it, so a dataset that is no
/// longer being modified may be validated from several threads at once.
struct Dataset {
  ParticipationTable participations;  ///< stored compactly; read through ParticipationView
  MeasureTable measures;  ///< stored compactly; read through MeasureView
  SourceStats participants;
  SourceStats measures_source;
  /// False when no measure file was given: measure rules are skipped and the
  /// summary says so.
  bool has_measures = false;

  bool has_column(ParticipationField f) const { return participants.columns.test(static_cast<std::size_t>(f)); }
  bool has_column(MeasureField f) const { return measures_source.columns.test(static_cast<std::size_t>(f)); }
};

}  // namespace introcheck
