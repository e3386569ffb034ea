"""Limits that keep a worker alive: OCR slots per process, a time limit per document, one page
image in memory at a time. Engines here are slow stand-ins entering through the engine seam;
the limits, the reader and the screening around them are the real code."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from pipeline.errors import DocumentUnreadable
from pipeline.ingest.window import ApplicantFolder
from pipeline.read import ReadLimits, read_file, read_upload
from pipeline.read.engines import ENGINES
from pipeline.read.engines.base import OcrWord
from pipeline.read.safe_open import iter_image_frames
from pipeline.read.slots import configured
from pipeline.screen import ScreenOptions, read_applicant

ROOT = Path(__file__).resolve().parents[1]


class Sleepy:
    """Takes `delay` seconds a page and records how many pages it has in hand at once."""

    name = "sleepy"
    delay = 0.15
    lock = threading.Lock()
    busy = 0
    most = 0

    def __init__(self, **options: object) -> None:
        del options

    @classmethod
    def identity_for(cls, **options: object) -> str:
        return "sleepy 1"

    def identity(self) -> str:
        return self.identity_for()

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        cls = type(self)
        with cls.lock:
            cls.busy += 1
            cls.most = max(cls.most, cls.busy)
        try:
            time.sleep(cls.delay)
        finally:
            with cls.lock:
                cls.busy -= 1
        return [OcrWord("识别结果", (1.0, 1.0, 50.0, 20.0), 0.9)]

    @classmethod
    def reset(cls) -> None:
        cls.busy = cls.most = 0


def tiff(path: Path, pages: int, size: tuple[int, int] = (240, 120)) -> Path:
    frames = [Image.new("RGB", size, "white") for _ in range(pages)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_lzw")
    return path


def read_in_threads(paths: list[Path], **kwargs: object) -> dict[str, object]:
    """Read each file on its own thread; file name -> ReadDocument or DocumentUnreadable."""
    out: dict[str, object] = {}

    def one(path: Path) -> None:
        try:
            out[path.name] = read_file(path, engine=Sleepy(), deskew=False, **kwargs)  # type: ignore[arg-type]
        except DocumentUnreadable as error:
            out[path.name] = error

    threads = [threading.Thread(target=one, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


# -- OCR slots ------------------------------------------------------------------------------------
@pytest.mark.slow  # waits on purpose (seconds of simulated OCR)
@pytest.mark.parametrize("slots", [1, 2])
def test_ocr_slots_cap_pages_in_recognition_at_once(tmp_path: Path, slots: int) -> None:
    Sleepy.reset()
    paths = [tiff(tmp_path / f"d{i}.tif", 2) for i in range(5)]
    results = read_in_threads(paths, ocr_slots=slots, limits=ReadLimits(max_seconds=None))
    assert all(not isinstance(r, DocumentUnreadable) for r in results.values())
    assert Sleepy.most == slots  # five threads wanted more


def test_slot_count_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREDCHECK_OCR_SLOTS", "3")
    assert configured() == 3 and configured(2) == 2
    monkeypatch.setenv("CREDCHECK_OCR_SLOTS", "many")
    assert configured() == 1
    monkeypatch.delenv("CREDCHECK_OCR_SLOTS")
    assert configured() == 1 and configured(0) == 1


# -- the time limit per document -----------------------------------------------------------------
@pytest.mark.slow  # waits on purpose (seconds of simulated OCR)
def test_document_over_its_time_limit_is_given_up_between_pages(tmp_path: Path) -> None:
    path = tiff(tmp_path / "长文件.tif", 8)
    with pytest.raises(DocumentUnreadable) as caught:
        read_file(path, engine=Sleepy(), deskew=False, limits=ReadLimits(max_seconds=0.4))
    assert caught.value.file == "长文件.tif"
    reason = caught.value.reason
    assert "time limit of 0.4 s per document" in reason and "of 8 page" not in reason
    stopped_after = int(reason.split("after ")[1].split(" ")[0])
    assert 1 <= stopped_after < 8
    # no limit: the same file reads
    assert len(read_file(path, engine=Sleepy(), deskew=False,
                         limits=ReadLimits(max_seconds=None)).pages) == 8


def test_pdf_time_limit_names_the_page_count(tmp_path: Path) -> None:
    import pymupdf

    doc = pymupdf.open()
    for _ in range(6):  # image-only pages: every one goes to OCR
        page = doc.new_page(width=200, height=100)
        page.draw_rect(page.rect, color=(0, 0, 0), fill=(0.8, 0.8, 0.8))
    doc.save(tmp_path / "扫描件.pdf")
    with pytest.raises(DocumentUnreadable, match=r"reading stopped after \d of 6 page\(s\)"):
        read_file(tmp_path / "扫描件.pdf", engine=Sleepy(), deskew=False,
                  limits=ReadLimits(max_seconds=0.3))


@pytest.mark.slow  # waits on purpose (seconds of simulated OCR)
def test_waiting_for_an_ocr_slot_does_not_count_against_the_limit(tmp_path: Path) -> None:
    """Four 3-page documents share one slot: each waits about as long as it works, and the
    last finishes well after its limit in wall time, but none is over it in work time."""
    Sleepy.reset()
    paths = [tiff(tmp_path / f"w{i}.tif", 3) for i in range(4)]
    started = time.perf_counter()
    results = read_in_threads(paths, ocr_slots=1, limits=ReadLimits(max_seconds=1.5))
    wall = time.perf_counter() - started
    assert wall > 1.5  # the limit would have been hit had waiting counted
    assert ({k: type(v).__name__ for k, v in results.items()}
            == {p.name: "ReadDocument" for p in paths})


def test_one_slow_document_does_not_stop_the_applicants_other_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(ENGINES, "sleepy", "tests.test_limits:Sleepy")
    folder = tmp_path / "A1"
    folder.mkdir()
    tiff(folder / "slow.tif", 10)
    tiff(folder / "quick.tif", 1)
    applicant = ApplicantFolder("A1", folder, None, files=["quick.tif", "slow.tif"])
    options = ScreenOptions(engine="sleepy", limits=ReadLimits(max_seconds=0.5))
    read = read_applicant(applicant, options)
    assert set(read.documents) == {"quick.tif"}
    assert "time limit" in read.unreadable["slow.tif"]


# -- memory: one frame at a time -------------------------------------------------------------------
def test_every_frame_is_checked_before_the_first_is_decoded(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (100, 100), "white"), Image.new("RGB", (100, 100), "white"),
              Image.new("RGB", (400, 400), "white")]
    frames[0].save(tmp_path / "bomb-last.tif", save_all=True, append_images=frames[1:])
    pages = iter_image_frames(tmp_path / "bomb-last.tif", "bomb-last.tif",
                              ReadLimits(max_image_pixels=50_000))
    with pytest.raises(DocumentUnreadable, match="too large to decode"):
        next(pages)


_MEASURE = """
import json, resource, sys
from pathlib import Path
from pipeline.read import read_file, ReadLimits
from pipeline.read.engines import get_engine
def read(name):
    return read_file(Path(name), engine=get_engine("none"), deskew=False, limits=ReadLimits(max_seconds=None))
read(sys.argv[2])  # imports and first allocations happen here, outside the measurement
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
doc = read(sys.argv[1])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"pages": len(doc.pages), "grew_kib": after - before}))
"""  # noqa: E501 (a program run by `python -c`: kept as it runs)


@pytest.mark.slow  # decodes a long TIFF in a new process
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB is Linux's")
def test_a_long_tiff_costs_about_one_page_of_memory(tmp_path: Path) -> None:
    """24 frames of 2000x2000 RGB are 288 MB decoded; reading holds one (12 MB) plus copies."""
    path = tiff(tmp_path / "long.tif", 24, size=(2000, 2000))
    one = tiff(tmp_path / "one.tif", 1, size=(2000, 2000))
    run = subprocess.run([sys.executable, "-c", _MEASURE, str(path), str(one)],
                         capture_output=True, text=True,
                         cwd=ROOT, check=True)
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["pages"] == 24
    assert found["grew_kib"] < 100 * 1024, found  # decoding every frame first grew ~370 MB


# -- archives get their work folder ----------------------------------------------------------------
def test_zip_upload_creates_its_work_folder(tmp_path: Path) -> None:
    import zipfile

    tiff(tmp_path / "page.tif", 1)
    with zipfile.ZipFile(tmp_path / "材料.zip", "w") as z:
        z.write(tmp_path / "page.tif", "page.tif")
    work = tmp_path / "out" / ".work"  # what the flow passes; nothing else creates it
    [doc] = read_upload(tmp_path / "材料.zip", engine=Sleepy(), workdir=work)
    assert not isinstance(doc, DocumentUnreadable) and doc.file == "材料.zip/page.tif"


def test_pdf_streams_are_inflated_only_when_their_bound_could_pass_a_limit(tmp_path, monkeypatch):
    """Deflate inflates a byte to at most 1,032: streams whose compressed sizes times that stay
    within the limits are not inflated at all; otherwise each is inflated and measured, so a
    stream over the bound but under the limit passes and one over the limit is refused."""
    import zlib

    import pymupdf

    from pipeline.read import safe_open

    text = "".join(f"第{i}行 专业技术职务聘任 {i * 7919 % 10007}\n" for i in range(400))
    doc = pymupdf.open()
    doc.new_page().insert_text((36, 36), text, fontname="china-s", fontsize=6)
    doc.save(tmp_path / "letter.pdf", deflate=True)
    doc = pymupdf.open(tmp_path / "letter.pdf")
    streams = [(len(doc.xref_stream_raw(x)), len(zlib.decompress(doc.xref_stream_raw(x))))
               for x in range(1, doc.xref_length()) if doc.xref_is_stream(x)
               and doc.xref_get_key(x, "Filter")[1] == "/FlateDecode"]
    raw = sum(r for r, _ in streams)
    largest = max(n for _, n in streams)
    calls = []
    real = safe_open._inflated_size
    monkeypatch.setattr(safe_open, "_inflated_size",
                        lambda *a, **k: calls.append(1) or real(*a, **k))

    roomy = ReadLimits(max_stream_bytes=raw * 1032, max_total_stream_bytes=raw * 1032)
    safe_open.check_pdf_streams(doc, "letter.pdf", roomy)
    assert calls == []  # proved by the bound alone

    tight = ReadLimits(max_stream_bytes=largest, max_total_stream_bytes=raw * 1032 - 1)
    safe_open.check_pdf_streams(doc, "letter.pdf", tight)
    assert len(calls) == len(streams)  # measured, and within the limit

    with pytest.raises(DocumentUnreadable, match="decompression bomb"):
        safe_open.check_pdf_streams(doc, "letter.pdf",
                                    ReadLimits(max_stream_bytes=largest - 1))


def test_pdf_streams_are_not_even_read_when_the_whole_file_inflated_stays_within(
        tmp_path, monkeypatch):
    """Every stream's raw bytes lie in the file: a file whose size times Deflate's ratio stays
    within the limits is passed without reading a stream; a larger one is judged stream by
    stream as before, and a bomb is still refused."""
    import pymupdf

    from pipeline.read import safe_open

    doc = pymupdf.open()
    doc.new_page().insert_text((36, 36), "聘任 2019 年\n" * 200, fontname="china-s")
    doc.save(tmp_path / "letter.pdf", deflate=True)
    size = (tmp_path / "letter.pdf").stat().st_size
    doc = pymupdf.open(tmp_path / "letter.pdf")
    reads = []
    real = pymupdf.Document.xref_stream_raw
    monkeypatch.setattr(pymupdf.Document, "xref_stream_raw",
                        lambda self, x: reads.append(x) or real(self, x))

    roomy = ReadLimits(max_stream_bytes=size * 1032, max_total_stream_bytes=size * 1032)
    safe_open.check_pdf_streams(doc, "letter.pdf", roomy, size)
    assert reads == []

    safe_open.check_pdf_streams(doc, "letter.pdf", roomy, size + 1)  # the bound fails
    assert reads  # so every Flate stream's compressed size is read

    with pytest.raises(DocumentUnreadable, match="decompression bomb"):
        safe_open.check_pdf_streams(doc, "letter.pdf", ReadLimits(max_stream_bytes=64), size)
