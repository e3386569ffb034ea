from __future__ import annotations

import pytest
from _docs import line_words, make_doc, table_doc

from extractors import degree
from pipeline.model import Page, ReadDocument


def values(doc):
    return {f.name: f.value for f in degree.extract(doc).fields}


def test_bachelor_degree():
    doc = make_doc(
        [
            "学  士  学  位  证  书",
            "张伟 ，男，一九九〇年三月十二日生。在 重庆大学 土木工程 专业 完成了本科学习计划，",
            "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予 工学 学士学位。",
            "重庆大学 校长 XXX   学位评定委员会主席 XXX",
            "证书编号：1061142012001234",
            "二〇一二年六月三十日",
        ]
    )
    assert values(doc) == {
        "name": "张伟",
        "school": "重庆大学",
        "major": "土木工程",
        "degree": "学士",
        "degree_number": "1061142012001234",
        "award_date": "2012-06-30",
    }


def test_line_break_inside_school_and_prefixed_number():
    doc = make_doc(
        [
            "硕士学位证书",
            "欧阳晓明，女，1990年3月12日生。在重庆大学城市科技",
            "学院机械工程专业完成了硕士研究生学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，",
            "授予工学硕士学位。",
            "学位证书编号：Z1061132015000123",
            "2015年6月30日",
        ]
    )
    got = values(doc)
    assert got["name"] == "欧阳晓明" and got["school"] == "重庆大学城市科技学院"
    assert got["major"] == "机械工程" and got["degree"] == "硕士"
    assert got["degree_number"] == "Z1061132015000123" and got["award_date"] == "2015-06-30"


def test_ocr_lookalikes_in_number():
    doc = make_doc(["学士学位证书", "证书编号：1O6ll42Ol2OO1234"])
    assert values(doc)["degree_number"] == "1061142012001234"


def _scanned(date_line, number="1061142012001234"):
    return make_doc([
        "学士学位证书",
        "张伟，男，1990年3月12日生。在重庆大学土木工程专业完成了本科学业，",
        "授予工学学士学位。",
        "重庆大学校长",
        date_line,
        f"证书编号：{number}",
    ])


def test_a_date_whose_year_lost_characters_takes_the_year_its_number_encodes():
    assert values(_scanned("二〇二年六月三十日"))["award_date"] == "2012-06-30"
    assert values(_scanned("一二年六月二十"))["award_date"] == "2012-06-20"


def test_an_arabic_digit_misread_among_chinese_numerals_counts_as_lost():
    # a 〇 read as 6 on a binarised scan: the Chinese numerals round it still say 2012
    assert values(_scanned("二6一二年六月三十日"))["award_date"] == "2012-06-30"
    assert values(_scanned("二06二年六月二十日"))["award_date"] == "2012-06-20"


def test_a_damaged_date_keeps_only_what_it_can_vouch_for():
    # 十七 may be a 二十七 that lost its 二: the month only
    assert values(_scanned("一二年六月十七日"))["award_date"] == "2012-06"
    # surviving digits that are not the number's year: nothing
    assert "award_date" not in values(_scanned("一五年六月三十日"))
    # no month to read: nothing
    assert "award_date" not in values(_scanned("一二年六十七日"))


def test_a_date_whose_year_was_lost_whole_opens_its_line_with_month_and_day():
    assert values(_scanned("六月三十日"))["award_date"] == "2012-06-30"
    assert values(_scanned("六月十七日"))["award_date"] == "2012-06"
    # a month alone, with neither year nor day, is no date one can vouch for
    assert "award_date" not in values(_scanned("六月"))
    # a month inside a line is words of a sentence, not a date's remains
    assert "award_date" not in values(_scanned("某某六月三十日"))


def test_a_year_still_to_come_is_a_misread_left_unread():
    assert "award_date" not in values(_scanned("二〇八二年六月三十日"))


def test_the_school_named_by_its_degree_committee():
    doc = make_doc(["证书编号：1061132004001854", "硕士学位证书",
                    "王芳，女，1980年6月生，以同等学力在我校结构工程学科（专",
                    "业）通过硕士学位的课程考试和论文答辩，成绩合格。授予工学硕士学位。",
                    "东海大学学位评定委员", "主席 某某某", "2004年6月22日"])
    assert values(doc)["school"] == "东海大学"


def test_replacement_certificate_dates_the_award_in_prose_not_its_own_date():
    """A 学位证明书 (the certificate was lost) is dated when it is issued, years later: the
    award's date is the one the prose says the degree was awarded on."""
    doc = make_doc(
        [
            "学位证明书",
            "（2019）学位证明字第015号",
            "李明，男，1988年5月生，在我校土木工程专业完成了本科学业，成绩合格，经某某大学",
            "学位评定委员会审核，符合《中华人民共和国学位条例》的规定，于2011年6月28日被授予工学学士",
            "学位。原学位证书编号：1061142011001234。",
            "某某大学学位评定委员会",
            "2019年3月5日",
        ]
    )
    assert values(doc)["award_date"] == "2011-06-28"


def test_a_professional_degree_names_its_field_the_major():
    # 专业学位: 在…领域完成了…专业学位研究生培养计划; the 专业 of 专业学位 is no major's end
    doc = make_doc(["硕士学位证书", "（专业学位）",
                    "李红，女，1988年5月生。在本校建筑与土木工程领域完成了建筑学硕士专业学位",
                    "研究生培养计划，成绩合格，授予建筑学硕士专业学位。",
                    "东海大学学位评定委员会", "2014年6月28日"])
    assert values(doc)["major"] == "建筑与土木工程"
    doc = make_doc(["硕士学位证书", "王强，男，1985年1月生。在东海大学计算机技术领域完成了",
                    "工程硕士专业学位研究生培养计划，授予工程硕士专业学位。", "2013年6月30日"])
    assert values(doc)["school"] == "东海大学" and values(doc)["major"] == "计算机技术"


def test_an_arabic_date_whose_year_lost_digits_takes_the_year_its_number_encodes():
    assert values(_scanned("012年6月30日"))["award_date"] == "2012-06-30"
    assert values(_scanned("12年6月28日"))["award_date"] == "2012-06-28"
    # a one-digit day may be a 27 that lost its 2: the month only
    assert values(_scanned("012年6月7日"))["award_date"] == "2012-06"
    # digits that are not the number's year: nothing
    assert "award_date" not in values(_scanned("015年6月30日"))


def test_a_committee_name_with_a_character_misread_still_names_the_school():
    """The committee's name sits over its stamp, where OCR drops or misreads a character of
    学位评定委员会; a school name left ending in a bare 学 before 学位 (its 大 misread) is read
    as it stands, never mended into a guess (the rules find it not well-formed)."""
    body = ["学士学位证书", "李明，男，1990年3月2日生。在本校软件工程专业完成了第二学士学位教育，",
            "修完规定的课程，成绩合格，授予工学学士学位。"]
    doc = make_doc([*body, "西江大学学位评审泰员会", "主席：某某某", "2015年6月30日"])
    assert values(doc)["school"] == "西江大学"
    doc = make_doc([*body, "西江夫学学位评定委员会", "主席：某某某", "2015年6月30日"])
    assert values(doc)["school"] == "西江夫学"
    doc = make_doc([*body, "西江师范学院学位评委员会", "主席：某某某", "2015年6月30日"])
    assert values(doc)["school"] == "西江师范学院"


def test_an_unlabelled_date_of_another_year_than_the_numbers_is_left_unread():
    """The degree number's digits 7-10 are the year of the award: a printed date of another
    year (〇一一 read as 〇二二 under glare) is a misread, and no date is better than it."""
    body = ["证书编号：1069422014000517", "学士学位证书",
            "陈晓，女，一九九一年八月生。在本校护理学专业完成了本科学习计划，",
            "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予理学学士学位。",
            "北江医学院学位评定委员会"]
    assert values(make_doc([*body, "二〇二四年七月一日"])).get("award_date") is None
    assert values(make_doc([*body, "二〇一四年七月一日"]))["award_date"] == "2014-07-01"


def test_a_committee_name_with_its_second_or_fourth_character_garbled_names_the_school():
    """学位 read 学值, or 评 lost under the stamp: five of 学位评定委员会's seven characters
    in order right after the school's name still name the committee, hence the school."""
    body = ["学士学位证书", "周凯，男，一九九二年一月生。在本校药学专业完成了本科学习计划，",
            "业已毕业，授予理学学士学位。"]
    for committee, school in [("北江医学院学值评定委员会", "北江医学院"),
                              ("东湖理工大学学位定委员会", "东湖理工大学")]:
        doc = make_doc([*body, "学位证书", committee, "二〇一五年六月三十日"])
        assert values(doc)["school"] == school
    assert "school" not in values(make_doc([*body, "东湖理工大学学习指导中心", "二〇一五年"]))


def test_a_form_filled_in_on_its_underlines_names_the_holder_without_commas():
    # values typed onto a printed form's blanks: name, sex and birth date stand apart by the
    # blanks' width, the form's own comma wherever it was printed
    doc = make_doc(["硕士学位证书", "欧阳晓明   女   1979年11月3日生，在广西大学",
                    "农业机械化工程 专业完成了硕士研究生学习计划，经审核符合《中华人民共和国",
                    "学位条例》的规定，授予工学硕士学位。", "1992年7月1日"])
    assert values(doc)["name"] == "欧阳晓明"
    # the scan lost 生 after the date: the sex before it still marks the holder's line
    doc = make_doc(["学位证书", "韦海 男 ,1966年5月9日", "在广西大学 农学 专业完成了本科学习计划"])
    assert values(doc)["name"] == "韦海"


def test_a_holder_line_whose_spacing_was_lost_still_names_the_holder():
    # name, sex and birth date set apart by spacing alone, read run together: the 男/女 right
    # before the birth date ends the name
    doc = make_doc(["硕士学位证书", "欧阳晓明女1979年11月3日生", "在广西大学农业机械化工程专业",
                    "完成了硕士研究生学习计划", "授予工学硕士学位"])
    assert values(doc)["name"] == "欧阳晓明"
    doc = make_doc(["学士学位证书", "韦海男一九六六年五月生", "在东湖理工大学农学专业学习"])
    assert values(doc)["name"] == "韦海"
    # with no separator left, a line not closed by 生 is no sign of the holder
    doc = make_doc(["学位证书", "韦海男1966年5月9日", "在广西大学 农学 专业完成了本科学习计划"])
    assert "name" not in values(doc)


def test_a_line_opening_with_a_word_and_a_date_alone_names_nobody():
    # neither sex before the date nor 生 after it: no sign the line is the holder's
    doc = make_doc(["学位证书", "韦海 ,1966年5月9日", "在广西大学 农学 专业完成了本科学习计划"])
    assert "name" not in values(doc)


def _award_list(*, above=(), rows=None):
    """A graduate school's notice awarding master's degrees, its list in a ruled table."""
    header = ("序号", "姓名", "院系", "学科专业", "证书号码", "学位名称")
    rows = rows or [
        ("1", "陆春燕", "建筑学院", "城乡规划学", "1024732019000411", "工学硕士"),
        ("2", "邝伟强", "建筑学院", "风景园林学", "1024732019000412", "农学硕士"),
        ("3", "覃海", "土木学院", "岩土工程", "1024732019000413", "工学硕士"),
    ]
    return table_doc(header, rows, above=above or (
        "同济大学研究生院文件",
        "研院〔2019〕31号",
        "关于公布2019届硕士研究生学位授予名单的通知",
        "各院系：经2019年6月28日校学位评定委员会审议通过，授予下列同学硕士学位。",
    ), below=("同济大学研究生院", "2019年7月2日"))


def test_a_list_of_graduates_gives_each_ones_row_and_only_what_all_share():
    """In a list of several graduates the holder's values are those on the row carrying the
    holder's name; the document itself names no holder, no major and no number."""
    from extractors import own_row

    ex = degree.extract(_award_list())
    shared = {f.name: f.value for f in ex.fields}
    assert shared == {"school": "同济大学", "degree": "硕士", "award_date": "2019-07-02"}
    assert len(ex.rows) == 3
    mine = own_row(ex, "邝伟强", None)
    assert (mine.value("name"), mine.value("major"), mine.value("degree_number")) == (
        "邝伟强", "风景园林学", "1024732019000412")
    nobody = own_row(ex, "韦小宝", None)  # a list without the applicant: no holder read
    assert nobody.value("name") is None and nobody.value("major") is None
    assert nobody.value("degree_number") is None


def test_a_column_header_beside_a_label_is_never_the_value():
    """A list's header line (专业 姓名 学位 班级) not taken for a table's: the word beside the
    专业 label is the next column's label (姓名), never the major."""
    doc = make_doc(["学士学位授予名单", "专业 姓名 学位 班级"], split=True)
    assert "major" not in values(doc)


def test_a_fragment_of_the_decisions_title_is_no_school():
    """关于授予…届毕业生学士学位的决定 over the addressee 各学院: the run ending in 学院 is the
    title's tail, not a school; the school is the issuer heading the document."""
    body = ["关于授予2015届本科毕业生学士学位的决定", "各学院：",
            "经2015年6月20日学位评定委员会审议，决定授予1200名本科毕业生学士学位。"]
    assert "school" not in values(make_doc(body))
    assert values(make_doc(["桂林理工大学文件", "桂工学位〔2015〕7号", *body]))["school"] == (
        "桂林理工大学")


def test_an_archive_number_shaped_like_a_date_is_no_date():
    """档号 QT2011-06-015 (a file number glued to letters, in more parts than a date) is not
    the award's date; the date under the decision is."""
    doc = make_doc(["学士学位证书", "张伟，男，1990年3月12日生。在重庆大学土木工程专业完成学业，",
                    "授予工学学士学位。", "2011年6月28日", "档号：QT2011-06-015",
                    "证书编号：1061142011001234"])
    assert values(doc)["award_date"] == "2011-06-28"


def test_a_numeral_misread_as_another_sign_in_a_damaged_year_counts_as_lost():
    # 一 read as an arrow, a dash or 十: no year is written with them
    assert values(_scanned("二〇一→年七月十五日"))["award_date"] == "2012-07"
    assert values(_scanned("二0一十年六月二十八日"))["award_date"] == "2012-06-28"
    # 二十年 is a span of years, not a year that lost numerals
    assert "award_date" not in values(_scanned("二十年六月三十日"))


def test_joint_training_names_the_major_in_the_clause_completing_the_study():
    """A jointly trained holder's certificate names the place of study in a clause of its own
    (在本校与某研究院联合培养，…) and the major in the next (于 … 专业完成了学业): the
    completed field is the major, whatever partner the first clause names."""
    doc = make_doc([
        "四川大学",
        "中国工程物理研究院联合培养",
        "学位证书",
        "邓子涵，女，1992年8月5日生。在本校与中国工程物理研究院联合培养（研究生",
        "联合培养基地），于材料物理",
        "与化学专业完成了硕士研究生学业，成绩合格，依照《中华人民共和国学位条例》",
        "的规定，授予理学硕士学位。",
        "四川大学学位评定委员会",
        "2018年6月25日",
        "证书编号：1061032018000452",
    ])
    got = values(doc)
    assert got["major"] == "材料物理与化学"
    assert got["school"] == "四川大学"


def test_a_place_of_study_is_never_read_as_the_completed_major():
    """A clause completing the study whose field still names a school or partner (于广西大学
    与某某公司联合培养专业) holds no field alone: the major stays unread."""
    doc = make_doc([
        "学位证书",
        "韦丽，女，1991年2月3日生。于广西大学与某某公司联合培养专业完成学业，",
        "授予工学学士学位。",
        "证书编号：1059312013001234",
    ])
    assert values(doc).get("major") is None


def test_a_self_study_degree_names_the_major_after_the_examinations():
    """自学考试 degrees: the 专业 named after 自学考试 is the major, even with its level in
    brackets after it and the line broken inside it."""
    doc = make_doc([
        "学士学位证书",
        "韦小兰，女，一九九二年十月八日生。参加高等教育自学考试护",
        "理学专业（专升本）考试，全部课程成绩合格，准予毕业。经审核符合《中华人民共和国",
        "学位条例》的规定，授予医学学士学位。",
        "证书编号：1059842016000321",
    ])
    assert values(doc)["major"] == "护理学"


def test_a_self_study_sentence_without_a_field_leaves_the_major_unread():
    doc = make_doc([
        "学士学位证书",
        "韦小兰，女，一九九二年十月八日生。参加高等教育自学考试学位课程考试专业合格，",
        "授予医学学士学位。",
    ])
    assert "major" not in values(doc)


def _translated(chinese_date: str, english_date: str):
    return make_doc([
        "学位证书",
        "李静，女，一九九二年八月五日生。在本校药学专业完成了本科学习计划，业已毕业，",
        "经审核符合《中华人民共和国学位条例》的规定，授予理学学士学位。",
        "中国药科大学学位评定委员会",
        chinese_date,
        "证书编号：1031642014002207",
        "Translation",
        "Li Jing, female, born on August 5, 1992, has completed the undergraduate programme.",
        english_date,
        "Certificate No.: 1031642014002207",
    ])


def test_a_certified_translation_gives_the_month_ocr_lost_when_year_and_day_agree():
    # OCR made the Chinese date's month into no numeral; the translation restates the date
    doc = _translated("二〇一四年片月二十日", "July 20, 2014")
    assert values(doc)["award_date"] == "2014-07-20"


def test_a_translation_disagreeing_with_the_chinese_dates_day_gives_nothing():
    doc = _translated("二〇一四年片月二十日", "July 21, 2014")
    assert "award_date" not in values(doc)
    # and the translation alone, with no Chinese date at all, is never the award's date
    doc = _translated("", "July 20, 2014")
    assert "award_date" not in values(doc)


def _app_record(label: str, value_line: str | None, value_x: float = 40.0) -> ReadDocument:
    """A degree record as a phone app shows it: each label alone on its line, its value alone
    on the line below; `value_line` None leaves the field empty."""
    lines = ["09:41 4G 67%", "学位信息", "姓名", "韦晓丽", "学位授予单位", "广西师范大学",
             "学位名称", "文学学士学位", label, value_line, "获学位日期", "2015年06月20日",
             "学位证书编号", "1060242015001133"]
    words, y = [], 40.0
    for line in lines:
        if line is None:
            continue
        x = value_x if line == value_line else 40.0
        words.extend(line_words(line, y, x=x))
        y += 14.0 * 1.6
    return ReadDocument("record.jpg", "app-record", (Page(1, 595.0, 842.0, tuple(words),
                                                          "ocr:t 1"),))


@pytest.mark.parametrize("label", ["专业", "学位专业", "专业名称"])
def test_an_app_records_major_stands_on_the_line_under_its_label(label):
    got = values(_app_record(label, "对外汉语"))
    assert got["major"] == "对外汉语"
    assert got["school"] == "广西师范大学" and got["degree_number"] == "1060242015001133"


def test_an_app_records_major_is_not_the_next_label_nor_a_line_in_another_column():
    # the field left empty: the line under the label is the next field's label
    assert "major" not in values(_app_record("专业", None))
    # a line set in another column is not the value stacked under the label
    assert "major" not in values(_app_record("专业", "对外汉语", value_x=320.0))


def test_a_certificates_sentence_wrapped_after_the_word_major_is_not_a_stacked_record():
    # 专业 ending a wrapped line of the certificate's sentence: the next line is its wording
    doc = make_doc([
        "学士学位证书",
        "黄振宇，男，一九九四年二月九日生。在桂林电子科技大学",
        "专业",
        "完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，",
        "授予工学学士学位。",
        "证书编号：1059542016000871",
    ])
    assert "major" not in values(doc)


def _doctor_wrapped(second_line_head: str, first_line_end: str = "") -> ReadDocument:
    return make_doc([
        "博士学位证书",
        f"林晓红，女，1979年11月生。在本校材料科学与工程学科{first_line_end}",
        f"{second_line_head}完成了博士研究生培养计划，成绩合格，通过博士学位论文",
        "答辩，经审核符合《中华人民共和国学位条例》的规定，授予工学博士学位。",
        "东海理工大学", "学位评定委员会主席：某某某", "2016年12月20日",
        "证书编号：1029932016000417",
    ])


@pytest.mark.parametrize("first_line_end", ["（", ""])
def test_discipline_wording_wrapped_at_its_bracket_names_the_discipline(first_line_end):
    """学科（专业） broken after its opening bracket: the bracket alone at the line's end may be
    lost in reading; the closing one after 专业 still says 学科 is the wording's."""
    assert values(_doctor_wrapped("专业）", first_line_end))["major"] == "材料科学与工程"


def test_discipline_before_a_bare_major_word_is_left_as_read():
    """No bracket at all (学科 / 专业完成了): nothing says 学科 is the phrase's, so the rule
    does not cut it."""
    assert values(_doctor_wrapped("专业"))["major"] == "材料科学与工程学科"


def _clerks_workbook(rows):
    """A 人事处 spreadsheet of everyone's degree certificates (序号 / 姓名 / 部门 / 学位 /
    授予单位 / 扫描件, a row each) with one certificate's picture pasted over its row."""
    certificate = ("硕士学位证书",
                   "梁晓燕，女，1992年5月3日生。在桂林电子科技大学通信工程专业完成了硕士",
                   "研究生学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，",
                   "授予工学硕士学位。", "桂林电子科技大学", "学位评定委员会主席 王某某",
                   "2018年6月25日", "证书编号：1059532018000314")
    header = ("序号", "姓名", "部门", "学位", "授予单位", "扫描件")
    return table_doc(header, rows, below=certificate,
                     col_x=(40.0, 90.0, 160.0, 240.0, 300.0, 440.0))


def test_a_colleagues_row_in_a_clerks_workbook_is_not_the_holder():
    """The certificate pasted in a workbook of everyone's: the first row under 姓名 and
    授予单位 is a colleague's (the next row holds another person in the same columns), so the
    holder and the school are the ones the certificate's sentence names; a row's name that
    reading cut to one character (梁) is still another row."""
    rows = [("1", "陆文强", "财务处", "学士", "广西财经学院", "(见附件)"),
            ("2", "梁晓燕", "后勤处", "硕士", "桂林电子科技大学", "")]
    for listed in (rows, [rows[0], ("2", "梁", "后勤处", "硕士", "桂林电子科技大学", "")]):
        found = values(_clerks_workbook(listed))
        assert (found["name"], found["school"]) == ("梁晓燕", "桂林电子科技大学")


def test_a_one_row_grid_over_the_certificate_still_names_its_holder():
    """A grid of one row (a 学位 record's 姓名 / 学位 / 授予单位 over its value) is the
    holder's own: the line under the row is the certificate's sentence, no other person."""
    doc = table_doc(("姓名", "学位", "授予单位"), [("黎志刚", "学士", "广西科技大学")],
                    below=("授予工学学士学位。", "证书编号：1059442015001234"))
    found = values(doc)
    assert (found["name"], found["school"]) == ("黎志刚", "广西科技大学")


def test_the_holders_line_parted_by_dots_read_for_commas_names_the_holder():
    """A photographed certificate's small commas read as middle dots (韦海燕·女·1991年…生·在):
    with the birth date after the sex, the line still opens with the holder; dots with no
    birth date after them (a name list 李明·男·工程师) name no holder."""
    doc = make_doc(["学士学位证书", "韦海燕·女·1991年8月9日生·在广西医科大学临床医学专业完成了",
                    "本科学习计划·业已毕业·授予医学学士学位·"])
    assert values(doc)["name"] == "韦海燕"
    assert "name" not in values(make_doc(["学士学位证书", "李明·男·工程师", "授予工学学士学位"]))


def _with_slip(certificate_date, *slip):
    """A degree certificate photographed or scanned with another paper by it (a studio's
    pickup slip, a receipt) that carries a date of its own."""
    return make_doc(["学士学位证书",
                     "陆晓燕，女，1995年2月3日生。在广西师范大学汉语言文学专业完成了本科学业，",
                     "授予文学学士学位。", "广西师范大学学位评定委员会主席 某某",
                     certificate_date, "证书编号：1060242018001234", *slip])


@pytest.mark.parametrize("slip", [("取件 2018.7.2",), ("收款日期 2018-07-05",)])
@pytest.mark.parametrize("certificate_date", ["2018年6月28日", "二〇一八年六月二十八日"])
def test_a_date_in_figures_beside_the_certificate_is_not_its_award(certificate_date, slip):
    assert values(_with_slip(certificate_date, *slip))["award_date"] == "2018-06-28"


def test_a_date_in_figures_alone_is_still_the_award():
    # the look-alike: no date worded on the page, the one in figures is all there is
    assert values(_with_slip("2018.6.28"))["award_date"] == "2018-06-28"
