"""The window-rule interface: what every module in :mod:`pipeline.window_rules` provides.

A window rule compares the applicants of one window, so it cannot run in a per-applicant
task: it runs once every applicant has a result (fresh or stored), before the run's results
are final. Like an applicant rule (:mod:`pipeline.checks._base`) it is one module per flag
code with ``CODE``, ``SEVERITY``, ``LABEL`` and ``check``, here ``check(results, ctx)``: a
generator of :class:`pipeline.model.Flag`, each naming the applicant it is about. An exception
means the rule could not be evaluated for the window.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from pipeline.checks._base import CheckContext
from pipeline.model import ApplicantResult, Flag, Severity


class WindowRule(Protocol):
    """What every window-rule module provides."""

    @property
    def CODE(self) -> str: ...  # a module constant

    @property
    def SEVERITY(self) -> Severity: ...  # a module constant

    @property
    def LABEL(self) -> str: ...  # a module constant: the Chinese name

    def check(self, results: Sequence[ApplicantResult], ctx: CheckContext) -> Iterator[Flag]:
        """Yield the flags this rule raises across the window's applicants; nothing if clean.

        `results` are what each applicant's own rules found (no window-rule flags)."""
        ...
