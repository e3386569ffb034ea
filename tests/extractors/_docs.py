"""Hand-built ReadDocuments for extractor tests: lines of text with synthetic boxes."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from pipeline.model import BBox, Page, ReadDocument, Word

CHAR_W = 12.0
LINE_H = 14.0


def _width(text: str) -> float:
    return sum(CHAR_W if ord(c) > 0x2E80 else CHAR_W * 0.55 for c in text)


def line_words(
    line: str,
    y: float,
    *,
    x: float = 40.0,
    split: bool = False,
    size: float = LINE_H,
    conf: float = 0.95,
) -> list[Word]:
    """One OCR-like Word per line, or (split=True) one Word per space-separated token."""
    if not split:
        box = BBox(x, y, x + max(_width(line), 1.0), y + size)
        return [Word(line, box, conf, size=size)]
    words = []
    for token in line.split(" "):
        if token:
            words.append(Word(token, BBox(x, y, x + _width(token), y + size), conf, size=size))
        x += _width(token) + CHAR_W * 0.55
    return words


def make_doc(
    *pages: Sequence[str] | str,
    ocr: bool = True,
    split: bool = False,
    file: str = "doc.pdf",
    sizes: dict[int, float] | None = None,
) -> ReadDocument:
    """A document from pages of lines ("\\n"-separated string or a list of lines)."""
    built = []
    for page_no, lines in enumerate(pages, start=1):
        if isinstance(lines, str):
            lines = lines.split("\n")
        words: list[Word] = []
        y = 40.0
        for i, line in enumerate(lines):
            size = (sizes or {}).get(i, LINE_H)
            words.extend(line_words(line, y, split=split, size=size))
            y += size * 1.6
        built.append(
            Page(page_no, 595.0, 842.0, tuple(words), "ocr:test 1.0" if ocr else "text_layer")
        )
    digest = hashlib.sha256(repr(pages).encode()).hexdigest()
    return ReadDocument(file, digest, tuple(built))


def table_doc(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    above: Sequence[str] = (),
    below: Sequence[str] = (),
    col_x: Sequence[float] | None = None,
    jitter: float = 0.0,
    ocr: bool = True,
) -> ReadDocument:
    """A table: one Word per cell at column x positions; `above`/`below` are plain lines."""
    col_x = col_x or [40.0 + 90.0 * i for i in range(len(header))]
    words: list[Word] = []
    y = 40.0
    for line in above:
        words.extend(line_words(line, y))
        y += LINE_H * 1.8
    for r, cells in enumerate([header, *rows]):
        for c, cell in enumerate(cells):
            if not cell:
                continue
            for k, part in enumerate(cell.split("\n")):  # line breaks inside a cell
                dy = jitter * (((r + c) % 3) - 1) + k * LINE_H * 1.1
                x = col_x[c]
                words.append(Word(part, BBox(x, y + dy, x + _width(part), y + dy + LINE_H), 0.9))
        y += LINE_H * (1.8 + 1.1 * max(cell.count("\n") for cell in cells))
    for line in below:
        words.extend(line_words(line, y))
        y += LINE_H * 1.8
    page = Page(1, 842.0, 595.0, tuple(words), "ocr:test 1.0" if ocr else "text_layer")
    return ReadDocument("roster.pdf", "0" * 64, (page,))


def vertical_doc(columns: Sequence[str], *, file: str = "聘书.pdf",
                 landscape: bool = True) -> ReadDocument:
    """A text layer set vertically (竖排): one Word per character, each column of `columns`
    top to bottom, the columns from the right edge leftwards (as a 聘书 or award prints)."""
    width, height = (842.0, 595.0) if landscape else (595.0, 842.0)
    words: list[Word] = []
    x = width - 60.0
    for column in columns:
        y = 60.0
        for c in column:
            if c != " ":
                words.append(Word(c, BBox(x, y, x + 20.0, y + 20.0), 1.0, size=20.0))
            y += 24.0  # characters set apart (字距) as a column's are
        x -= 60.0
    page = Page(1, width, height, tuple(words), "text_layer")
    return ReadDocument(file, hashlib.sha256(repr(columns).encode()).hexdigest(), (page,))
