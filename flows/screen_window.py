"""The screen-window flow: one intake window in, risk flags and reports out.

A short recipe over :mod:`pipeline.window_run` (prepare, screen each applicant, window rules,
finish) with one Prefect task per applicant on the flow's task runner, the run's events
(:mod:`flows.observe`) and its artifacts in the Prefect UI.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from flows import observe, stop
from flows.runners import (
    DEFAULT_WORKERS,
    collect,
    describe,
    lost_shared_input,
    share,
    threads_per_process,
)
from flows.tasks import Screened, screen_applicant_task
from pipeline import decisions, window_lock, window_run
from pipeline.checks._base import CheckContext
from pipeline.incremental import WindowRun
from pipeline.ingest.window import ApplicantFolder
from pipeline.model import ApplicantResult
from pipeline.policy import Policy
from pipeline.read import ReadLimits
from pipeline.report.artifacts import applicant_table, summary_markdown
from pipeline.report.summary import RunSummary
from pipeline.report.tables import status_of
from pipeline.screen import ScreenOptions
from pipeline.store import StoreLost


class Preloaded:
    """A window its caller loaded already (:func:`pipeline.window_run.load`, the CLI's
    preflight), handed to the flow so it is not loaded twice. Not a dataclass: Prefect records
    the parameter as a placeholder instead of copying the window and list into JSON."""

    __slots__ = ("loaded",)

    def __init__(self, loaded: window_run.Loaded) -> None:
        self.loaded = loaded


@flow(name="screen-window", task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_WORKERS),
      log_prints=False)
def screen_window(
    window: Path,
    out: Path,
    policy: str | None = None,
    blacklist: Path | None = None,
    store: str | Path | None = None,
    engine: str = "rapidocr",
    cache_dir: Path | None = None,
    ocr_slots: int | None = None,
    doc_seconds: float | None = ReadLimits().max_seconds,
    preloaded: Preloaded | None = None,
    wait: bool = False,
    readers: str = window_run.DEFAULT_READERS,
    recycle_pages: int = 500,
) -> RunSummary:
    """Screen every applicant of one intake window and write the reports to `out`.

    The suspect-journal list is `blacklist` when given, else the window's own
    (``<window>/suspect_journals.csv``), else the site's (``$CREDCHECK_HOME``); with none,
    JOURNAL_BLACKLISTED is reported as not checked.

    Incremental and resumable: `store` (an SQLite file or a postgresql:// URL) keeps every
    applicant's result as soon as it is done; applicants whose inputs are unchanged since
    their stored result are not screened again, and the reports are written from the store.
    The window rules (applicants compared) run on every run, their flags stored too.

    Where tasks run is the flow's task runner (:mod:`flows.runners`: threads here, or a Dask
    cluster); `ocr_slots` caps concurrent OCR per worker process and `doc_seconds` the time
    spent reading one document. `readers`: "process" reads each task thread's uploads in a
    reader process of its own (:mod:`pipeline.read.isolated`: a crash costs one upload),
    retired after `recycle_pages` pages; "thread" in the task's thread. `preloaded`: the
    window, policy, list and store as the caller loaded them from the same arguments (else
    they are loaded here).

    One run of a window at a time per store (:mod:`pipeline.window_lock`): another live run
    of the window makes this one fail with :class:`~pipeline.window_lock.WindowBusy`, or with
    `wait` wait for it. A stop request (:mod:`flows.stop`) ends the run with the outputs of
    what was screened, the rest "not screened". A store lost mid-run
    (:class:`~pipeline.store.StoreLost`, after its retries) ends it at once, what was
    committed kept.
    """
    started = time.perf_counter()
    stop.enter_flow()
    logger = get_run_logger()
    loaded = (preloaded.loaded if preloaded
              else window_run.load(Path(window), policy, blacklist, store))

    def waiting(holder: window_lock.Holder) -> None:
        logger.warning("%s; waiting", holder.line(loaded.store).split(": wait for it")[0])

    try:
        with window_lock.acquire(loaded.store, loaded.window.name, wait=wait,
                                 waiting=waiting) as lock:
            if lock.took_over is not None:
                logger.warning("%s: took over the lock of a run that is gone (pid %d, started %s)",
                               loaded.window.name, lock.took_over.pid, lock.took_over.since)
            return _screen(loaded, lock, Path(out), started, engine=engine, cache_dir=cache_dir,
                           ocr_slots=ocr_slots, doc_seconds=doc_seconds, readers=readers,
                           recycle_pages=recycle_pages)
    except StoreLost as lost:  # unreachable past the retry time, or its disk full
        stop.abort(str(lost), lost.exit_code)  # ends the process under the CLI
        raise


def _screen(loaded: window_run.Loaded, lock: window_lock.WindowLock, out: Path, started: float, *,
            engine: str, cache_dir: Path | None, ocr_slots: int | None,
            doc_seconds: float | None, readers: str, recycle_pages: int) -> RunSummary:
    """The run itself, under the window's lock."""
    logger = get_run_logger()
    prepared = window_run.prepare(loaded)
    name = prepared.window.name
    for line in prepared.warnings():
        logger.warning(line)
    options = window_run.screen_options(out, engine=engine, cache_dir=cache_dir,
                                        ocr_slots=ocr_slots, doc_seconds=doc_seconds,
                                        readers=readers, recycle_pages=recycle_pages,
                                        workers_per_process=_threads())
    run = window_run.begin(prepared, engine)
    for other in prepared.store.running_elsewhere(run.run_id):
        logger.warning("%s: run %s (started %s) is still marked running: if it is alive, both runs "
                       "screen the same applicants", name, other.run_id[:8], other.started_at)

    def keep(folder: ApplicantFolder, result: ApplicantResult | None, error: str) -> None:
        lock.keep()  # still ours (a PostgreSQL restart drops it: taken again)
        run.keep(folder, result, error)

    try:
        for change in run.rescreen_stale():
            logger.info("%s: %s %s", change.applicant_id, change.change, change.flag.code)
        stop.check()
        screen_applicants(name, run.to_screen, prepared.ctx, options, keep)
        results = window_run.apply_window_rules(prepared, run.results(), run)
    except stop.Interrupted as interrupted:
        shutil.rmtree(options.work_dir, ignore_errors=True)
        summary = _stopped(prepared, run, out, started, interrupted)
        logger.warning("%s: %s", summary.line(), interrupted)
        lock.release()
        stop.conclude(interrupted)  # ends the process under the CLI
        raise
    except StoreLost:  # nothing more can be recorded: the next run finds this one dead
        raise
    except BaseException as exc:
        run.finish("failed", f"{type(exc).__name__}: {exc}")
        raise
    finally:
        shutil.rmtree(options.work_dir, ignore_errors=True)
    if run.unfinished:
        logger.warning("%s: %d applicant(s) not screened: %s", name, len(run.unfinished),
                       ", ".join(run.unfinished))
    run.finish("completed", f"{len(run.unfinished)} not screened" if run.unfinished else None)
    summary = window_run.finish(prepared, results, out, started=started, run=run)
    # the artifacts count what the outputs count: decisions attached (reopenings logged by finish)
    _publish_artifacts(summary, decisions.attach(prepared.store, name, results), prepared.policy,
                       out)
    logger.info(summary.line())
    observe.emit("run_finished", **{k: v for k, v in vars(summary).items() if k != "unreadable"})
    return summary


def _threads() -> int:
    """The task runner's threads in this process (a Dask task counts its worker's own)."""
    from prefect.context import FlowRunContext

    run = FlowRunContext.get()
    return threads_per_process(run.task_runner) if run else 1


def _stopped(prepared: window_run.Prepared, run: WindowRun, out: Path, started: float,
             interrupted: stop.Interrupted) -> RunSummary:
    """An interrupted run: the applicants not yet stored are abandoned (reported as not
    screened), the run is recorded ``interrupted``, and the outputs are written for what was
    screened. The window rules' flags are not stored: the next run sets them."""
    left = run.abandon(str(interrupted))
    run.finish("interrupted", f"{interrupted}: {len(left)} not screened")
    results = window_run.apply_window_rules(prepared, run.results())
    return window_run.finish(prepared, results, out, started=started, run=run)


RESHARE_ATTEMPTS = 3  # rounds of sharing the context again after a lost worker took it


def screen_applicants(
    window: str,
    folders: list[ApplicantFolder],
    ctx: CheckContext,
    options: ScreenOptions,
    keep: Callable[[ApplicantFolder, ApplicantResult | None, str], None],
) -> None:
    """One task per applicant on the flow's task runner; `keep(folder, result, error)` as
    each finishes (`result` None and `error` set when its task failed outright: its worker
    died, say), so that one applicant's failure is not the run's.

    Publishes the run's events (:mod:`flows.observe`) as tasks finish.
    """
    from prefect.context import FlowRunContext
    from prefect.runtime import flow_run

    total = len(folders)
    run = FlowRunContext.get()
    observe.emit("run_started", run_id=str(flow_run.id), window=window, applicants=total,
                 runner=describe(run.task_runner) if run else "", engine=options.engine,
                 ocr_slots=options.slots(), doc_seconds=options.limits.max_seconds,
                 readers=options.readers, ocr_threads=options.ocr_threads())
    done = 0

    def report(i: int, screened: Screened | None, error: BaseException | None) -> None:
        nonlocal done
        done += 1
        aid = folders[i].applicant_id
        if screened is None:
            why = f"{type(error).__name__}: {error}"
            observe.emit("applicant_failed", applicant_id=aid, error=why, done=done, total=total)
            keep(folders[i], None, why[:300])
            return
        for event in screened.events:
            observe.emit("stage", stage=event.stage, seconds=event.seconds, worker=screened.worker,
                         **event.fields)
        result = screened.result
        observe.emit("applicant_done", applicant_id=aid, status=status_of(result),
                     flags=len(result.flags), files=len(result.files), errors=len(result.errors),
                     unreadable=sum(1 for f in result.files if f.status == "unreadable"),
                     seconds=screened.seconds, worker=screened.worker,
                     peak_rss_mb=round(screened.peak_rss_bytes / 2**20, 1), done=done, total=total)
        keep(folders[i], result, "")

    pending = list(range(total))
    for attempt in range(1, RESHARE_ATTEMPTS + 1):
        lost: list[int] = []
        futures = screen_applicant_task.map([folders[i] for i in pending],
                                            ctx=unmapped(share(ctx)), options=unmapped(options))

        def settle(j: int, screened: Screened | None, error: BaseException | None,
                   pending: list[int] = pending, lost: list[int] = lost,
                   last: bool = attempt == RESHARE_ATTEMPTS) -> None:
            if screened is None and lost_shared_input(error) and not last:
                lost.append(pending[j])  # its context went with a worker: shared again below
                return
            report(pending[j], screened, error)

        collect(futures, settle)
        if not lost:
            return
        observe.emit("applicants_resubmitted", applicants=[folders[i].applicant_id for i in lost],
                     reason="the shared check context was lost with a worker", attempt=attempt)
        pending = lost


def _publish_artifacts(summary: RunSummary, results: list[ApplicantResult], policy: Policy,
                       out: Path) -> None:
    """A markdown summary and a table, so the Prefect UI shows the outcome beside the run."""
    create_markdown_artifact(
        key="window-summary", markdown=summary_markdown(summary, results, policy, out),
        description=f"credcheck: {summary.window}",
    )
    create_table_artifact(
        key="window-applicants", table=applicant_table(results),
        description=f"credcheck: {summary.window}, applicants riskiest first",
    )
