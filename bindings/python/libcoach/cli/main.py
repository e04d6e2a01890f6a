"""Entry point of the ``libcoach`` command: parse, run one command, map errors to exit codes."""

from __future__ import annotations

import os
import sys

from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.failures import describe
from libcoach.cli.parser import build_parser


def main(argv: list[str] | None = None) -> int:
    """Runs the command line; returns the process exit code (see docs/cli.md)."""
    args = build_parser().parse_args(argv)  # usage errors and --help exit here
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        # The reader went away (`libcoach audit ... | head`): not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(ExitCode.FAILURE)
    except (Exception, KeyboardInterrupt) as exc:
        code, message = describe(exc)
        print(f"libcoach: error: {message}", file=sys.stderr)
        return int(code)
