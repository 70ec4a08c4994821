// Text encodings of exported files.
//
// Decision order, because ICU's detector guesses wrong on short Norwegian
// Windows-1252 text: a BOM decides (UTF-8, UTF-16LE/BE); otherwise strictly
// valid UTF-8 is UTF-8; otherwise a file without a single valid multi-byte
// UTF-8 sequence is Windows-1252. Mixed valid UTF-8 and invalid bytes, or NUL
// bytes without a BOM, are errors naming the line of the first bad byte.
#pragma once

#include <introcheck/result.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace introcheck {

struct DecodedText {
  std::string utf8;      ///< the text as UTF-8, without BOM
  std::string encoding;  ///< what it was read as: "UTF-8", "UTF-16LE", "windows-1252", ...
};

/// Converts `bytes` to UTF-8. `encoding` names the encoding (any ICU converter
/// name, e.g. "windows-1252", "ISO-8859-1", "UTF-16LE") and skips detection.
/// `source` names the file in errors.
Result<DecodedText> decode_text(std::string_view bytes, std::optional<std::string_view> encoding,
                                std::string_view source);

/// True when `bytes` is strictly valid UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view bytes);

}  // namespace introcheck
