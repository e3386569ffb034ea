"""Continuing-education certificate (继续教育证明 / 学时证明): hours of training in a year.

Professional staff must complete continuing education each year (commonly 90 学时, of which
public subjects and specialised subjects). Issued by the training body or printed from the
continuing-education platform::

    专业技术人员继续教育学时证明
    姓名：张伟   身份证号：450202199003121234
    年度：2023   完成学时：90 学时
    兹证明 张伟 同志 2023 年度 共完成继续教育 90 学时。

or shown on the platform app's 学时查询 page, photographed or captured: the holder's name stands
alone above the (masked) ID number, then the year selector and the year's total.

FIELDS:

* ``name`` 姓名; ``year`` the year the hours count for (``YYYY``): a course's certificate
  (培训证明, 结业证明) that names no 年度 counts them for the year the course ran
  (于2023年10月4日至10月15日参加……研修班);
* ``hours`` total hours (学时), as an integer string.
"""

from __future__ import annotations

import re
from typing import Final

from extractors._fields import (
    CJK,
    CN_DIGITS,
    CN_YEAR,
    NAME,
    Hit,
    TextIndex,
    dates,
    fields,
    filed_year,
    first,
    holder_above_id,
    holder_in_prose,
    index,
    is_name,
    keyword_score,
    labelled,
    leading,
    name_hit,
    search,
    table_rows,
    yearly_entry,
)
from pipeline.dates import cn_count
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.CONTINUING_EDUCATION
FIELDS: Final = ("name", "year", "hours")

_WEIGHTS: Final = {"继续教育": 0.6, "学时": 0.3, "培训": 0.1, "证明": 0.05, "公需科目": 0.2,
                   "专业科目": 0.1}


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like a continuing-education certificate."""
    return keyword_score(index(doc), _WEIGHTS)


def extract(doc: ReadDocument) -> Extraction:
    """Read a continuing-education certificate's fields; a unit's summary table of several
    people's hours (学时汇总表) gives one row each instead of a holder. A record of one
    person's several years (a row per year) attests the row of the year the upload is filed
    as, else the latest (:func:`extractors._fields.yearly_entry`), as an annual assessment's
    record of several years does."""
    ix = index(doc)
    rows = [row for row in table_rows(ix, _COLUMNS) if "hours" in row]
    if len(rows) > 1:
        listed = tuple(fields(ix, {"name": row["name"], "id_number": row.get("id_number"),
                                   "hours": _count(leading(ix, row["hours"], _NUMBER.pattern))})
                       for row in rows)
        return Extraction(doc.file, KIND, fields(ix, {"year": year(ix)}), listed)
    yearly = yearly_entry(ix, _YEARLY, "hours", _NUMBER.pattern) or _yearly_subtotal(ix)
    found = {"name": _name(ix), "year": yearly[0] if yearly else year(ix) or _course_year(ix),
             "hours": _count(yearly[1]) if yearly else _hours(ix)}
    return Extraction(doc.file, KIND, fields(ix, found))


#: The columns of a record of one person's hours year by year (a bureau's 任现职以来 学时登记
#: certificate, a platform's 历年学时 page): the year and its total.
_YEARLY: Final = {"year": "(?:培训|学时|登记|考核)?年度|年份",
                  "hours": r"(?:合计|总|累计|完成|实修|已修|获得)学时(?:数)?|学时(?:合计|总计|数)?"
                           "|合计|总计|小计"}


#: A year's subtotal line in a record running over several years (a 学分银行 passbook's
#: 明细, a platform's 学时明细 printed whole): 2022年度小计 60 / … / 2023年度小计 96.
_YEAR_SUBTOTAL: Final = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*年\s*(?:度\s*)?(?:学\s*时\s*)?(?:小\s*计|合\s*计|总\s*计)")
#: A column of the hours so far across all years (累计, 余额/结余 as a bank's book prints it):
#: never one year's hours.
_RUNNING_COLUMN: Final = re.compile(r"累\s*计(?:\s*学\s*时)?|余\s*额|结\s*余")


def _yearly_subtotal(ix: TextIndex) -> tuple[Hit, Hit | None] | None:
    """The (year, hours) of a record of several years' rows, each year closed by its own
    subtotal line (``2022年度小计 60 60`` … ``2023年度小计 96 156``): the year the upload is
    filed as (:func:`extractors._fields.filed_year`), else the latest; never the first year
    the text names. Its hours are the one figure of that line not under a running total's
    column (累计): none when it is not one figure. None unless two years' subtotals stand on
    lines of their own (one year's subtotal is a one-year form's, read by its labels)."""
    found = [(m, line) for line in ix.lines
             for m in _YEAR_SUBTOTAL.finditer(ix.text, line.start, line.end)]
    lines = [line for _, line in found]
    if len({m["y"] for m, _ in found}) < 2 or any(lines.count(line) > 1 for line in lines):
        return None
    year = filed_year(ix)
    filed = [entry for entry in found if entry[0]["y"] == year]
    m, line = filed[0] if len(filed) == 1 else max(found, key=lambda entry: entry[0]["y"])
    running = [span for head in ix.lines if head.page_no == line.page_no and head.end <= line.start
               for c in re.finditer(r"\S+", ix.text[head.start:head.end])
               if _RUNNING_COLUMN.fullmatch(c[0])
               and (span := ix.x_span(head.start + c.start(), head.start + c.end()))]
    figures = [f for f in _NUMBER.finditer(ix.text, m.end(), line.end)
               if not any((at := ix.x_span(f.start(), f.end())) and at[0] < b and at[1] > a
                          for a, b in running)]
    hours = Hit(figures[0][0], figures[0].start(), figures[0].end()) if len(figures) == 1 \
        else None
    return Hit(m["y"], m.start("y"), m.end("y")), hours


#: The columns of a summary table this reads (the total, not 公需/专业 subtotals).
_COLUMNS: Final = {"name": "姓名", "id_number": "(?:公民)?身份证?(?:号码|号)|证件号码",
                   "hours": r"(?:合计|总|累计)学时|学时(?:合计|总计)|合计|总计"}


def _name(ix: TextIndex) -> Hit | None:
    return first((
        name_hit(labelled(ix, ["姓名", "学员姓名"], stops=("性别", "身份证", "单位"))),
        # a 继续教育登记册/验证记录 names its holder 持证人： (a heading 持证人 over the
        # holder's 姓名 is no label)
        name_hit(labelled(ix, ["持证人"], suffix=r"\s*[:：]", stops=("性别", "身份证", "单位"))),
        # a government service's 办结通知书 for registering one's hours: who applied is the
        # holder (申 请 人 张伟 / 证件号码 …)
        name_hit(labelled(ix, ["申请人"], stops=("性别", "身份证", "证件", "单位"))),
        # a 学分银行's 学习账户存折 (a passbook) names its holder as a bank's does: 户  名 张伟
        # (a cell of its own: a receipt's 收款户名 is the payee's)
        name_hit(labelled(ix, ["户名"], cell=True, stops=("身份证", "证件", "账号"))),
        first(h for h in search(
            ix, rf"(?:兹\s*证\s*明|学\s*员)\s*[:：]?\s*(?P<v>{NAME})\s*(?:同\s*志|[，,]|\s)")
            if is_name(h.value)),
        first(h for h in search(ix, rf"(?<![{CJK}])(?P<v>{NAME})\s*同\s*志") if is_name(h.value)),
        holder_in_prose(ix),
        holder_above_id(ix),  # an app's 学时查询 page: the name above the (masked) ID number
    ))


def year(ix: TextIndex, *, cell: bool = False) -> Hit | None:
    """The year written as ``2023年度`` / ``二〇二三年度`` or after a 年度 label.

    Shared with the annual assessment. With `cell`, a 年度 counts as a label only where it
    opens a cell (a line's start, after a space or separator): one written after a year
    (2020年度考核) or inside a sentence (根据年度考核工作安排) is a word of the text, and a date
    below it is no value of it. A year is never the last digits of a longer number (a phone
    number ending a line above the 年度考核 heading: 0772-2801918 / 年度…).
    """
    hit = leading(ix, labelled(ix, ["考核年度", "培训年度", "学时年度", "年度", "年份"],
                               accept=re.compile(r"(?:19|20)\d{2}\S*"), cell=cell),
                  r"(?:19|20)\d{2}")
    if hit:
        return hit
    for m in re.finditer(rf"(?:(?<![0-9])(?P<a>(?:19|20)\d\d)|(?P<c>[{CN_YEAR}]{{4}}))\s*年\s*度",
                         ix.text):
        if m["a"]:
            return Hit(m["a"], m.start(), m.end())
        digits = "".join(CN_DIGITS.get(c, "") for c in m["c"])
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return Hit(digits, m.start(), m.end())
    return None


#: When a course's certificate says its holder attended it: on its dates (于 its first day, to
#: its last: 于2023年10月4日至10月15日, 自…至…), perhaps where (在某某学院), then 参加 or 参训.
#: 参加工作 is taking up a job, no course.
_ATTENDED: Final = re.compile(
    r"(?:于|自|从)\s*(?P<when>[^，,。；;]{4,30}?)\s*(?:期\s*间\s*)?(?:在[^，,。；;]{1,24}?)?"
    r"参\s*(?:加|训)(?!\s*工\s*作)")


def _course_year(ix: TextIndex) -> Hit | None:
    """The year a course's certificate counts its hours for when it names no 年度: the year
    the holder attended, from the course's dates (:data:`_ATTENDED`). A course running from
    one year into the next (2023年12月25日至2024年1月5日) leaves it unread: which year its
    hours went to is not written."""
    for m in _ATTENDED.finditer(ix.text):
        found = [h for _, h in dates(ix, m.start("when"), m.end("when"))]
        if found and found[0].start == m.start("when"):
            years = {h.value[:4] for h in found}
            return found[0].with_value(years.pop()) if len(years) == 1 else None
    return None


_NUMBER: Final = re.compile(r"\d{1,4}(?:\.\d+)?")
_HOURS: Final = re.compile(r"(?P<v>\d{1,4}(?:\.\d+)?)\s*(?:个\s*)?学\s*时")
_TOTAL: Final = ("合计学时", "总学时", "累计学时", "完成学时", "学时合计", "学时总计", "合计",
                 "总计", "共计",
                 "累计", "学时")


#: Credits (学分), which a learned society's certificate counts in: not hours. It may give the
#: hours they come to (共计48学分，折合96学时), and the rate it converts at (1学分折合2学时),
#: whose figure is per credit, never a total.
_CREDITS: Final = re.compile(r"\s*(?:个\s*)?学\s*分")
_CREDITS_TO_HOURS: Final = (r"\d{1,4}(?:\.\d+)?\s*(?:个\s*)?学\s*分\s*[，,、]?\s*"
                            r"(?:折\s*合|折\s*算|相\s*当\s*于|合|计)\s*")
_RATE: Final = re.compile(r"(?:(?<![\d.])1\s*(?:个\s*)?学\s*分|每\s*(?:个\s*)?学\s*分)\s*"
                          r"(?:折\s*合|折\s*算|相\s*当\s*于|计|合|=|＝)\s*$")


def _hours(ix: TextIndex) -> Hit | None:
    """The total: the completed column of a table of required against completed hours, after
    a total's label, in a sentence of totals (共获得96学时), and only then after a bare 学时
    label (a course table's column holds each course's hours)."""
    hit = _completed_total(ix) or _completed_total(ix, _SUM_COLUMN, headed=True) or \
        _tile_total(ix)
    if hit is None:  # 公需科目30学时，专业科目66学时，共计96学时
        hit = first(search(ix, _TOTAL_IN_SENTENCE))
    if hit is None:
        hit = leading(ix, labelled(ix, _TOTAL[:-1], suffix=r"\s*[:：]?", accept=_NUMBER),
                      _NUMBER.pattern)
        if hit and _CREDITS.match(ix.text, hit.end):  # 共计48学分: credits, not hours
            hit = None
    if hit is None:  # 共计96学时; 共计48学分，折合96学时
        hit = first(search(ix, rf"(?:共|计|合计|累计|总计|完成)[^\d\n]{{0,12}}?"
                               rf"(?:{_CREDITS_TO_HOURS})?{_HOURS.pattern}"))
    if hit is None:  # 经考核合格，共获得 / 96学时
        hit = first(search(ix, _TOTAL_SET_APART))
    if hit is None:
        hit = leading(ix, labelled(ix, _TOTAL[-1:], suffix=r"\s*[:：]?", accept=_NUMBER),
                      _NUMBER.pattern)
    if hit is None:
        hit = first(h for h in search(ix, _HOURS)
                    if not _RATE.search(ix.text, max(0, h.start - 12), h.start))
    if hit is None:  # 累计七十二学时
        for m in re.finditer(r"(?P<v>[零〇一二三四五六七八九两十百]{1,6})\s*(?:个\s*)?学\s*时",
                             ix.text):
            count = cn_count(m["v"])
            if count:
                return Hit(str(count), m.start("v"), m.end("v"))
        return None
    return _count(hit)


#: A certificate's sentence of hours (兹证明…完成公需科目30学时、专业科目66学时，共计96学时):
#: the total's word followed at once by its figure and 学时 is the total, written in the
#: sentence itself; nothing printed around the sentence (a stub's serial number down the cut
#: edge, the No. above) is read in its place.
_TOTAL_IN_SENTENCE: Final = re.compile(
    r"(?:共\s*计|合\s*计|总\s*计|累\s*计)[ \t]*[:：]?[ \t]*"
    r"(?P<v>\d{1,4}(?:\.\d+)?)\s*(?:个\s*)?学\s*时")


#: A certificate's sentence of the total broken before its figure, which is set large on a
#: line of its own (…经考核合格，共获得 / 96学时 / 公需科目 30学时 专业科目 66学时): the
#: sentence's line ends with the total's verb, and the next line opens with the figure and
#: 学时. The category lines below it are parts of the total, never it.
_TOTAL_SET_APART: Final = re.compile(
    r"(?:共\s*(?:获\s*得|取\s*得|完\s*成|计|修)|合\s*计|累\s*计|总\s*计)\s*[:：]?[ \t]*\n[ \t]*"
    r"(?P<v>\d{1,4}(?:\.\d+)?)\s*(?:个\s*)?学\s*时")


#: A column of hours done, as against the hours required (应修/要求/规定学时) beside it.
_DONE_COLUMN: Final = re.compile(r"(?:实修|实际|实得|已修|已完成|完成|获得|取得)学时(?:数)?")
_TOTAL_ROW: Final = re.compile(r"\s*(?:合\s*计|总\s*计|累\s*计)")


#: A column of each row's sum in a table of hours by category (公需科目 专业科目 小计).
_SUM_COLUMN: Final = re.compile(
    r"小计|合计|总计|共计|(?:合计|总|累计)学时(?:数)?|学时(?:合计|总计)")


def _completed_total(ix: TextIndex, column: re.Pattern[str] = _DONE_COLUMN,
                     headed: bool = False) -> Hit | None:
    """The total row's figure under a completed-hours column (``应修学时 实修学时`` /
    ``合计 90 72``: 72): the figure beside it is what was required, not what was done.

    With `headed`, `column` is a table's column of row sums in a table of hours by category
    (ways of study down, 公需/专业 across, ``小计`` last): its total row (合计) crosses the
    column totals with the sum column, and the figure there is the year's hours; the first
    figure of the total row is one category's. The heading is a row of labels only (no
    figure: a total row is never a heading)."""
    for i, line in enumerate(ix.lines):
        cells = list(re.finditer(r"\S+", ix.text[line.start:line.end]))
        if headed and (len(cells) < 3 or any(re.search(r"\d", m[0]) for m in cells)):
            continue
        head = next((m for m in cells if column.fullmatch(m[0])), None)
        if headed and head is cells[0]:
            continue
        span = head and ix.x_span(line.start + head.start(), line.start + head.end())
        if not span:
            continue
        for row in ix.lines[i + 1:]:
            if row.page_no != line.page_no:
                break
            if not _TOTAL_ROW.match(ix.text, row.start):
                continue
            for m in re.finditer(_NUMBER, ix.text[row.start:row.end]):
                at = ix.x_span(row.start + m.start(), row.start + m.end())
                if at and span[0] <= (at[0] + at[1]) / 2 <= span[1]:
                    return Hit(m[0], row.start + m.start(), row.start + m.end())
            break
    return None


#: A total's heading (合计学时, 总学时, 学时合计): the year's hours, never one category's.
_TOTAL_HEADING: Final = re.compile(
    r"(?:合\s*计|总|累\s*计|完\s*成)\s*学\s*时(?:\s*数)?|学\s*时\s*(?:合\s*计|总\s*计)")


def _tile_total(ix: TextIndex) -> Hit | None:
    """A platform page's summary tiles (公需科目 | 专业科目 | 合计学时, each heading over its
    figure): the line below the headings holds a figure per tile, and the year's hours are
    the figure set under the total's heading, never the first figure of that line (the first
    tile's category). Only where the line below holds several figures and exactly one stands
    under the heading's cell."""
    for i, line in enumerate(ix.lines[:-1]):
        below = ix.lines[i + 1]
        if below.page_no != line.page_no:
            continue
        figures = list(_NUMBER.finditer(ix.text, below.start, below.end))
        if len(figures) < 2:
            continue
        for cell in re.finditer(r"\S+", ix.text[line.start:line.end]):
            if not _TOTAL_HEADING.search(cell[0]) or re.search(r"\d\s*学\s*时", cell[0]):
                continue
            span = ix.x_span(line.start + cell.start(), line.start + cell.end())
            under = [f for f in figures if span and (at := ix.x_span(f.start(), f.end()))
                     and min(at[1], span[1]) - max(at[0], span[0]) > 0]
            if len(under) == 1:
                return Hit(under[0][0], under[0].start(), under[0].end())
    return None


def _count(hit: Hit | None) -> Hit | None:
    """An hours figure as written, without a trailing .0."""
    if hit is None:
        return None
    value = float(hit.value)
    return hit.with_value(str(int(value)) if value == int(value) else str(value))
