from __future__ import annotations

from _docs import table_doc

from extractors import annual_assessment

_HEADER = ("考核年度", "考核等次", "考核意见", "单位盖章", "登记日期")


def values(doc):
    return {f.name: f.value for f in annual_assessment.extract(doc).fields}


def test_a_yearly_card_attests_its_latest_filled_row():
    doc = table_doc(
        _HEADER,
        [("2015年", "合格", "同意。", "", "2016.1.5"),
         ("2016年", "优秀", "评为优秀。", "", "2017.1.9"),
         ("", "", "", "某某局", ""),  # the stamp's words over the table, in their own line
         ("2017年", "基本合格", "同意。", "", "2018.1.7"),
         ("2018年", "", "", "", "")],  # a row kept for the next year, not yet filled
        above=["专业技术人员考核登记卡", "姓名：王芳 性别：女"],
        below=["说明：本卡逐年登记。"],
    )
    found = values(doc)
    assert (found["year"], found["result"], found["name"]) == ("2017", "基本合格", "王芳")


def test_a_form_of_one_year_still_reads_its_labels():
    doc = table_doc(("考核年度", "考核等次"), [("2021年", "优秀")],
                    above=["年度考核登记表", "姓名：王芳"])
    assert (values(doc)["year"], values(doc)["result"]) == ("2021", "优秀")
