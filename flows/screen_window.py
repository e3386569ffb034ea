"""The screen-window flow: one intake window in, risk flags and reports out."""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner

import blacklists
from flows.tasks import screen_applicant_task
from pipeline import policy as policies
from pipeline.checks._base import CheckContext
from pipeline.ingest.window import Window, load_window
from pipeline.model import ApplicantResult
from pipeline.policy import Policy
from pipeline.report.artifacts import applicant_table, summary_markdown
from pipeline.report.html import write_applicant_pages, write_overview
from pipeline.report.summary import RunSummary, summarise
from pipeline.report.tables import write_tables
from pipeline.screen import ScreenOptions
from pipeline.store import Declared, YearRegistry, default_store_path


def register_declarations(window: Window, registry: YearRegistry, review_year: int) -> None:
    """Put this window's applications and papers in the year registry before any check runs."""
    registry.register_window(review_year, window.name, [
        Declared(a.applicant_id, a.application.id_number, a.application.level,
                 tuple(p.title for p in a.application.papers))
        for a in window.applicants if a.application is not None
    ])


@flow(name="screen-window", task_runner=ThreadPoolTaskRunner(max_workers=2), log_prints=False)
def screen_window(
    window: Path,
    out: Path,
    policy: str | None = None,
    blacklist: Path | None = None,
    store: Path | None = None,
    engine: str = "rapidocr",
    cache_dir: Path | None = None,
) -> RunSummary:
    """Screen every applicant of one intake window and write the reports to `out`."""
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
    options = ScreenOptions(engine=engine, cache_dir=cache_dir, work_dir=Path(out) / ".work")
    futures = screen_applicant_task.map(intake.applicants, ctx=unmapped(ctx), options=unmapped(options))
    results = [future.result() for future in futures]
    write_tables(results, Path(out), rules)
    write_applicant_pages(results, Path(out), rules, {a.applicant_id: a.folder for a in intake.applicants})
    summary = summarise(intake.name, results, time.perf_counter() - started, rules.title)
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
