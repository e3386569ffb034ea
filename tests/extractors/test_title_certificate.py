from __future__ import annotations

from _docs import make_doc

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
