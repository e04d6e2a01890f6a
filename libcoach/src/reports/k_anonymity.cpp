#include "reports/k_anonymity.hpp"

#include <algorithm>
#include <iterator>

namespace libcoach::reports {

namespace {

using Clients = std::vector<std::uint32_t>;

std::size_t k_size(std::int32_t k) {
  return static_cast<std::size_t>(k);
}

// Rule 2 for one table. Returns true when it suppressed a cell.
bool complement_table(std::vector<SuppressionCell>& cells, const SuppressionTable& table,
                      std::size_t k) {
  Clients s = table.uncovered;
  for (const std::size_t c : table.cells) {
    if (!cells[c].suppressed)
      continue;
    Clients merged;
    std::set_union(s.begin(), s.end(), cells[c].clients.begin(), cells[c].clients.end(),
                   std::back_inserter(merged));
    s = std::move(merged);
  }
  bool changed = false;
  while (!s.empty() && s.size() < k) {
    const SuppressionCell* best = nullptr;
    std::size_t best_index = 0;
    for (const std::size_t c : table.cells) {
      const SuppressionCell& cell = cells[c];
      if (cell.suppressed)
        continue;
      if (best == nullptr || cell.clients.size() < best->clients.size() ||
          (cell.clients.size() == best->clients.size() && cell.key < best->key)) {
        best = &cell;
        best_index = c;
      }
    }
    if (best == nullptr)
      break;  // Nothing left to publish in this table.
    cells[best_index].suppressed = true;
    changed = true;
    Clients merged;
    std::set_union(s.begin(), s.end(), best->clients.begin(), best->clients.end(),
                   std::back_inserter(merged));
    s = std::move(merged);
  }
  return changed;
}

// Rule 3 over every published cell. Returns true when it suppressed a cell.
bool suppress_nested(std::vector<SuppressionCell>& cells, std::size_t k) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (!cells[i].suppressed)
      order.push_back(i);
  }
  // Ascending size, then position: a deterministic order, and every candidate superset of a
  // cell comes after it (it is strictly larger), so its state is settled when B is checked.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return cells[a].clients.size() < cells[b].clients.size();
  });
  bool changed = false;
  for (std::size_t i = 0; i < order.size(); ++i) {
    SuppressionCell& b = cells[order[i]];
    const std::size_t nb = b.clients.size();
    if (nb == 0)
      continue;
    for (std::size_t j = i + 1; j < order.size(); ++j) {
      const SuppressionCell& a = cells[order[j]];
      const std::size_t na = a.clients.size();
      if (na >= nb + k)
        break;  // Sorted by size: every later A differs from B by k or more clients.
      if (na == nb || a.suppressed)
        continue;
      if (std::includes(a.clients.begin(), a.clients.end(), b.clients.begin(), b.clients.end())) {
        b.suppressed = true;
        changed = true;
        break;
      }
    }
  }
  return changed;
}

}  // namespace

void suppress_cells(std::vector<SuppressionCell>& cells,
                    const std::vector<SuppressionTable>& tables, std::size_t total,
                    std::int32_t k) {
  const std::size_t kk = k_size(k);
  if (cells[total].clients.size() < kk) {
    for (auto& c : cells)
      c.suppressed = true;
    return;
  }
  for (auto& c : cells) {
    if (!c.clients.empty() && c.clients.size() < kk)
      c.suppressed = true;
  }
  bool changed = true;
  while (changed) {
    changed = false;
    for (const SuppressionTable& t : tables)
      changed = complement_table(cells, t, kk) || changed;
    changed = suppress_nested(cells, kk) || changed;
  }
}

}  // namespace libcoach::reports
