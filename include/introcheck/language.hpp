// The languages introcheck writes for people: bokmål, nynorsk and English.
#pragma once

#include <optional>
#include <string_view>

namespace introcheck {

enum class Language { nb, nn, en };

std::string_view to_string(Language l);  ///< "nb", "nn", "en"
std::optional<Language> parse_language(std::string_view text);

}  // namespace introcheck
