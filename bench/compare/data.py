"""The benchmark's data: one synthetic practice, saved three ways (setup, never timed).

The practice comes from libcoach's deterministic generator (seed, scale) and is written as a
libcoach store in one batch, then snapshotted so that an open reads the snapshot. Its
records are read back through Views into `rows.Dataset` (`from_views`; `add_export` reads
the same from an export document, which the tests use to check `from_views`), saved as a
SQLite database and as a pickle: the three sides hold the same records (SQLite and the
pickle only the fields the workloads read; the libcoach store holds the whole practice,
text and all).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from sys import intern
from typing import Any

import numpy as np

import libcoach as lc
from compare import python_side, sqlite_side
from compare.rows import ActionItem, Dataset, Engagement, Goal, Habit, Session, Wellbeing

# Bumped when the saved records change shape, or the store's snapshot gains what the
# workloads read (2: the aggregate facts section; 3: its second layout, with the engagements,
# consents and themes), so that a kept work directory is not
# misread or measured with an older snapshot.
FORMAT = 3


@dataclass(frozen=True, slots=True)
class Files:
    """Where the three copies of one practice live under the work directory."""

    root: Path

    @property
    def store(self) -> Path:
        return self.root / "store"

    @property
    def sqlite(self) -> Path:
        return self.root / "practice.sqlite"

    @property
    def pickle(self) -> Path:
        return self.root / "practice.pickle"

    @property
    def meta(self) -> Path:
        return self.root / "meta.json"


def prepare(workdir: Path, scale: str, seed: int, log: Any = print) -> tuple[Files, dict[str, Any]]:
    """Generates the practice (or reuses the one already under `workdir` for the same scale
    and seed) and returns its files and a description: who the admin, the coaches and the
    sponsor contacts are, record counts, file sizes."""
    files = Files(workdir / f"{scale}-{seed}-v{FORMAT}")
    if files.meta.exists():
        meta: dict[str, Any] = json.loads(files.meta.read_text(encoding="utf-8"))
        log(f"data: reusing {files.root}")
        return files, meta
    if files.root.exists():
        shutil.rmtree(files.root)
    files.root.mkdir(parents=True)

    t0 = time.perf_counter()
    practice = lc.Practice.create(files.store, snapshot_threshold_bytes=0)
    rosters: list[lc.SyntheticRoster] = []
    # One batch: one sync for the whole practice instead of one per event.
    practice.batch(lambda: rosters.append(lc.populate_practice(practice, seed=seed, scale=scale)))
    roster = rosters[0]
    practice.snapshot()
    log(f"data: generated {scale} practice (seed {seed}) in {time.perf_counter() - t0:.1f} s")

    t0 = time.perf_counter()
    data = from_views(practice, roster)
    practice.snapshot()  # the reads' audit entries are in the audit log; replay nothing
    practice.close()
    sqlite_side.save(data, files.sqlite)
    python_side.save(data, files.pickle)
    log(f"data: loaded SQLite and pickle in {time.perf_counter() - t0:.1f} s")

    meta = {
        "scale": scale,
        "seed": seed,
        "admin": str(roster.admin),
        "coaches": [str(c) for c in roster.coaches],
        "sponsor_contacts": [str(c) for c in roster.sponsor_contacts],
        "organizations": len(roster.organizations),
        "clients": len(roster.clients),
        "records": data.counts(),
        "engagement": busiest_engagement(data),
        "as_of": max((s.start[:10] for s in data.sessions), default="2026-01-01"),
        "bytes": {
            "snapshot": (files.store / "snapshot").stat().st_size,
            "store": sum(p.stat().st_size for p in files.store.iterdir() if p.is_file()),
            "sqlite": files.sqlite.stat().st_size,
            "pickle": files.pickle.stat().st_size,
        },
    }
    files.meta.write_text(json.dumps(meta), encoding="utf-8")
    return files, meta


def busiest_engagement(data: Dataset) -> str:
    """The engagement with the most sessions (the first one on a tie): the progress report's
    subject, so that it reads a realistic amount."""
    counts: dict[str, int] = {}
    for s in data.sessions:
        counts[s.engagement] = counts.get(s.engagement, 0) + 1
    return max(data.engagements, key=lambda e: counts.get(e.id, 0)).id


def _day(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def from_views(practice: lc.Practice, roster: lc.SyntheticRoster) -> Dataset:
    """The workloads' records, read as each party who sees them whole: the admin's
    engagements and session frame, and each client's goal and habit frames and their
    action items and well-being check-ins (a client sees every scope of these kinds, their
    private check-ins included). A whole practice export of a large practice would not fit in
    memory as Python objects; these reads stay small."""
    data = Dataset()
    admin = practice.view(roster.admin)
    for e in admin.engagements():
        agreement = e.agreement
        data.engagements.append(
            Engagement(
                id=intern(str(e.id)),
                client=intern(str(e.client)),
                coach=intern(str(e.coach)),
                sponsor=intern(str(e.sponsor)) if e.sponsor is not None else None,
                status=e.status.name,
                start=agreement.start.isoformat() if agreement else None,
                end=agreement.end.isoformat() if agreement else None,
                sponsor_contacts=tuple(intern(str(c)) for c in e.sponsor_contacts),
                attendance=bool(agreement and agreement.sponsor_terms.attendance),
            )
        )
    s = admin.sessions_frame()
    starts = [t + "Z" for t in np.datetime_as_string(s["start"], unit="s").tolist()]
    for row in zip(
        s["id"].tolist(),
        [intern(x) for x in s["engagement"].tolist()],
        [intern(x) for x in s["client"].tolist()],
        starts,
        s["duration_minutes"].tolist(),
        s["modality"].tolist(),
        s["status"].tolist(),
        s["group"].tolist(),
        s["pro_bono"].tolist(),
        strict=True,
    ):
        data.sessions.append(Session(*row))
    of_client: dict[str, list[lc.EngagementId]] = {}
    for e in data.engagements:
        of_client.setdefault(e.client, []).append(lc.EngagementId(e.id))
    for client in roster.clients:
        view = practice.view(client)
        # Per engagement: a listing without one visits every engagement of the practice.
        engagements = of_client.get(str(client), [])
        for engagement in engagements:
            _client_records(data, view, engagement)
    return data


def _client_records(data: Dataset, view: lc.View, engagement: lc.EngagementId) -> None:
    """One engagement's goals, habits, action items and check-ins, as its client sees them."""
    g = view.goals_frame(engagement)
    for gid, e, c, status, baseline, current, target, shared in zip(
        *(g[n].tolist() for n in ("id", "engagement", "client", "status", "baseline")),
        *(g[n].tolist() for n in ("current", "target", "shared_with_sponsor")),
        strict=True,
    ):
        current = baseline if math.isnan(current) else current
        data.goals.append(
            Goal(gid, intern(e), intern(c), status, baseline, current, target, shared)
        )
    h = view.habits_frame(engagement)
    for hid, e, n, kept in zip(
        *(h[n].tolist() for n in ("id", "engagement", "check_ins", "kept")), strict=True
    ):
        data.habits.append(Habit(hid, intern(e), n, kept))
    for a in view.action_items(engagement):
        data.action_items.append(
            ActionItem(str(a.id), intern(str(a.engagement)), _day(a.due), _day(a.done))
        )
    for w in view.wellbeing(engagement):
        data.wellbeing.append(
            Wellbeing(
                str(w.id),
                intern(str(w.engagement)),
                intern(str(w.client)),
                w.on.isoformat(),
                w.thriving,
                w.stress,
                w.burnout,
                w.confidence,
                w.scope == lc.Scope.client_private,
            )
        )


def add_export(data: Dataset, doc: dict[str, Any]) -> None:
    """Adds the workloads' records of a practice or client export (docs/interchange.md).

    Ids that records share (engagement, client) are interned: one string object per id, as
    when records point at their parents, so the pickle stores each once."""
    for e in doc["engagements"]:
        agreement = e["agreement"]
        data.engagements.append(
            Engagement(
                id=intern(e["id"]),
                client=intern(e["client"]),
                coach=intern(e["coach"]),
                sponsor=e["sponsor"],
                status=e["status"],
                start=agreement["start"] if agreement else None,
                end=agreement["end"] if agreement else None,
                sponsor_contacts=tuple(e["sponsor_contacts"]),
                attendance=bool(agreement and agreement["sponsor_terms"]["attendance"]),
            )
        )
    for r in doc["records"]:
        kind = r["kind"]
        if "engagement" in r:
            r["engagement"] = intern(r["engagement"])
            r["client"] = intern(r["client"])
        if kind == "session":
            data.sessions.append(
                Session(
                    r["id"],
                    r["engagement"],
                    r["client"],
                    r["start"],
                    r["duration_minutes"],
                    r["modality"],
                    r["status"],
                    r["group"],
                    r["pro_bono"],
                )
            )
        elif kind == "goal":
            history = r["history"]
            data.goals.append(
                Goal(
                    r["id"],
                    r["engagement"],
                    r["client"],
                    r["status"],
                    r["baseline"],
                    history[-1]["value"] if history else r["baseline"],
                    r["target"],
                    r["shared_with_sponsor"],
                )
            )
        elif kind == "action_item":
            data.action_items.append(ActionItem(r["id"], r["engagement"], r["due"], r["done"]))
        elif kind == "habit":
            check_ins = r["check_ins"]
            data.habits.append(
                Habit(r["id"], r["engagement"], len(check_ins), sum(c["kept"] for c in check_ins))
            )
        elif kind == "wellbeing":
            data.wellbeing.append(
                Wellbeing(
                    r["id"],
                    r["engagement"],
                    r["client"],
                    r["on"],
                    r["thriving"],
                    r["stress"],
                    r["burnout"],
                    r["confidence"],
                    r["scope"] == "client_private",
                )
            )
