"""The Python examples run as a user would run them."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import libcoach as lc

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "python"


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, check=False
    )


def test_the_batch_script_summarizes_every_engagement(tmp_path: Path) -> None:
    out = tmp_path / "summary.csv"
    result = _run(EXAMPLES / "engagement_summary.py", "--synthetic", "small", "-o", out)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    practice, roster = lc.Practice.synthetic(seed=42, scale="small")
    view = practice.view(roster.admin)
    engagements = view.engagements()
    assert [r["engagement"] for r in rows] == [str(e.id) for e in engagements]
    for row, e in zip(rows, engagements, strict=True):
        allotment = view.allotment(e.id)
        assert int(row["held"]) == allotment.held
        assert int(row["remaining"]) == allotment.remaining
        assert row["status"] == e.status.name


def test_the_batch_script_reads_a_store_as_its_admin(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with lc.Practice.create(store) as p:
        roster = lc.populate_practice(p, seed=3, scale="tiny")
        admin = f"admin:{roster.admin}"
        count = len(p.view(roster.admin).engagements())
    out = tmp_path / "summary.json"
    result = _run(EXAMPLES / "engagement_summary.py", store, "--as", admin, "-o", out)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))) == count
    refused = _run(EXAMPLES / "engagement_summary.py", "-o", out)
    assert refused.returncode == 2


def test_the_demo_script_writes_a_verified_store_its_summary_and_reports(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = _run(EXAMPLES / "sample_practice.py", "--out", out, "--scale", "small")
    assert result.returncode == 0, result.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["store"]["ok"]
    assert lc.verify_store(out / "practice").ok
    reports = out / "reports"
    assert sorted(p.name for p in reports.iterdir()) == sorted(summary["reports"])
    assert json.loads((reports / "engagement-progress.json").read_text())["kind"] == "engagement"
    assert (reports / "sessions.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert (reports / "coaching-hours.csv").read_text().count("\n") > 1
    aggregates = json.loads((reports / "practice-aggregates.json").read_text())
    assert aggregates["kind"] == "practice"
    assert aggregates["k"] == 5
    assert "<svg" in (reports / "session-prep.html").read_text()
