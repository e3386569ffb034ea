"""credcheck's exit codes and its few semantic exceptions (OCRmyPDF's habit).

A finding about an applicant is a :class:`pipeline.model.Flag`, never an exception. An
exception here means a run, a file or a rule could not be carried out; each carries a
message that names where (file, row, field) and, for run-level errors, an exit code.
Identity numbers never appear in these messages.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What `credcheck` returns to the shell."""

    ok = 0
    bad_args = 1
    window_invalid = 2
    missing_dependency = 3
    policy_invalid = 4
    blacklist_invalid = 5
    window_busy = 6  # another run of the window holds its lock in the store
    store_unavailable = 7  # the store stayed unreachable past the retry time mid-run: run again
    store_full = 8  # the store's disk is full (or cannot be written): free space, run again
    other_error = 15
    ctrl_c = 130  # interrupted by SIGINT (Ctrl-C): what was screened is kept, run again to resume
    terminated = 143  # interrupted by SIGTERM (a supervisor's stop), likewise


class CredcheckError(Exception):
    """Base of credcheck's errors; `str(error)` is the one line shown to the user."""

    exit_code = ExitCode.other_error


class WindowError(CredcheckError):
    """The window as a whole cannot be processed (folder missing, reference table unusable)."""

    exit_code = ExitCode.window_invalid


class PolicyError(CredcheckError):
    """A policy file is missing, unknown or malformed."""

    exit_code = ExitCode.policy_invalid


class BlacklistError(CredcheckError):
    """The suspect-journal list cannot be loaded."""

    exit_code = ExitCode.blacklist_invalid


class MissingDependency(CredcheckError):
    """An optional package (an OCR engine, say) is not installed."""

    exit_code = ExitCode.missing_dependency


class UnknownEngine(CredcheckError):
    """An OCR engine name that is not registered."""

    exit_code = ExitCode.bad_args


class InputError(CredcheckError):
    """One input record is invalid: names the file, row and field. Not fatal to the run."""

    def __init__(self, file: str, field: str, problem: str, row: int | None = None) -> None:
        self.file, self.field, self.problem, self.row = file, field, problem, row
        where = f"{file}" + (f" row {row}" if row is not None else "") + f" field '{field}'"
        super().__init__(f"{where}: {problem}")


class DocumentUnreadable(CredcheckError):
    """A file cannot be opened or decoded; becomes a DOC_UNREADABLE flag, not a crash."""

    def __init__(self, file: str, reason: str) -> None:
        self.file, self.reason = file, reason
        super().__init__(f"{file}: {reason}")

    def __reduce__(self) -> tuple[type[DocumentUnreadable], tuple[str, str]]:
        """Pickled as (file, reason): it crosses from a reader process or a Dask worker."""
        return (type(self), (self.file, self.reason))


class OcrFailed(CredcheckError):
    """The OCR engine failed on a page."""
