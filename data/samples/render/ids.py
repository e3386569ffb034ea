"""Identifier arithmetic for the samples (independent of the pipeline's own implementation).

Formulas: shared/design/identifier-and-seniority-rules.md (§1 GB 11643, §2 GB 32100 +
GB 11714, §2.x ISSN, §3 diploma/degree numbers, §4 2025 retirement schedule).

>>> id_check_digit("34052419800101001")
'X'
>>> make_id_number("110105", "19491231", "002")
'11010519491231002X'
>>> issn_check_digit("1000-472")
'6'
>>> uscc_check_char("91350100M0001TGQX")
'1'
"""

from __future__ import annotations

import datetime as dt

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check_digit(body17: str) -> str:
    """GB 11643 MOD 11-2 check character for the first 17 digits."""
    s = sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS))
    return ID_CHECK[s % 11]


def make_id_number(region: str, birth_yyyymmdd: str, seq3: str) -> str:
    body = f"{region}{birth_yyyymmdd}{seq3}"
    assert len(body) == 17 and body.isdigit(), body
    return body + id_check_digit(body)


def id_is_valid(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return id_check_digit(number[:17]) == number[17].upper()


def corrupt_id_check(number: str) -> str:
    """The same number with a wrong (but plausible-looking) check character."""
    good = number[17]
    for alt in "7364520918":
        if alt != good:
            return number[:17] + alt
    raise AssertionError


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_check_char(body8: str) -> str:
    """GB 11714-1997 organisation-code check character for an 8-character body."""
    s = sum(_org_value(c) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check_char(body17: str) -> str:
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31]


def make_uscc(prefix2: str, region6: str, org_body8: str) -> str:
    """A valid credit code: department+category, region, organisation code (+check), check."""
    org = org_body8 + org_check_char(org_body8)
    body = prefix2 + region6 + org
    assert all(c in USCC_ALPHABET for c in body), body
    return body + uscc_check_char(body)


def uscc_is_valid(code: str) -> bool:
    return (
        len(code) == 18 and all(c in USCC_ALPHABET for c in code)
        and uscc_check_char(code[:17]) == code[17]
        and org_check_char(code[8:16]) == code[16]
    )


def issn_check_digit(first7: str) -> str:
    digits = first7.replace("-", "")
    s = sum(int(c) * w for c, w in zip(digits, range(8, 1, -1)))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def issn_is_valid(issn: str) -> bool:
    d = issn.replace("-", "")
    return len(d) == 8 and d[:7].isdigit() and issn_check_digit(d[:7]) == d[7].upper()


def break_issn(issn: str) -> str:
    """Swap two adjacent digits (a typical typo) until the check digit fails."""
    d = issn.replace("-", "")
    for i in range(6, 0, -1):
        if d[i] != d[i - 1]:
            t = d[: i - 1] + d[i] + d[i - 1] + d[i + 1:]
            if not issn_is_valid(t):
                return f"{t[:4]}-{t[4:]}"
    t = d[:7] + ("0" if d[7] != "0" else "1")
    return f"{t[:4]}-{t[4:]}"


DIPLOMA_LEVEL = {"博士研究生": "01", "硕士研究生": "02", "本科": "05", "专科": "06"}
DEGREE_LEVEL = {"博士": "2", "硕士": "3", "学士": "4"}


def diploma_number(school_code: str, year: int, level: str, serial: int, kind: str = "1") -> str:
    """18 digits: school 5 + type 1 + graduation year 4 + level 2 + serial 6."""
    return f"{school_code}{kind}{year:04d}{DIPLOMA_LEVEL[level]}{serial:06d}"


def degree_number(unit_code: str, degree: str, year: int, serial: int) -> str:
    """16 digits: awarding unit 5 + level (2 博士/3 硕士/4 学士) + year 4 + serial 6."""
    return f"{unit_code}{DEGREE_LEVEL[degree]}{year:04d}{serial:06d}"


RETIREMENT = {  # category: (original age, first cohort (y, m), step, cap) — _national.toml
    "M": (60, (1965, 1), 4, 36),
    "F55": (55, (1970, 1), 4, 36),
    "F50": (50, (1975, 1), 2, 60),
}


def retirement_month(birth: dt.date, category: str) -> tuple[int, int]:
    """(year, month) in which the statutory retirement age is reached (2025 schedule).

    >>> retirement_month(dt.date(1965, 1, 5), "M")
    (2025, 2)
    >>> retirement_month(dt.date(1964, 2, 1), "M")
    (2024, 2)
    >>> retirement_month(dt.date(1971, 4, 1), "F55")
    (2026, 8)
    """
    age, (y0, m0), step, cap = RETIREMENT[category]
    k = (birth.year - y0) * 12 + (birth.month - m0)
    delay = 0 if k < 0 else min(k // step + 1, cap)
    idx = birth.year * 12 + birth.month - 1 + 12 * age + delay
    return idx // 12, idx % 12 + 1
