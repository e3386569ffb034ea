"""PAPER_MISMATCH (论文信息不符): the uploaded paper disagrees with the declared one.

The upload declared for ``papers[i]`` (``attachments[].paper_index``) is compared with that
declaration: title and journal name (policy ``title_similarity_min``), ISSN and CN number
(exact after compaction) and year. Only reliable reads count.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import fold, reliable, similar
from pipeline.model import Flag, Severity

CODE: Final = "PAPER_MISMATCH"
SEVERITY: Final = Severity.HIGH


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each uploaded paper that contradicts its declaration."""
    papers = case.application.papers
    floor = ctx.policy.title_similarity_min.value
    for attachment in case.application.attachments:
        extraction = case.extractions.get(attachment.file)
        index = attachment.paper_index
        if extraction is None or extraction.kind != "paper" or index is None or not 0 <= index < len(papers):
            continue
        paper = papers[index]
        differences = []
        for name, declared, label, exact in (
            ("title", paper.title, "题目", False), ("journal", paper.journal, "期刊", False),
            ("issn", paper.issn, "ISSN", True), ("cn", paper.cn, "CN", True),
            ("year", str(paper.year or ""), "年份", True),
        ):
            found = extraction.get(name)
            if not found or not declared or not reliable(found, ctx):
                continue
            same = fold(found.value) == fold(declared) if exact else similar(found.value, declared) >= floor
            if not same:
                differences.append((label, declared, found))
        if differences:
            text = "；".join(f"{label}：申报“{d}”，论文“{f.value}”" for label, d, f in differences)
            yield make_flag(
                CODE, SEVERITY, case, f"论文文件 {attachment.file} 与申报论文《{paper.title}》不一致：{text}",
                clause=ctx.policy.rule_clause(CODE) or ctx.policy.title_similarity_min.clause,
                declared="；".join(f"{label} {d}" for label, d, _ in differences),
                found="；".join(f"{label} {f.value}" for label, _, f in differences),
                evidence=tuple(f.evidence for *_, f in differences),
            )
