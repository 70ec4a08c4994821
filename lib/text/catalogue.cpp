#include "text/catalogue.hpp"

#include "util/text.hpp"

#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <unordered_map>
#include <utility>

namespace introcheck {
namespace data {
extern const std::string_view text_nb, text_nn, text_en;
}

namespace text {
namespace {

// Lookups by a name's view, without building a string per finding.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class T>
using ByName = std::unordered_map<std::string, T, ViewHash, std::equal_to<>>;

struct Catalogue {
  ByName<std::string> entries;
  std::vector<std::string_view> order;  // keys in file order
};

// `key = text` lines; '#' starts a comment line. The catalogues are the
// library's own data, checked by tests/text.cpp, so a malformed line is
// skipped here and fails there.
Catalogue parse(std::string_view file) {
  Catalogue c;
  while (!file.empty()) {
    std::size_t nl = file.find('\n');
    std::string_view line = file.substr(0, nl);
    file.remove_prefix(nl == std::string_view::npos ? file.size() : nl + 1);
    if (line.empty() || line.front() == '#') continue;
    std::size_t eq = line.find(" = ");
    if (eq == std::string_view::npos) continue;
    auto [it, fresh] = c.entries.emplace(std::string(detail::trim(line.substr(0, eq))), std::string(line.substr(eq + 3)));
    if (fresh) c.order.push_back(it->first);
  }
  return c;
}

const Catalogue& catalogue(Language l) {
  static const Catalogue nb = parse(data::text_nb), nn = parse(data::text_nn), en = parse(data::text_en);
  return l == Language::en ? en : l == Language::nn ? nn : nb;
}

icu::UnicodeString u(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

// Noon UTC keeps the calendar day in every European time zone.
UDate to_udate(Date d) {
  long days = (d - Date(1970, 1, 1)).days();
  return (static_cast<double>(days) * 86400.0 + 43200.0) * 1000.0;
}

// A column's label in a message, as it starts a sentence; the column's own
// name when the catalogue has none.
std::string_view field_label(Language language, std::string_view field) {
  thread_local ByName<std::string_view> labels[3];
  auto& cache = labels[static_cast<int>(language)];
  if (auto it = cache.find(field); it != cache.end()) return it->second;
  const std::string* label = field.empty() ? nullptr : find(language, "field." + std::string(field));
  auto entry = cache.emplace(std::string(field), std::string_view()).first;
  entry->second = label ? std::string_view(*label) : std::string_view(entry->first);  // the name, kept by the cache
  return entry->second;
}

Error failure(const Finding& f, std::string what) {
  return Error{ErrorCode::invalid_argument, f.rule + ": " + std::move(what), {}, 0, {}};
}

}  // namespace

const std::string* find(Language language, std::string_view key) {
  const auto& entries = catalogue(language).entries;
  auto it = entries.find(key);
  return it == entries.end() ? nullptr : &it->second;
}

std::string_view word(Language language, std::string_view key) {
  const std::string* t = find(language, key);
  return t ? std::string_view(*t) : key;
}

std::vector<std::string_view> keys(Language language) { return catalogue(language).order; }

std::optional<CodeKind> code_kind(std::string_view name) {
  static constexpr std::pair<std::string_view, CodeKind> kinds[] = {
      {"nir_reason", CodeKind::end_reason},   {"case_reason", CodeKind::end_reason},
      {"measure", CodeKind::measure},         {"end_goal", CodeKind::end_goal},
      {"nir_category", CodeKind::category},   {"case_category", CodeKind::category},
      {"legal_basis", CodeKind::legal_basis}, {"stated", CodeKind::legal_basis},
      {"permit_ground", CodeKind::permit_ground}, {"missing", CodeKind::content},
  };
  for (const auto& [n, kind] : kinds)
    if (n == name) return kind;
  return std::nullopt;
}

std::string_view content_label(Language language, std::string_view element) {
  const std::string* label = find(language, "content." + std::string(element));
  return label ? std::string_view(*label) : element;
}

Result<std::string> message(const Finding& finding, Language language, std::span<const Param> labels) {
  // Compiled once per pattern and thread: a MessageFormat is not shared.
  thread_local ByName<std::unique_ptr<icu::MessageFormat>> compiled[3];
  auto& cache = compiled[static_cast<int>(language)];
  auto it = cache.find(std::string_view(finding.rule));
  if (it == cache.end()) it = cache.emplace(finding.rule, nullptr).first;
  auto& slot = it->second;
  if (!slot) {
    const std::string* pattern = find(language, "rule." + finding.rule + ".message");
    if (!pattern) return failure(finding, "no message in the catalogue");
    UErrorCode status = U_ZERO_ERROR;
    auto mf = std::make_unique<icu::MessageFormat>(u(*pattern), icu::Locale(std::string(to_string(language)).c_str()),
                                                   status);
    if (U_FAILURE(status)) return failure(finding, std::string("the message does not compile: ") + u_errorName(status));
    slot = std::move(mf);
  }

  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  bool has_field = false;
  auto add = [&](const Param& p) {
    names.push_back(u(p.name));
    has_field = has_field || p.name == "field";
    if (const auto* s = std::get_if<std::string>(&p.value)) values.emplace_back(u(*s));
    else if (const auto* n = std::get_if<long long>(&p.value)) values.emplace_back(static_cast<int64_t>(*n));
    else values.emplace_back(to_udate(std::get<Date>(p.value)), icu::Formattable::kIsDate);
  };
  for (const Param& p : finding.params) add(p);
  for (const Param& p : labels) add(p);
  if (!has_field) {
    names.push_back(u("field"));
    values.emplace_back(u(finding.field));
  }
  names.push_back(u("field_label"));
  values.emplace_back(u(field_label(language, finding.field)));

  icu::UnicodeString out;
  UErrorCode status = U_ZERO_ERROR;
  slot->format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
  if (U_FAILURE(status)) return failure(finding, std::string("the message does not format: ") + u_errorName(status));
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace text
}  // namespace introcheck
