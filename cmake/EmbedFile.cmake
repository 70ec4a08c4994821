# Script mode: cmake -DIN=file -DOUT=file.cpp -DNAME=symbol -P EmbedFile.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUT}"
"// Generated from ${IN}; do not edit.\n"
"#include <string_view>\n"
"namespace introcheck::data {\n"
"static const char ${NAME}_bytes[] = {${bytes} 0};\n"
"extern const std::string_view ${NAME};\n"
"const std::string_view ${NAME}{${NAME}_bytes, ${size}};\n"
"}\n")
