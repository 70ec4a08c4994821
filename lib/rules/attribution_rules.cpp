// Attribution, transfer and special cases (IC201-IC205): how NIR will count,
// and what stands in the way of transfer.
#include "rules/context.hpp"

#include "model/deadline.hpp"
#include "model/place.hpp"

#include <map>
#include <set>

namespace introcheck::rules {
void attribution_rules(Context& c) {
  std::map<std::string, std::size_t> in_year;  // follow-up code -> participations in Y
  for (const Participation& p : c.data.participations) {
    if (!c.took_part(p)) continue;
    if (p.follow_up_municipality.parsed()) ++in_year[p.follow_up_municipality.value];

    // IC202: protected address — left out of the result overview, residence never shown.
    if (p.is_protected()) {
      c.report("IC202", p, "protected_address");
    } else if (p.residence_municipality.parsed() && p.follow_up_municipality.parsed()) {
      // IC201: residence differs from follow-up; NIR counts for the follow-up one.
      bool same_muni = p.residence_municipality.value == p.follow_up_municipality.value;
      bool same_district = !p.residence_district.parsed() || !p.follow_up_district.parsed() ||
                           p.residence_district.value == p.follow_up_district.value;
      if (!same_muni || !same_district) {
        Finding& f = c.report("IC201", p, "residence_municipality");
        param(f, "residence", detail::place(p.residence_municipality, p.residence_district));
        param(f, "follow_up", detail::place(p.follow_up_municipality, p.follow_up_district));
      }
    }
    // IC205: covid-19 extension — NIR ends it itself; no end reason wanted.
    if (p.is_covid_extension()) c.report("IC205", p, "covid_extension");
  }

  // IC203: the follow-up municipality is changed on 1 January after Y, and T
  // falls between that day and Y's deadline: transfer may be closed.
  Date reform_day(static_cast<unsigned short>(c.year + 1), 1, 1);
  std::optional<Date> known = detail::effective_deadline(c.deadlines, c.year, c.options.deadline);
  // Without a known deadline, the end of a fallback month (data).
  Date deadline = known ? *known
                        : boost::gregorian::date(
                              static_cast<unsigned short>(c.year + 1),
                              static_cast<unsigned short>(std::max(1, c.limits.reform_deadline_fallback_month)), 1)
                              .end_of_month();
  if (c.as_of >= reform_day && c.as_of <= deadline) {
    for (const auto& [code, count] : in_year) {
      if (!c.municipalities.in_reform(code, c.year + 1)) continue;
      Finding& f = c.report_municipality("IC203", code);
      param(f, "municipality", code);
      param(f, "reform_date", reform_day);
      param(f, "deadline", deadline);
    }
  }

  // IC204: a code valid during the participations is no longer valid on T.
  for (const auto& [code, count] : in_year) {
    if (c.municipalities.valid(code, c.as_of)) continue;
    auto successors = c.municipalities.successors(code, c.as_of);
    if (successors.empty()) continue;  // IC004 covers codes that never were valid
    std::string names;
    for (const auto& s : successors) names += (names.empty() ? "" : ", ") + s.code + " " + s.name;
    Finding& f = c.report_municipality("IC204", code);
    param(f, "municipality", code);
    param(f, "count", static_cast<long long>(count));
    param(f, "as_of", c.as_of);
    param(f, "successors", names);
  }
}

}  // namespace introcheck::rules
