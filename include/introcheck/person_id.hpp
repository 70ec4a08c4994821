// Person ids as NIR knows them: fødselsnummer, D-nummer and DUF-nummer.
//
// Sources: Skatteetaten, "Fødselsnummer" and "Nytt fødselsnummer fra 2032"
// (the 2032 rule for the first check digit); Statistics Norway's control
// program for the DUF check digits (UDI publishes no specification).
#pragma once

#include <introcheck/date.hpp>
#include <introcheck/result.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace introcheck {

enum class IdKind : std::uint8_t { fnr, dnr, duf };

/// Which rule the first check digit satisfies. Ids that satisfy only the
/// 2032 rule, (S1 + K1) mod 11 in {1, 2, 3}, are the "2032 series".
enum class IdSeries : std::uint8_t { classic, y2032 };

/// Synthetic test-id schemes, marked by an offset on the month.
enum class SyntheticScheme : std::uint8_t {
  none,
  tenor,    ///< month + 80 (Skatteetaten/Tenor)
  nav,      ///< month + 40 (NAV/Dolly; the shape of an H-nummer)
  syntpop,  ///< month + 65 (SyntPop)
};

/// Why an id is not a valid NIR id. Names match the CLI's JSON `reason`.
enum class IdProblem {
  length,      ///< not 11 (fødselsnummer, D-nummer) or 12 (DUF) digits
  non_digit,   ///< a character other than digits, blanks, dots and hyphens
  date,        ///< the birth date is impossible
  k1,          ///< first check digit (or the DUF check digits) wrong
  k2,          ///< second check digit wrong
  not_nir_id,  ///< a valid id of a kind NIR does not use (H-nummer)
  synthetic,   ///< a synthetic test id, and test ids are not allowed
};

/// A structurally valid id. Synthetic ids parse; policy decides whether to accept them.
struct PersonId {
  /// The digits as one number, 8 bytes instead of a string: 11 digits for a
  /// fødselsnummer or D-nummer, 12 for a DUF number, leading zeros implied.
  std::uint64_t number = 0;
  IdKind kind = IdKind::fnr;
  IdSeries series = IdSeries::classic;  ///< meaningful for fnr and dnr only
  SyntheticScheme synthetic = SyntheticScheme::none;
  std::optional<Date> birth_date;  ///< fnr and dnr only

  bool is_synthetic() const { return synthetic != SyntheticScheme::none; }
  /// The digits as written, zero-padded to the kind's length ("05878812028").
  std::string digits() const;
  /// An id with `digits` (digits only, at most 19) as its number, for a
  /// builder or a test; nothing is checked: parse_person_id() does that.
  static PersonId from_digits(std::string_view digits, IdKind kind = IdKind::fnr);
};

struct IdOptions {
  bool allow_synthetic = false;
  /// Decides the century where the individual number does not (2032 series,
  /// numbers outside the classic ranges). not_a_date_time means today.
  Date reference_date;
};

/// Strips blanks, dots and hyphens; keeps every other character.
std::string normalize_person_id(std::string_view text);

/// Structural check only: length, digits, date, check digits. Synthetic ids
/// parse and are marked; an H-nummer parses as synthetic NAV.
Result<PersonId, IdProblem> parse_person_id(std::string_view text, Date reference_date);

/// The problem `id` has under `options` (synthetic not allowed, H-nummer), if any.
std::optional<IdProblem> policy_problem(const PersonId& id, const IdOptions& options);

/// parse_person_id followed by policy_problem: what NIR would accept.
Result<PersonId, IdProblem> check_person_id(std::string_view text, const IdOptions& options);

/// The id as it may appear in output: the first six digits then "*****" for
/// 11-digit ids, the first four then "********" for DUF numbers, "***" for
/// anything else. Never reveals more than the birth date or DUF year.
std::string mask_person_id(std::string_view text);

std::string_view to_string(IdKind kind);
std::string_view to_string(IdSeries series);  ///< "classic" or "2032"
std::string_view to_string(IdProblem problem);
std::string_view to_string(SyntheticScheme scheme);  ///< "", "tenor", "nav", "syntpop"

}  // namespace introcheck
