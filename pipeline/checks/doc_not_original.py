"""DOC_NOT_ORIGINAL (非原件彩色扫描): a certificate upload is a grayscale photocopy.

Xuchang 2023 requires colour originals (photocopies invalid). Certificates carry coloured
print and red seals, so a scan of the original has measurable colourfulness; a photocopy has
almost none. Judged on page images of identity and certificate documents only. A page
whose red seal ink shows (red_seal_ratio at least `seal_red_ratio_min`, the SEAL_MISSING
measure) is in colour whatever its overall colourfulness: a mostly black-and-white form with
a small red seal is a colour scan, and a photocopy cannot show red.

Some certifying documents have no colour original at all: the records an online verification
system issues for the applicant to print (学信网's 教育部学历证书电子注册备案表, a 学历/学位
在线验证报告 or 认证报告) are printed by the applicant in black and white and checked online by
the code they carry. A colour scan or photo of such a printout shows only paper tint and sensor
noise, so its low colourfulness is what its original looks like, not a sign of a copy; only a
page with no colour at all (a grayscale image file, below `printout_colourfulness_min`: what a
photocopier or a scan made in gray gives, never a colour capture of paper) still shows that
it was not scanned in colour. A diploma's or ID card's own gray copy is judged as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import DocumentKind, Evidence, Flag, Page, Severity

CODE: Final = "DOC_NOT_ORIGINAL"
SEVERITY: Final = Severity.MEDIUM
LABEL: Final = "非原件彩色扫描"
#: What the applicant must do, on the one-time notice ({file}: the upload; {page}: 第N页).
REMEDY: Final = "《{file}》为黑白复印件，请上传原件的彩色扫描件"

CERTIFICATE_KINDS = (DocumentKind.ID_CARD, DocumentKind.DIPLOMA, DocumentKind.DEGREE,
                     DocumentKind.TITLE_CERTIFICATE)
#: Titles of the records an online verification system issues as black-and-white printouts.
PRINTOUT_TITLES = ("电子注册备案表", "在线验证报告", "学历认证报告", "学位认证报告")


def is_printout(page: Page) -> bool:
    """Whether `page` is a record printed from an online verification system (its title is
    one of :data:`PRINTOUT_TITLES`): an original with no colour."""
    text = "".join(page.text.split())
    return any(title in text for title in PRINTOUT_TITLES)


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag certificate images without colour (printouts: without any colour at all)."""
    floor = ctx.policy.thresholds.colourfulness_min
    printout_floor = ctx.policy.thresholds.printout_colourfulness_min
    red_min = ctx.policy.thresholds.seal_red_ratio_min.value
    for file, doc in sorted(case.documents.items()):
        kind = case.kind_of(file)
        if kind not in CERTIFICATE_KINDS:
            continue
        images = [p for p in doc.pages if p.quality is not None and p.read_by.startswith("ocr")]
        if any(p.quality.red_seal_ratio >= red_min for p in images):  # type: ignore[union-attr]
            continue  # red seal ink shows: a colour scan
        # a printout says nothing of the certificate's own pages uploaded with it; alone, it is
        # a copy only when it has no colour at all
        own = [p for p in images if not is_printout(p)]
        judged, least = (own, floor.value) if own else (images, printout_floor.value)
        if judged and all(p.quality.colourfulness < least for p in judged):  # type: ignore[union-attr]
            value = max(p.quality.colourfulness for p in judged)  # type: ignore[union-attr]
            yield make_flag(
                CODE, SEVERITY, case, f"{file} 为黑白复印件，不是彩色原件扫描件",
                clause=ctx.policy.rule_clause(CODE) or floor.clause,
                found=f"色彩度 {value:.1f}", reference=f"彩色原件 ≥ {least:g}",
                evidence=(Evidence(file, judged[0].page_no, None, f"色彩度 {value:.1f}",
                                   "metadata"),),
            )
