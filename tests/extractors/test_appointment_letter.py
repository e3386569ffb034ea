from __future__ import annotations

from _docs import line_words, make_doc, table_doc, vertical_doc

from extractors import appointment_letter as al
from extractors._fields import index
from pipeline.model import Page, ReadDocument


def values(doc):
    return {f.name: f.value for f in al.extract(doc).fields}


def test_short_wording():
    doc = make_doc(
        [
            "聘    书",
            "兹聘任 张伟 同志为 助理工程师（职务），聘期自 2019年1月 至 2023年12月 。",
            "特发此聘书。",
            "柳州某某科技有限公司",
            "2019年1月1日",
        ]
    )
    assert values(doc) == {
        "name": "张伟",
        "title": "助理工程师",
        "start": "2019-01",
        "end": "2023-12",
        "issued_on": "2019-01-01",
        "unit": "柳州某某科技有限公司",
    }


def test_template_wording_with_qualification_date():
    doc = make_doc(
        [
            "兹聘任 李强 同志在 土木工程 专业 工程师 职务上，资格确认时间 2018.12.20，",
            "聘期从 2019年01月 至 2021年12月 止。",
            "聘任单位：（公章）  行政领导：（签章）",
            "柳州市某某设计",
            "研究院",
            "二〇一九年一月五日",
        ]
    )
    got = values(doc)
    assert got == {
        "name": "李强",
        "title": "工程师",
        "start": "2019-01",
        "end": "2021-12",
        "issued_on": "2019-01-05",
        "unit": "柳州市某某设计研究院",
    }


def test_labelled_form():
    doc = make_doc(
        [
            "聘任证书",
            "受聘人：王小红",
            "聘任职务：主治医师",
            "聘期：2020.03-2023.02",
            "聘任单位：柳州市某某医院",
            "签发日期：2020年3月1日",
        ]
    )
    assert values(doc) == {
        "name": "王小红",
        "title": "主治医师",
        "start": "2020-03",
        "end": "2023-02",
        "issued_on": "2020-03-01",
        "unit": "柳州市某某医院",
    }


def test_decision_appointing_several_people_lists_each_as_a_row():
    # a red-headed 决定: numbered clauses, one shared term; no one's name is the letter's
    doc = make_doc(
        [
            "某某市某某勘察设计有限公司文件",
            "某司人发〔2019〕7号",
            "关于聘任赵一鸣等3名同志专业技术职务的决定",
            "经研究，决定：",
            "一、聘任赵一鸣同志为高级工程师；",
            "二、聘任钱芳同志为助理工程师；",
            "三、聘任孙建国同志为工程师。",
            "以上人员聘期三年，自2019年7月1日起至2022年6月30日止。",
            "某某市某某勘察设计右限公司",
            "2019年6月20日",
            "抄送：公司各部门。",
            "某某市某某勘察设计有限公司办公室 2019年6月21日印发",
        ]
    )
    ex = al.extract(doc)
    assert {f.name: f.value for f in ex.fields} == {
        "start": "2019-07",
        "end": "2022-06",
        "issued_on": "2019-06-20",
        "unit": "某某市某某勘察设计有限公司",  # the issuer's mark, not the signature misread
    }
    rows = [{f.name: f.value for f in row} for row in ex.rows]
    assert rows == [
        {"name": "赵一鸣", "title": "高级工程师"},
        {"name": "钱芳", "title": "助理工程师"},
        {"name": "孙建国", "title": "工程师"},
    ]
    from extractors import own_row

    mine = {f.name: f.value for f in own_row(ex, "孙建国", None).fields}
    assert mine["name"] == "孙建国" and mine["title"] == "工程师"
    assert "name" not in {f.name for f in own_row(ex, "周某某", None).fields}


def test_minutes_listing_several_appointments_after_one_verb():
    doc = make_doc(
        [
            "会议纪要",
            "会议同意聘任周明同志为工程师、吴芳同志为助理工程师，聘期自2020年1月至2022年12月。",
            "某某市某某建设有限公司",
            "2019年12月28日",
        ]
    )
    ex = al.extract(doc)
    assert "name" not in {f.name for f in ex.fields}
    assert [{f.name: f.value for f in row} for row in ex.rows] == [
        {"name": "周明", "title": "工程师"},
        {"name": "吴芳", "title": "助理工程师"},
    ]


def test_post_agreement_names_the_appointee_as_party_b():
    """A 岗位聘任协议书: 乙方（受聘人） is the appointee, the post stated as 聘任职务为…; the
    phrase 专业技术工作 of a 现从事专业 line is no title."""
    doc = make_doc(
        [
            "岗位聘任协议书",
            "甲方(聘任单位) 柳州某某机械有限公司",
            "法定代表人 王某",
            "乙方(受聘人) 陈晓东",
            "现从事专业 专业技术工作",
            "根据公司专业技术职务聘任管理办法，甲乙双方订立本协议。",
            "第一条 甲方聘用乙方在专业技术岗位工作，聘任职务为经济师，职务等级为中级。",
            "第二条 岗位聘期三年，自2020.07.01至2023.06.30。",
            "甲方(盖章)： 乙方(签字)：陈晓东",
            "签订日期：2020年6月15日",
        ],
        ocr=False,
    )
    got = values(doc)
    assert (got["name"], got["title"]) == ("陈晓东", "经济师")


def test_signed_date_whose_day_mark_the_seal_covers():
    """2020年6月15 ▒: a two-digit day after 月 is whole though its 日 is lost; one digit may be
    the first of two the seal cut off, so that day stays unread."""
    lines = ["聘书", "王芳同志：", "兹聘请您担任助理会计师专业技术职务，",
             "聘期自2020年7月1日起至2023年6月30日止。", "聘任单位：柳州某某会计师事务所有限公司"]
    whole = values(make_doc([*lines, "2020年6月15 州某"]))
    cut = values(make_doc([*lines, "2020年6月1"]))
    assert (whole["issued_on"], cut["issued_on"]) == ("2020-06-15", "2020-06")


def test_seal_ring_read_beside_the_signature_and_the_date():
    """The seal over the signature: its ring, which repeats the unit's name, read on after the
    printed name (…有限公司某电气设) and after the date (2016年2月25日限公司); the unit is the
    printed name, never the words the date runs into."""
    doc = make_doc(["聘任证书", "赵某同志：", "经研究，聘任您为助理工程师（初级）岗位。",
                    "聘期：2016年3月至2019年2月", "柳州某某电气设备有限公司某电气设",
                    "柳州 2016年2月25日限公司"])
    assert values(doc)["unit"] == "柳州某某电气设备有限公司"


def test_party_b_in_a_clause_is_no_name():
    """乙方 running on into a clause (乙方受聘专业技术岗位…) is the party named in prose, not a
    label with the appointee's name after it."""
    doc = make_doc(["岗位聘任协议书", "甲方(聘任单位) 柳州某某机械有限公司", "乙方(受聘人)",
                    "乙方受聘专业技术岗位事宜订立本协议。", "聘任职务为工程师。"], ocr=False)
    assert "name" not in values(doc)


def test_a_letter_set_vertically_reads_right_to_left():
    doc = vertical_doc([
        "聘书", "兹聘请", "张伟同志为我单位", "助理工程师专业技术职务", "聘期自二〇一八年一月",
        "至二〇二〇年十二月", "此聘", "柳州某某科技有限公司", "二〇一七年十二月二十六日",
    ])
    assert values(doc) == {
        "name": "张伟",
        "title": "助理工程师",
        "start": "2018-01",
        "end": "2020-12",
        "issued_on": "2017-12-26",
        "unit": "柳州某某科技有限公司",
    }


def test_notice_listing_appointees_in_a_table_reads_each_line_as_a_row():
    # a hospital's 聘任通知: the appointees in a ruled table, each with their own term; the
    # applicant is not the first row, and no row's term is the notice's date
    doc = table_doc(
        ["序号", "科室", "姓名", "拟聘岗位", "聘期"],
        [
            ["1", "内科", "韦小兰", "主治医师", "2020.01-2024.12"],
            ["2", "外科", "覃志明", "副主任医师", "2020.07-2025.06"],
            ["3", "药剂科", "黎秋", "主管药师", "2020.01-2024.12"],
        ],
        above=["某某县人民医院文件", "某医人〔2019〕33号",
               "关于聘任韦小兰等3名同志专业技术职务的通知", "院内各科室：",
               "经医院聘任委员会评议，院长办公会研究，决定聘任下列同志："],
        below=["特此通知。", "某某县人民医院", "2019年12月16日"],
        col_x=[40, 90, 160, 230, 330],
    )
    ex = al.extract(doc)
    shared = {f.name: f.value for f in ex.fields}
    assert shared == {"issued_on": "2019-12-16", "unit": "某某县人民医院"}
    rows = [{f.name: f.value for f in row} for row in ex.rows]
    assert rows[1] == {"name": "覃志明", "title": "副主任医师",
                       "start": "2020-07", "end": "2025-06"}
    assert [r["name"] for r in rows] == ["韦小兰", "覃志明", "黎秋"]
    from extractors import own_row

    mine = {f.name: f.value for f in own_row(ex, "覃志明", None).fields}
    assert (mine["title"], mine["start"], mine["end"]) == ("副主任医师", "2020-07", "2025-06")


def test_attestation_whose_term_is_split_by_the_appointment_clause():
    # 自 A 起聘任其为 X …，聘期五年，至 B 止: one term; the letter's date is the signed one
    doc = make_doc(
        [
            "证  明",
            "兹证明王小明同志系我院在职职工。经医院职称聘任委员会评议，决定自2018年7月1日起",
            "聘任其为主治医师（中级）专业技术职务，聘期五年，至2023年6月30日止。",
            "特此证明。",
            "某某市第二人民医院",
            "2018年6月25日",
        ]
    )
    assert values(doc) == {
        "name": "王小明",
        "title": "主治医师",
        "start": "2018-07",
        "end": "2023-06",
        "issued_on": "2018-06-25",
        "unit": "某某市第二人民医院",
    }


def test_signed_date_unread_falls_back_to_the_printing_date_not_a_term_end():
    doc = make_doc(
        [
            "某某市某某学校文件",
            "关于聘任李华同志为一级教师的通知",
            "经研究，决定聘任李华同志为一级教师，自2019年9月1日起至2022年8月31日止。",
            "某某市某某学校",
            "抄送：各处室。",
            "某某市某某学校办公室 2019年8月26日印发",
        ]
    )
    assert values(doc)["issued_on"] == "2019-08-26"


def test_signed_date_read_later_than_the_printing_date_is_misread():
    doc = make_doc(
        [
            "某某市某某学校文件",
            "经研究，决定聘任李华同志为一级教师，自2019年9月1日起至2022年8月31日止。",
            "某某市某某学校",
            "2019年8月28日",
            "某某市某某学校办公室 2019年8月23日印发",
        ]
    )
    assert values(doc)["issued_on"] == "2019-08-23"


def test_a_renewal_notice_is_dated_above_its_tear_off_slip():
    # a school's 续聘 notice: the old term's end, a deadline for the slip, the notice's own
    # date above the cut line; below it the slip the teacher signs and dates on handing it back
    doc = make_doc([
        "续聘通知",
        "韦小红老师：",
        "你原聘中学一级教师职务的聘期于2020年8月31日期满，经考核，学校决定续聘你为",
        "中学一级教师，聘期自2020年9月1日起至2023年8月31日止。请于2020年9月10日前交回回执。",
        "柳州市第十二中学",
        "2020年8月20日",
        "------------------ 沿虚线裁开 ------------------",
        "回 执",
        "本人同意续聘，聘期自2020年9月1日起至2023年8月31日止。",
        "签名：韦小红    2020年9月3日",
    ])
    got = values(doc)
    assert got["issued_on"] == "2020-08-20"
    assert (got["start"], got["end"]) == ("2020-09", "2023-08")


def test_a_renewal_notice_whose_own_date_is_unread_takes_no_term_or_deadline_for_it():
    doc = make_doc([
        "续聘通知",
        "韦小红老师：",
        "你原聘中学一级教师职务的聘期于2020年8月31日期满，经考核，学校决定续聘你为",
        "中学一级教师，聘期自2020年9月1日起至2023年8月31日止。请于2020年9月10日前交回回执。",
        "柳州市第十二中学",
        "沿此线剪下",
        "回执：本人同意续聘。签名：韦小红 日期：2020年9月3日",
    ])
    assert "issued_on" not in values(doc)


def test_a_letter_appointing_by_renming_reads_like_one_appointing_by_pinren():
    # 任命 appoints as 聘任 does: the letter is an appointment letter and the name stops before
    # 同志, the verb not taken into it (nor a three-character name lost behind it)
    doc = make_doc(
        [
            "专业技术职务任命书",
            "经院务会议研究，兹任命欧阳丽华同志为主管护师。",
            "任期：2021年7月至2024年6月。",
            "柳州市某某妇幼保健院",
            "2021年6月28日",
        ]
    )
    assert al.score(doc) >= 0.6
    got = values(doc)
    assert got["name"] == "欧阳丽华"
    assert got["title"] == "主管护师"
    assert (got["start"], got["end"]) == ("2021-07", "2024-06")

    short = make_doc(["决定任命韦敏同志为讲师，任期三年。", "某某职业技术学校", "2018年9月1日"])
    assert values(short)["name"] == "韦敏"


def test_a_signers_name_is_not_the_head_of_the_unit_below_it():
    # 董事长：陆建平 over a seal read as 有限公司 alone: no unit "陆建平有限公司"
    doc = make_doc(
        [
            "兹聘任 覃海 同志为 经济师，聘期自 2020年1月 至 2022年12月 。",
            "董事长：陆建平",
            "有限公司",
            "2019年12月30日",
        ]
    )
    assert values(doc).get("unit") is None


def test_a_letter_in_traditional_characters_reads_as_simplified():
    """A Taiwan/Hong Kong-funded unit's 聘書 says the same words in traditional script; the
    name and title are read as the simplified forms the application uses."""
    doc = make_doc(
        [
            "聘 書",
            "陳志遠女士/先生：",
            "茲聘請陳志遠女士/先生擔任本院 主治醫師 職務，聘期自 2020年7月 至 2023年6月 。",
            "南寧某某醫院有限公司",
            "2020年6月15日",
        ]
    )
    got = values(doc)
    assert got["name"] == "陈志远"
    assert got["title"] == "主治医师"
    assert (got["start"], got["end"]) == ("2020-07", "2023-06")


def test_a_post_at_our_unit_is_read_whatever_verb_precedes_it():
    """"任我单位 X 岗位": the post named before 职务/岗位 after the unit speaking of itself; a title
    word inside the unit's own name (某某会计师事务所) is never the post."""
    doc = make_doc(
        [
            "桂林某某会计师事务所有限公司",
            "韦小兰先生/女士：",
            "经研究，聘请韦小兰先生/女士出任我单位 助理审计师 岗位，聘期三年。",
            "2021年3月2日",
        ]
    )
    got = values(doc)
    assert got["name"] == "韦小兰"
    assert got["title"] == "助理审计师"


def test_a_cadre_form_reads_the_post_it_proposes_not_the_post_held_now():
    """干部任免审批表: 现任职务 is the post held now, 专业技术人员 the people in such posts; the
    appointment is under 拟任职务, its term in the 任免理由 box wrapped onto the box's label."""
    doc = make_doc(
        [
            "干部任免审批表",
            "姓  名 黎明辉 性  别 男",
            "专业技术职务 主管护师(任职资格)",
            "现任职务 专业技术人员",
            "拟任职务 聘任为主管护师专业技术职务",
            "经研究，拟聘任为主管护师专业技术职务，聘期2021.09-",
            "任免理由 2024.08，请予审批。",
            "呈报单位 某某市人民医院",
        ]
    )
    got = values(doc)
    assert got["title"] == "主管护师"
    assert (got["start"], got["end"]) == ("2021-09", "2024-08")


def test_a_term_whose_dash_ocr_read_as_one_between_arabic_dates():
    """2019.09一2022.08: between two dates in Arabic digits no Chinese numeral can stand."""
    doc = make_doc(
        [
            "干部任免审批表",
            "姓名 覃思远 性别 女",
            "拟任职务 聘任为主治医师专业技术职务",
            "经院务会研究，拟聘任为主治医师专业技术职务，聘期2019.09一2022.08，请予审批。",
        ]
    )
    got = values(doc)
    assert got["title"] == "主治医师"
    assert (got["start"], got["end"]) == ("2019-09", "2022-08")


def test_a_title_word_in_the_units_name_is_not_the_post():
    """The post unread, 会计师 in 某某会计师事务所 (the firm's name) is no title: left unread."""
    doc = make_doc(
        [
            "南宁市某某会计师事务所有限公司",
            "聘 书",
            "兹聘请 覃海燕 到本所工作，聘期自2022年3月至2025年2月。",
            "南宁市某某会计师事务所有限公司",
            "2022年2月20日",
        ]
    )
    assert values(doc).get("title") is None


def test_a_term_printed_as_two_labelled_dates_is_read_from_them():
    # another unit's slip: 开始时间 / 结束时间 labels, dates with slashes, the date signed later
    doc = make_doc(
        [
            "柳州市某某设计院",
            "专业技术职务聘任通知单",
            "姓名：黄立新",
            "聘任职务：高级工程师",
            "聘任开始时间：2021/07/01",
            "聘任结束时间：2026/06/30",
            "签发单位：柳州市某某设计院",
            "签发日期：2021年6月18日",
        ]
    )
    found = values(doc)
    assert (found["start"], found["end"], found["issued_on"]) == ("2021-07", "2026-06",
                                                                 "2021-06-18")


def test_a_blank_labelled_term_end_stays_unread():
    doc = make_doc(
        [
            "聘任通知单",
            "姓名：黄立新",
            "聘任职务：高级工程师",
            "起始日期：",
            "终止日期：",
            "签发日期：2021年6月18日",
        ]
    )
    found = values(doc)
    assert (found.get("start"), found.get("end")) == (None, None)


def test_a_printed_forms_fill_in_underlines_are_not_part_of_the_term():
    # a stationer's 聘任证书 filled in: the blanks' ruling read as _ runs between the values
    doc = make_doc(
        [
            "聘任证书",
            "韦丽娟 女士：",
            "兹聘任你为本院 主治医师",
            "聘任期限___2020年__9月起至__2023年_8_月止。",
            "柳州市某某人民医院",
            "二〇二〇年八月二十日",
        ]
    )
    found = values(doc)
    assert (found["start"], found["end"]) == ("2020-09", "2023-08")
    assert found["issued_on"] == "2020-08-20"


def test_a_signed_date_whose_printed_year_and_month_marks_were_lost():
    # the form's 年/月 printed in a colour the scan dropped; the values, in black, remain
    doc = make_doc(
        [
            "聘  书",
            "兹聘请 覃海燕 同志为本校 一级教师",
            "聘期自 2019年9月至 2022年8月止。",
            "柳州市某某中学",
            "2019   8   30日",
        ]
    )
    assert values(doc)["issued_on"] == "2019-08-30"
    doc = make_doc(
        [
            "聘  书",
            "兹聘请 覃海燕 同志为本校 一级教师",
            "聘期自 2019年9月至 2022年8月止。",
            "柳州市某某中学",
            "2019 30日",  # two numbers: which of year, month, day was lost cannot be told
        ]
    )
    assert values(doc).get("issued_on") is None


def test_a_qualified_reply_slip_heading_ends_the_letter():
    # a letter that asks for a signed slip back: the slip's date is the recipient's
    doc = make_doc(
        [
            "柳州某某建材有限公司",
            "聘用通知",
            "陆建平：",
            "公司决定聘用您担任 工程师 岗位，聘用期限 2023年1月1日至2025年12月31日。",
            "请在三日内签妥下方回执交综合办公室。",
            "柳州某某建材有限公司",
            "2022年12月20日",
            "",
            "报到回执单",
            "本人已收到聘用通知。签名：陆建平",
            "日期：2022年12月25日",
        ]
    )
    assert values(doc)["issued_on"] == "2022-12-20"


def test_a_signature_half_hidden_by_the_seal_is_read_from_the_name_printed_in_full():
    # the seal's blots part the signed name into pieces; the certificate's note prints it whole
    doc = make_doc([
        "聘 任 证 书",
        "王丽 同志：",
        "兹聘请您担任 工程师 职务，聘期自 2020年3月 至 2023年2月 。",
        "南宁市青秀 理咨询有限公司",
        "2020年3月1日",
        "本证书由南宁市青秀区建安工程管理咨询有限公司印制，凭编号可查验真伪。",
    ], split=True)
    assert values(doc)["unit"] == "南宁市青秀区建安工程管理咨询有限公司"


def test_a_signature_missing_a_character_under_the_seal_takes_the_letters_own_print():
    doc = make_doc([
        "聘    书",
        "经南宁市城建投资集团有限公司研究决定，兹聘任 陈刚 同志为 高级工程师 ，",
        "聘期自 2018年7月 至 2021年6月 。",
        "南宁市城投资集团有限公司",
        "2018年6月28日",
    ])
    assert values(doc)["unit"] == "南宁市城建投资集团有限公司"


def test_a_piece_of_a_sealed_signature_is_never_the_unit():
    # only the tail of the name is legible and nothing prints it whole: unread, not a fragment
    doc = make_doc([
        "聘    书",
        "兹聘任 赵敏 同志为 助理工程师 ，聘期自 2021年9月 至 2024年8月 。",
        "桂林市七星 勘测设计院",
        "2021年9月1日",
    ], split=True)
    assert "unit" not in values(doc)


def test_a_date_read_after_the_term_ended_is_no_letters_date():
    """A letter appoints for a term to come or running: a date read after the term's end is a
    misread (a digit lost under the seal) and is left unread, unless the letter was reissued."""
    lines = [
        "专业技术职务聘任书",
        "经研究，决定聘请 黄晓岚 为主管护师，聘期从2010年7月到2013年6月。",
        "某某县人民医院",
        "二〇二〇年六月五日",
    ]
    got = values(make_doc(lines))
    assert (got["start"], got["end"]) == ("2010-07", "2013-06") and "issued_on" not in got
    reissued = values(make_doc([*lines[:2], "原件遗失，特此补发。", *lines[2:]]))
    assert reissued["issued_on"] == "2020-06-05"
    inside = values(make_doc([*lines[:3], "二〇一〇年六月五日"]))
    assert inside["issued_on"] == "2010-06-05"


def _two_sided_letter(heading: str) -> list[str]:
    """A 聘用书 a hospital and its physician sign: parties by role, numbered articles, one of
    them the annual assessment the post is held under."""
    return [
        heading,
        "聘用方（甲方）：某某县人民医院",
        "受聘方（乙方）：陈晓东",
        "一、甲方聘用乙方为主治医师（中级）专业技术岗位。",
        "二、聘用期限自2020年7月1日起至2023年6月30日止。",
        "三、聘期内乙方参加甲方组织的年度考核，考核结果作为续聘和调整岗位的依据。",
        "甲方（盖章）          乙方（签字）：陈晓东",
        "签订日期：2020年6月18日",
    ]


def test_a_letter_named_with_the_verb_in_full_is_an_appointment_not_an_assessment():
    """聘用书 / 岗位聘任书 name a 聘书; an article saying the holder is assessed each year is an
    obligation of the appointment, not an assessment record."""
    from extractors import classify
    from pipeline.model import DocumentKind

    doc = make_doc(_two_sided_letter("卫生专业技术人员聘用书"))
    assert classify(doc)[0] is DocumentKind.APPOINTMENT_LETTER
    assert classify(doc, "annual_assessment")[0] is DocumentKind.APPOINTMENT_LETTER


def test_an_agreement_names_the_post_its_second_party_is_appointed_to():
    # its heading set out letter by letter (聘 用 书 after 岗 位) is its name, not 岗位's value
    got = values(make_doc(_two_sided_letter("岗 位 聘 用 书")))
    assert got["name"] == "陈晓东" and got["title"] == "主治医师"
    assert (got["start"], got["end"], got["issued_on"]) == ("2020-07", "2023-06", "2020-06-18")


def test_a_red_headed_notice_is_issued_by_its_head_not_a_committee_in_its_prose():
    """单位 as a word of the notice's prose (…推荐、单位 / …评聘委员会审议) is no label: the
    unit's committee is not the unit; the red head names the issuer."""
    doc = make_doc([
        "南宁市第三中学文件",
        "南三中发〔2019〕7号",
        "关于聘任黎海燕等3名教师专业技术职务的通知",
        "各处室、年级组：",
        "经本人申请、教研组推荐、单位",
        "教师职务评聘委员会审议，决定聘任黎海燕等3名教师相应专业技术职务，",
        "聘期自2019年9月1日起至2022年8月31日止。",
        "附件：聘任人员名单",
        "2019年8月26日",
    ])
    assert values(doc)["unit"] == "南宁市第三中学"


def test_a_notice_appointing_its_addressee_as_you_is_an_appointment_letter():
    """A plain handwritten notice says 聘用你为 as a printed 聘书 says 聘用您为."""
    from extractors import classify
    from pipeline.model import DocumentKind

    doc = make_doc([
        "南宁市青秀区江南人民医院",
        "黎海燕同志：",
        "经院务会研究，聘用你为主管护师，",
        "聘期两年，自2020年7月起至2022年6月止。",
        "2020年6月15日",
    ])
    assert classify(doc)[0] is DocumentKind.APPOINTMENT_LETTER
    assert values(doc)["title"] == "主管护师"


def test_a_term_sentence_broken_beside_a_side_column_is_read_at_the_next_lines_start():
    """A letter shown beside another column on the same lines (a viewer's properties pane): a
    line's words past a wide gap are that column's; the term sentence broken at its line's
    end (自2020年 / 7月1日起…) goes on at the next line's start."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    def w(x, y, text):
        return Word(text, BBox(x, y, x + 10.0 * len(text), y + 10.0), 0.95)

    words = [w(40, 40, "某某县人民医院"), w(420, 40, "文档属性"),
             w(40, 70, "关于聘任陆海燕同志的决定"), w(420, 70, "创建者 办公室"),
             w(40, 100, "经院务会研究，决定聘任陆海燕同志为主治医师，聘期五年，自2020年"),
             w(420, 100, "页数 1"),
             w(40, 115, "7月1日起至2025年6月30日止。"), w(420, 115, "校验 通过"),
             w(240, 160, "某某县人民医院"), w(240, 175, "2020年6月18日")]
    doc = ReadDocument("聘任.pdf", "0" * 64, (Page(1, 595.0, 842.0, tuple(words), "text_layer"),))
    found = {f.name: f.value for f in al.extract(doc).fields}
    assert (found.get("start"), found.get("end")) == ("2020-07", "2025-06")
    assert found.get("issued_on") == "2020-06-18"


def test_a_viewers_window_title_is_the_files_name_and_the_letters_text_is_read_first():
    """A screenshot of a letter in a viewer shows the file's name as the window's title
    (关于聘任…的决定.pdf, a misread in it): the appointee is the one the letter's own words
    name."""
    doc = make_doc(["WPS - 关于聘任陆海蒸同志为主治医师的决定.pdf", "某某县人民医院",
                    "关于聘任陆海燕同志为主治医师的决定", "各科室：",
                    "经院务会研究，决定聘任陆海燕同志为主治医师。", "某某县人民医院",
                    "2020年6月18日"])
    assert values(doc)["name"] == "陆海燕"


def test_a_term_stated_as_its_effective_day_and_then_until_when_it_runs_is_read():
    """A decision's sentence may give the day the appointment takes effect (自…起执行) and then
    the end under the term's own word (任期至…): both ends of the term, in one sentence."""
    doc = make_doc(["某某县第二人民医院", "关于聘任专业技术职务的决定",
                    "经院务会研究，决定聘任韦丽萍为主管护师，自2011年9月1日起执行，任期至",
                    "2014年8月31日。", "某某县第二人民医院", "2011年8月20日"])
    found = values(doc)
    assert (found.get("start"), found.get("end")) == ("2011-09", "2014-08")
    assert found.get("issued_on") == "2011-08-20"


def test_a_later_date_after_the_term_word_in_another_sentence_is_no_end():
    """The end must be in the sentence that opened the term: a date in a later sentence
    (a review due by some day) is not the term's end."""
    doc = make_doc(["某某县第二人民医院",
                    "经院务会研究，决定聘任韦丽萍为主管护师，自2011年9月1日起执行。",
                    "聘期考核至2012年6月30日前完成。", "2011年8月20日"])
    assert values(doc).get("end") is None


FAX_COVER = ["2019-06-03 09:12 FROM:0772-5512003 P.001/002", "传 真",
             "收件人 覃海燕 收件单位 门诊部", "发件人 人事科 发件单位 融水县人民医院",
             "日期 2019.06.03 页数 2",
             "请将所附通知转交本人。"]


def test_a_faxs_transmission_header_and_cover_sheet_are_not_the_letters_date():
    """A letter received by fax carries the sending machine's header on each page and a cover
    sheet dated the day it was sent: neither is the letter's date; with the letter's own date
    unread, the 印发 date it went out on stands for it."""
    letter = ["2019-06-03 09:12 FROM:0772-5512003 P.002/002", "融水县人民医院文件",
              "关于聘任覃海燕同志专业技术职务的通知", "覃海燕同志：",
              "经研究，决定聘任你为主管护师，聘期自2019年7月1日起至2022年6月30日止。",
              "融水县人民医院", "2019年月28日", "融水县人民医院办公室 2019年5月28日印发"]
    found = values(make_doc(FAX_COVER, letter))
    assert found.get("issued_on") == "2019-05-28"


def test_a_signed_date_whose_day_was_lost_is_stood_for_by_its_months_issue_date():
    """The letter's date read without its day (2019年5月日: a seal over the digits) is no whole
    date; the 印发 date of that month stands for it, but never a 印发 date of another month."""
    body = ["融水县人民医院文件", "覃海燕同志：",
            "经研究，决定聘任你为主管护师，聘期自2019年7月1日起至2022年6月30日止。",
            "融水县人民医院", "2019年5月日"]
    same = values(make_doc(FAX_COVER, [*body, "融水县人民医院办公室 2019年5月28日印发"]))
    assert same.get("issued_on") == "2019-05-28"
    other = values(make_doc(FAX_COVER, [*body, "融水县人民医院办公室 2019年6月2日印发"]))
    assert other.get("issued_on") == "2019-05"


def test_a_unit_name_printed_in_clear_wins_over_its_read_under_the_seal():
    """A letterhead prints the unit in clear; the signature under the seal is misread by a
    character or two (桂林→挂林, 工程 → 工呈): the clear line is the unit's name."""
    doc = make_doc(
        [
            "桂林某某路桥工程有限责任公司",
            "聘 任 书",
            "李晓红女士：",
            "经研究，聘任您为高级会计师，聘期：2021年9月至2024年8月。",
            "挂林某某路桥工呈有限责任公司",
            "2021年8月30日",
        ]
    )
    assert values(doc)["unit"] == "桂林某某路桥工程有限责任公司"


def test_a_different_unit_printed_elsewhere_leaves_the_signature_as_read():
    """Two names many characters apart are two units: the signing one stands."""
    doc = make_doc(
        [
            "南宁某某建筑设计研究院",
            "聘 任 书",
            "李晓红女士：",
            "经研究，聘任您为高级会计师，聘期：2021年9月至2024年8月。",
            "南宁某某建筑设计研究院第三分院",
            "2021年8月30日",
        ]
    )
    assert values(doc)["unit"] == "南宁某某建筑设计研究院第三分院"


def test_a_title_wrapped_at_the_lines_end_is_read_whole():
    """The sentence wraps where the line is full, inside the title (助 / 理经济师): the
    title is the whole word, not the grade above it that fits on the second line."""
    doc = make_doc(
        [
            "关于聘任陈晓东同志专业技术职务的通知",
            "各部门：经研究，决定聘任陈晓东同志为助",
            "理经济师专业技术职务，聘期自2020年7月1日起至2023年6月30日止。",
            "南宁某某物流股份有限公司",
            "2020年6月28日",
        ]
    )
    assert values(doc)["title"] == "助理经济师"


def test_a_title_on_one_line_is_read_as_printed():
    doc = make_doc(
        [
            "关于聘任陈晓东同志专业技术职务的通知",
            "各部门：经研究，决定聘任陈晓东同志为经济师专业技术职务，",
            "聘期自2020年7月1日起至2023年6月30日止。",
            "南宁某某物流股份有限公司",
            "2020年6月28日",
        ]
    )
    assert values(doc)["title"] == "经济师"


def test_a_letters_serial_number_is_no_date():
    """编号：钦人聘2019-11 is the office's abbreviation, a year and a sequence: with the
    signed date unreadable the letter's date is left unread, not read as 2019-11."""
    doc = make_doc(
        [
            "聘  书",
            "编号：钦人聘2019-11",
            "黄丽萍同志：",
            "经研究，决定聘任您为主管护师，聘期自2019年5月1日起至2022年4月30日止。",
            "钦州市某某医院",
            "2019年月16日",
        ]
    )
    assert values(doc).get("issued_on") is None


def test_a_serial_number_leaves_the_signed_date_read():
    doc = make_doc(
        [
            "聘  书",
            "编号：钦人聘2019-11",
            "黄丽萍同志：",
            "经研究，决定聘任您为主管护师，聘期自2019年5月1日起至2022年4月30日止。",
            "钦州市某某医院",
            "2019年4月16日",
        ]
    )
    assert values(doc)["issued_on"] == "2019-04-16"


FORWARDING_NOTICE = [
    "桂林市某某中心医院文件",
    "桂某医发〔2021〕8号",
    "关于转发《关于同意桂林市某某中心医院聘任韦海燕同志专业技术职务的批复》的通知",
    "院属各科室：",
    "现将桂林市卫生健康委员会《关于同意桂林市某某中心医院聘任韦海燕同志专业技术职务的批复》",
    "转发给你们，请遵照执行。根据批复，聘任韦海燕同志为主治医师专业技术职务，",
    "聘期自2021年3月1日起至2024年2月29日止。",
    "附件：关于同意桂林市某某中心医院聘任韦海燕同志专业技术职务的批复",
    "桂林市某某中心医院",
    "2021年2月25日",
    "桂林市某某中心医院院办公室 2021年2月25日印发",
]
FORWARDED_REPLY = [
    "附件",
    "桂林市卫生健康委员会",
    "关于同意桂林市某某中心医院聘任韦海燕同志专业技术职务的批复",
    "桂林市某某中心医院：",
    "经研究，同意聘任韦海燕同志为主治医师，聘期自2021年3月1日起至2024年2月29日止。",
    "桂林市卫生健康委员会",
    "2021年2月9日",
]


def test_a_forwarding_notice_is_dated_by_its_unit_not_by_the_reply_it_attaches():
    """A unit's 转发 notice ends at its 版记 (the 印发 line); the superior's reply attached
    after it under 附件 has its own, earlier date, never the notice's."""
    values_ = values(make_doc(FORWARDING_NOTICE, FORWARDED_REPLY))
    assert values_["issued_on"] == "2021-02-25"
    assert values_["unit"] == "桂林市某某中心医院"


def test_a_notice_unsigned_before_its_imprint_is_dated_by_the_imprint_not_the_reply():
    notice = [line.replace("2021年2月25日", "2021年2月日") if line == "2021年2月25日" else line
              for line in FORWARDING_NOTICE]
    assert values(make_doc(notice, FORWARDED_REPLY))["issued_on"] == "2021-02-25"


def test_a_dated_page_after_an_enclosure_line_without_an_imprint_still_dates_the_letter():
    """Without a 版记 ending the letter, a 附件 line is the letter's own: its date stands."""
    doc = make_doc(
        [
            "关于聘任韦海燕同志专业技术职务的通知",
            "院属各科室：经研究，聘任韦海燕同志为主治医师，聘期自2021年3月1日起至2024年2月29日止。",
            "附件",
            "桂林市某某中心医院",
            "2021年2月25日",
        ]
    )
    assert values(doc)["issued_on"] == "2021-02-25"


COMPILED_PAGE = [
    "黄志刚专业技术职务任职资格申报材料",
    "二、聘任材料",
    "（一）现聘专业技术职务聘书",
    "聘  书",
    "编号：南某人2020-07",
    "黄志刚同志：",
    "经研究，决定聘任您为工程师，聘期自2020年9月1日起至2023年8月31日止。",
    "特发此证。",
    "南宁市某某水利勘测设计院",
    "2020年月28日",
    "图2-1 现聘专业技术职务聘书（原件扫描件）",
    "说明：本人现受聘于南宁市某某水利勘测设计院，聘书原件已由单位人事部门审核，聘任文",
    "件见第9页。",
]


def test_an_applicants_note_under_a_pasted_letter_is_not_the_letter():
    """A page of the applicant's compiled materials: the letter's scan, its caption and a note
    in the applicant's voice (说明：本人现受聘于…). The unit is the letter's signature, never the
    note's sentence; the serial number under the heading is no date."""
    got = values(make_doc(COMPILED_PAGE))
    assert got["unit"] == "南宁市某某水利勘测设计院"
    assert got.get("issued_on") is None


def test_an_applicants_note_is_never_read_as_the_unit_when_the_letter_has_none():
    page = [line for line in COMPILED_PAGE if line != "南宁市某某水利勘测设计院"]
    assert values(make_doc(page)).get("unit") is None


def test_only_a_note_in_the_applicants_voice_is_set_apart():
    """注：本聘书… is the letter's own footnote, no applicant's note: only a 说明/注 that
    speaks as 本人 is the applicant's, and it runs to the page's end."""
    own = make_doc(["聘  书", "注：本聘书由南宁市某某水利勘测设计院人事科统一编号。"])
    assert al._applicant_notes(index(own)) == []
    noted = index(make_doc(COMPILED_PAGE))
    (start, end), = al._applicant_notes(noted)
    assert noted.text[start:end].startswith("说明:本人现受聘于")
    assert noted.text[start:end].endswith("件见第9页。")


#: A 转正定级 form from a personnel file: the post tried in (见习岗位) and the grade given.
GRADING_FORM = [
    "高等院校毕业生见习期满转正定级审批表",
    "填报单位：南宁市江南区财政局",
    "姓名 韦丽萍 见习岗位 会计员",
    "工作单位 南宁市江南区财政局",
    "见习期 自2019年7月至2020年6月",
    "单位考核意见 见习期考核结果为合格。",
    "转正定级意见 同意韦丽萍同志按期转正，定级为助理会计师（初级）专业技术职务，聘期自",
    "2020年7月1日起至2023年6月30日止。",
    "单位（盖章）：南宁市江南区财政局",
    "2020年6月24日",
]


def test_a_grading_form_appoints_to_the_grade_not_the_probation_post():
    found = values(make_doc(GRADING_FORM, split=True))
    assert found["title"] == "助理会计师"
    assert (found["start"], found["end"]) == ("2020-07", "2023-06")


def test_a_grading_form_whose_grade_is_unread_does_not_give_the_probation_post():
    lost = [line.replace("定级为助理会计师（初级）", "定级为▇▇▇▇（初级）") for line in GRADING_FORM]
    assert values(make_doc(lost, split=True)).get("title") is None


def test_a_grade_of_pay_is_not_a_title_and_the_letters_own_title_stands():
    doc = make_doc([
        "聘    书",
        "兹聘任 覃海峰 同志为 工程师，聘期自 2021年1月 至 2023年12月 。工资定级为专技十级。",
        "钦州市某某水利工程有限公司",
        "2021年1月1日",
    ])
    assert values(doc)["title"] == "工程师"


def test_a_letter_recounting_an_earlier_grading_appoints_to_the_post_it_gives_now():
    doc = make_doc([
        "关于聘任黎文军同志专业技术职务的通知",
        "黎文军同志2012年转正定级为助理工程师，经研究，现聘任黎文军同志为工程师，",
        "聘期自2019年1月1日起至2021年12月31日止。",
        "玉林市某某公路养护中心",
        "2018年12月25日",
    ])
    assert values(doc)["title"] == "工程师"


def _beside_a_list(name_x):
    """A 聘书 scanned with a staff phone list lying to its left: the list's rows are read on
    the same lines as the letter, its last row beside the letter's salutation."""
    rows = [("通讯录", None), ("韦小燕 6021", None), ("覃建国 6034", "聘  书"),
            ("莫丽 6047", "罗金凤 同志："),
            ("", "兹聘任您为我单位 主管护师 专业技术职务，聘期自2021年3月1日起至2024年2月29日止。"),
            ("", "百色市人民医院"), ("", "2021年2月26日")]
    words, y = [], 40.0
    for left, right in rows:
        if left:
            words.extend(line_words(left, y, split=True, size=10.0))
        if right:
            words.extend(line_words(right, y, x=name_x, size=16.0))
        y += 26.0
    return ReadDocument("pinshu.pdf", f"beside-{name_x}", (Page(1, 595.0, 842.0, tuple(words),
                                                                  "text_layer"),))


def test_a_salutation_past_a_gap_after_another_papers_words_names_the_appointee():
    got = values(_beside_a_list(name_x=160.0))
    assert got["name"] == "罗金凤"
    assert got["title"] == "主管护师"


def test_a_name_run_up_to_other_words_with_an_ordinary_space_is_no_salutation():
    # the list's row and the name a word-space apart: one line of one paper, not a salutation
    got = values(_beside_a_list(name_x=40.0 + 12.0 * 2 + 6.6 * 4 + 6.6 + 4.0))
    assert got.get("name") is None


def test_a_notice_printed_from_the_units_website_is_not_signed_by_its_footer():
    # a browser's print of the site's 通知公告 page: the seal over the signed date left it
    # unread, and under the notice the footer names the site's owner and its web vendor
    doc = make_doc(
        [
            "2022/5/9 16:02",
            "关于聘任韦小燕同志专业技术职务的通知-北海市海城区教育局",
            "北海市海城区教育局",
            "当前位置：首页>通知公告>正文",
            "发布时间：2019-08-30 来源：办公室",
            "关于聘任韦小燕同志专业技术职务的通知",
            "经研究，决定聘任韦小燕同志为一级教师，聘期自2019年9月1日起至2022年8月31日止。",
            "特此通知。",
            "北海市海城区教育局",
            "2O19年月 日",
            "版权所有：北海市海城区教育局 技术支持：南宁某某网络科技有限公司",
            "Copyright © 2010-2022 2022年5月9日更新",
            "桂ICP备12345678号",
        ]
    )
    got = values(doc)
    assert got["unit"] == "北海市海城区教育局"
    assert got["issued_on"] != "2022-05-09"


def test_a_paper_letter_without_a_website_footer_is_signed_as_before():
    doc = make_doc(
        [
            "聘  书",
            "兹聘任黄志强同志为工程师，聘期自2020年4月1日起至2023年3月31日止。",
            "本证书所有权归聘任单位。",
            "钦州市某某水利工程有限公司",
            "2020年3月28日",
        ]
    )
    got = values(doc)
    assert got["unit"] == "钦州市某某水利工程有限公司"
    assert got["issued_on"] == "2020-03-28"


def _signed_on(date: str):
    return make_doc(
        [
            "聘  书",
            "覃海同志：",
            "兹聘任您为经济师，聘期自2021年7月1日起至2024年6月30日止。",
            "特发此证。",
            "梧州市某某农业发展有限公司",
            date,
        ]
    )


def test_a_signed_date_read_years_before_the_term_is_misread_and_left_unread():
    assert values(_signed_on("2018年6月20日")).get("issued_on") is None
    assert values(_signed_on("2017年7月20日")).get("issued_on") is None


def test_a_letter_signed_in_the_weeks_before_or_during_its_term_keeps_its_date():
    assert values(_signed_on("2021年6月25日"))["issued_on"] == "2021-06-25"
    assert values(_signed_on("2020年12月28日"))["issued_on"] == "2020-12-28"
    assert values(_signed_on("2021年9月3日"))["issued_on"] == "2021-09-03"
    assert values(_signed_on("2020年6月8日"))["issued_on"] == "2020-06-08"


def test_an_office_a_copy_goes_to_is_not_the_unit_that_signed():
    """A 聘任通知's 抄送 line under the letter names offices that receive copies; the unit is
    the signature above, even when the seal left its date unreadable."""
    doc = make_doc([
        "关于聘任覃小兰同志专业技术职务的通知",
        "各部门：",
        "经研究，决定聘任覃小兰同志为工程师，聘期自2020年1月1日起至2022年12月31日止。",
        "特此通知。",
        "柳州市某某水务有限公司",
        "7202O年18月2日",
        "抄送：单位领导班子成员、工会办公室、财务部。",
    ])
    assert values(doc)["unit"] == "柳州市某某水务有限公司"


def test_a_news_items_list_of_appointments_gives_each_person_a_row():
    """A unit newspaper's 人事动态 column: several appointments in one item, OCR reading the
    clause's comma as a middle dot (聘任朱亮洋同志为高级工程师·聘期三年); the heading it cites
    (《关于聘任朱亮洋等同志…的通知》) names 朱亮洋 and others, 等 no character of the name."""
    from extractors import own_row

    doc = make_doc([
        "人事动态",
        "经公司党委会研究，聘任丁福嘉同志为安全环保部副经理（副主任）·试用期一年。",
        "2015年12月26日，某某集团有限公司印发《关于聘任朱亮洋等同志专业技术职务的通知》",
        "决定聘任朱亮洋同志为高级工程师·聘期三年，自2016年1月至2018年12月。",
    ])
    ex = al.extract(doc)
    mine = own_row(ex, "朱亮洋", None)
    assert (mine.value("name"), mine.value("title")) == ("朱亮洋", "高级工程师")
    single = make_doc(["关于聘任覃小兰等同志为工程师的通知",
                       "决定聘任覃小兰同志为工程师，聘期三年，自2016年1月至2018年12月。"])
    assert (values(single)["name"], values(single)["title"]) == ("覃小兰", "工程师")


def _record(rows, *, header=("序号", "聘任职务", "聘任开始", "聘任结束", "发文日期", "状态"),
            bar="某某市人民医院 | 人力资源管理系统", user="韦海（工号 2031）退出", card="韦海"):
    # a unit's eHR self-service page (职称聘任 tab) printed from the browser, the personnel
    # office's certification under it: one row per appointment the holder has held
    return table_doc(header, rows, above=[bar + "    " + user, card, "专业技术职务聘任记录"],
                     below=["以上信息与本单位人事档案记载一致。", "2024.3.2"],
                     col_x=[40, 90, 190, 280, 370, 460])


def test_a_personnel_systems_record_reads_the_appointment_marked_current():
    doc = _record([["1", "住院医师", "2013-07-01", "2018-06-30", "2013-06-12", "已到期"],
                   ["2", "主治医师", "2018-07-01", "2023-06-30", "2018-06-20", "在聘"]])
    assert values(doc) == {
        "name": "韦海", "title": "主治医师", "start": "2018-07", "end": "2023-06",
        "issued_on": "2018-06-20", "unit": "某某市人民医院"}


def test_a_record_without_status_reads_the_latest_appointment_and_no_clerks_name():
    # printed by a clerk signed in under their own name: the card names another person, so
    # the top bar's user is nobody's name here
    doc = _record([["1", "助理工程师", "2016.01.01", "2018.12.31", "2015.12.20"],
                   ["2", "工程师", "2019.01.01", "2021.12.31", "2018.12.18"]],
                  header=("序号", "聘任职务", "起始日期", "终止日期", "发文日期"),
                  bar="某某建设集团有限公司 人事管理平台", user="蒙丽（工号 0087）", card="廖强")
    read = values(doc)
    assert (read["title"], read["start"], read["end"]) == ("工程师", "2019-01", "2021-12")
    assert read["unit"] == "某某建设集团有限公司"
    assert read.get("name") != "蒙丽"


def test_a_table_listing_people_is_no_record_of_one_persons_appointments():
    doc = table_doc(["序号", "姓名", "聘任职务", "聘任开始", "聘任结束"],
                    [["1", "覃志明", "副主任医师", "2020-07-01", "2025-06-30"]],
                    above=["关于聘任覃志明同志专业技术职务的通知"],
                    below=["某某县人民医院", "2020年6月20日"], col_x=[40, 90, 160, 260, 350])
    assert al._own_record(index(doc, fold=True, blanks=True)) is None


def _statement(decided, term, signed, *, heading=("关于韦小燕同志专业技术职务", "聘任情况的说明")):
    return make_doc([
        *heading,
        "钦州市职称改革工作领导小组办公室：",
        "我院韦小燕同志于2018年5月取得主治医师资格。因当时岗位暂无空缺，未能及时聘任。",
        f"{decided}，经我院院长办公会研究决定，聘任韦小燕同志为主治医师，{term}。",
        "特此说明。",
        "钦州市某某人民医院",
        signed,
    ])


def test_a_statement_about_an_appointment_dates_it_by_the_decision_it_narrates():
    """A personnel office's 聘任情况说明, written years later, narrates the unit's decision
    (2019年6月18日，经…研究决定，聘任…): that is the appointment's date, the statement's own
    date at its foot no date of the appointment, within the term or after it."""
    after = _statement("2019年6月18日", "聘期三年，自2019年7月1日起至2022年6月30日止",
                       "2023年4月12日")
    assert values(after)["issued_on"] == "2019-06-18"
    during = _statement("2021年12月20日", "自2022年1月1日起聘任，聘期三年", "2022年3月5日",
                        heading=("情况说明",))
    assert values(during)["issued_on"] == "2021-12-20"
    why = _statement("2019年6月18日", "聘期三年，自2019年7月1日起至2022年6月30日止",
                     "2023年4月12日", heading=("关于韦小燕同志聘任时间", "的说明"))
    assert values(why)["issued_on"] == "2019-06-18"


def test_a_statement_that_narrates_no_decision_gives_no_date():
    doc = make_doc(["关于覃海燕同志聘任情况的说明", "钦州市职称改革工作领导小组办公室：",
                    "覃海燕同志自2022年1月1日起受聘为会计师，聘期三年。", "特此说明。",
                    "钦州市某某会计师事务所有限公司", "2022年3月5日"])
    assert "issued_on" not in values(doc)


def test_a_letter_narrating_its_own_decision_is_dated_by_its_signature():
    """A 决定 itself, or a 聘书 with a note headed 说明 below it, is no statement about the
    appointment: its own date is the letter's."""
    decision = make_doc(["关于聘任韦小燕同志专业技术职务的决定", "各科室：",
                         "经2019年6月18日院长办公会研究，决定聘任韦小燕同志为主治医师，"
                         "聘期自2019年7月1日起至2022年6月30日止。",
                         "钦州市某某人民医院", "2019年6月21日"])
    assert values(decision)["issued_on"] == "2019-06-21"
    letter = make_doc(["聘    书", "经2019年6月18日院长办公会研究决定，聘任韦小燕同志为主治医师，",
                       "聘期自2019年7月1日起至2022年6月30日止。",
                       "钦州市某某人民医院", "2019年6月21日", "说明", "本聘书涂改无效。"])
    assert values(letter)["issued_on"] == "2019-06-21"
    notes_first = make_doc(["聘 任 说 明", "本聘书为受聘人专业技术任职的凭证。", "聘    书",
                            "经2019年6月18日院长办公会研究决定，聘任韦小燕同志为主治医师，",
                            "聘期自2019年7月1日起至2022年6月30日止。",
                            "钦州市某某人民医院", "2019年6月21日"])
    assert values(notes_first)["issued_on"] == "2019-06-21"


def test_a_label_run_into_a_sentence_names_no_one():
    """A 聘书's printed notes (本聘书是受聘人员履行岗位职责、享受相应待遇的凭证) hold 受聘人
    inside a sentence, whose 、 OCR may read as a name's dot: the appointee is the one the
    letter appoints, not the words after that label."""
    doc = make_doc(["注意事项", "一、本书受聘人要履行职责·享受相应待遇凭证。", "聘    书",
                    "兹聘任覃建平同志为工程师，聘期自2019年1月1日起至2021年12月31日止。",
                    "钦州市某某建设有限公司", "2018年12月26日"])
    assert values(doc)["name"] == "覃建平"


def test_a_name_label_opening_its_line_or_cell_is_read_run_together():
    for line in ("姓名覃建平 性别男", "编号：2019-07  受聘人覃建平", "受聘人 覃建平"):
        doc = make_doc(["聘    书", line, "聘任职务：工程师", "聘期：2019年1月至2021年12月",
                        "钦州市某某建设有限公司", "2018年12月26日"], split=True)
        assert values(doc)["name"] == "覃建平", line


def test_a_screens_clock_in_a_photo_of_the_preview_is_not_the_letters_date():
    """A photo of a monitor showing the letter's print preview also shows the taskbar's clock
    in the screen's corner, the time over the date (09:05 / 2021/7/2), read after the
    letter: the day the photo was taken, not the letter's date. A date in the letter's own
    text after a time of day (a meeting's 14:30, 2021年6月28日) is still read."""
    letter = ["聘 任 书", "兹聘任 蒙晓丹 同志为主治医师，聘期自2021年7月1日起至2024年6月30日止。",
              "钦州市第一人民医院", "2021年6月28日", "页码：1 页面：1/1"]
    assert values(make_doc(letter)).get("issued_on") == "2021-06-28"
    for clock in (["⊞ 搜索 09:05", "2021/7/2"], ["09:05", "2021-07-02"], ["09:05 2021/7/2"]):
        assert values(make_doc([*letter, *clock])).get("issued_on") == "2021-06-28"
    # no clock: the letter's date written 年月日 under a line ending in a time is its date
    plain = ["聘 任 书", "兹聘任 蒙晓丹 同志为主治医师，聘期自2021年7月1日起至2024年6月30日止。",
             "请于7月1日到人事科报到，时间 8:30", "钦州市第一人民医院", "8:30", "2021年6月30日"]
    assert values(make_doc(plain)).get("issued_on") == "2021-06-30"


def test_a_receiving_offices_stamp_above_the_notice_is_not_its_date_or_issuer():
    """The copy a department files carries its 收文登记章 in the top margin (检验科收文, with
    编号 and 日期 cells) and the head's pen note: the stamp's date is the day it came in, and
    the notice's red issuer mark, pushed below them, still names the unit (the signature
    under the seal read without its first characters)."""
    stamped = ["阅，请韦秀兰归档。 检验科收文", "覃 6.12 收文编号 2020-031", "日期 2020.6.11",
               "钦州市第二人民医院文件", "钦二医人〔2020〕14号",
               "关于聘任黄志强同志专业技术职务的通知",
               "各科室：", "经院长办公会研究决定：聘任黄志强同志为主管技师，聘期自2020年7月1日起至"
               "2023年6月30日止。", "特此通知。", "州市第二人民医院", "2020年6月10日"]
    found = values(make_doc(stamped))
    assert found.get("issued_on") == "2020-06-10"
    assert found.get("unit") == "钦州市第二人民医院"
    # with the signed date unread, the stamp's date never stands for it
    assert values(make_doc(stamped[:-1])).get("issued_on") != "2020-06-11"
    # no stamp: a line ending 收文 without the stamp's cells under it (the letter's own words),
    # or 编号 and 日期 cells under no 收文 heading (a form's own fields)
    prose = ["关于规范各科室收文", "办理工作的通知", "各科室：", "2020年6月10日"]
    form_cells = ["钦州市第二人民医院", "编号 2020-031", "日期 2020.6.11"]
    for lines in (prose, form_cells):
        assert al._received_stamp(index(make_doc(lines))) == []


def test_a_signed_date_cut_after_its_month_is_stood_for_by_its_months_issue_date():
    """The letter's date read to its month with the day and 日 lost under the seal (2019年5月
    ending its line) takes the 印发 date of that month; a 印发 date of another month does not
    stand for it."""
    body = ["融水县人民医院文件", "覃海燕同志：",
            "经研究，决定聘任你为主管护师，聘期自2019年7月1日起至2022年6月30日止。",
            "融水县人民医院", "2019年5月"]
    same = values(make_doc([*body, "融水县人民医院办公室 2019年5月28日印发"]))
    assert same.get("issued_on") == "2019-05-28"
    other = values(make_doc([*body, "融水县人民医院办公室 2019年6月2日印发"]))
    assert other.get("issued_on") == "2019-05"


def _notice(clauses, heading="关于聘任林晓东等同志专业技术职务的通知"):
    return make_doc(["某某县第二人民医院文件", "某医人〔2012〕9号", heading, "各科室：",
                     "经院务会研究，决定聘任下列同志专业技术职务：", *clauses,
                     "某某县第二人民医院", "2012年8月20日"])


def test_a_title_whose_grade_word_is_misread_is_not_read_as_the_lower_title():
    # 助埋会计师 is 助理会计师 misread; read alone, 会计师 would be a grade higher
    ex = al.extract(_notice(["聘任林晓东同志为助埋会计师，聘期三年。",
                             "聘任陈静同志为高级会计师，聘期同上。"]))
    rows = [{f.name: f.value for f in row} for row in ex.rows]
    assert rows == [{"name": "林晓东"}, {"name": "陈静", "title": "高级会计师"}]


def test_a_specialty_before_the_title_still_reads():
    doc = make_doc(["聘  书", "兹聘任 周强 同志为 电气工程师，聘期自 2019年1月 至 2021年12月 。",
                    "某某电力设备有限公司", "2019年1月1日"])
    assert values(doc)["title"] == "工程师"


def test_a_notice_for_several_reads_rows_even_when_one_clause_is_misread():
    # the heading's 等 says several are appointed: the one clause read may be a colleague's
    ex = al.extract(_notice([
        "聘任木晓东冈志为主治医师，聘期三年，自2012年9月1日起至2015年8月31日止。",
        "聘任陈静同志为主治医师，聘期同上。"]))
    assert "name" not in {f.name for f in ex.fields}
    assert [{f.name: f.value for f in row} for row in ex.rows] == [
        {"name": "陈静", "title": "主治医师"}]


def test_a_letter_for_one_person_keeps_its_name():
    got = values(make_doc(["关于聘任陈静同志专业技术职务的通知",
                           "聘任陈静同志为主治医师，聘期三年，自2012年9月1日起至2015年8月31日止。",
                           "某某县第二人民医院", "2012年8月20日"]))
    assert got["name"] == "陈静" and got["title"] == "主治医师"


def test_the_headings_appointee_run_into_a_misread_honorific():
    ex = al.extract(_notice(["聘任林东司志为主治医师，聘期三年。",
                             "聘任陈静同志为医师，聘期同上。"],
                            heading="关于聘任林东等同志专业技术职务的通知"))
    assert [f.value for row in ex.rows for f in row if f.name == "name"] == ["林东", "陈静"]
    other = al.extract(_notice(["聘任李明司志为主治医师，聘期三年。",
                                "聘任陈静同志为医师，聘期同上。"],
                               heading="关于聘任王芳等同志专业技术职务的通知"))
    assert "李明" not in [f.value for row in other.rows for f in row if f.name == "name"]


def test_a_term_bracketed_by_zi_and_zhi_whose_qi_is_misread():
    got = values(make_doc(["兹聘任 周强 同志为 工程师，聘期自2012年9月1日赶至2015年8月31日止。",
                           "某某电力设备有限公司", "2012年8月20日"]))
    assert (got["start"], got["end"]) == ("2012-09", "2015-08")
    got = values(make_doc(["兹聘任 周强 同志为 工程师，自2012年9月1日赶至2015年8月31日。",
                           "某某电力设备有限公司", "2012年8月20日"]))
    assert "start" not in got


def test_an_upload_systems_record_of_the_file_is_not_the_letters_date():
    """A screenshot of a 申报系统's preview of the scan shows the file's record above it
    (聘任证书.png 上传于 2019-05-08, 提交日期：2019/5/8): the day it was uploaded, never the
    letter's date, which is left unread when its own date is not read (a seal over it)."""
    letter = ["聘 书", "兹聘任 韦丽华 同志为主管护师，聘期自2019年1月1日起至2021年12月31日止。",
              "特发此聘书。", "钦州市第二人民医院"]
    for record in ("聘任证书.png（2.2MB） 上传于 2019-05-08", "提交日期：2019/5/8",
                   "附件 上传时间 2019-05-08 10:21"):
        assert "issued_on" not in values(make_doc([record, *letter]))
        # the letter's own date is still read
        dated = values(make_doc([record, *letter, "2018年12月20日"]))
        assert dated.get("issued_on") == "2018-12-20"


def test_a_gallery_photos_shooting_time_is_not_the_letters_date():
    """A screenshot of a phone's gallery with the letter's photo open and its 详细信息 below
    (拍摄时间 on a line of its own, the day and hour under it): the day it was photographed,
    never the letter's date; the letter's own date above is read."""
    letter = ["聘 书", "兹聘任 黄志明 同志为工程师，聘期自2015年3月1日起至2018年2月28日止。",
              "百色市某某建筑工程有限公司"]
    for info in (["详细信息", "拍摄时间", "2019年6月2日 08:31"], ["拍摄日期：2019年6月2日"]):
        assert "issued_on" not in values(make_doc([*letter, *info, "名称", "IMG_0412.jpg"]))
        dated = values(make_doc([*letter, "2015年2月20日", *info]))
        assert dated.get("issued_on") == "2015-02-20"
    # a letter signed under a line that only mentions a photo is still dated
    got = values(make_doc([*letter, "（附照片一张，拍摄人：王某）", "2015年2月20日"]))
    assert got.get("issued_on") == "2015-02-20"


def test_a_short_piece_of_the_signed_name_is_no_unit():
    """The seal's blots part the signature's name and only its tail is read (规划究院 for
    …城乡规划研究院): four characters ending with a bare 院/局/所 are a piece, unread; a short
    whole name ending with a two-character form (广西大学, 协和医院) is the unit."""
    letter = ["聘 书", "兹聘任 黄志明 同志为工程师，聘期自2015年3月1日起至2018年2月28日止。"]
    for piece in ("规划究院", "政资局", "测绘所"):
        assert "unit" not in values(make_doc([*letter, "城X", piece, "2015年2月20日"]))
    for whole in ("广西大学", "协和医院", "南宁市测绘所"):
        assert values(make_doc([*letter, whole, "2015年2月20日"])).get("unit") == whole


def _preview(between: str, x: float) -> ReadDocument:
    """A letter shown at x=260 beside a web page's menu at x=20, a line read at `x` between
    the two lines of its term's sentence."""
    rows = [(20, "个人信息"), (260, "兹聘任 韦丽华 同志为主管护师，聘期三年，自2020年7月1日"),
            (x, between), (260, "起至2023年6月30日止。"), (20, "材料上传"),
            (260, "钦州市第二人民医院"), (260, "2020年6月20日")]
    words = [w for i, (left, text) in enumerate(rows)
             for w in line_words(text, 60 + 20 * i, x=left)]
    return ReadDocument("preview.png", f"preview-{x}",
                        (Page(1, 900.0, 600.0, tuple(words), "ocr:test 1.0"),))


def test_a_menu_item_read_inside_the_term_sentence_is_another_columns():
    got = values(_preview("保存提交", 20))
    assert (got.get("start"), got.get("end")) == ("2020-07", "2023-06")
    # a line in the letter's own column between them is the letter's: no term is pieced
    # together across it
    got = values(_preview("（另见附件）", 260))
    assert "start" not in got and "end" not in got


def test_a_signed_days_mark_misread_as_a_second_month():
    """2019年11月18月: a date has one month, so a two-digit number after 月 that ends in a
    second 月 is the day, its 日 misread. One digit before it may be a cut-off day's first."""
    lines = ["聘书", "黄振宇同志：", "兹聘请您担任工程师专业技术职务，",
             "聘期自2019年12月1日起至2022年11月30日止。", "钦州市某某建筑设计院"]
    assert values(make_doc([*lines, "2019年11月18月"]))["issued_on"] == "2019-11-18"
    assert values(make_doc([*lines, "2019年11月8月"]))["issued_on"] == "2019-11"


_LETTER = ["聘  书", "韦丽华同志：", "兹聘任你为主治医师，聘期自2015年1月1日至2017年12月31日止。",
           "南宁市某某人民医院", "2014年12月28日"]
_CERTIFICATE = ["姓名 韦丽华", "工作单位 南宁市某某人民医院", "职称名称 主治医师",
                "批准日期 2014年11月30日", "评审委员会：广西卫生系列中级评审委员会",
                "发证机关 广西壮族自治区人力资源和社会保障厅", "2014年12月10日",
                "与原件相符", "韦丽华", "2019.6"]


def test_a_certificate_copied_below_the_letter_gives_neither_its_unit_nor_its_date():
    """多证合一: the 聘书 and the 职称证书 on one copied sheet. The certificate's issuer, its
    dates and the holder's pen note under it are another document's; the letter's unit and
    date are those signing the letter."""
    found = values(make_doc(_LETTER + _CERTIFICATE))
    assert found["issued_on"] == "2014-12-28"
    assert found["unit"] == "南宁市某某人民医院"
    assert found["title"] == "主治医师"


def test_a_certificate_copied_above_the_letter_ends_at_the_letters_heading():
    found = values(make_doc(_CERTIFICATE + _LETTER))
    assert found["issued_on"] == "2014-12-28"
    assert found["unit"] == "南宁市某某人民医院"


def test_a_letter_naming_the_qualification_it_rests_on_is_no_copied_certificate():
    """A 聘书 may cite the qualification (资格名称, 取得资格时间) and carry its own 证书编号 and
    发证日期: two labels of a certificate are no certificate, the letter's date is its own."""
    doc = make_doc(["聘任证书", "证书编号：桂医聘2017-031", "受聘人：覃建国",
                    "资格名称：主管药师", "取得资格时间：2016年12月",
                    "聘任职务：主管药师", "聘期：2017年2月至2020年1月", "聘任单位：百色市某某医院",
                    "发证日期：2017年1月20日"])
    found = values(doc)
    assert found["issued_on"] == "2017-01-20"
    assert found["unit"] == "百色市某某医院"


def _marked_up(title_line: str) -> list[str]:
    """A 聘书 photographed and circled with a finger in a phone's editor: the loop over the
    title's line may cost its last character and its 。."""
    return ["聘  书", "覃小燕同志：", "经医院专业技术职务聘任委员会评议，决定聘任", title_line,
            "聘期三年，自2019年7月1日起至2022年6月30日止。", "特发此书。",
            "河池市某某中心医院", "2019年6月20日"]


def test_a_title_running_on_into_the_term_sentence_is_left_unread():
    """决定聘任您为主管护 / 聘期三年: the title's end was lost, so no title is read, never the
    phrase run on into the term (主管护聘期三年)."""
    found = values(make_doc(_marked_up("您为主管护")))
    assert "title" not in found
    assert found["start"] == "2019-07"


def test_a_post_not_in_the_title_list_ending_its_sentence_is_read_as_written():
    assert values(make_doc(_marked_up("您为质控部总监。")))["title"] == "质控部总监"
    assert values(make_doc(_marked_up("您为主管护师。")))["title"] == "主管护师"


def test_a_notarial_certificate_bound_behind_the_copy_is_not_the_letters_date():
    """A notarised copy binds the notary's 公证书 behind the 聘书: its dates (the notarial date,
    years later, and the letter's date it quotes) are the notary's, never the letter's; a line
    reading 公证书 without the notary's words (公证员, 公证处) after it is no such certificate."""
    copy = ["聘 书", "兹聘任 韦丽萍 同志为主治医师，聘期三年，",
            "自2019年7月1日起至2024年6月30日止。",
            "南宁市第二人民医院", "2019年6月15日"]
    notary = ["公 证 书", "（2021）桂南证字第218号", "申请人：韦丽萍", "公证事项：复印件与原件相符",
              "兹证明前面的复印件与南宁市第二人民医院于2019年6月15日",
              "颁发给韦丽萍的《聘书》的原件相符。", "中华人民共和国广西壮族自治区",
              "南宁市南宁公证处",
              "公证员 陆明", "二〇二一年三月九日"]
    assert values(make_doc(copy, notary)).get("issued_on") == "2019-06-15"
    # a page headed 公证书 without a notary's words is left as it is read
    unsigned = ["南宁市第二人民医院", "聘任通知", "经研究，聘任韦丽萍为主治医师，",
                "聘期自2019年7月1日起至2022年6月30日止。", "公证书", "南宁市第二人民医院",
                "2019年6月18日"]
    assert values(make_doc(unsigned)).get("issued_on") == "2019-06-18"


def test_a_scanners_timestamp_is_not_the_letters_date():
    """A phone's scan of a 聘书 carries the app's caption with the scan's date and minute (OCR
    may glue the day to the hour): a machine's timestamp, never the letter's date; a date
    followed by other figures but no time of day is still read."""
    letter = ["聘 书", "兹聘请 蒙晓东 同志为工程师，聘期自2019年3月1日起至2024年2月28日止。",
              "北海市海景建筑设计院", "2019年2月", "扫描全能王 2022/07/1409:41"]
    assert values(make_doc(letter)).get("issued_on") == "2019-02"
    plain = ["聘 书", "兹聘请 蒙晓东 同志为工程师，聘期自2019年3月1日起至2024年2月28日止。",
             "北海市海景建筑设计院", "2019.2.20 第3号"]
    assert values(make_doc(plain)).get("issued_on") == "2019-02-20"
    # an electronic seal's 签章时间 is when the letter was signed, not a scanner's clock
    sealed = ["聘 书", "兹聘请 蒙晓东 同志为工程师，聘期自2019年3月1日起至2024年2月28日止。",
              "北海市海景建筑设计院", "签章时间 2019-02-20 10:02:32"]
    assert values(make_doc(sealed)).get("issued_on") == "2019-02-20"


def test_a_filing_offices_stamp_date_is_not_the_letters_date():
    """A 聘任通知 back from the 人社局 bears its 备案章 (准予备案, the bureau, 备案编号, 备案日期)
    over the letter's first lines: the day the bureau filed it is the bureau's. With the
    letter's own date lost under its seal, the 印发 date stands for it, never the stamp's."""
    letter = ["钦州市第三人民医院文件", "钦院人〔2019〕12号", "准予备案",
              "钦州市人力资源和社会保障局", "备案编号：QZ2019-0318",
              "全院各科室： 备案日期：2019年8月9日 李",
              "经院务会研究，决定聘任黄丽珍同志为主管护师，聘期自2019年8月1日起至2022年7月31日止。",
              "钦州市第三人民医院", "20年7月2日", "钦州市第三人民医院办公室 2019年7月22日印发"]
    assert values(make_doc(letter)).get("issued_on") == "2019-07-22"


def test_a_labelled_date_without_a_filing_stamp_is_still_read():
    """A notice dated in its heading (日期：…) with no 备案章 keeps that date: only a date cell
    on a filing stamp's lines is the office's."""
    letter = ["钦州市第三人民医院文件", "日期：2019年7月18日", "全院各科室：",
              "经院务会研究，决定聘任黄丽珍同志为主管护师，聘期自2019年8月1日起至2022年7月31日止。",
              "钦州市第三人民医院"]
    assert values(make_doc(letter)).get("issued_on") == "2019-07-18"


def test_a_signed_day_whose_mark_was_misread_is_confirmed_by_the_issue_date():
    """The letter's date read with its 日 misread (2019年5月28阳) keeps its month only; the
    digits after 月 being the 印发 date's day (28), that date stands for it; digits naming
    another day (2019年5月26阳 against 28日印发) leave the month as read."""
    body = ["融水县人民医院文件", "覃海燕同志：",
            "经研究，决定聘任你为主管护师，聘期自2019年7月1日起至2022年6月30日止。",
            "融水县人民医院"]
    printed = "融水县人民医院办公室 2019年5月28日印发"
    assert values(make_doc([*body, "2019年5月28阳", printed])).get("issued_on") == "2019-05-28"
    assert values(make_doc([*body, "2019年5月26阳", printed])).get("issued_on") == "2019-05"


def test_a_signed_date_its_term_shows_misread_is_stood_for_by_the_issue_date():
    """A signed date years before the term (2014年6月3日 on a letter for a 2019 term: a
    digit misread under the seal) is no date of the letter; the 印发 date stands for it when
    it fits the term, and nothing is read when it does not either."""
    body = ["河池市某某中学文件", "韦秀兰同志：",
            "经研究，决定聘任你为一级教师，聘期自2019年9月1日起至2022年8月31日止。",
            "河池市某某中学", "2014年6月3日"]
    fits = values(make_doc([*body, "河池市某某中学办公室 2019年6月3日印发"]))
    assert fits.get("issued_on") == "2019-06-03"
    off = values(make_doc([*body, "河池市某某中学办公室 2014年6月3日印发"]))
    assert off.get("issued_on") is None


def test_a_seal_ring_read_on_after_the_signed_name_is_cut_off():
    """The seal's ring, repeating the end of the unit's name, read on after the signature as
    one run (…医疗器械有限公司戒有限公司): the printed name is the unit. A run of another
    unit's words is no ring: two names glued, unread; a branch after its company stands."""
    def letter(signed):
        return make_doc(["聘 书", "兹聘请 韦海燕 同志为主管护师，聘期自2020年3月1日至2023年2月28日",
                         signed, "2020年2月20日"])
    name = "南宁某某医疗器械有限公司"
    assert values(letter(name + "戒有限公司"))["unit"] == name
    assert "unit" not in values(letter(name + "桂林华达五金有限公司"))
    branch = "中国某某保险股份有限公司桂林分公司"
    assert values(letter(branch))["unit"] == branch


def test_a_year_that_lost_its_zero_is_read_only_where_the_term_vouches_for_it():
    """二二一年 (二〇二一年 with its 〇 lost in the scan) can only be 2021: read so when the letter
    is signed in the months before its term; with no term, or a term it does not fit (one
    begun before it, or years after it), the year is a guess and stays unread."""
    def letter(term):
        return make_doc(["聘 书", f"兹聘请 覃丽萍 同志为经济师{term}。", "特发此聘书。",
                         "桂林某某物流有限公司", "二二一年十一月二十八日"])
    assert values(letter("，聘期自2022年1月1日至2024年12月31日"))["issued_on"] == "2021-11-28"
    assert "issued_on" not in values(letter(""))
    assert "issued_on" not in values(letter("，聘期自2019年1月1日至2021年12月31日"))
    assert "issued_on" not in values(letter("，聘期自2026年1月1日至2028年12月31日"))
