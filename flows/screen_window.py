"""The screen-window flow: one intake window in, risk flags and reports out."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

import blacklists
from flows.tasks import screen_applicant_task
from pipeline import policy as policies
from pipeline.checks._base import CheckContext
from pipeline.incremental import WindowRun
from pipeline.ingest.window import Window, load_window
from pipeline.model import ApplicantResult
from pipeline.policy import Policy
from pipeline.read.engines import get_engine
from pipeline.redact import mask_text
from pipeline.report.artifacts import applicant_table, summary_markdown
from pipeline.report.html import write_applicant_pages, write_overview
from pipeline.report.summary import RunSummary, summarise
from pipeline.report.tables import private_dir, write_problems, write_tables
from pipeline.screen import ScreenOptions
from pipeline.store import Declared, Store, YearRegistry, default_store
from pipeline.window_checks import read_paper_titles, shared_uploaded_papers


def register_declarations(window: Window, registry: YearRegistry, review_year: int,
                          results: list[ApplicantResult] = ()) -> None:
    """Put this window's applications and papers in the year registry: the declared papers
    before any check runs, and with `results` also the printed titles read on the uploads."""
    read = {r.applicant_id: read_paper_titles(r) for r in results}
    registry.register_window(review_year, window.name, [
        Declared(a.applicant_id, a.application.id_number, a.application.level,
                 tuple(p.title for p in a.application.papers) + read.get(a.applicant_id, ()))
        for a in window.applicants if a.application is not None
    ])


@flow(name="screen-window", task_runner=ThreadPoolTaskRunner(max_workers=2), log_prints=False)
def screen_window(
    window: Path,
    out: Path,
    policy: str | None = None,
    blacklist: Path | None = None,
    store: str | Path | None = None,
    engine: str = "rapidocr",
    cache_dir: Path | None = None,
) -> RunSummary:
    """Screen every applicant of one intake window and write the reports to `out`.

    Incremental and resumable: `store` (an SQLite file or a postgresql:// URL) keeps every
    applicant's result as soon as it is done; applicants whose inputs are unchanged since
    their stored result are not screened again, and the reports are written from the store.
    """
    started = time.perf_counter()
    logger = get_run_logger()
    intake = load_window(Path(window), policy)
    rules = policies.load(intake.policy_name, intake.overrides)
    suspect = blacklists.load(blacklist)
    registry = Store(store or default_store())
    register_declarations(intake, registry, rules.review_year.value)
    problems = intake.problems + intake.references.problems
    for problem in problems:
        logger.warning(mask_text(problem))
    ctx = CheckContext(
        policy=rules,
        pensions=intake.references.pensions if intake.references.pension_source else None,
        integrity=None if intake.references.integrity_error else intake.references.integrity,
        pension_source=intake.references.pension_source, blacklist=suspect, registry=registry,
    )
    work = private_dir(Path(out)) / ".work"  # archives are unpacked here, then removed
    options = ScreenOptions(engine=engine, cache_dir=cache_dir, work_dir=work)
    # --- incremental run over the results store (pipeline/incremental.py) ---------------
    run = WindowRun.begin(registry, intake, ctx, engine=get_engine(engine).identity(),
                          policy_ref=intake.policy_name, overrides=intake.overrides)
    for other in registry.running_elsewhere(run.run_id):
        logger.warning("%s: run %s (started %s) is still marked running: if it is alive, both runs "
                       "screen the same applicants", intake.name, other.run_id[:8], other.started_at)
    try:
        for change in run.rescreen_stale():
            logger.info("%s: %s %s", change.applicant_id, change.change, change.flag.code)
        # quote(): Prefect would otherwise walk the whole context (suspect list, pension table)
        # for every task's inputs, about ten seconds each.
        futures = screen_applicant_task.map(run.to_screen, ctx=unmapped(quote(ctx)), options=unmapped(options))
        failed: list[BaseException] = []
        for future in as_completed(list(futures)):
            try:
                run.commit(future.result())  # each applicant stored as soon as it is done
            except Exception as exc:  # noqa: BLE001 - keep committing the others, then fail
                failed.append(exc)
        if failed:
            raise failed[0]
        results = run.results()
    except BaseException as exc:
        run.finish("failed", f"{type(exc).__name__}: {exc}")
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    run.finish("completed")
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
    return summary


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
