"""FIELD_UNVERIFIED (无法核验): a read value disagrees with the form but is too weak to judge.

The comparing rules (:data:`COMPARING`) raise their flag only on a solid read
(:mod:`pipeline.checks._compare`). Where they disagree with the form on a read that is not
solid — a heading caught where a name should be, a title phrase that names no title, an
identity number whose check digit fails, OCR below the confidence floor — this rule writes a
low note naming the file and the field, so the reviewer knows what to look at. A note never
makes an applicant "review" (:meth:`pipeline.model.ApplicantResult.status`). Not a notice
clause: the notices require the reviewer to verify the materials, and this tells them where
the machine could not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks import (
    appointment_mismatch,
    education_mismatch,
    id_mismatch,
    name_mismatch,
    paper_author_absent,
    paper_mismatch,
    roster_not_listed,
)
from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._compare import Verdict
from pipeline.model import Flag, Severity
from pipeline.redact import mask_text

CODE: Final = "FIELD_UNVERIFIED"
SEVERITY: Final = Severity.LOW
LABEL: Final = "无法核验"

#: The rules whose unsure comparisons become notes (each provides ``comparisons(case, ctx)``).
COMPARING: Final = (name_mismatch, id_mismatch, education_mismatch, appointment_mismatch,
                    paper_mismatch, paper_author_absent, roster_not_listed)


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """A note for every comparison a rule could not settle."""
    for rule in COMPARING:
        for c in rule.comparisons(case, ctx):
            if c.verdict is not Verdict.UNSURE:
                continue
            yield make_flag(
                CODE, SEVERITY, case,
                f"无法核验 {c.file} 的{c.label}：{c.doubt}；申报为“{c.declared}”，请人工核对原件",
                clause=ctx.policy.rule_clause(CODE) or ctx.policy.rule_clause(c.code),
                declared=c.declared, found=mask_text(c.found.value), reference=c.code,
                evidence=(c.found.evidence,),
            )
