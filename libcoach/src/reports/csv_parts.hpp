#pragma once
// Rows of the CSV renderers: cells that know whether they hold free text (and so need the
// formula guard of csv_field), a header row and a data row (internal).

#include <initializer_list>
#include <string>
#include <string_view>

#include "libcoach/reports/csv.hpp"

namespace libcoach::detail::csv {

/// A cell: its text, and whether it holds free text (protected against formulas).
struct Cell {
  std::string value;
  bool text = false;
};
inline Cell txt(std::string_view s) {
  return {std::string(s), true};
}
inline Cell val(std::string s) {
  return {std::move(s), false};
}
inline Cell flag(bool b) {
  return {b ? "1" : "0", false};
}

/// One data row, CRLF-terminated.
inline void row(std::string& out, std::initializer_list<Cell> cells) {
  bool first = true;
  for (const Cell& c : cells) {
    if (!first)
      out += ',';
    first = false;
    out += csv_field(c.value, c.text);
  }
  out += "\r\n";
}

/// The header row (column names are plain identifiers).
inline void header_row(std::string& out, std::initializer_list<std::string_view> names) {
  bool first = true;
  for (const auto n : names) {
    if (!first)
      out += ',';
    first = false;
    out += n;
  }
  out += "\r\n";
}

}  // namespace libcoach::detail::csv
