"""PAPER_SHARED (论文重复使用): the same paper is claimed by two or more applicants of the year.

The same paper is the same title in the same journal — name, ISSN or CN agreeing, and the
year when both give one (:mod:`pipeline.papers`) — across this window and earlier windows of
the review year (:mod:`pipeline.store`). Two different papers that happen to share a title
are not this finding (see ``PAPER_TITLE_REUSED``). Chongqing 2022 treats fake or
misappropriated achievements as fraud.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext
from pipeline.checks._papers import claim_flags
from pipeline.model import Flag, Severity

CODE: Final = "PAPER_SHARED"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "论文重复使用"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each declared paper that another applicant of the year also claims."""
    yield from claim_flags(case, ctx, CODE, SEVERITY, "same", lambda paper, where:
                           f"论文《{paper.title}》（{paper.journal}）同时被其他申报人申报：{where}")
