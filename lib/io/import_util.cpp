#include "io/import_util.hpp"

#include <charconv>

namespace introcheck::detail {
namespace {

// The delimiter a header line uses most, counted outside quotes: that of the
// first of the first lines that has any (NIR exports put title lines first).
char detect_delimiter(std::string_view text) {
  const char candidates[3] = {';', ',', '\t'};
  for (int line = 0; line < 50 && !text.empty(); ++line) {
    std::size_t counts[3] = {0, 0, 0};
    bool quoted = false;
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c == '"') quoted = !quoted;
      if (quoted) continue;
      if (c == '\n' || c == '\r') break;
      for (int k = 0; k < 3; ++k)
        if (c == candidates[k]) ++counts[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k)
      if (counts[k] > counts[best]) best = k;
    if (counts[best] > 0) return candidates[best];
    text.remove_prefix(std::min(text.size(), i + 1));
  }
  return ';';
}

}  // namespace

std::string excerpt(std::string_view value) {
  constexpr std::size_t keep = 200;
  if (value.size() <= keep) return std::string(value);
  std::size_t cut = keep;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(value.substr(0, cut)) + "\xE2\x80\xA6";
}

Result<OpenedText> open_text(std::string_view bytes, std::string_view source,
                             const ImportOptions& options) {
  if (bytes.size() > options.max_bytes)
    return Error{ErrorCode::limit,
                 "file is " + std::to_string(bytes.size()) + " bytes, larger than the limit of " +
                     std::to_string(options.max_bytes),
                 std::string(source), 0, {}};
  if (bytes.substr(0, 4) == "PK\x03\x04" || bytes.substr(0, 4) == "\xD0\xCF\x11\xE0")
    return Error{ErrorCode::parse, "this is a spreadsheet, not CSV: save it as CSV (UTF-8) first",
                 std::string(source), 0, {}};
  auto decoded = decode(bytes, options.encoding, source);
  if (!decoded) return decoded.error();
  OpenedText t;
  t.text = std::move(decoded).value();
  t.delimiter = detect_delimiter(t.text.utf8());
  return t;
}

Field<Date> read_date(std::string_view text) {
  if (text.empty()) return {};
  if (auto d = parse_date(text)) return Field<Date>::of(*d);
  return Field<Date>::invalid();
}

std::optional<bool> parse_bool(std::string_view text) {
  std::string s = detail::lower_ascii(text);
  if (s.empty() || s == "false" || s == "nei" || s == "0") return false;
  if (s == "true" || s == "ja" || s == "1") return true;
  return std::nullopt;
}

Field<bool> read_bool(std::string_view text) {
  if (text.empty()) return {};
  if (auto b = parse_bool(text)) return Field<bool>::of(*b);
  return Field<bool>::invalid();
}

Field<int> read_int(std::string_view text, int lo, int hi) {
  if (text.empty()) return {};
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < lo || v > hi)
    return Field<int>::invalid();
  return Field<int>::of(v);
}

Field<double> read_decimal(std::string_view text, double lo, double hi) {
  if (text.empty()) return {};
  std::string s(text);
  for (char& c : s)
    if (c == ',') c = '.';
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !(v >= lo && v <= hi))
    return Field<double>::invalid();
  return Field<double>::of(v);
}

Field<PersonId> read_person_id(std::string_view text, bool duf, Date reference, bool& repaired) {
  repaired = false;
  if (text.empty()) return {};
  std::string digits = normalize_person_id(text);
  std::size_t width = duf ? 12 : 11;
  if (digits.size() + 1 == width && all_digits(digits)) {
    auto fixed = parse_person_id("0" + digits, reference);
    if (fixed && (fixed.value().kind == IdKind::duf) == duf) {
      repaired = true;
      return Field<PersonId>::of(std::move(fixed).value());
    }
  }
  auto parsed = parse_person_id(digits, reference);
  if (!parsed || (parsed.value().kind == IdKind::duf) != duf) return Field<PersonId>::invalid();
  return Field<PersonId>::of(std::move(parsed).value());
}

Field<std::string> read_code(std::string_view text, std::size_t width,
                             const std::function<bool(const std::string&)>& exists, bool& repaired) {
  repaired = false;
  if (text.empty()) return {};
  if (!all_digits(text)) return Field<std::string>::invalid();
  if (text.size() == width) return Field<std::string>::of(std::string(text));
  if (text.size() + 1 == width) {
    std::string fixed = "0" + std::string(text);
    if (exists(fixed)) {
      repaired = true;
      return Field<std::string>::of(fixed);
    }
  }
  return Field<std::string>::invalid();
}

}  // namespace introcheck::detail
