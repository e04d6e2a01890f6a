"""Creating and opening store directories for the commands, with an optional key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import libcoach
from libcoach.cli.errors import CliError
from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.keys import KeySource


def require_store_dir(path: Path) -> None:
    """Raises a not-found / usage CliError unless `path` is an existing directory."""
    if not path.exists():
        raise CliError(f"no store at {path}: directory not found", ExitCode.NOT_FOUND)
    if not path.is_dir():
        raise CliError(f"not a store directory: {path}", ExitCode.USAGE)


def create_store_kwargs(key: KeySource | None) -> dict[str, Any]:
    # `key=` only when there is one: builds without encryption support do not take it.
    return {} if key is None else {"key": key}


def create_practice(path: Path, *, key: KeySource | None, id_seed: int) -> libcoach.Practice:
    """A new store in `path` (created if absent; must be empty)."""
    return libcoach.Practice.create(path, id_seed=id_seed, **create_store_kwargs(key))


def open_practice(
    path: Path, *, key: KeySource | None, read_only: bool, audit_in_memory: bool = False
) -> libcoach.Practice:
    """The practice stored in `path`.

    `audit_in_memory` (read-only only): audited reads are allowed and their audit entries
    kept in memory, since a reader cannot append to the writer's audit log.
    """
    require_store_dir(path)
    return libcoach.Practice.open(
        path, read_only=read_only, audit_in_memory=audit_in_memory, **create_store_kwargs(key)
    )
