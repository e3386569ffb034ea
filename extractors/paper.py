"""Journal paper (论文): the pages of a published article, with the journal's header.

What a reviewer compares is on the first page: the running header with the journal's name,
year and issue, ISSN and CN serial numbers, then the title (largest type), the authors
(with affiliation markers), the affiliations, and 摘要/关键词::

    建筑技术 2022年第3期  ISSN 1000-4726  CN 11-2115/TU
    软土地基处理技术研究
    张伟1，李强2
    （1. 重庆大学 土木工程学院，重庆 400044；2. ……）
    摘要：……

Year and issue also appear as ``第53卷 第3期``, ``Vol.53 No.3``, ``2022, 53(3)``,
``2022年03期``. A title broken over two lines is joined.

An upload may instead be a document about the paper: a journal's acceptance letter (录用通知:
the authors addressed in its salutation, ``张伟、李强：``, the title in 《》 after 您的论文,
拟于2024年第3期刊出) or a library's retrieval certificate (收录检索证明) quoting the paper as a
database record (``【题名】…``, ``【作者】张伟;李强``, ``【刊名】…``). Such a document's heading is
never the title, and its other names (检索人, signatories) never the authors: there the fields
are read from the salutation, quotes and labels only.

FIELDS:

* ``title``; ``journal`` (without 《》); ``year`` (``YYYY``); ``issue`` (``3``, no leading 0);
* ``issn`` ``NNNN-NNNC``; ``cn`` ``NN-NNNN/XX``;
* ``authors`` names in printed order joined with ``|`` (markers and digits removed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from extractors._fields import (
    BARE_PAGE,
    CJK,
    CN_DIGITS,
    CONTENTS_ENTRY,
    CONTENTS_HEADING,
    ISSN_BARE,
    ISSN_RE,
    Hit,
    Line,
    TextIndex,
    any_label,
    cn_serial,
    fields,
    first,
    grid_value,
    index,
    is_name,
    keyword_score,
    label_cell,
    labelled,
    search,
    spaced,
    squash,
    table_rows,
    watermarks,
)
from pipeline.journals import ISSN_WORD_LABEL
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.PAPER
FIELDS: Final = ("title", "journal", "year", "issue", "issn", "cn", "authors")

_WEIGHTS: Final = {"ISSN": 0.4, r"CN\d{2}-\d{4}": 0.4, "摘要": 0.3, "关键词": 0.2,
                   "中图分类号": 0.3, "文献标识码": 0.3, "参考文献": 0.2, "Abstract": 0.1,
                   r"第\d+期": 0.1, "文章编号": 0.2}
_META: Final = re.compile(
    r"ISSN|CN\s*\d|第\s*\d+\s*[期卷]|\d\s*年\s*第|Vol\.?\s*\d|No\.\s*\d|文章编号|中图分类号|文献标识码|"
    r"DOI|doi|收稿日期|基金项目|作者简介|https?:|www\.|^\s*\d+\s*$|(?:19|20)\d\d\s*[,，]\s*\d+\s*\(",
)
_ABSTRACT: Final = re.compile(r"^\s*[\[【]?\s*(?:摘\s*要|提\s*要|Abstract|ABSTRACT)")
_AFFILIATION: Final = re.compile(r"^\s*[(（]|\d{6}|大学.*[,，].*\d|单位[:：]")
_MARKERS: Final = re.compile(r"[\d*#†‡∗①②③④⑤⑥⑦⑧⑨,，]+$")


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like a journal paper."""
    return keyword_score(index(doc), _WEIGHTS)


def extract(doc: ReadDocument) -> Extraction:
    """Read a paper's header, title and authors."""
    ix = index(doc)
    tagged = _tagged_record(ix)
    if tagged is not None:  # a database's export of the record, printed: read its tags only
        return Extraction(doc.file, KIND, fields(ix, tagged))
    region = _front(ix)
    entries = _contents(ix)
    if entries:  # an issue's contents page: the paper is one entry, picked by own_row
        return _contents_extraction(doc, ix, region, entries)
    if _abstract_line(ix) is None and _JOURNAL_PAGE.search(ix.text):
        return _journal_page(doc, ix, region)
    if _abstract_line(ix) is None and any(
            _INDEX_HEADING.fullmatch(squash(_text(ix, ln))) for ln in region):
        return _unread_index(doc, ix, region)
    about = _about_paper(ix, region)
    if about:  # a letter or certificate: its whole first page (no article head to stop at)
        region = [ln for ln in ix.lines if ln.page_no == ix.lines[0].page_no]
    year, issue = _year_issue(ix, region, about)
    title, after = _title(ix, region, about)
    journal = _journal(ix, region, title, about)
    source = _source_line(ix) if None in (journal, year, issue) else None
    if source is not None:  # a database page's 出处 line, below the abstract
        journal = journal or source[0]
        if year is None and issue is None:
            year, issue = source[1], source[2]
    cited = _cited_record(ix, title) if None in (journal, year, issue) else None
    if cited is not None:  # a citation dialog's reference of the paper ([J].刊名,年,卷(期))
        journal = journal or cited[0]
        if year is None and issue is None:
            year, issue = cited[1], cited[2]
    found = {
        "title": title,
        "journal": journal,
        "year": year,
        "issue": issue,
        "issn": _own_serial(ix, region, journal_issn),
        "cn": _own_serial(ix, region, cn_serial) or _listed_cn(ix),
        "authors": _authors(ix, region, after, about, journal),
    }
    return Extraction(doc.file, KIND, fields(ix, found))


#: The same heading naming the issue it lists (a journal's post or page announcing an issue):
#: ``《电力建设》2021年第3期目录``, ``2019年第6期目次``. It names the issue, never an article.
_ISSUE_CONTENTS_HEADING: Final = re.compile(
    r"(?:《[^《》]{1,30}》|[^《》\d]{1,20}?)?(?:(?:19|20)\d\d年)?(?:第\d{1,2}期)?"
    r"(?:本期)?(?:目次|目录|CONTENTS)", re.IGNORECASE)
#: The heading of a volume's year index (年度总目次, 总目录), printed in the year's last issue:
#: ``《建筑技术》2021年总目次``, ``2021年总目录``, ``总目次``. It names the index, never an article.
_INDEX_HEADING: Final = re.compile(
    r"(?:《[^《》]{1,30}》)?[^《》]{0,20}?(?:(?:19|20)\d\d\s*年\s*(?:度\s*)?)?"
    r"总\s*目\s*[次录]|(?:19|20)\d\d\s*年\s*度\s*目\s*[次录]")
#: The key a year index prints to its locators (篇名后数字为期号-页码, 期-页): each entry is
#: located by the issue it appeared in and its page there.
_ISSUE_PAGE_KEY: Final = re.compile(r"期\s*号?\s*[-—–－/、]\s*页|期\s*号?\s*和\s*页")
#: A column's heading (栏目) set before its entries, on their line or its own: 【研究与探讨】.
_COLUMN: Final = re.compile(r"^\s*[【\[〖]\s*[^】\]〗]{1,16}\s*[】\]〗]\s*")


def _contents(ix: TextIndex) -> list[tuple[Hit, Hit | None, Hit | None]] | None:
    """The entries of an issue's contents page (目次/目录) uploaded as the paper's proof, as
    (title, authors): an entry is a title with a dotted leader to its page number, its
    authors on the line below (or after the title on its line); a title too long for one line
    wraps onto the entry's line. None unless the upload is such a page: no abstract (an
    article's pages are read as an article), the contents heading and at least three
    entries, or five entries without the heading."""
    if not ix.lines or _abstract_line(ix) is not None:
        return None
    texts = [_text(ix, line) for line in ix.lines]
    headed = any(CONTENTS_HEADING.fullmatch(squash(t)) or _INDEX_HEADING.fullmatch(squash(t))
                 or _ISSUE_CONTENTS_HEADING.fullmatch(squash(t)) for t in texts)
    by_issue = _year_index(texts)
    found = [i for i, t in enumerate(texts) if CONTENTS_ENTRY.match(t)]
    if len(found) < 3 and headed and not by_issue:
        paired = _paired_entries(ix, texts)
        if len(paired) >= 3:
            return paired
    if len(found) < (3 if headed else 5):
        return None
    entries: list[tuple[Hit, Hit | None, Hit | None]] = []
    used: set[int] = set()
    for i in found:
        line, m = ix.lines[i], CONTENTS_ENTRY.match(texts[i])
        assert m is not None
        start = line.start + m.start("t")
        column = _COLUMN.match(texts[i], m.start("t"))
        if column:
            start = line.start + column.end()
        title_text = ix.text[start:line.start + m.end("t")]
        authors: Hit | None = None
        inline = _inline_authors(title_text)
        if inline:
            title_text, names = inline
            authors = Hit("|".join(names), start + len(title_text), line.start + m.end("t"))
        title_start, lines = start, [title_text]
        prev = i - 1
        if prev >= 0 and prev not in used and prev not in found and _wrapped_title(texts[prev]):
            lines.insert(0, _COLUMN.sub("", texts[prev]))
            title_start = ix.lines[prev].start
        nxt = i + 1
        if authors is None and nxt < len(texts) and nxt not in found:
            names = author_names(texts[nxt])
            if names:
                authors = Hit("|".join(names), ix.lines[nxt].start, ix.lines[nxt].end)
                used.add(nxt)
        title = Hit(_join(lines), title_start, start + len(title_text))
        issue = None
        if by_issue and m["i"] and 1 <= int(m["i"]) <= _MAX_ISSUE:
            issue = Hit(str(int(m["i"])), line.start + m.start("i"), line.start + m.end("i"))
        entries.append((title, authors, issue))
    return entries


def _paired_entries(ix: TextIndex, texts: list[str]) -> list[tuple[Hit, Hit | None, Hit | None]]:
    """The entries of a headed contents list set without leaders (an issue's contents posted
    on a journal's account or site): each entry is its title on a line of its own (its page
    number, if any, after a space) with its authors on the line below. An entry is read only
    in that shape, a title line directly above a line of names: a line that is not (the
    account's byline, a column heading, the post's own sentences) belongs to no entry. A
    title wrapped onto two lines is joined where its first part opens the entry (after the
    heading, a column heading or the previous entry's authors)."""
    entries: list[tuple[Hit, Hit | None, Hit | None]] = []
    used: set[int] = set()
    for i in range(len(texts) - 1):
        if i in used or not _wrapped_title(texts[i]):
            continue
        names = author_names(texts[i + 1])
        if not names:
            continue
        line, nxt = ix.lines[i], ix.lines[i + 1]
        start = line.start + (m.end() if (m := _COLUMN.match(texts[i])) else 0)
        page = BARE_PAGE.search(texts[i])
        end = line.start + page.start() if page else line.end
        title_start, parts = start, [ix.text[start:end]]
        prev = i - 1
        if prev >= 0 and prev not in used and _wrapped_title(texts[prev]) and (
                prev == 0 or prev - 1 in used or _opens_entries(texts[prev - 1])):
            parts.insert(0, _COLUMN.sub("", texts[prev]))
            title_start = ix.lines[prev].start
        used.update((i, i + 1))
        entries.append((Hit(_join(parts), title_start, end),
                        Hit("|".join(names), nxt.start, nxt.end), None))
    return entries


def _opens_entries(text: str) -> bool:
    """Whether a line is one after which an entry begins: a contents heading or a column's."""
    sq = squash(text)
    return bool(CONTENTS_HEADING.fullmatch(sq) or _ISSUE_CONTENTS_HEADING.fullmatch(sq)
                or (_COLUMN.match(text) and not _COLUMN.sub("", text).strip()))


#: The most issues a journal prints in a year (semi-monthly 24, a few thrice-monthly 36).
_MAX_ISSUE: Final = 36


def _year_index(texts: list[str]) -> bool:
    """Whether the contents page is a volume's year index (年度总目次, printed in the year's
    last issue): its heading says so, or its key explains the locators as issue and page.
    There each entry's ``3-45`` is the issue the article appeared in and its page, and the
    running head's issue (第12期) is only the issue carrying the index."""
    return any(_INDEX_HEADING.fullmatch(squash(t)) or _ISSUE_PAGE_KEY.search(t) for t in texts)


def _inline_authors(text: str) -> tuple[str, list[str]] | None:
    """An entry's title and the authors set after it on its line (``题目  张伟，李强``): the
    shortest tail after a space that reads as names, the title before it still a title."""
    text = text.strip()
    for gap in re.finditer(r"\s+", text):
        head, tail = text[:gap.start()], text[gap.end():]
        names = author_names(tail)
        if names and len(re.findall(f"[{CJK}A-Za-z]", head)) >= 4 and author_names(head) is None:
            return head, names
    return None


def _wrapped_title(text: str) -> bool:
    """Whether a line without a leader is the first part of the next entry's title: text,
    not the page head's numbers, a column's heading alone or an author line."""
    rest = _COLUMN.sub("", text)
    return (len(re.findall(f"[{CJK}A-Za-z]", rest)) >= 4 and not _META.search(rest)
            and not CONTENTS_HEADING.fullmatch(squash(rest)) and author_names(rest) is None)


def _contents_extraction(doc: ReadDocument, ix: TextIndex, region: list[Line],
                         entries: list[tuple[Hit, Hit | None, Hit | None]]) -> Extraction:
    """A contents page read: the issue's fields from its head (the journal's name, volume,
    issue, ISSN and CN above the entries), one row per entry with its title and authors.
    A year index locates each entry by its own issue: there the row carries the issue and
    the head's (the issue printing the index) is not the paper's."""
    first_entry = entries[0][0].start
    head = [ln for ln in region if ln.end <= first_entry]
    head = [ln for ln in head if not CONTENTS_HEADING.fullmatch(squash(_text(ix, ln)))
            and not _INDEX_HEADING.fullmatch(squash(_text(ix, ln)))]
    year, issue = _year_issue(ix, head or region)
    if any(own is not None for _, _, own in entries) or _year_index(
            [_text(ix, ln) for ln in ix.lines]):
        issue = None
    found = {
        "journal": _journal(ix, head) if head else None,
        "year": year,
        "issue": issue,
        "issn": _own_serial(ix, head, journal_issn),
        "cn": _own_serial(ix, head, cn_serial),
    }
    rows = tuple(fields(ix, {"title": title, "authors": authors}
                        | ({"issue": own} if own is not None else {}))
                 for title, authors, own in entries)
    return Extraction(doc.file, KIND, fields(ix, found), rows)


#: A database's page of a journal (CNKI's 出版来源导航, a journal's 刊期浏览 of its issues): it
#: is about the journal and one issue's contents, never one article's page.
_JOURNAL_PAGE: Final = re.compile(r"刊\s*期\s*浏\s*览|出\s*版\s*来\s*源\s*导\s*航")
#: An article's row in a database's table of an issue's contents: its authors (parted by ；,
#: as the database lists them) and its pages, ``张伟；李强   23-27``.
_ROW_TAIL: Final = re.compile(r"^\s*(?P<n>\S.*?)\s+(?P<p>\d{1,4}\s*[-–—]\s*\d{1,4})\s*$")


def _journal_page(doc: ReadDocument, ix: TextIndex, region: list[Line]) -> Extraction:
    """A journal's page on a database, showing one issue's contents (刊期浏览): the
    journal's own fields from its details (the name set as the page's largest heading, the
    issue shown, ISSN, CN), and one row per article of the issue, read as a table row: its
    title, its authors and its pages side by side on one row. Which article is the
    applicant's the page does not say: own_row picks the row of the declared title (else the
    one the applicant wrote); no title or authors are read of the page itself."""
    year, issue = _year_issue(ix, region)
    found = {"journal": _largest_name(ix), "year": year, "issue": issue,
             "issn": _own_serial(ix, region, journal_issn),
             "cn": _own_serial(ix, region, cn_serial)}
    rows = tuple(fields(ix, {"title": title, "authors": authors})
                 for title, authors in _table_rows(ix))
    return Extraction(doc.file, KIND, fields(ix, found), rows if len(rows) >= 3 else ())


def _largest_name(ix: TextIndex) -> Hit | None:
    """The name line printed largest on the page (a journal's page heads its details with
    the journal's name in its largest type), when that size holds one name alone."""
    names = [ln for ln in ix.lines if _NAME_LINE.fullmatch(squash(_text(ix, ln)))
             and not _is_form_label(_text(ix, ln)) and not _JOURNAL_PAGE.search(_text(ix, ln))]
    if not names:
        return None
    top = max(ix.char_height(ln.start) for ln in names)
    largest = {squash(_text(ix, ln)): ln for ln in names if ix.char_height(ln.start) >= 0.95 * top}
    if len(largest) != 1:
        return None
    (name, line), = largest.items()
    return Hit(name, line.start, line.end)


def _table_rows(ix: TextIndex) -> list[tuple[Hit, Hit]]:
    """The (title, authors) of each row of a table of articles: a title and, on the same row
    to its right, the authors and the pages (read as lines of their own where the columns
    are set in different sizes). A row whose title or authors do not read as such is left."""
    out: list[tuple[Hit, Hit]] = []
    for tail in ix.lines:
        m = _ROW_TAIL.match(_text(ix, tail))
        inline = _inline_authors(m["n"]) if m else None
        if m and inline and _wrapped_title(inline[0]):  # the row read as one line
            title_text, names = inline
            at = tail.start + m.start("n")
            out.append((Hit(squash(title_text), at, at + len(title_text)),
                        Hit("|".join(names), at + len(title_text), tail.start + m.end("n"))))
            continue
        names = author_names(m["n"]) if m else None
        span = ix.x_span(tail.start, tail.end)
        if not m or not names or span is None:
            continue
        beside = [ln for ln in ix.lines if ln is not tail and ln.page_no == tail.page_no
                  and min(ln.bottom, tail.bottom) - max(ln.top, tail.top)
                  > 0.5 * min(ln.bottom - ln.top, tail.bottom - tail.top)
                  and (sp := ix.x_span(ln.start, ln.end)) is not None and sp[1] < span[0]
                  and _wrapped_title(_text(ix, ln))]
        if len(beside) != 1:
            continue
        title = beside[0]
        out.append((Hit(squash(_text(ix, title)), title.start, title.end),
                    Hit("|".join(names), tail.start + m.start("n"), tail.start + m.end("n"))))
    return out


def _unread_index(doc: ReadDocument, ix: TextIndex, region: list[Line]) -> Extraction:
    """A year index (年度总目次) whose entries could not be told apart (leaders or locators
    lost in a poor scan): it lists many articles, so which is the applicant's, its authors and
    issue are not read (the running head's issue is the index's, its heading no title); only
    the journal's own: name, the volume's year, ISSN and CN."""
    head = [ln for ln in region if not _INDEX_HEADING.fullmatch(squash(_text(ix, ln)))]
    year, _issue = _year_issue(ix, head or region)
    found = {"journal": _journal(ix, head) if head else None, "year": year,
             "issn": _own_serial(ix, head, journal_issn),
             "cn": _own_serial(ix, head, cn_serial)}
    return Extraction(doc.file, KIND, fields(ix, found))


def _own_serial(ix: TextIndex, region: list[Line],
                read: Callable[[TextIndex, int, int | None], Hit | None]) -> Hit | None:
    """The journal's ISSN or CN as its running head prints it on the article's first page;
    only without one there, the first elsewhere: a cover sheet (a platform's 网络首发 notice)
    may quote another serial's numbers, the platform's own."""
    own = read(ix, region[0].start, region[-1].end) if region else None
    return own or read(ix, 0, None)


#: A CN serial's own shape: the province's code (11 Beijing … 65 Xinjiang), a hyphen, four
#: digits, a slash and the classification's letters (42-1103/F, 11-2115/TU).
_BARE_CN: Final = re.compile(
    r"(?<![\d/-])(?P<a>1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])-(?P<b>\d{4})\s*/\s*"
    r"(?P<c>[A-Z]{1,2}\d?)(?![A-Za-z\d/-])")
#: Where a page names the CN serial: its label, or a column headed by it.
_CN_NAMED: Final = re.compile(r"\bCN\b|国\s*内\s*统\s*一\s*(?:连\s*续\s*出\s*版\s*物|刊)\s*号")


def _listed_cn(ix: TextIndex) -> Hit | None:
    """The CN serial a register lists apart from its label: a query of the press authority's
    journal register (期刊查询) shows it in a result table's column headed 国内统一连续出版物号,
    under the heading, not after it. Read only where the page names the CN at all, in the
    number's own shape (province code, four digits, classification), the only such number."""
    if not _CN_NAMED.search(ix.text):
        return None
    found = {(m["a"], m["b"], m["c"]): m for m in _BARE_CN.finditer(ix.text)}
    if len(found) != 1:  # several journals' numbers: which one is the paper's is not read
        return None
    m = next(iter(found.values()))
    return Hit(f"{m['a']}-{m['b']}/{m['c']}", m.start(), m.end())


def _front(ix: TextIndex) -> list[Line]:
    """The article's first page's lines before 摘要: the first page with an abstract (an upload
    may open with the issue's cover and contents, a spread with the end of the article
    before), else the first page; at most :data:`_FRONT_LINES` of them, except above an
    abstract, where the page's first :data:`_FRONT_LINES` lines and as many right above the
    abstract are kept (a title set large at the top beside a side column; an article
    starting down the page, under the end of the one before)."""
    if not ix.lines:
        return []
    abstract = _abstract_line(ix)
    if abstract is None:
        begin = 0
    else:  # back to the start of the abstract's page (or facing page of a spread)
        begin = abstract
        while begin > 0 and not _page_break(ix, ix.lines[begin - 1], ix.lines[begin]):
            begin -= 1
    out = []
    marks = watermarks(ix)
    for prev, line in zip([None, *ix.lines[begin:]], ix.lines[begin:]):
        if (prev is not None and _page_break(ix, prev, line)) or \
                (_ABSTRACT.search(ix.text[line.start:line.end]) and not _pane_entry(ix, line)):
            break
        if line.start not in marks:
            out.append(line)
    if abstract is not None:
        edge = ix.x_span(ix.lines[abstract].start, ix.lines[abstract].end)
        out = _within_page(ix, out, edge[0]) if edge else out
        # an article starting down a page, under the end of the one before (a journal
        # printing short articles run on in columns), has its head right above its abstract
        return out[:_FRONT_LINES] + out[max(_FRONT_LINES, len(out) - _FRONT_LINES):]
    return out[:_FRONT_LINES]


#: How many lines of a first page's top, and of those right above its abstract, the
#: article's head is looked for in.
_FRONT_LINES: Final = 14


def _abstract_line(ix: TextIndex) -> int | None:
    return next((i for i, ln in enumerate(ix.lines)
                 if _ABSTRACT.search(ix.text[ln.start:ln.end]) and not _pane_entry(ix, ln)),
                None)


#: How far (in character heights) a column beside the page stands from it.
_PANE_GAP: Final = 8.0


def _pane_entry(ix: TextIndex, line: Line) -> bool:
    """Whether the line's 摘要 is an entry of a reader's outline pane (目录/书签) beside the
    page in a screenshot, not the abstract: the bare word, the page's text far off to its
    right on the same line."""
    cell = ix.cell_end(line.start, line.end)
    if cell == line.end or not _ABSTRACT.fullmatch(ix.text[line.start:cell].strip()):
        return False
    label, rest = ix.x_span(line.start, cell), ix.x_span(cell, line.end)
    height = ix.char_height(line.start) or 1.0
    return bool(label and rest) and rest[0] - label[1] > _PANE_GAP * height


def _pane_beside(ix: TextIndex, line: Line, left: float) -> bool:
    """Whether the line opens with a column of its own left of the page (edge `left`): a
    cell that ends off the page, then a wide gap, then the page's text."""
    cell = ix.cell_end(line.start, line.end)
    first_cell, rest = ix.x_span(line.start, cell), ix.x_span(cell, line.end)
    gap = _PANE_GAP * (ix.char_height(line.start) or 1.0)
    return bool(first_cell and rest) and first_cell[1] < left - gap <= rest[0] and \
        rest[0] - first_cell[1] > gap


def _within_page(ix: TextIndex, lines: list[Line], left: float) -> list[Line]:
    """The lines without what lies left of the page, far off its left edge (`left`, where the
    abstract starts), once a column beside the page shows the upload is a reader's screenshot:
    its window title, menus and outline pane are the viewer's, not the paper's.

    What lies beside the page is dropped cell by cell (runs of words parted by wide gaps): a
    cell that starts off the page and ends before the page's edge is the column's beside it
    (an outline's entry, the facing page of a two-page spread, whose lines end in the
    gutter), however near the edge its last words come; only a box running from beside the
    page into it is cut inside, character by character."""
    if not any(_pane_beside(ix, line, left) for line in lines):
        return lines
    out = []
    for line in lines:
        height = ix.char_height(line.start) or 1.0
        edge = left - _PANE_GAP * height
        start, pos = None, line.start
        while pos < line.end and start is None:
            while pos < line.end and ix.text[pos] == " ":
                pos += 1
            end = ix.cell_end(pos, line.end)
            span = ix.x_span(pos, end)
            if span and span[0] >= edge:
                start = pos
            elif span and span[1] > left:
                start = next((at for at in range(pos, end)
                              if (char := ix.x_span(at, at + 1)) and char[1] >= edge), None)
            pos = max(end, pos + 1)
        if start is not None:
            out.append(Line(line.page_no, start, line.end, line.top, line.bottom))
    return out


#: The heading of a letter or certificate (录用通知, 用稿通知书, 论文收录检索证明, 检索报告).
_DOC_HEADING: Final = re.compile(rf"[{CJK}]{{0,8}}(?:通知书?|证明书?|报告|函)")
#: The heading of a form filled in about the paper (论文登记表, 科研成果认定表, 论文发表情况
#: 审核表, 业绩成果一览表): it names the form, never the paper.
_FORM_HEADING: Final = re.compile(
    rf"[{CJK}()（）、]{{0,30}}(?:登记|认定|审核|审批|申报|鉴定|推荐|汇总|一览|情况|统计|信息|审查)表")


#: A letter or message speaking to the author about their paper (您的论文《…》, 你们的稿件《…》,
#: 贵稿《…》): an editor's notice (录用, 刊出) however it is sent, a letter, an e-mail, a chat.
_ADDRESSED_PAPER: Final = re.compile(
    r"(?:您|你\s*们?|贵)\s*的?\s*(?:论\s*文|稿\s*件|文\s*章|大\s*作)\s*《|贵\s*稿\s*《")


def _about_paper(ix: TextIndex, region: list[Line]) -> bool:
    """Whether the upload is a letter, certificate or form about a paper, not its pages: no
    abstract, and a heading of such a document among its first lines, or the paper's title
    and its authors each set beside a printed label in a grid (a form, a submission system's
    manuscript record printed from the browser): such a page records the paper, its fields
    are its labels' values, and its headings (稿件处理记录) and other names (the user logged
    in, who handled the manuscript) are never the title or the authors."""
    if _abstract_line(ix) is not None:
        return False
    if _ADDRESSED_PAPER.search(ix.text):
        return True
    return any(_DOC_HEADING.fullmatch(squash(_text(ix, line)))
               or _FORM_HEADING.fullmatch(squash(_text(ix, line))) for line in region) or (
        _form_cell(ix, _GRID_TITLE_LABELS) is not None and _grid_authors(ix) is not None)


def _page_break(ix: TextIndex, before: Line, after: Line) -> bool:
    """Whether a new page (or the facing page of a spread) starts between two lines."""
    return after.page_no != before.page_no or ix.text.startswith("\n\n", before.end)


def _text(ix: TextIndex, line: Line) -> str:
    return ix.text[line.start:line.end]


def author_names(text: str) -> list[str] | None:
    """Names on an author line, or None when the line is not one.

    >>> author_names("张伟1，李强2*")
    ['张伟', '李强']
    >>> author_names("软土地基处理技术研究") is None
    True
    """
    text = re.sub(r"^\s*(?:作\s*者|Authors?)\s*[:：]?", "", text)
    # a magazine's byline: 文／张伟, 撰文｜李强 (the writer of the piece), its names after it
    text = _BYLINE.sub("", text)
    text = re.sub(r"^\s*(?:[\[【]\s*作\s*者\s*[\]】])\s*[:：]?", "", text)
    if not re.search(f"[{CJK}]", text):
        return _latin_names(text)
    names = []
    for token in re.split(r"[\s,，、;；]+", text):
        token = _MARKERS.sub("", re.sub(r"[(（\[][\d,，\s]*[)）\]]", "", token))
        token = re.sub(r"^[\d*]+", "", token)
        if not token:
            continue
        # a printed label (全部作者, 作者姓名, 通讯作者) is never a name
        if not is_name(token) or re.search("作者|姓名|题目|名称", token):
            return None
        names.append(token)
    return names or None


#: The mark a magazine sets before its feature's writers (文／张伟 李强, 撰文 | 王芳): 文 or 撰文
#: and a slash or bar. 文／图 (text and pictures by) credits the same writers.
_BYLINE: Final = re.compile(r"^\s*(?:撰\s*)?文\s*(?:[/／|｜]\s*图\s*)?[/／|｜]\s*")


_HONORIFIC: Final = re.compile(r"\s*(?:同\s*志|老\s*师|先\s*生|女\s*士|教\s*授|博\s*士|作\s*者)$")
#: How a letter's body opens, speaking to the addressee (您的论文…, 你们的稿件…, 贵作…, 大作…).
_LETTER_BODY: Final = re.compile(r"\s*(?:您|你|贵|大\s*作|感\s*谢|恭\s*喜|经\s*[本我])")


def salutation_names(text: str, following: str) -> list[str] | None:
    """The names a letter addresses at its opening (``张伟、李强：``, ``尊敬的张伟老师：``) when
    the next line (`following`) opens the letter's body speaking to them, else None: a form's
    label (``申请人：``) is no salutation.

    >>> salutation_names("孙红、周立新老师：", "您的论文《……》经专家评审，决定录用。")
    ['孙红', '周立新']
    >>> salutation_names("王 芳、李强 老师：", "你们的稿件已收到。")
    ['王芳', '李强']
    >>> salutation_names("申请人：", "张伟") is None
    True
    """
    m = re.fullmatch(r"\s*(?:尊\s*敬\s*的)?(?P<v>.+?)[:：]\s*(?P<hello>您好[!！]?)?\s*", text)
    if not m or not (m["hello"] or _LETTER_BODY.match(following)):
        return None
    names: list[str] = []
    for part in re.split(r"[、,，;；]+", m["v"]):
        part = _HONORIFIC.sub("", part.strip())
        words = [_HONORIFIC.sub("", w) for w in part.split()]
        more = author_names(" ".join(w for w in words if w))
        if more is None and is_name(part):  # a name set with spaces (王 芳)
            more = [squash(part)]
        if more is None:
            return None
        names.extend(more)
    return names or None


_LATIN_NAME: Final = re.compile(r"[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-.]*){1,3}")


def _latin_names(text: str) -> list[str] | None:
    """Names on a Latin-script author line (``Zhang Wei1, Li Qiang2``), or None."""
    names = []
    for token in re.split(r"\s*(?:[,;，；]|\band\b|&)\s*", text.strip()):
        token = _MARKERS.sub("", token.strip()).strip()
        if not token:
            continue
        if not _LATIN_NAME.fullmatch(token) or len(token) > 40:
            return None
        names.append(token)
    return names or None


def _is_candidate(text: str) -> bool:
    return (len(re.findall(f"[{CJK}A-Za-z]", text)) >= 4 and not _META.search(text)
            and not _AFFILIATION.search(text) and author_names(text) is None)


_TITLE_LABELS: Final = ("论文题目", "论文名称", "题目", "题名", "篇名", "论文标题", "稿件标题",
                        "文章标题", "中文标题", "中文题名", "中文题目", "稿件题目")
#: In a grid (the label alone in its cell) the bare 标题 labels the title too; after a colon in
#: running text it may end another label (英文标题：), so it is read in a grid only.
_GRID_TITLE_LABELS: Final = (*_TITLE_LABELS, "标题")
_AUTHOR_LABELS: Final = ("全部作者", "作者姓名", "作者", "著者")
_SERIAL_LABELS: Final = ("国际标准刊号", "国内统一刊号", "国际标准连续出版物号",
                         "国内统一连续出版物号")
#: The labels a form or a record system prints before the year the paper appeared in (发表年份
#: 2021), and before its issue (期号 第11期).
_YEAR_LABELS: Final = ("发表年份", "发表年度", "出版年份", "刊出年份")
_ISSUE_LABELS: Final = ("期号", "刊期", "期次")
#: The printed labels of a form about a paper (登记表, 认定表): each ends the value before it
#: in the grid, and none is ever a value itself.
_FORM_LABELS: Final = (
    *_TITLE_LABELS, *_AUTHOR_LABELS, *_SERIAL_LABELS, "刊物名称", "期刊名称", "发表刊物",
    "发表期刊", "刊名", "发表时间", "发表日期", "出版时间", "起止页码", "页码", "收录情况",
    "论文类别", "本人排名", "本人排序", "作者排序", "通讯作者", "第一作者", "卷期",
    # a submission system's manuscript record (稿件详情): its printed labels
    "标题", "稿件编号", "稿件状态", "投稿日期", "收稿日期", "录用日期", "刊出信息", "发表信息",
    "栏目", "第一作者单位", "作者单位", "单位", "关键词",
)
#: The labels of an employer's research management system's record of a paper (科研管理系统
#: 论文成果详情, printed from the browser): a grid of two label/value pairs a row, 刊物名称
#: beside 收录类别, 发表年份 beside 期号. None is ever a value; a cell's value ends at the
#: cell's edge (the wide gap before the row's next label).
_RECORD_LABELS: Final = (*_YEAR_LABELS, *_ISSUE_LABELS, "卷号", "论文类型", "成果类型",
                         "发表范围", "收录类别", "收录类型", "检索类别")
_FORM_STOPS: Final = tuple(r"(?<=\s)" + r"\s*".join(map(re.escape, label)) + r"(?=\s)"
                           for label in _FORM_LABELS)


def _is_form_label(text: str) -> bool:
    """Whether `text` is one of the printed labels of a form about a paper."""
    return squash(text) in _FORM_LABELS or squash(text) in _RECORD_LABELS


def _holds_label(text: str) -> bool:
    """Whether `text` is, or holds as one of its cells (parted by spaces), a printed label of
    a form about a paper: a row of a grid (稿件状态 已刊出 刊出信息), never a journal's name."""
    return _is_form_label(text) or any(_is_form_label(part) for part in text.split())


def _form_cell(ix: TextIndex, labels: tuple[str, ...]) -> Hit | None:
    """A value written in a form's grid beside its printed label, no colon between
    (``论文题目  软土地基处理技术研究``): ended by the form's next label; never a label."""
    hit = grid_value(ix, labels, stops=_FORM_STOPS)
    return None if hit is None or _is_form_label(hit.value) else hit


def _title(ix: TextIndex, region: list[Line], about: bool) -> tuple[Hit | None, int]:
    labelled_hit = first((labelled(ix, _TITLE_LABELS, suffix=r"\s*[:：]"),
                          _record(ix, _TITLE_LABELS, wraps=True),
                          _form_cell(ix, _GRID_TITLE_LABELS) if about else None))
    if labelled_hit:
        return labelled_hit, labelled_hit.end
    if about:  # a letter's heading and letterhead are no title: the title is quoted
        quoted = _quoted_title(ix)
        return quoted, (quoted.end if quoted else 0)
    starts = {i: _heading_start(ix, line) for i, line in enumerate(region)}
    cands = [i for i, line in enumerate(region)
             if _is_candidate(ix.text[starts[i]:line.end]) and not _chrome_bar(ix, line)
             and not _search_bar(ix, line) and not _APP_BAR.search(_text(ix, line))
             and not _VIEWER_HEADING.fullmatch(_text(ix, line))
             and not _TAB_TITLE.search(_text(ix, line))]
    if not cands:
        return None, 0
    height = {i: ix.char_height(starts[i]) for i in cands}
    top = max(height.values())
    sized = len(set(round(h, 1) for h in height.values())) > 1
    if not sized:
        return _title_from(ix, region, starts, cands, height, cands[0], sized)[:2]
    # the first heading in the largest size, unless a heading nearly as large is the one its
    # authors follow (a site's or app's own name, set larger above the page it shows, has none)
    largest = [i for i in cands if height[i] >= top * 0.95]
    large = sorted((i for i in cands if _SMALLER * top <= height[i] < top * 0.95),
                   key=lambda i: (-height[i], i))
    blocks = [_title_from(ix, region, starts, cands, height, i, sized) for i in largest + large]
    credited = [b for b in blocks if _authors_follow(ix, region, *b[1:])]
    return (credited or blocks)[0][:2]


def _authors_follow(ix: TextIndex, region: list[Line], end: int,
                    own: tuple[float, float] | None, size: float) -> bool:
    """Whether an author line is one of the two lines after a heading that ends at offset
    `end` (a column beside it, :func:`_aside`, left out)."""
    after = [ln for ln in region if ln.start >= end and not _aside(ix, ln, own, size)][:2]
    return any(author_names(_text(ix, ln))
               or author_names(ix.text[ln.start:ix.cell_end(ln.start, ln.end)])
               for ln in after)


def _title_from(ix: TextIndex, region: list[Line], starts: dict[int, int], cands: list[int],
                height: dict[int, float], begin: int, sized: bool
                ) -> tuple[Hit, int, tuple[float, float] | None, float]:
    """The title that starts on `region[begin]`, joined over its lines: the hit, the offset
    where its last line ends, its first line's span across the page and its size."""
    top = max(height.values())
    size = ix.char_height(starts[begin])
    taken, nxt = [begin], begin + 1
    own = ix.x_span(starts[begin], _heading_end(ix, region[begin], size))
    while nxt < len(region) and len(taken) < 3:
        if nxt - taken[-1] <= _ASIDE_LINES and _aside(ix, region[nxt], own, size):
            nxt += 1  # a side column's line set between the title's lines
            continue
        if nxt not in cands:
            break
        if sized and abs(height[nxt] - height[begin]) > 0.05 * top:
            break
        if not sized and nxt + 1 < len(region) and author_names(_text(ix, region[nxt])):
            break
        if not sized and not _continues(ix, region, nxt):
            break
        taken.append(nxt)
        nxt += 1
    ends = [_heading_end(ix, region[i], size) for i in taken]
    lines = [ix.text[starts[i]:stop] for i, stop in zip(taken, ends)]
    return Hit(_join(lines), starts[begin], ends[-1]), region[taken[-1]].end, own, size


#: How many lines of a side column may stand between two lines of a title.
_ASIDE_LINES: Final = 3


def _aside(ix: TextIndex, line: Line, title_span: tuple[float, float] | None,
           size: float) -> bool:
    """Whether `line` belongs to a column beside the title, not to it: all its words printed
    clearly smaller than the title (`size`) and clear of the title's first line (its words in
    the title's size, `title_span`) across the page (a journal's side column of 中图分类号,
    文章编号 … set level with a large title)."""
    span = ix.x_span(line.start, line.end)
    if not span or not title_span or span[0] < title_span[1] and title_span[0] < span[1]:
        return False
    words = [m.start() for m in _WORD.finditer(ix.text, line.start, line.end)]
    return all(0 < ix.char_height(w) < _SMALLER * size for w in words)


#: A browser's tab or window title over a page it shows: the page's title cut short with an
#: ellipsis, then a dash and the site's name (``软土地基处理技术的... - 某某期刊数据库``). It
#: is the browser's label of the page, never the article's heading (the page prints that in
#: full); a title ending in an ellipsis is no title at all.
_TAB_TITLE: Final = re.compile(r"(?:…|\.{3}|⋯)\s*[-–—|_]\s*\S[^\n]{0,30}$")


def _heading_start(ix: TextIndex, line: Line) -> int:
    """Where a heading's words start on its line: after a tag set before it in a clearly
    smaller font (a database page's badge of the record's type, 期刊论文 | 学位论文, left of
    the article's heading). A title is one run of words in one size, so smaller words before
    it are none of it; else the line's start."""
    words = [line.start + m.start() for m in re.finditer(r"\S+", ix.text[line.start:line.end])]
    heights = [ix.char_height(w) for w in words]
    if len(words) < 2 or max(heights) <= 0:
        return line.start
    top = max(heights)
    at = next(k for k, h in enumerate(heights) if h >= 0.95 * top)
    if at == 0 or any(h >= _SMALLER * top for h in heights[:at]):
        return line.start
    return words[at]


#: How much smaller than a heading's words others on its row are printed when they are no
#: part of it (a side card's heading, a running head, a page number).
_SMALLER: Final = 0.8


_WORD: Final = re.compile(r"\S+")


def _heading_end(ix: TextIndex, line: Line, size: float) -> int:
    """Where a title's line ends: at the first wide gap (a cell's edge) after which the words
    are printed clearly smaller than the title (`size`, its character height). A web page's
    side column (a journal card's 来源期刊, a 相关文献 list) or a page's running head shares
    the row of the article's heading, set apart from it and in a smaller font; a title is one
    run of words in one size, so they are none of it. Words after a gap in the title's own
    size are kept (a heading spaced out over its line)."""
    if size <= 0:
        return line.end
    for _start, end in _cells(ix, line)[:-1]:
        nxt = end
        while nxt < line.end and ix.text[nxt] == " ":
            nxt += 1
        if nxt < line.end and 0 < ix.char_height(nxt) < _SMALLER * size:
            return end
    # a gap as wide as one of the title's characters before a word clearly smaller is an
    # edge too, however narrow it is for the cells of the line (a side column's code, A)
    words = [(m.start(), m.end()) for m in _WORD.finditer(ix.text, line.start, line.end)]
    for (_a, end), (start, _b) in zip(words, words[1:]):
        left, right = ix.x_span(end - 1, end), ix.x_span(start, start + 1)
        if left and right and right[0] - left[1] >= size \
                and 0 < ix.char_height(start) < _SMALLER * size:
            return end
    return line.end


def _cells(ix: TextIndex, line: Line) -> list[tuple[int, int]]:
    """The line's runs of words set apart by wide gaps (:meth:`TextIndex.cell_end`), as
    (start, end) offsets; a later run starts at the gap's spaces."""
    cells, pos = [], line.start
    while pos < line.end:
        end = ix.cell_end(pos, line.end)
        cells.append((pos, end))
        pos = end
    return cells


#: A phone app's own bar over a post (an in-app browser's: × to close it, the account's name,
#: ··· for its menu) and the post's byline (原创, the account, the date): they name the
#: platform and the publisher, never an article.
_APP_BAR: Final = re.compile(r"^\s*[×✕╳]|(?:[·•]\s*){3}$|…\s*$|^\s*原\s*创(?:\s|$)")


#: A viewer's or printer's own heading over the page it prints (Acrobat's 注释摘要 of a page
#: with its comments, a print preview's 打印预览, a panel's 批注/书签): the software names what
#: it shows, never the article, however large it prints it.
_VIEWER_HEADING: Final = re.compile(
    r"\s*(?:(?:注\s*释|批\s*注|评\s*论)\s*(?:摘\s*要|小\s*结|列\s*表)?|打\s*印\s*预\s*览"
    r"|书\s*签|缩\s*略\s*图|Summary\s+of\s+Comments|Print\s+Preview)\s*[:：]?\s*",
    re.IGNORECASE)


#: The most words a bar's item holds: a logo, a button, a tab (CJK characters, Latin words).
_BAR_ITEM: Final = 6


def _chrome_bar(ix: TextIndex, line: Line) -> bool:
    """Whether the line is a bar of a site's or an app's own (a navigation bar ‹ 详情 ☆ 分享,
    a banner with its search box, a print's date and site name): several short items set
    apart across the line by wide gaps. A title is one run of words, never a row of
    buttons, however large its font."""
    cells = [ix.text[start:end] for start, end in _cells(ix, line)]
    words = [len(re.findall(f"[{CJK}]|[A-Za-z]+", cell)) for cell in cells]
    return len(cells) >= 2 and max(words) <= _BAR_ITEM


#: The label of a search form's button (搜索, 百度一下, 检索, 搜一下, 查询, Search, Go).
_SEARCH_BUTTON: Final = re.compile(
    r"\s*(?:搜\s*索|检\s*索|搜\s*一\s*下|百\s*度\s*一\s*下|查\s*询|查\s*找|搜|Search|Go)\s*",
    re.IGNORECASE)


def _search_bar(ix: TextIndex, line: Line) -> bool:
    """Whether the line is a site's search bar (its logo, the search box, the box's button:
    百度学术 | 软土地基处理技术 | 百度一下): a search engine's page about an article echoes the
    query in its box over the article, and the echo is what was typed, not the article's
    heading, however large the logo beside it prints. Told by its last cell, set apart from
    the box by a wide gap, being a search button's label alone; a title that ends in such a
    word (…的图像检索) runs on without a gap and is no bar."""
    cells = _cells(ix, line)
    return len(cells) >= 2 and bool(_SEARCH_BUTTON.fullmatch(ix.text[slice(*cells[-1])]))


def _quoted_title(ix: TextIndex) -> Hit | None:
    """The paper's title as a letter quotes it: 《…》 after 论文/稿件/大作/文章 (您的论文
    《…》经…审定; 贵稿《…》; 题为《…》的论文), possibly wrapped over lines."""
    m = re.search(r"(?:论\s*文|稿\s*件?|大\s*作|文\s*章|题\s*为)\s*(?:题\s*为)?\s*[:：]?\s*"
                  r"《(?P<v>[^《》]{4,120})》", ix.text)
    if not m:
        return None
    return Hit(_join(m["v"].split("\n")), m.start("v"), m.end("v"))


def _record(ix: TextIndex, labels: tuple[str, ...], *, wraps: bool = False) -> Hit | None:
    """A field of a bibliographic record as a database exports it and a retrieval certificate
    quotes it: the label in brackets, the value after it to the line end (``【刊名】建筑技术``,
    ``[作者] 张伟;李强``). With `wraps`, a value broken over lines (a long title) is joined
    when the line after the break opens the record's next field."""
    rx = re.compile(r"[【\[]\s*" + any_label(labels) + r"\s*[】\]]\s*[:：]?[ \t]*(?P<v>[^\n]*)")
    m = rx.search(ix.text)
    if not m or not m["v"].strip():
        return None
    lines, end = [m["v"]], m.end("v")
    nxt = ix.text.find("\n", end + 1)
    if wraps and ix.text.startswith("\n", end) and nxt != -1 and \
            not re.match(r"\s*[【\[]", ix.text[end + 1:nxt]) and \
            re.match(r"\n\s*[【\[]", ix.text[nxt:]):
        lines.append(ix.text[end + 1:nxt])
        end = nxt
    return Hit(_join(lines), m.start("v"), end)


def _continues(ix: TextIndex, region: list[Line], i: int) -> bool:
    """Without font sizes, a line continues the title when an author line follows it."""
    return any(author_names(_text(ix, region[j])) for j in range(i + 1, min(i + 2, len(region))))


def _join(lines: list[str]) -> str:
    text = " ".join(s.strip() for s in lines)
    text = re.sub(rf"(?<=[{CJK}，、：:—-])\s+|\s+(?=[{CJK}，、：:—-])", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _authors(ix: TextIndex, region: list[Line], after: int, about: bool,
             journal: Hit | None = None) -> Hit | None:
    # 作者： as a label of its own, not 通信作者：/第一作者： (one author of several)
    for hit in (_author_label(ix), _record(ix, ("作者", "著者", "全部作者"))):
        # a list wrapped in running text is read across its break (马刚 / 峰，胡雪颖)
        names = author_names(ix.text[hit.start:hit.end].replace("\n", "")) if hit else None
        if hit and names:
            return Hit("|".join(names), hit.start, hit.end)
    signed = _signing_order(ix)
    if signed:
        return signed
    if about:  # a letter addresses the authors; a certificate's other names are its staff
        grid = _grid_authors(ix)
        if grid:
            return grid
        attested = _attested_authors(ix)
        if attested:
            return attested
        for line, nxt in zip(region, region[1:]):
            names = salutation_names(_text(ix, line), _text(ix, nxt))
            # several names are the authors; one may be the corresponding author alone, so it
            # cannot tell who else wrote the paper: left unread ("could not verify")
            if names and len(names) >= 2:
                return Hit("|".join(names), line.start, line.end)
        return None
    for line in region:
        if line.start < after:
            continue
        end = ix.cell_end(line.start, line.end)  # not a QR code's caption set beside it
        names = author_names(ix.text[line.start:end])
        # a line that only repeats the journal's name, or its start where a narrow card
        # wraps it (a journal card beside the abstract, a running header), names the
        # journal, however like a person's name it reads
        if names and journal is not None and squash(journal.value).startswith("".join(names)):
            continue
        if names:
            return Hit("|".join(names), line.start, end)
    return None


#: The next printed label of a form's grid: where a cell's value ends.
_NEXT_FORM_LABEL: Final = re.compile(r"\s*(?:" + "|".join(_FORM_STOPS) + ")")
#: An author label alone in its cell, its value after a gap; it may carry a note in brackets
#: (作者（按署名顺序）).
_AUTHOR_CELL_LABEL: Final = re.compile(
    r"(?:^|(?<=\s))" + any_label(_AUTHOR_LABELS)
    + r"(?:\s*[(（][^)）\n]{1,12}[)）])?[ \t]+(?=\S)", re.M)


def _grid_authors(ix: TextIndex) -> Hit | None:
    """The authors written beside their printed label in a form's grid (``作    者  张伟，李强``,
    no colon): the commas between names part authors, not cells, so the value is read to the
    cell's end (the next label, a wide gap or the line's end), all of it names; else None."""
    cell = _form_cell(ix, _AUTHOR_LABELS)
    starts = [cell.start] if cell else []
    starts += [m.end() for m in _AUTHOR_CELL_LABEL.finditer(ix.text)]
    for start in starts:
        end = ix.line_end(start)
        stop = _NEXT_FORM_LABEL.search(ix.text, start, end)
        end = ix.cell_end(start, stop.start() if stop else end)
        names = author_names(ix.text[start:end]) or (
            author_names(cell.value) if cell and start == cell.start else None)
        if names:
            return Hit("|".join(names), start, end)
    return None


#: A table of the authors in their signing order (a journal's 著作权转让协议, a 作者贡献声明):
#: a column of each row's place (署名顺序, 作者排序) beside the 姓名 column.
_ORDER_COLUMNS: Final = {"order": r"(?:署名|作者)(?:顺序|排序|次序)", "name": r"(?:作者)?姓名"}
#: A row's place in the signing order: 第1作者, 第一作者, 作者2, or the bare number.
_ORDER_CELL: Final = re.compile(r"第?(?P<n>[1-9一二三四五六七八九])(?:作者)?|作者(?P<m>[1-9])")


def _signing_order(ix: TextIndex) -> Hit | None:
    """The authors listed in a table by their signing order, its header naming the order
    column (署名顺序) beside the 姓名 column: the names down the column, from the row of the
    first author on, each row the next author (第1作者, 第2作者, …). A row of another role
    (通讯作者, 联系人: one author of several, or none) or out of order leaves the table
    unread (None): the list it gives could be short of an author; a roster without an order
    column (编委, a 目次's names) is never read here."""
    names: list[Hit] = []
    for row in table_rows(ix, _ORDER_COLUMNS):
        place = _ORDER_CELL.fullmatch(row["order"].value) if "order" in row else None
        if place is None or CN_DIGITS[place["n"] or place["m"]] != str(len(names) + 1):
            return None
        names.append(row["name"])
    if not names:
        return None
    return Hit("|".join(n.value for n in names), names[0].start, names[-1].end)


#: A certificate's statement of who wrote the paper: 兹证明张伟、李强（同志）撰写的论文《…》.
_ATTESTED_AUTHORS: Final = re.compile(
    r"兹\s*证\s*明\s*[:：]?\s*(?P<v>[^:：，,。《》]{2,60}?)\s*(?:同\s*志\s*)?"
    r"(?:所\s*)?(?:撰\s*写|著|合\s*著|完\s*成|发\s*表)\s*的?\s*(?:学\s*术\s*)?"
    r"(?:论\s*文|文\s*章|稿\s*件|《)")


def _attested_authors(ix: TextIndex) -> Hit | None:
    """The authors a publication certificate (论文发表证明) attests, in the sentence opening
    兹证明: every name there wrote the paper, so one name alone is its sole author; a
    statement whose subject does not read as names is left unread."""
    m = _ATTESTED_AUTHORS.search(ix.text)
    if not m:
        return None
    names = author_names(re.sub(r"\s*同\s*志", "", m["v"].replace("\n", "")))
    return Hit("|".join(names), m.start("v"), m.end("v")) if names else None


def _author_label(ix: TextIndex) -> Hit | None:
    """The value after 作者：, which lists every author: the commas between names part
    authors, not fields, so the value runs to its line's (or cell's) end when all of that
    reads as names (作者：张伟，李强，王芳)."""
    hit = labelled(ix, ["作者"], suffix=r"\s*[:：]", stops=("单位",), cell=True)
    if hit is None:
        return None
    end = ix.cell_end(hit.start, ix.line_end(hit.start))
    if _in_sentence(ix, hit.start):
        return _sentence_authors(ix, hit.start)
    return Hit(ix.text[hit.start:end], hit.start, end) if author_names(
        ix.text[hit.start:end]) else hit


def _in_sentence(ix: TextIndex, start: int) -> bool:
    """Whether the 作者： whose value starts at `start` is a clause of running text, after a
    comma (…刊发于第73-75页，作者：张伟，李强。), not a label opening its line or cell; the
    label itself may be wrapped (作 / 者：)."""
    before = ix.text[max(0, start - 12):start]
    return re.search(r"[，,；;]\s*作\s*者\s*[:：]\s*$", before) is not None


#: The end of a sentence: where the list of names in running text ends.
_SENTENCE_END: Final = re.compile(r"[。；;]")


def _sentence_authors(ix: TextIndex, start: int) -> Hit | None:
    """The names after 作者： in running text, to the sentence's end (。): a paragraph (a
    letter's, a chat bubble's) wraps at its width, so a list not ended on its line runs on
    the next, a name possibly broken there (作者：马刚 / 峰，胡雪颖。). None unless it ends
    on the next line at the latest and all of it reads as names: a list cut short would
    name too few authors."""
    end = ix.line_end(start)
    stop = _SENTENCE_END.search(ix.text, start, ix.line_end(end + 1))
    if stop is None:
        return None
    names = author_names(ix.text[start:stop.start()].replace("\n", ""))
    return Hit("|".join(names), start, stop.start()) if names else None


_YEAR_ISSUE: Final = (
    # 2022年第3期; a running head may part the year from the issue with a separator of its
    # own (电气技术 · 2021年 · 第11期, 2021年/第11期), as it parts the journal from the year
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:[·•・/|｜,，]\s*)?第?\s*(?P<i>\d{1,3})\s*期",
    r"(?P<y>(?:19|20)\d{2})\s*[,，]\s*(?:Vol\.?\s*)?\d{1,3}\s*\(\s*(?P<i>\d{1,3})\s*\)",
    r"(?P<y>(?:19|20)\d{2})\s*\(\s*(?P<i>\d{1,3})\s*\)",
    # a running head without volume: 电气技术 2022, 7 (issues run to 24 at most, monthly or
    # semi-monthly; a larger number is a volume)
    r"(?P<y>(?:19|20)\d{2})\s*[,，]\s*(?P<i>[1-9]|1\d|2[0-4])(?![\d(（.])",
    r"第\s*\d{1,3}\s*卷\s*第\s*(?P<i>\d{1,3})\s*期",
    r"Vol\.?\s*\d{1,3}\s*[,，]?\s*No\.?\s*(?P<i>\d{1,3})",
    r"第\s*(?P<i>\d{1,3})\s*期",
)
#: An entry of a reference list (参考文献), numbered at its line's start: ``[1]``, ``［2］``,
#: ``3.`` (the number of an entry, never a year: at most three digits).
_REFERENCE: Final = re.compile(
    r"^[ \t]*(?:[\[［]\s*\d{1,3}\s*[\]］]|\d{1,3}\s*[.．、](?!\d)).*$", re.MULTILINE)


def _year_issue(ix: TextIndex, region: list[Line],
                about: bool = False) -> tuple[Hit | None, Hit | None]:
    """The paper's year and issue as its own first page prints them (the running head or issue
    line above the title); only where that page carries none, from the pages before it (the
    issue's cover, an offprint's cover sheet). A reference list cites other papers: its years
    and issues are never the paper's own, so on an article's pages its entries are not read
    (the end of the previous article on the facing page of a library's photocopy, on the page
    before, or above the article's head where it starts mid-page). A letter or certificate
    about the paper may quote the paper itself as a numbered record: there all is read."""
    end = region[-1].end if region else len(ix.text)
    begin = region[0].start if region else 0
    text = ix.text if about else _without_references(ix.text)
    if about:
        return _about_year_issue(ix, text, end)
    year, issue = _read_year_issue(text, begin, end)
    if year is None and issue is None:
        return _read_year_issue(text, 0, end)
    if year is None:  # the issue alone there: its year from the pages before (a cover's)
        year = _find_year(text[:end], 0)
    return year, issue


def _about_year_issue(ix: TextIndex, text: str, end: int) -> tuple[Hit | None, Hit | None]:
    """Year and issue on a letter, certificate, form or record about the paper: beside their
    printed labels (发表年份 2021, 期号 第11期: a form's or a record system's grid), else as the
    paper's issue is cited (2024年第3期, 2022, 53(3)). Such a page carries other dates of its
    own (the letter's, the record's processing times, a browser print's date in its margin):
    a year not tied to the issue or its label is not the paper's, so it is left unread."""
    year = _label_value(ix, _YEAR_LABELS, _YEAR_VALUE) or _label_value(
        ix, _DATE_LABELS, _DATE_VALUE)
    issue = _label_value(ix, _ISSUE_LABELS, _ISSUE_VALUE)
    cited_year, cited_issue = _read_year_issue(text, 0, end, loose=False)
    if year is None:
        return cited_year, cited_issue
    # the issue cited with another year is another issue's; cited alone, it is this year's
    return year, issue or (cited_issue if cited_year is None or cited_year.value == year.value
                           else None)


#: The labels before the date the paper appeared (发表时间 2021年 第23卷 第11期, 发表日期
#: 2021-11-15): the year that date opens is the paper's.
_DATE_LABELS: Final = ("发表时间", "发表日期", "出版时间", "出版日期", "刊出时间", "刊出日期")
_YEAR_VALUE: Final = re.compile(r"(?P<v>(?:19|20)\d{2})\s*年?(?:度)?")
_DATE_VALUE: Final = re.compile(r"(?P<v>(?:19|20)\d{2})(?:年.*|[-./]\d.*)?")
_ISSUE_VALUE: Final = re.compile(r"第?\s*(?P<v>\d{1,3})\s*期?")


def _label_value(ix: TextIndex, labels: tuple[str, ...], shape: re.Pattern[str]) -> Hit | None:
    """The value beside one of `labels` (after a colon, or alone in a grid's cell, to the
    cell's edge), when the whole of it has `shape` (its group ``v`` the value): else None."""
    for hit in (labelled(ix, labels, suffix=r"\s*[:：]"), grid_value(ix, labels)):
        if hit is None:
            continue
        end = ix.cell_end(hit.start, hit.end)
        m = shape.fullmatch(squash(ix.text[hit.start:end]))
        if m:
            value = str(int(m["v"])) if shape is _ISSUE_VALUE else m["v"]
            return Hit(value, hit.start, end)
    return None


def _without_references(text: str) -> str:
    """`text` with every reference list entry blanked out (the offsets kept)."""
    return _REFERENCE.sub(lambda m: " " * len(m[0]), text)


def _read_year_issue(text: str, begin: int, end: int,
                     loose: bool = True) -> tuple[Hit | None, Hit | None]:
    """Year and issue in ``text[begin:end]``, by the first of `_YEAR_ISSUE` that matches; an
    issue printed without its year takes the first year after `begin` only when `loose`."""
    head = text[:end]
    for pattern in _YEAR_ISSUE:
        m = re.compile(pattern).search(head, begin)
        if not m:
            continue
        issue = Hit(str(int(m["i"])), m.start("i"), m.end("i"))
        if "y" in m.groupdict() and m["y"]:
            return Hit(m["y"], m.start("y"), m.end("y")), issue
        return (_find_year(head, begin) if loose else None), issue
    return None, None


#: A date of a day written with slashes or dots (2024/5/20, 2023.06.01): a print's date in a
#: browser's margin, a download stamp; it names a day something was done, not an issue's year.
_DAY_DATE_TAIL: Final = r"(?!\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{1,2}(?!\d))"


def _find_year(head: str, begin: int) -> Hit | None:
    """The year of an issue printed without it: a year with 年 (or a citation's comma or
    bracket) first, else a bare year, never one opening a day's date."""
    y = (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d)\s*(?:年|[,，(])").search(head, begin)
         or re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})(?![\d-])" + _DAY_DATE_TAIL).search(
             head, begin))
    return Hit(y["y"], y.start("y"), y.end("y")) if y else None


#: A running head parts the journal's name from its issue with a separator of its own
#: (混凝土 · 第8期, 电气技术 | 2021年第3期, 建筑技术/Vol.5): the name ends at that separator, and
#: the separator and what follows it are never part of the name.
_JOURNAL: Final = re.compile(
    rf"^\s*《?\s*(?P<v>[{CJK}][{CJK}()（）·\-\s]*?[{CJK})）])\s*》?\s*"
    # a comma parts the name from its year (建筑技术，2022，(3)), never from a place (柳州市
    # 市政设计研究院，广西 柳州: an affiliation, or a dialog's title run into one); 第 opens
    # its volume or issue (第22卷, 第三期), never an ordinal of a name (柳州市第四十二中学)
    r"(?=[·•・|｜/]\s*(?:\d|第|Vol|No)|\d|第\s*(?:\d|[一二三四五六七八九十]{1,3}\s*[卷期])|Vol"
    r"|ISSN|CN|[,，]\s*(?:\d|第|Vol|No|[(（])|$)"
    # a Latin name, parted from the figures after it: letters run into figures are one code
    # (a waybill's number, SF1402015582499), never a name
    r"|^\s*(?P<latin>[A-Z][A-Za-z&:'\-]*(?:\s+[A-Za-z&:'\-]+)*?)(?!\d)\s*[,，]?\s*"
    r"(?=Vol|\d|ISSN|$)"
)


#: A trade magazine's running header may open with its column's name (栏目) and the column's
#: English name after a bar (实践探索 | PRACTICE  价值工程 2021年第3期): the journal is the name
#: after them, set right before the year and issue.
_COLUMN_TAG: Final = re.compile(
    rf"^\s*[{CJK}]{{2,8}}\s*[|｜]\s*[A-Za-z][A-Za-z &]{{1,30}}?\s+(?=[{CJK}《])")


#: A journal's name in 《》 opening a line (a site's banner, a running head).
_BANNER: Final = re.compile(rf"^\s*《\s*(?P<v>[{CJK}][{CJK}()（）·\-\s]{{0,30}}?)\s*》")

_JOURNAL_LABELS: Final = ("刊名", "期刊名称", "刊物名称", "发表期刊", "发表刊物", "来源期刊",
                          "文献来源")


def _journal(ix: TextIndex, region: list[Line], title: Hit | None = None,
             about: bool = False) -> Hit | None:
    # a page's label rows (刊名：建筑技术      出版周期：月刊): the name is the cell after its
    # label, before the row's next pair
    hit = first((label_cell(ix, _JOURNAL_LABELS),
                 labelled(ix, _JOURNAL_LABELS, suffix=r"\s*[:：]"), _record(ix, _JOURNAL_LABELS),
                 _journal_cell(ix) if about else None))
    if hit:
        name = re.match(r"《?(?P<v>[^》,，;；\d]+)", hit.value)  # not 建筑技术,2022,(3)
        return hit.with_value(name["v"].strip()) if name and _well_formed_journal(
            name["v"]) else None
    # a letter's letterhead or sign-off, the journal's office: 《建筑技术》编辑部
    office = first(search(
        ix, rf"《(?P<v>[{CJK}][^》\n]{{1,30}})》\s*(?:编辑部|杂志社|期刊社|编辑委员会)"))
    if about and office:
        return office
    quoted = [q for q in re.finditer(rf"《(?P<v>[{CJK}][^》\n]{{1,30}})》",
                                     ix.text[:region[-1].end] if region else "")
              if title is None or squash(q["v"]) != title.value]
    m = quoted[0] if quoted else None
    ordered = sorted(region,
                     key=lambda ln: not re.search(r"ISSN|CN\s*\d|\d\s*期|Vol", _text(ix, ln)))
    for line in ordered:
        text = _text(ix, line)
        if not re.search(r"ISSN|CN\s*\d|\d\s*[期卷]|Vol|(?:19|20)\d\d", text):
            continue
        # a banner's name in 《》 opening the line of its serials (《价值工程》 投审稿系统 ISSN …)
        banner = _BANNER.match(text)
        if banner and re.search(r"ISSN|CN\s*\d", text):
            return Hit(squash(banner["v"]), line.start + banner.start("v"),
                       line.start + banner.end("v"))
        jm = _JOURNAL.match(text)
        column = None if jm else _COLUMN_TAG.match(text)
        if column:  # 实践探索 | PRACTICE  价值工程 2021年第3期: the journal after its column
            rest = _JOURNAL.match(text[column.end():])
            if rest and rest["v"] and re.match(r"\s*(?:\d|第)", text[column.end() + rest.end():]):
                return Hit(squash(rest["v"]), line.start + column.end() + rest.start("v"),
                           line.start + column.end() + rest.end("v"))
        if jm and jm["latin"] and jm["latin"] not in ("ISSN", "CN"):
            value = re.sub(r"\s+", " ", jm["latin"]).strip()
            return Hit(value, line.start + jm.start("latin"), line.start + jm.end("latin"))
        # a printed label before the serial (国际标准刊号 ISSN …) names the number, not the
        # journal, also where a form spaces it out to fill its cell (刊    号)
        if jm and jm["v"] and not re.search("文章编号|中图分类号|文献标识码", jm["v"]) \
                and not _holds_label(jm["v"]) and not re.search("刊号|出版物号$", squash(jm["v"])) \
                and not _OWN_JOURNAL.fullmatch(squash(jm["v"])):
            return Hit(squash(jm["v"]), line.start + jm.start("v"), line.start + jm.end("v"))
    if m:
        return Hit(squash(m["v"]), m.start("v"), m.end("v"))
    return _journal_line(ix, region, title)


#: How a journal's own notice names itself (本刊ISSN …, 我刊已被知网收录): "this journal",
#: never its name.
_OWN_JOURNAL: Final = re.compile(r"[本我该贵]\s*刊")


def _journal_cell(ix: TextIndex) -> Hit | None:
    """The journal's name in a form's grid beside its label (``刊物名称  建筑技术      收录类别
    北大核心``): a name is one cell, so the value ends at the cell's edge, the wide gap before
    the row's next label, even where that label is one this reader does not know."""
    hit = _form_cell(ix, _JOURNAL_LABELS)
    if hit is None:
        return None
    end = ix.cell_end(hit.start, hit.end)
    return hit if end >= hit.end else Hit(squash(ix.text[hit.start:end]), hit.start, end)


#: Words of a form's printed labels that no journal's name carries (名称, 类别, 年份, 期号 …):
#: a value read with them has run into the next cell of a grid.
_LABEL_WORDS_IN_NAME: Final = re.compile(
    "名称|类别|类型|年份|年度|期号|卷号|页码|范围|排名|排序|日期|时间|编号|状态|" + "|".join(
        re.escape(label) for label in (*_FORM_LABELS, *_RECORD_LABELS) if len(label) >= 4))


def _well_formed_journal(name: str) -> bool:
    """Whether a journal's name read beside a label is one: no printed label's words in it (a
    value that ran on into the grid's next cell is no name, and is left unread rather than
    compared: "could not verify", never a mismatch)."""
    return not _LABEL_WORDS_IN_NAME.search(squash(name))


_HEADER_LINE: Final = re.compile(r"ISSN|CN\s*\d|第\s*\d+\s*[卷期]|Vol|No\.|(?:19|20)\d\d\s*年")
_NAME_LINE: Final = re.compile(rf"[{CJK}]{{2,16}}(?:[(（][{CJK}]{{2,10}}[)）])?")


_HEADER_PART: Final = re.compile(
    r"第\s*\d+\s*[卷期]|(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?|(?:19|20)\d\d\s*年?\s*第?\s*\d{1,2}\s*期"
    r"|ISSN\s*[\dXx-]+|CN\s*[\d/A-Z-]+|Vol\.?\s*\d+|No\.?\s*\d+|\d+",
    re.IGNORECASE)


def _journal_line(ix: TextIndex, region: list[Line], title: Hit | None) -> Hit | None:
    """A journal name set in the running header without brackets: on a line of its own next
    to a line of volume, issue, date or ISSN (``第22卷 第3期`` / ``价值工程`` / ``2021年3月``),
    or as the one name left on such a line once those are taken away. A header may also
    carry the column's name (栏目: 设计与施工) on its other side: the journal's name is the one
    set in the column of the issue and ISSN lines, above or below them."""
    head = region if title is None else [ln for ln in region if ln.end <= title.start]
    stacked = _stacked_name(ix, head)
    if stacked:
        return stacked
    for i, line in enumerate(region):
        if title is not None and line.end > title.start:
            break
        text = _text(ix, line)
        if _is_form_label(text):  # a form's printed label, not a name set in the header
            continue
        if _NAME_LINE.fullmatch(squash(text)):
            neighbours = [_text(ix, region[j]) for j in (i - 1, i + 1) if 0 <= j < len(region)]
            if any(_HEADER_LINE.search(n) for n in neighbours):
                return Hit(squash(text), line.start, line.end)
        elif _HEADER_LINE.search(text):
            rest = [m for m in re.finditer(r"\S+",
                                           _HEADER_PART.sub(lambda p: " " * len(p[0]), text))
                    if _NAME_LINE.fullmatch(m[0]) and not _is_form_label(m[0])]
            if len(rest) == 1:
                return Hit(rest[0][0], line.start + rest[0].start(), line.start + rest[0].end())
    return None


def _stacked_name(ix: TextIndex, head: list[Line]) -> Hit | None:
    """A name line of the header that shares its horizontal extent with a line of issue or
    ISSN within two lines of it (the journal's block), where another name line beside the
    block (a column's name) does not: None unless exactly one name line is so stacked."""
    names = [i for i, ln in enumerate(head) if _NAME_LINE.fullmatch(squash(_text(ix, ln)))
             and not _is_form_label(_text(ix, ln))]
    if len(names) < 2:  # one name beside the block: the adjacency rule reads it
        return None

    def overlaps(a: Line, b: Line) -> bool:
        sa, sb = ix.x_span(a.start, a.end), ix.x_span(b.start, b.end)
        return bool(sa and sb) and min(sa[1], sb[1]) - max(sa[0], sb[0]) > 0

    stacked = [i for i in names
               if any(_HEADER_LINE.search(_text(ix, head[j])) and overlaps(head[i], head[j])
                      for j in range(max(i - 2, 0), min(i + 3, len(head))) if j not in names)]
    if len(stacked) != 1:
        return None
    line = head[stacked[0]]
    return Hit(squash(_text(ix, line)), line.start, line.end)


# --------------------------------------------------------------------------- serial numbers

#: What a standard's number is printed after (GB/T 7714-2015, GB 3100-1993, ISO 690-2010,
#: DB45/T 1234-2016, JGJ 3-2010): its issuer's code and kind. A standard's number is its
#: serial and year, ``NNNN-YYYY``, which has an ISSN's shape but never is one.
_STANDARD_PREFIX: Final = re.compile(
    r"(?:\b(?:GB|ISO|IEC|JGJ|JTG|CJJ|DL|SL|JB|HJ|YY|QB|WS|CJ|JC|GA|GY)(?:\s*/\s*[TZ])?"
    r"|\bDB\s*\d{2}(?:\s*/\s*T)?|\bT\s*/\s*[A-Z]{2,8})\s*$")
#: A label of the ISSN other than the letters themselves (国际标准刊号：, 刊号：), set right
#: before the number: the number is then a labelled ISSN, and its evidence names the label.
_ISSN_LABEL_BEFORE: Final = re.compile(rf"(?:{ISSN_WORD_LABEL})\s*[:：]?\s*$")


def journal_issn(ix: TextIndex, start: int = 0, end: int | None = None) -> Hit | None:
    """The ISSN in text[start:end] as :func:`extractors._fields.issn` reads it, never a
    standard's number (GB/T 7714-2015, the citation standard a database names among its
    export formats): an ISSN-shaped number right after a standard's code is the standard's.
    A bare number set right after a label of its own (国际标准刊号：) is read with the label,
    so its evidence shows the number was labelled an ISSN.

    >>> from extractors._fields import index
    >>> from pipeline.model import BBox, Page, ReadDocument, Word
    >>> def read(text):
    ...     doc = ReadDocument("x.pdf", "0", (Page(1, 600, 40, (
    ...         Word(text, BBox(0, 0, 600, 20)),), "text"),))
    ...     hit = journal_issn(index(doc))
    ...     return hit and (hit.value, index(doc).text[hit.start:hit.end])
    >>> read("GB/T 7714-2015 格式引文") is None
    True
    >>> read("国际标准刊号 1000-4726")
    ('1000-4726', '国际标准刊号 1000-4726')
    >>> read("ISSN 1006-4311")[0]
    '1006-4311'
    """
    stop = len(ix.text) if end is None else end
    for rx in (ISSN_RE, ISSN_BARE):
        for m in rx.finditer(ix.text, start, stop):
            line_start = ix.text.rfind("\n", 0, m.start()) + 1
            before = ix.text[max(line_start, m.start() - 16):m.start()]
            if _STANDARD_PREFIX.search(before):
                continue
            at = m.start()
            label = _ISSN_LABEL_BEFORE.search(before) if rx is ISSN_BARE else None
            if label:
                at = m.start() - len(before) + label.start()
            return Hit(f"{m['a']}-{m['b'].upper()}", at, m.end())
    return None


# --------------------------------------------------------------------------- 出处 line

#: A database's article page states where the paper appeared on a line of its own, labelled
#: 出处 or 来源 (维普: ``出处 《价值工程》2021年第3期 131-133页``; 知网: ``来源：电气技术 . 2021 ,
#: 41 (3)``; 万方: ``来源：价值工程 2021年第3期``): the journal, then the year and issue.
_SOURCE_LINE: Final = re.compile(
    r"(?:^|(?<=\s))(?:文\s*献\s*)?(?:出\s*处|来\s*源|出\s*版\s*源)\s*[:：]?\s*"
    rf"(?:《\s*(?P<q>[{CJK}A-Za-z][^《》\n]{{0,30}}?)\s*》|(?P<j>[{CJK}][{CJK}()（）·\-]{{1,30}}))"
    r"\s*[.．,，·]?\s*(?P<y>(?:19|20)\d\d)\s*(?:年\s*第?\s*(?P<i1>\d{1,3})\s*期"
    r"|[,，]\s*(?:(?:Vol\.?\s*)?\d{1,3}\s*)?[(（]\s*(?P<i2>\d{1,3})\s*[)）]"
    r"|[(（]\s*(?P<i3>\d{1,3})\s*[)）])", re.M)


def _source_line(ix: TextIndex) -> tuple[Hit, Hit, Hit] | None:
    """The journal, year and issue of a database page's 出处/来源 line (:data:`_SOURCE_LINE`),
    read whole or not at all: the only such line on the page (a 相似文献 list may cite
    others' in the same form: then which is the paper's is not read)."""
    found = list(_SOURCE_LINE.finditer(ix.text))
    if len({(m["q"] or m["j"], m["y"], m["i1"] or m["i2"] or m["i3"]) for m in found}) != 1:
        return None
    m = found[0]
    group = "q" if m["q"] else "j"
    issue = next(g for g in ("i1", "i2", "i3") if m[g])
    if not 1 <= int(m[issue]) <= _MAX_ISSUE:
        return None
    return (Hit(squash(m[group]), m.start(group), m.end(group)),
            Hit(m["y"], m.start("y"), m.end("y")),
            Hit(str(int(m[issue])), m.start(issue), m.end(issue)))


#: A journal article cited in GB/T 7714's form (a database's 引用 dialog, 知网's 引文 copy):
#: ``[1]张伟,李强.题名[J].刊名,2021,23(11):24-32.``, the volume left out where a journal has
#: none (``刊名,2021(3):5-9``): the title before ``[J]``, then the journal, year and issue.
_CITATION: Final = re.compile(
    rf"\[\s*J\s*\]\s*[.．]\s*(?P<j>[{CJK}][{CJK}()（）·\-]{{1,30}}?)\s*[,，]\s*"
    r"(?P<y>(?:19|20)\d\d)\s*[,，]?\s*(?:\d{1,4}\s*)?[(（]\s*(?P<i>\d{1,3})\s*[)）]")


def _cited_record(ix: TextIndex, title: Hit | None) -> tuple[Hit, Hit, Hit] | None:
    """The journal, year and issue of the paper cited in GB/T 7714's form (:data:`_CITATION`),
    a reference wrapped at its cell's width read on into the next line's cell set at the same
    left edge. Only a citation of the title read is the paper's (a reference list cites
    others'), and every such citation must agree; else None."""
    if title is None:
        return None
    found: dict[tuple[str, str, str], tuple[Hit, Hit, Hit]] = {}
    for mark in re.finditer(r"\[\s*J\s*\]", ix.text):
        text, at = _cell_run(ix, mark.start())
        m = _CITATION.search(text)
        if m is None or not squash(text[:m.start()]).endswith(squash(title.value)):
            continue
        hits = tuple(Hit(squash(m[g]) if g == "j" else str(int(m[g])), at(m.start(g)),
                         at(m.end(g) - 1) + 1) for g in ("j", "y", "i"))
        found.setdefault(tuple(h.value for h in hits), hits)  # type: ignore[arg-type]
    if len(found) != 1:
        return None
    record = next(iter(found.values()))
    return record if 1 <= int(record[2].value) <= _MAX_ISSUE else None


def _cell_run(ix: TextIndex, pos: int) -> tuple[str, Callable[[int], int]]:
    """The text of the cell holding `pos` run on into the next line's cell that starts at its
    left edge (a wrapped paragraph of one column), and the map from that text's offsets back
    to the index's."""
    line = ix.line_at(pos)
    if line is None:
        return "", lambda k: k
    start, end = next((s, e) for s, e in _cells(ix, line) if s <= pos < e)
    start = _first_char(ix, start, end)
    text, left = ix.text[start:end], ix.x_span(start, start + 1)
    nxt = next((ln for ln in ix.lines if ln.page_no == line.page_no and ln.top >= line.bottom
                and ln.start > line.end), None)
    for s, e in _cells(ix, nxt) if nxt is not None and left else ():
        s = _first_char(ix, s, e)
        there = ix.x_span(s, s + 1)
        if there and abs(there[0] - left[0]) <= ix.char_height(s):
            cut = len(text)
            return text + ix.text[s:e], lambda k, s=s, cut=cut: (
                start + k if k < cut else s + k - cut)
    return text, lambda k: start + k


# --------------------------------------------------------------------------- tagged records

#: A reference manager's details pane and a database's field list name the same fields in
#: words, a label then its value, one field a line or in a grid (NoteExpress 细节: ``标题``
#: / ``作者 张伟; 李强`` / ``期刊`` / ``年份`` / ``期``; Zotero 信息; 知网 ``题名：``); its
#: record type (``题录类型 期刊文章``, ``文献类型``, ``条目类型``) is the sign that the list
#: is one record. A library's record page names the journal its 来源/出处 and prints year, volume
#: and issue as one field (NSTL ``年卷期：2021, 23(11)``).
_LABELS: Final = {
    "title": ("标题", "题名", "篇名"),
    "journal": ("期刊", "刊名", "期刊名称", "出版物", "来源", "出处"),
    "year": ("年份", "出版年", "出版年份", "出版日期"),
    "issue": ("期", "期号"),
    "issn": ("ISSN",),
    "cn": ("国内统一刊号", "统一刊号", "CN号"),
    "authors": ("作者", "著者"),
    "volume": ("年卷期", "卷期"),
}
_TYPE_LABELS: Final = ("题录类型", "文献类型", "条目类型")
_LABEL: Final = "|".join(sorted((spaced(x) for x in
                                 (*_TYPE_LABELS, *(x for v in _LABELS.values() for x in v))),
                                key=len, reverse=True))
#: A worded label opening a cell, then its value after a colon or a space: ``标题：…``; a
#: library database's record page sets its labels in lenticular brackets (读秀, 知网's older
#: pages: ``【作者】 张伟，李强`` / ``【刊名】 建筑技术``).
_LABEL_LINE: Final = re.compile(
    rf"(?P<b>【\s*)?(?P<tag>{_LABEL})(?(b)\s*】\s*|(?:\s*[:：]\s*|\s+))(?P<v>\S[^\n]*)")
#: A worded label alone in its cell (its value in the next cell of the row).
_LABEL_ALONE: Final = re.compile(rf"(?:【\s*(?:{_LABEL})\s*】|(?:{_LABEL})\s*[:：]?)\s*")
#: The tags of the record formats the databases export (知网, 维普, 万方 文献导出; printed from
#: the browser as the paper's proof): one field a line, its tag first.
#: Refworks ``T1 title`` / ``A1 张伟;李强;`` / ``JF 刊名`` / ``YR 2021`` / ``IS 11`` / ``SN
#: 1673-3800`` / ``CN 11-5255/TM``; RIS ``TI  - title`` / ``AU  - 张伟`` (one line an author) /
#: ``JO  - 刊名`` (``T2``, ``JF``) / ``PY  - 2021`` / ``IS  - 11`` / ``SN  - …``; EndNote's
#: tagged text ``%T`` / ``%A`` / ``%J`` / ``%D`` / ``%N`` / ``%@``; NoteExpress ``{Title}:`` /
#: ``{Author}:`` / ``{Journal}:`` / ``{Year}:`` / ``{Issue}:`` / ``{ISBN/ISSN}:``.
_TAGS: Final = {
    "title": ("T1", "TI", "%T", "{Title}", *_LABELS["title"]),
    "journal": ("JF", "JO", "T2", "%J", "{Journal}", *_LABELS["journal"]),
    "year": ("YR", "PY", "Y1", "%D", "{Year}", *_LABELS["year"]),
    "issue": ("IS", "%N", "{Issue}", *_LABELS["issue"]),
    "issn": ("SN", "%@", "{ISBN/ISSN}", "{ISSN}", *_LABELS["issn"]),
    "cn": ("CN", "{CN}", *_LABELS["cn"]),
    "authors": ("A1", "AU", "%A", "{Author}", *_LABELS["authors"]),
    "volume": _LABELS["volume"],
}
#: A tag opening a cell, then its value: ``TI  - …`` (RIS), ``%T …``, ``{Title}: …``, ``T1 …``.
_TAG_LINE: Final = re.compile(
    r"(?P<tag>[A-Z][A-Z0-9](?=\s{1,3}-\s|\s)|%[A-Z0-9@]|\{[A-Za-z /]{2,20}\}(?=\s*[:：]))"
    r"(?:\s{1,3}-\s|\s*[:：]\s*|\s+)(?P<v>\S[^\n]*)")
#: A tag alone in its cell (its value in the next cell of the row).
_TAG_ALONE: Final = re.compile(
    r"(?:[A-Z][A-Z0-9]|%[A-Z0-9@])\s*|\{[A-Za-z /]{2,20}\}\s*[:：]?\s*")
#: The tags of the record's own kind and source, which no other page opens cells with.
_RECORD_TAGS: Final = ("RT", "TY", "%0", "{Reference Type}", "SR", "DS", "ER",
                        *_TYPE_LABELS)


def _tagged_record(ix: TextIndex) -> dict[str, Hit | None] | None:
    """The fields of one bibliographic record as a database exports it in a tagged format
    (:data:`_TAGS`), printed: the page's other words (the site's menus, the list of export
    formats, the print's margins) are none of the paper's. A tag is read where it opens a
    cell (a menu column may share its row); the page is such a record only with a title tag
    and the record's type or source tag (RT, TY, %0 …) and at least four fields' tags, each
    tag once (two titles are two records: which is the paper's is not read). Values are read
    to their cell's end and kept only in their field's shape."""
    seen: dict[str, list[Hit]] = {}
    for line in ix.lines:
        cells = _cells(ix, line)
        if _heading_row(ix, cells):
            continue
        for k, (start, end) in enumerate(cells):
            while start < end and ix.text[start] == " ":
                start += 1
            m = _TAG_LINE.match(ix.text, start, end) or _LABEL_LINE.match(ix.text, start, end)
            if m:
                seen.setdefault(_tag_key(m["tag"]), []).append(
                    Hit(m["v"].strip(), m.start("v"), end))
            elif _a_tag(ix, start, end) and k + 1 < len(cells):
                # a web page sets the tags in a column of their own, the values in the next
                at, stop = cells[k + 1]
                value = ix.text[at:stop]
                at += len(value) - len(value.lstrip())
                seen.setdefault(_tag_key(ix.text[start:end]), []).append(
                    Hit(value.strip(), at, stop))
    opened = _bracketed_lines(ix)
    if opened and not any(t in seen for t in _TAGS["title"]):
        # a record page's fields are its bracketed labels' only (not its menu's 期刊 tab)
        seen = {k: kept for k, hits in seen.items()
                if (kept := [h for h in hits if any(ln.start <= h.start < ln.end
                                                    for ln in opened)])}
    elif not opened and not any(t in seen for t in _TAGS["title"]):
        opened = _colon_column(ix)
        seen = _column_first(seen, opened) if opened else seen
    tags = _chosen_tags(seen, opened)
    if not opened and _repeated(seen, tags) and (column := _colon_column(ix)):
        # a tag read twice (a list's column heading 标题 beside the record's pane): the pane
        # that labels its fields with a colon, one column of labels, is the record
        opened, seen = column, _column_first(seen, column)
        tags = _chosen_tags(seen, opened)
    page = tags["title"] is None and _record_page(ix, opened, seen)
    if (tags["title"] is None or not any(t in seen for t in _RECORD_TAGS)) and not page \
            or sum(t is not None for t in tags.values()) < 4:
        return None
    if _repeated(seen, tags):
        return None
    one = {name: seen[t][0] for name, t in tags.items() if t and name != "authors"}
    title = one.get("title") or (_record_heading(ix, opened) if page else None)
    if one.get("title") is not None and _in_lines(title, opened):
        title = _wrapped_value(ix, title, opened)
    title = title if title is not None and _is_candidate(title.value) else None
    journal = one.get("journal")
    if journal is not None:
        name = re.fullmatch(rf"《?\s*(?P<v>[{CJK}A-Za-z][^《》;；]*?)\s*》?\s*[;；]?",
                            journal.value)
        journal = (Hit(squash(name["v"]) if re.search(f"[{CJK}]", name["v"]) else name["v"],
                       journal.start, journal.end)
                   if name and _well_formed_journal(name["v"]) else None)
    year = _shaped(one.get("year"), r"(?P<v>(?:19|20)\d\d)(?:[-/.年][^\n]*)?")
    issue = _shaped(one.get("issue"), r"第?\s*(?P<v>\d{1,3})\s*期?")
    if year is None and issue is None and (volume := one.get("volume")) is not None:
        year, issue = _read_year_issue(ix.text, volume.start, volume.end, loose=False)
    if issue is not None:
        issue = issue.with_value(str(int(issue.value))) if 1 <= int(issue.value) <= _MAX_ISSUE \
            else None
    serial = one.get("issn")
    issn_hit = _shaped(serial, r"(?:ISSN\s*)?(?P<v>\d{4}-\d{3}[\dXx])\s*[;；]?")
    cn = _shaped(one.get("cn"), r"(?:CN\s*)?(?P<v>\d{2}-\d{4}/[A-Z]{1,3}\d?)\s*[;；]?") \
        or (_noted_cn(ix, opened) if "cn" not in one else None)
    return {"title": title, "journal": journal, "year": year, "issue": issue,
            "issn": issn_hit.with_value(issn_hit.value.upper()) if issn_hit else None,
            "cn": cn, "authors": _tagged_authors(ix, seen.get(tags["authors"] or "", []))}


def _chosen_tags(seen: dict[str, list[Hit]], opened: list[Line]) -> dict[str, str | None]:
    """Each field's tag read on the page: the first of its tags read on the record's labelled
    lines (`opened`), else the first read anywhere."""
    return {name: next((t for t in tags if t in seen and _in_lines(seen[t][0], opened)),
                       None) or next((t for t in tags if t in seen), None)
            for name, tags in _TAGS.items()}


def _repeated(seen: dict[str, list[Hit]], tags: dict[str, str | None]) -> bool:
    """Whether a field's tag other than the authors' (which a record repeats, one an author)
    was read more than once."""
    return any(len(seen[t]) > 1 for name, t in tags.items() if t and name != "authors")


#: A CN serial noted under its own tag inside another field's value: ``其他：CN: 11-5255/TM``.
_NOTED_CN: Final = re.compile(r"(?<![A-Za-z])CN\s*[:：]\s*")


def _noted_cn(ix: TextIndex, column: list[Line]) -> Hit | None:
    """The CN serial a record's pane notes in a free field under the tag ``CN:`` (Zotero's
    其他 / Extra, where the Chinese plugins that fill records from CNKI write it): read on the
    pane's page below its first label, and only when every such note gives one serial."""
    if not column:
        return None
    hits = [hit for line in ix.lines
            if line.page_no == column[0].page_no and line.top >= column[0].top
            and (m := _NOTED_CN.search(ix.text, line.start, line.end))
            and (hit := cn_serial(ix, m.start(), line.end)) and hit.start == m.start()]
    return hits[0] if hits and len({h.value for h in hits}) == 1 else None


def _wrapped_value(ix: TextIndex, hit: Hit, column: list[Line]) -> Hit:
    """A labelled value wrapped over the following lines, up to the next labelled line of the
    record's column: a reference manager's pane (Zotero's 信息) wraps a long 标题 under its
    own start, unlabelled. A continuation is a line's cell starting at the value's left edge
    (a list beside the pane may share the line); anything else ends the value."""
    at = ix.x_span(hit.start, hit.start + 1)
    last = next(ln for ln in column if ln.start <= hit.start < ln.end)
    parts = [(hit.start, hit.end)]
    for after in ix.lines[ix.lines.index(last) + 1:]:
        if after in column or after.page_no != last.page_no or at is None or \
                after.top - last.bottom > last.bottom - last.top:
            break
        cell = next(((_first_char(ix, a, b), b)
                     for a, b in _cells(ix, after)
                     if (x := ix.x_span(a, b)) and abs(x[0] - at[0]) <= ix.char_height(hit.start)),
                    None)
        if cell is not None:
            parts.append(cell)
            last = after
    if len(parts) == 1:
        return hit
    return Hit(_join([ix.text[a:b].strip() for a, b in parts]), parts[0][0], parts[-1][1],
               tuple(parts))


#: A field's label in lenticular brackets opening a line: a database's record page (读秀
#: ``【作者】``, ``【刊名】``, ``【ISSN】``).
_BRACKETED: Final = re.compile(rf"[ \t]*【\s*(?:{_LABEL})\s*】")


def _bracketed_lines(ix: TextIndex) -> list[Line]:
    """The lines opened by a field's label in brackets (:data:`_BRACKETED`)."""
    return [line for line in ix.lines if _BRACKETED.match(ix.text, line.start, line.end)]


#: A field's label and its colon opening a line (``作者：`` / ``来源：`` / ``ISSN：``).
_COLON_LABEL: Final = re.compile(rf"[ \t]*(?:{_LABEL})\s*[:：]")


def _colon_column(ix: TextIndex) -> list[Line]:
    """The lines of a record page that labels its fields with a colon, one a line, the labels
    in one column (NSTL, 万方's detail page: ``作者：`` / ``来源：`` / ``年卷期：`` …, other
    labels such as 机构：/页码： between them): the lines with a cell opened by a field's
    label with its colon, the labels set flush left at the first such label's left edge, or
    flush right, their colons at its colon (a reference manager's pane, Zotero's 信息:
    ``条目类型：`` / ``标题：`` / ``作者：``), on its page. Other labelled lines elsewhere (a
    panel beside it) are not the column's; a list beside the pane may share its lines."""
    labels = [(ln, m) for ln in ix.lines for a, b in _cells(ix, ln)
              if (m := _COLON_LABEL.match(ix.text, a, b))]
    if not labels:
        return []
    first, m0 = labels[0]
    left, colon = ix.x_span(m0.start(), m0.end()), ix.x_span(m0.end() - 1, m0.end())
    column = []
    for line, m in labels:
        x, c = ix.x_span(m.start(), m.end()), ix.x_span(m.end() - 1, m.end())
        size = ix.char_height(m.end() - 1)
        if left and x and colon and c and line.page_no == first.page_no and line not in column \
                and (abs(x[0] - left[0]) <= size or abs(c[1] - colon[1]) <= size):
            column.append(line)
    return column


def _first_char(ix: TextIndex, start: int, end: int) -> int:
    """The offset of the first printed character between `start` and `end` (a line's, a
    cell's)."""
    text = ix.text[start:end]
    return start + len(text) - len(text.lstrip())


def _in_lines(hit: Hit, lines: list[Line]) -> bool:
    """Whether `hit` starts on one of `lines`."""
    return any(ln.start <= hit.start < ln.end for ln in lines)


def _column_first(seen: dict[str, list[Hit]], column: list[Line]) -> dict[str, list[Hit]]:
    """A colon-labelled record page's fields: a field labelled in its column is read there
    only (a panel beside it, the journal's 期刊信息, may repeat the ISSN); a field labelled
    only elsewhere on the page is kept where all its labels give one value (the panel's CN),
    else dropped (two values: which is the record's is not read)."""
    kept = {}
    for key, hits in seen.items():
        inside = [h for h in hits if _in_lines(h, column)]
        if inside:
            kept[key] = inside
        elif len({squash(h.value) for h in hits}) == 1:
            kept[key] = hits[:1]
    return kept


def _record_page(ix: TextIndex, opened: list[Line], seen: dict[str, list[Hit]]) -> bool:
    """Whether the page is a database's record page (读秀, 知网's older pages, NSTL), which
    labels the record's fields one a line, in brackets (``【作者】`` / ``【刊名】`` …) or with a
    colon in one column (``作者：`` / ``来源：`` …): at least four of the record's fields so
    labelled, each once."""
    keys = {_tag_key(m["tag"]) for line in opened
            if (m := _LABEL_LINE.match(ix.text, _first_char(ix, line.start, line.end), line.end))}
    return len(keys) >= 4 and all(len(seen.get(k, ())) == 1 for k in keys)


def _record_heading(ix: TextIndex, opened: list[Line]) -> Hit | None:
    """A record page's title, which it does not label: the record's heading, the line right
    above its first labelled field and starting at the labels' left edge (never the site's
    name or its search box, set elsewhere, nor the box of other articles beside the record:
    the heading's cell ends at the gap). None where no line stands there, close above: the
    site's bar or banner is no record's heading."""
    left = ix.x_span(_first_char(ix, opened[0].start, opened[0].end), opened[0].end)
    above = _line_above(ix, opened[0], left[0]) if left else None
    if above is None or above.page_no != opened[0].page_no or left is None \
            or _chrome_bar(ix, above) or opened[0].top - above.bottom > 3 * (
                opened[0].bottom - opened[0].top):  # a bar, or a line of its own far above
        return None
    cells = _cells(ix, above)
    start, end = cells[0]
    start = _first_char(ix, start, end)
    at = ix.x_span(start, start + 1)
    if at is None or abs(at[0] - left[0]) > ix.char_height(start):
        return None
    badge = _RECORD_TYPE.match(ix.text, start, end)
    if badge and badge.end() < end:  # the record's type as a badge before its title
        start = badge.end()
    return Hit(squash(ix.text[start:end]), start, end)


#: The type of a record, set as a badge before its title on a record page (``期刊论文``,
#: ``[会议论文]``, ``[期刊]``), set apart from it: it names the kind of record, never the article.
_RECORD_TYPE: Final = re.compile(
    r"[\[【(（]?\s*(?:期刊|会议|学位)\s*论\s*文(?:\s*[\]】)）]|\s+)\s*|"
    r"[\[【(（]\s*(?:期刊|会议|学位|报纸|专利|标准|图书)\s*[\]】)）]\s*")


def _line_above(ix: TextIndex, line: Line, left: float) -> Line | None:
    """The line above `line` on its page that reaches its left edge: lines starting right of
    it (a panel beside the record, 期刊信息 / 刊名 …) stand beside the column, not above it."""
    for above in reversed(ix.lines[:ix.lines.index(line)]):
        first = _first_char(ix, above.start, above.end)
        at = ix.x_span(first, above.end)
        if above.page_no != line.page_no or at is None or \
                at[0] <= left + ix.char_height(first):
            return above
    return None


def _tag_key(tag: str) -> str:
    """The tag as :data:`_TAGS` spells it: ``{Title}``, ``%T``, a worded label unspaced."""
    tag = tag.strip(" :：【】")
    return squash(tag) if _LABEL_ALONE.fullmatch(tag) else tag


def _a_tag(ix: TextIndex, start: int, end: int) -> bool:
    """Whether the cell holds a tag or a worded label alone."""
    while start < end and ix.text[start] == " ":
        start += 1
    return bool(_TAG_ALONE.fullmatch(ix.text, start, end) or
                _LABEL_ALONE.fullmatch(ix.text, start, end))


def _heading_row(ix: TextIndex, cells: list[tuple[int, int]]) -> bool:
    """Whether the row sets two labels side by side: the heading of a list of records
    (``年份 作者 标题 来源`` over a reference manager's list), none of them labelling the next
    cell; a grid of fields alternates label and value (``年份 2021 期 3``)."""
    return any(_a_tag(ix, *a) and _a_tag(ix, *b) for a, b in zip(cells, cells[1:]))


def _shaped(hit: Hit | None, shape: str) -> Hit | None:
    """`hit` with its value the group ``v`` of `shape` when the whole value has that shape."""
    m = re.fullmatch(shape, hit.value.strip()) if hit else None
    return Hit(m["v"], hit.start, hit.end) if hit and m else None


def _tagged_authors(ix: TextIndex, hits: list[Hit]) -> Hit | None:
    """The authors of a tagged record: one tag listing them all (``A1 张伟;李强;``), or one tag
    an author (RIS ``AU``, EndNote ``%A``), in the record's order; all of it names, else None."""
    names: list[str] = []
    for hit in hits:
        more = author_names(hit.value.strip(" ;；"))
        if more is None:
            return None
        names.extend(more)
    if not names:
        return None
    return Hit("|".join(names), hits[0].start, hits[-1].end,
               tuple((h.start, h.end) for h in hits) if len(hits) > 1 else ())
