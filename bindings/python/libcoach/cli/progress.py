"""Progress bars on stderr (tqdm), off with ``--quiet`` or when stderr is not a terminal.

Bars show step names and counts only, never content.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, TypeVar

from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

T = TypeVar("T")


def _bar(quiet: bool, file: IO[str] | None, **kwargs: Any) -> Any:
    # disable=None: tqdm turns itself off when the stream is not a TTY.
    return tqdm(
        file=sys.stderr if file is None else file,
        disable=True if quiet else None,
        leave=False,
        dynamic_ncols=True,
        **kwargs,
    )


@contextmanager
def steps(
    description: str, names: list[str], *, quiet: bool, file: IO[str] | None = None
) -> Iterator[Callable[[str], None]]:
    """A bar over named steps: call the yielded function with each step's name as it starts.

    For work done in one long library call, where only the step boundaries are visible.
    """
    bar = _bar(quiet, file, total=len(names), desc=description, unit="step")
    started = 0

    def start(name: str) -> None:
        nonlocal started
        if started:
            bar.update(1)
        started += 1
        bar.set_postfix_str(name)

    try:
        yield start
        if started:
            bar.update(1)
    finally:
        bar.close()


def items(
    iterable: Iterable[T],
    description: str,
    *,
    total: int | None = None,
    quiet: bool,
    file: IO[str] | None = None,
) -> Iterator[T]:
    """`iterable` with a bar counting its items."""
    bar = _bar(quiet, file, total=total, desc=description, unit="item")
    try:
        for item in iterable:
            yield item
            bar.update(1)
    finally:
        bar.close()


@contextmanager
def counter(
    description: str, *, quiet: bool, file: IO[str] | None = None
) -> Iterator[Callable[[int, int], None]]:
    """A bar for one long library call that reports `(done, total)` through a callback."""
    bar = _bar(quiet, file, total=None, desc=description, unit="step")

    def update(done: int, total: int) -> None:
        if bar.total != total:
            bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield update
    finally:
        bar.close()
