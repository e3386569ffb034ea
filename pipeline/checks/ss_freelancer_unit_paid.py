"""SS_FREELANCER_UNIT_PAID (自由职业者有单位缴费): a freelancer was paid for by a unit.

Liuzhou 2024 三（二）2: freelancers must have no unit-paid pension contributions in the 6
months before the application month (that month excluded).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._pensions import evidence, lookback, months_text, records
from pipeline.model import Flag, Severity

CODE: Final = "SS_FREELANCER_UNIT_PAID"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "自由职业者有单位缴费"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag freelancers with unit-paid months in the lookback."""
    if case.application.unit.type != "freelance":
        return
    window = ctx.policy.ss_lookback_months
    months = {m.month_index for m in lookback(case, window.value)}
    paid = [r for r in records(case, ctx) if r.unit_paid and r.period.month_index in months]
    if not paid:
        return
    units = "、".join(dict.fromkeys(r.unit_name or r.unit_credit_code for r in paid))
    yield make_flag(
        CODE, SEVERITY, case,
        f"以自由职业者申报，但申报前{window.value}个月内有以单位名义缴纳的养老保险（{units}）",
        clause=window.clause, declared="自由职业",
        reference=f"{units}：{months_text(sorted({r.period for r in paid}))}",
        evidence=evidence(ctx.pension_source, paid),
    )
