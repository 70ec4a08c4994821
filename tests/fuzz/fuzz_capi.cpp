// Fuzz target: the C ABI driven by random call sequences and arguments. Every
// call must return a status, never crash, leak or abort.
#include <introcheck.h>

#include <cstdio>
#include <cstdlib>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Input {
  const std::uint8_t* data;
  std::size_t size, pos = 0;
  std::uint8_t byte() { return pos < size ? data[pos++] : 0; }
  std::int32_t i32() {
    std::int32_t v = 0;
    for (int k = 0; k < 4; ++k) v = static_cast<std::int32_t>((static_cast<std::uint32_t>(v) << 8) | byte());
    return v;
  }
  // A short string from the input (may hold any bytes, including invalid UTF-8).
  std::string text() {
    std::size_t n = byte() % 24;
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s.push_back(static_cast<char>(byte()));
    return s;
  }
  bool done() const { return pos >= size; }
};

// An internal error is a bug in introcheck, whatever the input: a crash here.
int checked(int status) {
  if (status == INTROCHECK_E_INTERNAL) {
    std::fprintf(stderr, "fuzz_capi: INTROCHECK_E_INTERNAL: %s\n", introcheck_last_error());
    std::abort();
  }
  return status;
}

std::int32_t date(Input& in) {
  // Mostly plausible dates, sometimes the last ones there are, sometimes anything.
  std::uint8_t kind = in.byte();
  if (kind % 8 == 0) return 99980101 + (in.byte() % 2) * 10000 + (in.byte() % 12) * 100 + in.byte() % 28;
  if (kind & 1) return in.i32();
  return 20150101 + (in.byte() % 10) * 10000 + (in.byte() % 12) * 100 + in.byte() % 28;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in{data, size};
  introcheck_context* ctx = nullptr;
  if (introcheck_context_new(&ctx) != INTROCHECK_OK) return 0;
  introcheck_dataset* ds = nullptr;
  introcheck_dataset_new(&ds, ctx);
  introcheck_nir_report* nir = nullptr;
  std::vector<std::string> keep;
  for (int step = 0; step < 64 && !in.done(); ++step) {
    switch (in.byte() % 12) {
      case 0: introcheck_context_set_option(ctx, static_cast<introcheck_option>(in.byte() % 8), in.i32()); break;
      case 1: {
        keep.push_back(in.text());
        checked(introcheck_context_set_language(ctx, keep.back().c_str()));
        break;
      }
      case 2: {
        // Room past the struct, as a caller built against a newer header
        // has: the library reads a larger size's tail, so the size the
        // harness claims must lie within what it owns.
        struct {
          introcheck_participation p = INTROCHECK_PARTICIPATION_INIT;
          unsigned char tail[64] = {};
        } wide;
        introcheck_participation& p = wide.p;
        for (int k = 0; k < 7; ++k) keep.push_back(in.text());
        std::size_t b = keep.size() - 7;
        p.case_id = keep[b].c_str();
        p.person_id = keep[b + 1].c_str();
        p.category = (in.byte() & 1) ? "kan_tilbys" : keep[b + 2].c_str();
        p.follow_up_municipality = (in.byte() & 1) ? "0301" : keep[b + 3].c_str();
        p.end_reason = keep[b + 4].c_str();
        p.duf_number = keep[b + 5].c_str();
        static const char* bases[] = {"introduksjonsloven", "integreringsloven", "Integreringsloven", nullptr};
        p.legal_basis = (in.byte() & 1) ? bases[in.byte() % 4] : keep[b + 6].c_str();
        p.settlement_date = (in.byte() & 1) ? date(in) : 0;
        p.residence_municipality = (in.byte() & 1) ? "1103" : nullptr;
        p.residence_district = (in.byte() & 1) ? "110301" : nullptr;
        p.start_date = date(in);
        p.end_date = (in.byte() & 1) ? date(in) : 0;
        p.protected_address = in.byte() % 3;
        p.covid_extension = in.byte() % 3;
        p.leave_days = in.i32();
        // Version 2 members: codes or garbage, dates, booleans -1..2.
        static const char* grounds[] = {"utl_28", "utl_34", "family", "§ 28", nullptr};
        p.permit_ground = grounds[in.byte() % 5];
        p.education = (in.byte() & 1) ? "primary" : nullptr;
        p.end_goal = (in.byte() & 1) ? "arbeid" : p.end_reason;
        p.permit_date = (in.byte() & 1) ? date(in) : 0;
        p.arrival_date = (in.byte() & 1) ? date(in) : 0;
        p.settled_by_agreement = in.byte() % 4;
        p.children_under_18 = in.byte() % 4;
        p.mapping_date = p.career_guidance_date = p.plan_date = (in.byte() & 1) ? date(in) : 0;
        p.registered_date = (in.byte() & 1) ? date(in) : 0;
        if (in.byte() == 0) {
          p.size = static_cast<std::uint32_t>(in.i32());
          if (p.size > sizeof wide && p.size <= 65536) p.size = sizeof wide;  // larger ones are refused unread
          if (in.byte() & 1) wide.tail[in.byte() % sizeof wide.tail] = in.byte();
        }
        checked(introcheck_dataset_add_participation(ds, &p));
        break;
      }
      case 3: {
        introcheck_measure m = INTROCHECK_MEASURE_INIT;
        keep.push_back(in.text());
        keep.push_back(in.text());
        m.case_id = keep[keep.size() - 2].c_str();
        m.measure = (in.byte() & 1) ? "norsk" : keep.back().c_str();
        m.start_date = date(in);
        m.end_date = date(in);
        m.hours_per_week = static_cast<double>(in.i32()) / 1000.0;
        m.completed = in.byte() % 4;
        checked(introcheck_dataset_add_measure(ds, &m));
        break;
      }
      case 4: case 5: {
        introcheck_run_options o = INTROCHECK_RUN_OPTIONS_INIT;
        o.year = 2015 + in.byte() % 12;
        o.as_of = date(in);
        if (in.byte() & 1) {
          keep.push_back(in.text());
          o.municipality = keep.back().c_str();
        }
        if (in.byte() & 2) {  // the predicted report, rendered in every format
          introcheck_nir_report* predicted = nullptr;
          if (checked(introcheck_predict_report(&predicted, ds, &o)) == INTROCHECK_OK) {
            char* text = nullptr;
            if (checked(introcheck_nir_report_render(&text, nullptr, predicted, static_cast<introcheck_format>(in.byte() % 6), o.year)) == INTROCHECK_OK)
              introcheck_string_free(text);
            introcheck_nir_report_free(predicted);
          }
        }
        introcheck_result* r = nullptr;
        int status = checked((in.byte() & 1) && nir ? introcheck_reconcile(&r, ds, nir, &o) : introcheck_validate(&r, ds, &o));
        if (status == INTROCHECK_OK) {
          std::size_t n = introcheck_result_finding_count(r);
          introcheck_finding f = INTROCHECK_FINDING_INIT;
          checked(introcheck_result_finding(&f, r, in.byte() % (n + 2)));
          const char *name, *value;
          introcheck_param_type type;
          checked(introcheck_result_param(&name, &value, &type, r, in.byte() % (n + 1), in.byte() % 4));
          char* out = nullptr;
          if (checked(introcheck_result_render(&out, nullptr, r, static_cast<introcheck_format>(in.byte() % 6))) == INTROCHECK_OK) introcheck_string_free(out);
          introcheck_summary s = INTROCHECK_SUMMARY_INIT;
          checked(introcheck_result_summary(&s, r));
          // Every skipped rule and one past the end; no input byte read, so the corpus keeps its meaning.
          for (std::size_t k = 0, skipped = introcheck_result_skipped_rule_count(r); k <= skipped; ++k) {
            const char *rule = nullptr, *reason = nullptr;
            int got = checked(introcheck_result_skipped_rule(&rule, &reason, r, k));
            if ((got == INTROCHECK_OK) != (k < skipped) || (got == INTROCHECK_OK && (!rule || !reason))) std::abort();
          }
        }
        introcheck_result_free(r);
        break;
      }
      case 6: {
        std::string text = in.text() + "\n" + in.text();
        introcheck_nir_report_free(nir);
        nir = nullptr;
        checked(introcheck_nir_report_load_buffer(&nir, ctx, text.data(), text.size(), "nir.csv", nullptr));
        break;
      }
      case 7: {
        std::string text = in.text();
        checked(introcheck_dataset_load_buffers(ds, text.data(), text.size(), nullptr, nullptr, 0, nullptr, nullptr));
        break;
      }
      case 8: {
        std::string text = in.text();
        checked(introcheck_context_load_config(ctx, text.data(), text.size()));
        break;
      }
      case 9: {
        introcheck_person_id id = INTROCHECK_PERSON_ID_INIT;
        keep.push_back(in.text());
        checked(introcheck_check_person_id(&id, ctx, keep.back().c_str(), date(in)));
        break;
      }
      case 10: {
        char* json = nullptr;
        keep.push_back(in.text());
        if (checked(introcheck_municipality_successors(&json, ctx, keep.back().c_str(), date(in))) == INTROCHECK_OK)
          introcheck_string_free(json);
        break;
      }
      case 11: {
        introcheck_run_options o = INTROCHECK_RUN_OPTIONS_INIT;
        o.year = 2015 + in.byte() % 12;
        char* out = nullptr;
        if (checked(introcheck_results_render(&out, nullptr, ds, nir, &o, static_cast<introcheck_format>(in.byte() % 6))) == INTROCHECK_OK)
          introcheck_string_free(out);
        break;
      }
    }
  }
  introcheck_nir_report_free(nir);
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
  return 0;
}
