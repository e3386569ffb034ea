"""DOC_KIND_MISMATCH (文件类型不符): the content is not the kind the applicant declared.

The classifier (:func:`extractors.classify`) must be confident (policy ``kind_score_min``)
and name a specific kind; uploads declared ``other`` are not judged.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import DocumentKind, Evidence, Flag, Severity

CODE: Final = "DOC_KIND_MISMATCH"
SEVERITY: Final = Severity.MEDIUM
LABEL: Final = "文件类型不符"
#: What the applicant must do, on the one-time notice ({file}: the upload; {page}: 第N页).
REMEDY: Final = "《{file}》的内容与所选材料类型不符，请核对后重新上传"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag uploads whose detected kind contradicts the declared one."""
    floor = ctx.policy.thresholds.kind_score_min
    for file, detected in sorted(case.detected_kinds.items()):
        declared = case.declared_kind(file)
        if (not declared or declared == DocumentKind.OTHER
                or detected in (DocumentKind.OTHER, declared)):
            continue
        if case.kind_scores.get(file, 1.0) < floor.value:
            continue
        said, seen = DocumentKind(declared).label, DocumentKind(detected).label
        yield make_flag(
            CODE, SEVERITY, case, f"文件 {file} 申报为{said}，内容识别为{seen}",
            clause=ctx.policy.rule_clause(CODE) or floor.clause, declared=said, found=seen,
            evidence=(Evidence(file, 1, None,
                               f"识别类型 {detected}（{case.kind_scores.get(file, 0):.2f}）",
                               "metadata"),),
        )
