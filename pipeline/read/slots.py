"""A cap on concurrent OCR in one process: at most N page images are being recognised at once.

OCR is where a worker spends its memory and its cores: each page in flight holds a rendered
image (up to ``ReadLimits.max_render_pixels``), its upright/deskewed copy and ONNX Runtime's
buffers, and ONNX Runtime already spreads one page over every core. Text-layer pages, cache
hits and the rules do not take a slot, so applicants keep moving while one page is in OCR.

The cap is per process: in a thread pool it bounds the whole run, on a Dask cluster each
worker process has its own. Its size comes from the caller (``ScreenOptions.ocr_slots``,
``credcheck run --ocr-slots``), else from ``$CREDCHECK_OCR_SLOTS``, else :data:`DEFAULT_SLOTS`
(the screening's own default is one per screening thread: ``ScreenOptions.slots``).
A reader process (:mod:`pipeline.read.isolated`) holds none of its own: it asks the process
that started it (:func:`delegate`), whose threads' readers thus share one cap, and whose
thread releases a slot held by a reader that died.

>>> with ocr_slot(2) as waited:
...     waited >= 0.0
True
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

DEFAULT_SLOTS = 1  # a bare read_file(); a run asks for one per thread (ScreenOptions.slots)
ENV = "CREDCHECK_OCR_SLOTS"

_LOCK = threading.Lock()
_SEMAPHORES: dict[int, threading.BoundedSemaphore] = {}
_DELEGATE: Callable[[], AbstractContextManager[float]] | None = None


def configured(slots: int | None = None) -> int:
    """The cap in force: `slots` if given, else $CREDCHECK_OCR_SLOTS, else the default."""
    if slots is None:
        raw = os.environ.get(ENV, "").strip()
        try:
            slots = int(raw) if raw else DEFAULT_SLOTS
        except ValueError:
            slots = DEFAULT_SLOTS
    return max(1, int(slots))


def _semaphore(slots: int) -> threading.BoundedSemaphore:
    with _LOCK:
        sem = _SEMAPHORES.get(slots)
        if sem is None:
            sem = _SEMAPHORES[slots] = threading.BoundedSemaphore(slots)
        return sem


def acquire(slots: int | None = None) -> float:
    """Take one slot (waiting for it); the seconds spent waiting. Pair with :func:`release`."""
    sem = _semaphore(configured(slots))
    started = time.perf_counter()
    sem.acquire()
    return time.perf_counter() - started


def release(slots: int | None = None) -> None:
    """Give back a slot taken with :func:`acquire` under the same `slots`."""
    _semaphore(configured(slots)).release()


def delegate(slot: Callable[[], AbstractContextManager[float]] | None) -> None:
    """Have `slot()` grant this process's OCR slots from now on (a reader process asks the
    run's process); None: this process's own cap again."""
    global _DELEGATE
    _DELEGATE = slot


@contextmanager
def ocr_slot(slots: int | None = None) -> Iterator[float]:
    """Hold one OCR slot for the block; yields the seconds spent waiting for it."""
    if _DELEGATE is not None:
        with _DELEGATE() as waited:
            yield waited
        return
    waited = acquire(slots)
    try:
        yield waited
    finally:
        release(slots)
