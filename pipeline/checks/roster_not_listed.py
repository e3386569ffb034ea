"""ROSTER_NOT_LISTED (花名册未列): established staff missing from the roster, or listed otherwise.

Xuchang 2023 asks established staff of public institutions for the appointment roster
(聘任花名册). The applicant's row is found by identity number, else by name; it must give
the current title (compared without the words around it, :func:`pipeline.titles.canonical_title`;
a post grade of the title's level, 专技九级 for a 中级 title, agrees:
:func:`pipeline.titles.post_grade_level`)
and the appointment month of the form. "Not listed" is a finding only when the roster's rows
were read (at least one well-formed name) and the applicant's name and number are printed
nowhere on it; a roster whose rows could not be read is "could not verify".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from stdnum.cn import ric

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._compare import Comparison, Verdict, differences_flag, judge, printed_on
from pipeline.checks._documents import same_month, similar
from pipeline.dates import parse_partial_date
from pipeline.model import DocumentKind, Evidence, Field, Flag, Severity
from pipeline.person_names import well_formed_name
from pipeline.titles import canonical_title, post_grade_level

CODE: Final = "ROSTER_NOT_LISTED"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "花名册未列"
_NOT_LISTED: Final = "未列出"


def comparisons(case: Case, ctx: CheckContext) -> Iterator[Comparison]:
    """Whether the applicant is on the rosters, and their row's title and month."""
    app = case.application
    rosters = case.extractions_of(DocumentKind.APPOINTMENT_ROSTER)
    if not (app.unit.type == "public_institution" and app.unit.established_staff) or not rosters:
        return
    declared_id = ric.compact(app.id_number)
    floor = ctx.policy.name_similarity_min.value
    rows = [(roster, {f.name: f for f in row}) for roster in rosters for row in roster.rows]
    mine = [(r, row) for r, row in rows
            if "id_number" in row and ric.compact(row["id_number"].value) == declared_id]
    mine = mine or [(r, row) for r, row in rows
                    if "name" in row and similar(row["name"].value, app.name) >= floor]
    if not mine:
        files = "、".join(r.file for r in rosters)
        found = Field("roster", _NOT_LISTED, Evidence(
            rosters[0].file, 1, None, "；".join(f"{r.file} 共 {len(r.rows)} 行" for r in rosters),
            "metadata"))
        printed = any(printed_on(case, r.file, v) for r in rosters for v in (app.name, declared_id))
        read_rows = any("name" in row and well_formed_name(row["name"].value) for _, row in rows)
        yield judge(CODE, files, "花名册", app.name, found, agree=printed, ctx=ctx,
                    well_formed=read_rows, shape="花名册（未读出任何人员行）")
        return
    title = app.current_title
    if title is None:
        return
    roster, row = mine[0]
    if "title" in row:
        read = canonical_title(row["title"].value)
        grade = post_grade_level(row["title"].value)  # 专技九级: a post grade of the title's level
        yield judge(CODE, roster.file, "职务", title.name, row["title"], ctx=ctx,
                    agree=read == (canonical_title(title.name) or title.name)
                    or (read is None and grade == title.level),
                    well_formed=read is not None, shape="职称名称")
    appointed = title.appointed_on or title.obtained_on
    if "appointed_on" in row and appointed:
        found = row["appointed_on"]
        yield judge(CODE, roster.file, "聘任时间", str(appointed), found, ctx=ctx,
                    agree=same_month(found.value, str(appointed)),
                    well_formed=parse_partial_date(found.value) is not None, shape="日期")


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag established staff surely absent from, or misdescribed in, the uploaded rosters."""
    differences = [c for c in comparisons(case, ctx) if c.verdict is Verdict.DIFFERENT]
    if not differences:
        return
    if differences[0].found.value == _NOT_LISTED:
        c = differences[0]
        yield make_flag(
            CODE, SEVERITY, case, f"聘任花名册（{c.file}）中未列出申报人",
            clause=ctx.policy.rule_clause(CODE), declared=c.declared, found=_NOT_LISTED,
            evidence=(c.found.evidence,),
        )
        return
    yield differences_flag(CODE, SEVERITY, case, differences, source="花名册",
                           headline=f"聘任花名册 {differences[0].file} 所列信息与申报不一致",
                           clause=ctx.policy.rule_clause(CODE))
