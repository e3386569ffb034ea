"""Commission letter (委托函 / 委托评审函): a unit asks another body to review its applicant.

Used on the commissioned route (委托评审), when the applicant's own region or system has no
review committee for the series. Written as a short letter::

    委托评审函
    柳州市职称改革工作领导小组办公室：
    兹有我单位 张伟 同志申报 工程师 专业技术资格，特委托贵单位组织评审。
    柳州某某科技有限公司（盖章）
    2024年7月1日

FIELDS:

* ``name`` the applicant named in the letter;
* ``unit`` the commissioning unit (the signature at the foot, or 委托单位：);
* ``issued_on`` the letter's date.
"""

from __future__ import annotations

import re
from typing import Final

from extractors._fields import (
    NAME,
    Hit,
    TextIndex,
    date_after,
    dates,
    fields,
    first,
    holder_in_prose,
    index,
    is_name,
    keyword_score,
    labelled,
    name_hit,
    org_labelled,
    orgs,
    search,
    spaced,
)
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.COMMISSION_LETTER
FIELDS: Final = ("name", "unit", "issued_on")

_WEIGHTS: Final = {"委托函": 0.6, "委托评审": 0.4, "委托书": 0.4, "委托": 0.2,
                   "贵(单位|委|中心|办|局)": 0.2}


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like a commission letter."""
    return keyword_score(index(doc), _WEIGHTS)


def extract(doc: ReadDocument) -> Extraction:
    """Read a commission letter's fields."""
    ix = index(doc)
    found = {"name": _name(ix), "unit": _unit(ix), "issued_on": _issued(ix)}
    return Extraction(doc.file, KIND, fields(ix, found))


_BEFORE_NAME: Final = ("兹有", "兹委托", "我单位", "我公司", "我院", "本单位", "我校", "职工",
                       "员工")


def _name(ix: TextIndex) -> Hit | None:
    return first((
        name_hit(labelled(ix, ["姓名", "申报人", "申报人姓名", "被委托评审人"],
                          stops=("性别", "身份证"))),
        # 兹有我单位卢磊（身份证号：……）/ 兹有我单位职工 张伟 同志
        first(h for h in search(ix, r"兹\s*有\s*(?:我\s*单\s*位|本\s*单\s*位)?"
                                    r"\s*(?:职\s*工|员\s*工)?\s*"
                                    rf"(?P<v>{NAME})\s*(?:[（(，,]|同\s*志)")
              if is_name(h.value)),
        first(h for h in search(
            ix, "(?:" + "|".join(spaced(w) for w in _BEFORE_NAME) + ")"
                rf"\s*(?P<v>{NAME})\s*同\s*志")
            if is_name(h.value)),
        holder_in_prose(ix),
    ))


def _unit(ix: TextIndex) -> Hit | None:
    # an agreement names the commissioning party 甲方（委托方）：
    hit = org_labelled(ix, ["委托单位", "单位名称", "申报单位", "委托方", "甲方(委托方)",
                            "乙方(委托方)"])
    if hit and not re.fullmatch(r"[(（]?(?:公章|盖章)[)）]?", hit.value):
        return hit
    found = orgs(ix)
    # the first line is usually the addressee ("……办公室："): prefer the signature at the foot
    return found[-1] if found else None


def _issued(ix: TextIndex) -> Hit | None:
    hit = date_after(ix, ["日期", "落款日期"])
    found = dates(ix)
    return hit or (found[-1][1] if found else None)
