# The usual hardening for code that runs inside other companies' products, and
# the sanitizer builds (presets asan, tsan).
if(INTROCHECK_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
if(INTROCHECK_SANITIZE)
  # Sanitizers want frame pointers and no recovery: a finding fails the test.
  add_compile_options(-fsanitize=${INTROCHECK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${INTROCHECK_SANITIZE})
else()
  # _FORTIFY_SOURCE needs optimisation; Debian's compilers do not predefine it.
  add_compile_options($<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2> -fstack-protector-strong)
  add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
# Executables are position-independent (PIE), like the libraries.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()
