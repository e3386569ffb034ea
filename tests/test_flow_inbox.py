"""The flow the schedule runs: an inbox of windows, screened incrementally, with the journal
rules re-screened by themselves when the suspect-journal list changed (a real flow run)."""

from __future__ import annotations

import csv
import shutil

import pytest

from flows.screen_inbox import InboxError, screen_inbox
from pipeline.store import Store

pytestmark = pytest.mark.slow


def test_the_inbox_flow_rescreens_on_a_list_change_then_screens_each_window(
        tiny_window, yesterday, new_list, tiny_cache, prefect_harness, tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    shutil.copytree(tiny_window, inbox / tiny_window.name)
    summary = screen_inbox(inbox=str(inbox), out=str(out), store=str(yesterday),
                           blacklist=str(new_list), cache_dir=str(tiny_cache))
    # The list changed since yesterday's results: re-screened first, by the flow itself.
    assert summary.rescreen is not None and summary.rescreen.applicants == 6
    report = list(csv.DictReader((out / "_rescreen").glob("2024-*/rescreen.csv").__next__()
                                 .open(encoding="utf-8-sig")))
    assert {r["applicant_id"] for r in report if r["change"] == "new"} == {
        "LZ2024-0001", "LZ2024-0003", "LZ2024-0004"}
    [window] = summary.windows
    assert (window.screened, window.rescreened, window.reused) == (0, 0, 6)
    flags = list(csv.DictReader((out / tiny_window.name / "flags.csv").open(encoding="utf-8-sig")))
    assert {r["applicant_id"] for r in flags if r["code"] == "JOURNAL_BLACKLISTED"} == \
        {"LZ2024-0001", "LZ2024-0003", "LZ2024-0004"}

    # The next tick: nothing changed, nothing re-screened, nothing read.
    again = screen_inbox(inbox=str(inbox), out=str(out), store=str(yesterday),
                         blacklist=str(new_list), cache_dir=str(tiny_cache))
    assert again.rescreen is None
    assert (again.windows[0].screened, again.windows[0].reused) == (0, 6)
    assert set(Store(yesterday).screen_counts(tiny_window.name).values()) == {1}


def test_a_broken_window_does_not_stop_the_others(tiny_window, yesterday, tiny_cache,
                                                  prefect_harness, tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    shutil.copytree(tiny_window, inbox / tiny_window.name)
    broken = inbox / "a-broken-window"
    (broken / "applicants").mkdir(parents=True)
    (broken / "window.toml").write_text('policy = "liuzhou-2024"\nsurprise = 1\n', encoding="utf-8")
    with pytest.raises(InboxError, match="a-broken-window"):
        screen_inbox(inbox=str(inbox), out=str(out), store=str(yesterday),
                     cache_dir=str(tiny_cache))
    assert (out / tiny_window.name / "flags.csv").is_file()
    assert [r.status for r in Store(yesterday).runs(window=tiny_window.name)][-1] == "completed"
    # No list given and none imported at the site: the tiny window is screened with the list it
    # carries, as yesterday, so nothing is stale and nothing is re-screened.
    assert Store(yesterday).runs(kind="rescreen") == []
    assert (out / tiny_window.name / "applicants.csv").read_text(
        encoding="utf-8-sig").count("not checked") == 0
