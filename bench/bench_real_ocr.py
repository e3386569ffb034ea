"""Real files: character error rate of credcheck's reader against the bare engine.

    python bench/bench_real_ocr.py [--data DIR] [--json OUT]

Reads the real Chinese images and PDFs in ``<shared data>/real_ocr`` (``manifest.json`` and
``SOURCES.md`` there say where each comes from and what its ``.gt.txt`` truth covers) in
place; nothing is copied. The shared data folder is ``$CREDCHECK_SHARED_DATA``, else
``shared/data`` beside the repository checkout.

For each file two readings are scored:

- bare: for an image, RapidOCR (rapidocr-onnxruntime, default settings) called directly on
  the file; for a born-digital PDF, PyMuPDF's ``page.get_text()`` (what a text-layer reader
  gives without credcheck). ``bare OCR`` also shows RapidOCR on each PDF page rendered at
  credcheck's OCR dpi, for reference.
- reader: :func:`pipeline.read.read_file` with the rapidocr engine (orientation, deskew,
  text-layer checks, OCR of lost characters, ...), no cache.

Scoring (both texts NFKC-normalised, all whitespace removed, casefolded where the manifest
says ``casefold``): ``coverage: full`` is the Levenshtein distance between the whole truth
and the whole reading over the truth's length; ``coverage: partial`` aligns each truth line
with the substring of the reading closest to it (edit distance, free start and end) and sums
those distances over the truth's length. Totals are summed distances over summed lengths of
the files with ``real: true`` (the synthetic control is shown, not counted).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ENV_DATA = "CREDCHECK_SHARED_DATA"


def shared_data() -> Path:
    """The shared data folder: $CREDCHECK_SHARED_DATA, else shared/data beside the checkout."""
    given = os.environ.get(ENV_DATA)
    return Path(given) if given else ROOT.parent / "shared" / "data"


def real_ocr_dir(data: Path | None = None) -> Path:
    return (data or shared_data()) / "real_ocr"


def normalise(text: str, casefold: bool = False) -> str:
    text = "".join(unicodedata.normalize("NFKC", text).split())
    return text.casefold() if casefold else text


def substring_distance(needle: str, hay: str) -> int:
    """Edit distance between `needle` and the substring of `hay` closest to it."""
    if not needle:
        return 0
    prev = [0] * (len(hay) + 1)  # a match may start anywhere in hay: row 0 costs nothing
    for i, a in enumerate(needle, start=1):
        cur = [i] + [0] * len(hay)
        for j, b in enumerate(hay, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b))
        prev = cur
    return min(prev)  # ... and end anywhere


def score(truth_lines: list[str], found: str, coverage: str, casefold: bool) -> tuple[int, int]:
    """(edit distance, truth length) under the manifest's rule for this file."""
    from rapidfuzz.distance import Levenshtein

    read = normalise(found, casefold)
    lines = [normalise(line, casefold) for line in truth_lines]
    lines = [line for line in lines if line]
    length = sum(len(line) for line in lines)
    if coverage == "full":
        return Levenshtein.distance("".join(lines), read), length
    return sum(substring_distance(line, read) for line in lines), length


@dataclass
class Row:
    file: str
    coverage: str
    real: bool
    chars: int
    bare: int  # edit distances
    reader: int
    bare_ocr: int | None = None  # PDFs: RapidOCR on the rendered pages
    reader_by: str = ""
    seconds: float = 0.0

    def cer(self, which: str) -> float | None:
        value = getattr(self, which)
        return None if value is None else value / max(self.chars, 1)


def bare_rapidocr() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def bare_ocr_text(ocr: Any, image: Any) -> str:
    result, _elapse = ocr(image)
    return "\n".join(str(text) for _box, text, _score in result or [])


def read_bare(path: Path, ocr: Any, dpi: int) -> tuple[str, str | None]:
    """The bare reading (and, for PDFs, bare OCR of the rendered pages)."""
    if path.suffix.lower() != ".pdf":
        return bare_ocr_text(ocr, str(path)), None
    import numpy as np
    import pymupdf

    texts, ocr_texts = [], []
    with pymupdf.open(path) as doc:
        for page in doc:
            texts.append(page.get_text())
            pix = page.get_pixmap(dpi=dpi, alpha=False)
            rgb = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3)
            ocr_texts.append(bare_ocr_text(ocr, np.ascontiguousarray(rgb[:, :, ::-1])))
    return "\n".join(texts), "\n".join(ocr_texts)


def read_credcheck(path: Path, engine: Any) -> tuple[str, str]:
    from pipeline.read import read_file

    doc = read_file(path, engine=engine)
    by = sorted({p.read_by.split(":")[0] + ("+ocr" if p.recognised and p.read_by == "text_layer"
                                               else "") for p in doc.pages})
    return doc.text, ",".join(by)


def run(data: Path | None = None, files: list[str] | None = None) -> list[Row]:
    """Score every file of the manifest (or those named)."""
    from pipeline.read import get_engine
    from pipeline.read.images import DEFAULT_OCR_DPI

    folder = real_ocr_dir(data)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    ocr, engine = bare_rapidocr(), get_engine("rapidocr")
    rows = []
    for item in manifest["items"]:
        if files and item["file"] not in files:
            continue
        path = folder / item["file"]
        truth = (folder / (path.stem + ".gt.txt")).read_text(encoding="utf-8").splitlines()
        coverage, casefold = item["coverage"], bool(item.get("casefold"))
        bare, bare_ocr = read_bare(path, ocr, DEFAULT_OCR_DPI)
        t = time.perf_counter()
        found, by = read_credcheck(path, engine)
        seconds = time.perf_counter() - t
        d_bare, n = score(truth, bare, coverage, casefold)
        d_read, _n = score(truth, found, coverage, casefold)
        d_ocr = score(truth, bare_ocr, coverage, casefold)[0] if bare_ocr is not None else None
        rows.append(Row(item["file"], coverage, bool(item.get("real", True)), n, d_bare, d_read,
                        d_ocr, by, round(seconds, 2)))
    return rows


def totals(rows: list[Row]) -> dict[str, float]:
    real = [r for r in rows if r.real]
    chars = sum(r.chars for r in real) or 1
    bare = sum(r.bare for r in real) / chars
    reader = sum(r.reader for r in real) / chars
    return {"files": len(real), "chars": chars, "bare_cer": bare, "reader_cer": reader,
            "ratio": reader / bare if bare else (1.0 if reader == 0 else float("inf"))}


def table(rows: list[Row]) -> str:
    def pct(v: float | None) -> str:
        return "-" if v is None else f"{v:.2%}"

    head = (f"{'file':<42} {'cover':<7} {'chars':>5} {'bare':>8} {'bareOCR':>8} {'reader':>8} "
            f"{'delta':>8}  read by")
    out = [head]
    for r in rows:
        delta = r.cer("reader") - r.cer("bare")  # type: ignore[operator]
        name = r.file if r.real else f"({r.file})"
        out.append(f"{name:<42} {r.coverage:<7} {r.chars:>5} {pct(r.cer('bare')):>8} "
                   f"{pct(r.cer('bare_ocr')):>8} {pct(r.cer('reader')):>8} {delta:>+8.2%}  "
                   f"{r.reader_by}")
    t = totals(rows)
    out.append(f"{'total over real files (' + str(t['files']) + ')':<50} {t['chars']:>5} "
               f"{t['bare_cer']:>8.2%} {'':>8} {t['reader_cer']:>8.2%} "
               f"{t['reader_cer'] - t['bare_cer']:>+8.2%}")
    out.append(f"reader/bare CER ratio: {t['ratio']:.3f}")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help=f"shared data folder (default ${ENV_DATA} or "
                                              "shared/data beside the checkout)")
    ap.add_argument("--file", action="append", help="only this manifest file (repeatable)")
    ap.add_argument("--json", type=Path, help="write the rows and totals here")
    args = ap.parse_args()
    folder = real_ocr_dir(args.data)
    if not (folder / "manifest.json").is_file():
        raise SystemExit(f"no real_ocr/manifest.json under {folder.parent}: set ${ENV_DATA}")
    rows = run(args.data, args.file)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps({"rows": [asdict(r) for r in rows], "totals": totals(rows)},
                                        ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
