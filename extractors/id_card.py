"""Identity card (居民身份证): the front of the second-generation resident identity card.

The front reads, top to bottom::

    姓名 张伟
    性别 男   民族 汉
    出生 1990 年 3 月 12 日
    住址 广西柳州市……
    公民身份号码 450202199003121234

The back carries 中华人民共和国 居民身份证, 签发机关 and 有效期限. OCR of photos often glues
labels to values (``姓名张伟``) and reads ``X`` as ``x`` or ``×``.

FIELDS:

* ``name`` 姓名; ``gender`` 男/女; ``birth_date`` 出生 (``YYYY-MM-DD``);
* ``id_number`` 公民身份号码 (18 characters, X upper-case).
"""

from __future__ import annotations

import re
from typing import Final

from extractors._fields import (
    NAME,
    date_after,
    fields,
    first,
    gender,
    id_number,
    index,
    keyword_score,
    labelled,
    leading,
    name_hit,
    search,
)
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.ID_CARD
FIELDS: Final = ("name", "id_number", "gender", "birth_date")

_WEIGHTS: Final = {"公民身份号码": 0.6, "居民身份证": 0.5, "民族": 0.2, "住址": 0.2,
                   "签发机关": 0.3,
                   "有效期限": 0.2, "^姓名": 0.1}


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like an identity card."""
    return keyword_score(index(doc), _WEIGHTS)


#: A tilted card read by OCR as one line: 姓名性别 胡海伟男 (the labels and the values of the
#: card's first two rows, each pair run together).
_RUN_TOGETHER: Final = re.compile(
    rf"(?:姓\s*名\s*性\s*别|性\s*别\s*姓\s*名)\s*(?P<v>{NAME})\s*(?P<g>[男女])")


def extract(doc: ReadDocument) -> Extraction:
    """Read an identity card's fields."""
    ix = index(doc)
    name = labelled(ix, ["姓名"], stops=("性别", "民族"))
    found = {
        "name": (name_hit(first(search(ix, _RUN_TOGETHER))) or name_hit(name)
                 or name_hit(leading(ix, name, "[\u4e00-\u9fff]{2,4}"))),
        "id_number": id_number(ix, ["公民身份号码", "身份证号码", "身份号码"]),
        "gender": gender(ix) or first(search(ix, _RUN_TOGETHER, "g")),
        "birth_date": date_after(ix, ["出生日期", "出生"]),
    }
    return Extraction(doc.file, KIND, fields(ix, found))
