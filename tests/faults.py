"""Inject one fault into a real `credcheck run` process and measure what happened (issue 15).

Used by tests/test_faults_run.py (the assertions) and bench/bench_faults.py (the figures).
Each fault hits a run of a small window (``--engine none``) once its first applicant is
committed, then the next run is started as a cron tick would, and the store is checked:

- ``sigterm``: SIGTERM sent to the run;
- ``overlap``: a second run of the same window started while the first is going;
- ``pg_restart`` / ``pg_outage``: the run's PostgreSQL server stopped, and started again
  `pg_down_s` later (within the retry time) or only after the run gave up;
- ``sqlite_full``: the disk of the run's SQLite store filled up (a small tmpfs mounted for
  the store, filled by the test; needs the right to mount), then space freed;
- ``reader_killed``: the reader process reading an upload SIGKILLed on that upload's first
  page, as the out-of-memory killer or a crash in native code ends it. Pages need OCR for a
  read to last long enough to be hit, so this run uses a slow stand-in engine
  (tests/marking_engine.py, 0.3 s a page, registered through the engine seam by the command
  that starts the run) instead of ``--engine none``.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from pipeline.store import Store
from tests.crash import committed, credcheck_command, run_env
from tests.pg import PgServer


@dataclass
class Outcome:
    """What one fault did."""

    fault: str
    rc: int | None = None  # the faulted run's exit status
    said: str = ""  # its last line from credcheck (what the operator sees)
    stop_s: float | None = None  # from the fault to the process's end
    stored_at_stop: int = 0  # applicants committed when it ended
    orphans: list[int] = field(default_factory=list)  # its processes alive after it ended
    store_problems: list[str] = field(default_factory=list)  # Store.verify() after it ended
    other_rc: int | None = None  # overlap: the second run's status and line
    other_said: str = ""
    next_rc: int | None = None  # the next run (as the next cron tick)
    next_s: float | None = None  # its wall time: the time to recover
    stored_in_the_end: int = 0
    applicants: int = 0
    most_screenings: int = 0  # of one applicant, over both runs (must be 1)
    unreadable: list[str] = field(default_factory=list)  # files.csv: "applicant/file: detail"


def small_window(source: Path, folder: Path, keep: int) -> Path:
    """A copy of `source` with its first `keep` applicants."""
    window = folder / source.name
    shutil.copytree(source, window, ignore=shutil.ignore_patterns("truth.json"))
    for extra in sorted((window / "applicants").iterdir())[keep:]:
        shutil.rmtree(extra)
    return window


def in_group(pgid: int) -> list[int]:
    """Live processes of a process group (zombies left out)."""
    found = []
    for proc in psutil.process_iter(["pid", "status"]):
        try:
            if os.getpgid(proc.pid) == pgid and proc.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(proc.pid)
        except (ProcessLookupError, psutil.NoSuchProcess):
            continue
    return found


def pg_committed(url: str, window: str) -> int:
    """How many applicants of `window` a PostgreSQL store holds (0 when unreachable)."""
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=2) as conn:
            return conn.execute('SELECT count(*) FROM results WHERE "window" = %s',
                                (window,)).fetchone()[0]
    except psycopg.Error:
        return 0


def last_line(log: Path) -> str:
    """The run's last line from credcheck (an error or a stop), else its summary line."""
    lines = log.read_text(errors="replace").splitlines()
    said = [x for x in lines if x.startswith("credcheck:")]
    summary = [x for x in lines if " applicants (" in x and " screened" in x]
    return (said or summary or [""])[-1]


#: `credcheck run` with the slow stand-in engine registered (the ``reader_killed`` fault).
WITH_MARKING_ENGINE = ("import sys; from pipeline.read.engines import ENGINES; "
                       "ENGINES['marking'] = 'tests.marking_engine:Marking'; "
                       "from flows.cli import main; sys.exit(main(sys.argv[1:]))")


class Runner:
    """Runs of one window against one store, as a cron job would start them."""

    def __init__(self, window: Path, store: str, work: Path, env: dict[str, str] | None = None,
                 engine: str = "none") -> None:
        self.window, self.store, self.work = window, store, work
        self.home = work / "home"
        (self.home / "prefect").mkdir(parents=True, exist_ok=True)
        self.env = {**run_env(self.home), **(env or {})}
        command = (credcheck_command() if engine == "none"
                   else [sys.executable, "-c", WITH_MARKING_ENGINE])
        self.args = [*command, "run", str(window), "--out", str(work / "out"), "--store", store,
                     "--engine", engine, "--no-cache", "--no-progress", "--workers", "1"]
        self.runs = 0

    def committed(self) -> int:
        if "://" in self.store:
            return pg_committed(self.store, self.window.name)
        return committed(Path(self.store), self.window.name)

    def start(self) -> tuple[subprocess.Popen[bytes], Path]:
        self.runs += 1
        log = self.work / f"run{self.runs}.log"
        with log.open("wb") as sink:
            proc = subprocess.Popen(self.args, env=self.env, stdout=sink, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        return proc, log

    def wait_committed(self, proc: subprocess.Popen[bytes], log: Path, n: int = 1,
                       timeout: float = 600) -> None:
        started = time.monotonic()
        while self.committed() < n:
            if proc.poll() is not None:
                raise RuntimeError(f"the run ended (rc {proc.returncode}) too soon: "
                                   + log.read_text(errors="replace")[-2000:])
            if time.monotonic() - started > timeout:
                raise RuntimeError("no applicant committed in time")
            time.sleep(0.05)

    def finish(self, proc: subprocess.Popen[bytes], timeout: float = 600) -> int:
        try:
            return proc.wait(timeout=timeout)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()

    def run(self, timeout: float = 900) -> tuple[int, float, str]:
        """One whole run: its status, wall time and last line."""
        started = time.monotonic()
        proc, log = self.start()
        rc = self.finish(proc, timeout)
        return rc, time.monotonic() - started, last_line(log)


def faulted(runner: Runner, fault: str, inject: Callable[[subprocess.Popen[bytes]], None],
            after_stop: Callable[[], None] | None = None) -> Outcome:
    """Start a run, `inject` the fault once an applicant is committed, wait for the run's
    end, call `after_stop` (free the space, start the server), run again, and measure."""
    outcome = Outcome(fault, applicants=sum(1 for _ in (runner.window / "applicants").iterdir()))
    proc, log = runner.start()
    try:
        runner.wait_committed(proc, log)
        sent = time.monotonic()
        inject(proc)
        outcome.rc = runner.finish(proc)
        outcome.stop_s = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    time.sleep(0.2)
    outcome.orphans = in_group(proc.pid)
    outcome.said = last_line(log)
    files = runner.work / "out" / "files.csv"
    if files.is_file():
        with files.open(encoding="utf-8-sig", newline="") as handle:
            outcome.unreadable = [f"{r['applicant_id']}/{r['file']}: {r['detail']}"
                                  for r in csv.DictReader(handle) if r["status"] == "unreadable"]
    if after_stop is not None:
        after_stop()
    outcome.stored_at_stop = runner.committed()
    store = Store(runner.store)
    outcome.store_problems = store.verify()
    outcome.next_rc, outcome.next_s, _ = runner.run()
    outcome.stored_in_the_end = runner.committed()
    counts = store.screen_counts(runner.window.name)
    outcome.most_screenings = max(counts.values(), default=0)
    outcome.store_problems += store.verify()
    store.close()
    return outcome


def sigterm(runner: Runner) -> Outcome:
    return faulted(runner, "sigterm", lambda proc: proc.send_signal(signal.SIGTERM))


def overlap(runner: Runner) -> Outcome:
    """A second run while the first is going: it refuses (exit 6); the first completes."""
    second: dict[str, object] = {}

    def inject(_proc: subprocess.Popen[bytes]) -> None:
        rc, _took, said = runner.run()
        second.update(rc=rc, said=said)

    outcome = faulted(runner, "overlap", inject)
    outcome.other_rc, outcome.other_said = second["rc"], str(second["said"])  # type: ignore[assignment]
    return outcome


def pg_restart(runner: Runner, server: PgServer, down_s: float = 3.0) -> Outcome:
    """The server restarted within the retry time: the run waits and completes."""
    def inject(_proc: subprocess.Popen[bytes]) -> None:
        server.halt()
        threading.Timer(down_s, server.resume).start()

    return faulted(runner, "pg_restart", inject)


def pg_outage(runner: Runner, server: PgServer) -> Outcome:
    """The server down past the retry time: the run stops (exit 7); started again after."""
    return faulted(runner, "pg_outage", lambda _proc: server.halt(), after_stop=server.resume)


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of `size` mounted on `folder` (root, or CAP_SYS_ADMIN).

    Raises:
        PermissionError: mounting is not allowed here (the reason in the message).
    """
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700",
                              "credcheck-full", str(folder)], capture_output=True, text=True)
    if mounted.returncode != 0:
        raise PermissionError(f"cannot mount a small tmpfs for the store: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the filesystem of `folder` to the last byte; returns the filler file."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with filler.open("wb", buffering=0) as handle:
        while True:
            try:
                handle.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                if len(chunk) == 1:
                    break
                chunk = chunk[: len(chunk) // 2]
    return filler


def sqlite_full(runner: Runner, disk: Path) -> Outcome:
    """The store's disk full mid-run: the run stops (exit 8); space freed, the next run
    completes."""
    filler: list[Path] = []
    return faulted(runner, "sqlite_full", lambda _proc: filler.append(fill(disk)),
                   after_stop=lambda: filler[0].unlink())


def reader_runner(window: Path, work: Path, page_s: float = 0.3) -> Runner:
    """Runs of `window` whose pages in OCR take `page_s` each (the stand-in engine), noting
    each page's start in ``<work>/marks.txt``; readers in processes, as by default."""
    env = {"CREDCHECK_TEST_MARKS": str(work / "marks.txt"), "CREDCHECK_TEST_PAGE_S": str(page_s)}
    return Runner(window, str(work / "store.sqlite"), work, env=env, engine="marking")


def reader_killed(runner: Runner) -> Outcome:
    """The reader SIGKILLed on the first page it starts once an applicant is committed: that
    upload is unreadable with the reason, the run goes on and completes (exit 0)."""
    from tests.marking_engine import marks

    notes = Path(runner.env["CREDCHECK_TEST_MARKS"])

    def inject(proc: subprocess.Popen[bytes]) -> None:
        seen = len(marks(notes))
        started = time.monotonic()
        while True:
            fresh = [pid for what, pid, _at in marks(notes)[seen:] if what == "start"]
            if fresh:
                os.kill(fresh[0], signal.SIGKILL)
                return
            if proc.poll() is not None or time.monotonic() - started > 300:
                raise RuntimeError("no page was recognised after the first applicant was committed")
            time.sleep(0.01)

    return faulted(runner, "reader_killed", inject)
