"""PAPER_AFTER_DEADLINE (论文发表晚于截止日期): a paper appeared after the materials deadline.

A year after the deadline's year is late. Within the deadline's year, issue N of a journal
with at most 12 issues a year appears no earlier than month N, so an issue number above the
deadline's month is late; journals with more issues a year are not judged on the issue
number (a miss, never a false flag). The printed issue on the upload is preferred over the
declared one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import DocumentKind, Evidence, Flag, Severity

CODE: Final = "PAPER_AFTER_DEADLINE"
SEVERITY: Final = Severity.MEDIUM
LABEL: Final = "论文发表晚于截止日期"


def is_late(year: int | None, issue: str, deadline_year: int, deadline_month: int) -> bool:
    """True when (year, issue) must have appeared after the deadline month.

    >>> is_late(2024, "10", 2024, 8), is_late(2024, "3", 2024, 8), is_late(2025, "", 2024, 8)
    (True, False, True)
    """
    if year is None:
        return False
    if year != deadline_year:
        return year > deadline_year
    number = re.search(r"\d+", issue or "")
    return bool(number) and 12 >= int(number.group()) > deadline_month


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag declared and printed papers dated after the materials deadline."""
    deadline = ctx.policy.materials_deadline
    printed = {e.value("title"): e for e in case.extractions.values()
               if e.kind == DocumentKind.PAPER}
    for index, paper in enumerate(case.application.papers):
        year, issue = paper.year, paper.issue
        evidence = (Evidence.declared(f"papers[{index}]", f"{year}年第{issue}期"),)
        upload = printed.get(paper.title)
        if upload and upload.value("year"):
            year = int(upload.value("year") or 0) or year
            issue = upload.value("issue") or issue
            evidence = tuple(f.evidence for f in (upload.get("year"), upload.get("issue")) if f)
        if not is_late(year, issue, deadline.value.year, deadline.value.month):
            continue
        yield make_flag(
            CODE, SEVERITY, case,
            f"论文《{paper.title}》刊于{year}年第{issue}期，晚于材料截止日期{deadline.value}",
            clause=deadline.clause, declared=f"{year}年第{issue}期",
            reference=f"截止 {deadline.value}",
            evidence=evidence,
        )
