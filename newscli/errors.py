"""One exception hierarchy for newscli; the CLI turns each into an exit code and one line."""
from __future__ import annotations


class NewscliError(Exception):
    """Base of every error newscli reports to a user (exit code 1 unless overridden)."""

    exit_code = 1


class InputError(NewscliError):
    """A path is missing, unreadable, or not a file where a file is needed."""


class DecodeError(InputError):
    """Bytes that newscli cannot decode as text (binary data, unknown encoding)."""


class ConfigError(NewscliError):
    """A configuration file is unreadable, malformed or has an unknown key."""


class InternalError(NewscliError):
    """A bug in newscli met while processing one document (the batch goes on)."""


class UsageError(NewscliError):
    """Arguments that do not fit together (exit code 2, like the CLI's own usage errors)."""

    exit_code = 2


class Interrupted(NewscliError):
    """A run stopped by Ctrl-C (SIGINT) or SIGTERM; what it wrote is complete (exit 128 + signal)."""

    exit_code = 130

    def __init__(self, message: str, exit_code: int = 130) -> None:
        super().__init__(message)
        self.exit_code = exit_code
