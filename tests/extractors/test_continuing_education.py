from __future__ import annotations

import dataclasses

from _docs import make_doc, table_doc

from extractors import continuing_education
from extractors._fields import index


def values(doc):
    return {f.name: f.value for f in continuing_education.extract(doc).fields}


def test_a_service_notice_names_its_holder_as_the_applicant():
    doc = make_doc([
        "某市人力资源和社会保障局",
        "政务服务事项办结通知书",
        "申  请  人 李晓明",
        "证件号码 450202199001011234",
        "事项名称 继续教育学时登记",
        "经审核，2023年度继续教育学时共计90学时，予以登记。",
        "温馨提示：结果可在系统查询。",
    ])
    assert values(doc)["name"] == "李晓明"


def test_a_notes_heading_is_no_holder():
    doc = make_doc([
        "继续教育学时证明",
        "2023年度共完成继续教育90学时。",
        "温馨提示：结果可在系统查询。",
    ])
    assert values(doc).get("name") is None


def test_credits_are_not_hours_but_the_hours_they_come_to_are():
    """A society's certificate counts credits (学分) and may say what hours they come to, and at
    what rate: the credits are no hours, the rate's figure is per credit."""
    doc = make_doc([
        "某省土木建筑学会",
        "继续教育学分证明",
        "姓名：欧阳明  2022年度",
        "经审核，该会员本年度累计获得学分30分，共计30学分，相当于90学时。",
        "（每学分相当于3学时）",
    ])
    assert values(doc)["hours"] == "90"


def test_credits_alone_give_no_hours():
    doc = make_doc([
        "某省土木建筑学会",
        "继续教育学分证明",
        "姓名：欧阳明  2022年度",
        "注：按1学分折合3学时计。",
        "该会员本年度共计30学分。",
    ])
    assert values(doc).get("hours") is None


def _record_of_years(file):
    """A bureau's record of one person's hours since taking up the post: a row per year."""
    from dataclasses import replace

    from _docs import table_doc

    doc = table_doc(("培训年度", "公需课学时", "专业课学时", "总学时", "备注"),
                    [("2016年", "24", "48", "72", "未达标"), ("2017年", "30", "60", "90", ""),
                     ("2018年", "36", "72", "108", "")],
                    above=["继续教育学时情况证明", "兹证明欧阳明同志任现职以来学时登记如下："],
                    below=["某市人力资源和社会保障局"])
    return replace(doc, file=file)


def test_a_record_of_several_years_filed_without_a_year_attests_the_latest():
    found = values(_record_of_years("学时证明.pdf"))
    assert (found["year"], found["hours"], found["name"]) == ("2018", "108", "欧阳明")


def test_a_record_of_several_years_filed_as_one_years_attests_that_years_row():
    found = values(_record_of_years("欧阳明2016年继续教育.pdf"))
    assert (found["year"], found["hours"]) == ("2016", "72")


def test_a_years_list_of_courses_is_no_record_of_several_years():
    """A 登记册 lists one year's courses a row each (the year repeated): a row's hours are one
    course's, never the year's total, which its total line gives."""
    from _docs import table_doc

    doc = table_doc(("年份", "课程名称", "学时", "备注"),
                    [("2021", "安全生产法规", "6", ""), ("2021", "BIM技术应用", "24", ""),
                     ("2021", "职业道德", "12", "")],
                    above=["专业技术人员继续教育登记", "姓名：欧阳明"],
                    below=["2021年度合计 42"])
    found = values(doc)
    assert (found["year"], found["hours"]) == ("2021", "42")


def test_a_table_of_hours_by_category_gives_its_grand_total_not_a_category():
    """Hours by way of study (rows) against kind of subject (columns) with a column of row
    sums: the year's hours are where the total row meets the sum column, not the total row's
    first figure (one kind's)."""
    doc = table_doc(
        ["培训形式", "专业科目", "公需科目", "合计学时"],
        [["线上", "40", "12", "52"], ["线下", "16", "6", "22"], ["总计", "56", "18", "74"]],
        above=["继续教育学时证明", "学员：陈思远  2021年度"],
        below=["经核实，以上学时属实。"],
    )
    assert values(doc)["hours"] == "74"


def _tiles_doc(headings, figures, below=()):
    """A platform page whose summary tiles set each heading over its figure, at columns
    160 pt apart (one Word per heading and per figure, as a screenshot's OCR reads them)."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    words = [Word("学员：韦小红", BBox(40, 40, 130, 54), 0.95, size=14.0),
             Word("身份证号：450103********2026", BBox(150, 40, 400, 54), 0.95, size=14.0)]
    for col, (heading, figure) in enumerate(zip(headings, figures, strict=True)):
        x = 40.0 + 160.0 * col
        words.append(Word(heading, BBox(x, 90, x + 12 * len(heading), 104), 0.95, size=14.0))
        words.append(Word(figure, BBox(x + 10, 112, x + 60, 130), 0.95, size=18.0))
    for i, line in enumerate(below):
        y = 150.0 + 22 * i
        words.append(Word(line, BBox(40, y, 40 + 12 * len(line), y + 14), 0.95, size=14.0))
    page = Page(1, 842.0, 595.0, tuple(words), "ocr:test 1.0")
    return ReadDocument("截图.png", "2" * 64, (page,))


def test_summary_tiles_give_the_figure_under_the_total_heading():
    """The year's hours are the figure under the tile headed 总学时/合计学时, whichever place
    that tile takes in the row; the first tile's figure is one category's."""
    doc = _tiles_doc(["2022年专业科目学时", "2022年总学时", "2022年公需科目学时"],
                     ["48 学时", "72 学时", "24 学时"],
                     ["课程名称 学时 状态", "建筑节能新技术 12 已完成"])
    assert values(doc)["hours"] == "72"
    doc = _tiles_doc(["本年度公需课", "本年度专业课", "本年度学时合计"],
                     ["20 学时", "70 学时", "90 学时"])
    assert values(doc)["hours"] == "90"


def test_a_registration_card_with_a_sum_and_a_stamp_column_attests_its_latest_row():
    """A 继续教育证书's 学时登记 page: one registered row per year, the row sum under 小计 and
    the office's stamp column (审验章) last. The card attests its latest registered row and
    that row's sum, never an earlier year's row nor one category's figure."""
    doc = table_doc(("年份", "专业科目", "公需科目", "小计", "审验章"),
                    [("2020", "40", "32", "72", ""),
                     ("2021", "56", "32", "88", ""),
                     ("2022", "60", "30", "90", "")],
                    above=["继续教育证书", "持证人：黎秋月"],
                    below=["2023.2.14", "此证由审验机构逐年登记。"])
    found = values(doc)
    assert (found["name"], found["year"], found["hours"]) == ("黎秋月", "2022", "90")


def test_a_total_set_large_on_its_own_line_below_its_sentence_is_the_years_hours():
    """A certificate may break its sentence of the total before the figure, set large on a
    line of its own (…共完成 / 84 学时), the categories' headings and figures on lines below:
    the figure after the total's verb is the year's hours, never a category's (the figure
    under a bare 学时)."""
    doc = make_doc(["某某市专业技术人员继续教育", "学时证书", "李晓燕 同志",
                    "于2022年度参加专业技术人员继续教育，学习期满，共完成",
                    "84 学时",
                    "公需科目 专业科目",
                    "24学时 60学时",
                    "某某市继续教育中心"], split=True)
    assert values(doc)["hours"] == "84"


def test_a_line_of_credits_after_the_totals_verb_is_not_hours():
    doc = make_doc(["某某学会继续教育证书", "李晓燕 同志",
                    "于2022年度参加学会组织的学术活动，共获得", "48学分", "某某学会"])
    assert values(doc).get("hours") is None


def test_the_total_in_a_stub_certificate_s_sentence_not_its_cut_serial():
    """A 学时证明 torn off a stub book keeps half its serial (第 3 1 5 8 2 号) down the cut
    edge, one digit a line beside the sentence: the total is the figure after 共计 in the
    sentence (共计80学时), never a digit of the serial or the No."""
    doc = make_doc(["专业技术人员继续教育学时证明", "No. 201931582",
                    "第 兹证明黄丽萍同志2021年度参加专业技术人员继续教育，",
                    "3",
                    "完成公需科目24学时、专业科目56学时，共计80学时，经审核登记，",
                    "1",
                    "5 符合年度继续教育学时要求。", "8", "2 特此证明。", "号",
                    "某某市人力资源和社会保障局", "2022年2月10日"])
    assert values(doc)["hours"] == "80"


def test_credits_totalled_in_a_sentence_are_not_hours():
    """The sentence's total counts only when 学时 follows its figure: 共计40学分 is credits,
    the hours are what they come to."""
    doc = make_doc(["继续教育证书", "兹证明韦志明参加2021年度继续教育，",
                    "共计40学分，折合80学时。", "某某学会"])
    assert values(doc)["hours"] == "80"


def test_a_certificate_opening_with_zi_you_names_its_holder():
    """兹有朱亮洋同志（身份证号码：…）: a 学时证明 may open with 兹有 instead of 兹证明; the
    name before 同志 is the holder's, never the unit's words before it."""
    doc = make_doc(["继续教育学时证明",
                    "兹有覃小兰同志（身份证号码：450204197806093915），2023年度参",
                    "加专业技术人员继续教育，以上共计72学时。", "某市人力资源和社会保障局"])
    assert values(doc)["name"] == "覃小兰"
    doc = make_doc(["继续教育学时证明", "兹有我单位职工参加专业技术人员继续教育，共计72学时。"])
    assert values(doc).get("name") is None


def _course_certificate(attended):
    """A training college's 结业证明 for a course, which names no 年度: only when it ran."""
    return make_doc([
        "广西大学继续教育学院",
        "结 业 证 明",
        f"学员王建国（身份证号：450103198807150011）{attended}“专业技术人员能力提升",
        "培训班（建筑节能方向）”学习，经考核合格，共计40学时。",
        "附：课程安排",
        "5月16日 上午 建筑节能政策解读 3",
        "5月16日 下午 绿色建筑评价标准 3",
        "广西大学继续教育学院",
        "2022年6月2日",
    ])


def test_a_course_certificate_without_a_year_counts_its_hours_for_the_year_it_ran():
    """A course's certificate names the days its holder attended (于/自 the first day, to the
    last, then 参加 or 参训): its hours count for that year, not the year it was issued."""
    for attended in ("于2022年5月16日至5月20日在南宁参加", "自2022年5月16日至2022年5月20日参训"):
        assert values(_course_certificate(attended))["year"] == "2022", attended


def test_a_course_running_into_the_next_year_or_a_date_joining_work_gives_no_year():
    """Which year a course from December into January counts for is not written; the day its
    holder took up work (于…参加工作) is no course's."""
    doc = _course_certificate("于2022年12月26日至2023年1月6日参加")
    assert values(doc).get("year") is None
    doc = make_doc([
        "培训证明",
        "王建国同志于2010年7月参加工作，现任工程师。",
        "经考核合格，完成“专业技术人员能力提升培训班”学习共计40学时。",
        "广西大学继续教育学院",
        "2022年6月2日",
    ])
    assert values(doc).get("year") is None


def _passbook(total_2021="72", *, file="学时存折.pdf"):
    """A 学时存折 (a passbook the learning centre prints each course into): two years' rows,
    each year closed by its 合计 line, beside a 累计 column of the hours so far."""
    doc = table_doc(
        ("日期", "摘要", "本次学时", "累计学时", "经办"),
        [("2020-05-08", "2020年专业课程", "40", "40", "A1"),
         ("", "2020年度合计", "40", "40", ""),
         ("2021-04-11", "公需课 线上", "24", "64", "A1"),
         ("2021-10-02", "专业课 研修", "48", "112", "A1"),
         ("", "2021年度合计", total_2021, "112", "")],
        above=("继续教育学时存折", "户 名 韦立新", "身份证号 450103198807150011"),
        col_x=(40.0, 150.0, 330.0, 420.0, 510.0))
    return dataclasses.replace(doc, file=file)


def test_a_passbook_of_several_years_gives_the_latest_year_s_subtotal_not_the_running_total():
    """Rows of several years, each closed by its year's subtotal: the latest year's (or the
    year the upload is filed as), never the first year named; the 累计 column is no year's
    hours; the passbook's 户名 is its holder."""
    assert values(_passbook()) == {"name": "韦立新", "year": "2021", "hours": "72"}
    assert values(_passbook(file="2020年度学时.pdf"))["year"] == "2020"
    assert values(_passbook(file="2020年度学时.pdf"))["hours"] == "40"
    # the year's own figure not read: only the running total is left, which is not it
    read = values(_passbook(""))
    assert read["year"] == "2021" and read.get("hours") is None


def test_one_year_s_subtotal_or_a_header_of_years_is_no_record_of_several_years():
    doc = make_doc(["继续教育学时证明", "2022年度学习情况见附表", "2023年度合计 90"], split=True)
    assert continuing_education._yearly_subtotal(index(doc)) is None
    doc = make_doc(["姓名 2022年度合计 2023年度合计", "李明华 90 96"], split=True)
    assert continuing_education._yearly_subtotal(index(doc)) is None


def test_a_payee_s_account_name_is_no_holder():
    doc = make_doc(["继续教育培训费收据", "收款户名：李明华", "2023年度继续教育 共计90学时"])
    assert values(doc).get("name") is None
