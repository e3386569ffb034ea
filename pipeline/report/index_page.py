"""The window overview: the run summary, then every applicant in one table, sortable by any
column and filterable by status, severity, flag code, unit, department and free text.

Filters can be preset from the address (``index.html#unit=…&status=review``): the units
page links each unit and department that way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.model import ApplicantResult, Severity
from pipeline.report._html import render
from pipeline.report.labels import FILE_STATUS_LABELS, SEVERITY_LABELS, STATUS_LABELS, code_name
from pipeline.report.summary import RunSummary
from pipeline.report.tables import report_name, risk_score, status_of

_STATUS_RANK = {"ineligible": 0, "review": 1, "clear": 2}


@dataclass(frozen=True, slots=True)
class Filter:
    """A drop-down filter: its element id (also the address key), label and (value, text)
    choices."""

    id: str
    label: str
    choices: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Header:
    """A column of the applicants table (numeric columns sort by number)."""

    label: str
    numeric: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """One applicant in the table, with the data the filters and sorting use."""

    applicant_id: str
    href: str
    name: str
    unit: str
    department: str
    level: str
    status: str
    status_label: str
    status_rank: int
    errors: str  # the checks that could not run, joined, or ''
    error_count: int
    score: int
    counts: tuple[int, ...]  # flags per severity, most severe first
    severities: str  # the severities present, space-separated
    codes: str  # the flag codes, space-separated
    names: str  # the flags' Chinese names
    open: int = 0  # flags no reviewer has decided on (or reopened)
    review: str = "done"  # "open" while any flag is, else "done"


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file that could not be read, in the run summary."""

    applicant_id: str
    href: str
    file: str
    status: str
    detail: str


@dataclass(frozen=True, slots=True)
class IndexView:
    """What ``index.html.j2`` shows."""

    title: str
    policy: str
    tiles: tuple[tuple[str, object], ...]  # (label, figure) of the run summary
    unreadable: tuple[Unreadable, ...]
    filters: tuple[Filter, ...]
    headers: tuple[Header, ...]
    rows: tuple[Row, ...]


def _filters(results: Sequence[ApplicantResult]) -> tuple[Filter, ...]:
    codes = sorted({f.code for r in results for f in r.flags})
    units = sorted({r.unit for r in results if r.unit})
    departments = sorted({r.department for r in results if r.department})
    return (
        Filter("status", "状态", tuple(STATUS_LABELS.items())),
        Filter("severity", "严重程度", tuple((s.value, SEVERITY_LABELS[s]) for s in Severity)),
        Filter("code", "风险代码", tuple((c, f"{code_name(c)}（{c}）") for c in codes)),
        Filter("unit", "单位", tuple((u, u) for u in units)),
        Filter("department", "主管部门", tuple((d, d) for d in departments)),
        Filter("review", "审核", (("open", "有待审事项"), ("done", "已审完"))),
    )


def _row(r: ApplicantResult) -> Row:
    status = status_of(r)
    counts, codes = r.severity_counts, r.codes
    return Row(
        applicant_id=r.applicant_id, href=report_name(r.applicant_id), name=r.name, unit=r.unit,
        department=r.department, level=r.level, status=status, status_label=STATUS_LABELS[status],
        status_rank=_STATUS_RANK[status], errors="；".join(map(str, r.errors)),
        error_count=len(r.errors),
        score=risk_score(r), counts=tuple(counts[s] for s in Severity),
        severities=" ".join(s.value for s in Severity if counts[s]), codes=" ".join(codes),
        names="、".join(code_name(c) for c in codes), open=len(r.open_flags),
        review="open" if r.open_flags else "done")


def _tiles(summary: RunSummary) -> tuple[tuple[str, object], ...]:
    minutes, seconds = divmod(round(summary.seconds), 60)
    took = f"{minutes} 分 {seconds} 秒" if minutes else f"{summary.seconds:.1f} 秒"
    return (("申报人", summary.applicants), ("不符合申报条件", summary.ineligible),
            ("需人工复核", summary.review),
            ("未发现问题", summary.clear), ("风险提示", summary.flags), ("文件", summary.files),
            ("无法读取的文件", summary.unreadable_files), ("检查未完成的申报人", summary.errors),
            ("本次核查", summary.screened), ("材料未变沿用结果", summary.reused), ("用时", took))


def review_progress(results: Sequence[ApplicantResult]) -> str:
    """How far the review is: flags decided of all, as a reviewer reads it.

    >>> review_progress([])
    '无风险提示'
    """
    total = sum(len(r.flags) for r in results)
    if not total:
        return "无风险提示"
    decided = total - sum(len(r.open_flags) for r in results)
    return f"{decided} / {total} 项已审（{100 * decided // total}%）"


def index_view(results: Sequence[ApplicantResult], title: str, summary: RunSummary) -> IndexView:
    """The overview's view data, riskiest applicants first."""
    headers = (Header("申报人编号"), Header("姓名"), Header("单位"), Header("主管部门"),
               Header("级别"), Header("状态", True), Header("风险分", True),
               *(Header(SEVERITY_LABELS[s], True) for s in Severity),
               Header("待审", True), Header("风险提示"))
    ordered = sorted(results, key=lambda r: (-risk_score(r), r.applicant_id))
    unreadable = tuple(Unreadable(f.applicant_id, report_name(f.applicant_id), f.file,
                                  FILE_STATUS_LABELS[f.status], f.detail)
                       for f in summary.unreadable)
    tiles = (*_tiles(summary), ("待审事项", sum(len(r.open_flags) for r in results)),
             ("审核进度", review_progress(results)))
    return IndexView(title=title, policy=summary.policy, tiles=tiles, unreadable=unreadable,
                     filters=_filters(results), headers=headers,
                     rows=tuple(_row(r) for r in ordered))


def index_page(results: Sequence[ApplicantResult], title: str, summary: RunSummary) -> str:
    """The overview page (``index.html.j2``), riskiest applicants first."""
    return render("index.html.j2", page=index_view(results, title, summary))
