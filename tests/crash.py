"""Kill a real `credcheck run` mid-window, run it again, and measure what happened.

Used by tests/test_crash_resume.py (the assertions) and bench/bench_resume.py (the figures).
The run is a separate process group (the CLI and its embedded Prefect API server); it is
killed with SIGKILL, like a power cut, once `kill_after` applicants are committed to the
store, which is polled read-only.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

OUTPUTS = ("applicants.csv", "flags.csv", "files.csv", "units.csv", "fields.csv")


def differences(a: Path, b: Path) -> list[str]:
    """Output files of two runs that differ: the CSV files and the applicants' pages (the
    overview page carries the run's timing and counts, so it is left out)."""
    names = list(OUTPUTS)
    pages = {p.name for d in (a, b) for p in (d / "reports").glob("*.html")
             if p.name != "index.html"}
    names += [f"reports/{name}" for name in sorted(pages)]
    return [n for n in names
            if not (a / n).is_file() or not (b / n).is_file()
            or (a / n).read_bytes() != (b / n).read_bytes()]


def assert_same_outputs(a: Path, b: Path) -> None:
    """Fail naming the output files that differ between two runs."""
    assert differences(a, b) == []


def credcheck_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m flows.cli``."""
    script = Path(sys.executable).parent / "credcheck"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "flows.cli"]


def run_env(home: Path) -> dict[str, str]:
    """An environment with a private Prefect home and credcheck home (no server to share)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(home / "prefect"), CREDCHECK_HOME=str(home / "credcheck"),
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="300",
               PREFECT_LOGGING_LEVEL="WARNING", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return env


def committed(store: Path, window: str) -> int:
    """How many applicants of `window` have a stored result (0 before the table exists)."""
    if not store.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=2) as db:
            return db.execute('SELECT count(*) FROM results WHERE "window"=?',
                              (window,)).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or busy at this instant
        return 0


@dataclass
class CrashOutcome:
    """What the crashed run and the resumed run did."""

    committed_at_kill: int
    killed_after_s: float
    resume_s: float
    resume_output: str


def crash_and_resume(window: Path, out: Path, store: Path, cache: Path, home: Path, *,
                     kill_after: int = 2, timeout: float = 900) -> CrashOutcome:
    """Start `credcheck run`, SIGKILL it once `kill_after` applicants are stored, run again.

    Raises:
        RuntimeError: the first run ended before it could be killed, or timed out.
    """
    args = [*credcheck_command(), "run", str(window), "--out", str(out), "--store", str(store),
            "--cache", str(cache)]
    env = run_env(home)
    started = time.monotonic()
    log = (home / "crashed-run.log").open("wb")
    proc = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        while committed(store, window.name) < kill_after:
            if proc.poll() is not None:
                raise RuntimeError(f"the run ended (rc {proc.returncode}) "
                                   "before it could be killed: "
                                   + (home / "crashed-run.log").read_text(errors="replace")[-2000:])
            if time.monotonic() - started > timeout:
                raise RuntimeError("the run committed nothing in time")
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its embedded API server
        killed_after = time.monotonic() - started
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        log.close()
    at_kill = committed(store, window.name)
    started = time.monotonic()
    resumed = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
    if resumed.returncode != 0:
        raise RuntimeError(f"the resumed run failed (rc {resumed.returncode}): "
                           f"{resumed.stderr[-2000:]}")
    return CrashOutcome(at_kill, killed_after, time.monotonic() - started, resumed.stdout)
