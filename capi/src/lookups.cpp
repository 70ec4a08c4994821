// Person ids, municipalities and the rule catalogue.
#include "internal.hpp"

#include <introcheck/calendar.hpp>
#include <introcheck/json.hpp>
#include <introcheck/rules.hpp>

using namespace introcheck;
using namespace introcheck::capi;

extern "C" int introcheck_check_person_id(introcheck_person_id* out, const introcheck_context* ctx, const char* id,
                                          int32_t reference_date) {
  return guard([&] {
    std::string_view input;
    std::optional<Date> reference;
    introcheck_person_id result = INTROCHECK_PERSON_ID_INIT;
    if (!ctx || !id || !out || !text(id, input)) return fail(INTROCHECK_E_INVALID, "check_person_id: bad argument");
    if (!date_arg(reference_date, reference)) return fail(INTROCHECK_E_INVALID, "reference_date is not a real date");
    auto parsed = parse_person_id(input, reference.value_or(today_oslo()));
    if (parsed) {
      const PersonId& p = parsed.value();
      result.kind = p.kind == IdKind::fnr ? INTROCHECK_ID_KIND_FNR : p.kind == IdKind::dnr ? INTROCHECK_ID_KIND_DNR : INTROCHECK_ID_KIND_DUF;
      result.synthetic = p.is_synthetic();
      result.series = p.kind == IdKind::duf ? 0 : p.series == IdSeries::classic ? INTROCHECK_ID_SERIES_CLASSIC : INTROCHECK_ID_SERIES_2032;
      result.birth_date = p.birth_date ? to_yyyymmdd(*p.birth_date) : 0;
      IdOptions policy{ctx->env.allow_synthetic, reference.value_or(today_oslo())};
      auto problem = policy_problem(p, policy);
      result.valid = !problem;
      if (problem) result.reason = static_cast<int32_t>(*problem) + 1;
    } else {
      result.reason = static_cast<int32_t>(parsed.error()) + 1;
    }
    if (!write_struct(out, result)) return fail(INTROCHECK_E_INVALID, "check_person_id: bad out->size");
    return ok();
  });
}

extern "C" int introcheck_municipality_valid(int* out, const introcheck_context* ctx, const char* code, int32_t date) {
  return guard([&] {
    std::string_view c;
    std::optional<Date> d;
    if (!ctx || !code || !out || !text(code, c)) return fail(INTROCHECK_E_INVALID, "municipality_valid: bad argument");
    if (!date_arg(date, d) || !d) return fail(INTROCHECK_E_INVALID, "municipality_valid: date is not a real date");
    *out = ctx->env.municipalities->valid(c, *d) ? 1 : 0;
    return ok();
  });
}

extern "C" int introcheck_municipality_name(const char** out, const introcheck_context* ctx, const char* code,
                                            int32_t date) {
  return guard([&] {
    std::string_view c;
    std::optional<Date> d;
    if (!ctx || !code || !out || !text(code, c)) return fail(INTROCHECK_E_INVALID, "municipality_name: bad argument");
    if (!date_arg(date, d) || !d) return fail(INTROCHECK_E_INVALID, "municipality_name: date is not a real date");
    const AreaVersion* v = ctx->env.municipalities->latest_version(c, *d);
    *out = v ? v->name.c_str() : nullptr;
    return ok();
  });
}

extern "C" int introcheck_municipality_successors(char** out_json, const introcheck_context* ctx, const char* code,
                                                  int32_t date) {
  return guard([&] {
    std::string_view c;
    std::optional<Date> d;
    if (!out_json || !ctx || !code || !text(code, c)) return fail(INTROCHECK_E_INVALID, "municipality_successors: bad argument");
    if (!date_arg(date, d) || !d) return fail(INTROCHECK_E_INVALID, "municipality_successors: date is not a real date");
    std::string json = "[";
    auto successors = ctx->env.municipalities->successors(c, *d);
    for (std::size_t i = 0; i < successors.size(); ++i)
      json += std::string(i ? ", " : "") + "{\"code\": " + json_quote(successors[i].code) + ", \"name\": " +
              json_quote(successors[i].name) + ", \"valid_from\": " + json_quote(format_iso(successors[i].valid_from)) + "}";
    json += "]";
    return hand_out(out_json, nullptr, json);
  });
}

extern "C" size_t introcheck_rule_count(void) { return rule_catalogue().size(); }

extern "C" int introcheck_rule_info(introcheck_rule* out, size_t index) {
  return guard([&] {
    if (!out) return fail(INTROCHECK_E_INVALID, "rule_info: out is NULL");
    auto rules = rule_catalogue();
    if (index >= rules.size()) return fail(INTROCHECK_E_RANGE, "rule_info: index past the end");
    const RuleInfo& r = rules[index];
    // The catalogue's strings are literals, so they are NUL-terminated.
    introcheck_rule info = INTROCHECK_RULE_INIT;
    info.id = r.id.data();
    info.severity = static_cast<int32_t>(r.severity);
    info.title_en = r.title_en.data();
    info.title_nb = r.title_nb.data();
    info.source = r.source.data();
    if (!write_struct(out, info)) return fail(INTROCHECK_E_INVALID, "rule_info: bad out->size");
    return ok();
  });
}
