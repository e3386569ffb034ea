"""Evidence images cut the region the reader read a word from, however the reader had turned
the page: photos turned and deskewed before OCR, scanned PDF pages with /Rotate, text-layer
pages with /Rotate, ZIP members.

The uploads are synthetic: black bars stand for text lines (so the real deskew finds the
tilt) and one red block is the "word". A marker-finding engine, plugged in through the real
OCR seam, reports the red block's box on the page image the reader hands it, and says how far
to turn the page (as PP-OCR's classifier does). Each test then reads the upload with the real
reader, cuts the evidence with the report code, and checks that the box lands on red pixels.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw

from pipeline.model import ApplicantResult, BBox, Evidence, Flag, PageView, Severity
from pipeline.read import read_file, read_upload
from pipeline.read.engines.base import OcrWord
from pipeline.read.engines.null_engine import NullEngine
from pipeline.report.evidence import Uploads, cut_evidence, highlight_crop, to_pixels, upright


class MarkerEngine:
    """Finds the red block as one word; tells the reader to turn pages by `turn` degrees."""

    name = "marker"

    def __init__(self, turn: int = 0) -> None:
        self.turn = turn

    def identity(self) -> str:
        return f"marker {self.turn}"

    def orientation(self, image: Image.Image) -> tuple[int, float]:
        return self.turn, 1.0

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        rgb = np.asarray(image.convert("RGB")).astype(int)
        red = (rgb[..., 0] > 180) & (rgb[..., 1] < 90) & (rgb[..., 2] < 90)
        ys, xs = np.nonzero(red)
        if len(xs) == 0:
            return []
        return [OcrWord("证书编号", (float(xs.min()), float(ys.min()), float(xs.max() + 1),
                                     float(ys.max() + 1)), 0.99)]


def document_image(tilt: float = 0.0) -> Image.Image:
    """An upright 'page': text-line bars and a red block at a known place, optionally tilted."""
    image = Image.new("RGB", (900, 1200), "white")
    draw = ImageDraw.Draw(image)
    for top in range(120, 1100, 48):
        draw.rectangle((90, top, 810, top + 16), fill="black")
    draw.rectangle((520, 400, 700, 440), fill=(230, 20, 20))
    if tilt:
        image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True,
                             fillcolor="white")
    return image


def red_share(image: Image.Image, box: tuple[float, float, float, float]) -> float:
    x0, y0, x1, y1 = (round(v) for v in box)
    rgb = np.asarray(image.convert("RGB").crop((x0, y0, x1, y1))).astype(int)
    red = (rgb[..., 0] > 150) & (rgb[..., 1] < 110) & (rgb[..., 2] < 110)
    return float(red.mean())


def only_view(doc) -> tuple[PageView, BBox]:
    (page,) = doc.pages
    (word,) = page.words
    return PageView.of(doc.file, page), word.bbox


def assert_box_on_marker(folder: Path, view: PageView, box: BBox) -> None:
    with Uploads(folder) as uploads:
        image = uploads.page_image(view)
    assert red_share(image, to_pixels(box, view, image)) > 0.6
    crop = highlight_crop(image, view, box)
    frame = np.asarray(crop).astype(int)
    # the red frame
    assert ((frame[..., 0] > 200) & (frame[..., 1] < 30) & (frame[..., 2] < 30)).sum() > 100


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_photo_turned_and_deskewed_by_the_reader(tmp_path, turn):
    # The photo is stored turned so that the reader must turn it `turn` degrees clockwise.
    stored = document_image(tilt=-4.0).rotate(turn, expand=True)  # PIL rotates counter-clockwise
    stored.save(tmp_path / "证书.png")
    doc = read_file(tmp_path / "证书.png", engine=MarkerEngine(turn))
    view, box = only_view(doc)
    assert view.rotation == turn and view.skew != 0.0, "the test must exercise turn and deskew"
    assert_box_on_marker(tmp_path, view, box)


def test_scanned_pdf_page_with_rotate_and_a_turn(tmp_path):
    scan = io.BytesIO()
    document_image(tilt=3.0).save(scan, format="PNG")
    pdf = pymupdf.open()
    page = pdf.new_page(width=450, height=600)
    page.insert_image(page.rect, stream=scan.getvalue())
    page.set_rotation(90)
    pdf.save(tmp_path / "扫描件.pdf")
    # /Rotate 90 makes the rendered page sideways; the engine says a further 270 turns it upright.
    doc = read_file(tmp_path / "扫描件.pdf", engine=MarkerEngine(270))
    view, box = only_view(doc)
    assert view.read_by.startswith("ocr") and view.rotation == 270
    assert_box_on_marker(tmp_path, view, box)


def test_text_layer_page_with_rotate(tmp_path):
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    page.insert_text((60, 120), "CERTIFICATE NUMBER 2024-0001", fontsize=14)
    page.insert_text((300, 400), "REDWORD REDWORD", fontsize=24, color=(0.9, 0.05, 0.05))
    page.set_rotation(90)
    pdf.save(tmp_path / "聘书.pdf")
    doc = read_file(tmp_path / "聘书.pdf", engine=NullEngine())
    (page_read,) = doc.pages
    assert page_read.read_by == "text_layer" and page_read.rotation == 90
    word = next(w for w in page_read.words if "REDWORD" in w.text)
    view = PageView.of(doc.file, page_read)
    with Uploads(tmp_path) as uploads:
        image = uploads.page_image(view)
    assert image.width > image.height  # displayed sideways, as the text layer boxes are
    assert red_share(image, to_pixels(word.bbox, view, image)) > 0.08  # strokes of red glyphs
    other = next(w for w in page_read.words if "CERTIFICATE" in w.text)
    assert red_share(image, to_pixels(other.bbox, view, image)) == 0.0


def test_zip_member_is_unpacked_to_cut_evidence(tmp_path):
    stored = document_image().rotate(90, expand=True)
    buffer = io.BytesIO()
    stored.save(buffer, format="PNG")
    with zipfile.ZipFile(tmp_path / "材料.zip", "w") as archive:
        archive.writestr("证书/扫描.png", buffer.getvalue())
    (doc,) = read_upload(tmp_path / "材料.zip", engine=MarkerEngine(90))
    assert doc.file == "材料.zip/证书/扫描.png"
    view, box = only_view(doc)
    assert_box_on_marker(tmp_path, view, box)


def test_cut_evidence_writes_pngs_and_explains_what_it_cannot_cut(tmp_path):
    document_image().save(tmp_path / "证书.png")
    doc = read_file(tmp_path / "证书.png", engine=MarkerEngine(0))
    view, box = only_view(doc)
    boxed = Evidence("证书.png", 1, box, "证书编号", "ocr", 0.99)
    whole = Evidence("证书.png", 1, None, "红章占比 0.0001", "metadata")
    gone = Evidence("已删除.pdf", 1, BBox(0, 0, 10, 10), "x", "ocr", 0.9)
    declared = Evidence.declared("id_number", "4502**********1234")
    flag = Flag("SEAL_MISSING", Severity.MEDIUM, "A1", "未见公章",
                evidence=(boxed, whole, gone, declared))
    result = ApplicantResult("A1", "张伟", "某单位", "某局", "中级", flags=(flag,),
                             pages=(view, PageView("已删除.pdf", 1, 595, 842, "text_layer")))
    reports = tmp_path / "reports"
    stale = reports / "evidence" / "A1" / "9.png"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    cut = cut_evidence(result, tmp_path, reports)
    assert not stale.exists()
    assert set(cut) == {boxed, whole, gone}  # declared values have no page to show
    assert cut[gone] == "无法重新打开该文件截图"
    for evidence, highlighted in ((boxed, True), (whole, False)):
        image = cut[evidence]
        assert image.highlighted is highlighted
        written = Image.open(reports / image.src)
        assert written.format == "PNG" and written.size == (image.width, image.height)
        assert (reports / image.src).stat().st_mode & 0o077 == 0
    assert cut[whole].width == 640  # the whole page, reduced


def test_upright_leaves_text_layer_pages_as_rendered():
    image = document_image()
    view = PageView("a.pdf", 1, 450, 600, "text_layer", rotation=90, skew=0.0)
    assert upright(image, view) is image
