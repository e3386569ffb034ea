"""What PyMuPDF tells about one PDF page, asked for once however many checks need it.

A text-layer page is looked at by several checks: rings drawn round a word, coloured paint
that may be a seal, white boxes over text, the pictures placed on it, characters drawn
invisibly. Each asked MuPDF again (``get_drawings`` twice, ``get_texttrace`` twice,
``get_image_info`` up to five times, each building a text page, and ``get_image_rects``
decoding every picture to hash it), which made a born-digital page cost several times a bare
``get_text`` (issue 14). Here each answer is computed on first use and kept with the page
object until it is released; an error is kept too and raised again to every caller, so each
check handles it as before.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pymupdf

_kept: weakref.WeakKeyDictionary[Any, dict[str, tuple[Any, BaseException | None]]] = (
    weakref.WeakKeyDictionary())


def once(page: pymupdf.Page, key: str, make: Callable[[], Any]) -> Any:
    """`make()`'s value for `page`, made on the first call for `key` and kept with the page
    (an error it raised is raised again to every caller)."""
    parts = _kept.setdefault(page, {})
    if key not in parts:
        try:
            parts[key] = (make(), None)
        except Exception as error:  # noqa: BLE001 - kept and raised again to every caller
            parts[key] = (None, error)
    value, error = parts[key]
    if error is not None:
        raise error
    return value


def drawings(page: pymupdf.Page) -> list[dict[str, Any]]:
    """``page.get_drawings()``: the vector paths, in draw order (callers must not change it)."""
    return once(page, "drawings", page.get_drawings)


def texttrace(page: pymupdf.Page) -> list[dict[str, Any]]:
    """``page.get_texttrace()``: every span drawn, with its characters and draw order."""
    return once(page, "texttrace", page.get_texttrace)


def bboxlog(page: pymupdf.Page) -> list[tuple[str, tuple[float, float, float, float]]]:
    """``page.get_bboxlog()``: every drawing command's kind and box, in draw order."""
    return once(page, "bboxlog", page.get_bboxlog)


def image_infos(page: pymupdf.Page) -> list[dict[str, Any]]:
    """``page.get_image_info(hashes=True)``: every picture drawn on the page (inline ones and
    stencil masks included), with its box, transform and pixel digest. PyMuPDF builds a whole
    text page to answer; a page whose drawing commands draw no picture (most typed pages)
    answers from the command log, which the edited-text checks read anyway."""

    def make() -> list[dict[str, Any]]:
        try:
            log = bboxlog(page)
        except Exception:  # noqa: BLE001 - a log MuPDF cannot make: ask the long way
            log = None
        if log is not None and not any(kind.startswith("fill-im") for kind, _box in log):
            return []  # fill-image, fill-imgmask: the commands that place a picture
        return page.get_image_info(hashes=True)

    return once(page, "image_infos", make)


def placed_images(page: pymupdf.Page) -> list[tuple[int, pymupdf.Rect, pymupdf.Matrix]]:
    """(xref, rectangle, transform) of each placement of a picture the page's resources name
    (``get_images`` with ``get_image_rects(xref, transform=True)``, as PyMuPDF matches them:
    by the picture's pixel digest), each picture decoded once rather than once per query."""

    def make() -> list[tuple[int, pymupdf.Rect, pymupdf.Matrix]]:
        import pymupdf

        infos = image_infos(page)
        out = []
        for item in page.get_images(full=True):
            xref = int(item[0])
            digest = pymupdf.Pixmap(page.parent, xref).digest
            out += [(xref, pymupdf.Rect(info["bbox"]), pymupdf.Matrix(info["transform"]))
                    for info in infos if info["digest"] == digest]
        return out

    return once(page, "placed_images", make)
