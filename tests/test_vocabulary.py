"""One home for each piece of vocabulary: where a word list has to be spelled twice (a form
schema's Literal for pydantic and the type checker, a label table for reports), it is held
here to the model's."""

from __future__ import annotations

from typing import get_args

import extractors
from extractors._fields import mask_ids
from pipeline import policy, titles
from pipeline.ingest.application import Application, Attachment, Level
from pipeline.model import DocumentKind, Severity, Status
from pipeline.redact import mask_id_number, mask_text
from pipeline.report.labels import SEVERITY_LABELS, STATUS_LABELS


def test_the_form_schemas_attachment_kinds_are_the_models_document_kinds():
    assert Attachment.model_fields["kind"].annotation is DocumentKind
    schema = Application.model_json_schema()["$defs"]["DocumentKind"]
    assert set(schema["enum"]) == {k.value for k in DocumentKind}
    assert "other" in schema["enum"]


def test_kinds_are_compared_as_the_models_not_as_words():
    """No rule, window rule or screening step spells a document kind as a string literal."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "pipeline"
    kinds = {k.value for k in DocumentKind}
    found = []
    for path in [*(root / "checks").glob("*.py"), *(root / "window_rules").glob("*.py"),
                 root / "screen.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                for side in (node.left, *node.comparators):
                    elts = side.elts if isinstance(side, ast.Tuple) else (side,)
                    found += [f"{path.name}:{node.lineno}" for e in elts
                              if isinstance(e, ast.Constant) and e.value in kinds]
    assert found == []


def test_every_document_kind_but_other_has_its_extractor():
    assert set(extractors.BY_KIND) == set(DocumentKind) - {DocumentKind.OTHER}
    assert all(module.KIND is kind for kind, module in extractors.BY_KIND.items())


def test_title_levels_are_defined_once():
    assert get_args(Level) == titles.LEVELS
    assert policy.LEVELS is titles.LEVELS


def test_statuses_and_severities_have_their_labels():
    assert set(STATUS_LABELS) == set(get_args(Status))
    assert set(SEVERITY_LABELS) == set(Severity)


def test_identity_numbers_are_masked_in_one_form():
    number = "450202199003121234"
    masked = mask_id_number(number)
    assert masked == "4502**********1234"
    assert mask_text(f"号码{number}。") == f"号码{masked}。"
    assert mask_ids(f"号码 {number} 。") == f"号码 {masked} 。"


def test_every_kind_whose_extractor_reads_a_name_is_compared_by_name_mismatch():
    """Which kinds name their holder is the extractors' word (``name`` in FIELDS), not a second
    list: a new kind that reads a name is compared as soon as it is registered."""
    from pipeline.checks import name_mismatch
    from pipeline.model import Evidence, Extraction, Field
    from tests.factories import case, context, form

    read = Field("name", "李四海", Evidence("x.pdf", 1, None, "李四海", "text_layer"))
    for kind, module in extractors.BY_KIND.items():
        other = case(form(), extractions={"x.pdf": Extraction("x.pdf", kind, (read,))})
        flagged = [f.code for f in name_mismatch.check(other, context())]
        assert flagged == (["NAME_MISMATCH"] if "name" in module.FIELDS else []), kind
