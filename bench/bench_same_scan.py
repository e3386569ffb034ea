"""same_scan calibration: how far one capture edited and saved again stays "the same noise",
and how close two captures of one textured template come to it.

    PYTHONPATH=. python bench/bench_same_scan.py [--limit N] [FOLDER ...]

Same capture (what a forger makes): every picture of the shared real files
(`$CREDCHECK_SHARED_DATA/real_ocr`, read in place) and of the windows given (default: the
sample window; each upload's image, or the picture behind each image-backed PDF page, at most
--limit per window), a name-sized box (12 % x 3 % of the picture) painted with the paper's
colour and other text written into it, saved again as JPEG at each of QUALITIES; a PDF's
picture is also put back into a PDF (pymupdf insert_image, as a scanner's PDF holds it) and
taken out as the reader takes it. Each copy is compared with its original as the DOC_TAMPERED
window rule compares them (same_scan.compare): ρ and the RMS of the difference of the common
samples, in grey levels.

Two captures of one template: a generator page with a printed desk texture (the round-37
title_certificate.zhengshu_shouji_duizhao booklet photo), rendered once and scanned three
times (backends.scan: the same skew, the noise of another seed), each saved as JPEG at
quality 60 as the generator's scanned PDF holds it; and the pairs given with --pair A B.
Prints each distribution's largest ρ and percentiles.

Measured (2026-12-04, --limit 12 on real_ocr, the sample window, others36 and others37, the
round-36/37 false pairs given): one capture edited and saved again, 222 copies, ρ up to 0.395
(q50; q60 0.281, q70 0.231, q80 0.240, q90 0.073, q95 0.069; a PDF round trip changes
nothing); two captures of one template, ρ 0.078 to 0.417 (round 37's pair 0.158, round 36's
0.370). The two overlap: no bound on ρ separates them, nor the RMS of the difference (0.05 to
0.35 grey levels against 0.12 to 0.45), nor how one-sided the difference is, nor ρ of a
band-passed residual (blur 1 minus blur 3: 0.233 against 0.079 at least, on a smaller run).

Requantisation (the "requantised" lines): an edited copy of one JPEG capture saved again as
JPEG has, in every block it left alone, the original's decoded 8 x 8 block quantised with the
copy's table; two captures only where their noise never crossed a quantisation step. On every
third block of the JPEG grid (not clipped, at least 8 pixels from a changed region), the share
of blocks whose every coefficient with a step of MIN_STEP or more is the other picture's
quantised with this one's table (a coefficient within 1 - TOL of a rounding boundary either
way), the larger of both directions, for quiet blocks (3/4 of their pixels quiet), busy blocks
(the rest) and all. Measured (2026-12-05, --limit 8 on real_ocr, the sample window, the
round-36 and round-37 windows; the round-36/37 false pairs and the sample's true pair
LZ2024-0050/0051 毕业证.jpg given): 152 edited copies, quiet 0.994 at least, busy 0.943, all
0.978; the 10 two-capture pairs, quiet 0.958 to 0.983 (round 36's 0.676), busy 0.422 to 0.842,
all 0.589 to 0.872; the true pair quiet 1.000, busy 0.914, all 0.958 (its edits beyond what the
thumbnail difference boxes reach). Quiet blocks do not separate (a margin of 0.011); all blocks
do on this run (0.978 against 0.872), but all two-capture pairs but one are one layout and the
true pair lands in the gap: not used by the rule.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "data" / "samples"))

from PIL import Image, ImageDraw  # noqa: E402

from pipeline.forensics import same_scan  # noqa: E402
from pipeline.read import _backing_picture, images  # noqa: E402
from pipeline.read.safe_open import ReadLimits, open_pdf  # noqa: E402

QUALITIES = (50, 60, 70, 80, 90, 95)
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp")


def originals(path: Path):
    """(label, bytes, from a PDF) of each picture of an upload as the reader takes it."""
    if path.suffix.lower() == ".pdf":
        doc = open_pdf(path, path.name, ReadLimits())
        with doc:
            for index in range(doc.page_count):
                placed = _backing_picture(doc.load_page(index))
                if placed is not None:
                    data = doc.extract_image(placed[0]).get("image") or b""
                    yield f"{path} p{index + 1}", data, True
        return
    yield str(path), path.read_bytes(), False


def printed(data: bytes) -> same_scan.Print | None:
    return same_scan.parse(same_scan.fingerprint(images.picture_of_bytes(data, 1, "x")))


def edited(data: bytes, quality: int, text: str = "LI SI 1990") -> bytes:
    """The picture with a name-sized box painted over and retyped, saved again as JPEG."""
    with Image.open(io.BytesIO(data)) as im:
        rgb = im.convert("RGB")
    w, h = rgb.size
    x0, y0 = int(w * 0.44), int(h * 0.30)
    x1, y1 = x0 + max(8, int(w * 0.12)), y0 + max(6, int(h * 0.03))
    near = np.asarray(rgb)[y1:y1 + max(4, (y1 - y0)), x0:x1].reshape(-1, 3)
    paper = tuple(int(v) for v in np.median(near, axis=0)) if len(near) else (240, 240, 240)
    draw = ImageDraw.Draw(rgb)
    draw.rectangle((x0, y0, x1, y1), fill=paper)
    draw.text((x0 + 3, y0 + 2), text, fill=(30, 30, 30))
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=quality)
    return out.getvalue()


def through_pdf(jpeg: bytes) -> bytes:
    """The JPEG put into a PDF page and taken out again as the reader takes it."""
    import pymupdf

    doc = pymupdf.open()
    with Image.open(io.BytesIO(jpeg)) as im:
        w, h = im.size
    page = doc.new_page(width=w * 0.6, height=h * 0.6)
    page.insert_image(page.rect, stream=jpeg)
    doc = pymupdf.open("pdf", doc.tobytes())
    placed = _backing_picture(doc.load_page(0))
    return doc.extract_image(placed[0])["image"]


MODES = ("quiet", "busy", "all")
STEP = 3  # blocks: the lattice of JPEG blocks the requantisation test looks at (every third)
TOL = 0.45  # a source coefficient this close (in steps) to a rounding boundary may round either way
MIN_STEP = 6  # quantisation steps below this say nothing (colour-conversion rounding crosses them)


def decoded(data: bytes):
    """The picture's grey levels as the reader takes them, its luma quantisation table
    (8 x 8, None: not a JPEG) and its quiet pixels (same_scan._quiet)."""
    pic = images.picture_of_bytes(data, 1, "x")
    with Image.open(io.BytesIO(data)) as im:
        tables = getattr(im, "quantization", None) if im.format == "JPEG" else None
    table = np.array(tables[0], float).reshape(8, 8) if tables and 0 in tables else None
    return pic.luma, table, same_scan._quiet(pic.luma.astype(np.float32))


def _dct(blocks):
    k = np.arange(8)
    basis = np.cos((2 * k[None, :] + 1) * k[:, None] * np.pi / 16) * np.sqrt(2 / 8)
    basis[0] /= np.sqrt(2)
    return np.einsum("uy,nyx,vx->nuv", basis, blocks.astype(np.float64) - 128, basis)


def _blocks(luma, quiet, mode, changed):
    h, w = luma.shape
    out = {}
    for y in range(0, h - 7, 8 * STEP):
        for x in range(0, w - 7, 8 * STEP):
            blk = luma[y:y + 8, x:x + 8]
            if blk.min() <= 2 or blk.max() >= 253:  # clipped: the decoder's clipping decides
                continue
            calm = quiet[y:y + 8, x:x + 8].mean() >= 0.75
            if (mode == "quiet" and not calm) or (mode == "busy" and calm):
                continue
            if any(x + 16 > r.x0 and x - 8 < r.x1 and y + 16 > r.top and y - 8 < r.bottom
                   for r in changed):
                continue
            out[(y, x)] = blk
    return out


def _share(src, dst, q):
    """Share of blocks whose every informative coefficient of `dst` is `src` quantised
    with `dst`'s table `q` (a coefficient of `src` at a rounding boundary either way)."""
    kp, ko = np.round(src / q), np.round(dst / q)
    ok = (kp == ko) | (np.abs(src / q - kp) > TOL)
    told = q >= MIN_STEP
    return float((ok | ~told).all(axis=(1, 2)).mean())


def requantised(a, b, changed) -> dict[str, tuple[float, int] | None]:
    """For each block set (quiet, busy, all): the share of lattice blocks (away from the
    changed regions) of one picture that are the other's decoded blocks quantised with its
    table, the larger of both directions, and how many blocks were compared."""
    (la, qa, ma), (lb, qb, mb) = a, b
    found: dict[str, tuple[float, int] | None] = {}
    for mode in MODES:
        if qa is None or qb is None or la.shape != lb.shape:
            found[mode] = None
            continue
        ba, bb = _blocks(la, ma, mode, changed), _blocks(lb, mb, mode, changed)
        common = sorted(set(ba) & set(bb))
        if len(common) < 40:
            found[mode] = None
            continue
        da = _dct(np.array([ba[c] for c in common]))
        db = _dct(np.array([bb[c] for c in common]))
        found[mode] = (max(_share(da, db, qb), _share(db, da, qa)), len(common))
    return found


def stats(da: bytes, db: bytes):
    a, b = printed(da), printed(db)
    m = same_scan.compare(a, b)
    if m is None:
        return None
    both = (a.samples != same_scan.UNSET) & (b.samples != same_scan.UNSET)  # type: ignore[operator]
    d = (a.samples[both].astype(float) - b.samples[both]) / same_scan.SCALE  # type: ignore[index]
    va = a.samples[both].astype(float) / same_scan.SCALE  # type: ignore[index]
    vb = b.samples[both].astype(float) / same_scan.SCALE  # type: ignore[index]
    dd = float((d * d).sum()) or 1e-9
    side = min(float(va @ d) / dd, -float(vb @ d) / dd)
    return (m.rho, float(np.sqrt((d * d).mean())), m.rms, m.common, side,
            requantised(decoded(da), decoded(db), m.changed))


def same_capture(folders: list[Path], limit: int) -> list[tuple]:
    rows = []
    for folder in folders:
        files = sorted(p for p in folder.rglob("*") if p.is_file()
                       and p.suffix.lower() in (*IMAGE_SUFFIXES, ".pdf"))
        seen = 0
        for path in files:
            if seen >= limit:
                break
            try:
                found = list(originals(path))
            except Exception:  # noqa: BLE001 - an unreadable upload is another rule's
                continue
            for label, data, from_pdf in found:
                try:
                    a = printed(data)
                except Exception:  # noqa: BLE001
                    continue
                if a is None or a.noise < same_scan.NOISE_MIN:
                    continue
                seen += 1
                for q in QUALITIES:
                    copy = edited(data, q)
                    variants = [(f"q{q}", copy)] + ([(f"q{q}+pdf", through_pdf(copy))]
                                                    if from_pdf else [])
                    for how, out in variants:
                        s = stats(data, out)
                        if s is not None:
                            rows.append((label, how, *s))
    return rows


def template_twice() -> list[tuple]:
    """One generator page rendered once, scanned twice: the same skew, other noise."""
    from render import backends
    from render.font import find_cjk_font
    from render.layouts import title_certificate

    backends.register_font(find_cjk_font())

    args = dict(name="张三", gender="男", birth="1985-03-01", id_number="450201198503011234",
                title="工程师", level="中级", specialty="土木工程", obtained_on="2019-12-20",
                number="GX2019001234", issuer="柳州市人力资源和社会保障局",
                committee="柳州市工程系列中级评审委员会", issued_on="2020-01-10")
    rows = []
    for layout in ("title_certificate.zhengshu_shouji_duizhao",):
        built = title_certificate.LAYOUTS[layout](**args, seed=3)
        page = backends.render_image(built.pages[0], 120)
        for skew in (0.12, 0.5, -0.3):
            pics = []
            for seed in (11, 12, 13):
                buf = io.BytesIO()
                backends.scan(page, seed, skew_deg=skew).save(buf, "JPEG", quality=60)
                pics.append(buf.getvalue())
            for i in range(len(pics)):
                for j in range(i + 1, len(pics)):
                    s = stats(pics[i], pics[j])
                    if s is not None:
                        rows.append((f"{layout} skew {skew}", f"seeds {i}/{j}", *s))
    return rows


def pairs(given: list[list[str]]) -> list[tuple]:
    rows = []
    for a, b in given:
        pa = [d for _l, d, _p in originals(Path(a))][0]
        pb = [d for _l, d, _p in originals(Path(b))][0]
        s = stats(pa, pb)
        if s is not None:
            rows.append((a, b, *s))
    return rows


def show(title: str, rows: list[tuple]) -> None:
    rho = np.array([r[2] for r in rows]) if rows else np.zeros(1)
    print(f"{title}: {len(rows)} pairs; ρ max {rho.max():.3f}, 99 % {np.percentile(rho, 99):.3f}, "
          f"median {np.median(rho):.3f}, min {rho.min():.3f}")
    for mode in MODES:
        got = np.array([r[7][mode][0] for r in rows if r[7][mode] is not None])
        print(f"    requantised ({mode} blocks): {len(got)} judged"
              + (f", min {got.min():.3f}, 5 % {np.percentile(got, 5):.3f}, median "
                 f"{np.median(got):.3f}, max {got.max():.3f}" if len(got) else ""))


def line(r: tuple) -> str:
    req = " ".join(f"{m} " + ("-" if r[7][m] is None else f"{r[7][m][0]:.3f}/{r[7][m][1]}")
                   for m in MODES)
    return (f"    ρ {r[2]:.3f} diff {r[3]:.2f} rms {r[4]:.2f} n {r[5]} side {r[6]:.2f} "
            f"requantised {req}: {r[0]} {r[1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=60, help="pictures per folder")
    parser.add_argument("--pair", nargs=2, action="append", default=[])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    base = Path(os.environ.get("CREDCHECK_SHARED_DATA") or ROOT.parent / "shared" / "data")
    folders = [base / "real_ocr", *(args.folders or [ROOT / "data/samples/liuzhou-2024"])]
    same = same_capture([f for f in folders if f.exists()], args.limit)
    show("one capture edited and saved again", same)
    for q in QUALITIES:
        show(f"  saved at q{q}", [r for r in same if r[1].startswith(f"q{q}")])
    side = np.array([r[6] for r in same])
    print(f"  one-sidedness: max {side.max():.3f}, 99 % {np.percentile(side, 99):.3f}")
    for r in sorted(same, key=lambda r: -r[6])[:8]:
        print(line(r))
    print("  least requantised (all blocks):")
    judged = (r for r in same if r[7]["all"] is not None)
    for r in sorted(judged, key=lambda r: r[7]["all"][0])[:10]:
        print(line(r))
    two = template_twice() + pairs(args.pair)
    show("two captures of one template", two)
    for r in sorted(two, key=lambda r: r[2]):
        print(line(r))


if __name__ == "__main__":
    main()
