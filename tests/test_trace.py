"""Timed stages (pipeline.trace): recorded only when collected, scoped, kept apart per thread."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest
from PIL import Image

from pipeline import trace
from pipeline.ingest.window import ApplicantFolder
from pipeline.screen import ScreenOptions, read_applicant


def test_spans_are_recorded_with_scope_fields_and_late_fields() -> None:
    with trace.recording() as events, trace.scope(applicant_id="A1"):
        with trace.span("read", file="a.pdf") as fields:
            fields["pages"] = 3
        with trace.scope(file="b.jpg"), trace.span("ocr", page=1):
            pass
    assert [(e.stage, dict(e.fields)) for e in events] == [
        ("read", {"applicant_id": "A1", "file": "a.pdf", "pages": 3}),
        ("ocr", {"applicant_id": "A1", "file": "b.jpg", "page": 1}),
    ]
    assert all(e.seconds >= 0 and e.ended_at > 0 for e in events)
    assert pickle.loads(pickle.dumps(events)) == events  # they travel back from workers


def test_nothing_is_recorded_without_a_collector_and_errors_are_marked() -> None:
    with trace.span("read"):
        assert not trace.recording_now()
    with trace.recording() as events, pytest.raises(ValueError), trace.span("checks"):
        raise ValueError("boom")
    assert [(e.stage, e.fields.get("error")) for e in events] == [("checks", "ValueError")]


def test_threads_collect_their_own_events() -> None:
    seen: dict[int, list[str]] = {}

    def work(n: int) -> None:
        with trace.recording() as events, trace.scope(applicant_id=f"A{n}"):
            for _ in range(50):
                with trace.span("read"):
                    pass
        seen[n] = sorted({str(e.fields["applicant_id"]) for e in events})

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == {n: [f"A{n}"] for n in range(4)}


def test_reading_an_applicant_traces_each_file(tmp_path: Path) -> None:
    folder = tmp_path / "A1"
    folder.mkdir()
    Image.new("RGB", (200, 100), "white").save(folder / "scan.png")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    applicant = ApplicantFolder("A1", folder, None, files=["broken.pdf", "scan.png"])
    with trace.recording() as events:
        read_applicant(applicant, ScreenOptions(engine="none"))
    reads = {e.fields["file"]: e.fields for e in events if e.stage == "read"}
    assert reads["scan.png"]["pages"] == 1 and reads["scan.png"]["ocr_pages"] == 1
    assert (reads["broken.pdf"]["status"] == "unreadable"
            and "broken.pdf" in str(reads["broken.pdf"]["detail"]))
    assert [e.fields["page"] for e in events if e.stage == "ocr"] == [1]


@pytest.mark.slow  # a new process after 400 MiB of ballast
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")
def test_peak_memory_is_the_process_own_not_its_starters() -> None:
    """A process started by a large one (a Dask worker, a reader) reports its own peak, not
    the starter's, which Linux's ru_maxrss carries across fork and exec."""
    import resource
    import subprocess
    import sys

    import numpy as np

    ballast = np.ones(400 * 2**20, dtype=np.uint8)  # this process: at least 400 MiB at its peak
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 >= ballast.nbytes
    said = "from pipeline.trace import peak_rss_bytes; print(peak_rss_bytes())"
    child = subprocess.run([sys.executable, "-c", said], capture_output=True, text=True,
                           check=True, cwd=Path(__file__).resolve().parents[1])
    del ballast
    assert int(child.stdout) < 200 * 2**20
