"""Reading costs what the engines cost (issue 14), kept by counts, never by timings.

- A born-digital page whose text layer is usable and that shows no picture is never rendered
  (MuPDF's renderer is counted by a wrapper around the real ``Page.get_pixmap``); one that
  shows a seal has that region rendered, not the page.
- A scanned page is detected once: the real rapidocr engine's text detector is wrapped by a
  counter, and an upright page (straight, skewed, a thin strip) is read with exactly one
  detection, a page that must be turned with two (the second the right way up); the pixels
  the detector sees grow linearly with the page, never with the inverse of its thinness.
- The box geometry of the one-detection path is the frame the page-rotating path made.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.model import BBox
from pipeline.read import read_file
from pipeline.read.engines import get_engine
from pipeline.read.engines.base import OcrWord
from pipeline.read.merge import to_page_box
from pipeline.read.orientation import deskew_words, expanded_size, rotate_clockwise

FONT = next((p for p in (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                         Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")) if p.exists()), None)
needs_font = pytest.mark.skipif(FONT is None,
                                reason="no WenQuanYi CJK font (apt install fonts-wqy-microhei)")


class CountingRenders:
    """Counts calls of the real ``pymupdf.Page.get_pixmap`` (and passes them on)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = self.pixels = 0
        real = pymupdf.Page.get_pixmap

        def counted(page: Any, *args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            pix = real(page, *args, **kwargs)
            self.pixels += pix.width * pix.height
            return pix

        monkeypatch.setattr(pymupdf.Page, "get_pixmap", counted)


def text_pdf(path: Path, *, picture: bool = False, red_paint: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i in range(12):
        page.insert_text((60, 80 + i * 30), f"专业技术职务任职资格评审表 第{i + 1}行 2024年6月",
                         fontname="china-s", fontsize=14)
    # black rules: no picture
    page.draw_rect(pymupdf.Rect(50, 60, 545, 450), color=(0, 0, 0), width=0.8)
    if picture:
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
        pix.set_rect(pix.irect, (200, 30, 30))
        page.insert_image(pymupdf.Rect(400, 600, 480, 680), pixmap=pix)
    if red_paint:
        page.draw_circle((440, 640), 40, color=(0.85, 0.1, 0.1), width=3)
    doc.save(path)
    return path


def test_text_layer_page_without_pictures_is_never_rendered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    renders = CountingRenders(monkeypatch)
    pdf = text_pdf(tmp_path / "评审表.pdf")
    read = read_file(pdf, engine=get_engine("none"))
    assert read.text_source == "text_layer" and "评审表" in read.pages[0].text
    assert renders.calls == 0


@pytest.mark.parametrize("kind", ["picture", "red_paint"])
def test_text_layer_page_with_a_picture_is_rendered_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    # the counter counts: a page with a seal-like mark is looked at
    renders = CountingRenders(monkeypatch)
    pdf = text_pdf(tmp_path / "聘书.pdf", **{kind: True})
    read = read_file(pdf, engine=get_engine("none"))
    assert read.text_source == "text_layer"
    assert renders.calls == 1


def test_a_text_layer_page_is_measured_on_its_pictures_region_as_on_the_whole_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the region of the seal is rendered (a tenth of the page's pixels at the measuring
    scale), and the measurements agree with those of the whole page rendered."""
    from pipeline.read import images, quality

    pdf = text_pdf(tmp_path / "聘书.pdf", red_paint=True)
    with pymupdf.open(pdf) as doc:
        whole = quality.measure(images.render_page(doc[0], images.QUALITY_DPI, 10**8)[0])
    renders = CountingRenders(monkeypatch)
    measured = read_file(pdf, engine=get_engine("none")).pages[0].quality
    page_pixels = quality.NORM_SIDE * round(quality.NORM_SIDE * 595 / 842)
    assert renders.calls == 1 and renders.pixels < 0.1 * page_pixels
    assert measured is not None and whole.red_seal_ratio > quality.SEAL_PRESENT_RATIO
    assert measured.red_seal_ratio == pytest.approx(whole.red_seal_ratio, rel=0.1)
    assert measured.colourfulness == pytest.approx(whole.colourfulness, rel=0.25)
    assert measured.seal_ring is None and whole.seal_ring is None



@pytest.mark.parametrize("kind", ["picture", "red_paint"])
def test_a_text_layer_page_asks_mupdf_for_each_inventory_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """Rings, seal regions, white boxes, invisible text, edited spans and the picture behind
    the page all look at the same drawings, text trace and pictures: MuPDF is asked once per
    page (``pipeline.forensics.page_parts``), not once per check, and a page that places no
    picture is not asked for its pictures at all (its command log shows none)."""
    calls: dict[str, int] = {}
    for method in ("get_cdrawings", "get_texttrace", "get_bboxlog", "get_image_info",
                   "get_image_rects"):
        real = getattr(pymupdf.Page, method)

        def counted(page: Any, *args: Any, _real: Any = real, _name: str = method,
                    **kwargs: Any) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _real(page, *args, **kwargs)

        monkeypatch.setattr(pymupdf.Page, method, counted)
    pdf = text_pdf(tmp_path / "聘书.pdf", **{kind: True})
    read = read_file(pdf, engine=get_engine("none"))
    assert read.text_source == "text_layer" and read.pages[0].quality is not None
    # get_drawings is get_cdrawings converted; get_image_rects would ask get_image_info again
    assert calls == {"get_cdrawings": 1, "get_texttrace": 1, "get_bboxlog": 1,
                     **({"get_image_info": 1} if kind == "picture" else {})}

# -- the one-detection geometry --------------------------------------------------------------
@pytest.mark.parametrize(("size", "skew"), [((760, 300), 3.0), ((1167, 54), -4.5),
                                            ((987, 1397), 0.7), ((640, 480), 0.0)])
def test_expanded_size_is_pils(size: tuple[int, int], skew: float) -> None:
    assert expanded_size(*size, skew) == Image.new("L", size).rotate(skew, expand=True).size


@pytest.mark.parametrize("skew", [2.5, -4.0])
def test_deskewed_boxes_map_back_where_the_line_was(skew: float) -> None:
    """A line leaning by `skew` in the turned image gets a level, tight box in the deskewed
    frame, and merge.to_page_box (the page-rotating path's inverse) maps it back over the line."""
    w, h = 1000, 700
    a = math.radians(skew)
    x0, y0, length, height = 200.0, 300.0, 500.0, 30.0
    # the line leans so that rotating the image `skew` degrees counter-clockwise levels it
    tl = (x0, y0)
    tr = (x0 + length * math.cos(a), y0 + length * math.sin(a))
    br = (tr[0] - height * math.sin(a), tr[1] + height * math.cos(a))
    bl = (x0 - height * math.sin(a), y0 + height * math.cos(a))
    quad = (tl, tr, br, bl)
    word = OcrWord("专业技术职务", (min(p[0] for p in quad), min(p[1] for p in quad),
                                max(p[0] for p in quad), max(p[1] for p in quad)), 0.99)
    [level], size = deskew_words([word], {word: quad}, (w, h), skew)
    assert size == Image.new("L", (w, h)).rotate(skew, expand=True).size
    assert level.box[2] - level.box[0] == pytest.approx(length, abs=1.0)
    # tight: not the leaning bbox
    assert level.box[3] - level.box[1] == pytest.approx(height, abs=1.0)
    back = to_page_box(BBox(*level.box), turn=0, skew=skew, size=size, page=(w, h))
    centre = ((tl[0] + br[0]) / 2, (tl[1] + br[1]) / 2)
    assert (back.x0 + back.x1) / 2 == pytest.approx(centre[0], abs=1.0)
    assert (back.top + back.bottom) / 2 == pytest.approx(centre[1], abs=1.0)


# -- one detection per scanned page (real engine) ----------------------------------------------
class CountingDetector:
    """Wraps the real rapidocr text detector: counts its calls and the pixels it was given."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.calls, self.pixels = inner, 0, []

    def __call__(self, img: Any) -> Any:
        self.calls += 1
        self.pixels.append(int(img.shape[0]) * int(img.shape[1]))
        return self.inner(img)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.fixture(scope="module")
def counted_engine() -> Any:
    from pipeline.read.engines.rapidocr_engine import RapidOcrEngine

    engine = RapidOcrEngine()  # its own instance: the thread's shared one stays unwrapped
    engine._ocr.text_det = CountingDetector(engine._ocr.text_det)
    return engine


def page_image(size: tuple[int, int] = (1100, 800), lines: int = 6, px: int = 36) -> Image.Image:
    assert FONT is not None
    font = ImageFont.truetype(str(FONT), px)
    im = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(im)
    for i in range(lines):
        draw.text((40, 30 + i * px * 2), f"职称评审申请材料 第{i + 1}页 证书编号GX2023-{i:05d}",
                  font=font, fill="black")
    return im


@pytest.mark.slow  # real OCR (rapidocr)
@needs_font
@pytest.mark.parametrize("case", ["upright", "turned_90", "upside_down", "skewed", "thin_strip"])
def test_scanned_page_is_detected_once(tmp_path: Path, counted_engine: Any, case: str) -> None:
    if case == "thin_strip":  # like the real 1167x54 screenshot
        im = Image.new("RGB", (1167, 54), "white")
        assert FONT is not None
        ImageDraw.Draw(im).text((10, 8),
                                "取决于所使用的执行提供者，它可能没有完全支持模型中的所有操作",
                                font=ImageFont.truetype(str(FONT), 32), fill="black")
    else:
        im = page_image()
        if case == "turned_90":
            im = rotate_clockwise(im, 90)
        elif case == "upside_down":
            im = rotate_clockwise(im, 180)
        elif case == "skewed":
            im = im.rotate(3, expand=True, fillcolor="white")
    im.save(tmp_path / "scan.png")
    detector = counted_engine._ocr.text_det
    detector.calls, detector.pixels = 0, []
    [page] = read_file(tmp_path / "scan.png", engine=counted_engine).pages
    # an upright page is detected once; a page that must be turned once more, the right way up
    expected = 2 if case in ("turned_90", "upside_down") else 1
    assert detector.calls == expected, f"{case}: {detector.calls} detections for one page"
    assert "职称评审" in page.text or "执行提供者" in page.text
    assert page.rotation == {"turned_90": 270, "upside_down": 180}.get(case, 0)
    if case == "skewed":
        assert page.skew == pytest.approx(-3.0, abs=0.6)
    # linear in the page's pixels: the detector sees at most the engine's working size
    # (longest side 2000 px, short side scaled to 736) and a thin page is padded, not blown up
    assert detector.pixels[0] <= max(2000 * 1472, 4 * 736 * 736 + 64 * 3000)
