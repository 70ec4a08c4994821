// The context: code lists, municipality data, deadlines and settings.
#include "internal.hpp"

using namespace introcheck;
using namespace introcheck::capi;

extern "C" int introcheck_context_new(introcheck_context** out) {
  return guard([&] {
    if (!out) return fail(INTROCHECK_E_INVALID, "introcheck_context_new: out is NULL");
    *out = new introcheck_context();
    return ok();
  });
}

namespace introcheck::capi {

const introcheck_context* retain(const introcheck_context* ctx) noexcept {
  ctx->refs.fetch_add(1, std::memory_order_relaxed);
  return ctx;
}

// acq_rel: the thread that frees sees every other holder's last use.
void release(const introcheck_context* ctx) noexcept {
  if (ctx && ctx->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete ctx;
}

}  // namespace introcheck::capi

extern "C" void introcheck_context_free(introcheck_context* ctx) { release(ctx); }

extern "C" int introcheck_context_set_language(introcheck_context* ctx, const char* language) {
  return guard([&] {
    std::string_view l;
    if (!ctx || !language || !text(language, l)) return fail(INTROCHECK_E_INVALID, "set_language: NULL argument");
    auto parsed = parse_language(l);
    if (!parsed) return fail(INTROCHECK_E_INVALID, "language must be nb, nn or en, not '" + std::string(l) + "'");
    ctx->env.language = *parsed;
    return ok();
  });
}

extern "C" int introcheck_context_set_option(introcheck_context* ctx, introcheck_option option_arg, int64_t value) {
  return guard([&] {
    const int32_t option = raw(option_arg);
    if (!ctx) return fail(INTROCHECK_E_INVALID, "set_option: ctx is NULL");
    auto boolean = [&](bool& target) {
      if (value != 0 && value != 1) return fail(INTROCHECK_E_INVALID, "this option takes 0 or 1");
      target = value == 1;
      return ok();
    };
    switch (option) {
      case INTROCHECK_OPT_ALLOW_SYNTHETIC: return boolean(ctx->env.allow_synthetic);
      case INTROCHECK_OPT_REVEAL_IDS: return boolean(ctx->env.reveal_ids);
      case INTROCHECK_OPT_SUPPRESS_BELOW:
        if (value < 0 || value > 1000) return fail(INTROCHECK_E_INVALID, "suppress_below must be 0..1000");
        ctx->env.suppress_below = static_cast<int>(value);
        return ok();
      case INTROCHECK_OPT_MAX_INPUT_BYTES:
        if (value < 1) return fail(INTROCHECK_E_INVALID, "max_input_bytes must be positive");
        ctx->env.max_input_bytes = static_cast<std::size_t>(value);
        return ok();
      case INTROCHECK_OPT_THREADS:
        if (value < 0 || value > 256) return fail(INTROCHECK_E_INVALID, "threads must be 0..256 (0: one per core)");
        ctx->env.threads = static_cast<unsigned>(value);
        return ok();
      case INTROCHECK_OPT_MAX_CASE_ID_BYTES:
        if (value < 1 || value > (int64_t{1} << 30)) return fail(INTROCHECK_E_INVALID, "max_case_id_bytes must be 1..2^30");
        ctx->env.max_case_id_bytes = static_cast<std::size_t>(value);
        return ok();
    }
    return fail(INTROCHECK_E_INVALID, "unknown option " + std::to_string(option));
  });
}

extern "C" int introcheck_context_get_option(int64_t* out, const introcheck_context* ctx, introcheck_option option_arg) {
  return guard([&] {
    const int32_t option = raw(option_arg);
    if (!ctx || !out) return fail(INTROCHECK_E_INVALID, "get_option: NULL argument");
    switch (option) {
      case INTROCHECK_OPT_ALLOW_SYNTHETIC: *out = ctx->env.allow_synthetic; return ok();
      case INTROCHECK_OPT_REVEAL_IDS: *out = ctx->env.reveal_ids; return ok();
      case INTROCHECK_OPT_SUPPRESS_BELOW: *out = ctx->env.suppress_below; return ok();
      case INTROCHECK_OPT_MAX_INPUT_BYTES: *out = static_cast<int64_t>(ctx->env.max_input_bytes); return ok();
      case INTROCHECK_OPT_THREADS: *out = ctx->env.threads; return ok();
      case INTROCHECK_OPT_MAX_CASE_ID_BYTES: *out = static_cast<int64_t>(ctx->env.max_case_id_bytes); return ok();
    }
    return fail(INTROCHECK_E_INVALID, "unknown option " + std::to_string(option));
  });
}

extern "C" int introcheck_context_load_code_list(introcheck_context* ctx, introcheck_code_list list_arg, const char* csv, size_t length) {
  return guard([&] {
    const int32_t list = raw(list_arg);
    std::string_view data;
    if (!ctx || !buffer(csv, length, data)) return fail(INTROCHECK_E_INVALID, "load_code_list: NULL argument");
    std::shared_ptr<const CodeList>* target = nullptr;
    const char* name = nullptr;
    switch (list) {
      case INTROCHECK_CODE_LIST_END_REASONS: target = &ctx->env.end_reasons; name = "end_reasons.csv"; break;
      case INTROCHECK_CODE_LIST_MEASURES: target = &ctx->env.measures; name = "measures.csv"; break;
      case INTROCHECK_CODE_LIST_END_GOALS: target = &ctx->env.end_goals; name = "end_goals.csv"; break;
      default: return fail(INTROCHECK_E_INVALID, "unknown code list " + std::to_string(list));
    }
    if (!is_valid_utf8(data)) return fail(INTROCHECK_E_ENCODING, "code list: not valid UTF-8");
    auto parsed = CodeList::from_csv(data, name);
    if (!parsed) return fail(parsed.error());
    // End reasons and measures are grouped in the published results: the column is required, as in 0.1.
    if (list != INTROCHECK_CODE_LIST_END_GOALS && !parsed.value().has_group() && !parsed.value().entries().empty())
      return fail(Error{ErrorCode::parse, "the list has no column group", name, 1, "group"});
    *target = std::make_shared<const CodeList>(std::move(parsed).value());
    return ok();
  });
}

extern "C" int introcheck_context_load_municipalities(introcheck_context* ctx, const char* municipalities,
                                                      size_t municipalities_length, const char* changes,
                                                      size_t changes_length, const char* districts,
                                                      size_t districts_length, const char* counties,
                                                      size_t counties_length) {
  return guard([&] {
    MunicipalitySources s;
    if (!ctx || !buffer(municipalities, municipalities_length, s.municipalities) ||
        !buffer(changes, changes_length, s.changes) || !buffer(districts, districts_length, s.districts) ||
        !buffer(counties, counties_length, s.counties))
      return fail(INTROCHECK_E_INVALID, "load_municipalities: NULL argument");
    for (auto t : {s.municipalities, s.changes, s.districts, s.counties})
      if (!is_valid_utf8(t)) return fail(INTROCHECK_E_ENCODING, "municipality data: not valid UTF-8");
    auto parsed = Municipalities::from_csv(s);
    if (!parsed) return fail(parsed.error());
    ctx->env.municipalities = std::make_shared<const Municipalities>(std::move(parsed).value());
    return ok();
  });
}

extern "C" int introcheck_context_load_deadlines(introcheck_context* ctx, const char* csv, size_t length) {
  return guard([&] {
    std::string_view data;
    if (!ctx || !buffer(csv, length, data)) return fail(INTROCHECK_E_INVALID, "load_deadlines: NULL argument");
    if (!is_valid_utf8(data)) return fail(INTROCHECK_E_ENCODING, "deadlines: not valid UTF-8");
    auto parsed = DeadlineTable::from_csv(data, "deadlines.csv");
    if (!parsed) return fail(parsed.error());
    ctx->env.deadlines = std::make_shared<const DeadlineTable>(std::move(parsed).value());
    return ok();
  });
}

extern "C" int introcheck_context_load_config(introcheck_context* ctx, const char* config, size_t length) {
  return guard([&] {
    std::string_view data;
    if (!ctx || !buffer(config, length, data)) return fail(INTROCHECK_E_INVALID, "load_config: NULL argument");
    if (!is_valid_utf8(data)) return fail(INTROCHECK_E_ENCODING, "configuration: not valid UTF-8");
    auto parsed = Config::parse(data, "config", Config::defaults());
    if (!parsed) return fail(parsed.error());
    ctx->env.config = std::move(parsed).value();
    return ok();
  });
}

extern "C" int introcheck_context_set_severity(introcheck_context* ctx, const char* rule, introcheck_severity severity_arg) {
  return guard([&] {
    const int32_t severity = raw(severity_arg);
    std::string_view id;
    if (!ctx || !rule || !text(rule, id)) return fail(INTROCHECK_E_INVALID, "set_severity: NULL argument");
    if (!find_rule(id)) return fail(INTROCHECK_E_INVALID, "unknown rule '" + std::string(id) + "'");
    if (severity < INTROCHECK_SEVERITY_INFO || severity > INTROCHECK_SEVERITY_ERROR)
      return fail(INTROCHECK_E_INVALID, "severity must be INTROCHECK_SEVERITY_INFO, _WARNING or _ERROR");
    ctx->env.config.severity[std::string(id)] = static_cast<Severity>(severity);
    return ok();
  });
}
