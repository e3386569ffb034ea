"""bench/bench_tamper.py's location check: a planted edit is found *with its location* when a
finding's box overlaps the truth box at IoU >= 0.5 or contains it (issue 13)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.model import BBox

_PATH = Path(__file__).resolve().parents[1] / "bench" / "bench_tamper.py"
_spec = importlib.util.spec_from_file_location("bench_tamper", _PATH)
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

TRUTH = BBox(100, 100, 200, 150)  # 100 x 50


def test_iou_of_boxes():
    assert bench.iou(TRUTH, TRUTH) == 1.0
    assert bench.iou(TRUTH, BBox(300, 300, 400, 400)) == 0.0
    # half the truth's width: 2,500 / 5,000
    assert bench.iou(TRUTH, BBox(100, 100, 150, 150)) == pytest.approx(0.5)


def test_a_finding_locates_the_truth_by_overlap_or_by_containing_it():
    near = ("revision_diff", BBox(105, 102, 205, 152))
    far = ("span_style", BBox(100, 300, 200, 350))
    wide = ("noise_level", BBox(0, 0, 1000, 1000))  # contains the truth: located, IoU small
    small = ("jpeg_ghost", BBox(100, 100, 140, 150))  # inside the truth, IoU 0.4: not located
    assert bench.located(TRUTH, [near])[0]
    assert bench.located(TRUTH, [wide]) == (True, "noise_level IoU 0.01 (truth inside it)")
    hit, phrase = bench.located(TRUTH, [far, small])
    assert not hit and phrase == "span_style IoU 0.00, jpeg_ghost IoU 0.40"
    assert bench.located(TRUTH, []) == (False, "no finding with a box")
    assert bench.located(None, [near]) == (False, "no truth region recorded")
