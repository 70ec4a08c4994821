// Internal: a municipality and district as messages show them, "0301/030101".
#pragma once

#include <introcheck/field.hpp>

#include <string>
#include <string_view>

namespace introcheck::detail {

/// A text field read as a view of its text.
inline Field<std::string_view> text_field(const Field<std::string>& f) { return {f.value, f.state}; }

/// A text field's view as a value that owns its text.
inline Field<std::string> text_value(Field<std::string_view> f) { return {std::string(f.value), f.state}; }

inline std::string place(Field<std::string_view> municipality, Field<std::string_view> district) {
  std::string s = municipality.parsed() ? std::string(municipality.value) : std::string("?");
  if (district.parsed()) (s += "/") += district.value;
  return s;
}

}  // namespace introcheck::detail
