// MeasureTable: the measures of a dataset, stored as the data is, and
// MeasureView, one of them read through accessors.
//
// A national export has some four million measures: as `Measure` values
// (strings, a vector each) they took 144 bytes apiece and most of a run's
// memory. Here a measure is 32 bytes: dates as day numbers, the code as a
// number into the table's few distinct codes, the case id in one arena, the
// fields' states as bits; the text of an invalid field is kept aside, for
// the few records that have one. `Measure` stays the value type for building
// one record (push_back) and for tests (MeasureView::value()).
#pragma once

#include <introcheck/measure.hpp>
#include <introcheck/packed_table.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck {

class MeasureTable;

namespace detail {
// A field's state in a packed measure: 2 bits a field, in MeasureField order.
inline FieldState measure_state(std::uint16_t states, MeasureField f) {
  return static_cast<FieldState>((states >> (2 * static_cast<unsigned>(f))) & 3u);
}
inline constexpr unsigned measure_completed_bit = 2 * measure_field_count;  // the value of `completed`
}  // namespace detail

/// One measure of a MeasureTable. Light (a pointer and an index): pass it by
/// value. Valid while its table lives and is not changed.
class MeasureView {
 public:
  std::string_view case_id() const;
  Field<std::string_view> code() const;  ///< a code of the measure list
  Field<Date> start_date() const;
  Field<Date> end_date() const;
  Field<double> hours_per_week() const;
  Field<bool> completed() const;
  std::size_t line() const;  ///< 0 when built in memory
  /// The original text of an invalid field, or "".
  std::string_view raw_text(MeasureField f) const;
  /// Its position in the table.
  std::size_t index() const { return index_; }
  /// The measure as a value.
  Measure value() const;

 private:
  friend class MeasureTable;
  MeasureView(const MeasureTable* table, std::size_t index) : table_(table), index_(index) {}
  const MeasureTable* table_;
  std::size_t index_;
};

class MeasureTable {
 public:
  using iterator = RowIterator<MeasureTable, MeasureView>;
  using const_iterator = iterator;
  using value_type = MeasureView;
  using size_type = std::size_t;

  std::size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  MeasureView operator[](std::size_t i) const { return MeasureView(this, i); }
  MeasureView front() const { return (*this)[0]; }
  MeasureView back() const { return (*this)[size() - 1]; }
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, size()}; }

  /// Stores `m` after the others. Throws std::length_error past 4 GiB of case
  /// ids or 2^32 distinct codes, lines or records, which no export comes near.
  void push_back(const Measure& m);
  /// Moves `other`'s measures after these, in order (parts read on threads).
  void append(MeasureTable&& other);
  void reserve(std::size_t measures);
  void clear();

  /// The bytes the table holds: records, case ids, codes and kept texts.
  std::size_t memory_bytes() const;

 private:
  friend class MeasureView;
  // 32 bytes: see the header's comment. `states` holds 2 bits a field
  // (FieldState) in MeasureField order, bit 12 the value of `completed`, bit
  // 13 whether the record has texts kept aside.
  struct Record {
    std::uint32_t case_offset = 0;
    std::uint32_t code = 0;
    Date start_date;
    Date end_date;
    double hours_per_week = 0;
    std::uint32_t line = 0;
    std::uint16_t case_length = 0;
    std::uint16_t states = 0;
  };
  std::uint32_t code_number(std::string_view code);
  std::string_view case_id_of(const Record& r) const;

  std::vector<Record> records_;
  std::string case_ids_;
  detail::CodeNumbers codes_;
  detail::TextsAside<MeasureField> raw_;
};

// The accessors, inline: the rules call them millions of times.
inline std::string_view MeasureView::case_id() const {
  const auto& r = table_->records_[index_];
  return std::string_view(table_->case_ids_).substr(r.case_offset, r.case_length);
}
inline Field<std::string_view> MeasureView::code() const {
  const auto& r = table_->records_[index_];
  FieldState s = detail::measure_state(r.states, MeasureField::measure);
  return {s == FieldState::parsed ? table_->codes_.text(r.code) : std::string_view(), s};
}
inline Field<Date> MeasureView::start_date() const {
  const auto& r = table_->records_[index_];
  FieldState s = detail::measure_state(r.states, MeasureField::start_date);
  return {s == FieldState::parsed ? r.start_date : Date(), s};
}
inline Field<Date> MeasureView::end_date() const {
  const auto& r = table_->records_[index_];
  FieldState s = detail::measure_state(r.states, MeasureField::end_date);
  return {s == FieldState::parsed ? r.end_date : Date(), s};
}
inline Field<double> MeasureView::hours_per_week() const {
  const auto& r = table_->records_[index_];
  FieldState s = detail::measure_state(r.states, MeasureField::hours_per_week);
  return {s == FieldState::parsed ? r.hours_per_week : 0.0, s};
}
inline Field<bool> MeasureView::completed() const {
  const auto& r = table_->records_[index_];
  FieldState s = detail::measure_state(r.states, MeasureField::completed);
  return {s == FieldState::parsed && ((r.states >> detail::measure_completed_bit) & 1u) != 0, s};
}
inline std::size_t MeasureView::line() const { return table_->records_[index_].line; }

}  // namespace introcheck
