"""What each role sees through a view: the confidentiality policy, observed from Python."""

from __future__ import annotations

import datetime as dt

import pytest
from support import ALL_LISTINGS, INNER_LISTINGS, TODAY, World, build_world, secret

import libcoach as lc


def ids(records: list) -> set:
    return {r.id for r in records}


def test_the_coach_sees_the_container_but_not_the_clients_journal(world: World) -> None:
    view = world.practice.view(world.coach)
    notes = ids(view.notes(world.engagement))
    assert world.ids["note_coaching"] in notes
    assert world.ids["note_process"] in notes
    assert world.ids["note_journal"] not in notes
    for listing in INNER_LISTINGS:
        assert getattr(view, listing)(world.engagement), listing
    assert ids(view.referrals(world.engagement)) == {world.ids["referral"]}
    with pytest.raises(lc.AccessDenied):
        view.note(world.ids["note_journal"])


def test_the_client_sees_their_work_but_not_the_coachs_private_notes(world: World) -> None:
    view = world.practice.view(world.client)
    notes = ids(view.notes(world.engagement))
    assert world.ids["note_journal"] in notes
    assert world.ids["note_coaching"] in notes
    assert world.ids["note_process"] not in notes
    assert view.referrals(world.engagement) == []
    assert view.note(world.ids["note_journal"]).text == secret("note-journal")
    with pytest.raises(lc.AccessDenied):
        view.note(world.ids["note_process"])


def test_the_sponsor_sees_no_inner_work(world: World) -> None:
    view = world.practice.view(world.sponsor)
    assert ids(view.engagements()) == {world.engagement}
    for listing in INNER_LISTINGS:
        assert getattr(view, listing)(world.engagement) == [], listing
    assert view.notes(world.engagement) == []
    assert view.referrals(world.engagement) == []
    assert view.disclosures(world.engagement) == []
    with pytest.raises(lc.AccessDenied):
        view.belief(world.ids["belief"])
    with pytest.raises(lc.AccessDenied):
        view.get(world.ids["fear"])
    with pytest.raises(lc.AccessDenied):
        view.value(world.ids["value"])


def test_the_sponsor_sees_shared_goals_and_redacted_unshared_ones(world: World) -> None:
    goals = {g.id: g for g in world.practice.view(world.sponsor).goals(world.engagement)}
    shared = goals[world.ids["goal_shared"]]
    assert not shared.redacted
    assert shared.title == secret("goal-shared-title")
    assert shared.progress == pytest.approx(0.5)

    # The agreement asks for a text-free line per unshared goal.
    unshared = goals[world.ids["goal_private"]]
    assert unshared.redacted
    assert unshared.title == unshared.description == unshared.metric == ""
    assert unshared.history == []
    assert unshared.status is lc.GoalStatus.proposed
    assert "redacted" in repr(unshared)


def test_without_the_agreement_term_unshared_goals_stay_invisible() -> None:
    world = build_world(redacted_unshared_goals=False)
    goals = world.practice.view(world.sponsor).goals(world.engagement)
    assert ids(goals) == {world.ids["goal_shared"]}
    with pytest.raises(lc.AccessDenied):
        world.practice.view(world.sponsor).goal(world.ids["goal_private"])


def test_the_sponsor_sees_attendance(world: World) -> None:
    view = world.practice.view(world.sponsor)
    [session] = view.sessions(world.engagement)
    assert session.status is lc.SessionStatus.held
    assert view.allotment(world.engagement).held == 1


def test_a_sponsor_sees_an_inner_record_only_by_per_record_consent(world: World) -> None:
    p, e = world.practice, world.engagement
    with pytest.raises(lc.ValidationError):
        # Whole inner-work kinds are never shared with a sponsor.
        p.grant_consent(
            world.client,
            e,
            grantee=world.sponsor,
            kinds=["belief"],
            purpose="three-way review",
            to=TODAY + dt.timedelta(days=7),
        )
    consent = p.grant_consent(
        world.client,
        e,
        grantee=world.sponsor,
        records=[world.ids["belief"]],
        purpose="three-way review",
        to=TODAY + dt.timedelta(days=7),
    )
    assert ids(p.view(world.sponsor).beliefs(e)) == {world.ids["belief"]}
    p.revoke_consent(world.client, consent)
    assert p.view(world.sponsor).beliefs(e) == []


def test_an_admin_sees_operations_never_content(world: World) -> None:
    view = world.practice.view(world.admin)
    assert ids(view.engagements()) == {world.engagement}
    assert len(view.sessions(world.engagement)) == 1
    for listing in ["notes", "goals", *INNER_LISTINGS, "referrals", "consents", "disclosures"]:
        assert getattr(view, listing)(world.engagement) == [], listing
    assert {c.id for c in view.coaches()} == {world.coach, world.other_coach}


def test_another_coach_sees_nothing(world: World) -> None:
    view = world.practice.view(world.other_coach)
    assert view.engagements() == []
    for listing in ALL_LISTINGS:
        with pytest.raises(lc.NotFound):
            getattr(view, listing)(world.engagement)
    with pytest.raises(lc.NotFound):
        view.belief(world.ids["belief"])
    with pytest.raises(lc.NotFound):
        view.client(world.client)


def test_the_supervisor_sees_what_the_consent_covers(world: World) -> None:
    view = world.practice.view(world.supervisor)
    assert ids(view.engagements()) == {world.engagement}
    # The consent covers notes by kind: the session notes, never the coach's process notes,
    # and never the client's journal, which is shared only record by record.
    assert ids(view.notes(world.engagement)) == {world.ids["note_coaching"]}
    assert view.beliefs(world.engagement) == []
    world.practice.revoke_consent(world.client, world.ids["consent"])
    assert world.practice.view(world.supervisor).engagements() == []


def test_breaking_glass_is_for_the_coach_only(world: World) -> None:
    p = world.practice
    with pytest.raises(lc.AccessDenied):
        p.disclose(
            world.admin,
            record=world.ids["belief"],
            reason="legal_requirement",
            justification="x",
            recipient="y",
        )
    with pytest.raises(lc.AccessDenied):
        p.disclose(
            world.sponsor,
            record=world.ids["goal_shared"],
            reason="legal_requirement",
            justification="x",
            recipient="y",
        )
    disclosures = p.view(world.client).disclosures(world.engagement)
    assert [d.disclosed for d in disclosures] == [world.ids["note_coaching"].record]
    assert disclosures[0].reason is lc.DisclosureReason.danger_to_self


def test_only_the_client_shares_a_goal(world: World) -> None:
    p, goal = world.practice, world.ids["goal_private"]
    with pytest.raises(lc.AccessDenied):
        p.set_goal_shared(world.coach, goal, True)
    p.set_goal_shared(world.client, goal, True)
    assert not p.view(world.sponsor).goal(goal).redacted


def test_views_with_a_purpose_are_audited_with_it(world: World) -> None:
    view = world.practice.view(world.coach).with_purpose("session-prep")
    assert view.purpose == "session-prep"
    assert view.viewer == lc.Actor.coach(world.coach)
    view.belief(world.ids["belief"])
    last = world.practice.view(world.admin).audit_trail()[-1]
    assert last.purpose == "session-prep"
    assert last.action is lc.AuditAction.read
    assert last.kind is lc.RecordKind.belief
    assert last.record == world.ids["belief"].record
