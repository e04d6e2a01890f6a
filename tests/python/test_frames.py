"""Frames: columnar listings that hold exactly what the viewer may see, with the documented
columns and dtypes, audited like the per-record listings."""

from __future__ import annotations

import datetime as dt
import math
import pathlib
import re
import sys
from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest
from support import MARKER, TODAY, World, build_world, secret

import libcoach as lc
from libcoach.frames import SCHEMAS, Frame

ROOT = pathlib.Path(__file__).resolve().parents[2]
FRAMES = ["sessions", "goals", "habits", "wellbeing"]
# Frame kind -> the per-record listing it mirrors.
LISTING = {"sessions": "sessions", "goals": "goals", "habits": "habits", "wellbeing": "wellbeing"}
ROLES = ["admin", "coach", "past_coach", "client", "sponsor", "supervisor"]


def documented_columns() -> dict[str, list[tuple[str, str, str]]]:
    """(column, NumPy dtype, pandas dtype) per frame kind, read from docs/python.md."""
    text = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
    out: dict[str, list[tuple[str, str, str]]] = {}
    kind: str | None = None
    for line in text.splitlines():
        if line.startswith("#"):
            # A "#### <kind>" heading opens a frame's table; any other heading closes it.
            heading = re.match(r"^#### (\w+)$", line)
            kind = heading.group(1) if heading else None
            if kind is not None:
                out[kind] = []
            continue
        if kind is None or not line.startswith("| "):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] in ("column",) or set(cells[0]) <= {"-"}:
            continue
        out[kind].append((cells[0], cells[1], cells[2]))
    return out


def world_after_handover() -> World:
    """The standard world, then handed over to the other coach (the first becomes past)."""
    world = build_world()
    world.practice.hand_over(world.admin, world.engagement, world.other_coach)
    return world


def view_for(world: World, role: str) -> lc.View:
    who: dict[str, object] = {
        "admin": world.admin,
        "coach": world.coach,
        "past_coach": world.coach,
        "client": world.client,
        "sponsor": world.sponsor,
        "supervisor": world.supervisor,
    }
    return world.practice.view(who[role])  # type: ignore[arg-type]


def world_for(role: str) -> World:
    return world_after_handover() if role == "past_coach" else build_world()


def frame_of(view: lc.View, kind: str, engagement: lc.EngagementId | None = None) -> Frame:
    method: Callable[..., Frame] = getattr(view, f"{kind}_frame")
    return method(engagement)


def listed(view: lc.View, kind: str, engagement: lc.EngagementId) -> list:
    try:
        return getattr(view, LISTING[kind])(engagement)
    except lc.NotFound:
        return []


def strings_in(frame: Frame) -> set[str]:
    out: set[str] = set()
    for name in frame.columns:
        column = frame[name]
        if column.dtype == object:
            out.update(v for v in column if isinstance(v, str))
    df = frame.to_pandas()
    for name in df.columns:
        if df[name].dtype == object:
            out.update(v for v in df[name] if isinstance(v, str))
    out.update(repr(frame), frame._repr_html_())
    return out


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", FRAMES)
def test_a_frame_holds_the_rows_of_the_per_record_listing(role: str, kind: str) -> None:
    world = world_for(role)
    view = view_for(world, role)
    expected = listed(view, kind, world.engagement)
    whole = frame_of(view, kind)
    assert list(whole["id"]) == [str(r.id) for r in expected]
    if expected:
        one = frame_of(view, kind, world.engagement)
        assert list(one["id"]) == [str(r.id) for r in expected]
        assert set(one["engagement"]) == {str(world.engagement)}
    if kind == "goals":
        for row, goal in zip(whole.to_pandas().itertuples(), expected, strict=True):
            assert row.redacted == goal.redacted
            if goal.redacted:
                assert row.title is None
                assert math.isnan(row.progress)
            else:
                assert row.title == goal.title
                assert row.progress == pytest.approx(goal.progress)


@pytest.mark.parametrize("role", ROLES)
def test_no_secret_outside_the_viewers_rights_reaches_a_frame(role: str) -> None:
    world = world_for(role)
    view = view_for(world, role)
    # What the viewer may read through the per-record API, text included.
    allowed: set[str] = set()
    for goal in listed(view, "goals", world.engagement):
        allowed.add(goal.title)
    for habit in listed(view, "habits", world.engagement):
        allowed.add(habit.title)
    for kind in [*FRAMES, "audit"]:
        try:
            frame = view.audit_frame() if kind == "audit" else frame_of(view, kind)
        except lc.AccessDenied:
            assert kind == "audit"
            assert role != "admin"
            continue
        leaked = {s for s in strings_in(frame) if MARKER in s} - allowed
        assert not leaked, (role, kind, len(leaked))


def test_what_each_role_sees_in_the_goal_frame() -> None:
    shared, private = secret("goal-shared-title"), secret("goal-private-title")
    expectations = {
        "admin": set(),  # admins see no goal content at all
        "coach": {shared, private},
        "client": {shared, private},
        "sponsor": {shared},  # and a redacted line for the private goal
        "supervisor": set(),  # the consent covers notes only
        "past_coach": set(),
    }
    for role, titles in expectations.items():
        world = world_for(role)
        frame = view_for(world, role).goals_frame()
        assert {t for t in frame["title"] if t is not None} == titles, role
    sponsor = build_world()
    goals = view_for(sponsor, "sponsor").goals_frame().to_pandas()
    assert goals["redacted"].tolist() == [False, True]
    assert goals.loc[1, "title"] is None
    assert math.isnan(goals.loc[1, "baseline"])
    assert math.isnan(goals.loc[1, "target"])
    assert goals.loc[0, "current"] == 3.0


def test_sponsor_and_past_coach_see_no_wellbeing_or_habits() -> None:
    world = build_world()
    sponsor = view_for(world, "sponsor")
    assert len(sponsor.wellbeing_frame()) == 0
    assert len(sponsor.habits_frame()) == 0
    assert len(sponsor.sessions_frame()) == 1  # attendance is not granted, but sessions are
    past = world_after_handover()
    view = view_for(past, "past_coach")
    for kind in FRAMES:
        assert len(frame_of(view, kind)) == 0, kind
        with pytest.raises(lc.NotFound):
            frame_of(view, kind, past.engagement)


def test_an_invisible_engagement_is_not_found_and_the_attempt_audited(world: World) -> None:
    view = world.practice.view(world.other_coach)
    before = len(world.practice.view(world.admin).audit_trail())
    with pytest.raises(lc.NotFound):
        view.goals_frame(world.engagement)
    trail = world.practice.view(world.admin).audit_trail()
    assert len(trail) > before
    assert trail[-1].outcome is lc.AuditOutcome.denied
    assert trail[-1].viewer.id == world.other_coach


@pytest.mark.parametrize("kind", FRAMES)
def test_a_frame_writes_the_audit_entries_of_the_listing(world: World, kind: str) -> None:
    admin = world.practice.view(world.admin)

    def entries_of(call: Callable[[], object]) -> list[tuple[object, ...]]:
        before = len(admin.audit_trail())
        call()
        return [
            (e.action, e.kind, e.outcome, e.count, e.engagement, e.viewer)
            for e in admin.audit_trail()[before:]
        ]

    for who in (world.coach, world.sponsor, world.client):
        view = world.practice.view(who)
        by_listing = entries_of(lambda view=view: listed(view, kind, world.engagement))
        by_frame = entries_of(lambda view=view: frame_of(view, kind))
        assert by_frame == by_listing


def test_frames_match_the_documented_columns_and_dtypes(world: World) -> None:
    documented = documented_columns()
    assert set(documented) == set(SCHEMAS)
    view = world.practice.view(world.client)
    admin = world.practice.view(world.admin)
    admin.audit_trail()
    for kind, columns in documented.items():
        frame = admin.audit_frame() if kind == "audit" else frame_of(view, kind)
        assert len(frame) > 0, kind
        assert frame.columns == tuple(c for c, _, _ in columns), kind
        assert list(SCHEMAS[kind].items()) == [(c, n) for c, n, _ in columns], kind
        df = frame.to_pandas()
        assert list(df.columns) == list(frame.columns)
        for name, numpy_dtype, pandas_dtype in columns:
            if numpy_dtype == "category":
                assert frame.codes(name).dtype == np.int8, (kind, name)
                assert frame[name].dtype == object, (kind, name)
            else:
                assert str(frame[name].dtype) == numpy_dtype, (kind, name)
            assert str(df[name].dtype) == pandas_dtype, (kind, name)
            assert len(frame[name]) == len(frame)


def test_values_survive_the_conversion(world: World) -> None:
    df = world.practice.view(world.coach).sessions_frame().to_pandas()
    session = world.practice.view(world.coach).session(world.session)
    row = df.iloc[0]
    assert row["id"] == str(world.session)
    assert row["client"] == str(world.client)
    assert row["start"] == pd.Timestamp(session.start)
    assert row["duration_minutes"] == session.duration_minutes
    assert row["modality"] == "in_person"
    assert row["status"] == "held"
    assert not row["group"]
    wb = world.practice.view(world.client).wellbeing_frame().to_pandas()
    assert wb.loc[0, "on"] == pd.Timestamp(TODAY)
    assert (wb.loc[0, "thriving"], wb.loc[0, "stress"], wb.loc[0, "burnout"]) == (6, 7, 2)
    habits = world.practice.view(world.client).habits_frame().to_pandas()
    assert (habits.loc[0, "check_ins"], habits.loc[0, "kept"]) == (1, 1)
    assert habits.loc[0, "adherence"] == 1.0
    assert habits.loc[0, "cadence"] == "weekdays"


def test_goal_due_dates_and_missing_values(world: World) -> None:
    df = world.practice.view(world.coach).goals_frame().to_pandas()
    assert df.loc[0, "due"] == pd.Timestamp(TODAY + dt.timedelta(days=90))
    assert pd.isna(df.loc[1, "due"])
    assert math.isnan(df.loc[1, "current"])  # nothing measured yet
    assert df.loc[1, "progress"] == 0.0


def test_the_audit_frame_follows_the_trail_rules(world: World) -> None:
    world.practice.view(world.coach).notes(world.engagement)
    admin = world.practice.view(world.admin)
    trail = admin.audit_trail()
    frame = admin.audit_frame()
    assert list(frame["sequence"]) == [e.sequence for e in trail]
    assert list(frame["outcome"]) == [e.outcome.name for e in trail]
    assert list(frame["record"]) == [None if e.record.is_nil else str(e.record) for e in trail]
    with pytest.raises(lc.AccessDenied):
        world.practice.view(world.coach).audit_frame()
    with pytest.raises(lc.AccessDenied):
        world.practice.view(world.coach).audit_frame(world.client)
    own = world.practice.view(world.client).audit_frame(world.client)
    assert len(own) == len(world.practice.view(world.client).access_log(world.client))
    assert set(own["client"]) == {str(world.client)}


def test_to_arrow_or_a_clear_import_error(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    frame = world.practice.view(world.coach).goals_frame()
    try:
        import pyarrow as pa
    except ImportError:
        pa = None
    if pa is not None:
        table = frame.to_arrow()
        assert table.num_rows == len(frame)
        assert table.column_names == list(frame.columns)
        assert pa.types.is_dictionary(table.schema.field("status").type)
        assert table.schema.field("due").type == pa.date32()
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match="pip install pyarrow"):
        frame.to_arrow()


def test_frame_html_escapes_every_cell() -> None:
    world = build_world()
    world.practice.add_goal(
        world.coach, world.engagement, title="<script>alert(1)</script>", baseline=0, target=1
    )
    html = world.practice.view(world.coach).goals_frame()._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert repr(world.practice.view(world.coach).goals_frame()) == (
        "<Frame goals rows=3 columns=12>"
    )


def test_frames_are_validated_on_construction() -> None:
    with pytest.raises(ValueError, match="kind"):
        Frame("notes", {}, {})
    with pytest.raises(ValueError, match="layout"):
        Frame("wellbeing", {"id": np.array([], dtype=object)}, {})


def test_large_frames_need_no_per_row_objects() -> None:
    practice, roster = lc.Practice.synthetic(scale="tiny")
    view = practice.view(roster.admin)
    frame = view.sessions_frame()
    assert len(frame) == sum(len(view.sessions(e)) for e in roster.engagements)
    # Rows of one engagement share one string object for its id.
    engagement = frame["engagement"]
    same = [i for i in range(len(engagement)) if engagement[i] == engagement[0]]
    assert len(same) > 1
    assert all(engagement[i] is engagement[0] for i in same)


def test_id_columns_become_strings_on_first_use() -> None:
    practice, roster = lc.Practice.synthetic(scale="tiny")
    view = practice.view(roster.admin)
    frame = view.sessions_frame()
    sessions = [s for e in roster.engagements for s in view.sessions(e)]
    # Counting and grouping need no id strings: the ids stay raw until a column is read.
    assert frame.codes("status").size == len(sessions)
    assert frame._arrays["id"].dtype == np.dtype("V16")
    ids = frame["id"]
    assert ids.dtype == object
    assert list(ids) == [str(s.id) for s in sessions]
    assert frame["id"] is ids, "made once, then kept"
    engagements = frame.to_pandas()["engagement"]
    assert list(engagements) == [str(s.engagement) for s in sessions]


def test_raw_id_columns_are_checked() -> None:
    from libcoach._core import _id_texts

    with pytest.raises(TypeError, match="16-byte UUIDs"):
        _id_texts(np.zeros(4, dtype=np.int64), False)
    raw = np.zeros(2, dtype="V16")
    assert list(_id_texts(raw, True)) == [None, None], "nil ids are None"


@pytest.mark.parametrize("kind", FRAMES)
@pytest.mark.parametrize("role", ROLES)
def test_frames_the_extension_builds_keep_the_schema_layout(kind: str, role: str) -> None:
    # The extension builds frames without the checks Frame() makes of a caller's columns:
    # every frame it returns must still have the layout of its kind, in order, and columns
    # as long as the frame.
    world = world_after_handover()
    frame = getattr(view_for(world, role), f"{kind}_frame")()
    assert frame.kind == kind
    assert frame.columns == tuple(SCHEMAS[kind])
    assert {len(frame.column(c)) for c in frame.columns} <= {len(frame)}
    assert set(frame.categories) <= set(frame.columns)
