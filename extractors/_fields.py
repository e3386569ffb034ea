r"""Shared finders for the extractors: one text index per document, labelled values, dates.

Every extractor works on a :class:`TextIndex`: the document's words, normalised (full-width
to half-width, NFKC) and grouped into lines by their boxes, joined into one string with
``\n`` between lines and a blank line between pages. Each character of that string knows the
word it came from and its estimated horizontal extent inside the word's box, so a regular
expression match on the string becomes :class:`pipeline.model.Evidence` with the page, the
box of just the characters matched, the text read, the source (``text_layer`` or ``ocr``)
and the lowest confidence of the words involved.

The finders tolerate what real documents do:

* labels spaced out or split over words (``校    名：``), full- and half-width colons;
* values on the same word, the next word, or the next line (``校名：`` at a line end);
* values broken over lines (``柳州某某科技\n有限公司``);
* dates as ``2019.01``, ``2019-1-2``, ``2019年1月``, ``二〇一二年六月三十日`` (also with OCR's
  ``O``/``0`` for ``〇`` and ``曰`` for ``日``), read by :func:`pipeline.dates.parse_partial_date`;
* number look-alikes inside identifiers (``O``→0, ``l``/``I``→1).

>>> norm("校名：重庆大学（本部）　２０１２")
'校名:重庆大学(本部) 2012'
>>> compact_digits("45O2O2l99OO3121234")
'450202199003121234'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from stdnum.cn import uscc

from pipeline.dates import PartialDate, cn_count, parse_partial_date
from pipeline.model import BBox, Evidence, Field, Page, ReadDocument, Word
from pipeline.person_names import well_formed_name
from pipeline.redact import mask_id_number
from pipeline.text import fold_traditional
from pipeline.titles import LEVELS, TITLE, TITLE_RE, level_value, title_level  # noqa: F401 - re-exported

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
_EXTRA = str.maketrans({
    "—": "-", "–": "-", "―": "-", "‐": "-", "‑": "-", "~": "-", "〜": "-",
    "•": "·", "・": "·", "‧": "·", "∙": "·", "．": ".", "。": "。", "、": "、",
    "“": '"', "”": '"', "‘": "'", "’": "'", "《": "《", "》": "》",
    "\u3000": " ", "\t": " ", "\r": " ",
})


def norm(text: str) -> str:
    """Full-width to half-width (NFKC) and a few dash/dot look-alikes to one form."""
    return unicodedata.normalize("NFKC", text).translate(_EXTRA)


def squash(text: str) -> str:
    """The text without any whitespace (values like names and schools never contain any)."""
    return re.sub(r"\s+", "", text)


_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "〇": "0", "I": "1", "l": "1", "|": "1",
                                   "x": "X", "×": "X"})


def compact_digits(text: str) -> str:
    """Remove spaces and read letters that OCR confuses with digits as digits."""
    return squash(text).translate(_DIGIT_LOOKALIKES)


def spaced(label: str) -> str:
    r"""A regex for `label` with any whitespace allowed between its characters.

    >>> spaced("校名")
    '校\\s*名'
    """
    return r"\s*".join(re.escape(c) for c in label)


def any_label(labels: Iterable[str]) -> str:
    """A regex alternation of spaced labels, longest first."""
    return "(?:" + "|".join(spaced(x) for x in sorted(labels, key=len, reverse=True)) + ")"


# --------------------------------------------------------------------------- the text index


@dataclass(frozen=True, slots=True)
class _Char:
    page_no: int
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float
    source: str
    word_id: int


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page: its span in :attr:`TextIndex.text` and vertical extent."""

    page_no: int
    start: int
    end: int
    top: float
    bottom: float


def _char_weight(c: str) -> float:
    if c.isspace():
        return 0.5
    return 1.0 if unicodedata.east_asian_width(c) in "WF" else 0.55


def _slanted(words: Sequence[Word]) -> set[int]:
    """Words set on a slant across the page (a diagonal 仅限……使用 stamp or watermark): a box
    far taller than the page's lines of text and taller than its characters are wide (also a
    cover's title set one character above the other). Its box spans several lines; clustered
    with them it would run them into one. Narrow ones side by side are columns of 竖排 text,
    each a line of its own kind, and stay.

    The page's line height is its median word's, unless that word is itself one set on a
    slant (far taller than the page's upright words, those no taller than their characters
    are wide): a watermark tiled over the page or a glare streak a text layer carries as runs
    of ━ may outnumber the lines of text, and then the upright words set their height."""
    heights = sorted(w.bbox.bottom - w.bbox.top for w in words)
    if len(heights) < 5:
        return set()
    typical = heights[len(heights) // 2]
    upright = sorted(w.bbox.bottom - w.bbox.top for w in words
                     if w.bbox.bottom - w.bbox.top
                     <= 1.5 * (w.bbox.x1 - w.bbox.x0) / max(len(w.text.strip()), 1))
    if upright and typical > 2.5 * upright[len(upright) // 2]:
        typical = upright[len(upright) // 2]
    tall = []
    for w in words:
        n = len(w.text.strip())
        height = w.bbox.bottom - w.bbox.top
        if n >= 2 and height > 2.5 * typical and height > 1.5 * (w.bbox.x1 - w.bbox.x0) / n:
            tall.append(w)
    columns = [w for w in tall if w.bbox.x1 - w.bbox.x0 < 0.5 * (w.bbox.bottom - w.bbox.top)]
    if len(columns) >= _VERTICAL_RUN:  # columns side by side: 竖排 text, read as such
        tall = [w for w in tall if w not in columns]
    return {id(w) for w in tall}


#: Narrow words standing taller than the page's lines that make its text 竖排 columns
_VERTICAL_RUN = 3


#: How many times taller than the page's usual (median) word a word is when it is no word of
#: any line: a watermark's or a logo's one big glyph set behind the text (水 over a letter's
#: signature), never a heading.
_GIANT = 4.0


def _giant(w: Word, usual: float) -> bool:
    """Whether `w` is one big glyph (:data:`_GIANT` times the usual word's height, and about as
    wide as tall): never a column of characters set one under another (竖排 labels, narrow)."""
    height, width = w.bbox.bottom - w.bbox.top, w.bbox.x1 - w.bbox.x0
    return height > _GIANT * usual and width >= 0.5 * height


def _group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words clustered into lines by vertical overlap, each line sorted left to right. A word
    set on a slant is a line of its own, placed by its centre; so is a word many times taller
    than the page's usual word (:data:`_GIANT`), set aside before the lines are grouped so
    that none of them is parted or joined by it."""
    heights = sorted(w.bbox.bottom - w.bbox.top for w in words)
    usual = heights[len(heights) // 2] if heights else 0.0
    apart = _slanted(words) | {id(w) for w in words if usual > 0 and _giant(w, usual)}
    lines: list[tuple[float, float, list[Word]]] = []
    for w in sorted(words, key=lambda w: (w.bbox.top + w.bbox.bottom) / 2):
        if id(w) in apart:
            continue
        centre = (w.bbox.top + w.bbox.bottom) / 2
        height = max(w.bbox.bottom - w.bbox.top, 1e-6)
        if lines:
            top, bottom, members = lines[-1]
            overlap = min(bottom, w.bbox.bottom) - max(top, w.bbox.top)
            if top <= centre <= bottom and overlap >= 0.5 * min(height, bottom - top):
                members.append(w)
                lines[-1] = (min(top, w.bbox.top), max(bottom, w.bbox.bottom), members)
                continue
        lines.append((w.bbox.top, w.bbox.bottom, [w]))
    lines += [(w.bbox.top, w.bbox.bottom, [w]) for w in words if id(w) in apart]
    lines.sort(key=lambda line: (line[0] + line[1]) / 2)
    return [sorted(m, key=lambda w: w.bbox.x0) for _, _, m in lines]


#: How far (a share of the line's height) two words of a line may overlap and still be two
#: detections side by side: their boxes' padding; more is one strip detected twice
#: (:meth:`TextIndex.redetected`).
_REDETECTED = 0.2


#: A spreadsheet's grid on screen shows at least this many column letters (A B C) in a row
#: and this many row numbers (1 2 3) down its gutter.
_SHEET_RUN = 3
_SHEET_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:_SHEET_RUN])


def _without_row_numbers(words: Sequence[Word]) -> Sequence[Word]:
    """`words` less a spreadsheet's row numbers, when the page shows one on screen (Excel, WPS,
    腾讯文档): its columns headed by letters A B C … in a row, and down the gutter left of
    column A the sheet's line numbers 1 2 3 …, one down from the last. They number the sheet's
    lines, not the table's entries, and would read as the first cell of every row ("2 序号
    姓名 …"), so no header would be found. Without both signs the words stay as they are."""
    if not _SHEET_LETTERS <= {w.text.strip() for w in words}:
        return words  # no column letters A B C read: no sheet, and no lines grouped to look
    letters = next((line for line in _group_lines(words) if _column_letters(line)), None)
    if letters is None:
        return words
    below, left = letters[0].bbox.bottom, letters[0].bbox.x0
    gutter = sorted((w for w in words if w.bbox.top >= below and w.bbox.x1 < left
                     and re.fullmatch(r"\d{1,4}", w.text.strip())), key=lambda w: w.bbox.top)
    runs: list[list[Word]] = []
    for w in gutter:  # runs numbered on by one, each line under the last
        if runs and int(w.text) == int(runs[-1][-1].text) + 1:
            runs[-1].append(w)
        else:
            runs.append([w])
    run = max(runs, key=len, default=[])
    if len(run) < _SHEET_RUN:
        return words
    drop = {id(w) for w in run}
    return [w for w in words if id(w) not in drop]


def _column_letters(line: Sequence[Word]) -> bool:
    """Whether a line is a spreadsheet's column letters: A B C … in order, one word each, and
    nothing else on the line but a glyph at most (the corner's select-all mark)."""
    letters = [w.text.strip() for w in line if re.fullmatch(r"[A-Z]", w.text.strip())]
    return (len(letters) >= _SHEET_RUN and len(line) - len(letters) <= 1
            and "".join(letters) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:len(letters)])


class TextIndex:
    """A document's normalised text with the page and box of every character."""

    def __init__(self, doc: ReadDocument, *, fold: bool = False, blanks: bool = False) -> None:
        self.file = doc.file
        self._rings = {page.page_no: page.rings for page in doc.pages}
        parts: list[str] = []
        chars: list[_Char | None] = []
        self.lines: list[Line] = []
        self._aslant: set[int] = set()  # the starts of lines set aslant (see :meth:`aslant`)
        for page in doc.pages:
            if parts:
                parts.append("\n\n")
                chars.extend([None, None])
            first = True
            for half, words in enumerate(_facing_pages(page)):
                if half:  # the right-hand page of a spread reads as a page of its own
                    parts.append("\n\n")
                    chars.extend([None, None])
                    first = True
                self._add_lines(page, _without_row_numbers(words), parts, chars, first)
                first = False
        #: the text as read; :attr:`text` is what the finders search (traditional characters
        #: folded to simplified ones when `fold`; with `blanks`, a printed form's fill-in
        #: underlines, which OCR reads as runs of _, as spaces: the ruling a value is written
        #: on is never part of it, 聘期自_2016年_4月 is 2016年 4月), the same length, so
        #: positions are shared
        self.read_text = "".join(parts)
        text = fold_traditional(self.read_text) if fold else self.read_text
        self.text = text.replace("_", " ") if blanks else text
        self._chars = chars
        assert len(self.text) == len(chars)
        self.compact = squash(self.text)

    def _add_lines(self, page: Page, words: Sequence[Word], parts: list[str],
                   chars: list[_Char | None], first: bool) -> None:
        """Append `words`, grouped into lines, to the text being built. Text set vertically
        (竖排) is read as a person reads it: each column a line, the columns right to left."""
        vertical = _vertical_columns(words)
        grouped = vertical[0] if vertical else words
        slanted = _slanted(grouped)
        for line_words in _group_lines(grouped):
            if not first:
                parts.append("\n")
                chars.append(None)
            first = False
            start = len(chars)
            prev: Word | None = None
            for w in line_words:
                text = norm(w.text)
                if not text.strip():
                    continue
                if prev is not None:
                    height = max(w.bbox.bottom - w.bbox.top, 1.0)
                    gap = w.bbox.x0 - prev.bbox.x1
                    # a column's characters are set apart more than a line's (字距)
                    spaced_out = gap > (0.5 if vertical else 0.15) * height
                    # down a column every character stands in its own cell, digits too: a
                    # number written digit by digit down a column (a certificate's number
                    # under 证书编号, 2014 of a date) is one number, parted only by a wider gap
                    joined = vertical or (_cjk_end(prev.text) and _cjk_start(text))
                    if spaced_out or not joined:
                        parts.append(" ")
                        chars.append(None)
                parts.append(text)
                chars.extend(_place(text, vertical[1][id(w)] if vertical else w, page))
                prev = w
            tops = [w.bbox.top for w in line_words]  # of a column: its place in reading order
            bottoms = [w.bbox.bottom for w in line_words]
            if len(line_words) == 1 and id(line_words[0]) in slanted:
                self._aslant.add(start)
            self.lines.append(Line(page.page_no, start, len(chars), min(tops), max(bottoms)))

    # ------------------------------------------------------------------ evidence and fields

    def evidence(self, start: int, end: int,
                 parts: Sequence[tuple[int, int]] = ()) -> Evidence | None:
        """Evidence for text[start:end]: page, box of those characters, text, source, confidence.

        With `parts` (a table cell wrapped over lines that interleave with other columns), the
        characters of those spans only: the box holds them alone, the text is theirs joined.
        """
        spans = parts or ((start, end),)
        placed = [c for s, e in spans for c in self._chars[s:e] if c is not None]
        if not placed:
            return None
        page_no = placed[0].page_no
        on_page = [c for c in placed if c.page_no == page_no]
        box = BBox(min(c.x0 for c in on_page), min(c.top for c in on_page),
                   max(c.x1 for c in on_page), max(c.bottom for c in on_page))
        source = "ocr" if placed[0].source.startswith("ocr") else "text_layer"
        return Evidence(
            file=self.file,
            page_no=page_no,
            bbox=box,
            text=mask_ids(" ".join(self.read_text[s:e].strip() for s, e in spans)),
            source=source,  # type: ignore[arg-type]
            confidence=round(min(c.confidence for c in placed), 4),
        )

    def field(self, name: str, value: str | None, start: int, end: int,
              parts: Sequence[tuple[int, int]] = ()) -> Field | None:
        """A Field for `value` read at text[start:end] (or from `parts`: see :meth:`evidence`),
        or None when there is nothing."""
        if not value:
            return None
        ev = self.evidence(start, end, parts)
        return Field(name, value, ev) if ev else None

    def aslant(self, line: Line) -> bool:
        """Whether the line is a run of text set on a slant across the page (a diagonal
        watermark or 仅限……使用 stamp, :func:`_slanted`): never part of the page's own text."""
        return line.start in self._aslant

    def line_start(self, pos: int) -> int:
        """Where the text line holding `pos` begins (after the newline before it)."""
        return self.text.rfind("\n", 0, pos) + 1

    def line_end(self, pos: int) -> int:
        """Where the text line holding `pos` ends: its newline, or the text's end."""
        end = self.text.find("\n", pos)
        return len(self.text) if end == -1 else end

    def line_at(self, pos: int) -> Line | None:
        """The line holding character `pos`."""
        for line in self.lines:
            if line.start <= pos <= line.end:
                return line
        return None

    def char_x(self, pos: int) -> float | None:
        """Horizontal centre of character `pos`, or None for separators."""
        c = self._chars[pos] if 0 <= pos < len(self._chars) else None
        return None if c is None else (c.x0 + c.x1) / 2

    def x_span(self, start: int, end: int) -> tuple[float, float] | None:
        """Left and right edges of the characters in text[start:end], or None."""
        placed = [c for c in self._chars[start:end] if c is not None]
        return (min(c.x0 for c in placed), max(c.x1 for c in placed)) if placed else None

    def redetected(self, start: int, end: int) -> bool:
        """Whether text[start:end] is joined from two OCR words on one line whose boxes overlap
        by more than :data:`_REDETECTED` of the line's height. A line is detected as one box,
        or as boxes parted by a gap; two boxes over the same strip are the detector finding it
        twice where a seal or a stroke crosses it, and what lies under the overlap was read in
        neither or in both (桂林 | 科技大学 over 桂林电子科技大学 under the school's seal): the
        joined text is no sure read of the line."""
        for a, b in itertools.pairwise(self._chars[start:end]):
            if (a is not None and b is not None and a.word_id != b.word_id
                    and a.page_no == b.page_no
                    and a.x1 - b.x0 > _REDETECTED * max(b.bottom - b.top, 1.0)):
                return True
        return False

    def ringed(self, start: int, end: int) -> bool:
        """Whether text[start:end] has a ring drawn round it by hand (a chosen option ringed
        among printed ones): a ring of its page encloses all its characters and is no more
        than a ring round them, not round the whole line or a box of the form."""
        placed = [c for c in self._chars[start:end] if c is not None]
        if not placed or len({c.page_no for c in placed}) != 1:
            return False
        x0, x1 = min(c.x0 for c in placed), max(c.x1 for c in placed)
        top, bottom = min(c.top for c in placed), max(c.bottom for c in placed)
        h = bottom - top
        return any(r.x0 <= x0 and x1 <= r.x1 and r.top <= top and bottom <= r.bottom
                   and r.x1 - r.x0 <= x1 - x0 + 4 * h and r.bottom - r.top <= 4 * h
                   for r in self._rings.get(placed[0].page_no, ()))

    def word_count(self, start: int, end: int) -> int:
        """How many distinct words the characters of text[start:end] come from."""
        return len({c.word_id for c in self._chars[start:end] if c is not None})

    def char_height(self, pos: int) -> float:
        """Height of character `pos`'s word box (a font-size proxy when sizes are unknown)."""
        c = self._chars[pos] if 0 <= pos < len(self._chars) else None
        return 0.0 if c is None else c.bottom - c.top

    def cell_end(self, start: int, end: int) -> int:
        """Where the value in text[start:end] ends at a table cell's edge: the first space
        wider than :data:`CELL_GAP` character heights ("姓名 张梅      部门 技术部").
        Spaces inside one word box (positions estimated) never count."""
        for pos in range(start + 1, end):
            if self.text[pos] != " ":
                continue
            before = self._chars[pos - 1]
            after = next((c for c in self._chars[pos + 1:end] if c is not None), None)
            if before is None or after is None or before.word_id == after.word_id:
                continue
            height = max(before.bottom - before.top, after.bottom - after.top, 1e-6)
            if after.x0 - before.x1 > CELL_GAP * height:
                return pos
        return end

    def _token_below(self, line: Line, below: Line, label_start: int,
                     label_end: int) -> tuple[int, int] | None:
        """The column by count where one box holds the whole header row (positions inside a
        box are estimates): the label's space-separated token and the token at the same place
        of the next line, when both lines have as many tokens."""
        head = list(re.finditer(r"\S+", self.text[line.start:line.end]))
        row = list(re.finditer(r"\S+", self.text[below.start:below.end]))
        at = [i for i, t in enumerate(head)
              if line.start + t.start() <= label_start and label_end <= line.start + t.end() + 1]
        if len(head) != len(row) or len(at) != 1:
            return None
        token = row[at[0]]
        return below.start + token.start(), below.start + token.end()

    def one_row_below(self, pos: int) -> bool:
        """Whether the line holding `pos` heads a table of one row: the line after the next
        one (if any) has another count of space-separated cells than the header."""
        at = [i for i, ln in enumerate(self.lines) if ln.start <= pos <= ln.end]
        if not at or at[0] + 1 >= len(self.lines):
            return False
        i = at[0]
        if i + 2 >= len(self.lines) or self.lines[i + 2].page_no != self.lines[i].page_no:
            return True

        def cells(ln: Line) -> int:
            return len(self.text[ln.start:ln.end].split())
        return cells(self.lines[i + 2]) != cells(self.lines[i])

    def cell_below(self, label_start: int, label_end: int) -> tuple[int, int] | None:
        """The span of the line below a label that sits in the label's column.

        A form's header row ("姓名 性别 出生年月 工作单位") has its values in the row under
        it: a person reads each label's value straight below it. The column runs halfway to
        the label's neighbours on its own line; the words of the next line whose centres fall
        in it are the value. None when the label has no neighbour on its line (a value under
        a lone label is the whole line, read as before) or there is no line below on the page.
        """
        line = self.line_at(label_start)
        if line is None:
            return None
        below = next((ln for ln in self.lines if ln.start > line.end), None)
        if below is None or below.page_no != line.page_no or below.start != line.end + 1:
            return None
        span = self.x_span(label_start, label_end)
        if span is None:
            return None
        before = [c for c in self._chars[line.start:label_start] if c is not None]
        after = [c for c in self._chars[label_end:line.end] if c is not None]
        if not before and not after:
            return None
        label_words = {c.word_id for c in self._chars[label_start:label_end] if c is not None}
        if any(c.word_id in label_words for c in (before[-1:] + after[:1])):
            return self._token_below(line, below, label_start, label_end)
        left = (before[-1].x1 + span[0]) / 2 if before else float("-inf")
        right = (span[1] + after[0].x0) / 2 if after else float("inf")
        words: dict[int, list[int]] = {}
        for pos in range(below.start, below.end):
            c = self._chars[pos]
            if c is not None:
                words.setdefault(c.word_id, []).append(pos)
        inside = [ps for ps in words.values()
                  if left <= (self._chars[ps[0]].x0 + self._chars[ps[-1]].x1) / 2 <= right]
        if not inside:
            return None
        return min(ps[0] for ps in inside), max(ps[-1] for ps in inside) + 1

    def header_row(self, pos: int, *, years: bool = False) -> Line | None:
        """The line holding `pos` when it is a table's header row: two or more cells, each a
        label (聘任单位 聘任职务 聘任起止时间 单位盖章), so none of them is a value. With
        `years`, for a list rating each year in a column of its own, a year cell (2021年) heads
        that year's column: a label too."""
        line = self.line_at(pos)
        if line is None:
            return None
        cells = [squash(self.text[a:b]) for a, b in self.header_cells(line)]
        if len(cells) >= 2 and all(_HEADER_CELL.fullmatch(c) or years and _YEAR_CELL.fullmatch(c)
                                   for c in cells):
            return line
        return None

    def header_cells(self, line: Line) -> list[tuple[int, int]]:
        """The spans of `line`'s space-separated cells, a label printed spaced out over a
        cell's width (姓  名, 岗  位, 出 生 年 月) taken as one cell: a run of single
        characters is joined, from its first character, into the shortest label it spells."""
        tokens = [(line.start + m.start(), line.start + m.end())
                  for m in re.finditer(r"\S+", self.text[line.start:line.end])]
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            j = i
            if re.fullmatch(f"[{CJK}]", self.text[tokens[i][0]:tokens[i][1]]):
                while (j + 1 < len(tokens) and j - i < 7
                       and re.fullmatch(f"[{CJK}]", self.text[tokens[j + 1][0]:tokens[j + 1][1]])):
                    j += 1
                    label = "".join(self.text[a:b] for a, b in tokens[i:j + 1])
                    if _HEADER_CELL.fullmatch(label):
                        break
                else:
                    j = i
            out.append((tokens[i][0], tokens[j][1]))
            i = j + 1
        return out

    def column_cell(self, pos: int) -> tuple[tuple[int, int], ...]:
        """The first cell under the header cell holding `pos`, wrapped over as many lines as
        it takes ("柳州市安居物 / 业服务有限公 / 司"), as spans of whole words in reading order.

        The column runs halfway to the neighbouring header cells. The cell starts with the
        column's first word below the header (within a few line heights) and takes the words
        under it while each follows the last within :data:`WRAP_GAP` of a line height (a
        wrapped line; the next row of a table stands further off). Empty when `pos` is not
        in a header row or nothing is written under it.
        """
        line = self.header_row(pos)
        if line is None:
            return ()
        token = next(((a, b) for a, b in self.header_cells(line) if a <= pos < b), None)
        if token is None:
            return ()
        span = self.x_span(*token)
        if span is None:
            return ()
        before = [c for c in self._chars[line.start:token[0]] if c is not None]
        after = [c for c in self._chars[token[1]:line.end] if c is not None]
        left = (before[-1].x1 + span[0]) / 2 if before else float("-inf")
        right = (span[1] + after[0].x0) / 2 if after else float("inf")
        height = max(line.bottom - line.top, 1e-6)
        words: dict[int, list[int]] = {}
        for below in self.lines:
            if below.page_no != line.page_no or below.start <= line.end:
                continue
            for p in range(below.start, below.end):
                c = self._chars[p]
                if c is not None:
                    words.setdefault(c.word_id, []).append(p)
        column = []  # (top, bottom, start, end, inside the column)
        for ps in words.values():
            a, b = self._chars[ps[0]], self._chars[ps[-1]]
            if a is None or b is None:
                continue
            inside = min(b.x1, right) - max(a.x0, left)
            share = inside / max(b.x1 - a.x0, 1e-6)
            if inside <= 0.25 * min(b.x1 - a.x0, span[1] - span[0]):
                continue  # a neighbouring column's word, at most touching this one
            # a box running over other columns (a whole row read as one) is no cell of this one
            centred = left <= (a.x0 + b.x1) / 2 <= right
            column.append((a.top, a.bottom, ps[0], ps[-1] + 1, centred and share >= 0.5))
        column.sort()
        if not column or not column[0][4] or column[0][0] - line.bottom > _FIRST_ROW_GAP * height:
            return ()
        cell = [column[0]]
        bottom = column[0][1]
        for top, bot, start, end, own in column[1:]:
            if not own or top - bottom > WRAP_GAP * max(bot - top, cell[-1][1] - cell[-1][0]):
                break
            cell.append((top, bot, start, end, own))
            bottom = max(bottom, bot)
        return tuple((start, end) for _, _, start, end, _ in cell)

    def column_hit(self, pos: int) -> Hit | None:
        """:meth:`column_cell` as a hit: its words joined without spaces."""
        parts = self.column_cell(pos)
        if not parts:
            return None
        value = "".join(squash(self.text[s:e]) for s, e in parts)
        return Hit(value, parts[0][0], parts[-1][1], parts)

    def column_text(self, pos: int) -> tuple[str, list[int]]:
        """:meth:`column_cell`'s words joined by spaces, with the index position of each
        character (-1 for the added spaces), for patterns that read a cell's text."""
        chars: list[str] = []
        where: list[int] = []
        for s, e in self.column_cell(pos):
            if chars:
                chars.append(" ")
                where.append(-1)
            chars.extend(self.text[s:e])
            where.extend(range(s, e))
        return "".join(chars), where


#: Wrapped lines of one table cell stand at most this many line heights apart.
WRAP_GAP = 0.8
#: A header's first value row starts within this many header-line heights below it.
_FIRST_ROW_GAP = 4.0
#: A header cell: a label naming a column (…单位, …职务, …时间, 姓名, 备注, 录入人, …), never a
#: value.
_HEADER_CELL = re.compile(
    # a column about one year may name it first (2023年度考核结果, 2023年学时)
    r"(?:(?:19|20)\d{2} ?年 ?(?:度 ?)?)?"
    rf"(?:[{CJK}()（）/] ?){{0,10}}(?:单位|职务|岗位|职称|时间|日期|期限|年月|盖章|签章|签字|"
    r"姓名|名称|编号|号码|证号|等次|结果|意见|专业|学历|学位|性别|年龄|备注|序号|级别|部门|年度|学时|"
    r"类别|内容|民族|籍贯|面貌|学制|层次|院校|工号|科目|达标|情况|签名|科室|处室|等级|聘期|任期"
    r"|票数|票率|得票|得分"
    # a column of each row's sum (合计, 小计) and one where an office stamps each row as it
    # registers it (登记章, 审验章, 公章), and the year column named 年份: labels, never values
    r"|合计|小计|总计|累计|登记章|审验章|验证章|公章|印章|年份"
    # a pay table's columns (薪级, 薪级工资, 晋升后薪级, 岗位工资, 津贴)
    r"|薪级|工资|津贴|补贴"
    # a payroll sheet's money columns (发放标准, 应发金额, 代扣个税, 实发金额)
    r"|金额|标准|个税"
    # who did the entry, a column of a record kept in an office system (录入人, 经办人)
    r"|录入人|经办人|审核人|审批人|填报人|填表人|复核人|登记人"
    # a personnel system's record of appointments (聘任开始, 聘任结束, 聘任文号, 状态) and its
    # menu's section beside it (职称聘任)
    r"|开始|结束|起始|终止|文号|状态|聘任"
    # an office system's list ends with its column of each row's actions (操作: 查看, 编辑)
    r"|操作"
    # a column of each row's place in an order (署名顺序, 作者排序, 排名次序): a rank, never a name
    r"|顺序|排序|次序"
    # a results list each person confirms in a column of its own (本人确认: 已确认); a value
    # says who did (已确认, 未确认), so only the person's own confirming names the column
    r"|本人确认|个人确认|是否确认)"
    rf"(?:[(（][{CJK}]{{1,6}}[)）])?"  # 公需科目（学时）
    # a tally's column names what it counts with the count's unit: 优秀（票）, 赞成（人）
    rf"|[{CJK}]{{1,6}} ?[(（] ?(?:票|人|分|次|%|％) ?[)）]"
    # a list of graduates or staff heads the column of each one's college with the bare kind
    # of unit (学院, 院系, 系别): no unit's name, so a label, while 土木工程学院 stays a value
    r"|学 ?院|院 ?系|系 ?别|院 ?[(（] ?系 ?[)）]|所在学院|所在院系"
)


_VERTICAL_MIN = 8  # characters stacked one under another before a page counts as 竖排


def _vertical_columns(words: Sequence[Word]) -> tuple[list[Word], dict[int, Word]] | None:
    """Text set in vertical columns read right to left (the 竖排 of a traditional 聘书 or
    award), as a text layer gives it: one character per word, each stacked under the last.
    Returns the words turned a quarter to the left (a column becomes a line, the rightmost
    first) and, by id() of each turned word, the word as read; None when the words run
    across the page as usual. A digit set in a column's cell is one of its characters as a
    Chinese one is (a certificate's number stacked digit by digit under 证书编号)."""
    single = [w for w in words if len(w.text.strip()) == 1
              and (_cjk_start(w.text.strip()) or w.text.strip().isdigit())]
    if len(single) < _VERTICAL_MIN or len(single) < 0.6 * len(words):
        return None
    down = _neighbours(single, lambda b: b.top, lambda b: b.bottom,
                       lambda b: (b.x0, b.x1))
    across = _neighbours(single, lambda b: b.x0, lambda b: b.x1,
                         lambda b: (b.top, b.bottom))
    if down < _VERTICAL_MIN or down < 3 * across:
        return None
    right = max(w.bbox.x1 for w in words)
    turned = [(replace(w, bbox=BBox(w.bbox.top, right - w.bbox.x1, w.bbox.bottom,
                                     right - w.bbox.x0)), w) for w in words]
    return [t for t, _ in turned], {id(t): w for t, w in turned}


def _neighbours(words: Sequence[Word], start: Callable[[BBox], float],
                end: Callable[[BBox], float],
                side: Callable[[BBox], tuple[float, float]]) -> int:
    """How many words have another close after them (within half a character) along one
    axis, sharing at least half a character's extent on the other."""
    ordered = sorted(words, key=lambda w: start(w.bbox))
    starts = [start(w.bbox) for w in ordered]
    count = 0
    for a in ordered:
        size = max(a.bbox.bottom - a.bbox.top, a.bbox.x1 - a.bbox.x0, 1.0)
        lo, hi = side(a.bbox)
        for i in range(bisect.bisect_left(starts, end(a.bbox)),
                       bisect.bisect_right(starts, end(a.bbox) + 0.5 * size)):
            b_lo, b_hi = side(ordered[i].bbox)
            if min(hi, b_hi) - max(lo, b_lo) >= 0.5 * size:
                count += 1
                break
    return count


def _facing_pages(page: Page) -> list[Sequence[Word]]:
    """A page's words, split in two when the page is a spread of two facing pages (an open
    journal or booklet scanned flat): landscape, with a gutter down the middle that no word
    crosses and text on both sides. Read as one, each line would run across both pages."""
    words = page.words
    if len(words) < 8 or _vertical_columns(words):  # 竖排 columns run across any gutter
        return [words]
    if page.width <= 1.2 * page.height:  # portrait: only a bilingual page's two languages
        return _language_columns(words, page.width) or [words]
    return (_spread(words, page.width) or _spread(words, page.width, panels=3)
            or _language_columns(words, page.width) or [words])


def _spread(words: Sequence[Word], width: float, panels: int = 2) -> list[Sequence[Word]] | None:
    """A landscape page's facing pages, split at gutters near each fold; or None. Two panels
    are an open booklet; three the inside of a tri-fold card (三折页: a 聘书 or certificate
    with its notes on one flap, the letter in the middle and the seal on the other), each
    panel read on its own as a person reads a folded card panel by panel."""
    band = width * _GUTTER_BAND
    gutters = []
    for k in range(1, panels):
        fold = width * k / panels
        nearest = sorted(range(int(fold - band), int(fold + band) + 1),
                         key=lambda x, fold=fold: abs(x - fold))
        gutter = next((x for x in nearest if not any(w.bbox.x0 < x < w.bbox.x1 for w in words)),
                      None)
        if gutter is None:
            return None
        gutters.append(gutter)
    bounds = [-math.inf, *gutters, math.inf]
    parts = [[w for w in words if lo <= w.bbox.x0 and w.bbox.x1 <= hi]
             for lo, hi in zip(bounds, bounds[1:])]
    if min(len(p) for p in parts) < max(2, _SPREAD_SHARE * len(words)):
        return None
    lines = _group_lines(words)
    if any(_header_across(line, g) for g in gutters for line in lines):
        return None  # a wide table whose columns happen to leave the folds free
    if panels > 2 and sum(_row_across(line, bounds) for line in lines) >= _TABLE_ROWS:
        return None  # rows of cells running across the folds: a table, not a folded card
    if sum(_label_beside_value(line, bounds) for line in lines) >= _TABLE_ROWS:
        return None  # a label grid (项目 | 内容) whose wide gap happens to leave a fold free
    return parts


#: Lines of several cells on each of two panels or more that make a page a table, not panels
_TABLE_ROWS = 3


def _row_across(line: Sequence[Word], bounds: Sequence[float]) -> bool:
    """Whether a line holds two cells or more in each of at least two of the panels `bounds`
    delimit: a table's row (序号 姓名 性别 | 岗位类别 岗位等级), where a folded card's line
    is one run of words per panel."""
    counts = [sum(1 for w in line if lo <= w.bbox.x0 and w.bbox.x1 <= hi)
              for lo, hi in zip(bounds, bounds[1:])]
    return sum(1 for n in counts if n >= 2) >= 2


def _label_beside_value(line: Sequence[Word], bounds: Sequence[float]) -> bool:
    """Whether a line is a form's label alone on one panel and its value at the same height
    on the next (姓名 | 张伟, 入学日期 | 2012年09月): a fold never parts a label from its value,
    so rows of them make the page a two-column label grid (项目/内容), not facing panels."""
    cells = [[w for w in line if lo <= w.bbox.x0 and w.bbox.x1 <= hi]
             for lo, hi in zip(bounds, bounds[1:])]
    for here, beside in zip(cells, cells[1:]):
        if not here or not beside:
            continue
        label = squash("".join(norm(w.text) for w in here)).rstrip(":：")
        value = squash(norm(beside[0].text))
        if _HEADER_CELL.fullmatch(label) and not _HEADER_CELL.fullmatch(value):
            return True
    return False


def _language_columns(words: Sequence[Word], width: float) -> list[Sequence[Word]] | None:
    """A bilingual page set in two columns (中文 | English, the 中英文对照 of certificates and
    letters): split at a gutter no word crosses when one side is written in Chinese and the
    other in Latin letters; None otherwise (a form's labels and values must stay together)."""
    lines = _group_lines(words)
    alone = {id(line[0]) for line in lines if len(line) == 1}  # headings across both columns
    for gutter in sorted(range(int(width * 0.3), int(width * 0.7) + 1),
                         key=lambda x: abs(x - width / 2)):
        across = [w for w in words if w.bbox.x0 < gutter < w.bbox.x1]
        if any(id(w) not in alone for w in across):
            continue
        left = [w for w in words if w.bbox.x1 <= gutter]
        right = [w for w in words if w.bbox.x0 >= gutter]
        if min(len(left), len(right)) < 4:
            return None
        if {_script(left), _script(right)} == {"cjk", "latin"}:
            return [sorted([*across, *left], key=lambda w: w.bbox.top), right]
        return None
    return None


def _script(words: Sequence[Word]) -> str:
    """"cjk" or "latin" when at least 70 % of the words' letters are of that script."""
    text = "".join(w.text for w in words)
    cjk = len(re.findall(f"[{CJK}]", text))
    latin = len(re.findall("[A-Za-z]", text))
    total = max(cjk + latin, 1)
    return "cjk" if cjk >= 0.7 * total else "latin" if latin >= 0.7 * total else "mixed"


def _header_across(line: Sequence[Word], gutter: float) -> bool:
    """Whether a line is a table's header row with cells on both sides of `gutter`.

    Every cell of it a column name; in a wide header (five cells or more, two column names or
    more on each side of the fold) two thirds of them: a table may carry columns no list of
    names foresees (an export's 状态, 标识, 人员编码), which do not make its header a line of
    text; but none of them a value (a name, a number, 男/女)."""
    cells = [c for w in line for c in norm(w.text).split()]
    if not (any(w.bbox.x1 <= gutter for w in line) and any(w.bbox.x0 >= gutter for w in line)
            and len(cells) >= 2):
        return False
    named = [bool(_HEADER_CELL.fullmatch(c)) for c in cells]
    if all(named):
        return True
    if any(not n and (is_name(c) or re.search(r"[0-9男女]", c)) for c, n in zip(cells, named)):
        return False  # a value beside its label (姓名 张伟, 性别 男): a form's line, no header
    sides = [[c for w in line if (w.bbox.x1 <= gutter) is left for c in norm(w.text).split()
              if _HEADER_CELL.fullmatch(c)] for left in (True, False)]
    return len(cells) >= 5 and 3 * sum(named) >= 2 * len(cells) and all(len(s) >= 2 for s in sides)


#: A spread's gutter lies within this share of the page's width either side of its middle.
_GUTTER_BAND = 0.06
#: Each facing page of a spread holds at least this share of its words (a photo and a heading
#: on the left of a certificate booklet are enough).
_SPREAD_SHARE = 0.1


#: A word made of nothing but rule strokes (━━━━, ─────, ————, ＿＿＿): a line drawn with
#: characters, as a text-built table draws its rules and a 公文 its separator, or a photo's
#: glare across a notice read as strokes. It holds no one's name or grade.
_RULE_STROKES = re.compile(r"[━─—―－\-_＿=＝═]{3,}")


def table_rows(ix: TextIndex, columns: dict[str, str], *, key: str = "name",
               well_formed: Callable[[str], bool] | None = None,
               strays: bool = False, years: bool = False) -> list[dict[str, Hit]]:
    """The rows of a table listing several people, under a header row naming `columns`
    (key → regex a header cell must match in full; ``name`` among them).

    Each word of a line below the header goes to the header cell nearest its centre; the
    table ends at a line without a well-formed name in the name column, or at a page end; a
    line of rule strokes only (``━━━━``, a rule drawn with characters) is passed over.
    A table of one person's entries (a card's row per year) gives another `key` column and
    what makes its cell `well_formed`; with `strays`, a line with nothing in the key column (a
    stamp's words printed over the table) is passed over instead of ending it. With `years`,
    a header row may name years' columns by their years (:meth:`TextIndex.header_row`).
    """
    well_formed = well_formed or is_name
    for line in ix.lines:
        if not ix.header_row(line.start, years=years):
            continue
        heads = ix.header_cells(line)
        keys = {i: col for i, (a, b) in enumerate(heads) for col, rx in columns.items()
                if re.fullmatch(rx, squash(ix.text[a:b]))}
        if key not in keys.values():
            continue
        spans = [span for a, b in heads if (span := ix.x_span(a, b))]
        if len(spans) != len(heads):
            continue
        centres = [sum(span) / 2 for span in spans]
        beside = _beside_table(ix, heads[0], spans)
        rows = []
        for below in ix.lines:
            if below.start <= line.end or below.page_no != line.page_no:
                continue
            if rows and ix.text.startswith("\n\n", rows[-1]["_end"].end):
                break
            cells: dict[int, list[tuple[int, int]]] = {}
            words = re.findall(r"\S+", ix.text[below.start:below.end])
            if words and all(_RULE_STROKES.fullmatch(w) for w in words):
                continue  # a line drawn across the table, not a row: the rows go on below it
            for m in re.finditer(r"\S+", ix.text[below.start:below.end]):
                a, b = below.start + m.start(), below.start + m.end()
                span = ix.x_span(a, b)
                if span is None or beside(span):
                    continue
                nearest = min(range(len(centres)), key=lambda i: abs(centres[i] - sum(span) / 2))
                cells.setdefault(nearest, []).append((a, b))
            row = {keys[i]: Hit("".join(squash(ix.text[a:b]) for a, b in spans),
                                spans[0][0], spans[-1][1], tuple(spans))
                   for i, spans in cells.items() if i in keys}
            if strays and key not in row:
                continue
            if key not in row or not well_formed(row[key].value):
                break
            row["_end"] = Hit("", below.start, below.end)
            rows.append(row)
        if rows:
            return [{k: v for k, v in row.items() if k != "_end"} for row in rows]
    return []


#: How many characters' widths away from the header's ends a word lies beside the table.
_BESIDE_GAP = 3


def _beside_table(ix: TextIndex, first_head: tuple[int, int],
                  spans: list[tuple[float, float]]) -> Callable[[tuple[float, float]], bool]:
    """Whether a word lies beside the table, not in it: wholly left or right of its header
    row by more than a few characters' widths (:data:`_BESIDE_GAP`). A screen's side menu
    (个人中心 / 年度考核 / 奖惩情况, a link a row) or a panel set beside the table shares its
    rows' lines but none of its columns; a cell's value, however it is aligned under a
    centred header, lies within a few characters of it."""
    chars = len(squash(ix.text[first_head[0]:first_head[1]])) or 1
    gap = _BESIDE_GAP * (spans[0][1] - spans[0][0]) / chars
    left, right = min(a for a, _ in spans) - gap, max(b for _, b in spans) + gap
    return lambda span: span[1] < left or span[0] > right


#: A row's year cell in a record of one person's years (2021, 2021年, 2021年度).
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}\s*年?度?")
#: A year named in an upload's file name (2021年度考核表.pdf, 考核_2019.pdf), not inside a
#: longer number.
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def filed_year(ix: TextIndex) -> str | None:
    """The one year the upload's file name names (2021年度考核表.pdf: 2021), None when it
    names none or several: the year a record of several years was filed as."""
    named = {m[1] for m in _FILE_YEAR.finditer(ix.file or "")}
    return named.pop() if len(named) == 1 else None


def yearly_entry(ix: TextIndex, columns: dict[str, str], value: str,
                 pattern: str) -> tuple[Hit, Hit] | None:
    """The (year, value) of the row a record of several years attests: a 考核登记卡, a
    personnel system's page, a bureau's 任现职以来 certificate lists one row per year
    (`columns` name the ``year`` column and the `value` one; `pattern` is what a filled value
    cell opens with). Such a record attests every year's row; an upload filed as one year's
    (its file name names that one year) is that year's row, as a list of several people
    attests the applicant's own. Otherwise, or when no row is of that year, the latest filled
    row is read: rows kept for later years (a year without a value) are not yet filled. A
    record of one row only is left to the form's own labels (None), and so is a table whose
    rows repeat a year: one row per course or item of a year (a 登记册's courses), not per
    year, whose cells are no year's total."""
    rows = table_rows(ix, columns, key="year", strays=True,  # the unit's stamp over a row
                      well_formed=lambda cell: bool(_YEAR_CELL.fullmatch(cell)))
    filled = [(leading(ix, row["year"], r"(?:19|20)\d{2}"), leading(ix, row[value], pattern))
              for row in rows if value in row]
    entries = [(y, v) for y, v in filled if y and v]
    if len(entries) < 2 or len({y.value for y, _ in entries}) < len(entries):
        return None
    filed = filed_year(ix)
    asked = [entry for entry in entries if entry[0].value == filed]
    if len(asked) == 1:
        return asked[0]
    return max(entries, key=lambda entry: entry[0].value)


#: The merged head over a list's columns of ratings, one column a year (近三年年度考核结果,
#: 近五年考核情况, 历年考核等次).
_RATINGS_HEAD = re.compile(r"考\s*[核评]\s*(?:结\s*果|情\s*况|等\s*[次级])")


def rating_years(ix: TextIndex) -> tuple[Line, list[tuple[Hit, float, float]]] | None:
    """The header row of yearly rating columns in a list of several people (a unit's
    申报人员花名册 with 近三年年度考核结果 merged over 2021年 | 2022年 | 2023年): the line of
    year cells and each year with its column's left and right edges (halfway to the next
    year's cell; the outer ones as far out). The year cells are two different years or more
    side by side, in order, under a ratings head just above them (within three of the line's
    heights: a header row's other cells may lie between, as read), the head over them. The
    line may hold the header's other cells too (序号 姓名 … 2021年 2022年 2023年 备注): OCR
    joins year cells set lower than the heads beside them (under their merged head) to those
    heads' line. None when there is none."""
    for i, line in enumerate(ix.lines):
        for cells in _year_runs(ix, line):
            years = [m[0][:4] for m, _ in cells]
            if len(set(years)) < len(years) or years != sorted(years):
                continue
            left, right = cells[0][1][0], cells[-1][1][1]
            heads = (ix.x_span(above.start + h.start(), above.start + h.end())
                     for above in ix.lines[max(0, i - 4):i] if above.page_no == line.page_no
                     and line.top - above.bottom < 3 * (line.bottom - line.top)
                     for h in _RATINGS_HEAD.finditer(ix.text[above.start:above.end]))
            if not any(span and span[0] < right and span[1] > left for span in heads):
                continue
            centres = [(a + b) / 2 for _, (a, b) in cells]
            half = (centres[-1] - centres[0]) / (len(centres) - 1) / 2
            bounds = [c - half for c in centres] + [centres[-1] + half]
            return line, [(Hit(y, line.start + m.start(), line.start + m.start() + 4),
                           bounds[k], bounds[k + 1])
                          for k, ((m, _), y) in enumerate(zip(cells, years))]
    return None


def _year_runs(ix: TextIndex, line: Line) -> list[list[tuple[re.Match[str], tuple[float, float]]]]:
    """Each run of two cells or more on `line` that are all year cells (2021年), side by
    side, with their horizontal spans; a cell not a year ends a run."""
    runs: list[list[tuple[re.Match[str], tuple[float, float]]]] = [[]]
    for m in re.finditer(r"\S+", ix.text[line.start:line.end]):
        span = ix.x_span(line.start + m.start(), line.start + m.end())
        if _YEAR_CELL.fullmatch(m[0]) and span:
            runs[-1].append((m, span))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def _cjk_end(text: str) -> bool:
    return bool(text) and bool(re.match(f"[{CJK}]", text[-1]))


def _cjk_start(text: str) -> bool:
    return bool(text) and bool(re.match(f"[{CJK}]", text[0]))


def _place(text: str, w: Word, page: Page) -> list[_Char]:
    """Estimate each character's horizontal extent inside its word's box."""
    weights = [_char_weight(c) for c in text]
    total = sum(weights) or 1.0
    width = w.bbox.x1 - w.bbox.x0
    out: list[_Char] = []
    x = w.bbox.x0
    for i, wt in enumerate(weights):
        nx = w.bbox.x1 if i == len(weights) - 1 else x + width * wt / total
        out.append(_Char(page.page_no, x, nx, w.bbox.top, w.bbox.bottom, w.confidence,
                         page.source_of(w), id(w)))
        x = nx
    return out


@functools.lru_cache(maxsize=16)
def index(doc: ReadDocument, *, fold: bool = False, blanks: bool = False) -> TextIndex:
    """The (cached) text index of a document; score() and extract() share it. With `fold`,
    the finders read traditional characters as simplified ones (:func:`fold_traditional`);
    with `blanks`, a fill-in form's underlines (read as _) as spaces."""
    return TextIndex(doc, fold=fold, blanks=blanks)


#: How often one line is repeated on a page when it is tiled over it as a watermark.
_TILED = 3


@functools.lru_cache(maxsize=16)
def watermarks(ix: TextIndex) -> frozenset[int]:
    """The starts of the lines that are a watermark over the page, not its text: set aslant
    across it (:meth:`TextIndex.aslant`), or one line tiled over it, the same words three
    times or more on one page (《某刊》编辑部 · 样刊 · 仅供……, 仅供……使用). A title, an
    author, a running head or a signature is printed once on a page. Cached per index, as
    :func:`index` is: a letter's every candidate end asks for its dates, and with them this."""
    seen: dict[tuple[int, str], list[int]] = {}
    for line in ix.lines:
        seen.setdefault((line.page_no, squash(ix.text[line.start:line.end])), []).append(line.start)
    tiled = {start for (_, text), starts in seen.items()
             if text and len(starts) >= _TILED for start in starts}
    return frozenset(tiled | {line.start for line in ix.lines if ix.aslant(line)})


# --------------------------------------------------------------------------- identity numbers

ID_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])[0-9OoIl]{17}[0-9OoIlXx×](?![0-9A-Za-z])")
_ID_SHAPE = re.compile(
    r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]"
)


#: Where a tear-off slip begins: the cut line's instruction (沿此线剪下, 沿虚线裁开, 剪下线) or
#: the slip's own heading standing alone on its line (回执, 回 执 联), which may say what it
#: acknowledges (聘任确认回执, 送达回执, 报到回执 单): a heading, not the letter's request that
#: it be signed (请签署下方回执并交回), which is a sentence inside a line.
_SLIP = re.compile(
    r"沿\s*(?:此|本)?\s*(?:虚|实)?\s*线\s*(?:剪|裁|撕)\s*(?:下|开)|(?:剪|裁|撕)\s*(?:下|开)\s*线"
    rf"|^[ \t]*(?:[{CJK}][ \t]*){{0,8}}回\s*执(?:\s*[联单])?[ \t]*$", re.MULTILINE)


def slip_start(ix: TextIndex) -> int:
    """Where the tear-off slip (回执) under a letter or notice begins, or the text's end when it
    has none. The slip is the recipient's reply, filled in and dated by hand when it is sent
    back: its date and signature are not the letter's, which end at the cut line."""
    m = _SLIP.search(ix.text)
    return m.start() if m and m.start() > 0 else len(ix.text)


def id_shape(text: str) -> str | None:
    """`text` compacted, if it has the shape of an 18-character resident identity number.

    >>> id_shape("45020219900312123x")
    '45020219900312123X'
    >>> id_shape("106111201205001234") is None
    True
    """
    value = compact_digits(text).upper()
    return value if _ID_SHAPE.fullmatch(value) else None


def mask_ids(text: str) -> str:
    """Mask identity numbers in evidence text, OCR-shaped ones included, in the one masked
    form of :func:`pipeline.redact.mask_id_number` (first 4 and last 4 characters kept).

    >>> mask_ids("身份证号:450202199003121234")
    '身份证号:4502**********1234'
    >>> mask_ids("号码 45O2O2199OO3121234 (OCR)")
    '号码 45O2**********1234 (OCR)'
    """
    def repl(m: re.Match[str]) -> str:
        return mask_id_number(m[0]) if id_shape(m[0]) else m[0]

    return ID_CANDIDATE.sub(repl, text)


# --------------------------------------------------------------------------- hits


@dataclass(frozen=True, slots=True)
class Hit:
    """A value read at text[start:end] of an index.

    `parts` are the spans actually read when the value is not one run of the text: a table
    cell wrapped over lines, whose lines interleave with the other columns' words.
    """

    value: str
    start: int
    end: int
    parts: tuple[tuple[int, int], ...] = ()

    def spans(self) -> tuple[tuple[int, int], ...]:
        """The spans of the text this value was read from."""
        return self.parts or ((self.start, self.end),)

    def with_value(self, value: str) -> Hit:
        """The same reading, its value rewritten (normalised, trimmed)."""
        return replace(self, value=value)


def month(hit: Hit | None) -> Hit | None:
    """A date hit cut to month precision (study periods and terms are written to the month)."""
    return hit.with_value(hit.value[:7]) if hit else None


def to_field(ix: TextIndex, name: str, hit: Hit | None) -> Field | None:
    """The Field for a hit, or None."""
    return ix.field(name, hit.value, hit.start, hit.end, hit.parts) if hit else None


def fields(ix: TextIndex, found: dict[str, Hit | None]) -> tuple[Field, ...]:
    """Fields for the hits that were found, in the order given."""
    out = (to_field(ix, name, hit) for name, hit in found.items())
    return tuple(f for f in out if f is not None)


# --------------------------------------------------------------------------- labelled values

SEPARATORS = "，,。;；、"
#: A space wider than this many character heights between two words is a cell boundary.
CELL_GAP = 2.0
_NEXT_LABEL = rf" +(?:[{CJK}] *){{2,8}}[:：]"
#: Labels of the fields Chinese forms and certificates lay out in a grid ("姓 名 张伟 性 别 男"):
#: after a space, one of them ends the value before it even without a colon.
FORM_LABELS = (
    "姓名", "性别", "民族", "出生年月", "出生日期", "籍贯", "政治面貌", "身份证号", "身份证号码",
    "公民身份号码", "工作单位", "单位名称", "所在单位", "岗位", "职务", "现任职务", "现任岗位",
    "考核年度", "学历", "学位", "专业", "毕业院校", "毕业时间", "参加工作时间", "入学时间", "学制",
    "层次", "证书编号", "编号", "发证日期", "取得时间", "资格名称", "级别", "评审机构",
    "部门", "科室", "考核周期", "考核等次", "考核结果",
)
_GRID_LABEL = (r" +" + "(?:"
               + "|".join(r"\s*".join(re.escape(c) for c in label)
                          for label in sorted(FORM_LABELS, key=len, reverse=True))
               + r")(?![{CJK}])")
_DEFAULT_STOPS = (_NEXT_LABEL, _GRID_LABEL.replace("{CJK}", CJK))
#: A form label where a value should start: the label's own cell is empty.
_LABEL_AT = re.compile(_GRID_LABEL.replace("{CJK}", CJK).removeprefix(" +"))


#: Printed labels of forms and of lists' column headers: a cell reading one of them is a
#: label, never the value of another label beside it.
_LABEL_WORDS = frozenset((
    *FORM_LABELS, "序号", "学号", "学院", "院系", "系别", "专业名称", "学位名称", "学位类别",
    "证书号", "证书号码", "学位证书编号", "毕业证书编号", "院校", "备注", "签名", "照片",
    "授予日期", "授予学位", "获得学位", "毕业学校"))


def is_label(text: str) -> bool:
    """Whether `text` (spaces and a colon aside) is one of the labels forms and lists print.

    >>> is_label("姓 名："), is_label("证书编号"), is_label("土木工程")
    (True, True, False)
    """
    return squash(text).rstrip(":：") in _LABEL_WORDS


#: A form label printed letter-spaced to its column's width (性  别：, 民  族：) after a value on
#: its line (张伟 性  别：男): a run of characters the next-label stop took whole, value and
#: label; the label starts at its own first character and what stands before it is the value.
_SPACED_LABEL_TAIL = re.compile(
    " +(?:" + "|".join(" +".join(re.escape(c) for c in label) for label in FORM_LABELS)
    + r")\s*[:：]$")


def _segment(text: str, pos: int, stop: re.Pattern[str]) -> tuple[int, int]:
    """The value span starting at `pos`: to a separator, a line end or a stop pattern."""
    m = stop.search(text, pos)
    end = m.start() if m else len(text)
    if m is not None and (tail := _SPACED_LABEL_TAIL.search(text, m.start(), m.end())) \
            and text[m.start():tail.start()].strip() \
            and not is_label(text[m.start():tail.start()]):
        end = tail.start()
    start = pos
    while start < end and text[start] in " :：":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def _stop_re(stops: Sequence[str]) -> re.Pattern[str]:
    alts = "|".join([*stops, *_DEFAULT_STOPS])
    return re.compile(rf"\n|[{SEPARATORS}]|\s*(?:{alts})")


#: A label's end, for the suffix of :func:`labelled`: a colon, or a space before its value in a
#: form's grid (姓    名 张伟). A label run straight into further words is a sentence's
#: (申报人信息如下, 委托单位对申报人所提交, 本聘书是受聘人员履行岗位职责的凭证).
LABEL_END = r"(?:\s*[(（][^)）\n]{0,12}[)）])?(?:\s*[:：]|[ \t]+)"


#: A bilingual form's English translation set after a label (姓名 Name 张梅, 考核结果 Final
#: Rating：优秀; OCR may lose the spaces: 姓名Name): words in title case, then a colon, a value
#: that is no Latin word, or the line's end. For the suffix of :func:`labelled` on a kind
#: whose forms come bilingual (a foreign-invested firm's assessment), never by default: a
#: value of Latin words of its own (Bosch 汽车部件有限公司, a name in pinyin) would be taken
#: for it.
ENGLISH_GLOSS = (r"(?:[ \t]*[A-Z][a-z]+(?:[ ]?[A-Za-z][a-z]+){0,3}"
                 r"(?=[ \t]*[:：]|[ \t]+[^\sA-Za-z]|[ \t]*$))?")


#: A label that names two things joined by 及 (单位及职务, 单位及岗位, 姓名及职称) is one label,
#: read whole or not at all: its first word alone (单位) is no label there, and no value
#: starts with 及.
_JOINT = rf"(?!及[{CJK}])"


def labelled(
    ix: TextIndex,
    labels: Iterable[str],
    *,
    stops: Sequence[str] = (),
    accept: re.Pattern[str] | None = None,
    complete: re.Pattern[str] | None = None,
    after: int = 0,
    suffix: str = r"(?:\s*[(（][^)）\n]{0,12}[)）])?\s*[:：]?",
    cell: bool = False,
) -> Hit | None:
    """The value written after one of `labels`: same line, else the line below. A label may
    carry its gloss in brackets; a bilingual form's English one is asked for by `suffix`
    (:data:`ENGLISH_GLOSS`).

    `stops` are regexes (usually the document's other labels) that end a value; a separator
    (，。；) and a line end always do. A value that does not match `complete` continues onto
    the next line (a field broken over lines). The first value `accept` matches (after
    whitespace is removed) wins.
    """
    stop = _stop_re(stops)
    prefix = rf"(?:^|(?<=[\s{SEPARATORS}:：]))" if cell else ""
    pattern = re.compile(prefix + any_label(labels) + _JOINT + suffix, re.M)
    for m in _label_matches(ix, pattern, after):
        hit = _value_after(ix, m.start(), m.end(), stop, complete)
        if hit is None:
            continue
        if accept is None or accept.fullmatch(hit.value):
            return hit
        # beside it are other labels of a header row: a one-row table has its value below
        cell = ix.cell_below(m.start(), m.end()) if ix.one_row_below(m.start()) else None
        if cell is not None and accept.fullmatch(squash(ix.text[cell[0]:cell[1]])):
            return Hit(squash(ix.text[cell[0]:cell[1]]), *cell)
        if accept is not None:
            inner = accept.search(hit.value)
            if inner and inner.group(0) and hit.value.startswith(inner.group(0)):
                return hit.with_value(inner.group(0))
    return None


def _label_matches(ix: TextIndex, pattern: re.Pattern[str], after: int
                   ) -> Iterator[re.Match[str]]:
    """The matches of a label `pattern` from `after`, none made of two cells of a header row:
    a label spelled by the words of two neighbouring columns (学位 | 授予单位 read as
    学位授予单位) is two labels, each heading its own column, so the search goes on from
    the next character (and finds 授予单位 alone). A label printed letter-spaced over its
    cell (聘 任 单 位) is one, however its characters group."""
    pos = after
    while (m := pattern.search(ix.text, pos)) is not None:
        line = ix.header_row(m.start())
        cells = [ix.text[a:b] for a, b in ix.header_cells(line) if a < m.end() and m.start() < b
                 ] if line is not None else []
        if len(cells) > 1 and not any(re.search(r"\s", cell) for cell in cells):
            pos = m.start() + 1
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


def label_cell(ix: TextIndex, labels: Iterable[str]) -> Hit | None:
    """The value after a label and its colon on the label's own line, up to the cell's edge:
    a web page's or a record system's label rows set each pair apart by a wide gap
    (``姓名：张伟        性别：男``, ``刊名：建筑技术        出版周期：月刊``), so the value is
    the run of words after the label up to that gap, even where the next pair's label follows
    with no separator (which :func:`labelled` takes for one label spaced out, the value with
    it). The label opens its line or a cell. None where that run is empty or is a label
    itself (a blank field: the next label follows)."""
    pattern = re.compile(r"(?:^|(?<=\s))" + any_label(labels) + r"\s*[:：][ \t]*", re.M)
    for m in pattern.finditer(ix.text):
        start = m.end()
        line_end = ix.text.find("\n", start)
        line_end = len(ix.text) if line_end == -1 else line_end
        if start >= line_end:
            continue
        end = ix.cell_end(start, line_end)
        while end > start and ix.text[end - 1] == " ":
            end -= 1
        value = ix.text[start:end]
        if not value.strip() or re.search("[:：]", value) or is_label(value):
            continue
        return Hit(squash(value), start, end)
    return None


_LINE_LABEL = re.compile(rf" *(?:[{CJK}()（）] *){{1,10}}[:：]")  # 校（院）长：


def _value_after(ix: TextIndex, label_start: int, pos: int, stop: re.Pattern[str],
                 complete: re.Pattern[str] | None) -> Hit | None:
    text = ix.text
    newline = text.find("\n", label_start, pos)
    # the label's suffix (\s*) ran past its line's end; unless it read a label's own words
    # there (甲方（用人单位） / 名称：…, a heading and its particulars), the value starts below
    if newline != -1 and not re.search(rf"[{CJK}A-Za-z]", text[newline:pos]):
        pos = newline
    if ix.header_row(label_start):  # the value is in the label's column, never beside it
        return ix.column_hit(label_start) or _cell_below(ix, label_start, pos, stop)
    start, end = _segment(text, pos, stop)
    end = ix.cell_end(start, end)
    if _LABEL_AT.match(text, start, end):
        end = start  # the next label, not a value ("工作单位 现任岗位")
    if start == end:
        cell = _cell_below(ix, label_start, pos, stop)
        if cell is not None:  # a header row: the value is in the label's column below
            return cell
    if start == end and text.startswith("\n", end) and not text.startswith("\n\n", end):
        start, end = _segment(text, end + 1, stop)  # the value is on the line below
        end = ix.cell_end(start, end)
    if start == end:
        return None
    value = squash(text[start:end])
    for _ in range(2):  # a value broken over lines
        if complete is None or complete.search(value):
            break
        if not text.startswith("\n", end) or text.startswith("\n\n", end):
            break
        if _LINE_LABEL.match(text, end + 1):
            break
        ns, ne = _segment(text, end + 1, stop)
        if ns == ne:
            break
        end = ne
        value = squash(text[start:end])
    return Hit(value, start, end)


def _cell_below(ix: TextIndex, label_start: int, label_end: int,
                stop: re.Pattern[str]) -> Hit | None:
    """The value on the line below a header cell (:meth:`TextIndex.cell_below`), or None."""
    cell = ix.cell_below(label_start, label_end)
    if cell is None:
        return None
    start, end = _segment(ix.text, cell[0], stop)
    end = min(end, cell[1])
    return Hit(squash(ix.text[start:end]), start, end) if start < end else None


def grid_value(ix: TextIndex, labels: Iterable[str], *, accept: re.Pattern[str] | None = None,
               stops: Sequence[str] = ()) -> Hit | None:
    r"""The value after a label standing alone in a form's grid, with no colon: the label at a
    line start or after a space, then a space (``专    业 土木工程 层    次 本科``). Prose that
    merely contains the label's words (``在我校土木工程专业学习``) is not a grid cell.

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> doc = ReadDocument("x.jpg", "0", (Page(1, 600, 40, (Word("专    业 土木工程 层    次 本科",
    ...                                                        BBox(0, 0, 600, 20)),), "ocr:t 1"),))
    >>> grid_value(index(doc), ["专业"]).value, grid_value(index(doc), ["层次"]).value
    ('土木工程', '本科')
    """
    stop = _stop_re(stops)
    pattern = re.compile(r"(?:^|(?<=\s))" + any_label(labels) + r"[ \t]+(?=\S)", re.M)
    next_cell = re.compile(r"[ \t]*(?:\n|$)|" + _GRID_LABEL.replace("{CJK}", CJK))
    for m in pattern.finditer(ix.text):
        if ix.header_row(m.start()):
            hit = ix.column_hit(m.start()) or _cell_below(ix, m.start(), m.end(), stop)
            if hit and (accept is None or accept.fullmatch(hit.value)):
                return hit
            continue
        start, end = _segment(ix.text, m.end(), stop)
        line_start = m.start() == 0 or ix.text[m.start() - 1] == "\n"
        if start == end or not (line_start or next_cell.match(ix.text, end)):
            continue  # words of a sentence, not a cell of a grid
        hit = Hit(squash(ix.text[start:end]), start, end)
        if accept is None or accept.fullmatch(hit.value):
            return hit
    return None


def pos_after(ix: TextIndex, start: int, end: int, count: int) -> int:
    """The text position just after `count` non-space characters from `start` (at most `end`)."""
    seen = 0
    for pos in range(start, end):
        if not ix.text[pos].isspace():
            seen += 1
        if seen >= count:
            return pos + 1
    return end


def leading(ix: TextIndex, hit: Hit | None, pattern: str) -> Hit | None:
    """The part of a hit's value that `pattern` matches at its start, with a trimmed span."""
    if hit is None:
        return None
    m = re.match(pattern, hit.value)
    if not m or not m.group(0):
        return None
    return Hit(m.group(0), hit.start, pos_after(ix, hit.start, hit.end, m.end()))


def search(ix: TextIndex, pattern: str | re.Pattern[str], group: str | int = "v",
           *, after: int = 0, last: bool = False) -> Iterator[Hit]:
    """Hits for a regex's group over the whole index text (squashed values)."""
    rx = re.compile(pattern) if isinstance(pattern, str) else pattern
    matches = list(rx.finditer(ix.text, after))
    for m in reversed(matches) if last else matches:
        if m.group(group):
            yield Hit(squash(m.group(group)), m.start(group), m.end(group))


def first(hits: Iterable[Hit | None]) -> Hit | None:
    """The first hit that is not None."""
    return next((h for h in hits if h is not None), None)


#: What OCR reads and drops at will between words (a comma in small print as a middle dot, a
#: full stop as nothing, a line break): left out when printed wording is compared.
_NOT_WORDING = re.compile(rf"[^{CJK}A-Za-z0-9]")


#: A blank in stock wording that each document fills in its own words (修完…规定的全部课程:
#: 教学计划, 培养计划, 硕士研究生培养方案), of at most :data:`_BLANK` characters.
BLANK = "…"
_BLANK = 12


def fuzzy_find(phrase: str, text: str) -> tuple[int, int, int]:
    """The fewest edits (characters misread, dropped or added) by which some run of `text`
    reads `phrase`, and that run's start and end in `text` (approximate substring matching);
    a :data:`BLANK` in `phrase` reads any run of characters.

    >>> fuzzy_find("成绩合格", "全部谨程成绩合恪准予"), fuzzy_find("修完…课程", "修光培养计划课程")
    ((1, 4, 8), (1, 0, 8))
    """
    prev = [(0, j) for j in range(len(text) + 1)]
    for i, p in enumerate(phrase, start=1):
        cur = [prev[0] if p == BLANK else (i, 0)]
        for j, t in enumerate(text, start=1):
            if p == BLANK:  # the blank takes the text's characters at no cost
                cur.append(min(prev[j], cur[j - 1]))
                continue
            cost, start = min((prev[j - 1][0] + (p != t), prev[j - 1][1]),
                              (prev[j][0] + 1, prev[j][1]), (cur[j - 1][0] + 1, cur[j - 1][1]))
            cur.append((cost, start))
        prev = cur
    end = min(range(len(prev)), key=lambda j: (prev[j][0], -j))  # a misread over a drop
    return prev[end][0], prev[end][1], end


def misread_wording(ix: TextIndex, start: int, end: int,
                    phrases: Iterable[tuple[str, ...]]) -> int:
    """How many characters of a document's stock wording OCR misread on the lines holding
    text[start:end]: each phrase (with its printed variants) is found where the page reads it
    most nearly, and counts where at most a third of it was misread (more is no reading of
    it: the phrase is not on the page). Where a sentence's fixed words are read wrong, the
    values on the same lines were read as poorly, and are no evidence to hold against anyone.

    >>> line = Word("在本校林学专业学习，修完规定的全部谋程，成绩合恪", BBox(0, 0, 500, 20), 0.9)
    >>> ix = index(ReadDocument("d", "x", (Page(1, 600, 800, (line,), "ocr:x"),)))
    >>> misread_wording(ix, 3, 5, [("规定的全部课程",), ("成绩合格",), ("准予毕业",)])
    2
    """
    kept = [(pos, c) for pos, c in enumerate(ix.text) if not _NOT_WORDING.fullmatch(c)]
    text = "".join(c for _, c in kept)
    lo, hi = ix.line_start(start), ix.line_end(max(start, end - 1))
    misread = 0
    for variants in phrases:
        cost, s, e = min(fuzzy_find(v, text) for v in variants)
        size = len(variants[0].replace(BLANK, ""))
        if 0 < cost <= size // 3 and s < e <= s + size + cost + _BLANK and \
                kept[s][0] < hi and kept[e - 1][0] >= lo:
            misread += cost
    return misread


# --------------------------------------------------------------------------- dates

_CN_D = "〇零○◯Oo0一二三四五六七八九"
DATE = (
    rf"(?<!\d)(?:19|20)\d{{2}}\s*(?:年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日曰号])?"
    r"|(?P<sep>[-./])\s*\d{1,2}(?!\d)(?:\s*(?P=sep)\s*\d{1,2}(?!\d)(?:\s*[日曰])?)?)"
    rf"|[{_CN_D}](?:\s?[{_CN_D}]){{3}}\s*年\s*[一二三四五六七八九十]{{1,3}}\s*月"
    r"(?:\s*[一二三四五六七八九十]{1,3}\s*[日曰号])?"
)
DATE_RE = re.compile(DATE)
_DATE_PLAIN = DATE.replace("(?P<sep>", "(?:").replace("(?P=sep)", "[-./]")


def date_value(text: str) -> PartialDate | None:
    """A date read from one date-shaped string (OCR look-alikes allowed).

    >>> str(date_value("二O一二年六月三十曰"))
    '2012-06-30'
    >>> str(date_value("2019. 01"))
    '2019-01'
    """
    text = squash(text).replace("曰", "日").replace("号", "日")
    if "年" in text and not text[:4].isdigit():
        text = re.sub("[Oo0◯]", "〇", text[:4]) + text[4:]
    return parse_partial_date(text)


#: A certification stamped on a copy (经核验，与原件一致 / 核验人：… / 日期：…): its date is
#: when the copy was checked, never a date of the document itself.
_ATTESTATION = re.compile(
    r"原\s*件\s*(?:一\s*致|相\s*符|核\s*对\s*无\s*误)|经\s*核\s*(?:验|对|实)\s*[，,]?"
    r"|摘\s*录\s*属\s*实|复\s*印\s*属\s*实"
    r"|复\s*印\s*件\s*(?:属\s*实|有\s*效)|核\s*(?:验|对)\s*人\s*[:：]")
#: At most this many short lines after an attestation belong to its stamp.
_ATTESTATION_LINES = 3


@functools.lru_cache(maxsize=16)
def attested(ix: TextIndex) -> tuple[tuple[int, int], ...]:
    """Spans of the text that certify a copy: the attestation's line and the short lines
    right after it (a stamp's signer and date), up to a blank line. Cached per index, as
    :func:`index` is: every :func:`dates` call asks."""
    spans = []
    for m in _ATTESTATION.finditer(ix.text):
        line = ix.line_at(m.start())
        if line is None:
            continue
        end = line.end
        for _ in range(_ATTESTATION_LINES):
            if not ix.text.startswith("\n", end) or ix.text.startswith("\n\n", end):
                break
            nxt = ix.line_end(end + 1)
            if len(squash(ix.text[end + 1:nxt])) > 20:
                break
            end = nxt
        spans.append((line.start, end))
    return tuple(spans)


def _in_code(text: str, m: re.Match[str]) -> bool:
    """Whether a date-shaped match is part of a code: glued to a Latin letter before it, or
    grouped on by its own separator into more parts than a date has (档号 XW2007-10-004,
    a file number, not a date).

    >>> [bool(_in_code(t, DATE_RE.search(t))) for t in
    ...  ("档号：XW2007-10-004", "卷号 2007-10-004", "2016-07-01-2019-06-30", "2007-10-04")]
    [True, True, False, False]
    """
    if m.start() > 0 and re.match("[A-Za-z]", text[m.start() - 1]):
        return True
    sep = m.group("sep")  # a short group on (-004), not a range's next date (-2019-06-30)
    return bool(sep and re.match(rf"\s*{re.escape(sep)}\s*\d{{1,3}}(?!\d)", text[m.end():]))


def dates(ix: TextIndex, start: int = 0, end: int | None = None) -> list[tuple[PartialDate, Hit]]:
    """All dates in text[start:end], in reading order, with their spans; not the dates of a
    copy's attestation stamp (:func:`attested`)."""
    out = []
    stamps = attested(ix)
    for m in DATE_RE.finditer(ix.text, start, len(ix.text) if end is None else end):
        if any(a <= m.start() < b for a, b in stamps) or _in_code(ix.text, m):
            continue
        parsed = date_value(m.group(0))
        if parsed is not None:
            out.append((parsed, Hit(str(parsed), m.start(), m.end())))
    return out


#: A Chinese numeral (or what OCR reads for 〇: O, o, 0) as its digit.
CN_DIGITS = {**dict.fromkeys("〇零○Oo0", "0"),
               **{c: str(i) for i, c in enumerate("一二三四五六七八九", start=1)},
               **{str(i): str(i) for i in range(1, 10)}}
CN_YEAR = "〇零○Oo0一二三四五六七八九"  # a year in Chinese numerals (0 is how OCR reads 〇)
#: What OCR reads in place of a year's numeral that a stroke too many or too few made into
#: something else: 十 (一 crossed by a speck) or an arrow or dash (一 with a smudge): no year
#: is written with them (二〇一→年, 二0一十年), so each is a numeral lost, like the misread
#: Arabic digit. Only after two numerals: 二十年 is a span of years.
_NOT_NUMERAL = "十→—－"
#: A date whose year lost characters in the scan (二〇七年六月二十九, 一四年六月十七日,
#: 011年6月30日): thin strokes (一, 二, 〇, a 2's or 1's hairline) are what binarised scans
#: drop. A year lost whole leaves its line opening with the month and day (六月三十日). A
#: year is read in one script: an Arabic digit among Chinese numerals is a misread character
#: (二6一一年, 二06四年: a 〇 read as 6) and counts as lost.
_DAMAGED_DATE = re.compile(
    rf"(?:(?:(?<![{CN_YEAR}\d])(?P<y>[{CN_YEAR}](?:[{CN_YEAR}]|[1-9](?=[{CN_YEAR}])"
    rf"|(?<=[{CN_YEAR}]{{2}})[{_NOT_NUMERAL}]){{0,3}})"
    rf"|(?<![{CN_YEAR}\d])(?P<y_arabic>\d{{1,3}}))\s*年|^)\s*"
    r"(?P<m>[一二三四五六七八九十]{1,3}|\d{1,2})\s*月"
    r"(?:\s*(?P<d>[一二三四五六七八九十]{1,3}|\d{1,2})(?:\s*[日曰号]|(?=\s*$)))?", re.M)


def damaged_date(ix: TextIndex, year: int, start: int = 0, end: int | None = None) -> Hit | None:
    """The certificate's date read with its year completed from the year its number encodes,
    when the digits that survived are that year's; the month as read. The day only when it
    keeps its tens (二十七, 三十; 27, 30): a 十七 (7) may be a 二十七 (27) that lost its first
    stroke, so it is left out. A date with no year left at all counts only with its day (a
    lone 六月 may be anything). `year` comes from what else the document says (a
    certificate number's year); only text[start:end] is read."""
    for m in _DAMAGED_DATE.finditer(ix.text, start, len(ix.text) if end is None else end):
        year_read = m["y"] or m["y_arabic"]
        if year_read is None and not m["d"]:
            continue
        survived = "".join(CN_DIGITS[c] for c in year_read or ""
                           if m["y_arabic"] or c in CN_YEAR)  # a misread numeral: lost
        if not re.search(".*".join(survived), str(year)):
            continue
        month = _count(m["m"])
        day = _count(m["d"]) if m["d"] and re.match("[二三]十|[1-3]\\d", m["d"]) else None
        when = _valid_date(year, month, day)
        if when:
            return Hit(str(when), m.start(), m.end())
    return None


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else cn_count(text)


def _valid_date(year: int, month: int | None, day: int | None) -> PartialDate | None:
    """The date, or its month when the day does not exist, or None for no month."""
    if not month or not 1 <= month <= 12:
        return None
    try:
        PartialDate(year, month, day).first_day()
    except ValueError:
        return PartialDate(year, month)
    return PartialDate(year, month, day)


def date_after(ix: TextIndex, labels: Iterable[str], *, window: int = 30,
               skip: Callable[[int], bool] | None = None) -> Hit | None:
    """The first date written within `window` characters after one of `labels`, passing over
    a label whose position `skip` tells (a label not of the document's own particulars)."""
    for m in re.finditer(any_label(labels), ix.text):
        if skip is not None and skip(m.start()):
            continue
        found = dates(ix, m.end(), min(len(ix.text), m.end() + window))
        if found and not re.search(r"[。;；]", ix.text[m.end():found[0][1].start]):
            return found[0][1]
    return None


#: The label of a term's last day where a form, a slip or an app gives the term as two
#: labelled dates (合同开始日期 … / 合同结束日期 …, 起始日期 / 终止日期) instead of one range.
TERM_END_LABEL = re.compile(
    r"(?:终\s*止|结\s*束|截\s*止|到\s*期|期\s*满)\s*(?:日\s*期|时\s*间)\s*[:：]?[ \t]*")


def date_at_label(ix: TextIndex, label: re.Pattern[str]) -> Hit | None:
    """The date standing directly after `label`, on its line: only that is the label's value
    (a blank label, or one saying 无固定期限, takes no date from the next line)."""
    for m in label.finditer(ix.text):
        found = dates(ix, m.end(), min(len(ix.text), m.end() + 20))
        if found and found[0][1].start == m.end():
            return found[0][1]
    return None


#: The label of a document's line of offices sent copies (抄送：…, 抄报：…, 分送：…).
COPIED_TO = r"(?:抄\s*[送报]|分\s*送)\s*[:：]"
#: The 版记 (GB/T 9704) ruled off at the foot of an official document, under its text, its
#: signature and its date: the offices sent copies (:data:`COPIED_TO`), then which office
#: printed it and when (综合办公室 2024年6月16日印发). Neither is the letter's: the 印发机关
#: is the unit's own office, not the unit that signs, and the 印发日期 the day the copies went
#: out. Matches at the start of its first line (the newline before it).
COLOPHON = re.compile(rf"(?:^|\n)(?:[ \t]*{COPIED_TO}"
                      rf"|[^\n]*?(?:{_DATE_PLAIN})\s*印\s*发[ \t]*(?=\n|$))")


#: OCR reads a range's dash as 一 (2017年04月一2020年03月): between dates in Arabic digits, where
#: no Chinese numeral can stand, it is the dash.
_DASH_READ_AS_ONE = r"(?<=[0-9]年|[0-9]月|[0-9]日)一(?=\s*[0-9])"
_RANGE = re.compile(
    rf"(?P<a>{_DATE_PLAIN})\s*(?:起)?\s*(?:至|到|-|止|{_DASH_READ_AS_ONE})\s*"
    rf"(?P<b>{_DATE_PLAIN}|今|现在)"
)


def period(
    ix: TextIndex, labels: Iterable[str] = (), *, window: int = 40,
    skip: Collection[int] = (),
) -> tuple[Hit | None, Hit | None]:
    """A date range "A 至 B" / "A-B" (after one of `labels` when given, else anywhere); never
    one starting at a position in `skip` (another paper's range copied onto the page)."""
    # 原合同期限: the term of the document this one renews or replaces, not its own
    starts = ([m.end() for m in re.finditer("(?<!原)" + any_label(labels), ix.text)]
              if labels else [0])
    for pos in starts:
        if labels and ix.header_row(pos - 1):
            found = _column_period(ix, pos - 1)
            if found[0] is not None:
                return found
            continue
        limit = len(ix.text) if not labels else min(len(ix.text), pos + window + 60)
        ranges = _RANGE.finditer(ix.text, pos, limit)
        # a label's own range is the first after it; unlabelled, the first not skipped
        m = next(ranges, None) if labels else next((r for r in ranges
                                                    if r.start("a") not in skip), None)
        if not m or (labels and m.start() - pos > window) or m.start("a") in skip:
            continue
        found = _range_hits(m)
        if found[0] is not None:
            return found
    if not labels and (m := SPLIT_RANGE.search(ix.text)):
        return _range_hits(m)
    return None, None


#: A range wrapped inside a form's box (干部任免审批表: 聘期2016.04- ⏎ 任免理由 2019.03): the
#: dash ends the line and the next begins with the box's own label, printed in the grid's left
#: column and read on the line the wrapped value continues on, then the range's end. A line
#: ending in a dash goes on; between two dates in Arabic digits (2015.01一2017.12, on one line
#: or wrapped), where no Chinese numeral can stand, 一 is that dash read by OCR.
_WRAPPED_RANGE = re.compile(
    rf"(?P<a>{_DATE_PLAIN})[ \t]*(?:至|到|-|(?<=[0-9])一)[ \t]*(?:\n[ \t]*"
    rf"(?:[{CJK}]{{2,8}}[ \t]+)?)?(?P<b>{_DATE_PLAIN})"
)


def wrapped_period(ix: TextIndex, labels: Iterable[str], *,
                   window: int = 40) -> tuple[Hit | None, Hit | None]:
    """A range after one of `labels` wrapped over a form's box (:data:`_WRAPPED_RANGE`), for
    when :func:`period` finds none written on one line."""
    for m in re.finditer("(?<!原)" + any_label(labels), ix.text):
        found = _WRAPPED_RANGE.search(ix.text, m.end(), min(len(ix.text), m.end() + window + 40))
        if found and found.start() - m.end() <= window:
            hits = _range_hits(found)
            if hits[0] is not None and hits[1] is not None:
                return hits
    return None, None


#: A term split by the sentence it opens (决定自2001年3月1日起聘任其为高级工程师，聘期三年，
#: 至2004年2月29日止): 自 A 起 … 至 B 止 within one sentence.
SPLIT_RANGE = re.compile(
    rf"自\s*(?P<a>{_DATE_PLAIN})\s*起[^。；;]{{0,80}}?至\s*(?P<b>{_DATE_PLAIN})\s*止"
)


#: The same term with its 起 misread as another character (自2001年3月1日超至2004年2月29日止):
#: 自 … 至 … 止 bracket a term by themselves, so one character between the start and 至 is its
#: 起. Both dates are read whole (:func:`bracketed_term`).
_BRACKETED_RANGE = re.compile(
    rf"自\s*(?P<a>{_DATE_PLAIN})\s*[{CJK}]\s*至\s*(?P<b>{_DATE_PLAIN})\s*止")


def bracketed_term(ix: TextIndex) -> tuple[Hit | None, Hit | None]:
    """A term written 自 A 起至 B 止 whose 起 OCR misread: both dates whole and in order."""
    for m in _BRACKETED_RANGE.finditer(ix.text):
        a, b = date_value(m["a"]), date_value(m["b"])
        if a is not None and b is not None and str(a) < str(b) and len(str(a)) == 10:
            return Hit(str(a), m.start("a"), m.end("a")), Hit(str(b), m.start("b"), m.end("b"))
    return None, None


#: A term whose sentence opens with its start and then names its end by the term's own word
#: (决定聘任…，自2018年3月1日起生效，聘期至2021年2月28日。): 自 A 起 … 聘期/任期/期限 至 B, in
#: one sentence, with or without 止 after B.
TERM_TO = re.compile(
    rf"自\s*(?P<a>{_DATE_PLAIN})\s*起[^。；;]{{0,80}}?(?:聘\s*期|任\s*期|期\s*限)"
    rf"\s*(?:届\s*满\s*)?至\s*(?P<b>{_DATE_PLAIN})"
)


def _range_hits(m: re.Match[str]) -> tuple[Hit | None, Hit | None]:
    a, b = date_value(m["a"]), date_value(m["b"])
    if a is None:
        return None, None
    return (Hit(str(a), m.start("a"), m.end("a")),
            Hit(str(b), m.start("b"), m.end("b")) if b else None)


def range_within(ix: TextIndex, start: int, end: int) -> tuple[Hit | None, Hit | None]:
    """The date range written between `start` and `end` (a table cell's 2019.07-2022.06)."""
    m = _RANGE.search(ix.text, start, end)
    return _range_hits(m) if m else (None, None)


def range_spans(ix: TextIndex) -> list[tuple[int, int]]:
    """Where each date that is one end of a range (A 至 B, 自 A 起 … 至 B 止) is written: a
    term's ends, never a document's own date."""
    out = []
    for rx in (_RANGE, SPLIT_RANGE):
        for m in rx.finditer(ix.text):
            out += [m.span("a")] + ([m.span("b")] if m["b"] and m["b"][0].isdigit() else [])
    return out


def _column_period(ix: TextIndex, pos: int) -> tuple[Hit | None, Hit | None]:
    """A date range written in the column under a header cell (2016年4月 / 至 / 2019年3月)."""
    text, where = ix.column_text(pos)
    m = _RANGE.search(text)
    a = date_value(m["a"]) if m else None
    if m is None or a is None or where[m.start("a")] < 0:
        return None, None
    b = date_value(m["b"])
    start = Hit(str(a), where[m.start("a")], where[m.end("a") - 1] + 1)
    end = Hit(str(b), where[m.start("b")], where[m.end("b") - 1] + 1) if b else None
    return start, end


# --------------------------------------------------------------------------- identifiers

NUMBERISH = "[0-9OoIl]"


def id_number(ix: TextIndex, labels: Iterable[str] = ()) -> Hit | None:
    """An 18-character resident identity number, after a label if possible."""
    if labels:
        hit = labelled(ix, labels, suffix=r"\s*[:：]?")
        if hit and (value := id_shape(hit.value)):
            return Hit(value, hit.start, hit.end)
    for m in ID_CANDIDATE.finditer(ix.text):
        if value := id_shape(m.group(0)):
            return Hit(value, m.start(), m.end())
    return None


USCC = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])")


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_valid(code: str) -> bool:
    """True when a credit code's last character is its check character (GB 32100-2015,
    python-stdnum's ``cn.uscc``): a code that fails it was misread (a seal across it), and is
    better left unread. Letters are allowed in the first two places (registration authorities
    such as N 农业, Y 其他), which ``cn.uscc.validate`` refuses.

    >>> uscc_valid("91350100M000100Y43"), uscc_valid("91350100M000100Y44")
    (True, False)
    """
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    return uscc.calc_check_digit(code) == code[17]


def credit_code(ix: TextIndex) -> Hit | None:
    """A unified social credit code (统一社会信用代码), after its label if present; None
    when the code read fails its check character."""
    hit = labelled(ix, ["统一社会信用代码", "社会信用代码", "信用代码"])
    if hit:
        m = USCC.search(hit.value.upper())
        if m:
            return Hit(m.group(0), hit.start, hit.end) if uscc_valid(m.group(0)) else None
    for m in USCC.finditer(ix.text):
        if not id_shape(m.group(0)):
            return Hit(m.group(0), m.start(), m.end()) if uscc_valid(m.group(0)) else None
    return None


# the label may be bracketed, as a database record quotes it (【ISSN】1000-4726, [CN] 11-2115/TU),
# or in words, as a copyright page prints it (国内统一连续出版物号 11-2115/TU)
ISSN_RE = re.compile(
    r"(?:ISSN|国际标准连续出版物号)\s*[】\]]?\s*[:：]?\s*(?P<a>\d{4})\s*-?\s*"
    r"(?P<b>\d{3}[\dXx])(?![\dXx])", re.I
)
ISSN_BARE = re.compile(r"(?<![\d-])(?P<a>\d{4})-(?P<b>\d{3}[\dXx])(?![\dXx-])")
CN_RE = re.compile(
    r"(?:CN|国内统一(?:连续出版物|刊)号)\s*[】\]]?\s*[:：]?\s*(?P<a>\d{2})\s*-\s*(?P<b>\d{4})\s*/\s*"
    r"(?P<c>[A-Z]{1,3}(?:\d(?!\d))?)", re.I
)


def issn(ix: TextIndex, start: int = 0, end: int | None = None) -> Hit | None:
    """An ISSN (in text[start:end]), normalised to ``NNNN-NNNC``."""
    for rx in (ISSN_RE, ISSN_BARE):
        m = rx.search(ix.text, start, len(ix.text) if end is None else end)
        if m:
            return Hit(f"{m['a']}-{m['b'].upper()}", m.start(), m.end())
    return None


def cn_serial(ix: TextIndex, start: int = 0, end: int | None = None) -> Hit | None:
    """A CN serial number (in text[start:end]), normalised to ``NN-NNNN/XX``.

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> doc = ReadDocument("x.pdf", "0", (Page(1, 600, 40, (
    ...     Word("国内统一连续出版物号 11-2115/TU", BBox(0, 0, 600, 20)),), "text"),))
    >>> cn_serial(index(doc)).value
    '11-2115/TU'
    """
    m = CN_RE.search(ix.text, start, len(ix.text) if end is None else end)
    return Hit(f"{m['a']}-{m['b']}/{m['c'].upper()}", m.start(), m.end()) if m else None


# --------------------------------------------------------------------------- names and orgs

NAME = rf"[{CJK}](?: ?[{CJK}]){{1,3}}?(?:·[{CJK}]{{1,8}})?"
NAME_RE = re.compile(rf"[{CJK}]{{2,4}}|[{CJK}]{{1,8}}·[{CJK}]{{1,8}}")
_NOT_NAMES = {"姓名", "性别", "同志", "先生", "女士", "学生", "研究生", "摘要", "关键词", "作者",
              "本校", "我单位", "出生", "民族", "住址", "单位", "考核", "年度", "证书", "编号"}


#: A run with a middle dot ending in the holder's sex (韦建华·男, 学生韦建华·性别男 with 性别
#: misread): the name, OCR's dot for the comma after it, then the sex; no minority name's
#: transliterated part ends in 男 or 女.
_RUN_INTO_SEX = re.compile("[·•・].*[男女]$")


def is_name(text: str) -> bool:
    """True when `text` (whitespace removed) looks like a person's name; never one holding a
    pronoun (兹聘任您为: 任您 is no name), nor a name run into the sex after it.

    >>> is_name("张 伟"), is_name("软土地基处理"), is_name("姓名"), is_name("任您")
    (True, False, False, False)
    >>> is_name("阿依古丽·买买提"), is_name("韦建华·男")
    (True, False)
    """
    text = squash(text)
    if re.search("[您你我他她]", text) or _RUN_INTO_SEX.search(text):
        return False
    return bool(NAME_RE.fullmatch(text)) and text not in _NOT_NAMES and well_formed_name(text)


def one_short(ix: TextIndex, hit: Hit) -> bool:
    """Whether the page also shows, as a word of its own (a signature, a name under a photo),
    a name that is `hit`'s with one character more after its surname (何雪 read in the prose,
    何娟雪 signed under it): OCR dropped a character from one of the two reads, and which is
    the person's cannot be told from the page, so the shorter is no sure read of the name.
    The same name again, or another person's, is no sign of it.

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> doc = ReadDocument("x.png", "0", (Page(1, 400, 80, (
    ...     Word("学生韦丽，性别女", BBox(10, 0, 200, 12)), Word("韦秋丽", BBox(10, 40, 50, 52)),
    ...     Word("2023.5.6", BBox(60, 40, 120, 52))), "ocr:t 1"),))
    >>> one_short(index(doc), Hit("韦丽", 2, 4))
    True
    """
    name = squash(hit.value)
    for m in _WORD_ALONE.finditer(ix.text):
        other = m[0]
        if (not (m.start() < hit.end and hit.start < m.end()) and len(other) == len(name) + 1
                and other[0] == name[0] and holds_in_order(other[1:], name[1:])
                and is_name(other)):
            return True
    return False


#: A run of CJK characters standing as a word of its own: the line's or a space's on either
#: side (a signature, a caption), not after a label's colon (校长：张某某) nor inside prose.
_WORD_ALONE = re.compile(rf"(?m)(?:^|(?<=[ ]))[{CJK}]+(?=[ ]|$)")


def holds_in_order(text: str, chars: str) -> bool:
    """Whether `chars` are characters of `text` in the same order (with others between).

    >>> holds_in_order("马刚峰", "马峰"), holds_in_order("马刚峰", "峰刚")
    (True, False)
    """
    it = iter(text)
    return all(c in it for c in chars)


def name_hit(hit: Hit | None) -> Hit | None:
    """The hit if it is a name, else None."""
    return hit if hit and is_name(hit.value) else None


def heads_a_list(ix: TextIndex, hit: Hit, labels: Iterable[str],
                 fits: Callable[[str], bool] = is_name, repeats: bool = False) -> bool:
    """Whether a value read under its column's label is the first row of a list of several
    people: the next line holds another value of the same kind (`fits`: a name, a school) in
    the same column (a payroll sheet, a list of staff, a clerk's workbook with a row each).
    That row is one person's among others, not the document's holder's. A value read beside
    its label on the label's own line (姓名 张伟 性别 男) is a form's own; the same value again
    under it (a signature under the name) is no second row, unless the column's values
    `repeats` (a column of grades: 合格 over 合格 are two people's).

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> words = [Word(t, BBox(x, y, x + 30, y + 12)) for t, x, y in (
    ...     ("姓名", 10, 0), ("科室", 60, 0), ("韦丽华", 10, 20), ("内科", 60, 20),
    ...     ("蒙志强", 10, 40), ("外科", 60, 40))]
    >>> ix = index(ReadDocument("x.png", "0", (Page(1, 400, 80, tuple(words), "ocr:t 1"),)))
    >>> heads_a_list(ix, Hit("韦丽华", 6, 9), ["姓名"])
    True
    """
    span = ix.x_span(hit.start, hit.end)
    line = ix.line_at(hit.start)
    if span is None or line is None or re.search(
            "|".join(spaced(label) for label in labels), ix.text[line.start:hit.start]):
        return False
    at = ix.lines.index(line)
    if at + 1 >= len(ix.lines) or ix.lines[at + 1].page_no != line.page_no:
        return False
    below = ix.lines[at + 1]
    for m in re.finditer(r"\S+", ix.text[below.start:below.end]):
        other = ix.x_span(below.start + m.start(), below.start + m.end())
        if (other and other[0] < span[1] and span[0] < other[1] and fits(squash(m[0]))
                and (repeats or squash(m[0]) != hit.value)):
            return True
    return False


#: How prose certificates name their holder without a label: a line opening with the name and
#: 同志 (周琳婷同志（身份证号码：…），经…评审通过) or with name, sex and birth
#: (张伟，男，1990年1月生，…). After 兹证明 (or 兹有) the name ends before the word naming
#: the holder's standing, 同志 or a school's 同学/学生 (兹证明王小红同学，性别女), never part
#: of the name; 君 is left out, being as often a name's own last character (李丽君).
_HOLDER_PROSE: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?:^|\n)[ ]*(?P<v>{NAME})[ ]*同[ ]*志"),
    re.compile(rf"兹[ ]*(?:证[ ]*明|有)[ ]*[:：]?[ ]*(?P<v>{NAME})[ ]*"
               r"(?:同[ ]*志|同[ ]*学|学[ ]*生|[，,（(])"),
    # 张梅：/张梅女士：/张梅老师：, the honorific no part of the name (not a role's label:
    # 经办人：, 申请人：, 联系人：; nor a note's heading: 温馨提示：, 特别说明：, 备注：)
    re.compile(rf"(?:^|\n)[ ]*(?P<v>{NAME})(?<!人)(?<!提示)(?<!说明)(?<!备注)"
               r"[ ]*(?:女[ ]*士|先[ ]*生|老[ ]*师)?[ ]*[:：]"),
    re.compile(rf"(?:^|\n|。)[ ]*(?P<v>{NAME})[ ]*[，,][ ]*[男女][ ]*[，,]"),
    # 我单位专业技术人员朱亮洋（公民身份号码…）: a name with its ID number in brackets
    re.compile(rf"(?:人员|职工|员工|同志|单位|[，,:：\s])[ ]*(?P<v>{NAME})[ ]*[（(][ ]*"
               r"(?:公民)?身[ ]*份[ ]*(?:证|号)"),
)


def holder_in_prose(ix: TextIndex) -> Hit | None:
    """The holder named at the opening of a prose certificate's sentence, or None.

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> doc = ReadDocument("x.pdf", "0", (Page(1, 600, 40, (
    ...     Word("周琳婷同志（身份证号码：略），经评审", BBox(0, 0, 600, 20)),), "text"),))
    >>> holder_in_prose(index(doc)).value
    '周琳婷'
    """
    return first(h for rx in _HOLDER_PROSE for h in search(ix, rx) if is_name(h.value))


_ID_LABEL_LINE = re.compile(r"\s*(?:公\s*民\s*)?(?:身\s*份\s*证|证\s*件)\s*号\s*码?\s*[:：]?")


#: A major as a form view prints it on a line of its own: a name of CJK characters (brackets
#: for a direction, 工商管理（财务方向）).
MAJOR_LINE = re.compile(f"[{CJK}()（）]{{2,30}}")


def stacked_under(ix: TextIndex, labels: Iterable[str], fits: Callable[[str], bool]
                  ) -> Hit | None:
    """The first value laid out as a phone app's record shows a field (学信网's mobile record,
    an approval form of 钉钉 or 企业微信): a small label alone on its line (one of `labels`,
    with or without a colon) and the value alone on the line below, set flush under it in
    the same column (its left edge within a character's height of the label's), when the
    value's whole line `fits` (a field left empty shows the next field's label there)."""
    wanted = set(labels)
    for above, line in zip(ix.lines, ix.lines[1:]):
        if above.page_no != line.page_no:
            continue
        if squash(ix.text[above.start:above.end]).rstrip(":：") not in wanted:
            continue
        value = squash(ix.text[line.start:line.end])
        if not fits(value):
            continue
        label_x, value_x = ix.x_span(above.start, above.end), ix.x_span(line.start, line.end)
        if (label_x and value_x
                and abs(label_x[0] - value_x[0]) <= ix.char_height(line.start)):
            return Hit(value, line.start, line.end)
    return None


#: A profile header's line: the name, alone or followed by the holder's sex (``马刚峰  男``).
_PROFILE_NAME = re.compile(r"[ \t]*(?P<v>\S.*?)(?:[ \t]+[男女])?[ \t]*")


def holder_above_id(ix: TextIndex) -> Hit | None:
    """The holder as an app's or online service's profile header shows them: a name on a line
    of its own directly above their ID number's line (``张伟`` / ``身份证号：4502****1234``),
    the sex perhaps beside it (``马刚峰  男``).

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> doc = ReadDocument("x.png", "0", (Page(1, 400, 80, (
    ...     Word("周琳婷", BBox(80, 0, 130, 14)),
    ...     Word("身份证号：4502**********1234", BBox(80, 24, 240, 36)),), "text"),))
    >>> holder_above_id(index(doc)).value
    '周琳婷'
    """
    for above, line in zip(ix.lines, ix.lines[1:]):
        if above.page_no != line.page_no or ix.text.startswith("\n\n", above.end):
            continue
        shown = _PROFILE_NAME.fullmatch(ix.text, above.start, above.end)
        if shown and _ID_LABEL_LINE.match(ix.text, line.start) and is_name(shown["v"]):
            return Hit(squash(shown["v"]), shown.start("v"), shown.end("v"))
    return None


#: The signed-in user as a web system's top bar names them: the name, then the staff number in
#: brackets (何云（工号 97480）, 张伟(工号:1024)).
_SIGNED_IN = re.compile(rf"(?<![{CJK}·])(?P<v>[{CJK}]{{2,4}}(?:·[{CJK}]{{1,8}})?)\s*[(（]\s*"
                        r"(?:员\s*|职\s*)?工\s*号")


def signed_in_holder(ix: TextIndex) -> Hit | None:
    """The holder of a record printed from a unit's self-service portal (员工自助): the user
    signed in, as the top bar names them (``何云（工号97480）``), when the page's person card
    shows the same name as a word of its own. A clerk printing another's record is signed in
    under a name the card does not repeat: then nothing is read.

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> bar = Word("覃丽（工号 30412）退出", BBox(300, 0, 420, 12))
    >>> card = Word("覃丽", BBox(90, 30, 120, 44))
    >>> page = Page(1, 500, 80, (bar, card), "text")
    >>> signed_in_holder(index(ReadDocument("x.pdf", "0", (page,)))).value
    '覃丽'
    >>> page = Page(1, 500, 80, (bar, Word("韦海", BBox(90, 30, 120, 44))), "text")
    >>> signed_in_holder(index(ReadDocument("x.pdf", "0", (page,)))) is None
    True
    """
    for m in _SIGNED_IN.finditer(ix.text):
        name = squash(m["v"])
        if not is_name(name):
            continue
        alone = re.compile(rf"(?m)(?:^|(?<=\s)){re.escape(name)}(?=\s|$)")
        if any(o.start() != m.start("v") for o in alone.finditer(ix.text)):
            return Hit(name, m.start("v"), m.end("v"))
    return None


ORG_SUFFIX = (
    "有限责任公司|股份有限公司|有限公司|分公司|公司|集团|研究院|设计院|研究所|事务所|医院|卫生院"
    "|学院|大学|学校|中学|小学|幼儿园|中心|委员会|管理局|局|厅|院|所|馆|厂|站|协会|学会|银行"
    "|办公室|管理处|事业部"
)
#: An organisation name ends where the next word starts: not inside a longer word, nor before
#: （院）; its head's title may follow it directly (华南理工大学校长 高松, a school's signature).
ORG_RE = re.compile(
    rf"(?<![{CJK}])[{CJK}](?:[{CJK}]|\n(?=[{CJK}])){{1,40}}?(?:{ORG_SUFFIX})"
    rf"(?!(?!校\s*长|院\s*长)[{CJK}]|\s*[(（]\s*院\s*[)）])"
)
_ORG_LABELS = re.compile(
    r"^(?:单位名称|聘任单位|聘用单位|用人单位|工作单位|委托单位|申报单位|推荐单位|所在单位|"
    r"填报单位|发证单位|单位|甲方|在)"
)
_CONT_HEAD = re.compile(rf"^(?:{ORG_SUFFIX}|有限|股份|责任)")
ORG_COMPLETE = re.compile(rf"(?:{ORG_SUFFIX})$")
SCHOOL_SUFFIX = "大学|学院|学校|研究院|研究所|科学院|党校|研究生院"
#: Words of a document's title or sentence, never of a school's name: a run a school pattern
#: caught that holds one (届本科毕业生学士学位的决定各学院, the tail of 关于授予…学位的决定 and
#: the addressee below it) is a fragment of the text, not a school.
_NOT_SCHOOL_WORDS = re.compile(r"关于|决定|通知|通报|名单|届|毕业生|授予|学位|证书|证明|的|兹|特此")


def plausible_school(text: str) -> bool:
    """Whether `text` can be a school's name: it holds no word of a heading or a sentence.

    >>> plausible_school("华中科技大学"), plausible_school("届硕士研究生学位的决定各学院")
    (True, False)
    """
    return not _NOT_SCHOOL_WORDS.search(squash(text))


def clean_org(raw: str) -> tuple[str, int]:
    r"""An organisation name from a match that may start on a previous line or with a label.

    Returns the name and the offset in `raw` where it starts.

    >>> clean_org("行政领导\n柳州某某科技\n有限公司")
    ('柳州某某科技有限公司', 5)
    """
    parts = raw.split("\n")
    i = len(parts) - 1
    value = squash(parts[i])
    while i > 0 and (len(value) < 4 or _CONT_HEAD.match(value)):
        i -= 1
        value = squash(parts[i]) + value
    offset = sum(len(p) + 1 for p in parts[:i])
    label = _ORG_LABELS.match(value)
    if label:
        value = value[label.end():]
        offset += label.end()
    return _COMPANY_OFFICE.sub(r"\1", value), offset


#: A unit's office signing for it (…有限公司办公室, …集团人力资源部, …研究院办公室): the unit is
#: the company, institute or bureau, not its office. (人民政府办公室 is a unit of its own.)
_COMPANY_OFFICE = re.compile(
    r"(公司|集团|研究院|设计院|医院|学院|大学|学校|中学|小学|局|中心)"
    r"(?:党委办公室|办公室|人力资源部|人事部|人事处|人事科|组织人事部|综合部|行政部|人力资源中心)$")


def orgs(ix: TextIndex, start: int = 0, end: int | None = None) -> list[Hit]:
    """Organisation names (units, schools) in text[start:end], in reading order."""
    out = []
    for m in ORG_RE.finditer(ix.text, start, len(ix.text) if end is None else end):
        value, offset = clean_org(m.group(0))
        if len(value) >= 4 and not _BARE_SUFFIX.fullmatch(value):
            out.append(Hit(value, m.start() + offset, m.end()))
    return out


#: A company's form with no name before it (有限公司: a seal's ring text read apart from the
#: name it ends): no organisation's name.
_BARE_SUFFIX = re.compile(r"(?:集团|股份)?(?:有限)?(?:责任)?公司")


#: The issuer's mark heading an official document (GB/T 9704 发文机关标志): "…有限公司文件",
#: printed large above the 文号 and read more surely than the signature under the seal.
_ISSUER_MARK = re.compile(
    rf"(?:^|\n)[ ]*(?P<v>[{CJK}](?:[ ]?[{CJK}()（）]){{3,40}}?(?:{ORG_SUFFIX}))"
    r"[ ]*文[ ]*件[ ]*(?:\n|$)")


def issuer_mark(ix: TextIndex, start: int = 0) -> Hit | None:
    """The unit whose document this is, from its issuer's mark among the first lines (from
    `start`, a line's start: what a receiver wrote or stamped above the document ends there)."""
    head = ix.text[start:start + sum(len(line) + 1 for line in ix.text[start:].split("\n")[:3])]
    m = _ISSUER_MARK.search(head)
    return Hit(squash(m.group("v")), start + m.start("v"), start + m.end("v")) if m else None


#: A unit's own personnel system's title bar: the unit's name, then the system's (柳州市第四十二
#: 中学 | 人力资源管理系统 · 员工自助; OCR reads the bar's rule as 一, I or l).
_SYSTEM_BAR = re.compile(
    rf"(?m)(?:^|(?<=\s))(?P<v>[{CJK}()（）]{{2,40}}?(?:{ORG_SUFFIX}))[ \t]*(?:[|｜丨/Il一][ \t]*)?"
    rf"(?:人[ \t]*力[ \t]*资[ \t]*源|人[ \t]*事)[{CJK} \t·]{{0,12}}?(?:系[ \t]*统|平[ \t]*台)")


def system_owner(ix: TextIndex) -> Hit | None:
    """The unit whose personnel system (人力资源管理系统, 人事管理平台) a page was printed from,
    as the system's title bar names it. A unit's system holds that unit's staff only.

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> bar = Word("柳州市工人医院一人力资源管理系统·员工自助", BBox(20, 0, 300, 14))
    >>> system_owner(index(ReadDocument("x.pdf", "0", (Page(1, 500, 80, (bar,), "text"),)))).value
    '柳州市工人医院'
    >>> bar = Word("广西职称评审管理服务平台", BBox(20, 0, 300, 14))
    >>> system_owner(index(ReadDocument("x.pdf", "0", (Page(1, 500, 80, (bar,), "text"),)))) is None
    True
    """
    m = _SYSTEM_BAR.search(ix.text)
    return Hit(squash(m["v"]), m.start("v"), m.end("v")) if m else None


def signatory(ix: TextIndex) -> Hit | None:
    """The organisation that signs a letter: named on the line just above its date (the last
    date that has one: 柳州市市政设计研究院 / 2021.01.13), or None."""
    for _date, when in reversed(dates(ix)):  # a receipt's date below may have no signature
        before = [h for h in orgs(ix, 0, when.start)
                  if "\n\n" not in ix.text[h.end:when.start]
                  and _SEAL_BITS.sub("\n", ix.text[h.end:when.start]).count("\n") <= 1]
        if before:
            return before[-1]
    return None


#: A line of one or two characters alone between a signature's name and its date: the seal
#: pressed over the signature, a scan's OCR reading a character or two of its ring (公, 章) as
#: a line of its own. It does not part the name from its date.
_SEAL_BITS = re.compile(rf"\n[ \t]*[{CJK}]{{1,2}}[ \t]*\n")


#: A line addressing the letter to someone (致：职称评审委员会): not the writer.
ADDRESSEE = re.compile(r"(?:^|\n)\s*(?:致|呈|报送|送)\s*[:：]")


_ORG_VALUE = re.compile(rf"[{CJK}()（）]{{2,60}}(?:{ORG_SUFFIX})")  # greedy: 集团有限公司 whole
#: A label's parenthesis (甲方（用人单位）): not a signature instruction (甲方（盖章）:), where
#: the party signs rather than where its name is written; but a label that asks for the name
#: (单位名称（盖章）：) has the name written there, the seal over it.
_PAREN = (r"(?:(?<=名称)\s*[(（][^)）\n]{0,12}[)）]"
          r"|\s*[(（](?![^)）\n]{0,12}(?:盖章|签章|签字|公章|印章))[^)）\n]{0,12}[)）])?")


_ANY_PAREN = r"(?:\s*[(（][^)）\n]{0,12}[)）])?"
#: A unit of measure written after 单位 (单位：元/月, 单位：万元、人): a table's, not a unit's.
_MEASURE = re.compile(r"[(（]?(?:万元|千元|元|人次|人|名|个|项|份|小时|学时|%|㎡)(?:[/、)）]|$)")


#: An "as of" date after a unit's name on its line (单位：某某研究院  截至2024年5月11日, a
#: list's or a report's 截止 date; 统计截止时间：2024.5): no organisation's name holds one, so
#: it ends the name.
_AS_OF = rf"(?:统\s*计\s*)?截\s*[至止](?:\s*(?:日\s*期|时\s*间))?\s*[:：]?\s*(?:{_DATE_PLAIN})"


def org_labelled(ix: TextIndex, labels: Iterable[str], stops: Sequence[str] = (),
                 *, named: bool = False) -> Hit | None:
    """An organisation name written after one of `labels` (possibly over two lines), up to
    an "as of" date after it (:data:`_AS_OF`).

    A label followed by a colon is trusted; a bare label (``单位 柳州……公司``) only when its
    value looks like an organisation. `named` also allows ``甲方（用人单位）名称：``.
    """
    name = r"(?:\s*名\s*称)?" if named else ""
    stops = (*stops, _AS_OF)
    strict = labelled(ix, labels, stops=stops, complete=ORG_COMPLETE,
                      suffix=rf"{_PAREN}{name}\s*[:：]")
    # 单位：元/月 over a table is its unit of measure, even when a value carried on to the
    # next line joined the table's header to it (单位：元 / 序号 姓名 …): read its own line
    if strict and _MEASURE.match(squash(ix.text[strict.start:strict.end].split("\n")[0])):
        strict = None
    # a value that is an organisation's name is its name even after 填报单位（盖章）：, where
    # the unit writes its name and stamps over it
    hit = strict or labelled(ix, labels, stops=stops, complete=ORG_COMPLETE, accept=_ORG_VALUE,
                             suffix=rf"{_ANY_PAREN}{name}\s*[:：]?\s*", cell=True)
    if not hit:
        return None
    value = re.split(r"[(（]?(?:盖章|公章|签章|签字|印章)", hit.value)[0]
    value = re.sub(r"[(（][)）]?$", "", value)
    # a form's printed labels are never its values: a value read on from a party's label
    # over its grid's heading (甲方（用人单位）基本情况 / 名称 柳州…) starts after the labels
    if lead := _LABEL_RUN.match(value):
        value = value[lead.end():]
        at = ix.text.find(value[:1], hit.start, hit.end) if not hit.parts else -1
        hit = Hit(hit.value, at, hit.end) if at != -1 else hit
    return hit.with_value(value) if len(value) >= 2 else None


#: Labels of a form's grid that open no organisation's name: a section's heading (基本情况,
#: 基本信息) and a name's own label (名称, 单位名称, 全称).
_LABEL_RUN = re.compile(r"(?:基本情况|基本信息|单位名称|单位全称|名称|全称)+[:：]?")


# "J男": a stray stroke of the card border
GENDER_RE = re.compile(r"性\s*别\s*[:：]?\s*(?:[A-Za-z|]\s*)?(?P<v>[男女])")


def gender(ix: TextIndex) -> Hit | None:
    """男 or 女 after 性别, else the first standalone 男/女 between separators."""
    hit = first(search(ix, GENDER_RE))
    if hit:
        return hit
    alone = rf"(?:^|[\s{SEPARATORS}])(?P<v>[男女])(?=$|[\s{SEPARATORS}])"
    return first(search(ix, re.compile(alone, re.M)))


# --------------------------------------------------------------------------- titles


#: The grade words a title is written after (高级工程师, 助理会计师, 中级工程师), read whole.
_GRADE_WORDS = frozenset({"高级", "助理", "初级", "中级", "正高", "副高"})


def garbled_grade(text: str) -> bool:
    """Whether a title in `text` stands after its grade word misread by OCR (高摄工程师 for
    高级工程师, 助埋会计师 for 助理会计师, 高极经济师): the title read alone would be a grade
    lower than the one written, so the title is not read. A specialty before the title
    (电气工程师, 土木工程 专业 工程师) shares no character with a grade word and still reads.

    >>> garbled_grade("高摄工程师"), garbled_grade("助埋会计师"), garbled_grade("摄级工程师")
    (True, True, True)
    >>> garbled_grade("高级工程师"), garbled_grade("电气工程师"), garbled_grade("中级工程师")
    (False, False, False)
    """
    text = squash(text)
    for m in TITLE_RE.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        if len(before) < 2 or before in _GRADE_WORDS or before[0] in "一二三四五六七八九十":
            continue  # a grade read whole, or a post grade (一级教师, 专技十级)
        if before[0] in "高助" or before[1] == "级":
            return True
    return False


def title_within(ix: TextIndex, hit: Hit | None) -> Hit | None:
    """The one professional title named inside a hit (its span trimmed to the title), None
    when the hit names no title or two different ones.

    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> doc = ReadDocument("聘书.pdf", "0", (Page(1, 200, 100, (
    ...     Word("聘任职务：工程师职务", BBox(0, 0, 200, 20)),), "text_layer"),))
    >>> ix = index(doc); title_within(ix, Hit("工程师职务", 5, 10)).value
    '工程师'
    """
    if hit is None:
        return None
    found = {m.group(0): m for s, e in hit.spans() for m in TITLE_RE.finditer(ix.text, s, e)}
    if len(found) != 1:
        return None
    (title, m), = found.items()
    return Hit(title, m.start(), m.end())


# --------------------------------------------------------------------------- scoring


#: The heading of a contents page (目次, 目录, CONTENTS), spaced out or not: an issue's, a
#: bound volume's.
CONTENTS_HEADING = re.compile(r"目次|目录|CONTENTS", re.IGNORECASE)
#: A page number set after an entry's title with a space and no leader (a post, a phone page).
BARE_PAGE = re.compile(r"\s+\d{1,4}\s*$")
#: A contents entry: the title, a leader of dots (or ellipses) and where it is: the page it
#: starts on, or (a year index) the issue and page, ``3-45``.
CONTENTS_ENTRY = re.compile(
    r"^\s*(?P<t>\S.*?)\s*(?:(?:[.．·・•]\s*){3,}|(?:[…⋯]\s*){2,})\s*"
    r"(?:(?P<i>\d{1,2})\s*[-–—－/:：]\s*)?(?P<p>\d{1,4})\s*$")


#: The heading of a list of the materials sent with a letter, on a line of its own
#: (附件：报送材料清单, 附：申报材料目录, 送审材料一览表), or the header of such a table, a
#: column of serial numbers beside the materials' names (序号 材料名称 份数 备注, in any
#: order). A list of people (人员名单) is no such list: it is what a notice or roster is about.
_ENCLOSURE_LIST = re.compile(
    r"^[ \t]*(?:附[ \t]*件?[ \t]*[0-9一二三四五六七八九十]*[ \t]*[:：.、．]?[ \t]*)?"
    r"[^\n，。；,;:：]{0,20}?(?:材[ \t]*料|文[ \t]*件)[ \t]*"
    r"(?:清[ \t]*单|目[ \t]*录|明[ \t]*细|一[ \t]*览[ \t]*表?)"
    r"[ \t]*(?:[(（][^)）\n]{0,8}[)）])?[ \t]*$"
    r"|^(?=[^\n]*序[ \t]*号)(?=[^\n]*(?:材[ \t]*料|文[ \t]*件)[ \t]*名[ \t]*称)", re.MULTILINE)

#: A letter's note of its enclosures, numbered under 附件 (附件：1.职称评审表 / 2.学历证书复印件),
#: its first item on the 附件 line and each further one opening a line of its own.
_ENCLOSURE_NOTE = re.compile(
    r"^[ \t]*附[ \t]*件[ \t]*[:：][ \t]*(?=[(（]?[0-9]{1,2}[)）.、．])", re.MULTILINE)
_NOTE_ITEM = re.compile(r"[ \t]*[(（]?[0-9]{1,2}[)）.、．]")


#: A contents heading carried onto a further page of the list: 目录（续）, 目 次(续).
_CONTINUED = re.compile(r"[(（]续[)）]$")


def contents_lists(ix: TextIndex) -> list[tuple[int, int]]:
    """Where a table of contents stands in `ix.text`: from its heading (目录, 目次, 目录（续）,
    a line of its own) through its entries, each a title with the page it starts on, after a
    leader (十、委托评审函 ········ 29) or a space where OCR lost the leader. A line between
    two entries read without its number is one too; the list ends with its page or at the
    second line in a row that is no entry. A bound dossier's 目录 names the materials bound
    after it (年度考核表, 学历证书, 委托评审函), not what its facing page is."""
    spans: list[tuple[int, int]] = []
    for i, head in enumerate(ix.lines):
        if not CONTENTS_HEADING.fullmatch(_CONTINUED.sub("", squash(ix.text[head.start:head.end]))):
            continue
        end, entries, gap, prev = head.end, 0, 0, head
        for line in ix.lines[i + 1:]:
            if line.page_no != prev.page_no or ix.text.startswith("\n\n", prev.end):
                break  # the page's end, or the facing page's start
            prev, text = line, ix.text[line.start:line.end]
            if CONTENTS_ENTRY.match(text) or BARE_PAGE.search(text):
                end, entries, gap = line.end, entries + 1, 0
            elif (gap := gap + 1) >= 2:
                break
        if entries >= 2:
            spans.append((head.start, end))
    return spans


def enclosure_lists(ix: TextIndex) -> list[tuple[int, int]]:
    """Where lists of enclosed materials stand in `ix.text`, in order: a list from its heading
    (or its table's header) to the end of its page, as such a list closes a letter or fills a
    page of its own; a numbered note of enclosures (附件：1.… 2.…) line by line, as the letter's
    signature follows it. Their entries name the other documents sent with this one (职称评审
    表, 学历证书复印件, 现专业技术资格证书复印件), not what this one is; a note's item that is a
    list of people (…人员名单) is what the letter is about and stays. A table of contents
    (:func:`contents_lists`) names the materials of the volume it heads, likewise."""
    spans: list[tuple[int, int]] = []
    for m in _ENCLOSURE_LIST.finditer(ix.text):
        if spans and m.start() < spans[-1][1]:
            continue
        end = ix.text.find("\n\n", m.start())
        spans.append((m.start(), len(ix.text) if end < 0 else end))
    for m in _ENCLOSURE_NOTE.finditer(ix.text):
        at = m.start()
        while True:
            end = ix.line_end(at)
            if "名单" not in squash(ix.text[at:end]):
                spans.append((at, end))
            if not _NOTE_ITEM.match(ix.text, end + 1):
                break
            at = end + 1
    spans = sorted(spans + contents_lists(ix))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def keyword_score(ix: TextIndex, weights: dict[str, float]) -> float:
    """Sum of the weights of keywords present (whitespace ignored), capped at 1.

    A document's kind is its heading and purpose, never the kinds it lists: the entries of a
    list of enclosed materials (:func:`enclosure_lists`) vote for no kind.
    """
    spans = enclosure_lists(ix)
    if spans:
        kept, at = [], 0
        for start, end in spans:
            kept.append(ix.text[at:start])
            at = end
        kept.append(ix.text[at:])
        text = squash("".join(kept))
    else:
        text = ix.compact
    return min(1.0, sum(w for k, w in weights.items() if re.search(k, text)))
