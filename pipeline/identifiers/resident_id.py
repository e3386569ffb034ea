"""居民身份证号码: GB 11643-1999 resident identity numbers, as the rules read them.

GB 11643-1999 numbers have 18 characters: a 6-digit region code, the birth date, a
3-digit sequence and a MOD 11-2 check character. Length, digits, birth date and check
character are hard checks (python-stdnum's ``cn.ric``); the region code is not, because
stdnum checks it against the birth year and rejects real numbers of people born before
their county's code existed (shared/design/identifier-and-seniority-rules.md §1.4).

The one home of "is this a valid identity number" for every rule (``ID_NUMBER_INVALID``,
``ID_MISMATCH``, ``RETIREMENT_AGE``), so that no rule imports another rule's module for it.
"""

from __future__ import annotations

from stdnum.cn import ric
from stdnum.exceptions import ValidationError


def compact(number: str) -> str:
    """The number without spaces and separators, upper case (stdnum's ``cn.ric.compact``).

    >>> compact(" 11010519491231002x ")
    '11010519491231002X'
    """
    return ric.compact(number)


def problem(number: str) -> str | None:
    """Why `number` is not a valid resident identity number, in Chinese; None if valid.

    >>> problem("11010519491231002X") is None
    True
    >>> problem("110105194912310021")
    '校验位错误'
    >>> problem("11010519491331002X")
    '出生日期无效'
    >>> problem("1101051949")
    '长度为10位，应为18位'
    """
    number = compact(number)
    if len(number) != 18:
        return f"长度为{len(number)}位，应为18位"
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return "含有非法字符"
    try:
        ric.get_birth_date(number)
    except (ValidationError, ValueError):
        return "出生日期无效"
    if ric.calc_check_digit(number) != number[17]:
        return "校验位错误"
    return None


def is_valid(number: str) -> bool:
    """True when `number` is a valid resident identity number (region code not checked)."""
    return problem(number) is None
