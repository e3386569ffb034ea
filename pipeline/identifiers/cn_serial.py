"""CN serial number (国内统一连续出版物号, CN 刊号).

Every periodical lawfully published in mainland China carries a CN number
(GB/T 9999.1-2018) next to its ISSN, printed as ``CN 11-2115/TU``:

* two digits: the GB/T 2260 province prefix of the publisher's registration
  (``11`` Beijing, ``31`` Shanghai ...; Beijing also uses ``10`` as an
  overflow prefix because its ``11-`` serials ran out),
* four digits: the serial. The ranges say what was registered: 0001-0999
  newspapers, 1000-5999 print periodicals, 6000-8999 online serials,
  9000-9999 other,
* after ``/``: the 中图法 (Chinese Library Classification) class of the
  publication, one letter (``R``, ``G``) optionally followed by a second
  letter for the ``T`` classes (``TU``, ``TP``) and digits (``G4``, ``O4``).

There is no check digit, so a stolen number is well formed; this module only
says whether the number *could* exist. Illegal journals are known to print
regions that do not exist (``16``, ``18``, ``39``), extra markers
(``CN(HK)``, ``HK``, ``NR``) or classes that are no CLC class; those are
rejected here. A serial outside the print-periodical range is well formed
(so :func:`validate` accepts it) but suspicious for a journal: use
:func:`serial_kind` for that warning.

Why not stdnum: python-stdnum has no module for this number; this one follows
its conventions (``compact``/``validate``/``is_valid``/``format`` and its
exceptions) so callers treat it like any other identifier.

More information:

* GB/T 9999.1-2018 《中国标准连续出版物号 第1部分：国内统一连续出版物号》
* ../shared/design/identifier-and-seniority-rules.md §2.4

>>> validate('CN 11-2115/TU')
'112115TU'
>>> validate('ＣＮ５１－１１９９／Ｏ４')
'511199O4'
>>> validate('10-1192/N')
'101192N'
>>> format('cn11-2115/tu')
'11-2115/TU'
>>> format('112115TU', prefix=True)
'CN 11-2115/TU'
>>> validate('CN16-1690/NR')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidComponent: ...
>>> validate('CN(HK)NR4069-194/01')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidFormat: ...
>>> validate('CN35-3917HK/G')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidComponent: ...
>>> validate('11-21150/TU')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidLength: ...
>>> validate('11-2115')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidFormat: ...
>>> is_valid('CN-NR37-02')
False
>>> serial_kind('CN43-7772/R')
'online'
>>> region('CN 11-2115/TU')
'北京'
"""

from __future__ import annotations

import re

from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from pipeline.text import nfkc

__all__ = [
    "REGIONS",
    "compact",
    "format",
    "is_valid",
    "key",
    "region",
    "serial_kind",
    "validate",
]

#: GB/T 2260 province-level prefixes, plus Beijing's overflow prefix ``10``.
REGIONS: dict[str, str] = {
    "10": "北京",
    "11": "北京",
    "12": "天津",
    "13": "河北",
    "14": "山西",
    "15": "内蒙古",
    "21": "辽宁",
    "22": "吉林",
    "23": "黑龙江",
    "31": "上海",
    "32": "江苏",
    "33": "浙江",
    "34": "安徽",
    "35": "福建",
    "36": "江西",
    "37": "山东",
    "41": "河南",
    "42": "湖北",
    "43": "湖南",
    "44": "广东",
    "45": "广西",
    "46": "海南",
    "50": "重庆",
    "51": "四川",
    "52": "贵州",
    "53": "云南",
    "54": "西藏",
    "61": "陕西",
    "62": "甘肃",
    "63": "青海",
    "64": "宁夏",
    "65": "新疆",
    "71": "台湾",
    "81": "香港",
    "82": "澳门",
}

# CLC (中图法) main classes: the 22 letters A-Z less L, M, W, Y. Only the T
# (industrial technology) class has two-letter subclasses.
_CLASS = re.compile(r"(?:T[BDEFGHJKLMNPQSUV]?|[A-KNO-SUVXZ])[0-9]{0,3}")
_SHAPE = re.compile(r"([0-9]+)([A-Z][A-Z0-9]*)?")
_PREFIX = re.compile(r"^CN[:：]?")
# Separators people and OCR put between the parts (hyphens, dashes, slashes, dots, spaces).
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−ー/／\\.·]+")


def compact(number: str) -> str:
    """Convert the number to its minimal form: no ``CN`` prefix, no separators, upper case.

    Full-width characters (common in Word documents) are folded first. This
    does not check anything; ``compact('CN 11-2115/TU') == '112115TU'``.
    """
    number = nfkc(str(number)).upper().strip()
    number = _PREFIX.sub("", re.sub(r"\s+", "", number))
    return _SEPARATORS.sub("", number)


def validate(number: str) -> str:
    """Check that the number is a well-formed CN serial; return its compact form.

    Raises InvalidFormat (not the shape ``RRSSSS`` + class), InvalidLength (a
    digit group of the wrong length) or InvalidComponent (unknown region, serial
    0000, or a class that is no CLC class).
    """
    number = compact(number)
    match = _SHAPE.fullmatch(number)
    if not match:
        raise InvalidFormat()
    digits, klass = match.groups()
    if len(digits) != 6:
        raise InvalidLength()
    if not klass:
        raise InvalidFormat()
    if digits[:2] not in REGIONS:
        raise InvalidComponent()
    if digits[2:] == "0000":
        raise InvalidComponent()
    if not _CLASS.fullmatch(klass):
        raise InvalidComponent()
    return number


def is_valid(number: str) -> bool:
    """Check that the number is a well-formed CN serial (never raises)."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str, prefix: bool = False) -> str:
    """Reformat as catalogues print it: ``11-2115/TU`` (``CN 11-2115/TU`` with prefix)."""
    number = compact(number)
    match = _SHAPE.fullmatch(number)
    if not match or len(match.group(1)) != 6:
        return number
    digits, klass = match.group(1), match.group(2) or ""
    text = f"{digits[:2]}-{digits[2:]}" + (f"/{klass}" if klass else "")
    return f"CN {text}" if prefix else text


def key(number: str) -> str | None:
    """Region and serial, ``'11-2115'``, the part that identifies the publication.

    The class letters are descriptive and often mis-typed by applicants, so the
    journal matcher indexes on this key. ``None`` when there is no 2+4 digit
    core to be found. Lenient on purpose: it accepts numbers without a class.
    """
    match = re.match(r"([0-9]{6})(?![0-9])", compact(number))
    if not match:
        return None
    digits = match.group(1)
    return f"{digits[:2]}-{digits[2:]}"


def serial_kind(number: str) -> str:
    """What the serial range was assigned to: newspaper, periodical, online or other.

    A journal whose serial is not ``periodical`` (1000-5999) deserves a warning:
    newspapers' and online serials' numbers are what illegal journals borrow.
    """
    serial = int(validate(number)[2:6])
    if serial < 1000:
        return "newspaper"
    if serial < 6000:
        return "periodical"
    if serial < 9000:
        return "online"
    return "other"


def region(number: str) -> str:
    """The province (Chinese short name) the number was registered in."""
    return REGIONS[validate(number)[:2]]
