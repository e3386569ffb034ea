"""Commission letters (委托评审函): plain letter, red-headed 文件, a 委托评审申请表 grid, a short
letter on letterhead and a 委托书 between 委托方 and 受托方."""

from __future__ import annotations

from .. import documents as D
from ..layout import Line
from ._common import (
    A4,
    A4_LANDSCAPE,
    KAI,
    MICRO,
    MING,
    Built,
    Page,
    cn,
    grid,
    ink,
    layout,
    text_width,
)

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


# --------------------------------------------------------------------------- fresh (round 2)
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as `fresh`.

@layout(LAYOUTS, "commission_letter.with_name_list", cn_dates=False)
def with_name_list(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                   seed=0, **_) -> Built:
    """The bureau template a city notice annexes (委托评审模板): a 关于委托评审的函 addressed to
    the 职改办, a short body that refers to the list below, 联系人 / 联系电话, the seal over a
    date with zero-padded month and day (2024年06月05日), then 附件：委托评审人员名单 as a table."""
    p = Page(*A4, font=MING)
    p.text(297, 90, f"关于委托评审{series}系列{level}职称的函", 18, "center")
    p.text(70, 140, f"{to_whom}：", 13.5)
    body = (f"根据职称评审有关规定，我单位{series}系列{level}职称暂不具备组建评审委员会条件。"
            "经研究，现将我单位符合申报条件的专业技术人员（名单附后）委托贵单位组织评审，"
            "我单位对申报材料的真实性负责，评审结果由我单位按规定予以认可。")
    y = p.wrapped(70, 176, body, 455, 13.5, 27, first_indent=27)
    p.text(97, y + 4, "恳请予以支持。", 13.5)
    p.text(70, y + 44, "联系人：人事部      联系电话：0772-" + f"{3100000 + seed % 899999}", 12)
    date = f"{issued_on[:4]}年{issued_on[5:7]}月{issued_on[8:10]}日"
    p.text(520, y + 120, unit, 13.5, "right")
    p.text(520, y + 152, date, 13.5, "right")
    p.seal(520 - text_width(unit, 13.5, MING) / 2, y + 132, 116, unit, seed=seed + 7,
           **ink(seed + 2))
    p.text(70, y + 210, "附件：委托评审人员名单", 12.5)
    p.table(70, y + 224, [40, 80, 170, 80, 85],
            [["序号", "姓名", "身份证号码", "申报系列", "申报级别"],
             ["1", name, id_number, series, level]], 26, 10.5)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


@layout(LAYOUTS, "commission_letter.jieshaoxin_stub", cn_dates=False)
def jieshaoxin_stub(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                    seed=0, **_) -> Built:
    """A 委托代评函 on the old 介绍信 pad (landscape): the 存根 counterfoil at the left with
    the same particulars and 号, a dashed tear line with the seal stamped across it (骑缝章),
    the letter at the right with 有效期, and dates as 2024.06.05 on the stub."""
    p = Page(*A4_LANDSCAPE, background=(250, 250, 246), font=KAI)
    no = f"{issued_on[:4]}字第{hash_int(id_number) % 90 + 10}号"
    p.text(140, 70, "委托代评函（存根）", 15, "center")
    p.text(50, 110, no, 11)
    for i, line in enumerate((f"申报人：{name}", f"身份证号：{id_number}", f"系列：{series}",
                              f"级别：{level}", f"受托单位：{to_whom[:9]}", to_whom[9:],
                              f"开具日期：{issued_on.replace('-', '.')}", "经办人：")):
        if line:
            p.text(50, 145 + 30 * i, line, 11)
    for yy in range(40, 560, 10):
        p.items.append(Line(262, yy, 262, yy + 5, 0.8, (80, 80, 80)))
    p.text(540, 70, "委 托 代 评 函", 22, "center")
    p.text(780, 100, no, 11, "right")
    p.text(300, 140, f"{to_whom}：", 14)
    body = (f"兹有我单位{name}同志（身份证号：{id_number}），申报{series}系列{level}职称，"
            "经我单位资格审查，符合申报条件。因我单位无相应评审权限，特委托贵单位代为评审，"
            "请予接洽。")
    y = p.wrapped(300, 176, body, 480, 14, 30, first_indent=28)
    p.text(328, y + 6, "此致", 14)
    p.text(300, y + 36, "敬礼", 14)
    p.text(780, y + 100, unit, 14, "right")
    p.text(780, y + 134, cn(issued_on), 14, "right")
    p.text(300, 540, "（有效期三十天）", 11)
    p.seal(262, 300, 110, unit, seed=seed + 8, **ink(seed + 1))
    p.seal(780 - text_width(unit, 14, KAI) / 2, y + 112, 116, unit, seed=seed + 7,
           **ink(seed + 1))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


def hash_int(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


# --------------------------------------------------------------------------- round 3
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as
# `round3` (the next blind exam, drawn only by the others3 profile).

@layout(LAYOUTS, "commission_letter.zhuguan_yijian")
def zhuguan_yijian(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
                   **_) -> Built:
    """A 委托评审推荐函 that goes up through the 主管部门: the unit's letter (关于推荐张三同志
    委托评审...的函, 文号 at the right, the body with 现任职务 and 申报 series and level, the
    seal over the unit and date), then a ruled box at the foot where the 主管部门 writes
    同意推荐 and stamps its own seal and date (a second seal and a later date)."""
    p = Page(*A4, font=MING)
    p.text(535, 70, doc_no, 11, "right")
    p.text(297, 118, f"关于推荐{name}同志委托评审", 18, "center")
    p.text(297, 146, f"{series}系列{level}职称的函", 18, "center")
    p.text(60, 196, f"{to_whom}：", 14)
    body = (f"{name}，身份证号码{id_number}，系我单位在职专业技术人员。该同志政治表现良好，"
            f"遵纪守法，业绩突出，经本单位考核，符合{series}系列{level}职称申报条件。"
            "因本行业未组建相应的职称评审委员会，特推荐该同志委托贵单位组织评审，"
            "请予支持。")
    y = p.wrapped(60, 230, body, 475, 14, 28, first_indent=28)
    p.text(60, y + 10, "联系人：人事部    联系电话：0772-" + f"{2800000 + seed % 900000}", 12)
    p.text(520, y + 80, unit, 14, "right")
    p.text(520, y + 112, cn(issued_on), 14, "right")
    p.seal(520 - text_width(unit, 14) / 2, y + 92, 116, unit, seed=seed + 101, **ink(seed))
    top = max(y + 160, 600)
    p.rect(60, top, 475, 170, (0, 0, 0), None, 0.8)
    p.text(72, top + 26, "主管部门意见：", 13)
    p.text(110, top + 70, "情况属实，同意推荐。", 15, color=(25, 35, 90), font=KAI)
    later = f"{issued_on[:8]}{min(28, int(issued_on[8:]) + 3):02d}"
    p.text(320, top + 120, "（盖章）", 12)
    p.text(320, top + 150, cn(later), 12)
    dept = "柳州市工业和信息化局" if "公司" in unit else "柳州市卫生健康委员会"
    p.seal(380, top + 110, 108, dept, seed=seed + 103, **ink(seed + 2))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


@layout(LAYOUTS, "commission_letter.xinjian_shouxie", cn_dates=False)
def xinjian_shouxie(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
                    **_) -> Built:
    """A letter written by hand on the unit's 信笺 (the red letterhead pad small firms keep):
    the pad's printed head (unit name in red, a red double rule, ruled red lines, the address
    and 电话 printed at the foot), the text in 楷体 blue-black on the lines, the date written
    as 2024.6.18 and the seal stamped over the signature."""
    red = (190, 40, 40)
    ink_blue = (25, 35, 95)
    p = Page(*A4, font=KAI, background=(255, 255, 252))
    p.text(297, 66, f"{unit}", 20 if len(unit) <= 16 else 16, "center", red, font=MING)
    p.items.append(Line(50, 84, 545, 84, 1.8, red))
    p.items.append(Line(50, 88, 545, 88, 0.6, red))
    for k in range(22):
        yy = 130 + k * 30
        p.items.append(Line(50, yy + 6, 545, yy + 6, 0.4, (230, 150, 150)))
    y = 130
    p.text(60, y, f"{to_whom}：", 15, color=ink_blue)
    body = (f"我单位{name}同志（身份证号：{id_number}）申报{series}系列{level}职称，"
            "因我单位无评审权，现委托贵局组织评审。评审结果我单位予以认可。"
            "该同志所提交材料均真实有效，如有不实，由我单位承担相应责任。")
    lines = []
    from ..layout import wrap

    for part in wrap(body, 470, 15, 30, KAI):
        lines.append(part)
    y += 30
    for i, part in enumerate(lines):
        p.text(60 + (30 if i == 0 else 0), y, part, 15, color=ink_blue)
        y += 30
    p.text(90, y, "此致", 15, color=ink_blue)
    p.text(60, y + 30, "敬礼！", 15, color=ink_blue)
    p.text(520, y + 90, unit, 15, "right", ink_blue)
    iy, im, idd = (int(v) for v in issued_on.split("-"))
    p.text(520, y + 120, f"{iy}.{im}.{idd}", 15, "right", ink_blue)
    p.seal(520 - text_width(unit, 15, KAI) / 2, y + 100, 116, unit, seed=seed + 105,
           **ink(seed + 1))
    p.items.append(Line(50, 790, 545, 790, 0.6, red))
    p.text(60, 806, "地址：广西柳州市", 9, color=red, font=MING)
    p.text(535, 806, "电话：0772-" + f"{2600000 + seed % 900000}", 9, "right", red, MING)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 4
# Drawn by another hand after round 3's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round4` (drawn only by the others4 profile).

@layout(LAYOUTS, "commission_letter.chuanzhen")
def chuanzhen(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
              **_) -> Built:
    """The letter as the receiving office got it by 传真 (fax) and the applicant then
    uploaded: the fax machine's header line across the top (date and time, the sender's
    number, P.01), a plain letter in 仿宋-like type with 联系人 and 联系电话 under the
    signature, and the seal come through grey and blotchy the way fax prints red."""
    from ._common import other_people

    p = Page(*A4, background=(250, 250, 248), font=MING)
    hh, mm = 9 + seed % 8, seed % 60
    tel = f"0772-{2800000 + seed % 900000}"
    p.text(40, 26, f"{issued_on.replace('-', '/')} {hh:02d}:{mm:02d}   FAX {tel}", 8.5,
           color=(60, 60, 60), font=MICRO)
    p.text(555, 26, "P.01/01", 8.5, "right", (60, 60, 60), font=MICRO)
    p.hline(40, 555, 32, 0.4)
    p.text(297, 110, "关于委托评审专业技术职称的函", 19, "center")
    p.text(520, 140, doc_no, 11, "right")
    p.text(70, 186, f"{to_whom}：", 13.5)
    body = (f"兹有我单位职工{name}同志，公民身份号码{id_number}，拟申报{series}系列{level}"
            "职称。因我单位无相应职称评审权限，特委托贵单位按有关规定组织评审，评审通过后由我单位"
            "按规定聘用并兑现待遇。")
    y = p.wrapped(70, 220, body, 455, 13.5, 27, first_indent=27)
    y = p.wrapped(70, y + 4, "我单位对该同志所提交材料的真实性负责。", 455, 13.5, 27,
                  first_indent=27)
    p.text(97, y + 6, "此函。", 13.5)
    p.text(520, y + 90, unit, 13.5, "right")
    p.text(520, y + 120, cn(issued_on), 13.5, "right")
    p.seal(520 - text_width(unit, 13.5, MING) / 2, y + 100, 116, unit, seed=seed + 7,
           color=(90, 90, 90), strength=0.75)
    contact = other_people(f"contact:{unit}", 1)[0][0]
    p.text(70, y + 190, f"联系人：{contact}    联系电话：{tel}", 11)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 5
# Drawn by another hand after round 4's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round5` (drawn only by the others5 profile).

@layout(LAYOUTS, "commission_letter.xieyi_shuangfang")
def xieyi_shuangfang(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
                     **_) -> Built:
    """The 职称委托评审协议书 some review committees want instead of a bare letter: 协议编号,
    甲方（委托方）with its 联系人 / 联系电话 line and 乙方（受托方）, a preamble, the
    委托事项 as a ruled table (序号 / 姓名 / 身份证号码 / 申报系列 / 申报级别 / 备注), numbered
    clauses on both parties' duties, then the two signature blocks side by side: the unit's
    signed, dated and sealed, the 受托方's still empty (年  月  日) as the applicant uploads it."""
    from ._common import HEI

    p = Page(*A4, font=MING)
    p.text(535, 60, f"协议编号：WT{issued_on[:4]}-{seed % 900 + 100}", 10.5, "right")
    p.text(297, 104, "职称委托评审协议书", 22, "center", font=HEI)
    y = 150
    for line in (f"甲方（委托方）：{unit}",
                 f"联系人：人事部    联系电话：0772-{2500000 + seed % 899999}",
                 f"乙方（受托方）：{to_whom}"):
        p.text(70, y, line, 12.5)
        y += 26
    body = ("为做好专业技术人员职称评审工作，根据职称评审管理有关规定，甲方因本单位未组建相应"
            "职称评审委员会，经双方协商，甲方委托乙方对下列专业技术人员进行职称评审，达成协议如下：")
    y = p.wrapped(70, y + 8, body, 455, 12.5, 25, first_indent=25)
    p.text(70, y + 14, "一、委托事项", 12.5, font=HEI)
    y = p.table(70, y + 26, [40, 70, 160, 80, 60, 45],
                [["序号", "姓名", "身份证号码", "申报系列", "申报级别", "备注"],
                 ["1", name, id_number, series, level, ""]], 26, 10.5)
    clauses = [("二、甲方责任", "甲方负责对申报人的申报资格和申报材料进行审核，对材料的真实性负责，"
                "并按规定进行公示。"),
               ("三、乙方责任", "乙方按照评审标准和程序组织评审，评审结果按规定公布，"
                "并出具评审结果文件。"),
               ("四、其他", "评审通过人员由甲方按规定聘用。本协议一式两份，甲乙双方各执一份，"
                "自双方签字盖章之日起生效。")]
    y += 14
    for head, text in clauses:
        p.text(70, y + 14, head, 12.5, font=HEI)
        y = p.wrapped(70, y + 40, text, 455, 12.5, 25, first_indent=25)
    y += 50
    p.row([(70, "甲方（盖章）：", y), (320, "乙方（盖章）：", y)], 12.5)
    p.row([(70, "代表人（签字）：", y + 40), (320, "代表人（签字）：", y + 40)], 12.5)
    p.row([(70, cn(issued_on), y + 80), (320, "年    月    日", y + 80)], 12.5)
    p.seal(150, y + 30, 112, unit, seed=seed + 181, **ink(seed + 3))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 6
# Drawn by another hand after round 5's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round6` (drawn only by the others6 profile).

@layout(LAYOUTS, "commission_letter.xinhan_geshi")
def xinhan_geshi(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
                 **_) -> Built:
    """The request sent as a 函 in the 信函格式 of GB/T 9704-2012 (the format state-owned firms
    and 事业单位 use for letters to another body): the unit's full name alone in red as the
    发文机关标志 (no 文件), a red double rule under it (thick over thin), the 函 number at the
    right under the rule (…函〔2024〕12号), the title 关于商请委托评审…职称的函, the 主送
    line, a body that 商请 (asks) rather than 委托, 妥否，请函复。, an 附件 line, the seal over
    the unit and the date, the contact in brackets as the 附注, and the thin-over-thick red
    double rule at the foot of the page."""
    from ..layout import Line
    from ._common import HEI, other_people

    red = (205, 22, 28)
    number = doc_no.replace("人〔", "人函〔") if "人〔" in doc_no else doc_no.replace("〔", "函〔")
    p = Page(*A4, font=MING)
    size = 26 if len(unit) <= 14 else (22 if len(unit) <= 17 else 19)
    p.text(297, 104, unit, size, "center", red, font=HEI)
    p.items.append(Line(56, 128, 539, 128, 2.4, red))
    p.items.append(Line(56, 132.5, 539, 132.5, 0.6, red))
    p.text(525, 156, number, 12.5, "right")
    p.text(297, 206, f"关于商请委托评审{name}同志", 17, "center", font=HEI)
    p.text(297, 234, f"{series}系列{level}职称的函", 17, "center", font=HEI)
    p.text(70, 280, f"{to_whom}：", 14)
    body = (f"我单位{name}同志（身份证号码：{id_number}）为本单位在职专业技术人员，经单位资格"
            f"审查，符合{series}系列{level}职称申报条件。因我单位及所属行业未组建相应的职称评审"
            f"委员会，根据职称评审管理有关规定，特商请贵单位将该同志纳入{issued_on[:4]}年度"
            f"{series}系列{level}职称评审范围，委托评审。")
    y = p.wrapped(70, 314, body, 455, 14, 28, first_indent=28)
    y = p.wrapped(70, y, "我单位对该同志申报材料的真实性负责，评审结果由我单位按规定确认并"
                  "兑现相应待遇。", 455, 14, 28, first_indent=28)
    p.text(98, y + 2, "妥否，请函复。", 14)
    p.text(70, y + 44, f"附件：{name}同志职称评审申报材料目录", 14)
    y += 130
    p.text(510, y, unit, 14, "right")
    p.text(510, y + 32, cn(issued_on), 14, "right")
    p.seal(510 - text_width(unit, 14, MING) / 2, y + 14, 120, unit, seed=seed + 271,
           **ink(seed + 2))
    contact = other_people(f"xinhan:{unit}", 1)[0][0]
    p.text(98, y + 80, f"（联系人：{contact}，联系电话：0772-{2610000 + seed % 89999}）", 12)
    p.items.append(Line(56, 790, 539, 790, 0.6, red))
    p.items.append(Line(56, 794.5, 539, 794.5, 2.4, red))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 7
# Drawn by another hand after round 6's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round7` (drawn only by the others7 profile).

@layout(LAYOUTS, "commission_letter.xitong_shengcheng")
def xitong_shengcheng(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                      seed=0, **_) -> Built:
    """The 职称委托评审函 generated by the province's online 职称评审管理服务系统 once the
    unit has filled in the 委托 request, printed and then sealed by hand: the system's name
    and the (系统生成) mark at the top left, a QR code at the top right with the 函件编号
    (WT…) and 业务流水号 under it, the title, the addressee, a short fixed-wording body
    (经我单位审核…现委托贵单位…), the 申报人信息 as a ruled label grid (姓名 / 身份证号码 /
    工作单位 / 申报系列 / 申报级别 / 委托文号 / 申报年度), the 委托单位（盖章） line with the
    printed date (2024年6月18日) and the unit's seal stamped over it, 经办人 and 联系电话, and
    the grey system footer (本函由系统生成，加盖单位公章后有效，扫描二维码核验；打印时间 …)."""
    from ._common import HEI, other_people, qr

    h = sum(ord(c) for c in unit + name) * 7919 + seed
    grey, blue = (110, 110, 110), (24, 78, 150)
    year = issued_on[:4]
    number = f"WT{issued_on.replace('-', '')}{h % 90000 + 10000}"
    p = Page(*A4, font=MICRO)
    p.rect(40, 36, 14, 14, None, blue, 0)
    p.text(60, 48, "职称评审管理服务系统", 11, color=blue, font=HEI)
    p.text(60, 64, "（系统生成）", 9, color=grey)
    qr(p, 470, 34, 70, f"wt:{number}")
    p.text(505, 122, f"函件编号：{number}", 8.5, "center")
    p.text(505, 135, f"业务流水号：{h % 900000000 + 100000000}", 8, "center", grey)
    p.text(297, 170, "职称委托评审函", 22, "center", font=HEI)
    p.text(60, 214, f"{to_whom}：", 13)
    body = (f"经我单位审核，{name}同志申报{year}年度{series}系列{level}职称，申报材料真实、完整，"
            f"符合申报条件。因我单位无相应评审权限，根据职称评审管理有关规定，现委托贵单位组织"
            "评审，请予受理。申报人信息如下：")
    y = p.wrapped(60, 246, body, 475, 13, 26, first_indent=26)
    y = grid(p, 60, y + 4, [120, 355], [
        ["姓    名", name], ["身份证号码", id_number], ["工作单位", unit],
        ["申报系列", series], ["申报级别", level], ["委托文号", doc_no],
        ["申报年度", f"{year}年度"]], 27, 11, align_left=True)
    p.wrapped(60, y + 30, "委托单位对申报人所提交材料的真实性负责，评审结果由委托单位按规定"
              "聘用。", 475, 12, 22, first_indent=24)
    contact = other_people(f"xt:{unit}", 1)[0][0]
    y += 100
    one_line = text_width(f"委托单位（盖章）：{unit}", 12.5, MICRO) <= 235
    p.text(300, y, f"委托单位（盖章）：{unit}" if one_line else "委托单位（盖章）：", 12.5)
    if not one_line:
        p.text(535, y + 24, unit, 12.5, "right")
        y += 24
    p.text(535, y + 32, cn(issued_on), 12.5, "right")
    p.seal(430, y + 4, 116, unit, seed=seed + 371, **ink(seed + 3))
    p.row([(60, f"经办人：{contact}", y + 80),
           (300, f"联系电话：0772-{2800000 + h % 199999}", y + 80)], 12)
    p.hline(40, 555, 790, 0.5)
    clock = f"{9 + h % 8:02d}:{h % 60:02d}:{(h // 60) % 60:02d}"
    p.text(40, 806, "本函由系统生成，加盖委托单位公章后有效；扫描右上角二维码可核验函件信息。",
           8.5, color=grey)
    p.row([(40, f"打印时间：{issued_on} {clock}", 820), (515, "第1页 共1页", 820)], 8.5)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 8
# Drawn by another hand after round 7's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round8` (drawn only by the others8 profile).

@layout(LAYOUTS, "commission_letter.shouwen_paizhao", cn_dates=False)
def shouwen_paizhao(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                    seed=0, **_) -> Built:
    """The letter of a firm whose employee's 人事档案 is kept by the city's 人才服务中心
    (档案托管, as most private firms and many companies' contract staff have it),
    photographed on a desk after the 职改办 had received it: a plain A4 letter without
    letterhead, the 文号 at the right above the title 关于委托评审…职称的函, the
    addressee, a body that names the 档案托管 (其人事档案由柳州市人才服务中心托管，档案编号…)
    and asks the committee to review the applicant, 妥否，请予受理。, the unit's seal over its
    name and a date written out as 二〇二四年六月十八日, 联系人 / 联系电话, and in the top left
    corner the receiving office's blue rectangular 收文 stamp (收文登记 with the 收文号 and
    the date of receipt a few days later written into it by pen)."""
    from ..layout import Text
    from ._common import HEI, PEN, cn_upper, desk, other_people

    h = sum(ord(c) for c in unit + name) * 131 + seed
    contact = other_people(f"sw:{unit}", 1)[0][0]
    p = Page(*A4, font=MING)
    sx, sy, sw, sh = 26, 22, 543, 800
    desk(p, seed + 1, sx, sy, sw, sh, paper=(250, 249, 244))
    blue = (35, 70, 175)
    p.rect(58, 48, 170, 58, blue, None, 1.4)
    p.items.append(Text(143, 66, "职称改革工作办公室收文", 10.5, "center", blue, HEI))
    p.items.append(Line(58, 74, 228, 74, 1.0, blue))
    p.items.append(Text(64, 94, "收文号：", 9.5, "left", blue, MING))
    p.items.append(Text(104, 95, f"{issued_on[:4]}-{h % 900 + 100}", 12, "left", PEN, KAI))
    y0, m0, d0 = (int(v) for v in issued_on.split("-"))
    got = f"{m0}.{min(d0 + 3 + seed % 4, 28)}"
    p.items.append(Text(166, 95, got, 12, "left", PEN, KAI))
    p.text(535, 140, doc_no, 12, "right")
    p.text(297, 188, f"关于委托评审{name}同志", 18, "center", font=HEI)
    p.text(297, 216, f"{series}系列{level}职称的函", 18, "center", font=HEI)
    p.text(62, 262, f"{to_whom}：", 14)
    body = (f"{name}同志，身份证号码{id_number}，系我单位聘用的专业技术人员，其人事档案由"
            f"柳州市人才服务中心托管（档案编号：LZRC{h % 90000 + 10000}）。"
            f"该同志拟申报{series}系列{level}职称，经我单位审核，其申报材料真实，符合申报条件。"
            "因我单位不具备相应评审权，现委托贵单位组织评审，评审通过后由我单位按规定聘用。")
    y = p.wrapped(62, 298, body, 472, 14, 29, first_indent=28)
    p.text(90, y + 4, "妥否，请予受理。", 14)
    p.text(62, y + 48, f"联系人：{contact}", 12.5)
    p.text(62, y + 74, f"联系电话：1{37 + h % 50}{h % 9000 + 1000}{(h // 7) % 9000 + 1000}",
           12.5)
    sign = y + 150
    p.text(520, sign, unit, 14, "right")
    p.text(520, sign + 34, cn_upper(issued_on), 14, "right")
    p.seal(520 - text_width(unit, 14, MING) / 2, sign + 10, 120, unit, seed=seed + 487,
           **ink(seed + 2))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 9
# Drawn by another hand after round 8's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round9` (drawn only by the others9 profile).

@layout(LAYOUTS, "commission_letter.dianzi_yinzhang")
def dianzi_yinzhang(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                    seed=0, **_) -> Built:
    """The letter issued through the unit's 电子公文 / 电子签章 system and sent as the PDF
    itself (no paper, no scan), as firms on the 广西 政务 e-seal service now do: the unit's
    name in red 小标宋 across the top over a single red rule, the 文号 at the right under it,
    the title, the 主送 line, the body and an 附件 list, the unit's electronic seal laid
    crisp and bright over its name and the date (the seal carrying its 13-digit 防伪编码
    along the lower rim), the 版记 at the foot with a 抄送 line (the 人才服务中心 that keeps
    the file, the unit's 主管部门) and the 印发 line between two rules, and under it the grey
    note of the signing system (本文件已加盖电子印章 … 签章时间 / 验证码)."""
    from ._common import HEI, other_people

    red = (210, 16, 24)
    h = sum(ord(c) for c in unit + name) * 6151 + seed
    contact = other_people(f"dz:{unit}", 1)[0][0]
    p = Page(*A4, font=MING)
    size = 24 if len(unit) <= 15 else 20 if len(unit) <= 18 else 17
    p.text(297, 92, unit, size, "center", red, font=HEI)
    p.items.append(Line(56, 112, 539, 112, 1.6, red))
    p.text(539, 136, doc_no, 12, "right")
    p.text(297, 182, f"关于委托评审{name}同志", 17, "center", font=HEI)
    p.text(297, 208, f"{series}系列{level}职称的函", 17, "center", font=HEI)
    p.text(62, 250, f"{to_whom}：", 14)
    body = (f"我单位{name}同志（公民身份号码：{id_number}）现从事专业技术工作，符合"
            f"{series}系列{level}职称申报条件。因我单位未组建相应的职称评审委员会，经研究，"
            "现委托贵单位所属评审委员会对该同志进行评审。我单位已对其申报材料进行审核并公示，"
            "对材料的真实性负责，评审结果我单位予以认可。")
    y = p.wrapped(62, 284, body, 474, 14, 28, first_indent=28)
    p.text(90, y + 2, "妥否，请函复。", 14)
    p.text(90, y + 46, f"附件：1.{name}同志职称申报材料", 13)
    p.text(132, y + 72, "2.单位公示情况说明", 13)
    sign = y + 150
    p.text(520, sign, unit, 14, "right")
    p.text(520, sign + 34, cn(issued_on), 14, "right")
    code = f"45020{h % 90000000 + 10000000}"
    p.seal(520 - text_width(unit, 14, MING) / 2, sign + 8, 124, unit, bottom=code,
           seed=seed + 591, color=(226, 8, 18), strength=1.0)
    p.text(90, sign + 80, f"（联系人：{contact}，联系电话：0772-{2300000 + h % 699999}）", 12)
    p.hline(56, 539, 744, 0.9)
    p.wrapped(62, 762, "抄送：柳州市人才服务中心，本单位人力资源部。", 470, 12, 18)
    p.hline(56, 539, 772, 0.5)
    who = f"{unit}办公室"
    printed = f"{cn(issued_on)}印发"
    p.row([(62, who, 790), (534 - text_width(printed, 12, MING), printed, 790)], 12)
    p.hline(56, 539, 800, 0.9)
    t = f"{issued_on} {9 + h % 8:02d}:{h % 60:02d}:{(h // 60) % 60:02d}"
    p.text(297, 822, f"本文件已加盖电子印章  签章时间：{t}  验证码：{h % 9000 + 1000}"
                     f"{(h // 9) % 9000 + 1000}", 8, "center", (130, 130, 130))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 10
# Drawn by another hand after round 9's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round10` (drawn only by the others10 profile).

@layout(LAYOUTS, "commission_letter.shenpi_sikuang")
def shenpi_sikuang(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                   seed=0, **_) -> Built:
    """The 专业技术人员职称委托评审审批表 some cities' 职改办 hand out (instead of a letter) for
    people whose unit sits outside any committee's remit: a one-page form, printed and then
    filled in by the unit, with a particulars grid (姓名 / 身份证号码 / 工作单位 / 现从事专业 /
    申报系列 / 申报级别 / 拟委托评审机构), a 委托评审理由 box, then four opinion boxes two by
    two — 申报人所在单位意见 (the only one filled in when it is uploaded, with the unit's seal
    over its date), 主管部门意见, 委托地人社部门意见 and 受委托评审机构意见 left blank with
    their （盖章） and 年  月  日 lines — and the 填表说明 in small type at the foot."""
    from ._common import HEI

    p = Page(*A4, font=MING)
    p.text(297, 70, "专业技术人员职称委托评审审批表", 18, "center", font=HEI)
    p.text(60, 100, f"填报单位（盖章）：{unit}", 10.5)
    p.text(535, 100, f"编号：{doc_no}", 10, "right")
    y = p.table(60, 110, [95, 380], [
        ["姓    名", name], ["身份证号码", id_number], ["工作单位", unit],
        ["申报系列", f"{series}系列"], ["申报级别", level],
        ["拟委托评审机构", to_whom]], 28, 10.5, header_rows=0)
    p.rect(60, y, 475, 110, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "委托评审理由：", 10.5)
    p.wrapped(84, y + 46, "我单位所属行业（系统）未组建相应专业的职称评审委员会，"
                          f"该同志申报{series}系列{level}职称，需委托评审。", 436, 10.5, 20,
              first_indent=21)
    y += 110
    h, w = 150, 475 / 2
    boxes = [("申报人所在单位意见", "情况属实，同意委托评审。", True),
             ("主管部门意见", "", False),
             ("委托地人力资源社会保障部门意见", "", False),
             ("受委托评审机构意见", "", False)]
    for k, (head, opinion, filled) in enumerate(boxes):
        x, top = 60 + (k % 2) * w, y + (k // 2) * h
        p.rect(x, top, w, h, (0, 0, 0), None, 0.8)
        p.text(x + 10, top + 20, head, 10)
        if filled:
            p.text(x + 24, top + 52, opinion, 10.5)
            p.text(x + w - 12, top + 104, "（盖章）", 10, "right")
            p.text(x + w - 12, top + 130, cn(issued_on), 10, "right")
            p.seal(x + w / 2 + 14, top + 96, 100, unit, seed=seed + 1007, **ink(seed + 2))
        else:
            p.text(x + w - 12, top + 104, "（盖章）", 10, "right", line=False)
            p.text(x + w - 12, top + 130, "年    月    日", 10, "right", line=False)
    y += 2 * h
    p.wrapped(60, y + 20, "填表说明：1. 本表一式三份，由申报人所在单位填写；2. 无主管部门的"
                          "单位，由单位所在地人力资源社会保障部门签署意见；3. 本表随申报材料"
                          "一并报送受委托评审机构。", 475, 8.5, 14)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 11
# Drawn by another hand after round 10's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round11` (drawn only by the others11 profile).

@layout(LAYOUTS, "commission_letter.huizhi_lian")
def huizhi_lian(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
                **_) -> Built:
    """The 委托评审函 with a tear-off 回执 (receipt slip) at its foot, the form a unit's 人事
    科 keeps as a Word template: the letter (关于委托评审的函, the 文号 at the top right, the
    addressee, the body naming the person by 姓名 and 身份证号, 系列 and 级别, the
    unit and date under its seal, the 联系人 / 联系电话 line), then a dashed 裁剪线 marked
    （沿此线剪下） and the 回执 beneath it, addressed back to the unit and quoting the
    letter's title and 文号, with 经办人 and 年 月 日 left blank for the receiving
    office (the applicant uploads the sheet before it is cut off and returned); set in
    楷体, the seal small and pale."""
    from ._common import HEI

    p = Page(*A4, font=KAI)
    p.text(535, 70, doc_no, 11, "right")
    p.text(297, 116, "关于委托评审的函", 22, "center", font=HEI)
    p.text(70, 162, f"{to_whom}：", 14)
    body = (f"我单位职工{name}（身份证号：{id_number}）拟申报{series}系列{level}职称。"
            "因本单位未设立相应专业的职称评审委员会，现委托贵单位对其专业技术"
            "职务任职资格进行评审，请予受理。评审结果我单位予以认可，并按规定聘用。")
    y = p.wrapped(70, 196, body, 455, 14, 29, first_indent=28)
    p.text(98, y + 4, "特此函告，请予回执。", 14)
    tel = f"0772-{2810000 + seed % 180000}"
    contact = ("覃", "韦", "黎", "梁")[seed % 4] + ("工", "科长", "老师")[seed % 3]
    p.text(70, y + 40, f"联系人：{contact}    联系电话：{tel}", 12)
    p.text(520, y + 104, unit, 14, "right")
    p.text(520, y + 136, cn(issued_on), 14, "right")
    color, strength = ink(seed + 2)["color"], 0.55 + (seed % 3) * 0.1
    p.seal(520 - text_width(unit, 14, KAI) / 2 + 10, y + 112, 100, unit, seed=seed + 1111,
           color=color, strength=strength)
    cut = max(y + 190, 560)
    x = 40
    while x < 555:
        p.hline(x, min(x + 8, 555), cut, 0.7)
        x += 14
    p.text(297, cut - 6, "（沿此线剪下）", 9, "center", (90, 90, 90), line=False)
    p.text(297, cut + 50, "回    执", 18, "center", font=HEI)
    p.text(70, cut + 88, f"{unit}：", 13)
    p.wrapped(70, cut + 118, f"贵单位《关于委托评审的函》（{doc_no}）收悉。经审核，同意受理"
              f"{name}同志{series}系列{level}职称委托评审。", 455, 13, 26, first_indent=26)
    p.text(300, cut + 206, "受委托单位（盖章）", 12, line=False)
    p.text(300, cut + 232, "经办人：", 12, line=False)
    p.text(300, cut + 258, "年      月      日", 12, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 12
# Drawn by another hand after round 11's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round12` (drawn only by the others12 profile).

@layout(LAYOUTS, "commission_letter.pdf_qianming_yanzheng", cn_dates=False)
def pdf_qianming_yanzheng(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                          seed=0, **_) -> Built:
    """The 委托评审函 signed in a PDF reader with the unit's CA certificate (the 数字证书 a
    广西 unit gets for 政务服务 and 电子招投标) and uploaded as the reader's screen capture
    with the signature panel open, as 省直 and 区直 firms' 人事 clerks do when the city's
    评委会 takes the letter online: the reader's grey toolbar and a blue bar 已签名，所有签名
    均有效。 above the page; on the page a plain letter (title 委托评审函 in 黑体, the 文号 on
    the left under it, the addressee, the body with 姓名 / 身份证号码 / 系列 / 级别 in a small
    ruled table rather than in the sentence, 请予评审为盼。), the unit name and a dashed
    date (2024-06-18) at the right, no ink seal but a rectangular signature field with the
    signer, the 签名时间 (+08'00') and a green tick 签名有效."""
    from ._common import HEI

    W, H = 595, 860
    p = Page(W, H, background=(82, 86, 92), font=MICRO)
    p.rect(0, 0, W, 34, None, (50, 52, 56), 0)
    p.text(14, 22, "委托评审函.pdf", 11, color=(230, 230, 230), line=False)
    p.text(W - 14, 22, "1 / 1    100%", 10, "right", (200, 200, 200), line=False)
    p.rect(0, 34, W, 26, None, (219, 234, 254), 0)
    p.text(14, 52, "√ 已签名，所有签名均有效。", 10.5, color=(20, 80, 160), line=False)
    p.text(W - 14, 52, "签名面板", 10, "right", (20, 80, 160), line=False)
    x0, y0, pw = 32, 72, 531
    p.rect(x0, y0, pw, 780, None, (255, 255, 255), 0)
    p.text(W / 2, y0 + 70, "委托评审函", 22, "center", font=HEI)
    p.text(x0 + 48, y0 + 104, doc_no, 11)
    p.text(x0 + 48, y0 + 144, f"{to_whom}：", 13)
    y = p.wrapped(x0 + 48, y0 + 176, "我单位下列人员申报专业技术职称，因本单位不具备相应"
                  "评审权限，经研究，现委托贵单位组织评审，评审结果我单位予以认可。",
                  435, 13, 26, first_indent=26)
    y = p.table(x0 + 48, y + 10, [90, 180, 80, 85],
                [["姓  名", "身份证号码", "系  列", "申报级别"],
                 [name, id_number, series, level]], 30, 11)
    p.text(x0 + 74, y + 36, "请予评审为盼。", 13)
    p.text(x0 + 483, y + 100, unit, 13, "right")
    p.text(x0 + 483, y + 130, issued_on, 13, "right")
    bx, by = x0 + 250, y + 150
    p.rect(bx, by, 233, 92, (40, 120, 60), (244, 250, 244), 1.0)
    p.text(bx + 12, by + 26, "√ 签名有效", 12, color=(30, 130, 60), font=HEI, line=False)
    p.text(bx + 12, by + 48, f"签名者：{unit}"[:22], 9, line=False)
    t = f"{issued_on} {9 + seed % 8}:{seed % 60:02d}:{(seed // 60) % 60:02d} +08'00'"
    p.text(bx + 12, by + 66, f"签名时间：{t}", 9, line=False)
    p.text(bx + 12, by + 84, "证书颁发者：广西数字证书认证中心", 9, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on))


# --------------------------------------------------------------------------- round 13
# Drawn by another hand after round 12's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round13` (drawn only by the others13 profile).

@layout(LAYOUTS, "commission_letter.jieshaoxin_cungen", cn_dates=False)
def jieshaoxin_cungen(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                      seed=0, **_) -> Built:
    """The request written on the unit's pre-printed 介绍信 pad (the numbered stub-and-letter
    booklet 办公室 keeps in a drawer) and scanned whole, one landscape page: the 存根 at the
    left (介绍信存根, 字第  号, 姓名 / 前往 / 事由 / 日期 filled in by pen), a dashed
    perforation with the number written across it and half of the unit's seal on it (骑缝章),
    and the 介绍信 proper at the right: (介绍信), the addressee, 兹介绍我单位 … 同志（身份证号
    …）前往贵处联系委托评审 … 职称事宜，请接洽。, the validity line 有效期  天, the unit's
    name and seal over the date written in Arabic digits with 年 月 日 printed."""
    from ._common import KAI, PEN

    y4, m, d = issued_on[:4], int(issued_on[5:7]), int(issued_on[8:10])
    num = 10 + seed % 89
    p = Page(*A4_LANDSCAPE, background=(250, 249, 244), font=MING)
    red = (190, 40, 40)
    p.rect(30, 40, 782, 515, red, None, 1.2)
    p.text(140, 88, "介绍信存根", 17, "center", red)
    p.text(140, 116, f"（ {y4} ）字第  {num}  号", 10.5, "center", red, line=False)

    def pen(x, y, label, value, size=12):
        p.text(x, y, label, 10.5, color=red, line=False)
        p.text(x + text_width(label, 10.5, MING) + 4, y, value, size, color=PEN, font=KAI)
        p.lines.append(f"{label}{value}")

    pen(54, 160, "姓名：", name)
    pen(54, 196, "前往：", to_whom, 11)
    pen(54, 232, "事由：", f"委托评审{level}职称", 11)
    pen(54, 268, "有效期：", "十五天")
    pen(54, 450, "日期：", f"{y4}年{m}月{d}日")
    for k in range(0, 515, 12):
        p.rect(262, 40 + k, 1.2, 6, None, red, 0)
    p.rect(250, 150, 24, 70, None, (250, 249, 244), 0)
    p.text(262, 166, f"第{num}号", 11, "center", PEN, line=False)
    p.seal(262, 300, 96, unit, seed=seed + 1307, **ink(seed + 1))
    p.text(530, 96, "介  绍  信", 24, "center", red)
    p.text(770, 126, f"（ {y4} ）字第  {num}  号", 10.5, "right", red, line=False)
    p.text(300, 170, f"{to_whom}：", 14, color=PEN, font=KAI)
    body = (f"兹介绍我单位{name}同志（身份证号：{id_number}）前往贵处联系委托评审"
            f"{series}系列{level}职称事宜。因我单位未设相应评审委员会，特委托贵处组织评审，"
            "评审结果我单位予以认可。请接洽。")
    n = len(p.items)
    y = p.wrapped(300, 208, body, 470, 13.5, 30, first_indent=28)
    for item in p.items[n:]:
        item.font, item.color = KAI, PEN
    p.text(328, y + 14, "此致", 12, color=red)
    p.text(300, y + 44, "敬礼", 12, color=red)
    p.text(300, 470, "（有效期    十五    天）", 10.5, color=red, line=False)
    p.text(760, 420, unit, 13, "right")
    p.text(760, 456, f"{y4}年{m}月{d}日", 13, "right", PEN, font=KAI)
    p.seal(760 - text_width(unit, 13, MING) / 2, 430, 112, unit, seed=seed + 1308,
           **ink(seed + 2))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 14
# Drawn by another hand after round 13's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round14` (drawn only by the others14 profile).

MATERIALS = (("专业技术人员职称评审表", "一式三份", "单位审核盖章"),
             ("职称申报人员基本情况一览表", "1份", "纸质及电子版"),
             ("身份证、学历证书复印件", "各1份", "验原件"),
             ("现专业技术资格证书复印件", "1份", "验原件"),
             ("近五年年度考核材料", "5份", "复印件"),
             ("继续教育学时证明", "1份", ""),
             ("业绩成果及论文材料", "1套", "装订成册"),
             ("单位公示情况报告", "1份", "公示五个工作日"))


@layout(LAYOUTS, "commission_letter.fujian_qingdan")
def fujian_qingdan(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
                   **_) -> Built:
    """The 委托评审函 a firm's 人事部 sends with the applicant's file in one envelope, its
    materials listed on the letter itself (the 报送材料清单 the receiving 职改办 ticks off at
    the window): the 编号 in the top right corner above the title 关于委托评审专业技术职务任职
    资格的函, the addressee, a body naming the person with 身份证号, 系列 and 级别 and saying
    the materials are listed below, 联系人 / 联系电话, the unit and date under its seal, then
    附件：报送材料清单 as a ruled table (序号 / 材料名称 / 份数 / 备注) with a 收件人 / 收件
    日期 line left blank for the office; 楷体 letter, 明体 table, one portrait page."""
    h = sum(map(ord, name + unit)) * 7 + seed
    p = Page(*A4, font=KAI)
    p.text(530, 56, f"编号：{doc_no}", 11, "right")
    p.text(297, 102, "关于委托评审专业技术职务", 19, "center")
    p.text(297, 130, "任职资格的函", 19, "center")
    p.text(64, 174, f"{to_whom}：", 13)
    body = (f"我单位{name}同志（身份证号：{id_number}）现申报{series}系列{level}专业技术职务"
            f"任职资格。因我单位无相应评审权限，特委托贵单位组织评审。该同志申报材料已经我单位"
            f"审核并公示无异议，现随函报送，材料清单附后。")
    y = p.wrapped(64, 204, body, 466, 13, 25, first_indent=26)
    p.text(90, y + 4, "请予受理为盼。", 13)
    p.text(64, y + 36, f"联系人：{'黄陆韦覃'[h % 4]}{'丽敏华莉'[h // 4 % 4]}    "
           f"联系电话：0772-{h % 9000000 + 1000000}", 11.5)
    p.text(520, y + 90, unit, 13, "right")
    p.text(520, y + 120, cn(issued_on), 13, "right")
    p.seal(min(540 - text_width(unit, 13, KAI), 360), y + 94, 112, unit, seed=seed + 7,
           **ink(seed + 2))
    y += 160
    p.text(64, y, "附件：报送材料清单", 12.5)
    n = 5 + h % 4
    rows = [["序号", "材料名称", "份数", "备注"]]
    rows += [[str(k + 1), *MATERIALS[k]] for k in range(n)]
    p.font = MING
    y = p.table(64, y + 12, [40, 230, 80, 116], rows, 22, 10)
    p.text(64, y + 24, "收件人：____________        收件日期：____年___月___日", 10.5,
           line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 15
# Drawn by another hand after round 14's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round15` (drawn only by the others15 profile).

def _flow(p: Page, x: float, y: float, width: float, parts: list, size: float = 12.5,
          leading: float = 30, indent: float = 0) -> float:
    """Printed words and pen-filled blanks in running lines: `parts` are (text, pen) pairs;
    a pen value is written in 楷体 blue-black over an underline a little longer than it and
    never split across lines. One truth line per visual line; returns the next baseline."""
    from ..layout import Text
    from ._common import PEN

    cx, line = x + indent, ""

    def newline():
        nonlocal cx, y, line
        if line.strip():
            p.lines.append(line.strip())
        cx, y, line = x, y + leading, ""

    for text, pen in parts:
        if pen:
            w = text_width(text, size + 1, KAI) + 16
            if cx + w > x + width:
                newline()
            p.items.append(Line(cx, y + 4, cx + w, y + 4, 0.6))
            p.items.append(Text(cx + 8, y - 1, text, size + 1, "left", PEN, KAI))
            cx += w
            line += text
            continue
        for ch in text:
            w = text_width(ch, size, p.font)
            if cx + w > x + width + 0.5:
                newline()
            p.items.append(Text(cx, y, ch, size, "left", (30, 30, 30), p.font))
            cx += w
            line += ch
    if line.strip():
        p.lines.append(line.strip())
    return y + leading


@layout(LAYOUTS, "commission_letter.moban_tiankong", cn_dates=False)
def moban_tiankong(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                   seed=0, **_) -> Built:
    """The blank 职称委托评审函（样式） the city's 人社局 posts as an 附件 to its yearly 职称
    评审 notice, printed by the unit, its blanks filled in by pen, sealed and photographed on
    a desk with a phone: 附件3 at the top left, the title, the addressee written into the
    blank before the printed colon, one printed paragraph with underlined blanks (兹有我单位
    ____ 同志，身份证号码 ____ ，现从事 ____ 专业技术工作，符合 ____ 系列 ____ 职称申报
    条件……特委托贵单位对其进行评审。) holding the name, ID number, series and level in 楷体
    blue-black, the printed 承诺 paragraph, then 委托单位（盖章）：____ with the unit's name
    written in and its seal stamped over it, 单位负责人 signature, 联系人 / 联系电话 written
    in, and the date as pen digits in the printed ____年____月____日; no 文号 (the template
    has none); the desk around the sheet and its shadow."""
    from ._common import HEI, PEN, desk, other_people

    h = hash_int(unit + name + "r15mb")
    p = Page(*A4, font=MING)
    desk(p, seed, 30, 26, 532, 790, paper=(248, 247, 242))
    p.text(62, 66, "附件3", 11, font=HEI)
    p.text(297, 112, "职称委托评审函", 21, "center", font=HEI)
    p.text(297, 136, "（样式）", 11, "center")
    y = _flow(p, 62, 184, 470, [(to_whom, True), ("：", False)])
    y = _flow(p, 62, y + 6, 470, [
        ("兹有我单位", False), (name, True), ("同志，身份证号码", False), (id_number, True),
        ("，现从事", False), (series, True), ("专业技术工作，符合", False), (series, True),
        ("系列", False), (level, True),
        ("职称申报条件。因我单位（主管部门）未组建相应的职称评审委员会，根据职称评审管理有关规定，"
         "特委托贵单位对其进行评审，评审结果我单位予以认可。", False)], indent=25)
    y = _flow(p, 62, y + 8, 470, [
        ("我单位承诺：已对该同志的申报材料进行审核，所提交材料真实、准确、完整，如有弄虚作假，"
         "愿承担相应责任。", False)], indent=25)
    y = _flow(p, 62, y + 2, 470, [("特此函告。", False)], indent=25)
    y += 40
    label = "委托单位（盖章）："
    x0 = max(62.0, min(250.0, 528 - text_width(label, 12.5, MING) - text_width(unit, 13.5, KAI)
                       - 16))
    y = _flow(p, x0, y, 380, [(label, False), (unit, True)])
    sx = x0 + text_width(label, 12.5, MING) + (text_width(unit, 13.5, KAI) + 16) / 2
    p.seal(sx + 12, y - 50, 112, unit, seed=seed + 1507, **ink(seed + 2))
    boss = other_people(f"mb:{unit}", 2)
    y = _flow(p, 250, y + 6, 300, [("单位负责人（签字）：", False), (boss[0][0], True)])
    y = _flow(p, 250, y, 300, [("联系人：", False), (boss[1][0], True)])
    y = _flow(p, 250, y, 300, [("联系电话：", False), (f"0772-{2600000 + h % 399999}", True)])
    iy, im, idd = issued_on.split("-")
    for x, v, unit_word in ((330, iy, "年"), (398, str(int(im)), "月"), (446, str(int(idd)), "日")):
        w = 44 if unit_word == "年" else 28
        p.hline(x - w, x - 2, y + 24, 0.6)
        p.text(x - w / 2 - 1, y + 19, v, 14, "center", PEN, line=False, font=KAI)
        p.text(x, y + 24, unit_word, 12.5, line=False)
    p.lines.append(f"{iy}年{int(im)}月{int(idd)}日")
    p.text(62, 782, "注：本函一式两份，委托单位和受委托评审机构各存一份。", 9.5,
           color=(90, 90, 90))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 16
# Drawn by another hand after round 15's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round16` (drawn only by the others16 profile).

@layout(LAYOUTS, "commission_letter.qingshi_hedui")
def qingshi_hedui(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
                  **_) -> Built:
    """The request sent up as a 请示 (an 上行文 under GB/T 9704-2012, the form state-owned firms
    use towards the 人社局 they report to), then photocopied by the applicant and checked at the
    职称 window, which stamps the copy: the unit's name (red on the original) with 文件 left out,
    the 文号 at the left and 签发人：… at the right on one line (an 上行文 must name its 签发人)
    over a red rule, the title 关于委托评审…职称的请示, the 主送 line, a body that asks (恳请)
    rather than informs, the closing 妥否，请批示。, the 联系人 / 联系电话 line in brackets under
    the date as the 请示 format wants (附注), the unit's seal over its name and date; the whole
    page a grey photocopy (seal grey too) with the 受理窗口's blue oblong 核验章 (复印件已核验 /
    与原件一致 / 核验人 / 日期 written by pen) stamped over the lower left margin; single page."""
    from ._common import HEI, PEN, other_people

    grey = (70, 70, 70)
    p = Page(*A4, background=(228, 228, 225), font=MING)
    p.text(297, 92, unit, 22 if len(unit) <= 16 else 17, "center", (55, 55, 55), font=HEI)
    signer = other_people(f"qs:{unit}", 1)[0][0]
    p.row([(80, doc_no, 134), (515 - text_width(f"签发人：{signer}", 13, MING),
                               f"签发人：{signer}", 134)], 13)
    p.hline(70, 525, 146, 2.0)
    title = f"关于委托评审{name}同志{series}系列{level}职称的请示"
    y = 196
    from ..layout import wrap

    for part in wrap(title, 420, 17, 0, HEI):
        p.text(297, y, part, 17, "center", font=HEI)
        y += 28
    p.text(70, y + 14, f"{to_whom}：", 14)
    body = (f"我单位{name}同志（身份证号：{id_number}）现从事{series}专业技术工作，经单位"
            f"审核，其学历、资历和业绩符合{series}系列{level}职称申报条件。因我单位及上级"
            "主管部门均未组建相应的职称评审委员会，恳请贵局同意将其申报材料委托有评审权的"
            "评审委员会进行评审，评审结果我单位予以认可。")
    y = p.wrapped(70, y + 48, body, 455, 14, 28, first_indent=28)
    p.text(98, y + 6, "妥否，请批示。", 14)
    top = y + 80
    p.text(520, top, unit, 14, "right")
    p.text(520, top + 32, cn(issued_on), 14, "right")
    p.seal(490 - text_width(unit, 14, MING) / 2, top - 2, 116, unit, seed=seed + 27,
           color=(92, 92, 92), strength=0.85)
    h = sum(ord(c) for c in unit + name) + seed
    contact = other_people(f"qs2:{unit}", 1)[0][0]
    p.text(98, top + 72, f"（联系人：{contact}    联系电话：0772-{2800000 + h % 99999}）", 12)
    for it in p.items:
        if hasattr(it, "color") and it.color == (30, 30, 30):
            it.color = grey
    blue = (38, 62, 168)
    sx, sy, sw, sh = 70, 700, 210, 90
    p.rect(sx, sy, sw, sh, blue, None, 2.0)
    p.text(sx + sw / 2, sy + 26, "复印件已核验  与原件一致", 12.5, "center", blue)
    p.text(sx + 14, sy + 52, "核验人：", 11, color=blue, line=False)
    p.text(sx + 70, sy + 52, other_people(f"qs3:{name}", 1)[0][0], 12.5, color=PEN, font=KAI,
           line=False)
    y2, m2, d2 = issued_on.split("-")
    p.text(sx + 14, sy + 76, "日  期：", 11, color=blue, line=False)
    p.text(sx + 70, sy + 76, f"{y2}.{int(m2)}.{int(d2) + 3 if int(d2) < 26 else int(d2)}",
           12.5, color=PEN, font=KAI, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 17
# Drawn by another hand after round 16's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round17` (drawn only by the others17 profile).

WEEKDAYS = "一二三四五六日"


@layout(LAYOUTS, "commission_letter.youjian_zhengwen")
def youjian_zhengwen(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """The commission sent as the body of an e-mail (firms whose 人力资源部 writes to the 职改办
    's public mailbox, the stamped PDF only attached), printed from the web mail's 打印 view
    (腾讯企业邮 / 网易企业邮 print every message this way) and uploaded as the letter: the mail
    service's small logo line at the top, the subject in bold (关于委托评审{name}同志{level}职称
    的函), a grey header block (发件人 with the HR address, 收件人 the 职改办 mailbox, 时间
    2024年6月18日(星期二) 上午10:12, 附件 1 个), then the body in the web mail's sans-serif —
    the salutation, the letter's paragraph with the 文号 in brackets, 特此函告 — the typed
    signature block with the unit and the Chinese date, the mail's 签名档 (contact person and
    phone) and the attachment card (委托评审函（盖章版）.pdf); no seal anywhere, since a mail
    body carries none; the browser's print footer (page 1/1 and the URL) along the foot."""
    import datetime

    from ._common import HEI

    d = datetime.date.fromisoformat(issued_on)
    grey, blue = (110, 110, 110), (30, 90, 190)
    h = sum(ord(c) for c in unit) + seed
    domain = ("hr", "rlzy", "renshi")[h % 3] + "@" + ("ltd", "group", "co")[h % 3] + ".com.cn"
    p = Page(*A4, font=MICRO)
    p.text(40, 30, f"{d.year}/{d.month}/{d.day} 10:{12 + seed % 40:02d}", 8, color=grey,
           line=False)
    p.text(297, 30, "企业邮箱 - 打印邮件", 8, "center", grey, line=False)
    p.text(56, 70, "企业邮箱", 12, color=blue, font=HEI, line=False)
    p.hline(56, 539, 80, 1.2)
    subj = f"关于委托评审{name}同志{series}系列{level}职称的函"
    y = p.wrapped(56, 112, subj, 483, 15)
    p.rect(56, y - 6, 483, 96, None, (242, 243, 245), 0)
    am = "上午" if seed % 2 == 0 else "下午"
    when = f"{cn(issued_on)}(星期{WEEKDAYS[d.weekday()]}) {am}{9 + seed % 3}:{seed % 60:02d}"
    rows = [("发件人：", f"{unit}人力资源部 <{domain}>"),
            ("收件人：", f"{to_whom}职改办 <zgb@lzrs.gov.cn>"),
            ("时  间：", when), ("附  件：", "1 个（委托评审函（盖章版）.pdf）")]
    yy = y + 14
    for label, value in rows:
        p.text(68, yy, label, 9.5, color=grey, line=False)
        p.text(122, yy, value, 9.5)
        yy += 20
    y += 124
    p.text(56, y, f"{to_whom}：", 12)
    body = (f"我单位{name}同志（身份证号：{id_number}）系本单位在职专业技术人员，"
            f"经单位推荐，拟申报{series}系列{level}职称。因我单位所在行业未组建相应评审委员会，"
            f"现委托贵局组织对该同志进行评审（委托函文号：{doc_no}），评审结果我单位予以认可。")
    y = p.wrapped(56, y + 30, body, 483, 12, 24, first_indent=24)
    p.text(80, y + 6, "特此函告，盖章原件随后寄送。", 12)
    p.text(539, y + 60, unit, 12, "right")
    p.text(539, y + 86, cn(issued_on), 12, "right")
    y += 120
    p.text(56, y, "——————————", 10, color=grey, line=False)
    p.text(56, y + 20, f"{unit}  人力资源部", 9.5, color=grey, line=False)
    p.text(56, y + 38, f"联系电话：0772-{2600000 + h % 399999}", 9.5, color=grey, line=False)
    y += 64
    p.rect(56, y, 230, 48, (210, 210, 210), (250, 250, 250), 0.8)
    p.rect(66, y + 9, 24, 30, None, (214, 60, 50), 0)
    p.text(78, y + 29, "PDF", 7, "center", (255, 255, 255), line=False)
    p.text(100, y + 21, "委托评审函（盖章版）.pdf", 9.5, line=False)
    p.text(100, y + 38, f"{180 + h % 600}.{h % 10}K   预览  下载", 8.5, color=blue, line=False)
    p.text(56, 812, "https://exmail.qq.com/cgi-bin/readmail?t=print", 7.5, color=grey,
           line=False)
    p.text(539, 812, "第 1 页，共 1 页", 7.5, "right", grey, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on))


# --------------------------------------------------------------------------- round 18
# Drawn by another hand after round 17's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round18` (drawn only by the others18 profile).

def _name_seal(p: Page, cx: float, cy: float, person: str, color, side: float = 40) -> None:
    """A square 法定代表人 name seal (私章) in red relief: four characters in two columns read
    right column first, top to bottom (邓晓春 -> 邓晓 | 春印; 邓春 -> 邓春 | 之印)."""
    from ..layout import Text
    from ._common import HEI

    chars = person + "印" if len(person) == 3 else (person + "之印")[:4]
    p.rect(cx - side / 2, cy - side / 2, side, side, color, None, 2.2)
    size = side * 0.4
    right, left = cx + side * 0.22, cx - side * 0.22
    for i, ch in enumerate(chars):
        x = right if i < 2 else left
        y = cy - side * 0.06 + (i % 2) * side * 0.42
        p.items.append(Text(x, y, ch, size, "center", color, HEI))


@layout(LAYOUTS, "commission_letter.faren_chengnuo")
def faren_chengnuo(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no, seed=0,
                   **_) -> Built:
    """The 委托评审函 with the unit's 诚信承诺 that 人社 offices have asked for since the 职称
    materials clean-ups (申报材料真实性 is the unit's responsibility, signed by its 法定代表人),
    as state-owned and private firms now write it: the unit's name in 黑体 at the head with
    the 文号 at the right under a thin rule, 关于委托开展…职称评审的函, the addressee, the body
    naming the person by 姓名 and 身份证号 with 系列 and 级别, then a ruled box headed 单位承诺
    (材料真实、准确、完整，如有虚假愿承担相应责任) with 法定代表人（签字）: the signature by pen
    and the square red 法定代表人 name seal beside it, and under the box the unit's name and a
    dated line with the round seal, 联系人 / 联系电话 at the foot; a colour photocopy (slightly
    grey paper), single page."""
    from ._common import HEI, PEN, other_people

    boss = other_people(f"fr:{unit}", 1)[0][0]
    p = Page(*A4, background=(236, 235, 231), font=MING)
    p.rect(22, 18, 551, 806, None, (247, 246, 242), 0)
    p.text(297, 74, unit, 17, "center", font=HEI)
    p.hline(60, 535, 86, 1.2)
    p.text(535, 106, doc_no, 11, "right")
    title = f"关于委托开展{series}系列{level}职称评审的函"
    you = "贵局" if to_whom.endswith("局") else "贵单位"
    p.text(297, 150, title, 17, "center", font=HEI)
    p.text(64, 194, f"{to_whom}：", 13.5)
    body = (f"我单位{name}同志（身份证号：{id_number}）系本单位在职专业技术人员，经单位审核，"
            f"符合{series}系列{level}职称申报条件。因我单位未设立相应评审委员会，按照职称评审"
            f"委托有关规定，现委托{you}组织对该同志进行{series}系列{level}职称评审，评审结果"
            "我单位予以认可并按规定聘用。")
    y = p.wrapped(64, 228, body, 467, 13.5, 27, first_indent=27)
    p.text(91, y + 4, "特此函告，请予支持。", 13.5)
    y += 34
    p.rect(64, y, 467, 150, (0, 0, 0), None, 0.9)
    p.text(297, y + 26, "单 位 承 诺", 13, "center", font=HEI)
    promise = (f"我单位已对{name}同志的申报材料进行认真审核，所提交的材料真实、准确、完整。"
               "如有弄虚作假，我单位愿承担相应责任，并接受有关部门的处理。")
    yy = p.wrapped(80, y + 54, promise, 435, 12, 23, first_indent=24)
    p.text(300, yy + 14, "法定代表人（签字）：", 12)
    from ..layout import Text

    p.items.append(Text(420, yy + 16, boss, 17, "left", PEN, KAI))
    color = ink(seed + 1)["color"]
    _name_seal(p, 505, yy + 6, boss, color)
    y += 150
    p.text(520, y + 70, unit, 13.5, "right")
    p.text(520, y + 102, cn(issued_on), 13.5, "right")
    p.seal(520 - text_width(unit, 13.5, MING) / 2, y + 80, 116, unit, seed=seed + 18,
           **ink(seed + 1))
    tel = f"0772-{3100000 + seed % 800000}"
    p.text(64, y + 170, f"联系人：人力资源部    联系电话：{tel}", 11)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 19
# Drawn by another hand after round 18's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round19` (drawn only by the others19 profile).

@layout(LAYOUTS, "commission_letter.wutan_fuxie_lian")
def wutan_fuxie_lian(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """The 职称委托评审联系单 on a 无碳复写 (carbonless) three-part pad that some cities'
    职改办 sell to units at the window (第一联 白 存根 / 第二联 红 送评审机构 / 第三联 黄 单位
    留存), filled in with a ballpoint pressing through and stamped on the top sheet only:
    the applicant uploads the second, pink leaf, scanned, so every handwritten value is the
    pale blue-violet of the carbon copy and the seal's red is faint and smeared (it came
    through the leaves), the printed frame in dark red: the 联 legend printed down the right
    edge, NO. with the pad's red serial at the top right, the title, a grid whose cells are
    written in 楷体 (受托评审机构 / 委托单位 / 姓名 / 身份证号 / 申报系列 / 申报级别), a 委托事由
    line and the 委托单位（盖章） cell with the written date; single page."""
    from ._common import vtext

    p = Page(595, 660, font=MING)
    p.background = (247, 222, 226)
    red = (170, 40, 50)
    carbon = (70, 60, 150)
    p.rect(40, 40, 500, 590, red, None, 1.4)
    p.text(290, 100, "职称委托评审联系单", 22, "center", color=red)
    p.text(290, 124, "（第二联  送评审机构）", 11, "center", color=red)
    no = f"No. {4500000 + seed % 99999:07d}"
    p.text(528, 64, no, 12, "right", color=(200, 30, 40))
    p.text(56, 64, f"编号：{doc_no}", 10.5, color=carbon)
    x0, y0, lw, vw = 56, 140, 110, 360
    rows = [("受托评审机构", to_whom), ("委托单位", unit), ("姓    名", name),
            ("身份证号码", id_number), ("申报系列", f"{series}系列"),
            ("申报级别", level)]
    for i, (label, value) in enumerate(rows):
        y = y0 + i * 36
        p.rect(x0, y, lw, 36, red, None, 0.8)
        p.rect(x0 + lw, y, vw, 36, red, None, 0.8)
        p.text(x0 + lw / 2, y + 23, label, 11, "center", color=red, line=False)
        p.text(x0 + lw + 12, y + 24, value, 13, color=carbon, font=KAI, line=False)
        p.lines.append(f"{label.replace(' ', '')} {value}")
    y = y0 + len(rows) * 36
    p.rect(x0, y, lw, 96, red, None, 0.8)
    p.rect(x0 + lw, y, vw, 96, red, None, 0.8)
    p.text(x0 + lw / 2, y + 52, "委托事由", 11, "center", color=red)
    n = len(p.items)
    reason = (f"本单位尚无{series}系列评审权，现委托贵单位对{name}同志进行{level}"
              "职称评审，请予受理。")
    p.wrapped(x0 + lw + 12, y + 26, reason, vw - 24, 12.5, 24)
    for item in p.items[n:]:
        item.color, item.font = carbon, KAI
    y += 96
    p.rect(x0, y, lw + vw, 120, red, None, 0.8)
    p.text(x0 + 12, y + 24, "委托单位（盖章）：", 11, color=red)
    right = x0 + lw + vw - 12
    p.text(right, y + 64, unit, 13, "right", color=carbon, font=KAI)
    p.text(right, y + 100, cn(issued_on), 13, "right", color=carbon, font=KAI)
    p.text(x0 + 12, y + 100, "经办人：", 11, color=red)
    p.seal(right - text_width(unit, 13, KAI) / 2, y + 70, 112, unit, seed=seed + 7,
           color=(222, 120, 130), strength=0.5)
    vtext(p, 552, 160, "①白存根②红送评审机构③黄单位留存", 9, color=red, step=11,
          line=False)
    p.text(56, 618, "注：本联单一式三联，涂改无效。", 9, color=red)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 20
# Drawn by another hand after round 19's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round20` (drawn only by the others20 profile).

@layout(LAYOUTS, "commission_letter.gongwen_jiaohuan", accepts=lambda a: "集团" in a["unit"])
def gongwen_jiaohuan(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """The letter as the 人社局 received it over the city's 电子公文交换 system (the 政务内网
    exchange that 市属国有集团 and their subsidiaries are connected to, so their letters to
    a bureau go as 版式文件 (OFD) rather than on paper), printed from the receiving 收文
    module with its 收文登记 header and handed back to the applicant at the 职称 window:
    the system's grey top line (…公文交换系统 / 收文打印单), 公文交换收文登记 over a ruled
    grid (来文单位 / 来文字号 / 交换编号 / 紧急程度 平件 / 发送时间 and 签收时间 as
    2024-06-18 16:25 / 签收单位 / 签收人 / 文件标题), the exchange's blue oblong 已签收 mark,
    a grey rule 以下为来文正文, then the OFD page itself in a thin frame at a reduced size —
    the unit's name in red over a red rule, the 文号, the title, the 主送 line, the body with
    姓名 and 公民身份号码, 妥否，请函复。, the unit's electronic seal over its name above the
    date, the 联系人 line and the 电子印章验证 有效 note —, and the 打印人 / 打印时间 footer."""
    import datetime as dt

    from ._common import HEI, other_people

    h = sum(ord(c) for c in unit + name) * 7919 + seed
    sent = dt.date.fromisoformat(issued_on)
    got = sent + dt.timedelta(days=1 + seed % 2)
    clerk, contact = (x[0] for x in other_people(f"jh:{unit}:{name}", 2))
    grey = (110, 110, 116)
    p = Page(*A4, font=MICRO)
    p.rect(0, 0, 595, 30, None, (236, 238, 242), 0)
    p.text(40, 20, "柳州市电子政务内网公文交换系统  ›  收文管理", 9, color=grey)
    p.text(555, 20, "收文打印单", 9, "right", grey)
    p.text(297, 60, "公文交换收文登记", 15, "center", font=HEI)
    sent_at = f"{issued_on} {14 + h % 4}:{10 + h % 49:02d}"
    got_at = f"{got.isoformat()} 09:{10 + (h // 7) % 49:02d}"
    title = f"关于委托评审{name}同志{series}系列{level}职称的函"
    rows = [["来文单位", unit, "来文字号", doc_no],
            ["交换编号", f"JH{sent:%Y%m%d}{h % 9000 + 1000}", "紧急程度", "平件"],
            ["发送时间", sent_at, "签收时间", got_at],
            ["签收单位", to_whom, "签收人", clerk]]
    y = grid(p, 40, 74, [62, 200, 62, 191], rows, 24, 9.5)
    y = grid(p, 40, y, [62, 453], [["文件标题", title]], 24, 9.5)
    blue = (40, 80, 170)
    p.rect(430, 38, 118, 30, blue, None, 1.3)
    p.text(489, 51, "电子公文交换", 8.5, "center", blue, line=False)
    p.text(489, 63, f"已签收 {got:%m-%d}", 8.5, "center", blue, line=False)
    p.items.append(Line(40, y + 18, 220, y + 18, 0.5, grey))
    p.items.append(Line(375, y + 18, 555, y + 18, 0.5, grey))
    p.text(297, y + 21, "以下为来文正文（OFD）", 8.5, "center", grey, line=False)
    top = y + 34
    p.rect(66, top, 463, 812 - top - 22, (170, 170, 176), (255, 255, 255), 0.6)
    red = (212, 18, 26)
    size = 18 if len(unit) <= 16 else 15
    p.text(297, top + 40, unit, size, "center", red, font=HEI)
    p.items.append(Line(92, top + 52, 503, top + 52, 1.4, red))
    p.text(503, top + 70, doc_no, 10.5, "right", font=MING)
    p.text(297, top + 100, f"关于委托评审{name}同志", 14, "center", font=HEI)
    p.text(297, top + 121, f"{series}系列{level}职称的函", 14, "center", font=HEI)
    p.text(92, top + 152, f"{to_whom}：", 11.5, font=MING)
    body = (f"我单位职工{name}同志（公民身份号码：{id_number}），现从事专业技术"
            f"工作，经单位审核，符合{series}系列{level}职称申报条件。因我单位未组建相应评审"
            "委员会，现委托贵局组织的评审委员会对该同志进行评审，其申报材料已经我单位审核并"
            "公示，真实有效。")
    n = len(p.items)
    yy = p.wrapped(92, top + 178, body, 411, 11.5, 21, first_indent=23)
    for it in p.items[n:]:
        it.font = MING
    p.text(115, yy + 2, "妥否，请函复。", 11.5, font=MING)
    sign = yy + 74
    p.text(480, sign, unit, 11.5, "right", font=MING)
    p.text(480, sign + 30, cn(issued_on), 11.5, "right", font=MING)
    p.seal(480 - text_width(unit, 11.5, MING) / 2, sign - 10, 98, unit, seed=seed + 20,
           color=(228, 10, 20))
    p.text(92, sign + 62, f"（联系人：{contact}，联系电话：0772-{2600000 + h % 399999}）", 10.5,
           font=MING)
    p.text(297, 812 - 34, "电子印章验证：有效    签章单位与来文单位一致", 8.5, "center",
           (40, 130, 70))
    p.text(40, 828, f"打印人：{clerk}    打印时间：{got_at}", 8.5, color=grey)
    p.text(555, 828, "第1页 共1页", 8.5, "right", grey)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 21
# Drawn by another hand after round 20's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round21` (drawn only by the others21 profile).

@layout(LAYOUTS, "commission_letter.shangqing_toushi")
def shangqing_toushi(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """The request worded as a 商请函 (the 函 a body writes to one it has no authority over:
    关于商请…的函, 商请贵单位…, 盼予支持为盼。) on thin 70 g office paper printed on both
    sides — the letter on the front, its 附件 委托评审人员基本情况表 on the back — and fed
    through the office's sheet-fed scanner, so the back's ruled table and text show through
    faintly, reversed, behind the letter (透印) and the scanner's dark strip runs along the
    top edge: no letterhead, the 文号 at the right above the title in 黑体, the addressee,
    the body naming the person by 姓名 and 身份证号码 with 系列 and 级别, 联系人 / 联系电话,
    附件：委托评审人员基本情况表, the unit's seal over the unit and a date in Chinese
    numerals; single page."""
    from ._common import HEI, cn_upper, wrap_cjk

    h = sum(ord(c) for c in name + unit) * 17 + seed
    p = Page(*A4, background=(246, 245, 240), font=MING)
    p.rect(0, 0, 595, 9, None, (58, 58, 58), 0)
    ghost = (236, 234, 228)
    # the back's 附件 table, seen through the paper and so mirrored: ruled cells, grey bars
    gx, gy, widths = 70, 150, [120, 95, 95, 125, 50]
    xs = [595 - gx]
    for w in widths:
        xs.append(xs[-1] - w)
    for r in range(9):
        p.items.append(Line(xs[-1], gy + r * 34, xs[0], gy + r * 34, 1.2, ghost))
    for x in xs:
        p.items.append(Line(x, gy, x, gy + 8 * 34, 1.2, ghost))
    for r in range(8):
        for c, w in enumerate(widths):
            bar = 18 + (h * (r + 3) * (c + 5)) % int(w - 30)
            p.rect(xs[c] - 8 - bar, gy + r * 34 + 13, bar, 9, None, ghost, 0)
    p.rect(200, 104, 190, 16, None, ghost, 0)
    p.text(520, 84, doc_no, 12, "right")
    p.text(297, 140, f"关于商请对{name}同志进行", 16, "center", font=HEI)
    p.text(297, 166, f"{series}系列{level}职称委托评审的函", 16, "center", font=HEI)
    y = 178
    p.text(70, y + 22, f"{to_whom}：", 14)
    body = (f"我单位{name}同志（身份证号码：{id_number}）现从事专业技术工作，拟申报{series}"
            f"系列{level}职称。因我单位无相应职称评审权，所在行业亦无对口评审委员会，"
            f"经研究，商请贵单位将该同志纳入{issued_on[:4]}年度职称评审，对其进行委托评审。"
            "我单位已对其申报材料进行审核并公示，材料真实有效，评审结果我单位予以认可。")
    y = wrap_cjk(p, 70, y + 58, body, 455, 14, 28, first_indent=28)
    p.text(98, y + 6, "盼予支持为盼。", 14)
    clerk = ("韦", "覃", "梁", "黄")[h % 4] + ("小燕", "明", "丽芳")[h % 3]
    p.text(98, y + 44, f"联系人：{clerk}    联系电话：0772-{2800000 + h % 900000}", 12)
    p.text(98, y + 80, "附件：委托评审人员基本情况表", 12)
    sy = y + 170
    p.text(520, sy, unit, 14, "right")
    p.text(520, sy + 32, cn_upper(issued_on), 14, "right")
    p.seal(520 - text_width(unit, 14, MING) / 2, sy + 8, 120, unit, seed=seed + 2107,
           **ink(seed + 4))
    p.text(297, 800, "— 1 —", 11, "center", line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 22
# Drawn by another hand after round 21's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round22` (drawn only by the others22 profile).

@layout(LAYOUTS, "commission_letter.ciye_wu_zhengwen", cn_dates=False)
def ciye_wu_zhengwen(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """A two-sheet letter whose signature block spilled onto the second sheet, set the way
    GB/T 9704-2012 (7.3.5.4) prescribes when 成文日期 and seal cannot share a page with the
    text: the second sheet carries （此页无正文） at its top left and nothing but the unit's
    name, the seal and the date — and the applicant, asked for one image, laid both sheets
    side by side on the office's A3 copier glass and scanned them as one landscape page. The
    left sheet: 文号 at the top right, the title 关于委托评审专业技术职务任职资格的函 in 黑体
    over two lines, the addressee, a long body (the person with 身份证号, the 系列 and 级别, why
    the unit cannot review, the 材料真实性 promise, the 联系人 line) and 特此函告。, the page
    number －1－ at the foot; the right sheet: （此页无正文）, the unit and date in Chinese
    numerals (二〇二四年六月十八日) under the round seal, －2－. Grey copier cast, a dark gap
    between the sheets."""
    from ._common import HEI, cn_upper, other_people, wrap_cjk

    p = Page(*A4_LANDSCAPE, background=(70, 70, 72), font=MING)
    sheets = [(14, 14), (428, 14)]
    for sx, sy in sheets:
        p.rect(sx, sy, 400, 567, None, (246, 246, 243), 0)
    x0, right = 48, 384
    p.text(right, 62, doc_no, 9.5, "right")
    p.text(214, 100, "关于委托评审专业技术职务", 14.5, "center", font=HEI)
    p.text(214, 122, "任职资格的函", 14.5, "center", font=HEI)
    p.text(x0, 156, f"{to_whom}：", 10.5)
    body = (f"我单位{name}同志（身份证号：{id_number}）现从事专业技术工作，经单位审核，"
            f"符合{series}系列{level}专业技术职务任职资格申报条件。因我单位无相应系列"
            "职称评审权限，且所属行业主管部门未组建该系列评审委员会，根据职称评审管理"
            f"有关规定，现委托贵单位组织对该同志进行{series}系列{level}职称评审。")
    y = wrap_cjk(p, x0, 182, body, 336, 10.5, 21, first_indent=21)
    y = wrap_cjk(p, x0, y, "我单位已按规定对该同志申报材料进行审核和公示，对材料的真实性、"
                  "准确性负责。评审通过后，由我单位按规定聘用并兑现相应待遇。",
                  336, 10.5, 21, first_indent=21)
    contact = other_people(f"ciye:{unit}", 1)[0][0]
    y = wrap_cjk(p, x0, y, f"联系人：{contact}，联系电话：0772-{2620000 + seed % 79999}。",
                  336, 10.5, 21, first_indent=21)
    p.text(x0 + 21, y + 2, "特此函告。", 10.5)
    p.text(214, 560, "－1－", 9.5, "center", line=False)
    # the second sheet: nothing but the signature block
    p.text(462, 62, "（此页无正文）", 10.5)
    p.text(798, 172, unit, 10.5, "right")
    p.text(798, 198, cn_upper(issued_on), 10.5, "right")
    p.seal(798 - text_width(unit, 10.5, MING) / 2, 182, 96, unit, seed=seed + 7,
           **ink(seed + 1))
    p.text(628, 560, "－2－", 9.5, "center", line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 23
# Drawn by another hand after round 22's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round23` (drawn only by the others23 profile).

@layout(LAYOUTS, "commission_letter.oa_fawen_liucheng")
def oa_fawen_liucheng(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                      seed=0, **_) -> Built:
    """The 推荐函 as it stands in the firm's OA 协同办公 system once 发文 is complete (groups
    and larger firms draft, approve, seal and send their letters there; the 电子印章 is laid
    on at the 用印 step), captured by the 人力资源部 clerk as a landscape screenshot of the
    发文 view and handed to the applicant: the OA's dark top bar (the unit's 协同办公平台,
    the clerk's name), the tabs 正文 / 附件(2) / 流程跟踪 / 办理意见 with 正文 selected, the
    letter on the grey viewer — red unit name and rule, 文号, 关于推荐{name}同志参加…职称
    委托评审的函, the addressee, the body with 身份证号, 系列 and 级别, the unit and date
    (2024年6月18日) under the crisp electronic seal — cut off at the window's foot with a
    scroll bar, and at the right the 流程跟踪 panel: 拟稿 → 部门审核 → 办公室核稿 → 领导签发
    (同意) → 用印 → 分发, each node with handler, opinion and a dashed timestamp."""
    import datetime

    from ..layout import Ellipse
    from ._common import HEI, other_people, wrap_cjk

    h = hash_int(unit + name + "r23oa")
    W, H = 842.0, 595.0
    p = Page(W, H, background=(232, 234, 238), font=MICRO)
    white, grey, dark = (255, 255, 255), (125, 125, 125), (35, 35, 35)
    staff = [o[0] for o in other_people(f"oa23:{unit}", 5)]
    p.rect(0, 0, W, 34, None, (28, 52, 92), 0)
    p.text(16, 22, f"{unit} · 协同办公平台", 11, color=white, font=HEI, line=False)
    p.text(W - 16, 22, f"{staff[0]}（人力资源部）  |  退出", 9, "right", (220, 226, 236),
           line=False)
    p.rect(0, 34, W, 28, None, white, 0)
    tabs = ("正文", "附件(2)", "流程跟踪", "办理意见")
    for k, t in enumerate(tabs):
        if k == 0:
            p.rect(14 + k * 78, 34, 70, 28, None, (232, 240, 252), 0)
            p.items.append(Line(14, 61, 84, 61, 2.0, (37, 110, 200)))
        p.text(49 + k * 78, 53, t, 10, "center", (37, 110, 200) if k == 0 else dark,
               line=False)
    for k, b in enumerate(("关闭", "打印", "下载")):
        p.rect(W - 70 - k * 62, 39, 54, 19, (200, 200, 200), white, 0.6)
        p.text(W - 43 - k * 62, 52, b, 9, "center", dark, line=False)
    p.items.append(Line(0, 62, W, 62, 0.6, (205, 205, 205)))
    # the letter on the viewer, cut off at the window's foot
    x0, w = 34, 470
    p.rect(x0, 74, w, H - 74, None, white, 0)
    red = (214, 18, 26)
    cx = x0 + w / 2
    usize = 20 if text_width(unit, 20, HEI) < w - 40 else 16
    p.text(cx, 112, unit, usize, "center", red, font=HEI)
    p.items.append(Line(x0 + 22, 124, x0 + w - 22, 124, 1.4, red))
    p.text(x0 + w - 24, 142, doc_no, 9.5, "right", font=MING)
    p.text(cx, 170, f"关于推荐{name}同志参加{series}系列", 13.5, "center", font=HEI)
    p.text(cx, 190, f"{level}职称委托评审的函", 13.5, "center", font=HEI)
    p.text(x0 + 26, 218, f"{to_whom}：", 10.5, font=MING)
    body = (f"{name}同志（身份证号：{id_number}）系我单位在职专业技术人员，现从事{series}"
            f"专业技术工作，经单位审核，符合{series}系列{level}职称申报条件。因我单位无相应"
            "评审权限，现推荐该同志参加贵单位组织的职称委托评审，我单位对其申报材料的真实性"
            "负责。")
    p.font = MING  # the letter's own face; the OA's chrome is in 微米黑
    yb = wrap_cjk(p, x0 + 26, 242, body, w - 52, 10.5, 20, first_indent=21)
    contact = staff[1]
    yb = wrap_cjk(p, x0 + 26, yb, f"联系人：{contact}，联系电话：0772-{2600000 + h % 399999}。",
                   w - 52, 10.5, 20, first_indent=21)
    p.font = MICRO
    p.text(x0 + 47, yb + 2, "特此函告。", 10.5, font=MING)
    sign = yb + 60
    p.text(x0 + w - 30, sign, unit, 10.5, "right", font=MING)
    p.text(x0 + w - 30, sign + 24, cn(issued_on), 10.5, "right", font=MING)
    p.seal(x0 + w - 30 - text_width(unit, 10.5, MING) / 2, sign + 6, 98, unit,
           seed=seed + 2301, color=(230, 10, 20), strength=1.0)
    p.rect(x0 + w + 4, 74, 8, H - 74, None, (214, 216, 220), 0)
    p.rect(x0 + w + 5, 80, 6, 190, None, (160, 164, 170), 0)
    # the 流程跟踪 panel
    px = 530
    p.rect(px, 74, W - px - 14, H - 88, None, white, 0)
    p.text(px + 14, 96, "流程跟踪", 11.5, color=dark, font=HEI)
    p.text(W - 28, 96, f"流水号：FW{issued_on[:4]}{h % 9000 + 1000}", 8, "right", grey,
           line=False)
    p.items.append(Line(px + 10, 104, W - 24, 104, 0.5, (225, 225, 225)))
    day = datetime.date.fromisoformat(issued_on)
    when = [day - datetime.timedelta(days=d) for d in (3, 2, 2, 1, 0, 0)]
    nodes = [("拟稿", f"人力资源部 {staff[0]}", "提交"),
             ("部门审核", f"人力资源部 {staff[2]}", "情况属实，同意。"),
             ("办公室核稿", f"办公室 {staff[3]}", "已核稿。"),
             ("领导签发", f"{staff[4]}", "同意。"),
             ("用印", f"办公室 {staff[3]}", "已加盖电子印章"),
             ("分发", f"人力资源部 {staff[0]}", "已办结")]
    y = 126
    for k, ((node, who, opinion), d) in enumerate(zip(nodes, when)):
        col = (46, 160, 90)
        p.items.append(Ellipse(px + 16, y - 9, 10, 10, col))
        if k < len(nodes) - 1:
            p.items.append(Line(px + 21, y + 2, px + 21, y + 66, 1.0, (200, 210, 200)))
        p.text(px + 34, y, node, 10, color=dark, font=HEI, line=False)
        p.text(W - 28, y, f"{d.isoformat()} {9 + (h + k) % 8:02d}:{(h // (k + 3)) % 60:02d}",
               8, "right", grey, line=False)
        p.text(px + 34, y + 18, f"办理人：{who}", 8.5, color=(80, 80, 80), line=False)
        p.text(px + 34, y + 34, f"意见：{opinion}", 8.5, color=(80, 80, 80), line=False)
        y += 72
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 24
# Drawn by another hand after round 23's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round24`.

@layout(LAYOUTS, "commission_letter.sanzhe_xinfeng")
def sanzhe_xinfeng(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                   seed=0, **_) -> Built:
    """The 委托评审函 as the applicant got it from the 人力资源部: folded in three into the
    firm's printed 5号 envelope (red 邮政编码 boxes and 贴邮票处 frame), opened, laid flat on
    a desk and photographed with a phone before it was handed in, the envelope's top edge
    showing behind the sheet's upper right corner. The letter: the unit's name in 黑体 over
    a thin rule as its letterhead, the 文号 at the right, 关于委托评审…职称的函, the
    addressee, a body naming the person with the 身份证号码, the 系列 and 级别, saying the
    materials were checked and 公示 five working days without objection, an 附件 list, the
    联系人 / 电话 line, the seal over the unit and the date; two creases cross the sheet."""
    from ._common import DESKS, HEI, other_people, wrap_cjk

    h = hash_int(f"r24sz:{unit}:{name}")
    p = Page(*A4, font=MING)
    p.background = DESKS[(h >> 3) % len(DESKS)]
    # the envelope behind the sheet's upper right corner
    ex, ey, ew, eh = 300, 8, 300, 190
    p.rect(ex + 5, ey + 6, ew, eh, None, (70, 55, 45), 0)
    p.rect(ex, ey, ew, eh, None, (246, 245, 240), 0)
    red = (196, 34, 38)
    for k in range(6):
        p.rect(ex + 20 + k * 22, ey + 18, 17, 20, red, None, 0.8)
    p.rect(ex + ew - 38, ey + 14, 30, 44, red, None, 0.8)
    p.text(ex + ew - 23, ey + 34, "贴邮", 7.5, "center", red, line=False)
    p.text(ex + ew - 23, ey + 45, "票处", 7.5, "center", red, line=False)
    # the letter, a little turned paper white, with its two creases drawn first
    x0, y0, w, hh = 34, 36, 520, 790
    p.rect(x0 + 5, y0 + 7, w, hh, None, (60, 48, 40), 0)
    p.rect(x0, y0, w, hh, None, (251, 251, 248), 0)
    for cy in (y0 + hh / 3, y0 + 2 * hh / 3):
        p.rect(x0, cy - 5, w, 5, None, (238, 237, 232), 0)
        p.rect(x0, cy, w, 4, None, (255, 255, 253), 0)
        p.items.append(Line(x0, cy, x0 + w, cy, 0.5, (205, 203, 196)))
    lx, rx = x0 + 46, x0 + w - 46
    p.text(297, y0 + 60, unit, 19, "center", (30, 30, 30), font=HEI)
    p.hline(lx, rx, y0 + 74, 1.2)
    p.text(rx, y0 + 100, doc_no, 11.5, "right")
    title = f"关于委托评审{name}同志{series}系列{level}职称的函"
    size = 15.5 if text_width(title, 15.5, HEI) < rx - lx else 14
    p.text(297, y0 + 142, title, size, "center", font=HEI)
    p.text(lx, y0 + 186, f"{to_whom}：", 13)
    body = (f"我单位{name}同志（身份证号码：{id_number}），现从事{series}专业技术工作，"
            f"拟申报{series}系列{level}职称。经我单位审核，该同志申报材料真实、完整，"
            f"符合申报条件，已在单位内公示5个工作日，无异议。因我单位未组建相应的"
            f"职称评审委员会，现委托贵局按程序推荐至相应评审委员会进行评审，评审结果我单位"
            f"予以认可。")
    y = wrap_cjk(p, lx, y0 + 220, body, rx - lx, 13, 25, first_indent=26)
    p.text(lx + 26, y + 2, "特此函告。", 13)
    y += 40
    p.text(lx, y, "附件：1. 职称评审申报表", 12)
    p.text(lx + 39, y + 22, "2. 申报材料公示情况说明", 12)
    contact = other_people(f"r24sz:{unit}", 1)[0][0]
    p.text(lx, y + 52, f"联系人：{contact}    联系电话：0772-{2600000 + h % 900000}", 12)
    sy = y + 130
    p.text(rx - 10, sy, unit, 13, "right")
    p.text(rx - 10, sy + 30, cn(issued_on), 13, "right")
    p.seal(rx - 10 - text_width(unit, 13, MING) / 2, sy + 8, 116, unit, seed=seed + 2431,
           **ink(seed + 1))
    p.text(297, y0 + hh - 24, "— 1 —", 10, "center", line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 25
# Drawn by another hand after round 24's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round25`.

_R25_SERIES = ["工程技术", "经济", "会计", "统计", "农业技术", "档案"]


@layout(LAYOUTS, "commission_letter.zhuanxilie_weituo")
def zhuanxilie_weituo(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                      seed=0, **_) -> Built:
    """The 委托评审函 for a 转系列评审 (转评): a person who holds a title of one 系列 and has
    moved to work of another (a 会计 now on engineering, an engineer now in 经济 work) may,
    after a year in the new post, ask to be reviewed in the new series at the same level
    (平级转评), and the unit writes to the bureau for it. The letter as the 人事部 prints it
    from Word in 仿宋-like type, sealed and colour-scanned: the unit's name in 黑体 as a plain
    head, 关于委托{name}同志转系列评审{series}{level}职称的函, the addressee, a body stating the
    old series and the year in the new post, then a small ruled 转评人员基本情况 table (姓名 /
    身份证号码 / 原职称系列及级别 / 取得时间 / 现从事专业 / 拟转评系列及级别), the 承诺 line,
    联系人, the seal over the unit and the date; one portrait page."""
    from ._common import HEI, other_people, wrap_cjk

    h = hash_int(f"r25zx:{unit}:{name}")
    pool = [s for s in _R25_SERIES if s != series]
    old = pool[h % len(pool)]
    got = f"{int(issued_on[:4]) - 3 - h % 4}.{1 + (h >> 3) % 12:02d}"
    moved = f"{int(issued_on[:4]) - 1 - (h >> 5) % 2}年{1 + (h >> 7) % 12}月"
    p = Page(*A4, font=MING, background=(252, 251, 248))
    p.text(297, 70, unit, 18, "center", (20, 20, 20), font=HEI)
    p.hline(64, 531, 84, 1.4)
    p.text(531, 108, doc_no, 11.5, "right")
    title = f"关于委托{name}同志转系列评审{series}{level}职称的函"
    size = 15.5 if text_width(title, 15.5, HEI) < 460 else 14
    p.text(297, 146, title, size, "center", font=HEI)
    p.text(64, 186, f"{to_whom}：", 13)
    body = (f"我单位{name}同志，原取得{old}系列{level}职称，{moved}起调整至{series}专业技术"
            f"岗位工作，从事现岗位工作已满一年，经单位考核合格。根据职称评审有关规定，该同志"
            f"可申请转系列评审与原职称同一级别的{series}系列职称。因我单位未组建相应评审"
            f"委员会，现委托贵单位按程序组织对该同志进行{series}系列{level}职称转评，"
            f"评审结果我单位予以认可。")
    y = wrap_cjk(p, 64, 218, body, 467, 13, 25, first_indent=26)
    p.text(64, y + 6, "转评人员基本情况：", 12, font=HEI)
    y = p.table(64, y + 16, [56, 128, 92, 52, 62, 77],
                [["姓名", "身份证号码", "原职称系列及级别", "取得时间", "现从事专业",
                  "拟转评系列"],
                 [name, id_number, f"{old}{level}", got, series, f"{series}{level}"]],
                28, 9)
    y = wrap_cjk(p, 64, y + 28, "我单位承诺：该同志所报材料真实有效，转岗情况属实，"
                 "如有弄虚作假，愿承担相应责任。", 467, 12.5, 24, first_indent=25)
    p.text(90, y + 4, "特此函告。", 13)
    contact = other_people(f"r25zx:{unit}", 1)[0][0]
    p.text(64, y + 44, f"联系人：{contact}    联系电话：0772-{2800000 + h % 900000}", 11.5)
    sy = y + 118
    p.text(521, sy, unit, 13, "right")
    p.text(521, sy + 30, cn(issued_on), 13, "right")
    p.seal(521 - text_width(unit, 13, MING) / 2, sy + 6, 116, unit, seed=seed + 2511,
           **ink(seed + 4))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 26
# Drawn by another hand after round 25's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round26`.

@layout(LAYOUTS, "commission_letter.chuangkou_quhaodan")
def chuangkou_quhaodan(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                       seed=0, **_) -> Built:
    """The letter photographed by the applicant at the 人社 window of the city's 政务服务中心
    when handing in the paper packet (the clerk asked for a photo to be uploaded to the 职称
    system as well): the sheet lying on the window's light grey counter, slightly turned, with
    the hall's 排队取号单 (the narrow thermal queue ticket: 柳州市政务服务中心, 人社综合窗口,
    the number A0xx, 前面还有 n 人, the date and time) dropped on the counter beside it and a
    ball-pen at the foot. The letter itself is the plain kind small firms send: 委托评审函 as
    the title, the addressee, a body with the 身份证号码, 现申报 series and level and 特委托贵
    单位评审, 此致 敬礼, the seal over the unit and the date; one portrait page."""
    from ..layout import Line
    from ._common import HEI, wrap_cjk

    h = hash_int(f"r26ck:{unit}:{name}")
    W, H = A4
    p = Page(W, H, background=(214, 214, 210), font=MING)
    p.rect(0, 0, W, 22, None, (176, 178, 176), 0)  # the window's glass frame
    p.items.append(Line(0, 22, W, 22, 1.4, (140, 142, 140)))
    # the sheet
    x0, y0, sw, sh = 52, 48, 476, 672
    p.rect(x0 + 5, y0 + 6, sw, sh, None, (168, 168, 164), 0)
    p.rect(x0, y0, sw, sh, None, (252, 252, 249), 0)
    lx, rx = x0 + 44, x0 + sw - 44
    p.text(x0 + sw / 2, y0 + 86, "委 托 评 审 函", 19, "center", font=HEI)
    p.text(rx, y0 + 118, doc_no, 10.5, "right")
    p.text(lx, y0 + 154, f"{to_whom}：", 12)
    body = (f"兹有我单位{name}同志（身份证号码：{id_number}），现申报{series}系列{level}"
            f"职称。因我单位无相应评审权限，特委托贵单位对该同志进行评审，评审结果我单位"
            f"予以认可。该同志所报材料真实，我单位已审核。")
    y = wrap_cjk(p, lx, y0 + 186, body, rx - lx, 12, 23, first_indent=24)
    p.text(lx + 24, y + 8, "此致", 12)
    p.text(lx, y + 34, "敬礼！", 12)
    sy = y + 110
    p.text(rx, sy, unit, 12, "right")
    p.text(rx, sy + 28, cn(issued_on), 12, "right")
    p.seal(rx - text_width(unit, 12, MING) / 2, sy + 6, 108, unit, seed=seed + 2601,
           **ink(seed + 1))
    # the queue ticket, lying on the counter to the right of the sheet's foot
    tx, ty, tw, th = 360, 650, 150, 176
    p.rect(tx + 3, ty + 4, tw, th, None, (170, 170, 166), 0)
    p.rect(tx, ty, tw, th, None, (246, 246, 242), 0)
    grey = (70, 70, 70)
    p.text(tx + tw / 2, ty + 22, "柳州市政务服务中心", 9.5, "center", grey, font=HEI, line=False)
    p.text(tx + tw / 2, ty + 40, "人社综合窗口", 8.5, "center", grey, line=False)
    p.text(tx + tw / 2, ty + 82, f"A{30 + h % 60:03d}", 30, "center", (40, 40, 40), font=HEI,
           line=False)
    p.text(tx + tw / 2, ty + 106, f"您前面还有 {h % 9} 人等候", 8, "center", grey, line=False)
    day = int(issued_on[8:10])
    took = f"{issued_on[:7]}-{day + 2 if day <= 26 else day:02d}"
    p.text(tx + tw / 2, ty + 126, f"{took} {9 + h % 7}:{h % 60:02d}", 8, "center", grey,
           line=False)
    p.text(tx + tw / 2, ty + 146, "请留意叫号，过号请重新取号", 7, "center", grey, line=False)
    p.text(tx + tw / 2, ty + 162, "12345 政务服务便民热线", 7, "center", grey, line=False)
    # a ball-pen at the foot
    p.rect(70, 774, 230, 9, None, (30, 60, 140), 0)
    p.rect(300, 775, 26, 7, None, (200, 200, 204), 0)
    p.rect(96, 771, 60, 3, None, (190, 190, 196), 0)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


@layout(LAYOUTS, "commission_letter.ems_miandan")
def ems_miandan(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                seed=0, **_) -> Built:
    """The letter photographed on the office desk just before the unit's 人事 clerk mailed
    the original to the 评审 office by 中国邮政 EMS (the 政务 special delivery most bureaus
    ask for): the sealed letter on the desk, slightly turned, and, lying over its lower right
    corner, the filled-in EMS 国内标准快递 waybill — the 寄件人 (the unit), the 收件人 (the
    职称 office of the addressee), 内件品名 职称评审材料, the barcode number. The letter is
    the kind on the unit's letterhead: the unit's name as a red 信笺 head with a rule, 关于
    委托评审{name}同志{series}系列{level}职称的函, the 文号, body with the 身份证号码,
    附件 line, the seal over the unit and date; portrait, colour."""
    from ._common import DESKS, HEI, wrap_cjk

    h = hash_int(f"r27ems:{unit}:{name}")
    W, H = A4
    p = Page(W, H, background=DESKS[h % len(DESKS)], font=MING)
    x0, y0, sw, sh = 40, 30, 500, 720
    p.rect(x0 + 6, y0 + 7, sw, sh, None, (70, 55, 42), 0)
    p.rect(x0, y0, sw, sh, None, (252, 251, 247), 0)
    lx, rx = x0 + 46, x0 + sw - 46
    red = (200, 30, 35)
    p.text(x0 + sw / 2, y0 + 62, unit, 17, "center", red, font=HEI)
    p.items.append(Line(lx - 10, y0 + 80, rx + 10, y0 + 80, 1.6, red))
    p.text(rx, y0 + 104, doc_no, 10.5, "right")
    p.text(x0 + sw / 2, y0 + 146, "关于委托评审", 15, "center", font=HEI, line=False)
    p.text(x0 + sw / 2, y0 + 170, f"{name}同志{series}系列{level}职称的函", 15, "center",
           font=HEI, line=False)
    p.lines.append(f"关于委托评审{name}同志{series}系列{level}职称的函")
    p.text(lx, y0 + 212, f"{to_whom}：", 12)
    body = (f"我单位{name}同志（身份证号码：{id_number}）符合{series}系列{level}职称申报"
            f"条件，经单位审核、公示无异议。因我单位未设立相应评审委员会，现委托贵单位"
            f"组织评审，评审结果我单位予以认可并按规定聘用。")
    y = wrap_cjk(p, lx, y0 + 244, body, rx - lx, 12, 23, first_indent=24)
    p.text(lx + 24, y + 4, "请予支持为盼。", 12)
    p.text(lx + 24, y + 40, "附件：1. 专业技术职务任职资格评审表", 11)
    p.text(lx + 60, y + 62, "2. 申报材料公示情况说明", 11, line=False)
    sy = y + 140
    p.text(rx, sy, unit, 12, "right")
    p.text(rx, sy + 28, cn(issued_on), 12, "right")
    p.seal(rx - text_width(unit, 12, MING) / 2, sy + 6, 110, unit, seed=seed + 2701,
           **ink(seed + 4))
    p.text(lx, sy + 76, f"（联系人：人力资源部  联系电话：0772-{3100000 + h % 899999}）", 10,
           line=False)
    # the EMS waybill over the lower right corner
    tx, ty, tw, th = 300, 660, 270, 170
    p.rect(tx + 4, ty + 5, tw, th, None, (60, 50, 40), 0)
    p.rect(tx, ty, tw, th, None, (248, 248, 244), 0)
    green, blue = (0, 120, 70), (0, 80, 160)
    p.rect(tx, ty, tw, 26, None, green, 0)
    p.text(tx + 10, ty + 18, "EMS", 14, color=(255, 255, 255), font=HEI, line=False)
    p.text(tx + 52, ty + 17, "中国邮政 · 国内标准快递", 9, color=(255, 255, 255), line=False)
    no = f"1{h % 10**11:011d}"[:12]
    for k in range(44):  # the barcode
        if (h >> (k % 29)) & 1 or k % 5 == 0:
            p.rect(tx + 12 + k * 3.4, ty + 32, 1.8 if k % 3 else 2.6, 24, None, (20, 20, 20), 0)
    p.text(tx + 170, ty + 50, no, 9, color=(20, 20, 20), line=False)
    p.items.append(Line(tx, ty + 62, tx + tw, ty + 62, 0.6, green))
    p.text(tx + 8, ty + 78, "寄件人：", 8, color=green, line=False)
    p.text(tx + 48, ty + 78, unit if len(unit) <= 18 else unit[:17] + "…", 8.5, color=blue,
           font=KAI, line=False)
    p.items.append(Line(tx, ty + 92, tx + tw, ty + 92, 0.6, green))
    p.text(tx + 8, ty + 108, "收件人：", 8, color=green, line=False)
    p.text(tx + 48, ty + 108, f"{to_whom}职称科", 8.5, color=blue, font=KAI, line=False)
    p.items.append(Line(tx, ty + 122, tx + tw, ty + 122, 0.6, green))
    p.text(tx + 8, ty + 138, "内件品名：", 8, color=green, line=False)
    p.text(tx + 58, ty + 138, "职称评审材料（文件）", 8.5, color=blue, font=KAI, line=False)
    p.text(tx + 8, ty + 158, "邮件性质：政务文件", 8, color=green, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 28

def _r28_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.qiye_logo_xinzhi")
def qiye_logo_xinzhi(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """The letter typed in Word on the firm's own printed 企业信纸 (the colour letter paper
    with the company logo that a 集团 or a private firm's 行政部 orders from a print shop):
    a round logo mark and the firm's Chinese name in its brand colour at the top left, its
    企业理念 motto under it, a thin brand-coloured rule, a faint large logo ghosted in the
    middle of the sheet, and a coloured band at the foot with 地址 / 电话 / 网址. The body is
    the usual 职称委托评审推荐函: 关于推荐{name}同志参加{series}系列{level}职称委托评审的函,
    the 文号 under the rule at the right, the addressee, the person with 身份证号, the
    request, 特此函告, the unit's seal over its name and the date; scanned in colour."""
    from ..layout import Ellipse, Watermark
    from ._common import HEI, wrap_cjk

    h = _r28_hash(f"r28logo:{unit}:{name}")
    brand = [(0, 94, 170), (0, 128, 96), (196, 40, 40), (20, 70, 140)][h % 4]
    W, H = A4
    p = Page(W, H, background=(253, 253, 251), font=MING)
    # logo: a ring with the first character of the short name
    short = unit.replace("柳州市", "").replace("柳州", "").replace("广西", "")[:2]
    p.items.append(Ellipse(48, 34, 46, 46, brand))
    p.items.append(Ellipse(53, 39, 36, 36, (253, 253, 251)))
    p.text(71, 64, short[:1], 18, "center", brand, font=HEI, line=False)
    p.text(106, 56, unit, 15 if len(unit) <= 16 else 13, color=brand, font=HEI)
    p.text(106, 75, ["诚信 · 创新 · 共赢", "品质 · 责任 · 担当", "专业 · 高效 · 务实"][h % 3], 8,
           color=brand, line=False)
    p.items.append(Line(48, 90, W - 48, 90, 1.4, brand))
    p.items.append(Line(48, 93, W - 48, 93, 0.4, brand))
    p.items.append(Watermark(W / 2, 470, short[:1], 260, 0, brand, 0.05, HEI))
    p.text(W - 60, 118, doc_no, 11, "right")
    p.text(W / 2, 168, f"关于推荐{name}同志参加", 17, "center", font=HEI, line=False)
    p.text(W / 2, 196, f"{series}系列{level}职称委托评审的函", 17, "center", font=HEI,
           line=False)
    p.lines.append(f"关于推荐{name}同志参加{series}系列{level}职称委托评审的函")
    lx, rx = 70, W - 70
    p.text(lx, 244, f"{to_whom}：", 13)
    body = [f"{name}，身份证号码{id_number}，系我公司在职专业技术人员。该同志已按规定提交"
            f"{series}系列{level}职称申报材料，经我公司审核，材料真实、完整，符合申报条件，"
            f"并已在公司内公示五个工作日，无异议。",
            f"鉴于我公司不具备{series}系列{level}职称评审权，现推荐该同志参加贵局组织的职称"
            f"委托评审，请予受理。"]
    y = 280
    for para in body:
        y = wrap_cjk(p, lx, y, para, rx - lx, 13, 26, first_indent=26) + 4
    p.text(lx + 26, y + 4, "特此函告。", 13)
    sy = y + 110
    p.text(rx, sy, unit, 13, "right")
    p.text(rx, sy + 30, cn(issued_on), 13, "right")
    p.seal(rx - text_width(unit, 13, MING) / 2, sy + 8, 112, unit, seed=seed + 2801,
           **ink(seed + 2))
    p.text(lx, sy + 90, f"联系人：{'邓冯曹彭曾萧'[h % 6]}{'晓玉宏瑞'[(h >> 3) % 4]}    "
           f"联系电话：0772-{3200000 + h % 799999}", 11, line=False)
    # the foot band
    p.rect(0, H - 46, W, 46, None, brand, 0)
    p.text(W / 2, H - 27, f"地址：广西柳州市{['城中区', '鱼峰区', '柳南区', '柳北区'][h % 4]}"
           f"{['文昌路', '东环大道', '航银路', '跃进路'][(h >> 2) % 4]}{10 + h % 180}号    "
           f"电话：0772-{3200000 + (h >> 5) % 799999}", 8.5, "center", (255, 255, 255),
           line=False)
    p.text(W / 2, H - 12, f"网址：www.lz{h % 9000 + 1000}.com.cn", 8.5, "center",
           (255, 255, 255), line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 29
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round29`.

def _r29_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.yongyin_dengji_paizhao")
def yongyin_dengji_paizhao(*, name, id_number, unit, series, level, to_whom, issued_on,
                           doc_no, seed=0, **_) -> Built:
    """The letter photographed on the 办公室 desk right after it was sealed, at the 用印
    (sealing) step every unit runs through its 用印登记簿 (the ruled ledger in which each
    use of the 公章 is entered: 日期 / 用印事由 / 份数 / 印章类别 / 经办人 / 批准人, kept
    beside the seal by the clerk who holds it): the applicant, waiting while the clerk
    stamped it, took one landscape phone photo for the online upload. At the left the
    sealed letter (文号 at the right, 关于…职称委托评审的函, the addressee, the person with
    身份证号码, the request citing 人社部令第40号, 附件 line, the unit over the date with the
    fresh seal, 联系人 / 联系电话); at the right the open 用印登记簿, its earlier rows in
    other hands (劳动合同, 社保申报表, 投标文件, a 收入证明 for a colleague) and the last
    row the letter itself in blue-black ballpoint, the round 印泥 tin and the seal's black
    handle lying on the ledger's corner; the desk around; colour."""
    from ..layout import Ellipse
    from ._common import DESKS, HEI, PEN, other_people, wrap

    h = _r29_hash(f"r29yy:{unit}:{name}")
    W, H = A4_LANDSCAPE
    desk = DESKS[h % len(DESKS)]
    p = Page(W, H, background=desk, font=MING)
    # the ledger, open at the right (drawn first: the letter lies over its left edge)
    gx, gy, gw, gh = 402, 34, 414, 532
    p.rect(gx + 5, gy + 6, gw, gh, None, (58, 44, 34), 0)
    p.rect(gx, gy, gw, gh, None, (238, 242, 230), 0)
    p.rect(gx, gy, 14, gh, None, (212, 216, 204), 0)  # the binding's shadow
    green = (96, 150, 120)
    p.text(gx + gw / 2 + 20, gy + 40, "用 印 登 记 簿", 15, "center", (60, 110, 84), font=HEI,
           line=False)
    cols = [("日期", 44), ("用印事由（文件名称）", 168), ("份数", 34), ("印章类别", 56),
            ("经办人", 48), ("批准人", 48)]
    tx, ty, rh = gx + 18, gy + 58, 34
    from ..layout import Line

    total = sum(w_ for _c, w_ in cols)
    for r in range(14):
        p.items.append(Line(tx, ty + r * rh, tx + total, ty + r * rh, 0.7, green))
    x = tx
    for label, w_ in cols:
        p.items.append(Line(x, ty, x, ty + 13 * rh, 0.7, green))
        p.text(x + w_ / 2, ty + 21, label, 8, "center", (60, 110, 84), line=False)
        x += w_
    p.items.append(Line(x, ty, x, ty + 13 * rh, 0.7, green))
    m, d = int(issued_on[5:7]), int(issued_on[8:10])
    staff = other_people(f"r29yy:{unit}", 6)
    clerk, boss = staff[0][0], staff[1][0]
    entries = [(max(1, d - 9), "劳动合同（续签）", "2", "合同章", staff[2][0], boss),
               (max(1, d - 7), "社会保险费申报表", "1", "公章", staff[3][0], boss),
               (max(1, d - 4), "投标文件（商务部分）", "3", "公章", staff[4][0], staff[5][0]),
               (max(1, d - 1), f"{staff[2][0]}收入证明", "1", "公章", clerk, boss),
               (d, f"{name}职称委托评审函", "2", "公章", clerk, boss)]
    for r, (day, what, n, kind, who, ok) in enumerate(entries, 1):
        base = ty + r * rh + 22
        x = tx
        pen = PEN if r == len(entries) else [(40, 40, 40), (30, 50, 110), (20, 20, 20)][r % 3]
        for (label, w_), val in zip(cols, (f"{m}.{day}", what, n, kind, who, ok)):
            size = 10.5 if text_width(val, 10.5, KAI) < w_ - 6 else 9
            p.text(x + w_ / 2, base, val, size, "center", pen, font=KAI, line=False)
            x += w_
        p.lines.append(f"{m}.{day} {what} {n} {kind} {who} {ok}")
    # the ink-pad tin and the seal's handle on the ledger's corner
    p.items.append(Ellipse(gx + gw - 98, gy + gh - 110, 82, 82, (150, 150, 156)))
    p.items.append(Ellipse(gx + gw - 91, gy + gh - 103, 68, 68, (168, 26, 34)))
    p.items.append(Ellipse(gx + gw - 70, gy + gh - 88, 20, 12, (196, 70, 74)))
    p.items.append(Ellipse(gx + gw - 170, gy + gh - 84, 50, 50, (70, 60, 52)))
    p.items.append(Ellipse(gx + gw - 166, gy + gh - 82, 50, 50, (28, 28, 30)))
    p.items.append(Ellipse(gx + gw - 154, gy + gh - 72, 16, 12, (90, 90, 96)))
    # the letter, lying over the ledger's left edge
    x0, y0, sw = 30, 20, 392
    s = sw / 595
    sh = 842 * s
    p.rect(x0 + 6, y0 + 7, sw, sh, None, (60, 46, 36), 0)
    p.rect(x0, y0, sw, sh, None, (251, 250, 246), 0)

    def X(v):
        return x0 + v * s

    def Y(v):
        return y0 + v * s

    p.text(X(525), Y(88), doc_no, 12 * s, "right")
    t1 = f"关于{name}同志申报{series}系列"
    t2 = f"{level}职称委托评审的函"
    p.text(X(297), Y(150), t1, 18 * s, "center", font=HEI, line=False)
    p.text(X(297), Y(180), t2, 18 * s, "center", font=HEI, line=False)
    p.lines.append(t1 + t2)
    p.text(X(70), Y(236), f"{to_whom}：", 14 * s)
    you = "贵局" if to_whom.endswith("局") else "贵单位"
    paras = [f"我单位{name}同志，身份证号码{id_number}，现从事{series}专业技术工作，"
             f"经审核已具备申报{series}系列{level}职称的资格条件。因我单位未设立相应的职称"
             f"评审委员会，根据《职称评审管理暂行规定》（人力资源社会保障部令第40号）有关规定，"
             f"特委托{you}组织相应评审委员会对该同志进行评审。",
             "该同志的申报材料已经我单位审核，并在单位内部公示5个工作日，公示无异议。"
             "我单位对申报材料的真实性负责。"]
    size, lead = 13.5 * s, 27 * s
    y = Y(276)
    for para in paras:
        parts = wrap(para, 455 * s, size, 27 * s, MING)
        for i in range(1, len(parts)):
            while parts[i] and parts[i][0] in "。，、；：）" and len(parts[i - 1]) > 1:
                parts[i] = parts[i - 1][-1] + parts[i]
                parts[i - 1] = parts[i - 1][:-1]
        for i, part in enumerate(parts):
            p.text(X(70) + (27 * s if i == 0 else 0), y, part, size)
            y += lead
        y += 4 * s
    p.text(X(97), y + 4 * s, "特此函告。", size)
    y += lead * 2
    p.text(X(70), y, f"附件：{name}同志职称申报材料（一式一份）", 12 * s)
    sy = y + 100 * s
    p.text(X(525), sy, unit, size, "right")
    p.text(X(525), sy + 32 * s, cn(issued_on), size, "right")
    p.seal(X(525) - text_width(unit, size, MING) / 2, sy + 10 * s, 116 * s, unit,
           seed=seed + 2901, **ink(seed))
    p.text(X(70), Y(790), f"联系人：{clerk}    联系电话：0772-{3100000 + h % 899999}", 10.5 * s,
           line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 30
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round30`.

def _r30_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.oa_dayin_shuiyin")
def oa_dayin_shuiyin(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """The letter as the applicant printed it from the unit's 协同办公 (OA) system after the
    发文 was signed off and e-sealed: the OA's 公文 viewer lays the 信函格式 letter out as
    issued (the unit's name in red, the red double rule, the 函 number at the right, the
    title, the addressee, the text with 身份证号码 and the 系列 and 级别, 附件, the unit with
    its electronic seal over the date, 联系人 and telephone, the 抄送 版记), and every page
    it prints carries the OA's 打印水印 — the printing account's name, 工号 and the print
    time tiled grey across the sheet at an angle — with the browser's print header (date
    and time at the left, the page title in the middle) and footer (the OA page's URL, 1/1);
    uploaded as a scan of that printout; one portrait page, colour."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r30_hash(f"r30oa:{unit}:{name}")
    W, H = A4
    red = (204, 26, 30)
    grey = (110, 110, 110)
    p = Page(W, H, background=(255, 255, 255), font=MING)
    staff = other_people(f"r30oa:{unit}", 3)
    clerk, printer = staff[0][0], staff[1][0]
    iy, im, idd = issued_on[:4], int(issued_on[5:7]), int(issued_on[8:10])
    pd = f"{iy}/{im}/{min(28, idd + 1 + h % 3)}"
    pt = f"{9 + h % 8}:{(h >> 3) % 60:02d}"
    short = unit.replace("有限公司", "").replace("柳州市", "").replace("广西", "")[:8]
    # the browser's print header and footer
    p.text(24, 20, f"{pd} {pt}", 7.5, color=grey, line=False)
    p.text(W / 2, 20, f"公文查看 - {short}协同办公平台", 7.5, "center", grey, line=False)
    host = f"oa.{['lzjt', 'gxlz', 'lzgc', 'lzsw'][h % 4]}{h % 90 + 10}.com"
    p.text(24, H - 14, f"https://{host}/seeyon/govdoc/govdocView.do?summaryId="
           f"{-(h * 7919) % 10**18}", 7, color=grey, line=False)
    p.text(W - 24, H - 14, "1/1", 7.5, "right", grey, line=False)
    # the letter
    lx, rx = 80, W - 80
    hs = 24 if text_width(unit, 24, HEI) <= rx - lx + 20 else 20
    p.text(W / 2, 96, unit, hs, "center", red, font=HEI)
    p.rect(lx - 10, 112, rx - lx + 20, 2.6, None, red, 0)
    p.rect(lx - 10, 117, rx - lx + 20, 0.8, None, red, 0)
    p.text(rx, 142, doc_no, 12, "right")
    t1 = f"关于委托评审{name}同志"
    t2 = f"{series}系列{level}职称的函"
    p.text(W / 2, 190, t1, 18, "center", font=HEI, line=False)
    p.text(W / 2, 218, t2, 18, "center", font=HEI, line=False)
    p.lines.append(t1 + t2)
    p.text(lx, 262, f"{to_whom}：", 13.5)
    you = "贵局" if to_whom.endswith("局") else "贵单位"
    paras = [f"我单位{name}同志（身份证号码：{id_number}）长期从事{series}专业技术工作，"
             f"现拟申报{series}系列{level}职称。经我单位审核，该同志符合申报条件，申报材料"
             "真实有效，已在本单位公示，公示期间无异议。",
             f"因我单位未组建相应的职称评审委员会，根据职称评审有关规定，现委托{you}将该"
             "同志的申报材料推荐至相应评审委员会进行评审，评审结果我单位予以认可。"]
    y = 298
    for para in paras:
        y = wrap_cjk(p, lx, y, para, rx - lx, 13.5, 27, first_indent=27) + 2
    p.text(lx + 27, y + 2, "特此函告。", 13.5)
    y += 44
    p.text(lx, y, f"附件：{name}同志职称申报材料目录", 12)
    sy = y + 86
    p.text(rx - 8, sy, unit, 13.5, "right")
    p.text(rx - 8, sy + 30, cn(issued_on), 13.5, "right")
    p.seal(rx - 8 - text_width(unit, 13.5, MING) / 2, sy + 8, 116, unit, seed=seed + 3001,
           color=(230, 0, 18), strength=1.0)
    p.text(lx + 27, sy + 76, f"（联系人：{clerk}；联系电话：0772-{2500000 + h % 499999}）",
           11.5, line=False)
    by = H - 118
    p.rect(lx - 10, by, rx - lx + 20, 1.1, None, (30, 30, 30), 0)
    p.text(lx, by + 20, "抄送：本单位党委（总经理）办公室，人力资源部存档。", 10.5, line=False)
    p.rect(lx - 10, by + 30, rx - lx + 20, 0.6, None, (30, 30, 30), 0)
    p.text(lx, by + 50, f"{short}综合办公室", 10.5, line=False)
    p.text(rx, by + 50, f"{cn(issued_on)}印发", 10.5, "right", line=False)
    p.rect(lx - 10, by + 58, rx - lx + 20, 1.1, None, (30, 30, 30), 0)
    # the OA's print watermark, tiled
    mark = f"{printer} {1000 + h % 9000} {pd} {pt}"
    for r in range(6):
        for c in range(3):
            p.watermark(110 + c * 190 + (r % 2) * 60, 110 + r * 135, mark, 11, 28.0,
                        (150, 150, 150), 0.22)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 31
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round31`.

def _r31_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.jiaozhuang_cailiaoce")
def jiaozhuang_cailiaoce(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                         seed=0, **_) -> Built:
    """The letter as it sits in the applicant's 申报材料册 — the whole dossier printed and
    perfect-bound (胶装) at a print shop with a 目录 and page numbers the 评委会 asks for —
    photographed opened flat on the desk for the online upload: the left page is the 目录's
    last half (the sections with their page numbers, 委托评审函 among them), the right page
    the letter itself (the unit's name as its head, the 函 number, the title, the addressee,
    the text with the 身份证号 and the 系列/级别 applied for, 特此函告, the unit with its
    red seal over the date, 联系人 and a telephone), the shop's running footer 第N页 under
    both pages, the spine's shadow down the middle and the curve of the glued pages;
    one landscape photo, colour."""
    from ._common import DESKS, HEI, other_people, wrap_cjk

    h = _r31_hash(f"r31jz:{unit}:{name}")
    W, H = A4_LANDSCAPE
    p = Page(W, H, background=DESKS[(h >> 3) % len(DESKS)], font=MING)
    bx, by, bw, bh = 40, 34, W - 80, H - 62
    p.rect(bx + 5, by + 8, bw, bh, None, (58, 44, 34), 0)
    p.rect(bx, by, bw, bh, None, (248, 247, 242), 0)
    mid = W / 2
    for k, shade in enumerate((200, 214, 226, 236)):  # the spine's shadow
        p.rect(mid - 12 + k * 3, by, 24 - k * 6, bh, None, (shade, shade, shade - 6), 0)
    page_no = 14 + h % 20
    # left page: the 目录
    lx0, lx1 = bx + 34, mid - 34
    p.text((lx0 + lx1) / 2, by + 50, "目    录（续）", 15, "center", font=HEI, line=False)
    items = ["六、学历、学位证书", "七、专业技术资格证书", "八、聘任文件及聘书",
             "九、近五年年度考核表", "十、委托评审函", "十一、继续教育证明", "十二、论文、论著",
             "十三、业绩成果材料", "十四、单位公示结果"]
    pg = 6 + h % 4
    for k, it in enumerate(items):
        yy = by + 92 + k * 30
        p.text(lx0, yy, it, 11, line=False)
        num = page_no if it.startswith("十、") else pg
        p.text(lx1, yy, str(num), 11, "right", line=False)
        dots = "·" * int((lx1 - lx0 - text_width(it, 11, MING) - 30) / 5.5)
        p.text(lx0 + text_width(it, 11, MING) + 6, yy, dots, 11, color=(140, 140, 140),
               line=False)
        pg = page_no + 1 if it.startswith("十、") else pg + 2 + (h >> k) % 5
    p.text((lx0 + lx1) / 2, by + bh - 18, f"— {page_no - 1 - h % 3} —", 9, "center",
           line=False)
    # right page: the letter
    rx0, rx1 = mid + 34, bx + bw - 30
    cw = rx1 - rx0
    hs = 17 if text_width(unit, 17, HEI) <= cw else 14
    p.text((rx0 + rx1) / 2, by + 44, unit, hs, "center", (200, 30, 34), font=HEI)
    p.rect(rx0, by + 54, cw, 1.6, None, (200, 30, 34), 0)
    p.text(rx1, by + 72, doc_no, 9.5, "right")
    t1 = f"关于委托评审{name}同志{level}职称的函"
    ts = 13 if text_width(t1, 13, HEI) <= cw else 11.5
    p.text((rx0 + rx1) / 2, by + 98, t1, ts, "center", font=HEI)
    p.text(rx0, by + 126, f"{to_whom}：", 10.5)
    body = (f"我单位{name}同志（身份证号：{id_number}），现从事{series}专业技术工作，"
            f"拟申报{series}系列{level}职称。经审核，该同志申报材料真实、完整，符合申报条件，"
            "并已在本单位公示五个工作日，无异议。因我单位不具备相应评审权限，特委托贵方"
            "组织评审，评审结果我单位予以认可。")
    y = wrap_cjk(p, rx0, by + 150, body, cw, 10.5, 19, first_indent=21)
    p.text(rx0 + 21, y, "特此函告。", 10.5)
    sy = y + 58
    us = 11 if text_width(unit, 11, MING) < cw - 30 else 9.5
    p.text(rx1 - 8, sy, unit, us, "right")
    p.text(rx1 - 8, sy + 22, cn(issued_on), 11, "right")
    p.seal(rx1 - 8 - text_width(unit, us, MING) / 2, sy + 4, 96, unit, seed=seed + 3101,
           **ink(seed + 1))
    clerk = other_people(f"r31jz:{unit}", 1)[0][0]
    p.text(rx0, sy + 62, f"联系人：{clerk}    电话：0772-{2200000 + h % 699999}", 9.5,
           line=False)
    p.text((rx0 + rx1) / 2, by + bh - 18, f"— {page_no} —", 9, "center", line=False)
    # the curve of the glued pages along the spine (a lighter lift) and the desk edge
    p.items.append(Line(mid - 14, by, mid - 14, by + bh, 0.6, (170, 170, 170)))
    p.items.append(Line(mid + 14, by, mid + 14, by + bh, 0.6, (190, 190, 190)))
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 32
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round32`.

def _r32_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.shouji_wps_yuedu")
def shouji_wps_yuedu(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """A phone screenshot of the letter's PDF (the unit's 人事科 exports the sealed letter
    with its 电子印章 and sends it to the applicant in the work group) opened in WPS Office
    手机版 and captured for the 申报系统's upload box: the status bar (time, signal,
    battery), WPS's top bar (←, the file name with .pdf, the search and ··· icons), the
    page at phone width with its thin grey margin (the unit as its head in red with the red
    rule, the 函 number, the title, the addressee, the text naming the person, the 身份证号,
    the 系列 and 级别, 特此函, the unit and the date under the round e-seal, 联系人 and a
    phone number), the page indicator bubble 1/1, and WPS's bottom toolbar (工具 / 适应手机 /
    批注 / 播放 / 分享); one portrait phone screenshot."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r32_hash(f"r32wps:{unit}:{name}")
    W, H = 390.0, 844.0
    dark, grey, red = (30, 30, 30), (120, 120, 120), (200, 28, 32)
    p = Page(W, H, background=(232, 233, 236), font=MING)
    # status bar and WPS bar
    p.rect(0, 0, W, 92, None, (255, 255, 255), 0)
    p.text(24, 24, f"{8 + h % 10}:{(h >> 2) % 60:02d}", 11, color=dark, font=MICRO,
           line=False)
    p.text(W - 20, 24, f"5G  ▮▮▮  {40 + h % 55}%", 9.5, "right", dark, font=MICRO,
           line=False)
    p.text(18, 68, "←", 16, color=dark, font=MICRO, line=False)
    fname = f"委托评审函-{name}.pdf"
    p.text(W / 2, 68, fname, 12, "center", dark, font=MICRO, line=False)
    p.text(W - 18, 68, "⌕   ···", 12, "right", dark, font=MICRO, line=False)
    # the page
    px, py, pw = 10, 104, W - 20
    ph = pw * 842 / 595
    p.rect(px + 2, py + 3, pw, ph, None, (200, 200, 204), 0)
    p.rect(px, py, pw, ph, None, (255, 255, 255), 0)
    s = pw / 595
    lx, rx = px + 60 * s, px + pw - 56 * s
    cw = rx - lx
    fs = 8.5
    hs = 22 * s if text_width(unit, 22 * s, HEI) <= cw else cw / max(len(unit), 1) * 0.98
    p.text((lx + rx) / 2, py + 80 * s, unit, hs, "center", red, font=HEI)
    p.rect(lx, py + 94 * s, cw, 2.2 * s, None, red, 0)
    p.text(rx, py + 116 * s, doc_no, 9.5, "right")
    title = f"关于委托评审{name}同志{series}{level}资格的函"
    ts = 15 * s if text_width(title, 15 * s, HEI) <= cw else 13 * s
    for k, part in enumerate(wrap_cjk_lines(title, cw, ts)):
        p.text((lx + rx) / 2, py + (150 + k * 20) * s, part, ts, "center", font=HEI)
    y = py + 196 * s
    p.text(lx, y, f"{to_whom}：", fs)
    body = (f"我单位{name}同志，身份证号码{id_number}，符合{series}{level}职称申报条件，"
            "经本单位推荐、公示，无异议。因我单位未组建相应评审委员会，现委托贵委员会"
            "对其专业技术资格进行评审，评审结果我单位予以承认并按规定聘用。")
    y = wrap_cjk(p, lx, y + 28 * s, body, cw, fs, 15.5, first_indent=2 * fs)
    p.text(lx + 2 * fs, y, "特此函。", fs)
    sy = y + 70 * s
    us = fs if text_width(unit, fs, MING) < cw - 20 else 7.5
    p.text(rx - 10, sy, unit, us, "right")
    p.text(rx - 10, sy + 24 * s, cn(issued_on), fs, "right")
    p.seal(rx - 10 - text_width(unit, us, MING) / 2, sy + 6 * s, 118 * s, unit,
           seed=seed + 3201, **ink(seed + 2))
    clerk = other_people(f"r32wps:{unit}", 1)[0][0]
    p.text(lx, sy + 80 * s, f"（联系人：{clerk}，电话：0772-{3100000 + h % 799999}）",
           9.5 * s, line=False)
    p.text(lx, py + ph - 24 * s, f"抄送：{unit}人事档案", 8 * s, color=grey, line=False)
    # page bubble and bottom toolbar
    p.rect(W / 2 - 22, py + ph + 14, 44, 20, None, (90, 90, 96), 0)
    p.text(W / 2, py + ph + 28, "1/1", 10, "center", (255, 255, 255), font=MICRO, line=False)
    p.rect(0, H - 84, W, 84, None, (255, 255, 255), 0)
    for k, lab in enumerate(("工具", "适应手机", "批注", "播放", "分享")):
        cx = W * (k + 0.5) / 5
        p.rect(cx - 9, H - 70, 18, 18, None, (70, 120, 230) if k == 0 else (160, 160, 168), 0)
        p.text(cx, H - 38, lab, 9.5, "center", dark, font=MICRO, line=False)
    p.rect(W / 2 - 66, H - 12, 132, 4, None, (20, 20, 20), 0)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


def wrap_cjk_lines(text: str, width: float, size: float) -> list[str]:
    """A title broken into centred lines that fit `width`."""
    from ._common import HEI, wrap

    return wrap(text, width, size, 0, HEI)


# --------------------------------------------------------------------------- round 33
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round33`.

def _r33_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.fuyin_hedui_lanzhang")
def fuyin_hedui_lanzhang(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                         seed=0, **_) -> Built:
    """The copy that stays in the applicant's 申报材料 when the sealed original goes to the
    评委会: the 委托评审函 run through the office copier (grey toner on white, the red seal
    come out dark grey, the copier's faint edge shadow and a toner speck line), then
    checked against the original by the 主管部门's 职改办 clerk, who presses the blue
    rectangular 核对章 (复印件与原件核对一致 / 核对人 / 日期) across the lower margin and signs
    it in blue-black pen; the letter itself: the unit's head and 文号, the title, the
    addressee, the text (the person with 身份证号, the 系列 and 级别 applied for, the unit's
    reasons for commissioning), 特此函, 附件 line, the unit and the date, 联系人 and phone,
    the 抄送 line; one portrait page."""
    from ._common import HEI, PEN, other_people, wrap_cjk

    h = _r33_hash(f"r33fy:{unit}:{name}")
    W, H = A4
    g = (58, 58, 58)
    p = Page(W, H, background=(252, 252, 250), font=MING)
    p.rect(0, 0, 10, H, None, (150, 150, 150), 0)  # the copier lid's edge shadow
    p.rect(0, H - 8, W, 8, None, (170, 170, 170), 0)
    p.rect(W * 0.37 + h % 40, 0, 1.2, H, None, (205, 205, 205), 0)  # the drum's streak
    lx, rx = 78, W - 74
    cw = rx - lx
    hs = 24 if text_width(unit, 24, HEI) <= cw else cw / max(len(unit), 1) * 0.98
    p.text(W / 2, 92, unit, hs, "center", g, font=HEI)
    p.rect(lx, 108, cw, 2.2, None, g, 0)
    p.text(W / 2, 134, doc_no, 12, "center", g)
    title = f"关于委托评审{name}同志{series}{level}资格的函"
    ts = 17 if text_width(title, 17, HEI) <= cw else 14
    p.text(W / 2, 182, title, ts, "center", g, font=HEI)
    p.text(lx, 226, f"{to_whom}：", 13, color=g)
    body = (f"我单位{name}同志（身份证号：{id_number}），现从事专业技术工作，"
            f"经单位考核、民主推荐并公示五个工作日无异议，拟申报{series}{level}资格。"
            "因我单位及上级主管部门均未组建该系列相应评审委员会，根据职称评审管理有关规定，"
            "特委托贵评审委员会对其进行评审。其申报材料真实有效，评审结果我单位认可。")
    y = wrap_cjk(p, lx, 262, body, cw, 13, 26, first_indent=26)
    p.text(lx + 26, y + 4, "特此函。", 13, color=g)
    p.text(lx + 26, y + 44, "附件：申报人员材料一套", 12, color=g, line=False)
    us = 13 if text_width(unit, 13, MING) < 300 else 11
    sy = y + 130
    p.text(rx - 16, sy, unit, us, "right", g)
    p.text(rx - 16, sy + 30, cn(issued_on), 13, "right", g)
    p.seal(rx - 16 - text_width(unit, us, MING) / 2, sy + 8, 126, unit, seed=seed + 3301,
           color=(72, 72, 72), strength=0.9)
    clerk, checker = (x[0] for x in other_people(f"r33fy:{unit}", 2))
    p.text(lx, sy + 84, f"（联系人：{clerk}    联系电话：0772-{2600000 + h % 899999}）", 11,
           color=g, line=False)
    p.hline(lx, rx, H - 112, 0.8)
    p.text(lx, H - 94, f"抄送：{unit}人事部门，本人档案。", 10.5, color=g, line=False)
    # the blue 核对章 and the clerk's pen
    blue = (40, 70, 170)
    bx, by = lx + 150 + h % 60, H - 210
    p.rect(bx, by, 200, 74, blue, None, 2.0)
    p.rect(bx + 4, by + 4, 192, 66, blue, None, 0.8)
    p.text(bx + 100, by + 24, "复印件与原件核对一致", 12, "center", blue, font=HEI, line=False)
    p.text(bx + 14, by + 46, "核对人：", 10.5, color=blue, line=False)
    p.text(bx + 14, by + 64, "日  期：", 10.5, color=blue, line=False)
    p.text(bx + 72, by + 47, checker, 14, color=PEN, font=KAI, line=False)
    chk = f"{issued_on[:4]}.{int(issued_on[5:7])}.{min(28, int(issued_on[8:10]) + 3)}"
    p.text(bx + 72, by + 66, chk, 12, color=PEN, font=KAI, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 34
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round34`.

def _r34_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.qianpijia_chengpi")
def qianpijia_chengpi(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                      seed=0, **_) -> Built:
    """The sealed 委托评审函 photographed in the office's 签批夹 (the dark red leatherette
    呈批文件夹 embossed 请阅 / 签批 that carries papers to the unit's head), opened flat on
    the 办公室 desk before it goes back to the 人事科: on the left leaf, under the clip, the
    unit's 文件呈批单 (拟文单位 人事科, 拟稿人 and phone, 核稿, the 文号, the 标题 关于委托
    评审……的函, 拟办意见 typed, and the head's 批示 in blue-black pen 同意，按程序办理 with
    his name and date, 办理结果 blank); on the right leaf, held by the metal clip at its
    top, the letter itself (the unit's head and 文号, the title, the addressee, the text with
    the person's 身份证号, 系列 and 级别, 特此函, the unit and date under its red seal, 联系人
    and phone); landscape phone photo, one page."""
    from ._common import HEI, PEN, other_people, wrap_cjk

    h = _r34_hash(f"r34qp:{unit}:{name}")
    W, H = A4_LANDSCAPE
    p = Page(W, H, background=(96, 70, 50), font=MING)
    # the folder, open flat: two leaves of dark red leatherette
    fx, fy, fw, fh = 18, 14, W - 36, H - 28
    p.rect(fx + 6, fy + 7, fw, fh, None, (52, 36, 26), 0)
    p.rect(fx, fy, fw, fh, None, (120, 28, 34), 0)
    p.rect(W / 2 - 5, fy, 10, fh, None, (90, 20, 26), 0)  # the spine
    dark = (36, 36, 36)
    # left leaf: the 文件呈批单
    lx0, ly0, lw0, lh0 = fx + 22, fy + 26, W / 2 - fx - 40, fh - 46
    p.rect(lx0, ly0, lw0, lh0, None, (248, 247, 242), 0)
    p.rect(lx0 + lw0 / 2 - 50, ly0 - 14, 100, 26, None, (190, 192, 196), 0)  # the clip
    lx, rx = lx0 + 18, lx0 + lw0 - 18
    cw = rx - lx
    hs = 13 if text_width(unit + "文件呈批单", 13, HEI) < cw else 10.5
    p.text((lx + rx) / 2, ly0 + 40, f"{unit}文件呈批单", hs, "center", (190, 30, 30),
           font=HEI, line=False)
    drafter, checker, head = (x[0] for x in other_people(f"r34qp:{unit}", 3))
    y = ly0 + 52
    rows = [("拟文单位", "人事科", "拟 稿 人", drafter),
            ("核    稿", checker, "联系电话", f"{2700000 + h % 99999}"),
            ("文    号", doc_no, "", "")]
    for a, b, c, d in rows:
        p.rect(lx, y, cw, 26, (190, 30, 30), None, 0.6)
        p.text(lx + 6, y + 17, a, 9, color=(190, 30, 30), line=False)
        p.text(lx + 60, y + 17, b, 9, color=dark, line=False)
        if c:
            p.text(lx + cw / 2 + 6, y + 17, c, 9, color=(190, 30, 30), line=False)
            p.text(lx + cw / 2 + 60, y + 17, d, 9, color=dark, line=False)
        y += 26
    p.rect(lx, y, cw, 50, (190, 30, 30), None, 0.6)
    p.text(lx + 6, y + 17, "标    题", 9, color=(190, 30, 30), line=False)
    wrap_cjk(p, lx + 60, y + 17, f"关于委托评审{name}同志{series}{level}资格的函", cw - 66, 9,
             15)
    y += 50
    p.rect(lx, y, cw, 90, (190, 30, 30), None, 0.6)
    p.text(lx + 6, y + 17, "拟办意见", 9, color=(190, 30, 30), line=False)
    wrap_cjk(p, lx + 60, y + 17, f"{name}同志符合{series}{level}申报条件，我单位无相应评审"
             "委员会，拟出具委托评审函，报请领导审定。", cw - 66, 9, 15)
    y += 90
    p.rect(lx, y, cw, 150, (190, 30, 30), None, 0.6)
    p.text(lx + 6, y + 17, "领导批示", 9, color=(190, 30, 30), line=False)
    p.text(lx + 40, y + 58, "同意，按程序办理。", 17, color=PEN, font=KAI, line=False)
    d0 = int(issued_on[8:10])
    bd = f"{int(issued_on[5:7])}.{max(1, d0 - 1 - h % 2)}"
    p.text(rx - 16, y + 110, head, 17, "right", PEN, font=KAI, line=False)
    p.text(rx - 16, y + 136, bd, 13, "right", PEN, font=KAI, line=False)
    y += 150
    p.rect(lx, y, cw, min(60, ly0 + lh0 - y - 10), (190, 30, 30), None, 0.6)
    p.text(lx + 6, y + 17, "办理结果", 9, color=(190, 30, 30), line=False)
    # right leaf: the letter under the metal clip
    rx0, ry0, rw0, rh0 = W / 2 + 18, fy + 20, W / 2 - fx - 36, fh - 34
    p.rect(rx0 + 3, ry0 + 4, rw0, rh0, None, (80, 20, 24), 0)
    p.rect(rx0, ry0, rw0, rh0, None, (252, 251, 247), 0)
    p.rect(rx0 + rw0 / 2 - 60, ry0 - 10, 120, 24, None, (196, 198, 204), 0)
    p.rect(rx0 + rw0 / 2 - 60, ry0 + 8, 120, 4, None, (150, 152, 160), 0)
    lx, rx = rx0 + 26, rx0 + rw0 - 24
    cw = rx - lx
    us = 15 if text_width(unit, 15, HEI) < cw else cw / max(len(unit), 1) * 0.95
    p.text((lx + rx) / 2, ry0 + 48, unit, us, "center", (200, 30, 30), font=HEI)
    p.rect(lx, ry0 + 58, cw, 1.6, None, (200, 30, 30), 0)
    p.text((lx + rx) / 2, ry0 + 78, doc_no, 9.5, "center", dark)
    title = f"关于委托评审{name}同志{series}{level}资格的函"
    ts = 12 if text_width(title, 12, HEI) < cw else 10
    p.text((lx + rx) / 2, ry0 + 106, title, ts, "center", dark, font=HEI)
    p.text(lx, ry0 + 134, f"{to_whom}：", 10, color=dark)
    body = (f"我单位{name}同志（身份证号：{id_number}）系在职专业技术人员，现申报{series}"
            f"{level}资格。经单位审核，其申报材料真实，符合申报条件。因我单位及主管部门未"
            "组建相应评审委员会，根据职称评审有关规定，现委托贵委员会对其进行评审，评审"
            "结果我单位予以认可并按规定聘用。")
    y = wrap_cjk(p, lx, ry0 + 160, body, cw, 10, 19, first_indent=20)
    p.text(lx + 20, y + 2, "特此函。", 10, color=dark)
    sy = y + 70
    p.text(rx - 10, sy, unit, 10 if text_width(unit, 10, MING) < cw - 40 else 8.5, "right",
           dark)
    p.text(rx - 10, sy + 22, cn(issued_on), 10, "right", dark)
    p.seal(rx - 10 - min(text_width(unit, 10, MING), cw) / 2, sy + 4, 96, unit,
           seed=seed + 3401, **ink(seed + 2))
    p.text(lx, ry0 + rh0 - 40, f"（联系人：{drafter}，电话：0772-{2700000 + h % 99999}）", 9,
           color=dark, line=False)
    p.hline(lx, rx, ry0 + rh0 - 30, 0.6)
    p.text(lx, ry0 + rh0 - 14, f"{unit}办公室      {cn(issued_on)}印发", 8, color=dark,
           line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 35
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round35`.

def _r35_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.kuake_wenjian_yulan")
def kuake_wenjian_yulan(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                        seed=0, **_) -> Built:
    """A phone screenshot of the sealed 委托评审函's PDF opened in 夸克 (Quark), the phone
    browser that many people set as the default opener for files received in WeChat: the
    status bar, Quark's file-preview bar (‹, the file name as HR sent it, 1/1, ···), the page
    on a grey canvas scaled to the screen's width (the unit's head in red and its rule, the
    文号, the title, the addressee, the body with the person's 身份证号, 系列 and 级别, 特此
    函, the unit and date under the red seal, the 联系人 line), a 夸克扫描王 tip offering to
    make the page clearer, and the bottom toolbar (转Word / 打印 / 分享 / 存网盘 / 更多);
    one portrait phone screenshot."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r35_hash(f"r35qk:{unit}:{name}")
    W, H = 390.0, 844.0
    dark, grey = (30, 30, 34), (128, 130, 138)
    p = Page(W, H, background=(236, 237, 240), font=MICRO)
    p.rect(0, 0, W, 96, None, (255, 255, 255), 0)
    p.text(26, 26, f"{8 + h % 10}:{(h >> 4) % 60:02d}", 11, color=dark, line=False)
    p.text(W - 20, 26, f"4G  ıIl  {30 + h % 60}%", 9.5, "right", dark, line=False)
    p.text(16, 72, "‹", 22, color=dark, line=False)
    fname = f"关于委托评审{name}同志{level}资格的函（盖章版）.pdf"
    fs = 11.5
    while text_width(fname, fs, MICRO) > W - 120 and fs > 8:
        fs -= 0.5
    p.text(44, 68, fname, fs, color=dark, line=False)
    p.text(44, 86, f"1/1   ·   {180 + h % 700}KB", 8.5, color=grey, line=False)
    p.text(W - 18, 72, "···", 14, "right", dark, line=False)
    # the page on its canvas
    px0, py0, pw = 14.0, 110.0, W - 28
    ph = pw * 1.414
    p.rect(px0 + 2, py0 + 3, pw, ph, None, (200, 202, 206), 0)
    p.rect(px0, py0, pw, ph, None, (255, 255, 255), 0)
    lx, rx = px0 + 26, px0 + pw - 24
    cw = rx - lx
    red = (205, 30, 34)
    us = 14 if text_width(unit, 14, HEI) < cw else cw / max(len(unit), 1) * 0.96
    p.text((lx + rx) / 2, py0 + 44, unit, us, "center", red, font=HEI)
    p.text((lx + rx) / 2, py0 + 64, doc_no, 7.5, "center", dark)
    p.rect(lx, py0 + 70, cw, 1.4, None, red, 0)
    title = f"关于委托评审{name}同志{series}{level}资格的函"
    ts = 10
    while text_width(title, ts, HEI) > cw and ts > 7:
        ts -= 0.5
    p.text((lx + rx) / 2, py0 + 94, title, ts, "center", dark, font=HEI)
    p.text(lx, py0 + 118, f"{to_whom}：", 8, color=dark)
    body = (f"我单位{name}同志（身份证号：{id_number}）现从事专业技术工作，拟申报{series}"
            f"{level}资格。根据职称评审管理有关规定，因我单位未设立相应评审委员会，现委托"
            "贵委员会对其专业技术资格进行评审，评审结果我单位予以认可。"
            "我单位已对其申报材料进行审核并公示，公示期间无异议。")
    p.font = MING
    y = wrap_cjk(p, lx, py0 + 138, body, cw, 8, 15, first_indent=16)
    p.text(lx + 16, y + 2, "特此函。", 8, color=dark)
    sy = y + 54
    ss = 8 if text_width(unit, 8, MING) < cw - 30 else 6.5
    p.text(rx - 6, sy, unit, ss, "right", dark)
    from ._common import cn

    p.text(rx - 6, sy + 18, cn(issued_on), 8, "right", dark)
    p.seal(rx - 6 - min(text_width(unit, ss, MING), cw) / 2, sy + 2, 76, unit, seed=seed + 3501,
           **ink(seed + 3))
    contact = other_people(f"r35qk:{unit}", 1)[0][0]
    p.text(lx, py0 + ph - 40, f"（联系人：{contact}    联系电话：0772-{2600000 + h % 99999}）",
           6.5, color=dark, line=False)
    p.hline(lx, rx, py0 + ph - 30, 0.5)
    p.text(lx, py0 + ph - 18, f"抄送：{unit}人事档案室", 6.5, color=dark, line=False)
    p.font = MICRO
    # the 扫描王 tip and the toolbar
    ty = py0 + ph + 20
    p.rect(14, ty, W - 28, 40, None, (255, 255, 255), 0)
    p.rect(24, ty + 10, 20, 20, None, (70, 120, 250), 0)
    p.text(54, ty + 25, "文件不清晰？用夸克扫描王一键变清晰", 10, color=dark, line=False)
    p.text(W - 26, ty + 25, "去试试 ›", 10, "right", (70, 120, 250), line=False)
    p.rect(0, H - 74, W, 74, None, (255, 255, 255), 0)
    for k, lab in enumerate(("转Word", "打印", "分享", "存网盘", "更多")):
        cx = 39 + k * 78
        p.rect(cx - 11, H - 64, 22, 22, (60, 60, 66), None, 1.2)
        p.text(cx, H - 28, lab, 9, "center", dark, line=False)
    p.rect(W / 2 - 67, H - 10, 134, 4, None, (20, 20, 20), 0)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 36
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round36`.

def _r36_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.zhengwu_banjian_xiangqing", cn_dates=False)
def zhengwu_banjian_xiangqing(*, name, id_number, unit, series, level, to_whom, issued_on,
                              doc_no, seed=0, **_) -> Built:
    """A desktop screenshot of the 办件详情 page of the region's 政务服务网 (the 一网通办
    portal where a unit's 经办人 files the 职称委托评审 matter as a 法人 business online and
    follows it under 我的办件): the browser's tab and address bar, the portal's blue head with
    the 法人 login, the breadcrumb, the 办件信息 block (办件编号, 事项名称, 申请单位 with its
    统一社会信用代码 masked, 经办人 and phone, 受理部门, 申请时间, 当前状态 已受理), the
    办理进度 timeline (提交申请 / 预审通过 / 受理 / 审查), the 申请材料 list with the sealed
    委托评审函.pdf selected and opened in the right-hand 材料预览 pane (the unit's letter with
    its 文号, title, addressee, body, 特此函, the unit and date under the red seal), and the
    portal's footer with its 主办 line and ICP number; landscape, one page."""
    from ._common import HEI, cn, other_people, wrap_cjk

    h = _r36_hash(f"r36bj:{unit}:{name}:{issued_on}")
    W, H = 1180.0, 820.0
    dark, grey, blue = (34, 36, 42), (128, 132, 140), (22, 96, 200)
    p = Page(W, H, background=(241, 243, 247), font=MICRO)
    # browser chrome
    p.rect(0, 0, W, 34, None, (222, 225, 231), 0)
    p.rect(10, 6, 260, 28, None, (255, 255, 255), 0)
    p.text(22, 25, "办件详情 - 广西政务服务网", 10, color=dark, line=False)
    p.text(W - 14, 23, "—   □   ×", 11, "right", dark, line=False)
    p.rect(0, 34, W, 34, None, (250, 250, 252), 0)
    p.text(14, 57, "←  →  C", 12, color=grey, line=False)
    p.rect(96, 40, W - 220, 22, None, (236, 238, 242), 0)
    bid = f"4502{issued_on[:4]}{h % 10 ** 10:010d}"
    p.text(108, 56, f"https://zwfw.gxzf.gov.cn/personal/myaffairs/detail?projid={bid}", 9.5,
           color=grey, line=False)
    # portal head
    p.rect(0, 68, W, 56, None, (22, 96, 200), 0)
    white = (255, 255, 255)
    p.text(30, 104, "广西数字政务一体化平台  ·  广西政务服务网", 16, color=white, font=HEI,
           line=False)
    p.text(W - 30, 102, f"法人用户：{unit[:16]}{'…' if len(unit) > 16 else ''}  |  退出", 10,
           "right", white, line=False)
    p.text(30, 146, "首页  ›  我的空间  ›  我的办件  ›  办件详情", 10, color=grey, line=False)
    # left column: the 办件 card, timeline and material list
    lx, lw = 24.0, 520.0
    p.rect(lx, 160, lw, 236, None, white, 0)
    p.text(lx + 18, 186, "办件信息", 12, color=dark, font=HEI, line=False)
    p.rect(lx + lw - 86, 172, 70, 22, None, (228, 244, 234), 0)
    p.text(lx + lw - 51, 187, "已受理", 10, "center", (24, 150, 90), line=False)
    contact = other_people(f"r36bj:{unit}", 1)[0][0]
    y0 = issued_on[:4]
    rows = [("办件编号", bid), ("事项名称", "专业技术人员职称委托评审"),
            ("申请单位", unit), ("统一社会信用代码", f"91450200{'*' * 8}{h % 90 + 10}"),
            ("经办人", f"{contact}  139****{h % 9000 + 1000}"),
            ("受理部门", "市人力资源和社会保障局（职称科）"),
            ("申请时间", f"{issued_on} {9 + h % 8:02d}:{h % 60:02d}:{(h >> 6) % 60:02d}")]
    y = 214
    for a, b in rows:
        p.text(lx + 18, y, a, 10, color=grey, line=False)
        s = 10.5
        while text_width(b, s, MICRO) > lw - 150 and s > 7:
            s -= 0.5
        p.text(lx + 130, y, b, s, color=dark, line=False)
        p.lines.append(f"{a} {b}")
        y += 25
    p.rect(lx, 408, lw, 150, None, white, 0)
    p.text(lx + 18, 434, "办理进度", 12, color=dark, font=HEI, line=False)
    steps = [("提交申请", issued_on), ("预审通过", issued_on), ("受理", "1个工作日后"),
             ("审查", "办理中")]
    for k, (t, when) in enumerate(steps):
        cx = lx + 60 + k * 130
        col = (24, 150, 90) if k < 3 else (200, 200, 206)
        p.rect(cx - 7, 462, 14, 14, None, col, 0)
        if k < 3:
            p.rect(cx + 7, 468, 116, 2, None, col if k < 2 else (200, 200, 206), 0)
        p.text(cx, 496, t, 10, "center", dark, line=False)
        p.text(cx, 514, when, 8.5, "center", grey, line=False)
    p.text(lx + 18, 544, f"所属年度：{y0}年度职称评审    受理编号：RS{h % 10 ** 8:08d}", 9,
           color=grey, line=False)
    p.rect(lx, 570, lw, 200, None, white, 0)
    p.text(lx + 18, 596, "申请材料（4）", 12, color=dark, font=HEI, line=False)
    mats = [("委托评审函（盖章）.pdf", "必交", True), ("职称申报人员花名册.xlsx", "必交", False),
            ("单位法人证书或营业执照.pdf", "必交", False), ("公示情况报告.pdf", "必交", False)]
    for k, (t, tag, sel) in enumerate(mats):
        yy = 612 + k * 38
        if sel:
            p.rect(lx + 8, yy, lw - 16, 34, None, (232, 241, 253), 0)
        p.text(lx + 22, yy + 22, "▤  " + t, 10, color=blue if sel else dark, line=False)
        p.text(lx + lw - 100, yy + 22, tag, 9, color=grey, line=False)
        p.text(lx + lw - 24, yy + 22, "预览" if sel else "下载", 9.5, "right", blue,
               line=False)
    # right: the preview pane with the letter
    rx0, rw = lx + lw + 16, W - lx - lw - 16 - 24
    p.rect(rx0, 160, rw, 610, None, white, 0)
    p.text(rx0 + 16, 184, "材料预览：委托评审函（盖章）.pdf", 11, color=dark, font=HEI,
           line=False)
    p.text(rx0 + rw - 16, 184, "－  100%  ＋    下载", 10, "right", grey, line=False)
    p.rect(rx0 + 10, 196, rw - 20, 566, None, (82, 86, 94), 0)
    pw = 400.0
    ph = 556.0
    px0 = rx0 + (rw - pw) / 2
    py0 = 201.0
    p.rect(px0, py0, pw, ph, None, white, 0)
    plx, prx = px0 + 34, px0 + pw - 30
    pcw = prx - plx
    red = (205, 30, 34)
    us = 15 if text_width(unit, 15, HEI) < pcw else pcw / max(len(unit), 1) * 0.96
    p.text((plx + prx) / 2, py0 + 48, unit, us, "center", red, font=HEI)
    p.rect(plx, py0 + 60, pcw, 1.5, None, red, 0)
    p.text(prx, py0 + 80, doc_no, 8.5, "right", dark)
    title = f"关于委托评审{name}同志{series}{level}职称的函"
    ts = 12
    while text_width(title, ts, HEI) > pcw and ts > 8:
        ts -= 0.5
    p.text((plx + prx) / 2, py0 + 112, title, ts, "center", dark, font=HEI)
    p.text(plx, py0 + 142, f"{to_whom}：", 9.5, color=dark)
    body = (f"我单位{name}同志（身份证号：{id_number}）现从事{series}专业技术工作，经个人申请、"
            f"单位推荐并公示，拟申报{series}{level}职称。因我单位所属系列未组建相应评审委员会，"
            "按照职称评审管理有关规定，特委托贵单位对其进行评审，评审结果我单位予以认可。"
            "请予支持为盼。")
    p.font = MING
    y = wrap_cjk(p, plx, py0 + 166, body, pcw, 9.5, 18, first_indent=19)
    p.text(plx + 19, y + 2, "特此函。", 9.5, color=dark)
    sy = y + 64
    ss = 9.5 if text_width(unit, 9.5, MING) < pcw - 40 else 7.5
    p.text(prx - 4, sy, unit, ss, "right", dark)
    p.text(prx - 4, sy + 20, cn(issued_on), 9.5, "right", dark)
    p.seal(prx - 4 - min(text_width(unit, ss, MING), pcw) / 2, sy + 2, 92, unit,
           seed=seed + 3601, **ink(seed + 2))
    p.text(plx, py0 + ph - 40, f"（联系人：{contact}，电话：0772-{2300000 + h % 99999}）", 7.5,
           color=dark, line=False)
    p.hline(plx, prx, py0 + ph - 28, 0.5)
    p.text(plx, py0 + ph - 16, f"{unit}办公室    {cn(issued_on)}印发", 7, color=dark,
           line=False)
    p.font = MICRO
    p.text(W / 2, H - 22, "主办：广西壮族自治区人民政府办公厅  承办：广西壮族自治区大数据发展局    "
           f"桂ICP备{h % 90000000 + 10000000:08d}号", 9, "center", grey, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)



# --------------------------------------------------------------------------- round 37
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round37`.

def _r37_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.wps_xiuding_pizhu", cn_dates=False)
def wps_xiuding_pizhu(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                      seed=0, **_) -> Built:
    """A desktop screenshot of the letter's Word file open in WPS 文字 with 修订 (track
    changes) on, as the 人事科 sends the draft round for the 办公室主任's check and the
    applicant screenshots the agreed version to upload before the paper copy is back: the
    WPS title bar and tabs, the 审阅 ribbon (修订 lit, 显示标记的最终状态, 接受 / 拒绝,
    上一条 / 下一条), the page with the letter (文号, title, addressee, body with one
    struck-out red deletion and an underlined insertion, 特此函, the unit and the date), the
    unit's 电子公章 picture pasted over the signature as units do in their drafts, the
    right-hand 批注 balloons (删除: …, 批注 [主任]: 身份证号已核对; 格式: 仿宋_GB2312 三号),
    the status bar with 页面 1/1, 字数 and the zoom; landscape, one page."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r37_hash(f"r37wx:{unit}:{name}:{issued_on}")
    W, H = 1180.0, 800.0
    dark, grey = (36, 36, 40), (120, 124, 130)
    white = (255, 255, 255)
    rev = (188, 30, 120)  # WPS's revision colour for the reviewer
    p = Page(W, H, background=(226, 228, 232), font=MICRO)
    p.rect(0, 0, W, 30, None, (246, 247, 249), 0)
    fname = f"关于委托评审{name}同志职称的函（修改稿）.docx"
    p.rect(70, 4, 300, 26, None, white, 0)
    p.text(84, 22, fname, 9.5, color=dark, line=False)
    p.text(18, 21, "WPS", 11, color=(200, 40, 40), font=HEI, line=False)
    p.text(W - 14, 21, "—   □   ×", 11, "right", dark, line=False)
    tabs = ["文件", "开始", "插入", "页面", "引用", "审阅", "视图", "工具", "会员专享"]
    for k, t in enumerate(tabs):
        x = 24 + k * 58
        if t == "审阅":
            p.rect(x - 10, 34, 46, 24, None, (232, 238, 250), 0)
        p.text(x, 51, t, 10, color=(30, 90, 200) if t == "审阅" else dark, line=False)
    p.rect(0, 62, W, 60, None, (250, 250, 251), 0)
    tools = [("拼写检查", False), ("字数统计", False), ("新建批注", False), ("删除批注", False),
             ("修订", True), ("显示标记的最终状态", False), ("显示标记", False),
             ("审阅窗格", False), ("接受", False), ("拒绝", False), ("上一条", False),
             ("下一条", False), ("比较", False), ("限制编辑", False)]
    x = 18
    for t, lit in tools:
        w = text_width(t, 9, MICRO) + 18
        if lit:
            p.rect(x - 4, 68, w, 48, None, (214, 226, 248), 0)
        p.rect(x + w / 2 - 12, 72, 16, 16, (150, 156, 166), None, 0.8)
        p.text(x + w / 2 - 4, 108, t, 9, "center", dark, line=False)
        x += w + 6
    # the page
    px0, py0, pw = 250.0, 136.0, 500.0
    p.rect(px0 + 3, py0 + 3, pw, H - py0 - 30, None, (196, 198, 204), 0)
    p.rect(px0, py0, pw, H - py0 - 30, None, white, 0)
    lx, rx = px0 + 58, px0 + pw - 52
    cw = rx - lx
    p.font = MING
    p.text(rx, py0 + 52, doc_no, 10, "right", dark)
    title = f"关于委托评审{name}同志{series}{level}职称的函"
    ts = 14
    while text_width(title, ts, HEI) > cw and ts > 9:
        ts -= 0.5
    p.text((lx + rx) / 2, py0 + 92, title, ts, "center", dark, font=HEI)
    p.text(lx, py0 + 128, f"{to_whom}：", 11, color=dark)
    body = (f"我单位{name}同志（身份证号：{id_number}）现从事{series}专业技术工作，经个人申请、"
            f"单位推荐并在本单位公示五个工作日无异议，拟申报{series}{level}职称。"
            "因我单位无相应系列评审权，根据职称评审管理有关规定，特委托贵单位进行评审，"
            "评审结果我单位予以认可。")
    y = wrap_cjk(p, lx, py0 + 156, body, cw, 11, 21, first_indent=22)
    # the tracked deletion and insertion, their own line
    dl = "请予大力支持。"
    p.text(lx + 22, y, dl, 11, color=rev, line=False)
    p.rect(lx + 22, y - 4, text_width(dl, 11, MING), 0.9, None, rev, 0)
    ins = "望予支持为盼。"
    ix = lx + 26 + text_width(dl, 11, MING)
    p.text(ix, y, ins, 11, color=rev)
    p.rect(ix, y + 2, text_width(ins, 11, MING), 0.8, None, rev, 0)
    p.rect(lx - 14, y - 12, 1.5, 16, None, grey, 0)  # the change bar in the margin
    y += 30
    p.text(lx + 22, y, "特此函。", 11, color=dark)
    sy = y + 70
    us = 11 if text_width(unit, 11, MING) < cw - 40 else 9
    p.text(rx - 6, sy, unit, us, "right", dark)
    p.text(rx - 6, sy + 26, cn(issued_on), 11, "right", dark)
    p.seal(rx - 6 - min(text_width(unit, us, MING), cw - 40) / 2, sy + 4, 104, unit,
           seed=seed + 3701, **ink(seed + 3))
    contact = other_people(f"r37wx:{unit}", 2)
    p.text(lx, sy + 96, f"（联系人：{contact[0][0]}，联系电话：0772-{2100000 + h % 99999}）", 9.5,
           color=dark, line=False)
    # the balloons
    bx = px0 + pw + 26
    p.items.append(Line(rx + 4, py0 + 156 + (y - 30 - py0 - 156), bx, py0 + 200, 0.6, rev))
    balloons = [(py0 + 180, f"删除: {dl}", f"{contact[1][0]}"),
                (py0 + 250, "批注 [主任]: 身份证号已与身份证核对，落款日期按用印日期。",
                 "办公室"),
                (py0 + 340, "格式: 字体: 仿宋_GB2312, 三号", f"{contact[1][0]}")]
    p.font = MICRO
    for by, t, who in balloons:
        p.rect(bx, by, 260, 66, rev, (253, 240, 248), 0.8)
        p.text(bx + 10, by + 18, f"{who}  {issued_on[5:7]}-{issued_on[8:10]} 1{h % 8}:"
               f"{(h >> 4) % 60:02d}", 8.5, color=grey, line=False)
        wrap_cjk(p, bx + 10, by + 36, t, 240, 9, 14)
    p.items.append(Line(lx + 180, py0 + 156, bx, py0 + 270, 0.6, rev))
    # the left navigation pane
    p.rect(0, 122, 210, H - 150, None, (244, 245, 247), 0)
    p.text(14, 146, "章节  导航", 10, color=dark, font=HEI, line=False)
    p.text(24, 172, title[:12] + "…", 9, color=grey, line=False)
    # status bar
    p.rect(0, H - 28, W, 28, None, (240, 241, 243), 0)
    words = len(body) + len(title) + 40
    p.text(14, H - 9, f"页面：1/1    字数：{words}    修订：打开    拼写检查", 9, color=grey,
           line=False)
    p.text(W - 14, H - 9, "100%  －━━━●━━━＋", 9, "right", grey, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 38
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round38`.

def _r38_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.dianzi_qianyue_wancheng", cn_dates=False)
def dianzi_qianyue_wancheng(*, name, id_number, unit, series, level, to_whom, issued_on,
                            doc_no, seed=0, **_) -> Built:
    """A desktop screenshot of the letter on a 电子签约 platform (契约锁-style 电子签章
    平台 that a unit's 办公室 uses for its 用印) after the sign flow has finished, as the
    applicant screenshots it from the link the 人事科 forwards instead of waiting for a
    paper copy: the browser bar, the platform's header (文件详情, the 已完成 status tag,
    文件编号 and 发起时间), the document viewer with its page thumbnail strip and zoom, the
    letter's page (文号, title, addressee, body with the 身份证号, 特此函, the unit and the
    date under the unit's 电子印章 with its fine 防伪 text), and the right-hand 签署记录
    panel (发起方 人事科 by a clerk, 审批 by the 办公室主任, 单位盖章 with time, 签署完成,
    the 文件哈希 and the 下载 / 验签 buttons); landscape, one page."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r38_hash(f"r38dq:{unit}:{name}:{issued_on}")
    W, H = 1200.0, 820.0
    dark, grey = (36, 36, 40), (124, 128, 136)
    white = (255, 255, 255)
    brand = (22, 102, 220)
    p = Page(W, H, background=(240, 242, 246), font=MICRO)
    p.rect(0, 0, W, 32, None, (222, 225, 230), 0)
    p.rect(10, 6, 230, 26, None, white, 0)
    p.text(22, 24, "文件详情 - 电子签约平台", 9.5, color=dark, line=False)
    p.text(W - 14, 22, "—   □   ×", 11, "right", dark, line=False)
    p.rect(0, 32, W, 30, None, (250, 250, 252), 0)
    p.text(14, 52, "←  →  C", 12, color=grey, line=False)
    p.rect(96, 37, W - 220, 20, None, (236, 238, 242), 0)
    p.text(108, 51, f"https://qys.{['gxjt', 'lzsw', 'gxjs'][h % 3]}.cn/contract/detail?id="
           f"{h:010d}{h % 97}", 9, color=grey, line=False)
    # platform header
    p.rect(0, 62, W, 50, None, white, 0)
    p.text(24, 94, "电子签约", 15, color=brand, font=HEI, line=False)
    for k, t in enumerate(("工作台", "文件管理", "印章管理", "模板", "组织架构")):
        p.text(150 + k * 84, 92, t, 10.5, color=brand if k == 1 else dark, line=False)
    clerk, director = (o[0] for o in other_people(f"r38dq:{unit}", 2))
    p.text(W - 24, 92, f"{clerk}  |  退出", 10, "right", dark, line=False)
    # file title bar
    fname = f"关于委托评审{name}同志{series}{level}职称的函"
    p.rect(16, 122, W - 32, 56, None, white, 0)
    fs = 13
    while text_width(fname, fs, HEI) > 620 and fs > 9:
        fs -= 0.5
    p.text(32, 148, fname, fs, color=dark, font=HEI, line=False)
    tx = 32 + text_width(fname, fs, HEI) + 12
    p.rect(tx, 134, 52, 20, None, (224, 246, 232), 0)
    p.text(tx + 26, 148, "已完成", 9.5, "center", (20, 150, 80), line=False)
    start = f"{issued_on} {9 + h % 3}:{h % 60:02d}"
    p.text(32, 170, f"文件编号：{issued_on[:4]}{h % 10 ** 8:08d}    发起时间：{start}    "
           f"发起方：{clerk}（人事科）", 9, color=grey, line=False)
    # thumbnails
    p.rect(16, 188, 110, H - 204, None, white, 0)
    p.text(71, 208, "文档(1)", 9.5, "center", dark, line=False)
    p.rect(36, 220, 70, 96, brand, (252, 252, 252), 1.2)
    p.rect(60, 282, 22, 22, (220, 60, 60), None, 0.8)
    p.text(71, 332, "1/1", 9, "center", grey, line=False)
    # the page
    vx, vw = 140.0, 720.0
    p.rect(vx, 188, vw, H - 204, None, (228, 230, 234), 0)
    p.text(vx + vw - 16, 206, "－   100%   ＋", 9.5, "right", grey, line=False)
    px0, py0, pw = vx + 80, 216.0, vw - 160
    ph = H - 230 - py0 + 14
    p.rect(px0, py0, pw, ph, None, white, 0)
    lx, rx = px0 + 54, px0 + pw - 50
    cw = rx - lx
    p.font = MING
    p.text(rx, py0 + 40, doc_no, 10, "right", dark)
    ts = 14
    while text_width(fname, ts, HEI) > cw and ts > 9:
        ts -= 0.5
    p.text((lx + rx) / 2, py0 + 76, fname, ts, "center", dark, font=HEI)
    p.text(lx, py0 + 108, f"{to_whom}：", 11, color=dark)
    body = (f"兹有我单位{name}同志（身份证号：{id_number}），经本人申请、单位审核并公示无异议，"
            f"申报{series}{level}职称评审。因我单位未组建相应评审委员会，现委托贵单位组织评审，"
            "我单位对其申报材料的真实性负责，评审结果予以认可并按规定聘任。")
    y = wrap_cjk(p, lx, py0 + 136, body, cw, 11, 21, first_indent=22)
    p.text(lx + 22, y + 6, "特此函。", 11, color=dark)
    p.text(lx, y + 34, f"联系人：{clerk}    联系电话：0772-{2800000 + h % 99999}", 9.5,
           color=dark, line=False)
    sy = y + 92
    us = 11 if text_width(unit, 11, MING) < cw - 40 else 9
    p.text(rx - 6, sy, unit, us, "right", dark)
    p.text(rx - 6, sy + 26, cn(issued_on), 11, "right", dark)
    p.seal(rx - 6 - min(text_width(unit, us, MING), cw - 40) / 2, sy + 2, 108, unit,
           bottom=f"{h % 10 ** 13:013d}", seed=seed + 3801, **ink(seed + 2))
    p.font = MICRO
    # the 签署记录 panel
    sx = vx + vw + 12
    sw = W - 16 - sx
    p.rect(sx, 188, sw, H - 204, None, white, 0)
    p.text(sx + 16, 214, "签署记录", 12, color=dark, font=HEI, line=False)
    steps = [("发起", f"{clerk}（人事科）", start),
             ("审批", f"{director}（办公室主任） 同意", f"{issued_on} {11 + h % 3}:"
                                                   f"{(h >> 3) % 60:02d}"),
             ("盖章", f"{unit}", f"{issued_on} {14 + h % 3}:{(h >> 5) % 60:02d}"),
             ("完成", "签署完成，文件已归档", f"{issued_on} {14 + h % 3}:{(h >> 5) % 60:02d}")]
    y = 246
    for k, (st, who, when) in enumerate(steps):
        p.rect(sx + 18, y - 9, 10, 10, None, (20, 150, 80), 0)
        if k < len(steps) - 1:
            p.rect(sx + 22, y + 3, 2, 58, None, (210, 214, 220), 0)
        p.text(sx + 38, y, st, 10.5, color=dark, font=HEI, line=False)
        ws = 10
        while text_width(who, ws, MICRO) > sw - 56 and ws > 6.5:
            ws -= 0.5
        p.text(sx + 38, y + 20, who, ws, color=dark, line=k == 2)
        p.text(sx + 38, y + 38, when, 9, color=grey, line=False)
        y += 70
    p.hline(sx + 12, sx + sw - 12, y, 0.5)
    p.text(sx + 16, y + 24, "文件哈希(SM3)：", 9, color=grey, line=False)
    digest = f"{h:08x}{(h * 31) % 16 ** 8:08x}{(h * 97) % 16 ** 8:08x}"
    p.text(sx + 16, y + 42, digest[:24], 8.5, color=grey, line=False)
    p.text(sx + 16, y + 58, digest[24:] + "…", 8.5, color=grey, line=False)
    for k, t in enumerate(("下载", "验签", "打印")):
        bx = sx + 16 + k * ((sw - 32) / 3)
        p.rect(bx, y + 78, (sw - 32) / 3 - 8, 28, brand if k else None,
               brand if k == 0 else None, 0.8)
        p.text(bx + ((sw - 32) / 3 - 8) / 2, y + 97, t, 10, "center",
               white if k == 0 else brand, line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 39
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round39`.

def _r39_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.fuhan_bingpai_a3", cn_dates=False)
def fuhan_bingpai_a3(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                     seed=0, **_) -> Built:
    """An A3 copier scan of two A4 sheets laid side by side, as applicants scan the unit's
    委托评审函 together with the 复函 the receiving side sends back (关于同意接受委托评审的
    复函) so that the 评审 office sees the commission was accepted: on the left the unit's
    letter (文号, title, addressee, the paragraph with the 身份证号, 特此函, the 联系人 and
    phone, the unit and date under its seal), on the right the 复函 from the addressee (its
    own 文号 and a later date, the unit named as the addressee, the applicant named in the
    text, the 评审 schedule, its own seal), the gutter shadow between the sheets and the
    copier's grey platen edges; landscape, one page."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r39_hash(f"r39fh:{unit}:{name}:{issued_on}")
    W, H = 1190.0, 842.0
    dark = (26, 26, 28)
    p = Page(W, H, background=(200, 200, 198), font=MING)
    sw, sh = 560.0, 800.0
    left_x, top = 26.0, 20.0
    right_x = W - 26 - sw
    p.rect(left_x, top, sw, sh, None, (250, 250, 247), 0)
    p.rect(right_x, top + 4, sw, sh - 4, None, (248, 248, 244), 0)
    p.rect(left_x + sw, top, right_x - left_x - sw, sh, None, (150, 150, 148), 0)
    # the left sheet: the unit's letter
    lx, rx = left_x + 60, left_x + sw - 56
    cw = rx - lx
    p.text(rx, top + 60, doc_no, 11, "right", dark)
    title = f"关于委托评审{name}同志{series}{level}职称的函"
    ts = 16
    while text_width(title, ts, HEI) > cw and ts > 9:
        ts -= 0.5
    p.text((lx + rx) / 2, top + 104, title, ts, "center", dark, font=HEI)
    p.text(lx, top + 146, f"{to_whom}：", 12, color=dark)
    body = (f"我单位{name}同志（身份证号：{id_number}）现从事{series}专业技术工作，"
            f"符合{series}{level}职称申报条件，经本人申请、单位推荐并公示无异议。因我单位"
            "未设立相应职称评审委员会，特委托贵单位对其进行评审。我单位保证所报材料真实"
            "有效，对评审结果予以认可。")
    y = wrap_cjk(p, lx, top + 180, body, cw, 12, 24, first_indent=24)
    p.text(lx + 24, y + 6, "特此函。", 12, color=dark)
    clerk = other_people(f"r39fh:{unit}", 2)
    p.text(lx, y + 44, f"联系人：{clerk[0][0]}    联系电话：0772-{2710000 + h % 89999}", 10,
           color=dark, line=False)
    us = 12 if text_width(unit, 12, MING) < cw - 30 else 10
    sy = y + 120
    p.text(rx - 8, sy, unit, us, "right", dark)
    p.text(rx - 8, sy + 28, cn(issued_on), 12, "right", dark)
    p.seal(rx - 8 - min(text_width(unit, us, MING), cw - 30) / 2, sy - 2, 112, unit,
           seed=seed + 3901, **ink(seed + 2))
    # the right sheet: the 复函
    y0, m0, d0 = int(issued_on[:4]), int(issued_on[5:7]), int(issued_on[8:10])
    m1, d1 = (m0, d0 + 9) if d0 <= 19 else (m0 % 12 + 1, (d0 + 9) % 28 + 1)
    y1 = y0 + (1 if m1 < m0 else 0)
    reply_on = f"{y1}年{m1}月{d1}日"
    qx, qr_ = right_x + 60, right_x + sw - 56
    qw = qr_ - qx
    short = to_whom.replace("人力资源和社会保障局", "人社").replace("柳州市", "柳")[:6]
    p.text(qr_, top + 60, f"{short}函〔{y1}〕{20 + h % 70}号", 11, "right", dark,
           line=False)
    rt = "关于同意接受委托评审的复函"
    p.text((qx + qr_) / 2, top + 104, rt, 16, "center", dark, font=HEI, line=False)
    p.text(qx, top + 146, f"{unit}：", 11 if text_width(unit, 12, MING) > qw - 20 else 12,
           color=dark, line=False)
    rbody = (f"你单位《关于委托评审{name}同志{series}{level}职称的函》收悉。经研究，"
             f"同意接受委托，将{name}同志的申报材料纳入本年度{series}{level}职称评审。"
             "请你单位按评审工作安排，于规定时间内报送申报材料，并对材料的真实性、"
             "完整性负责。评审结果将另行通知。")
    ry = top + 180
    from ._common import wrap as _wrap

    for k, part in enumerate(_wrap(rbody, qw, 12, 24, MING)):
        p.text(qx + (24 if k == 0 else 0), ry, part, 12, color=dark, line=False)
        ry += 24
    p.text(qx + 24, ry + 6, "此复。", 12, color=dark, line=False)
    p.text(qx, ry + 44, f"联系人：{clerk[1][0]}    电话：0772-{2820000 + (h >> 4) % 9999}", 10,
           color=dark, line=False)
    ws = 12 if text_width(to_whom, 12, MING) < qw - 30 else 10
    p.text(qr_ - 8, ry + 120, to_whom, ws, "right", dark, line=False)
    p.text(qr_ - 8, ry + 148, reply_on, 12, "right", dark, line=False)
    p.seal(qr_ - 8 - min(text_width(to_whom, ws, MING), qw - 30) / 2, ry + 116, 112, to_whom,
           seed=seed + 3902, **ink(seed + 5))
    p.text(right_x + sw / 2, top + sh - 30, "（此件公开方式：依申请公开）", 9, "center",
           (90, 90, 90), line=False)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)


# --------------------------------------------------------------------------- round 40
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round40`.

def _r40_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "commission_letter.haomaji_yema_shenhe", cn_dates=False)
def haomaji_yema_shenhe(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                        seed=0, **_) -> Built:
    """A greyscale scan of the 委托评审函 as it sits inside the 职称申报材料 after the 人社
    窗口 has checked and numbered the bundle: two 装订孔 punched at the left margin, the
    页码 stamped in the top right corner by the 号码机 (a six-digit running number and
    the 材料 number 第 3 份), the window's blue-black triangle 审核章 (材料已审核 / 审核人 /
    date) stamped over the lower margin, and the letter itself (文号, title, addressee, the
    paragraph with the 身份证号, the 附件 line, the unit and date under its seal, the
    联系人 line and the 抄送 line at the foot); portrait, one page."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r40_hash(f"r40hm:{unit}:{name}:{issued_on}")
    grey = (36, 36, 36)
    p = Page(*A4, background=(236, 236, 234), font=MING)
    # punch holes and the numbering machine's page stamp
    for y in (300, 540):
        p.rect(22, y, 16, 16, (120, 120, 120), (70, 70, 70), 0.5)
    run = f"{h % 900000 + 100000:06d}"
    p.text(560, 34, run, 13, "right", (60, 60, 80), font=MICRO, line=False)
    p.text(560, 52, "第 3 份  第 1 页", 9, "right", (60, 60, 80), line=False)
    p.text(520, 100, doc_no, 12, "right", grey)
    title = f"关于委托评审{name}同志{series}{level}专业技术资格的函"
    ts = 15.5
    while text_width(title, ts, HEI) > 470 and ts > 9:
        ts -= 0.5
    p.text(297, 150, title, ts, "center", grey, font=HEI)
    p.text(70, 198, f"{to_whom}：", 14, color=grey)
    body = (f"我单位{name}同志（公民身份号码：{id_number}），从事{series}工作，现拟申报"
            f"{series}{level}专业技术资格。因我单位无相应评审权限，根据职称评审管理有关规定，"
            "特委托贵单位职称评审委员会对其进行评审，评审结果我单位予以承认并按规定聘用。"
            "该同志申报材料已经我单位审核并公示五个工作日，无异议。")
    y = wrap_cjk(p, 70, 232, body, 455, 14, 28, first_indent=28)
    p.text(98, y + 6, "请予支持为盼。", 14, color=grey)
    p.text(70, y + 48, "附件：1.职称申报人员公示情况报告", 12, color=grey, line=False)
    p.text(112, y + 72, "2.申报材料目录", 12, color=grey, line=False)
    us = 14 if text_width(unit, 14, MING) < 330 else 11.5
    sy = y + 150
    p.text(520, sy, unit, us, "right", grey)
    p.text(520, sy + 30, cn(issued_on), 14, "right", grey)
    p.seal(520 - min(text_width(unit, us, MING), 330) / 2, sy + 10, 116, unit,
           seed=seed + 4001, color=(70, 70, 70))
    clerk = other_people(f"r40hm:{unit}", 2)
    p.text(70, sy + 90, f"（联系人：{clerk[0][0]}，联系电话：0772-{2610000 + h % 89999}）", 11,
           color=grey, line=False)
    p.hline(60, 535, 770, 0.8)
    p.text(70, 790, f"抄送：{to_whom[:12]}职称办，本单位人事档案。", 10.5, color=grey,
           line=False)
    p.hline(60, 535, 800, 0.8)
    # the window's triangular 审核章 (drawn as stacked text in blue-black)
    blue = (40, 50, 110)
    tx, ty = 380, 680
    p.text(tx, ty, "材料已审核", 11, "center", blue, font=HEI, line=False)
    p.text(tx, ty + 16, f"审核人：{clerk[1][0]}", 9.5, "center", blue, line=False)
    y1 = int(issued_on[:4])
    p.text(tx, ty + 31, f"{y1}.{9 + h % 3:02d}.{10 + h % 18:02d}", 9.5, "center", blue,
           line=False)
    p.rect(tx - 52, ty - 16, 104, 54, blue, None, 1.2)
    return Built("commission_letter", [p], _fields(name, unit, issued_on), seal=unit)
