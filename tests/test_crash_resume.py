"""The crash test of issue 7: kill `credcheck run` mid-window (SIGKILL), run it again, and
compare with an uninterrupted run: identical outputs, no applicant screened twice."""

from __future__ import annotations

import pytest

from pipeline.store import Store
from tests.crash import assert_same_outputs, crash_and_resume

pytestmark = pytest.mark.slow


def test_a_killed_run_resumes_without_losing_or_repeating_an_applicant(tiny_window, tiny_run,
                                                                       tiny_cache, tmp_path):
    store = tmp_path / "store.sqlite"
    outcome = crash_and_resume(tiny_window, tmp_path / "out", store, tiny_cache,
                               tmp_path, kill_after=2)
    print(f"\nkilled after {outcome.killed_after_s:.1f} s with {outcome.committed_at_kill}/6 "
          f"applicants stored; resumed in {outcome.resume_s:.1f} s: "
          f"{outcome.resume_output.splitlines()[0]}")
    assert 2 <= outcome.committed_at_kill < 6, "the run must be killed mid-window"

    # Identical to the uninterrupted run (the session's tiny run, same OCR cache).
    assert_same_outputs(tmp_path / "out", tiny_run)
    results = Store(store)
    counts = results.screen_counts(tiny_window.name)
    assert sorted(counts) == sorted(p.name for p in (tiny_window / "applicants").iterdir())
    assert set(counts.values()) == {1}, f"an applicant was screened twice: {counts}"
    killed, resumed = results.runs(window=tiny_window.name)
    assert (killed.status, resumed.status) == ("interrupted", "completed")
    assert (resumed.screened, resumed.reused) == (6 - outcome.committed_at_kill,
                                                  outcome.committed_at_kill)
