"""学历证书编号 and 学位证书编号: structure of Chinese diploma and degree numbers.

Diploma numbers (教学〔2001〕4号, 18 digits since 2002): 5-digit school code, 1-digit
schooling type (1 普通, 5 成人, 6 自考/学历文凭, 7 网络), 4-digit year of the certificate,
2-digit level (01 博士, 02 硕士, 04 第二学士, 05 本科, 06 专科), 6-digit serial.
Degree numbers (国务院学位委员会 2005): optional prefix letter (C 成人, Z 专业学位, Q, T
同等学力, L 留学), 5-digit unit code, level digit (2 博士, 3 硕士, 4 学士), 4-digit year,
6 characters of serial (the first may be a letter for second degrees and professional
degrees). Neither carries a check digit; the checks are structural: length, year and level
segments against what the certificate says. See shared/design/identifier-and-seniority-rules.md §3.

>>> diploma_parts("106111201205001234")
DiplomaNumber(school='10611', schooling='1', year=2012, level='本科', serial='001234')
>>> diploma_problems("106111201205001234", year=2013, level="本科")
['年份段 2012 与毕业年份 2013 不符']
>>> degree_parts("1061142012001234")
DegreeNumber(prefix='', unit='10611', level='学士', year=2012, serial='001234')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIPLOMA_LEVELS = {"01": "博士", "02": "硕士", "04": "第二学士", "05": "本科", "06": "专科"}
DEGREE_LEVELS = {"2": "博士", "3": "硕士", "4": "学士"}
_DIPLOMA = re.compile(r"^(\d{5})([1567])(\d{4})(\d{2})(\d{5,6})$")
_DEGREE = re.compile(r"^([CZQTL]?)(\d{5})([234])(\d{4})([0-9A-Z]\d{5})$")


@dataclass(frozen=True, slots=True)
class DiplomaNumber:
    """The segments of a diploma number."""

    school: str
    schooling: str
    year: int
    level: str  # Chinese level name, or the raw code when unknown
    serial: str


@dataclass(frozen=True, slots=True)
class DegreeNumber:
    """The segments of a degree number."""

    prefix: str
    unit: str
    level: str
    year: int
    serial: str


def compact(number: str) -> str:
    """Strip spaces and separators, upper-case."""
    return re.sub(r"[\s\-]", "", number or "").upper()


def diploma_parts(number: str) -> DiplomaNumber | None:
    """Split a 17/18-digit diploma number; None when it does not have the structure."""
    match = _DIPLOMA.match(compact(number))
    if not match:
        return None
    school, schooling, year, level, serial = match.groups()
    return DiplomaNumber(school, schooling, int(year), DIPLOMA_LEVELS.get(level, level), serial)


def degree_parts(number: str) -> DegreeNumber | None:
    """Split a degree number; None when it does not have the structure."""
    match = _DEGREE.match(compact(number))
    if not match:
        return None
    prefix, unit, level, year, serial = match.groups()
    return DegreeNumber(prefix, unit, DEGREE_LEVELS[level], int(year), serial)


def _level_of(text: str) -> str:
    for name in ("博士", "硕士", "第二学士", "本科", "专科"):
        if name in text:
            return name
    if "研究生" in text:
        return "硕士"
    if "学士" in text or "大学" in text:
        return "本科"
    return text


def diploma_problems(number: str, year: int | None, level: str) -> list[str]:
    """What contradicts the certificate in a diploma number, in Chinese (empty if none)."""
    parts = diploma_parts(number)
    if parts is None:
        return [f"编号 {compact(number)} 不符合 18 位学历证书编号结构"]
    found = []
    if year and parts.year != year:
        found.append(f"年份段 {parts.year} 与毕业年份 {year} 不符")
    wanted = _level_of(level)
    if wanted in DIPLOMA_LEVELS.values() and parts.level != wanted:
        found.append(f"层次段为{parts.level}，与证书层次{wanted}不符")
    return found


def degree_problems(number: str, year: int | None, degree: str) -> list[str]:
    """What contradicts the certificate in a degree number, in Chinese (empty if none)."""
    parts = degree_parts(number)
    if parts is None:
        return [f"编号 {compact(number)} 不符合学位证书编号结构"]
    found = []
    wanted = next((d for d in ("博士", "硕士", "学士") if d in (degree or "")), "")
    if wanted and parts.level != wanted:
        found.append(f"级别位为{parts.level}，与学位{wanted}不符")
    if year and parts.year != year:
        found.append(f"年份段 {parts.year} 与授予年份 {year} 不符")
    return found
