"""Seals: detection confusion, and how well fields under seals are read with and without the
second recognition pass (pipeline.read.seals.reread_under_seals).

    PYTHONPATH=. python bench/bench_seals.py detect            # drawn pages + sample window
    PYTHONPATH=. python bench/bench_seals.py fields [--kinds appointment_letter,diploma]
                                                    [--limit N] [--threads 2]

`detect`: every drawn page of tests/seal_pages.py through measure() and SEAL_MISSING (needs the
WenQuanYi font), then the sample window's appointment letters and contracts as uploaded and
converted to grayscale (as a grayscale scan would show them).

`fields`: the sample window's sealed documents that are read by OCR (scans and photos), each
read twice with the same recognitions of the whole page (a memo engine): without and with the
seal pass. The kind's extractor runs on both, and its fields are compared with truth.json
(whitespace and case ignored, as `credcheck evaluate` does). Prints per-field accuracy before
and after, for the fields printed under the seal and for all fields.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.model import DocumentKind
from pipeline.read import read_file
from pipeline.read.engines import get_engine

WINDOW = ROOT / "data" / "samples" / "liuzhou-2024"
#: Fields printed where the seal is stamped (the unit's name and the date, the school).
UNDER_SEAL = {
    "appointment_letter": ("unit", "issued_on"),
    "contract": ("unit", "credit_code"),
    "diploma": ("school",),
    "degree": ("school", "award_date"),
}


def _same(a: str, b: str) -> bool:
    return "".join(str(a).split()).upper() == "".join(str(b).split()).upper()


class Memo:
    """An engine that recognises each distinct image once (both readings share pass one)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.name = inner, inner.name
        self.memo: dict[tuple[str, str], Any] = {}
        self.calls = 0

    def identity(self) -> str:
        return self.inner.identity()

    def _key(self, what: str, image: Any) -> tuple[str, str]:
        rgb = image.convert("RGB")
        return what, hashlib.sha1(rgb.tobytes() + repr(rgb.size).encode()).hexdigest()

    def recognize(self, image: Any) -> Any:
        key = self._key("rec", image)
        if key not in self.memo:
            self.calls += 1
            self.memo[key] = self.inner.recognize(image)
        return self.memo[key]

    def orientation(self, image: Any) -> Any:
        key = self._key("orient", image)
        if key not in self.memo:
            fn = getattr(self.inner, "orientation", None)
            self.memo[key] = fn(image) if fn else None
        return self.memo[key]


def detect() -> None:
    import pymupdf
    from PIL import Image

    from pipeline.checks import seal_missing
    from pipeline.read import images
    from pipeline.read.quality import measure
    from tests.factories import case, context, form
    from tests.seal_pages import CASES, letter

    def flagged(q: Any) -> bool:
        from pipeline.model import Page, ReadDocument

        doc = ReadDocument("聘书.pdf", "0" * 64, (Page(1, 595.0, 842.0, (), "ocr:bench", q),))
        made = case(form(), documents={"聘书.pdf": doc},
                    detected_kinds={"聘书.pdf": "appointment_letter"})
        return bool(list(seal_missing.check(made, context([]))))

    def report(title: str, rows: list[tuple[str, bool, Any]]) -> None:
        cells: dict[tuple[bool, bool], int] = defaultdict(int)
        for name, sealed, q in rows:
            found = not flagged(q)
            cells[sealed, found] += 1
            if found != sealed:
                print(f"  WRONG {name}: {q}")
        print(f"{title}: {len(rows)} pages; sealed: found {cells[True, True]}, missed "
              f"{cells[True, False]}; unsealed: flagged {cells[False, False]}, taken for sealed "
              f"{cells[False, True]}")
        rings = [q.seal_ring for _n, s, q in rows if not s and q.seal_ring is not None]
        if rings:
            print(f"  unsealed pages: red ratio max "
                  f"{max(q.red_seal_ratio for _n, s, q in rows if not s):.4f}, "
                  f"ring max {max(rings):.3f}")
        # a page whose red seal was found has no ring measured (seal_ring None)
        sealed_rings = [q.seal_ring for _n, s, q in rows if s and q.seal_ring is not None]
        if sealed_rings:
            print(f"  sealed pages: ring min {min(sealed_rings):.3f}")

    report("drawn pages", [(c.name, c.sealed, measure(letter(c))) for c in CASES])
    truth = json.loads((WINDOW / "truth.json").read_text(encoding="utf-8"))
    colour, gray = [], []
    for key, doc in sorted(truth["documents"].items()):
        if doc["kind"] not in ("appointment_letter", "contract") or not doc.get("on_disk"):
            continue
        app, _, file = key.partition("/")
        path = WINDOW / "applicants" / app / file
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as pdf:
                dpi = (images.QUALITY_DPI if doc["render"] == "born_digital"
                       else images.DEFAULT_OCR_DPI)
                pages = [images.render_page(p, dpi, 10**8)[0] for p in pdf]
        else:
            pages = [Image.open(path).convert("RGB")]
        sealed = bool(doc.get("seal"))
        # a document is sealed when any page is; judge its best page
        qs = [measure(p) for p in pages]
        colour.append((key, sealed, max(qs, key=lambda q: (q.red_seal_ratio, q.seal_ring or 0))))
        gs = [measure(p.convert("L").convert("RGB")) for p in pages]
        gray.append((key + " [gray]", sealed, max(gs, key=lambda q: q.seal_ring or 0)))
    report("sample window letters and contracts, as uploaded", colour)
    report("sample window letters and contracts, in grayscale", gray)


def fields(kinds: list[str], limit: int | None, threads: int) -> None:
    import extractors

    truth = json.loads((WINDOW / "truth.json").read_text(encoding="utf-8"))
    engine = Memo(get_engine("rapidocr", threads=threads))
    score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # before, after, n
    taken: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    for key, doc in sorted(truth["documents"].items()):
        kind = doc["kind"]
        if kind not in kinds or not doc.get("seal") or not doc.get("on_disk"):
            continue
        if doc["render"] in ("born_digital", "tampered_incremental", "corrupt", "missing"):
            continue  # read from the text layer: nothing under the seal to recognise
        if limit is not None and taken[kind] >= limit:
            continue
        taken[kind] += 1
        app, _, file = key.partition("/")
        path = WINDOW / "applicants" / app / file
        module = extractors.BY_KIND[DocumentKind(kind)]
        got = []
        for seal_pass in (False, True):
            read = read_file(path, engine=engine, name=key, seal_pass=seal_pass)
            extraction = module.extract(read)
            got.append({f.name: f.value for f in extraction.fields})
        for name, value in (doc.get("fields") or {}).items():
            if name == "rows" or value in (None, ""):
                continue
            cell = score[kind, name]
            cell[0] += _same(got[0].get(name, ""), value)
            cell[1] += _same(got[1].get(name, ""), value)
            cell[2] += 1
            if not _same(got[0].get(name, ""), value) or not _same(got[1].get(name, ""), value):
                print(f"  {key} {name}: truth {value!r} before {got[0].get(name)!r} "
                      f"after {got[1].get(name)!r}", flush=True)
    seconds = time.perf_counter() - started
    print(f"\n{sum(taken.values())} documents ({dict(taken)}), {engine.calls} recognitions, "
          f"{seconds:.0f} s")
    print(f"{'kind':20s} {'field':12s} {'n':>4s} {'before':>8s} {'after':>8s}")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (kind, name), (before, after, n) in sorted(score.items()):
        under = name in UNDER_SEAL.get(kind, ())
        print(f"{kind:20s} {name:12s} {n:4d} {before / n:8.1%} {after / n:8.1%}"
              f"{'  under the seal' if under else ''}")
        for group in ("all", "under the seal" if under else "elsewhere"):
            t = totals[group]
            t[0], t[1], t[2] = t[0] + before, t[1] + after, t[2] + n
    for group, (before, after, n) in totals.items():
        print(f"{group:33s} {n:4d} {before / n:8.1%} {after / n:8.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("detect", "fields"))
    parser.add_argument("--kinds", default="appointment_letter,contract,diploma,degree")
    parser.add_argument("--limit", type=int, default=None, help="documents per kind")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if args.what == "detect":
        detect()
    else:
        fields(args.kinds.split(","), args.limit, args.threads)


if __name__ == "__main__":
    main()
