"""Enums are Python enums whose member names are the C++ to_string names."""

from __future__ import annotations

import enum

import pytest
from support import World

import libcoach as lc

EXPECTED = {
    lc.Role: ["coach", "client", "sponsor_contact", "admin", "supervisor"],
    lc.Scope: ["operational", "sponsor", "coaching", "coach_private", "client_private"],
    lc.Credential: ["none", "acc", "pcc", "mcc"],
    lc.ContactRole: ["manager", "hr", "other"],
    lc.EngagementStatus: ["proposed", "active", "paused", "completed", "ended_early"],
    lc.Modality: ["in_person", "video", "phone"],
    lc.SessionStatus: ["scheduled", "held", "cancelled", "no_show"],
    lc.GoalStatus: ["proposed", "active", "achieved", "abandoned"],
    lc.GoalTrend: ["not_started", "improving", "stalled", "worsening", "achieved"],
    lc.Cadence: ["daily", "weekdays", "weekly"],
    lc.BeliefKind: ["limiting", "empowering"],
    lc.ReflectionPractice: [
        "meditation",
        "breathing",
        "reflecting",
        "journaling",
        "walking",
        "sitting_with_feelings",
    ],
    lc.ConsentKind: ["access", "aggregate_themes"],
    lc.DisclosureReason: [
        "legal_requirement",
        "illegal_activity",
        "danger_to_self",
        "danger_to_others",
    ],
    lc.Action: ["read", "export", "disclose"],
    lc.Decision: ["deny", "allow", "redact"],
    lc.AuditAction: [
        "read",
        "list",
        "export",
        "disclose",
        "consent_grant",
        "consent_revoke",
        "report",
    ],
    lc.AuditOutcome: ["allowed", "denied", "redacted"],
    lc.Scale: ["tiny", "small", "medium", "large"],
}


@pytest.mark.parametrize(("cls", "names"), list(EXPECTED.items()), ids=lambda x: str(x))
def test_member_names_match_cpp(cls: type[enum.Enum], names: list[str]) -> None:
    assert issubclass(cls, enum.Enum)
    assert [m.name for m in cls] == names
    assert [m.value for m in cls] == list(range(len(names)))


def test_record_kinds_cover_every_kind() -> None:
    names = [k.name for k in lc.RecordKind]
    assert len(names) == 25
    assert names[:3] == ["coach", "client", "organization"]
    assert "action_item" in names
    assert "wellbeing" in names


def test_predicates() -> None:
    assert lc.is_inner_work(lc.RecordKind.belief)
    assert lc.is_inner_work(lc.RecordKind.link)
    assert not lc.is_inner_work(lc.RecordKind.goal)
    assert lc.is_confidential(lc.Scope.coaching)
    assert not lc.is_confidential(lc.Scope.sponsor)
    assert lc.is_allowed_transition(lc.EngagementStatus.proposed, lc.EngagementStatus.active)
    assert not lc.is_allowed_transition(lc.EngagementStatus.completed, lc.EngagementStatus.active)


def test_commands_take_members_or_names(world: World) -> None:
    p, e = world.practice, world.engagement
    by_member = p.add_fear(world.client, e, description="x", scope=lc.Scope.client_private)
    by_name = p.add_fear(world.client, e, description="y", scope="client_private")
    fears = {f.id: f for f in p.view(world.client).fears(e)}
    assert fears[by_member].scope is lc.Scope.client_private
    assert fears[by_name].scope is lc.Scope.client_private


def test_enum_values_are_returned_as_members(world: World) -> None:
    view = world.practice.view(world.coach)
    engagement = view.engagement(world.engagement)
    assert engagement.status is lc.EngagementStatus.active
    assert view.session(world.session).modality is lc.Modality.in_person
    assert view.coach(world.coach).credential is lc.Credential.pcc
