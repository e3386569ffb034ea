"""PAPER_TITLE_REUSED (论文题名雷同): another applicant claims a paper of the same title in
another journal (or names no journal).

Different journals publish papers of the same title (浅析……施工管理 every year), so this is
not ``PAPER_SHARED``: it is a low remark that points the reviewer at the other claim, for the
rare case where one paper was re-published or a title was copied. Chongqing 2022 treats
misappropriated achievements as fraud; whether this one is, is the reviewer's call.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext
from pipeline.checks._papers import claim_flags
from pipeline.model import Flag, Severity

CODE: Final = "PAPER_TITLE_REUSED"
SEVERITY: Final = Severity.LOW
LABEL: Final = "论文题名雷同"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """A remark for each declared paper whose title others claim in another journal."""
    yield from claim_flags(
        case, ctx, CODE, SEVERITY, "title_only", lambda paper, where:
        f"论文《{paper.title}》（{paper.journal}）与其他申报人申报的论文题名相同但刊物不同：{where}，请留意")
