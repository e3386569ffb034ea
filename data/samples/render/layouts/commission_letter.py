"""Commission letters (委托评审函): plain letter, red-headed 文件, a 委托评审申请表 grid, a short
letter on letterhead and a 委托书 between 委托方 and 受托方."""

from __future__ import annotations

from .. import documents as D
from ._common import A4, KAI, MICRO, MING, Built, Page, cn, grid, ink, layout, text_width

LAYOUTS: dict = {}


def _fields(name, unit, issued_on):
    return {"name": name, "unit": unit, "issued_on": issued_on}


def _sign(p, y, unit, issued_on, seed, size=14, font=MING, k=0):
    p.text(520, y, unit, size, "right")
    p.text(520, y + 32, cn(issued_on), size, "right")
    p.seal(520 - text_width(unit, size, font) / 2, y + 14, 118, unit, seed=seed + 7,
           **ink(seed + k))


layout(LAYOUTS, "commission_letter.classic")(D.commission_letter)


@layout(LAYOUTS, "commission_letter.wenjian")
def wenjian(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
            **_) -> Built:
    """红头: the unit's 文件 heading, 文号, a red rule, 关于委托评审...的函."""
    from ..layout import Line

    p = Page(*A4, font=MING)
    p.text(297, 100, f"{unit}", 22, "center", (200, 20, 25))
    p.text(297, 140, doc_no, 12, "center")
    p.items.append(Line(60, 154, 535, 154, 2.0, (200, 20, 25)))
    p.text(297, 200, f"关于委托评审{name}同志{series}系列{level}职称的函", 15, "center")
    p.text(70, 245, f"{to_whom}：", 14)
    body = (f"我单位{name}同志，身份证号码{id_number}，现申报{series}系列{level}职称。"
            "因我单位所属行业未设相应评审委员会，特委托贵单位组织评审，"
            "评审结果我单位予以认可。")
    y = p.wrapped(70, 280, body, 455, 14, 28, first_indent=28)
    p.text(98, y + 6, "妥否，请函复。", 14)
    _sign(p, y + 90, unit, issued_on, seed, k=1)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


@layout(LAYOUTS, "commission_letter.form")
def form(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
         **_) -> Built:
    """A 委托评审申请表 grid with the unit's opinion and seal in the last cell."""
    p = Page(*A4, font=MICRO)
    p.text(297, 80, "职称委托评审申请表", 20, "center")
    y = grid(p, 60, 110, [110, 365], [
        ["委托单位", unit], ["受委托单位", to_whom], ["申报人姓名", name],
        ["身份证号码", id_number], ["申报系列", series], ["申报级别", level]], 32, 11.5,
        align_left=True)
    p.rect(60, y, 475, 200, (0, 0, 0), None, 0.8)
    p.text(70, y + 26, "委托单位意见：", 11.5)
    p.wrapped(84, y + 52, f"同意委托{to_whom}对{name}同志进行{series}系列{level}职称评审。",
              440, 11.5, 20, first_indent=23)
    _sign(p, y + 130, unit, issued_on, seed, 12, MICRO, k=2)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


@layout(LAYOUTS, "commission_letter.letterhead")
def letterhead(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
               **_) -> Built:
    """Short letter on letterhead (unit name and rule at the top, contact line at the bottom)."""
    p = Page(*A4, font=KAI)
    p.text(70, 60, unit, 13, color=(30, 60, 120))
    p.hline(60, 535, 70, 1.0)
    p.text(297, 130, "委托评审函", 22, "center")
    p.text(70, 180, f"{to_whom}：", 14)
    body = (f"兹有我单位{name}（身份证号：{id_number}）申报{level}{series}职称，"
            "特委托贵局组织评审。")
    y = p.wrapped(70, 214, body, 455, 14, 28, first_indent=28)
    p.text(98, y + 6, "此致", 14)
    p.text(70, y + 36, "敬礼！", 14)
    _sign(p, y + 110, unit, issued_on, seed, 14, KAI, k=3)
    p.hline(60, 535, 770, 0.6)
    p.text(70, 790, "联系人：人事部  联系电话：0772-XXXXXXX", 10)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


@layout(LAYOUTS, "commission_letter.weituoshu")
def weituoshu(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
              **_) -> Built:
    """委托书: 委托方 / 受托方 blocks, then the matter."""
    p = Page(*A4, font=MING)
    p.text(297, 100, "委  托  书", 24, "center")
    p.text(70, 160, f"委托方：{unit}", 13)
    p.text(70, 188, f"受托方：{to_whom}", 13)
    p.text(70, 230, "委托事项：", 13)
    body = (f"委托受托方对我单位专业技术人员{name}（公民身份号码{id_number}）"
            f"进行{series}系列{level}专业技术资格评审。")
    y = p.wrapped(84, 258, body, 440, 13, 26, first_indent=26)
    p.text(70, y + 10, "委托期限：自本委托书签发之日起至本年度评审工作结束。", 13)
    p.text(70, y + 60, "委托方（盖章）：", 13)
    _sign(p, y + 100, unit, issued_on, seed, 13, MING, k=4)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)
