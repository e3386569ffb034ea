"""A text layer that lost characters, mended by OCR of the same page.

A usable text layer is exact where it is clean. A word of it (one text line) holding U+FFFD,
private-use, unassigned or control characters has lost what it says there: typically a CJK
font without a usable ToUnicode map, as GBK-encoded producers write them, so a name comes out
as ``Buyer：���``. Such a page is also rendered and recognised, and each lost word is replaced
by the OCR words over its box; clean words stay as the layer has them. An OCR line that runs
on over a clean word of the layer (one detected line across two table cells) gives up the
characters that lie over that word, so nothing is read twice. A lost word with no OCR word
over it stays as the layer has it.

Replacement words carry ``source="ocr:<engine>"`` (:attr:`pipeline.model.Word.source`); the
page stays ``read_by="text_layer"``: its boxes are on the page as displayed, like the layer's.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

from pipeline.model import BBox, Word
from pipeline.read.text_layer import has_bad_chars

OVERLAP_MIN = 0.5  # share of the smaller box inside the other for an OCR word to count
ALIGN_MIN = 80.0  # rapidfuzz partial ratio for a clean word's text to be found in an OCR line


def to_page_box(
    box: BBox, *, turn: int, skew: float, size: tuple[float, float], page: tuple[float, float]
) -> BBox:
    """A box from OCR of a page image turned `turn` degrees clockwise and then deskewed by
    `skew` degrees (counter-clockwise, canvas expanded to `size`, in points) back on the page
    as displayed, `page` = (width, height) in points."""
    pw, ph = page
    w, h = (pw, ph) if turn % 180 == 0 else (ph, pw)  # the turned page, before deskew
    a = math.radians(skew)
    cos, sin = math.cos(a), math.sin(a)
    xs, ys = [], []
    for x, y in ((box.x0, box.top), (box.x1, box.top), (box.x0, box.bottom), (box.x1, box.bottom)):
        if skew:  # undo PIL's rotate(skew, expand=True) about the canvas centre
            u, v = x - size[0] / 2, y - size[1] / 2
            x, y = u * cos - v * sin + w / 2, u * sin + v * cos + h / 2
        turn %= 360
        if turn == 90:
            x, y = y, w - x
        elif turn == 180:
            x, y = w - x, h - y
        elif turn == 270:
            x, y = h - y, x
        xs.append(min(max(x, 0.0), pw))
        ys.append(min(max(y, 0.0), ph))
    return BBox(min(xs), min(ys), max(xs), max(ys))


def overlap(a: BBox, b: BBox) -> float:
    """Area of the intersection over the area of the smaller box (0..1)."""
    iw = min(a.x1, b.x1) - max(a.x0, b.x0)
    ih = min(a.bottom, b.bottom) - max(a.top, b.top)
    if iw <= 0 or ih <= 0:
        return 0.0
    smaller = min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    return iw * ih / smaller if smaller > 0 else 0.0


def _same_line(a: BBox, b: BBox) -> bool:
    ih = min(a.bottom, b.bottom) - max(a.top, b.top)
    return ih >= 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def _weight(ch: str) -> float:
    if ch.isspace():
        return 0.5
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55


def _fold(text: str) -> str:
    """NFKC character by character (full-width colon as ':'), keeping one character each."""
    return "".join(unicodedata.normalize("NFKC", ch)[:1] or ch for ch in text)


def _outside(word: Word, clean: Sequence[Word]) -> list[tuple[str, BBox]]:
    """The runs of `word`'s characters that do not repeat a clean layer word of its line, with
    their boxes. The clean word's text is found in the OCR text by fuzzy alignment; where it
    cannot be, by position (each character's extent estimated from its width class)."""
    from rapidfuzz.fuzz import partial_ratio_alignment

    under = [c for c in clean if _same_line(c.bbox, word.bbox)
             and min(c.bbox.x1, word.bbox.x1) > max(c.bbox.x0, word.bbox.x0)]
    if not under:
        return [(word.text, word.bbox)]
    weights = [_weight(ch) for ch in word.text]
    unit = (word.bbox.x1 - word.bbox.x0) / (sum(weights) or 1.0)
    edges = [word.bbox.x0]
    for wt in weights:
        edges.append(edges[-1] + wt * unit)
    covered = [False] * len(word.text)
    folded = _fold(word.text)
    for c in under:
        found = partial_ratio_alignment(_fold(c.text), folded)
        if found.score >= ALIGN_MIN:
            for k in range(found.dest_start, found.dest_end):
                covered[k] = True
            continue
        for k in range(len(word.text)):
            covered[k] = covered[k] or c.bbox.x0 <= (edges[k] + edges[k + 1]) / 2 <= c.bbox.x1
    runs: list[tuple[str, BBox]] = []
    k = 0
    while k < len(word.text):
        if covered[k]:
            k += 1
            continue
        j = k
        while j < len(word.text) and not covered[j]:
            j += 1
        text = word.text[k:j]
        if text.strip():
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            box = BBox(edges[k + lead], word.bbox.top, edges[j - trail], word.bbox.bottom)
            runs.append((text.strip(), box))
        k = j
    return runs


def merge(layer: Sequence[Word], ocr: Sequence[Word], source: str) -> tuple[tuple[Word, ...], int]:
    """The layer's words with each lost word replaced by the OCR words over it (boxes of both
    on the page, in points), and how many lost words were replaced."""
    lost = [i for i, w in enumerate(layer) if has_bad_chars(w.text)]
    if not lost:
        return tuple(layer), 0
    clean = [w for w in layer if not has_bad_chars(w.text)]
    found: dict[int, list[Word]] = {}
    for o in ocr:
        score, best = max((overlap(o.bbox, layer[i].bbox), i) for i in lost)
        if score < OVERLAP_MIN:
            continue
        for text, box in _outside(o, clean):
            found.setdefault(best, []).append(Word(text, box, o.confidence, source=source))
    words: list[Word] = []
    for i, w in enumerate(layer):
        words.extend(found.get(i, [w]))
    return tuple(words), len(found)
