"""DIPLOMA_NUMBER_INVALID (证书编号结构异常): a certificate number contradicts its certificate.

Declared diploma and degree numbers are checked against the declared graduation year and
level; numbers printed on uploads against the dates and levels printed beside them
(:mod:`pipeline.identifiers.diploma_number`) — a printed number only when it is read as one
of the declared numbers, or none was declared (a number read otherwise than declared is likelier
one misread digit than a forgery the form does not repeat). A diploma's year segment is the
year of the certificate, so it must equal the graduation year.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import reliable
from pipeline.identifiers.diploma_number import (
    degree_parts,
    degree_problems,
    diploma_parts,
    diploma_problems,
)
from pipeline.model import DocumentKind, Evidence, Flag, Severity

CODE: Final = "DIPLOMA_NUMBER_INVALID"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "证书编号结构异常"


def _year(text: str | None) -> int | None:
    return int(text[:4]) if text and text[:4].isdigit() else None


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag declared and printed certificate numbers whose segments contradict the certificate."""
    clause = ctx.policy.rule_clause(CODE)
    flagged: set[str] = set()
    for index, edu in enumerate(case.application.education):
        end_year = edu.end.year if edu.end else None
        for label, number, found in (
            ("学历证书编号", edu.diploma_number,
             diploma_problems(edu.diploma_number, end_year, edu.level)
             if edu.diploma_number else []),
            ("学位证书编号", edu.degree_number, degree_problems(edu.degree_number, None, edu.degree)
             if edu.degree_number else []),
        ):
            if found:
                flagged.add(number)
                yield make_flag(
                    CODE, SEVERITY, case, f"申报的{label} {number} 结构异常：" + "；".join(found),
                    clause=clause, declared=number,
                    reference=f"{edu.level} {edu.end or ''}".strip(),
                    evidence=(Evidence.declared(f"education[{index}]", number),),
                )
    declared = {n for e in case.application.education
                for n in (e.diploma_number, e.degree_number) if n}
    for file, extraction in sorted(case.extractions.items()):
        if extraction.kind == DocumentKind.DIPLOMA:
            number = extraction.get("diploma_number")
            found = diploma_problems(number.value, _year(extraction.value("end")),
                                     extraction.value("level") or "") if number else []
        elif extraction.kind == DocumentKind.DEGREE:
            number = extraction.get("degree_number")
            found = (degree_problems(number.value, None, extraction.value("degree") or "")
                     if number else [])
        else:
            continue
        if not found or number is None or number.value in flagged or not reliable(number, ctx):
            continue
        if declared and number.value not in declared:
            continue  # read otherwise than declared (see the module docstring)
        if diploma_parts(number.value) is None and degree_parts(number.value) is None:
            continue  # a number read only in part is an OCR limit, not evidence
        yield make_flag(
            CODE, SEVERITY, case,
            f"{file} 上的证书编号 {number.value} 结构异常：" + "；".join(found),
            clause=clause, found=number.value, evidence=(number.evidence,),
        )
