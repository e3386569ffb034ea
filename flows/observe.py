"""What a run tells while it goes: structured events, a JSON-lines log, a progress bar.

The flow publishes events on the ``credcheck.run`` logger (:func:`emit`): ``run_started``,
one ``stage`` per timed stage of each applicant (read, ocr, extract, checks, screen; they
come back from the workers with the task result), ``applicant_done`` or
``applicant_failed``, ``applicants_resubmitted`` (a lost Dask worker took the shared check
context: those applicants run again), and ``run_finished``. Each carries fields: run id,
applicant id, file, page, stage, seconds, worker, ... Consumers are ordinary logging handlers
the CLI attaches (:func:`observing`):

- :class:`JsonLinesHandler` writes one JSON object per line (``credcheck run --log-json``):
  every event, and the warnings of the other ``credcheck`` loggers of this process; free text
  and string fields go through :func:`pipeline.redact.mask_text`, so identity numbers never
  reach the file.
- :class:`ProgressHandler` draws a bar of applicants done on stderr (a terminal only).
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from pipeline.redact import mask_text

RUN_LOGGER = "credcheck.run"
FIELDS = "credcheck_fields"  # the LogRecord attribute that holds an event's fields

_run_log = logging.getLogger(RUN_LOGGER)
_run_log.setLevel(logging.INFO)
_run_log.propagate = False  # events are for the handlers below, not Prefect's console


def emit(event: str, **fields: Any) -> None:
    """Publish one event with its fields (handlers decide where it goes)."""
    _run_log.info(event, extra={FIELDS: fields})


def record_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The fields of an event record ({} for an ordinary log record)."""
    fields = getattr(record, FIELDS, None)
    return dict(fields) if isinstance(fields, dict) else {}


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, (list, tuple)):
        return [_masked(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _masked(v) for k, v in value.items()}
    if value is None or isinstance(value, (int, bool)):
        return value
    return mask_text(str(value))


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per record: ts, level, logger, event, then the event's fields."""

    def __init__(self) -> None:
        super().__init__()
        self.run_id: str | None = None

    def format(self, record: logging.LogRecord) -> str:
        fields = record_fields(record)
        if fields.get("run_id"):
            self.run_id = str(fields["run_id"])
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": mask_text(record.getMessage()),
            "run_id": self.run_id,
        }
        for key, value in fields.items():
            line.setdefault(key, _masked(value))
        if record.exc_info:
            line["exception"] = mask_text(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


class JsonLinesHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Appends JSON lines to a file ("-": stderr); one write per line, flushed."""

    def __init__(self, target: Path | str) -> None:
        self._owned: TextIO | None = None
        if str(target) == "-":
            stream: TextIO = sys.stderr
        else:
            path = Path(target)
            path.parent.mkdir(parents=True, exist_ok=True)
            stream = self._owned = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
        super().__init__(stream)
        self.setFormatter(JsonLinesFormatter())

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._owned is not None:
                self._owned.close()
                self._owned = None


class ProgressHandler(logging.Handler):
    """A rich progress bar of applicants done, driven by run events (stderr)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__(logging.INFO)
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._lock_bar = threading.Lock()
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
            TextColumn("{task.fields[last]}"),
            console=Console(file=stream or sys.stderr), transient=False,
        )
        self._task: Any = None

    def emit(self, record: logging.LogRecord) -> None:
        event, fields = record.getMessage(), record_fields(record)
        with self._lock_bar:
            if event == "run_started":
                self._progress.start()
                self._task = self._progress.add_task(
                    f"screening {fields.get('window', '')}", total=fields.get("applicants"),
                    last="")
            elif event in ("applicant_done", "applicant_failed") and self._task is not None:
                last = f"{fields.get('applicant_id', '')} {fields.get('status', 'failed')}"
                self._progress.update(self._task, advance=1, last=last)
            elif event == "run_finished":
                self.close()

    def close(self) -> None:
        if self._task is not None:
            self._progress.stop()
            self._task = None
        super().close()


@contextmanager
def observing(*, log_json: Path | str | None = None, progress: bool = False,
              stream: TextIO | None = None) -> Iterator[None]:
    """Attach the JSON-lines log and/or the progress bar for the block.

    The bar is drawn only when `stream` (default stderr) is a terminal.
    """
    out = stream or sys.stderr
    with ExitStack() as stack:
        if log_json is not None:
            handler = stack.enter_context(_closing(JsonLinesHandler(log_json)))
            _attach(stack, _run_log, handler)
            _attach(stack, logging.getLogger("credcheck"), handler)  # warnings of the pipeline
        if progress and out.isatty():
            _attach(stack, _run_log, stack.enter_context(_closing(ProgressHandler(out))))
        yield


@contextmanager
def _closing(handler: logging.Handler) -> Iterator[Any]:
    try:
        yield handler
    finally:
        handler.close()


def _attach(stack: ExitStack, logger: logging.Logger, handler: logging.Handler) -> None:
    logger.addHandler(handler)
    stack.callback(logger.removeHandler, handler)
