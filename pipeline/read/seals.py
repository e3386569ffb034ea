"""Seals on a page image: where they are, how ring-like they are, and the page without them.

A person recognises an official seal (公章) by its shape: a round or oval stamp of 3.5-5 cm
with a ring, a star and text on an arc. Two finders, both judging that shape:

- :func:`red_seals`: seal-red pixels (OpenCV hue <= 14 or >= 160 of 180, saturated) closed
  into blobs; a blob of a seal's size and proportions whose outline, an ellipse fitted to it,
  is covered by red ink all round is a seal. Red headings (红头), red rules and table borders
  have the wrong proportions or no ring; a square personal seal or a half seal on the edge
  (骑缝章, :func:`edge_seals`) covers only part of an ellipse.
- :func:`edge_seals`: a red seal cut by the image's edge (骑缝章: stamped across the edges of
  a contract's sheets, so each page keeps a part): a red blob running off the image whose
  outer outline is an arc of a circle of a seal's size, with red ink all along the visible
  part of its ring. It is the unit's seal, though not a whole one. In a photo or a scan that
  shows the desk, a binder sleeve or the lid round the sheet, the sheet's edge lies inside the
  image: there the arc is closed by one straight cut with no red beyond (:func:`_chord_ring`).
- :func:`dark_rings`: on any page, the best ring of a seal's size in the ink (dark) mask:
  circle candidates (Hough), each refined to an ellipse through the ink nearest its outline
  and scored by the share of the ellipse's perimeter that lies on ink. What a grayscale scan
  or photocopy of a sealed letter still shows; an unsealed letter has no such ring.

:func:`without_red` removes red ink by channel arithmetic while keeping dark strokes under it,
for the second recognition pass on seal regions (:func:`pipeline.read.reread_under_seals`).
Sizes are shares of the page image's short side -- or of the sheet's where the sheet is a
part of a photo (:func:`sheet_seals`: a person sizes a seal against the paper it is on); the
rules' thresholds live in the policy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

    from pipeline.read.engines.base import OcrEngine, OcrWord

#: A seal's larger side as a share of the page image's short side (4 cm on A4 is 0.19; a
#: certificate in A5 landscape or a photo with the desk around the page moves it either way).
SEAL_SIDE = (0.10, 0.45)
#: width / height of a seal's bounding box: round seals are ~1, oval seals up to ~1.6.
SEAL_ASPECT = (0.55, 1.8)
#: A red blob counts as a seal when red ink covers at least this share of its outline.
RED_RING_MIN = 0.7
_ANGLES = 180  # samples round an ellipse
#: Ring candidates (Hough) are looked for on a copy with this short side.
HOUGH_SIDE = 400


@dataclass(frozen=True, slots=True)
class SealMark:
    """One seal found on an image: its box in the image's pixels, its ink and ring-ness."""

    box: tuple[int, int, int, int]  # x0, top, x1, bottom
    ink: str  # "red" or "dark"
    ring: float  # 0..1: share of the fitted ellipse's perimeter on ink
    pixels: int = 0  # ink pixels of the blob (red seals)


def red_mask(rgb: np.ndarray) -> np.ndarray:
    """1 where a pixel looks like seal ink: red to orange-red or crimson, saturated, not black.

    Pale and faded ink (saturation down to ~30, a pink impression from a dry pad) and dark
    red (value down to ~60) count, as long as red clearly stands out from green and blue
    (paper tints and gray shading do not).
    """
    import cv2
    import numpy as np

    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    h, s, v = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    channels = rgb.astype(np.int16)
    excess = channels[:, :, 0] - np.maximum(channels[:, :, 1], channels[:, :, 2])
    return (((h <= 14) | (h >= 160)) & (s >= 30) & (v >= 60) & (excess >= 25)).astype(np.uint8)


def ink_mask(rgb: np.ndarray) -> np.ndarray:
    """1 where a pixel is clearly darker than the paper around it (any colour of ink)."""
    import cv2
    import numpy as np

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    k = max(5, (min(gray.shape) // 40) | 1)
    paper = cv2.GaussianBlur(cv2.dilate(gray, np.ones((k, k), np.uint8)), (k, k), 0)
    return ((paper.astype(np.int16) - gray.astype(np.int16)) >= 35).astype(np.uint8)


def _ellipse_points(ellipse: tuple, scales: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pixel coordinates (x, y) round an OpenCV ellipse, one row per scale, one column per angle."""
    import numpy as np

    (cx, cy), (width, height), angle = ellipse
    t = np.linspace(0, 2 * np.pi, _ANGLES, endpoint=False)
    a, b = width / 2, height / 2
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    ex, ey = np.outer(scales, a * np.cos(t)), np.outer(scales, b * np.sin(t))
    return cx + ex * c - ey * s, cy + ex * s + ey * c


def ring_coverage(mask: np.ndarray, ellipse: tuple, band: float) -> float:
    """Share of angles round `ellipse` with ink within `band` pixels of its outline."""
    return float(ring_coverage_at(mask, ellipse, band).mean())


def _size_ok(width: float, height: float, short: int) -> bool:
    side, aspect = max(width, height) / short, width / max(height, 1)
    return SEAL_SIDE[0] <= side <= SEAL_SIDE[1] and SEAL_ASPECT[0] <= aspect <= SEAL_ASPECT[1]


def red_seals(rgb: np.ndarray, short: int | None = None) -> list[SealMark]:
    """Red seals on an RGB image (see the module docstring), largest first. `short`: the
    short side of the page the image is a region of (default: the image's own), which sizes
    a seal."""
    return red_seal_marks(rgb, short)[0]


def edge_seals(rgb: np.ndarray, short: int | None = None) -> list[SealMark]:
    """Red seals cut by the image's edge (see the module docstring), largest first; `short`
    as for :func:`red_seals`."""
    return red_seal_marks(rgb, short)[1]


#: A cut seal shows at least this share of its circle (less is too little arc to judge).
EDGE_ARC_MIN = 0.3
#: Its outer outline lies on the fitted circle to within this share of the radius (median).
EDGE_FIT_MAX = 0.06
_EDGE_MARGIN = 2  # pixels: a blob this close to the image's edge runs off it


def red_seal_marks(rgb: np.ndarray, short: int | None = None
                   ) -> tuple[list[SealMark], list[SealMark]]:
    """The whole red seals and the red seals cut by the image's edge, each largest first, from
    one pass over the image's red blobs (`short` as for :func:`red_seals`). A blob on the edge
    is judged both ways: a tight crop's whole seal touches it too."""
    import cv2
    import numpy as np

    red = red_mask(rgb)
    if not red.any():
        return [], []
    h, w = red.shape
    short = short or min(red.shape)
    size = max(3, int(short * 0.02))
    closed = cv2.morphologyEx(red, cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed)
    band = max(2.0, short * 0.006)
    whole: list[SealMark] = []
    cut: list[SealMark] = []
    for label in range(1, count):
        x, y, width, height, _area = (int(v) for v in stats[label])
        m = _EDGE_MARGIN
        on_edge = x <= m or y <= m or x + width >= w - m or y + height >= h - m
        sized = _size_ok(width, height, short)
        if not sized and not (on_edge and max(width, height) >= SEAL_SIDE[0] * short / 2):
            continue
        blob = (labels[y:y + height, x:x + width] == label).astype(np.uint8)
        contours, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
        outline = max(contours, key=len)
        ring = _whole_ring(red, outline, (x, y), band) if sized else None
        arc = _cut_ring(red, outline, (x, y), short, band) if on_edge else None
        if ring is None and arc is None and max(width, height) >= SEAL_SIDE[0] * short / 2:
            arc = _chord_ring(red, outline, (x, y), short, band)
        if ring is None and arc is None:
            continue
        pixels = int(red[y:y + height, x:x + width][blob > 0].sum())
        for found, into in ((ring, whole), (arc, cut)):
            if found is not None:
                into.append(SealMark((x, y, x + width, y + height), "red", round(found, 3),
                                     pixels))
    return (sorted(whole, key=lambda mark: -mark.pixels),
            sorted(cut, key=lambda mark: -mark.pixels))


#: A sheet a photo shows inside it sizes seals when it covers at least this share of the image.
SHEET_AREA_MIN = 0.1
#: A sheet whose short side is at least this share of the image's is the image's own (a scan,
#: a photo the sheet fills): its seals are sized against the image.
SHEET_SHORT_MAX = 0.9
#: Paper is a filled (perspective) quadrilateral: at least this share of its box is paper.
SHEET_FILL_MIN = 0.6


def sheet_box(rgb: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box of the sheet of paper a photo shows as a part of it (the page on a photographed
    monitor, a letter lying far off on a desk), None where there is no such sheet or it fills
    the image. The paper is the largest region brighter than the rest (Otsu's split of the
    gray levels, the print's strokes closed; the thin bright links a window's toolbar or a
    reflection make are opened away) that fills most of its box (:data:`SHEET_FILL_MIN`) and
    covers :data:`SHEET_AREA_MIN` of the image."""
    import cv2
    import numpy as np

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    h, w = gray.shape
    _t, bright = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    k = max(3, int(min(h, w) * 0.006))  # the print's strokes closed, thin links opened
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    bright = cv2.morphologyEx(bright, cv2.MORPH_OPEN, np.ones((2 * k, 2 * k), np.uint8))
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(bright)
    if count < 2:
        return None
    x, y, width, height, area = (int(v) for v in stats[1 + int(stats[1:, 4].argmax())])
    if (area < SHEET_AREA_MIN * h * w or area < SHEET_FILL_MIN * width * height
            or min(width, height) >= SHEET_SHORT_MAX * min(h, w)):
        return None
    return x, y, x + width, y + height


def sheet_seals(rgb: np.ndarray) -> list[SealMark]:
    """Whole red seals on the sheet a photo shows as a part of it (:func:`sheet_box`), sized
    against the sheet: a person judges a seal's size on the paper it is stamped on, and a
    4 cm seal on a page that fills half the photo's height is a tenth of the photo's short
    side or less (:data:`SEAL_SIDE` would take it for a logo). Largest first; only seals
    whose centre lies on the sheet (red things on the desk are no seal of the page)."""
    box = sheet_box(rgb)
    if box is None:
        return []
    short = min(box[2] - box[0], box[3] - box[1])
    return [m for m in red_seal_marks(rgb, short)[0]
            if box[0] <= (m.box[0] + m.box[2]) / 2 <= box[2]
            and box[1] <= (m.box[1] + m.box[3]) / 2 <= box[3]]


def _whole_ring(red: np.ndarray, outline: np.ndarray, at: tuple[int, int],
                band: float) -> float | None:
    """How much of an ellipse fitted to a blob's outline is red ink (None: below
    :data:`RED_RING_MIN`, or too little outline to fit)."""
    import cv2

    if len(outline) < 5:
        return None
    (ex, ey), axes, angle = cv2.fitEllipse(outline)
    centre = (ex + at[0], ey + at[1])
    ellipse = (centre, axes, angle)
    inner = (centre, (axes[0] * 0.96, axes[1] * 0.96), angle)  # the ring's middle
    ring = max(ring_coverage(red, e, band) for e in (ellipse, inner))
    return ring if ring >= RED_RING_MIN else None


def _cut_ring(red: np.ndarray, outline: np.ndarray, at: tuple[int, int], short: int,
              band: float) -> float | None:
    """How much of the visible part of a seal's ring cut by the image's edge is red ink
    (None: no seal-sized circular arc, or below :data:`RED_RING_MIN`). A circle is fitted (least
    squares) to the blob's outside away from the edge."""
    import cv2
    import numpy as np

    h, w = red.shape
    m = _EDGE_MARGIN
    # the ring's outside is the blob's convex hull away from the edge (its inside opens onto
    # the edge, so the outline runs round the inner arc and the star too)
    hull = cv2.convexHull(outline)[:, 0, :].astype(np.float64) + at
    off = ((hull[:, 0] > m) & (hull[:, 0] < w - 1 - m)
           & (hull[:, 1] > m) & (hull[:, 1] < h - 1 - m))
    fit = _circle_fit(hull[off], short)
    if fit is None:
        return None  # no seal-sized circle, or the outline is no arc of one
    cx, cy, r = fit
    t = np.linspace(0, 2 * np.pi, _ANGLES, endpoint=False)
    inside = ((cx + r * np.cos(t) >= 0) & (cx + r * np.cos(t) < w)
              & (cy + r * np.sin(t) >= 0) & (cy + r * np.sin(t) < h))
    if inside.mean() < EDGE_ARC_MIN or inside.all():
        return None  # too little of it shows, or it is not cut after all
    ring = _arc_coverage(red, (cx, cy), r * 0.98, band, inside)
    return ring if ring >= RED_RING_MIN else None


#: A seal cut along a sheet's edge inside the image has nothing red beyond the cut: at most
#: this share of its disc's far side is red ink.
CHORD_BEYOND_MAX = 0.01
#: The cut's two ends lie on the seal's circle to within this share of its radius.
CHORD_END_FIT = 0.15


def _circle_fit(arc: np.ndarray, short: int) -> tuple[float, float, float] | None:
    """Centre and radius of the circle through `arc`'s points (Kasa's algebraic least-squares
    fit), None when no seal-sized circle fits them to within :data:`EDGE_FIT_MAX`."""
    import numpy as np

    if len(arc) < 8:
        return None
    # x^2 + y^2 + D x + E y + F = 0
    design = np.column_stack([arc[:, 0], arc[:, 1], np.ones(len(arc))])
    rhs = -(arc[:, 0] ** 2 + arc[:, 1] ** 2)
    (d, e, f), *_ = np.linalg.lstsq(design, rhs, rcond=None)
    cx, cy = -d / 2, -e / 2
    r2 = cx * cx + cy * cy - f
    if r2 <= 0:
        return None
    r = math.sqrt(r2)
    if not SEAL_SIDE[0] <= 2 * r / short <= SEAL_SIDE[1]:
        return None
    if np.median(np.abs(np.hypot(arc[:, 0] - cx, arc[:, 1] - cy) - r)) > EDGE_FIT_MAX * r:
        return None
    return float(cx), float(cy), r


def _chord_ring(red: np.ndarray, outline: np.ndarray, at: tuple[int, int], short: int,
                band: float) -> float | None:
    """A seal cut by a sheet's edge that lies INSIDE the image (a phone photo or a scan shows
    the desk, a binder sleeve or the scanner lid round the paper, so the paper's edge, not the
    image's, cuts the 骑缝章): the blob's outside is an arc of a seal-sized circle closed by one
    straight cut -- its convex hull's longest side -- whose two ends lie on that circle, with
    no red ink at all beyond the cut (the rest of the seal is on the other sheet). How much of
    the visible arc is red ink is returned (None: no such cut seal, or below
    :data:`RED_RING_MIN`). Red print is no such thing: a table border or rule is straight, a
    heading's characters follow no circle, and a whole seal with a faded stretch still has
    ink beyond any chord."""
    import cv2
    import numpy as np

    h, w = red.shape
    hull = cv2.convexHull(outline)[:, 0, :].astype(np.float64) + at
    if len(hull) < 10:
        return None
    nxt = np.roll(hull, -1, axis=0)
    lengths = np.hypot(*(nxt - hull).T)
    i = int(lengths.argmax())
    p, q = hull[i], nxt[i]
    direction = (q - p) / max(lengths[i], 1e-9)
    normal = np.array([-direction[1], direction[0]])
    side = (hull - p) @ normal
    if np.median(side) < 0:  # point the normal into the blob
        normal, side = -normal, -side
    fitted = _circle_fit(hull[side > 2 * band], short)
    if fitted is None:
        return None
    cx, cy, r = fitted
    if lengths[i] < 0.5 * r or any(abs(math.hypot(*(end - (cx, cy))) - r) > CHORD_END_FIT * r
                                   for end in (p, q)):
        return None  # no long straight cut ending on the circle
    t = np.linspace(0, 2 * np.pi, _ANGLES, endpoint=False)
    px, py = cx + r * np.cos(t), cy + r * np.sin(t)
    inside = ((px >= 0) & (px < w) & (py >= 0) & (py < h)
              & ((np.column_stack([px, py]) - p) @ normal >= -band))
    if not EDGE_ARC_MIN <= inside.mean() <= 0.9:
        return None  # too little of it shows, or it is not cut after all
    ys, xs = np.mgrid[max(0, int(cy - r * 1.05)):min(h, int(cy + r * 1.05) + 1),
                      max(0, int(cx - r * 1.05)):min(w, int(cx + r * 1.05) + 1)]
    beyond = ((np.hypot(xs - cx, ys - cy) <= r * 1.05)
              & ((xs - p[0]) * normal[0] + (ys - p[1]) * normal[1] < -3 * band))
    if beyond.sum() < 0.1 * math.pi * r * r:
        return None  # the cut leaves too little of the disc beyond it to tell
    if red[ys[beyond], xs[beyond]].mean() > CHORD_BEYOND_MAX:
        return None  # red ink beyond the cut: no sheet's edge there
    ring = _arc_coverage(red, (cx, cy), r * 0.98, band, inside)
    return ring if ring >= RED_RING_MIN else None


def _arc_coverage(mask: np.ndarray, centre: tuple[float, float], r: float, band: float,
                  inside: np.ndarray) -> float:
    """Share of the angles `inside` the image at which a circle of radius `r` round `centre`
    has ink within `band` pixels."""
    import numpy as np

    share = [ring_coverage_at(mask, (centre, (2 * r * k, 2 * r * k), 0.0), band)
             for k in (1.0, 0.96)]
    hits = np.maximum(*share)
    return float(hits[inside].mean())


def ring_coverage_at(mask: np.ndarray, ellipse: tuple, band: float) -> np.ndarray:
    """Per angle round `ellipse`: ink within `band` pixels of its outline (1) or not (0)."""
    import numpy as np

    (_c, (width, height), _a) = ellipse
    r = max(min(width, height) / 2, 1.0)
    scales = np.linspace(1 - band / r, 1 + band / r, max(3, int(2 * band) + 1))
    xs, ys = _ellipse_points(ellipse, scales)
    h, w = mask.shape
    xi, yi = np.round(xs).astype(int), np.round(ys).astype(int)
    ok = (xi >= 0) & (xi < w) & (yi >= 0) & (yi < h)
    hits = np.zeros(xs.shape, dtype=bool)
    hits[ok] = mask[yi[ok], xi[ok]] > 0
    return hits.any(axis=0).astype(np.float64)


def _radius_at(ellipse: tuple, cx: float, cy: float, t: np.ndarray) -> np.ndarray:
    """Distance from (cx, cy) to `ellipse`'s outline in directions `t` (radians)."""
    import numpy as np

    px, py = _ellipse_points(ellipse, np.array([1.0]))
    rho = np.hypot(px[0] - cx, py[0] - cy)
    theta = np.arctan2(py[0] - cy, px[0] - cx) % (2 * np.pi)
    order = np.argsort(theta)
    return np.interp(t % (2 * np.pi), theta[order], rho[order], period=2 * np.pi)


def _refine(mask: np.ndarray, prior: tuple, rounds: int = 3) -> tuple | None:
    """An ellipse through the ink nearest `prior`'s outline on rays from its centre: each
    round takes, per direction, the ink pixel closest to the current outline (within -30 % ..
    +40 %), fits an ellipse to those points and drops the ones far off it."""
    import cv2
    import numpy as np

    t = np.linspace(0, 2 * np.pi, _ANGLES, endpoint=False)
    h, w = mask.shape
    ellipse = prior
    for _ in range(rounds):
        (cx, cy), _axes, _ang = ellipse
        expect = _radius_at(ellipse, cx, cy, t)
        steps = np.linspace(0.7, 1.4, 57)
        radii = np.outer(steps, expect)  # (steps, angles)
        xs = np.round(cx + radii * np.cos(t)).astype(int)
        ys = np.round(cy + radii * np.sin(t)).astype(int)
        inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
        ink = np.zeros(xs.shape, dtype=bool)
        ink[inside] = mask[ys[inside], xs[inside]] > 0
        dist = np.where(ink, np.abs(steps[:, None] - 1.0), np.inf)
        best = dist.argmin(axis=0)
        have = np.isfinite(dist[best, np.arange(_ANGLES)])
        if have.sum() < _ANGLES * 0.5:
            return None
        rho, tt = radii[best, np.arange(_ANGLES)][have], t[have]
        for _ in range(2):  # fit, drop the points far off the ellipse, fit again
            if len(rho) < 5:
                return None
            pts = np.stack([cx + rho * np.cos(tt), cy + rho * np.sin(tt)], axis=1)
            fitted = cv2.fitEllipse(pts.astype(np.float32))
            (fx, fy), (fw, fh), _fa = fitted
            if not (min(fw, fh) > 1 and np.isfinite([fx, fy, fw, fh]).all()):
                return None
            ellipse = fitted
            keep = np.abs(rho - _radius_at(fitted, cx, cy, tt)) <= max(2.0, 0.05 * min(fw, fh))
            rho, tt = rho[keep], tt[keep]
    return ellipse


def _hole_candidates(mask: np.ndarray, short: int) -> list[tuple]:
    """Ellipses fitted to white holes of a seal's size enclosed by ink (a ring's inside)."""
    import cv2
    import numpy as np

    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    contours, hierarchy = cv2.findContours(closed, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    found = []
    if hierarchy is None:
        return found
    for contour, (_n, _p, _child, parent) in zip(contours, hierarchy[0]):
        if parent < 0 or len(contour) < 5:
            continue
        _x, _y, width, height = cv2.boundingRect(contour)
        if _size_ok(width * 1.4, height * 1.4, short) or _size_ok(width, height, short):
            (cx, cy), (ew, eh), angle = cv2.fitEllipse(contour)
            # the hole may be the inside of the ring or the space within the text on its arc
            found += [((cx, cy), (ew * k, eh * k), angle) for k in (1.0, 1.2, 1.4)]
    return found


def dark_rings(rgb: np.ndarray, candidates: int = 24, short: int | None = None) -> list[SealMark]:
    """Rings of a seal's size in the ink of any colour, best first (see the module docstring).
    `short`: as for :func:`red_seals`."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    mask = ink_mask(gray)
    short = short or min(gray.shape)
    if short < 60 or min(gray.shape) < short * SEAL_SIDE[0] or not mask.any():
        return []
    # Circle candidates on a copy whose short side is HOUGH_SIDE: the accumulator's cost grows
    # with pixels times radii, and a seal is 30+ pixels across there; _refine then fits each
    # candidate on the full-size mask.
    scale = min(1.0, HOUGH_SIDE / short)
    small = gray if scale == 1.0 else cv2.resize(
        gray, (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale))),
        interpolation=cv2.INTER_AREA)
    s_short = round(short * scale)
    r_min, r_max = int(s_short * SEAL_SIDE[0] / 2), int(s_short * SEAL_SIDE[1] / 2)
    smooth = cv2.GaussianBlur(small, (0, 0), max(1.0, s_short / 600))
    circles = cv2.HoughCircles(smooth, cv2.HOUGH_GRADIENT, dp=2, minDist=max(r_min, 10),
                               param1=80, param2=30, minRadius=r_min, maxRadius=r_max)
    priors = [((float(x) / scale, float(y) / scale), (2.0 * r / scale, 2.0 * r / scale), 0.0)
              for x, y, r in ([] if circles is None else circles[0][:candidates])]
    priors += _hole_candidates(mask, short)
    found = []
    band = max(2.0, short * 0.006)
    for prior in priors:
        ellipse = _refine(mask, prior)
        if ellipse is None:
            continue
        (ex, ey), (ew, eh), _ang = ellipse
        if not _size_ok(max(ew, eh), min(ew, eh), short):
            continue
        ring = ring_coverage(mask, ellipse, band)
        outside = ring_coverage(mask, ((ex, ey), (ew * 1.18, eh * 1.18), ellipse[2]), band)
        score = ring - max(0.0, outside - 0.5)  # ink all round, text or not: not a thin ring
        side = max(ew, eh) / 2
        box = (int(ex - side), int(ey - side), int(ex + side), int(ey + side))
        found.append(SealMark(box, "dark", round(max(score, 0.0), 3)))
    return sorted(found, key=lambda m: -m.ring)


#: A pixel is coloured (not gray or black) when, the page's paper tint divided out, its
#: channels spread at least this far (0-255): gray print and a copier's or a lamp's cast stay
#: well under it, blue, violet, green or red ink and pen are well over it.
COLOUR_SPREAD_MIN = 40
#: A page whose coloured ink is in at most this many marks of a stamp's size is a gray copy
#: stamped afterwards (a 核验章 "复印件与原件核对无误" with the checker's pen initial, a
#: received-on stamp): official seals are red, the checker's and the office's stamps are
#: what else a copy's colour is.
STAMP_MARKS_MAX = 2
#: A coloured mark with less ink than this share of the page's largest is a fringe or a speck
#: (a photo's colour fringing along the sheet's edge), not a mark on the page.
MARK_SHARE_MIN = 0.1


def coloured_mask(rgb: np.ndarray) -> np.ndarray:
    """1 where a pixel is coloured ink or paint rather than gray (see
    :data:`COLOUR_SPREAD_MIN`); the paper's tint (the lightest 40 % of the image) is divided
    out first, so a yellowed sheet or a warm lamp does not colour the gray print."""
    import cv2
    import numpy as np

    f = rgb.astype(np.float32)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    paper = gray >= np.percentile(gray, 60)
    white = np.median(f[paper], axis=0) if paper.any() else np.full(3, 255.0)
    bal = f * (float(white.mean()) / np.maximum(white, 1.0))
    return ((bal.max(axis=2) - bal.min(axis=2)) >= COLOUR_SPREAD_MIN).astype(np.uint8)


def colour_marks(rgb: np.ndarray, short: int | None = None, border: bool = True,
                 colour: np.ndarray | None = None) -> list[tuple[int, int, int, int]] | None:
    """Boxes of the marks in coloured ink on a page image (coloured pixels that are also ink,
    :func:`ink_mask`, closed into marks), or None when some coloured mark is larger than a
    stamp (:data:`SEAL_SIDE`): colour that is the page's own print, a coloured form or a
    photo's picture. With `border`, marks touching the image's edge are left out: the desk, a
    hand or a sleeve round a photographed or scanned sheet is not its ink. `short` as for
    :func:`red_seals`; `colour`: the image's :func:`coloured_mask`, when already made."""
    import cv2
    import numpy as np

    short = short or min(rgb.shape[:2])
    colour = coloured_mask(rgb) if colour is None else colour
    h, w = colour.shape
    if border:  # coloured areas reaching the image's edge: the world round the sheet
        j = max(3, int(short * 0.012))  # a desk's grain and the sheet's shaded edge join it
        joined = cv2.morphologyEx(colour, cv2.MORPH_CLOSE, np.ones((j, j), np.uint8))
        count, labels, stats, _ = cv2.connectedComponentsWithStats(joined)
        x, y, width, height = (stats[:, i] for i in range(4))
        edge = (x <= 0) | (y <= 0) | (x + width >= w) | (y + height >= h)
        edge[0] = False
        colour = colour & ~edge[labels]
    ink = ink_mask(rgb) & colour
    if not ink.any():
        return []
    k = max(3, int(short * 0.03))
    closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed)
    inked = np.bincount(labels[ink > 0], minlength=count)
    biggest = int(inked[1:].max()) if count > 1 else 0
    marks = []
    for label in range(1, count):
        x, y, width, height, _area = (int(v) for v in stats[label])
        if inked[label] < max((short * 0.01) ** 2, MARK_SHARE_MIN * biggest):
            continue  # a speck or a fringe: noise, colour fringing along the sheet's edge
        if max(width, height) > SEAL_SIDE[1] * short:
            return None
        marks.append((x, y, x + width, y + height))
    return marks


def copy_ring(rgb: np.ndarray, short: int | None = None, border: bool = True,
              whole: float | None = None) -> float | None:
    """The seal a gray copy still shows on a page stamped in colour afterwards: the best
    seal-sized ring (:func:`dark_rings`) in the page's gray ink, coloured ink left out -- a
    blue or violet stamp of the copy's checker is no unit's seal. None when the page's colour
    is more than at most :data:`STAMP_MARKS_MAX` stamp-sized marks (:func:`colour_marks`): a
    page printed or photographed in colour shows its seal in red, and a gray ring there is
    something else (a postmark, a logo). `short`, `border` as for :func:`colour_marks`;
    `whole`: the ring already found in all the page's ink, which is this one where no pixel
    is coloured."""
    colour = coloured_mask(rgb)
    marks = colour_marks(rgb, short, border, colour)
    if marks is None or len(marks) > STAMP_MARKS_MAX:
        return None
    return gray_ring(rgb, colour, short, whole)


def gray_ring(rgb: np.ndarray, colour: np.ndarray, short: int | None = None,
              whole: float | None = None) -> float:
    """The best seal-sized ring (:func:`dark_rings`) in the image's ink with its coloured
    pixels (`colour`, its :func:`coloured_mask`) left out; `whole` as for :func:`copy_ring`."""
    coloured = colour > 0
    if whole is not None and not coloured.any():
        return whole
    gray = rgb.copy()
    gray[coloured] = 255
    found = dark_rings(gray, short=short)
    return found[0].ring if found else 0.0


#: A seal found as a ring in red ink that ran into red print (:func:`red_rings`) must have red
#: ink on this share of its ellipse, less what the ring's outside also shows: stricter than
#: :data:`RED_RING_MIN`, as the outline is fitted here rather than the blob's own.
RED_PRINT_RING_MIN = 0.85
#: A seal is a ring of ink stamped on paper: inside its ring the paper shows between the
#: characters on its arc, the star and the unit's name, so red ink covers well under half of
#: its disc (a real impression, pale or heavy, 0.1-0.4). A solid red area -- the cover of a
#: closed red 聘书 or 荣誉证书 folder, a red banner or backdrop round a figure in a photo of a
#: ceremony, a red table cloth -- has red all over any ellipse drawn in it, and the edge of
#: whatever is in front of it traces a "ring" there: at most this share of the disc within
#: 90 % of a ring may be red ink (:func:`red_rings`).
RED_FILL_MAX = 0.6


def red_rings(rgb: np.ndarray, short: int | None = None, candidates: int = 64
              ) -> list[SealMark]:
    """Red seals stamped over red print, largest first (`short` as for :func:`red_seals`).

    Ready-printed forms (a stationer's 聘书 or 荣誉证书 sheet, a red-framed certificate) print
    their frame, labels and blanks in red, and the unit stamps its seal over the unit line, on
    the red label and underline. Seal ink and red print are the same colour, so the seal's
    blob runs into the print's and has no seal's proportions: :func:`red_seal_marks` sees no
    seal. A person still sees the ring. So, as :func:`dark_rings` does in any ink, the ring is
    looked for in the red ink itself: circle candidates (Hough) and holes enclosed by red
    ink, each refined to an ellipse through the red ink nearest its outline and scored by
    the share of its perimeter on red ink, less what a ring 18 % larger also shows (red text
    or a dense red block has ink all round both; a stamp's ring has little outside). Red
    print alone -- frames, rules, labels, a big red title -- shows no such ring. A ring must
    enclose paper (:data:`RED_FILL_MAX`): in a photo of a scene (a 聘书颁发仪式 on a stage
    under a red 会标, colleagues holding closed red folders) the red areas themselves are
    no seal, whatever outline the figures in front of them cut into them.
    """
    import cv2
    import numpy as np

    red = red_mask(rgb)
    short = short or min(red.shape)
    if short < 60 or min(red.shape) < short * SEAL_SIDE[0] or not red.any():
        return []
    scale = min(1.0, HOUGH_SIDE / short)
    img = (red * 255).astype(np.uint8)
    small = img if scale == 1.0 else cv2.resize(
        img, (max(1, round(img.shape[1] * scale)), max(1, round(img.shape[0] * scale))),
        interpolation=cv2.INTER_AREA)
    s_short = round(short * scale)
    r_min, r_max = int(s_short * SEAL_SIDE[0] / 2), int(s_short * SEAL_SIDE[1] / 2)
    smooth = cv2.GaussianBlur(small, (0, 0), max(1.0, s_short / 600))
    circles = cv2.HoughCircles(smooth, cv2.HOUGH_GRADIENT, dp=2, minDist=max(r_min, 10),
                               param1=80, param2=30, minRadius=r_min, maxRadius=r_max)
    priors = [((float(x) / scale, float(y) / scale), (2.0 * r / scale, 2.0 * r / scale), 0.0)
              for x, y, r in ([] if circles is None else circles[0][:candidates])]
    # a form's blank (underline) or rule drawn through the seal splits its inside in two:
    # straight runs longer than any stretch of a seal's ring are left out when holes are sought
    run = max(5, int(short * 0.15))
    lines = (cv2.morphologyEx(red, cv2.MORPH_OPEN, np.ones((1, run), np.uint8))
             | cv2.morphologyEx(red, cv2.MORPH_OPEN, np.ones((run, 1), np.uint8)))
    priors += _hole_candidates(red, short) + _hole_candidates(red & (1 - lines), short)
    band = max(2.0, short * 0.006)
    found: list[SealMark] = []
    for prior in priors:
        scored = _outer_red_ring(red, prior, short, band)
        if scored is None:
            continue
        ((ex, ey), (ew, eh), angle), score = scored
        if score < RED_PRINT_RING_MIN:
            continue
        side = max(ew, eh) / 2
        box = (int(ex - side), int(ey - side), int(ex + side), int(ey + side))
        if any(_overlap(box, m.box) > 0.25 * _area(box) for m in found):
            continue
        disc = np.zeros_like(red)
        cv2.ellipse(disc, ((ex, ey), (ew * 0.9, eh * 0.9), angle), 1, -1)
        if (red & disc).sum() > RED_FILL_MAX * max(int(disc.sum()), 1):
            continue  # a red area, not a ring of ink round paper
        inside = np.zeros_like(red)
        cv2.ellipse(inside, ((ex, ey), (ew * 1.04, eh * 1.04), angle), 1, -1)
        pixels = int((red & inside).sum())
        found.append(SealMark(box, "red", round(score, 3), pixels))
    return sorted(found, key=lambda m: -m.pixels)


#: How much larger than a ring the ring just outside it is looked at (:func:`red_rings`).
OUTSIDE_SCALE = 1.18


def _outer_red_ring(red: np.ndarray, prior: tuple, short: int, band: float
                    ) -> tuple[tuple, float] | None:
    """The ring refined from `prior` in red ink and its score: the share of its perimeter on
    red ink, less what the ring :data:`OUTSIDE_SCALE` larger also shows. A seal's characters
    run on an arc just inside its ring, so a candidate may settle on that arc, with the stamp's
    ring then showing all round outside it; the ring outside is refined and scored in turn,
    once, and the better-scored of the two kept (red print shows ink outside both)."""
    best: tuple[tuple, float] | None = None
    for _ in range(2):
        ellipse = _refine(red, prior)
        if ellipse is None:
            break
        (ex, ey), (ew, eh), angle = ellipse
        if not _size_ok(max(ew, eh), min(ew, eh), short):
            break
        ring = max(ring_coverage(red, ((ex, ey), (ew * k, eh * k), angle), band)
                   for k in (1.0, 0.96))
        larger = ((ex, ey), (ew * OUTSIDE_SCALE, eh * OUTSIDE_SCALE), angle)
        outside = _outside_coverage(red, larger, band)
        score = ring - max(0.0, outside - 0.5)
        if best is None or score > best[1]:
            best = (ellipse, score)
        if outside <= 0.5:
            break
        prior = larger
    return best


def _outside_coverage(red: np.ndarray, larger: tuple, band: float) -> float:
    """Share of the angles round `larger` (the ring just outside a candidate) with red ink,
    counted over the part of it that lies in the image: beyond the image's edge nothing shows,
    which is no paper either. A picture filling its region with a thick red-brown frame (the
    原图 thumbnail of a framed 聘书 on a web page, round 39) has an ellipse inscribed in the
    frame on ink all round; the ring 18 % larger runs off the picture across its sides but
    lies on the frame at its corners -- red print round the candidate, not a seal's paper.
    A seal's ring (a tight-cropped seal image's too) shows paper round it wherever the larger
    ring is in the image. None of it in the image: 0, as before (nothing to judge by)."""
    import numpy as np

    hits = ring_coverage_at(red, larger, band)
    xs, ys = _ellipse_points(larger, np.array([1.0]))
    h, w = red.shape
    inside = (xs[0] >= 0) & (xs[0] < w) & (ys[0] >= 0) & (ys[0] < h)
    return float(hits[inside].mean()) if inside.any() else 0.0


def without_red(rgb: np.ndarray) -> np.ndarray:
    """The image in gray with red ink turned (nearly) white and dark strokes kept, also under it.

    Seal ink multiplies the paper and the print beneath it by its colour, which lets red
    through almost untouched; so the red channel shows the print as if the seal were not
    there, only dimmed by the ink's own red level. That level (the median red channel of the
    seal-red pixels) is divided out; black and gray strokes stay as dark as they were.
    Returned as RGB (three equal channels).
    """
    import numpy as np

    r = rgb[:, :, 0].astype(np.float32)
    red = red_mask(rgb) > 0
    ink = float(np.median(r[red])) if red.sum() > 50 else 255.0
    out = np.clip(r * (255.0 / max(ink, 128.0)), 0, 255).astype(np.uint8)
    return np.repeat(out[:, :, None], 3, axis=2)


#: A second-pass line replaces first-pass lines only when this much more confident: on clean
#: print both passes say ~0.99, and a line that lost a character can still score higher.
MORE_CONFIDENT = 0.02
#: Seals are looked for on a copy no longer than this (the same scale as page measurements).
FIND_SIDE = 1200


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Area of the intersection of two (x0, top, x1, bottom) boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(w, 0.0) * max(h, 0.0)


def _area(a: tuple[float, ...]) -> float:
    return max(a[2] - a[0], 0.0) * max(a[3] - a[1], 0.0)


def seal_regions(image: Image.Image) -> list[tuple[int, int, int, int]]:
    """Boxes of the red seals on `image`, in its pixels."""
    import cv2
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    h, w = rgb.shape[:2]
    scale = min(1.0, FIND_SIDE / max(h, w))
    small = rgb if scale == 1.0 else cv2.resize(
        rgb, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    return [tuple(round(v / scale) for v in m.box) for m in red_seals(small)]  # type: ignore[misc]


def reread_under_seals(image: Image.Image, words: list[OcrWord],
                       engine: OcrEngine) -> list[OcrWord]:
    """A second recognition pass on each red seal's region with the red removed.

    The region is the seal's box padded, widened to hold every first-pass line that crosses the
    seal (so a line is read whole), and its red ink is removed by :func:`without_red`. A
    second-pass line replaces the first-pass lines it covers (each at least half inside it)
    when it is more confident than they are (their mean, weighted by length) by
    :data:`MORE_CONFIDENT`; a second-pass
    line over no first-pass line is added. Words elsewhere are untouched.
    """
    import numpy as np
    from PIL import Image as PILImage

    from pipeline.read.engines.base import OcrWord as Word

    regions = seal_regions(image)
    if not regions:
        return words
    rgb = np.asarray(image.convert("RGB"))
    height, width = rgb.shape[:2]
    out = list(words)
    for seal in regions:
        pad = 0.15 * max(seal[2] - seal[0], seal[3] - seal[1])
        region = (seal[0] - pad, seal[1] - pad, seal[2] + pad, seal[3] + pad)
        crossing = [w for w in out if _overlap(w.box, seal) > 0]
        for w in crossing:
            region = (min(region[0], w.box[0]), min(region[1], w.box[1]),
                      max(region[2], w.box[2]), max(region[3], w.box[3]))
        x0, y0 = max(0, int(region[0]) - 8), max(0, int(region[1]) - 8)
        x1, y1 = min(width, int(region[2]) + 8), min(height, int(region[3]) + 8)
        if x1 - x0 < 16 or y1 - y0 < 16:
            continue
        crop = PILImage.fromarray(without_red(np.ascontiguousarray(rgb[y0:y1, x0:x1])))
        second = [Word(w.text, (w.box[0] + x0, w.box[1] + y0, w.box[2] + x0, w.box[3] + y0),
                       w.confidence) for w in engine.recognize(crop)]
        out = _merge(out, second, (x0, y0, x1, y1))
    return out


def _merge(first: list[OcrWord], second: list[OcrWord],
           region: tuple[int, int, int, int]) -> list[OcrWord]:
    """`first` with the lines inside `region` replaced by more confident `second` lines."""
    replaced: dict[int, OcrWord] = {}  # index of the first covered line -> its replacement
    dropped: set[int] = set()
    added = []
    for new in second:
        covered = [i for i, old in enumerate(first)
                   if i not in dropped
                   and _overlap(old.box, new.box) >= 0.5 * max(_area(old.box), 1.0)]
        if not covered:
            if not any(_overlap(old.box, new.box) > 0 for old in first):
                added.append(new)
            continue
        chars = sum(max(len(first[i].text), 1) for i in covered)
        old_conf = sum(first[i].confidence * max(len(first[i].text), 1) for i in covered) / chars
        if (new.confidence > old_conf + MORE_CONFIDENT
                and new.text != "".join(first[i].text for i in covered)):
            replaced[covered[0]] = new
            dropped.update(covered)
    out = []
    for i, old in enumerate(first):
        if i in replaced:
            out.append(replaced[i])
        elif i not in dropped:
            out.append(old)
    for new in added:  # in reading order: before the first line that starts below it
        at = next((k for k, w in enumerate(out) if w.box[1] > new.box[1]), len(out))
        out.insert(at, new)
    return out
