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
from datetime import date
from typing import Final

from extractors._fields import (
    ID_CANDIDATE,
    NAME,
    Hit,
    TextIndex,
    date_after,
    fields,
    first,
    gender,
    id_number,
    id_shape,
    index,
    is_label,
    is_name,
    keyword_score,
    labelled,
    leading,
    name_hit,
    pos_after,
    search,
)
from pipeline.identifiers.resident_id import is_valid
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.ID_CARD
FIELDS: Final = ("name", "id_number", "gender", "birth_date")

#: The card's own words. 居民身份证 is the card's title on its back; 居民身份证号(码) is the
#: label any letter or contract uses to cite a person's number, no cue for the card itself.
_WEIGHTS: Final = {"居民身份证(?!号)": 0.5, "民族": 0.2, "住址": 0.2, "签发机关": 0.3,
                   "有效期限": 0.2, "^姓名": 0.1}
#: The card prints 公民身份号码 at the left edge, opening its line (a stray mark before it
#: allowed); a certificate or letter cites the number inside a sentence (张伟，男，……，公民身份
#: 号码：…), which says little about the document's kind.
_NUMBER_LABEL: Final = re.compile(r"(?m)^[^\u4e00-\u9fff\n]{0,3}公\s*民\s*身\s*份\s*号\s*码")
_NUMBER_LABEL_WEIGHT: Final = 0.6
_NUMBER_CITED_WEIGHT: Final = 0.2


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like an identity card."""
    ix = index(doc)
    label = (_NUMBER_LABEL_WEIGHT if _NUMBER_LABEL.search(ix.text)
             else _NUMBER_CITED_WEIGHT if "公民身份号码" in ix.compact else 0.0)
    return min(1.0, keyword_score(ix, _WEIGHTS) + label)


#: A tilted card read by OCR as one line: 姓名性别 胡海伟男 (the labels and the values of the
#: card's first two rows, each pair run together).
_RUN_TOGETHER: Final = re.compile(
    rf"(?:姓\s*名\s*性\s*别|性\s*别\s*姓\s*名)\s*(?P<v>{NAME})\s*(?P<g>[男女])")


#: The name row whose first label character the copy or photo lost at the card's edge
#: (名 张伟): a line of its own opened by 名, the name alone after it.
_NAME_ROW: Final = re.compile(rf"(?m)^[ \t]*名[ \t]*[:：]?[ \t]*(?P<v>{NAME})[ \t]*$")


#: The gender row: 性别 within the first characters of its line (出生性别男: a label glued on).
_GENDER_ROW: Final = re.compile(r"[^\n]{0,3}性\s*别")


def _name_above_gender(ix: TextIndex) -> Hit | None:
    """The name row whose label a watermark or the card's edge took: the card prints the name
    directly above the gender, so a line opening with a name above the 性别 line is it."""
    for above, line in zip(ix.lines, ix.lines[1:]):
        if above.page_no != line.page_no or not _GENDER_ROW.match(ix.text, line.start):
            continue
        token = re.match(r"\S+", ix.text[above.start:above.end])
        if token and is_name(token.group(0)):
            return Hit(token.group(0), above.start, above.start + token.end())
    return None


#: A copy of the card made for an application carries its holder's statement (复印件与原件一致,
#: 仅供…使用) signed by the holder: 本人签名/本人签字 names the card's holder, read when the
#: card's own name row is not (a copy's faint or clipped print). A form made out for the
#: holder at a service window (人证核验单) is signed by them as the applicant: 申请人签字,
#: 申请人确认签字, 本人确认签名 (never the clerk's 经办人 or a witness's line).
_OWN_SIGNATURE: Final = re.compile(
    rf"(?:本\s*人|申\s*请\s*人)\s*(?:确\s*认\s*)?签\s*[名字]\s*[:：]?[ \t]*(?P<v>{NAME})[ \t]*"
    rf"(?=\n|$|[ \t]+\S)")


def _label_value(hit: Hit | None) -> Hit | None:
    """The name read at the 姓名 label, unless it is a printed label itself (籍贯, 工作单位: a
    form's labels are never values: the label's own field is empty)."""
    return None if hit is None or is_label(hit.value) else name_hit(hit)


def _later_name_label(ix: TextIndex, first_label: Hit | None) -> Hit | None:
    """The name at a later 姓名 label standing as a cell of its own, when the first one carries
    none: a screenshot that shows the card over a page (a system's 图片预览 pop-up over a dimmed
    form) also shows the page's own 姓名 label, an empty field or a column header, whose
    neighbour is another label; a label without a name beside it is not the card's name row."""
    if first_label is None:
        return None
    after = first_label.start
    while (hit := labelled(ix, ["姓名"], stops=("性别", "民族"), after=after,
                           cell=True)) is not None:
        got = _label_value(hit) or _label_value(leading(ix, hit, "[\u4e00-\u9fff]{2,4}"))
        if got:
            return got
        after = hit.start if hit.start > after else hit.end
    return None


def extract(doc: ReadDocument) -> Extraction:
    """Read an identity card's fields."""
    ix = index(doc)
    name = labelled(ix, ["姓名"], stops=("性别", "民族"))
    number = _card_number(ix) or _number_with_stray(ix)
    found = {
        "name": (name_hit(first(search(ix, _RUN_TOGETHER))) or _label_value(name)
                 or _label_value(leading(ix, name, "[\u4e00-\u9fff]{2,4}"))
                 or name_hit(first(search(ix, _NAME_ROW))) or _name_above_gender(ix)
                 or name_hit(first(search(ix, _OWN_SIGNATURE)))
                 or _later_name_label(ix, name)),
        "id_number": number,
        "gender": (gender(ix) or first(search(ix, _RUN_TOGETHER, "g"))
                   or _encoded_gender(number)),
        "birth_date": _birth(ix, number),
    }
    return Extraction(doc.file, KIND, fields(ix, found))


_ID_LABELS: Final = ("公民身份号码", "身份证号码", "身份号码")

#: The label of a number that is the document's own, not its holder's: a 居民身份证受理回执's
#: 受理编号, a service window's 业务编号 / 办件编号 / 申请号 / 预约号 / 流水号. Offices build these
#: from the area code and the date of the business (450222 20240308 0343), so they have a
#: resident number's shape, and the one printed at the slip's head is read before the
#: holder's (which a photo may lose).
_OWN_NUMBER_LABEL: Final = re.compile(
    r"(?:受\s*理|业\s*务|办\s*件|申\s*请|回\s*执|预\s*约|登\s*记|查\s*询|流\s*水)\s*"
    r"(?:编\s*号|号\s*码?)\s*[:：]?\s*$")


def _card_number(ix: TextIndex) -> Hit | None:
    """The holder's number: after its label (公民身份号码), else the first number of its shape
    that is not labelled as the document's own (:data:`_OWN_NUMBER_LABEL`)."""
    hit = id_number(ix, _ID_LABELS)
    if hit is None or not _OWN_NUMBER_LABEL.search(ix.text, ix.line_start(hit.start),
                                                   hit.start):
        return hit
    for m in ID_CANDIDATE.finditer(ix.text):
        value = id_shape(m.group(0))
        if value and not _OWN_NUMBER_LABEL.search(ix.text, ix.line_start(m.start()),
                                                  m.start()):
            return Hit(value, m.start(), m.end())
    return None


#: The number's run under its label: 19 characters, one more than a resident number has.
_LONG_RUN: Final = re.compile(r"(?<![0-9A-Za-z])[0-9OoIl]{18}[0-9OoIlXx×](?![0-9A-Za-z])")


def _number_with_stray(ix: TextIndex) -> Hit | None:
    """The number read with one stray character at its start (the label's last stroke, a
    speck or the pattern of security paper beside it, taken into the number's box): a
    resident number has 18 characters, so of a run of 19 after the number's label the last
    18 are it when two things the card says independently vouch for them: its check digit
    (GB 11643) and its birth digits being the date printed after 出生. Otherwise, or with the
    stray anywhere else, it is left unread: a misread inside the number is never guessed."""
    label = labelled(ix, _ID_LABELS, suffix=r"\s*[:：]?")
    m = _LONG_RUN.match(label.value) if label else None
    if label is None or m is None:
        return None
    value = id_shape(m.group(0)[1:])
    printed = date_after(ix, ["出生日期", "出生"])
    if value is None or not is_valid(value) or printed is None:
        return None
    if printed.value != _encoded_birth(value):
        return None
    return Hit(value, pos_after(ix, label.start, label.end, 1),
               pos_after(ix, label.start, label.end, m.end()))


def _birth(ix: TextIndex, number: Hit | None) -> Hit | None:
    """The card prints the birth date twice: after 出生, and as the number's digits 7-14,
    which its check digit vouches for. A printed date that differs from a valid number's is a
    misread (8 read as 6), and one whose 出生 the photo lost is still the number's."""
    printed = date_after(ix, ["出生日期", "出生"])
    if number is None or not is_valid(number.value):
        return printed
    encoded = _encoded_birth(number.value)
    if encoded is None:
        return printed
    if printed is not None and printed.value == encoded:
        return printed
    return Hit(encoded, number.start, number.end)


def _encoded_birth(number: str) -> str | None:
    """The birth date a resident number's digits 7-14 state (ISO), None when no calendar date."""
    digits = number[6:14]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
    except ValueError:
        return None


def _encoded_gender(number: Hit | None) -> Hit | None:
    """The holder's sex as the card's number states it (GB 11643: the 17th digit is odd for
    a man, even for a woman), read when the printed 性别 is not (a copy's faint print). Only
    from a number its check digit vouches for; a printed sex, when read, is always kept."""
    if number is None or not is_valid(number.value):
        return None
    return Hit("男" if int(number.value[16]) % 2 else "女", number.start, number.end)
