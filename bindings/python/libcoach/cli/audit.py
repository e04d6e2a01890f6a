"""``libcoach audit``: who accessed what, when — from the store's audit trail.

The trail is content-free (viewer, action, kind, record id, outcome, purpose), so reading it
reveals no coaching content. The store is opened read-only, beside a running writer; the
reads of the trail itself are audited in memory only, since a reader cannot append to the
writer's log.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import libcoach
from libcoach.cli.errors import CliError
from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.keys import key_from_args
from libcoach.cli.progress import items
from libcoach.cli.store import open_practice

FORMATS = ["text", "csv", "json"]
FIELDS = [
    "sequence",
    "time",
    "viewer",
    "action",
    "kind",
    "record",
    "outcome",
    "purpose",
    "count",
    "engagement",
    "client",
]


def _uuid_or_none(value: Any) -> str | None:
    return None if value.is_nil else str(value)


def _time(at: dt.datetime) -> str:
    return at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def row(entry: libcoach.AuditEntry) -> dict[str, Any]:
    """One entry as plain values (None where the entry has no record, engagement, client)."""
    return {
        "sequence": entry.sequence,
        "time": _time(entry.at),
        "viewer": str(entry.viewer),
        "action": entry.action.name,
        "kind": entry.kind.name,
        "record": _uuid_or_none(entry.record),
        "outcome": entry.outcome.name,
        "purpose": entry.purpose or None,
        "count": entry.count,
        "engagement": _uuid_or_none(entry.engagement),
        "client": _uuid_or_none(entry.client),
    }


def _parse(parse: Any, text: str, what: str) -> Any:
    try:
        return parse(text)
    except libcoach.ValidationError:
        raise CliError(f"malformed {what}: {text!r}", ExitCode.USAGE) from None


def entries(practice: libcoach.Practice, args: argparse.Namespace) -> list[libcoach.AuditEntry]:
    """The entries asked for: the whole trail read `--as` an admin (optionally only one
    client's), or with `--client` alone that client's own access log."""
    client = None
    if args.client is not None:
        client = _parse(libcoach.ClientId.parse, args.client, "client id")
    if args.as_ is not None:
        viewer = _parse(libcoach.Actor.parse, args.as_, "--as (expected role:uuid)")
        trail = practice.view(viewer).audit_trail()
        return trail if client is None else [e for e in trail if e.client == client]
    if client is not None:
        return practice.view(client).access_log(client)
    raise CliError(
        "audit needs --as admin:ID (the practice admin reading the whole trail) "
        "or --client ID (that client's access log)",
        ExitCode.USAGE,
    )


def run(args: argparse.Namespace) -> int:
    path: Path = args.dir
    key = key_from_args(args)
    with open_practice(path, key=key, read_only=True, audit_in_memory=True) as practice:
        selected = entries(practice, args)
    rows = [row(e) for e in items(selected, "audit", total=len(selected), quiet=args.quiet)]
    out = sys.stdout
    if args.format == "json":
        json.dump(rows, out, indent=2)
        out.write("\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for r in rows:
            fields = [r[name] for name in FIELDS[1:9]]
            out.write(" ".join("-" if f is None else str(f) for f in fields) + "\n")
    if not args.quiet:
        print(f"{len(rows)} audit entr{'y' if len(rows) == 1 else 'ies'}", file=sys.stderr)
    return ExitCode.OK
