"""``libcoach demo``: a synthetic sample practice in a store directory."""

from __future__ import annotations

import argparse
from pathlib import Path

import libcoach
from libcoach.cli.errors import CliError
from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.keys import key_from_args
from libcoach.cli.progress import steps
from libcoach.cli.store import create_practice

SCALES = ["tiny", "small", "medium", "large"]


def run(args: argparse.Namespace) -> int:
    path: Path = args.dir
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise CliError(f"{path} exists and is not an empty directory", ExitCode.CONFLICT)
    key = key_from_args(args)
    with steps("demo", ["create", "generate", "verify"], quiet=args.quiet) as step:
        step("create")
        with create_practice(path, key=key, id_seed=args.seed) as practice:
            step("generate")
            rosters: list[libcoach.SyntheticRoster] = []
            practice.batch(
                lambda: rosters.append(
                    libcoach.populate_practice(practice, seed=args.seed, scale=args.scale)
                )
            )
            stats = practice.stats()
        step("verify")
        report = libcoach.verify_store(path)

    print(f"sample practice in {path} (seed {args.seed}, scale {args.scale})")
    print(f"{'record kind':<18}{'count':>8}")
    for kind, count in sorted(stats.records.items(), key=lambda item: item[0].value):
        print(f"{kind.name:<18}{count:>8}")
    print(f"events: {stats.last_sequence}")
    print(f"practice admin: {libcoach.Actor.admin(rosters[0].admin)}")
    if not report.ok:
        raise CliError(f"the new store at {path} does not verify (libcoach verify {path})")
    print("store verified: ok")
    return ExitCode.OK
