"""The sample generator's layouts: the registry, the held-out choice in layouts.toml, the
layout of every document in truth.json, and the ci profile planting every flag code."""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
sys.path.insert(0, str(SAMPLES))

from render import layouts as L

FULL = SAMPLES / "liuzhou-2024" / "truth.json"
KINDS = {"diploma", "degree", "title_certificate", "id_card", "appointment_letter", "contract",
         "appointment_roster", "annual_assessment", "commission_letter",
         "continuing_education", "paper"}


def test_every_kind_has_its_layouts_and_a_classic_one():
    assert set(L.BY_KIND) == KINDS
    for kind, layouts in L.BY_KIND.items():
        assert f"{kind}.classic" in layouts
        assert all(lid.startswith(kind + ".") for lid in layouts)
        assert len(layouts) >= (3 if kind == "id_card" else 5), kind


def test_layouts_toml_follows_its_rule():
    data = tomllib.loads((SAMPLES / "layouts.toml").read_text(encoding="utf-8"))
    assert set(data) == KINDS
    for kind, layouts in L.BY_KIND.items():
        others = sorted((lid for lid in layouts if not lid.endswith(".classic")),
                        key=lambda lid: hashlib.sha256(f"held-out:{lid}".encode()).hexdigest())
        held = others[:2 if len(layouts) >= 5 else 1]
        assert data[kind]["held_out"] == held, kind
        assert set(data[kind]["tuning"]) == set(layouts) - set(held), kind


@pytest.mark.skipif(not FULL.is_file(), reason="the full window is not generated")
def test_full_window_uses_every_layout_and_marks_held_out():
    truth = json.loads(FULL.read_text(encoding="utf-8"))
    held = {lid for kind in tomllib.loads((SAMPLES / "layouts.toml").read_text(
        encoding="utf-8")).values() for lid in kind["held_out"]}
    used = set()
    for key, doc in truth["documents"].items():
        assert "layout" in doc and "held_out" in doc, key
        if doc["layout"] is None:
            assert doc["render"] == "corrupt", key
            continue
        assert doc["layout"] in L.BY_KIND[doc["kind"]], key
        assert doc["held_out"] == (doc["layout"] in held), key
        used.add(doc["layout"])
    assert used == set(L.ALL)


@pytest.mark.skipif(not FULL.is_file(), reason="the full window is not generated")
def test_ci_profile_plants_every_flag_code(ci_window):
    full = json.loads(FULL.read_text(encoding="utf-8"))
    ci = json.loads((ci_window / "truth.json").read_text(encoding="utf-8"))
    codes = {c for a in full["applicants"].values() for c in a["expected_flags"]}
    planted = {c for a in ci["applicants"].values() for c in a["expected_flags"]}
    assert planted == codes
    assert len(ci["applicants"]) <= 16  # small enough for CI
    assert sum(1 for a in ci["applicants"].values() if a.get("clean")) == 2
    assert len({d["layout"] for d in ci["documents"].values()}) > 30
