"""APPOINTMENT_MISMATCH (聘任信息不符): the appointment letter disagrees with the form.

The letter (聘书) for the current title must name that title and start in the month the form
gives as the appointment date (Xuchang 2023: the scan must show the appointment years).
Among several letters, the one naming the current title is judged.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import fold, reliable, same_month
from pipeline.model import Flag, Severity

CODE: Final = "APPOINTMENT_MISMATCH"
SEVERITY: Final = Severity.HIGH


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag the current title's letter when its title or start month differs from the form."""
    title = case.application.current_title
    letters = case.extractions_of("appointment_letter")
    if title is None or not letters:
        return
    matching = [e for e in letters if fold(e.value("title") or "") == fold(title.name)]
    letter = matching[0] if matching else letters[-1]
    differences = []
    read_title, start = letter.get("title"), letter.get("start")
    if read_title and reliable(read_title, ctx) and fold(read_title.value) != fold(title.name):
        differences.append(("职务", title.name, read_title.value, read_title.evidence))
    appointed = title.appointed_on or title.obtained_on
    if start and appointed and reliable(start, ctx) and not same_month(start.value, str(appointed)):
        differences.append(("聘任时间", str(appointed), start.value, start.evidence))
    if not differences:
        return
    text = "；".join(f"{label}：申报“{d}”，聘书“{f}”" for label, d, f, _ in differences)
    yield make_flag(
        CODE, SEVERITY, case, f"聘书 {letter.file} 与申报的现职称聘任信息不一致：{text}",
        clause=ctx.policy.rule_clause(CODE),
        declared="；".join(f"{label} {d}" for label, d, _, _ in differences),
        found="；".join(f"{label} {f}" for label, _, f, _ in differences),
        evidence=tuple(e for *_, e in differences),
    )
