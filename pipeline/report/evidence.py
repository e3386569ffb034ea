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

Uploads are opened through :mod:`pipeline.read.safe_open` with the reader's limits, ZIP
members through :func:`pipeline.read.archive.extract_zip`. A region that cannot be cut (file
gone, page out of range) is reported as a reason, never as an exception.
"""

from __future__ import annotations

import io
import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.atomic import write_private
from pipeline.errors import DocumentUnreadable
from pipeline.model import ApplicantResult, BBox, Evidence, PageView
from pipeline.read import images
from pipeline.read.archive import extract_zip
from pipeline.read.orientation import rotate_clockwise
from pipeline.read.safe_open import ReadLimits, check_file, open_image_frames, open_pdf
from pipeline.report.tables import report_stem

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger("credcheck.report")

RENDER_DPI = 150  # PDF pages are rendered at this resolution for crops
MARGIN_PT = (150.0, 36.0, 80.0, 36.0)  # context left, top, right, bottom: labels sit left of values
MAX_CROP_WIDTH = 1000  # pixels; larger crops are reduced
PAGE_WIDTH = 640  # pixels of a whole-page image
HIGHLIGHT_FILL = (255, 221, 0, 80)
HIGHLIGHT_LINE = (220, 0, 0, 255)


@dataclass(frozen=True, slots=True)
class EvidenceImage:
    """One written image: its path relative to reports/, size, and what it shows."""

    src: str
    width: int
    height: int
    file: str
    page_no: int
    highlighted: bool  # False: the whole page, no box


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


def highlight_crop(image: Image.Image, view: PageView, box: BBox) -> Image.Image:
    """The region around `box` with context, the box filled yellow and framed red."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    scale = image.width / view.width if view.width > 0 else 1.0
    x0, y0, x1, y1 = to_pixels(box, view, image)
    left, top, right, bottom = (m * scale for m in MARGIN_PT)
    region = (max(0, int(x0 - left)), max(0, int(y0 - top)),
              min(image.width, int(x1 + right) + 1), min(image.height, int(y1 + bottom) + 1))
    if region[2] <= region[0] or region[3] <= region[1]:
        raise ValueError(f"box {box} lies outside page {view.page_no} of {view.file}")
    crop = image.crop(region).convert("RGBA")
    overlay = PILImage.new("RGBA", crop.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    pad = max(2.0, 2.0 * scale)
    frame = (x0 - region[0] - pad, y0 - region[1] - pad, x1 - region[0] + pad, y1 - region[1] + pad)
    draw.rectangle(frame, fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_LINE,
                   width=max(2, round(1.5 * scale)))
    out = PILImage.alpha_composite(crop, overlay).convert("RGB")
    return _fit(out, MAX_CROP_WIDTH)


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

    def __init__(self, folder: Path, limits: ReadLimits = ReadLimits()) -> None:
        self.folder, self.limits = folder, limits
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._members: dict[str, Path] = {}

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


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
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
    result: ApplicantResult, folder: Path | None, reports: Path, limits: ReadLimits = ReadLimits()
) -> dict[Evidence, EvidenceImage | str]:
    """Write the evidence images of one applicant under ``reports/evidence/<id>/``.

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
    with Uploads(folder, limits) as uploads:
        for (file, page_no), group in _by_page(wanted):
            view = views.get((file, page_no))
            if view is None:
                cut.update({e: "该页未被读取，无法截图" for e in group})
                continue
            try:
                image = uploads.page_image(view)
                for evidence in group:
                    cut[evidence] = _write_one(image, view, evidence, target, len(cut) + 1,
                                               result.applicant_id)
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
                found[evidence] = EvidenceImage(
                    f"evidence/{report_stem(result.applicant_id)}/{path.name}", width, height,
                    evidence.file, evidence.page_no or 0, evidence.bbox is not None)
            else:
                found[evidence] = "未截图"
    return found


def _by_page(evidence: Iterable[Evidence]) -> list[tuple[tuple[str, int], list[Evidence]]]:
    groups: dict[tuple[str, int], list[Evidence]] = {}
    for item in evidence:
        groups.setdefault((item.file, item.page_no or 0), []).append(item)
    return list(groups.items())


def _write_one(image: Image.Image, view: PageView, evidence: Evidence, target: Path, n: int,
               applicant_id: str) -> EvidenceImage | str:
    try:
        picture = highlight_crop(image, view, evidence.bbox) if evidence.bbox else whole_page(image)
    except ValueError as error:
        log.warning("%s: %s", applicant_id, error)
        return "证据位置超出页面范围"
    name = f"{n}.png"
    write_private(target / name, _png(picture))
    return EvidenceImage(f"evidence/{report_stem(applicant_id)}/{name}", picture.width,
                         picture.height, view.file, view.page_no, evidence.bbox is not None)
