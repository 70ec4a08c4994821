/* The C API from C: every entry point, bad arguments, versioned structs. */
#include <introcheck.h>

#include <stdlib.h>

#include "check.h"

#ifndef EXAMPLES
#define EXAMPLES "examples"
#endif
#ifndef CASES
#define CASES "tests/conformance/cases"
#endif

static introcheck_participation clean_participation(const char *case_id) {
  introcheck_participation p = INTROCHECK_PARTICIPATION_INIT;
  p.case_id = case_id;
  p.person_id = "12839010182"; /* synthetic (+80) */
  p.category = "rett_og_plikt";
  p.follow_up_municipality = "0301";
  p.follow_up_district = "030101";
  p.residence_municipality = "0301";
  p.residence_district = "030101";
  p.start_date = 20220301;
  p.end_date = 20230630;
  p.end_reason = "arbeid_heltid";
  p.settlement_date = 20211115;
  p.line = 2;
  return p;
}

static introcheck_run_options options_2023(void) {
  introcheck_run_options o = INTROCHECK_RUN_OPTIONS_INIT;
  o.year = 2023;
  o.as_of = 20240115;
  return o;
}

/* How often `needle` occurs in `text`. */
static size_t occurrences(const char *text, const char *needle) {
  size_t n = 0;
  for (const char *at = strstr(text, needle); at; at = strstr(at + 1, needle)) ++n;
  return n;
}

static int has_rule(const introcheck_result *r, const char *rule) {
  size_t i, n = introcheck_result_finding_count(r);
  for (i = 0; i < n; ++i) {
    introcheck_finding f = INTROCHECK_FINDING_INIT;
    if (introcheck_result_finding(&f, r, i) == INTROCHECK_OK && strcmp(f.rule, rule) == 0) return 1;
  }
  return 0;
}

static void test_versions_and_errors(void) {
  CHECK(introcheck_version_number() == INTROCHECK_VERSION_NUMBER);
  CHECK_STR(introcheck_version(), "0.2.0");
  CHECK_STR(introcheck_status_str(INTROCHECK_OK), "ok");
  CHECK_STR(introcheck_status_str(INTROCHECK_E_INVALID), "invalid argument");
  CHECK_STR(introcheck_status_str(12345), "unknown status");
  CHECK_STATUS(introcheck_context_new(NULL), INTROCHECK_E_INVALID);
  CHECK(strlen(introcheck_last_error()) > 0);
  introcheck_context_free(NULL);
  introcheck_dataset_free(NULL);
  introcheck_result_free(NULL);
  introcheck_nir_report_free(NULL);
  introcheck_string_free(NULL);
}

static void test_bad_arguments(introcheck_context *ctx) {
  introcheck_dataset *ds = NULL;
  introcheck_result *r = NULL;
  introcheck_participation p = clean_participation("K1");
  introcheck_run_options o = options_2023();
  introcheck_person_id id = INTROCHECK_PERSON_ID_INIT;
  char *json = NULL;
  int valid = -1;

  CHECK_STATUS(introcheck_dataset_new(&ds, NULL), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_add_participation(NULL, &p), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_dataset_add_participation(ds, NULL), INTROCHECK_E_INVALID);
  p.size = 0;
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_E_INVALID);
  p.size = 1u << 30;
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_E_INVALID);
  p.size = (uint32_t)offsetof(introcheck_participation, person_id) + 2; /* ends inside a pointer */
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_E_INVALID);
  p = clean_participation("K1");
  p.case_id = "K\xC3"; /* truncated UTF-8 */
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_E_INVALID);
  CHECK(introcheck_dataset_participation_count(ds) == 0);

  CHECK_STATUS(introcheck_validate(NULL, ds, &o), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_validate(&r, NULL, &o), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_validate(&r, ds, NULL), INTROCHECK_E_INVALID);
  o.as_of = 20230229;
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_E_INVALID);
  o = options_2023();
  o.municipality = "301";
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_E_INVALID);
  CHECK(strstr(introcheck_last_error(), "municipality") != NULL);

  CHECK_STATUS(introcheck_check_person_id(&id, ctx, NULL, 0), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_check_person_id(&id, ctx, "1283901018\xFF", 0), INTROCHECK_E_INVALID);
  id.size = 2;
  CHECK_STATUS(introcheck_check_person_id(&id, ctx, "12839010182", 0), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_municipality_valid(&valid, ctx, "0301", 20170229), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_municipality_successors(NULL, ctx, "0101", 20250101), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_result_render(&json, NULL, NULL, INTROCHECK_FORMAT_JSON), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_set_option(ctx, 999, 1), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_REVEAL_IDS, 2), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_THREADS, -1), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_THREADS, 257), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_set_language(ctx, "de"), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_set_severity(ctx, "IC999", INTROCHECK_SEVERITY_INFO), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_load_code_list(ctx, INTROCHECK_CODE_LIST_MEASURES, "code\n", 5), INTROCHECK_E_PARSE);
  CHECK_STATUS(introcheck_context_load_code_list(ctx, (introcheck_code_list)4, "code\n", 5), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_load_config(ctx, "[severity]\nIC101 = fatal\n", 25), INTROCHECK_E_PARSE);
  CHECK(strstr(introcheck_last_error(), "config:2") != NULL);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, "/nonexistent/p.csv", NULL, NULL), INTROCHECK_E_IO);
  CHECK_STATUS(introcheck_dataset_load_buffers(ds, "a;b\n\xE6\xC3\xA6\n", 9, "p.csv", NULL, 0, NULL, NULL),
               INTROCHECK_E_ENCODING);
  introcheck_dataset_free(ds);
}

static void test_person_ids_and_municipalities(introcheck_context *ctx) {
  introcheck_person_id id = INTROCHECK_PERSON_ID_INIT;
  const char *name = NULL;
  char *json = NULL;
  int valid = -1;

  CHECK_STATUS(introcheck_check_person_id(&id, ctx, "20036914700", 20261128), INTROCHECK_OK);
  CHECK(id.valid == 1 && id.kind == INTROCHECK_ID_KIND_FNR && id.birth_date == 19690320);
  CHECK(id.series == INTROCHECK_ID_SERIES_CLASSIC && id.synthetic == 0);
  CHECK_STATUS(introcheck_check_person_id(&id, ctx, "03851598730", 20261128), INTROCHECK_OK);
  CHECK(id.valid == 0 && id.reason == INTROCHECK_ID_REASON_SYNTHETIC && id.synthetic == 1);
  CHECK_STATUS(introcheck_check_person_id(&id, ctx, "201212345603", 0), INTROCHECK_OK);
  CHECK(id.valid == 1 && id.kind == INTROCHECK_ID_KIND_DUF && id.series == 0);
  CHECK_STATUS(introcheck_check_person_id(&id, ctx, "12345", 0), INTROCHECK_OK);
  CHECK(id.valid == 0 && id.reason == INTROCHECK_ID_REASON_LENGTH && id.kind == 0);

  CHECK_STATUS(introcheck_municipality_valid(&valid, ctx, "0101", 20191231), INTROCHECK_OK);
  CHECK(valid == 1);
  CHECK_STATUS(introcheck_municipality_valid(&valid, ctx, "0101", 20200101), INTROCHECK_OK);
  CHECK(valid == 0);
  CHECK_STATUS(introcheck_municipality_name(&name, ctx, "5001", 20230601), INTROCHECK_OK);
  CHECK_STR(name, "Trondheim - Tr\xC3\xA5" "ante");
  CHECK_STATUS(introcheck_municipality_successors(&json, ctx, "1507", 20240101), INTROCHECK_OK);
  CHECK(json && strstr(json, "\"1508\"") && strstr(json, "\"1580\""));
  introcheck_string_free(json);
}

static void test_record_by_record(introcheck_context *ctx) {
  introcheck_dataset *ds = NULL;
  introcheck_result *r = NULL;
  introcheck_participation p = clean_participation("K1");
  introcheck_participation q = clean_participation("K2");
  introcheck_measure m = INTROCHECK_MEASURE_INIT;
  introcheck_run_options o = options_2023();
  introcheck_summary s = INTROCHECK_SUMMARY_INIT;
  introcheck_finding f = INTROCHECK_FINDING_INIT;
  size_t i, n;
  int found = 0;
  char *out = NULL;
  size_t length = 0;

  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_OK);
  q.person_id = "05878812028";
  q.end_reason = NULL; /* IC101 */
  q.end_date = 20230531;
  q.leave_days = 999; /* out of range: IC006 */
  q.line = 3;
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &q), INTROCHECK_OK);
  m.case_id = "K1";
  m.measure = "Opplæring i norsk"; /* a label */
  m.start_date = 20220301;
  m.end_date = 20230630;
  m.hours_per_week = 7.5;
  CHECK_STATUS(introcheck_dataset_add_measure(ds, &m), INTROCHECK_OK);
  m.case_id = "K2";
  CHECK_STATUS(introcheck_dataset_add_measure(ds, &m), INTROCHECK_OK);
  CHECK(introcheck_dataset_participation_count(ds) == 2);
  CHECK(introcheck_dataset_measure_count(ds) == 2);

  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  CHECK(has_rule(r, "IC002")); /* synthetic ids not allowed by default */
  CHECK(has_rule(r, "IC101"));
  CHECK(has_rule(r, "IC006"));
  CHECK_STATUS(introcheck_result_summary(&s, r), INTROCHECK_OK);
  CHECK(s.errors >= 3 && s.participants_read == 2 && s.measure_rules_ran == 1);
  CHECK(s.deadline == 20240229 && s.days_left == 45);

  n = introcheck_result_finding_count(r);
  for (i = 0; i < n; ++i) {
    const char *name = NULL, *value = NULL;
    introcheck_param_type type = INTROCHECK_PARAM_TYPE_TEXT;
    CHECK_STATUS(introcheck_result_finding(&f, r, i), INTROCHECK_OK);
    if (strcmp(f.rule, "IC101") != 0) continue;
    found = 1;
    CHECK_STR(f.case_id, "K2");
    CHECK_STR(f.person, "058788*****");
    CHECK_STR(f.field, "end_reason");
    CHECK(f.line == 3 && f.severity == INTROCHECK_SEVERITY_ERROR && f.param_count == 1);
    CHECK(strstr(f.message, "31. mai 2023") != NULL);
    CHECK_STATUS(introcheck_result_param(&name, &value, &type, r, i, 0), INTROCHECK_OK);
    CHECK_STR(name, "end_date");
    CHECK_STR(value, "2023-05-31");
    CHECK(type == INTROCHECK_PARAM_TYPE_DATE);
    CHECK_STATUS(introcheck_result_param(&name, &value, &type, r, i, 1), INTROCHECK_E_RANGE);
  }
  CHECK(found);
  CHECK_STATUS(introcheck_result_finding(&f, r, n), INTROCHECK_E_RANGE);

  CHECK_STATUS(introcheck_result_render(&out, &length, r, INTROCHECK_FORMAT_JSON), INTROCHECK_OK);
  CHECK(out && length == strlen(out) && strstr(out, "\"rule\": \"IC101\""));
  introcheck_string_free(out);
  CHECK_STATUS(introcheck_result_render(&out, NULL, r, INTROCHECK_FORMAT_CSV), INTROCHECK_OK);
  CHECK(out && strncmp(out, "\xEF\xBB\xBFrule;", 8) == 0);
  introcheck_string_free(out);
  /* HTML of a validation: one row per finding, grouped by case, ids masked. */
  CHECK_STATUS(introcheck_result_render(&out, &length, r, INTROCHECK_FORMAT_HTML), INTROCHECK_OK);
  CHECK(out && length == strlen(out) && strncmp(out, "<!DOCTYPE html>\n<html lang=\"nb\">", 32) == 0);
  CHECK(out && occurrences(out, "<tr class=\"finding\"") == n);
  CHECK(out && strstr(out, "<tr class=\"finding\" data-severity=\"error\" data-rule=\"IC101\">") != NULL);
  CHECK(out && strstr(out, "<section class=\"findings\">\n<h2>Sak K2</h2>") != NULL);
  CHECK(out && strstr(out, "058788*****") != NULL && strstr(out, "05878812028") == NULL);
  introcheck_string_free(out);
  /* JUnit: K2's IC101 error fails its test case; IC102 found nothing and passes. */
  CHECK_STATUS(introcheck_result_render(&out, &length, r, INTROCHECK_FORMAT_JUNIT), INTROCHECK_OK);
  CHECK(out && length == strlen(out) && strncmp(out, "<?xml version=\"1.0\"", 19) == 0);
  CHECK(out && strstr(out, "<testcase classname=\"IC101\" name=\"K2\" time=\"0\">\n      <failure ") != NULL);
  CHECK(out && strstr(out, "<testsuite name=\"IC102 ") != NULL &&
        strstr(strstr(out, "<testsuite name=\"IC102 "), "failures=\"0\"") ==
            strstr(strstr(out, "<testsuite name=\"IC102 "), "failures=\""));
  introcheck_string_free(out);
  introcheck_result_free(r);
  introcheck_dataset_free(ds);
}

/* Issue "Hostile input, second round": records built through the C ABI are
 * counted by record (line 0 included), and a case id over the limit is a
 * rejected row with an error, not a 50 MB key repeated in every finding. */
static void test_counts_by_record(introcheck_context *ctx) {
  introcheck_dataset *ds = NULL;
  introcheck_result *r = NULL;
  introcheck_participation p = clean_participation("K1");
  introcheck_measure m = INTROCHECK_MEASURE_INIT;
  introcheck_run_options o = options_2023();
  introcheck_summary s = INTROCHECK_SUMMARY_INIT;
  static char long_id[300];
  const char *ids[3] = {"12839010182", "23919514086", "03918112102"};
  int i;

  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  for (i = 0; i < 3; ++i) {
    p.case_id = ids[i]; /* any distinct keys */
    p.person_id = ids[i];
    p.category = "nonsense"; /* IC003 on each */
    p.line = 0;
    CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_OK);
  }
  memset(long_id, 'X', sizeof long_id - 1);
  p.case_id = long_id;
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_E_LIMIT);
  CHECK(strstr(introcheck_last_error(), "case_id") != NULL);
  m.case_id = "ORPHAN"; /* IC011 */
  m.measure = "norsk";
  m.start_date = 20230110;
  CHECK_STATUS(introcheck_dataset_add_measure(ds, &m), INTROCHECK_OK);
  CHECK(introcheck_dataset_participation_count(ds) == 3);
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_result_summary(&s, r), INTROCHECK_OK);
  CHECK(s.participants_read == 4 && s.participants_rejected == 1 && s.participants_accepted == 0);
  CHECK(s.measures_read == 1 && s.measures_accepted == 0);
  introcheck_result_free(r);
  introcheck_dataset_free(ds);
}

/* A caller compiled against an older, shorter struct: the library reads only
 * what its size covers and uses the defaults for the rest. */
static void test_older_struct_sizes(introcheck_context *ctx) {
  introcheck_dataset *ds = NULL;
  introcheck_participation p = clean_participation("K1");
  introcheck_summary s = INTROCHECK_SUMMARY_INIT;
  introcheck_result *r = NULL;
  introcheck_run_options o = options_2023();
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  p.size = (uint32_t)offsetof(introcheck_participation, leave_days); /* knows nothing from leave_days on */
  p.leave_days = 12345; /* beyond its size: must be ignored */
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_OK);
  o.size = (uint32_t)offsetof(introcheck_run_options, municipality);
  o.municipality = "garbage"; /* beyond its size: must be ignored */
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  CHECK(!has_rule(r, "IC006"));
  s.size = (uint32_t)offsetof(introcheck_summary, participants_read);
  s.participants_read = -7;
  CHECK_STATUS(introcheck_result_summary(&s, r), INTROCHECK_OK);
  CHECK(s.participants_read == -7); /* not written: beyond the caller's size */
  introcheck_result_free(r);
  introcheck_dataset_free(ds);
}

/* The findings of a result, one line each (rule, field, line, severity), to
 * compare two routes to the same data. */
static void finding_lines(char *out, size_t size, const introcheck_result *r) {
  size_t i, n = introcheck_result_finding_count(r), used = 0;
  out[0] = '\0';
  for (i = 0; i < n; ++i) {
    introcheck_finding f = INTROCHECK_FINDING_INIT;
    int written;
    if (introcheck_result_finding(&f, r, i) != INTROCHECK_OK) continue;
    written = snprintf(out + used, size - used, "%s %s %ld %d\n", f.rule, f.field, (long)f.line, f.severity);
    if (written < 0 || (size_t)written >= size - used) break;
    used += (size_t)written;
  }
}

/* The text of parameter `name` of the first finding of `rule`, or NULL. */
static const char *rule_param(const introcheck_result *r, const char *rule, const char *name) {
  size_t i, k, n = introcheck_result_finding_count(r);
  for (i = 0; i < n; ++i) {
    introcheck_finding f = INTROCHECK_FINDING_INIT;
    if (introcheck_result_finding(&f, r, i) != INTROCHECK_OK || strcmp(f.rule, rule) != 0) continue;
    for (k = 0; k < f.param_count; ++k) {
      const char *pname = NULL, *value = NULL;
      if (introcheck_result_param(&pname, &value, NULL, r, i, k) == INTROCHECK_OK && strcmp(pname, name) == 0)
        return value;
    }
  }
  return NULL;
}

/* One participation (and a measure, unless NULL) validated for 2023. */
static introcheck_result *validate_one(introcheck_context *ctx, const introcheck_participation *p,
                                       const introcheck_measure *m) {
  introcheck_dataset *ds = NULL;
  introcheck_result *r = NULL;
  introcheck_run_options o = options_2023();
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_add_participation(ds, p), INTROCHECK_OK);
  if (m) CHECK_STATUS(introcheck_dataset_add_measure(ds, m), INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  introcheck_dataset_free(ds);
  return r;
}

/* Version 2 of the participation and the measure: the integreringsloven
 * members give the findings the CSV columns of the same names give, the
 * booleans tell "no" from empty, and an older caller's smaller struct is
 * read as far as its size covers. */
static void test_integreringsloven_members(introcheck_context *ctx) {
  static const char csv[] =
      "case_id,person_id,category,legal_basis,follow_up_municipality,follow_up_district,"
      "residence_municipality,residence_district,start_date,end_date,end_reason,settlement_date,permit_date\n"
      "K1,12839010182,rett_og_plikt,introduksjonsloven,0301,030101,0301,030101,2022-03-01,2023-06-30,"
      "arbeid_heltid,2021-11-15,2022-05-01\n";
  static const introcheck_participation defaults = INTROCHECK_PARTICIPATION_INIT;
  static const introcheck_measure measure_defaults = INTROCHECK_MEASURE_INIT;
  introcheck_participation p = clean_participation("K1");
  introcheck_measure m = INTROCHECK_MEASURE_INIT;
  introcheck_dataset *ds = NULL;
  introcheck_result *r = NULL, *by_csv = NULL;
  introcheck_run_options o = options_2023();
  char record_lines[2048], csv_lines[2048];
  const char *value;

  CHECK(INTROCHECK_PARTICIPATION_VERSION == 2 && INTROCHECK_MEASURE_VERSION == 2);
  CHECK(defaults.permit_ground == NULL && defaults.education == NULL && defaults.end_goal == NULL);
  CHECK(defaults.permit_date == 0 && defaults.registered_date == 0);
  CHECK(defaults.settled_by_agreement == INTROCHECK_ANSWER_EMPTY && defaults.children_under_18 == INTROCHECK_ANSWER_EMPTY);
  CHECK(measure_defaults.completed == INTROCHECK_ANSWER_EMPTY && INTROCHECK_ANSWER_EMPTY == 0);

  /* IC112: introduksjonsloven stated, but the permit came in 2022. */
  p.legal_basis = "introduksjonsloven";
  p.permit_date = 20220501;
  r = validate_one(ctx, &p, NULL);
  CHECK(has_rule(r, "IC112"));
  value = rule_param(r, "IC112", "permit_date");
  CHECK_STR(value, "2022-05-01");
  value = rule_param(r, "IC112", "legal_basis");
  CHECK_STR(value, "integreringsloven");
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_buffers(ds, csv, sizeof csv - 1, NULL, NULL, 0, NULL, NULL), INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&by_csv, ds, &o), INTROCHECK_OK);
  finding_lines(record_lines, sizeof record_lines, r);
  finding_lines(csv_lines, sizeof csv_lines, by_csv);
  CHECK(strstr(csv_lines, "IC112 legal_basis 2 2\n") != NULL);
  CHECK(strcmp(record_lines, csv_lines) == 0);
  if (strcmp(record_lines, csv_lines) != 0) fprintf(stderr, "records:\n%scsv:\n%s", record_lines, csv_lines);
  introcheck_result_free(by_csv);
  introcheck_dataset_free(ds);
  introcheck_result_free(r);

  /* Without a permit date no record gave that column: IC112 does not run. */
  p.permit_date = 0;
  r = validate_one(ctx, &p, NULL);
  CHECK(!has_rule(r, "IC112"));
  introcheck_result_free(r);

  /* IC117: chapter 6A registered as rett og plikt; not as rett_6a. */
  p = clean_participation("K1");
  p.legal_basis = "integreringsloven_6a";
  r = validate_one(ctx, &p, NULL);
  CHECK(has_rule(r, "IC117"));
  introcheck_result_free(r);
  p.category = "rett_6a";
  r = validate_one(ctx, &p, NULL);
  CHECK(!has_rule(r, "IC117") && !has_rule(r, "IC003"));
  introcheck_result_free(r);

  /* IC118: rett og plikt, a refugee permit, not settled by agreement:
   * ANSWER_NO is "nei", EMPTY empty, YES "ja", 7 is invalid (IC006). */
  p = clean_participation("K1");
  p.legal_basis = "integreringsloven";
  p.permit_ground = "utl_28";
  p.permit_date = 20220101;
  p.settled_by_agreement = INTROCHECK_ANSWER_NO;
  r = validate_one(ctx, &p, NULL);
  CHECK(has_rule(r, "IC118") && !has_rule(r, "IC112"));
  value = rule_param(r, "IC118", "permit_ground");
  CHECK_STR(value, "utl_28");
  introcheck_result_free(r);
  p.settled_by_agreement = INTROCHECK_ANSWER_EMPTY;
  r = validate_one(ctx, &p, NULL);
  CHECK(!has_rule(r, "IC118"));
  introcheck_result_free(r);
  p.settled_by_agreement = INTROCHECK_ANSWER_YES;
  r = validate_one(ctx, &p, NULL);
  CHECK(!has_rule(r, "IC118"));
  introcheck_result_free(r);
  p.settled_by_agreement = 7;
  r = validate_one(ctx, &p, NULL);
  CHECK(has_rule(r, "IC006") && !has_rule(r, "IC118"));
  introcheck_result_free(r);

  /* completed NO: a livsmestring course not completed does not count (IC115). */
  p.settled_by_agreement = INTROCHECK_ANSWER_YES;
  m.case_id = "K1";
  m.measure = "livsmestring";
  m.start_date = 20220301;
  m.end_date = 20221231;
  m.completed = INTROCHECK_ANSWER_NO;
  r = validate_one(ctx, &p, &m);
  value = rule_param(r, "IC115", "not_completed");
  CHECK_STR(value, "livsmestring");
  introcheck_result_free(r);
  m.completed = INTROCHECK_ANSWER_YES;
  r = validate_one(ctx, &p, &m);
  value = rule_param(r, "IC115", "missing");
  CHECK(value != NULL && strstr(value, "livsmestring") == NULL);
  introcheck_result_free(r);

  /* An older caller's structs (version 1) end before the new members: what
   * lies past their size is not read. */
  p = clean_participation("K1");
  p.size = (uint32_t)offsetof(introcheck_participation, permit_ground);
  p.legal_basis = "introduksjonsloven";
  p.permit_ground = "\xFF"; /* would be refused as invalid UTF-8 if read */
  p.permit_date = 20220501;
  p.settled_by_agreement = INTROCHECK_ANSWER_NO;
  m.size = (uint32_t)offsetof(introcheck_measure, completed);
  m.completed = 12345;
  r = validate_one(ctx, &p, &m);
  CHECK(!has_rule(r, "IC112") && !has_rule(r, "IC118") && !has_rule(r, "IC006") && !has_rule(r, "IC009"));
  introcheck_result_free(r);
  CHECK_STATUS(introcheck_participation_init(&p, offsetof(introcheck_participation, permit_ground)), INTROCHECK_OK);
  CHECK(p.size == offsetof(introcheck_participation, permit_ground) && p.leave_days == -1);
  CHECK(p.settled_by_agreement == INTROCHECK_ANSWER_NO && p.permit_date == 20220501); /* past its size: untouched */
  CHECK_STATUS(introcheck_measure_init(&m, offsetof(introcheck_measure, completed)), INTROCHECK_OK);
  CHECK(m.completed == 12345);
  CHECK_STATUS(introcheck_participation_init(&p, offsetof(introcheck_participation, permit_ground) + 4),
               INTROCHECK_E_INVALID); /* ends inside permit_ground */
}

/* Every *_init function fills exactly what the _INIT macro does, and a size
 * the library does not know is refused. */
static void test_init_functions(void) {
#define CHECK_INIT(type, macro, fn)                                          \
  do {                                                                       \
    static const type by_macro = macro; /* static: its padding is zero */    \
    type by_function;                                                        \
    memset(&by_function, 0x5A, sizeof by_function);                          \
    CHECK_STATUS(fn(&by_function, sizeof by_function), INTROCHECK_OK);       \
    CHECK(memcmp(&by_macro, &by_function, sizeof by_macro) == 0);            \
    CHECK_STATUS(fn(NULL, sizeof by_function), INTROCHECK_E_INVALID);        \
    CHECK_STATUS(fn(&by_function, 2), INTROCHECK_E_INVALID);                 \
  } while (0)
  CHECK_INIT(introcheck_person_id, INTROCHECK_PERSON_ID_INIT, introcheck_person_id_init);
  CHECK_INIT(introcheck_participation, INTROCHECK_PARTICIPATION_INIT, introcheck_participation_init);
  CHECK_INIT(introcheck_measure, INTROCHECK_MEASURE_INIT, introcheck_measure_init);
  CHECK_INIT(introcheck_run_options, INTROCHECK_RUN_OPTIONS_INIT, introcheck_run_options_init);
  CHECK_INIT(introcheck_summary, INTROCHECK_SUMMARY_INIT, introcheck_summary_init);
  CHECK_INIT(introcheck_finding, INTROCHECK_FINDING_INIT, introcheck_finding_init);
  CHECK_INIT(introcheck_absence, INTROCHECK_ABSENCE_INIT, introcheck_absence_init);
  CHECK_INIT(introcheck_rule, INTROCHECK_RULE_INIT, introcheck_rule_init);
#undef CHECK_INIT
  {
    /* An older caller's smaller struct: only its size is written. */
    introcheck_summary s;
    memset(&s, 0x5A, sizeof s);
    CHECK_STATUS(introcheck_summary_init(&s, offsetof(introcheck_summary, participants_read)), INTROCHECK_OK);
    CHECK(s.size == offsetof(introcheck_summary, participants_read));
    CHECK(s.participants_read != 0);
  }
}

/* A struct from a newer header: larger than the library knows. Accepted when
 * the unknown tail is zero, refused when it is not. */
static void test_newer_struct_sizes(introcheck_context *ctx) {
  struct newer_participation {
    introcheck_participation known;
    int64_t appended_by_a_newer_header;
  } p;
  struct newer_summary {
    introcheck_summary known;
    int64_t appended_by_a_newer_header;
  } s;
  introcheck_dataset *ds = NULL;
  introcheck_result *r = NULL;
  introcheck_run_options o = options_2023();
  memset(&p, 0, sizeof p);
  p.known = clean_participation("K1");
  p.known.size = (uint32_t)sizeof p;
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p.known), INTROCHECK_OK);
  p.appended_by_a_newer_header = 1;
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p.known), INTROCHECK_E_INVALID);
  CHECK(strstr(introcheck_last_error(), "size") != NULL);
  CHECK(introcheck_dataset_participation_count(ds) == 1);
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  memset(&s, 0, sizeof s);
  s.known.size = (uint32_t)sizeof s;
  s.appended_by_a_newer_header = 0;
  CHECK_STATUS(introcheck_result_summary(&s.known, r), INTROCHECK_OK);
  CHECK(s.known.participants_read == 1 && s.appended_by_a_newer_header == 0);
  s.appended_by_a_newer_header = 9;
  CHECK_STATUS(introcheck_result_summary(&s.known, r), INTROCHECK_E_INVALID);
  introcheck_result_free(r);
  introcheck_dataset_free(ds);
}

/* The case id limit is an option like the others. */
static void test_case_id_limit(void) {
  introcheck_context *ctx = NULL;
  introcheck_dataset *ds = NULL;
  introcheck_participation p = clean_participation("K-0123456789");
  int64_t limit = 0;
  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_get_option(&limit, ctx, INTROCHECK_OPT_MAX_CASE_ID_BYTES), INTROCHECK_OK);
  CHECK(limit == 256);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_MAX_CASE_ID_BYTES, 0), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_MAX_CASE_ID_BYTES, 8), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK(introcheck_dataset_add_participation(ds, &p) != INTROCHECK_OK);
  CHECK(introcheck_dataset_participation_count(ds) == 0);
  p.case_id = "K-1";
  CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_OK);
  /* Above 65535 bytes, the longest case id stored, whatever the option says. */
  {
    static char long_id[70001];
    memset(long_id, 'K', sizeof long_id - 1);
    CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_MAX_CASE_ID_BYTES, 1 << 20), INTROCHECK_OK);
    p.case_id = long_id;
    CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_E_LIMIT);
    CHECK(strstr(introcheck_last_error(), "limit of 65535") != NULL);
    p.case_id = "K-2";
    p.line = (int64_t)1 << 33;  /* past what a table stores: refused, not an internal error */
    CHECK_STATUS(introcheck_dataset_add_participation(ds, &p), INTROCHECK_E_INVALID);
    CHECK(introcheck_dataset_participation_count(ds) == 1);
  }
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
}

/* NIR report renderers follow the context's language and masking. */
static void test_report_render_follows_context(void) {
  introcheck_context *ctx = NULL;
  introcheck_dataset *ds = NULL;
  introcheck_nir_report *predicted = NULL;
  introcheck_run_options o = options_2023();
  char *out = NULL;
  int format;
  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, 1), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, EXAMPLES "/participants.csv", NULL, NULL), INTROCHECK_OK);
  CHECK_STATUS(introcheck_predict_report(&predicted, ds, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_nir_report_render(&out, NULL, predicted, INTROCHECK_FORMAT_TEXT, 2023), INTROCHECK_OK);
  CHECK(out && strstr(out, "Deltakere som har avsluttet") && strstr(out, "128390*****") && !strstr(out, "12839010182"));
  introcheck_string_free(out);
  /* The report renders with its context as it is when rendering. */
  CHECK_STATUS(introcheck_context_set_language(ctx, "en"), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_REVEAL_IDS, 1), INTROCHECK_OK);
  CHECK_STATUS(introcheck_nir_report_render(&out, NULL, predicted, INTROCHECK_FORMAT_TEXT, 2023), INTROCHECK_OK);
  CHECK(out && strstr(out, "Participants who ended") && strstr(out, "12839010182"));
  introcheck_string_free(out);
  for (format = INTROCHECK_FORMAT_JSON; format <= INTROCHECK_FORMAT_CSV; ++format) {
    CHECK_STATUS(introcheck_nir_report_render(&out, NULL, predicted, format, 2023), INTROCHECK_OK);
    CHECK(out && strstr(out, "12839010182") != NULL);
    introcheck_string_free(out);
  }
  CHECK_STATUS(introcheck_nir_report_render(&out, NULL, predicted, INTROCHECK_FORMAT_HTML, 2023), INTROCHECK_E_INVALID);
  introcheck_nir_report_free(predicted);
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
}

/* The context freed first: every dataset, report and result made from it
 * still works (under ASan this proves there is no use after free). */
static void test_context_freed_first(void) {
  introcheck_context *ctx = NULL;
  introcheck_dataset *ds = NULL, *empty = NULL;
  introcheck_nir_report *nir = NULL;
  introcheck_result *r = NULL, *v = NULL;
  introcheck_run_options o = options_2023();
  introcheck_summary s = INTROCHECK_SUMMARY_INIT;
  introcheck_absence a = INTROCHECK_ABSENCE_INIT;
  introcheck_participation p = clean_participation("K-9001");
  const char *municipality = NULL;
  char *out = NULL;

  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, 1), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_language(ctx, "en"), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&empty, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, EXAMPLES "/participants.csv", EXAMPLES "/measures.csv", NULL),
               INTROCHECK_OK);
  CHECK_STATUS(introcheck_nir_report_load_csv(&nir, ctx, EXAMPLES "/nir_report.csv", NULL), INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&v, ds, &o), INTROCHECK_OK);
  introcheck_context_free(ctx);
  ctx = NULL;

  /* Children made before: each still reads its settings. */
  CHECK(introcheck_result_finding_count(v) > 0);
  CHECK_STATUS(introcheck_result_render(&out, NULL, v, INTROCHECK_FORMAT_TEXT), INTROCHECK_OK);
  CHECK(out && strstr(out, "The participant") != NULL);
  introcheck_string_free(out);
  /* And new work on them uses the context they hold. */
  CHECK_STATUS(introcheck_dataset_add_participation(empty, &p), INTROCHECK_OK);
  introcheck_result_free(r);
  CHECK_STATUS(introcheck_validate(&r, empty, &o), INTROCHECK_OK);
  CHECK(!has_rule(r, "IC002")); /* allow_synthetic came from the freed context */
  introcheck_result_free(r);
  CHECK_STATUS(introcheck_reconcile(&r, ds, nir, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_result_summary(&s, r), INTROCHECK_OK);
  CHECK(s.report_rows == 31 && s.explained_absences == 2 && s.missing_from_report == 1);
  CHECK(introcheck_result_scope_count(r) == 1);
  CHECK_STATUS(introcheck_result_scope_municipality(&municipality, r, 0), INTROCHECK_OK);
  CHECK_STR(municipality, "0301");
  CHECK_STATUS(introcheck_result_scope_municipality(&municipality, r, 1), INTROCHECK_E_RANGE);
  CHECK(introcheck_result_absence_count(r) == 2);
  CHECK_STATUS(introcheck_result_absence(&a, r, 0), INTROCHECK_OK);
  CHECK_STR(a.case_id, "K-2027");
  CHECK_STR(a.municipality, "0301");
  CHECK(a.line == 68 && a.reason == INTROCHECK_ABSENCE_REASON_PROTECTED_ADDRESS);
  CHECK_STATUS(introcheck_result_absence(&a, r, 1), INTROCHECK_OK);
  CHECK_STR(a.case_id, "K-2028");
  CHECK(a.reason == INTROCHECK_ABSENCE_REASON_COVID_EXTENSION);
  CHECK_STATUS(introcheck_result_absence(&a, r, 2), INTROCHECK_E_RANGE);
  CHECK_STATUS(introcheck_result_absence(NULL, r, 0), INTROCHECK_E_INVALID);
  CHECK(introcheck_result_absence_count(v) == 0 && introcheck_result_scope_count(v) == 0);
  CHECK_STATUS(introcheck_nir_report_render(&out, NULL, nir, INTROCHECK_FORMAT_TEXT, 2023), INTROCHECK_OK);
  CHECK(out && strstr(out, "Participants who ended") != NULL);
  introcheck_string_free(out);
  CHECK_STATUS(introcheck_results_render(&out, NULL, ds, nir, &o, INTROCHECK_FORMAT_JSON), INTROCHECK_OK);
  introcheck_string_free(out);

  /* The last child frees the context; the order among children is free. */
  introcheck_dataset_free(ds);
  introcheck_result_free(v);
  CHECK(introcheck_result_absence_count(r) == 2);
  introcheck_nir_report_free(nir);
  introcheck_result_free(r);
  introcheck_dataset_free(empty);
}

static void test_files_and_reconciliation(void) {
  introcheck_context *ctx = NULL;
  introcheck_dataset *ds = NULL;
  introcheck_nir_report *nir = NULL, *predicted = NULL;
  introcheck_result *r = NULL;
  introcheck_run_options o = options_2023();
  introcheck_summary s = INTROCHECK_SUMMARY_INIT;
  char *out = NULL;

  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, 1), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_THREADS, 2), INTROCHECK_OK);
  {
    int64_t threads = 0;
    CHECK_STATUS(introcheck_context_get_option(&threads, ctx, INTROCHECK_OPT_THREADS), INTROCHECK_OK);
    CHECK(threads == 2);
  }
  CHECK_STATUS(introcheck_context_set_language(ctx, "en"), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, EXAMPLES "/participants.csv", EXAMPLES "/measures.csv", NULL),
               INTROCHECK_OK);
  CHECK(introcheck_dataset_participation_count(ds) == 78);

  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  CHECK(!has_rule(r, "IC002"));
  CHECK(has_rule(r, "IC103") && has_rule(r, "IC204"));
  introcheck_result_free(r);

  CHECK_STATUS(introcheck_nir_report_load_csv(&nir, ctx, EXAMPLES "/nir_report.csv", NULL), INTROCHECK_OK);
  CHECK(introcheck_nir_report_row_count(nir) == 31);
  CHECK_STATUS(introcheck_reconcile(&r, ds, nir, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_result_summary(&s, r), INTROCHECK_OK);
  CHECK(s.report_rows == s.matched_equal + s.matched_with_discrepancies + s.unmatched_report_rows);
  CHECK(s.ended_in_scope == s.matched_equal + s.matched_with_discrepancies + s.missing_from_report +
                                s.explained_absences);
  CHECK(s.report_rows == 31 && s.missing_from_report == 1 && s.explained_absences == 2);
  CHECK(has_rule(r, "IC401") && has_rule(r, "IC409"));
  CHECK_STATUS(introcheck_result_render(&out, NULL, r, INTROCHECK_FORMAT_HTML), INTROCHECK_OK);
  CHECK(out && strstr(out, "<svg") != NULL);
  introcheck_string_free(out);
  CHECK_STATUS(introcheck_result_render(&out, NULL, r, INTROCHECK_FORMAT_JSON), INTROCHECK_OK);
  CHECK(out && strstr(out, "\"reconciliation\"") != NULL);
  introcheck_string_free(out);
  {
    /* No full id or NIR name in any rendering without INTROCHECK_OPT_REVEAL_IDS. */
    int format;
    for (format = INTROCHECK_FORMAT_JSON; format <= INTROCHECK_FORMAT_JUNIT_STRICT; ++format) {
      CHECK_STATUS(introcheck_result_render(&out, NULL, r, format), INTROCHECK_OK);
      CHECK(out && !strstr(out, "05878812028") && !strstr(out, "12839010182") && !strstr(out, "Testperson"));
      introcheck_string_free(out);
    }
  }
  {
    /* JUnit fails the sample's cases with errors; strict also those with only warnings. */
    char *strict = NULL;
    CHECK_STATUS(introcheck_result_render(&out, NULL, r, INTROCHECK_FORMAT_JUNIT), INTROCHECK_OK);
    CHECK_STATUS(introcheck_result_render(&strict, NULL, r, INTROCHECK_FORMAT_JUNIT_STRICT), INTROCHECK_OK);
    CHECK(out && strstr(out, "<testsuites name=\"introcheck reconcile 2023\" tests=\"9\" failures=\"4\"") != NULL);
    CHECK(strict && strstr(strict, "<testsuites name=\"introcheck reconcile 2023\" tests=\"9\" failures=\"7\"") != NULL);
    CHECK(out && strstr(out, "<failure message=\"NIR shows the participant") != NULL); /* the context's language */
    introcheck_string_free(out);
    introcheck_string_free(strict);
    CHECK_STATUS(introcheck_result_render(&out, NULL, r, (introcheck_format)7), INTROCHECK_E_INVALID);
  }
  introcheck_result_free(r);

  CHECK_STATUS(introcheck_predict_report(&predicted, ds, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_nir_report_render(&out, NULL, predicted, INTROCHECK_FORMAT_JUNIT, 2023), INTROCHECK_E_INVALID);
  CHECK_STATUS(introcheck_results_render(&out, NULL, ds, NULL, &o, INTROCHECK_FORMAT_JUNIT), INTROCHECK_E_INVALID);
  CHECK(introcheck_nir_report_row_count(predicted) == 29);
  CHECK_STATUS(introcheck_nir_report_render(&out, NULL, predicted, INTROCHECK_FORMAT_JSON, 2023), INTROCHECK_OK);
  CHECK(out && strstr(out, "\"K-2026\"") && !strstr(out, "12839010182"));
  introcheck_string_free(out);
  CHECK_STATUS(introcheck_results_render(&out, NULL, ds, NULL, &o, INTROCHECK_FORMAT_JSON), INTROCHECK_OK);
  CHECK(out && strstr(out, "\"share_work_education\"") != NULL);
  introcheck_string_free(out);

  introcheck_nir_report_free(predicted);
  introcheck_nir_report_free(nir);
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
}

/* Two contexts in one process keep their own settings. */
static void test_independent_contexts(void) {
  introcheck_context *nb = NULL, *en = NULL;
  introcheck_dataset *a = NULL, *b = NULL;
  introcheck_result *ra = NULL, *rb = NULL;
  introcheck_participation p = clean_participation("K1");
  introcheck_run_options o = options_2023();
  introcheck_finding f = INTROCHECK_FINDING_INIT;
  p.end_reason = NULL;
  CHECK_STATUS(introcheck_context_new(&nb), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_new(&en), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_language(en, "en"), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_severity(en, "IC101", INTROCHECK_SEVERITY_WARNING), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&a, nb), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&b, en), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_add_participation(a, &p), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_add_participation(b, &p), INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&ra, a, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&rb, b, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_result_finding(&f, ra, 1), INTROCHECK_OK); /* IC002 first, then IC101 */
  CHECK_STR(f.rule, "IC101");
  CHECK(f.severity == INTROCHECK_SEVERITY_ERROR && strstr(f.message, "Deltakeren") != NULL);
  CHECK_STATUS(introcheck_result_finding(&f, rb, 1), INTROCHECK_OK);
  CHECK(f.severity == INTROCHECK_SEVERITY_WARNING && strstr(f.message, "The participant") != NULL);
  introcheck_result_free(ra);
  introcheck_result_free(rb);
  introcheck_dataset_free(a);
  introcheck_dataset_free(b);
  introcheck_context_free(nb);
  introcheck_context_free(en);
}

/* Rules a missing column kept from running: a file without the
 * integreringsloven columns skips five, in the catalogue's order, each with
 * the reason the JSON output gives; the example data skips none. */
static void test_skipped_rules(introcheck_context *ctx) {
  static const char *const rules[] = {"IC112", "IC113", "IC116", "IC118", "IC119"};
  static const char *const reasons[] = {
      "the participants have no column legal_basis, and no column permit_date or arrival_date",
      "the participants have no column end_goal",
      "the participants have no column mapping_date, and no column career_guidance_date",
      "the participants have no column settled_by_agreement, and no column permit_ground",
      "the participants have no column registered_date"};
  introcheck_dataset *ds = NULL;
  introcheck_nir_report *nir = NULL;
  introcheck_result *r = NULL;
  introcheck_run_options o = options_2023();
  const char *rule = NULL, *reason = NULL;
  size_t i;

  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, CASES "/windows_1252/participants.csv", NULL, NULL), INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  CHECK(introcheck_result_skipped_rule_count(r) == 5);
  for (i = 0; i < 5; ++i) {
    rule = reason = NULL;
    CHECK_STATUS(introcheck_result_skipped_rule(&rule, &reason, r, i), INTROCHECK_OK);
    CHECK_STR(rule, rules[i]);
    CHECK_STR(reason, reasons[i]);
  }
  /* Either pointer may be NULL; the result may not. */
  rule = NULL;
  CHECK_STATUS(introcheck_result_skipped_rule(&rule, NULL, r, 2), INTROCHECK_OK);
  CHECK_STR(rule, "IC116");
  reason = NULL;
  CHECK_STATUS(introcheck_result_skipped_rule(NULL, &reason, r, 4), INTROCHECK_OK);
  CHECK_STR(reason, reasons[4]);
  CHECK_STATUS(introcheck_result_skipped_rule(NULL, NULL, r, 0), INTROCHECK_OK);
  rule = reason = "untouched";
  CHECK_STATUS(introcheck_result_skipped_rule(&rule, &reason, r, 5), INTROCHECK_E_RANGE);
  CHECK(strstr(introcheck_last_error(), "index past the end") != NULL);
  CHECK_STR(rule, "untouched");
  CHECK_STR(reason, "untouched");
  CHECK_STATUS(introcheck_result_skipped_rule(&rule, &reason, r, (size_t)-1), INTROCHECK_E_RANGE);
  CHECK_STATUS(introcheck_result_skipped_rule(&rule, &reason, NULL, 0), INTROCHECK_E_INVALID);
  CHECK(introcheck_result_skipped_rule_count(NULL) == 0);
  /* A reconciliation of the same data skips the same rules. */
  CHECK_STATUS(introcheck_nir_report_load_csv(&nir, ctx, EXAMPLES "/nir_report.csv", NULL), INTROCHECK_OK);
  introcheck_result_free(r);
  r = NULL;
  CHECK_STATUS(introcheck_reconcile(&r, ds, nir, &o), INTROCHECK_OK);
  CHECK(introcheck_result_skipped_rule_count(r) == 5);
  CHECK_STATUS(introcheck_result_skipped_rule(&rule, &reason, r, 0), INTROCHECK_OK);
  CHECK_STR(rule, "IC112");
  introcheck_result_free(r);
  r = NULL;
  introcheck_dataset_free(ds);

  ds = NULL;
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, EXAMPLES "/participants.csv", EXAMPLES "/measures.csv", NULL),
               INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  CHECK(introcheck_result_skipped_rule_count(r) == 0);
  CHECK_STATUS(introcheck_result_skipped_rule(&rule, &reason, r, 0), INTROCHECK_E_RANGE);
  introcheck_result_free(r);
  introcheck_nir_report_free(nir);
  introcheck_dataset_free(ds);
}

static void test_rule_catalogue(void) {
  introcheck_rule rule = INTROCHECK_RULE_INIT;
  size_t n = introcheck_rule_count();
  CHECK(n == 49);
  CHECK_STATUS(introcheck_rule_info(&rule, 0), INTROCHECK_OK);
  CHECK_STR(rule.id, "IC001");
  CHECK(rule.severity == INTROCHECK_SEVERITY_ERROR && strlen(rule.source) > 0);
  CHECK_STATUS(introcheck_rule_info(&rule, n), INTROCHECK_E_RANGE);
}

static int has_rule_for(const introcheck_result *r, const char *rule, const char *case_id) {
  size_t i, n = introcheck_result_finding_count(r);
  for (i = 0; i < n; ++i) {
    introcheck_finding f = INTROCHECK_FINDING_INIT;
    if (introcheck_result_finding(&f, r, i) == INTROCHECK_OK && strcmp(f.rule, rule) == 0 && f.case_id &&
        strcmp(f.case_id, case_id) == 0)
      return 1;
  }
  return 0;
}

/* The end-goal list is replaceable like the others: its length_group sets
 * the length when the education is unknown (I-04: hoyere_utdanning, short). */
static void test_end_goal_list(void) {
  static const char goals[] =
      "code,label_nb,label_nn,label_en,length_group\n"
      "arbeid,Arbeid,Arbeid,Work,\n"
      "hoyere_utdanning,Kvalifisert for høyere utdanning,Kvalifisert for høgare utdanning,Qualified for higher education,\n";
  int replaced;
  for (replaced = 0; replaced <= 1; ++replaced) {
    introcheck_context *ctx = NULL;
    introcheck_dataset *ds = NULL;
    introcheck_result *r = NULL;
    introcheck_run_options o = options_2023();
    CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
    CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, 1), INTROCHECK_OK);
    if (replaced)
      CHECK_STATUS(introcheck_context_load_code_list(ctx, INTROCHECK_CODE_LIST_END_GOALS, goals, sizeof goals - 1),
                   INTROCHECK_OK);
    CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
    CHECK_STATUS(introcheck_dataset_load_csv(ds, CASES "/integreringsloven/participants.csv",
                                             CASES "/integreringsloven/measures.csv", NULL),
                 INTROCHECK_OK);
    CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
    CHECK(has_rule_for(r, "IC106", "I-04") == !replaced);
    CHECK(has_rule_for(r, "IC106", "I-01"));  /* by education, whatever the list */
    introcheck_result_free(r);
    introcheck_dataset_free(ds);
    introcheck_context_free(ctx);
  }
}

/* A vendor's measure list of 0.1 has no content column: IC115 cannot know
 * the content, so it is skipped and said so; a list without group is refused. */
static void test_measure_list_without_content(void) {
  static const char old_list[] =
      "code,label_nb,label_nn,label_en,group\n"
      "norsk,Opplæring i norsk,Opplæring i norsk,Norwegian,opplaering\n"
      "arbeidspraksis,Arbeidspraksis,Arbeidspraksis,Work practice,arbeidsrettet\n"
      "livsmestring,Livsmestring,Livsmeistring,Life skills,annet\n"
      "norsk_samfunnskunnskap,Norsk og samfunnskunnskap,Norsk og samfunnskunnskap,Norwegian and social studies,opplaering\n";
  static const char no_group[] = "code,label_nb,label_nn,label_en\nnorsk,Norsk,Norsk,Norwegian\n";
  introcheck_context *ctx = NULL;
  introcheck_dataset *ds = NULL;
  introcheck_result *r = NULL;
  introcheck_run_options o = options_2023();
  const char *rule = NULL, *reason = NULL;
  size_t i, n;
  int skipped = 0;
  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, 1), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_load_code_list(ctx, INTROCHECK_CODE_LIST_MEASURES, no_group, sizeof no_group - 1),
               INTROCHECK_E_PARSE);
  CHECK(strstr(introcheck_last_error(), "group") != NULL);
  CHECK_STATUS(introcheck_context_load_code_list(ctx, INTROCHECK_CODE_LIST_MEASURES, old_list, sizeof old_list - 1),
               INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, CASES "/integreringsloven/participants.csv",
                                           CASES "/integreringsloven/measures.csv", NULL),
               INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  CHECK(!has_rule(r, "IC115"));
  n = introcheck_result_skipped_rule_count(r);
  for (i = 0; i < n; ++i) {
    CHECK_STATUS(introcheck_result_skipped_rule(&rule, &reason, r, i), INTROCHECK_OK);
    if (strcmp(rule, "IC115") == 0) {
      skipped = 1;
      CHECK_STR(reason, "the measure list has no column content");
    }
  }
  CHECK(skipped);
  introcheck_result_free(r);
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
}

/* A file's bytes, NUL-terminated, or NULL; *length its size. The caller frees it. */
static char *read_text(const char *path, size_t *length) {
  FILE *f = fopen(path, "rb");
  char *text = NULL;
  long size;
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
      (text = malloc((size_t)size + 1)) != NULL) {
    *length = fread(text, 1, (size_t)size, f);
    text[*length] = '\0';
  }
  fclose(f);
  return text;
}

/* The context's configuration maps a vendor's columns and codes for the
 * datasets it loads: examples/vendor with its mapping.conf gives the
 * findings of examples/, and the rendering says how each column was read. */
static void test_vendor_mapping(void) {
  introcheck_context *ctx = NULL;
  introcheck_dataset *canonical = NULL, *vendor = NULL;
  introcheck_result *a = NULL, *b = NULL;
  introcheck_run_options o = options_2023();
  size_t length = 0, i, n;
  char *config = read_text(EXAMPLES "/vendor/mapping.conf", &length);
  char *out = NULL;
  introcheck_dataset *built = NULL;
  const char *p = "Saksnr;Fnr;Fødselsnummer;Målgruppe;Kommune oppfølging;Startdato\n"
                  "K1;12839010182;12839010182;RP;0301;01.03.2023\n";

  CHECK(config != NULL);
  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, 1), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_load_config(ctx, config, length), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&canonical, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&vendor, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(canonical, EXAMPLES "/participants.csv", EXAMPLES "/measures.csv", NULL),
               INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(vendor, EXAMPLES "/vendor/participants.csv",
                                           EXAMPLES "/vendor/measures.csv", NULL),
               INTROCHECK_OK);
  CHECK(introcheck_dataset_participation_count(vendor) == 78 && introcheck_dataset_measure_count(vendor) == 279);
  CHECK_STATUS(introcheck_validate(&a, canonical, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&b, vendor, &o), INTROCHECK_OK);
  n = introcheck_result_finding_count(a);
  CHECK(n > 40 && introcheck_result_finding_count(b) == n);
  for (i = 0; i < n && i < introcheck_result_finding_count(b); ++i) {
    introcheck_finding x = INTROCHECK_FINDING_INIT, y = INTROCHECK_FINDING_INIT;
    CHECK_STATUS(introcheck_result_finding(&x, a, i), INTROCHECK_OK);
    CHECK_STATUS(introcheck_result_finding(&y, b, i), INTROCHECK_OK);
    CHECK(strcmp(x.rule, y.rule) == 0 && x.line == y.line && strcmp(x.field, y.field) == 0 &&
          strcmp(x.message, y.message) == 0);
  }
  CHECK_STATUS(introcheck_result_render(&out, NULL, b, INTROCHECK_FORMAT_JSON), INTROCHECK_OK);
  CHECK(out && strstr(out, "{\"column\": \"Målgruppe\", \"field\": \"category\", \"by\": \"config\"}") &&
        strstr(out, "{\"field\": \"end_reason\", \"value\": \"A30\", \"code\": \"arbeid_heltid\"}"));
  introcheck_string_free(out);
  CHECK_STATUS(introcheck_result_render(&out, NULL, b, INTROCHECK_FORMAT_TEXT), INTROCHECK_OK);
  CHECK(out && strstr(out, "kolonner fra konfigurasjonen: Målgruppe = category"));
  introcheck_string_free(out);
  introcheck_result_free(a);
  introcheck_result_free(b);

  /* Two columns for one field: an error naming both; the dataset keeps what it had. */
  CHECK_STATUS(introcheck_dataset_load_buffers(vendor, p, strlen(p), "p.csv", NULL, 0, NULL, NULL),
               INTROCHECK_E_PARSE);
  CHECK(strstr(introcheck_last_error(), "p.csv:1: person_id: the columns 'Fnr' (column 2) and 'Fødselsnummer' "
                                        "(column 3) both mean person_id") != NULL);
  CHECK(introcheck_dataset_participation_count(vendor) == 78);
  /* The values map loaded files, not records a program builds. */
  {
    introcheck_participation rec = clean_participation("K9");
    rec.category = "RP";
    CHECK_STATUS(introcheck_dataset_new(&built, ctx), INTROCHECK_OK);
    CHECK_STATUS(introcheck_dataset_add_participation(built, &rec), INTROCHECK_OK);
    CHECK_STATUS(introcheck_validate(&a, built, &o), INTROCHECK_OK);
    CHECK(has_rule(a, "IC003"));
    introcheck_result_free(a);
  }
  /* A mapped end reason the context's list lacks: the load names the configuration's line. */
  {
    const char *wrong = "[values.end_reason]\nA30 = arbeid_heltid\nX = heltid\n";
    CHECK_STATUS(introcheck_context_load_config(ctx, wrong, strlen(wrong)), INTROCHECK_OK);
  }
  CHECK_STATUS(introcheck_dataset_load_csv(vendor, EXAMPLES "/vendor/participants.csv", NULL, NULL),
               INTROCHECK_E_PARSE);
  CHECK(strstr(introcheck_last_error(), "config:3: X: 'heltid' is not a code of the end-reason list") != NULL);
  introcheck_dataset_free(built);
  introcheck_dataset_free(canonical);
  introcheck_dataset_free(vendor);
  introcheck_context_free(ctx);
  free(config);
}

int main(void) {
  introcheck_context *ctx = NULL;
  test_versions_and_errors();
  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  test_bad_arguments(ctx);
  test_person_ids_and_municipalities(ctx);
  test_record_by_record(ctx);
  test_older_struct_sizes(ctx);
  test_counts_by_record(ctx);
  test_newer_struct_sizes(ctx);
  test_integreringsloven_members(ctx);
  test_skipped_rules(ctx);
  introcheck_context_free(ctx);
  test_end_goal_list();
  test_measure_list_without_content();
  test_init_functions();
  test_case_id_limit();
  test_files_and_reconciliation();
  test_vendor_mapping();
  test_independent_contexts();
  test_report_render_follows_context();
  test_context_freed_first();
  test_rule_catalogue();
  return check_report();
}
