"""Strong ids: parsing, printing, equality, hashing, and type distinctness."""

from __future__ import annotations

import copy
import pickle

import pytest
from support import World

import libcoach as lc

TEXT = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"

ID_CLASSES = [
    lc.CoachId,
    lc.ClientId,
    lc.OrganizationId,
    lc.SponsorContactId,
    lc.AdminId,
    lc.SupervisorId,
    lc.EngagementId,
    lc.SessionId,
    lc.NoteId,
    lc.GoalId,
    lc.MilestoneId,
    lc.ActionItemId,
    lc.HabitId,
    lc.SkillId,
    lc.ValueId,
    lc.BeliefId,
    lc.FearId,
    lc.PurposeId,
    lc.ReflectionId,
    lc.InsightId,
    lc.WellbeingId,
    lc.LinkId,
    lc.ConsentId,
    lc.DisclosureId,
    lc.ReferralId,
    lc.RecordId,
]


@pytest.mark.parametrize("cls", ID_CLASSES)
def test_round_trip_through_text(cls: type) -> None:
    value = cls(TEXT)
    assert str(value) == TEXT
    assert cls.parse(TEXT) == value
    assert cls(TEXT.upper()) == value  # Hex digits in either case; printed lower-case.
    assert repr(value) == f"{cls.__name__}('{TEXT}')"
    assert not value.is_nil


@pytest.mark.parametrize("cls", ID_CLASSES)
def test_equality_hash_and_order(cls: type) -> None:
    a, b = cls(TEXT), cls(TEXT)
    other = cls("ffffffff-2fa1-41d2-883f-0016d3cca427")
    assert a == b
    assert a != other
    assert hash(a) == hash(b)
    assert len({a, b, other}) == 2
    assert a < other
    assert sorted([other, a]) == [a, other]


@pytest.mark.parametrize("cls", ID_CLASSES)
def test_pickle_and_copy(cls: type) -> None:
    value = cls(TEXT)
    assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(value) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not-a-uuid",
        "1b4e28ba2fa141d2883f0016d3cca427",  # Unhyphenated.
        "{1b4e28ba-2fa1-41d2-883f-0016d3cca427}",
        "1b4e28ba-2fa1-41d2-883f-0016d3cca42g",
    ],
)
def test_parse_errors_are_validation_errors_naming_the_kind(text: str) -> None:
    with pytest.raises(lc.ValidationError, match="client id"):
        lc.ClientId(text)
    with pytest.raises(ValueError, match="coach id"):
        lc.CoachId.parse(text)


def test_ids_of_different_kinds_never_compare_equal() -> None:
    coach, client, record = lc.CoachId(TEXT), lc.ClientId(TEXT), lc.RecordId(TEXT)
    belief = lc.BeliefId(TEXT)
    assert coach != client
    assert coach != record
    assert belief != record
    assert coach.record == record
    assert lc.RecordId(belief) == record
    assert coach != TEXT


def test_nil_id() -> None:
    assert lc.GoalId("00000000-0000-0000-0000-000000000000").is_nil


def test_a_client_id_where_a_coach_id_is_expected_is_a_type_error(world: World) -> None:
    with pytest.raises(TypeError):
        lc.Actor.coach(world.client)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        world.practice.view(world.admin).coach(world.client)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        world.practice.propose_engagement(
            world.admin,
            coach=world.client,  # type: ignore[arg-type]
            client=world.client,
        )
    with pytest.raises(TypeError):
        world.practice.view(world.coach).goals(world.client)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        world.practice.view(world.coach).belief(world.ids["goal_shared"])  # type: ignore[arg-type]


def test_a_plain_string_is_not_an_id(world: World) -> None:
    with pytest.raises(TypeError):
        world.practice.view(world.coach).goals(str(world.engagement))  # type: ignore[arg-type]


def test_actor_from_party_ids() -> None:
    coach = lc.CoachId(TEXT)
    actor = lc.Actor.coach(coach)
    assert actor == lc.Actor(coach)
    assert actor.role is lc.Role.coach
    assert actor.id == coach
    assert isinstance(actor.id, lc.CoachId)
    assert str(actor) == f"coach:{TEXT}"
    assert lc.Actor.parse(str(actor)) == actor
    assert pickle.loads(pickle.dumps(actor)) == actor
    assert lc.Actor.client(lc.ClientId(TEXT)) != actor  # Same UUID, another role.
    assert actor != coach  # An actor is not its id ...
    assert lc.Viewer is lc.Actor
    for make, role, cls in [
        (lc.Actor.client, lc.Role.client, lc.ClientId),
        (lc.Actor.sponsor, lc.Role.sponsor_contact, lc.SponsorContactId),
        (lc.Actor.admin, lc.Role.admin, lc.AdminId),
        (lc.Actor.supervisor, lc.Role.supervisor, lc.SupervisorId),
    ]:
        made = make(cls(TEXT))
        assert made.role is role
        assert isinstance(made.id, cls)


def test_party_ids_stand_for_actors(world: World) -> None:
    # ... but commands and views take either.
    by_id = world.practice.view(world.coach).engagements()
    by_actor = world.practice.view(lc.Actor.coach(world.coach)).engagements()
    assert [e.id for e in by_id] == [e.id for e in by_actor] == [world.engagement]


def test_actor_parse_errors() -> None:
    with pytest.raises(lc.ValidationError):
        lc.Actor.parse("boss:" + TEXT)
    with pytest.raises(lc.ValidationError):
        lc.Actor.parse(TEXT)


def test_record_ids_accept_typed_ids(world: World) -> None:
    belief = world.ids["belief"]
    assert isinstance(belief, lc.BeliefId)
    link = world.practice.view(world.coach).links(world.engagement)[0]
    assert link.inner == belief.record
    assert link.inner_kind is lc.RecordKind.belief
    with pytest.raises(TypeError):
        lc.RecordId(world.coach)  # type: ignore[arg-type]  # Parties are not records.
