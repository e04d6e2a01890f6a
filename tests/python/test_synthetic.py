"""The deterministic synthetic practice, driven from Python."""

from __future__ import annotations

import datetime as dt

import pytest

import libcoach as lc


@pytest.fixture(scope="module")
def small() -> tuple[lc.Practice, lc.SyntheticRoster]:
    return lc.Practice.synthetic(seed=42, scale="small")


def test_small_scale_has_a_realistic_cast(small: tuple[lc.Practice, lc.SyntheticRoster]) -> None:
    practice, roster = small
    assert len(roster.coaches) >= 3
    assert len(roster.clients) >= 10
    assert len(roster.organizations) >= 1
    assert len(roster.engagements) >= len(roster.clients)
    stats = practice.stats()
    assert stats.count(lc.RecordKind.coach) == len(roster.coaches)
    assert stats.count(lc.RecordKind.client) == len(roster.clients)
    assert stats.count(lc.RecordKind.session) > 0
    assert stats.count(lc.RecordKind.belief) > 0
    assert stats.count(lc.RecordKind.goal) > 0
    assert "coaches=" in repr(roster)


def test_the_roster_ids_work_in_views(small: tuple[lc.Practice, lc.SyntheticRoster]) -> None:
    practice, roster = small
    admin = practice.view(roster.admin)
    assert {c.id for c in admin.coaches()} == set(roster.coaches)
    assert {e.id for e in admin.engagements()} == set(roster.engagements)
    engagement = admin.engagement(roster.engagements[0])
    coach_view = practice.view(engagement.coach)
    assert engagement.id in {e.id for e in coach_view.engagements()}
    assert coach_view.goals(engagement.id) or coach_view.sessions(engagement.id)


def test_the_same_seed_gives_the_same_practice() -> None:
    a, roster_a = lc.Practice.synthetic(seed=7, scale=lc.Scale.tiny)
    b, roster_b = lc.Practice.synthetic(seed=7, scale="tiny")
    assert roster_a.clients == roster_b.clients
    assert roster_a.engagements == roster_b.engagements
    assert a.stats().records == b.stats().records
    _c, roster_c = lc.Practice.synthetic(seed=8, scale="tiny")
    assert roster_c.clients != roster_a.clients


def test_populate_practice_fills_an_empty_practice() -> None:
    practice = lc.Practice(clock=lc.stepping_clock(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)))
    roster = lc.populate_practice(practice, seed=42, scale="tiny", start=dt.date(2026, 3, 1))
    assert len(roster.coaches) == 1
    assert len(roster.clients) == 2
    with pytest.raises(lc.Conflict):
        lc.populate_practice(practice, seed=42, scale="tiny")


def test_unknown_scale() -> None:
    with pytest.raises(lc.ValidationError, match="scale"):
        lc.Practice.synthetic(scale="enormous")
