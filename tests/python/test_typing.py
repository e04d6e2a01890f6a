"""mypy --strict accepts the examples and the frames module against the shipped stubs."""

from __future__ import annotations

import importlib.util
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def mypy_or_skip() -> None:
    # The test command's set-up installs mypy: its absence fails the run instead of hiding it.
    assert importlib.util.find_spec("mypy") is not None, "mypy is not installed"


def test_the_package_type_checks_strictly(tmp_path: pathlib.Path) -> None:
    mypy_or_skip()
    # By name: the installed package (frames, cli, errors), next to the installed _core.pyi.
    check(["-p", "libcoach"], tmp_path)


def test_the_examples_type_check_strictly(tmp_path: pathlib.Path) -> None:
    mypy_or_skip()
    targets = sorted(str(p) for p in (ROOT / "examples" / "python").glob("*.py"))
    assert targets
    check(targets, tmp_path)


def check(targets: list[str], tmp_path: pathlib.Path) -> None:
    config = tmp_path / "mypy.ini"  # the command-line flags only, not the project's settings
    config.write_text("[mypy]\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            str(config),
            *targets,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Success" in result.stdout
