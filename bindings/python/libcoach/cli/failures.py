"""Turning an exception into an exit code and a one-line, content-free message."""

from __future__ import annotations

from libcoach import errors
from libcoach.cli.errors import CliError, NotAvailable
from libcoach.cli.exit_codes import ExitCode

# Most specific first: the library's classes also derive from built-in ones (AccessDenied is
# a PermissionError, IoError an OSError, NotFound a LookupError), so they come before those.
_LIBRARY_CODES: tuple[tuple[type[errors.Error], ExitCode], ...] = (
    (errors.AccessDenied, ExitCode.ACCESS_DENIED),
    (errors.LockedError, ExitCode.LOCKED),
    (errors.NotFound, ExitCode.NOT_FOUND),
    (errors.Conflict, ExitCode.CONFLICT),
    (errors.UnsupportedVersion, ExitCode.UNSUPPORTED_VERSION),
    (errors.CryptoError, ExitCode.CRYPTO),
    (errors.ValidationError, ExitCode.USAGE),
    (errors.Error, ExitCode.FAILURE),  # CorruptionError, IoError, ReadOnlyError, ...
)


def describe(exc: BaseException) -> tuple[ExitCode, str]:
    """The exit code and message for `exc`.

    Library messages are content-free by design (ids, kinds, files, offsets) and are passed
    on. Operating-system errors are reduced to their reason and file name. Anything else is
    a bug in this program: only its type is named, since its text could hold anything.
    """
    if isinstance(exc, NotAvailable):
        return ExitCode.NOT_AVAILABLE, f"{exc}: not available in this build"
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    for cls, code in _LIBRARY_CODES:
        if isinstance(exc, cls):
            return code, str(exc) or cls.__name__
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        where = f": {exc.filename}" if exc.filename is not None else ""
        if isinstance(exc, FileNotFoundError):
            return ExitCode.NOT_FOUND, f"{reason}{where}"
        if isinstance(exc, PermissionError):
            return ExitCode.ACCESS_DENIED, f"{reason}{where}"
        return ExitCode.FAILURE, f"{reason}{where}"
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED, "interrupted"
    return ExitCode.FAILURE, f"internal error ({type(exc).__name__})"
