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
# Under its SONAME, the name the loader and the bindings' resolvers look for.
file(COPY_FILE ${LIBRARY} ${WORK}/native/libintrocheck.so.0.2)
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
foreach(expected "runtimes/linux-x64/native/libintrocheck.so.0.2\n" "runtimes/linux-x64/native/libicuuc.so"
                 "lib/net10.0/IntroCheck.dll\n" "lib/net10.0/IntroCheck.xml\n")
  string(FIND "${listing}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${nupkg} lacks ${expected}:\n${listing}")
  endif()
endforeach()
message(STATUS "C# tests passed; ${nupkg} carries the native library")

# A vendor's project referencing the package (from a local folder), run without
# INTROCHECK_LIBRARY: the package's own native library must load.
file(REMOVE_RECURSE ${WORK}/consumer)
file(COPY ${SOURCE}/tests/install/csharp_consumer/ DESTINATION ${WORK}/consumer)
file(WRITE ${WORK}/consumer/nuget.config
"<?xml version=\"1.0\" encoding=\"utf-8\"?>
<configuration>
  <packageSources>
    <clear />
    <add key=\"built\" value=\"${WORK}/package\" />
    <add key=\"local\" value=\"/opt/nuget/packages\" />
  </packageSources>
</configuration>
")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env --unset=INTROCHECK_LIBRARY DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
          NUGET_PACKAGES=${WORK}/consumer/packages NUGET_CERT_REVOCATION_MODE=offline
          ${DOTNET} run --project ${WORK}/consumer/Consumer.csproj
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the C# consumer of the package failed:\n${err}")
endif()
message(STATUS "a project referencing the IntroCheck package ran")
