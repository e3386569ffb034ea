"""Review figures: decisions survive re-runs, and how many decisions per second the review
server records with concurrent reviewers.

    python bench/bench_review.py [--work DIR] [--window DIR] [--engine none|rapidocr]
                                 [--cache DIR] [--clients 20] [--seconds 20]
                                 [--backends sqlite,postgresql|none] [--publish on|off|on,off]

1. A scripted review of a window on an SQLite store: by default the generator's tiny profile
   with `--engine none` (no OCR, scanned uploads unreadable, which is beside the point here);
   with `--window` a copy of that window (the committed sample window, say: the original is
   never touched), read with `--engine` and a copy of the OCR cache `--cache` (the shared
   cache is never written). The run is the window-run functions without Prefect (the flow's
   recipe, one applicant after another). Then:

   - a decision on every flag, confirmed and dismissed alternately (dismissals with a note),
     published into the outputs (`credcheck review publish`: flags.csv shows every one);
   - a re-run with nothing changed;
   - a change to one applicant's form that changes the evidence of one flag (the declared
     appointment month of an applicant with APPOINTMENT_MISMATCH moved; where no applicant
     has one, the tiny window: the identity number of one with ID_NUMBER_INVALID retyped),
     then a run;
   - a change of the window's suspect-journal list through the list admin
     (blacklists.admin: 电气技术 added, 中华教育杂志 removed), then an explicit re-screen
     (pipeline.rescreen, what `credcheck rescreen` runs: the journal rules over the stored
     results, nothing read again);
   - a last run with nothing changed since, which writes the outputs.

   After each step: how many decisions were kept, reopened (evidence changed), which flags
   are new (never decided) and which decided flags are gone; and a check that every decision
   is still there (a decided flag found again has its decision, every decision is in the
   log), that only the flags whose evidence changed were reopened, and that only the changed
   flags and the journal flags of the list change are gone. Any failure: exit status 1.
2. The review server (`credcheck review serve`, a separate process) with `--clients`
   concurrent reviewers posting decisions on the window's flags for `--seconds`, per store
   backend (PostgreSQL: a throwaway server, tests/pg.py): decisions per second, latency,
   whether the decision log holds every decision the server acknowledged, and, once the
   server is stopped, whether the static flags.csv it published shows every flag's current
   decision (`--publish off`: the server started with --no-publish, for comparison).
"""

from __future__ import annotations

import argparse
import csv
import html
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import blacklists  # noqa: E402
from blacklists import admin  # noqa: E402
from pipeline import decisions, window_run  # noqa: E402
from pipeline.journals import JournalEntry  # noqa: E402
from pipeline.report.publish import listed, publish, reported_results, window_of  # noqa: E402
from pipeline.rescreen import JOURNAL_CODES, RescreenReport, collect, rescreen_store  # noqa: E402
from pipeline.screen import screen_applicant  # noqa: E402
from pipeline.store import Store  # noqa: E402

Identity = tuple[str, str, str, str, str]  # window, applicant, code, file, fingerprint


def run(window: Path, out: Path, store: Store, engine: str, cache: Path | None = None) -> None:
    """One window run through the plain functions (no Prefect): prepare, screen, finish."""
    started = time.perf_counter()
    prepared = window_run.prepare(window, store=store)
    work = window_run.begin(prepared, engine)
    options = window_run.screen_options(out, engine=engine, cache_dir=cache)
    for folder in work.to_screen:
        work.keep(folder, screen_applicant(folder, prepared.ctx, options))
    results = window_run.apply_window_rules(prepared, work.results(), work)
    work.finish("completed")
    window_run.finish(prepared, results, out, started=started, run=work)
    shutil.rmtree(options.work_dir, ignore_errors=True)


def decided_flags(store: Store, window: str) -> dict[Identity, tuple[str, bool]]:
    """Flag identity -> its current decision state, as the reports show them."""
    results = decisions.attach(store, window, [s.reported() for s in store.stored(window=window)],
                               log_reopened=False)
    return {decisions.identity(window, f): (f.decision.state, f.decision.evidence_changed)
            for r in results for f in r.flags}


def tally(before: dict[Identity, str], after: dict[Identity, tuple[str, bool]]) -> dict[str, int]:
    """Kept (same identity, same decision), reopened, new (never decided), gone."""
    counts = {"flags": len(after), "kept": 0, "reopened": 0, "new": 0, "gone": 0}
    for key, (state, changed) in after.items():
        if key in before and before[key] == state:
            counts["kept"] += 1
        elif changed:
            counts["reopened"] += 1
        else:
            counts["new"] += 1
    counts["gone"] = sum(1 for key in before if key not in after)
    return counts


@dataclass
class Review:
    """The decisions taken and what each step may change; collects the problems found."""

    store: Store
    window: str
    decided: dict[Identity, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def step(self, label: str, seconds: float, *,
             may_reopen: Callable[[Identity], bool] = lambda k: False,
             may_go: Callable[[Identity], bool] = lambda k: False) -> dict[str, int]:
        """Tally the store against the decisions, print it, and check it: every decided flag
        found again keeps its decision, only flags `may_reopen` allows are reopened, only
        decided flags `may_go` allows are gone, every decision is in the log."""
        after = decided_flags(self.store, self.window)
        counts = tally(self.decided, after)
        problems = []
        for key, state in self.decided.items():
            if key in after and after[key][0] != state:
                problems.append(f"decision lost: {key[1]} {key[2]} {key[3]} "
                                f"is {after[key][0]}, was {state}")
            elif key not in after and not may_go(key):
                problems.append(f"decided flag gone: {key[1]} {key[2]} {key[3]}")
        for key, (_state, changed) in after.items():
            if changed and not may_reopen(key):
                problems.append(f"reopened, evidence unchanged: {key[1]} {key[2]} {key[3]}")
        latest = decisions.latest(self.store.decision_log(self.window))
        missing = [k for k, state in self.decided.items()
                   if k not in latest or latest[k].to_state != state]
        problems += [f"not in the decision log: {k[1]} {k[2]} {k[3]}" for k in missing]
        print(f"{label} ({seconds:.1f} s): {counts}"
              + ("" if problems else "; checked: no decision lost"))
        for problem in problems:
            print(f"  PROBLEM: {problem}")
        self.problems += problems
        return counts


def decide_all(review: Review) -> None:
    """A decision on every reported flag: confirmed and dismissed alternately, notes given."""
    t0 = time.perf_counter()
    name = review.window
    for _aid, (_status, flags) in sorted(review.store.reported(name).items()):
        for flag in flags:
            n = len(review.decided)
            state = "confirmed" if n % 2 == 0 else "dismissed"
            note = f"scripted review {n}: " + ("核对原件，情况属实" if state == "confirmed"
                                                 else "核对原件，系误报")
            decisions.decide(review.store, name, flag, state, "bench", note)
            review.decided[decisions.identity(name, flag)] = state
    states = list(review.decided.values())
    print(f"decided {len(states)} flags ({states.count('confirmed')} confirmed, "
          f"{states.count('dismissed')} dismissed with a note) in {time.perf_counter() - t0:.2f} s "
          "(the CLI's path, SQLite)")


@dataclass(frozen=True)
class Change:
    """A form change: whose, which flags' evidence it changes (None: any of the applicant's),
    in words."""

    applicant_id: str
    code: str | None
    what: str

    def touches(self, key: Identity) -> bool:
        """Whether the change may change the evidence of this flag."""
        return key[1] == self.applicant_id and self.code in (None, key[2])


def _form(window: Path, applicant_id: str) -> tuple[Path, dict]:
    path = window / "applicants" / applicant_id / "application.json"
    return path, json.loads(path.read_text(encoding="utf-8"))


def change_form(window: Path, store: Store) -> Change | None:
    """Change one applicant's form so that the evidence of one flag changes: the declared
    appointment month of an applicant with APPOINTMENT_MISMATCH (moved two months earlier:
    still not what the letter says), else the identity number of one with ID_NUMBER_INVALID
    (its last digit retyped; the tiny window)."""
    reported = sorted(store.reported(window.name).items())
    for aid, (_status, flags) in reported:
        if any(f.code == "APPOINTMENT_MISMATCH" for f in flags):
            path, form = _form(window, aid)
            year, month = map(int, form["current_title"]["appointed_on"].split("-")[:2])
            year, month = (year, month - 2) if month > 2 else (year - 1, month + 10)
            before, form["current_title"]["appointed_on"] = (form["current_title"]["appointed_on"],
                                                             f"{year}-{month:02d}")
            path.write_text(json.dumps(form, ensure_ascii=False, indent=2), encoding="utf-8")
            return Change(aid, "APPOINTMENT_MISMATCH",
                          f"{aid}'s declared appointment month {before} -> "
                          f"{form['current_title']['appointed_on']}")
    for aid, (_status, flags) in reported:
        if any(f.code == "ID_NUMBER_INVALID" for f in flags):
            path, form = _form(window, aid)
            number = form["id_number"]
            form["id_number"] = number[:-1] + ("1" if number[-1] != "1" else "2")
            path.write_text(json.dumps(form, ensure_ascii=False, indent=2), encoding="utf-8")
            # the identity number is evidence of more than one rule: any flag of the applicant
            return Change(aid, None, f"{aid}'s identity number retyped")
    return None


def change_list(window: Path) -> None:
    """The window's suspect-journal list changes through the list admin (who, why, logged)."""
    own = blacklists.window_list(window)
    assert own is not None, f"{window} carries no suspect_journals.csv"
    admin.add(own, JournalEntry(name="电气技术", issn="1673-3800", cn="11-5255/TM",
                                category="warning", source="bench",
                                reason="bench: list change"),
              who="bench", why="bench", force=True)
    admin.remove(own, "中华教育杂志", who="bench", why="bench: list change")


def rescreen(store: Store) -> str:
    """What `credcheck rescreen` runs (flows/rescreen_journals.py without Prefect): the journal
    rules over every stored result made with another list, each window with its own list."""
    suspect = blacklists.load(None)  # the site's list; windows that carry one use theirs

    def own(window: str):
        info = store.window_info(window)
        path = blacklists.window_list(info.path) if info is not None else None
        return blacklists.load(path) if path is not None else None

    run_id = store.begin_run("rescreen", blacklist_version=suspect.version)
    report = RescreenReport(suspect.version, run_id)
    collect(rescreen_store(store, suspect, run_id=run_id, own_list=own), report)
    store.end_run(run_id, "completed", applicants=report.applicants, rescreened=report.applicants,
                  detail=report.line())
    return report.line()


def shown_decisions(out: Path) -> int:
    """Rows of the written flags.csv with a decision (confirmed or dismissed)."""
    with (out / "flags.csv").open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for row in csv.DictReader(handle)
                   if row["decision"] in ("confirmed", "dismissed"))


def scripted_review(work: Path, window: Path, engine: str,
                    cache: Path | None = None) -> tuple[Path, list[str]]:
    """Part 1; returns the output folder (with its store beside it) for part 2, and the
    problems found (none: every decision kept, only the changed flags reopened)."""
    out, store = work / "out", Store(work / "store.sqlite")
    name = window.name
    t0 = time.perf_counter()
    run(window, out, store, engine, cache)
    print(f"first run: {time.perf_counter() - t0:.1f} s, "
          f"{len(decided_flags(store, name))} flags of {len(store.states(name))} applicants")
    review = Review(store, name)
    decide_all(review)
    published = publish(store, out, name)  # what `credcheck review publish --out` does
    shown = shown_decisions(out)
    print(f"  {published.line()}; flags.csv: {shown} decided rows")
    if shown != len(review.decided):
        review.problems.append(f"published flags.csv shows {shown} decisions "
                               f"of {len(review.decided)}")

    t0 = time.perf_counter()
    run(window, out, store, engine, cache)
    review.step("re-run, nothing changed", time.perf_counter() - t0)

    change = change_form(window, store)
    touched = change.touches if change is not None else (lambda _key: False)
    t0 = time.perf_counter()
    run(window, out, store, engine, cache)
    review.step(f"after {change.what} and a run" if change
                else "a run (no form changed: no applicant "
                     "with APPOINTMENT_MISMATCH or ID_NUMBER_INVALID)",
                time.perf_counter() - t0, may_reopen=touched, may_go=touched)
    reopenings = [e for e in store.decision_log(name) if e.kind == "reopen"]
    print(f"  decision log: {len(store.decision_log(name))} entries, {len(reopenings)} reopening(s)"
          + "".join(f": {e.applicant_id} {e.code} {e.file}".rstrip() for e in reopenings))

    change_list(window)
    t0 = time.perf_counter()
    line = rescreen(store)
    print(f"  {line}")
    listed_or_touched = lambda k: k[2] in JOURNAL_CODES or touched(k)  # noqa: E731
    review.step("after the list change (电气技术 added, 中华教育杂志 removed) and a re-screen",
                time.perf_counter() - t0, may_reopen=touched, may_go=listed_or_touched)

    t0 = time.perf_counter()
    run(window, out, store, engine, cache)
    counts = review.step("last run, nothing changed since", time.perf_counter() - t0,
                         may_reopen=touched, may_go=listed_or_touched)
    shown = shown_decisions(out)
    print(f"  flags.csv: {shown} decided rows (kept: {counts['kept']})")
    if shown != counts["kept"]:
        review.problems.append(f"flags.csv shows {shown} decisions, {counts['kept']} kept")
    entries = store.decision_log(name)
    print(f"decision log: {len(entries)} entries "
          f"({sum(e.kind == 'decision' for e in entries)} decisions, "
          f"{sum(e.kind == 'reopen' for e in entries)} reopenings)")
    print("scripted review: "
          + ("every decision kept; only the flags whose evidence changed were reopened"
             if not review.problems else f"{len(review.problems)} PROBLEM(S)"))
    return out, review.problems


# ---------------------------------------------------------------- the server under load

FORM = re.compile(r'<form class="decide[^>]*>(.*?)</form>', re.S)
HIDDEN = re.compile(r'name="(csrf|code|file|fingerprint)" value="([^"]*)"')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str, cookie: str = "") -> tuple[int, str, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    set_cookie = response.getheader("Set-Cookie") or ""
    conn.close()
    return response.status, body, set_cookie.split(";")[0]


def static_up_to_date(out: Path, store: Store) -> bool:
    """Whether out/flags.csv shows every flag's current decision (who, when) as the store has it."""
    window = window_of(out, store)
    expected = sorted((f.applicant_id, f.code, f.file, f.decision.state, f.decision.by,
                       f.decision.at)
                      for r in reported_results(store, window, listed(out)) for f in r.flags)
    with (out / "flags.csv").open(encoding="utf-8-sig", newline="") as handle:
        shown = sorted((r["applicant_id"], r["code"], r["file"], r["decision"], r["decided_by"],
                        r["decided_at"])
                       for r in csv.DictReader(handle))
    return shown == expected


def load(out: Path, store_location: str, clients: int, seconds: float,
         publish_static: bool = True) -> dict[str, object]:
    """Part 2 for one store: start `credcheck review serve`, let `clients` reviewers post;
    once it is stopped (SIGTERM), whether the static flags.csv shows every decision."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "flows.cli", "review", "serve",
                               "--out", str(out), "--store", store_location, "--port", str(port),
                               *([] if publish_static else ["--no-publish"])],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _get(port, "/index.html")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("review server did not start: "
                                   f"{server.stderr.read() if server.poll() is not None else ''}")
            time.sleep(0.3)
        pages = sorted({m for m in re.findall(r'href="([A-Za-z0-9_-]+\.html)"',
                                              _get(port, "/index.html")[1])
                        if m not in ("index.html", "units.html")})
        before = len(Store(store_location).decision_log())
        acknowledged, failed, latencies = [0] * clients, [0] * clients, [[] for _ in range(clients)]
        start = threading.Barrier(clients + 1)

        def reviewer(n: int) -> None:
            targets = []
            cookie = ""
            for page in pages:
                status, body, set_cookie = _get(port, f"/{page}", cookie)
                cookie = cookie or set_cookie
                for form in FORM.findall(body):
                    fields = {k: html.unescape(v) for k, v in HIDDEN.findall(form)}
                    targets.append((page.removesuffix(".html"), fields))
            start.wait()
            stop = time.monotonic() + seconds
            i = n
            while time.monotonic() < stop and targets:
                stem, fields = targets[i % len(targets)]
                state = "confirmed" if i % 2 else "dismissed"
                body = urlencode({**fields, "decision": state, "by": f"审核员{n}",
                                  "note": f"load {n}-{i}"})
                t0 = time.perf_counter()
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    conn.request("POST", f"/decide/{stem}", body,
                                 {"Content-Type": "application/x-www-form-urlencoded",
                                  "Cookie": cookie})
                    response = conn.getresponse()
                    response.read()
                    conn.close()
                    status = response.status
                except OSError:  # refused or reset: not acknowledged, counted as failed
                    status = 0
                latencies[n].append(time.perf_counter() - t0)
                if status == 303:
                    acknowledged[n] += 1
                else:
                    failed[n] += 1
                i += 1

        threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(clients)]
        for t in threads:
            t.start()
        start.wait()
        t0 = time.perf_counter()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        logged = len(Store(store_location).decision_log()) - before
        flat = sorted(x for xs in latencies for x in xs)
        figures = {"clients": clients, "seconds": round(elapsed, 1),
                   "acknowledged": sum(acknowledged),
                   "failed": sum(failed), "logged": logged, "lost": sum(acknowledged) - logged,
                   "decisions_per_s": round(sum(acknowledged) / elapsed, 1),
                   "p50_ms": round(1000 * statistics.median(flat), 1) if flat else None,
                   "p95_ms": round(1000 * flat[int(0.95 * (len(flat) - 1))], 1) if flat else None}
    finally:
        server.terminate()  # SIGTERM: the server writes what is not yet published, then stops
        server.wait(timeout=90)
    if publish_static:
        figures["static_up_to_date"] = static_up_to_date(out, Store(store_location))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=None,
                        help="an empty work folder (default: a temporary one)")
    parser.add_argument("--window", type=Path, default=None,
                        help="the window to review, copied into the work folder first "
                        "(default: the generator's tiny profile, rendered there)")
    parser.add_argument("--engine", default="none", help="OCR engine of the runs (default: none)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="an OCR cache to start from, copied into the work folder "
                             "(default: none)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--backends", default="sqlite,postgresql",
                        help="the review server's load, per store backend ('none': skip it)")
    parser.add_argument("--publish", default="on",
                        help="the server's static publishing under load: "
                             "on, off (--no-publish) or on,off")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-review-"))
    if (work / "store.sqlite").exists():
        parser.error(f"{work} holds an earlier review: give an empty --work folder")
    os.environ.setdefault("CREDCHECK_HOME", str(work / "home"))
    if args.window is not None:
        window = work / args.window.resolve().name
        shutil.copytree(args.window, window)  # the original is never changed
    else:
        window = work / "tiny-2024"
        if not window.is_dir():
            subprocess.run([sys.executable, str(ROOT / "data/samples/generate.py"),
                            "--profile", "tiny", "--out", str(window)],
                           check=True, capture_output=True)
    cache = None
    if args.cache is not None:
        cache = work / "ocr-cache"
        shutil.copytree(args.cache, cache)  # the shared cache is never written
    print(f"window {window} ({len(list((window / 'applicants').iterdir()))} applicants), "
          f"engine {args.engine}"
          + (f", OCR cache copied from {args.cache}" if cache else ""))
    out, problems = scripted_review(work, window, args.engine, cache)
    settings = [p == "on" for p in args.publish.split(",")]
    for backend in filter(None, args.backends.split(",")):
        if backend == "none":
            continue
        if backend == "sqlite":
            for publishing in settings:
                print(f"server, SQLite{'' if publishing else ', --no-publish'}:",
                      load(out, str(work / "store.sqlite"), args.clients, args.seconds, publishing))
        elif backend == "postgresql":
            from tests.pg import start_server

            pg = start_server()
            if isinstance(pg, str):
                print(f"server, PostgreSQL: skipped: {pg}")
                continue
            try:
                url = pg.create_database()
                pg_out = work / "out-pg"
                run(window, pg_out, Store(url), args.engine, cache)
                for publishing in settings:
                    print(f"server, PostgreSQL{'' if publishing else ', --no-publish'}:",
                          load(pg_out, url, args.clients, args.seconds, publishing))
            finally:
                pg.stop()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
