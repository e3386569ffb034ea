"""Prefect tasks: each a one-line call into `pipeline`, sized per applicant.

Tasks do not cache on their inputs (``NO_CACHE``): hashing the check context (the suspect
list, the pension table) for every applicant would cost more than the work it saves. OCR is
cached below them, by file content and engine (:mod:`pipeline.read.cache`).

The check context arrives as a :class:`flows.runners.Shared` handle (Prefect does not walk
it, a Dask cluster receives it once per worker). A task returns the applicant's result with
the timed stages of its screening and where it ran, so the flow can log them: a worker's own
log handlers are out of the user's sight.
"""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass, replace

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.runners import Shared, worker_threads
from pipeline import trace
from pipeline.checks._base import CheckContext
from pipeline.ingest.window import ApplicantFolder
from pipeline.model import ApplicantResult
from pipeline.screen import ScreenOptions, screen_applicant


@dataclass(frozen=True)
class Screened:
    """One applicant's result, the stages that produced it, and the worker that ran them."""

    result: ApplicantResult
    events: tuple[trace.Event, ...]
    seconds: float
    worker: str  # host:pid
    peak_rss_bytes: int  # the worker process's peak resident memory so far


@task(name="screen-applicant", cache_policy=NO_CACHE, retries=0,
      task_run_name="screen-{folder.applicant_id}")
def screen_applicant_task(
    folder: ApplicantFolder, ctx: Shared[CheckContext] | CheckContext, options: ScreenOptions
) -> Screened:
    """Read, extract and check one applicant."""
    context = ctx.get() if isinstance(ctx, Shared) else ctx
    threads = worker_threads()
    if threads is not None:  # a Dask worker: its threads share its cores
        options = replace(options, workers_per_process=threads)
    started = time.perf_counter()
    with trace.recording() as events:
        result = screen_applicant(folder, context, options)
    return Screened(result, tuple(events), time.perf_counter() - started,
                    f"{socket.gethostname()}:{os.getpid()}", peak_rss_bytes())


def peak_rss_bytes() -> int:
    """This worker process's own peak resident memory (:func:`pipeline.trace.peak_rss_bytes`)."""
    return trace.peak_rss_bytes()
