"""The OCR seam: what every engine is, and what it returns (architecture §2.5).

An engine recognises text in one page image that :mod:`pipeline.read` has already rotated
upright and deskewed; it knows nothing about PDFs, applicants or policies. Boxes come back in
the image's pixels; :mod:`pipeline.read` converts them to points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PIL import Image


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One recognised line: its text, its axis-aligned box in image pixels, and 0..1 confidence."""

    text: str
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in pixels
    confidence: float


@runtime_checkable
class OcrEngine(Protocol):
    """Recognise text in one page image."""

    name: str

    def identity(self) -> str:
        """Engine, package and model versions: part of every OCR cache key and `Page.read_by`."""
        ...

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        """Return the lines found, top to bottom, with boxes in image pixels."""
        ...


@runtime_checkable
class OrientationAware(Protocol):
    """Optional: an engine that can tell how far a page image is turned (0/90/180/270).

    :mod:`pipeline.read.orientation` uses it when present and falls back on its own heuristic.
    """

    def orientation(self, image: Image.Image) -> tuple[int, float] | None:
        """Degrees to turn the image clockwise so text reads upright, and a 0..1 confidence."""
        ...


def quad_to_box(points: object) -> tuple[float, float, float, float]:
    """The axis-aligned box around a detector's quadrilateral [[x, y], ...]."""
    xs = [float(p[0]) for p in points]  # type: ignore[attr-defined]
    ys = [float(p[1]) for p in points]  # type: ignore[attr-defined]
    return (min(xs), min(ys), max(xs), max(ys))
