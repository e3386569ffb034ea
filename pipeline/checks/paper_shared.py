"""PAPER_SHARED (论文重复使用): the same paper is claimed by two or more applicants of the year.

Declared titles are compared after normalisation (:func:`pipeline.journals.normalise_name`:
width, punctuation, spaces, traditional characters) across this window and earlier windows of
the review year (:mod:`pipeline.store`). Chongqing 2022 treats fake or misappropriated
achievements as fraud.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity
from pipeline.store import paper_key

CODE: Final = "PAPER_SHARED"
SEVERITY: Final = Severity.HIGH


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each declared paper that another applicant of the year also claims."""
    if ctx.registry is None:
        return
    year = ctx.policy.review_year.value
    for index, paper in enumerate(case.application.papers):
        others = ctx.registry.paper_claims(year, paper_key(paper.title), exclude=case.applicant_id)
        if not others:
            continue
        where = "、".join(f"{o.applicant_id}（{o.window}）" for o in others)
        yield make_flag(
            CODE, SEVERITY, case, f"论文《{paper.title}》同时被其他申报人申报：{where}",
            clause=ctx.policy.rule_clause(CODE), declared=paper.title, reference=where,
            evidence=(Evidence.declared(f"papers[{index}].title", paper.title),),
        )
