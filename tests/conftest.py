"""Session fixtures: one Prefect test harness, the generated tiny window and its run, an empty
site folder ($CREDCHECK_HOME) for the whole session, and the shared data folder (others' public
lists, read in place; tests that need it skip, saying why, where it is absent)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# Telemetry would write to the API database from a second task and cannot leave this machine.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


#: Fixtures that render a sample window, start Prefect's test API or read the published lists
#: from the shared data folder: a test that uses one, directly or through another fixture, is
#: slow (left out of `make fast`); so is every PostgreSQL store (:func:`store_location`).
SLOW_FIXTURES = frozenset({"tiny_window", "ci_window", "tiny_run", "prefect_harness",
                           "shared_journals"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def shared_data_dir() -> Path:
    """The shared data folder: $CREDCHECK_SHARED_DATA, else shared/data beside the checkout."""
    given = os.environ.get("CREDCHECK_SHARED_DATA")
    return Path(given) if given else ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session", autouse=True)
def site_home(tmp_path_factory) -> Path:
    """The site's data folder for the session: empty (no suspect list or registry imported),
    so that no test reads or writes ~/.credcheck. Tests that import lists set their own."""
    with pytest.MonkeyPatch.context() as patch:
        home = tmp_path_factory.mktemp("credcheck-home")
        patch.setenv("CREDCHECK_HOME", str(home))
        yield home


@pytest.fixture(scope="session")
def shared_journals() -> Path:
    """``<shared data>/journals``: the published journal lists and registries, read in place."""
    folder = shared_data_dir() / "journals"
    if not folder.is_dir():
        pytest.skip(f"the shared data folder's journals/ is absent ({folder}): the published "
                    "journal lists are others' and are not in the repository; "
                    "set CREDCHECK_SHARED_DATA")
    return folder


@pytest.fixture(scope="session")
def published_home(shared_journals, tmp_path_factory) -> Path:
    """A site folder where an admin imported the recommended published lists and the CNKI and
    CSSCI registries from the shared data folder, through the admin commands (README)."""
    from blacklists import admin
    from blacklists.published import RECOMMENDED, REGISTRIES, SOURCES

    home = tmp_path_factory.mktemp("published-home")
    admin.import_files(home / "suspect_journals.csv",
                       [shared_journals / SOURCES[fmt][1] for fmt in RECOMMENDED],
                       who="test", why="the published lists, as the README says")
    admin.import_registry([shared_journals / REGISTRIES[fmt][2] for fmt in REGISTRIES],
                          home / "known_journals.txt")
    return home


@pytest.fixture(scope="session")
def published_list(published_home):
    """The list and registry of :func:`published_home`, loaded for matching."""
    import blacklists
    from pipeline.journals import Blacklist

    return Blacklist.from_entries(
        blacklists.read_entries(published_home / "suspect_journals.csv"),
        known_names=blacklists.known_titles(published_home / "known_journals.txt"))


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
def ci_window(tmp_path_factory) -> Path:
    """The sample generator's ci profile (16 applicants, every flag code planted, two clean, layouts
    varied), rendered fresh for this session; not committed to the repository."""
    out = tmp_path_factory.mktemp("window") / "ci-2024"
    subprocess.run([sys.executable, str(ROOT / "data/samples/generate.py"), "--profile", "ci",
                    "--out", str(out)], check=True, cwd=ROOT)
    return out


@pytest.fixture(scope="session")
def tiny_run(tiny_window, prefect_harness, tmp_path_factory) -> Path:
    """The real screen-window flow over the tiny window (OCR included); returns the output
    folder."""
    from flows.screen_window import screen_window

    work = tmp_path_factory.mktemp("run")
    out = work / "out"
    screen_window(window=tiny_window, out=out, store=work / "store.sqlite",
                  cache_dir=work / "ocr-cache")
    return out


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server on 127.0.0.1 for the session (tests/pg.py).

    Skipped, with the reason, where the server binaries are absent, except under CI, where
    scripts/system-deps.sh must have installed them: there a missing server fails.
    """
    from tests.pg import start_server

    server = start_server()
    if isinstance(server, str):
        if os.environ.get("CI"):
            pytest.fail(server)
        pytest.skip(server)
    yield server
    server.stop()


@pytest.fixture
def own_pg():
    """A PostgreSQL server of the test's own, which the test may stop and start (the
    session's :func:`pg_server` is shared); skipped, with the reason, without the binaries."""
    from tests.pg import start_server

    server = start_server()
    if isinstance(server, str):
        pytest.skip(server)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def store_location(request, tmp_path) -> str:
    """A fresh, empty results store on each backend: an SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.sqlite")
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture(scope="session")
def tiny_cache(tiny_run) -> Path:
    """The tiny run's OCR cache: every page of the tiny window, recognised once."""
    return tiny_run.parent / "ocr-cache"


@pytest.fixture
def yesterday(tiny_run, tmp_path) -> Path:
    """A copy of the store the tiny run filled."""
    copy = tmp_path / "store.sqlite"
    shutil.copy(tiny_run.parent / "store.sqlite", copy)
    return copy


@pytest.fixture(scope="session")
def new_list(tiny_window, tmp_path_factory) -> Path:
    """The tiny window's own list with 电气技术 (declared by three tiny applicants) added and
    中华教育杂志 (the planted JOURNAL_BLACKLISTED of LZ2024-0006) removed, through admin."""
    import blacklists
    from blacklists import admin
    from pipeline.journals import JournalEntry

    path = tmp_path_factory.mktemp("list") / "suspect_journals.csv"
    shutil.copy(blacklists.window_list(tiny_window), path)
    admin.add(path, JournalEntry(name="电气技术", issn="1673-3800", cn="11-5255/TM",
                                 category="warning", source="测试", reason="测试用预警"),
              who="test", why="test", force=True)
    admin.remove(path, "中华教育杂志", who="test", why="test")
    return path
