#pragma once
// The building blocks of every HTML report (internal): the page skeleton with its inline
// style sheet, sections, tables, facts and figures. Every text argument is plain text and is
// HTML-escaped here; only `body`, `content` and `svg` arguments are markup (built from these
// blocks and svg_chart.hpp). A report's renderer is one function that strings blocks together
// (html.cpp).

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "libcoach/reports/common.hpp"

namespace libcoach::html {

/// A whole page: doctype, UTF-8, the title, the style sheet (screen and A4 print), a
/// Content-Security-Policy that forbids every script and external resource, the report's
/// facts (generated, as of, for whom) and `body`.
std::string page(std::string_view title, const ReportHeader& header, std::string_view body);

/// A top-level section: printing starts each on a new page.
std::string section(std::string_view heading, std::string_view content);

/// A part of a section, with an `<h3>` heading; kept together when printed if it fits.
std::string subsection(std::string_view heading, std::string_view content);

/// What a column holds: numbers are aligned right, dates and numbers never wrap.
enum class Cells : std::uint8_t { text, number, date };

/// A table column: its header and what its cells hold.
struct Column {
  std::string name;
  Cells cells = Cells::text;
};

/// The cells of a table, row by row.
using Rows = std::vector<std::vector<std::string>>;

/// A table with header cells, and a caption unless `caption` is empty (when a heading right
/// above already names it); empty cells show a dash.
std::string table(std::string_view caption, const std::vector<Column>& columns,
                  const std::vector<std::vector<std::string>>& rows);

/// Label and value pairs as a definition list.
std::string facts(const std::vector<std::pair<std::string, std::string>>& items);

/// A chart and its caption.
std::string figure(std::string_view svg, std::string_view caption);

/// A paragraph; `empty` marks the "nothing here" notes.
std::string paragraph(std::string_view text, bool empty = false);

}  // namespace libcoach::html
