# introcheck_embed(OUT_VAR NAME file): turns a data file into a C++ source defining
#   extern const std::string_view introcheck::data::NAME;
# so the code tables ship inside the library and are parsed by the same loader a
# vendor uses for a replacement file at run time.
function(introcheck_embed out_var name file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${name}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DNAME=${name}
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
    COMMENT "Embedding ${name}"
    VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
