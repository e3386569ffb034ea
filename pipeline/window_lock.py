"""One run of a window at a time per results store: the lock two overlapping runs meet at.

A cron tick while the last run is still going, or two operators, must not screen the same
applicants twice nor interleave outputs. A run takes its window's lock in the store before it
registers anything (:func:`acquire`) and gives it back when it ends (:meth:`WindowLock.release`):

- SQLite: a row of ``window_locks`` (window, host, pid, the process's start time, since),
  inserted in one ``BEGIN IMMEDIATE`` transaction, so two runs cannot both take it. A row
  left by a process of this host that is gone (its pid dead, or reused by a process started
  later) is stale: the next run takes it over in the same transaction.
- PostgreSQL: a session advisory lock (``pg_try_advisory_lock``) on a connection held for the
  run; the server releases it when that connection or process dies, so it is never stale.
  The same row names the holder for the message. A server restart drops the lock with the
  session: the run checks it before each applicant is stored (:meth:`WindowLock.keep`) and
  takes it again on a new session, or stops if another run took the window meanwhile.

The second run refuses with :class:`WindowBusy` (one line naming host, pid and start time),
or with `wait` polls until the lock is free.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from pipeline.errors import CredcheckError, ExitCode
from pipeline.store import Store

_meta = sa.MetaData()
_locks = sa.Table(
    "window_locks", _meta,
    sa.Column("window", sa.Text, primary_key=True), sa.Column("host", sa.Text, nullable=False),
    sa.Column("pid", sa.Integer, nullable=False),
    sa.Column("pid_started", sa.Float, nullable=False),
    sa.Column("since", sa.Text, nullable=False),
)
POLL_SECONDS = 1.0


class WindowBusy(CredcheckError):
    """Another live run holds the window's lock in this store."""

    exit_code = ExitCode.window_busy


@dataclass(frozen=True)
class Holder:
    """Who holds a window's lock."""

    window: str
    host: str
    pid: int
    pid_started: float
    since: str

    def line(self, store: Store) -> str:
        return (f"window {self.window} is being screened by another run (host {self.host}, pid "
                f"{self.pid}, started {self.since}) on store {store.describe()}: wait for it to "
                "finish or run with --wait")


def _process_started(pid: int) -> float | None:
    """When process `pid` of this host started (epoch seconds), None when there is none."""
    import psutil

    try:
        return float(psutil.Process(pid).create_time())
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return None
    except psutil.AccessDenied:  # someone else's process: alive
        return -1.0


def _alive(holder: Holder) -> bool:
    """Whether the holder's process still runs (same pid, same start: not a reused pid)."""
    started = _process_started(holder.pid)
    if started is None:
        return False
    return started < 0 or abs(started - holder.pid_started) < 1.0


def _me(window: str) -> Holder:
    pid = os.getpid()
    return Holder(window, socket.gethostname(), pid, _process_started(pid) or 0.0,
                  datetime.now(UTC).isoformat(timespec="seconds"))


def _advisory_key(window: str) -> int:
    """A signed 64-bit key for ``pg_try_advisory_lock`` from the window's name."""
    digest = hashlib.sha256(f"credcheck-window:{window}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class WindowLock:
    """A held lock; :meth:`release` gives it back (also on ``with`` exit)."""

    def __init__(self, store: Store, holder: Holder, connection: sa.Connection | None,
                 took_over: Holder | None) -> None:
        self.store, self.holder, self._connection = store, holder, connection
        self.took_over = took_over  # a stale holder whose lock this one took over

    def keep(self) -> None:
        """Make sure the lock is still held. On PostgreSQL a server restart ends the lock's
        session and so the lock: it is taken again on a new session (retried like any store
        operation while the server is unreachable).

        Raises:
            WindowBusy: another run took the window while this one had lost its lock.
        """
        if self.store.backend != "postgresql":
            return  # a row in the file: nothing can take it from a live run

        def check() -> None:
            if self._connection is not None:
                try:
                    self._connection.execute(sa.select(sa.literal(1)))
                    self._connection.commit()
                    return
                except sa.exc.DBAPIError:
                    try:
                        self._connection.close()
                    except sa.exc.SQLAlchemyError:
                        pass
                    self._connection = None
            got = _try_postgresql(self.store, self.holder)
            if isinstance(got, Holder):
                raise WindowBusy(f"lost the lock of window {self.holder.window} when store "
                                 f"{self.store.describe()} restarted, and {got.line(self.store)}")
            self._connection = got._connection

        self.store.retrying("keep the window lock", check)

    def release(self) -> None:
        """Delete the lock row (if still ours) and, on PostgreSQL, the advisory lock."""
        h = self.holder
        mine = (_locks.c.window == h.window, _locks.c.host == h.host, _locks.c.pid == h.pid)
        try:
            if self._connection is not None:
                with self._connection.begin():
                    self._connection.execute(_locks.delete().where(*mine))
                self._connection.execute(sa.select(sa.func.pg_advisory_unlock(_advisory_key(h.window))))
                self._connection.commit()
                self._connection.close()
                self._connection = None
            else:
                with self.store.transaction() as conn:
                    conn.execute(_locks.delete().where(*mine))
        except sa.exc.SQLAlchemyError:  # the store went away: a dead holder is taken over later
            pass

    def __enter__(self) -> WindowLock:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.release()


def _try_sqlite(store: Store, me: Holder) -> WindowLock | Holder:
    with store.transaction() as conn:  # BEGIN IMMEDIATE: one writer at a time
        _meta.create_all(conn, checkfirst=True)
        row = conn.execute(sa.select(_locks).where(_locks.c.window == me.window)).mappings().first()
        held = Holder(**row) if row else None
        stale = (held is not None and held.host == me.host
                 and (held.pid == me.pid or not _alive(held)))
        if held is not None and not stale:
            return held
        conn.execute(_locks.delete().where(_locks.c.window == me.window))
        conn.execute(_locks.insert().values(**vars(me)))
    return WindowLock(store, me, None, held)


def _try_postgresql(store: Store, me: Holder) -> WindowLock | Holder:
    conn = store.connect()
    try:
        with conn.begin():
            _meta.create_all(conn, checkfirst=True)
        got = conn.execute(
            sa.select(sa.func.pg_try_advisory_lock(_advisory_key(me.window)))).scalar()
        conn.commit()
        if not got:
            row = conn.execute(
                sa.select(_locks).where(_locks.c.window == me.window)).mappings().first()
            conn.rollback()
            conn.close()
            return Holder(**row) if row else Holder(me.window, "?", 0, 0.0, "?")
        with conn.begin():
            row = conn.execute(
                sa.select(_locks).where(_locks.c.window == me.window)).mappings().first()
            conn.execute(_locks.delete().where(_locks.c.window == me.window))
            conn.execute(_locks.insert().values(**vars(me)))
    except BaseException:
        conn.close()
        raise
    return WindowLock(store, me, conn, Holder(**row) if row else None)


def acquire(store: Store, window: str, *, wait: bool = False,
            waiting: Callable[[Holder], None] | None = None) -> WindowLock:
    """Take `window`'s lock in `store`.

    Raises:
        WindowBusy: another live run holds it (unless `wait`: then poll every second until it
            is free, calling `waiting(holder)` once).
    """
    told = False
    while True:
        me = _me(window)
        try:
            got = (_try_postgresql if store.backend == "postgresql" else _try_sqlite)(store, me)
        except sa.exc.SQLAlchemyError as exc:
            why = " ".join(str(getattr(exc, "orig", None) or exc).split())
            raise CredcheckError(
                f"store {store.describe()}: cannot lock window {window}: {why}") from None
        if isinstance(got, WindowLock):
            return got
        if not wait:
            raise WindowBusy(got.line(store))
        if not told and waiting is not None:
            waiting(got)
            told = True
        time.sleep(POLL_SECONDS)


def holder(store: Store, window: str) -> Holder | None:
    """The live holder of `window`'s lock, if any (a peek: takes nothing)."""
    with store.transaction() as conn:
        if not sa.inspect(conn).has_table("window_locks"):
            return None
        row = conn.execute(sa.select(_locks).where(_locks.c.window == window)).mappings().first()
        if row is None:
            return None
        held = Holder(**row)
        if store.backend == "postgresql":
            free = conn.execute(sa.text(
                "SELECT count(*) = 0 FROM pg_locks WHERE locktype = 'advisory' AND granted AND "
                "objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = :key"),
                {"key": _advisory_key(window)}).scalar()
            return None if free else held
    if held.host == socket.gethostname() and not _alive(held):
        return None
    return held
