"""Fault figures (issue 15): each fault injected once into a real `credcheck run`, and what
follows.

    python bench/bench_faults.py [--keep N] [--work DIR] [--only FAULT ...]

Faults (tests/faults.py), each hitting a run of the tiny sample window (its first `--keep`
applicants, ``--engine none``) once its first applicant is stored: SIGTERM; a second run of
the same window; its PostgreSQL server restarted within the retry time, and stopped past it
(``$CREDCHECK_STORE_RETRY`` set to 5 s here); its SQLite store's disk filled up (a small
tmpfs: needs the right to mount); the reader process reading an upload SIGKILLed on that
upload's first page (this run's pages take 0.3 s each in OCR: a stand-in engine, so that a
read lasts long enough to be hit). For each: what the operator sees (exit status and the last
line), what is kept (applicants stored, the store's consistency, processes left), what the
next run does, the time from the fault to the run's end and the next run's wall time (the
time to recover; each run starts its own embedded Prefect API, included). A fault whose
means are missing here (PostgreSQL binaries, mounting) is listed as skipped with the reason.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import faults  # noqa: E402
from tests.pg import start_server  # noqa: E402

FAULTS = ("sigterm", "overlap", "pg_restart", "pg_outage", "sqlite_full", "reader_killed")


def one(fault: str, window: Path, work: Path) -> faults.Outcome | str:
    """Run one fault in its own folder; a string says why it was skipped."""
    if fault == "reader_killed":
        return faults.reader_killed(faults.reader_runner(window, work))
    if fault in ("sigterm", "overlap"):
        runner = faults.Runner(window, str(work / "store.sqlite"), work)
        return faults.sigterm(runner) if fault == "sigterm" else faults.overlap(runner)
    if fault == "sqlite_full":
        try:
            disk = faults.small_disk(work / "disk")
            path = disk.__enter__()
        except PermissionError as why:
            return str(why)
        try:
            return faults.sqlite_full(faults.Runner(window, str(path / "store.sqlite"), work), path)
        finally:
            disk.__exit__(None, None, None)
    server = start_server()
    if isinstance(server, str):
        return server
    try:
        runner = faults.Runner(window, server.create_database(), work,
                               env={"CREDCHECK_STORE_RETRY": "5"})
        return (faults.pg_restart(runner, server) if fault == "pg_restart"
                else faults.pg_outage(runner, server))
    finally:
        server.stop()


def rows(o: faults.Outcome) -> list[tuple[str, str]]:
    out = [("operator sees", f"exit {o.rc}: {o.said or '(no line from credcheck)'}")]
    if o.fault == "overlap":
        out.append(("second run", f"exit {o.other_rc}: {o.other_said}"))
    if o.fault == "reader_killed":  # (other faults list the applicants not screened here)
        out += [(f"unreadable upload {n + 1}", line) for n, line in enumerate(o.unreadable)]
    out += [
        ("fault to the run's end", f"{o.stop_s:.1f} s"),
        ("kept", f"{o.stored_at_stop}/{o.applicants} applicants stored; store "
                 + ("consistent" if not o.store_problems
                    else "INCONSISTENT: " + "; ".join(o.store_problems))),
        ("processes left", str(len(o.orphans))),
        ("next run", f"exit {o.next_rc}, {o.stored_in_the_end}/{o.applicants} stored, "
                     f"most screenings of one applicant {o.most_screenings}"),
        ("time to recover (next run)", f"{o.next_s:.1f} s"),
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=int, default=4,
                        help="applicants of the tiny window (default 4)")
    parser.add_argument("--work", type=Path, default=None,
                        help="work folder (default: a temporary one)")
    parser.add_argument("--only", nargs="+", choices=FAULTS, default=FAULTS)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-faults-"))
    source = work / "tiny-window" / "tiny-2024"
    if not source.is_dir():
        subprocess.run([sys.executable, str(ROOT / "data/samples/generate.py"), "--profile", "tiny",
                        "--out", str(source)], check=True, capture_output=True)
    good = True
    for fault in args.only:
        folder = work / fault
        folder.mkdir(parents=True, exist_ok=True)
        window = faults.small_window(source, folder, args.keep)
        outcome = one(fault, window, folder)
        print(f"== {fault}")
        if isinstance(outcome, str):
            print(f"   skipped: {outcome}")
            continue
        table = rows(outcome)
        width = max(len(k) for k, _ in table)
        for key, value in table:
            print(f"   {key:<{width}}  {value}")
        good &= (not outcome.orphans and not outcome.store_problems and outcome.next_rc == 0
                 and outcome.stored_in_the_end == outcome.applicants
                 and outcome.most_screenings == 1)
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
