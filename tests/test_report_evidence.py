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


# -- signs of editing: the earlier revision beside the page, heat maps and outlines -----------

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "liuzhou-2024" / "applicants"
PHOTO = SAMPLE / "LZ2024-0001" / "毕业证.jpg"  # a clean phone photo of a diploma (JPEG q72)
OTHER = SAMPLE / "LZ2024-0002" / "毕业证.jpg"
needs_sample = pytest.mark.skipif(not PHOTO.exists(), reason="sample window not generated")


def tampered(folder: Path, name: str, engine=None) -> tuple[ApplicantResult, dict]:
    """Read upload `name` with the real reader, judge it with the real DOC_TAMPERED rule and
    cut its evidence: the result and what cut_evidence returned."""
    from pipeline.checks import doc_tampered
    from tests.factories import case, context, form

    doc = read_file(folder / name, engine=engine or NullEngine())
    flags = tuple(doc_tampered.check(case(form(), documents={doc.file: doc}), context()))
    result = ApplicantResult("A1", "张伟", "某单位", "某局", "中级", flags=flags,
                             pages=tuple(PageView.of(doc.file, p) for p in doc.pages))
    return result, cut_evidence(result, folder, folder / "reports")


def measured(result: ApplicantResult, method: str) -> list[Evidence]:
    return [e for f in result.flags for e in f.evidence
            if e.measure is not None and e.measure.method == method]


def pixels(cut: dict, evidence: Evidence, folder: Path) -> np.ndarray:
    return np.asarray(Image.open(folder / "reports" / cut[evidence].src).convert("RGB")).astype(int)


def frame_box(rgb: np.ndarray, colour: tuple[int, int, int]) -> tuple[int, int, int, int]:
    """The bounding box (x0, y0, x1, y1) of the pixels of one frame colour."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    mask = ((np.abs(r - colour[0]) < 25) & (np.abs(g - colour[1]) < 25)
            & (np.abs(b - colour[2]) < 25))
    ys, xs = np.nonzero(mask)
    assert len(xs) > 50, f"no frame of colour {colour}"
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


RED, BLUE = (220, 0, 0), (0, 90, 230)


def test_a_revision_diff_is_shown_beside_the_earlier_revision(tmp_path):
    from pipeline.report.applicant_page import applicant_page
    from pipeline.report.evidence import GAP, LABEL_HEIGHT, written_evidence
    from pipeline.serialize import flag_from_dict, flag_to_dict, result_from_json, result_to_json

    # the original certificate, then what a PDF editor does, saved as an incremental update:
    # the year whited out (a redaction) and another written over it
    path = tmp_path / "职称证书.pdf"
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 100), "证书编号 45022016147037", fontname="china-s", fontsize=12)
    page.insert_text((72, 130), "取得时间 2016年12月18日", fontname="china-s", fontsize=12)
    page.insert_text((72, 160), "专业技术资格 助理工程师", fontname="china-s", fontsize=12)
    pdf.save(path)
    pdf.close()
    pdf = pymupdf.open(path)
    rect = pdf[0].search_for("2016年")[0]
    pdf[0].add_redact_annot(rect, fill=(1, 1, 1))
    pdf[0].apply_redactions(images=0, graphics=0)
    pdf[0].insert_text((rect.x0, rect.y1 - 2.5), "2014年", fontname="china-ss", fontsize=11)
    pdf.save(path, incremental=True, encryption=0)
    pdf.close()

    result, cut = tampered(tmp_path, "职称证书.pdf")
    (evidence,) = measured(result, "revision_diff")
    m = evidence.measure
    assert (m.revision, m.end) == (1, path.stat().st_size) and 0 < m.start < m.end
    assert m.other_bbox is not None  # the old text's box on the earlier revision's page
    # what the report needs travels through the store with the flag; a row stored before
    # evidence carried a measure reads back without one
    assert result_from_json(result_to_json(result)) == result
    raw = flag_to_dict(result.flags[0])
    for item in raw["evidence"]:
        del item["measure"]
    assert [e.measure for e in flag_from_dict(raw).evidence] == [None] * len(raw["evidence"])

    image = cut[evidence]
    assert "修改前（第1版）" in image.legend and "revision_diff" in image.legend
    rgb = pixels(cut, evidence, tmp_path)
    # two sides of one size under a label bar, a gap between them
    side = (rgb.shape[1] - GAP) // 2
    assert rgb.shape[1] == 2 * side + GAP and side > 200
    left, right = rgb[LABEL_HEIGHT:, :side], rgb[LABEL_HEIGHT:, side + GAP:]
    assert left.shape == right.shape
    label_bar = (235, 235, 235)
    assert tuple(rgb[4, 4]) == label_bar and tuple(rgb[4, side + GAP + 4]) == label_bar
    assert (rgb[:, side + GAP // 2] == 150).all()  # the line between the two sides
    # the changed text is framed on both sides, at the same place (its box before and after)
    before, after = frame_box(left, RED), frame_box(right, RED)
    assert abs(before[0] - after[0]) <= 3 and abs(before[1] - after[1]) <= 3
    # the sides differ in the changed region (the earlier revision's "2016年" on the left, the
    # final "2014年" on the right) and nowhere off its line: the lines above and below are the
    # same (the redaction also took the "1" of "12月" and MuPDF set the rest of the line anew)
    differ = np.abs(left - right).sum(axis=2) > 60
    ys, _xs = np.nonzero(differ)
    assert len(ys) > 100, "the left side must be the earlier revision, not the final page again"
    y0, y1 = min(before[1], after[1]), max(before[3], after[3])
    assert ((ys >= y0) & (ys < y1)).all()
    # inside the frames (off their lines) the ink differs: other glyphs, not another frame
    ink_left, ink_right = (side[..., :3].sum(axis=2) < 300 for side in (left, right))
    inner = (slice(after[1] + 6, after[3] - 6), slice(after[0] + 6, after[2] - 6))
    assert (ink_left[inner] != ink_right[inner]).sum() > 50
    # the reviewer's page says what the image shows, also when written again from the store
    again = written_evidence(result, tmp_path / "reports")
    assert again[evidence].legend == image.legend
    assert image.legend in applicant_page(result, cut)


def test_an_earlier_revision_that_cannot_be_rendered_leaves_the_final_page_highlighted(tmp_path):
    from dataclasses import replace

    from pipeline.model import Measure

    document_image().save(tmp_path / "证书.png")
    doc = read_file(tmp_path / "证书.png", engine=MarkerEngine(0))
    view, box = only_view(doc)
    # an image is no PDF: its "first bytes" cannot be opened as an earlier revision
    evidence = Evidence("证书.png", 1, box, "第 1 次增量修改……", "text_layer",
                        measure=Measure("revision_diff", 1.0, None, 1, 10, 20))
    flag = Flag("DOC_TAMPERED", Severity.HIGH, "A1", "疑似篡改", evidence=(evidence,))
    result = ApplicantResult("A1", "张伟", "某单位", "某局", "中级", flags=(flag,), pages=(view,))
    image = cut_evidence(result, tmp_path, tmp_path / "reports")[evidence]
    assert "未能还原" in image.legend and image.highlighted
    plain = cut_evidence(replace(result, flags=(replace(flag, evidence=(
        replace(evidence, measure=None),)),)), tmp_path, tmp_path / "plain")
    assert image.width == next(iter(plain.values())).width  # the ordinary highlighted crop


def _violet(rgb: np.ndarray) -> np.ndarray:
    """Pixels the heat map tinted (violet laid over paper: blue well above green)."""
    return (rgb[..., 2] - rgb[..., 1] > 70) & (rgb[..., 0] - rgb[..., 1] > 40)


def _heat_on_box(cut: dict, evidence: Evidence, folder: Path) -> None:
    rgb = pixels(cut, evidence, folder)
    frame = frame_box(rgb, RED)
    ys, xs = np.nonzero(_violet(rgb))
    assert len(xs) > 500, "no heat map drawn"
    inside = (xs >= frame[0]) & (xs < frame[2]) & (ys >= frame[1]) & (ys < frame[3])
    assert inside.mean() > 0.6, "the heat map must lie on the finding's box"
    area = (frame[2] - frame[0]) * (frame[3] - frame[1])
    assert inside.sum() > 0.3 * area, "the heat map must cover the finding's box"


@needs_sample
@pytest.mark.parametrize("name", ["拼接.jpg", "扫描件.pdf"])
def test_a_pasted_patch_is_shown_as_a_jpeg_ghost_heat_map_on_its_box(tmp_path, name):
    with Image.open(PHOTO) as a, Image.open(OTHER) as b:
        buffer = io.BytesIO()
        b.convert("RGB").save(buffer, "JPEG", quality=50)
        patch = Image.open(buffer).convert("RGB").crop((300, 300, 560, 460))
        out = a.convert("RGB")
        out.paste(patch, (333, 517))
    jpeg = io.BytesIO()
    out.save(jpeg, "JPEG", quality=92)
    if name.endswith(".pdf"):  # the photo as the picture behind a PDF page, placed with margins
        pdf = pymupdf.open()
        page = pdf.new_page(width=842, height=595)  # the photo is landscape
        page.insert_image(pymupdf.Rect(30, 20, 812, 20 + 782 * out.height / out.width),
                          stream=jpeg.getvalue())
        pdf.save(tmp_path / name)
    else:
        (tmp_path / name).write_bytes(jpeg.getvalue())
    result, cut = tampered(tmp_path, name)
    (evidence,) = measured(result, "jpeg_ghost")
    assert "热力图" in cut[evidence].legend and "jpeg_ghost" in cut[evidence].legend
    assert f"得分 {evidence.measure.score:.4g}" in cut[evidence].legend
    _heat_on_box(cut, evidence, tmp_path)


@needs_sample
@pytest.mark.parametrize("turn", [0, 90])
def test_a_clean_typed_patch_is_shown_as_a_noise_level_heat_map_on_its_box(tmp_path, turn):
    with Image.open(PHOTO) as im:
        out = im.convert("RGB")
    paper = tuple(
        int(v) for v in np.median(np.asarray(out)[420:460, 250:420].reshape(-1, 3), axis=0))
    patch = Image.new("RGB", (300, 130), paper)
    ImageDraw.Draw(patch).text((10, 15), "2016 12 18", fill=(40, 40, 40))
    out.paste(patch, (250, 400))
    # stored sideways: the reader turns it upright, and the map must turn with the page
    out.rotate(turn, expand=True).save(tmp_path / "补丁.jpg", "JPEG", quality=92)
    result, cut = tampered(tmp_path, "补丁.jpg", MarkerEngine(turn))
    assert result.pages[0].rotation == turn
    (evidence,) = measured(result, "noise_level")
    assert "热力图" in cut[evidence].legend and "noise_level" in cut[evidence].legend
    _heat_on_box(cut, evidence, tmp_path)


@needs_sample
def test_a_copied_region_is_shown_with_both_places_framed(tmp_path):
    with Image.open(PHOTO) as im:
        out = im.convert("RGB")
        out.paste(out.crop((250, 420, 420, 460)), (250, 360))  # a line of the diploma copied up
    out.save(tmp_path / "复制.jpg", "JPEG", quality=90)
    result, cut = tampered(tmp_path, "复制.jpg")
    places = measured(result, "copy_move")
    assert len(places) == 2  # each place is evidence, each image frames both
    for evidence in places:
        m = evidence.measure
        assert "蓝框" in cut[evidence].legend and "热力图" not in cut[evidence].legend
        rgb = pixels(cut, evidence, tmp_path)
        red, blue = frame_box(rgb, RED), frame_box(rgb, BLUE)
        # the frames are the two boxes (a photo without dpi: a point is a pixel), each where
        # the finding puts it relative to the other
        assert abs((red[2] - red[0]) - (evidence.bbox.x1 - evidence.bbox.x0)) <= 8
        assert abs((blue[3] - blue[1]) - (m.other_bbox.bottom - m.other_bbox.top)) <= 8
        assert abs((blue[1] - red[1]) - (m.other_bbox.top - evidence.bbox.top)) <= 2
        assert abs((blue[0] - red[0]) - (m.other_bbox.x0 - evidence.bbox.x0)) <= 2
        assert not _violet(rgb).any()  # copy_move has no map: outlines only
