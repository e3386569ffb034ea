"""Stage 2: a file becomes a :class:`~pipeline.model.ReadDocument` (pages, words, boxes).

    read_file(path, engine=get_engine("rapidocr"), cache=OcrCache(dir), name="学历.pdf")

- PDFs: per page, the text layer (PyMuPDF) when it holds enough real text; otherwise the
  page is rendered at `ocr_dpi` and recognised. A page that is mostly an image with little
  text, a garbled layer (replacement or private-use characters) or a tiny-font/invisible
  layer are all recognised instead. A usable layer with a lost character (U+FFFD,
  private-use, unassigned, control) in any word is recognised as well, and each such word
  is replaced by the OCR words over it (:mod:`pipeline.read.merge`; they carry
  ``Word.source = "ocr:..."``). With ``verify_text_layer=True`` text-layer pages are also
  recognised; whenever a text-layer page was recognised, `Page.text_layer_mismatch` records
  how much the two disagree.
- Images (JPEG, PNG, TIFF incl. multi-page): every frame is recognised.
- ZIP archives: :func:`read_upload` expands them safely and reads each member;
  :func:`read_file` refuses them (one file, one document).

Where a page image shows a red seal, the seal's region is recognised a second time with the
red removed and the more confident reading of the lines under it is kept
(:func:`pipeline.read.seals.reread_under_seals`).

Every page image is turned upright (0/90/180/270, `Page.rotation`) and deskewed
(`Page.skew`). An engine that can (:class:`~pipeline.read.engines.base.UprightReader`, the
default rapidocr) does it with the one text detection it recognises with: turn and skew are
judged from the detected boxes (their shapes, the direction classifier on a few crops, their
angles), the pixels are only turned losslessly and the boxes, not the page, are deskewed. Only
a page whose boxes are too short to show a direction (a few single glyphs) has its skew
searched (:func:`orientation.find_skew`) and, when skewed, its rotated pixels read again.
Other engines get the page turned and deskewed here (:func:`orientation.upright`). Word boxes
are in points on the page as displayed after that
correction: for PDFs, PDF points (the text layer's /Rotate applied); for images, pixels
scaled by 72/dpi, where dpi is the file's own when plausible (100-1200), else 72 (one point
per pixel). Every refusal is a :class:`~pipeline.errors.DocumentUnreadable`.

What a worker spends is bounded: at most `ocr_slots` pages of the process are in OCR at once
(:mod:`pipeline.read.slots`), pages are rendered or decoded one at a time, and a document
whose reading has taken more than ``ReadLimits.max_seconds`` (not counting time spent waiting
for a slot) is given up between two pages and becomes unreadable. A page already in OCR runs
to its end (a thread cannot be stopped), so one page's time is the most the limit overruns;
pages recognised before the limit stay in the cache. Read in a reader process
(:mod:`pipeline.read.isolated`, what a run does), the limit is hard: the process is killed.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import trace
from pipeline.errors import DocumentUnreadable
from pipeline.files import file_sha256
from pipeline.forensics import image_methods, page_parts, revisions, same_scan, text_edits
from pipeline.forensics.picture import Picture, onto_page
from pipeline.model import (
    BBox,
    DocumentMeta,
    Finding,
    Page,
    PageQuality,
    ReadDocument,
    Revision,
    Word,
)
from pipeline.read import images, merge, orientation, quality, seals, slots, text_layer
from pipeline.read.archive import extract_zip
from pipeline.read.cache import OcrCache
from pipeline.read.engines import OcrEngine, get_engine
from pipeline.read.engines.base import OcrWord, UprightRead
from pipeline.read.safe_open import (
    ReadLimits,
    check_file,
    iter_image_frames,
    open_pdf,
    open_pdf_bytes,
    read_bytes,
    sniff_kind,
    why,
)

if TYPE_CHECKING:
    import pymupdf
    from PIL import Image

READ_VERSION = "read-5"  # bump when anything that changes OCR results changes
# (2: lost text-layer words recognised; 3: second pass under seals; 4: pale seals found;
# 5: one detection per page, turn and skew judged from its boxes)

__all__ = [
    "OcrCache",
    "OcrEngine",
    "PlacedPicture",
    "READ_VERSION",
    "ReadLimits",
    "get_engine",
    "page_picture",
    "read_file",
    "read_upload",
    "sniff_kind",
]


def read_file(
    path: Path,
    *,
    engine: OcrEngine,
    cache: OcrCache | None = None,
    name: str | None = None,
    limits: ReadLimits = ReadLimits(),
    verify_text_layer: bool = False,
    ocr_dpi: int = images.DEFAULT_OCR_DPI,
    deskew: bool = True,
    ocr_slots: int | None = None,
    seal_pass: bool = True,
) -> ReadDocument:
    """Read one PDF or image upload. `name` is its display name in the applicant folder.

    `ocr_slots` caps concurrent OCR in this process (default: :func:`slots.configured`).
    `seal_pass`: recognise the regions of red seals again with the red removed
    (:func:`pipeline.read.seals.reread_under_seals`); off only to measure what it brings.
    """
    path = Path(path)
    name = name or path.name
    kind, _fmt = check_file(path, name, limits)
    if kind == "zip":
        raise DocumentUnreadable(name, "is a ZIP archive: read it with read_upload()")
    sha = file_sha256(path)
    reader = _Reader(engine, cache, sha, ocr_dpi, deskew, limits, name, ocr_slots, seal_pass)
    if kind == "pdf":
        pages, meta = reader.read_pdf(path, name, verify_text_layer)
    else:
        pages, found = reader.read_image(path, name)
        meta = DocumentMeta(findings=tuple(found))
    return ReadDocument(file=name, sha256=sha, pages=tuple(pages), meta=meta)


def read_upload(
    path: Path,
    *,
    engine: OcrEngine,
    cache: OcrCache | None = None,
    name: str | None = None,
    limits: ReadLimits = ReadLimits(),
    workdir: Path | None = None,
    **options: Any,
) -> list[ReadDocument | DocumentUnreadable]:
    """Read one upload; a ZIP archive gives one result per member, named "archive.zip/member".

    Unreadable files come back as DocumentUnreadable values so one bad member does not hide
    the others; a broken or unsafe archive as a whole is one DocumentUnreadable. Nested
    archives are not opened.
    """
    path = Path(path)
    name = name or path.name
    try:
        kind, _fmt = check_file(path, name, limits)
        if kind != "zip":
            return [read_file(path, engine=engine, cache=cache, name=name, limits=limits,
                              **options)]
        if workdir is not None:  # e.g. <out>/.work, which nothing else creates
            Path(workdir).mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="credcheck-zip-", dir=workdir) as tmp:
            members = extract_zip(path, Path(tmp), limits, name=name)
            results: list[ReadDocument | DocumentUnreadable] = []
            for member in members:
                member_name = f"{name}/{member.relative_to(Path(tmp).resolve()).as_posix()}"
                try:
                    if sniff_kind(member) == "zip":
                        raise DocumentUnreadable(member_name, "nested ZIP archives are not opened")
                    results.append(
                        read_file(member, engine=engine, cache=cache, name=member_name,
                                  limits=limits, **options)
                    )
                except DocumentUnreadable as error:
                    results.append(error)
            return results
    except DocumentUnreadable as error:
        return [error]


class _Reader:
    """One file's reading: holds the engine, cache and options for its pages."""

    def __init__(
        self, engine: OcrEngine, cache: OcrCache | None, sha: str, dpi: int, deskew: bool,
        limits: ReadLimits, name: str, ocr_slots: int | None = None, seal_pass: bool = True,
    ) -> None:
        self.engine, self.cache, self.sha = engine, cache, sha
        self.dpi, self.deskew, self.limits = dpi, deskew, limits
        self.name, self.ocr_slots = name, ocr_slots
        self.engine_id = engine.identity()
        self.options = (f"{READ_VERSION} dpi={dpi} deskew={deskew}"
                        + ("" if seal_pass else " seals=0"))
        self.seal_pass = seal_pass
        self.started = time.perf_counter()
        self.waited = 0.0  # seconds spent waiting for an OCR slot: not held against the limit

    def check_time(self, done: int, total: int | None) -> None:
        """Give up between pages once the document has used up ``limits.max_seconds``."""
        limit = self.limits.max_seconds
        if limit is None:
            return
        spent = time.perf_counter() - self.started - self.waited
        if spent > limit:
            of = f" of {total}" if total else ""
            raise DocumentUnreadable(
                self.name,
                f"reading stopped after {done}{of} page(s): {spent:.0f} s exceeds the time limit "
                f"of {limit:g} s per document",
            )

    # -- OCR of one page image, through the cache ------------------------------------------
    def ocr(self, page_no: int, make_image: Any) -> dict[str, Any]:
        """The page's OCR entry (from the cache, or by rendering and recognising it)."""
        if self.cache is not None:
            entry = self.cache.get(self.sha, self.engine_id, page_no, self.options)
            if entry is not None and entry.get("quality_version") == quality.VERSION:
                return entry
            if entry is not None:  # words still good; the page measurements have changed since
                q = quality.measure(make_image()[0])
                entry = {**entry, "quality": _quality_row(q), "quality_version": quality.VERSION}
                self.cache.put(self.sha, self.engine_id, page_no, self.options, entry)
                return entry
        with slots.ocr_slot(self.ocr_slots) as waited, trace.span("ocr", page=page_no) as span:
            self.waited += waited
            span["wait_s"] = round(waited, 4)
            image, dpi = make_image()
            q = quality.measure(image)
            scale = 72.0 / dpi
            found, turn, skew, size = self._recognise(image)
            words = [
                [w.text, w.box[0] * scale, w.box[1] * scale, w.box[2] * scale, w.box[3] * scale,
                 w.confidence]
                for w in found
            ]
            span["pixels"] = image.width * image.height
            del image  # the page's pixels go before the next page is rendered
        entry = {
            "rotation": turn,
            "skew": skew,
            "width": size[0] * scale,
            "height": size[1] * scale,
            "words": words,
            "quality": _quality_row(q),
            "quality_version": quality.VERSION,
        }
        if self.cache is not None:
            self.cache.put(self.sha, self.engine_id, page_no, self.options, entry)
        return entry

    def _recognise(self, image: Image.Image) -> tuple[list[OcrWord], int, float, tuple[int, int]]:
        """The page's lines with boxes in its upright, deskewed frame; the clockwise turn, the
        skew and that frame's size. An engine that reads with one detection
        (:class:`~pipeline.read.engines.base.UprightReader`) judges turn and skew from its
        boxes and the pixels are only turned (losslessly); otherwise the page is turned and
        deskewed here (:func:`orientation.upright`) and then recognised."""
        read_upright = getattr(self.engine, "read_upright", None)
        if read_upright is None:
            up, turn, skew = orientation.upright(image, self.engine, deskew=self.deskew)
            found = self.engine.recognize(up)
            if self.seal_pass:
                found = seals.reread_under_seals(up, found, self.engine)
            return found, turn, skew, (up.width, up.height)
        read: UprightRead = read_upright(image)
        turned = orientation.rotate_clockwise(image, read.turn)
        skew = read.skew if self.deskew else 0.0
        if skew is None:  # no line long enough to tell: search the skew, and if any, read again
            skew = orientation.find_skew(turned)
            if skew:
                from PIL import Image as PILImage

                up = turned.rotate(skew, resample=PILImage.Resampling.BICUBIC, expand=True,
                                   fillcolor="white")
                found = self.engine.recognize(up)
                if self.seal_pass:
                    found = seals.reread_under_seals(up, found, self.engine)
                return found, read.turn, skew, (up.width, up.height)
        found = list(read.words)
        if self.seal_pass:
            found = seals.reread_under_seals(turned, found, self.engine)
        quads = dict(zip(read.words, read.quads, strict=True))
        words, size = orientation.deskew_words(found, quads,
                                               (turned.width, turned.height), skew)
        return words, read.turn, skew, size

    def ocr_page(self, page_no: int, make_image: Any, mismatch_with: tuple[Word, ...] = ()) -> Page:
        entry = self.ocr(page_no, make_image)
        words = tuple(
            Word(str(t), BBox(max(x0, 0.0), max(y0, 0.0), max(x1, x0, 0.0), max(y1, y0, 0.0)),
                 float(c))
            for t, x0, y0, x1, y1, c in entry["words"]
        )
        return Page(
            page_no=page_no,
            width=float(entry["width"]),
            height=float(entry["height"]),
            words=words,
            read_by=f"ocr:{self.engine_id}",
            quality=PageQuality(*entry["quality"]),
            rotation=int(entry["rotation"]),
            skew=float(entry["skew"]),
            text_layer_mismatch=mismatch(mismatch_with, words) if mismatch_with else None,
        )

    # -- pictures: image forensics, through the cache ------------------------------------
    def picture_findings(self, page_no: int, make: Any,
                         rect: tuple[float, float, float, float] | None = None,
                         ) -> tuple[list[Finding], str | None]:
        """The image forensics findings of one picture (:mod:`pipeline.forensics.image_methods`),
        boxes in the picture's pixels, and its capture fingerprint
        (:mod:`pipeline.forensics.same_scan`; `rect`: where the picture lies on its PDF page);
        `make` builds the :class:`Picture` on a cache miss."""
        options = f"{image_methods.VERSION} {same_scan.VERSION} {READ_VERSION} {rect}"
        if self.cache is not None:
            entry = self.cache.get(self.sha, image_methods.VERSION, page_no, options)
            if entry is not None and isinstance(entry.get("findings"), list):
                found = [_finding_from_row(row) for row in entry["findings"]]
                return found, entry.get("fingerprint")
        with trace.span("forensics", page=page_no):
            picture = make()
            found = image_methods.analyse(picture) if picture is not None else []
            print_ = same_scan.fingerprint(picture, rect) if picture is not None else None
        if self.cache is not None:
            self.cache.put(self.sha, image_methods.VERSION, page_no, options,
                           {"findings": [_finding_row(f) for f in found], "fingerprint": print_})
        return found, print_

    # -- files ------------------------------------------------------------------------------
    def read_image(self, path: Path, name: str) -> tuple[list[Page], list[Finding]]:
        pages: list[Page] = []
        found: list[Finding] = []
        tags, quality = images.picture_info(path)
        for i, frame in enumerate(iter_image_frames(path, name, self.limits), start=1):
            self.check_time(i - 1, None)
            page = self.ocr_page(i, lambda f=frame: (f, images.image_dpi(f)))
            size = frame.size
            seen, print_ = self.picture_findings(
                i, lambda f=frame, i=i: _frame_picture(f, i, tags, quality, name))
            pages.append(replace(page, fingerprint=print_))
            found.extend(_onto(f, size, size, page) for f in seen)
            del frame
        return pages, found

    def read_pdf(self, path: Path, name: str, verify: bool) -> tuple[list[Page], DocumentMeta]:
        doc = open_pdf(path, name, self.limits)
        try:
            meta = pdf_meta(doc)
            if meta.incremental_updates:
                meta = replace(meta, revisions=self.pdf_revisions(path, name, doc))
            pages = []
            edits: list[Finding] = []
            for index in range(doc.page_count):
                self.check_time(index, doc.page_count)
                try:
                    page = doc.load_page(index)
                    pages.append(self._pdf_page(page, index + 1, verify))
                    if pages[-1].read_by == "text_layer":
                        edits.extend(text_edits.analyse(page, index + 1))
                    seen, print_ = self.pdf_picture_findings(doc, page, pages[-1])
                    edits.extend(seen)
                    if print_:
                        pages[-1] = replace(pages[-1], fingerprint=print_)
                except DocumentUnreadable:
                    raise
                except Exception as error:  # noqa: BLE001 - MuPDF's own types: a damaged page
                    reason = f"page {index + 1} cannot be read ({why(error, path, name)})"
                    raise DocumentUnreadable(name, reason) from error
            return pages, replace(meta, findings=tuple(edits))
        finally:
            doc.close()

    def pdf_picture_findings(self, doc: pymupdf.Document, page: pymupdf.Page,
                             read: Page) -> tuple[list[Finding], str | None]:
        """Image forensics on the picture behind an image-backed page (a scan, a photo made
        into a PDF), boxes moved onto the page as read, and the picture's capture fingerprint;
        other pages' pictures (seals, logos, photos in a typed document) are not judged."""
        placed = _backing_picture(page)
        if placed is None:
            return [], None
        xref, rect, axis_aligned = placed
        width, height = _image_size(doc, xref)
        if width * height > self.limits.max_image_pixels:
            return [], None

        def make() -> Picture | None:
            return _embedded_picture(doc, xref, read.page_no, self.name)

        where = (round(rect.x0, 1), round(rect.y0, 1), round(rect.x1, 1), round(rect.y1, 1))
        found, print_ = self.picture_findings(read.page_no, make, where)
        shown = (page.rect.width, page.rect.height)
        out = []
        for f in found:
            if not axis_aligned or f.bbox is None:
                out.append(replace(f, page_no=read.page_no, bbox=None, old_bbox=None))
                continue
            out.append(_onto(f, (width, height), shown, read, rect))
        return out, print_ if axis_aligned else None

    def pdf_revisions(self, path: Path, name: str, final: pymupdf.Document) -> tuple[Revision, ...]:
        """Each incremental update compared with the revision before it
        (:mod:`pipeline.forensics.revisions`); every revision is opened from memory through
        :func:`~pipeline.read.safe_open.open_pdf_bytes` under the reader's limits."""
        data = read_bytes(path, name, self.limits)
        ends = revisions.revision_ends(data, final.version_count)
        found: list[Revision] = []
        if len(ends) < 2:
            return (Revision(1, 0, len(data), error="no earlier %%EOF boundary found"),)
        first = max(len(ends) - 1 - revisions.MAX_UPDATES, 0)
        older = None
        try:
            for k in range(first, len(ends) - 1):
                start, end = ends[k], ends[k + 1]
                try:
                    if older is None:
                        older = open_pdf_bytes(data[:start], name, self.limits)
                    newer = (final if k == len(ends) - 2
                             else open_pdf_bytes(data[:end], name, self.limits))
                except DocumentUnreadable as error:
                    found.append(Revision(k + 1, start, end, error=error.reason))
                    older = None
                    continue
                try:
                    found.append(revisions.compare(older, newer, k + 1, start, end))
                except Exception as error:  # noqa: BLE001 - MuPDF's own types on a damaged revision
                    found.append(Revision(k + 1, start, end,
                                          error=f"comparison failed ({str(error)[:200]})"))
                if older is not final:
                    older.close()
                older = newer
        finally:
            if older is not None and older is not final:
                older.close()
        return tuple(found)

    def _pdf_page(self, page: pymupdf.Page, page_no: int, verify: bool) -> Page:
        layer = text_layer.extract(page)
        usable, _why = layer.usable()

        def render() -> tuple[Image.Image, float]:
            return images.render_page(page, self.dpi, self.limits.max_render_pixels)

        if not usable:
            has_layer = layer.good_chars + layer.invisible_chars >= text_layer.MIN_GOOD_CHARS
            return self.ocr_page(page_no, render, layer.words if has_layer else ())
        lost = any(text_layer.has_bad_chars(w.text) for w in layer.words)
        if verify or lost or _image_backed(page):
            checked = self.ocr_page(page_no, render, layer.words)
            words = layer.words
            if lost:  # words the layer lost are read by OCR where it read them
                size, shape = (checked.width, checked.height), (page.rect.width, page.rect.height)
                seen = [
                    Word(w.text, merge.to_page_box(w.bbox, turn=checked.rotation, skew=checked.skew,
                                                   size=size, page=shape), w.confidence)
                    for w in checked.words
                ]
                words, _replaced = merge.merge(layer.words, seen, checked.read_by)
            return Page(
                page_no=page_no,
                width=page.rect.width,
                height=page.rect.height,
                words=words,
                read_by="text_layer",
                quality=checked.quality,
                rotation=page.rotation,
                text_layer_mismatch=checked.text_layer_mismatch,
                rings=text_layer.rings(page),
            )
        measured = _picture_quality(page, layer.coloured, self.limits.max_render_pixels)
        return Page(
            page_no=page_no,
            width=page.rect.width,
            height=page.rect.height,
            words=layer.words,
            read_by="text_layer",
            quality=measured,
            rotation=page.rotation,
            rings=text_layer.rings(page),
        )


def _frame_picture(frame: Image.Image, page_no: int, tags: tuple[tuple[str, str], ...],
                   quality: int | None, name: str) -> Picture:
    """The image forensics' view of frame `page_no` of an image upload (the file's JPEG
    quality belongs to its first frame)."""
    return Picture(images.luma(frame), page_no, tags, quality if page_no == 1 else None, name)


def _embedded_picture(doc: pymupdf.Document, xref: int, page_no: int, name: str
                      ) -> Picture | None:
    """The image forensics' view of a PDF's embedded picture; None when it cannot be decoded."""
    try:
        data = doc.extract_image(xref).get("image") or b""
        return images.picture_of_bytes(data, page_no, name)
    except Exception:  # noqa: BLE001 - a picture MuPDF or Pillow cannot decode: not judged
        return None


@dataclass(frozen=True)
class PlacedPicture:
    """A picture the image forensics judged, and where it lies on its page: what
    :func:`pipeline.forensics.picture.onto_page` needs to move a box in its pixels onto the
    page as the reader read it."""

    picture: Picture
    size: tuple[float, float]  # its width and height in pixels, as the reader measured them
    shown: tuple[float, float]  # the page as displayed (a PDF page in points, an image's pixels)
    rect: tuple[float, float, float, float] | None  # on its PDF page, points; None: the page


def page_picture(path: Path, name: str, page_no: int,
                 limits: ReadLimits = ReadLimits()) -> PlacedPicture | None:
    """The picture the reader judged on page `page_no` of upload `name` (stored at `path`),
    built as the reader built it: the frame of an image upload, or the picture behind an
    image-backed PDF page placed upright. None for a page without one (or one too large or
    that cannot be decoded, which the reader did not judge either)."""
    kind, _fmt = check_file(path, name, limits)
    if kind == "pdf":
        doc = open_pdf(path, name, limits)
        try:
            if not 1 <= page_no <= doc.page_count:
                return None
            page = doc.load_page(page_no - 1)
            placed = _backing_picture(page)
            if placed is None or not placed[2]:
                return None
            xref, rect, _upright = placed
            width, height = _image_size(doc, xref)
            picture = (_embedded_picture(doc, xref, page_no, name)
                       if width * height <= limits.max_image_pixels else None)
            if picture is None:
                return None
            return PlacedPicture(picture, (width, height), (page.rect.width, page.rect.height),
                                 (rect.x0, rect.y0, rect.x1, rect.y1))
        finally:
            doc.close()
    tags, quality = images.picture_info(path)
    for i, frame in enumerate(iter_image_frames(path, name, limits), start=1):
        if i == page_no:
            return PlacedPicture(_frame_picture(frame, i, tags, quality, name), frame.size,
                                 frame.size, None)
    return None


def _finding_row(f: Finding) -> list[Any]:
    def b(box: BBox | None) -> list[float] | None:
        return None if box is None else [box.x0, box.top, box.x1, box.bottom]

    return [f.method, f.score, f.what, f.page_no, b(f.bbox), b(f.old_bbox)]


def _finding_from_row(row: list[Any]) -> Finding:
    method, score, what, page_no, box, old = row
    return Finding(str(method), float(score), str(what), page_no, BBox(*box) if box else None,
                   old_bbox=BBox(*old) if old else None)


def _backing_picture(page: pymupdf.Page) -> tuple[int, pymupdf.Rect, bool] | None:
    """The picture covering most of the page (xref, its rectangle on the page as displayed,
    and whether it is placed upright and unmirrored), or None when no picture covers at
    least IMAGE_BACKED_SHARE of it."""
    import pymupdf

    area = abs(page.rect)
    if not area:
        return None
    best = None
    try:
        for xref, rect, matrix in page_parts.placed_images(page):
            shown = (pymupdf.Rect(rect) * page.rotation_matrix) & page.rect
            if best is None or abs(shown) > abs(best[1]):
                upright = (abs(matrix.b) < 1e-6 and abs(matrix.c) < 1e-6
                           and matrix.a > 0 and matrix.d > 0
                           and page.rotation % 360 == 0)
                best = (xref, pymupdf.Rect(rect) * page.rotation_matrix, upright)
    except (RuntimeError, ValueError):
        return None
    if best is None or abs(best[1] & page.rect) / area < IMAGE_BACKED_SHARE:
        return None
    return best


def _image_size(doc: pymupdf.Document, xref: int) -> tuple[int, int]:
    def key(name: str) -> int:
        kind, value = doc.xref_get_key(xref, name)
        return int(value) if kind == "int" else 0

    return key("Width"), key("Height")


def _onto(f: Finding, size: tuple[float, float], shown: tuple[float, float], page: Page,
          rect: Any = None) -> Finding:
    """A finding whose boxes are in a picture's pixels (`size`), moved onto the page as the
    reader read it (:func:`pipeline.forensics.picture.onto_page`)."""
    def move(b: BBox | None) -> BBox | None:
        if b is None:
            return None
        return onto_page(b, size, shown, rotation=page.rotation, skew=page.skew, width=page.width,
                         height=page.height, ocr=page.read_by.startswith("ocr"),
                         rect=None if rect is None else (rect.x0, rect.y0, rect.x1, rect.y1))

    return replace(f, page_no=page.page_no, bbox=move(f.bbox), old_bbox=move(f.old_bbox))


def _quality_row(q: PageQuality) -> list[float | bool | None]:
    """The page's measurements as the OCR cache keeps them (PageQuality's fields in order)."""
    return [getattr(q, name) for name in PageQuality.__slots__]


IMAGE_BACKED_SHARE = 0.5


def _image_backed(page: pymupdf.Page) -> bool:
    """Whether a picture covers most of the page: a scan under a text layer. Such a layer can
    say something other than the picture shows (an OCR'd or doctored scan), so it is checked
    against OCR of the picture; a vector page needs no such check."""
    import pymupdf

    area = abs(page.rect)
    if not area:
        return False
    try:
        boxes = [pymupdf.Rect(info["bbox"]) & page.rect for info in page_parts.image_infos(page)]
    except (RuntimeError, ValueError):
        return False
    return max((abs(b) for b in boxes), default=0.0) / area >= IMAGE_BACKED_SHARE


#: A vector path of this much colour (max - min of its RGB, 0..1) may be a seal: render the page.
PAINT_COLOUR_MIN = 0.15


#: Pictures and paint closer than this share of the page's short side are one region (the
#: characters on a drawn seal's arc are separate paths).
REGION_GAP = 0.05
#: Regions covering more of the page than this are measured on a render of the whole page.
REGIONS_SHARE_MAX = 0.5


def _picture_regions(page: pymupdf.Page, coloured_text: Sequence[Sequence[float]] = (),
                     ) -> list[pymupdf.Rect] | None:
    """Where a text-layer page shows anything a render must look at: its embedded images (a
    seal, a photo, a scan) and coloured vector paint (a drawn seal), nearby ones joined into
    one region, with text set in colour (a red heading: it counts in the page's colour) when
    there are any; [] when there are none (print alone cannot show a seal), None when that
    cannot be told or the page is turned (then the whole page is looked at)."""
    import pymupdf

    if page.rotation % 360:
        return None
    rects: list[pymupdf.Rect] = []
    try:
        rects += [pymupdf.Rect(rect) for _xref, rect, _matrix in page_parts.placed_images(page)]
        for path in page_parts.drawings(page):
            rgb = [c for c in (path.get("color"), path.get("fill")) if c]
            if any(max(c) - min(c) >= PAINT_COLOUR_MIN for c in rgb):
                rects.append(pymupdf.Rect(path["rect"]))
    except (RuntimeError, ValueError):
        return None  # cannot tell: look at all of it
    if rects:
        rects += [pymupdf.Rect(r) for r in coloured_text]
    gap = REGION_GAP * min(page.rect.width, page.rect.height)
    regions: list[pymupdf.Rect] = []
    for rect in (r & page.rect for r in rects):
        if rect.is_empty:
            continue
        grown = pymupdf.Rect(rect.x0 - gap, rect.y0 - gap, rect.x1 + gap, rect.y1 + gap)
        near = [r for r in regions if r.intersects(grown)]
        for r in near:
            regions.remove(r)
            rect = rect | r
        regions.append(rect)
    return [pymupdf.Rect(r.x0 - 2, r.y0 - 2, r.x1 + 2, r.y1 + 2) & page.rect for r in regions]


def _picture_quality(page: pymupdf.Page, coloured_text: Sequence[Sequence[float]],
                     max_pixels: int) -> PageQuality:
    """A text-layer page's measurements: none rendered for black print alone; the regions
    with pictures or coloured paint rendered and measured (:func:`quality.measure_regions`);
    the whole page rendered when they cover most of it or cannot be told."""
    import numpy as np
    import pymupdf

    width, height = page.rect.width, page.rect.height
    regions = _picture_regions(page, coloured_text)
    if regions == []:
        return quality.unrendered(width, height, images.QUALITY_DPI)
    area = max(width * height, 1e-6)
    if regions is None or sum(abs(r) for r in regions) / area > REGIONS_SHARE_MAX:
        image, _dpi = images.render_page(page, images.QUALITY_DPI, max_pixels)
        return quality.measure(image)
    scale = quality.NORM_SIDE / max(width, height, 1e-6)
    clips = []
    for rect in regions:
        pix = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), clip=rect, alpha=False,
                              annots=True)
        clips.append(np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3))
    return quality.measure_regions(round(width * images.QUALITY_DPI / 72),
                                   round(height * images.QUALITY_DPI / 72),
                                   (round(width * scale), round(height * scale)), clips)


def _chars(words: tuple[Word, ...]) -> Counter[str]:
    return Counter(ch for w in words for ch in w.text if text_layer.char_class(ch) == "good")


def mismatch(layer: tuple[Word, ...], ocr: tuple[Word, ...]) -> float:
    """0..1 disagreement between a text layer and OCR of the same page: one minus the Dice
    overlap of their character multisets (reading order does not matter; OCR noise on a clean
    page typically gives 0.02-0.08, a page whose image shows other text far more)."""
    a, b = _chars(layer), _chars(ocr)
    total = sum(a.values()) + sum(b.values())
    if total == 0:
        return 0.0
    return round(1.0 - 2.0 * sum((a & b).values()) / total, 4)


def pdf_meta(doc: pymupdf.Document) -> DocumentMeta:
    """Producer, creator, incremental updates, encryption, JavaScript, launch actions,
    embedded files."""
    md = doc.metadata or {}
    try:
        versions = int(doc.version_count)
    except Exception:  # noqa: BLE001
        versions = 1
    js = launch = False
    try:
        for xref in range(1, min(doc.xref_length(), 20000)):
            obj = doc.xref_object(xref, compressed=True)
            js = js or "/JavaScript" in obj or "/JS" in obj
            launch = launch or "/Launch" in obj
            if js and launch:
                break
    except Exception:  # noqa: BLE001
        pass
    embedded = False
    try:
        embedded = doc.embfile_count() > 0 or any(
            a.type[0] == 17 for p in doc for a in (p.annots() or ())  # 17: FileAttachment
        )
    except Exception:  # noqa: BLE001
        pass
    return DocumentMeta(
        producer=str(md.get("producer") or ""),
        creator=str(md.get("creator") or ""),
        incremental_updates=max(versions - 1, 0),
        encrypted=bool(md.get("encryption")) or bool(doc.is_encrypted),
        has_javascript=js,
        has_launch_action=launch,
        has_embedded_files=embedded,
        repaired=bool(getattr(doc, "is_repaired", False)),
    )
