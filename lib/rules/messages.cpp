// Rendering findings' messages with ICU MessageFormat, in nb, nn or en.
#include <introcheck/rules.hpp>
#include <introcheck/validate.hpp>

#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <utility>

namespace introcheck {
namespace {

struct FieldLabel {
  std::string_view field, nb, nn, en;
};

constexpr FieldLabel field_labels[] = {
    {"case_id", "Saksnummeret", "Saksnummeret", "The case id"},
    {"person_id", "Fødselsnummeret", "Fødselsnummeret", "The person id"},
    {"duf_number", "DUF-nummeret", "DUF-nummeret", "The DUF number"},
    {"category", "Kategorien", "Kategorien", "The category"},
    {"legal_basis", "Lovgrunnlaget", "Lovgrunnlaget", "The legal basis"},
    {"follow_up_municipality", "Oppfølgingskommunen", "Oppfølgingskommunen", "The follow-up municipality"},
    {"follow_up_district", "Oppfølgingsbydelen", "Oppfølgingsbydelen", "The follow-up district"},
    {"residence_municipality", "Bostedskommunen", "Bustadkommunen", "The residence municipality"},
    {"residence_district", "Bostedsbydelen", "Bustadbydelen", "The residence district"},
    {"protected_address", "Skjermet adresse", "Skjerma adresse", "Protected address"},
    {"start_date", "Startdatoen", "Startdatoen", "The start date"},
    {"end_date", "Sluttdatoen", "Sluttdatoen", "The end date"},
    {"end_reason", "Avslutningsårsaken", "Avslutningsårsaka", "The end reason"},
    {"extended", "Utvidet program", "Utvida program", "Extended"},
    {"covid_extension", "Covid-forlengelse", "Covid-forlenging", "Covid extension"},
    {"leave_days", "Permisjonsdager", "Permisjonsdagar", "Leave days"},
    {"settlement_date", "Bosettingsdatoen", "Busetjingsdatoen", "The settlement date"},
    {"measure", "Tiltaket", "Tiltaket", "The measure"},
    {"hours_per_week", "Timer per uke", "Timar per veke", "Hours per week"},
};

std::string_view field_label(std::string_view field, Language lang) {
  for (const auto& l : field_labels)
    if (l.field == field) return lang == Language::en ? l.en : lang == Language::nn ? l.nn : l.nb;
  return field;
}

icu::UnicodeString u(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

// Noon UTC keeps the calendar day in every European time zone.
UDate to_udate(Date d) {
  long days = (d - Date(1970, 1, 1)).days();
  return (static_cast<double>(days) * 86400.0 + 43200.0) * 1000.0;
}

// Compiled patterns, one cache per thread: MessageFormat is not shared.
const icu::MessageFormat* compiled(const RuleInfo& rule, Language lang) {
  thread_local std::map<std::pair<std::string_view, Language>, std::unique_ptr<icu::MessageFormat>> cache;
  auto& slot = cache[{rule.id, lang}];
  if (!slot) {
    std::string_view pattern = lang == Language::en   ? rule.message_en
                               : lang == Language::nn ? rule.message_nn
                                                      : rule.message_nb;
    const char* locale = lang == Language::en ? "en" : lang == Language::nn ? "nn" : "nb";
    UErrorCode status = U_ZERO_ERROR;
    auto mf = std::make_unique<icu::MessageFormat>(u(pattern), icu::Locale(locale), status);
    if (U_FAILURE(status)) return nullptr;
    slot = std::move(mf);
  }
  return slot.get();
}

}  // namespace

std::string render_message(const Finding& finding, Language language) {
  const RuleInfo* rule = find_rule(finding.rule);
  if (!rule) return finding.rule;
  const icu::MessageFormat* mf = compiled(*rule, language);
  if (!mf) return std::string(rule->title_en);

  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  bool has_field = false;
  for (const Param& p : finding.params) {
    names.push_back(u(p.name));
    has_field = has_field || p.name == "field";
    if (const auto* s = std::get_if<std::string>(&p.value)) values.emplace_back(u(*s));
    else if (const auto* n = std::get_if<long long>(&p.value)) values.emplace_back(static_cast<int64_t>(*n));
    else values.emplace_back(to_udate(std::get<Date>(p.value)), icu::Formattable::kIsDate);
  }
  if (!has_field) {
    names.push_back(u("field"));
    values.emplace_back(u(finding.field));
  }
  names.push_back(u("field_label"));
  values.emplace_back(u(field_label(finding.field, language)));

  icu::UnicodeString out;
  UErrorCode status = U_ZERO_ERROR;
  mf->format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
  if (U_FAILURE(status)) return std::string(rule->title_en);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace introcheck
