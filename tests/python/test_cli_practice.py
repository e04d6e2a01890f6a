"""``libcoach report --kind practice``: the flags, their usage errors and the access-denied
exit code, on a small demo store made by the command itself. Every person and organization
in it is invented.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import libcoach as lc
from libcoach.cli import PASSPHRASE_ENV, ExitCode

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parents[2] / "docs" / "schema" / "report-practice.schema.json"
    ).read_text()
)


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


class Store:
    def __init__(self, path: Path, admin: str) -> None:
        self.path = path
        self.admin = admin
        with lc.Practice.open(path, read_only=True, audit_in_memory=True) as p:
            view = p.view(lc.Actor.parse(admin))
            engagement = view.engagements()[0]
            self.coach = f"coach:{engagement.coach}"
            self.organizations = [str(o.id) for o in view.organizations()]
            contacts = view.sponsor_contacts()
        assert self.organizations
        assert contacts
        self.sponsor = f"sponsor_contact:{contacts[0].id}"
        self.sponsor_org = str(contacts[0].organization)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("practice") / "demo"
    result = run_cli("demo", path, "--scale", "small", "--seed", "7", "--quiet")
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("practice admin: "))
    return Store(path, line.removeprefix("practice admin: "))


def report(store: Store, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("report", store.path, "--kind", "practice", *args)


def test_admin_with_every_flag(store: Store) -> None:
    org = store.organizations[0]
    args = ["--as", store.admin, "--org", org, "--from", "2026-02-01", "--to", "2026-09-30"]
    result = report(store, *args, "--k", "3", "--quiet")
    assert result.returncode == ExitCode.OK, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert doc["organization"] == org
    assert doc["k"] == 3
    assert doc["period"] == {"from": "2026-02-01", "to": "2026-09-30"}


@pytest.mark.parametrize(("fmt", "start"), [("csv", "dimension,"), ("md", "# Practice")])
def test_formats(store: Store, fmt: str, start: str) -> None:
    result = report(store, "--as", store.admin, "--format", fmt, "--quiet")
    assert result.returncode == ExitCode.OK, result.stderr
    assert result.stdout.startswith(start)


def test_sponsor_own_organization_and_refusals(store: Store) -> None:
    result = report(store, "--as", store.sponsor, "--k", "3", "--quiet")
    assert result.returncode == ExitCode.OK, result.stderr
    doc = json.loads(result.stdout)
    assert doc["organization"] == store.sponsor_org
    assert doc["themes"] is None
    other = next(o for o in store.organizations if o != store.sponsor_org)
    refused = report(store, "--as", store.sponsor, "--org", other, "--quiet")
    assert refused.returncode == ExitCode.ACCESS_DENIED
    assert report(store, "--as", store.coach, "--quiet").returncode == ExitCode.ACCESS_DENIED


@pytest.mark.parametrize(
    "args",
    [
        ["--k", "2"],
        ["--k", "many"],
        ["--from", "2026-13-01"],
        ["--from", "2026-05-01", "--to", "2026-04-01"],
        ["--org", "not-an-id"],
    ],
)
def test_bad_values_are_usage_errors(store: Store, args: list[str]) -> None:
    result = report(store, "--as", store.admin, *args, "--quiet")
    assert result.returncode == ExitCode.USAGE, result.stderr


def test_practice_flags_only_with_kind_practice(store: Store) -> None:
    result = run_cli(
        "report", store.path, "--kind", "hours", "--as", store.coach, "--k", "5", "--quiet"
    )
    assert result.returncode == ExitCode.USAGE
