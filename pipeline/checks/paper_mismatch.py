"""PAPER_MISMATCH (论文信息不符): the uploaded paper disagrees with the declared one.

The upload declared for ``papers[i]`` (``attachments[].paper_index``) is compared with that
declaration as a reviewer compares: title and journal name (policy ``title_similarity_min``,
the journal after :func:`pipeline.journals.normalise_name`: 《》, traditional characters and
spacing do not count), ISSN and CN number (exact after compaction) and year. A declared value
printed anywhere on the paper agrees, whatever the field finder picked. A read value not of
its field's shape (an ISSN that is no ISSN, a year that is no year) or of low confidence is
"could not verify"; so is a bare ISSN-shaped number, no label beside it, whose check digit
fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext
from pipeline.checks._compare import (
    Comparison,
    differences_by_file,
    differences_flag,
    judge,
    printed_on,
)
from pipeline.checks._documents import fold, similar
from pipeline.checks._papers import confident_issn
from pipeline.journals import normalise_name
from pipeline.model import DocumentKind, Flag, Severity

CODE: Final = "PAPER_MISMATCH"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "论文信息不符"

_SHAPES: Final = {
    "issn": re.compile(r"\d{4}-?\d{3}[\dXx]"),
    "cn": re.compile(r"\d{2}-\d{4}(?:/[A-Z0-9]{1,4})?", re.IGNORECASE),
    "year": re.compile(r"(?:19[5-9]|20\d)\d"),
}


def _agree(name: str, read: str, declared: str, floor: float) -> bool:
    if name == "journal":
        return similar(normalise_name(read), normalise_name(declared)) >= floor
    if name == "title":
        return similar(read, declared) >= floor
    return fold(read) == fold(declared)


def comparisons(case: Case, ctx: CheckContext) -> Iterator[Comparison]:
    """Each uploaded paper's title, journal, ISSN, CN and year against its declaration."""
    papers = case.application.papers
    floor = ctx.policy.title_similarity_min.value
    for attachment in case.application.attachments:
        extraction = case.extractions.get(attachment.file)
        index = attachment.paper_index
        if (extraction is None or extraction.kind != DocumentKind.PAPER or index is None
                or not 0 <= index < len(papers)):
            continue
        paper = papers[index]
        for name, declared, label in (
            ("title", paper.title, "题目"), ("journal", paper.journal, "期刊"),
            ("issn", paper.issn, "ISSN"), ("cn", paper.cn, "CN"),
            ("year", str(paper.year or ""), "年份"),
        ):
            found = extraction.get(name)
            if not found or not declared:
                continue
            agree = _agree(name, found.value, declared, floor) or (
                name != "year" and printed_on(case, attachment.file, declared))
            shape = _SHAPES.get(name)
            well_formed = (shape.fullmatch(found.value.strip()) is not None if shape
                           else len(fold(found.value)) >= 2)
            if name == "issn":  # a bare number failing its check digit: no confident ISSN
                well_formed = well_formed and confident_issn(found)
            yield judge(CODE, attachment.file, label, declared, found, agree=agree, ctx=ctx,
                        well_formed=well_formed, shape=label)


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each uploaded paper that surely contradicts its declaration."""
    for file, differences in differences_by_file(comparisons(case, ctx)).items():
        index = next(a.paper_index for a in case.application.attachments if a.file == file)
        yield differences_flag(CODE, SEVERITY, case, differences, source="论文",
                               headline=f"论文文件 {file} 与申报论文"
                                        f"《{case.application.papers[index].title}》不一致",
                               clause=(ctx.policy.rule_clause(CODE)
                                       or ctx.policy.title_similarity_min.clause))
