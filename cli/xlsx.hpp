// Writing a Workbook (introcheck/sheets.hpp) as an .xlsx file with
// libxlsxwriter. Only the CLI links it: libintrocheck.so stays free of it.
#pragma once

#include <introcheck/sheets.hpp>

#include <string>

namespace introcheck::cli {

/// The workbook as the bytes of an .xlsx file: a frozen, filtered header on
/// each table, column widths, severity fills. Its creation date is
/// `book.created` (midnight UTC), and the same book always gives the same bytes.
/// Throws InputError when the file cannot be written.
std::string xlsx_bytes(const Workbook& book);

}  // namespace introcheck::cli
