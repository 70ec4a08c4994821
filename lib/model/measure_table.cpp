#include <introcheck/measure_table.hpp>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace introcheck {
namespace {

static_assert(sizeof(Date) == 4, "a date is its day number");

using detail::measure_state;

unsigned shift(MeasureField f) { return 2 * static_cast<unsigned>(f); }

std::uint32_t narrow(std::size_t n, const char* what) { return detail::narrow(n, "MeasureTable", what); }


// Bit 13 of `states`: the record has texts kept aside (most have none).
constexpr unsigned has_raw_bit = detail::measure_completed_bit + 1;

}  // namespace

std::string_view MeasureView::raw_text(MeasureField f) const {
  if (((table_->records_[index_].states >> has_raw_bit) & 1u) == 0) return {};
  return table_->raw_.find(index_, f);
}

Measure MeasureView::value() const {
  Measure m;
  m.case_id = std::string(case_id());
  Field<std::string_view> c = code();
  m.code = Field<std::string>{std::string(c.value), c.state};
  m.start_date = start_date();
  m.end_date = end_date();
  m.hours_per_week = hours_per_week();
  m.completed = completed();
  m.line = line();
  for (std::size_t f = 0; f < measure_field_count; ++f) {
    auto name = static_cast<MeasureField>(f);
    if (std::string_view t = raw_text(name); !t.empty()) m.raw.push_back({name, std::string(t)});
  }
  return m;
}

std::uint32_t MeasureTable::code_number(std::string_view code) {
  // A case's measures repeat a few codes: the last one first, the map after.
  if (!records_.empty() && measure_state(records_.back().states, MeasureField::measure) == FieldState::parsed &&
      codes_.text(records_.back().code) == code)
    return records_.back().code;
  return codes_.number(code, "MeasureTable");
}

void MeasureTable::push_back(const Measure& m) {
  Record r;
  const std::uint32_t index = narrow(records_.size(), "measures");
  // Measures of one case come together in an export: they share its case id.
  if (!records_.empty() && case_id_of(records_.back()) == m.case_id) {
    r.case_offset = records_.back().case_offset;
  } else {
    r.case_offset = narrow(case_ids_.size(), "bytes of case ids");
    narrow(case_ids_.size() + m.case_id.size(), "bytes of case ids");
    case_ids_ += m.case_id;
  }
  if (m.case_id.size() > max_stored_case_id_bytes)
    throw std::length_error("MeasureTable: a case id over 65535 bytes");
  r.case_length = static_cast<std::uint16_t>(m.case_id.size());
  auto set = [&](MeasureField f, FieldState s) { r.states |= static_cast<std::uint16_t>(static_cast<unsigned>(s) << shift(f)); };
  set(MeasureField::measure, m.code.state);
  if (m.code.parsed()) r.code = code_number(m.code.value);
  set(MeasureField::start_date, m.start_date.state);
  if (m.start_date.parsed()) r.start_date = m.start_date.value;
  set(MeasureField::end_date, m.end_date.state);
  if (m.end_date.parsed()) r.end_date = m.end_date.value;
  set(MeasureField::hours_per_week, m.hours_per_week.state);
  if (m.hours_per_week.parsed()) r.hours_per_week = m.hours_per_week.value;
  set(MeasureField::completed, m.completed.state);
  if (m.completed.parsed() && m.completed.value) r.states |= static_cast<std::uint16_t>(1u << detail::measure_completed_bit);
  r.line = narrow(m.line, "lines");
  if (!m.raw.empty()) r.states |= static_cast<std::uint16_t>(1u << has_raw_bit);
  records_.push_back(r);
  for (const auto& raw : m.raw) raw_.add(index, raw.field, raw.text);
}

std::string_view MeasureTable::case_id_of(const Record& r) const {
  return std::string_view(case_ids_).substr(r.case_offset, r.case_length);
}

void MeasureTable::append(MeasureTable&& other) {
  if (records_.empty() && records_.capacity() < other.records_.size()) {
    *this = std::move(other);
    return;
  }
  const std::uint32_t base = narrow(records_.size() + other.records_.size(), "measures") -
                             static_cast<std::uint32_t>(other.records_.size());
  const std::uint32_t arena = narrow(case_ids_.size() + other.case_ids_.size(), "bytes of case ids") -
                              static_cast<std::uint32_t>(other.case_ids_.size());
  const std::vector<std::uint32_t> codes = codes_.numbers_of(other.codes_, "MeasureTable");
  case_ids_ += other.case_ids_;
  records_.reserve(records_.size() + other.records_.size());
  for (Record r : other.records_) {
    r.case_offset += arena;
    if (measure_state(r.states, MeasureField::measure) == FieldState::parsed) r.code = codes[r.code];
    records_.push_back(r);
  }
  raw_.append(std::move(other.raw_), base);
  other = MeasureTable();  // its memory given back now, not when it goes out of scope
}

void MeasureTable::reserve(std::size_t measures) { records_.reserve(measures); }

void MeasureTable::clear() {
  records_.clear();
  case_ids_.clear();
  codes_ = {};
  raw_ = {};
}

std::size_t MeasureTable::memory_bytes() const {
  std::size_t n = records_.capacity() * sizeof(Record) + case_ids_.capacity();
  return n + codes_.memory_bytes() + raw_.memory_bytes();
}

}  // namespace introcheck
