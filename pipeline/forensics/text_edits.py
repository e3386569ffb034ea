"""Edited text on a PDF page: what typing over a document in a PDF editor leaves behind.

Three methods, each a :class:`~pipeline.model.Finding` with a box on the page as displayed:

- ``span_style``: characters set unlike the other characters of their kind on the same
  visual line (Chinese against Chinese, Latin letters and digits against their like, so a
  Word file's digits in Times beside Chinese in SimSun are not compared). A run of characters
  differing in font, size (more than :data:`SIZE_DELTA` pt), colour or baseline (more than
  :data:`BASELINE_DELTA` of the size) from the line's usual style, with that style touching it
  on both sides (part of a value retyped) or under it, is a finding (a value filled in after
  its printed label, set apart on one side, is how forms are filled, not an edit; nor is a
  value written over the form's blank, :data:`BLANK_MARKS`, nor a run of the form's own
  words between filled-in values, :data:`FORM_WORDS`); its score
  is the share of the four that differ (a bold label: 0.25; text typed in with another tool:
  0.75-1.0).
- ``white_box``: a white filled rectangle drawn over text (the page still holds the text
  under it) with text drawn on top of it; score 1.0, or 0.5 when nothing is written on it.
- ``image_over_text``: a picture no taller than :data:`PATCH_MAX_LINES` lines of the text
  beneath it, drawn over text (glyphs pasted as an image); score: the share of the picture's
  area over the hidden characters (the box around them). Seals and photos are taller than
  that and not judged.

A note written across the page (a pen note 此复印件仅供…使用 written over a stapled ID
copy, its characters drawn one by one on a baseline that climbs or falls past several printed lines)
is a remark of its own, not a value changed in its line: ``span_style`` leaves it out.
White text set on a coloured fill drawn before it (a web page's button or a banner's label,
printed with the page) is that shape's label, no value's print: ``span_style`` leaves it out.
White text on the white page, which no one sees, is judged like any other.
A layer laid over the page (:func:`_layers`: a web page's pop-up dialog, a filing stamp's
framed impression, a callout) is a block of its own: a frame or panel drawn over characters
already on the page, then, before anything is drawn outside it, text of its own on two lines
or more that hold none of them. Its text is judged only against its own, never against the
characters under its frame: a dialog's line beside the hidden paragraph under its panel, or a
stamp's line across a heading, is no value retyped. A value retyped in its line, or on a small
white box (``white_box``), is one line drawn over text, never such a block; a white box whose
text is such a block, on lines continuing none of the covered ones (a dialog's panel small
enough to pass for a white box), hides no value and is no ``white_box`` finding.

Lines are read in the page's reading frame (:func:`_frame`): the page as displayed, turned by
quarter turns until most of its letters run left to right. A page stored upright and turned
for display (``/Rotate 90`` or ``270``: a scanner's or a PDF editor's turn, a landscape
export) shows its lines running down or up the page; read as displayed, each character
would be a line of its own and no value retyped in its line would be seen. Only the
findings' boxes are turned back onto the page as displayed. A page read left to right as
displayed (most pages, and a page with a vertical 竖排 heading among its lines) is read as
before.

Draw order comes from MuPDF's sequence numbers (``get_texttrace``, ``get_drawings`` and
``get_bboxlog`` count the same drawing commands). Invisible text (an OCR layer, render mode
3) is never "hidden" text, and a watermark is no value: text drawn translucent (below
:data:`WATERMARK_OPACITY`) or turned aslant on the page (a signing platform's 电子签约 or a
"仅供…使用" overprint, set diagonally across the page) is left out of every method. Rules
compare the scores with the policy's thresholds.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Final

from pipeline.forensics import page_parts
from pipeline.model import BBox, Finding

if TYPE_CHECKING:
    import pymupdf

SIZE_DELTA = 0.5  # points
BASELINE_DELTA = 0.12  # of the font size
TOUCH = 1.0  # a run touches a neighbour closer than this many font sizes
ABUT = 0.35  # a retyped part of a value abuts its value's print closer than this (font sizes)
PATCH_MAX_LINES = 2.5  # a pasted patch is at most this many text heights tall
WHITE = 0.97  # each channel at least this: a white fill
BOX_MAX_PAGE_SHARE = 0.25  # a white box larger than this share of the page is a background
WATERMARK_OPACITY = 0.5  # text fainter than this is an overprint, not a value
ASLANT = 0.17  # sin(10 degrees): text turned further than this off both axes is set aslant
STEP = 0.5  # a note's next character sits within this many of its sizes of the last baseline


@dataclass(frozen=True, slots=True)
class Char:
    text: str
    box: BBox
    font: str
    size: float
    colour: tuple[float, ...]
    baseline: float
    seqno: int


#: Words a fill-in form prints between its blanks (dates, terms, numbers): a run of them in
#: another style than the filled-in values around them is the form, not an edit.
FORM_WORDS = frozenset("年月日号第至起止届期字")
#: The marks a printed form sets where a value is to be written (a blank: ____, ＿＿).
BLANK_MARKS = frozenset("_＿")


def _bbox(r: pymupdf.Rect) -> BBox:
    r.normalize()
    return BBox(round(r.x0, 1), round(r.y0, 1), round(r.x1, 1), round(r.y1, 1))


@dataclass(slots=True)
class Piece:
    """Characters drawn one after another in one span on one line: they share the span's
    style and their top, bottom and baseline, so a line whose letters are all set alike (most
    lines) is judged without a :class:`Char` per glyph (issue 14)."""

    top: float
    bottom: float
    baseline: float
    font: str
    size: float
    colour: tuple[float, ...]
    seqno: int
    glyphs: list[tuple[str, float, float]]  # text, x0, x1 (points, not rounded)
    letters: int = 0  # glyphs that are letters or digits (:func:`_kind`)

    @property
    def style(self) -> tuple[str, float, tuple[float, ...], float]:
        return (self.font, round(self.size * 2) / 2, self.colour, self.baseline)

    def chars(self) -> list[Char]:
        return [Char(ch, BBox(round(x0, 1), self.top, round(x1, 1), self.bottom), self.font,
                     self.size, self.colour, self.baseline, self.seqno)
                for ch, x0, x1 in self.glyphs]


#: The identity matrix: a frame that is the page as displayed, nothing to turn back.
_UNTURNED: Final = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _frame(page: pymupdf.Page) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The page's reading frame: the page as displayed, turned by quarter turns (origin top
    left) so that the visible characters of most spans run left to right. Returns the matrices
    from the page's own (unrotated) points into the frame and from the frame back onto the
    page as displayed (a page read as displayed: its rotation matrix and :data:`_UNTURNED`)."""

    def make() -> tuple[tuple[float, ...], tuple[float, ...]]:
        import pymupdf

        rotation = page.rotation_matrix
        a, b, c, d = rotation.a, rotation.b, rotation.c, rotation.d
        ways: dict[tuple[int, int], int] = {}
        for span in page_parts.texttrace(page):
            if span.get("type") == 3 or float(span.get("opacity", 1.0)) < WATERMARK_OPACITY:
                continue
            dx, dy = span.get("dir") or (1.0, 0.0)
            ux, uy = a * dx + c * dy, b * dx + d * dy  # its direction as displayed
            if min(abs(ux), abs(uy)) <= ASLANT:
                way = (round(ux), round(uy))
                ways[way] = ways.get(way, 0) + len(span.get("chars", ()))
        ux, uy = max(ways, key=lambda w: (ways[w], w == (1, 0)), default=(1, 0))
        if (ux, uy) == (1, 0):
            return tuple(rotation), _UNTURNED
        turn = pymupdf.Matrix(ux, -uy, uy, ux, 0, 0)  # (ux, uy) onto (1, 0)
        shown = page.rect * turn
        turn.e, turn.f = -shown.x0, -shown.y0
        return tuple(rotation * turn), tuple(~turn)

    return page_parts.once(page, "reading_frame", make)


def pieces(page: pymupdf.Page) -> list[Piece]:
    """Every visible character drawn on the page, in points in the page's reading frame
    (:func:`_frame`; most pages: as displayed), in runs that share a span and a line
    (:class:`Piece`), in drawing order.

    The frame's matrix is applied with plain arithmetic: a PyMuPDF Point and Rect per
    character made this most of a born-digital page's read (issue 14)."""
    a, b, c, d, e, f = _frame(page)[0]

    upright = (a, b, c, d, e, f) == (1, 0, 0, 1, 0, 0)  # most pages: nothing to turn

    def turn(x: float, y: float) -> tuple[float, float]:
        return a * x + c * y + e, b * x + d * y + f

    out: list[Piece] = []
    for span in page_parts.texttrace(page):
        if span.get("type") == 3 or float(span.get("opacity", 1.0)) < WATERMARK_OPACITY:
            continue  # invisible (an OCR layer) or translucent (a watermark)
        dx, dy = span.get("dir") or (1.0, 0.0)
        if min(abs(a * dx + c * dy), abs(b * dx + d * dy)) > ASLANT:
            continue  # set aslant across the page as displayed: a watermark
        font = str(span.get("font", "")).split("+")[-1]
        size = float(span.get("size", 0.0))
        colour = tuple(round(float(v), 2) for v in span.get("color") or ())
        seqno = int(span.get("seqno", 0))
        top = bottom = base = None
        glyphs: list[tuple[str, float, float]] = []
        piece: Piece | None = None
        for code, _glyph, origin, (px, py, qx, qy) in span.get("chars", ()):
            if code in _SPACES:
                continue
            oy = origin[1]
            if not upright:
                (px, py), (qx, qy) = turn(px, py), turn(qx, qy)
                oy = turn(*origin)[1]
            if px > qx:
                px, qx = qx, px
            if py > qy:
                py, qy = qy, py
            if piece is None or py != top or qy != bottom or oy != base:
                top, bottom, base = py, qy, oy
                glyphs = []
                piece = Piece(round(py, 1), round(qy, 1), round(oy, 2), font, size, colour,
                              seqno, glyphs)
                out.append(piece)
            letter = _LETTER.get(code)
            if letter is None:
                letter = _LETTER[code] = _kind(chr(code)) is not None
            glyphs.append((chr(code), px, qx))
            piece.letters += letter
    return out


#: Code points that are white space (``str.isspace``): skipped, never drawn as a glyph.
_SPACES: Final = frozenset(c for c in range(0x3001) if chr(c).isspace())
#: Code point -> whether it is a letter or digit (:func:`_kind`), filled as pages are read.
_LETTER: dict[int, bool] = {}


@cache
def _kind(ch: str) -> str | None:
    if ch.isascii() and ch.isalnum():
        return "latin"
    if unicodedata.category(ch).startswith("L"):
        return "cjk"
    return None  # punctuation and symbols: often set in another font


def _lines(parts: list[Piece]) -> list[list[Piece]]:
    """Pieces grouped into lines: each joins the first line (in the order lines were begun)
    whose first piece's height spans its middle. Taken top to bottom, a line whose span ends
    above the current middle can take no later piece and is set aside, so a page costs about
    its pieces, not pieces times lines."""
    rows: list[list[Piece]] = []
    open_rows: list[tuple[float, float, list[Piece]]] = []  # (top, bottom, row), as begun
    for piece in sorted(parts, key=lambda p: (p.top + p.bottom) / 2):
        mid = (piece.top + piece.bottom) / 2
        open_rows = [r for r in open_rows if r[1] >= mid]
        for top, _bottom, row in open_rows:
            if top <= mid:
                row.append(piece)
                break
        else:
            rows.append([piece])
            open_rows.append((piece.top, piece.bottom, rows[-1]))
    return rows


def _differs(c: Char, ref: Char) -> tuple[bool, bool, bool, bool]:
    return (c.font != ref.font, abs(c.size - ref.size) > SIZE_DELTA, c.colour != ref.colour,
            abs(c.baseline - ref.baseline) > BASELINE_DELTA * max(ref.size, 1.0))


def span_style(parts: list[Piece], page_no: int,
               layers: dict[int, int] | None = None) -> list[Finding]:
    """Runs of characters set unlike the usual style of their line.

    Size, colour and baseline are compared with the line's usual ones (all letters and digits
    of the line); the font only with the usual font of letters of the same kind set in the
    line's usual size, colour and baseline. A smaller character raised or lowered in the same
    font and colour is a superscript or subscript, not an edit. A line whose letters are all
    set alike, or too few to judge (most lines), is passed over without a :class:`Char` per
    glyph. `layers` (:func:`_layers`) splits a line into the text of each layer laid over the
    page and the rest, each judged on its own."""
    found = []
    for whole in _lines(parts):
        split: dict[int, list[Piece]] = {}
        for p in whole:
            split.setdefault((layers or {}).get(id(p), -1), []).append(p)
        for row in split.values():
            if sum(p.letters for p in row) < 3 or len({p.style for p in row if p.letters}) == 1:
                continue
            line = sorted((c for p in row for c in p.chars()), key=lambda c: c.box.x0)
            found.extend(_row_style(line, page_no))
    return found


def _layers(page: pymupdf.Page, parts: list[Piece]) -> dict[int, int]:
    """The pieces of each layer laid over the page (``id`` -> the layer's sequence number).

    A layer is a path (a dialog's panel, a stamp's frame) drawn over characters already drawn
    inside its box, followed at once by a block of its own: the commands drawn inside its box
    before the first one drawn outside it, whose text lies on two lines or more on none of the
    baselines of the characters under it (:func:`_own_lines`). A piece in several layers
    belongs to the last drawn. A table's frame, drawn before its text, covers none; a value
    retyped over its line is no such block."""
    try:
        log = page_parts.bboxlog(page)
    except Exception:  # noqa: BLE001 - a damaged content stream: no layer
        return {}
    a, b, c, d, e, f = _frame(page)[0]  # plain arithmetic: a Rect per command is slow
    boxes = []
    for _kind, (x0, y0, x1, y1) in log:
        xs, ys = (a * x0 + c * y0 + e, a * x1 + c * y1 + e), (b * x0 + d * y0 + f,
                                                              b * x1 + d * y1 + f)
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    by_mid = sorted(parts, key=lambda p: (p.top + p.bottom) / 2)
    mids = [(p.top + p.bottom) / 2 for p in by_mid]
    layer: dict[int, int] = {}
    for seq, (kind, _rect) in enumerate(log):
        left, top, right, bottom = boxes[seq]
        if kind not in ("fill-path", "stroke-path") or right - left < 1 or bottom - top < 1:
            continue
        near = by_mid[bisect_left(mids, top):bisect_right(mids, bottom)]
        under = [p for p in near if p.seqno < seq
                 and any(left <= (x0 + x1) / 2 <= right for _t, x0, x1 in p.glyphs)]
        if not under:
            continue
        end = next((i for i in range(seq + 1, len(log))
                    if not _within(boxes[i], boxes[seq])), len(log))
        own = [p for p in near if seq < p.seqno < end]
        if _own_lines(under, own) >= 2:
            layer.update(dict.fromkeys(map(id, own), seq))
    return layer


def _within(box: tuple[float, ...], r: tuple[float, ...]) -> bool:
    """Whether `box` lies inside `r` (x0, top, x1, bottom; a point of slack for a stroke)."""
    return (r[0] - 1 <= box[0] and box[2] <= r[2] + 1 and r[1] - 1 <= box[1]
            and box[3] <= r[3] + 1)


def _row_style(row: list[Char], page_no: int) -> list[Finding]:
    """The findings of one line, its characters left to right (letters in more than one
    style: :func:`span_style` has passed over the rest)."""
    letters = [(i, c) for i, c in enumerate(row) if _kind(c.text)]
    counts: dict[tuple, int] = {}
    for _i, c in letters:
        key = (round(c.size * 2) / 2, c.colour, round(c.baseline * 2) / 2)
        counts[key] = counts.get(key, 0) + 1
    size, colour, baseline = max(counts, key=lambda k: counts[k])
    ref = next(c for _i, c in letters
               if (round(c.size * 2) / 2, c.colour, round(c.baseline * 2) / 2)
               == (size, colour, baseline))
    fonts: dict[str, str] = {}
    for kind in ("cjk", "latin"):
        same = [c.font for _i, c in letters
                if _kind(c.text) == kind and not any(_differs(c, ref)[1:])]
        if len(same) >= 3:
            # the most used font; a tie goes to the one met first (left to right), so the
            # findings do not depend on the process's string hashing
            fonts[kind] = max(dict.fromkeys(same), key=same.count)
    odd: dict[int, tuple[bool, bool, bool, bool]] = {}
    for i, c in letters:
        _font, sized, coloured, shifted = _differs(c, ref)
        font = _kind(c.text) in fonts and c.font != fonts[str(_kind(c.text))]
        script = sized and shifted and not coloured and c.size < ref.size and (
            not font and (c.font == ref.font or _kind(c.text) not in fonts))
        if (font or sized or coloured or shifted) and not script:
            odd[i] = (font, sized, coloured, shifted)
    plain = [c for i, c in letters if i not in odd]
    return [f for run in _runs(row, odd, plain)
            for f in _run_finding(row, run, odd, plain, ref, page_no)]


def _runs(row: list[Char], odd: dict[int, tuple[bool, bool, bool, bool]],
          plain: list[Char]) -> list[list[int]]:
    """Runs of a row's characters, left to right, that hold an odd character and no letter in
    the usual style, except one drawn over the run's own (text typed over text); punctuation
    between odd characters joins their run."""
    usual = {id(c) for c in plain}
    runs: list[list[int]] = []
    current: list[int] = []
    for i, c in enumerate(row):
        if id(c) not in usual:
            current.append(i)
            continue
        width = max(c.box.x1 - c.box.x0, 0.1)
        if any(min(c.box.x1, row[j].box.x1) - max(c.box.x0, row[j].box.x0) > 0.25 * width
               for j in odd):
            continue  # a usual character under an odd one: the odd text was drawn over it
        runs.append(current)
        current = []
    runs.append(current)
    out = []
    for run in runs:
        while run and run[-1] not in odd:
            run.pop()
        while run and run[0] not in odd:
            run.pop(0)
        if run:
            out.append(run)
    return out


def _run_finding(row: list[Char], run: list[int], odd: dict[int, tuple[bool, bool, bool, bool]],
                 plain: list[Char], ref: Char, page_no: int) -> list[Finding]:
    first, last = row[run[0]], row[run[-1]]
    if sum(i in odd for i in run) > len(plain):  # the usual style must be the larger part
        return []
    reach = TOUCH * max(ref.size, 1.0)
    x0, x1 = first.box.x0, last.box.x1
    abut = ABUT * max(ref.size, 1.0)
    left = any(x0 - abut <= r.box.x1 <= x0 + reach and r.box.x0 < x0 for r in plain)
    right = any(x1 - reach <= r.box.x0 <= x1 + abut and r.box.x1 > x1 for r in plain)
    over = any(min(r.box.x1, x1) - max(r.box.x0, x0) > 0 for r in plain)
    if not ((left and right) or over):
        # Set apart on one side only, a run is a value filled in after its printed label (a
        # typed or handwritten form) or a field of its own: an edit changes part of a value,
        # with the value's own print on both sides of it (2018年 -> 2016年), or is drawn over it.
        return []
    text = "".join(row[i].text for i in run)
    if any(row[i].text in BLANK_MARKS for i in run if i not in odd):
        # Written on the form's blank (自＿＿年: the value over the underscores the form left
        # for it, by pen or another tool): how a printed form is filled, not an edit.
        return []
    if all(ch in FORM_WORDS or not _kind(ch) for ch in text):
        # Only the form's own words between values (2019 年 7 月 filled in by pen or another
        # tool around the printed 年 and 月): changing them changes no value.
        return []
    flags = [any(d) for d in zip(*(odd[i] for i in run if i in odd), strict=True)]
    score = sum(flags) / 4
    what = "、".join(n for n, f in zip(("字体", "字号", "颜色", "基线"), flags, strict=True) if f)
    box = BBox(x0, min(row[i].box.top for i in run), x1, max(row[i].box.bottom for i in run))
    return [Finding("span_style", score,
                    f"“{text}”的{what}与同行文字不同（{first.font} {first.size:.1f}pt，"
                    f"同行为 {ref.font} {ref.size:.1f}pt）", page_no, box, after=text)]


def _drawn_inside(parts: Sequence[Piece], r: BBox, *, before: int | None = None,
                  after: int | None = None) -> list[Char]:
    """The characters whose centre lies in `r`, drawn before the command numbered `before` or
    after the one numbered `after`, in drawing order. A piece's characters share their top and
    bottom, so a piece off the box's rows makes no character at all (issue 14)."""
    return [c for _piece, chars in _inside(parts, r, before=before, after=after) for c in chars]


def _inside(parts: Sequence[Piece], r: BBox, *, before: int | None = None,
            after: int | None = None) -> list[tuple[Piece, list[Char]]]:
    """The pieces with characters inside `r` (:func:`_drawn_inside`), each with those."""
    found = []
    for piece in parts:
        if (before is not None and piece.seqno >= before) or (
                after is not None and piece.seqno <= after):
            continue
        if not r.top <= (piece.top + piece.bottom) / 2 <= r.bottom:
            continue
        chars = [c for c in piece.chars() if r.x0 <= (c.box.x0 + c.box.x1) / 2 <= r.x1]
        if chars:
            found.append((piece, chars))
    return found


def _own_lines(covered: Sequence[Piece], over: Sequence[Piece]) -> int:
    """How many lines of the text `over` a box sit on no baseline of the text `covered` by it
    (within :data:`BASELINE_DELTA` of the size): lines of its own, continuing none of those."""
    bases = [(p.baseline, p.size) for p in covered]
    return sum(not any(abs(p.baseline - base) <= BASELINE_DELTA * max(p.size, size, 1.0)
                       for p in row for base, size in bases)
               for row in _lines(list(over)))


def white_boxes(page: pymupdf.Page, parts: Sequence[Piece], page_no: int) -> list[Finding]:
    """White filled rectangles drawn over text, with what is written on them.

    A white box holding a layer of its own (a dialog's panel open over the page, a note, a
    pop-up) hides no value: its text is a block on two lines or more that continue none of
    the covered lines (:func:`_own_lines`: a title bar, labels, a button, each on a baseline
    of its own). A cover-up writes the new value in the hidden one's place, on the covered
    line's baseline (2016年 covered, 2014年 written on its line; two lines covered, two
    written on theirs), so its lines are never its own; one line of its own is not yet a
    block and is still judged (a value written a little off its line). A white box drawn later
    inside such a layer (the dialog's title bar) is a part of it, no cover-up either."""
    import pymupdf

    area, to_frame = abs(page.rect), pymupdf.Matrix(_frame(page)[0])
    found: list[Finding] = []
    layers: list[tuple[float, ...]] = []  # the boxes of the layers met so far
    try:
        drawings = page_parts.drawings(page)
    except Exception:  # noqa: BLE001 - a damaged content stream: nothing judged
        return []
    for d in drawings:
        fill = d.get("fill")
        if not fill or not _white(fill) or float(d.get("fill_opacity", 1.0) or 1.0) < 1.0:
            continue
        r = pymupdf.Rect(d["rect"]) * to_frame
        if abs(r) > BOX_MAX_PAGE_SHARE * area or r.is_empty:
            continue
        box, seq = _bbox(r), int(d.get("seqno", 0))
        edges = (box.x0, box.top, box.x1, box.bottom)
        if any(_within(edges, layer) for layer in layers):
            continue  # a part of a layer drawn before it (a dialog's title bar)
        covered = _inside(parts, box, before=seq)
        if not covered:
            continue
        drawn = _inside(parts, box, after=seq)
        if _own_lines([p for p, _c in covered], [p for p, _c in drawn]) >= 2:
            layers.append(edges)  # a layer of its own (a dialog's panel): no cover-up
            continue
        hidden = [c for _p, chars in covered for c in chars]
        over = [c for _p, chars in drawn for c in chars]
        under, on = "".join(c.text for c in hidden), "".join(c.text for c in over)
        what = f"白色方块遮盖“{under}”" + (f"，其上写有“{on}”" if on else "")
        found.append(Finding("white_box", 1.0 if on else 0.5, what, page_no, box,
                             before=under, after=on or None))
    return found


def images_over_text(page: pymupdf.Page, parts: Sequence[Piece], page_no: int) -> list[Finding]:
    """Small pictures drawn over text: glyphs pasted as an image."""
    try:
        log = page_parts.bboxlog(page)
    except Exception:  # noqa: BLE001
        return []
    import pymupdf

    found, to_frame = [], pymupdf.Matrix(_frame(page)[0])
    for seq, (kind, rect) in enumerate(log):
        if kind != "fill-image":
            continue
        box = _bbox(pymupdf.Rect(rect) * to_frame)
        hidden = _drawn_inside(parts, box, before=seq)
        if not hidden:
            continue
        size = sorted(c.size for c in hidden)[len(hidden) // 2]
        if box.bottom - box.top > PATCH_MAX_LINES * max(size, 1.0):
            continue
        hull = BBox(max(min(c.box.x0 for c in hidden), box.x0),
                    max(min(c.box.top for c in hidden), box.top),
                    min(max(c.box.x1 for c in hidden), box.x1),
                    min(max(c.box.bottom for c in hidden), box.bottom))
        covered = max(hull.x1 - hull.x0, 0) * max(hull.bottom - hull.top, 0)
        own = max((box.x1 - box.x0) * (box.bottom - box.top), 1e-6)
        text = "".join(c.text for c in hidden)
        found.append(Finding("image_over_text", round(min(covered / own, 1.0), 3),
                             f"图片贴在文字“{text}”之上", page_no, box, before=text))
    return found


def analyse(page: pymupdf.Page, page_no: int) -> list[Finding]:
    """Every sign of edited text on one text-layer page."""
    try:
        parts = pieces(page)
    except Exception:  # noqa: BLE001 - a damaged content stream: nothing judged
        return []
    judged = _without_notes(_without_fill_labels(page, parts))
    found = (span_style(judged, page_no, _layers(page, judged))
             + white_boxes(page, parts, page_no) + images_over_text(page, parts, page_no))
    back = _frame(page)[1]
    if not found or back == _UNTURNED:
        return found
    import pymupdf  # boxes found in a turned reading frame: onto the page as displayed

    return [replace(f, bbox=_bbox(pymupdf.Rect(f.bbox.x0, f.bbox.top, f.bbox.x1, f.bbox.bottom)
                                  * pymupdf.Matrix(back))) if f.bbox else f for f in found]


def _white(colour: Sequence[float]) -> bool:
    """Whether a colour (grey, RGB or CMYK by its number of channels) is white."""
    if len(colour) == 4:
        return max(colour) <= 1.0 - WHITE
    return bool(colour) and min(colour) >= WHITE


def _without_fill_labels(page: pymupdf.Page, parts: list[Piece]) -> list[Piece]:
    """The pieces without white text set inside a coloured fill drawn before it (a button's
    or a banner's label): the shape shows it, it is no value set on the page's paper."""
    if not any(_white(p.colour) for p in parts):
        return parts
    import pymupdf

    try:
        drawings = page_parts.drawings(page)
    except Exception:  # noqa: BLE001 - a damaged content stream: nothing set aside
        return parts
    to_frame = pymupdf.Matrix(_frame(page)[0])
    fills = [(_bbox(pymupdf.Rect(d["rect"]) * to_frame), int(d.get("seqno", 0)))
             for d in drawings if d.get("fill") and not _white(d["fill"])]

    def on_fill(p: Piece) -> bool:
        x0, x1 = min(g[1] for g in p.glyphs), max(g[2] for g in p.glyphs)
        return any(b.x0 <= x0 and x1 <= b.x1 and b.top <= p.top and p.bottom <= b.bottom
                   and seq < p.seqno for b, seq in fills)

    return [p for p in parts if not (_white(p.colour) and p.glyphs and on_fill(p))]


def _without_notes(parts: list[Piece]) -> list[Piece]:
    """The pieces without a note written across the page's lines (a pen note 此复印件仅供办理
    职称申报使用 slanting over an ID copy, each character drawn on its own): characters of one
    style following one another as a run of their own whose baseline climbs or falls by more
    than their size, past two or more printed lines. An edit is set in its line's flow, on one
    baseline; a run across lines is a remark of its own, signed beside it, no changed value."""
    rows = _lines(parts)
    row_of = {id(p): i for i, row in enumerate(rows) for p in row}
    drop: set[int] = set()
    for run in _note_runs(parts):
        size, own = max(run[0].size, 1.0), {id(p) for p in run}
        bases = [p.baseline for p in run]
        if sum(p.letters for p in run) < 3 or max(bases) - min(bases) <= size:
            continue
        crossed = [i for i in {row_of[id(p)] for p in run}
                   if any(p.letters and id(p) not in own for p in rows[i])]
        if len(crossed) >= 2:
            drop |= own
    return [p for p in parts if id(p) not in drop] if drop else parts


def _note_runs(parts: list[Piece]) -> list[list[Piece]]:
    """Pieces of one font, size and colour chained left to right, each beginning within a
    size (:data:`TOUCH`) after the last one ends and within :data:`STEP` of its size of its
    baseline: the runs of characters written one after another, on a baseline that may
    wander (runs of one piece are left out)."""
    groups: dict[tuple, list[Piece]] = {}
    for p in parts:
        if p.glyphs:
            groups.setdefault(p.style[:3], []).append(p)
    runs = []
    for group in groups.values():
        if len({p.baseline for p in group}) < 3:
            continue  # a run across lines needs more than two baselines
        group.sort(key=lambda p: p.glyphs[0][1])
        starts = [p.glyphs[0][1] for p in group]
        parent = list(range(len(group)))
        for i, p in enumerate(group):
            size, end = max(p.size, 1.0), p.glyphs[-1][2]
            for j in range(bisect_left(starts, end - 0.25 * size),
                           bisect_right(starts, end + TOUCH * size)):
                if j != i and abs(group[j].baseline - p.baseline) <= STEP * size:
                    parent[_root(parent, j)] = _root(parent, i)
        chains: dict[int, list[Piece]] = {}
        for i, p in enumerate(group):
            chains.setdefault(_root(parent, i), []).append(p)
        runs += [c for c in chains.values() if len(c) > 1]
    return runs


def _root(parent: list[int], i: int) -> int:
    """The first piece of the run that piece `i` is chained into (a union-find's root)."""
    while parent[i] != i:
        parent[i] = i = parent[parent[i]]
    return i
