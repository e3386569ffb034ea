"""NAME_MISMATCH (姓名不符): the holder's name on a document differs from the applicant's.

A reviewer reads the holder's name and compares it with the form; a different name is a
finding only when what was read is a name at all (:func:`pipeline.person_names.well_formed_name`:
a heading such as 研究生毕业证书 caught by a name pattern is not), it was read from a text layer
or by confident OCR, it is below the policy's similarity floor (an OCR slip is not another
person), and the applicant's own name is not printed elsewhere on the page. Anything weaker
is left to ``FIELD_UNVERIFIED`` as "could not verify": a name a character off on a document
whose birth date or identity number is the applicant's (:func:`slip`), and a person document
on which no name was read and the applicant's is nowhere printed (a blurred card, a list
without them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._compare import Comparison, Verdict, judge, printed_on, unread
from pipeline.checks._documents import PERSON_KINDS, fold, similar
from pipeline.model import Extraction, Flag, Severity
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
        c = judge(CODE, file, "姓名", declared, found, agree=agree, ctx=ctx,
                  well_formed=well_formed_name(found.value), shape="姓名")
        if c.verdict is Verdict.DIFFERENT and (why := slip(case, extraction, found.value, ctx)):
            c = dataclasses.replace(c, verdict=Verdict.UNSURE, doubt=why)
        yield c


def slip(case: Case, extraction: Extraction, read: str, ctx: CheckContext) -> str:
    """Why a read name that differs from the form is more likely a misread than another
    person ("" when it is not): it differs in no more than the policy's few characters, in
    place, and the same document's birth date or identity number is the applicant's. A
    certificate made out to someone else carries that person's birth date and number; a
    blurred copy of the applicant's own turns 浩 into 洁 and keeps the rest."""
    declared, read = fold(case.application.name), fold(read)
    if len(read) != len(declared):
        return ""
    differing = sum(a != b for a, b in zip(read, declared, strict=True))
    if differing > ctx.policy.name_slip_chars_max.value:
        return ""
    number = case.application.id_number.strip().upper()
    on_page = extraction.get("id_number")
    if on_page is not None and fold(on_page.value).upper() == number:
        return f"仅{differing}字之差，且同一文件上的身份证号与申报人一致，可能为识别误差"
    born = extraction.get("birth_date")
    if on_page is None and born is not None and len(number) == 18 and (
            born.value.replace("-", "") == number[6:14]):
        return f"仅{differing}字之差，且同一文件上的出生日期与申报人一致，可能为识别误差"
    return ""


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
