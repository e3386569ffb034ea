"""Annual assessment (年度考核登记表 / 年度考核表): the unit's yearly rating of the applicant.

A form filled by the applicant (述职) and the unit (考核意见), with the rating (等次) chosen
from 优秀 / 合格 (称职) / 基本合格 (基本称职) / 不合格 (不称职)::

    事业单位工作人员年度考核登记表（ 2023 年度）
    单位：柳州某某科技有限公司   姓名：张伟   性别：男
    ……
    考核等次：合格

Printed forms sometimes list all ratings with a tick on one (☑优秀 □合格); the ticked one
is read.

FIELDS:

* ``name`` 姓名; ``year`` the assessed year (``YYYY``);
* ``result`` 优秀/合格/基本合格/不合格/称职/基本称职/不称职; ``unit`` 单位.
"""

from __future__ import annotations

import re
from typing import Final

from extractors._fields import (
    ADDRESSEE,
    Hit,
    TextIndex,
    fields,
    first,
    holder_in_prose,
    index,
    keyword_score,
    labelled,
    leading,
    name_hit,
    org_labelled,
    orgs,
    search,
    signatory,
    spaced,
    table_rows,
)
from extractors.continuing_education import year
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.ANNUAL_ASSESSMENT
FIELDS: Final = ("name", "year", "result", "unit")

#: 考评 is a firm's word for 考核 (员工年度绩效考评表, 考评等级).
_WEIGHTS: Final = {r"年度(?:[^年度]{0,6})考[核评]": 0.6, "考[核评](?:登记|评分)?表": 0.4,
                   "考[核评]等[次级]": 0.3, "考[核评]结果": 0.2, "述职": 0.2, "考核意见": 0.2}
_RESULT: Final = "不合格|基本合格|合格|优秀|不称职|基本称职|称职"
_STOPS: Final = ("姓名", "性别", "出生", "职务", "职称", "民族", "政治面貌")


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like an annual assessment form."""
    return keyword_score(index(doc), _WEIGHTS)


def extract(doc: ReadDocument) -> Extraction:
    """Read an annual assessment's fields."""
    ix = index(doc)
    rows = [row for row in table_rows(ix, _COLUMNS) if "result" in row]
    if len(rows) > 1:  # a 公示 of everyone's ratings: one row each, the applicant's among them
        listed = tuple(fields(ix, {"name": row["name"],
                                   "result": leading(ix, row["result"], rf"(?:{_RESULT})")})
                       for row in rows)
        return Extraction(doc.file, KIND, fields(ix, {"year": year(ix), "unit": _unit(ix)}),
                          listed)
    found = {
        "name": first((name_hit(labelled(ix, _NAME_LABELS, stops=_STOPS)), holder_in_prose(ix))),
        "year": year(ix),
        "result": _result(ix),
        "unit": _unit(ix),
    }
    return Extraction(doc.file, KIND, fields(ix, found))


_NAME_LABELS: Final = ("姓名", "被考核人", "考核对象", "被考核人员")
#: The columns of a list of several people's ratings this reads.
_COLUMNS: Final = {"name": "姓名", "result": "考核(?:等次|等级|结果)|评定等次|等次|等级"}


def _result(ix: TextIndex) -> Hit | None:
    spaced_result = "(?:" + "|".join(spaced(r) for r in _RESULT.split("|")) + ")"
    ticked = first((  # ☑合格 / 合格（√）
        first(search(ix, rf"[☑√✓✔■▇●▣◼☒]\s*(?P<v>{spaced_result})")),
        first(search(ix, rf"(?P<v>{spaced_result})\s*[(（]\s*[☑√✓✔Vv]\s*[)）]")),
    ))
    if ticked:
        return ticked
    labels = ["考核等次", "考核等级", "考核结果", "评定等次", "评定等级", "确定等次", "等次",
              "考评等级", "考评等次", "考评结果", "考核意见"]
    # the first label whose value is a rating (年度考核结果审批单 holds a label, not a value)
    hit = leading(ix, labelled(ix, labels, suffix=r"\s*[:：]?",
                               accept=re.compile(rf"(?:{_RESULT})\S*")), rf"(?:{_RESULT})")
    if hit and not re.match(r"\s*[□☐]", ix.text[hit.start - 1:hit.start]):
        return hit
    return first((
        first(search(ix, r"(?:确定为|评为|定为|评定为|等次为|结果为|考核为)"
                         rf"\s*(?P<v>{spaced_result})")),
        # a scored form: the grade written just after the total (综合得分：92.3分 优秀)
        first(search(ix, r"(?:综合得分|总得分|考核得分|最终得分|总分)\s*[:：]?\s*\d+(?:\.\d+)?"
                         rf"\s*分?\s*(?P<v>{spaced_result})")),
    ))


#: A body inside the unit (单位考核委员会意见：), not the unit: a committee or panel named by
#: its task, without a place or proper name before it.
_INNER_BODY: Final = re.compile(r"(?:考核|考评|评审|评议|聘任|聘用|岗位|职称|学术)\S{0,4}"
                                r"(?:委员会|小组)")


def _unit(ix: TextIndex) -> Hit | None:
    hit = org_labelled(ix, ["工作单位", "单位名称", "所在单位", "单位"], stops=_STOPS)
    if hit and not _INNER_BODY.fullmatch(hit.value):
        return hit
    addressed = [m.end() for m in ADDRESSEE.finditer(ix.text)]
    found = [h for h in orgs(ix)
             if not any(a <= h.start and "\n" not in ix.text[a:h.start] for a in addressed)]
    return first((signatory(ix), found[0] if found else None))
