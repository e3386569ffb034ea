"""One scan, two applicants: an upload that is the same capture (scan or photo) as another
applicant's, with names or numbers changed.

Every capture carries its own noise: the sensor's grain, the paper's texture, the JPEG's
rounding of them. Two certificates printed on one template and scanned or photographed each
on its own share the print — layout, wording, even a printed seal — but never the noise;
the same capture edited (a name painted over and retyped) keeps the noise everywhere it was
not edited. So each picture gets a :func:`fingerprint`: its fine residual (the picture minus
its blur) on quiet pixels (uniform areas away from any print, neither black nor white)
sampled on a :data:`GRID` x :data:`GRID` grid, the residual's strength over all its quiet
pixels, and a :data:`THUMB`-pixel thumbnail. A picture whose quiet pixels carry no noise (a
screenshot, an electronic certificate, a render: one template drawn for two people is the
same pixels but for the names, exactly what an edit looks like) is never judged.
:func:`compare` takes two pictures of the same size: ρ, the energy of the difference of
their samples over the sum of their energies, is 0 for the same noise and 1 for independent
noise; where the thumbnails differ (by more than
:data:`DIFF_MIN` grey levels) is what was changed. A pair is the same capture edited when
the noise is the same (score 1 - ρ, judged against the policy's ``same_scan_min``) and the
content differs somewhere; the same file uploaded twice (nothing differs) is not an edit.

Not seen: a copy resized, cropped or turned before it was uploaded again (the grids no longer
meet), pictures without noise (screenshots, renders, a scan whose paper JPEG wiped clean).
"""

from __future__ import annotations

import base64
import zlib
from dataclasses import dataclass
from typing import Final

from pipeline.forensics.picture import Picture, box
from pipeline.model import BBox

METHOD: Final = "same_scan"
THRESHOLD: Final = "same_scan_min"
REPRODUCE: Final = (
    "将两张图片叠放（同尺寸、不缩放）并设为“差值”混合：纸面颗粒、污点、印章、照片完全抵消，"
    "只剩被改动的文字"
)

GRID: Final = 48  # noise samples per side
THUMB: Final = 48  # thumbnail long side, pixels
SCALE: Final = 8.0  # residual grey levels x this, stored as int8
UNSET: Final = -128  # a sample on an edge, or on black or white
NOISE_MIN: Final = (
    0.25  # RMS grey levels of a picture's quiet pixels (and of the common samples) below
)
# which it has no capture noise and is not judged
MIN_COMMON: Final = 300  # samples flat in both pictures needed to judge a pair
DIFF_MIN: Final = 12  # thumbnail grey levels that differ: an edited region
QUIET: Final = 15  # pixels: the window a quiet pixel's surroundings are uniform over
QUIET_VAR: Final = 2.0  # grey levels squared: the most a quiet window's (blurred) values vary
VERSION: Final = "s2"


def fingerprint(picture: Picture, rect: tuple[float, float, float, float] | None = None) -> str:
    """The picture's capture fingerprint as text (about 4 KB): size, where it lies on its page
    (`rect`, PDF points; none for an image upload), noise samples and thumbnail."""
    import cv2
    import numpy as np

    y = picture.luma.astype(np.float32)
    h, w = y.shape
    residual = y - cv2.GaussianBlur(y, (0, 0), 1.0)
    quiet = _quiet(y)
    ys = ((np.arange(GRID) + 0.5) * h / GRID).astype(int)
    xs = ((np.arange(GRID) + 0.5) * w / GRID).astype(int)
    grid = np.ix_(ys, xs)
    samples = np.where(
        quiet[grid], np.clip(np.round(residual[grid] * SCALE), -127, 127), UNSET
    ).astype(np.int8)
    noise = float(np.sqrt(np.mean(residual[quiet] ** 2))) if quiet.sum() >= 1000 else 0.0
    tw, th = (
        (THUMB, max(1, round(THUMB * h / w))) if w >= h else (max(1, round(THUMB * w / h)), THUMB)
    )
    thumb = cv2.resize(picture.luma, (tw, th), interpolation=cv2.INTER_AREA)
    body = base64.b64encode(zlib.compress(samples.tobytes() + thumb.tobytes(), 9)).decode("ascii")
    where = "" if rect is None else ",".join(f"{v:.1f}" for v in rect)
    return f"{VERSION}:{w}x{h}:{tw}x{th}:{noise:.2f}:{where}:{body}"


def _quiet(y):
    """Pixels of uniform areas (paper, a backdrop), away from any print, neither black nor
    white: where a capture's noise is all there is to see."""
    import cv2

    smooth = cv2.GaussianBlur(y, (0, 0), 1.5)
    mean = cv2.blur(smooth, (QUIET, QUIET))
    spread = cv2.blur(smooth * smooth, (QUIET, QUIET)) - mean * mean
    return (spread < QUIET_VAR) & (y > 10) & (y < 245)


@dataclass(frozen=True, slots=True)
class Print:
    """A fingerprint read back."""

    size: tuple[int, int]
    rect: tuple[float, float, float, float] | None
    samples: object  # GRID x GRID int8 array
    thumb: object  # uint8 thumbnail
    noise: float = 0.0  # RMS grey levels of the fine residual over the picture's quiet pixels


def parse(text: str | None) -> Print | None:
    """A fingerprint read back; None for none or another version."""
    import numpy as np

    if not text or not text.startswith(VERSION + ":"):
        return None
    try:
        _v, size, tsize, noise, where, body = text.split(":", 5)
        w, h = (int(v) for v in size.split("x"))
        tw, th = (int(v) for v in tsize.split("x"))
        raw = zlib.decompress(base64.b64decode(body))
        samples = np.frombuffer(raw[: GRID * GRID], dtype=np.int8).reshape(GRID, GRID)
        thumb = np.frombuffer(raw[GRID * GRID :], dtype=np.uint8).reshape(th, tw)
        rect = tuple(float(v) for v in where.split(",")) if where else None
    except (ValueError, zlib.error):
        return None
    return Print(
        (w, h),
        rect if rect is None or len(rect) == 4 else None,
        samples,
        thumb,  # type: ignore[arg-type]
        float(noise),
    )


@dataclass(frozen=True, slots=True)
class Match:
    """Two pictures of one capture."""

    score: float  # 1 - ρ
    rho: float
    rms: float  # grey levels
    common: int  # samples compared
    changed: tuple[BBox, ...]  # where the content differs, in the pictures' pixels


def compare(a: Print, b: Print) -> Match | None:
    """How far two pictures are one capture; None when they cannot be compared (sizes differ,
    too few flat samples in both, no noise)."""
    import cv2
    import numpy as np

    if a.size != b.size or a.thumb.shape != b.thumb.shape:  # type: ignore[attr-defined]
        return None
    if min(a.noise, b.noise) < NOISE_MIN:
        return None  # a render or a screenshot: one template drawn twice is the same pixels
    sa, sb = a.samples.astype(np.float32), b.samples.astype(np.float32)  # type: ignore[attr-defined]
    both = (a.samples != UNSET) & (b.samples != UNSET)
    n = int(both.sum())
    if n < MIN_COMMON:
        return None
    va, vb = sa[both] / SCALE, sb[both] / SCALE
    energy = float((va * va).mean() + (vb * vb).mean())
    rms = (energy / 2) ** 0.5
    if rms < NOISE_MIN:
        return None
    rho = float(((va - vb) ** 2).mean()) / energy
    diff = np.abs(a.thumb.astype(np.int16) - b.thumb.astype(np.int16)) > DIFF_MIN  # type: ignore[attr-defined]
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(
        diff.astype(np.uint8), connectivity=8
    )
    fx, fy = a.size[0] / a.thumb.shape[1], a.size[1] / a.thumb.shape[0]  # type: ignore[attr-defined]
    changed = tuple(
        box(x * fx, y * fy, (x + w) * fx, (y + h) * fy)
        for x, y, w, h, _area in (stats[i] for i in range(1, count))
    )
    return Match(round(1.0 - rho, 3), round(rho, 3), round(rms, 2), n, changed)
