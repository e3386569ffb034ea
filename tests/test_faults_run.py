"""Issue 15, losing the database, its disk or a reader under a real `credcheck run` process
(tests/faults.py): the run's PostgreSQL server stopped mid-window and kept down past the retry
time, and the disk of its SQLite store filled up mid-window. Each stops the run with one line
and its exit code (7, 8), leaves no process behind and the store consistent, and the next run
completes the window, screening each applicant once. A reader process SIGKILLed mid-document
costs that upload only: the run completes (exit 0) with it unreadable, saying why."""

from __future__ import annotations

import pytest

from pipeline.errors import ExitCode
from tests import faults

pytestmark = pytest.mark.slow

KEEP = 4


def check(outcome: faults.Outcome, code: int) -> None:
    print(f"\n{outcome}")
    assert outcome.rc == code, outcome
    assert outcome.orphans == [], "a process of the stopped run survived"
    assert outcome.store_problems == []
    assert 1 <= outcome.stored_at_stop < KEEP, "the fault must land mid-window"
    assert outcome.next_rc == ExitCode.ok
    assert outcome.stored_in_the_end == KEEP and outcome.most_screenings == 1


def test_postgresql_down_past_the_retry_time_stops_the_run_and_the_next_run_completes(
        tiny_window, tmp_path, own_pg):
    window = faults.small_window(tiny_window, tmp_path, KEEP)
    runner = faults.Runner(window, own_pg.create_database(), tmp_path,
                           env={"CREDCHECK_STORE_RETRY": "4"})
    outcome = faults.pg_outage(runner, own_pg)
    check(outcome, ExitCode.store_unavailable)
    assert outcome.said.startswith(f"credcheck: error: store postgresql+psycopg://postgres@127.0.0.1:"
                                   f"{own_pg.port}/"), outcome.said
    assert "unreachable for" in outcome.said


def test_sqlite_disk_full_stops_the_run_and_the_next_run_completes_once_space_is_freed(
        tiny_window, tmp_path):
    window = faults.small_window(tiny_window, tmp_path, KEEP)
    try:
        disk = faults.small_disk(tmp_path / "disk")
        path = disk.__enter__()
    except PermissionError as why:
        pytest.skip(str(why))
    try:
        store = path / "store.sqlite"
        outcome = faults.sqlite_full(faults.Runner(window, str(store), tmp_path), path)
    finally:
        disk.__exit__(None, None, None)
    check(outcome, ExitCode.store_full)
    assert outcome.said.startswith(f"credcheck: error: store {store}: disk full"), outcome.said


def test_a_reader_killed_mid_document_costs_that_upload_only(tiny_window, tmp_path):
    window = faults.small_window(tiny_window, tmp_path, KEEP)
    outcome = faults.reader_killed(faults.reader_runner(window, tmp_path))
    print(f"\n{outcome}")
    assert outcome.rc == ExitCode.ok and "(1 unreadable)" in outcome.said, outcome
    [line] = outcome.unreadable
    assert line.endswith(": reading failed: the reader process died (SIGKILL)"), line
    assert outcome.orphans == [] and outcome.store_problems == []
    assert outcome.stored_at_stop == KEEP  # the run went on: every applicant stored
    assert outcome.next_rc == ExitCode.ok and outcome.stored_in_the_end == KEEP
    assert outcome.most_screenings == 1  # the next run had nothing to do
