#pragma once
// Rows of the CSV renderers (internal): cells know whether they hold free text, which
// csv_field protects against formula injection; rows end with CRLF (RFC 4180).

#include <initializer_list>
#include <string>
#include <string_view>

#include "libcoach/reports/csv.hpp"

namespace libcoach::reports {

/// A cell: its text, and whether it holds free text (protected against formulas).
struct Cell {
  std::string value;
  bool text = false;
};
/// Free text from a record or a name.
inline Cell txt(std::string_view s) {
  return {std::string(s), true};
}
/// A number, date, id or code.
inline Cell val(std::string s) {
  return {std::move(s), false};
}
/// 1 or 0.
inline Cell flag(bool b) {
  return {b ? "1" : "0", false};
}

/// Appends one row of cells.
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

/// Appends the header row (column names are fixed identifiers: never quoted).
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

}  // namespace libcoach::reports
