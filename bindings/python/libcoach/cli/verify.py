"""``libcoach verify``: check a store's journal, snapshot and audit chain."""

from __future__ import annotations

import argparse
from pathlib import Path

import libcoach
from libcoach.cli.errors import CliError
from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.progress import steps
from libcoach.cli.store import require_store_dir


def run(args: argparse.Namespace) -> int:
    path: Path = args.dir
    require_store_dir(path)
    with steps("verify", ["verify"], quiet=args.quiet) as step:
        step("verify")
        report = libcoach.verify_store(path)

    snapshot = (
        f"sequence {report.snapshot_sequence}"
        if report.snapshot_sequence
        else "none (journal only)"
    )
    print(f"store {path} (format version {report.format_version})")
    print(f"journal:  {report.journal_frames} frames, last event {report.last_sequence}")
    print(f"snapshot: {snapshot}")
    print(f"audit:    {report.audit_entries} entries, hash chain checked")
    for problem in report.problems:
        torn = " (torn tail)" if problem.torn else ""
        print(f"problem:  {problem.file} at offset {problem.offset}: {problem.what}{torn}")
    if not report.ok:
        count = len(report.problems)
        files = ", ".join(sorted({p.file for p in report.problems}))
        raise CliError(
            f"store {path} is not sound: {count} problem{'s' if count != 1 else ''} in {files}"
        )
    print("ok: journal, snapshot and audit chain are sound")
    return ExitCode.OK
