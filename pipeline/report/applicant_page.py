"""One applicant's page: what a reviewer needs to confirm or dismiss each flag in a minute.

Top to bottom: a status banner; the flags grouped by severity, each with its Chinese
message, the notice and clause it enforces, declared / read / reference values side by
side and the evidence (the page region cut from the upload, highlighted); the rules that
could not be evaluated; the one-time notice (一次性告知书, printable alone and as a PDF);
the files with what was detected in each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.model import ApplicantResult, Decision, Evidence, Extraction, Flag, Severity
from pipeline.policy import Policy
from pipeline.report._html import render
from pipeline.report.evidence import EvidenceImage
from pipeline.report.labels import (
    DECISION_LABELS,
    EVIDENCE_CHANGED_LABEL,
    FILE_STATUS_LABELS,
    SEVERITY_HINTS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    TEXT_SOURCE_LABELS,
    cite,
    code_name,
    field_label,
    kind_label,
)
from pipeline.report.notice import NoticeItem, NoticeView, notice_view
from pipeline.report.tables import risk_score, status_of

_SOURCE_LABELS = {"declared": "申报表", "reference": "参照数据", "metadata": "文件检测",
                  "ocr": "OCR识别", "text_layer": "PDF文字层"}
_REFERENCE_TABLES = {"social_security": "社保缴费记录", "integrity_records": "诚信档案库",
                     "blacklist": "疑似问题期刊库", "store": "本年度申报登记",
                     "application.json": "申报表"}


@dataclass(frozen=True, slots=True)
class Banner:
    """The status banner at the top."""

    status: str
    label: str
    detail: str  # flags counted by severity
    errors: str  # checks that could not run, or ''
    score: int


@dataclass(frozen=True, slots=True)
class Figure:
    """An evidence image written beside the page."""

    src: str
    width: int
    height: int
    alt: str
    caption: str
    what: str


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """Evidence shown as a line: a page without an image (``reason`` why), or a value from the
    form or a reference table (``label``, and ``where`` it came from)."""

    text: str
    label: str = ""
    where: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FlagCard:
    """One flag as ``flag.html.j2`` shows it."""

    code: str
    name: str
    severity: str
    severity_label: str
    message: str
    basis: str  # the notice and clause, or '' when the flag cites none
    quote: str  # the clause's words, or ''
    declared: str | None
    found: str | None
    reference: str | None
    figures: tuple[Figure, ...]
    items: tuple[EvidenceItem, ...]
    fingerprint: str = ""  # the flag's identity with the applicant, code and file (decisions)
    file: str = ""
    decision: str = "open"  # open | confirmed | dismissed
    decision_label: str = "待审"
    decided_by: str = ""
    decided_at: str = ""  # ISO 8601 UTC, shown to the minute
    decision_note: str = ""
    evidence_changed: str = ""  # the marker's text when reopened, else ''


@dataclass(frozen=True, slots=True)
class SeverityGroup:
    """The flags of one severity."""

    severity: str
    label: str
    hint: str
    cards: tuple[FlagCard, ...]


@dataclass(frozen=True, slots=True)
class FileRow:
    """One upload in the files table."""

    file: str
    declared: str
    detected: str
    pages: int
    text_source: str
    status: str
    status_label: str
    content: str  # what was detected in it
    note: str
    detail: str


@dataclass(frozen=True, slots=True)
class ReviewControls:
    """Decision controls on every flag (the review server's pages; static pages have none)."""

    action: str  # where a decision is posted
    csrf: str  # the token every change must carry
    by: str = ""  # the reviewer's name, as last given


@dataclass(frozen=True, slots=True)
class ApplicantView:
    """What ``applicant.html.j2`` shows."""

    title: str
    banner: Banner
    unit: str
    department: str
    level: str
    errors: tuple[str, ...]
    flag_count: int
    open_count: int  # flags no reviewer has decided on (or reopened)
    groups: tuple[SeverityGroup, ...]
    notice: NoticeView | None
    notice_pdf: str
    files: tuple[FileRow, ...]


def _banner(result: ApplicantResult) -> Banner:
    status = status_of(result)
    counts = result.severity_counts.items()
    detail = "，".join(f"{SEVERITY_LABELS[s]} {n} 项" for s, n in counts if n) or "无风险提示"
    dismissed = len(result.flags) - len(result.active_flags)
    detail += f"（另有 {dismissed} 项已排除）" if dismissed else ""
    errors = f"；{len(result.errors)} 项检查未能完成" if result.errors else ""
    return Banner(status, STATUS_LABELS[status], detail, errors, risk_score(result))


def _caption(evidence: Evidence) -> str:
    where = f"{evidence.file} 第{evidence.page_no}页"
    conf = (f"，置信度 {evidence.confidence:.2f}"
            if evidence.confidence is not None and evidence.source == "ocr" else "")
    read = (f"：{'检出' if evidence.measure else '读取'}“{evidence.text}”"
            if evidence.text else "")  # a sign of editing was found there, not a value read
    return f"{where}（{_SOURCE_LABELS.get(evidence.source, evidence.source)}{conf}）{read}"


def _evidence(
    flag: Flag, images: Mapping[Evidence, EvidenceImage | str]
) -> tuple[list[Figure], list[EvidenceItem]]:
    figures, items = [], []
    for evidence in flag.evidence:
        if evidence.page_no is not None and evidence.file:
            image = images.get(evidence)
            if isinstance(image, EvidenceImage):
                figures.append(Figure(
                    src=image.src, width=image.width, height=image.height,
                    alt=f"{evidence.file} 第{evidence.page_no}页证据截图",
                    caption=_caption(evidence),
                    what=image.legend or ("高亮处为读取位置" if image.highlighted else "整页")))
            else:
                items.append(EvidenceItem(_caption(evidence), reason=image or "未截图"))
        else:
            label = _SOURCE_LABELS.get(evidence.source, evidence.source)
            source = ("" if evidence.source == "declared"
                      else _REFERENCE_TABLES.get(evidence.file, evidence.file))
            items.append(EvidenceItem(evidence.text, label=label, where=source))
    return figures, items


def _found(flag: Flag) -> str | None:
    """The value read, or else what was read at the flag's places on the uploads."""
    if flag.found:
        return flag.found
    read = [e.text for e in flag.evidence
            if e.page_no is not None and e.source in ("ocr", "text_layer") and e.text]
    return "；".join(dict.fromkeys(read)) or None


def flag_card(flag: Flag, images: Mapping[Evidence, EvidenceImage | str],
              policy: Policy | None) -> FlagCard:
    """One flag: name, message, clause, the three values, the evidence."""
    figures, items = _evidence(flag, images)
    decision = flag.decision or Decision()
    return FlagCard(
        code=flag.code, name=code_name(flag.code), severity=flag.severity.value,
        severity_label=SEVERITY_LABELS[flag.severity], message=flag.message,
        basis=cite(flag.clause, policy),
        quote=flag.clause.text if flag.clause and flag.clause.text else "",
        declared=flag.declared, found=_found(flag), reference=flag.reference,
        figures=tuple(figures), items=tuple(items), fingerprint=flag.fingerprint, file=flag.file,
        decision=decision.state, decision_label=DECISION_LABELS[decision.state],
        decided_by=decision.by, decided_at=decision.at[:16].replace("T", " "),
        decision_note=decision.note,
        evidence_changed=EVIDENCE_CHANGED_LABEL if decision.evidence_changed else "")


def _groups(result: ApplicantResult, images: Mapping[Evidence, EvidenceImage | str],
            policy: Policy | None) -> tuple[SeverityGroup, ...]:
    groups = []
    for severity in Severity:
        flags = sorted((f for f in result.flags if f.severity is severity),
                       key=lambda f: (f.code, f.message))
        if flags:
            groups.append(SeverityGroup(severity.value, SEVERITY_LABELS[severity],
                                        SEVERITY_HINTS[severity],
                                        tuple(flag_card(f, images, policy) for f in flags)))
    return tuple(groups)


def _detected(extraction: Extraction | None) -> str:
    if extraction is None:
        return ""
    shown = [f"{field_label(f.name, extraction.kind.value)} {f.value}" for f in extraction.fields]
    if extraction.rows:
        shown.append(f"表格 {len(extraction.rows)} 行")
    return "；".join(shown)


def _files(result: ApplicantResult) -> tuple[FileRow, ...]:
    extractions = {e.file: e for e in result.extractions}
    flagged: dict[str, int] = {}
    for flag in result.flags:
        for file in {e.file for e in flag.evidence
                     if e.file and e.source not in ("declared", "reference")}:
            flagged[file] = flagged.get(file, 0) + 1
    rows = []
    for f in result.files:
        mismatch = f.declared_kind and f.detected_kind and f.declared_kind != f.detected_kind
        rows.append(FileRow(
            file=f.file, declared=kind_label(f.declared_kind),
            detected=kind_label(f.detected_kind) + (" ⚠" if mismatch else ""), pages=f.pages,
            text_source=TEXT_SOURCE_LABELS.get(f.text_source, ""), status=f.status,
            status_label=FILE_STATUS_LABELS.get(f.status, f.status),
            content=_detected(extractions.get(f.file)),
            note=f"{flagged[f.file]} 项风险提示" if f.file in flagged else "", detail=f.detail))
    return tuple(rows)


def applicant_view(
    result: ApplicantResult,
    images: Mapping[Evidence, EvidenceImage | str] | None = None,
    policy: Policy | None = None,
    notice: Sequence[NoticeItem] = (),
    notice_pdf: str = "",
    issuer: str = "",
) -> ApplicantView:
    """The page's view data; arguments as :func:`applicant_page`'s."""
    return ApplicantView(
        title=f"{result.name or result.applicant_id}（{result.applicant_id}）",
        banner=_banner(result), unit=result.unit, department=result.department,
        level=result.level, errors=tuple(map(str, result.errors)),
        flag_count=len(result.flags), open_count=len(result.open_flags),
        groups=_groups(result, images or {}, policy),
        notice=notice_view(result, notice, issuer) if notice else None, notice_pdf=notice_pdf,
        files=_files(result))


def applicant_page(
    result: ApplicantResult,
    images: Mapping[Evidence, EvidenceImage | str] | None = None,
    policy: Policy | None = None,
    notice: Sequence[NoticeItem] = (),
    notice_pdf: str = "",
    issuer: str = "",
    review: ReviewControls | None = None,
) -> str:
    """The whole page for one applicant. `notice_pdf` is the PDF's path relative to reports/;
    with `review`, each flag has confirm/dismiss controls."""
    return render("applicant.html.j2",
                  page=applicant_view(result, images, policy, notice, notice_pdf, issuer),
                  review=review)
