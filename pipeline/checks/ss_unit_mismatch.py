"""SS_UNIT_MISMATCH (社保缴费单位不符): another unit pays the pension in the lookback months.

In the policy's lookback (6 months before the application month, that month excluded), a
unit-paid record by a unit other than the declared one (credit code, else normalised name)
means the applicant's employment is not what the form says (Liuzhou 2024 三（二）2).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._pensions import at_applying_unit, evidence, lookback, months_text, records
from pipeline.model import Flag, Severity

CODE: Final = "SS_UNIT_MISMATCH"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "社保缴费单位不符"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag unit-paid months of the lookback that another unit paid."""
    if case.application.unit.type == "freelance":
        return  # SS_FREELANCER_UNIT_PAID covers freelancers
    window = ctx.policy.ss_lookback_months
    months = {m.month_index for m in lookback(case, window.value)}
    others = [
        r for r in records(case, ctx)
        if r.unit_paid and r.period.month_index in months and not at_applying_unit(r, case)
    ]
    if not others:
        return
    units = "、".join(dict.fromkeys(r.unit_name or r.unit_credit_code for r in others))
    yield make_flag(
        CODE, SEVERITY, case,
        f"申报前{window.value}个月内养老保险由其他单位缴纳（{units}），与申报单位不一致",
        clause=window.clause, declared=case.application.unit.name,
        reference=f"{units}：{months_text(sorted({r.period for r in others}))}",
        evidence=evidence(ctx.pension_source, others),
    )


