#pragma once
// Cell suppression for k-anonymous tables (internal): which cells of a set of tables and their
// total may be published so that no published figure, no difference between a table's
// total and its published cells, and no difference between two nested published cells
// describes between 1 and k−1 clients. The rules are documented in docs/reports.md.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace libcoach::reports {

/// A cell and the clients it describes.
struct SuppressionCell {
  std::string key;                     ///< Orders ties (smaller key first).
  std::vector<std::uint32_t> clients;  ///< Sorted, distinct client numbers.
  bool suppressed = false;
};

/// One table: its cells (positions in the cell list) and the clients of the total that fall
/// in none of them (sorted, distinct): they are in the difference total − Σ cells as well.
struct SuppressionTable {
  std::vector<std::size_t> cells;
  std::vector<std::uint32_t> uncovered;
};

/// Marks the cells to suppress (never unmarks):
///  0. a total with fewer than k clients suppresses everything;
///  1. a cell with 0 < clients < k;
///  2. per table, while the union S of its uncovered clients and its suppressed cells'
///     clients is non-empty and smaller than k, the published cell with the fewest clients
///     (ties: smallest key);
///  3. for published cells A ⊋ B (any tables, the total included) with |A \ B| < k, B —
///     cells taken as B in ascending order of (clients, position);
/// repeating 2–3 until nothing changes.
void suppress_cells(std::vector<SuppressionCell>& cells,
                    const std::vector<SuppressionTable>& tables, std::size_t total, std::int32_t k);

}  // namespace libcoach::reports
