"""Continuing-education certificates (继续教育证明): prose, a landscape 合格证书 with hours by
part, a registration table of courses, an online-platform printout, a prose form with the
hours in Chinese numerals."""

from __future__ import annotations

from .. import documents as D
from ._common import (
    A4,
    A4_LANDSCAPE,
    KAI,
    MICRO,
    MING,
    Built,
    Page,
    cn,
    cn_upper,
    frame,
    ink,
    layout,
    num_cn,
    text_width,
)

LAYOUTS: dict = {}


def _fields(name, year, hours):
    return {"name": name, "year": year, "hours": hours}


def _split(hours: int) -> tuple[int, int]:
    public = 30 if hours >= 60 else hours // 3
    return public, hours - public


layout(LAYOUTS, "continuing_education.classic")(D.continuing_education)


@layout(LAYOUTS, "continuing_education.card")
def card(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    p = Page(*A4_LANDSCAPE, background=(245, 250, 245), font=KAI)
    frame(p, (30, 110, 60), 18, 26, 2.2)
    p.text(421, 90, "专业技术人员继续教育合格证书", 24, "center", (30, 110, 60))
    pub, spec = _split(hours)
    p.row([(120, f"姓名：{name}", 160), (420, f"身份证号：{id_number}", 160)], 14)
    p.table(120, 200, [150, 150, 150, 150],
            [["年度", "公需科目", "专业科目", "合计"],
             [f"{year}", f"{pub}学时", f"{spec}学时", f"{hours}学时"]], 34, 13)
    p.text(120, 330, "经考核，成绩合格，特发此证。", 14)
    p.text(700, 430, issuer, 14, "right")
    p.text(700, 462, cn(issued_on), 14, "right")
    p.seal(700 - text_width(issuer, 14, KAI) / 2, 440, 118, issuer, seed=seed + 8, **ink(seed))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


@layout(LAYOUTS, "continuing_education.register")
def register(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """A registration table of courses whose hours sum to the total (合计)."""
    p = Page(*A4, font=MICRO)
    p.text(297, 80, f"{year}年度专业技术人员继续教育登记表", 17, "center")
    p.row([(60, f"姓名：{name}", 112), (300, f"身份证号：{id_number}", 112)], 11)
    pub, spec = _split(hours)
    rows = [["序号", "课程名称", "类别", "学时", "形式"],
            ["1", "专业技术人员职业道德与诚信建设", "公需科目", str(pub), "网络"],
            ["2", "专业新技术新规范", "专业科目", str(spec // 2), "面授"],
            ["3", "行业标准解读与案例分析", "专业科目", str(spec - spec // 2), "网络"],
            ["", "合计", "", f"{hours}学时", ""]]
    y = p.table(60, 130, [40, 200, 80, 70, 85], rows, 28, 10.5)
    p.text(300, y + 80, "继续教育管理机构（盖章）", 11)
    p.text(300, y + 104, issuer, 11)
    p.text(300, y + 130, cn(issued_on), 11)
    p.seal(380, y + 100, 112, issuer, seed=seed + 8, **ink(seed + 1))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


@layout(LAYOUTS, "continuing_education.platform")
def platform(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """An online-platform printout: 学习证明, hours by part, a verification code, print date."""
    p = Page(*A4)
    p.rect(0, 0, 595, 50, None, (30, 90, 170), 0)
    p.text(40, 32, "广西专业技术人员继续教育信息管理系统", 14, color=(255, 255, 255))
    p.text(297, 110, "继续教育学习证明", 20, "center")
    pub, spec = _split(hours)
    for i, line in enumerate((f"姓名：{name}", f"证件号码：{id_number}", f"学习年度：{year}",
                              f"已完成学时：{hours}学时（公需科目{pub}学时，专业科目{spec}学时）",
                              "学习状态：已达标")):
        p.text(80, 160 + 30 * i, line, 12.5)
    p.text(80, 340, f"验证码：{(seed * 7919) % 10**8:08d}", 11)
    p.text(80, 370, f"打印日期：{issued_on}", 11)
    p.text(500, 460, issuer, 12, "right")
    p.seal(430, 450, 110, issuer, seed=seed + 8, **ink(seed + 2))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


@layout(LAYOUTS, "continuing_education.cn_numerals")
def cn_numerals(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """Prose with the hours in Chinese numerals (九十学时) and the date in 〇-numerals."""
    p = Page(*A4, font=MING)
    p.text(297, 110, "证    明", 24, "center")
    h = num_cn(hours) if hours < 100 else str(hours)
    body = (f"兹证明{name}同志（身份证号：{id_number}）已完成{year}年度专业技术人员继续教育，"
            f"累计{h}学时，经考核合格。")
    y = p.wrapped(70, 190, body, 455, 15, 30, first_indent=30)
    p.text(100, y + 10, "特此证明。", 15)
    p.text(520, y + 100, issuer, 14, "right")
    p.text(520, y + 134, cn_upper(issued_on), 14, "right")
    p.seal(520 - text_width(issuer, 14, MING) / 2, y + 112, 118, issuer, seed=seed + 8,
           **ink(seed + 3))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)
