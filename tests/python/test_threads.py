"""Several Python threads using one practice: writers, readers, a Python clock and the log
sink all call back into Python while the practice holds its lock. The GIL must be released
before that lock is taken, or these tests deadlock (they fail on a timeout instead)."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import threading
import time
from collections.abc import Callable

import pytest
from support import START, World, build_world

import libcoach as lc

TIMEOUT = 120.0


def run_threads(targets: list[Callable[[], None]]) -> None:
    errors: list[BaseException] = []

    def wrap(target: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except BaseException as error:  # Reported below, on the main thread.
                errors.append(error)

        return run

    # Daemon threads, so that a deadlock fails the test instead of hanging the run.
    threads = [threading.Thread(target=wrap(t), daemon=True) for t in targets]
    for t in threads:
        t.start()
    deadline = time.monotonic() + TIMEOUT
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    assert not any(t.is_alive() for t in threads), "threads did not finish: deadlock?"
    assert errors == []


def python_clock() -> Callable[[], dt.datetime]:
    counter = itertools.count()
    lock = threading.Lock()

    def clock() -> dt.datetime:
        with lock:
            return START + dt.timedelta(seconds=next(counter))

    return clock


def test_writers_and_readers_on_several_threads(caplog: pytest.LogCaptureFixture) -> None:
    # Debug logging makes every command call the Python log sink from inside the lock.
    caplog.set_level(logging.DEBUG, logger="libcoach")
    p = lc.Practice(clock=python_clock(), id_seed=11)
    admin = p.add_first_admin(name="Wren Admin", email="wren@example.org")
    pairs = []
    for i in range(4):
        coach = p.add_coach(admin, name=f"Coach {i}", email=f"coach{i}@example.org")
        client = p.add_client(admin, name=f"Client {i}", email=f"client{i}@example.org")
        pairs.append((coach, client, p.propose_engagement(admin, coach=coach, client=client)))
    per_thread = 50

    def writer(coach: lc.CoachId, e: lc.EngagementId) -> Callable[[], None]:
        def run() -> None:
            for n in range(per_thread):
                p.add_note(coach, e, text=f"note {n}")
                p.add_goal(coach, e, title=f"goal {n}")

        return run

    def reader(coach: lc.CoachId, e: lc.EngagementId) -> Callable[[], None]:
        def run() -> None:
            view = p.view(coach)
            for _ in range(per_thread):
                notes = view.notes(e)
                assert all(n.engagement == e for n in notes)
                view.goals(e)
                p.stats()

        return run

    run_threads([writer(c, e) for c, _, e in pairs] + [reader(c, e) for c, _, e in pairs])
    for coach, _, e in pairs:
        assert len(p.view(coach).notes(e)) == per_thread
        assert len(p.view(coach).goals(e)) == per_thread
    assert p.stats().count(lc.RecordKind.note) == 4 * per_thread
    assert len([r for r in caplog.records if r.name == "libcoach"]) >= 8 * per_thread


def test_readers_of_one_view_on_several_threads() -> None:
    world: World = build_world()
    view = world.practice.view(world.client)
    expected = len(view.beliefs(world.engagement))

    def read() -> None:
        for _ in range(100):
            assert len(view.beliefs(world.engagement)) == expected
            view.get(world.ids["goal_shared"])

    run_threads([read] * 6)
    # Every confidential read was audited, and the chain survived concurrent appends.
    trail = world.practice.view(world.admin).audit_trail()
    assert lc.verify_audit_chain(trail)


def test_practice_calls_release_the_gil() -> None:
    # While native calls run, another Python thread must keep running. A call that kept the
    # GIL would let the other thread in only between calls: about one tick per call.
    ticks = 0
    stop = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0)

    counter = threading.Thread(target=count, daemon=True)
    counter.start()
    calls = 0
    try:
        time.sleep(0.01)
        before = ticks
        started = time.monotonic()
        while time.monotonic() - started < 0.3 or calls < 5:
            lc.Practice.synthetic(seed=5, scale="small")
            calls += 1
        during = ticks - before
    finally:
        stop.set()
        counter.join(TIMEOUT)
    # A call that kept the GIL would allow about one tick per call; a few per call already
    # proves release, and a low bar keeps a loaded machine from failing the test.
    assert during > 5 * calls, (during, calls)
