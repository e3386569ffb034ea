"""A window run as plain functions: prepare, screen each applicant, window rules, finish.

The screen-window flow (:mod:`flows.screen_window`) is a short recipe over these, with one
Prefect task per applicant; the CLI's preflight, the benchmarks and the tests call the same
functions, so there is one set-up chain:

1. :func:`load` the window, its policy, the suspect-journal list and the results store
   (what the CLI checks before a flow starts), then :func:`prepare`: register the window's
   declarations in the year registry and build the :class:`CheckContext`;
   :func:`begin` plans the incremental run (:class:`pipeline.incremental.WindowRun`);
2. screen each applicant: :func:`pipeline.screen.screen_applicant` with
   :func:`screen_options`, anywhere, handing each outcome to :meth:`WindowRun.keep`;
3. :func:`apply_window_rules` once every applicant has a result: the rules that compare
   applicants, their flags stored with each applicant's result;
4. :func:`finish`: the reviewers' decisions attached to the flags (a changed flag reopened),
   then the tables, problems, applicant pages and overview; the run's summary.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import blacklists
from pipeline import decisions
from pipeline import policy as policies
from pipeline.atomic import private_dir
from pipeline.checks._base import CheckContext
from pipeline.errors import CredcheckError
from pipeline.incremental import WindowRun, code_version, policy_digest, stable_repr
from pipeline.ingest.window import Window, load_window
from pipeline.journals import Blacklist
from pipeline.model import ApplicantResult
from pipeline.papers import declared_identity
from pipeline.policy import Policy
from pipeline.read import ReadLimits
from pipeline.read.engines import identity as engine_identity
from pipeline.redact import mask_text
from pipeline.report.html import write_applicant_pages, write_overview
from pipeline.report.publish import publish_lock
from pipeline.report.summary import RunSummary, summarise
from pipeline.report.tables import write_problems, write_tables
from pipeline.screen import ScreenOptions
from pipeline.serialize import result_to_json
from pipeline.store import Declared, Store, default_store
from pipeline.window_rules import run_window_rules, with_window_flags
from pipeline.window_rules._uploads import read_papers

log = logging.getLogger("credcheck.window_run")

READERS = ("process", "thread")  # where a run reads its uploads (ScreenOptions.readers)
DEFAULT_READERS = "process"  # a crash in native code costs one upload, not the run


@dataclass(frozen=True)
class Loaded:
    """A window with what it is screened against; nothing written anywhere yet."""

    window: Window
    policy: Policy
    suspect: Blacklist
    store: Store
    overrides: Mapping[str, Any]  # the policy overrides applied (window.toml's and the caller's)
    # The window's problems and its tables' (problems.csv); window rules that could not be
    # evaluated are added by apply_window_rules.
    problems: list[str]

    def warnings(self) -> list[str]:
        """What a run logs before it starts: an unusable list, the window's problems (masked)."""
        lines = []
        if self.suspect.missing:
            lines.append(f"{self.window.name}: {self.suspect.missing} ({blacklists.site_list()}): "
                         "JOURNAL_BLACKLISTED not checked; import the published lists with "
                         "`credcheck blacklist import`")
        return lines + [mask_text(p) for p in self.problems]


@dataclass(frozen=True)
class Prepared(Loaded):
    """A loaded window registered in the year registry, with its check context."""

    ctx: CheckContext  # what every applicant is screened with


def load(window: Path, policy: str | None = None, blacklist: Path | None = None,
         store: str | Path | Store | None = None, *,
         overrides: Mapping[str, Any] | None = None) -> Loaded:
    """Load a window, its policy, its suspect-journal list and open the results store; raises
    a :class:`~pipeline.errors.CredcheckError` on any that is unusable.

    Args:
        policy: a policy name or file (beats window.toml's).
        blacklist: the suspect-journal list; else the window's own, else the site's
            (:func:`blacklists.list_for`).
        store: the store (a file, a URL or an open one); else :func:`default_store`.
        overrides: policy values over window.toml's.
    """
    intake = load_window(Path(window), policy)
    applied = {**intake.overrides, **(overrides or {})}
    rules = policies.load(intake.policy_name, applied)
    suspect = blacklists.load(blacklists.list_for(window, blacklist))
    results = store if isinstance(store, Store) else Store(store or default_store())
    return Loaded(intake, rules, suspect, results, applied,
                  [*intake.problems, *intake.references.problems])


def prepare(window: Path | Loaded, policy: str | None = None, blacklist: Path | None = None,
            store: str | Path | Store | None = None, *,
            overrides: Mapping[str, Any] | None = None) -> Prepared:
    """:func:`load` the window (unless `window` is loaded already), register its applications
    and declared papers in the year registry, and build its check context."""
    loaded = window if isinstance(window, Loaded) else load(window, policy, blacklist, store,
                                                           overrides=overrides)
    register_declarations(loaded.window, loaded.store, loaded.policy.review_year.value)
    ctx = CheckContext.of_window(loaded.window, loaded.policy, loaded.suspect, loaded.store)
    return Prepared(loaded.window, loaded.policy, loaded.suspect, loaded.store, loaded.overrides,
                    loaded.problems, ctx)


def register_declarations(window: Window, registry: Store, review_year: int,
                          results: Sequence[ApplicantResult] = ()) -> None:
    """Put this window's applications and papers in the year registry: the declared papers
    before any check runs, and with `results` also the papers read on the uploads (so later
    windows of the year find them through the ordinary rules)."""
    read = {r.applicant_id: read_papers(r) for r in results}
    registry.register_window(review_year, window.name, [
        Declared(a.applicant_id, a.application.id_number, a.application.level,
                 tuple((p.title, declared_identity(p)) for p in a.application.papers)
                 + read.get(a.applicant_id, ()))
        for a in window.applicants if a.application is not None
    ])


def begin(prepared: Prepared, engine: str) -> WindowRun:
    """Plan the incremental run: fingerprint every applicant, compare with the store, and
    record the run's start (`engine`: the OCR engine's name)."""
    return WindowRun.begin(prepared.store, prepared.window, prepared.ctx,
                           engine=engine_identity(engine),
                           policy_ref=prepared.window.policy_name, overrides=prepared.overrides)


def screen_options(out: Path, *, engine: str = "rapidocr", cache_dir: Path | None = None,
                   ocr_slots: int | None = None,
                   doc_seconds: float | None = ReadLimits().max_seconds,
                   readers: str = DEFAULT_READERS, recycle_pages: int = 500,
                   workers_per_process: int = 1) -> ScreenOptions:
    """How the run reads uploads; archives are unpacked below the private part of `out`
    (``work_dir``, for the caller to remove when the run is over). `readers`: "process" (each
    screening thread's uploads read in a reader process of its own, retired after
    `recycle_pages` pages) or "thread"; `workers_per_process`: the applicants screened at once
    in one process, which share its cores (:meth:`ScreenOptions.ocr_threads`)."""
    if readers not in READERS:
        raise CredcheckError(f"--readers must be one of {', '.join(READERS)}, not {readers!r}")
    if recycle_pages < 0:
        raise CredcheckError(f"--recycle-pages must be 0 (never) or more, not {recycle_pages}")
    return ScreenOptions(engine=engine, cache_dir=cache_dir,
                         work_dir=private_dir(Path(out)) / ".work",
                         limits=ReadLimits(max_seconds=doc_seconds), ocr_slots=ocr_slots,
                         readers=readers, recycle_pages=recycle_pages,
                         workers_per_process=max(1, workers_per_process))


def apply_window_rules(prepared: Prepared, results: Sequence[ApplicantResult],
                       run: WindowRun | None = None) -> list[ApplicantResult]:
    """Run the window rules over every applicant's result and return the results as reported.

    With `run`, each stored applicant's window-rule flags are stored with it where they
    changed; the papers read on the uploads are then registered for later windows of the
    year. A rule that could not be evaluated becomes a window problem.
    """
    found, errors = run_window_rules(results, prepared.ctx)
    for error in errors:
        log.warning("%s: %s", prepared.window.name, error)
    prepared.problems.extend(map(str, errors))
    if run is not None:
        run.save_window_flags(list(results), found)
    register_declarations(prepared.window, prepared.store, prepared.policy.review_year.value,
                          results)
    return with_window_flags(results, found)


def page_keys(results: Sequence[ApplicantResult], run: WindowRun | None, rules: Policy,
              folders: Mapping[str, Path]) -> dict[str, str]:
    """What each applicant's report page is made from, as a digest: its uploads (the run's
    input fingerprint, none without a run), its result with the decisions attached, the
    policy and the code. An applicant whose page was written from the same is not rewritten."""
    if run is None:
        return {}
    common = f"{code_version()}\x1e{policy_digest(rules)}"
    keys = {}
    for result in results:
        aid = result.applicant_id
        if aid not in run.fingerprints:
            continue
        decided = stable_repr([(f.fingerprint, f.decision) for f in result.flags])
        blob = "\x1e".join((common, run.fingerprints[aid], str(folders.get(aid, "")),
                            result_to_json(result), decided))
        keys[aid] = hashlib.sha256(blob.encode("utf-8", "surrogateescape")).hexdigest()
    return keys


def finish(prepared: Loaded, results: Sequence[ApplicantResult], out: Path, *, started: float,
           run: WindowRun | None = None) -> RunSummary:
    """Write the tables, problems, applicant pages and overview into `out`; the run's summary
    (`started`: :func:`time.perf_counter` at the run's start)."""
    out, rules, name = Path(out), prepared.policy, prepared.window.name
    # under the folder's publishing lock, the decisions read inside it: a reviewer's decision
    # published meanwhile is not overwritten by an older view (pipeline.report.publish)
    with publish_lock(out):
        # reviewers' decisions, reopenings
        results = decisions.attach(prepared.store, name, results)
        write_tables(results, out, rules)
        write_problems(prepared.problems, out)
        folders = {a.applicant_id: a.folder for a in prepared.window.applicants}
        write_applicant_pages(results, out, rules, folders,
                              keys=page_keys(results, run, rules, folders))
        counts = {} if run is None else {"screened": run.screened, "reused": len(run.plan.reuse),
                                         "rescreened": run.rescreened}
        summary = summarise(name, results, time.perf_counter() - started, rules.title, **counts)
        write_overview(results, out, f"{name} 职称评审材料核查", summary, rules)
    return summary
