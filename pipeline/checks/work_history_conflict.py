"""WORK_HISTORY_CONFLICT (工作经历与社保不符): another unit pays within a declared period.

For each declared work period, a month in which some other unit paid the pension and the
declared unit did not contradicts the form (Liuzhou 2024 三（二）2). Not counted: the first
and last month of a period (job changes overlap at the edges), and the lookback months
before the application, which SS_UNIT_MISMATCH already judges: the same evidence is not
flagged twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._pensions import evidence, lookback, months_text, records
from pipeline.model import Flag, Severity
from pipeline.units import same_unit

CODE: Final = "WORK_HISTORY_CONFLICT"
SEVERITY: Final = Severity.MEDIUM
LABEL: Final = "工作经历与社保不符"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag declared periods that the pension records contradict."""
    app = case.application
    recs = [r for r in records(case, ctx) if r.unit_paid]
    judged_elsewhere = {m.month_index for m in lookback(case, ctx.policy.ss_lookback_months.value)}
    for period in app.work_history:
        first = period.start.month_index
        last = (period.end or app.application_date).month_index
        inner = range(first + 1, last)
        in_period = [r for r in recs if r.period.month_index in inner
                     and r.period.month_index not in judged_elsewhere]
        declared_months = {r.period.month_index for r in in_period
                           if same_unit(r.unit_credit_code, r.unit_name, period.credit_code,
                                        period.unit)}
        conflicts = [r for r in in_period
                     if r.period.month_index not in declared_months
                     and not same_unit(r.unit_credit_code, r.unit_name, period.credit_code,
                                       period.unit)]
        if not conflicts:
            continue
        units = "、".join(dict.fromkeys(r.unit_name or r.unit_credit_code for r in conflicts))
        end = period.end or "至今"
        yield make_flag(
            CODE, SEVERITY, case,
            f"申报的工作经历（{period.start}至{end} {period.unit}）期间，养老保险由{units}缴纳",
            clause=ctx.policy.rule_clause(CODE) or ctx.policy.ss_lookback_months.clause,
            declared=f"{period.start}—{end} {period.unit}",
            reference=f"{units}：{months_text(sorted({r.period for r in conflicts})[:12])}",
            evidence=evidence(ctx.pension_source, conflicts),
        )
