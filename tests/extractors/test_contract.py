from __future__ import annotations

import pytest
from _docs import make_doc

from extractors import contract


def values(doc):
    return {f.name: f.value for f in contract.extract(doc).fields}


@pytest.mark.parametrize("split", [False, True])
def test_labour_contract(split):
    doc = make_doc(
        [
            "劳动合同书",
            "甲方（用人单位）：柳州某某科技有限公司",
            "统一社会信用代码：91450200MA5K3B7N2U",
            "法定代表人：王五",
            "住所：柳州市某某路1号",
            "乙方（劳动者）：张伟",
            "身份证号：450202199003121234",
            "根据《中华人民共和国劳动合同法》及有关规定，甲乙双方遵循合法、公平、平等自愿、协商一致的原则，签订本合同。",
            "第一条 合同期限",
            "合同期限：本合同为固定期限合同，期限自2012年7月1日起至2015年6月30日止。",
        ],
        split=split,
    )
    assert values(doc) == {
        "name": "张伟",
        "id_number": "450202199003121234",
        "unit": "柳州某某科技有限公司",
        "credit_code": "91450200MA5K3B7N2U",
        "start": "2012-07-01",
        "end": "2015-06-30",
    }


def test_open_ended_public_contract_with_named_labels():
    doc = make_doc(
        [
            "事业单位聘用合同书",
            "甲方（聘用单位）名称：柳州市某某设计研究院",
            "统一社会信用代码：12450200MB1234567F",
            "乙方（受聘人员）姓名：李强  性别：男",
            "居民身份证号码：45020219880506123x",
            "一、合同期限",
            "本合同为无固定期限合同，自 2016年3月1日 起履行。",
        ]
    )
    got = values(doc)
    assert got == {
        "name": "李强",
        "id_number": "45020219880506123X",
        "unit": "柳州市某某设计研究院",
        "credit_code": "12450200MB1234567F",
        "start": "2016-03-01",
    }


def test_certificate_of_employment_addressed_to_a_bureau():
    # a unit's 证明 of the employment: the employee in its sentence, the unit where its name
    # is asked for under the seal, not the body the certificate is addressed to
    doc = make_doc(
        [
            "在 职 证 明",
            "某某市人事考试中心：",
            "兹证明王小红（居民身份证号码：450202199003121234）系我单位在职职工，自2015年3月1日起",
            "与我单位签订劳动合同，现从事专业技术工作。",
            "特此证明。",
            "单位名称（盖章）：某某市某某建筑工程有限公司",
            "统一社会信用代码：91450200MA5K3B7N2U",
            "2024年5月6日",
        ]
    )
    got = values(doc)
    assert got["name"] == "王小红"
    assert got["unit"] == "某某市某某建筑工程有限公司"
    assert got["credit_code"] == "91450200MA5K3B7N2U"


def test_certificate_without_a_readable_unit_names_no_addressee():
    doc = make_doc(
        [
            "劳动关系证明",
            "某某市人力资源和社会保障局：",
            "兹证明我单位职工李强同志系我单位在职职工。",
            "2024年5月6日",
        ]
    )
    got = values(doc)
    assert got["name"] == "李强"
    assert "unit" not in got


def test_a_partys_particulars_under_its_heading():
    doc = make_doc([
        "劳动合同书",
        "甲方（用人单位）",
        "名    称：柳州某某科技有限公司",
        "法定代表人：王五",
        "乙方（劳动者）",
        "姓    名：张伟",
        "居民身份证号码：450202199003121234",
    ])
    got = values(doc)
    assert (got["unit"], got["name"]) == ("柳州某某科技有限公司", "张伟")


def test_an_open_ended_contract_stating_no_start_runs_from_the_day_it_was_signed():
    # a public institution's 聘用合同 uploaded as its signature page and a supplement that
    # cites it by the day it was signed; the term clause's page is not among them
    doc = make_doc([
        "第十五条 本合同自双方签字盖章之日起生效。",
        "甲方（盖章）：柳州市工人医院      乙方（签名）：覃丽",
        "签订时间：2019年9月1日",
        "聘用合同补充条款",
        "甲方：柳州市工人医院",
        "乙方：覃丽",
        "双方于2019年9月1日订立的聘用合同为无固定期限聘用合同，现就培训服务期补充约定如下：",
        "本补充条款自双方签字之日起生效。",
        "2019年9月5日",
    ])
    got = values(doc)
    assert got["start"] == "2019-09-01" and "end" not in got


def test_a_contract_without_a_term_or_open_end_takes_no_signing_day_for_its_start():
    doc = make_doc([
        "甲方（盖章）：柳州市工人医院      乙方（签名）：覃丽",
        "签订日期：2019年9月1日",
    ])
    assert "start" not in values(doc)


def test_a_term_given_as_two_labelled_dates_reads_its_end_from_the_end_label():
    # a records system's 合同信息 page: the term as 起始日期 / 终止日期 rows, not a range
    doc = make_doc(
        [
            "聘用合同信息",
            "聘用单位：柳州市某某区人民医院",
            "受聘人员：梁晓东",
            "起始日期：2018年9月1日",
            "岗位类别：专业技术岗",
            "终止日期：2023年8月31日",
            "备案时间：2018年9月12日",
        ]
    )
    got = values(doc)
    assert (got["start"], got["end"]) == ("2018-09-01", "2023-08-31")


def test_an_end_label_without_a_date_leaves_the_end_unread():
    # open-ended: the end row says so; the next row's date is not the term's end
    doc = make_doc(
        [
            "劳动合同",
            "用人单位：柳州某某物流有限公司",
            "劳动者：黄丽",
            "开始日期：2020-05-06",
            "到期日期：无固定期限",
            "归档日期：2020-05-08",
        ]
    )
    got = values(doc)
    assert got["start"] == "2020-05-06"
    assert got.get("end") is None


def test_the_signing_place_printed_first_is_not_the_employees_name():
    # the last page scanned before the first: 乙方（签名）： where the employee signs
    doc = make_doc(
        [
            "甲方（盖章）：                 乙方（职工）（签名）：",
            "签约日期：2020年3月2日",
        ],
        [
            "聘用合同书",
            "甲方（聘用单位）：柳州市某某职业技术学院",
            "乙方（职工）：蒙志强",
            "公民身份号码：450221198507150016",
            "一、本合同期限自2020年3月1日起至2025年2月28日止。",
        ],
    )
    found = values(doc)
    assert (found["name"], found["unit"]) == ("蒙志强", "柳州市某某职业技术学院")


def test_parties_side_by_side_each_under_its_own_heading():
    # 甲方 left, 乙方 right, each party's particulars in its own column
    doc = make_doc(
        [
            "劳动合同",
            "甲方（用人单位）        乙方（劳动者）",
            "名称 柳州某某物流股份有限公司      姓名 覃小兰",
            "法定代表人 黄国庆      身份证号 450102199201010027",
            "一、合同期限：自2019年10月08日起至2022年10月07日止。",
        ],
        split=True,
    )
    found = values(doc)
    assert (found["name"], found["unit"]) == ("覃小兰", "柳州某某物流股份有限公司")


@pytest.mark.parametrize("heading", ["甲方（聘用单位）基本信息", "甲方基本情况"])
def test_a_grids_printed_labels_are_never_the_employers_name(heading):
    """A contract's particulars set as a grid under each party's heading: the heading's
    基本情况/基本信息 and the row's 单位名称 are labels, the employer's name follows them."""
    doc = make_doc([
        "聘用合同",
        heading,
        "单位名称 南宁市青秀区江南人民医院",
        "住所 南宁市青秀区长湖路3号",
        "乙方（受聘人员）基本信息",
        "姓名 黎海燕",
        "身份证号 450103199207151228",
    ])
    assert values(doc)["unit"] == "南宁市青秀区江南人民医院"


def _parties_grid(unit_on_label_line: bool):
    """A four-column grid of the two parties (label | value | label | value) whose employer's
    name wrapped in its cell: centred on its row, its first line above the label's line, its
    last on it (a scan's reader) or below it (a text layer)."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    def w(x, y, text):
        return Word(text, BBox(x, y, x + 10.0 * len(text), y + 10.0), 0.95)

    words = [w(230, 60, "聘用协议"), w(90, 120, "甲方"), w(190, 120, "（聘用单位）"),
             w(340, 120, "乙方"), w(430, 120, "（受聘人员）"),
             w(160, 144, "云南昆明华兴环境工程技术有"),
             w(80, 156, "单位名称"), w(340, 156, "姓名"), w(440, 156, "陆海燕"),
             w(205, 156 if unit_on_label_line else 168, "限公司"),
             w(80, 192, "身份证号"), w(410, 192, "450103199202143326"),
             w(40, 230, "本协议自2020年3月1日起至2025年2月28日止。")]
    return ReadDocument("协议.pdf", "0" * 64, (Page(1, 595.0, 842.0, tuple(words), "text_layer"),))


@pytest.mark.parametrize("on_line", [False, True])
def test_a_parties_grid_reads_a_wrapped_employer_cell_and_never_cuts_a_name_from_it(on_line):
    """The employee's name is the one in their own 姓名 cell, never the head of the employer's
    wrapped name (云南昆明); the employer's name is its cell's two lines joined, not the
    employee's name run into the cell's last piece."""
    found = values(_parties_grid(on_line))
    assert found["name"] == "陆海燕"
    assert found.get("unit") == "云南昆明华兴环境工程技术有限公司"


def test_a_partys_defined_term_after_its_name_is_no_part_of_the_name():
    """A contract in prose names each party and how it calls it from then on
    (…有限责任公司（以下简称“用人单位”）, …(下称甲方)): that parenthesis is never the name."""
    for wording in ("（以下简称“用人单位”）", "(下称甲方)", "（简称 聘用方）"):
        doc = make_doc([
            "劳动合同",
            f"甲方：柳江县远航物流有限责任公司{wording}，住所：柳江县拉堡镇柳堡路8号。",
            "乙方：覃秀兰（以下简称“劳动者”），居民身份证号码：450221199205143326。",
            "本合同为固定期限劳动合同，期限自2020年3月1日起至2023年2月28日止。",
        ])
        found = values(doc)
        assert found["unit"] == "柳江县远航物流有限责任公司", wording
        assert found["name"] == "覃秀兰", wording


def test_a_name_before_a_letter_spaced_label_on_its_line_is_read_up_to_the_label():
    """A form's labels are spaced out to their column's width (民  族：, 性  别：): the name
    written before such a label on the same line ends where the label begins."""
    doc = make_doc([
        "事业单位聘用合同书",
        "聘用单位：某某县第三中学",
        "受聘人员",
        "姓  名： 覃秀兰  民  族： 壮",
        "公民身份号码： 450221199205143326",
        "合同期限自2020年3月1日起至2023年2月28日止。",
    ])
    assert values(doc)["name"] == "覃秀兰"


def test_a_blank_name_is_not_read_from_the_head_of_the_next_label():
    """A name left blank on the form (乙方 姓名 ____) leaves it unread: the next line's label
    (居民身份证号码：…) is cut by a stop inside it, and its first word is no name."""
    doc = make_doc([
        "劳动合同书",
        "甲方（用人单位）名称：某某县远航物流有限责任公司",
        "乙方（劳动者）",
        "姓 名：",
        "居民身份证号码：450221199205143326",
        "合同期限自2020年3月1日起至2023年2月28日止。",
    ])
    assert values(doc).get("name") is None


def _transfer_agreement(new_code="91451000MA5KQ7R8XY"):
    return make_doc([
        "劳动关系转移三方协议书",
        "甲方（原单位）：百色右江物流有限公司",
        "统一社会信用代码：91450100MA5N2K8D30",
        "乙方（接收单位）：百色右江供应链管理有限公司",
        f"统一社会信用代码：{new_code}",
        "法定代表人：黄志坚",
        "丙方（员工）：韦秋菊",
        "公民身份号码：452601199108150026",
        "经三方协商一致，丙方的劳动关系自2021年9月1日起由甲方转入乙方，乙方与丙方订立劳动合同，",
        "合同期限自2021年9月1日起至2024年8月31日止。",
        "甲方（盖章） 乙方（盖章） 丙方（签名）",
    ])


def test_an_agreement_moving_the_employee_reads_the_new_employer_and_the_employee_by_role():
    """An agreement among three parties that moves an employee between employers names the
    former employer (原单位), the new one (接收单位) and the employee by their roles in
    brackets, whatever their letters: the employment it proves is with the new employer, and
    its own credit code is the one under its heading."""
    found = values(_transfer_agreement())
    assert found["unit"] == "百色右江供应链管理有限公司"
    assert found["credit_code"] == "91451000MA5KQ7R8XY"
    assert found["name"] == "韦秋菊"
    assert found["id_number"] == "452601199108150026"


def test_the_new_employers_code_failing_its_check_is_left_unread_not_taken_from_the_former():
    found = values(_transfer_agreement(new_code="91451000MA5KQ7R8X3"))
    assert found.get("credit_code") is None
    assert found["unit"] == "百色右江供应链管理有限公司"


def test_a_contract_with_no_former_employer_reads_its_employer_as_before():
    """Three parties with no former employer among them (a dispatch agreement: 派遣单位,
    用工单位) move nobody: the employer is read as in any contract, the first one."""
    doc = make_doc([
        "劳务派遣三方协议",
        "甲方（派遣单位）：百色右江人力资源有限公司",
        "统一社会信用代码：91450100MA5N2K8D30",
        "乙方（用工单位）：百色右江供应链管理有限公司",
        "统一社会信用代码：91451000MA5KQ7R8XY",
        "丙方（劳动者）：韦秋菊",
        "合同期限自2021年9月1日起至2024年8月31日止。",
    ])
    found = values(doc)
    assert found["unit"] == "百色右江人力资源有限公司"
    assert found["credit_code"] == "91450100MA5N2K8D30"
    assert found["name"] == "韦秋菊"


def _archive_view(term: str) -> list[str]:
    """A 档案 system's 查阅 window: the file's 目录 tree (二、自传材料), the viewer's
    watermark with the day it was consulted, then the contract's first page."""
    return [
        "干部人事档案管理系统",
        "一、履历材料",
        "二、自传材料",
        "王晓芳 2019-08-12 借阅",
        "九、招用、聘用材料",
        "劳动合同书",
        "甲方（用人单位）：桂林某某电子有限公司",
        "乙方（劳动者）：梁志坚",
        "双方遵循合法、公平、平等自愿的原则，签订本合同。",
        "第一条 合同期限",
        term,
        "采集时间 2021-03-15",
    ]


def test_an_open_ended_term_is_read_after_its_own_from_not_a_word_holding_the_character():
    """自 opens a term with its date right after it (自2013年9月1日起); 自 in a word (自传材料,
    平等自愿) is followed by no term, and the dates near it (a viewer's watermark) are none."""
    found = values(make_doc(_archive_view("本合同为无固定期限合同，自2013年9月1日起履行。")))
    assert found["start"] == "2013-09-01"
    assert "end" not in found


def test_a_viewing_watermark_is_not_read_as_a_term_without_one():
    found = values(make_doc(_archive_view("本合同为无固定期限合同，自双方签字之日起履行。")))
    assert "start" not in found


def _with_card_copy(term: str) -> list[str]:
    # the filed first page with the worker's 身份证复印件 stapled on: the card's front and back
    # read line by line beside each other, and the worker's note under it
    return [
        "劳动合同书",
        "甲方（用人单位）：南宁市启航物流有限公司",
        "统一社会信用代码：91450100MA5K3B7N2U",
        "乙方（劳动者）：韦小燕",
        "居民身份证号码：450103199208153026",
        "第一条 合同期限",
        term,
        "姓名 韦小燕",
        "出生 1992年8月15日",
        "签发机关 南宁市公安局青秀分局",
        "公民身份号码 450103199208153026   有效期限 2016.03.22-2026.03.22",
        "此复印件仅供签订劳动合同使用",
        "韦小燕 2019.09.01",
    ]


def test_identity_card_validity_stapled_on_is_not_the_term():
    # an open-ended contract's start in its clause; the card's 有效期限 is the card's own
    got = values(make_doc(_with_card_copy("本合同为无固定期限合同，自2019年9月1日起履行。")))
    assert got["start"] == "2019-09-01"
    assert "end" not in got


def test_contract_with_card_copy_keeps_its_own_range_and_own_validity_label():
    # negative: a fixed term written as a range is still read beside a card copy, and a
    # contract's own 有效期限 (no 签发机关 beside it) is its term
    got = values(make_doc(_with_card_copy("本合同期限自2019年9月1日起至2022年8月31日止。")))
    assert (got["start"], got["end"]) == ("2019-09-01", "2022-08-31")
    own = make_doc([
        "劳动合同书",
        "甲方（用人单位）：南宁市启航物流有限公司",
        "乙方（劳动者）：韦小燕",
        "本合同有效期限：2018.01.01-2020.12.31",
    ])
    got = values(own)
    assert (got["start"], got["end"]) == ("2018-01-01", "2020-12-31")
