"""Dates as Chinese forms and documents write them, to day or month precision.

Forms and certificates write ``2019-01-02``, ``2019-01``, ``2019.01``, ``2019/1``,
``2019年1月``, ``2019年1月2日`` and ``二〇一二年六月``. :func:`parse_partial_date` reads all of
them into a :class:`PartialDate` that remembers whether the day was given.

>>> parse_partial_date("2019年1月")
PartialDate(year=2019, month=1, day=None)
>>> str(parse_partial_date("二〇一二年六月三十日"))
'2012-06-30'
>>> parse_partial_date("2019.13") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．／－", "0123456789./-")
_NUMERIC = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-./年]\s*(?P<m>\d{1,2})\s*(?:[-./月]\s*(?:(?P<d>\d{1,2})\s*日?)?|月)?)?"
)
_CN_DATE = re.compile(r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月"
                      r"(?:(?P<d>[一二三四五六七八九十]{1,3})日)?")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A calendar date whose day may be unknown."""

    year: int
    month: int
    day: int | None = None

    def __str__(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def month_index(self) -> int:
        """Months since year 0: handy for month arithmetic."""
        return self.year * 12 + self.month - 1

    def first_day(self) -> dt.date:
        """The date itself, or the first of its month when the day is unknown."""
        return dt.date(self.year, self.month, self.day or 1)

    def same_month(self, other: PartialDate) -> bool:
        """True when both fall in the same month."""
        return self.month_index == other.month_index


def month_of(index: int) -> PartialDate:
    """The month at a given :attr:`PartialDate.month_index`."""
    return PartialDate(index // 12, index % 12 + 1)


def _cn_number(text: str) -> int:
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def cn_count(text: str) -> int | None:
    """A count written in Chinese numerals, 1..999 (七十二 -> 72, 一百零八 -> 108), else None.

    >>> cn_count("七十二"), cn_count("一百零八"), cn_count("九十"), cn_count("学时")
    (72, 108, 90, None)
    """
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    m = re.fullmatch(r"(?:(?P<h>[一二三四五六七八九两])百)?零?(?:(?P<t>[一二三四五六七八九两]?)十)?"
                     r"(?P<u>[一二三四五六七八九])?", text)
    if not text or not m:
        return None
    hundreds = digits[m["h"]] if m["h"] else 0
    tens = (digits[m["t"]] if m["t"] else 1) if "十" in text else 0
    units = digits[m["u"]] if m["u"] else 0
    return hundreds * 100 + tens * 10 + units or None


def _build(year: int, month: int | None, day: int | None) -> PartialDate | None:
    if month is None or not 1 <= month <= 12:
        return None
    try:
        dt.date(year, month, 1 if day is None else day)  # day 0 is malformed, not unknown
    except ValueError:
        return None
    return PartialDate(year, month, day)


def parse_partial_date(text: str) -> PartialDate | None:
    """Read the first date in `text`; None when there is no valid date to month precision."""
    text = text.translate(_FULLWIDTH).strip()
    cn = _CN_DATE.search(text)
    if cn:
        year = int("".join(str(_CN_DIGITS[c]) for c in cn["y"]))
        day = _cn_number(cn["d"]) if cn["d"] else None
        return _build(year, _cn_number(cn["m"]), day)
    match = _NUMERIC.search(text)
    if not match:
        return None
    month = int(match["m"]) if match["m"] else None
    day = int(match["d"]) if match["d"] else None
    return _build(int(match["y"]), month, day)


def parse_period(text: str) -> PartialDate | None:
    """A pension period: ``YYYYMM``, ``YYYY-MM`` or any form :func:`parse_partial_date` reads.

    >>> parse_period("202401")
    PartialDate(year=2024, month=1, day=None)
    """
    text = text.translate(_FULLWIDTH).strip()
    if re.fullmatch(r"\d{6}", text):
        return _build(int(text[:4]), int(text[4:]), None)
    parsed = parse_partial_date(text)
    return PartialDate(parsed.year, parsed.month) if parsed else None
