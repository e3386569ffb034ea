"""Uploads read in reader processes (pipeline/read/isolated.py), with real processes killed
for real: a reader SIGKILLed mid-document costs that upload only, a reader is retired after
its pages and reads as the thread does, a page that never ends is killed at the hard time
limit, OCR slots bound the pages in OCR across reader processes, and a reader stopped by
SIGTERM fails the applicant rather than marking its upload unreadable. The OCR engine is a
slow stand-in entering through the engine seam (tests/marking_engine.py); the processes, the
reader and the screening around them are the real code."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pytest
from PIL import Image

from pipeline import trace
from pipeline.checks import doc_unreadable
from pipeline.ingest.window import ApplicantFolder
from pipeline.read import ReadLimits, isolated
from pipeline.read.engines import ENGINES
from pipeline.read.isolated import ReaderStopped
from pipeline.screen import ReadResult, ScreenOptions, read_applicant
from tests import factories
from tests.marking_engine import marks, most_at_once


@pytest.fixture
def marking(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The marking engine registered, 0.3 s a page; returns its notes file."""
    monkeypatch.setitem(ENGINES, "marking", "tests.marking_engine:Marking")
    notes = tmp_path / "marks.txt"
    monkeypatch.setenv("CREDCHECK_TEST_MARKS", str(notes))
    monkeypatch.setenv("CREDCHECK_TEST_PAGE_S", "0.3")
    return notes


def text_pdf(path: Path, pages: int = 1) -> Path:
    import pymupdf

    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page(width=595, height=842)
        for line in range(12):
            text = f"Certificate of employment, page {n + 1}, line {line + 1}."
            page.insert_text((72, 80 + 24 * line), text)
    doc.save(path)
    return path


def tiff(path: Path, pages: int) -> Path:
    frames = [Image.new("RGB", (240, 120), "white") for _ in range(pages)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_lzw")
    return path


def applicant(folder: Path, files: list[str]) -> ApplicantFolder:
    return ApplicantFolder(folder.name, folder, None, files=files)


def in_thread(work: Callable[[], Any], timeout: float = 90) -> Any:
    """Run `work` on a thread of its own (so with a reader process of its own, ended with the
    thread); its result, or its exception raised here."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = work()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            out["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"still reading after {timeout} s (a slot never released?)"
    if "error" in out:
        raise out["error"]
    return out["value"]


def traced_read(folder: ApplicantFolder,
                options: ScreenOptions) -> tuple[ReadResult, list[trace.Event]]:
    with trace.recording() as events:
        return read_applicant(folder, options), list(events)


def wait_for(condition: Callable[[], Any], timeout: float = 60) -> Any:
    started = time.monotonic()
    while not (found := condition()):
        assert time.monotonic() - started < timeout, "timed out"
        time.sleep(0.02)
    return found


def reader_pids(events: list[trace.Event]) -> dict[str, int]:
    return {str(e.fields["file"]): int(e.fields["reader_pid"]) for e in events if e.stage == "read"}


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.slow  # reader processes started, each importing the pipeline
def test_a_reader_killed_mid_document_costs_that_upload_only(tmp_path: Path, marking: Path) -> None:
    folder = tmp_path / "A1"
    folder.mkdir()
    text_pdf(folder / "1-合同.pdf")
    tiff(folder / "2-扫描件.tif", 4)
    Image.new("RGB", (240, 120), "white").save(folder / "3-照片.png")
    files = ["1-合同.pdf", "2-扫描件.tif", "3-照片.png"]
    options = ScreenOptions(engine="marking", readers="process", ocr_slots=1)
    killed: list[int] = []

    def kill_on_first_page() -> None:  # the scan's first page is the first page recognised
        [(_what, pid, _at), *_] = wait_for(lambda: marks(marking))
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    killer = threading.Thread(target=kill_on_first_page)
    killer.start()
    read, events = in_thread(lambda: traced_read(applicant(folder, files), options))
    killer.join()

    reason = "reading failed: the reader process died (SIGKILL)"
    assert read.unreadable == {"2-扫描件.tif": reason}
    assert set(read.documents) == {"1-合同.pdf", "3-照片.png"}  # before and after: read
    # read after the kill: the OCR slot the killed reader held was given back
    assert read.documents["3-照片.png"].pages[0].words[0].text == "识别结果"
    pids = reader_pids(events)
    assert pids["1-合同.pdf"] == pids["2-扫描件.tif"] == killed[0] != pids["3-照片.png"]
    assert gone(killed[0]) and gone(pids["3-照片.png"])  # the new reader ended with its thread
    # the reviewer's flag: DOC_UNREADABLE in Chinese, the reason beside it
    [flag] = doc_unreadable.check(factories.case(factories.form(), unreadable=read.unreadable),
                                  factories.context())
    assert flag.message.startswith("文件 2-扫描件.tif 无法打开或解码")
    assert flag.found == reason


@pytest.mark.slow  # reader processes started, each importing the pipeline
def test_a_reader_is_retired_after_its_pages_and_reads_as_the_thread_does(tmp_path: Path) -> None:
    folder = tmp_path / "A2"
    folder.mkdir()
    files = [text_pdf(folder / f"{n}.pdf", pages).name for n, pages in enumerate([1, 1, 2, 1, 1])]
    threaded = in_thread(lambda: read_applicant(applicant(folder, files),
                                                ScreenOptions(engine="none")))
    options = ScreenOptions(engine="none", readers="process", recycle_pages=2)
    isolated, events = in_thread(lambda: traced_read(applicant(folder, files), options))
    assert isolated.documents == threaded.documents and isolated.unreadable == {}
    pids = [reader_pids(events)[name] for name in files]
    # pages 1, 2 | 3-4 | 5, 6: a new process once the last one has read 2 pages
    assert pids[0] == pids[1] != pids[2] != pids[3] == pids[4]
    assert all(gone(pid) for pid in pids)


@pytest.mark.slow  # waits on purpose (the limit and its grace)
def test_a_page_that_never_ends_is_killed_at_the_hard_time_limit(
        tmp_path: Path, marking: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREDCHECK_TEST_PAGE_S", "120")
    folder = tmp_path / "A3"
    folder.mkdir()
    Image.new("RGB", (240, 120), "white").save(folder / "卡住.png")
    text_pdf(folder / "正常.pdf")
    options = ScreenOptions(engine="marking", readers="process", limits=ReadLimits(max_seconds=2))
    started = time.monotonic()
    read, events = in_thread(
        lambda: traced_read(applicant(folder, ["卡住.png", "正常.pdf"]), options))
    took = time.monotonic() - started
    assert took < 30, took  # 2 s of work, 2 s of grace, two process starts
    assert "exceeds the time limit of 2 s per document (its reader process was stopped)" in (
        read.unreadable["卡住.png"])
    assert set(read.documents) == {"正常.pdf"}, read.unreadable
    pids = reader_pids(events)
    assert pids["卡住.png"] != pids["正常.pdf"] and gone(pids["卡住.png"])


@pytest.mark.slow  # waits on purpose (simulated OCR in two processes)
@pytest.mark.parametrize("slots", [1, 2])
def test_ocr_slots_bound_the_pages_in_ocr_across_reader_processes(
        tmp_path: Path, marking: Path, slots: int) -> None:
    folders = []
    for n in range(2):
        folder = tmp_path / f"B{n}"
        folder.mkdir()
        tiff(folder / "scan.tif", 3)
        folders.append(folder)
    options = ScreenOptions(engine="marking", readers="process", ocr_slots=slots,
                            workers_per_process=2)
    results: list[ReadResult] = []

    def one(folder: Path) -> None:
        results.append(in_thread(lambda: read_applicant(applicant(folder, ["scan.tif"]), options)))

    threads = [threading.Thread(target=one, args=(f,)) for f in folders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [len(r.documents["scan.tif"].pages) for r in results] == [3, 3]
    rows = marks(marking)
    assert len({pid for _w, pid, _t in rows}) == 2  # two reader processes recognised
    assert most_at_once(rows) == slots


@pytest.mark.slow  # reader processes started, each importing the pipeline
def test_a_reader_stopped_by_sigterm_fails_the_applicant(
        tmp_path: Path, marking: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolated, "STOPPED_PAUSE_S", 0.1)  # no stop of this process to wait for
    folder = tmp_path / "A4"
    folder.mkdir()
    tiff(folder / "扫描件.tif", 4)
    options = ScreenOptions(engine="marking", readers="process")

    def stop_on_first_page() -> None:
        [(_what, pid, _at), *_] = wait_for(lambda: marks(marking))
        os.kill(pid, signal.SIGTERM)

    killer = threading.Thread(target=stop_on_first_page)
    killer.start()
    stopped = r"stopped \(died \(SIGTERM\)\) while reading 扫描件.tif"
    with pytest.raises(ReaderStopped, match=stopped):
        in_thread(lambda: read_applicant(applicant(folder, ["扫描件.tif"]), options))
    killer.join()


_HOLDER = """
import sys, threading, time
from pathlib import Path
from pipeline.read import isolated
from pipeline.read.engines import ENGINES
ENGINES["marking"] = "tests.marking_engine:Marking"
threading.Thread(target=isolated.read_isolated, args=(Path(sys.argv[1]),),
                 kwargs={"engine": "marking"}).start()
time.sleep(120)
"""


@pytest.mark.slow  # reader processes started, each importing the pipeline
def test_a_run_killed_outright_leaves_no_reader_behind(
        tmp_path: Path, marking: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The process holding a reader SIGKILLed mid-page (the run killed, or ended with os._exit
    by a stop): the kernel ends the reader with it, not after its page."""
    import subprocess
    import sys

    monkeypatch.setenv("CREDCHECK_TEST_PAGE_S", "120")
    Image.new("RGB", (240, 120), "white").save(tmp_path / "a.png")
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(tmp_path / "a.png")],
                              cwd=Path(__file__).resolve().parents[1])
    try:
        [(_what, reader_pid, _at), *_] = wait_for(lambda: marks(marking))
        holder.kill()
        holder.wait()
        wait_for(lambda: gone(reader_pid), timeout=5)
    finally:
        holder.kill()
        holder.wait()
