"""Appointment roster (聘任花名册 / 岗位聘用花名册): the unit's table of appointed staff.

A table, one row per person, under a header naming the unit. Born-digital rosters come with
a text layer (one word per cell); scanned ones come as OCR boxes, which are rebuilt into a
table here: the header line is found by its column names, each header cell's horizontal
extent defines a column, every later line's words go to the column they overlap most, and a
line without a name, identity number or serial number continues the row above (a cell
broken over two lines). Typical columns (identifier rules §7.2)::

    单位名称（盖章）：柳州某某科技有限公司
    序号 | 姓名 | 性别 | 身份证号 | 出生年月 | 专业技术资格 | 资格取得时间 | 聘任职务 | 聘任时间
    1    | 张伟 | 男   | 4502…    | 1990.03  | 助理工程师   | 2018.12      | 助理工程师 | 2019.01

Columns it keys on: 姓名; 身份证号(码)/公民身份号码; 聘任职务/聘任岗位/现聘岗位 (else
职称/资格名称); 聘任时间/聘任日期/任职时间. Other columns only delimit their neighbours. A
handwritten ledger corrects an entry by striking it and writing the new one beside it,
initialled (2019.3 2018.3 王): the new date is read.

FIELDS (document): ``unit`` 单位名称.
Row fields (``Extraction.rows``): ``name``, ``id_number``, ``title``, ``appointed_on``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from extractors._fields import (
    CJK,
    DATE_RE,
    ORG_SUFFIX,
    TITLE_RE,
    Hit,
    Line,
    TextIndex,
    date_value,
    id_shape,
    index,
    is_name,
    issuer_mark,
    keyword_score,
    org_labelled,
    orgs,
    rating_years,
    spaced,
    squash,
    to_field,
)
from pipeline.dates import PartialDate
from pipeline.model import DocumentKind, Evidence, Extraction, Field, ReadDocument

KIND: Final = DocumentKind.APPOINTMENT_ROSTER
FIELDS: Final = ("unit",)
ROW_FIELDS: Final = ("name", "id_number", "title", "appointed_on")

_WEIGHTS: Final = {"花名册": 0.6, "聘任名册": 0.5, "名册": 0.2, "序号": 0.1, "姓名": 0.05,
                   "身份证号": 0.1, "聘任时间|聘任日期|任职时间": 0.2, "填表人|制表人|审核人": 0.1}

# (column key, header regex); earlier entries win when two headers claim the same words
_HEADERS: Final = (
    ("seq", "序号|编号"),
    ("name", "姓名"),
    ("id_number", "公民身份号码|身份证件号码|身份证号码|身份证号|身份证|证件号码"),
    # the unit each person belongs to, repeated on every row of a list exported from a system
    ("unit", "所属单位|工作单位|单位名称|所在单位|单位"),
    ("appointed_on", "|".join(f"{who}{span}{when}" for who in ("聘任", "聘用", "任职", "起聘")
                              for span in ("起止", "起始", "开始", "")
                              for when in ("时间", "日期", "年月"))
     + "|聘期起止|聘任期限|聘期起|聘期"),
    # a post's grade or category column (聘用岗位等级: 专技九级) is not the title
    ("other", "聘用岗位等级|聘任岗位等级|现聘岗位等级|岗位等级|聘用岗位类别|岗位类别"),
    ("title_post", "聘任职务|聘任职称|聘用职务|聘用职称|聘任岗位|现聘岗位名称|现聘岗位|现聘职务|"
                   "聘用岗位|岗位名称"),
    ("title_qual", "专业技术资格名称|专业技术职务名称|职称名称|资格名称|专业技术资格|"
                   "专业技术职务|职称|职务"),
    ("other", "性别|出生年月|出生日期|参加工作时间|学历|学位|毕业院校|专业|资格取得时间|取得时间|"
              "证书编号|岗位等级|岗位类别|聘期|考核结果|备注|民族|部门|科室"),
)
#: A list without a title column, grouped by title: a line heading the rows of one title
#: (一、高级工程师（2人）).
_GROUP: Final = re.compile(
    rf"\s*(?:[一二三四五六七八九十]+\s*[、.]|\(?[0-9]{{1,2}}\s*[).、])?\s*(?P<t>{TITLE_RE.pattern})"
    r"\s*(?:[(（]\s*(?:共\s*)?\d+\s*人\s*[)）])?\s*[:：]?\s*")
#: What ends a table: its compiler's and checker's lines, a total, notes, or the unit's seal
#: under the last row (单位（盖章） / 2024.5.11), whose date is no row's.
_FOOTER: Final = re.compile(
    r"填表人|制表人|审核人|负责人|填表日期|合\s*计|^\s*注\s*[:：]|说明[:：]"
    r"|[(（]\s*(?:盖\s*章|公\s*章|签\s*章)\s*[)）]"
)


#: A header cell naming an appointment (聘任职务, 聘用岗位, 任职时间): what makes a list a roster.
_APPOINTMENT_HEAD: Final = re.compile("|".join(p for key, p in _HEADERS
                                               if key in ("appointed_on", "title_post")))


@dataclass
class _Column:
    key: str
    x0: float
    x1: float
    left: float = 0.0
    right: float = 0.0


@dataclass
class _Cell:
    parts: list[tuple[int, int]] = field(default_factory=list)  # spans in ix.text


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like an appointment roster. A list that rates each year in a
    column of its own and has no appointment column (a 申报人员花名册 of 近三年年度考核结果)
    records ratings, not appointments: 花名册 and 名册 name any list of people, so they vote
    for none there."""
    ix = index(doc)
    weights = _WEIGHTS
    if (ratings := rating_years(ix)) and not _APPOINTMENT_HEAD.search(
            squash(ix.text[:ratings[0].end])):
        weights = {k: w for k, w in _WEIGHTS.items() if "名册" not in k}
    base = keyword_score(ix, weights)
    return min(1.0, base + (0.3 if any(_header(ix, ln) for ln in ix.lines[:40]) else 0.0))


def extract(doc: ReadDocument) -> Extraction:
    """Read the roster's unit and its rows."""
    ix = index(doc)
    rows: list[tuple[Field, ...]] = []
    units: list[_Cell | None] = []  # each row's cell of a unit column
    columns: list[_Column] | None = None
    current: dict[str, _Cell] | None = None
    page = None
    first_header: int | None = None
    done = False
    skip: Line | None = None
    group: tuple[int, int] | None = None  # the title heading the rows below it
    for i, line in enumerate(ix.lines):
        if line is skip:  # the lower row of a two-level header, read with the one above
            continue
        if line.page_no != page:
            page, done = line.page_no, False
        header = _header(ix, line)
        below = ix.lines[i + 1] if i + 1 < len(ix.lines) else None
        if header is None and below is not None and below.page_no == line.page_no \
                and ix.header_row(line.start) and ix.header_row(below.start):
            header = _header(ix, line, below)  # 现聘岗位 → 岗位等级 / 聘任职务 / 聘任时间
            skip = below if header else None
        if header:
            columns = _bounded(header)
            first_header = line.start if first_header is None else first_header
            _flush(ix, current, rows, units)
            current, group = None, None
            continue
        if columns is None or done:
            continue
        if _FOOTER.search(ix.text[line.start:line.end]):
            _flush(ix, current, rows, units)
            current, done = None, True
            continue
        titled = any(c.key == "title" for c in columns)  # else a title may head its rows
        if not titled and (grouped := _GROUP.fullmatch(ix.text, line.start, line.end)):
            _flush(ix, current, rows, units)
            current, group = None, (grouped.start("t"), grouped.end("t"))
            continue
        cells = _assign(ix, line, columns)
        if not cells:
            continue
        if group and "title" not in cells and any(k in cells for k in ("name", "id_number")):
            cells["title"] = _Cell(parts=[group])
        if current is None or any(k in cells for k in ("seq", "name", "id_number")):
            _flush(ix, current, rows, units)
            current = cells
        else:
            for key, cell in cells.items():
                current.setdefault(key, _Cell()).parts.extend(cell.parts)
    _flush(ix, current, rows, units)
    unit = _unit(ix, first_header) or _unit_column(ix, units)
    unit_field = to_field(ix, "unit", unit)
    return Extraction(doc.file, KIND, (unit_field,) if unit_field else (), tuple(rows))


#: A header cell's words glossed in brackets right after them (聘用岗位（专业技术职务）,
#: 聘任时间（年月）): the gloss says what the column holds in other words, one cell, never a
#: column of its own.
_GLOSS: Final = re.compile(r"[(（][^()（）\n]{1,16}[)）]")


def _header(ix: TextIndex, line: Line, lower: Line | None = None) -> list[_Column] | None:
    """The columns of a header line (with the `lower` row of a two-level header, whose cells
    split a cell of the line above), or None when the line is not a table header."""
    found: list[tuple[int, int, str]] = []  # spans in ix.text
    for row in (line, lower) if lower else (line,):
        text = ix.text[row.start:row.end]
        taken = [False] * len(text)
        for key, pattern in _HEADERS:
            alternatives = sorted(pattern.split("|"), key=len, reverse=True)
            rx = "|".join(spaced(a) for a in alternatives)
            for m in re.finditer(rx, text):
                if any(taken[m.start():m.end()]):
                    continue
                gloss = _GLOSS.match(text, m.end())
                end = gloss.end() if gloss and not any(taken[m.end():gloss.end()]) else m.end()
                taken[m.start():end] = [True] * (end - m.start())
                found.append((row.start + m.start(), row.start + end, key))
        for m in re.finditer(r"\S+", text):  # unnamed columns still delimit their neighbours
            if not any(taken[m.start():m.end()]):
                found.append((row.start + m.start(), row.start + m.end(), "other"))
    keys = {k for _, _, k in found}
    wanted = {"id_number", "appointed_on", "title_post", "title_qual"}
    if "name" not in keys or len(keys & wanted) < 2:
        return None
    columns = []
    for start, end, key in sorted(found):
        span = ix.x_span(start, end)
        if span:
            columns.append(_Column(key, span[0], span[1]))
    title_key = "title_post" if "title_post" in keys else "title_qual"
    for col in columns:
        if col.key == title_key:
            col.key = "title"
    return columns


def _bounded(columns: list[_Column]) -> list[_Column]:
    """Columns with left/right edges halfway between neighbouring header cells."""
    columns = sorted(columns, key=lambda c: c.x0)
    for i, col in enumerate(columns):
        col.left = (columns[i - 1].x1 + col.x0) / 2 if i else float("-inf")
        col.right = (col.x1 + columns[i + 1].x0) / 2 if i + 1 < len(columns) else float("inf")
    return columns


def _assign(ix: TextIndex, line: Line, columns: list[_Column]) -> dict[str, _Cell]:
    """Each word of a row line to its column: by position, or by order when counts agree.

    OCR engines sometimes return a whole table row as one box; when the row then has exactly
    one token per column, the order of the tokens is the order of the columns.
    """
    cells: dict[str, _Cell] = {}
    tokens = list(re.finditer(r"\S+", ix.text[line.start:line.end]))
    if _one_box(ix, line) and len(tokens) == len(columns):
        for m, col in zip(tokens, columns, strict=True):
            span = (line.start + m.start(), line.start + m.end())
            cells.setdefault(col.key, _Cell()).parts.append(span)
        return cells
    if _one_box(ix, line):  # an empty cell: place each token by what it is, not where
        keys = {c.key for c in columns}
        for m in tokens:
            key = _shape_of(m.group(0))
            if key in keys and key not in cells:
                cells[key] = _Cell(parts=[(line.start + m.start(), line.start + m.end())])
        return cells
    for m in tokens:
        start, end = line.start + m.start(), line.start + m.end()
        extent = ix.x_span(start, end)
        if extent is None:
            continue
        x0, x1 = extent
        centre = (x0 + x1) / 2

        def fit(col: _Column, x0: float = x0, x1: float = x1,
                centre: float = centre) -> tuple[float, float]:
            overlap = min(x1, col.right) - max(x0, col.left)
            return overlap, -abs(centre - (col.x0 + col.x1) / 2)

        best = max(columns, key=fit)
        cells.setdefault(best.key, _Cell()).parts.append((start, end))
    return cells


def _shape_of(token: str) -> str | None:
    """The row field a token of a table row can only be, by its shape (None: ambiguous)."""
    if id_shape(token):
        return "id_number"
    if DATE_RE.match(token):
        return "appointed_on"
    if TITLE_RE.search(token):
        return "title"
    if is_name(token):
        return "name"
    return None


def _one_box(ix: TextIndex, line: Line) -> bool:
    """True when the line's text was read as a single box (positions inside are guesses)."""
    return ix.word_count(line.start, line.end) == 1


def _flush(ix: TextIndex, cells: dict[str, _Cell] | None, rows: list[tuple[Field, ...]],
           units: list[_Cell | None]) -> None:
    if not cells:
        return
    row = tuple(f for key in ROW_FIELDS if (f := _cell_field(ix, key, cells.get(key))) is not None)
    if any(f.name in ("name", "id_number") for f in row):
        rows.append(row)
        units.append(cells.get("unit"))


def _unit_column(ix: TextIndex, units: list[_Cell | None]) -> Hit | None:
    """The unit of a roster without a title or a unit label: the organisation every row
    names in its 单位/所属单位 column (a list exported from a unit's HR system repeats its
    unit on each row). Rows naming different units, or any row naming none, leave it unread:
    a list across units has no one unit."""
    hits = []
    for cell in units:
        found = [h for s, e in (cell.parts if cell else []) for h in orgs(ix, s, e)]
        if len(found) != 1:
            return None
        hits.append(found[0])
    if not hits or len({h.value for h in hits}) != 1:
        return None
    return hits[0]


def _cell_field(ix: TextIndex, key: str, cell: _Cell | None) -> Field | None:
    if cell is None or not cell.parts:
        return None
    raw = squash("".join(ix.text[s:e] for s, e in cell.parts))
    value: str | None = raw
    if key == "name":
        value = raw if re.fullmatch(f"[{CJK}·]{{2,12}}", raw) else None
    elif key == "title":  # 一级教师（中级） -> 一级教师
        titles = set(TITLE_RE.findall(raw))
        value = titles.pop() if len(titles) == 1 else raw
    elif key == "id_number":
        value = id_shape(raw) or (raw.upper() if re.fullmatch(r"[0-9Xx]{15,18}", raw) else None)
    elif key == "appointed_on":
        parsed = _appointed(ix, cell)
        # to the month, as rosters mostly write it (a system's 2016-04-01 is its first day)
        value = str(parsed)[:7] if parsed else None
    if not value:
        return None
    evidences = [ev for s, e in cell.parts if (ev := ix.evidence(s, e)) is not None]
    if not evidences:
        return None
    first = evidences[0]
    box = first.bbox
    for ev in evidences[1:]:
        if ev.page_no == first.page_no and box is not None and ev.bbox is not None:
            box = box.union(ev.bbox)
    confidence = min((ev.confidence for ev in evidences if ev.confidence is not None), default=None)
    text = " ".join(ev.text for ev in evidences)
    evidence = Evidence(first.file, first.page_no, box, text, first.source, confidence)
    return Field(key, value, evidence)


#: A corrector's initial (or small seal) beside a corrected entry: one character standing alone
#: (a cell's value is a word: a name has two or more).
_INITIAL: Final = re.compile(rf"[ ]+[{CJK}](?=[ ]|\n|$)")


def _appointed(ix: TextIndex, cell: _Cell) -> PartialDate | None:
    """The appointment date in a cell: a corrected entry's new date; else a term's start
    (2013.07-2016.06 starts with its appointment); else the first date of one of its lines."""
    # two dates side by side on a line, no 至 or dash making them a term, the second initialled
    # (2019.3 2018.3 王): a handwritten correction (划线更正), the struck date left in place,
    # the right one written after it and signed by whoever corrected it
    found = [m for s, e in cell.parts for m in DATE_RE.finditer(ix.text, s, e)]
    if len(found) == 2 and re.fullmatch("[ ]+", ix.text[found[0].end():found[1].start()]) \
            and _INITIAL.match(ix.text, found[1].end()):
        return date_value(found[1].group(0))
    joined = DATE_RE.search(squash("".join(ix.text[s:e] for s, e in cell.parts)))
    if joined and (parsed := date_value(joined.group(0))):
        return parsed
    for s, e in cell.parts:  # lines of other things run together with it
        if m := DATE_RE.search(ix.text, s, e):
            return date_value(m.group(0))
    return None


def _unit(ix: TextIndex, header_at: int | None) -> Hit | None:
    hit = org_labelled(ix, ["单位名称", "填报单位", "申报单位", "聘任单位", "单位"],
                       stops=("主管部门", "填表日期", "统一社会信用代码", "填表人"))
    if hit and not re.fullmatch(r"[(（]?(?:公章|盖章)[)）]?", hit.value):
        return hit
    head = len(ix.text) if header_at is None else header_at
    if (mark := issuer_mark(ix)) and _OWN_REPORT.search(ix.text, 0, head):
        return mark
    # not the body a report is addressed to (柳州市教育局：): the unit sends the list to it
    found = [h for h in orgs(ix, 0, header_at) if not _ADDRESSED.match(ix.text, h.end)]
    return found[0] if found else _titled_unit(ix, header_at)


#: A roster the unit sends up in an official document of its own, a request or report
#: (关于…岗位聘用情况核准备案的请示 / …的报告) under its issuer's mark (某某医院文件): the
#: issuer is the unit whose staff are listed. A reply or notice from above (…的批复, …的通知)
#: is issued by the body the unit reports to, and is not read this way.
_OWN_REPORT: Final = re.compile(
    r"关\s*于[^\n]{2,60}?(?:\n[^\n]{0,40}?)?的\s*(?:请\s*示|报\s*告)[ ]*(?:\n|$)")
#: An organisation standing alone before a colon at a line's end: the addressee (主送机关).
_ADDRESSED: Final = re.compile(r"[ ]*[:：][ ]*(?:\n|$)")


#: A roster's title names its unit and then what the list is (某某县人民医院2019年度专业技术
#: 职务聘任人员名单): the unit's name runs up to its organisation word, where the words saying
#: whose list it is begin (a year, 专业技术…, 职称…, 聘任…, 人员…).
_TITLE_UNIT: Final = re.compile(
    rf"(?m)^[ \t]*(?P<v>[{CJK}](?:[ ]?[{CJK}()（）]){{2,40}}?(?:{ORG_SUFFIX}))[ ]*"
    r"(?:(?:19|20)[0-9]{2}[ ]*年度?[ ]*)?"
    r"(?:专业技术|专技|职称|聘任|聘用|岗位|人员|职工|在职|在编)"
    rf"[{CJK}（）() ]{{0,24}}(?:名单|花名册|名册|一览表|汇总表)[ \t]*$")


def _titled_unit(ix: TextIndex, header_at: int | None) -> Hit | None:
    """The unit named at the head of the roster's title (:data:`_TITLE_UNIT`), above its
    header; a title that names no unit that way leaves it unread."""
    m = _TITLE_UNIT.search(ix.text, 0, len(ix.text) if header_at is None else header_at)
    if m is None:
        return None
    value = squash(m["v"])
    return Hit(value, m.start("v"), m.end("v")) if len(value) >= 4 else None

