"""Every DOC_TAMPERED sign carries its method, score (and the policy threshold where the rule
has one), its box where it has a place on a page, and one 复核 sentence (issue 13): one real
input per sign kind, built the way tests/test_revisions.py, tests/test_text_edits.py and
tests/test_image_forensics.py build theirs, read by the real reader and judged by the rule."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from pipeline.checks import doc_tampered
from pipeline.model import Evidence, ReadDocument
from pipeline.read import get_engine, read_file
from pipeline.serialize import flag_from_dict, flag_to_dict
from tests.factories import case, context, form

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "liuzhou-2024" / "applicants"
COPIED = SAMPLE / "LZ2024-0025" / "聘书.jpg"  # its seal copied within the photo (truth.json)
SPLICED = SAMPLE / "LZ2024-0043" / "聘书.jpg"  # a seal from another photo, saved by Photoshop
LIMITS = context().policy.thresholds


def _certificate(path: Path, producer: str = "Microsoft® Word 2016") -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "证书编号 45022016147037 发证机关 柳州市人力资源局",
                     fontname="china-s", fontsize=12)
    page.insert_text((72, 130), "取得时间 2016年12月18日 经评审委员会评审通过",
                     fontname="china-s", fontsize=12)
    doc.set_metadata({"producer": producer, "creator": producer})
    doc.save(path)
    doc.close()
    return path


def _saved_incrementally(path: Path) -> Path:
    """A text written onto the page and saved as an incremental update (doc.saveIncr())."""
    doc = pymupdf.open(path)
    doc[0].insert_text((72, 160), "专业技术资格 工程师", fontname="china-s", fontsize=12)
    doc.saveIncr()
    doc.close()
    return path


def _read(path: Path) -> ReadDocument:
    return read_file(path, engine=get_engine("none"))


def producer(tmp: Path) -> ReadDocument:
    return _read(_certificate(tmp / "证书.pdf", "Adobe Photoshop 2023"))


def visible_update(tmp: Path) -> ReadDocument:
    return _read(_saved_incrementally(_certificate(tmp / "证书.pdf")))


def unread_update(tmp: Path) -> ReadDocument:
    """An update whose earlier revision cannot be cut from the file: its first %%EOF marker
    damaged, so no earlier revision boundary is found (MuPDF still opens the file)."""
    path = _saved_incrementally(_certificate(tmp / "证书.pdf"))
    data = path.read_bytes()
    cut = data.find(b"%%EOF")
    path.write_bytes(data[:cut] + b"%%EOX" + data[cut + 5:])
    return _read(path)


def uncompared_updates(tmp: Path) -> ReadDocument:
    """A read whose revisions were not compared (a document read before the reader compared
    them): only the count of updates is known."""
    doc = visible_update(tmp)
    return replace(doc, meta=replace(doc.meta, revisions=()))


def digit_fonts(tmp: Path) -> ReadDocument:
    """The day of a date typed in Courier beside the year in the line's font: two text-layer
    words of digits side by side on one line."""
    path = tmp / "证书.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "取得时间", fontname="china-s", fontsize=12)
    page.insert_text((130, 100), "2016", fontname="china-s", fontsize=12)
    page.insert_text((156, 98.5), "12", fontname="cour", fontsize=12)
    doc.save(path)
    doc.close()
    return _read(path)


def text_layer_mismatch(tmp: Path) -> ReadDocument:
    """A page whose text layer OCR of its image contradicts (the reader measures it with an OCR
    engine: tests/test_read.py, slow; here the measure is set on a real read page)."""
    doc = _read(_certificate(tmp / "证书.pdf"))
    return replace(doc, pages=(replace(doc.pages[0], text_layer_mismatch=0.62),))


def span_style(tmp: Path) -> ReadDocument:
    path = tmp / "证书.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 160), "工作单位 柳州市第一", fontname="china-s", fontsize=12)
    page.insert_text((192, 161.5), "人民", fontname="china-ss", fontsize=10.5,
                     color=(0.1, 0.1, 0.1))
    page.insert_text((214, 160), "医院放射科 主治医师", fontname="china-s", fontsize=12)
    doc.save(path)
    doc.close()
    return _read(path)


def white_box(tmp: Path) -> ReadDocument:
    path = _certificate(tmp / "证书.pdf")
    doc = pymupdf.open(path)
    doc[0].draw_rect(pymupdf.Rect(128, 117, 190, 134), color=None, fill=(1, 1, 1))
    doc[0].insert_text((130, 130), "2014年", fontname="china-s", fontsize=12)
    doc.save(tmp / "改.pdf")
    doc.close()
    return _read(tmp / "改.pdf")


def image_over_text(tmp: Path) -> ReadDocument:
    path = _certificate(tmp / "证书.pdf")
    doc = pymupdf.open(path)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 16), False)
    pix.clear_with(255)
    doc[0].insert_image(pymupdf.Rect(130, 118, 202, 132), pixmap=pix)
    doc.save(tmp / "改.pdf")
    doc.close()
    return _read(tmp / "改.pdf")


def copied_photo(_tmp: Path) -> ReadDocument:
    return _read(COPIED)


def spliced_photo(_tmp: Path) -> ReadDocument:
    return _read(SPLICED)


#: Each input and the methods of the signs it must give.
KINDS = {
    producer: {"editor_tag"},
    visible_update: {"revision_diff"},
    unread_update: {"revision_unread"},
    uncompared_updates: {"incremental_updates"},
    digit_fonts: {"digit_fonts", "span_style"},  # the Courier "12" is set unlike its line too
    text_layer_mismatch: {"text_layer_ocr"},
    span_style: {"span_style"},
    white_box: {"white_box"},
    image_over_text: {"image_over_text"},
    copied_photo: {"copy_move", "jpeg_ghost"},
    spliced_photo: {"editor_tag", "jpeg_ghost"},
}
#: The methods the rule judges against a policy threshold (the others are signs at any score:
#: an image editor named as a PDF's producer too, unlike one in a picture's metadata).
THRESHOLDS = {
    "editor_tag": LIMITS.editor_tag_min.value,
    "revision_diff": LIMITS.revision_pixel_change_min.value,
    "text_layer_ocr": LIMITS.text_layer_mismatch_max.value,
    "span_style": LIMITS.span_style_min.value,
    "white_box": LIMITS.text_cover_min.value,
    "image_over_text": LIMITS.text_cover_min.value,
    "copy_move": LIMITS.copy_move_min.value,
    "jpeg_ghost": LIMITS.jpeg_ghost_min.value,
}
_BOX = re.compile(r"\((\d+),(\d+)\)-\((\d+),(\d+)\)")


def _evidence(doc: ReadDocument) -> tuple[Evidence, ...]:
    (flag,) = doc_tampered.check(case(form(), documents={doc.file: doc}), context())
    assert flag.code == "DOC_TAMPERED"
    # the measure travels with the flag through the store, threshold included
    assert flag_from_dict(flag_to_dict(flag)) == flag
    return flag.evidence


@pytest.mark.parametrize("build", list(KINDS), ids=[b.__name__ for b in KINDS])
def test_every_sign_has_its_method_score_box_and_check_sentence(tmp_path, build):
    if build in (copied_photo, spliced_photo) and not COPIED.exists():
        pytest.skip("sample window not generated")
    evidence = _evidence(build(tmp_path))
    methods = set()
    for e in evidence:
        m = e.measure
        assert m is not None, e.text
        methods.add(m.method)
        assert f"方法 {m.method}" in e.text and "得分" in e.text, e.text
        # one 复核 sentence, at the end, saying what to open or look at
        check = e.text.split("复核：")
        assert len(check) == 2 and len(check[1]) > 10 and "。" not in check[1].rstrip("。"), e.text
        threshold = None if build is producer else THRESHOLDS.get(m.method)
        assert m.threshold == threshold, (m.method, m.threshold)
        if m.threshold is not None:
            assert f"阈值 {m.threshold:g}" in e.text
            assert m.score >= m.threshold or m.method == "text_layer_ocr" and m.score > m.threshold
        if e.bbox is not None:  # a finding with a place on a page names its page and box
            assert e.page_no is not None and f"第 {e.page_no} 页" in e.text
            box = tuple(map(int, _BOX.search(e.text).groups()))
            assert box == tuple(round(v) for v in (e.bbox.x0, e.bbox.top, e.bbox.x1,
                                                   e.bbox.bottom)), e.text
    assert methods == KINDS[build]


def _in(tmp: Path, name: str) -> Path:
    folder = tmp / name
    folder.mkdir()
    return folder


def test_places_on_a_page_are_boxed_where_the_method_knows_them(tmp_path):
    """Signs with a place carry it as the evidence's box (drawn on the evidence image); the
    whole-file signs have none, the text-layer-vs-OCR sign names its page."""
    (mix,) = [e for e in _evidence(digit_fonts(_in(tmp_path, "digits")))
              if e.measure.method == "digit_fonts"]
    # the union of both digit runs: "2016" from x 130 and the Courier "12" after it
    assert mix.page_no == 1 and mix.bbox is not None
    assert mix.bbox.x0 == pytest.approx(130, abs=1) and mix.bbox.x1 > 165
    assert mix.measure.score == 0.5  # the font differs, the size does not
    (page,) = _evidence(text_layer_mismatch(_in(tmp_path, "layer")))
    assert page.page_no == 1 and page.bbox is None and page.measure.score == 0.62
    for build in (producer, uncompared_updates):
        (whole,) = _evidence(build(_in(tmp_path, build.__name__)))
        assert whole.page_no is None and whole.bbox is None
    (unread,) = _evidence(unread_update(_in(tmp_path, "unread")))
    m = unread.measure
    assert unread.page_no is None and m.revision == 1 and m.score == m.end - m.start > 0
