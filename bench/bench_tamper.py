"""Tamper forensics: false alarms per 1,000 clean pages, planted edits found, time per page.

    PYTHONPATH=. python bench/bench_tamper.py [--policy liuzhou-2024] [FOLDER ...]

Every PDF of the sample window (data/samples/liuzhou-2024, its truth.json says which uploads
carry a planted edit) and of the shared real files (`$CREDCHECK_SHARED_DATA/real_ocr`, else
../shared/data/real_ocr beside the checkout; read in place), or of the folders given. Each
page with a usable text layer goes through pipeline.forensics.text_edits; each file with
incremental updates through the reader's revision diff. A finding counts when its score
reaches the policy's threshold (span_style_min, text_cover_min, revision_pixel_change_min),
as DOC_TAMPERED counts it. Prints per method: clean pages with a finding (and per 1,000),
planted uploads found, and the forensics' milliseconds per page.
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
from pipeline.forensics import text_edits
from pipeline.read import _Reader, get_engine, text_layer
from pipeline.read.safe_open import ReadLimits, open_pdf

WINDOW = ROOT / "data" / "samples" / "liuzhou-2024"


def shared_real() -> Path:
    base = Path(os.environ.get("CREDCHECK_SHARED_DATA") or ROOT.parent / "shared" / "data")
    return base / "real_ocr"


def planted() -> set[str]:
    truth = WINDOW / "truth.json"
    if not truth.exists():
        return set()
    docs = json.loads(truth.read_text(encoding="utf-8"))["documents"]
    return {str(WINDOW / "applicants" / k) for k, v in docs.items()
            if v.get("render") in ("tampered_incremental", "photoshop_pdf")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--policy", default="liuzhou-2024")
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    limits = policies.load(args.policy).thresholds
    cut = {"span_style": limits.span_style_min.value, "white_box": limits.text_cover_min.value,
           "image_over_text": limits.text_cover_min.value, "revision_diff": limits.revision_pixel_change_min.value}
    folders = args.folders or [WINDOW, shared_real()]
    files = sorted(p for f in folders if f.exists() for p in f.rglob("*.pdf"))
    bad = planted()
    pages = text_pages = 0
    clean_hits: Counter[str] = Counter()
    found: dict[str, set[str]] = {}
    spent = 0.0
    for path in files:
        try:
            doc = open_pdf(path, path.name, ReadLimits())
        except Exception as error:  # noqa: BLE001 - unreadable uploads are another rule's
            print(f"skip {path.name}: {error}")
            continue
        hits: set[str] = set()
        with doc:
            t0 = time.perf_counter()
            for index in range(doc.page_count):
                page = doc.load_page(index)
                pages += 1
                if not text_layer.extract(page).usable()[0]:
                    continue
                text_pages += 1
                methods = {f.method for f in text_edits.analyse(page, index + 1) if f.score >= cut[f.method]}
                hits |= methods
                if str(path) not in bad:
                    clean_hits.update(methods)
            if doc.version_count > 1:
                reader = _Reader(get_engine("none"), None, "", 200, True, ReadLimits(), path.name, None, True)
                for rev in reader.pdf_revisions(path, path.name, doc):
                    if rev.error or any(f.visible and f.score >= cut["revision_diff"] for f in rev.findings):
                        hits.add("revision_diff")
                        if str(path) not in bad:
                            clean_hits["revision_diff"] += 1
            spent += time.perf_counter() - t0
        if str(path) in bad:
            found[str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)] = hits
    clean_pages = text_pages - sum(1 for p in bad if Path(p).exists())
    print(f"{len(files)} PDFs, {pages} pages, {text_pages} with a text layer judged; "
          f"forensics {1000 * spent / max(pages, 1):.1f} ms/page")
    for method in cut:
        n = clean_hits[method]
        print(f"  {method:16s} clean pages with a finding: {n} ({1000 * n / max(clean_pages, 1):.2f} per 1,000)")
    for name, hits in sorted(found.items()):
        print(f"  planted {name}: {', '.join(sorted(hits)) or 'none of these methods (a scan: the producer rule flags it)'}")


if __name__ == "__main__":
    main()
