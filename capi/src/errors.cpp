// Versions, status codes and the per-thread last error.
#include "internal.hpp"

#include <introcheck/encoding.hpp>
#include <introcheck/version.hpp>

#include <cstdlib>

static_assert(INTROCHECK_VERSION_MAJOR == INTROCHECK_CXX_VERSION_MAJOR &&
                  INTROCHECK_VERSION_MINOR == INTROCHECK_CXX_VERSION_MINOR &&
                  INTROCHECK_VERSION_PATCH == INTROCHECK_CXX_VERSION_PATCH,
              "introcheck.h and the project version disagree");

namespace introcheck::capi {
namespace {
thread_local std::string last_error;
}

int fail(int status, std::string message) {
  try {
    last_error = std::move(message);
  } catch (...) {
    last_error.clear();
  }
  return status;
}

const char* last_error_text() noexcept { return last_error.c_str(); }

int ok() {
  last_error.clear();
  return INTROCHECK_OK;
}

int fail(const Error& e) {
  int status = INTROCHECK_E_INTERNAL;
  switch (e.code) {
    case ErrorCode::invalid_argument: status = INTROCHECK_E_INVALID; break;
    case ErrorCode::io: status = INTROCHECK_E_IO; break;
    case ErrorCode::parse: status = INTROCHECK_E_PARSE; break;
    case ErrorCode::encoding: status = INTROCHECK_E_ENCODING; break;
    case ErrorCode::limit: status = INTROCHECK_E_LIMIT; break;
  }
  return fail(status, e.describe());
}

bool text(const char* s, std::string_view& out) {
  out = s ? std::string_view(s) : std::string_view();
  return is_valid_utf8(out);
}

bool buffer(const char* data, std::size_t length, std::string_view& out) {
  if (!data && length > 0) return false;
  out = data ? std::string_view(data, length) : std::string_view();
  return true;
}

bool date_arg(int32_t value, std::optional<Date>& out) {
  out.reset();
  if (value == 0) return true;
  out = from_yyyymmdd(value);
  return out.has_value();
}

int hand_out(char** out, std::size_t* out_length, const std::string& text) {
  char* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (!copy) return fail(INTROCHECK_E_NOMEM, "out of memory");
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  *out = copy;
  if (out_length) *out_length = text.size();
  return ok();
}

}  // namespace introcheck::capi

using namespace introcheck::capi;

extern "C" const char* introcheck_version(void) { return introcheck::version_string; }

extern "C" int introcheck_version_number(void) { return INTROCHECK_VERSION_NUMBER; }

extern "C" const char* introcheck_status_str(int status) {
  switch (status) {
    case INTROCHECK_OK: return "ok";
    case INTROCHECK_E_INVALID: return "invalid argument";
    case INTROCHECK_E_IO: return "input/output error";
    case INTROCHECK_E_PARSE: return "malformed input";
    case INTROCHECK_E_ENCODING: return "wrong text encoding";
    case INTROCHECK_E_LIMIT: return "input exceeds a limit";
    case INTROCHECK_E_RANGE: return "index out of range";
    case INTROCHECK_E_NOMEM: return "out of memory";
    case INTROCHECK_E_INTERNAL: return "internal error";
  }
  return "unknown status";
}

extern "C" const char* introcheck_last_error(void) { return introcheck::capi::last_error_text(); }

extern "C" void introcheck_string_free(char* s) { std::free(s); }
