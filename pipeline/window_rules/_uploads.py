"""The papers read on the window's uploads, grouped by printed title: what the window's
paper rules compare.

The per-applicant paper rules compare *declared* papers with the year registry. Two
applicants can also upload the same paper under different declared titles; the printed
title, journal and year read from each upload then give them away. Uploads are grouped by
printed title and, within a group, two uploads are one paper only when their journals agree
(:meth:`pipeline.papers.PaperIdentity.relation`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from stdnum import issn

from pipeline.checks._base import CheckContext
from pipeline.checks._papers import paper_clause
from pipeline.model import ApplicantResult, DocumentKind, Extraction, Flag, Severity
from pipeline.papers import PaperIdentity, well_formed_journal, well_formed_title

#: Printed titles shorter than this (after folding) are too generic to prove a shared paper.
MIN_TITLE_KEY = 6


def printed_identity(extraction: Extraction) -> PaperIdentity:
    """A paper's identity as printed on its upload: of its journal only what was read
    well-formed (a name that is a name, :func:`pipeline.papers.well_formed_journal`; an ISSN
    whose check digit holds): a misread never makes two uploads one journal."""
    v = extraction.value
    journal = v("journal") if well_formed_journal(v("journal")) else ""
    printed = v("issn") or ""
    return PaperIdentity.of(v("title") or "", journal, printed if issn.is_valid(printed) else "",
                            v("cn"), v("year"))


def _comparable(extraction: Extraction) -> PaperIdentity | None:
    """The upload's printed identity when its title can be compared with others': a paper's,
    read well-formed (:func:`pipeline.papers.well_formed_title`), long enough to be specific;
    else None."""
    title = extraction.value("title") if extraction.kind == DocumentKind.PAPER else None
    if not title or not well_formed_title(title):
        return None
    identity = printed_identity(extraction)
    return identity if len(identity.title) >= MIN_TITLE_KEY else None


def read_papers(result: ApplicantResult) -> tuple[tuple[str, PaperIdentity], ...]:
    """The papers read on one applicant's uploads: printed title and identity."""
    return tuple((e.value("title") or "", identity) for e in result.extractions
                 if (identity := _comparable(e)) is not None)


@dataclass(frozen=True)
class Upload:
    """One uploaded paper and the other applicants who uploaded one of its printed title."""

    result: ApplicantResult
    extraction: Extraction
    same: tuple[str, ...]  # applicants who uploaded the same paper (title and journal)
    title_only: tuple[str, ...]  # applicants whose paper of this title is in another journal

    @property
    def title(self) -> str:
        """The printed title."""
        return self.extraction.value("title") or ""

    def flag(self, code: str, severity: Severity, message: str, others: Sequence[str],
             ctx: CheckContext) -> Flag:
        """A flag about this upload naming `others`, with the printed title as evidence."""
        title = self.extraction.get("title")
        assert title is not None
        return Flag(
            code=code, severity=severity, applicant_id=self.result.applicant_id, message=message,
            found=title.value, reference="、".join(others),
            evidence=(title.evidence,) if title.evidence else (),
            clause=paper_clause(ctx, code),
        )

    def already_flagged(self, code: str, others: Sequence[str]) -> bool:
        """Whether a declared-paper rule already names every other claimant."""
        return any(f.code in (code, "PAPER_SHARED")
                   and all(o in (f.reference or "") for o in others)
                   for f in self.result.flags)

    def describe(self) -> str:
        """《title》（journal，file）, for messages."""
        journal = self.extraction.value("journal") or "刊名未能读出"
        return f"《{self.title}》（{journal}，{self.extraction.file}）"


def uploads(results: Sequence[ApplicantResult]) -> Iterator[Upload]:
    """Every uploaded paper whose printed title another applicant's upload shares."""
    groups: dict[str, list[tuple[ApplicantResult, Extraction, PaperIdentity]]] = \
        defaultdict(list)
    for result in results:
        for extraction in result.extractions:
            if (identity := _comparable(extraction)) is not None:
                groups[identity.title].append((result, extraction, identity))
    for claims in groups.values():
        for result, extraction, mine in claims:
            others = [(r.applicant_id, theirs) for r, _, theirs in claims
                      if r.applicant_id != result.applicant_id]
            same = sorted({aid for aid, theirs in others if mine.relation(theirs) == "same"})
            title_only = sorted({aid for aid, _ in others} - set(same))
            if same or title_only:
                yield Upload(result, extraction, tuple(same), tuple(title_only))


def once(flags: Iterable[Flag]) -> Iterator[Flag]:
    """One flag per applicant, code and printed title (an applicant may upload a paper twice)."""
    seen: set[tuple[str, str, str | None]] = set()
    for flag in flags:
        key = (flag.applicant_id, flag.code, flag.found)
        if key not in seen:
            seen.add(key)
            yield flag


def upload_flags(results: Sequence[ApplicantResult], ctx: CheckContext, code: str,
                 severity: Severity,
                 others_of: Callable[[Upload], Sequence[str]],
                 message: Callable[[Upload, str], str]) -> Iterator[Flag]:
    """One flag per uploaded paper that others uploaded too (`others_of`: whom it counts;
    `message(upload, who)`: its words), unless a declared-paper rule already names them all:
    what the window's PAPER_SHARED and PAPER_TITLE_REUSED share."""
    yield from once(
        upload.flag(code, severity, message(upload, "、".join(others)), others, ctx)
        for upload in uploads(results)
        if (others := others_of(upload)) and not upload.already_flagged(code, others)
    )
