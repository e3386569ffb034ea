"""PAPER_TITLE_REUSED on uploads (论文题名雷同): another applicant of the window uploaded a
paper of the same printed title in another journal (or one whose journal was not read).

A low remark, as for declared papers (:mod:`pipeline.checks.paper_title_reused`); an upload
that is ``PAPER_SHARED`` with someone is not also remarked here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from pipeline.checks._base import CheckContext
from pipeline.model import ApplicantResult, Flag, Severity
from pipeline.window_rules._uploads import upload_flags

CODE: Final = "PAPER_TITLE_REUSED"
SEVERITY: Final = Severity.LOW
LABEL: Final = "论文题名雷同"


def check(results: Sequence[ApplicantResult], ctx: CheckContext) -> Iterator[Flag]:
    """A remark for each uploaded paper whose printed title others uploaded in another journal."""
    yield from upload_flags(
        results, ctx, CODE, SEVERITY, lambda upload: () if upload.same else upload.title_only,
        lambda upload, who: f"上传的论文{upload.describe()}"
                            f"与本批次其他申报人上传的论文题名相同但刊物不同或无法确认："
                            f"{who}，请留意")
