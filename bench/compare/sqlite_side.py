"""The SQLite implementation: what a competent developer would build with the standard
library's sqlite3.

One table per record kind (only the fields the workloads read), indexes on the foreign keys
the queries join and filter on, ``journal_mode=WAL`` and ``synchronous=FULL`` so that a
commit is durable when it returns, parameterised statements (sqlite3 caches and reuses the
prepared statement per SQL text), and the reports as SQL queries.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from compare.aggregates import INDEPENDENT, TOTAL, CellCounts, Period, Report, publish
from compare.progress import Progress, clamped_progress, progress_numbers
from compare.rows import Dataset

SCHEMA = """
CREATE TABLE engagements (
  id TEXT PRIMARY KEY, client TEXT NOT NULL, coach TEXT NOT NULL, sponsor TEXT,
  status TEXT NOT NULL, start TEXT, "end" TEXT, attendance INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE engagement_contacts (
  engagement TEXT NOT NULL REFERENCES engagements(id), contact TEXT NOT NULL,
  PRIMARY KEY (contact, engagement)
) WITHOUT ROWID;
CREATE TABLE sessions (
  id TEXT PRIMARY KEY, engagement TEXT NOT NULL REFERENCES engagements(id),
  client TEXT NOT NULL, start TEXT NOT NULL, duration_minutes INTEGER NOT NULL,
  modality TEXT NOT NULL, status TEXT NOT NULL, "group" INTEGER NOT NULL,
  pro_bono INTEGER NOT NULL
);
CREATE TABLE goals (
  id TEXT PRIMARY KEY, engagement TEXT NOT NULL REFERENCES engagements(id),
  client TEXT NOT NULL, status TEXT NOT NULL, baseline REAL NOT NULL, current REAL NOT NULL,
  target REAL NOT NULL, shared_with_sponsor INTEGER NOT NULL
);
CREATE TABLE action_items (
  id TEXT PRIMARY KEY, engagement TEXT NOT NULL REFERENCES engagements(id), due TEXT,
  done TEXT
);
CREATE TABLE habits (
  id TEXT PRIMARY KEY, engagement TEXT NOT NULL REFERENCES engagements(id),
  check_ins INTEGER NOT NULL, kept INTEGER NOT NULL
);
CREATE TABLE wellbeing (
  id TEXT PRIMARY KEY, engagement TEXT NOT NULL REFERENCES engagements(id),
  client TEXT NOT NULL, "on" TEXT NOT NULL, thriving INTEGER NOT NULL, stress INTEGER NOT NULL,
  burnout INTEGER NOT NULL, confidence INTEGER NOT NULL, private INTEGER NOT NULL
);
CREATE TABLE events (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, body BLOB NOT NULL);
CREATE INDEX engagements_coach ON engagements(coach);
CREATE INDEX engagements_sponsor ON engagements(sponsor);
CREATE INDEX sessions_engagement ON sessions(engagement, start);
CREATE INDEX goals_engagement ON goals(engagement);
CREATE INDEX action_items_engagement ON action_items(engagement);
CREATE INDEX habits_engagement ON habits(engagement);
CREATE INDEX wellbeing_engagement ON wellbeing(engagement);
CREATE INDEX wellbeing_client ON wellbeing(client, "on");
"""


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    if not read_only:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    return db


def save(data: Dataset, path: Path) -> None:
    path.unlink(missing_ok=True)
    db = connect(path)
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO engagements VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (e.id, e.client, e.coach, e.sponsor, e.status, e.start, e.end, e.attendance)
            for e in data.engagements
        ],
    )
    db.executemany(
        "INSERT INTO engagement_contacts VALUES (?, ?)",
        [(e.id, c) for e in data.engagements for c in e.sponsor_contacts],
    )
    db.executemany(
        "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [s.as_tuple() for s in data.sessions],
    )
    db.executemany(
        "INSERT INTO goals VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                g.id,
                g.engagement,
                g.client,
                g.status,
                g.baseline,
                g.current,
                g.target,
                g.shared_with_sponsor,
            )
            for g in data.goals
        ],
    )
    db.executemany(
        "INSERT INTO action_items VALUES (?, ?, ?, ?)",
        [(a.id, a.engagement, a.due, a.done) for a in data.action_items],
    )
    db.executemany(
        "INSERT INTO habits VALUES (?, ?, ?, ?)",
        [(h.id, h.engagement, h.check_ins, h.kept) for h in data.habits],
    )
    db.executemany(
        "INSERT INTO wellbeing VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                w.id,
                w.engagement,
                w.client,
                w.on,
                w.thriving,
                w.stress,
                w.burnout,
                w.confidence,
                w.private,
            )
            for w in data.wellbeing
        ],
    )
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


# The population as a CTE: every engagement with an agreement overlapping [:low, :high], with
# its key in each dimension table.
POPULATION = f"""
pop AS (
  SELECT id, client, coach,
         coalesce(sponsor, '{INDEPENDENT}') AS organization,
         substr(start, 1, 4) || '-Q' || ((CAST(substr(start, 6, 2) AS INTEGER) + 2) / 3)
           AS cohort
  FROM engagements
  WHERE start IS NOT NULL AND start <= :high AND "end" >= :low
),
ses AS (
  SELECT pop.organization, pop.coach, pop.cohort, s.engagement, s.client, s.status,
         substr(s.start, 1, 7) AS month
  FROM pop JOIN sessions s ON s.engagement = pop.id
  WHERE substr(s.start, 1, 10) BETWEEN :low AND :high
),
wb AS (
  SELECT pop.organization, pop.coach, pop.cohort, w.engagement,
         substr(w."on", 1, 7) AS month, w.thriving
  FROM pop JOIN wellbeing w ON w.engagement = pop.id
  WHERE w."on" BETWEEN :low AND :high AND NOT w.private
)"""

SESSION_COUNTS = """
  sum(status = 'held') AS held, sum(status = 'cancelled') AS cancelled,
  sum(status = 'no_show') AS no_show"""


def _dimension_queries(dim: str) -> tuple[str, str]:
    """The client sets and the measures of one engagement dimension (organization, coach,
    cohort); `dim` is one of the population's columns, never user input."""
    members = f"WITH {POPULATION} SELECT DISTINCT {dim}, client FROM pop"
    measures = f"""
WITH {POPULATION},
e AS (SELECT {dim} AS key, count(*) AS engagements FROM pop GROUP BY key),
s AS (SELECT {dim} AS key, {SESSION_COUNTS} FROM ses GROUP BY key),
g AS (SELECT pop.{dim} AS key, count(*) AS goals, sum(g.status = 'achieved') AS achieved
      FROM pop JOIN goals g ON g.engagement = pop.id GROUP BY key),
w AS (SELECT {dim} AS key, sum(thriving) AS total, count(*) AS n FROM wb GROUP BY key)
SELECT e.key, e.engagements, s.held, s.cancelled, s.no_show, g.goals, g.achieved, w.total, w.n
FROM e LEFT JOIN s ON s.key = e.key LEFT JOIN g ON g.key = e.key LEFT JOIN w ON w.key = e.key
"""
    return members, measures


DIMENSIONS = {dim: _dimension_queries(dim) for dim in ("organization", "coach", "cohort")}

MONTH_MEMBERS = f"WITH {POPULATION} SELECT DISTINCT month, client FROM ses"
MONTH_MEASURES = f"""
WITH {POPULATION},
s AS (SELECT month AS key, count(DISTINCT engagement) AS engagements, {SESSION_COUNTS}
      FROM ses GROUP BY month),
me AS (SELECT DISTINCT month, engagement FROM ses),
w AS (SELECT wb.month AS key, sum(wb.thriving) AS total, count(*) AS n
      FROM wb JOIN me ON me.engagement = wb.engagement AND me.month = wb.month
      GROUP BY wb.month)
SELECT s.key, s.engagements, s.held, s.cancelled, s.no_show, NULL, NULL, w.total, w.n
FROM s LEFT JOIN w ON w.key = s.key
"""

TOTAL_MEMBERS = f"WITH {POPULATION} SELECT DISTINCT 'total', client FROM pop"
TOTAL_MEASURES = f"""
WITH {POPULATION}
SELECT 'total', (SELECT count(*) FROM pop),
       (SELECT sum(status = 'held') FROM ses), (SELECT sum(status = 'cancelled') FROM ses),
       (SELECT sum(status = 'no_show') FROM ses),
       (SELECT count(*) FROM pop JOIN goals g ON g.engagement = pop.id),
       (SELECT sum(g.status = 'achieved') FROM pop JOIN goals g ON g.engagement = pop.id),
       (SELECT sum(thriving) FROM wb), (SELECT count(*) FROM wb)
"""

QUERIES = {
    **DIMENSIONS,
    "month": (MONTH_MEMBERS, MONTH_MEASURES),
    TOTAL: (TOTAL_MEMBERS, TOTAL_MEASURES),
}


def practice_aggregates(db: sqlite3.Connection, period: Period) -> Report:
    params = {"low": period.low, "high": period.high}
    clients: dict[str, dict[str, set[str]]] = {}
    counts: dict[str, dict[str, CellCounts]] = {}
    for table, (members_sql, measures_sql) in QUERIES.items():
        members: dict[str, set[str]] = defaultdict(set)
        for key, client in db.execute(members_sql, params):
            members[key].add(client)
        clients[table] = members
        counts[table] = {
            key: CellCounts(
                engagements=n_e,
                held=held or 0,
                cancelled=cancelled or 0,
                no_show=no_show or 0,
                goals=goals or 0,
                goals_achieved=achieved or 0,
                thriving_sum=total or 0,
                thriving_n=n or 0,
            )
            for key, n_e, held, cancelled, no_show, goals, achieved, total, n in db.execute(
                measures_sql, params
            )
        }
    if not clients[TOTAL]:
        clients[TOTAL] = {TOTAL: set()}
    return publish(clients, counts, period.k)


COACH_SCAN = """
SELECT s.id, s.engagement, s.client, s.start, s.duration_minutes, s.modality, s.status,
       s."group", s.pro_bono
FROM engagements e JOIN sessions s ON s.engagement = e.id WHERE e.coach = ?
"""
SPONSOR_SCAN = """
SELECT s.id, s.engagement, s.start, s.duration_minutes, s.status
FROM engagement_contacts c JOIN engagements e ON e.id = c.engagement
JOIN sessions s ON s.engagement = e.id WHERE c.contact = ? AND e.attendance
"""


def coach_scan(db: sqlite3.Connection, coach: str) -> list[tuple[object, ...]]:
    return db.execute(COACH_SCAN, (coach,)).fetchall()


def sponsor_scan(db: sqlite3.Connection, contact: str) -> list[tuple[object, ...]]:
    return db.execute(SPONSOR_SCAN, (contact,)).fetchall()


def engagement_progress(db: sqlite3.Connection, engagement: str, as_of: str) -> Progress:
    one = (engagement,)
    return progress_numbers(
        statuses=[
            r[0] for r in db.execute("SELECT status FROM sessions WHERE engagement = ?", one)
        ],
        goals=[
            (status, clamped_progress(baseline, current, target))
            for status, baseline, current, target in db.execute(
                "SELECT status, baseline, current, target FROM goals WHERE engagement = ?", one
            )
        ],
        actions=db.execute(
            "SELECT due, done FROM action_items WHERE engagement = ?", one
        ).fetchall(),
        habits=db.execute(
            "SELECT check_ins, kept FROM habits WHERE engagement = ?", one
        ).fetchall(),
        thriving=[
            r[0]
            for r in db.execute(
                "SELECT thriving FROM wellbeing WHERE engagement = ? AND NOT private", one
            )
        ],
        as_of=as_of,
    )
