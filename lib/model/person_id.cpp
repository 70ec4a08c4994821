#include <introcheck/calendar.hpp>
#include <introcheck/person_id.hpp>

#include <array>

namespace introcheck {
namespace {

constexpr std::array<int, 9> k1_weights{3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr std::array<int, 10> k2_weights{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
constexpr std::array<int, 10> duf_weights{4, 6, 3, 2, 4, 6, 3, 2, 7, 5};

int num(std::string_view d, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) v = v * 10 + (d[i] - '0');
  return v;
}

template <std::size_t N>
int weighted_sum(std::string_view d, const std::array<int, N>& w) {
  int s = 0;
  for (std::size_t i = 0; i < N; ++i) s += (d[i] - '0') * w[i];
  return s;
}

// Century from the individual number (Skatteetaten). Nothing when the number
// lies outside the classic ranges for this year.
std::optional<int> classic_century(int yy, int individual) {
  if (individual <= 499) return 1900;
  if (individual >= 900 && yy >= 40) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (yy <= 39) return 2000;
  return std::nullopt;
}

// The most recent century giving a real birth date not after the reference.
std::optional<Date> recent_birth_date(int yy, int month, int day, Date reference) {
  for (int century : {2000, 1900, 1800}) {
    int year = century + yy;
    if (!is_real_date(year, month, day)) continue;
    Date d(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
           static_cast<unsigned short>(day));
    if (d <= reference) return d;
  }
  return std::nullopt;
}

Result<PersonId, IdProblem> parse_fnr(std::string digits, Date reference) {
  PersonId id;
  int day = num(digits, 0, 2);
  int month = num(digits, 2, 2);
  int yy = num(digits, 4, 2);
  int individual = num(digits, 6, 3);

  id.kind = IdKind::fnr;
  if (day >= 41 && day <= 71) {
    id.kind = IdKind::dnr;
    day -= 40;
  }
  if (month >= 81 && month <= 92) {
    id.synthetic = SyntheticScheme::tenor;
    month -= 80;
  } else if (month >= 66 && month <= 77) {
    id.synthetic = SyntheticScheme::syntpop;
    month -= 65;
  } else if (month >= 41 && month <= 52) {
    id.synthetic = SyntheticScheme::nav;
    month -= 40;
  }
  if (day < 1 || day > 31 || month < 1 || month > 12) return IdProblem::date;

  int k1_rest = (weighted_sum(digits, k1_weights) + (digits[9] - '0')) % 11;
  bool k1_ok = k1_rest <= 3;
  id.series = k1_rest == 0 || !k1_ok ? IdSeries::classic : IdSeries::y2032;

  std::optional<int> century;
  if (id.series == IdSeries::classic) century = classic_century(yy, individual);
  if (century) {
    if (!is_real_date(*century + yy, month, day)) return IdProblem::date;
    id.birth_date = Date(static_cast<unsigned short>(*century + yy),
                         static_cast<unsigned short>(month), static_cast<unsigned short>(day));
  } else {
    id.birth_date = recent_birth_date(yy, month, day, reference);
    if (!id.birth_date) return IdProblem::date;
  }

  if (!k1_ok) return IdProblem::k1;
  if ((weighted_sum(digits, k2_weights) + (digits[10] - '0')) % 11 != 0) return IdProblem::k2;
  id.number = PersonId::from_digits(digits).number;
  return id;
}

Result<PersonId, IdProblem> parse_duf(std::string digits) {
  int check = weighted_sum(digits, duf_weights) % 11;
  if (num(digits, 10, 2) != check) return IdProblem::k1;
  PersonId id;
  id.kind = IdKind::duf;
  id.number = PersonId::from_digits(digits).number;
  return id;
}

}  // namespace

std::string PersonId::digits() const {
  std::string out(kind == IdKind::duf ? 12 : 11, '0');
  std::uint64_t n = number;
  for (std::size_t i = out.size(); i-- > 0 && n; n /= 10) out[i] = static_cast<char>('0' + n % 10);
  return out;
}

PersonId PersonId::from_digits(std::string_view digits, IdKind kind) {
  PersonId id;
  id.kind = kind;
  for (char c : digits) id.number = id.number * 10 + static_cast<std::uint64_t>(c - '0');
  return id;
}

std::string normalize_person_id(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != ' ' && c != '.' && c != '-' && c != '\t') out.push_back(c);
  return out;
}

Result<PersonId, IdProblem> parse_person_id(std::string_view text, Date reference_date) {
  std::string digits = normalize_person_id(text);
  for (char c : digits)
    if (c < '0' || c > '9') return IdProblem::non_digit;
  if (reference_date.is_special()) reference_date = today_oslo();
  if (digits.size() == 11) return parse_fnr(std::move(digits), reference_date);
  if (digits.size() == 12) return parse_duf(std::move(digits));
  return IdProblem::length;
}

std::optional<IdProblem> policy_problem(const PersonId& id, const IdOptions& options) {
  if (!id.is_synthetic() || options.allow_synthetic) return std::nullopt;
  // Without test ids, month + 40 is an H-nummer, which NIR does not use.
  if (id.synthetic == SyntheticScheme::nav) return IdProblem::not_nir_id;
  return IdProblem::synthetic;
}

Result<PersonId, IdProblem> check_person_id(std::string_view text, const IdOptions& options) {
  auto parsed = parse_person_id(text, options.reference_date);
  if (!parsed) return parsed;
  if (auto problem = policy_problem(parsed.value(), options)) return *problem;
  return parsed;
}

std::string mask_person_id(std::string_view text) {
  std::string digits = normalize_person_id(text);
  for (char c : digits)
    if (c < '0' || c > '9') return "***";
  if (digits.size() == 11) return digits.substr(0, 6) + "*****";
  if (digits.size() == 12) return digits.substr(0, 4) + "********";
  return "***";
}

std::string_view to_string(IdKind kind) {
  switch (kind) {
    case IdKind::fnr: return "fnr";
    case IdKind::dnr: return "dnr";
    case IdKind::duf: return "duf";
  }
  return "";
}

std::string_view to_string(IdSeries series) {
  return series == IdSeries::classic ? "classic" : "2032";
}

std::string_view to_string(IdProblem problem) {
  switch (problem) {
    case IdProblem::length: return "length";
    case IdProblem::non_digit: return "non_digit";
    case IdProblem::date: return "date";
    case IdProblem::k1: return "k1";
    case IdProblem::k2: return "k2";
    case IdProblem::not_nir_id: return "not_nir_id";
    case IdProblem::synthetic: return "synthetic";
  }
  return "";
}

std::string_view to_string(SyntheticScheme scheme) {
  switch (scheme) {
    case SyntheticScheme::none: return "";
    case SyntheticScheme::tenor: return "tenor";
    case SyntheticScheme::nav: return "nav";
    case SyntheticScheme::syntpop: return "syntpop";
  }
  return "";
}

}  // namespace introcheck
