"""TENURE_SHORT (入职不满期限): fewer months at the applying unit than the policy requires.

The start is the declared work period at the applying unit that is still open (``end``
null) or reaches the application date. Xuchang 2023 requires 6 months with a contract.
Freelancers have no unit and are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity
from pipeline.units import same_unit

CODE: Final = "TENURE_SHORT"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "入职不满期限"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag applicants who joined the applying unit too recently."""
    app = case.application
    if app.unit.type == "freelance":
        return
    applied = app.application_date
    current = [
        w for w in app.work_history
        if same_unit(w.credit_code, w.unit, app.unit.credit_code, app.unit.name)
        and (w.end is None or w.end >= applied or w.end.same_month(applied))
    ]
    if not current:
        return
    start = min(w.start for w in current)
    months = applied.month_index - start.month_index
    required = ctx.policy.tenure_months_min
    if months >= required.value:
        return
    yield make_flag(
        CODE, SEVERITY, case,
        f"到申报单位工作{months}个月（{start}起），不足{required.value}个月",
        clause=required.clause, declared=f"入职 {start}，申报 {applied}",
        reference=f"至少 {required.value} 个月",
        evidence=(Evidence.declared("work_history.start", str(start)),),
    )
