"""The shared finders: normalisation, the text index and its evidence, labels, dates, ids."""

from __future__ import annotations

import pytest
from _docs import make_doc, vertical_doc

from extractors import _fields as F
from pipeline.model import BBox, Page, ReadDocument, Word


def test_evidence_points_at_the_characters_read():
    doc = make_doc(["校    名：重庆大学  校长：XXX"], file="毕业证.jpg")
    ix = F.index(doc)
    hit = F.labelled(ix, ["校名"])
    assert hit and hit.value == "重庆大学"
    ev = ix.evidence(hit.start, hit.end)
    assert ev and ev.file == "毕业证.jpg" and ev.page_no == 1 and ev.source == "ocr"
    assert ev.text == "重庆大学" and ev.confidence == 0.95
    line_box = doc.pages[0].words[0].bbox
    assert line_box.x0 < ev.bbox.x0 < ev.bbox.x1 < line_box.x1  # only the value's part of the line


def test_words_are_grouped_into_lines_by_their_boxes():
    words = (
        Word("证书编号：", BBox(10, 100, 70, 112)),
        Word("姓名：", BBox(10, 50, 40, 62)),
        Word("106111201205001234", BBox(72, 101, 200, 113)),
        Word("张伟", BBox(42, 49, 66, 63)),
    )
    doc = ReadDocument("a.pdf", "0", (Page(1, 595, 842, words, "text_layer"),))
    ix = F.index(doc)
    assert ix.text == "姓名: 张伟\n证书编号: 106111201205001234"
    hit = F.labelled(ix, ["证书编号"])
    assert hit and hit.value == "106111201205001234"
    assert ix.evidence(hit.start, hit.end).bbox == BBox(72, 101, 200, 113)
    assert ix.evidence(hit.start, hit.end).source == "text_layer"


def test_value_on_the_line_below_and_broken_over_lines():
    ix = F.index(make_doc(["聘任单位：", "柳州某某科技", "有限公司"]))
    hit = F.org_labelled(ix, ["聘任单位"])
    assert hit and hit.value == "柳州某某科技有限公司"


def test_next_label_ends_a_value():
    ix = F.index(make_doc(["姓名：张伟 性别：男", "出生日期：1990.03"]))
    assert F.labelled(ix, ["姓名"]).value == "张伟"
    assert F.date_after(ix, ["出生日期"]).value == "1990-03"
    assert F.gender(ix).value == "男"


def test_date_forms():
    text = "二〇一二年六月三十日 2019.01 2019年1月 2019-1-2 二O一二年六月 2020年 3 月 5 曰"
    ix = F.index(make_doc([text]))
    assert [h.value for _, h in F.dates(ix)] == [
        "2012-06-30",
        "2019-01",
        "2019-01",
        "2019-01-02",
        "2012-06",
        "2020-03-05",
    ]


def test_ranges_do_not_read_the_second_year_as_a_day():
    ix = F.index(make_doc(["聘期：2019.01-2023.12"]))
    start, end = F.period(ix, ["聘期"])
    assert (start.value, end.value) == ("2019-01", "2023-12")


def test_full_width_text_is_read():
    ix = F.index(make_doc(["ＩＳＳＮ　１０００－４７２６　ＣＮ　１１－２１１５／ＴＵ"]))
    assert F.issn(ix).value == "1000-4726"
    assert F.cn_serial(ix).value == "11-2115/TU"


def test_id_numbers_with_ocr_lookalikes_and_masked_evidence():
    ix = F.index(make_doc(["公民身份号码 45O2O2l99OO3l2l23x"]))
    hit = F.id_number(ix, ["公民身份号码"])
    assert hit.value == "45020219900312123X"
    assert "********" in ix.evidence(hit.start, hit.end).text


def test_credit_code():
    ix = F.index(make_doc(["统一社会信用代码：91450200MA5K3B7N2U"]))
    assert F.credit_code(ix).value == "91450200MA5K3B7N2U"


def test_credit_code_failing_its_check_character_is_left_unread():
    # a seal across the code: one character misread (U as 1), the check character fails
    ix = F.index(make_doc(["统一社会信用代码：91450200MA5K3B7N21"]))
    assert F.credit_code(ix) is None


def test_title_levels():
    assert F.title_level("工程师") == "中级"
    assert F.title_level("高级工程师") == "副高级"
    assert F.title_level("助理工程师") == "初级"
    assert F.title_level("正高级工程师") == "正高级"
    assert F.title_level("主任医师") == "正高级"
    assert F.title_level("一级教师") == "中级"
    assert F.title_level("不知道") is None
    assert F.level_value("副高") == "副高级"


def _row(y: float, cells: list[tuple[float, str]]) -> list[Word]:
    """Words of one table row: (left x, text), 12 pt characters."""
    return [Word(text, BBox(x, y, x + 12 * len(text), y + 12)) for x, text in cells]


def test_a_header_row_is_read_column_by_column():
    # 姓名 性别 出生年月 工作单位 / 马刚峰 男 1985.03 柳州市市政设计研究院: each value sits under
    # its label, wider than it; the neighbours' values are not taken.
    header = _row(100, [(40, "姓名"), (140, "性别"), (220, "出生年月"), (360, "工作单位")])
    values = _row(130, [(34, "马刚峰"), (146, "男"), (214, "1985.03"),
                        (318, "柳州市市政设计研究院")])
    doc = ReadDocument("a.pdf", "0", (Page(1, 842, 595, tuple(header + values), "text_layer"),))
    ix = F.index(doc)
    assert F.labelled(ix, ["姓名"], stops=("性别",)).value == "马刚峰"
    assert F.labelled(ix, ["工作单位"]).value == "柳州市市政设计研究院"
    assert F.labelled(ix, ["出生年月"], stops=("工作单位",)).value == "1985.03"


def test_a_column_of_each_rows_place_in_an_order_is_a_header_cell():
    # 作者排序 / 姓名 / 所在单位: the order column's label heads the table, whose rows are read
    header = _row(100, [(40, "作者排序"), (140, "姓名"), (220, "所在单位")])
    rows = _row(130, [(40, "第一作者"), (140, "韦小兰"), (220, "南宁市排水工程管理处")])
    doc = ReadDocument("a.pdf", "0", (Page(1, 842, 595, tuple(header + rows), "text_layer"),))
    got = F.table_rows(F.index(doc), {"order": "作者排序", "name": "姓名"})
    assert [(r["order"].value, r["name"].value) for r in got] == [("第一作者", "韦小兰")]
    # the row of values under it (a place, a name) is no header
    line = _row(100, [(40, "第二作者"), (140, "覃建华")])
    doc = ReadDocument("b.pdf", "0", (Page(1, 842, 595, tuple(line), "text_layer"),))
    ix = F.index(doc)
    assert ix.header_row(ix.lines[0].start) is None


def test_a_label_spelled_by_two_header_cells_is_two_labels():
    # 职务 | 聘任单位 side by side read as one 职务聘任单位: no such column; 聘任单位 alone heads
    # its column, whose value is the unit, not the unit with the 职务 column's value before it
    header = _row(100, [(40, "姓名"), (120, "职务"), (200, "聘任单位")])
    values = _row(130, [(40, "覃海"), (120, "科长"), (200, "南宁市规划设计院")])
    doc = ReadDocument("a.pdf", "0", (Page(1, 842, 595, tuple(header + values), "text_layer"),))
    ix = F.index(doc)
    assert F.labelled(ix, ["职务聘任单位", "聘任单位"]).value == "南宁市规划设计院"
    # a label printed spaced out within its one cell (聘 任 单 位) is still one label
    spread = _row(100, [(40, "姓名"), (120, "聘"), (140, "任"), (160, "单"), (180, "位")])
    values = _row(130, [(40, "覃海"), (120, "南宁市规划设计院")])
    doc = ReadDocument("b.pdf", "0", (Page(1, 842, 595, tuple(spread + values), "text_layer"),))
    assert F.labelled(F.index(doc), ["聘任单位"]).value == "南宁市规划设计院"


def test_a_value_ends_at_a_wide_gap_between_cells():
    words = _row(50, [(40, "姓名"), (80, "张梅"), (200, "部门"), (240, "技术部")])
    doc = ReadDocument("a.pdf", "0", (Page(1, 595, 842, tuple(words), "text_layer"),))
    assert F.labelled(F.index(doc), ["姓名"]).value == "张梅"
    # close words of one value are kept together
    near = _row(50, [(40, "单位:"), (100, "柳州市"), (140, "建筑业协会")])
    doc = ReadDocument("b.pdf", "0", (Page(1, 595, 842, tuple(near), "text_layer"),))
    assert F.labelled(F.index(doc), ["单位"]).value == "柳州市建筑业协会"


def test_a_signature_line_is_not_where_a_party_is_named():
    ix = F.index(make_doc(["甲方(用人单位) 柳州市水务投资集团有限公司 乙方(劳动者) 刘俊东",
                           "甲方(盖章): 乙方(签字):刘俊东"]))
    assert F.org_labelled(ix, ["甲方"], named=True).value == "柳州市水务投资集团有限公司"


def test_a_roles_label_opening_a_line_is_no_salutation():
    """申请人：/审批人：/经办人： name a role, never the holder the letter is addressed to."""
    for label in ("申请人", "审批人", "经办人"):
        doc = make_doc(["证明", f"{label}：王晓红", "特此证明。"])
        assert F.holder_in_prose(F.index(doc)) is None
    letter = make_doc(["张梅女士：", "兹聘任您为工程师。"])
    assert F.holder_in_prose(F.index(letter)).value == "张梅"


def test_a_salutations_honorific_is_no_part_of_the_name():
    """A school's or hospital's slip addresses its staff as 老师 (覃丽娟老师：); the honorific
    is no part of the name, however long the name."""
    for line, name in (("覃丽娟老师：", "覃丽娟"), ("韦芳 老师：", "韦芳"),
                       ("欧阳明辉老师：", "欧阳明辉")):
        doc = make_doc(["2021年度考核结果通知", line, "您2021年度考核等次为：合格"])
        assert F.holder_in_prose(F.index(doc)).value == name


@pytest.mark.parametrize("line", ["黄老师：", "李女士：", "陈先生："])
def test_a_surname_with_an_honorific_names_no_one(line):
    doc = make_doc(["考核结果通知", line, "您2021年度考核等次为：合格"])
    assert F.holder_in_prose(F.index(doc)) is None


def test_a_documents_reference_and_signature_box_labels_are_no_names():
    assert not F.is_name("管理号") and not F.is_name("持证人签名")
    assert F.is_name("管晓明")  # the surname 管 itself is no label


def test_a_dotted_name_holding_a_label_is_ocrs_dot_for_a_comma():
    assert not F.is_name("王海·性别男")
    assert F.is_name("阿依古丽·买买提")


def test_vertical_text_reads_column_by_column_right_to_left():
    doc = vertical_doc(["荣誉证书", "兹授予张伟同志", "二〇二〇年度先进个人", "特发此证"])
    ix = F.index(doc)
    assert [F.squash(line) for line in ix.text.split("\n")] == [
        "荣誉证书", "兹授予张伟同志", "二〇二〇年度先进个人", "特发此证"]
    hit = next(F.search(ix, r"(?P<v>张伟)"))
    ev = ix.evidence(hit.start, hit.end)
    right_column = doc.pages[0].words[4].bbox  # 兹, the second column from the right
    assert ev.bbox.x0 == right_column.x0 and ev.bbox.top > right_column.bottom


def test_a_number_written_digit_by_digit_down_a_column_is_one_number():
    # each digit in a cell of its own down the column, as each character is: one number; a
    # blank cell between two runs still parts them
    doc = vertical_doc(["荣誉证书", "授予李红同志", "二〇一九年度优秀教师", "证书编号",
                        "2019030117", "0311 2208"])
    lines = F.index(doc).text.split("\n")
    assert lines[3:] == ["证书编号", "2019030117", "0311 2208"]
    assert lines[2] == "二〇一九年度优秀教师"


def test_characters_one_per_word_across_the_page_stay_lines():
    words = tuple(Word(c, BBox(40 + 13 * i, 50 + 16 * r, 52 + 13 * i, 62 + 16 * r))
                  for r, line in enumerate(["兹聘任张伟同志", "为助理工程师", "聘期三年"])
                  for i, c in enumerate(line))
    ix = F.index(ReadDocument("a.pdf", "0", (Page(1, 595, 842, words, "text_layer"),)))
    assert ix.text == "兹聘任张伟同志\n为助理工程师\n聘期三年"


def test_ocrs_one_for_a_range_dash_between_arabic_dates():
    ix = F.index(make_doc(["聘期:2017年04月一2020年03月"]))
    start, end = F.period(ix, ["聘期"])
    assert (start.value, end.value) == ("2017-04", "2020-03")
    ix = F.index(make_doc(["聘期:二〇一七年四月至二〇二〇年三月"]))
    assert [h.value for h in F.period(ix, ["聘期"])] == ["2017-04", "2020-03"]


def test_a_party_heading_over_its_name_line():
    ix = F.index(make_doc(["甲方（用人单位）", "名    称：柳州某某科技有限公司",
                           "法定代表人：王五"]))
    hit = F.org_labelled(ix, ["甲方"], named=True)
    assert hit and hit.value == "柳州某某科技有限公司"
    assert ix.text[hit.start:hit.end] == "柳州某某科技有限公司"


def test_org_after_a_sealed_label_and_not_a_unit_of_measure():
    # 填报单位（盖章）：the unit writes its name and stamps over it; 单位：万元 is a measure
    ix = F.index(make_doc(["申报单位（盖章）：某某县第一中学  主管部门：某某县教育局  单位：万元"]))
    assert F.org_labelled(ix, ["申报单位", "单位"], stops=("主管部门",)).value == "某某县第一中学"
    ix = F.index(make_doc(["金额单位：元/月", "单位（盖章）："]))
    assert F.org_labelled(ix, ["单位"]) is None


def test_an_org_name_ends_before_an_as_of_date_on_its_line():
    # a list's 截至/截止 date after the unit's name, with or without the gap OCR keeps
    for line in ("填报单位：钦州市第三人民医院    截止2023年12月31日",
                 "单位：钦州市第三人民医院统计截至：2023.12.31"):
        ix = F.index(make_doc([line]))
        assert F.org_labelled(ix, ["填报单位", "单位"]).value == "钦州市第三人民医院"
    # negative: 截止 without a date is no "as of" date, and a name holding no 截至 is whole
    ix = F.index(make_doc(["单位：钦州市截止阀门制造有限公司"]))
    assert F.org_labelled(ix, ["单位"]).value == "钦州市截止阀门制造有限公司"


def test_a_company_form_with_no_name_before_it_is_no_organisation():
    """A seal's ring text read apart from the name it ends (有限公司 on a line of its own)."""
    ix = F.index(make_doc(["聘书", "钦州某某港务集团有限公司", "有限公司", "2019年5月6日"]))
    assert [h.value for h in F.orgs(ix)] == ["钦州某某港务集团有限公司"]


def test_a_watermarks_giant_glyph_is_no_word_of_the_line_it_stands_behind():
    """A unit's letter paper prints its logo's one character huge behind the text (水, 260 pt
    over 13 pt lines): the signature line beside it reads without it, and lines of ordinary
    heights still join (a heading twice the body's size beside a body word)."""
    words = (
        Word("水", BBox(168, 353, 428, 613)),
        Word("柳州市水务投资集团有限公司", BBox(356, 517, 525, 530)),
        Word("2024年6月4日", BBox(447, 547, 525, 560)),
        Word("标题", BBox(40, 700, 80, 726)),
        Word("正文", BBox(90, 708, 114, 721)),
    )
    ix = F.index(ReadDocument("a.pdf", "0", (Page(1, 595, 842, words, "text_layer"),)))
    lines = ix.text.split("\n")
    assert "柳州市水务投资集团有限公司" in lines and "2024年6月4日" in lines
    assert "水" in lines and "标题 正文" in lines
    # a line whose words' centres fall either side of the glyph's centre stays whole
    words = (Word("姓名：", BBox(40, 475, 76, 489)), Word("水", BBox(168, 353, 428, 613)),
             Word("张伟", BBox(80, 477, 104, 491)), Word("正文", BBox(40, 500, 64, 514)))
    ix = F.index(ReadDocument("a.pdf", "0", (Page(1, 595, 842, words, "text_layer"),)))
    assert F.labelled(ix, ["姓名"]).value == "张伟"
    # a column of characters set one under another (a form's 竖排 label) is narrow: no glyph
    words = (Word("单位负责人意见", BBox(75, 219, 85, 301)),
             Word("同意。", BBox(136, 255, 169, 266)), Word("正文", BBox(40, 500, 64, 514)))
    ix = F.index(ReadDocument("a.pdf", "0", (Page(1, 595, 842, words, "text_layer"),)))
    assert ix.text.split("\n")[0] == "单位负责人意见 同意。"


def test_a_profile_header_gives_the_name_beside_its_sex_above_the_id_line():
    """A query app shows its user as 马刚峰  男 over the masked ID number: the name is the
    holder's; a line that holds more than a name and a sex (a post) names no one."""
    def holder(top):
        return F.holder_above_id(F.index(make_doc([top, "身份证号：4502**************"])))

    assert holder("马刚峰  男").value == "马刚峰"
    assert holder("覃 小兰").value == "覃小兰"
    assert holder("马刚峰  工程师") is None


def test_a_bilingual_forms_english_gloss_after_a_label_is_no_value():
    """A foreign-invested firm's form prints each label with its translation (姓名 Name 张梅,
    工作单位 Employer：…): the value follows the gloss. A value in Latin letters of its own (a
    brand before the firm's name, a name in pinyin) is kept whole."""
    def value(lines, label, suffix=F.ENGLISH_GLOSS + r"\s*[:：]?"):
        hit = F.labelled(F.index(make_doc(lines, split=True)), [label], suffix=suffix)
        return hit.value if hit else None

    assert value(["姓名 Name 张梅"], "姓名") == value(["姓名Name 张梅"], "姓名") == "张梅"
    assert value(["姓名 Name", "张梅"], "姓名") == "张梅"
    assert value(["最终考核结果 Final Rating：优秀"], "考核结果") == "优秀"
    assert value(["工作单位：ABB 中国有限公司"], "工作单位") == "ABB中国有限公司"
    # a name in pinyin alone on its line cannot be told from a gloss: nothing is read, and so
    # the gloss is asked for only where forms come bilingual; by default a Latin word is a
    # value's own
    assert value(["姓名 Zhang Mei"], "姓名") is None
    assert value(["姓名 Zhang Mei"], "姓名", suffix=r"\s*[:：]?") == "ZhangMei"
    assert value(["工作单位 Bosch 汽车部件有限公司"], "工作单位", suffix=r"\s*[:：]?") == \
        "Bosch汽车部件有限公司"


STOCK = [(f"修完{F.BLANK}规定的全部课程",), ("成绩合格",), ("准予毕业", "准予结业")]


def test_misread_wording_counts_stock_misreads_on_the_values_lines_only():
    ix = F.index(make_doc(["学生 周敏，性别女，在本校护理学专业学习，",
                           "修光培养计划规定的全部谋程，成续合格，准予华业。"]))
    second = ix.text.index("修光")
    assert F.misread_wording(ix, second, second + 2, STOCK) == 4
    name = ix.text.index("周敏")
    assert F.misread_wording(ix, name, name + 2, STOCK) == 0  # the garbled line is another


def test_misread_wording_is_no_count_of_wording_the_page_does_not_print():
    # a degree's other sentence and a 结业 certificate's variant are not misreads
    ix = F.index(make_doc(["已通过学士学位课程考试和论文答辩，成绩合格，准予结业。"]))
    assert F.misread_wording(ix, 0, 5, STOCK) == 0



@pytest.mark.parametrize(("second_x0", "expected"), [(120.0, True), (130.0, False), (140.0, False)])
def test_redetected_tells_one_strip_detected_twice_from_words_side_by_side(second_x0, expected):
    # 福建 | 农林大学 where the second box starts 0.6 of the line's height inside the first
    # (one strip found twice under a seal), vs boxes within their padding (0.1) or apart
    words = (Word("福建", BBox(100, 10, 132, 30), 0.9),
             Word("农林大学", BBox(second_x0, 10, second_x0 + 60, 30), 0.9))
    ix = F.index(ReadDocument("x.jpg", "0", (Page(1, 400, 60, words, "ocr:t 1"),)))
    assert ix.redetected(0, len(ix.text)) is expected


def _menu_beside_table(value_x: float) -> ReadDocument:
    """A system page: a side menu (a link a row) left of a table of years, a preview panel
    right of it sharing its lines; the table's first value placed at `value_x`."""
    words = (_row(100, [(200, "年份"), (280, "结果"), (380, "操作")])
             + _row(130, [(20, "我的档案"), (value_x, "2016"), (280, "称职"), (380, "查看"),
                          (600, "以上情况属实。")])
             + _row(160, [(20, "考勤记录"), (200, "2017"), (280, "优秀"), (380, "查看")]))
    return ReadDocument("a.pdf", "0", (Page(1, 842, 595, tuple(words), "text_layer"),))


def test_a_menu_and_a_panel_beside_a_table_are_none_of_its_cells():
    rows = F.table_rows(F.index(_menu_beside_table(200)), {"year": "年份", "result": "结果"},
                        key="year", well_formed=lambda cell: cell.isdigit())
    assert [(r["year"].value, r["result"].value) for r in rows] == [
        ("2016", "称职"), ("2017", "优秀")]


def test_a_value_set_left_of_its_centred_header_stays_in_its_column():
    # the first column's value left-aligned in its cell, a little left of the centred label
    rows = F.table_rows(F.index(_menu_beside_table(176)), {"year": "年份", "result": "结果"},
                        key="year", well_formed=lambda cell: cell.isdigit())
    assert [r["year"].value for r in rows] == ["2016", "2017"]


def _sheet(letters: str, gutter: list[str]) -> ReadDocument:
    """A screenshot of an online sheet (WPS 表格, an Excel window): the column `letters` over
    the grid, the `gutter`'s row numbers left of it, a header row and three people's rows."""
    cols = [(90, 150), (140, 210), (230, 300), (330, 400), (430, 510)]
    words = [Word(c, BBox(x, 80, x + 7, 92)) for c, (x, _) in zip(letters, cols)]
    grid = [["序号", "姓名", "部门", "考核结果", "个人确认"],
            ["1", "郑晓东", "财务处", "称职", "已确认"],
            ["2", "孙丽", "人事处", "优秀", "已确认"],
            ["3", "韦国强", "后勤处", "称职", "未确认"]]
    for i, (number, cells) in enumerate(zip(gutter, grid)):
        y = 100 + 24 * i
        words += _row(y, [(40, number), *((x, c) for (_, x), c in zip(cols, cells))])
    return ReadDocument("a.pdf", "0", (Page(1, 595, 842, tuple(words), "text_layer"),))


def _rated(doc: ReadDocument) -> list[tuple[str, str]]:
    rows = F.table_rows(F.index(doc), {"name": "姓名", "result": "考核结果"})
    return [(r["name"].value, r["result"].value) for r in rows]


def test_a_spreadsheets_row_numbers_are_no_cell_of_its_table():
    # 2 序号 姓名 … : the sheet's line numbers down its gutter, left of column A, start every
    # line; without them the header (个人确认 a label, 已确认 a value) heads its rows
    assert _rated(_sheet("ABCDE", ["2", "3", "4", "5"])) == [
        ("郑晓东", "称职"), ("孙丽", "优秀"), ("韦国强", "称职")]
    assert F._HEADER_CELL.fullmatch("个人确认") and not F._HEADER_CELL.fullmatch("已确认")


def test_numbers_left_of_a_table_stay_without_a_spreadsheets_two_signs():
    # no column letters over the grid (A C E F are no run from A), or numbers that do not
    # count on line by line: the words are left as read
    for doc in (_sheet("ACEFG", ["2", "3", "4", "5"]), _sheet("ABCDE", ["2", "7", "4", "9"])):
        words = doc.pages[0].words
        assert list(F._without_row_numbers(words)) == list(words)
        assert _rated(doc) == []
