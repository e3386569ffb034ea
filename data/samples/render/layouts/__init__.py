"""Document layouts: several real conventions per document kind, each a builder.

Each module ``<kind>.py`` exposes ``LAYOUTS: dict[str, builder]`` keyed by layout id
(``"diploma.yjs_prose"``); ``"<kind>.classic"`` is the original one-way layout of
render/documents.py. A builder takes the same keyword arguments as the classic builder of its
kind and returns a :class:`render.documents.Built` (pages, normalised truth fields, seal text).
Builder attributes (set by ``_common.layout``): ``accepts(args)``, ``pages``, ``cn_dates``,
``schooling``. Which layouts are held out from tuning is data/samples/layouts.toml.
"""

from __future__ import annotations

from . import (
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

BY_KIND: dict[str, dict] = {
    "diploma": diploma.LAYOUTS,
    "degree": degree.LAYOUTS,
    "title_certificate": title_certificate.LAYOUTS,
    "id_card": id_card.LAYOUTS,
    "appointment_letter": appointment_letter.LAYOUTS,
    "contract": contract.LAYOUTS,
    "appointment_roster": appointment_roster.LAYOUTS,
    "annual_assessment": annual_assessment.LAYOUTS,
    "commission_letter": commission_letter.LAYOUTS,
    "continuing_education": continuing_education.LAYOUTS,
    "paper": paper.LAYOUTS,
}
ALL: dict = {lid: fn for layouts in BY_KIND.values() for lid, fn in layouts.items()}


def builder(layout_id: str):
    """The builder of a layout id."""
    return ALL[layout_id]
