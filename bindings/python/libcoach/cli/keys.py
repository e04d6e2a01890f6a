"""Where the store passphrase comes from: ``--passphrase-file`` or ``LIBCOACH_PASSPHRASE``.

Never a ``--passphrase`` argument: it would land in shell history and in the process list.
The passphrase itself never appears in a message.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TypeAlias

import libcoach
from libcoach.cli.errors import CliError, NotAvailable
from libcoach.cli.exit_codes import ExitCode

PASSPHRASE_ENV = "LIBCOACH_PASSPHRASE"

# Passed on as Practice.create/open(key=...).
KeySource: TypeAlias = libcoach.KeySource


def passphrase_from_args(
    args: argparse.Namespace, environ: Mapping[str, str] | None = None
) -> str | None:
    """The passphrase the user gave, or None.

    ``--passphrase-file`` wins over the environment: an explicit argument is the more
    deliberate choice. An empty ``LIBCOACH_PASSPHRASE`` counts as unset; an empty file is
    an error. One trailing newline (``\\n`` or ``\\r\\n``) is not part of the passphrase.
    """
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        return _read_passphrase_file(Path(path))
    env = os.environ if environ is None else environ
    return env.get(PASSPHRASE_ENV) or None


def key_from_args(
    args: argparse.Namespace, environ: Mapping[str, str] | None = None
) -> KeySource | None:
    """The key source for opening or creating a store, or None for an unencrypted store.

    Raises :class:`NotAvailable` when a passphrase was given but this build of libcoach has
    no encryption support.
    """
    passphrase = passphrase_from_args(args, environ)
    if passphrase is None:
        return None
    if getattr(libcoach, "KeySource", None) is None:
        raise NotAvailable("this build has no encryption support")
    return libcoach.KeySource.passphrase(passphrase)


def _read_passphrase_file(path: Path) -> str:
    try:
        data = path.read_bytes()
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise CliError(f"passphrase file not found: {path}", ExitCode.NOT_FOUND) from None
    except PermissionError:
        raise CliError(f"cannot read passphrase file: {path}", ExitCode.ACCESS_DENIED) from None
    except OSError as exc:
        raise CliError(f"cannot read passphrase file {path}: {exc.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # The exception's own text would quote the offending bytes.
        raise CliError(f"passphrase file is not UTF-8 text: {path}", ExitCode.USAGE) from None
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise CliError(f"passphrase file is empty: {path}", ExitCode.USAGE)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        print(
            f"libcoach: warning: passphrase file {path} is accessible by other users "
            "(chmod 600 it)",
            file=sys.stderr,
        )
    return text
