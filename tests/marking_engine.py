"""An OCR engine for the reader-process tests (tests/test_isolated.py), registered by them
through the engine seam: it takes ``$CREDCHECK_TEST_PAGE_S`` seconds a page and, where
``$CREDCHECK_TEST_MARKS`` names a file, notes there when each recognition starts and ends, and
in which process, so a test can tell which reader is mid-document and how many pages were in
OCR at once across processes."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from pipeline.read.engines.base import OcrWord

if TYPE_CHECKING:
    from pathlib import Path

    from PIL import Image


class Marking:
    """Recognises one line per page, slowly, noting each page."""

    name = "marking"

    def __init__(self, **options: object) -> None:
        del options

    @classmethod
    def identity_for(cls, **options: object) -> str:
        del options
        return "marking 1"

    def identity(self) -> str:
        return self.identity_for()

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        del image
        _note("start")
        time.sleep(float(os.environ.get("CREDCHECK_TEST_PAGE_S", "0.2")))
        _note("end")
        return [OcrWord("识别结果", (1.0, 1.0, 50.0, 20.0), 0.9)]


def _note(what: str) -> None:
    marks = os.environ.get("CREDCHECK_TEST_MARKS")
    if marks:
        with open(marks, "a", encoding="utf-8") as sink:
            sink.write(f"{what} {os.getpid()} {time.time():.6f}\n")


def marks(path: Path) -> list[tuple[str, int, float]]:
    """The notes so far: (start|end, pid, time)."""
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and line.endswith(parts[2]) and parts[0] in ("start", "end"):
            rows.append((parts[0], int(parts[1]), float(parts[2])))
    return rows


def most_at_once(rows: list[tuple[str, int, float]]) -> int:
    """The most recognitions in progress at one time, over every process."""
    busy = most = 0
    for what, _pid, _at in sorted(rows, key=lambda r: (r[2], r[0] == "start")):
        busy += 1 if what == "start" else -1
        most = max(most, busy)
    return most
