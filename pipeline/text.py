"""Text folding that comparisons share: width (NFKC) and keys of letters and digits.

Each comparison keeps its own rule (a paper title ignores case, a unit name keeps it, a
journal name also folds traditional characters); these are the steps they are built from.

>>> letters_digits(nfkc("《软土地基 处理（二）》"))
'软土地基处理二'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

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


def opencc_entries(name: str) -> Iterator[tuple[str, list[str]]]:
    """The (key, targets) lines of one of OpenCC's dictionary files (``TSCharacters.txt``:
    書 → [书]). Raises ImportError without OpenCC (a declared dependency), OSError without the
    file, when iterated."""
    import opencc

    with open(Path(opencc.__file__).parent / "dictionary" / name, encoding="utf-8") as handle:
        for line in handle:
            key, _, values = line.rstrip("\n").partition("\t")
            yield key, values.split()


@functools.cache
def _traditional_table() -> dict[int, str]:
    """Each traditional character OpenCC's t2s maps to exactly one simplified character (書 →
    书, 職 → 职); characters with several readings (乾 干/乾, 於 于/於) are left out, so the
    fold never has to choose. Empty when OpenCC (a declared dependency) is not installed."""
    try:
        return {ord(key): targets[0] for key, targets in opencc_entries("TSCharacters.txt")
                if len(key) == 1 and len(targets) == 1 and len(targets[0]) == 1
                and targets[0] != key}
    except (ImportError, OSError):  # pragma: no cover - declared dependency, unusual install
        return {}


def fold_traditional(text: str) -> str:
    """Traditional characters written as their simplified forms, one character for one, so
    positions in `text` still hold: a document in traditional script (a Hong Kong or Taiwan
    unit's 聘書) says the same words as a simplified one, and its fields are compared with
    forms filled in simplified characters. Characters with more than one simplified reading
    are kept as written.

    >>> fold_traditional("茲聘請陳大文擔任本會 高級講師 職務")
    '兹聘请陈大文担任本会 高级讲师 职务'
    """
    return text.translate(_traditional_table())
