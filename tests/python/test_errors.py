"""The C++ exception hierarchy arrives in Python as libcoach.Error subclasses."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from support import TODAY, World

import libcoach as lc
from libcoach import _core

ALL_ERRORS = [
    lc.ValidationError,
    lc.NotFound,
    lc.Conflict,
    lc.LegalHoldError,
    lc.AccessDenied,
    lc.CorruptionError,
    lc.LockedError,
    lc.UnsupportedVersion,
    lc.IoError,
    lc.CryptoError,
    lc.ReadOnlyError,
]


@pytest.mark.parametrize("cls", ALL_ERRORS)
def test_every_error_derives_from_error(cls: type[lc.Error]) -> None:
    assert issubclass(cls, lc.Error)
    assert issubclass(cls, Exception)
    assert cls.__module__ == "libcoach.errors"


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (lc.ValidationError, ValueError),
        (lc.NotFound, LookupError),
        (lc.AccessDenied, PermissionError),
        (lc.IoError, OSError),
    ],
)
def test_errors_also_derive_from_the_matching_builtin(
    cls: type[lc.Error], builtin: type[Exception]
) -> None:
    assert issubclass(cls, builtin)


@pytest.mark.parametrize("cls", [lc.Error, *ALL_ERRORS])
def test_each_cpp_exception_maps_to_its_python_class(cls: type[lc.Error]) -> None:
    with pytest.raises(cls) as info:
        _core._raise_error(cls.__name__)
    # Exactly that class, not a parent: the translator checks the most derived type first.
    assert type(info.value) is cls
    assert str(info.value) == "test: raised on request"


def test_errors_pickle_by_name() -> None:
    error = lc.NotFound("goal: no such record visible to this viewer")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is lc.NotFound
    assert str(again) == str(error)


def test_validation_error_for_an_empty_name(practice: lc.Practice) -> None:
    admin = practice.add_first_admin(name="Wren Admin", email="wren@example.org")
    with pytest.raises(lc.ValidationError, match="name"):
        practice.add_coach(admin, name="   ", email="coach@example.org")


def test_validation_error_for_an_impossible_date() -> None:
    with pytest.raises(lc.ValidationError, match="no such calendar day"):
        lc.parse_date("2026-02-30")
    with pytest.raises(lc.ValidationError):
        lc.parse_date("2026-13-01")


def test_validation_error_for_a_date_outside_the_supported_range(world: World) -> None:
    p = world.practice
    with pytest.raises(lc.ValidationError, match="year outside"):
        p.add_insight(world.client, world.engagement, text="x", on=dt.date(1850, 1, 1))


def test_validation_error_for_an_agreement_ending_before_it_starts(world: World) -> None:
    with pytest.raises(lc.ValidationError, match="end before start"):
        world.practice.set_agreement(
            world.coach,
            world.engagement,
            start=TODAY,
            end=TODAY - dt.timedelta(days=1),
            session_allotment=6,
            confidentiality_terms="terms",
        )


def test_validation_error_for_sponsor_scoped_inner_work(world: World) -> None:
    with pytest.raises(lc.ValidationError, match="inner work"):
        world.practice.add_belief(world.client, world.engagement, statement="x", scope="sponsor")


def test_validation_error_for_an_unknown_enum_name(world: World) -> None:
    with pytest.raises(lc.ValidationError, match="unknown scope"):
        world.practice.add_note(world.coach, world.engagement, text="x", scope="public")


def test_not_found_for_an_unknown_id(world: World) -> None:
    unknown = lc.EngagementId("00000000-0000-4000-8000-000000000001")
    with pytest.raises(lc.NotFound):
        world.practice.view(world.admin).engagement(unknown)
    with pytest.raises(LookupError):
        world.practice.add_goal(world.coach, unknown, title="x")


def test_conflict_for_a_second_first_admin(world: World) -> None:
    with pytest.raises(lc.Conflict):
        world.practice.add_first_admin(name="Second Admin", email="second@example.org")


def test_conflict_for_reaching_a_milestone_twice(world: World) -> None:
    milestone = world.ids["milestone"]
    world.practice.reach_milestone(world.coach, milestone)
    with pytest.raises(lc.Conflict, match="already reached"):
        world.practice.reach_milestone(world.coach, milestone)


def test_access_denied_for_a_sponsor_reading_a_belief(world: World) -> None:
    view = world.practice.view(world.sponsor)
    with pytest.raises(lc.AccessDenied) as info:
        view.belief(world.ids["belief"])
    assert isinstance(info.value, PermissionError)
    assert "belief" in str(info.value)


def test_access_denied_for_a_coach_adding_a_coach(world: World) -> None:
    with pytest.raises(lc.AccessDenied, match="admins only"):
        world.practice.add_coach(world.coach, name="Nia Coach", email="nia@example.org")


def test_access_denied_for_an_unregistered_viewer(world: World) -> None:
    stranger = lc.CoachId("00000000-0000-4000-8000-000000000002")
    with pytest.raises(lc.AccessDenied):
        world.practice.view(stranger)
