"""PAPER_SHARED on uploads (论文重复使用): two applicants of the window uploaded one printed
paper (the same title in the same journal), whatever titles they declared.

The declared-paper rule (:mod:`pipeline.checks.paper_shared`) already flags a paper both
declare; this one finds a shared paper declared under another title, from what was read on
the uploads. An upload the declared-paper rule already flags for the same claimants is not
flagged twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from pipeline.checks._base import CheckContext
from pipeline.model import ApplicantResult, Flag, Severity
from pipeline.window_rules._uploads import upload_flags

CODE: Final = "PAPER_SHARED"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "论文重复使用"


def check(results: Sequence[ApplicantResult], ctx: CheckContext) -> Iterator[Flag]:
    """Flag each uploaded paper that another applicant of the window uploaded too."""
    yield from upload_flags(
        results, ctx, CODE, SEVERITY, lambda upload: upload.same,
        lambda upload, who: f"上传的论文{upload.describe()}与本批次其他申报人上传的论文相同：{who}")
