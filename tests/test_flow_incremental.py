"""Incremental runs and re-screening with the real screen-window flow over the tiny window.

These reuse the session's tiny run (``tiny_run``): its OCR cache (``tiny_cache``), so no page
is recognised twice, and its results store, copied, as "a window screened yesterday"
(``yesterday``); ``new_list`` is a changed suspect-journal list (tests/conftest.py).
"""

from __future__ import annotations

import json
import shutil

import pytest

from flows.rescreen_journals import rescreen_journals
from flows.screen_window import screen_window
from pipeline import window_run
from pipeline.screen import ScreenOptions, screen_applicant
from pipeline.store import Store
from tests.crash import assert_same_outputs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def full_run_with_new_list(tiny_window, new_list, tiny_cache, pg_server, prefect_harness,
                           tmp_path_factory):
    """An uninterrupted, from-scratch run with the new list, into a PostgreSQL store."""
    out = tmp_path_factory.mktemp("full-new-list") / "out"
    url = pg_server.create_database()
    summary = screen_window(window=tiny_window, out=out, blacklist=new_list, store=url,
                            cache_dir=tiny_cache)
    assert (summary.screened, summary.reused) == (6, 0)
    return out, url


def test_stored_results_equal_a_fresh_screening(tiny_window, yesterday, tiny_cache):
    prepared = window_run.prepare(tiny_window, store=yesterday)
    stored = prepared.store.load_results(tiny_window.name)
    for folder in prepared.window.applicants[-2:]:  # one with two papers, one with a listed journal
        fresh = screen_applicant(folder, prepared.ctx, ScreenOptions(cache_dir=tiny_cache))
        assert stored[folder.applicant_id] == fresh
        assert fresh.extractions  # the stored result carries what re-screening needs


def test_an_unchanged_window_is_not_screened_again(tiny_window, tiny_run, yesterday, tiny_cache,
                                                   prefect_harness, tmp_path):
    summary = screen_window(window=tiny_window, out=tmp_path / "out", store=yesterday,
                            cache_dir=tiny_cache)
    assert (summary.screened, summary.reused, summary.rescreened) == (0, 6, 0)
    assert_same_outputs(tmp_path / "out", tiny_run)
    assert set(Store(yesterday).screen_counts(tiny_window.name).values()) == {1}


def test_only_a_changed_applicant_is_screened_again(tiny_window, tiny_run, yesterday, tiny_cache,
                                                    prefect_harness, tmp_path):
    window = tmp_path / tiny_window.name
    shutil.copytree(tiny_window, window)
    form_path = window / "applicants/LZ2024-0005/application.json"
    form = json.loads(form_path.read_text(encoding="utf-8"))
    form["phone"] = "13900000000"
    form_path.write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    summary = screen_window(window=window, out=tmp_path / "out", store=yesterday,
                            cache_dir=tiny_cache)
    assert (summary.screened, summary.reused) == (1, 5)
    counts = Store(yesterday).screen_counts(tiny_window.name)
    assert counts.pop("LZ2024-0005") == 2 and set(counts.values()) == {1}
    assert_same_outputs(tmp_path / "out", tiny_run)  # the phone number is on no report


def test_rescreen_after_a_list_change_reports_new_and_cleared_flags(
        tiny_window, yesterday, new_list, tiny_cache, full_run_with_new_list, prefect_harness,
        tmp_path):
    summary = rescreen_journals(store=yesterday, blacklist=new_list, out=tmp_path / "rescreen")
    assert summary.applicants == 6
    with (tmp_path / "rescreen/rescreen.csv").open(encoding="utf-8-sig") as handle:
        import csv

        rows = list(csv.DictReader(handle))
    new = {r["applicant_id"] for r in rows
           if r["change"] == "new" and r["code"] == "JOURNAL_BLACKLISTED"}
    cleared = {r["applicant_id"] for r in rows if r["change"] == "cleared"}
    assert new == {"LZ2024-0001", "LZ2024-0003", "LZ2024-0004"}
    assert cleared == {"LZ2024-0006"}
    assert all("电气技术" in r["message"] for r in rows if r["change"] == "new")
    assert summary.new == len([r for r in rows if r["change"] == "new"]) and summary.cleared >= 1
    # A second re-screen finds nothing to do.
    assert rescreen_journals(store=yesterday, blacklist=new_list).applicants == 0
    # The window's next run reads nothing and writes what a full run with the new list writes.
    after = screen_window(window=tiny_window, out=tmp_path / "out", blacklist=new_list,
                          store=yesterday, cache_dir=tiny_cache)
    assert (after.screened, after.rescreened, after.reused) == (0, 0, 6)
    assert_same_outputs(tmp_path / "out", full_run_with_new_list[0])
    assert set(Store(yesterday).screen_counts(tiny_window.name).values()) == {1}


def test_a_run_after_a_list_change_rescreens_by_itself(tiny_window, yesterday, new_list, tiny_cache,
                                                      full_run_with_new_list, prefect_harness,
                                                      tmp_path):
    summary = screen_window(window=tiny_window, out=tmp_path / "out", blacklist=new_list,
                            store=yesterday, cache_dir=tiny_cache)
    assert (summary.screened, summary.rescreened, summary.reused) == (0, 6, 0)
    assert_same_outputs(tmp_path / "out", full_run_with_new_list[0])


def test_an_unchanged_window_on_postgresql_is_not_screened_again(tiny_window, new_list, tiny_cache,
                                                                full_run_with_new_list,
                                                                prefect_harness, tmp_path):
    out, url = full_run_with_new_list
    summary = screen_window(window=tiny_window, out=tmp_path / "out", blacklist=new_list, store=url,
                            cache_dir=tiny_cache)
    assert (summary.screened, summary.reused) == (0, 6)
    assert_same_outputs(tmp_path / "out", out)
    assert ([r.status for r in Store(url).runs(window=tiny_window.name)]
            == ["completed", "completed"])
