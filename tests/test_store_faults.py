"""Issue 15, losing the database or its disk, at the store's level (no Prefect): a real
PostgreSQL server stopped and started by the test (tests/pg.py), and an SQLite store made
full by SQLite's own page limit (``PRAGMA max_page_count``, which fails a write with
SQLITE_FULL exactly as a full disk does). Each applicant is one transaction: the faults land
inside one, and no applicant is ever half-stored.

The same faults against a real `credcheck run` process: tests/test_faults_run.py."""

from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa

from pipeline.errors import ExitCode
from pipeline.store import Store, StoreFull, StoreUnavailable
from pipeline.window_lock import WindowBusy, acquire
from tests.test_store import result

CODES = tuple(f"CODE_{i}" for i in range(40))  # a large result: pages to write


def limit_pages(store: Store, extra: int | None) -> None:
    """Cap the SQLite file at its current size plus `extra` pages (None: no cap), on every
    connection the store opens from now on."""
    store.close()
    engine = store._open()

    @sa.event.listens_for(engine, "connect")
    def _cap(dbapi_connection, _record) -> None:
        if extra is not None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra}")

    engine.dispose()  # the connection that opened the store is pooled: new ones from here


def test_sqlite_disk_full_stops_with_one_line_and_the_store_stays_consistent(tmp_path):
    path = tmp_path / "store.sqlite"
    store = Store(path)
    run = store.begin_run("screen", window="w", review_year=2024)
    store.save_result(run, "w", 2024, "h", "v1", result("A1", "X"), None, "review")
    limit_pages(store, 0)  # the disk is full now
    with pytest.raises(StoreFull) as full:
        for i in range(2, 50):
            store.save_result(run, "w", 2024, "h", "v1", result(f"A{i}", *CODES), None, "review")
    line = str(full.value)
    assert "\n" not in line and str(path) in line and "disk full" in line, line
    assert full.value.exit_code == ExitCode.store_full == 8
    # Readable and consistent: the applicant in flight was rolled back whole.
    reader = Store(path)
    assert reader.verify() == []
    stored = set(reader.screen_counts("w"))
    assert "A1" in stored
    limit_pages(store, None)  # space freed: the next write completes
    store.save_result(run, "w", 2024, "h", "v1", result("A99", *CODES), None, "review")
    assert Store(path).verify() == [] and "A99" in Store(path).screen_counts("w")


@pytest.mark.slow
def test_postgresql_restart_is_retried_and_an_outage_stops_bounded(own_pg):
    store = Store(own_pg.create_database())
    run = store.begin_run("screen", window="w", review_year=2024)
    store.save_result(run, "w", 2024, "h", "v1", result("A1", "X"), None, "review")

    # A restart mid-transaction: the server stops after the result row is written, before
    # its flag rows; the whole applicant is written again once the server is back.
    halted = threading.Event()

    @sa.event.listens_for(store._open(), "after_cursor_execute")
    def _restart(_conn, _cursor, statement, *_args) -> None:
        if statement.startswith("INSERT INTO results") and not halted.is_set():
            halted.set()
            own_pg.halt()
            threading.Timer(2.0, own_pg.resume).start()

    started = time.monotonic()
    store.save_result(run, "w", 2024, "h", "v1", result("A2", *CODES), None, "review")
    took = time.monotonic() - started
    assert halted.is_set() and took >= 2.0, took
    assert store.verify() == []
    assert store.screen_counts("w") == {"A1": 1, "A2": 1}

    # An outage past the retry time: bounded, one line naming the store; nothing half-stored.
    store.retry_seconds = 3.0
    own_pg.halt()
    started = time.monotonic()
    with pytest.raises(StoreUnavailable) as lost:
        store.save_result(run, "w", 2024, "h", "v1", result("A3", *CODES), None, "review")
    took = time.monotonic() - started
    line = str(lost.value)
    assert ("\n" not in line and f"127.0.0.1:{own_pg.port}" in line
            and "unreachable for" in line), line
    assert lost.value.exit_code == ExitCode.store_unavailable == 7
    assert took < 3.0 + 2 * 10, took  # the retry time, and at most the last attempt's connect
    started = time.monotonic()  # one clock per outage: the next operation does not wait again
    with pytest.raises(StoreUnavailable):
        store.screen_counts("w")
    assert time.monotonic() - started < 2.0
    own_pg.resume()
    assert store.verify() == []
    assert store.screen_counts("w") == {"A1": 1, "A2": 1}


@pytest.mark.slow
def test_a_postgresql_restart_drops_the_window_lock_and_the_run_takes_it_again(own_pg):
    url = own_pg.create_database()
    lock = acquire(Store(url), "W")
    own_pg.halt()
    own_pg.resume()
    lock.keep()  # taken again on a new session
    with pytest.raises(WindowBusy):
        acquire(Store(url), "W")
    own_pg.halt()
    own_pg.resume()
    other = acquire(Store(url), "W")  # another run was quicker
    with pytest.raises(WindowBusy) as lost:
        lock.keep()
    assert ("lost the lock of window W" in str(lost.value)
            and f"pid {other.holder.pid}" in str(lost.value))
    other.release()
