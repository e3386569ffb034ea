"""Applicant fingerprints: what makes an applicant be screened again, and what does not.

No upload is read here: fingerprints are computed on a copy of the generated tiny window
with a real year registry, the way the flow computes them before screening.
"""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline import window_run
from pipeline.incremental import applicant_fingerprint, code_version, plan, policy_digest
from pipeline.ingest.application import Paper
from pipeline.papers import declared_identity
from pipeline.store import Declared, Store, StoredState


@pytest.fixture
def window(tiny_window, tmp_path):
    copy = tmp_path / tiny_window.name
    shutil.copytree(tiny_window, copy)
    return copy


def fingerprints(window, store_path, **overrides):
    prepared = window_run.prepare(window, store=store_path, overrides=overrides)
    digest = policy_digest(prepared.policy)
    return {a.applicant_id: applicant_fingerprint(a, prepared.ctx, policy=digest,
                                                  code=code_version(), engine="e1")
            for a in prepared.window.applicants}


def changed(before, after):
    return sorted(aid for aid in before if before[aid] != after[aid])


def test_fingerprints_are_stable(window, tmp_path):
    store = tmp_path / "store.sqlite"
    assert fingerprints(window, store) == fingerprints(window, store)


@pytest.mark.slow  # two new processes
def test_fingerprints_are_the_same_in_every_process(window, tmp_path):
    """Python salts string hashes per process, so a set's order differs between runs: a
    fingerprint made from a set's repr re-screened unchanged applicants on every run."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    store = tmp_path / "store.sqlite"
    form = json.loads((window / "applicants/LZ2024-0002/application.json")
                      .read_text(encoding="utf-8"))
    paper = Paper(**form["papers"][0])
    assert declared_identity(paper).venue  # a set in the fingerprint: the case in point
    Store(store).register_window(2024, "another-window", [
        Declared("X1", "110101199003070011", "中级",
                 [(paper.title, declared_identity(paper))])])
    said = ("import json, sys; from tests.test_incremental import fingerprints; "
            "print(json.dumps(fingerprints(sys.argv[1], sys.argv[2])))")
    root = Path(__file__).resolve().parents[1]
    runs = [subprocess.run([sys.executable, "-c", said, str(window), str(store)], check=True,
                           capture_output=True, text=True, cwd=root,
                           env={**os.environ, "PYTHONHASHSEED": seed})
            for seed in ("1", "2")]
    first, second = (json.loads(r.stdout.splitlines()[-1]) for r in runs)
    assert first == second


def test_a_changed_upload_changes_only_its_applicant(window, tmp_path):
    store = tmp_path / "store.sqlite"
    before = fingerprints(window, store)
    upload = window / "applicants/LZ2024-0003/论文1.pdf"
    upload.write_bytes(upload.read_bytes() + b"\n%")
    assert changed(before, fingerprints(window, store)) == ["LZ2024-0003"]
    (window / "applicants/LZ2024-0005/新增材料.pdf").write_bytes(b"%PDF-1.4\n")
    assert changed(before, fingerprints(window, store)) == ["LZ2024-0003", "LZ2024-0005"]


def test_a_changed_pension_row_changes_only_that_person(window, tmp_path):
    store = tmp_path / "store.sqlite"
    before = fingerprints(window, store)
    form = json.loads((window / "applicants/LZ2024-0002/application.json")
                      .read_text(encoding="utf-8"))
    path = window / "social_security.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(form["id_number"]))
    lines[index] = lines[index].rsplit(",", 1)[0] + ",1.00"  # the base: no rule reads it
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert changed(before, fingerprints(window, store)) == []
    lines[index] = lines[index].replace("单位缴费", "灵活就业")  # who paid that month: read
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert changed(before, fingerprints(window, store)) == ["LZ2024-0002"]


def test_another_window_claiming_a_paper_or_person_changes_that_applicant(window, tmp_path):
    store = tmp_path / "store.sqlite"
    before = fingerprints(window, store)
    forms = {aid: json.loads((window / f"applicants/{aid}/application.json")
                             .read_text(encoding="utf-8"))
             for aid in ("LZ2024-0002", "LZ2024-0005")}
    Store(store).register_window(2024, "another-window", [
        Declared("X1", "110101199003070011", "中级",
                 [(paper["title"], declared_identity(Paper(**paper)))
                  for paper in forms["LZ2024-0002"]["papers"][:1]]),
        Declared("X2", forms["LZ2024-0005"]["id_number"], forms["LZ2024-0005"]["level"], ()),
    ])
    assert changed(before, fingerprints(window, store)) == ["LZ2024-0002", "LZ2024-0005"]


def test_the_policy_changes_every_fingerprint_and_the_list_none(window, tmp_path):
    store = tmp_path / "store.sqlite"
    before = fingerprints(window, store)
    assert len(changed(before, fingerprints(window, store, materials_deadline="2024-06-30"))) == 6
    # The list's version is stored beside the fingerprint, not in it (journal-only re-screen).
    assert fingerprints(window, store) == before


def test_plan_sorts_applicants_by_what_must_be_done():
    stored = {"A": StoredState("h", "v2"), "B": StoredState("h", "v1"),
              "C": StoredState("old", "v2")}
    work = plan({"A": "h", "B": "h", "C": "h", "D": "h"}, stored, "v2")
    assert (work.screen, work.rescreen, work.reuse) == (("C", "D"), ("B",), ("A",))
