"""The published suspect-journal lists and legitimate-journal registries: their formats.

What each published list is laid out like and what its rows are evidence *of*, in one
place. The product ships none of these lists: admins import them (``credcheck blacklist
import FILE...``, ``credcheck blacklist import-registry FILE...``; blacklists/README.md says
where each is published), and tests and benchmarks read them in place.

* ``SOURCES`` maps a format name to a reader that turns the published file into
  :class:`~pipeline.journals.JournalEntry` rows with an honest category, source and reason.
  :func:`detect` tells the format from a file's header;
  :func:`blacklists.admin.import_files` uses the readers and, importing several files at
  once, merges them (:func:`merge`) in ``PRECEDENCE`` order.
* ``REGISTRIES`` reads the catalogues of legitimate journals (CNKI, CSSCI) into the titles
  and former titles the matcher never takes for a fuzzy match (:func:`read_registry`).

Choices (see blacklists/README.md):

* CAS early-warning list (中国科学院国际期刊预警名单) → ``warning``; editions merged
  per journal, every edition and its level or reason kept in ``reason``.
* stop-predatory-journals journals → ``predatory``; hijacked list → ``hijacked``
  (name = the hijacker's title; reason names the authentic journal and both URLs).
  Its publishers and fake-metrics lists are not journals and are not matched.
* predatoryjournals.org (felconmar scrape) → ``predatory`` with a reason that says
  the list is contested (it overlaps ~650 indexed journals).
* DOAJ withdrawals → **not recommended**. No reason in the file names misconduct; the
  catch-all "Journal not adhering to Best practice" covers 3.5k journals including
  CNKI-indexed core journals (测绘学报, 国际眼科杂志, Chinese Journal of Aeronautics), so
  listing it would flag legitimate Chinese journals by ISSN. The ``doaj_withdrawn`` reader
  exists; an admin imports it only by naming the format (``--format doaj_withdrawn``).
* Chinese web-page examples → ``illegal`` (they come from 非法刊物黑名单 pages);
  the two rows without a title describe numbers *stolen from legitimate
  publications* (百科知识, 北京师范大学校报): listing those numbers would flag the
  legitimate owners, so they are left out (tests use them for the title-differs rule).

Where two sources name the same journal (same normalised name) the rows are
merged: sources and reasons are joined, ISSNs united, and the category is the one
of the most authoritative source (pages > CAS > SPJ hijacked > SPJ > felconmar).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from blacklists import checked_xlsx, table_text
from pipeline.errors import BlacklistError
from pipeline.identifiers import cn_serial
from pipeline.journals import COLUMNS, JournalEntry, compact_issns, normalise_name

#: Registries of legitimate journals: format → (title column, former-titles column, file it was
#: written for).
REGISTRIES: dict[str, tuple[str, str, str]] = {
    "cnki": ("期刊名称", "曾用刊名", "cnki_journals_2023-11-30.csv"),
    "cssci": ("title", "former_titles", "cssci_2021_2022_cnki.csv"),
}

Reader = Callable[[Iterable[dict[str, str]], str, str], Iterator[JournalEntry]]


def _clean(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return "" if text.upper() in ("N/A", "NAN", "NONE") else text


def _fmt_issns(values: Iterable[str]) -> str:
    seen: list[str] = []
    for value in values:
        for issn in compact_issns(value):
            if issn not in seen:
                seen.append(issn)
    return "|".join(f"{i[:4]}-{i[4:]}" for i in seen)


_NOTE_WORDS = re.compile(
    r"hijack|also here|associated with|related to|published by|formerly|alt\b|last word|version|"
    r"see |same as|previously|aka\b",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"^(.*\S)\s*[(\[]([^()\[\]]*)[)\]]\s*$")


def clean_title(raw: str) -> tuple[str, tuple[str, ...], str]:
    """Split a listed title into (name, other titles, notes).

    The predatory lists decorate titles: acronyms ``(AOCRJ)``, notes ``[alt]``,
    ``(hijacker of a legitimate journal)``, ``(published by ...)``, alternative
    titles in brackets, ``System[s]``, a stray ``|``. Applicants declare the
    bare title, so the bare title is the name; a bracketed alternative title
    becomes an alias; acronyms and notes go to the reason (a bare acronym is too
    ambiguous to match on).
    """
    name = raw.strip().rstrip("|*").strip()
    aliases: list[str] = []
    notes: list[str] = []
    if re.search(r"\[s\]", name):
        aliases.append(re.sub(r"\[s\]", "s", name))
        name = re.sub(r"\[s\]", "", name)
    while True:
        match = _TRAILING.match(name)
        if not match:
            break
        base, inner = match.group(1).strip(), match.group(2).strip()
        if not base or re.search(r"版|edition|series|section|part", inner, re.IGNORECASE):
            break  # an edition is part of the title
        if _NOTE_WORDS.search(inner) or not inner:
            notes.append(inner)
        elif " " in inner.strip(", ") and not inner.replace(",", " ").replace(" ", "").isupper():
            aliases.append(inner)
        else:
            notes.append(f"缩写 {inner}")
        name = base.rstrip(" ,;:-").strip()
    return name, tuple(aliases), "；".join(notes)


def _alias_or_note(abbr: str) -> tuple[tuple[str, ...], str]:
    """Multi-word abbreviations are other titles; bare acronyms (AAAS) are too ambiguous to
    match."""
    abbr = _clean(abbr)
    if not abbr:
        return (), ""
    if " " in abbr:
        return (abbr,), ""
    return (), f"；缩写 {abbr}"


# --------------------------------------------------------------------------- readers


def read_cas_warning(
    rows: Iterable[dict[str, str]], added_on: str, added_by: str
) -> Iterator[JournalEntry]:
    """ShowJCR's combined CAS early-warning table: one row per journal and edition."""
    groups: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        name = _clean(row.get("journal"))
        if name:
            groups.setdefault(normalise_name(name), []).append(row)
    for group in groups.values():
        group.sort(key=lambda r: _clean(r.get("edition")))
        spellings = [_clean(r["journal"]) for r in group]
        mixed = [s for s in spellings if not s.isupper()]
        name = (mixed or spellings)[-1]
        issns = []
        for r in group:
            for col in ("fqb2025_issn_eissn", "jcr2025_issn_eissn", "issns_any_showjcr_edition"):
                issns.append(_clean(r.get(col)).replace(";", "|").replace("/", "|"))
        editions = "；".join(
            f"{_clean(r.get('edition'))} 年版{_clean(r.get('basis'))}："
            f"{_clean(r.get('level_or_reason'))}"
            for r in group
        )
        yield JournalEntry(
            name=name,
            issn=_fmt_issns(issns),
            category="warning",
            source="中国科学院国际期刊预警名单 "
                   "(ShowJCR hitfyd/ShowJCR: cas_warning_2020_2025_combined.csv)",
            reason=f"列入中国科学院文献情报中心国际期刊预警名单：{editions}",
            added_on=added_on,
            added_by=added_by,
        )


def read_spj_journals(
    rows: Iterable[dict[str, str]], added_on: str, added_by: str
) -> Iterator[JournalEntry]:
    """stop-predatory-journals ``journals.csv``: url, name, abbr."""
    for row in rows:
        name, extra, notes = clean_title(_clean(row.get("name")))
        if not name:
            continue
        aliases, note = _alias_or_note(row.get("abbr", ""))
        yield JournalEntry(
            name=name,
            aliases=extra + aliases,
            category="hijacked" if "hijack" in notes.lower() else "predatory",
            source="stop-predatory-journals (Beall 名单衍生, 2017; spj_journals.csv)",
            reason=(f"列入 stop-predatory-journals 掠夺性期刊名单；"
                    f"网站 {_clean(row.get('url'))}{note}"
                    + (f"；原名单注：{notes}" if notes else "")),
            added_on=added_on,
            added_by=added_by,
        )


def read_spj_hijacked(
    rows: Iterable[dict[str, str]], added_on: str, added_by: str
) -> Iterator[JournalEntry]:
    """stop-predatory-journals ``hijacked.csv``: the hijacker's title and site, and the
    authentic journal."""
    for row in rows:
        name, extra, notes = clean_title(_clean(row.get("hijacked")))
        if not name:
            continue
        aliases, note = _alias_or_note(row.get("hijackedabbr", ""))
        aliases = extra + aliases
        if notes:
            note += f"；原名单注：{notes}"
        sites = " ".join(
            u for u in (_clean(row.get("hijackedurl")), _clean(row.get("althijackedurl"))) if u
        )
        yield JournalEntry(
            name=name,
            aliases=aliases,
            category="hijacked",
            source="stop-predatory-journals hijacked list (2017; spj_hijacked.csv)",
            reason=(
                f"被劫持期刊：仿冒网站 {sites}；正版期刊为《{_clean(row.get('authentic'))}》"
                f" {_clean(row.get('authenticurl'))}（同名正版论文不属违规，需核对发表网站）{note}"
            ),
            added_on=added_on,
            added_by=added_by,
        )


def read_felconmar(
    rows: Iterable[dict[str, str]], added_on: str, added_by: str
) -> Iterator[JournalEntry]:
    """predatoryjournals.org scrape: Journal, Link, Since."""
    for row in rows:
        raw = _clean(row.get("Journal"))
        name, aliases, notes = clean_title(raw)
        if not name:
            continue
        star = "（原名单标注 *）" if raw.endswith("*") else ""
        if notes:
            star += f"（原名单注：{notes}）"
        yield JournalEntry(
            name=name,
            aliases=aliases,
            category="hijacked" if "hijack" in notes.lower() else "predatory",
            source=f"predatoryjournals.org ({_clean(row.get('Since'))[:10]}; "
                   "felconmar_predatory_journal.csv)",
            reason=(
                f"列入 predatoryjournals.org 掠夺性期刊名单{star}；网站 {_clean(row.get('Link'))}；"
                "注意：该名单争议较大，约 650 种期刊同时被正规数据库收录，"
                "宜结合 ISSN 与其他证据判断"
            ),
            added_on=added_on,
            added_by=added_by,
        )


#: DOAJ removal reasons an admin might choose to import; none is in the default list.
DOAJ_REASONS_DEFAULT: tuple[str, ...] = ()


def read_doaj_withdrawn(
    rows: Iterable[dict[str, str]],
    added_on: str,
    added_by: str,
    reasons: Iterable[str] = ("best practice",),
    category: str = "warning",
) -> Iterator[JournalEntry]:
    """DOAJ withdrawn journals (title, publisher, issn, issn_l, issns, date_removed, reason).

    Only rows whose reason contains one of ``reasons`` (case-insensitive) are read:
    inactive journals, broken websites or non-OA journals are not suspect.
    """
    wanted = [r.lower() for r in reasons]
    for row in rows:
        why = _clean(row.get("reason"))
        name = _clean(row.get("title"))
        if not name or not any(w in why.lower() for w in wanted):
            continue
        publisher = _clean(row.get("publisher"))
        yield JournalEntry(
            name=name,
            issn=_fmt_issns([_clean(row.get("issn")), _clean(row.get("issns"))]),
            category=category,
            source="DOAJ withdrawn journals (CC BY-SA 4.0)",
            reason=f"DOAJ 于 {_clean(row.get('date_removed'))} 撤销收录，原因：{why}"
            + (f"；出版者 {publisher}" if publisher else ""),
            added_on=added_on,
            added_by=added_by,
        )


def read_cn_pages(
    rows: Iterable[dict[str, str]], added_on: str, added_by: str
) -> Iterator[JournalEntry]:
    """Illegal journals reported on Chinese web pages (claimed_title, claimed_issn, claimed_cn,
    why, source).

    Rows without a real title (``(unnamed ...)``) describe a legitimate
    publication's stolen number and are skipped: see the module docstring.
    """
    for row in rows:
        name = _clean(row.get("claimed_title"))
        if not name or name.startswith("("):
            continue
        cn = _clean(row.get("claimed_cn"))
        yield JournalEntry(
            name=name,
            issn=_fmt_issns([_clean(row.get("claimed_issn"))]),
            cn=cn_serial.format(cn) if cn_serial.is_valid(cn) else cn,
            category="illegal",
            source=f"中文网页公布的非法期刊 ({_clean(row.get('source'))})",
            reason=f"非法期刊：{_clean(row.get('why_invalid_or_suspect'))}",
            added_on=added_on,
            added_by=added_by,
        )


def read_canonical(
    rows: Iterable[dict[str, str]], added_on: str, added_by: str
) -> Iterator[JournalEntry]:
    """Our own columns (name, aliases, issn, cn, category, source, reason, added_on, added_by)."""
    for row in rows:
        entry = JournalEntry.from_row(row)
        if not entry.added_on or not entry.added_by:
            entry = JournalEntry(
                **{
                    **entry.row(),
                    "aliases": entry.aliases,
                    "added_on": entry.added_on or added_on,
                    "added_by": entry.added_by or added_by,
                }
            )
        yield entry


#: Formats an admin can import: name → (reader, the published file it was written for).
SOURCES: dict[str, tuple[Reader, str]] = {
    "canonical": (read_canonical, ""),
    "cas_warning": (read_cas_warning, "cas_warning_2020_2025_combined.csv"),
    "spj_journals": (read_spj_journals, "spj_journals.csv"),
    "spj_hijacked": (read_spj_hijacked, "spj_hijacked.csv"),
    "felconmar": (read_felconmar, "felconmar_predatory_journal.csv"),
    "doaj_withdrawn": (read_doaj_withdrawn, "doaj_withdrawn_enriched.csv"),
    "cn_pages": (read_cn_pages, "cn_illegal_examples_from_pages.csv"),
}

#: The published lists recommended for import (blacklists/README.md), most authoritative first.
RECOMMENDED = ("cn_pages", "cas_warning", "spj_hijacked", "spj_journals", "felconmar")
#: Merge order of files imported together: the admin's own rows, then the most authoritative
#: source first (its category wins where two sources name the same journal).
PRECEDENCE = ("canonical", *RECOMMENDED, "doaj_withdrawn")


# --------------------------------------------------------------------------- build


def _tidy(entry: JournalEntry) -> JournalEntry:
    """The entry as it will read back from the file (cells stripped)."""
    return JournalEntry.from_row(entry.row())


def merge(entries: Iterable[JournalEntry]) -> list[JournalEntry]:
    """One row per journal: same normalised name (hijacked rows kept apart), sources joined.

    Rows arrive most authoritative source first, so the first row's category wins.
    Two rows with the same name but disjoint ISSNs are different journals and stay apart.
    """
    merged: dict[tuple[str, str], JournalEntry] = {}
    order: list[tuple[str, str]] = []
    for entry in map(_tidy, entries):
        norm = normalise_name(entry.name)
        key = (norm, "hijacked" if entry.category == "hijacked" else "")
        old = merged.get(key)
        if old is not None and old.issns and entry.issns and set(old.issns).isdisjoint(entry.issns):
            key = (norm + "|" + entry.issn, key[1])
            old = merged.get(key)
        if old is None:
            merged[key] = entry
            order.append(key)
            continue
        aliases = list(old.aliases)
        for title in (entry.name, *entry.aliases):
            if normalise_name(title) != norm and title not in aliases:
                aliases.append(title)
        merged[key] = JournalEntry(
            name=old.name,
            aliases=tuple(aliases),
            issn=_fmt_issns([old.issn, entry.issn]),
            cn=old.cn or entry.cn,
            category=old.category,
            source=old.source if entry.source in old.source else f"{old.source}; {entry.source}",
            reason=old.reason if entry.reason in old.reason else f"{old.reason} || {entry.reason}",
            added_on=old.added_on,
            added_by=old.added_by,
        )
    return [_tidy(merged[k]) for k in order]


def _xlsx_rows(path: Path) -> Iterator[tuple[object, ...]]:
    import openpyxl

    book = openpyxl.load_workbook(checked_xlsx(path), read_only=True, data_only=True)
    try:
        yield from book.worksheets[0].iter_rows(values_only=True)
    finally:
        book.close()


def read_rows(path: Path | str) -> list[dict[str, str]]:
    """Rows of a published file (any header) as dicts: CSV (UTF-8, else GB18030) or XLSX."""
    path = Path(path)
    if not path.is_file():
        raise BlacklistError(f"{path}: file not found")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        values = _xlsx_rows(path)
        header = [str(h or "").strip() for h in next(values, ())]
        return [{h: ("" if c is None else str(c)) for h, c in zip(header, row)} for row in values]
    return list(csv.DictReader(io.StringIO(table_text(path), newline="")))


def _header(path: Path) -> list[str]:
    if not path.is_file():
        raise BlacklistError(f"{path}: file not found")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        first = next(_xlsx_rows(path), ())
    else:
        first = next(csv.reader(io.StringIO(table_text(path), newline="")), [])
    return [str(h or "").strip() for h in first]


# Header columns that identify each format (all must be present).
_SIGNATURES: tuple[tuple[str, frozenset[str]], ...] = (
    ("canonical", frozenset(COLUMNS) - {"aliases", "added_on", "added_by"}),
    ("cas_warning", frozenset({"edition", "journal", "level_or_reason"})),
    ("spj_hijacked", frozenset({"hijacked", "authentic"})),
    ("felconmar", frozenset({"Journal", "Link", "Since"})),
    ("doaj_withdrawn", frozenset({"title", "date_removed", "reason"})),
    ("cn_pages", frozenset({"claimed_title", "claimed_cn"})),
    ("cnki", frozenset({"期刊名称", "曾用刊名"})),
    ("cssci", frozenset({"title", "former_titles", "cn"})),
    ("spj_metrics", frozenset({"url", "alturl", "name", "abbr"})),
)


def detect(path: Path | str) -> str:
    """The format of a published file, from its header (and, for the two stop-predatory-journals
    files that share one header, its name): a key of :data:`SOURCES` or :data:`REGISTRIES`,
    or ``spj_publishers`` / ``spj_metrics`` (not journals). Raises BlacklistError when unknown."""
    path = Path(path)
    header = {h.lower() for h in _header(path)}
    for fmt, columns in _SIGNATURES:
        if {c.lower() for c in columns} <= header:
            return fmt
    if {"url", "name", "abbr"} <= header:
        # journals.csv and publishers.csv have one header; publishers.csv ends with a comma.
        return ("spj_publishers" if "publisher" in path.name.lower() or "" in header
                else "spj_journals")
    raise BlacklistError(
        f"{path}: format not recognised from its header ({', '.join(sorted(header)) or 'none'}); "
        f"name it with --format ({', '.join(SOURCES)})"
    )


def build(data: Path, added_on: str | None = None,
          added_by: str = "import") -> tuple[list[JournalEntry], list[str]]:
    """The list an admin gets by importing the recommended published files found in ``data``
    together into an empty list, and notes on those missing."""
    added_on = added_on or _dt.date.today().isoformat()
    entries: list[JournalEntry] = []
    missing: list[str] = []
    for fmt in RECOMMENDED:
        reader, filename = SOURCES[fmt]
        path = Path(data) / filename
        if not path.exists():
            missing.append(f"{fmt}: {path} not found, skipped")
            continue
        entries.extend(reader(read_rows(path), added_on, added_by))
    return merge(entries), missing


def read_registry(path: Path | str, fmt: str | None = None) -> list[str]:
    """Titles and former titles of the legitimate journals a registry file lists (CNKI or
    CSSCI catalogue; ``fmt`` detected from the header when not given)."""
    fmt = fmt or detect(path)
    if fmt not in REGISTRIES:
        raise BlacklistError(
            f"{path}: not a registry of legitimate journals ({fmt}); "
            f"registries: {', '.join(REGISTRIES)}"
        )
    title, former, _ = REGISTRIES[fmt]
    titles: list[str] = []
    for row in read_rows(path):
        for value in [row.get(title) or "", *(row.get(former) or "").split(";")]:
            if value.strip():
                titles.append(value.strip())
    return titles


def build_registry(data: Path) -> list[str]:
    """The registry an admin gets by importing the CNKI and CSSCI catalogues found in ``data``:
    their titles and former titles, sorted."""
    titles: set[str] = set()
    for fmt, (_, _, filename) in REGISTRIES.items():
        path = Path(data) / filename
        if path.is_file():
            titles.update(read_registry(path, fmt))
    return sorted(titles)
