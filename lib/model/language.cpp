#include <introcheck/language.hpp>

namespace introcheck {

std::string_view to_string(Language l) {
  switch (l) {
    case Language::nb: return "nb";
    case Language::nn: return "nn";
    case Language::en: return "en";
  }
  return "nb";
}

std::optional<Language> parse_language(std::string_view text) {
  if (text == "nb") return Language::nb;
  if (text == "nn") return Language::nn;
  if (text == "en") return Language::en;
  return std::nullopt;
}

}  // namespace introcheck
