"""A tiny page model shared by the PDF and image backends.

Coordinates are PDF points (1/72 inch) measured from the TOP-LEFT corner; text `y` is the
baseline. A :class:`Page` collects drawing items and, in parallel, the text lines in reading
order (``page.lines``) that end up in truth.json, so what is printed and what the truth says
can never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics

FONT = "WQY"  # registered by backends.register_font()
# Faces a layout may choose (Page.font / Text.font); backends.register_font() registers each
# one that is installed and maps the others to FONT.
FONTS = {"hei": "WQY", "microhei": "WQYMICRO", "ming": "UMING", "kai": "UKAI"}

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)

BLACK = (0, 0, 0)
RED = (200, 20, 25)
DARK = (30, 30, 30)


@dataclass
class Text:
    x: float
    y: float
    text: str
    size: float = 12
    align: str = "left"  # left | center | right
    color: tuple = DARK
    font: str = FONT  # a reportlab font name (FONTS values)


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.8
    color: tuple = BLACK


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    stroke: tuple | None = BLACK
    fill: tuple | None = None
    width: float = 0.8


@dataclass
class Ellipse:
    x: float
    y: float
    w: float
    h: float
    fill: tuple = (150, 150, 150)


@dataclass
class Seal:
    """An official seal centred at (cx, cy): red circle, star, unit name along the arc."""

    cx: float
    cy: float
    diameter: float
    text: str
    bottom: str = ""
    seed: int = 0
    color: tuple = (215, 30, 35)  # ink: red, orange-red, dark red ...
    strength: float = 1.0  # < 1: a faded, pale impression


@dataclass
class Watermark:
    """Text laid over the finished page at an angle, partly transparent: the 仅供…使用
    overprint that copy shops and phone apps put across a copy. Drawn after every other item
    (before seals) and, like seal text, not part of the page's lines."""

    x: float  # centre of the text
    y: float
    text: str
    size: float = 14
    angle: float = 30.0  # degrees, counter-clockwise
    color: tuple = (200, 40, 40)
    opacity: float = 0.35
    font: str = FONT


@dataclass
class Page:
    width: float = A4[0]
    height: float = A4[1]
    background: tuple | None = None
    items: list = field(default_factory=list)
    lines: list = field(default_factory=list)
    font: str = FONT  # the face of this page's text (FONTS values)

    def text(self, x, y, text, size=12, align="left", color=DARK, line=True, font=None):
        self.items.append(Text(x, y, text, size, align, color, font or self.font))
        if line and text.strip():
            self.lines.append(text.strip())

    def row(self, parts, size=12, line=True):
        """Several fragments on one visual line: [(x, text), ...]; one truth line."""
        y = parts[0][2] if len(parts[0]) > 2 else None
        for part in parts:
            self.items.append(Text(part[0], part[2] if len(part) > 2 else y, part[1], size,
                                   font=self.font))
        if line:
            joined = " ".join(p[1].strip() for p in parts if p[1].strip())
            if joined:
                self.lines.append(joined)

    def wrapped(self, x, y, text, width, size=12, leading=None, first_indent=0.0):
        """Wrap `text` into `width` points; returns the baseline after the last line."""
        leading = leading or size * 1.6
        for i, part in enumerate(wrap(text, width, size, first_indent, self.font)):
            self.text(x + (first_indent if i == 0 else 0), y, part, size)
            y += leading
        return y

    def hline(self, x1, x2, y, width=0.8):
        self.items.append(Line(x1, y, x2, y, width))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, width=0.8):
        self.items.append(Rect(x, y, w, h, stroke, fill, width))

    def seal(self, cx, cy, diameter, text, bottom="", seed=0, color=(215, 30, 35),
             strength=1.0):
        self.items.append(Seal(cx, cy, diameter, text, bottom, seed, color, strength))

    def watermark(self, x, y, text, size=14, angle=30.0, color=(200, 40, 40), opacity=0.35,
                  font=None):
        self.items.append(Watermark(x, y, text, size, angle, color, opacity, font or self.font))

    def photo(self, x, y, w, h, bg=(70, 130, 200)):
        """A placeholder portrait: coloured backdrop, head and shoulders."""
        self.items.append(Rect(x, y, w, h, None, bg, 0))
        self.items.append(Ellipse(x + w * 0.12, y + h * 0.66, w * 0.76, h * 0.3, (55, 55, 65)))
        self.items.append(Rect(x + w * 0.12, y + h * 0.81, w * 0.76, h * 0.19, None,
                               (55, 55, 65), 0))
        self.items.append(Ellipse(x + w * 0.3, y + h * 0.14, w * 0.4, h * 0.52, (225, 190, 160)))

    def table(self, x, y, col_widths, rows, row_height=22, size=10.5, header_rows=1,
              line=True):
        """A ruled table; one truth line per row (cells joined by a space)."""
        total = sum(col_widths)
        n = len(rows)
        for r in range(n + 1):
            self.items.append(Line(x, y + r * row_height, x + total, y + r * row_height,
                                   1.0 if r in (0, header_rows, n) else 0.6))
        cx = x
        for w in [0, *col_widths]:
            cx += w
            self.items.append(Line(cx, y, cx, y + n * row_height, 0.6))
        for r, cells in enumerate(rows):
            base = y + r * row_height + row_height / 2 + size * 0.36
            cx = x
            for w, cell in zip(col_widths, cells):
                if cell:
                    self.items.append(Text(cx + w / 2, base, str(cell), size, "center",
                                           font=self.font))
                cx += w
            if line:
                joined = " ".join(str(c).strip() for c in cells if str(c).strip())
                if joined:
                    self.lines.append(joined)
        return y + n * row_height


def text_width(text: str, size: float, font: str = FONT) -> float:
    try:
        return pdfmetrics.stringWidth(text, font, size)
    except KeyError:  # a face that is not registered is drawn with FONT
        return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, width: float, size: float, first_indent: float = 0.0,
         font: str = FONT) -> list[str]:
    """Greedy character wrap (Chinese has no spaces); keeps ASCII runs together."""
    out, cur = [], ""
    avail = width - first_indent
    tokens, buf = [], ""
    for ch in text:
        if ch.isascii() and ch not in " ":
            buf += ch
        else:
            if buf:
                tokens.append(buf)
                buf = ""
            tokens.append(ch)
    if buf:
        tokens.append(buf)
    for tok in tokens:
        if cur and text_width(cur + tok, size, font) > avail:
            out.append(cur)
            cur, avail = tok.lstrip(), width
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out
