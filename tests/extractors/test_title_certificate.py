from __future__ import annotations

from _docs import make_doc, table_doc

from extractors import classify
from extractors import title_certificate as tc
from pipeline.model import DocumentKind as K


def values(doc):
    return {f.name: f.value for f in tc.extract(doc).fields}


def test_labelled_card():
    doc = make_doc(
        [
            "专业技术资格证书",
            "姓    名： 张伟",
            "性    别： 男",
            "出生日期： 1990年3月12日",
            "身份证号： 450202199003121234",
            "专    业： 土木工程",
            "资格名称： 高级工程师",
            "级    别： 副高级",
            "取得时间： 2018年12月20日",
            "评审机构： 广西工程系列高级职称评审委员会",
            "证书编号： GX2018123456",
            "发证机关：广西壮族自治区人力资源和社会保障厅",
            "发证日期：2019年1月10日",
        ]
    )
    assert values(doc) == {
        "name": "张伟",
        "id_number": "450202199003121234",
        "title": "高级工程师",
        "level": "副高级",
        "obtained_on": "2018-12-20",
        "certificate_number": "GX2018123456",
    }


def test_level_derived_from_title_and_other_labels():
    doc = make_doc(
        [
            "职称证书",
            "姓名：李强 性别：女",
            "职称名称：工程师（土木）",
            "评审通过时间：2017.12",
            "证书编号：2017-0456",
        ]
    )
    got = values(doc)
    assert got["title"] == "工程师" and got["level"] == "中级"
    assert got["obtained_on"] == "2017-12" and got["certificate_number"] == "2017-0456"


def test_derived_levels():
    for title, level in [("助理工程师", "初级"), ("正高级工程师", "正高级"), ("工程师", "中级")]:
        got = values(make_doc(["专业技术资格证书", f"资格名称：{title}"]))
        assert got["level"] == level


#: The bureau's proof issued in a lost certificate's stead: prose naming the holder, the date
#: the committee passed them, and the proof's own references, handler and date.
PROOF = [
    "专业技术资格证明",
    "某人社职证〔2023〕7号",
    "李建国，男，1980年5月6日出生，公民身份号码：",
    "450102198005061234。",
    "经查，该同志于2012年12月20日经某市工程系列中级职称评审委",
    "员会评审通过，取得土木工程专业工程师（中级）专业技术资格，批准",
    "文号：某人社职〔2012〕30号，原证书编号：45012012000123。",
    "特此证明。",
    "某市人力资源和社会保障局",
    "2023年3月1日",
    "经办人：王晓红        联系电话：0771-1234567",
]


def test_proof_in_a_certificates_stead():
    got = values(make_doc(PROOF))
    assert got["name"] == "李建国"  # not 文号: nor 经办人: opening their lines
    assert got["obtained_on"] == "2012-12-20"  # the date passed, not the birth or the proof's
    assert got["title"] == "工程师" and got["certificate_number"] == "45012012000123"


def test_proof_is_a_title_certificate_without_naming_the_certificate():
    lines = [line for line in PROOF if "证书" not in line]
    assert classify(make_doc(lines))[0] is K.TITLE_CERTIFICATE


def test_the_date_obtained_is_the_one_that_says_so():
    lines = ["职称证书", "张伟，女，1991年2月3日生，2012年7月参加工作，",
             "2016年12月经评审取得工程师资格。"]
    got = values(make_doc(lines))
    assert got["obtained_on"] == "2016-12"


def test_the_certificate_number_not_the_issuers_management_number():
    got = values(make_doc(["管理号：AB12CD34EF", "专业技术资格证书", "姓名：王芳",
                           "资格名称：工程师", "证书编号：12345678901234",
                           "发证日期：2019年1月10日"]))
    assert got["certificate_number"] == "12345678901234"


def test_a_card_numbered_only_by_a_plain_label():
    got = values(make_doc(["职称证书", "姓名：王芳", "资格名称：工程师", "编号：ZC2019001"]))
    assert got["certificate_number"] == "ZC2019001"


def test_the_holders_signature_box_is_not_the_holders_name():
    got = values(make_doc(["持证人签名：", "管理号：45022019100001", "持 证 人 王芳",
                           "任职资格 工程师", "批准时间 2019年12月1日"]))
    assert got["name"] == "王芳"
    assert got["certificate_number"] == "45022019100001"


def test_label_words_inside_prose_are_no_label():
    """An exam booklet's note opens with prose that names the 持证人 as a sentence's subject;
    the wrap leaves a verb phrase (符合国家) after it, which is no name: the card's 姓名 cell is."""
    doc = make_doc(
        [
            "说明",
            "经考核，本证书持证人符合国家",
            "卫生专业技术资格考试合格标准。",
            "管理号：GW2019000123",
            "姓  名 王丽娜",
            "性  别 女",
            "资格名称 主管护师",
            "批准日期 2019年9月30日",
        ]
    )
    assert values(doc)["name"] == "王丽娜"



def _sheet_with_card(particulars):
    """A 签收表 on the left, its rows tall for pen signatures, and the certificate's
    particulars leaf lying beside it on the right."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    words = [Word("2019年度初级职称证书领取签收表", BBox(30, 40, 230, 52), 0.95)]
    cols = (30.0, 80.0, 140.0, 215.0)
    rows = [("序号", "姓名", "资格名称", "领取人签名"),
            ("31", "韦志明", "助理工程师", "韦志明"), ("32", "蒙小红", "助理工程师", "蒙小红"),
            ("33", "黎国栋", "助理工程师", "黎国栋"), ("34", "覃玉兰", "助理工程师", "覃玉兰")]
    for r, cells in enumerate(rows):
        y = 80.0 + 34.0 * r
        for x, cell in zip(cols, cells, strict=True):
            words.append(Word(cell, BBox(x, y, x + 12.0 * len(cell), y + 11), 0.95))
    for k, line in enumerate(particulars):
        y = 60.0 + 31.0 * k
        words.append(Word(line, BBox(330, y, 330 + 11.0 * len(line), y + 11), 0.95))
    page = Page(1, 595.0, 420.0, tuple(words), "ocr:test 1.0")
    return ReadDocument("职称证书.jpg", "1" * 64, (page,))


def test_a_sign_off_sheet_under_the_certificate_names_other_holders():
    """Photographed lying on the bureau's 领取签收表, a certificate shows a table of other
    holders (序号 姓名 资格名称 签名, a row each): its 姓名 column names none of them as
    this certificate's holder; the holder is the name by the particulars' own label."""
    card = ["姓名：陆雪梅", "性别：女", "资格名称：助理工程师", "证书编号：45032019110452"]
    assert values(_sheet_with_card(card))["name"] == "陆雪梅"
    # with the particulars' name lost, no one on the sheet is read in its place
    assert values(_sheet_with_card(card[1:])).get("name") is None


def test_a_card_set_as_a_one_row_grid_still_names_its_holder():
    from _docs import table_doc

    doc = table_doc(("姓名", "性别", "出生年月"), [("陆雪梅", "女", "1990年5月")],
                    above=["专业技术资格证书"], below=["资格名称：助理工程师"])
    assert values(doc)["name"] == "陆雪梅"


def test_record_of_titles_reads_the_pasted_card_not_the_first_row():
    # a 考绩档案 page: a row per title held (the earliest first), the certificate pasted below
    doc = table_doc(
        ("职称名称", "职称级别", "评审通过时间", "发证单位", "证书编号"),
        [("技术员", "员级", "2006.07", "区人事局", "A1234"),
         ("助理工程师", "初级", "2011.09", "市人社局", "B20110987")],
        below=["证书复印件粘贴处", "专业技术资格证书", "姓名：黄丽", "资格名称：助理工程师",
               "资格级别：初级", "取得时间：2011年9月20日", "证书编号：B20110987"])
    got = values(doc)
    assert got["level"] == "初级" and got["obtained_on"] == "2011-09-20"
    assert got["certificate_number"] == "B20110987"


def test_record_of_titles_without_card_reads_no_level_or_date():
    doc = table_doc(
        ("资格名称", "资格级别", "取得时间", "审批机关"),
        [("助理经济师", "初级", "2008.03", "县人事局"),
         ("经济师", "中级", "2014.11", "市人社局")])
    got = values(doc)
    assert "level" not in got and "obtained_on" not in got


def test_one_row_table_is_the_certificates_own():
    # negative: a card printed as a one-row table keeps its values
    doc = table_doc(("资格名称", "资格级别", "取得时间", "证书编号"),
                    [("经济师", "中级", "2014.11", "C778899")],
                    below=["发证机关：某市人力资源和社会保障局"])
    got = values(doc)
    assert got["level"] == "中级" and got["obtained_on"] == "2014-11"
    assert got["certificate_number"] == "C778899"
