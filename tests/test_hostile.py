"""Hostile and broken input (issue 8): nothing lost, nobody in, nothing leaked.

* ``test_case``: every case of :mod:`tests.hostile.corpus`, one window each, through the real
  ingest (:mod:`pipeline.window_run` and ``screen_applicant`` → ``read_upload``, the ``none``
  OCR engine);
* ``test_hostile_window_end_to_end``: all of them in one window with good applicants, screened
  by the real Prefect flow, under a guard that fails on any non-loopback connection, with the
  file system watched around the run;
* ``test_hostile_run_*``: what the run wrote (only its outputs, private, identity numbers
  masked) and that it reached for no network;
* ``test_unusable_reference_tables_do_not_stop_the_window``: a window whose pension export and
  integrity archive are both unusable still screens everyone, saying what was not checked;
* ``test_cli_without_network``: ``credcheck run`` in a network namespace with no route out.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile import corpus
from tests.hostile.corpus import CASES, build_window, window_expectations
from tests.hostile.verify import csv_rows, judge, lost, read_outputs, run_case

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # the whole hostile corpus read in process (about 25 s of CPU)
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: corpus.Case, tmp_path: Path) -> None:
    assert run_case(case, tmp_path) == []


# -- guards ---------------------------------------------------------------------------------------


def _loopback(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX
        return True
    host = str(address[0]) if isinstance(address, tuple) and address else ""
    return host in ("localhost", "::1") or host.startswith("127.") or host.startswith("::ffff:127.")


def install_network_guard(mp: pytest.MonkeyPatch) -> list[str]:
    """Fail any connection from this process to anything but loopback, and any name lookup
    but localhost; returns the list the attempts are recorded in."""
    attempts: list[str] = []
    connect, connect_ex, getaddrinfo = (socket.socket.connect, socket.socket.connect_ex,
                                        socket.getaddrinfo)

    def guarded(method):  # noqa: ANN001, ANN202
        def call(self: socket.socket, address: object):  # noqa: ANN202
            if not _loopback(address):
                attempts.append(repr(address))
                raise OSError(f"network access blocked by the test: {address!r}")
            return method(self, address)
        return call

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host not in (None, "localhost", "127.0.0.1", "::1", b"localhost", b"127.0.0.1"):
            attempts.append(f"resolve {host!r}")
            raise OSError(f"name resolution blocked by the test: {host!r}")
        return getaddrinfo(host, *args, **kwargs)

    mp.setattr(socket.socket, "connect", guarded(connect))
    mp.setattr(socket.socket, "connect_ex", guarded(connect_ex))
    mp.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    return attempts


def snapshot(*roots: Path) -> dict[str, tuple[int, int, int]]:
    """Every path below the roots (links not followed): (mode, size, mtime_ns)."""
    seen: dict[str, tuple[int, int, int]] = {}
    for root in roots:
        if not os.path.lexists(root):
            continue
        for top, dirs, files in os.walk(root, followlinks=False):
            for name in [*dirs, *files]:
                path = os.path.join(top, name)
                st = os.lstat(path)
                seen[path] = (st.st_mode, st.st_size, st.st_mtime_ns)
    return seen


class LogCapture:
    """Every log record of the run, formatted (credcheck's, Prefect's, anyone's)."""

    def __init__(self) -> None:
        import logging

        self.lines: list[str] = []
        capture = self

        class Handler(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                capture.lines.append(self.format(record))

        self.handler = Handler(level=logging.DEBUG)
        self.loggers = [logging.getLogger(), logging.getLogger("prefect"),
                        logging.getLogger("credcheck")]

    def __enter__(self) -> LogCapture:
        import logging

        self.levels = [lg.level for lg in self.loggers]
        for lg in self.loggers:
            lg.addHandler(self.handler)
        logging.getLogger("credcheck").setLevel(logging.DEBUG)
        return self

    def __exit__(self, *exc: object) -> None:
        for lg, level in zip(self.loggers, self.levels, strict=True):
            lg.removeHandler(self.handler)
            lg.setLevel(level)


def unmasked(text: str, numbers: list[str]) -> list[str]:
    return [n for n in numbers if n in text]


def _prefect_database() -> Path | None:
    try:
        from prefect.settings import get_current_settings

        url = str(get_current_settings().server.database.connection_url or "")
    except Exception:  # noqa: BLE001 - only a bonus check
        return None
    path = Path(url.split("///", 1)[1]) if "sqlite" in url and "///" in url else None
    return path if path and path.is_file() else None


# -- the whole window through the real flow --------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_run(prefect_harness, tmp_path_factory) -> dict[str, object]:  # noqa: ANN001
    """The hostile window screened by the real flow; what the run saw and left behind."""
    from flows.screen_window import screen_window

    root = tmp_path_factory.mktemp("hostile")
    window = build_window(root)
    out, state = root / "out", root / "state"
    state.mkdir()
    before = snapshot(root)
    pwned_before = sorted(p.name for p in Path("/tmp").glob("credcheck-pwned*"))
    mp = pytest.MonkeyPatch()
    attempts = install_network_guard(mp)
    try:
        with LogCapture() as logs:
            summary = screen_window(window=window, out=out, store=state / "store.sqlite",
                                    engine="none", cache_dir=None)
    finally:
        mp.undo()
    after = snapshot(root)
    return {"root": root, "window": window, "out": out, "state": state, "summary": summary,
            "before": before, "after": after, "logs": logs.lines, "attempts": attempts,
            "pwned_before": pwned_before}


@pytest.mark.slow
def test_hostile_window_end_to_end(hostile_run: dict[str, object]) -> None:
    window, out = Path(hostile_run["window"]), Path(hostile_run["out"])  # type: ignore[arg-type]
    outputs = read_outputs(out)
    expected = window_expectations()
    problems = corpus.WINDOW_PROBLEMS + tuple(p for c in CASES if c.in_window for p in c.problems)

    # every case handled as it declares; nothing lost
    assert judge(expected, outputs, problems) == []
    assert lost(window, outputs, expected) == ([], [])
    assert set(outputs.applicants) >= {a for a in expected}

    # the good applicants were screened: every upload read, no form or reading error
    for applicant_id in corpus.GOOD_APPLICANTS:
        row = outputs.applicants[applicant_id]
        assert "application.json" not in row["errors"]
        assert {f["status"] for f in outputs.files[applicant_id].values()} == {"ok"}
        assert {f["text_source"] for f in outputs.files[applicant_id].values()
                if not f["file"].endswith(".zip")} >= {"text_layer"}
    # the messy references were read: GB18030 pensions with alias headers and Chinese months
    # (no social-security flag for the good applicants), the XLSX integrity archive with a
    # merged title row (GOOD-003's record, 2023年1月 to 2026.01, is in force)
    for applicant_id in corpus.GOOD_APPLICANTS:
        codes = {f["code"] for f in outputs.flags.get(applicant_id, [])}
        assert not {c for c in codes if c.startswith("SS_")}, (applicant_id, codes)
        assert ("INTEGRITY_RECORD" in codes) == (applicant_id == "GOOD-003")
    # every applicant has its report page
    for row in outputs.applicants.values():
        assert (out / row["report"]).is_file(), row["report"]


@pytest.mark.slow
def test_hostile_run_writes_only_its_outputs(hostile_run: dict[str, object]) -> None:
    root, out, state = (Path(hostile_run[k]) for k in ("root", "out", "state"))  # type: ignore[arg-type]
    before, after = hostile_run["before"], hostile_run["after"]
    assert isinstance(before, dict) and isinstance(after, dict)
    created = sorted(set(after) - set(before))
    outside = [p for p in created
               if not (p.startswith(f"{out}/") or p == str(out) or p.startswith(f"{state}/"))]
    assert outside == [], "written outside the output folder"
    changed = [p for p in before
               if p in after and after[p] != before[p] and not p.startswith(str(state))]
    assert changed == [], "the window or its surroundings changed"
    assert [p for p in before if p not in after] == [], "something in the window disappeared"
    assert (sorted(p.name for p in Path("/tmp").glob("credcheck-pwned*"))
            == hostile_run["pwned_before"])
    assert not (out / ".work").exists()
    assert hostile_run["attempts"] == [], "network access attempted"


@pytest.mark.slow
def test_hostile_run_outputs_are_private_and_masked(hostile_run: dict[str, object]) -> None:
    out = Path(hostile_run["out"])  # type: ignore[arg-type]
    for path in [out, *out.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
    numbers = corpus.identity_numbers()
    assert len(numbers) > 50
    for page in (out / "reports").glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert unmasked(text, numbers) == [], page.name
        assert "<img src=x" not in text and "<script>alert" not in text, page.name
    assert unmasked("\n".join(hostile_run["logs"]), numbers) == []  # type: ignore[arg-type]
    assert unmasked((out / "problems.csv").read_text(encoding="utf-8-sig"), numbers) == []
    database = _prefect_database()
    if database is not None:
        assert unmasked(database.read_bytes().decode("utf-8", "replace"), numbers) == []
    # the CSV files keep numbers whole (the spec), and no cell can run as a formula
    assert corpus.ID_NAME in (out / "files.csv").read_text(encoding="utf-8-sig")
    formula = [r for r in csv_rows(out / "files.csv") if "HYPERLINK" in r["file"]]
    assert formula and all(r["file"].startswith("'=") for r in formula)


# -- unusable reference tables ---------------------------------------------------------------------


@pytest.mark.slow
def test_unusable_reference_tables_do_not_stop_the_window(prefect_harness, tmp_path: Path) -> None:  # noqa: ANN001
    from flows.screen_window import screen_window

    window = tmp_path / "broken-tables"
    (window / "applicants").mkdir(parents=True)
    (window / "window.toml").write_text('policy = "liuzhou-2024"\n', encoding="utf-8")
    (window / "social_security.csv").write_text("身份证号,姓名\n1,2\n", encoding="utf-8")
    (window / "integrity_records.csv").write_bytes(b"\xff\xfe\x00garbage")
    for applicant_id in corpus.GOOD_APPLICANTS[:2]:
        corpus._good_applicant(window, applicant_id)
    out = tmp_path / "out"
    summary = screen_window(window=window, out=out, store=tmp_path / "store.sqlite", engine="none")
    assert summary.applicants == 2
    problems = [r["problem"] for r in csv_rows(out / "problems.csv")]
    assert any(p.startswith("social_security.csv: missing column(s)") and "not run" in p
               for p in problems)
    assert any(p.startswith("integrity_records.csv") and "not run" in p for p in problems)
    for row in csv_rows(out / "applicants.csv"):
        assert row["status"] != "clear"
        assert "SS_NO_RECORD: not checked" in row["errors"]
        assert "INTEGRITY_RECORD: not checked" in row["errors"]
    assert {r["status"] for r in csv_rows(out / "files.csv")} == {"ok"}


# -- the command line, with no network at all ------------------------------------------------------


def _netns_prefix() -> list[str] | None:
    """`unshare -n` with loopback up (Prefect's local API needs it), if this machine allows it."""
    if not (shutil.which("unshare") and shutil.which("ip")):
        return None
    probe = subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True)
    return (["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$0" "$@"']
            if probe.returncode == 0 else None)


@pytest.mark.slow
def test_cli_without_network(tmp_path: Path) -> None:
    prefix = _netns_prefix()
    if prefix is None:
        pytest.skip("no network namespaces here (unshare -n)")
    some = [c for c in CASES if c.id in ("zip-traversal-dotdot", "pdf-javascript",
                                          "symlink-to-file-outside", "form-deep-nesting",
                                          "png-bomb-50000", "name-with-id-number")]
    window = build_window(tmp_path, some)
    out = tmp_path / "out"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"),
           "CREDCHECK_HOME": str(tmp_path / "home"),
           "PREFECT_API_URL": "", "PYTHONPATH": str(ROOT),
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"}  # a busy CI machine
    credcheck = str(Path(sys.executable).with_name("credcheck"))
    run = subprocess.run([*prefix, credcheck, "run", str(window), "--out", str(out),
                          "--engine", "none", "--no-cache",
                          "--store", str(tmp_path / "store.sqlite")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "applicants" in run.stdout
    outputs = read_outputs(out)
    expected = window_expectations(some)
    assert judge(expected, outputs) == []
    assert lost(window, outputs, expected) == ([], [])
    numbers = corpus.identity_numbers()
    assert unmasked(run.stdout + run.stderr, numbers) == []
    database = tmp_path / "prefect" / "prefect.db"
    if database.is_file():
        assert unmasked(database.read_bytes().decode("utf-8", "replace"), numbers) == []
