"""The native "libcoach" logger is routed into Python's logging."""

from __future__ import annotations

import logging
import sys

import pytest
from support import World, build_world

import libcoach as lc
from libcoach import _core

# spdlog levels as _core._log takes them.
TRACE, DEBUG, INFO, WARN, ERROR, CRITICAL = range(6)


def libcoach_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "libcoach"]


def test_events_are_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="libcoach")
    p = lc.Practice()
    admin = p.add_first_admin(name="Wren Admin", email="wren@example.org")
    p.add_coach(admin, name="Ilse Coach", email="ilse@example.org")
    messages = [r.getMessage() for r in libcoach_records(caplog)]
    assert any("applied: created:coach" in m for m in messages), messages
    assert all(r.levelno == logging.DEBUG for r in libcoach_records(caplog))


def test_hand_over_is_logged_at_info(caplog: pytest.LogCaptureFixture, world: World) -> None:
    caplog.set_level(logging.INFO, logger="libcoach")
    world.practice.hand_over(world.admin, world.engagement, world.other_coach)
    [record] = libcoach_records(caplog)
    assert record.levelno == logging.INFO
    assert record.getMessage() == f"engagement {world.engagement} handed over"


def test_disclosure_is_logged_at_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="libcoach")
    build_world()  # Its last command is a break-glass disclosure.
    [record] = libcoach_records(caplog)
    assert record.levelno == logging.WARNING
    assert record.getMessage().startswith("break-glass disclosure ")


def test_nothing_below_the_python_level_arrives(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="libcoach")
    build_world()
    assert libcoach_records(caplog) == []


@pytest.mark.parametrize(
    ("native", "python"),
    [
        (TRACE, 5),
        (DEBUG, logging.DEBUG),
        (INFO, logging.INFO),
        (WARN, logging.WARNING),
        (ERROR, logging.ERROR),
        (CRITICAL, logging.CRITICAL),
    ],
)
def test_level_mapping(caplog: pytest.LogCaptureFixture, native: int, python: int) -> None:
    caplog.set_level(1, logger="libcoach")
    _core._log(native, "level check")
    [record] = libcoach_records(caplog)
    assert record.levelno == python
    assert record.getMessage() == "level check"


def test_messages_are_not_percent_formatted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="libcoach")
    _core._log(INFO, "100% done %s %d")
    [record] = libcoach_records(caplog)
    assert record.getMessage() == "100% done %s %d"


def test_a_failing_handler_does_not_fail_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            raise RuntimeError("handler failure")

    reported: list[BaseException | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: reported.append(u.exc_value))
    logger = logging.getLogger("libcoach")
    handler = Broken()
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        p = lc.Practice()
        admin = p.add_first_admin(name="Wren Admin", email="wren@example.org")
        p.add_coach(admin, name="Ilse Coach", email="ilse@example.org")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    assert len(p.view(admin).coaches()) == 1
    assert reported
    assert all(isinstance(e, RuntimeError) for e in reported)
