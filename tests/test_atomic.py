"""Issue 15, atomic outputs: a writer that fails midway leaves the previous file intact and no
temporary file behind, for the CSV outputs, the report pages and the suspect-journal list; a
process killed mid-write (SIGKILL) does too."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from blacklists.admin import write_entries
from pipeline.atomic import atomic_write, write_private
from pipeline.journals import JournalEntry
from pipeline.report.tables import FLAG_COLUMNS, write_csv


class Crash(Exception):
    pass


def rows_then_crash(n: int):
    for i in range(n):
        yield {"applicant_id": f"A{i}", "code": "X", "message": "新"}
    raise Crash("the disk went away")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_csv_writer_that_fails_midway_leaves_the_old_file(tmp_path):
    flags = tmp_path / "flags.csv"
    write_csv(flags, FLAG_COLUMNS, [{"applicant_id": "OLD", "code": "KEPT"}])
    before = flags.read_bytes()
    with pytest.raises(Crash):
        write_csv(flags, FLAG_COLUMNS, rows_then_crash(5000))  # several buffers written first
    assert flags.read_bytes() == before
    assert leftovers(tmp_path) == []
    assert stat.S_IMODE(flags.stat().st_mode) == 0o600


def test_a_page_write_replaces_the_file_whole(tmp_path):
    page = tmp_path / "reports" / "index.html"
    write_private(page, "<p>旧</p>")
    with pytest.raises(Crash), atomic_write(page) as handle:
        handle.write(b"<p>half")
        raise Crash("mid-write")
    assert page.read_text(encoding="utf-8") == "<p>旧</p>"
    write_private(page, "<p>新</p>")
    assert page.read_text(encoding="utf-8") == "<p>新</p>"
    assert leftovers(page.parent) == []
    assert stat.S_IMODE(page.parent.stat().st_mode) == 0o700


def test_the_suspect_list_is_written_atomically_with_the_usual_mode(tmp_path):
    path = tmp_path / "suspect_journals.csv"
    write_entries(path, [JournalEntry(name="假刊甲", category="fake")])
    before = path.read_bytes()

    def entries():
        yield JournalEntry(name="假刊乙", category="fake")
        raise Crash("mid-write")

    with pytest.raises(Crash):
        write_entries(path, entries())
    assert path.read_bytes() == before and leftovers(tmp_path) == []
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask  # a site file, not a private output


def test_a_process_killed_mid_write_leaves_the_old_file(tmp_path):
    """A real writer process, SIGKILLed while it writes flags.csv through write_csv."""
    flags = tmp_path / "flags.csv"
    write_csv(flags, FLAG_COLUMNS, [{"applicant_id": "OLD", "code": "KEPT"}])
    before = flags.read_bytes()
    started = tmp_path / "started"
    writer = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from pipeline.report.tables import FLAG_COLUMNS, write_csv
        def rows():
            for i in range(10**9):
                if i == 2000:
                    Path({str(started)!r}).touch()
                if i >= 2000:
                    time.sleep(0.01)
                yield {{"applicant_id": f"A{{i}}", "code": "X"}}
        write_csv(Path({str(flags)!r}), FLAG_COLUMNS, rows())
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", writer], env=env)
    try:
        deadline = time.monotonic() + 120
        while not started.exists():
            assert proc.poll() is None, "the writer ended early"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        [partial] = leftovers(tmp_path)  # the temporary file it is writing
        assert (tmp_path / partial).stat().st_size > 0
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert flags.read_bytes() == before
