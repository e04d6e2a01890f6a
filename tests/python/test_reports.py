"""Reports from Python: every report for every role on the world whose every text field holds
a secret; nothing outside the viewer's rights reaches any rendering; JSON follows its schema;
iCalendar parses; each report is audited once. Every person and organization is invented.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import icalendar
import jsonschema
import pytest
from support import MARKER, World, same_document, secret

import libcoach as lc

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schema"
SECRET = re.compile(re.escape(MARKER) + r"-[a-z-]+")

# What the coach and the client may see in an engagement report: outer work and coaching
# inner work (descriptions are not part of it; notes, fears, purposes, reflections,
# insights, referrals and disclosures never are).
ENGAGEMENT_TEXTS = {
    secret(f)
    for f in [
        "goal-shared-title",
        "goal-shared-metric",
        "goal-shared-unit",
        "goal-private-title",
        "goal-private-metric",
        "milestone-title",
        "action-title",
        "habit-title",
        "skill-competency",
        "value-name",
        "value-meaning",
        "belief-statement",
        "belief-category",
        "belief-reframe",
    ]
}
SPONSOR_TEXTS = {secret(f) for f in ["goal-shared-title", "goal-shared-metric", "goal-shared-unit"]}


def renderings(report: Any) -> str:
    parts = [report.to_json(), report.to_csv(), report.to_markdown(), report.to_html()]
    parts.append(report._repr_html_())
    parts.append(repr(report))
    if isinstance(report, lc.SessionCalendar):
        parts.append(report.to_ical())
    return "\n".join(parts)


def secrets_in(text: str) -> set[str]:
    return set(SECRET.findall(text))


def viewers(w: World) -> dict[str, lc.Actor]:
    return {
        "coach": lc.Actor.coach(w.coach),
        "other_coach": lc.Actor.coach(w.other_coach),
        "client": lc.Actor.client(w.client),
        "sponsor": lc.Actor.sponsor(w.sponsor),
        "supervisor": lc.Actor.supervisor(w.supervisor),
        "admin": lc.Actor.admin(w.admin),
    }


# (report, viewer) -> the secrets the viewer may see, or the error the viewer gets.
EXPECTED: dict[str, dict[str, set[str] | type[Exception]]] = {
    "engagement": {
        "coach": ENGAGEMENT_TEXTS,
        "client": ENGAGEMENT_TEXTS,
        "other_coach": lc.NotFound,
        "sponsor": lc.AccessDenied,
        "supervisor": lc.AccessDenied,  # their consent shows the engagement exists
        "admin": lc.AccessDenied,
    },
    "sponsor": {
        "sponsor": SPONSOR_TEXTS,
        **{v: lc.AccessDenied for v in ["coach", "other_coach", "client", "supervisor", "admin"]},
    },
    "hours": {
        "coach": set(),
        "other_coach": set(),
        **{v: lc.AccessDenied for v in ["client", "sponsor", "supervisor", "admin"]},
    },
    "calendar": {
        "coach": set(),
        "other_coach": set(),
        **{v: lc.AccessDenied for v in ["client", "sponsor", "supervisor", "admin"]},
    },
}


def builders(w: World) -> dict[str, Callable[[lc.View], Any]]:
    return {
        "engagement": lambda v: lc.engagement_report(v, w.engagement),
        "sponsor": lc.sponsor_report,
        "hours": lc.hours_log,
        "calendar": lc.session_calendar,
    }


@pytest.mark.parametrize(
    ("kind", "who"), [(k, v) for k, row in EXPECTED.items() for v in row], ids=str
)
def test_every_report_for_every_role_shows_only_what_the_viewer_may_see(
    world: World, kind: str, who: str
) -> None:
    view = world.practice.view(viewers(world)[who])
    build = builders(world)[kind]
    expected = EXPECTED[kind][who]
    if isinstance(expected, type):
        with pytest.raises(expected):
            build(view)
        return
    found = secrets_in(renderings(build(view)))
    leaked = found - expected
    missing = expected - found
    # Counts only: the secrets themselves stay out of the messages.
    assert not leaked, f"{len(leaked)} secret(s) outside the viewer's rights"
    assert not missing, f"{len(missing)} secret(s) the viewer may see are missing"


def test_unshared_goals_reach_the_sponsor_only_as_redacted_lines(world: World) -> None:
    report = lc.sponsor_report(world.practice.view(world.sponsor))
    doc = report.to_dict()
    (engagement,) = doc["engagements"]
    redacted = [g for g in engagement["goals"] if g["redacted"]]
    assert len(redacted) == 1
    assert redacted[0]["title"] == ""
    assert redacted[0]["progress"] is None
    assert engagement["attendance"]["held"] == 1


def test_html_card_has_no_content_and_is_escaped(world: World) -> None:
    report = lc.engagement_report(world.practice.view(world.coach), world.engagement)
    html = report._repr_html_()
    assert html.startswith("<table")
    assert html.endswith("</table>")
    assert MARKER not in html
    assert "<script" not in html


@pytest.mark.parametrize("kind", ["engagement", "sponsor", "hours", "calendar"])
def test_json_follows_its_schema(world: World, kind: str) -> None:
    who = {"engagement": "client", "sponsor": "sponsor", "hours": "coach", "calendar": "coach"}
    report = builders(world)[kind](world.practice.view(viewers(world)[who[kind]]))
    schema = json.loads((SCHEMAS / f"report-{kind}.schema.json").read_text())
    doc = json.loads(report.to_json())
    jsonschema.validate(doc, schema)
    assert doc["kind"] == kind == report.kind
    assert report.to_dict() == doc
    assert same_document(report.to_dict(), report.to_json())


def test_engagement_report_figures(world: World) -> None:
    report = lc.engagement_report(world.practice.view(world.coach), world.engagement)
    doc = report.to_dict()
    shared = next(g for g in doc["goals"] if g["shared_with_sponsor"])
    assert (shared["baseline"], shared["current"], shared["target"]) == (1, 3, 5)
    assert shared["progress"] == 0.5
    assert shared["trend"] == "improving"
    assert report.allotment.held == 1
    assert report.allotment.allotted == 12
    issues = {(f["issue"], f["kind"]) for f in doc["iceberg"]}
    # The shared goal has no inner work linked; the value, fear, purpose, reflection and
    # insight are linked to no goal; the linked belief and goal are not findings.
    assert ("goal_without_inner_work", "goal") in issues
    assert ("inner_without_goal", "fear") in issues
    assert ("inner_without_goal", "belief") not in issues
    assert report.iceberg_count == len(doc["iceberg"]) == 6


def test_hours_log_anonymises_clients(world: World) -> None:
    log = lc.hours_log(world.practice.view(world.coach))
    assert log.session_count == 1
    assert log.total_hours == 1.0
    rows = log.to_csv().splitlines()
    assert rows[0] == "client,date,type,payment,hours"
    assert rows[1].split(",")[0] == str(world.client)[:8]
    assert str(world.client) not in log.to_json()


def test_ical_parses_and_carries_no_content(world: World) -> None:
    view = world.practice.view(world.coach)
    text = lc.sessions_ical(view)
    assert "\r\n" in text
    assert text.count("\n") == text.count("\r\n")
    cal = icalendar.Calendar.from_ical(text)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == "Coaching session (in person)"
    assert event["UID"] == f"{world.session}@libcoach"
    assert event.decoded("DTSTART").utcoffset().total_seconds() == 0
    assert event.decoded("DTEND") > event.decoded("DTSTART")
    assert "DTSTAMP" in event
    assert MARKER not in text


def test_each_report_is_audited_once(world: World) -> None:
    admin = world.practice.view(world.admin)

    def report_entries() -> int:
        return sum(1 for e in admin.audit_trail() if e.action == lc.AuditAction.report)

    before = report_entries()
    lc.engagement_report(world.practice.view(world.client), world.engagement)
    lc.sponsor_report(world.practice.view(world.sponsor))
    lc.hours_log(world.practice.view(world.coach))
    lc.sessions_ical(world.practice.view(world.coach))
    assert report_entries() == before + 4
    with pytest.raises(lc.AccessDenied):
        lc.engagement_report(world.practice.view(world.sponsor), world.engagement)
    denied = [e for e in admin.audit_trail() if e.action == lc.AuditAction.report]
    assert denied[-1].outcome == lc.AuditOutcome.denied


def test_as_of_judges_overdue_items(world: World) -> None:
    view = world.practice.view(world.client)
    today = world.practice.now().date()
    early = lc.engagement_report(view, world.engagement, as_of=today.replace(year=2025))
    late = lc.engagement_report(view, world.engagement, as_of=today.replace(year=2027))
    assert early.as_of.year == 2025
    assert not early.to_dict()["action_items"][0]["overdue"]
    assert late.to_dict()["action_items"][0]["overdue"]
