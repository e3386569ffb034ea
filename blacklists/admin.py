"""Admin operations on a suspect-journal list: add, remove, import, export, list, find, history.

The list is evidence that can cost an applicant their review, so every change
is checked before it is saved and recorded after: who, when, why, the row
before and after, and the list's version. The record is an append-only JSON
Lines file beside the list (``suspect_journals.changes.jsonl`` for
``suspect_journals.csv``), one object per change:

    {"version": 3, "at": "2024-07-01T10:00:00+08:00", "who": "wang", "action": "remove",
     "why": "...", "before": {...row...}, "after": null, "sha256": "<list version after>"}

``version`` counts changes (1, 2, 3 ...); ``sha256`` is
:attr:`pipeline.journals.Blacklist.version` of the list after the change, the
hash runs store with their results. A removed row is gone from the list but not
from the record, so ``history`` still shows when and why it was listed.

On entry, ISSN check digits and CN formats are checked, and exact duplicates
(same normalised name or alias, same ISSN, same CN) and near duplicates (names
one edit apart) are reported *before* anything is written; ``force`` overrides
with the override recorded. Messages to admins are Chinese; code and logs English.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as _dt
import getpass
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.distance import OSA

from pipeline.atomic import atomic_write
from pipeline.errors import BlacklistError
from pipeline.identifiers import cn_serial
from pipeline.journals import (
    CATEGORIES,
    COLUMNS,
    JournalEntry,
    JournalMatch,
    JournalRef,
    compact_issns,
    normalise_name,
    version_of,
)

from . import (
    Problem,
    check_entry,
    known_titles,
    read_entries,
    read_rows,
    site_list,
    site_registry,
    validate,
)

__all__ = [
    "Change",
    "DuplicateEntry",
    "add",
    "current_version",
    "export",
    "find",
    "history",
    "import_file",
    "import_files",
    "import_registry",
    "list_entries",
    "log_path",
    "register_cli",
    "remove",
    "write_entries",
]


class DuplicateEntry(BlacklistError):
    """An entry would duplicate or nearly duplicate rows already on the list."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(message)


@dataclass(frozen=True)
class Change:
    """One recorded change (a line of the change log)."""

    version: int
    at: str
    who: str
    action: str
    why: str
    before: dict[str, str] | None = None
    after: dict[str, str] | None = None
    sha256: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> str:
        data = {
            "version": self.version,
            "at": self.at,
            "who": self.who,
            "action": self.action,
            "why": self.why,
            "before": self.before,
            "after": self.after,
            "sha256": self.sha256,
        }
        data.update(self.extra)
        return json.dumps(data, ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_json(cls, line: str) -> Change:
        data = json.loads(line)
        known = {
            k: data.pop(k, None)
            for k in ("version", "at", "who", "action", "why", "before", "after", "sha256")
        }
        return cls(
            version=int(known["version"] or 0),
            at=known["at"] or "",
            who=known["who"] or "",
            action=known["action"] or "",
            why=known["why"] or "",
            before=known["before"],
            after=known["after"],
            sha256=known["sha256"] or "",
            extra=data,
        )


# --------------------------------------------------------------------------- files


def log_path(list_path: Path | str) -> Path:
    """The change log that belongs to a list file."""
    path = Path(list_path)
    return path.with_name(path.stem + ".changes.jsonl")


def _now() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _who(who: str | None) -> str:
    if who:
        return who
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001  # pragma: no cover - no user database in some containers
        return "unknown"


def write_entries(path: Path | str, entries: Iterable[JournalEntry]) -> None:
    """Write a list (CSV: UTF-8, ``\\n``; XLSX: first sheet), atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)  # the site's folder, on the first import
    entries = list(entries)
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "suspect_journals"
        sheet.append(list(COLUMNS))
        for entry in entries:
            row = entry.row()
            sheet.append([row[c] for c in COLUMNS])
        with atomic_write(path, private=False) as handle:
            book.save(handle)
    else:
        with atomic_write(path, "w", private=False, encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
            writer.writeheader()
            for entry in entries:
                writer.writerow(entry.row())


@contextlib.contextmanager
def _locked(list_path: Path) -> Iterator[None]:
    """Serialise changes to one list (two admins saving at once must not lose a change)."""
    digest = hashlib.sha1(str(list_path.resolve()).encode("utf-8")).hexdigest()[:16]
    lock = (
        Path(tempfile.gettempdir()) / f"credcheck-blacklist-{digest}.lock"
    )  # not beside the list: no clutter
    with open(lock, "a+") as handle:
        try:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - Windows: best effort
            pass
        yield


def _read_log(path: Path) -> list[Change]:
    if not path.exists():
        return []
    changes = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    changes.append(Change.from_json(line))
                except (ValueError, TypeError) as exc:
                    raise BlacklistError(
                        f"{path} line {number}: not a change record ({exc})"
                    ) from None
    return changes


def current_version(list_path: Path | str | None = None, log: Path | str | None = None) -> int:
    """The number of recorded changes (0 for a list never changed through admin)."""
    changes = _read_log(Path(log) if log else log_path(list_path or site_list()))
    return changes[-1].version if changes else 0


def _record(
    list_path: Path,
    log: Path | None,
    action: str,
    who: str | None,
    why: str,
    entries: list[JournalEntry],
    before: dict[str, str] | None = None,
    after: dict[str, str] | None = None,
    **extra: object,
) -> Change:
    log = log or log_path(list_path)
    change = Change(
        version=current_version(list_path, log) + 1,
        at=_now(),
        who=_who(who),
        action=action,
        why=why,
        before=before,
        after=after,
        sha256=version_of(entries),
        extra=dict(extra),
    )
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(change.to_json() + "\n")
    return change


# --------------------------------------------------------------------------- checks


def _duplicates_of(entry: JournalEntry, existing: list[JournalEntry]) -> list[Problem]:
    """Rows of ``existing`` that ``entry`` would duplicate (exact) or nearly duplicate (one
    edit)."""
    out: list[Problem] = []
    titles = {normalise_name(t) for t in entry.titles} - {""}
    issns = set(entry.issns)
    cns = {cn_serial.key(p) for p in entry.cn.split("|") if cn_serial.key(p)}
    for i, other in enumerate(existing):
        row = i + 2
        other_titles = {normalise_name(t) for t in other.titles} - {""}
        if titles & other_titles:
            out.append(
                Problem(
                    row,
                    "name",
                    f"与第 {row} 行《{other.name}》刊名重复 (exact duplicate name)",
                    "error",
                )
            )
            continue
        shared = issns & set(other.issns)
        if shared:
            issn = next(iter(shared))
            out.append(
                Problem(
                    row,
                    "issn",
                    f"ISSN {issn[:4]}-{issn[4:]} 已属第 {row} 行《{other.name}》",
                    "error",
                )
            )
            continue
        other_cns = {cn_serial.key(p) for p in other.cn.split("|") if cn_serial.key(p)}
        if cns & other_cns:
            out.append(
                Problem(
                    row,
                    "cn",
                    f"CN {next(iter(cns & other_cns))} 已属第 {row} 行《{other.name}》",
                    "error",
                )
            )
            continue
        for a in titles:
            if len(a) < 6:
                continue
            if any(
                abs(len(a) - len(b)) <= 1 and OSA.distance(a, b, score_cutoff=1) <= 1
                for b in other_titles
            ):
                out.append(
                    Problem(
                        row,
                        "name",
                        f"与第 {row} 行《{other.name}》刊名仅差一字 (near duplicate)",
                        "warning",
                    )
                )
                break
    return out


def _check_new(entry: JournalEntry, existing: list[JournalEntry], force: bool) -> list[Problem]:
    """Refuse an entry with errors or duplicates unless forced; return what was overridden."""
    problems = check_entry(entry, None) + _duplicates_of(entry, existing)
    # On entry every malformed number is refused, whatever the category: a fake's
    # bogus printed number can still be recorded, but deliberately (force).
    problems = [
        Problem(
            p.row, p.field, p.message, "error" if p.field in ("issn", "cn") else p.severity, p.file
        )
        for p in problems
    ]
    if problems and not force:
        lines = "\n  ".join(str(p) for p in problems)
        raise DuplicateEntry(
            f"《{entry.name}》未保存 (not saved):\n  {lines}\n"
            f"核实后可用 --force 强制保存 (use --force to save anyway)",
            problems,
        )
    return problems


# --------------------------------------------------------------------------- operations


def add(
    list_path: Path | str,
    entry: JournalEntry,
    *,
    who: str | None = None,
    why: str,
    force: bool = False,
    log: Path | str | None = None,
) -> Change:
    """Add one entry; refuses malformed numbers and duplicates unless ``force``."""
    if not why.strip():
        raise BlacklistError("a reason (why) is required for every change / 每次修改都须说明理由")
    list_path = Path(list_path)
    with _locked(list_path):
        existing = read_entries(list_path, strict=False) if list_path.exists() else []
        entry = JournalEntry(
            **{
                **entry.row(),
                "aliases": entry.aliases,
                "added_on": entry.added_on or _dt.date.today().isoformat(),
                "added_by": entry.added_by or _who(who),
            }
        )
        overridden = _check_new(entry, existing, force)
        entries = existing + [entry]
        write_entries(list_path, entries)
        return _record(
            list_path,
            Path(log) if log else None,
            "add",
            who,
            why,
            entries,
            after=entry.row(),
            **({"forced": [str(p) for p in overridden]} if overridden else {}),
        )


def _select(entries: list[JournalEntry], key: str) -> list[int]:
    """Rows a key names: an ISSN, a CN number, or a name/alias (normalised)."""
    issns = compact_issns(key)
    if issns:
        return [i for i, e in enumerate(entries) if set(issns) & set(e.issns)]
    serial = cn_serial.key(key)
    if serial and any(ch.isdigit() for ch in key[:4] + key[-6:]):
        hits = [
            i
            for i, e in enumerate(entries)
            if any(cn_serial.key(p) == serial for p in e.cn.split("|"))
        ]
        if hits:
            return hits
    norm = normalise_name(key)
    return [i for i, e in enumerate(entries) if norm in {normalise_name(t) for t in e.titles}]


def remove(
    list_path: Path | str,
    key: str,
    *,
    who: str | None = None,
    why: str,
    log: Path | str | None = None,
) -> Change:
    """Remove the one entry ``key`` (name, alias, ISSN or CN) names; its history stays in the
    log."""
    if not why.strip():
        raise BlacklistError("a reason (why) is required for every change / 每次修改都须说明理由")
    list_path = Path(list_path)
    with _locked(list_path):
        entries = read_entries(list_path, strict=False)
        hits = _select(entries, key)
        if not hits:
            raise BlacklistError(f"名单中没有 {key!r} (no entry matches {key!r})")
        if len(hits) > 1:
            names = "、".join(f"第 {i + 2} 行《{entries[i].name}》" for i in hits)
            raise BlacklistError(
                f"{key!r} 对应多条记录：{names}；请用更具体的刊名或 ISSN (ambiguous)"
            )
        gone = entries.pop(hits[0])
        write_entries(list_path, entries)
        return _record(
            list_path, Path(log) if log else None, "remove", who, why, entries, before=gone.row()
        )


#: Formats a file is never imported as unless the admin names the format: why.
_NOT_BY_DEFAULT = {
    "doaj_withdrawn": "DOAJ withdrawals name no misconduct and include legitimate Chinese journals "
                      "(blacklists/README.md); import them deliberately with "
                      "--format doaj_withdrawn",
    "spj_publishers": "a list of publishers, not journals: the matcher only sees a journal's "
                      "title, ISSN and CN",
    "spj_metrics": "a list of fake metrics services, not journals",
    "cnki": "a registry of legitimate journals: "
            "import it with `credcheck blacklist import-registry`",
    "cssci": "a registry of legitimate journals: "
             "import it with `credcheck blacklist import-registry`",
}


def import_files(
    list_path: Path | str | None,
    sources: Iterable[Path | str],
    *,
    fmt: str | None = None,
    who: str | None = None,
    why: str,
    force: bool = False,
    dry_run: bool = False,
    category: str | None = None,
    log: Path | str | None = None,
) -> tuple[list[JournalEntry], list[Problem], Change | None]:
    """Import the rows of one or more files, in our columns or published lists' formats, into
    the list at ``list_path`` (default: the site's, created on the first import).

    ``fmt`` is one of :data:`blacklists.published.SOURCES` (``canonical``, ``cas_warning``,
    ``spj_journals``, ``spj_hijacked``, ``felconmar``, ``doaj_withdrawn``, ``cn_pages``) for
    every file; without it each file's format is told from its header
    (:func:`blacklists.published.detect`), and files that are not suspect lists (registries,
    publishers) or not recommended (DOAJ withdrawals) are refused with the reason. Files
    imported together are merged as one list (same normalised title: one row, sources
    joined, the most authoritative source's category: :data:`~blacklists.published.PRECEDENCE`);
    incoming rows that exactly duplicate rows already on the list are skipped and reported;
    rows with errors stop the import unless ``force``. Returns (entries added, problems
    found, change recorded or None for a dry run or when nothing was added).
    """
    from .published import PRECEDENCE, SOURCES, detect, merge
    from .published import read_rows as read_published

    if not why.strip():
        raise BlacklistError("a reason (why) is required for every change / 每次修改都须说明理由")
    if fmt is not None and fmt not in SOURCES:
        raise BlacklistError(f"unknown import format {fmt!r}; use one of {', '.join(SOURCES)}")
    list_path = Path(list_path) if list_path is not None else site_list()
    files = [(Path(source), fmt or detect(source)) for source in sources]
    if not files:
        raise BlacklistError("no file to import")
    refused = [f"{path}: {_NOT_BY_DEFAULT[f]}" for path, f in files
               if fmt is None and f in _NOT_BY_DEFAULT]
    if refused:
        raise BlacklistError("导入未执行 (import refused):\n  " + "\n  ".join(refused))
    files.sort(key=lambda item: PRECEDENCE.index(item[1]))  # stable: the admin's order otherwise
    today, user = _dt.date.today().isoformat(), _who(who)
    raw: list[JournalEntry] = []
    for path, f in files:
        rows = read_rows(path) if f == "canonical" else read_published(path)
        raw.extend(SOURCES[f][0](rows, today, user))
    incoming = merge(raw)
    if category:
        if category not in CATEGORIES:
            raise BlacklistError(
                f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}"
            )
        incoming = [
            JournalEntry(**{**e.row(), "aliases": e.aliases, "category": category})
            for e in incoming
        ]
    where = str(files[0][0]) if len(files) == 1 else f"{len(files)} 个文件合并后 (the files merged)"
    problems = [
        Problem(p.row, p.field, p.message, p.severity, where) for p in validate(incoming)
    ]
    errors = [p for p in problems if p.severity == "error"]
    if errors and not force:
        lines = "\n  ".join(str(p) for p in errors[:20])
        more = f"\n  ... 共 {len(errors)} 个错误" if len(errors) > 20 else ""
        raise BlacklistError(f"{where}: 导入未执行 (import refused):\n  {lines}{more}")
    with _locked(list_path):
        existing = read_entries(list_path, strict=False) if list_path.exists() else []
        added: list[JournalEntry] = []
        for entry in incoming:
            # Against the saved list only: rows imported together were merged above, and two
            # of them may rightly share a title (a hijacked and a predatory namesake) or a number.
            dups = [p for p in _duplicates_of(entry, existing) if p.severity == "error"]
            if dups:
                problems.append(
                    Problem(
                        None,
                        dups[0].field,
                        f"《{entry.name}》跳过 (skipped): {dups[0].message}",
                        "warning",
                        where,
                    )
                )
                continue
            added.append(entry)
        if dry_run or not added:
            return added, problems, None
        entries = existing + added
        write_entries(list_path, entries)
        change = _record(
            list_path,
            Path(log) if log else None,
            "import",
            who,
            why,
            entries,
            rows=len(added),
            source=", ".join(str(path) for path, _ in files),
            format=",".join(dict.fromkeys(f for _, f in files)),
            added=[e.row() for e in added],
            skipped=len(incoming) - len(added),
        )
        return added, problems, change


def import_file(
    list_path: Path | str | None,
    source: Path | str,
    *,
    fmt: str | None = "canonical",
    **options: object,
) -> tuple[list[JournalEntry], list[Problem], Change | None]:
    """Import one file (``fmt`` None: told from its header); see :func:`import_files`."""
    return import_files(list_path, [source], fmt=fmt, **options)  # type: ignore[arg-type]


def import_registry(
    sources: Iterable[Path | str],
    registry: Path | str | None = None,
    *,
    fmt: str | None = None,
    replace: bool = False,
) -> tuple[int, int]:
    """Add the titles and former titles of the legitimate journals that registry files list
    (the CNKI and CSSCI catalogues; ``fmt`` told from each header when not given) to the
    site's registry (``$CREDCHECK_HOME/known_journals.txt``, or ``registry``), one a line,
    sorted. With ``replace``, the registry holds only these files' titles.
    Returns (titles in the registry now, titles new to it)."""
    from .published import read_registry

    registry = Path(registry) if registry is not None else site_registry()
    titles: set[str] = set()
    for source in sources:
        titles.update(read_registry(source, fmt))
    if not titles:
        raise BlacklistError("no journal titles in the given files")
    before = set() if replace else set(known_titles(registry))
    after = before | titles
    registry.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(registry, "w", private=False, encoding="utf-8") as handle:
        handle.write("".join(f"{t}\n" for t in sorted(after)))
    return len(after), len(after - before)


def export(list_path: Path | str, dest: Path | str, *, category: str | None = None) -> int:
    """Write the list (or one category) to ``dest``: ``.csv`` (UTF-8 with BOM, for Excel) or
    ``.xlsx``."""
    entries = list_entries(list_path, category=category)
    dest = Path(dest)
    if dest.suffix.lower() == ".xlsx":
        write_entries(dest, entries)
    else:
        with atomic_write(dest, "w", private=False, encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\r\n")
            writer.writeheader()
            for entry in entries:
                writer.writerow(entry.row())
    return len(entries)


def list_entries(
    list_path: Path | str | None = None, *, category: str | None = None
) -> list[JournalEntry]:
    """The entries, optionally of one category."""
    entries = read_entries(list_path or site_list(), strict=False)
    return [e for e in entries if category is None or e.category == category]


def find(list_path: Path | str, query: str, *, fuzzy_min: float = 92.0) -> list[JournalMatch]:
    """What the matcher says about ``query`` (a name, an ISSN or a CN number)."""
    from . import load

    blacklist = load(list_path)
    if compact_issns(query) and len(normalise_name(query)) <= 13:
        ref = JournalRef(issn=query)
    elif cn_serial.key(query) and len(normalise_name(query)) <= 12:
        ref = JournalRef(cn=query)
    else:
        ref = JournalRef(name=query)
    return blacklist.match(ref, fuzzy_min=fuzzy_min)


def history(
    list_path: Path | str | None = None, key: str | None = None, *, log: Path | str | None = None
) -> list[Change]:
    """Recorded changes, oldest first; with ``key``, those touching that name/alias/ISSN/CN."""
    changes = _read_log(Path(log) if log else log_path(list_path or site_list()))
    if key is None:
        return changes
    out = []
    for change in changes:
        rows = [r for r in (change.before, change.after) if r]
        rows += [r for r in change.extra.get("added", []) if isinstance(r, dict)]
        entries = [JournalEntry.from_row(r) for r in rows]
        if entries and _select(entries, key):
            out.append(change)
    return out


# --------------------------------------------------------------------------- CLI


def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``blacklist add|remove|import|import-registry|export|list|find|history|check`` to a CLI.

    Each action sets ``func`` (args -> exit code) on the namespace; the caller
    runs ``sys.exit(args.func(args))``.
    """
    parser = subparsers.add_parser(
        "blacklist", help="维护可疑期刊名单 (maintain the suspect-journal list)"
    )
    parser.add_argument(
        "--list",
        dest="list_path",
        type=Path,
        default=None,
        help="名单文件 .csv/.xlsx (default: the site's list, $CREDCHECK_HOME/suspect_journals.csv)",
    )
    parser.add_argument(
        "--log", type=Path, default=None, help="变更记录 (default: <list>.changes.jsonl)"
    )
    actions = parser.add_subparsers(dest="blacklist_action", required=True)

    p = actions.add_parser("add", help="新增一条 (add an entry)")
    p.add_argument("--name", required=True)
    p.add_argument("--alias", action="append", default=[])
    p.add_argument("--issn", default="")
    p.add_argument("--cn", default="")
    p.add_argument("--category", required=True, choices=list(CATEGORIES))
    p.add_argument("--source", required=True, help="依据来源 (where this comes from)")
    p.add_argument("--reason", default="", help="列入理由 (shown to reviewers)")
    p.add_argument("--why", required=True, help="本次修改的理由 (recorded in the change log)")
    p.add_argument("--who", default=None)
    p.add_argument("--force", action="store_true", help="保存有疑问的条目 (save despite problems)")
    p.set_defaults(func=_cli_add)

    p = actions.add_parser("remove", help="删除一条，保留历史 (remove an entry, keep its history)")
    p.add_argument("key", help="刊名、ISSN 或 CN")
    p.add_argument("--why", required=True)
    p.add_argument("--who", default=None)
    p.set_defaults(func=_cli_remove)

    from .published import REGISTRIES, SOURCES

    p = actions.add_parser(
        "import",
        help="从文件导入，可一次导入多份公开名单 (import files: our columns or published lists)",
    )
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument(
        "--format", dest="fmt", default=None, choices=list(SOURCES),
        help="the files' format (default: told from each file's header)",
    )
    p.add_argument(
        "--category", default=None, choices=list(CATEGORIES), help="覆盖类别 (override category)"
    )
    p.add_argument("--why", required=True)
    p.add_argument("--who", default=None)
    p.add_argument("--force", action="store_true")
    p.add_argument("--dry-run", action="store_true", help="只检查不保存 (check only)")
    p.set_defaults(func=_cli_import)

    p = actions.add_parser(
        "import-registry",
        help="导入正规期刊目录 (import the CNKI / CSSCI catalogues: legitimate titles)",
    )
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--format", dest="fmt", default=None, choices=list(REGISTRIES))
    p.add_argument(
        "--registry", type=Path, default=None,
        help="registry file (default: $CREDCHECK_HOME/known_journals.txt)",
    )
    p.add_argument("--replace", action="store_true", help="只保留这些文件的刊名 (replace, not add)")
    p.set_defaults(func=_cli_import_registry)

    p = actions.add_parser("export", help="导出 .csv/.xlsx (export)")
    p.add_argument("dest", type=Path)
    p.add_argument("--category", default=None, choices=list(CATEGORIES))
    p.set_defaults(func=_cli_export)

    p = actions.add_parser("list", help="列出条目 (list entries)")
    p.add_argument("--category", default=None, choices=list(CATEGORIES))
    p.set_defaults(func=_cli_list)

    p = actions.add_parser("find", help="查询刊名/ISSN/CN 是否在名单中 (look a journal up)")
    p.add_argument("query")
    p.add_argument("--fuzzy-min", type=float, default=92.0)
    p.set_defaults(func=_cli_find)

    p = actions.add_parser("history", help="变更记录 (change history)")
    p.add_argument("key", nargs="?", default=None, help="刊名、ISSN 或 CN (default: all changes)")
    p.set_defaults(func=_cli_history)

    p = actions.add_parser("check", help="检查名单文件 (validate a list file)")
    p.add_argument("file", type=Path, nargs="?", default=None)
    p.set_defaults(func=_cli_check)
    return parser


def _guard(func):
    def run(args: argparse.Namespace) -> int:
        try:
            if hasattr(args, "list_path") and args.list_path is None:
                args.list_path = site_list()
            if getattr(func, "needs_list", False) and not Path(args.list_path).exists():
                raise BlacklistError(_no_list(Path(args.list_path)))
            return func(args)
        except BlacklistError as exc:
            print(f"错误 (error): {exc}", file=sys.stderr)
            return int(exc.exit_code)

    return run


def _needs_list(func):
    """Mark an action that reads the list: on a list not imported yet it says so."""
    func.needs_list = True
    return func


def _no_list(path: Path) -> str:
    if path == site_list():
        return (f"{path}: 尚未导入可疑期刊名单 (no suspect-journal list imported yet): import the "
                "published lists with `credcheck blacklist import FILE...` "
                "(README: the suspect-journal list)")
    return f"{path}: file not found"


def _rescreen_hint(args: argparse.Namespace) -> None:
    """After a change: stored results were checked against the old list until re-screened."""
    option = "" if Path(args.list_path) == site_list() else f" --blacklist {args.list_path}"
    print(f"提示：已保存的核查结果仍按旧名单；运行 `credcheck rescreen{option}` 重新核查期刊规则"
          "（不重新识别），定时任务（credcheck serve）会自动执行。")


@_guard
def _cli_add(args: argparse.Namespace) -> int:
    entry = JournalEntry(
        name=args.name.strip(),
        aliases=tuple(a.strip() for a in args.alias if a.strip()),
        issn=args.issn.strip(),
        cn=args.cn.strip(),
        category=args.category,
        source=args.source.strip(),
        reason=args.reason.strip(),
    )
    change = add(args.list_path, entry, who=args.who, why=args.why, force=args.force, log=args.log)
    print(f"已新增《{entry.name}》；名单版本 {change.version} (sha256 {change.sha256[:12]})")
    for line in change.extra.get("forced", []):
        print(f"  已强制保存，问题：{line}")
    _rescreen_hint(args)
    return 0


@_guard
@_needs_list
def _cli_remove(args: argparse.Namespace) -> int:
    change = remove(args.list_path, args.key, who=args.who, why=args.why, log=args.log)
    print(
        f"已删除《{(change.before or {}).get('name', '')}》（历史记录保留）；"
        f"名单版本 {change.version}"
    )
    _rescreen_hint(args)
    return 0


@_guard
def _cli_import(args: argparse.Namespace) -> int:
    added, problems, change = import_files(
        args.list_path,
        args.files,
        fmt=args.fmt,
        who=args.who,
        why=args.why,
        force=args.force,
        dry_run=args.dry_run,
        category=args.category,
        log=args.log,
    )
    for problem in problems:
        print(f"  [{problem.severity}] {problem}")
    if change is None:
        print(f"{'（试运行）' if args.dry_run else ''}可导入 {len(added)} 条，未保存")
    else:
        print(f"已导入 {len(added)} 条；名单版本 {change.version} (sha256 {change.sha256[:12]})")
        _rescreen_hint(args)
    return 0


@_guard
def _cli_import_registry(args: argparse.Namespace) -> int:
    registry = args.registry or site_registry()
    total, new = import_registry(args.files, registry, fmt=args.fmt, replace=args.replace)
    print(f"正规期刊目录 {registry}：共 {total} 个刊名（新增 {new}）"
          f"(registry: {total} titles, {new} new)")
    if new:
        print("提示：已保存的核查结果按旧目录匹配；"
              "运行 `credcheck rescreen --force` 重新核查期刊规则。")
    return 0


@_guard
@_needs_list
def _cli_export(args: argparse.Namespace) -> int:
    count = export(args.list_path, args.dest, category=args.category)
    print(f"已导出 {count} 条到 {args.dest}")
    return 0


@_guard
@_needs_list
def _cli_list(args: argparse.Namespace) -> int:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["name", "issn", "cn", "category", "source"])
    for entry in list_entries(args.list_path, category=args.category):
        writer.writerow([entry.name, entry.issn, entry.cn, entry.category, entry.source])
    return 0


@_guard
@_needs_list
def _cli_find(args: argparse.Namespace) -> int:
    matches = find(args.list_path, args.query, fuzzy_min=args.fuzzy_min)
    if not matches:
        print(f"{args.query!r}: 未在名单中找到 (not on the list)")
        return 0
    for match in matches:
        e = match.entry
        print(
            f"{match.how}\t{match.score:.0f}\t{e.name}\t{e.issn}\t{e.cn}\t{e.category}\t{match.detail}"
        )
    return 0


@_guard
@_needs_list
def _cli_history(args: argparse.Namespace) -> int:
    for change in history(args.list_path, args.key, log=args.log):
        row = change.after or change.before or {}
        subject = row.get("name") or f"{change.extra.get('rows', '')} 条" + (
            f" ← {change.extra['source']}" if change.extra.get("source") else ""
        )
        print(
            f"v{change.version}\t{change.at}\t{change.who}\t{change.action}\t{subject}\t{change.why}"
        )
    return 0


@_guard
def _cli_check(args: argparse.Namespace) -> int:
    path = args.file or args.list_path
    if not Path(path).exists():
        raise BlacklistError(_no_list(Path(path)))
    problems = validate(read_rows(path), file=str(path))
    for problem in problems:
        print(f"[{problem.severity}] {problem}")
    errors = sum(1 for p in problems if p.severity == "error")
    print(f"{path}: {errors} 个错误, {len(problems) - errors} 个提示")
    return 5 if errors else 0


def main(argv: list[str] | None = None) -> int:
    """``python -m blacklists.admin ...``: the same commands as ``credcheck blacklist``."""
    parser = argparse.ArgumentParser(prog="credcheck")
    register_cli(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
