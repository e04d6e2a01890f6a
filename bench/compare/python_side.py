"""The plain-Python implementation: dataclasses in a pickle, dictionaries and loops.

What a developer would write without a database: load the whole pickle, index what the
workload needs by engagement, loop.
"""

from __future__ import annotations

import os
import pickle
from collections import defaultdict
from pathlib import Path

from compare.aggregates import INDEPENDENT, TOTAL, CellCounts, Period, Report, cohort, publish
from compare.progress import Progress, goal_progress, progress_numbers
from compare.rows import ActionItem, Dataset, Goal, Habit, Session, Wellbeing


def save(data: Dataset, path: Path) -> None:
    with path.open("wb") as f:
        pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        f.flush()
        os.fsync(f.fileno())


def load(path: Path) -> Dataset:
    with path.open("rb") as f:
        data = pickle.load(f)
    assert isinstance(data, Dataset)
    return data


def practice_aggregates(data: Dataset, period: Period) -> Report:
    low, high = period.low, period.high
    population = {
        e.id: e
        for e in data.engagements
        if e.start is not None and e.end is not None and e.start <= high and e.end >= low
    }
    dims: dict[str, dict[str, str]] = {"organization": {}, "coach": {}, "cohort": {}}
    for e in population.values():
        assert e.start is not None
        dims["organization"][e.id] = e.sponsor or INDEPENDENT
        dims["coach"][e.id] = e.coach
        dims["cohort"][e.id] = cohort(e.start)

    clients: dict[str, dict[str, set[str]]] = {t: defaultdict(set) for t in (*dims, "month")}
    clients[TOTAL] = {TOTAL: set()}
    counts: dict[str, dict[str, CellCounts]] = {t: defaultdict(CellCounts) for t in clients}
    for e in population.values():
        for table, of in dims.items():
            clients[table][of[e.id]].add(e.client)
            counts[table][of[e.id]].engagements += 1
        clients[TOTAL][TOTAL].add(e.client)
        counts[TOTAL][TOTAL].engagements += 1

    month_engagements: dict[str, set[str]] = defaultdict(set)
    for s in data.sessions:
        if s.engagement not in population or not low <= s.start[:10] <= high:
            continue
        month = s.start[:7]
        month_engagements[month].add(s.engagement)
        clients["month"][month].add(s.client)
        cells = [counts[t][of[s.engagement]] for t, of in dims.items()]
        cells += [counts["month"][month], counts[TOTAL][TOTAL]]
        for c in cells:
            _count_session(c, s)
    for month, engagements in month_engagements.items():
        counts["month"][month].engagements = len(engagements)

    for g in data.goals:
        if g.engagement in population:
            achieved = g.status == "achieved"
            for c in [counts[t][of[g.engagement]] for t, of in dims.items()]:
                c.goals += 1
                c.goals_achieved += achieved
            counts[TOTAL][TOTAL].goals += 1
            counts[TOTAL][TOTAL].goals_achieved += achieved

    for w in data.wellbeing:
        if w.private or w.engagement not in population or not low <= w.on <= high:
            continue
        cells = [counts[t][of[w.engagement]] for t, of in dims.items()]
        cells.append(counts[TOTAL][TOTAL])
        month = w.on[:7]
        if w.engagement in month_engagements.get(month, ()):
            cells.append(counts["month"][month])
        for c in cells:
            c.thriving_sum += w.thriving
            c.thriving_n += 1
    return publish(clients, counts, period.k)


def _count_session(c: CellCounts, s: Session) -> None:
    if s.status == "held":
        c.held += 1
    elif s.status == "cancelled":
        c.cancelled += 1
    elif s.status == "no_show":
        c.no_show += 1


class Index:
    """The records of each engagement, built once after the pickle is loaded (the dictionary a
    developer would keep instead of a database index)."""

    def __init__(self, data: Dataset) -> None:
        self.engagements = {e.id: e for e in data.engagements}
        self.by_coach: dict[str, list[str]] = defaultdict(list)
        self.by_contact: dict[str, list[str]] = defaultdict(list)
        for e in data.engagements:
            self.by_coach[e.coach].append(e.id)
            if e.attendance:
                for contact in e.sponsor_contacts:
                    self.by_contact[contact].append(e.id)
        self.sessions: dict[str, list[Session]] = defaultdict(list)
        self.goals: dict[str, list[Goal]] = defaultdict(list)
        self.action_items: dict[str, list[ActionItem]] = defaultdict(list)
        self.habits: dict[str, list[Habit]] = defaultdict(list)
        self.wellbeing: dict[str, list[Wellbeing]] = defaultdict(list)
        for s in data.sessions:
            self.sessions[s.engagement].append(s)
        for g in data.goals:
            self.goals[g.engagement].append(g)
        for a in data.action_items:
            self.action_items[a.engagement].append(a)
        for h in data.habits:
            self.habits[h.engagement].append(h)
        for w in data.wellbeing:
            self.wellbeing[w.engagement].append(w)

    def coach_scan(self, coach: str) -> list[tuple[object, ...]]:
        """Every session of the engagements the coach runs, every field."""
        # The tuple is spelled out rather than Session.as_tuple(): this loop is what the
        # benchmark times, and a plain-Python program would not pay a call per record.
        return [
            (
                s.id,
                s.engagement,
                s.client,
                s.start,
                s.duration_minutes,
                s.modality,
                s.status,
                s.group,
                s.pro_bono,
            )
            for e in self.by_coach[coach]
            for s in self.sessions[e]
        ]

    def sponsor_scan(self, contact: str) -> list[tuple[object, ...]]:
        """Every session of the engagements the sponsor contact is listed on whose agreement
        grants attendance: operational fields only."""
        return [
            (s.id, s.engagement, s.start, s.duration_minutes, s.status)
            for e in self.by_contact[contact]
            for s in self.sessions[e]
        ]

    def engagement_progress(self, engagement: str, as_of: str) -> Progress:
        sessions = self.sessions[engagement]
        goals = self.goals[engagement]
        actions = self.action_items[engagement]
        habits = self.habits[engagement]
        checks = [w for w in self.wellbeing[engagement] if not w.private]
        return progress_numbers(
            statuses=[s.status for s in sessions],
            goals=[(g.status, goal_progress(g)) for g in goals],
            actions=[(a.due, a.done) for a in actions],
            habits=[(h.check_ins, h.kept) for h in habits],
            thriving=[w.thriving for w in checks],
            as_of=as_of,
        )
