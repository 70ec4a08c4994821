#include <introcheck/encoding.hpp>
#include <introcheck/import.hpp>

#include "util/csv.hpp"
#include "io/column_names.hpp"
#include "io/import_util.hpp"
#include "util/mapped_file.hpp"
#include "util/memory.hpp"
#include "util/parallel.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <type_traits>

namespace introcheck {
namespace {

using detail::CsvRecord;

using detail::lower_ascii;
using detail::read_bool;
using detail::read_code;
using detail::read_date;
using detail::read_decimal;
using detail::read_int;
using detail::read_person_id;

// Maps header names to the table's fields; lists unknown names.
template <std::size_t N>
struct ColumnMap {
  std::array<std::optional<std::size_t>, N> column;
  std::vector<std::string> unknown;
  std::vector<ColumnUse> uses;  // in header order
};

// Each header's field: by its own name, by the configuration, by a built-in
// alias. A field's own name wins over an alias, which is then an unknown
// column, so an export that has both stays valid; any other two columns for
// one field are an error naming both.
template <std::size_t N>
Result<ColumnMap<N>> map_columns(const CsvRecord& header, std::string_view source, ExportTable table,
                                 const Mapping* mapping) {
  struct Match {
    std::size_t field;
    ColumnMatch by;
  };
  const std::size_t cells = header.fields.size();
  std::vector<std::optional<Match>> match(cells);
  std::vector<bool> ignored(cells, false);
  const bool configured = mapping && mapping->has_columns(table);
  for (std::size_t i = 0; i < cells; ++i) {
    std::string_view name = detail::field(header, i);
    if (name.empty()) continue;
    if (auto own = detail::field_index(table, lower_ascii(name))) {
      match[i] = Match{*own, ColumnMatch::name};
    } else if (const ColumnRule* rule = configured ? mapping->column(table, name) : nullptr) {
      if (rule->field) match[i] = Match{*rule->field, ColumnMatch::config};
      else ignored[i] = true;
    } else if (auto alias = detail::alias_field(table, detail::column_key(name))) {
      match[i] = Match{*alias, ColumnMatch::alias};
    }
  }
  ColumnMap<N> map;
  std::vector<bool> unknown(cells, false);
  for (std::size_t i = 0; i < cells; ++i) {
    if (!match[i]) {
      unknown[i] = !ignored[i] && !detail::field(header, i).empty();
      continue;
    }
    auto& slot = map.column[match[i]->field];
    if (!slot) {
      slot = i;
      continue;
    }
    ColumnMatch before = match[*slot]->by, now = match[i]->by;
    if (before == ColumnMatch::name && now == ColumnMatch::alias) {
      unknown[i] = true;
      match[i].reset();
    } else if (before == ColumnMatch::alias && now == ColumnMatch::name) {
      unknown[*slot] = true;
      match[*slot].reset();
      slot = i;
    } else {
      std::string_view field = detail::field_name(table, match[i]->field);
      auto named = [&](std::size_t at) {
        return "'" + std::string(detail::field(header, at)) + "' (column " + std::to_string(at + 1) + ")";
      };
      return detail::parse_error(source, header.line, field,
                                 "the columns " + named(*slot) + " and " + named(i) + " both mean " +
                                     std::string(field) + ": keep one, or map the other to ignore in [columns." +
                                     std::string(to_string(table)) + "]");
    }
  }
  for (std::size_t i = 0; i < cells; ++i) {
    std::string name(detail::field(header, i));
    if (unknown[i]) map.unknown.push_back(name);
    else if (match[i]) map.uses.push_back({name, std::string(detail::field_name(table, match[i]->field)), match[i]->by});
    else if (ignored[i]) map.uses.push_back({name, std::string(), ColumnMatch::config});
  }
  return map;
}

// A decoded file with its reader positioned after the header row. The text
// sits behind a pointer so that moving the Table leaves the reader's view valid.
struct Table {
  std::unique_ptr<detail::OpenedText> opened;
  std::string source;
  std::optional<detail::CsvReader> reader;
  CsvRecord header;
};

// `file_mapped`: the bytes are a private mapping of the file; when they had
// to be converted, the converted copy is read and the mapping's pages go back.
Result<Table> open_table(std::string_view bytes, std::string_view source, const ImportOptions& options,
                         bool file_mapped) {
  auto opened = detail::open_text(bytes, source, options);
  if (!opened) return opened.error();
  if (file_mapped && opened.value().text.is_owned) detail::release_pages(bytes.data(), bytes.data() + bytes.size());
  Table t;
  t.source = std::string(source);
  t.opened = std::make_unique<detail::OpenedText>(std::move(opened).value());
  t.reader.emplace(t.opened->text.utf8(), t.opened->delimiter, source);
  auto first = t.reader->next(t.header);
  if (!first) return first.error();
  if (!first.value()) return detail::parse_error(source, 1, "", "file is empty: expected a header row");
  return t;
}

template <class Record, class FieldName>
void mark_invalid(Record& r, FieldName f, std::string_view text) {
  r.raw.push_back({f, detail::excerpt(text)});
}

bool code_exists(const Municipalities& m, std::string_view code) {
  for (const auto& v : m.all_municipalities())
    if (v.code == code) return true;
  return false;
}

bool district_exists(const Municipalities& m, std::string_view code) {
  for (const auto& v : m.all_districts())
    if (v.code == code) return true;
  return false;
}

// Record ends in a text without quotes: each LF, each CR not before an LF,
// and the end of a last line that has none.
std::size_t count_records(std::string_view text) {
  std::size_t n = 0;
  if (text.find('\r') == std::string_view::npos) {
    n = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));  // LF only: vectorised
  } else {
    for (std::size_t i = 0; i < text.size(); ++i)
      n += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
  }
  if (!text.empty() && text.back() != '\n' && text.back() != '\r') ++n;
  return n;
}

// The lines of `text` (no quotes in it) that hold anything but delimiters and
// blanks: the records it can make. Slower than counting line ends, so used
// only where lines are too short to be rows.
// Line ends as count_records() counts them (LF, CRLF, a lone CR); a line of
// delimiters, spaces and tabs alone is what the reader skips as blank.
std::size_t count_nonblank_lines(std::string_view text, char delimiter) {
  std::size_t n = 0;
  bool content = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (ch == '\n' || (ch == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      n += content;
      content = false;
    } else if (ch != delimiter && ch != ' ' && ch != '\t' && ch != '\r') {
      content = true;
    }
  }
  return n + content;
}

// Room for a stretch's records: one per line end, unless its lines are too
// short to be rows (a file of blank lines), then the lines with content. A
// blank line must not cost a record's memory.
std::size_t record_slots(std::string_view text, std::size_t lines, char delimiter) {
  constexpr std::size_t shortest_row = 16;  // bytes: real rows are longer
  if (lines == 0 || text.size() / lines >= shortest_row) return lines;
  return count_nonblank_lines(text, delimiter);
}

// The rows after the header cut into `parts` stretches at line ends, or one
// stretch when cutting could land inside a quoted field (any quote at all)
// or the text is too small to be worth a thread.
std::vector<std::string_view> cut_rows(std::string_view rows, unsigned parts) {
  constexpr std::size_t worth_a_thread = std::size_t{1} << 20;
  if (parts < 2 || rows.size() < 2 * worth_a_thread || rows.find('"') != std::string_view::npos) return {rows};
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (unsigned k = 1; k < parts && start < rows.size(); ++k) {
    std::size_t cut = rows.find('\n', std::max(start, rows.size() / parts * k));
    if (cut == std::string_view::npos) break;
    out.push_back(rows.substr(start, cut + 1 - start));
    start = cut + 1;
  }
  out.push_back(rows.substr(start));
  return out;
}

// Every data row of the table, blank lines skipped: its fields by column,
// parsed into a record that keeps its line. Counts rows read and accepted.
// The stretches are read on threads of their own, each into its own slots
// of `into`; what blank lines leave empty is closed up in order afterwards.
// A row whose case id (the first field of both tables) is longer than the
// limit: the error that rejects it, or nothing.
std::optional<Error> rejection(std::string_view case_id, std::size_t limit, std::string_view source, std::size_t line) {
  if (case_id.size() <= limit) return std::nullopt;
  return detail::parse_error(source, line, "case_id",
                             "the case id is " + std::to_string(case_id.size()) + " bytes, longer than the limit of " +
                                 std::to_string(limit) + "; the row is rejected");
}

void keep_rejection(SourceStats& stats, Error e) {
  if (stats.rejections.size() < SourceStats::kept_rejections) stats.rejections.push_back(std::move(e));
}

template <std::size_t N, class Into, class Parse>
Result<void> read_rows(Table& t, const std::array<std::optional<std::size_t>, N>& col, SourceStats& stats,
                       Into& into, const ImportOptions& options, bool release_text, Parse&& parse) {
  const unsigned threads = options.threads;
  const std::size_t case_id_limit = std::min(options.max_case_id_bytes, max_stored_case_id_bytes);
  // A mapped file's pages, or those of the copy a file was converted into,
  // go back once parsed (records copy what they keep).
  const bool release = release_text || t.opened->text.is_owned;
  constexpr std::size_t release_every = std::size_t{8} << 20;
  struct Stretch {
    std::string_view text;
    std::size_t lines = 0;  // its line ends
    std::size_t slots = 0;  // room for at least its records
    std::size_t first_line = 0;
    std::size_t rows = 0;  // non-blank rows read and accepted = records written
    std::vector<Error> rejected;
    std::optional<Error> error;
  };
  std::string_view all = t.opened->text.utf8();
  std::vector<Stretch> parts;
  for (std::string_view text : cut_rows(all.substr(t.reader->offset()), detail::thread_count(threads)))
    parts.emplace_back().text = text;

  if (parts.size() == 1) {
    // One stretch (small, or with quotes, where a line end can lie inside a
    // field): records as they come, so memory follows the records read, not
    // the line ends.
    detail::CsvReader reader(parts[0].text, t.opened->delimiter, t.source, t.reader->line());
    CsvRecord rec;
    std::array<std::string_view, N> text;
    const char* kept = parts[0].text.data();
    for (;;) {
      const char* here = parts[0].text.data() + reader.offset();
      if (release && static_cast<std::size_t>(here - kept) >= release_every) {
        detail::release_pages(kept, here);
        kept = here;
      }
      auto more = reader.next(rec);
      if (!more) return more.error();
      if (!more.value()) break;
      if (detail::is_blank(rec)) continue;
      for (std::size_t f = 0; f < N; ++f) text[f] = detail::field(rec, col[f]);
      ++stats.rows_read;
      if (auto e = rejection(text[0], case_id_limit, t.source, rec.line)) {
        ++stats.rejected;
        keep_rejection(stats, std::move(*e));
        continue;
      }
      auto r = parse(text);
      r.line = rec.line;
      into.push_back(std::move(r));
      ++stats.accepted;
    }
    return outcome::success();
  }

  // Each stretch's rows, parsed and handed to `keep` in order.
  auto read_part = [&](Stretch& part, auto&& keep) {
    detail::CsvReader reader(part.text, t.opened->delimiter, t.source, part.first_line);
    CsvRecord rec;
    std::array<std::string_view, N> text;
    const char* kept = part.text.data();
    for (;;) {
      const char* here = part.text.data() + reader.offset();
      if (release && static_cast<std::size_t>(here - kept) >= release_every) {
        detail::release_pages(kept, here);
        kept = here;
      }
      auto more = reader.next(rec);
      if (!more) {
        part.error = more.error();
        return;
      }
      if (!more.value()) return;
      if (detail::is_blank(rec)) continue;
      for (std::size_t f = 0; f < N; ++f) text[f] = detail::field(rec, col[f]);
      if (auto e = rejection(text[0], case_id_limit, t.source, rec.line)) {
        part.rejected.push_back(std::move(*e));
        continue;
      }
      auto r = parse(text);
      r.line = rec.line;
      keep(std::move(r));
      ++part.rows;
    }
  };
  auto count = [&](Stretch& part) {
    stats.rows_read += part.rows + part.rejected.size();
    stats.accepted += part.rows;
    stats.rejected += part.rejected.size();
    for (Error& e : part.rejected) keep_rejection(stats, std::move(e));
  };

  // Each stretch's line ends and room for its records, counted on its own
  // thread; then where each starts, in lines and in record slots.
  detail::run_parts(parts.size(), [&](std::size_t k) {
    parts[k].lines = count_records(parts[k].text);
    parts[k].slots = record_slots(parts[k].text, parts[k].lines, t.opened->delimiter);
  });
  std::size_t slots = 0, line = t.reader->line();
  for (Stretch& part : parts) {
    part.first_line = line;
    slots += part.slots;
    line += part.lines;  // every stretch but the last ends with a line end
  }

  // Each stretch into a table of its own, joined in order. The first has
  // room for all, and an empty `into` takes it over: the records are held
  // once and the other stretches' once more, not all of them twice.
  const bool fresh = into.empty();
  if (!fresh) into.reserve(into.size() + slots);
  std::vector<Into> tables(parts.size());
  detail::run_parts(parts.size(), [&](std::size_t k) {
    tables[k].reserve(k == 0 && fresh ? slots : parts[k].slots);
    read_part(parts[k], [&](auto&& r) { tables[k].push_back(r); });
  });
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (parts[k].error) return *parts[k].error;
    into.append(std::move(tables[k]));
    count(parts[k]);
  }
  return outcome::success();
}

template <std::size_t N>
void finish_stats(SourceStats& stats, std::string_view source, const Table& t, const ColumnMap<N>& map,
                  ExportTable table, const Mapping* mapping) {
  for (std::size_t f = 0; f < N; ++f) stats.columns.set(f, map.column[f].has_value());
  stats.column_uses = map.uses;
  if (mapping) stats.value_uses = mapping->value_uses(table, stats.columns);
  stats.file = std::string(source);
  stats.encoding = t.opened->text.encoding;
  stats.delimiter = t.opened->delimiter;
  stats.unknown_columns = map.unknown;
  stats.rejected = stats.rows_read - stats.accepted;  // what read_rows counted, whatever the path
}

}  // namespace

Participation parse_participation(const ParticipationText& text_of, const ImportOptions& options) {
  using F = ParticipationField;
  const CodeList& reasons = options.end_reasons ? *options.end_reasons : CodeList::builtin_end_reasons();
  const Municipalities& munis = options.municipalities ? *options.municipalities : Municipalities::builtin();
  Date reference = options.reference_date;
  if (reference.is_special()) reference = boost::gregorian::day_clock::local_day();
  auto muni_exists = [&](const std::string& c) { return code_exists(munis, c); };
  auto district_ok = [&](const std::string& c) { return district_exists(munis, c); };

  Participation p;
  auto text = [&](F f) { return text_of[static_cast<std::size_t>(f)]; };
  // A field with codes as the mapping reads it: the vendor's value as the code it stands for.
  auto coded = [&](F f) { return options.mapping ? options.mapping->value(f, text(f)) : text(f); };
  auto keep = [&](auto& field, F f) {
    if (field.is_invalid()) mark_invalid(p, f, text(f));
  };
  bool repaired = false;
  auto repair = [&](F f) {
    if (repaired) p.repairs.push_back({f, detail::excerpt(text(f))});
  };

  p.case_id = std::string(text(F::case_id));
  p.person_id = read_person_id(text(F::person_id), false, reference, repaired);
  keep(p.person_id, F::person_id);
  repair(F::person_id);
  p.duf_number = read_person_id(text(F::duf_number), true, reference, repaired);
  keep(p.duf_number, F::duf_number);
  repair(F::duf_number);

  if (auto s = coded(F::category); !s.empty()) {
    if (auto c = parse_category(s)) p.category = Field<Category>::of(*c);
    else p.category = Field<Category>::invalid();
  }
  keep(p.category, F::category);
  if (auto s = coded(F::legal_basis); !s.empty()) {
    if (auto b = parse_legal_basis(s)) p.legal_basis = Field<LegalBasis>::of(*b);
    else p.legal_basis = Field<LegalBasis>::invalid();
  }
  keep(p.legal_basis, F::legal_basis);

  for (F f : {F::follow_up_municipality, F::residence_municipality}) {
    auto& field = f == F::follow_up_municipality ? p.follow_up_municipality : p.residence_municipality;
    field = read_code(text(f), 4, muni_exists, repaired);
    keep(field, f);
    repair(f);
  }
  for (F f : {F::follow_up_district, F::residence_district}) {
    auto& field = f == F::follow_up_district ? p.follow_up_district : p.residence_district;
    field = read_code(text(f), 6, district_ok, repaired);
    keep(field, f);
    repair(f);
  }

  p.protected_address = read_bool(coded(F::protected_address));
  keep(p.protected_address, F::protected_address);
  p.extended = read_bool(coded(F::extended));
  keep(p.extended, F::extended);
  p.covid_extension = read_bool(coded(F::covid_extension));
  keep(p.covid_extension, F::covid_extension);

  p.start_date = read_date(text(F::start_date));
  keep(p.start_date, F::start_date);
  p.end_date = read_date(text(F::end_date));
  keep(p.end_date, F::end_date);
  p.settlement_date = read_date(text(F::settlement_date));
  keep(p.settlement_date, F::settlement_date);

  if (auto s = coded(F::end_reason); !s.empty()) {
    CodeLookup found = reasons.resolve(s);
    if (found.entry) p.end_reason = Field<std::string>::of(found.entry->code);
    else p.end_reason = Field<std::string>::invalid();
  }
  keep(p.end_reason, F::end_reason);
  p.leave_days = read_int(text(F::leave_days), 0, 730);
  keep(p.leave_days, F::leave_days);

  // 0.2: integreringsloven and chapter 6A.
  auto closed = [&](auto& field, F f, auto parse) {
    if (auto s = coded(f); !s.empty()) {
      if (auto v = parse(s)) field = std::remove_reference_t<decltype(field)>::of(*v);
      else field = std::remove_reference_t<decltype(field)>::invalid();
    }
    keep(field, f);
  };
  closed(p.permit_ground, F::permit_ground, parse_permit_ground);
  closed(p.education, F::education, parse_education);
  const CodeList& goals = options.end_goals ? *options.end_goals : CodeList::builtin_end_goals();
  closed(p.end_goal, F::end_goal, [&](std::string_view s) -> std::optional<std::string> {
    CodeLookup found = goals.resolve(s);
    if (!found.entry) return std::nullopt;
    return found.entry->code;
  });
  for (auto [field, f] : {std::pair{&p.permit_date, F::permit_date}, {&p.arrival_date, F::arrival_date},
                          {&p.mapping_date, F::mapping_date}, {&p.career_guidance_date, F::career_guidance_date},
                          {&p.plan_date, F::plan_date}, {&p.registered_date, F::registered_date}}) {
    *field = read_date(text(f));
    keep(*field, f);
  }
  p.settled_by_agreement = read_bool(coded(F::settled_by_agreement));
  keep(p.settled_by_agreement, F::settled_by_agreement);
  p.children_under_18 = read_bool(coded(F::children_under_18));
  keep(p.children_under_18, F::children_under_18);
  return p;
}

Measure parse_measure(const MeasureText& text_of, const ImportOptions& options) {
  using F = MeasureField;
  const CodeList& list = options.measures ? *options.measures : CodeList::builtin_measures();
  auto text = [&](F f) { return text_of[static_cast<std::size_t>(f)]; };
  auto coded = [&](F f) { return options.mapping ? options.mapping->value(f, text(f)) : text(f); };
  Measure m;
  m.case_id = std::string(text(F::case_id));
  if (auto s = coded(F::measure); !s.empty()) {
    CodeLookup found = list.resolve(s);
    if (found.entry) m.code = Field<std::string>::of(found.entry->code);
    else {
      m.code = Field<std::string>::invalid();
      mark_invalid(m, F::measure, text(F::measure));
    }
  }
  m.start_date = read_date(text(F::start_date));
  if (m.start_date.is_invalid()) mark_invalid(m, F::start_date, text(F::start_date));
  m.end_date = read_date(text(F::end_date));
  if (m.end_date.is_invalid()) mark_invalid(m, F::end_date, text(F::end_date));
  m.hours_per_week = read_decimal(text(F::hours_per_week), 0, 60);
  if (m.hours_per_week.is_invalid()) mark_invalid(m, F::hours_per_week, text(F::hours_per_week));
  m.completed = read_bool(coded(F::completed));
  if (m.completed.is_invalid()) mark_invalid(m, F::completed, text(F::completed));
  return m;
}

namespace {

// The mapping's codes for the table's replaceable lists are codes of the lists in use.
Result<void> check_mapping(ExportTable table, const ImportOptions& options) {
  if (!options.mapping) return outcome::success();
  return options.mapping->check_codes(
      table, options.end_reasons ? *options.end_reasons : CodeList::builtin_end_reasons(),
      options.end_goals ? *options.end_goals : CodeList::builtin_end_goals(),
      options.measures ? *options.measures : CodeList::builtin_measures());
}

}  // namespace

namespace {

// `file_mapped`: the bytes are a private mapping of the file, whose pages may be given back once read.
Result<void> read_participants(std::string_view bytes, std::string_view source, const ImportOptions& options,
                               Dataset& into, bool file_mapped) {
  using F = ParticipationField;
  if (auto codes = check_mapping(ExportTable::participants, options); !codes) return codes;
  auto table = open_table(bytes, source, options, file_mapped);
  if (!table) return table.error();
  Table& t = table.value();
  auto mapped = map_columns<participation_field_count>(t.header, source, ExportTable::participants, options.mapping);
  if (!mapped) return mapped.error();
  const auto& col = mapped.value().column;
  auto has = [&](F f) { return col[static_cast<std::size_t>(f)].has_value(); };
  for (F f : {F::case_id, F::category, F::follow_up_municipality, F::start_date})
    if (!has(f))
      return detail::parse_error(source, t.header.line, to_string(f), "required column is missing");
  if (!has(F::person_id) && !has(F::duf_number))
    return detail::parse_error(source, t.header.line, "person_id",
                               "required column is missing (person_id or duf_number)");

  auto read = read_rows<participation_field_count>(
      t, col, into.participants, into.participations, options, file_mapped,
      [&](const ParticipationText& text) { return parse_participation(text, options); });
  if (!read) return read;
  finish_stats(into.participants, source, t, mapped.value(), ExportTable::participants, options.mapping);
  return outcome::success();
}

Result<void> read_measures(std::string_view bytes, std::string_view source, const ImportOptions& options,
                           Dataset& into, bool file_mapped) {
  using F = MeasureField;
  if (auto codes = check_mapping(ExportTable::measures, options); !codes) return codes;
  auto table = open_table(bytes, source, options, file_mapped);
  if (!table) return table.error();
  Table& t = table.value();
  auto mapped = map_columns<measure_field_count>(t.header, source, ExportTable::measures, options.mapping);
  if (!mapped) return mapped.error();
  const auto& col = mapped.value().column;
  for (F f : {F::case_id, F::measure, F::start_date})
    if (!col[static_cast<std::size_t>(f)])
      return detail::parse_error(source, t.header.line, to_string(f), "required column is missing");

  auto read = read_rows<measure_field_count>(t, col, into.measures_source, into.measures, options, file_mapped,
                                             [&](const MeasureText& text) { return parse_measure(text, options); });
  if (!read) return read;
  finish_stats(into.measures_source, source, t, mapped.value(), ExportTable::measures, options.mapping);
  into.has_measures = true;
  return outcome::success();
}

}  // namespace

// The caller's bytes are the caller's: never given back.
Result<void> import_participants(std::string_view bytes, std::string_view source,
                                 const ImportOptions& options, Dataset& into) {
  return read_participants(bytes, source, options, into, false);
}

Result<void> import_measures(std::string_view bytes, std::string_view source,
                             const ImportOptions& options, Dataset& into) {
  return read_measures(bytes, source, options, into, false);
}

Result<Dataset> load_dataset(const std::string& participants_path,
                             const std::optional<std::string>& measures_path,
                             const ImportOptions& options) {
  Dataset d;
  {  // one file in memory at a time
    auto file = detail::MappedFile::open(participants_path, options.max_bytes);
    if (!file) return file.error();
    auto ok = read_participants(file.value().bytes(), participants_path, options, d, file.value().mapped());
    if (!ok) return ok.error();
  }
  if (measures_path) {
    auto file = detail::MappedFile::open(*measures_path, options.max_bytes);
    if (!file) return file.error();
    auto ok = read_measures(file.value().bytes(), *measures_path, options, d, file.value().mapped());
    if (!ok) return ok.error();
  }
  return d;
}

}  // namespace introcheck
