"""Publishing decisions: a window's static outputs rewritten from the store, nothing screened.

A run writes the outputs with the decisions as they stand when it finishes. A reviewer's
decision taken afterwards (``credcheck review confirm|dismiss --out DIR``, the review server)
is in the store at once; :func:`publish` brings the static copy that others open from a file
share in line with it: the applicant pages (flag decisions, the one-time notice and its PDF,
which list what is confirmed or open and never what was dismissed), the overview and units
pages, and the tables a decision changes (``flags.csv``'s decision columns, ``applicants.csv``'s
status and risk score, ``units.csv``'s non-conforming counts). Nothing else is touched: no
upload is read, the evidence images are the run's, ``files.csv``, ``fields.csv`` and
``problems.csv`` stay as the run wrote them.

What is published is the window as the store holds it, which is what its last run reported
(a run prunes the applicants no longer in the window); an applicant the last run listed but
could not screen (``applicants.csv`` says so) is listed again the same way. Each file is
written atomically (:mod:`pipeline.atomic`). Publishing and a run's writing of the same output
folder take :func:`publish_lock`, and each reads the store once it holds the lock, so the last
one to write always saw every decision committed before it started: two reviewers' publishes,
or a publish and a run, never leave the older decisions on the share.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import logging
import os
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline import decisions
from pipeline import policy as policies
from pipeline.atomic import private_dir
from pipeline.decisions import ReviewError
from pipeline.errors import CredcheckError
from pipeline.ingest.window import load_applicant
from pipeline.model import ApplicantResult, RuleError
from pipeline.policy import Policy
from pipeline.report.html import write_decided_report, write_overview
from pipeline.report.summary import RunSummary, summarise
from pipeline.report.tables import write_decided_tables
from pipeline.screen import not_screened
from pipeline.store import Store

log = logging.getLogger("credcheck.report")

#: The lock file in an output folder (owner-only, empty).
LOCK_NAME = ".publish.lock"
_NOT_SCREENED = "screening did not finish: "
_local = threading.Lock()  # flock is per open file: threads of one process take this too


@contextlib.contextmanager
def publish_lock(out: Path) -> Iterator[None]:
    """Hold the output folder's publishing lock: a thread lock and an exclusive ``flock`` on
    ``out/.publish.lock``. A file system without locks (some file shares) is written without
    one (a warning): each file still lands whole."""
    private_dir(Path(out))
    with _local:
        try:
            handle = open(Path(out) / LOCK_NAME, "a+b", opener=_private_opener)  # noqa: SIM115 - held below
        except OSError as error:
            log.warning("%s: publishing without a lock: %s", out, error)
            yield
            return
        with handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            except OSError as error:
                log.warning("%s: publishing without a lock: %s", out, error)
            yield  # closing the file releases the lock


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


def listed(out: Path) -> list[dict[str, str]]:
    """The rows of ``out/applicants.csv`` (none when there is no such file)."""
    table = Path(out) / "applicants.csv"
    if not table.is_file():
        return []
    with table.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def window_of(out: Path, store: Store) -> str:
    """The window whose outputs are in `out`: the one stored window holding every stored
    applicant of ``out/applicants.csv`` (an applicant the run listed as not screened is in no
    window); raises :class:`ReviewError` when there is none, or several."""
    table = Path(out) / "applicants.csv"
    if not table.is_file():
        raise ReviewError(f"{out}: no applicants.csv: not the output folder of `credcheck run`")
    ids = [row["applicant_id"] for row in listed(out)]
    if not ids:
        raise ReviewError(f"{table}: no applicants")
    candidates: set[str] | None = None
    for aid in ids:
        windows = set(store.windows_of(aid))
        if windows:
            candidates = windows if candidates is None else candidates & windows
    if candidates is None or len(candidates) != 1:
        found = ", ".join(sorted(candidates or ())) or "none"
        raise ReviewError(f"{out}: cannot tell its window in {store.describe()} "
                          f"(matching: {found}): give --window")
    return candidates.pop()


def window_policy(store: Store, window: str) -> Policy:
    """The policy the window was last run with; raises :class:`ReviewError` when it cannot be
    loaded again (a policy file moved since): the tables cannot be counted without it."""
    info = store.window_info(window)
    if info is None:
        raise ReviewError(f"window {window}: no policy recorded (screened by an older credcheck): "
                          "run it again")
    try:
        return policies.load(info.policy, info.overrides)
    except CredcheckError as error:
        raise ReviewError(f"window {window}: policy {info.policy!r} cannot be loaded: "
                          f"{error}") from None


def _unscreened(row: dict[str, str], window_path: str | None) -> ApplicantResult:
    """An applicant the run listed but did not screen, as it listed it."""
    aid, errors = row.get("applicant_id", ""), row.get("errors", "")
    reason = (errors.removeprefix(_NOT_SCREENED) if errors.startswith(_NOT_SCREENED)
              else errors or "not stored")
    folder = Path(window_path) / "applicants" / aid if window_path else None
    if folder is not None and folder.is_dir() and not folder.is_symlink():
        return not_screened(load_applicant(folder), reason)
    return ApplicantResult(applicant_id=aid, name=row.get("name", ""), unit=row.get("unit", ""),
                           department="", level=row.get("level", ""),
                           errors=(RuleError(None, f"{_NOT_SCREENED}{reason}"),))


def reported_results(store: Store, window: str,
                     rows: Sequence[dict[str, str]] = ()) -> list[ApplicantResult]:
    """Every applicant of the window as reported, with its current decisions (a reopening
    shown, not logged: the log is the runs' and the reviewers'); `rows` (applicants.csv's) add
    the applicants the last run listed without screening them."""
    results = [s.reported() for s in store.stored(window=window)]
    stored = {r.applicant_id for r in results}
    info = store.window_info(window)
    results += [_unscreened(row, info.path if info else None) for row in rows
                if row.get("applicant_id") and row["applicant_id"] not in stored]
    return decisions.attach(store, window, results, log_reopened=False)


def last_summary(store: Store, window: str, results: Sequence[ApplicantResult],
                 policy: str = "") -> RunSummary:
    """The overview's summary: the counts of `results`, the time and counts of the window's
    last finished screening run."""
    runs = [r for r in store.runs(window, "screen") if r.finished_at]
    seconds, counts = 0.0, {}
    if runs:
        last = runs[-1]
        seconds = (datetime.fromisoformat(last.finished_at)  # type: ignore[arg-type]
                   - datetime.fromisoformat(last.started_at)).total_seconds()
        counts = {"screened": last.screened, "reused": last.reused or 0,
                  "rescreened": last.rescreened or 0}
    return summarise(window, results, seconds, policy, **counts)


@dataclass(frozen=True)
class Published:
    """What :func:`publish` wrote."""

    window: str
    out: Path
    applicants: int  # in the tables and the overview
    pages: int  # applicant pages rewritten
    flags: int
    decided: int  # flags confirmed or dismissed
    seconds: float

    def line(self) -> str:
        """One line for the terminal."""
        return (f"{self.window}: published {self.decided} of {self.flags} flag decision(s) "
                f"to {self.out} ({self.pages} applicant page(s), the overview, flags.csv, "
                f"applicants.csv, units.csv) in {self.seconds:.2f} s")


def publish(store: Store, out: Path, window: str | None = None, *,
            applicants: Iterable[str] | None = None) -> Published:
    """Rewrite the static outputs of `out` from the store with the current decisions: the
    pages of `applicants` (every applicant when None), the overview, units page and the three
    tables decisions change. Raises :class:`ReviewError` when `out` is not a window's output
    folder (or not of `window`)."""
    started = time.perf_counter()
    out = Path(out)
    window = window or window_of(out, store)
    if window not in store.window_names():
        raise ReviewError(f"unknown window {window!r} in {store.describe()}")
    wanted = None if applicants is None else set(applicants)
    with publish_lock(out):
        policy = window_policy(store, window)
        results = reported_results(store, window, listed(out))
        write_decided_tables(results, out, policy)
        reports = private_dir(out / "reports")
        pages = 0
        for result in results:
            if wanted is None or result.applicant_id in wanted:
                write_decided_report(result, reports, policy)
                pages += 1
        summary = last_summary(store, window, results, policy.title)
        write_overview(results, out, f"{window} 职称评审材料核查", summary, policy)
    flags = [f for r in results for f in r.flags]
    return Published(window, out, len(results), pages, len(flags),
                     sum(1 for f in flags if f.decision is not None and f.decision.state != "open"),
                     time.perf_counter() - started)
