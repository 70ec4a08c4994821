"""Exceptions mapped from the C ABI's status codes, by the table in
bindings/README.md that the C# binding follows too."""
from __future__ import annotations

from . import _abi, _native


class IntroCheckError(Exception):
    """Base of every error introcheck raises. `status` is the C status code."""

    def __init__(self, message: str, status: int = _abi.INTROCHECK_E_INTERNAL) -> None:
        super().__init__(message)
        self.status = status


class IntroCheckValueError(IntroCheckError, ValueError):
    """A bad argument: NULL, a bad size or value, invalid UTF-8 (INTROCHECK_E_INVALID)."""


class IntroCheckDataError(IntroCheckError, ValueError):
    """Input data is malformed or not in the expected encoding (E_PARSE, E_ENCODING)."""


class IntroCheckLimitError(IntroCheckError, ValueError):
    """Input exceeds a configured limit (E_LIMIT)."""


class IntroCheckIOError(IntroCheckError, OSError):
    """A file could not be read (E_IO)."""


class IntroCheckIndexError(IntroCheckError, IndexError):
    """An index past the end (E_RANGE)."""


class IntroCheckMemoryError(IntroCheckError, MemoryError):
    """The library ran out of memory (E_NOMEM)."""


class IntroCheckInternalError(IntroCheckError):
    """A bug in introcheck (E_INTERNAL, or a status this binding does not know)."""


_BY_STATUS = {
    _abi.INTROCHECK_E_INVALID: IntroCheckValueError,
    _abi.INTROCHECK_E_IO: IntroCheckIOError,
    _abi.INTROCHECK_E_PARSE: IntroCheckDataError,
    _abi.INTROCHECK_E_ENCODING: IntroCheckDataError,
    _abi.INTROCHECK_E_LIMIT: IntroCheckLimitError,
    _abi.INTROCHECK_E_RANGE: IntroCheckIndexError,
    _abi.INTROCHECK_E_NOMEM: IntroCheckMemoryError,
    _abi.INTROCHECK_E_INTERNAL: IntroCheckInternalError,
}


def error_for(status: int, message: str) -> IntroCheckError:
    """The exception for a failed status, with the library's message."""
    return _BY_STATUS.get(status, IntroCheckInternalError)(message, status)


def check(status: int) -> None:
    """Raises the exception for a failed call; returns for INTROCHECK_OK."""
    if status == _abi.INTROCHECK_OK:
        return
    lib = _native.lib()
    message = (lib.introcheck_last_error() or b"").decode("utf-8", "replace")
    if not message:
        message = lib.introcheck_status_str(status).decode()
    raise error_for(status, message)
