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

#include <atomic>
#include <cstddef>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <vector>

// A context is exactly one Environment: what every run made from it depends
// on. Datasets and NIR reports hold a reference on it, so the caller may free
// the handles in any order.
struct introcheck_context {
  introcheck::Environment env;
  mutable std::atomic<long> refs{1};  // the caller's, plus one per dataset and NIR report
};

namespace introcheck::capi {
/// Takes a reference on `ctx` for an object made from it.
const introcheck_context* retain(const introcheck_context* ctx) noexcept;
/// Drops a reference; the last one frees the context.
void release(const introcheck_context* ctx) noexcept;
}  // namespace introcheck::capi

struct introcheck_dataset {
  explicit introcheck_dataset(const introcheck_context* c) : ctx(introcheck::capi::retain(c)) {}
  ~introcheck_dataset() { introcheck::capi::release(ctx); }
  introcheck_dataset(const introcheck_dataset&) = delete;
  introcheck_dataset& operator=(const introcheck_dataset&) = delete;

  const introcheck_context* ctx;
  introcheck::Dataset data;
};

struct introcheck_nir_report {
  introcheck_nir_report(const introcheck_context* c, introcheck::NirReport r)
      : ctx(introcheck::capi::retain(c)), report(std::move(r)) {}
  ~introcheck_nir_report() { introcheck::capi::release(ctx); }
  introcheck_nir_report(const introcheck_nir_report&) = delete;
  introcheck_nir_report& operator=(const introcheck_nir_report&) = delete;

  const introcheck_context* ctx;  // renders with its language and masking
  introcheck::NirReport report;
};

struct introcheck_result {
  introcheck::ValidationReport report;
  std::optional<introcheck::ReconcileReport> reconciliation;  // reconcile only
  introcheck::Environment env;                                // as the run had it: renders alike
  std::vector<std::vector<std::string>> param_text;           // finding -> param values as text
  // Messages are rendered on first use and kept (a caller that counts
  // findings never pays for ICU): finding -> message, "" until rendered.
  mutable std::vector<std::string> messages;
  mutable std::mutex messages_lock;
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
                  INTROCHECK_END(introcheck_participation, settlement_date), INTROCHECK_END(introcheck_participation, line),
                  INTROCHECK_END(introcheck_participation, permit_ground),
                  INTROCHECK_END(introcheck_participation, education), INTROCHECK_END(introcheck_participation, end_goal),
                  INTROCHECK_END(introcheck_participation, permit_date),
                  INTROCHECK_END(introcheck_participation, arrival_date),
                  INTROCHECK_END(introcheck_participation, settled_by_agreement),
                  INTROCHECK_END(introcheck_participation, mapping_date),
                  INTROCHECK_END(introcheck_participation, career_guidance_date),
                  INTROCHECK_END(introcheck_participation, plan_date),
                  INTROCHECK_END(introcheck_participation, children_under_18),
                  INTROCHECK_END(introcheck_participation, registered_date))
INTROCHECK_LAYOUT(introcheck_measure, INTROCHECK_END(introcheck_measure, case_id), INTROCHECK_END(introcheck_measure, measure),
                  INTROCHECK_END(introcheck_measure, start_date), INTROCHECK_END(introcheck_measure, end_date),
                  INTROCHECK_END(introcheck_measure, hours_per_week), INTROCHECK_END(introcheck_measure, line),
                  INTROCHECK_END(introcheck_measure, completed))
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
                  INTROCHECK_END(introcheck_summary, explained_absences),
                  INTROCHECK_END(introcheck_summary, report_rows_out_of_scope))
INTROCHECK_LAYOUT(introcheck_finding, INTROCHECK_END(introcheck_finding, rule), INTROCHECK_END(introcheck_finding, severity),
                  INTROCHECK_END(introcheck_finding, acknowledged), INTROCHECK_END(introcheck_finding, case_id),
                  INTROCHECK_END(introcheck_finding, municipality), INTROCHECK_END(introcheck_finding, file),
                  INTROCHECK_END(introcheck_finding, line), INTROCHECK_END(introcheck_finding, field),
                  INTROCHECK_END(introcheck_finding, person), INTROCHECK_END(introcheck_finding, message),
                  INTROCHECK_END(introcheck_finding, param_count))
INTROCHECK_LAYOUT(introcheck_rule, INTROCHECK_END(introcheck_rule, id), INTROCHECK_END(introcheck_rule, severity),
                  INTROCHECK_END(introcheck_rule, title_en), INTROCHECK_END(introcheck_rule, title_nb),
                  INTROCHECK_END(introcheck_rule, source))
INTROCHECK_LAYOUT(introcheck_absence, INTROCHECK_END(introcheck_absence, case_id),
                  INTROCHECK_END(introcheck_absence, municipality), INTROCHECK_END(introcheck_absence, line),
                  INTROCHECK_END(introcheck_absence, reason))
#undef INTROCHECK_LAYOUT
#undef INTROCHECK_END

/// A size some version of T has had, or that of a newer T (up to 64 KiB).
template <class T>
bool known_size(std::size_t size) {
  if (size >= sizeof(T)) return size <= 65536;
  for (std::size_t end : Layout<T>::ends) {
    std::size_t padded = (end + alignof(T) - 1) / alignof(T) * alignof(T);
    if (size == end || size == padded) return true;
  }
  return false;
}

/// A caller's struct of a known size whose fields past this library's T,
/// if any, are all zero: a newer caller asking for nothing we would ignore.
template <class T>
bool valid_struct(const T* s) {
  if (!s || !known_size<T>(s->size)) return false;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s);
  for (std::size_t i = sizeof(T); i < s->size; ++i)
    if (bytes[i] != 0) return false;
  return true;
}

/// Copies the caller's versioned struct into `local` (which holds the defaults
/// for fields an older caller does not know). False for a bad size or tail.
template <class T>
bool read_struct(const T* in, T& local) {
  if (!valid_struct(in)) return false;
  std::memcpy(&local, in, std::min<std::size_t>(in->size, sizeof(T)));
  local.size = sizeof(T);
  return true;
}

/// Writes `full` into the caller's struct, as far as its size covers.
template <class T>
bool write_struct(T* out, const T& full) {
  if (!valid_struct(out)) return false;
  std::memcpy(reinterpret_cast<char*>(out) + sizeof(uint32_t), reinterpret_cast<const char*>(&full) + sizeof(uint32_t),
              std::min<std::size_t>(out->size, sizeof(T)) - sizeof(uint32_t));
  return true;
}

/// introcheck_*_init(): the defaults as far as `size` covers, zeros past
/// this library's T, and `size` in the struct.
template <class T>
int init_struct(T* s, std::size_t size, const T& defaults, const char* name) {
  if (!s || !known_size<T>(size))
    return fail(INTROCHECK_E_INVALID, std::string(name) + ": NULL or a size that is no version of the struct");
  std::memcpy(s, &defaults, std::min(size, sizeof(T)));
  if (size > sizeof(T)) std::memset(reinterpret_cast<char*>(s) + sizeof(T), 0, size - sizeof(T));
  s->size = static_cast<uint32_t>(size);
  return ok();
}

/// An enum argument as the int the caller passed. A C caller may pass any
/// int (a value a newer header appended, or garbage), and in C++ loading an
/// enum object outside its enumerators' range is undefined, so the bytes are
/// copied instead of the value loaded.
template <class E>
int32_t raw(const E& e) {
  static_assert(sizeof(E) == sizeof(int32_t), "the C enums are int-sized");
  int32_t value;
  std::memcpy(&value, &e, sizeof value);
  return value;
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
