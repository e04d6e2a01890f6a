"""Timers, medians, resident memory (from /proc, no extra dependency) and fresh processes."""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

BENCH = Path(__file__).resolve().parents[1]  # bench/, where the `compare` package lives


def rss_kib() -> int:
    """This process's resident set size (VmRSS), KiB."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("VmRSS not found in /proc/self/status")


def timed(fn: Callable[[], T]) -> tuple[float, float, T]:
    """Wall-clock and CPU seconds (every thread of this process) of one call, and its
    result. CPU time is the robust figure on a machine that other processes load."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def first_call(fn: Callable[[], T]) -> tuple[float, float, T]:
    """Wall-clock and CPU seconds of a first call, made before a median of the calls that
    follow: what it costs to start from the caches another workload left behind."""
    gc.collect()
    return timed(fn)


def median_of(n: int, fn: Callable[[], T]) -> tuple[float, float, T]:
    """The median wall-clock and CPU seconds of `n` calls, and the last result."""
    walls: list[float] = []
    cpus: list[float] = []
    result: T | None = None
    gc.collect()  # once: collecting a large heap before every short call would dominate
    for _ in range(max(n, 1)):
        wall, cpu, result = timed(fn)
        walls.append(wall)
        cpus.append(cpu)
    assert result is not None
    return statistics.median(walls), statistics.median(cpus), result


def in_fresh_process(request: dict[str, Any]) -> dict[str, Any]:
    """Runs `compare.child` in a new interpreter with `request` and returns what it printed
    (its last line, JSON). A failing child raises with the tail of its error output."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(BENCH), env.get("PYTHONPATH")]))
    # Every side imports NumPy (through libcoach). Its BLAS starts a thread per core at import,
    # and those threads spin for about 50 ms afterwards: some 30 ms of CPU time that the
    # process clock would charge to whatever the child times next, though no workload here
    # calls BLAS. One BLAS thread, for every side alike, keeps that out of the figures.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "compare.child", json.dumps(request)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"child {request.get('side')}/{request.get('workload')} failed "
            f"({done.returncode}): {done.stderr[-2000:]}"
        )
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer
