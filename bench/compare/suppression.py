"""The k-anonymity suppression step of the practice aggregates report.

One implementation, shared by the SQLite and the plain-Python sides, so that they can differ
only in how they find the cells and their client sets. The rules (docs/reports.md, practice
aggregates):

1. a cell with 0 < clients < k is suppressed;
2. per table: let S be the union of the client sets of the table's suppressed cells and of
   the total's clients in no cell of the table (the month table's clients without a session
   in the period); while S is non-empty and |S| < k, the published cell with the fewest
   clients (ties: the smallest key) is suppressed too and its clients join S;
3. across all tables and the total: for published cells A, B with clients(B) a proper subset
   of clients(A) and |clients(A) minus clients(B)| < k, B is suppressed. libcoach takes the
   cells as B in ascending order of size; since A is always larger than B, finding every such
   B against the cells published when the pass starts gives the same result.

2 and 3 repeat until nothing changes. When the total has fewer than k clients, everything is
suppressed.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

TOTAL = "total"  # the table (and the key) of the total row

Cell = tuple[str, str]  # (table, key)


def suppressed_cells(tables: Mapping[str, Mapping[str, Set[str]]], k: int) -> set[Cell]:
    """The cells to suppress, given each table's cells and their client sets.

    `tables` maps a table name to its cells (key -> distinct client ids); it holds the total
    as table `TOTAL` with the single key `TOTAL`.
    """
    cells: dict[Cell, Set[str]] = {
        (table, key): clients for table, rows in tables.items() for key, clients in rows.items()
    }
    total = tables[TOTAL][TOTAL]
    if len(total) < k:
        return set(cells)
    suppressed = {cell for cell, clients in cells.items() if 0 < len(clients) < k}

    # Which cells hold a client: a proper superset A of B holds every client of B, so the
    # cells holding any one client of B are the only candidates for A.
    holding: dict[str, list[Cell]] = {}
    for cell, clients in cells.items():
        for client in clients:
            holding.setdefault(client, []).append(cell)

    changed = True
    while changed:
        changed = _complementary(tables, suppressed, k)
        changed = _nested(cells, holding, suppressed, k) or changed
    return suppressed


def _complementary(
    tables: Mapping[str, Mapping[str, Set[str]]], suppressed: set[Cell], k: int
) -> bool:
    total = tables[TOTAL][TOTAL]
    changed = False
    for table, rows in tables.items():
        if table == TOTAL:
            continue
        hidden: set[str] = set()
        covered: set[str] = set()
        for key, clients in rows.items():
            covered |= clients
            if (table, key) in suppressed:
                hidden |= clients
        hidden |= total - covered
        while hidden and len(hidden) < k:
            published = [(len(c), key) for key, c in rows.items() if (table, key) not in suppressed]
            if not published:
                break
            _, key = min(published)
            suppressed.add((table, key))
            hidden |= rows[key]
            changed = True
    return changed


def _nested(
    cells: Mapping[Cell, Set[str]],
    holding: Mapping[str, list[Cell]],
    suppressed: set[Cell],
    k: int,
) -> bool:
    found: list[Cell] = []
    for b, b_clients in cells.items():
        if b in suppressed or not b_clients:
            continue
        some_client = next(iter(b_clients))
        for a in holding[some_client]:
            if a == b or a in suppressed:
                continue
            a_clients = cells[a]
            extra = len(a_clients) - len(b_clients)
            if 0 < extra < k and b_clients <= a_clients:
                found.append(b)
                break
    suppressed.update(found)
    return bool(found)
