/* A minimal test harness for the C API tests, in C99: CHECK counts, and the
 * last line is "N passed, N failed" like every other suite here. */
#ifndef INTROCHECK_TEST_CHECK_H
#define INTROCHECK_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                              \
  do {                                                                           \
    if (cond) {                                                                  \
      ++check_passed;                                                            \
    } else {                                                                     \
      ++check_failed;                                                            \
      fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond);  \
    }                                                                            \
  } while (0)

#define CHECK_STATUS(call, expected)                                                              \
  do {                                                                                            \
    int check_status_ = (call);                                                                   \
    if (check_status_ == (expected)) {                                                            \
      ++check_passed;                                                                             \
    } else {                                                                                      \
      ++check_failed;                                                                             \
      fprintf(stderr, "%s:%d: %s returned %d (%s), expected %d\n", __FILE__, __LINE__, #call,    \
              check_status_, introcheck_last_error(), (expected));                                \
    }                                                                                             \
  } while (0)

#define CHECK_STR(a, b) CHECK((a) != NULL && strcmp((a), (b)) == 0)

static int check_report(void) {
  printf("%d passed, %d failed\n", check_passed, check_failed);
  return check_failed == 0 ? 0 : 1;
}

#endif
