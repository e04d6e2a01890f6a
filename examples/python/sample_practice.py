"""Generate a sample coaching practice and print what it holds — and what each role sees.

The main job of the README's first command. Everything is invented and deterministic:
the same --seed and --scale always give the same practice.

    python examples/python/sample_practice.py --out out/demo --seed 42 --scale small
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import libcoach

# The record kinds a summary counts, in the order a coach thinks about them.
KINDS = [
    "coach",
    "client",
    "organization",
    "sponsor_contact",
    "supervisor",
    "engagement",
    "session",
    "note",
    "goal",
    "milestone",
    "action_item",
    "habit",
    "skill",
    "value",
    "belief",
    "fear",
    "purpose",
    "reflection",
    "insight",
    "wellbeing",
    "link",
    "consent",
    "referral",
]

# What each role is shown of one engagement: (label, View method).
LISTINGS = [
    ("sessions", "sessions"),
    ("notes", "notes"),
    ("goals", "goals"),
    ("beliefs", "beliefs"),
    ("values", "values"),
    ("reflections", "reflections"),
    ("referrals", "referrals"),
]


def visible_counts(view: libcoach.View, engagement: libcoach.EngagementId) -> dict[str, int]:
    """How many records of each listing `view` may see of one engagement (redacted ones too)."""
    try:
        return {label: len(getattr(view, method)(engagement)) for label, method in LISTINGS}
    except libcoach.NotFound:
        # The engagement itself is invisible to this viewer: it sees nothing, not even zeros.
        return {label: 0 for label, _ in LISTINGS}


def write_store(path: Path, *, seed: int, scale: str) -> dict[str, object]:
    """Keeps the same kind of practice on disk: one batch (one sync), then reopen and verify."""
    if path.exists():
        shutil.rmtree(path)  # The demo starts afresh on every run.
    with libcoach.Practice.create(path) as practice:

        def populate() -> None:
            libcoach.populate_practice(practice, seed=seed, scale=scale)

        practice.batch(populate)
    with libcoach.Practice.open(path, read_only=True) as reopened:
        last = reopened.store_report().last_sequence
    report = libcoach.verify_store(path)
    return {"last_sequence": last, "audit_entries": report.audit_entries, "ok": report.ok}


def write_reports(
    practice: libcoach.Practice,
    admin: libcoach.View,
    engagement: libcoach.Engagement,
    out: Path,
) -> list[Path]:
    """Renders the engagement's reports, each for the party it is meant for, and the
    practice's k-anonymous aggregates for its admin, into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    coach = practice.view(engagement.coach)
    sponsor = practice.view(engagement.sponsor_contacts[0])
    progress = libcoach.engagement_report(coach, engagement.id)
    sponsor_report = libcoach.sponsor_report(sponsor)
    hours = libcoach.hours_log(coach)
    aggregates = libcoach.practice_aggregates(admin)
    prep = libcoach.session_prep(coach, engagement.id)
    files = {
        "engagement-progress.md": progress.to_markdown(),
        "engagement-progress.json": progress.to_json(),
        "engagement-progress.html": progress.to_html(),
        "sponsor-report.md": sponsor_report.to_markdown(),
        "sponsor-report.json": sponsor_report.to_json(),
        "sponsor-report.html": sponsor_report.to_html(),
        "coaching-hours.csv": hours.to_csv(),
        "coaching-hours.html": hours.to_html(),
        "sessions.ics": libcoach.session_calendar(coach).to_ical(),
        "practice-aggregates.md": aggregates.to_markdown(),
        "practice-aggregates.json": aggregates.to_json(),
        "practice-aggregates.html": aggregates.to_html(),
        "session-prep.md": prep.to_markdown(),
        "session-prep.html": prep.to_html(),
        "nudges.json": libcoach.nudges(coach).to_json(),
    }
    written = []
    for name, text in files.items():
        path = out / name
        # Bytes as rendered: iCalendar lines end in CRLF.
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out/demo"))
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--scale", default="small", choices=["tiny", "small", "medium"])
    args = parser.parse_args(argv)

    practice, roster = libcoach.Practice.synthetic(seed=args.seed, scale=args.scale)
    stats = practice.stats()
    counts = {kind: stats.count(getattr(libcoach.RecordKind, kind)) for kind in KINDS}

    print(f"libcoach {libcoach.__version__} — sample practice (seed {args.seed}, {args.scale})")
    print()
    print(f"{'record kind':<18}{'count':>8}")
    for kind, n in counts.items():
        print(f"{kind:<18}{n:>8}")

    # One sponsored engagement, seen by each party: the policy at work.
    admin = practice.view(roster.admin)
    sponsored = next(e for e in admin.engagements() if e.sponsor is not None and e.sponsor_contacts)
    viewers: dict[
        str,
        libcoach.CoachId | libcoach.ClientId | libcoach.SponsorContactId | libcoach.AdminId,
    ] = {
        "coach": sponsored.coach,
        "client": sponsored.client,
        "sponsor contact": sponsored.sponsor_contacts[0],
        "practice admin": roster.admin,
        "another coach": next(c for c in roster.coaches if c != sponsored.coach),
    }
    seen = {role: visible_counts(practice.view(who), sponsored.id) for role, who in viewers.items()}
    print()
    print(f"What each party sees of engagement {sponsored.id}:")
    header = f"{'':<18}" + "".join(f"{label:>13}" for label, _ in LISTINGS)
    print(header)
    for role, row in seen.items():
        print(f"{role:<18}" + "".join(f"{row[label]:>13}" for label, _ in LISTINGS))

    verification = libcoach.verify_audit_chain(admin.audit_trail())
    print()
    print(
        f"audit trail: {practice.stats().audit_entries} entries, chain "
        f"{'verified' if verification.ok else 'BROKEN'}"
    )

    args.out.mkdir(parents=True, exist_ok=True)
    stored = write_store(args.out / "practice", seed=args.seed, scale=args.scale)
    print(
        f"store {args.out / 'practice'}: {stored['last_sequence']} events, "
        f"{stored['audit_entries']} audit entries, verified {'ok' if stored['ok'] else 'BROKEN'}"
    )
    reports = write_reports(practice, admin, sponsored, args.out / "reports")
    print(f"reports written to {args.out / 'reports'}: {', '.join(p.name for p in reports)}")
    summary = {
        "seed": args.seed,
        "scale": args.scale,
        "records": counts,
        "visibility": {"engagement": str(sponsored.id), "by_role": seen},
        "audit": {"entries": practice.stats().audit_entries, "chain_ok": verification.ok},
        "store": stored,
        "reports": [p.name for p in reports],
    }
    (args.out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(f"summary written to {args.out / 'summary.json'}")
    return 0 if verification.ok and stored["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
