#include <introcheck/encoding.hpp>

#include "io/decoded.hpp"
#include "util/utf8.hpp"

#include <unicode/ucnv.h>

#include <memory>

namespace introcheck {
namespace {

std::size_t line_of(std::string_view s, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i)
    if (s[i] == '\n') ++line;
  return line;
}

Error encoding_error(std::string_view source, std::size_t line, std::string message) {
  return Error{ErrorCode::encoding, std::move(message), std::string(source), line, {}};
}

Result<DecodedText> convert(std::string_view bytes, const char* name, std::string_view source) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open(name, &status), ucnv_close);
  if (U_FAILURE(status))
    return Error{ErrorCode::invalid_argument, "unknown encoding '" + std::string(name) + "'",
                 std::string(source), 0, {}};
  // Stop at the first byte that does not belong to the encoding.
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status))
    return Error{ErrorCode::encoding, "ICU cannot convert to UTF-8", std::string(source), 0, {}};

  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* src = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &src,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) {
    std::size_t at = static_cast<std::size_t>(src - bytes.data());
    return encoding_error(source, line_of(bytes, at),
                          "bytes that are not valid " + std::string(name) +
                              " (give the right encoding with --encoding)");
  }
  out.resize(static_cast<std::size_t>(target - out.data()));
  return DecodedText{std::move(out), name};
}

// A converted text, owned by the result.
Result<detail::Decoded> converted(Result<DecodedText> r) {
  if (!r) return r.error();
  detail::Decoded d;
  d.owned = std::move(r.value().utf8);
  d.encoding = std::move(r.value().encoding);
  d.is_owned = true;
  return d;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    i += detail::ascii_run(bytes, i);
    if (i == bytes.size()) break;
    std::size_t n = detail::utf8_sequence_length(bytes, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

namespace detail {

Result<Decoded> decode(std::string_view bytes, std::optional<std::string_view> encoding,
                       std::string_view source) {
  if (encoding) {
    std::string name(*encoding);
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF" && (name == "UTF-8" || name == "utf-8"))
      bytes.remove_prefix(3);
    return converted(convert(bytes, name.c_str(), source));
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    if (!is_valid_utf8(bytes)) {
      std::size_t i = 0;
      while (i < bytes.size() && utf8_sequence_length(bytes, i)) i += utf8_sequence_length(bytes, i);
      return encoding_error(source, line_of(bytes, i), "invalid UTF-8 after a UTF-8 byte-order mark");
    }
    return Decoded{{}, bytes, "UTF-8"};
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") return converted(convert(bytes.substr(2), "UTF-16LE", source));
  if (bytes.substr(0, 2) == "\xFE\xFF") return converted(convert(bytes.substr(2), "UTF-16BE", source));

  std::size_t first_bad = std::string_view::npos, first_nul = std::string_view::npos;
  bool multibyte = false;
  for (std::size_t i = 0; i < bytes.size();) {
    i += ascii_run(bytes, i);
    if (i == bytes.size()) break;
    if (bytes[i] == '\0' && first_nul == std::string_view::npos) first_nul = i;
    std::size_t n = utf8_sequence_length(bytes, i);
    if (n == 0) {
      if (first_bad == std::string_view::npos) first_bad = i;
      ++i;
    } else {
      multibyte = multibyte || n > 1;
      i += n;
    }
  }
  if (first_nul != std::string_view::npos)
    return encoding_error(source, line_of(bytes, first_nul),
                          "NUL bytes without a byte-order mark: UTF-16 without BOM or not a text "
                          "file (save it as CSV, or give --encoding UTF-16LE)");
  if (first_bad == std::string_view::npos) return Decoded{{}, bytes, "UTF-8"};
  if (multibyte)
    return encoding_error(source, line_of(bytes, first_bad),
                          "mixes valid UTF-8 with bytes that are not UTF-8; give the encoding with "
                          "--encoding or save the file again as UTF-8");
  return converted(convert(bytes, "windows-1252", source));
}

}  // namespace detail

Result<DecodedText> decode_text(std::string_view bytes, std::optional<std::string_view> encoding,
                                std::string_view source) {
  auto d = detail::decode(bytes, encoding, source);
  if (!d) return d.error();
  return DecodedText{std::string(d.value().utf8()), std::move(d.value().encoding)};
}

}  // namespace introcheck
