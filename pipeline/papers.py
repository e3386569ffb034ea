"""When two claimed papers are one paper.

A reviewer takes two claims for the same paper when they have the same title *in the same
journal*: the journal's name, its ISSN or its CN number agree (and the year, when both give
one), and no ISSN or CN read on both says they are two journals. Two papers that merely
share a title — 浅析建筑工程施工管理 appears in many journals every year — are different
papers; a title reused in another journal is a separate, lower signal
(``PAPER_TITLE_REUSED``). Where one claim names no journal at all, only the title can be
compared, and that is the lower signal too.

>>> a = PaperIdentity.of("软土地基处理技术研究", "建筑技术", "1000-4726", "11-2115/TU", 2022)
>>> b = PaperIdentity.of("《软土地基 处理技术研究》", "建築技術", "", "", 2022)
>>> c = PaperIdentity.of("软土地基处理技术研究", "价值工程", "1006-4311", "", 2022)
>>> a.relation(b), a.relation(c), a.relation(PaperIdentity.of("另一篇论文", "建筑技术"))
('same', 'title_only', None)
>>> PaperIdentity.decode(a.title, a.encode()) == a
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

from pipeline.journals import compact_issns, normalise_name
from pipeline.text import letters_digits, nfkc

_CN = re.compile(r"(\d{2})\s*-\s*(\d{4})")

Relation = Literal["same", "title_only"]


def paper_key(title: str) -> str:
    """A title reduced to its letters and digits: width, case, spaces, punctuation folded.

    >>> paper_key("软土地基 处理技术研究！") == paper_key("《软土地基处理技术研究》")
    True
    """
    return letters_digits(nfkc(title).lower())


#: Glyphs of a page's own controls (a sort order's arrows, a close or menu mark): no title of a
#: paper carries them.
_UI_GLYPHS = re.compile(r"[↑↓⇅▲▼△▽✕☆★⋯]")
#: Words of a site's own buttons and menus (复制到剪贴板, 打印, 导出, 排序, 收藏 …).
_UI_WORDS = re.compile(r"复制|剪贴板|打印|导出|下载|排序|收藏|分享|登录|注册|返回|引用|被引|全选")
#: How many signs of a site's controls make a "title" a row of them: a real title may hold
#: one such word (…文献导出方法研究), never a toolbar's run of them.
_UI_SIGNS = 3


def well_formed_title(title: str | None) -> bool:
    """Whether a title read on an upload is a paper's title, not a page's toolbar read in its
    place (文献导出格式 复制到剪贴板 打印 导出 xls doc 排序:发表时间↓): a run of a site's
    button labels and control glyphs names no paper, so it never proves two uploads one.

    >>> well_formed_title("文献导出格式复制到剪贴板打印导出xls doc排序:发表时间↓被引↓")
    False
    >>> well_formed_title("基于用户行为的文献下载量预测研究"), well_formed_title("")
    (True, False)
    """
    text = nfkc(title)
    signs = len(set(_UI_WORDS.findall(text))) + (1 if _UI_GLYPHS.search(text) else 0)
    return bool(paper_key(text)) and signs < _UI_SIGNS


def well_formed_journal(journal: str | None) -> bool:
    """Whether a journal's name read on an upload is a name: Chinese, or Latin of three
    letters at least (Cell, BMJ). Two letters (YR, a record's tag read in its place) name no
    journal, so they never make two uploads one journal.

    >>> well_formed_journal("电气技术"), well_formed_journal("BMJ"), well_formed_journal("YR")
    (True, True, False)
    """
    text = nfkc(journal)
    return bool(re.search(r"[\u3400-\u9fff]", text)) or len(re.findall(r"[A-Za-z]", text)) >= 3


def venue_keys(journal: str | None = "", issn: str | None = "",
               cn: str | None = "") -> frozenset[str]:
    """The keys a journal is known by: its normalised name, its ISSN(s), its CN region-serial.

    >>> sorted(venue_keys("《建筑技术》", "ISSN 1000-4726", "CN 11-2115/TU"))
    ['cn:11-2115', 'issn:10004726', 'name:建筑技术']
    """
    keys = {f"issn:{i}" for i in compact_issns(issn or "")}
    if m := _CN.search(nfkc(cn)):
        keys.add(f"cn:{m[1]}-{m[2]}")
    if name := normalise_name(journal or ""):
        keys.add(f"name:{name}")
    return frozenset(keys)


def same_journal(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of :func:`venue_keys` name one journal: a key in common, unless the
    numbers contradict it. A journal has one ISSN and one CN, so two claims whose ISSNs (or
    CNs) were both read and share none are two journals, whatever name each was read with (a
    form's label 刊名 read as the name on both, or two journals of one name); an ISSN or CN in
    common is one journal.

    >>> same_journal(venue_keys("建筑技术", "1000-4726"), venue_keys("建筑技术", "1000-4726"))
    True
    >>> same_journal(venue_keys("期刊名称", "1000-4726"), venue_keys("期刊名称", "1006-4311"))
    False
    >>> same_journal(venue_keys("建筑技术", "1000-4726", "11-2115/TU"),
    ...              venue_keys("建筑技术", "2096-0000", "11-2115/TU"))
    True
    """
    shared = a & b
    if not shared:
        return False
    if any(not key.startswith("name:") for key in shared):
        return True
    return not any({k for k in a if k.startswith(p)} and {k for k in b if k.startswith(p)}
                   for p in ("issn:", "cn:"))


class DeclaredPaper(Protocol):
    """A paper as the form declares it (:class:`pipeline.ingest.application.Paper`)."""

    @property
    def title(self) -> str: ...
    @property
    def journal(self) -> str: ...
    @property
    def issn(self) -> str: ...
    @property
    def cn(self) -> str: ...
    @property
    def year(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class PaperIdentity:
    """What identifies a paper: its title's key, the keys of its journal, its year."""

    title: str  # paper_key of the title
    venue: frozenset[str] = frozenset()
    year: int | None = None

    @classmethod
    def of(cls, title: str, journal: str | None = "", issn: str | None = "", cn: str | None = "",
           year: int | str | None = None) -> PaperIdentity:
        """The identity of a paper as declared or as printed."""
        year_value = (int(year)
                      if isinstance(year, int) or (isinstance(year, str) and year.isdigit())
                      else None)
        return cls(paper_key(title), venue_keys(journal, issn, cn), year_value)

    def relation(self, other: PaperIdentity) -> Relation | None:
        """``same`` paper, ``title_only`` (same title, another or unknown journal), or None."""
        if not self.title or self.title != other.title:
            return None
        years_agree = self.year is None or other.year is None or self.year == other.year
        if same_journal(self.venue, other.venue) and years_agree:
            return "same"
        return "title_only"

    def encode(self) -> str:
        """One text value for the store: the year, then the journal keys."""
        return "|".join([str(self.year or ""), *sorted(self.venue)])

    @classmethod
    def decode(cls, title_key: str, encoded: str = "") -> PaperIdentity:
        """The identity :meth:`encode` stored (`title_key` from the store's key column)."""
        year, *venue = (encoded or "").split("|")
        return cls(title_key, frozenset(v for v in venue if v),
                   int(year) if year.isdigit() else None)


def declared_identity(paper: DeclaredPaper) -> PaperIdentity:
    """A declared paper's identity: its title, journal, ISSN, CN and year as the form gives them."""
    return PaperIdentity.of(paper.title, paper.journal, paper.issn, paper.cn, paper.year)
