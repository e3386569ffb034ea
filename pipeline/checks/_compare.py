"""Comparing a value read on an upload with the form, the way a reviewer would.

A rule that compares (``NAME_MISMATCH``, ``EDUCATION_MISMATCH``, …) describes each comparison
as a :class:`Comparison` with one of three verdicts:

``same``
    the values agree once both are normalised as a person reads them (a title without the
    words a letter puts around it, a date in any written form, a school without its campus);
``different``
    they disagree *and* the read value is solid: well-formed for its field (a name that is a
    name, a date that is a date, a title that is a title) and read from a text layer or by
    confident OCR. Only this verdict raises the rule's flag at its severity;
``unsure``
    they disagree but the read value is not solid. The rule raises nothing;
    ``FIELD_UNVERIFIED`` (:mod:`pipeline.checks.field_unverified`) turns it into a low
    "could not verify" note that names the file and the field, so the reviewer knows what to
    look at and a guess never counts against the applicant.

A flag is a claim against a person: a false one on a clean applicant costs more than a miss
(stdnum's habit, and the brief's).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._documents import fold
from pipeline.model import Clause, Evidence, Field, Flag, Severity
from pipeline.redact import mask_text


class Verdict(StrEnum):
    """What a comparison concluded."""

    SAME = "same"
    DIFFERENT = "different"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Comparison:
    """One value read on an upload compared with the form."""

    code: str  # the rule that makes the comparison
    file: str
    label: str  # the field as a reviewer names it, in Chinese (姓名, 聘任职务, …)
    declared: str
    found: Field
    verdict: Verdict
    doubt: str = ""  # for UNSURE: why the read value cannot carry a finding (Chinese)


def doubt_about(found: Field, ctx: CheckContext, *, well_formed: bool, shape: str = "") -> str:
    """Why `found` is too weak to contradict the form ("" when it is solid).

    `well_formed` says whether the value has its field's shape; `shape` names that shape for
    the note (e.g. "姓名", "日期").
    """
    if not well_formed:
        return f"读出的“{mask_text(found.value)}”不是完整的{shape or '字段值'}"
    if found.evidence.source == "ocr" and found.evidence.confidence is not None:
        floor = ctx.policy.thresholds.ocr_confidence_min.value
        if found.evidence.confidence < floor:
            return f"识别置信度 {found.evidence.confidence:.2f} 低于 {floor:g}"
    return ""


def judge(code: str, file: str, label: str, declared: str, found: Field, *, agree: bool,
          ctx: CheckContext, well_formed: bool, shape: str = "") -> Comparison:
    """The comparison of one read field: same, different (solid read) or unsure."""
    if agree:
        return Comparison(code, file, label, declared, found, Verdict.SAME)
    doubt = doubt_about(found, ctx, well_formed=well_formed, shape=shape)
    verdict = Verdict.UNSURE if doubt else Verdict.DIFFERENT
    return Comparison(code, file, label, declared, found, verdict, doubt)


def unread(code: str, case: Case, file: str, label: str, declared: str) -> Comparison | None:
    """The comparison of a field that could not be read on an upload at all: unsure (a
    "could not verify" note naming the field) when the declared value is not printed on it
    either, else None (a reviewer finds it there). Never a finding: nothing was read."""
    if not declared or printed_on(case, file, declared):
        return None
    where = Evidence(file, 1, None, f"未读出{label}", "metadata")
    return Comparison(code, file, label, declared, Field(label, "", where), Verdict.UNSURE,
                      f"未能在文件上读出{label}，文件上也找不到申报的“{mask_text(declared)}”")


def printed_on(case: Case, file: str, value: str) -> bool:
    """Whether `value` is printed anywhere on the upload `file` (spaces and punctuation
    ignored): a reviewer who finds the declared value on the page does not call it missing,
    whatever a field finder picked."""
    doc = case.documents.get(file)
    wanted = fold(value)
    if doc is None or len(wanted) < 2:
        return False
    return any(wanted in fold("".join(w.text for w in page.words)) for page in doc.pages)


def differences_by_file(comparisons: Iterable[Comparison]) -> dict[str, list[Comparison]]:
    """The comparisons that found a sure difference, grouped by upload, in order."""
    out: dict[str, list[Comparison]] = {}
    for c in comparisons:
        if c.verdict is Verdict.DIFFERENT:
            out.setdefault(c.file, []).append(c)
    return out


def differences_flag(code: str, severity: Severity, case: Case, differences: list[Comparison], *,
                     headline: str, source: str, clause: Clause | None) -> Flag:
    """One flag for the sure differences of one upload: `headline` (the reviewer's sentence),
    then each field as "申报 … / <source> …", with the read values' evidence."""
    text = "；".join(f"{c.label}：申报“{c.declared}”，{source}“{c.found.value}”"
                    for c in differences)
    return make_flag(
        code, severity, case, f"{headline}：{text}", clause=clause,
        declared="；".join(f"{c.label} {c.declared}" for c in differences),
        found="；".join(f"{c.label} {c.found.value}" for c in differences),
        evidence=tuple(c.found.evidence for c in differences),
    )
