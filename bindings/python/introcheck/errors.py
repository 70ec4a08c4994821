"""Exceptions mapped from the C ABI's status codes."""
from __future__ import annotations

from . import _native


class IntroCheckError(Exception):
    """Base of every error introcheck raises. `status` is the C status code."""

    def __init__(self, message: str, status: int = -8) -> None:
        super().__init__(message)
        self.status = status


class IntroCheckValueError(IntroCheckError, ValueError):
    """Bad input: a bad argument, malformed or wrongly encoded data, a limit."""


class IntroCheckIOError(IntroCheckError, OSError):
    """A file could not be read."""


_BY_STATUS = {
    -1: IntroCheckValueError,  # INTROCHECK_E_INVALID
    -2: IntroCheckIOError,     # INTROCHECK_E_IO
    -3: IntroCheckValueError,  # INTROCHECK_E_PARSE
    -4: IntroCheckValueError,  # INTROCHECK_E_ENCODING
    -5: IntroCheckValueError,  # INTROCHECK_E_LIMIT
}


def check(status: int) -> None:
    """Raises the exception for a failed call; returns for INTROCHECK_OK."""
    if status == 0:
        return
    lib = _native.lib()
    message = (lib.introcheck_last_error() or b"").decode("utf-8", "replace")
    if not message:
        message = lib.introcheck_status_str(status).decode()
    if status == -6:
        raise IndexError(message)
    if status == -7:
        raise MemoryError(message)
    raise _BY_STATUS.get(status, IntroCheckError)(message, status)
