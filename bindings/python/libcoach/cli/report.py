"""``libcoach report``: a report for one viewer, as JSON, CSV, Markdown, HTML or iCalendar.

``--kind practice`` builds the k-anonymous practice aggregates (``--org``, ``--from``,
``--to``, ``--k``) for a practice admin or a sponsor contact, with a progress bar.

Reports are built by the library from a view of the practice as the viewer (``--as``) sees
it: the policy, redaction and audit apply as to every read. The store is opened read-only
beside a running writer; the report's audit entries are kept in memory only, since a reader
cannot append to the writer's audit log.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import libcoach
from libcoach.cli.errors import CliError
from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.keys import key_from_args
from libcoach.cli.progress import counter
from libcoach.cli.store import open_practice

# "ics" is the calendar's former name, kept as an alias.
KINDS = ["engagement", "sponsor", "hours", "calendar", "ics", "practice", "prep", "nudges"]
# The kinds about one engagement (--engagement).
ENGAGEMENT_KINDS = ("engagement", "prep")
FORMATS = ["json", "csv", "md", "html", "ics"]
CALENDAR = ("calendar", "ics")


def _actor(text: str) -> libcoach.Actor:
    try:
        return libcoach.Actor.parse(text)
    except libcoach.ValidationError:
        raise CliError("malformed --as (expected role:uuid)", ExitCode.USAGE) from None


def _engagement(text: str | None, kind: str) -> libcoach.EngagementId:
    if text is None:
        raise CliError(f"--kind {kind} needs --engagement ID", ExitCode.USAGE)
    try:
        return libcoach.EngagementId.parse(text)
    except libcoach.ValidationError:
        raise CliError(f"malformed engagement id: {text!r}", ExitCode.USAGE) from None


def _date(flag: str, text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(
            f"malformed {flag} (expected YYYY-MM-DD): {text!r}", ExitCode.USAGE
        ) from None


def _organization(text: str | None) -> libcoach.OrganizationId | None:
    if text is None:
        return None
    try:
        return libcoach.OrganizationId.parse(text)
    except libcoach.ValidationError:
        raise CliError(f"malformed organization id: {text!r}", ExitCode.USAGE) from None


def _practice(view: libcoach.View, args: argparse.Namespace, as_of: dt.date | None) -> Any:
    with counter("practice aggregates", quiet=args.quiet) as progress:
        return libcoach.practice_aggregates(
            view,
            from_=_date("--from", args.from_),
            to=_date("--to", args.to),
            organization=_organization(args.org),
            k=5 if args.k is None else args.k,
            as_of=as_of,
            progress=progress,
        )


def _format(args: argparse.Namespace) -> str:
    fmt: str = args.format or ("ics" if args.kind in CALENDAR else "json")
    if fmt == "ics" and args.kind not in CALENDAR:
        raise CliError("--format ics is only for --kind calendar", ExitCode.USAGE)
    return fmt


def build(practice: libcoach.Practice, args: argparse.Namespace) -> Any:
    """The report asked for, built as the `--as` viewer."""
    view = practice.view(_actor(args.as_))
    as_of = _date("--as-of", args.as_of)
    if args.kind == "engagement":
        return libcoach.engagement_report(view, _engagement(args.engagement, args.kind), as_of)
    if args.kind == "prep":
        return libcoach.session_prep(view, _engagement(args.engagement, args.kind), as_of)
    if args.kind == "nudges":
        horizon = getattr(args, "horizon_days", None)
        return libcoach.nudges(view, as_of=as_of, horizon_days=7 if horizon is None else horizon)
    if args.kind == "sponsor":
        return libcoach.sponsor_report(view, as_of)
    if args.kind == "hours":
        return libcoach.hours_log(view, as_of)
    if args.kind == "practice":
        return _practice(view, args, as_of)
    return libcoach.session_calendar(view, as_of)


def render(report: Any, fmt: str) -> str:
    """The report as text in `fmt`."""
    if fmt == "json":
        return str(report.to_json())
    if fmt == "csv":
        return str(report.to_csv())
    if fmt == "md":
        return str(report.to_markdown())
    if fmt == "html":
        return str(report.to_html())
    return str(report.to_ical())


def run(args: argparse.Namespace) -> int:
    fmt = _format(args)
    out: Path | None = args.output
    if out is not None and str(out) != "-" and out.exists() and not args.force:
        raise CliError(f"{out} exists (use --force to replace it)", ExitCode.CONFLICT)
    if args.engagement is not None and args.kind not in ENGAGEMENT_KINDS:
        raise CliError("--engagement is only for --kind engagement or prep", ExitCode.USAGE)
    if args.horizon_days is not None and args.kind != "nudges":
        raise CliError("--horizon-days is only for --kind nudges", ExitCode.USAGE)
    practice_flags = (args.org, args.from_, args.to, args.k)
    if args.kind != "practice" and any(f is not None for f in practice_flags):
        raise CliError("--org, --from, --to and --k are only for --kind practice", ExitCode.USAGE)
    key = key_from_args(args)
    with open_practice(args.dir, key=key, read_only=True, audit_in_memory=True) as practice:
        report = build(practice, args)
    text = render(report, fmt)
    data = text.encode("utf-8")  # bytes: CRLF line ends (CSV, iCalendar) stay as they are
    if out is None or str(out) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        out.write_bytes(data)
        if not args.quiet:
            print(f"{args.kind} report ({fmt}) written to {out}", file=sys.stderr)
    return ExitCode.OK
