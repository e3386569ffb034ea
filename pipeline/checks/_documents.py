"""Helpers shared by the rules that compare what was read on uploads with the form."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from extractors import BY_KIND
from pipeline.checks._base import CheckContext
from pipeline.model import DocumentKind, Field, Page, ReadDocument
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


def held_within(short: str, long: str) -> float:
    """0..100 similarity of `short` to the part of `long` most like it (both folded): how
    nearly `long` holds `short` among other characters.

    >>> round(held_within("结构工程", "本腔绍构工程")), round(held_within("土木工程", "水利工程"))
    (86, 67)
    """
    return float(fuzz.partial_ratio(fold(short), fold(long)))


#: The kinds of school a certificate prints as its heading (普通高等学校毕业证书), not a school.
SCHOOL_CATEGORIES = ("普通高等学校", "成人高等学校", "高等学校", "高等职业学校", "普通高校")
#: The fixed words certificates print as their headings: the school categories and the titles.
PRINTED_HEADINGS = (*SCHOOL_CATEGORIES, "毕业证书", "学位证书", "结业证书", "居民身份证")


def school_category(text: str, floor: float) -> bool:
    """Whether `text` is a kind of school, not a school: one of the headings a certificate
    prints above its text, or that heading a character or two misread (`floor`: the policy's
    similarity of an OCR slip), so a heading caught by a school pattern is never compared as
    the school a person attended.

    >>> school_category("普通商等学校", 70), school_category("重庆高等专科学校", 70)
    (True, False)
    """
    return any(similar(text, category) >= floor for category in SCHOOL_CATEGORIES)


def misread_heading(doc: ReadDocument | None, floor: float) -> str:
    """A line OCR read on `doc` that is one of the fixed headings certificates print, misread
    (as long, at least `floor` alike, and none of them: 普通商等学校): the sign that OCR
    garbles this copy, whatever the extractors made of the line ("" if none).

    >>> from pipeline.model import BBox, Page, Word
    >>> def doc(line):
    ...     words = (Word(line, BBox(0, 0, 90, 20), 0.8),)
    ...     return ReadDocument("a.jpg", "0", (Page(1, 600, 800, words, "ocr:test"),))
    >>> [misread_heading(doc(line), 70) for line in ("普通商等学校", "普通高等学校", "结业证书")]
    ['普通商等学校', '', '']
    """
    if doc is None:
        return ""
    for page in doc.pages:
        for word in page.words:
            if not page.source_of(word).startswith("ocr"):
                continue
            line = fold(word.text)
            if line not in PRINTED_HEADINGS and any(
                    len(line) == len(h) and similar(line, h) >= floor for h in PRINTED_HEADINGS):
                return word.text
    return ""


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


def image_scale(page: Page) -> float | None:
    """Image pixels per unit of the page's coordinates, the image measured as uploaded and the
    words as read, upright (a page the reader turned a quarter stands on the image's width);
    None when the page has no image measurements."""
    if page.quality is None or page.height <= 0:
        return None
    upright_height = (page.quality.width_px if page.rotation in (90, 270)
                      else page.quality.height_px)
    return upright_height / page.height


def glyph_px(found: Field, doc: ReadDocument | None) -> float | None:
    """The size, in image pixels, of one character of a value OCR read: the long side of its
    box over its characters, a Chinese character (or full-width sign) counted as wide as high
    and a Latin letter or digit as half; None when it cannot be measured (no box, no image).
    A diploma shown small in a file manager's preview pane prints its lines at 7-10 px a
    character, a photographed or scanned one at 13-40.

    >>> from pipeline.model import BBox, Evidence, Page, PageQuality, Word
    >>> ev = Evidence("a.jpg", 1, BBox(10, 10, 40, 30), "黄浩斌", "ocr", 0.9)
    >>> q = PageQuality(600, 800, sharpness=100.0, colourfulness=5.0, red_seal_ratio=0.0)
    >>> doc = ReadDocument("a.jpg", "0", (Page(1, 600, 800, (), "ocr:test", quality=q),))
    >>> glyph_px(Field("name", "黄浩斌", ev), doc)
    10.0
    """
    ev = found.evidence
    if doc is None or ev.bbox is None or not ev.page_no or ev.page_no > len(doc.pages):
        return None
    scale = image_scale(doc.pages[ev.page_no - 1])
    chars = sum(0.5 if c.isascii() else 1.0 for c in ev.text if not c.isspace())
    if scale is None or chars < 1:
        return None
    side = max(ev.bbox.x1 - ev.bbox.x0, ev.bbox.bottom - ev.bbox.top)
    return side / chars * scale
