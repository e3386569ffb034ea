"""Re-screening: after a suspect-journal list change, re-run the journal rules on stored results.

Only ``JOURNAL_BLACKLISTED`` and ``JOURNAL_ID_INVALID`` look at journals, and they need only
the declared form and the paper extractions, both kept in the results store. So a list
change never re-reads an upload: each stored result gets its journal flags recomputed
against the current list, every other flag is kept as it was, and the flags that appeared
(``new``) and disappeared (``cleared``) are reported per applicant.

The merged result is exactly what a full screening with the new list would produce: rules
run in :data:`pipeline.checks.ALL_CHECKS` order and each rule's flags are contiguous, so the
journal rules' flags (and their "not checked" errors) are put back at their rules' place.
The window rules' flags are stored beside the result (:mod:`pipeline.store`) and stay as they
are: a list change does not change what applicants share.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from pipeline import policy as policies
from pipeline.checks import ALL_CHECKS, journal_blacklisted, journal_id_invalid, run_checks
from pipeline.checks._base import Case, Check, CheckContext
from pipeline.errors import CredcheckError
from pipeline.ingest.application import Application
from pipeline.journals import Blacklist
from pipeline.model import ApplicantResult, Flag, RuleError, status_of
from pipeline.policy import Policy
from pipeline.store import FlagChange, Store, StoredResult

JOURNAL_CHECKS: tuple[Check, ...] = (journal_blacklisted, journal_id_invalid)
JOURNAL_CODES = frozenset(c.CODE for c in JOURNAL_CHECKS)
_ORDER = {c.CODE: i for i, c in enumerate(ALL_CHECKS)}


@dataclass(frozen=True)
class Rescreened:
    """One applicant after re-screening: the merged result and what changed."""

    result: ApplicantResult
    new: tuple[Flag, ...]
    cleared: tuple[Flag, ...]


def _identity(flag: Flag) -> tuple[object, ...]:
    """Two flags are the same finding when their flags.csv rows are the same."""
    return flag.finding


def _merge(old: Sequence[RuleError | Flag], new: Sequence[RuleError | Flag],
           code_of: Callable[..., str | None]) -> list:
    """Old items of other rules and new items of the journal rules, in rule order.

    Items of an unknown rule keep their place at the end (none are expected)."""
    kept = [x for x in old if code_of(x) not in JOURNAL_CODES]
    merged = kept + list(new)
    return sorted(merged, key=lambda x: _ORDER.get(code_of(x), len(_ORDER)))  # stable


def rescreen_result(result: ApplicantResult, application: Application,
                    ctx: CheckContext) -> Rescreened:
    """Re-run the journal rules for one applicant from its stored result."""
    case = Case(application=application, extractions={x.file: x for x in result.extractions})
    flags, errors = run_checks(case, ctx, JOURNAL_CHECKS)
    merged_flags = _merge(result.flags, flags, lambda f: f.code)
    merged_errors = _merge(result.errors, errors, lambda e: e.code)
    before = {_identity(f) for f in result.flags}
    after = {_identity(f) for f in merged_flags}
    return Rescreened(
        result=result.with_(flags=tuple(merged_flags), errors=tuple(merged_errors)),
        new=tuple(f for f in merged_flags if _identity(f) not in before),
        cleared=tuple(f for f in result.flags if _identity(f) not in after),
    )


def changes_of(window: str, applicant_id: str, outcome: Rescreened) -> list[FlagChange]:
    """The store's change rows for one re-screened applicant."""
    return ([FlagChange(window, applicant_id, "new", f) for f in outcome.new]
            + [FlagChange(window, applicant_id, "cleared", f) for f in outcome.cleared])


def journal_context(policy: Policy, blacklist: Blacklist) -> CheckContext:
    """A check context with what the journal rules need (no reference tables, no registry)."""
    return CheckContext(policy=policy, pensions=None, integrity={}, blacklist=blacklist)


@dataclass
class RescreenReport:
    """What a re-screen over the store did."""

    list_version: str
    run_id: str = ""
    applicants: int = 0
    windows: set[str] = field(default_factory=set)
    changes: list[tuple[ApplicantResult, FlagChange]] = field(default_factory=list)  # new result
    skipped: list[str] = field(default_factory=list)  # "window/applicant: why"

    @property
    def new(self) -> int:
        """Flags that appeared."""
        return sum(1 for _, c in self.changes if c.change == "new")

    @property
    def cleared(self) -> int:
        """Flags that disappeared."""
        return sum(1 for _, c in self.changes if c.change == "cleared")

    @property
    def changed_applicants(self) -> int:
        """Applicants with at least one new or cleared flag."""
        return len({(c.window, c.applicant_id) for _, c in self.changes})

    def line(self) -> str:
        """One line for the terminal."""
        return (f"re-screened {self.applicants} stored applicant(s) "
                f"in {len(self.windows)} window(s) against list {self.list_version[:12]}: "
                f"{self.new} new, {self.cleared} cleared flag(s) "
                f"for {self.changed_applicants} applicant(s)"
                + (f"; {len(self.skipped)} skipped" if self.skipped else ""))


def rescreen_store(
    store: Store,
    blacklist: Blacklist,
    *,
    review_year: int | None = None,
    window: str | None = None,
    run_id: str,
    force: bool = False,
    own_list: Callable[[str], Blacklist | None] | None = None,
) -> Iterator[tuple[StoredResult, Rescreened | str]]:
    """Re-run the journal rules on every stored result made with another list version.

    `own_list(window)` gives the list a window carries itself, if any: that window's results
    are re-screened against it, not against `blacklist`.

    Each applicant is committed on its own (result, flags and changes in one transaction,
    with the new list version), so an interrupted re-screen resumes where it stopped and a
    second one finds nothing to do. Yields each applicant with its outcome, or with why it
    was skipped (a form that could not be read has no papers to check).

    Args:
        force: re-screen results already made with this list too.
    """
    rules: dict[str, CheckContext | str] = {}
    lists: dict[str, Blacklist] = {}
    for stored in store.stored(review_year=review_year, window=window,
                               not_version=None if force else blacklist.version):
        suspect = lists.get(stored.window)
        if suspect is None:
            suspect = lists[stored.window] = ((own_list(stored.window) if own_list else None)
                                              or blacklist)
        if not force and stored.blacklist_version == suspect.version:
            continue  # made with the list its window carries
        if stored.form is None:
            # No readable form, no journal rules: only the version moves on.
            store.save_rescreen(run_id, stored, stored.result, suspect.version,
                                status_of(stored.reported()), ())
            yield stored, "form not readable: journal rules do not apply"
            continue
        ctx = rules.get(stored.window)
        if ctx is None:
            ctx = rules[stored.window] = _window_context(store, stored.window, suspect)
        if isinstance(ctx, str):
            yield stored, ctx
            continue
        application = Application.model_validate(json.loads(stored.form))
        outcome = rescreen_result(stored.result, application, ctx)
        store.save_rescreen(run_id, stored, outcome.result, suspect.version,
                            status_of(stored.reported(outcome.result)),
                            changes_of(stored.window, stored.applicant_id, outcome))
        yield stored, outcome


def _window_context(store: Store, window: str, blacklist: Blacklist) -> CheckContext | str:
    info = store.window_info(window)
    if info is None:
        return f"window {window}: no policy recorded (screened by an older credcheck): run it again"
    try:
        rules = policies.load(info.policy, info.overrides)
    except CredcheckError as exc:
        return f"window {window}: policy {info.policy!r} cannot be loaded: {exc}"
    return journal_context(rules, blacklist)


def collect(outcomes: Iterable[tuple[StoredResult, Rescreened | str]],
            report: RescreenReport) -> RescreenReport:
    """Fold re-screen outcomes into a report."""
    for stored, outcome in outcomes:
        report.applicants += 1
        report.windows.add(stored.window)
        if isinstance(outcome, str):
            if not outcome.startswith("form not readable"):
                report.skipped.append(f"{stored.window}/{stored.applicant_id}: {outcome}")
            continue
        reported = stored.reported(outcome.result)
        report.changes.extend((reported, c)
                              for c in changes_of(stored.window, stored.applicant_id, outcome))
    return report
