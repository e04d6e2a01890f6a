"""The practice aggregates report as the benchmark specifies it, in a form all sides share.

The definitions are libcoach's (docs/reports.md, "Practice aggregates"), for a practice admin
without an organization:

* population: the engagements with an agreement whose [start, end] overlaps [from, to] (no
  bounds: every engagement with an agreement);
* per engagement, its *sessions* whose UTC start date lies in [from, to], all its *goals*,
  and its *check-ins*: well-being check-ins dated in [from, to], except client_private ones;
* tables: ``organization`` (the sponsor's id, or ``independent``), ``coach`` (the current
  coach), ``cohort`` (the quarter of the agreement's start, ``2026-Q1``), ``month``
  (``YYYY-MM`` of a session's start; an engagement is in every month it has a session in),
  and the total;
* measures: distinct ``clients``, ``engagements``, ``sessions_held``,
  ``sessions_cancelled``, ``sessions_no_show`` (scheduled sessions count in none),
  ``attendance_rate`` = held / (held + no_show) (None when 0), ``goals``,
  ``goals_achieved``, ``wellbeing_mean`` = mean thriving of the cell's engagements' check-ins
  (None without any). A month's cell: the clients and engagements with a session that month,
  that month's sessions, the check-ins dated that month of those engagements; goals are not
  broken down by month (None).

Suppression (k) is `suppression.suppressed_cells`. A report is normalised to
``{table: {key: measures or None}}`` (None: suppressed), rates rounded to 4 decimals, and
`differences` compares two reports with a tolerance of 1e-4 on the rates.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from compare.suppression import TOTAL, suppressed_cells

TABLES = ("organization", "coach", "cohort", "month")
INDEPENDENT = "independent"
EARLIEST = "0000-01-01"  # stands for "no lower bound" in date comparisons
LATEST = "9999-12-31"

Measures = dict[str, float | int | None]
Report = dict[str, dict[str, Measures | None]]


@dataclass(frozen=True, slots=True)
class Period:
    """The report's options: the period's bounds (inclusive, ISO dates) and k."""

    from_: str | None = None
    to: str | None = None
    k: int = 5

    @property
    def low(self) -> str:
        return self.from_ or EARLIEST

    @property
    def high(self) -> str:
        return self.to or LATEST


def cohort(start: str) -> str:
    """``2026-Q1`` for an agreement starting in January to March 2026."""
    return f"{start[:4]}-Q{(int(start[5:7]) - 1) // 3 + 1}"


@dataclass(slots=True)
class CellCounts:
    """A cell before suppression: its counts and the sum and number of thriving scores."""

    engagements: int = 0
    held: int = 0
    cancelled: int = 0
    no_show: int = 0
    goals: int = 0
    goals_achieved: int = 0
    thriving_sum: int = 0
    thriving_n: int = 0


def measures(clients: int, c: CellCounts, *, goals: bool = True) -> Measures:
    attended = c.held + c.no_show
    return {
        "clients": clients,
        "engagements": c.engagements,
        "sessions_held": c.held,
        "sessions_cancelled": c.cancelled,
        "sessions_no_show": c.no_show,
        "attendance_rate": round(c.held / attended, 4) if attended else None,
        "goals": c.goals if goals else None,
        "goals_achieved": c.goals_achieved if goals else None,
        "wellbeing_mean": round(c.thriving_sum / c.thriving_n, 4) if c.thriving_n else None,
    }


def publish(
    clients: Mapping[str, Mapping[str, Set[str]]],
    counts: Mapping[str, Mapping[str, CellCounts]],
    k: int,
) -> Report:
    """The normalised report from every cell's client set and counts (tables incl. TOTAL)."""
    hidden = suppressed_cells(clients, k)
    report: Report = {}
    for table, rows in clients.items():
        report[table] = {
            key: None
            if (table, key) in hidden
            else measures(len(members), counts[table][key], goals=table != "month")
            for key, members in sorted(rows.items())
        }
    return report


def differences(a: Report, b: Report) -> list[str]:
    """Where two normalised reports differ (empty when they agree); ids only, no content."""
    out: list[str] = []
    for table in sorted(set(a) | set(b)):
        rows_a, rows_b = a.get(table, {}), b.get(table, {})
        for key in sorted(set(rows_a) | set(rows_b)):
            if key not in rows_a or key not in rows_b:
                out.append(f"{table}/{key}: present on one side only")
            elif not same_cell(rows_a[key], rows_b[key]):
                out.append(f"{table}/{key}: {rows_a[key]} != {rows_b[key]}")
    return out


def same_cell(a: Measures | None, b: Measures | None) -> bool:
    if a is None or b is None:
        return a is b
    if a.keys() != b.keys():
        return False
    for name, x in a.items():
        y = b[name]
        if isinstance(x, float) and isinstance(y, float):
            if abs(x - y) > 1e-4:
                return False
        elif x != y:
            return False
    return True


def summary(report: Report) -> dict[str, int]:
    """Published and suppressed cells over all tables."""
    cells = [m for rows in report.values() for m in rows.values()]
    return {
        "cells": len(cells),
        "published": sum(m is not None for m in cells),
        "suppressed": sum(m is None for m in cells),
    }


__all__ = ["TABLES", "TOTAL", "CellCounts", "Period", "Report", "cohort", "publish"]
