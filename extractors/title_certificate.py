"""Title certificate (专业技术资格证书 / 职称证书): proof of the applicant's current title.

Issued by the human-resources department (人力资源和社会保障厅/局) after a review committee's
decision, as a card of labelled boxes::

    专业技术资格证书
    姓名：张伟   性别：男   身份证号：450202199003121234
    专业：土木工程   资格名称：助理工程师   资格级别：初级
    取得时间：2018年12月20日   证书编号：GX2018123456
    发证单位：……人力资源和社会保障局   发证日期：2019年1月10日

Variants label the title 职称名称/专业技术职务任职资格 and the date 评审通过时间/批准时间;
many omit the level, which then follows from the title's name (工程师 → 中级). In a lost
certificate's stead the bureau issues a proof (专业技术资格证明) in prose: the holder opens a
sentence (张伟，男，1990年3月12日出生，…), the date passed is the one before 评审通过/取得,
and its own references (证明 number, 批准文号, 经办人) name no one.

FIELDS:

* ``name`` 姓名; ``id_number`` 身份证号 (18 characters, X upper-case);
* ``title`` 资格名称 (e.g. 助理工程师); ``level`` 初级/中级/副高级/正高级 (printed, else derived);
* ``obtained_on`` 取得时间 (date the qualification was granted);
* ``certificate_number`` 证书编号 as printed (letters and digits).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

from extractors._fields import (
    TITLE,
    TITLE_RE,
    Hit,
    TextIndex,
    any_label,
    date_after,
    dates,
    fields,
    first,
    holder_in_prose,
    id_number,
    index,
    keyword_score,
    labelled,
    leading,
    level_value,
    name_hit,
    squash,
    title_level,
)
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.TITLE_CERTIFICATE
FIELDS: Final = ("name", "id_number", "title", "level", "obtained_on", "certificate_number")

_WEIGHTS: Final = {"专业技术资格证书": 0.6, "职称证书": 0.6, "资格证书": 0.3, "资格名称": 0.3,
                   "任职资格": 0.3, "评审委员会": 0.2, "取得(资格)?时间": 0.1, "资格级别": 0.2,
                   "职称名称": 0.3, "评审通过": 0.2,
                   # the bureau's proof issued in a certificate's stead (资格证明, 职称证明)
                   "(?:资格|职称)证明": 0.5}
_TITLE_LABELS: Final = ("资格名称", "职称名称", "专业技术资格名称", "专业技术职务任职资格",
                        "任职资格名称",
                        "任职资格", "资格", "职称", "职务名称", "专业技术资格")
_LEVEL_LABELS: Final = ("资格级别", "职称级别", "资格等级", "级别", "等级")
_DATE_LABELS: Final = ("取得时间", "取得资格时间", "资格取得时间", "评审通过时间", "通过时间",
                       "批准时间",
                       "批准日期", "授予时间", "审批时间", "获得时间", "取得日期", "评定时间",
                       "资格取得日期", "任职资格时间", "评审时间", "认定时间", "认定日期")
_ID_LABELS: Final = ("身份证号码", "身份证号", "公民身份号码", "证件号码", "身份证件号码")


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like a title certificate."""
    return keyword_score(index(doc), _WEIGHTS)


def extract(doc: ReadDocument) -> Extraction:
    """Read a title certificate's fields."""
    ix = index(doc)
    title = None if _record_without_card(ix) else _title(ix)
    level = _level(ix)
    if level is None and title is not None and (derived := title_level(title.value)):
        level = Hit(derived, title.start, title.end)
    found = {
        "name": first((_labelled_name(ix), holder_in_prose(ix))),
        "id_number": id_number(ix, _ID_LABELS),
        "title": title,
        "level": level,
        "obtained_on": _obtained(ix),
        "certificate_number": _number(ix),
    }
    return Extraction(doc.file, KIND, fields(ix, found))


_NAME_LABELS: Final = ("姓名", "持证人姓名", "持证人")


#: A label opens a cell of the card: at a line's start or after a space or separator. The
#: same words inside running prose (本证书表明持证人通过国家统一组织的考试) are a sentence's
#: subject, and what follows them is no name.
_CELL_LABEL: Final = re.compile(r"(?:^|(?<=[\s，,。;；、:：]))" + any_label(_NAME_LABELS), re.M)


def _labelled_name(ix: TextIndex) -> Hit | None:
    """The first name written after a name label that opens a cell (see ``_CELL_LABEL``): a
    card also has a box its holder signs (持证人签名), empty or a scribble, whose label reads
    like the holder's.

    A 姓名 heading a column of a table of several people (a 领取签收表 the certificate lies on
    when photographed, a 名单 beside it: 序号 姓名 资格名称 签名, a row per holder) names the
    people of that list, none of them the certificate's holder: the holder's is the one by
    the label of the certificate's own particulars. A one-row table (姓名 性别 / 张伟 男)
    is the certificate's own."""
    for m in _CELL_LABEL.finditer(ix.text):
        if ix.header_row(m.start()) and not ix.one_row_below(m.start()):
            continue
        hit = name_hit(labelled(ix, _NAME_LABELS, stops=("性别",), after=m.start(), cell=True))
        if hit:
            return hit
    return None


#: The certificate's own number first: a card also prints a management or serial number
#: (管理号, 流水号) for the issuer's records, which names the form, not the qualification.
_NUMBER_LABELS: Final = (("证书编号", "证书号", "资格证书编号"), ("编号", "管理号"))


def _number(ix: TextIndex) -> Hit | None:
    return first(leading(ix, _card_labelled(ix, labels), r"[0-9A-Za-z-]{4,40}")
                 for labels in _NUMBER_LABELS)


def _record_header(ix: TextIndex, pos: int) -> bool:
    """Whether `pos` is in the header row of a table of several rows: a record of the titles
    held over time (业务考绩档案's 专业技术职务任职资格情况: 资格名称 资格级别 取得时间 审批机关
    证书编号, a row per title, the earlier ones first). Its first row is the earliest title, not
    the certificate's; the rows are read only through the card pasted beside them (证书复印件).
    A header row: two or more of the certificate's labels, and no cell a value (a digit, a
    title, a level), over rows shaped alike (the line after next has as many cells)."""
    line = ix.line_at(pos)
    if line is None or ix.one_row_below(pos):
        return False
    cells = [squash(ix.text[a:b]) for a, b in ix.header_cells(line)]
    own = [c for c in cells if _ANY_LABEL.fullmatch(c)]
    return (len(cells) >= 3 and len(own) >= 2
            and not any(re.search(r"\d", c) or TITLE_RE.search(c) or level_value(c)
                        for c in cells))


def _card_labelled(ix: TextIndex, labels: Iterable[str], **kw: Any) -> Hit | None:
    """:func:`labelled`, skipping each label that heads a record's column
    (:func:`_record_header`)."""
    for m in re.finditer(any_label(labels), ix.text):
        if not _record_header(ix, m.start()):
            hit = labelled(ix, labels, after=m.start(), **kw)
            if hit is None or not _record_header(ix, hit.start):
                return hit
    return None


_ANY_LABEL: Final = re.compile(any_label(_TITLE_LABELS + _LEVEL_LABELS + _DATE_LABELS
                                         + _NUMBER_LABELS[0] + _NUMBER_LABELS[1]))


def _record_without_card(ix: TextIndex) -> bool:
    """Whether the document is a record of titles over time (:func:`_record_header`) with no
    card of its own labels beside it: which row is the certificate's cannot be told, and
    nothing is read from the rows."""
    heads = [m.start() for m in re.finditer(any_label(_DATE_LABELS + _LEVEL_LABELS), ix.text)]
    return (any(_record_header(ix, pos) for pos in heads)
            and all(_record_header(ix, pos) for pos in heads))


_HAS_TITLE: Final = re.compile(rf".*(?:{TITLE}).*")


def _title(ix: TextIndex) -> Hit | None:
    for suffix in (r"\s*[:：]", r"(?:\s*[(（][^)）\n]{0,12}[)）])?\s*[:：]?"):
        hit = _card_labelled(ix, _TITLE_LABELS, suffix=suffix, accept=_HAS_TITLE)
        if hit and (m := TITLE_RE.search(hit.value)):
            return Hit(m.group(0), hit.start, hit.end)
    for m in TITLE_RE.finditer(ix.text):
        after = ix.text[m.end():m.end() + 6]
        if not re.match(r"\s*(?:评审|评委|系列|专业技术资格评审)", after):
            return Hit(m.group(0), m.start(), m.end())
    return None


def _level(ix: TextIndex) -> Hit | None:
    hit = _card_labelled(ix, _LEVEL_LABELS, suffix=r"\s*[:：]?")
    if hit and (value := level_value(hit.value)):
        return Hit(value, hit.start, hit.end)
    return None


#: A date labelled as another date's: when the card or a copy was issued or printed, or born.
_NOT_OBTAINED: Final = re.compile(r"(?:发证|签发|填发|出生|打印)\s*(?:日期|时间)?\s*[:：]?\s*$")
#: A date read as a birth date by what follows it (1985年3月27日出生 / 1990年1月生).
_BORN_AFTER: Final = re.compile(r"\s*(?:出\s*)?生")
#: The sentence that tells how the qualification was granted (于2015年12月11日经……评审通过，
#: 取得……资格): its date (the last before those words) is the date obtained, whatever else
#: the document dates.
_GRANTED: Final = re.compile(r"评\s*审\s*通\s*过|取\s*得|获\s*得|认\s*定|批\s*准|授\s*予")


def _obtained(ix: TextIndex) -> Hit | None:
    if _record_without_card(ix):
        return None
    hit = date_after(ix, _DATE_LABELS, skip=lambda pos: _record_header(ix, pos))
    if hit:
        return hit
    candidates = [found for _, found in dates(ix)
                  if not _NOT_OBTAINED.search(ix.text[max(0, found.start - 8):found.start])
                  and not _BORN_AFTER.match(ix.text, found.end)]
    starts = [found.start for _, found in dates(ix)] + [len(ix.text)]
    for found in candidates:
        upto = min(found.end + 80, next(pos for pos in starts if pos >= found.end))
        if _GRANTED.search(re.split(r"[。;；]", ix.text[found.end:upto])[0]):
            return found
    return candidates[0] if candidates else None

