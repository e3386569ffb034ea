"""ID_NUMBER_INVALID (身份证号码无效): the declared identity number fails GB 11643.

GB 11643-1999 numbers have 18 characters: a 6-digit region code, the birth date, a
3-digit sequence and a MOD 11-2 check character. Length, digits, birth date and check
character are hard checks (python-stdnum's ``cn.ric``); the region code is not, because
stdnum checks it against the birth year and rejects real numbers of people born before
their county's code existed (shared/design/identifier-and-seniority-rules.md §1.4).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity
from pipeline.redact import mask_id_number

CODE: Final = "ID_NUMBER_INVALID"
SEVERITY: Final = Severity.CRITICAL


def problem(number: str) -> str | None:
    """Why `number` is not a valid resident identity number, in Chinese; None if valid.

    >>> problem("11010519491231002X") is None
    True
    >>> problem("110105194912310021")
    '校验位错误'
    >>> problem("11010519491331002X")
    '出生日期无效'
    """
    compact = ric.compact(number)
    if len(compact) != 18:
        return f"长度为{len(compact)}位，应为18位"
    if not compact[:17].isdigit() or not (compact[17].isdigit() or compact[17] == "X"):
        return "含有非法字符"
    try:
        ric.get_birth_date(compact)
    except (ValidationError, ValueError):
        return "出生日期无效"
    if ric.calc_check_digit(compact) != compact[17]:
        return "校验位错误"
    return None


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag the applicant when the declared number is not a valid resident ID."""
    why = problem(case.application.id_number)
    if why is None:
        return
    masked = mask_id_number(case.application.id_number)
    yield make_flag(
        CODE, SEVERITY, case, f"申报身份证号码不符合 GB 11643 编码规则：{why}",
        clause=ctx.policy.rule_clause(CODE), declared=masked,
        evidence=(Evidence.declared("id_number", masked),),
    )
