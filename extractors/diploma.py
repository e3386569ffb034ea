"""Diploma (学历证书 / 毕业证书): the school's certificate that a course was completed.

Issued by the school (普通高等教育), or by an adult/online/self-study programme, usually as one
paragraph of fixed wording with the blanks filled in::

    学生 张伟 ，性别 男 ，一九九〇年三月十二日生，于 二〇〇八年九月 至 二〇一二年六月 在本校
    土木工程 专业 四 年制 本科 学习，修完教学计划规定的全部课程，成绩合格，准予毕业。
    校名：重庆大学   校长：张宗益   证书编号：106111201205001234   二〇一二年六月三十日

Graduate diplomas read ``研究生 张伟 …… 修完硕士研究生培养计划 ……``. The 18-digit number
(17 digits in 2001-2002) is the electronic registration number (see identifier rules §3.1).

Labels it keys on: 学生/研究生, 性别, ``…生``, 于 … 至 …, 在(本校) … 专业, 年制, 本科/专科,
硕士/博士, 校名, 证书编号 / 电子注册号, 毕业证书, 准予毕业.

FIELDS:

* ``name`` 姓名; ``gender`` 男/女; ``birth_date`` date of birth;
* ``school`` 校名; ``major`` 专业; ``level`` 本科/专科/硕士研究生/博士研究生;
* ``start`` / ``end`` the study period (``YYYY-MM`` or ``YYYY-MM-DD``);
* ``diploma_number`` 证书编号, digits only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from extractors._fields import (
    BLANK,
    CJK,
    FORM_LABELS,
    MAJOR_LINE,
    NAME,
    SCHOOL_SUFFIX,
    Hit,
    TextIndex,
    compact_digits,
    damaged_date,
    date_after,
    dates,
    fields,
    first,
    gender,
    grid_value,
    holder_in_prose,
    index,
    is_label,
    is_name,
    keyword_score,
    labelled,
    leading,
    misread_wording,
    month,
    name_hit,
    norm,
    one_short,
    orgs,
    period,
    pos_after,
    search,
    squash,
    stacked_under,
)
from pipeline.identifiers.diploma_number import DIPLOMA_LEVELS, diploma_parts, diploma_problems
from pipeline.model import DocumentKind, Extraction, Page, ReadDocument, Word

KIND: Final = DocumentKind.DIPLOMA
FIELDS: Final = ("name", "gender", "birth_date", "school", "major", "level", "start", "end",
                 "diploma_number")

_WEIGHTS: Final = {"毕业证书": 0.6, "学历证书": 0.5, "准予毕业": 0.4, "年制": 0.2, "校名": 0.2,
                   "修完": 0.1, "证书编号": 0.05, "学习": 0.05, "结业证书": 0.4,
                   # the reports that certify a diploma (学历认证报告, 学历证明书) and its words
                   "学历认证": 0.4, "学历证明": 0.4, "毕业": 0.1}
_LABELS_NUMBER: Final = ("证书编号", "电子注册号", "编号", "证号")
_STOPS: Final = ("校长", "院长", "证书编号", "编号", r"(?:19|20)\d\d", "[〇零○一二]{4}年")


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like a diploma."""
    return keyword_score(index(doc), _WEIGHTS)


def extract(doc: ReadDocument) -> Extraction:
    """Read a diploma's fields."""
    ix = index(_diploma_part(doc))
    start, end = period(ix, ["于", "自"])
    if start is None:
        start, end = period(ix)
    if start is None:  # a grid: 入学时间 2012年9月  毕业时间 2016年6月
        start = date_after(ix, _ENTERED_LABELS, window=12)
        end = date_after(ix, _LEFT_LABELS, window=12)
    if start is None:  # prose: 于2012年9月入学，……，2016年6月毕业
        entered, left = _entered_left(ix)
        start, end = entered, end or left
    if start is None and end is None:
        start, end = _one_end(ix)
    if end is None:
        end = _damaged_end(ix)
    level, number = _level(ix), _number(ix)
    if number and _misread_digits(ix, number, level):
        number = None
    found = {
        "name": _name(ix),
        "gender": gender(ix) or first(search(ix, _GENDER_IN_PROSE)),
        "birth_date": _birth(ix),
        "school": _school(ix),
        "major": _major(ix),
        "level": level,
        "start": month(start),
        "end": month(end),
        "diploma_number": number,
    }
    return Extraction(doc.file, KIND, fields(ix, found))


#: The labels of the study period's dates in a grid or a form (入学时间 2012年9月, 毕业时间
#: 2016-06), also as OCR reads them when printed small or grey (a phone app's field labels, a
#: form's header cells): 入 as 人 and 毕 as 华 (人学 and 华业 are no words on a diploma, nor a
#: label of anything else; see :data:`_LEFT` for 华业 in the prose).
_ENTERED_LABELS: Final = tuple(f"{e}学{t}" for e in "入人" for t in ("时间", "日期", "年月"))
_LEFT_LABELS: Final = (*(f"{b}业{t}" for b in "毕华" for t in ("时间", "日期", "年月")),
                       "毕(结)业日期", "毕(结)业时间")


def _diploma_part(doc: ReadDocument) -> ReadDocument:
    """`doc` as far as it is the diploma: less another certificate shown in the same upload
    (a diploma and its degree certificate scanned, photographed or joined into one image) and
    less what stands beside the certificate's prose (a document viewer's catalogue tree)."""
    pages = tuple(replace(p, words=_beside_prose(p.words)) for p in doc.pages)
    part = doc if pages == doc.pages else replace(doc, pages=pages)
    pages = _without_other_certificate(part)
    return part if pages == part.pages else replace(part, pages=pages)


#: A certificate's heading standing alone on its line, set larger than the text: the diploma's
#: (毕业证书, 硕士研究生毕业证书) or another certificate's that an upload may show with it
#: (学位证书, 学士学位证书). An entry of a list (a file's catalogue) is in the text's size.
_DIPLOMA_HEADING: Final = re.compile(f"[{CJK}]{{0,8}}毕业证书")
_OTHER_HEADING: Final = re.compile(f"[{CJK}]{{0,8}}学位证书")
#: How much wider a heading's characters are set than the text's (larger type, spaced out)
_HEADING_SIZE: Final = 1.3


def _advance(ix: TextIndex, start: int, end: int) -> float | None:
    """How far apart the characters of text[start:end] are set: the line's width over its
    characters (a measure of type size that photographs and OCR boxes keep)."""
    span = ix.x_span(start, end)
    count = len(squash(ix.text[start:end]))
    return (span[1] - span[0]) / count if span and count else None


def _without_other_certificate(doc: ReadDocument) -> tuple[Page, ...]:
    """The pages less another certificate's part when one upload shows the diploma and another
    certificate, each under its own heading (a diploma and the degree certificate joined by a
    phone's 拼长图, or scanned onto one sheet): the diploma's values are its own part's, never
    the other certificate's (whose school, number and date are the degree's). The diploma's part
    runs from the top to the other heading when the diploma comes first, and from the
    diploma's heading on when it comes second; pages unchanged with one heading or none."""
    ix = index(doc)
    text_sizes = sorted(a for line in ix.lines
                        if len(squash(ix.text[line.start:line.end])) >= 8
                        and (a := _advance(ix, line.start, line.end)))
    if not text_sizes:
        return doc.pages
    body = text_sizes[len(text_sizes) // 2]
    headings: list[tuple[str, int, float]] = []
    for line in ix.lines:
        text = squash(ix.text[line.start:line.end])
        if (_advance(ix, line.start, line.end) or 0.0) < _HEADING_SIZE * body:
            continue
        if _DIPLOMA_HEADING.fullmatch(text):
            headings.append(("diploma", line.page_no, line.top))
        elif _OTHER_HEADING.fullmatch(text):
            headings.append(("other", line.page_no, line.top))
    mine = [(p, y) for k, p, y in headings if k == "diploma"]
    others = [(p, y) for k, p, y in headings if k == "other"]
    if len(mine) != 1 or not others:
        return doc.pages
    here = mine[0]
    after = [o for o in others if o > here]
    before = [o for o in others if o < here]
    lo = here if before else (0, -1.0)
    hi = min(after) if after else (10**9, 0.0)

    return tuple(replace(p, words=tuple(w for w in p.words if lo <= (p.page_no, w.bbox.bottom)
                                        and (p.page_no, w.bbox.top) < hi))
                 for p in doc.pages)


#: The diploma's fixed prose, a line of which marks the paragraph (学生…生，于…至…在本校…专业
#: …年制…学习，修完…准予毕业).
_PROSE: Final = re.compile("修完|准予|年制|在本校|[学究]生.{1,6}[，,·.]?性别")


def _beside_prose(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """`words` less those beside the diploma's paragraph: a certificate's prose is one block,
    so a word that lies wholly left of the paragraph's left edge, apart from it by a gap, at
    the height of its lines, is something next to the certificate (a document viewer's
    catalogue tree, a note in the margin) and never runs into its sentences. Text set in
    vertical columns (竖排) and a page without such a paragraph stay as they are."""
    prose = [w for w in words if _PROSE.search(norm(w.text))
             and w.bbox.x1 - w.bbox.x0 > w.bbox.bottom - w.bbox.top]
    if len(prose) < 2:
        return words
    left = min(_line_start(words, w) for w in prose)
    top = min(w.bbox.top for w in prose)
    bottom = max(w.bbox.bottom for w in prose)
    height = max(w.bbox.bottom - w.bbox.top for w in prose)
    kept = tuple(w for w in words
                 if not (w.bbox.x1 < left - height
                         and top <= (w.bbox.top + w.bbox.bottom) / 2 <= bottom))
    return kept if len(kept) < len(words) else words


def _line_start(words: tuple[Word, ...], word: Word) -> float:
    """Where the line holding `word` begins: the words at its height that run on to it from
    the left, each less than a character's height from the next."""
    height = word.bbox.bottom - word.bbox.top
    centre = (word.bbox.top + word.bbox.bottom) / 2
    row = sorted((w for w in words if w.bbox.top <= centre <= w.bbox.bottom),
                 key=lambda w: -w.bbox.x1)
    left = word.bbox.x0
    for w in row:
        if w.bbox.x0 < left and w.bbox.x1 >= left - height:
            left = w.bbox.x0
    return left


def _name(ix: TextIndex) -> Hit | None:
    """The holder's name, unless the page also shows it with a character more (a copy's
    signature under 与原件一致: :func:`one_short`) or its statement twice, read differently
    (:func:`_statements_disagree`)."""
    hit = _holder(ix)
    return None if hit and (one_short(ix, hit) or _statements_disagree(ix)) else hit


def _statements_disagree(ix: TextIndex) -> bool:
    """Whether the page prints the statement 学生…，性别… more than once and OCR read the
    holder differently in them: the original photographed beside its photocopy (原件已核), a
    scan of two copies. One read is wrong (卢, 卢福 for 卢磊) and the page cannot tell which;
    the same name read alike in both is no sign of it."""
    return len({squash(m["v"]) for m in _STATEMENT_HOLDER.finditer(ix.text)}) > 1


#: An electronic licence (电子证照) of a 政务服务 app, like any certificate card, names the
#: holder 持证人 (持证人：张伟, a 照面信息 row 持证人 … 张伟); taken only where the label opens a
#: cell, since in prose (本证书持证人…) it is a sentence's subject.
_CARD_HOLDER_LABELS: Final = ("持证人姓名", "持证人")


def _holder(ix: TextIndex) -> Hit | None:
    return first((
        name_hit(labelled(ix, ["姓名"], stops=("性别",))),
        name_hit(labelled(ix, _CARD_HOLDER_LABELS, stops=("性别",), cell=True)),
        first(h for h in search(  # on one line: a heading 研究生毕业证书 must not eat the next
            ix, rf"(?:学|研[ ]*究)[ ]*生[ ]*[:：]?[ ]*(?P<v>{_HOLDER})[ ]*"
                rf"(?=[，,]|{_SEPARATOR}?[ ]*性[ ]*别|[ ][{CJK}])")
            if is_name(h.value)),
        holder_in_prose(ix),
    ))


#: The mark between the holder's name and 性别 as OCR reads the comma in poor light or small
#: print (张伟·性别男, 张伟.性别男); taken only before 性别, since a minority name holds a
#: middle dot of its own (买买提·吐尔逊，性别男).
_SEPARATOR: Final = "[、·•.．。;；]"
#: The holder's name before 性别: a minority name's middle dot joins two parts of the name
#: (买买提·吐尔逊), never the name and the 性别 label that follows it (张伟·性别男).
_HOLDER: Final = NAME.replace("(?:·", "(?:·(?![ ]*性[ ]*别)", 1)

#: The holder's slot of the statement, whatever OCR made of the name in it (one character
#: left of 卢磊, or three): 学生卢，性别男 as much as 学生卢福，性别男.
_STATEMENT_HOLDER: Final = re.compile(
    rf"(?:学|研[ ]*究)[ ]*生[ ]*[:：]?[ ]*(?P<v>[{CJK}](?:[ ]?[{CJK}·]){{0,7}}?)[ ]*"
    rf"(?:[，,]|{_SEPARATOR})?[ ]*性[ ]*别")


#: The holder's gender in the prose, between the name and the birth date (张伟，男，1990年3月
#: 12日生), set off by marks OCR may read as a full stop or a middle dot in small print
#: (张伟，男.1990年): a 男/女 alone between two such marks right before the birth year.
_GENDER_IN_PROSE: Final = re.compile(
    r"[,，、.．·•][ ]*(?P<v>[男女])[ ]*[,，、.．·•][ ]*(?=(?:19|20)\d\d[ ]*年)")


#: What follows a date of the study period in prose: 入学 (entered) or 毕业/结业 (left); OCR
#: reads 毕 as 华 in small print (华业 is no word). A diploma that tells the period as the
#: dates the holder entered and completed the course (于2013年9月入学，在本校…学习，于2017年6月
#: 修完教学计划规定的全部课程) ends it at the date the course was completed: 修完 (finished
#: the courses) or 修业期满 (the term of study ran out) says the holder left then.
_ENTERED: Final = re.compile(r"\s*入\s*学")
_LEFT: Final = re.compile(r"\s*(?:[毕华结]\s*业|修\s*完|修\s*业\s*期\s*满)")


def _entered_left(ix: TextIndex) -> tuple[Hit | None, Hit | None]:
    """The period told as the dates the holder entered (…入学) and left (…毕业): the first date
    that says 入学, and the first after it that says 毕业 (not the certificate's own date)."""
    found = dates(ix)
    start = next((h for _, h in found if _ENTERED.match(ix.text, h.end)), None)
    if start is None:
        return None, None
    end = next((h for _, h in found if h.start > start.end and _LEFT.match(ix.text, h.end)),
               None)
    return start, end


#: 于 <start> 至 <end>, each side taken alone: between them at most a date the scan damaged
#: (二O四年九月, 二一七年六月).
_FROM: Final = re.compile(r"于\s*")
_UNTIL: Final = re.compile(r"于[^，,。；;]{2,16}?至\s*")
_THEN_UNTIL: Final = re.compile(r"\s*至")


def _one_end(ix: TextIndex) -> tuple[Hit | None, Hit | None]:
    """The period's readable end when the scan damaged the other: the date right after 于
    that 至 follows, and the date right after 于 … 至."""
    start = end = None
    for m in _FROM.finditer(ix.text):
        found = dates(ix, m.end(), min(len(ix.text), m.end() + 16))
        if found and found[0][1].start == m.end() and _THEN_UNTIL.match(ix.text, found[0][1].end):
            start = found[0][1]
            break
    for m in _UNTIL.finditer(ix.text):
        found = dates(ix, m.end(), min(len(ix.text), m.end() + 16))
        if found and found[0][1].start == m.end():
            end = found[0][1]
            break
    return start, end


#: Between 至 and the damaged year: nothing, or numerals the line break cut off (至二|一六年).
_CUT_NUMERALS: Final = re.compile(r"[〇零○Oo0一二三四五六七八九\s]*")


def _damaged_end(ix: TextIndex) -> Hit | None:
    """The period's end whose year the scan damaged (至二七年六月: 二〇〇七 lost its 〇〇),
    completed from a year the certificate states elsewhere when the digits that survived are
    that year's: the year of graduation the diploma number encodes (its digits 7-10), else
    the year of the certificate's own date below the statement (a diploma is dated the day
    its holder graduated)."""
    number = _number(ix)
    parts = diploma_parts(number.value) if number else None
    years = [parts.year] if parts else []
    for m in _UNTIL.finditer(ix.text):
        own = [when.year for when, h in dates(ix) if h.start > m.end() + 16]
        years += own[-1:]
        break
    for year in years:
        for m in _UNTIL.finditer(ix.text):
            hit = damaged_date(ix, year, m.end(), min(len(ix.text), m.end() + 16))
            if hit and _CUT_NUMERALS.fullmatch(ix.text, m.end(), hit.start) and (
                    hit.start == m.end() or "\n" in ix.text[m.end():hit.start]):
                return hit
    return None


def _birth(ix: TextIndex) -> Hit | None:
    for parsed, hit in dates(ix):
        if re.match(r"\s*(?:生|出生)", ix.text[hit.end:hit.end + 3]):
            return Hit(str(parsed), hit.start, hit.end)
    return date_after(ix, ["出生日期", "出生年月", "出生"])


#: OCR's 太, 天 or 女 for 大 at a school name's end (广西民族太学, 中南女学): no school is
#: named …太学/天学/女学 (a women's college is a 女子学院: 湖南女子学院, 湖南女学院 with its 子
#: lost, ends in 学院 and stays as read).
_OCR_SUFFIX = r"|[太天]学|女学"
_OCR_DA = re.compile("[太天女]学$")
_SCHOOL_ACCEPT = re.compile(
    rf"[{CJK}()]{{2,40}}?(?:{SCHOOL_SUFFIX}{_OCR_SUFFIX})(?:[{CJK}]{{0,8}}校区)?")
#: The category a diploma prints as its heading (普通高等学校, 成人高等学校, 普通高校), no
#: school's name: no school is named 普通…, nor …高等学校 (a school is a 大学, a 学院, a
#: 高等专科学校 or a 职业技术学院: 高等学校 is the word for all of them), so a heading OCR
#: garbled at either end (普通商等学校, 普通等学校, 首通高等学校) is the same category.
_NOT_SCHOOL = re.compile(r"^普通|高等学校$")
#: A word followed by a colon is a label (学校：, 校名：), never the end of a name: a seal's
#: words on the line above a 学校： label read into it (南大 / 学校：) make no school.
_LABEL_NEXT = re.compile(r"\s*[:：]")
#: A school's name is its place or founder's words and then its kind: at least two characters
#: before 大学/学院/学校 (重庆大学, 中南大学). A shorter read (司大学, 重大学) lost characters.
_WELL_FORMED = re.compile(rf"[{CJK}()（）]{{2,}}(?:{SCHOOL_SUFFIX})")
#: A school named by its discipline (理工大学, 师范大学, 民族大学) carries its place or proper
#: name of two characters at least before it (华南理工大学, 广西民族大学, 北京体育大学): no school
#: is named by the discipline alone or by one character and it (理工大学, 西民族大学). Such a
#: read lost its head under a seal or to OCR, and is left unread rather than guessed.
_HEADLESS: Final = re.compile(
    rf"[{CJK}]?(?:理工|师范|民族|科技|电子科技|工业|农业|医科|医学|中医药|财经|财政|政法|外国语"
    rf"|交通|石油|林业|体育|艺术|传媒|海洋|工程|师范高等专科)(?:{SCHOOL_SUFFIX})")
#: A discipline word of a school's name is printed whole before its kind: 师 stands there only
#: in 师范 (师范大学; 师大 is the abbreviation, never printed as the name: 技师学院 is a kind
#: of its own), 范 only after 师, 族 only after 民 (民族大学, 民族学院), and 技 before 大学 only
#: after 科 (科技大学; 技术大学 ends in 术). A read that kept one character of such a word lost
#: the other under a seal or to OCR (湖南师大学, 中南族大学, 华中技大学) and is left
#: unread rather than taken for a school of that name.
_CUT_DISCIPLINE: Final = re.compile(r"(?:师|(?<!师)范|(?<!民)族|(?<!科)技)大学$"
                                    r"|(?:(?<!师)范|(?<!民)族)学院$")


#: After 校长：/院长： comes the head's name: a seal's words read into it (张宗益庆大学) make
#: no school.
_HEADS_NAME = re.compile(r"长\s*[:：]\s*$")


#: A 中外合作办学 programme named on the certificate (合作办学项目：重庆大学与美国某某大学合作举办
#: …专业本科教育项目): the Chinese school, which issues the diploma, is named first, its
#: foreign partner after 与/和.
_PARTNERSHIP: Final = re.compile(
    rf"(?:^|\n|[:：])[ ]*(?P<v>[{CJK}]{{2,30}}?(?:{SCHOOL_SUFFIX}))[ ]*[与和][ ]*"
    rf"(?P<partner>[{CJK}]{{2,40}}?(?:{SCHOOL_SUFFIX}))[ ]*(?:\n[ ]*)?合[ ]*作")


def _school(ix: TextIndex) -> Hit | None:
    """The school's name, unless the read lost a character of its discipline word
    (:data:`_CUT_DISCIPLINE`) or is joined from two detections of one strip under the seal
    stamped over the name (:meth:`TextIndex.redetected`: 桂林 | 科技大学 for 桂林电子科技大学,
    a well-formed name of another school)."""
    hit = _school_read(ix)
    if hit is None:
        return None
    # the name's own characters only: a seal's rim read on after it is cut off (see _rim_cut)
    own = pos_after(ix, hit.start, hit.end, len(squash(hit.value)))
    if _CUT_DISCIPLINE.search(hit.value) or ix.redetected(hit.start, own):
        return None
    return hit


def _school_read(ix: TextIndex) -> Hit | None:
    hit = labelled(ix, ["校名", "学校名称", "院校名称", "学校"], stops=_STOPS,
                   accept=_SCHOOL_ACCEPT,
                   complete=re.compile(f"(?:{SCHOOL_SUFFIX}{_OCR_SUFFIX})$"))
    home = first(search(ix, _PARTNERSHIP))
    if hit and _HEADLESS.fullmatch(_OCR_DA.sub("大学", hit.value)):
        # a name that lost its head: never guessed from elsewhere on the page, only completed
        # by the page's own line printing it whole (see _whole_line)
        return home or _whole_line(ix, hit)
    if hit and not _NOT_SCHOOL.search(hit.value):
        if home and len(home.value) > len(hit.value) and home.value.endswith(hit.value):
            return home  # a seal over 校名 took its head (南理工大学): the programme names it
        return _surer_read(ix, _rim_cut(ix, hit.with_value(_OCR_DA.sub("大学", hit.value))))
    if home:  # 校名 unread: the school the programme names as its own
        return home
    named = orgs(ix)
    schools = [_label_tail_cut(ix, h, named) for h in named
               if re.search(f"(?:{SCHOOL_SUFFIX})$", h.value)
               and not _NOT_SCHOOL.search(h.value) and _WELL_FORMED.fullmatch(h.value)
               and not _LABEL_NEXT.match(ix.text, h.end)
               and not _HEADS_NAME.search(ix.text, max(0, h.start - 6), h.start)
               and not _PRINTING_OFFICE.search(ix.text, h.end, ix.line_end(h.end))]
    schools = _without_partners(ix, schools)
    if schools:
        return _surer_read(ix, schools[-1])
    # an adult programme's site is named after its school: 函授站：湖南大学柳州函授站
    site = first(search(ix, _SITE_OF)) or first(search(ix, _SITE_LABELLED))
    if site:
        return site
    archive = _archive_school(ix) or _under_seal(ix)
    if archive:
        return archive
    # in prose only: 该证书为湖南大学颁发 / 在湖南大学财务管理专业（本科）学习
    issued = first(search(ix, rf"(?:为|由)\s*(?P<v>[{CJK}]{{2,30}}?(?:{SCHOOL_SUFFIX}))\s*颁\s*发"))
    if issued:
        return issued
    for hit in search(ix, _MAJOR_RE):
        m = re.match(rf"(?P<s>[{CJK}]{{2,30}}?(?:{SCHOOL_SUFFIX}))(?=[{CJK}]{{2}})", hit.value)
        if m and not _NOT_SCHOOL.search(m["s"]):
            return Hit(m["s"], hit.start, pos_after(ix, hit.start, hit.end, len(m["s"])))
    return None


def _whole_line(ix: TextIndex, hit: Hit) -> Hit | None:
    """The whole name of a school whose 校名 read lost its head (西财经学院), from a line of
    the page that prints it alone: many diplomas set the school's name on a line of its own
    (the heading over 毕业证书, the name under the seal) besides after 校名. That line is taken
    only when it is a well-formed name that ends in all the 校名 read kept, so the two reads
    agree on every character both show and the head is what the page printed, not a guess;
    lines naming more than one such school, or none, leave the school unread."""
    tail = _OCR_DA.sub("大学", hit.value)
    whole: dict[str, Hit] = {}
    for m in _NAME_LINE.finditer(ix.text):
        line = m["line"]
        if (m.start("line") < hit.end and hit.start < m.end("line")) or \
                len(line) <= len(tail) or not line.endswith(tail):
            continue
        if _WELL_FORMED.fullmatch(line) and not _NOT_SCHOOL.search(line) and \
                not _HEADLESS.fullmatch(line):
            whole.setdefault(line, Hit(line, m.start("line"), m.end("line")))
    return next(iter(whole.values())) if len(whole) == 1 else None


#: The credit line a certificate's back prints under its 说明 (中南大学研究生院（学位办）监制,
#: 某某大学学生处监制, 教育部学生司监制): the office that had the blank form printed, named
#: with its department, never the school conferring the diploma (which its face names): a
#: name followed on its line by 监制/印制 is no school's read.
_PRINTING_OFFICE: Final = re.compile(r"[^\n]*?(?:监\s*制|印\s*制)[ ]*$")


#: The 校名 label printed letter-spaced (校　名　中南大学) and read with its 校 apart (a
#: column's 校 / 校 of 校名 and 校长 taken as one word under the seal): the 名 stays glued
#: to the value, 名中南大学.
_NAME_LABEL_TAIL: Final = re.compile(r"名[ ]*")


def _label_tail_cut(ix: TextIndex, hit: Hit, named: list[Hit]) -> Hit:
    """`hit` less the 名 of a 校名 label read onto it (see :data:`_NAME_LABEL_TAIL`), when
    what follows the 名 is read as an organisation's whole name elsewhere on the page (the
    diploma's heading prints the school): a name that itself begins with 名 (名古屋大学) is
    printed so everywhere and stays as read."""
    tail = _NAME_LABEL_TAIL.match(hit.value)
    if tail is None:
        return hit
    rest = hit.value[tail.end():]
    if not _WELL_FORMED.fullmatch(rest) or not any(
            other.value == rest and other.start != hit.start for other in named):
        return hit
    return Hit(rest, pos_after(ix, hit.start, hit.end, tail.end()), hit.end)


#: A school's archive (档案馆, 档案室) that certifies a lost diploma from its records (档案证明,
#: 学历证明): the archive belongs to the school, so the school it is named after (华中科技大学
#: 档案馆) is the one that conferred the diploma. Its name heads a line (the heading, the
#: signature, a label's value), never a run of prose words before it.
_ARCHIVE_OF: Final = re.compile(
    rf"(?:^|(?<=[:：]))[ ]*(?P<v>[{CJK}()（）]{{2,30}}?(?:{SCHOOL_SUFFIX}))"
    r"[ ]*档[ ]*案[ ]*(?:馆|室)", re.M)


def _archive_school(ix: TextIndex) -> Hit | None:
    """The school whose archive issued the document: the school its 档案馆/档案室 is named
    after, read whole (a seal's partial read, 南理工大学, is no school's name); None when the
    reads name different schools, since which is right cannot be told."""
    hits = [h for h in search(ix, _ARCHIVE_OF) if _WELL_FORMED.fullmatch(h.value)
            and not _NOT_SCHOOL.search(h.value)]
    names = {h.value for h in hits}
    if len(names) > 1:  # one read inside another is a seal's partial read of the same name
        names = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
    if len(names) != 1:
        return None
    return next(h for h in hits if h.value in names)


#: A line that is a school's name and then a few more characters (中山大学山大).
_NAME_LINE: Final = re.compile(rf"(?m)^[ ]*(?P<line>[{CJK}]{{3,40}})[ ]*$")
_NAME_END: Final = re.compile(f"(?:{SCHOOL_SUFFIX})")


def _rim_run_on(name: str) -> str | None:
    """The well-formed school name that `name` begins with when what follows it is a few of
    that name's own characters (广西某某学院某学院): see :func:`_under_seal`; else None."""
    for end in _NAME_END.finditer(name):
        head, rest = name[:end.end()], name[end.end():]
        if (rest and _WELL_FORMED.fullmatch(head) and not _NOT_SCHOOL.search(head)
                and set(rest) <= set(head) and len(rest) < len(head)):
            return head
    return None


def _rim_cut(ix: TextIndex, hit: Hit) -> Hit:
    """The 校名 value less the seal's rim read on after it: the school's seal is stamped over
    its printed name beside 校名, and the rim's characters (the same name, round the seal's
    edge) are read on after the name, on its line or wrapped onto the next one (校名：某某财经
    学院经 / 学院). A tail all of whose characters are the name's own is the seal's, never more
    of the name; a tail with any other character (某某大学科技学院: an independent college)
    is the name's and stays."""
    head = _rim_run_on(hit.value)
    if head is None:
        return hit
    return Hit(head, hit.start, pos_after(ix, hit.start, hit.end, len(head)))


def _under_seal(ix: TextIndex) -> Hit | None:
    """The school's name where its seal is stamped over it: the seal's rim repeats the
    school's name, so OCR reads some of the seal's characters after it on the same line
    (中山大学山大). Characters after a well-formed school name that are all the name's own are
    the seal's, not more of the name; any other character (科技学院 after 某某大学: an
    independent college) is, and the line is then no such read."""
    for m in _NAME_LINE.finditer(ix.text):
        if name := _rim_run_on(m["line"]):
            return Hit(name, m.start("line"), m.start("line") + len(name))
    return None


def _without_partners(ix: TextIndex, schools: list[Hit]) -> list[Hit]:
    """`schools` less a joint programme's partners: on the line that names the programme
    (…合作办学项目：…与…合作举办…), the school named first is the Chinese one and those after
    it are the partners, which issue no 普通高等学校 diploma."""
    out, seen_lines = [], set()
    for hit in schools:
        line = ix.line_at(hit.start)
        if line is not None and _PARTNER_LINE.search(ix.text, line.start, line.end):
            if line.start in seen_lines:
                continue
            seen_lines.add(line.start)
        out.append(hit)
    return out


_PARTNER_LINE: Final = re.compile(r"合[ ]*作")


def _surer_read(ix: TextIndex, hit: Hit) -> Hit:
    """The school's name as read more surely elsewhere on the page: a diploma prints it in
    its heading as well as after 校名, and a blurred read of one differs from the other in a
    character (西南空通大学 / 西南交通大学); the more confident read is the name."""
    def confidence(h: Hit) -> float:
        ev = ix.evidence(h.start, h.end)
        return ev.confidence if ev and ev.confidence is not None else 0.0
    best = hit
    for other in orgs(ix):
        if (len(other.value) == len(hit.value) and other.value != hit.value
                and sum(a != b for a, b in zip(other.value, hit.value, strict=True)) == 1
                and confidence(other) > confidence(best)):
            best = other
    return best


#: Where an adult or online programme teaches away from the school: a correspondence
#: station (函授站, 面授站), a teaching point (教学点), a tutoring station or a learning centre.
#: It is a place, never part of the major's name (在本校柳州函授站财务管理专业).
#: (OCR misreads 函 in small print: any …授站 is such a station.)
_SITE: Final = "(?:[函面]授站|教学点|辅导站|学习中心)"
_SITE_OF: Final = re.compile(
    rf"(?P<v>[{CJK}]{{2,30}}?(?:{SCHOOL_SUFFIX}))[{CJK}]{{0,8}}?{_SITE}")
#: The site's own label (函授站：…), its school named first even when OCR garbled the rest.
_SITE_LABELLED: Final = re.compile(
    rf"{_SITE}\s*[:：]\s*(?P<v>[{CJK}]{{2,30}}?(?:{SCHOOL_SUFFIX}))")
_AT_SITE: Final = re.compile(rf"^[{CJK}]{{0,10}}?(?:{_SITE}|[{CJK}]授站)")

#: The certificate's fixed wording, never part of a major's name (课程与教学论 and 学习科学 are
#: majors: their words are not in it).
_FIXED_WORDING: Final = re.compile("教学计划|规定的|成绩|修完|准予|毕业")

#: The major in prose: 在（本校）土木工程专业 / 参加高等教育自学考试土木工程专业 / 就读于…专业.
_MAJOR_RE = re.compile(rf"(?:在|自\s*学\s*考\s*试|就\s*读\s*于?)\s*(?:本\s*校|我\s*校|本\s*院)?\s*"
                       rf"(?P<v>[{CJK}\s()]{{2,40}}?)\s*专\s*业")


#: A grid's next label with its colon (层次：, 学制：), where OCR read the cells of a row as one
#: run with no gap between them (专业：土木工程层次：本科): a column header is never part of the
#: cell before it.
_GLUED_LABEL: Final = ("(?:" + "|".join(
    sorted((*FORM_LABELS, "学历层次", "培养层次", "学习层次", "学习形式", "办学形式"),
           key=len, reverse=True)) + r")\s*[:：]")
#: The printed labels of an education record (学信网's 学历/学籍 record, a school's register), two
#: label/value pairs a row (专业 工程管理 学习形式 普通全日制): a value ends where the next label
#: begins. No major, school or name contains one of these words, so they end a value even where
#: OCR read the row as one run with no gap or colon; the short labels (层次, 学制) end it
#: after a space (:data:`extractors._fields.FORM_LABELS`).
_RECORD_LABELS: Final = ("学习形式", "学历类别", "学籍状态", "学校名称", "院校名称", "入学日期",
                         "入学时间", "毕(结)业日期", "毕(结)业", "离校日期", "校(院)长姓名",
                         "学历照片", "学籍照片", "录取照片", "证书编号", "分院", "所在院系")
_RECORD_LABEL: Final = "|".join(re.escape(label) for label in _RECORD_LABELS)
#: The value ran on into a colon: it swallowed the next cell's label, whose extent is unknown.
_INTO_COLON: Final = re.compile(r"\s*[:：]")


#: How a form's grid labels the major's cell: 专业 or 专业名称, or 专业 with the verb of study
#: before it (所学专业, 攻读专业, 就读专业, 毕业专业: the cadre and personnel forms that record an
#: education). The label is one cell; its value is the next cell on the row.
_MAJOR_CELL_LABELS: Final = ("专业名称", "专业", "所学专业", "所读专业", "攻读专业", "就读专业",
                             "毕业专业", "学习专业")


def _labelled_major(ix: TextIndex) -> tuple[Hit | None, Hit | None]:
    """The major after its label, to the next label of the grid, as (value, None); or
    (None, run) when the run read after the label went on into a label that is not known
    (one OCR misread: 属次：), since where the major ends in it is unknown."""
    hit = labelled(ix, ["专业名称", "专业"], stops=(*_STOPS, _GLUED_LABEL, _RECORD_LABEL),
                   accept=re.compile(f"[{CJK}()]{{2,30}}"), suffix=r"\s*[:：]")
    if hit is None:
        return None, None
    raw = ix.text[hit.start:hit.end]
    at = pos_after(ix, hit.start, hit.end, len(hit.value))
    if len(squash(raw)) > len(hit.value) and _INTO_COLON.match(ix.text, at):
        return None, hit
    return hit, None


def _major(ix: TextIndex) -> Hit | None:
    """The major: after its label, else in the grid, else in the prose. When the labelled
    run took in an unknown label, the prose's read marks where the major ends if the run
    begins with it; if the two reads disagree the major is left unread."""
    hit, run = _labelled_major(ix)
    hit = (hit or grid_value(ix, _MAJOR_CELL_LABELS, accept=re.compile(f"[{CJK}()]{{2,30}}"),
                             stops=(_RECORD_LABEL,))
           or _stacked_major(ix))
    if hit:
        return hit
    prose = _prose_major(ix)
    if run is not None and (prose is None or not run.value.startswith(prose.value)):
        return None
    return prose


#: A form's label for the level or the mode of study (学历层次, 培养层次, 办学形式): the next
#: field's label under an empty major, never a major.
_LEVEL_LABEL: Final = re.compile(f"[{CJK}]{{0,2}}(?:层次|形式)")


def _stacked_major(ix: TextIndex) -> Hit | None:
    """The major in a form laid out as a phone app shows one (an approval record of 钉钉 or
    企业微信 in which the applicant typed the diploma's particulars, 学信网's mobile record): each
    field is a small label alone on its line (所学专业, 专业, no colon) with its value alone on
    the line below, set flush under it in the same column. The line below is the major only
    when it is so stacked (its left edge within a character's height of the label's) and is
    a name, not another label (a field left empty shows the next field's label below it)."""
    return stacked_under(ix, _MAJOR_CELL_LABELS, lambda value: bool(
        MAJOR_LINE.fullmatch(value) and not is_label(value)
        and value not in _RECORD_LABELS and not _LEVEL_LABEL.fullmatch(value)
        and not _FIXED_WORDING.search(value)))


#: The confidence of an OCR line below which its words are no evidence (the checks' floor,
#: policy ``ocr_confidence_min``): a major read from such a line is as likely a misread
#: (物务管理 for 财务管理 in the statement of a half-size copy) as the name.
_DOUBTED_LINE: Final = 0.80


#: The statement's stock wording after the major (修完教学计划规定的全部课程，成绩合格，准予
#: 毕业), in the words every diploma prints, with their printed variants (准予结业 on a 结业证书;
#: the plan's name, 教学计划, 培养计划 or 硕士研究生培养方案, is each school's: a blank).
STOCK_WORDING: Final = ((f"修完{BLANK}规定的全部课程",), ("成绩合格",), ("准予毕业", "准予结业"))
#: Stock characters misread on a value's lines that make them garbled: more than the odd slip
#: (one or two characters of the sentence's twenty) that a photographed line shows.
GARBLED: Final = 3


def _prose_major(ix: TextIndex) -> Hit | None:
    """The major as the prose names it: 在（本校）土木工程专业; left unread where the
    recogniser doubted the line it stands on (:data:`_DOUBTED_LINE`), or where it misread
    the stock wording on the major's lines (修光…谨程…准予中业: :data:`GARBLED`), since a
    major read from a garbled line (道路与河工理) is no evidence of another major."""
    hit = _prose_major_hit(ix)
    evidence = ix.evidence(hit.start, hit.end) if hit else None
    if (evidence is not None and evidence.source == "ocr" and evidence.confidence is not None
            and evidence.confidence < _DOUBTED_LINE):
        return None
    if hit and misread_wording(ix, hit.start, hit.end, STOCK_WORDING) >= GARBLED:
        return None
    return hit


#: The department (系) an older diploma names before the major, both in one run (在本校土木工程系
#: 工业与民用建筑专业: the school, its 系, then the major; later diplomas name the 学院, which is
#: taken off as a school's name is). It is the run up to the first 系 that at least two
#: characters of the major follow; not the 系 of a major's own words: 关系 (国际关系, 中外关系
#: 史), 系统 (计算机系统结构, 信息管理与信息系统), 系列.
_DEPARTMENT: Final = re.compile(rf"^[{CJK}]{{1,12}}?(?<!关)系(?![统列])(?=[{CJK}]{{2}})")


def _prose_major_hit(ix: TextIndex) -> Hit | None:
    for hit in search(ix, _MAJOR_RE):
        if _FIXED_WORDING.search(hit.value):  # the major's line, then another line's words
            raw = ix.text[hit.start:hit.end]
            if "\n" not in raw:
                continue
            hit = Hit(squash(raw[:raw.index("\n")]), hit.start, hit.start + raw.index("\n"))
        value = re.sub(rf"^.*(?:{SCHOOL_SUFFIX})", "", hit.value)  # "在 重庆大学 土木工程 专业"
        value = _AT_SITE.sub("", value)  # "在本校 柳州函授站 财务管理 专业"
        value = _DEPARTMENT.sub("", value)  # "在本校 土木工程系 道路桥梁与渡河工程 专业"
        if len(value) >= 2:
            return Hit(value, hit.end - len(value), hit.end) if value != hit.value else hit
    return None


_LEVEL_PATTERNS: Final = (
    (r"博\s*士", "博士研究生"),
    (r"硕\s*士", "硕士研究生"),
    (r"(?P<v>本\s*科|专\s*科)\s*(?:学\s*习|毕\s*业)", None),
    (r"年\s*制\s*(?P<v>本\s*科|专\s*科)", None),
    (r"(?P<v>本\s*科|专\s*科|高\s*职|大\s*专)", None),
)


def _level(ix: TextIndex) -> Hit | None:
    for pattern, value in _LEVEL_PATTERNS:
        m = re.search(pattern, ix.text)
        if not m:
            continue
        if value:
            return Hit(value, m.start(), m.end())
        raw = squash(m["v"])
        return Hit("专科" if raw in ("高职", "大专") else raw, m.start("v"), m.end("v"))
    return None


_NUMBER = re.compile(r"\d{18}|\d{17}")
#: The 17-digit form is the early one (up to 2002); a 17-digit read that is not of it is an
#: 18-digit number that lost a digit to blur (10611198805002484), left unread.
_SHORT_FORM = re.compile(r"\d{5}[1567](?:19\d\d|200[0-2])0[12456]\d{5}")


def _number(ix: TextIndex) -> Hit | None:
    after = 0
    while hit := leading(ix, labelled(ix, _LABELS_NUMBER, suffix=r"\s*[:：]?", after=after),
                         "[0-9OoIl]+"):
        if not _replaced(ix, hit.start):
            break
        after = hit.end
    if hit and _NUMBER.fullmatch(value := compact_digits(hit.value)):
        return Hit(value, hit.start, hit.end) if _whole(value) else None
    for m in re.finditer(r"(?<![0-9A-Za-z])[0-9OoIl]{17,18}(?![0-9A-Za-z])", ix.text):
        value = compact_digits(m.group(0))
        if (re.fullmatch(r"\d{5}[1567]\d{4}0[12456]\d{5,6}", value) and _whole(value)
                and not _replaced(ix, m.start())):
            return Hit(value, m.start(), m.end())
    return None


#: A clause of a certificate's text: between two marks of punctuation (OCR reads a comma in
#: small print as a middle dot) or line ends.
_CLAUSE_END: Final = re.compile(r"[\n，,。；;·•]")
#: A clause that declares a number void (原证书编号…同时作废, …已注销); not the warning a
#: certificate prints about itself (涂改作废: void if altered).
_VOID: Final = re.compile(r"(?<!改)作\s*废|注\s*销")
#: A number introduced as the original certificate's (原结业证书编号, 原证书编号).
_ORIGINAL: Final = re.compile(rf"原[{CJK}]{{0,6}}?(?:编号|证号)")
#: The certificate says it was issued in exchange for another (结业证书换发, 准予毕业（换发）).
_EXCHANGED: Final = re.compile(r"换\s*发")


def _replaced(ix: TextIndex, pos: int) -> bool:
    """Whether the number at `pos` is a certificate's that this one replaced, never its own: a
    number its clause declares void (作废, 注销), or one introduced as the original's (原…编号)
    on a certificate issued in exchange for it (换发: a 毕业证书 given for the 结业证书 after
    the 补考 quotes the old number as void). A 学历证明书 quoting 原毕业证书编号 exchanges
    nothing: it attests that very diploma, whose number it is."""
    start = max((m.end() for m in _CLAUSE_END.finditer(ix.text, 0, pos)), default=0)
    m = _CLAUSE_END.search(ix.text, pos)
    clause = ix.text[start:m.start() if m else len(ix.text)]
    if _VOID.search(clause):
        return True
    return bool(_ORIGINAL.search(clause[:pos - start]) and _EXCHANGED.search(ix.text))


#: The recogniser's confidence in a line (the mean of its characters' probabilities) below which
#: it doubted some of its characters: a digit taken for its look-alike (5/6, 0/6, 3/8 in small
#: or blurred print) reads so. Clean prints and sharp photos read their numbers at 0.97-0.999.
_SURE_DIGITS: Final = 0.95


def _misread_digits(ix: TextIndex, number: Hit, level: Hit | None) -> bool:
    """Whether an OCR read of the diploma number contradicts the certificate it is printed on
    while the recogniser was unsure of it: then a digit was likelier misread than the
    certificate wrong, and the number is left unread rather than read wrong.

    A diploma number's level segment (教学〔2001〕4号) is one of the level codes (01 博士
    02 硕士 04 第二学士 05 本科 06 专科) and names the level the certificate's own text
    states; nothing in a genuine certificate's history changes it. Its year segment is not
    held against a read: a certificate issued later than the study ended (结业换发, a
    replacement) carries the year it was issued, though never a year still to come
    (3011 for 2011: no certificate is issued in the future). A text layer's number, or one
    the recogniser was sure of, stands even when it contradicts: that is evidence
    (DIPLOMA_NUMBER_INVALID).
    """
    evidence = ix.evidence(number.start, number.end)
    if (evidence is None or evidence.source != "ocr"
            or (evidence.confidence is not None and evidence.confidence >= _SURE_DIGITS)):
        return False
    parts = diploma_parts(number.value)
    if parts is None or parts.level not in DIPLOMA_LEVELS.values() \
            or parts.year > date.today().year:
        return True
    return bool(level and diploma_problems(number.value, None, level.value))  # level only


def _whole(number: str) -> bool:
    """False for a 17-digit read that the early 17-digit form does not explain."""
    return len(number) == 18 or bool(_SHORT_FORM.fullmatch(number))
