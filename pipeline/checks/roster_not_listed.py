"""ROSTER_NOT_LISTED (花名册未列): established staff missing from the roster, or listed otherwise.

Xuchang 2023 asks established staff of public institutions for the appointment roster
(聘任花名册). The applicant's row is found by identity number, else by name; it must give
the current title and the appointment month of the form.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from stdnum.cn import ric

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import fold, same_month, similar
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "ROSTER_NOT_LISTED"
SEVERITY: Final = Severity.HIGH


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag established staff absent from, or misdescribed in, every uploaded roster."""
    app = case.application
    rosters = case.extractions_of("appointment_roster")
    if not (app.unit.type == "public_institution" and app.unit.established_staff) or not rosters:
        return
    declared_id = ric.compact(app.id_number)
    floor = ctx.policy.name_similarity_min.value
    rows = [(roster, {f.name: f for f in row}) for roster in rosters for row in roster.rows]
    mine = [(r, row) for r, row in rows if "id_number" in row and ric.compact(row["id_number"].value) == declared_id]
    mine = mine or [(r, row) for r, row in rows if "name" in row and similar(row["name"].value, app.name) >= floor]
    files = "、".join(r.file for r in rosters)
    if not mine:
        yield make_flag(
            CODE, SEVERITY, case, f"聘任花名册（{files}）中未列出申报人",
            clause=ctx.policy.rule_clause(CODE), declared=app.name, found="未列出",
            evidence=tuple(Evidence(r.file, 1, None, f"共 {len(r.rows)} 行", "metadata") for r in rosters),
        )
        return
    title = app.current_title
    if title is None:
        return
    roster, row = mine[0]
    differences = []
    if "title" in row and fold(row["title"].value) != fold(title.name):
        differences.append(("职务", title.name, row["title"]))
    appointed = title.appointed_on or title.obtained_on
    if "appointed_on" in row and appointed and not same_month(row["appointed_on"].value, str(appointed)):
        differences.append(("聘任时间", str(appointed), row["appointed_on"]))
    if differences:
        text = "；".join(f"{label}：申报“{d}”，花名册“{f.value}”" for label, d, f in differences)
        yield make_flag(
            CODE, SEVERITY, case, f"聘任花名册 {roster.file} 所列信息与申报不一致：{text}",
            clause=ctx.policy.rule_clause(CODE),
            declared="；".join(f"{label} {d}" for label, d, _ in differences),
            found="；".join(f"{label} {f.value}" for label, _, f in differences),
            evidence=tuple(f.evidence for *_, f in differences),
        )
