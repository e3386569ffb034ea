"""Measurements of a page image that the forensics rules judge (DOC_QUALITY_LOW,
DOC_NOT_ORIGINAL, SEAL_MISSING). Thresholds live with the rules; here only numbers.

- sharpness: variance of the Laplacian of the grayscale page scaled so its longer side is
  :data:`NORM_SIDE` pixels (so a 12-megapixel photo and a 150-dpi scan are comparable).
  Sharp printed text scores in the thousands; a page blurred beyond reading, well under 100.
- colourfulness: Hasler & Suesstrunk (2003), on the same scaled image; 0 for grayscale,
  roughly 5-15 for a white page with a red seal, 30+ for colourful originals.
- red_seal_ratio: share of pixels whose hue is red (OpenCV H <= 10 or >= 160 of 180) with
  saturation >= 80 and value >= 70 -- what red seal ink looks like in scans and renders --
  counted only inside round blobs of a seal's size (a red border or heading is not a seal).
  Born-digital PDFs are rendered first, so vector-drawn and embedded-image seals both count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.model import PageQuality

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

NORM_SIDE = 1200
SEAL_PRESENT_RATIO = 0.001  # a suggestion for SEAL_MISSING: a 4 cm seal on A4 is ~0.3-1 %


def _scaled_rgb(image: Image.Image) -> np.ndarray:
    import cv2
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    h, w = rgb.shape[:2]
    scale = NORM_SIDE / max(h, w)
    if abs(scale - 1.0) > 0.01:
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        rgb = cv2.resize(rgb, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=interp)
    return rgb


def sharpness(rgb: np.ndarray) -> float:
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(gray, cv2.CV_64F).var())


def colourfulness(rgb: np.ndarray) -> float:
    import numpy as np

    r, g, b = (rgb[:, :, i].astype(np.float64) for i in range(3))
    rg = r - g
    yb = 0.5 * (r + g) - b
    return float(np.hypot(rg.std(), yb.std()) + 0.3 * np.hypot(rg.mean(), yb.mean()))


#: Bumped whenever a measurement changes: cached OCR keeps its words, its measurements are redone.
VERSION = 2

#: A seal is a round red blob: its larger side is this share of the page's short side, and its
#: sides are nearly equal. Red frames, ruled lines and red titles on letterheads are not.
SEAL_SIDE = (0.10, 0.45)
SEAL_ASPECT = (0.75, 1.33)


def red_seal_ratio(rgb: np.ndarray) -> float:
    """Share of the page's pixels that are seal-red *and* inside a seal-shaped blob.

    Red pixels (OpenCV hue <= 10 or >= 160, saturated, not dark) are closed into blobs (the
    ring, star and characters of one seal become one); only blobs of a seal's size and
    roundness count, so a red border or a red heading does not pass for a seal.
    """
    import cv2
    import numpy as np

    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    h, s, v = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    red = (((h <= 10) | (h >= 160)) & (s >= 80) & (v >= 70)).astype(np.uint8)
    if not red.any():
        return 0.0
    short = min(red.shape)
    size = max(3, int(short * 0.02))
    closed = cv2.morphologyEx(red, cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed)
    in_seals = 0
    for label in range(1, count):
        _x, _y, width, height, _area = stats[label]
        side, aspect = max(width, height) / short, width / max(height, 1)
        if SEAL_SIDE[0] <= side <= SEAL_SIDE[1] and SEAL_ASPECT[0] <= aspect <= SEAL_ASPECT[1]:
            in_seals += int(red[labels == label].sum())
    return in_seals / red.size


def measure(image: Image.Image) -> PageQuality:
    """All three measurements of one page image, plus its size in pixels."""
    rgb = _scaled_rgb(image)
    return PageQuality(
        width_px=image.width,
        height_px=image.height,
        sharpness=round(sharpness(rgb), 2),
        colourfulness=round(colourfulness(rgb), 3),
        red_seal_ratio=round(red_seal_ratio(rgb), 5),
    )
