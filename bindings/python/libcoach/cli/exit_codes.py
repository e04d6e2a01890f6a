"""Process exit codes of the ``libcoach`` command, documented in docs/cli.md."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    FAILURE = 1  # store unsound, corrupt, I/O failure, any other error
    USAGE = 2  # bad arguments or invalid values (ValidationError)
    ACCESS_DENIED = 3  # AccessDenied, or a file the OS will not let us read
    LOCKED = 4  # LockedError: another process writes to the store
    NOT_FOUND = 5  # NotFound, or a missing store directory or file
    CONFLICT = 6  # Conflict: e.g. demo into a non-empty directory, output file exists
    UNSUPPORTED_VERSION = 7  # UnsupportedVersion: written by a newer libcoach or other machine
    CRYPTO = 8  # CryptoError: wrong passphrase or key, tampered ciphertext
    NOT_AVAILABLE = 70  # feature not available in this build
    INTERRUPTED = 130  # Ctrl-C
