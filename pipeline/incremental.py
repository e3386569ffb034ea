"""Incremental runs: which applicants of a window need screening, which stored results stand.

An applicant's stored result is reused when the fingerprint of everything that result was
made from is unchanged. The fingerprint (:func:`applicant_fingerprint`) is a SHA-256 over

- the applicant folder: every file's name and content hash (the form included), the files
  refused at ingest and the form's error, if any;
- the reference rows about this person: pension records and integrity-archive entries (a
  new social-security export changes only the applicants whose rows changed);
- what the year registry says about this person and papers (another window of the year that
  claims the same paper or person changes this applicant's ``PAPER_SHARED`` or
  ``DUPLICATE_APPLICATION``, so it is re-screened);
- the policy as loaded (notice file and window.toml overrides), and
- the code: credcheck's version, ``READ_VERSION``, the result format, a digest of the
  source of ``pipeline`` and ``extractors``, and the OCR engine's identity.

The suspect-journal list is deliberately *not* in the fingerprint: its version is stored
beside it. A result whose fingerprint matches but whose list version differs only needs its
journal rules re-run on the stored extractions (:mod:`pipeline.rescreen`), not a new read.

Nor are the other applicants of the window: the window rules (:mod:`pipeline.window_rules`)
that compare them run on every run over fresh and stored results alike, and their flags are
stored beside each result (:meth:`WindowRun.save_window_flags`), never in it, so an applicant
that gains or loses one because another changed is re-saved, not re-screened.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.checks._base import CheckContext
from pipeline.files import file_sha256, read_regular
from pipeline.ingest.application import MAX_FORM_BYTES
from pipeline.ingest.window import ApplicantFolder, Window
from pipeline.model import ApplicantResult, Flag, status_of
from pipeline.papers import declared_identity
from pipeline.policy import Policy
from pipeline.read import READ_VERSION
from pipeline.rescreen import Rescreened, changes_of, rescreen_result
from pipeline.screen import not_screened
from pipeline.serialize import FORMAT
from pipeline.store import FlagChange, Store, StoredState, StoreError

_ROOT = Path(__file__).resolve().parents[1]
_SOURCE_PACKAGES = ("pipeline", "extractors")


class _Digest:
    """sha256 over labelled parts, so that ("ab", "c") and ("a", "bc") differ."""

    def __init__(self) -> None:
        self._h = hashlib.sha256()

    def add(self, label: str, value: str | bytes) -> None:
        # names may not be UTF-8
        data = value.encode("utf-8", "surrogateescape") if isinstance(value, str) else value
        self._h.update(f"{label}:{len(data)}:".encode())
        self._h.update(data)

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def stable_repr(value: Any) -> str:
    """``repr`` with every set's members sorted, so that a fingerprint is the same in every
    process: a set's order follows string hashes, which Python salts per process (a paper's
    venue is a frozenset; its plain repr re-screened unchanged applicants on every run).

    >>> stable_repr(frozenset({"issn:1000-4726", "cn:11-2253"}))
    "{'cn:11-2253', 'issn:1000-4726'}"
    """
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(stable_repr(v) for v in value)) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = (f"{f.name}={stable_repr(getattr(value, f.name))}"
                  for f in dataclasses.fields(value))
        return f"{type(value).__name__}({', '.join(fields)})"
    if isinstance(value, Mapping):
        items = (f"{stable_repr(k)}: {stable_repr(v)}" for k, v in value.items())
        return "{" + ", ".join(sorted(items)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(stable_repr(v) for v in value) + "]"
    return repr(value)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the code that makes results: version, read/format versions and sources.

    Any edit to a module of ``pipeline`` or ``extractors`` changes it, so results made by
    other code are never reused (the OCR cache still is, keyed on its own).
    """
    d = _Digest()
    try:
        d.add("credcheck", metadata.version("credcheck"))
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a plain checkout
        d.add("credcheck", "unknown")
    d.add("read", READ_VERSION)
    d.add("format", str(FORMAT))
    for package in _SOURCE_PACKAGES:
        for path in sorted((_ROOT / package).rglob("*.py")):
            d.add(path.relative_to(_ROOT).as_posix(), path.read_bytes())
    return d.hexdigest()[:16]


def policy_digest(policy: Policy) -> str:
    """A digest of a loaded policy (every value and clause, overrides applied)."""
    d = _Digest()
    d.add("policy", stable_repr(policy))
    return d.hexdigest()


def applicant_fingerprint(
    folder: ApplicantFolder, ctx: CheckContext, *, policy: str, code: str, engine: str
) -> str:
    """The fingerprint of everything one applicant's result is made from, but the list.

    Args:
        folder: the applicant folder as loaded.
        ctx: the run's check context (references and year registry; the window must already
            be registered).
        policy: :func:`policy_digest` of the run's policy.
        code: :func:`code_version`.
        engine: the OCR engine's identity (name, versions, models).
    """
    d = _Digest()
    d.add("code", code)
    d.add("engine", engine)
    d.add("policy", policy)
    d.add("applicant", folder.applicant_id)
    d.add("error", folder.error or "")
    for name in sorted({*folder.files, "application.json"}):
        path = folder.folder / name
        d.add("file", name)
        d.add("sha256", file_sha256(path) if path.is_file() and not path.is_symlink() else "-")
    for name, why in sorted(folder.rejected.items()):
        d.add("rejected", f"{name}\t{why}")
    app = folder.application
    if app is not None:
        person = app.id_number.strip().upper()
        d.add("pension_source", ctx.pension_source)
        d.add("pensions",
              "absent" if ctx.pensions is None else stable_repr(ctx.pensions.get(person, ())))
        d.add("integrity",
              "absent" if ctx.integrity is None else stable_repr(ctx.integrity.get(person, ())))
        if ctx.registry is not None:
            year = ctx.policy.review_year.value
            d.add("same_person", stable_repr(ctx.registry.same_person_and_level(
                year, app.id_number, app.level, exclude=app.applicant_id)))
            for paper in app.papers:
                d.add("paper_claims", stable_repr(ctx.registry.paper_claims(
                    year, declared_identity(paper).title, exclude=app.applicant_id)))
    return d.hexdigest()


@dataclass(frozen=True)
class Plan:
    """What a run does with each applicant of a window."""

    screen: tuple[str, ...]  # new or changed: read, extract, check
    rescreen: tuple[str, ...]  # unchanged, but made with another list: journal rules only
    reuse: tuple[str, ...]  # unchanged: the stored result stands


def plan(
    fingerprints: Mapping[str, str], stored: Mapping[str, StoredState], list_version: str
) -> Plan:
    """Sort a window's applicants by what must be done, in window order.

    >>> s = {"A": StoredState("h1", "v1"), "B": StoredState("h2", "v0"),
    ...      "C": StoredState("x", "v1")}
    >>> plan({"A": "h1", "B": "h2", "C": "h3", "D": "h4"}, s, "v1")
    Plan(screen=('C', 'D'), rescreen=('B',), reuse=('A',))
    """
    screen: list[str] = []
    rescreen: list[str] = []
    reuse: list[str] = []
    for aid, fingerprint in fingerprints.items():
        known = stored.get(aid)
        if known is None or known.input_hash != fingerprint:
            screen.append(aid)
        elif known.blacklist_version != list_version:
            rescreen.append(aid)
        else:
            reuse.append(aid)
    return Plan(tuple(screen), tuple(rescreen), tuple(reuse))


class WindowRun:
    """One incremental run of a window against the results store.

    Made by :meth:`begin` once the window is registered in the year registry (the
    fingerprints read it); then the flow screens :attr:`to_screen`, hands each outcome to
    :meth:`keep` as soon as it is done, runs the window rules over :meth:`results`, stores
    their flags with :meth:`save_window_flags`, and writes its reports.
    """

    def __init__(self, store: Store, window: Window, ctx: CheckContext, run_id: str,
                 fingerprints: dict[str, str], work: Plan, list_version: str) -> None:
        self.store = store
        self.window = window
        self.ctx = ctx
        self.run_id = run_id
        self.fingerprints = fingerprints
        self.plan = work
        self.list_version = list_version
        self.screened = 0
        self.rescreened = 0
        self.unfinished: dict[str, ApplicantResult] = {}  # not screened: in the outputs, not stored
        self.committed: set[str] = set()  # screened and stored by this run
        self._folders = {a.applicant_id: a for a in window.applicants}

    @classmethod
    def begin(cls, store: Store, window: Window, ctx: CheckContext, *, engine: str,
              policy_ref: str, overrides: Mapping[str, Any]) -> WindowRun:
        """Fingerprint every applicant, compare with the store, and record the run's start.

        Args:
            engine: the OCR engine's identity.
            policy_ref: the policy name or file the window is run with (for re-screening).
            overrides: window.toml's policy overrides.
        """
        assert ctx.blacklist is not None, "an incremental run needs the suspect-journal list"
        year = ctx.policy.review_year.value
        policy, code = policy_digest(ctx.policy), code_version()
        fingerprints = {a.applicant_id: applicant_fingerprint(a, ctx, policy=policy, code=code,
                                                              engine=engine)
                        for a in window.applicants}
        store.prune(window.name, fingerprints)
        if Path(policy_ref).is_file():  # a policy file: re-screening may run from elsewhere
            policy_ref = str(Path(policy_ref).absolute())
        store.record_window(window.name, year, str(window.path.absolute()), policy_ref, overrides)
        work = plan(fingerprints, store.states(window.name), ctx.blacklist.version)
        run_id = store.begin_run("screen", window=window.name, review_year=year,
                                 blacklist_version=ctx.blacklist.version, code_version=code)
        return cls(store, window, ctx, run_id, fingerprints, work, ctx.blacklist.version)

    @property
    def to_screen(self) -> list[ApplicantFolder]:
        """The applicant folders that must be read, extracted and checked, in window order."""
        return [self._folders[aid] for aid in self.plan.screen]

    def keep(self, folder: ApplicantFolder, result: ApplicantResult | None,
             error: str = "") -> None:
        """One applicant's outcome: its result is stored at once; without one (its task failed
        outright: `error`) it is reported as not screened and not stored, so the next run
        screens it again."""
        if result is not None:
            self.commit(result)
        else:
            self.unfinished[folder.applicant_id] = not_screened(folder, error)

    def commit(self, result: ApplicantResult) -> None:
        """Store one freshly screened applicant (its own transaction)."""
        aid = result.applicant_id
        folder = self._folders[aid]
        self.store.save_result(self.run_id, self.window.name, self.ctx.policy.review_year.value,
                               self.fingerprints[aid], self.list_version, result,
                               _form_text(folder), status_of(result))
        self.screened += 1
        self.committed.add(aid)

    def abandon(self, reason: str) -> list[str]:
        """Give up the applicants still to screen (the run was stopped): each is reported as
        not screened with `reason` and left out of the store, so the next run screens it.
        Returns their ids."""
        left = [f for f in self.to_screen
                if f.applicant_id not in self.committed and f.applicant_id not in self.unfinished]
        for folder in left:
            self.unfinished[folder.applicant_id] = not_screened(folder, reason)
        return [f.applicant_id for f in left]

    def rescreen_stale(self) -> list[FlagChange]:
        """Re-run the journal rules on unchanged applicants stored with another list version."""
        changes: list[FlagChange] = []
        for stored in self.store.stored(window=self.window.name, not_version=self.list_version):
            if stored.applicant_id not in self.plan.rescreen:
                continue
            folder = self._folders[stored.applicant_id]
            if folder.application is None:
                outcome = Rescreened(stored.result, (), ())
            else:
                outcome = rescreen_result(stored.result, folder.application, self.ctx)
            found = changes_of(self.window.name, stored.applicant_id, outcome)
            self.store.save_rescreen(self.run_id, stored, outcome.result, self.list_version,
                                     status_of(stored.reported(outcome.result)), found)
            changes += found
            self.rescreened += 1
        return changes

    def results(self) -> list[ApplicantResult]:
        """Every applicant's result as its own rules found it, from the store, in window order
        (those this run could not screen: as not screened).

        Raises:
            StoreError: an applicant of the window has no result (the run is incomplete).
        """
        stored = {**self.store.load_results(self.window.name, self._folders), **self.unfinished}
        missing = [aid for aid in self._folders if aid not in stored]
        if missing:
            raise StoreError(f"{self.window.name}: no stored result for {', '.join(missing[:5])}"
                             + (" …" if len(missing) > 5 else ""))
        return [stored[aid] for aid in self._folders]

    def save_window_flags(self, results: list[ApplicantResult],
                          found: Mapping[str, tuple[Flag, ...]]) -> int:
        """Store the window rules' flags (`found`, by applicant) of each stored applicant whose
        stored ones differ; returns how many were re-saved. `results` are :meth:`results`."""
        stored = self.store.window_flags(self.window.name)
        changed = 0
        for result in results:
            aid, flags = result.applicant_id, found.get(result.applicant_id, ())
            if aid in stored and aid not in self.unfinished and stored[aid] != flags:
                self.store.save_window_flags(self.window.name, result, flags,
                                             status_of(result.with_(flags=result.flags + flags)))
                changed += 1
        return changed

    def finish(self, status: str, detail: str | None = None) -> None:
        """Record how the run ended."""
        self.store.end_run(self.run_id, status, applicants=len(self._folders),
                           screened=self.screened, reused=len(self.plan.reuse),
                           rescreened=self.rescreened, detail=detail)


def _form_text(folder: ApplicantFolder) -> str | None:
    """application.json as uploaded, when it was valid (re-screening validates it again)."""
    if folder.application is None:
        return None
    return read_regular(folder.folder / "application.json", MAX_FORM_BYTES).decode("utf-8-sig")
