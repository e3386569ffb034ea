"""EDUCATION_MISMATCH (学历信息不符): a diploma or degree disagrees with the declared education.

Each diploma is paired with the declared education it is closest to (its number, else its
school); school, major, level and graduation month are compared (names with the policy's
``title_similarity_min``, which tolerates an OCR slip but not another school). Degrees are compared on
school and degree. Only reliable reads count, with the policy's similarity floor for names.
Xuchang 2023 requires education from first to highest, consistent with the certificates.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import fold, reliable, same_month, similar
from pipeline.ingest.application import Education
from pipeline.model import Extraction, Flag, Severity

CODE: Final = "EDUCATION_MISMATCH"
SEVERITY: Final = Severity.HIGH

_LEVELS = {"本科": "本科", "专科": "专科", "大专": "专科", "硕士": "硕士", "研究生": "硕士", "博士": "博士"}


def _level(text: str) -> str:
    return next((v for k, v in _LEVELS.items() if k in (text or "")), text or "")


def _pair(extraction: Extraction, education: tuple[Education, ...], number_field: str) -> Education | None:
    number = fold(extraction.value(number_field) or "")
    for edu in education:
        if number and number == fold(edu.diploma_number if number_field == "diploma_number" else edu.degree_number):
            return edu
    school = extraction.value("school") or ""
    return max(education, key=lambda e: similar(e.school, school), default=None)


def _differences(extraction: Extraction, edu: Education, ctx: CheckContext) -> list[tuple[str, str, str]]:
    floor = ctx.policy.title_similarity_min.value
    checks = [("school", edu.school, "学校"), ("major", edu.major, "专业")]
    out = []
    for field_name, declared, label in checks:
        found = extraction.get(field_name)
        if found and declared and reliable(found, ctx) and similar(found.value, declared) < floor:
            out.append((label, declared, found.value))
    if extraction.kind == "diploma":
        level, end = extraction.get("level"), extraction.get("end")
        if level and reliable(level, ctx) and _level(level.value) != _level(edu.level):
            out.append(("层次", edu.level, level.value))
        if end and edu.end and reliable(end, ctx) and not same_month(end.value, str(edu.end)):
            out.append(("毕业时间", str(edu.end), end.value))
    else:
        degree = extraction.get("degree")
        if degree and edu.degree and reliable(degree, ctx) and fold(degree.value) not in fold(edu.degree) \
                and fold(edu.degree) not in fold(degree.value):
            out.append(("学位", edu.degree, degree.value))
    return out


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each certificate that contradicts the education it belongs to."""
    education = case.application.education
    for file, extraction in sorted(case.extractions.items()):
        if extraction.kind not in ("diploma", "degree") or not education:
            continue
        number_field = "diploma_number" if extraction.kind == "diploma" else "degree_number"
        edu = _pair(extraction, education, number_field)
        if edu is None:
            continue
        differences = _differences(extraction, edu, ctx)
        if not differences:
            continue
        text = "；".join(f"{label}：申报“{d}”，证书“{f}”" for label, d, f in differences)
        evidence = tuple(f.evidence for f in extraction.fields
                         if f.name in ("school", "major", "level", "end", "degree"))
        yield make_flag(
            CODE, SEVERITY, case, f"{file} 与申报学历不一致：{text}",
            clause=ctx.policy.rule_clause(CODE) or ctx.policy.title_similarity_min.clause,
            declared="；".join(f"{label} {d}" for label, d, _ in differences),
            found="；".join(f"{label} {f}" for label, _, f in differences), evidence=evidence,
        )
