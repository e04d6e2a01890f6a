"""The ``libcoach`` command line: subcommands, exit codes, messages, passphrase handling.

The command runs as ``sys.executable -m libcoach`` in a subprocess, so that the tests do not
depend on PATH; one test checks that the console script itself is installed. Every person
and organization here is invented.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path

import pytest
from support import MARKER, START, secret

import libcoach as lc
from libcoach.cli import PASSPHRASE_ENV, CliError, ExitCode, NotAvailable, key_from_args
from libcoach.cli.failures import describe
from libcoach.cli.keys import passphrase_from_args
from libcoach.cli.progress import steps

COMMANDS = ["demo", "verify", "audit", "import", "export", "client-export", "shred", "retention"]


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Runs ``python -m libcoach ARGS`` with no ambient passphrase (unless `env` sets one)."""
    base = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    return subprocess.run(
        [sys.executable, "-m", "libcoach", *map(str, args)],
        capture_output=True,
        text=True,
        env={**base, **(env or {})},
        timeout=300,
        check=False,
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single ``libcoach: error: ...`` line on stderr (warnings aside)."""
    lines = [line for line in result.stderr.splitlines() if "warning" not in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("libcoach: error: "), result.stderr
    return lines[0]


def demo_counts(stdout: str) -> dict[str, int]:
    """The per-kind table that ``libcoach demo`` prints."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("record kind"))
    counts: dict[str, int] = {}
    for line in lines[start + 1 :]:
        if line.startswith("events:"):
            break
        kind, count = line.split()
        counts[kind] = int(count)
    return counts


def demo_admin(stdout: str) -> str:
    line = next(line for line in stdout.splitlines() if line.startswith("practice admin: "))
    return line.removeprefix("practice admin: ")


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A tiny demo store (made once by the command itself) and its stdout."""
    store = tmp_path_factory.mktemp("cli") / "demo"
    result = run_cli("demo", store, "--scale", "tiny", "--seed", "7")
    assert result.returncode == 0, result.stderr
    return store, result.stdout


# --- the command as a whole ------------------------------------------------------------------


def test_version_prints_the_package_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"libcoach {lc.__version__}"


def test_top_level_help_lists_every_command_and_the_exit_codes() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert any(line.split()[:1] == [command] for line in result.stdout.splitlines()), command
    assert "exit codes:" in result.stdout
    assert "70 not available in this build" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: libcoach {command} ")
    assert "--passphrase-file" in result.stdout
    assert "--quiet" in result.stdout
    assert "DIR" in result.stdout


def test_no_command_is_a_usage_error() -> None:
    result = run_cli()
    assert result.returncode == ExitCode.USAGE == 2
    assert "required: COMMAND" in one_error_line(result)


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["verify"],
        ["verify", "a", "b"],
        ["demo", "somewhere", "--scale", "enormous"],
        ["demo", "somewhere", "--seed", "many"],
        ["audit", "somewhere", "--format", "xml"],
        ["client-export", "somewhere", "00000000-0000-0000-0000-000000000001"],
        ["verify", "somewhere", "--passphrase", "hunter2"],
    ],
)
def test_wrong_arguments_exit_2_with_one_line(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert "--help" in one_error_line(result)
    assert result.stdout == ""


def test_python_m_libcoach_and_the_console_script_are_installed() -> None:
    scripts = metadata.entry_points(group="console_scripts")
    assert [ep.value for ep in scripts if ep.name == "libcoach"] == ["libcoach.cli:main"]
    script = shutil.which("libcoach", path=str(Path(sys.executable).parent))
    assert script is not None, "console script missing next to the interpreter"
    result = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"libcoach {lc.__version__}"


# --- demo -----------------------------------------------------------------------------------


def test_demo_creates_a_verified_store_and_prints_its_counts(demo_store: tuple[Path, str]) -> None:
    store, stdout = demo_store
    counts = demo_counts(stdout)
    assert counts["coach"] > 0
    assert counts["session"] > 0
    with lc.Practice.open(store, read_only=True) as practice:
        stats = practice.stats()
        assert counts == {kind.name: n for kind, n in stats.records.items()}
        assert f"events: {stats.last_sequence}" in stdout
        admin = lc.Actor.parse(demo_admin(stdout))
        assert admin.role == lc.Role.admin
        # The printed admin may read the trail: it is the practice's admin.
        trail = practice.view(admin).audit_trail()
    report = lc.verify_store(store)
    assert report.ok
    assert len(trail) == report.audit_entries > 0  # the generator's consents are audited
    assert "store verified: ok" in stdout


def test_demo_is_reproducible_from_its_seed(tmp_path: Path, demo_store: tuple[Path, str]) -> None:
    _, first = demo_store
    again = run_cli("demo", tmp_path / "again", "--scale", "tiny", "--seed", "7", "--quiet")
    other = run_cli("demo", tmp_path / "other", "--scale", "tiny", "--seed", "8", "--quiet")
    assert again.returncode == 0, again.stderr
    assert other.returncode == 0, other.stderr
    assert demo_counts(again.stdout) == demo_counts(first)
    assert demo_admin(again.stdout) == demo_admin(first)
    assert demo_admin(other.stdout) != demo_admin(first)
    assert again.stderr == ""  # --quiet, and no TTY: no bar, no noise


def test_demo_refuses_a_non_empty_directory(tmp_path: Path) -> None:
    keep = tmp_path / "keep.txt"
    keep.write_text("unrelated")
    result = run_cli("demo", tmp_path, "--scale", "tiny")
    assert result.returncode == ExitCode.CONFLICT == 6
    assert str(tmp_path) in one_error_line(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


# --- verify ---------------------------------------------------------------------------------


def test_verify_a_sound_store(demo_store: tuple[Path, str]) -> None:
    store, _ = demo_store
    result = run_cli("verify", store)
    assert result.returncode == 0, result.stderr
    report = lc.verify_store(store)
    assert f"journal:  {report.journal_frames} frames" in result.stdout
    assert "snapshot: " in result.stdout
    assert f"audit:    {report.audit_entries} entries" in result.stdout
    assert "ok: journal, snapshot and audit chain are sound" in result.stdout
    assert "problem" not in result.stdout


def test_verify_a_damaged_journal_exits_1_and_names_the_file(tmp_path: Path) -> None:
    store = tmp_path / "damaged"
    assert run_cli("demo", store, "--scale", "tiny", "-q").returncode == 0
    journal = store / "journal"
    data = bytearray(journal.read_bytes())
    data[64 + 12] ^= 0xFF  # inside the first frame: mid-log damage
    journal.write_bytes(bytes(data))
    result = run_cli("verify", store)
    assert result.returncode == 1
    assert "problem:  journal at offset " in result.stdout
    assert "is not sound: 1 problem in journal" in one_error_line(result)
    assert "ok:" not in result.stdout
    # audit needs to open the store: the same damage is a failure there too, naming the file.
    opened = run_cli("audit", store, "--as", "admin:00000000-0000-0000-0000-000000000001")
    assert opened.returncode == 1
    assert "journal" in one_error_line(opened)


def test_verify_a_missing_directory_exits_5(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = run_cli("verify", missing)
    assert result.returncode == ExitCode.NOT_FOUND == 5
    assert one_error_line(result) == f"libcoach: error: no store at {missing}: directory not found"


def test_verify_a_file_instead_of_a_directory_exits_2(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("not a store")
    result = run_cli("verify", plain)
    assert result.returncode == 2
    assert "not a store directory" in one_error_line(result)


# --- audit ----------------------------------------------------------------------------------


@dataclass
class AuditedStore:
    path: Path
    admin: lc.AdminId
    coach: lc.CoachId
    client: lc.ClientId
    other_client: lc.ClientId
    sponsor: lc.SponsorContactId
    belief: lc.BeliefId


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> AuditedStore:
    """A store whose trail holds an allowed and a denied read of a secret belief."""
    path = tmp_path_factory.mktemp("audit") / "practice"
    with lc.Practice.create(path, clock=lc.stepping_clock(START, 1), id_seed=11) as p:
        admin = p.add_first_admin(name="Yara Castellanos", email="yara@example.org")
        org = p.add_organization(admin, name="Brindle Ropeworks")
        sponsor = p.add_sponsor_contact(
            admin, organization=org, name="Piet Ommen", email="piet@example.com", role="hr"
        )
        coach = p.add_coach(admin, name="Ines Falk", email="ines@example.net")
        client = p.add_client(admin, name="Joss Mbeki", email="joss@example.com", organization=org)
        other = p.add_client(admin, name="Runa Teller", email="runa@example.com")
        e = p.propose_engagement(
            admin, coach=coach, client=client, sponsor=org, sponsor_contacts=[sponsor]
        )
        e2 = p.propose_engagement(admin, coach=coach, client=other)
        belief = p.add_belief(coach, e, statement=secret("belief"), strength=6, on=date(2026, 1, 6))
        p.add_belief(coach, e2, statement=secret("other-belief"), on=date(2026, 1, 6))
        assert p.view(coach).belief(belief).statement == secret("belief")
        with pytest.raises(lc.AccessDenied):
            p.view(sponsor).belief(belief)
        p.view(coach).beliefs(e2)
    return AuditedStore(path, admin, coach, client, other, sponsor, belief)


def _no_secret(result: subprocess.CompletedProcess[str]) -> None:
    assert MARKER not in result.stdout
    assert MARKER not in result.stderr


def test_audit_lists_who_read_what_as_text(audited: AuditedStore) -> None:
    result = run_cli("audit", audited.path, "--as", f"admin:{audited.admin}")
    assert result.returncode == 0, result.stderr
    _no_secret(result)
    lines = result.stdout.splitlines()
    allowed = [line for line in lines if f" read belief {audited.belief} allowed " in line]
    denied = [line for line in lines if f" read belief {audited.belief} denied " in line]
    assert len(allowed) == 1
    assert len(denied) == 1
    assert allowed[0].split()[1] == str(lc.Actor(audited.coach))
    assert denied[0].split()[1] == str(lc.Actor(audited.sponsor))
    assert allowed[0].startswith("2026-01-05T")
    assert all(len(line.split()) == 8 for line in lines)
    assert result.stderr == f"{len(lines)} audit entries\n"


def test_audit_as_json_and_csv_agree(audited: AuditedStore) -> None:
    as_admin = ["--as", f"admin:{audited.admin}"]
    as_json = run_cli("audit", audited.path, *as_admin, "--format", "json")
    as_csv = run_cli("audit", audited.path, *as_admin, "--format", "csv", "-q")
    assert as_json.returncode == 0, as_json.stderr
    assert as_csv.returncode == 0, as_csv.stderr
    _no_secret(as_json)
    entries = json.loads(as_json.stdout)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(entries) == len(rows) >= 3
    assert [e["sequence"] for e in entries] == list(range(1, len(entries) + 1))
    assert [str(e["sequence"]) for e in entries] == [r["sequence"] for r in rows]
    denied = [e for e in entries if e["outcome"] == "denied"]
    assert len(denied) == 1
    assert denied[0]["record"] == str(audited.belief)
    assert denied[0]["viewer"] == str(lc.Actor(audited.sponsor))
    assert denied[0]["client"] == str(audited.client)
    listing = next(e for e in entries if e["action"] == "list")
    assert listing["record"] is None
    assert listing["count"] >= 1
    assert as_csv.stderr == ""


def test_audit_of_one_client(audited: AuditedStore) -> None:
    as_admin = ["--as", f"admin:{audited.admin}", "--format", "json"]
    everything = json.loads(run_cli("audit", audited.path, *as_admin).stdout)
    one = run_cli("audit", audited.path, *as_admin, "--client", str(audited.other_client))
    assert one.returncode == 0, one.stderr
    theirs = json.loads(one.stdout)
    assert theirs
    assert all(e["client"] == str(audited.other_client) for e in theirs)
    assert len(theirs) < len(everything)
    # --client alone: the client's own access log.
    own = run_cli("audit", audited.path, "--client", str(audited.client), "--format", "json")
    assert own.returncode == 0, own.stderr
    logged = json.loads(own.stdout)
    assert {e["record"] for e in logged} >= {str(audited.belief)}
    assert all(e["client"] == str(audited.client) for e in logged)


def test_audit_needs_a_viewer(audited: AuditedStore) -> None:
    result = run_cli("audit", audited.path)
    assert result.returncode == 2
    assert "--as admin:ID" in one_error_line(result)


def test_audit_as_a_coach_is_access_denied(audited: AuditedStore) -> None:
    result = run_cli("audit", audited.path, "--as", f"coach:{audited.coach}")
    assert result.returncode == ExitCode.ACCESS_DENIED == 3
    one_error_line(result)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("option", "value"), [("--as", "admin-no-colon"), ("--client", "not-a-uuid")]
)
def test_audit_with_a_malformed_id_is_a_usage_error(
    audited: AuditedStore, option: str, value: str
) -> None:
    result = run_cli("audit", audited.path, "--as", f"admin:{audited.admin}", option, value)
    assert result.returncode == 2
    assert "malformed" in one_error_line(result)


def test_audit_runs_beside_a_writer(audited: AuditedStore) -> None:
    with lc.Practice.open(audited.path) as writer:
        assert not writer.is_read_only
        result = run_cli("audit", audited.path, "--as", f"admin:{audited.admin}", "-q")
    assert result.returncode == 0, result.stderr
    assert f" read belief {audited.belief} allowed " in result.stdout


def test_audit_of_a_missing_store_exits_5(tmp_path: Path) -> None:
    result = run_cli(
        "audit", tmp_path / "gone", "--as", "admin:00000000-0000-0000-0000-000000000001"
    )
    assert result.returncode == 5
    assert "no store at" in one_error_line(result)


# --- data rights: export, import, client-export, shred, retention ----------------------------


CLIENT = "3f8a1c2e-4b5d-4e6f-8a9b-0c1d2e3f4a5b"


def _clients(export: Path) -> list[str]:
    document = json.loads(export.read_text())
    return [c["id"] for c in document["parties"]["clients"]]


def test_export_then_import_round_trips_a_practice(
    demo_store: tuple[Path, str], tmp_path: Path
) -> None:
    store, stdout = demo_store
    admin = demo_admin(stdout)
    backup = tmp_path / "backup.json"
    exported = run_cli("export", store, backup, "--as", admin)
    assert exported.returncode == 0, exported.stderr
    assert backup.stat().st_mode & 0o077 == 0, "the backup is readable by its owner only"
    document = json.loads(backup.read_text())
    assert document["format"] == "libcoach-practice"
    restored = tmp_path / "restored"
    imported = run_cli("import", restored, backup)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines()[0] == exported.stdout.splitlines()[0].replace(
        f"exported to {backup}", "imported"
    )
    assert run_cli("verify", restored).returncode == 0
    again = tmp_path / "again.json"
    assert run_cli("export", restored, again, "--as", admin).returncode == 0
    assert _clients(again) == _clients(backup)
    invalid = tmp_path / "bad.json"
    invalid.write_text('{"format": "libcoach-practice", "version": 1}')
    rejected = run_cli("import", tmp_path / "bad", invalid)
    assert rejected.returncode == ExitCode.USAGE
    assert "/" in one_error_line(rejected)
    assert not (tmp_path / "bad").exists()


def test_client_export_holds_the_client_and_is_refused_to_others(
    demo_store: tuple[Path, str], tmp_path: Path
) -> None:
    store, stdout = demo_store
    admin = demo_admin(stdout)
    backup = tmp_path / "backup.json"
    assert run_cli("export", store, backup, "--as", admin).returncode == 0
    client = _clients(backup)[0]
    package = tmp_path / "client.json"
    result = run_cli("client-export", store, client, "-o", package, "--as", admin)
    assert result.returncode == 0, result.stderr
    document = json.loads(package.read_text())
    assert document["format"] == "libcoach-client-export"
    other = _clients(backup)[1]
    assert other not in package.read_text()
    denied = run_cli(
        "client-export", store, client, "-o", tmp_path / "x.json", "--as", f"client:{other}"
    )
    assert denied.returncode == ExitCode.ACCESS_DENIED
    assert not (tmp_path / "x.json").exists()


def test_shred_and_retention_from_the_command_line(tmp_path: Path) -> None:
    store = tmp_path / "demo"
    made = run_cli("demo", store, "--scale", "tiny", "--seed", "9")
    assert made.returncode == 0, made.stderr
    admin = demo_admin(made.stdout)
    backup = tmp_path / "backup.json"
    assert run_cli("export", store, backup, "--as", admin).returncode == 0
    client = _clients(backup)[0]
    dry = run_cli("retention", store, "--dry-run", "--rule", "coaching:0", "--as", admin)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("due under the retention policy: ")
    real = run_cli("retention", store, "--rule", "coaching:0", "--as", admin)
    assert real.returncode == 0, real.stderr
    assert real.stdout.split(":")[1].split()[0] == dry.stdout.split(":")[1].split()[0]
    bad_rule = run_cli("retention", store, "--rule", "coaching", "--as", admin)
    assert bad_rule.returncode == ExitCode.USAGE
    shredded = run_cli("shred", store, client, "--yes", "--as", admin)
    assert shredded.returncode == 0, shredded.stderr
    assert "client" in shredded.stdout
    twice = run_cli("shred", store, client, "--yes", "--as", admin)
    assert twice.returncode == ExitCode.CONFLICT
    assert run_cli("verify", store).returncode == 0


def test_data_rights_arguments_are_checked_first(
    demo_store: tuple[Path, str], tmp_path: Path
) -> None:
    store, _ = demo_store
    existing = tmp_path / "exists.json"
    existing.write_text("{}")
    admin = ["--as", "admin:" + CLIENT]
    checks = [
        (["export", store, existing, *admin], 6, "use --force"),
        (["client-export", store, CLIENT, "-o", existing, *admin], 6, "use --force"),
        (
            ["client-export", store, "nobody", "-o", tmp_path / "x.json", *admin],
            2,
            "malformed client id",
        ),
        (["shred", store, CLIENT, *admin], 2, "--yes"),
        (["shred", store, "nobody", "--yes", *admin], 2, "malformed client id"),
        (["import", store, tmp_path / "absent.json"], 5, "no such file"),
        (["export", tmp_path / "no-store", tmp_path / "x.json", *admin], 5, "no store at"),
        (["retention", tmp_path / "no-store", *admin], 5, "no store at"),
        (["export", store, tmp_path / "y.json"], 2, "--as"),
    ]
    for args, code, message in checks:
        result = run_cli(*args)
        assert result.returncode == code, (args, result.stderr)
        assert message in one_error_line(result), args
    assert existing.read_text() == "{}"


# --- passphrases ------------------------------------------------------------------------------


def _args(passphrase_file: Path | None = None) -> argparse.Namespace:
    return argparse.Namespace(passphrase_file=passphrase_file)


def _private(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    path.chmod(0o600)
    return path


def test_no_passphrase_means_no_key() -> None:
    assert passphrase_from_args(_args(), {}) is None
    assert key_from_args(_args(), {}) is None
    # An empty variable counts as unset.
    assert key_from_args(_args(), {PASSPHRASE_ENV: ""}) is None


def test_the_passphrase_file_wins_over_the_environment(tmp_path: Path) -> None:
    env = {PASSPHRASE_ENV: "from-the-environment"}
    assert passphrase_from_args(_args(), env) == "from-the-environment"
    path = _private(tmp_path / "pass", b"from the file\n")
    assert passphrase_from_args(_args(path), env) == "from the file"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"tangerine walrus", "tangerine walrus"),
        (b"tangerine walrus\n", "tangerine walrus"),
        (b"tangerine walrus\r\n", "tangerine walrus"),
        (b"tangerine walrus\n\n", "tangerine walrus\n"),
        (b" spaced \n", " spaced "),
        ("fj\u00e4ll\n".encode(), "fj\u00e4ll"),
    ],
)
def test_one_trailing_newline_is_not_part_of_the_passphrase(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    assert passphrase_from_args(_args(_private(tmp_path / "pass", data)), {}) == expected


def test_bad_passphrase_files_are_errors_that_never_quote_the_file(tmp_path: Path) -> None:
    with pytest.raises(CliError) as missing:
        passphrase_from_args(_args(tmp_path / "absent"), {PASSPHRASE_ENV: "fallback"})
    assert missing.value.code == ExitCode.NOT_FOUND
    with pytest.raises(CliError) as empty:
        passphrase_from_args(_args(_private(tmp_path / "empty", b"\n")), {})
    assert empty.value.code == ExitCode.USAGE
    assert "empty" in str(empty.value)
    with pytest.raises(CliError) as binary:
        passphrase_from_args(_args(_private(tmp_path / "bin", b"ZQX\xff\xfeSECRET")), {})
    assert binary.value.code == ExitCode.USAGE
    assert "not UTF-8" in str(binary.value)
    assert "ZQX" not in str(binary.value)
    assert "\\xff" not in str(binary.value)


def test_a_passphrase_file_others_can_read_draws_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _private(tmp_path / "pass", b"kumquat\n")
    assert passphrase_from_args(_args(path), {}) == "kumquat"
    assert capsys.readouterr().err == ""
    path.chmod(0o644)
    assert passphrase_from_args(_args(path), {}) == "kumquat"
    err = capsys.readouterr().err
    assert "libcoach: warning: passphrase file" in err
    assert "kumquat" not in err


class _FakeKeySource:
    def __init__(self, text: str) -> None:
        self.text = text

    @classmethod
    def passphrase(cls, text: str) -> _FakeKeySource:
        return cls(text)


def test_key_from_args_builds_a_passphrase_key_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lc, "KeySource", _FakeKeySource, raising=False)
    key = key_from_args(_args(_private(tmp_path / "pass", b"persimmon\n")), {})
    assert isinstance(key, _FakeKeySource)
    assert key.text == "persimmon"
    from_env = key_from_args(_args(), {PASSPHRASE_ENV: "quince"})
    assert isinstance(from_env, _FakeKeySource)
    assert from_env.text == "quince"


def test_without_encryption_support_a_passphrase_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(lc, "KeySource", raising=False)
    with pytest.raises(NotAvailable, match="no encryption support"):
        key_from_args(_args(), {PASSPHRASE_ENV: "quince"})
    assert key_from_args(_args(), {}) is None


def test_an_encrypted_demo_store_needs_its_passphrase(tmp_path: Path) -> None:
    store = tmp_path / "sealed"
    keyfile = _private(tmp_path / "pass", (secret("passphrase") + "\n").encode())
    made = run_cli("demo", store, "--scale", "tiny", "--passphrase-file", keyfile)
    assert made.returncode == 0, made.stderr
    admin = ["--as", demo_admin(made.stdout)]
    assert run_cli("audit", store, *admin, "--passphrase-file", keyfile).returncode == 0
    wrong = run_cli("audit", store, *admin, env={PASSPHRASE_ENV: "not the passphrase"})
    assert wrong.returncode == ExitCode.CRYPTO
    _no_secret(made)
    _no_secret(wrong)


# --- error mapping and progress -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (lc.AccessDenied("read belief: access denied"), 3),
        (lc.LockedError("store is locked"), 4),
        (lc.NotFound("engagement not found"), 5),
        (lc.Conflict("directory not empty"), 6),
        (lc.UnsupportedVersion("journal: format version 9"), 7),
        (lc.CryptoError("wrong key"), 8),
        (lc.ValidationError("strength: out of range"), 2),
        (lc.CorruptionError("journal at offset 76: checksum"), 1),
        (lc.IoError("fdatasync failed"), 1),
        (lc.ReadOnlyError("read-only"), 1),
        (NotAvailable("shred"), 70),
        (CliError("conflict", ExitCode.CONFLICT), 6),
        (FileNotFoundError(2, "No such file or directory", "/nowhere"), 5),
        (PermissionError(13, "Permission denied", "/locked"), 3),
        (KeyboardInterrupt(), 130),
    ],
)
def test_errors_map_to_documented_exit_codes(error: BaseException, code: int) -> None:
    got, message = describe(error)
    assert got == code
    assert message


def test_an_unexpected_error_is_named_but_never_quoted() -> None:
    code, message = describe(RuntimeError(secret("note")))
    assert code == 1
    assert message == "internal error (RuntimeError)"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_unless_quiet() -> None:
    for quiet, drawn in [(False, True), (True, False)]:
        out = _Terminal()
        with steps("demo", ["create", "generate"], quiet=quiet, file=out) as step:
            step("create")
            step("generate")
        assert ("demo" in out.getvalue()) is drawn
    not_a_terminal = io.StringIO()
    with steps("demo", ["create"], quiet=False, file=not_a_terminal) as step:
        step("create")
    assert not_a_terminal.getvalue() == ""
