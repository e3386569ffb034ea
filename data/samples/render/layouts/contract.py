"""Labour and appointment contracts (劳动合同书 / 事业单位聘用合同): party blocks in different
labels and orders (甲方（用人单位）, 用人单位（甲方）, 聘用单位/受聘人员, side by side), the
统一社会信用代码 in different places, 固定期限 vs 无固定期限 wording with ticked options, and a
table-form cover page."""

from __future__ import annotations

from .. import documents as D
from ._common import A4, KAI, MICRO, MING, Built, Page, cn, grid, ink, layout

LAYOUTS: dict = {}


def _fields(name, id_number, unit, credit_code, start, end):
    return {"name": name, "id_number": id_number, "unit": unit, "credit_code": credit_code,
            "start": start, "end": end}


def _roles(public):
    return ("聘用单位", "受聘人员") if public else ("用人单位", "劳动者")


def _clauses(p: Page, y: float, post: str, size=11.5, lead=21) -> float:
    for cl in (f"乙方同意根据甲方工作需要，在{post}岗位从事专业技术工作，工作地点为广西柳州市。",
               "甲方安排乙方执行标准工时制度。甲方按月以货币形式支付乙方工资，不低于柳州市最低工资标准。",
               "甲方按国家和自治区规定为乙方办理养老、医疗、失业、工伤、生育保险。"):
        y = p.wrapped(70, y, cl, 455, size, lead, first_indent=23) + 2
    return y


def _signatures(p, y, name, unit, signed_on, seal, seed, size=12):
    p.row([(70, "甲方（盖章）：", y), (320, f"乙方（签字）：{name}", y)], size)
    p.row([(70, "法定代表人或委托代理人：", y + 30)], size)
    p.row([(70, f"日期：{cn(signed_on)}", y + 60), (320, f"日期：{cn(signed_on)}", y + 60)], size)
    if seal:
        p.seal(170, y + 30, 112, unit, seed=seed + 4, **ink(seed))


layout(LAYOUTS, "contract.classic")(D.contract)


@layout(LAYOUTS, "contract.renshe_template")
def renshe_template(*, name, id_number, unit, credit_code, legal_rep, address, start, end, post,
                    signed_on, public=False, seal=True, seed=0, **_) -> Built:
    """The 人社部 model text: long party labels (名称/统一社会信用代码/法定代表人（主要负责人）或者
    委托代理人/注册地址; 姓名/居民身份证号码/户籍地址) and the term as ticked options."""
    a, b = _roles(public)
    p = Page(*A4, font=MING)
    p.text(297, 70, "劳动合同书" if not public else "聘用合同书", 24, "center")
    p.text(480, 96, "（通用）", 11, "right")
    y = 130
    for line in (f"甲方（{a}）名称：{unit}", f"统一社会信用代码：{credit_code}",
                 f"法定代表人（主要负责人）或者委托代理人：{legal_rep}", f"注册地址：{address}",
                 f"乙方（{b}）姓名：{name}", f"居民身份证号码：{id_number}",
                 "户籍地址：见身份证", "联系电话：见登记表"):
        p.text(70, y, line, 11.5)
        y += 22
    p.text(70, y + 8, "一、劳动合同期限", 12.5)
    y += 34
    fixed = "√" if end else "□"
    open_ = "□" if end else "√"
    p.text(70, y, "第一条 甲乙双方自用工之日起建立劳动关系，双方约定按下列第" +
           ("1" if end else "2") + "种方式确定劳动合同期限：", 11.5)
    y += 22
    p.text(84, y, f"{fixed}1.固定期限：自{cn(start) if end else '　年　月　日'}起至"
                  f"{cn(end) if end else '　年　月　日'}止。", 11.5)
    y += 22
    p.text(84, y, f"{open_}2.无固定期限：自{cn(start) if not end else '　年　月　日'}"
                  "起至依法解除、终止劳动合同时止。", 11.5)
    y += 30
    p.text(70, y, "二、工作内容和工作地点", 12.5)
    y = _clauses(p, y + 26, post)
    _signatures(p, y + 40, name, unit, signed_on, seal, seed)
    return Built("contract", [p], _fields(name, id_number, unit, credit_code, start, end),
                 seal=unit if seal else None)


@layout(LAYOUTS, "contract.side_by_side")
def side_by_side(*, name, id_number, unit, credit_code, legal_rep, address, start, end, post,
                 signed_on, public=False, seal=True, seed=0, **_) -> Built:
    """Party blocks side by side in a table (甲方 left, 乙方 right)."""
    a, b = _roles(public)
    p = Page(*A4, font=MICRO)
    p.text(297, 80, "事业单位聘用合同" if public else "劳动合同", 22, "center")
    y = grid(p, 60, 120, [90, 150, 90, 145], [
        [f"甲方（{a}）", unit, f"乙方（{b}）", name],
        ["统一社会信用代码", credit_code, "身份证号", id_number],
        ["法定代表人", legal_rep, "岗位", post],
        ["地址", address, "", ""]], 40, 9.5)
    term = (f"合同期限：自{cn(start)}起至{cn(end)}止（固定期限）。" if end else
            f"合同期限：无固定期限，自{cn(start)}起。")
    p.text(70, y + 34, "第一条 合同期限", 12)
    y = p.wrapped(70, y + 58, term, 455, 11.5, 21, first_indent=23)
    p.text(70, y + 10, "第二条 工作内容", 12)
    y = _clauses(p, y + 34, post)
    _signatures(p, y + 40, name, unit, signed_on, seal, seed)
    return Built("contract", [p], _fields(name, id_number, unit, credit_code, start, end),
                 seal=unit if seal else None)


@layout(LAYOUTS, "contract.reversed_labels")
def reversed_labels(*, name, id_number, unit, credit_code, legal_rep, address, start, end, post,
                    signed_on, public=False, seal=True, seed=0, **_) -> Built:
    """用人单位（甲方） / 劳动者（乙方） labels, the credit code at the end of the party block and
    the term worded as a number of years (合同期限为十年) or 无固定期限."""
    a, b = _roles(public)
    p = Page(*A4, font=KAI)
    p.text(297, 84, "聘用合同书" if public else "劳动合同书", 26, "center")
    y = 140
    for line in (f"{a}（甲方）：{unit}", f"法定代表人：{legal_rep}", f"地址：{address}",
                 f"统一社会信用代码：{credit_code}", "", f"{b}（乙方）：{name}",
                 f"公民身份号码：{id_number}", ""):
        if line:
            p.text(70, y, line, 12.5)
        y += 24
    if end:
        years = int(end[:4]) - int(start[:4])
        term = (f"本合同期限为{D.YEARS_CN.get(years, str(years)) if years != 10 else '十'}年，"
                f"自{cn(start)}起至{cn(end)}止，其中试用期两个月。")
    else:
        term = f"本合同为无固定期限劳动合同，自{cn(start)}起履行，至法定解除或终止条件出现时止。"
    p.text(70, y, "一、合同期限", 12.5)
    y = p.wrapped(70, y + 24, term, 455, 12, 22, first_indent=24)
    p.text(70, y + 8, "二、工作内容", 12.5)
    y = _clauses(p, y + 32, post, 12, 22)
    _signatures(p, y + 40, name, unit, signed_on, seal, seed, 12.5)
    return Built("contract", [p], _fields(name, id_number, unit, credit_code, start, end),
                 seal=unit if seal else None)


@layout(LAYOUTS, "contract.cover_table", pages=2)
def cover_table(*, name, id_number, unit, credit_code, legal_rep, address, start, end, post,
                signed_on, public=False, seal=True, seed=0, **_) -> Built:
    """Two pages: a table-form cover (甲方/乙方/签订日期/合同编号), then the party blocks and
    clauses; the seal on the signature page."""
    a, b = _roles(public)
    cover = Page(*A4, font=MING)
    cover.text(470, 80, f"合同编号：LD{signed_on[:4]}{abs(hash_int(name)) % 10000:04d}", 11, "right")
    cover.text(297, 250, "聘 用 合 同 书" if public else "劳 动 合 同 书", 32, "center")
    grid(cover, 120, 420, [100, 255], [[f"甲方（{a}）", unit], [f"乙方（{b}）", name],
                                       ["签订日期", cn(signed_on)]], 40, 12)
    cover.text(297, 720, "柳州市人力资源和社会保障局监制", 12, "center")
    p = Page(*A4, font=MING)
    y = 80
    for line in (f"甲方：{unit}", f"统一社会信用代码：{credit_code}", f"法定代表人：{legal_rep}",
                 f"乙方：{name}", f"身份证号码：{id_number}"):
        p.text(70, y, line, 12)
        y += 24
    term = (f"甲乙双方选择以下第一种形式确定本合同期限：固定期限，自{cn(start)}起至{cn(end)}止。"
            if end else f"甲乙双方选择以下第三种形式确定本合同期限：无固定期限，自{cn(start)}起。")
    p.text(70, y + 10, "第一条 合同期限", 12.5)
    y = p.wrapped(70, y + 36, term, 455, 12, 22, first_indent=24)
    p.text(70, y + 8, "第二条 工作内容和工作地点", 12.5)
    y = _clauses(p, y + 32, post, 12, 22)
    _signatures(p, y + 50, name, unit, signed_on, seal, seed)
    return Built("contract", [cover, p], _fields(name, id_number, unit, credit_code, start, end),
                 seal=unit if seal else None)


def hash_int(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
