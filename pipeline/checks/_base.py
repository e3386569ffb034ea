"""The check interface: what every module in :mod:`pipeline.checks` provides.

One module per flag code, named after it in lower case (``retirement_age.py`` ↔
``RETIREMENT_AGE``), with the same four names: ``CODE``, ``SEVERITY``, ``LABEL`` (the
rule's Chinese name on the reviewers' pages) and ``check(case, ctx)``, a generator of
:class:`pipeline.model.Flag`. A rule whose finding the applicant remedies by uploading again
also says how, on the one-time notice: ``REMEDY`` (:func:`pipeline.report.notice.remedies`).
Read any check module as an example. A finding is a yielded flag; an exception means the rule
could not be evaluated and is recorded as an error for the applicant ("not checked"), never a
silent pass.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from pipeline.model import Clause, DocumentKind, Evidence, Extraction, Flag, ReadDocument, Severity
from pipeline.papers import PaperIdentity

if TYPE_CHECKING:
    from pipeline.ingest.application import Application
    from pipeline.ingest.references import IntegrityRecord, PensionRecord
    from pipeline.ingest.window import Window
    from pipeline.journals import Blacklist
    from pipeline.policy import Policy


@dataclass(frozen=True, slots=True)
class Registration:
    """One application of the year, as the registry knows it."""

    window: str
    applicant_id: str


@dataclass(frozen=True, slots=True)
class PaperClaim:
    """One applicant of the year claiming a paper with a given title."""

    window: str
    applicant_id: str
    paper: PaperIdentity


class YearRegistry(Protocol):
    """What rules may ask about the review year's other applications: read-only.

    The results store (:class:`pipeline.store.Store`) provides it; the window run registers
    each window's declarations before the rules run, so no rule ever writes to it.
    """

    def same_person_and_level(
        self, review_year: int, id_number: str, level: str, exclude: str
    ) -> list[Registration]:
        """Other applications of the year by the same person at the same level."""
        ...

    def paper_claims(self, review_year: int, key: str, exclude: str) -> list[PaperClaim]:
        """Other applicants of the year who claim a paper whose title has this key."""
        ...


@dataclass(frozen=True)
class Case:
    """One applicant: the declared form and what was read from the uploads."""

    application: Application
    documents: Mapping[str, ReadDocument] = field(default_factory=dict)  # file -> read
    extractions: Mapping[str, Extraction] = field(default_factory=dict)  # file -> facts
    detected_kinds: Mapping[str, DocumentKind] = field(default_factory=dict)  # file -> kind
    kind_scores: Mapping[str, float] = field(default_factory=dict)  # file -> classifier score
    unreadable: Mapping[str, str] = field(default_factory=dict)  # file -> why
    present_files: frozenset[str] = frozenset()  # files found on disk (after unzip)

    @property
    def applicant_id(self) -> str:
        """The applicant's id (the folder name)."""
        return self.application.applicant_id

    def declared_kind(self, file: str) -> DocumentKind | None:
        """The kind the applicant chose for an upload (an archive member: the archive's)."""
        declared = {a.file: a.kind for a in self.application.attachments}
        return declared.get(file, declared.get(file.split("/")[0]))

    def extractions_of(self, kind: DocumentKind) -> list[Extraction]:
        """Extractions of one kind, in file order."""
        return [e for _, e in sorted(self.extractions.items()) if e.kind == kind]

    def files_of_kind(self, kind: DocumentKind) -> list[str]:
        """Readable files whose detected kind (else, when nothing was detected or the content
        fits no kind, the declared kind) is `kind`."""
        names = set(self.detected_kinds) | {a.file for a in self.application.attachments
                                            if a.file in self.present_files}
        return sorted(f for f in names if f not in self.unreadable and self.kind_of(f) == kind)

    def kind_of(self, file: str) -> DocumentKind | None:
        """What an upload is taken to be: its detected kind, else its declared kind."""
        detected = self.detected_kinds.get(file)
        return detected if detected and detected != DocumentKind.OTHER else self.declared_kind(file)


@dataclass(frozen=True)
class CheckContext:
    """Everything a rule may look at besides the case itself."""

    policy: Policy
    # id_number -> records; None: no export
    pensions: Mapping[str, tuple[PensionRecord, ...]] | None
    # id_number -> records; None: unusable
    integrity: Mapping[str, tuple[IntegrityRecord, ...]] | None
    pension_source: str = "social_security"  # the export's file name, for evidence
    blacklist: Blacklist | None = None
    registry: YearRegistry | None = None  # applications and papers of the review year

    @classmethod
    def of_window(cls, window: Window, policy: Policy, blacklist: Blacklist | None,
                  registry: YearRegistry | None) -> CheckContext:
        """The context for screening `window`: its pension export (None when there is none)
        and its integrity archive (None when it could not be used)."""
        refs = window.references
        return cls(policy=policy, pensions=refs.pensions if refs.pension_source else None,
                   integrity=None if refs.integrity_error else refs.integrity,
                   pension_source=refs.pension_source, blacklist=blacklist, registry=registry)


class Check(Protocol):
    """What every check module provides."""

    @property
    def CODE(self) -> str: ...  # noqa: N802 - module constant

    @property
    def SEVERITY(self) -> Severity: ...  # noqa: N802 - module constant

    @property
    def LABEL(self) -> str: ...  # noqa: N802 - module constant: the Chinese name

    def check(self, case: Case, ctx: CheckContext) -> Iterator[Flag]:
        """Yield the flags this rule raises for one applicant; nothing if clean."""
        ...


def make_flag(
    code: str,
    severity: Severity,
    case: Case,
    message: str,
    *,
    clause: Clause | None = None,
    declared: str | None = None,
    found: str | None = None,
    reference: str | None = None,
    evidence: tuple[Evidence, ...] = (),
) -> Flag:
    """Build a flag for `case`: the one place that fills in the applicant id."""
    return Flag(
        code=code, severity=severity, applicant_id=case.applicant_id, message=message,
        declared=declared, found=found, reference=reference, evidence=evidence, clause=clause,
    )
