"""DOC_NOT_ORIGINAL (非原件彩色扫描): a certificate upload is a grayscale photocopy.

Xuchang 2023 requires colour originals (photocopies invalid). Certificates carry coloured
print and red seals, so a scan of the original has measurable colourfulness; a photocopy has
almost none. Judged on page images of identity and certificate documents only. A page
whose red seal ink shows (red_seal_ratio at least `seal_red_ratio_min`, the SEAL_MISSING
measure) is in colour whatever its overall colourfulness: a mostly black-and-white form with
a small red seal is a colour scan, and a photocopy cannot show red.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import DocumentKind, Evidence, Flag, Severity

CODE: Final = "DOC_NOT_ORIGINAL"
SEVERITY: Final = Severity.MEDIUM
LABEL: Final = "非原件彩色扫描"
#: What the applicant must do, on the one-time notice ({file}: the upload; {page}: 第N页).
REMEDY: Final = "《{file}》为黑白复印件，请上传原件的彩色扫描件"

CERTIFICATE_KINDS = (DocumentKind.ID_CARD, DocumentKind.DIPLOMA, DocumentKind.DEGREE,
                     DocumentKind.TITLE_CERTIFICATE)


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag certificate images without colour."""
    floor = ctx.policy.thresholds.colourfulness_min
    red_min = ctx.policy.thresholds.seal_red_ratio_min.value
    for file, doc in sorted(case.documents.items()):
        kind = case.kind_of(file)
        if kind not in CERTIFICATE_KINDS:
            continue
        images = [p for p in doc.pages if p.quality is not None and p.read_by.startswith("ocr")]
        if any(p.quality.red_seal_ratio >= red_min for p in images):  # type: ignore[union-attr]
            continue  # red seal ink shows: a colour scan
        if images and all(p.quality.colourfulness < floor.value for p in images):  # type: ignore[union-attr]
            value = max(p.quality.colourfulness for p in images)  # type: ignore[union-attr]
            yield make_flag(
                CODE, SEVERITY, case, f"{file} 为黑白复印件，不是彩色原件扫描件",
                clause=ctx.policy.rule_clause(CODE) or floor.clause,
                found=f"色彩度 {value:.1f}", reference=f"彩色原件 ≥ {floor.value:g}",
                evidence=(Evidence(file, images[0].page_no, None, f"色彩度 {value:.1f}",
                                   "metadata"),),
            )
