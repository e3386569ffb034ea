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
    from pathlib import Path

    import numpy as np
    import pymupdf
    from PIL import Image

    from pipeline.forensics.picture import Picture

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


def luma(image: Image.Image) -> np.ndarray:
    """The image's grey levels (ITU-R 601 luma, as JPEG codes them) as a uint8 array."""
    import numpy as np

    return np.asarray(image.convert("L"))


def _jpeg_facts(im: Image.Image) -> tuple[tuple[tuple[str, str], ...], int | None]:
    from pipeline.forensics.editor_tag import tags_of
    from pipeline.forensics.picture import jpeg_quality

    tables = getattr(im, "quantization", None) if im.format == "JPEG" else None
    return tags_of(im), jpeg_quality(list(tables[0])) if tables and 0 in tables else None


def picture_info(path: Path) -> tuple[tuple[tuple[str, str], ...], int | None]:
    """What an image file says about itself for the image forensics: the metadata text that
    may name software (EXIF, XMP, PNG text, JPEG comment) and the JPEG quality of its
    luminance table (None: not a JPEG). Only the header is parsed; ((), None) when it cannot be."""
    from PIL import Image

    try:
        with Image.open(path) as im:
            return _jpeg_facts(im)
    except Exception:  # noqa: BLE001 - a header Pillow cannot parse: the frames' reading says why
        return (), None


def picture_of_bytes(data: bytes, page_no: int, name: str) -> Picture:
    """The image forensics' view of an image held in memory (a PDF's embedded picture, whose
    size the caller checked against the reader's limits)."""
    import io

    from PIL import Image, ImageOps

    from pipeline.forensics.picture import Picture

    with Image.open(io.BytesIO(data)) as im:
        tags, quality = _jpeg_facts(im)
        frame = ImageOps.exif_transpose(im)
        return Picture(luma(frame), page_no, tags, quality, name)
