"""Regenerates libcoach/_core.pyi from the installed extension module.

    python bindings/python/generate_stubs.py           # rewrite the committed stub
    python bindings/python/generate_stubs.py --check   # exit 1 when it is out of date

The stub is generated, never edited by hand; tests/python/test_stubs.py runs the check.
"""

from __future__ import annotations

import argparse
import importlib
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
COMMITTED = HERE / "libcoach" / "_core.pyi"

# Run as a script, this directory heads sys.path, and its libcoach/ (the sources, without the
# compiled module) would shadow the installed package.
sys.path[:] = [p for p in sys.path if pathlib.Path(p or ".").resolve() != HERE]


_ENUM_CLASS = re.compile(r"^class (\w+)\(enum\.Enum\):$")
_ENUM_MEMBER = re.compile(r"^    (\w+): typing\.ClassVar\[(\w+)\]$")


def fix_native_enums(text: str) -> str:
    """Rewrites pybind11-stubgen's view of py::native_enum classes into enum stubs.

    stubgen prints members as `name: typing.ClassVar[E]` (which type checkers read as an enum
    without members) and an untyped `__new__`. Members become `name = value`, and `__new__`
    goes, as in typeshed's enum stubs.
    """
    core = importlib.import_module("libcoach._core")
    out: list[str] = []
    lines = text.splitlines()
    enum_name: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith((" ", "\t")) and line.strip():
            match = _ENUM_CLASS.match(line)
            enum_name = match.group(1) if match else None
        if enum_name is not None:
            member = _ENUM_MEMBER.match(line)
            if member and member.group(2) == enum_name:
                value = getattr(core, enum_name)[member.group(1)].value
                out.append(f"    {member.group(1)} = {value!r}")
                i += 1
                continue
            if line == "    @classmethod" and lines[i + 1 : i + 3] == [
                "    def __new__(cls, value):",
                "        ...",
            ]:
                i += 3
                continue
        out.append(line)
        i += 1
    return "\n".join(out) + "\n"


def generate(out_dir: pathlib.Path) -> pathlib.Path:
    """Runs pybind11-stubgen on the installed libcoach._core (and fix_native_enums on its
    output); returns the stub's path."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pybind11_stubgen",
            "--exit-code",
            "--output-dir",
            str(out_dir),
            "libcoach._core",
        ],
        check=True,
        # Not from the repository root, where the C++ directory libcoach/ would shadow
        # nothing but could confuse a reader of the traceback.
        cwd=out_dir,
        capture_output=True,
        text=True,
    )
    stub = out_dir / "libcoach" / "_core.pyi"
    text = fix_native_enums(stub.read_text(encoding="utf-8"))
    # std::filesystem::path arguments: pybind11 names the bare generic, which mypy --strict
    # refuses; paths are text paths.
    text = text.replace("os.PathLike |", "os.PathLike[str] |")
    stub.write_text(text, encoding="utf-8")
    return stub


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate(pathlib.Path(tmp)).read_text(encoding="utf-8")
    if args.check:
        current = COMMITTED.read_text(encoding="utf-8") if COMMITTED.exists() else ""
        if current != fresh:
            print(f"{COMMITTED} is out of date; run {pathlib.Path(__file__).name}")
            return 1
        return 0
    COMMITTED.write_text(fresh, encoding="utf-8")
    print(f"wrote {COMMITTED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
