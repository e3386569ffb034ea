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
    CJK,
    NAME,
    ORG_COMPLETE,
    TERM_END_LABEL,
    USCC,
    Hit,
    Line,
    TextIndex,
    credit_code,
    date_after,
    date_at_label,
    dates,
    fields,
    first,
    id_number,
    id_shape,
    index,
    is_label,
    is_name,
    keyword_score,
    labelled,
    leading,
    name_hit,
    org_labelled,
    orgs,
    period,
    range_spans,
    search,
    spaced,
    squash,
    uscc_valid,
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
    card = _card_validity(ix)
    start, end = period(ix, renewal, window=60, skip=card)
    if start is None and (opening := date_after(ix, renewal, window=60)):
        start, end = opening, None  # 续订为无固定期限劳动合同，自2017年5月1日起
    if start is None:
        start, end = period(ix, ["合同期限", "期限", "聘用期", "本合同"], window=60, skip=card)
    if start is None:
        start, end = period(ix, skip=card)
    if start is None:
        start = _opening(ix)
        if start is not None and end is None:
            end = date_at_label(ix, TERM_END_LABEL)
    if start is None and _OPEN_ENDED.search(ix.text):
        start = _signed_on(ix)
    transfer = _transfer(ix)
    found = {
        "name": _name(ix),
        "id_number": id_number(ix, _ID_LABELS),
        "unit": _party_unit(ix, transfer) if transfer else _unit(ix),
        "credit_code": _party_code(ix, transfer) if transfer else credit_code(ix),
        "start": start,
        "end": end,
    }
    return Extraction(doc.file, KIND, fields(ix, found))


#: An identity card's validity (有效期限 2015.08.17-2035.08.17), printed on the card's back with
#: 签发机关 on the line above: HR staples the worker's 身份证复印件 onto the filed contract's
#: page, and the card's range is its own, never the contract's term. A contract's own 有效期限
#: has no 签发机关 beside it.
_CARD_VALIDITY: Final = re.compile(r"有\s*效\s*期\s*限?\s*[:：]?\s*$")
_CARD_ISSUER: Final = re.compile(r"签\s*发\s*机\s*关")
_CARD_LINES: Final = 2  # how many lines either side of the validity 签发机关 may be read on


def _card_validity(ix: TextIndex) -> frozenset[int]:
    """Where each range that is an identity card's validity starts (:data:`_CARD_VALIDITY`):
    right after 有效期限 on its line, with 签发机关 within :data:`_CARD_LINES` lines."""
    lines = ix.lines
    out = set()
    for a, _ in range_spans(ix):
        at = next((i for i, ln in enumerate(lines) if ln.start <= a <= ln.end), None)
        if at is None or not _CARD_VALIDITY.search(ix.text, lines[at].start, a):
            continue
        near = lines[max(0, at - _CARD_LINES):at + _CARD_LINES + 1]
        if any(ln.page_no == lines[at].page_no and _CARD_ISSUER.search(ix.text, ln.start, ln.end)
               for ln in near):
            out.add(a)
    return frozenset(out)


#: 自 opening a term (自2017年5月1日起履行): the date follows it at once. 自 is also a character
#: of words (自传材料 in a file's 目录, 平等自愿), after which a date nearby is no term's.
_FROM: Final = re.compile(r"自\s*")


def _opening(ix: TextIndex) -> Hit | None:
    """A term's first day without its end: after its label (起始日期, 期限自), or the date
    standing right after 自 (:data:`_FROM`); the first written of these."""
    found = [h for h in (date_after(ix, ["期限自", "起始日期", "开始日期", "生效日期"]),
                         date_at_label(ix, _FROM)) if h is not None]
    return min(found, key=lambda h: h.start) if found else None


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
    role = _role_name(ix)
    if role is not None:
        return role
    hit = labelled(ix, ["乙方", "劳动者", "受聘人员", "受聘人"], suffix=_PARTY, stops=_STOPS,
                   accept=_PARTY_VALUE)
    # a party's label whose value is an organisation's name was read across a table that sets
    # the parties side by side (甲方（用人单位） 乙方（劳动者） / 名称 …公司 姓名 张伟): that is
    # the employer's name, and no head of it is the employee's
    if hit is not None and len(hit.value) > 4 and ORG_COMPLETE.search(hit.value):
        hit = None
    return first(h for h in (
        name_hit(hit),
        name_hit(_name_head(ix, hit)),
        name_hit(labelled(ix, ["姓名"], stops=_STOPS)),
        first(h for h in search(ix, _CERTIFIED) if is_name(h.value)),
    ) if h is not None and not _label_head(ix, h))


#: The rest of a label after the characters read as a value (居民|身份证号码：): the value was
#: cut out of the next label's own words by a stop inside it.
_LABEL_REST: Final = re.compile(rf"[{CJK}]{{1,8}}(?=[ \t]*[:：])")


def _label_head(ix: TextIndex, hit: Hit) -> bool:
    """Whether `hit` is the head of a printed label (居民 of 居民身份证号码：): a name ends
    where the next label begins, and a label's word is never a name. A name written close
    against the next label (张伟性别：男) is no label's head: only the two together reading as a
    label are one."""
    rest = _LABEL_REST.match(ix.text, hit.end)
    if rest is None:
        return False
    whole = squash(hit.value + rest.group(0))
    return whole in _ID_LABELS or is_label(whole)


def _name_head(ix: TextIndex, hit: Hit | None) -> Hit | None:
    """A name at the head of a longer value (乙方：张伟男, 乙方 张伟（身份证…）). A name is
    never cut out of a run of print that goes on without a break: a head whose print runs on
    by three characters or more (广西柳州|某某机械科技…, the start of a place's or unit's
    name read from another cell) is no name."""
    head = leading(ix, hit, f"[{CJK}]{{2,4}}")
    if head is None or re.match(f"[{CJK}]{{3}}", ix.text[head.end:head.end + 3]):
        return None
    return head


def _in_column(ix: TextIndex, hit: Hit) -> bool:
    """Whether an organisation's name read over two lines stays in one column: a wrapped
    cell's next line lies under the line it continues; a piece far to the side of it is
    another cell's word (姓名 张伟 / 公司 of the next column's wrapped name)."""
    cut = ix.text.find("\n", hit.start, hit.end)
    if cut == -1:
        return True
    upper, lower = ix.x_span(hit.start, cut), ix.x_span(cut + 1, hit.end)
    if upper is None or lower is None:
        return True
    return lower[0] < upper[1] and upper[0] < lower[1]


#: The label of the employer's name in a grid of the parties' particulars.
_UNIT_CELL: Final = re.compile(r"(?:单\s*位|用\s*人\s*单\s*位|甲\s*方)?\s*名\s*称")


def _piece(ix: TextIndex, ln: Line, row: Line, left: float,
           right: float) -> tuple[int, int] | None:
    """The one word of `ln` (a line next to a grid's `row`, on its page) lying between `left`
    and `right`, when the line holds nothing left of `left` (in the label's column)."""
    spans = [((ln.start + w.start(), ln.start + w.end()),
              ix.x_span(ln.start + w.start(), ln.start + w.end()))
             for w in re.finditer(r"\S+", ix.text[ln.start:ln.end])]
    if ln.page_no != row.page_no or any(sp and sp[0] < left for _, sp in spans):
        return None
    inside = [w for w, sp in spans if sp and left <= sp[0] and sp[1] <= right]
    return inside[0] if len(inside) == 1 else None


def _straddling(ix: TextIndex) -> Hit | None:
    """The employer's name in a ruled grid whose value cell wrapped over two lines: a cell's
    text is centred on its row, so its first line stands above the label's line and its last
    on or below it (广西某某机械科技有限 / 单位名称 · 姓名 张伟 / 公司). Read only when the line
    above holds nothing in the label's column (it is the cell's spill, not a row of its own),
    each piece lies between the label and the next cell's label, and together (not the upper
    alone) they end as a unit's name does."""
    lines = ix.lines
    for m in _UNIT_CELL.finditer(ix.text):
        at = next((i for i, ln in enumerate(lines) if ln.start <= m.start() <= ln.end), None)
        label = ix.x_span(m.start(), m.end())
        if at is None or label is None or at == 0:
            continue
        row = lines[at]
        cells = [(m.end() + w.start(), m.end() + w.end())
                 for w in re.finditer(r"\S+", ix.text[m.end():row.end])]
        own = cells[0] if cells and not is_label(ix.text[cells[0][0]:cells[0][1]]) else None
        after = cells[1] if own and len(cells) > 1 else (cells[0] if cells and not own else None)
        right = ix.x_span(*after) if after else None
        limit = right[0] if right else float("inf")
        upper = _piece(ix, lines[at - 1], row, label[1], limit)
        lower = own or (_piece(ix, lines[at + 1], row, label[1], limit)
                        if at + 1 < len(lines) else None)
        if upper is None or lower is None:
            continue
        top, rest = squash(ix.text[upper[0]:upper[1]]), squash(ix.text[lower[0]:lower[1]])
        value = top + rest
        if ORG_COMPLETE.search(value) and not ORG_COMPLETE.search(top) and len(value) >= 6:
            return Hit(value, upper[0], lower[1], (upper, lower))
    return None


#: A party's defined term after its name (…有限公司（以下简称甲方）, …(下称"用人单位")): how the
#: contract calls the party from then on, never part of the party's name.
_DEFINED_TERM: Final = re.compile(
    r"\s*[(（]\s*(?:以\s*下\s*)?(?:简\s*称|称|下\s*称)[^)）\n]{0,12}[)）]\s*$")


def _without_defined_term(ix: TextIndex, hit: Hit) -> Hit | None:
    """`hit` without a defined-term parenthesis at its end (:data:`_DEFINED_TERM`)."""
    raw = ix.text[hit.start:hit.end]
    m = _DEFINED_TERM.search(raw)
    if m is None:
        return hit
    value = squash(raw[:m.start()])
    return Hit(value, hit.start, hit.start + m.start()) if value else None


def _unit(ix: TextIndex) -> Hit | None:
    hit = org_labelled(ix, ["甲方", "用人单位", "聘用单位", "单位名称"], stops=_STOPS, named=True)
    # 甲方's value never holds the other party's label: one that runs into 乙方 was read across
    # a header row setting the parties side by side (甲方（用人单位） 乙方（劳动者）), each
    # party's particulars in its own column below; the employer is then the one named there
    if hit and re.search(r"乙\s*方", hit.value):
        hit = None
    if hit is not None:
        hit = _without_defined_term(ix, hit)
    if hit and not re.fullmatch(r"[(（]?(?:公章|盖章)[)）]?", hit.value):
        return hit
    straddling = _straddling(ix)
    if straddling:
        return straddling
    # not the body a certificate is addressed to (柳州市人力资源和社会保障局：)
    found = [h for h in orgs(ix) if not re.match(r"[ ]*[:：][ ]*(?:\n|$)", ix.text[h.end:])
             and _in_column(ix, h)]
    return found[0] if found else None


#: A party's heading with its role in brackets, where its particulars are written
#: (甲方（用人单位）：, 丙方（劳动者）：); not a signing place (甲方（盖章）：).
_ROLE_HEAD: Final = re.compile(
    rf"(?<![{CJK}])(?P<p>[甲乙丙丁][ ]*方)[ ]*[(（][ ]*(?P<r>[^)）\n]{{1,10}}?)[ ]*[)）]"
    r"[ ]*(?:名[ ]*称|姓[ ]*名)?[ ]*[:：]")
#: A role naming the employee (劳动者, 员工, 受聘人员).
_EMPLOYEE_ROLE: Final = re.compile(r"劳\s*动\s*者|员\s*工|职\s*工|受\s*聘\s*人|聘\s*用\s*人\s*员")
#: A role naming an employer (用人单位, 聘用单位, 新单位, 接收单位).
_EMPLOYER_ROLE: Final = re.compile(r"单\s*位|用\s*人|公\s*司|企\s*业")
#: An employer the employee leaves (原用人单位, 原单位, 转出单位, 调出单位).
_FORMER_ROLE: Final = re.compile(r"^\s*(?:原|转\s*出|调\s*出|派\s*出)")
_SIGNING_ROLE: Final = re.compile(r"签|章")


def _role_heads(ix: TextIndex) -> list[re.Match[str]]:
    """Each party's first heading with a role in brackets (:data:`_ROLE_HEAD`), in order."""
    heads: dict[str, re.Match[str]] = {}
    for m in _ROLE_HEAD.finditer(ix.text):
        if not _SIGNING_ROLE.search(m["r"]):
            heads.setdefault(squash(m["p"]), m)
    return sorted(heads.values(), key=lambda m: m.start())


def _role_name(ix: TextIndex) -> Hit | None:
    """The employee's name after the heading whose role names them (丙方（劳动者）：张伟):
    the role, not the letter, says who the employee is (an agreement among three parties
    names the employee 丙方). Only when the heading is not 乙方's, which the general reading
    takes; a value that is no name leaves it to that reading."""
    head = next((m for m in _role_heads(ix) if _EMPLOYEE_ROLE.search(m["r"])), None)
    if head is None or squash(head["p"]) == "乙方":
        return None
    hit = _value_at(ix, head)
    hit = name_hit(hit) or name_hit(_name_head(ix, hit))
    return hit if hit is not None and not _label_head(ix, hit) else None


def _value_at(ix: TextIndex, head: re.Match[str], *, org: bool = False) -> Hit | None:
    """The value written after a party's heading, up to its line's next label (an
    organisation's name, `org`, may go on over the next line)."""
    suffix = rf"[ ]*[(（][ ]*{spaced(squash(head['r']))}[ ]*[)）][ ]*(?:名\s*称|姓\s*名)?[ ]*[:：]"
    return labelled(ix, [squash(head["p"])], suffix=suffix, stops=_STOPS,
                    complete=ORG_COMPLETE if org else None, after=head.start())


def _transfer(ix: TextIndex) -> tuple[int, int] | None:
    """The particulars of the employer in an agreement that moves an employee from one
    employer to another (劳动合同主体变更三方协议, 劳动关系转移协议): the parties are the
    former employer (甲方（原用人单位）), the new one (乙方（新用人单位）) and the employee
    (丙方（劳动者）), each with its own 统一社会信用代码. The employment the paper proves is
    with the new employer: its heading's span up to the next party's, when exactly one
    employer's role is not a former one; None for any other contract."""
    heads = _role_heads(ix)
    employers = [m for m in heads if _EMPLOYER_ROLE.search(m["r"])
                 and not _EMPLOYEE_ROLE.search(m["r"])]
    former = [m for m in employers if _FORMER_ROLE.match(m["r"])]
    new = [m for m in employers if not _FORMER_ROLE.match(m["r"])]
    if not former or len(new) != 1:
        return None
    after = [m.start() for m in heads if m.start() > new[0].start()]
    return new[0].start(), after[0] if after else len(ix.text)


def _party_unit(ix: TextIndex, span: tuple[int, int]) -> Hit | None:
    """The new employer's name after its heading (:func:`_transfer`)."""
    head = _ROLE_HEAD.match(ix.text, span[0])
    hit = _value_at(ix, head, org=True) if head else None
    if hit is None or hit.end > span[1] or not ORG_COMPLETE.search(hit.value):
        return None
    return _without_defined_term(ix, hit)


def _party_code(ix: TextIndex, span: tuple[int, int]) -> Hit | None:
    """The new employer's 统一社会信用代码: the one code within its particulars
    (:func:`_transfer`), when it passes its check character."""
    codes = [m for m in USCC.finditer(ix.text, *span) if not id_shape(m.group(0))]
    if len(codes) != 1 or not uscc_valid(codes[0].group(0)):
        return None
    return Hit(codes[0].group(0), codes[0].start(), codes[0].end())
