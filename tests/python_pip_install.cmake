# pip install bindings/python offline into a scratch folder, check the package
# carries the native and ICU libraries, and run the binding's tests from there.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY "${SOURCE}/bindings/python/" DESTINATION "${WORK}/src" PATTERN "__pycache__" EXCLUDE)
# Exactly what the README says: pip install the source folder, no index.
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env INTROCHECK_LIBRARY=${LIBRARY} PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1
          ${PYTHON} -m pip install --no-deps --no-index --target "${WORK}/site" "${WORK}/src"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pip install failed:\n${out}\n${err}")
endif()
foreach(lib libintrocheck.so.0.2 py.typed)
  if(NOT EXISTS "${WORK}/site/introcheck/${lib}")
    message(FATAL_ERROR "the installed package lacks ${lib}")
  endif()
endforeach()
file(GLOB icu "${WORK}/site/introcheck/libicuuc.so.*")
if(NOT icu)
  message(FATAL_ERROR "the installed package lacks the ICU libraries")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env --unset=INTROCHECK_LIBRARY PYTHONPATH=${WORK}/site INTROCHECK_SOURCE_DIR=${SOURCE}
          PYTHONDONTWRITEBYTECODE=1 ${PYTHON} -m unittest discover -s "${SOURCE}/bindings/python/tests"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the installed package's tests failed:\n${out}\n${err}")
endif()
message(STATUS "pip installed the package and its tests passed")
