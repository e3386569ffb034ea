"""Issue 15, clean stops: SIGTERM sent to a real `credcheck run` once its first applicant is
committed ends it within seconds with exit code 143, leaves no child process (the embedded
Prefect API server), writes the outputs with the rest "not screened", and the next run
completes the window screening only those."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from flows.stop import GRACE_SECONDS
from pipeline.errors import ExitCode
from pipeline.store import Store
from tests.crash import committed, credcheck_command, run_env
from tests.faults import in_group

pytestmark = pytest.mark.slow

KEEP = 3  # applicants of the tiny window kept: enough to stop mid-window, few to resume


def small_window(tiny_window: Path, folder: Path) -> Path:
    """The tiny window with its first KEEP applicants only."""
    window = folder / tiny_window.name
    shutil.copytree(tiny_window, window, ignore=shutil.ignore_patterns("truth.json"))
    for extra in sorted((window / "applicants").iterdir())[KEEP:]:
        shutil.rmtree(extra)
    return window


def descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_sigterm_stops_a_run_cleanly_and_the_next_run_resumes(tiny_window, tmp_path):
    window = small_window(tiny_window, tmp_path)
    out, store, home = tmp_path / "out", tmp_path / "store.sqlite", tmp_path / "home"
    args = [*credcheck_command(), "run", str(window), "--out", str(out), "--store", str(store),
            "--engine", "none", "--no-cache", "--no-progress", "--workers", "1"]
    env = run_env(home)
    (home / "prefect").mkdir(parents=True)
    log = tmp_path / "stopped-run.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(args, env=env, stdout=sink, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            started = time.monotonic()
            while committed(store, window.name) < 1:
                assert proc.poll() is None, (f"the run ended (rc {proc.returncode}) too soon: "
                                             f"{log.read_text()}")
                assert time.monotonic() - started < 600, "no applicant committed in 10 minutes"
                time.sleep(0.05)
            children = descendants(proc.pid)
            assert children, "the run has no child process (the embedded Prefect API server)"
            sent = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(timeout=60)
            stop_s = time.monotonic() - sent
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    text = log.read_text(errors="replace")
    print(f"\nSIGTERM after {sent - started:.1f} s; stopped in {stop_s:.2f} s (rc {rc}); "
          f"children were {[c.pid for c in children]}\n{text[-1500:]}")
    assert rc == ExitCode.terminated == 143, text
    assert stop_s < GRACE_SECONDS, f"stopped by the watchdog, not cleanly ({stop_s:.1f} s)"
    assert "stopped in" in text  # the clean path, not the forced one
    time.sleep(0.2)
    assert [c.pid for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE] == []
    assert in_group(proc.pid) == [], "a process of the stopped run survived"

    done = committed(store, window.name)
    assert 1 <= done < KEEP, "the signal must land mid-window"
    applicants = rows(out / "applicants.csv")
    assert len(applicants) == KEEP
    unscreened = [r["applicant_id"] for r in applicants if "not screened" in r["errors"]
                  or "interrupted by SIGTERM" in r["errors"]]
    assert len(unscreened) == KEEP - done, applicants
    assert all(r["status"] == "review" for r in applicants if r["applicant_id"] in unscreened)
    files = rows(out / "files.csv")
    assert {r["applicant_id"] for r in files
            if r["detail"].startswith("not screened")} == set(unscreened)
    assert (out / "reports" / "index.html").is_file()
    results = Store(store)
    assert [r.status for r in results.runs(window=window.name)] == ["interrupted"]

    resumed = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert not [r for r in rows(out / "applicants.csv") if "not screened" in r["errors"]]
    counts = results.screen_counts(window.name)
    assert len(counts) == KEEP and set(counts.values()) == {1}, counts
    first, second = results.runs(window=window.name)
    assert (first.status, second.status) == ("interrupted", "completed")
    assert (second.screened, second.reused) == (KEEP - done, done)
