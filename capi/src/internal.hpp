// Internal to the C ABI: the handles' contents, and the guards every entry
// point goes through so that nothing throws or aborts across the boundary.
#pragma once

#include <introcheck.h>

#include <introcheck/code_list.hpp>
#include <introcheck/config.hpp>
#include <introcheck/encoding.hpp>
#include <introcheck/environment.hpp>
#include <introcheck/dataset.hpp>
#include <introcheck/import.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/predict.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/result.hpp>
#include <introcheck/validate.hpp>

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

// A context is exactly one Environment: what every run made from it depends on.
struct introcheck_context {
  introcheck::Environment env;
};

struct introcheck_dataset {
  const introcheck_context* ctx = nullptr;
  introcheck::Dataset data;
};

struct introcheck_nir_report {
  introcheck::NirReport report;
};

struct introcheck_result {
  introcheck::ValidationReport report;
  std::optional<introcheck::ReconcileReport> reconciliation;  // reconcile only
  introcheck::Environment env;                                // as the run had it: renders alike
  std::vector<std::vector<std::string>> param_text;           // finding -> param values as text
};

namespace introcheck::capi {

/// Records `message` as this thread's last error and returns `status`.
int fail(int status, std::string message);
/// This thread's last error message ("" after a success).
const char* last_error_text() noexcept;
/// Clears this thread's last error and returns INTROCHECK_OK.
int ok();
/// The status of a library Error, recorded as the last error.
int fail(const Error& e);

/// Runs `body` (which returns a status), turning any exception into a status:
/// nothing throws across the C ABI.
template <class Body>
int guard(Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(INTROCHECK_E_NOMEM, "out of memory");
  } catch (const std::exception& e) {
    return fail(INTROCHECK_E_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(INTROCHECK_E_INTERNAL, "internal error");
  }
}

/// The sizes a caller's versioned struct may have: that of every older
/// version, i.e. the end of each field, as is or padded to the struct's
/// alignment, or anything from the current size up (a newer caller). A size
/// that ends inside a field (a pointer half copied) is refused.
template <class T>
struct Layout;

#define INTROCHECK_END(T, f) (offsetof(T, f) + sizeof(T::f))
#define INTROCHECK_LAYOUT(T, ...)                                 \
  template <>                                                     \
  struct Layout<T> {                                              \
    static constexpr std::size_t ends[] = {__VA_ARGS__};          \
  };
INTROCHECK_LAYOUT(introcheck_person_id, INTROCHECK_END(introcheck_person_id, valid),
                  INTROCHECK_END(introcheck_person_id, reason), INTROCHECK_END(introcheck_person_id, kind),
                  INTROCHECK_END(introcheck_person_id, synthetic), INTROCHECK_END(introcheck_person_id, series),
                  INTROCHECK_END(introcheck_person_id, birth_date))
INTROCHECK_LAYOUT(introcheck_participation, INTROCHECK_END(introcheck_participation, case_id),
                  INTROCHECK_END(introcheck_participation, person_id), INTROCHECK_END(introcheck_participation, duf_number),
                  INTROCHECK_END(introcheck_participation, category), INTROCHECK_END(introcheck_participation, legal_basis),
                  INTROCHECK_END(introcheck_participation, follow_up_municipality),
                  INTROCHECK_END(introcheck_participation, follow_up_district),
                  INTROCHECK_END(introcheck_participation, residence_municipality),
                  INTROCHECK_END(introcheck_participation, residence_district),
                  INTROCHECK_END(introcheck_participation, protected_address),
                  INTROCHECK_END(introcheck_participation, start_date), INTROCHECK_END(introcheck_participation, end_date),
                  INTROCHECK_END(introcheck_participation, end_reason), INTROCHECK_END(introcheck_participation, extended),
                  INTROCHECK_END(introcheck_participation, covid_extension),
                  INTROCHECK_END(introcheck_participation, leave_days),
                  INTROCHECK_END(introcheck_participation, settlement_date), INTROCHECK_END(introcheck_participation, line))
INTROCHECK_LAYOUT(introcheck_measure, INTROCHECK_END(introcheck_measure, case_id), INTROCHECK_END(introcheck_measure, measure),
                  INTROCHECK_END(introcheck_measure, start_date), INTROCHECK_END(introcheck_measure, end_date),
                  INTROCHECK_END(introcheck_measure, hours_per_week), INTROCHECK_END(introcheck_measure, line))
INTROCHECK_LAYOUT(introcheck_run_options, INTROCHECK_END(introcheck_run_options, year),
                  INTROCHECK_END(introcheck_run_options, as_of), INTROCHECK_END(introcheck_run_options, deadline),
                  INTROCHECK_END(introcheck_run_options, municipality), INTROCHECK_END(introcheck_run_options, categories),
                  INTROCHECK_END(introcheck_run_options, end_reasons))
INTROCHECK_LAYOUT(introcheck_summary, INTROCHECK_END(introcheck_summary, errors), INTROCHECK_END(introcheck_summary, warnings),
                  INTROCHECK_END(introcheck_summary, infos), INTROCHECK_END(introcheck_summary, acknowledged),
                  INTROCHECK_END(introcheck_summary, participants_read),
                  INTROCHECK_END(introcheck_summary, participants_accepted),
                  INTROCHECK_END(introcheck_summary, participants_rejected),
                  INTROCHECK_END(introcheck_summary, measures_read), INTROCHECK_END(introcheck_summary, measures_accepted),
                  INTROCHECK_END(introcheck_summary, measures_rejected),
                  INTROCHECK_END(introcheck_summary, measure_rules_ran), INTROCHECK_END(introcheck_summary, deadline),
                  INTROCHECK_END(introcheck_summary, days_left), INTROCHECK_END(introcheck_summary, report_rows),
                  INTROCHECK_END(introcheck_summary, matched_equal),
                  INTROCHECK_END(introcheck_summary, matched_with_discrepancies),
                  INTROCHECK_END(introcheck_summary, unmatched_report_rows),
                  INTROCHECK_END(introcheck_summary, ended_in_scope),
                  INTROCHECK_END(introcheck_summary, missing_from_report),
                  INTROCHECK_END(introcheck_summary, explained_absences))
INTROCHECK_LAYOUT(introcheck_finding, INTROCHECK_END(introcheck_finding, rule), INTROCHECK_END(introcheck_finding, severity),
                  INTROCHECK_END(introcheck_finding, acknowledged), INTROCHECK_END(introcheck_finding, case_id),
                  INTROCHECK_END(introcheck_finding, municipality), INTROCHECK_END(introcheck_finding, file),
                  INTROCHECK_END(introcheck_finding, line), INTROCHECK_END(introcheck_finding, field),
                  INTROCHECK_END(introcheck_finding, person), INTROCHECK_END(introcheck_finding, message),
                  INTROCHECK_END(introcheck_finding, param_count))
INTROCHECK_LAYOUT(introcheck_rule, INTROCHECK_END(introcheck_rule, id), INTROCHECK_END(introcheck_rule, severity),
                  INTROCHECK_END(introcheck_rule, title_en), INTROCHECK_END(introcheck_rule, title_nb),
                  INTROCHECK_END(introcheck_rule, source))
#undef INTROCHECK_LAYOUT
#undef INTROCHECK_END

template <class T>
bool valid_size(uint32_t size) {
  if (size >= sizeof(T)) return size <= 65536;
  for (std::size_t end : Layout<T>::ends) {
    std::size_t padded = (end + alignof(T) - 1) / alignof(T) * alignof(T);
    if (size == end || size == padded) return true;
  }
  return false;
}

/// Copies the caller's versioned struct into `local` (which holds the defaults
/// for fields an older caller does not know). False for a bad size.
template <class T>
bool read_struct(const T* in, T& local) {
  if (!in) return false;
  uint32_t size = in->size;
  if (!valid_size<T>(size)) return false;
  std::memcpy(&local, in, std::min<std::size_t>(size, sizeof(T)));
  local.size = sizeof(T);
  return true;
}

/// Writes `full` into the caller's struct, as far as its size covers.
template <class T>
bool write_struct(T* out, const T& full) {
  if (!out) return false;
  uint32_t size = out->size;
  if (!valid_size<T>(size)) return false;
  std::memcpy(reinterpret_cast<char*>(out) + sizeof(uint32_t), reinterpret_cast<const char*>(&full) + sizeof(uint32_t),
              std::min<std::size_t>(size, sizeof(T)) - sizeof(uint32_t));
  return true;
}

/// A caller's string: NULL becomes "", invalid UTF-8 is refused.
bool text(const char* s, std::string_view& out);
/// A caller's buffer; NULL with length 0 is empty.
bool buffer(const char* data, std::size_t length, std::string_view& out);
/// A YYYYMMDD date; 0 is "none". False for an impossible date.
bool date_arg(int32_t value, std::optional<Date>& out);
/// A string the caller owns (freed with introcheck_string_free).
int hand_out(char** out, std::size_t* out_length, const std::string& text);

}  // namespace introcheck::capi
