// Internal: memory given back once it has been read.
#pragma once

namespace introcheck::detail {

/// Gives back the whole pages inside [begin, end) that will not be read
/// again: of a private file mapping (they read as the file again if they
/// are), or of the library's own buffer, such as the UTF-8 copy of a
/// converted file (they read as zeros if they are). A national import then
/// holds the records, not the records and the text.
void release_pages(const char* begin, const char* end);

}  // namespace introcheck::detail
