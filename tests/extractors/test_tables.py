"""Tables, spreads and stamps as a person reads them: a header row's values are in its
columns (a cell wrapped over lines included), facing pages of a spread are two pages, a
copy's attestation stamp dates nothing, and a list of several people gives one row each."""

from __future__ import annotations

import pytest
from _docs import make_doc

from extractors import _fields as F
from extractors import appointment_letter, continuing_education, own_row, paper
from pipeline.checks._base import CheckContext  # noqa: F401 - the checks' layer is importable here
from pipeline.model import BBox, DocumentKind, Page, PageQuality, ReadDocument, Word


def _w(x: float, y: float, text: str, size: float = 11.0) -> Word:
    return Word(text, BBox(x, y, x + size * len(text) * 0.95, y + size))


def _doc(words: list[Word], width: float = 420.0, height: float = 595.0,
         read_by: str = "text_layer") -> ReadDocument:
    return ReadDocument("页.pdf", "0" * 64, (Page(1, width, height, tuple(words), read_by),))


def _booklet_page() -> ReadDocument:
    """A certificate booklet's 聘任 page: a ruled table, one row filled in by hand, the unit's
    name wrapped in its narrow cell, the term written over three lines."""
    return _doc([
        _w(150, 40, "专业技术职务聘任记录", 14),
        _w(170, 66, "持证人：韦丽华"),
        _w(40, 100, "聘任单位"), _w(140, 100, "聘任职务"), _w(230, 100, "聘任期限"),
        _w(330, 100, "单位盖章"),
        _w(28, 128, "柳州市第八"), _w(28, 144, "人民医院"),
        _w(214, 124, "2019年7月"), _w(236, 140, "至"), _w(214, 156, "2022年6月"),
        _w(136, 140, "主管护师"),
        _w(326, 170, "2019年6月30日", 8),
    ])


def test_a_header_rows_cells_are_read_down_their_columns_wrapped_lines_and_all():
    ix = F.index(_booklet_page())
    unit = F.labelled(ix, ["聘任单位"])
    assert unit is not None and unit.value == "柳州市第八人民医院"
    assert len(unit.parts) == 2  # two lines of one cell, not the columns between them
    assert F.grid_value(ix, ["聘任职务"]).value == "主管护师"  # not the next header cell
    start, end = F.period(ix, ["聘任期限"])
    assert (start.value, end.value) == ("2019-07", "2022-06")


def test_an_appointment_page_of_a_booklet_gives_every_field():
    got = {f.name: f.value for f in appointment_letter.extract(_booklet_page()).fields}
    assert got == {"name": "韦丽华", "title": "主管护师", "start": "2019-07", "end": "2022-06",
                   "issued_on": "2019-06-30", "unit": "柳州市第八人民医院"}


def test_a_wrapped_cells_evidence_boxes_only_its_own_words():
    ix = F.index(_booklet_page())
    field = F.to_field(ix, "unit", F.labelled(ix, ["聘任单位"]))
    assert field.evidence.text == "柳州市第八 人民医院"
    assert field.evidence.bbox.x1 < 100  # the title column (x 136) is not inside


def test_a_row_read_as_one_box_is_not_taken_for_one_columns_cell():
    # OCR that read the whole value row as one box: the column count decides, as before
    doc = make_doc(["姓名 性别 年度 考核等次", "张伟 男 2021 合格",
                    "个人总结：本人认真履行岗位职责，完成各项工作。"])
    ix = F.index(doc)
    assert F.labelled(ix, ["考核等次"]).value == "合格"
    assert F.labelled(ix, ["姓名"]).value == "张伟"


def test_facing_pages_of_a_spread_are_read_apart():
    # an open journal scanned flat: the end of the last article on the left, ours on the right
    left = [_w(40, 40 + 18 * i, text, 10) for i, text in enumerate(
        ["·58· 建筑结构", "质量控制，才能取得预期的效果。", "参考文献：",
         "[1] 王明. 结构设计[M]."])]
    right = [_w(460, 40, "建筑结构 2022年第5期", 10),
             _w(460, 58, "ISSN 1002-848X CN 11-2833/TU", 8),
             _w(460, 84, "装配式框架节点抗震性能研究", 16),
             _w(460, 110, "覃海燕，李明", 10), _w(460, 130, "摘要：本文研究了节点的抗震性能。", 10),
             _w(460, 150, "关键词：装配式；节点", 10)]
    doc = _doc(left + right, width=842.0, height=595.0)
    got = {f.name: f.value for f in paper.extract(doc).fields}
    assert got["journal"] == "建筑结构" and got["title"] == "装配式框架节点抗震性能研究"
    assert got["authors"] == "覃海燕|李明"
    assert "预期的效果。\n" in F.index(doc).text  # the left page's lines stand alone


def test_a_portrait_page_is_never_split():
    words = [_w(40, 40, "姓名：张伟"), _w(300, 40, "性别：男")] * 5
    assert len(F._facing_pages(_doc(words).pages[0])) == 1


def test_a_copys_attestation_stamp_dates_nothing():
    doc = make_doc(["学士学位证书",
                    "张伟，男，1990年1月2日生，在重庆大学土木工程专业完成了本科学业，",
                    "授予工学学士学位。", "重庆大学", "2012年6月30日", "证书编号：1061142012001234",
                    "经核验，与原件一致", "核验人：李红", "日期：2020.5.6"])
    assert [str(d) for d, _ in F.dates(F.index(doc))] == ["1990-01-02", "2012-06-30"]


_COLUMNS_X = (30, 70, 150, 330, 420, 510)


def _summary() -> ReadDocument:
    """A unit's table of everyone's hours: each value centred under its column's header."""
    rows = [("序号", "姓名", "身份证号", "公需科目(学时)", "专业科目(学时)", "合计学时"),
            ("1", "黄海", "450203199304180632", "30", "90", "120"),
            ("2", "韦小青", "450203198508190010", "30", "42", "72"),
            ("3", "李勇", "45020319810222003X", "30", "60", "90")]
    words = [_w(150, 30, "2023年度专业技术人员继续教育学时汇总表", 12)]
    for r, row in enumerate(rows):
        for x, text in zip(_COLUMNS_X, row, strict=True):
            width = 10 * len(text) * (0.95 if text[0] > "~" else 0.55)
            words.append(Word(text, BBox(x + 30 - width / 2, 60 + 22 * r, x + 30 + width / 2,
                                         70 + 22 * r)))
    words.append(_w(30, 160, "填报单位：柳州市某某设计院", 10))
    return _doc(words, width=595.0, height=842.0)


def test_a_summary_of_several_peoples_hours_gives_one_row_each_and_no_holder():
    ex = continuing_education.extract(_summary())
    assert ex.value("name") is None and ex.value("hours") is None and ex.value("year") == "2023"
    assert [[(f.name, f.value) for f in row] for row in ex.rows][1] == [
        ("name", "韦小青"), ("id_number", "450203198508190010"), ("hours", "72")]


@pytest.mark.parametrize(("name", "id_number", "hours"), [
    ("韦小青", "450203198508190010", "72"),   # by identity number
    ("李勇", "", "90"),                        # by name when no number is given
    ("王五", "450203199901010011", None),      # not listed: no holder is read
])
def test_the_applicants_own_row_is_read_as_the_documents(name, id_number, hours):
    ex = own_row(continuing_education.extract(_summary()), name, id_number)
    assert ex.value("hours") == hours
    assert ex.value("name") == (name if hours else None)
    assert own_row(ex, name, id_number).kind is DocumentKind.CONTINUING_EDUCATION


def test_legibility_is_judged_by_the_size_of_the_writing():
    from pipeline.checks.doc_quality_low import text_height_px

    card = Page(1, 897.0, 497.0, (Word("姓名 张伟", BBox(100, 80, 260, 100)),), "ocr:t",
                PageQuality(897, 497, 46.0, 20.0, 0.0))
    assert text_height_px(card) == pytest.approx(20.0)  # small image, legible writing
    thumb = Page(1, 300.0, 166.0, (Word("姓名", BBox(10, 10, 30, 16)),), "ocr:t",
                 PageQuality(300, 166, 2.0, 1.0, 0.0))
    assert text_height_px(thumb) == pytest.approx(6.0)
    assert text_height_px(Page(1, 300.0, 166.0, (), "ocr:t",
                               PageQuality(300, 166, 2.0, 1.0, 0.0))) is None


def test_a_list_of_everyones_ratings_gives_the_applicants_row():
    from extractors import annual_assessment

    rows = [("序号", "姓名", "科室(部门)", "岗位", "考核等次"),
            ("1", "黄海", "财务科", "会计师", "合格"),
            ("2", "韦小青", "技术科", "工程师", "优秀"),
            ("3", "李勇", "办公室", "经济师", "合格")]
    words = [_w(150, 30, "关于2022年度考核结果的公示", 12)]
    for r, row in enumerate(rows):
        for x, text in zip((30, 90, 170, 280, 380), row, strict=True):
            words.append(_w(x, 60 + 22 * r, text, 10))
    words += [_w(30, 160, "柳州市第九中学", 10), _w(30, 176, "2023年1月6日", 10)]
    ex = annual_assessment.extract(_doc(words, width=595.0, height=842.0))
    assert ex.value("name") is None and ex.value("year") == "2022"
    mine = own_row(ex, "韦小青", "")
    assert (mine.value("name"), mine.value("result")) == ("韦小青", "优秀")


def test_a_two_level_roster_header_gives_its_lower_rows_columns():
    from extractors import appointment_roster

    def cells(y, items):
        return [_w(x, y, text, 10) for x, text in items]

    words = [_w(200, 20, "岗位聘用人员花名册", 14), _w(30, 44, "单位名称：柳州市第九中学", 10)]
    words += cells(70, [(300, "现聘岗位")])
    words += cells(82, [(30, "序号"), (70, "姓名"), (130, "公民身份号码"), (400, "备注")])
    words += cells(94, [(260, "岗位等级"), (320, "聘任职务"), (370, "聘任时间")])
    words += cells(120, [(34, "1"), (70, "黄海"), (110, "450203199304180632"), (260, "专技九级"),
                         (320, "一级教师"), (372, "2019.1")])
    rows = appointment_roster.extract(_doc(words, width=595.0, height=842.0)).rows
    assert [(f.name, f.value) for f in rows[0]] == [
        ("name", "黄海"), ("id_number", "450203199304180632"), ("title", "一级教师"),
        ("appointed_on", "2019-01")]


def test_a_wide_table_with_a_free_middle_is_not_a_spread():
    header = [_w(60, 40, "序号", 10), _w(120, 40, "姓名", 10), _w(240, 40, "考核年度", 10),
              _w(520, 40, "考核等次", 10), _w(640, 40, "备注", 10)]
    rows = [_w(x, 60 + 20 * r, t, 10) for r in range(3)
            for x, t in ((64, str(r + 1)), (120, "张伟"), (240, "2021"), (520, "合格"))]
    assert len(F._facing_pages(_doc(header + rows, width=842.0, height=595.0).pages[0])) == 1


@pytest.mark.parametrize(("text", "want"), [
    ("华南理工大学校长 高松", "华南理工大学"),                  # a school signing through its head
    ("柳州市市政设计研究院办公室 2016年3月20日", "柳州市市政设计研究院"),  # an office for its unit
    ("柳州市人民政府办公室", "柳州市人民政府办公室"),            # a unit of its own
])
def test_organisations_as_they_sign(text, want):
    assert [h.value for h in F.orgs(F.index(make_doc([text])))] == [want]


def test_an_appointment_by_meeting_minutes_is_dated_by_its_heading():
    doc = make_doc(["党委会议纪要", "柳州市第九中学办公室 2016年3月20日",
                    "经研究决定：聘任黄海同志为一级教师，聘期三年（自2016年4月1日起至2019年3月31日止）。",
                    "摘录属实", "苏宁 2024.5.15"])
    got = {f.name: f.value for f in appointment_letter.extract(doc).fields}
    assert got["issued_on"] == "2016-03-20" and got["unit"] == "柳州市第九中学"
    assert (got["start"], got["end"], got["title"]) == ("2016-04", "2019-03", "一级教师")


def test_a_booklet_letter_addressing_the_holder():
    doc = make_doc(["聘 任 证 书", "黄海同志：", "经本单位专业技术职务聘任委员会评议，",
                    "决定聘任您为主管护师（中级）专业技术职",
                    "务。聘期三年（自2019年7月1日起至2022年6月30日止）。"])
    assert appointment_letter.extract(doc).value("title") == "主管护师"


def test_a_tilted_id_cards_run_together_rows():
    from extractors import id_card

    doc = make_doc(["姓名性别 黄海男 民族汉", "出生 1993年4月18日",
                    "公民身份号码 450203199304180632"])
    got = {f.name: f.value for f in id_card.extract(doc).fields}
    assert (got["name"], got["gender"]) == ("黄海", "男")


def test_an_agreement_names_the_commissioning_party():
    from extractors import commission_letter

    doc = make_doc(["职称委托评审协议书", "甲方(委托方)：柳州市水务投资集团有限公司",
                    "乙方(受托方)：柳州市人力资源和社会保障局",
                    "甲方因本单位未组建相应职称评审委员会，委托乙方进行职称评审。",
                    "甲方(盖章)： 乙方(盖章)：", "2024年6月16日"])
    assert commission_letter.extract(doc).value("unit") == "柳州市水务投资集团有限公司"


def test_a_certification_report_names_the_school_in_prose():
    from extractors import diploma

    doc = make_doc(["中国高等教育学历认证报告", "张梅，女，1994年11月6日生，于2012年9月至2016年6月",
                    "在湖南大学财务管理专业（本科）学习，学制四年，于2016年6月毕业。",
                    "全国高等学校学生信息咨询与就业指导中心"])
    assert diploma.extract(doc).value("school") == "湖南大学"


def test_a_bilingual_letters_columns_are_read_apart():
    # 中文 | English side by side: the Chinese sentence continues on the next line of its own
    # column, not into the English words beside it; the headings run across both
    words = [_w(380, 40, "聘书", 20), _w(330, 70, "LETTER OF APPOINTMENT", 10),
             _w(60, 100, "黄海："), _w(430, 100, "Dear Huang Hai"),
             _w(60, 120, "兹聘任您为本公司工程师，聘期自2019年"),
             _w(430, 120, "We are pleased to appoint you as Engineer"),
             _w(60, 140, "7月1日起至2022年6月30日止。"),
             _w(430, 140, "for July 2019 to June 2022."),
             _w(60, 200, "柳州市某某科技有限公司"), _w(430, 200, "(Company Seal)"),
             _w(60, 220, "2019年6月28日"), _w(430, 220, "Date: June 28, 2019")]
    for w in words[4:]:
        if w.text[0].isascii():
            object.__setattr__(w, "bbox", BBox(w.bbox.x0, w.bbox.top, w.bbox.x0 + 5.5 * len(w.text),
                                               w.bbox.bottom))
    got = {f.name: f.value for f in appointment_letter.extract(_doc(words, width=842.0)).fields}
    assert (got["name"], got["start"], got["end"]) == ("黄海", "2019-07", "2022-06")
    assert got["title"] == "工程师" and got["unit"] == "柳州市某某科技有限公司"


def test_the_panels_of_a_tri_fold_card_are_read_apart():
    # a hospital's 聘书 scanned open and flat: its notes on the left flap, the letter in the
    # middle, the number, seal and date on the right; the flaps' lines share their heights
    notes = [_w(30, 60 + 22 * i, text, 10) for i, text in enumerate(
        ["聘 任 说 明", "1.本聘书为受聘人专业技术任职的", "凭证，请妥善保存。",
         "2.聘期届满，聘任关系自行终止，续聘", "另行发证。"])]
    letter = [_w(360, 40, "聘  书", 20), _w(330, 82, "覃小燕同志："),
              _w(330, 104, "兹聘任您为本院主治医师，"),
              _w(330, 126, "聘期自2020年9月1日起至"), _w(330, 148, "2023年8月31日止。")]
    seal = [_w(600, 40, "编号：柳医聘字〔2020〕7号", 8),
            _w(590, 150, "柳州市中医医院"), _w(610, 176, "2020年8月25日")]
    doc = _doc(notes + letter + seal, width=842.0, height=595.0)
    assert len(F._facing_pages(doc.pages[0])) == 3
    got = {f.name: f.value for f in appointment_letter.extract(doc).fields}
    assert got["name"] == "覃小燕" and got["title"] == "主治医师"
    assert (got["start"], got["end"]) == ("2020-09", "2023-08")
    assert got["issued_on"] == "2020-08-25" and got["unit"] == "柳州市中医医院"


def test_a_wide_table_whose_columns_leave_the_thirds_free_is_not_a_folded_card():
    # a staff list printed landscape from a personnel system: its columns happen to leave
    # blank strips near a third and two thirds of the width; rows of cells run across them
    cells = [(30, "序号"), (60, "姓名"), (100, "性别"), (340, "身份证号码"), (470, "聘用职务"),
             (640, "聘用起始日期"), (740, "备案状态")]
    rows = [[str(i + 1), name, "男", "450203198503046474", "一级教师", "2019-01-01", "已备案"]
            for i, name in enumerate(["郭伟", "杨宇涛", "陆亮超", "胡峰刚"])]
    words = [_w(x, 60, text, 8) for x, text in cells]
    words += [_w(x, 84 + 22 * i, text, 8)
              for i, row in enumerate(rows) for (x, _), text in zip(cells, row, strict=True)]
    doc = _doc(words, width=842.0, height=595.0)
    assert len(F._facing_pages(doc.pages[0])) == 1


def test_columns_of_vertical_text_are_not_set_apart_as_stamps_or_titles():
    # a scanned 竖排 certificate: OCR gives each column as one tall, one-character-wide word,
    # columns side by side; a cover's title set one character above the other, alone among
    # the lines, and a diagonal stamp are set apart
    lines = [_w(40, 40 + 20 * i, "学生王明于二〇一〇年九月", 12) for i in range(6)]
    columns = [Word(text, BBox(400 + 20 * k, 40, 414 + 20 * k, 220))
               for k, text in enumerate(["机械设计制造及其自动化专业", "于二〇一四年六月毕业",
                                         "学生王明性别男一九九二年生"])]
    stamp = Word("仅限职称申报使用", BBox(200, 60, 330, 190))
    assert F._slanted([*lines, *columns]) == set()
    title = Word("聘书", BBox(300, 40, 340, 200))
    assert F._slanted([*lines, title, stamp]) == {id(title), id(stamp)}


def test_a_diagonal_stamp_across_a_licence_does_not_run_its_lines_together():
    """A 仅限……使用 stamp set on a slant: its box spans several lines of the face. It is a line
    of its own; each label keeps its value beside it."""
    words = [_w(120, 40, "电子证照", 14)]
    rows = [("姓    名：", "黄丽"), ("证件号码：", "4503**********1228"),
            ("年    度：", "2022年度"),
            ("合    计：", "90学时"), ("发证机关：", "桂林市人力资源和社会保障局")]
    for i, (label, value) in enumerate(rows):
        words += [_w(40, 80 + 30 * i, label), _w(110, 80 + 30 * i, value)]
    words.append(Word("仅供评审使用", BBox(110, 70, 260, 190)))
    ix = F.index(_doc(words))
    assert "姓    名: 黄丽\n" in ix.text and "合    计: 90学时\n" in ix.text
    assert F.labelled(ix, ["证件号码"]).value == "4503**********1228"


def test_a_label_grid_with_a_wide_gap_is_not_a_folded_card():
    # a landscape certificate laid out as a ruled 项目 | 内容 table: each label on the left and
    # its value far to the right on the same row, the gap between them happening to leave a
    # third of the width free; a school's name and a check code in the margins
    labels = ["持证人", "性别", "出生年月", "所学专业", "培养层次", "入学时间", "毕业时间"]
    filled = ["韦丽华", "女", "1991年02月", "给排水科学与工程", "专科", "2010年09月", "2013年07月"]
    words = [_w(60, 40, "广西大学", 14), _w(610, 520, "发证日期：2013年07月10日", 9),
             _w(640, 540, "签章", 9)]
    words += [_w(200, 100 + 30 * i, text) for i, text in enumerate(labels)]
    words += [_w(430, 100 + 30 * i, text) for i, text in enumerate(filled)]
    doc = _doc(words, width=842.0, height=595.0, read_by="ocr:test 1.0")
    assert len(F._facing_pages(doc.pages[0])) == 1
    assert "所学专业 给排水科学与工程" in F.index(doc).text


def test_a_watermark_tiled_more_often_than_the_page_has_lines_does_not_set_their_height():
    """A watermark tiled across a page on a slant (or a glare streak a text layer carries as
    runs of ━) may outnumber the lines of text; the line height is the upright words', so each
    run is set apart and the salutation keeps its own line."""
    lines = ["任  命  书", "韦海燕 女士：", "经研究决定，任命您为本院财务科", "主管会计 岗位。",
             "任期：2021年9月至2024年8月", "某某市妇幼保健院"]
    words = [_w(60, 40 + 26 * i, text, 12) for i, text in enumerate(lines)]
    tiles = [Word("内部资料请勿外传", BBox(-40 + 8 * k, 20 + 8 * k, 330 + 8 * k, 240 + 8 * k))
             for k in range(len(lines) + 3)]
    ix = F.index(_doc(words + tiles))
    assert "\n韦海燕 女士:\n" in ix.text and "\n主管会计 岗位。\n" in ix.text


def test_labels_beside_their_values_across_the_fold_are_no_table_header():
    """A line of labels and values (姓名 黎海燕 性别 女 | 单位 职务 时间) is no table's header:
    a value among the cells keeps an open booklet's two pages apart."""
    line = [_w(60, 40, "姓名", 10), _w(100, 40, "黎海燕", 10), _w(160, 40, "性别", 10),
            _w(200, 40, "女", 10), _w(480, 40, "单位", 10), _w(600, 40, "职务", 10),
            _w(700, 40, "时间", 10)]
    assert not F._header_across(line, 421)
    # the same line as a header: every cell a column's name, one the vocabulary lacks (标识)
    assert F._header_across([*line[:1], _w(100, 40, "人员类别", 10), *line[2:3],
                             _w(200, 40, "标识", 10), *line[4:]], 421)
