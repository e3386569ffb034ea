from __future__ import annotations

from _docs import make_doc

from extractors import continuing_education


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
