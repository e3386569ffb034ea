"""The screen-window flow: one intake window in, risk flags and reports out."""

from __future__ import annotations

import time
from dataclasses import dataclass
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
from pipeline.ingest.window import Window, load_window
from pipeline.model import ApplicantResult
from pipeline.report.html import write_html
from pipeline.report.tables import applicant_row, status_of, write_tables
from pipeline.read import ReadLimits
from pipeline.screen import ScreenOptions, not_screened
from pipeline.store import Declared, YearRegistry, default_store_path


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

    def line(self) -> str:
        """One line for the terminal."""
        return (f"{self.window}: {self.applicants} applicants ({self.ineligible} ineligible, "
                f"{self.review} review, {self.clear} clear), {self.flags} flags, {self.files} files "
                f"({self.unreadable_files} unreadable) in {self.seconds:.1f} s")


def register_declarations(window: Window, registry: YearRegistry, review_year: int) -> None:
    """Put this window's applications and papers in the year registry before any check runs."""
    registry.register_window(review_year, window.name, [
        Declared(a.applicant_id, a.application.id_number, a.application.level,
                 tuple(p.title for p in a.application.papers))
        for a in window.applicants if a.application is not None
    ])


def summarise(window: Window, results: list[ApplicantResult], seconds: float) -> RunSummary:
    """Counts for the run summary."""
    statuses = [status_of(r) for r in results]
    files = [f for r in results for f in r.files]
    return RunSummary(
        window=window.name, applicants=len(results), ineligible=statuses.count("ineligible"),
        review=statuses.count("review"), clear=statuses.count("clear"),
        flags=sum(len(r.flags) for r in results), files=len(files),
        unreadable_files=sum(1 for f in files if f.status == "unreadable"), seconds=seconds,
    )


@flow(name="screen-window", task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_WORKERS), log_prints=False)
def screen_window(
    window: Path,
    out: Path,
    policy: str | None = None,
    blacklist: Path | None = None,
    store: Path | None = None,
    engine: str = "rapidocr",
    cache_dir: Path | None = None,
    ocr_slots: int | None = None,
    doc_seconds: float | None = ReadLimits().max_seconds,
) -> RunSummary:
    """Screen every applicant of one intake window and write the reports to `out`.

    Where tasks run is the flow's task runner (:mod:`flows.runners`: threads here, or a Dask
    cluster); `ocr_slots` caps concurrent OCR per worker process and `doc_seconds` the time
    spent reading one document.
    """
    started = time.perf_counter()
    logger = get_run_logger()
    intake = load_window(Path(window), policy)
    rules = policies.load(intake.policy_name, intake.overrides)
    suspect = blacklists.load(blacklist)
    registry = YearRegistry(store or default_store_path())
    register_declarations(intake, registry, rules.review_year.value)
    for problem in intake.problems + intake.references.problems:
        logger.warning(problem)
    ctx = CheckContext(
        policy=rules,
        pensions=intake.references.pensions if intake.references.pension_source else None,
        integrity=intake.references.integrity, pension_source=intake.references.pension_source,
        blacklist=suspect, registry=registry,
    )
    options = ScreenOptions(engine=engine, cache_dir=cache_dir, work_dir=Path(out) / ".work",
                            limits=ReadLimits(max_seconds=doc_seconds), ocr_slots=ocr_slots)
    results = screen_applicants(intake, ctx, options)
    summary = summarise(intake, results, time.perf_counter() - started)
    write_tables(results, Path(out), rules)
    write_html(results, Path(out), f"{intake.name} 职称评审材料核查", summary.line())
    _publish_artifacts(summary, results)
    logger.info(summary.line())
    observe.emit("run_finished", **vars(summary))
    return summary


def screen_applicants(intake: Window, ctx: CheckContext, options: ScreenOptions) -> list[ApplicantResult]:
    """One task per applicant on the flow's task runner; results in window order.

    Publishes the run's events (:mod:`flows.observe`) as tasks finish. An applicant whose task
    failed outright (its worker died) gets a "not screened" result instead of failing the run.
    """
    from prefect.context import FlowRunContext
    from prefect.runtime import flow_run

    folders, total = intake.applicants, len(intake.applicants)
    run = FlowRunContext.get()
    observe.emit("run_started", run_id=str(flow_run.id), window=intake.name, applicants=total,
                 runner=describe(run.task_runner) if run else "", engine=options.engine,
                 ocr_slots=options.ocr_slots, doc_seconds=options.limits.max_seconds)
    futures = screen_applicant_task.map(folders, ctx=unmapped(share(ctx)), options=unmapped(options))
    done, failures = 0, {}

    def report(i: int, screened: Screened | None, error: BaseException | None) -> None:
        nonlocal done
        done += 1
        aid = folders[i].applicant_id
        if screened is None:
            failures[i] = f"{type(error).__name__}: {error}"[:300]
            observe.emit("applicant_failed", applicant_id=aid, error=f"{type(error).__name__}: {error}",
                         done=done, total=total)
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

    outcomes = collect(futures, report)
    return [
        o.result if o is not None else not_screened(folder, failures.get(i, "the task failed"))
        for i, (folder, o) in enumerate(zip(folders, outcomes, strict=True))
    ]


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
