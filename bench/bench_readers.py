"""Scanned pages read in threads or in reader processes, at 1 and 2 readers (issues 14, 15).

    python bench/bench_readers.py [--window DIR] [--pages 8] [--rounds 3] [--readers 1 2]
                                  [--json OUT]

The same scanned pages (``scanned_pdf`` and photo documents of the window's truth.json, one
page each, no OCR cache) are read by each setting in turn, in rounds that each take the
settings in another order, and each setting's median over the rounds is printed with its
ratio to ``thread`` at 1 reader (the machine is shared: absolute pages/s drift with other
jobs' load, the ratios of one run much less):

- ``thread``: :func:`pipeline.read.read_upload` in each of N threads of this process, each
  with its own engine (today's in-process reading);
- ``process``: :func:`pipeline.read.isolated.read_isolated`, each thread's uploads in a reader
  process of its own (what ``credcheck run`` does by default).

Each setting runs with OCR slots = 1 (one page in OCR at a time, ONNX Runtime given every
core) and, at N > 1, slots = N (N pages at once, the cores shared out), the ONNX Runtime
threads per page chosen by the rule the code applies (:func:`pipeline.read.isolated.ocr_threads`:
cores // min(readers, slots)). Every reader first reads one page untimed (its models load: a
run pays that once per 500 pages), then the clock runs over the rest. Printed per setting:
pages/s, the ratio to ``thread`` at 1 reader, and the peak memory of the reader processes
(``process``; the threads' share of this process is not separable here: see
bench_pipeline.py for a whole run's).
"""

from __future__ import annotations

import argparse
import json
import queue
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.read import ReadLimits, isolated, read_upload  # noqa: E402
from pipeline.read.engines import LazyEngine  # noqa: E402
from pipeline.read.isolated import ReaderSettings, ocr_threads, read_isolated  # noqa: E402

WINDOW = ROOT / "data" / "samples" / "liuzhou-2024"
SCANNED = ("scanned_pdf", "photo", "photo_rotated_90", "photo_skewed", "photo_rotated_180")
NO_LIMIT = ReadLimits(max_seconds=None)


def scanned_pages(window: Path, count: int, warm: int) -> tuple[list[Path], list[Path]]:
    """`warm` pages to load the readers with, then `count` to time: one-page scanned uploads,
    copied out of the window (no two settings share a cache: there is none)."""
    truth = json.loads((window / "truth.json").read_text(encoding="utf-8"))
    names = sorted(n for n, d in truth["documents"].items()
                   if d.get("on_disk") and d.get("render") in SCANNED and d.get("pages", 1) == 1
                   and (window / "applicants" / n).is_file())
    if len(names) < count + warm:
        raise SystemExit(f"{window} has {len(names)} one-page scanned uploads; "
                         f"asked for {count + warm}")
    step = len(names) // (count + warm)
    picked = [names[i * step] for i in range(count + warm)]  # spread over kinds and applicants
    folder = Path(tempfile.mkdtemp(prefix="bench-readers-"))
    paths = []
    for i, name in enumerate(picked):
        target = folder / f"{i:03d}{Path(name).suffix}"
        shutil.copy(window / "applicants" / name, target)
        paths.append(target)
    return paths[:warm], paths[warm:]


def run(mode: str, readers: int, slots: int, warm: list[Path], timed: list[Path]) -> dict[str, Any]:
    """Read `timed` with `readers` threads after each read one of `warm`; the figures."""
    threads = ocr_threads(readers, slots)
    settings = ReaderSettings(threads=threads, recycle_pages=0)
    todo: queue.Queue[Path] = queue.Queue()
    for path in timed:
        todo.put(path)
    ready = threading.Barrier(readers + 1)
    pages: list[int] = []
    peaks: list[float] = []
    lock = threading.Lock()

    def read(path: Path) -> int:
        if mode == "process":
            docs = read_isolated(path, engine="rapidocr", settings=settings, limits=NO_LIMIT,
                                 ocr_slots=slots)
        else:
            docs = read_upload(path, engine=LazyEngine("rapidocr", threads=threads),
                               limits=NO_LIMIT, ocr_slots=slots)
        return sum(len(getattr(d, "pages", ())) for d in docs)

    def worker(first: Path) -> None:
        read(first)  # models loaded (a reader process started) before the clock
        ready.wait()
        done = 0
        while True:
            try:
                path = todo.get_nowait()
            except queue.Empty:
                break
            done += read(path)
        with lock:
            pages.append(done)
            peaks.append(float(isolated.facts().get("reader_peak_rss_mb", 0.0)))

    workers = [threading.Thread(target=worker, args=(warm[i],)) for i in range(readers)]
    for t in workers:
        t.start()
    ready.wait()
    started = time.perf_counter()
    for t in workers:
        t.join()
    seconds = time.perf_counter() - started
    return {"mode": mode, "readers": readers, "slots": slots, "ort_threads": threads,
            "pages": sum(pages), "seconds": round(seconds, 2),
            "pages_per_s": round(sum(pages) / seconds, 3),
            "reader_peak_mb": max(peaks) if mode == "process" else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=Path, default=WINDOW)
    parser.add_argument("--pages", type=int, default=8,
                        help="scanned pages timed per setting and round (default 8)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds over every setting, each in another order (default 3): "
                        "the median of each setting's rounds is printed")
    parser.add_argument("--readers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", type=Path, help="also write every round's rows here")
    args = parser.parse_args(argv)
    warm, timed = scanned_pages(args.window, args.pages, max(args.readers))
    settings = []
    for n in args.readers:
        for slots in sorted({1, n}):
            settings += [("thread", n, slots), ("process", n, slots)]
    print(f"{len(timed)} scanned pages per setting and round, {args.rounds} rounds, "
          f"{isolated.available_cores()} cores, no OCR cache", flush=True)
    runs: dict[tuple[str, int, int], list[dict[str, Any]]] = {s: [] for s in settings}
    for r in range(args.rounds):  # each round in another order: load that comes and goes hits all
        order = settings[r % len(settings):] + settings[:r % len(settings)]
        for setting in (order if r % 2 == 0 else order[::-1]):
            runs[setting].append(run(*setting, warm, timed))
            row = runs[setting][-1]
            print(f"  round {r + 1}: {row['mode']} N={row['readers']} slots={row['slots']}: "
                  f"{row['pages_per_s']:.3f} pages/s", flush=True)
    medians = {s: statistics.median(r["pages_per_s"] for r in rows) for s, rows in runs.items()}
    base = medians[("thread", 1, 1)] if ("thread", 1, 1) in medians else None
    print(f"{'readers':<9}{'N':>3}{'slots':>7}{'ORT thr':>9}{'pages/s':>10}{'ratio':>8}"
          f"{'reader peak':>13}")
    for setting, rows in runs.items():
        peak = max((r["reader_peak_mb"] or 0) for r in rows)
        ratio = medians[setting] / base if base else 0.0
        mode, n, slots = setting
        print(f"{mode:<9}{n:>3}{slots:>7}{rows[0]['ort_threads']:>9}{medians[setting]:>10.3f}"
              f"{ratio:>8.2f}{(f'{peak:.0f} MiB' if peak else '-'):>13}")
    if args.json:
        every = [r for rows in runs.values() for r in rows]
        args.json.write_text(json.dumps(every, indent=2), encoding="utf-8")
    shutil.rmtree(timed[0].parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
