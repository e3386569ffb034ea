"""Appointment letter (聘书): the unit's letter appointing the applicant to a titled post.

The employer (聘任单位) appoints the holder of a qualification to the matching post for a
term, usually three years. Two common wordings::

    聘书  兹聘任 张伟 同志为 助理工程师 ，聘期自 2019年1月 至 2023年12月 。
    柳州某某科技有限公司  2019年1月1日

    兹聘任 张伟 同志在 土木工程 专业 助理工程师 职务上，资格确认时间 2018.12.20，
    聘期从 2019年01月 至 2021年12月 止。聘任单位：（公章） 行政领导：（签章） 2019年1月1日

and a labelled form (受聘人： 聘任职务： 聘期： 聘任单位：). See identifier rules §7.1. A post
agreement (岗位聘任协议书) names the parties 甲方（聘任单位） and 乙方（受聘人） and states the
post in a clause: 甲方聘用乙方在专业技术岗位工作，聘任职务为工程师。

A unit's decision (决定) may appoint several people at once, one numbered clause each, under
one shared term::

    关于聘任蔡某等3名同志专业技术职务的决定
    一、聘任蔡某同志为工程师；二、聘任张伟同志为助理工程师；三、……
    以上人员聘期三年，自2016年4月1日起至2019年3月31日止。

Each clause is a row (``name``, ``title``); the document keeps only what all share, so
another person's name or title is never read as the applicant's (the pipeline adds the
applicant's own row, :func:`extractors.own_row`). A 聘任通知 may instead list the appointees
in a ruled table (序号 / 科室 / 姓名 / 聘任职务 / 聘任期限): each line under the header is a row,
its term the row's own when the table gives one.

FIELDS:

* ``name`` 受聘人; ``title`` 聘任职务 (title or post name as written);
* ``start`` / ``end`` 聘期 起/止; ``issued_on`` 签发日期 (the letter's date; a statement
  about the appointment written later, 聘任情况说明, gives the date of the decision it
  narrates);
* ``unit`` 聘任单位 (the signing unit).
"""

from __future__ import annotations

import re
from typing import Final

from rapidfuzz.distance import Levenshtein

from extractors._fields import (
    CELL_GAP,
    CJK,
    CN_DIGITS,
    COPIED_TO,
    LABEL_END,
    NAME,
    ORG_SUFFIX,
    SPLIT_RANGE,
    TERM_END_LABEL,
    TERM_TO,
    TITLE_RE,
    Hit,
    Line,
    TextIndex,
    attested,
    bracketed_term,
    damaged_date,
    date_after,
    date_at_label,
    date_value,
    dates,
    fields,
    first,
    garbled_grade,
    grid_value,
    holder_in_prose,
    index,
    is_name,
    issuer_mark,
    keyword_score,
    labelled,
    month,
    name_hit,
    org_labelled,
    orgs,
    period,
    range_spans,
    range_within,
    search,
    signed_in_holder,
    slip_start,
    squash,
    system_owner,
    table_rows,
    title_within,
    wrapped_period,
)
from pipeline.dates import parse_partial_date
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.APPOINTMENT_LETTER
FIELDS: Final = ("name", "title", "start", "end", "issued_on", "unit")

#: 任命 (a unit's 任命书: 兹任命/决定任命张某同志为工程师) appoints as 聘任/聘用/聘请 do: the
#: same letter under another verb. A letter named with the verb in full (聘任书, 岗位聘任书,
#: 聘用书: the two-sided letter a unit and its employee sign after a competition for posts) is
#: a 聘书 as much as one headed 聘书, whatever its articles go on to say (that the holder is
#: assessed each year, 年度考核, is an obligation of the appointment, not an assessment record).
#: Its parties are labelled 受聘人 or 受聘方 alike.
# a letter appoints its addressee as 您 or, as plainly, 你 (聘任你为工程师), as it names its
# appointee 任命你为
_WEIGHTS: Final = {"聘书": 0.6, "聘(任|用|请)书": 0.6, "兹聘(任|请|用)": 0.5, "聘期": 0.2,
                   "受聘(人|方)": 0.2, "聘任职务": 0.2,
                   "聘任证书": 0.5, "(决定|同意)聘(任|请|用)": 0.4, "聘(任|请|用)(您|你)为": 0.4,
                   "任命书": 0.6, "(兹|决定|同意)任命": 0.4, "任命(您|你|其)为": 0.4,
                   "同志为": 0.1, "专业技术职务": 0.1}
_PERIOD_LABELS: Final = ("聘期", "聘任期限", "聘用期限", "任期", "期限", "起止时间", "起止日期")


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like an appointment letter."""
    return keyword_score(index(doc, fold=True, blanks=True), _WEIGHTS)


def _term_beside_column(ix: TextIndex) -> tuple[Hit | None, Hit | None]:
    """The term sentence of a letter shown beside another column on the same lines (a
    reader's 签章 panel, a margin note): a line's words past a wide gap (a cell's edge,
    :meth:`TextIndex.cell_end`) are the other column's, and the letter's sentence broken at
    its line's end (自2016年 / 4月1日起) goes on at the next line's start. Read only as the
    whole 自…起…至…止 sentence, both dates complete."""
    kept: list[str] = []
    where: list[int] = []
    last: Line | None = None
    for line in ix.lines:
        if last is not None and _interrupts(ix, last, line):
            continue
        last = line
        end = ix.cell_end(line.start, line.end)
        kept.append(ix.text[line.start:end] + "\n")
        where.extend(range(line.start, end + 1))
    body = "".join(kept)
    m = SPLIT_RANGE.search(body)
    if m is None:
        return None, None
    a, b = date_value(m["a"]), date_value(m["b"])
    if a is None or b is None:
        return None, None
    return (Hit(str(a), where[m.start("a")], where[m.end("a") - 1] + 1),
            Hit(str(b), where[m.start("b")], where[m.end("b") - 1] + 1))


#: A line that leaves a term's sentence open: 自 and its first day, no 止 yet.
_OPEN_TERM: Final = re.compile(r"自\s*(?:19|20)[0-9]{2}[^。；;止]*$")


def _interrupts(ix: TextIndex, last: Line, line: Line) -> bool:
    """Whether `line` is another column's, read inside a term's sentence left open at the end
    of `last` (:data:`_OPEN_TERM`): on the same page, wholly left or right of `last` past a
    gutter wider than a table cell's gap. A letter shown in a web page (a 申报系统's preview
    over its menu: 基本信息, 提交) has the menu's items at the heights of its lines, read
    between them (自2018年3月1日 / 提交 / 起至2021年2月28日止); the sentence goes on at the
    next line in its own column, which starts at the column's margin however short it is."""
    if last.page_no != line.page_no or not _OPEN_TERM.search(ix.text, last.start, last.end):
        return False
    here, there = ix.x_span(line.start, line.end), ix.x_span(last.start, last.end)
    if here is None or there is None:
        return False
    gutter = CELL_GAP * max(ix.char_height(line.start), 1.0)
    return here[1] + gutter < there[0] or here[0] - gutter > there[1]


def _term_to(ix: TextIndex) -> tuple[Hit | None, Hit | None]:
    """A term stated in the decision's sentence as its first day and then its end under the
    term's own word (自2018年03月01日起生效，聘期至2021年02月28日): a letter says when the
    appointment takes effect and until when it runs. Both dates must read whole and in order."""
    m = TERM_TO.search(ix.text)
    if m is None:
        return None, None
    a, b = date_value(m["a"]), date_value(m["b"])
    if a is None or b is None or str(b) <= str(a):
        return None, None
    return Hit(str(a), m.start("a"), m.end("a")), Hit(str(b), m.start("b"), m.end("b"))


def extract(doc: ReadDocument) -> Extraction:
    """Read an appointment letter's fields. A letter in traditional characters (a Hong Kong or
    Taiwan-funded unit's 聘書: 茲聘請…擔任…職務) says the same words as one in simplified
    characters: it is read folded to them (:func:`pipeline.text.fold_traditional`). A
    stationer's printed 聘书 filled in by hand or printer has its values on underlined blanks
    (聘期自 ___2016 年 _4 月): the underlines are read as spaces (``blanks``)."""
    ix = index(doc, fold=True, blanks=True)
    start, end = period(ix, _PERIOD_LABELS)
    if start is None:
        start, end = wrapped_period(ix, _PERIOD_LABELS)
    if start is None:
        start, end = _labelled_ends(ix)
    if start is None:
        start, end = period(ix)
    if start is None:
        start, end = _term_to(ix)
    if start is None:
        start, end = bracketed_term(ix)
    issued = _plausible(ix, _issued(ix, start, end), start, end) or _plausible(
        ix, _printed_on(ix), start, end) or _zero_lost(ix, start, end)
    dated = _decided_on(ix) if _statement(ix) else issued  # the appointment's own date
    if start is None:
        # read after the letter's date: a side column's dates (a 签章 panel's timestamp)
        # stand before the sentence on the page, no heading date of the letter
        start, end = _term_beside_column(ix)
    listed = [row for row in table_rows(ix, _COLUMNS) if "title" in row]
    if len(listed) > 1:  # a notice listing the appointees in a table, the holder one row of it
        rows = []
        for row in listed:
            own = {"name": row["name"], "title": _own_title(ix, row["title"])}
            if "term" in row:
                own["start"], own["end"] = (month(h) for h in _term(ix, row["term"]))
            rows.append(fields(ix, own))
        termed = any("term" in row for row in listed)
        shared = {"start": None if termed else month(start), "end": None if termed else month(end),
                  "issued_on": dated, "unit": _unit(ix, issued)}
        return Extraction(doc.file, KIND, fields(ix, shared), tuple(rows))
    if record := _own_record(ix):  # a personnel system's page of the holder's appointments
        found = {"name": _name(ix) or signed_in_holder(ix), "title": record["title"],
                 "start": record["start"], "end": record.get("end"),
                 "issued_on": record.get("issued_on") or dated,
                 "unit": system_owner(ix) or _unit(ix, issued)}
        return Extraction(doc.file, KIND, fields(ix, found))
    clauses = _clauses(ix)
    named = {squash(name.value) for name, _ in clauses}
    if len(named) > 1 or (named and (lead := _several(ix)) and named != {lead.value}):
        shared = {"start": month(start), "end": month(end), "issued_on": dated,
                  "unit": _unit(ix, issued)}
        rows = tuple(fields(ix, {"name": name, "title": _own_title(ix, title)})
                     for name, title in clauses)
        return Extraction(doc.file, KIND, fields(ix, shared), rows)
    found = {
        "name": _name(ix),
        "title": _title(ix),
        "start": month(start),
        "end": month(end),
        "issued_on": dated,
        "unit": _unit(ix, issued),
    }
    return Extraction(doc.file, KIND, fields(ix, found))


#: A term's first day under its own label (its last: TERM_END_LABEL), as a form or a notice slip
#: prints them (起始日期 … / 终止日期 …, 开始时间 … / 结束时间 …) instead of as one range.
_START_LABEL: Final = re.compile(r"(?:起\s*始|开\s*始)\s*(?:日\s*期|时\s*间)\s*[:：]?[ \t]*")


def _labelled_ends(ix: TextIndex) -> tuple[Hit | None, Hit | None]:
    """A term printed as two labelled dates (聘任起始日期：… / 聘任终止日期：…). Both must be
    read and in order for either to count: a lone 开始时间 may be anything's start."""
    start = date_at_label(ix, _START_LABEL)
    end = date_at_label(ix, TERM_END_LABEL)
    if start is None or end is None or end.start <= start.end or end.value < start.value:
        return None, None
    return start, end


#: The columns of a table of appointees this reads: whom, to what, for which term.
_COLUMNS: Final = {"name": "姓名",
                   "title": "(?:拟?聘(?:任|用|请)?)?(?:专业技术)?(?:职务|岗位|职称)(?:名称)?",
                   "term": "聘(?:任|用)?(?:期限|期|时间)|任期|起止(?:时间|日期)"}


#: The columns of a personnel system's record of one person's appointments (专业技术职务聘任
#: 记录: 聘任职务 / 聘任开始 / 聘任结束 / 发文日期 / 状态), one row per appointment held; a 姓名
#: column makes it a list of people instead (:data:`_COLUMNS`).
_RECORD_COLUMNS: Final = {
    "name": _COLUMNS["name"], "title": _COLUMNS["title"],
    "start": r"(?:聘(?:任|用)?|任职)?(?:开始|起始)(?:日期|时间)?",
    "end": r"(?:聘(?:任|用)?|任职)?(?:结束|终止|截止)(?:日期|时间)?",
    "issued_on": r"(?:发文|签发|批准)(?:日期|时间)", "status": r"(?:聘任)?状态"}

#: A record row's status naming the appointment held now (在聘), not one run out (已到期, 解聘).
_CURRENT: Final = re.compile(r"在聘|现聘|聘任中|在任|当前|有效")


def _own_record(ix: TextIndex) -> dict[str, Hit] | None:
    """The appointment held now, from a record of the holder's appointments (an eHR portal's
    职称聘任 page, printed and stamped by the personnel office): each row one appointment with
    its own term and document date, the current one marked 在聘, the earlier ones 已到期. The
    row marked current is read, else the latest begun; a table with a 姓名 column lists other
    people (None). Lines with nothing under 聘任开始 (the system's menu beside the table) are
    passed over."""
    rows = table_rows(ix, _RECORD_COLUMNS, key="start", strays=True,  # the menu beside it
                      well_formed=lambda cell: date_value(cell) is not None)
    if any("name" in row for row in rows):
        return None
    rows = [row for row in rows if "title" in row]  # a date written under the table
    if not rows:
        return None
    current = [row for row in rows if "status" in row and _CURRENT.fullmatch(row["status"].value)]
    row = max(current or rows, key=lambda row: str(date_value(row["start"].value)))
    out = {"title": _title_in(ix, row["title"]) or row["title"]}
    for key in ("start", "end", "issued_on"):
        if key in row and (when := date_value(row[key].value)) is not None:
            out[key] = row[key].with_value(str(when)[:7] if key != "issued_on" else str(when))
    return out if "start" in out else None


def _term(ix: TextIndex, cell: Hit) -> tuple[Hit | None, Hit | None]:
    """A table row's term as written in its cell (2019.07—2022.06), as two dates."""
    return range_within(ix, cell.start, cell.end)


#: The verbs a letter appoints with: 聘任, 聘请, 聘用 and 任命 (a 任命书: 任命张伟同志为工程师).
_APPOINTS: Final = r"(?:聘\s*(?:任|请|用)|任\s*命)"

#: The honorific after the appointee's name. A form letter may print both 先生/女士 (the one that
#: does not apply struck out, or left as printed): the pair is still the honorific.
_HONORIFIC: Final = r"(?:同\s*志|(?:先\s*生|女\s*士)(?:\s*/\s*(?:先\s*生|女\s*士))?)"

_NAME_PATTERNS: Final = (
    # 兹聘任 张伟 同志为 / 决定聘任张伟同志为 / 聘请 张伟 担任 / 任命张伟同志为; never 聘任
    # 张伟等同志 (a heading's "张伟 and others": 等 is no character of the name)
    rf"{_APPOINTS}\s*(?P<v>{NAME})(?<!等)\s*(?:同\s*志|先\s*生|女\s*士|为|在|担\s*任)",
    rf"兹\s*聘\s*(?P<v>{NAME})(?<!等)\s*(?:同\s*志|先\s*生|女\s*士|为|在|担\s*任)",
    # a salutation opening the letter: "张伟 同志：" / "张伟女士：" / "张伟先生/女士："
    rf"(?m)^\s*(?P<v>{NAME})\s*{_HONORIFIC}\s*[:：]",
)


#: One appointment among several: 聘任蔡某同志为工程师 / 聘任蔡某担任助理工程师, or a list
#: going on after the verb (聘任张某同志为工程师、李某同志为助理工程师; 二、李某同志为…).
_CLAUSE: Final = re.compile(
    rf"(?:{_APPOINTS}\s*(?P<name>{NAME})(?<!等)\s*(?:同\s*志|先\s*生|女\s*士)?"
    rf"|[、;；]\s*(?!{_APPOINTS})(?P<listed>{NAME})\s*同\s*志)\s*(?:为|担\s*任)"
    rf"\s*(?P<title>[{CJK}\s]{{2,24}}?)(?=\s*(?:[，,。;；:：、(（·•]|职\s*务|岗\s*位|\n|$))")


#: A heading naming the first of several appointees (关于聘任张伟等同志专业技术职务的通知,
#: 聘任张伟等3名同志): 等 says the letter appoints others besides.
_SEVERAL: Final = re.compile(
    rf"{_APPOINTS}\s*(?P<v>{NAME})\s*等\s*(?:[0-9一二三四五六七八九十]+\s*[名位人]\s*)?同\s*志")


def _several(ix: TextIndex) -> Hit | None:
    """The first appointee a heading names when the letter appoints several people. The one
    clause read, when it names someone else, is then no sign of whose letter it is (the
    heading's own clause may be misread), so the letter is read as rows, the holder's found by
    :func:`extractors.own_row`; a clause naming the heading's appointee is that person's."""
    m = _SEVERAL.search(ix.text)
    return Hit(squash(m["v"]), m.start("v"), m.end("v")) if m and is_name(m["v"]) else None


def _clauses(ix: TextIndex) -> list[tuple[Hit, Hit]]:
    """The (name, title) of each person a letter appoints, in reading order. The heading's
    first appointee run into a misread 同志 (聘任张梅间志为…, under 关于聘任张梅等同志…) is that
    name: a name ending in one stray character and 志 past the heading's is its honorific."""
    out = []
    lead = _several(ix)
    for m in _CLAUSE.finditer(ix.text):
        group = "name" if m.group("name") else "listed"
        name = Hit(squash(m.group(group)), m.start(group), m.end(group))
        if lead and name.value.startswith(lead.value) and \
                len(name.value) == len(lead.value) + 2 and name.value.endswith("志"):
            name = Hit(lead.value, name.start, name.start + len(lead.value))
        if is_name(name.value):
            out.append((name, Hit(squash(m.group("title")), m.start("title"), m.end("title"))))
    return out


#: A party's label in an agreement, ended by its role in brackets, a colon or a space
#: (乙方（受聘人）张伟 / 乙方：张伟 / 乙方 张伟); not the party named in a clause (乙方受聘…).
_PARTY: Final = (r"(?:\s*[(（][^)）\n]{0,12}[)）](?:\s*姓\s*名)?\s*[:：]?"
                 r"|(?:\s*姓\s*名)?\s*[:：]|[ \t]+)")


_NAME_LABELS: Final = ("受聘人", "被聘人", "受聘人员", "持证人", "姓名")


def _name(ix: TextIndex) -> Hit | None:
    """The appointee: after a label and its colon or space (受聘人：张伟), or a label run into
    the name where it opens its line or cell as a form sets it (姓名张伟); a label run into the
    words of a line is a sentence's word (本聘书是受聘人员履行岗位职责的凭证, whose 、 OCR may
    read as a name's dot); else named in the letter's words or its salutation."""
    return first((
        name_hit(labelled(ix, _NAME_LABELS, stops=("性别",), suffix=LABEL_END)),
        name_hit(labelled(ix, _NAME_LABELS, stops=("性别",), cell=True)),
        # an appointment agreement (岗位聘任协议书): 乙方 is the appointee, 甲方 the unit
        name_hit(labelled(ix, ["乙方"], suffix=_PARTY, stops=("性别",))),
        _named_in_text(ix),
        holder_in_prose(ix),  # a salutation without honorific (胡伟华：) opening the letter
    ))


#: A line naming a file (关于聘任张伟同志的通知.ofd): a reader's window title, or a file list.
_FILE_LINE: Final = re.compile(r"\.\s*(?:ofd|pdf|docx?|wps|jpe?g|png|tiff?)\b", re.I)


def _named_in_text(ix: TextIndex) -> Hit | None:
    """The appointee named in the letter's words (聘任张伟同志为…). A reader's window title
    repeats the document's heading as its file's name (关于聘任张伟同志…的通知.ofd): the
    file's name, not the document, so the document's own text is read before it."""
    hits = [h for pattern in _NAME_PATTERNS for h in search(ix, pattern) if is_name(h.value)]
    hits += [h for h in search(ix, _SALUTATION_ANYWHERE)
             if is_name(h.value) and _opens_cell(ix, h.start)
             and all(h.start != o.start for o in hits)]
    own = [h for h in hits if (line := ix.line_at(h.start)) is None
           or not _FILE_LINE.search(ix.text, line.start, line.end)]
    return first(own or hits)


#: A salutation (张伟 同志：) anywhere on a line, for :func:`_opens_cell` to keep only the one
#: that starts the letter's own column.
_SALUTATION_ANYWHERE: Final = rf"(?m)(?:^|(?<=\s))(?P<v>{NAME})\s*{_HONORIFIC}\s*[:：]"


def _opens_cell(ix: TextIndex, start: int) -> bool:
    """Whether text at `start` opens its column: the line's start, or past a gap of at least
    a whole character of the larger print on either side. A letter photographed or scanned
    with another paper beside it (a phone list, a note, a calendar card) has the other
    paper's words read on the same line as the letter's salutation (李敏 6021  张伟 同志：);
    the salutation still opens the letter's column past that gap. Words run up to the name
    with an ordinary space (a fraction of a character) are the same sentence's, not a
    salutation."""
    line = ix.line_at(start)
    if line is None:
        return False
    before = ix.text[line.start:start].rstrip()
    if not before:
        return True
    last = line.start + len(before) - 1  # the last character of the words before
    left, right = ix.x_span(last, last + 1), ix.x_span(start, start + 1)
    if left is None or right is None:
        return False
    height = max(ix.char_height(last), ix.char_height(start), 1e-6)
    return right[0] - left[1] >= height


_TITLE_PATTERNS: Final = (
    rf"同\s*志\s*(?:为|担\s*任)\s*(?P<v>[{CJK}\s]{{2,24}}?)\s*(?:[，,。;；(（]|职\s*务|岗\s*位|\n\n|$)",
    # 土木工程专业 助理工程师 职务 (not 专业技术职务 / 专业技术人员, the phrases naming such
    # posts and the people in them, and not a post named on another line of a form)
    rf"专\s*业(?!\s*技\s*术)[ \t]*(?P<v>[{CJK} \t]{{2,24}}?)[ \t]*[(（]?[ \t]*(?:职\s*务|岗\s*位)",
    # the appointee named by a pronoun, or in an agreement by their party (甲方聘任乙方担任…)
    rf"{_APPOINTS}\s*(?:您|你|其|乙\s*方)\s*(?:为|担\s*任)\s*(?P<v>[{CJK}\s]{{2,24}}?)\s*(?:[，,。;；(（]|职\s*务|岗\s*位|专\s*业\s*技\s*术|$)",
    rf"(?:女士|先生|同志)\s*(?:为|担任)\s*(?:我单位|我公司|本单位)?\s*(?P<v>[{CJK}]{{2,24}}?)\s*(?:[，,。;；]|职务|岗位|\n|$)",
    # the post "at our unit" a letter names before 职务/岗位: 任本公司 助理会计师 职务 /
    # 在我院 主治医师 岗位 工作 (whatever verb or honorific comes before it); not 本单位专业技术
    # 职务, the kind of post named, not the post
    rf"(?:本|我)\s*(?:公\s*司|单\s*位|院|校|厂|所|中\s*心)(?![ \t]*专\s*业\s*技\s*术)"
    rf"[ \t]*(?P<v>[{CJK} \t]{{2,24}}?)[ \t]*"
    rf"(?:职\s*务|岗\s*位)",
    # the appointee unnamed, the subject of a form (干部任免审批表): 拟聘任为工程师专业技术职务
    rf"{_APPOINTS}\s*为\s*(?P<v>[{CJK}]{{2,24}}?)\s*(?:专\s*业\s*技\s*术)?\s*(?:职\s*务|岗\s*位)",
)


#: The grade a 转正定级 form (大中专毕业生见习期满转正定级审批表, from the personnel file) gives
#: the graduate at the end of the probation year, its first title: 同意某某同志按期转正，定级为
#: 助理工程师（初级）专业技术职务. That grade is what the form appoints to, read before any
#: labelled post: the form's 见习岗位 is the post the graduate was tried in (:func:`_probation`).
_GRADED: Final = (rf"(?:转\s*正\s*)?定\s*级\s*(?:为|[:：])\s*(?P<v>[{CJK}\s]{{2,24}}?)\s*"
                  r"(?:[(（，,。;；]|专\s*业\s*技\s*术|职\s*务|岗\s*位|$)")

#: The form's own words (its name, 见习期满转正定级审批表, and its 转正定级意见): only there is
#: a 定级 the appointment; a letter recounting a career (2012年转正定级为助理工程师，现聘任
#: 为工程师) appoints to what it appoints to now.
_GRADING_FORM: Final = re.compile(
    r"转\s*正\s*定\s*级\s*(?:审\s*批|意\s*见|登\s*记|表)|见\s*习\s*期\s*满")

#: A post held on probation (见习岗位, 试用岗位): where a graduate served the trial year, not a
#: title appointed to.
_PROBATION_LABEL: Final = re.compile(r"(?:见\s*习|试\s*用)\s*(?:岗\s*位|职\s*务)\s*[:：]?\s*$")


def _probation(ix: TextIndex, hit: Hit) -> bool:
    """Whether `hit` is the value of a probation post's label (见习岗位 技术员)."""
    line = ix.line_at(hit.start)
    start = line.start if line is not None else max(0, hit.start - 12)
    return bool(_PROBATION_LABEL.search(ix.text, start, hit.start))


def _title(ix: TextIndex) -> Hit | None:
    """The title the letter appoints to, without the words letters put around it (职务,
    岗位, 专业技术职务, 同志为 …); the phrase as written when it names no known title."""
    # 拟任职务 is the post a 任免 form proposes (拟任职务 聘任为工程师专业技术职务); the form's
    # 现任职务 (the post held now) and 专业技术职务 (the qualification) are not the appointment
    labels = ["拟任职务", "聘任职务", "聘任岗位", "聘用岗位", "职务", "岗位", "职称"]
    # 聘任职务：工程师 / 聘任职务（岗位）：… / in an agreement's clause, 聘任职务为工程师
    hit = labelled(ix, labels, suffix=r"(?:\s*[(（][^)）\n]{0,12}[)）])?\s*(?:[:：]|为)")
    graded = [h for h in search(ix, _GRADED) if _title_in(ix, h)] \
        if _GRADING_FORM.search(ix.text) else []
    hits = graded + [h for h in (hit, grid_value(ix, labels)) if h and not _probation(ix, h)]
    hits += [h for pattern in _TITLE_PATTERNS for h in search(ix, pattern)]
    hits = [h for h in hits if not _in_heading(ix, h)
            and not garbled_grade(ix.text[h.start:h.end])]
    for hit in hits:
        if titled := _title_in(ix, hit):
            return titled
    if hits:  # no known title named: the phrase as written, unless it ran on past its end
        return next((h for h in hits if not _TERM_WORD.search(ix.text, h.start, h.end)), None)
    # a title word inside a unit's name (某某会计师事务所, 律师事务所) names the firm, not a post
    names = [(h.start, h.end) for h in orgs(ix)]
    for m in TITLE_RE.finditer(ix.text):
        if _probation(ix, Hit(m.group(0), m.start(), m.end())) \
                or garbled_grade(ix.text[max(0, m.start() - 3):m.end()]):
            continue
        if not any(s <= m.start() and m.end() <= e for s, e in names):
            return Hit(m.group(0), m.start(), m.end())
    return None


#: The words of a letter's term (聘期三年, 任期, 聘任期限): the sentence after the title's. A
#: phrase read for the title that holds them ran on past the title's end (its 。 lost under a
#: pen's loop or a fold: 决定聘任您为工程州 / 聘期三年), so where the title itself ends is lost.
_TERM_WORD: Final = re.compile(r"聘\s*(?:任\s*|用\s*)?期|任\s*期")


def _own_title(ix: TextIndex, hit: Hit) -> Hit | None:
    """A clause's or a row's title: the title named in it, else the phrase as written; none
    when its grade word is misread (高摄工程师: :func:`garbled_grade`), never the shorter title."""
    if garbled_grade(ix.text[hit.start:hit.end]):
        return None
    return _title_in(ix, hit) or hit


def _title_in(ix: TextIndex, hit: Hit | None) -> Hit | None:
    """The one title named in `hit` (:func:`title_within`), read across a line's end: a letter's
    sentence wraps where the line is full, inside a word as anywhere (聘任某某同志为助 /
    理工程师), and the title is the whole word (助理工程师), never the part that fits on one
    line (工程师, a grade higher). A hit that crosses a line is read as its words joined; two
    different titles in it, or none, give None."""
    if hit is None:
        return None
    if hit.parts or "\n" not in ix.text[hit.start:hit.end]:
        return title_within(ix, hit)
    joined = squash(ix.text[hit.start:hit.end])
    found = {m.group(0) for m in TITLE_RE.finditer(joined)}
    return Hit(found.pop(), hit.start, hit.end) if len(found) == 1 else None


#: A letter's heading: the line that is nothing but the document's name (岗位聘任书, 专业技术
#: 职务聘任书, 聘  书, 任命书), however its letters are spaced out.
_HEADING: Final = re.compile(rf"[{CJK}]{{0,12}}(?:聘[任用请]?|任命)书")


def _in_heading(ix: TextIndex, hit: Hit) -> bool:
    """Whether `hit` lies on the letter's heading. A heading is the document's name, never a
    label and its value: in 岗 位 聘 任 书 (its letters set apart) 岗位 is no label and 聘任书
    no post."""
    line = ix.line_at(hit.start)
    return line is not None and bool(_HEADING.fullmatch(squash(ix.text[line.start:line.end])))


#: The heading of a statement about an appointment written after it was made (关于张伟同志
#: 专业技术职务聘任情况的说明, 情况说明, 关于…聘任时间的说明), perhaps over two lines. A 聘书's
#: notes headed 说明 or 聘任说明 are no statement.
_STATEMENT: Final = re.compile(rf"(?:关于[{CJK}（）()]{{2,40}}的|[{CJK}]{{0,30}}情况的?)说明")
#: How a statement narrates the unit's decision after its date, in the same sentence
#: (2016年3月28日，经我单位院长办公会研究决定，聘任…; 经2016年3月28日党委会研究，决定聘用…).
_DECIDED: Final = re.compile(r"[^。；;]{0,40}?决\s*定\s*[，,]?\s*聘\s*[任用请]")


def _statement(ix: TextIndex) -> bool:
    """Whether the upload is a statement about the appointment (a personnel office's 聘任情况
    说明 to the 职改办, explaining a late appointment), headed so in its first lines. A
    heading 说明 lower down, or 说明： as a label, is a letter's note."""
    heading = ""
    for line in ix.lines[:3]:
        heading += squash(ix.text[line.start:line.end])
        if _STATEMENT.fullmatch(heading):
            return True
    return False


def _decided_on(ix: TextIndex) -> Hit | None:
    """The appointment's date as a statement narrates it: the day the unit decided to appoint
    (:data:`_DECIDED`). The statement's own date, at its foot, is when it was written, years
    later perhaps; it is no date of the appointment, so without a narrated decision (or with
    two) none is read."""
    found = {h.value: h for _, h in dates(ix) if _DECIDED.match(ix.text, h.end)}
    return next(iter(found.values())) if len(found) == 1 else None


#: A letter reissued for a lost one (补发, 补办) bears the day it was reissued.
_REISSUED: Final = re.compile(r"补\s*[发办]|重\s*新\s*[发开]")


def _within_term(ix: TextIndex, issued: Hit | None, end: Hit | None) -> Hit | None:
    """A letter appoints for a term to come or running, never for one already over: a date
    read after the term's last month is a misread (digits lost under a seal: 二〇一六 read
    二〇二六) and is left unread, unless the letter says it was reissued (补发)."""
    last = month(end) if end is not None else None
    if issued is None or last is None or _REISSUED.search(ix.text):
        return issued
    return None if issued.value[:7] > last.value else issued


#: How many months before its term a letter may be signed: a unit appoints for the coming term
#: in the months before it begins (a December letter for a January term, or one a year ahead
#: when a post's term follows a probation or a current term), never several years ahead.
_SIGNED_AHEAD: Final = 24


def _before_term(ix: TextIndex, issued: Hit | None, start: Hit | None) -> Hit | None:
    """A letter is signed shortly before its term begins, or during it: a signed date read more
    than :data:`_SIGNED_AHEAD` months before the term's first month is a misread (a year's
    digit lost in small print or under a seal: 2017 read 2014) and is left unread."""
    first = month(start) if start is not None else None
    if issued is None or first is None:
        return issued
    term, signed = parse_partial_date(first.value), parse_partial_date(issued.value)
    if term is None or signed is None:
        return issued
    return None if term.month_index - signed.month_index > _SIGNED_AHEAD else issued


def _plausible(ix: TextIndex, issued: Hit | None, start: Hit | None,
               end: Hit | None) -> Hit | None:
    """The letter's date unless its term shows it misread (:func:`_within_term`,
    :func:`_before_term`)."""
    return _before_term(ix, _within_term(ix, issued, end), start)


#: A year in Chinese numerals whose 〇 the scan lost (二一六年 for 二〇一六年, a thin ring
#: binarised away): 二, then 一 or 二, then a numeral; only a year 20XY is written so.
_ZERO_LOST: Final = re.compile(
    r"(?<![〇零○一二三四五六七八九\d])二(?=\s*([一二])\s*([〇零○一二三四五六七八九])\s*年)")


def _zero_lost(ix: TextIndex, start: Hit | None, end: Hit | None) -> Hit | None:
    """The signed date under the term whose year lost its 〇 (:data:`_ZERO_LOST`), read as
    20XY only when the term vouches for it: signed in the months before the term's first
    (at most :data:`_SIGNED_AHEAD`), as a unit appoints for the coming term. Without a
    term, or with one it does not fit, the year is a guess: unread."""
    first = month(start) if start is not None else None
    term = parse_partial_date(first.value) if first is not None else None
    if term is None or end is None:
        return None
    for m in _ZERO_LOST.finditer(ix.text, end.end, min(slip_start(ix), _attachment_start(ix))):
        year = 2000 + int(CN_DIGITS[m[1]] + CN_DIGITS[m[2]])
        hit = damaged_date(ix, year, m.start(), ix.line_end(m.start()))
        signed = parse_partial_date(hit.value) if hit is not None else None
        if signed is not None and 0 <= term.month_index - signed.month_index <= _SIGNED_AHEAD:
            return hit
    return None


def _printed_on(ix: TextIndex) -> Hit | None:
    """The 版记's 印发 date (:data:`_PRINTED_LINE`), the day the letter went out: it stands for
    a signed date its term shows misread (2012年3月21日 on a letter for a 2017 term, a seal
    over a digit), as it does for one not read at all."""
    printed = _PRINTED_LINE.search(ix.text)
    found = dates(ix, ix.line_start(printed.start()), printed.end()) if printed else []
    return found[-1][1] if found else None


def _issued(ix: TextIndex, start: Hit | None, end: Hit | None) -> Hit | None:
    hit = date_after(ix, ["签发日期", "发文日期", "聘任日期", "落款日期"])
    if hit:
        return hit
    # a term's ends, the table's or the prose's (自…起至…止), are not the letter's date
    taken = {(h.start, h.end) for h in (start, end) if h} | set(range_spans(ix))
    qualifier = re.compile(r"(?:资格|确认|取得|评审|出生)[^\n，,。]{0,8}$")
    # nor the day a term runs out (原聘期将于…届满) or a deadline (请于…前交回), nor any date
    # on the tear-off slip below the letter (the 回执 the recipient dates by hand)
    slip = min(slip_start(ix), _attachment_start(ix))
    fax = (_fax_spans(ix) + _applicant_notes(ix) + _web_footer(ix) + _screen_clock(ix)
           + _received_stamp(ix) + _copied_certificate(ix) + _notarial_certificate(ix)
           + _filing_stamp(ix))
    candidates = [h for _, h in dates(ix) if (h.start, h.end) not in taken and h.start < slip
                  and not any(a <= h.start < b for a, b in fax)
                  and not qualifier.search(ix.text[max(0, h.start - 12):h.start])
                  and not _FILED_AT.search(ix.text, max(0, h.start - 12), h.start)
                  and not _SERIAL.search(ix.text, ix.line_start(h.start), h.start)
                  and not _TERM_OR_DEADLINE.match(ix.text, h.end)]
    printed = [h for h in candidates if re.match(r"\s*印\s*发", ix.text[h.end:h.end + 4])]
    own = [h for h in candidates if h not in printed]  # not a distribution line's date
    after = [h for h in own if end is None or h.start > end.end]
    if not after and (blank := _blank_date(ix, end, slip)):
        return blank
    if after:
        signed = _lost_day(ix, after[-1])
        # a document goes out (印发) on or after the day it is signed: a signed date read later
        # than its 印发 date is misread (a seal over the day), and the 印发 date stands for it
        if printed and len(signed.value) == len(printed[-1].value) == 10 \
                and signed.value > printed[-1].value:
            return printed[-1]
        # a signed date whose day was lost (2014年12月日, or 2014年12月 ending its line: a seal
        # over the digits and the 日) is no whole date; the 印发 date of that month, the day it
        # went out, stands for it as it does for a signed date not read at all; so it does where
        # the day's digits were read but its 日 misread (2014年12月21阳) and they are that date's
        if printed and len(signed.value) == 7 and len(printed[-1].value) == 10 \
                and printed[-1].value.startswith(signed.value) \
                and (re.match(r"[ \t]*(?:[日曰]|\n|\Z)", ix.text[signed.end:signed.end + 3])
                     or _day_of(ix, signed, printed[-1])):
            return printed[-1]
        return signed
    # minutes and notices carry their date in the heading, above the decision
    before = [h for h in own if start is not None and h.end <= start.start]
    if before:
        return before[-1]
    # the signed date unread (a seal over it): the 版记's 印发 date, the day it went out
    return printed[-1] if printed else None


#: A file's record in the system it was uploaded to (a 申报系统's preview of the scan, a
#: document library's list: 上传时间：2017-01-06, 提交日期 2018/3/13, 上传于 2016-04-16): the
#: day the file was put there, years after the letter perhaps, never the letter's own date;
#: so is a photo's record in a phone's gallery (its 详细信息: 拍摄时间 on a line of its own,
#: 2017年1月7日 12:48 under it), the day the letter was photographed.
_FILED_AT: Final = re.compile(
    r"(?:上\s*传|提\s*交|更\s*新|修\s*改|创\s*建|拍\s*摄)\s*(?:时\s*间|日\s*期|于)\s*[:：]?\s*\Z")


#: A letter's serial number, its label then the issuing office's abbreviation, the year and a
#: sequence (编号：南某人2020-07, 证书编号：钦人聘2019-11): the year and sequence are the
#: number's, no date of the letter's.
_SERIAL: Final = re.compile(r"(?:编\s*号|证\s*号|字\s*号|No\.?)\s*[:：]?[^\s，。,;；]{0,12}\Z")


#: A document's 版记 ends it: the line saying who printed it when (…办公室 2014年12月27日印发).
_PRINTED_LINE: Final = re.compile(r"(?m)^.*印\s*发[ \t]*$")
#: A document sent on with another attached (a 转发 notice and the 批复 it forwards) heads the
#: attached one 附件 on a line of its own.
_ATTACHED: Final = re.compile(r"(?m)^[ \t]*附[ \t]*件[ \t]*[0-9一二三四五六七八九十]?[ \t]*$")


def _attachment_start(ix: TextIndex) -> int:
    """Where a document attached after the letter begins, or the text's end. A unit's notice
    forwarding its superior's reply (关于转发《关于同意…聘任…的批复》的通知) ends at its 版记
    (the 印发 line), and the reply it forwards follows headed 附件: another document, with its
    own issuer and its own date (the superior's, days earlier), never the notice's. Only a
    附件 heading after a 印发 line counts: a 附件 line inside the letter names what is enclosed."""
    printed = _PRINTED_LINE.search(ix.text)
    if printed is None:
        return len(ix.text)
    m = _ATTACHED.search(ix.text, printed.end())
    return m.start() if m else len(ix.text)


#: The labels of a qualification certificate's boxes (资格名称, 评审时间, 批准文号, 发证机关,
#: 评审委员会 …): what the 职改办 certifies, never what a unit's 聘书 says of the post it gives
#: (a 聘书 may carry its own 编号 and 发证日期, so those are no sign).
_CERTIFICATE_LABEL: Final = re.compile(
    r"资\s*格\s*(?:名\s*称|级\s*别)|职\s*称\s*名\s*称|评\s*审\s*(?:时\s*间|委\s*员\s*会)"
    r"|批\s*准\s*(?:文\s*号|日\s*期|时\s*间)|发\s*证\s*(?:机\s*关|单\s*位)|审\s*批\s*机\s*关"
    r"|取\s*得\s*(?:资\s*格\s*)?时\s*间")
#: A certificate copied beside a letter shows at least this many of its labels.
_CERTIFICATE_SIGNS: Final = 3
#: The holder's particulars a certificate's boxes give above its qualification (姓名 张伟,
#: 工作单位 …): a line opening with one just above the block is the certificate's too.
_HOLDER_BOX: Final = re.compile(r"[ \t]*(?:姓\s*名|性\s*别|出\s*生\s*(?:年\s*月|日\s*期)"
                                r"|工\s*作\s*单\s*位|专\s*业|身\s*份\s*证\s*号\s*码?)")


def _copied_certificate(ix: TextIndex) -> list[tuple[int, int]]:
    """The block of a qualification certificate copied onto the same sheet as the letter (多证
    合一: the 聘书 and the 资格证书's inner page laid on the copier together): from the first
    line bearing one of its labels (:data:`_CERTIFICATE_LABEL`), with three different ones on
    the page, to the page's end or the next letter heading. Its issuer, its dates and the
    holder's pen note under it (与原件一致, a signature, 2018.3) are another document's, never
    the letter's unit or date."""
    spans = []
    for page in sorted({ln.page_no for ln in ix.lines}):
        lines = [ln for ln in ix.lines if ln.page_no == page]
        found = [(ln, m) for ln in lines
                 for m in _CERTIFICATE_LABEL.finditer(ix.text, ln.start, ln.end)]
        if len({squash(m.group(0)) for _, m in found}) < _CERTIFICATE_SIGNS:
            continue
        first = found[0][0]
        above = [ln for ln in lines if ln.start < first.start]
        while above and (_HOLDER_BOX.match(ix.text, above[-1].start)
                         or any(a <= above[-1].start < b for a, b in attested(ix))):
            first = above.pop()  # its holder's boxes, the pen note 与原件一致 beside them
        heading = next((ln for ln in lines if ln.start > first.start and _in_heading(
            ix, Hit("", ln.start, ln.end))), None)
        spans.append((first.start, heading.start if heading else lines[-1].end))
    return spans


#: A notary's 公证书 bound behind the copy it certifies: its heading (公 证 书) on a line of its
#: own, and on the same page the notary's words (公证员, 公证处, 公证事项, its number 桂柳证字…).
NOTARY_HEADING: Final = re.compile(r"(?m)^[^\S\n]*公[^\S\n]*证[^\S\n]*书[^\S\n]*$")
NOTARY_WORDS: Final = re.compile(r"公\s*证\s*(?:员|处|事\s*项)|证\s*字\s*第")


def _notarial_certificate(ix: TextIndex) -> list[tuple[int, int]]:
    """A notarised copy (公证复印件): the notary office binds the copy of the 聘书 with its
    公证书 (兹证明前面的复印件与原件相符 …, 公证员, the notarial date). The 公证书 runs from
    its heading to its page's end; its date is the day it was notarised, years after the
    letter perhaps, and never the letter's own date (:data:`NOTARY_HEADING`)."""
    spans = []
    for m in NOTARY_HEADING.finditer(ix.text):
        line = ix.line_at(m.start())
        if line is None:
            continue
        page = [ln for ln in ix.lines if ln.page_no == line.page_no]
        if NOTARY_WORDS.search(ix.text, line.end, page[-1].end):
            spans.append((line.start, page[-1].end))
    return spans


#: The note an applicant writes under a letter pasted into their compiled materials (申报材料
#: 汇编): 说明：本人现受聘于…, in their own voice.
_NOTE: Final = re.compile(r"(?m)^[ \t]*(?:说[ \t]*明|备[ \t]*注|注)[ \t]*[:：][ \t]*本[ \t]*人")


def _applicant_notes(ix: TextIndex) -> list[tuple[int, int]]:
    """The applicant's notes on the page a letter's scan is pasted into: an applicant compiling
    their materials (申报材料汇编) sets each scan under a numbered heading, captions it and
    adds a note in the first person (说明：本人现受聘于某某公司，聘书原件已由单位人事部门审核).
    The note is the applicant's claim about the letter, not the letter: the unit it names is
    never read as the letter's signature, nor its dates as the letter's. A note runs from its
    label to the page's end (its wrapped lines, the page's number)."""
    spans = []
    for m in _NOTE.finditer(ix.text):
        end = ix.text.find("\n\n", m.start())
        spans.append((m.start(), len(ix.text) if end == -1 else end))
    return spans


#: A date filled into a printed form's 年/月/日 blanks whose printed marks were not read (a
#: form's words printed in red, which a scan or OCR drops, the values in black): on a line of
#: its own, a four-digit year, a month and a day that still ends in 日, in that order
#: (2016  3  20日, 2017 4月 20日). With fewer than three numbers (2018  24日) it is left
#: unread: which of year, month and day was lost cannot be told.
_BLANK_DATE: Final = re.compile(
    r"(?m)^[ \t]*(?P<y>(?:19|20)[0-9]{2})[ \t]*(?:年|(?=[ \t]))[ \t]*(?P<m>[0-9]{1,2})"
    r"[ \t]*(?:月|(?=[ \t]))[ \t]*(?P<d>[0-9]{1,2})[ \t]*[日曰][ \t]*$")


#: A fax machine's transmission header printed along each page it sends
#: (2014-12-23 10:37 FROM:0772-… P.001/002): the sending machine's clock, not the letter's date.
_FAX_HEADER: Final = re.compile(r"FROM\s*[:：]|\bTO\s*[:：]|\bP\.?\s*[0-9]{1,3}\s*/\s*[0-9]{1,3}")
#: A fax cover sheet's own fields (传真 … 收件人 … 发件人): its 日期 is the day it was sent.
_FAX_COVER: Final = (re.compile(r"传\s*真|FAX", re.I), re.compile(r"收\s*件\s*人"),
                     re.compile(r"发\s*件\s*人"))


def _fax_spans(ix: TextIndex) -> list[tuple[int, int]]:
    """The parts a fax adds to the letter it carries: every line bearing the machine's
    transmission header, and a cover sheet's whole page (a page reading 传真 with its 收件人 and
    发件人 fields). Their dates are when it was sent, never the letter's own date."""
    spans = [(ln.start, ln.end) for ln in ix.lines
             if _FAX_HEADER.search(ix.text, ln.start, ln.end)]
    for page in sorted({ln.page_no for ln in ix.lines}):
        lines = [ln for ln in ix.lines if ln.page_no == page]
        a, b = lines[0].start, lines[-1].end
        if all(p.search(ix.text, a, b) for p in _FAX_COVER):
            spans.append((a, b))
    return spans


#: A computer's clock in the corner of its screen (the Windows taskbar: the time over the date,
#: 13:41 / 2017/12/28, the row's search box read on the time's line): a bare time of day ending
#: a line, or alone before the date, then a date in digits alone on its line. A letter's own
#: date is written 年月日 and never stands under or beside a bare time.
_CLOCK: Final = re.compile(
    r"(?m)(?:^|[ \t])[0-2]?[0-9][:：][0-5][0-9](?:[:：][0-5][0-9])?[ \t]*(?:\n[ \t]*|[ \t]+)"
    r"(?P<date>(?:19|20)[0-9]{2}([-/.])[0-9]{1,2}\2[0-9]{1,2})[ \t]*$")


#: A machine's timestamp: a date in digits then the time of day (a scanner app's caption 证件扫描
#: 2020-01-22 17:48, a camera's 2019/05/06 09:15; OCR may glue the day to the hour,
#: 2020-01-2217:48). A letter's own date is written 年月日, never with the minute.
_TIMESTAMP: Final = re.compile(
    r"(?P<date>(?:19|20)[0-9]{2}([-/.])[0-9]{1,2}\2[0-9]{1,2})[ \t]*[0-2]?[0-9][:：][0-5][0-9]")
#: An electronic seal's record of when it was applied (签章时间 2017-12-26 10:02:32): the signing.
_SIGNED_AT: Final = re.compile(r"签\s*[章名署]\s*时\s*间\s*[:：]?\s*\Z")


def _screen_clock(ix: TextIndex) -> list[tuple[int, int]]:
    """The date of a screen's clock in a photo or screenshot of a letter shown on a computer
    (a print preview photographed off the monitor), or of a machine's timestamp on a scan or
    photo: the day the picture was taken, not the letter's date (:data:`_CLOCK`,
    :data:`_TIMESTAMP`)."""
    stamps = [m for m in _TIMESTAMP.finditer(ix.text)  # an e-seal's 签章时间 is its signing
              if not _SIGNED_AT.search(ix.text, ix.line_start(m.start()), m.start())]
    return [(m.start("date"), m.end("date")) for m in [*_CLOCK.finditer(ix.text), *stamps]]


#: A receiving office's 收文登记章, stamped in the margin above a document it files (设计所收文,
#: 收文登记, with 编号 and 日期 cells filled in by hand): its heading, then its cells' labels.
_RECEIVED: Final = re.compile(r"收[ \t]*文(?:[ \t]*登[ \t]*记)?(?:[ \t]*章)?[ \t]*(?:\n|$)")
_RECEIVED_CELL: Final = re.compile(r"(?:收[ \t]*文|登[ \t]*记)?[ \t]*(?:编[ \t]*号|日[ \t]*期)")


def _received_stamp(ix: TextIndex) -> list[tuple[int, int]]:
    """The lines of a receiving office's 收文登记章 at the top of a document (:data:`_RECEIVED`):
    the stamp's heading line and the next lines holding its 编号 / 日期 cells. Its date is the
    day the office received the document, its name the receiving office's: neither is the
    document's date or issuer. Only among a page's first five lines, where the stamp goes."""
    lines = ix.lines[:5]
    for i, ln in enumerate(lines):
        if _RECEIVED.search(ix.text, ln.start, ln.end + 1):
            cells = [c for c in lines[i + 1:i + 3]
                     if _RECEIVED_CELL.search(ix.text, c.start, c.end)]
            if cells:
                return [(ln.start, ln.end)] + [(c.start, c.end) for c in cells]
    return []


#: A filing office's 备案章 stamped on a document it has recorded (the 人社局's 已备案 box on a
#: unit's 聘任通知 after 岗位聘用备案): its heading on a line of its own (已备案, 备案, 准予备案),
#: or its 备案号 / 备案日期 cell.
_FILED_HEAD: Final = re.compile(
    r"(?m)^[^\S\n]*\S?[^\S\n]*(?:已|准[^\S\n]*予)?[^\S\n]*备[^\S\n]*案[^\S\n]*(?:章[^\S\n]*)?$"
    r"|备\s*案\s*(?:编\s*)?号|备\s*案\s*(?:日\s*期|时\s*间)")
#: The stamp's date cell: 日期：/ 备案日期：/ 时间：, then the date the office filled in.
_FILED_DATE: Final = re.compile(r"(?:备\s*案\s*)?(?:日\s*期|时\s*间)\s*[:：]?\s*")
#: How many lines a 备案章's cells take under its heading (the office, 备案号, 日期).
_STAMP_LINES: Final = 3


def _filing_stamp(ix: TextIndex) -> list[tuple[int, int]]:
    """The date cells of a filing office's 备案章 (:data:`_FILED_HEAD`): from a labelled 日期 /
    备案日期 on the stamp's lines (its heading's and the next few) to that line's end. The day
    the office filed the letter, weeks after it was signed, is the office's, never the letter's
    own date. Only the labelled cell is taken: a line the stamp overlaps may hold the letter's
    words too (各科室、各部门： 日期：2017.5.7)."""
    spans = []
    for i, ln in enumerate(ix.lines):
        if not _FILED_HEAD.search(ix.text, ln.start, ln.end):
            continue
        for cell in ix.lines[i:i + 1 + _STAMP_LINES]:
            spans += [(m.start(), cell.end)
                      for m in _FILED_DATE.finditer(ix.text, cell.start, cell.end)]
    return spans


def _blank_date(ix: TextIndex, end: Hit | None, slip: int) -> Hit | None:
    """The last date written into a form's 年/月/日 blanks (:data:`_BLANK_DATE`) after the
    term and above any tear-off slip: the day the letter was signed."""
    found = None
    for m in _BLANK_DATE.finditer(ix.text, end.end if end else 0, slip):
        day = date_value(f"{m['y']}年{m['m']}月{m['d']}日")
        if day is not None and day.day is not None:
            found = Hit(str(day), m.start("y"), m.end("d"))
    return found


#: What follows a date that is a term's end or a deadline, never the day a letter is signed.
_TERM_OR_DEADLINE: Final = re.compile(r"\s*(?:届\s*满|期\s*满|到\s*期|(?:以|之)?\s*前(?!\s*[0-9]))")


#: The day of a signed date whose 日 the seal covered: two digits right after 月, then a space
#: or the line's end (2021年12月23 ▒▒ 限公司), or a second 月, which is the 日 misread (the two
#: look alike under a seal or in a blurred photo: 2014年12月21月; a date has one month). One
#: digit may be the first of two the seal cut off (2015年3月2▒ for 27日): that day is left unread.
_DAY_WITHOUT_MARK: Final = re.compile(r"(?P<d>[0-9]{2})(?=[ ]|\n|$|月)")


def _lost_day(ix: TextIndex, hit: Hit) -> Hit:
    """A letter's date read to the month only, completed by the day written after 月 when only
    the 日 was lost; the date as read otherwise."""
    if len(hit.value) != 7 or not ix.text[:hit.end].rstrip().endswith("月"):
        return hit
    m = _DAY_WITHOUT_MARK.match(ix.text, hit.end)
    if m is None or not 10 <= int(m["d"]) <= 31:
        return hit
    day = date_value(ix.text[hit.start:hit.end] + m["d"] + "日")
    return Hit(str(day), hit.start, m.end()) if day is not None else hit


def _day_of(ix: TextIndex, signed: Hit, printed: Hit) -> bool:
    """Whether the digits written right after a month-only signed date are the day of the
    印发 date (2014年12月21阳 against 2014年12月21日印发): two readings of one day agreeing."""
    day = re.compile(rf"[ \t]*0?{int(printed.value[8:])}(?![0-9])")
    return day.match(ix.text, signed.end) is not None


def _unit(ix: TextIndex, issued: Hit | None) -> Hit | None:
    """The appointing unit: after its label, else the issuer a red-headed document names at
    its top, else the signature just above the letter's date (not a distribution line such as
    "……办公室 2018年1月2日印发"), else the last one named."""
    # the applicant's own words under a pasted letter; a certificate copied beside it
    notes = _applicant_notes(ix) + _copied_certificate(ix)
    hit = org_labelled(ix, ["聘任单位", "聘用单位", "单位名称", "单位"],
                       stops=("行政领导", "法定代表人"))
    if hit and (re.fullmatch(r"[(（]?(?:公章|盖章)[)）]?", hit.value)
                or any(a <= hit.start < b for a, b in notes)):
        hit = None
    # a label with its colon names the unit; a bare 单位 may be a word of the letter's prose
    # (经部门推荐、单位 / 专业技术职务聘任委员会评议: the unit's committee, not the unit), so
    # the issuer a red-headed document names at its top (…文件, …人发〔2017〕5号) comes first
    if hit and re.search(r"[:：][ \n]*$", ix.text[max(0, hit.start - 4):hit.start]):
        return hit
    stamp = _received_stamp(ix)
    if heading := issuer_mark(ix) or (stamp and issuer_mark(ix, stamp[-1][1] + 1)):
        return heading
    if hit:
        return hit
    # not words a date runs into (2016年2月25日限公司: the seal's 有限公司 beside the date), nor
    # the unit an applicant's note under the pasted letter names (本人现受聘于…), nor the
    # owner a website's footer names under a letter printed from the site (版权所有…)
    spans = [h for _, h in dates(ix)]
    elsewhere = _web_footer(ix) + _distribution(ix)
    found = [h for h in orgs(ix) if not any(d.start < h.end and h.start < d.end for d in spans)
             and not _signer_joined(ix, h)
             and not any(a <= h.start < b for a, b in notes + elsewhere)]
    if issued is not None:
        before = [h for h in found
                  if h.end <= issued.start and "\n\n" not in ix.text[h.end:issued.start]
                  and ix.text[h.end:issued.start].count("\n") <= 1]
        if before:
            return _signed(ix, before[-1])
        if sealed := _sealed_signature(ix, issued):
            return sealed
    return _signed(ix, found[-1]) if found else None


def _signed(ix: TextIndex, hit: Hit) -> Hit | None:
    """The signing unit from the name read at the signature: the ring run on cut off, then
    the seal's blots over it (:func:`_under_seal`)."""
    name = _ring_glued(hit)
    name = _under_seal(ix, name) if name is not None else None
    return None if name is None or _piece(name.value) else name


def _piece(name: str) -> bool:
    """Whether a name read at the signature is a piece of one: four characters at most that
    end with a bare one-character form (计研配院, the tail of …市政设计研究院 below the seal's
    blots on the line above). A unit signs its letter with its full name, the place and the
    trade before the form (柳州市财政局); a short name ending with a two-character form
    (广西大学, 协和医院) is a whole one and stands."""
    tails = [len(t) for t in ORG_SUFFIX.split("|") if name.endswith(t)]
    return len(name) <= 4 and max(tails, default=0) == 1


#: A website's footer, printed under every page of a unit's site and so under a notice
#: (通知公告) printed from it by a browser: the site's copyright line (版权所有：某某局,
#: Copyright ©), its ICP or public-security filing (桂ICP备…号, 公网安备, 备案号), who built it
#: (技术支持：) and who runs it (网站主办). A footer OCR read without its first character
#: (权所有) is still one.
_WEB_FOOTER: Final = re.compile(
    r"(?:版\s*)?权\s*所\s*有|copyright|©|ICP\s*备|公\s*网\s*安\s*备|备\s*案\s*号"
    r"|技\s*术\s*支\s*持|网\s*站\s*主\s*办", re.I)


def _web_footer(ix: TextIndex) -> list[tuple[int, int]]:
    """The lines of a website's footer (:data:`_WEB_FOOTER`) under a letter printed from the
    unit's site. The footer names the site's owner, not who signed the letter: it is no
    signature block, so no unit or date is read from it."""
    return [(ln.start, ln.end) for ln in ix.lines
            if _WEB_FOOTER.search(ix.text, ln.start, ln.end)]


#: A document's distribution line (抄送：…, 抄报：…, 分送：…; 主送：… above the text).
_DISTRIBUTION: Final = re.compile(rf"[ \t]*(?:{COPIED_TO}|主\s*送\s*[:：])")


def _distribution(ix: TextIndex) -> list[tuple[int, int]]:
    """The distribution lines under a letter: the offices they name receive copies (抄送：…
    博士后工作站办公室、财务部), none of them signed it, so no unit is read from them."""
    return [(ln.start, ln.end) for ln in ix.lines if _DISTRIBUTION.match(ix.text, ln.start)]


#: How many characters a seal may hide in a signed name, against those still legible.
_HIDDEN_SHARE: Final = 1.0


def _under_seal(ix: TextIndex, hit: Hit) -> Hit | None:
    """The signing unit where the red seal pressed over its printed name hides some of its
    characters: the name legible between the seal's strokes (柳州某某 | 限公司, pieces parted
    by the blots on the signature's line, or a run missing a character) is the unit's only
    when the document prints the same unit in full elsewhere (an electronic certificate's
    note on who issued it, the letter's own text): the full name whose characters include,
    in order, all the legible ones of the signature's line. Without such a name, a piece that
    a gap on its line parts from the name's head is a fragment, never the unit: unread."""
    line = ix.line_at(hit.start)
    if line is None:
        return hit
    head = ix.text[line.start:hit.start]
    seen = squash(ix.text[line.start:hit.end])
    cut = bool(re.fullmatch(f"[{CJK}]{{2,20}}", squash(head))) and \
        not re.search(f"(?:{ORG_SUFFIX})$", squash(head))
    if not cut:
        seen = hit.value
    elsewhere = ix.text[:line.start] + " " * (hit.end - line.start) + ix.text[hit.end:]
    gaps = rf"[{CJK}]{{0,{len(seen)}}}?"
    pattern = re.escape(seen[0]) + "".join(gaps + re.escape(c) for c in seen[1:])
    full = {m[0]: m for m in re.finditer(pattern, elsewhere)
            if len(m[0]) - len(seen) <= _HIDDEN_SHARE * len(seen)}
    if len(full) == 1:
        name, m = next(iter(full.items()))
        if name != hit.value:
            return Hit(name, m.start(), m.end())
        return hit
    if cut:
        return None
    return _printed_clear(ix, hit, line.start, line.end) or hit


#: The most characters a reader changes in a unit's name under a seal (one for every three
#: of the name's), beyond which two names are two units, not two reads of one.
_SEAL_SLIPS: Final = 3


def _printed_clear(ix: TextIndex, hit: Hit, start: int, end: int) -> Hit | None:
    """The unit's name as the document prints it in clear on a line of its own (a certificate's
    issuing unit on its title leaf, a letter's letterhead) when the signature's read under the
    seal differs from it by a few characters only (柳州某某|卵州某某, 投资|投设资, a ring's
    characters run on): a seal's red overprint makes a reader change, add or drop characters
    of the name it covers, while the clear line is read as printed. Only one such clear name,
    of six characters at least, within a third of its length of the signature's read; two
    names further apart are two units, and the signature's own read stands."""
    near = {}
    for other in orgs(ix):
        if start <= other.start < end or len(other.value) < 6 or other.value == hit.value:
            continue
        line = ix.line_at(other.start)
        if line is None or squash(ix.text[line.start:line.end]) != other.value:
            continue
        slips = Levenshtein.distance(hit.value, other.value)
        if slips <= min(_SEAL_SLIPS, len(other.value) // 3):
            near.setdefault(other.value, other)
    return next(iter(near.values())) if len(near) == 1 else None


def _sealed_signature(ix: TextIndex, issued: Hit) -> Hit | None:
    """The unit signing on the line above its date when the seal's ring text was read on
    after the printed name (柳州某某电气有限公司某电气设): the ring repeats the unit's name, so
    a short run of the name's own characters after it is the seal's, not the name's."""
    line = ix.line_at(issued.start)
    above = next((ln for ln in reversed(ix.lines) if line and ln.end < line.start), None)
    if above is None or ix.text[above.end:line.start].count("\n") > 1:
        return None
    text = ix.text[above.start:above.end]
    for m in re.finditer(ORG_SUFFIX, text):
        name, ring = squash(text[:m.end()]), squash(text[m.end():])
        if len(name) >= 6 and 2 <= len(ring) <= 12 and re.fullmatch(f"[{CJK}]+", name + ring) \
                and _of_name(ring, name):
            return Hit(name, above.start, above.start + m.end())
    return None


def _of_name(ring: str, name: str) -> bool:
    """Whether `ring` is a seal's ring text repeating a piece of `name`: most of its
    characters are the name's (a reader changes one or two under the red)."""
    return sum(c in name for c in ring) >= 0.6 * len(ring)


#: How many of the name's last characters a ring read on after it repeats (集团有限公司, 工人医院):
#: fewer (公司, 医院) are the common end of a unit and its branch (…有限公司柳州分公司).
_RING_TAIL: Final = 4


def _ring_glued(hit: Hit) -> Hit | None:
    """The signed name when the seal's ring text, pressed over the signature, was read on after
    it as one run (柳州某某投资集团有限公司广集团有限公司): a complete name, then a shorter run
    ending in the same last characters (the ring repeats the name's end). The run is the
    ring's only when it is a piece of the name; else two names are glued and neither is sure
    to be the signing unit's: unread. A name whose tail is no repeat (…有限公司柳州分公司,
    a branch) stands."""
    value = hit.value
    for m in re.finditer(f"(?:{ORG_SUFFIX})(?=[{CJK}])", value):
        name, ring = value[:m.end()], value[m.end():]
        if len(name) < 6 or not _RING_TAIL <= len(ring) < len(name) \
                or name[-_RING_TAIL:] != ring[-_RING_TAIL:]:
            continue
        return Hit(name, hit.start, hit.end - len(ring)) if _of_name(ring, name) else None
    return hit



#: A person's role signing a letter beside the unit (总经理：, 法定代表人：, 校长：, 负责人：).
_SIGNER_ROLE: Final = re.compile(
    r"(?:经\s*理|董\s*事\s*长|代\s*表\s*人|负\s*责\s*人|领\s*导|校\s*长|院\s*长|[局处科]\s*长"
    r"|主\s*任|厂\s*长|书\s*记|签\s*[字名章]|经\s*办\s*人)\s*[:：]\s*$")


def _signer_joined(ix: TextIndex, hit: Hit) -> bool:
    """Whether `hit` begins with the name a person signs after their role (总经理：张某) and
    runs on into the next line (a seal's 有限公司): the signer's name is a person's, never the
    head of the unit's name wrapped over two lines."""
    line = ix.line_at(hit.start)
    if line is None or "\n" not in ix.text[hit.start:hit.end]:
        return False
    return bool(_SIGNER_ROLE.search(ix.text[line.start:hit.start]))
