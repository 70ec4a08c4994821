// Reading NIR's report "Deltakere som har avsluttet introduksjonsprogram" as
// exported and saved as CSV by a case worker.
#include <introcheck/nir_report.hpp>

#include "model/label_key.hpp"
#include "util/csv.hpp"
#include "util/file.hpp"
#include "io/import_util.hpp"

#include <array>

namespace introcheck {
namespace {

using detail::CsvRecord;

struct Alias {
  NirField field;
  std::string_view name;
};

// Canonical names first, then the Norwegian headers NIR's export uses.
constexpr Alias aliases[] = {
    {NirField::person_id, "person_id"},       {NirField::person_id, "Fødselsnummer"},
    {NirField::person_id, "Personnummer"},    {NirField::person_id, "Fødselsnummer/D-nummer"},
    {NirField::duf_number, "duf_number"},     {NirField::duf_number, "DUF-nummer"},
    {NirField::duf_number, "DUF"},            {NirField::name, "name"},
    {NirField::name, "Navn"},                 {NirField::category, "category"},
    {NirField::category, "Kategori"},         {NirField::residence_municipality, "residence_municipality"},
    {NirField::residence_municipality, "Bostedskommune"},
    {NirField::residence_district, "residence_district"},
    {NirField::residence_district, "Bydel"},  {NirField::residence_district, "Bostedsbydel"},
    {NirField::follow_up_municipality, "follow_up_municipality"},
    {NirField::follow_up_municipality, "Oppfølgingskommune"},
    {NirField::start_date, "start_date"},     {NirField::start_date, "Startdato"},
    {NirField::end_date, "end_date"},         {NirField::end_date, "Avslutningsdato"},
    {NirField::end_date, "Sluttdato"},        {NirField::end_reason, "end_reason"},
    {NirField::end_reason, "Avslutningsårsak"},
};

using Columns = std::array<std::optional<std::size_t>, nir_field_count>;

// The collation keys of the aliases, computed once.
const std::vector<std::string>& alias_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k;
    for (const Alias& a : aliases) k.push_back(detail::label_key(a.name));
    return k;
  }();
  return keys;
}

// The columns of a candidate header row; nothing when it lacks the required
// ones. Linear in the number of cells, however many a broken file has.
std::optional<Columns> header_columns(const CsvRecord& rec, std::vector<std::string>& unknown) {
  Columns col;
  unknown.clear();
  const auto& keys = alias_keys();
  for (std::size_t i = 0; i < rec.fields.size(); ++i) {
    std::string_view name = detail::field(rec, i);
    if (name.empty()) continue;
    std::string key = name.size() <= 64 ? detail::label_key(name) : std::string();  // no header name is longer
    bool known = false;
    for (std::size_t a_index = 0; a_index < std::size(aliases); ++a_index) {
      const Alias& a = aliases[a_index];
      if (key.empty() || keys[a_index] != key) continue;
      auto& slot = col[static_cast<std::size_t>(a.field)];
      if (!slot) slot = i;
      known = true;
      break;
    }
    if (!known) unknown.push_back(std::string(name));
  }
  bool has_id = col[static_cast<std::size_t>(NirField::person_id)] ||
                col[static_cast<std::size_t>(NirField::duf_number)];
  if (!has_id || !col[static_cast<std::size_t>(NirField::end_date)]) return std::nullopt;
  return col;
}

// "0301 Oslo" -> "0301": NIR may print the name after the code.
std::string_view leading_code(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
  if (n > 0 && n < text.size() && (text[n] == ' ' || text[n] == '-')) return text.substr(0, n);
  return text;
}

}  // namespace

Result<NirReport> import_nir_report(std::string_view bytes, std::string_view source,
                                    const ImportOptions& options) {
  auto opened = detail::open_text(bytes, source, options);
  if (!opened) return opened.error();
  const CodeList& reasons = options.end_reasons ? *options.end_reasons : CodeList::builtin_end_reasons();
  Date reference = options.reference_date;
  if (reference.is_special()) reference = boost::gregorian::day_clock::local_day();

  NirReport report;
  detail::CsvReader reader(opened.value().text.utf8(), opened.value().delimiter, source);
  CsvRecord rec;
  std::optional<Columns> col;
  std::vector<std::string> unknown;
  while (!col) {
    auto more = reader.next(rec);
    if (!more) return more.error();
    if (!more.value())
      return detail::parse_error(source, report.title_lines + 1, "end_date",
                                 "no header row with an id column (Fødselsnummer or DUF-nummer) and "
                                 "Avslutningsdato: is this NIR's report saved as CSV?");
    col = header_columns(rec, unknown);
    if (!col) ++report.title_lines;
  }
  report.has_follow_up_column = (*col)[static_cast<std::size_t>(NirField::follow_up_municipality)].has_value();
  const std::string ikke_registrert = detail::label_key("Ikke registrert");

  for (;;) {
    auto more = reader.next(rec);
    if (!more) return more.error();
    if (!more.value()) break;
    if (detail::is_blank(rec)) continue;
    ++report.source.rows_read;
    NirRow row;
    row.line = rec.line;
    auto text = [&](NirField f) { return detail::field(rec, (*col)[static_cast<std::size_t>(f)]); };
    auto keep = [&](auto& field, NirField f) {
      if (field.is_invalid()) row.raw.push_back({f, detail::excerpt(text(f))});
    };
    bool repaired = false;
    row.person_id = detail::read_person_id(text(NirField::person_id), false, reference, repaired);
    if (row.person_id.is_invalid()) {
      // A DUF number in the fødselsnummer column is still an id NIR shows.
      auto as_duf = detail::read_person_id(text(NirField::person_id), true, reference, repaired);
      if (as_duf.parsed()) {
        row.duf_number = as_duf;
        row.person_id = {};
      }
    }
    keep(row.person_id, NirField::person_id);
    if (!row.duf_number.parsed()) {
      row.duf_number = detail::read_person_id(text(NirField::duf_number), true, reference, repaired);
      keep(row.duf_number, NirField::duf_number);
    }
    row.name = std::string(text(NirField::name));
    if (auto s = text(NirField::category); !s.empty()) {
      if (auto c = parse_category(s)) row.category = Field<Category>::of(*c);
      else row.category = Field<Category>::invalid();
    }
    keep(row.category, NirField::category);
    auto always = [](const std::string&) { return true; };
    row.residence_municipality = detail::read_code(leading_code(text(NirField::residence_municipality)), 4, always, repaired);
    keep(row.residence_municipality, NirField::residence_municipality);
    row.residence_district = detail::read_code(leading_code(text(NirField::residence_district)), 6, always, repaired);
    keep(row.residence_district, NirField::residence_district);
    row.follow_up_municipality = detail::read_code(leading_code(text(NirField::follow_up_municipality)), 4, always, repaired);
    keep(row.follow_up_municipality, NirField::follow_up_municipality);
    row.start_date = detail::read_date(text(NirField::start_date));
    keep(row.start_date, NirField::start_date);
    row.end_date = detail::read_date(text(NirField::end_date));
    keep(row.end_date, NirField::end_date);
    if (auto s = text(NirField::end_reason); !s.empty() && detail::label_key(s) != ikke_registrert) {
      CodeLookup found = reasons.resolve(s);
      if (found.entry) row.end_reason = Field<std::string>::of(found.entry->code);
      else row.end_reason = Field<std::string>::invalid();
    }
    keep(row.end_reason, NirField::end_reason);
    report.rows.push_back(std::move(row));
    ++report.source.accepted;
  }
  report.source.file = std::string(source);
  report.source.encoding = opened.value().text.encoding;
  report.source.delimiter = opened.value().delimiter;
  report.source.unknown_columns = std::move(unknown);
  report.source.rejected = report.source.rows_read - report.source.accepted;
  return report;
}

Result<NirReport> load_nir_report(const std::string& path, const ImportOptions& options) {
  auto bytes = detail::read_file(path, options.max_bytes);
  if (!bytes) return bytes.error();
  return import_nir_report(bytes.value(), path, options);
}

}  // namespace introcheck
