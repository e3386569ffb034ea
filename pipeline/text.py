"""Text folding that comparisons share: width (NFKC) and keys of letters and digits.

Each comparison keeps its own rule (a paper title ignores case, a unit name keeps it, a
journal name also folds traditional characters); these are the steps they are built from.

>>> letters_digits(nfkc("《软土地基 处理（二）》"))
'软土地基处理二'
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def nfkc(text: str | None) -> str:
    """Full-width to half-width and other compatibility forms (NFKC); None is ''."""
    return unicodedata.normalize("NFKC", text or "")


def letters_digits(text: str) -> str:
    """Only the letters and digits: spaces, punctuation, brackets and '_' removed."""
    return _NOT_WORD.sub("", text)
