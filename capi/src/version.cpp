#include <introcheck.h>
#include <introcheck/version.hpp>

static_assert(INTROCHECK_VERSION_MAJOR == INTROCHECK_CXX_VERSION_MAJOR &&
                  INTROCHECK_VERSION_MINOR == INTROCHECK_CXX_VERSION_MINOR &&
                  INTROCHECK_VERSION_PATCH == INTROCHECK_CXX_VERSION_PATCH,
              "introcheck.h and the project version disagree");

extern "C" const char* introcheck_version(void) { return introcheck::version_string; }

extern "C" int introcheck_version_number(void) { return INTROCHECK_VERSION_NUMBER; }
