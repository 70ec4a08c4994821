// Code lists: categories, legal bases, end reasons (avslutningsårsaker) and
// measures (tiltak).
//
// End reasons and measures are data: embedded defaults (lib/data/) that a
// vendor replaces at run time from CSV with the columns
// code,label_nb,label_nn,label_en,group, because NIR's lists change.
// Labels match case- and accent-insensitively (ICU collation, Norwegian
// primary strength: "arbeid" = "ARBEID", "é" = "e", but "å" != "a").
#pragma once

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
};

/// The law the program runs under.
enum class LegalBasis { introduksjonsloven, integreringsloven };

std::string_view to_string(Category c);    ///< "rett_og_plikt", "kan_tilbys"
std::string_view label_nb(Category c);     ///< NIR's label
std::string_view to_string(LegalBasis b);  ///< "introduksjonsloven", "integreringsloven"

/// A category from its code or NIR's label (case- and accent-insensitive).
std::optional<Category> parse_category(std::string_view text);
std::optional<LegalBasis> parse_legal_basis(std::string_view text);

struct CodeEntry {
  std::string code;
  std::string label_nb;
  std::string label_nn;
  std::string label_en;
  std::string group;
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
  /// Measures (tiltak).
  static const CodeList& builtin_measures();

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

 private:
  struct Keys;
  std::vector<CodeEntry> entries_;
  std::unique_ptr<Keys> keys_;  // collation keys of the labels
  std::string version_;
};

}  // namespace introcheck
