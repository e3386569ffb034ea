"""The year registry: what the review year's windows declared, kept between runs.

``DUPLICATE_APPLICATION`` and ``PAPER_SHARED`` look across every window of a review year,
so each run registers its applications before any applicant is checked, replacing what an
earlier run of the same window registered (re-runs are idempotent). The store is an SQLite
file (embedded, the default) holding no identity number in clear: people are keyed by a
SHA-256 of the normalised number.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
    review_year INTEGER NOT NULL, window TEXT NOT NULL, applicant_id TEXT NOT NULL,
    person TEXT NOT NULL, level TEXT NOT NULL,
    PRIMARY KEY (review_year, window, applicant_id)
);
CREATE INDEX IF NOT EXISTS applications_person ON applications (review_year, person, level);
CREATE TABLE IF NOT EXISTS papers (
    review_year INTEGER NOT NULL, window TEXT NOT NULL, applicant_id TEXT NOT NULL,
    paper TEXT NOT NULL, title TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS papers_key ON papers (review_year, paper);
"""

_NOT_WORD = re.compile(r"[\W_]+")


def credcheck_home() -> Path:
    """Where state kept between runs lives: $CREDCHECK_HOME, else ~/.credcheck."""
    return Path(os.environ.get("CREDCHECK_HOME") or Path.home() / ".credcheck")


def default_store_path() -> Path:
    """The year registry's default file: one per site, shared by every window of a year."""
    return credcheck_home() / "store.sqlite"


def person_key(id_number: str) -> str:
    """A stable pseudonymous key for a person (no identity number stored in clear)."""
    return hashlib.sha256(id_number.strip().upper().encode()).hexdigest()


def paper_key(title: str) -> str:
    """A title reduced to its letters and digits: width, case, spaces, punctuation folded.

    >>> paper_key("软土地基 处理技术研究！") == paper_key("《软土地基处理技术研究》")
    True
    """
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", title).lower())


@dataclass(frozen=True, slots=True)
class Registration:
    """One application of the year, as the registry knows it."""

    window: str
    applicant_id: str


@dataclass(frozen=True, slots=True)
class Declared:
    """What one applicant of a window declares that other windows must see."""

    applicant_id: str
    id_number: str
    level: str
    paper_titles: tuple[str, ...]


class YearRegistry:
    """Applications and papers of each review year, in an SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            with db:
                yield db
        finally:
            db.close()

    def register_window(self, review_year: int, window: str, declared: Iterable[Declared]) -> None:
        """Replace everything this window registered before with `declared`, atomically."""
        rows = list(declared)
        with self._connect() as db:
            db.execute("DELETE FROM applications WHERE review_year=? AND window=?", (review_year, window))
            db.execute("DELETE FROM papers WHERE review_year=? AND window=?", (review_year, window))
            db.executemany(
                "INSERT INTO applications VALUES (?,?,?,?,?)",
                [(review_year, window, d.applicant_id, person_key(d.id_number), d.level) for d in rows],
            )
            db.executemany(
                "INSERT INTO papers VALUES (?,?,?,?,?)",
                [(review_year, window, d.applicant_id, paper_key(t), t)
                 for d in rows for t in d.paper_titles if paper_key(t)],
            )

    def same_person_and_level(
        self, review_year: int, id_number: str, level: str, exclude: str
    ) -> list[Registration]:
        """Other applications of the year by the same person at the same level."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT window, applicant_id FROM applications WHERE review_year=? AND person=? "
                "AND level=? AND applicant_id<>? ORDER BY window, applicant_id",
                (review_year, person_key(id_number), level, exclude),
            ).fetchall()
        return [Registration(*row) for row in rows]

    def paper_claims(self, review_year: int, key: str, exclude: str) -> list[Registration]:
        """Other applicants of the year who declared a paper with this key."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT DISTINCT window, applicant_id FROM papers WHERE review_year=? AND paper=? "
                "AND applicant_id<>? ORDER BY window, applicant_id",
                (review_year, key, exclude),
            ).fetchall()
        return [Registration(*row) for row in rows]
