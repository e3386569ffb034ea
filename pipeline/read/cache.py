"""The OCR cache: a re-run never recognises the same page twice.

A directory of JSON files, one per page, named by sha256 of (file sha256, engine identity,
page number, read-options version). Entries are written through
:func:`pipeline.atomic.atomic_write` (a temporary file renamed into place), so concurrent
writers and readers never see half a file; a damaged entry reads as a miss.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_write

CACHE_FORMAT = 1


class OcrCache:
    """Page OCR results on disk, keyed by content, engine and options."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(file_sha256: str, engine_identity: str, page_no: int, options: str) -> str:
        raw = json.dumps([CACHE_FORMAT, file_sha256, engine_identity, page_no, options])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, file_sha256: str, engine_identity: str, page_no: int,
            options: str) -> dict[str, Any] | None:
        """The stored entry, or None (absent or unreadable)."""
        path = self._path(self.key(file_sha256, engine_identity, page_no, options))
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        if not isinstance(entry, dict):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, file_sha256: str, engine_identity: str, page_no: int, options: str,
            entry: dict[str, Any]) -> None:
        """Store an entry (JSON-serialisable) atomically; failures to write are ignored."""
        path = self._path(self.key(file_sha256, engine_identity, page_no, options))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(path, "w", encoding="utf-8") as f:
                json.dump(entry, f, ensure_ascii=False)
        except OSError:
            pass
