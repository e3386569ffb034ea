"""NAME_MISMATCH (姓名不符): the holder's name on a document differs from the applicant's.

Only reliable reads count (a text layer, or OCR above the confidence floor) and only below
the policy's similarity floor, so an OCR slip on a clean document is not a finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import PERSON_KINDS, fold, reliable, similar
from pipeline.model import Flag, Severity

CODE: Final = "NAME_MISMATCH"
SEVERITY: Final = Severity.HIGH


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each person document whose printed name is not the applicant's."""
    declared = case.application.name
    floor = ctx.policy.name_similarity_min
    for file, extraction in sorted(case.extractions.items()):
        found = extraction.get("name")
        if extraction.kind not in PERSON_KINDS or found is None or not fold(found.value):
            continue
        if similar(found.value, declared) >= floor.value or not reliable(found, ctx):
            continue
        yield make_flag(
            CODE, SEVERITY, case, f"{file} 上的姓名“{found.value}”与申报人姓名“{declared}”不一致",
            clause=ctx.policy.rule_clause(CODE) or floor.clause, declared=declared, found=found.value,
            evidence=(found.evidence,),
        )
