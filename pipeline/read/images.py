"""Page images: render PDF pages, and the points-per-pixel of uploaded images.

Coordinates of OCR words are converted to points (1/72 inch): for a rendered PDF page by the
render dpi, so they line up with the text layer; for an uploaded image by the dpi stored in
the file when it is plausible (a scanner's 300 dpi TIFF comes out A4-sized), else 72 dpi,
i.e. one point per pixel (phone photos carry no meaningful dpi).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymupdf
    from PIL import Image

DEFAULT_OCR_DPI = 200
QUALITY_DPI = 100  # render dpi for measuring text-layer pages (seal colour, size)


def render_page(page: pymupdf.Page, dpi: float, max_pixels: int) -> tuple[Image.Image, float]:
    """The page (its /Rotate applied) as an RGB image, and the dpi actually used (lowered so
    the image stays under `max_pixels`)."""
    from PIL import Image

    rect = page.rect
    area_in2 = max(rect.width * rect.height / (72.0 * 72.0), 1e-6)
    dpi = min(float(dpi), math.sqrt(max_pixels / area_in2))
    dpi = max(dpi, 1.0)
    pix = page.get_pixmap(dpi=int(dpi), alpha=False, annots=True)
    image = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    return image, pix.width * 72.0 / max(rect.width, 1e-6)


def image_dpi(image: Image.Image) -> float:
    """The dpi to convert this uploaded image's pixels to points (see module docstring)."""
    dpi = image.info.get("dpi")
    try:
        x = float(dpi[0]) if dpi else 0.0  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        x = 0.0
    if 100.0 <= x <= 1200.0:
        return x
    return 72.0
