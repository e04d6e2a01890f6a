"""``libcoach report``: output files in every format, and exit codes when the viewer may not
see what was asked. The store is a tiny demo store made by the command itself; every person
and organization in it is invented.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

import libcoach as lc
from libcoach.cli import PASSPHRASE_ENV, ExitCode


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    return subprocess.run(
        [sys.executable, "-m", "libcoach", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


class Demo:
    """The demo store and who is in it."""

    def __init__(self, store: Path, admin: str) -> None:
        self.store = store
        with lc.Practice.open(store, read_only=True, audit_in_memory=True) as p:
            engagements = p.view(lc.Actor.parse(admin)).engagements()
        assert len(engagements) >= 2
        self.engagement = engagements[0]
        self.other = next(e for e in engagements if e.client != self.engagement.client)
        self.coach = f"coach:{self.engagement.coach}"
        self.client = f"client:{self.engagement.client}"
        self.other_client = f"client:{self.other.client}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    store = tmp_path_factory.mktemp("report") / "demo"
    result = run_cli("demo", store, "--scale", "tiny", "--seed", "11", "--quiet")
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("practice admin: "))
    return Demo(store, line.removeprefix("practice admin: "))


def report(demo: Demo, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_cli("report", demo.store, *args)


def test_engagement_report_as_json_for_the_coach(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "e.json"
    engagement = str(demo.engagement.id)
    result = report(demo, "--as", demo.coach, "--kind", "engagement", "--engagement", engagement,
                    "--format", "json", "-o", out)  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text())
    assert doc["kind"] == "engagement"
    assert doc["engagement"]["id"] == engagement
    assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html"])
def test_every_kind_in_every_text_format(demo: Demo, tmp_path: Path, fmt: str) -> None:
    runs = {
        "engagement": [demo.client, "--engagement", str(demo.engagement.id)],
        "hours": [demo.coach],
        "calendar": [demo.coach],
    }
    for kind, (who, *extra) in runs.items():
        out = tmp_path / f"{kind}.{fmt}"
        result = report(demo, "--as", who, "--kind", kind, *extra, "--format", fmt, "-o", out)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0


def test_hours_csv_to_stdout(demo: Demo) -> None:
    result = report(demo, "--as", demo.coach, "--kind", "hours", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "client,date,type,payment,hours"
    assert len(result.stdout.splitlines()) > 1


@pytest.mark.parametrize("kind", ["calendar", "ics"])
def test_ics_output_parses(demo: Demo, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "sessions.ics"
    result = report(demo, "--as", demo.coach, "--kind", kind, "-o", out)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    cal = icalendar.Calendar.from_ical(data)
    assert len(list(cal.walk("VEVENT"))) > 0


def test_html_page_for_the_client(demo: Demo) -> None:
    result = report(demo, "--as", demo.client, "--kind", "engagement", "--engagement",
                    str(demo.engagement.id), "--format", "html")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert result.stdout.count("<svg") >= 1
    assert "<script" not in result.stdout


@pytest.mark.parametrize(
    ("who", "kind", "code"),
    [
        ("other_client", "engagement", ExitCode.NOT_FOUND),
        ("client", "sponsor", ExitCode.ACCESS_DENIED),
        ("client", "hours", ExitCode.ACCESS_DENIED),
        ("coach", "sponsor", ExitCode.ACCESS_DENIED),
    ],
)
def test_a_viewer_without_rights_gets_a_clear_error(
    demo: Demo, tmp_path: Path, who: str, kind: str, code: ExitCode
) -> None:
    out = tmp_path / "denied.json"
    extra = ["--engagement", str(demo.engagement.id)] if kind == "engagement" else []
    result = report(demo, "--as", getattr(demo, who), "--kind", kind, *extra, "-o", out)
    assert result.returncode == code
    assert result.stderr.startswith("libcoach: error: ")
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--as", "coach:nonsense", "--kind", "hours"],
        ["--kind", "engagement"],  # no --engagement (and --as is filled in below)
        ["--kind", "hours", "--format", "ics"],
        ["--kind", "engagement", "--engagement", "x"],
        ["--kind", "hours", "--as-of", "2026-13-40"],
    ],
)
def test_usage_errors(demo: Demo, args: list[str]) -> None:
    if "--as" not in args:
        args = ["--as", demo.coach, *args]
    result = report(demo, *args)
    assert result.returncode == ExitCode.USAGE, result.stderr


def test_an_existing_output_needs_force(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "hours.md"
    out.write_text("keep")
    result = report(demo, "--as", demo.coach, "--kind", "hours", "--format", "md", "-o", out)
    assert result.returncode == ExitCode.CONFLICT
    assert out.read_text() == "keep"
    result = report(demo, "--as", demo.coach, "--kind", "hours", "--format", "md", "-o", out,
                    "--force")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith("# Coaching hours log")


def test_a_missing_store_is_not_found(tmp_path: Path) -> None:
    result = run_cli("report", tmp_path / "absent", "--as", "coach:" + "0" * 8 + "-0000-0000-0000-"
                     + "0" * 12, "--kind", "hours")  # fmt: skip
    assert result.returncode == ExitCode.NOT_FOUND
