"""Choosing where tasks run, handing them large arguments, and the cluster preflight."""

from __future__ import annotations

import pickle
import socket
import subprocess
import sys
import time

import pytest
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.collections import visit_collection

from flows.runners import (
    ClusterError,
    Shared,
    check_cluster,
    describe,
    scheduler_address,
    task_runner,
)
from pipeline.errors import CredcheckError


def test_thread_pool_by_default_and_dask_by_address() -> None:
    runner = task_runner(workers=3)
    assert isinstance(runner, ThreadPoolTaskRunner) and describe(runner) == "threads 3"
    assert describe(task_runner()) == "threads 2"
    dask = task_runner(dask_address="127.0.0.1:8786")
    assert type(dask).__name__ == "DaskTaskRunner" and dask.address == "tcp://127.0.0.1:8786"
    assert describe(dask) == "dask tcp://127.0.0.1:8786"
    with pytest.raises(CredcheckError, match="at least 1"):
        task_runner(workers=0)


@pytest.mark.parametrize("given, expected", [
    ("127.0.0.1:8786", "tcp://127.0.0.1:8786"),
    ("tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786"),
    ("tls://dask.example:8786", "tls://dask.example:8786"),
])
def test_scheduler_address(given: str, expected: str) -> None:
    assert scheduler_address(given) == expected


@pytest.mark.parametrize("bad", ["localhost", "tcp://:8786", "tcp://host:port"])
def test_bad_scheduler_address_is_one_line(bad: str) -> None:
    with pytest.raises(CredcheckError, match="is not scheme://host:port"):
        scheduler_address(bad)


def test_prefect_does_not_walk_a_shared_value() -> None:
    """Prefect visits every task argument; a Shared is one object to it, however big inside."""
    big = {"rows": [{"n": i} for i in range(20_000)]}
    visited: list[object] = []
    visit_collection(Shared(big), visit_fn=lambda x: visited.append(x) or x, return_data=True,
                     max_depth=-1)
    assert len(visited) == 1
    visited.clear()
    visit_collection(big, visit_fn=lambda x: visited.append(x) or x, return_data=True, max_depth=-1)
    assert len(visited) > 40_000  # what the check context cost per task before
    again = pickle.loads(pickle.dumps(Shared(big)))
    assert again.get() == big


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_scheduler_fails_with_one_line(tmp_path) -> None:
    started = time.perf_counter()
    with pytest.raises(ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:\d+"):
        check_cluster(f"127.0.0.1:{_closed_port()}", [tmp_path], timeout=2)
    assert time.perf_counter() - started < 30


def test_cli_refuses_an_unreachable_cluster_before_starting_a_run(tiny_window, tmp_path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(tiny_window), "--out", str(tmp_path / "out"),
         "--dask-address", f"127.0.0.1:{_closed_port()}", "--no-progress"],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 15, run.stderr
    assert run.stderr.strip().startswith("credcheck: error: cannot reach the Dask scheduler")
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


def test_cli_rejects_both_runners_and_bad_slot_counts(tiny_window, tmp_path) -> None:
    both = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(tiny_window), "--out", str(tmp_path),
         "--workers", "2", "--dask-address", "127.0.0.1:8786"], capture_output=True, text=True)
    assert both.returncode == 2 and "not allowed with argument" in both.stderr
    slots = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(tiny_window), "--out", str(tmp_path),
         "--ocr-slots", "0"], capture_output=True, text=True, timeout=300)
    assert slots.returncode == 15 and "--ocr-slots must be at least 1" in slots.stderr


@pytest.mark.slow
def test_a_failed_task_is_reported_and_the_others_still_come_back(prefect_harness) -> None:
    from prefect import flow, task

    from flows.runners import collect

    @task
    def half(x: int) -> float:
        if x == 2:
            raise RuntimeError("worker died")
        return x / 2

    @flow(task_runner=ThreadPoolTaskRunner(max_workers=2))
    def run() -> tuple[list[float | None], list[tuple[int, float | None, str | None]]]:
        seen: list[tuple[int, float | None, str | None]] = []
        results = collect(half.map([1, 2, 3, 4]),
                          lambda i, r, e: seen.append((i, r, type(e).__name__ if e else None)))
        return results, sorted(seen)

    results, seen = run()
    assert results == [0.5, None, 1.5, 2.0]
    assert seen == [(0, 0.5, None), (1, None, "RuntimeError"), (2, 1.5, None), (3, 2.0, None)]


def test_a_preloaded_window_is_one_object_to_prefect() -> None:
    """The CLI hands the flow the window its preflight loaded: Prefect neither copies it into
    the run's parameters nor walks it."""
    from flows.screen_window import Preloaded, screen_window

    handle = Preloaded(object())
    assert screen_window.serialize_parameters({"preloaded": handle}) == {"preloaded": "<Preloaded>"}
    visited: list[object] = []
    visit_collection(handle, visit_fn=lambda x: visited.append(x) or x, return_data=True,
                     max_depth=-1)
    assert visited == [handle]


def test_cli_run_loads_the_window_once(tiny_window, prefect_harness, tmp_path, monkeypatch) -> None:
    from flows.cli import main
    from pipeline import window_run

    calls: list[object] = []
    original = window_run.load

    def counting(*args, **kwargs):
        calls.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(window_run, "load", counting)
    code = main(["run", str(tiny_window), "--out", str(tmp_path / "out"), "--engine", "none",
                 "--no-cache", "--no-progress", "--store", str(tmp_path / "store.sqlite")])
    assert code == 0 and len(calls) == 1
    assert (tmp_path / "out" / "applicants.csv").is_file()
