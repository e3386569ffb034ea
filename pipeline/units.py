"""Is this the same employer? Credit code first, else the normalised unit name.

Exports spell unit names with and without brackets, full-width punctuation, middle dots and
trailing spaces; a branch (分公司) is a different unit. Two records are the same unit when both
carry a credit code and the codes are equal, or, when either lacks one, when the
normalised names are equal.

>>> same_unit("", "柳州某某科技有限公司", "", "柳州某某科技有限公司 ")
True
>>> same_unit("91450200MA5K3B7N2U", "A", "91450200MA5K4C8P3L", "A")
False
>>> (normalise_unit_name("（柳州）某某 有限公司"),
...  normalise_unit_name("柳州市某某医院（柳州市某某分院）"))
('柳州某某有限公司', '柳州市某某医院柳州市某某分院')
>>> same_unit("", "广西柳州·某某科技有限公司", "91450200MA5K3B7N2U", "广西柳州某某科技有限公司")
True
"""

from __future__ import annotations

from pipeline.text import letters_digits, nfkc


def normalise_unit_name(name: str) -> str:
    """NFKC (full-width to half-width), without spaces, brackets or punctuation (their
    content is kept: a bracketed branch name still tells two units apart)."""
    return letters_digits(nfkc(name))


def same_unit(code_a: str, name_a: str, code_b: str, name_b: str) -> bool:
    """True when the two (credit code, name) pairs denote the same employer."""
    code_a, code_b = (code_a or "").strip().upper(), (code_b or "").strip().upper()
    if code_a and code_b:
        return code_a == code_b
    return bool(name_a) and normalise_unit_name(name_a) == normalise_unit_name(name_b)
