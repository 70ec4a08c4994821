// Datasets, built record by record or read from CSV, and NIR reports.
#include "internal.hpp"

#include "util/file.hpp"

#include <introcheck/calendar.hpp>
#include <introcheck/import.hpp>

#include <array>
#include <cstdio>

using namespace introcheck;
using namespace introcheck::capi;

namespace {

// YYYYMMDD as the text the importer reads; an impossible date stays visible
// as its digits so the record check names it.
std::string date_text(int32_t value) {
  if (value == 0) return {};
  if (auto d = from_yyyymmdd(value)) return format_iso(*d);
  return std::to_string(value);
}

std::string bool_text(int32_t value) { return value == 0 ? "" : value == 1 ? "1" : std::to_string(value); }

// A boolean of version 2, which tells "no" from empty: -1 empty, 0 no, 1 yes;
// another value stays visible as its digits so the record check names it.
// An introcheck_answer as the CSV would say it; other values stay as numbers,
// which no boolean reads, so the field is marked invalid.
std::string answer_text(int32_t value) {
  switch (value) {
    case INTROCHECK_ANSWER_EMPTY: return {};
    case INTROCHECK_ANSWER_NO: return "nei";
    case INTROCHECK_ANSWER_YES: return "ja";
  }
  return "answer " + std::to_string(value);
}

// The fields a record gives a value become columns of its table, as a
// header names them: the rules that need a column run once some record has it.
template <std::size_t N>
void mark_columns(SourceStats& stats, const std::array<std::string_view, N>& text) {
  for (std::size_t f = 0; f < N; ++f)
    if (!text[f].empty()) stats.columns.set(f);
}

// The longest case id a record may have: the context's limit, at most what a table stores.
std::size_t case_id_limit(const introcheck_dataset* ds) {
  return std::min(ds->ctx->env.max_case_id_bytes, max_stored_case_id_bytes);
}

// A line number a table stores: 0 (none) .. 2^32 - 1.
bool line_ok(int64_t line) { return line <= static_cast<int64_t>(UINT32_MAX); }

// A record whose case id is longer than the limit: counted as a rejected row
// of its table, kept with its error, and refused with INTROCHECK_E_LIMIT,
// as the importer rejects such a row (a case id is a join key: never cut).
int reject_long_case_id(SourceStats& stats, std::string_view case_id, std::size_t limit, int64_t line) {
  Error e{ErrorCode::limit,
          "the case id is " + std::to_string(case_id.size()) + " bytes, longer than the limit of " +
              std::to_string(limit) + "; the row is rejected",
          stats.file, line > 0 ? static_cast<std::size_t>(line) : 0, "case_id"};
  ++stats.rows_read;
  ++stats.rejected;
  if (stats.rejections.size() < SourceStats::kept_rejections) stats.rejections.push_back(e);
  return fail(e);
}

// How a record built by a program is read: as the importer reads a row, but
// without the configuration's value mapping, which is for the vendor's files
// (a record's yes/no members are the ABI's, not the vendor's, values).
ImportOptions record_options(const introcheck_context* ctx) {
  ImportOptions o = ctx->env.import_options(today_oslo());
  o.mapping = nullptr;
  return o;
}

}  // namespace

extern "C" int introcheck_dataset_new(introcheck_dataset** out, const introcheck_context* ctx) {
  return guard([&] {
    if (!out || !ctx) return fail(INTROCHECK_E_INVALID, "dataset_new: NULL argument");
    *out = new introcheck_dataset(ctx);
    return ok();
  });
}

extern "C" void introcheck_dataset_free(introcheck_dataset* ds) { delete ds; }

extern "C" int introcheck_dataset_add_participation(introcheck_dataset* ds, const introcheck_participation* in) {
  return guard([&] {
    introcheck_participation p = INTROCHECK_PARTICIPATION_INIT;
    if (!ds || !read_struct(in, p)) return fail(INTROCHECK_E_INVALID, "add_participation: NULL or bad size");
    if (!line_ok(p.line)) return fail(INTROCHECK_E_INVALID, "add_participation: line past 4294967295");
    using F = ParticipationField;
    ParticipationText t;
    std::string owned[participation_field_count];
    auto set_text = [&](F f, const char* s) {
      std::string_view v;
      if (!text(s, v)) return false;
      t[static_cast<std::size_t>(f)] = v;
      return true;
    };
    auto set_owned = [&](F f, std::string v) {
      owned[static_cast<std::size_t>(f)] = std::move(v);
      t[static_cast<std::size_t>(f)] = owned[static_cast<std::size_t>(f)];
    };
    bool utf8 = set_text(F::case_id, p.case_id) && set_text(F::person_id, p.person_id) &&
                set_text(F::duf_number, p.duf_number) && set_text(F::category, p.category) &&
                set_text(F::legal_basis, p.legal_basis) &&
                set_text(F::follow_up_municipality, p.follow_up_municipality) &&
                set_text(F::follow_up_district, p.follow_up_district) &&
                set_text(F::residence_municipality, p.residence_municipality) &&
                set_text(F::residence_district, p.residence_district) && set_text(F::end_reason, p.end_reason) &&
                set_text(F::permit_ground, p.permit_ground) && set_text(F::education, p.education) &&
                set_text(F::end_goal, p.end_goal);
    if (!utf8) return fail(INTROCHECK_E_INVALID, "add_participation: a string is not valid UTF-8");
    if (std::string_view id = t[static_cast<std::size_t>(F::case_id)]; id.size() > case_id_limit(ds))
      return reject_long_case_id(ds->data.participants, id, case_id_limit(ds), p.line);
    set_owned(F::protected_address, bool_text(p.protected_address));
    set_owned(F::extended, bool_text(p.extended));
    set_owned(F::covid_extension, bool_text(p.covid_extension));
    set_owned(F::start_date, date_text(p.start_date));
    set_owned(F::end_date, date_text(p.end_date));
    set_owned(F::settlement_date, date_text(p.settlement_date));
    set_owned(F::leave_days, p.leave_days == -1 ? std::string() : std::to_string(p.leave_days));
    // Version 2; an older caller's struct has the defaults here (read_struct).
    set_owned(F::permit_date, date_text(p.permit_date));
    set_owned(F::arrival_date, date_text(p.arrival_date));
    set_owned(F::settled_by_agreement, answer_text(p.settled_by_agreement));
    set_owned(F::mapping_date, date_text(p.mapping_date));
    set_owned(F::career_guidance_date, date_text(p.career_guidance_date));
    set_owned(F::plan_date, date_text(p.plan_date));
    set_owned(F::children_under_18, answer_text(p.children_under_18));
    set_owned(F::registered_date, date_text(p.registered_date));
    mark_columns(ds->data.participants, t);
    Participation record = parse_participation(t, record_options(ds->ctx));
    record.line = p.line > 0 ? static_cast<std::size_t>(p.line) : 0;
    ds->data.participations.push_back(std::move(record));
    ++ds->data.participants.rows_read;
    ++ds->data.participants.accepted;
    return ok();
  });
}

extern "C" int introcheck_dataset_add_measure(introcheck_dataset* ds, const introcheck_measure* in) {
  return guard([&] {
    introcheck_measure m = INTROCHECK_MEASURE_INIT;
    if (!ds || !read_struct(in, m)) return fail(INTROCHECK_E_INVALID, "add_measure: NULL or bad size");
    if (!line_ok(m.line)) return fail(INTROCHECK_E_INVALID, "add_measure: line past 4294967295");
    using F = MeasureField;
    MeasureText t;
    std::string_view case_id, measure;
    if (!text(m.case_id, case_id) || !text(m.measure, measure))
      return fail(INTROCHECK_E_INVALID, "add_measure: a string is not valid UTF-8");
    if (case_id.size() > case_id_limit(ds)) {
      ds->data.has_measures = true;
      return reject_long_case_id(ds->data.measures_source, case_id, case_id_limit(ds), m.line);
    }
    std::string start = date_text(m.start_date), end = date_text(m.end_date), completed = answer_text(m.completed), hours;
    if (m.hours_per_week >= 0 || m.hours_per_week != m.hours_per_week) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", m.hours_per_week);
      hours = buf;
    }
    t[static_cast<std::size_t>(F::case_id)] = case_id;
    t[static_cast<std::size_t>(F::measure)] = measure;
    t[static_cast<std::size_t>(F::start_date)] = start;
    t[static_cast<std::size_t>(F::end_date)] = end;
    t[static_cast<std::size_t>(F::hours_per_week)] = hours;
    t[static_cast<std::size_t>(F::completed)] = completed;
    mark_columns(ds->data.measures_source, t);
    Measure record = parse_measure(t, record_options(ds->ctx));
    record.line = m.line > 0 ? static_cast<std::size_t>(m.line) : 0;
    ds->data.measures.push_back(std::move(record));
    ds->data.has_measures = true;
    ++ds->data.measures_source.rows_read;
    ++ds->data.measures_source.accepted;
    return ok();
  });
}

namespace {

int load(introcheck_dataset* ds, std::string_view participants, std::string_view participants_name,
         std::optional<std::string_view> measures, std::string_view measures_name, const char* encoding) {
  std::string_view enc;
  if (!text(encoding, enc)) return fail(INTROCHECK_E_INVALID, "encoding is not valid UTF-8");
  ImportOptions options = ds->ctx->env.import_options(today_oslo());
  if (encoding) options.encoding = std::string(enc);
  Dataset fresh;  // the dataset changes only when everything was read
  auto p = import_participants(participants, participants_name, options, fresh);
  if (!p) return fail(p.error());
  if (measures) {
    auto m = import_measures(*measures, measures_name, options, fresh);
    if (!m) return fail(m.error());
  }
  ds->data = std::move(fresh);
  return ok();
}

}  // namespace

extern "C" int introcheck_dataset_load_csv(introcheck_dataset* ds, const char* participants_path,
                                           const char* measures_path, const char* encoding) {
  return guard([&] {
    std::string_view p, m;
    if (!ds || !participants_path || !text(participants_path, p) || !text(measures_path, m))
      return fail(INTROCHECK_E_INVALID, "dataset_load_csv: bad argument");
    auto pbytes = detail::read_file(std::string(p), ds->ctx->env.max_input_bytes);
    if (!pbytes) return fail(pbytes.error());
    std::optional<std::string> mbytes;
    if (measures_path) {
      auto read = detail::read_file(std::string(m), ds->ctx->env.max_input_bytes);
      if (!read) return fail(read.error());
      mbytes = std::move(read).value();
    }
    return load(ds, pbytes.value(), p, mbytes ? std::optional<std::string_view>(*mbytes) : std::nullopt, m, encoding);
  });
}

extern "C" int introcheck_dataset_load_buffers(introcheck_dataset* ds, const char* participants,
                                               size_t participants_length, const char* participants_name,
                                               const char* measures, size_t measures_length,
                                               const char* measures_name, const char* encoding) {
  return guard([&] {
    std::string_view p, m, pname, mname;
    if (!ds || !participants || !buffer(participants, participants_length, p) ||
        !buffer(measures, measures_length, m) || !text(participants_name, pname) || !text(measures_name, mname))
      return fail(INTROCHECK_E_INVALID, "dataset_load_buffers: bad argument");
    if (pname.empty()) pname = "participants.csv";
    if (mname.empty()) mname = "measures.csv";
    return load(ds, p, pname, measures ? std::optional<std::string_view>(m) : std::nullopt, mname, encoding);
  });
}

extern "C" size_t introcheck_dataset_participation_count(const introcheck_dataset* ds) {
  return ds ? ds->data.participations.size() : 0;
}

extern "C" size_t introcheck_dataset_measure_count(const introcheck_dataset* ds) {
  return ds ? ds->data.measures.size() : 0;
}

extern "C" int introcheck_nir_report_load_buffer(introcheck_nir_report** out, const introcheck_context* ctx,
                                                 const char* data, size_t length, const char* name,
                                                 const char* encoding) {
  return guard([&] {
    std::string_view bytes, n, enc;
    if (!out || !ctx || !data || !buffer(data, length, bytes) || !text(name, n) || !text(encoding, enc))
      return fail(INTROCHECK_E_INVALID, "nir_report_load_buffer: bad argument");
    ImportOptions options = ctx->env.import_options(today_oslo());
    if (encoding) options.encoding = std::string(enc);
    auto report = import_nir_report(bytes, n.empty() ? "nir_report.csv" : n, options);
    if (!report) return fail(report.error());
    *out = new introcheck_nir_report(ctx, std::move(report).value());
    return ok();
  });
}

extern "C" int introcheck_nir_report_load_csv(introcheck_nir_report** out, const introcheck_context* ctx,
                                              const char* path, const char* encoding) {
  return guard([&] {
    std::string_view p;
    if (!out || !ctx || !path || !text(path, p)) return fail(INTROCHECK_E_INVALID, "nir_report_load_csv: bad argument");
    auto bytes = detail::read_file(std::string(p), ctx->env.max_input_bytes);
    if (!bytes) return fail(bytes.error());
    return introcheck_nir_report_load_buffer(out, ctx, bytes.value().data(), bytes.value().size(), path, encoding);
  });
}

extern "C" void introcheck_nir_report_free(introcheck_nir_report* report) { delete report; }

extern "C" size_t introcheck_nir_report_row_count(const introcheck_nir_report* report) {
  return report ? report->report.rows.size() : 0;
}
