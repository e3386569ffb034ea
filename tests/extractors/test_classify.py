from __future__ import annotations

import pytest
from _docs import make_doc, table_doc

from extractors import classify
from pipeline.model import DocumentKind as K

EXAMPLES = {
    K.DIPLOMA: [
        "普通高等学校",
        "毕 业 证 书",
        "学生 张伟，性别男，1990年3月12日生，于2008年9月至2012年6月在本校",
        "土木工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
        "校    名：重庆大学",
    ],
    K.DEGREE: [
        "学  士  学  位  证  书",
        "张伟，男，1990年3月12日生。在重庆大学土木工程专业完成了本科学习计划，",
        "业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。",
        "学位证书编号：1061142012001234",
    ],
    K.ID_CARD: [
        "姓  名 张伟",
        "性  别 男 民  族 汉",
        "出  生 1990 年 3 月 12 日",
        "住  址 广西柳州市",
        "公民身份号码 450202199003121234",
    ],
    K.TITLE_CERTIFICATE: [
        "专业技术资格证书",
        "姓    名： 张伟",
        "资格名称： 工程师",
        "取得时间： 2018年12月20日",
    ],
    K.APPOINTMENT_LETTER: [
        "聘    书",
        "兹聘任 张伟 同志为 工程师（职务），聘期自 2019年1月 至 2021年12月。",
    ],
    K.CONTRACT: [
        "劳动合同书",
        "甲方（用人单位）：柳州某某科技有限公司",
        "乙方（劳动者）：张伟",
        "合同期限：本合同为固定期限合同，期限自2012年7月1日起至2015年6月30日止。",
    ],
    K.PAPER: [
        "建筑技术 2022年第3期 ISSN 1000-4726 CN 11-2115/TU",
        "软土地基处理技术研究",
        "张伟，李强",
        "摘要：……",
        "关键词：软土",
    ],
    K.ANNUAL_ASSESSMENT: [
        "2023年度事业单位工作人员年度考核登记表",
        "单位：柳州某某科技有限公司",
        "考核结果：合格",
    ],
    K.CONTINUING_EDUCATION: [
        "专业技术人员继续教育学时证明",
        "张伟同志于2023年度参加专业技术人员继续教育，共计90学时。",
    ],
    K.COMMISSION_LETTER: [
        "委  托  函",
        "柳州市职称改革工作领导小组办公室：",
        "我单位张伟同志申报工程系列中级职称，现委托贵单位评审。",
    ],
}


@pytest.mark.parametrize("kind", list(EXAMPLES))
def test_each_kind_is_recognised(kind):
    got, score = classify(make_doc(EXAMPLES[kind]))
    assert got is kind and score >= 0.5


def test_roster_table_is_recognised():
    doc = table_doc(
        ["序号", "姓名", "身份证号", "聘任职务", "聘任时间"],
        [["1", "张伟", "450202199003121234", "工程师", "2019.01"]],
        above=["柳州某某科技有限公司专业技术人员聘任花名册"],
    )
    assert classify(doc)[0] is K.APPOINTMENT_ROSTER


@pytest.mark.parametrize(
    "lines",
    [
        ["今天天气不错", "我们去公园散步吧"],
        ["Lorem ipsum dolor sit amet"],
        ["发票", "金额：100元", "2023年5月1日"],
    ],
)
def test_junk_is_other(lines):
    kind, score = classify(make_doc(lines))
    assert kind is K.OTHER and score < 0.3


def test_a_letter_citing_an_identity_number_is_no_identity_card():
    """居民身份证号码 and a 公民身份号码 inside a sentence cite a person; they are no card."""
    doc = make_doc([
        "证  明",
        "兹证明张伟（居民身份证号码：450202199003121234）系我单位职工，",
        "王芳，女，1991年3月12日出生，公民身份号码：450202199103121236，",
        "系我单位派驻人员。",
        "特此证明。",
    ])
    assert classify(doc)[0] is not K.ID_CARD


def test_a_card_held_in_a_photo_is_an_identity_card():
    """Background text around the card does not hide its labels opening their lines."""
    doc = make_doc(["0", "姓名 张伟", "性别 男 民族 汉", "出生 1990 年 3 月 12 日",
                    "住址 广西柳州市", "|公民身份号码 4502021990031212"])
    assert classify(doc)[0] is K.ID_CARD


def test_a_list_of_enclosed_materials_votes_for_no_kind():
    """A letter sending an application names, in the list of what it encloses, other
    documents (毕业证书, 职称证书): the letter is what its heading and body say it is."""
    doc = make_doc([
        "关于商请委托评审宋晓梅同志卫生系列中级职称的函",
        "桂林市卫生健康委员会：",
        "我院宋晓梅同志现申报卫生系列中级职称，因我院无评审权限，特委托贵委组织评审。",
        "桂林市第三人民医院",
        "2023年5月8日",
        "附件2：申报材料目录",
        "序号 文件名称 页数",
        "1 初级职称证书（专业技术资格证书）复印件 2",
        "2 毕业证书、学位证书复印件 3",
        "3 聘书及劳动合同 4",
    ])
    assert classify(doc)[0] is K.COMMISSION_LETTER


def test_a_materials_table_without_a_heading_votes_for_no_kind():
    """The table's header (序号 … 材料名称) alone marks the list; what precedes it still counts."""
    doc = make_doc([
        "委托评审函",
        "南宁市人力资源和社会保障局：",
        "兹有本公司员工韦志强同志申报经济系列副高级职称，特委托贵局评审。",
        "材料名称 序号 份数",
        "现职称证书（资格证书）原件 一 1",
        "学士学位证书 二 1",
    ])
    assert classify(doc)[0] is K.COMMISSION_LETTER


def test_a_list_ends_with_its_page():
    """The page after a letter's enclosure list is read as ever."""
    from extractors._fields import enclosure_lists, index

    doc = make_doc(["通知", "附件：报送材料清单", "1 毕业证书"],
                   ["专业技术资格证书", "姓    名： 王芳", "资格名称： 会计师"])
    ix = index(doc)
    (start, end), = enclosure_lists(ix)
    assert "毕业证书" in ix.text[start:end] and "会计师" in ix.text[end:]


@pytest.mark.parametrize("line", [
    "附件：评审通过人员名单",                      # a list of people is what a notice is about
    "请将申报材料清单于6月30日前报送。",            # a sentence naming a list, no heading
    "现随函报送，材料清单附后。",
])
def test_what_is_no_list_of_enclosed_materials(line):
    from extractors._fields import enclosure_lists, index

    assert enclosure_lists(index(make_doc(["关于某事的函", line, "1 李明 工程师"]))) == []


def test_a_numbered_note_of_enclosures_votes_for_no_kind():
    """附件：1.… 2.… under a letter names the documents sent with it, item by item; the
    signature after the note is the letter's again."""
    from extractors._fields import enclosure_lists, index

    doc = make_doc([
        "关于委托评审黄志刚同志职称的函",
        "南宁市人力资源和社会保障局：",
        "我公司黄志刚同志申报工程技术系列中级职称，特委托贵局组织评审。",
        "附件：1.初级职称证书（资格证书）复印件",
        "2.学士学位证书复印件",
        "3. 聘任专业技术职务人员名单",
        "广西某某建设有限公司",
    ])
    assert classify(doc)[0] is K.COMMISSION_LETTER
    ix = index(doc)
    listed = "".join(ix.text[start:end] for start, end in enclosure_lists(ix))
    assert "学位证书" in listed and "人员名单" not in listed and "建设有限公司" not in listed


@pytest.mark.parametrize("heading", ["附：申报材料目录", "附件一、送审材料一览表（共2页）",
                                     "提交材料明细"])
def test_ways_a_list_of_materials_is_headed(heading):
    from extractors._fields import enclosure_lists, index

    ix = index(make_doc(["关于某事的函", heading, "1 毕业证书"]))
    spans = enclosure_lists(ix)
    assert [ix.text[start:end].split("\n")[-1] for start, end in spans] == ["1 毕业证书"]


def _spread(left, right):
    """One landscape photo of a bound volume opened flat: `left` and `right` are the lines of
    its facing pages."""
    from _docs import line_words

    from pipeline.model import Page, ReadDocument

    words = []
    for x, lines in ((40.0, left), (470.0, right)):
        for i, line in enumerate(lines):
            words += line_words(line, 40.0 + 26.0 * i, x=x)
    return ReadDocument("材料册.jpg", "4" * 64, (Page(1, 842.0, 595.0, tuple(words),
                                                         "ocr:test 1.0"),))


_LETTER = ["南宁某某环境工程有限公司", "关于委托评审陆晓燕同志中级职称的函",
           "钦州市职称改革工作领导小组办公室：",
           "我公司陆晓燕同志现从事环境工程技术工作，", "特委托贵办组织评审。",
           "南宁某某环境工程有限公司", "2023年5月8日"]


def test_a_bound_dossiers_contents_votes_for_no_kind():
    """A 申报材料册 opened flat: the facing page's 目录 lists the materials bound in it
    (年度考核登记表, 学位证书, 委托评审函 with their pages); the page is the letter beside it."""
    doc = _spread(["目 录（续）", "五、学历学位证书 ····················· 7",
                   "六、近三年年度考核登记表 ··············· 12",
                   "七、委托评审函 ······················· 18",
                   "八、继续教育学时证明 ················· 19", "— 17 —"], _LETTER)
    assert classify(doc)[0] is K.COMMISSION_LETTER


def test_contents_read_by_ocr_without_its_leaders():
    """OCR may lose the dotted leaders (the page number after a space), or an entry's number:
    an entry between two others is one of them; the letter after the page's end is read."""
    from extractors._fields import contents_lists, index

    doc = _spread(["目录", "一、年度考核表", "二、学位证书 5", "三、委托评审函 9", "- 4 -"],
                  _LETTER)
    ix = index(doc)
    (start, end), = contents_lists(ix)
    assert "年度考核表" in ix.text[start:end] and ix.text[start:end].endswith("委托评审函 9")
    assert classify(doc)[0] is K.COMMISSION_LETTER


def test_a_contents_list_ends_at_two_lines_that_are_no_entry():
    from extractors._fields import contents_lists, index

    ix = index(make_doc(["目 次", "一、个人述职报告 ···· 2", "二、考核登记表 ···· 6",
                         "注：页码为材料册连续页码。", "2022年度考核登记表", "考核等次 优秀"]))
    (start, end), = contents_lists(ix)
    assert ix.text[start:end].endswith("考核登记表 ···· 6")


@pytest.mark.parametrize("lines", [
    # entries with leaders but no contents heading: a certificate's list of courses and hours
    ["继续教育学时证明", "公需科目 ················ 30", "专业科目 ················ 60"],
    # a heading 目录 over no entries
    ["目录", "本材料册共装订三册。", "年度考核登记表另装一册。"],
    # 目录 inside a sentence is no heading
    ["请按目录顺序装订：", "一、年度考核表 3", "二、学位证书 5"],
])
def test_what_is_no_contents_list(lines):
    from extractors._fields import contents_lists, index

    assert contents_lists(index(make_doc(lines))) == []


def _sheet(cells_by_line):
    """One page whose lines hold cells set apart (a copy laying several certificates out
    side by side: each block's heading is a word of its own)."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    words, y = [], 40.0
    for cells in cells_by_line:
        for col, cell in enumerate(cells):
            if cell:
                x = 40.0 + 300.0 * col
                words.append(Word(cell, BBox(x, y, x + 12 * len(cell), y + 14), 0.95))
        y += 24.0
    return ReadDocument("合并复印件.jpg", "3" * 64, (Page(1, 842.0, 595.0, tuple(words),
                                                          "ocr:test 1.0"),))


def test_a_compilation_of_certificates_is_the_declared_kind_of_one_of_its_parts():
    """A sheet compiling a degree certificate (legible), a title certificate and an identity
    card (headings only) is what the applicant declared it, if that is one of its parts: the
    title certificate's heading outweighing the garbled degree does not contradict it. A
    kind none of its headings names is still contradicted."""
    doc = _sheet([
        ["西北工业大学", "中级专业技术职务资格证书"],
        ["学士学位证书"],
        ["王志强，男，1989年7月2日生。在本校航空宇航", ""],
        ["工程专业完成了本科学习计划，授予工学学士学位。"],
        ["", "居民身份证"],
    ])
    assert classify(doc, K.DEGREE)[0] is K.DEGREE
    assert classify(doc, K.TITLE_CERTIFICATE)[0] is K.TITLE_CERTIFICATE
    assert classify(doc, K.APPOINTMENT_LETTER)[0] is not K.APPOINTMENT_LETTER


def test_one_certificate_naming_another_in_its_prose_is_no_compilation():
    """A title certificate that mentions a degree in a sentence heads one certificate only:
    a diploma declared for it is contradicted as before."""
    doc = _sheet([
        ["专业技术资格证书"],
        ["姓名：陈秀英  资格名称：高级工程师  取得时间：2020年12月1日"],
        ["经评审，具备高级工程师资格（持有学士学位证书及毕业证书者）。"],
    ])
    kind, _ = classify(doc, K.DIPLOMA)
    assert kind is K.TITLE_CERTIFICATE
