"""Helpers shared by the rules that compare what was read on uploads with the form."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from extractors import BY_KIND
from pipeline.checks._base import CheckContext
from pipeline.model import DocumentKind, Field
from pipeline.text import nfkc

#: The kinds that name their holder: every kind whose extractor reads a ``name`` (in its
#: FIELDS), so a new kind is compared as soon as it reads one. NAME_MISMATCH holds that name to
#: the applicant's, and a person document on which none was read is "could not verify".
#: Rosters (names in rows) and papers (authors) read no ``name``.
PERSON_KINDS: tuple[DocumentKind, ...] = tuple(
    kind for kind, module in BY_KIND.items() if "name" in module.FIELDS)

_NOISE = re.compile(r"[\s\u3000·•.,，。:：;；、()（）《》<>\[\]【】\"'“”‘’_\-—~]+")


def fold(text: str) -> str:
    """Width-folded, upper-cased, without spaces and punctuation: for comparisons."""
    return _NOISE.sub("", nfkc(text)).upper()


def similar(a: str, b: str) -> float:
    """0..100 similarity of two folded texts."""
    return float(fuzz.ratio(fold(a), fold(b)))


def reliable(found: Field, ctx: CheckContext) -> bool:
    """A read value strong enough to contradict the form: a text layer, or confident OCR.

    stdnum's principle: a false flag on a clean applicant is worse than a miss.
    """
    if found.evidence.source != "ocr":
        return True
    floor = ctx.policy.thresholds.ocr_confidence_min.value
    return found.evidence.confidence is None or found.evidence.confidence >= floor


def same_month(a: str, b: str) -> bool:
    """True when two dates (YYYY-MM[-DD]) fall in the same month."""
    return bool(a) and bool(b) and a[:7] == b[:7]
