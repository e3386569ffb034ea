"""The suspect-journal list as data: find it, load it, check it.

The list admins maintain is the site's data, not the code's: ``suspect_journals.csv`` in
the site's folder (``$CREDCHECK_HOME``, else ``~/.credcheck``), beside the registry of
legitimate journal titles (``known_journals.txt``). The product ships no third-party list:
admins import the published ones (``credcheck blacklist import``, ``import-registry``; see
README.md). A run may be given another list, and a window may carry its own
(``<window>/suspect_journals.csv``, as the sample window does). This module only finds,
reads and checks; matching lives in :mod:`pipeline.journals`.

Files are read as UTF-8 (a BOM is tolerated), then GB18030 (which covers GBK,
what Excel on a Chinese Windows saves as "CSV"), or as ``.xlsx`` (first sheet).
A file that cannot be used raises :class:`~pipeline.errors.BlacklistError` naming
the file, row and field; ``row`` numbers are spreadsheet rows (the header is row 1).
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from stdnum import issn as _issn
from stdnum.exceptions import ValidationError

from pipeline.errors import BlacklistError, WindowError
from pipeline.identifiers import cn_serial
from pipeline.ingest.tables import check_xlsx, read_csv_text
from pipeline.journals import (
    CATEGORIES,
    COLUMNS,
    Blacklist,
    JournalEntry,
    compact_issns,
    normalise_name,
    one_edit_pairs,
)

__all__ = [
    "LIST_NAME",
    "NOT_IMPORTED",
    "REGISTRY_NAME",
    "Problem",
    "known_titles",
    "list_for",
    "load",
    "read_entries",
    "read_rows",
    "site_list",
    "site_registry",
    "validate",
    "window_list",
]

#: The list's file name in the site's folder and in a window folder.
LIST_NAME = "suspect_journals.csv"
#: The legitimate-title registry's file name in the site's folder.
REGISTRY_NAME = "known_journals.txt"
#: What the journal rule says when there is no list to check against.
NOT_IMPORTED = "no suspect-journal list imported"


def site_list() -> Path:
    """The list this site's admins maintain: ``$CREDCHECK_HOME/suspect_journals.csv``."""
    from pipeline.store import credcheck_home

    return credcheck_home() / LIST_NAME


def site_registry() -> Path:
    """The site's registry of legitimate journal titles: ``$CREDCHECK_HOME/known_journals.txt``."""
    from pipeline.store import credcheck_home

    return credcheck_home() / REGISTRY_NAME


def window_list(window: Path | str) -> Path | None:
    """The list a window folder carries (``<window>/suspect_journals.csv``), if any."""
    own = Path(window) / LIST_NAME
    return own if own.is_file() else None


def list_for(window: Path | str | None, explicit: Path | str | None = None) -> Path | None:
    """The list a window is screened with: ``explicit`` (``--blacklist``) when given, else the
    window's own, else None (the site's list, see :func:`load`)."""
    if explicit is not None:
        return Path(explicit)
    return window_list(window) if window is not None else None

# Categories whose ISSN/CN are registered numbers: a bad one is a typo in the list.
# Fake and illegal journals print whatever they like, and the bad number is evidence.
_REGISTERED = frozenset({"warning", "predatory", "hijacked"})


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about a row: ``error`` makes the list unusable, ``warning`` is for the admin."""

    row: int | None
    field: str
    message: str
    severity: str = "error"
    file: str = ""

    def __str__(self) -> str:
        where = (self.file or "blacklist") + (f" row {self.row}" if self.row is not None else "")
        return f"{where} field '{self.field}': {self.message}"


# --------------------------------------------------------------------------- reading


def read_rows(path: Path | str) -> list[dict[str, str]]:
    """Rows of a CSV or XLSX list as dicts keyed by the header (cells stripped)."""
    path = Path(path)
    if not path.exists():
        raise BlacklistError(f"{path}: file not found")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    text = table_text(path)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        rows = [
            {_key(k): (v or "").strip() for k, v in row.items() if k is not None} for row in reader
        ]
        header = [_key(h) for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise BlacklistError(f"{path}: not a readable CSV file ({exc})") from None
    _check_header(path, header)
    return rows


def table_text(path: Path) -> str:
    """A list's CSV text, read as a window's tables are
    (:func:`pipeline.ingest.tables.read_csv_text`: no link followed, size bounded, UTF-8 else
    GB18030)."""
    try:
        return read_csv_text(path)
    except WindowError as exc:
        raise BlacklistError(str(exc)) from None


def checked_xlsx(path: Path) -> Path:
    """`path` once :func:`pipeline.ingest.tables.check_xlsx` accepts it (not a link, no zip
    bomb)."""
    try:
        check_xlsx(path)
    except WindowError as exc:
        raise BlacklistError(str(exc)) from None
    return path


def _key(header: object) -> str:
    return str(header or "").strip().lstrip("\ufeff").lower()


def _read_xlsx(path: Path) -> list[dict[str, str]]:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - declared dependency
        raise BlacklistError(f"{path}: reading .xlsx needs openpyxl") from None
    checked_xlsx(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a damaged file
        raise BlacklistError(
            f"{path}: not a readable .xlsx file ({type(exc).__name__}: {exc})"
        ) from None
    try:
        sheet = book.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        header = [_key(h) for h in next(values, ())]
        _check_header(path, header)
        rows = []
        for cells in values:
            if cells is None or all(c in (None, "") for c in cells):
                continue
            rows.append({h: _cell(c) for h, c in zip(header, cells) if h})
        return rows
    finally:
        book.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value).strip()


def _check_header(path: Path, header: list[str]) -> None:
    if not header or not any(header):
        raise BlacklistError(f"{path} row 1: no header row (expected columns {', '.join(COLUMNS)})")
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise BlacklistError(
            f"{path} row 1 field '{missing[0]}': missing column(s) {', '.join(missing)}"
        )


def read_entries(path: Path | str, *, strict: bool = True) -> list[JournalEntry]:
    """The rows of a list file as entries; with ``strict``, errors raise BlacklistError."""
    rows = read_rows(path)
    if strict:
        for problem in validate(rows, file=str(path)):
            if problem.severity == "error":
                raise BlacklistError(str(problem))
    return [JournalEntry.from_row(row) for row in rows]


_CACHE: dict[tuple[object, ...], Blacklist] = {}


def known_titles(path: Path | str | None = None) -> tuple[str, ...]:
    """Titles of registered legitimate journals (one a line: the CNKI and CSSCI catalogues as
    ``credcheck blacklist import-registry`` stores them); empty when there is no registry."""
    path = Path(path) if path is not None else site_registry()
    try:
        return tuple(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    except FileNotFoundError:
        return ()


def _stamp(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path.resolve()), stat.st_mtime_ns, stat.st_size


def load(path: Path | str | None = None) -> Blacklist:
    """The list at ``path`` (default: the site's, :func:`site_list`), indexed for matching,
    with the site's registry of legitimate titles.

    With no ``path`` and no list imported at the site, an absent list
    (:meth:`Blacklist.absent`): nothing matches and the journal rule reports that it could
    not check. A ``path`` that does not exist raises :class:`BlacklistError`.

    Cached per path, registry, modification times and sizes, so the many checks of a run
    share one index and an edited file is re-read.
    """
    if path is None:
        path = site_list()
        if not path.is_file():
            return Blacklist.absent(NOT_IMPORTED)
    path = Path(path)
    try:
        key: tuple[object, ...] = _stamp(path)
    except OSError:
        raise BlacklistError(f"{path}: file not found") from None
    registry = site_registry()
    with contextlib.suppress(OSError):  # no registry imported: matched without one
        key += _stamp(registry)
    cached = _CACHE.get(key)
    if cached is None:
        known = known_titles(registry)
        blacklist = Blacklist.from_entries(read_entries(path), known_names=known)
        _CACHE.clear()  # one list per process is the norm; do not keep stale ones
        cached = _CACHE[key] = blacklist
    return cached


# --------------------------------------------------------------------------- checking


def validate(
    rows: Iterable[Mapping[str, object] | JournalEntry], *, file: str = ""
) -> list[Problem]:
    """Everything wrong or doubtful in a list's rows.

    Errors: empty name, unknown category, a malformed ISSN or CN on a journal of
    a registered kind (warning, predatory, hijacked). Warnings: the same for fake
    and illegal journals (their printed numbers are evidence, not typos), exact
    duplicates (same normalised name and category, or same ISSN) and near
    duplicates (names one edit apart) — which admins confirm before saving.
    """
    problems: list[Problem] = []
    entries: list[JournalEntry] = []
    for i, row in enumerate(rows):
        entry = row if isinstance(row, JournalEntry) else JournalEntry.from_row(row)
        entries.append(entry)
        problems.extend(_check_entry(entry, i + 2, file))
    problems.extend(_duplicates(entries, file))
    return problems


def check_entry(entry: JournalEntry, row: int | None = None, file: str = "") -> list[Problem]:
    """Problems of one entry on its own (no duplicate search)."""
    return _check_entry(entry, row, file)


def _check_entry(entry: JournalEntry, row: int | None, file: str) -> list[Problem]:
    out: list[Problem] = []
    if not normalise_name(entry.name):
        out.append(Problem(row, "name", "empty journal name (刊名为空)", "error", file))
    if entry.category not in CATEGORIES:
        out.append(
            Problem(
                row,
                "category",
                f"unknown category {entry.category!r}; use one of {', '.join(CATEGORIES)}",
                "error",
                file,
            )
        )
    severity = "error" if entry.category in _REGISTERED else "warning"
    for part in [p for p in entry.issn.replace(";", "|").split("|") if p.strip()]:
        try:
            _issn.validate(part)
        except ValidationError as exc:
            out.append(
                Problem(
                    row, "issn", f"ISSN {part.strip()!r} is invalid ({exc.message})", severity, file
                )
            )
    for part in [p for p in entry.cn.replace(";", "|").split("|") if p.strip()]:
        try:
            cn_serial.validate(part)
        except ValidationError as exc:
            out.append(
                Problem(
                    row, "cn", f"CN {part.strip()!r} is malformed ({exc.message})", severity, file
                )
            )
    for alias in entry.aliases:
        if not normalise_name(alias):
            out.append(
                Problem(
                    row, "aliases", f"alias {alias!r} has no letters or digits", "warning", file
                )
            )
    return out


def _duplicates(entries: list[JournalEntry], file: str) -> list[Problem]:
    out: list[Problem] = []
    first_name: dict[tuple[str, str], int] = {}
    first_issn: dict[str, int] = {}
    for i, entry in enumerate(entries):
        row = i + 2
        norm = normalise_name(entry.name)
        key = (norm, entry.category)
        if norm and key in first_name:
            out.append(
                Problem(
                    row,
                    "name",
                    f"duplicate of row {first_name[key]} ({entry.name})",
                    "warning",
                    file,
                )
            )
        elif norm:
            first_name[key] = row
        for issn in compact_issns(entry.issn):
            if issn in first_issn and first_issn[issn] != row:
                out.append(
                    Problem(
                        row,
                        "issn",
                        f"ISSN {issn[:4]}-{issn[4:]} also in row {first_issn[issn]}",
                        "warning",
                        file,
                    )
                )
            else:
                first_issn.setdefault(issn, row)
    names = [normalise_name(e.name) for e in entries]
    for a, b in one_edit_pairs(names):
        out.append(
            Problem(
                b + 2,
                "name",
                f"near duplicate of row {a + 2}: {entries[b].name!r} / {entries[a].name!r}",
                "warning",
                file,
            )
        )
    return out
