// Measure (tiltak): what a participant does in the program, for a period.
#pragma once

#include <introcheck/date.hpp>
#include <introcheck/field.hpp>
#include <introcheck/participation.hpp>

#include <string>
#include <vector>

namespace introcheck {

enum class MeasureField { case_id, measure, start_date, end_date, hours_per_week, completed };
inline constexpr std::size_t measure_field_count = 6;

std::string_view to_string(MeasureField f);

/// One measure of a participation. The period includes both ends; an empty
/// end date means the measure is ongoing.
struct Measure {
  std::string case_id;
  Field<std::string> code;  ///< a code of the measure list
  Field<Date> start_date;
  Field<Date> end_date;
  Field<double> hours_per_week;
  Field<bool> completed;  ///< for courses (livsmestring, foreldreveiledning): completed

  std::size_t line = 0;
  std::vector<RawValue<MeasureField>> raw;

  std::string_view raw_text(MeasureField f) const;
};

}  // namespace introcheck
