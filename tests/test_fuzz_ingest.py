"""A bounded fuzz of the document ingest in CI (:mod:`tests.hostile.fuzz`), seeded and timed.

It runs in a child process so that a hang (a read past the per-case timeout) ends the child,
not the test session, and the output names the case. The child works in a fresh folder that
is also its working directory: anything written elsewhere than that folder's fuzz output
would show up as a stray entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.fuzz import SAMPLE, SAMPLE_SEEDS

ROOT = Path(__file__).resolve().parents[1]
SEED = int(os.environ.get("CREDCHECK_FUZZ_SEED", "8"))
SECONDS = float(os.environ.get("CREDCHECK_FUZZ_SECONDS", "60"))


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


@pytest.mark.slow
def test_fuzzed_uploads_are_read_or_refused_naming_the_file(tmp_path: Path) -> None:
    seeds = [SAMPLE / p for p in SAMPLE_SEEDS if (SAMPLE / p).is_file()]
    before = _digest(seeds)
    pwned_before = sorted(Path("/tmp").glob("credcheck-pwned*"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "tests.hostile.fuzz", "--seed", str(SEED), "--iterations", "400",
         "--seconds", str(SECONDS), "--timeout", "60", "--out", str(tmp_path / "fuzz")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=SECONDS + 240,
    )
    last_case = next((line for line in reversed(run.stderr.splitlines())
                      if line.startswith("case ")), "")
    assert run.returncode in (0, 1), (f"the fuzz run died (a hang?) at {last_case}:\n"
                                      f"{run.stderr[-3000:]}")
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["crashes"] == [], json.dumps(report["crashes"], ensure_ascii=False,
                                               indent=1)[:4000]
    assert report["leftovers"] == []
    assert report["cases"] >= 40, f"only {report['cases']} cases in {SECONDS} s"
    assert set(report["outcomes"]) <= {"read", "unreadable"}
    assert report["outcomes"].get("read") and report["outcomes"].get("unreadable")
    # nothing written but the fuzz folder; the seeds untouched; no archive member escaped
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fuzz"]
    assert list((tmp_path / "fuzz" / "work").iterdir()) == []
    assert _digest(seeds) == before
    assert sorted(Path("/tmp").glob("credcheck-pwned*")) == pwned_before
