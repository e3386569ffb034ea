"""The screen-window flow: one intake window in, risk flags and reports out."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

import blacklists
from flows.tasks import screen_applicant_task
from pipeline import policy as policies
from pipeline.checks._base import CheckContext
from pipeline.incremental import WindowRun
from pipeline.ingest.window import Window, load_window
from pipeline.model import ApplicantResult
from pipeline.read.engines import get_engine
from pipeline.report.html import write_html
from pipeline.report.tables import applicant_row, status_of, write_tables
from pipeline.screen import ScreenOptions
from pipeline.store import Declared, Store, YearRegistry, default_store
from pipeline.window_checks import read_paper_titles, shared_uploaded_papers


@dataclass(frozen=True)
class RunSummary:
    """What a run did, for the CLI's last line and the Prefect artifact."""

    window: str
    applicants: int
    ineligible: int
    review: int
    clear: int
    flags: int
    files: int
    unreadable_files: int
    seconds: float
    screened: int = 0  # read, extracted and checked in this run
    reused: int = 0  # unchanged since the stored result
    rescreened: int = 0  # unchanged, journal rules re-run for a changed suspect list

    def line(self) -> str:
        """One line for the terminal."""
        return (f"{self.window}: {self.applicants} applicants ({self.ineligible} ineligible, "
                f"{self.review} review, {self.clear} clear), {self.flags} flags, {self.files} files "
                f"({self.unreadable_files} unreadable) in {self.seconds:.1f} s; "
                f"{self.screened} screened, {self.reused} unchanged, {self.rescreened} re-screened")


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


def summarise(window: Window, results: list[ApplicantResult], seconds: float,
              run: WindowRun | None = None) -> RunSummary:
    """Counts for the run summary."""
    statuses = [status_of(r) for r in results]
    files = [f for r in results for f in r.files]
    return RunSummary(
        window=window.name, applicants=len(results), ineligible=statuses.count("ineligible"),
        review=statuses.count("review"), clear=statuses.count("clear"),
        flags=sum(len(r.flags) for r in results), files=len(files),
        unreadable_files=sum(1 for f in files if f.status == "unreadable"), seconds=seconds,
        screened=run.screened if run else len(results), reused=len(run.plan.reuse) if run else 0,
        rescreened=run.rescreened if run else 0,
    )


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
    for problem in intake.problems + intake.references.problems:
        logger.warning(problem)
    ctx = CheckContext(
        policy=rules,
        pensions=intake.references.pensions if intake.references.pension_source else None,
        integrity=intake.references.integrity, pension_source=intake.references.pension_source,
        blacklist=suspect, registry=registry,
    )
    options = ScreenOptions(engine=engine, cache_dir=cache_dir, work_dir=Path(out) / ".work")
    # --- incremental run over the results store (pipeline/incremental.py) ---------------
    run = WindowRun.begin(registry, intake, ctx, engine=get_engine(engine).identity(),
                          policy_ref=intake.policy_name, overrides=intake.overrides)
    for other in registry.running_elsewhere(run.run_id):
        logger.warning("%s: run %s (started %s) is still marked running: if it is alive, both runs "
                       "screen the same applicants", intake.name, other.run_id[:8], other.started_at)
    try:
        for change in run.rescreen_stale():
            logger.info("%s: %s %s", change.applicant_id, change.change, change.flag.code)
        futures = screen_applicant_task.map(run.to_screen, ctx=unmapped(ctx), options=unmapped(options))
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
    run.finish("completed")
    # --- end of the incremental run ------------------------------------------------------
    # Window-wide checks run on every run, over stored and fresh results alike.
    results = shared_uploaded_papers(results, rules)
    register_declarations(intake, registry, rules.review_year.value, results)
    summary = summarise(intake, results, time.perf_counter() - started, run)
    write_tables(results, Path(out), rules)
    write_html(results, Path(out), f"{intake.name} 职称评审材料核查", summary.line())
    _publish_artifacts(summary, results)
    logger.info(summary.line())
    return summary


def _publish_artifacts(summary: RunSummary, results: list[ApplicantResult]) -> None:
    """A markdown summary and a table, so the Prefect UI shows the outcome beside the run."""
    create_markdown_artifact(
        key="window-summary",
        markdown=(f"# {summary.window}\n\n| | |\n|---|---|\n| 申报人 | {summary.applicants} |\n"
                  f"| 不符合申报条件 | {summary.ineligible} |\n| 需人工复核 | {summary.review} |\n"
                  f"| 未发现问题 | {summary.clear} |\n| 风险提示 | {summary.flags} |\n"
                  f"| 文件（无法读取） | {summary.files}（{summary.unreadable_files}） |\n"
                  f"| 用时 | {summary.seconds:.1f} s |\n"),
        description="credcheck run summary",
    )
    columns = ("applicant_id", "name", "unit", "level", "status", "risk_score", "flags")
    create_table_artifact(
        key="window-applicants",
        table=[{c: str(applicant_row(r)[c]) for c in columns} for r in results],
        description="applicants by status",
    )
