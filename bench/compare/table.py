"""A result (the RESULT JSON) as the Markdown table of bench/README.md.

python bench/compare.py --table out/bench/compare.json
"""

from __future__ import annotations

from typing import Any


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.0f} ms"


def _rate(value: float) -> str:
    return f"{value:,.0f}"


def _x(value: float) -> str:
    return f"{value:.2f}x"


def markdown(result: dict[str, Any]) -> str:
    f = result["figures"]
    r = result["ratios"]
    m = result["machine"]
    rows: list[tuple[str, str, str, str, str]] = []

    def add(name: str, lib: str, sql: str, py: str, ratio: str) -> None:
        rows.append((name, lib, sql, py, ratio))

    if "aggregate" in f:
        a = f["aggregate"]
        stand_in = result["checks"].get("aggregate_libcoach_is_stand_in")
        add(
            "cold open + aggregate report, CPU" + (" (libcoach: stand-in)" if stand_in else ""),
            _ms(a["libcoach"]["cpu_seconds"]),
            _ms(a["sqlite"]["cpu_seconds"]),
            _ms(a["python"]["cpu_seconds"]),
            f"{_x(r['aggregate_speedup_vs_sqlite'])} / {_x(r['aggregate_speedup_vs_python'])}",
        )
        add(
            "… of which the open (load), CPU",
            _ms(a["libcoach"]["open_cpu_seconds"]),
            _ms(a["sqlite"]["open_cpu_seconds"]),
            _ms(a["python"]["open_cpu_seconds"]),
            "",
        )
        add(
            "cold open + aggregate report, wall",
            _ms(a["libcoach"]["seconds"]),
            _ms(a["sqlite"]["seconds"]),
            _ms(a["python"]["seconds"]),
            f"{_x(r['aggregate_speedup_vs_sqlite_wall'])} / "
            f"{_x(r['aggregate_speedup_vs_python_wall'])}",
        )
    if "commit" in f:
        c = f["commit"]
        add(
            "durable single commit (raw append + fdatasync: "
            f"{c['raw_append_fdatasync_us']:,.0f} µs)",
            f"{c['libcoach']['commit_us']:,.0f} µs",
            f"{c['sqlite']['commit_us']:,.0f} µs",
            f"{c['python']['commit_us']:,.0f} µs",
            f"{_x(r['commit_speedup_vs_sqlite'])} / {_x(r['commit_speedup_vs_python'])}",
        )
        for kind, label in (("batch", "batch commit, events/s"), ("writers", "writers, events/s")):
            add(
                label,
                _rate(c["libcoach"][f"{kind}_events_per_s"]),
                _rate(c["sqlite"][f"{kind}_events_per_s"]),
                _rate(c["python"][f"{kind}_events_per_s"]),
                f"{_x(r[f'{kind}_speedup_vs_sqlite'])} / {_x(r[f'{kind}_speedup_vs_python'])}",
            )
    if "scan" in f:
        for who in ("coach", "sponsor"):
            s = f["scan"][who]
            first = s["libcoach"].get("records_per_s_first_pass")
            add(
                f"scan as {'coaches' if who == 'coach' else 'sponsors'}, records per "
                f"CPU-second ({s['libcoach']['records']:,} records"
                + (f"; libcoach's untimed first pass: {_rate(first)}" if first else "")
                + ")",
                _rate(s["libcoach"]["records_per_s"]),
                _rate(s["sqlite"]["records_per_s"]),
                _rate(s["python"]["records_per_s"]),
                f"{_x(r[f'scan_{who}_speedup_vs_sqlite'])} / "
                f"{_x(r[f'scan_{who}_speedup_vs_python'])}",
            )
    if "progress" in f:
        p = f["progress"]
        alone = p.get("libcoach_report_only")
        add(
            "engagement progress, CPU µs"
            + (f" (libcoach without to_dict: {alone['cpu_us']:,.0f})" if alone else ""),
            f"{p['libcoach']['cpu_us']:,.0f}",
            f"{p['sqlite']['cpu_us']:,.0f}",
            f"{p['python']['cpu_us']:,.0f}",
            f"{_x(r['progress_speedup_vs_sqlite'])} / {_x(r['progress_speedup_vs_python'])}",
        )
    if "memory" in f:
        mem = f["memory"]
        lib = mem["libcoach"]
        every = lib.get("rss_added_every_table_mib")
        add(
            "RSS added by the open / data on disk, MiB"
            + (f" (libcoach with every table decoded: {every:,.0f})" if every is not None else ""),
            f"{lib['rss_added_mib']:,.0f} / {lib['data_mib']:,.0f}",
            f"{mem['sqlite']['rss_added_mib']:,.1f} / {mem['sqlite']['data_mib']:,.0f}",
            f"{mem['python']['rss_added_mib']:,.0f} / {mem['python']['data_mib']:,.0f}",
            f"libcoach {r['rss_vs_snapshot']:.2f}x its snapshot (every table)",
        )

    lines = [
        f"**{result['scale']}** (seed {result['seed']}; {result['records']['sessions']:,} "
        f"sessions, {result['records']['engagements']:,} engagements), median of "
        f"{result['repeat']}, k = {result['k']}; {m['date']}; {m['cpu']}, {m['cores']} cores, "
        f"{m['ram_gib']} GiB RAM, load average {m.get('load_average_1m', 0):.1f}; Python "
        f"{m['python']}, SQLite {m['sqlite']}.",
        "",
        "| workload | libcoach | SQLite | plain Python | libcoach speed-up vs SQLite / Python |",
        "|---|---:|---:|---:|---|",
        *(f"| {' | '.join(row)} |" for row in rows),
    ]
    if f.get("cxx"):
        lines += ["", "C++ programs on the same machine (`--cxx`):", ""]
        lines += [f"- `{name}`: {value:,.1f}" for name, value in sorted(f["cxx"].items())]
    targets = result.get("targets", {})
    if targets:
        lines += ["", "| target | value | met |", "|---|---:|---|"]
        lines += [
            f"| `{name}` {t['target']} | {t['value']:,.2f} | {'yes' if t['met'] else 'no'} |"
            for name, t in sorted(targets.items())
        ]
    return "\n".join(lines) + "\n"
