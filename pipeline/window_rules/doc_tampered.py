"""DOC_TAMPERED (疑似篡改) across the window: an upload that is the same scan or photo as another
applicant's upload, with names or numbers changed.

Each picture the reader reads (an image upload, the scan behind a PDF page) carries its
capture fingerprint (:mod:`pipeline.forensics.same_scan`, kept with the page). Two pages of
different applicants whose pictures have the same size are compared: the same noise (score
1 - ρ at or above the policy's ``same_scan_min``) with content differing somewhere is one
capture edited for another person. Two certificates printed on one template and captured
each on its own never share their noise, and the same file uploaded by both (a co-authored
paper) differs nowhere: neither is flagged. Both applicants are flagged, each with its own
page and the regions that differ boxed, naming the other's upload.

How sure a match is depends on how close the noise is. One capture edited and saved again at
a high JPEG quality keeps nearly all of it (score at or above the policy's ``same_scan_sure``):
a high flag. Saved again at a low quality it keeps less, and two captures on one scanner or of
one template printed with a fine texture can share about as much (bench/bench_same_scan.py
measures both; they overlap below ``same_scan_sure``): such a pair is a medium flag, asking a
reviewer to lay the two pages over each other, not a finding that one was forged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import combinations
from typing import Final

from pipeline.checks._base import CheckContext
from pipeline.forensics import same_scan
from pipeline.forensics.picture import onto_page
from pipeline.model import (
    ApplicantResult,
    BBox,
    Evidence,
    Flag,
    Measure,
    PageView,
    Severity,
)

CODE: Final = "DOC_TAMPERED"
SEVERITY: Final = Severity.HIGH  # the same capture, surely (score at or above same_scan_sure)
UNSURE: Final = Severity.MEDIUM  # the same noise as far as a low-quality re-save keeps it
LABEL: Final = "疑似篡改"
MAX_REGIONS: Final = 6  # changed regions boxed per page


def _biggest(changed: Sequence[BBox]) -> list[BBox]:
    """The changed regions worth boxing (picture pixels, common to both pictures)."""
    return sorted(changed, key=lambda b: (b.x1 - b.x0) * (b.bottom - b.top), reverse=True)[
        :MAX_REGIONS
    ]


def _boxes(view: PageView, found: same_scan.Print, regions: Sequence[BBox]) -> list[BBox]:
    """The regions (picture pixels) on the page as the reader read it."""
    turned = view.rotation % 180 == 90
    shown = (
        found.size
        if found.rect is None
        else ((view.height, view.width) if turned else (view.width, view.height))
    )
    return [
        onto_page(
            b,
            found.size,
            shown,
            rotation=view.rotation,
            skew=view.skew,
            width=view.width,
            height=view.height,
            ocr=view.read_by.startswith("ocr"),
            rect=found.rect,
        )
        for b in regions
    ]


def _flag(
    mine: ApplicantResult,
    view: PageView,
    found: same_scan.Print,
    other: ApplicantResult,
    theirs: PageView,
    found_theirs: same_scan.Print,
    match: same_scan.Match,
    threshold: float,
    ctx: CheckContext,
) -> Flag:
    sure = match.score >= ctx.policy.thresholds.same_scan_sure.value
    regions = _biggest(match.changed)
    boxes = _boxes(view, found, regions)
    # the same regions on the other page, for the report to show both side by side (the
    # other page's fingerprint stays with its own result)
    other_page = replace(theirs, fingerprint=None)
    other_boxes = _boxes(theirs, found_theirs, regions)
    where = "、".join(f"({b.x0:.0f},{b.top:.0f})-({b.x1:.0f},{b.bottom:.0f})" for b in boxes)
    scored = Measure(same_scan.METHOD, match.score, threshold=threshold)
    text = (
        f"{view.file} 第 {view.page_no} 页与申报人 {other.applicant_id}（{other.name}）"
        f"上传的 {theirs.file} 第 {theirs.page_no} 页"
        + ("是同一次扫描或拍摄（纸面噪声相同：" if sure else "纸面噪声高度相似（")
        + f"{match.common} 个采样点，差异能量比 {match.rho:.2f}；{scored.described('.3g')}），"
        f"两者只在 {len(match.changed)} 处内容不同（{where}），"
        + ("疑为改动姓名或编号后冒用" if sure else
           "可能是同一次扫描改动后重新保存，也可能是同一台扫描仪或同一带底纹模板的两次扫描，"
           "不足以断定篡改")
        + f"——复核：{same_scan.REPRODUCE}"
    )
    return Flag(
        code=CODE,
        severity=SEVERITY if sure else UNSURE,
        applicant_id=mine.applicant_id,
        message=text,
        found=f"与 {other.applicant_id} 的 {theirs.file} 第 {theirs.page_no} 页"
        + ("为同一次扫描" if sure else "纸面噪声高度相似"),
        reference=other.applicant_id,
        evidence=tuple(
            Evidence(
                view.file,
                view.page_no,
                b,
                f"第 {view.page_no} 页 ({b.x0:.0f},{b.top:.0f})-({b.x1:.0f},{b.bottom:.0f}) 处"
                f"与 {other.applicant_id} 的 {theirs.file} 不同"
                f"{scored.cited(same_scan.REPRODUCE, digits='.3g')}",
                "ocr",
                measure=replace(scored, other_bbox=o, other_applicant=other.applicant_id,
                                other_page=other_page),
            )
            for b, o in zip(boxes, other_boxes, strict=True)
        )
        or (Evidence(view.file, view.page_no, None, text, "ocr"),),
        clause=ctx.policy.rule_clause(CODE) or ctx.policy.thresholds.same_scan_min.clause,
    )


def check(results: Sequence[ApplicantResult], ctx: CheckContext) -> Iterator[Flag]:
    """Flag both applicants of each pair of uploads that are one capture edited."""
    threshold = ctx.policy.thresholds.same_scan_min.value
    by_size: dict[tuple[int, int], list[tuple[ApplicantResult, PageView, same_scan.Print]]] = (
        defaultdict(list)
    )
    for result in results:
        for view in result.pages:
            found = same_scan.parse(view.fingerprint)
            if found is not None:
                by_size[found.size].append((result, view, found))
    for group in by_size.values():
        for (ra, va, pa), (rb, vb, pb) in combinations(group, 2):
            if ra.applicant_id == rb.applicant_id:
                continue
            match = same_scan.compare(pa, pb)
            if match is None or match.score < threshold or not match.changed:
                continue
            yield _flag(ra, va, pa, rb, vb, pb, match, threshold, ctx)
            yield _flag(rb, vb, pb, ra, va, pa, match, threshold, ctx)
