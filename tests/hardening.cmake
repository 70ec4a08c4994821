# The shipped binaries carry the usual hardening: full RELRO (relro + now),
# stack protector and _FORTIFY_SOURCE (their *_chk / __stack_chk_fail imports)
# in libintrocheck.so, and a position-independent CLI.
find_program(READELF readelf REQUIRED)
execute_process(COMMAND ${READELF} -d -l -W ${LIBRARY} OUTPUT_VARIABLE lib)
execute_process(COMMAND ${READELF} --dyn-syms -W ${LIBRARY} OUTPUT_VARIABLE syms)
execute_process(COMMAND ${READELF} -h -l -d -W ${CLI} OUTPUT_VARIABLE cli)
foreach(check "lib:GNU_RELRO" "lib:BIND_NOW" "syms:__stack_chk_fail" "syms:_chk@" "cli:Position-Independent Executable"
              "cli:GNU_RELRO" "cli:BIND_NOW")
  string(REPLACE ":" ";" parts "${check}")
  list(GET parts 0 where)
  list(GET parts 1 what)
  string(FIND "${${where}}" "${what}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "hardening missing: no '${what}' in ${where}")
  endif()
endforeach()
message(STATUS "full RELRO, stack protector, fortify and PIE in place")
