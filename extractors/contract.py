"""Labour or employment contract (劳动合同 / 事业单位聘用合同): proof of the employment relation.

Between the employer (甲方, 用人单位/聘用单位) and the employee (乙方, 劳动者/受聘人员). The
first page names both parties; the term is in a clause on 合同期限::

    劳动合同书
    甲方（用人单位）名称：柳州某某科技有限公司
    统一社会信用代码：91450200MA5K3B7N2U
    乙方（劳动者）姓名：张伟   性别：男   居民身份证号码：450202199003121234
    一、合同期限  本合同为固定期限合同，期限自 2012年7月1日 起至 2015年6月30日 止。

An open-ended contract (无固定期限) has a start and no end.

FIELDS:

* ``name`` 乙方 name; ``id_number`` the employee's identity number;
* ``unit`` 甲方 name; ``credit_code`` 统一社会信用代码 of 甲方;
* ``start`` / ``end`` the contract term.
"""

from __future__ import annotations

import re
from typing import Final

from extractors._fields import (
    NAME,
    ORG_COMPLETE,
    TERM_END_LABEL,
    Hit,
    TextIndex,
    credit_code,
    date_after,
    date_at_label,
    dates,
    fields,
    first,
    id_number,
    index,
    is_name,
    keyword_score,
    labelled,
    leading,
    name_hit,
    org_labelled,
    orgs,
    period,
    search,
)
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.CONTRACT
FIELDS: Final = ("name", "id_number", "unit", "credit_code", "start", "end")

_WEIGHTS: Final = {"劳动合同": 0.6, "聘用合同": 0.6, "甲方": 0.2, "乙方": 0.2, "用人单位": 0.15,
                   "合同期限": 0.2, "劳动者": 0.1, "受聘人员": 0.1, "聘用单位": 0.1}
_PARTY: Final = r"(?:\s*[(（][^)）\n]{0,12}[)）])?\s*(?:名\s*称|姓\s*名)?\s*[:：]?"
_STOPS: Final = ("性别", "法定代表人", "统一社会信用代码", "地址", "住所", "身份证", "联系电话",
                 "出生")


_ID_LABELS: Final = ("居民身份证号码", "公民身份号码", "身份证号码", "身份证号", "证件号码")


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like a labour or employment contract."""
    return keyword_score(index(doc), _WEIGHTS)


def extract(doc: ReadDocument) -> Extraction:
    """Read a contract's fields."""
    ix = index(doc)
    renewal = ["续订合同期限", "续签合同期限", "续订期限", "续签期限"]  # a renewal's own term
    start, end = period(ix, renewal, window=60)
    if start is None and (opening := date_after(ix, renewal, window=60)):
        start, end = opening, None  # 续订为无固定期限劳动合同，自2017年5月1日起
    if start is None:
        start, end = period(ix, ["合同期限", "期限", "聘用期", "本合同"], window=60)
    if start is None:
        start, end = period(ix)
    if start is None:
        start = date_after(ix, ["期限自", "自", "起始日期", "开始日期", "生效日期"])
        if start is not None and end is None:
            end = date_at_label(ix, TERM_END_LABEL)
    if start is None and _OPEN_ENDED.search(ix.text):
        start = _signed_on(ix)
    found = {
        "name": _name(ix),
        "id_number": id_number(ix, _ID_LABELS),
        "unit": _unit(ix),
        "credit_code": credit_code(ix),
        "start": start,
        "end": end,
    }
    return Extraction(doc.file, KIND, fields(ix, found))


#: An open-ended contract (无固定期限劳动合同): it has a start and no end.
_OPEN_ENDED: Final = re.compile(r"无\s*固\s*定\s*期\s*限")
#: What follows the date a contract was signed when a later paper cites it (双方于…签订的劳动合同).
_SIGNED: Final = re.compile(r"\s*(?:签\s*订|订\s*立|签\s*署)\s*的\s*[^。\n]{0,6}合\s*同")


def _signed_on(ix: TextIndex) -> Hit | None:
    """The day an open-ended contract that states no start was signed: it runs from that day
    (自双方签字之日起生效). A supplement stapled behind it cites the contract by that date
    (甲乙双方于2017年5月1日签订的劳动合同); else its own 签订日期."""
    cited = [h for _, h in dates(ix) if _SIGNED.match(ix.text, h.end)]
    return cited[0] if cited else date_after(ix, ["签订日期", "签订时间", "签约日期", "签订于"])


#: A unit's certificate of the employment (劳动关系证明, 在职证明) names the employee in its
#: sentence: 兹证明张伟（居民身份证号码：…）系我单位在职职工 / 兹证明我单位职工张伟同志….
_CERTIFIED: Final = re.compile(
    r"兹\s*证\s*明\s*[:：]?\s*(?:(?:我|本)\s*单\s*位\s*(?:在\s*职\s*)?(?:职\s*工|员\s*工)?)?\s*"
    rf"(?P<v>{NAME})\s*(?:同\s*志|先\s*生|女\s*士|[，,（(]|系)")


#: A party's signing place (乙方（签字）：, 乙方（劳动者）（签名）：): where the party signs at
#: the contract's end, not where its name is written; a scan that puts the last page first
#: (an A3 sheet folded into four pages, scanned unfolded) reads it before the parties.
_SIGNING: Final = r"[(（]\s*(?:签\s*[字名章]|盖\s*章)\s*[)）]"
#: A party's value: anything but its signing place (the name is then looked for at the party's
#: next label, the particulars on the first page).
_PARTY_VALUE: Final = re.compile(rf"(?!{_SIGNING})[\s\S]+")


def _name(ix: TextIndex) -> Hit | None:
    hit = labelled(ix, ["乙方", "劳动者", "受聘人员", "受聘人"], suffix=_PARTY, stops=_STOPS,
                   accept=_PARTY_VALUE)
    # a party's label whose value is an organisation's name was read across a table that sets
    # the parties side by side (甲方（用人单位） 乙方（劳动者） / 名称 …公司 姓名 张伟): that is
    # the employer's name, and no head of it is the employee's
    if hit is not None and len(hit.value) > 4 and ORG_COMPLETE.search(hit.value):
        hit = None
    return first((
        name_hit(hit),
        name_hit(leading(ix, hit, "[\u4e00-\u9fff]{2,4}")),
        name_hit(labelled(ix, ["姓名"], stops=_STOPS)),
        first(h for h in search(ix, _CERTIFIED) if is_name(h.value)),
    ))


def _unit(ix: TextIndex) -> Hit | None:
    hit = org_labelled(ix, ["甲方", "用人单位", "聘用单位", "单位名称"], stops=_STOPS, named=True)
    # 甲方's value never holds the other party's label: one that runs into 乙方 was read across
    # a header row setting the parties side by side (甲方（用人单位） 乙方（劳动者）), each
    # party's particulars in its own column below; the employer is then the one named there
    if hit and re.search(r"乙\s*方", hit.value):
        hit = None
    if hit and not re.fullmatch(r"[(（]?(?:公章|盖章)[)）]?", hit.value):
        return hit
    # not the body a certificate is addressed to (柳州市人力资源和社会保障局：)
    found = [h for h in orgs(ix) if not re.match(r"[ ]*[:：][ ]*(?:\n|$)", ix.text[h.end:])]
    return found[0] if found else None
