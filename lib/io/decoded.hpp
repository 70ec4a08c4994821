// Internal: decoding that borrows. Input that already is UTF-8 (nearly every
// export) is used where it lies; only other encodings are converted into a
// string of their own. Saves a copy of the whole file and its memory.
#pragma once

#include <introcheck/encoding.hpp>

#include <string>
#include <string_view>

namespace introcheck::detail {

struct Decoded {
  std::string owned;          // the converted text, when it had to be converted
  std::string_view borrowed;  // the input itself, when it was UTF-8 already
  std::string encoding;
  bool is_owned = false;
  /// The text as UTF-8, without BOM. Borrowed text lives as long as the input.
  std::string_view utf8() const { return is_owned ? std::string_view(owned) : borrowed; }
};

/// decode_text() without the copy: see encoding.hpp for the decision order.
Result<Decoded> decode(std::string_view bytes, std::optional<std::string_view> encoding,
                       std::string_view source);

}  // namespace introcheck::detail
