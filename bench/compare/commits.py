"""Durable commits: one event at a time, and many (a batch, or many writer threads).

Every side appends one scheduled session per event to a fresh store of its own kind:

* libcoach: `practice.schedule_session` on a store (one event frame, `fdatasync` before it
  returns; concurrent commands share a sync: group commit); a batch is `practice.batch`;
* SQLite: one `INSERT` per transaction (autocommit), WAL, synchronous=FULL; a batch is one
  transaction; writers are threads with a connection each;
* plain Python: the pickled record appended to a file and `fsync`; a batch is many appends and
  one `fsync`; writers are threads sharing the file under a lock.

The floor, `raw`: a 128-byte `write` to an O_APPEND file and `fdatasync`.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import shutil
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

import libcoach as lc
from compare import sqlite_side
from compare.rows import Session

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


def _threads(writers: int, per_writer: int, one: Callable[[int], None]) -> float:
    """Events per second with `writers` threads each committing `per_writer` events."""

    def work(w: int) -> None:
        for i in range(per_writer):
            one(w * per_writer + i)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(writers)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return writers * per_writer / (time.perf_counter() - t0)


def _session(i: int) -> Session:
    start = (START + dt.timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Session(
        f"s-{i:012d}", "engagement", "client", start, 60, "video", "scheduled", False, False
    )


class LibcoachWriter:
    def __init__(self, root: Path) -> None:
        shutil.rmtree(root, ignore_errors=True)
        self.practice = lc.Practice.create(root, snapshot_threshold_bytes=0)
        p = self.practice
        self.admin = p.add_first_admin(name="Iris Vantongeren", email="iris@example.org")
        coach = p.add_coach(self.admin, name="Mara Lindqvist", email="mara@example.net")
        client = p.add_client(self.admin, name="Dev Anand", email="dev@example.com")
        self.engagement = p.propose_engagement(self.admin, coach=coach, client=client)
        p.set_agreement(
            self.admin,
            self.engagement,
            start=dt.date(2026, 3, 1),
            end=dt.date(2036, 3, 1),
            session_allotment=500,
            confidentiality_terms="Content stays between coach and client.",
        )
        p.set_engagement_status(self.admin, self.engagement, "active")

    def one(self, i: int) -> None:
        self.practice.schedule_session(
            self.admin, self.engagement, start=START + dt.timedelta(hours=i)
        )

    def batch(self, n: int, offset: int) -> None:
        def body() -> None:
            for i in range(n):
                self.one(offset + i)

        self.practice.batch(body)

    def close(self) -> None:
        self.practice.close()


class SqliteWriter:
    INSERT = "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"

    def __init__(self, path: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        self.path = path
        self.db = sqlite_side.connect(path)
        self.db.executescript(sqlite_side.SCHEMA)
        self.local = threading.local()

    @staticmethod
    def row(i: int) -> tuple[object, ...]:
        return _session(i).as_tuple()

    def one(self, i: int) -> None:
        self.db.execute(self.INSERT, self.row(i))  # autocommit: one durable transaction

    def threaded(self, i: int) -> None:
        db = getattr(self.local, "db", None)
        if db is None:
            db = sqlite_side.connect(self.path)
            db.execute("PRAGMA busy_timeout=60000")
            self.local.db = db
        db.execute(self.INSERT, self.row(i))

    def batch(self, n: int, offset: int) -> None:
        self.db.execute("BEGIN")
        self.db.executemany(self.INSERT, (self.row(offset + i) for i in range(n)))
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()


class PickleWriter:
    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self.f = path.open("ab")
        self.lock = threading.Lock()

    def one(self, i: int) -> None:
        with self.lock:
            self.f.write(pickle.dumps(_session(i), protocol=pickle.HIGHEST_PROTOCOL))
            self.f.flush()
            os.fsync(self.f.fileno())

    def batch(self, n: int, offset: int) -> None:
        for i in range(n):
            self.f.write(pickle.dumps(_session(offset + i), protocol=pickle.HIGHEST_PROTOCOL))
        self.f.flush()
        os.fsync(self.f.fileno())

    def close(self) -> None:
        self.f.close()


class RawWriter:
    """The floor of a durable commit: a 128-byte append and fdatasync."""

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def one(self, _: int) -> None:
        os.write(self.fd, b"x" * 128)
        os.fdatasync(self.fd)

    def close(self) -> None:
        os.close(self.fd)


def run(root: Path, commits: int, batch: int, writers: int, per_writer: int) -> dict[str, float]:
    """The commit figures: seconds per single commit (median), events/s of a batch and of
    `writers` threads. Single commits take turns so that the disk's varying latency (other
    processes share it) hits every side alike, and each round starts one side later (raw,
    libcoach, SQLite, pickle; then libcoach, SQLite, pickle, raw; ...) so that no side always
    syncs right after the same other one: on a journaling file system a sync that follows
    another file's sync can cost more or less than one that follows its own."""
    root.mkdir(parents=True, exist_ok=True)
    raw = RawWriter(root / "raw.log")
    lib = LibcoachWriter(root / "libcoach-store")
    sql = SqliteWriter(root / "commits.sqlite")
    pkl = PickleWriter(root / "commits.pickle")
    singles: dict[str, list[float]] = {"raw": [], "libcoach": [], "sqlite": [], "python": []}
    sides: list[tuple[str, Callable[[int], None]]] = [
        ("raw", raw.one),
        ("libcoach", lib.one),
        ("sqlite", sql.one),
        ("python", pkl.one),
    ]
    for i in range(commits):
        first = i % len(sides)
        for name, one in sides[first:] + sides[:first]:
            t0 = time.perf_counter()
            one(i)
            singles[name].append(time.perf_counter() - t0)
    raw.close()
    out = {"raw_append_fdatasync_s": statistics.median(singles["raw"])}
    for name in ("libcoach", "sqlite", "python"):
        out[f"{name}_commit_s"] = statistics.median(singles[name])

    t0 = time.perf_counter()
    lib.batch(batch, commits)
    out["libcoach_batch_events_per_s"] = batch / (time.perf_counter() - t0)
    out["libcoach_writers_events_per_s"] = _threads(
        writers, per_writer, lambda i: lib.one(commits + batch + i)
    )
    lib.close()

    t0 = time.perf_counter()
    sql.batch(batch, commits)
    out["sqlite_batch_events_per_s"] = batch / (time.perf_counter() - t0)
    out["sqlite_writers_events_per_s"] = _threads(
        writers, per_writer, lambda i: sql.threaded(commits + batch + i)
    )
    sql.close()

    t0 = time.perf_counter()
    pkl.batch(batch, commits)
    out["python_batch_events_per_s"] = batch / (time.perf_counter() - t0)
    out["python_writers_events_per_s"] = _threads(
        writers, per_writer, lambda i: pkl.one(commits + batch + i)
    )
    pkl.close()
    return out
