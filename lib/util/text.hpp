// Internal: the small text helpers every reader needs.
#pragma once

#include <string>
#include <string_view>

namespace introcheck::detail {

/// `s` without leading and trailing blanks (spaces and tabs).
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// `s` with ASCII letters lower-cased; other bytes (UTF-8 included) unchanged.
inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// True when `s` is not empty and every byte is an ASCII digit.
inline bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace introcheck::detail
