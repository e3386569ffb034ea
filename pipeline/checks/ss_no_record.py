"""SS_NO_RECORD (无社保记录): an employed applicant has no pension record at all.

Liuzhou 2024 三（二）2 verifies work history and status through the pension records; an
employed applicant with none cannot be verified. Freelancers pay as individuals and may
legitimately have none in the export, so they are not checked here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._pensions import records
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "SS_NO_RECORD"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "无社保记录"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag employed applicants without any pension record."""
    if case.application.unit.type == "freelance" or records(case, ctx):
        return
    yield make_flag(
        CODE, SEVERITY, case, "社保数据中查无申报人的养老保险缴费记录，无法核验工作经历和身份性质",
        clause=ctx.policy.rule_clause(CODE) or ctx.policy.ss_continuity_months.clause,
        declared=f"{case.application.unit.name}", reference="无记录",
        evidence=(Evidence.reference("social_security", "按身份证号查询：0 条记录"),),
    )
