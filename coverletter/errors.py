"""One error hierarchy. Every error a user can cause is a CoverLetterError with a one-line message.

The CLI prints ``str(error)`` on one line and exits with ``error.exit_code``; ``--debug`` shows the traceback.
A message says which file (or setting), what is wrong, and how to fix it.
"""

from __future__ import annotations


class CoverLetterError(Exception):
    """Base of every error that coverletter reports to a user."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.path = path
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        if self.hint:
            text = f"{text} ({self.hint})"
        return text


class InputError(CoverLetterError):
    """A file or argument that cannot be read: missing, a directory, binary, not UTF-8, empty."""

    exit_code = 2


class ParseError(InputError):
    """A file that was read but is not valid JSON, YAML, TOML, HTML or PDF; carries line and column."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.line = line
        self.column = column
        where = path
        if path and line is not None:
            where = f"{path}:{line}" + (f":{column}" if column is not None else "")
        super().__init__(message, path=where, hint=hint)


class ProfileError(CoverLetterError):
    """A profile that loaded but cannot be used: a value of the wrong kind, a missing name."""

    exit_code = 3


class JobError(CoverLetterError):
    """A posting that loaded but holds no job: an empty file, an HTML page with no posting, a PDF without text."""

    exit_code = 3


class TemplateError(CoverLetterError):
    """A template that cannot be found, parsed or rendered; the message keeps file and line."""

    exit_code = 4


class OutputError(CoverLetterError):
    """An output that cannot be written: exists without --force, unknown format, missing converter."""

    exit_code = 5


class ConfigError(CoverLetterError):
    """A setting that is invalid: bad config file, unknown option value."""

    exit_code = 6


class LLMError(CoverLetterError):
    """A failure talking to the language model: bad key, no server, unknown model, rate limit, timeout."""

    exit_code = 7


class CheckFailed(CoverLetterError):
    """A letter that fails its checks under --strict."""

    exit_code = 8


class BatchFailed(CoverLetterError):
    """A batch in which at least one posting failed (each is listed with its error)."""

    exit_code = 9
