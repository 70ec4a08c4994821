// Internal: the one definition of how a person appears in output. Person ids
// are personal data: masked unless the caller asked for them in full.
#pragma once

#include <introcheck/field.hpp>
#include <introcheck/person_id.hpp>

#include <string>
#include <string_view>

namespace introcheck::detail {

/// An id's digits as output shows them: masked unless `reveal`.
inline std::string shown_id(std::string_view digits, bool reveal) {
  return reveal ? std::string(digits) : mask_person_id(digits);
}

/// A person as output shows them: the fødselsnummer or D-nummer, else the DUF
/// number; an id that did not parse is "***" (its text when revealed), so a
/// typo in an id never shows more than a valid one would; "" without any id.
inline std::string shown_person(const Field<PersonId>& id, std::string_view id_text, const Field<PersonId>& duf,
                                std::string_view duf_text, bool reveal) {
  if (id.parsed()) return shown_id(id.value.digits(), reveal);
  if (duf.parsed()) return shown_id(duf.value.digits(), reveal);
  for (std::string_view raw : {id_text, duf_text})
    if (!raw.empty()) return reveal ? std::string(raw) : std::string("***");
  return {};
}

/// A value read from input and echoed in a message (an invalid date, an
/// unknown code): any run of digits there that could be a person id (11
/// digits) or DUF number (12), also written with blanks, dots or hyphens, is
/// masked unless `reveal`. An id typed into the wrong column stays personal data.
inline std::string echoed(std::string_view value, bool reveal) {
  if (reveal) return std::string(value);
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto separator = [](char c) { return c == ' ' || c == '.' || c == '-'; };
  // First: digits with blanks, dots or hyphens between them that add up to an id.
  std::string joined;
  for (std::size_t i = 0; i < value.size();) {
    if (!digit(value[i])) {
      joined += value[i++];
      continue;
    }
    std::size_t end = i, last_digit = i;
    std::string digits;
    while (end < value.size() && (digit(value[end]) || separator(value[end]))) {
      if (digit(value[end])) {
        digits += value[end];
        last_digit = end;
      }
      ++end;
    }
    if (digits.size() == 11 || digits.size() == 12) joined += mask_person_id(digits);
    else joined.append(value.substr(i, last_digit + 1 - i));
    i = last_digit + 1;
  }
  // Then: any run of 11 or more digits of its own ("2023-12839010182"), which
  // the first pass joined to its neighbours. Only the first six stay.
  std::string out;
  for (std::size_t i = 0; i < joined.size();) {
    std::size_t end = i;
    while (end < joined.size() && digit(joined[end])) ++end;
    if (end == i) {
      out += joined[i++];
      continue;
    }
    std::size_t n = end - i;
    out += n >= 11 ? (n <= 12 ? mask_person_id(joined.substr(i, n)) : joined.substr(i, 6) + std::string(n - 6, '*'))
                   : joined.substr(i, n);
    i = end;
  }
  return out;
}

}  // namespace introcheck::detail
