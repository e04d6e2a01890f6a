"""Errors the command line raises itself (library errors come from :mod:`libcoach.errors`).

Messages follow the library's rule: paths, ids, kinds and counts — never content.
"""

from __future__ import annotations

from libcoach.cli.exit_codes import ExitCode


class CliError(Exception):
    """A failure the command line detected; ``code`` is the process exit code."""

    def __init__(self, message: str, code: ExitCode = ExitCode.FAILURE) -> None:
        super().__init__(message)
        self.code = code


class NotAvailable(Exception):
    """The feature is not part of this build (exit code 70, "not available in this build")."""
