"""The ``libcoach`` command line: create, check and inspect practice stores.

One concept per module: :mod:`.parser` (arguments and help), :mod:`.main` (dispatch and
error mapping), :mod:`.exit_codes`, :mod:`.keys` (passphrases), :mod:`.store` (opening a
store), :mod:`.progress`, one module per command family, and :mod:`.data_rights` (the library
calls behind import, export, client-export, shred and retention). See docs/cli.md.
"""

from __future__ import annotations

from libcoach.cli.errors import CliError, NotAvailable
from libcoach.cli.exit_codes import ExitCode
from libcoach.cli.keys import PASSPHRASE_ENV, key_from_args
from libcoach.cli.main import main

__all__ = ["PASSPHRASE_ENV", "CliError", "ExitCode", "NotAvailable", "key_from_args", "main"]
