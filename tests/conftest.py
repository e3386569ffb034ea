"""Session fixtures: one Prefect test harness, the generated tiny window and its run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# Telemetry would write to the API database from a second task and cannot leave this machine.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API on SQLite for the whole session (starting one takes seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def tiny_window(tmp_path_factory) -> Path:
    """The sample generator's tiny profile, rendered fresh for this session."""
    out = tmp_path_factory.mktemp("window") / "tiny-2024"
    subprocess.run([sys.executable, str(ROOT / "data/samples/generate.py"), "--profile", "tiny",
                    "--out", str(out)], check=True, cwd=ROOT)
    return out


@pytest.fixture(scope="session")
def tiny_run(tiny_window, prefect_harness, tmp_path_factory) -> Path:
    """The real screen-window flow over the tiny window (OCR included); returns the output folder."""
    from flows.screen_window import screen_window

    work = tmp_path_factory.mktemp("run")
    out = work / "out"
    screen_window(window=tiny_window, out=out, store=work / "store.sqlite", cache_dir=work / "ocr-cache")
    return out


@pytest.fixture(scope="session")
def tiny_ocr_cache(tiny_run) -> Path:
    """The OCR cache `tiny_run` filled: later runs over the tiny window recognise no page again."""
    return tiny_run.parent / "ocr-cache"
