"""Soak (issue 15): consecutive scheduled runs of one small window against one store, a random
fault injected into about one run in ten, and what is left at the end.

    python bench/soak_faults.py [--runs 1000] [--fault-rate 0.1] [--seed 7] [--keep 6]
                                [--work DIR] [--prefect-server] [--minutes M]

Each tick is what a cron job does: the window changes a little first (one or two applicants
re-upload: one of their files is withdrawn or put back), then ``credcheck run`` is started as
a new process (``--engine none``, as bench_faults.py). In a faulted tick, at a random moment of
the run (start-up, screening, writing the outputs), one of:

- ``sigterm``: the supervisor stops it (SIGTERM);
- ``sigkill``: the machine loses power (SIGKILL to the whole process group, no clean-up);
- ``overlap``: the next cron tick starts a second run of the window while it goes.

After every tick: no process of the run's group is left (orphans), the store passes
``Store.verify()``, and ``applicants.csv`` (when written) parses and lists every applicant it
should (no half-written output). At the end one clean run, then another: the second must
screen nothing (every applicant stored against its current uploads: none lost, none stale).
Prints the counts and the wall time per tick; exits 1 when anything was lost or left.

By default every run starts its own embedded Prefect API (about 10 s of each tick). With
``--prefect-server`` the runs report to one ``prefect server start`` on loopback, started here
and stopped at the end, as a scheduled service does (``credcheck serve`` needs one): the server
is outside every run's process group, so the orphan count still sees only what a run leaves.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.store import Store  # noqa: E402
from tests import faults  # noqa: E402

FAULTS = ("sigterm", "sigkill", "overlap")
SCREENED = re.compile(r"(\d+) screened, (\d+) unchanged, (\d+) re-screened")


class Window:
    """The window's uploads, some set aside: a tick withdraws one or puts it back."""

    def __init__(self, window: Path, aside: Path, rng: random.Random) -> None:
        self.window, self.aside, self.rng = window, aside, rng

    def applicants(self) -> list[str]:
        return sorted(p.name for p in (self.window / "applicants").iterdir())

    def change(self) -> list[str]:
        """One or two applicants re-upload: a file of each moves out of or back into its
        folder. Returns their ids."""
        chosen = self.rng.sample(self.applicants(), self.rng.choice((1, 2)))
        for aid in chosen:
            here, there = self.window / "applicants" / aid, self.aside / aid
            there.mkdir(parents=True, exist_ok=True)
            back = sorted(there.iterdir())
            if back and self.rng.random() < 0.5:
                shutil.move(str(back[0]), here / back[0].name)
                continue
            uploads = sorted(p for p in here.iterdir() if p.name != "application.json")
            if len(uploads) > 1:
                moving = self.rng.choice(uploads)
                shutil.move(str(moving), there / moving.name)
        return chosen


def outputs_whole(out: Path, applicants: list[str]) -> str:
    """'' when applicants.csv is absent or whole; else what is wrong with it."""
    table = out / "applicants.csv"
    if not table.is_file():
        return ""
    try:
        with table.open(encoding="utf-8-sig", newline="") as handle:
            listed = sorted(row["applicant_id"] for row in csv.DictReader(handle))
    except (csv.Error, KeyError, UnicodeDecodeError) as error:
        return f"applicants.csv unreadable: {error}"
    if listed == applicants:
        return ""
    return f"applicants.csv lists {len(listed)} of {len(applicants)}"


@contextmanager
def prefect_server(work: Path, port: int = 4317) -> Iterator[dict[str, str]]:
    """A Prefect API on loopback for the soak's runs; yields the environment that points at it."""
    home = work / "prefect-server"
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    url = f"http://127.0.0.1:{port}/api"
    with (home / "server.log").open("wb") as log:
        server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host",
                                   "127.0.0.1", "--port", str(port)], env=env, stdout=log,
                                  stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2):
                    break
            except OSError as error:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"prefect server did not start: see {home / 'server.log'}"
                                       ) from error
                time.sleep(0.5)
        yield {"PREFECT_API_URL": url}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def tick(runner: faults.Runner, fault: str | None, rng: random.Random,
         typical_s: float) -> tuple[str | None, int, str, list[int], str]:
    """One run, faulted or not: the fault injected (None when the run ended before its
    moment), its exit status, the overlapping run's status (overlap), the processes of its
    group left alive afterwards, and its last line (where a signal found it)."""
    proc, log = runner.start()
    other = ""
    if fault is not None:
        deadline = time.monotonic() + rng.uniform(0.5, max(1.0, typical_s))
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        if proc.poll() is not None:
            fault = None  # it ended first: an unfaulted run after all
        else:
            if fault == "sigterm":
                proc.send_signal(signal.SIGTERM)
            elif fault == "sigkill":
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                rc, _took, _said = runner.run()
                other = f"second run exit {rc}"
    rc = runner.finish(proc)
    time.sleep(0.2)
    left = faults.in_group(proc.pid)
    for pid in left:  # counted, then cleared so that one leak is not counted again
        os.kill(pid, signal.SIGKILL)
    return fault, rc, other, left, faults.last_line(log)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--fault-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=int, default=6, help="applicants of the tiny window")
    parser.add_argument("--work", type=Path, default=None,
                        help="work folder (default: a temporary one)")
    parser.add_argument("--minutes", type=float, default=None,
                        help="start no new run after M minutes (the summary says how many ran)")
    parser.add_argument("--prefect-server", action="store_true",
                        help="runs report to one Prefect server on loopback, not each to its own")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="soak-faults-"))
    if not args.prefect_server:
        return soak(args, work, {})
    with prefect_server(work) as env:
        return soak(args, work, env)


def soak(args: argparse.Namespace, work: Path, env: dict[str, str]) -> int:
    """The soak itself, its runs' environment extended by `env`."""
    rng = random.Random(args.seed)
    source = work / "source" / "tiny-2024"
    if not source.is_dir():
        subprocess.run([sys.executable, str(ROOT / "data/samples/generate.py"), "--profile", "tiny",
                        "--out", str(source)], check=True, capture_output=True)
    run_dir = work / "soak"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    window = Window(faults.small_window(source, run_dir, args.keep), run_dir / "aside", rng)
    runner = faults.Runner(window.window, str(run_dir / "store.sqlite"), run_dir, env=env)

    started = time.monotonic()
    exits: Counter[tuple[str, int]] = Counter()
    orphans, problems, torn, seconds, stray = 0, [], [], [], []
    rc, took, said = runner.run()  # the window's first screening, unfaulted
    typical, unfaulted = took, []
    ran = 0
    for n in range(1, args.runs + 1):
        if args.minutes is not None and time.monotonic() - started > args.minutes * 60:
            break
        ran = n
        window.change()
        fault = rng.choice(FAULTS) if rng.random() < args.fault_rate else None
        t0 = time.monotonic()
        fault, rc, other, left, said = tick(runner, fault, rng, typical)
        if fault == "sigterm" and rc != 128 + signal.SIGTERM:
            stray.append(f"tick {n}: exit {rc}; last line: {said[:150] or '(none)'}")
        seconds.append(time.monotonic() - t0)
        if fault is None:
            unfaulted.append(seconds[-1])
            typical = sorted(unfaulted)[len(unfaulted) // 2]
        exits[(fault or "none", rc)] += 1
        orphans += len(left)
        store = Store(runner.store)
        problems += [f"tick {n} ({fault}): {p}" for p in store.verify()]
        store.close()
        broken = outputs_whole(run_dir / "out", window.applicants())
        if broken and fault is None:  # a run that completed must have written them whole
            torn.append(f"tick {n}: {broken}")
        if other:
            exits[(f"{fault}: {other}", rc)] += 1
        if n % 10 == 0:
            print(f"tick {n}: {dict(exits)} orphans {orphans} problems {len(problems)}",
                  flush=True)
    final_rc, _took, _said = runner.run()
    again_rc, _took, said = runner.run()
    match = SCREENED.search(said)
    stale = (int(match.group(1)) + int(match.group(3))) if match else None
    store = Store(runner.store)
    stored = set(store.screen_counts(window.window.name))
    problems += store.verify()
    store.close()
    lost = sorted(set(window.applicants()) - stored)

    server = "one Prefect server" if env else "an embedded Prefect API each"
    print(f"== soak: {ran} runs (of {args.runs} asked) of a {args.keep}-applicant window "
          f"({server}), fault rate {args.fault_rate}, seed {args.seed}, "
          f"{time.monotonic() - started:.0f} s in all")
    for (what, code), count in sorted(exits.items()):
        print(f"   {what:<40} exit {code}: {count}")
    if seconds:
        print(f"   wall time per run          median {sorted(seconds)[len(seconds) // 2]:.1f} s")
    print(f"   SIGTERM not ended with 143 {len(stray)}" + "".join(f"\n     {x}" for x in stray))
    print(f"   processes left after runs  {orphans}")
    print(f"   store problems             {len(problems)}"
          + "".join(f"\n     {p}" for p in problems))
    print(f"   torn outputs               {len(torn)}" + "".join(f"\n     {t}" for t in torn))
    print(f"   last clean run             exit {final_rc}; the run after it: exit {again_rc}, "
          f"{stale if stale is not None else '?'} screened again (must be 0)")
    print(f"   applicants lost            {len(lost)}" + (f": {', '.join(lost)}" if lost else ""))
    good = (not orphans and not problems and not torn and not lost and stale == 0
            and final_rc == 0 and again_rc == 0)
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
