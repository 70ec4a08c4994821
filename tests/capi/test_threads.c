/* One dataset validated and reconciled from several threads at once must give
 * exactly what one thread gives. Also run under ThreadSanitizer. */
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

  introcheck_string_free(expected_validation);
  introcheck_string_free(expected_reconciliation);
  introcheck_nir_report_free(nir);
  introcheck_dataset_free(ds);
  introcheck_context_free(ctx);
  return check_report();
}
