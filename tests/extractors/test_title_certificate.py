from __future__ import annotations

from _docs import make_doc

from extractors import title_certificate as tc


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
