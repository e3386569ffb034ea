"""Crash and resume figures: kill `credcheck run` mid-window, run again, compare with an
uninterrupted run.

    python bench/bench_resume.py [--profile tiny|full] [--kill-after N] [--work DIR]

Prints, for one generated window: the uninterrupted run's wall time (OCR cache warm, as
after any first run), when the crashed run was killed and how many applicants it had
stored, the resumed run's wall time and how many applicants it screened, whether the
outputs are identical, and the most times any applicant was screened (must be 1). Every
run is a real `credcheck run` process with its own embedded Prefect API (its start-up is
in the wall times).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.store import Store  # noqa: E402
from tests.crash import committed, crash_and_resume, credcheck_command, differences, run_env  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=("tiny", "full"), default="tiny")
    parser.add_argument("--kill-after", type=int, default=None,
                        help="applicants stored before the kill (default: a third of the window)")
    parser.add_argument("--work", type=Path, default=None,
                        help="work folder (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-resume-"))
    window = work / f"{args.profile}-window"
    if not window.is_dir():
        subprocess.run([sys.executable, str(ROOT / "data/samples/generate.py"),
                        "--profile", args.profile, "--out", str(window)],
                       check=True, capture_output=True)
    applicants = sum(1 for _ in (window / "applicants").iterdir())
    cache = work / "ocr-cache"
    env = run_env(work)
    base = [*credcheck_command(), "run", str(window), "--cache", str(cache)]

    # Warm the OCR cache once, so both compared runs do the same work per applicant.
    subprocess.run([*base, "--out", str(work / "warm"), "--store", str(work / "warm.sqlite")],
                   env=env, check=True, capture_output=True)
    started = time.monotonic()
    subprocess.run([*base, "--out", str(work / "uninterrupted"),
                    "--store", str(work / "uninterrupted.sqlite")],
                   env=env, check=True, capture_output=True)
    uninterrupted = time.monotonic() - started

    store = work / "crashed.sqlite"
    kill_after = args.kill_after or max(1, applicants // 3)
    outcome = crash_and_resume(window, work / "crashed", store, cache, work, kill_after=kill_after)
    counts = Store(store).screen_counts(window.name)
    diff = differences(work / "crashed", work / "uninterrupted")
    rows = [
        ("window", f"{args.profile} ({applicants} applicants)"),
        ("uninterrupted run (warm OCR cache)", f"{uninterrupted:.1f} s"),
        ("crashed run killed after", f"{outcome.killed_after_s:.1f} s, "
                                     f"{outcome.committed_at_kill} applicants stored"),
        ("resumed run", f"{outcome.resume_s:.1f} s, "
                        f"{applicants - outcome.committed_at_kill} applicants screened"),
        ("applicants stored in the end", f"{committed(store, window.name)}/{applicants}"),
        ("most screenings of one applicant", str(max(counts.values()))),
        ("outputs identical to the uninterrupted run",
         "yes" if not diff else f"NO: {', '.join(diff)}"),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    return 0 if not diff and max(counts.values()) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
