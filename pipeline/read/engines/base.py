"""The OCR seam: what every engine is, and what it returns (architecture §2.5).

An engine recognises text in one page image that :mod:`pipeline.read` has already rotated
upright and deskewed; it knows nothing about PDFs, applicants or policies. Boxes come back in
the image's pixels; :mod:`pipeline.read` converts them to points.

The contract has two halves. The class (:class:`EngineClass`, one module per engine, one line
in :data:`pipeline.read.engines.ENGINES`) has a ``name`` and ``identity_for(**options)``, which
says which engine, package versions and model files the options select *without loading any
model*: package metadata and file names only (see :func:`package_version`,
:func:`file_fingerprint`). Building an instance loads the models (seconds); an instance
(:class:`OcrEngine`) recognises pages and reports the same identity. Instances are not
promised to be thread-safe: :func:`pipeline.read.engines.get_engine` gives every thread its own.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from pipeline.errors import MissingDependency
from pipeline.files import file_sha256

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


class EngineClass(Protocol):
    """What a registered engine class provides (checked for every engine by
    tests/test_engines.py)."""

    name: ClassVar[str]

    @classmethod
    def identity_for(cls, **options: Any) -> str:
        """The identity an instance built with `options` will report, without loading a model.

        Raises :class:`~pipeline.errors.MissingDependency` when the engine's package or model
        files are absent. Cheap (package metadata, file names, sizes; hashes are cached)."""
        ...

    def __call__(self, **options: Any) -> OcrEngine:
        """Load the models (seconds) and return a ready engine."""
        ...


@runtime_checkable
class OrientationAware(Protocol):
    """Optional: an engine that can tell how far a page image is turned (0/90/180/270).

    :mod:`pipeline.read.orientation` uses it when present and falls back on its own heuristic.
    """

    def orientation(self, image: Image.Image) -> tuple[int, float] | None:
        """Degrees to turn the image clockwise so text reads upright, and a 0..1 confidence."""
        ...


Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True, slots=True)
class UprightRead:
    """One page read with a single text detection (:class:`UprightReader`).

    `turn`: clockwise degrees (0/90/180/270) that make the page upright; `skew`:
    counter-clockwise degrees that would level its lines (from the detected boxes' angles, 0.0
    when they are level, None when no box is long enough to tell); `words`: the lines
    recognised, boxes in the pixels of the image turned by `turn` (not deskewed), top to
    bottom; `quads`: each word's detected quadrilateral (top-left, top-right, bottom-right,
    bottom-left) in the same pixels.
    """

    turn: int
    skew: float | None
    words: tuple[OcrWord, ...]
    quads: tuple[Quad, ...]


@runtime_checkable
class UprightReader(Protocol):
    """Optional: an engine that judges orientation and skew from the text boxes of the one
    detection it recognises with (no thumbnail detection, no rotated copies of the page).

    :mod:`pipeline.read` uses it when present; otherwise it turns and deskews the page itself
    (:func:`pipeline.read.orientation.upright`) and calls ``recognize``.
    """

    def read_upright(self, image: Image.Image) -> UprightRead:
        """Detect once, judge turn and skew from the boxes, recognise the turned crops."""
        ...


def quad_to_box(points: object) -> tuple[float, float, float, float]:
    """The axis-aligned box around a detector's quadrilateral [[x, y], ...]."""
    xs = [float(p[0]) for p in points]  # type: ignore[attr-defined]
    ys = [float(p[1]) for p in points]  # type: ignore[attr-defined]
    return (min(xs), min(ys), max(xs), max(ys))


@functools.cache
def _installed_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def package_version(dist: str, needed_by: str, install: str | None = None) -> str:
    """The installed version of distribution `dist`, from its metadata (nothing is imported);
    :class:`~pipeline.errors.MissingDependency` when it is not installed. Cached per process."""
    found = _installed_version(dist)
    if found is None:
        raise MissingDependency(
            f"OCR engine {needed_by!r} needs {dist}: pip install {install or dist} (not installed)"
        )
    return found


@functools.cache
def _fingerprint(path: str, size: int, mtime_ns: int) -> str:
    del mtime_ns  # part of the cache key only: a replaced file is hashed again
    return f"{size}:{file_sha256(Path(path), follow_links=True)[:12]}"


def file_fingerprint(path: str | os.PathLike[str]) -> str:
    """``<size>:<first 12 hex of sha256>`` of a model file; hashed once per process for each
    (path, size, mtime). :class:`~pipeline.errors.MissingDependency` when the file is absent."""
    try:
        st = os.stat(path)
    except OSError as error:
        raise MissingDependency(f"model file {Path(path)} not found ({error.strerror})") from error
    return _fingerprint(os.fspath(path), st.st_size, st.st_mtime_ns)
