"""Issue 15, overlapping runs: one run of a window at a time per store. The holder is a real
second process; a second run refuses naming it (host, pid, start), or waits with --wait; the
lock of a run killed with SIGKILL is taken over (SQLite: stale row of a dead pid; PostgreSQL:
the server drops the advisory lock with the connection)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline.errors import ExitCode
from pipeline.store import Store
from pipeline.window_lock import WindowBusy, acquire, holder
from tests.crash import credcheck_command, run_env

ROOT = Path(__file__).resolve().parents[1]
HOLD = textwrap.dedent("""
    import sys, time
    from pipeline.store import Store
    from pipeline.window_lock import acquire
    lock = acquire(Store(sys.argv[1]), sys.argv[2])
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
    lock.release()
    print("released", flush=True)
    time.sleep(60)
""")


def hold(store: str, window: str, seconds: float = 300) -> subprocess.Popen[str]:
    """A process that takes `window`'s lock in `store` and keeps it for `seconds`."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLD, store, window, str(seconds)], env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def end(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def take(store: str, window: str, within: float = 20.0):
    """Acquire, retrying while the killed holder's lock is being dropped by the server."""
    deadline = time.monotonic() + within
    while True:
        try:
            return acquire(Store(store), window)
        except WindowBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def check_overlap(store: str) -> None:
    holder_proc = hold(store, "W1")
    try:
        with pytest.raises(WindowBusy) as refused:
            acquire(Store(store), "W1")
        line = str(refused.value)
        assert "\n" not in line
        assert (f"host {socket.gethostname()}" in line and f"pid {holder_proc.pid}" in line
                and "started 20" in line)
        assert holder(Store(store), "W1").pid == holder_proc.pid
        acquire(Store(store), "W2").release()  # another window is free
        holder_proc.send_signal(signal.SIGKILL)  # a run that dies holding the lock
        holder_proc.wait()
        lock = take(store, "W1")
        if lock.took_over is not None:  # SQLite: the dead run's row
            assert lock.took_over.pid == holder_proc.pid
        assert holder(Store(store), "W1").pid == os.getpid()
        lock.release()
        assert holder(Store(store), "W1") is None
    finally:
        end(holder_proc)


def test_sqlite_second_run_refuses_and_a_dead_runs_lock_is_taken_over(tmp_path):
    check_overlap(str(tmp_path / "store.sqlite"))


@pytest.mark.slow
def test_postgresql_second_run_refuses_and_a_dead_runs_lock_is_released(pg_server):
    url = pg_server.create_database()
    try:
        check_overlap(url)
    finally:
        pg_server.drop_database(url)


def test_wait_waits_for_the_first_run(tmp_path):
    store = str(tmp_path / "store.sqlite")
    first = hold(store, "W1", seconds=2)
    try:
        seen = []
        started = time.monotonic()
        lock = acquire(Store(store), "W1", wait=True, waiting=seen.append)
        assert [h.pid for h in seen] == [first.pid]
        assert time.monotonic() - started >= 1.0
        assert lock.took_over is None  # released by the first run, not taken from it
        lock.release()
    finally:
        end(first)


def test_credcheck_run_refuses_an_overlapping_run_with_one_line(tiny_window, tmp_path):
    store = str(tmp_path / "store.sqlite")
    first = hold(store, tiny_window.name)
    try:
        args = [*credcheck_command(), "run", str(tiny_window), "--out", str(tmp_path / "out"),
                "--store", store, "--engine", "none", "--no-progress"]
        (tmp_path / "prefect").mkdir()
        second = subprocess.run(args, env=run_env(tmp_path), capture_output=True, text=True,
                                timeout=300)
    finally:
        end(first)
    assert second.returncode == ExitCode.window_busy, second.stderr
    [line] = second.stderr.strip().splitlines()
    assert line.startswith(f"credcheck: error: window {tiny_window.name} "
                           "is being screened by another run")
    assert f"pid {first.pid}" in line and socket.gethostname() in line
    assert not (tmp_path / "out").exists()
