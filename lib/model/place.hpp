// Internal: a municipality and district as messages show them, "0301/030101".
#pragma once

#include <introcheck/field.hpp>

#include <string>

namespace introcheck::detail {

inline std::string place(const Field<std::string>& municipality, const Field<std::string>& district) {
  std::string s = municipality.parsed() ? municipality.value : std::string("?");
  if (district.parsed()) s += "/" + district.value;
  return s;
}

}  // namespace introcheck::detail
