"""Extractors: one module per document kind, each reading the facts a reviewer compares.

Every module provides ``KIND``, ``FIELDS``, ``score(doc)`` and ``extract(doc)`` (see
:mod:`extractors._base`); the registry below has one line per kind. :func:`classify` picks
the kind a document reads like, :func:`extract` runs the extractor for a kind.
"""

from __future__ import annotations

from collections.abc import Mapping
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
from pipeline.model import DocumentKind, Extraction, ReadDocument

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


def classify(doc: ReadDocument) -> tuple[DocumentKind, float]:
    """The kind `doc` reads most like and that extractor's score; OTHER when none fits."""
    best, best_score = DocumentKind.OTHER, 0.0
    for kind, module in BY_KIND.items():
        try:
            value = float(module.score(doc))
        except Exception:  # noqa: BLE001 - one extractor's bug must not stop classification
            continue
        if value > best_score:
            best, best_score = kind, value
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


__all__ = ["BY_KIND", "MIN_SCORE", "Extractor", "classify", "extract"]
