"""Revision diff (pipeline/forensics/revisions.py) on real PDFs edited with PyMuPDF and saved
as incremental updates, through the reader and the DOC_TAMPERED rule."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from pipeline.checks import doc_tampered
from pipeline.forensics.revisions import revision_ends
from pipeline.read import get_engine, read_file
from tests.factories import case, context, form

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "liuzhou-2024" / "applicants"


def _original(path: Path, widget: str | None = None) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "证书编号 45022016147037", fontname="china-s", fontsize=12)
    page.insert_text((72, 130), "取得时间 2016年12月18日", fontname="china-s", fontsize=12)
    page.insert_text((72, 160), "专业技术资格 助理工程师", fontname="china-s", fontsize=12)
    if widget is not None:
        w = pymupdf.Widget()
        w.field_type, w.field_name, w.rect = (pymupdf.PDF_WIDGET_TYPE_TEXT, "remark",
                                              pymupdf.Rect(72, 200, 300, 220))
        w.field_value = widget
        page.add_widget(w)
    doc.set_metadata({"producer": "Microsoft® Word 2016", "creator": "Microsoft® Word 2016"})
    doc.save(path)
    doc.close()


def _edit_text(path: Path, old: str, new: str) -> pymupdf.Rect:
    """What a PDF editor does: white out the old text (redaction), write the new on top."""
    doc = pymupdf.open(path)
    page = doc[0]
    rect = page.search_for(old)[0]
    page.add_redact_annot(rect, fill=(1, 1, 1))
    page.apply_redactions(images=0, graphics=0)
    page.insert_text((rect.x0, rect.y1 - 2.5), new, fontname="china-ss", fontsize=11)
    doc.save(path, incremental=True, encryption=0)
    doc.close()
    return rect


def _update(path: Path, change) -> None:
    doc = pymupdf.open(path)
    change(doc)
    doc.save(path, incremental=True, encryption=0)
    doc.close()


def _read(path: Path):
    return read_file(path, engine=get_engine("none"))


def _flag(doc):
    return list(doc_tampered.check(case(form(), documents={doc.file: doc}), context()))


def test_text_edit_is_found_with_before_after_and_box(tmp_path):
    path = tmp_path / "职称证书.pdf"
    _original(path)
    rect = _edit_text(path, "2016年", "2014年")
    doc = _read(path)
    assert doc.meta.incremental_updates == 1
    (rev,) = doc.meta.revisions
    assert rev.visible and not rev.error
    (change,) = [f for f in rev.findings if f.visible]
    assert (change.before, change.after, change.page_no, change.method) == ("2016年", "2014年", 1,
                                                                            "revision_diff")
    assert (change.bbox is not None and abs(change.bbox.x0 - rect.x0) < 1
            and change.bbox.top < rect.y1)
    assert any(kind.startswith("content stream") for kind in rev.objects)
    data = path.read_bytes()
    assert rev.start == revision_ends(data, 2)[0] and rev.end == len(data)
    (flag,) = _flag(doc)
    # the redaction box also whites out the "1" of "12月" (still in the text layer under it):
    # the white_box finding says so, the page now shows 2014年2月18日
    assert flag.declared == "2016年；1" and flag.found == "2014年；2014年"
    assert "复核" in flag.message and f"前 {rev.start} 字节" in flag.message
    ev = flag.evidence[0]
    assert ev.page_no == 1 and ev.bbox == change.bbox and "revision_diff" in ev.text
    assert {f.method for f in doc.meta.findings} == {"span_style", "white_box"}


def test_two_edits_in_two_updates_each_attributed(tmp_path):
    path = tmp_path / "证书.pdf"
    _original(path)
    _edit_text(path, "2016年", "2014年")
    _edit_text(path, "助理工程师", "工程师")
    revs = _read(path).meta.revisions
    assert [(f.before, f.after) for r in revs for f in r.findings if f.visible] == [
        ("2016年", "2014年"), ("助理工程师", "工程师")]


def test_metadata_only_update_is_listed_not_flagged(tmp_path):
    path = tmp_path / "学历.pdf"
    _original(path)
    _update(path, lambda d: d.set_metadata({**d.metadata, "title": "毕业证书",
                                            "modDate": "D:20240712213000"}))
    doc = _read(path)
    (rev,) = doc.meta.revisions
    assert not rev.visible and rev.objects == ("metadata ×1",)
    assert "no visible change" in doc.meta.remarks()
    assert _flag(doc) == []


def test_filling_an_empty_form_field_is_not_flagged_changing_a_filled_one_is(tmp_path):
    def fill(value: str):
        def change(d):
            for w in d[0].widgets():
                w.field_value = value
                w.update()
        return change

    empty = tmp_path / "申报表.pdf"
    _original(empty, widget="")
    _update(empty, fill("同意推荐"))
    doc = _read(empty)
    (rev,) = doc.meta.revisions
    assert not rev.visible and any("填写" in f.what for f in rev.findings)
    assert _flag(doc) == []

    filled = tmp_path / "申报表2.pdf"
    _original(filled, widget="不同意")
    _update(filled, fill("同意推荐"))
    (flag,) = _flag(_read(filled))
    assert flag.declared == "不同意" and flag.found == "同意推荐"


def test_annotation_drawn_over_text_is_a_change(tmp_path):
    path = tmp_path / "聘书.pdf"
    _original(path)

    def cover(d):
        annot = d[0].add_rect_annot(d[0].search_for("2016年")[0])
        annot.set_colors(stroke=(1, 1, 1), fill=(1, 1, 1))
        annot.update()

    _update(path, cover)
    (rev,) = _read(path).meta.revisions
    assert rev.visible and any("覆盖文字" in f.what for f in rev.findings)


@pytest.mark.parametrize("applicant, file, expect", [
    ("LZ2024-0025", "职称证书.pdf", "“2018年”改为“2016年”"),
    ("LZ2024-0043", "毕业证.pdf", "Photoshop"),
])
def test_sample_planted_tampering_still_flagged(applicant, file, expect):
    path = SAMPLE / applicant / file
    if not path.exists():
        pytest.skip(f"sample window not generated: {path}")
    (flag,) = _flag(_read(path))
    assert expect in flag.message


def test_a_visible_update_names_the_objects_it_wrote_in_the_flag_and_the_report(tmp_path):
    """The kinds of objects a visible update wrote (revisions.object_changes) reach the flag's
    evidence and the reviewer's page, not only files.csv's remarks for invisible updates."""
    from pipeline.model import ApplicantResult, PageView
    from pipeline.report.applicant_page import applicant_page

    path = tmp_path / "职称证书.pdf"
    _original(path)
    doc = pymupdf.open(path)
    doc[0].insert_text((72, 190), "评审通过 2014年", fontname="china-ss", fontsize=12)
    doc.saveIncr()
    doc.close()
    annotated = tmp_path / "聘书.pdf"
    _original(annotated)

    def cover(d):
        annot = d[0].add_rect_annot(d[0].search_for("2016年")[0])
        annot.set_colors(stroke=(1, 1, 1), fill=(1, 1, 1))
        annot.update()

    _update(annotated, cover)
    expected = {path: ("内容流 ×", "字体 ×"), annotated: ("批注 ×",)}
    for pdf, kinds in expected.items():
        read = _read(pdf)
        (rev,) = read.meta.revisions
        assert rev.visible and rev.objects
        (flag,) = _flag(read)
        (shown,) = [e for e in flag.evidence if e.measure and e.measure.method == "revision_diff"]
        assert "该次更新写入对象：" in shown.text
        assert all(kind in shown.text for kind in kinds), shown.text
        assert "content stream" not in shown.text  # named for reviewers, in Chinese
        result = ApplicantResult("A1", "张伟", "某单位", "某局", "中级", flags=(flag,),
                                 pages=tuple(PageView.of(read.file, p) for p in read.pages))
        page = applicant_page(result)
        assert all(kind in page for kind in kinds)
