"""Annual assessment (年度考核登记表 / 年度考核表): the unit's yearly rating of the applicant.

A form filled by the applicant (述职) and the unit (考核意见), with the rating (等次) chosen
from 优秀 / 合格 (称职) / 基本合格 (基本称职) / 不合格 (不称职)::

    事业单位工作人员年度考核登记表（ 2023 年度）
    单位：柳州某某科技有限公司   姓名：张伟   性别：男
    ……
    考核等次：合格

Printed forms sometimes list all ratings with a tick on one (☑优秀 □合格); the ticked one
is read. A unit's 公示 table or 通报 of everyone's ratings gives one row per person instead
(a 通报 lists the names under each grade: ``一、优秀等次（3人）：张伟、李强``), the applicant's
row found by :func:`extractors.own_row`.

FIELDS:

* ``name`` 姓名; ``year`` the assessed year (``YYYY``);
* ``result`` 优秀/合格/基本合格/不合格/称职/基本称职/不称职; ``unit`` 单位.
"""

from __future__ import annotations

import re
from typing import Final

from extractors._fields import (
    ADDRESSEE,
    CJK,
    ENGLISH_GLOSS,
    ORG_COMPLETE,
    ORG_RE,
    ORG_SUFFIX,
    Hit,
    TextIndex,
    clean_org,
    fields,
    filed_year,
    first,
    heads_a_list,
    holder_above_id,
    holder_in_prose,
    index,
    is_name,
    issuer_mark,
    keyword_score,
    label_cell,
    labelled,
    leading,
    name_hit,
    org_labelled,
    orgs,
    rating_years,
    search,
    signatory,
    spaced,
    squash,
    system_owner,
    table_rows,
    yearly_entry,
)
from extractors.continuing_education import year as _any_year
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.ANNUAL_ASSESSMENT
FIELDS: Final = ("name", "year", "result", "unit")

#: 考评 is a firm's word for 考核 (员工年度绩效考评表, 考评等级); a foreign-invested firm's form
#: is its 绩效评估表 (Annual Performance Review), never a paper on 绩效评价. An assessment record
#: names the
#: year's assessment as its subject (2019年度考核登记表, 年度考核结果); an article saying that one
#: party assesses the other (甲方对乙方进行年度考核) or that the holder submits to it (接受年度
#: 考核) is an obligation of another document (a 聘任书, a contract) and votes for no record.
_OBLIGED: Final = r"(?<!进行)(?<!接受)(?:[0-9]{4}|(?<![0-9]))"
_WEIGHTS: Final = {rf"{_OBLIGED}年度(?:[^年度]{{0,6}})考[核评]": 0.6,
                   "考[核评](?:登记|评分)?表|绩效评估表": 0.4,
                   "考[核评]等[次级]": 0.3, "考[核评]结果": 0.2, "述职": 0.2, "考核意见": 0.2}
_RESULT: Final = "不合格|基本合格|合格|优秀|不称职|基本称职|称职"
_SPACED_RESULT: Final = "(?:" + "|".join(spaced(r) for r in _RESULT.split("|")) + ")"
_STOPS: Final = ("姓名", "性别", "出生", "职务", "职称", "民族", "政治面貌")
#: A label's suffix on this kind: a foreign-invested firm's form glosses its labels in English
#: (姓名 Name, 最终考核结果 Final Rating：), then perhaps a colon.
_GLOSSED: Final = ENGLISH_GLOSS + r"\s*[:：]?"


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like an annual assessment form; a list whose columns rate each
    year (:func:`extractors._fields.rating_years`) is a record of the years' ratings."""
    ix = index(doc)
    return min(1.0, keyword_score(ix, _WEIGHTS) + (0.4 if rating_years(ix) else 0.0))


def extract(doc: ReadDocument) -> Extraction:
    """Read an annual assessment's fields."""
    ix = index(doc)
    if by_year := _rated_by_year(ix):  # a list of everyone's ratings, a column a year
        return by_year
    rows = [row for row in table_rows(ix, _COLUMNS) if "result" in row]
    if len(rows) > 1:  # a 公示 of everyone's ratings: one row each, the applicant's among them
        listed = tuple(fields(ix, {"name": row["name"],
                                   "result": leading(ix, row["result"], rf"(?:{_RESULT})")})
                       for row in rows)
        return Extraction(doc.file, KIND,
                          fields(ix, {"year": first((year(ix), _year_rated(ix))),
                                      "unit": _unit(ix)}),
                          listed)
    graded = _graded_lists(ix) or _graded_sentences(ix)
    if len(graded) > 1:  # a 通报 or 纪要 naming everyone under their grade
        listed = tuple(fields(ix, {"name": name, "result": grade}) for name, grade in graded)
        return Extraction(doc.file, KIND, fields(ix, {"year": year(ix), "unit": _unit(ix)}),
                          listed)
    lined = _rated_lines(ix)
    if len(lined) > 1:  # a list of everyone's ratings whose header did not read as one
        listed = tuple(fields(ix, {"name": name, "result": grade}) for name, grade in lined)
        return Extraction(doc.file, KIND, fields(ix, {"year": year(ix), "unit": _unit(ix)}),
                          listed)
    latest = _latest_entry(ix)
    several = None if latest else _several_years(ix)
    assessed = latest[0] if latest else several[0] if several else year(ix)
    result = latest[1] if latest else several[1] if several else _own_result(ix)
    # a system's label rows (姓名：张伟      性别：女): the name is the cell after its label
    labelled_name = name_hit(_without_sex(labelled(ix, _NAME_LABELS, stops=_STOPS,
                                                   suffix=_GLOSSED))) \
        or name_hit(label_cell(ix, _NAME_LABELS))
    if labelled_name and heads_a_list(ix, labelled_name, _NAME_LABELS):
        # a list of several people whose rows did not read as ratings: whose row is the
        # applicant's cannot be told, so neither the first row's name nor its grade is read
        labelled_name = result = None
    found = {
        "name": first((labelled_name, _greeted(ix), holder_in_prose(ix),
                       holder_above_id(ix),  # a query app's profile header: 张伟 男 / 身份证号
                       _addressed(ix), _heading_name(ix, result), _name_beside_year(ix))),
        "year": assessed,
        "result": result,
        "unit": _unit(ix),
    }
    return Extraction(doc.file, KIND, fields(ix, found))


def year(ix: TextIndex) -> Hit | None:
    """The assessed year: written as 2023年度, or after a 年度 label that opens its cell
    (a 年度 inside a sentence or after a year is no label; the date below it is no value)."""
    return _any_year(ix, cell=True)


#: A name given with the holder's sex in brackets after it (张伟（男）), as a personnel
#: file's or a roster's 姓名 cell often writes it: the name ends there, the brackets (and any
#: next cell read on) are no part of it.
_NAME_WITH_SEX: Final = re.compile(r"(?P<v>.+?)\s*[(（]\s*[男女]\s*[)）]")


def _without_sex(hit: Hit | None) -> Hit | None:
    """The name read under a label, without a bracketed sex after it."""
    m = _NAME_WITH_SEX.match(hit.value) if hit else None
    return hit.with_value(squash(m["v"])) if hit and m else hit


#: A line of a record of several years' ratings, opening with the year it gives
#: (2021年度考核  登记表在档，等次：合格  一致).
_YEAR_LINE: Final = re.compile(r"[ \t]*(?P<y>(?:19|20)\d{2})\s*年\s*度?")
#: A further year's entry on the same line, after a separator or a space (a 干部任免审批表's
#: 年度考核结果 cell: 2019年度考核合格；2020年度考核合格；2021年度考核优秀).
_NEXT_ENTRY: Final = re.compile(r"(?<=[;；:：,，、。\s])(?P<y>(?:19|20)\d{2})\s*年\s*度")
#: The same entries after their cell's label read onto their line (年度考核结果 2019年度考核
#: 合格:2020年度考核优秀, a scan reading ；as :): only a line of two entries or more.
_LABELLED_YEARS: Final = re.compile(
    r"[ \t]*(?:年\s*度\s*)?考\s*[核评]\s*(?:结\s*果|情\s*况|等\s*[次级])?[ \t:：]*"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*度")
#: A sentence stating one year's rating (经审核，该同志2022年度考核等次为优秀): the year and
#: its grade together, the subject of the record.
_STATED: Final = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年\s*度?\s*(?:年\s*度\s*)?考\s*[核评]\s*"
    r"(?:等\s*[次级]|结\s*果)\s*(?:为|是|评\s*定\s*为|确\s*定\s*为|[:：])\s*[\"“「『']?\s*"
    rf"(?P<g>{_SPACED_RESULT})")


def _year_entries(ix: TextIndex) -> dict[str, list[tuple[Hit, Hit]]]:
    """The (year, grade) entries of a record listing several years' ratings, by year: one
    year a line, or several on one line, each year with the one grade that follows it up to
    the next year (2019年度考核合格；2020年度考核优秀), perhaps after their label (年度考核结果
    2019年度考核合格:2020年度…, :data:`_LABELLED_YEARS`). A line whose entries do not each
    name one grade gives none."""
    rows: dict[str, list[tuple[Hit, Hit]]] = {}
    for line in ix.lines:
        m = _YEAR_LINE.match(ix.text, line.start, line.end)
        labelled = m is None and _LABELLED_YEARS.match(ix.text, line.start, line.end)
        m = m or labelled
        if not m:
            continue
        starts = [m] + list(_NEXT_ENTRY.finditer(ix.text, m.end(), line.end))
        if labelled and len(starts) < 2:
            continue
        ends = [s.start() for s in starts[1:]] + [line.end]
        entries = []
        for start, end in zip(starts, ends):
            named = list(re.finditer(_SPACED_RESULT, ix.text[start.end():end]))
            if len({squash(g[0]) for g in named}) != 1:
                break
            g = named[0]
            entries.append((Hit(start["y"], start.start("y"), start.end("y")),
                            Hit(squash(g[0]), start.end() + g.start(), start.end() + g.end())))
        else:
            for entry in entries:
                rows.setdefault(entry[0].value, []).append(entry)
    return rows


def _several_years(ix: TextIndex) -> tuple[Hit | None, Hit | None] | None:
    """The (year, rating) a record listing several years' ratings attests (a personnel
    file's 审核表 checking the last three years' 年度考核, a 干部任免审批表's 年度考核结果
    cell): the year the record states with its grade in a sentence (该同志2022年度考核等次
    为优秀), else the one year the upload is filed as (2021年度考核表.pdf, see
    :func:`extractors._fields.filed_year`), and only that year's grade, never another listed
    year's. Without either neither is read (which listed year is meant cannot be told); a
    statement whose grade differs from its year's line reads no grade."""
    rows = _year_entries(ix)
    if len(rows) < 2:
        return None
    stated = {(m["y"], squash(m["g"])): m for m in _STATED.finditer(ix.text)}
    if len(stated) == 1:
        ((y, g), m), = stated.items()
        listed = {grade.value for _, grade in rows.get(y, [])}
        grade = Hit(g, m.start("g"), m.end("g")) if not listed or listed == {g} else None
        return Hit(y, m.start("y"), m.end("y")), grade
    filed = rows.get(filed_year(ix) or "", []) if not stated else []
    if len({grade.value for _, grade in filed}) == 1:
        return filed[0]
    return None, None


#: A personal work summary or report (个人工作总结, 述职报告) is signed by the one it is about:
#: its 总结人 / 述职人 is the person assessed.
_NAME_LABELS: Final = ("姓名", "被考核人", "考核对象", "被考核人员", "总结人", "述职人")
#: The columns of a list of several people's ratings this reads. The rating's header may name
#: the year rated (2023年度考核结果: a roster filed for something else, a 薪级 promotion or a
#: bonus, carries last year's grade in such a column).
_COLUMNS: Final = {"name": "姓名",
                   "result": r"(?:(?:19|20)\d{2}年度?)?(?:考核(?:等次|等级|结果)|评定等次)"
                             "|等次|等级"}


#: A year named just before the rating's words (2022年考核等次, 2022年度考核结果).
_YEAR_RATED: Final = re.compile(r"(?P<v>(?:19|20)\d{2})\s*年\s*度?\s*(?:考\s*[核评]|评\s*定)")


def _year_rated(ix: TextIndex) -> Hit | None:
    """A roster's grade column names the year rated (2022年考核等次): the assessed year,
    when the document names none as 年度 elsewhere."""
    return first(search(ix, _YEAR_RATED))


#: The columns of a registration card (考核登记卡) holding one person's rating year by year.
_YEARLY: Final = {"year": "(?:考核)?年度|年份", "result": "考核(?:等次|等级|结果)|等次|等级"}


def _latest_entry(ix: TextIndex) -> tuple[Hit, Hit] | None:
    """The (year, rating) of the row a record of several years attests
    (:func:`extractors._fields.yearly_entry`)."""
    return yearly_entry(ix, _YEARLY, "result", rf"(?:{_RESULT})")


#: Who fills in and sends up a list of the unit's staff (填报单位（盖章）：, 报送单位：).
_LIST_UNIT_LABELS: Final = ("填报单位", "报送单位", "申报单位", "单位名称")


def _rated_by_year(ix: TextIndex) -> Extraction | None:
    """A list of several people with a column of ratings for each year (a 申报人员花名册's
    近三年年度考核结果 over 2021年 | 2022年 | 2023年): an upload filed as one year's (its file
    name names one of the columns' years) is that year's column, else the latest; each
    person's row gives the rating in that column, the applicant's row found by
    :func:`extractors.own_row`. The unit is the one that fills the list in."""
    found = rating_years(ix)
    if found is None:
        return None
    line, years = found
    filed = filed_year(ix)
    asked = [y for y in years if y[0].value == filed]
    year_hit, x0, x1 = asked[0] if asked else years[-1]
    listed = []
    for row in table_rows(ix, {"name": "姓名"}, strays=True, years=True):
        at = ix.line_at(row["name"].start)
        if at is None or at.start <= line.end or at.page_no != line.page_no:
            continue
        grade = None
        for m in re.finditer(r"\S+", ix.text[at.start:at.end]):
            span = ix.x_span(at.start + m.start(), at.start + m.end())
            if span and x0 <= (span[0] + span[1]) / 2 < x1 and re.fullmatch(_RESULT, m[0]):
                grade = Hit(m[0], at.start + m.start(), at.start + m.end())
        listed.append(fields(ix, {"name": row["name"], "result": grade}))
    if len(listed) < 2:
        return None
    unit = org_labelled(ix, _LIST_UNIT_LABELS, stops=_STOPS) or _unit(ix)
    return Extraction(ix.file, KIND, fields(ix, {"year": year_hit, "unit": unit}),
                      tuple(listed))


#: A person's line in a list of ratings: a serial number perhaps, the name first, the grade
#: last (1 张伟 男 工程师 … 合格); what lies between (sex, post, votes) is not read.
_RATED_LINE: Final = re.compile(
    rf"[ \t]*(?:\d{{1,3}}[ \t]+)?(?P<name>[{CJK}]{{2,4}})[ \t].*?[ \t](?P<grade>{_RESULT})[ \t]*")


def _rated_lines(ix: TextIndex) -> list[tuple[Hit, Hit]]:
    """The (name, grade) of each line of a list of several people's ratings (a 民主测评 or
    公示 table whose header row did not read as one, a scan's header losing a character):
    one line per person, opening with the name and closing with the grade. Only a list of
    two different names or more counts; a line that is not such a row is passed over."""
    out: list[tuple[Hit, Hit]] = []
    for line in ix.lines:
        m = _RATED_LINE.fullmatch(ix.text, line.start, line.end)
        if m and is_name(m["name"]):
            out.append((Hit(m["name"], m.start("name"), m.end("name")),
                        Hit(m["grade"], m.start("grade"), m.end("grade"))))
    return out if len({name.value for name, _ in out}) > 1 else []


#: How a notice addresses the one person it tells their result: 尊敬的张伟（同志）：, or a name
#: with its honorific opening the message after the sender's 【署名】 (a text message always opens
#: with its sender's bracketed signature: 【某某局】张伟同志：您…). The colon may be wrapped to the
#: next line.
#: A message bubble wraps its text at any character, so the name and its honorific may be
#: broken over lines (张伟同\n志：).
_WRAPPED_NAME: Final = rf"[{CJK}](?:\s?[{CJK}]){{1,3}}?"
_HONORIFIC: Final = r"(?:同\s*志|女\s*士|先\s*生|老\s*师)"
_ADDRESSED: tuple[re.Pattern[str], ...] = (
    re.compile(rf"尊\s*敬\s*的\s*(?P<v>{_WRAPPED_NAME})\s*{_HONORIFIC}?\s*[:：]"),
    re.compile(rf"】\s*(?P<v>{_WRAPPED_NAME})\s*{_HONORIFIC}\s*[:：]"),
)


#: A greeting to everyone (全体同志：, 广大职工：) addresses no one person.
_EVERYONE: Final = re.compile("全体|广大|各位|诸位")


def _addressed(ix: TextIndex) -> Hit | None:
    """The person a notice of one's own result is addressed to (a text message or letter
    from the unit's personnel office: 【某某局】张伟同志：您2021年度考核结果为…). Only one
    addressee counts: a notice greeting two different people names no holder."""
    found = {squash(h.value): h for rx in _ADDRESSED for h in search(ix, rx)
             if is_name(h.value) and not _EVERYONE.match(squash(h.value))}
    if len(found) != 1:
        return None
    (value, hit), = found.items()
    return hit.with_value(value)


#: How a letter or e-mail greets the one person it is written to, opening its body: the name
#: (perhaps with an honorific), a comma or colon, then 您好 (张伟，您好！ / 张伟先生：您好).
_GREETING: Final = re.compile(
    rf"(?:^|\n)[ \t]*(?P<v>[{CJK}](?:[ \t]?[{CJK}]){{1,3}}?)[ \t]*{_HONORIFIC}?[ \t]*"
    r"[,，:：][ \t]*您[ \t]*好")


def _greeted(ix: TextIndex) -> Hit | None:
    """The one person a letter or an e-mail of their own result greets (张伟，您好！您2023年度
    考核结果为…): read before other prose, whose wrapped lines may open with a word and a
    colon that is no one's name. Greetings to two different names, or to everyone
    (各位同事，您好), name no holder."""
    found = {squash(h.value): h for h in search(ix, _GREETING)
             if is_name(squash(h.value)) and not _EVERYONE.match(squash(h.value))}
    if len(found) != 1:
        return None
    (value, hit), = found.items()
    return hit.with_value(value)


#: A whole line holding a name and nothing else.
_NAME_LINE: Final = re.compile(rf"(?:^|\n)[ \t]*(?P<v>[{CJK}](?:[ \t]?[{CJK}]){{1,3}})[ \t]*(?=\n)")


def _heading_name(ix: TextIndex, result: Hit | None) -> Hit | None:
    """A personal record without a 姓名 label (an office app's 考核结果 page, a card's title)
    shows its holder's name as a heading of its own above the rating: the first line that is
    a name alone, before the rating is given. Names after it (approvers in the record's
    timeline, a signature) are not the holder's; without a rating nothing is read."""
    if result is None:
        return None
    for m in _NAME_LINE.finditer(ix.text, 0, result.start):
        if is_name(m["v"]):
            return Hit(squash(m["v"]), m.start("v"), m.end("v"))
    return None


#: A name written next to an assessed year (张伟 2023年度, 张伟2023年度考核表), opening its line.
_NAME_YEAR: Final = re.compile(
    rf"(?:^|\n)[ \t]*(?P<v>[{CJK}]{{2,4}})[ \t]*(?P<y>(?:19|20)\d{{2}})[ \t]*年[ \t]*度")


#: The words a document's title or subject opens with (关于…的通知, 对于…的决定).
_TITLE_OPENING: Final = re.compile("关于|对于|有关|根据|按照")


def _name_beside_year(ix: TextIndex) -> Hit | None:
    """A page without a 姓名 label (the back page of a 登记表, filed apart from its front)
    is marked with whose and which year's it is: the holder's name written just before the
    assessed year, at the head of a line. A line opening with a name and another year is not
    read, nor is anything that is no name, nor a title's opening word (关于2023年度考核结果
    的通知: 关于 opens the subject of a notice or an e-mail, it names no one)."""
    assessed = year(ix)
    for m in _NAME_YEAR.finditer(ix.text):
        if (is_name(m["v"]) and not _TITLE_OPENING.match(m["v"]) and assessed
                and m["y"] == assessed.value):
            return Hit(m["v"], m.start("v"), m.end("v"))
    return None


#: The head of a grade's list in a 通报: an item number, the grade, its count, a colon
#: (一、优秀等次（3人）：…; （二）合格：…).
_GRADE_HEAD: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]"
    rf"|\d+\s*[、.．])?\s*(?P<v>{_SPACED_RESULT})\s*(?:等\s*[次级])?"
    r"\s*(?:[(（]\s*\d+\s*人\s*[)）])?\s*[:：]")
#: A line that carries on a list of names: short words between list separators only.
_NAMES_GO_ON: Final = re.compile(r"[、，,;；\s]*(?:[^\W\d_]{1,4}[、，,;；\s]*)+")
_NAME_TOKEN: Final = re.compile(r"[^、，,;；。\n]+(?:\n[^、，,;；。\s]+)?")


def _graded_lists(ix: TextIndex) -> list[tuple[Hit, Hit]]:
    """The (name, grade) pairs of a 通报 that lists the staff under each grade; a list runs
    on over lines of names only, and a name broken at a line end is joined. Names are set
    apart by list marks (a spaced name, 陈 明, is one) or else by spaces; a name listed twice
    under one grade is one entry, and a token that is no name is left out."""
    heads = list(_GRADE_HEAD.finditer(ix.text))
    out: list[tuple[Hit, Hit]] = []
    for n, head in enumerate(heads):
        grade = Hit(squash(head["v"]), head.start("v"), head.end("v"))
        end = ix.line_end(head.end())
        limit = heads[n + 1].start() if n + 1 < len(heads) else len(ix.text)
        while end < limit and not ix.text[:end].rstrip().endswith("。"):
            nxt = ix.line_end(end + 1)
            if not _NAMES_GO_ON.fullmatch(ix.text[end + 1:nxt]):
                break
            end = nxt
        seen = set()
        for m in _NAME_TOKEN.finditer(ix.text, head.end(), end):
            words = [Hit(squash(m[0]), m.start(), m.end())]
            if not is_name(words[0].value):
                words = [Hit(squash(w[0]), m.start() + w.start(), m.start() + w.end())
                         for w in re.finditer(r"\S+(?:\n\S+)?", m[0])]
            for word in words:
                if is_name(word.value) and word.value not in seen:
                    seen.add(word.value)
                    out.append((word, grade))
    return out


#: A sentence of a meeting's minutes or a decision naming people by grade (会议同意：确定张伟、
#: 李强等2名同志2023年度考核为优秀等次；确定…等5名同志…为合格等次): the names listed after the
#: verb, perhaps their count (等N名同志), the year, then the grade they are given.
_GRADED_SENTENCE: Final = re.compile(
    r"(?:确\s*定|同\s*意|评\s*定|审\s*定|确\s*认)\s*"
    rf"(?P<names>[{CJK}][{CJK}、，,\s]{{0,600}}?)\s*"
    r"(?:等\s*(?:[0-9一二三四五六七八九十]+\s*[名人位])?\s*)?"
    r"(?:同\s*志|职\s*工|员\s*工|人\s*员|干\s*部|教\s*师)?\s*"
    r"(?:(?:19|20)\d{2}\s*年\s*度?\s*)?(?:年\s*度\s*)?考\s*[核评]\s*(?:等\s*[次级]|结\s*果)?\s*"
    rf"(?:为|评\s*为|确\s*定\s*为|定\s*为|评\s*定\s*为)\s*[\"“「『']?\s*(?P<g>{_SPACED_RESULT})")


def _graded_sentences(ix: TextIndex) -> list[tuple[Hit, Hit]]:
    """The (name, grade) pairs of minutes (党政联席会议纪要, 办公会议纪要) or a decision that
    states the year's grades in sentences, one sentence per grade listing its people. A name
    broken at a line's end is joined. A sentence whose list holds anything that is not a
    name (a phrase the verb happened to precede) gives no one: which words were the names
    cannot be told."""
    out: list[tuple[Hit, Hit]] = []
    for m in _GRADED_SENTENCE.finditer(ix.text):
        grade = Hit(squash(m["g"]), m.start("g"), m.end("g"))
        words: list[Hit] = []
        for part in re.finditer(r"[^、，,]+", m["names"]):
            a = m.start("names") + part.start()
            if "\n" in part[0].strip() and not re.search(r"[ \t]", part[0].strip()):
                words.append(Hit(squash(part[0]), a, a + len(part[0])))  # 萧\n瑞晓: one name
                continue
            words += [Hit(p[0], a + p.start(), a + p.end()) for p in re.finditer(r"\S+", part[0])]
        if not words or not all(is_name(w.value) for w in words):
            continue
        out += [(w, grade) for w in words]
    return out


def _ringed(ix: TextIndex) -> Hit | None:
    """The grade ringed by hand among a form's printed grades (考核等次（在相应等次上画“○”）):
    the one printed grade with a ring drawn round it. Two different grades ringed choose
    none; with no ring seen (a scan's ring is not traced) none is read, never a printed one
    guessed."""
    ringed = {squash(m["v"]): m for m in re.finditer(rf"(?P<v>{_SPACED_RESULT})", ix.text)
              if ix.ringed(m.start("v"), m.end("v"))}
    if len(ringed) != 1:
        return None
    (value, m), = ringed.items()
    return Hit(value, m.start("v"), m.end("v"))


def _own_result(ix: TextIndex) -> Hit | None:
    """The one person's grade a form gives, never one row's of a list of several people's."""
    hit = _result(ix)
    return None if hit and _heads_graded_rows(ix, hit) else hit


def _heads_graded_rows(ix: TextIndex, hit: Hit) -> bool:
    """Whether a grade read is one row's of a list of several people's grades whose rows did
    not read as such (a 腾讯文档 sheet of a department's 考核等次, its first row's name cell
    lost): the next line holds a person's name and a grade, the same or another, in the
    grade's column. That grade is a colleague's as likely as the holder's, so none is read.
    A grade beside its label (考核等次：合格) is a form's own, and a row giving a year of its
    own (1 2021 优秀 2022-01-12 陆华: one person's record a year a row, the clerk named) is a
    year's, not a person's."""
    line = ix.line_at(hit.start)
    if line and any(re.fullmatch(r"(?:19|20)\d{2}(?:年度?)?", word)
                    for word in ix.text[line.start:line.end].split()):
        return False
    if not heads_a_list(ix, hit, _RESULT_LABELS, repeats=True,
                        fits=lambda word: bool(re.fullmatch(_RESULT, word))):
        return False
    below = ix.lines[ix.lines.index(line) + 1]
    return any(is_name(word) for word in ix.text[below.start:below.end].split())


#: The labels a form writes its grade after (考核等次：合格).
_RESULT_LABELS: Final = ("考核等次", "考核等级", "考核结果", "评定等次", "评定等级", "确定等次",
                         "等次", "考评等级", "考评等次", "考评结果", "考核意见")


def _result(ix: TextIndex) -> Hit | None:
    spaced_result = _SPACED_RESULT  # 优 秀: a form's spaced print
    ticked = first((  # ☑合格 / 合格（√）
        _ringed(ix),
        # a tick set against the grade it follows and apart from the next (优秀√  合格,
        # 合格☑ 基本合格□): it marks the grade it touches, never the one after the gap; not
        # on a form printing each box before its grade (□优秀☑ 合格: the tick is 合格's)
        first(search(ix, rf"(?<![□☐口])(?P<v>{spaced_result})[☑√✓✔](?!{spaced_result})")),
        first(search(ix, rf"[☑√✓✔■▇●▣◼☒]\s*(?P<v>{spaced_result})")),
        first(search(ix, rf"(?P<v>{spaced_result})\s*[(（]\s*[☑√✓✔Vv]\s*[)）]")),
        # OCR reads a tick as V and the empty boxes as 口: V优秀口合格, 口优秀V合格
        first(search(ix, rf"(?<![A-Za-z])[Vv]\s*(?P<v>{spaced_result})\s*[口□☐]")),
        first(search(ix, rf"[口□☐]\s*{spaced_result}\s*[Vv]\s*(?P<v>{spaced_result})")),
    ))
    if ticked:
        return ticked
    # the first label whose value is a rating (年度考核结果审批单 holds a label, not a value)
    hit = leading(ix, labelled(ix, _RESULT_LABELS, suffix=_GLOSSED,
                               accept=re.compile(rf"(?:{_RESULT})\S*")), rf"(?:{_RESULT})")
    if (hit and not re.match(r"\s*[□☐]", ix.text[hit.start - 1:hit.start])
            and not _options_listed(ix, hit)):
        return hit
    return first((
        _opinion_grade(ix),
        # the grade may be quoted in a notice's sentence (考核结果为“合格”, 被评为「优秀」等次)
        first(search(ix, r"(?:确定为|评为|定为|评定为|等次为|结果为|考核为)"
                         rf"\s*[\"“”「『\']?\s*(?P<v>{spaced_result})")),
        # a notice's sentence may set the grade after a colon (您2023年度考核结果为：优秀),
        # never a printed list of the grades to choose from (结果为：优秀 合格 不合格)
        first(h for h in search(ix, r"(?:等次为|结果为|考核为)\s*[:：]\s*[\"“「『']?\s*"
                                    rf"(?P<v>{spaced_result})")
              if not _options_listed(ix, h)),
        # a scored form: the grade written just after the total (综合得分：92.3分 优秀)
        first(search(ix, r"(?:综合得分|总得分|考核得分|最终得分|总分)\s*[:：]?\s*\d+(?:\.\d+)?"
                         rf"\s*分?\s*(?P<v>{spaced_result})")),
    ))


def _options_listed(ix: TextIndex, hit: Hit) -> bool:
    """Whether the grade read after a label is one of a printed list of the grade options
    (优秀 合格 基本合格 不合格, each to be ticked or ringed): another grade stands right next
    to it, with only spaces or empty option boxes between. No mark was read on any of them
    (a marked one is read before), so the list names no grade: the first option is the
    form's print, not the unit's choice. A grade written after its label and followed by a
    legend of the grades (合格 （优秀/合格/不合格）) is no such list."""
    gap = r"[ \t□☐口○〇◯]*"
    return bool(re.match(gap + _SPACED_RESULT, ix.text[hit.end:hit.end + 16])
                or re.search(_SPACED_RESULT + gap + "$", ix.text[max(0, hit.start - 16):hit.start]))


#: The head of a box in which the unit or a panel writes its verdict by pen (用人单位考核意见：,
#: 考核小组意见, 主管部门鉴定意见, 考核等次：…): a label ending in a colon or its line.
_OPINION_HEAD: Final = re.compile(
    r"(?:考\s*[核评]|鉴\s*定|评\s*[议定]|单\s*位)\s*(?:小\s*组|委\s*员\s*会)?\s*"
    r"(?:意\s*见|等\s*[次级]|结\s*果)\s*(?:[:：]|(?=\n))")
#: Where such a box ends: the seal or signature line, a date, or the next box's head.
_OPINION_END: Final = re.compile(
    rf"盖\s*章|签\s*[章字名]|(?:19|20)\d{{2}}\s*[年.．/-]\s*\d{{1,2}}|[{CJK}]{{0,8}}意\s*见\s*[:：]")
#: An option mark printed beside a grade (优秀□ 合格□, ○优秀): the grade is then a printed
#: choice, not one written in.
_OPTION_MARK: Final = frozenset("□☐口○〇◯")


def _opinion_grade(ix: TextIndex) -> Hit | None:
    """The grade written into an opinion box or a grade's blank (用人单位考核意见：经考核，该
    同志本年度考核等次为：优秀 / 考核小组意见：同意评为合格), a form's own rating of the year.

    Read only when the box, up to its seal, date or the next box, names exactly one grade,
    standing as a grade (alone, or before 等次/等级; 优秀教师 is an honour) and not a printed
    choice beside an option mark (优秀□合格□): a box naming two different grades (a printed
    option list, marked or plain: 优秀 合格 基本合格 不合格 to ring one) reads none."""
    for head in _OPINION_HEAD.finditer(ix.text):
        stop = _OPINION_END.search(ix.text, head.end(), head.end() + 200)
        end = stop.start() if stop else min(len(ix.text), head.end() + 200)
        box = ix.text[head.end():end]
        named = list(re.finditer(rf"(?P<v>{_SPACED_RESULT})", box))
        if len({squash(m["v"]) for m in named}) > 1:  # a printed choice, or no one grade
            return None
        grades = [m for m in named
                  if not re.match(rf"[ \t]*(?!等\s*[次级])[{CJK}]", box[m.end():])]
        if not grades:
            continue
        near = {c for m in grades for c in box[max(0, m.start() - 2):m.end() + 2]}
        if near & _OPTION_MARK:
            return None
        m = grades[0]
        return Hit(squash(m["v"]), head.end() + m.start(), head.end() + m.end())
    return None


#: A body inside the unit (单位考核委员会意见：), not the unit: a committee or panel named by
#: its task, without a place or proper name before it.
_INNER_BODY: Final = re.compile(r"(?:考核|考评|评审|评议|聘任|聘用|岗位|职称|学术)\S{0,4}"
                                r"(?:委员会|小组)")


#: A post or title written straight after the unit under a joint label (单位及职务).
_POST_TAIL: Final = re.compile(
    rf"[{CJK}]{{0,6}}?(?:工程师|经济师|会计师|统计师|教师|医师|护师|技师|研究员|馆员|科员|职员"
    rf"|主任|经理|主管|总监|助理|干部|技术员|专员)|[{CJK}]{{1,6}}[长员师]")


#: The printed words of a unit's box on a form (考核委员会（小组）意见, 单位（盖章）): a seal or
#: a name written over the box is read run into them, but a unit's name never starts so.
_BOX_WORDS: Final = re.compile(r"(?:(?:考核)?(?:领导)?(?:委员会|小组)|意见|盖章|签章|[(（)）\s])+")


#: A seal's box label cut at its line's end (单位盖 / 章 lost under the seal or wrapped): the
#: 盖 opens no unit's name there (盖州市 runs on in its line).
_CUT_SEAL: Final = re.compile(r"(?<=单位)盖(?=[ \t]*\n)")


def _unit(ix: TextIndex) -> Hit | None:
    hit = _unit_read(ix)
    if hit and _CUT_SEAL.match(ix.text, hit.start):
        rest = hit.value[1:]
        hit = hit.with_value(rest) if len(rest) >= 4 and ORG_COMPLETE.search(rest) else None
    head = _BOX_WORDS.match(hit.value) if hit else None
    if hit and head and head.end() < len(hit.value):
        rest = hit.value[head.end():]
        if len(rest) >= 4 and ORG_COMPLETE.search(rest):
            return hit.with_value(rest)
    return hit


#: The label of the unit that sent the holder on a posting (援派, 支教, 对口帮扶, 驻村, 挂职),
#: on the form that posting's year is assessed on: it names two units, the one that sent them
#: (派出单位, 选派单位) and the one that hosted them for the year (受援单位, 接收单位, 派驻单位).
#: The host grades the year, the sender confirms it for the file; the holder's own unit, their
#: employer, is the sender.
_SENDER_LABELS: Final = ("派出单位", "选派单位")


def _unit_read(ix: TextIndex) -> Hit | None:
    sender = org_labelled(ix, _SENDER_LABELS, stops=_STOPS)
    if sender and not _INNER_BODY.fullmatch(sender.value):
        return sender
    hit = org_labelled(ix, ["工作单位", "单位名称", "所在单位", "单位"], stops=_STOPS)
    if hit and not _INNER_BODY.fullmatch(hit.value):
        return hit
    owner = system_owner(ix)  # a page of the unit's own personnel system: its staff's unit
    if owner:
        return owner
    addressed = [m.end() for m in ADDRESSEE.finditer(ix.text)]
    found = [h for h in orgs(ix)
             if not any(a <= h.start and "\n" not in ix.text[a:h.start] for a in addressed)]
    signed = signatory(ix)  # the name above a date, never the addressee's (致：…委员会)
    if signed and any(a <= signed.start and "\n" not in ix.text[a:signed.start]
                      for a in addressed):
        signed = None
    found = [h for h in found if not _in_prose(ix, h)]
    return first((_unit_with_post(ix), signed, issuer_mark(ix), _compiler(ix),
                  _signature_block(ix), found[0] if found else None))


#: A contact line of a signature block (电话：…, 地址：…, 邮箱：…, Tel: …).
_CONTACT_LINE: Final = re.compile(
    r"[ \t]*(?:电\s*话|手\s*机|传\s*真|地\s*址|邮\s*箱|邮\s*编|Tel|TEL|E-?mail|Email)\s*[:：]")


def _signature_block(ix: TextIndex) -> Hit | None:
    """The unit that sends an e-mail or a letter without a dated signature, from the block
    that signs it: the unit's name on a line of its own just above the sender's contact
    lines (人力资源部 / 某某有限公司 / 电话：…), perhaps its department's line between. The
    last such block is the sender's (a quoted message's signature comes before it); a line
    above the contacts that is no organisation's whole name (a person, a department alone)
    reads none."""
    found = None
    for i, line in enumerate(ix.lines):
        if not _CONTACT_LINE.match(ix.text, line.start, line.end):
            continue
        for above in reversed(ix.lines[max(0, i - 2):i]):
            if above.page_no != line.page_no or _CONTACT_LINE.match(ix.text, above.start):
                continue
            value = clean_org(squash(ix.text[above.start:above.end]))[0]
            if len(value) >= 4 and ORG_COMPLETE.search(value) and ORG_RE.fullmatch(value):
                found = Hit(value, above.start, above.end)
                break
    return found


#: Punctuation of running text: a clause or sentence mark touching a word on its line.
_CLAUSE_MARK: Final = "，,。；;、！!？?"


def _in_prose(ix: TextIndex, hit: Hit) -> bool:
    """Whether an organisation's word ends a phrase of running text rather than a name: a
    unit's name stands as a heading, a label's value, a seal or a signature, never as a
    clause of a sentence (全年以岗位职责为中心，按期完成…: 中心 ends a phrase, not a unit).
    A candidate with a clause mark right before or right after it on its line is prose."""
    before = ix.text[max(0, hit.start - 1):hit.start]
    after = ix.text[hit.end:hit.end + 1]
    return bool(before and before in _CLAUSE_MARK) or bool(after and after in _CLAUSE_MARK)


#: The line naming who compiles a unit's internal publication (工作简报, 情况通报, 内部刊物):
#: 某某有限公司办公室编 / 编印 / 主办, the date or issue number perhaps after it on the line.
_COMPILER: Final = re.compile(
    rf"(?:^|\n)[ \t]*(?P<v>[{CJK}](?:[ ]?[{CJK}()（）]){{3,40}}?)[ \t]*"
    r"(?:编\s*印|编\s*发|主\s*办|编)[ \t]*(?=\n|$|[ \t]|[(（]?\d)")


#: A department of a unit named after it (…人民医院人事科, …中学政教处): the unit is before it.
_OFFICE_TAIL: Final = re.compile(
    rf"(?P<unit>.+(?:{ORG_SUFFIX}))[{CJK}]{{1,6}}(?:科|处|部|股|室|办)")


def _compiler(ix: TextIndex) -> Hit | None:
    """The unit that issues an internal publication, from its compiler's line (某某研究院
    办公室编): a bulletin's issuer is the unit whose staff it reports on; the office that
    compiles it stands for its unit (办公室, 人事科 are parts of it, the unit is named before
    them). Read only when what is named ends as an organisation's name does."""
    for m in _COMPILER.finditer(ix.text):
        value = clean_org(squash(m["v"]))[0]
        if office := _OFFICE_TAIL.fullmatch(value):
            value = office["unit"]
        if len(value) >= 4 and ORG_COMPLETE.search(value) and not _in_prose(ix, Hit(
                value, m.start("v"), m.end("v"))):
            return Hit(value, m.start("v"), m.end("v"))
    return None


def _unit_with_post(ix: TextIndex) -> Hit | None:
    """The unit under a joint label (单位及职务: 柳州某某有限公司助理工程师): the value
    without the post after it, when what is left ends as a unit's name does."""
    hit = labelled(ix, ["工作单位及职务", "单位及职务", "单位及职称", "单位及岗位"],
                   stops=_STOPS)
    if hit is None:
        return None
    value = hit.value
    for cut in range(len(value) - 1, 3, -1):  # the shortest post that leaves a unit's name
        if _POST_TAIL.fullmatch(value[cut:]) and ORG_COMPLETE.search(value[:cut]):
            value = value[:cut]
            break
    return hit.with_value(value) if ORG_COMPLETE.search(value) and len(value) >= 4 else None
