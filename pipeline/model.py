"""The domain values every stage passes along: pages, words, evidence, fields, flags.

Frozen, slotted dataclasses: cheap, hashable and picklable (Prefect moves them between
tasks and processes). No I/O here. The applicant's declared form is validated at the edge
by :mod:`pipeline.ingest.application` and is itself a frozen pydantic model, so it is not
mirrored here field by field.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, Literal, TypeVar

T = TypeVar("T")


class Severity(StrEnum):
    """How a reviewer must treat a flag (see shared/spec/flags.md)."""

    CRITICAL = "critical"  # ineligible or one-vote veto unless a reviewer clears it
    HIGH = "high"  # likely false or non-conforming material
    MEDIUM = "medium"  # needs a reviewer's look
    LOW = "low"  # quality or completeness remark

    @property
    def rank(self) -> int:
        """0 for critical .. 3 for low: sort key, most severe first."""
        return list(Severity).index(self)


#: How much each flag adds to an applicant's risk score (applicants.csv ``risk_score``).
RISK_WEIGHTS = {Severity.CRITICAL: 100, Severity.HIGH: 30, Severity.MEDIUM: 10, Severity.LOW: 2}

#: An applicant's outcome (applicants.csv ``status``), from :attr:`ApplicantResult.status`.
Status = Literal["clear", "review", "ineligible"]


class DocumentKind(StrEnum):
    """The kinds an applicant may declare for an upload (shared/spec/intake.md)."""

    DIPLOMA = "diploma"
    DEGREE = "degree"
    ID_CARD = "id_card"
    TITLE_CERTIFICATE = "title_certificate"
    APPOINTMENT_LETTER = "appointment_letter"
    APPOINTMENT_ROSTER = "appointment_roster"
    CONTRACT = "contract"
    PAPER = "paper"
    ANNUAL_ASSESSMENT = "annual_assessment"
    CONTINUING_EDUCATION = "continuing_education"
    COMMISSION_LETTER = "commission_letter"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The Chinese name reviewers use for this kind."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    DocumentKind.DIPLOMA: "学历证书",
    DocumentKind.DEGREE: "学位证书",
    DocumentKind.ID_CARD: "身份证",
    DocumentKind.TITLE_CERTIFICATE: "现职称证书",
    DocumentKind.APPOINTMENT_LETTER: "聘书",
    DocumentKind.APPOINTMENT_ROSTER: "聘任花名册",
    DocumentKind.CONTRACT: "劳动/聘用合同",
    DocumentKind.PAPER: "论文",
    DocumentKind.ANNUAL_ASSESSMENT: "年度考核表",
    DocumentKind.CONTINUING_EDUCATION: "继续教育证明",
    DocumentKind.COMMISSION_LETTER: "委托函",
    DocumentKind.OTHER: "其他",
}


@dataclass(frozen=True, slots=True)
class Clause:
    """Where a number or rule comes from: the notice file and the clause, quoted."""

    notice: str  # e.g. "004_7be915ca188fe8fc.txt" or a law's short name
    article: str  # e.g. "一（五）"
    text: str  # the quoted words

    def cite(self) -> str:
        """One line for flags.csv's `rule` column."""
        return f"{self.notice} {self.article}".strip()


@dataclass(frozen=True, slots=True)
class Cited(Generic[T]):
    """A policy value together with the clause it comes from."""

    value: T
    clause: Clause


@dataclass(frozen=True, slots=True)
class BBox:
    """A box on a page in PDF points (images: pixels at 72 dpi), origin top-left."""

    x0: float
    top: float
    x1: float
    bottom: float

    def __post_init__(self) -> None:
        if self.x1 < self.x0 or self.bottom < self.top:
            raise ValueError(f"inverted box: {self}")

    def union(self, other: BBox) -> BBox:
        """The smallest box holding both."""
        return BBox(
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )


TextSource = Literal["text_layer", "ocr", "none"]


@dataclass(frozen=True, slots=True)
class Word:
    """One run of text read on a page (a line from OCR, a word from a text layer)."""

    text: str
    bbox: BBox
    confidence: float = 1.0
    font: str | None = None  # text layers only
    size: float | None = None  # text layers only
    # how this word was read when not as its page says (`Page.read_by`): "ocr:<engine>" for a
    # word recognised on a text-layer page whose layer had lost characters there; None: the page's
    source: str | None = None


@dataclass(frozen=True, slots=True)
class PageQuality:
    """Measurements of a page image that the forensics rules judge."""

    width_px: int
    height_px: int
    sharpness: float  # variance of the Laplacian; low means blurred
    colourfulness: float  # Hasler-Suesstrunk metric; ~0 for grayscale copies
    red_seal_ratio: float  # share of pixels that are red seal ink inside a seal-shaped ring
    # 0..1: how completely the best seal-sized ring of ink (any colour) follows an ellipse;
    # None when not measured
    seal_ring: float | None = None
    # a red seal cut by the edge of the page (a 骑缝章 stamped across the sheets of a contract):
    # an arc of a seal-sized red ring that runs off the page; measured where no whole seal is
    edge_seal: bool = False
    # on a page whose only colour is at most two stamp-sized marks (a gray copy stamped by its
    # checker afterwards): the best seal-sized ring in its gray ink, as seal_ring; None when
    # the page's colour is more than that, or not measured
    copy_ring: float | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page as read: its words, how they were read, and the page's measurements."""

    page_no: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    read_by: str  # "text_layer" or "ocr:<engine> <version>"; see also Word.source
    quality: PageQuality | None = None
    rotation: int = 0  # degrees applied before recognition (0/90/180/270)
    skew: float = 0.0  # degrees of deskew applied after the rotation (counter-clockwise)
    # 0..1 disagreement between the text layer and OCR of the rendered page (DOC_TAMPERED);
    # None when not compared (no text layer, or verification not asked for)
    text_layer_mismatch: float | None = None
    # the picture's capture fingerprint (pipeline.forensics.same_scan), image pages only
    fingerprint: str | None = None
    # boxes of closed curves drawn by hand round something on the page (a grade ringed among
    # the printed options), as the page's drawing gives them: text-layer pages only
    rings: tuple[BBox, ...] = ()

    @property
    def text(self) -> str:
        """The words joined in reading order, one line each."""
        return "\n".join(w.text for w in self.words)

    def source_of(self, word: Word) -> str:
        """How `word` was read: its own source, else the page's `read_by`."""
        return word.source or self.read_by

    @property
    def recognised(self) -> bool:
        """Whether any of the page's words came from OCR (the whole page or some words)."""
        return self.read_by.startswith("ocr") or any(
            (w.source or "").startswith("ocr") for w in self.words)


@dataclass(frozen=True, slots=True)
class Finding:
    """One sign of editing that a forensics method found (:mod:`pipeline.forensics`), with
    the measure it rests on. Rules judge `score` against the policy's thresholds."""

    method: str  # e.g. "revision_diff", "span_style", "white_box", "image_over_text"
    score: float  # the method's own measure (see the method's module)
    what: str  # Chinese, one phrase for reviewers
    page_no: int | None = None  # 1-based; None for whole-file findings
    bbox: BBox | None = None  # on the final page as displayed, in points
    before: str | None = None  # the earlier value (revision diff), if any
    after: str | None = None  # the value shown now, if any
    visible: bool = True  # False: listed only (a signature, metadata, an empty field filled)
    old_bbox: BBox | None = None  # the same text's box on the earlier revision's page


@dataclass(frozen=True, slots=True)
class Revision:
    """One incremental update of a PDF compared with the revision before it."""

    number: int  # 1: the first update after the original save
    start: int  # bytes of the file before this update (the earlier revision ends here)
    end: int  # bytes of the file up to this update's ``%%EOF``
    objects: tuple[str, ...] = ()  # kinds of the objects it changed or added, e.g. "font ×2"
    findings: tuple[Finding, ...] = ()  # what changed on the pages, visible or not
    error: str = ""  # why the earlier revision could not be compared ("" if it was)

    @property
    def visible(self) -> bool:
        """Whether the update changed what a page shows (text, images, filled-in values)."""
        return any(f.visible for f in self.findings)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Whole-file facts a forensics rule may judge."""

    producer: str = ""
    creator: str = ""
    incremental_updates: int = 0
    encrypted: bool = False
    has_javascript: bool = False
    has_launch_action: bool = False  # an action that would start a program or open a file
    has_embedded_files: bool = False
    repaired: bool = False  # MuPDF had to rebuild the file's structure to open it
    revisions: tuple[Revision, ...] = ()  # each incremental update against the revision before
    findings: tuple[Finding, ...] = ()  # signs of editing on the final pages (text, images)

    def active_content(self) -> str:
        """What a reader would run or unpack (never done here), as one phrase; "" if none."""
        found = [text for flag, text in ((self.has_javascript, "JavaScript"),
                                          (self.has_launch_action, "a launch action"),
                                          (self.has_embedded_files, "embedded files")) if flag]
        return f"PDF contains {', '.join(found)} (not run or opened)" if found else ""

    def remarks(self) -> str:
        """What files.csv notes about a file read: active content, a repair; "" if nothing."""
        repair = ("PDF was damaged and repaired on opening (文件曾损坏，已自动修复)"
                  if self.repaired else "")
        quiet = [r for r in self.revisions if not r.visible and not r.error]
        updates = (f"{len(quiet)} incremental update(s) with no visible change: "
                   + ", ".join(f"#{r.number} {'/'.join(r.objects) or 'no objects'}" for r in quiet)
                   + "（增量更新未改变页面内容）") if quiet else ""
        return "; ".join(r for r in (self.active_content(), repair, updates) if r)


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """A file as read: pages with words and boxes, plus whole-file metadata."""

    file: str  # the file's name inside the applicant folder
    sha256: str
    pages: tuple[Page, ...]
    meta: DocumentMeta = DocumentMeta()

    @property
    def text(self) -> str:
        """All pages' text, pages separated by a blank line."""
        return "\n\n".join(p.text for p in self.pages)

    @property
    def text_source(self) -> TextSource:
        """`ocr` if any page or word was recognised, `text_layer` if all came from the PDF,
        else `none`."""
        if not self.pages or not any(p.words for p in self.pages):
            return "none"
        if any(p.recognised for p in self.pages):
            return "ocr"
        return "text_layer"


EvidenceSource = Literal["text_layer", "ocr", "metadata", "declared", "reference"]


@dataclass(frozen=True, slots=True)
class Measure:
    """How a sign of editing (DOC_TAMPERED) was measured, carried with its evidence so that
    the report can draw it (:mod:`pipeline.report.evidence`): the forensics method, its
    score and the threshold it was judged against, the other box the method names, for a
    change an incremental update made, the bytes of the file that hold the revision before it
    and the revision it produced, and for one capture uploaded by two applicants, the other
    applicant's page."""

    method: str  # a forensics method: "revision_diff", "jpeg_ghost", "copy_move" ...
    score: float  # the method's own measure (Finding.score)
    # revision_diff: the changed text's box on the earlier revision's page; copy_move: the
    # other of the two places that are the same pixels; same_scan: the same region on the
    # other applicant's page
    other_bbox: BBox | None = None
    revision: int | None = None  # revision_diff: the update (1-based) that made the change
    start: int = 0  # revision_diff: bytes of the file before that update (its first revision)
    end: int = 0  # revision_diff: bytes up to that update's ``%%EOF`` (the revision it made)
    other_applicant: str | None = None  # same_scan: who uploaded the other copy of the capture
    other_page: PageView | None = None  # same_scan: that page, as the reader read it
    # the policy threshold the score was judged against; None where the sign has none (an
    # image editor as a PDF's producer, digits of one number in two fonts, an update that
    # could not be compared: each is a sign whatever its score)
    threshold: float | None = None

    def described(self, digits: str = ".4g") -> str:
        """"方法 copy_move，得分 0.93，阈值 0.9": the method, the score in ``digits`` format and
        the threshold where there is one, as every DOC_TAMPERED message and legend cites them."""
        limit = f"，阈值 {self.threshold:g}" if self.threshold is not None else ""
        return f"方法 {self.method}，得分 {self.score:{digits}}{limit}"

    def cited(self, check: str, *, before: str = "", after: str = "", digits: str = ".4g") -> str:
        """The bracketed measure and the one 复核 sentence that end a DOC_TAMPERED sign:
        "（{before}方法 …，得分 …，阈值 …{after}）——复核：{check}"."""
        return f"（{before}{self.described(digits)}{after}）——复核：{check}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value came from: enough for a reviewer to find it in the upload."""

    file: str
    page_no: int | None  # 1-based; None for declared and reference values
    bbox: BBox | None
    text: str  # what was read (identity numbers masked where shown)
    source: EvidenceSource
    confidence: float | None = None
    measure: Measure | None = None  # signs of editing: the method, score and what to draw

    @classmethod
    def declared(cls, field_name: str, text: str) -> Evidence:
        """Evidence for a value the applicant typed into application.json."""
        return cls("application.json", None, None, f"{field_name}={text}", "declared")

    @classmethod
    def reference(cls, table: str, text: str) -> Evidence:
        """Evidence from a reference table (pension records, integrity archive, blacklist)."""
        return cls(table, None, None, text, "reference")


@dataclass(frozen=True, slots=True)
class Field:
    """One value an extractor found, normalised, with its evidence."""

    name: str
    value: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Extraction:
    """What an extractor found in one file."""

    file: str
    kind: DocumentKind
    fields: tuple[Field, ...] = ()
    rows: tuple[tuple[Field, ...], ...] = ()  # table documents (rosters): one tuple per row

    def get(self, name: str) -> Field | None:
        """The first field with this name, or None."""
        return next((f for f in self.fields if f.name == name), None)

    def value(self, name: str) -> str | None:
        """The value of the first field with this name, or None."""
        found = self.get(name)
        return found.value if found else None


#: A reviewer's decision on a flag (flags.csv ``decision``): open until confirmed or dismissed.
DecisionState = Literal["open", "confirmed", "dismissed"]


@dataclass(frozen=True, slots=True)
class Decision:
    """Where a flag stands in review: the latest entry of the store's decision log for the
    flag's identity (:attr:`Flag.fingerprint`), or open when none."""

    state: DecisionState = "open"
    by: str = ""
    at: str = ""  # ISO 8601, UTC
    note: str = ""
    # open again because the flag's evidence changed since a reviewer decided on it
    evidence_changed: bool = False


@dataclass(frozen=True, slots=True)
class Flag:
    """One finding about one applicant, with what a reviewer needs to confirm it."""

    code: str
    severity: Severity
    applicant_id: str
    message: str  # Chinese, for reviewers
    declared: str | None = None
    found: str | None = None
    reference: str | None = None
    evidence: tuple[Evidence, ...] = ()
    clause: Clause | None = None
    # the reviewer's decision, attached when reporting (pipeline.decisions); not part of the
    # finding: never stored with the flag, never compared
    decision: Decision | None = dataclasses.field(default=None, compare=False)

    @property
    def active(self) -> bool:
        """Whether the flag counts (status, score, notice): open or confirmed, not dismissed."""
        return self.decision is None or self.decision.state != "dismissed"

    @property
    def fingerprint(self) -> str:
        """A stable digest of the flag's content (code, file, declared and found values, the
        evidence's files, pages and texts): a decision belongs to it, and survives a re-run
        that finds the same; not of the message wording, severity, boxes or confidences.

        >>> a = Flag("NAME_MISMATCH", Severity.HIGH, "A1", "姓名不符", "张三", "张四")
        >>> a.fingerprint == Flag("NAME_MISMATCH", Severity.MEDIUM, "A1", "另一说法", "张三",
        ...                       "张四").fingerprint
        True
        >>> a.fingerprint == Flag("NAME_MISMATCH", Severity.HIGH, "A1", "姓名不符", "张三",
        ...                       "李四").fingerprint
        False
        """
        content = [self.code, self.file, self.declared or "", self.found or "",
                   [[e.file, e.page_no, e.text] for e in self.evidence]]
        blob = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()[:24]

    @property
    def file(self) -> str:
        """The upload the evidence is in (a page of it, else its metadata: an unreadable file),
        or '' when it comes from reference data or the form."""
        return next((e.file for e in self.evidence if e.page_no is not None),
                    next((e.file for e in self.evidence if e.source == "metadata"), ""))

    @property
    def page_no(self) -> int | None:
        """The page of the first evidence on an upload."""
        return next((e.page_no for e in self.evidence if e.page_no is not None), None)

    @property
    def finding(self) -> tuple[object, ...]:
        """What a reviewer sees of the flag, in flags.csv's column order (applicant, code,
        severity, message, file, page, evidence, rule, declared, found, reference): two flags
        are the same finding when these are equal."""
        return (self.applicant_id, self.code, self.severity.value, self.message, self.file,
                self.page_no or "", " | ".join(e.text for e in self.evidence),
                self.clause.cite() if self.clause else "", self.declared or "", self.found or "",
                self.reference or "")


@dataclass(frozen=True, slots=True)
class RuleError:
    """Something that could not be evaluated for an applicant, and why: a rule (its flag
    code), or with no code the applicant as a whole (a form not read, a screening not
    finished). ``str()`` is how applicants.csv and the reports write it.

    >>> str(RuleError("SS_NO_RECORD", "no export")), str(RuleError(None, "form invalid"))
    ('SS_NO_RECORD: not checked: no export', 'form invalid')
    >>> str(RuleError("PAPER_SHARED", "boom", window=True))
    'PAPER_SHARED: window rule not checked: boom'
    """

    code: str | None
    reason: str
    window: bool = False  # a window rule (pipeline.window_rules), not an applicant's own

    def __str__(self) -> str:
        if self.code is None:
            return self.reason
        return f"{self.code}: {'window rule ' if self.window else ''}not checked: {self.reason}"


@dataclass(frozen=True, slots=True)
class PageView:
    """How the reader turned one page before reading it: what a report needs to cut the
    region of a word box out of the upload again (:mod:`pipeline.report.evidence`)."""

    file: str
    page_no: int  # 1-based
    width: float  # points, as the word boxes are
    height: float
    read_by: str  # "text_layer" (boxes on the page as displayed) or "ocr:..." (after the turn)
    rotation: int = 0  # clockwise degrees applied after rendering (OCR pages only)
    skew: float = 0.0  # counter-clockwise degrees of deskew applied after the rotation
    fingerprint: str | None = None  # the picture's capture fingerprint (DOC_TAMPERED same_scan)

    @classmethod
    def of(cls, file: str, page: Page) -> PageView:
        """The view of a read page."""
        return cls(file, page.page_no, page.width, page.height, page.read_by, page.rotation,
                   page.skew, page.fingerprint)


FileStatus = Literal["ok", "unreadable", "missing", "unlisted", "rejected"]


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One row of files.csv: a file found or declared, and what became of it."""

    applicant_id: str
    file: str
    declared_kind: str
    detected_kind: str
    pages: int
    text_source: TextSource
    status: FileStatus
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ApplicantResult:
    """Everything the screening found for one applicant: the unit of a flow task's result."""

    applicant_id: str
    name: str
    unit: str
    department: str
    level: str
    flags: tuple[Flag, ...] = ()
    files: tuple[FileRecord, ...] = ()
    errors: tuple[RuleError, ...] = ()  # rules (or the whole form) not evaluated, and why
    extractions: tuple[Extraction, ...] = ()
    pages: tuple[PageView, ...] = ()  # every page read, so reports can cut evidence from it

    def with_(self, **changes: object) -> ApplicantResult:
        """A copy with some attributes replaced."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def active_flags(self) -> tuple[Flag, ...]:
        """The flags that count: open or confirmed, not dismissed by a reviewer."""
        return tuple(f for f in self.flags if f.active)

    @property
    def open_flags(self) -> tuple[Flag, ...]:
        """The flags no reviewer has decided on yet (or reopened since)."""
        return tuple(f for f in self.flags if f.decision is None or f.decision.state == "open")

    @property
    def status(self) -> Status:
        """`ineligible` with a critical flag, `review` with a high or medium flag or an error,
        else `clear`: low flags are remarks (a blurred page, a field that could not be
        verified) shown in the report, and never make an applicant "review" on their own.

        >>> def result(*severities, errors=()):
        ...     flags = tuple(Flag("CODE", s, "A1", "...") for s in severities)
        ...     return ApplicantResult("A1", "张三", "某单位", "", "中级", flags, errors=errors)
        >>> result(Severity.LOW, Severity.LOW).status
        'clear'
        >>> result(Severity.LOW, Severity.MEDIUM).status, result(
        ...     errors=(RuleError("X", "failed"),)).status
        ('review', 'review')
        >>> result(Severity.HIGH, Severity.CRITICAL).status
        'ineligible'

        Dismissed flags do not count (:attr:`active_flags`):

        >>> dismissed = Flag("CODE", Severity.CRITICAL, "A1", "...", decision=Decision("dismissed"))
        >>> ApplicantResult("A1", "张三", "某单位", "", "中级", (dismissed,)).status
        'clear'
        """
        flags = self.active_flags
        if any(f.severity is Severity.CRITICAL for f in flags):
            return "ineligible"
        if self.errors or any(f.severity in (Severity.HIGH, Severity.MEDIUM) for f in flags):
            return "review"
        return "clear"

    @property
    def risk_score(self) -> int:
        """A sort key for reviewers: the active flags' severities weighted 100/30/10/2, summed.

        >>> flags = tuple(Flag("CODE", s, "A1", "...") for s in (Severity.HIGH, Severity.LOW))
        >>> ApplicantResult("A1", "张三", "某单位", "", "中级", flags=flags).risk_score
        32
        """
        return sum(RISK_WEIGHTS[f.severity] for f in self.active_flags)

    @property
    def severity_counts(self) -> dict[Severity, int]:
        """How many active flags of each severity, every severity present, most severe first."""
        return {s: sum(1 for f in self.active_flags if f.severity is s) for s in Severity}

    @property
    def codes(self) -> list[str]:
        """The active flags' codes, each once, sorted."""
        return sorted({f.code for f in self.active_flags})


def status_of(result: ApplicantResult) -> Status:
    """:attr:`ApplicantResult.status` as a function (a key for ``map`` and ``sorted``)."""
    return result.status


def risk_score(result: ApplicantResult) -> int:
    """:attr:`ApplicantResult.risk_score` as a function (a key for ``map`` and ``sorted``)."""
    return result.risk_score
