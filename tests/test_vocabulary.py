"""One home for each piece of vocabulary: where a word list has to be spelled twice (a form
schema's Literal for pydantic and the type checker, a label table for reports), it is held
here to the model's."""

from __future__ import annotations

from typing import get_args

import extractors
from extractors._fields import mask_ids
from pipeline import policy, titles
from pipeline.ingest.application import AttachmentKind, Level
from pipeline.model import DocumentKind, Severity, Status
from pipeline.redact import mask_id_number, mask_text
from pipeline.report.labels import SEVERITY_LABELS, STATUS_LABELS


def test_the_form_schemas_attachment_kinds_are_the_models_document_kinds():
    assert set(get_args(AttachmentKind)) == {k.value for k in DocumentKind}
    assert "other" in get_args(AttachmentKind)


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
