// The municipality's results as IMDi and Statistics Norway publish them from
// NIR, computed before publication from the case system or from NIR's report.
//
// Per follow-up municipality (and district where registered) and category, for
// year Y: the number ended; counts by end-reason group; and the share that went
// directly to work or education = (arbeid + utdanning) / all ended, where "ikke
// registrert" stays in the denominator and grunnskole is not education.
// Persons with a protected address count only in the municipality's total row.
//
// From the case system, each municipality also has a total per legal-basis
// group of the participation's effective basis (legal_basis.hpp): the ordinary
// program (introduksjonsloven and integreringsloven) and chapter 6A. These
// rows are suppressed like the others, and only their own cells are ever
// suppressed to protect them: every other row is as it would be without them.
//
// Small counts are suppressed (1 up to the threshold), a share whenever its
// numerator or denominator could reveal one, and complementary suppression
// makes sure no suppressed cell, nor the number of protected persons, can be
// recovered from totals minus visible cells.
#pragma once

#include <introcheck/nir_report.hpp>
#include <introcheck/environment.hpp>
#include <introcheck/thresholds.hpp>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace introcheck {

enum class ResultGroup { arbeid, utdanning, grunnskole, kvalifisering, sosialhjelp, trygd, annet, ikke_registrert };
inline constexpr std::size_t result_group_count = 8;
std::string_view to_string(ResultGroup g);  ///< "arbeid", ..., "ikke_registrert"
/// The group as published ("Arbeid", "Ikke registrert"), in `language`.
std::string_view label(ResultGroup g, Language language);

/// The legal bases results are split by.
enum class BasisGroup {
  ordinary,    ///< introduksjonsloven and integreringsloven: the ordinary program
  chapter_6a,  ///< integreringsloven_6a: the temporary chapter 6A
};
inline constexpr BasisGroup all_basis_groups[] = {BasisGroup::ordinary, BasisGroup::chapter_6a};
std::string_view to_string(BasisGroup g);  ///< "ordinary", "integreringsloven_6a"
BasisGroup basis_group(LegalBasis b);
/// "ordinær", "kapittel 6A", in `language`.
std::string_view label(BasisGroup g, Language language);

/// A count. The value is kept for the caller (who holds the data anyway);
/// every output shows a suppressed one as null.
struct Count {
  long long value = 0;
  bool suppressed = false;
};

struct ResultRow {
  std::string municipality;
  std::optional<std::string> district;    ///< nothing: the whole municipality
  std::optional<Category> category;       ///< nothing: all categories
  std::optional<BasisGroup> legal_basis;  ///< nothing: every basis (and unknown ones)
  bool includes_protected = false;        ///< the municipality's total row only
  Count ended;
  std::array<Count, result_group_count> groups;
  std::optional<double> share_work_education;  ///< nothing when nobody ended
  bool share_suppressed = false;

  bool any_suppressed() const;
};

/// One person counted for Y, as results need them.
struct EndedPerson {
  std::string municipality;  ///< follow-up
  std::string district;      ///< follow-up district, or ""
  Category category = Category::kan_tilbys;
  ResultGroup group = ResultGroup::ikke_registrert;
  bool protected_address = false;
  std::optional<LegalBasis> legal_basis;  ///< effective; nothing when not known (NIR's report)
};

struct ResultsOptions {
  std::optional<std::string> municipality;  ///< nothing: every municipality in the data
  std::optional<std::string> district;
  int suppress_below = 5;  ///< counts 1..N-1 are suppressed; 0 turns suppression off
  /// A row per municipality and BasisGroup; off when the persons' bases are
  /// not known (NIR's report has none).
  bool by_legal_basis = true;
};

/// The published figures of a run ("resultater"); `Result<T>` is an error or a value.
struct PublishedResults {
  /// Per municipality: total, each category (all_categories' order), each
  /// basis group (all_basis_groups' order, when by_legal_basis), then each
  /// district: its total and categories.
  std::vector<ResultRow> rows;
  int suppress_below = 5;
  /// Persons whose follow-up district was not valid for their municipality
  /// in Y, counted under its "uoppgitt" district (MMMM99) instead.
  std::size_t unknown_districts = 0;
  /// The rows per legal basis are there: from the case system, not from NIR's
  /// report, whose rows have no basis.
  bool by_legal_basis = false;
};

/// The group of an end reason code, through the list's `group` column.
ResultGroup result_group(const std::optional<std::string>& end_reason, const CodeList& reasons);

/// Persons ended in Y from the case system (latest end, NIR's view of covid
/// extensions), with their effective legal basis by `limits.basis_dates`.
std::vector<EndedPerson> ended_persons(const Dataset& dataset, int year, Date as_of,
                                       const Thresholds& limits, const CodeList& reasons);
/// Persons in NIR's report (which has already left out protected persons); no basis.
std::vector<EndedPerson> ended_persons(const NirReport& report, const CodeList& reasons);

/// The figures for `persons`, suppressed: the step both overloads below share.
PublishedResults compute_results(std::span<const EndedPerson> persons, const ResultsOptions& options);

/// What belongs to one run of the published results; the suppression
/// threshold and the end-reason groups are the Environment's.
struct PublishOptions {
  int year = 0;
  Date as_of;  ///< not_a_date_time: today in Europe/Oslo
  std::optional<std::string> municipality;  ///< nothing: every municipality in the data
  std::optional<std::string> district;
};

/// The results NIR will publish, from the case system.
PublishedResults compute_results(const Dataset& dataset, const Environment& environment,
                                 const PublishOptions& options);
/// The results NIR will publish, from NIR's own report.
PublishedResults compute_results(const NirReport& report, const Environment& environment,
                                 const PublishOptions& options);

/// The old name of PublishedResults.
using Results [[deprecated("renamed PublishedResults")]] = PublishedResults;

}  // namespace introcheck
