// The xlsx writer: lays out a Workbook; every word in it comes from the library.
#include "xlsx.hpp"

#include "common.hpp"

#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace introcheck::cli {
namespace {

// Fills a spreadsheet's users know: Excel's own "bad", "neutral" and "good" styles.
struct Tone {
  lxw_color_t fill, font;
};
Tone tone_colours(CellTone t) {
  switch (t) {
    case CellTone::error: return {0xFFC7CE, 0x9C0006};
    case CellTone::warning: return {0xFFEB9C, 0x9C5700};
    case CellTone::info: return {0xDDEBF7, 0x1F4E78};
    case CellTone::muted: return {0xF2F2F2, 0x7F7F7F};
    case CellTone::plain: break;
  }
  return {LXW_COLOR_WHITE, LXW_COLOR_BLACK};
}

// One format per (column kind, tone), made once: libxlsxwriter keeps each for the workbook's life.
class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {
    heading_ = workbook_add_format(wb);
    format_set_bold(heading_);
    format_set_bg_color(heading_, 0xD9E1F2);
    format_set_bottom(heading_, LXW_BORDER_THIN);
    label_ = workbook_add_format(wb);
    format_set_bold(label_);
  }
  lxw_format* heading() const { return heading_; }
  lxw_format* label() const { return label_; }
  lxw_format* cell(ColumnKind kind, CellTone tone, bool wrap) {
    auto& slot = cells_[static_cast<int>(kind)][static_cast<int>(tone)][wrap];
    if (slot) return slot;
    slot = workbook_add_format(wb_);
    if (kind == ColumnKind::date) format_set_num_format(slot, "yyyy-mm-dd");
    if (kind == ColumnKind::share) format_set_num_format(slot, "0.0%");
    if (wrap) format_set_text_wrap(slot);
    format_set_align(slot, LXW_ALIGN_VERTICAL_TOP);
    if (tone != CellTone::plain) {
      Tone c = tone_colours(tone);
      format_set_bg_color(slot, c.fill);
      format_set_font_color(slot, c.font);
    }
    return slot;
  }

 private:
  lxw_workbook* wb_;
  lxw_format* heading_;
  lxw_format* label_;
  lxw_format* cells_[4][5][2] = {};
};

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const Cell& cell, lxw_format* fmt) {
  if (auto s = std::get_if<std::string>(&cell.value)) {
    worksheet_write_string(ws, r, c, s->c_str(), fmt);
  } else if (auto n = std::get_if<long long>(&cell.value)) {
    worksheet_write_number(ws, r, c, static_cast<double>(*n), fmt);
  } else if (auto x = std::get_if<double>(&cell.value)) {
    worksheet_write_number(ws, r, c, *x, fmt);
  } else if (auto d = std::get_if<Date>(&cell.value); d && !d->is_special()) {
    lxw_datetime dt = {d->year(), d->month(), d->day(), 0, 0, 0};
    worksheet_write_datetime(ws, r, c, &dt, fmt);
  } else if (cell.tone != CellTone::plain) {
    worksheet_write_blank(ws, r, c, fmt);
  }
}

void write_sheet(lxw_workbook* wb, Formats& formats, const Sheet& sheet) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
  if (!ws) throw InputError("xlsx: cannot add the sheet '" + sheet.name + "'");
  const lxw_row_t first = sheet.table ? 1 : 0;
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    const SheetColumn& col = sheet.columns[c];
    auto cc = static_cast<lxw_col_t>(c);
    worksheet_set_column(ws, cc, cc, col.width, nullptr);
    if (sheet.table) worksheet_write_string(ws, 0, cc, col.heading.c_str(), formats.heading());
  }
  for (std::size_t r = 0; r < sheet.rows.size(); ++r)
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
      const SheetColumn& col = sheet.columns[c];
      const Cell& cell = sheet.rows[r][c];
      // A summary's labels in bold; long texts (messages) wrap within their column.
      lxw_format* fmt = !sheet.table && c == 0 ? formats.label()
                                               : formats.cell(col.kind, cell.tone, col.width >= 80);
      if (std::holds_alternative<Date>(cell.value)) fmt = formats.cell(ColumnKind::date, cell.tone, false);
      write_cell(ws, first + static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), cell, fmt);
    }
  if (sheet.table && !sheet.columns.empty()) {
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                         static_cast<lxw_col_t>(sheet.columns.size() - 1));
  }
}

// libxlsxwriter writes only to a named file: a private one, read back and removed.
struct ScratchFile {
  std::string path;
  ScratchFile() {
    std::string dir = std::filesystem::temp_directory_path().string();
    std::string pattern = dir + "/introcheck-XXXXXX";
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw InputError("xlsx: cannot create a scratch file in " + dir);
    close(fd);
    path = pattern;
  }
  ~ScratchFile() { std::remove(path.c_str()); }
};

}  // namespace

std::string xlsx_bytes(const Workbook& book) {
  ScratchFile scratch;
  lxw_workbook* wb = workbook_new(scratch.path.c_str());
  if (!wb) throw InputError("xlsx: cannot start a workbook");
  // libxlsxwriter's properties are char*, which it copies and never changes.
  std::string title = book.title, author = "introcheck";
  lxw_doc_properties props = {};
  props.title = title.data();
  props.author = author.data();
  // The run's as-of date, not the clock: the same input gives the same file.
  struct tm day = {};
  day.tm_year = book.created.year() - 1900;
  day.tm_mon = book.created.month() - 1;
  day.tm_mday = book.created.day();
  props.created = timegm(&day);
  workbook_set_properties(wb, &props);
  Formats formats(wb);
  for (const Sheet& sheet : book.sheets) write_sheet(wb, formats, sheet);
  if (lxw_error err = workbook_close(wb); err != LXW_NO_ERROR)
    throw InputError(std::string("xlsx: cannot write the workbook: ") + lxw_strerror(err));
  std::ifstream in(scratch.path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace introcheck::cli
