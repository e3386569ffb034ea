from __future__ import annotations

from _docs import make_doc

from extractors import appointment_letter as al


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
