"""Checks that need every applicant of the window at once, run after the per-applicant tasks.

``PAPER_SHARED`` on uploads: the per-applicant rule (:mod:`pipeline.checks.paper_shared`)
compares *declared* papers with the year registry. Two applicants can also upload the same
paper under different declared titles (issue 4); the printed title, journal and year read
from each uploaded paper then give them away. This pass groups the papers read in the window
by their printed title and, within a group, takes two uploads for one paper only when their
journals agree (:meth:`pipeline.papers.PaperIdentity.relation`); the same title in another
journal is the lower remark ``PAPER_TITLE_REUSED``. It is a separate pass, not a rule module,
because a task sees one applicant only; registering the printed papers in the year registry
afterwards (:func:`read_papers`) lets later windows of the year find them through the
ordinary rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from types import ModuleType

from pipeline.checks import paper_shared, paper_title_reused
from pipeline.model import ApplicantResult, Extraction, Flag
from pipeline.papers import PaperIdentity
from pipeline.policy import Policy

#: Printed titles shorter than this (after folding) are too generic to prove a shared paper.
MIN_TITLE_KEY = 6


def printed_identity(extraction: Extraction) -> PaperIdentity:
    """A paper's identity as printed on its upload."""
    v = extraction.value
    return PaperIdentity.of(v("title") or "", v("journal"), v("issn"), v("cn"), v("year"))


def read_papers(result: ApplicantResult) -> tuple[tuple[str, PaperIdentity], ...]:
    """The papers read on one applicant's uploads: printed title and identity."""
    out = []
    for e in result.extractions:
        title = e.value("title") if e.kind == "paper" else None
        if title and len(printed_identity(e).title) >= MIN_TITLE_KEY:
            out.append((title, printed_identity(e)))
    return tuple(out)


def shared_uploaded_papers(results: Sequence[ApplicantResult], policy: Policy) -> list[ApplicantResult]:
    """`results` with PAPER_SHARED (or PAPER_TITLE_REUSED) added where two applicants uploaded
    one paper (or papers of one title in different journals)."""
    groups: dict[str, list[tuple[ApplicantResult, Extraction]]] = defaultdict(list)
    for result in results:
        for extraction in result.extractions:
            if extraction.kind == "paper" and extraction.value("title"):
                key = printed_identity(extraction).title
                if len(key) >= MIN_TITLE_KEY:
                    groups[key].append((result, extraction))
    added: dict[str, list[Flag]] = defaultdict(list)
    for claims in groups.values():
        for result, extraction in claims:
            mine = printed_identity(extraction)
            same = sorted({r.applicant_id for r, e in claims if r.applicant_id != result.applicant_id
                           and mine.relation(printed_identity(e)) == "same"})
            reused = sorted({r.applicant_id for r, e in claims if r.applicant_id != result.applicant_id}
                            - set(same))
            for rule, others in ((paper_shared, same), (paper_title_reused, reused if not same else [])):
                if not others or _already_flagged(result, rule.CODE, others) or any(
                        f.code == rule.CODE and f.found == extraction.value("title")
                        for f in added[result.applicant_id]):
                    continue
                added[result.applicant_id].append(_flag(rule, result, extraction, others, policy))
    return [r.with_(flags=r.flags + tuple(added[r.applicant_id])) if added.get(r.applicant_id) else r
            for r in results]


def _already_flagged(result: ApplicantResult, code: str, others: list[str]) -> bool:
    """Whether the declared-paper rule already names every other claimant."""
    return any(f.code in (code, paper_shared.CODE) and all(o in (f.reference or "") for o in others)
               for f in result.flags)


def _flag(rule: ModuleType, result: ApplicantResult, extraction: Extraction, others: list[str],
          policy: Policy) -> Flag:
    title = extraction.get("title")
    assert title is not None
    where = "、".join(others)
    journal = extraction.value("journal") or "刊名未能读出"
    if rule is paper_shared:
        message = f"上传的论文《{title.value}》（{journal}，{extraction.file}）与本批次其他申报人上传的论文相同：{where}"
    else:
        message = (f"上传的论文《{title.value}》（{journal}，{extraction.file}）与本批次其他申报人上传的论文"
                   f"题名相同但刊物不同或无法确认：{where}，请留意")
    return Flag(
        code=rule.CODE, severity=rule.SEVERITY, applicant_id=result.applicant_id, message=message,
        found=title.value, reference=where, evidence=(title.evidence,) if title.evidence else (),
        clause=policy.rule_clause(rule.CODE) or policy.rule_clause(paper_shared.CODE),
    )
