"""Extraction from the sample generator's printed lines matches its truth fields (≥ 97% per kind).

Uses every ``data/samples/*/truth.json`` present; skipped when none has been generated. The
documents are rebuilt from the truth ``lines`` as OCR-like lines with synthetic boxes, so this
measures the extractors, not the reader. Documents of held-out layouts (``held_out`` in the
truth, data/samples/layouts.toml) are left out: extractors are tuned on tuning layouts only,
and held-out ones are measured by ``credcheck evaluate``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from _docs import make_doc

from extractors import BY_KIND, extract
from pipeline.model import DocumentKind

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
TRUTHS = sorted(SAMPLES.glob("*/truth.json"))
THRESHOLD = 0.97


def field_accuracy(truth: dict) -> dict[str, tuple[int, int, list[str]]]:
    """Per kind: (exact matches, fields compared, examples of misses)."""
    tally: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for key, doc in truth["documents"].items():
        kind = doc.get("kind")
        if kind not in {k.value for k in BY_KIND} or not doc.get("lines") or doc.get("tamper"):
            continue
        if doc.get("held_out"):
            continue
        ex = extract(make_doc(doc["lines"], file=key), DocumentKind(kind))
        got = {f.name: f.value for f in ex.fields}
        expected = {k: v for k, v in doc.get("fields", {}).items() if k != "rows"}
        pairs = [(name, value, got.get(name)) for name, value in expected.items()]
        for i, row in enumerate(doc.get("fields", {}).get("rows", [])):
            found = {f.name: f.value for f in ex.rows[i]} if i < len(ex.rows) else {}
            pairs += [(f"rows[{i}].{n}", v, found.get(n)) for n, v in row.items()]
        t = tally[kind]
        for name, value, found_value in pairs:
            want = None if value in (None, "") else str(value)
            t[1] += 1
            if want == found_value:
                t[0] += 1
            elif len(t[2]) < 5:
                t[2].append(f"{key} {name}: want {want!r} got {found_value!r}")
    return {k: (v[0], v[1], v[2]) for k, v in tally.items()}


@pytest.mark.skipif(not TRUTHS, reason="no data/samples/*/truth.json generated yet")
@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.parent.name)
def test_fields_match_truth(truth_path):
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    failures = []
    for kind, (ok, total, misses) in sorted(field_accuracy(truth).items()):
        if total and ok / total < THRESHOLD:
            failures.append(
                f"{kind}: {ok}/{total} = {ok / total:.1%}\n    " + "\n    ".join(misses)
            )
    assert not failures, "\n".join(failures)
