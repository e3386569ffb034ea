"""Turn a page image upright (0/90/180/270) and straighten a few degrees of skew.

Done once here, before any engine sees the page (architecture §2.5). The coarse turn comes
from the engine when it can tell (:class:`~pipeline.read.engines.base.OrientationAware`:
PP-OCR's detector box shapes and direction classifier), else from a projection-profile
heuristic that tells sideways from upright but not upside down. Skew is found by the
projection-profile method: the angle whose row profile of ink is most sharply peaked.

An engine that reads a page with one detection (:class:`~pipeline.read.engines.base.UprightReader`)
judges turn and skew from its own text boxes instead, and the page's pixels are never rotated
for skew: the detected boxes are mapped into the deskewed frame (:func:`deskew_words`), the
frame :func:`upright` would have produced, so boxes and page sizes mean the same either way.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pipeline.read.engines.base import OcrWord, OrientationAware

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

    from pipeline.read.engines.base import OcrEngine, Quad

MAX_SKEW = 10.0  # degrees searched either way
_SKEW_SIDE = 1000
_MIN_GAIN = 1.05  # the best angle must beat 0 degrees by this factor


def rotate_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    """The image turned clockwise by 0/90/180/270 degrees (lossless)."""
    from PIL import Image as PILImage

    ops = {90: PILImage.Transpose.ROTATE_270, 180: PILImage.Transpose.ROTATE_180,
           270: PILImage.Transpose.ROTATE_90}
    degrees %= 360
    return image.transpose(ops[degrees]) if degrees else image


def _ink(image: Image.Image, side: int) -> np.ndarray:
    """A small binary image: 1 where there is ink (Otsu on grayscale)."""
    import cv2
    import numpy as np

    gray = np.asarray(image.convert("L"))
    h, w = gray.shape
    scale = min(1.0, side / max(h, w))
    if scale < 1.0:
        gray = cv2.resize(gray, (max(1, int(w * scale)), max(1, int(h * scale))),
                          interpolation=cv2.INTER_AREA)
    _t, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if ink.mean() > 0.5:  # dark page, light text
        ink = 1 - ink
    return ink.astype(np.float32)


def _profile_score(ink: np.ndarray, angle: float) -> float:
    import cv2
    import numpy as np

    if angle:
        h, w = ink.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        ink = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    rows = ink.sum(axis=1)
    return float(np.sum(np.diff(rows) ** 2))


def heuristic_orientation(image: Image.Image) -> tuple[int, float]:
    """0 or 90: whether text lines run across (rows peaked) or down (columns peaked)."""
    import numpy as np

    ink = _ink(image, 800)
    across = max(_profile_score(ink, a) for a in (-3.0, 0.0, 3.0))
    down = max(_profile_score(np.ascontiguousarray(ink.T), a) for a in (-3.0, 0.0, 3.0))
    if across + down == 0:
        return 0, 0.0
    turn = 90 if down > 1.2 * across else 0
    return turn, abs(down - across) / (down + across)


def detect_orientation(image: Image.Image, engine: OcrEngine | None) -> tuple[int, float]:
    """Clockwise degrees (0/90/180/270) that make the page upright, and a 0..1 confidence."""
    if engine is not None and isinstance(engine, OrientationAware):
        found = engine.orientation(image)
        if found is not None:
            return found
    return heuristic_orientation(image)


def find_skew(image: Image.Image) -> float:
    """Counter-clockwise degrees to rotate the (upright) image by to level its text lines."""
    import numpy as np

    ink = _ink(image, _SKEW_SIDE)
    if ink.sum() < 50:
        return 0.0
    base = _profile_score(ink, 0.0)
    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5)
    scores = [_profile_score(ink, float(a)) for a in coarse]
    best = float(coarse[int(np.argmax(scores))])
    fine = np.arange(best - 0.4, best + 0.41, 0.1)
    fscores = [_profile_score(ink, float(a)) for a in fine]
    best = round(float(fine[int(np.argmax(fscores))]), 1)
    if abs(best) < 0.3 or max(fscores) < _MIN_GAIN * base:
        return 0.0
    return best


def upright(image: Image.Image, engine: OcrEngine | None, *,
            deskew: bool = True) -> tuple[Image.Image, int, float]:
    """The image turned upright and deskewed; the clockwise turn applied; the skew corrected."""
    from PIL import Image as PILImage

    turn, _conf = detect_orientation(image, engine)
    image = rotate_clockwise(image, turn)
    skew = find_skew(image) if deskew else 0.0
    if skew:
        image = image.rotate(skew, resample=PILImage.Resampling.BICUBIC, expand=True,
                             fillcolor="white")
    return image, turn, skew


def expanded_size(width: int, height: int, skew: float) -> tuple[int, int]:
    """The size of ``image.rotate(skew, expand=True)`` for an image of this size (PIL's own
    arithmetic, so boxes mapped by :func:`deskew_words` fit the image PIL would make)."""
    if not skew:
        return width, height
    angle = -math.radians(skew)
    a, b = round(math.cos(angle), 15), round(math.sin(angle), 15)
    d, e = -b, a
    cx, cy = width / 2, height / 2
    c = a * -cx + b * -cy + cx
    f = d * -cx + e * -cy + cy
    xs = [a * x + b * y + c for x, y in ((0, 0), (width, 0), (width, height), (0, height))]
    ys = [d * x + e * y + f for x, y in ((0, 0), (width, 0), (width, height), (0, height))]
    return math.ceil(max(xs)) - math.floor(min(xs)), math.ceil(max(ys)) - math.floor(min(ys))


def deskew_words(
    words: list[OcrWord], quads: dict[OcrWord, Quad], size: tuple[int, int], skew: float
) -> tuple[list[OcrWord], tuple[int, int]]:
    """Words read on an upright but skewed image of `size`, with boxes in the frame of that
    image rotated `skew` degrees counter-clockwise with its canvas expanded (what
    :func:`upright` recognises), and that frame's size. A word's detected quadrilateral, where
    `quads` has it, is mapped (a leaning line gets a tight level box); else its box's corners."""
    new = expanded_size(size[0], size[1], skew)
    if not skew:
        return list(words), new
    rad = math.radians(skew)
    cos, sin = math.cos(rad), math.sin(rad)
    cx, cy, ncx, ncy = size[0] / 2, size[1] / 2, new[0] / 2, new[1] / 2
    out = []
    for w in words:
        corners = quads.get(w) or ((w.box[0], w.box[1]), (w.box[2], w.box[1]),
                                   (w.box[2], w.box[3]), (w.box[0], w.box[3]))
        xs, ys = [], []
        for x, y in corners:
            dx, dy = x - cx, y - cy
            xs.append(min(max(cos * dx + sin * dy + ncx, 0.0), new[0]))
            ys.append(min(max(-sin * dx + cos * dy + ncy, 0.0), new[1]))
        out.append(OcrWord(w.text, (min(xs), min(ys), max(xs), max(ys)), w.confidence))
    return out, new
