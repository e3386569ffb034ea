"""PAPER_AUTHOR_ABSENT (非论文作者): the applicant is not among the printed authors.

Authors are read from the paper's byline (affiliation marks stripped by the extractor); the
applicant's name must be one of them (policy ``name_similarity_min`` per author), or be
printed on the paper at all (a byline laid out in a way the finder did not follow). A byline
whose entries are not all well-formed names was not read whole, and a paper on which no byline
was read and the name is nowhere printed cannot be judged: both "could not verify".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._compare import Comparison, Verdict, judge, printed_on, unread
from pipeline.checks._documents import similar
from pipeline.model import DocumentKind, Flag, Severity
from pipeline.person_names import well_formed_name

CODE: Final = "PAPER_AUTHOR_ABSENT"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "非论文作者"


def comparisons(case: Case, ctx: CheckContext) -> Iterator[Comparison]:
    """Each uploaded paper's byline against the applicant's name."""
    name = case.application.name
    floor = ctx.policy.name_similarity_min.value
    for file, extraction in sorted(case.extractions.items()):
        authors = extraction.get("authors") if extraction.kind == DocumentKind.PAPER else None
        if extraction.kind != DocumentKind.PAPER:
            continue
        if authors is None or not authors.value.strip():
            if (c := unread(CODE, case, file, "作者", name)) is not None:
                yield c
            continue
        names = [a for a in authors.value.split("|") if a.strip()]
        agree = any(similar(a, name) >= floor for a in names) or printed_on(case, file, name)
        yield judge(CODE, file, "作者", name, authors, agree=agree, ctx=ctx,
                    well_formed=all(well_formed_name(a) for a in names), shape="作者姓名列表")


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each uploaded paper whose byline surely lacks the applicant."""
    for c in comparisons(case, ctx):
        if c.verdict is not Verdict.DIFFERENT:
            continue
        names = [a for a in c.found.value.split("|") if a.strip()]
        yield make_flag(
            CODE, SEVERITY, case,
            f"论文文件 {c.file} 的作者（{'、'.join(names)}）中没有申报人{c.declared}",
            clause=ctx.policy.rule_clause(CODE), declared=c.declared, found="、".join(names),
            evidence=(c.found.evidence,),
        )
