// Field<T>: a value read from input that is empty, parsed, or invalid.
//
// Rules look only at parsed values; an empty or invalid field makes a rule
// skip, never guess. Which fields were invalid, and why, is reported once by
// the record checks (IC003, IC006, IC008, IC009).
#pragma once

#include <cstdint>
#include <utility>

namespace introcheck {

enum class FieldState : std::uint8_t { empty, parsed, invalid };

template <class T>
struct Field {
  T value{};
  FieldState state = FieldState::empty;

  static Field of(T v) { return Field{std::move(v), FieldState::parsed}; }
  static Field invalid() { return Field{T{}, FieldState::invalid}; }

  bool parsed() const { return state == FieldState::parsed; }
  bool empty() const { return state == FieldState::empty; }
  bool is_invalid() const { return state == FieldState::invalid; }
  /// The value when parsed, else `fallback`.
  T value_or(T fallback) const { return parsed() ? value : fallback; }
};

}  // namespace introcheck
