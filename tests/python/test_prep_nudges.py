"""The session preparation sheet and nudges from Python: for every role on the world whose every
text field holds a secret, only what the viewer may see reaches any rendering; JSON follows its
schema; options are validated; each is audited once. Every person and organization is invented.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from support import MARKER, TODAY, World, same_document, secret

import libcoach as lc

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schema"
SECRET = re.compile(re.escape(MARKER) + r"-[a-z-]+")
# Two days in: the session of day one was held, nothing is scheduled after it.
AS_OF = TODAY + dt.timedelta(days=2)

# The coach's sheet: goals (no descriptions), the open action item, the habit check-in due and
# the shared note of the last session. Beliefs and values are not in play (no active goal, not
# touched since); the journal, process notes of other sessions and referrals never appear.
PREP_TEXTS = {
    secret(f)
    for f in [
        "goal-shared-title",
        "goal-shared-metric",
        "goal-shared-unit",
        "goal-private-title",
        "goal-private-metric",
        "action-title",
        "habit-title",
        "note-coaching",
    ]
}
# Nudges: the action item due and the habit check-in, with their titles.
NUDGE_TEXTS = {secret("action-title"), secret("habit-title")}


def renderings(report: Any) -> str:
    parts = [report.to_json(), report.to_csv(), report.to_markdown(), report._repr_html_()]
    parts.append(repr(report))
    if isinstance(report, lc.Nudges):
        parts.extend(repr(n) for n in report.nudges)
    return "\n".join(parts)


def viewers(w: World) -> dict[str, lc.Actor]:
    return {
        "coach": lc.Actor.coach(w.coach),
        "other_coach": lc.Actor.coach(w.other_coach),
        "client": lc.Actor.client(w.client),
        "sponsor": lc.Actor.sponsor(w.sponsor),
        "supervisor": lc.Actor.supervisor(w.supervisor),
        "admin": lc.Actor.admin(w.admin),
    }


EXPECTED: dict[str, dict[str, set[str] | type[Exception]]] = {
    "prep": {
        "coach": PREP_TEXTS,
        "other_coach": lc.NotFound,
        "client": lc.AccessDenied,
        "sponsor": lc.AccessDenied,
        "supervisor": lc.AccessDenied,  # their consent shows the engagement exists
        "admin": lc.AccessDenied,
    },
    "nudges": {
        "coach": NUDGE_TEXTS,
        "client": NUDGE_TEXTS,
        "other_coach": set(),
        "admin": set(),
        "sponsor": lc.AccessDenied,
        "supervisor": lc.AccessDenied,
    },
}


def builders(w: World) -> dict[str, Callable[[lc.View], Any]]:
    return {
        "prep": lambda v: lc.session_prep(v, w.engagement, as_of=AS_OF),
        "nudges": lambda v: lc.nudges(
            v, as_of=TODAY, horizon_days=7, inner_work_days={w.organization: 4}
        ),
    }


@pytest.mark.parametrize(
    ("kind", "who"), [(k, v) for k, row in EXPECTED.items() for v in row], ids=str
)
def test_every_role_sees_only_what_it_may(world: World, kind: str, who: str) -> None:
    view = world.practice.view(viewers(world)[who])
    build = builders(world)[kind]
    expected = EXPECTED[kind][who]
    if isinstance(expected, type):
        with pytest.raises(expected):
            build(view)
        return
    found = set(SECRET.findall(renderings(build(view))))
    # Counts only: the secrets themselves stay out of the messages.
    assert not found - expected, f"{len(found - expected)} secret(s) outside the viewer's rights"
    assert not expected - found, f"{len(expected - found)} secret(s) the viewer may see missing"


@pytest.mark.parametrize(("kind", "who"), [("prep", "coach"), ("nudges", "client")])
def test_json_follows_its_schema(world: World, kind: str, who: str) -> None:
    report = builders(world)[kind](world.practice.view(viewers(world)[who]))
    schema = json.loads((SCHEMAS / f"report-{kind}.schema.json").read_text())
    doc = json.loads(report.to_json())
    jsonschema.validate(doc, schema)
    assert doc["kind"] == kind == report.kind
    assert report.to_dict() == doc
    assert same_document(report.to_dict(), report.to_json())


def test_admin_nudges_are_operational_only(world: World) -> None:
    end = TODAY + dt.timedelta(days=180)  # the agreement's last day
    report = lc.nudges(
        world.practice.view(world.admin),
        as_of=end - dt.timedelta(days=3),
        inner_work_days={world.organization: 12},
    )
    schema = json.loads((SCHEMAS / "report-nudges.schema.json").read_text())
    jsonschema.validate(report.to_dict(), schema)
    kinds = {n.kind for n in report.nudges}
    assert kinds == {"agreement_ending", "inner_work_day"}
    assert all(n.title == "" and n.record is None for n in report.nudges)
    days = [n for n in report.nudges if n.kind == "inner_work_day"]
    assert {n.recipient.role for n in days} == {lc.Role.client, lc.Role.coach}
    assert all(n.organization == world.organization for n in days)
    assert days[0].due == dt.date(2026, 7, 1)  # the first weekday of July 2026, a Wednesday


def test_nudges_figures_and_reprs(world: World) -> None:
    report = lc.nudges(world.practice.view(world.client), as_of=TODAY)
    assert len(report) == len(report.nudges) == 2
    due = next(n for n in report.nudges if n.kind == "action_due")
    assert due.due == TODAY
    assert due.record_kind == lc.RecordKind.action_item
    assert due.engagement == world.engagement
    assert due.recipient == lc.Actor.client(world.client)
    assert MARKER not in repr(due)
    assert report.horizon_days == 7
    rows = report.to_csv().splitlines()
    assert rows[0].startswith("kind,due,engagement,organization,record_kind,record")
    assert len(rows) == 3


def test_prep_figures(world: World) -> None:
    prep = lc.session_prep(world.practice.view(world.coach), world.engagement, as_of=AS_OF)
    assert prep.last_session == world.session
    assert prep.next_session is None
    assert (prep.action_count, prep.goal_count, prep.note_count, prep.habit_count) == (1, 2, 1, 1)
    doc = prep.to_dict()
    shared = next(g for g in doc["goals"] if g["shared_with_sponsor"])
    assert (shared["baseline"], shared["then"], shared["current"]) == (1, 3, 3)  # measured before
    assert doc["notes"][0]["scope"] == "coaching"
    html = prep._repr_html_()
    assert html.startswith("<table")
    assert MARKER not in html


@pytest.mark.parametrize(
    "options",
    [
        {"horizon_days": -1},
        {"horizon_days": 400},
        {"inner_work_checkin_days": 0},
        {"inner_work_days": "org:5"},
        {"inner_work_days": "org:0"},
    ],
    ids=str,
)
def test_nudge_options_are_validated(world: World, options: dict[str, Any]) -> None:
    if "inner_work_days" in options:
        options = {"inner_work_days": {world.organization: int(options["inner_work_days"][4:])}}
    with pytest.raises(lc.ValidationError):
        lc.nudges(world.practice.view(world.coach), **options)


def test_each_is_audited_once(world: World) -> None:
    admin = world.practice.view(world.admin)

    def report_entries() -> list[lc.AuditEntry]:
        return [e for e in admin.audit_trail() if e.action == lc.AuditAction.report]

    before = len(report_entries())
    lc.session_prep(world.practice.view(world.coach), world.engagement)
    lc.nudges(world.practice.view(world.client))
    assert len(report_entries()) == before + 2
    with pytest.raises(lc.AccessDenied):
        lc.session_prep(world.practice.view(world.client), world.engagement)
    assert report_entries()[-1].outcome == lc.AuditOutcome.denied
    with pytest.raises(lc.AccessDenied):
        lc.nudges(world.practice.view(world.sponsor))
    assert report_entries()[-1].outcome == lc.AuditOutcome.denied
