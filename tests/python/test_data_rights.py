"""Encryption at rest and the client's data rights from Python: keys, shredding, legal
holds, retention, backup and restore, and the client's data package with its JSON Schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from support import MARKER, START, build_world, secret

import libcoach as lc

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schema"


def _key(passphrase: str = "tangerine lighthouse") -> lc.KeySource:
    return lc.KeySource.passphrase(passphrase, cost=lc.KdfCost.minimal_for_tests())


def _seed(p: lc.Practice) -> tuple[lc.AdminId, lc.CoachId, lc.ClientId, lc.EngagementId]:
    admin = p.add_first_admin(name="Wren Halvorsen", email="wren@example.org")
    coach = p.add_coach(admin, name="Oskar Feld", email="oskar@example.net")
    client = p.add_client(admin, name=secret("client-name"), email="lena@example.com")
    e = p.propose_engagement(admin, coach=coach, client=client)
    p.add_note(coach, e, text=secret("note"), scope="coaching")
    p.add_belief(coach, e, statement=secret("belief"), strength=7, on=date(2026, 3, 2))
    return admin, coach, client, e


def _all_bytes(directory: Path) -> bytes:
    return b"".join(f.read_bytes() for f in sorted(directory.rglob("*")) if f.is_file())


def test_key_sources_never_show_their_secret() -> None:
    key = lc.KeySource.passphrase(secret("passphrase"))
    assert key.is_passphrase
    assert MARKER not in repr(key)
    raw = lc.KeySource.raw_key(bytes(range(32)))
    assert not raw.is_passphrase
    with pytest.raises(lc.ValidationError):
        lc.KeySource.raw_key(b"short")


def test_an_encrypted_store_keeps_no_plaintext_and_needs_its_key(tmp_path: Path) -> None:
    store = tmp_path / "sealed"
    with lc.Practice.create(store, clock=lc.stepping_clock(START, 1), id_seed=3, key=_key()) as p:
        assert p.is_encrypted
        _, coach, _, e = _seed(p)
        p.snapshot()
        p.add_note(coach, e, text=secret("later-note"), scope="coach_private")
    assert MARKER.encode() not in _all_bytes(store)
    before = _all_bytes(store)
    with pytest.raises(lc.CryptoError):
        lc.Practice.open(store, key=_key("not the passphrase"))
    with pytest.raises(lc.CryptoError):
        lc.Practice.open(store)
    assert _all_bytes(store) == before
    with lc.Practice.open(store, key=_key()) as p:
        notes = p.view(coach).notes(e)
        assert {n.text for n in notes} == {secret("note"), secret("later-note")}
    assert lc.verify_store(store).ok


def test_an_unencrypted_store_refuses_a_key(tmp_path: Path) -> None:
    store = tmp_path / "plain"
    with lc.Practice.create(store) as p:
        _seed(p)
    assert MARKER.encode() in _all_bytes(store)
    with pytest.raises(lc.ValidationError):
        lc.Practice.open(store, key=_key())


def test_shredding_erases_the_client_and_a_legal_hold_blocks_it(tmp_path: Path) -> None:
    store = tmp_path / "sealed"
    with lc.Practice.create(store, key=_key()) as p:
        admin, coach, client, e = _seed(p)
        p.set_legal_hold(admin, client)
        assert [h.client for h in p.legal_holds(admin)] == [client]
        with pytest.raises(lc.LegalHoldError):
            p.shred_client(admin, client)
        assert isinstance(lc.LegalHoldError("x"), lc.Conflict)
        p.set_legal_hold(admin, client, held=False)
        with pytest.raises(lc.AccessDenied):
            p.shred_client(coach, client)
        p.shred_client(admin, client)
        assert p.view(admin).client(client).name == ""
        assert all(n.text == "" for n in p.view(coach).notes(e))
        tombstone = p.tombstones(admin)[-1]
        assert tombstone.record_kind == lc.RecordKind.client
        assert tombstone.reason == lc.ErasureReason.shredded
        assert MARKER not in repr(tombstone)
    assert MARKER.encode() not in _all_bytes(store)
    assert lc.verify_store(store).ok


def test_retention_dry_run_equals_the_real_run() -> None:
    p = lc.Practice(clock=lc.stepping_clock(START, 60), id_seed=5)
    admin, coach, _, e = _seed(p)
    p.add_note(coach, e, text=secret("process-note"), scope="coach_private")
    p.set_agreement(
        coach,
        e,
        start=START.date(),
        end=date(2026, 6, 30),
        session_allotment=6,
        confidentiality_terms="Standard terms",
    )
    p.set_engagement_status(coach, e, "active")
    p.set_engagement_status(coach, e, "completed")
    rules = [lc.RetentionRule("coach_private", 6, kind="note")]
    due_on = lc.add_months(p.now().date(), 6)
    dry = p.apply_retention(admin, rules, as_of=due_on, dry_run=True)
    real = p.apply_retention(admin, rules, as_of=due_on)
    assert dry.dry_run
    assert not real.dry_run
    assert [r.id for r in dry.erased] == [r.id for r in real.erased]
    assert real.counts() == {lc.RecordKind.note: 1}
    assert secret("process-note") not in {n.text for n in p.view(coach).notes(e)}
    assert p.apply_retention(admin, rules, as_of=due_on).erased == []


def test_backup_round_trip_and_schema(tmp_path: Path) -> None:
    world = build_world()
    text = lc.export_practice(world.practice, world.admin)
    document = json.loads(text)
    schema = json.loads((SCHEMAS / "practice-export.schema.json").read_text())
    jsonschema.validate(document, schema)
    assert document["format"] == "libcoach-practice"
    restored = lc.import_practice(text)
    assert restored.stats().records == world.practice.stats().records
    stored = lc.import_practice(text, tmp_path / "restored", key=_key())
    assert stored.is_encrypted
    stored.close()
    with lc.Practice.open(tmp_path / "restored", key=_key()) as reopened:
        assert reopened.stats().records == world.practice.stats().records


def test_an_invalid_backup_is_refused_naming_the_path_and_creates_nothing(tmp_path: Path) -> None:
    world = build_world()
    document = json.loads(lc.export_practice(world.practice, world.admin))
    document["records"][0]["scope"] = secret("not-a-scope")
    schema = json.loads((SCHEMAS / "practice-export.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
    target = tmp_path / "never"
    with pytest.raises(lc.ValidationError) as caught:
        lc.import_practice(json.dumps(document), target)
    assert "/records/0/scope" in str(caught.value)
    assert MARKER not in str(caught.value)
    assert not target.exists()


def test_the_client_package_validates_and_holds_only_that_client() -> None:
    world = build_world()
    p = world.practice
    other = p.add_client(world.admin, name="Otto Brandt", email="otto@example.com")
    text = lc.export_client(p, world.client, world.client)
    document = json.loads(text)
    schema = json.loads((SCHEMAS / "client-export.schema.json").read_text())
    jsonschema.validate(document, schema)
    assert "Otto Brandt" not in text
    assert str(other) not in text
    with pytest.raises(lc.AccessDenied):
        lc.export_client(p, world.coach, world.client)
