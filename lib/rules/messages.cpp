// A finding's message, from the language catalogues (lib/text/).
#include <introcheck/validate.hpp>

#include "text/catalogue.hpp"

namespace introcheck {

std::string render_message(const Finding& finding, Language language) {
  auto text = text::message(finding, language);
  // Never another language's text, never a silent fallback: tests/text.cpp
  // renders every message, so this shows only a bug, and shows it plainly.
  return text ? std::move(text).value() : "[" + text.error().message + "]";
}

}  // namespace introcheck
