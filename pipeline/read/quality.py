"""Measurements of a page image that the forensics rules judge (DOC_QUALITY_LOW,
DOC_NOT_ORIGINAL, SEAL_MISSING). Thresholds live with the rules; here only numbers.

- sharpness: variance of the Laplacian of the grayscale page scaled so its longer side is
  :data:`NORM_SIDE` pixels (so a 12-megapixel photo and a 150-dpi scan are comparable).
  Sharp printed text scores in the thousands; a page blurred beyond reading, well under 100.
- colourfulness: Hasler & Suesstrunk (2003), on the same scaled image; 0 for grayscale,
  roughly 5-15 for a white page with a red seal, 30+ for colourful originals.
- red_seal_ratio: share of pixels of seal-red ink (red to orange-red, saturated, not black)
  counted only inside red seals: round or oval blobs of a seal's size whose outline is a ring
  of ink (:mod:`pipeline.read.seals`; a red border, rule or heading is not a seal). Where
  no red blob is a seal, a seal stamped over red print (a ready-printed form whose labels,
  blanks and frame are red, so the seal's blob runs into theirs) is found by its ring in the
  red ink (:func:`pipeline.read.seals.red_rings`). Where the image shows no whole seal and
  its page is a part of the photo (a monitor's screen, a sheet far off on a desk), seals are
  sized against that sheet (:func:`pipeline.read.seals.sheet_seals`); the share stays the
  image's pixels.
  Born-digital pages have the regions holding pictures or coloured paint rendered
  (:func:`measure_regions`), so vector-drawn and embedded-image seals both count.
- seal_ring: 0..1, how completely the best seal-sized ring in the page's ink (of any colour)
  follows an ellipse: about 1 for a seal, also in a grayscale copy; 0.4-0.65 for text alone.
- copy_ring: where no red seal is and the page's only colour is at most two stamp-sized
  marks (a gray photocopy the personnel office stamped 复印件与原件核对无误 in blue afterwards),
  the seal_ring of its gray ink alone (:func:`pipeline.read.seals.copy_ring`); None otherwise.
- edge_seal: where no whole red seal is, whether a red seal cut by the edge shows (a 骑缝章
  stamped across a contract's sheets, cut by the image's edge or by the paper's edge inside a
  photo; :func:`pipeline.read.seals.edge_seals`).
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
        rgb = cv2.resize(rgb, (max(1, round(w * scale)), max(1, round(h * scale))),
                         interpolation=interp)
    return rgb


def sharpness(rgb: np.ndarray) -> float:
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(gray, cv2.CV_64F).var())


def colourfulness(rgb: np.ndarray) -> float:
    import numpy as np

    r, g, b = (rgb[:, :, i].astype(np.float32) for i in range(3))
    rg = r - g
    yb = 0.5 * (r + g) - b
    return float(np.hypot(rg.std(dtype=np.float64), yb.std(dtype=np.float64))
                 + 0.3 * np.hypot(rg.mean(dtype=np.float64), yb.mean(dtype=np.float64)))


#: Bumped whenever a measurement changes: cached OCR keeps its words, its measurements are redone.
VERSION = 14  # 4: pale seal ink counts; 5: no ring where a red seal is, vector pages
# unrendered; 6: seals cut by the edge (edge_seal); 7: seals stamped over red print (red_rings);
# 8: seals cut by a sheet's edge inside the image (a photo's paper edge); 9: copy_ring; 10: a
# red ring found from inside a thick stamp ring moves out to it; 11: a red ring must enclose
# paper (a red area of a photographed scene is no seal); 12: a whole red seal below the policy's
# share is kept, not replaced by red_rings' (none) -- a small seal on a photographed screen; 13:
# seals on a sheet that is a part of the photo are sized against the sheet (sheet_seals); 14:
# red_rings scores the ring outside a candidate on its part in the image (a frame filling a
# picture is no seal)


def _seal_share(found: list, rgb: np.ndarray) -> float:
    """red_seal_ratio: the share of the image's pixels that are the red ink of the whole
    seals `found` (:func:`pipeline.read.seals.red_seal_marks`; a red border, rule or heading,
    a square personal seal or half a seal on the page's edge is no whole seal)."""
    return sum(m.pixels for m in found) / (rgb.shape[0] * rgb.shape[1]) if found else 0.0


def seal_ring(rgb: np.ndarray) -> float:
    """0..1: how well the best ring of a seal's size in the page's ink (any colour) matches an
    ellipse -- the seal a grayscale copy still shows (:func:`pipeline.read.seals.dark_rings`)."""
    from pipeline.read import seals

    found = seals.dark_rings(rgb)
    return found[0].ring if found else 0.0


def unrendered(width_pt: float, height_pt: float, dpi: int) -> PageQuality:
    """The measurements of a text-layer page with no picture and no coloured paint, without
    rendering it: black print on white, no red, no seal ring to look for (seal_ring None, so
    SEAL_MISSING judges such a page on red alone); sharpness 0 is never judged on a text-layer
    page. Its size is what a render at `dpi` would have had."""
    return PageQuality(
        width_px=round(width_pt * dpi / 72),
        height_px=round(height_pt * dpi / 72),
        sharpness=0.0,
        colourfulness=0.0,
        red_seal_ratio=0.0,
        seal_ring=None,
    )


def measure_regions(width_px: int, height_px: int, page_size: tuple[int, int],
                    regions: list[np.ndarray]) -> PageQuality:
    """The measurements of a text-layer page from the regions of it that hold a picture or
    coloured paint, each rendered at the scale :func:`measure` works at (`page_size`: the
    whole page's pixels at that scale). The rest of such a page is print on white, which adds
    no colour, no red and no seal: so colourfulness is pooled over the page with the rest
    counted as neutral, and seals are found region by region, sized against the whole page
    (issue 14: rendering and measuring the whole page was 97 % of a sealed born-digital page's
    read). Sharpness is not measured: it is never judged on a text-layer page. `width_px` and
    `height_px`: the page's size as :func:`measure` would have recorded it."""
    import numpy as np

    from pipeline.read import seals

    total = max(page_size[0] * page_size[1], 1)
    short = min(page_size)
    marks = [seals.red_seal_marks(rgb, short) for rgb in regions]  # (whole, cut) per region
    red = sum(m.pixels for whole, _cut in marks for m in whole) / total
    if red < SEAL_PRESENT_RATIO:  # a seal stamped over red print (a ready-printed red form)
        red = max(red, sum(m.pixels for rgb in regions
                           for m in seals.red_rings(rgb, short)) / total)
    sums = np.zeros(4)  # sum and sum of squares of rg and yb over the regions' pixels
    for rgb in regions:
        r, g, b = (rgb[:, :, i].astype(np.float64) for i in range(3))
        rg, yb = r - g, 0.5 * (r + g) - b
        sums += (rg.sum(), (rg * rg).sum(), yb.sum(), (yb * yb).sum())
    mean_rg, mean_yb = sums[0] / total, sums[2] / total
    std_rg = float(np.sqrt(max(sums[1] / total - mean_rg**2, 0.0)))
    std_yb = float(np.sqrt(max(sums[3] / total - mean_yb**2, 0.0)))
    colour = float(np.hypot(std_rg, std_yb) + 0.3 * np.hypot(mean_rg, mean_yb))
    ring, edge, copy = None, False, None
    if red < SEAL_PRESENT_RATIO:
        rings = [m.ring for rgb in regions for m in seals.dark_rings(rgb, short=short)]
        ring = round(max(rings, default=0.0), 3)
        # a picture region ends where the picture does or at the page's edge
        edge = any(cut for _whole, cut in marks)
        copy = _copy_ring(regions, short)
    return PageQuality(width_px=width_px, height_px=height_px, sharpness=0.0,
                       colourfulness=round(colour, 3), red_seal_ratio=round(red, 5),
                       seal_ring=ring, edge_seal=edge, copy_ring=copy)


def _copy_ring(regions: list[np.ndarray], short: int) -> float | None:
    """copy_ring over a born-digital page's rendered regions (a region's edge is the picture's
    or the paint's, not a photographed sheet's: no colour is left out for touching it)."""
    from pipeline.read import seals

    colours = [seals.coloured_mask(rgb) for rgb in regions]
    marks: list[tuple[int, int, int, int]] = []
    for rgb, colour in zip(regions, colours):
        found = seals.colour_marks(rgb, short, border=False, colour=colour)
        if found is None:
            return None
        marks += found
    if len(marks) > seals.STAMP_MARKS_MAX:
        return None
    rings = [seals.gray_ring(rgb, colour, short) for rgb, colour in zip(regions, colours)]
    return round(max(rings, default=0.0), 3)


def measure(image: Image.Image) -> PageQuality:
    """All the measurements of one page image, plus its size in pixels."""
    from pipeline.read import seals

    rgb = _scaled_rgb(image)
    whole, cut = seals.red_seal_marks(rgb)  # one pass over the red blobs for both
    if not whole:  # the page may be a part of the photo (a monitor's screen, a sheet far off)
        whole = seals.sheet_seals(rgb)
    red = _seal_share(whole, rgb)
    if red < SEAL_PRESENT_RATIO:  # a seal stamped over red print (a ready-printed red form)
        red = max(red, _seal_share(seals.red_rings(rgb), rgb))
    # the ring is what a page without a red seal still shows; a red seal says it already
    ring = round(seal_ring(rgb), 3) if red < SEAL_PRESENT_RATIO else None
    return PageQuality(
        width_px=image.width,
        height_px=image.height,
        sharpness=round(sharpness(rgb), 2),
        colourfulness=round(colourfulness(rgb), 3),
        red_seal_ratio=round(red, 5),
        seal_ring=ring,
        edge_seal=red < SEAL_PRESENT_RATIO and bool(cut),
        copy_ring=None if ring is None else _round(seals.copy_ring(rgb, whole=ring)),
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
