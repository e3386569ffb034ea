"""pipeline.read: real PDFs (PyMuPDF), real images (PIL + the WenQuanYi font), real OCR
(rapidocr, PP-OCRv4) on small pages, and every way an upload can be refused."""

from __future__ import annotations

import io
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pipeline.errors import DocumentUnreadable, MissingDependency, UnknownEngine
from pipeline.read import OcrCache, ReadLimits, read_file, read_upload, sniff_kind
from pipeline.read.archive import extract_zip
from pipeline.read.engines import ENGINES, get_engine
from pipeline.read.engines.base import OcrWord
from pipeline.read.orientation import find_skew, rotate_clockwise
from pipeline.read.quality import SEAL_PRESENT_RATIO, measure

FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
]
FONT = next((p for p in FONT_CANDIDATES if p.exists()), None)
needs_font = pytest.mark.skipif(FONT is None,
                                reason="no WenQuanYi CJK font (apt install fonts-wqy-microhei)")

LINES = ["职称评审申请材料", "证书编号：GX2023-00817"]


# -- helpers ------------------------------------------------------------------------------
def text_image(lines: list[str] = LINES, size: tuple[int, int] = (760, 300),
               px: int = 40) -> Image.Image:
    assert FONT is not None
    font = ImageFont.truetype(str(FONT), px)
    im = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(im)
    for i, line in enumerate(lines):
        draw.text((30, 40 + i * int(px * 2)), line, font=font, fill="black")
    return im


def squash(s: str) -> str:
    return "".join(s.split())


def cer(truth: str, found: str) -> float:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(squash(truth), squash(found)) / max(len(squash(truth)), 1)


class Counting:
    """Wraps an engine and counts recognitions (orientation passes through)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.calls = inner, 0
        self.name = inner.name

    def identity(self) -> str:
        return self.inner.identity()

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        self.calls += 1
        return self.inner.recognize(image)

    def orientation(self, image: Image.Image) -> tuple[int, float] | None:
        fn = getattr(self.inner, "orientation", None)
        return fn(image) if fn else None


class Fixed:
    """An engine that 'finds' one fixed line; for decisions that need no real OCR."""

    name = "fixed"

    def __init__(self, text: str = "识别结果") -> None:
        self.text, self.calls = text, 0

    def identity(self) -> str:
        return f"fixed 1 {self.text}"

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        self.calls += 1
        return [OcrWord(self.text, (10.0, 10.0, 110.0, 40.0), 0.9)]


@pytest.fixture(scope="module")
def rapid() -> Any:
    return get_engine("rapidocr")


def make_pdf(path: Path, lines: list[str], *, fontsize: float = 14, fontname: str = "china-s",
             **meta: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=420, height=200)
    if fontname == "wqy":
        page.insert_font(fontname="wqy", fontfile=str(FONT))
    for i, line in enumerate(lines):
        page.insert_text((30, 50 + i * 30), line, fontname=fontname, fontsize=fontsize)
    if meta:
        doc.set_metadata(meta)
    doc.save(path)
    return path


# -- sniffing and refusals ------------------------------------------------------------------
def test_sniff_kind(tmp_path: Path) -> None:
    samples = {
        "a.pdf": b"%PDF-1.7\n...",
        "a.png": b"\x89PNG\r\n\x1a\n" + b"0" * 20,
        "a.jpg": b"\xff\xd8\xff\xe0" + b"0" * 20,
        "a.tif": b"II*\x00" + b"0" * 20,
        "a.zip": b"PK\x03\x04" + b"0" * 20,
        "a.txt": b"hello",
    }
    found = {}
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
        found[name] = sniff_kind(tmp_path / name)
    assert found == {"a.pdf": "pdf", "a.png": "image", "a.jpg": "image", "a.tif": "image",
                     "a.zip": "zip", "a.txt": None}


@pytest.mark.parametrize(
    ("filename", "data", "reason"),
    [
        ("empty.pdf", b"", "empty"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<\ngarbage", "corrupt"),
        ("photo.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "PNG"),
        ("scan.jpg", b"%PDF-1.4\n%%EOF", "PDF"),
        ("notes.docx", b"PK\x03\x04" + b"\0" * 64, "extension"),
        ("cut.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 32, "image"),
        ("junk.png", b"this is not an image at all", "not recognised"),
    ],
)
def test_unreadable_files(tmp_path: Path, filename: str, data: bytes, reason: str) -> None:
    path = tmp_path / filename
    path.write_bytes(data)
    with pytest.raises(DocumentUnreadable) as info:
        read_file(path, engine=Fixed(), name=f"申请人/{filename}")
    assert info.value.file == f"申请人/{filename}"
    assert reason.lower() in info.value.reason.lower()


def test_encrypted_pdf(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 50), "证书编号：GX2023-00817", fontname="china-s")
    doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    with pytest.raises(DocumentUnreadable, match="password"):
        read_file(locked, engine=Fixed())
    # owner password only: opens with the empty password, still reported as encrypted
    owner_only = tmp_path / "owner.pdf"
    doc.save(owner_only, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner",
             permissions=pymupdf.PDF_PERM_PRINT)
    read = read_file(owner_only, engine=Fixed())
    assert "GX2023-00817" in read.text
    assert read.meta.encrypted


def _three_pages(*, blank: int | None = None, deflate: bool = True) -> bytes:
    doc = pymupdf.open()
    for i in range(3):
        page = doc.new_page(width=420, height=300)
        if i + 1 != blank:
            page.insert_text((40, 60), f"第{i + 1}页 毕业证书 学生张伟", fontname="china-s",
                             fontsize=16)
            page.insert_text((40, 100), "证书编号 GX2023-00817", fontname="china-s", fontsize=16)
    return doc.tobytes(garbage=3, deflate=deflate)


@pytest.mark.slow  # renders every page of truncated PDFs
@pytest.mark.parametrize("deflate", [True, False])
def test_truncated_pdf_never_reads_as_empty_pages(tmp_path: Path, deflate: bool) -> None:
    """Cut anywhere, a PDF is unreadable or every page still has its text: MuPDF's silent
    repair of a cut file into blank pages is refused, naming the repair."""
    data = _three_pages(deflate=deflate)
    none = get_engine("none")  # an empty page stays empty
    intact = read_file(_write(tmp_path / "intact.pdf", data), engine=none)
    assert not intact.meta.repaired and all(p.words for p in intact.pages)
    refused_for_repair = 0
    for percent in range(5, 100, 5):
        path = _write(tmp_path / f"cut{percent}.pdf", data[: len(data) * percent // 100])
        try:
            read = read_file(path, engine=none, name="毕业证.pdf")
        except DocumentUnreadable as error:
            if "repaired" in error.reason:
                refused_for_repair += 1
                assert "came out empty" in error.reason and "no %%EOF" in error.reason
                assert "修复后" in error.reason and "文件不完整" in error.reason
            continue
        assert read.meta.repaired and all(p.words for p in read.pages), percent
    assert refused_for_repair >= 3


def test_repaired_pdf_with_content_stays_readable(tmp_path: Path) -> None:
    def bad_xref(data: bytes) -> bytes:  # every xref offset wrong: readers rebuild it
        head, sep, _tail = data.rpartition(b"startxref")
        return head + sep + b"\n123\n%%EOF\n"

    none = get_engine("none")
    read = read_file(_write(tmp_path / "a.pdf", bad_xref(_three_pages())), engine=none)
    assert read.meta.repaired and all(p.words for p in read.pages)
    assert "repaired" in read.meta.remarks()
    # a blank page in a whole (not cut short) repaired file is a blank page, not damage
    read = read_file(_write(tmp_path / "b.pdf", bad_xref(_three_pages(blank=2))), engine=none)
    assert read.meta.repaired and [bool(p.words) for p in read.pages] == [True, False, True]
    # ... but a repaired file that comes out with no content at all is unreadable
    doc = pymupdf.open()
    doc.new_page()
    with pytest.raises(DocumentUnreadable,
                       match="its page came out empty.*修复后全部页面无任何内容"):
        read_file(_write(tmp_path / "c.pdf", bad_xref(doc.tobytes())), engine=none)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_page_limit_and_image_bomb(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page()
    doc.save(tmp_path / "long.pdf")
    with pytest.raises(DocumentUnreadable, match="too many pages"):
        read_file(tmp_path / "long.pdf", engine=Fixed(), limits=ReadLimits(max_pages=2))
    Image.new("1", (3000, 3000)).save(tmp_path / "bomb.png")
    with pytest.raises(DocumentUnreadable, match="decompression bomb"):
        read_file(tmp_path / "bomb.png", engine=Fixed(),
                  limits=ReadLimits(max_image_pixels=1_000_000))


# -- ZIP archives ---------------------------------------------------------------------------
def _zip(path: Path, members: dict[str, bytes], *, symlink: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


@pytest.mark.parametrize(
    ("members", "symlink", "limits", "reason"),
    [
        ({"../../evil.pdf": b"%PDF-1.4"}, None, ReadLimits(), "outside"),
        ({"/etc/cron.d/x.pdf": b"%PDF-1.4"}, None, ReadLimits(), "outside"),
        ({"C:/windows/x.pdf": b"%PDF-1.4"}, None, ReadLimits(), "outside"),
        ({"ok.pdf": b"%PDF-1.4"}, "link.pdf", ReadLimits(), "symbolic link"),
        ({"zeros.pdf": b"\0" * (20 * 1024 * 1024)}, None, ReadLimits(), "zip bomb"),
        ({"a.pdf": b"x" * 5000, "b.pdf": b"y" * 5000}, None, ReadLimits(zip_max_total_bytes=8000),
         "zip bomb"),
        ({f"{i}.pdf": b"x" for i in range(5)}, None, ReadLimits(zip_max_members=4),
         "too many members"),
    ],
)
def test_unsafe_zip(tmp_path: Path, members: dict[str, bytes], symlink: str | None,
                    limits: ReadLimits, reason: str) -> None:
    archive = _zip(tmp_path / "upload.zip", members, symlink=symlink)
    out = tmp_path / "out"
    with pytest.raises(DocumentUnreadable, match=reason):
        extract_zip(archive, out, limits)
    assert not any(p.is_file() for p in out.rglob("*"))
    assert not (tmp_path / "evil.pdf").exists()
    [result] = read_upload(archive, engine=Fixed(), limits=limits)
    assert isinstance(result, DocumentUnreadable)


@needs_font
def test_zip_upload_reads_each_member(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "x.pdf", ["学历证书 证书编号：GX2023-00817"])
    png = io.BytesIO()
    text_image().save(png, format="PNG")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("deeper.pdf", pdf.read_bytes())
    archive = tmp_path / "材料.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("学历/学历证书.pdf", pdf.read_bytes())
        zf.writestr("photo.png", png.getvalue())
        zf.writestr("inner.zip", inner.getvalue())
    results = read_upload(archive, engine=Fixed(), name="材料.zip")
    by_name = {r.file: r for r in results}
    assert set(by_name) == {"材料.zip/学历/学历证书.pdf", "材料.zip/photo.png",
                            "材料.zip/inner.zip"}
    assert by_name["材料.zip/学历/学历证书.pdf"].text_source == "text_layer"  # type: ignore[union-attr]
    assert by_name["材料.zip/photo.png"].text_source == "ocr"  # type: ignore[union-attr]
    assert isinstance(by_name["材料.zip/inner.zip"], DocumentUnreadable)
    with pytest.raises(DocumentUnreadable, match="ZIP"):
        read_file(archive, engine=Fixed())


class _GbkInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 - zipfile's name
        return self.filename.encode("gbk"), self.flag_bits


def test_zip_gbk_member_names(tmp_path: Path) -> None:
    archive = tmp_path / "gbk.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(_GbkInfo("学历.pdf"), b"%PDF-1.4")  # as Chinese Windows tools write it
    [member] = extract_zip(archive, tmp_path / "out")
    assert member.name == "学历.pdf"


# -- PDFs: text layer or OCR ------------------------------------------------------------------
@needs_font
def test_text_layer_pdf_needs_no_ocr(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "cert.pdf",
                    ["中华人民共和国职称证书", "姓名：张伟", "证书编号：GX2023-00817"],
                    fontname="wqy", producer="WPS Office", creator="Writer")
    engine = Fixed()
    read = read_file(path, engine=engine, name="张伟/职称证书.pdf")
    assert engine.calls == 0
    assert read.file == "张伟/职称证书.pdf" and len(read.sha256) == 64
    [page] = read.pages
    assert page.read_by == "text_layer" and read.text_source == "text_layer"
    assert [w.text for w in page.words] == ["中华人民共和国职称证书", "姓名：张伟",
                                            "证书编号：GX2023-00817"]
    first = page.words[0]
    assert first.size == 14 and first.font and "WenQuanYi" in first.font
    assert 25 < first.bbox.x0 < 35 and 30 < first.bbox.top < first.bbox.bottom < 55  # points
    assert (page.width, page.height) == (420, 200)
    assert page.quality is not None and page.quality.red_seal_ratio == 0
    assert read.meta.producer == "WPS Office" and read.meta.creator == "Writer"
    assert read.meta.incremental_updates == 0 and not read.meta.has_javascript


def test_garbled_or_tiny_text_layer_goes_to_ocr(tmp_path: Path) -> None:
    garbled = make_pdf(tmp_path / "garbled.pdf",
                       ["\ufffd\ufffd\ue000\ue001\ue002\ue003\ue004\ue005\ue006 12"])
    tiny = make_pdf(tmp_path / "tiny.pdf", ["证书编号：GX2023-00817 职称评审"], fontsize=1.5)
    for path in (garbled, tiny):
        engine = Fixed()
        read = read_file(path, engine=engine)
        assert engine.calls == 1
        assert read.pages[0].read_by == "ocr:fixed 1 识别结果"
        assert read.text == "识别结果"


@pytest.mark.slow  # real OCR (rapidocr)
@needs_font
def test_scanned_pdf_page_is_recognised(tmp_path: Path, rapid: Any) -> None:
    buf = io.BytesIO()
    text_image().save(buf, format="PNG")
    doc = pymupdf.open()
    page = doc.new_page(width=380, height=150)
    page.insert_text((5, 8), "Scan", fontsize=4)  # a scanner's stamp: a few characters
    page.insert_image(page.rect, stream=buf.getvalue())
    doc.save(tmp_path / "scan.pdf")
    read = read_file(tmp_path / "scan.pdf", engine=rapid)
    [page_read] = read.pages
    assert page_read.read_by.startswith("ocr:rapidocr") and "PP-OCRv4" in page_read.read_by
    assert cer("".join(LINES), page_read.text) < 0.1
    w = page_read.words[0]
    assert 0 <= w.bbox.x0 < w.bbox.x1 <= 380 and 0 <= w.bbox.top < w.bbox.bottom <= 150  # points
    assert 0.5 < w.confidence <= 1.0


@pytest.mark.slow  # real OCR (rapidocr)
@needs_font
def test_text_layer_contradicting_page_image(tmp_path: Path, rapid: Any) -> None:
    """An honest page verifies; a text layer hidden under an image of other text does not."""
    honest = make_pdf(tmp_path / "honest.pdf", LINES, fontname="wqy", fontsize=20)
    read = read_file(honest, engine=rapid, verify_text_layer=True)
    assert read.pages[0].read_by == "text_layer"
    assert (read.pages[0].text_layer_mismatch is not None
            and read.pages[0].text_layer_mismatch < 0.15)

    forged = tmp_path / "forged.pdf"
    doc = pymupdf.open(honest)
    buf = io.BytesIO()
    text_image(["姓名李四男汉族", "毕业于北京大学"], size=(840, 400)).save(buf, format="PNG")
    doc[0].insert_image(doc[0].rect, stream=buf.getvalue())  # drawn over the text
    doc.save(forged)
    read = read_file(forged, engine=rapid)  # a picture over the page: verified without asking
    assert read.pages[0].text_layer_mismatch is not None and read.pages[0].text_layer_mismatch > 0.5
    plain = read_file(honest, engine=rapid)  # a vector page: no OCR unless asked
    assert plain.pages[0].read_by == "text_layer" and plain.pages[0].text_layer_mismatch is None

    sealed = tmp_path / "sealed.pdf"  # a small picture (a seal) on a vector page: no OCR either
    doc = pymupdf.open(honest)
    buf = io.BytesIO()
    text_image(["印"], size=(120, 120)).save(buf, format="PNG")
    doc[0].insert_image(pymupdf.Rect(20, 20, 80, 80), stream=buf.getvalue())
    doc.save(sealed)
    read = read_file(sealed, engine=rapid)
    assert read.pages[0].read_by == "text_layer" and read.pages[0].text_layer_mismatch is None


def lost_name_pdf(path: Path) -> Path:
    """A born-digital page whose font's ToUnicode map sends the name's two glyphs to the
    private-use area (as broken producers do): it shows 姓名：张伟, its layer says
    姓名：\ue000\ue001."""
    import re

    doc = pymupdf.open()
    page = doc.new_page(width=420, height=200)
    page.insert_font(fontname="wqy", fontfile=str(FONT))
    page.insert_text((30, 50), "姓名：张伟", fontname="wqy", fontsize=20)
    page.insert_text((30, 90), "证书编号：GX2023-00817", fontname="wqy", fontsize=20)
    font = next(x for x in range(1, doc.xref_length()) if "/ToUnicode" in doc.xref_object(x))
    cmap = int(doc.xref_get_key(font, "ToUnicode")[1].split()[0])
    shown = b"".join(doc.xref_stream(x) for x in page.get_contents())
    name = re.findall(rb"\[<([0-9a-fA-F]+)>\]\s*TJ", shown)[0][-8:]
    lost = b"2 beginbfchar\n<" + name[:4] + b"> <E000>\n<" + name[4:] + b"> <E001>\nendbfchar\n"
    doc.update_stream(cmap, doc.xref_stream(cmap).replace(b"endcmap", lost + b"endcmap"))
    doc.save(path, garbage=3, deflate=True)
    return path


@pytest.mark.slow  # real OCR (rapidocr)
@needs_font
def test_text_layer_with_lost_characters_is_mended_by_ocr(tmp_path: Path, rapid: Any) -> None:
    path = lost_name_pdf(tmp_path / "lost.pdf")
    assert pymupdf.open(path)[0].get_text().split("\n")[0] == "姓名：\ue000\ue001"
    counting = Counting(rapid)
    read = read_file(path, engine=counting, cache=OcrCache(tmp_path / "cache"))
    [page] = read.pages
    assert counting.calls == 1
    assert page.read_by == "text_layer" and read.text_source == "ocr"
    name, number = page.words
    assert (name.text.replace(":", "：") == "姓名：张伟"
            and name.source == f"ocr:{counting.identity()}")
    assert page.source_of(name).startswith("ocr:") and name.confidence < 1.0
    assert 25 < name.bbox.x0 < 35 and 30 < name.bbox.top < name.bbox.bottom < 57  # page points
    # clean: the layer's, exact
    assert number.text == "证书编号：GX2023-00817" and number.source is None
    assert page.source_of(number) == "text_layer"
    assert page.text_layer_mismatch is not None and page.text_layer_mismatch < 0.15
    again = read_file(path, engine=counting, cache=OcrCache(tmp_path / "cache"))
    assert counting.calls == 1 and again == read  # the OCR cache serves the mended page too


def test_merge_keeps_clean_words_and_unread_lost_words() -> None:
    from pipeline.model import BBox, Word
    from pipeline.read.merge import merge

    layer = [Word("单位：柳州某某公司", BBox(10, 10, 150, 24)),
             Word("姓名：\ufffd\ufffd", BBox(200, 10, 260, 24)),
             Word("编号：\ue000\ue001", BBox(10, 60, 80, 74)),
             Word("性别：男", BBox(10, 100, 60, 114))]
    # OCR read the first line as one run over both cells; it read nothing where 编号 is
    ocr = [Word("单位：柳州某某公司姓名：张伟", BBox(10, 10, 260, 24), 0.9),
           Word("性别：男", BBox(10, 100, 60, 114), 0.95)]
    words, replaced = merge(layer, ocr, "ocr:x")
    assert replaced == 1
    assert [(w.text, w.source) for w in words] == [
        ("单位：柳州某某公司", None), ("姓名：张伟", "ocr:x"), ("编号：\ue000\ue001", None),
        ("性别：男", None)]
    assert 130 <= words[1].bbox.x0 < 205 and words[1].bbox.x1 == 260


@pytest.mark.parametrize(("turn", "skew"), [(0, 0.0), (90, 0.0), (180, 3.0), (270, -4.5)])
def test_ocr_boxes_map_back_onto_the_page(turn: int, skew: float) -> None:
    """A mark on the page, turned and deskewed as the reader does, maps back to where it was."""
    from pipeline.model import BBox
    from pipeline.read.merge import to_page_box

    page = Image.new("L", (300, 200), 255)
    ImageDraw.Draw(page).rectangle((40, 150, 60, 160), fill=0)
    seen = rotate_clockwise(page, turn)
    if skew:
        seen = seen.rotate(skew, resample=Image.Resampling.NEAREST, expand=True, fillcolor=255)
    x0, top, x1, bottom = Image.eval(seen, lambda v: 255 - v).getbbox()
    box = to_page_box(BBox(x0, top, x1, bottom), turn=turn, skew=skew, size=seen.size,
                      page=(300, 200))
    centre = ((box.x0 + box.x1) / 2, (box.top + box.bottom) / 2)
    assert centre == pytest.approx((50.5, 155.5), abs=1.5)


def test_pdf_forensic_metadata(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "a.pdf", ["证书编号：GX2023-00817 职称评审"],
                    producer="Adobe Photoshop 2023")
    doc = pymupdf.open(path)
    doc[0].insert_text((30, 150), "修改后的文字", fontname="china-s")
    doc.saveIncr()
    doc.close()
    doc = pymupdf.open(path)
    js = doc.get_new_xref()
    doc.update_object(js, "<</S/JavaScript/JS(app.alert(1))>>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{js} 0 R")
    doc.embfile_add("note.txt", b"hello")
    doc.save(tmp_path / "b.pdf")
    a = read_file(path, engine=Fixed())
    b = read_file(tmp_path / "b.pdf", engine=Fixed())
    assert a.meta.producer == "Adobe Photoshop 2023" and a.meta.incremental_updates == 1
    assert not a.meta.has_javascript and not a.meta.has_embedded_files
    assert b.meta.has_javascript and b.meta.has_embedded_files and b.meta.incremental_updates == 0


# -- images: OCR, orientation, coordinates ---------------------------------------------------
@pytest.mark.slow  # real OCR (rapidocr)
@needs_font
def test_image_ocr_words_boxes_confidence(tmp_path: Path, rapid: Any) -> None:
    im = text_image()
    im.save(tmp_path / "cert.png", dpi=(300, 300))
    read = read_file(tmp_path / "cert.png", engine=rapid)
    [page] = read.pages
    assert read.text_source == "ocr" and page.rotation == 0
    assert cer("".join(LINES), page.text) < 0.1
    # 300 dpi file: points = pixels * 72 / 300
    assert page.width == pytest.approx(760 * 72 / 300, abs=0.5)
    first = page.words[0]
    assert "职称" in first.text
    assert first.bbox.x0 == pytest.approx(30 * 72 / 300, abs=3)
    assert page.quality is not None and page.quality.width_px == 760


@pytest.mark.slow  # real OCR (rapidocr)
@needs_font
@pytest.mark.parametrize("turned", [90, 180])
def test_turned_image_is_set_upright(tmp_path: Path, rapid: Any, turned: int) -> None:
    rotate_clockwise(text_image(), turned).save(tmp_path / "turned.jpg", quality=90)
    [page] = read_file(tmp_path / "turned.jpg", engine=rapid).pages
    assert page.rotation == (360 - turned) % 360
    assert (page.width, page.height) == pytest.approx((760, 300), abs=2)  # upright, 1 pt/px
    assert cer("".join(LINES), page.text) < 0.1
    assert page.words[0].text.startswith("职称")  # reading order restored


@needs_font
def test_skew_is_found() -> None:
    im = text_image(LINES * 3, size=(760, 700))
    assert find_skew(im) == 0.0
    assert find_skew(im.rotate(4, expand=True, fillcolor="white")) == pytest.approx(-4, abs=0.6)


def test_multipage_tiff_and_exif(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (200, 100), c) for c in ("white", "gray", "white")]
    frames[0].save(tmp_path / "pages.tif", save_all=True, append_images=frames[1:])
    engine = Fixed()
    read = read_file(tmp_path / "pages.tif", engine=engine)
    assert [p.page_no for p in read.pages] == [1, 2, 3] and engine.calls == 3
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    Image.new("RGB", (200, 100), "white").save(tmp_path / "phone.jpg", exif=exif)
    [page] = read_file(tmp_path / "phone.jpg", engine=Fixed()).pages
    assert (page.quality.width_px, page.quality.height_px) == (100, 200)  # type: ignore[union-attr]


# -- the cache --------------------------------------------------------------------------------
@pytest.mark.slow  # real OCR (rapidocr)
@needs_font
def test_cache_hit_avoids_second_ocr(tmp_path: Path, rapid: Any) -> None:
    text_image(["学位证书编号：1045322023001"]).save(tmp_path / "deg.png")
    counting = Counting(rapid)
    first = read_file(tmp_path / "deg.png", engine=counting, cache=OcrCache(tmp_path / "cache"))
    again = read_file(tmp_path / "deg.png", engine=counting, cache=OcrCache(tmp_path / "cache"))
    assert counting.calls == 1
    assert again == first
    # another engine identity, or another file content, misses
    other = Fixed()
    read_file(tmp_path / "deg.png", engine=other, cache=OcrCache(tmp_path / "cache"))
    assert other.calls == 1
    text_image(["学位证书编号：1045322023002"]).save(tmp_path / "deg.png")
    read_file(tmp_path / "deg.png", engine=counting, cache=OcrCache(tmp_path / "cache"))
    assert counting.calls == 2


@pytest.mark.slow  # real OCR (rapidocr)
@needs_font
def test_cached_words_outlive_a_change_of_page_measurements(tmp_path: Path, rapid: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.read.quality as quality_module

    text_image(["学位证书编号：1045322023001"]).save(tmp_path / "deg.png")
    counting = Counting(rapid)
    first = read_file(tmp_path / "deg.png", engine=counting, cache=OcrCache(tmp_path / "cache"))
    monkeypatch.setattr(quality_module, "VERSION", quality_module.VERSION + 1)
    monkeypatch.setattr(quality_module, "sharpness", lambda rgb: 12345.0)  # a new measurement
    again = read_file(tmp_path / "deg.png", engine=counting, cache=OcrCache(tmp_path / "cache"))
    assert counting.calls == 1  # not read again
    assert again.pages[0].words == first.pages[0].words
    assert again.pages[0].quality is not None and again.pages[0].quality.sharpness == 12345.0


def test_cache_ignores_damaged_entries(tmp_path: Path) -> None:
    cache = OcrCache(tmp_path)
    cache.put("f" * 64, "e 1", 1, "o", {"words": []})
    assert cache.get("f" * 64, "e 1", 1, "o") == {"words": []}
    for entry in tmp_path.rglob("*.json"):
        entry.write_text("{not json")
    assert cache.get("f" * 64, "e 1", 1, "o") is None
    assert not list(tmp_path.rglob(".tmp-*"))


# -- quality --------------------------------------------------------------------------------
@pytest.mark.slow  # measures four 760x700 pages
@needs_font
def test_quality_measurements(tmp_path: Path) -> None:
    sharp = text_image(LINES * 3, size=(760, 700))
    blurred = sharp.filter(ImageFilter.GaussianBlur(4))
    assert measure(blurred).sharpness < measure(sharp).sharpness / 5
    gray = sharp.convert("L").convert("RGB")
    assert measure(gray).colourfulness < 0.5
    sealed = sharp.copy()
    draw = ImageDraw.Draw(sealed)
    draw.ellipse((450, 380, 700, 630), outline=(210, 30, 35), width=10)
    draw.regular_polygon((575, 505, 40), 5, fill=(210, 30, 35))
    q = measure(sealed)
    assert q.red_seal_ratio > SEAL_PRESENT_RATIO and q.colourfulness > measure(gray).colourfulness
    assert measure(sharp).red_seal_ratio < SEAL_PRESENT_RATIO
    framed = sharp.copy()  # a red border and a red heading, as on printed 聘书 forms: no seal
    draw = ImageDraw.Draw(framed)
    draw.rectangle((8, 8, 751, 691), outline=(210, 30, 35), width=12)
    draw.rectangle((250, 30, 510, 70), fill=(210, 30, 35))
    assert measure(framed).red_seal_ratio < SEAL_PRESENT_RATIO < measure(sealed).red_seal_ratio


@needs_font
def test_vector_seal_in_born_digital_pdf(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "letter.pdf", ["聘书 兹聘请张伟同志为高级工程师"], fontname="wqy")
    doc = pymupdf.open(path)
    doc[0].draw_circle((330, 110), 28, color=(0.85, 0.1, 0.1), width=4)  # ~0.35 of the short side
    doc.save(tmp_path / "sealed.pdf")
    plain = read_file(path, engine=Fixed()).pages[0].quality
    sealed = read_file(tmp_path / "sealed.pdf", engine=Fixed()).pages[0].quality
    assert plain is not None and sealed is not None
    assert plain.red_seal_ratio < SEAL_PRESENT_RATIO < sealed.red_seal_ratio


# -- the engine registry ------------------------------------------------------------------------
def test_engine_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    known = ", ".join(sorted(ENGINES))  # the message names every registered engine
    with pytest.raises(UnknownEngine, match=f"'no-such-engine'; known: {re.escape(known)}$"):
        get_engine("no-such-engine")
    assert {"rapidocr", "paddleocr", "none"} <= set(ENGINES)
    none = get_engine("none")
    assert none is get_engine("none") and none.recognize(Image.new("RGB", (10, 10))) == []
    monkeypatch.delenv("CREDCHECK_PADDLEOCR_MODEL_DIR", raising=False)
    with pytest.raises(MissingDependency, match="CREDCHECK_PADDLEOCR_MODEL_DIR"):
        get_engine("paddleocr")


def test_uploads_are_opened_without_following_links(tmp_path):
    """One safe opening (pipeline.files, O_NOFOLLOW) for forms, tables and uploads alike."""
    from pipeline.files import Refused, file_sha256
    from pipeline.read.safe_open import ReadLimits, check_file, sniff_kind

    real = tmp_path / "real.png"
    real.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    link = tmp_path / "link.png"
    link.symlink_to(real)
    assert check_file(real, "real.png", ReadLimits()) == ("image", "png")
    with pytest.raises(DocumentUnreadable, match="symbolic link: not followed"):
        check_file(link, "link.png", ReadLimits())
    assert sniff_kind(link) is None and sniff_kind(real) == "image"
    with pytest.raises(Refused):
        file_sha256(link)
    assert file_sha256(link, follow_links=True) == file_sha256(real)
