"""The screen-window flow: one intake window in, risk flags and reports out."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

import blacklists
from flows.tasks import screen_applicant_task
from pipeline import policy as policies
from pipeline.checks._base import CheckContext
from pipeline.ingest.window import Window, load_window
from pipeline.model import ApplicantResult
from pipeline.report.html import write_html
from pipeline.redact import mask_text
from pipeline.report.tables import applicant_row, private_dir, status_of, write_problems, write_tables
from pipeline.screen import ScreenOptions
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
    # quote(): Prefect would otherwise walk the whole context (suspect list, pension table)
    # for every task's inputs, about ten seconds each.
    futures = screen_applicant_task.map(intake.applicants, ctx=unmapped(quote(ctx)), options=unmapped(options))
    results = [future.result() for future in futures]
    shutil.rmtree(work, ignore_errors=True)
    summary = summarise(intake, results, time.perf_counter() - started)
    write_tables(results, Path(out), rules)
    write_problems(problems, Path(out))
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
