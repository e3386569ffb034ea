"""ID_MISMATCH (身份证号不符): an identity number on a document differs from the applicant's.

A read number carries a finding only when it is itself a valid GB 11643 number: an OCR slip
breaks the check digit, a different person's number does not. A differing number that fails
the check (or a read of low confidence) is "could not verify" (``FIELD_UNVERIFIED``), unless
the applicant's own number is printed elsewhere on the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from stdnum.cn import ric

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._compare import Comparison, Verdict, judge, printed_on
from pipeline.identifiers.resident_id import problem
from pipeline.model import Flag, Severity
from pipeline.redact import mask_id_number

CODE: Final = "ID_MISMATCH"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "身份证号不符"


def comparisons(case: Case, ctx: CheckContext) -> Iterator[Comparison]:
    """Every identity number read on an upload, compared with the declared one."""
    declared = ric.compact(case.application.id_number)
    for file, extraction in sorted(case.extractions.items()):
        found = extraction.get("id_number")
        if found is None:
            continue
        read = ric.compact(found.value)
        agree = read == declared or printed_on(case, file, declared)
        yield judge(CODE, file, "身份证号", mask_id_number(declared), found, agree=agree, ctx=ctx,
                    well_formed=problem(read) is None, shape="有效身份证号（校验位不符）")


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each document printing another valid identity number."""
    for c in comparisons(case, ctx):
        if c.verdict is not Verdict.DIFFERENT:
            continue
        yield make_flag(
            CODE, SEVERITY, case, f"{c.file} 上的身份证号与申报身份证号不一致",
            clause=ctx.policy.rule_clause(CODE), declared=c.declared,
            found=mask_id_number(ric.compact(c.found.value)), evidence=(c.found.evidence,),
        )
