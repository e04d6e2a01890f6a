"""The libcoach exception hierarchy.

Every error libcoach raises derives from :class:`Error`. The C++ exceptions of the same names
are translated into these classes by the extension module. Each class also derives from the
built-in exception a Python programmer would reach for, so ``except ValueError`` or
``except LookupError`` keep working.

Messages name fields, record kinds and ids — never content — because a message may end up in
a log file or on a screen that the client's manager can see.
"""

from __future__ import annotations

__all__ = [
    "AccessDenied",
    "Conflict",
    "CorruptionError",
    "CryptoError",
    "Error",
    "IoError",
    "LegalHoldError",
    "LockedError",
    "NotFound",
    "ReadOnlyError",
    "UnsupportedVersion",
    "ValidationError",
]


class Error(Exception):
    """Root of every exception raised by libcoach."""


class ValidationError(Error, ValueError):
    """A command or value failed validation; the practice is left unchanged."""


class NotFound(Error, LookupError):
    """An id does not name a record, or names one the viewer may not know exists."""


class Conflict(Error):
    """The command conflicts with current state (duplicate, record of another engagement)."""


class LegalHoldError(Conflict):
    """A legal hold on the client's data forbids the operation (shredding)."""


class AccessDenied(Error, PermissionError):
    """The viewer may not perform this action on this record."""


class CorruptionError(Error):
    """Stored data is damaged (checksum mismatch, truncated frame, impossible length)."""


class LockedError(Error):
    """Another process holds the store's writer lock."""


class ReadOnlyError(Error):
    """The practice was opened read-only: commands (and reads needing an audit entry) fail."""


class UnsupportedVersion(Error):
    """A file was written by a newer or unknown format version."""


class IoError(Error, OSError):
    """An I/O operation failed; a store that saw this is in a failed state."""


class CryptoError(Error):
    """A cryptographic operation failed (wrong key, tampered ciphertext)."""
