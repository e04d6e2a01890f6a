"""The numbers of the engagement progress workload, as every side computes them.

A subset of libcoach's engagement report (docs/reports.md, engagement progress) that the
three sides can produce from the same records: sessions by status, goals (count, achieved,
mean progress), action items (count, done, overdue as of a day), habits (count, check-ins,
kept) and well-being (check-ins the coach may see, mean thriving). `from_report` reads the
same numbers out of libcoach's report so that the sides can be compared with ``==``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from compare.rows import Goal

Progress = dict[str, float | int | None]


def goal_progress(g: Goal) -> float:
    """`Goal::progress()`: baseline -> target in [0, 1] (1 when they are equal)."""
    return clamped_progress(g.baseline, g.current, g.target)


def clamped_progress(baseline: float, current: float, target: float) -> float:
    span = target - baseline
    if span == 0.0:
        return 1.0
    return min(max((current - baseline) / span, 0.0), 1.0)


def progress_numbers(
    *,
    statuses: Sequence[str],
    goals: Sequence[tuple[str, float]],
    actions: Sequence[tuple[str | None, str | None]],
    habits: Sequence[tuple[int, int]],
    thriving: Sequence[int],
    as_of: str,
) -> Progress:
    by_status = Counter(statuses)
    return {
        "sessions_held": by_status["held"],
        "sessions_scheduled": by_status["scheduled"],
        "sessions_cancelled": by_status["cancelled"],
        "sessions_no_show": by_status["no_show"],
        "goals": len(goals),
        "goals_achieved": sum(status == "achieved" for status, _ in goals),
        "goal_progress_mean": _mean([p for _, p in goals]),
        "action_items": len(actions),
        "action_items_done": sum(done is not None for _, done in actions),
        "action_items_overdue": sum(
            done is None and due is not None and due < as_of for due, done in actions
        ),
        "habits": len(habits),
        "habit_check_ins": sum(n for n, _ in habits),
        "habit_kept": sum(kept for _, kept in habits),
        "wellbeing_check_ins": len(thriving),
        "thriving_mean": _mean([float(t) for t in thriving]),
    }


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def from_report(report: Mapping[str, Any]) -> Progress:
    """The same numbers from `libcoach.engagement_report(...).to_dict()`."""
    allotment = report["allotment"]
    goals = report["goals"]
    actions = report["action_items"]
    habits = report["habits"]
    wellbeing = report["wellbeing"]
    progresses = [float(g["progress"]) for g in goals if g.get("progress") is not None]
    check_ins = int(wellbeing["check_ins"])
    thriving = wellbeing.get("thriving") or {}
    return {
        "sessions_held": int(allotment["held"]),
        "sessions_scheduled": int(allotment["scheduled"]),
        "sessions_cancelled": int(allotment["cancelled"]),
        "sessions_no_show": int(allotment["no_show"]),
        "goals": len(goals),
        "goals_achieved": sum(g["status"] == "achieved" for g in goals),
        "goal_progress_mean": _mean(progresses),
        "action_items": len(actions),
        "action_items_done": sum(a.get("done") is not None for a in actions),
        "action_items_overdue": sum(bool(a.get("overdue")) for a in actions),
        "habits": len(habits),
        "habit_check_ins": sum(int(h["check_ins"]) for h in habits),
        "habit_kept": sum(int(h["kept"]) for h in habits),
        "wellbeing_check_ins": check_ins,
        "thriving_mean": round(float(thriving["mean"]), 4) if check_ins else None,
    }
