#include "json_mini.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *p;
} cursor;

static void skip(cursor *c) {
  while (*c->p == ' ' || *c->p == '\n' || *c->p == '\r' || *c->p == '\t') ++c->p;
}

static int put_utf8(char **out, size_t *len, size_t *cap, unsigned cp) {
  char buf[4];
  size_t n = 0, i;
  if (cp < 0x80) buf[n++] = (char)cp;
  else if (cp < 0x800) { buf[n++] = (char)(0xC0 | (cp >> 6)); buf[n++] = (char)(0x80 | (cp & 0x3F)); }
  else { buf[n++] = (char)(0xE0 | (cp >> 12)); buf[n++] = (char)(0x80 | ((cp >> 6) & 0x3F)); buf[n++] = (char)(0x80 | (cp & 0x3F)); }
  for (i = 0; i < n; ++i) {
    if (*len + 2 > *cap) {
      char *grown = (char *)realloc(*out, *cap * 2);
      if (!grown) return -1;
      *out = grown;
      *cap *= 2;
    }
    (*out)[(*len)++] = buf[i];
  }
  return 0;
}

static int parse_string(cursor *c, char **out) {
  size_t len = 0, cap = 16;
  char *s = (char *)malloc(cap);
  if (!s || *c->p != '"') { free(s); return -1; }
  ++c->p;
  while (*c->p && *c->p != '"') {
    unsigned cp = (unsigned char)*c->p++;
    if (cp == '\\') {
      char e = *c->p++;
      switch (e) {
        case 'n': cp = '\n'; break;
        case 't': cp = '\t'; break;
        case 'r': cp = '\r'; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'u': {
          char hex[5] = {0};
          if (strlen(c->p) < 4) { free(s); return -1; }
          memcpy(hex, c->p, 4);
          cp = (unsigned)strtoul(hex, NULL, 16);
          c->p += 4;
          break;
        }
        default: cp = (unsigned char)e; break;
      }
      if (put_utf8(&s, &len, &cap, cp)) { free(s); return -1; }
    } else {
      /* raw bytes are copied as they are (UTF-8 passes through) */
      if (len + 2 > cap) {
        char *grown = (char *)realloc(s, cap * 2);
        if (!grown) { free(s); return -1; }
        s = grown;
        cap *= 2;
      }
      s[len++] = (char)cp;
    }
  }
  if (*c->p != '"') { free(s); return -1; }
  ++c->p;
  s[len] = '\0';
  *out = s;
  return 0;
}

static int parse_value(cursor *c, json_value *v);

static int parse_container(cursor *c, json_value *v, char close) {
  size_t cap = 4;
  v->items = (json_value *)calloc(cap, sizeof(json_value));
  if (close == '}') v->keys = (char **)calloc(cap, sizeof(char *));
  ++c->p;
  skip(c);
  if (*c->p == close) { ++c->p; return 0; }
  for (;;) {
    if (v->count == cap) {
      cap *= 2;
      v->items = (json_value *)realloc(v->items, cap * sizeof(json_value));
      if (close == '}') v->keys = (char **)realloc(v->keys, cap * sizeof(char *));
      if (!v->items || (close == '}' && !v->keys)) return -1;
    }
    memset(&v->items[v->count], 0, sizeof(json_value));
    skip(c);
    if (close == '}') {
      if (parse_string(c, &v->keys[v->count])) return -1;
      skip(c);
      if (*c->p++ != ':') return -1;
    }
    if (parse_value(c, &v->items[v->count])) return -1;
    ++v->count;
    skip(c);
    if (*c->p == ',') { ++c->p; continue; }
    if (*c->p == close) { ++c->p; return 0; }
    return -1;
  }
}

static int parse_value(cursor *c, json_value *v) {
  skip(c);
  memset(v, 0, sizeof *v);
  if (*c->p == '{') { v->kind = JSON_OBJECT; return parse_container(c, v, '}'); }
  if (*c->p == '[') { v->kind = JSON_ARRAY; return parse_container(c, v, ']'); }
  if (*c->p == '"') { v->kind = JSON_STRING; return parse_string(c, &v->string); }
  if (strncmp(c->p, "true", 4) == 0) { v->kind = JSON_BOOL; v->number = 1; c->p += 4; return 0; }
  if (strncmp(c->p, "false", 5) == 0) { v->kind = JSON_BOOL; c->p += 5; return 0; }
  if (strncmp(c->p, "null", 4) == 0) { v->kind = JSON_NULL; c->p += 4; return 0; }
  if (*c->p == '-' || (*c->p >= '0' && *c->p <= '9')) {
    char *end;
    v->kind = JSON_NUMBER;
    v->number = strtoll(c->p, &end, 10);
    c->p = end;
    /* A fraction or exponent is skipped: the runners only read whole numbers. */
    if (*c->p == '.') ++c->p;
    while ((*c->p >= '0' && *c->p <= '9') || *c->p == 'e' || *c->p == 'E' || *c->p == '+' || *c->p == '-') ++c->p;
    return 0;
  }
  return -1;
}

int json_parse(const char *text, json_value *out) {
  cursor c = {text};
  if (parse_value(&c, out)) return -1;
  skip(&c);
  return *c.p ? -1 : 0;
}

void json_free(json_value *v) {
  size_t i;
  if (!v) return;
  for (i = 0; i < v->count; ++i) {
    json_free(&v->items[i]);
    if (v->keys) free(v->keys[i]);
  }
  free(v->items);
  free(v->keys);
  free(v->string);
  memset(v, 0, sizeof *v);
}

const json_value *json_get(const json_value *object, const char *key) {
  size_t i;
  if (!object || object->kind != JSON_OBJECT) return NULL;
  for (i = 0; i < object->count; ++i)
    if (strcmp(object->keys[i], key) == 0) return &object->items[i];
  return NULL;
}

char *json_read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long size;
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = (char *)malloc((size_t)size + 1);
  if (buf && fread(buf, 1, (size_t)size, f) != (size_t)size) { free(buf); buf = NULL; }
  if (buf) buf[size] = '\0';
  fclose(f);
  return buf;
}
