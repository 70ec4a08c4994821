# Runs the C# binding's xunit tests, then packs the NuGet package with the
# native library (and its ICU) under runtimes/linux-x64/native/ and checks it.
# Without a .NET SDK the test is reported as skipped (CTest's
# SKIP_REGULAR_EXPRESSION matches the line below), never as passed.
find_program(DOTNET dotnet)
if(NOT DOTNET)
  message(FATAL_ERROR "SKIPPED: no .NET SDK on this machine, the C# binding was not tested")
endif()

set(env INTROCHECK_LIBRARY=${LIBRARY} INTROCHECK_SOURCE_DIR=${SOURCE} DOTNET_CLI_TELEMETRY_OPTOUT=1
        DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NUGET_CERT_REVOCATION_MODE=offline)
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env ${env}
          ${DOTNET} test ${SOURCE}/bindings/csharp/IntroCheck.Tests/IntroCheck.Tests.csproj
          --artifacts-path ${WORK}/artifacts
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dotnet test failed:\n${err}")
endif()

# The package: the native library and the ICU it links, staged together.
file(REMOVE_RECURSE ${WORK}/native ${WORK}/package)
file(MAKE_DIRECTORY ${WORK}/native)
file(COPY ${LIBRARY} DESTINATION ${WORK}/native)
execute_process(COMMAND ldd ${LIBRARY} OUTPUT_VARIABLE ldd)
string(REGEX MATCHALL "libicu[a-z0-9]+\\.so\\.[0-9]+ => [^ ]+" icu "${ldd}")
foreach(entry IN LISTS icu)
  string(REGEX REPLACE ".* => " "" path "${entry}")
  file(COPY ${path} DESTINATION ${WORK}/native FOLLOW_SYMLINK_CHAIN)
endforeach()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env ${env}
          ${DOTNET} pack ${SOURCE}/bindings/csharp/IntroCheck/IntroCheck.csproj -c Release
          -p:IntroCheckNativeDir=${WORK}/native --artifacts-path ${WORK}/artifacts -o ${WORK}/package
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dotnet pack failed:\n${out}\n${err}")
endif()
file(GLOB nupkg ${WORK}/package/IntroCheck.*.nupkg)
execute_process(COMMAND ${CMAKE_COMMAND} -E tar tf ${nupkg} OUTPUT_VARIABLE listing)
foreach(expected "runtimes/linux-x64/native/libintrocheck.so.0" "runtimes/linux-x64/native/libicuuc.so"
                 "lib/net10.0/IntroCheck.dll" "lib/net10.0/IntroCheck.xml")
  string(FIND "${listing}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${nupkg} lacks ${expected}:\n${listing}")
  endif()
endforeach()
message(STATUS "C# tests passed; ${nupkg} carries the native library")
