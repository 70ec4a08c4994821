#include <introcheck/code_list.hpp>
#include <introcheck/packed_table.hpp>  // detail::TextHash

#include "model/label_key.hpp"
#include "util/csv.hpp"
#include "util/text.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <mutex>

namespace introcheck {

using detail::label_key;

using detail::lower_ascii;
using detail::trim;

namespace data {
extern const std::string_view end_reasons_csv;
extern const std::string_view measures_csv;
extern const std::string_view end_goals_csv;
extern const std::string_view categories_csv;
extern const std::string_view legal_bases_csv;
extern const std::string_view permit_grounds_csv;
extern const std::string_view education_csv;
}

namespace {

// One Norwegian primary-strength collator for the process. ICU collators are
// not documented as safe for concurrent use, so every use takes the lock;
// lookups by label are rare (codes match first).
struct LabelCollator {
  std::mutex mutex;
  std::unique_ptr<icu::Collator> collator;

  LabelCollator() {
    UErrorCode status = U_ZERO_ERROR;
    collator.reset(icu::Collator::createInstance(icu::Locale("nb", "NO"), status));
    if (U_FAILURE(status)) collator.reset();
    else collator->setStrength(icu::Collator::PRIMARY);
  }
};

LabelCollator& label_collator() {
  static LabelCollator instance;
  return instance;
}

}  // namespace

std::string detail::label_key(std::string_view text) {
  text = trim(text);
  LabelCollator& lc = label_collator();
  if (!lc.collator) return lower_ascii(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::lock_guard<std::mutex> lock(lc.mutex);
  int32_t n = lc.collator->getSortKey(u, nullptr, 0);
  std::string key(static_cast<std::size_t>(n), '\0');
  lc.collator->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), n);
  return key;
}

struct CodeList::Keys {
  std::map<std::string, std::vector<std::size_t>> by_label;  // key -> entry indices
  // code -> entry index: the rules look a code up for each of millions of measures.
  std::unordered_map<std::string, std::size_t, detail::TextHash, std::equal_to<>> by_code;
};

CodeList::CodeList() : keys_(std::make_unique<Keys>()) {}
CodeList::CodeList(CodeList&&) noexcept = default;
CodeList& CodeList::operator=(CodeList&&) noexcept = default;
CodeList::~CodeList() = default;

const CodeList& CodeList::builtin_end_reasons() {
  static const CodeList list = [] {
    CodeList l = from_csv(data::end_reasons_csv, "end_reasons.csv (builtin)").value();
    l.version_ = "builtin-1";
    return l;
  }();
  return list;
}

const CodeList& CodeList::builtin_measures() {
  static const CodeList list = [] {
    CodeList l = from_csv(data::measures_csv, "measures.csv (builtin)").value();
    l.version_ = "builtin-2";  // 2: the content column
    return l;
  }();
  return list;
}

const CodeList& CodeList::builtin_end_goals() {
  static const CodeList list = [] {
    CodeList l = from_csv(data::end_goals_csv, "end_goals.csv (builtin)").value();
    l.version_ = "builtin-1";
    return l;
  }();
  return list;
}

Result<CodeList> CodeList::from_csv(std::string_view text, std::string_view source) {
  CodeList list;
  auto read = detail::read_table(
      text, source,
      {{"code"}, {"label_nb"}, {"label_nn"}, {"label_en"}, {"group", false}, {"length_group", false},
       {"content", false}, {"aliases", false}},
      [&](const detail::CsvRecord& rec, const detail::ColumnPositions& col) -> Result<void> {
        list.has_group_ = col[4] || col[5];
        list.has_content_ = static_cast<bool>(col[6]);
        auto at = [&](std::size_t i) { return std::string(detail::field(rec, col[i])); };
        CodeEntry e{at(0), at(1), at(2), at(3), col[4] ? at(4) : at(5), at(6), {}};
        for (std::string_view rest = detail::field(rec, col[7]); !rest.empty();) {
          std::size_t bar = rest.find('|');
          if (auto alias = trim(rest.substr(0, bar)); !alias.empty()) e.aliases.emplace_back(alias);
          rest.remove_prefix(bar == std::string_view::npos ? rest.size() : bar + 1);
        }
        if (e.code.empty()) return detail::parse_error(source, rec.line, "code", "code is empty");
        if (list.find(e.code))
          return detail::parse_error(source, rec.line, "code", "code '" + e.code + "' appears twice");
        list.keys_->by_code.emplace(e.code, list.entries_.size());
        list.entries_.push_back(std::move(e));
        return outcome::success();
      });
  if (!read) return read.error();
  for (std::size_t i = 0; i < list.entries_.size(); ++i) {
    const CodeEntry& e = list.entries_[i];
    std::vector<const std::string*> labels = {&e.code, &e.label_nb, &e.label_nn, &e.label_en};
    for (const std::string& alias : e.aliases) labels.push_back(&alias);
    for (const std::string* label : labels) {
      if (label->empty()) continue;
      auto& hits = list.keys_->by_label[label_key(*label)];
      if (std::find(hits.begin(), hits.end(), i) == hits.end()) hits.push_back(i);
    }
  }
  list.version_ = "custom-" + detail::content_hash(text);
  return list;
}

std::string_view CodeEntry::label(Language language) const {
  const std::string& l = language == Language::en ? label_en : language == Language::nn ? label_nn : label_nb;
  return l.empty() ? std::string_view(code) : std::string_view(l);
}

const CodeEntry* CodeList::find(std::string_view code) const {
  auto it = keys_->by_code.find(trim(code));
  return it == keys_->by_code.end() ? nullptr : &entries_[it->second];
}

CodeLookup CodeList::resolve(std::string_view text) const {
  if (const CodeEntry* e = find(text)) return {e, false};
  auto it = keys_->by_label.find(label_key(text));
  if (it == keys_->by_label.end()) return {};
  if (it->second.size() > 1) return {nullptr, true};
  return {&entries_[it->second.front()], false};
}

namespace {

// The small closed lists: the enum's codes in order, their labels from an
// embedded CSV of the same shape as the other code lists.
template <class E, std::size_t N>
struct ClosedList {
  const std::array<std::string_view, N>& codes;
  const std::string_view* csv;  // the embedded text, read on first use
  std::string_view name;

  const CodeList& list() const {
    // One parse per list (each list is its own instantiation) for the process.
    static const CodeList parsed = CodeList::from_csv(*csv, name).value();
    return parsed;
  }
  std::string_view code(E e) const { return codes[static_cast<std::size_t>(e)]; }
  std::string_view label(E e, Language language) const {
    const CodeEntry* entry = list().find(code(e));
    return entry ? entry->label(language) : code(e);
  }
  std::optional<E> parse(std::string_view text) const {
    CodeLookup found = list().resolve(text);
    if (!found.entry) return std::nullopt;
    for (std::size_t i = 0; i < N; ++i)
      if (codes[i] == found.entry->code) return static_cast<E>(i);
    return std::nullopt;  // a code the enum does not know
  }
};

constexpr std::array<std::string_view, 3> category_codes = {"rett_og_plikt", "kan_tilbys", "rett_6a"};
constexpr std::array<std::string_view, 3> basis_codes = {"introduksjonsloven", "integreringsloven",
                                                         "integreringsloven_6a"};
constexpr std::array<std::string_view, 7> ground_codes = {"utl_28", "utl_35", "utl_38", "utl_34",
                                                          "utl_53", "family", "other"};
constexpr std::array<std::string_view, 4> education_codes = {"none", "primary", "upper_secondary", "higher"};

const ClosedList<Category, 3> categories{category_codes, &data::categories_csv, "categories.csv (builtin)"};
const ClosedList<LegalBasis, 3> bases{basis_codes, &data::legal_bases_csv, "legal_bases.csv (builtin)"};
const ClosedList<PermitGround, 7> grounds{ground_codes, &data::permit_grounds_csv, "permit_grounds.csv (builtin)"};
const ClosedList<Education, 4> educations{education_codes, &data::education_csv, "education.csv (builtin)"};

}  // namespace

std::string_view to_string(Category c) { return categories.code(c); }
std::string_view to_string(LegalBasis b) { return bases.code(b); }
std::string_view to_string(PermitGround g) { return grounds.code(g); }
std::string_view to_string(Education e) { return educations.code(e); }

std::string_view label_nb(Category c) { return categories.list().find(to_string(c))->label_nb; }
std::string_view label(Category c, Language language) { return categories.label(c, language); }
std::string_view label(LegalBasis b, Language language) { return bases.label(b, language); }
std::string_view label(PermitGround g, Language language) { return grounds.label(g, language); }
std::string_view label(Education e, Language language) { return educations.label(e, language); }

std::optional<Category> parse_category(std::string_view text) { return categories.parse(text); }
std::optional<LegalBasis> parse_legal_basis(std::string_view text) { return bases.parse(text); }
std::optional<PermitGround> parse_permit_ground(std::string_view text) { return grounds.parse(text); }
std::optional<Education> parse_education(std::string_view text) { return educations.parse(text); }

}  // namespace introcheck
