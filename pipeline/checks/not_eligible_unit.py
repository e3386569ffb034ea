"""NOT_ELIGIBLE_UNIT (单位性质不符): civil servants may not apply.

Every notice excludes 公务员 and staff of units managed under the Civil Servant Law
(参公), e.g. Liuzhou 2024 一（一）.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "NOT_ELIGIBLE_UNIT"
SEVERITY: Final = Severity.CRITICAL
LABEL: Final = "单位性质不符"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag applicants whose unit type is civil service."""
    unit = case.application.unit
    if unit.type != "civil_service":
        return
    yield make_flag(
        CODE, SEVERITY, case, "申报单位为机关或参照公务员法管理单位，公务员不得申报职称评审",
        clause=ctx.policy.rule_clause(CODE), declared=f"{unit.name}（civil_service）",
        evidence=(Evidence.declared("unit.type", unit.type),),
    )
