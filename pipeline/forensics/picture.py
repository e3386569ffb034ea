"""A picture of an upload as the image forensics methods see it (:mod:`.image_methods`).

The reader decodes every picture it reads (each frame of an image upload, the picture behind
an image-backed PDF page) through :mod:`pipeline.read.safe_open` and builds a
:class:`Picture`: its grey levels as displayed, the text of its metadata that names software,
and the JPEG quality of its luminance table. Nothing here opens a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.model import BBox

if TYPE_CHECKING:
    import numpy as np

MIN_SIDE = 64  # pictures smaller than this on either side are not judged (icons, crops of a word)

# libjpeg's standard luminance table (ITU-T T.81 Annex K), natural order: JPEG quality from a table
_STD_LUMA = (  # fmt: skip
    16,
    11,
    10,
    16,
    24,
    40,
    51,
    61,
    12,
    12,
    14,
    19,
    26,
    58,
    60,
    55,
    14,
    13,
    16,
    24,
    40,
    57,
    69,
    56,
    14,
    17,
    22,
    29,
    51,
    87,
    80,
    62,
    18,
    22,
    37,
    56,
    68,
    109,
    103,
    77,
    24,
    35,
    55,
    64,
    81,
    104,
    113,
    92,
    49,
    64,
    78,
    87,
    103,
    121,
    120,
    101,
    72,
    92,
    95,
    98,
    112,
    100,
    103,
    99,
)


def std_table(quality: int) -> list[int]:
    """libjpeg's luminance table at `quality` (1-100)."""
    scale = 5000 / quality if quality < 50 else 200 - 2 * quality
    return [min(max((t * scale + 50) // 100, 1), 255) for t in _STD_LUMA]


def jpeg_quality(table: Sequence[int] | None) -> int | None:
    """The libjpeg quality whose luminance table is nearest to `table` (natural order, as
    Pillow gives it); None without a table. Cameras' and editors' own tables get the nearest.

    >>> jpeg_quality(std_table(72)), jpeg_quality(std_table(95)), jpeg_quality(None)
    (72, 95, None)
    """
    if not table or len(table) != 64:
        return None
    return min(
        range(1, 101),
        key=lambda q: (sum(abs(a - b) for a, b in zip(std_table(q), table, strict=True)), -q),
    )


@dataclass(frozen=True)
class Picture:
    """One picture as decoded, with what its file says about it."""

    luma: np.ndarray  # H x W uint8 grey levels (ITU-R 601 luma), as displayed
    page_no: int = 1
    tags: tuple[tuple[str, str], ...] = ()  # (where, text): EXIF Software, XMP CreatorTool ...
    quality: int | None = None  # the file's JPEG quality (its luminance table); None: not a JPEG
    name: str = ""  # the upload's name, for messages
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def size(self) -> tuple[int, int]:
        """Width, height in pixels."""
        return int(self.luma.shape[1]), int(self.luma.shape[0])

    def memo(self, key: str, make: Any) -> Any:
        """A value several methods share (computed once per picture)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]


def box(x0: float, y0: float, x1: float, y1: float) -> BBox:
    """A box in pixels, rounded."""
    return BBox(round(float(x0), 1), round(float(y0), 1), round(float(x1), 1), round(float(y1), 1))


def onto_page(
    b: BBox,
    size: tuple[float, float],
    shown: tuple[float, float],
    *,
    rotation: int,
    skew: float,
    width: float,
    height: float,
    ocr: bool,
    rect: tuple[float, float, float, float] | None = None,
) -> BBox:
    """A box in a picture's pixels (`size`) on the page as the reader read it: through the
    picture's rectangle on the page (`rect`, PDF points as displayed; None: the picture is
    the page, `shown` its size), then — on a page the reader recognised (`ocr`) — turned
    clockwise by `rotation`, rotated by `skew` degrees counter-clockwise with the canvas
    expanded (as :func:`pipeline.report.evidence.upright` turns the page) and scaled to the
    page's `width` in points.

    >>> onto_page(BBox(10, 20, 30, 40), (100, 50), (100, 50), rotation=90, skew=0.0,
    ...           width=50, height=100, ocr=True)
    BBox(x0=10.0, top=10.0, x1=30.0, bottom=30.0)
    """
    import math

    if rect is not None:
        sx, sy = (rect[2] - rect[0]) / max(size[0], 1), (rect[3] - rect[1]) / max(size[1], 1)
        b = BBox(
            rect[0] + b.x0 * sx, rect[1] + b.top * sy, rect[0] + b.x1 * sx, rect[1] + b.bottom * sy
        )
    if not ocr:
        return box(b.x0, b.top, b.x1, b.bottom)
    w, h = shown
    corners = [(b.x0, b.top), (b.x1, b.top), (b.x1, b.bottom), (b.x0, b.bottom)]
    turn = rotation % 360
    if turn == 90:
        corners, w, h = [(h - y, x) for x, y in corners], h, w
    elif turn == 180:
        corners = [(w - x, h - y) for x, y in corners]
    elif turn == 270:
        corners, w, h = [(y, w - x) for x, y in corners], h, w
    if skew:
        t = math.radians(skew)
        c, s = math.cos(t), math.sin(t)
        nw, nh = abs(w * c) + abs(h * s), abs(w * s) + abs(h * c)
        corners = [
            (nw / 2 + (x - w / 2) * c + (y - h / 2) * s, nh / 2 - (x - w / 2) * s + (y - h / 2) * c)
            for x, y in corners
        ]
        w = nw
    scale = width / w if w else 1.0
    xs, ys = [x * scale for x, _ in corners], [y * scale for _, y in corners]
    return box(max(min(xs), 0.0), max(min(ys), 0.0), min(max(xs), width), min(max(ys), height))
