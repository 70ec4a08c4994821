// Code lists: categories, legal bases, end reasons (avslutningsårsaker) and
// measures (tiltak).
//
// End reasons, measures and end goals are data: embedded defaults (lib/data/)
// that a vendor replaces at run time from CSV with the columns
// code,label_nb,label_nn,label_en and, as the list needs them, group,
// length_group, content and aliases, because NIR's lists change.
// Labels match case- and accent-insensitively (ICU collation, Norwegian
// primary strength: "arbeid" = "ARBEID", "é" = "e", but "å" != "a").
#pragma once

#include <introcheck/language.hpp>
#include <introcheck/result.hpp>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck {

/// Participant category in NIR.
enum class Category {
  rett_og_plikt,  ///< "Rett og plikt introduksjonsprogram"
  kan_tilbys,     ///< "Kan tilbys introduksjonsprogram"
  rett_6a,        ///< "Rett til introduksjonsprogram (kapittel 6A)": a right without the duty
};
inline constexpr Category all_categories[] = {Category::rett_og_plikt, Category::kan_tilbys, Category::rett_6a};

/// The law the program runs under.
enum class LegalBasis {
  introduksjonsloven,    ///< the act of 2003, until 2020
  integreringsloven,     ///< the act of 2021
  integreringsloven_6a,  ///< its temporary chapter 6A (collective protection, utlendingsloven § 34)
};
inline constexpr LegalBasis all_legal_bases[] = {LegalBasis::introduksjonsloven, LegalBasis::integreringsloven,
                                                 LegalBasis::integreringsloven_6a};

/// The ground of the residence permit (utlendingsloven).
enum class PermitGround {
  utl_28,  ///< § 28: refugee (asylum)
  utl_35,  ///< § 35: resettlement refugee (overføringsflyktning)
  utl_38,  ///< § 38: humanitarian grounds after an asylum application
  utl_34,  ///< § 34: collective protection
  utl_53,  ///< § 53: independent grounds
  family,  ///< family immigration with one of these
  other,
};

/// The highest completed education.
enum class Education { none, primary, upper_secondary, higher };

std::string_view to_string(Category c);      ///< "rett_og_plikt", "kan_tilbys", "rett_6a"
std::string_view label_nb(Category c);       ///< NIR's label
/// The label a person reads, in `language` (lib/data/{categories,legal_bases,
/// permit_grounds,education}.csv): «Kan tilbys introduksjonsprogram».
std::string_view label(Category c, Language language);
std::string_view label(LegalBasis b, Language language);
std::string_view label(PermitGround g, Language language);
std::string_view label(Education e, Language language);
std::string_view to_string(LegalBasis b);    ///< "introduksjonsloven", "integreringsloven", "integreringsloven_6a"
std::string_view to_string(PermitGround g);  ///< "utl_28", ... "family", "other"
std::string_view to_string(Education e);     ///< "none", "primary", "upper_secondary", "higher"
/// Integreringsloven, with or without chapter 6A.
inline bool is_integreringsloven(LegalBasis b) { return b != LegalBasis::introduksjonsloven; }

/// Each from its code or one of its labels (case- and accent-insensitive;
/// "Kan tilbys", "Integreringsloven kapittel 6A", "§ 28", "flyktning",
/// "kollektiv beskyttelse", "videregående" ...), by the embedded lists
/// lib/data/{categories,legal_bases,permit_grounds,education}.csv.
std::optional<Category> parse_category(std::string_view text);
std::optional<LegalBasis> parse_legal_basis(std::string_view text);
std::optional<PermitGround> parse_permit_ground(std::string_view text);
std::optional<Education> parse_education(std::string_view text);

struct CodeEntry {
  std::string code;
  std::string label_nb;
  std::string label_nn;
  std::string label_en;
  /// The end-reason group, the measure group, or an end goal's length group
  /// (column length_group: short, upper_secondary or empty).
  std::string group;
  /// Measures: the element of the minimum content it counts for (norsk,
  /// samfunnskunnskap, livsmestring, foreldreveiledning, arbeid_utdanning;
  /// norsk_samfunnskunnskap for both of its parts), or empty.
  std::string content;
  /// More labels that match, from the column aliases ("§ 28|flyktning").
  std::vector<std::string> aliases;

  /// The label in `language`; the code when the list leaves it empty.
  std::string_view label(Language language) const;
};

/// Outcome of looking up a code or label.
struct CodeLookup {
  const CodeEntry* entry = nullptr;  ///< the match, when exactly one
  bool ambiguous = false;            ///< the label matches more than one entry
};

class CodeList {
 public:
  /// End reasons, grouped as IMDi and Statistics Norway group them
  /// (arbeid, utdanning, grunnskole, kvalifisering, sosialhjelp, trygd, annet).
  static const CodeList& builtin_end_reasons();
  /// Measures (tiltak), with the content element each counts for.
  static const CodeList& builtin_measures();
  /// End goals (sluttmål) under integreringsloven, with their length groups.
  static const CodeList& builtin_end_goals();

  /// Parses a replacement list. `source` names the file in errors.
  static Result<CodeList> from_csv(std::string_view text, std::string_view source);

  CodeList();
  CodeList(CodeList&&) noexcept;
  CodeList& operator=(CodeList&&) noexcept;
  ~CodeList();

  /// Exact code match (codes are compared as given, after trimming).
  const CodeEntry* find(std::string_view code) const;

  /// A code, or a label in any of the three languages.
  CodeLookup resolve(std::string_view text) const;

  std::span<const CodeEntry> entries() const { return entries_; }

  /// "builtin-<n>" or "custom-<hash>".
  const std::string& version() const { return version_; }
  /// Whether the list had a group (or length_group) column, and a content column.
  bool has_group() const { return has_group_; }
  bool has_content() const { return has_content_; }

 private:
  struct Keys;
  std::vector<CodeEntry> entries_;
  std::unique_ptr<Keys> keys_;  // collation keys of the labels
  std::string version_;
  bool has_group_ = false, has_content_ = false;
};

}  // namespace introcheck
