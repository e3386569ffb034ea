"""Timed stages of one applicant's screening, for structured logs and benchmarks.

Pipeline code marks its stages::

    with trace.scope(applicant_id="LZ2024-0001"):
        with trace.span("read", file="毕业证.jpg") as fields:
            doc = read_upload(...)
            fields["pages"] = len(doc.pages)

and whoever runs the work collects them::

    with trace.recording() as events:
        result = screen_applicant(folder, ctx, options)

A flow task runs on a worker whose log handlers nobody sees, so the events travel back with
the task's result and the flow logs them where the run was started. When nothing is
recording, a span costs two clock reads and one context-variable lookup. Context variables
keep concurrent applicants on different threads apart.

Events carry names of files and stages, never document text: nothing here can leak an
identity number (the JSON log writer masks free text all the same).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import MappingProxyType

Value = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class Event:
    """One finished stage: what it was, where, how long it took."""

    stage: str  # e.g. "read", "ocr", "extract", "checks", "screen"
    seconds: float
    ended_at: float  # time.time() when the stage ended
    fields: Mapping[str, Value] = field(default_factory=dict)  # applicant_id, file, page, ...


_EVENTS: ContextVar[list[Event] | None] = ContextVar("credcheck_trace_events", default=None)
_SCOPE: ContextVar[Mapping[str, Value]] = ContextVar("credcheck_trace_scope",
                                                     default=MappingProxyType({}))


@contextmanager
def recording() -> Iterator[list[Event]]:
    """Collect the events of the stages run inside the block (this thread/context only)."""
    events: list[Event] = []
    token = _EVENTS.set(events)
    try:
        yield events
    finally:
        _EVENTS.reset(token)


@contextmanager
def scope(**fields: Value) -> Iterator[None]:
    """Fields (applicant id, file) that every span inside the block inherits."""
    token = _SCOPE.set({**_SCOPE.get(), **fields})
    try:
        yield
    finally:
        _SCOPE.reset(token)


@contextmanager
def span(stage: str, **fields: Value) -> Iterator[dict[str, Value]]:
    """Time the block as one `stage`; the yielded dict takes fields known only at the end.

    A block that raises is recorded too, with ``error`` set to the exception's type.
    """
    found: dict[str, Value] = {}
    started = time.perf_counter()
    try:
        yield found
    except BaseException as error:
        found.setdefault("error", type(error).__name__)
        raise
    finally:
        events = _EVENTS.get()
        if events is not None:
            events.append(Event(stage, time.perf_counter() - started, time.time(),
                                {**_SCOPE.get(), **fields, **found}))


def recording_now() -> bool:
    """Whether a caller is collecting events (lets costly measurements be skipped otherwise)."""
    return _EVENTS.get() is not None


def add(events: Iterable[Event]) -> None:
    """Record stages timed elsewhere (a reader process) as if they had run here: each gets
    this block's scope fields (the applicant), as its own spans would have."""
    recorded = _EVENTS.get()
    if recorded is None:
        return
    scope_fields = _SCOPE.get()
    recorded.extend(Event(e.stage, e.seconds, e.ended_at, {**scope_fields, **e.fields})
                    for e in events)


def peak_rss_bytes() -> int:
    """This process's own peak resident memory (for ``applicant_done`` and reader events).

    Linux's ``VmHWM``, not getrusage's ``ru_maxrss``: the kernel carries the starting
    process's peak across fork and exec into ``ru_maxrss``, so a Dask worker or a reader
    started by a large process would report that process's size (a worker spawned by a
    2.4 GiB process said 2,444 MiB; its own peak was 62 MiB).
    """
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)  # bytes on macOS, KiB elsewhere
