"""Commission letter (委托函 / 委托评审函): a unit asks another body to review its applicant.

Used on the commissioned route (委托评审), when the applicant's own region or system has no
review committee for the series. Written as a short letter::

    委托评审函
    柳州市职称改革工作领导小组办公室：
    兹有我单位 张伟 同志申报 工程师 专业技术资格，特委托贵单位组织评审。
    柳州某某科技有限公司（盖章）
    2024年7月1日

A system-generated letter adds the applicant's details as a grid of labels without colons
(姓    名 张伟 / 工作单位 …), the unit under 委托单位（盖章）：, and a print stamp at the foot
(打印时间：…). A recommendation letter may carry the supervising department's endorsement
under its signature (主管部门意见：…), dated on its own. A letter issued as a 公文 closes
with its 版记 under the date (抄送：… / 综合办公室 2024年6月16日印发); one printed from an
OA system may carry its 打印水印 (who printed it, and when) tiled over the page.

FIELDS:

* ``name`` the applicant named in the letter;
* ``unit`` the commissioning unit (the signature at the foot, or 委托单位：);
* ``issued_on`` the letter's date.
"""

from __future__ import annotations

import re
from typing import Final

from extractors._fields import (
    CJK,
    COLOPHON,
    LABEL_END,
    NAME,
    NAME_RE,
    Hit,
    TextIndex,
    date_after,
    dates,
    fields,
    first,
    holder_in_prose,
    index,
    is_label,
    is_name,
    keyword_score,
    labelled,
    name_hit,
    org_labelled,
    orgs,
    search,
    spaced,
    squash,
    watermarks,
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


#: Words before the applicant's name and 同志 (兹有我单位张伟同志…; a heading 关于推荐张伟同志
#:委托评审……的函).
_BEFORE_NAME: Final = ("兹有", "兹委托", "我单位", "我公司", "我院", "本单位", "我校", "职工",
                       "员工", "推荐")


_NAME_LABELS: Final = ("姓名", "申报人", "申报人姓名", "被委托评审人")
_NAME_STOPS: Final = ("性别", "身份证")


def _name(ix: TextIndex) -> Hit | None:
    return first((
        name_hit(labelled(ix, _NAME_LABELS, stops=_NAME_STOPS, suffix=LABEL_END, accept=NAME_RE)),
        name_hit(labelled(ix, _NAME_LABELS, stops=_NAME_STOPS)),  # 姓名张伟, run together
        # 兹有我单位卢磊（身份证号：……）/ 兹有我单位职工 张伟 同志
        first(h for h in search(ix, r"兹\s*有\s*(?:我\s*单\s*位|本\s*单\s*位)?"
                                    r"\s*(?:职\s*工|员\s*工)?\s*"
                                    rf"(?P<v>{NAME})\s*(?:[（(，,]|同\s*志)")
              if is_name(h.value)),
        first(h for h in search(
            ix, "(?:" + "|".join(spaced(w) for w in _BEFORE_NAME) + ")"
                rf"\s*(?P<v>{NAME})\s*同\s*志")
            if is_name(h.value)),
        first(h for h in search(ix, _INTRODUCED) if is_name(h.value)),
        holder_in_prose(ix),
    ))


#: How a letter introduces its applicant in its body: the unit speaking of its own (我单位,
#: 本公司), their role there (职工, 员工, 专业技术人员), the name, then 同志 or their ID number
#: in brackets (我单位职工卢磊（身份证号：…）). The role is a word before the name, never part
#: of it, however short the name.
_INTRODUCED: Final = (
    r"(?:我|本)\s*(?:单\s*位|公\s*司|院|校|中\s*心|局)\s*"
    r"(?:(?:专\s*业\s*技\s*术\s*人\s*员|职\s*工|员\s*工|干\s*部)\s*)?"
    rf"(?!职\s*工|员\s*工|专\s*业|人\s*员)(?P<v>{NAME})\s*"
    r"(?:同\s*志|[（(]\s*(?:公\s*民\s*)?身\s*份\s*(?:证|号))")


def _unit(ix: TextIndex) -> Hit | None:
    # an agreement names the commissioning party 甲方（委托方）：
    # an 审批表 filled in by the unit names it 填报单位（盖章）： over its particulars
    hit = org_labelled(ix, ["委托单位", "单位名称", "申报单位", "填报单位", "委托方",
                            "甲方(委托方)", "乙方(委托方)"])
    # a label run straight into words is a sentence's subject (委托单位对申报人所提交…)
    if hit and not re.fullmatch(r"[(（]?(?:公章|盖章)[)）]?", hit.value) \
            and not re.match(f"[{CJK}]", ix.text[hit.start - 1:hit.start]):
        return hit
    # not the addressee ("……办公室：" on a line of its own): the signature at the foot, else
    # the letterhead above the addressee
    # nor the body asked to review (拟委托评审机构 …, 受委托单位：…)
    found = [h for h in orgs(ix, *_letter_span(ix))
             if not re.match(r"[ ]*[:：][ ]*(?:\n|$)", ix.text[h.end:])
             and not _REVIEWER.search(ix.text[max(0, h.start - 20):h.start])
             and not _heads_ticket(ix, h)]
    if found:
        return _whole(ix, found[-1])
    # a form with no signature of the unit's own: the applicant's 工作单位 in its particulars
    # is the unit that commissions the review
    return org_labelled(ix, ["工作单位"], _NAME_LABELS + _NAME_STOPS)


#: The words of a queue ticket (排队取号单) from a service hall's number machine: the waiting
#: line (您前面还有 3 人等候), the calling notice (请留意叫号，过号请重新取号), its number or time
#: label (排队号：, 取号时间：). A ticket, or a receipt, lying beside a letter photographed at
#: the counter is the hall's slip, not the letter.
_TICKET: Final = re.compile(
    r"前\s*面\s*(?:还\s*)?有\s*\d+\s*(?:人|位)\s*等\s*候|留\s*意\s*叫\s*号"
    r"|过\s*号\s*(?:请\s*)?重\s*新\s*取\s*号|(?:排\s*队|取)\s*号\s*(?:时\s*间)?\s*[:：]")


def _heads_ticket(ix: TextIndex, org: Hit) -> bool:
    """Whether `org` is the issuer printed at the head of a queue ticket (:data:`_TICKET`):
    the ticket's words follow it within a few lines (its window, its number), with no date
    between. A letter's signing unit is followed by the letter's own date first."""
    after = ix.text[org.end:]
    m = _TICKET.search(after)
    if not m or after.count("\n", 0, m.start()) > 4:
        return False
    return not dates(ix, org.end, org.end + m.start())


def _piece_before(ix: TextIndex, signed: Hit) -> str | None:
    """The head of a signature read in pieces: the seal pressed over the unit's name can hide
    characters inside it, so its line reads a CJK word, a gap, then the name's tail
    (柳州某某 … 科技有限公司). The head is that word (the line's words before the gap, no
    label's colon or bracket among them); None where the name opens its line."""
    line_start = ix.line_start(signed.start)
    before = ix.text[line_start:signed.start]
    if not before.endswith(" "):
        return None
    head = before.strip()
    return head if re.fullmatch(f"[{CJK}]{{2,}}", head) and not is_label(head) else None


def _whole(ix: TextIndex, signed: Hit) -> Hit | None:
    """The signing unit's name whole: a seal stamped over the signature can hide its first
    characters (州某某科技有限公司 for 柳州某某科技有限公司); when the same unit is printed
    whole elsewhere on the page (its letterhead, its system's banner), ending with what the
    signature reads and at most a few characters longer, that is its name. A name read
    whole, or one no other mention extends, stays as read. A name read in pieces
    (:func:`_piece_before`) is the mention that opens with its head and ends with its tail,
    else unread: its tail alone (技术有限公司) is no unit's name."""
    if head := _piece_before(ix, signed):
        return next((h for h in orgs(ix) if h.value.startswith(head)
                     and h.value.endswith(signed.value)
                     and len(h.value) > len(head) + len(signed.value)), None)
    if len(signed.value) < 6:
        return signed
    longer = [h for h in orgs(ix) if h.value.endswith(signed.value)
              and 0 < len(h.value) - len(signed.value) <= 3]
    return longer[0] if len({h.value for h in longer}) == 1 else signed


#: A stamp of when a system printed the page (打印时间：2024-06-19 13:08): not the letter's date.
_PRINTED: Final = re.compile(r"打\s*印\s*(?:时\s*间|日\s*期)\s*[:：]?\s*$")


#: Another body's endorsement under the letter (主管部门意见：情况属实，同意推荐。（盖章） and
#: its own date): it starts a line with a label ending in 意见.
_ENDORSEMENT: Final = re.compile(rf"(?:^|\n)[ ]*(?:[{CJK}][ ]*){{0,8}}意[ ]*见[ ]*[:：]")


#: The label of the body asked to review, right before its name.
_REVIEWER: Final = re.compile(
    rf"(?:拟|受|被)\s*委\s*托(?:\s*[{CJK}]){{0,6}}?\s*(?:机\s*构|单\s*位|方)\s*[:：]?\s*$")


#: A PDF reader's report on a digital signature (√签名有效 / 签名者： / 证书颁发者： /
#: 签名时间：), shown beside or under the signed letter: the reader's words, not the letter's
#: (its certificate authority is not the unit, its signing time not the letter's date).
_SIGNATURE_PANEL: Final = re.compile(
    r"(?:^|\n)[ ]*(?:[√✓✔☑][ ]*)?(?:签[ ]*名[ ]*(?:有[ ]*效|无[ ]*效|者[ ]*[:：]|时[ ]*间[ ]*[:：])"
    r"|证[ ]*书[ ]*颁[ ]*发[ ]*者[ ]*[:：])")


#: A date with a time of day (2024-06-14 16:17, 2017/07/01 16:53:49; OCR may run the two
#: together, 2024-06-1416:17): a system's record of when something was done (an OA
#: workflow's step, 拟稿 / 审核 / 签发 / 用印, a log), never the date a letter is signed,
#: which is written as a date alone.
_TIMESTAMP: Final = re.compile(
    r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}")


def _letter_dates(ix: TextIndex, end: int) -> list[Hit]:
    """The dates in text[:end] that can be a letter's: not a time-stamped record's
    (:data:`_TIMESTAMP`), nor a watermark's (:func:`_in_watermark`)."""
    marks = watermarks(ix)
    return [h for _, h in dates(ix, 0, end) if not _TIMESTAMP.match(ix.text, h.start)
            and not _in_watermark(ix, h, marks)]


def _in_watermark(ix: TextIndex, date: Hit, marks: frozenset[int]) -> bool:
    """Whether `date` is a watermark's over the page (:func:`watermarks`, the starts of its
    lines): an OA's 打印水印 tiles who printed the page and when (李明 3479 2024/6/18 16:24),
    its runs cut off at the page's edge before the time. A date alone on its line says no
    more than a date: the same date under each box of a form is no watermark."""
    start = ix.line_start(date.start)
    return start in marks and squash(ix.text[start:ix.line_end(date.start)]) != \
        squash(ix.text[date.start:date.end])


def _letter_end(ix: TextIndex) -> int:
    """Where the letter itself ends: before an endorsement, a reader's signature panel, or a
    公文's 版记 (抄送：… / 综合办公室 2024年6月16日印发, :data:`COLOPHON`), that follows its
    signed date. The opinions of an OA workflow's steps (意见：同意) under their time stamps
    are no endorsement after a signed date."""
    ends = [next((m.start() for m in pattern.finditer(ix.text) if _letter_dates(ix, m.start())),
                 len(ix.text)) for pattern in (_ENDORSEMENT, _SIGNATURE_PANEL, COLOPHON)]
    return min(ends)


def _issued(ix: TextIndex) -> Hit | None:
    start, end = _letter_span(ix)
    found = [h for h in _letter_dates(ix, end) if h.start >= start
             and not _PRINTED.search(ix.text[max(0, h.start - 8):h.start])]
    hit = date_after(ix, ["日期", "落款日期"])
    if hit and any(h.start == hit.start for h in found):
        return hit
    return found[-1] if found else None


#: The heading of a reply to a letter, on a line of its own: 关于同意接受委托评审的复函, 复函,
#: 关于…的回函. A reply is the addressee's letter (经研究，同意…, 此复), signed and dated by it.
_REPLY_HEAD: Final = re.compile(
    r"(?:^|\n)[ ]*(?:关[ ]*于[^\n。，,：:]{0,40}?)?(?:复|回)[ ]*函[ ]*(?=\n|$)")

#: The heading of the commission letter itself: 关于委托评审张伟同志…的函, 委托评审函, 委托书.
_LETTER_HEAD: Final = re.compile(
    r"(?:^|\n)[ ]*[^\n]{0,40}?委[ ]*托[^\n]{0,40}?(?:函|书)[ ]*(?=\n|$)")


def _letter_span(ix: TextIndex) -> tuple[int, int]:
    """Where the unit's own letter lies in the text: an upload may hold the letter and the
    addressee's reply to it (:data:`_REPLY_HEAD`), side by side on one sheet or one after
    the other. The letter is signed and dated under its own text, so it ends at its last
    date before the reply's heading; a letter after the reply starts at its own heading
    (:data:`_LETTER_HEAD`). The reply's issuer and date are never the letter's: with no
    letter told apart from the reply, the span is empty and nothing is read."""
    end = _letter_end(ix)
    reply = _REPLY_HEAD.search(ix.text, 0, end)
    if not reply:
        return 0, end
    head = reply.start() + (ix.text[reply.start()] == "\n")
    if before := _letter_dates(ix, head):
        return 0, ix.line_end(before[-1].start)
    letter = _LETTER_HEAD.search(ix.text, reply.end(), end)
    return (letter.start(), end) if letter else (0, 0)
