"""ID_MISMATCH (身份证号不符): an identity number on a document differs from the applicant's.

A read number counts only when it is itself a valid GB 11643 number: an OCR slip breaks the
check digit, a different person's number does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from stdnum.cn import ric

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks.id_number_invalid import problem
from pipeline.model import Flag, Severity
from pipeline.redact import mask_id_number

CODE: Final = "ID_MISMATCH"
SEVERITY: Final = Severity.HIGH


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each document printing another valid identity number."""
    declared = ric.compact(case.application.id_number)
    for file, extraction in sorted(case.extractions.items()):
        found = extraction.get("id_number")
        if found is None:
            continue
        read = ric.compact(found.value)
        if read == declared or problem(read) is not None:
            continue
        yield make_flag(
            CODE, SEVERITY, case, f"{file} 上的身份证号与申报身份证号不一致",
            clause=ctx.policy.rule_clause(CODE), declared=mask_id_number(declared),
            found=mask_id_number(read), evidence=(found.evidence,),
        )
