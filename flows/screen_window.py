"""The screen-window flow: one intake window in, risk flags and reports out."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner

import blacklists
from flows import observe
from flows.runners import DEFAULT_WORKERS, collect, describe, share
from flows.tasks import Screened, screen_applicant_task
from pipeline import policy as policies
from pipeline.checks._base import CheckContext
from pipeline.checks._papers import declared_identity
from pipeline.incremental import WindowRun
from pipeline.ingest.window import ApplicantFolder, Window, load_window
from pipeline.model import ApplicantResult
from pipeline.policy import Policy
from pipeline.read import ReadLimits
from pipeline.read.engines import get_engine
from pipeline.redact import mask_text
from pipeline.report.artifacts import applicant_table, summary_markdown
from pipeline.report.html import write_applicant_pages, write_overview
from pipeline.report.summary import RunSummary, summarise
from pipeline.report.tables import private_dir, status_of, write_problems, write_tables
from pipeline.screen import ScreenOptions, not_screened
from pipeline.store import Declared, Store, YearRegistry, default_store
from pipeline.window_checks import read_papers, shared_uploaded_papers


def register_declarations(window: Window, registry: YearRegistry, review_year: int,
                          results: list[ApplicantResult] = ()) -> None:
    """Put this window's applications and papers in the year registry: the declared papers
    before any check runs, and with `results` also the papers read on the uploads."""
    read = {r.applicant_id: read_papers(r) for r in results}
    registry.register_window(review_year, window.name, [
        Declared(a.applicant_id, a.application.id_number, a.application.level,
                 tuple((p.title, declared_identity(p)) for p in a.application.papers)
                 + read.get(a.applicant_id, ()))
        for a in window.applicants if a.application is not None
    ])


@flow(name="screen-window", task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_WORKERS), log_prints=False)
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
) -> RunSummary:
    """Screen every applicant of one intake window and write the reports to `out`.

    The suspect-journal list is `blacklist` when given, else the window's own
    (``<window>/suspect_journals.csv``), else the site's (``$CREDCHECK_HOME``); with none,
    JOURNAL_BLACKLISTED is reported as not checked.

    Incremental and resumable: `store` (an SQLite file or a postgresql:// URL) keeps every
    applicant's result as soon as it is done; applicants whose inputs are unchanged since
    their stored result are not screened again, and the reports are written from the store.

    Where tasks run is the flow's task runner (:mod:`flows.runners`: threads here, or a Dask
    cluster); `ocr_slots` caps concurrent OCR per worker process and `doc_seconds` the time
    spent reading one document.
    """
    started = time.perf_counter()
    logger = get_run_logger()
    intake = load_window(Path(window), policy)
    rules = policies.load(intake.policy_name, intake.overrides)
    suspect = blacklists.load(blacklists.list_for(window, blacklist))
    if suspect.missing:
        logger.warning("%s: %s (%s): JOURNAL_BLACKLISTED not checked; import the published lists "
                       "with `credcheck blacklist import`", intake.name, suspect.missing, blacklists.site_list())
    registry = Store(store or default_store())
    register_declarations(intake, registry, rules.review_year.value)
    problems = intake.problems + intake.references.problems
    for problem in problems:
        logger.warning(mask_text(problem))
    ctx = CheckContext.of_window(intake, rules, suspect, registry)
    work = private_dir(Path(out)) / ".work"  # archives are unpacked here, then removed
    options = ScreenOptions(engine=engine, cache_dir=cache_dir, work_dir=work,
                            limits=ReadLimits(max_seconds=doc_seconds), ocr_slots=ocr_slots)
    # --- incremental run over the results store (pipeline/incremental.py) ---------------
    run = WindowRun.begin(registry, intake, ctx, engine=get_engine(engine).identity(),
                          policy_ref=intake.policy_name, overrides=intake.overrides)
    for other in registry.running_elsewhere(run.run_id):
        logger.warning("%s: run %s (started %s) is still marked running: if it is alive, both runs "
                       "screen the same applicants", intake.name, other.run_id[:8], other.started_at)
    unfinished: dict[str, ApplicantResult] = {}

    def keep(folder: ApplicantFolder, result: ApplicantResult | None, error: str) -> None:
        if result is not None:
            run.commit(result)  # each applicant stored as soon as it is done
        else:  # in the outputs as not screened, not in the store: the next run screens it again
            unfinished[folder.applicant_id] = not_screened(folder, error)

    try:
        for change in run.rescreen_stale():
            logger.info("%s: %s %s", change.applicant_id, change.change, change.flag.code)
        screen_applicants(intake.name, run.to_screen, ctx, options, keep)
        results = run.results(unfinished)
    except BaseException as exc:
        run.finish("failed", f"{type(exc).__name__}: {exc}")
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if unfinished:
        logger.warning("%s: %d applicant(s) not screened: %s", intake.name, len(unfinished), ", ".join(unfinished))
    run.finish("completed", f"{len(unfinished)} not screened" if unfinished else None)
    # --- end of the incremental run ------------------------------------------------------
    # Window-wide checks run on every run, over stored and fresh results alike.
    results = shared_uploaded_papers(results, rules)
    register_declarations(intake, registry, rules.review_year.value, results)
    write_tables(results, Path(out), rules)
    write_problems(problems, Path(out))
    write_applicant_pages(results, Path(out), rules, {a.applicant_id: a.folder for a in intake.applicants})
    summary = summarise(intake.name, results, time.perf_counter() - started, rules.title,
                        screened=run.screened, reused=len(run.plan.reuse), rescreened=run.rescreened)
    write_overview(results, Path(out), f"{intake.name} 职称评审材料核查", summary, rules)
    _publish_artifacts(summary, results, rules, Path(out))
    logger.info(summary.line())
    observe.emit("run_finished", **{k: v for k, v in vars(summary).items() if k != "unreadable"})
    return summary


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
                 ocr_slots=options.ocr_slots, doc_seconds=options.limits.max_seconds)
    futures = screen_applicant_task.map(folders, ctx=unmapped(share(ctx)), options=unmapped(options))
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

    collect(futures, report)


def _publish_artifacts(summary: RunSummary, results: list[ApplicantResult], policy: Policy, out: Path) -> None:
    """A markdown summary and a table, so the Prefect UI shows the outcome beside the run."""
    create_markdown_artifact(
        key="window-summary", markdown=summary_markdown(summary, results, policy, out),
        description=f"credcheck: {summary.window}",
    )
    create_table_artifact(
        key="window-applicants", table=applicant_table(results),
        description=f"credcheck: {summary.window}, applicants riskiest first",
    )
