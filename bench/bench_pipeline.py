"""Pipeline figures: pages per second, applicants per minute, orchestration overhead, peak
memory per worker, and Tesseract through OCRmyPDF on the same scanned pages.

    python bench/bench_pipeline.py [--profile tiny|full | --window DIR] [--workers N]
                                   [--dask] [--no-peer] [--work DIR]

Every measured pass starts from an empty OCR cache, so each does the same work: every page
read, every scanned page recognised. In one run, on one window:

1. **bare loop** — :func:`pipeline.screen.screen_applicant` over every applicant in a plain
   thread pool of `--workers` threads, no Prefect: the baseline. Its per-file trace gives
   pages per second for born-digital files (text layer) and for scanned files and photos
   (OCR), per worker thread.
2. **flow** — ``credcheck run --workers N`` as a real process (embedded Prefect API, one task
   per applicant, results store, reports). Orchestration overhead is the flow's own time
   over the bare loop's, minus one; the process's wall time (Prefect's start-up included) is
   printed beside it. Peak memory is the worker process's peak resident set.
3. **dask** (``--dask``) — the same through ``--dask-address`` on a local cluster of two
   single-thread worker processes on 127.0.0.1; peak memory per worker process.
4. **peer** — the scanned pages of the window gathered into one PDF, read by credcheck
   (one process) and by OCRmyPDF (Tesseract ``chi_sim``, ``-j 1``; ``pip install
   '.[bench]'``): pages per second for each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import trace, window_run  # noqa: E402
from pipeline.read import read_upload  # noqa: E402
from pipeline.read.engines import get_engine  # noqa: E402
from pipeline.screen import ScreenOptions, screen_applicant  # noqa: E402
from tests.crash import credcheck_command, run_env  # noqa: E402

MiB = 2**20


def bare_loop(window: Path, work: Path, workers: int,
              engine: str) -> tuple[float, list[trace.Event], int]:
    """Screen every applicant in a thread pool without Prefect; (seconds, read events,
    applicants)."""
    prepared = window_run.prepare(window, store=work / "bare.sqlite")
    intake, ctx = prepared.window, prepared.ctx
    options = ScreenOptions(engine=engine, cache_dir=work / "cache-bare",
                            work_dir=work / "bare-work")

    def one(folder):  # noqa: ANN001, ANN202
        with trace.recording() as events:
            screen_applicant(folder, ctx, options)
        return events

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        events = [e for batch in pool.map(one, intake.applicants) for e in batch]
    return time.perf_counter() - started, events, len(intake.applicants)


def pages_per_second(events: list[trace.Event]) -> dict[str, tuple[int, float]]:
    """(pages, seconds) of reading, for born-digital files and for files read by OCR."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for e in events:
        if e.stage != "read" or not e.fields.get("pages"):
            continue
        pages, ocr = int(e.fields["pages"]), int(e.fields.get("ocr_pages") or 0)
        kind = "born-digital" if ocr == 0 else ("scanned" if ocr == pages else "mixed")
        sums[kind][0] += pages
        sums[kind][1] += e.seconds
    return {k: (int(v[0]), v[1]) for k, v in sums.items()}


def run_cli(window: Path, work: Path, tag: str, extra: list[str]) -> tuple[float, dict, list[dict]]:
    """`credcheck run` as a process with a cold cache; (wall seconds, run_finished fields,
    events)."""
    log = work / f"{tag}.jsonl"
    command = [*credcheck_command(), "run", str(window), "--out", str(work / f"out-{tag}"),
               "--store", str(work / f"{tag}.sqlite"), "--cache", str(work / f"cache-{tag}"),
               "--log-json", str(log), "--no-progress", *extra]
    home = work / f"home-{tag}"
    (home / "prefect").mkdir(parents=True, exist_ok=True)  # the embedded API's database lives here
    started = time.perf_counter()
    done = subprocess.run(command, env=run_env(home), capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"credcheck run ({tag}) failed:\n{done.stderr[-3000:]}")
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()
              if line.strip()]
    finished = next(e for e in events if e.get("event") == "run_finished")
    return wall, finished, events


def peak_by_worker(events: list[dict]) -> dict[str, float]:
    """The highest peak RSS (MiB) each worker process reported."""
    peaks: dict[str, float] = {}
    for e in events:
        if e.get("event") == "applicant_done":
            peaks[e["worker"]] = max(peaks.get(e["worker"], 0.0), float(e["peak_rss_mb"]))
    return peaks


def scanned_pdf(window: Path, events: list[trace.Event], dest: Path) -> int:
    """Gather the pages the bare loop recognised by OCR into one image-only PDF; its pages."""
    import pymupdf

    out = pymupdf.open()
    for e in events:
        if (e.stage != "read" or not e.fields.get("ocr_pages")
                or e.fields.get("ocr_pages") != e.fields.get("pages")):
            continue
        path = window / "applicants" / str(e.fields["applicant_id"]) / str(e.fields["file"])
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as src:
                out.insert_pdf(src)
        elif path.suffix.lower() in (".jpg", ".jpeg", ".png", ".tif", ".tiff"):
            with pymupdf.open(path) as img:
                out.insert_pdf(pymupdf.open("pdf", img.convert_to_pdf()))
    count = out.page_count
    out.save(dest)
    return count


def peer(pdf: Path, pages: int, engine: str, work: Path) -> list[tuple[str, float | None, str]]:
    """credcheck and OCRmyPDF on the same PDF: (name, pages per second, note)."""
    rows: list[tuple[str, float | None, str]] = []
    reader = get_engine(engine)
    started = time.perf_counter()
    read_upload(pdf, engine=reader, cache=None, name=pdf.name)
    rows.append((f"credcheck read ({engine})", pages / (time.perf_counter() - started),
                 "one process"))
    ocrmypdf = shutil.which("ocrmypdf") or str(Path(sys.executable).parent / "ocrmypdf")
    if not Path(ocrmypdf).exists():
        rows.append(("OCRmyPDF + Tesseract chi_sim", None, "not installed: pip install '.[bench]'"))
        return rows
    started = time.perf_counter()
    done = subprocess.run([ocrmypdf, "-q", "-l", "chi_sim", "--force-ocr", "--output-type", "pdf",
                           "--rasterizer", "pypdfium", "-j", "1", str(pdf),
                           str(work / "ocrmypdf.pdf")],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        rows.append(("OCRmyPDF + Tesseract chi_sim", None, f"failed: {done.stderr.strip()[-200:]}"))
    else:
        rows.append(("OCRmyPDF + Tesseract chi_sim", pages / seconds, "-j 1, --force-ocr"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=("tiny", "full"), default="tiny",
                        help="generated window (default: tiny)")
    parser.add_argument("--window", type=Path, help="an existing window instead of a generated one")
    parser.add_argument("--workers", type=int, default=2,
                        help="threads of the bare loop and the flow (default: 2)")
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--dask", action="store_true",
                        help="also run on a local Dask cluster (2 workers)")
    parser.add_argument("--no-peer", action="store_true",
                        help="skip the credcheck/OCRmyPDF comparison")
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    work.mkdir(parents=True, exist_ok=True)
    window = args.window
    if window is None:
        window = work / f"{args.profile}-window"
        if not window.is_dir():
            subprocess.run([sys.executable, str(ROOT / "data/samples/generate.py"),
                            "--profile", args.profile, "--out", str(window)],
                           check=True, capture_output=True)
    print(f"window {window} ({os.cpu_count()} CPUs); work {work}", flush=True)

    bare_s, events, applicants = bare_loop(window, work, args.workers, args.engine)
    print(f"bare loop: {applicants} applicants in {bare_s:.1f} s", flush=True)
    flow_wall, finished, flow_events = run_cli(window, work, "flow",
                                               ["--workers", str(args.workers)])
    flow_s = float(finished["seconds"])
    print(f"flow: {flow_s:.1f} s in the flow, {flow_wall:.1f} s for the process", flush=True)
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / MiB

    rows = [("applicants", f"{applicants}", "")]
    for kind, (pages, seconds) in sorted(pages_per_second(events).items()):
        rows.append((f"pages/s, {kind} files", f"{pages / seconds:.2f}",
                     f"{pages} pages, per worker thread"))
    rows += [
        ("applicants/min, bare loop", f"{applicants / bare_s * 60:.1f}",
         f"{args.workers} threads, cold cache"),
        ("applicants/min, flow", f"{applicants / flow_s * 60:.1f}",
         f"{args.workers} threads, cold cache"),
        ("applicants/min, credcheck run process", f"{applicants / flow_wall * 60:.1f}",
         "Prefect start-up included"),
        ("orchestration overhead", f"{flow_s / bare_s - 1:+.1%}",
         "flow time / bare loop time - 1 (target <= 10 %)"),
        ("peak RSS, flow worker process", f"{max(peak_by_worker(flow_events).values()):.0f} MiB",
         f"largest child process: {children_peak:.0f} MiB (target < 2048)"),
    ]
    if args.dask:
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            dask_wall, dask_finished, dask_events = run_cli(
                window, work, "dask", ["--dask-address", cluster.scheduler_address])
        dask_s = float(dask_finished["seconds"])
        peaks = peak_by_worker(dask_events)
        rows += [
            ("applicants/min, dask (2 workers x 1 thread)", f"{applicants / dask_s * 60:.1f}",
             f"process wall {dask_wall:.1f} s"),
            ("peak RSS per dask worker",
             ", ".join(f"{v:.0f}" for v in sorted(peaks.values())) + " MiB",
             f"{len(peaks)} worker process(es) (target < 2048)"),
        ]
    if not args.no_peer:
        pdf = work / "scanned-pages.pdf"
        pages = scanned_pdf(window, events, pdf)
        for name, rate, note in peer(pdf, pages, args.engine, work):
            rows.append((f"pages/s, {name}", f"{rate:.2f}" if rate else "-",
                         f"{pages} scanned pages; {note}"))

    width = max(len(r[0]) for r in rows)
    print()
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>14}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
