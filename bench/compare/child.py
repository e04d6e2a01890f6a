"""What a fresh process runs for the cold workload: open (or load) the practice, build the
practice aggregates report, and print one JSON line with the times, the resident memory
before and after the open and after the report, and the normalised report.

    python -m compare.child '{"side": "sqlite", "root": "...", "admin": "...", ...}'

The interpreter's start and the imports are outside the timed part: every side imports
libcoach, so that their resident memory starts
from the same interpreter. Wall-clock and CPU seconds are both reported.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from compare.aggregates import Period, Report
from compare.measure import rss_kib

Opened = Callable[[Any], "Report | None"]


def sides(request: dict[str, Any], period: Period) -> tuple[Callable[[], Any], Opened]:
    """The side's import-free open and its report, as two calls."""
    root = Path(request["root"])
    side = request["side"]
    if side == "libcoach":
        from compare import libcoach_side

        def lib_report(practice: Any) -> Report | None:
            return libcoach_side.practice_aggregates(practice, request["admin"], period)

        defer = bool(request.get("defer_snapshot", True))
        return lambda: libcoach_side.open_store(root / "store", defer), lib_report
    if side == "sqlite":
        from compare import sqlite_side

        def sql_report(db: Any) -> Report:
            return sqlite_side.practice_aggregates(db, period)

        return lambda: sqlite_side.connect(root / "practice.sqlite", read_only=True), sql_report
    if side == "python":
        from compare import python_side

        def py_report(data: Any) -> Report:
            return python_side.practice_aggregates(data, period)

        return lambda: python_side.load(root / "practice.pickle"), py_report
    raise ValueError(f"unknown side {side!r}")


def run(request: dict[str, Any]) -> dict[str, Any]:
    period = Period(request.get("from"), request.get("to"), int(request.get("k", 5)))
    rss_start = rss_kib()
    t_import = time.perf_counter()
    open_, report_ = sides(request, period)
    import libcoach  # noqa: F401  (every side pays the import outside the timed part)

    import_seconds = time.perf_counter() - t_import
    rss_before = rss_kib()
    w0, c0 = time.perf_counter(), time.process_time()
    handle = open_()
    w1, c1 = time.perf_counter(), time.process_time()
    rss_open = rss_kib()
    report = report_(handle)
    w2, c2 = time.perf_counter(), time.process_time()
    from compare import libcoach_side

    return {
        "side": request["side"],
        "open_seconds": w1 - w0,
        "report_seconds": w2 - w1,
        "seconds": w2 - w0,
        "open_cpu_seconds": c1 - c0,
        "report_cpu_seconds": c2 - c1,
        "cpu_seconds": c2 - c0,
        "import_seconds": import_seconds,
        "rss_start_kib": rss_start,
        "rss_open_kib": rss_open - rss_before,
        "rss_after_report_kib": rss_kib() - rss_before,
        "stand_in": request["side"] == "libcoach" and not libcoach_side.HAS_REPORT,
        "report": report,
    }


if __name__ == "__main__":
    print(json.dumps(run(json.loads(sys.argv[1]))))
