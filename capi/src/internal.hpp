// Internal to the C ABI: the handles' contents, and the guards every entry
// point goes through so that nothing throws or aborts across the boundary.
#pragma once

#include <introcheck.h>

#include <introcheck/code_list.hpp>
#include <introcheck/config.hpp>
#include <introcheck/encoding.hpp>
#include <introcheck/dataset.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/result.hpp>
#include <introcheck/validate.hpp>

#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

struct introcheck_context {
  std::shared_ptr<const introcheck::CodeList> end_reasons;     // nullptr: builtin
  std::shared_ptr<const introcheck::CodeList> measures;        // nullptr: builtin
  std::shared_ptr<const introcheck::Municipalities> municipalities;  // nullptr: builtin
  std::shared_ptr<const introcheck::DeadlineTable> deadlines;  // nullptr: builtin
  introcheck::Config config = introcheck::Config::defaults();
  introcheck::Language language = introcheck::Language::nb;
  bool allow_synthetic = false;
  bool reveal_ids = false;
  int suppress_below = 5;
  std::size_t max_input_bytes = std::size_t{1} << 30;

  const introcheck::CodeList& reasons() const {
    return end_reasons ? *end_reasons : introcheck::CodeList::builtin_end_reasons();
  }
  const introcheck::Municipalities& munis() const {
    return municipalities ? *municipalities : introcheck::Municipalities::builtin();
  }
  introcheck::ImportOptions import_options(introcheck::Date reference) const;
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
  introcheck::Results results;                                // for the HTML chart
  introcheck::Language language = introcheck::Language::nb;
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

/// Copies the caller's versioned struct into `local` (which holds the defaults
/// for fields an older caller does not know). False for a bad size.
template <class T>
bool read_struct(const T* in, T& local) {
  if (!in) return false;
  uint32_t size = in->size;
  if (size < sizeof(uint32_t) || size > 65536) return false;
  std::memcpy(&local, in, std::min<std::size_t>(size, sizeof(T)));
  local.size = sizeof(T);
  return true;
}

/// Writes `full` into the caller's struct, as far as its size covers.
template <class T>
bool write_struct(T* out, const T& full) {
  if (!out) return false;
  uint32_t size = out->size;
  if (size < sizeof(uint32_t) || size > 65536) return false;
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
