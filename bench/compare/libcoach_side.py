"""The libcoach side: everything through the Python package, every read through a View.

The practice aggregates report (`libcoach.practice_aggregates`) is being added to libcoach in
parallel. Until the installed package has it, `practice_aggregates` runs a clearly labelled
**stand-in**: the practice admin's `view.engagements()` and `view.sessions_frame()`, with the
sessions counted by status per organization, coach, cohort and month in NumPy. The stand-in
reads about what the report reads but computes no goals, well-being or suppression, so its
time is indicative only and its numbers are not compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

import libcoach as lc
from compare.aggregates import INDEPENDENT, TOTAL, Period, Report, cohort
from compare.progress import Progress, from_report

HAS_REPORT = hasattr(lc, "practice_aggregates")
MEASURES = (
    "clients",
    "engagements",
    "sessions_held",
    "sessions_cancelled",
    "sessions_no_show",
    "attendance_rate",
    "goals",
    "goals_achieved",
    "wellbeing_mean",
)


def open_store(path: Path, defer_snapshot: bool = True) -> lc.Practice:
    # Read-only: a report's audit entry stays in memory instead of refusing the read; each
    # table is decoded on its first use unless `defer_snapshot` is False.
    return lc.Practice.open(
        path, read_only=True, audit_in_memory=True, defer_snapshot=defer_snapshot
    )


def practice_aggregates(practice: lc.Practice, admin: str, period: Period) -> Report | None:
    """The normalised report (aggregates.Report), or None from the stand-in."""
    view = practice.view(lc.AdminId(admin))
    if not HAS_REPORT:
        stand_in(view)
        return None
    report = lc.practice_aggregates(  # type: ignore[attr-defined,unused-ignore]
        view,
        from_=_date(period.from_),
        to=_date(period.to),
        k=period.k,
    )
    return normalise(report.to_dict())


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def stand_in(view: lc.View) -> dict[str, dict[str, np.ndarray[Any, Any]]]:
    """Sessions by status per dimension from the admin's session frame (no suppression)."""
    engagements = [e for e in view.engagements() if e.agreement is not None]
    keys: dict[str, dict[str, str]] = {"organization": {}, "coach": {}, "cohort": {}}
    for e in engagements:
        agreement = e.agreement
        assert agreement is not None
        eid = str(e.id)
        keys["organization"][eid] = str(e.sponsor) if e.sponsor is not None else INDEPENDENT
        keys["coach"][eid] = str(e.coach)
        keys["cohort"][eid] = cohort(agreement.start.isoformat())
    frame = view.sessions_frame()
    codes = frame.codes("status")
    statuses = list(frame.categories["status"])
    engagement_of = frame["engagement"]
    months = frame["start"].astype("datetime64[M]").astype(str)
    out: dict[str, dict[str, np.ndarray[Any, Any]]] = {}
    for table, of in keys.items():
        cell = np.array([of.get(e, "") for e in engagement_of], dtype=object)
        out[table] = _count(cell, codes, len(statuses))
    out["month"] = _count(months, codes, len(statuses))
    out[TOTAL] = {TOTAL: np.bincount(codes, minlength=len(statuses))}
    return out


def _count(
    cells: np.ndarray[Any, Any], codes: np.ndarray[Any, Any], n: int
) -> dict[str, np.ndarray[Any, Any]]:
    keys, index = np.unique(cells, return_inverse=True)
    counts = np.zeros((len(keys), n), dtype=np.int64)
    np.add.at(counts, (index, codes), 1)
    return {str(k): counts[i] for i, k in enumerate(keys)}


def normalise(doc: Mapping[str, Any]) -> Report:
    """libcoach's report (`to_dict()`) as an aggregates.Report.

    Reads the JSON's shape (docs/schema/report-practice.schema.json): ``{"tables":
    [{"dimension": ..., "cells": [...]}], "total": cell}``, a cell ``{"key", "label",
    "suppressed", <measures>}`` (measures also accepted nested under ``"measures"``). Raises
    ValueError when the document has another shape, so that a change is a reported harness
    failure rather than a silent disagreement.
    """
    tables = doc.get("tables")
    named: dict[str, list[Mapping[str, Any]]]
    if isinstance(tables, Mapping):
        named = {str(k): list(v) for k, v in tables.items()}
    elif isinstance(tables, list):
        named = {str(t.get("dimension", t.get("name"))): list(t["cells"]) for t in tables}
    else:
        raise ValueError("practice aggregates: no 'tables' in the report document")
    report: Report = {}
    for name, cells in named.items():
        report[name] = {str(c["key"]): _cell(c) for c in cells}
    total = doc.get("total")
    if not isinstance(total, Mapping):
        raise ValueError("practice aggregates: no 'total' in the report document")
    report[TOTAL] = {TOTAL: _cell(total)}
    return report


def _cell(cell: Mapping[str, Any]) -> dict[str, float | int | None] | None:
    if cell.get("suppressed"):
        return None
    figures = cell.get("measures") or cell  # nested or flat, as in the JSON
    out: dict[str, float | int | None] = {}
    for name in MEASURES:
        value = figures.get(name)
        if isinstance(value, float) and name in ("attendance_rate", "wellbeing_mean"):
            value = round(value, 4)
        out[name] = value
    return out


def engagement_progress(view: lc.View, engagement: str, as_of: str) -> Progress:
    report = lc.engagement_report(view, lc.EngagementId(engagement), dt.date.fromisoformat(as_of))
    return from_report(report.to_dict())


def engagement_report_only(view: lc.View, engagement: str, as_of: str) -> lc.EngagementReport:
    """The report without its conversion to Python values: the core's share of the time."""
    return lc.engagement_report(view, lc.EngagementId(engagement), dt.date.fromisoformat(as_of))
