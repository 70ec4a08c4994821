// Result and Error: how introcheck reports failure without exceptions.
#pragma once

#include <boost/outcome/policy/terminate.hpp>
#include <boost/outcome/result.hpp>

#include <cstddef>
#include <string>

namespace introcheck {

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;

/// What kind of failure an Error describes. Values are stable; new ones are appended.
enum class ErrorCode {
  invalid_argument = 1,  ///< the caller passed something unusable
  io,                    ///< a file could not be read or written
  parse,                 ///< input text is malformed (file, line and field say where)
  encoding,              ///< input bytes are not in the expected encoding
  limit,                 ///< input exceeds a configured limit
};

/// A failure with enough context for a person to fix the input.
/// `line` is 1-based; 0 means the error is not tied to a line.
struct Error {
  ErrorCode code = ErrorCode::invalid_argument;
  std::string message;
  std::string file;
  std::size_t line = 0;
  std::string field;

  /// "file:line: field: message", leaving out the parts that are empty.
  std::string describe() const;
};

/// Value or error. Accessing the wrong alternative terminates (a bug, not input).
template <class T, class E = Error>
using Result = outcome::result<T, E, outcome::policy::terminate>;

}  // namespace introcheck
