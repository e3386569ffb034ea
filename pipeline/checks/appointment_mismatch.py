"""APPOINTMENT_MISMATCH (聘任信息不符): the appointment letter disagrees with the form.

The letter (聘书) for the current title must name that title and start in the month the form
gives as the appointment date (Xuchang 2023: the scan must show the appointment years).
Among several letters, the one naming the current title is judged.

Compared as a reviewer compares: the title without the words letters put around it
(:func:`pipeline.titles.canonical_title`), so 工程师职务 is 工程师; the title counts as shown
when the letter names the declared title anywhere, and a post grade of the title's level
(专业技术十级岗位 for a 中级 title) agrees; the appointment month agrees with the term's
first month or with the letter's own date (some units date the appointment by the letter).
A read that names no title, a date that is not a date, or a term that does not run whole years
(a digit misread in its first month) is "could not verify".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext
from pipeline.checks._compare import Comparison, differences_by_file, differences_flag, judge
from pipeline.checks._documents import same_month
from pipeline.dates import parse_partial_date
from pipeline.model import DocumentKind, Extraction, Flag, Severity
from pipeline.titles import canonical_title, post_grade_level, titles_in

CODE: Final = "APPOINTMENT_MISMATCH"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "聘任信息不符"


def _letter_titles(case: Case, letter: Extraction) -> set[str]:
    doc = case.documents.get(letter.file)
    return set(titles_in(doc.text)) if doc is not None else set()


def _judged_letter(case: Case, title: str) -> Extraction | None:
    letters = case.extractions_of(DocumentKind.APPOINTMENT_LETTER)
    naming = [e for e in letters if title in _letter_titles(case, e)]
    return naming[0] if naming else (letters[-1] if letters else None)


def comparisons(case: Case, ctx: CheckContext) -> Iterator[Comparison]:
    """The judged letter's title and first month, compared with the current title's."""
    title = case.application.current_title
    if title is None:
        return
    declared_title = canonical_title(title.name) or title.name
    letter = _judged_letter(case, declared_title)
    if letter is None:
        return
    read_title = letter.get("title")
    if read_title:
        read = canonical_title(read_title.value)
        # 聘为专业技术九级岗位: a grade of the title's level
        grade = post_grade_level(read_title.value)
        agree = (read == declared_title or declared_title in _letter_titles(case, letter)
                 or (read is None and grade == title.level))
        yield judge(CODE, letter.file, "聘任职务", title.name, read_title, agree=agree, ctx=ctx,
                    well_formed=read is not None, shape="职称名称")
    start, issued = letter.get("start"), letter.get("issued_on")
    appointed = title.appointed_on or title.obtained_on
    if start and appointed:
        agree = any(f is not None and same_month(f.value, str(appointed)) for f in (start, issued))
        well_formed = parse_partial_date(start.value) is not None and _whole_years(
            start.value, letter.value("end"))
        yield judge(CODE, letter.file, "聘任时间", str(appointed), start, agree=agree, ctx=ctx,
                    well_formed=well_formed, shape="整年聘期的起始日期")


def _whole_years(start: str, end: str | None) -> bool:
    """Whether a term read as `start`–`end` runs whole years (2017-03 to 2020-02, or to
    2020-03), as terms of appointment do (聘期三年): a start read otherwise (2017-08 to
    2020-02, a 3 taken for an 8) is doubted, not held against the applicant. True when no end
    was read.
    """
    a, b = parse_partial_date(start), parse_partial_date(end) if end else None
    if a is None or b is None:
        return True
    months = b.month_index - a.month_index
    return months > 0 and months % 12 in (0, 11)


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag the current title's letter when its title or start month surely differs."""
    for file, differences in differences_by_file(comparisons(case, ctx)).items():
        yield differences_flag(CODE, SEVERITY, case, differences, source="聘书",
                               headline=f"聘书 {file} 与申报的现职称聘任信息不一致",
                               clause=ctx.policy.rule_clause(CODE))
