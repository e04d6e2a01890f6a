"""``import``, ``export``, ``client-export``, ``shred`` and ``retention``: argument checks
here, the work in :mod:`libcoach.cli.data_rights`."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path

import libcoach
from libcoach.cli import data_rights
from libcoach.cli.errors import CliError
from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.keys import key_from_args
from libcoach.cli.progress import steps
from libcoach.cli.store import require_store_dir


def _print_counts(verb: str, counts: Mapping[str, int]) -> None:
    print(f"{verb}: {sum(counts.values())} records")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<18}{count:>8}")


def _client(text: str) -> libcoach.ClientId:
    try:
        return libcoach.ClientId.parse(text)
    except libcoach.ValidationError:
        raise CliError(f"malformed client id: {text!r}", ExitCode.USAGE) from None


def _check_output(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise CliError(f"{path} exists (use --force to replace it)", ExitCode.CONFLICT)


def _actor(text: str) -> libcoach.Actor:
    try:
        return libcoach.Actor.parse(text)
    except libcoach.ValidationError:
        raise CliError("malformed --as (expected role:uuid)", ExitCode.USAGE) from None


def run_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}", ExitCode.NOT_FOUND)
    key = key_from_args(args)
    with steps("import", ["read", "import"], quiet=args.quiet) as step:
        counts = data_rights.import_practice(args.dir, args.file, key=key, step=step)
    _print_counts("imported", counts)
    return ExitCode.OK


def run_export(args: argparse.Namespace) -> int:
    require_store_dir(args.dir)
    _check_output(args.file, args.force)
    key, by = key_from_args(args), _actor(args.as_)
    with steps("export", ["open", "export", "write"], quiet=args.quiet) as step:
        counts = data_rights.export_practice(args.dir, args.file, key=key, by=by, step=step)
    _print_counts(f"exported to {args.file}", counts)
    return ExitCode.OK


def run_client_export(args: argparse.Namespace) -> int:
    require_store_dir(args.dir)
    client = _client(args.client)
    _check_output(args.output, args.force)
    key, by = key_from_args(args), _actor(args.as_)
    with steps("client-export", ["open", "export", "write"], quiet=args.quiet) as step:
        counts = data_rights.export_client(args.dir, client, args.output, key=key, by=by, step=step)
    _print_counts(f"exported client {client} to {args.output}", counts)
    return ExitCode.OK


def run_shred(args: argparse.Namespace) -> int:
    require_store_dir(args.dir)
    client = _client(args.client)
    if not args.yes:
        raise CliError(
            "shred erases the client's content irreversibly: add --yes to confirm",
            ExitCode.USAGE,
        )
    key, by = key_from_args(args), _actor(args.as_)
    with steps("shred", ["open", "shred and compact"], quiet=args.quiet) as step:
        counts = data_rights.shred_client(args.dir, client, key=key, by=by, step=step)
    _print_counts(f"shredded client {client}", counts)
    return ExitCode.OK


def run_retention(args: argparse.Namespace) -> int:
    require_store_dir(args.dir)
    key, by = key_from_args(args), _actor(args.as_)
    with steps("retention", ["open", "count" if args.dry_run else "apply"], quiet=args.quiet) as s:
        counts = data_rights.apply_retention(
            args.dir, dry_run=args.dry_run, key=key, by=by, rules=args.rule, step=s
        )
    _print_counts("due under the retention policy" if args.dry_run else "removed", counts)
    return ExitCode.OK
