/* A vendor's C program, built against the installed introcheck with
 * find_package and with pkg-config: the README's example, on one record. */
#include <introcheck.h>
#include <stdio.h>

int main(void) {
  introcheck_context *ctx = NULL;
  introcheck_dataset *ds = NULL;
  introcheck_result *result = NULL;
  introcheck_participation p = INTROCHECK_PARTICIPATION_INIT;
  introcheck_run_options opts = INTROCHECK_RUN_OPTIONS_INIT;
  size_t i, n;
  int found = 0;

  if (introcheck_version_number() != INTROCHECK_VERSION_NUMBER) return 1;
  if (introcheck_context_new(&ctx) != INTROCHECK_OK || introcheck_dataset_new(&ds, ctx) != INTROCHECK_OK) return 1;
  p.case_id = "K1";
  p.person_id = "20036914700";
  p.category = "kan_tilbys";
  p.follow_up_municipality = "0301";
  p.start_date = 20160301;
  p.end_date = 20170630; /* no end reason: IC101 */
  if (introcheck_dataset_add_participation(ds, &p) != INTROCHECK_OK) {
    fprintf(stderr, "%s\n", introcheck_last_error());
    return 1;
  }
  opts.year = 2017;
  opts.as_of = 20180110;
  if (introcheck_validate(&result, ds, &opts) != INTROCHECK_OK) return 1;
  n = introcheck_result_finding_count(result);
  for (i = 0; i < n; ++i) {
    introcheck_finding f = INTROCHECK_FINDING_INIT;
    introcheck_result_finding(&f, result, i);
    printf("%s %s %s\n", f.rule, f.case_id, f.message);
    found = found || (f.rule[0] == 'I' && f.rule[2] == '1' && f.rule[3] == '0' && f.rule[4] == '1');
  }
  introcheck_result_free(result);
  introcheck_context_free(ctx); /* before the dataset: it holds a reference */
  introcheck_dataset_free(ds);
  printf("libintrocheck %s\n", introcheck_version());
  return found ? 0 : 1;
}
