"""Copy-move: a region copied from elsewhere in the same picture (a seal, a date, digits, a
patch of paper pasted over text).

Candidates come from keypoints (ORB) matched within the picture: pairs at least
:data:`MIN_SHIFT` pixels apart, grouped by their displacement. Repeats are everywhere in a
document — the same character many times, one template printed twice, blank paper — so a
candidate counts only when the two regions are the *same pixels*, which a print never is:

- only edge pixels are compared (gradient above :data:`EDGE_MIN`): blank paper and uniform
  background have none and are never a match;
- the displacement is refined to the pixel and each edge pixel's grey levels compared: a copy
  differs only by the last save's rounding (1-3 grey levels), two printings of one character
  on a photo or scan by their position, focus, light and noise (5-30);
- the match must be unique: the same comparison one step of :data:`UNIQUE_STEP` pixels
  off in any direction must be far worse (a straight rule or border matches itself shifted
  along its length and is not a copy), and so must the same displacement taken once more
  forward or back, or a whole fraction of it: a pattern that repeats at a fixed step (a
  ruler's ticks, a dotted leader, a grid) matches itself there too, one pasted copy does not;
- the match must be the region's only twin: a region that matches itself about as well at
  :data:`MAX_TWINS` or more other places as at its twin is an element the picture repeats
  (a list's recurring word, a tiled watermark, a form's cells, a toolbar's icons, drawn by
  software and so pixel-alike however irregularly they are spaced), not one pasted copy;
- the paper between the edges must be the same too: a copy carries its noise along, two
  printings have independent noise (ρ, the energy of the difference of the two places' fine
  residual on flat pixels over the sum of their energies, at most :data:`NOISE_RHO_MAX`;
  1 for independent noise). Pictures and regions without noise (screenshots, renders, a
  clean scan, where printed repeats are pixel-identical) are not judged (:data:`NOISE_MIN`).
  Flat pixels right beside an edge carry, besides noise, the edge's soft tail (a shadow's
  penumbra, the lens's blur) and the JPEG ringing it causes, which are the same wherever the
  same straight edge runs: a photo under venetian blinds, a railing's or window bars'
  shadow, a striped cloth, lays band edges across a paper edge or border rule again and again
  at a step perspective varies, and two such crossings match edge for edge and, beside the
  edges, "noise" for "noise"; so do two flat-coloured boxes drawn alike (a chat screenshot's
  avatar beside each of one sender's messages), whose JPEG ringing fills the 8 x 8 blocks
  their edges cross. So the noise must also be the same on the paper proper, the
  flat pixels more than :data:`NOISE_EDGE_GAP` from any edge (ρ there at most
  :data:`NOISE_RHO_PAPER_MAX`; a copy keeps its grain there, two places of a photo never
  share it), wherever the region has :data:`MIN_FLAT` such pixels; and where its paper
  proper has no grain (RMS below :data:`NOISE_MIN`: a clean scan saved at a low JPEG quality
  keeps none), the "noise" beside the edges is their ringing alone, and nothing is judged.

Score: 1 - (mean grey-level difference over the region's edge pixels) / :data:`DIFF_SCALE`;
the region (its :data:`MIN_EDGES` edge pixels at least) is boxed on both places.

Not seen: a copy that was scaled or turned, a copy onto a noiseless picture, a patch of
blank paper with no edge in it, one patch pasted at two or more places, a copy of an element
the picture repeats anyway (as above), a copy moved by a whole number of JPEG blocks (8 px) in both
directions: exact repeats that far apart (QR modules) compress alike, noise and all; a copy
moved by the step of a pattern it repeats (one tick of a ruler onto the next).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Final

from pipeline.forensics.picture import Picture, box
from pipeline.model import Finding

METHOD: Final = "copy_move"
THRESHOLD: Final = "copy_move_min"
REPRODUCE: Final = (
    "在图像软件中复制框内区域，按说明的位移叠到另一处并设为“差值”混合：两处边缘完全抵消即为复制"
)

FEATURES: Final = 3000
MAX_HAMMING: Final = 40  # ORB descriptor distance of a candidate pair
MIN_SHIFT: Final = 32  # pixels between the two places
MIN_PAIRS: Final = 5  # keypoint pairs that make a candidate displacement
TOP: Final = 20  # candidate displacements verified
EDGE_MIN: Final = 40.0  # Sobel |gx|+|gy| of an edge pixel
SAME_MAX: Final = (
    5.0  # mean difference (grey levels) of a 9x9 neighbourhood's edge pixels that are the same
)
MIN_EDGES: Final = 150  # edge pixels of a copied region
UNIQUE_STEP: Final = 3  # pixels: the match one step off must be worse
UNIQUE_FACTOR: Final = 2.5  # ... by at least this factor
NOISE_MIN: Final = (
    0.35  # RMS of the fine residual on flat pixels below which a picture is noiseless
)
DIFF_SCALE: Final = 16.0  # grey levels: the score's unit
WINDOW: Final = 24  # pixels round a keypoint compared when refining a displacement
MIN_WINDOWS: Final = 3  # keypoint windows that must be the same at the refined displacement
MIN_FLAT: Final = 200  # flat pixels of a region whose noise is compared
NOISE_RHO_MAX: Final = 0.5  # the two places' flat-pixel noise must be this much the same
#: pixels: flat pixels this near an edge are not paper proper. JPEG codes 8 x 8 blocks, and an
#: edge's ringing fills the block it crosses, up to 7 pixels from it: two flat-coloured boxes
#: drawn alike (a chat's avatar beside each message, printed and scanned) ring alike there.
NOISE_EDGE_GAP: Final = 7
#: ... and their noise on the paper proper, away from the edges' tails and ringing (a copy
#: about 0.3-0.5 after a re-save, independent grain about 1)
NOISE_RHO_PAPER_MAX: Final = 0.8
MIN_PERIOD: Final = 8  # pixels: the finest step of a repeating pattern looked for
#: A region with this many other places (besides itself and its twin) that match it within
#: :data:`TWIN_FACTOR` of how well the twin does is a repeated element, not a copy.
MAX_TWINS: Final = 2
TWIN_FACTOR: Final = 1.5
#: JPEG's block size: content repeated exactly (a QR code's modules, a rendered template's
#: glyphs) a whole number of blocks apart is compressed identically, its JPEG noise included,
#: so such a displacement proves nothing (a copy lands there 1 time in 64).
JPEG_BLOCK: Final = 8


def noise_rms(luma) -> float:
    """RMS of the fine residual (picture minus its blur) on flat, unsaturated pixels."""
    import cv2
    import numpy as np

    yf = luma.astype(np.float32)
    blur = cv2.GaussianBlur(yf, (0, 0), 1.0)
    lap = cv2.dilate(np.abs(cv2.Laplacian(blur, cv2.CV_32F)), np.ones((5, 5), np.uint8))
    flat = (lap < 6) & (yf > 10) & (yf < 245)
    if flat.sum() < 1000:
        return 0.0
    return float(np.sqrt(np.mean((yf - blur)[flat] ** 2)))


def _groups(luma):
    import cv2

    orb = cv2.ORB_create(nfeatures=FEATURES, fastThreshold=12)
    keys, desc = orb.detectAndCompute(luma, None)
    if desc is None or len(keys) < MIN_PAIRS * 2:
        return []
    groups: dict[tuple[int, int], set] = defaultdict(set)
    for row in cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(desc, desc, k=4):
        for m in row[1:]:
            if m.distance > MAX_HAMMING:
                continue
            a, b = keys[m.queryIdx].pt, keys[m.trainIdx].pt
            dx, dy = b[0] - a[0], b[1] - a[1]
            if dx * dx + dy * dy < MIN_SHIFT * MIN_SHIFT:
                continue
            if dy < 0 or (dy == 0 and dx < 0):
                a, b, dx, dy = b, a, -dx, -dy
            groups[(round(dx / 8), round(dy / 8))].add(
                (round(a[0]), round(a[1]), round(b[0]), round(b[1]))
            )
    return sorted(groups.values(), key=len, reverse=True)


class _Compare:
    """Grey levels, edges and fine residual of one picture, compared with themselves at a
    displacement."""

    def __init__(self, luma):
        import cv2
        import numpy as np

        self.y = luma.astype(np.float32)
        g = np.abs(cv2.Sobel(self.y, cv2.CV_32F, 1, 0)) + np.abs(
            cv2.Sobel(self.y, cv2.CV_32F, 0, 1)
        )
        self.edge = g > EDGE_MIN
        blur = cv2.GaussianBlur(self.y, (0, 0), 1.0)
        lap = cv2.dilate(np.abs(cv2.Laplacian(blur, cv2.CV_32F)), np.ones((5, 5), np.uint8))
        self.flat = (lap < 6) & (self.y > 10) & (self.y < 245)
        near = cv2.dilate(
            self.edge.astype(np.uint8), np.ones((2 * NOISE_EDGE_GAP + 1,) * 2, np.uint8)
        )
        self.paper = self.flat & (near == 0)
        self.residual = self.y - blur
        self.h, self.w = luma.shape

    def clip(self, region, dx, dy):
        x0, y0, x1, y1 = region
        return (
            max(x0, -dx, 0),
            max(y0, -dy, 0),
            min(x1, self.w - dx, self.w),
            min(y1, self.h - dy, self.h),
        )

    def diff(self, region, dx, dy):
        """Per-pixel |difference| and the edge mask over `region` against `region` + (dx, dy)."""
        import numpy as np

        x0, y0, x1, y1 = region
        a = self.y[y0:y1, x0:x1]
        b = self.y[y0 + dy : y1 + dy, x0 + dx : x1 + dx]
        e = self.edge[y0:y1, x0:x1] | self.edge[y0 + dy : y1 + dy, x0 + dx : x1 + dx]
        return np.abs(a - b), e

    def mean_edge_diff(self, region, dx, dy) -> float:
        region = self.clip(region, dx, dy)
        if region[2] - region[0] < 8 or region[3] - region[1] < 8:
            return float("inf")
        d, e = self.diff(region, dx, dy)
        return float(d[e].mean()) if e.sum() >= MIN_EDGES // 3 else float("inf")

    def windows_diff(self, points, shifts):
        """For each shift (dx, dy), the mean edge difference of a WINDOW-pixel window round
        each point against the window displaced by it (inf where a window has too few edge
        pixels); points whose windows leave the picture at any shift are dropped. Returns the
        points kept and an array (shifts x points)."""
        import numpy as np

        half = WINDOW // 2
        reach = max(max(abs(dx), abs(dy)) for dx, dy in shifts)
        kept = (
            [
                (x, y)
                for x, y in points
                if all(
                    half <= x + dx
                    and x + dx + half <= self.w
                    and half <= y + dy
                    and y + dy + half <= self.h
                    for dx, dy in ((0, 0), *shifts)
                )
            ]
            if reach
            else list(points)
        )
        if not kept:
            return kept, np.full((len(shifts), 0), np.inf)
        offs = np.arange(-half, half)
        xs = np.array([x for x, _ in kept])[:, None, None] + offs[None, None, :]
        ys = np.array([y for _, y in kept])[:, None, None] + offs[None, :, None]
        a, ea = self.y[ys, xs], self.edge[ys, xs]
        out = np.empty((len(shifts), len(kept)))
        for k, (dx, dy) in enumerate(shifts):
            e = ea | self.edge[ys + dy, xs + dx]
            d = np.abs(a - self.y[ys + dy, xs + dx]) * e
            n = e.sum(axis=(1, 2))
            out[k] = np.where(n >= MIN_EDGES // 3, d.sum(axis=(1, 2)) / np.maximum(n, 1), np.inf)
        return kept, out

    def noise_match(self, region, dx, dy, paper=False) -> tuple[float, float]:
        """(ρ, RMS): the flat pixels' fine residual over `region` against `region` + (dx, dy):
        ρ is the energy of their difference over the sum of their energies (0 for the same
        noise, 1 for independent noise), RMS their strength; `paper`: only the flat pixels
        away from edges (ρ 0 and RMS 0 where there are too few)."""
        import numpy as np

        x0, y0, x1, y1 = region
        mask = self.paper if paper else self.flat
        f = mask[y0:y1, x0:x1] & mask[y0 + dy : y1 + dy, x0 + dx : x1 + dx]
        if paper and f.sum() < MIN_FLAT:
            return 0.0, 0.0
        if f.sum() < MIN_FLAT:
            return 1.0, 0.0
        a = self.residual[y0:y1, x0:x1][f]
        b = self.residual[y0 + dy : y1 + dy, x0 + dx : x1 + dx][f]
        energy = float((a * a).mean() + (b * b).mean())
        return float(((a - b) ** 2).mean()) / max(energy, 1e-6), float(np.sqrt(energy / 2))


def _periodic(cmp: _Compare, region, dx: int, dy: int) -> bool:
    """Whether `region` matches itself as well at another step along the displacement: once
    more forward or back, or at a whole fraction of it down to :data:`MIN_PERIOD` pixels (a
    scale's ticks match ten ticks on as they match the next one). One pasted copy has
    nothing like itself there."""
    here = cmp.mean_edge_diff(region, dx, dy)
    steps = [(-dx, -dy), (2 * dx, 2 * dy)] + [
        (round(dx / n), round(dy / n))
        for n in range(2, max(abs(dx), abs(dy)) // MIN_PERIOD + 1)
    ]
    return min(cmp.mean_edge_diff(region, sx, sy) for sx, sy in steps) < UNIQUE_FACTOR * max(
        here, 1.0
    )


def _repeated(cmp: _Compare, region, dx: int, dy: int) -> bool:
    """Whether `region` has :data:`MAX_TWINS` or more places besides itself and its twin at
    (dx, dy) that match it within :data:`TWIN_FACTOR` of the twin's edge difference: software
    draws a list's words, a watermark's tiles or a form's cells alike wherever it puts them,
    at any spacing; a copy-move edit makes one twin. Candidate places are the best local
    minima of the region's squared difference over the picture (template matching), each
    then judged as the twin is."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = region
    patch = cmp.y[y0:y1, x0:x1]
    if patch.size == 0 or patch.shape[0] >= cmp.h or patch.shape[1] >= cmp.w:
        return False
    twin = cmp.mean_edge_diff(region, dx, dy)
    if not np.isfinite(twin):
        return False
    cost = cv2.matchTemplate(cmp.y, patch, cv2.TM_SQDIFF)
    side = max(3, (min(x1 - x0, y1 - y0) // 2) | 1)
    minima = (cost == cv2.erode(cost, np.ones((side, side), np.uint8))) & np.isfinite(cost)
    ys, xs = np.nonzero(minima)
    others = 0
    near = UNIQUE_STEP + 1
    for k in np.argsort(cost[ys, xs])[:32]:
        sx, sy = int(xs[k]) - x0, int(ys[k]) - y0
        if max(abs(sx), abs(sy)) <= near or max(abs(sx - dx), abs(sy - dy)) <= near:
            continue  # the region itself or its twin
        if cmp.mean_edge_diff(region, sx, sy) <= TWIN_FACTOR * max(twin, 1.0):
            others += 1
            if others >= MAX_TWINS:
                return True
    return False


def _verify(cmp: _Compare, pairs):
    """(edge pixels, mean difference, ρ, region, displacement) of the copied region a group
    of keypoint pairs points at, or None."""
    import cv2
    import numpy as np

    p = np.array(sorted(pairs), dtype=np.float32)
    d = np.median(p[:, 2:] - p[:, :2], axis=0)
    points = [(int(x), int(y)) for x, y in p[:: max(1, len(p) // 24), :2]]
    shifts = [
        (int(round(d[0])) + i, int(round(d[1])) + j) for j in range(-3, 4) for i in range(-3, 4)
    ]
    kept, diffs = cmp.windows_diff(points, shifts)
    if not kept:
        return None
    counts = (diffs < SAME_MAX).sum(axis=1)
    k = int(np.argmax(counts))
    if counts[k] < MIN_WINDOWS:
        return None
    dx, dy = shifts[k]
    if dx % JPEG_BLOCK == 0 and dy % JPEG_BLOCK == 0:
        return None  # exact repeats whole JPEG blocks apart are re-encoded alike, noise and all
    good = [pt for pt, v in zip(kept, diffs[k], strict=True) if v < SAME_MAX]
    xs, ys = [x for x, _ in good], [y for _, y in good]
    region = cmp.clip(
        (max(min(xs) - 32, 0), max(min(ys) - 32, 0), max(xs) + 32, max(ys) + 32), dx, dy
    )
    if region[2] - region[0] < 16 or region[3] - region[1] < 16:
        return None
    diff, edge = cmp.diff(region, dx, dy)
    ef = edge.astype(np.float32)
    total = cv2.boxFilter(diff * ef, -1, (9, 9), normalize=False)
    count = cv2.boxFilter(ef, -1, (9, 9), normalize=False)
    same = ((total < SAME_MAX * count) & (count >= 8)).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(same, connectivity=8)
    if n < 2:
        return None
    i = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    sel = (labels == i) & edge
    if sel.sum() < MIN_EDGES:
        return None
    x, y, w, h = (int(v) for v in stats[i, :4])
    found = (region[0] + x, region[1] + y, region[0] + x + w, region[1] + y + h)
    mean = float(diff[sel].mean())
    step = UNIQUE_STEP
    off = min(
        cmp.mean_edge_diff(found, dx + i, dy + j)
        for i, j in ((step, 0), (-step, 0), (0, step), (0, -step))
    )
    if off < UNIQUE_FACTOR * max(mean, 1.0):
        return None  # a line or texture that matches itself shifted: not a copy
    if _periodic(cmp, found, dx, dy):
        return None  # a pattern repeating at a fixed step (a ruler's ticks), not one copy
    if _repeated(cmp, found, dx, dy):
        return None  # an element the picture repeats (a list's words, a watermark), not a copy
    rho, rms = cmp.noise_match(found, dx, dy)
    if rho > NOISE_RHO_MAX or rms < NOISE_MIN:
        return None  # the same print, not the same pixels: two printings of one text
    paper_rho, paper_rms = cmp.noise_match(found, dx, dy, paper=True)
    if paper_rho > NOISE_RHO_PAPER_MAX:
        return None  # the same edges' tails (band over paper edge), not the same paper
    if 0 < paper_rms < NOISE_MIN:
        return None  # no grain on the paper proper: two boxes drawn alike ring alike
    return int(sel.sum()), mean, rho, found, (dx, dy)


def analyse(picture: Picture) -> list[Finding]:
    """The best-matching copied region, if any (both places boxed, the copy's first)."""
    luma = picture.luma
    if noise_rms(luma) < NOISE_MIN:
        return []
    cmp = _Compare(luma)
    best = None
    for pairs in _groups(luma)[:TOP]:
        if len(pairs) < MIN_PAIRS:
            break
        got = _verify(cmp, pairs)
        if got and (best is None or got[0] > best[0]):
            best = got
    if best is None:
        return []
    edges, mean, rho, (x0, y0, x1, y1), (dx, dy) = best
    score = round(max(0.0, 1.0 - mean / DIFF_SCALE), 3)
    other = box(x0 + dx, y0 + dy, x1 + dx, y1 + dy)
    return [
        Finding(
            METHOD,
            score,
            f"图中两处区域逐像素相同（位移 {dx:+d},{dy:+d} 像素，{edges} 个边缘像素"
            f"平均灰度差 {mean:.1f}，纸面噪声也相同：差异能量比 {rho:.2f}），疑为复制粘贴",
            picture.page_no,
            box(x0, y0, x1, y1),
            old_bbox=other,
        )
    ]
