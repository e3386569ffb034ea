"""Review figures: decisions survive re-runs, and how many decisions per second the review
server records with concurrent reviewers.

    python bench/bench_review.py [--work DIR] [--engine none|rapidocr] [--clients 20]
                                 [--seconds 20] [--backends sqlite,postgresql]

1. A scripted review of a generated window (the generator's tiny profile; `--engine none`
   by default: no OCR, scanned uploads unreadable, which is beside the point here), on an
   SQLite store: a decision on every flag (confirmed and dismissed alternately), then

   - a re-run with nothing changed,
   - a change: one applicant's identity number is retyped (its ID_NUMBER_INVALID flag reads
     another value) and the window's suspect-journal list changes (电气技术 added,
     中华教育杂志 removed), then a run, which re-screens the journal rules by itself;

   after each run: how many decisions were kept, reopened (evidence changed), which flags
   are new (never decided) and which decided flags are gone.
2. The review server (`credcheck review serve`, a separate process) with `--clients`
   concurrent reviewers posting decisions on the window's flags for `--seconds`, per store
   backend (PostgreSQL: a throwaway server, tests/pg.py): decisions per second, latency,
   and whether the decision log holds every decision the server acknowledged.
"""

from __future__ import annotations

import argparse
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
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import blacklists  # noqa: E402
from blacklists import admin  # noqa: E402
from pipeline import decisions, window_run  # noqa: E402
from pipeline.journals import JournalEntry  # noqa: E402
from pipeline.screen import screen_applicant  # noqa: E402
from pipeline.store import Store  # noqa: E402


def run(window: Path, out: Path, store: Store, engine: str) -> None:
    """One window run through the plain functions (no Prefect): prepare, screen, finish."""
    started = time.perf_counter()
    prepared = window_run.prepare(window, store=store)
    work = window_run.begin(prepared, engine)
    options = window_run.screen_options(out, engine=engine)
    for folder in work.to_screen:
        work.keep(folder, screen_applicant(folder, prepared.ctx, options))
    results = window_run.apply_window_rules(prepared, work.results(), work)
    work.finish("completed")
    window_run.finish(prepared, results, out, started=started, run=work)
    shutil.rmtree(options.work_dir, ignore_errors=True)


def decided_flags(store: Store, window: str) -> dict[tuple, tuple[str, bool]]:
    """Flag identity -> its current decision state, as the reports show them."""
    results = decisions.attach(store, window, [s.reported() for s in store.stored(window=window)],
                               log_reopened=False)
    return {decisions.identity(window, f): (f.decision.state, f.decision.evidence_changed)
            for r in results for f in r.flags}


def tally(before: dict[tuple, str], after: dict[tuple, tuple[str, bool]]) -> dict[str, int]:
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


def scripted_review(work: Path, window: Path, engine: str) -> Path:
    """Part 1; returns the output folder (with its store beside it) for part 2."""
    out, store = work / "out", Store(work / "store.sqlite")
    t0 = time.perf_counter()
    run(window, out, store, engine)
    name = window.name
    print(f"first run: {time.perf_counter() - t0:.1f} s")
    decided: dict[tuple, str] = {}
    t0 = time.perf_counter()
    for _aid, (_status, flags) in sorted(store.reported(name).items()):
        for i, flag in enumerate(flags):
            state = "confirmed" if (len(decided) + i) % 2 == 0 else "dismissed"
            decisions.decide(store, name, flag, state, "bench", f"scripted review {len(decided)}")
            decided[decisions.identity(name, flag)] = state
    print(f"decided {len(decided)} flags in {time.perf_counter() - t0:.2f} s (CLI path, SQLite)")

    run(window, out, store, engine)
    print("re-run, nothing changed:", tally(decided, decided_flags(store, name)))

    # a change: one applicant retypes its (invalid) identity number; the list changes
    changed_applicant = next((aid for aid, (_status, flags) in sorted(store.reported(name).items())
                              if any(f.code == "ID_NUMBER_INVALID" for f in flags)), None)
    if changed_applicant:
        form = window / "applicants" / changed_applicant / "application.json"
        data = json.loads(form.read_text(encoding="utf-8"))
        number = data["id_number"]
        data["id_number"] = number[:-1] + ("1" if number[-1] != "1" else "2")
        form.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    own = blacklists.window_list(window)
    admin.add(own, JournalEntry(name="电气技术", issn="1673-3800", cn="11-5255/TM", category="warning",
                                source="bench", reason="bench"), who="bench", why="bench", force=True)
    admin.remove(own, "中华教育杂志", who="bench", why="bench")
    run(window, out, store, engine)
    print(f"after retyping {changed_applicant}'s identity number and a list change (re-screened):",
          tally(decided, decided_flags(store, name)))
    reopenings = [e for e in store.decision_log(name) if e.kind == "reopen"]
    print(f"decision log: {len(store.decision_log(name))} entries, {len(reopenings)} reopening(s)")
    return out


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


def load(out: Path, store_location: str, clients: int, seconds: float) -> dict[str, object]:
    """Part 2 for one store: start `credcheck review serve`, let `clients` reviewers post."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "flows.cli", "review", "serve", "--out", str(out),
                               "--store", store_location, "--port", str(port)],
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
                raise RuntimeError(f"review server did not start: {server.stderr.read() if server.poll() is not None else ''}")
            time.sleep(0.3)
        pages = sorted({m for m in re.findall(r'href="([A-Za-z0-9_-]+\.html)"', _get(port, "/index.html")[1])
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
                body = urlencode({**fields, "decision": state, "by": f"审核员{n}", "note": f"load {n}-{i}"})
                t0 = time.perf_counter()
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    conn.request("POST", f"/decide/{stem}", body,
                                 {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
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
        return {"clients": clients, "seconds": round(elapsed, 1), "acknowledged": sum(acknowledged),
                "failed": sum(failed), "logged": logged, "lost": sum(acknowledged) - logged,
                "decisions_per_s": round(sum(acknowledged) / elapsed, 1),
                "p50_ms": round(1000 * statistics.median(flat), 1) if flat else None,
                "p95_ms": round(1000 * flat[int(0.95 * (len(flat) - 1))], 1) if flat else None}
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--engine", default="none", help="OCR engine of the runs (default: none)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-review-"))
    os.environ.setdefault("CREDCHECK_HOME", str(work / "home"))
    window = work / "tiny-2024"
    if not window.is_dir():
        subprocess.run([sys.executable, str(ROOT / "data/samples/generate.py"), "--profile", "tiny",
                        "--out", str(window)], check=True, capture_output=True)
    out = scripted_review(work, window, args.engine)
    for backend in args.backends.split(","):
        if backend == "sqlite":
            print("server, SQLite:", load(out, str(work / "store.sqlite"), args.clients, args.seconds))
        elif backend == "postgresql":
            from tests.pg import start_server

            pg = start_server()
            if isinstance(pg, str):
                print(f"server, PostgreSQL: skipped: {pg}")
                continue
            try:
                url = pg.create_database()
                pg_out = work / "out-pg"
                run(window, pg_out, Store(url), args.engine)
                print("server, PostgreSQL:", load(pg_out, url, args.clients, args.seconds))
            finally:
                pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
