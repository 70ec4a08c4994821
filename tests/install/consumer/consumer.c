#include <introcheck.h>
#include <stdio.h>

int main(void) {
  printf("libintrocheck %s\n", introcheck_version());
  return introcheck_version_number() == INTROCHECK_VERSION_NUMBER ? 0 : 1;
}
