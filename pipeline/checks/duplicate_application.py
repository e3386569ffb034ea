"""DUPLICATE_APPLICATION (重复申报): the same person applies twice at a level in one year.

Qujing 2023 allows one promotion application per person per year; Liuzhou 2024 one per
level per year (all results void otherwise). Applications of this window and of earlier
windows of the same review year are held in the year registry (:mod:`pipeline.store`),
keyed by a hash of the identity number.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "DUPLICATE_APPLICATION"
SEVERITY: Final = Severity.CRITICAL
LABEL: Final = "重复申报"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag the applicant when another application of the year has the same person and level."""
    if ctx.registry is None:
        return
    app = case.application
    allowed = ctx.policy.applications_per_level
    others = ctx.registry.same_person_and_level(
        ctx.policy.review_year.value, app.id_number, app.level, exclude=app.applicant_id
    )
    if len(others) + 1 <= allowed.value:
        return
    where = "、".join(f"{o.applicant_id}（{o.window}）" for o in others)
    yield make_flag(
        CODE, SEVERITY, case,
        f"同一身份证号在{ctx.policy.review_year.value}年度以{app.level}重复申报：另见 {where}",
        clause=allowed.clause, declared=f"{app.applicant_id} {app.level}",
        reference=where,
        evidence=tuple(Evidence.reference("store", f"{o.window}/{o.applicant_id}")
                       for o in others),
    )
