"""Notebook reprs: ids, kinds and counts; never content, and always HTML-escaped."""

from __future__ import annotations

import contextlib
import html.parser

import pytest
from support import ALL_LISTINGS, MARKER, World, build_world, secret

import libcoach as lc


class _Checker(html.parser.HTMLParser):
    """Collects the text of an HTML fragment and fails on tags outside the allowed set."""

    ALLOWED = frozenset({"div", "b", "table", "tr", "th", "td", "p", "thead", "tbody"})

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(fragment: str) -> _Checker:
    checker = _Checker()
    checker.feed(fragment)
    checker.close()
    assert checker.tags <= _Checker.ALLOWED, checker.tags
    return checker


def viewers(world: World) -> dict[str, lc.View]:
    p = world.practice
    return {
        "admin": p.view(world.admin),
        "coach": p.view(world.coach),
        "other_coach": p.view(world.other_coach),
        "client": p.view(world.client),
        "sponsor": p.view(world.sponsor),
        "supervisor": p.view(world.supervisor),
    }


def everything_visible(view: lc.View, world: World) -> list[object]:
    out: list[object] = [view, *view.engagements()]
    for listing in ALL_LISTINGS:
        with contextlib.suppress(lc.NotFound):
            out.extend(getattr(view, listing)(world.engagement))
    return out


@pytest.mark.parametrize(
    "role", ["admin", "coach", "other_coach", "client", "sponsor", "supervisor"]
)
def test_no_repr_carries_content(role: str) -> None:
    world = build_world()
    view = viewers(world)[role]
    objects = everything_visible(view, world)
    assert objects
    for obj in objects:
        assert MARKER not in repr(obj), type(obj).__name__
        rich = getattr(obj, "_repr_html_", None)
        if rich is not None:
            fragment = rich()
            assert MARKER not in fragment, type(obj).__name__
            parsed(fragment)


def test_the_practice_shows_a_stats_card(world: World) -> None:
    card = world.practice._repr_html_()
    text = " ".join(parsed(card).text)
    stats = world.practice.stats()
    assert str(stats.last_sequence) in text
    assert f"goal {stats.count(lc.RecordKind.goal)}" in " ".join(text.split())
    assert MARKER not in card
    assert "<table>" in stats._repr_html_()
    assert repr(world.practice).startswith("<Practice events=")


def test_the_engagement_card_shows_ids_and_agreement_but_not_terms(world: World) -> None:
    engagement = world.practice.view(world.coach).engagement(world.engagement)
    card = engagement._repr_html_()
    assert str(world.engagement) in card
    assert "active" in card
    assert "12" in card  # the allotment
    assert secret("confidentiality-terms") not in card
    assert MARKER not in repr(engagement)


def test_a_goal_card_shows_progress_unless_redacted(world: World) -> None:
    goals = {g.id: g for g in world.practice.view(world.sponsor).goals(world.engagement)}
    shared = goals[world.ids["goal_shared"]]
    card = shared._repr_html_()
    assert "50%" in card
    assert secret("goal-shared-title") not in card
    redacted = goals[world.ids["goal_private"]]
    assert redacted.redacted
    card = redacted._repr_html_()
    assert "redacted" in card
    assert "%" not in card.replace("width:12em", "")
    assert "progress" not in card
    assert "redacted" in repr(redacted)
    assert "progress" not in repr(redacted)


def test_reprs_stay_escaped_with_hostile_titles() -> None:
    world = build_world()
    hostile = "<img src=x onerror=alert(1)>&"
    goal = world.practice.add_goal(
        world.coach, world.engagement, title=hostile, baseline=0, target=1
    )
    record = world.practice.view(world.coach).goal(goal)
    assert hostile not in record._repr_html_()
    assert "<img" not in repr(record)
    frame_html = world.practice.view(world.coach).goals_frame()._repr_html_()
    assert "<img" not in frame_html
    assert "&lt;img src=x onerror=alert(1)&gt;&amp;" in frame_html
    parsed(frame_html)
