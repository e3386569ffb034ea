"""EDUCATION_MISMATCH (学历信息不符): a diploma or degree disagrees with the declared education.

Each certificate is paired with the declared education it belongs to: the one whose number it
prints, else the one of its level, then the closest school. School, major, level and graduation
month are compared as a reviewer compares them — school and major names with the policy's
``title_similarity_min`` (an OCR slip is not another school), a major also when one name holds
the other (土木工程 / 土木工程（建筑工程方向）), either also when the declared name is printed
on the certificate. A major OCR read longer than the declared one, by fewer characters than
the declared one has, whose part of the declared length is nearly it (halfway from the floor
to identical: 本腔绍构工程 for 结构工程, the sentence's 本校 misread and run into the major)
is mostly the declared major with other characters: no other major, but "could not verify"
(通信工程 against a printed 电子信息工程 is still another major). So is an OCR read over a
line break shorter than the declared major, whose characters but one are the declared
major's in order (道路与 / 河工理 for 道路桥梁与渡河工程: characters lost at the wrap).
Degrees are compared on school and degree. A read value that is not a school (a kind of
school such as 普通高等学校 is not one, nor a printed label, nor a fragment of the document's
title such as …届毕业生学位的决定), a major (a column header such as 姓名 is not one), a
level or a date, or was read without confidence, is "could not verify".
Xuchang 2023 requires education from first to highest, consistent with the certificates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Final

from extractors._fields import is_label, plausible_school
from pipeline.checks._base import Case, CheckContext
from pipeline.checks._compare import (
    Comparison,
    Verdict,
    differences_by_file,
    differences_flag,
    judge,
    printed_on,
)
from pipeline.checks._documents import (
    fold,
    held_within,
    same_month,
    school_category,
    similar,
)
from pipeline.dates import parse_partial_date
from pipeline.ingest.application import Education
from pipeline.model import DocumentKind, Extraction, Field, Flag, Severity
from pipeline.text import stuttered

CODE: Final = "EDUCATION_MISMATCH"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "学历信息不符"

#: Levels of study, and the degree each level's graduates are awarded (a 学士 degree belongs
#: with the 本科 education, a 硕士 with the master's): a degree is paired by its level.
_LEVELS = {"本科": "本科", "专科": "专科", "大专": "专科", "高职": "专科", "硕士": "硕士",
           "研究生": "硕士", "博士": "博士", "学士": "本科"}
_SCHOOL = re.compile(r"[\u4e00-\u9fff()（）]{2,40}"
                     r"(?:大学|学院|学校|研究院|研究所|科学院|党校|研究生院|分校|校区)[)）]?")
_MAJOR = re.compile(r"[\u4e00-\u9fffA-Za-z()（）]{2,30}")
#: Words of a sentence or a heading (关于…的决定, 名单, …届), never of a major's name.
_NOT_MAJOR = re.compile(r"学习|修完|完成|年制|毕业|课程|成绩|证书|学校|本校|我校|准予"
                        r"|关于|决定|通知|名单|届")
_DEGREE = re.compile(r"学士|硕士|博士")


def _level(text: str) -> str | None:
    return next((v for k, v in _LEVELS.items() if k in (text or "")), None)


def _major_key(text: str) -> str:
    """A major without 专业 and a parenthesised direction: 土木工程（建筑工程方向）专业 ->
    土木工程."""
    return fold(re.sub(r"[(（][^)）]*[)）]|专业$", "", re.sub(r"\s+", "", text or "")))


def _pair(extraction: Extraction, education: tuple[Education, ...],
          number_field: str) -> tuple[Education | None, bool]:
    """The declared education `extraction` belongs to, and whether that is sure.

    A reviewer matches a certificate to its row by the number it prints, its level, its
    school, then its years of study. When nothing on it tells two declared rows apart (an
    unread number, level and school, and years that fit neither), the pairing is a guess and
    none of its differences can count against the applicant.
    """
    number = fold(extraction.value(number_field) or "")
    level = _level(extraction.value("level") or extraction.value("degree") or "")
    school = extraction.value("school") or ""
    start, end = extraction.value("start") or "", extraction.value("end") or ""

    def score(edu: Education) -> float:
        own = edu.diploma_number if number_field == "diploma_number" else edu.degree_number
        declared_level = _level(edu.level if number_field == "diploma_number"
                                else edu.degree or edu.level)
        years = ((2 if same_month(end, str(edu.end or "")) else 0)
                 + (1 if same_month(start, str(edu.start or "")) else 0))
        return ((1000 if number and number == fold(own) else 0)
                + (100 if level and level == declared_level else 0)
                + similar(edu.school, school) + years)

    ranked = sorted(education, key=score, reverse=True)
    if not ranked:
        return None, False
    sure = len(ranked) == 1 or score(ranked[0]) > score(ranked[1])
    return ranked[0], sure


def _unpaired(comparison: Comparison) -> Comparison:
    """A difference found against a row the certificate could not surely be paired with."""
    if comparison.verdict is not Verdict.DIFFERENT:
        return comparison
    return replace(comparison, verdict=Verdict.UNSURE,
                   doubt="证书上未能读出编号、层次或学校，无法确定对应哪一段申报学历")


def _in_order(short: str, long: str) -> int:
    """How many characters of `short` `long` holds in the same order (their longest common
    subsequence): 道路与河工理 in 道路桥梁与渡河工程 holds 5."""
    prev = [0] * (len(long) + 1)
    for c in short:
        cur = [0]
        for j, d in enumerate(long, start=1):
            cur.append(prev[j - 1] + 1 if c == d else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def _lost_at_wrap(found: Field, read: str, declared: str) -> bool:
    """Whether an OCR read of a major that runs over a line break is the declared major with
    characters lost at the wrap: shorter than the declared name, and all of its characters
    but one (three at least) in the declared name in the same order (道路与 / 河工理 for
    道路桥梁与渡河工程). It is no other major but "could not verify"; a read that shares
    only the common words of majors with it (土木工程: 工程) is another major."""
    return (found.evidence.source == "ocr" and "\n" in found.evidence.text
            and len(read) < len(declared)
            and _in_order(read, declared) >= max(3, len(read) - 1))


def _compare_name(case: Case, ctx: CheckContext, file: str, label: str, declared: str,
                  found: Field | None, *, shape: re.Pattern[str],
                  major: bool) -> Iterator[Comparison]:
    if found is None or not declared:
        return
    floor = ctx.policy.title_similarity_min.value
    a, b = ((_major_key(found.value), _major_key(declared)) if major
            else (fold(found.value), fold(declared)))
    agree = (similar(a, b) >= floor or printed_on(case, file, declared)
             or (major and min(len(a), len(b)) >= 2 and (a in b or b in a)))
    well_formed = (bool(shape.fullmatch(re.sub(r"\s+", "", found.value)))
                   and not stuttered(found.value))
    # a printed label (a list's column header: 姓名, 证书编号) is never a school or a major,
    # nor is a fragment of the document's title (届本科毕业生学士学位的决定各学院)
    well_formed = well_formed and not is_label(found.value)
    if major:
        well_formed = (well_formed and not _NOT_MAJOR.search(found.value)
                       and not (found.evidence.source == "ocr" and len(b) < len(a) < 2 * len(b)
                                and held_within(b, a) >= (100 + floor) / 2)
                       and not _lost_at_wrap(found, a, b))
    else:
        well_formed = (well_formed and not school_category(found.value, floor)
                       and plausible_school(found.value))
    yield judge(CODE, file, label, declared, found, agree=agree, ctx=ctx, well_formed=well_formed,
                shape=label)


def comparisons(case: Case, ctx: CheckContext) -> Iterator[Comparison]:
    """Each certificate's school, major, level, graduation month or degree against its education."""
    education = case.application.education
    for file, extraction in sorted(case.extractions.items()):
        if extraction.kind not in (DocumentKind.DIPLOMA, DocumentKind.DEGREE) or not education:
            continue
        number_field = ("diploma_number" if extraction.kind == DocumentKind.DIPLOMA
                        else "degree_number")
        edu, sure = _pair(extraction, education, number_field)
        if edu is None:
            continue
        found = list(_certificate_comparisons(case, ctx, file, extraction, edu))
        yield from found if sure else map(_unpaired, found)


def _certificate_comparisons(case: Case, ctx: CheckContext, file: str,
                             extraction: Extraction, edu: Education) -> Iterator[Comparison]:
    """One certificate's school, major, level, graduation month or degree against `edu`."""
    yield from _compare_name(case, ctx, file, "学校", edu.school, extraction.get("school"),
                             shape=_SCHOOL, major=False)
    yield from _compare_name(case, ctx, file, "专业", edu.major, extraction.get("major"),
                             shape=_MAJOR, major=True)
    if extraction.kind == DocumentKind.DIPLOMA:
        level, end = extraction.get("level"), extraction.get("end")
        if level:
            read = _level(level.value)
            yield judge(CODE, file, "层次", edu.level, level, agree=read == _level(edu.level),
                        ctx=ctx, well_formed=read is not None, shape="学历层次")
        if end and edu.end:
            yield judge(CODE, file, "毕业时间", str(edu.end), end,
                        agree=same_month(end.value, str(edu.end)), ctx=ctx,
                        well_formed=parse_partial_date(end.value) is not None, shape="日期")
    else:
        degree = extraction.get("degree")
        if degree and edu.degree:
            read, declared = fold(degree.value), fold(edu.degree)
            yield judge(CODE, file, "学位", edu.degree, degree,
                        agree=read in declared or declared in read, ctx=ctx,
                        well_formed=bool(_DEGREE.search(degree.value)), shape="学位名称")


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each certificate that surely contradicts the education it belongs to."""
    for file, differences in differences_by_file(comparisons(case, ctx)).items():
        yield differences_flag(CODE, SEVERITY, case, differences, source="证书",
                               headline=f"{file} 与申报学历不一致",
                               clause=(ctx.policy.rule_clause(CODE)
                                       or ctx.policy.title_similarity_min.clause))
