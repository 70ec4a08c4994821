# Install rules and the CMake package, so a vendor's project can say
#   find_package(introcheck) ... target_link_libraries(app introcheck::core)
# or link the C ABI through introcheck::shared or pkg-config (introcheck.pc, or
# introcheck-0.2.pc to pin the ABI series).
include(CMakePackageConfigHelpers)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/introcheck
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/include/introcheck/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/introcheck)
install(FILES ${PROJECT_SOURCE_DIR}/capi/include/introcheck.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(introcheck_targets introcheck_core introcheck_shared)
if(INTROCHECK_BUILD_CLI)
  list(APPEND introcheck_targets introcheck_cli)
endif()
install(TARGETS ${introcheck_targets}
        EXPORT introcheckTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/introcheck)
install(EXPORT introcheckTargets NAMESPACE introcheck:: DESTINATION ${config_dir})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/introcheckConfig.cmake.in
  ${PROJECT_BINARY_DIR}/introcheckConfig.cmake INSTALL_DESTINATION ${config_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/introcheckConfigVersion.cmake
  COMPATIBILITY ${INTROCHECK_COMPATIBILITY})
install(FILES ${PROJECT_BINARY_DIR}/introcheckConfig.cmake
              ${PROJECT_BINARY_DIR}/introcheckConfigVersion.cmake
        DESTINATION ${config_dir})

# introcheck.pc for the newest, introcheck-0.2.pc to pin the ABI series
# (as gtk+-3.0.pc does); the same content.
configure_file(${PROJECT_SOURCE_DIR}/cmake/introcheck.pc.in
               ${PROJECT_BINARY_DIR}/introcheck.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/introcheck.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
install(FILES ${PROJECT_BINARY_DIR}/introcheck.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig RENAME introcheck-${INTROCHECK_SOVERSION}.pc)
