# Installs the build into a scratch prefix, then builds and runs the consumer
# project against it twice: through find_package and through pkg-config.
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGV}\n${out}\n${err}")
  endif()
endfunction()

if(CONFIG)
  run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}" --config ${CONFIG})
else()
  run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}")
endif()
# The installed header, as a vendor reads it: every function documented, no
# repository paths.
run(${PYTHON} "${HEADER_CONTRACT}" "${prefix}/include/introcheck.h")
run(${CMAKE_COMMAND} -S "${CONSUMER_DIR}" -B "${WORK_DIR}/build"
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release)
run(${CMAKE_COMMAND} --build "${WORK_DIR}/build")
run("${WORK_DIR}/build/consumer_cxx")
execute_process(COMMAND ${CMAKE_COMMAND} -S "${CONSUMER_DIR}" -B "${WORK_DIR}/build-old"
                  -DCMAKE_PREFIX_PATH=${prefix} -DINTROCHECK_CONSUMER_ASK_OLD=ON
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "not compatible|version")
  message(FATAL_ERROR "find_package(introcheck 0.1) accepted this version:\n${err}")
endif()
run(${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${prefix}/lib "${WORK_DIR}/build/consumer_c")

# pkg-config: compile the C consumer by hand, as a Makefile-based vendor would.
find_program(PKG_CONFIG pkg-config REQUIRED)
file(GLOB pc_dirs "${prefix}/lib*/pkgconfig" "${prefix}/lib/*/pkgconfig")
list(JOIN pc_dirs ":" pc_path)
execute_process(COMMAND ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${pc_path}
                  ${PKG_CONFIG} --cflags --libs introcheck-${MINOR_SERIES}
                OUTPUT_VARIABLE flags RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config does not know introcheck (PKG_CONFIG_PATH=${pc_path})")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
run(cc -std=c99 -Wall -Werror "${CONSUMER_DIR}/consumer.c" ${flags} -o "${WORK_DIR}/consumer_pc")
run(${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${prefix}/lib "${WORK_DIR}/consumer_pc")
# The program records the soname of this minor version, and its symbols the
# version node: a 0.1 library cannot satisfy it.
execute_process(COMMAND readelf -W -d --dyn-syms "${WORK_DIR}/consumer_pc" OUTPUT_VARIABLE elf)
if(NOT elf MATCHES "libintrocheck\\.so\\.${MINOR_SERIES}\\]" OR NOT elf MATCHES "introcheck_validate@INTROCHECK_${MINOR_SERIES}")
  message(FATAL_ERROR "the consumer does not name libintrocheck.so.${MINOR_SERIES} and INTROCHECK_${MINOR_SERIES}:\n${elf}")
endif()
message(STATUS "consumer built and ran against ${prefix}")
