"""The units page: per applying unit and per competent department, how many applicants carry
a critical or high flag, and the marks the notice requires.

Liuzhou 2024 四（一）1: a unit at or over 10 % non-conforming applicants must explain; a
department at or over 20 % must explain and submit a written rectification plan. The
thresholds and their clause come from the policy; the figures are those of units.csv
(:func:`pipeline.report.tables.unit_rows`), so the page and the CSV cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from pipeline.model import ApplicantResult, Cited
from pipeline.policy import Policy
from pipeline.report._html import attr, esc, page
from pipeline.report.labels import cite
from pipeline.report.tables import blocking, report_name, unit_rows


def _link(key: str, value: str) -> str:
    return f"index.html#{key}={quote(value)}"


def _table(rows: Sequence[dict[str, object]], scope: str, flagged_by: dict[tuple[str, str], list[str]]) -> str:
    body = []
    for row in rows:
        unit, department = str(row["unit"]), str(row["department"])
        ratio = float(str(row["ratio"]))
        marked = row["marked"] == "yes"
        names = flagged_by.get((unit, department) if scope == "unit" else ("", department), [])
        who = "、".join(f'<a href="{attr(report_name(a))}">{esc(a)}</a>' for a in names)
        if scope == "unit":
            first = f'<td><a href="{attr(_link("unit", unit))}">{esc(unit)}</a></td><td>{esc(department)}</td>'
        else:
            first = f'<td><a href="{attr(_link("department", department))}">{esc(department)}</a></td>'
        threshold = float(str(row["threshold"]))
        mark = f"达到或超过 {threshold:.0%}，须作出说明" if marked else "未达到"
        body.append(
            f'<tr class="{"marked" if marked else ""}" data-marked="{"yes" if marked else "no"}">{first}'
            f'<td class=num>{row["applicants"]}</td><td class=num>{row["flagged"]}</td>'
            f'<td class=num data-v="{ratio:.4f}">{ratio:.1%}</td>'
            f"<td>{mark}</td>"
            f"<td>{who}</td></tr>")
    first_head = "<th>申报单位</th><th>主管部门</th>" if scope == "unit" else "<th>主管部门</th>"
    return (f'<table id="{scope}s"><thead><tr>{first_head}<th class=num>申报人数</th><th class=num>不符合条件人数</th>'
            "<th class=num>占比</th><th>标记</th><th>不符合条件的申报人</th></tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def _clause(scope: str, cited: Cited[float], policy: Policy) -> str:
    return (f'<div class="clause">{scope}标准 {cited.value:.0%}：{esc(cite(cited.clause, policy))}'
            f"：“{esc(cited.clause.text)}”</div>")


def units_page(results: Sequence[ApplicantResult], policy: Policy, title: str) -> str:
    """Both tables, units first, marked rows first within each."""
    rows = unit_rows(results, policy)
    flagged_by: dict[tuple[str, str], list[str]] = {}
    for r in sorted(results, key=lambda r: r.applicant_id):
        if r.level and blocking(r):
            flagged_by.setdefault((r.unit, r.department or "（未填）"), []).append(r.applicant_id)
            flagged_by.setdefault(("", r.department or "（未填）"), []).append(r.applicant_id)

    def order(row: dict[str, object]) -> tuple[bool, float, str]:
        return row["marked"] != "yes", -float(str(row["ratio"])), str(row["unit"]) + str(row["department"])

    units = sorted((r for r in rows if r["scope"] == "unit"), key=order)
    departments = sorted((r for r in rows if r["scope"] == "department"), key=order)
    unit_clause, dept_clause = policy.unit_flag_ratio, policy.department_flag_ratio
    marked_units = sum(1 for r in units if r["marked"] == "yes")
    marked_depts = sum(1 for r in departments if r["marked"] == "yes")
    body = (
        f'<nav class="toolbar"><a href="index.html">← 返回总览</a></nav><h1>{esc(title)}：单位与主管部门统计</h1>'
        "<p>不符合条件人员：带有“严重”或“高”风险提示的申报人（待人工复核确认）。</p>"
        + _clause("申报单位", unit_clause, policy) + _clause("主管部门", dept_clause, policy) +
        f'<h2>申报单位（{len(units)} 个，{marked_units} 个达到 {unit_clause.value:.0%}）</h2>'
        + _table(units, "unit", flagged_by)
        + f'<h2>主管部门（{len(departments)} 个，{marked_depts} 个达到 {dept_clause.value:.0%}）</h2>'
        + _table(departments, "department", flagged_by))
    return page(f"{title} 单位统计", body)
