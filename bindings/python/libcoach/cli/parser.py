"""The argument parser of the ``libcoach`` command: every subcommand, option and help text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

import libcoach
from libcoach.cli import audit, data_commands, demo, report, verify
from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.keys import PASSPHRASE_ENV

DESCRIPTION = """\
Create, check and inspect libcoach practice stores.

Nothing this command prints contains coaching content: only paths, ids, kinds, counts and
the store's own (content-free) diagnostics."""

EPILOG = f"""\
passphrase (all commands): --passphrase-file FILE, else the environment variable
{PASSPHRASE_ENV}; never on the command line.

exit codes:
  0 ok                    5 not found (store, file, id)
  1 failure / unsound     6 conflict (non-empty directory, existing output)
  2 usage error           7 unsupported (newer) store format
  3 access denied         8 wrong passphrase or key / tampered data
  4 store locked         70 not available in this build
                        130 interrupted

examples:
  libcoach demo out/practice --scale small --seed 42
  libcoach verify out/practice
  libcoach audit out/practice --as admin:UUID --format csv

see docs/cli.md for more."""


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line, ``libcoach: error: ...``, with exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.USAGE, f"libcoach: error: {message} (see '{self.prog} --help')\n")


def _acting_admin(sub: argparse.ArgumentParser, who: str = "the practice admin") -> None:
    sub.add_argument(
        "--as",
        dest="as_",
        required=True,
        metavar="ROLE:ID",
        help=f"who acts: {who} (admin:UUID; `demo` prints it)",
    )


def _common() -> _Parser:
    common = _Parser(add_help=False, allow_abbrev=False)
    common.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the store passphrase from FILE (one trailing newline ignored); "
        f"overrides ${PASSPHRASE_ENV}",
    )
    common.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr"
    )
    return common


def _store_dir(sub: argparse.ArgumentParser, help_text: str = "the store directory") -> None:
    sub.add_argument("dir", type=Path, metavar="DIR", help=help_text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="libcoach",
        allow_abbrev=False,  # else --passphrase SECRET would be taken for --passphrase-file
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"libcoach {libcoach.__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )
    common = [_common()]

    def add(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            parents=common,
            allow_abbrev=False,
            help=summary,
            description=description,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    sub = add(
        "demo",
        "create a synthetic sample practice in a new store",
        "Creates a store in DIR (created if absent; must be empty) and fills it with an "
        "invented, reproducible practice in one batch; prints the count of records per kind, "
        "the practice admin's id (for `libcoach audit --as`) and verifies the store.",
    )
    _store_dir(sub, "directory for the new store (absent or empty)")
    sub.add_argument(
        "--scale", choices=demo.SCALES, default="small", help="size of the practice (small)"
    )
    sub.add_argument("--seed", type=int, default=42, help="generator seed (42)")
    sub.set_defaults(handler=demo.run)

    sub = add(
        "verify",
        "check a store's journal, snapshot and audit chain",
        "Checks every journal frame, the snapshot and the audit trail's hash chain without "
        "changing anything or taking the writer lock. Exit 0 only when all are sound, else 1; "
        "each problem is printed with its file and byte offset.",
    )
    _store_dir(sub)
    sub.set_defaults(handler=verify.run)

    sub = add(
        "audit",
        "list who accessed what, when",
        "Prints the audit trail, one entry per line: time, viewer (role:id), action, record "
        "kind, record id, outcome, purpose, count. The trail holds no content. The store is "
        "opened read-only (a writer may be running).\n\n"
        "--as admin:ID reads the whole trail as that practice admin (demo prints the id); "
        "with --client too, only entries about that client. --client ID alone reads that "
        "client's own access log.",
    )
    _store_dir(sub)
    sub.add_argument("--client", metavar="ID", help="only entries about this client (uuid)")
    sub.add_argument(
        "--as", dest="as_", metavar="ROLE:ID", help="the viewer reading the trail: admin:UUID"
    )
    sub.add_argument("--format", choices=audit.FORMATS, default="text", help="output format (text)")
    sub.set_defaults(handler=audit.run)

    sub = add(
        "import",
        "load a practice from a JSON file into a store",
        "Loads the practice in FILE.json (as written by `libcoach export`) into the store in DIR.",
    )
    _store_dir(sub)
    sub.add_argument("file", type=Path, metavar="FILE.json", help="the JSON file to load")
    sub.set_defaults(handler=data_commands.run_import)

    sub = add(
        "export",
        "write a whole practice to a JSON file",
        "Writes the whole practice in DIR to FILE.json. The file holds confidential content: "
        "keep it as safe as the store.",
    )
    _store_dir(sub)
    sub.add_argument("file", type=Path, metavar="FILE.json", help="the JSON file to write")
    sub.add_argument("--force", action="store_true", help="replace FILE.json if it exists")
    _acting_admin(sub)
    sub.set_defaults(handler=data_commands.run_export)

    sub = add(
        "client-export",
        "write everything held about one client to a JSON file",
        "Data-subject access request: writes every record about CLIENT_ID to the file given "
        "with -o. The file holds confidential content.",
    )
    _store_dir(sub)
    sub.add_argument("client", metavar="CLIENT_ID", help="the client's id (uuid)")
    sub.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.json", help="file to write"
    )
    sub.add_argument("--force", action="store_true", help="replace the output file if it exists")
    _acting_admin(sub, "the practice admin, or the client themself (client:UUID)")
    sub.set_defaults(handler=data_commands.run_client_export)

    sub = add(
        "shred",
        "erase one client's content irreversibly",
        "Right to erasure: irreversibly erases the content held about CLIENT_ID. Needs --yes.",
    )
    _store_dir(sub)
    sub.add_argument("client", metavar="CLIENT_ID", help="the client's id (uuid)")
    sub.add_argument("--yes", action="store_true", help="confirm the irreversible erasure")
    _acting_admin(sub)
    sub.set_defaults(handler=data_commands.run_shred)

    sub = add(
        "retention",
        "apply the retention policy",
        "Removes the records the retention policy says are due; with --dry-run only counts them.",
    )
    _store_dir(sub)
    sub.add_argument("--dry-run", action="store_true", help="count what is due, change nothing")
    sub.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="SCOPE:MONTHS[:KIND]",
        help="erase SCOPE content (of KIND) MONTHS months after its engagement ended; "
        "repeatable (default: coach_private:12 and coaching:84)",
    )
    _acting_admin(sub)
    sub.set_defaults(handler=data_commands.run_retention)

    sub = add(
        "report",
        "write a report for one viewer",
        "Builds a report as the viewer given with --as sees the practice (the same policy, "
        "redaction and audit as every read) and writes it to -o (stdout when absent or '-'). "
        "The store is opened read-only.\n\n"
        "kinds: engagement (progress of --engagement ID, for its coach or client), sponsor "
        "(a sponsor contact's engagements), hours (a coach's hours log), calendar (a coach's "
        "sessions; --format ics, its default, gives iCalendar; ics is an alias), practice "
        "(k-anonymous aggregates for a practice admin or a sponsor contact: --org, --from, "
        "--to, --k), prep (the preparation sheet of --engagement ID's next session, for its "
        "current coach), nudges (reminders due within --horizon-days, for a coach, a client or "
        "an admin). --format html gives a self-contained page with charts. A viewer who may "
        "not see what was asked gets exit 3 (access denied) or 5 (not found).",
    )
    _store_dir(sub)
    sub.add_argument(
        "--as",
        dest="as_",
        required=True,
        metavar="ROLE:ID",
        help="the viewer the report is for (coach:UUID, client:UUID, sponsor_contact:UUID)",
    )
    sub.add_argument("--kind", choices=report.KINDS, required=True, help="which report")
    sub.add_argument(
        "--engagement", metavar="ID", help="the engagement (--kind engagement or prep)"
    )
    sub.add_argument(
        "--horizon-days",
        type=int,
        metavar="N",
        help="nudges due within N days of --as-of (--kind nudges; default 7)",
    )
    sub.add_argument(
        "--org", metavar="ID", help="one sponsoring organization (--kind practice; default all)"
    )
    sub.add_argument(
        "--from", dest="from_", metavar="DATE", help="first day of the period (--kind practice)"
    )
    sub.add_argument("--to", metavar="DATE", help="last day of the period (--kind practice)")
    sub.add_argument(
        "--k",
        type=int,
        metavar="N",
        help="publish no figure about fewer than N clients (--kind practice; at least 3, "
        "default 5)",
    )
    sub.add_argument(
        "--as-of", metavar="DATE", help="judge overdue items on DATE (YYYY-MM-DD; default today)"
    )
    sub.add_argument(
        "--format",
        choices=report.FORMATS,
        help="output format (json; ics for --kind calendar)",
    )
    sub.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="file to write (default: stdout)"
    )
    sub.add_argument("--force", action="store_true", help="replace OUT if it exists")
    sub.set_defaults(handler=report.run)

    return parser
