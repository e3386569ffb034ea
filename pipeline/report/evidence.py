"""Evidence images: the page region a flag's evidence was read from, cut from the upload.

A word box is in points on the page as the reader saw it (:mod:`pipeline.read`): for a
text-layer PDF page, on the page as displayed (its /Rotate applied by the renderer); for an
OCR page, after the reader turned the rendered page or photo upright and deskewed it
(:class:`~pipeline.model.PageView` records both). So the page is rendered (PDF) or decoded
(image) again, turned exactly as the reader turned it, and the box scaled from points to
pixels by the ratio of the turned image's width to the page width the reader recorded.

Each image is a PNG beside the page, ``reports/evidence/<applicant>/<n>.png``: the box with
context around it, highlighted (yellow fill, red frame); evidence that names a page but no
box (seal, colour, quality, document kind) gets the whole page, reduced. The images show the
document as uploaded, identity numbers included, as the document itself does; the text of the
pages around them is masked (:mod:`pipeline.report._html`).

Signs of editing (DOC_TAMPERED evidence carrying a :class:`~pipeline.model.Measure`) are drawn
as the method saw them:

- a change an incremental update made (``revision_diff``): the same region of the page in
  the revision before the update (the file's first ``start`` bytes, rendered again) and after
  it, side by side and labelled, each with the changed text's box framed
  (:func:`side_by_side`);
- one capture uploaded by two applicants (``same_scan``): the region that differs on this
  applicant's page beside the same region of the other applicant's page, both framed
  (:func:`side_by_side`);
- an edited picture (:mod:`pipeline.forensics.image_methods`): the method's per-cell map laid
  over the crop in translucent violet where it has one (``jpeg_ghost``, ``noise_level``), and
  the box framed; ``copy_move`` frames both places that are the same pixels (red: this one,
  blue: the other).

What each image shows (its legend, with the method and score) is stored in the PNG itself
(an iTXt chunk), so the pages written again from the store say it too.

Uploads are opened through :mod:`pipeline.read.safe_open` with the reader's limits, ZIP
members through :func:`pipeline.read.archive.extract_zip`. A region that cannot be cut (file
gone, page out of range) is reported as a reason, never as an exception.
"""

from __future__ import annotations

import functools
import io
import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.atomic import write_private
from pipeline.errors import DocumentUnreadable
from pipeline.forensics import image_methods
from pipeline.forensics.picture import onto_page
from pipeline.model import ApplicantResult, BBox, Evidence, Measure, PageView
from pipeline.read import PlacedPicture, images, page_picture
from pipeline.read.archive import extract_zip
from pipeline.read.orientation import rotate_clockwise
from pipeline.read.safe_open import (
    ReadLimits,
    check_file,
    open_image_frames,
    open_pdf,
    open_pdf_bytes,
    read_bytes,
)
from pipeline.report.tables import report_stem

if TYPE_CHECKING:
    from PIL import Image, ImageFont

log = logging.getLogger("credcheck.report")

RENDER_DPI = 150  # PDF pages are rendered at this resolution for crops
MARGIN_PT = (150.0, 36.0, 80.0, 36.0)  # context left, top, right, bottom: labels sit left of values
MAX_CROP_WIDTH = 1000  # pixels; larger crops are reduced
PAGE_WIDTH = 640  # pixels of a whole-page image
HIGHLIGHT_FILL = (255, 221, 0, 80)
HIGHLIGHT_LINE = (220, 0, 0, 255)
OTHER_LINE = (0, 90, 230, 255)  # the other box a method names (copy_move's other place)
HEAT_RGB = (200, 0, 255)  # a cell of a method's map (violet: apart from seals, ink, frames)
HEAT_ALPHA = 120  # opacity of a cell at the map's top (1.0): the page still shows through
HEAT_MIN = 0.25  # cells below this are ordinary and not drawn
MAX_PAIR_WIDTH = 1600  # pixels; a side-by-side image wider than this is reduced
LABEL_HEIGHT = 40  # pixels of the label bar above each side
GAP = 16  # pixels between the two sides
LEGEND_KEY = "credcheck:legend"  # the PNG text chunk saying what the image shows


@dataclass(frozen=True, slots=True)
class EvidenceImage:
    """One written image: its path relative to reports/, size, and what it shows."""

    src: str
    width: int
    height: int
    file: str
    page_no: int
    highlighted: bool  # False: the whole page, no box
    legend: str = ""  # what the image shows, for signs of editing (method, score); else ''


def upright(image: Image.Image, view: PageView) -> Image.Image:
    """The rendered page or photo turned as the reader turned it before reading it."""
    from PIL import Image as PILImage

    if not view.read_by.startswith("ocr"):
        return image  # text layer: boxes are on the page as rendered (/Rotate applied)
    image = rotate_clockwise(image, view.rotation)
    if view.skew:
        image = image.rotate(view.skew, resample=PILImage.Resampling.BICUBIC, expand=True,
                             fillcolor="white")
    return image


def to_pixels(box: BBox, view: PageView, image: Image.Image) -> tuple[float, float, float, float]:
    """A box in the reader's points as pixels of the turned page image."""
    scale = image.width / view.width if view.width > 0 else 1.0
    return box.x0 * scale, box.top * scale, box.x1 * scale, box.bottom * scale


def highlight_crop(image: Image.Image, view: PageView, box: BBox, *,
                   around: Iterable[BBox] = (), others: Iterable[BBox] = (),
                   heat: Iterable[tuple[BBox, float]] = (), fill: bool = True) -> Image.Image:
    """The region around `box` (and the boxes `around`) with context, the box filled yellow
    (unless not `fill`) and framed red, the boxes `others` framed blue, and `heat` (cells in
    the reader's points with a value 0..1) laid under the frames in translucent violet."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    scale = image.width / view.width if view.width > 0 else 1.0
    others = list(others)
    whole = box
    for other in (*around, *others):
        whole = whole.union(other)
    x0, y0, x1, y1 = to_pixels(whole, view, image)
    left, top, right, bottom = (m * scale for m in MARGIN_PT)
    region = (max(0, int(x0 - left)), max(0, int(y0 - top)),
              min(image.width, int(x1 + right) + 1), min(image.height, int(y1 + bottom) + 1))
    if region[2] <= region[0] or region[3] <= region[1]:
        raise ValueError(f"box {box} lies outside page {view.page_no} of {view.file}")
    crop = image.crop(region).convert("RGBA")
    overlay = PILImage.new("RGBA", crop.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)

    def inside(b: BBox) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = to_pixels(b, view, image)
        return x0 - region[0], y0 - region[1], x1 - region[0], y1 - region[1]

    for cell, value in heat:
        cx0, cy0, cx1, cy1 = inside(cell)
        if cx1 > 0 and cy1 > 0 and cx0 < crop.width and cy0 < crop.height:
            draw.rectangle((cx0, cy0, cx1, cy1), fill=(*HEAT_RGB, round(HEAT_ALPHA * value)))
    pad, width = max(2.0, 2.0 * scale), max(2, round(1.5 * scale))
    for b, colour, filled in ((box, HIGHLIGHT_LINE, fill), *((o, OTHER_LINE, False)
                                                           for o in others)):
        bx0, by0, bx1, by1 = inside(b)
        draw.rectangle((bx0 - pad, by0 - pad, bx1 + pad, by1 + pad),
                       fill=HIGHLIGHT_FILL if filled else None, outline=colour, width=width)
    out = PILImage.alpha_composite(crop, overlay).convert("RGB")
    return _fit(out, MAX_CROP_WIDTH)


def side_by_side(left: tuple[Image.Image, PageView], right: tuple[Image.Image, PageView],
                 left_box: BBox, right_box: BBox, labels: tuple[str, str]) -> Image.Image:
    """Two pages' same region side by side, each under its label, its box framed: the page
    of the revision before an update (`left`: the page image and its view) beside the page
    after it, or one applicant's copy of a capture beside another's. Each crop takes in both
    boxes, so the two show the same region of the paper."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    sides = [highlight_crop(*left, left_box, around=(right_box,)),
             highlight_crop(*right, right_box, around=(left_box,))]
    height = max(side.height for side in sides)
    out = PILImage.new("RGB", (sides[0].width + GAP + sides[1].width, LABEL_HEIGHT + height),
                       "white")
    draw = ImageDraw.Draw(out)
    font = _label_font()
    x = 0
    for side, label in zip(sides, labels, strict=True):
        out.paste(side, (x, LABEL_HEIGHT))
        draw.rectangle((x, 0, x + side.width - 1, LABEL_HEIGHT - 1), fill=(235, 235, 235))
        draw.text((x + 8, LABEL_HEIGHT // 2), label, fill=(0, 0, 0), font=font, anchor="lm")
        x += side.width + GAP
    draw.line((sides[0].width + GAP // 2, 0, sides[0].width + GAP // 2, out.height),
              fill=(150, 150, 150), width=2)
    return _fit(out, MAX_PAIR_WIDTH)


@functools.cache
def _label_font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A CJK font for the labels: MuPDF's built-in one (no system font needed)."""
    from PIL import ImageFont

    try:
        import pymupdf

        return ImageFont.truetype(io.BytesIO(pymupdf.Font("cjk").buffer), 22)
    except Exception:  # noqa: BLE001 - a build without it: the default font (no CJK glyphs)
        return ImageFont.load_default()


def heat_cells(placed: PlacedPicture, view: PageView, method: str
               ) -> list[tuple[BBox, float]]:
    """Method `method`'s per-cell map of the picture the reader judged on the page, each cell
    moved onto the page as the reader read it (points), those worth drawing only; empty when
    the method computes no map."""
    found = image_methods.heat(method, placed.picture)
    if found is None:
        return []
    grid, cell = found
    rect = placed.rect
    cells = []
    for row, col in zip(*(grid >= HEAT_MIN).nonzero(), strict=True):
        b = BBox(float(col * cell), float(row * cell), float((col + 1) * cell),
                 float((row + 1) * cell))
        cells.append((onto_page(b, placed.size, placed.shown, rotation=view.rotation,
                                skew=view.skew, width=view.width, height=view.height,
                                ocr=view.read_by.startswith("ocr"), rect=rect),
                      float(grid[row, col])))
    return cells


def whole_page(image: Image.Image) -> Image.Image:
    """The page reduced to a thumbnail a reviewer can still read headings on."""
    return _fit(image.convert("RGB"), PAGE_WIDTH)


def _fit(image: Image.Image, width: int) -> Image.Image:
    from PIL import Image as PILImage

    if image.width <= width:
        return image
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), PILImage.Resampling.LANCZOS)


class Uploads:
    """One applicant's uploads, opened again page by page (ZIPs unpacked once, lazily)."""

    def __init__(self, folder: Path, limits: ReadLimits = ReadLimits(),
                 others: Mapping[str, Path] | None = None) -> None:
        self.folder, self.limits = folder, limits
        self.others = others or {}  # other applicants' folders, by id (same_scan pairs)
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._members: dict[str, Path] = {}
        self._picture: tuple[tuple[str, int], PlacedPicture | None] | None = None

    def __enter__(self) -> Uploads:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()

    def path_of(self, name: str) -> Path:
        """The file on disk holding upload `name` ("archive.zip/member" for ZIP members)."""
        direct = self.folder / name
        if direct.is_file() and not direct.is_symlink():
            return direct
        if name in self._members:
            return self._members[name]
        parts = name.split("/")
        for cut in range(1, len(parts)):
            archive = "/".join(parts[:cut])
            candidate = self.folder / archive
            if candidate.is_file() and not candidate.is_symlink():
                self._unpack(archive, candidate)
                if name in self._members:
                    return self._members[name]
        raise DocumentUnreadable(name, "not found in the applicant folder")

    def _unpack(self, archive: str, path: Path) -> None:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="credcheck-evidence-")
        dest = Path(self._tmp.name) / str(len(self._members))
        for member in extract_zip(path, dest, self.limits, name=archive):
            self._members[f"{archive}/{member.relative_to(dest.resolve()).as_posix()}"] = member

    def page_image(self, view: PageView) -> Image.Image:
        """Page `view.page_no` of the upload, rendered or decoded, turned as the reader did."""
        path = self.path_of(view.file)
        kind, _fmt = check_file(path, view.file, self.limits)
        if kind == "pdf":
            doc = open_pdf(path, view.file, self.limits)
            try:
                if not 1 <= view.page_no <= doc.page_count:
                    raise DocumentUnreadable(view.file, f"has no page {view.page_no}")
                image, _dpi = images.render_page(doc.load_page(view.page_no - 1), RENDER_DPI,
                                                 self.limits.max_render_pixels)
            finally:
                doc.close()
        else:
            frames = open_image_frames(path, view.file, self.limits)
            if not 1 <= view.page_no <= len(frames):
                raise DocumentUnreadable(view.file, f"has no page {view.page_no}")
            image = frames[view.page_no - 1]
        return upright(image, view)

    def other_page_image(self, applicant_id: str, view: PageView) -> Image.Image:
        """Page `view` of another applicant's upload, turned as the reader turned it."""
        folder = self.others.get(applicant_id)
        if folder is None:
            raise DocumentUnreadable(view.file, f"the folder of applicant {applicant_id} is "
                                                "not known here")
        with Uploads(folder, self.limits) as theirs:
            return theirs.page_image(view)

    def picture(self, view: PageView) -> PlacedPicture | None:
        """The picture the reader's image forensics judged on the page
        (:func:`pipeline.read.page_picture`); the last one is kept for the page's other
        evidence."""
        key = (view.file, view.page_no)
        if self._picture is None or self._picture[0] != key:
            self._picture = None  # the previous picture's pixels are let go first
            self._picture = (key, page_picture(self.path_of(view.file), view.file, view.page_no,
                                               self.limits))
        return self._picture[1]

    def revision_pages(self, view: PageView, measure: Measure
                       ) -> tuple[tuple[Image.Image, PageView], tuple[Image.Image, PageView], bool]:
        """Page `view.page_no` of the revision before update `measure.revision` (the file's
        first `measure.start` bytes) and of the revision it produced (its first `measure.end`
        bytes), each rendered as displayed with its view (boxes of the revision diff are on
        the page as displayed); and whether the latter is the final file."""
        data = read_bytes(self.path_of(view.file), view.file, self.limits)
        pages = []
        for size in (measure.start, measure.end):
            doc = open_pdf_bytes(data[:size], view.file, self.limits)
            try:
                if not 1 <= view.page_no <= doc.page_count:
                    raise DocumentUnreadable(view.file, f"revision of {size} bytes has no page "
                                                        f"{view.page_no}")
                page = doc.load_page(view.page_no - 1)
                image, _dpi = images.render_page(page, RENDER_DPI, self.limits.max_render_pixels)
                pages.append((image, PageView(view.file, view.page_no, page.rect.width,
                                              page.rect.height, "text_layer")))
            finally:
                doc.close()
        return pages[0], pages[1], not data[measure.end:].strip()


def _png(image: Image.Image, legend: str = "") -> bytes:
    from PIL import PngImagePlugin

    info = None
    if legend:
        info = PngImagePlugin.PngInfo()
        info.add_itxt(LEGEND_KEY, legend)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def page_evidence(result: ApplicantResult) -> Iterator[Evidence]:
    """The evidence of the applicant's flags that points at a page of an upload, in flag order,
    each once."""
    seen: set[Evidence] = set()
    for flag in result.flags:
        for evidence in flag.evidence:
            if evidence.page_no is not None and evidence.file and evidence not in seen:
                seen.add(evidence)
                yield evidence


def cut_evidence(
    result: ApplicantResult,
    folder: Path | None,
    reports: Path,
    limits: ReadLimits = ReadLimits(),
    folders: Mapping[str, Path] | None = None,
) -> dict[Evidence, EvidenceImage | str]:
    """Write the evidence images of one applicant under ``reports/evidence/<id>/``; `folders`
    (every applicant's folder, by id) lets a capture another applicant uploaded too be shown
    beside this one.

    Returns, for each piece of page evidence, the image written or the reason there is none
    (in Chinese, for the page). Images of an earlier run of the same applicant are removed.
    """
    target = reports / "evidence" / report_stem(result.applicant_id)
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
    wanted = list(page_evidence(result))
    if not wanted:
        return {}
    if folder is None:
        return {e: "未找到上传文件夹" for e in wanted}
    views = {(v.file, v.page_no): v for v in result.pages}
    cut: dict[Evidence, EvidenceImage | str] = {}
    with Uploads(folder, limits, folders) as uploads:
        for (file, page_no), group in _by_page(wanted):
            view = views.get((file, page_no))
            if view is None:
                cut.update({e: "该页未被读取，无法截图" for e in group})
                continue
            try:
                image = uploads.page_image(view)
                for evidence in group:
                    cut[evidence] = _write_one(image, view, evidence, target, len(cut) + 1,
                                               result.applicant_id, uploads)
            except Exception as error:  # noqa: BLE001 - a page that cannot be cut must not lose the report
                log.warning("%s/%s page %s: evidence image not cut: %s",
                            result.applicant_id, file, page_no, error)
                cut.update({e: "无法重新打开该文件截图" for e in group if e not in cut})
    return cut


def written_evidence(result: ApplicantResult, reports: Path) -> dict[Evidence, EvidenceImage | str]:
    """The evidence images :func:`cut_evidence` wrote for this result, found again without
    cutting (numbered in the same order); a missing image is a reason."""
    from PIL import Image

    target = reports / "evidence" / report_stem(result.applicant_id)
    found: dict[Evidence, EvidenceImage | str] = {}
    for _key, group in _by_page(page_evidence(result)):
        for evidence in group:
            path = target / f"{len(found) + 1}.png"
            if path.is_file() and not path.is_symlink():
                with Image.open(path) as image:
                    width, height = image.size
                    legend = str(image.info.get(LEGEND_KEY, ""))
                found[evidence] = EvidenceImage(
                    f"evidence/{report_stem(result.applicant_id)}/{path.name}", width, height,
                    evidence.file, evidence.page_no or 0, evidence.bbox is not None, legend)
            else:
                found[evidence] = "未截图"
    return found


def _by_page(evidence: Iterable[Evidence]) -> list[tuple[tuple[str, int], list[Evidence]]]:
    groups: dict[tuple[str, int], list[Evidence]] = {}
    for item in evidence:
        groups.setdefault((item.file, item.page_no or 0), []).append(item)
    return list(groups.items())


def _write_one(image: Image.Image, view: PageView, evidence: Evidence, target: Path, n: int,
               applicant_id: str, uploads: Uploads) -> EvidenceImage | str:
    try:
        picture, legend = _draw(image, view, evidence, uploads, applicant_id)
    except ValueError as error:
        log.warning("%s: %s", applicant_id, error)
        return "证据位置超出页面范围"
    name = f"{n}.png"
    write_private(target / name, _png(picture, legend))
    return EvidenceImage(f"evidence/{report_stem(applicant_id)}/{name}", picture.width,
                         picture.height, view.file, view.page_no, evidence.bbox is not None,
                         legend)


def _draw(image: Image.Image, view: PageView, evidence: Evidence, uploads: Uploads,
          applicant_id: str) -> tuple[Image.Image, str]:
    """The evidence image of one piece of evidence and its legend ('' for plain evidence)."""
    box, m = evidence.bbox, evidence.measure
    if box is None:
        return whole_page(image), (f"整页（{m.described()}）" if m else "")
    if m is None:
        return highlight_crop(image, view, box), ""
    if m.revision is not None:
        try:
            earlier, later, final = uploads.revision_pages(view, m)
        except Exception as error:  # noqa: BLE001 - MuPDF's own types on a damaged revision
            log.warning("%s/%s: revision %s not rendered: %s", applicant_id, view.file,
                        m.revision, error)
        else:
            labels = (f"修改前（第{m.revision}版）",
                      f"修改后（第{m.revision + 1}版{'，即最终文件' if final else ''}）")
            # the changed text's box on the earlier page (its new place where nothing was)
            return (side_by_side(earlier, later, m.other_bbox or box, box, labels),
                    f"左：修改前（第{m.revision}版），右：修改后；红框为改动处（{m.described()}）")
        return (highlight_crop(image, view, box),
                f"高亮处为改动处，修改前的版本未能还原显示（{m.described()}）")
    if m.other_page is not None and m.other_applicant and m.other_bbox is not None:
        return _same_capture(image, view, box, m, uploads, applicant_id)
    if image_methods.method(m.method) is None:
        return highlight_crop(image, view, box), f"高亮处为检出位置（{m.described()}）"
    others = [m.other_bbox] if m.other_bbox is not None else []
    try:
        placed = uploads.picture(view)
        heat = heat_cells(placed, view, m.method) if placed is not None else []
    except Exception as error:  # noqa: BLE001 - a picture that cannot be decoded again: boxes only
        log.warning("%s/%s page %s: no %s map: %s", applicant_id, view.file, view.page_no,
                    m.method, error)
        heat = []
    legend = "红框为检出区域" + ("，蓝框为与之逐像素相同的另一处" if others else "")
    if heat:
        legend = f"半透明紫色为逐块热力图（颜色越深越可疑），{legend}"
    return (highlight_crop(image, view, box, others=others, heat=heat, fill=False),
            f"{legend}（{m.described()}）")


def _same_capture(image: Image.Image, view: PageView, box: BBox, m: Measure, uploads: Uploads,
                  applicant_id: str) -> tuple[Image.Image, str]:
    """One capture uploaded by two applicants (same_scan): this page's region that differs
    beside the same region of the other applicant's page."""
    assert m.other_page is not None and m.other_applicant and m.other_bbox is not None
    other = f"申报人 {m.other_applicant}"
    try:
        theirs = uploads.other_page_image(m.other_applicant, m.other_page)
    except Exception as error:  # noqa: BLE001 - the other upload gone or unreadable: this side only
        log.warning("%s/%s: %s's copy not rendered: %s", applicant_id, view.file,
                    m.other_applicant, error)
        return (highlight_crop(image, view, box),
                f"高亮处为与{other}上传的同一扫描件不同之处，对方文件未能打开（{m.described()}）")
    labels = (f"本人：{view.file} 第{view.page_no}页",
              f"{other}：{m.other_page.file} 第{m.other_page.page_no}页")
    return (side_by_side((image, view), (theirs, m.other_page), box, m.other_bbox, labels),
            f"左：本人上传，右：{other}上传的同一次扫描或拍摄；红框为两者内容不同之处（{m.described()}）")


