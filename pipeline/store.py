"""The results store: runs, applicant results, flags and the review year's applications.

One small interface (:class:`Store`) over two backends, through SQLAlchemy Core:

- an SQLite file (embedded, the default: ``$CREDCHECK_HOME/store.sqlite``), and
- PostgreSQL by URL (``postgresql://user@host/db``) for sites where several people or
  machines run windows against one store.

What it holds:

``applications`` / ``papers`` (the year registry)
    ``DUPLICATE_APPLICATION`` and ``PAPER_SHARED`` look across every window of a review year,
    so each run registers its applications before any applicant is checked, replacing what an
    earlier run of the same window registered (re-runs are idempotent). People are keyed by a
    SHA-256 of the normalised identity number: no identity number is stored in clear here.
``windows``
    per window: its review year, folder, and the policy (name and overrides) it was run with,
    so re-screening can rebuild the rules without the window folder.
``runs``
    one row per run (``screen`` or ``rescreen``): when, by which process, the list and code
    versions, what it did (screened, reused, re-screened) and how it ended (``completed``,
    ``failed``, or ``interrupted`` when a later run finds it dead).
``results`` / ``flags``
    per applicant of a window: the input fingerprint and list version the result was made
    with, the serialised :class:`~pipeline.model.ApplicantResult` (extractions included), the
    form as uploaded, and how many times the applicant was screened. ``result`` is what the
    applicant's own rules found; ``window_flags`` what the window rules (which compare
    applicants, :mod:`pipeline.window_rules`) last found for it, kept apart because they
    change when *another* applicant changes. ``status`` and the ``flags`` table (one row per
    finding, for queries) are of both together: what applicants.csv and flags.csv show. Each
    applicant is committed on its own as soon as it is done, so a crash loses at most the
    applicants in flight.
``flag_changes``
    what each re-screen added and cleared, per applicant.
``decision_log``
    reviewers' decisions on flags, append-only: who, when, from what, to what, why, for one
    flag identity (window, applicant, code, file and the fingerprint of its evidence,
    :attr:`~pipeline.model.Flag.fingerprint`). Never edited in place: the current decision is
    the latest entry per identity (:mod:`pipeline.decisions` decides and reopens).

Faults (issue 15). Every operation of the store is one transaction, retried whole when the
database cannot be reached (PostgreSQL restarted, the network down): with exponential backoff
from :data:`RETRY_FIRST` s doubling up to :data:`RETRY_CAP` s, for at most
:data:`RETRY_SECONDS` s from the outage's first failure (``$CREDCHECK_STORE_RETRY``,
default 60; one clock for the process, not one per operation), after which
:class:`StoreUnavailable` stops the run. An SQLite store whose disk is full raises
:class:`StoreFull` at once (retrying does not free space). Either way the transaction in
flight is rolled back whole, so no applicant is ever half-stored, and what was committed stays.

The form is stored as uploaded (it holds the identity number, like the CSV outputs do): the
store is as confidential as the outputs and the window itself, and a new SQLite file is
created readable by its owner only.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from pipeline.checks._base import PaperClaim, Registration
from pipeline.errors import CredcheckError, ExitCode
from pipeline.model import ApplicantResult, Flag
from pipeline.papers import PaperIdentity
from pipeline.serialize import flag_from_dict, flag_to_dict, result_from_json, result_to_json

# 2: papers.identity (the journal and year a paper is claimed in); 3: results.window_flags;
# 4: decision_log (a new table: create_all adds it to an older store)
SCHEMA_VERSION = 4


log = logging.getLogger("credcheck.store")

#: How long store operations are retried while the database cannot be reached, in seconds from
#: the outage's first failure (first wait :data:`RETRY_FIRST`, doubling, each wait at most
#: :data:`RETRY_CAP`).
RETRY_SECONDS = float(os.environ.get("CREDCHECK_STORE_RETRY", "60"))
RETRY_FIRST = 0.5
RETRY_CAP = 8.0


class StoreError(CredcheckError):
    """The results store cannot be opened or used."""


class StoreLost(StoreError):
    """The store failed mid-run in a way the run cannot go on from (see the subclasses): the
    run stops at once; what was committed stays, the transaction in flight is rolled back."""


class StoreUnavailable(StoreLost):
    """The database stayed unreachable for the whole retry time."""

    exit_code = ExitCode.store_unavailable


class StoreFull(StoreLost):
    """The SQLite store's disk is full (or the file cannot be written)."""

    exit_code = ExitCode.store_full


def _one_line(exc: BaseException) -> str:
    return " ".join(str(getattr(exc, "orig", None) or exc).split())


def _retried(method: Callable[..., Any]) -> Callable[..., Any]:
    """A store operation (one transaction) retried whole while the database is unreachable:
    see :meth:`Store.retrying`."""

    @functools.wraps(method)
    def retried(self: Store, *args: Any, **kwargs: Any) -> Any:
        return self.retrying(method.__name__, lambda: method(self, *args, **kwargs))

    return retried


def credcheck_home() -> Path:
    """Where state kept between runs lives: $CREDCHECK_HOME, else ~/.credcheck."""
    return Path(os.environ.get("CREDCHECK_HOME") or Path.home() / ".credcheck")


def default_store_path() -> Path:
    """The store's default file: one per site, shared by every window of a year."""
    return credcheck_home() / "store.sqlite"


def default_store() -> str:
    """$CREDCHECK_STORE (a path or a postgresql:// URL), else :func:`default_store_path`."""
    return os.environ.get("CREDCHECK_STORE") or str(default_store_path())


def person_key(id_number: str) -> str:
    """A stable pseudonymous key for a person (no identity number stored in clear)."""
    return hashlib.sha256(id_number.strip().upper().encode()).hexdigest()


def store_url(location: str | Path) -> sa.URL:
    """The SQLAlchemy URL for a store location: a file path or a database URL.

    >>> store_url("/srv/credcheck/store.sqlite").render_as_string()
    'sqlite:////srv/credcheck/store.sqlite'
    >>> store_url("postgresql://credcheck:secret@db.example/credcheck").render_as_string()
    'postgresql+psycopg://credcheck:***@db.example/credcheck'
    """
    text = str(location)
    if "://" not in text:
        return sa.URL.create("sqlite", database=str(Path(text).expanduser().absolute()))
    try:
        url = sa.make_url(text)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"store: not a path or database URL: {exc}") from None
    if url.get_backend_name() in ("postgres", "postgresql"):
        return url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite":
        return url
    raise StoreError(f"store: unsupported database {url.get_backend_name()!r} "
                     "(an SQLite file path or a postgresql:// URL)")


_meta = sa.MetaData()
_T = sa.Text
sa.Table("credcheck_meta", _meta, sa.Column("key", _T, primary_key=True), sa.Column("value", _T))
_applications = sa.Table(
    "applications", _meta,
    sa.Column("review_year", sa.Integer, primary_key=True),
    sa.Column("window", _T, primary_key=True),
    sa.Column("applicant_id", _T, primary_key=True), sa.Column("person", _T, nullable=False),
    sa.Column("level", _T, nullable=False),
    sa.Index("applications_person", "review_year", "person", "level"),
)
_papers = sa.Table(
    "papers", _meta,
    sa.Column("review_year", sa.Integer, nullable=False), sa.Column("window", _T, nullable=False),
    sa.Column("applicant_id", _T, nullable=False), sa.Column("paper", _T, nullable=False),
    sa.Column("title", _T, nullable=False),
    sa.Column("identity", _T, nullable=False, server_default=""),  # PaperIdentity.encode()
    sa.Index("papers_key", "review_year", "paper"),
)
_windows = sa.Table(
    "windows", _meta,
    sa.Column("window", _T, primary_key=True), sa.Column("review_year", sa.Integer, nullable=False),
    sa.Column("path", _T, nullable=False), sa.Column("policy", _T, nullable=False),
    sa.Column("overrides", _T, nullable=False), sa.Column("updated_at", _T, nullable=False),
)
_runs = sa.Table(
    "runs", _meta,
    sa.Column("run_id", _T, primary_key=True), sa.Column("kind", _T, nullable=False),
    sa.Column("window", _T), sa.Column("review_year", sa.Integer),
    sa.Column("started_at", _T, nullable=False), sa.Column("finished_at", _T),
    sa.Column("status", _T, nullable=False), sa.Column("host", _T, nullable=False),
    sa.Column("pid", sa.Integer, nullable=False), sa.Column("blacklist_version", _T),
    sa.Column("code_version", _T), sa.Column("applicants", sa.Integer),
    sa.Column("screened", sa.Integer), sa.Column("reused", sa.Integer),
    sa.Column("rescreened", sa.Integer), sa.Column("detail", _T),
    sa.Index("runs_window", "window", "status"),
)
_results = sa.Table(
    "results", _meta,
    sa.Column("window", _T, primary_key=True), sa.Column("applicant_id", _T, primary_key=True),
    sa.Column("review_year", sa.Integer, nullable=False),
    sa.Column("input_hash", _T, nullable=False),
    sa.Column("blacklist_version", _T, nullable=False), sa.Column("status", _T, nullable=False),
    sa.Column("result", _T, nullable=False), sa.Column("form", _T),
    sa.Column("run_id", _T, nullable=False), sa.Column("updated_at", _T, nullable=False),
    sa.Column("screened", sa.Integer, nullable=False),
    sa.Column("rescreened", sa.Integer, nullable=False),
    sa.Column("window_flags", _T, nullable=False, server_default="[]"),  # JSON list of flags
    sa.Index("results_year", "review_year", "blacklist_version"),
)
_flags = sa.Table(
    "flags", _meta,
    sa.Column("window", _T, primary_key=True), sa.Column("applicant_id", _T, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True), sa.Column("code", _T, nullable=False),
    sa.Column("severity", _T, nullable=False), sa.Column("message", _T, nullable=False),
    sa.Column("flag", _T, nullable=False),
    sa.Index("flags_code", "code"),
)
_changes = sa.Table(
    "flag_changes", _meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", _T, nullable=False), sa.Column("window", _T, nullable=False),
    sa.Column("applicant_id", _T, nullable=False), sa.Column("change", _T, nullable=False),
    sa.Column("code", _T, nullable=False), sa.Column("severity", _T, nullable=False),
    sa.Column("message", _T, nullable=False), sa.Column("flag", _T, nullable=False),
    sa.Index("flag_changes_run", "run_id"),
)

_decisions = sa.Table(
    "decision_log", _meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("window", _T, nullable=False), sa.Column("applicant_id", _T, nullable=False),
    sa.Column("code", _T, nullable=False), sa.Column("file", _T, nullable=False),
    sa.Column("fingerprint", _T, nullable=False), sa.Column("at", _T, nullable=False),
    sa.Column("by", _T, nullable=False), sa.Column("from_state", _T, nullable=False),
    sa.Column("to_state", _T, nullable=False), sa.Column("note", _T, nullable=False),
    sa.Column("kind", _T, nullable=False),  # "decision" (a reviewer) | "reopen" (a run)
    sa.Index("decision_log_flag", "window", "applicant_id", "code"),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _upgrade(conn: sa.Connection, found: int) -> None:
    """Bring a store of an earlier schema version to this one, in the caller's transaction."""
    if found < 2 and "identity" not in {c["name"] for c in sa.inspect(conn).get_columns("papers")}:
        conn.execute(sa.text("ALTER TABLE papers ADD COLUMN identity TEXT NOT NULL DEFAULT ''"))
    if (found < 3 and "window_flags"
            not in {c["name"] for c in sa.inspect(conn).get_columns("results")}):
        conn.execute(sa.text("ALTER TABLE results ADD COLUMN window_flags TEXT NOT NULL "
                             "DEFAULT '[]'"))
    meta = _meta.tables["credcheck_meta"]
    conn.execute(meta.update().where(meta.c.key == "schema_version")
                 .values(value=str(SCHEMA_VERSION)))


@dataclass(frozen=True, slots=True)
class Declared:
    """What one applicant of a window declares that other windows must see."""

    applicant_id: str
    id_number: str
    level: str
    papers: tuple[tuple[str, PaperIdentity], ...]  # (title as written, identity)


@dataclass(frozen=True, slots=True)
class StoredState:
    """What the store knows about an applicant's last result: enough to skip or re-screen it."""

    input_hash: str
    blacklist_version: str


@dataclass(frozen=True, slots=True)
class StoredResult:
    """One stored applicant result with what it was made from."""

    window: str
    applicant_id: str
    review_year: int
    input_hash: str
    blacklist_version: str
    result: ApplicantResult  # what the applicant's own rules found
    form: str | None  # application.json as uploaded; None when it could not be read
    window_flags: tuple[Flag, ...] = ()  # what the window rules last found for it

    def reported(self, result: ApplicantResult | None = None) -> ApplicantResult:
        """`result` (else the stored one) with the stored window-rule flags: as reported."""
        result = result or self.result
        return result.with_(flags=result.flags + self.window_flags) if self.window_flags else result


@dataclass(frozen=True, slots=True)
class WindowInfo:
    """How a window was last run: enough to rebuild its policy without the folder."""

    window: str
    review_year: int
    path: str
    policy: str
    overrides: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RunRecord:
    """One row of the runs table."""

    run_id: str
    kind: str
    window: str | None
    status: str
    started_at: str
    finished_at: str | None
    blacklist_version: str | None
    applicants: int | None
    screened: int | None
    reused: int | None
    rescreened: int | None


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One entry of the decision log: a reviewer's decision, or a run's reopening."""

    window: str
    applicant_id: str
    code: str
    file: str
    fingerprint: str
    at: str
    by: str
    from_state: str
    to_state: str
    note: str
    kind: str = "decision"  # "decision" | "reopen"
    id: int | None = None  # the log's order; set once appended

    @property
    def identity(self) -> tuple[str, str, str, str, str]:
        """The flag identity the entry is about: window, applicant, code, file, fingerprint."""
        return (self.window, self.applicant_id, self.code, self.file, self.fingerprint)


@dataclass(frozen=True, slots=True)
class FlagChange:
    """A flag a re-screen added (``new``) or removed (``cleared``) for one applicant."""

    window: str
    applicant_id: str
    change: str  # "new" | "cleared"
    flag: Flag


class Store:
    """The results store (SQLite file or PostgreSQL URL); see the module docstring.

    Picklable: only the location travels, and each process opens its own connections, so a
    check context holding the store can be sent to any worker.
    """

    def __init__(self, location: str | Path) -> None:
        self.location = str(location)
        self.url = store_url(location)
        self.retry_seconds = RETRY_SECONDS
        self._down_since: float | None = None  # when the current outage began (any thread)
        self._engine: sa.Engine | None = None
        self._lock = threading.Lock()
        self._open()

    # ------------------------------------------------------------------ connections

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.url.get_backend_name()

    def describe(self) -> str:
        """The location for messages and logs, password hidden."""
        if self.backend == "sqlite":
            return str(self.url.database)
        return self.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"Store({self.describe()!r})"

    def __getstate__(self) -> dict[str, Any]:
        return {"location": self.location}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.location = state["location"]
        self.url = store_url(self.location)
        self.retry_seconds = RETRY_SECONDS
        self._down_since = None
        self._engine = None
        self._lock = threading.Lock()

    def _open(self) -> sa.Engine:
        with self._lock:
            if self._engine is None:
                self._engine = self._create_engine()
        return self._engine

    def _create_engine(self) -> sa.Engine:
        if self.backend == "sqlite":
            assert self.url.database
            path = Path(self.url.database)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():  # forms hold identity numbers: owner-only, like the outputs
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            engine = sa.create_engine(self.url, connect_args={"timeout": 60})

            @sa.event.listens_for(engine, "connect")
            def _connect(dbapi_connection: Any, _record: Any) -> None:
                # Let SQLAlchemy's "begin" event below issue BEGIN itself: writers take the
                # write lock up front (BEGIN IMMEDIATE), so two writers queue on the busy
                # timeout instead of failing with "database is locked" on lock upgrade.
                dbapi_connection.isolation_level = None

            @sa.event.listens_for(engine, "begin")
            def _begin(conn: sa.Connection) -> None:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            # connect_timeout: an unreachable host fails a connection attempt within seconds,
            # so the retry time (RETRY_SECONDS) bounds the wait.
            engine = sa.create_engine(self.url, pool_pre_ping=True, pool_size=4, max_overflow=8,
                                      connect_args={"connect_timeout": 10})
        try:
            with engine.begin() as conn:
                if self.backend == "postgresql":  # two first runs must not both create tables
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(7370416)"))
                _meta.create_all(conn, checkfirst=True)
                meta = _meta.tables["credcheck_meta"]
                found = conn.execute(sa.select(meta.c.value)
                                     .where(meta.c.key == "schema_version")).scalar()
                if found is None:
                    conn.execute(meta.insert().values(key="schema_version",
                                                      value=str(SCHEMA_VERSION)))
                elif int(found) > SCHEMA_VERSION:
                    raise StoreError(f"store {self.describe()}: schema version {found} is newer "
                                     f"than this credcheck's ({SCHEMA_VERSION}); upgrade credcheck")
                elif int(found) < SCHEMA_VERSION:
                    _upgrade(conn, int(found))
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            why = " ".join(str(getattr(exc, "orig", None) or exc).split())  # one line
            raise StoreError(f"store {self.describe()}: cannot open: "
                             f"{exc.__class__.__name__}: {why}") from None
        return engine

    def _begin(self) -> Any:
        return (self._engine or self._open()).begin()

    def retrying(self, what: str, call: Callable[[], Any]) -> Any:
        """Run `call` (one whole transaction); while the database cannot be reached, wait and
        run it again, with exponential backoff. The retry time, :attr:`retry_seconds`, counts
        from the outage's first failure in any thread of this process, so a run stops that
        long after its store went away however many operations are waiting on it.

        Raises:
            StoreUnavailable: still unreachable at the end of the retry time.
            StoreFull: an SQLite store's disk is full (not retried).
        """
        started, delay, failures = time.monotonic(), RETRY_FIRST, 0
        while True:
            try:
                result = call()
            except sa.exc.DBAPIError as exc:
                fault = self._fault(exc)
                if fault is None:
                    raise
                if isinstance(fault, StoreFull):
                    raise fault from None
                failures += 1
                now = time.monotonic()
                if self._down_since is None:
                    self._down_since = now
                elapsed = now - self._down_since
                if elapsed + delay > self.retry_seconds:
                    raise StoreUnavailable(
                        f"store {self.describe()}: unreachable for {elapsed:.0f} s (gave up on "
                        f"{what.lstrip('_')}): {_one_line(exc)}; what was committed is kept, run "
                        "again to resume") from None
                if failures == 1:
                    log.warning("store %s: %s failed (%s): retrying for up to %g s",
                                self.describe(), what.lstrip("_"), _one_line(exc),
                                self.retry_seconds)
                time.sleep(delay)
                delay = min(delay * 2, RETRY_CAP)
            else:
                self._down_since = None
                if failures:
                    log.warning("store %s: reachable again after %.1f s "
                                "(%d failed attempt(s) of %s)", self.describe(),
                                time.monotonic() - started, failures, what.lstrip("_"))
                return result

    def _fault(self, exc: sa.exc.DBAPIError) -> StoreLost | None:
        """What a database error means for the run: StoreFull (an SQLite disk full: stop),
        StoreUnavailable (the database unreachable: retry), or None (a bug: raise it)."""
        orig = getattr(exc, "orig", None)
        if self.backend == "sqlite":
            code = (getattr(orig, "sqlite_errorcode", None) if isinstance(orig, sqlite3.Error)
                    else None)
            if code is not None and code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
                what = ("disk full" if code & 0xFF == sqlite3.SQLITE_FULL
                        else "disk full or failing (disk I/O error)")
                return StoreFull(f"store {self.describe()}: {what}: cannot write "
                                 f"({_one_line(exc)}); what was committed is kept; "
                                 "free space and run again to resume")
            return None
        if (exc.connection_invalidated
                or isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError)):
            return StoreUnavailable(f"store {self.describe()}: {_one_line(exc)}")
        return None

    def transaction(self) -> Any:
        """A connection in a transaction (``with store.transaction() as conn``), committed on
        exit; on SQLite it holds the write lock from the start (``BEGIN IMMEDIATE``)."""
        return self._begin()

    def connect(self) -> sa.Connection:
        """A connection of its own, for a caller that holds it for a while (a run's lock)."""
        return (self._engine or self._open()).connect()

    def close(self) -> None:
        """Close pooled connections (the store reopens on next use)."""
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None

    # ------------------------------------------------------------------ year registry

    @_retried
    def register_window(self, review_year: int, window: str, declared: Iterable[Declared]) -> None:
        """Replace everything this window registered before with `declared`, atomically."""
        rows = list(declared)
        apps = [{"review_year": review_year, "window": window, "applicant_id": d.applicant_id,
                 "person": person_key(d.id_number), "level": d.level} for d in rows]
        papers = [{"review_year": review_year, "window": window, "applicant_id": d.applicant_id,
                   "paper": identity.title, "title": title, "identity": identity.encode()}
                  for d in rows for title, identity in d.papers if identity.title]
        with self._begin() as conn:
            for table in (_applications, _papers):
                conn.execute(table.delete().where(table.c.review_year == review_year,
                                                  table.c.window == window))
            if apps:
                conn.execute(_applications.insert(), apps)
            if papers:
                conn.execute(_papers.insert(), papers)

    @_retried
    def same_person_and_level(
        self, review_year: int, id_number: str, level: str, exclude: str
    ) -> list[Registration]:
        """Other applications of the year by the same person at the same level."""
        t = _applications
        query = (sa.select(t.c.window, t.c.applicant_id)
                 .where(t.c.review_year == review_year, t.c.person == person_key(id_number),
                        t.c.level == level, t.c.applicant_id != exclude)
                 .order_by(t.c.window, t.c.applicant_id))
        with self._begin() as conn:
            return [Registration(*row) for row in conn.execute(query)]

    @_retried
    def paper_claims(self, review_year: int, key: str, exclude: str) -> list[PaperClaim]:
        """Other applicants of the year who claim a paper whose title has this key (declared
        or printed on an upload), each claim with the journal and year it names."""
        t = _papers
        query = (sa.select(t.c.window, t.c.applicant_id, t.c.paper, t.c.identity).distinct()
                 .where(t.c.review_year == review_year, t.c.paper == key,
                        t.c.applicant_id != exclude)
                 .order_by(t.c.window, t.c.applicant_id, t.c.identity))
        with self._begin() as conn:
            return [PaperClaim(window, applicant, PaperIdentity.decode(paper, identity))
                    for window, applicant, paper, identity in conn.execute(query)]

    # ------------------------------------------------------------------ windows

    @_retried
    def record_window(self, window: str, review_year: int, path: str, policy: str,
                      overrides: Mapping[str, Any]) -> None:
        """Remember how a window is run (its policy), for re-screening without the folder."""
        row = {"window": window, "review_year": review_year, "path": path, "policy": policy,
               "overrides": json.dumps(dict(overrides), sort_keys=True, default=str),
               "updated_at": _now()}
        with self._begin() as conn:
            conn.execute(_windows.delete().where(_windows.c.window == window))
            conn.execute(_windows.insert().values(**row))

    @_retried
    def window_info(self, window: str) -> WindowInfo | None:
        """How `window` was last run, or None."""
        with self._begin() as conn:
            row = conn.execute(
                sa.select(_windows).where(_windows.c.window == window)).mappings().first()
        if row is None:
            return None
        return WindowInfo(row["window"], row["review_year"], row["path"], row["policy"],
                          json.loads(row["overrides"]))

    # ------------------------------------------------------------------ runs

    @_retried
    def begin_run(self, kind: str, *, window: str | None = None, review_year: int | None = None,
                  blacklist_version: str | None = None, code_version: str | None = None) -> str:
        """Record the start of a run; runs of the same window left ``running`` by a dead
        process of this host become ``interrupted``. Returns the new run's id."""
        host, me = socket.gethostname(), os.getpid()
        run_id = uuid.uuid4().hex
        with self._begin() as conn:
            stale = conn.execute(
                sa.select(_runs.c.run_id, _runs.c.host, _runs.c.pid)
                .where(_runs.c.status == "running", _runs.c.kind == kind, _runs.c.window == window)
            ).all()
            for other, other_host, pid in stale:
                if other_host == host and (pid == me or not _pid_alive(pid)):
                    conn.execute(_runs.update().where(_runs.c.run_id == other)
                                 .values(status="interrupted", finished_at=_now(),
                                         detail=f"found dead by run {run_id}"))
            conn.execute(_runs.insert().values(
                run_id=run_id, kind=kind, window=window, review_year=review_year,
                started_at=_now(), status="running", host=host, pid=me,
                blacklist_version=blacklist_version, code_version=code_version,
            ))
        return run_id

    @_retried
    def running_elsewhere(self, run_id: str) -> list[RunRecord]:
        """Other runs of the same kind and window still marked running (another live process)."""
        with self._begin() as conn:
            mine = conn.execute(sa.select(_runs.c.kind, _runs.c.window)
                                .where(_runs.c.run_id == run_id)).one()
            rows = conn.execute(sa.select(_runs).where(
                _runs.c.status == "running", _runs.c.kind == mine.kind,
                _runs.c.window == mine.window, _runs.c.run_id != run_id)).mappings().all()
        return [_run_record(r) for r in rows]

    @_retried
    def end_run(self, run_id: str, status: str, *, applicants: int | None = None,
                screened: int | None = None, reused: int | None = None,
                rescreened: int | None = None, detail: str | None = None) -> None:
        """Record how a run ended and what it did."""
        with self._begin() as conn:
            conn.execute(_runs.update().where(_runs.c.run_id == run_id).values(
                status=status, finished_at=_now(), applicants=applicants, screened=screened,
                reused=reused, rescreened=rescreened, detail=detail))

    @_retried
    def runs(self, window: str | None = None, kind: str | None = None) -> list[RunRecord]:
        """Runs, oldest first, optionally of one window and kind."""
        query = sa.select(_runs).order_by(_runs.c.started_at, _runs.c.run_id)
        if window is not None:
            query = query.where(_runs.c.window == window)
        if kind is not None:
            query = query.where(_runs.c.kind == kind)
        with self._begin() as conn:
            return [_run_record(r) for r in conn.execute(query).mappings()]

    # ------------------------------------------------------------------ results

    @_retried
    def states(self, window: str) -> dict[str, StoredState]:
        """Applicant id -> what its stored result was made with, for one window."""
        query = (sa.select(_results.c.applicant_id, _results.c.input_hash,
                           _results.c.blacklist_version)
                 .where(_results.c.window == window))
        with self._begin() as conn:
            return {aid: StoredState(h, v) for aid, h, v in conn.execute(query)}

    @_retried
    def save_result(self, run_id: str, window: str, review_year: int, input_hash: str,
                    blacklist_version: str, result: ApplicantResult, form: str | None,
                    status: str) -> None:
        """Store one applicant's freshly screened result (one transaction), counting the screening.

        Its window-rule flags are cleared: they are the window rules' to set again
        (:meth:`save_window_flags`) once the run has every applicant's result."""
        self._put(run_id, window, review_year, input_hash, blacklist_version, result, form, status,
                  screened=1, rescreened=0, changes=(), window_flags=())

    @_retried
    def save_rescreen(self, run_id: str, stored: StoredResult, result: ApplicantResult,
                      blacklist_version: str, status: str, changes: Iterable[FlagChange]) -> None:
        """Store a re-screened result and the flags it added or cleared (one transaction); its
        window-rule flags stay (`status` is of both: :meth:`StoredResult.reported`)."""
        self._put(run_id, stored.window, stored.review_year, stored.input_hash, blacklist_version,
                  result, stored.form, status, screened=0, rescreened=1, changes=tuple(changes),
                  window_flags=stored.window_flags)

    def _put(self, run_id: str, window: str, review_year: int, input_hash: str,
             blacklist_version: str, result: ApplicantResult, form: str | None, status: str, *,
             screened: int, rescreened: int, changes: tuple[FlagChange, ...],
             window_flags: tuple[Flag, ...]) -> None:
        aid = result.applicant_id
        key = (_results.c.window == window, _results.c.applicant_id == aid)
        with self._begin() as conn:
            before = conn.execute(sa.select(_results.c.screened, _results.c.rescreened,
                                            _results.c.run_id, _results.c.input_hash,
                                            _results.c.result)
                                  .where(*key).with_for_update()).first()
            text = result_to_json(result)
            if (before is not None
                    and (before.run_id, before.input_hash, before.result)
                    == (run_id, input_hash, text)):
                # This very result stored by this run already: a retry after a commit whose
                # answer was lost (the connection dropped). Counted once.
                screened = rescreened = 0
            conn.execute(_results.delete().where(*key))
            conn.execute(_flags.delete().where(_flags.c.window == window,
                                               _flags.c.applicant_id == aid))
            conn.execute(_results.insert().values(
                window=window, applicant_id=aid, review_year=review_year, input_hash=input_hash,
                blacklist_version=blacklist_version, status=status, result=text,
                form=form, run_id=run_id, updated_at=_now(),
                screened=(before.screened if before else 0) + screened,
                rescreened=(before.rescreened if before else 0) + rescreened,
                window_flags=_flags_json(window_flags),
            ))
            _insert_flags(conn, window, aid, result.flags + window_flags)
            if changes:
                conn.execute(_changes.insert(), [
                    {"run_id": run_id, "window": c.window, "applicant_id": c.applicant_id,
                     "change": c.change, "code": c.flag.code, "severity": c.flag.severity.value,
                     "message": c.flag.message,
                     "flag": json.dumps(flag_to_dict(c.flag), ensure_ascii=False)}
                    for c in changes])

    @_retried
    def save_window_flags(self, window: str, result: ApplicantResult, window_flags: Iterable[Flag],
                          status: str) -> None:
        """Store what the window rules found for one stored applicant (one transaction):
        `result` is its stored result, `status` that of both together."""
        aid, found = result.applicant_id, tuple(window_flags)
        with self._begin() as conn:
            conn.execute(_results.update()
                         .where(_results.c.window == window, _results.c.applicant_id == aid)
                         .values(window_flags=_flags_json(found), status=status, updated_at=_now()))
            conn.execute(_flags.delete().where(_flags.c.window == window,
                                               _flags.c.applicant_id == aid))
            _insert_flags(conn, window, aid, result.flags + found)

    @_retried
    def window_flags(self, window: str) -> dict[str, tuple[Flag, ...]]:
        """Applicant id -> the window-rule flags stored for it (none: an empty tuple)."""
        query = (sa.select(_results.c.applicant_id, _results.c.window_flags)
                 .where(_results.c.window == window))
        with self._begin() as conn:
            return {aid: _flags_of(text) for aid, text in conn.execute(query)}

    @_retried
    def reported(self, window: str) -> dict[str, tuple[str, tuple[Flag, ...]]]:
        """Applicant id -> its status and its rows of the flags table (the applicant's own
        rules' and the window rules' flags): what applicants.csv and flags.csv show."""
        with self._begin() as conn:
            statuses = dict(conn.execute(sa.select(_results.c.applicant_id, _results.c.status)
                                         .where(_results.c.window == window)).all())
            rows = conn.execute(sa.select(_flags.c.applicant_id, _flags.c.flag)
                                .where(_flags.c.window == window)
                                .order_by(_flags.c.applicant_id, _flags.c.seq)).all()
        flags: dict[str, list[Flag]] = {}
        for aid, text in rows:
            flags.setdefault(aid, []).append(flag_from_dict(json.loads(text)))
        return {aid: (status, tuple(flags.get(aid, ()))) for aid, status in statuses.items()}

    @_retried
    def reported_flags(self, window: str, applicant_id: str) -> tuple[Flag, ...]:
        """One applicant's rows of the flags table (its own and the window rules' flags)."""
        query = (sa.select(_flags.c.flag)
                 .where(_flags.c.window == window, _flags.c.applicant_id == applicant_id)
                 .order_by(_flags.c.seq))
        with self._begin() as conn:
            return tuple(flag_from_dict(json.loads(text)) for text in conn.execute(query).scalars())

    @_retried
    def load_results(self, window: str,
                     applicant_ids: Iterable[str] | None = None) -> dict[str, ApplicantResult]:
        """Stored results of a window (optionally only these applicants), by applicant id:
        what each applicant's own rules found, without the window rules' flags."""
        wanted = None if applicant_ids is None else set(applicant_ids)
        query = (sa.select(_results.c.applicant_id, _results.c.result)
                 .where(_results.c.window == window))
        with self._begin() as conn:
            rows = conn.execute(query).all()
        return {aid: result_from_json(text) for aid, text in rows
                if wanted is None or aid in wanted}

    def stored(self, *, review_year: int | None = None, window: str | None = None,
               not_version: str | None = None) -> Iterator[StoredResult]:
        """Stored results, by window and applicant id; optionally only one review year or
        window, or only those made with another list version than `not_version`."""
        t = _results
        query = sa.select(t.c.window, t.c.applicant_id).order_by(t.c.window, t.c.applicant_id)
        if review_year is not None:
            query = query.where(t.c.review_year == review_year)
        if window is not None:
            query = query.where(t.c.window == window)
        if not_version is not None:
            query = query.where(t.c.blacklist_version != not_version)
        for win, aid in self._all(query):  # one row at a time: a year can hold many large results
            row = self._first(sa.select(t).where(t.c.window == win, t.c.applicant_id == aid))
            if row is not None:
                yield StoredResult(row["window"], row["applicant_id"], row["review_year"],
                                   row["input_hash"], row["blacklist_version"],
                                   result_from_json(row["result"]), row["form"],
                                   _flags_of(row["window_flags"]))

    @_retried
    def _all(self, query: sa.Select[Any]) -> list[sa.Row[Any]]:
        with self._begin() as conn:
            return list(conn.execute(query).all())

    @_retried
    def _first(self, query: sa.Select[Any]) -> sa.RowMapping | None:
        with self._begin() as conn:
            return conn.execute(query).mappings().first()

    @_retried
    def list_versions(self, review_year: int | None = None) -> dict[str, int]:
        """List version -> number of stored results made with it."""
        query = (sa.select(_results.c.blacklist_version, sa.func.count())
                 .group_by(_results.c.blacklist_version))
        if review_year is not None:
            query = query.where(_results.c.review_year == review_year)
        with self._begin() as conn:
            return {v: n for v, n in conn.execute(query)}

    @_retried
    def window_versions(self, review_year: int | None = None) -> dict[str, set[str]]:
        """Window -> the list versions its stored results were made with."""
        query = sa.select(_results.c.window, _results.c.blacklist_version).distinct()
        if review_year is not None:
            query = query.where(_results.c.review_year == review_year)
        out: dict[str, set[str]] = {}
        with self._begin() as conn:
            for window, version in conn.execute(query):
                out.setdefault(window, set()).add(version)
        return out

    @_retried
    def screen_counts(self, window: str) -> dict[str, int]:
        """Applicant id -> how many times it was screened (read, extracted, checked) and stored."""
        query = (sa.select(_results.c.applicant_id, _results.c.screened)
                 .where(_results.c.window == window))
        with self._begin() as conn:
            return {aid: n for aid, n in conn.execute(query)}

    @_retried
    def prune(self, window: str, keep: Iterable[str]) -> int:
        """Forget results of applicants no longer in the window; returns how many."""
        keep = set(keep)
        with self._begin() as conn:
            gone = [aid for (aid,) in conn.execute(
                sa.select(_results.c.applicant_id).where(_results.c.window == window))
                if aid not in keep]
            for aid in gone:
                conn.execute(_results.delete().where(_results.c.window == window,
                                                     _results.c.applicant_id == aid))
                conn.execute(_flags.delete().where(_flags.c.window == window,
                                                   _flags.c.applicant_id == aid))
        return len(gone)

    @_retried
    def verify(self) -> list[str]:
        """What is inconsistent in the store, one line each (empty: consistent): SQLite's own
        integrity check, and each applicant whose rows of the flags table are not the flags of
        its stored result (its own rules' and the window rules'), a half-stored applicant."""
        problems: list[str] = []
        with self._begin() as conn:
            if self.backend == "sqlite":
                problems += [f"sqlite integrity_check: {line}" for (line,)
                             in conn.exec_driver_sql("PRAGMA integrity_check") if line != "ok"]
            rows = dict(((w, a), n) for w, a, n in conn.execute(
                sa.select(_flags.c.window, _flags.c.applicant_id, sa.func.count())
                .group_by(_flags.c.window, _flags.c.applicant_id)))
            for window, aid, text, window_flags in conn.execute(
                    sa.select(_results.c.window, _results.c.applicant_id, _results.c.result,
                              _results.c.window_flags)):
                expected = len(result_from_json(text).flags) + len(_flags_of(window_flags))
                found = rows.pop((window, aid), 0)
                if found != expected:
                    problems.append(f"{window}/{aid}: {found} flag row(s) for {expected} flag(s)")
            problems += [f"{w}/{a}: {n} flag row(s) without a result"
                         for (w, a), n in sorted(rows.items())]
        return problems

    @_retried
    def flag_changes(self, run_id: str) -> list[FlagChange]:
        """What one run added and cleared, in the order recorded."""
        query = (sa.select(_changes.c.window, _changes.c.applicant_id, _changes.c.change,
                           _changes.c.flag)
                 .where(_changes.c.run_id == run_id).order_by(_changes.c.id))
        with self._begin() as conn:
            return [FlagChange(w, a, c, flag_from_dict(json.loads(f)))
                    for w, a, c, f in conn.execute(query)]

    # ------------------------------------------------------------------ decision log

    @_retried
    def append_decisions(self, entries: Iterable[LogEntry], *,
                         current: bool = False) -> list[LogEntry]:
        """Append entries to the decision log (one transaction), each stamped with the time,
        and return them as stored.

        With `current`, each entry's ``from_state`` is set from the identity's latest entry
        read in the same transaction, its applicant's result row locked first, so concurrent
        reviewers of one applicant are ordered: the later one wins, both are logged.

        Retried like every operation: if a commit's answer is lost with the connection, the
        entries may be appended twice; the latest entry per identity, the current decision,
        is the same either way."""
        out: list[LogEntry] = []
        with self._begin() as conn:
            for entry in entries:
                if current:
                    conn.execute(sa.select(_results.c.applicant_id).where(
                        _results.c.window == entry.window,
                        _results.c.applicant_id == entry.applicant_id).with_for_update())
                    latest = conn.execute(
                        sa.select(_decisions.c.to_state).where(*_identity_is(entry))
                        .order_by(_decisions.c.id.desc()).limit(1)).scalar()
                    entry = replace(entry, from_state=latest or "open")
                entry = replace(entry, at=_now())  # the log's "when": when appended
                row = {name: getattr(entry, name) for name in LogEntry.__slots__ if name != "id"}
                new_id = conn.execute(_decisions.insert().values(**row)).inserted_primary_key[0]
                out.append(replace(entry, id=new_id))
        return out

    @_retried
    def decision_log(self, window: str | None = None,
                     applicant_id: str | None = None) -> list[LogEntry]:
        """The decision log in the order appended, optionally of one window or applicant."""
        query = sa.select(_decisions).order_by(_decisions.c.id)
        if window is not None:
            query = query.where(_decisions.c.window == window)
        if applicant_id is not None:
            query = query.where(_decisions.c.applicant_id == applicant_id)
        with self._begin() as conn:
            return [LogEntry(**{name: row[name] for name in LogEntry.__slots__})
                    for row in conn.execute(query).mappings()]

    @_retried
    def windows_of(self, applicant_id: str) -> list[str]:
        """The windows holding a stored result of this applicant id."""
        query = (sa.select(_results.c.window).where(_results.c.applicant_id == applicant_id)
                 .order_by(_results.c.window))
        with self._begin() as conn:
            return list(conn.execute(query).scalars())

    @_retried
    def window_names(self) -> list[str]:
        """Every window with a stored result, sorted."""
        with self._begin() as conn:
            return list(conn.execute(sa.select(_results.c.window).distinct()
                                     .order_by(_results.c.window)).scalars())


def _identity_is(entry: LogEntry) -> tuple[Any, ...]:
    t = _decisions
    return (t.c.window == entry.window, t.c.applicant_id == entry.applicant_id,
            t.c.code == entry.code, t.c.file == entry.file, t.c.fingerprint == entry.fingerprint)


def _flags_json(flags: Iterable[Flag]) -> str:
    return json.dumps([flag_to_dict(f) for f in flags], ensure_ascii=False)


def _flags_of(text: str | None) -> tuple[Flag, ...]:
    return tuple(flag_from_dict(d) for d in json.loads(text or "[]"))


def _insert_flags(conn: sa.Connection, window: str, applicant_id: str,
                  flags: tuple[Flag, ...]) -> None:
    """The flags table's rows for one applicant (its earlier rows already deleted)."""
    if flags:
        conn.execute(_flags.insert(), [
            {"window": window, "applicant_id": applicant_id, "seq": i, "code": f.code,
             "severity": f.severity.value, "message": f.message,
             "flag": json.dumps(flag_to_dict(f), ensure_ascii=False)}
            for i, f in enumerate(flags)])


def _run_record(row: Mapping[str, Any]) -> RunRecord:
    return RunRecord(row["run_id"], row["kind"], row["window"], row["status"], row["started_at"],
                     row["finished_at"], row["blacklist_version"], row["applicants"],
                     row["screened"],
                     row["reused"], row["rescreened"])


# The writable year registry is the store (the window run registers declarations through it);
# rules see it through the read-only protocol pipeline.checks._base.YearRegistry.
YearRegistry = Store
