"""Reference-table exports: CSV in UTF-8/GBK/GB18030 or XLSX, Chinese headers as aliases.

Government systems export both encodings and both formats; headers come in Chinese, in
English, with stray spaces, and in XLSX files with merged two-row headers. This module
turns any of them into rows of canonical column names, or raises a
:class:`pipeline.errors.WindowError` that names the file and what is wrong with it
(never a traceback).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.errors import WindowError
from pipeline.files import MiB, Refused, check_regular, read_regular

ENCODINGS = ("utf-8-sig", "gb18030")  # GB18030 is a superset of GBK and GB2312
MAX_TABLE_BYTES = 512 * MiB  # one export on disk
MAX_XLSX_EXPANDED_BYTES = 1024 * MiB  # the XML inside an XLSX, as its ZIP headers declare it


def decode_text(data: bytes, label: str) -> str:
    """Decode an export as UTF-8 (BOM tolerated), else GB18030; fail naming the file.

    >>> decode_text("姓名".encode("gbk"), "x.csv")
    '姓名'
    """
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise WindowError(f"{label}: neither UTF-8 nor GBK/GB18030 text")


def read_csv_text(path: Path) -> str:
    """A CSV file's text: not through a link, at most MAX_TABLE_BYTES, UTF-8 else GB18030
    (:class:`WindowError` naming the file otherwise). Every CSV reader reads through it."""
    try:
        data = read_regular(path, MAX_TABLE_BYTES)
    except (Refused, OSError) as exc:
        raise WindowError(
            f"{path.name}: {exc.strerror if isinstance(exc, OSError) else exc}") from None
    return decode_text(data, path.name)


def check_xlsx(path: Path) -> None:
    """Refuse, with :class:`WindowError`, an XLSX that is a link, not a regular file, larger
    than MAX_TABLE_BYTES or a zip bomb: every XLSX reader checks it before openpyxl opens it."""
    try:
        check_regular(path, MAX_TABLE_BYTES)
        _check_expansion(path)
    except (Refused, OSError) as exc:
        raise WindowError(
            f"{path.name}: {exc.strerror if isinstance(exc, OSError) else exc}") from None


def _clean_header(text: object) -> str:
    return re.sub(r"[\s\u3000*＊:：]", "", str(text or "")).strip()


def find_table(folder: Path, stem: str) -> Path | None:
    """`<stem>.csv` or `<stem>.xlsx` in the window; None when neither is there.

    A symbolic link or another non-file by that name is returned too, so that reading it
    fails with the reason instead of the table silently counting as absent.
    """
    for suffix in (".csv", ".xlsx"):
        candidate = folder / f"{stem}{suffix}"
        if candidate.is_file() or candidate.is_symlink():
            return candidate
    return None


def read_table(
    path: Path, aliases: Mapping[str, Sequence[str]], required: Sequence[str]
) -> list[tuple[int, dict[str, str]]]:
    """Rows as (row number as a person counts it in the file, {canonical column: text}).

    ``aliases`` maps each canonical column to the headers accepted for it (the canonical
    name itself is always accepted). Unknown columns are ignored; a missing required column
    is an error listing the headers that were found.
    """
    label = path.name
    if path.suffix.lower() == ".xlsx":
        header_row, header, body = _xlsx_rows(path, aliases)
    else:
        reader = csv.reader(io.StringIO(read_csv_text(path)))
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise WindowError(f"{label} line {reader.line_num}: not valid CSV: {exc}") from None
        header_row, header, body = 1, rows[0] if rows else [], rows[1:]
    lookup = {_clean_header(name).lower(): canon for canon, names in aliases.items()
              for name in (canon, *names)}
    columns: dict[int, str] = {}
    for index, name in enumerate(header):
        canon = lookup.get(_clean_header(name).lower())
        if canon and canon not in columns.values():
            columns[index] = canon
    missing = [c for c in required if c not in columns.values()]
    if missing:
        found = ", ".join(_clean_header(h) for h in header if _clean_header(h)) or "none"
        wanted = "; ".join(f"{c} (or {'/'.join(aliases.get(c, ()))})" for c in missing)
        raise WindowError(f"{label}: missing column(s) {wanted}; columns found: {found}")
    out = []
    for offset, row in enumerate(body, start=header_row + 1):
        values = {canon: _cell(row, i) for i, canon in columns.items()}
        if any(values.values()):
            out.append((offset, values))
    return out


def _cell(row: Sequence[object], index: int) -> str:
    if index >= len(row) or row[index] is None:
        return ""
    value = row[index]
    if isinstance(value, float):
        # A number cell: 202403.0 is 202403; 2024.1 is how a spreadsheet keeps a typed 2024.10
        return str(int(value)) if value.is_integer() else f"{value:.2f}"
    return str(value).strip()


def _check_expansion(path: Path) -> None:
    """Refuse an XLSX whose parts would inflate beyond MAX_XLSX_EXPANDED_BYTES (a zip bomb).

    A part that inflates to more than its header declares fails its CRC check in openpyxl.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            declared = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a ZIP at all: openpyxl says so
    if declared > MAX_XLSX_EXPANDED_BYTES:
        raise Refused(f"is too large once unpacked ({declared // MiB} MiB; "
                      f"limit {MAX_XLSX_EXPANDED_BYTES // MiB} MiB): possible zip bomb")


def _xlsx_rows(
    path: Path, aliases: Mapping[str, Sequence[str]]
) -> tuple[int, list[object], list[list[object]]]:
    """The header row (first row naming a known column; merged cells filled) and the body."""
    check_xlsx(path)
    try:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise WindowError(f"{path.name}: cannot open as XLSX: {exc}") from None
    sheet = book.worksheets[0]
    for merged in list(sheet.merged_cells.ranges):
        value = sheet.cell(merged.min_row, merged.min_col).value
        sheet.unmerge_cells(str(merged))
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                sheet.cell(row, col).value = value
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    known = {_clean_header(n).lower() for canon, names in aliases.items() for n in (canon, *names)}
    for index, row in enumerate(rows[:10]):
        if sum(_clean_header(c).lower() in known for c in row) >= 2:
            return index + 1, row, rows[index + 1 :]
    return 1, rows[0] if rows else [], rows[1:]
