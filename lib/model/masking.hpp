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
  if (id.parsed()) return shown_id(id.value.digits, reveal);
  if (duf.parsed()) return shown_id(duf.value.digits, reveal);
  for (std::string_view raw : {id_text, duf_text})
    if (!raw.empty()) return reveal ? std::string(raw) : std::string("***");
  return {};
}

}  // namespace introcheck::detail
