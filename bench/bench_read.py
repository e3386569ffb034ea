"""Reading speed against the bare engines, measured in one run on the same pages.

    python bench/bench_read.py [--window DIR] [--pages 6] [--digital 60] [--no-peer] [--json OUT]

Every figure is a ratio against a baseline measured in the same process on the same pages
(the machine is shared, so absolute pages/s drift from run to run; the ratios do not):

- **born-digital pages** (``render: born_digital`` in the window's truth.json): bare PyMuPDF
  (open the file, ``page.get_text("words")`` on every page) against
  :func:`pipeline.read.read_upload` (no cache), each document timed bare then credcheck in
  turn. Split into documents with a picture (an embedded image or coloured vector paint on a
  page, which credcheck renders to look for seals) and without.
- **scanned pages** (``scanned_pdf`` and photo documents, one page each): bare RapidOCR
  (``RapidOCR()(pixels)``, default settings, on the page pixels credcheck would recognise:
  the PDF page rendered at credcheck's OCR dpi, the photo decoded) against ``read_upload``
  with no OCR cache (opening, rendering, orientation, deskew, quality, seal pass included).
  Each side's character error rate against the document's truth lines is shown beside it
  (Levenshtein over the text with whitespace removed), so speed is never bought with errors.
- **peers** on the same scanned pages: OCRmyPDF with Tesseract ``chi_sim`` and ``-j`` equal
  to the cores, when ``ocrmypdf`` and ``tesseract`` are installed (else the row says why),
  and Tesseract alone (``--psm 6``, pages spread over the cores).

Keep the default run short (a few minutes on 2 cores); ``--pages`` and ``--digital`` set
how many scanned and born-digital pages are read.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.read import images, read_upload  # noqa: E402
from pipeline.read.engines import get_engine  # noqa: E402

WINDOW = ROOT / "data" / "samples" / "liuzhou-2024"
SCANNED_RENDERS = ("scanned_pdf", "photo", "photo_rotated_90", "photo_skewed", "photo_rotated_180")


def documents(window: Path) -> dict[str, dict[str, Any]]:
    truth = json.loads((window / "truth.json").read_text(encoding="utf-8"))
    return {name: doc for name, doc in truth["documents"].items()
            if doc.get("on_disk") and (window / "applicants" / name).is_file()}


def has_picture(page: Any) -> bool:
    """An embedded image or coloured vector paint (what credcheck renders a page for)."""
    if page.get_images(full=False):
        return True
    for path in page.get_drawings():
        for key in ("color", "fill"):
            rgb = path.get(key)
            if rgb and max(rgb) - min(rgb) >= 0.15:
                return True
    return False


def cer(lines: list[str], text: str) -> tuple[int, int]:
    from rapidfuzz.distance import Levenshtein

    truth = "".join("".join(lines).split())
    read = "".join(text.split())
    return Levenshtein.distance(truth, read), len(truth)


def doc_text(results: list[Any]) -> str:
    out = []
    for doc in results:
        for page in getattr(doc, "pages", ()):
            out.extend(w.text for w in page.words)
    return "".join(out)


# -- born-digital ----------------------------------------------------------------------------
def born_digital(window: Path, limit: int, engine: Any) -> dict[str, dict[str, float]]:
    import pymupdf

    rows: dict[str, dict[str, float]] = {}
    pages_done = 0
    first = next((n for n, d in sorted(documents(window).items())
                  if d.get("render") == "born_digital" and n.endswith(".pdf")), None)
    if first:  # warm-up: imports, fonts and MuPDF's first-use costs are paid by neither side
        with pymupdf.open(window / "applicants" / first) as pdf:
            [page.get_text("words") for page in pdf]
        read_upload(window / "applicants" / first, engine=engine, cache=None, name=first)
    for name, doc in sorted(documents(window).items()):
        if doc.get("render") != "born_digital" or not name.endswith(".pdf") or pages_done >= limit:
            continue
        path = window / "applicants" / name
        with pymupdf.open(path) as probe:
            group = "with pictures" if any(has_picture(p) for p in probe) else "without pictures"
        t0 = time.perf_counter()
        with pymupdf.open(path) as pdf:
            n = 0
            for page in pdf:
                page.get_text("words")
                n += 1
        bare = time.perf_counter() - t0
        t0 = time.perf_counter()
        read_upload(path, engine=engine, cache=None, name=name)
        ours = time.perf_counter() - t0
        for key in (group, "all"):
            row = rows.setdefault(key, {"docs": 0, "pages": 0, "bare_s": 0.0, "credcheck_s": 0.0})
            row["docs"] += 1
            row["pages"] += n
            row["bare_s"] += bare
            row["credcheck_s"] += ours
        pages_done += n
    return rows


# -- scanned ---------------------------------------------------------------------------------
def scanned_docs(window: Path, pages: int) -> list[tuple[str, dict[str, Any]]]:
    """Up to `pages` one-page documents, taken round-robin over the scanned renders."""
    by_render: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for name, doc in sorted(documents(window).items()):
        if doc.get("render") in SCANNED_RENDERS and doc.get("pages", 1) == 1 and doc.get("lines"):
            by_render.setdefault(doc["render"], []).append((name, doc))
    picked: list[tuple[str, dict[str, Any]]] = []
    while len(picked) < pages and any(by_render.values()):
        for render in SCANNED_RENDERS:
            if by_render.get(render) and len(picked) < pages:
                picked.append(by_render[render].pop(0))
    return picked


def page_pixels(path: Path) -> Any:
    """The pixels credcheck recognises for a one-page scan or photo."""
    import pymupdf
    from PIL import Image, ImageOps

    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as pdf:
            image, _dpi = images.render_page(pdf[0], images.DEFAULT_OCR_DPI, 25_000_000)
            return image
    with Image.open(path) as im:
        return ImageOps.exif_transpose(im).convert("RGB")


def scanned(window: Path, pages: int, engine: Any) -> tuple[list[dict[str, Any]], list[Any]]:
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    bare_ocr = RapidOCR()
    rows = []
    pixels = []
    for name, doc in scanned_docs(window, pages):
        path = window / "applicants" / name
        image = page_pixels(path)
        pixels.append(image)
        bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
        t0 = time.perf_counter()
        result, _ = bare_ocr(bgr)
        bare = time.perf_counter() - t0
        bare_text = "".join(str(r[1]) for r in (result or []))
        t0 = time.perf_counter()
        ours_doc = read_upload(path, engine=engine, cache=None, name=name)
        ours = time.perf_counter() - t0
        rows.append({
            "file": name, "render": doc["render"], "pixels": image.width * image.height,
            "bare_s": bare, "credcheck_s": ours,
            "bare_err": cer(doc["lines"], bare_text),
            "credcheck_err": cer(doc["lines"], doc_text(ours_doc)),
        })
        print(f"  {name} ({doc['render']}, {image.width}x{image.height}): bare {bare:.2f} s, "
              f"credcheck {ours:.2f} s", flush=True)
    return rows, pixels


def peers(pixels: list[Any], work: Path) -> list[tuple[str, float | None, str]]:
    """OCRmyPDF (Tesseract) and Tesseract alone on the same page pixels: (name, s, note)."""
    cores = os.cpu_count() or 1
    out: list[tuple[str, float | None, str]] = []
    tesseract = shutil.which("tesseract")
    ocrmypdf = shutil.which("ocrmypdf") or str(Path(sys.executable).parent / "ocrmypdf")
    if not Path(ocrmypdf).exists():
        out.append(("OCRmyPDF + Tesseract chi_sim", None, "skipped: ocrmypdf is not installed "
                    "(pip install '.[bench]')"))
    elif tesseract is None:
        out.append(("OCRmyPDF + Tesseract chi_sim", None, "skipped: tesseract is not installed"))
    else:
        pdf = work / "scans.pdf"
        pixels[0].save(pdf, "PDF", resolution=images.DEFAULT_OCR_DPI, save_all=True,
                       append_images=pixels[1:])
        t0 = time.perf_counter()
        done = subprocess.run([ocrmypdf, "-q", "-l", "chi_sim", "--force-ocr", "-j", str(cores),
                               str(pdf), str(work / "ocrmypdf.pdf")],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        if done.returncode:
            out.append(("OCRmyPDF + Tesseract chi_sim", None,
                        f"failed: {done.stderr.strip()[-200:]}"))
        else:
            out.append(("OCRmyPDF + Tesseract chi_sim", seconds, f"-j {cores}, --force-ocr"))
    if tesseract is None:
        out.append(("Tesseract chi_sim", None, "skipped: tesseract is not installed"))
        return out
    files = []
    for i, image in enumerate(pixels):
        files.append(work / f"page{i}.png")
        image.save(files[-1])

    def one(png: Path) -> int:
        return subprocess.run([tesseract, str(png), "stdout", "-l", "chi_sim", "--psm", "6"],
                              capture_output=True,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"}).returncode

    t0 = time.perf_counter()
    with ThreadPoolExecutor(cores) as pool:
        codes = list(pool.map(one, files))
    seconds = time.perf_counter() - t0
    if any(codes):
        out.append(("Tesseract chi_sim", None, f"failed (exit {codes})"))
    else:
        out.append(("Tesseract chi_sim", seconds,
                    f"--psm 6, {cores} pages at once, one thread each"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--window", type=Path, default=WINDOW)
    ap.add_argument("--pages", type=int, default=6, help="scanned pages (one-page documents)")
    ap.add_argument("--digital", type=int, default=60, help="born-digital pages (at least)")
    ap.add_argument("--no-peer", action="store_true", help="skip OCRmyPDF and Tesseract")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)

    engine = get_engine("rapidocr")
    # warm-up
    engine.recognize(page_pixels(args.window / "applicants" / scanned_docs(args.window, 1)[0][0]))
    print(f"window {args.window} ({os.cpu_count()} CPUs)", flush=True)
    result: dict[str, Any] = {"cpus": os.cpu_count()}

    print("\nborn-digital pages: "
          "bare PyMuPDF get_text('words') vs credcheck read_upload (no cache)")
    digital = born_digital(args.window, args.digital, engine)
    print("| pages | docs | pages | bare pages/s | credcheck pages/s | ratio |\n"
          "|---|---|---|---|---|---|")
    for key in ("without pictures", "with pictures", "all"):
        row = digital.get(key)
        if not row:
            continue
        bare, ours = row["pages"] / row["bare_s"], row["pages"] / row["credcheck_s"]
        row["ratio"] = ours / bare
        print(f"| {key} | {row['docs']} | {row['pages']} | {bare:.0f} | {ours:.1f} "
              f"| {row['ratio']:.3f} |")
    result["born_digital"] = digital

    print("\nscanned pages: bare RapidOCR on the page pixels vs credcheck read_upload (no cache)")
    rows, pixels = scanned(args.window, args.pages, engine)
    n = len(rows)
    bare_s = sum(r["bare_s"] for r in rows)
    ours_s = sum(r["credcheck_s"] for r in rows)

    def err(key: str) -> str:
        d, t = sum(r[key][0] for r in rows), sum(r[key][1] for r in rows)
        return f"{100 * d / max(t, 1):.2f} %"

    print("| reader | pages | pages/s | ratio to bare RapidOCR | CER | note |\n"
          "|---|---|---|---|---|---|")
    print(f"| bare RapidOCR | {n} | {n / bare_s:.3f} | 1.00 | {err('bare_err')} | baseline |")
    print(f"| credcheck read_upload | {n} | {n / ours_s:.3f} | {bare_s / ours_s:.2f} "
          f"| {err('credcheck_err')} | orientation, deskew, quality, seals |")
    result["scanned"] = {"rows": rows, "bare_s": bare_s, "credcheck_s": ours_s,
                         "ratio": bare_s / ours_s}
    if not args.no_peer and pixels:
        with tempfile.TemporaryDirectory(prefix="bench-read-") as tmp:
            for name, seconds, note in peers(pixels, Path(tmp)):
                if seconds is None:
                    print(f"| {name} | {n} | - | - | - | {note} |")
                    continue
                print(f"| {name} | {n} | {n / seconds:.3f} | {bare_s / seconds:.2f} | | {note} |")
                result.setdefault("peers", {})[name] = {"seconds": seconds,
                                                        "ratio": bare_s / seconds, "note": note}
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
