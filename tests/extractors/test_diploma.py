from __future__ import annotations

import pytest
from _docs import line_words, make_doc

from extractors import diploma
from pipeline.model import Page, ReadDocument

TEXT = [
    "普通高等学校",
    "毕 业 证 书",
    "学生 张伟 ，性别 男 ，一九九〇年三月十二日生，于 二〇〇八年九月 至 二〇一二年六月 在本校",
    "土木工程 专业 四 年制 本科 学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
    "校名：重庆大学  校长：XXX  证书编号：106111201205001234  二〇一二年六月三十日",
]
EXPECTED = {
    "name": "张伟",
    "gender": "男",
    "birth_date": "1990-03-12",
    "school": "重庆大学",
    "major": "土木工程",
    "level": "本科",
    "start": "2008-09",
    "end": "2012-06",
    "diploma_number": "106111201205001234",
}


def values(doc):
    return {f.name: f.value for f in diploma.extract(doc).fields}


@pytest.mark.parametrize("split", [False, True])
def test_the_classic_wording(split):
    assert values(make_doc(TEXT, split=split)) == EXPECTED


def test_spaced_labels_full_width_and_numeric_dates():
    doc = make_doc(
        [
            "学生　欧阳晓明，性别女，1991年2月3日生，于2009年9月至2012年7月在本校",
            "机械设计制造及其",
            "自动化专业三年制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
            "校    名：柳州职业技术学院",
            "校（院）长：XXX",
            "证书编号：１３５８４６２０１２０６００１２３４",
        ]
    )
    assert values(doc) == {
        "name": "欧阳晓明",
        "gender": "女",
        "birth_date": "1991-02-03",
        "school": "柳州职业技术学院",
        "major": "机械设计制造及其自动化",
        "level": "专科",
        "start": "2009-09",
        "end": "2012-07",
        "diploma_number": "135846201206001234",
    }


def test_graduate_diploma_and_ocr_lookalikes():
    doc = make_doc(
        [
            "研究生 李强 ，性别 男 ，二O一O年九月 至 二O一三年六月 在 结构工程 专业学习，",
            "修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。",
            "校名：重庆大学",
            "证书编号：1O61112O13O2OO1234",
        ]
    )
    got = values(doc)
    assert got["name"] == "李强" and got["level"] == "硕士研究生" and got["major"] == "结构工程"
    assert (got["start"], got["end"]) == ("2010-09", "2013-06")
    assert got["diploma_number"] == "106111201302001234"


def test_unlabelled_number_must_look_like_a_diploma_number():
    doc = make_doc(["毕业证书", "450202199003121234", "106111201205001234"])
    assert values(doc)["diploma_number"] == "106111201205001234"


def test_evidence():
    ex = diploma.extract(make_doc(TEXT, file="毕业证.jpg"))
    number = ex.get("diploma_number")
    assert number.evidence.file == "毕业证.jpg" and number.evidence.page_no == 1
    assert number.evidence.text == "106111201205001234" and number.evidence.source == "ocr"


def test_ocr_tai_for_da_at_a_school_names_end():
    lines = TEXT[:-1] + ["校名：西北农林科技太学", "证书编号：106111201205001234"]
    assert values(make_doc(lines))["school"] == "西北农林科技大学"


def test_ocr_tian_for_da_at_a_school_names_end_before_the_principals_line():
    lines = TEXT[:-1] + ["学校：东北林业天学", "校(院)长 某某某", "证书编号：106111201205001234"]
    assert values(make_doc(lines))["school"] == "东北林业大学"


def test_ocr_nv_for_da_at_a_school_names_end_but_not_a_womens_college():
    lines = TEXT[:-1] + ["校名：西南女学", "校(院)长：某某某", "证书编号：106111201205001234"]
    assert values(make_doc(lines))["school"] == "西南大学"
    # 山东女子学院 with its 子 lost is a women's college, never 山东大学
    lines = TEXT[:-1] + ["校名：山东女学院", "校(院)长：某某某", "证书编号：106111201205001234"]
    assert values(make_doc(lines)).get("school") != "山东大学"


ENTERED_LEFT = [
    "某某大学", "毕业证书",
    "学生王芳，性别女，1990年5月2日生，于2008年9月入学，在本校",
    "会计学专业四年制本科学习，2012年7月毕业。修完教学计划规定的全部课程，成绩合格，准予毕业。",
    "校名：某某大学", "2012年7月1日", "证书编号：106111201205001234",
]


def test_period_told_as_the_dates_entered_and_left():
    got = values(make_doc(ENTERED_LEFT))
    assert (got["start"], got["end"]) == ("2008-09", "2012-07")


def test_period_entered_without_the_date_left_is_not_the_certificates_date():
    lines = [line.replace("2012年7月毕业。", "") for line in ENTERED_LEFT]
    got = values(make_doc(lines))
    assert got["start"] == "2008-09" and "end" not in got


ADULT = [
    "成人高等教育", "毕业证书", "姓名 李强", "性别 男",
    "学生李强于2014年9月至2017年1月在本校南宁教学点土木工程",
    "专业(业余)学习，学制两年半，修完专科教学计划规定的全部课程，成绩合格，准予毕业。",
    "校(院)长 某某某", "2017年1月10日", "教学点：广西大学南宁教学点",
]


def test_adult_programmes_site_is_neither_the_major_nor_hides_the_school():
    got = values(make_doc(ADULT))
    assert got["major"] == "土木工程"
    assert got["school"] == "广西大学"


@pytest.mark.parametrize("site", ["函授站", "学习中心", "辅导站"])
def test_any_teaching_site_before_the_major(site):
    lines = [line.replace("南宁教学点", f"南宁{site}") for line in ADULT]
    assert values(make_doc(lines))["major"] == "土木工程"


def test_a_seal_read_into_the_heads_name_is_no_school():
    lines = ["东海大学", "毕业证书", "姓名 王芳 性别 女", "专业 会计学 层 次 本科",
             "入学时间 2012年9月 毕业时间 2016年6月", "证书编号 106111201605000001",
             "校长:李明海大学", "2016年6月30日"]
    assert values(make_doc(lines))["school"] == "东海大学"


def test_the_periods_end_is_read_when_the_scan_damaged_its_start():
    lines = [line.replace("于 二〇〇八年九月 至", "于二〇八年\n九月至") for line in TEXT]
    got = values(make_doc("\n".join(lines).split("\n")))
    assert "start" not in got and got["end"] == "2012-06"


def test_a_major_is_cut_where_another_lines_fixed_wording_runs_in():
    lines = ["毕业证书", "学生王芳性别女", "一九九〇年五月二日生于二〇〇八年九月",
             "至二一二年七月在本校会计学", "教学计划规定的全部课程成绩专业四年制本科学习修完",
             "校名 某某大学"]
    got = values(make_doc(lines))
    assert got["major"] == "会计学"
    assert got["start"] == "2008-09" and "end" not in got  # 二一二年: a damaged year


def test_a_17_digit_number_is_only_the_early_form():
    early = TEXT[:-1] + ["校名：重庆大学  证书编号：10611120020500123"]
    assert values(make_doc(early))["diploma_number"] == "10611120020500123"
    lost_a_digit = TEXT[:-1] + ["校名：重庆大学  证书编号：10611120120500123"]
    assert "diploma_number" not in values(make_doc(lost_a_digit))


def test_a_labelled_graduation_date_stands_without_an_entry_date():
    lines = ["高等教育自学考试", "毕业证书", "姓名 王芳",
             "参加高等教育自学考试会计学专业(本科)学习，", "考完全部课程，成绩合格，准予毕业。",
             "毕业时间：2016年6月", "2016年7月1日"]
    got = values(make_doc(lines))
    assert got["end"] == "2016-06" and "start" not in got


def test_the_site_label_names_the_school_first_when_the_rest_is_garbled():
    lines = ADULT[:-1] + ["教学点：广西大学南宁敉学卢"]
    assert values(make_doc(lines))["school"] == "广西大学"


def test_school_named_twice_is_the_surer_read_of_the_two():
    """The heading and the 校名 line name the same school; a blurred read of one differs from
    the other in a character, and the more confident read is the name."""
    lines = [("某某工业大学", 1.0),
             ("学生张伟，性别男，1990年3月12日生，于2008年9月至2012年6月在本校", 0.95),
             ("土木工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 0.95),
             ("校名：某某工亚大学", 0.90)]
    words = [w for i, (text, conf) in enumerate(lines)
             for w in line_words(text, 40.0 + 30 * i, conf=conf)]
    doc = ReadDocument("毕业证.jpg", "0", (Page(1, 595.0, 842.0, tuple(words), "ocr:test 1"),))
    assert values(doc)["school"] == "某某工业大学"


def test_study_end_whose_year_the_scan_damaged_takes_the_numbers_graduation_year():
    """A binarised scan drops thin strokes (二〇〇七 read 二七); the diploma number's digits
    7-10 are the year of graduation, and the surviving digits must fit it."""
    doc = make_doc(
        [
            "证书编号：106111200705001234",
            "毕业证书",
            "学生张伟，性别男，一九八五年二月二十日生，于二〇〇三年九",
            "月至二七年六月在本校工程管理专业四年制本科学习，修完教学计",
            "划规定的全部课程，成绩合格，准予毕业。",
        ]
    )
    assert values(doc)["end"] == "2007-06"
    other_year = make_doc(
        [
            "证书编号：106111200805001234",
            "学生张伟，性别男，一九八五年二月二十日生，于二〇〇三年九",
            "月至二七年六月在本校工程管理专业四年制本科学习，准予毕业。",
        ]
    )
    assert "end" not in values(other_year)


_JOINT = [
    "普通高等学校",
    "毕业证书",
    "学生陈晓东，性别男，1995年3月2日生，于2014年9月至2018年6月在本校",
    "电子信息工程专业（中外合作办学）四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
    "校长：某某某",
    "2018年6月30日",
    "证书编号：102511201805001234",
    "中外合作办学项目：华东理工大学与英国某某大学合作举办电子信息工程专业本科教育项目",
    "项目批准书编号：MOE31GB2A20120000N",
]


@pytest.mark.parametrize("school_line", [None, "校名：东理工大学", "校名：理工大学"])
def test_a_joint_programmes_diploma_is_the_chinese_schools(school_line):
    """A 中外合作办学 programme names the Chinese school first and the foreign partner after
    与; the diploma is the Chinese school's, read from there when a seal over 校名 left it
    unread or took its head."""
    lines = list(_JOINT)
    if school_line:
        lines.insert(4, school_line)
    assert values(make_doc(lines))["school"] == "华东理工大学"


def test_a_joint_programmes_foreign_partner_is_never_the_school():
    lines = [*_JOINT[:7], "合作办学项目：华东理工大学和英国某某大学",
             "合作举办电子信息工程专业本科教育项目"]
    assert values(make_doc(lines))["school"] == "华东理工大学"
    lines[7] = "合作办学项目：华东理工大学？英国某某大学"  # the Chinese side unreadable
    assert values(make_doc(lines)).get("school") != "英国某某大学"


@pytest.mark.parametrize(("opening", "name"), [
    ("学生陈晓东·性别男·1995年3月2日生", "陈晓东"),  # OCR's dot for a comma in poor light
    ("学生陈晓东.性别男,1995年3月2日生", "陈晓东"),
    ("学生买买提·吐尔逊，性别男，1995年3月2日生", "买买提·吐尔逊"),  # a name's own dot
])
def test_the_holders_name_ends_at_the_mark_before_sex(opening, name):
    lines = [*_JOINT[:2], opening + "，于2014年9月至2018年6月在本校", *_JOINT[3:]]
    assert values(make_doc(lines))["name"] == name


def _school_of(lines):
    return {f.name: f.value for f in diploma.extract(make_doc(lines)).fields}.get("school")


_BODY = [
    "学生 赵丽 ，性别 女 ，一九九二年五月八日生，于 二〇一〇年九月 至 二〇一三年七月 在本校",
    "会计 专业 三 年制 专科 学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
]


@pytest.mark.parametrize("heading", ["普通高荨学校", "普通髙校", "普通等学校"])
def test_a_garbled_category_heading_is_never_the_school(heading):
    """普通高等学校 is the category a diploma's heading prints: a garbled read of it names no
    school, and with the 校名 cell unread the school is left unread."""
    assert _school_of([heading, "毕业证书", *_BODY, "校名：", "二〇一三年七月一日"]) is None


@pytest.mark.parametrize("heading", ["戍人高等学校", "昔通高等学校", "高等学校"])
def test_a_category_heading_garbled_before_its_kind_is_never_the_school(heading):
    """No school is named …高等学校 (schools are 大学, 学院, 高等专科学校, 职业技术学院): a
    heading whose first words OCR garbled (成人高等学校 read 戍人高等学校) is still the category,
    so with the school's own cell unread the school is unread; a 高等专科学校 is a school."""
    lines = [heading, "毕业证书", *_BODY, "学校名称：", "二〇一三年七月一日"]
    assert _school_of(lines) is None
    lines = [heading, "毕业证书", *_BODY, "学校名称：桂林高等专科学校", "二〇一三年七月一日"]
    assert _school_of(lines) == "桂林高等专科学校"


def test_a_seals_words_run_into_a_label_and_a_short_read_are_no_school():
    """A seal's words on the line above the 院校名称： label read into it (工学 / 学院：) and a
    read that lost the school's leading characters (江学院) are not well-formed names."""
    lines = ["普通高等学校", "毕业证书", *_BODY, "湖北工", "学院：江学院", "二〇一三年七月一日"]
    assert _school_of(lines) is None
    assert _school_of(["长江大学", "毕业证书", *_BODY, "湖北工", "学院：江学院"]) == "长江大学"


def test_a_landscape_label_grid_pairs_each_label_with_its_value():
    # an electronic certificate printed landscape as a two-column table (项目 | 内容), the
    # values far right of their labels: each row is read as label and value, not as panels
    from pipeline.model import BBox, Page, ReadDocument, Word

    def w(x, y, text):
        return Word(text, BBox(x, y, x + 11 * len(text), y + 11), 0.95)

    rows = [("姓名", "覃小燕"), ("出生日期", "1990年12月01日"), ("专业", "护理学"),
            ("层次", "专科"), ("入学日期", "2009年09月"), ("毕业日期", "2012年07月"),
            ("证书编号", "116071201206000734")]
    words = [w(60, 40, "桂林医学院"), w(370, 60, "电子毕业证书")]
    for i, (label, value) in enumerate(rows):
        words += [w(220, 110 + 28 * i, label), w(470, 110 + 28 * i, value)]
    words += [w(620, 500, "发证日期：2012年07月05日"), w(60, 540, "验证码：Q7K2M9")]
    doc = ReadDocument("证.jpg", "1" * 64, (Page(1, 842.0, 595.0, tuple(words), "ocr:t 1"),))
    got = {f.name: f.value for f in diploma.extract(doc).fields}
    assert (got["name"], got["birth_date"], got["major"]) == ("覃小燕", "1990-12-01", "护理学")
    assert (got["start"], got["end"]) == ("2009-09", "2012-07")


@pytest.mark.parametrize("line, name", [
    ("学生李建国·性别男，1988年1月2日生，于2006年9月至2010年7月在本校", "李建国"),
    ("学生阿依古丽·买买提，性别女，1988年1月2日生，于2006年9月至2010年7月在本校",
     "阿依古丽·买买提"),
])
def test_a_dot_before_the_gender_label_ends_the_name(line, name):
    """OCR reads the comma after the name as a middle dot (李建国·性别男): that dot parts the
    name from the 性别 label; a minority name's own dot (阿依古丽·买买提) joins its parts."""
    lines = ["毕业证书", line, "汉语言文学专业四年制本科学习，修完全部课程，准予毕业。"]
    assert values(make_doc(lines))["name"] == name


def test_words_beside_the_prose_never_run_into_its_sentences():
    """A screenshot of a document viewer: its catalogue (a tree of entries) at the left edge
    shares the heights of the certificate's lines. A prose paragraph is one block, so what
    lies wholly left of it does not split the major its line wraps (在本校会 / 计学专业)."""
    tree = ["一、简历材料", "二、学历学位材料", "2-1 学历证明", "2-2 学位证明", "三、工资材料"]
    body = ["学生王芳，性别女，1990年5月1日生，于2008年9月至2012年7月在本校会",
            "计学专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予",
            "毕业。"]
    words = [w for i, text in enumerate(tree) for w in line_words(text, 120.0 + 26 * i, x=12.0)]
    words += [w for i, text in enumerate(body)
              for w in line_words(text, 146.0 + 26 * i, x=330.0)]
    words += line_words("校名：武汉纺织大学", 260.0, x=520.0)
    doc = ReadDocument("毕业证.png", "2" * 64, (Page(1, 1280.0, 720.0, tuple(words), "ocr:t 1"),))
    got = values(doc)
    assert (got["name"], got["major"], got["school"]) == ("王芳", "会计学", "武汉纺织大学")


def test_a_companion_certificate_in_the_same_upload_lends_the_diploma_nothing():
    """A degree certificate joined above the diploma in one image: its school (read garbled
    here) and number are the degree's; the diploma's own 校名 left blank by the read is
    unread, never taken from the degree's part."""
    lines = ["硕 士 学 位 证 书",
             "刘洋，男，1987年2月生。在苏卅大学法学专业完成了硕士研究生培养计划，",
             "授予法学硕士学位。",
             "证书编号：1028532010000123",
             "毕 业 证 书",
             "研究生刘洋，性别男，1987年2月3日生，于2007年9月至2010年6月在本校法学",
             "专业三年制硕士研究生学习，修完培养计划规定的全部课程，成绩合格，准予毕业。",
             "校名：",
             "证书编号：102851201002000456"]
    got = values(make_doc(lines, sizes={0: 22.0, 4: 22.0}))
    assert got.get("school") is None
    assert (got["name"], got["major"], got["level"]) == ("刘洋", "法学", "硕士研究生")
    assert got["diploma_number"] == "102851201002000456"


def test_the_diploma_above_its_companion_keeps_its_own_values():
    lines = ["毕 业 证 书",
             "学生陈静，性别女，1992年8月9日生，于2010年9月至2014年6月在本校护理学",
             "专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
             "校名：南华大学",
             "学 士 学 位 证 书",
             "陈静，女，1992年8月生。在南华大学护理学专业完成了本科学习计划，",
             "南华大学学位评定委员会",
             "证书编号：1055542014001234"]
    got = values(make_doc(lines, sizes={0: 22.0, 4: 22.0}))
    assert (got["school"], got["major"], got["level"]) == ("南华大学", "护理学", "本科")
    assert got.get("diploma_number") is None  # the degree's 16-digit number is not the diploma's


_EXCHANGE_BODY = [
    "毕 业 证 书",
    "学生 覃晓燕 ，性别 女 ，一九九五年一月九日生，于 二〇一三年九月 至 二〇一六年七月 在本校",
    "会计 专业 三 年制 专科 学习，修完教学计划规定的全部课程，经重修成绩合格，准予毕业。",
    "校名：柳州职业技术学院",
]


def test_the_number_of_the_certificate_a_diploma_replaced_is_never_its_own():
    """A 毕业证书 given in exchange (换发) for a 结业证书 quotes the old certificate's number
    as the original's (原…编号) or as void (作废): that number, wherever it stands and however
    its label reads, is never the diploma's; its own, labelled or standing alone, is."""
    own, old = "135846201606000412", "135846201606000455"
    foot = f"备注：此证系换发，原证书编号 {old}，同时作废。"
    for own_line in (f"证书编号：{own}", own):
        doc = make_doc([*_EXCHANGE_BODY, foot, own_line, "二〇一七年一月五日"])
        assert values(doc)["diploma_number"] == own, own_line
        doc = make_doc([*_EXCHANGE_BODY, f"编号 {old} 已作废", own_line])
        assert values(doc)["diploma_number"] == own, own_line
    # with only the replaced certificate's number read, the number is unread
    assert "diploma_number" not in values(make_doc([*_EXCHANGE_BODY, foot]))


def test_a_certificate_in_lieu_of_a_lost_diploma_quotes_the_diplomas_own_number():
    """A 学历证明书 (the diploma lost, never re-issued) quotes 原毕业证书编号: it exchanges
    nothing and voids nothing, so that number is the diploma's; a warning that the paper is
    void if altered (涂改作废) voids no number."""
    lines = ["学 历 证 明 书", *_EXCHANGE_BODY[1:3], "原毕业证书编号：135846201606000412",
             "该生毕业证书已遗失，特此证明。本证明书涂改作废"]
    assert values(make_doc(lines))["diploma_number"] == "135846201606000412"
    lines = [*_EXCHANGE_BODY, "证书编号：135846201606000412 涂改作废"]
    assert values(make_doc(lines))["diploma_number"] == "135846201606000412"


def _archive_proof(head: str, grid: str, prose_major: str, seal: str) -> ReadDocument:
    return make_doc([
        head,
        "学 历 证 明",
        "兹证明李晓燕，女，1994年11月2日生，于2013年9月至2016年7月在我校",
        f"{prose_major}专业专科学习，学制三年，准予毕业，毕业证书编号为",
        "128271201606000417。经查，我室保存的毕业生名册记载如下：",
        grid,
        "序号 姓名 性别 出生日期 毕业证书编号",
        "1 李晓燕 女 1994.11.02 128271201606000417",
        "2 覃海 男 1993.04.19 128271201606000418",
        "以上信息与馆藏档案一致。",
        seal,
        "2021年9月3日",
    ])


def test_a_schools_archive_names_the_school_that_conferred_the_diploma():
    doc = _archive_proof("北部湾职业技术学院档案室", "专业名称：护理 学制：3年", "护理",
                         "部湾职业技术学院档案室")
    assert values(doc)["school"] == "北部湾职业技术学院"
    # archives of two different schools: which is right cannot be told
    doc = _archive_proof("北部湾职业技术学院档案室", "专业名称：护理 学制：3年", "护理",
                         "钦江师范学院档案室")
    assert "school" not in values(doc)


def test_a_grids_next_label_is_never_part_of_the_cell_before_it():
    # OCR read the row's cells with no gap: 专业名称：护理学制：3年学历层次：专科
    doc = _archive_proof("北部湾职业技术学院档案室", "专业名称：护理学制：3年学历层次：专科",
                         "护理", "北部湾职业技术学院档案室")
    assert values(doc)["major"] == "护理"
    # the next label misread (学刮：): the prose's read, which the run begins with, ends it
    doc = _archive_proof("北部湾职业技术学院档案室", "专业名称：口腔医学技术学刮：3年",
                         "口腔医学技术", "北部湾职业技术学院档案室")
    assert values(doc)["major"] == "口腔医学技术"
    # ... and when the prose's read disagrees, the major is left unread
    doc = _archive_proof("北部湾职业技术学院档案室", "专业名称：口腔医学技术学刮：3年",
                         "口腔医字技术", "北部湾职业技术学院档案室")
    assert "major" not in values(doc)


def _signed(school_line: str) -> ReadDocument:
    return make_doc([
        "毕 业 证 书",
        "兹证明黄海燕，女.1989年2月14日生，自2007年9月至2011年7月在我",
        "校园林专业四年制本科学习，修业期满，成绩合格，准予毕业。",
        school_line,
        "校长：某某某",
        "2011年7月1日",
        "证书编号：104071201105000873",
    ])


def test_a_seal_over_the_schools_name_adds_none_of_its_characters_to_it():
    assert values(_signed("赣南林业学院林学"))["school"] == "赣南林业学院"
    # characters not the name's own are more of a name (an independent college's), not a seal
    assert values(_signed("赣南大学科技学")).get("school") != "赣南大学"


def test_the_holders_gender_between_name_and_birth_date_set_off_by_misread_commas():
    assert values(_signed("赣南林业学院"))["gender"] == "女"


def test_a_school_read_without_its_place_name_is_left_unread():
    # a seal stamped over 校名 hid the place before the discipline: 师范学院 or 医科大学 alone,
    # or one character and it, is no school's name, and no guess is made
    for read in ("医科大学", "北医科大学", "师范学院"):
        doc = make_doc(["普通高等学校", "毕业证书",
                        "学生覃丽，性别女，二〇一〇年九月至二〇一四年六月在本校护理学专业四年制本科学习，",
                        "修完教学计划规定的全部课程，成绩合格，准予毕业。",
                        f"校名：{read}", "证书编号：106011201405000123"])
        assert values(doc).get("school") is None, read
    whole = make_doc(["普通高等学校", "毕业证书", "校名：广西医科大学",
                      "证书编号：106011201405000123"])
    assert values(whole)["school"] == "广西医科大学"


def _diploma_with_number(number: str, *, number_conf: float, ocr: bool = True) -> ReadDocument:
    """A vocational college's 专科 diploma, graduating 2019, whose number line reads `number`
    at the recogniser's confidence `number_conf` (the rest of the text read cleanly)."""
    lines = [("毕业证书", 0.99),
             ("学生陈晓燕，性别女，2000年5月8日生，于2016年9月至2019年7月在本校", 0.99),
             ("护理专业三年制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 0.99),
             ("校名：某某卫生职业技术学院", 0.99),
             (f"证书编号：{number}", number_conf)]
    words = [w for i, (text, conf) in enumerate(lines)
             for w in line_words(text, 40.0 + 30 * i, conf=conf)]
    page = Page(1, 595.0, 842.0, tuple(words), "ocr:test 1" if ocr else "text_layer")
    return ReadDocument("专科毕业证.jpg", number, (page,))


def test_an_unsure_ocr_number_contradicting_its_certificate_is_left_unread():
    """A diploma number's level segment is a level code naming the level the text states (06
    专科); a blurred read that contradicts it while the recogniser was unsure is a misread
    digit (5 for 6, 0 for 6), left unread rather than read wrong."""
    right = "129871201906000412"
    assert values(_diploma_with_number(right, number_conf=0.90))["diploma_number"] == right
    for misread in ("129871201905000412",  # level 05 本科 on a 专科 diploma
                    "129871201900000412"):  # no such level code as 00
        got = values(_diploma_with_number(misread, number_conf=0.90))
        assert "diploma_number" not in got, misread
        assert got["level"] == "专科" and got["end"] == "2019-07"


def test_a_year_segment_other_than_the_study_end_is_no_sign_of_a_misread():
    """A certificate issued after the study ended (结业换发, a replacement) carries the year it
    was issued: an unsure read whose year differs from the end of study is still read."""
    issued_later = "129871202006000412"
    got = values(_diploma_with_number(issued_later, number_conf=0.90))
    assert got["diploma_number"] == issued_later


def test_an_unsure_number_dated_in_years_to_come_is_a_misread():
    """No certificate is issued in a year still to come: an unsure read whose year segment is
    one (3019 for 2019, its 2 read as 3) is a misread digit, left unread; the year of a
    replacement issued after the study (2020) is still read, as above."""
    got = values(_diploma_with_number("129871301906000412", number_conf=0.90))
    assert "diploma_number" not in got and got["end"] == "2019-07"
    # the same number printed in a text layer is the certificate's own, for the checks
    assert values(_diploma_with_number("129871301906000412", number_conf=1.0, ocr=False))[
        "diploma_number"] == "129871301906000412"


def test_a_sure_or_printed_contradicting_number_stands_as_evidence():
    """The same contradiction read from a text layer, or by a recogniser sure of every digit,
    is the certificate's own (a forged or mistyped number): it is read for the checks to judge."""
    wrong_level = "129871201905000412"
    assert values(_diploma_with_number(wrong_level, number_conf=0.998))["diploma_number"] \
        == wrong_level
    assert values(_diploma_with_number(wrong_level, number_conf=1.0, ocr=False))[
        "diploma_number"] == wrong_level


@pytest.mark.parametrize(("opening", "holder"), [
    ("兹证明欧阳晓红同学，女，一九七八年五月生，", "欧阳晓红"),
    ("兹证明覃建学生（女），一九七八年五月生，", "覃建"),
    ("兹证明韦丽君，女，一九七八年五月生，", "韦丽君"),  # 君 here is the name's own
])
def test_the_holders_name_in_prose_ends_before_the_word_for_their_standing(opening, holder):
    """An old prose diploma names its holder after 兹证明 with a word for their standing
    (同学, 学生): the name ends before it."""
    doc = make_doc(["高等学校毕业证书",
                    opening + "于一九九六年九月至二〇〇〇年七月在本校应用化学专业学习，",
                    "学制四年，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                    "校名：广西大学  证书编号：105931200005001234  二〇〇〇年七月一日"])
    assert values(doc)["name"] == holder


def test_a_name_run_into_the_sex_by_a_dot_read_for_a_comma_is_no_name():
    """A phone photo's small commas read as a dot and a colon (韦建华·男：1991年…生): the run up
    to the colon is the name with the sex after it, never a minority name, and is left
    unread; a minority name before its colon (阿依古丽·买买提：) is still one."""
    def statement(opening):
        return make_doc(["普通高等学校", "毕业证书",
                         opening + "1991年2月3日生，于2009年9月至2013年6月在本校",
                         "药学专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                         "校名：某某医科大学"])
    assert "name" not in values(statement("韦建华·男："))
    assert values(statement("阿依古丽·买买提："))["name"] == "阿依古丽·买买提"


def test_a_major_on_a_line_the_recogniser_doubted_is_left_unread():
    """The statement of a small or faint copy read with low confidence: the major on that
    line is as likely misread as not, so it is left unread; the same line read confidently
    gives it."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    def diploma(confidence: float) -> ReadDocument:
        lines = [("普通高等学校毕业证书", 0.99),
                 ("学生覃丽华，性别女，1995年11月3日生，于2014年9月至2018年7月在本校", 0.97),
                 ("电子信息工程专业四年制本科学习，修完教学计划规定的全部课程，准予毕业。",
                  confidence),
                 ("校名：桂林理工大学", 0.99)]
        words = tuple(Word(text, BBox(40, 40 + 24 * i, 40 + 12 * len(text), 54 + 24 * i), conf)
                      for i, (text, conf) in enumerate(lines))
        return ReadDocument("学历.jpg", str(confidence) * 8,
                            (Page(1, 595.0, 842.0, words, "ocr:test 1.0"),))

    assert values(diploma(0.62)).get("major") is None
    assert values(diploma(0.93))["major"] == "电子信息工程"


@pytest.mark.parametrize("row", [
    "专业名称 护理学 学籍状态 正常注册 学籍照片",
    "专业 护理学 学历类别 成人高等教育",
    "专业 护理学学习形式函授",
])
def test_a_records_next_label_ends_the_major(row):
    """An education record sets two label/value pairs a row: the major ends where the next
    printed label of the record begins, with or without a gap before it."""
    doc = make_doc([
        "学历信息",
        "姓名 韦小兰 性别 女",
        "院校名称 右江民族医学院 层次 专科",
        row,
        "入学日期 2014年03月01日 毕(结)业日期 2017年01月10日",
    ])
    assert values(doc)["major"] == "护理学"


@pytest.mark.parametrize("label", ["所学专业", "攻读专业", "毕业专业"])
def test_a_forms_major_cell_labelled_with_the_verb_of_study(label):
    # a personnel form recording an education (学历认定表, 履历表): each label is one cell of
    # the grid, no colon, its value the next cell; 专业 carries the verb of study before it
    doc = make_doc([
        "学历学位认定登记表",
        "姓 名 林晓梅 性 别 女",
        "入学时间 2003.09 毕业时间 2007.07",
        "毕业院校 华中科技大学",
        f"{label} 环境工程",
        "证书编号 104871200705002211",
    ])
    assert values(doc)["major"] == "环境工程"


def _dated(period_end: str, dated: str) -> ReadDocument:
    return make_doc([
        "普通高等学校毕业证书",
        "学生陈思远，性别男，一九九四年十月三日生，于二〇一三年九月至二",
        f"{period_end}在本校软件工程专业四年制本科学习，修完教学计划规定的全部课程，",
        "成绩合格，准予毕业。",
        "证书编号：",
        "校名：武汉理工大学",
        dated,
    ])


def test_a_year_cut_at_the_line_break_is_completed_from_the_certificates_own_date():
    # the number unread; OCR lost a 〇 where the line broke (至二|一七年七月): the diploma is
    # dated the day its holder graduated, and the digits that survived are that year's
    assert values(_dated("一七年七月", "二〇一七年七月一日"))["end"] == "2017-07"
    # the surviving digits do not fit the certificate's year: left unread
    assert "end" not in values(_dated("一七年七月", "二〇一八年七月一日"))


def _app_form(label: str, value_line: str | None, *, value_x: float = 40.0) -> ReadDocument:
    """An approval record as a phone app shows it: each label alone on its line, the value
    alone on the line below; `value_line` None leaves the field empty."""
    lines = ["审批详情", "王丽娟提交的学历认证申请", "姓名", "王丽娟", "毕业院校", "武汉理工大学",
             label, value_line, "学历层次", "本科", "入学时间", "2012-09", "毕业时间", "2016-06"]
    words, y = [], 40.0
    for line in lines:
        if line is None:
            continue
        x = value_x if line == value_line else 40.0
        words.extend(line_words(line, y, x=x))
        y += 14.0 * 1.6
    return ReadDocument("shot.jpg", "app-form", (Page(1, 595.0, 842.0, tuple(words), "ocr:t 1"),))


@pytest.mark.parametrize("label", ["所学专业", "专业", "专业名称："])
def test_an_app_forms_major_stands_on_the_line_under_its_label(label):
    got = values(_app_form(label, "物流管理"))
    assert got["major"] == "物流管理"
    assert got["start"] == "2012-09" and got["end"] == "2016-06"


def test_an_app_forms_major_is_not_the_next_label_nor_a_line_beside_the_column():
    # the field left empty: the line under the label is the next field's label
    assert "major" not in values(_app_form("所学专业", None))
    # a line set in another column is not the value stacked under the label
    assert "major" not in values(_app_form("所学专业", "物流管理", value_x=320.0))


def _record(entered: str, left: str) -> ReadDocument:
    return make_doc([
        "学历信息",
        "姓名 赵建国 性别 男",
        "毕业院校 长沙理工大学",
        "专业 交通运输",
        entered,
        left,
        "毕业证书编号 105361200906003312",
    ])


def test_the_period_labels_as_ocr_reads_them_printed_small():
    # 入 read as 人, 毕 as 华 in a grey field label: still the study period's dates
    got = values(_record("人学时间 2006-09", "华业时间 2009-07"))
    assert (got["start"], got["end"]) == ("2006-09", "2009-07")
    got = values(_record("人学日期 2006年9月", "华业日期 2009年7月"))
    assert (got["start"], got["end"]) == ("2006-09", "2009-07")


def test_other_dates_of_a_record_are_not_the_study_period():
    got = values(_record("出生日期 1987-05-02", "参加工作时间 2009-07"))
    assert "start" not in got and "end" not in got


def _old_diploma(major_run: str) -> ReadDocument:
    return make_doc([
        "哈尔滨工业大学",
        "毕 业 证 书",
        "学生孙立新，男，一九六七年二月五日生，于一九八五年九月至一九八九年七月",
        f"在本校{major_run}专业四年制本科学习，修完教学计划规定的全部课程，",
        "成绩合格，准予毕业。",
        "校长 杨士勤  系主任 王德明",
        "一九八九年七月十日",
    ])


def test_an_older_diplomas_department_before_the_major_is_not_part_of_it():
    assert values(_old_diploma("建筑工程系工业与民用建筑"))["major"] == "工业与民用建筑"
    assert values(_old_diploma("外语系英语"))["major"] == "英语"


@pytest.mark.parametrize("major",
                         ["国际关系", "计算机系统结构", "信息管理与信息系统", "中外关系史"])
def test_a_majors_own_words_with_xi_are_not_a_department(major):
    assert values(_old_diploma(major))["major"] == major


def _entered_completed(completed: str) -> list[str]:
    """A diploma telling the period as the dates the holder entered and completed the course."""
    return ["吉首大学", "毕业证书", "证书编号：105311201407001126",
            "彭雪梅，女，1992年10月3日生，于2011年9月入学，在本校护理",
            f"专业三年制专科学习，{completed}教学计划规定的全部课程，成绩合格，准予毕业。",
            "校长 某某某", "2014年7月2日"]


@pytest.mark.parametrize("completed", ["于2014年7月修完", "于2014年7月修业期满，修完"])
def test_the_period_ends_at_the_date_the_course_was_completed(completed):
    got = values(make_doc(_entered_completed(completed)))
    assert (got["start"], got["end"]) == ("2011-09", "2014-07")


def test_a_date_that_does_not_say_the_course_was_completed_is_no_end():
    # a transfer between programmes is dated too; it ends nothing
    got = values(make_doc(_entered_completed("于2012年3月转入本专业，修完")))
    assert got["start"] == "2011-09" and "end" not in got


def _both_faces(heading: str, name_line: str, credit: str) -> ReadDocument:
    """A diploma's face and its back (说明, the number and the printing credit) in one upload;
    the face's 校名 label letter-spaced and read as `name_line`."""
    face = [heading, "毕业证书", "证书编号：105421201306002270",
            "龙海燕，女，1991年2月14日生，于2010年9月入学，在本校学前教育",
            "专业三年制专科学习，于2013年6月修完教学计划规定的全部课程，成绩合格，准予毕业。",
            name_line, "长 某某某", "2013年6月25日"]
    back = ["说明", "一、本证书是持证人完成本校规定学业、准予毕业的凭证。",
            "二、本证书涂改、转借无效。", "证书编号：105421201306002270", credit]
    return make_doc(face, back)


def test_the_office_credited_with_printing_the_form_is_not_the_school():
    # the face's 校名 label lost under the seal: the school is read from the names printed
    doc = _both_faces("湖南师范大学", "湖南师范大学", "湖南师范大学研究生院（学位办）监制")
    assert values(doc)["school"] == "湖南师范大学"


def test_a_school_named_as_a_graduate_school_on_the_face_stays():
    # the rule is the credit line's only: a graduate school conferring in its own name stays
    doc = _both_faces("中国社会科学院研究生院", "", "教育部学生司监制")
    assert values(doc)["school"] == "中国社会科学院研究生院"


def test_the_name_labels_second_character_read_onto_the_school_is_cut():
    # 校 名 letter-spaced: OCR took the 校 apart and left 名 glued to the school's name
    doc = _both_faces("湖南师范大学", "名湖南师范大学", "湖南师范大学教务处监制")
    assert values(doc)["school"] == "湖南师范大学"


def test_a_name_that_begins_with_ming_is_kept_where_nothing_else_names_the_school():
    doc = _both_faces("毕业证书", "名古屋大学", "名古屋大学监制")
    assert values(doc)["school"] == "名古屋大学"


@pytest.mark.parametrize("cell", ["校名：江财经大学", "校名：江财经太学"])
def test_a_headless_school_cell_is_completed_by_the_line_printing_the_name_whole(cell):
    """The school's name printed alone on its own line (a heading over 毕业证书) and after
    校名, the 校名 read having lost its head: the line that ends in every character the cell
    kept is the name the page printed."""
    lines = ["浙江财经大学", "毕业证书", *_BODY, cell, "二〇一三年七月一日"]
    assert _school_of(lines) == "浙江财经大学"
    lines = ["浙江财经大学", "毕业证书", *_BODY, "校名：", cell[3:], "二〇一三年七月一日"]
    assert _school_of(lines) == "浙江财经大学"


@pytest.mark.parametrize("heading", [["湖南师范大学"], ["普通高等学校"],
                                     ["江西财经大学", "广西财经大学"]])
def test_a_headless_school_cell_is_not_completed_by_a_line_that_disagrees(heading):
    """A line naming another school (not ending in what the cell kept), the category
    heading, or two schools that both fit leave the headless read unread, never guessed."""
    lines = [*heading, "毕业证书", *_BODY, "校名：西财经大学", "二〇一三年七月一日"]
    assert _school_of(lines) is None


def test_a_seals_rim_read_on_after_the_labelled_school_and_wrapped_is_not_the_name():
    # the seal stamped over 校名's value: its rim's characters read on after the name, the
    # run wrapping onto the next line (校名：湖南工程学院程 / 学院)
    lines = ["普通高等学校", "毕业证书",
             "学生彭晓，性别女，2011年9月至2015年6月在本校机械工程专业四年制本科学习，",
             "修完教学计划规定的全部课程，成绩合格，准予毕业。"]
    doc = make_doc([*lines, "校名：湖南工程学院程", "学院", "校长：某某",
                    "证书编号：115281201505000321"])
    assert values(doc)["school"] == "湖南工程学院"
    # an independent college's name after its parent university's is its own, not a seal's
    college = make_doc([*lines, "校名：湘潭大学兴湘学院", "校长：某某",
                        "证书编号：130891201505000321"])
    assert values(college)["school"] == "湘潭大学兴湘学院"


@pytest.mark.parametrize("read", ["江西师大学", "西北族大学", "云南族学院", "杭州电子技大学",
                                  "江苏范大学"])
def test_a_school_read_that_lost_a_character_of_its_discipline_word_is_left_unread(read):
    """The seal over 校名 (or OCR) took one character of 师范, 民族 or 科技: no school is named
    so, and a wrong name is worse than none."""
    assert _school_of(["普通高等学校", "毕业证书", *_BODY, f"校名：{read}", "校长：某某"]) is None


@pytest.mark.parametrize("name", ["江西师范大学", "西北民族大学", "云南民族学院", "南京科技大学",
                                  "中国科学技术大学", "宁夏机电技师学院", "吉林大学"])
def test_a_school_whose_discipline_word_is_whole_is_read(name):
    assert _school_of(["普通高等学校", "毕业证书", *_BODY, f"校名：{name}", "校长：某某"]) == name


#: A diploma whose major wraps onto a line of the statement's stock wording, as OCR reads it.
def _wrapped(second_line: str) -> list[str]:
    return ["毕业证书",
            "学生 陈晓梅，性别女，1996年4月3日生，于2014年9月至2018年6月在本校给水",
            second_line,
            "校名：某某理工学院"]


def test_a_major_on_a_line_whose_stock_wording_is_garbled_is_left_unread():
    # 给水排水工程 read as 给水水工呈 on a line where 修完, 课程 and 毕业 are misread too
    got = values(make_doc(_wrapped(
        "水工呈专业四年制本科学习，修元研究生培养方案规定的全部课呈，成绩合格，准予毕亚。")))
    assert "major" not in got
    assert got["name"] == "陈晓梅" and got["level"] == "本科"


@pytest.mark.parametrize("second", [
    "排水工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
    # a slip or two of the recogniser in the stock wording is no garbled line
    "排水工程专业四年制本科学习，修完教学计划规定的全部课呈，成绩合格，准予毕亚。",
    # a graduate's and a 结业 certificate's own wording are no misreads of it
    "排水工程专业学习，修完培养方案规定的全部课程，成绩合格，准予结业。",
])
def test_a_major_on_a_line_of_well_read_stock_wording_stands(second):
    assert values(make_doc(_wrapped(second)))["major"] == "给水排水工程"


PROSE = ["普通高等学校", "毕 业 证 书",
         "学生王芳，性别女，1995年3月2日生，于2014年9月至2018年6月在本校会计学专业四年制",
         "本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"]


def _with_words(doc, *words):
    from dataclasses import replace
    page = doc.pages[0]
    return replace(doc, pages=(replace(page, words=page.words + tuple(words)),))


def _school_line(overlap):
    # the school's name under its seal detected as two boxes: 湖南 and 工程学院 (of 湖南交通
    # 工程学院, 交通 under the seal's red), the second starting `overlap` line heights early
    from pipeline.model import BBox, Word
    h, x = 20.0, 440.0
    return (Word("湖南", BBox(400, 300, x, 300 + h), 0.95),
            Word("工程学院", BBox(x - overlap * h, 298, x - overlap * h + 90, 302 + h), 0.9))


def test_a_school_joined_from_two_detections_of_one_strip_is_left_unread():
    doc = _with_words(make_doc(PROSE), *_school_line(0.4))
    assert "school" not in values(doc)


@pytest.mark.parametrize("overlap", [0.0, 0.1])
def test_a_school_read_from_boxes_side_by_side_stands(overlap):
    doc = _with_words(make_doc(PROSE), *_school_line(overlap))
    assert values(doc)["school"] == "湖南工程学院"


@pytest.mark.parametrize("signed", ["王秀芳", "王芳秀"])
def test_a_name_signed_with_a_character_more_than_the_prose_read_is_left_unread(signed):
    # OCR dropped a character of the prose's 王秀芳 (or of the signature): which is unsure
    doc = make_doc([*PROSE, "与原件相符 本人签字", f"{signed} 2021.4.9"], split=True)
    assert "name" not in values(doc)


@pytest.mark.parametrize("signed", ["王芳 2021.4.9", "刘秀芳 2021.4.9", "校长：王秀芳"])
def test_a_name_signed_the_same_or_by_another_person_leaves_the_prose_read(signed):
    assert values(make_doc([*PROSE, signed], split=True))["name"] == "王芳"


@pytest.mark.parametrize(("statement", "misread"), [
    ("修完培养方案规定的全部课桯，戍绩合格，准予毕止。", 3),  # 桯 戍 止: garbled
    ("修完培养方案规定的全部课程，成绩合恪，准予毕业。", 0),  # the odd slip
    ("修完培养方案规定的全部课程，成绩合格，准予毕业。", 0),
])
def test_the_stock_wording_misread_beyond_a_slip_is_counted(statement, misread):
    import extractors
    doc = make_doc(["普通高等学校", "毕业证书", "学生潘建国，性别女，1988年5月2日生，于2006年9月至",
                    "2010年7月在本校护理学专业四年制本科学习，", statement])
    assert extractors.garbled_wording(doc, "diploma") == misread
    # a kind with no stock sentence of its own counts nothing, whatever its lines say
    assert extractors.garbled_wording(doc, "title_certificate") == 0


def _beside_its_copy(copy_holder):
    """An original diploma photographed beside its photocopy stamped 原件已核: the statement
    twice, the copy's holder read as `copy_holder`."""
    def statement(holder):
        return [f"学生{holder}，性别女，1991年7月8日生，于2009年9月至2012年7月在本校",
                "会计专业三年制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"]
    return make_doc(["桂林理工大学", "毕业证书", *statement("覃丽萍"), "桂林理工大学", "毕业证书",
                     *statement(copy_holder), "原件已核 核对人：黄",
                     "证书编号：105961201206001234"])


@pytest.mark.parametrize("copy_holder", ["覃丽苹", "覃萍", "覃丽萍"])
def test_a_holder_read_differently_in_the_statements_of_an_original_and_its_copy_is_unread(
        copy_holder):
    read = values(_beside_its_copy(copy_holder))
    if copy_holder == "覃丽萍":  # both read alike: that is the holder
        assert read["name"] == "覃丽萍"
    else:  # one read is wrong and the page cannot tell which
        assert "name" not in read
    assert read["birth_date"] == "1991-07-08"


#: A diploma whose statement lost its holder (a watermark over it), its footer labelled with
#: where to check it: 查 and 邮 are surnames, yet a 网址/地址/邮箱 label names no person.
@pytest.mark.parametrize("label", ["查询网址", "通讯地址", "邮箱", "查验网站"])
def test_a_contact_or_url_label_is_never_the_holder(label):
    doc = make_doc(["于2016年7月在本校电气工程及其自动化专业四年制本科学习，准予毕业。",
                    "证书编号：106021201605001122", f"{label}：www.example.edu.cn"])
    assert "name" not in values(doc)


def test_a_name_before_a_colon_is_still_the_holder():
    # the look-alike: a person addressed at a line's head (查丽萍：) is read as before
    doc = make_doc(["查丽萍：",
                    "于2016年7月在本校电气工程及其自动化专业四年制本科学习，准予毕业。"])
    assert values(doc)["name"] == "查丽萍"


def _licence(*rows):
    """An electronic licence page of a 政务服务 app: label left, value flush right."""
    return make_doc(["电子证照", "普通高等学校毕业证书", *rows, "学校名称    广西科技大学",
                     "专业    电子商务", "层次    专科", "证书编号    114461201807001234"])


@pytest.mark.parametrize("row", ["持证人：覃丽萍", "持证人                覃丽萍",
                                 "持证人姓名    覃丽萍"])
def test_the_holder_of_an_electronic_licence_is_read_by_its_label(row):
    assert values(_licence(row, "性别    女"))["name"] == "覃丽萍"


def test_the_holder_word_in_a_sentence_or_a_signature_box_is_no_label():
    # the look-alikes: 持证人 as a sentence's subject, and the box the holder signs
    read = values(_licence("本证书持证人通过全部课程考核", "持证人签名：    "))
    assert "name" not in read
