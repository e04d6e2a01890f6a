#pragma once
// Headings and tables of the Markdown renderers (internal). Cells are passed already escaped
// (markdown_escape for record text); an empty cell shows as an en dash.

#include <initializer_list>
#include <string>
#include <string_view>

#include "libcoach/reports/common.hpp"

namespace libcoach::reports {

/// The cells of one table row.
using Row = std::initializer_list<std::string>;

/// Appends a table's head and its separator line.
inline void table(std::string& out, Row head) {
  out += '|';
  for (const auto& h : head)
    out += " " + h + " |";
  out += "\n|";
  for (std::size_t i = 0; i < head.size(); ++i)
    out += " --- |";
  out += '\n';
}

/// Appends one table row.
inline void row(std::string& out, Row cells) {
  out += '|';
  for (const auto& c : cells)
    out += " " + (c.empty() ? std::string("–") : c) + " |";
  out += '\n';
}

/// The title and the lines every report starts with: generated, as of, for whom.
inline std::string header(const ReportHeader& h, std::string_view title) {
  std::string out = "# " + std::string(title) + "\n\n";
  out += "- Generated: " + h.generated.to_string() + "\n";
  out += "- As of: " + h.as_of.to_string() + "\n";
  out += "- For: " + std::string(to_string(h.viewer.role)) + " " + format_uuid(h.viewer.id) + "\n";
  return out;
}

}  // namespace libcoach::reports
