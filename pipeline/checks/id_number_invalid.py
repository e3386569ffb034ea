"""ID_NUMBER_INVALID (身份证号码无效): the declared identity number fails GB 11643.

Length, digits, birth date and check character are checked; the region code is not
(:mod:`pipeline.identifiers.resident_id`, which says why).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.identifiers.resident_id import problem
from pipeline.model import Evidence, Flag, Severity
from pipeline.redact import mask_id_number

CODE: Final = "ID_NUMBER_INVALID"
SEVERITY: Final = Severity.CRITICAL
LABEL: Final = "身份证号码无效"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag the applicant when the declared number is not a valid resident ID."""
    why = problem(case.application.id_number)
    if why is None:
        return
    masked = mask_id_number(case.application.id_number)
    yield make_flag(
        CODE, SEVERITY, case, f"申报身份证号码不符合 GB 11643 编码规则：{why}",
        clause=ctx.policy.rule_clause(CODE), declared=masked,
        evidence=(Evidence.declared("id_number", masked),),
    )
