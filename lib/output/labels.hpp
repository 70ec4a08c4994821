// Internal: the words an output shows for a finding's parts and for an
// explained absence, the same in the text, HTML, xlsx and JUnit outputs.
#pragma once

#include <introcheck/finding.hpp>
#include <introcheck/language.hpp>

#include "text/catalogue.hpp"

#include <string>
#include <string_view>

namespace introcheck::detail {

/// "Feil", "Advarsel", "Info".
inline std::string severity_label(Language l, Severity s) {
  switch (s) {
    case Severity::error: return std::string(text::word(l, "severity.error"));
    case Severity::warning: return std::string(text::word(l, "severity.warning"));
    case Severity::info: break;
  }
  return std::string(text::word(l, "severity.info"));
}

/// The rule's title ("Avsluttet uten avslutningsårsak").
inline std::string rule_title(Language l, const std::string& rule) {
  return std::string(text::word(l, "rule." + rule + ".title"));
}

/// The label of a column ("Sluttdatoen"), its name when it has none, "" for none.
inline std::string field_label(Language l, const std::string& field) {
  if (field.empty()) return {};
  const std::string* label = text::find(l, "field." + field);
  return label ? *label : field;
}

/// Why a case NIR is not expected to show is missing, as a case worker reads it; the code when it has no words.
inline std::string absence_label(Language l, const std::string& reason) {
  const std::string* label = text::find(l, "absence." + reason);
  return label ? *label : reason;
}

}  // namespace introcheck::detail
