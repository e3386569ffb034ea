from __future__ import annotations

from _docs import make_doc, table_doc

from extractors import annual_assessment

_HEADER = ("考核年度", "考核等次", "考核意见", "单位盖章", "登记日期")


def values(doc):
    return {f.name: f.value for f in annual_assessment.extract(doc).fields}


def test_a_yearly_card_attests_its_latest_filled_row():
    doc = table_doc(
        _HEADER,
        [("2015年", "合格", "同意。", "", "2016.1.5"),
         ("2016年", "优秀", "评为优秀。", "", "2017.1.9"),
         ("", "", "", "某某局", ""),  # the stamp's words over the table, in their own line
         ("2017年", "基本合格", "同意。", "", "2018.1.7"),
         ("2018年", "", "", "", "")],  # a row kept for the next year, not yet filled
        above=["专业技术人员考核登记卡", "姓名：王芳 性别：女"],
        below=["说明：本卡逐年登记。"],
    )
    found = values(doc)
    assert (found["year"], found["result"], found["name"]) == ("2017", "基本合格", "王芳")


def test_a_form_of_one_year_still_reads_its_labels():
    doc = table_doc(("考核年度", "考核等次"), [("2021年", "优秀")],
                    above=["年度考核登记表", "姓名：王芳"])
    assert (values(doc)["year"], values(doc)["result"]) == ("2021", "优秀")


def _spaced_table_doc():
    """A unit's summary of everyone's ratings, its header labels printed spaced out over
    their cells (姓  名, 考 核 结 果), a count of each grade in a row above the staff list."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    def w(x, y, text):
        return Word(text, BBox(x, y, x + 12.0 * len(text), y + 12.0), 0.95)

    words = [w(200, 30, "某某县人民医院2023年度工作人员考核结果汇总表"),
             w(40, 60, "单位：某某县人民医院")]
    counts = ("应考核人数", "优秀", "合格", "基本合格", "不合格")
    words += [w(40 + 110 * i, 90, t) for i, t in enumerate(counts)]
    words += [w(40 + 110 * i, 112, t) for i, t in enumerate(("4", "1", "3", "0", "0"))]
    header_y = 140
    words += [w(40, header_y, "序"), w(64, header_y, "号"),
              w(130, header_y, "姓"), w(170, header_y, "名"),
              w(250, header_y, "科"), w(290, header_y, "室"),
              w(380, header_y, "考"), w(404, header_y, "核"), w(428, header_y, "结"),
              w(452, header_y, "果")]
    staff = [("1", "韦丽华", "内科", "优秀"), ("2", "蒙志强", "外科", "合格"),
             ("3", "覃小燕", "儿科", "合格"), ("4", "黎明", "药剂科", "合格")]
    for r, row in enumerate(staff):
        y = header_y + 24 * (r + 1)
        words += [w(x, y, t) for x, t in zip((52, 140, 262, 404), row, strict=True)]
    words += [w(40, 280, "单位意见：同意。"), w(300, 280, "主管部门审核意见：同意备案。"),
              w(300, 300, "2024年1月20日")]
    return ReadDocument("考核.pdf", "0" * 64, (Page(1, 842.0, 595.0, tuple(words), "text_layer"),))


def test_a_staff_list_under_spaced_header_labels_gives_each_persons_row():
    from extractors import own_row

    ex = annual_assessment.extract(_spaced_table_doc())
    assert [[f.value for f in row] for row in ex.rows] == [
        ["韦丽华", "优秀"], ["蒙志强", "合格"], ["覃小燕", "合格"], ["黎明", "合格"]]
    mine = own_row(ex, "覃小燕", None)
    assert (mine.value("name"), mine.value("result"), mine.value("year")) == (
        "覃小燕", "合格", "2023")
    # the counts row is no one's rating: a list without the applicant gives none
    assert own_row(ex, "张三", None).value("result") is None


def test_a_tally_of_votes_reads_the_applicants_own_row_only():
    """A 测评 tally's vote columns (称职（人）, 得票率) are labels, not values: the table is
    read row by row and the applicant's row, found by name, gives the result; a tally
    without the applicant gives neither name nor result."""
    from extractors import own_row

    header = ("序号", "姓名", "科室", "称职（人）", "基本称职（人）", "不称职（人）", "评定等次",
              "得票率")
    rows = [("1", "韦丽华", "内科", "30", "2", "0", "称职", "93.8%"),
            ("2", "蒙志强", "外科", "12", "18", "2", "基本称职", "37.5%"),
            ("3", "覃小燕", "儿科", "29", "3", "0", "称职", "90.6%")]
    doc = table_doc(header, rows, above=["某某县人民医院", "2022年度职工考核测评情况统计表"],
                    below=["唱票人：黎明 记录人：韦冬"], col_x=[40 + 70.0 * i for i in range(8)])
    ex = annual_assessment.extract(doc)
    assert len(ex.rows) == 3
    mine = own_row(ex, "蒙志强", None)
    assert (mine.value("name"), mine.value("result")) == ("蒙志强", "基本称职")
    other = own_row(ex, "陆海燕", None)
    assert (other.value("name"), other.value("result")) == (None, None)


def test_a_list_of_ratings_whose_header_is_damaged_is_still_read_per_person():
    """A scan losing its header row still lists one person a line, name first and grade
    last: each line is a row, never the form's first row read as the holder's."""
    from extractors import own_row

    doc = make_doc(["某某建设集团2020年度考核测评结果", "号 名 别 票 果",
                    "1 陆海燕 女 经济师 5 24 1 合格", "甘志远 男 技术员 20 9 0 优秀",
                    "3 梁雪 女 会计 3 26 1 合格", "负责人：梁国栋"], split=True)
    ex = annual_assessment.extract(doc)
    assert ex.value("name") is None and ex.value("result") is None
    mine = own_row(ex, "甘志远", None)
    assert (mine.value("name"), mine.value("result")) == ("甘志远", "优秀")


def test_an_app_result_page_names_its_holder_in_a_heading_above_the_grade():
    """A 钉钉/企业微信 result page has no 姓名 label: its holder is the name heading the
    page above the grade; the approvers named later in its timeline are not."""
    page = ["14:02", "< 绩效结果", "甘志远", "某某建设集团有限公司", "2021年度考核等级", "优秀",
            "流程记录", "梁国栋", "部门审核 已同意", "陆海燕", "人事复核 已同意"]
    assert values(make_doc(page))["name"] == "甘志远"
    # without the heading, a name after the grade is no holder
    assert values(make_doc([line for line in page if line != "甘志远"])).get("name") is None


def _back_page(margin):
    """The back page of a 登记表 filed on its own: no 姓名 label, the unit's seal laid over
    the printed 考核委员会（小组）box and read run into its words."""
    return make_doc([*margin,
                     "主管领导评语：该同志全年完成各项任务，建议评为优秀。",
                     "考核委员会意见：经研究，确定该同志2019年度考核等次为优秀。",
                     "（小组南宁某某设计研究院（盖章））",
                     "2020年1月6日"])


def test_a_back_page_is_marked_with_its_holders_name_beside_the_year():
    found = values(_back_page(["（背面）", "陈志刚 2019 年度"]))
    assert (found.get("name"), found["year"], found["result"]) == ("陈志刚", "2019", "优秀")


def test_a_form_box_s_printed_words_are_not_the_unit_under_its_seal():
    assert values(_back_page(["（背面）"]))["unit"] == "南宁某某设计研究院"


def test_a_back_page_without_its_holders_mark_reads_no_name():
    assert values(_back_page(["（背面）"])).get("name") is None


def _system_record(file):
    """A personnel system's page of one person's ratings, a row per year, the clerk who
    entered each in the last column (经办人)."""
    from dataclasses import replace

    doc = table_doc(("年度", "考核结果", "经办人"),
                    [("2016", "称职", "黄敏"), ("2017", "优秀", "黄敏"), ("2018", "称职", "韦东")],
                    above=["员工档案查询", "姓名：覃海波 所在单位：某某县水利局"])
    return replace(doc, file=file)


def test_a_record_of_several_years_filed_as_one_years_attests_that_years_row():
    found = values(_system_record("覃海波_2017考核.pdf"))
    assert (found["year"], found["result"]) == ("2017", "优秀")


def test_a_record_of_several_years_filed_without_a_year_attests_the_latest():
    assert (values(_system_record("考核材料.pdf"))["year"],
            values(_system_record("2014年考核.pdf"))["year"]) == ("2018", "2018")


def test_a_pay_roster_carrying_each_persons_grade_gives_the_applicants_own_row():
    """A roster filed for something else (a 绩效工资 or 薪级 table) names the year rated in
    its grade column (2022年考核等次) beside pay columns: it is read row by row, the
    applicant's own row (found by name) gives the grade, and the first row's person is no
    holder."""
    from extractors import own_row

    header = ("序号", "姓名", "科室", "岗位工资", "薪级", "2022年考核等次", "生活补贴", "备注")
    rows = [("1", "韦丽华", "内科", "2110", "18级", "合格", "300", ""),
            ("2", "蒙志强", "外科", "1900", "21级", "基本合格", "300", "暂缓"),
            ("3", "覃小燕", "儿科", "2110", "15级", "优秀", "300", "")]
    doc = table_doc(header, rows, above=["某某县人民医院", "奖励性绩效工资核定表",
                                         "填报单位：某某县人民医院"],
                    below=["单位负责人：黎明"])
    ex = annual_assessment.extract(doc)
    assert ex.value("name") is None and ex.value("result") is None
    mine = own_row(ex, "蒙志强", None)
    assert (mine.value("name"), mine.value("result"), mine.value("year")) == (
        "蒙志强", "基本合格", "2022")


def test_a_forms_printed_grades_without_a_mark_give_no_grade():
    """A blank form prints every grade for the assessor to ring or tick one: the printed
    options are no rating, and with no mark read none is chosen (never the first)."""
    doc = make_doc(["机关事业单位工作人员年度考核表", "（2021年度）", "姓名：黎明",
                    "评定等次（请在选定的等次上打圈）：", "称职  基本称职  不称职",
                    "主管领导签字：韦东"])
    assert values(doc).get("result") is None


def _ringed_form(*ringed, around_line=False):
    """A blank 考核表 printing every grade, the assessor's pen ring drawn round some."""
    from dataclasses import replace

    from pipeline.model import BBox

    doc = make_doc(["机关事业单位工作人员年度考核表", "（2022年度）", "姓名 黎明",
                    "评定等次（请在选定的等次上打圈）：", "称职 基本称职 不称职",
                    "主管领导签字：韦东"], split=True, ocr=False)
    page = doc.pages[0]
    boxes = [w.bbox for w in page.words if w.text in ringed]
    if around_line:
        line = [w.bbox for w in page.words if w.text in ("称职", "不称职")]
        boxes = [BBox(line[0].x0, line[0].top, line[-1].x1, line[-1].bottom)]
    rings = tuple(BBox(b.x0 - 8, b.top - 6, b.x1 + 8, b.bottom + 6) for b in boxes)
    return replace(doc, pages=(replace(page, rings=rings),))


def test_the_grade_ringed_among_the_printed_ones_is_the_rating():
    assert values(_ringed_form("基本称职"))["result"] == "基本称职"
    assert values(_ringed_form("不称职"))["result"] == "不称职"


def test_two_grades_ringed_or_a_ring_round_the_whole_line_choose_none():
    assert values(_ringed_form("称职", "不称职")).get("result") is None
    assert values(_ringed_form(around_line=True)).get("result") is None
    assert values(_ringed_form()).get("result") is None


def test_a_notice_of_ones_own_result_names_its_addressee_and_the_quoted_grade():
    """A personnel office's text message or letter tells one person their grade: the person
    greeted (after the message's 【sender】, or 尊敬的…) is the holder, the grade the one the
    sentence gives, quoted or not; the greeting and the honorific may be wrapped over lines."""
    sms = ["9:03", "106575501234", "【南宁市某某人民医院】请于1月10日前提交年度总结。",
           "2023-01-16 10:20", "【南宁市某某人民医院】韦志强同",
           "志：您2022年度考核结果为“基本合格”，如有异议请联系人事处。"]
    found = values(make_doc(sms))
    assert (found.get("name"), found["result"], found["year"]) == ("韦志强", "基本合格", "2022")
    letter = ["尊敬的覃晓燕女士：", "您在2020年度考核中被评为「优秀」等次，特此告知。",
              "某某市第二中学人事科", "2021年1月8日"]
    found = values(make_doc(letter))
    assert (found.get("name"), found["result"]) == ("覃晓燕", "优秀")


def test_a_notice_greeting_everyone_or_two_people_names_no_holder():
    everyone = ["【某某区教育局】全体同志：2021年度考核结果为“合格”的名单已公示。"]
    assert values(make_doc(everyone)).get("name") is None
    two = ["【某某公司】黄丽同志：您2021年度考核结果为“合格”。",
           "【某某公司】蒙建华同志：您2021年度考核结果为“优秀”。"]
    assert values(make_doc(two)).get("name") is None


def test_an_article_obliging_a_party_to_be_assessed_is_no_assessment_record():
    """对乙方进行年度考核 / 接受年度考核 in an agreement's article is an obligation of that
    agreement; a record names the year's assessment as its subject."""
    article = make_doc([
        "第五条 用人单位按规定对受聘人员进行2021年度考核和聘期考核。",
        "第六条 受聘人员应接受年度考核，服从岗位安排。",
    ])
    assert annual_assessment.score(article) == 0
    record = make_doc(["某某区疾病预防控制中心", "2021年度考核登记表", "姓名 梁秋萍"])
    assert annual_assessment.score(record) >= 0.6


def test_a_grade_written_into_the_opinion_box_is_the_result():
    """The unit writes its verdict into the opinion box (考核意见：…等级为：基本合格) under its
    seal: that grade is the year's result, however the sentence leads up to it."""
    doc = make_doc(["专业技术人员年度考核表（2022年度）",
                    "姓名：覃海燕 单位：某某县水利局",
                    "主管部门考核小组意见：",
                    "经民主测评、综合评议，该同志年度考核等级为：基本合格",
                    "负责人签字：", "2023年2月8日"])
    assert values(doc)["result"] == "基本合格"


def test_a_printed_option_list_in_the_opinion_box_is_no_grade():
    """A box printing every grade with its option mark (优秀□ 合格□ …) was not filled in;
    nor does a box naming two different grades say which one is the person's."""
    blank = make_doc(["年度考核表（2022年度）", "姓名：覃海燕",
                      "考核小组意见：", "不合格□ 基本合格□ 合格□ 优秀□", "2023年2月8日"])
    assert values(blank).get("result") is None
    mixed = make_doc(["年度考核表（2022年度）", "姓名：覃海燕",
                      "考核小组意见：", "拟定合格，复核意见为不合格", "2023年2月8日"])
    assert values(mixed).get("result") is None


def test_grades_printed_plain_in_the_opinion_box_to_ring_one_are_no_grade():
    """A box printing every grade for one to be ringed (考核结果（圈选）： 不合格 基本合格 合格
    优秀), the ring unseen, names no grade: the last printed option, standing alone at its
    line's end, is not the one chosen."""
    doc = make_doc(["机关工作人员年度考核表（2021年度）", "姓名：蒙丽萍",
                    "单位意见：", "考核结果（圈选）：", "不合格 基本合格 合格 优秀",
                    "负责人签字：", "2022年1月12日"])
    assert values(doc).get("result") is None


def test_a_bonus_payroll_sheet_reads_the_applicants_own_row_and_no_measure_as_unit():
    """A payroll sheet paying the year's bonus lists every employee with their grade and money
    columns (奖金标准, 应发金额, 个税, 实发金额: labels, not values): the applicant's row is
    the one carrying their name, a sheet without them gives no name nor grade, and the
    measure printed over the table (单位：元) is never the unit, even run on into the header
    below it."""
    from extractors import own_row

    header = ("序号", "姓名", "科室", "2022年考核结果", "奖金标准", "应发金额", "个税",
              "实发金额", "签名")
    rows = [("1", "韦丽华", "内科", "合格", "两个月绩效", "8,100.00", "120.00", "7,980.00",
             "韦丽华"),
            ("2", "蒙志强", "外科", "优秀", "三个月绩效", "12,600.00", "310.00", "12,290.00",
             "蒙志强"),
            ("3", "覃小燕", "儿科", "基本合格", "不发放", "0.00", "0.00", "0.00", "")]
    doc = table_doc(header, rows, above=["某某县人民医院年终绩效奖金发放明细", "单位：元"],
                    below=["合计 20,270.00", "填报单位（盖章）：某某县人民医院"],
                    col_x=[40 + 100.0 * i for i in range(9)])
    ex = annual_assessment.extract(doc)
    assert len(ex.rows) == 3
    mine = own_row(ex, "蒙志强", None)
    assert (mine.value("name"), mine.value("result"), mine.value("year")) == (
        "蒙志强", "优秀", "2022")
    assert mine.value("unit") in (None, "某某县人民医院")
    other = own_row(ex, "陆海燕", None)
    assert (other.value("name"), other.value("result")) == (None, None)


def test_a_printed_list_of_grade_options_with_none_marked_names_no_grade():
    """A form printing every grade as an option to tick (称职 基本称职 不称职) whose mark was
    not read names no grade: the first option is print, never the unit's choice; a mark read
    beside one option still gives that one."""
    plain = make_doc(["机关工作人员年度考核登记表", "姓名：陆海燕 考核年度：2019年",
                      "考核结果：", "称职  基本称职  不称职", "主管领导签字："])
    assert values(plain).get("result") is None
    marked = make_doc(["机关工作人员年度考核登记表", "姓名：陆海燕 考核年度：2019年",
                       "考核结果：", "□称职  ☑基本称职  □不称职", "主管领导签字："])
    assert values(marked)["result"] == "基本称职"



def test_a_list_of_people_whose_rows_do_not_read_gives_no_holder():
    """A list of several people whose header carries a column no list foresees (领取方式), so
    its rows do not read as ratings: the first row's name and grade are nobody's in
    particular, and neither is read."""
    doc = make_doc(["某某县人民医院2021年度考核奖励发放清单", "序号 姓名 部门 考核等次 领取方式",
                    "1 韦丽华 内科 合格 转账", "2 蒙志强 外科 优秀 转账"], split=True)
    found = values(doc)
    assert (found.get("name"), found.get("result")) == (None, None)


def test_a_grade_written_before_a_legend_of_the_grades_is_read():
    """A grade written after its label and followed by a legend of all the grades is the
    unit's choice, not a list of options."""
    doc = make_doc(["机关工作人员年度考核登记表", "姓名：陆海燕 考核年度：2019年",
                    "考核结果：基本称职 （称职/基本称职/不称职）", "主管领导签字："])
    assert values(doc)["result"] == "基本称职"


def _file_check(statement, *, name_cell="韦秋燕（女）"):
    """A 干部人事档案 check sheet filled by the office keeping the file: one line per claim,
    the last years' ratings among them (earliest first), and a closing opinion."""
    return make_doc(["专业技术人员任职资格人事档案核查表",
                     "报送单位：某某市第二人民医院  档案存放：市人才服务中心",
                     "核查事项 档案记载 核查结果",
                     f"姓 名 {name_cell} 相符",
                     "出生年月 1988年11月 相符",
                     "2020年度考核 登记表存档 等次：优秀 相符",
                     "2021年度考核 登记表存档 等次：优秀 相符",
                     "2022年度考核 登记表存档 等次：基本合格 相符",
                     "核查意见：",
                     *statement,
                     "某某市人才服务中心（章） 2023年5月9日"])


def test_a_record_of_several_years_gives_the_grade_of_the_year_its_opinion_states():
    found = values(_file_check(["经逐项核查，所填信息与档案相符；",
                                "其2022年度考核结果为基本合格。"]))
    assert (found["year"], found["result"]) == ("2022", "基本合格")


def test_a_record_of_several_years_without_a_stated_year_reads_no_other_years_grade():
    found = values(_file_check(["经逐项核查，所填信息与档案相符。"]))
    assert (found.get("year"), found.get("result")) == (None, None)


def test_a_stated_grade_that_its_years_line_contradicts_is_not_read():
    found = values(_file_check(["其2022年度考核结果为优秀。"]))
    assert (found["year"], found.get("result")) == ("2022", None)


def test_a_name_cell_giving_the_sex_in_brackets_reads_the_name_alone():
    assert values(_file_check(["其2022年度考核结果为基本合格。"]))["name"] == "韦秋燕"
    assert values(_file_check([], name_cell="覃 明(男)"))["name"] == "覃明"


def test_a_published_notice_is_about_the_year_its_title_names_not_its_publication():
    """A website's 公示 page: published in the next year (its date line, the period below the
    sentence naming the assessment); the year assessed is the one the title names."""
    doc = table_doc(("序号", "姓名", "科室", "考核等次"),
                    [("1", "黎建国", "内科", "优秀"), ("2", "农丽萍", "药剂科", "优秀")],
                    above=["某某县中医医院", "关于2022年度考核结果的公示",
                           "发布日期：2023-01-30 点击：211",
                           "按照年度考核要求，现将2022年度考核优秀人员予以公示，公示时间",
                           "2023-01-30至2023年2月5日。"])
    assert values(doc)["year"] == "2022"


def test_a_work_report_names_its_author_and_no_clause_of_its_prose_as_the_unit():
    """A 述职报告 signed by its 述职人, the unit's name in its result box: a sentence whose
    phrase ends in an organisation's word (…为中心，…) is prose, never the unit."""
    doc = make_doc(["2021年度述职报告", "一、履职情况",
                    "本年度紧紧围绕以病人为中心，持续改进护理质量。",
                    "述职人：覃丽华", "2021年12月20日",
                    "某某县妇幼保健院", "年度考核结果", "考核等次：合格"])
    found = values(doc)
    assert (found["name"], found["unit"], found["result"]) == ("覃丽华", "某某县妇幼保健院", "合格")


def test_a_sentence_ending_in_an_organisation_word_is_never_the_unit():
    doc = make_doc(["2022年度个人总结", "全年工作以服务群众为中心，完成上级任务。",
                    "考核等次：优秀"])
    assert values(doc).get("unit") is None


def test_an_internal_bulletin_is_issued_by_the_unit_whose_office_compiles_it():
    """A 情况通报 compiled by a department of the unit: the unit before the department."""
    doc = make_doc(["情 况 通 报", "第5期", "某某县人民医院人事科编印  2023年2月3日",
                    "关于2022年度考核结果的通报",
                    "一、优秀等次：陆明、黄晓燕", "二、合格等次：韦国强、莫丽、蒙志刚"])
    assert values(doc)["unit"] == "某某县人民医院"
    doc = make_doc(["内部通讯", "某某市第三实验小学办公室编", "2022年度考核情况",
                    "优秀：李红梅、黄志"])
    assert values(doc)["unit"] == "某某市第三实验小学"


def test_minutes_naming_people_by_grade_give_each_persons_own_grade():
    """A 办公会议纪要 states the year's grades in sentences, one per grade, each listing its
    people (确定甲、乙等2名同志2023年度考核为优秀等次；确定…为合格等次), a name perhaps broken
    at a line's end: one row per person, the applicant's found by name; no grade is the
    document's own, and a list without the applicant gives none."""
    from extractors import own_row

    doc = make_doc(["某某县人民医院", "院长办公会议纪要", "〔2024〕第2期",
                    "2024年1月10日，院长主持召开院长办公会议，研究审定2023年度考核结果。",
                    "会议同意：确定韦丽萍、覃",
                    "志军等2名同志2023年度考核为优秀等次；确定黄春燕、莫国强、蓝",
                    "天等3名同志2023年度考核为合格等次。",
                    "出席：李院长、王副院长", "记录：黄春燕"])
    ex = annual_assessment.extract(doc)
    assert [[f.value for f in row] for row in ex.rows] == [
        ["韦丽萍", "优秀"], ["覃志军", "优秀"], ["黄春燕", "合格"], ["莫国强", "合格"],
        ["蓝天", "合格"]]
    assert "result" not in {f.name for f in ex.fields}
    mine = own_row(ex, "覃志军", None)
    assert (mine.value("result"), mine.value("year")) == ("优秀", "2023")
    assert own_row(ex, "张三", None).value("result") is None


def test_a_sentence_whose_verb_precedes_no_list_of_names_lists_no_one():
    doc = make_doc(["某某中学", "校务会议纪要",
                    "会议确定各科室负责人2023年度考核为优秀等次，其余人员另行研究。"])
    ex = annual_assessment.extract(doc)
    assert ex.rows == ()
    assert "name" not in {f.name for f in ex.fields}


def _mail(greeting: str, result_line: str, signature: list[str]):
    return make_doc(["关于2023年度绩效考核结果的通知",
                     "发件人：综合管理部 <hr@example.cn>",
                     "收件人：梁文静 <ljw@example.cn>",
                     greeting, result_line,
                     "如有异议，请在5个工作日内向综合管理部提出。", *signature])


def test_an_e_mail_of_ones_result_names_its_greeted_holder_grade_and_signing_unit():
    """An HR e-mail greets its one addressee (梁文静，您好！), states the grade after a colon
    (考核结果为：基本合格) and is signed by a block whose unit line stands above the contact
    lines."""
    doc = _mail("梁文静，您好！", "经公司绩效考核委员会审定，您2023年度考核结果为：基本合格。",
                ["综合管理部", "广西某某路桥工程有限公司", "电话：0771-1234567"])
    found = values(doc)
    assert (found["name"], found["result"], found["unit"]) == (
        "梁文静", "基本合格", "广西某某路桥工程有限公司")


def test_an_e_mail_to_everyone_with_the_grades_listed_and_a_person_signing_reads_none():
    doc = _mail("各位同事，您好！", "本年度考核结果为：优秀 合格 基本合格 不合格，详见附件。",
                ["王小明", "电话：0771-1234567"])
    found = values(doc)
    assert found.get("name") is None and found.get("result") is None
    assert found.get("unit") is None


def test_a_posted_staffs_form_names_the_sending_unit_not_the_host():
    """A form for staff the employer sent for the year to another unit (对口帮扶, 挂职,
    驻村): it names both units; the host grades the year, the sender confirms it for the
    file. The holder's unit is the sender, whichever of the two is printed first."""
    rows = ["对口帮扶专业技术人员年度考核表",
            "姓名 罗晓梅 性别 女 出生年月 1990.03",
            "受援单位 百色市田林县潞城瑶族乡卫生院",
            "派出单位 南宁市第二人民医院",
            "帮扶期限 2022.03-2023.02",
            "受援单位考核意见：该同志2022年度考核等次为：优秀。",
            "受援单位（盖章） 2023年2月20日",
            "派出单位意见：同意。",
            "派出单位（盖章） 2023年3月2日"]
    assert values(make_doc(rows, ocr=False))["unit"] == "南宁市第二人民医院"
    rows[2], rows[3] = rows[3], rows[2]
    assert values(make_doc(rows, ocr=False))["unit"] == "南宁市第二人民医院"


def test_a_sending_units_opinion_box_names_no_unit_of_its_own():
    # 派出单位 only as the head of an opinion box: no name after it, the unit's label is read
    rows = ["事业单位工作人员年度考核登记表（2021年度）",
            "工作单位：梧州市某某建筑设计院",
            "姓名：蒋立新",
            "派出单位意见：同意考核等次为合格。",
            "考核等次：合格"]
    assert values(make_doc(rows, ocr=False))["unit"] == "梧州市某某建筑设计院"


def _system_page(name_cell):
    """A school's print of a staff record system's 年度考核 page: the person's particulars in
    label rows (each pair set apart from the next by a wide gap), the year's query and a
    one-row result."""
    from pipeline.model import BBox, Page, ReadDocument, Word
    rows = [(40, 150, "姓名："), *name_cell, (280, 150, "性别："), (350, 150, "男"),
            (40, 172, "出生日期："), (100, 172, "1979-03-02"),
            (280, 172, "任职学校："), (350, 172, "某某县实验小学"),
            (40, 260, "考核年度："), (104, 260, "2016"),
            (50, 300, "序号"), (100, 300, "考核年度"), (170, 300, "考核结果"),
            (300, 300, "考核单位名称"),
            (58, 324, "1"), (105, 324, "2016"), (180, 324, "优秀"), (290, 324, "某某县实验小学")]
    words = tuple(Word(text, BBox(x, y, x + 9.5 * len(text), y + 9.5), 0.99, size=9.5)
                  for x, y, text in rows)
    return ReadDocument("考核.pdf", "0" * 64, (Page(1, 595.0, 842.0, words, "text_layer"),))


def test_a_record_systems_label_rows_give_the_name_beside_its_label():
    found = values(_system_page([(100, 150, "覃秋菊")]))
    assert (found.get("name"), found["year"], found["result"]) == ("覃秋菊", "2016", "优秀")


def test_a_blank_name_cell_before_the_next_label_reads_no_name():
    assert values(_system_page([])).get("name") is None


def test_a_notice_table_goes_on_past_a_line_of_rule_strokes():
    """A 公示 table may be crossed by a line drawn with characters (━━━━, a text-built
    table's rule, or a glass case's glare read as strokes): it is no row and does not end the
    list, so the applicant's row below it is read; a list without the applicant gives no
    one's grade."""
    from extractors import own_row

    header = ("序号", "姓名", "科室", "考核等次")
    rows = [("1", "梁秋月", "内科", "合格"), ("2", "覃建国", "外科", "优秀"),
            ("", "━━━━━━", "", ""), ("3", "黄丽萍", "药剂科", "基本合格"),
            ("", "────────", "", ""), ("4", "蒙志强", "检验科", "合格")]
    doc = table_doc(header, rows, above=["某某县中心医院", "关于2022年度考核结果的公示"],
                    below=["公示期：2023年1月5日至2023年1月11日"])
    ex = annual_assessment.extract(doc)
    assert [[f.value for f in row] for row in ex.rows] == [
        ["梁秋月", "合格"], ["覃建国", "优秀"], ["黄丽萍", "基本合格"], ["蒙志强", "合格"]]
    mine = own_row(ex, "黄丽萍", None)
    assert (mine.value("name"), mine.value("result")) == ("黄丽萍", "基本合格")
    other = own_row(ex, "陆海燕", None)
    assert (other.value("name"), other.value("result")) == (None, None)


def test_a_line_of_words_under_a_notice_table_still_ends_it():
    """Only a line of rule strokes alone is passed over: a line with words in the name
    column that are no name (备注) ends the list, and the name after it is not a row."""
    header = ("序号", "姓名", "科室", "考核等次")
    rows = [("1", "梁秋月", "内科", "合格"), ("2", "覃建国", "外科", "优秀"),
            ("", "备注：—— 无", "", ""), ("", "黄丽萍", "", "优秀")]
    ex = annual_assessment.extract(table_doc(header, rows, above=["关于2022年度考核结果的公示"]))
    assert [[f.value for f in row] for row in ex.rows] == [["梁秋月", "合格"], ["覃建国", "优秀"]]


def test_a_seal_s_stray_character_does_not_part_the_signing_unit_from_its_date():
    """On a scanned 公示 the seal over the signature is read as a character of its own on a
    line (章) between the unit and the date: the unit above still signs it, not an
    organisation named in the notice's prose (根据公司《…办法》)."""
    page = ["关于2021年度考核结果的公示",
            "根据公司《员工考核管理办法》，现将本单位2021年度考核结果予以公示：",
            "公示期间如有异议，请向公司人事部反映。",
            "南宁市青秀建筑安装有限公司", "章", "2022年1月6日"]
    assert values(make_doc(page))["unit"] == "南宁市青秀建筑安装有限公司"
    # a line of words between the unit and the date parts them: the unit is no signature
    from extractors._fields import index, signatory

    assert signatory(index(make_doc(page))).value == "南宁市青秀建筑安装有限公司"
    parted = [*page[:4], "联系人韦志明", page[5]]
    assert signatory(index(make_doc(parted))) is None


def test_a_tick_written_after_a_grade_marks_that_grade_not_the_next():
    """A 考核登记表 filled in by hand ticks the grade after its word (优秀√  合格); a form
    printing its boxes after the grades (合格☑ 基本合格□) reads the same. A tick set between
    two grades with no gap on either side still goes to the one after it (□优秀☑合格)."""
    def graded(line):
        return values(make_doc(["事业单位工作人员年度考核登记表", "（2021年度）", "姓名：覃小兰",
                                line, "单位（章）"], split=True, ocr=False))["result"]

    assert graded("考核等次 优秀√ 合格 基本合格 不合格") == "优秀"
    assert graded("考核等次 优秀 合格√ 基本合格 不合格") == "合格"
    assert graded("考核等次 优秀□ 合格☑ 基本合格□ 不合格□") == "合格"
    assert graded("考核等次 □优秀☑合格 □基本合格") == "合格"
    assert graded("考核等次 ☑基本合格 □合格") == "基本合格"
    assert graded("考核等次 □优秀☑ 合格 □基本合格") == "合格"


def test_a_query_apps_result_page_names_the_user_in_its_profile_header():
    """人社 mini-program's 年度考核结果查询: the user's name and sex head the page over the
    masked ID number, the grade below in a label grid."""
    doc = make_doc(["柳州人社", "年度考核结果查询", "黄丽  女",
                    "身份证号：4502**************（已实名认证）", "考核年度 2022年度",
                    "工作单位 柳州市某某医院", "考核等次 合格"])
    assert (values(doc)["name"], values(doc)["result"]) == ("黄丽", "合格")


def test_a_foreign_invested_firms_bilingual_performance_review_is_the_years_assessment():
    """年度绩效评估表 / Annual Performance Review: a firm's annual assessment, its labels glossed
    in English (姓名 Name, 最终考核结果 Final Rating); a contract article obliging the employee
    to take the firm's yearly performance review is no such record."""
    from extractors import classify
    from pipeline.model import DocumentKind

    doc = make_doc(["某某会计师事务所有限公司  人力资源部 Human Resources Department",
                    "年度绩效评估表", "Annual Performance Review · FY2021",
                    "姓名 Name 覃小兰", "职位 Position 助理会计师",
                    "综合评定 / Overall Rating",
                    "最终考核结果 Final Rating：合格（Meets Expectations）",
                    "上级评语 / Manager's Comments"], split=True)
    assert classify(doc)[0] is DocumentKind.ANNUAL_ASSESSMENT
    assert (values(doc)["name"], values(doc)["result"]) == ("覃小兰", "合格")
    clause = make_doc(["第五条 乙方接受甲方年度绩效评估，评估结果作为续签依据。",
                       "第六条 甲方依法为乙方缴纳社会保险。"])
    assert classify(clause)[0] is not DocumentKind.ANNUAL_ASSESSMENT
    study = make_doc(["高校科研经费年度绩效评价体系研究", "王芳  李强",
                      "摘要：本文构建了高校科研经费年度绩效评价指标体系。"])
    assert classify(study)[0] is not DocumentKind.ANNUAL_ASSESSMENT


def test_a_year_is_never_the_tail_of_a_phone_number_above_the_heading():
    """A fax cover's 经办人 cell ends with the sender's phone (0771-5622019) on the line
    above the 年度考核情况证明 heading: its last four digits running into 年度 are no year. The
    year the letter states is read; a year standing alone before 年度 still is."""
    faxed = ["传 真", "收件单位 人事处 发件单位 办公室",
             "页 数 共1页 经 办 人 韦小红 0771-5622019", "年度考核情况证明",
             "兹证明莫志军同志原在我单位工作。", "该同志在我单位工作期间，2021年度考核等次为合格。",
             "南宁市第三中学", "2023年5月8日"]
    assert values(make_doc(faxed)).get("year") == "2021"
    alone = ["经办人 韦小红", "2019", "年度考核情况证明", "该同志考核等次为合格。"]
    assert values(make_doc(alone)).get("year") == "2019"


def _intranet_page(file):
    """A unit's personnel system (its name in the title bar) on 年度考核: a side menu beside
    the table of years, a preview of the printed 证明 on the right sharing its lines."""
    from dataclasses import replace

    from pipeline.model import BBox, Page, Word

    def row(y, cells):
        return [Word(t, BBox(x, y, x + 10 * len(t), y + 10), 0.99) for x, t in cells]

    words = (row(20, [(20, "广西某某水泥股份有限公司人力资源管理系统"), (700, "欢迎您，覃丽萍")])
             + row(60, [(20, "个人中心"), (200, "姓名：覃丽萍"), (700, "考核结果证明")])
             + row(100, [(200, "年份"), (260, "考核结果"), (340, "考核单位"), (520, "操作"),
                         (700, "兹证明覃丽萍同志考核")])
             + row(130, [(20, "年度考核"), (200, "2021"), (260, "称职"),
                         (340, "广西某某水泥股份有限公司"), (520, "查看"), (700, "特此证明。")])
             + row(160, [(20, "奖惩情况"), (200, "2020"), (260, "优秀"),
                         (340, "广西某某水泥股份有限公司"), (520, "查看")])
             + row(190, [(20, "培训记录"), (200, "2019"), (260, "称职"),
                         (340, "广西某某水泥股份有限公司"), (520, "查看")])
             + row(240, [(20, "服务中心"), (700, "某某水泥股份")])
             + row(260, [(700, "2022年3月1日")]))
    return replace(table_doc(("x",), []), file=file,
                   pages=(Page(1, 900, 600, tuple(words), "text_layer"),))


def test_an_intranet_page_of_several_years_reads_the_filed_years_row_and_the_systems_unit():
    found = values(_intranet_page("2020年度考核.pdf"))
    assert (found["year"], found["result"]) == ("2020", "优秀")
    assert found["unit"] == "广西某某水泥股份有限公司"


def test_an_intranet_page_filed_for_an_unlisted_year_reads_no_other_years_grade_as_it():
    found = values(_intranet_page("2018年度考核.pdf"))
    assert found.get("year") != "2018" or found.get("result") is None


def test_a_joint_unit_label_is_read_whole():
    """工作单位及岗位 labels the unit and the post together: its first words 工作单位 are no
    label there, so the unit is never read with 及岗位 run into it; the post is dropped."""
    doc = make_doc([
        "事业单位工作人员年度考核登记表",
        "（2022年度）",
        "姓名 覃晓东 性别 男",
        "工作单位及岗位 南宁市第三人民医院 主治医师",
        "现聘岗位等级 专业技术十级",
        "个人总结",
    ])
    assert values(doc)["unit"] == "南宁市第三人民医院"


def test_a_unit_label_of_its_own_is_still_read():
    """A plain 单位 label beside a 职务 label of its own is no joint label."""
    doc = make_doc([
        "年度考核登记表",
        "（2022年度）",
        "姓名 覃晓东",
        "单位 南宁市第三人民医院",
        "职务 主治医师",
    ])
    assert values(doc)["unit"] == "南宁市第三人民医院"


def _grid(rows_of_cells, *, file="doc.pdf"):
    """A page of table rows: each row a list of (x, text) cells, one Word a cell."""
    from pipeline.model import BBox, Page, ReadDocument, Word
    words, y = [], 40.0
    for cells in rows_of_cells:
        for x, text in cells:
            words.append(Word(text, BBox(x, y, x + 12.0 * len(text), y + 12.0), 0.95, size=12.0))
        y += 24.0
    return ReadDocument(file, file, (Page(1, 842.0, 595.0, tuple(words), "ocr:test 1.0"),))


def _ratings_list(file):
    years = [(400 + 70 * k, f"{2019 + k}年度") for k in range(5)]
    people = [("韦建国", ["称职", "称职", "优秀", "称职", "称职"]),
              ("覃秋萍", ["称职", "优秀", "基本称职", "称职", "优秀"]),
              ("陆海燕", ["优秀", "称职", "称职", "称职", "称职"])]
    return _grid([[(300, "2024年度卫生系列高级职称申报人员花名册")],
                  [(40, "报送单位：柳州市柳江区人民医院")],
                  [(40, "序号"), (90, "姓名"), (160, "职称"), (440, "近五年考核情况")],
                  years,
                  *[[(40, str(i + 1)), (90, n), (160, "主治医师"),
                     *[(x + 6, g) for (x, _), g in zip(years, grades)]]
                    for i, (n, grades) in enumerate(people)],
                  [(40, "填表人：黄丽")]], file=file)


def test_a_list_rating_each_year_reads_the_uploads_years_column_for_the_applicant():
    import extractors
    from extractors import own_row
    doc = _ratings_list("2021年度考核表.pdf")
    assert extractors.classify(doc, "annual_assessment")[0].value == "annual_assessment"
    assert extractors.classify(doc)[0].value == "annual_assessment"
    mine = own_row(annual_assessment.extract(doc), "覃秋萍", None)
    assert (mine.value("year"), mine.value("result")) == ("2021", "基本称职")
    assert mine.value("unit") == "柳州市柳江区人民医院"
    # an upload naming no year of the columns is the latest year's
    latest = own_row(annual_assessment.extract(_ratings_list("考核表.pdf")), "覃秋萍", None)
    assert (latest.value("year"), latest.value("result")) == ("2023", "优秀")


def test_a_line_of_years_without_a_ratings_head_is_no_list_of_ratings():
    from extractors._fields import index, rating_years
    doc = _grid([[(440, "近五年继续教育学时")],
                 [(400 + 70 * k, f"{2019 + k}年度") for k in range(3)],
                 [(90, "韦建国"), (406, "90"), (476, "96"), (546, "92")]])
    assert rating_years(index(doc)) is None


def _ratings_on_the_header_line(head, *, appointed=False):
    """A list whose year cells were read onto the header's line (序号 姓名 … 2020年 2021年
    2022年 备注), under a merged head over them."""
    years = [(470 + 60 * k, f"{2020 + k}年") for k in range(3)]
    post = [(250, "聘任职务")] if appointed else [(250, "现任职称")]
    title = "专业技术人员聘任花名册" if appointed else "专业技术人员职称评审人员名册"
    people = [("黄志明", ["合格", "优秀", "合格"]), ("莫小兰", ["优秀", "合格", "基本合格"]),
              ("梁文斌", ["合格", "合格", "优秀"])]
    return _grid([[(300, f"2023年度{title}")],
                  [(40, "报送单位（盖章）：桂林市某某建筑设计院")],
                  [(490, head)],
                  [(40, "序号"), (90, "姓名"), (160, "出生年月"), *post, *years, (660, "备注")],
                  *[[(40, str(i + 1)), (90, n), (160, "1988.05"), (250, "工程师"),
                     *[(x + 6, g) for (x, _), g in zip(years, grades)]]
                    for i, (n, grades) in enumerate(people)],
                  [(40, "填表人：韦丽")]], file="2021年度考核表.pdf")


def test_year_cells_read_onto_the_header_line_still_head_the_ratings_columns():
    import extractors
    from extractors import own_row
    doc = _ratings_on_the_header_line("近三年考核等次")
    assert extractors.classify(doc, "annual_assessment")[0].value == "annual_assessment"
    assert extractors.classify(doc)[0].value == "annual_assessment"
    mine = own_row(annual_assessment.extract(doc), "莫小兰", None)
    assert (mine.value("year"), mine.value("result")) == ("2021", "合格")
    assert mine.value("unit") == "桂林市某某建筑设计院"


def test_year_cells_on_a_header_line_under_no_ratings_head_are_no_ratings():
    from extractors._fields import index, rating_years
    assert rating_years(index(_ratings_on_the_header_line("近三年继续教育学时"))) is None


def test_a_roster_with_year_cells_on_its_header_line_stays_a_roster():
    """An appointment column (聘任职务) makes the list a 聘任花名册, ratings by year or not."""
    import extractors
    doc = _ratings_on_the_header_line("近三年考核结果", appointed=True)
    assert extractors.classify(doc)[0].value == "appointment_roster"


def _appointment_form(file):
    """A 干部任免审批表 whose 年度考核结果 cell lists the last three years on one line."""
    return make_doc(["干部任免审批表",
                     "姓 名 黎国栋 性 别 男 出生年月 1979.03",
                     "现任职务 某某县供电公司副科长",
                     "年度考核",
                     "2015年度考核称职，2016年度考核优秀，2017年度考核称职",
                     "结 果",
                     "呈报单位 某某县供电公司（盖章）",
                     "2018年3月2日"], file=file)


def test_a_form_listing_several_years_on_one_line_gives_the_filed_years_grade():
    found = values(_appointment_form("2016年度考核.pdf"))
    assert (found["year"], found["result"]) == ("2016", "优秀")


def test_a_form_listing_several_years_on_one_line_reads_none_unless_filed_as_one():
    for file in ("考核材料.pdf", "2019年度考核.pdf"):
        found = values(_appointment_form(file))
        assert (found.get("year"), found.get("result")) == (None, None)


def test_a_years_entry_naming_two_grades_gives_no_entry():
    doc = make_doc(["干部任免审批表", "年度考核结果",
                    "2015年度考核称职，2016年度考核优秀（原为称职）"], file="2016年度考核.pdf")
    assert values(doc).get("result") is None


def _labelled_years_form(cell, file):
    """A 干部任免审批表 scan whose 年度考核结果 label was read onto its entries' line, the
    entries' ；read as : (考核情况：2016年度考核称职:2017年度考核优秀)."""
    return make_doc(["干部任免审批表", "姓 名 蒙丽华 性 别 女 出生年月 1982.07",
                     "现任职务 某某市第二中学教研组长", cell, "呈报单位 某某市第二中学（盖章）"],
                    file=file)


def test_a_labelled_line_of_several_years_gives_the_filed_years_grade():
    found = values(_labelled_years_form(
        "考核情况：2016年度考核称职:2017年度考核优秀:2018年度考核称职", "2017年度考核.pdf"))
    assert (found["year"], found["result"]) == ("2017", "优秀")


def test_a_labelled_line_of_one_year_is_no_list_of_years():
    from extractors._fields import index
    doc = _labelled_years_form("年度考核结果 2017年度考核优秀", "2017年度考核.pdf")
    assert annual_assessment._year_entries(index(doc)) == {}


def test_a_labelled_line_whose_entry_names_two_grades_gives_no_grade():
    found = values(_labelled_years_form(
        "年度考核结果 2016年度考核称职:2017年度考核优秀（复核为称职）", "2017年度考核.pdf"))
    assert found.get("result") is None


def _pay_slip(seal_line, unit_line):
    return make_doc(["年度考核结果通知单", "姓名：黄丽娟", "您2022年度考核等次为“优秀”。",
                     seal_line, unit_line, "打印时间：2023-01-09"])


def test_a_seal_label_cut_at_its_lines_end_is_no_part_of_the_unit():
    found = values(_pay_slip("经办：韦强 单位盖", "桂林市漓江水务有限公司"))
    assert found["unit"] == "桂林市漓江水务有限公司"


def test_a_unit_whose_name_opens_with_gai_keeps_it():
    found = values(_pay_slip("经办：韦强 单位：盖州市宏达建材有限公司", "备注：无"))
    assert found["unit"] == "盖州市宏达建材有限公司"


def _grades_sheet(staff, header=("序号", "姓名", "部门", "考核等次", "签收情况")):
    """An online sheet of a department's grades whose header holds a column no list foresees
    (签收情况), so its rows do not read as ratings; a name masked (陆**) reads as no name."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    def w(x, y, text):
        return Word(text, BBox(x, y, x + 12.0 * len(text), y + 12.0), 0.95)

    columns = (40, 100, 200, 320, 420)
    words = [w(150, 30, "钦州市某某燃气有限公司2023年度员工考核等次汇总")]
    words += [w(x, 60, t) for x, t in zip(columns, header, strict=True)]
    for r, row in enumerate(staff):
        words += [w(x, 84 + 24 * r, t) for x, t in zip(columns, row, strict=True) if t]
    return ReadDocument("考核.pdf", "0" * 64, (Page(1, 842.0, 595.0, tuple(words), "ocr:t 1"),))


def test_a_grade_atop_a_column_of_several_peoples_grades_is_not_the_holders():
    """Several people's grades, a row each, whose rows did not read (the first row's name
    lost): the first grade is a colleague's as likely as the applicant's, so none is read."""
    found = values(_grades_sheet([("1", "陆**", "客服部", "基本合格", "已签收"),
                                  ("2", "黎春华", "输配部", "优秀", "已签收"),
                                  ("3", "莫永强", "安检部", "合格", "已签收")]))
    assert found.get("result") is None and found.get("name") is None


def test_a_list_of_grades_whose_rows_read_gives_the_applicants_own_grade():
    from extractors import own_row

    doc = make_doc(["钦州市某某燃气有限公司2023年度员工考核结果", "序号 姓名 部门 考核等次",
                    "1 陆美玲 客服部 基本合格", "2 黎春华 输配部 优秀"], split=True)
    ex = annual_assessment.extract(doc)
    assert ex.value("result") is None
    assert own_row(ex, "黎春华", None).value("result") == "优秀"
    assert own_row(ex, "莫永强", None).value("result") is None


def test_a_one_person_form_whose_opinion_repeats_the_grade_still_reads_it():
    """A one-person form's grade beside its label, the unit's opinion repeating it below in
    the same column: one person's grade, read."""
    doc = make_doc(["事业单位工作人员年度考核登记表", "姓名 韦建军 考核年度 2022",
                    "考核等次 优秀", "单位意见 优秀"], split=True)
    assert values(doc)["result"] == "优秀"


def test_a_one_person_record_of_several_years_still_reads_the_filed_year():
    found = values(_labelled_years_form(
        "考核情况：2020年度考核合格:2021年度考核优秀:2022年度考核合格", "2021年度考核.pdf"))
    assert (found["year"], found["result"]) == ("2021", "优秀")


def test_a_one_persons_record_a_year_a_row_with_its_clerk_named_keeps_its_grade():
    """A personnel site's record of one person, a year a row, the clerk who entered each
    named at its end: the rows are years, not people, so the grade atop them stays read."""
    doc = _grades_sheet([("1", "2022", "优秀", "2023-01-12", "覃桂芬"),
                         ("2", "2021", "合格", "2022-01-13", "覃桂芬")],
                        header=("序号", "考核年度", "考核等次", "确定时间", "录入人"))
    assert values(doc).get("result") == "优秀"
