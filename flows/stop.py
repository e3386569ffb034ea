"""Clean stops: SIGTERM and SIGINT end a `credcheck run` within seconds, children included.

The CLI installs one :class:`Stopper` for the process (:func:`install`). On the first signal
it records the request and arms a watchdog; the run stops at the next safe point:

- while the flow waits for applicants (:func:`interruptible`, around that wait only) or
  before a flow has started, the handler raises :class:`Interrupted` at once;
- elsewhere (an applicant being committed, outputs being written) it only records the
  request, and :func:`check` raises at the next boundary.

The flow then writes the outputs of what was screened and calls :func:`conclude`, which ends
the process: every child process (the embedded Prefect API server among them) is terminated,
then killed, and the process exits with 130 (SIGINT) or 143 (SIGTERM) through ``os._exit``,
without waiting for the worker threads still reading the applicants that are abandoned.

A run whose store is lost (:class:`pipeline.store.StoreLost`: unreachable past the retry time,
or its disk full) ends the same way through :func:`abort`, with the store's exit code (7, 8)
and one line, but without writing outputs: they are read from the store.

A second signal, or the watchdog after :data:`GRACE_SECONDS`, ends the process at once in
the same way (children first). Without an installed stopper (the flow called from Python,
the tests' in-process runs) every function here is a no-op.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

GRACE_SECONDS = float(os.environ.get("CREDCHECK_STOP_GRACE", "10"))  # first signal to forced exit
SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Interrupted(BaseException):  # noqa: N818 - like KeyboardInterrupt: not an Exception
    """The run was asked to stop by a signal; `exit_code` is 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"interrupted by {signal.Signals(signum).name}")

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


class Stopper:
    """The process's signal handling for one run; see the module docstring."""

    def __init__(self, grace: float = GRACE_SECONDS) -> None:
        self.grace = grace
        self.signum: int | None = None
        self.requested_at: float | None = None
        self.interruptible = True  # no flow yet: nothing to save, raise at once

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.signum is not None:
            _say(f"credcheck: second {signal.Signals(signum).name}: stopping now")
            end_process(128 + self.signum)
        self.signum, self.requested_at = signum, time.monotonic()
        _say(f"credcheck: {signal.Signals(signum).name} received: stopping (again to stop at once)")
        threading.Thread(target=self._watchdog, name="credcheck-stop-watchdog", daemon=True).start()
        if self.interruptible:
            raise Interrupted(signum)

    def arm(self) -> None:
        """(Re)install the handlers: Prefect's flow engine puts its own SIGTERM handler in
        place while a flow runs. Main thread only."""
        for sig in SIGNALS:
            signal.signal(sig, self.handle)

    def _watchdog(self) -> None:
        time.sleep(self.grace)
        _say(f"credcheck: not stopped after {self.grace:g} s: stopping now")
        end_process(128 + (self.signum or signal.SIGTERM))


_stopper: Stopper | None = None


def install(grace: float = GRACE_SECONDS) -> Stopper:
    """Install the process's stopper and its SIGTERM/SIGINT handlers (main thread); the one
    already installed is kept (a signal it has recorded stays recorded)."""
    global _stopper
    if _stopper is None:
        _stopper = Stopper(grace)
    _stopper.arm()
    return _stopper


def uninstall() -> None:
    """Restore the default handlers (for tests that install a stopper in-process)."""
    global _stopper
    _stopper = None
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)


def signal_name(signum: int) -> str:
    """SIGTERM, SIGINT, ... for a signal's number."""
    return signal.Signals(signum).name


def requested() -> Interrupted | None:
    """The pending stop request, if a signal was received."""
    if _stopper is None or _stopper.signum is None:
        return None
    return Interrupted(_stopper.signum)


def check() -> None:
    """Raise :class:`Interrupted` if a stop was requested."""
    pending = requested()
    if pending is not None:
        raise pending


def enter_flow() -> None:
    """Called first thing in a flow: take the signals back from Prefect, record them only
    (raise at :func:`check` or within :func:`interruptible`), and stop if one came already."""
    if _stopper is None or threading.current_thread() is not threading.main_thread():
        return
    _stopper.interruptible = False
    _stopper.arm()
    check()


@contextmanager
def interruptible() -> Iterator[None]:
    """A block where a signal raises :class:`Interrupted` at once (a wait, nothing half-done)."""
    if _stopper is None:
        yield
        return
    check()
    before, _stopper.interruptible = _stopper.interruptible, True
    try:
        yield
    finally:
        _stopper.interruptible = before


def conclude(interrupted: Interrupted) -> None:
    """After the outputs of an interrupted run are written: end the process (children
    first) with its exit code. Returns only when no stopper is installed."""
    if _stopper is not None:
        took = time.monotonic() - (_stopper.requested_at or time.monotonic())
        _say(f"credcheck: {interrupted}: stopped in {took:.1f} s; run again to resume")
        end_process(interrupted.exit_code)


def abort(line: str, code: int) -> None:
    """A fault the run cannot go on from (its store lost: unreachable past the retry time, or
    its disk full): say `line` (one line), end the process (children first) with `code`.
    Nothing more is written: the outputs would be read from the store. Returns only when no
    stopper is installed (the caller raises)."""
    if _stopper is not None:
        _say(f"credcheck: error: {line}")
        end_process(code)


def end_process(code: int) -> None:
    """Terminate every child process (then kill those left after 2 s) and exit with `code`
    at once, without waiting for worker threads."""
    try:
        end_children()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001, S110 - exiting anyway
                pass
        os._exit(code)


def end_children(timeout: float = 2.0) -> list[int]:
    """SIGTERM every descendant of this process, SIGKILL those alive after `timeout`; returns
    their pids."""
    import psutil

    me = psutil.Process()
    children = me.children(recursive=True)
    for child in children:
        try:
            child.terminate()
        except psutil.NoSuchProcess:
            continue
    _gone, alive = psutil.wait_procs(children, timeout=timeout)
    for child in alive:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            continue
    psutil.wait_procs(alive, timeout=timeout)
    return [c.pid for c in children]


def _say(line: str) -> None:
    try:
        print(line, file=sys.stderr, flush=True)
    except Exception:  # noqa: BLE001, S110 - a closed stderr must not stop the stop
        pass
