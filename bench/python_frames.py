"""Frames against per-object loops: how long 1M session rows take to reach a DataFrame.

    python bench/python_frames.py                 # large synthetic practice, ~1M sessions
    python bench/python_frames.py --scale medium  # ~100k sessions, quicker

Prints, for the practice admin's view of every session:

* frame:      view.sessions_frame() — the C++ columnar listing (policy per row, audited)
              and its NumPy arrays;
* to_pandas:  frame.to_pandas();
* per-object: one Session object per row through view.sessions(e), its fields read into
              lists, then a DataFrame from those lists;
* accessor:   the per-call cost of simple properties of one record.

Target: 1M rows to a DataFrame (frame + to_pandas) in at most 100 ms. Timings are the best
of --repeat runs; the machine's other load shows in them, so run it on an idle machine.
"""

from __future__ import annotations

import argparse
import gc
import time
import timeit
from collections.abc import Callable
from typing import TypeVar

import pandas as pd

import libcoach as lc

T = TypeVar("T")


def best_of(repeat: int, fn: Callable[[], T]) -> tuple[float, T]:
    """The fastest of `repeat` runs (seconds) and the last result."""
    best = float("inf")
    result: T | None = None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    assert result is not None
    return best, result


def per_object(view: lc.View, engagements: list[lc.EngagementId]) -> pd.DataFrame:
    columns: dict[str, list[object]] = {
        name: []
        for name in (
            "id",
            "engagement",
            "client",
            "start",
            "duration_minutes",
            "modality",
            "status",
            "group",
            "pro_bono",
        )
    }
    for e in engagements:
        for s in view.sessions(e):
            columns["id"].append(str(s.id))
            columns["engagement"].append(str(s.engagement))
            columns["client"].append(str(s.client))
            columns["start"].append(s.start)
            columns["duration_minutes"].append(s.duration_minutes)
            columns["modality"].append(s.modality.name)
            columns["status"].append(s.status.name)
            columns["group"].append(s.group)
            columns["pro_bono"].append(s.pro_bono)
    return pd.DataFrame(columns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="large", choices=["tiny", "small", "medium", "large"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--per-object-repeat", type=int, default=1, help="runs of the slow per-object path"
    )
    args = parser.parse_args()

    start = time.perf_counter()
    practice, roster = lc.Practice.synthetic(scale=args.scale)
    print(f"generate {args.scale} practice: {time.perf_counter() - start:.1f} s")
    view = practice.view(roster.admin)
    engagements = [e.id for e in view.engagements()]

    t_frame, frame = best_of(args.repeat, view.sessions_frame)
    rows = len(frame)
    t_pandas, df = best_of(args.repeat, frame.to_pandas)
    assert len(df) == rows
    t_whole, _ = best_of(args.repeat, lambda: view.sessions_frame().to_pandas())
    print(f"rows: {rows:,} sessions over {len(engagements):,} engagements")
    print(f"frame (C++ listing + NumPy arrays): {t_frame * 1e3:8.1f} ms")
    print(f"to_pandas():                        {t_pandas * 1e3:8.1f} ms")
    print(f"sessions_frame().to_pandas():       {t_whole * 1e3:8.1f} ms")

    t_objects, slow = best_of(args.per_object_repeat, lambda: per_object(view, engagements))
    assert len(slow) == rows
    print(f"per-object loop to DataFrame:       {t_objects * 1e3:8.1f} ms")
    print(f"speed-up of the frame path:         {t_objects / t_whole:8.1f} x")

    one = view.sessions(engagements[0])[0]
    n = 200_000
    for name, stmt in [
        ("session.duration_minutes", lambda: one.duration_minutes),
        ("session.status", lambda: one.status),
        ("session.start (datetime)", lambda: one.start),
        ("session.id", lambda: one.id),
    ]:
        per_call = min(timeit.repeat(stmt, number=n, repeat=3)) / n
        print(f"accessor {name:26s}{per_call * 1e9:8.0f} ns/call")
    per_list = min(timeit.repeat(lambda: view.sessions(engagements[0]), number=200, repeat=3))
    print(f"view.sessions(e) for one engagement:{per_list / 200 * 1e6:8.1f} us/call")
    target = "met" if t_whole * 1e6 <= 100_000 * max(rows, 1) / 1_000_000 else "missed"
    print(f"target 100 ms per 1M rows: {target}")


if __name__ == "__main__":
    main()
