"""datetime.date and aware datetime.datetime in and out; clocks."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from support import START, TODAY, World

import libcoach as lc

UTC = dt.timezone.utc


def test_dates_come_back_as_dates(world: World) -> None:
    agreement = world.practice.view(world.coach).engagement(world.engagement).agreement
    assert agreement is not None
    assert type(agreement.start) is dt.date
    assert agreement.start == TODAY
    assert agreement.end == TODAY + dt.timedelta(days=180)


def test_optional_dates_are_none_or_dates(world: World) -> None:
    goals = {g.id: g for g in world.practice.view(world.client).goals(world.engagement)}
    assert goals[world.ids["goal_shared"]].due == TODAY + dt.timedelta(days=90)
    assert goals[world.ids["goal_private"]].due is None


def test_timestamps_come_back_aware_in_utc(world: World) -> None:
    session = world.practice.view(world.coach).session(world.session)
    assert session.start == START + dt.timedelta(days=1)
    assert session.start.tzinfo is not None
    assert session.start.utcoffset() == dt.timedelta(0)
    assert session.created.tzinfo is not None


def test_other_zones_are_converted_to_utc(world: World) -> None:
    plus_two = dt.timezone(dt.timedelta(hours=2))
    local = dt.datetime(2026, 3, 2, 11, 30, tzinfo=plus_two)
    s = world.practice.schedule_session(world.coach, world.engagement, start=local)
    start = world.practice.view(world.coach).session(s).start
    assert start == local
    assert (start.hour, start.minute) == (9, 30)
    assert start.tzinfo == UTC


def test_microseconds_are_dropped(world: World) -> None:
    precise = dt.datetime(2026, 3, 2, 10, 0, 0, 999_999, tzinfo=UTC)
    s = world.practice.schedule_session(world.coach, world.engagement, start=precise)
    assert world.practice.view(world.coach).session(s).start == precise.replace(microsecond=0)


def test_naive_datetimes_are_refused(world: World) -> None:
    with pytest.raises(lc.ValidationError, match="naive"):
        world.practice.schedule_session(
            world.coach, world.engagement, start=dt.datetime(2026, 3, 2, 10, 0)
        )


def test_a_datetime_is_not_a_date(world: World) -> None:
    with pytest.raises(TypeError):
        world.practice.add_insight(
            world.client,
            world.engagement,
            text="x",
            on=dt.datetime(2026, 3, 2, tzinfo=UTC),  # type: ignore[arg-type]
        )


def test_on_defaults_to_the_practice_clock_date(world: World) -> None:
    insight = world.practice.add_insight(world.client, world.engagement, text="x")
    [row] = [
        i for i in world.practice.view(world.client).insights(world.engagement) if i.id == insight
    ]
    assert row.on == world.practice.now().date()


def test_parse_date_and_timestamp() -> None:
    assert lc.parse_date("2026-06-01") == dt.date(2026, 6, 1)
    assert lc.parse_timestamp("2026-06-01T08:15:00Z") == dt.datetime(2026, 6, 1, 8, 15, tzinfo=UTC)
    with pytest.raises(lc.ValidationError, match="only UTC"):
        lc.parse_timestamp("2026-06-01T08:15:00+02:00")


def test_stepping_clock() -> None:
    clock = lc.stepping_clock(START, 30)
    assert clock() == START
    assert clock() == START + dt.timedelta(seconds=30)
    p = lc.Practice(clock=lc.stepping_clock(START, 10))
    assert p.now() == START
    assert p.now() == START + dt.timedelta(seconds=10)


def test_system_clock_is_close_to_now() -> None:
    now = dt.datetime.now(UTC)
    reading = lc.system_clock()()
    assert abs((reading - now).total_seconds()) < 5
    assert abs((lc.Practice().now() - now).total_seconds()) < 5


def test_a_python_callable_as_clock() -> None:
    moments = iter(START + dt.timedelta(minutes=i) for i in range(1000))
    p = lc.Practice(clock=lambda: next(moments))
    admin = p.add_first_admin(name="Wren Admin", email="wren@example.org")
    coach = p.add_coach(admin, name="Ilse Coach", email="ilse@example.org")
    assert p.view(admin).coaches()[0].id == coach
    assert p.now() > START


def test_a_clock_returning_a_naive_datetime_is_refused() -> None:
    p = lc.Practice(clock=lambda: dt.datetime(2026, 1, 1))
    with pytest.raises(lc.ValidationError, match="naive"):
        p.now()
    with pytest.raises(lc.ValidationError, match="naive"):
        p.add_first_admin(name="Wren Admin", email="wren@example.org")


def test_a_clock_returning_something_else_is_refused() -> None:
    p = lc.Practice(clock=lambda: "2026-01-01")
    with pytest.raises(lc.ValidationError, match="clock"):
        p.now()


def test_a_failing_clock_propagates_and_leaves_the_practice_unchanged() -> None:
    class Boom(RuntimeError):
        pass

    fail = threading.Event()

    def clock() -> dt.datetime:
        if fail.is_set():
            raise Boom("clock failure")
        return START

    p = lc.Practice(clock=clock)
    admin = p.add_first_admin(name="Wren Admin", email="wren@example.org")
    before = p.stats().last_sequence
    fail.set()
    with pytest.raises(Boom):
        p.add_coach(admin, name="Ilse Coach", email="ilse@example.org")
    fail.clear()
    assert p.stats().last_sequence == before


def test_a_clock_must_be_callable() -> None:
    with pytest.raises(TypeError):
        lc.Practice(clock=42)  # type: ignore[arg-type]
