// Municipalities (kommuner), their districts (bydeler) and counties over time.
//
// Source: Statistics Norway's classification service KLASS: 131 (kommune-
// inndeling, 1971-2024, with the change table) and 103 (bydelsinndeling).
// Validity follows KLASS: valid_from is the first day, valid_to the first day
// the entry is no longer valid (half-open); an open valid_to means "still valid".
#pragma once

#include <introcheck/date.hpp>
#include <introcheck/result.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace introcheck {

/// One (code, name) interval of a municipality, district or county.
struct AreaVersion {
  std::string code;
  std::string name;
  Date valid_from;
  std::optional<Date> valid_to;  ///< exclusive; nothing = still valid

  bool valid_on(Date d) const { return valid_from <= d && (!valid_to || d < *valid_to); }
};

/// A row of the change table. old_code == new_code is a name-only change.
struct MunicipalityChange {
  std::string old_code;
  std::string new_code;
  Date date;
  std::string old_name;
  std::string new_name;

  bool name_only() const { return old_code == new_code; }
};

/// A code that an older code's area went to.
struct Successor {
  std::string code;
  std::string name;
  Date valid_from;
};

/// The four code lists as CSV text (columns as in lib/data/README.md), with
/// names used in error messages.
struct MunicipalitySources {
  std::string_view municipalities, municipalities_name = "municipalities.csv";
  std::string_view changes, changes_name = "municipality_changes.csv";
  std::string_view districts, districts_name = "districts.csv";
  std::string_view counties, counties_name = "counties.csv";
};

/// The municipality, district and county classifications. Immutable after
/// construction, so one instance may be shared by any number of threads.
class Municipalities {
 public:
  /// The classifications embedded in this release.
  static const Municipalities& builtin();

  /// Builds the classifications from replacement files.
  static Result<Municipalities> from_csv(const MunicipalitySources& sources);

  /// The code is in the classification on `d`. Note 9999 "Uoppgitt" is.
  bool valid(std::string_view code, Date d) const;

  /// valid() and not 9999: a municipality results can be counted for.
  bool valid_follow_up(std::string_view code, Date d) const;

  /// Valid on at least one day of [first, last] (both included).
  bool valid_during(std::string_view code, Date first, Date last) const;

  /// Not itself valid during [first, last], but the successor (through any
  /// chain of reforms) of a code that was: the case system already uses the new code.
  bool succeeds_code_valid_during(std::string_view code, Date first, Date last) const;

  /// The name on `d`; nothing when the code is not valid then.
  std::optional<std::string_view> name(std::string_view code, Date d) const;

  /// The latest version of `code` that began on or before `d` (valid on `d`
  /// or expired before it); nothing for a code unknown by then.
  const AreaVersion* latest_version(std::string_view code, Date d) const;

  /// The county of the code: the county of its first two digits on `d`, or,
  /// for a code no longer valid, on its last valid day.
  const AreaVersion* county(std::string_view code, Date d) const;

  /// The codes valid on `d` that the area of `code` went to, following chains
  /// of reforms (0101 -> 3001 -> 3101). Empty when `code` is valid on `d`.
  /// Name-only changes are not successions.
  std::vector<Successor> successors(std::string_view code, Date d) const;

  /// Every row of the change table dated `d`.
  std::span<const MunicipalityChange> changes_at(Date d) const;

  /// The code appears as old or new code in a change on 1 January of `year`
  /// that is not name-only: its case system may be closed for transfer then.
  bool in_reform(std::string_view code, int year) const;

  /// A district code (municipality + 2 digits) valid on `d`.
  bool district_valid(std::string_view district, Date d) const;

  /// True when the district belongs to `municipality` and is valid on `d`.
  bool district_valid_for(std::string_view district, std::string_view municipality, Date d) const;

  /// The district belongs to `municipality` and is valid on a day of [first, last].
  bool district_valid_during(std::string_view district, std::string_view municipality, Date first,
                             Date last) const;

  /// The district's name on `d`.
  std::optional<std::string_view> district_name(std::string_view district, Date d) const;

  /// xx99: "Uoppgitt" (district unknown).
  static bool is_unknown_district(std::string_view district);

  /// "builtin-<snapshot date>" or "custom-<hash of the files>".
  const std::string& version() const { return version_; }

  std::span<const AreaVersion> all_municipalities() const { return municipalities_; }
  std::span<const MunicipalityChange> all_changes() const { return changes_; }
  std::span<const AreaVersion> all_districts() const { return districts_; }

 private:
  std::span<const AreaVersion> versions_of(std::string_view code) const;
  std::span<const AreaVersion> districts_of(std::string_view code) const;

  std::vector<AreaVersion> municipalities_;  // sorted by code, valid_from
  std::vector<std::uint32_t> first_version_;  // by numeric code: index into municipalities_
  std::vector<MunicipalityChange> changes_;  // sorted by date, old_code, new_code
  // (year, code) for each code a change on 1 January touches, sorted: in_reform()
  // runs per municipality and per record checked one at a time.
  std::vector<std::pair<int, std::string>> reformed_;
  std::vector<AreaVersion> districts_;       // sorted by code, valid_from
  std::vector<AreaVersion> counties_;        // sorted by code, valid_from
  std::string version_;
};

}  // namespace introcheck
