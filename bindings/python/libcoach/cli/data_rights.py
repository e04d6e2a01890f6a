"""The library calls behind import, export, client-export, shred and retention.

The command line parses and checks the arguments, then calls exactly one function here.
Each returns content-free counts (record kind -> number) that the command prints. Until
the library functions exist, each raises :class:`NotAvailable`, which the command line
reports as "not available in this build" with exit code 70.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import libcoach
from libcoach.cli.errors import NotAvailable
from libcoach.cli.keys import KeySource

Counts = Mapping[str, int]


def import_practice(store: Path, source: Path, *, key: KeySource | None) -> Counts:
    """Loads the practice in the JSON file `source` into the store directory `store`."""
    raise NotAvailable("import")


def export_practice(store: Path, target: Path, *, key: KeySource | None) -> Counts:
    """Writes the whole practice in `store` to the JSON file `target`."""
    raise NotAvailable("export")


def export_client(
    store: Path, client: libcoach.ClientId, target: Path, *, key: KeySource | None
) -> Counts:
    """Writes everything held about one client (data-subject access request) to `target`."""
    raise NotAvailable("client-export")


def shred_client(store: Path, client: libcoach.ClientId, *, key: KeySource | None) -> Counts:
    """Irreversibly erases one client's content (right to erasure)."""
    raise NotAvailable("shred")


def apply_retention(store: Path, *, dry_run: bool, key: KeySource | None) -> Counts:
    """Removes what the retention policy says is due; with `dry_run`, only counts it."""
    raise NotAvailable("retention")
