"""Batch script: walks every engagement of a practice and writes a content-free summary file.

The kind of script a practice runs nightly: it reads as the practice admin (who sees
operational facts, never coaching content), one row per engagement — status, agreement
dates, sessions held, cancelled and missed against the allotment — as CSV (or JSON).

    python examples/python/engagement_summary.py STORE_DIR --as admin:UUID -o summary.csv
    python examples/python/engagement_summary.py --synthetic small -o summary.json

An encrypted store takes its passphrase from LIBCOACH_PASSPHRASE. All people in the
synthetic practice are invented.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

import libcoach

FIELDS = [
    "engagement",
    "status",
    "start",
    "end",
    "allotted",
    "held",
    "cancelled",
    "no_show",
    "scheduled",
    "remaining",
]


def summarize(view: libcoach.View) -> list[dict[str, object]]:
    """One content-free row per engagement the viewer can see, in practice order."""
    rows: list[dict[str, object]] = []
    for e in view.engagements():
        allotment = view.allotment(e.id)
        rows.append(
            {
                "engagement": str(e.id),
                "status": e.status.name,
                "start": e.agreement.start.isoformat() if e.agreement else "",
                "end": e.agreement.end.isoformat() if e.agreement else "",
                "allotted": allotment.allotted,
                "held": allotment.held,
                "cancelled": allotment.cancelled,
                "no_show": allotment.no_show,
                "scheduled": allotment.scheduled,
                "remaining": allotment.remaining,
            }
        )
    return rows


def write(rows: list[dict[str, object]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".json":
        out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
        return
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", nargs="?", type=Path, help="the store directory")
    parser.add_argument("--as", dest="as_", help="the practice admin, admin:UUID")
    parser.add_argument("--synthetic", choices=["tiny", "small", "medium"], help="no store")
    parser.add_argument("-o", "--output", type=Path, required=True, help=".csv or .json")
    args = parser.parse_args(argv)

    if args.synthetic:
        practice, roster = libcoach.Practice.synthetic(seed=42, scale=args.synthetic)
        rows = summarize(practice.view(roster.admin))
    elif args.store and args.as_:
        passphrase = os.environ.get("LIBCOACH_PASSPHRASE")
        key = libcoach.KeySource.passphrase(passphrase) if passphrase else None
        # Read-only beside a running writer; the listings' audit entries stay in memory.
        with libcoach.Practice.open(
            args.store, read_only=True, audit_in_memory=True, key=key
        ) as practice:
            rows = summarize(practice.view(libcoach.Actor.parse(args.as_)))
    else:
        parser.error("give a STORE and --as, or --synthetic")
    write(rows, args.output)
    print(f"{len(rows)} engagements summarized in {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
