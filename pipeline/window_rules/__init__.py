"""The window rules: checks that compare the applicants of a window, one module per flag
code, registered here one line each (the applicant rules are :mod:`pipeline.checks`).

:func:`run_window_rules` runs every registered rule over the window's results once every
applicant has one, before the run's results are final: their flags are stored with each
applicant's result (:meth:`pipeline.store.Store.save_window_flags`) and reported like any
other. They are recomputed on every run, over fresh and stored results alike, because an
unchanged applicant gains or loses one when another applicant changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from pipeline.checks._base import CheckContext
from pipeline.model import ApplicantResult, Flag, RuleError
from pipeline.window_rules import doc_tampered, paper_shared, paper_title_reused
from pipeline.window_rules._base import WindowRule

ALL_WINDOW_RULES: Final[tuple[WindowRule, ...]] = (
    doc_tampered,
    paper_shared,
    paper_title_reused,
)


def run_window_rules(
    results: Sequence[ApplicantResult],
    ctx: CheckContext,
    rules: Sequence[WindowRule] = ALL_WINDOW_RULES,
) -> tuple[dict[str, tuple[Flag, ...]], list[RuleError]]:
    """Every applicant's window-rule flags (an empty tuple when none), and the rules that
    could not be evaluated (and why).

    `results` are what each applicant's own rules found, without earlier window-rule flags.
    """
    found: dict[str, list[Flag]] = {r.applicant_id: [] for r in results}
    errors: list[RuleError] = []
    for rule in rules:
        try:
            flags = list(rule.check(results, ctx))
        except Exception as exc:  # noqa: BLE001 - a rule's failure is reported, not fatal
            errors.append(RuleError(rule.CODE, str(exc), window=True))
            continue
        for flag in flags:
            found[flag.applicant_id].append(flag)
    return {aid: tuple(flags) for aid, flags in found.items()}, errors


def with_window_flags(results: Sequence[ApplicantResult],
                      found: Mapping[str, tuple[Flag, ...]]) -> list[ApplicantResult]:
    """`results` with each applicant's window-rule flags after its own: as reported."""
    return [r.with_(flags=r.flags + found[r.applicant_id]) if found.get(r.applicant_id) else r
            for r in results]
