#include <introcheck/participation_table.hpp>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace introcheck {
namespace {

using F = ParticipationField;

std::uint32_t narrow(std::size_t n, const char* what) { return detail::narrow(n, "ParticipationTable", what); }

}  // namespace

static_assert(sizeof(Date) == 4, "a date is its day number");
static_assert(participation_field_count * 2 + 7 <= 64, "states, yes/no values and two marks in 64 bits");

ParticipationView ParticipationTable::at(std::size_t i) const {
  if (i >= size()) throw std::out_of_range("ParticipationTable::at: no participation " + std::to_string(i));
  return (*this)[i];
}

std::string_view ParticipationView::raw_text(ParticipationField f) const {
  if (((table_->records_[index_].states >> ParticipationTable::has_raw_bit) & 1u) == 0) return {};
  return table_->raw_.find(index_, f);
}

std::span<const Repair<ParticipationField>> ParticipationView::repairs() const {
  if (((table_->records_[index_].states >> ParticipationTable::has_repairs_bit) & 1u) == 0) return {};
  const auto& at = table_->repaired_;
  auto [first, last] = std::equal_range(at.begin(), at.end(), static_cast<std::uint32_t>(index_));
  return std::span(table_->repairs_).subspan(static_cast<std::size_t>(first - at.begin()),
                                              static_cast<std::size_t>(last - first));
}

Participation ParticipationView::value() const {
  auto text = [](Field<std::string_view> f) { return Field<std::string>{std::string(f.value), f.state}; };
  Participation p;
  p.case_id = std::string(case_id());
  p.person_id = person_id();
  p.duf_number = duf_number();
  p.category = category();
  p.legal_basis = legal_basis();
  p.follow_up_municipality = text(follow_up_municipality());
  p.follow_up_district = text(follow_up_district());
  p.residence_municipality = text(residence_municipality());
  p.residence_district = text(residence_district());
  p.protected_address = protected_address();
  p.start_date = start_date();
  p.end_date = end_date();
  p.end_reason = text(end_reason());
  p.extended = extended();
  p.covid_extension = covid_extension();
  p.leave_days = leave_days();
  p.settlement_date = settlement_date();
  p.permit_ground = permit_ground();
  p.permit_date = permit_date();
  p.arrival_date = arrival_date();
  p.settled_by_agreement = settled_by_agreement();
  p.education = education();
  p.end_goal = text(end_goal());
  p.mapping_date = mapping_date();
  p.career_guidance_date = career_guidance_date();
  p.plan_date = plan_date();
  p.children_under_18 = children_under_18();
  p.registered_date = registered_date();
  p.line = line();
  for (std::size_t f = 0; f < participation_field_count; ++f) {
    auto name = static_cast<ParticipationField>(f);
    if (std::string_view t = raw_text(name); !t.empty()) p.raw.push_back({name, std::string(t)});
  }
  for (const auto& r : repairs()) p.repairs.push_back(r);
  return p;
}

void ParticipationTable::push_back(const Participation& p) {
  Record r;
  const std::uint32_t index = narrow(records_.size(), "participations");
  r.case_offset = narrow(case_ids_.size(), "bytes of case ids");
  narrow(case_ids_.size() + p.case_id.size(), "bytes of case ids");
  if (p.case_id.size() > max_stored_case_id_bytes)
    throw std::length_error("ParticipationTable: a case id over 65535 bytes");
  r.case_length = static_cast<std::uint16_t>(p.case_id.size());
  r.line = narrow(p.line, "lines");

  auto set = [&](F f, FieldState s) { r.states |= std::uint64_t{static_cast<unsigned>(s)} << (2 * static_cast<unsigned>(f)); };
  auto id = [&](F f, const Field<PersonId>& from, Id& to) {
    set(f, from.state);
    if (!from.parsed()) return;
    to.number = from.value.number;
    to.kind = static_cast<std::uint8_t>(from.value.kind);
    to.series = static_cast<std::uint8_t>(from.value.series);
    to.synthetic = static_cast<std::uint8_t>(from.value.synthetic);
    if (from.value.birth_date) {
      to.birth_date = *from.value.birth_date;
      to.has_birth_date = 1;
    }
  };
  auto code = [&](F f, const Field<std::string>& from, Code slot) {
    set(f, from.state);
    if (from.parsed()) r.codes[slot] = codes_.number(from.value, "ParticipationTable");
  };
  auto day = [&](F f, const Field<Date>& from, Day slot) {
    set(f, from.state);
    if (from.parsed()) r.days[slot] = from.value;
  };
  auto flag = [&](F f, const Field<bool>& from, unsigned k) {
    set(f, from.state);
    if (from.parsed() && from.value) r.states |= std::uint64_t{1} << (detail::participation_flag_base + k);
  };
  auto closed = [&](F f, const auto& from, std::uint8_t& to) {
    set(f, from.state);
    if (from.parsed()) to = static_cast<std::uint8_t>(from.value);
  };

  id(F::person_id, p.person_id, r.person_id);
  id(F::duf_number, p.duf_number, r.duf_number);
  closed(F::category, p.category, r.category);
  closed(F::legal_basis, p.legal_basis, r.legal_basis);
  closed(F::permit_ground, p.permit_ground, r.permit_ground);
  closed(F::education, p.education, r.education);
  code(F::follow_up_municipality, p.follow_up_municipality, follow_up_municipality);
  code(F::follow_up_district, p.follow_up_district, follow_up_district);
  code(F::residence_municipality, p.residence_municipality, residence_municipality);
  code(F::residence_district, p.residence_district, residence_district);
  code(F::end_reason, p.end_reason, end_reason);
  code(F::end_goal, p.end_goal, end_goal);
  day(F::start_date, p.start_date, start_date);
  day(F::end_date, p.end_date, end_date);
  day(F::settlement_date, p.settlement_date, settlement_date);
  day(F::permit_date, p.permit_date, permit_date);
  day(F::arrival_date, p.arrival_date, arrival_date);
  day(F::mapping_date, p.mapping_date, mapping_date);
  day(F::career_guidance_date, p.career_guidance_date, career_guidance_date);
  day(F::plan_date, p.plan_date, plan_date);
  day(F::registered_date, p.registered_date, registered_date);
  flag(F::protected_address, p.protected_address, 0);
  flag(F::extended, p.extended, 1);
  flag(F::covid_extension, p.covid_extension, 2);
  flag(F::settled_by_agreement, p.settled_by_agreement, 3);
  flag(F::children_under_18, p.children_under_18, 4);
  set(F::leave_days, p.leave_days.state);
  if (p.leave_days.parsed()) r.leave_days = p.leave_days.value;

  if (!p.raw.empty()) r.states |= std::uint64_t{1} << has_raw_bit;
  if (!p.repairs.empty()) r.states |= std::uint64_t{1} << has_repairs_bit;
  case_ids_ += p.case_id;
  records_.push_back(r);
  for (const auto& raw : p.raw) raw_.add(index, raw.field, raw.text);
  for (const auto& repair : p.repairs) {
    repaired_.push_back(index);
    repairs_.push_back(repair);
  }
}

void ParticipationTable::append(ParticipationTable&& other) {
  if (records_.empty() && records_.capacity() < other.records_.size()) {
    *this = std::move(other);
    return;
  }
  const std::uint32_t base = narrow(records_.size() + other.records_.size(), "participations") -
                             static_cast<std::uint32_t>(other.records_.size());
  const std::uint32_t arena = narrow(case_ids_.size() + other.case_ids_.size(), "bytes of case ids") -
                              static_cast<std::uint32_t>(other.case_ids_.size());
  const std::vector<std::uint32_t> codes = codes_.numbers_of(other.codes_, "ParticipationTable");
  constexpr std::pair<F, Code> coded[] = {
      {F::follow_up_municipality, follow_up_municipality}, {F::follow_up_district, follow_up_district},
      {F::residence_municipality, residence_municipality}, {F::residence_district, residence_district},
      {F::end_reason, end_reason},                         {F::end_goal, end_goal}};
  case_ids_ += other.case_ids_;
  records_.reserve(records_.size() + other.records_.size());
  for (Record r : other.records_) {
    r.case_offset += arena;
    for (auto [f, slot] : coded)
      if (detail::participation_state(r.states, f) == FieldState::parsed) r.codes[slot] = codes[r.codes[slot]];
    records_.push_back(r);
  }
  raw_.append(std::move(other.raw_), base);
  for (std::uint32_t at : other.repaired_) repaired_.push_back(at + base);
  repairs_.insert(repairs_.end(), std::make_move_iterator(other.repairs_.begin()),
                  std::make_move_iterator(other.repairs_.end()));
  other = ParticipationTable();  // its memory given back now, not when it goes out of scope
}

void ParticipationTable::reserve(std::size_t participations) {
  records_.reserve(participations);
  case_ids_.reserve(participations * 8);  // a case id is some eight bytes ("K-123456")
}

void ParticipationTable::clear() { *this = ParticipationTable(); }

std::size_t ParticipationTable::memory_bytes() const {
  std::size_t n = records_.capacity() * sizeof(Record) + case_ids_.capacity();
  n += codes_.memory_bytes() + raw_.memory_bytes();
  n += repaired_.capacity() * sizeof(std::uint32_t);
  for (const auto& r : repairs_) n += sizeof(r) + r.original.capacity();
  return n;
}

}  // namespace introcheck
