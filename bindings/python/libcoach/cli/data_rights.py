"""The library calls behind import, export, client-export, shred and retention.

The command line parses and checks the arguments, then calls exactly one function here.
Each returns content-free counts (record kind -> number) that the command prints. Every
call acts as the practice admin given with ``--as``: the library checks that role itself.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import libcoach
from libcoach.cli.keys import KeySource
from libcoach.cli.store import create_store_kwargs, open_practice

Counts = Mapping[str, int]
#: Called with the name of each step as it starts (drives the progress bar).
Step = Callable[[str], None]


def _no_step(name: str) -> None:
    del name


#: Applied when ``retention`` is given no ``--rule``: the coach's private process notes go
#: a year after the engagement ends, the shared coaching record after seven years.
DEFAULT_RULES: tuple[tuple[str, int], ...] = (("coach_private", 12), ("coaching", 84))


def _write_private(target: Path, text: str) -> None:
    """Writes `text` to `target` readable by the owner only, atomically (temp + rename)."""
    target = target.resolve()
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _record_counts(document: Mapping[str, object]) -> Counts:
    records = document.get("records", [])
    assert isinstance(records, list)
    return dict(Counter(str(r["kind"]) for r in records if isinstance(r, dict)))


def _export(
    store: Path,
    target: Path,
    key: KeySource | None,
    step: Step,
    produce: Callable[[libcoach.Practice], str],
) -> Counts:
    # Opened for writing: exporting is audited, and the audit entry must be durable.
    step("open")
    with open_practice(store, key=key, read_only=False) as practice:
        step("export")
        text = produce(practice)
    step("write")
    _write_private(target, text)
    return _record_counts(json.loads(text))


def import_practice(
    store: Path,
    source: Path,
    *,
    key: KeySource | None,
    id_seed: int | None = None,
    step: Step = _no_step,
) -> Counts:
    """Loads the practice in the JSON file `source` into the new store directory `store`."""
    step("read")
    text = source.read_text(encoding="utf-8")
    step("import")
    practice = libcoach.import_practice(text, store, id_seed=id_seed, **create_store_kwargs(key))
    practice.close()
    return _record_counts(json.loads(text))


def export_practice(
    store: Path, target: Path, *, key: KeySource | None, by: libcoach.Actor, step: Step = _no_step
) -> Counts:
    """Writes the whole practice in `store` to the JSON file `target`."""
    return _export(store, target, key, step, lambda p: libcoach.export_practice(p, by))


def export_client(
    store: Path,
    client: libcoach.ClientId,
    target: Path,
    *,
    key: KeySource | None,
    by: libcoach.Actor,
    step: Step = _no_step,
) -> Counts:
    """Writes everything held about one client (data-subject access request) to `target`."""
    return _export(store, target, key, step, lambda p: libcoach.export_client(p, by, client))


def shred_client(
    store: Path,
    client: libcoach.ClientId,
    *,
    key: KeySource | None,
    by: libcoach.Actor,
    step: Step = _no_step,
) -> Counts:
    """Irreversibly erases one client's content (right to erasure)."""
    step("open")
    with open_practice(store, key=key, read_only=False) as practice:
        step("shred and compact")
        before = len(practice.tombstones(by))
        practice.shred_client(by, client)
        after = practice.tombstones(by)
    return dict(Counter(t.record_kind.name for t in after[before:]))


def parse_rule(text: str) -> libcoach.RetentionRule:
    """``SCOPE:MONTHS`` or ``SCOPE:MONTHS:KIND`` as a RetentionRule (ValidationError if not)."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[1].isdigit():
        raise libcoach.ValidationError("retention rule: expected SCOPE:MONTHS[:KIND]")
    kind = parts[2] if len(parts) == 3 else None
    return libcoach.RetentionRule(parts[0], int(parts[1]), kind=kind)


def apply_retention(
    store: Path,
    *,
    dry_run: bool,
    key: KeySource | None,
    by: libcoach.Actor,
    rules: Sequence[str] = (),
    step: Step = _no_step,
) -> Counts:
    """Erases what the retention rules say is due; with `dry_run`, only counts it."""
    parsed = (
        [parse_rule(r) for r in rules]
        if rules
        else [libcoach.RetentionRule(scope, months) for scope, months in DEFAULT_RULES]
    )
    step("open")
    with open_practice(store, key=key, read_only=False) as practice:
        step("apply" if not dry_run else "count")
        report = practice.apply_retention(by, parsed, dry_run=dry_run)
    return {kind.name: n for kind, n in report.counts().items()}
