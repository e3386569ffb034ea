"""SS_CONTINUITY_SHORT (社保连续缴费不足): private-sector continuity at the applying unit.

Liuzhou 2024 三（二）2: private-sector applicants should have at least 6 consecutive
months of pension contributions at the applying unit before the application month (that
month excluded). Counted backwards from the month before the application month.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._pensions import at_applying_unit, evidence, records
from pipeline.model import Flag, Severity

CODE: Final = "SS_CONTINUITY_SHORT"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "社保连续缴费不足"


def consecutive_months(paid: set[int], before: int) -> int:
    """How many months in a row, ending the month before `before`, are in `paid`.

    >>> consecutive_months({10, 11, 13}, 14)
    1
    """
    count = 0
    while before - 1 - count in paid:
        count += 1
    return count


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag private-sector applicants with too short a run of unit-paid months."""
    if case.application.unit.type != "private":
        return
    mine = [r for r in records(case, ctx) if r.unit_paid and at_applying_unit(r, case)]
    paid = {r.period.month_index for r in mine}
    run = consecutive_months(paid, case.application.application_date.month_index)
    required = ctx.policy.ss_continuity_months
    if run >= required.value:
        return
    yield make_flag(
        CODE, SEVERITY, case,
        f"申报当月前在申报单位连续缴纳养老保险{run}个月，不足{required.value}个月",
        clause=required.clause, declared=case.application.unit.name,
        found=f"连续 {run} 个月", reference=f"至少连续 {required.value} 个月（不含申报当月）",
        evidence=evidence(ctx.pension_source, mine[-6:]),
    )
