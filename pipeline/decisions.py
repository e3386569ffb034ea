"""Reviewers' decisions on flags: deciding, and attaching the current decisions to flags.

A decision belongs to a flag identity: window, applicant, code, file and the fingerprint of
its evidence (:attr:`pipeline.model.Flag.fingerprint`). The store's decision log is
append-only; the current decision of an identity is its latest entry. A run that finds a
flag whose identity has no entry, while a decided identity of the same applicant, code and
file is no longer found, reopens it: the evidence changed since the decision, and a
``reopen`` entry says so in the log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from pipeline.errors import CredcheckError, ExitCode
from pipeline.model import ApplicantResult, Decision, DecisionState, Flag
from pipeline.store import LogEntry, Store

#: Who a run's reopening is logged as.
SYSTEM = "credcheck"
#: Why a run reopens a decided flag (the log's note; reviewers read it).
REOPEN_NOTE = "证据在决定后已发生变化，重新待审 (evidence changed since the decision)"
STATES: tuple[DecisionState, ...] = ("open", "confirmed", "dismissed")

Identity = tuple[str, str, str, str, str]  # window, applicant, code, file, fingerprint


class ReviewError(CredcheckError):
    """A decision cannot be recorded: no such applicant or flag, an ambiguous flag, no note."""

    exit_code = ExitCode.bad_args


def identity(window: str, flag: Flag) -> Identity:
    """The identity a decision on `flag` belongs to."""
    return (window, flag.applicant_id, flag.code, flag.file, flag.fingerprint)


def latest(log: Iterable[LogEntry]) -> dict[Identity, LogEntry]:
    """The latest entry of each identity (the log in the order appended)."""
    out: dict[Identity, LogEntry] = {}
    for entry in log:
        out[entry.identity] = entry
    return out


def as_decision(entry: LogEntry) -> Decision:
    """A log entry as the decision it makes current."""
    return Decision(entry.to_state, entry.by, entry.at, entry.note,  # type: ignore[arg-type]
                    evidence_changed=entry.kind == "reopen")


def with_decisions(store: Store, window: str, flags: Mapping[str, Sequence[Flag]], *,
                   log_reopened: bool = True) -> dict[str, tuple[Flag, ...]]:
    """Applicant id -> its flags, each with its current decision attached (open when none).

    A flag whose decided identity was replaced by another fingerprint (same applicant, code
    and file) is open and marked ``evidence_changed``; with `log_reopened` each reopening is
    appended to the log, once (the new identity then has an entry of its own)."""
    current = latest(store.decision_log(window))
    found = {identity(window, f) for fs in flags.values() for f in fs}
    orphans: dict[tuple[str, str, str, str], LogEntry] = {}
    for key, entry in current.items():
        if key not in found and (entry.to_state != "open" or entry.kind == "reopen"):
            orphans[key[:4]] = entry  # the latest decided identity no longer found
    reopened: list[LogEntry] = []
    out: dict[str, tuple[Flag, ...]] = {}
    for aid, applicant_flags in flags.items():
        decided = []
        for flag in applicant_flags:
            key = identity(window, flag)
            entry = current.get(key)
            if entry is None and key[:4] in orphans:
                entry = LogEntry(*key, at="", by=SYSTEM,
                                 from_state=orphans[key[:4]].to_state, to_state="open",
                                 note=REOPEN_NOTE, kind="reopen")
                reopened.append(entry)
                current[key] = entry
            decided.append(replace(flag, decision=as_decision(entry) if entry else Decision()))
        out[aid] = tuple(decided)
    if reopened and log_reopened:
        stamped = {e.identity: e for e in store.append_decisions(reopened)}
        out = {aid: tuple(replace(f, decision=as_decision(stamped[identity(window, f)]))
                          if identity(window, f) in stamped else f for f in fs)
               for aid, fs in out.items()}
    return out


def attach(store: Store, window: str, results: Sequence[ApplicantResult], *,
           log_reopened: bool = True) -> list[ApplicantResult]:
    """`results` with every flag's current decision attached (see :func:`with_decisions`)."""
    flags = with_decisions(store, window, {r.applicant_id: r.flags for r in results},
                           log_reopened=log_reopened)
    return [r.with_(flags=flags[r.applicant_id]) for r in results]


def find_window(store: Store, applicant_id: str, window: str | None = None) -> str:
    """The window of a stored applicant; raises :class:`ReviewError` naming what is wrong."""
    windows = store.windows_of(applicant_id)
    if window is not None:
        if window not in windows:
            raise ReviewError(f"unknown applicant {applicant_id!r} in window {window!r} "
                              f"({store.describe()})")
        return window
    if not windows:
        raise ReviewError(f"unknown applicant {applicant_id!r}: "
                          f"no stored result in {store.describe()}")
    if len(windows) > 1:
        raise ReviewError(f"applicant {applicant_id!r} is in several windows "
                          f"({', '.join(windows)}): give --window")
    return windows[0]


def find_flag(store: Store, window: str, applicant_id: str, code: str, file: str | None = None,
              fingerprint: str | None = None) -> Flag:
    """The one reported flag of an applicant with this code (on `file`, with a fingerprint
    starting with `fingerprint`); raises :class:`ReviewError` when none or several match."""
    flags = store.reported_flags(window, applicant_id)
    same_code = [f for f in flags if f.code == code.upper()]
    if not same_code:
        codes = ", ".join(sorted({f.code for f in flags})) or "none"
        raise ReviewError(f"no such flag: applicant {applicant_id!r} has no {code.upper()} flag "
                          f"(its flags: {codes})")
    matches = [f for f in same_code if (file is None or f.file == file)
               and (fingerprint is None or f.fingerprint.startswith(fingerprint))]
    if not matches:
        files = ", ".join(sorted({f.file or "''" for f in same_code}))
        raise ReviewError(f"no such flag: {applicant_id!r} has no {code.upper()} flag on "
                          f"{file!r}{' with fingerprint ' + fingerprint if fingerprint else ''} "
                          f"(its {code.upper()} files: {files})")
    if len({f.fingerprint for f in matches}) > 1:
        if file is None and len({f.file for f in matches}) > 1:
            files = ", ".join(sorted({f.file or "''" for f in matches}))
            raise ReviewError(f"ambiguous flag: {applicant_id!r} has {len(matches)} {code.upper()} "
                              f"flags, on {files}: give --file")
        prints = ", ".join(f.fingerprint[:8] for f in matches)
        raise ReviewError(f"ambiguous flag: {applicant_id!r} has {len(matches)} "
                          f"{code.upper()} flags on {file or matches[0].file!r}: "
                          f"give --fingerprint (one of {prints})")
    return matches[0]


def decide(store: Store, window: str, flag: Flag, state: DecisionState, by: str,
           note: str = "") -> LogEntry:
    """Record a reviewer's decision on one reported flag; returns the log entry as stored.

    A dismissal needs a note; ``from_state`` is the identity's decision when this one is
    recorded (two reviewers at once: both are logged, the later one is current)."""
    if state not in STATES:
        raise ReviewError(f"unknown decision {state!r} (one of {', '.join(STATES)})")
    note = note.strip()
    if state == "dismissed" and not note:
        raise ReviewError("a dismissal needs a note: say why the flag does not hold (--note)")
    if not by.strip():
        raise ReviewError("a decision needs the reviewer's name (--by)")
    entry = LogEntry(*identity(window, flag), at="", by=by.strip(), from_state="open",
                     to_state=state, note=note, kind="decision")
    return store.append_decisions([entry], current=True)[0]
