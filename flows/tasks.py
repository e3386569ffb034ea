"""Prefect tasks: each a one-line call into `pipeline`, sized per applicant.

Tasks do not cache on their inputs (``NO_CACHE``): hashing the check context (the suspect
list, the pension table) for every applicant would cost more than the work it saves. OCR is
cached below them, by file content and engine (:mod:`pipeline.read.cache`).
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from pipeline.checks._base import CheckContext
from pipeline.ingest.window import ApplicantFolder
from pipeline.model import ApplicantResult
from pipeline.screen import ScreenOptions, screen_applicant


@task(name="screen-applicant", cache_policy=NO_CACHE, retries=0,
      task_run_name="screen-{folder.applicant_id}")
def screen_applicant_task(folder: ApplicantFolder, ctx: CheckContext, options: ScreenOptions) -> ApplicantResult:
    """Read, extract and check one applicant."""
    return screen_applicant(folder, ctx, options)
