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


_STUTTER = re.compile(r"(\w{2,}?)\1")


def stuttered(text: str) -> bool:
    """Whether a fragment of two or more characters is read twice in a row: a seal's arc or a
    photo's curved line recognised in overlapping pieces (西大 + 西大学 → 西大西大学), not a name
    as written. Such a value is not well-formed enough to contradict the form.

    >>> stuttered("西大西大学"), stuttered("广西大学"), stuttered("哈尔滨工业大学")
    (True, False, False)
    """
    return bool(_STUTTER.search(letters_digits(nfkc(text))))
