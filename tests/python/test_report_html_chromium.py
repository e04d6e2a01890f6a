"""The HTML reports in a real browser: headless Chromium (installed by scripts/setup.sh) loads
each report of a synthetic practice from a file, without logging a single console message
(a blocked script or resource, a parse problem), keeps every chart through parsing, takes a
screenshot that is neither blank nor chart-less, and prints it to a multi-page PDF.

The test fails, rather than skips, when Chromium is missing: setup installs it. Every person
and organization in the practice is invented.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib.image
import numpy as np
import pytest

import libcoach as lc

TIMEOUT = 45  # seconds per browser run; a run takes about two
WINDOW = (1200, 2000)
# Okabe-Ito blue: the first series of every chart.
CHART_BLUE = np.array([0x00, 0x72, 0xB2]) / 255.0


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "chromium is missing: scripts/setup.sh installs it (apt-get install chromium)"
    return path


@dataclass
class Page:
    kind: str
    path: Path
    html: str


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    """Every report kind around one sponsored engagement of a synthetic practice, as files."""
    practice, roster = lc.Practice.synthetic(seed=7, scale="small")
    admin = practice.view(lc.Actor.admin(roster.admin))
    engagement = next(e for e in admin.engagements() if e.sponsor_contacts)
    coach = practice.view(lc.Actor.coach(engagement.coach))
    sponsor = practice.view(lc.Actor.sponsor(engagement.sponsor_contacts[0]))
    as_of = dt.date(2026, 1, 1) + dt.timedelta(days=300)
    reports: dict[str, Any] = {
        "engagement": lc.engagement_report(coach, engagement.id, as_of),
        "sponsor": lc.sponsor_report(sponsor, as_of),
        "hours": lc.hours_log(coach, as_of),
        "calendar": lc.session_calendar(coach, as_of),
        "practice": lc.practice_aggregates(admin, k=3, as_of=as_of),
        "prep": lc.session_prep(coach, engagement.id, as_of),
        "nudges": lc.nudges(coach, as_of=as_of, horizon_days=30),
    }
    out = tmp_path_factory.mktemp("html")
    result = []
    for kind, report in reports.items():
        html = report.to_html()
        path = out / f"{kind}.html"
        path.write_text(html, encoding="utf-8")
        result.append(Page(kind, path, html))
    return result


@pytest.fixture
def browser_home(tmp_path: Path) -> Iterator[Path]:
    """A throw-away HOME and profile, so that runs share nothing and leave nothing behind."""
    home = tmp_path / "home"
    home.mkdir()
    yield home
    shutil.rmtree(home, ignore_errors=True)


def run_chromium(home: Path, page: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    profile = home / f"profile-{len(list(home.iterdir()))}"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={profile}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
        page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, env=env, timeout=TIMEOUT, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result


def console_messages(stderr: bytes) -> list[str]:
    """The page's console lines among Chromium's log (D-Bus and GPU noise is not the page's)."""
    return [line for line in stderr.decode(errors="replace").splitlines() if ":CONSOLE" in line]


def test_the_console_check_sees_a_page_error(browser_home: Path, tmp_path: Path) -> None:
    # A page that loads a missing image against its own policy: the check must see it.
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'\">"
        "<title>bad</title></head><body><img src='missing.png' alt=''></body></html>"
    )
    result = run_chromium(browser_home, bad, "--dump-dom")
    assert console_messages(result.stderr)


def test_every_report_loads_cleanly_and_keeps_its_charts(
    pages: list[Page], browser_home: Path
) -> None:
    for page in pages:
        result = run_chromium(browser_home, page.path, "--dump-dom")
        assert console_messages(result.stderr) == [], page.kind
        dom = result.stdout.decode("utf-8")
        # The parsed document has every chart and table of the source, and its text.
        for tag in ("<svg", "</svg>", "<table>", "<title>", "<figure>"):
            assert dom.count(tag) == page.html.count(tag), (page.kind, tag)
        assert "<script" not in dom
        title = re.search(r"<title>([^<]*)</title>", page.html)
        assert title is not None
        assert f"<h1>{title.group(1)}</h1>" in dom


def test_screenshots_are_drawn_with_charts(
    pages: list[Page], browser_home: Path, tmp_path: Path
) -> None:
    for page in pages:
        png = tmp_path / f"{page.kind}.png"
        result = run_chromium(browser_home, page.path, f"--screenshot={png}")
        assert console_messages(result.stderr) == [], page.kind
        assert png.stat().st_size > 20_000, page.kind
        image = np.asarray(matplotlib.image.imread(png))[:, :, :3]
        assert image.shape[:2] == (WINDOW[1], WINDOW[0]), page.kind
        pixels = image.reshape(-1, 3)
        # Not blank: text, rules and tables leave plenty of non-white pixels in many shades.
        non_white = np.any(pixels < 0.95, axis=1).mean()
        assert non_white > 0.01, (page.kind, non_white)
        rgb = np.rint(pixels * 255).astype(np.uint32)
        colours = len(np.unique(rgb[:, 0] << 16 | rgb[:, 1] << 8 | rgb[:, 2]))
        assert colours > 20, (page.kind, colours)
        blue = np.all(np.abs(pixels - CHART_BLUE) < 0.03, axis=1).sum()
        if page.html.count("<svg") > 0:
            # A drawn chart: its blue bars and lines cover more than the heading rule.
            assert blue > 5_000, (page.kind, blue)


def test_every_report_prints_to_pdf(pages: list[Page], browser_home: Path, tmp_path: Path) -> None:
    for page in pages:
        pdf = tmp_path / f"{page.kind}.pdf"
        result = run_chromium(
            browser_home, page.path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer"
        )
        assert console_messages(result.stderr) == [], page.kind
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-"), page.kind
        assert len(data) > 10_000, page.kind
        sheets = len(re.findall(rb"/Type\s*/Page\b", data))
        # Each top-level section starts a new sheet: the engagement report has four.
        sections = page.html.count('<section class="top">')
        assert sheets >= sections, (page.kind, sheets, sections)
        if page.kind == "engagement":
            assert sections == 4
