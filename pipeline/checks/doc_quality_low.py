"""DOC_QUALITY_LOW (文件质量差): a page is too blurred or too small to read reliably.

Judged on page images (scans and photos; born-digital pages are sharp by construction):
sharpness is the variance of the Laplacian on the page scaled to a fixed size, and size as a
person judges it, by the writing: the median height in pixels of the text read on the page
(a small image of a small card can be perfectly legible), or, where no text was read at all,
the image's short side. Both against calibrated thresholds that let ordinary phone scans
pass. A page whose writing was read clearly (a high median OCR confidence over enough
characters) is legible however soft the rest of the image is (a card photographed through a
frosted plastic sleeve, a desk out of focus round a sharp page): its sharpness is not held
against it. Xuchang 2023 requires clear uploads.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import image_scale
from pipeline.model import Evidence, Flag, Page, Severity

CODE: Final = "DOC_QUALITY_LOW"
SEVERITY: Final = Severity.LOW
LABEL: Final = "文件质量差"
#: What the applicant must do, on the one-time notice ({file}: the upload; {page}: 第N页).
REMEDY: Final = "《{file}》{page}图像模糊或分辨率过低，请重新扫描后上传"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """One flag per upload with a page below the sharpness or size floor."""
    sharp_min = ctx.policy.thresholds.page_sharpness_min
    side_min = ctx.policy.thresholds.page_short_side_min
    height_min = ctx.policy.thresholds.text_height_min
    for file, doc in sorted(case.documents.items()):
        for page in doc.pages:
            quality = page.quality
            if quality is None or not page.read_by.startswith("ocr"):
                continue
            problems = []
            if quality.sharpness < sharp_min.value and not read_clearly(page, ctx):
                problems.append(f"清晰度 {quality.sharpness:.0f} 低于 {sharp_min.value:.0f}")
            height = text_height_px(page)
            if height is not None and height < height_min.value:
                problems.append(f"文字高度约 {height:.0f} 像素，低于 {height_min.value:.0f}")
            elif height is None and min(quality.width_px, quality.height_px) < side_min.value:
                problems.append(f"分辨率 {quality.width_px}×{quality.height_px} 过低")
            if problems:
                yield make_flag(
                    CODE, SEVERITY, case,
                    f"{file} 第{page.page_no}页图像质量差（{'；'.join(problems)}），可能影响识别",
                    clause=ctx.policy.rule_clause(CODE) or sharp_min.clause,
                    found="；".join(problems),
                    evidence=(Evidence(file, page.page_no, None, "；".join(problems), "metadata"),),
                )
                break


def read_clearly(page: Page, ctx: CheckContext) -> bool:
    """Whether the page's writing was read at a high median confidence over enough characters
    (policy `legible_confidence_min`, `legible_chars_min`)."""
    thresholds = ctx.policy.thresholds
    chars = sum(len(w.text) for w in page.words)
    if not page.words or chars < thresholds.legible_chars_min.value:
        return False
    confidence = statistics.median(w.confidence for w in page.words)
    return confidence >= thresholds.legible_confidence_min.value


def text_height_px(page: Page) -> float | None:
    """Median height, in image pixels, of the text boxes read on a page image; None when no
    text was read or the page has no image measurements. The image is measured as uploaded
    and the words as read, upright: a page the reader turned a quarter stands on the image's
    width."""
    scale = image_scale(page)
    if scale is None or not page.words:
        return None
    return statistics.median(w.bbox.bottom - w.bbox.top for w in page.words) * scale
