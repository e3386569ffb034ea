"""Real files: credcheck's reader is at least as accurate as the bare engine on real Chinese
images and PDFs from public OCR/PDF test suites (bench/bench_real_ocr.py, which says how
they are scored). The files are others' and are read in place from the shared data folder
($CREDCHECK_SHARED_DATA, else shared/data beside the checkout); without it these tests skip.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.005  # a file's reader CER may exceed the bare engine's by half a point

# Files where the reader is known to read worse than the bare engine, and why. Strict xfail:
# when the reader is fixed the test says so.
KNOWN_WORSE = {
    "rapidocr_text_vertical_words.png": (
        "vertical writing: the orientation step takes the columns for lines of a sideways page "
        "and turns the page 270 degrees; the recogniser then reads 見 as 见 (the bare engine "
        "turns each column crop instead and reads it right)"),
}


def _bench() -> Any:
    path = ROOT / "bench" / "bench_real_ocr.py"
    spec = importlib.util.spec_from_file_location("bench_real_ocr", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_real_ocr", module)
    spec.loader.exec_module(module)
    return module


bench = _bench()
FOLDER = bench.real_ocr_dir()
needs_data = pytest.mark.skipif(
    not (FOLDER / "manifest.json").is_file(),
    reason=f"no real_ocr/manifest.json in the shared data folder ({FOLDER.parent}); "
           f"set {bench.ENV_DATA}")


def _manifest_files() -> list[str]:
    import json

    try:
        items = json.loads((FOLDER / "manifest.json").read_text(encoding="utf-8"))["items"]
    except OSError:
        return []
    return [item["file"] for item in items]


@pytest.fixture(scope="module")
def rows() -> dict[str, Any]:
    return {r.file: r for r in bench.run()}


@needs_data
def test_reader_is_at_least_as_accurate_as_the_bare_engine_in_total(rows: dict[str, Any]) -> None:
    t = bench.totals(list(rows.values()))
    assert t["files"] >= 10
    assert t["reader_cer"] <= t["bare_cer"], bench.table(list(rows.values()))


@needs_data
@pytest.mark.parametrize("file", [
    pytest.param(f, marks=pytest.mark.xfail(reason=KNOWN_WORSE[f], strict=True))
    if f in KNOWN_WORSE else f
    for f in _manifest_files()
])
def test_reader_is_not_worse_on_any_file(rows: dict[str, Any], file: str) -> None:
    row = rows[file]
    assert row.cer("reader") <= row.cer("bare") + TOLERANCE, bench.table([row])


@needs_data
def test_lost_name_in_a_gbk_text_layer_is_read() -> None:
    """pdfminer issue 566: the layer gives the buyer's name as U+FFFD; OCR reads 黎荣."""
    from pipeline.read import get_engine, read_file

    path = FOLDER / "pdfminer_issue_566_test_1.pdf"
    doc = read_file(path, engine=get_engine("rapidocr"))
    [page] = doc.pages
    assert "\ufffd" not in page.text and "黎荣" in page.text
    assert page.read_by == "text_layer" and doc.text_source == "ocr"
    assert any(w.source and w.source.startswith("ocr:") and "黎荣" in w.text for w in page.words)
