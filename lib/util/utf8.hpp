// Internal: strict UTF-8 decoding, shared by the encoding detector and the JSON writer,
// and the width of a text in characters for the outputs that line columns up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace introcheck::detail {

/// Length of the valid UTF-8 sequence starting at s[i] (1 to 4), or 0 when
/// the bytes there are not one: no overlongs, surrogates or values past U+10FFFF.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

/// Characters (code points), not bytes, in UTF-8 text: the width of "ordinær".
inline std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

/// Length of the run of ASCII bytes other than NUL starting at s[i], read
/// eight bytes at a time: exported CSV is almost all ASCII, and this is what
/// lets the strict checks above run only where a multi-byte sequence starts.
inline std::size_t ascii_run(std::string_view s, std::size_t i) {
  std::size_t start = i;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    std::uint64_t high = v & 0x8080808080808080ull;
    std::uint64_t zero = (v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull;
    if (high | zero) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) - 1u < 0x7Fu) ++i;
  return i - start;
}

}  // namespace introcheck::detail
