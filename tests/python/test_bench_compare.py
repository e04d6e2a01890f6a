"""bench/compare.py: a smoke run at a small scale, and the shared suppression step."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

import libcoach as lc

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from compare.aggregates import CellCounts, differences, publish  # noqa: E402
from compare.data import add_export, from_views  # noqa: E402
from compare.rows import Dataset  # noqa: E402
from compare.suppression import TOTAL, suppressed_cells  # noqa: E402


def numbers(tree: object, path: str = "") -> list[tuple[str, object]]:
    """Every leaf of a nested dict of figures, with its path."""
    if isinstance(tree, dict):
        return [leaf for k, v in tree.items() for leaf in numbers(v, f"{path}/{k}")]
    return [(path, tree)]


def test_the_harness_runs_and_the_implementations_agree(tmp_path: Path) -> None:
    out = tmp_path / "compare.json"
    # k = 3 publishes more cells of the small practice than k = 5 (12 clients), so that the
    # agreement check compares numbers and not only suppressed cells.
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "compare.py"),
            "--scale",
            "small",
            "--k",
            "3",
            "--repeat",
            "1",
            "--workdir",
            str(tmp_path / "data"),
            "--out",
            str(out),
            "--commits",
            "5",
            "--batch",
            "50",
            "--writers",
            "2",
            "--per-writer",
            "5",
            "--viewers",
            "4",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert len(lines) == 1
    result = json.loads(lines[0][len("RESULT ") :])
    assert result == json.loads(out.read_text(encoding="utf-8"))

    figures = numbers(result["figures"])
    assert {p.split("/")[1] for p, _ in figures} == {
        "aggregate",
        "memory",
        "commit",
        "scan",
        "progress",
    }
    for path, value in figures:
        assert isinstance(value, (int, float)), path
        assert not isinstance(value, bool), path
        assert math.isfinite(value), path
        assert value > 0, (path, value)
    for name, value in result["ratios"].items():
        assert isinstance(value, float), name
        assert value > 0, name

    checks = result["checks"]
    assert result["failures"] == []
    assert checks["aggregate sqlite vs python"] == "agree"
    assert checks["progress libcoach vs sqlite"] == "agree"
    assert checks["progress libcoach vs python"] == "agree"
    if not checks["aggregate_libcoach_is_stand_in"]:
        assert checks["aggregate libcoach vs sqlite"] == "agree"
    cells = checks["aggregate_cells"]
    assert cells["published"] > 1
    assert cells["suppressed"] > 0
    assert result["figures"]["scan"]["coach"]["sqlite"]["records"] > 0


def test_the_records_read_through_views_are_those_of_the_export() -> None:
    practice, roster = lc.Practice.synthetic(seed=7, scale="small")
    seen = from_views(practice, roster)
    exported = Dataset()
    add_export(exported, json.loads(lc.export_practice(practice, roster.admin)))
    assert seen.counts() == exported.counts()
    assert seen.counts()["wellbeing"] > 0
    for kind in seen.counts():
        mine = sorted(getattr(seen, kind), key=lambda r: r.id)
        theirs = sorted(getattr(exported, kind), key=lambda r: r.id)
        assert mine == theirs, kind


def cells(**tables: dict[str, set[str]]) -> dict[str, dict[str, set[str]]]:
    out = dict(tables)
    out[TOTAL] = {TOTAL: set().union(*(c for rows in tables.values() for c in rows.values()))}
    return out


def people(prefix: str, n: int) -> set[str]:
    return {f"{prefix}{i}" for i in range(n)}


def test_a_cell_under_k_is_suppressed_and_so_is_its_complement() -> None:
    a, b, c = people("a", 2), people("b", 9), people("c", 10)
    hidden = suppressed_cells(cells(org={"A": a, "B": b, "C": c}), k=5)
    # A (2 < 5) alone would be recoverable from the total: B, the smallest other, goes too.
    assert hidden == {("org", "A"), ("org", "B")}


def test_ties_suppress_the_smallest_key() -> None:
    a, b, c = people("a", 2), people("b", 9), people("c", 9)
    hidden = suppressed_cells(cells(org={"A": a, "C": c, "B": b}), k=5)
    assert hidden == {("org", "A"), ("org", "B")}


def test_a_nested_cell_that_differs_by_fewer_than_k_is_suppressed() -> None:
    big, extra = people("x", 20), people("y", 3)
    month = {"2026-01": big, "2026-02": big | extra}  # nested across tables: org X = Jan
    hidden = suppressed_cells(cells(org={"X": big | extra}, month=month), k=5)
    # Jan is Feb minus 3 clients, and the total minus 3 clients: Jan goes.
    assert hidden == {("month", "2026-01")}


def test_clients_in_no_cell_of_a_table_count_towards_its_complement() -> None:
    jan, feb, idle = people("j", 10), people("f", 10), people("i", 3)
    tables = {
        "org": {"X": jan | feb | idle},
        "month": {"2026-01": jan, "2026-02": feb},  # the idle clients had no session
        TOTAL: {TOTAL: jan | feb | idle},
    }
    # total - Jan - Feb = the 3 idle clients: the smallest month (tie: smallest key) goes.
    assert suppressed_cells(tables, k=5) == {("month", "2026-01")}


def test_a_total_under_k_suppresses_everything() -> None:
    tables = cells(org={"A": people("a", 2), "B": people("b", 2)})
    hidden = suppressed_cells(tables, k=5)
    assert hidden == {("org", "A"), ("org", "B"), (TOTAL, TOTAL)}


@pytest.mark.parametrize("k", [3, 5])
def test_published_cells_carry_their_measures(k: int) -> None:
    clients = cells(org={"A": people("a", 6), "B": people("b", 6)})
    counts = {
        "org": {
            "A": CellCounts(engagements=6, held=3, no_show=1, thriving_sum=14, thriving_n=4),
            "B": CellCounts(engagements=6),
        },
        TOTAL: {TOTAL: CellCounts(engagements=12, held=3, no_show=1)},
    }
    report = publish(clients, counts, k)
    a = report["org"]["A"]
    assert a is not None
    assert (a["clients"], a["attendance_rate"], a["wellbeing_mean"]) == (6, 0.75, 3.5)
    b = report["org"]["B"]
    assert b is not None
    assert b["attendance_rate"] is None
    assert b["wellbeing_mean"] is None
    assert differences(report, report) == []
    other = {**report, "org": {**report["org"], "B": None}}
    assert differences(report, other) == [f"org/B: {b} != None"]
