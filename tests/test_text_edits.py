"""Edited text on a page (pipeline/forensics/text_edits.py) in real PDFs drawn with PyMuPDF,
through the reader and the DOC_TAMPERED rule: what is found, and what ordinary typesetting
(digits in another font, bold labels, superscripts, a seal picture over text) never fires."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from pipeline.checks import doc_tampered
from pipeline.model import BBox, DocumentKind, Evidence, Extraction, Field
from pipeline.read import get_engine, read_file
from tests.factories import case, context, form


def _pdf(path: Path, draw) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "证书编号 45022016147037 发证机关 柳州市人力资源局",
                     fontname="china-s", fontsize=12)
    page.insert_text((72, 130), "取得时间 2016年12月18日 经评审委员会评审通过", fontname="china-s",
                     fontsize=12)
    draw(page)
    doc.save(path)
    doc.close()
    return path


def _flags(path: Path, fields: tuple[Field, ...] = ()):
    doc = read_file(path, engine=get_engine("none"))
    extractions = ({doc.file: Extraction(doc.file, DocumentKind.TITLE_CERTIFICATE, fields)}
                   if fields else {})
    return doc, list(doc_tampered.check(
        case(form(), documents={doc.file: doc}, extractions=extractions), context()))


def test_digits_typed_in_another_font_and_size_name_the_field(tmp_path):
    def typed(page):
        page.insert_text((72, 160), "工作单位 柳州市第一", fontname="china-s", fontsize=12)
        page.insert_text((192, 161.5), "人民", fontname="china-ss", fontsize=10.5,
                         color=(0.1, 0.1, 0.1))
        page.insert_text((214, 160), "医院放射科 主治医师", fontname="china-s", fontsize=12)

    field = Field("unit", "柳州市第一人民医院放射科",
                  Evidence("证书.pdf", 1, BBox(72, 148, 300, 164), "柳州市第一人民医院放射科",
                           "text_layer"))
    doc, (flag,) = _flags(_pdf(tmp_path / "证书.pdf", typed), (field,))
    (f,) = doc.meta.findings
    assert f.method == "span_style" and f.after == "人民" and f.score == 0.75
    assert ("【字段 unit】" in flag.message and "span_style" in flag.message
            and "复核" in flag.message)
    assert flag.evidence[0].page_no == 1 and flag.evidence[0].bbox == f.bbox


def test_two_fonts_used_alike_in_a_line_the_one_met_first_is_its_usual_font(tmp_path):
    # three characters in each font: the tie went to whichever font the set's string hashing
    # put last, so the run between came and went from one process to the next
    def tied(page):
        page.insert_text((72, 160), "单位", fontname="china-s", fontsize=12)
        page.insert_text((96, 160), "柳州市", fontname="china-t", fontsize=12)
        page.insert_text((132, 160), "医", fontname="china-s", fontsize=12)

    doc, _flags_raised = _flags(_pdf(tmp_path / "证书.pdf", tied))
    found = [(f.method, f.after, f.score) for f in doc.meta.findings]
    assert found == [("span_style", "柳州市", 0.25)]


def test_white_box_over_text_with_new_text(tmp_path):
    def cover(page):
        page.draw_rect(pymupdf.Rect(128, 117, 190, 134), color=None, fill=(1, 1, 1))
        page.insert_text((130, 130), "2014年", fontname="china-s", fontsize=12)

    doc, (flag,) = _flags(_pdf(tmp_path / "证书.pdf", cover))
    (f,) = [f for f in doc.meta.findings if f.method == "white_box"]
    assert (f.before, f.after, f.score) == ("2016年", "2014年", 1.0)
    assert flag.declared == "2016年" and flag.found == "2014年"


def test_glyphs_pasted_as_a_picture_over_text(tmp_path):
    def paste(page):
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 16), False)
        pix.clear_with(255)
        page.insert_image(pymupdf.Rect(130, 88, 202, 102), pixmap=pix)

    doc, (flag,) = _flags(_pdf(tmp_path / "证书.pdf", paste))
    (f,) = doc.meta.findings
    assert f.method == "image_over_text" and f.before == "5022" and f.score >= 0.5
    assert "图片贴在文字" in flag.message


def test_ordinary_typesetting_is_not_a_sign(tmp_path):
    def ordinary(page):
        page.insert_text((72, 160), "姓名：", fontname="china-ss", fontsize=12)  # a bold label
        page.insert_text((108, 160), "胡玲丽 身份证号", fontname="china-s", fontsize=12)
        # digits in Times
        page.insert_text((200, 160), "450222199312157589", fontname="tiro", fontsize=12)
        page.insert_text((72, 190), "面积 120 m", fontname="china-s", fontsize=12)
        page.insert_text((140, 185), "2", fontname="china-s", fontsize=7)  # a superscript
        page.insert_text((146, 190), " 的办公楼 设计", fontname="china-s", fontsize=12)
        seal = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 120, 120), False)
        seal.clear_with(255)
        page.insert_image(pymupdf.Rect(300, 80, 420, 200), pixmap=seal)  # a seal over the text

    doc, flags = _flags(_pdf(tmp_path / "证书.pdf", ordinary))
    assert flags == [] and all(f.score < 0.5 for f in doc.meta.findings)


def test_sample_planted_date_is_also_an_edited_text_finding():
    path = (Path(__file__).resolve().parents[1] / "data" / "samples" / "liuzhou-2024" / "applicants"
            / "LZ2024-0025" / "职称证书.pdf")
    if not path.exists():
        import pytest
        pytest.skip("sample window not generated")
    doc = read_file(path, engine=get_engine("none"))
    assert [(f.method, f.after) for f in doc.meta.findings] == [("span_style", "2016年12月18日")]


def test_a_form_filled_in_after_its_printed_labels_is_not_an_edit(tmp_path):
    # values typed (or written) in another font, size and colour after each printed label:
    # every form looks like this; only part of a value retyped in its own print is an edit
    def filled(page):
        page.insert_text((72, 160), "姓名", fontname="china-s", fontsize=11)
        page.insert_text((100, 161), "罗海洋", fontname="china-ss", fontsize=12,
                         color=(0.1, 0.2, 0.6))
        page.insert_text((160, 160), "编号", fontname="china-s", fontsize=11)
        page.insert_text((188, 161), "45022014174339", fontname="china-ss", fontsize=12,
                         color=(0.1, 0.2, 0.6))

    doc, flags = _flags(_pdf(tmp_path / "表.pdf", filled))
    assert [f for f in doc.meta.findings if f.method == "span_style"] == [] and flags == []


def test_the_forms_own_words_between_filled_in_values_are_not_an_edit(tmp_path):
    # a pre-printed 聘书 with its blanks filled in by pen: the filled-in digits are most of the
    # line, so the printed 年 and 月 between them stand out; they change no value
    def filled(page):
        page.insert_text((72, 160), "聘期自", fontname="china-s", fontsize=11)
        x = 110
        for part, filled_in in (("2019", True), ("年", False), ("7", True), ("月", False),
                                ("至", False), ("2022", True), ("年", False), ("6", True),
                                ("月", False)):
            font, size = ("china-ss", 13) if filled_in else ("china-s", 11)
            page.insert_text((x, 160), part, fontname=font, fontsize=size,
                             color=(0.1, 0.2, 0.6) if filled_in else (0, 0, 0))
            x += (7.5 * len(part) if filled_in else size) + 1  # digits half a square wide

    doc, flags = _flags(_pdf(tmp_path / "聘书.pdf", filled))
    assert [f for f in doc.meta.findings if f.method == "span_style"] == [] and flags == []


def test_a_value_written_on_the_forms_blank_is_not_an_edit(tmp_path):
    # a printed 合同期限 line with its blanks (____) filled in by hand in another font, size
    # and colour between the printed words; the same digits typed over the printed ones,
    # without a blank under them, are still an edit
    def filled(page):
        page.insert_text((72, 160), "本合同期限自________年____月____日起", fontname="china-s",
                         fontsize=11)
        page.insert_text((118, 159), "2021", fontname="china-ss", fontsize=13,
                         color=(0.3, 0.2, 0.6))
        page.insert_text((178, 159), "9", fontname="china-ss", fontsize=13,
                         color=(0.3, 0.2, 0.6))

    doc, flags = _flags(_pdf(tmp_path / "合同.pdf", filled))
    assert [f for f in doc.meta.findings if f.method == "span_style"] == [] and flags == []


def test_a_digit_retyped_beside_the_forms_words_is_still_an_edit(tmp_path):
    def retyped(page):
        page.insert_text((72, 160), "聘期自 201", fontname="china-s", fontsize=12)
        page.insert_text((136, 160), "6", fontname="china-ss", fontsize=13, color=(0.1, 0.2, 0.6))
        page.insert_text((143, 160), "年7月至2022年6月", fontname="china-s", fontsize=12)

    doc, _flags_ = _flags(_pdf(tmp_path / "聘书.pdf", retyped))
    assert [f.after for f in doc.meta.findings if f.method == "span_style"] == ["6"]


def test_a_watermark_across_the_page_is_not_an_edit(tmp_path):
    # a signing platform's report overprints 电子签约平台 签署验证 large, translucent and aslant
    # across its lines; a digit retyped in one of those lines is still found
    def watermarked(page):
        page.insert_text((72, 160), "签署时间 2017-03-01 10:21:05 签署人 甲方 乙方 平台",
                         fontname="china-s", fontsize=9.5)
        page.insert_text((72, 175), "证书序列号 3F2A99C1 时间戳 2017-03-01 10:21:06",
                         fontname="china-s", fontsize=9.5)
        page.insert_text((60, 175), "电子签约平台 签署验证", fontname="china-s", fontsize=34,
                         color=(0.59, 0.67, 0.71), morph=(pymupdf.Point(60, 175),
                                                         pymupdf.Matrix(-30)),
                         fill_opacity=0.18, stroke_opacity=0.18)

    path = _pdf(tmp_path / "合同.pdf", watermarked)
    spans = [s for s in pymupdf.open(path)[0].get_texttrace() if s["size"] > 30]
    assert spans and spans[0]["opacity"] < 0.5 and abs(spans[0]["dir"][1]) > 0.4
    doc, flags = _flags(path)
    assert not doc.meta.findings and flags == []  # the 电 crossing the lines was one, before

    def aslant_but_opaque(page):  # an overprint set aslant, drawn opaque
        page.insert_text((60, 165), "仅供职称申报使用", fontname="china-s", fontsize=30,
                         color=(0.8, 0.3, 0.3), morph=(pymupdf.Point(60, 165),
                                                      pymupdf.Matrix(-35)))
        page.insert_text((72, 160), "聘期自 201", fontname="china-s", fontsize=12)
        page.insert_text((136, 160), "6", fontname="china-ss", fontsize=13, color=(0.1, 0.2, 0.6))
        page.insert_text((143, 160), "年7月至2022年6月", fontname="china-s", fontsize=12)

    doc, _flags_ = _flags(_pdf(tmp_path / "聘书.pdf", aslant_but_opaque))
    assert [f.after for f in doc.meta.findings if f.method == "span_style"] == ["6"]


def test_a_web_pages_white_button_label_over_a_title_is_not_an_edit(tmp_path):
    """A document-sharing page printed from the browser: its 下载 button, a blue shape with
    the word in white, overlaps the end of a long title set in a larger size. White text is
    seen only on its own fill, so it is no value's print; the same word typed in black over
    the title's last characters still is an edit."""
    def page_with(colour):
        def draw(page):
            page.insert_text((72, 190), "城市给水管网漏损控制关键技术及其工程应用",
                             fontname="china-s", fontsize=15)
            page.draw_rect(pymupdf.Rect(330, 176, 372, 194), color=None, fill=(0.2, 0.4, 0.9))
            page.insert_text((334, 189), "下载", fontname="china-ss", fontsize=9.5, color=colour)
        return draw

    doc, _ = _flags(_pdf(tmp_path / "论文.pdf", page_with((1, 1, 1))))
    assert [f for f in doc.meta.findings if f.method == "span_style"] == []
    doc, _ = _flags(_pdf(tmp_path / "论文2.pdf", page_with((0, 0, 0))))
    assert [f.after for f in doc.meta.findings if f.method == "span_style"] == ["下载"]

    def unseen(page):  # white text on the white page, over the title: no shape shows it
        page.insert_text((72, 190), "城市给水管网漏损控制关键技术及其工程应用",
                         fontname="china-s", fontsize=15)
        page.insert_text((334, 189), "下载", fontname="china-ss", fontsize=9.5, color=(1, 1, 1))

    doc, _ = _flags(_pdf(tmp_path / "论文3.pdf", unseen))
    assert [f.after for f in doc.meta.findings if f.method == "span_style"] == ["下载"]


def _id_copy_lines(page):
    for i, line in enumerate(("姓名 韦秋兰 性别 女 民族 壮", "出生 1988年3月21日 籍贯 广西来宾",
                              "住址 南宁市青秀区民族大道112号", "公民身份号码 452201198803214427")):
        page.insert_text((80, 160 + 15 * i), line, fontname="china-s", fontsize=10.5)


def _pen_note(page, text="本复印件仅用于职称评审", x=86.0, y=214.0, rise=3.5):
    # a note written by pen across the copy: each character on its own, slanting upwards
    for i, ch in enumerate(text):
        page.insert_text((x + 22 * i, y - rise * i), ch, fontname="china-ss", fontsize=16,
                         color=(0.1, 0.15, 0.5))
    page.insert_text((250, 240), "韦秋兰 2023.5.9", fontname="china-ss", fontsize=14,
                     color=(0.1, 0.15, 0.5))


def test_a_pen_note_written_across_the_lines_is_not_an_edit(tmp_path):
    """A 身份证复印件 with the holder's note 仅用于… written across it, slanting over several
    printed lines in a handwriting font far larger than the print: a remark of its own (signed
    and dated), not a value changed in a line, wherever its characters fall on the lines."""
    for k, (y, rise) in enumerate(((214, 3.5), (150, -3.0))):  # climbing or falling
        doc, flags = _flags(_pdf(tmp_path / f"复印件{k}.pdf",
                                 lambda page, y=y, r=rise: (_id_copy_lines(page),
                                                            _pen_note(page, y=y, rise=r))))
        assert [f for f in doc.meta.findings if f.method == "span_style"] == [] and flags == []


def test_values_retyped_in_their_lines_beside_a_pen_note_are_still_edits(tmp_path):
    # the same copy, with a digit of the birth date and one of the 有效期限 in the line below
    # retyped in one other font and size, one above the other: each sits on its own line's
    # baseline (no run across the lines), and each is still found
    def retyped(page):
        _pen_note(page)
        page.insert_text((80, 160), "姓名 韦秋兰 性别 女 民族 壮", fontname="china-s",
                         fontsize=10.5)
        for y, head, digit, tail in ((175, "出生 198", "6", "年3月21日 籍贯 广西来宾"),
                                     (190, "有效期 201", "7", "年8月17日至2037年8月17日")):
            page.insert_text((80, y), head, fontname="china-s", fontsize=10.5)
            x = page.get_texttrace()[-1]["chars"][-1][3][2]  # where the head ends
            page.insert_text((x, y), digit, fontname="helv", fontsize=11.5)
            page.insert_text((x + 6.5, y), tail, fontname="china-s", fontsize=10.5)
        page.insert_text((80, 205), "公民身份号码 452201198803214427", fontname="china-s",
                         fontsize=10.5)

    doc, flags = _flags(_pdf(tmp_path / "复印件.pdf", retyped))
    assert [f.after for f in doc.meta.findings if f.method == "span_style"] == ["6", "7"]
    assert flags


def _filing_stamp(page, x=333.0, y=186.0):
    """A 人社局 filing stamp stamped over the notice's heading: its double blue frame, then its
    own lines, the second across the heading's last characters."""
    blue = (0.15, 0.27, 0.66)
    page.draw_rect(pymupdf.Rect(x, y, x + 200, y + 92), color=blue, width=1.2)
    page.draw_rect(pymupdf.Rect(x + 4, y + 4, x + 196, y + 88), color=blue, width=0.6)
    for dy, dx, text, size in ((26, 60, "已 备 案", 15),
                               (47, 35, "柳州市人力资源和社会保障局", 10),
                               (67, 12, "备案号：LZ2017-2564", 9.5),
                               (85, 12, "日期：2017.1.22", 9.5)):
        page.insert_text((x + dx, y + dy), text, fontname="china-ss", fontsize=size, color=blue)


def test_a_filing_stamp_over_the_heading_is_not_an_edit(tmp_path):
    """A 聘任通知 with the 人社局's rectangular 备案章 over its heading (round 37's
    appointment_letter.renshe_beianzhang): the stamp's frame is drawn over the heading and
    holds lines of its own; its line across the heading is the stamp's, no value retyped."""
    def stamped(page):
        page.insert_text((174, 230), "关于聘任专业技术职务的通知", fontname="china-s", fontsize=19)
        page.insert_text((72, 300), "经研究决定，聘任黄明海同志为助理工程师，聘期三年。",
                         fontname="china-s", fontsize=14)
        _filing_stamp(page)

    path = _pdf(tmp_path / "聘书.pdf", stamped)
    doc, flags = _flags(path)
    assert doc.meta.findings == () and flags == []


def test_a_dialog_open_over_an_article_page_is_not_an_edit(tmp_path):
    """A CNKI article page printed with its 引用 dialog open (round 37's
    paper.zhiwang_yinyong_tankuang): the dialog's white panel (too large for a white box)
    hides the abstract, and its citation lines, in another size and colour, fall on the
    abstract's lines. The dialog is a layer of its own, judged against its own text only."""
    def dialog(page):
        abstract = "摘要：本文结合柳州地区工程实践，分析了装配式混凝土结构设计中的主要问题"
        for i in range(8):
            page.insert_text((60, 262 + 20 * i), abstract[: 30 - i], fontname="china-s",
                             fontsize=10)
        grey = (0.16, 0.16, 0.17)
        page.draw_rect(pymupdf.Rect(70, 190, 560, 500), color=None, fill=(1, 1, 1))
        page.insert_text((84, 213), "引用", fontname="china-ss", fontsize=14, color=grey)
        for i, line in enumerate(("[1]马刚峰,胡雪颖,杨云丽.浅析装配式混凝土结构的设计优化[J].",
                                  "电气技术,2021,23(11):24-32.", "导出/参考文献  更多引用格式")):
            page.insert_text((150, 270 + 18 * i), line, fontname="china-ss", fontsize=10.5,
                             color=grey)

    doc, flags = _flags(_pdf(tmp_path / "论文.pdf", dialog))
    assert doc.meta.findings == () and flags == []


def test_a_dialog_panel_small_enough_for_a_white_box_is_not_an_edit(tmp_path):
    """A 福昕 reader screenshot with its 文档属性 dialog open over the article (round 39's
    paper.fuxin_wendang_shuxing): the dialog's white panel, under a quarter of the page, hides
    part of a paragraph and holds its own lines (a white title bar, labels, a 确定 button) on
    baselines of their own, though within the hidden lines' height, one of them by chance on a
    hidden line's baseline: a layer, no cover-up, its text judged against its own only."""
    def dialog(page):
        para = "本文在总结已有研究成果的基础上，分析了过程管理不细致、信息化水平不高等问题"
        for i in range(12):
            page.insert_text((60, 300 + 18 * i), para, fontname="china-s", fontsize=10.5)
        dark, grey = (0.13, 0.13, 0.14), (0.45, 0.45, 0.47)
        page.draw_rect(pymupdf.Rect(300, 290, 540, 520), color=(0.67, 0.67, 0.69),
                       fill=(0.98, 0.98, 0.99), width=0.8)
        page.draw_rect(pymupdf.Rect(300, 290, 540, 312), color=None, fill=(1, 1, 1))
        page.insert_text((312, 306), "文档属性", fontname="china-ss", fontsize=10.5, color=dark)
        page.insert_text((525, 306), "×", fontname="china-ss", fontsize=12, color=dark)
        for k, (label, value) in enumerate((("文件：", "电气技术2111.pdf"),
                                            ("标题：", "TU7-9770.fbd"), ("作者：", "User"),
                                            ("创建日期：", "2021-12-22"),
                                            ("应用程序：", "方正书版"),
                                            ("页数：", "5"))):
            # 3 pt under the paragraph's baselines, in its lines' height; 页数 on a baseline
            y = 444 if label == "页数：" else 339 + 18 * k
            page.insert_text((312, y), label, fontname="china-ss", fontsize=9.5, color=grey)
            page.insert_text((380, y), value, fontname="china-ss", fontsize=9.5, color=dark)
        page.draw_rect(pymupdf.Rect(450, 488, 530, 512), color=None, fill=(1, 0.5, 0.1))
        page.insert_text((478, 505), "确定", fontname="china-ss", fontsize=10, color=(1, 1, 1))

    path = _pdf(tmp_path / "论文.pdf", dialog)
    page = pymupdf.open(path)[0]
    assert abs(pymupdf.Rect(300, 290, 540, 520)) < 0.25 * abs(page.rect)
    doc, flags = _flags(path)
    assert [f for f in doc.meta.findings if f.method == "white_box"] == [] and flags == []


def test_two_lines_covered_by_a_white_box_and_rewritten_on_theirs_are_still_an_edit(tmp_path):
    # a cover-up of two lines writes its two new lines on the covered lines' baselines: no
    # lines of its own, no layer
    def covered(page):
        page.draw_rect(pymupdf.Rect(128, 86, 300, 134), color=None, fill=(1, 1, 1))
        page.insert_text((130, 100), "45022014147037", fontname="china-s", fontsize=12)
        page.insert_text((130, 130), "2014年12月18日", fontname="china-s", fontsize=12)

    doc, flags = _flags(_pdf(tmp_path / "证书.pdf", covered))
    (f,) = [f for f in doc.meta.findings if f.method == "white_box"]
    assert f.score == 1.0 and "2014年12月18日" in f.after and "2016" in f.before
    assert flags


def test_a_value_retyped_in_its_line_beside_a_stamp_is_still_an_edit(tmp_path):
    # a layer leaves out its own text only: a value retyped in another font within its line,
    # on the page with the stamp, is still found (and the stamp's line is not)
    def retyped(page):
        page.insert_text((72, 160), "工作单位 柳州市第一", fontname="china-s", fontsize=12)
        page.insert_text((192, 161.5), "人民", fontname="china-ss", fontsize=10.5,
                         color=(0.1, 0.1, 0.1))
        page.insert_text((214, 160), "医院放射科 主治医师", fontname="china-s", fontsize=12)
        page.insert_text((174, 230), "关于聘任专业技术职务的通知", fontname="china-s", fontsize=19)
        _filing_stamp(page)

    doc, flags = _flags(_pdf(tmp_path / "证书.pdf", retyped))
    assert [(f.method, f.after) for f in doc.meta.findings] == [("span_style", "人民")] and flags


def test_a_value_retyped_on_a_small_framed_white_box_is_still_an_edit(tmp_path):
    # a white box, stroked, over one value with one line typed on it: no block of its own
    def covered(page):
        page.draw_rect(pymupdf.Rect(128, 117, 190, 134), color=(0, 0, 0), fill=(1, 1, 1))
        page.insert_text((130, 130), "2014年", fontname="china-ss", fontsize=12,
                         color=(0.1, 0.2, 0.6))

    doc, flags = _flags(_pdf(tmp_path / "证书.pdf", covered))
    assert ("white_box", "2014年", 1.0) in [(f.method, f.after, f.score)
                                           for f in doc.meta.findings]
    assert flags


def test_a_value_retyped_in_a_table_drawn_before_its_text_is_still_an_edit(tmp_path):
    # a table's frame is drawn before its text, over nothing: no layer, its lines judged as
    # any other's
    def table(page):
        page.draw_rect(pymupdf.Rect(66, 140, 400, 200), color=(0, 0, 0), width=0.8)
        for y in (160, 180):
            page.draw_line((66, y), (400, y), color=(0, 0, 0), width=0.5)
        page.insert_text((72, 155), "姓名 黄明海 职务 助理工程师", fontname="china-s", fontsize=12)
        page.insert_text((72, 175), "聘期 2018年1月至20", fontname="china-s", fontsize=12)
        x = page.get_texttrace()[-1]["chars"][-1][3][2]
        page.insert_text((x, 175), "23", fontname="helv", fontsize=13, color=(0.1, 0.2, 0.6))
        page.insert_text((x + 15, 175), "年12月 单位 柳州市", fontname="china-s", fontsize=12)
        page.insert_text((72, 195), "备注 续聘 岗位 专业技术", fontname="china-s", fontsize=12)

    doc, flags = _flags(_pdf(tmp_path / "表.pdf", table))
    assert [(f.method, f.after) for f in doc.meta.findings] == [("span_style", "23")] and flags


def _retyped(page, size=10.5, font="china-ss"):
    """工作单位 柳州市第一人民医院…, its 人民 retyped in another font and size (or, with the
    line's own font and size, as printed)."""
    page.insert_text((72, 160), "工作单位 柳州市第一", fontname="china-s", fontsize=12)
    page.insert_text((192, 160 + (12 - size)), "人民", fontname=font, fontsize=size,
                     color=(0.1, 0.1, 0.1) if font != "china-s" else (0, 0, 0))
    page.insert_text((214, 160), "医院放射科 主治医师", fontname="china-s", fontsize=12)


def _turned(draw, rotation):
    """`draw`, then the page turned for display (/Rotate): a page stored upright and shown
    turned, as a scanner, Word's landscape export or a PDF editor's turn leaves it."""
    def turned(page):
        draw(page)
        page.set_rotation(rotation)
    return turned


def _shown(path: Path, text: str) -> BBox:
    """The box of the span drawn as `text` on the page as displayed."""
    with pymupdf.open(path) as doc:
        page = doc[0]
        (span,) = [s for s in page.get_texttrace()
                   if "".join(chr(c[0]) for c in s["chars"]) == text]
        r = pymupdf.Rect(span["bbox"]) * page.rotation_matrix
    return BBox(r.x0, r.y0, r.x1, r.y1)


def _near(a: BBox, b: BBox) -> bool:
    return max(abs(a.x0 - b.x0), abs(a.top - b.top), abs(a.x1 - b.x1),
               abs(a.bottom - b.bottom)) < 0.2


def test_a_value_retyped_on_a_page_turned_for_display_is_still_an_edit(tmp_path):
    """A certificate stored upright and turned a quarter for display (/Rotate 90 or 270): as
    displayed, its lines run down or up the page. Each line is read along its own direction
    (the page's reading frame), so 人民 retyped in another font is found, its box over the
    value on the page as displayed."""
    for rotation in (90, 270):
        path = _pdf(tmp_path / f"证书{rotation}.pdf", _turned(_retyped, rotation))
        doc, flags = _flags(path)
        (f,) = doc.meta.findings
        assert (f.method, f.after, f.score) == ("span_style", "人民", 0.75), rotation
        assert _near(f.bbox, _shown(path, "人民")), (rotation, f.bbox)
        assert flags and flags[0].evidence[0].bbox == f.bbox


def test_a_page_turned_for_display_set_alike_is_not_an_edit(tmp_path):
    for rotation in (90, 270):
        plain = _turned(lambda page: _retyped(page, size=12, font="china-s"), rotation)
        doc, flags = _flags(_pdf(tmp_path / f"证书{rotation}.pdf", plain))
        assert doc.meta.findings == () and flags == [], rotation


def test_lines_set_apart_on_a_page_turned_for_display_are_not_an_edit(tmp_path):
    """A page turned for display with a smaller grey 备注 line between its lines: read as
    displayed, the characters at one place along each line (one from every line, side by
    side) made a "line" whose grey character sat between two of the usual style, a finding
    at 0.5-0.75 on most characters of the 备注 (every window's pages turned /Rotate 90: a
    finding at 0.5 or more on 782 files without a planted edit)."""
    def lines(page):
        for y, text, size, grey in ((144, "工作单位 柳州市第一人民医院放射科", 12, 0),
                                    (158, "备注 本证书由柳州市人力资源和社会保障局颁发", 10.5, 0.3),
                                    (172, "专业名称 医学影像与核医学 资格级别 中级", 12, 0)):
            page.insert_text((72, y), text, fontname="china-s", fontsize=size,
                             color=(grey, grey, grey))

    for rotation in (90, 270):
        doc, flags = _flags(_pdf(tmp_path / f"证书{rotation}.pdf", _turned(lines, rotation)))
        assert doc.meta.findings == () and flags == [], rotation


def test_a_filing_stamp_on_a_page_turned_for_display_is_not_an_edit(tmp_path):
    # the filing stamp over the heading, on a notice turned for display: a layer of its own
    # there too, its line across the heading no value retyped
    def stamped(page):
        page.insert_text((174, 230), "关于聘任专业技术职务的通知", fontname="china-s", fontsize=19)
        page.insert_text((72, 300), "经研究决定，聘任黄明海同志为助理工程师，聘期三年。",
                         fontname="china-s", fontsize=14)
        _filing_stamp(page)

    doc, flags = _flags(_pdf(tmp_path / "聘书.pdf", _turned(stamped, 90)))
    assert doc.meta.findings == () and flags == []


def test_glyphs_pasted_as_a_picture_on_a_page_turned_for_display(tmp_path):
    # a patch one line tall across its line, however it lies on the page as displayed
    def paste(page):
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 16), False)
        pix.clear_with(255)
        page.insert_image(pymupdf.Rect(130, 88, 202, 102), pixmap=pix)

    path = _pdf(tmp_path / "证书.pdf", _turned(paste, 90))
    doc, flags = _flags(path)
    (f,) = doc.meta.findings
    assert f.method == "image_over_text" and f.before == "5022" and f.score >= 0.5
    assert f.bbox.bottom - f.bbox.top > f.bbox.x1 - f.bbox.x0  # upright on the turned page
    assert flags
