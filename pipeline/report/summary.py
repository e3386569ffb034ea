"""The run summary: counts, unreadable files and time taken, for the CLI, the index page
and the Prefect artifacts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.model import ApplicantResult, FileRecord
from pipeline.report.tables import status_of


@dataclass(frozen=True)
class RunSummary:
    """What a run did."""

    window: str
    applicants: int
    ineligible: int
    review: int
    clear: int
    flags: int
    files: int
    unreadable_files: int
    seconds: float
    errors: int = 0  # applicants with a form that could not be read or a rule not evaluated
    policy: str = ""  # the notice's title
    unreadable: tuple[FileRecord, ...] = field(default=(), repr=False)
    screened: int = 0  # read, extracted and checked in this run
    reused: int = 0  # unchanged since the stored result
    rescreened: int = 0  # unchanged, journal rules re-run for a changed suspect list

    def line(self) -> str:
        """One line for the terminal."""
        return (f"{self.window}: {self.applicants} applicants ({self.ineligible} ineligible, "
                f"{self.review} review, {self.clear} clear), {self.flags} flags, "
                f"{self.files} files ({self.unreadable_files} unreadable) in {self.seconds:.1f} s; "
                f"{self.screened} screened, {self.reused} unchanged, {self.rescreened} re-screened")


def summarise(window: str, results: Sequence[ApplicantResult], seconds: float, policy: str = "", *,
              screened: int | None = None, reused: int = 0, rescreened: int = 0) -> RunSummary:
    """Counts for the run summary; `screened` defaults to every applicant (a run without a
    store)."""
    statuses = [status_of(r) for r in results]
    files = [f for r in results for f in r.files]
    unreadable = tuple(f for f in files if f.status == "unreadable")
    return RunSummary(
        window=window, applicants=len(results), ineligible=statuses.count("ineligible"),
        review=statuses.count("review"), clear=statuses.count("clear"),
        flags=sum(len(r.flags) for r in results), files=len(files),
        unreadable_files=len(unreadable), seconds=seconds,
        errors=sum(1 for r in results if r.errors), policy=policy, unreadable=unreadable,
        screened=len(results) if screened is None else screened, reused=reused,
        rescreened=rescreened,
    )
