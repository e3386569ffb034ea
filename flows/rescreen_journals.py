"""The rescreen-journals flow: after a suspect-journal list change, re-run the journal rules
over the stored results (no upload is read again) and report new and cleared flags."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact

import blacklists
from pipeline.journals import Blacklist
from pipeline.report.changes import change_rows, summary_lines, write_changes
from pipeline.rescreen import RescreenReport, collect, rescreen_store
from pipeline.store import Store, default_store


@dataclass(frozen=True)
class RescreenSummary:
    """What a re-screen did, for the CLI and the scheduled flow."""

    run_id: str
    list_version: str
    applicants: int
    windows: int
    new: int
    cleared: int
    changed_applicants: int
    skipped: tuple[str, ...]
    report: str | None  # rescreen.csv, when written
    line: str
    details: tuple[str, ...]  # one line per change, for the console


def own_lists(store: Store) -> Callable[[str], Blacklist | None]:
    """The list a stored window carries itself (``suspect_journals.csv`` in the folder it was
    screened from), if any: such a window is screened, and re-screened, with its own list."""
    def own(window: str) -> Blacklist | None:
        info = store.window_info(window)
        path = blacklists.window_list(info.path) if info is not None else None
        return blacklists.load(path) if path is not None else None

    return own


@flow(name="rescreen-journals", log_prints=False)
def rescreen_journals(
    store: str | Path | None = None,
    blacklist: Path | None = None,
    review_year: int | None = None,
    out: Path | None = None,
    force: bool = False,
) -> RescreenSummary:
    """Re-run JOURNAL_BLACKLISTED and JOURNAL_ID_INVALID on stored results made with another
    list version (all, with `force`), of one review year or all; write `out`/rescreen.csv.

    The list is `blacklist` for every window when given; else the site's, except for windows
    that carry their own list."""
    logger = get_run_logger()
    suspect = blacklists.load(blacklist)
    if suspect.missing:
        logger.warning("%s (%s): JOURNAL_BLACKLISTED not checked; import the published lists "
                       "with `credcheck blacklist import`", suspect.missing, blacklists.site_list())
    results = Store(store or default_store())
    run_id = results.begin_run("rescreen", review_year=review_year,
                               blacklist_version=suspect.version)
    report = RescreenReport(suspect.version, run_id)
    try:
        collect(rescreen_store(results, suspect, review_year=review_year, run_id=run_id,
                               force=force,
                               own_list=None if blacklist is not None else own_lists(results)),
                report)
    except BaseException as exc:
        results.end_run(run_id, "failed", rescreened=report.applicants,
                        detail=f"{type(exc).__name__}: {exc}")
        raise
    results.end_run(run_id, "completed", applicants=report.applicants, rescreened=report.applicants,
                    detail=report.line())
    rows = change_rows(report.changes)
    path = None
    if out is not None:
        path = Path(out) / "rescreen.csv"
        write_changes(rows, path)
    for problem in report.skipped:
        logger.warning(problem)
    logger.info(report.line())
    if report.applicants:
        create_markdown_artifact(
            key="rescreen-journals",
            markdown=(f"# 期刊规则重新核查\n\n| | |\n|---|---|\n"
                      f"| 名单版本 | {suspect.version[:12]} |\n"
                      f"| 重新核查申报人 | {report.applicants} |\n| 新增风险提示 | {report.new} |\n"
                      f"| 解除风险提示 | {report.cleared} |\n"
                      f"| 结果有变化的申报人 | {report.changed_applicants} |\n"),
            description="credcheck rescreen summary",
        )
    return RescreenSummary(
        run_id=run_id, list_version=suspect.version, applicants=report.applicants,
        windows=len(report.windows), new=report.new, cleared=report.cleared,
        changed_applicants=report.changed_applicants, skipped=tuple(report.skipped),
        report=str(path) if path else None, line=report.line(), details=tuple(summary_lines(rows)),
    )
