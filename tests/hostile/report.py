"""The figures of issue 8: how many hostile cases, how many handled as specified, how many lost.

    python -m tests.hostile.report [--no-flow] [--fuzz-seconds 60]

1. Every case of :mod:`tests.hostile.corpus` in a window of its own through the real ingest
   (:func:`tests.hostile.verify.run_case`).
2. All in-window cases together with good applicants through the real Prefect flow (a
   temporary Prefect database, the ``none`` OCR engine), judged from the CSV outputs; lost
   applicants and files counted against what is on disk.
3. Optionally, the bounded fuzz of the document ingest.

A case counts as handled when every check of step 1 and, if it is in the window, of step 2
holds. Exit status 1 when any case is not handled or anything is lost.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-flow", action="store_true", help="skip the end-to-end flow run")
    parser.add_argument("--fuzz-seconds", type=float, default=0.0,
                        help="also fuzz the ingest this long")
    args = parser.parse_args(argv)

    from tests.hostile import corpus
    from tests.hostile.verify import run_case

    failures: dict[str, list[str]] = {}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="credcheck-hostile-") as tmp:
        root = Path(tmp)
        for case in corpus.CASES:
            try:
                wrong = run_case(case, root / "cases")
            except Exception as error:  # noqa: BLE001 - a crash is a case not handled
                wrong = [f"crashed: {type(error).__name__}: {error}"]
            if wrong:
                failures[case.id] = wrong
        unit_seconds = time.monotonic() - started
        flow = None if args.no_flow else _flow_run(root / "flow")
    groups = collections.Counter(c.group for c in corpus.CASES)
    if flow is not None:
        for case in corpus.CASES:
            if case.in_window:
                mine = [w for w in flow["wrong"]
                        if any(w.startswith(f"{a}:") for a in case.applicants)
                        or any(p in w for p in case.problems)]
                if mine:
                    failures.setdefault(case.id, []).extend(mine)

    total = len(corpus.CASES)
    print(f"hostile cases: {total} ({', '.join(f'{g} {n}' for g, n in groups.items())})")
    print(f"handled as specified: {total - len(failures)}/{total}"
          f" (each case alone through the ingest: {unit_seconds:.0f} s"
          + ("" if flow is None
             else f"; {sum(c.in_window for c in corpus.CASES)} together in one window "
                  f"through the Prefect flow: {flow['seconds']:.0f} s") + ")")
    if flow is not None:
        print(f"lost: {len(flow['lost_applicants'])} applicants, {len(flow['lost_files'])} files "
              f"(of {flow['applicants']} applicants and {flow['files']} files in the window)")
        for item in flow["lost_applicants"] + flow["lost_files"]:
            print(f"  lost: {item}")
        other = [w for w in flow["wrong"] if not any(w in v for v in failures.values())]
        for line in other:
            print(f"  end-to-end: {line}")
    for case_id, wrong in failures.items():
        print(f"  NOT HANDLED {case_id}: " + " | ".join(wrong)[:600])
    status = 0 if not failures and (flow is None
                                    or not (flow["lost_applicants"] or flow["lost_files"]
                                            or flow["wrong"])) else 1
    if args.fuzz_seconds:
        status |= _fuzz(args.fuzz_seconds)
    return status


def _flow_run(root: Path) -> dict[str, object]:
    from prefect.testing.utilities import prefect_test_harness

    from tests.hostile import corpus
    from tests.hostile.verify import judge, lost, read_outputs, window_entries

    window = corpus.build_window(root)
    out = root / "out"
    started = time.monotonic()
    with prefect_test_harness(server_startup_timeout=180):
        from flows.screen_window import screen_window

        screen_window(window=window, out=out, store=root / "store.sqlite", engine="none",
                      cache_dir=None)
    seconds = time.monotonic() - started
    outputs = read_outputs(out)
    expected = corpus.window_expectations()
    problems = corpus.WINDOW_PROBLEMS + tuple(p for c in corpus.CASES if c.in_window
                                              for p in c.problems)
    lost_applicants, lost_files = lost(window, outputs, expected)
    entries = window_entries(window)
    files = set()
    for applicant_id, names in entries.items():
        files |= {f"{applicant_id}/{n}" for n in names}
        files |= {f"{applicant_id}/{n}" for n in expected.get(applicant_id, corpus.Expect()).files}
    return {"wrong": judge(expected, outputs, problems), "lost_applicants": lost_applicants,
            "lost_files": lost_files, "applicants": len(entries), "files": len(files),
            "seconds": seconds}


def _fuzz(seconds: float) -> int:
    from tests.hostile.fuzz import run

    with tempfile.TemporaryDirectory(prefix="credcheck-fuzz-") as tmp:
        report = run(8, 100_000, seconds, Path(tmp), 60.0)
    print(f"fuzz (seed 8, {report.seconds:.0f} s): {report.cases} mutated uploads, outcomes "
          f"{dict(report.outcomes)}, {len(report.crashes)} crashes, "
          f"{len(report.leftovers)} left files behind")
    for crash in report.crashes:
        print(f"  crash {crash['case']}: {crash['error']}")
    return 1 if report.crashes or report.leftovers else 0


if __name__ == "__main__":
    sys.exit(main())
