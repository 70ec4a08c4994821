// Reading the case system's CSV exports (participants.csv, measures.csv) and
// NIR's report as a case worker saves it.
//
// Header row first; columns in any order, by the field's name (any case), by
// the configuration's [columns.TABLE], or by a built-in Norwegian name
// (lib/data/column_aliases.csv, matched as mapping.hpp says); a field's own
// name wins over an alias, any other two columns for one field are an error.
// Unknown columns are ignored and listed. Delimiter ';', ',' or tab, whichever the
// header uses most. Encoding as in encoding.hpp. Dates YYYY-MM-DD or
// DD.MM.YYYY; booleans true/false, ja/nei, 1/0, empty = false. A row is never
// dropped: a missing or invalid value marks its field, and the record checks
// report it with file, line and field.
#pragma once

#include <introcheck/code_list.hpp>
#include <introcheck/dataset.hpp>
#include <introcheck/mapping.hpp>
#include <introcheck/municipality.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/result.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace introcheck {

struct ImportOptions {
  /// Skips detection; any ICU converter name ("windows-1252", "UTF-16LE", ...).
  std::optional<std::string> encoding;
  const CodeList* end_reasons = nullptr;  ///< nullptr: the builtin list
  const CodeList* measures = nullptr;     ///< nullptr: the builtin list
  const CodeList* end_goals = nullptr;    ///< nullptr: the builtin list
  const Municipalities* municipalities = nullptr;  ///< for leading-zero repair; nullptr: builtin
  /// The vendor's column names and codes (Config::mapping); nullptr: none.
  /// Its values are read as codes before the code lists resolve them.
  const Mapping* mapping = nullptr;
  Date reference_date;  ///< decides person-id centuries; not_a_date_time = today
  std::size_t max_bytes = std::size_t{1} << 30;  ///< larger input is refused
  /// Threads that read the rows: 0 = one per core. Large files without quotes
  /// are split at line ends; the dataset is the same whatever the number.
  unsigned threads = 0;
  /// A case id is a join key, so it is never cut: a row with a longer one is
  /// rejected with an error naming its line (SECURITY.md: bounded output).
  /// The tables store case ids of up to 65535 bytes (max_stored_case_id_bytes):
  /// a higher limit rejects there.
  std::size_t max_case_id_bytes = 256;
};

/// The text of one participants row, field by field (ParticipationField order).
using ParticipationText = std::array<std::string_view, participation_field_count>;
/// The text of one measures row, field by field (MeasureField order).
using MeasureText = std::array<std::string_view, measure_field_count>;

/// One record from its text, exactly as the importer reads a row (labels,
/// repairs, invalid fields kept). For building a dataset record by record.
Participation parse_participation(const ParticipationText& text, const ImportOptions& options);
Measure parse_measure(const MeasureText& text, const ImportOptions& options);

/// Reads participants.csv from memory into `into`; `source` names it in messages.
Result<void> import_participants(std::string_view bytes, std::string_view source,
                                 const ImportOptions& options, Dataset& into);

/// Reads measures.csv from memory into `into` and sets has_measures.
Result<void> import_measures(std::string_view bytes, std::string_view source,
                             const ImportOptions& options, Dataset& into);

/// Reads the participants file and, when given, the measures file.
Result<Dataset> load_dataset(const std::string& participants_path,
                             const std::optional<std::string>& measures_path,
                             const ImportOptions& options);

/// Reads NIR's export saved as CSV. Title lines before the header row are
/// skipped up to the first line with the required columns (an id column and
/// the end date); Norwegian headers are accepted (Fødselsnummer, DUF-nummer,
/// Navn, Kategori, Bostedskommune, Bydel, Oppfølgingskommune, Startdato,
/// Avslutningsdato/Sluttdato, Avslutningsårsak).
Result<NirReport> import_nir_report(std::string_view bytes, std::string_view source,
                                    const ImportOptions& options);

Result<NirReport> load_nir_report(const std::string& path, const ImportOptions& options);

}  // namespace introcheck
