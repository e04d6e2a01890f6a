"""``to_html()`` from Python: every report a viewer may have parses with ``html.parser`` into
balanced elements, is self-contained (no URL, no script, no event handler) and escapes record
text. What each viewer sees is checked with the other renderings in test_reports.py. Every
person and organization is invented.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from support import MARKER, World

import libcoach as lc

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr"}


class Balance(HTMLParser):
    """Checks that every element is closed in order and collects what a page must not have."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: dict[str, int] = {}
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attributes.extend(attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attributes.extend(attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else ''}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Balance:
    parser = Balance()
    parser.feed(html)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    return parser


def check_page(html: str) -> Balance:
    page = parse(html)
    assert html.startswith("<!DOCTYPE html>")
    assert page.tags["html"] == page.tags["head"] == page.tags["body"] == 1
    assert page.tags["title"] >= 1
    assert "http://" not in html
    assert "https://" not in html
    assert "script" not in page.tags
    assert not [name for name, _ in page.attributes if name.startswith("on")]
    for name, value in page.attributes:
        assert name not in {"src", "href"}, (name, value)
    # Every chart has an accessible name.
    assert page.tags.get("svg", 0) == sum(1 for name, _ in page.attributes if name == "aria-label")
    return page


def test_every_report_parses_for_its_viewers(world: World) -> None:
    p = world.practice
    coach = p.view(lc.Actor.coach(world.coach))
    client = p.view(lc.Actor.client(world.client))
    pages = {
        "coach engagement": lc.engagement_report(coach, world.engagement).to_html(),
        "client engagement": lc.engagement_report(client, world.engagement).to_html(),
        "sponsor": lc.sponsor_report(p.view(lc.Actor.sponsor(world.sponsor))).to_html(),
        "hours": lc.hours_log(coach).to_html(),
        "calendar": lc.session_calendar(coach).to_html(),
        "practice": lc.practice_aggregates(p.view(lc.Actor.admin(world.admin)), k=3).to_html(),
        "prep": lc.session_prep(coach, world.engagement).to_html(),
        "nudges": lc.nudges(client).to_html(),
    }
    for who, html in pages.items():
        page = check_page(html)
        assert page.tags.get("table", 0) >= 1, who
    engagement = parse(pages["coach engagement"])
    assert engagement.tags["svg"] >= 3  # attendance, goal progress and measurements, scores
    assert engagement.tags["section"] == 4


def test_record_text_is_escaped(practice: lc.Practice) -> None:
    hostile = "<script>alert(\"x\")</script> & 'quoted'"
    admin = practice.add_first_admin(name="Iris Okonkwo-Hale", email="iris@practice.example")
    org = practice.add_organization(admin, name="Fernhill Logistics")
    coach = practice.add_coach(admin, name="Mara Lindgren", email="mara@practice.example")
    client = practice.add_client(
        admin, name="Dev Okafor", email="dev@fernhill.example", organization=org
    )
    e = practice.propose_engagement(admin, coach=coach, client=client, sponsor=org)
    start = dt.date(2026, 1, 5)
    practice.set_agreement(
        admin, e, start=start, end=start + dt.timedelta(days=180), session_allotment=6,
        confidentiality_terms="Content stays between coach and client.",
    )  # fmt: skip
    practice.set_engagement_status(admin, e, "active")
    goal = practice.add_goal(
        coach, e, title=hostile, metric=hostile, unit="&amp;", baseline=0, target=4
    )
    practice.record_goal_progress(coach, goal, value=1.0, on=start + dt.timedelta(days=3))
    practice.record_goal_progress(coach, goal, value=2.5, on=start + dt.timedelta(days=9))
    html = lc.engagement_report(practice.view(lc.Actor.coach(coach)), e).to_html()
    page = check_page(html)
    assert hostile not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quoted&#x27;" in html
    assert "&amp;amp;" in html
    # Decoded, the text is there as it was written: in the table, the chart and its name.
    assert sum(hostile in t for t in page.text) >= 2
    assert MARKER not in html


@pytest.mark.parametrize(
    "kind", ["engagement", "sponsor", "hours", "calendar", "practice", "prep", "nudges"]
)
def test_to_html_is_on_every_report_class(kind: str) -> None:
    cls = {
        "engagement": lc.EngagementReport,
        "sponsor": lc.SponsorReport,
        "hours": lc.HoursLog,
        "calendar": lc.SessionCalendar,
        "practice": lc.PracticeAggregates,
        "prep": lc.SessionPrep,
        "nudges": lc.Nudges,
    }[kind]
    assert callable(cls.to_html)
    assert "HTML" in (cls.to_html.__doc__ or "")
