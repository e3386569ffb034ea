"""RETIREMENT_AGE (已达退休年龄): the applicant retires on or before 31 Dec of the review year.

Birth month and sex come from the identity number (17th digit odd = male). Men use the
schedule's ``M`` row; women default to ``F55`` (professional-technical posts are cadre
posts, identifier-and-seniority-rules.md §4.3). The retirement month follows the 2025
gradual schedule (:mod:`pipeline.retirement`), all numbers from the policy.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from stdnum.cn import ric

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.dates import PartialDate
from pipeline.identifiers.resident_id import problem as id_problem
from pipeline.model import Evidence, Flag, Severity
from pipeline.redact import mask_id_number
from pipeline.retirement import retirement_month

CODE: Final = "RETIREMENT_AGE"
SEVERITY: Final = Severity.CRITICAL
LABEL: Final = "已达退休年龄"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag applicants whose statutory retirement month falls within the review year or before."""
    number = ric.compact(case.application.id_number)
    if id_problem(number) is not None:
        return  # ID_NUMBER_INVALID already says so; no birth date to rely on
    birth = ric.get_birth_date(number)
    male = int(number[16]) % 2 == 1
    category_name = "M" if male else "F55"
    category = ctx.policy.retirement[category_name]
    retires = retirement_month(PartialDate(birth.year, birth.month), category)
    year = ctx.policy.review_year
    if retires > PartialDate(year.value, 12):
        return
    sex = "男" if male else "女"
    yield make_flag(
        CODE, SEVERITY, case,
        f"申报人（{sex}，{birth.year}年{birth.month}月出生）于{retires.year}年{retires.month}月"
        f"达到法定退休年龄，不晚于评审年度{year.value}年12月31日",
        clause=ctx.policy.retirement_clause,
        declared=f"出生 {birth.year}-{birth.month:02d}（{sex}）",
        reference=f"法定退休 {retires}（{category_name}，原{category.original_age}周岁）",
        evidence=(Evidence.declared("id_number", mask_id_number(number)),),
    )
