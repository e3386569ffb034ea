"""PAPER_AUTHOR_ABSENT (非论文作者): the applicant is not among the printed authors.

Authors are read from the paper's byline (affiliation marks stripped by the extractor); the
applicant's name must be one of them (policy ``name_similarity_min`` per author).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import reliable, similar
from pipeline.model import Flag, Severity

CODE: Final = "PAPER_AUTHOR_ABSENT"
SEVERITY: Final = Severity.HIGH


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each uploaded paper whose byline lacks the applicant."""
    name = case.application.name
    floor = ctx.policy.name_similarity_min.value
    for file, extraction in sorted(case.extractions.items()):
        authors = extraction.get("authors") if extraction.kind == "paper" else None
        if authors is None or not authors.value.strip() or not reliable(authors, ctx):
            continue
        names = [a for a in authors.value.split("|") if a.strip()]
        if any(similar(a, name) >= floor for a in names):
            continue
        yield make_flag(
            CODE, SEVERITY, case, f"论文文件 {file} 的作者（{'、'.join(names)}）中没有申报人{name}",
            clause=ctx.policy.rule_clause(CODE), declared=name, found="、".join(names),
            evidence=(authors.evidence,),
        )
