"""libcoach's own C++ benchmark programs, when built (``--cxx build/release/bench``).

The Python side measures libcoach through its bindings, with the interpreter's cost per call;
these programs measure the core itself on the same machine: scoped scans as columns
(bench_view_scan, at the harness's scale: up to 200 coaches and sponsor contacts in turn, as
the harness scans, and one viewer repeated) and durable, group and batch commits
(bench_store_commit). Their figures are reported next to the harness's, never mixed in.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any


def _run(program: Path, scale: str, scratch: Path) -> list[dict[str, Any]]:
    env = dict(os.environ, LIBCOACH_BENCH_SCALE=scale, LIBCOACH_BENCH_DIR=str(scratch))
    done = subprocess.run(
        [str(program), "--benchmark_format=json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    benchmarks: list[dict[str, Any]] = json.loads(done.stdout)["benchmarks"]
    return benchmarks


def run(
    bench_dir: Path, scale: str, scratch: Path, *, scan: bool, commit: bool
) -> dict[str, float]:
    """Figures of the C++ programs found in `bench_dir` (missing programs are skipped)."""
    scratch.mkdir(parents=True, exist_ok=True)
    out: dict[str, float] = {}
    scan_program = bench_dir / "bench_view_scan"
    if scan and scan_program.exists():
        for b in _run(scan_program, scale, scratch):
            name = b["name"].removesuffix("/real_time")
            if not name.startswith("BM_ScanSessionsAs"):
                continue  # every record kind: reported by the program itself
            who = name.removeprefix("BM_ScanSessionsAs").lower()
            # "EachCoach": up to 200 coaches in turn, the harness's own workload, which the
            # targets compare; "Coach": one coach again and again (warm caches).
            if who.startswith("each"):
                out[f"scan_{who.removeprefix('each')}_records_per_s"] = float(b["rows_per_s"])
            else:
                out[f"scan_one_{who}_records_per_s"] = float(b["rows_per_s"])
    commit_program = bench_dir / "bench_store_commit"
    if commit and commit_program.exists():
        for b in _run(commit_program, scale, scratch):
            name = b["name"].removesuffix("/real_time")
            if name == "BM_RawAppendFdatasync":
                out["raw_append_fdatasync_us"] = float(b["real_time"])
            elif name == "BM_DurableCommit":
                out["commit_us"] = float(b["real_time"])
            elif name.startswith("BM_GroupCommit/"):
                threads = name.split("/")[1]
                out[f"group_commit_{threads}_threads_events_per_s"] = float(b["items_per_second"])
            elif name == "BM_BatchCommit":
                out["batch_events_per_s"] = float(b["items_per_second"])
    return out
