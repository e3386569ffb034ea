"""A window run through the plain functions of :mod:`pipeline.window_run`, no Prefect: the
window rules' flags are stored with each applicant's result, so the store says what
applicants.csv and flags.csv say, and stay right when another applicant changes.

The tiny window has no shared upload: one is planted in a copy (LZ2024-0005 uploads
LZ2024-0002's paper under its own declared title). The ``none`` OCR engine reads the
born-digital papers; scanned uploads are unreadable, which is beside the point here.
"""

from __future__ import annotations

import csv
import shutil
import time
from pathlib import Path

import pytest

from pipeline import window_run
from pipeline.screen import screen_applicant
from pipeline.store import Store

pytestmark = pytest.mark.slow

PAPER = "论文1.pdf"


def run_window(window: Path, out: Path, store: Path) -> window_run.WindowRun:
    """prepare → screen each applicant to be screened → window rules → finish."""
    started = time.perf_counter()
    prepared = window_run.prepare(window, store=store)
    run = window_run.begin(prepared, "none")
    options = window_run.screen_options(out, engine="none")
    for folder in run.to_screen:
        run.keep(folder, screen_applicant(folder, prepared.ctx, options))
    results = window_run.apply_window_rules(prepared, run.results(), run)
    run.finish("completed")
    window_run.finish(prepared, results, out, started=started, run=run)
    shutil.rmtree(options.work_dir, ignore_errors=True)
    return run


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def outputs(out: Path) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Applicant id -> status in applicants.csv and its (code, message) rows in flags.csv."""
    flags: dict[str, list[tuple[str, str]]] = {}
    for row in csv_rows(out / "flags.csv"):
        flags.setdefault(row["applicant_id"], []).append((row["code"], row["message"]))
    return {row["applicant_id"]: (row["status"], sorted(flags.get(row["applicant_id"], [])))
            for row in csv_rows(out / "applicants.csv")}


def stored(store: Path, window: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """The same from the results store."""
    return {aid: (status, sorted((f.code, f.message) for f in flags))
            for aid, (status, flags) in Store(store).reported(window).items()}


def uploaded_shared(report: dict[str, tuple[str, list[tuple[str, str]]]]) -> list[str]:
    return sorted(aid for aid, (_, flags) in report.items()
                  if any(code == "PAPER_SHARED" and message.startswith("上传的论文")
                         for code, message in flags))


@pytest.fixture
def window(tiny_window, tmp_path) -> Path:
    copy = tmp_path / tiny_window.name
    shutil.copytree(tiny_window, copy)
    shutil.copy(copy / "applicants/LZ2024-0002" / PAPER, copy / "applicants/LZ2024-0005" / PAPER)
    return copy


def test_the_store_says_what_the_outputs_say_and_follows_another_applicant(window, tiny_window,
                                                                           tmp_path):
    store = tmp_path / "store.sqlite"
    run_window(window, tmp_path / "out1", store)
    first = outputs(tmp_path / "out1")
    assert uploaded_shared(first) == ["LZ2024-0002", "LZ2024-0005"]
    assert stored(store, window.name) == first

    # LZ2024-0005 uploads its own paper again: only it is screened; LZ2024-0002, unchanged
    # and reused, loses the flag in the store as in the outputs.
    shutil.copy(tiny_window / "applicants/LZ2024-0005" / PAPER,
                window / "applicants/LZ2024-0005" / PAPER)
    run = run_window(window, tmp_path / "out2", store)
    assert run.plan.screen == ("LZ2024-0005",) and "LZ2024-0002" in run.plan.reuse
    second = outputs(tmp_path / "out2")
    assert uploaded_shared(second) == []
    assert stored(store, window.name) == second
    assert Store(store).screen_counts(window.name)["LZ2024-0002"] == 1

    # And back: the reused LZ2024-0002 gains it again.
    shutil.copy(window / "applicants/LZ2024-0002" / PAPER,
                window / "applicants/LZ2024-0005" / PAPER)
    run_window(window, tmp_path / "out3", store)
    third = outputs(tmp_path / "out3")
    assert third == first and stored(store, window.name) == third


def test_an_unchanged_rerun_rewrites_only_the_pages_whose_applicant_changed(window, tmp_path):
    """Cutting evidence images again is most of an unchanged re-run's cost (issue 14): a page
    stands when it was written from the same result, decisions, uploads, policy and code."""
    from pipeline import decisions
    from pipeline.report.tables import report_name

    store, out = tmp_path / "store.sqlite", tmp_path / "out"
    run_window(window, out, store)
    pages = {p.name: p for p in (out / "reports").glob("LZ2024-*.html")}
    assert len(pages) == 6

    def written() -> dict[str, int]:
        return {name: path.stat().st_mtime_ns for name, path in pages.items()}

    first = written()
    time.sleep(0.01)
    run_window(window, out, store)
    assert written() == first  # nothing changed: no page written again

    flagged = next(aid for aid, flags in Store(store).reported(window.name).items() if flags[1])
    flag = Store(store).reported_flags(window.name, flagged)[0]
    decisions.decide(Store(store), window.name, flag, "confirmed", "王审核", "核对原件")
    upload = window / "applicants/LZ2024-0003/劳动合同.pdf"
    upload.write_bytes(upload.read_bytes() + b"\n%")  # LZ2024-0003 re-uploads a file
    run_window(window, out, store)
    rewritten = {name for name, ns in written().items() if ns != first[name]}
    assert rewritten == {report_name(flagged), report_name("LZ2024-0003")}
    assert "王审核" in pages[report_name(flagged)].read_text(encoding="utf-8")
