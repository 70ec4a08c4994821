// NIR's report "Deltakere som har avsluttet introduksjonsprogram": its rows
// and its filters. Predicted from a dataset in predict.hpp, read from NIR's
// CSV export in import.hpp.
//
// How NIR counts (IMDi), and so introcheck:
// - a person counts for the follow-up municipality/district, even when the
//   report shows another residence municipality/district;
// - persons with a protected address are left out of the municipality's
//   overview, and their residence is never output;
// - a person counts once for Y: with their latest end in Y;
// - a covid_extension participant appears as ended with no end reason when
//   three years plus leave have passed (NIR ends them itself).
#pragma once

#include <introcheck/code_list.hpp>
#include <introcheck/dataset.hpp>
#include <introcheck/result.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck {

/// NIR's filters plus the municipality (and district) whose overview it is.
struct ReportScope {
  std::optional<std::string> municipality;  ///< follow-up municipality; nothing = all
  std::optional<std::string> district;      ///< follow-up district within it
  bool rett_og_plikt = true;                ///< category filter
  bool kan_tilbys = true;
  bool rett_6a = true;                      ///< "Rett til introduksjonsprogram (kapittel 6A)"
  bool registered = true;    ///< end reason "med registrert årsak"
  bool unregistered = true;  ///< end reason "ikke registrert"

  bool includes_place(std::string_view municipality, std::string_view district) const;
  bool includes_category(Category c) const;
  bool includes_reason(bool has_reason) const;
};

/// Parses "CODE" or "CODE/DISTRICT", "rett_og_plikt,kan_tilbys,rett_6a" (any of
/// them, codes or labels; those not named are left out) and
/// "registered,unregistered" as the CLI takes them. Errors name the option.
Result<void> parse_scope_place(std::string_view text, ReportScope& scope);
Result<void> parse_scope_categories(std::string_view text, ReportScope& scope);
Result<void> parse_scope_end_reasons(std::string_view text, ReportScope& scope);

/// Names of a report row's columns (canonical CSV names).
enum class NirField {
  person_id,
  duf_number,
  name,
  category,
  residence_municipality,
  residence_district,
  follow_up_municipality,
  start_date,
  end_date,
  end_reason,
};
inline constexpr std::size_t nir_field_count = 10;
std::string_view to_string(NirField f);

/// One row of the report. end_reason empty means "ikke registrert".
struct NirRow {
  Field<PersonId> person_id;
  Field<PersonId> duf_number;
  std::string name;  ///< output only when ids are revealed
  Field<Category> category;
  Field<std::string> residence_municipality;  ///< empty for protected persons
  Field<std::string> residence_district;
  Field<std::string> follow_up_municipality;
  Field<std::string> follow_up_district;
  Field<Date> start_date;
  Field<Date> end_date;
  Field<std::string> end_reason;  ///< a code of the end-reason list; empty = not registered

  std::size_t line = 0;      ///< in the export; 0 for a predicted row
  std::string case_id;       ///< predicted rows: the participation it stands for
  bool ended_by_nir = false; ///< covid extension ended by NIR at three years plus leave
  /// Predicted rows: the participation's effective basis (legal_basis.hpp).
  /// NIR's export has no such column: nothing there.
  std::optional<LegalBasis> legal_basis;
  std::vector<RawValue<NirField>> raw;
};

struct NirReport {
  std::vector<NirRow> rows;
  SourceStats source;
  std::size_t title_lines = 0;  ///< lines before the header row that were skipped
  bool has_follow_up_column = false;
};

}  // namespace introcheck
