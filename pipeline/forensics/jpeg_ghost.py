"""JPEG ghosts: a region that lacks the earlier compression the rest of the photo shows.

A JPEG that was opened, edited and saved again carries two compressions: the first (quality
q1) survives under the second wherever the pixels were not touched, while a region pasted in
from elsewhere (another photo, a patch of another scan, its grid not aligned with this one)
does not carry it. Saving the picture again at q1 changes the untouched pixels little — they
are already multiples of q1's steps: the *ghost* of the first save (H. Farid, "Exposing
digital forgeries from JPEG ghosts", IEEE TIFS 2009) — and the pasted region as much as at
any nearby quality.

Per 16 x 16 cell with texture, :func:`ghost_ratio` compares the squared difference after
re-saving at q with the mean of the differences at q - 8 and q + 8: near 0.1-0.3 in a ghost,
about 1 without. The picture has a ghost at q1 when the median cell does (below
:data:`GHOST_MAX`), at a quality under the file's own (``Picture.quality``: the final save
always matches itself). A region of at least :data:`MIN_CELLS` connected cells without it
(ratio above :data:`CELL_MIN`), :data:`MIN_SIDE_CELLS` wide and tall, is a finding; its
score is the region's median ratio minus the picture's. A JPEG saved once, or saved again
whole at any quality, shows one ghost everywhere or none, never a region without it.

Not seen: a region pasted and saved at or below the first quality (q2 <= q1 leaves no
ghost), a picture cropped or turned between the saves (the grids differ), and a patch smaller
than about 50 x 50 pixels.
"""

from __future__ import annotations

from typing import Final

from pipeline.forensics.picture import Picture, box
from pipeline.model import Finding

METHOD: Final = "jpeg_ghost"
THRESHOLD: Final = "jpeg_ghost_min"
REPRODUCE: Final = (
    "将图片以第一次保存的质量（见说明）另存为 JPEG，与原图逐像素相减：其余部分几乎不变，"
    "该区域差异明显"
)

CELL: Final = 16  # pixels
QUALITIES: Final = tuple(range(40, 97, 4))  # re-save qualities tried
SPAN: Final = 2  # neighbours compared: QUALITIES[i - SPAN], QUALITIES[i + SPAN] (q -/+ 8)
TEXTURE_MIN: Final = 1.0  # mean squared difference at the neighbours below which a cell is flat
SATURATED_MAX: Final = 0.2  # share of a cell's pixels at black or white above which it is skipped
GHOST_MAX: Final = 0.5  # the median cell's ratio at q1 below which the picture has a ghost
CELL_MIN: Final = 0.6  # a cell whose ratio is above this lacks the ghost
MIN_CELLS: Final = 12  # connected cells without the ghost that make a region
MIN_SIDE_CELLS: Final = (
    3  # ... at least this many wide and tall (a strip along a rule or the edge is not a patch)
)
MIN_GHOST_CELLS: Final = 50  # textured cells needed to judge the picture at all


def _cells(a):  # mean over CELL x CELL cells
    h, w = a.shape
    return (
        a[: h // CELL * CELL, : w // CELL * CELL]
        .reshape(h // CELL, CELL, w // CELL, CELL)
        .mean(axis=(1, 3))
    )


def differences(luma, qualities=QUALITIES):
    """Per quality, the squared difference of each cell after re-saving at it (the ghost
    curves), and the share of each cell's pixels at black or white."""
    import cv2
    import numpy as np

    y = np.ascontiguousarray(luma)
    yf = y.astype(np.float32)
    curves = []
    for q in qualities:
        ok, data = cv2.imencode(".jpg", y, [cv2.IMWRITE_JPEG_QUALITY, int(q)])
        again = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE).astype(np.float32)
        curves.append(_cells((yf - again) ** 2))
    saturated = _cells(((y < 8) | (y > 247)).astype(np.float32))
    return np.stack(curves), saturated


def ghost_ratio(picture: Picture):
    """(q1, the picture's median ratio at q1, per-cell ratios, cells judged), or None when
    the picture shows no ghost below its own quality."""
    import numpy as np

    final = picture.quality or 101
    usable = [i for i in range(SPAN, len(QUALITIES) - SPAN) if QUALITIES[i] <= final - 8]
    if not usable:
        return None
    tried = QUALITIES[: usable[-1] + SPAN + 1]  # a first save can only be below the final one
    curves, saturated = picture.memo("jpeg_ghost", lambda: differences(picture.luma, tried))
    best = None
    for i in usable:
        ref = (curves[i - SPAN] + curves[i + SPAN]) / 2
        judged = (ref > TEXTURE_MIN) & (saturated < SATURATED_MAX)
        if judged.sum() < MIN_GHOST_CELLS:
            continue
        ratio = curves[i] / (ref + 1e-6)
        median = float(np.median(ratio[judged]))
        if best is None or median < best[1]:
            best = (QUALITIES[i], median, ratio, judged)
    return best if best is not None and best[1] < GHOST_MAX else None


def heat(picture: Picture):
    """Per :data:`CELL` x :data:`CELL` cell (rows, columns from the picture's top-left), how
    far it is from the picture's ghost, 0..1: 0 where re-saving at q1 changes it as little as
    the median cell, 1 where as much as at the neighbouring qualities (no ghost at all); 0 for
    cells not judged (flat, saturated). None when the picture shows no ghost."""
    import numpy as np

    found = ghost_ratio(picture)
    if found is None:
        return None
    _q1, median, ratio, judged = found
    return np.where(judged, np.clip((ratio - median) / max(1.0 - median, 1e-6), 0.0, 1.0), 0.0)


def analyse(picture: Picture) -> list[Finding]:
    """The largest region without the picture's JPEG ghost, if any."""
    import cv2
    import numpy as np

    found = ghost_ratio(picture)
    if found is None:
        return []
    q1, median, ratio, judged = found
    lacking = (judged & (ratio > CELL_MIN)).astype(np.uint8)
    lacking = cv2.morphologyEx(lacking, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)) & judged.astype(
        np.uint8
    )
    n, labels, stats, _ = cv2.connectedComponentsWithStats(lacking, connectivity=8)
    if n < 2:
        return []
    sized = [
        i
        for i in range(1, n)
        if stats[i, cv2.CC_STAT_AREA] >= MIN_CELLS
        and min(stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]) >= MIN_SIDE_CELLS
    ]
    if not sized:
        return []
    i = max(sized, key=lambda k: stats[k, cv2.CC_STAT_AREA])
    region = labels == i
    score = round(float(np.median(ratio[region])) - median, 3)
    x, y, w, h = (int(v) * CELL for v in stats[i, :4])
    return [
        Finding(
            METHOD,
            score,
            f"该区域没有图片其余部分的第一次 JPEG 压缩痕迹（其余部分在质量 {q1} 处重压缩几乎不变，"
            f"比值 {median:.2f}，该区域 {median + score:.2f}），疑为后贴入",
            picture.page_no,
            box(x, y, x + w, y + h),
        )
    ]
