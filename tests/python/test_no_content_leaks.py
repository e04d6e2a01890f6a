"""Rule 7: nothing confidential reaches a repr, an exception message or a log line.

Every content field of the practice built in support.py holds a secret carrying MARKER. These
tests read everything every role may read and check the repr and str of every object (and of
every object reachable through its properties), provoke errors around those records, and
capture the native log while the practice is built.
"""

from __future__ import annotations

import enum
import logging
import traceback
from collections.abc import Iterator

import pytest
from support import ALL_LISTINGS, MARKER, World, build_world, secret

import libcoach as lc


def reachable(obj: object, seen: set[int] | None = None) -> Iterator[object]:
    """The object and everything reachable through its properties, lists and tuples."""
    seen = set() if seen is None else seen
    if id(obj) in seen or obj is None or isinstance(obj, (str, bytes, int, float, enum.Enum)):
        return
    seen.add(id(obj))
    yield obj
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from reachable(item, seen)
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from reachable(key, seen)
            yield from reachable(value, seen)
        return
    if type(obj).__module__ != "libcoach._core":
        return
    for name in dir(type(obj)):
        if name.startswith("_") or not isinstance(getattr(type(obj), name), property):
            continue
        yield from reachable(getattr(obj, name), seen)


def everything_readable(world: World) -> list[object]:
    """Everything every role can read, plus the ids, actors and views themselves."""
    out: list[object] = [world.practice, world.practice.stats(), dict(world.ids)]
    for party in [world.admin, world.coach, world.client, world.sponsor, world.supervisor]:
        view = world.practice.view(party)
        out += [view, view.engagements(), view.coaches(), view.clients()]
        out += [view.organizations(), view.sponsor_contacts()]
        for listing in ALL_LISTINGS:
            try:
                out.append(getattr(view, listing)(world.engagement))
            except lc.Error as error:
                out.append(error)
        for record_id in world.ids.values():
            try:
                out.append(view.get(record_id))
            except lc.Error as error:
                out.append(error)
            except TypeError:
                pass  # LinkId etc. all have lookups; anything else is not a record id.
        try:
            out.append(view.allotment(world.engagement))
        except lc.Error as error:
            out.append(error)
    admin = world.practice.view(world.admin)
    out.append(admin.audit_trail())
    out.append(lc.verify_audit_chain(admin.audit_trail()))
    out.append(world.practice.view(world.client).access_log(world.client))
    return out


def assert_clean(text: str, what: object) -> None:
    assert MARKER not in text, f"secret leaked through {type(what).__name__}"


def test_reprs_and_strs_never_carry_content(world: World) -> None:
    checked = 0
    for root in everything_readable(world):
        for obj in reachable(root):
            assert_clean(repr(obj), obj)
            assert_clean(str(obj), obj)
            checked += 1
    # The walk really reached the records (and their secrets are really there to leak).
    assert checked > 200
    belief = world.practice.view(world.client).belief(world.ids["belief"])
    assert belief.statement == secret("belief-statement")
    assert repr(belief).startswith("<Belief ")
    assert "scope=coaching" in repr(belief)
    assert "strength=5" in repr(belief)


def provoke(world: World) -> Iterator[BaseException]:
    """Errors raised around records and arguments that hold secrets."""
    p, e = world.practice, world.engagement
    attempts = [
        lambda: p.view(world.sponsor).belief(world.ids["belief"]),
        lambda: p.view(world.sponsor).note(world.ids["note_coaching"]),
        lambda: p.view(world.other_coach).get(world.ids["reflection"]),
        lambda: p.view(world.coach).note(world.ids["note_journal"]),
        lambda: p.view(world.client).get(world.ids["referral"]),
        lambda: p.view(world.sponsor).access_log(world.client),
        lambda: p.view(world.coach).audit_trail(),
        lambda: p.add_belief(world.client, e, statement=secret("too-long") * 1000),
        lambda: p.add_belief(world.client, e, statement=secret("strength"), strength=11),
        lambda: p.add_belief(world.sponsor, e, statement=secret("by-sponsor")),
        lambda: p.add_note(world.client, e, text=secret("bad-scope"), scope="coach_private"),
        lambda: p.add_note(world.other_coach, e, text=secret("other-coach")),
        lambda: p.add_coach(world.admin, name=secret("ctrl\n"), email="x@example.org"),
        lambda: p.add_client(world.admin, name=secret("bad-email"), email="x"),
        lambda: p.disclose(
            world.sponsor,
            record=world.ids["belief"],
            reason="danger_to_self",
            justification=secret("justify"),
            recipient=secret("to"),
        ),
        lambda: p.reframe_belief(world.sponsor, world.ids["belief"], secret("reframe")),
        # Argument-type errors: pybind11 would echo every argument; the guard cuts that off.
        lambda: p.add_belief(world.client, e, statement=secret("typed"), strength="seven"),
        lambda: p.add_goal(world.coach, e, title=secret("typed-goal"), baseline="zero"),
        lambda: p.add_client(world.admin, name=secret("typed-client"), email=None),
        lambda: p.add_note(world.coach, str(e), text=secret("typed-note")),
        lambda: lc.populate_practice(p, seed=secret("typed-seed")),
        lambda: p.view(world.client).get(secret("lookup-by-text")),
        lambda: lc.ClientId(secret("not-an-id")),
        lambda: lc.ClientId(secret("bytes").encode()),
        lambda: lc.SponsorTerms(attendance=secret("flag")),
        lambda: lc.Actor(secret("actor")),
        lambda: lc.parse_date(secret("not-a-date")),
        lambda: p.add_insight(world.client, e, text="\ud800" + secret("surrogate")),
    ]
    for attempt in attempts:
        with pytest.raises((lc.Error, TypeError)) as info:
            attempt()
        yield info.value


def test_exception_messages_never_carry_content(world: World) -> None:
    errors = list(provoke(world))
    assert {type(e) for e in errors} >= {
        lc.AccessDenied,
        lc.NotFound,
        lc.ValidationError,
        TypeError,
    }
    for error in errors:
        assert_clean(str(error), error)
        assert_clean(repr(error), error)
        assert_clean(
            "".join(traceback.format_exception(type(error), error, error.__traceback__)), error
        )


def test_type_errors_still_name_the_signature(world: World) -> None:
    with pytest.raises(TypeError) as info:
        world.practice.add_belief(world.client, world.engagement, statement="s", strength="x")
    message = str(info.value)
    assert "add_belief(): incompatible function arguments" in message
    assert "strength: typing.SupportsInt" in message
    assert "Invoked with" not in message


def test_log_lines_never_carry_content(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="libcoach")
    world = build_world()
    world.practice.hand_over(world.admin, world.engagement, world.other_coach)
    lines = [r for r in caplog.records if r.name == "libcoach"]
    assert len(lines) > 30  # One debug line per event, plus info and warning lines.
    for record in lines:
        assert_clean(record.getMessage(), record)
