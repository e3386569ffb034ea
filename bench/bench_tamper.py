"""Tamper forensics: false alarms per 1,000 clean pages, planted edits found, time per page.

    PYTHONPATH=. python bench/bench_tamper.py [--policy liuzhou-2024] [--no-resave] \
        [--skip-pdf-text] [--ocr-pages N] [FOLDER ...]

Every PDF of the sample window (data/samples/liuzhou-2024, its truth.json says which uploads
carry a planted edit) and of the shared real files (`$CREDCHECK_SHARED_DATA/real_ocr`, else
../shared/data/real_ocr beside the checkout; read in place), or of the folders given. Each
page with a usable text layer goes through pipeline.forensics.text_edits; each file with
incremental updates through the reader's revision diff. A finding counts when its score
reaches the policy's threshold (span_style_min, text_cover_min, revision_pixel_change_min),
as DOC_TAMPERED counts it. Prints per method: clean pages with a finding (and per 1,000),
planted uploads found, and the forensics' milliseconds per page.

Location: a planted edit counts as *found with its location* when a finding at the threshold
has a box on the truth's page that overlaps the truth's box (truth.json `tamper.bbox` for a
PDF, in points; `image_tamper.region` for a picture, in its pixels) with IoU >= 0.5, or
contains it. Each planted edit is printed with its best box and IoU, then the counts.

Time per page kind (text-layer PDF pages, scanned-PDF pages, image uploads): the forensics'
milliseconds per page measured in this run, beside the default OCR engine's (RapidOCR)
milliseconds per page on the first --ocr-pages pages of that kind (default 3; 0: no OCR),
the page rendered at the reader's OCR resolution (an image upload: its first frame), the
engine loaded and warmed up first.

Pictures (pipeline.forensics.image_methods): every image upload and the picture behind every
image-backed PDF page of the same folders, decoded as the reader decodes them, each method
timed on its own; unless --no-resave, every clean JPEG picture is also saved again at quality
85 and 95 (Pillow) and judged as a clean picture (a JPEG saved again must never be a
finding). Prints per method: clean pictures with a finding at the threshold (and per 1,000),
the highest clean score (the margin to the threshold), the planted pictures found (truth.json
`image_tamper` entries: method and region) and milliseconds per picture. Then every pair of
pictures of one size from two applicants' folders (each real file on its own) is compared as
the DOC_TAMPERED window rule compares them (pipeline.forensics.same_scan): clean pairs at the
threshold, the highest clean score, the planted pairs (truth `same_capture_with`: one photo
with the name and number changed) found, milliseconds per fingerprint and per pair.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import policy as policies
from pipeline.forensics import image_methods, same_scan, text_edits
from pipeline.forensics.picture import Picture
from pipeline.model import BBox
from pipeline.read import _backing_picture, _Reader, get_engine, images, text_layer
from pipeline.read.safe_open import ReadLimits, iter_image_frames, open_pdf

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp")
RESAVE_QUALITIES = (85, 95)

WINDOW = ROOT / "data" / "samples" / "liuzhou-2024"
IOU_MIN = 0.5  # a finding's box locates a planted edit at this overlap (or containing it)

#: Per page kind: [forensics seconds, pages] and the pages to OCR (path, page number).
TIMES: dict[str, list[float]] = {}
OCR_SAMPLES: dict[str, list[tuple[Path, int]]] = {}
TEXT_PAGE, SCANNED_PAGE, IMAGE_UPLOAD = "text-layer PDF page", "scanned PDF page", "image upload"


def spent_on(kind: str, seconds: float, pages: int = 1) -> None:
    total = TIMES.setdefault(kind, [0.0, 0])
    total[0] += seconds
    total[1] += pages


def iou(a: BBox, b: BBox) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    area = (a.x1 - a.x0) * (a.bottom - a.top) + (b.x1 - b.x0) * (b.bottom - b.top) - inter
    return inter / area if area > 0 else 0.0


def contains(outer: BBox, inner: BBox) -> bool:
    return (outer.x0 <= inner.x0 and outer.top <= inner.top and outer.x1 >= inner.x1
            and outer.bottom >= inner.bottom)


def located(truth: BBox | None, boxes: list[tuple[str, BBox]]) -> tuple[bool, str]:
    """Whether one of the findings' boxes (method, box) locates the truth box, and each
    method's best box as a phrase: "copy_move IoU 0.81, jpeg_ghost IoU 0.40"."""
    if truth is None:
        return False, "no truth region recorded"
    if not boxes:
        return False, "no finding with a box"
    hit = any(iou(b, truth) >= IOU_MIN or contains(b, truth) for _m, b in boxes)
    phrases = []
    for method in dict.fromkeys(m for m, _b in boxes):
        best = max((b for m, b in boxes if m == method),
                   key=lambda b: (contains(b, truth), iou(b, truth)))
        inside = " (truth inside it)" if contains(best, truth) else ""
        phrases.append(f"{method} IoU {iou(best, truth):.2f}{inside}")
    return hit, ", ".join(phrases)


def shared_real() -> Path:
    base = Path(os.environ.get("CREDCHECK_SHARED_DATA") or ROOT.parent / "shared" / "data")
    return base / "real_ocr"


def planted() -> dict[str, dict]:
    """Planted PDFs of the sample window by absolute path, each with its truth `tamper` entry
    (page and box of the changed text; empty for a PDF whose producer is the sign)."""
    truth = WINDOW / "truth.json"
    if not truth.exists():
        return {}
    docs = json.loads(truth.read_text(encoding="utf-8"))["documents"]
    return {str(WINDOW / "applicants" / k): v.get("tamper") or {} for k, v in docs.items()
            if v.get("render") in ("tampered_incremental", "photoshop_pdf")}


def planted_pictures() -> dict[str, dict]:
    """Uploads of the sample window whose pictures carry a planted edit (truth `image_tamper`)."""
    truth = WINDOW / "truth.json"
    if not truth.exists():
        return {}
    docs = json.loads(truth.read_text(encoding="utf-8"))["documents"]
    return {str(WINDOW / "applicants" / k): v["image_tamper"]
            for k, v in docs.items() if v.get("image_tamper")}


def planted_captures() -> set[frozenset[str]]:
    """Pairs of uploads of the sample window that are one capture edited (truth
    `same_capture_with`), as absolute paths: found when flagged, never false alarms."""
    truth = WINDOW / "truth.json"
    if not truth.exists():
        return set()
    docs = json.loads(truth.read_text(encoding="utf-8"))["documents"]
    return {frozenset((str(WINDOW / "applicants" / k),
                       str(WINDOW / "applicants" / v["same_capture_with"])))
            for k, v in docs.items() if v.get("same_capture_with")}


def pictures_of(path: Path):
    """(page, Picture) of an upload as the reader builds them: every frame of an image, the
    picture behind every image-backed PDF page."""
    limits = ReadLimits()
    if path.suffix.lower() == ".pdf":
        doc = open_pdf(path, path.name, limits)
        with doc:
            for index in range(doc.page_count):
                placed = _backing_picture(doc.load_page(index))
                if placed is not None:
                    data = doc.extract_image(placed[0]).get("image") or b""
                    yield index + 1, images.picture_of_bytes(data, index + 1, path.name)
        return
    tags, quality = images.picture_info(path)
    for i, frame in enumerate(iter_image_frames(path, path.name, limits), start=1):
        yield i, Picture(images.luma(frame), i, tags, quality if i == 1 else None, path.name)


def resaved(picture: Picture, quality: int) -> Picture:
    """The picture saved again as a JPEG at `quality` (Pillow) and decoded."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(picture.luma).save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return images.picture_of_bytes(buffer.getvalue(), picture.page_no, f"{picture.name}@q{quality}")


def bench_pictures(folders: list[Path], limits, resave: bool) -> None:
    cut = {m.METHOD: getattr(limits, m.THRESHOLD).value for m in image_methods.METHODS}
    files = sorted(p for f in folders if f.exists() for p in f.rglob("*")
                   if p.suffix.lower() in (*IMAGE_SUFFIXES, ".pdf") and p.is_file())
    bad = planted_pictures()
    clean_n = 0
    spent: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    clean_hits: dict[str, list[str]] = {m: [] for m in cut}
    clean_top: dict[str, list[tuple[float, str]]] = {m: [] for m in cut}
    found: dict[str, tuple[dict, set[str]]] = {}
    boxes: dict[str, list[tuple[str, BBox]]] = {}  # planted upload: (method, box) at the threshold
    # (window, applicant folder, upload and page, fingerprint)
    prints: list[tuple[str, str, str, same_scan.Print]] = []
    for path in files:
        try:
            pictures = list(pictures_of(path))
        except Exception as error:  # noqa: BLE001 - unreadable uploads are another rule's
            print(f"skip {path.name}: {error}")
            continue
        label = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        truth = bad.get(str(path))
        kind = SCANNED_PAGE if path.suffix.lower() == ".pdf" else IMAGE_UPLOAD
        for page_no, picture in pictures:
            OCR_SAMPLES.setdefault(kind, []).append((path, page_no))
            t0 = time.perf_counter()
            fingerprint = same_scan.parse(same_scan.fingerprint(picture))
            spent["same_scan"] += time.perf_counter() - t0
            spent_on(kind, time.perf_counter() - t0, 0)
            judged["same_scan"] += 1
            if fingerprint is not None:
                root = next(str(f) for f in folders if path.is_relative_to(f))
                prints.append((root, str(path), f"{label} p{page_no}", fingerprint))
            variants = [(picture, label)]
            if resave and truth is None and picture.quality is not None:
                variants += [(resaved(picture, q), f"{label} saved again at q{q}")
                             for q in RESAVE_QUALITIES]
            for pic, name in variants:
                hits = set()
                for m in image_methods.METHODS:
                    small = min(pic.size) < 64 and m.METHOD != "editor_tag"
                    t0 = time.perf_counter()
                    result = [] if small else m.analyse(pic)
                    spent[m.METHOD] += time.perf_counter() - t0
                    if pic is picture:  # the upload's own picture, not a re-saved copy
                        spent_on(kind, time.perf_counter() - t0, 0)
                    judged[m.METHOD] += 1
                    score = max((f.score for f in result), default=0.0)
                    if score >= cut[m.METHOD]:
                        hits.add(m.METHOD)
                        if truth is not None and page_no == truth.get("page", 1):
                            boxes.setdefault(label, []).extend(
                                (m.METHOD, b) for f in result if f.score >= cut[m.METHOD]
                                for b in (f.bbox, f.old_bbox) if b is not None)
                    if truth is None:
                        clean_top[m.METHOD].append((score, f"{name} p{page_no}"))
                        if score >= cut[m.METHOD]:
                            clean_hits[m.METHOD].append(f"{name} p{page_no}")
                if truth is None:
                    clean_n += 1
                else:
                    found.setdefault(label, (truth, set()))[1].update(hits)
            spent_on(kind, 0.0, 1)
    print(f"pictures: {clean_n} clean (re-saved copies included: {resave}), "
          f"{len(found)} planted uploads")
    for m, threshold in cut.items():
        n = len(clean_hits[m])
        top = sorted(clean_top[m], reverse=True)[:1]
        best = f"{top[0][0]:.3g} ({top[0][1]})" if top and top[0][0] > 0 else "0"
        planted = [k for k, (t, _hits) in found.items() if m in t.get("methods", [])]
        got = [k for k in planted if m in found[k][1]]
        print(f"  {m:12s} threshold {threshold:g}: clean pictures with a finding {n} "
              f"({1000 * n / max(clean_n, 1):.2f} per 1,000); highest clean score {best}; "
              f"planted found {len(got)}/{len(planted)}; "
              f"{1000 * spent[m] / max(judged[m], 1):.0f} ms/picture")
        for hit in clean_hits[m][:10]:
            print(f"      false alarm: {hit}")
    where = 0
    for name, (truth, hits) in sorted(found.items()):
        region = truth.get("region")
        hit, best = located(BBox(*region) if region else None, boxes.get(name, []))
        where += hit
        print(f"  planted {name}: {', '.join(truth.get('methods', []))} "
              f"-> found {', '.join(sorted(hits)) or 'none'}; "
              f"location {'found' if hit else 'NOT found'} ({best})")
    print(f"  planted pictures found with their location: {where}/{len(found)} "
          f"(a box at IoU >= {IOU_MIN} with the truth region, or containing it)")
    bench_same_scan(prints, limits, spent["same_scan"] / max(judged["same_scan"], 1))


def bench_same_scan(prints, limits, seconds: float) -> None:
    """Every pair of pictures of the same size from different folders (applicants) of one
    window, compared as the DOC_TAMPERED window rule compares them: none of them is one
    capture edited. (Windows are not compared with each other: the generator draws an
    applicant's photo with the same noise in every profile.)"""
    threshold = limits.same_scan_min.value
    planted = planted_captures()
    t0 = time.perf_counter()
    compared, scores, hits, found = 0, [], [], []
    for i, (window, path, name, a) in enumerate(prints):
        for window2, path2, name2, b in prints[i + 1:]:
            folder, other = str(Path(path).parent), str(Path(path2).parent)
            if window != window2 or (folder == other and "real_ocr" not in folder):
                continue  # one applicant's own uploads are not compared, nor two windows
            match = same_scan.compare(a, b)
            if match is None:
                continue
            compared += 1
            flagged = match.score >= threshold and match.changed
            if frozenset((path, path2)) in planted:
                found += [f"{name} / {name2}"] if flagged else []
                continue
            scores.append((match.score, f"{name} / {name2}"))
            if flagged:
                hits.append(f"{name} / {name2}")
    spent = time.perf_counter() - t0
    top = max(scores, default=(0.0, "-"))
    print(f"  same_scan    threshold {threshold:g}: {len(prints)} fingerprints "
          f"({1000 * seconds:.0f} ms/picture), {compared} pairs of one size compared "
          f"({1000 * spent / max(compared, 1):.2f} ms/pair); clean pairs flagged {len(hits)}; "
          f"highest clean score {top[0]:.3g} ({top[1]}); planted found {len(found)}/"
          f"{len(planted)}")
    for hit in hits[:10]:
        print(f"      false alarm: {hit}")
    for pair in found:
        print(f"      planted, found: {pair} (location: truth.json records no region for "
              "`same_capture_with`; not checked)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--policy", default="liuzhou-2024")
    parser.add_argument("--no-resave", action="store_true",
                        help="do not judge clean JPEGs saved again")
    parser.add_argument("--skip-pdf-text", action="store_true", help="only the pictures")
    parser.add_argument("--ocr-pages", type=int, default=3,
                        help="pages of each kind to OCR for the time per page (0: none)")
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    limits = policies.load(args.policy).thresholds
    # absolute, as truth.json's planted uploads are matched by path
    folders = [f.resolve() for f in args.folders] or [WINDOW, shared_real()]
    if not args.skip_pdf_text:
        bench_text(folders, limits)
    bench_pictures(folders, limits, not args.no_resave)
    bench_times(args.ocr_pages)


def page_image(path: Path, page_no: int):
    """The page as the OCR engine sees it: a PDF page rendered at the reader's OCR resolution,
    an image upload's frame."""
    from PIL import Image

    if path.suffix.lower() == ".pdf":
        with open_pdf(path, path.name, ReadLimits()) as doc:
            pix = doc.load_page(page_no - 1).get_pixmap(dpi=images.DEFAULT_OCR_DPI)
            return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    for i, frame in enumerate(iter_image_frames(path, path.name, ReadLimits()), start=1):
        if i == page_no:
            return frame.convert("RGB")
    raise ValueError(f"{path.name}: no frame {page_no}")


def bench_times(ocr_pages: int) -> None:
    """One line per page kind: the forensics' ms/page measured above, and OCR's on a few pages
    of that kind, in the same run."""
    engine = None
    if ocr_pages > 0:
        from PIL import Image

        engine = get_engine()
        first = next((s[0] for s in OCR_SAMPLES.values() if s), None)
        # load the models first (every one: a page with text runs detection and recognition)
        engine.recognize(page_image(*first) if first else Image.new("RGB", (320, 96), "white"))
    print("time per page (this run; forensics on every page of the kind, OCR on the first "
          f"{ocr_pages} of each, {engine.identity() if engine else 'no OCR'}):")
    for kind in (TEXT_PAGE, SCANNED_PAGE, IMAGE_UPLOAD):
        seconds, n = TIMES.get(kind, [0.0, 0])
        if not n:
            continue
        line = f"  {kind:20s} forensics {1000 * seconds / n:.0f} ms/page ({n:.0f} pages)"
        sample = OCR_SAMPLES.get(kind, [])[:ocr_pages]
        if engine is not None and sample:
            spent = 0.0
            for path, page_no in sample:
                image = page_image(path, page_no)
                t0 = time.perf_counter()
                engine.recognize(image)
                spent += time.perf_counter() - t0
            line += f"; OCR {1000 * spent / len(sample):.0f} ms/page ({len(sample)} pages)"
        print(line)


def bench_text(folders: list[Path], limits) -> None:
    cut = {"span_style": limits.span_style_min.value, "white_box": limits.text_cover_min.value,
           "image_over_text": limits.text_cover_min.value,
           "revision_diff": limits.revision_pixel_change_min.value}
    files = sorted(p for f in folders if f.exists() for p in f.rglob("*.pdf"))
    bad = planted()
    pages = text_pages = planted_text_pages = 0
    clean_hits: Counter[str] = Counter()
    found: dict[str, set[str]] = {}
    boxes: dict[str, list[tuple[str, BBox]]] = {}  # planted PDF: (method, box) on its truth page
    spent = 0.0
    for path in files:
        try:
            doc = open_pdf(path, path.name, ReadLimits())
        except Exception as error:  # noqa: BLE001 - unreadable uploads are another rule's
            print(f"skip {path.name}: {error}")
            continue
        hits: set[str] = set()
        truth = bad.get(str(path))
        placed = boxes.setdefault(str(path), []) if truth is not None else []
        with doc:
            t0 = time.perf_counter()
            for index in range(doc.page_count):
                page = doc.load_page(index)
                pages += 1
                if not text_layer.extract(page).usable()[0]:
                    continue
                text_pages += 1
                planted_text_pages += truth is not None
                OCR_SAMPLES.setdefault(TEXT_PAGE, []).append((path, index + 1))
                judged = [f for f in text_edits.analyse(page, index + 1)
                          if f.score >= cut[f.method]]
                methods = {f.method for f in judged}
                placed.extend((f.method, f.bbox) for f in judged
                              if f.bbox is not None and f.page_no == (truth or {}).get("page"))
                hits |= methods
                if truth is None:
                    clean_hits.update(methods)
            if doc.version_count > 1:
                reader = _Reader(get_engine("none"), None, "", 200, True, ReadLimits(), path.name,
                                 None, True)
                for rev in reader.pdf_revisions(path, path.name, doc):
                    shown = [f for f in rev.findings
                             if f.visible and f.score >= cut["revision_diff"]]
                    placed.extend(("revision_diff", f.bbox) for f in shown
                                  if f.bbox is not None and f.page_no == (truth or {}).get("page"))
                    if rev.error or shown:
                        hits.add("revision_diff")
                        if truth is None:
                            clean_hits["revision_diff"] += 1
            spent += time.perf_counter() - t0
        if truth is not None:
            found[str(path)] = hits
    spent_on(TEXT_PAGE, spent, text_pages)
    # the clean pages: the text-layer pages of the files without a planted edit
    clean_pages = text_pages - planted_text_pages
    print(f"{len(files)} PDFs, {pages} pages, {text_pages} with a text layer judged "
          f"({clean_pages} clean); forensics {1000 * spent / max(pages, 1):.1f} ms/page")
    for method in cut:
        n = clean_hits[method]
        print(f"  {method:16s} clean pages with a finding: {n} "
              f"({1000 * n / max(clean_pages, 1):.2f} per 1,000)")
    where = with_box = 0
    for path, hits in sorted(found.items()):
        name = str(Path(path).relative_to(ROOT)) if Path(path).is_relative_to(ROOT) else path
        none = "none of these methods (a scan: the producer rule flags it)"
        box = bad[path].get("bbox")
        hit, best = located(BBox(*box) if box else None, boxes.get(path, []))
        where += hit
        with_box += box is not None
        place = (f"; location {'found' if hit else 'NOT found'} ({best})" if box
                 else "; location: a whole-file sign, no box in truth.json")
        print(f"  planted {name}: {', '.join(sorted(hits)) or none}{place}")
    print(f"  planted PDF edits found with their location: {where}/{with_box} "
          f"(a box at IoU >= {IOU_MIN} with truth.json's tamper.bbox, or containing it)")


if __name__ == "__main__":
    main()
