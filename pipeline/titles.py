"""Professional titles (职称) as they are written, and the level each belongs to.

One vocabulary for the extractors (which find a title on a page) and the rules (which compare
it with the form). Letters and certificates write a title inside other words — 兹聘任张伟同志为
工程师职务, 聘任为高级工程师（副高级）岗位, 专业技术职务：主治医师 — so comparisons go through
:func:`canonical_title`, which keeps the title alone.

>>> title_level("高级工程师"), title_level("助理工程师"), title_level("工程师")
('副高级', '初级', '中级')
>>> (canonical_title("工程师职务"), canonical_title("同志为主管护师岗位"),
...  canonical_title("十级岗位"))
('工程师', '主管护师', None)
"""

from __future__ import annotations

import re

TITLE = (
    r"正高级工程师|教授级高级工程师|高级工程师|助理工程师|工程师|技术员"
    r"|(?:正高级|高级|助理)?(?:经济师|会计师|统计师|审计师|政工师|农艺师|畜牧师|兽医师|实验师|工艺美术师)"
    r"|(?:高级|助理)?(?:会计师|经济师)|会计员|经济员|统计员"
    r"|(?:正高级|高级|一级|二级|三级)教师"
    r"|(?:主任|副主任|主治|主管)?(?:医师|药师|护师|技师)|医士|护士|药士|技士"
    r"|副教授|教授|高级讲师|讲师|助教|助理研究员|副研究员|研究员|研究实习员"
    r"|(?:研究|副研究|助理)?馆员|管理员"
    r"|(?:主任|副主任|主管)?编辑|助理编辑|(?:高级|主任)?记者|助理记者"
)
TITLE_RE = re.compile(TITLE)

_LEVEL_RULES: tuple[tuple[str, str], ...] = (
    (r"^(?:正高级|教授级)", "正高级"),
    (r"^(?:教授|研究员|主任(?:医|药|护|技)师|主任记者|编审|研究馆员)$", "正高级"),
    (r"^(?:高级|副)", "副高级"),
    (r"^(?:助理研究员|助理馆员)$", "中级"),  # careful: 助理研究员 is 中级
    (r"^(?:助理|技术员|医士|护士|药士|技士|.*员$|助教|(?:二级|三级)教师|(?:医|药|护|技)师$)",
     "初级"),
    (r"^(?:工程师|主治|主管|讲师|一级教师|.*师$|编辑|记者|馆员)", "中级"),
)
LEVELS = ("初级", "中级", "副高级", "正高级")
_LEVEL_ALIASES = {"员级": "初级", "助理级": "初级", "初级": "初级", "中级": "中级",
                  "副高": "副高级", "副高级": "副高级", "高级": "副高级",
                  "正高": "正高级", "正高级": "正高级"}


def title_level(title: str) -> str | None:
    """初级/中级/副高级/正高级 for a professional title's name, None when unknown.

    >>> [title_level(t) for t in ("正高级工程师", "副主任医师", "主治医师", "助理研究员", "技术员")]
    ['正高级', '副高级', '中级', '中级', '初级']
    """
    title = re.sub(r"\s+", "", title)
    for pattern, level in _LEVEL_RULES:
        if re.search(pattern, title):
            return level
    return None


def level_value(text: str) -> str | None:
    """A level as the certificates write it (副高, 高级, 员级) in the four canonical forms."""
    text = re.sub(r"\s+", "", text)
    for key in sorted(_LEVEL_ALIASES, key=len, reverse=True):
        if text.startswith(key):
            return _LEVEL_ALIASES[key]
    return None



def titles_in(text: str) -> list[str]:
    """Every professional title written in `text`, in order (the longest reading of each).

    >>> titles_in("取得助理工程师资格，现聘任为工程师")
    ['助理工程师', '工程师']
    """
    return TITLE_RE.findall(re.sub(r"\s+", "", text or ""))


def canonical_title(text: str) -> str | None:
    """The title `text` names without the words around it, None when it names none (or two
    different ones, which a reviewer would have to read)."""
    found = set(titles_in(text))
    return found.pop() if len(found) == 1 else None


_CN_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
_POST_GRADE = re.compile(r"专(?:业)?技(?:术)?(?:岗位)?(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})级")


def post_grade_level(text: str) -> str | None:
    """The title level a professional-technical post grade (专技九级, 专业技术十级岗位) belongs
    to, None when `text` names no grade. Public institutions appoint to one of 13 grades: 1-4
    正高级, 5-7 副高级, 8-10 中级, 11-13 初级 (《事业单位岗位设置管理试行办法》, 人社部 2006).

    >>> (post_grade_level("专技九级"), post_grade_level("专业技术十二级岗位"),
    ...  post_grade_level("工程师"))
    ('中级', '初级', None)
    """
    m = _POST_GRADE.search(re.sub(r"\s+", "", text or ""))
    if not m:
        return None
    raw = m["n"]  # 1..13: 九, 十, 十二 or digits
    grade = (int(raw) if raw.isdigit()
             else (10 if raw.startswith("十") else 0) + _CN_NUMBERS.get(raw[-1], 0) % 10)
    for top, level in ((4, "正高级"), (7, "副高级"), (10, "中级"), (13, "初级")):
        if 1 <= grade <= top:
            return level
    return None
