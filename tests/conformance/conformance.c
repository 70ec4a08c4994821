/* The conformance suite through the C ABI: every case's findings must equal
 * its expected.json, keyed by rule, case_id, file, line and field and compared
 * on params (not on message text). Usage: conformance_c CASES_DIR */
#define _POSIX_C_SOURCE 200809L
#include <introcheck.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../capi/check.h"
#include "json_mini.h"

typedef struct {
  char **items;
  size_t count, cap;
} strings;

static void add(strings *s, const char *text) {
  if (s->count == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 16;
    s->items = (char **)realloc(s->items, s->cap * sizeof(char *));
  }
  s->items[s->count++] = strdup(text);
}

static int by_text(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void release(strings *s) {
  size_t i;
  for (i = 0; i < s->count; ++i) free(s->items[i]);
  free(s->items);
}

static const char *base(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* "rule\x1f case_id\x1f file\x1f line\x1f field\x1f name=value\x1e..." with params sorted by name. */
static void canonical(char *out, size_t size, const char *rule, const char *case_id, const char *file, long long line,
                      const char *field, strings *params) {
  size_t i, used;
  if (params->count > 0) qsort(params->items, params->count, sizeof(char *), by_text);
  used = (size_t)snprintf(out, size, "%s\x1f%s\x1f%s\x1f%lld\x1f%s\x1f", rule, case_id, base(file), line, field);
  for (i = 0; i < params->count && used < size; ++i)
    used += (size_t)snprintf(out + used, size - used, "%s\x1e", params->items[i]);
}

static void expected_findings(const char *path, strings *out) {
  char *text = json_read_file(path), line[8192];
  json_value doc;
  size_t i, j;
  CHECK(text != NULL);
  if (!text) return;
  CHECK(json_parse(text, &doc) == 0);
  for (i = 0; i < doc.count; ++i) {
    const json_value *f = &doc.items[i], *params = json_get(f, "params");
    strings p = {0};
    for (j = 0; params && j < params->count; ++j) {
      char pair[2048];
      const json_value *v = &params->items[j];
      if (v->kind == JSON_STRING) snprintf(pair, sizeof pair, "%s=%s", params->keys[j], v->string);
      else snprintf(pair, sizeof pair, "%s=%lld", params->keys[j], v->number);
      add(&p, pair);
    }
    canonical(line, sizeof line, json_get(f, "rule")->string, json_get(f, "case_id")->string,
              json_get(f, "file")->string, json_get(f, "line")->number, json_get(f, "field")->string, &p);
    add(out, line);
    release(&p);
  }
  json_free(&doc);
  free(text);
}

static void actual_findings(const introcheck_result *r, strings *out) {
  size_t i, j, n = introcheck_result_finding_count(r);
  for (i = 0; i < n; ++i) {
    introcheck_finding f = INTROCHECK_FINDING_INIT;
    strings p = {0};
    char line[8192];
    CHECK_STATUS(introcheck_result_finding(&f, r, i), INTROCHECK_OK);
    for (j = 0; j < f.param_count; ++j) {
      const char *name, *value;
      char pair[2048];
      introcheck_result_param(&name, &value, NULL, r, i, j);
      snprintf(pair, sizeof pair, "%s=%s", name, value);
      add(&p, pair);
    }
    canonical(line, sizeof line, f.rule, f.case_id, f.file, f.line, f.field, &p);
    add(out, line);
    release(&p);
  }
}

static int exists(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f) fclose(f);
  return f != NULL;
}

static void run_case(const char *dir, const char *name) {
  char path[4096], participants[4096], measures[4096], nir_path[4096];
  char *spec_text;
  json_value spec;
  const json_value *run, *year, *as_of, *allow;
  introcheck_context *ctx = NULL;
  introcheck_dataset *ds = NULL;
  introcheck_nir_report *nir = NULL;
  introcheck_result *r = NULL;
  introcheck_run_options o = INTROCHECK_RUN_OPTIONS_INIT;
  strings expected = {0}, actual = {0};
  size_t i;
  int y, m, d;

  snprintf(path, sizeof path, "%s/%s/case.json", dir, name);
  spec_text = json_read_file(path);
  if (!spec_text || json_parse(spec_text, &spec) != 0) {
    fprintf(stderr, "%s: cannot read case.json\n", name);
    ++check_failed;
    free(spec_text);
    return;
  }
  run = json_get(&spec, "run");
  year = json_get(&spec, "year");
  as_of = json_get(&spec, "as_of");
  allow = json_get(&spec, "allow_synthetic");
  sscanf(as_of->string, "%d-%d-%d", &y, &m, &d);
  o.year = (int32_t)year->number;
  o.as_of = y * 10000 + m * 100 + d;

  snprintf(participants, sizeof participants, "%s/%s/participants.csv", dir, name);
  snprintf(measures, sizeof measures, "%s/%s/measures.csv", dir, name);
  snprintf(nir_path, sizeof nir_path, "%s/%s/nir_report.csv", dir, name);
  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, allow && allow->number), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, participants, exists(measures) ? measures : NULL, NULL), INTROCHECK_OK);
  if (strcmp(run->string, "reconcile") == 0) {
    CHECK_STATUS(introcheck_nir_report_load_csv(&nir, ctx, nir_path, NULL), INTROCHECK_OK);
    CHECK_STATUS(introcheck_reconcile(&r, ds, nir, &o), INTROCHECK_OK);
  } else {
    CHECK_STATUS(introcheck_validate(&r, ds, &o), INTROCHECK_OK);
  }

  snprintf(path, sizeof path, "%s/%s/expected.json", dir, name);
  expected_findings(path, &expected);
  if (r) actual_findings(r, &actual);
  if (expected.count > 0) qsort(expected.items, expected.count, sizeof(char *), by_text);
  if (actual.count > 0) qsort(actual.items, actual.count, sizeof(char *), by_text);
  CHECK(expected.count == actual.count);
  for (i = 0; i < expected.count && i < actual.count; ++i) {
    if (strcmp(expected.items[i], actual.items[i]) == 0) {
      ++check_passed;
    } else {
      ++check_failed;
      fprintf(stderr, "%s: expected %s\n%s:      got %s\n", name, expected.items[i], name, actual.items[i]);
    }
  }
  printf("%s: %zu findings\n", name, actual.count);
  release(&expected);
  release(&actual);
  introcheck_result_free(r);
  introcheck_nir_report_free(nir);
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
  json_free(&spec);
  free(spec_text);
}

int main(int argc, char **argv) {
  DIR *dir;
  struct dirent *entry;
  strings names = {0};
  size_t i;
  if (argc != 2) {
    fprintf(stderr, "usage: %s CASES_DIR\n", argv[0]);
    return 2;
  }
  dir = opendir(argv[1]);
  CHECK(dir != NULL);
  while (dir && (entry = readdir(dir)) != NULL)
    if (entry->d_name[0] != '.') add(&names, entry->d_name);
  if (dir) closedir(dir);
  if (names.count > 0) qsort(names.items, names.count, sizeof(char *), by_text);
  CHECK(names.count >= 5);
  for (i = 0; i < names.count; ++i) run_case(argv[1], names.items[i]);
  release(&names);
  return check_report();
}
