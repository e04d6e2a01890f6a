"""What a fresh process runs for the cold workload: open (or load) the practice, build the
practice aggregates report, and print one JSON line with the times, the resident memory
before and after the open and after the report, and the normalised report.

    python -m compare.child '{"side": "sqlite", "root": "...", "admin": "...", ...}'

The interpreter's start and the imports are outside the timed part (they are the same for
every side but libcoach's import, which loads the extension; `import_seconds` reports it).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from compare.aggregates import Period, Report
from compare.measure import rss_kib


def run(request: dict[str, Any]) -> dict[str, Any]:
    side = request["side"]
    root = Path(request["root"])
    period = Period(request.get("from"), request.get("to"), int(request.get("k", 5)))
    rss_start = rss_kib()
    t_import = time.perf_counter()
    if side == "libcoach":
        from compare import libcoach_side

        import_seconds = time.perf_counter() - t_import
        rss_before = rss_kib()
        t0 = time.perf_counter()
        practice = libcoach_side.open_store(root / "store")
        t1 = time.perf_counter()
        rss_open = rss_kib()
        report: Report | None = libcoach_side.practice_aggregates(
            practice, request["admin"], period
        )
        stand_in = not libcoach_side.HAS_REPORT
    elif side == "sqlite":
        from compare import sqlite_side

        import_seconds = time.perf_counter() - t_import
        rss_before = rss_kib()
        t0 = time.perf_counter()
        db = sqlite_side.connect(root / "practice.sqlite", read_only=True)
        t1 = time.perf_counter()
        rss_open = rss_kib()
        report = sqlite_side.practice_aggregates(db, period)
        stand_in = False
    elif side == "python":
        from compare import python_side

        import_seconds = time.perf_counter() - t_import
        rss_before = rss_kib()
        t0 = time.perf_counter()
        data = python_side.load(root / "practice.pickle")
        t1 = time.perf_counter()
        rss_open = rss_kib()
        report = python_side.practice_aggregates(data, period)
        stand_in = False
    else:
        raise ValueError(f"unknown side {side!r}")
    t2 = time.perf_counter()
    return {
        "side": side,
        "open_seconds": t1 - t0,
        "report_seconds": t2 - t1,
        "seconds": t2 - t0,
        "import_seconds": import_seconds,
        "rss_start_kib": rss_start,
        "rss_open_kib": rss_open - rss_before,
        "rss_after_report_kib": rss_kib() - rss_before,
        "stand_in": stand_in,
        "report": report,
    }


if __name__ == "__main__":
    print(json.dumps(run(json.loads(sys.argv[1]))))
