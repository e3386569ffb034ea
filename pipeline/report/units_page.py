"""The units page: per applying unit and per competent department, how many applicants carry
a critical or high flag, and the marks the notice requires.

Liuzhou 2024 四（一）1: a unit at or over 10 % non-conforming applicants must explain; a
department at or over 20 % must explain and submit a written rectification plan. The
thresholds and their clause come from the policy; the figures are those of units.csv
(:func:`pipeline.report.tables.unit_rows`), so the page and the CSV cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from pipeline.model import ApplicantResult, Cited
from pipeline.policy import Policy
from pipeline.report._html import render
from pipeline.report.labels import cite
from pipeline.report.tables import blocking, report_name, unit_rows


@dataclass(frozen=True, slots=True)
class FlaggedApplicant:
    """A non-conforming applicant, linked to their page."""

    applicant_id: str
    href: str


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One row of either table (a unit, or a department with ``unit`` empty)."""

    unit: str
    department: str
    link: str  # the overview filtered to this unit or department
    applicants: object
    flagged: object
    ratio: str  # shown, e.g. "50.0%"
    ratio_value: str  # the sort value, e.g. "0.5000"
    marked: bool
    mark: str
    flagged_applicants: tuple[FlaggedApplicant, ...]


@dataclass(frozen=True, slots=True)
class ThresholdClause:
    """The threshold of a scope and the clause that sets it."""

    scope: str
    threshold: str
    basis: str
    text: str


@dataclass(frozen=True, slots=True)
class UnitsView:
    """What ``units.html.j2`` shows."""

    title: str
    clauses: tuple[ThresholdClause, ...]
    units: tuple[UnitRow, ...]
    departments: tuple[UnitRow, ...]
    marked_units: int
    marked_departments: int
    unit_threshold: str
    department_threshold: str


def _link(key: str, value: str) -> str:
    return f"index.html#{key}={quote(value)}"


def _row(row: dict[str, object], scope: str,
         flagged_by: dict[tuple[str, str], list[str]]) -> UnitRow:
    unit, department = str(row["unit"]), str(row["department"])
    ratio = float(str(row["ratio"]))
    marked = row["marked"] == "yes"
    names = flagged_by.get((unit, department) if scope == "unit" else ("", department), [])
    threshold = float(str(row["threshold"]))
    return UnitRow(
        unit=unit, department=department,
        link=_link("unit", unit) if scope == "unit" else _link("department", department),
        applicants=row["applicants"], flagged=row["flagged"], ratio=f"{ratio:.1%}",
        ratio_value=f"{ratio:.4f}",
        marked=marked, mark=f"达到或超过 {threshold:.0%}，须作出说明" if marked else "未达到",
        flagged_applicants=tuple(FlaggedApplicant(a, report_name(a)) for a in names))


def _clause(scope: str, cited: Cited[float], policy: Policy) -> ThresholdClause:
    return ThresholdClause(scope, f"{cited.value:.0%}", cite(cited.clause, policy),
                           cited.clause.text)


def units_view(results: Sequence[ApplicantResult], policy: Policy, title: str) -> UnitsView:
    """Both tables, units first, marked rows first within each."""
    rows = unit_rows(results, policy)
    flagged_by: dict[tuple[str, str], list[str]] = {}
    for r in sorted(results, key=lambda r: r.applicant_id):
        if r.level and blocking(r):
            flagged_by.setdefault((r.unit, r.department or "（未填）"), []).append(r.applicant_id)
            flagged_by.setdefault(("", r.department or "（未填）"), []).append(r.applicant_id)

    def order(row: dict[str, object]) -> tuple[bool, float, str]:
        return (row["marked"] != "yes", -float(str(row["ratio"])),
                str(row["unit"]) + str(row["department"]))

    units = tuple(_row(r, "unit", flagged_by)
                  for r in sorted((r for r in rows if r["scope"] == "unit"), key=order))
    departments = tuple(_row(r, "department", flagged_by)
                        for r in sorted((r for r in rows if r["scope"] == "department"), key=order))
    unit_clause, dept_clause = policy.unit_flag_ratio, policy.department_flag_ratio
    return UnitsView(
        title=title,
        clauses=(_clause("申报单位", unit_clause, policy),
                 _clause("主管部门", dept_clause, policy)),
        units=units, departments=departments,
        marked_units=sum(1 for r in units if r.marked),
        marked_departments=sum(1 for r in departments if r.marked),
        unit_threshold=f"{unit_clause.value:.0%}", department_threshold=f"{dept_clause.value:.0%}")


def units_page(results: Sequence[ApplicantResult], policy: Policy, title: str) -> str:
    """The units page (``units.html.j2``)."""
    return render("units.html.j2", page=units_view(results, policy, title))
