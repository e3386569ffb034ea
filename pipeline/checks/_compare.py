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
from pipeline.checks._documents import fold, glyph_px
from pipeline.model import Clause, Evidence, Field, Flag, ReadDocument, Severity
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


def doubt_about(found: Field, ctx: CheckContext, *, well_formed: bool, shape: str = "",
                doc: ReadDocument | None = None) -> str:
    """Why `found` is too weak to contradict the form ("" when it is solid).

    `well_formed` says whether the value has its field's shape; `shape` names that shape for
    the note (e.g. "姓名", "日期"); `doc`, the upload it was read on, lets its writing's size be
    judged (:func:`small_print`).
    """
    if not well_formed:
        return f"读出的“{mask_text(found.value)}”不是完整的{shape or '字段值'}"
    if found.evidence.source == "ocr" and found.evidence.confidence is not None:
        floor = ctx.policy.thresholds.ocr_confidence_min.value
        if found.evidence.confidence < floor:
            return f"识别置信度 {found.evidence.confidence:.2f} 低于 {floor:g}"
    return small_print(found, ctx, doc)


def small_print(found: Field, ctx: CheckContext, doc: ReadDocument | None) -> str:
    """Why an OCR read is too small to contradict the form ("" when it is not): its characters
    are fewer image pixels than the policy's `glyph_px_min` (:func:`glyph_px`: a certificate
    shown small in a preview pane, a thumbnail) and it was not read clearly (below
    `legible_confidence_min`). A person asked to check such a name zooms in or asks for a
    better copy; OCR at that size swaps a stroke-dense character for a look-alike (浩 read 活)."""
    thresholds = ctx.policy.thresholds
    confidence = found.evidence.confidence
    if found.evidence.source != "ocr" or confidence is None:
        return ""
    size = glyph_px(found, doc)
    if (size is None or size >= thresholds.glyph_px_min.value
            or confidence >= thresholds.legible_confidence_min.value):
        return ""
    return f"文字过小（约{size:.0f}像素）且识别置信度 {confidence:.2f}，不足以认定不一致"


def judge(code: str, file: str, label: str, declared: str, found: Field, *, agree: bool,
          ctx: CheckContext, well_formed: bool, shape: str = "",
          case: Case | None = None) -> Comparison:
    """The comparison of one read field: same, different (solid read) or unsure. `case`, when
    given, lends the upload the value was read on (:func:`doubt_about`)."""
    if agree:
        return Comparison(code, file, label, declared, found, Verdict.SAME)
    doc = case.documents.get(file) if case is not None else None
    doubt = doubt_about(found, ctx, well_formed=well_formed, shape=shape, doc=doc)
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
