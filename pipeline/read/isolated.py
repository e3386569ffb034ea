"""Uploads read in a reader process: a crash in native code costs that upload, not the run.

    docs = read_isolated(path, engine="rapidocr", name="学历.pdf", cache_dir=..., limits=...,
                         settings=ReaderSettings(threads=1, recycle_pages=500))

A crash in ONNX Runtime or MuPDF, or the out-of-memory killer, ends the process it hits. So
each screening thread hands its uploads, one at a time, to a reader process of its own, which
runs :func:`pipeline.read.read_upload` and sends back its results and the trace events of its
pages. The process is long-lived (its OCR models load once, on its first page to recognise)
and serves its thread's uploads until it has read ``recycle_pages`` pages, when it is retired
and the next upload starts a new one: whatever a leak took goes with it.

- A reader that dies (EOF on its socket) costs the upload it was reading only: that upload is
  unreadable, "reading failed: the reader process died (SIGKILL)" (or the signal, or the exit
  status), and the thread's next upload starts a new process. A reader ended by SIGTERM or
  SIGINT was stopped, not crashed (the run is being stopped, or someone stopped it): that is
  :class:`ReaderStopped`, which fails the applicant rather than storing a reading that says
  nothing about the upload, raised only after :data:`STOPPED_PAUSE_S`, by when a stop of the
  whole run has ended this process without a failure logged for each applicant in flight.
- The time limit per document (``ReadLimits.max_seconds``) is hard here: the reader gives up
  between pages as the in-process reader does, and one still busy :data:`HARD_GRACE_S` (5 s,
  at most the limit again) after its limit, a page that never ends, is killed. Waiting for an
  OCR slot counts for neither.
- OCR slots (:mod:`pipeline.read.slots`) are granted by the thread, from this process's cap:
  the reader asks before each page it recognises. So ``--ocr-slots`` bounds the pages in OCR
  across every reader of the run (of a Dask worker process), and a slot held by a reader that
  dies is released by its thread.

Readers are started as ``python -m pipeline.read.isolated``, a fresh interpreter, never a
fork of the threaded run (a fork copies locks other threads hold); unlike multiprocessing's
start methods this also works inside Dask's worker processes, which are daemonic and may not
have multiprocessing children. A reader ignores SIGINT (Ctrl-C is the run's to handle), is
killed by the kernel when the thread that started it ends (Linux), and otherwise exits when
its socket closes, after the page in hand.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pipeline import trace
from pipeline.errors import CredcheckError, DocumentUnreadable
from pipeline.model import ReadDocument
from pipeline.read import slots
from pipeline.read.safe_open import ReadLimits

HARD_GRACE_S = 5.0  # past its time limit (at most the limit again) a reader may give up by itself
STOPPED_PAUSE_S = 5.0  # a reader ended by SIGTERM: the run's own stop has this long to end us
START_TIMEOUT_S = 120.0  # a reader must say it is ready within this (a busy machine's imports)
THREADS_ENV = "CREDCHECK_OCR_THREADS"  # ONNX Runtime threads per reader, over the fitted number

Result = ReadDocument | DocumentUnreadable


class _Gone(Exception):
    """The reader was dead before the upload reached it: no fault of the upload."""


class ReaderLost(DocumentUnreadable):
    """An upload whose reader process died reading it, or was killed at the hard time limit:
    the process is gone, which the run's log says louder than other unreadable uploads."""


class ReaderStopped(CredcheckError):
    """A reader process was ended by SIGTERM or SIGINT: stopped, not crashed. The applicant
    being read fails (it is screened again by the next run) instead of keeping an
    "unreadable" upload that says nothing about the upload."""


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, which containers and taskset set)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def ocr_threads(readers: int, ocr_slots: int | None = None, cores: int | None = None) -> int:
    """ONNX Runtime's intra-op threads for each page, so that the pages in OCR at once never
    ask for more threads than there are cores: ``cores // min(readers, slots)``, at least 1.

    `readers`: threads (or reader processes) of this process that read at once; `ocr_slots`:
    the cap on pages in OCR at once (None: :func:`slots.configured`). ``$CREDCHECK_OCR_THREADS``
    overrides (several Dask worker processes on one machine each see every core).

    >>> ocr_threads(2, 1, cores=16), ocr_threads(2, 2, cores=16), ocr_threads(4, 4, cores=2)
    (16, 8, 1)
    """
    raw = os.environ.get(THREADS_ENV, "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    at_once = max(1, min(max(1, readers), slots.configured(ocr_slots)))
    return max(1, (cores or available_cores()) // at_once)


@dataclass(frozen=True)
class ReaderSettings:
    """How a thread's reader processes are run."""

    threads: int = 1  # ONNX Runtime intra-op threads per page (:func:`ocr_threads`)
    recycle_pages: int = 500  # a reader is retired after this many pages (0: never)


@dataclass(frozen=True)
class _Request:
    """One upload, with what the in-process reader would be called with."""

    path: str
    name: str
    engine: str
    engine_target: str  # ENGINES[engine], "module:Class": an engine registered here is known there
    cache_dir: str | None
    limits: ReadLimits
    workdir: str | None
    options: dict[str, Any] = field(default_factory=dict)  # ocr_slots, verify_text_layer, ...


# --------------------------------------------------------------------------- the thread's side
class ReaderProcess:
    """One reader process and the socket to it; used by one thread at a time."""

    def __init__(self, settings: ReaderSettings) -> None:
        self.settings = settings
        self.pages = 0  # pages read so far
        self.peak_rss_bytes = 0  # the reader's peak resident memory, as it last said
        ours, theirs = socket.socketpair()
        paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(_package_root()), *paths])}
        for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            env[name] = str(settings.threads)  # the libraries under the engines fit the same cores
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "pipeline.read.isolated", str(theirs.fileno()),
                 str(settings.threads), str(os.getpid())],
                pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, close_fds=True)
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        self._closer = weakref.finalize(self, _end, self.proc, self.conn)
        if not self.conn.poll(START_TIMEOUT_S):
            self.kill()
            raise OSError(f"the reader process did not start within {START_TIMEOUT_S:g} s")
        try:
            self.conn.recv()  # "ready": imports done
        except EOFError:
            raise OSError(f"the reader process could not start ({self._death()})") from None

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def read(self, request: _Request) -> list[Result]:
        """Read one upload in the process; an upload that kills it, or runs past its hard
        time limit, comes back unreadable (the process is then gone)."""
        limit = request.limits.max_seconds
        started, waited, held = time.perf_counter(), 0.0, False
        slot_cap = request.options.get("ocr_slots")
        try:
            self.conn.send(request)
        except OSError:
            self.kill()
            raise _Gone from None
        try:
            while True:
                timeout = None
                if limit is not None:
                    hard = limit + min(HARD_GRACE_S, limit)
                    timeout = max(0.0, hard - (time.perf_counter() - started - waited))
                if not self.conn.poll(timeout):
                    work = time.perf_counter() - started - waited
                    self.kill()
                    return [ReaderLost(request.name, (
                        f"reading stopped: {work:.0f} s exceeds the time limit of {limit:g} s per "
                        "document (its reader process was stopped)"))]
                message = self.conn.recv()
                if message[0] == "slot":
                    asked = time.perf_counter()
                    slots.acquire(slot_cap)
                    held = True
                    waited += time.perf_counter() - asked
                    self.conn.send(time.perf_counter() - asked)
                elif message[0] == "free":
                    held = False
                    slots.release(slot_cap)
                else:  # ("done", results, events, pages, peak rss)
                    _done, results, events, pages, self.peak_rss_bytes = message
                    self.pages += pages
                    trace.add(events)
                    return list(results)
        except (EOFError, OSError):
            death = self._death()
            if self.proc.returncode in (-signal.SIGTERM, -signal.SIGINT, 0):
                # Most likely the run is being stopped (its children are sent SIGTERM, or the
                # whole service is; 0: the stop reaped the reader first, so its status is lost):
                # let that stop end this process first, so that it does not report each
                # applicant in flight as failed. Still here: only the reader was stopped.
                time.sleep(STOPPED_PAUSE_S)
                raise ReaderStopped(f"the reader process was stopped ({death}) while reading "
                                    f"{request.name}") from None
            return [ReaderLost(request.name, f"reading failed: the reader process {death}")]
        finally:
            if held:  # the reader died or was killed holding it
                slots.release(slot_cap)

    def _death(self) -> str:
        """How the process ended: "died (SIGKILL)", "exited with status 1"."""
        try:
            rc = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # its socket closed, yet it lives: end it
            self.kill()
            rc = self.proc.returncode
        if rc is not None and rc < 0:
            try:
                return f"died ({signal.Signals(-rc).name})"
            except ValueError:
                return f"died (signal {-rc})"
        return f"exited with status {rc}"

    def close(self, timeout: float = 5.0) -> None:
        """Ask the process to exit (it finishes nothing more); kill it if it does not."""
        with contextlib.suppress(OSError):
            self.conn.send(None)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        self._closer()

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        self.proc.wait()
        self._closer()


def _end(proc: subprocess.Popen[bytes], conn: Connection) -> None:
    """The last word on a reader nobody holds any more (its thread ended, or exit)."""
    with contextlib.suppress(OSError):
        conn.close()  # the reader sees EOF and exits
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _package_root() -> Path:
    """The folder `pipeline` was imported from, first on the reader's path, so that it runs
    this very code (not another install of it)."""
    import pipeline

    return Path(pipeline.__file__).resolve().parents[1]


_LOCAL = threading.local()  # .reader: this thread's ReaderProcess


def reader(settings: ReaderSettings) -> ReaderProcess:
    """This thread's reader process: a new one when it has none, its last died, it has read
    its `recycle_pages`, or it runs with other settings."""
    current: ReaderProcess | None = getattr(_LOCAL, "reader", None)
    if current is not None:
        spent = settings.recycle_pages and current.pages >= settings.recycle_pages
        if spent or current.settings != settings or not current.alive():
            current.close()
            current = None
    if current is None:
        current = _LOCAL.reader = ReaderProcess(settings)
    return current


def facts() -> dict[str, int | float]:
    """This thread's reader, for the "read" trace event: its pid and peak memory (MiB)."""
    current: ReaderProcess | None = getattr(_LOCAL, "reader", None)
    if current is None:
        return {}
    return {"reader_pid": current.pid,
            "reader_peak_rss_mb": round(current.peak_rss_bytes / 2**20, 1)}


def retire() -> None:
    """End this thread's reader process, if it has one (it is otherwise ended with the thread)."""
    current: ReaderProcess | None = getattr(_LOCAL, "reader", None)
    if current is not None:
        _LOCAL.reader = None
        current.close()


def read_isolated(
    path: Path,
    *,
    engine: str,
    settings: ReaderSettings = ReaderSettings(),
    cache_dir: Path | None = None,
    name: str | None = None,
    limits: ReadLimits = ReadLimits(),
    workdir: Path | None = None,
    **options: Any,
) -> list[Result]:
    """:func:`pipeline.read.read_upload` of one upload, in this thread's reader process, with
    the engine registered as `engine` and the OCR cache in `cache_dir`."""
    from pipeline.read.engines import ENGINES, engine_class

    engine_class(engine)  # an unknown engine fails here, as in-process
    request = _Request(os.path.abspath(path), name or Path(path).name, engine, ENGINES[engine],
                       str(cache_dir) if cache_dir else None, limits,
                       str(workdir) if workdir else None, dict(options))
    try:
        return reader(settings).read(request)
    except _Gone:  # it died idle (killed between uploads): this upload goes to a new one
        return reader(settings).read(request)


# --------------------------------------------------------------------------- the reader's side
@contextlib.contextmanager
def _asked_slot(conn: Connection) -> Iterator[float]:
    """An OCR slot granted by the thread that started this reader."""
    conn.send(("slot",))
    waited = float(conn.recv())
    try:
        yield waited
    finally:
        conn.send(("free",))


def serve(conn: Connection, threads: int) -> None:
    """Read the uploads sent on `conn` until it closes or says None."""
    from pipeline.read import OcrCache, read_upload
    from pipeline.read.engines import ENGINES, LazyEngine

    slots.delegate(lambda: _asked_slot(conn))
    engines: dict[str, LazyEngine] = {}
    import numpy  # noqa: F401 - imported before the first upload's clock starts, not on it
    import pymupdf  # noqa: F401
    from PIL import Image  # noqa: F401

    conn.send(("ready",))
    while True:
        try:
            request: _Request | None = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        ENGINES.setdefault(request.engine, request.engine_target)
        pages = 0
        with trace.recording() as events:
            try:
                engine = engines.get(request.engine)
                if engine is None:
                    engine = engines[request.engine] = LazyEngine(request.engine, threads=threads)
                results = read_upload(
                    Path(request.path), engine=engine, name=request.name,
                    cache=OcrCache(Path(request.cache_dir)) if request.cache_dir else None,
                    limits=request.limits,
                    workdir=Path(request.workdir) if request.workdir else None,
                    **request.options)
            except Exception as exc:  # noqa: BLE001 - as the in-process reader reports it
                why = f"reading failed: {type(exc).__name__}: {exc}"
                results = [DocumentUnreadable(request.name, why)]
            pages = sum(len(r.pages) for r in results if isinstance(r, ReadDocument))
        conn.send(("done", results, list(events), pages, trace.peak_rss_bytes()))


def _die_with_parent(parent: int) -> None:
    """Have the kernel SIGKILL this reader when the thread that started it ends (Linux's
    PR_SET_PDEATHSIG): a run that ends with ``os._exit`` (a stop) or is killed leaves no reader
    behind, not even one its threads started while the stop ended the others."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the closed socket ends it, after its page
        return
    if os.getppid() != parent:  # the parent was gone before the kernel was asked
        os._exit(0)


def main(argv: list[str]) -> None:
    """``python -m pipeline.read.isolated FD THREADS PARENT_PID``: serve the socket inherited
    as FD."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the run decides
    fd, threads, parent = int(argv[0]), int(argv[1]), int(argv[2])
    _die_with_parent(parent)
    try:
        serve(Connection(fd), threads)
    except (BrokenPipeError, ConnectionResetError, EOFError):  # the run is gone: nothing to say
        pass


if __name__ == "__main__":
    main(sys.argv[1:])
