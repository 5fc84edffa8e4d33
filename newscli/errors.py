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
