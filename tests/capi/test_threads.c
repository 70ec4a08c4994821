/* One dataset validated and reconciled from several threads at once must give
 * exactly what one thread gives, and so must one result read from several
 * threads at once, whose messages are rendered on first use. Also run under
 * ThreadSanitizer. */
#include <introcheck.h>

#include <pthread.h>
#include <stdlib.h>

#include "check.h"

#define THREADS 4
#define ROUNDS 5

static const introcheck_dataset *shared_ds;
static const introcheck_nir_report *shared_nir;
static char *expected_validation, *expected_reconciliation;

static char *run(int reconcile) {
  introcheck_run_options o = INTROCHECK_RUN_OPTIONS_INIT;
  introcheck_result *r = NULL;
  char *json = NULL;
  o.year = 2023;
  o.as_of = 20240115;
  if ((reconcile ? introcheck_reconcile(&r, shared_ds, shared_nir, &o) : introcheck_validate(&r, shared_ds, &o)) !=
      INTROCHECK_OK)
    return NULL;
  if (introcheck_result_render(&json, NULL, r, INTROCHECK_FORMAT_JSON) != INTROCHECK_OK) json = NULL;
  introcheck_result_free(r);
  return json;
}

static void *worker(void *arg) {
  int i, *mismatches = (int *)arg;
  for (i = 0; i < ROUNDS; ++i) {
    char *v = run(0), *r = run(1);
    if (!v || strcmp(v, expected_validation) != 0) ++*mismatches;
    if (!r || strcmp(r, expected_reconciliation) != 0) ++*mismatches;
    introcheck_string_free(v);
    introcheck_string_free(r);
  }
  return NULL;
}

/* One result read by several threads at once: each walks its findings in its
 * own order and renders the whole; messages are rendered on first use, so the
 * readers race for the same findings. */
static const introcheck_result *shared_result;
static const char **expected_messages;
static size_t finding_count;

struct reader_arg {
  int thread;
  int mismatches;
};

static void *reader(void *arg) {
  struct reader_arg *a = (struct reader_arg *)arg;
  size_t k;
  char *json = NULL;
  for (k = 0; k < finding_count; ++k) {
    size_t index = a->thread % 2 ? finding_count - 1 - k : (k + (size_t)a->thread) % finding_count;
    introcheck_finding f = INTROCHECK_FINDING_INIT;
    if (introcheck_result_finding(&f, shared_result, index) != INTROCHECK_OK ||
        strcmp(f.message, expected_messages[index]) != 0)
      ++a->mismatches;
  }
  if (introcheck_result_render(&json, NULL, shared_result, INTROCHECK_FORMAT_JSON) != INTROCHECK_OK ||
      strcmp(json, expected_validation) != 0)
    ++a->mismatches;
  introcheck_string_free(json);
  return NULL;
}

static void read_one_result_on_threads(void) {
  introcheck_run_options o = INTROCHECK_RUN_OPTIONS_INIT;
  introcheck_result *once = NULL, *shared = NULL;
  pthread_t threads[THREADS];
  struct reader_arg args[THREADS];
  size_t k;
  int i;
  o.year = 2023;
  o.as_of = 20240115;
  CHECK_STATUS(introcheck_validate(&once, shared_ds, &o), INTROCHECK_OK);
  CHECK_STATUS(introcheck_validate(&shared, shared_ds, &o), INTROCHECK_OK);
  finding_count = introcheck_result_finding_count(once);
  CHECK(finding_count > 10);
  expected_messages = calloc(finding_count, sizeof *expected_messages);
  for (k = 0; k < finding_count; ++k) {
    introcheck_finding f = INTROCHECK_FINDING_INIT;
    CHECK_STATUS(introcheck_result_finding(&f, once, k), INTROCHECK_OK);
    CHECK(f.message[0] != '\0');
    expected_messages[k] = f.message;
  }
  shared_result = shared;
  for (i = 0; i < THREADS; ++i) {
    args[i].thread = i;
    args[i].mismatches = 0;
    CHECK(pthread_create(&threads[i], NULL, reader, &args[i]) == 0);
  }
  for (i = 0; i < THREADS; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(args[i].mismatches == 0);
  }
  free((void *)expected_messages);
  introcheck_result_free(shared);
  introcheck_result_free(once);
}

int main(void) {
  introcheck_context *ctx = NULL;
  introcheck_dataset *ds = NULL;
  introcheck_nir_report *nir = NULL;
  pthread_t threads[THREADS];
  int mismatches[THREADS] = {0};
  int i;

  CHECK_STATUS(introcheck_context_new(&ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_context_set_option(ctx, INTROCHECK_OPT_ALLOW_SYNTHETIC, 1), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_new(&ds, ctx), INTROCHECK_OK);
  CHECK_STATUS(introcheck_dataset_load_csv(ds, EXAMPLES "/participants.csv", EXAMPLES "/measures.csv", NULL),
               INTROCHECK_OK);
  CHECK_STATUS(introcheck_nir_report_load_csv(&nir, ctx, EXAMPLES "/nir_report.csv", NULL), INTROCHECK_OK);
  shared_ds = ds;
  shared_nir = nir;
  expected_validation = run(0);
  expected_reconciliation = run(1);
  CHECK(expected_validation != NULL && expected_reconciliation != NULL);

  for (i = 0; i < THREADS; ++i) CHECK(pthread_create(&threads[i], NULL, worker, &mismatches[i]) == 0);
  for (i = 0; i < THREADS; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(mismatches[i] == 0);
  }

  read_one_result_on_threads();

  introcheck_string_free(expected_validation);
  introcheck_string_free(expected_reconciliation);
  introcheck_nir_report_free(nir);
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
  return check_report();
}
