"""INTEGRITY_RECORD (诚信档案记录): the integrity archive holds a record in force.

A record is in force on the application date when it was recorded on or before it and
expires on or after it; a record without an expiry date lasts the policy's record period
(Guang'an 2023: 3 years). Liuzhou 2024 一（五） excludes such applicants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._pensions import MissingReference
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "INTEGRITY_RECORD"
SEVERITY: Final = Severity.CRITICAL
LABEL: Final = "诚信档案记录"


def _expiry(recorded: dt.date, years: int) -> dt.date:
    try:
        return recorded.replace(year=recorded.year + years)
    except ValueError:  # 29 February
        return recorded.replace(year=recorded.year + years, day=28)


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each archive record whose period covers the application date."""
    if ctx.integrity is None:  # present but unusable: never a silent pass
        raise MissingReference("integrity_records.csv/.xlsx unusable: "
                               "integrity archive not checked")
    applied = case.application.application_date.first_day()
    years = ctx.policy.integrity_record_years
    for record in ctx.integrity.get(case.application.id_number.strip().upper(), ()):
        expires = record.expires_on or _expiry(record.recorded_on, years.value)
        if not record.recorded_on <= applied <= expires:
            continue
        yield make_flag(
            CODE, SEVERITY, case,
            f"申报人记入职称评审诚信档案库，记录期至{expires}，仍在记录期限内：{record.reason}",
            clause=ctx.policy.rule_clause(CODE) or years.clause,
            declared=f"申报日期 {applied}",
            reference=f"{record.recorded_on} 至 {expires}：{record.reason}",
            evidence=(Evidence.reference("integrity_records",
                                         f"第{record.row}行：{record.reason}"),),
        )
