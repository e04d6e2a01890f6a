"""The committed _core.pyi is exactly what pybind11-stubgen generates from the module."""

from __future__ import annotations

import difflib
import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "bindings" / "python" / "generate_stubs.py"


def load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("generate_stubs", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_stub_matches_a_fresh_one(tmp_path: pathlib.Path) -> None:
    if importlib.util.find_spec("pybind11_stubgen") is None:
        pytest.skip("pybind11-stubgen is not installed (pip install pybind11-stubgen)")
    generator = load_generator()
    fresh = generator.generate(tmp_path).read_text(encoding="utf-8")
    committed = generator.COMMITTED.read_text(encoding="utf-8")
    if fresh != committed:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                fresh.splitlines(keepends=True),
                "committed _core.pyi",
                "generated _core.pyi",
                n=1,
            )
        )
        pytest.fail(
            "libcoach/_core.pyi is out of date: run "
            "`python bindings/python/generate_stubs.py` and reinstall.\n" + diff[:4000]
        )


def test_the_stub_is_installed_with_the_package() -> None:
    import libcoach

    package = pathlib.Path(libcoach.__file__).parent
    assert (package / "_core.pyi").is_file()
    assert (package / "py.typed").is_file()
