#include <introcheck/code_list.hpp>

#include "model/label_key.hpp"
#include "util/csv.hpp"
#include "util/text.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace introcheck {

using detail::label_key;

using detail::lower_ascii;
using detail::trim;

namespace data {
extern const std::string_view end_reasons_csv;
extern const std::string_view measures_csv;
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
    l.version_ = "builtin-1";
    return l;
  }();
  return list;
}

Result<CodeList> CodeList::from_csv(std::string_view text, std::string_view source) {
  CodeList list;
  auto read = detail::read_table(
      text, source, {{"code"}, {"label_nb"}, {"label_nn"}, {"label_en"}, {"group"}},
      [&](const detail::CsvRecord& rec, const detail::ColumnPositions& col) -> Result<void> {
        CodeEntry e{std::string(detail::field(rec, col[0])), std::string(detail::field(rec, col[1])),
                    std::string(detail::field(rec, col[2])), std::string(detail::field(rec, col[3])),
                    std::string(detail::field(rec, col[4]))};
        if (e.code.empty()) return detail::parse_error(source, rec.line, "code", "code is empty");
        if (list.find(e.code))
          return detail::parse_error(source, rec.line, "code", "code '" + e.code + "' appears twice");
        list.entries_.push_back(std::move(e));
        return outcome::success();
      });
  if (!read) return read.error();
  for (std::size_t i = 0; i < list.entries_.size(); ++i) {
    const CodeEntry& e = list.entries_[i];
    for (const std::string* label : {&e.code, &e.label_nb, &e.label_nn, &e.label_en}) {
      if (label->empty()) continue;
      auto& hits = list.keys_->by_label[label_key(*label)];
      if (std::find(hits.begin(), hits.end(), i) == hits.end()) hits.push_back(i);
    }
  }
  list.version_ = "custom-" + detail::content_hash(text);
  return list;
}

const CodeEntry* CodeList::find(std::string_view code) const {
  code = trim(code);
  for (const auto& e : entries_)
    if (e.code == code) return &e;
  return nullptr;
}

CodeLookup CodeList::resolve(std::string_view text) const {
  if (const CodeEntry* e = find(text)) return {e, false};
  auto it = keys_->by_label.find(label_key(text));
  if (it == keys_->by_label.end()) return {};
  if (it->second.size() > 1) return {nullptr, true};
  return {&entries_[it->second.front()], false};
}

std::string_view to_string(Category c) {
  return c == Category::rett_og_plikt ? "rett_og_plikt" : "kan_tilbys";
}

std::string_view label_nb(Category c) {
  return c == Category::rett_og_plikt ? "Rett og plikt introduksjonsprogram"
                                      : "Kan tilbys introduksjonsprogram";
}

std::string_view to_string(LegalBasis b) {
  return b == LegalBasis::introduksjonsloven ? "introduksjonsloven" : "integreringsloven";
}

std::optional<Category> parse_category(std::string_view text) {
  text = trim(text);
  for (Category c : {Category::rett_og_plikt, Category::kan_tilbys})
    if (text == to_string(c)) return c;
  std::string key = label_key(text);
  for (Category c : {Category::rett_og_plikt, Category::kan_tilbys})
    if (key == label_key(label_nb(c)) || key == label_key(to_string(c))) return c;
  // NIR also writes the short forms.
  if (key == label_key("Rett og plikt")) return Category::rett_og_plikt;
  if (key == label_key("Kan tilbys")) return Category::kan_tilbys;
  return std::nullopt;
}

std::optional<LegalBasis> parse_legal_basis(std::string_view text) {
  text = trim(text);
  for (LegalBasis b : {LegalBasis::introduksjonsloven, LegalBasis::integreringsloven})
    if (text == to_string(b)) return b;
  std::string key = label_key(text);
  for (LegalBasis b : {LegalBasis::introduksjonsloven, LegalBasis::integreringsloven})
    if (key == label_key(to_string(b))) return b;
  return std::nullopt;
}

}  // namespace introcheck
