"""Open uploads safely: sniff what a file is by its bytes, refuse lies and bombs.

Every refusal is a :class:`~pipeline.errors.DocumentUnreadable` with an English reason (a
PDF repaired into empty pages: English and Chinese); it becomes a DOC_UNREADABLE flag, never
a crash. Nothing here OCRs or interprets text.
"""

from __future__ import annotations

import os
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline.errors import DocumentUnreadable
from pipeline.files import Refused, open_regular, read_regular

if TYPE_CHECKING:
    import pymupdf
    from PIL import Image

FileKind = Literal["pdf", "image", "zip"]
ImageFormat = Literal["jpeg", "png", "tiff"]

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Bounds on what one upload may cost to open. Exceeding one makes the file unreadable."""

    max_file_bytes: int = 200 * MiB
    max_pages: int = 300  # PDF pages or TIFF frames
    max_image_pixels: int = 80_000_000  # one decoded image (about 9000 x 9000)
    max_render_pixels: int = 25_000_000  # one rendered PDF page; the dpi is lowered to fit
    max_stream_bytes: int = 128 * MiB  # one PDF stream other than an image, once inflated
    max_total_stream_bytes: int = 512 * MiB  # all of them together
    zip_max_members: int = 500
    zip_max_total_bytes: int = 1024 * MiB  # sum of uncompressed member sizes
    zip_max_ratio: float = 200.0  # uncompressed/compressed, for members over 1 MiB
    # seconds of work reading one document (OCR included), checked between pages; waiting for
    # an OCR slot does not count. None: no limit.
    max_seconds: float | None = 300.0


# extension -> (kind, image format or None)
EXTENSIONS: dict[str, tuple[FileKind, ImageFormat | None]] = {
    ".pdf": ("pdf", None),
    ".jpg": ("image", "jpeg"),
    ".jpeg": ("image", "jpeg"),
    ".jpe": ("image", "jpeg"),
    ".png": ("image", "png"),
    ".tif": ("image", "tiff"),
    ".tiff": ("image", "tiff"),
    ".zip": ("zip", None),
}

_FORMAT_NAMES = {"jpeg": "a JPEG image", "png": "a PNG image", "tiff": "a TIFF image",
                 "pdf": "a PDF", "zip": "a ZIP archive"}


def why(error: BaseException, path: Path, name: str) -> str:
    """A library's error message, with the file's path on this machine replaced by its name
    (outputs say which upload, not where the server keeps it)."""
    text = str(error).replace(str(path), name)
    return text if len(text) <= 300 else text[:300] + "…"


def sniff(head: bytes) -> tuple[FileKind, ImageFormat | None] | None:
    """What the first bytes of a file say it is, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return ("image", "jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ("image", "png")
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return ("image", "tiff")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ("zip", None)
    if b"%PDF-" in head[:1024]:  # the header may follow a little junk; readers accept that
        return ("pdf", None)
    return None


def sniff_kind(path: Path) -> FileKind | None:
    """"pdf", "image" or "zip" by the file's magic bytes; None if unknown or unreadable."""
    try:
        with open_regular(path) as f:
            head = f.read(1024)
    except (OSError, Refused):
        return None
    found = sniff(head)
    return found[0] if found else None


def check_file(path: Path, name: str, limits: ReadLimits) -> tuple[FileKind, ImageFormat | None]:
    """The file's kind after checking size, magic bytes and that the extension tells the truth."""
    try:
        with open_regular(path) as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(1024)
    except Refused as refused:
        raise DocumentUnreadable(name, str(refused)) from None
    except OSError as error:
        raise DocumentUnreadable(name, f"cannot be opened ({error.strerror or error})") from error
    if size == 0:
        raise DocumentUnreadable(name, "is empty (0 bytes)")
    if size > limits.max_file_bytes:
        raise DocumentUnreadable(
            name, f"is too large ({size // MiB} MiB; limit {limits.max_file_bytes // MiB} MiB)"
        )
    ext = Path(name).suffix.lower() or path.suffix.lower()
    found = sniff(head)
    if found is None:
        what = "unsupported file type" if ext not in EXTENSIONS else "content is not recognised"
        raise DocumentUnreadable(
            name, f"{what}: not a PDF, JPEG, PNG, TIFF or ZIP file by its content"
        )
    if ext not in EXTENSIONS:
        raise DocumentUnreadable(name, f"unsupported extension '{ext or '(none)'}'")
    expected = EXTENSIONS[ext]
    if expected != found:
        said = _FORMAT_NAMES[expected[1] or expected[0]]
        actual = _FORMAT_NAMES[found[1] or found[0]]
        raise DocumentUnreadable(
            name, f"extension '{ext}' says {said} but the content is {actual}"
        )
    return found


def open_pdf(path: Path, name: str, limits: ReadLimits) -> pymupdf.Document:
    """Open a PDF with PyMuPDF; encrypted ones with the empty password, else unreadable."""
    import pymupdf

    try:
        try:
            str(path).encode("utf-8")
        except UnicodeEncodeError:  # a name in other bytes (GBK): MuPDF takes only UTF-8 paths
            doc = pymupdf.open(stream=path.read_bytes(), filetype="pdf")
        else:
            doc = pymupdf.open(str(path), filetype="pdf")
    except Exception as error:  # noqa: BLE001 - MuPDF raises its own types
        raise DocumentUnreadable(name, f"corrupt PDF ({why(error, path, name)})") from error
    return _checked(doc, name, limits, path, path.stat().st_size)


def read_bytes(path: Path, name: str, limits: ReadLimits = ReadLimits()) -> bytes:
    """The whole file (an upload already checked by :func:`check_file`), no link followed."""
    try:
        return read_regular(path, limits.max_file_bytes)
    except Refused as refused:
        raise DocumentUnreadable(name, str(refused)) from None
    except OSError as error:
        raise DocumentUnreadable(name, f"cannot be opened ({error.strerror or error})") from error


def open_pdf_bytes(data: bytes, name: str, limits: ReadLimits) -> pymupdf.Document:
    """Open a PDF held in memory (an earlier revision of an upload, cut at one of its
    ``%%EOF`` boundaries) under the same limits as :func:`open_pdf`."""
    import pymupdf

    if len(data) > limits.max_file_bytes:
        raise DocumentUnreadable(name, f"is too large ({len(data) // MiB} MiB; "
                                       f"limit {limits.max_file_bytes // MiB} MiB)")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as error:  # noqa: BLE001 - MuPDF raises its own types
        raise DocumentUnreadable(name, f"corrupt PDF ({str(error)[:300]})") from error
    return _checked(doc, name, limits, None, len(data))


def _checked(doc: pymupdf.Document, name: str, limits: ReadLimits,
             path: Path | None, size: int) -> pymupdf.Document:
    """`doc` after the password, page-count, stream and repair checks; closed if it fails one."""
    try:
        if doc.needs_pass and not doc.authenticate(""):
            raise DocumentUnreadable(name, "encrypted PDF: a password is needed to open it")
        count = doc.page_count
        if count == 0:
            raise DocumentUnreadable(name, "PDF has no pages")
        if count > limits.max_pages:
            raise DocumentUnreadable(
                name, f"PDF has too many pages ({count}; limit {limits.max_pages})"
            )
        check_pdf_streams(doc, name, limits, size)
        if doc.is_repaired:
            check_repaired(doc, path, name)
    except DocumentUnreadable:
        doc.close()
        raise
    except Exception as error:  # noqa: BLE001
        doc.close()
        text = why(error, path, name) if path is not None else str(error)[:300]
        raise DocumentUnreadable(name, f"corrupt PDF ({text})") from error
    return doc


EOF_TAIL = 1024  # a PDF's last %%EOF lies within this many bytes of its end (readers' rule)


def check_repaired(doc: pymupdf.Document, path: Path | None, name: str) -> None:
    """Refuse a PDF MuPDF had to repair when that left pages empty.

    MuPDF rebuilds a damaged cross-reference table silently, and a file cut short in transit
    then opens with its page tree whole but the pages past the cut empty. Such a file is
    unreadable when every page came out empty, or when any did and the file ends early (no
    ``%%EOF`` in its last KiB). A repaired file whose pages all carry text, images or
    drawings stays readable (:attr:`DocumentMeta.repaired` records the repair), and so does
    an intact-looking one with some blank pages: documents have blank pages.
    """
    empty = [i + 1 for i in range(doc.page_count) if _page_is_empty(doc, i)]
    if not empty:
        return
    cut = path is not None and _ends_early(path)
    if len(empty) < doc.page_count and not cut:
        return
    pages = _page_ranges(empty)
    en = (f"page {pages}" if len(empty) == 1 else f"pages {pages}") + f" of {doc.page_count}"
    zh = f"第 {pages} 页（共 {doc.page_count} 页）"
    if len(empty) == doc.page_count:
        en = "every page" if doc.page_count > 1 else "its page"
        zh = "全部页面"
    raise DocumentUnreadable(
        name,
        f"damaged PDF repaired on opening: {en} came out empty"
        + (" (the file ends early, no %%EOF: cut short in transit?)" if cut else "")
        + f"; PDF 文件已损坏，修复后{zh}无任何内容"
        + ("（文件不完整，可能上传中断）" if cut else ""),
    )


def _page_is_empty(doc: pymupdf.Document, index: int) -> bool:
    """No text, no image, no drawing on the page; a page that cannot be loaded is not judged
    here (reading it says why)."""
    try:
        page = doc.load_page(index)
        return not (page.get_text("text").strip() or page.get_image_info() or page.get_drawings())
    except Exception:  # noqa: BLE001 - MuPDF's own types: left to the reader
        return False


def _ends_early(path: Path) -> bool:
    """Whether the file lacks ``%%EOF`` near its end (a truncated upload)."""
    try:
        with open_regular(path) as f:
            f.seek(0, 2)
            f.seek(max(f.tell() - EOF_TAIL, 0))
            return b"%%EOF" not in f.read()
    except (OSError, Refused):
        return False


def _page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> '1-3, 5'."""
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in runs)


#: Deflate inflates one byte to at most this many (zlib's documented limit, 1032:1).
DEFLATE_MAX_RATIO = 1032


def check_pdf_streams(doc: pymupdf.Document, name: str, limits: ReadLimits,
                      file_bytes: int | None = None) -> None:
    """Refuse decompression bombs inside a PDF before anything renders or extracts it.

    An image may not declare more than `max_image_pixels`; a Flate-compressed stream of any
    other kind (page contents, forms, fonts) may not inflate beyond `max_stream_bytes`, nor
    all of them together beyond `max_total_stream_bytes`. When the streams' compressed sizes
    times Deflate's largest ratio (:data:`DEFLATE_MAX_RATIO`, per filter stage) already stay
    within both limits, none can exceed them and nothing is inflated (most files: issue 14);
    otherwise every such stream is inflated and counted in chunks, never held whole. Streams
    under other filters and inline images are left to MuPDF.

    Every stream's raw bytes lie in the file, so with the file's size (`file_bytes`) the
    compressed sizes need not even be read when the whole file, inflated at that ratio,
    would stay within both limits (a small typed page: issue 14).
    """
    flate: list[tuple[int, int]] = []  # xref, Flate stages
    for xref in range(1, doc.xref_length()):
        try:
            if not doc.xref_is_stream(xref):
                continue
            if doc.xref_get_key(xref, "Subtype")[1] == "/Image":
                width, height = (_pdf_int(doc.xref_get_key(xref, key))
                                 for key in ("Width", "Height"))
                if width * height > limits.max_image_pixels:
                    raise DocumentUnreadable(
                        name, f"PDF image of {width}x{height} pixels "
                              f"(limit {limits.max_image_pixels}): "
                        "possible decompression bomb")
                continue
            kind, value = doc.xref_get_key(xref, "Filter")
            filters = value.strip("[]").split() if kind in ("name", "array") else []
            if not filters or any(f not in ("/FlateDecode", "/Fl") for f in filters):
                continue
            flate.append((xref, len(filters)))
        except DocumentUnreadable:
            raise
        except Exception:  # noqa: BLE001 - a damaged object is MuPDF's to judge, not ours
            continue
    if not flate:
        return
    if file_bytes is not None:
        # the streams' compressed bytes together are at most the file
        worst = file_bytes * DEFLATE_MAX_RATIO ** max(stages for _xref, stages in flate)
        if worst <= min(limits.max_stream_bytes, limits.max_total_stream_bytes):
            return
    bounds = []
    for xref, stages in flate:
        try:
            bounds.append(len(doc.xref_stream_raw(xref)) * DEFLATE_MAX_RATIO ** stages)
        except Exception:  # noqa: BLE001 - a damaged stream is MuPDF's to judge, not ours
            continue
    if (sum(bounds) <= limits.max_total_stream_bytes
            and all(b <= limits.max_stream_bytes for b in bounds)):
        return  # not even the worst inflation could pass a limit
    total = 0
    for xref, stages in flate:
        try:
            size = _inflated_size(doc.xref_stream_raw(xref), stages, limits.max_stream_bytes)
        except Exception:  # noqa: BLE001 - a damaged stream is MuPDF's to judge, not ours
            continue
        total += size
        if size > limits.max_stream_bytes:
            raise DocumentUnreadable(name, f"PDF stream {xref} inflates beyond "
                                           f"{limits.max_stream_bytes // MiB} MiB: "
                                           "possible decompression bomb")
        if total > limits.max_total_stream_bytes:
            raise DocumentUnreadable(name, f"PDF streams inflate beyond "
                                           f"{limits.max_total_stream_bytes // MiB} MiB "
                                           "in all: possible decompression bomb")


def _pdf_int(entry: tuple[str, str]) -> int:
    return int(entry[1]) if entry[0] == "int" else 0


def _inflated_size(data: bytes, stages: int, limit: int, chunk: int = MiB) -> int:
    """Bytes `data` inflates to through `stages` Flate filters, counting no further than
    just past `limit`."""
    decoders = [zlib.decompressobj() for _ in range(stages)]
    total = 0

    def feed(level: int, data: bytes) -> None:
        nonlocal total
        if level == stages:
            total += len(data)
            return
        decoder = decoders[level]
        while data and total <= limit and not decoder.eof:
            feed(level + 1, decoder.decompress(data, chunk))
            data = decoder.unconsumed_tail

    feed(0, data)
    return total


def open_image_frames(path: Path, name: str, limits: ReadLimits) -> list[Image.Image]:
    """Decode every frame of an image (multi-page TIFF too), EXIF-upright, as RGB.

    Refuses images over `max_image_pixels` before decoding them (decompression bombs) and
    truncated or corrupt data. Holds every frame in memory: readers that go page by page
    use :func:`iter_image_frames`.
    """
    return list(iter_image_frames(path, name, limits))


def iter_image_frames(path: Path, name: str, limits: ReadLimits) -> Iterator[Image.Image]:
    """Like :func:`open_image_frames`, one decoded frame at a time.

    Every frame's size is checked before the first is decoded; a frame that turns out corrupt
    raises when it is reached. Only the frame being read is held in memory, so a 300-page
    TIFF costs one page's pixels, not 300.
    """
    from PIL import Image, ImageOps

    with _image_errors(name, path):
        im = Image.open(path)
    try:
        with _image_errors(name, path):
            n = getattr(im, "n_frames", 1)
            if n > limits.max_pages:
                raise DocumentUnreadable(name, f"image has too many pages ({n}; "
                                               f"limit {limits.max_pages})")
            if n < 1:
                raise DocumentUnreadable(name, "image has no pages")
            for i in range(n):
                im.seek(i)
                w, h = im.size
                if w <= 0 or h <= 0:
                    raise DocumentUnreadable(name, "image has no pixels")
                if w * h > limits.max_image_pixels:
                    raise DocumentUnreadable(
                        name,
                        f"image is too large to decode safely ({w}x{h} pixels; "
                        f"limit {limits.max_image_pixels}): possible decompression bomb",
                    )
        for i in range(n):
            with _image_errors(name, path):  # not held across the yield: warning filters are global
                im.seek(i)
                im.load()
                frame = ImageOps.exif_transpose(im) if i == 0 else im.copy()
                frame.info["dpi"] = im.info.get("dpi")
                rgb = _to_rgb(frame)
            del frame
            yield rgb
    finally:
        im.close()


@contextmanager
def _image_errors(name: str, path: Path) -> Iterator[None]:
    """Pillow's errors and bomb warnings as DocumentUnreadable (naming the upload, not `path`)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except DocumentUnreadable:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise DocumentUnreadable(
            name, f"possible decompression bomb ({why(error, path, name)})") from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as error:
        raise DocumentUnreadable(
            name, f"corrupt or truncated image ({why(error, path, name)})") from error
    except Exception as error:  # noqa: BLE001 - Pillow's plugins raise TypeError, KeyError ... on damage
        raise DocumentUnreadable(
            name, f"corrupt image ({type(error).__name__}: {why(error, path, name)})") from error


def _to_rgb(im: Image.Image) -> Image.Image:
    """RGB, with transparency composited on white (phones' PNG screenshots)."""
    from PIL import Image

    dpi = im.info.get("dpi")
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        out = Image.new("RGB", rgba.size, "white")
        out.paste(rgba, mask=rgba.getchannel("A"))
    elif im.mode == "I;16" or im.mode.startswith("I;16") or im.mode in ("I", "F"):
        import numpy as np

        a = np.asarray(im, dtype=np.float64)
        a = (255 * (a - a.min()) / max(float(np.ptp(a)), 1.0)).astype("uint8")
        out = Image.fromarray(a).convert("RGB")
    else:
        out = im.convert("RGB")
    out.info["dpi"] = dpi
    return out
