"""APPOINTMENT_YEARS_SHORT (任职年限不足): too few years in the current title.

Counted from the appointment to the current title (else the date it was obtained) to 31
Dec of the review year, month-granular: the start month counts, through December
(identifier-and-seniority-rules.md §5.2). Xuchang 2023: "4 years for mid-level means
appointed by 2019-12-31". Only route ``normal``: direct and exceptional routes relax it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "APPOINTMENT_YEARS_SHORT"
SEVERITY: Final = Severity.CRITICAL
LABEL: Final = "任职年限不足"


def months_in_title(start_index: int, review_year: int) -> int:
    """Months from the start month through December of the review year.

    >>> months_in_title(2020 * 12 + 0, 2023)  # 2020-01 .. 2023-12
    48
    """
    return review_year * 12 + 12 - start_index


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag normal-route applicants short of the required years."""
    app = case.application
    title = app.current_title
    required = ctx.policy.required_years(app.level)
    if app.route != "normal" or title is None or required is None:
        return
    start = title.appointed_on or title.obtained_on
    if start is None:
        return
    year = ctx.policy.review_year.value
    months = months_in_title(start.month_index, year)
    if months >= 12 * required.value:
        return
    yield make_flag(
        CODE, SEVERITY, case,
        f"现职称（{title.name}）{start}起任职，"
        f"至{year}年12月31日共{months // 12}年{months % 12}个月，"
        f"申报{app.level}需满{required.value}年",
        clause=required.clause, declared=f"{title.name} 聘任 {start}",
        reference=f"{app.level}：任现职满 {required.value} 年（计至 {year}-12-31）",
        evidence=(Evidence.declared("current_title.appointed_on", str(start)),),
    )
