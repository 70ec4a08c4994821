/* A minimal JSON reader for the conformance runners in C and C++: objects,
 * arrays, strings (with escapes), numbers (read as their whole part), true,
 * false, null. Enough for
 * expected.json and case.json; not a general parser. */
#ifndef INTROCHECK_JSON_MINI_H
#define INTROCHECK_JSON_MINI_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum json_kind { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

typedef struct json_value {
  enum json_kind kind;
  long long number; /* also the boolean */
  char *string;     /* JSON_STRING, UTF-8 */
  size_t count;     /* JSON_ARRAY, JSON_OBJECT */
  char **keys;      /* JSON_OBJECT */
  struct json_value *items;
} json_value;

/* Parses `text`; returns 0 on success. Free with json_free. */
int json_parse(const char *text, json_value *out);
void json_free(json_value *v);
/* The member `key` of an object, or NULL. */
const json_value *json_get(const json_value *object, const char *key);
/* Reads a whole file into a malloc'ed, NUL-terminated buffer, or NULL. */
char *json_read_file(const char *path);

#ifdef __cplusplus
}
#endif

#endif
