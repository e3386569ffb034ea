"""MATERIAL_MISSING (材料缺失): a required item is absent; one flag per item.

Together these flags form the one-time notice (一次性告知, Qujing 2023): every missing item
is told at once. The checklist and which items a notice requires come from the policy's
``materials`` table; Xuchang 2023 lists most of them (education from first to highest, the
degree certificate for a master's claim, the contract for non-established and private-sector
staff, the roster for established staff of public institutions, annual assessments for the
last (up to) 5 years). An item is present when a readable upload is of that kind: the
detected kind when the content was classified, else the declared kind. An unreadable upload
does not count: the notice must ask for it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Clause, DocumentKind, Evidence, Flag, Severity

CODE: Final = "MATERIAL_MISSING"
SEVERITY: Final = Severity.MEDIUM
LABEL: Final = "材料缺失"

_POSTGRADUATE = re.compile(r"硕士|博士|研究生")


def _missing(case: Case, kind: DocumentKind, item: str, clause: Clause) -> Flag:
    return make_flag(
        CODE, SEVERITY, case, f"缺少{item}", clause=clause, reference=kind.label,
        evidence=(Evidence.declared("attachments", f"未提供可读的{kind.label}"),),
    )


def _assessment_years(case: Case, ctx: CheckContext) -> list[int]:
    """The years whose annual assessment is due: the last N before the review year, not
    before the applicant started work (a start after October leaves that year unassessed)."""
    year = ctx.policy.review_year.value
    wanted = range(year - ctx.policy.assessment_years.value, year)
    starts = [w.start for w in case.application.work_history]
    if starts:
        first = min(starts)
        first_year = first.year + (1 if first.month > 10 else 0)
        wanted = range(max(wanted.start, first_year), wanted.stop)
    return list(wanted)


def _postgraduate_degrees(case: Case) -> int:
    """How many uploaded degree certificates can stand for a master's or doctor's degree: all
    but those that read as a bachelor's. A bachelor's certificate is not required, so an upload
    whose degree could not be read is taken for the one that is (a missing item is a claim)."""
    files = case.files_of_kind(DocumentKind.DEGREE)
    read = [(case.extractions[f].value("degree") or "") if f in case.extractions else ""
            for f in files]
    return sum(1 for v in read if "学士" not in v or _POSTGRADUATE.search(v))


def _assessments_present(case: Case) -> set[int]:
    """The years the readable assessments cover: the year read on each and the year the form
    gives it (a year a field finder missed or misread is not a missing assessment)."""
    years = set()
    declared = {a.file: a.year for a in case.application.attachments}
    for file in case.files_of_kind(DocumentKind.ANNUAL_ASSESSMENT):
        extraction = case.extractions.get(file)
        read_year = extraction.value("year") if extraction else None
        years |= {y for y in (int(read_year) if read_year and read_year.isdigit() else None,
                              declared.get(file)) if y}
    return years


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:  # noqa: C901 - one branch per item
    """Yield one flag per required item that no readable upload provides."""
    app, materials = case.application, ctx.policy.materials
    employed = app.unit.type != "freelance"

    def required(item: str) -> Clause | None:
        entry = materials.get(item)
        return entry.clause if entry and entry.value else None

    if clause := required("diploma"):
        have = len(case.files_of_kind(DocumentKind.DIPLOMA))
        for education in app.education[have:]:
            yield _missing(case, DocumentKind.DIPLOMA,
                           f"学历证书（{education.level} {education.school}）", clause)
    if clause := required("degree_for_postgraduate"):
        postgraduate = [e for e in app.education if _POSTGRADUATE.search(f"{e.degree}{e.level}")]
        for education in postgraduate[_postgraduate_degrees(case):]:
            yield _missing(case, DocumentKind.DEGREE,
                           f"学位证书（{education.degree or education.level}）", clause)
    needs_contract = employed and (app.unit.type == "private" or not app.unit.established_staff)
    if ((clause := required("contract")) and needs_contract
            and not case.files_of_kind(DocumentKind.CONTRACT)):
        yield _missing(case, DocumentKind.CONTRACT, "劳动合同或聘用合同", clause)
    if app.current_title and employed:
        if ((clause := required("appointment_letter"))
                and not case.files_of_kind(DocumentKind.APPOINTMENT_LETTER)):
            yield _missing(case, DocumentKind.APPOINTMENT_LETTER,
                           f"现职称（{app.current_title.name}）聘书", clause)
    if app.current_title and (clause := required("title_certificate")):
        if not case.files_of_kind(DocumentKind.TITLE_CERTIFICATE):
            yield _missing(case, DocumentKind.TITLE_CERTIFICATE,
                           f"现职称（{app.current_title.name}）证书", clause)
    established = app.unit.type == "public_institution" and app.unit.established_staff
    if (established and (clause := required("roster"))
            and not case.files_of_kind(DocumentKind.APPOINTMENT_ROSTER)):
        yield _missing(case, DocumentKind.APPOINTMENT_ROSTER, "聘任花名册", clause)
    if employed and (clause := required("annual_assessment")):
        present = _assessments_present(case)
        for year in _assessment_years(case, ctx):
            if year not in present:
                yield _missing(case, DocumentKind.ANNUAL_ASSESSMENT, f"{year}年度考核表", clause)
    if app.route == "commissioned" and (clause := required("commission_letter")):
        if not case.files_of_kind(DocumentKind.COMMISSION_LETTER):
            yield _missing(case, DocumentKind.COMMISSION_LETTER, "委托评审委托函", clause)
