"""DOC_QUALITY_LOW (文件质量差): a page is too blurred or too small to read reliably.

Judged on page images (scans and photos; born-digital pages are sharp by construction):
sharpness is the variance of the Laplacian on the page scaled to a fixed size, and size the
short side in pixels, both against calibrated thresholds that let ordinary phone scans pass.
Xuchang 2023 requires clear uploads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "DOC_QUALITY_LOW"
SEVERITY: Final = Severity.LOW
LABEL: Final = "文件质量差"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """One flag per upload with a page below the sharpness or size floor."""
    sharp_min = ctx.policy.thresholds.page_sharpness_min
    side_min = ctx.policy.thresholds.page_short_side_min
    for file, doc in sorted(case.documents.items()):
        for page in doc.pages:
            quality = page.quality
            if quality is None or not page.read_by.startswith("ocr"):
                continue
            problems = []
            if quality.sharpness < sharp_min.value:
                problems.append(f"清晰度 {quality.sharpness:.0f} 低于 {sharp_min.value:.0f}")
            if min(quality.width_px, quality.height_px) < side_min.value:
                problems.append(f"分辨率 {quality.width_px}×{quality.height_px} 过低")
            if problems:
                yield make_flag(
                    CODE, SEVERITY, case, f"{file} 第{page.page_no}页图像质量差（{'；'.join(problems)}），可能影响识别",
                    clause=ctx.policy.rule_clause(CODE) or sharp_min.clause, found="；".join(problems),
                    evidence=(Evidence(file, page.page_no, None, "；".join(problems), "metadata"),),
                )
                break
