"""Words, boxes, fonts and sizes from a PDF page's text layer, and whether to trust it.

One :class:`~pipeline.model.Word` per text line (PyMuPDF `get_text("dict")` lines), in PDF
points on the page as displayed (its /Rotate applied), with the line's dominant font and
size. Character-level detail (every glyph's font and position, tables) is what pdfplumber is
for: :func:`chars` gives it for the forensics rules that need it.
"""

from __future__ import annotations

import statistics
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.forensics import page_parts
from pipeline.model import BBox, Word

if TYPE_CHECKING:
    import pymupdf

# What counts as "real text" when judging a text layer.
MIN_GOOD_CHARS = 6  # fewer visible good characters: no usable text layer
MIN_GOOD_RATIO = 0.75  # share of good characters among non-space characters
MIN_FONT_SIZE = 3.0  # median span size below this (points) is junk or hidden text
IMAGE_PAGE_COVERAGE = 0.5  # images cover at least this share of the page ...
IMAGE_PAGE_MAX_CHARS = 40  # ... and it carries fewer visible good characters: a scan


@dataclass(frozen=True, slots=True)
class TextLayer:
    """A page's text layer and the numbers that decide whether it is usable."""

    words: tuple[Word, ...]
    good_chars: int  # CJK, letters, digits, common punctuation, visible
    bad_chars: int  # U+FFFD, private-use, controls, unassigned
    invisible_chars: int  # render mode 3 or fully transparent
    median_size: float
    image_coverage: float  # 0..1 share of the page under placed images
    #: rectangles (page points, unrotated) of text set in colour (a red heading): a region a
    #: render must look at, as coloured paint is
    coloured: tuple[tuple[float, float, float, float], ...] = ()

    @property
    def good_ratio(self) -> float:
        return self.good_chars / max(self.good_chars + self.bad_chars, 1)

    def usable(self) -> tuple[bool, str]:
        """Whether to take the text layer instead of OCR, and why (for logs and tests)."""
        if self.good_chars < MIN_GOOD_CHARS:
            return False, "no text layer"
        if self.good_ratio < MIN_GOOD_RATIO:
            return False, f"garbled text layer ({self.good_ratio:.0%} readable characters)"
        if self.median_size < MIN_FONT_SIZE:
            return False, f"text layer in tiny font ({self.median_size:.1f} pt)"
        if self.image_coverage >= IMAGE_PAGE_COVERAGE and self.good_chars < IMAGE_PAGE_MAX_CHARS:
            return False, "page is an image with little text"
        return True, "text layer"


@lru_cache(maxsize=1 << 16)  # a page repeats a few hundred characters thousands of times
def char_class(ch: str) -> str:
    """'space', 'good' or 'bad' for one character of a text layer."""
    if ch.isspace():
        return "space"
    if ch == "\ufffd":
        return "bad"
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cc", "Cs"):
        return "bad"
    if cat.startswith(("L", "N", "P")) or cat in ("Sm", "Sc", "So"):
        return "good"
    return "bad"


def has_bad_chars(text: str) -> bool:
    """Whether `text` holds a character the layer lost (U+FFFD, private-use, unassigned,
    control): such a word is also recognised and the better reading kept."""
    return any(char_class(ch) == "bad" for ch in text)


def extract(page: pymupdf.Page) -> TextLayer:
    """The page's text lines as Words in points (rotation applied) with counts to judge them."""
    import pymupdf

    matrix = page.rotation_matrix
    upright = tuple(matrix) == (1, 0, 0, 1, 0, 0)  # most pages: a line's box is as given
    data = page.get_text("dict",
                         flags=pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP)
    words: list[Word] = []
    sizes: list[float] = []
    coloured: list[tuple[float, float, float, float]] = []
    good = bad = 0
    for block in data.get("blocks", []):
        if block.get("type") != 0:
            continue
        for line in block.get("lines", []):
            spans = [s for s in line.get("spans", []) if s.get("text")]
            if not spans:
                continue
            text = "".join(s["text"] for s in spans).strip()
            if not text:
                continue
            weight: dict[tuple[str, float], int] = {}
            for s in spans:
                key = (str(s.get("font", "")), round(float(s.get("size", 0.0)), 1))
                weight[key] = weight.get(key, 0) + len(s["text"].strip())
                sizes.extend([float(s.get("size", 0.0))] * max(len(s["text"].strip()), 1))
            coloured += [tuple(s["bbox"]) for s in spans if _in_colour(int(s.get("color", 0)))]
            font, size = max(weight, key=lambda k: weight[k])
            classes = list(map(char_class, text))
            good += classes.count("good")
            bad += classes.count("bad")
            x0, y0, x1, y1 = line["bbox"]
            if upright and x0 <= x1 and y0 <= y1:
                box = BBox(x0, y0, x1, y1)  # no PyMuPDF Rect per line (issue 14)
            else:
                r = pymupdf.Rect(line["bbox"]) * matrix
                r.normalize()
                box = BBox(r.x0, r.y0, r.x1, r.y1)
            words.append(Word(text, box, 1.0, font, size))
    invisible = _invisible_chars(page)
    return TextLayer(
        words=tuple(words),
        good_chars=max(good - invisible, 0),
        bad_chars=bad,
        invisible_chars=invisible,
        median_size=statistics.median(sizes) if sizes else 0.0,
        image_coverage=image_coverage(page),
        coloured=tuple(coloured),
    )


#: A ring's stroke winds round its own centre at least this share of a full turn (a hand's
#: ring may stop a little short of closing, or run past its start).
RING_TURN = 0.9
#: A ring is drawn round a word or a few: at most this many points high or wide, and at least
#: this many pieces (a curve, not a box of straight rules).
RING_MAX = (240.0, 60.0)
RING_PIECES = 8
#: Two pieces join into one stroke when one ends within this many points of the next's start.
RING_JOIN = 1.0


def rings(page: pymupdf.Page) -> tuple[BBox, ...]:
    """Boxes (page points, rotation applied) of the closed curves drawn on the page round a
    word: a form asks to ring the chosen option (在相应等次上画“○”), and a ring drawn into a
    PDF is a stroke of many short pieces or curves chained end to end, winding once round its
    centre. A table's cells and rules (straight, axis-parallel pieces) are no rings, nor is a
    stroke larger than a few words."""
    import math

    import pymupdf

    chains: list[list[tuple[float, float]]] = []
    straight: list[bool] = []
    key: tuple[object, ...] | None = None
    try:
        drawings = page_parts.drawings(page)
    except (RuntimeError, ValueError):  # a drawing MuPDF cannot parse: no ring is seen
        return ()
    for path in drawings:
        style = (path.get("color"), path.get("width"))
        for item in path.get("items", ()):
            if item[0] not in ("l", "c"):
                key = None  # a rectangle or quad: a box, never part of a ring
                continue
            points = [(float(p.x), float(p.y)) for p in item[1:]]
            flat = item[0] == "l" and (abs(points[0][0] - points[-1][0]) < 0.01
                                       or abs(points[0][1] - points[-1][1]) < 0.01)
            last = chains[-1][-1] if chains and key == style else None
            if last and math.dist(last, points[0]) <= RING_JOIN:
                chains[-1].extend(points[1:])
                straight[-1] = straight[-1] and flat
            else:
                chains.append(points)
                straight.append(flat)
            key = style
    found = []
    for points, flat in zip(chains, straight, strict=True):
        if flat or len(points) < RING_PIECES + 1:
            continue
        cx = sum(x for x, _ in points) / len(points)
        cy = sum(y for _, y in points) / len(points)
        turn = 0.0
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            step = math.atan2(y2 - cy, x2 - cx) - math.atan2(y1 - cy, x1 - cx)
            turn += (step + math.pi) % (2 * math.pi) - math.pi
        if abs(turn) < RING_TURN * 2 * math.pi:
            continue
        r = pymupdf.Rect(min(x for x, _ in points), min(y for _, y in points),
                         max(x for x, _ in points), max(y for _, y in points))
        r = r * page.rotation_matrix
        r.normalize()
        if r.width <= RING_MAX[0] and r.height <= RING_MAX[1]:
            found.append(BBox(r.x0, r.y0, r.x1, r.y1))
    return tuple(found)


def _in_colour(srgb: int) -> bool:
    """Whether a span's sRGB colour is a colour, not black or a gray."""
    channels = ((srgb >> 16) & 255, (srgb >> 8) & 255, srgb & 255)
    return max(channels) - min(channels) >= COLOUR_MIN


#: A span whose channels differ this much (0..255) is set in colour.
COLOUR_MIN = 38


def _invisible_chars(page: pymupdf.Page) -> int:
    """Characters drawn invisibly (render mode 3, as OCR layers are) or fully transparent."""
    try:
        trace = page_parts.texttrace(page)
    except Exception:  # noqa: BLE001 - a damaged content stream: count none
        return 0
    return sum(
        sum(1 for c in t.get("chars", ()) if not chr(c[0]).isspace())
        for t in trace
        if t.get("type") == 3 or float(t.get("opacity", 1.0)) == 0.0
    )


def image_coverage(page: pymupdf.Page) -> float:
    """Share of the page covered by placed images (overlaps counted once, on a coarse grid)."""
    try:
        infos = page_parts.image_infos(page)
    except Exception:  # noqa: BLE001
        return 0.0
    rect = page.rect
    if not infos or rect.is_empty:
        return 0.0
    import numpy as np

    grid = np.zeros((50, 50), dtype=bool)
    matrix = page.rotation_matrix
    for info in infos:
        import pymupdf

        r = (pymupdf.Rect(info["bbox"]) * matrix) & rect
        if r.is_empty:
            continue
        x0, x1 = int(50 * r.x0 / rect.width), int(np.ceil(50 * r.x1 / rect.width))
        y0, y1 = int(50 * r.y0 / rect.height), int(np.ceil(50 * r.y1 / rect.height))
        grid[y0:y1, x0:x1] = True
    return float(grid.mean())


def chars(path: Path, page_no: int) -> list[dict[str, Any]]:
    """pdfplumber's characters of one page (1-based): text, fontname, size, x0, top, x1,
    bottom in points (unrotated page), for rules that compare fonts glyph by glyph."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_no - 1]
        return [
            {k: c[k] for k in ("text", "fontname", "size", "x0", "top", "x1", "bottom")}
            for c in page.chars
        ]


def tables(path: Path, page_no: int) -> list[list[list[str | None]]]:
    """pdfplumber's tables of one page (1-based), rows of cells, for rosters."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return pdf.pages[page_no - 1].extract_tables()
