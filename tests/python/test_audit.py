"""The audit trail through Python: entries, access logs and chain verification."""

from __future__ import annotations

import pytest
from support import World

import libcoach as lc


def test_confidential_reads_are_audited(world: World) -> None:
    before = len(world.practice.view(world.admin).audit_trail())
    world.practice.view(world.client).belief(world.ids["belief"])
    trail = world.practice.view(world.admin).audit_trail()
    assert len(trail) == before + 1
    entry = trail[-1]
    assert entry.sequence == len(trail)
    assert entry.viewer == lc.Actor.client(world.client)
    assert entry.action is lc.AuditAction.read
    assert entry.outcome is lc.AuditOutcome.allowed
    assert entry.kind is lc.RecordKind.belief
    assert entry.engagement == world.engagement
    assert entry.client == world.client
    assert entry.at.tzinfo is not None
    assert len(entry.hash) == 32
    assert entry.previous == trail[-2].hash
    assert lc.audit_hash(entry) == entry.hash


def test_denied_reads_are_audited_too(world: World) -> None:
    with pytest.raises(lc.AccessDenied):
        world.practice.view(world.sponsor).belief(world.ids["belief"])
    entry = world.practice.view(world.admin).audit_trail()[-1]
    assert entry.outcome is lc.AuditOutcome.denied
    assert entry.viewer.role is lc.Role.sponsor_contact


def test_the_chain_verifies_and_detects_a_gap(world: World) -> None:
    view = world.practice.view(world.client)
    view.beliefs(world.engagement)
    view.belief(world.ids["belief"])
    trail = world.practice.view(world.admin).audit_trail()
    assert len(trail) > 3
    verification = lc.verify_audit_chain(trail)
    assert verification.ok
    assert bool(verification)
    broken = lc.verify_audit_chain(trail[:1] + trail[2:])
    assert not broken.ok
    assert broken.first_bad == 2
    assert broken.problem
    assert "bad at #2" in repr(broken)


def test_only_the_client_reads_their_access_log(world: World) -> None:
    log = world.practice.view(world.client).access_log(world.client)
    assert log
    assert all(entry.client == world.client for entry in log)
    with pytest.raises(lc.AccessDenied):
        world.practice.view(world.coach).access_log(world.client)


def test_only_admins_read_the_whole_trail(world: World) -> None:
    with pytest.raises(lc.AccessDenied):
        world.practice.view(world.coach).audit_trail()
