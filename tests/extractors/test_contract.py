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
            "统一社会信用代码：91450200MA5KXXXXXX",
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
        "credit_code": "91450200MA5KXXXXXX",
        "start": "2012-07-01",
        "end": "2015-06-30",
    }


def test_open_ended_public_contract_with_named_labels():
    doc = make_doc(
        [
            "事业单位聘用合同书",
            "甲方（聘用单位）名称：柳州市某某设计研究院",
            "统一社会信用代码：12450200MB1234567X",
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
        "credit_code": "12450200MB1234567X",
        "start": "2016-03-01",
    }
