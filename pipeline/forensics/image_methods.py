"""Edited pictures: the image forensics methods, registered one line each.

The reader hands every picture it reads (:class:`~pipeline.forensics.picture.Picture`: each
frame of an image upload, the picture behind an image-backed PDF page) to :func:`analyse`.
Each method is a module with one small interface:

- ``METHOD``: its name in findings and flags;
- ``THRESHOLD``: the policy threshold its score is judged against by DOC_TAMPERED
  (``[thresholds.<name>]`` in ``pipeline/policies/_national.toml``, cited with the flag);
- ``REPRODUCE``: one Chinese sentence telling a reviewer how to see the sign again by hand;
- ``analyse(picture) -> list[Finding]``: its findings, each with a score and a box in the
  picture's pixels (the reader moves the box onto the page as it read it);
- optionally ``heat(picture) -> array | None`` and ``CELL``: the per-cell map the method's
  score is read from (0..1, one value per ``CELL`` x ``CELL`` pixels), which the evidence
  image lays over the page (:func:`heat`); a method without one (``copy_move``,
  ``editor_tag``) is shown by its boxes alone.

Precision comes before recall: an ordinary phone photo, scanner output or a JPEG saved again
must never score at the threshold (``bench/bench_tamper.py`` measures it on the sample window
and the shared real files).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from pipeline.forensics import copy_move, editor_tag, jpeg_ghost, noise_level
from pipeline.forensics.picture import MIN_SIDE, Picture
from pipeline.model import Finding

if TYPE_CHECKING:
    import numpy as np

VERSION = "image-forensics-9"  # bump when any method's findings change: the reader caches them

METHODS: tuple[ModuleType, ...] = (
    editor_tag,  # an image editor named in the file's own metadata
    jpeg_ghost,  # a region without the earlier JPEG compression the rest shows (pasted)
    copy_move,  # a region copied from elsewhere in the same picture
    noise_level,  # a region whose noise differs from the rest
)


def method(name: str) -> ModuleType | None:
    """The registered method called `name`, if any."""
    return next((m for m in METHODS if m.METHOD == name), None)


def analyse(picture: Picture, methods: Sequence[ModuleType] = METHODS) -> list[Finding]:
    """Every method's findings on one picture (boxes in its pixels); a picture too small to
    judge gets only the metadata method's."""
    small = min(picture.size) < MIN_SIDE
    found: list[Finding] = []
    for m in methods:
        if small and m is not editor_tag:
            continue
        found.extend(m.analyse(picture))
    return found


def heat(name: str, picture: Picture) -> tuple[np.ndarray, int] | None:
    """The per-cell map of method `name` over `picture` (0..1, rows and columns of cells from
    its top-left) and the cell's side in pixels; None when the method computes no map or
    finds nothing to map on this picture."""
    m = method(name)
    make = getattr(m, "heat", None)
    grid = make(picture) if make is not None else None
    return None if grid is None else (grid, int(m.CELL))
