"""NAME_MISMATCH (姓名不符): the holder's name on a document differs from the applicant's.

A reviewer reads the holder's name and compares it with the form; a different name is a
finding only when what was read is a name at all (:func:`pipeline.person_names.well_formed_name`:
a heading such as 研究生毕业证书 caught by a name pattern is not), it was read from a text layer
or by confident OCR, it is below the policy's similarity floor (an OCR slip is not another
person), and the applicant's own name is not printed elsewhere on the page. Anything weaker
is left to ``FIELD_UNVERIFIED`` as "could not verify", and so is a person document on which
no name was read and the applicant's is nowhere printed (a blurred card, a list without them).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._compare import Comparison, Verdict, judge, printed_on, unread
from pipeline.checks._documents import PERSON_KINDS, fold, similar
from pipeline.model import Flag, Severity
from pipeline.person_names import well_formed_name

CODE: Final = "NAME_MISMATCH"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "姓名不符"


def comparisons(case: Case, ctx: CheckContext) -> Iterator[Comparison]:
    """The holder's name on each person document, compared with the applicant's."""
    declared = case.application.name
    floor = ctx.policy.name_similarity_min.value
    for file, extraction in sorted(case.extractions.items()):
        found = extraction.get("name")
        if extraction.kind not in PERSON_KINDS:
            continue
        if found is None or not fold(found.value):
            if (c := unread(CODE, case, file, "姓名", declared)) is not None:
                yield c
            continue
        agree = similar(found.value, declared) >= floor or printed_on(case, file, declared)
        yield judge(CODE, file, "姓名", declared, found, agree=agree, ctx=ctx,
                    well_formed=well_formed_name(found.value), shape="姓名")


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each person document whose printed name is, surely, not the applicant's."""
    for c in comparisons(case, ctx):
        if c.verdict is not Verdict.DIFFERENT:
            continue
        yield make_flag(
            CODE, SEVERITY, case,
            f"{c.file} 上的姓名“{c.found.value}”与申报人姓名“{c.declared}”不一致",
            clause=ctx.policy.rule_clause(CODE) or ctx.policy.name_similarity_min.clause,
            declared=c.declared, found=c.found.value, evidence=(c.found.evidence,),
        )
