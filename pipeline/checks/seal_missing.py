"""SEAL_MISSING (未见公章): an appointment letter or contract shows no official seal.

Xuchang 2023: the appointment letter scan must show the unit's seal. A red official seal is
measured as the share of seal-red pixels on the rendered page (scans and photos, and
born-digital PDFs rendered to an image, so vector and embedded-image seals both count). A
grayscale scan or photo cannot show a red seal; such pages are left to DOC_NOT_ORIGINAL. A
born-digital page is judged whatever its colours: black text on white is not a photocopy.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "SEAL_MISSING"
SEVERITY: Final = Severity.MEDIUM

SEALED_KINDS = ("appointment_letter", "contract")


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag sealed-kind uploads on which no page shows a red seal."""
    floor = ctx.policy.threshold("seal_red_ratio_min")
    colour_floor = ctx.policy.threshold("colourfulness_min").value
    for file, doc in sorted(case.documents.items()):
        kind = case.kind_of(file)
        measured = [p.quality for p in doc.pages if p.quality is not None]
        if kind not in SEALED_KINDS or not measured:
            continue
        if any(q.red_seal_ratio >= floor.value for q in measured):
            continue
        scans = [p.quality for p in doc.pages if p.quality is not None and p.read_by != "text_layer"]
        if scans and len(scans) == len(measured) and all(q.colourfulness < colour_floor for q in scans):
            continue  # a grayscale scan or photo: the seal's colour cannot be judged
        best = max(q.red_seal_ratio for q in measured)
        yield make_flag(
            CODE, SEVERITY, case, f"{file}（{'聘书' if kind == 'appointment_letter' else '合同'}）未见单位公章",
            clause=ctx.policy.rule_clause(CODE) or floor.clause, found=f"红色印章像素占比 {best:.4f}",
            reference=f"≥ {floor.value:g}", evidence=(Evidence(file, 1, None, f"红章占比 {best:.4f}", "metadata"),),
        )
