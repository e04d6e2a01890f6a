"""The practice aggregates report as the benchmark specifies it, in a form all sides share.

Population: the engagements with an agreement whose [start, end] overlaps [from, to] (no
bounds: every engagement with an agreement). Sessions: their sessions whose start date (UTC)
lies in [from, to].

Tables: ``organization`` (the sponsor's id, or ``independent``), ``coach`` (the current
coach), ``cohort`` (the quarter of the agreement's start, ``2026-Q1``), ``month`` (``YYYY-MM``
of the session start) and the total. Measures of a cell:

* ``clients``, ``engagements``: distinct clients and engagements of the cell. A month's cell
  holds the engagements with a session in that month and their clients;
* ``sessions_held``, ``sessions_cancelled``, ``sessions_no_show`` (of the cell's sessions) and
  ``attendance_rate`` = held / (held + no_show), None when 0;
* ``goals``, ``goals_achieved``: the goals of the cell's engagements;
* ``wellbeing_mean``: the mean ``thriving`` of the well-being check-ins that the cell's
  clients made on population engagements, dated in [from, to] (a month's cell: in that
  month); None when there are none.

Suppression (k) is `suppression.suppressed_cells`. A report is normalised to
``{table: {key: measures or None}}`` (None: suppressed), numbers rounded to 4 decimals, so
the three implementations' reports compare with ``==``.
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


def measures(clients: int, c: CellCounts) -> Measures:
    attended = c.held + c.no_show
    return {
        "clients": clients,
        "engagements": c.engagements,
        "sessions_held": c.held,
        "sessions_cancelled": c.cancelled,
        "sessions_no_show": c.no_show,
        "attendance_rate": round(c.held / attended, 4) if attended else None,
        "goals": c.goals,
        "goals_achieved": c.goals_achieved,
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
            key: None if (table, key) in hidden else measures(len(members), counts[table][key])
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
            elif rows_a[key] != rows_b[key]:
                out.append(f"{table}/{key}: {rows_a[key]} != {rows_b[key]}")
    return out


def summary(report: Report) -> dict[str, int]:
    """Published and suppressed cells over all tables."""
    cells = [m for rows in report.values() for m in rows.values()]
    return {
        "cells": len(cells),
        "published": sum(m is not None for m in cells),
        "suppressed": sum(m is None for m in cells),
    }


__all__ = ["TABLES", "TOTAL", "CellCounts", "Period", "Report", "cohort", "publish"]
