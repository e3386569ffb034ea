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
    grid,
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


# --------------------------------------------------------------------------- fresh (round 2)
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as `fresh`.

@layout(LAYOUTS, "continuing_education.jieye_zhengshu", cn_dates=False)
def jieye_zhengshu(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """A 结业证书 from a training provider (a university's 继续教育学院 or an industry
    association) for the 专业科目 course: landscape, 证书编号 top right, 学员 ... 于2023年3月至
    2023年6月参加...培训，完成全部课程学习，共计72学时，考核合格, the issuer's seal over
    发证单位 and the date, and a small-print line on 学时登记."""
    p = Page(*A4_LANDSCAPE, background=(250, 248, 240), font=MING)
    frame(p, (170, 130, 50), 16, 24, 2.0)
    p.text(780, 56, f"证书编号：JX{year}{(seed * 37) % 100000:05d}", 10.5, "right")
    p.text(421, 112, "结 业 证 书", 32, "center", (150, 30, 30))
    m1 = 3 + seed % 4
    body = (f"学员 {name}（身份证号：{id_number}）于{year}年{m1}月至{year}年{m1 + 3}月参加"
            f"{year}年度专业技术人员继续教育专业科目培训，完成全部课程学习，共计{hours}学时，"
            "考核合格，特发此证。")
    y = p.wrapped(110, 190, body, 620, 17, 36, first_indent=34)
    p.text(110, y + 30, f"培训年度：{year}", 13)
    p.text(720, y + 110, f"发证单位：{issuer}", 14, "right")
    p.text(720, y + 146, f"{issued_on[:4]}年{int(issued_on[5:7])}月{int(issued_on[8:10])}日", 14,
           "right")
    p.seal(640, y + 124, 116, issuer, seed=seed + 8, **ink(seed + 4))
    p.text(421, 560, "本证书可作为专业技术人员继续教育学时登记的依据", 9.5, "center", (110, 110, 110))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


@layout(LAYOUTS, "continuing_education.shenyan_biao")
def shenyan_biao(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The yearly 专业技术人员继续教育学时审验表: a grid with the person, rows for 公需科目 and
    专业科目 with 应修 / 实修 hours, the unit's opinion box and the 审验 box of the bureau
    (经审验，该同志2023年度完成继续教育90学时，达到规定要求。) with its seal."""
    p = Page(*A4, font=KAI)
    p.text(297, 76, "专业技术人员继续教育学时审验表", 19, "center")
    p.text(535, 102, f"审验年度：{year}年", 11, "right")
    pub, spec = _split(hours)
    y = grid(p, 60, 114, [90, 150, 90, 145], [
        ["姓名", name, "身份证号", id_number],
        ["学习类别", "应修学时", "实修学时", "完成情况"],
        ["公需科目", "30", str(pub), "完成" if pub >= 30 else "未完成"],
        ["专业科目", "60", str(spec), "完成" if spec >= 60 else "未完成"],
        ["合计", "90", str(hours), "达标" if hours >= 90 else "未达标"]], 32, 11)
    p.rect(60, y, 475, 120, (0, 0, 0), None, 0.8)
    p.text(70, y + 24, "所在单位意见：", 11.5)
    p.text(90, y + 52, "情况属实。", 11.5)
    p.text(340, y + 100, "（单位盖章）    年  月  日", 11)
    y += 120
    p.rect(60, y, 475, 160, (0, 0, 0), None, 0.8)
    p.text(70, y + 24, "审验意见：", 11.5)
    p.wrapped(90, y + 52, f"经审验，该同志{year}年度完成继续教育{hours}学时，"
              + ("达到规定要求。" if hours >= 90 else "请按规定补足。"), 420, 11.5, 22)
    p.text(330, y + 112, issuer, 11)
    p.text(330, y + 138, cn(issued_on), 11)
    p.seal(420, y + 116, 110, issuer, seed=seed + 8, **ink(seed + 1))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)
