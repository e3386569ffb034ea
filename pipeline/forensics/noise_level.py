"""Noise level: a region whose noise differs from the rest of the picture.

Every camera and scanner leaves noise of one strength over a picture (varying slowly with
light); a region pasted in from another source — text typed onto a photo, a patch of a
clean render, a patch of a noisier photo — carries its own. The fine residual (the picture
minus its blur) is measured on flat pixels (no edge, neither black nor white) per
:data:`CELL` x :data:`CELL` cell; cells with too few flat pixels are not judged. A region of
at least :data:`MIN_CELLS` connected cells whose noise is below 1/:data:`FACTOR` or above
:data:`FACTOR` times the median cell's is a finding when it lies inside the picture (not at
its edge: the desk or background around the paper) among ordinary cells of its own brightness
(at least :data:`RING_MIN` judged cells around it within :data:`GREY_DELTA` grey levels of
it, their median noise :data:`RING_LOW`-:data:`RING_HIGH` times the picture's): JPEG wipes the
noise off a flat dark or coloured area, so only paper is compared with paper, and the region
must be paper throughout: at most :data:`PRINTED_SHARE_MAX` of its cells darker than the paper
(:data:`PAPER_DELTA` below the cells' 75th percentile). A clean region taking in more print
than that (a certificate's portrait with the pale box round it, a coloured panel, a block of
ink) is a printed picture that print and JPEG left flat, not a patch: a patch that hides an
edit is paper (judged by the region's median tone, a photo box half portrait, half pale panel
passed as paper: round 15, two diplomas on a guilloche ground). And as
JPEG flattens every flat area of one tone alike where a picture's noise is faint (the white
bands of green-bar printer paper, a third of their cells), few of the cells elsewhere of the
region's very tone (within :data:`SAME_GREY`; at most :data:`SAME_TONE_ODD_MAX`) may be as odd
as it: a patch is cleaner than paper of its own tone.

A clean region is only cleaner than a noise the picture has everywhere: a camera's or a
scanner's sensor sees paper with shot noise and the paper's grain, and JPEG leaves a trace
of it on every cell of paper; a cell whose residual is under :data:`QUIET_RMS` grey levels
(half the noise that rounding light to whole grey levels leaves, 1/sqrt(12) = 0.29) holds
none: it was drawn flat (a screenshot's bubbles and input bar, a render's panel) or printed
flat (the bare paper between an inkjet's bands). Where more than :data:`QUIET_SHARE_MAX` of
the picture's other judged cells are that quiet, the picture has no noise floor to be
cleaner than, and a clean region proves nothing (round 17: an SMS thread's screenshot filed
as a scan, a fifth of its cells noiseless, its input bar flagged; a clogged-head inkjet
reprint of a diploma scanned again, likewise. A typed patch on the sample's phone photo: 1
cell in 1000 elsewhere that quiet).

Score: how many times cleaner or noisier the region is than the picture (its median cell's
RMS against the picture's median).

Not seen: a pasted region whose noise matches (the same camera, or noise added to match),
pictures without noise (screenshots, renders: nothing to compare), regions of text so dense
that no cell has flat pixels, a pasted portrait (print, not paper). Not told apart: where a
picture has no noise of its own and its paper's residual is a fine printed ground (guilloche
lines and the JPEG's ringing round them), a blank panel printed without the ground reads as
clean as a patch.
"""

from __future__ import annotations

from typing import Final

from pipeline.forensics.picture import Picture, box
from pipeline.model import Finding

METHOD: Final = "noise_level"
THRESHOLD: Final = "noise_level_min"
REPRODUCE: Final = "将图片放大到 400% 观察框内与周围空白处的颗粒：框内明显更干净（或更粗糙）"

CELL: Final = 32  # pixels
FLAT_SHARE_MIN: Final = 0.4  # share of a cell's pixels that must be flat for it to be judged
FACTOR: Final = 2.0  # a cell this many times cleaner or noisier than the picture is odd
MIN_CELLS: Final = 6  # connected odd cells that make a region
MIN_JUDGED: Final = 30  # judged cells needed to judge the picture at all
RING_LOW, RING_HIGH = (
    0.7,
    2.0,
)  # the judged cells around a region: ordinary noise (its edge rings a little)
RING_MIN: Final = 4  # judged cells of the region's brightness around it needed to compare
FACTOR_CAP: Final = 99.0  # a region without any noise scores this
PAPER_DELTA: Final = (
    25.0  # grey levels below the paper (the cells' 75th percentile) a region may be
)
GREY_DELTA: Final = (
    12.0  # grey levels: a region is compared with surroundings of its own brightness
)
SAME_GREY: Final = 3.0  # grey levels: cells this close to a region's are the same paper tone
SAME_TONE_ODD_MAX: Final = 0.1  # share of the other cells of a region's tone that may be as odd
PRINTED_SHARE_MAX: Final = 0.1  # share of a region's cells that may be darker than the paper
NOISE_FLOOR: Final = 0.35  # RMS grey levels: a picture quieter than this has no noise to compare
QUIET_RMS: Final = 0.15  # RMS grey levels: a cell this quiet holds no captured noise (drawn flat)
QUIET_SHARE_MAX: Final = 0.05  # share of the other judged cells that may be that quiet


def cell_noise(luma):
    """Per cell: the RMS of the fine residual on flat pixels, neither black nor white (NaN
    where too few are), and the mean grey level of its pixels off edges."""
    import cv2
    import numpy as np

    yf = luma.astype(np.float32)
    blur = cv2.GaussianBlur(yf, (0, 0), 1.0)
    lap = cv2.dilate(np.abs(cv2.Laplacian(blur, cv2.CV_32F)), np.ones((5, 5), np.uint8))
    smooth = (lap < 6).astype(np.float32)
    flat = smooth * ((yf > 20) & (yf < 250))
    r2 = np.minimum((yf - blur) ** 2, 100.0) * flat
    h, w = luma.shape
    H, W = h // CELL * CELL, w // CELL * CELL

    def cells(a):
        return a[:H, :W].reshape(H // CELL, CELL, W // CELL, CELL).sum(axis=(1, 3))

    n, s = cells(flat), cells(r2)
    rms = np.sqrt(s / np.maximum(n, 1))
    rms[n < FLAT_SHARE_MIN * CELL * CELL] = np.nan
    return rms, cells(yf * smooth) / np.maximum(cells(smooth), 1)


def _ratios(picture: Picture):
    """(each cell's noise over the picture's, 1 where not judged; cells judged; the picture's
    typical RMS; cells' RMS; cells' grey level), or None when the picture cannot be judged."""
    import numpy as np

    rms, grey = picture.memo("noise_level", lambda: cell_noise(picture.luma))
    judged = ~np.isnan(rms)
    if judged.sum() < MIN_JUDGED:
        return None
    typical = float(np.median(rms[judged]))
    if typical < NOISE_FLOOR:
        return None
    return np.where(judged, rms / typical, 1.0), judged, typical, rms, grey


def heat(picture: Picture):
    """Per :data:`CELL` x :data:`CELL` cell (rows, columns from the picture's top-left), how
    far its noise is from the picture's, 0..1: 0 the same, 0.5 :data:`FACTOR` times cleaner
    or noisier, 1 that squared or more; 0 for cells the method does not compare (not judged,
    darker than the paper, on the picture's edge). None when the picture cannot be judged
    (too few flat cells, no noise)."""
    import numpy as np

    found = _ratios(picture)
    if found is None:
        return None
    ratio, _judged, _typical, _rms, grey = found
    compared = grey >= float(np.percentile(grey, 75)) - PAPER_DELTA
    compared[[0, -1], :] = compared[:, [0, -1]] = False
    off = np.abs(np.log(np.maximum(ratio, 1e-3))) / np.log(FACTOR)
    return np.where(compared, np.clip(off / 2, 0.0, 1.0), 0.0)


def analyse(picture: Picture) -> list[Finding]:
    """The largest region whose noise is FACTOR times off the picture's, if any."""
    import cv2
    import numpy as np

    found = _ratios(picture)
    if found is None:
        return []
    ratio, judged, typical, rms, grey = found
    paper = float(np.percentile(grey, 75))  # the paper: most of a document is paper
    quiet = judged & (rms < QUIET_RMS)  # cells holding no captured noise: drawn or printed flat
    best = None
    for cleaner, odd in ((True, judged & (ratio < 1 / FACTOR)), (False, judged & (ratio > FACTOR))):
        n, labels, stats, _ = cv2.connectedComponentsWithStats(odd.astype(np.uint8), connectivity=8)
        for i in range(1, n):
            x, y, w, h, area = stats[i]
            if (
                area < MIN_CELLS
                or x == 0
                or y == 0
                or x + w == odd.shape[1]
                or y + h == odd.shape[0]
            ):
                continue  # at the picture's edge: the desk or background around the paper
            region = labels == i
            if cleaner and float(quiet[judged & ~region].mean()) > QUIET_SHARE_MAX:
                continue  # noiseless cells elsewhere too: no noise floor to be cleaner than
            level = float(np.median(grey[region]))  # the region's tone
            if float((grey[region] < paper - PAPER_DELTA).mean()) > PRINTED_SHARE_MAX:
                continue  # takes in print darker than the paper: a printed picture, not a patch
            ring = (
                (cv2.dilate(region.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0)
                & ~region
                & judged
            )
            ring &= np.abs(grey - level) <= GREY_DELTA
            if ring.sum() < RING_MIN or not RING_LOW <= float(np.median(ratio[ring])) <= RING_HIGH:
                continue  # not a patch inside ordinary paper of its own brightness
            alike = judged & ~region & (np.abs(grey - level) <= SAME_GREY)
            if alike.sum() < RING_MIN or float(odd[alike].mean()) > SAME_TONE_ODD_MAX:
                continue  # as odd as many areas of its very tone: the compression's, not a patch
            factor = float(np.median(ratio[region]))
            factor = min(factor if factor >= 1 else 1 / max(factor, 1e-3), FACTOR_CAP)
            if best is None or factor > best[0]:
                best = (factor, stats[i, :4], float(np.median(rms[region])))
    if best is None:
        return []
    factor, (x, y, w, h), inside = best
    what = "更干净" if inside < typical else "更粗糙"
    return [
        Finding(
            METHOD,
            round(factor, 2),
            f"该区域的图像噪声与其余部分不同（{what}：均方根 {inside:.2f}，其余 {typical:.2f}，"
            f"相差 {factor:.1f} 倍），疑为从别处贴入",
            picture.page_no,
            box(x * CELL, y * CELL, (x + w) * CELL, (y + h) * CELL),
        )
    ]
