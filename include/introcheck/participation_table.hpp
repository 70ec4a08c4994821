// ParticipationTable: the participations of a dataset, stored as the data is,
// and ParticipationView, one of them read through accessors.
//
// A national export has a million participations: as `Participation` values
// (strings, three vectors, 28 fields with their states) they took 528 bytes
// apiece and most of a run's memory. Here a participation is 120 bytes: dates
// as day numbers, person ids as numbers, codes (municipality, district, end
// reason, end goal) as numbers into the table's few distinct codes, the case
// id in one arena, the fields' states and the yes/no values as bits; the text
// of an invalid field and the spreadsheet repairs are kept aside, for the few
// records that have them. `Participation` stays the value type for building
// one record (push_back) and for tests (ParticipationView::value()).
#pragma once

#include <introcheck/participation.hpp>
#include <introcheck/packed_table.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck {

class ParticipationTable;

namespace detail {
// A field's state in a packed participation: 2 bits a field, in ParticipationField order.
inline FieldState participation_state(std::uint64_t states, ParticipationField f) {
  return static_cast<FieldState>((states >> (2 * static_cast<unsigned>(f))) & 3u);
}
// The yes/no values, one bit each after the states.
inline constexpr unsigned participation_flag_base = 2 * participation_field_count;
}  // namespace detail

/// One participation of a ParticipationTable. Light (a pointer and an index):
/// pass it by value. Valid while its table lives and is not changed.
class ParticipationView {
 public:
  std::string_view case_id() const;
  Field<PersonId> person_id() const;
  Field<PersonId> duf_number() const;
  Field<Category> category() const;
  Field<LegalBasis> legal_basis() const;  ///< as stated; rules use effective_basis()
  Field<std::string_view> follow_up_municipality() const;
  Field<std::string_view> follow_up_district() const;
  Field<std::string_view> residence_municipality() const;
  Field<std::string_view> residence_district() const;
  Field<bool> protected_address() const;
  Field<Date> start_date() const;
  Field<Date> end_date() const;
  Field<std::string_view> end_reason() const;
  Field<bool> extended() const;
  Field<bool> covid_extension() const;
  Field<int> leave_days() const;
  Field<Date> settlement_date() const;
  Field<PermitGround> permit_ground() const;
  Field<Date> permit_date() const;
  Field<Date> arrival_date() const;
  Field<bool> settled_by_agreement() const;
  Field<Education> education() const;
  Field<std::string_view> end_goal() const;
  Field<Date> mapping_date() const;
  Field<Date> career_guidance_date() const;
  Field<Date> plan_date() const;
  Field<bool> children_under_18() const;
  Field<Date> registered_date() const;
  std::size_t line() const;  ///< 0 when built in memory

  /// As Participation::is_protected(): fails closed on an invalid value.
  bool is_protected() const;
  bool is_covid_extension() const { return covid_extension().value_or(false); }
  /// The original text of an invalid field, or "".
  std::string_view raw_text(ParticipationField f) const;
  /// The spreadsheet repairs of this record, in field order.
  std::span<const Repair<ParticipationField>> repairs() const;
  /// Its position in the table.
  std::size_t index() const { return index_; }
  /// The participation as a value.
  Participation value() const;

 private:
  friend class ParticipationTable;
  ParticipationView(const ParticipationTable* table, std::size_t index) : table_(table), index_(index) {}
  const ParticipationTable* table_;
  std::size_t index_;
};

class ParticipationTable {
 public:
  using iterator = RowIterator<ParticipationTable, ParticipationView>;
  using const_iterator = iterator;
  using value_type = ParticipationView;
  using size_type = std::size_t;

  std::size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  ParticipationView operator[](std::size_t i) const { return ParticipationView(this, i); }
  ParticipationView at(std::size_t i) const;  ///< throws std::out_of_range past the end
  ParticipationView front() const { return (*this)[0]; }
  ParticipationView back() const { return (*this)[size() - 1]; }
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, size()}; }

  /// Stores `p` after the others. Throws std::length_error past 4 GiB of case
  /// ids or 2^32 distinct codes, lines or records, which no export comes near.
  void push_back(const Participation& p);
  /// Moves `other`'s participations after these, in order (parts read on threads).
  void append(ParticipationTable&& other);
  void reserve(std::size_t participations);
  std::size_t capacity() const { return records_.capacity(); }
  void clear();

  /// The bytes the table holds: records, case ids, codes and what is kept aside.
  std::size_t memory_bytes() const;

 private:
  friend class ParticipationView;
  // A person id as a number (PersonId without std::optional's padding).
  struct Id {
    std::uint64_t number = 0;
    Date birth_date;
    std::uint8_t kind = 0, series = 0, synthetic = 0, has_birth_date = 0;
  };
  enum Code : unsigned { follow_up_municipality, follow_up_district, residence_municipality, residence_district,
                         end_reason, end_goal, code_slots };
  enum Day : unsigned { start_date, end_date, settlement_date, permit_date, arrival_date, mapping_date,
                        career_guidance_date, plan_date, registered_date, day_slots };
  // 120 bytes: see the header's comment. `states` holds 2 bits a field
  // (FieldState) in ParticipationField order, then the five yes/no values,
  // then whether the record has texts kept aside and whether it has repairs.
  struct Record {
    Id person_id, duf_number;
    std::uint64_t states = 0;
    std::uint32_t case_offset = 0;
    std::uint32_t line = 0;
    std::uint32_t codes[code_slots] = {};
    Date days[day_slots];
    std::int32_t leave_days = 0;
    std::uint16_t case_length = 0;
    std::uint8_t category = 0, legal_basis = 0, permit_ground = 0, education = 0;
  };
  static_assert(sizeof(Record) == 120, "the size the header's comment promises");
  static constexpr unsigned has_raw_bit = detail::participation_flag_base + 5;
  static constexpr unsigned has_repairs_bit = has_raw_bit + 1;

  const Record& record(std::size_t i) const { return records_[i]; }
  FieldState state(std::size_t i, ParticipationField f) const {
    return detail::participation_state(records_[i].states, f);
  }
  Field<std::string_view> code(std::size_t i, ParticipationField f, Code slot) const {
    FieldState s = state(i, f);
    return {s == FieldState::parsed ? codes_.text(records_[i].codes[slot]) : std::string_view(), s};
  }
  Field<Date> day(std::size_t i, ParticipationField f, Day slot) const {
    FieldState s = state(i, f);
    return {s == FieldState::parsed ? records_[i].days[slot] : Date(), s};
  }
  Field<bool> flag(std::size_t i, ParticipationField f, unsigned k) const {
    FieldState s = state(i, f);
    return {s == FieldState::parsed && ((records_[i].states >> (detail::participation_flag_base + k)) & 1u) != 0, s};
  }
  template <class E>
  Field<E> closed(std::size_t i, ParticipationField f, std::uint8_t v) const {
    FieldState s = state(i, f);
    return {s == FieldState::parsed ? static_cast<E>(v) : E{}, s};
  }
  Field<PersonId> id(std::size_t i, ParticipationField f, const Id& x) const {
    FieldState s = state(i, f);
    PersonId id;
    if (s != FieldState::parsed) return {id, s};
    id.number = x.number;
    id.kind = static_cast<IdKind>(x.kind);
    id.series = static_cast<IdSeries>(x.series);
    id.synthetic = static_cast<SyntheticScheme>(x.synthetic);
    if (x.has_birth_date) id.birth_date = x.birth_date;
    return {id, s};
  }

  std::vector<Record> records_;
  std::string case_ids_;
  detail::CodeNumbers codes_;
  detail::TextsAside<ParticipationField> raw_;
  std::vector<std::uint32_t> repaired_;  // the record of each of repairs_
  std::vector<Repair<ParticipationField>> repairs_;
};

// The accessors, inline: the rules call them millions of times.
inline std::string_view ParticipationView::case_id() const {
  const auto& r = table_->record(index_);
  return std::string_view(table_->case_ids_).substr(r.case_offset, r.case_length);
}
inline Field<PersonId> ParticipationView::person_id() const {
  return table_->id(index_, ParticipationField::person_id, table_->record(index_).person_id);
}
inline Field<PersonId> ParticipationView::duf_number() const {
  return table_->id(index_, ParticipationField::duf_number, table_->record(index_).duf_number);
}
inline Field<Category> ParticipationView::category() const {
  return table_->closed<Category>(index_, ParticipationField::category, table_->record(index_).category);
}
inline Field<LegalBasis> ParticipationView::legal_basis() const {
  return table_->closed<LegalBasis>(index_, ParticipationField::legal_basis, table_->record(index_).legal_basis);
}
inline Field<PermitGround> ParticipationView::permit_ground() const {
  return table_->closed<PermitGround>(index_, ParticipationField::permit_ground, table_->record(index_).permit_ground);
}
inline Field<Education> ParticipationView::education() const {
  return table_->closed<Education>(index_, ParticipationField::education, table_->record(index_).education);
}
inline Field<std::string_view> ParticipationView::follow_up_municipality() const {
  return table_->code(index_, ParticipationField::follow_up_municipality, ParticipationTable::follow_up_municipality);
}
inline Field<std::string_view> ParticipationView::follow_up_district() const {
  return table_->code(index_, ParticipationField::follow_up_district, ParticipationTable::follow_up_district);
}
inline Field<std::string_view> ParticipationView::residence_municipality() const {
  return table_->code(index_, ParticipationField::residence_municipality, ParticipationTable::residence_municipality);
}
inline Field<std::string_view> ParticipationView::residence_district() const {
  return table_->code(index_, ParticipationField::residence_district, ParticipationTable::residence_district);
}
inline Field<std::string_view> ParticipationView::end_reason() const {
  return table_->code(index_, ParticipationField::end_reason, ParticipationTable::end_reason);
}
inline Field<std::string_view> ParticipationView::end_goal() const {
  return table_->code(index_, ParticipationField::end_goal, ParticipationTable::end_goal);
}
inline Field<Date> ParticipationView::start_date() const {
  return table_->day(index_, ParticipationField::start_date, ParticipationTable::start_date);
}
inline Field<Date> ParticipationView::end_date() const {
  return table_->day(index_, ParticipationField::end_date, ParticipationTable::end_date);
}
inline Field<Date> ParticipationView::settlement_date() const {
  return table_->day(index_, ParticipationField::settlement_date, ParticipationTable::settlement_date);
}
inline Field<Date> ParticipationView::permit_date() const {
  return table_->day(index_, ParticipationField::permit_date, ParticipationTable::permit_date);
}
inline Field<Date> ParticipationView::arrival_date() const {
  return table_->day(index_, ParticipationField::arrival_date, ParticipationTable::arrival_date);
}
inline Field<Date> ParticipationView::mapping_date() const {
  return table_->day(index_, ParticipationField::mapping_date, ParticipationTable::mapping_date);
}
inline Field<Date> ParticipationView::career_guidance_date() const {
  return table_->day(index_, ParticipationField::career_guidance_date, ParticipationTable::career_guidance_date);
}
inline Field<Date> ParticipationView::plan_date() const {
  return table_->day(index_, ParticipationField::plan_date, ParticipationTable::plan_date);
}
inline Field<Date> ParticipationView::registered_date() const {
  return table_->day(index_, ParticipationField::registered_date, ParticipationTable::registered_date);
}
// The yes/no values' bits, in this order: protected_address, extended,
// covid_extension, settled_by_agreement, children_under_18.
inline Field<bool> ParticipationView::protected_address() const {
  return table_->flag(index_, ParticipationField::protected_address, 0);
}
inline Field<bool> ParticipationView::extended() const {
  return table_->flag(index_, ParticipationField::extended, 1);
}
inline Field<bool> ParticipationView::covid_extension() const {
  return table_->flag(index_, ParticipationField::covid_extension, 2);
}
inline Field<bool> ParticipationView::settled_by_agreement() const {
  return table_->flag(index_, ParticipationField::settled_by_agreement, 3);
}
inline Field<bool> ParticipationView::children_under_18() const {
  return table_->flag(index_, ParticipationField::children_under_18, 4);
}
inline Field<int> ParticipationView::leave_days() const {
  FieldState s = table_->state(index_, ParticipationField::leave_days);
  return {s == FieldState::parsed ? table_->record(index_).leave_days : 0, s};
}
inline std::size_t ParticipationView::line() const { return table_->record(index_).line; }
inline bool ParticipationView::is_protected() const {
  Field<bool> p = protected_address();
  return p.value_or(false) || p.is_invalid();
}

}  // namespace introcheck
