"""Every extractor module is registered, well-formed, and never raises on odd input."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from _docs import make_doc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractors
from extractors import BY_KIND, classify, extract
from pipeline.model import BBox, DocumentKind, Extraction, Page, ReadDocument, Word

MODULES = sorted(
    m.name for m in pkgutil.iter_modules(extractors.__path__) if not m.name.startswith("_")
)


def test_every_module_is_registered_under_its_kind():
    registered = {m.__name__.rsplit(".", 1)[1] for m in BY_KIND.values()}
    assert registered == set(MODULES)
    for kind, module in BY_KIND.items():
        assert module.KIND is kind
        assert module.FIELDS and len(set(module.FIELDS)) == len(module.FIELDS)
        assert (module.__doc__ or "").strip(), module.__name__


def test_registry_and_document_kinds_agree():
    assert set(BY_KIND) == set(DocumentKind) - {DocumentKind.OTHER}


@pytest.mark.parametrize("name", MODULES)
def test_empty_documents(name):
    module = importlib.import_module(f"extractors.{name}")
    for doc in (
        ReadDocument("e.pdf", "0", ()),
        ReadDocument("e.pdf", "0", (Page(1, 10, 10, (), "ocr:x"),)),
        make_doc([""]),
        make_doc(["   "]),
    ):
        result = module.extract(doc)
        assert isinstance(result, Extraction)
        assert result.kind is module.KIND and result.file == doc.file
        assert not result.fields and not result.rows
        assert module.score(doc) == 0.0


def test_classify_empty_and_unknown_kind():
    doc = ReadDocument("e.pdf", "0", ())
    assert classify(doc) == (DocumentKind.OTHER, 0.0)
    assert extract(doc, "no-such-kind").kind is DocumentKind.OTHER
    assert extract(doc, DocumentKind.OTHER).fields == ()


_ALPHABET = st.sampled_from(
    list(
        "姓名性别男女校名证书编号年月日〇一二三四五六七八九十学位聘任期至自同志为甲乙方单位公司大学专业"
    )
    + list("0123456789XxOl:：，,。.()（）-/　 \n")
    + [
        "ISSN",
        "CN",
        "摘要",
        "兹聘任",
        "学时",
        "花名册",
        "身份证号",
        "聘任时间",
        "2019年1月",
        "二〇一二年六月",
    ]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@st.composite
def junk_docs(draw):
    pages = []
    for page_no in range(1, draw(st.integers(1, 2)) + 1):
        words = []
        for _ in range(draw(st.integers(0, 12))):
            x0 = draw(st.floats(0, 500, allow_nan=False))
            top = draw(st.floats(0, 800, allow_nan=False))
            w = draw(st.floats(0, 200, allow_nan=False))
            h = draw(st.floats(0, 30, allow_nan=False))
            words.append(
                Word(
                    draw(_TEXT),
                    BBox(x0, top, x0 + w, top + h),
                    draw(st.floats(0, 1, allow_nan=False)),
                )
            )
        pages.append(
            Page(page_no, 595, 842, tuple(words), draw(st.sampled_from(["text_layer", "ocr:x"])))
        )
    return ReadDocument("junk.pdf", "0", tuple(pages))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(junk_docs())
def test_junk_never_raises(doc):
    kind, score = classify(doc)
    assert 0.0 <= score <= 1.0
    for k, module in BY_KIND.items():
        assert 0.0 <= module.score(doc) <= 1.0
        result = module.extract(doc)
        assert result.kind is k
        for f in result.fields:
            assert f.name in module.FIELDS and f.value
            assert f.evidence.file == "junk.pdf" and f.evidence.page_no in (1, 2)
        for row in result.rows:
            assert all(f.value for f in row)


@settings(max_examples=40, deadline=None)
@given(st.lists(_TEXT, max_size=8))
def test_junk_lines_never_raise(lines):
    doc = make_doc(lines or [""])
    for module in BY_KIND.values():
        module.extract(doc)
