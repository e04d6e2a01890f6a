"""Store-backed practices from Python: create, reopen, read-only, lock, batch, verify."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import START

import libcoach as lc


def _seed(p: lc.Practice) -> tuple[lc.AdminId, lc.CoachId, lc.EngagementId, lc.BeliefId]:
    admin = p.add_first_admin(name="Wren Halvorsen", email="wren@example.org")
    coach = p.add_coach(admin, name="Oskar Feld", email="oskar@example.net")
    client = p.add_client(admin, name="Lena Marsh", email="lena@example.com")
    e = p.propose_engagement(admin, coach=coach, client=client)
    belief = p.add_belief(
        coach, e, statement="Resting means falling behind.", strength=7, on=date(2026, 3, 2)
    )
    return admin, coach, e, belief


def test_a_created_practice_reopens_with_everything(tmp_path: Path) -> None:
    store = tmp_path / "practice"
    with lc.Practice.create(store, clock=lc.stepping_clock(START, 1), id_seed=3) as p:
        assert p.has_store
        _, coach, e, belief = _seed(p)
        last = p.stats().last_sequence
    with lc.Practice.open(store) as reopened:
        assert reopened.stats().last_sequence == last
        assert reopened.store_report().last_sequence == last
        assert reopened.view(coach).belief(belief).statement == "Resting means falling behind."
        assert [b.id for b in reopened.view(coach).beliefs(e)] == [belief]
    report = lc.verify_store(store)
    assert report.ok, report
    assert report.last_sequence == last


def test_a_second_writer_is_locked_out_and_read_only_refuses_commands(tmp_path: Path) -> None:
    store = tmp_path / "practice"
    with lc.Practice.create(store) as p:
        admin, _, _, _ = _seed(p)
        with pytest.raises(lc.LockedError):
            lc.Practice.open(store)
        reader = lc.Practice.open(store, read_only=True)
        assert reader.is_read_only
        with pytest.raises(lc.ReadOnlyError):
            reader.add_organization(admin, name="Quillon Freight")
        reader.close()


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    store = tmp_path / "practice"
    with lc.Practice.create(store) as p:
        admin, _, _, _ = _seed(p)
        before = p.stats().last_sequence

        def body() -> None:
            p.add_organization(admin, name="Tarrow Labs")
            raise RuntimeError("changed my mind")

        with pytest.raises(RuntimeError):
            p.batch(body)
        assert p.stats().last_sequence == before
        p.batch(lambda: p.add_organization(admin, name="Tarrow Labs"))
        assert p.stats().last_sequence == before + 1
    with lc.Practice.open(store) as reopened:
        assert reopened.stats().last_sequence == before + 1


def test_damage_is_a_typed_error_and_verify_says_where(tmp_path: Path) -> None:
    store = tmp_path / "practice"
    with lc.Practice.create(store) as p:
        _seed(p)
    journal = store / "journal"
    data = bytearray(journal.read_bytes())
    data[64 + 12] ^= 0xFF  # inside the first frame after the 64-byte header: mid-log damage
    journal.write_bytes(bytes(data))
    report = lc.verify_store(store)
    assert not report.ok
    assert report.problems
    assert report.problems[0].file == "journal"
    with pytest.raises(lc.CorruptionError):
        lc.Practice.open(store)


def test_create_refuses_a_non_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "something").write_text("not a store")
    with pytest.raises(lc.Error):
        lc.Practice.create(tmp_path)


def _damage_section(snapshot: Path, kind: int) -> int:
    """Flips one byte inside section `kind` of a snapshot; returns the section's offset."""
    data = bytearray(snapshot.read_bytes())
    entry = 64 + 8 + 32 * kind  # header, count + table checksum, 32-byte entries
    offset = int.from_bytes(data[entry + 8 : entry + 16], "little")
    data[offset + 2] ^= 0x40
    snapshot.write_bytes(bytes(data))
    return offset


def test_a_read_only_open_reports_a_damaged_section_when_it_is_first_read(tmp_path: Path) -> None:
    store = tmp_path / "practice"
    with lc.Practice.create(store, clock=lc.stepping_clock(START, 1), id_seed=4) as p:
        _, coach, e, _ = _seed(p)
        p.snapshot()
    beliefs_kind = 15  # the Belief table's place in the snapshot (docs/store.md)
    offset = _damage_section(store / "snapshot", beliefs_kind)
    with pytest.raises(lc.CorruptionError):
        lc.Practice.open(store)  # a writable open checks every section
    with pytest.raises(lc.CorruptionError):
        lc.Practice.open(store, read_only=True, defer_snapshot=False)
    with lc.Practice.open(store, read_only=True, audit_in_memory=True) as ro:
        view = ro.view(coach)
        assert view.engagement(e).id == e  # other sections are intact
        for _ in range(2):  # reported on every use, not only the first
            with pytest.raises(lc.CorruptionError, match=f"snapshot at offset {offset}"):
                view.beliefs(e)
    assert not lc.verify_store(store).ok


def test_damaged_aggregate_facts_are_reported_by_the_report_that_reads_them(tmp_path: Path) -> None:
    store = tmp_path / "practice"
    with lc.Practice.create(store, clock=lc.stepping_clock(START, 1), id_seed=5) as p:
        admin, _, _, _ = _seed(p)
        p.snapshot()
    facts_kind = 27  # the aggregate facts follow the 27 tables' sections (docs/store.md)
    offset = _damage_section(store / "snapshot", facts_kind)
    with pytest.raises(lc.CorruptionError):
        lc.Practice.open(store)  # a full open checks the facts against the rows
    with lc.Practice.open(store, read_only=True, audit_in_memory=True) as ro:
        for _ in range(2):
            with pytest.raises(lc.CorruptionError, match=f"snapshot at offset {offset}: aggregate"):
                lc.practice_aggregates(ro.view(admin))
    assert not lc.verify_store(store).ok
