# Compares libintrocheck.so with the stored ABI baseline (capi/abi/). New
# functions pass (and are listed); a removed or changed function or variable
# (a struct that grew, a parameter that changed) fails until blessed with
# scripts/bless-abi.sh — which is right only for an intended, additive change.
find_program(ABIDIFF abidiff REQUIRED)
execute_process(
  COMMAND ${ABIDIFF} --exported-interfaces-only ${BASELINE} ${LIBRARY}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc MATCHES "^[0-9]+$")
  message(FATAL_ERROR "abidiff did not run: ${rc}")
endif()
# abidiff's exit status is a bit field: 1 error, 2 usage error, 4 ABI change, 8 incompatible change.
if(rc EQUAL 0)
  message(STATUS "the C ABI is the baseline's")
  return()
endif()
math(EXPR failed "${rc} & 3")
if(NOT failed EQUAL 0)
  message(FATAL_ERROR "abidiff failed (exit ${rc})")
endif()
string(REGEX MATCH "Functions changes summary: ([0-9]+) Removed, ([0-9]+) Changed" functions "${out}")
set(removed_functions ${CMAKE_MATCH_1})
set(changed_functions ${CMAKE_MATCH_2})
string(REGEX MATCH "Variables changes summary: ([0-9]+) Removed, ([0-9]+) Changed" variables "${out}")
if(NOT functions OR NOT variables)
  message(FATAL_ERROR "cannot read abidiff's summary")
endif()
if(removed_functions GREATER 0 OR changed_functions GREATER 0 OR CMAKE_MATCH_1 GREATER 0 OR CMAKE_MATCH_2 GREATER 0)
  message(FATAL_ERROR "the C ABI changed against capi/abi/libintrocheck.abi: see above. If the change is "
                      "intended and keeps old callers working, bless it with scripts/bless-abi.sh")
endif()
math(EXPR changed "${rc} & 4")
if(NOT changed EQUAL 0)
  message(STATUS "functions were added: bless the new baseline with scripts/bless-abi.sh")
endif()
