"""libcoach side by side with SQLite and plain Python, on the same generated practice.

    python bench/compare.py                        # medium scale, every workload
    python bench/compare.py --scale large --repeat 3
    python bench/compare.py --only aggregate --scale small

Workloads (bench/README.md says how to read them):

  aggregate  cold open + the practice aggregates report as the practice admin, each run in a
             fresh process (median of --repeat); the three reports must agree;
  memory     resident memory after the open, against the size of the data on disk (from the
             same fresh processes);
  commit     one durable commit (median of --commits), a batch (--batch events) and
             --writers threads committing concurrently, against a raw append + fdatasync;
  scan       every session as each coach and as each sponsor contact (up to --viewers of
             each), records/s;
  progress   the engagement progress numbers of the busiest engagement (median).

Prints each figure and the ratios (libcoach's speed-up: > 1 means libcoach is faster), then
one line `RESULT {json}`; writes the same JSON to --out. Exits 1 when the implementations
disagree (a harness failure, listed under "checks").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from compare import commits, cxx, libcoach_side, python_side, sqlite_side, table
from compare.aggregates import Period, differences, summary
from compare.data import Files, prepare
from compare.measure import first_call, in_fresh_process, median_of, rss_kib

import libcoach as lc

WORKLOADS = ("aggregate", "memory", "commit", "scan", "progress")
SIDES = ("libcoach", "sqlite", "python")
MIB = 1024 * 1024

TARGETS = {
    "aggregate_speedup_vs_sqlite": (">=", 5.0),
    "aggregate_speedup_vs_python": (">=", 50.0),
    "commit_vs_raw_fdatasync": ("<=", 1.2),
    "group_commit_events_per_s": (">=", 200_000.0),
    "scan_coach_records_per_s": (">=", 20_000_000.0),
    "scan_sponsor_records_per_s": (">=", 20_000_000.0),
    "rss_vs_snapshot": ("<=", 1.5),
    "cxx_commit_vs_raw_fdatasync": ("<=", 1.2),
    "cxx_group_commit_events_per_s": (">=", 200_000.0),
    "cxx_scan_coach_records_per_s": (">=", 20_000_000.0),
    "cxx_scan_sponsor_records_per_s": (">=", 20_000_000.0),
}


def machine() -> dict[str, Any]:
    model = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as f:
        mem_kib = int(f.readline().split()[1])
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "ram_gib": round(mem_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "libcoach": getattr(lc, "__version__", "?"),
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        # Other processes' load skews every figure; the 1-minute load average says how much.
        "load_average_1m": os.getloadavg()[0],
    }


def speedup(slow: float, fast: float) -> float:
    return slow / fast if fast > 0 else float("inf")


class Harness:
    def __init__(self, args: argparse.Namespace, files: Files, meta: dict[str, Any]) -> None:
        self.args = args
        self.files = files
        self.meta = meta
        self.period = Period(args.from_, args.to, args.k)
        self.figures: dict[str, Any] = {}
        self.ratios: dict[str, float] = {}
        self.checks: dict[str, Any] = {}
        self.failures: list[str] = []

    def say(self, text: str) -> None:
        print(text, flush=True)

    # -- 1 and 5: cold open + aggregate report, and memory --------------------------------
    def cold(self, workloads: set[str]) -> None:
        runs = self.args.repeat if "aggregate" in workloads else 1
        results: dict[str, list[dict[str, Any]]] = {side: [] for side in SIDES}
        for _ in range(runs):
            for side in SIDES:  # interleaved, so that drifting machine load hits all alike
                results[side].append(
                    in_fresh_process(
                        {
                            "side": side,
                            "root": str(self.files.root),
                            "admin": self.meta["admin"],
                            "from": self.period.from_,
                            "to": self.period.to,
                            "k": self.period.k,
                        }
                    )
                )
        if "aggregate" in workloads:
            self.aggregate_figures(results)
        if "memory" in workloads:
            # A read-only open decodes each table on first use: memory after a full decode
            # (every table, defer_snapshot=False) is the figure that compares with the data.
            eager = in_fresh_process(
                {
                    "side": "libcoach",
                    "root": str(self.files.root),
                    "admin": self.meta["admin"],
                    "from": self.period.from_,
                    "to": self.period.to,
                    "k": self.period.k,
                    "defer_snapshot": False,
                }
            )
            self.memory_figures(results, eager)

    def aggregate_figures(self, results: dict[str, list[dict[str, Any]]]) -> None:
        stand_in = results["libcoach"][0]["stand_in"]
        label = " (STAND-IN: sessions_frame counting, not the report)" if stand_in else ""
        fig: dict[str, Any] = {}
        self.say(f"\n1. cold open + practice aggregates report, median of {self.args.repeat}")
        for side in SIDES:
            runs = results[side]
            fig[side] = {
                name: statistics.median(r[name] for r in runs)
                for name in (
                    "seconds",
                    "open_seconds",
                    "report_seconds",
                    "cpu_seconds",
                    "open_cpu_seconds",
                    "report_cpu_seconds",
                )
            }
            f = fig[side]
            self.say(
                f"   {side:9s} cpu {f['cpu_seconds'] * 1e3:9.1f} ms (open "
                f"{f['open_cpu_seconds'] * 1e3:.1f} + report {f['report_cpu_seconds'] * 1e3:.1f})"
                f"   wall {f['seconds'] * 1e3:9.1f} ms" + (label if side == "libcoach" else "")
            )
        self.figures["aggregate"] = fig
        self.checks["aggregate_libcoach_is_stand_in"] = stand_in
        for other in ("sqlite", "python"):
            self.ratios[f"aggregate_speedup_vs_{other}"] = speedup(
                fig[other]["cpu_seconds"], fig["libcoach"]["cpu_seconds"]
            )
            self.ratios[f"aggregate_speedup_vs_{other}_wall"] = speedup(
                fig[other]["seconds"], fig["libcoach"]["seconds"]
            )

        sql_report = results["sqlite"][0]["report"]
        py_report = results["python"][0]["report"]
        self.checks["aggregate_cells"] = summary(sql_report)
        self.agree("aggregate sqlite vs python", differences(sql_report, py_report))
        if stand_in:
            self.checks["aggregate libcoach vs sqlite"] = "not compared: libcoach stand-in"
            self.say("   libcoach vs sqlite/python: NOT COMPARED (libcoach has no report yet)")
        else:
            self.agree(
                "aggregate libcoach vs sqlite",
                differences(results["libcoach"][0]["report"], sql_report),
            )
        cells = self.checks["aggregate_cells"]
        self.say(
            f"   cells: {cells['cells']} ({cells['published']} published, "
            f"{cells['suppressed']} suppressed)"
        )

    def memory_figures(
        self, results: dict[str, list[dict[str, Any]]], eager: dict[str, Any]
    ) -> None:
        sizes = self.meta["bytes"]
        data_bytes = {
            "libcoach": sizes["snapshot"],
            "sqlite": sizes["sqlite"],
            "python": sizes["pickle"],
        }
        fig: dict[str, Any] = {}
        self.say("\n5. resident memory after the open (added to the interpreter's)")
        for side in SIDES:
            r = results[side][0]
            added = r["rss_open_kib"] * 1024
            fig[side] = {
                "data_mib": data_bytes[side] / MIB,
                "process_rss_mib": (r["rss_start_kib"] * 1024 + added) / MIB,
                "rss_added_mib": max(added, 0) / MIB,
                "rss_added_after_report_mib": max(r["rss_after_report_kib"] * 1024, 0) / MIB,
            }
            self.say(
                f"   {side:9s} data {fig[side]['data_mib']:9.1f} MiB   open adds "
                f"{fig[side]['rss_added_mib']:9.1f} MiB   after the report "
                f"{fig[side]['rss_added_after_report_mib']:9.1f} MiB"
            )
        everything = max(eager["rss_open_kib"] * 1024, 0) / MIB
        fig["libcoach"]["rss_added_every_table_mib"] = everything
        self.say(
            f"   libcoach, every table decoded at the open (defer_snapshot=False): "
            f"{everything:.1f} MiB"
        )
        self.figures["memory"] = fig
        self.ratios["rss_vs_snapshot"] = everything / max(fig["libcoach"]["data_mib"], 1e-9)
        self.ratios["python_rss_vs_pickle"] = fig["python"]["rss_added_mib"] / max(
            fig["python"]["data_mib"], 1e-9
        )

    # -- 2: commits -----------------------------------------------------------------------
    def commit(self) -> None:
        a = self.args
        self.say(
            f"\n2. durable commits: single (median of {a.commits}), batch of {a.batch}, "
            f"{a.writers} writers x {a.per_writer}"
        )
        out = commits.run(self.files.root / "commits", a.commits, a.batch, a.writers, a.per_writer)
        raw = out["raw_append_fdatasync_s"]
        self.say(f"   raw append + fdatasync   {raw * 1e6:10.1f} us")
        fig: dict[str, Any] = {"raw_append_fdatasync_us": raw * 1e6}
        for side in SIDES:
            fig[side] = {
                "commit_us": out[f"{side}_commit_s"] * 1e6,
                "batch_events_per_s": out[f"{side}_batch_events_per_s"],
                "writers_events_per_s": out[f"{side}_writers_events_per_s"],
            }
            self.say(
                f"   {side:9s} commit {fig[side]['commit_us']:10.1f} us   batch "
                f"{fig[side]['batch_events_per_s']:12,.0f} ev/s   writers "
                f"{fig[side]['writers_events_per_s']:12,.0f} ev/s"
            )
        self.figures["commit"] = fig
        lib = fig["libcoach"]
        self.ratios["commit_vs_raw_fdatasync"] = lib["commit_us"] / fig["raw_append_fdatasync_us"]
        self.ratios["group_commit_events_per_s"] = max(
            lib["batch_events_per_s"], lib["writers_events_per_s"]
        )
        for other in ("sqlite", "python"):
            o = fig[other]
            self.ratios[f"commit_speedup_vs_{other}"] = speedup(o["commit_us"], lib["commit_us"])
            self.ratios[f"batch_speedup_vs_{other}"] = (
                lib["batch_events_per_s"] / o["batch_events_per_s"]
            )
            self.ratios[f"writers_speedup_vs_{other}"] = (
                lib["writers_events_per_s"] / o["writers_events_per_s"]
            )

    # -- 3 and 4: warm reads ----------------------------------------------------------------
    def warm(self, workloads: set[str]) -> None:
        practice = libcoach_side.open_store(self.files.store)
        db = sqlite_side.connect(self.files.sqlite, read_only=True)
        index = python_side.Index(python_side.load(self.files.pickle))
        if "scan" in workloads:
            self.scan(practice, db, index)
        if "progress" in workloads:
            self.progress(practice, db, index)
        db.close()
        practice.close()

    def viewers(self, ids: list[str]) -> list[str]:
        step = max(len(ids) // max(self.args.viewers, 1), 1)
        return ids[::step][: self.args.viewers]

    def scan(self, practice: lc.Practice, db: Any, index: python_side.Index) -> None:
        coaches = self.viewers(self.meta["coaches"])
        contacts = self.viewers(self.meta["sponsor_contacts"])
        scans = {
            "coach": (
                coaches,
                lambda c: len(practice.view(lc.CoachId(c)).sessions_frame()),
                lambda c: len(sqlite_side.coach_scan(db, c)),
                lambda c: len(index.coach_scan(c)),
            ),
            "sponsor": (
                contacts,
                lambda c: len(practice.view(lc.SponsorContactId(c)).sessions_frame()),
                lambda c: len(sqlite_side.sponsor_scan(db, c)),
                lambda c: len(index.sponsor_scan(c)),
            ),
        }
        self.say("\n3. scoped scans of every session (records/s, median of --repeat)")
        fig: dict[str, Any] = {}
        for who, (ids, *fns) in scans.items():
            fig[who] = {}
            rows_by_side = {}
            for side, fn in zip(SIDES, fns, strict=True):

                def everyone(fn: Any = fn, ids: list[str] = ids) -> int:
                    return sum(fn(i) for i in ids)

                # The first pass over the viewers is reported but not in the median: it
                # starts from the caches the previous side's scans left (and pays first-use
                # decoding); the median is of the passes that follow, for every side alike.
                _, first_cpu, _ = first_call(everyone)
                wall, cpu, rows = median_of(self.args.repeat, everyone)
                rows_by_side[side] = rows
                fig[who][side] = {
                    "records": rows,
                    "records_per_s": rows / max(cpu, 1e-9),
                    "records_per_s_wall": rows / max(wall, 1e-9),
                    "records_per_s_first_pass": rows / max(first_cpu, 1e-9),
                }
                self.say(
                    f"   as {len(ids)} {who}{'es' if who == 'coach' else 's'}: {side:9s} "
                    f"{rows:9,d} records {fig[who][side]['records_per_s']:14,.0f} /cpu-s "
                    f"{fig[who][side]['records_per_s_wall']:14,.0f} /s "
                    f"(first pass {fig[who][side]['records_per_s_first_pass']:12,.0f} /cpu-s)"
                )
            if len(set(rows_by_side.values())) != 1:
                self.fail(f"scan as {who}: row counts differ {rows_by_side}")
            lib = fig[who]["libcoach"]["records_per_s"]
            self.ratios[f"scan_{who}_records_per_s"] = lib
            for other in ("sqlite", "python"):
                self.ratios[f"scan_{who}_speedup_vs_{other}"] = (
                    lib / fig[who][other]["records_per_s"]
                )
        self.figures["scan"] = fig

    def progress(self, practice: lc.Practice, db: Any, index: python_side.Index) -> None:
        engagement, as_of = self.meta["engagement"], self.meta["as_of"]
        coach = (
            practice.view(lc.AdminId(self.meta["admin"]))
            .engagement(lc.EngagementId(engagement))
            .coach
        )
        view = practice.view(coach)
        n = self.args.repeat * 20
        runs = {
            "libcoach": lambda: libcoach_side.engagement_progress(view, engagement, as_of),
            "sqlite": lambda: sqlite_side.engagement_progress(db, engagement, as_of),
            "python": lambda: index.engagement_progress(engagement, as_of),
        }
        self.say(f"\n4. engagement progress of the busiest engagement (median of {n})")
        fig: dict[str, Any] = {}
        numbers = {}
        for side, fn in runs.items():
            wall, cpu, numbers[side] = median_of(n, fn)
            fig[side] = {"cpu_us": cpu * 1e6, "us": wall * 1e6}
            self.say(f"   {side:9s} cpu {cpu * 1e6:10.1f} us   wall {wall * 1e6:10.1f} us")
        wall, cpu, _ = median_of(
            n, lambda: libcoach_side.engagement_report_only(view, engagement, as_of)
        )
        fig["libcoach_report_only"] = {"cpu_us": cpu * 1e6, "us": wall * 1e6}
        self.say(
            f"   libcoach  cpu {cpu * 1e6:10.1f} us   (engagement_report() alone, no to_dict())"
        )
        self.figures["progress"] = fig
        for other in ("sqlite", "python"):
            self.ratios[f"progress_speedup_vs_{other}"] = speedup(
                fig[other]["cpu_us"], fig["libcoach"]["cpu_us"]
            )
            self.ratios[f"progress_report_alone_speedup_vs_{other}"] = speedup(
                fig[other]["cpu_us"], fig["libcoach_report_only"]["cpu_us"]
            )
            self.agree(
                f"progress libcoach vs {other}",
                [
                    f"{k}: {numbers['libcoach'][k]} != {numbers[other].get(k)}"
                    for k in numbers["libcoach"]
                    if not close(numbers["libcoach"][k], numbers[other].get(k))
                ],
            )
        self.checks["progress_numbers"] = numbers["libcoach"]

    # -- the C++ programs, for reference ---------------------------------------------------
    def native(self, bench_dir: Path, workloads: set[str]) -> None:
        self.say(f"\nC++ bench programs ({bench_dir}), for reference")
        figures = cxx.run(
            bench_dir,
            self.args.scale,
            self.files.root / "cxx",
            scan="scan" in workloads,
            commit="commit" in workloads,
        )
        for name, value in sorted(figures.items()):
            self.say(f"   {name:44s} {value:16,.1f}")
        self.figures["cxx"] = figures
        # The core's own figures against the same targets, named cxx_*.
        for who in ("coach", "sponsor"):
            if f"scan_{who}_records_per_s" in figures:
                self.ratios[f"cxx_scan_{who}_records_per_s"] = figures[f"scan_{who}_records_per_s"]
        if "commit_us" in figures and "raw_append_fdatasync_us" in figures:
            self.ratios["cxx_commit_vs_raw_fdatasync"] = (
                figures["commit_us"] / figures["raw_append_fdatasync_us"]
            )
        grouped = [v for k, v in figures.items() if k.endswith("events_per_s")]
        if grouped:
            self.ratios["cxx_group_commit_events_per_s"] = max(grouped)

    # -- bookkeeping ----------------------------------------------------------------------
    def agree(self, what: str, diffs: list[str]) -> None:
        self.checks[what] = "agree" if not diffs else diffs[:20]
        if diffs:
            self.fail(f"{what}: {len(diffs)} differences, first: {diffs[:3]}")
        else:
            self.say(f"   {what}: agree")

    def fail(self, text: str) -> None:
        self.failures.append(text)
        self.say(f"   MISMATCH {text}")

    def targets(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, (op, bound) in TARGETS.items():
            if name in self.ratios:
                value = self.ratios[name]
                met = value >= bound if op == ">=" else value <= bound
                out[name] = {"target": f"{op} {bound:g}", "value": value, "met": met}
        return out


def close(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-3
    return a == b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="medium", choices=["tiny", "small", "medium", "large"])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", type=int, default=5, help="runs per median")
    parser.add_argument("--workdir", type=Path, default=Path("out/bench/compare-data"))
    parser.add_argument("--out", type=Path, default=Path("out/bench/compare.json"))
    parser.add_argument("--only", choices=WORKLOADS, action="append", help="repeatable")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--from", dest="from_", help="period start, YYYY-MM-DD")
    parser.add_argument("--to", help="period end, YYYY-MM-DD")
    parser.add_argument("--commits", type=int, default=1000, help="single commits timed")
    parser.add_argument("--batch", type=int, default=10_000, help="events in the batch")
    parser.add_argument("--writers", type=int, default=8, help="concurrent writer threads")
    parser.add_argument("--per-writer", type=int, default=250, help="commits per writer")
    parser.add_argument("--viewers", type=int, default=200, help="coaches / sponsors scanned")
    parser.add_argument(
        "--cxx",
        type=Path,
        help="also run libcoach's C++ bench programs from this directory (build/release/bench)",
    )
    parser.add_argument(
        "--table", type=Path, help="print the Markdown table of a result file and exit"
    )
    args = parser.parse_args(argv)
    if args.table is not None:
        print(table.markdown(json.loads(args.table.read_text(encoding="utf-8"))), end="")
        return 0
    workloads = set(args.only or WORKLOADS)

    started = time.perf_counter()
    files, meta = prepare(args.workdir.resolve(), args.scale, args.seed)
    info = machine()
    print(
        f"machine: {info['cpu']}, {info['cores']} cores, {info['ram_gib']} GiB, load "
        f"{info['load_average_1m']:.1f}; "
        f"{args.scale} practice (seed {args.seed}): {meta['records']}"
    )
    h = Harness(args, files, meta)
    if workloads & {"aggregate", "memory"}:
        h.cold(workloads)
    if "commit" in workloads:
        h.commit()
    if workloads & {"scan", "progress"}:
        h.warm(workloads)
    if args.cxx is not None:
        h.native(args.cxx, workloads)

    targets = h.targets()
    print("\nratios (libcoach's speed-up unless named otherwise) and targets:")
    for name, value in sorted(h.ratios.items()):
        target = targets.get(name)
        note = (
            f"   target {target['target']}: {'met' if target['met'] else 'MISSED'}"
            if target
            else ""
        )
        print(f"   {name:36s} {value:14.2f}{note}")
    result = {
        "scale": args.scale,
        "seed": args.seed,
        "repeat": args.repeat,
        "k": args.k,
        "machine": info,
        "records": meta["records"],
        "bytes": meta["bytes"],
        "figures": h.figures,
        "ratios": h.ratios,
        "targets": targets,
        "checks": h.checks,
        "failures": h.failures,
        "harness_rss_mib": rss_kib() / 1024,
        "seconds": time.perf_counter() - started,
    }
    text = json.dumps(result, sort_keys=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print("RESULT " + text)
    if h.failures:
        print(f"FAILED: {len(h.failures)} mismatches between the implementations", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
