"""Extractors: one module per document kind, each reading the facts a reviewer compares.

Every module provides ``KIND``, ``FIELDS``, ``score(doc)`` and ``extract(doc)`` (see
:mod:`extractors._base`); the registry below has one line per kind. :func:`classify` picks
the kind a document reads like, :func:`extract` runs the extractor for a kind.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Final

from extractors import (
    annual_assessment,
    appointment_letter,
    appointment_roster,
    commission_letter,
    continuing_education,
    contract,
    degree,
    diploma,
    id_card,
    paper,
    title_certificate,
)
from extractors._base import Extractor
from extractors._fields import CJK, index, misread_wording, squash
from pipeline.model import DocumentKind, Extraction, Field, ReadDocument
from pipeline.papers import paper_key

BY_KIND: Final[Mapping[DocumentKind, Extractor]] = {
    DocumentKind.DIPLOMA: diploma,
    DocumentKind.DEGREE: degree,
    DocumentKind.ID_CARD: id_card,
    DocumentKind.TITLE_CERTIFICATE: title_certificate,
    DocumentKind.APPOINTMENT_LETTER: appointment_letter,
    DocumentKind.APPOINTMENT_ROSTER: appointment_roster,
    DocumentKind.CONTRACT: contract,
    DocumentKind.PAPER: paper,
    DocumentKind.ANNUAL_ASSESSMENT: annual_assessment,
    DocumentKind.CONTINUING_EDUCATION: continuing_education,
    DocumentKind.COMMISSION_LETTER: commission_letter,
}

MIN_SCORE: Final = 0.3  # below this a document is OTHER
DECLARED_MARGIN: Final = 0.15  # the declared kind wins when it scores this close to the best


def scores(doc: ReadDocument) -> dict[DocumentKind, float]:
    """How much `doc` reads like each kind (0..1); a kind whose scorer fails scores 0."""
    out: dict[DocumentKind, float] = {}
    for kind, module in BY_KIND.items():
        try:
            out[kind] = float(module.score(doc))
        except Exception:  # noqa: BLE001 - one extractor's bug must not stop classification
            out[kind] = 0.0
    return out


#: Each certificate's own heading, set as a cell of its own (普通高等学校毕业证书, 学士学位证书,
#: 专业技术资格证书, 居民身份证).
_HEADINGS: Final = {
    DocumentKind.DIPLOMA: re.compile(f"[{CJK}]{{0,8}}毕业证书"),
    DocumentKind.DEGREE: re.compile(f"[{CJK}]{{0,8}}学位证书"),
    DocumentKind.TITLE_CERTIFICATE: re.compile(f"[{CJK}]{{0,8}}(?:资格证书|职称证书)"),
    DocumentKind.ID_CARD: re.compile("(?:中华人民共和国)?居民身份证"),
}


def compiled_kinds(doc: ReadDocument) -> set[DocumentKind]:
    """The kinds of certificate whose headings the page sets as cells of their own. A page
    heading two or more is a compilation (a copy shop's 四合一 copy of 毕业证, 学位证, 职称证
    and 身份证 on one sheet): each part is the kind of its heading, none the whole page's."""
    ix = index(doc)
    cells = {squash(m[0]) for line in ix.lines
             for m in re.finditer(r"\S+", ix.text[line.start:line.end])}
    return {kind for kind, heading in _HEADINGS.items()
            if any(heading.fullmatch(cell) for cell in cells)}


def classify(doc: ReadDocument,
             declared: DocumentKind | str | None = None) -> tuple[DocumentKind, float]:
    """The kind `doc` reads most like and that extractor's score; OTHER when none fits.

    With the kind the applicant `declared`, that kind is taken whenever the document reads
    about as much like it as like the best kind (within :data:`DECLARED_MARGIN`): a reviewer
    holds an upload to be what it is said to be unless its content clearly says otherwise.
    A page compiling several certificates (:func:`compiled_kinds`) one of which is the
    declared kind's is that kind too.
    """
    by_kind = scores(doc)
    best, best_score = max(by_kind.items(), key=lambda kv: kv[1], default=(DocumentKind.OTHER, 0.0))
    if declared in by_kind:
        said = DocumentKind(declared)
        if by_kind[said] >= MIN_SCORE and by_kind[said] >= best_score - DECLARED_MARGIN:
            return said, by_kind[said]
        # a compilation of certificates (several headings on one page) holding the declared
        # kind's is that kind as much as any other's: what it is said to be, not contradicted
        if by_kind[said] >= MIN_SCORE and said in (compiled := compiled_kinds(doc)) \
                and len(compiled) >= 2:
            return said, by_kind[said]
    if best_score < MIN_SCORE:
        return DocumentKind.OTHER, best_score
    return best, best_score


def extract(doc: ReadDocument, kind: DocumentKind | str) -> Extraction:
    """The fields of `doc` read as `kind`; an empty Extraction for OTHER or unknown kinds."""
    try:
        kind = DocumentKind(kind)
    except ValueError:
        return Extraction(doc.file, DocumentKind.OTHER)
    module = BY_KIND.get(kind)
    if module is None:
        return Extraction(doc.file, kind)
    return module.extract(doc)


#: The stock wording a kind prints in the same words on every copy, whoever it is made out to
#: (a diploma's 修完…规定的全部课程，成绩合格，准予毕业), with the number of its characters
#: misread that makes a copy garbled rather than slipped (:data:`diploma.GARBLED`).
_STOCK_WORDING: Final = {DocumentKind.DIPLOMA: (diploma.STOCK_WORDING, diploma.GARBLED)}


def garbled_wording(doc: ReadDocument, kind: DocumentKind | str) -> int:
    """How many characters of the stock wording every copy of `kind` prints OCR misread on
    `doc` (修完…谨程，或绩合格，准子毕业: 3), when that is more than the odd slip; 0 when it is
    not, or the kind prints no such wording. Words every copy prints read wrong say the same
    OCR read this copy badly, whatever else was read from it (its name too)."""
    try:
        phrases, garbled = _STOCK_WORDING.get(DocumentKind(kind), ((), 0))
    except ValueError:
        return 0
    ix = index(doc)
    misread = misread_wording(ix, 0, len(ix.text), phrases) if phrases and ix.text else 0
    return misread if misread >= garbled else 0


def own_row(extraction: Extraction, name: str | None, id_number: str | None,
            title: str | None = None) -> Extraction:
    """A person's document that lists several people (a unit's summary of everyone's hours
    or results): read as the applicant's own, the fields of the row that names them (by
    identity number, else by name) added to the document's. A roster keeps only its rows,
    which its rule reads; a list without the applicant stays without a holder.

    A journal issue's contents page lists papers, not people: the applicant's paper is the
    entry whose title is the one declared for the upload (`title`; spacing, width and
    punctuation aside), as a reader finds it in the contents; with no such entry, the one
    entry the applicant is an author of (the declared title may be wrong, which the rules
    judge); else none, never another entry's title.
    """
    if not extraction.rows or extraction.kind is DocumentKind.APPOINTMENT_ROSTER:
        return extraction

    def value(row: tuple[Field, ...], field: str) -> str:
        return next((squash(f.value).upper() for f in row if f.name == field), "")

    wanted_id = squash(id_number or "").upper()
    wanted_name = squash(name or "")
    wanted_title = paper_key(title or "")
    mine = ([row for row in extraction.rows if wanted_id and value(row, "id_number") == wanted_id]
            or [row for row in extraction.rows
                if wanted_name and value(row, "name") == wanted_name]
            or [row for row in extraction.rows
                if wanted_title and paper_key(value(row, "title")) == wanted_title]
            or [row for row in extraction.rows
                if wanted_name and wanted_name in value(row, "authors").split("|")])
    if len(mine) != 1:
        return extraction
    have = {f.name for f in extraction.fields}
    return replace(extraction,
                   fields=extraction.fields + tuple(f for f in mine[0] if f.name not in have))


__all__ = ["BY_KIND", "DECLARED_MARGIN", "MIN_SCORE", "Extractor", "classify", "extract",
           "garbled_wording", "own_row", "scores"]
