"""Checks that need every applicant of the window at once, run after the per-applicant tasks.

``PAPER_SHARED`` on uploads: the per-applicant rule (:mod:`pipeline.checks.paper_shared`)
compares *declared* titles with the year registry. Two applicants can also upload the same
paper under different declared titles (issue 4); the printed title read from each uploaded
paper then gives them away. This pass groups the papers read in the window by their printed
title (:func:`pipeline.store.paper_key`) and flags every applicant of a group of two or more
who is not already flagged for that paper. It is a separate pass, not a rule module, because a
task sees one applicant only; registering the printed titles in the year registry afterwards
(:func:`read_paper_titles`) lets later windows of the year find them through the ordinary rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pipeline.checks import paper_shared
from pipeline.model import ApplicantResult, Extraction, Flag
from pipeline.policy import Policy
from pipeline.store import paper_key

#: Printed titles shorter than this (after folding) are too generic to prove a shared paper.
MIN_TITLE_KEY = 6


def read_paper_titles(result: ApplicantResult) -> tuple[str, ...]:
    """The printed titles of the papers read on one applicant's uploads."""
    titles = (e.value("title") for e in result.extractions if e.kind == "paper")
    return tuple(t for t in titles if t and len(paper_key(t)) >= MIN_TITLE_KEY)


def shared_uploaded_papers(results: Sequence[ApplicantResult], policy: Policy) -> list[ApplicantResult]:
    """`results` with a PAPER_SHARED flag added wherever two applicants uploaded one paper."""
    groups: dict[str, list[tuple[ApplicantResult, Extraction]]] = defaultdict(list)
    for result in results:
        for extraction in result.extractions:
            title = extraction.value("title") if extraction.kind == "paper" else None
            if title and len(paper_key(title)) >= MIN_TITLE_KEY:
                groups[paper_key(title)].append((result, extraction))
    added: dict[str, list[Flag]] = defaultdict(list)
    for claims in groups.values():
        applicants = sorted({r.applicant_id for r, _ in claims})
        if len(applicants) < 2:
            continue
        for result, extraction in claims:
            others = [a for a in applicants if a != result.applicant_id]
            if _already_flagged(result, others) or any(f.found == extraction.value("title")
                                                       for f in added[result.applicant_id]):
                continue
            added[result.applicant_id].append(_flag(result, extraction, others, policy))
    return [r.with_(flags=r.flags + tuple(added[r.applicant_id])) if added.get(r.applicant_id) else r
            for r in results]


def _already_flagged(result: ApplicantResult, others: list[str]) -> bool:
    """Whether the declared-title rule already names every other claimant."""
    return any(f.code == paper_shared.CODE and all(o in (f.reference or "") for o in others)
               for f in result.flags)


def _flag(result: ApplicantResult, extraction: Extraction, others: list[str], policy: Policy) -> Flag:
    title = extraction.get("title")
    assert title is not None
    where = "、".join(others)
    return Flag(
        code=paper_shared.CODE, severity=paper_shared.SEVERITY, applicant_id=result.applicant_id,
        message=f"上传的论文《{title.value}》（{extraction.file}）与本批次其他申报人上传的论文相同：{where}",
        found=title.value, reference=where, evidence=(title.evidence,) if title.evidence else (),
        clause=policy.rule_clause(paper_shared.CODE),
    )
