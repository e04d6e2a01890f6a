"""``libcoach report --kind prep|nudges``: the preparation sheet for an engagement's coach, the
nudges of a coach, client or admin, and clear exit codes for anyone else. The store is the tiny
demo store of test_cli_report.py; every person and organization in it is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli_report import Demo, demo, report

from libcoach.cli import ExitCode

__all__ = ["demo"]  # the shared module-scoped fixture


def test_prep_for_the_coach(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "prep.json"
    engagement = str(demo.engagement.id)
    result = report(demo, "--as", demo.coach, "--kind", "prep", "--engagement", engagement,
                    "-o", out)  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text())
    assert doc["kind"] == "prep"
    assert doc["engagement"]["id"] == engagement
    assert doc["viewer"] == {"role": "coach", "id": demo.coach.removeprefix("coach:")}


@pytest.mark.parametrize("fmt", ["csv", "md"])
def test_prep_and_nudges_in_text_formats(demo: Demo, tmp_path: Path, fmt: str) -> None:
    engagement = ["--engagement", str(demo.engagement.id)]
    for kind, extra in (("prep", engagement), ("nudges", [])):
        out = tmp_path / f"{kind}.{fmt}"
        result = report(demo, "--as", demo.coach, "--kind", kind, *extra, "--format", fmt,
                        "-o", out)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0


def test_nudges_as_of_a_date(demo: Demo) -> None:
    result = report(demo, "--as", demo.client, "--kind", "nudges", "--as-of", "2026-03-02",
                    "--horizon-days", "30")  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["kind"] == "nudges"
    assert doc["as_of"] == "2026-03-02"
    assert doc["horizon_days"] == 30
    assert all(n["recipient"]["role"] == "client" for n in doc["nudges"])


@pytest.mark.parametrize(
    ("who", "kind", "code"),
    [
        ("client", "prep", ExitCode.ACCESS_DENIED),
        ("other_client", "prep", ExitCode.NOT_FOUND),
    ],
)
def test_a_viewer_who_may_not_see_it_gets_a_clear_error(
    demo: Demo, tmp_path: Path, who: str, kind: str, code: ExitCode
) -> None:
    out = tmp_path / "denied.json"
    result = report(demo, "--as", getattr(demo, who), "--kind", kind, "--engagement",
                    str(demo.engagement.id), "-o", out)  # fmt: skip
    assert result.returncode == code
    assert result.stderr.startswith("libcoach: error: ")
    assert not out.exists()


def test_a_sponsor_gets_no_nudges(demo: Demo) -> None:
    contacts = [c for e in (demo.engagement, demo.other) for c in e.sponsor_contacts]
    if not contacts:
        pytest.skip("the demo engagements have no sponsor contact")
    result = report(demo, "--as", f"sponsor_contact:{contacts[0]}", "--kind", "nudges")
    assert result.returncode == ExitCode.ACCESS_DENIED
    assert result.stderr.startswith("libcoach: error: ")


@pytest.mark.parametrize(
    "args",
    [
        ["--kind", "prep"],  # no --engagement
        ["--kind", "nudges", "--engagement", "x"],
        ["--kind", "hours", "--horizon-days", "3"],
        ["--kind", "nudges", "--horizon-days", "-1"],
    ],
)
def test_usage_errors(demo: Demo, args: list[str]) -> None:
    result = report(demo, "--as", demo.coach, *args)
    assert result.returncode == ExitCode.USAGE, result.stderr
