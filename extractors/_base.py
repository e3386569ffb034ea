"""The extractor interface: what every module in :mod:`extractors` provides.

One module per document kind (``diploma.py`` ↔ ``DocumentKind.DIPLOMA``), with the same four
names: ``KIND``, ``FIELDS``, ``score(doc)`` and ``extract(doc)``. Read any module as an
example. Extractors see only a :class:`pipeline.model.ReadDocument` (words with boxes), never
files, engines, policies or Prefect, so they are tested on hand-built documents. A ``name``
field is the holder's name: NAME_MISMATCH compares it on every kind that reads one
(:data:`pipeline.checks._documents.PERSON_KINDS`).

An extractor never raises on odd input: a field it cannot find is simply missing from the
:class:`pipeline.model.Extraction`; deciding what a missing field means is the checks' job.
"""

from __future__ import annotations

from typing import Protocol

from pipeline.model import DocumentKind, Extraction, ReadDocument


class Extractor(Protocol):
    """What every extractor module provides."""

    @property
    def KIND(self) -> DocumentKind: ...  # noqa: N802 - module constant

    @property
    def FIELDS(self) -> tuple[str, ...]: ...  # noqa: N802 - module constant

    def score(self, doc: ReadDocument) -> float:
        """Return 0..1: how much `doc` looks like this kind (used by classify())."""
        ...

    def extract(self, doc: ReadDocument) -> Extraction:
        """Return the fields found, each with evidence; absent fields are simply missing."""
        ...
