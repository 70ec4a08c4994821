/*
 * introcheck.h — the stable C interface of introcheck.
 *
 * Valid C99 and C++. Every public name starts with introcheck_ / INTROCHECK_.
 * Strings are UTF-8. This header grows by appending; nothing in it changes
 * meaning once released.
 */
#ifndef INTROCHECK_H
#define INTROCHECK_H

#include <stdint.h>

#define INTROCHECK_VERSION_MAJOR 0
#define INTROCHECK_VERSION_MINOR 1
#define INTROCHECK_VERSION_PATCH 0
#define INTROCHECK_VERSION_NUMBER \
  (INTROCHECK_VERSION_MAJOR * 10000 + INTROCHECK_VERSION_MINOR * 100 + INTROCHECK_VERSION_PATCH)

#if defined(INTROCHECK_BUILDING) && defined(__GNUC__)
#define INTROCHECK_API __attribute__((visibility("default")))
#else
#define INTROCHECK_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version as "MAJOR.MINOR.PATCH"; static storage, never freed. */
INTROCHECK_API const char *introcheck_version(void);

/* INTROCHECK_VERSION_NUMBER of the library actually loaded, so a program can
 * check that it runs against the library it was compiled for. */
INTROCHECK_API int introcheck_version_number(void);

#ifdef __cplusplus
}
#endif

#endif /* INTROCHECK_H */
