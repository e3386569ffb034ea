"""Seal detection on drawn pages: every kind of seal found, in colour and in grayscale copies,
the half a 骑缝章 leaves on a sheet's edge included; no seal found in red headings, red rules,
red borders and tables or square personal seals. SEAL_MISSING end to end on the measurements,
born-digital PDFs with vector and embedded-image seals, and the second recognition pass under
seals."""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image

from pipeline.checks import seal_missing
from pipeline.model import BBox, Page, PageQuality, ReadDocument, Word
from pipeline.read import read_file
from pipeline.read.quality import measure
from pipeline.read.seals import edge_seals, red_rings, red_seals, without_red
from tests.factories import case, context, form
from tests.seal_pages import A4, CASES, FONT, RED, Case, SealSpec, letter, seal_alpha

needs_font = pytest.mark.skipif(FONT is None, reason="no WenQuanYi CJK font")


def seal_flags(pages: list[tuple[PageQuality, str]]) -> list[str]:
    """SEAL_MISSING's flags for an appointment letter with these page measurements."""
    doc = ReadDocument("聘书.pdf", "0" * 64, tuple(
        Page(i, 595.0, 842.0, (), read_by, quality)
        for i, (quality, read_by) in enumerate(pages, 1)))
    made = case(form(), documents={"聘书.pdf": doc},
                detected_kinds={"聘书.pdf": "appointment_letter"})
    return [f.code for f in seal_missing.check(made, context([]))]


@pytest.mark.slow  # measures every drawn page (about a minute)
@needs_font
def test_seal_confusion_on_drawn_pages(capsys: pytest.CaptureFixture[str]) -> None:
    """Every drawn case through measure() and SEAL_MISSING: sealed pages raise nothing,
    unsealed pages raise SEAL_MISSING. The confusion is printed (pytest -s)."""
    confusion = {(True, True): 0, (True, False): 0, (False, True): 0, (False, False): 0}
    wrong = []
    for c in CASES:
        q = measure(letter(c))
        detected = seal_flags([(q, "ocr:test")]) == []
        confusion[(c.sealed, detected)] += 1
        if detected != c.sealed:
            wrong.append(f"{c.name}: {q}")
    with capsys.disabled():
        print(f"\nseal detection on {len(CASES)} drawn pages: "
              f"sealed found {confusion[True, True]}, sealed missed {confusion[True, False]}, "
              f"unsealed clean {confusion[False, False]}, "
              f"unsealed taken for sealed {confusion[False, True]}")
    assert wrong == []


@needs_font
@pytest.mark.parametrize("c", [c for c in CASES if c.variant == "colour"], ids=lambda c: c.name)
def test_red_seals_are_found_only_where_drawn(c: Case) -> None:
    """In colour the red finders alone tell seals (whole, or cut by the page's edge) from
    headings, rules, borders, red-printed forms and stamps of other shapes, and put the seal
    where it was drawn. A seal stamped over a red-printed form's label and blank runs into
    their red blob: its ring in the red ink finds it (red_rings); red print alone shows no
    ring, and red_rings agrees with red_seals wherever a seal's blob stands alone."""
    rgb = np.asarray(letter(c))
    found = red_seals(rgb)
    assert bool(found) is (c.sealed and not c.half and not c.red_form)
    rings = red_rings(rgb)
    assert bool(rings) is (c.sealed and not c.half)
    found = found or rings
    assert bool(edge_seals(rgb)) is c.half
    if found and c.seal is not None:
        x0, y0, x1, y1 = found[0].box
        d = c.seal.diameter_mm * A4[0] / 210
        assert 0.6 * d < max(x1 - x0, y1 - y0) < 1.6 * d * max(c.seal.oval, 1)


def _photo_of_sheet(side: str, what: str) -> np.ndarray:
    """A phone photo of one sheet lying on a dark desk, the paper's edge inside the image
    (desk beyond it), with on the paper's `side` edge: `what` = "seal" (the part of a 38 mm
    oval-free seal a 骑缝章 leaves on this sheet: centred a little inside the edge, the rest
    on the next sheet), "border" (a red table frame and rules running to the edge), or
    "heading" (a red title and rule ending at the edge)."""
    from PIL import ImageDraw

    from tests.seal_pages import _font

    width, height = 1400, 1900
    page = Image.new("RGB", (width, height), (52, 48, 44))  # the desk
    x0, x1, y0, y1 = 150, 1260, 110, 1790  # the sheet
    paper = Image.new("RGB", (x1 - x0, y1 - y0), (246, 245, 240))
    draw = ImageDraw.Draw(paper)
    for k in range(14):
        draw.text((90, 260 + 70 * k), "甲方应当按月足额支付乙方劳动报酬不得克扣", fill=(30, 30, 30),
                  font=_font(40))
    edge = paper.width if side == "right" else 0
    if what == "border":
        draw.rectangle([60, 1150, paper.width + 40, 1500], outline=(205, 35, 40), width=6)
        for y in (1220, 1290, 1360, 1430):
            draw.line([(60, y), (paper.width, y)], fill=(205, 35, 40), width=4)
    elif what == "heading":
        draw.text((paper.width // 2 + 260, 110), "某某集团有限公司文件", font=_font(96),
                  fill=(210, 30, 35), anchor="mm")
        draw.line([(80, 190), (paper.width, 190)], fill=(210, 30, 35), width=8)
    if what == "seal":
        spec = SealSpec(diameter_mm=38, colour=(200, 40, 50), text="某某市政工程有限公司")
        mask = seal_alpha(spec)
        shift = -0.15 * mask.width if side == "right" else 0.15 * mask.width
        paper = stamp_page(paper, mask, spec.colour, (edge + shift, 1300))
    page.paste(paper, (x0, y0))
    return np.asarray(page)


def stamp_page(page: Image.Image, mask: Image.Image, colour: tuple[int, int, int],
               centre: tuple[float, float]) -> Image.Image:
    from tests.seal_pages import stamp

    return stamp(page, mask, colour, centre)


@needs_font
@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("what", ["seal", "border", "heading"])
def test_seal_cut_by_the_papers_edge_inside_a_photo(side: str, what: str) -> None:
    """A 骑缝章 cut by the sheet's edge counts where that edge lies inside the image (a photo
    or scan shows the desk round the paper): an arc of a seal's circle closed by a straight
    cut with nothing red beyond. Red print ending at the same edge is no seal."""
    rgb = _photo_of_sheet(side, what)
    assert bool(edge_seals(rgb)) is (what == "seal")
    q = measure(Image.fromarray(rgb))
    assert q.red_seal_ratio < 0.001
    assert q.edge_seal is (what == "seal")
    assert (seal_flags([(q, "ocr:test")]) == []) is (what == "seal")


def test_unjudgeable_pages_raise_no_seal_flag() -> None:
    tiny = PageQuality(300, 420, 2.0, 1.0, 0.0, 0.0)  # a blurred thumbnail: DOC_QUALITY_LOW
    assert seal_flags([(tiny, "ocr:test")]) == []
    gray_unsealed = PageQuality(1240, 1754, 150.0, 0.5, 0.0, 0.55)
    assert seal_flags([(gray_unsealed, "ocr:test")]) == ["SEAL_MISSING"]
    assert seal_flags([(tiny, "ocr:test"), (gray_unsealed, "ocr:test")]) == ["SEAL_MISSING"]
    gray_sealed = PageQuality(1240, 1754, 150.0, 0.5, 0.0, 0.98)
    assert seal_flags([(gray_unsealed, "ocr:test"), (gray_sealed, "ocr:test")]) == []


def test_seal_flag_says_what_was_missing() -> None:
    colour = PageQuality(1240, 1754, 150.0, 20.0, 0.0, 0.6)
    gray = PageQuality(1240, 1754, 150.0, 0.5, 0.0, 0.55)
    doc = ReadDocument("聘书.pdf", "0" * 64, (Page(1, 595.0, 842.0, (), "ocr:t", colour),
                                              Page(2, 595.0, 842.0, (), "ocr:t", gray)))
    made = case(form(), documents={"聘书.pdf": doc},
                detected_kinds={"聘书.pdf": "appointment_letter"})
    [flag] = seal_missing.check(made, context([]))
    texts = [e.text for e in flag.evidence]
    assert "红色圆形印章" in texts[0] and "印章圆环" in texts[1]
    assert [e.page_no for e in flag.evidence] == [1, 2]


def _lines(*lines: str) -> tuple[Word, ...]:
    return tuple(Word(t, BBox(60, 100 + 40 * i, 540, 130 + 40 * i)) for i, t in enumerate(lines))


#: The notary's 公证书 bound behind the copy of the letter (round 36's gongzheng_fuyinjian).
NOTARY_WORDS = _lines("公　证　书", "（2021）桂柳证字第3046号", "申请人：黄明海",
                      "公证事项：复印件与原件相符",
                      "兹证明前面的复印件与柳州市路桥建设发展集团有限公司于",
                      "2017年12月26日颁发给黄明海的《聘书》的原件相符，原件属实。",
                      "广西壮族自治区柳州市柳州公证处", "公证员　田宏宁", "二〇二一年七月二日")
LETTER_WORDS = _lines("聘　　书", "兹聘任　黄明海　同志为助理工程师，聘期三",
                      "年，自2018年1月1日起至2020年12月31日止。", "特发此证。",
                      "柳州市路桥建设发展集团有限公司", "2017年12月26日", "（复印件）")


def _upload(kind: str, *pages: tuple[tuple[Word, ...], PageQuality]) -> list:
    name = "聘书.pdf" if kind == "appointment_letter" else "劳动合同.pdf"
    doc = ReadDocument(name, "0" * 64, tuple(
        Page(i, 595.0, 842.0, words, "text_layer", q) for i, (words, q) in enumerate(pages, 1)))
    made = case(form(), documents={name: doc}, detected_kinds={name: kind})
    return list(seal_missing.check(made, context([])))


EDGE_ONLY = PageQuality(826, 1169, 0.0, 27.0, 0.0, 0.51, edge_seal=True)  # a 骑缝章 alone
NOTARY = PageQuality(826, 1169, 0.0, 11.2, 0.0048, None, edge_seal=True)  # the notary's seals


def test_a_notarys_seals_are_not_the_letters_seal() -> None:
    """A notarised copy of the 聘书 (公证复印件): the 公证书's red seal is the notary office's,
    and in the bundle the half seal on the letter page's edge is the notary's 骑缝章 binding
    it; neither is the unit's seal (r36 LZ2024-0015, planted without it)."""
    edge_only, notary = EDGE_ONLY, NOTARY
    [flag] = _upload("appointment_letter", (LETTER_WORDS, edge_only), (NOTARY_WORDS, notary))
    assert flag.code == "SEAL_MISSING" and flag.severity.value == "medium"
    assert [e.page_no for e in flag.evidence] == [1]
    assert "公证处" in flag.found and "第2页为公证书" in flag.found


def test_a_letters_own_seal_or_a_contracts_edge_seal_still_counts() -> None:
    """A whole red seal on the notary's copy of the letter is the unit's (the notary copied a
    sealed letter); a 公证书 alone leaves nothing to judge; a contract or letter page with
    only its 骑缝章 and no 公证书 with it is sealed, as before."""
    edge_only, notary = EDGE_ONLY, NOTARY
    sealed = PageQuality(826, 1169, 0.0, 27.0, 0.0062, 0.9, edge_seal=False)
    assert _upload("appointment_letter", (LETTER_WORDS, sealed), (NOTARY_WORDS, notary)) == []
    assert _upload("appointment_letter", (NOTARY_WORDS, notary)) == []  # nothing to judge
    contract = _lines("劳动合同书", "甲方：柳州市路桥建设发展集团有限公司", "乙方：黄明海",
                      "本合同经双方签字盖章后生效，可申请公证处公证。")
    assert _upload("contract", (contract, edge_only)) == []
    assert _upload("appointment_letter", (LETTER_WORDS, edge_only)) == []


def _pdf_letter(path: Path, seal: str | None, heading: bool = False) -> Path:
    """A born-digital letter: text, optionally a red heading and rule, and a seal drawn as
    vector paths ("vector") or placed as an embedded image ("image")."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    red = (0.84, 0.12, 0.14)
    if heading:
        page.insert_text((80, 100), "RENSHE JU WENJIAN", fontsize=40, color=red)
        page.draw_line((50, 130), (545, 130), color=red, width=3)
    for i in range(12):
        page.insert_text((70, 200 + i * 30), "Appointment letter body text line", fontsize=14)
    cx, cy, r = 400, 620, 60  # 42 mm across
    if seal == "vector":
        page.draw_circle((cx, cy), r - 2, color=red, width=4)
        star = [(cx + (17 if i % 2 == 0 else 6.5) * math.cos(-math.pi / 2 + i * math.pi / 5),
                 cy + (17 if i % 2 == 0 else 6.5) * math.sin(-math.pi / 2 + i * math.pi / 5))
                for i in range(10)]
        page.draw_polyline(star + star[:1], color=red, fill=red, closePath=True)
    elif seal == "image":
        mask = seal_alpha(SealSpec())
        rgba = Image.new("RGBA", mask.size, RED + (0,))
        rgba.putalpha(mask)
        buf = io.BytesIO()
        rgba.save(buf, format="PNG")
        page.insert_image(pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), stream=buf.getvalue())
    doc.save(path)
    return path


class _NoOcr:
    name = "none"

    def identity(self) -> str:
        return "none 1"

    def recognize(self, image: Image.Image) -> list:
        return []


@needs_font
@pytest.mark.parametrize(("seal", "heading", "sealed"), [
    ("vector", False, True), ("image", False, True), ("vector", True, True),
    (None, False, False), (None, True, False),
])
def test_born_digital_letters(tmp_path: Path, seal: str | None, heading: bool,
                              sealed: bool) -> None:
    path = _pdf_letter(tmp_path / "letter.pdf", seal, heading)
    read = read_file(path, engine=_NoOcr())
    pages = [(p.quality, p.read_by) for p in read.pages if p.quality is not None]
    assert (seal_flags(pages) == []) is sealed


@needs_font
def test_without_red_keeps_black_strokes_under_the_seal() -> None:
    c = Case("seal over text", True, SealSpec(dx_mm=-18, dy_mm=-6))
    page = np.asarray(letter(c))
    clean = without_red(page)
    red = (page[:, :, 0].astype(int) - page[:, :, 1] > 100) & (page[:, :, 0] > 150)
    assert red.sum() > 1000 and (clean[red][:, 0] > 230).mean() > 0.95  # red ink goes white
    black = page.max(axis=2) < 60  # black text, under the seal or not
    assert black.sum() > 1000 and (clean[black][:, 0] < 80).mean() > 0.95  # stays dark


class _Scripted:
    """First call (the page): a doubtful line under the seal and a sure one elsewhere.
    Later calls (seal regions): the line read well, box relative to the crop it was given."""

    name = "scripted"

    def __init__(self, seal_box: tuple[int, int, int, int]) -> None:
        self.seal, self.crops = seal_box, []

    def identity(self) -> str:
        return "scripted 1"

    def recognize(self, image: Image.Image) -> list:
        from pipeline.read.engines.base import OcrWord

        x0, y0, x1, y1 = self.seal
        line = (x0 - 40, (y0 + y1) / 2 - 20, x1 + 40, (y0 + y1) / 2 + 20)
        if not self.crops and image.size == A4:
            self.crops.append(None)
            return [OcrWord("聘书", (500, 300, 700, 360), 0.99),
                    OcrWord("柳州市市政设汁研究阮", line, 0.62)]
        self.crops.append(image)
        ox, oy = self.origin
        return [OcrWord("柳州市市政设计研究院",
                        (line[0] - ox, line[1] - oy, line[2] - ox, line[3] - oy), 0.97)]


@needs_font
def test_second_pass_reads_the_line_under_the_seal_again_without_red() -> None:
    from pipeline.read.seals import reread_under_seals, seal_regions

    page = letter(Case("seal over the unit line", True, SealSpec()))
    [box] = seal_regions(page)
    engine = _Scripted(box)
    first = engine.recognize(page)
    pad = 0.15 * max(box[2] - box[0], box[3] - box[1])
    engine.origin = (max(0, int(min(box[0] - pad, first[1].box[0])) - 8),
                     max(0, int(min(box[1] - pad, first[1].box[1])) - 8))
    words = reread_under_seals(page, first, engine)
    assert [w.text for w in words] == ["聘书", "柳州市市政设计研究院"]
    crop = np.asarray(engine.crops[-1])
    assert crop.shape[0] > 0 and not red_seals(crop)  # the red is gone from what was read again
    assert (np.abs(crop[:, :, 0].astype(int) - crop[:, :, 1]) < 2).all()
    plain = letter(Case("plain", False))
    assert reread_under_seals(plain, first, engine) == first  # no seal: nothing read again


def _checked_copy(*, gray_seal: bool, stamp: str, photo: bool = False) -> Image.Image:
    """A gray photocopy of a signed labour contract's last page, stamped afterwards by the
    office that checked it against the original: `stamp` = "oblong" (a violet box 已核对原件
    with a dark-blue pen date), "round" (a round blue receipt stamp), or "print" (no stamp,
    but the contract itself printed in colour: a green heading, green rules, a blue footer).
    With `gray_seal` the copied seal shows as a gray ring over the employer's name; `photo`
    puts the sheet on a brown desk under a warm lamp."""
    from PIL import ImageDraw

    from tests.seal_pages import _font
    from tests.seal_pages import stamp as ink

    width, height = A4
    page = Image.new("RGB", (width, height), (238, 238, 235))
    draw = ImageDraw.Draw(page)
    for k in range(12):
        draw.text((130, 220 + 75 * k), "乙方同意根据甲方工作需要担任岗位工作并服从管理",
                  fill=(55, 55, 55), font=_font(42))
    draw.text((760, 1280), "南宁某某物流有限公司", fill=(55, 55, 55), font=_font(40))
    draw.text((800, 1350), "二〇一九年七月一日", fill=(55, 55, 55), font=_font(40))
    if gray_seal:
        page = ink(page, seal_alpha(SealSpec(diameter_mm=40, text="南宁某某物流有限公司")),
                   (110, 110, 110), (960, 1310))
    draw = ImageDraw.Draw(page)
    violet, blue = (110, 70, 190), (40, 60, 200)
    if stamp == "oblong":
        draw.rectangle([150, 1450, 560, 1620], outline=violet, width=5)
        draw.text((180, 1480), "已核对原件", fill=violet, font=_font(48))
        draw.text((180, 1560), "2024.03.08", fill=(30, 40, 120), font=_font(36))
    elif stamp == "round":
        draw.ellipse([170, 1380, 420, 1630], outline=blue, width=8)
        draw.text((215, 1480), "收件专用", fill=blue, font=_font(40))
    elif stamp == "print":
        green = (20, 140, 70)
        draw.text((300, 90), "劳动合同书（续页）", fill=green, font=_font(64))
        for y in (190, 1200, 1660):
            draw.line([(100, y), (width - 100, y)], fill=green, width=6)
        draw.text((200, 1690), "本合同一式两份 甲乙双方各执一份", fill=(40, 60, 200),
                  font=_font(40))
    if photo:
        desk = Image.new("RGB", (width + 300, height + 260), (120, 84, 52))
        desk.paste(page, (150, 130))
        lamp = np.asarray(desk, dtype=np.float32) * np.array([1.0, 0.95, 0.86])
        page = Image.fromarray(np.clip(lamp, 0, 255).astype(np.uint8))
    return page


@needs_font
@pytest.mark.parametrize("photo", [False, True], ids=["scan", "photo"])
@pytest.mark.parametrize(("gray_seal", "stamp", "sealed"), [
    (True, "oblong", True),  # a checked copy of a sealed page: its seal is the gray ring
    (False, "oblong", False),  # a checked copy of an unsealed page: the stamp is no seal
    (False, "round", False),  # a round blue receipt stamp is not the unit's (red) seal
    (True, "print", False),  # printed in colour: a seal would be red, a gray ring is not one
])
def test_gray_copy_stamped_afterwards_in_colour(gray_seal: bool, stamp: str, sealed: bool,
                                                photo: bool) -> None:
    """A gray photocopy whose only colour is a stamp or two put on it afterwards (the
    checker's 核验章, a receipt stamp) is judged for the seal as a gray page: the copied seal
    is a gray ring (copy_ring), and the coloured stamps themselves are no seal. A page printed
    in colour is judged on red as before."""
    q = measure(_checked_copy(gray_seal=gray_seal, stamp=stamp, photo=photo))
    assert q.red_seal_ratio < 0.001
    assert (seal_flags([(q, "ocr:test")]) == []) is sealed, q
    if stamp == "print":
        assert q.copy_ring is None



def test_a_ring_candidate_inside_a_thick_seal_ring_moves_out_to_it() -> None:
    """A blurred or heavily inked stamp's ring is thick, and a candidate refined from inside
    it settles on its inner edge, with red ink all round just outside: scored there alone it
    looks like red print (ink outside too) and the seal was missed (round 24's pasted 聘书).
    The ring outside is refined and scored in turn; a solid red block stays no seal."""
    import cv2

    from pipeline.read import seals

    red = np.zeros((900, 900), np.uint8)
    cv2.circle(red, (450, 450), 118, 1, thickness=26)  # the ring: radii 105 to 131
    cv2.circle(red, (450, 450), 20, 1, thickness=-1)  # the star
    band = max(2.0, 900 * 0.006)
    inner = ((450.0, 450.0), (212.0, 212.0), 0.0)
    ellipse, score = seals._outer_red_ring(red, inner, 900, band)
    assert score >= seals.RED_PRINT_RING_MIN
    assert max(ellipse[1]) > 230  # the ring's outer part, not its inner edge

    block = np.zeros((900, 900), np.uint8)
    block[300:620, 300:620] = 1  # dense red print: ink outside every ring inside it
    scored = seals._outer_red_ring(block, inner, 900, band)
    assert scored is None or scored[1] < seals.RED_PRINT_RING_MIN


@needs_font
@pytest.mark.parametrize("gap_mm", [0.0, 1.5])
def test_seal_touching_a_red_frame_is_found_by_its_outer_ring(gap_mm: float) -> None:
    """A certificate printed with a red double frame, the unit's seal stamped low so that its
    ring touches the frame (a 聘书 scan pasted into a bundle page, round 24): the seal's blob
    runs into the frame's, and the seal is still found at its own size; the frame alone is no
    seal. (This drawn seal's ring is thin, so it passed before the outer-ring retry too; the
    retry itself is pinned by the thick-ring test above.)"""
    from PIL import ImageDraw

    from tests.seal_pages import PX_PER_MM, stamp

    page = Image.new("RGB", A4, (250, 246, 236))
    draw = ImageDraw.Draw(page)
    frame = (90, 90, A4[0] - 90, A4[1] - 300)
    for inset, width in ((0, 9), (16, 3)):
        draw.rectangle([frame[0] + inset, frame[1] + inset, frame[2] - inset, frame[3] - inset],
                       outline=(200, 40, 40), width=width)
    assert not red_rings(np.asarray(page))
    spec = SealSpec(diameter_mm=40.0, alpha=0.75, text="柳州市水务投资集团有限公司")
    mask = seal_alpha(spec)
    bottom = frame[3] - 16 - gap_mm * PX_PER_MM
    sealed = stamp(page, mask, (205, 45, 50), (A4[0] * 0.62, bottom - mask.height / 2 + 2))
    rings = red_rings(np.asarray(sealed))
    assert rings
    x0, y0, x1, y1 = rings[0].box
    assert 0.85 * mask.width < max(x1 - x0, y1 - y0) < 1.2 * mask.width


def _award_scene() -> Image.Image:
    """A phone photo of a 荣誉证书 award on stage: a red backdrop with the 会标 in white
    characters, three people in dark suits in front of it, the two at the sides holding
    closed red folders (gold frame and title), the one in the middle the open certificate
    whose cream inner page prints the award in black -- no seal on it."""
    from PIL import ImageDraw

    from tests.seal_pages import _font

    width, height = 1800, 1200
    scene = Image.new("RGB", (width, height), (170, 22, 30))  # the red backdrop
    draw = ImageDraw.Draw(scene)
    draw.text((width // 2, 80), "南宁市第三人民医院二〇一九年度先进个人表彰大会", font=_font(58),
              fill=(250, 245, 235), anchor="mm")
    for cx in (330, 900, 1470):  # the people: dark suit, face, hair
        draw.rounded_rectangle([cx - 190, 420, cx + 190, height + 40], radius=90,
                               fill=(38, 40, 48))
        draw.ellipse([cx - 80, 190, cx + 80, 380], fill=(220, 182, 150))
        draw.ellipse([cx - 85, 170, cx + 85, 250], fill=(30, 28, 28))
    for x0 in (170, 1310):  # the closed red folders, held in front of the chest
        draw.rectangle([x0, 470, x0 + 320, 760], fill=(185, 25, 32))
        draw.rectangle([x0 + 18, 488, x0 + 302, 742], outline=(225, 190, 90), width=4)
        draw.text((x0 + 160, 615), "荣誉证书", font=_font(48), fill=(225, 190, 90), anchor="mm")
        for hx in (x0 - 10, x0 + 300):
            draw.ellipse([hx, 640, hx + 40, 700], fill=(220, 182, 150))
    draw.rectangle([560, 430, 1240, 930], fill=(180, 24, 30))  # the open folder
    draw.rectangle([590, 455, 1215, 905], fill=(248, 243, 228))  # its inner page
    for k, line in enumerate(["陈晓燕同志：", "在二〇一九年度工作中成绩突出，", "被评为先进个人。",
                              "特发此证，以资鼓励。", "南宁市第三人民医院", "二〇二〇年一月十日"]):
        draw.text((640 if k < 4 else 900, 500 + 62 * k), line, font=_font(38), fill=(35, 30, 30))
    for cx in range(60, width, 240):  # flower pots along the stage's edge
        draw.ellipse([cx - 70, 1060, cx + 70, 1140], fill=(40, 110, 50))
        draw.ellipse([cx - 20, 1045, cx + 5, 1070], fill=(230, 90, 110))
    return scene


@needs_font
def test_red_areas_in_a_photographed_scene_are_no_seal() -> None:
    """In a photo of a ceremony the red is the scene's: a backdrop, a banner, closed red
    folders, with the figures in front cutting outlines into it. A seal is a ring of ink on
    the paper (RED_FILL_MAX): the scene alone shows none, so the unsealed certificate raises
    SEAL_MISSING; a seal stamped on its inner page is still found, at its own size."""
    from tests.seal_pages import stamp

    scene = _award_scene()
    assert red_rings(np.asarray(scene)) == []
    q = measure(scene)
    assert q.red_seal_ratio < 0.001 and not q.edge_seal
    assert seal_flags([(q, "ocr:test")]) == ["SEAL_MISSING"]

    spec = SealSpec(diameter_mm=38.0, alpha=0.8, text="南宁市第三人民医院")
    mask = seal_alpha(spec)
    sealed = stamp(scene, mask, (200, 40, 48), (1020, 800))
    found = red_rings(np.asarray(sealed)) or red_seals(np.asarray(sealed))
    assert found
    x0, y0, x1, y1 = found[0].box
    assert 0.85 * mask.width < max(x1 - x0, y1 - y0) < 1.2 * mask.width
    assert measure(sealed).red_seal_ratio >= 0.001
    assert seal_flags([(measure(sealed), "ocr:test")]) == []

    # a solid red disc and a thin red ring on paper, the same size: only the ring is a seal
    import cv2

    red = np.full((900, 900, 3), 248, np.uint8)
    cv2.circle(red, (250, 450), 120, (200, 30, 40), thickness=-1)
    cv2.circle(red, (650, 450), 120, (200, 30, 40), thickness=8)
    boxes = [m.box for m in red_rings(red)]
    assert len(boxes) == 1 and boxes[0][0] > 450


def _screen_photo(seal: bool, heading: bool = False) -> Image.Image:
    """A phone photo of a monitor showing a letter's print preview: a dark desk, a gray window
    and, in its middle, the page at a fifth of the picture, so its seal is a small share of
    the image's pixels however plain it is. Optionally a red heading on the page."""
    from PIL import ImageDraw

    from tests.seal_pages import _font, stamp

    scene = Image.new("RGB", (2000, 1300), (52, 55, 60))
    draw = ImageDraw.Draw(scene)
    draw.rectangle([90, 80, 1910, 1180], fill=(206, 206, 204))  # the program's window
    draw.rectangle([740, 170, 1260, 1100], fill=(250, 249, 244))  # the page
    if heading:
        draw.text((1000, 260), "聘  任  通  知", font=_font(44), fill=(200, 30, 36), anchor="mm")
    for k in range(6):
        draw.text((790, 360 + 50 * k), "兹聘任同志为工程师职务，聘期三年。", font=_font(24),
                  fill=(40, 40, 40))
    if not seal:
        return scene
    mask = seal_alpha(SealSpec(diameter_mm=23.0, alpha=0.5, ring=0.02, star=False,
                                 text="桂林市建筑设计研究院"))
    return stamp(scene, mask, (226, 120, 130), (1110, 900))  # pale pink, as a screen shows


@needs_font
def test_a_small_seal_on_a_photographed_screen_is_no_missing_seal(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A seal a person sees is never 未见: on a photo of a screen the page is a small part of
    the picture and its seal a small share of the pixels, below the policy's share. The
    whole red seal is kept (not replaced by red_rings' none) and reported at low severity as
    could not be verified. The same screen without a seal, or with only a red heading, is
    still 未见公章 at medium severity."""
    sealed = measure(_screen_photo(seal=True))
    assert 0 < sealed.red_seal_ratio < 0.001
    with monkeypatch.context() as m:  # the second finder (seals over red print) sees nothing
        m.setattr("pipeline.read.seals.red_rings", lambda *a, **k: [])
        assert measure(_screen_photo(seal=True)).red_seal_ratio == sealed.red_seal_ratio
    for unsealed in (_screen_photo(seal=False), _screen_photo(seal=False, heading=True)):
        assert measure(unsealed).red_seal_ratio == 0.0

    def flag(q: PageQuality) -> tuple[str, str]:
        doc = ReadDocument("聘书.jpg", "0" * 64, (Page(1, 2000.0, 1300.0, (), "ocr:t", q),))
        made = case(form(), documents={"聘书.jpg": doc},
                    detected_kinds={"聘书.jpg": "appointment_letter"})
        [f] = seal_missing.check(made, context([]))
        return f.severity.value, f.message

    severity, message = flag(sealed)
    assert severity == "low" and "未能确认" in message
    severity, message = flag(measure(_screen_photo(seal=False, heading=True)))
    assert severity == "medium" and "未见单位公章" in message
    # a faint red ring on one page (an envelope's postmark) and no seal at all on the letter
    unsealed = measure(_screen_photo(seal=False, heading=True))
    doc = ReadDocument("聘书.pdf", "0" * 64, (Page(1, 2000.0, 1300.0, (), "ocr:t", sealed),
                                              Page(2, 2000.0, 1300.0, (), "ocr:t", unsealed)))
    made = case(form(), documents={"聘书.pdf": doc},
                detected_kinds={"聘书.pdf": "appointment_letter"})
    [f] = seal_missing.check(made, context([]))
    assert f.severity.value == "medium"


def _sheet_far_off(*, seal: bool, logo: bool = False, coaster: bool = False) -> Image.Image:
    """A phone photo of a contract's signature page lying on a wooden desk, taken from a
    standing height: the sheet (442 x 625 px) is a small part of the picture (1800 x 1350),
    so its 38 mm seal (a fifth of the sheet's width) is under a tenth of the photo's short
    side. Optionally a red 12 mm ring logo in the sheet's letterhead with a red company name,
    and a red ring-shaped coaster of the seal's size on the desk beside the sheet."""
    from PIL import ImageDraw

    from tests.seal_pages import PX_PER_MM, _font, stamp

    scene = Image.new("RGB", (1800, 1350), (120, 86, 58))  # the desk
    draw = ImageDraw.Draw(scene)
    x0, y0, x1, y1 = 760, 380, 1202, 1005  # the sheet, A4 at 2.1 px per mm
    draw.rectangle([x0, y0, x1, y1], fill=(244, 243, 238))
    for k in range(9):
        draw.text((x0 + 40, y0 + 120 + 34 * k), "乙方同意按照甲方工作需要担任技术岗位工作",
                  font=_font(17), fill=(35, 35, 35))
    draw.text((x0 + 230, y0 + 490), "甲方（盖章）：南宁某某路桥工程有限公司", font=_font(15),
              fill=(35, 35, 35), anchor="mm")
    if logo:
        draw.ellipse([x0 + 30, y0 + 30, x0 + 55, y0 + 55], outline=(205, 32, 38), width=3)
        draw.text((x0 + 250, y0 + 44), "南宁某某路桥工程有限公司", font=_font(24),
                  fill=(205, 32, 38), anchor="mm")
    if coaster:
        draw.ellipse([400, 600, 480, 680], outline=(200, 36, 40), width=5)
    if not seal:
        return scene
    scale = 2.1 / PX_PER_MM  # the sheet's pixels per mm against the drawn seal's
    mask = seal_alpha(SealSpec(diameter_mm=38 * scale, text="南宁某某路桥工程有限公司"))
    return stamp(scene, mask, (200, 40, 46), (x0 + 300, y0 + 470))


@needs_font
def test_a_seal_on_a_sheet_far_off_in_a_photo_is_sized_against_the_sheet() -> None:
    """A person sizes a seal against the paper it is stamped on, not against the photo: a
    38 mm seal on a sheet that is a small part of the picture is a seal (sheet_seals), though
    under :data:`SEAL_SIDE` of the photo's short side. Red things that are no seal stay none:
    a small ring logo and a red name in the letterhead (small against the sheet too), a red
    ring on the desk beside the sheet (not on the paper); the unsealed sheet is still 未见."""
    from pipeline.read.seals import sheet_box, sheet_seals

    sealed = np.asarray(_sheet_far_off(seal=True))
    assert red_seals(sealed) == []  # under a tenth of the photo's short side
    box = sheet_box(sealed)
    assert box is not None and abs(box[0] - 760) < 10 and abs(box[3] - 1005) < 10
    [mark] = sheet_seals(sealed)
    assert abs((mark.box[0] + mark.box[2]) / 2 - 1060) < 10
    q = measure(Image.fromarray(sealed))
    assert q.red_seal_ratio > 0
    assert "medium" not in [f.severity.value for f in _seal_check(q)]
    for unsealed in (_sheet_far_off(seal=False, logo=True, coaster=True),
                     _sheet_far_off(seal=False)):
        assert sheet_seals(np.asarray(unsealed)) == []
        q = measure(unsealed)
        assert q.red_seal_ratio == 0.0
        assert [f.severity.value for f in _seal_check(q)] == ["medium"]
    # a scan the sheet fills: no sheet inside it, seals sized against the image as before
    assert sheet_box(np.asarray(letter(CASES[0]))) is None


def _seal_check(q: PageQuality) -> list:
    doc = ReadDocument("劳动合同.jpg", "0" * 64, (Page(1, 1800.0, 1350.0, (), "ocr:t", q),))
    made = case(form(), documents={"劳动合同.jpg": doc},
                detected_kinds={"劳动合同.jpg": "contract"})
    return list(seal_missing.check(made, context([])))


def _cutout_result_page(path: Path, seal: str | None) -> Path:
    """A born-digital screenshot of an online 一键抠图 site's result page (round 39): the
    letter's photo cut out onto a checkerboard, and on the right the 原图 thumbnail -- the
    framed 聘书 as a brown (128, 92, 62) wooden frame round a cream sheet, filling its
    picture -- the 换背景 swatches (a filled red, blue and gray disc) and two buttons. The
    letter shows `seal`: None, or a red seal image on it ("image")."""
    doc = pymupdf.open()
    page = doc.new_page(width=1100, height=780)
    blue, gray = (0.19, 0.45, 0.96), (0.93, 0.93, 0.95)
    page.draw_rect(pymupdf.Rect(0, 56, 1100, 780), color=None, fill=gray)
    page.draw_rect(pymupdf.Rect(40, 80, 800, 750), color=None, fill=(1, 1, 1))
    for row in range(0, 670, 24):  # the transparency checkerboard
        for col in range(0, 760, 24):
            if (row + col) // 24 % 2:
                page.draw_rect(pymupdf.Rect(40 + col, 80 + row, 64 + col, 104 + row),
                               color=None, fill=(0.89, 0.89, 0.9))
    sheet = pymupdf.Rect(110, 120, 730, 710)
    page.draw_rect(sheet, color=None, fill=(0.99, 0.97, 0.92))
    page.draw_rect(sheet + (12, 12, -12, -12), color=(0.77, 0.63, 0.33), width=2.6)
    for i in range(6):
        page.insert_text((170, 300 + i * 36), "Appointment letter body text line", fontsize=16)
    bx = 830
    page.draw_rect(pymupdf.Rect(bx, 80, 1070, 750), color=None, fill=(1, 1, 1))
    page.draw_rect(pymupdf.Rect(bx + 20, 126, bx + 140, 216), color=None,
                   fill=(128 / 255, 92 / 255, 62 / 255))  # the 原图 thumbnail's frame
    page.draw_rect(pymupdf.Rect(bx + 36, 136, bx + 124, 202), color=None,
                   fill=(250 / 255, 246 / 255, 234 / 255))
    page.draw_rect(pymupdf.Rect(bx + 44, 144, bx + 116, 194), color=(0.77, 0.63, 0.33),
                   width=0.8)
    for k, colour in enumerate(((0.86, 0.15, 0.15), blue, (0.35, 0.35, 0.35))):
        page.draw_circle((bx + 60 + 40 * k, 287), 15, color=None, fill=colour)
    page.draw_rect(pymupdf.Rect(bx + 20, 380, 1040, 420), color=None, fill=blue)
    page.draw_rect(pymupdf.Rect(bx + 20, 436, 1040, 476), color=blue, width=1.0)
    if seal is not None:
        mask = seal_alpha(SealSpec())
        rgba = Image.new("RGBA", mask.size, RED + (0,))
        rgba.putalpha(mask)
        buf = io.BytesIO()
        rgba.save(buf, format="PNG")
        page.insert_image(pymupdf.Rect(500, 500, 620, 620), stream=buf.getvalue())
    doc.save(path)
    return path


@needs_font
def test_a_framed_thumbnail_on_a_web_page_is_no_seal(tmp_path: Path) -> None:
    """Round 39's miss: on a cut-out site's result page the 原图 thumbnail (a wooden frame round
    the 聘书, filling its picture) was taken for a seal stamped over red print: an ellipse
    inscribed in the frame lies on its brown ink all round, and the ring 18 % larger, which
    tells a seal's paper from red print round it, ran off the picture across its sides and
    was scored as paper there. It is scored on the part of it in the picture, where it lies
    on the frame's corners: no seal, and the unsealed letter raises SEAL_MISSING. A red seal
    on the letter still counts."""
    read = read_file(_cutout_result_page(tmp_path / "unsealed.pdf", None), engine=_NoOcr())
    [page] = read.pages
    assert page.quality is not None and page.quality.red_seal_ratio == 0.0
    assert seal_flags([(page.quality, page.read_by)]) == ["SEAL_MISSING"]

    thumb = np.full((103, 136, 3), (128, 91, 61), np.uint8)  # the thumbnail as rendered
    thumb[13:89, 18:118] = (249, 246, 233)
    assert red_rings(thumb, 851) == []

    sealed = read_file(_cutout_result_page(tmp_path / "sealed.pdf", "image"), engine=_NoOcr())
    [page] = sealed.pages
    assert page.quality is not None and page.quality.red_seal_ratio >= 0.001
    assert seal_flags([(page.quality, page.read_by)]) == []


def test_a_seal_over_red_print_near_the_pictures_edge_is_still_found() -> None:
    """A seal stamped over a form's red label and rule, its picture cropped close to the ring
    so that the ring 18 % larger runs off the picture on three sides: where that ring is in
    the picture it shows paper, so the seal is found (red_rings), as before."""
    import cv2

    rgb = np.full((260, 420, 3), 248, np.uint8)
    red = (200, 40, 48)
    cv2.rectangle(rgb, (0, 150), (419, 156), red, thickness=-1)  # the form's red rule
    cv2.putText(rgb, "UNIT", (10, 140), cv2.FONT_HERSHEY_SIMPLEX, 1.6, red, 4)
    cv2.circle(rgb, (300, 140), 108, red, thickness=5)  # the seal's ring, its top near the edge
    cv2.drawMarker(rgb, (300, 140), red, cv2.MARKER_STAR, 40, 4)
    crop = rgb[26:260, 186:418]  # the ring 1-4 px from the crop's top, left and right
    rings = red_rings(np.ascontiguousarray(crop), 900)
    assert rings and max(rings[0].box[2] - rings[0].box[0], rings[0].box[3] - rings[0].box[1]) > 190
