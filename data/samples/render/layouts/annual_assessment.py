"""Annual assessment registration forms (年度考核登记表): the official 事业单位工作人员 form,
ticked result boxes, prose 考核意见, an enterprise form with 称职, a one-row landscape table."""

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
    cn_upper,
    dotted,
    grid,
    ink,
    layout,
    text_width,
    vtext,
)

LAYOUTS: dict = {}
BOXES = ("优秀", "合格", "基本合格", "不合格")


def _title(year, public):
    return (f"{year}年度事业单位工作人员年度考核登记表" if public
            else f"{year}年度员工年度考核登记表")


def _date(year, seed):
    return cn(f"{year + 1}-01-{10 + seed % 15:02d}")


def _fields(name, year, result, unit):
    return {"name": name, "year": year, "result": result, "unit": unit}


layout(LAYOUTS, "annual_assessment.classic")(D.annual_assessment)


@layout(LAYOUTS, "annual_assessment.shiye_official")
def shiye_official(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                   **_) -> Built:
    """The official layout: 政治面貌/文化程度 rows, 个人总结, 主管领导评语和考核等次建议,
    单位负责人意见, 考核委员会（小组）意见 with 考核等次 near the bottom."""
    p = Page(*A4, font=MING)
    p.text(297, 60, _title(year, public), 16, "center")
    p.text(60, 88, f"单位（盖章）：{unit}", 10.5)
    y = grid(p, 60, 100, [70, 95, 55, 60, 80, 115], [
        ["姓名", name, "性别", gender, "出生年月", dotted(birth)],
        ["政治面貌", "群众", "文化程度", "大学", "现任职务", post]], 28, 10)
    p.rect(60, y, 475, 640 - y, (0, 0, 0), None, 0.8)
    p.text(70, y + 22, "个人总结", 11)
    yy = y + 44
    for s in summary:
        yy = p.wrapped(80, yy, s, 440, 10.5, 19, first_indent=21)
    p.text(70, yy + 14, "主管领导评语和考核等次建议：", 11)
    yy = p.wrapped(80, yy + 36,
                   "该同志工作认真，完成了年度工作任务，建议考核等次为" + result + "。",
                   440, 10.5, 19, first_indent=21)
    p.text(70, yy + 14, "单位负责人意见：同意。", 11)
    p.text(70, yy + 44, f"考核委员会（小组）意见：经考核，确定为{result}等次。", 11)
    p.text(340, yy + 90, "单位（盖章）", 10.5)
    p.text(340, yy + 116, _date(year, seed), 10.5)
    p.seal(400, yy + 96, 100, unit, seed=seed + 6, **ink(seed))
    p.text(60, 660, "本人意见：同意。", 10.5)
    p.text(330, 660, f"签名：{name}", 10.5)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.tick_boxes")
def tick_boxes(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
               **_) -> Built:
    """The result as boxes with a hand tick: □优秀 √合格 □基本合格 □不合格."""
    p = Page(*A4, font=MICRO)
    p.text(297, 70, _title(year, public), 16, "center")
    y = grid(p, 60, 96, [80, 160, 80, 155], [
        ["姓    名", name, "性    别", gender],
        ["出生年月", dotted(birth), "考核年度", f"{year}年度"],
        ["工作单位", unit, "", ""], ["岗    位", post, "", ""]], 28, 10.5)
    p.text(70, y + 28, "年度工作总结：", 11)
    yy = y + 50
    for s in summary:
        yy = p.wrapped(80, yy, s, 440, 10.5, 19, first_indent=21)
    boxes = "  ".join(("√" if b == result else "□") + b for b in BOXES)
    p.text(70, yy + 30, f"考核结果：{boxes}", 12)
    p.text(70, yy + 66, "考核小组负责人签字：", 11)
    p.text(340, yy + 110, "单位（盖章）", 11)
    p.text(340, yy + 136, _date(year, seed), 11)
    p.seal(380, yy + 120, 100, unit, seed=seed + 6, **ink(seed + 1))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.prose_opinion")
def prose_opinion(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                  **_) -> Built:
    """Prose 考核意见 only: 经考核，该同志2021年度考核等次确定为优秀。"""
    p = Page(*A4, font=KAI)
    p.text(297, 80, f"{year}年度考核表", 20, "center")
    p.row([(70, f"姓名：{name}", 120), (250, f"性别：{gender}", 120),
           (380, f"出生年月：{dotted(birth)}", 120)], 12)
    p.row([(70, f"单位：{unit}", 146), (380, f"职务：{post}", 146)], 12)
    p.text(70, 190, "一、个人述职", 13)
    yy = 216
    for s in summary:
        yy = p.wrapped(80, yy, s, 440, 12, 22, first_indent=24)
    p.text(70, yy + 20, "二、考核意见", 13)
    yy = p.wrapped(80, yy + 46, f"{name}同志{year}年度能够履行岗位职责，经单位考核小组考核，"
                                f"该同志{year}年度考核等次确定为{result}。", 440, 12, 22,
                   first_indent=24)
    p.text(340, yy + 70, unit, 12)
    p.text(340, yy + 98, _date(year, seed), 12)
    p.seal(400, yy + 80, 104, unit, seed=seed + 6, **ink(seed + 2))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.enterprise_chengzhi",
        accepts=lambda a: not a["public"] and a["result"] in ("合格", "优秀"))
def enterprise_chengzhi(*, name, gender, birth, unit, post, year, result, summary, public,
                        seed=0, **_) -> Built:
    """An enterprise form that grades 优秀/称职/基本称职/不称职: 合格 prints as 称职."""
    shown = "称职" if result == "合格" else result
    p = Page(*A4, font=MING)
    p.text(297, 70, f"{unit}", 14, "center")
    p.text(297, 98, f"{year}年度员工绩效考核表", 18, "center")
    y = grid(p, 60, 120, [80, 160, 80, 155], [
        ["姓名", name, "部门", "技术部"], ["岗位", post, "考核周期", f"{year}.01-{year}.12"]],
        28, 10.5)
    p.text(70, y + 28, "工作业绩与能力：", 11)
    yy = y + 50
    for s in summary:
        yy = p.wrapped(80, yy, s, 440, 10.5, 19, first_indent=21)
    p.text(70, yy + 30, f"考核等级：{shown}", 13)
    p.text(70, yy + 60, "（等级：优秀、称职、基本称职、不称职）", 9.5)
    p.text(340, yy + 100, "人力资源部（盖章）", 11)
    p.text(340, yy + 126, _date(year, seed), 11)
    p.seal(400, yy + 108, 100, unit, seed=seed + 6, **ink(seed + 3))
    return Built("annual_assessment", [p], _fields(name, year, shown, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.landscape_row")
def landscape_row(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                  **_) -> Built:
    """A landscape one-row table (姓名 性别 出生年月 单位 岗位 年度 考核等次)."""
    p = Page(*A4_LANDSCAPE, font=MICRO)
    p.text(421, 70, _title(year, public), 18, "center")
    y = p.table(50, 100, [80, 50, 80, 250, 120, 70, 92],
                [["姓名", "性别", "出生年月", "工作单位", "现任岗位", "年度", "考核等次"],
                 [name, gender, dotted(birth), unit, post, str(year), result]], 30, 10.5)
    p.text(60, y + 40, "个人总结：", 11)
    yy = y + 62
    for s in summary:
        yy = p.wrapped(70, yy, s, 700, 10.5, 19, first_indent=21)
    p.text(60, yy + 20, "单位意见：同意考核小组意见。", 11)
    p.text(580, yy + 70, "单位（盖章）", 11)
    p.text(580, yy + 96, _date(year, seed), 11)
    p.seal(640, yy + 80, 100, unit, seed=seed + 6, **ink(seed + 4))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- fresh (round 2)
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as `fresh`.

@layout(LAYOUTS, "annual_assessment.kaohe_zhengming", cn_dates=False)
def kaohe_zhengming(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                    **_) -> Built:
    """A 年度考核情况证明 that a unit issues where the original form is lost or was never
    kept (common in 企业): 证明 as the title, 兹证明我单位张三同志……2021年度考核结果为合格。,
    a 经办人 / 联系电话 line and the unit's seal over a dotted-date line (2022.01.15)."""
    p = Page(*A4, font=KAI)
    p.text(297, 120, "证    明", 26, "center")
    p.text(70, 180, "致：职称评审委员会", 14)
    body = (f"兹证明{name}同志（{gender}，{int(birth[:4])}年{int(birth[5:7])}月出生）系我单位在职"
            f"职工，现任{post}。经单位年度考核，该同志{year}年度考核结果为{result}。")
    y = p.wrapped(70, 222, body, 455, 14, 30, first_indent=28)
    p.text(98, y + 6, "特此证明。", 14)
    p.text(70, y + 70, "经办人：人事部", 12)
    p.text(70, y + 96, f"联系电话：0772-{2600000 + (seed % 399999)}", 12)
    d = f"{year + 1}-01-{10 + seed % 15:02d}"
    p.text(520, y + 170, unit, 14, "right")
    p.text(520, y + 204, d.replace("-", "."), 14, "right")
    p.seal(520 - text_width(unit, 14, KAI) / 2, y + 180, 116, unit, seed=seed + 6,
           **ink(seed + 3))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.dexin_form")
def dexin_form(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
               **_) -> Built:
    """The 专业技术人员年度考核表 with a 德、能、勤、绩、廉 row per heading, the grade marked
    in brackets (优秀（ ） 合格（√） 基本合格（ ） 不合格（ ）) and the date written in Chinese
    numerals under the unit's seal."""
    from .appointment_letter import level_word

    p = Page(*A4, font=MING)
    p.text(297, 64, "专业技术人员年度考核表", 18, "center")
    p.text(297, 88, f"（{year}年度）", 12, "center")
    p.text(60, 112, f"工作单位：{unit}", 10.5)
    y = grid(p, 60, 122, [70, 95, 55, 60, 85, 110], [
        ["姓名", name, "性别", gender, "出生年月", f"{birth[:4]}年{int(birth[5:7])}月"],
        ["专业技术职务", post, "", "", "职务级别",
         level_word(post) if post != "技术员" else "员级"]],
        28, 10)
    heads = [("德", "坚持正确政治方向，遵纪守法，恪守职业道德。"),
             ("能", "业务熟练，能够独立解决本专业技术问题。"),
             ("勤", "出勤良好，工作积极主动，服从工作安排。"),
             ("绩", summary[0] if summary else "完成本年度各项工作任务。"),
             ("廉", "廉洁自律，无违规违纪行为。")]
    for head, text in heads:
        lines_ = max(1, len(text) // 30 + 1)
        h = 22 + 18 * lines_
        p.rect(60, y, 475, h, (0, 0, 0), None, 0.8)
        p.items.append(Line(100, y, 100, y + h, 0.8))
        p.text(80, y + h / 2 + 4, head, 12, "center")
        p.wrapped(110, y + 18, text, 415, 10.5, 18)
        y += h
    marks = "  ".join(f"{g}（{'√' if g == result else '  '}）" for g in BOXES)
    p.rect(60, y, 475, 44, (0, 0, 0), None, 0.8)
    p.text(70, y + 27, f"考核等次：{marks}", 11.5)
    y += 44
    p.rect(60, y, 475, 130, (0, 0, 0), None, 0.8)
    p.text(70, y + 24, "单位考核意见：", 11)
    p.text(90, y + 50, "同意考核小组意见。", 11)
    p.text(340, y + 96, "单位（盖章）", 10.5)
    p.text(340, y + 118, cn_upper(f"{year + 1}-01-{10 + seed % 15:02d}"), 10.5)
    p.seal(390, y + 92, 100, unit, seed=seed + 6, **ink(seed + 4))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 3
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as
# `round3` (the next blind exam, drawn only by the others3 profile).

@layout(LAYOUTS, "annual_assessment.jieguo_tongzhishu")
def jieguo_tongzhishu(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                      **_) -> Built:
    """The written 年度考核结果通知书 a unit must hand each employee (事业单位工作人员考核规定:
    results are 书面告知 and may be appealed within 30 days): 张三同志：...你2021年度考核确定
    为优秀等次。 with the appeal sentence, the unit's seal over the date, then a dashed tear line
    and the 回执 the employee signs (本人已收到...对考核结果无异议) in handwriting."""
    rule = "《事业单位工作人员考核规定》" if public else "本单位《员工绩效考核管理办法》"
    p = Page(*A4, font=MING)
    p.text(297, 100, f"{year}年度考核结果通知书", 22, "center")
    p.text(470, 134, f"编号：{year}-{seed % 200 + 1:03d}", 10.5)
    p.text(70, 180, f"{name}同志：", 15)
    body = (f"根据{rule}，经单位考核委员会审核、单位负责人审定，你{year}年度考核确定为"
            f"{result}等次。如对考核结果有异议，可在接到本通知之日起三十日内向本单位申请复核。")
    y = p.wrapped(70, 216, body, 455, 15, 30, first_indent=30)
    p.text(100, y + 10, "特此通知。", 15)
    issued = f"{year + 1}-01-{12 + seed % 15:02d}"
    p.text(500, y + 100, unit, 14, "right")
    p.text(500, y + 132, cn(issued), 14, "right")
    p.seal(500 - text_width(unit, 14) / 2, y + 110, 114, unit, seed=seed + 91, **ink(seed))
    cut = max(y + 200, 520)
    x = 40
    while x < 555:
        p.items.append(Line(x, cut, min(x + 7, 555), cut, 0.8, (100, 100, 100)))
        x += 12
    p.text(297, cut + 46, "回    执", 18, "center")
    back = f"本人已收到{year}年度考核结果通知书，对考核结果无异议。"
    p.wrapped(70, cut + 90, back, 455, 14, 28, first_indent=28)
    p.text(300, cut + 150, "本人签名：", 14)
    p.text(380, cut + 152, name, 18, color=(25, 35, 90), font=KAI)
    iy, im, idd = (int(v) for v in issued.split("-"))
    p.text(300, cut + 190, f"{iy}.{im}.{idd + 2}", 15, color=(25, 35, 90), font=KAI)
    p.text(297, 815, "（回执由所在单位人事部门收回存档）", 9.5, "center", (100, 100, 100))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.dengji_two_pages", pages=2)
def dengji_two_pages(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                     **_) -> Built:
    """The 年度考核登记表 printed front and back (the official form is one A3 sheet folded or an
    A4 sheet printed on both sides): page 1 the particulars grid (姓名 / 性别 / 出生年月 /
    政治面貌 / 文化程度 / 现任职务 / 工作单位) and the long 个人总结 box; page 2 the 主管领导
    评语和考核等次建议, 考核委员会意见 (考核等次) with the seal, the 本人意见 signature and the
    printed 填表说明 listing the four grades; 第1页 / 第2页 at the foot."""
    title = "事业单位工作人员年度考核登记表" if public else "员工年度考核登记表"
    p = Page(*A4, font=MING)
    p.text(297, 70, title, 19, "center")
    p.text(297, 98, f"（{year}年度）", 13, "center")
    y = grid(p, 55, 116, [75, 90, 55, 60, 75, 130], [
        ["姓    名", name, "性别", gender, "出生年月", f"{birth[:4]}年{int(birth[5:7])}月"],
        ["政治面貌", "群众", "文化程度", "大学", "现任职务", post]], 30, 11)
    y = grid(p, 55, y, [75, 410], [["工作单位", unit]], 30, 11, align_left=True)
    p.rect(55, y, 485, 640 - y + 120, (0, 0, 0), None, 0.8)
    p.text(65, y + 24, "个人总结", 12)
    yy = y + 50
    extra = ["一年来，本人坚持学习政治理论和业务知识，积极参加单位组织的各项培训，不断提高"
             "专业技术水平和解决实际问题的能力。",
             "在工作中服从安排，团结同事，按时完成领导交办的各项任务，无违法违纪行为。",
             "今后将继续加强学习，查找不足，努力把工作做得更好。"]
    for s in [*summary, *extra]:
        yy = p.wrapped(75, yy, s, 455, 11.5, 22, first_indent=23) + 4
    p.text(420, 740, "本人签名：", 11)
    p.text(480, 742, name, 15, color=(25, 35, 90), font=KAI)
    p.text(297, 815, "第1页", 9.5, "center")
    q = Page(*A4, font=MING)
    top = 60
    q.rect(55, top, 485, 150, (0, 0, 0), None, 0.8)
    q.text(65, top + 24, "主管领导评语和考核等次建议", 12)
    q.wrapped(75, top + 54, "该同志思想端正，工作认真负责，业务能力较强，能较好完成岗位职责任务。"
              f"建议考核等次为{result}。", 455, 11.5, 22, first_indent=23)
    q.text(330, top + 136, f"签名：          {year + 1}年1月{5 + seed % 5}日", 11)
    top += 150
    q.rect(55, top, 485, 170, (0, 0, 0), None, 0.8)
    q.text(65, top + 24, "考核委员会（小组）意见", 12)
    q.text(95, top + 64, f"考核等次：{result}", 14)
    q.text(330, top + 120, "（单位盖章）", 11)
    issued = f"{year + 1}-01-{15 + seed % 10:02d}"
    q.text(330, top + 150, cn(issued), 11)
    q.seal(390, top + 118, 110, unit, seed=seed + 93, **ink(seed + 3))
    top += 170
    q.rect(55, top, 485, 110, (0, 0, 0), None, 0.8)
    q.text(65, top + 24, "本人意见", 12)
    q.text(95, top + 58, "同意", 16, color=(25, 35, 90), font=KAI)
    q.text(330, top + 92, "签名：", 11)
    q.text(370, top + 94, name, 15, color=(25, 35, 90), font=KAI)
    top += 110
    q.rect(55, top, 485, 60, (0, 0, 0), None, 0.8)
    q.text(65, top + 24, "备注", 12)
    notes = ["填表说明：", "1. 本表用钢笔或签字笔填写，字迹清楚，内容真实。",
             "2. 考核等次分为优秀、合格、基本合格、不合格四个等次。",
             "3. 本表存入本人档案。"]
    yy = top + 100
    for t in notes:
        q.text(60, yy, t, 9.5)
        yy += 16
    q.text(297, 815, "第2页", 9.5, "center")
    return Built("annual_assessment", [p, q], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 4
# Drawn by another hand after round 3's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round4` (drawn only by the others4 profile).

@layout(LAYOUTS, "annual_assessment.shenpi_sanji")
def shenpi_sanji(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                 **_) -> Built:
    """The 年度考核审批表 as small units (乡镇站所, 中小学, 卫生院) file it: filled in by
    hand on the printed form, a short 个人总结 box, then three stacked opinion cells each with
    its own signature, seal line and date (单位考核小组意见 with the grade, 主管部门意见
    同意, 县（区）人力资源和社会保障局备案), the grade written into the first."""
    from ..layout import wrap
    from ._common import PEN

    p = Page(*A4, font=MING)
    p.text(297, 66, f"{year}年度工作人员年度考核审批表", 17, "center")
    p.text(60, 96, "填报单位：", 10.5, line=False)
    p.text(118, 96, unit, 11.5, color=PEN, font=KAI, line=False)
    p.lines.append(f"填报单位：{unit}")
    x0, w = 56, 483
    xs = [x0, x0 + 70, x0 + 180, x0 + 240, x0 + 300, x0 + 380, x0 + w]
    y, rh = 108, 30

    def cells(pairs, y):
        for (a, b, text, hand) in pairs:
            if hand:
                p.text((xs[a] + xs[b]) / 2, y + 20, text, 11.5, "center", PEN, line=False,
                       font=KAI)
            else:
                p.text((xs[a] + xs[b]) / 2, y + 20, text, 10.5, "center", line=False)
            p.items.append(Line(xs[a], y, xs[a], y + rh, 0.6))
        p.items.append(Line(xs[-1], y, xs[-1], y + rh, 0.6))
        p.hline(x0, x0 + w, y + rh, 0.6)
        p.lines.append(" ".join(t for _a, _b, t, _h in pairs))

    p.hline(x0, x0 + w, y, 1.0)
    cells([(0, 1, "姓名", False), (1, 2, name, True), (2, 3, "性别", False), (3, 4, gender, True),
           (4, 5, "出生年月", False), (5, 6, dotted(birth), True)], y)
    y += rh
    cells([(0, 1, "工作单位", False), (1, 4, unit, True), (4, 5, "岗位", False),
           (5, 6, post, True)], y)
    y += rh
    box_h = 150
    p.rect(x0, y, w, box_h, (0, 0, 0), None, 0.6)
    p.items.append(Line(xs[1], y, xs[1], y + box_h, 0.6))
    p.text((xs[0] + xs[1]) / 2, y + box_h / 2, "个人总结", 10.5, "center")
    yy = y + 22
    for s in summary:
        for part in wrap(s, w - 90, 11, 22, KAI):
            if yy > y + box_h - 10:
                break
            p.text(xs[1] + 10 + (22 if part == s[:len(part)] else 0), yy, part, 11, color=PEN,
                   font=KAI)
            yy += 19
    y += box_h
    sign = [("单位考核小组意见", f"经考核，该同志{year}年度考核确定为{result}等次。", unit),
            ("主管部门意见", "同意。", None),
            ("县（区）人社部门备案", "已备案。", None)]
    for k, (label, opinion, who) in enumerate(sign):
        h = 112
        p.rect(x0, y, w, h, (0, 0, 0), None, 0.6)
        p.items.append(Line(xs[1], y, xs[1], y + h, 0.6))
        p.text((xs[0] + xs[1]) / 2, y + 50, label[:4], 10.5, "center", line=False)
        p.text((xs[0] + xs[1]) / 2, y + 66, label[4:], 10.5, "center", line=False)
        p.lines.append(label)
        p.text(xs[1] + 12, y + 28, opinion, 12, color=PEN, font=KAI)
        p.text(xs[1] + 12, y + 70, "负责人签字：", 10.5, line=False)
        p.text(xs[4], y + 70, "（盖章）", 10.5, line=False)
        d = f"{year + 1}-01-{10 + seed % 15 + 3 * k:02d}"
        p.text(xs[4], y + 96, cn(d), 11, color=PEN, font=KAI, line=False)
        p.lines.append(f"负责人签字： （盖章） {cn(d)}")
        if who:
            p.seal(xs[4] + 40, y + 72, 96, who, seed=seed + 6, **ink(seed))
        y += h
    p.text(x0, y + 20, "注：此表一式两份，一份存入本人档案，一份由单位留存。", 9.5)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 5
# Drawn by another hand after round 4's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round5` (drawn only by the others5 profile).

def _hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


OTHER_POSTS = ["工程师", "助理工程师", "高级工程师", "会计", "技术员", "办事员", "经济师",
               "主管"]


@layout(LAYOUTS, "annual_assessment.gongshi_mingdan")
def gongshi_mingdan(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                    **_) -> Built:
    """The 年度考核结果公示 a unit posts on its notice board (and applicants photograph or get
    as the PDF): 关于2021年度考核结果的公示, the paragraph on how the results were reached
    (个人总结、民主测评、考核小组审核), a table of the whole staff (序号 / 姓名 / 科室 / 岗位 /
    考核等次, a few 优秀 among the 合格) with the applicant one row among ten, the 公示期 with
    its own dates and the 联系电话, the unit's seal over its name and the notice date."""
    from ._common import HEI, other_people

    depts = (["办公室", "技术科", "财务科", "质量安全科", "业务一科"] if public else
             ["综合部", "技术部", "财务部", "工程部", "市场部"])
    others = other_people(f"gs:{unit}:{year}", 9)
    at = seed % 10
    people = []
    for i, (oname, _g, _id) in enumerate(others):
        h = _hash(f"{unit}:{year}:{oname}")
        people.append((oname, depts[h % len(depts)], OTHER_POSTS[(h >> 4) % len(OTHER_POSTS)],
                       "优秀" if h % 6 == 0 else "合格"))
    people.insert(at, (name, depts[1], post, result))
    p = Page(*A4, font=MING)
    head = f"关于{year}年度考核结果的公示" if public else f"关于{year}年度员工绩效考核结果的公示"
    p.text(297, 92, head, 19, "center", font=HEI)
    rule = "《事业单位工作人员考核规定》" if public else "本单位《员工绩效考核管理办法》"
    body = (f"根据{rule}，经个人总结、民主测评、考核小组审核，并报单位领导班子研究，"
            f"拟确定{year}年度考核结果如下，现予以公示：")
    y = p.wrapped(60, 136, body, 475, 13, 26, first_indent=26)
    table = [["序号", "姓名", "科室（部门）", "岗位", "考核等次"]]
    for i, (n, d, ps, r) in enumerate(people, 1):
        table.append([str(i), n, d, ps, r])
    y = p.table(60, y + 8, [50, 95, 120, 120, 90], table, 26, 11.5)
    d0 = 6 + seed % 10
    body2 = (f"公示时间：{year + 1}年1月{d0}日至{year + 1}年1月{d0 + 6}日。公示期间，如对公示"
             "结果有异议，请以书面形式向单位人事部门反映，反映情况须实事求是，并署真实姓名。")
    y = p.wrapped(60, y + 30, body2, 475, 13, 26, first_indent=26)
    tel = f"0772-{2600000 + _hash(unit) % 399999}"
    p.text(86, y + 4, f"联系电话：{tel}", 13)
    p.text(520, y + 80, unit, 13, "right")
    p.text(520, y + 110, cn(f"{year + 1}-01-{d0 - 1:02d}"), 13, "right")
    p.seal(520 - text_width(unit, 13, MING) / 2, y + 88, 112, unit, seed=seed + 171,
           **ink(seed + 1))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.oa_shenpi")
def oa_shenpi(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
              **_) -> Built:
    """A workflow printout from the unit's OA (协同办公) system, which many firms keep instead
    of paper forms: the platform bar with the unit's name, 年度考核结果审批单 with the 流程编号,
    a label grid (申请人 / 申请部门 / 申请日期 / 考核年度 / 被考核人 / 所在部门 / 岗位 /
    考核等级), the 个人总结 box, then the 审批记录 table of nodes, handlers, opinions and
    timestamps, the 打印时间 footer, and the HR office's seal stamped on the printout."""
    from ._common import HEI, other_people

    hr, boss1, boss2, boss3 = (o[0] for o in other_people(f"oa:{unit}", 4))
    blue = (28, 84, 150)
    p = Page(*A4, font=MICRO)
    p.rect(0, 0, 595, 40, None, blue, 0)
    p.text(30, 26, f"{unit} · 协同办公平台", 12, color=(255, 255, 255))
    p.text(565, 26, "流程打印", 10, "right", (220, 230, 245))
    p.text(297, 82, "年度考核结果审批单", 18, "center", font=HEI)
    p.row([(50, f"流程编号：KH{year + 1}{seed % 9000 + 1000}", 108),
           (400, "紧急程度：普通", 108)], 9.5)
    d = 4 + seed % 6
    y = grid(p, 50, 118, [85, 160, 85, 165], [
        ["申请人", hr, "申请部门", "人力资源部"],
        ["申请日期", f"{year + 1}-01-{d:02d}", "考核年度", f"{year}年度"],
        ["被考核人", name, "所在部门", "技术部" if not public else "技术科"],
        ["岗位", post, "考核等级", result]], 28, 10.5, align_left=True)
    p.rect(50, y, 495, 120, (0, 0, 0), None, 0.8)
    p.text(60, y + 20, "个人总结：", 10.5)
    yy = y + 42
    for s in summary:
        yy = p.wrapped(70, yy, s, 460, 10, 18, first_indent=20)
    y += 120
    p.text(50, y + 36, "审批记录", 12, color=blue, font=HEI)
    times = []
    for k in range(5):  # in order: three nodes a day, two and a half hours apart
        minutes = 9 * 60 + seed % 40 + (k % 3) * 150 + 7 * k
        times.append(f"{year + 1}-01-{d + k // 3:02d} {minutes // 60:02d}:{minutes % 60:02d}")
    table = [["序号", "节点名称", "处理人", "处理意见", "处理时间"],
             ["1", "发起", hr, "提交", times[0]],
             ["2", "部门负责人审核", boss1, "同意", times[1]],
             ["3", "人力资源部审核", boss2, "同意", times[2]],
             ["4", "分管领导审批", boss3, "同意", times[3]],
             ["5", "归档", hr, "已归档", times[4]]]
    y = p.table(50, y + 46, [40, 120, 80, 120, 135], table, 24, 10)
    p.hline(50, 545, 790, 0.5)
    p.row([(50, f"打印人：{hr}", 806),
           (230, f"打印时间：2024-05-{8 + seed % 20:02d} {10 + seed % 7}:{seed % 60:02d}:"
                 f"{(seed // 3) % 60:02d}", 806), (480, "第1页/共1页", 806)], 9)
    p.seal(440, y - 10, 104, unit, seed=seed + 173, **ink(seed + 2))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 6
# Drawn by another hand after round 5's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round6` (drawn only by the others6 profile).

@layout(LAYOUTS, "annual_assessment.jiajiang_zhengshu",
        accepts=lambda a: a["public"] and a["result"] == "优秀")
def jiajiang_zhengshu(*, name, gender, birth, unit, post, year, result, summary, public,
                      seed=0, **_) -> Built:
    """The 嘉奖 certificate a 事业单位 gives for an 优秀 year (事业单位工作人员奖励规定: 年度
    考核被确定为优秀等次的，给予嘉奖), which applicants upload as the proof of that year's
    result: landscape card, red frame with a gold rule, 嘉 奖 证 书, the 嘉字 number at the top
    right, 张三同志：在2021年度考核中被确定为优秀等次… 决定给予嘉奖。 in 楷体, 特发此证，以资
    鼓励。, the unit and the date (February of the next year) under the seal."""
    from ._common import HEI

    red, gold = (180, 24, 30), (200, 160, 70)
    when = f"{year + 1}-02-{8 + seed % 18:02d}"
    p = Page(*A4_LANDSCAPE, background=(255, 251, 240), font=KAI)
    p.rect(18, 18, 806, 559, red, None, 7.0)
    p.rect(34, 34, 774, 527, gold, None, 1.4)
    p.text(421, 128, "嘉  奖  证  书", 40, "center", red, font=HEI)
    p.text(770, 72, f"嘉字〔{year + 1}〕第{seed % 60 + 1:03d}号", 12, "right", font=MING)
    p.text(120, 206, f"{name}同志：", 21)
    body = (f"在{year}年度考核中被确定为{result}等次。根据《事业单位工作人员奖励规定》，"
            "经研究，决定给予嘉奖。")
    y = p.wrapped(120, 256, body, 600, 21, 44, first_indent=42)
    p.text(162, y + 4, "特发此证，以资鼓励。", 21)
    p.text(720, y + 110, unit, 18, "right")
    p.text(720, y + 148, cn(when), 18, "right")
    p.seal(720 - text_width(unit, 18, KAI) / 2, y + 124, 126, unit, seed=seed + 261,
           **ink(seed + 1))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.pingfen_biao")
def pingfen_biao(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                 **_) -> Built:
    """The assessment scored out of 100 and the grade read off the score: a firm's
    员工年度绩效考评表 (考评项目 工作业绩 / 工作能力 / 工作态度 / 团队协作 with 权重, 自评分,
    上级评分 and 加权得分), or a school's, hospital's or institute's 年度考核量化评分表 (德 / 能 /
    勤 / 绩 / 廉 with their 分值 and the 考核小组评分): the unit's name over the title, a grid of
    姓名 / 部门 / 岗位 / 考核期间, the scoring table with the total, the grade written in by
    hand beside 综合得分, the printed scale (90分及以上为优秀…), the supervisor's comment, the
    employee's handwritten name under 本人确认, and the seal of the HR office or the unit over
    the date."""
    from ..layout import Text
    from ._common import HEI, PEN

    if public:
        items = [("德", "政治品质、职业道德、遵纪守法", 20), ("能", "业务知识、专业技术能力", 20),
                 ("勤", "出勤情况、工作态度、责任心", 15), ("绩", "完成工作的数量、质量、效率", 35),
                 ("廉", "廉洁自律", 10)]
        title = f"{year}年度工作人员年度考核量化评分表"
        heads = ["考核内容", "考核要点", "分值", "自评分", "考核小组评分", "得分"]
        dept, grade_word, boss = "业务科", "考核等次", "科室负责人意见："
        scale = ("（得分90分及以上、经考核委员会审定的为优秀，70分至89分为合格，60分至69分为"
                 "基本合格，60分以下为不合格）")
        office, final = "单位（盖章）", "单位考核委员会意见：同意。"
    else:
        items = [("工作业绩", "任务完成数量、质量与时效", 40),
                 ("工作能力", "专业技术水平、解决问题能力", 25),
                 ("工作态度", "责任心、纪律性、主动性", 20), ("团队协作", "沟通配合、传帮带", 15)]
        title = f"{year}年度员工绩效考评表"
        heads = ["考评项目", "考评要点", "权重", "自评分", "上级评分", "加权得分"]
        dept, grade_word, boss = "技术部", "考评等级", "直接上级评语："
        scale = "（90分及以上为优秀，70分至89分为合格，60分至69分为基本合格，60分以下为不合格）"
        office, final = "人力资源部（盖章）", "人力资源部审核意见：同意。"
    base = 91 + seed % 5 if result == "优秀" else 78 + seed % 9
    offsets = [1, -1, 0, 1, -1, 0, 1][seed % 3:]
    marks = [base + o for o in offsets[:len(items)]]
    total = sum(w * m for (_i, _t, w), m in zip(items, marks)) / 100
    p = Page(*A4, font=MING)
    p.text(297, 66, unit, 13, "center")
    p.text(297, 96, title, 19 if len(title) < 18 else 17, "center", font=HEI)
    y = grid(p, 55, 118, [75, 160, 75, 175], [
        ["姓    名", name, "部    门", dept],
        ["岗    位", post, "考核期间", f"{year}-01-01至{year}-12-31"]], 28, 10.5)
    rows = [heads]
    for (item, what, w), m in zip(items, marks):
        weight = f"{w}" if public else f"{w}%"
        rows.append([item, what, weight, str(min(100, m + 2)), str(m), f"{w * m / 100:.1f}"])
    rows.append(["合计", "", "100" if public else "100%", "", "", f"{total:.1f}"])
    y = p.table(55, y + 22, [70, 180, 50, 60, 65, 60], rows, 26, 10.5)
    p.text(65, y + 32, f"综合得分：{total:.1f}分", 12.5)
    p.text(260, y + 32, f"{grade_word}：", 12.5, line=False)
    p.items.append(Text(326, y + 33, result, 15, "left", PEN, KAI))
    p.lines.append(f"{grade_word}：{result}")
    p.wrapped(65, y + 56, scale, 470, 9.5, 14)
    top = y + 86
    p.rect(55, top, 485, 96, (0, 0, 0), None, 0.8)
    p.text(65, top + 22, boss, 11)
    p.text(85, top + 50, "工作认真负责，较好完成年度各项任务，专业能力有提升。", 12, color=PEN,
           font=KAI)
    p.text(330, top + 82, f"签字：          {year + 1}.1.{5 + seed % 9}", 10.5)
    top += 96
    p.rect(55, top, 485, 60, (0, 0, 0), None, 0.8)
    p.text(65, top + 24, "本人确认：本人对考核结果无异议。", 11)
    p.text(330, top + 46, "签字：", 10.5)
    p.text(370, top + 48, name, 15, color=PEN, font=KAI)
    top += 60
    p.rect(55, top, 485, 100, (0, 0, 0), None, 0.8)
    p.text(65, top + 24, final, 11)
    when = f"{year + 1}-01-{15 + seed % 12:02d}"
    p.text(330, top + 62, office, 10.5)
    p.text(330, top + 86, cn(when), 10.5)
    p.seal(400, top + 62, 104, unit, seed=seed + 263, **ink(seed + 2))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 7
# Drawn by another hand after round 6's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round7` (drawn only by the others7 profile).

def _hand(p: Page, x: float, y: float, text: str, size: float = 13, label: str = "") -> None:
    """A value written in by pen (楷体, blue-black) after a printed label; one truth line."""
    from ..layout import Text
    from ._common import PEN

    p.items.append(Text(x, y, text, size, "left", PEN, KAI))
    p.lines.append(f"{label}{text}" if label else text)


@layout(LAYOUTS, "annual_assessment.dangan_shouxie", cn_dates=False)
def dangan_shouxie(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                   **_) -> Built:
    """The hand-filled 年度考核登记表 as it sits in the 干部（人事）档案, copied for the
    applicant by the 档案室 (or the 人才服务中心 that keeps an enterprise employee's file) and
    photographed on a desk: the printed form (姓名 / 性别 / 出生年月 / 单位及职务 grid, then
    boxes for 个人总结, 主管领导评语和考核等次建议, 单位负责人意见, 考核结果, 本人意见) with
    every value written in by pen, the grade written into 考核等次 with the unit's seal over
    单位（盖章） and a date written out as 二〇二二年一月十五日, the two punched binding holes at
    the left edge, the 档案 page number written in the top right corner (4-12: 第四类 考核
    材料), and the archive's rectangular blue stamp 复印件与档案原件核对一致 with the keeper's
    name and the copy date."""
    from ..layout import Ellipse, Text
    from ._common import HEI, PEN, desk, other_people

    boss, head, keeper = (o[0] for o in other_people(f"da:{unit}:{year}", 3))
    p = Page(*A4, font=MING)
    sx, sy, sw, sh = 34, 30, 530, 786
    desk(p, seed, sx, sy, sw, sh, paper=(246, 243, 232))
    for hy in (sy + sh * 0.3, sy + sh * 0.7):  # the binding holes of the archive file
        p.items.append(Ellipse(sx + 12, hy, 11, 11, DESK_HOLE))
    p.items.append(Text(sx + sw - 22, sy + 28, f"4-{seed % 30 + 3}", 13, "right", PEN, KAI))
    title = (f"{year}年度事业单位工作人员年度考核登记表" if public
             else f"专业技术人员{year}年度考核登记表")
    p.text(297, 88, title, 17, "center", font=HEI)
    x0, widths = 62, [74, 112, 58, 72, 80, 80]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    right = xs[-1]
    y0, rh = 108, 34
    for r in range(3):
        p.hline(x0, right, y0 + r * rh, 0.8)
    b = y0 + rh / 2 + 5
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + rh, 0.8))
    born = f"{int(birth[:4])}.{int(birth[5:7])}"
    for c, label in ((0, "姓    名"), (2, "性别"), (4, "出生年月")):
        p.items.append(Text(xs[c] + widths[c] / 2, b, label, 11, "center", font=MING))
    for c, value in ((1, name), (3, gender), (5, born)):
        p.items.append(Text(xs[c] + 10, b + 1, value, 14, "left", PEN, KAI))
    p.lines.append(f"姓名 {name} 性别 {gender} 出生年月 {born}")
    b += rh
    for x in (xs[0], xs[1], right):
        p.items.append(Line(x, y0 + rh, x, y0 + 2 * rh, 0.8))
    p.items.append(Text(xs[0] + widths[0] / 2, b, "单位及职务", 11, "center", font=MING))
    p.items.append(Text(xs[1] + 10, b + 1, f"{unit}  {post}", 13.5, "left", PEN, KAI))
    p.lines.append(f"单位及职务 {unit} {post}")
    y = y0 + 2 * rh
    boxes = [("个人总结", 226), ("主管领导评语和考核等次建议", 112), ("单位负责人意见", 66),
             ("考核结果", 124), ("本人意见", 64)]
    tops = []
    from ._common import vtext

    for label, h in boxes:
        p.rect(x0, y, right - x0, h, (0, 0, 0), None, 0.8)
        p.items.append(Line(x0 + 48, y, x0 + 48, y + h, 0.8))
        if len(label) * 17 <= h - 20:  # a short label stands in one column (竖排)
            vtext(p, x0 + 24, y + 26, label, 12, step=17)
        else:  # a long one is set across the narrow cell, four characters a line
            per = 2 if len(label) <= 4 else 4
            parts = [label[i:i + per] for i in range(0, len(label), per)]
            ty = y + h / 2 - (len(parts) - 1) * 7 + 4
            for j, part in enumerate(parts):
                p.items.append(Text(x0 + 24, ty + 14 * j, part, 10, "center", font=MING))
            p.lines.append(label)
        tops.append(y)
        y += h
    inner = x0 + 58
    # 个人总结, in the applicant's hand
    yy = tops[0] + 26
    from ..layout import wrap

    for s in summary:
        for i, part in enumerate(wrap(s, right - inner - 14, 12.5, 25, KAI)):
            _hand(p, inner + (25 if i == 0 else 0), yy, part, 12.5)
            yy += 22
    yy += 4
    for s in ("一年来，本人能够遵守单位各项规章制度，认真学习业务知识，",
              "按时完成领导交办的工作任务，今后将继续努力，不断提高业务水平。"):
        if yy < tops[1] - 40:
            _hand(p, inner + 25 if s.startswith("一年") else inner, yy, s, 12.5)
            yy += 22
    p.text(right - 150, tops[1] - 14, "签名：", 10.5)
    p.items.append(Text(right - 112, tops[1] - 14, name, 13, "left", PEN, KAI))
    # 主管领导评语和考核等次建议
    _hand(p, inner + 25, tops[1] + 28, "该同志工作认真负责，业务熟练，能较好完成各项任务。", 12.5)
    _hand(p, inner + 25, tops[1] + 52, f"建议评为{result}等次。", 12.5)
    dd = 6 + seed % 8
    p.text(right - 190, tops[2] - 14, "签名：", 10.5)
    p.items.append(Text(right - 152, tops[2] - 14, f"{boss}   {year + 1}.1.{dd}", 12.5, "left",
                        PEN, KAI))
    # 单位负责人意见
    _hand(p, inner + 25, tops[2] + 30, "同意。", 13)
    p.text(right - 190, tops[3] - 14, "签名：", 10.5)
    p.items.append(Text(right - 152, tops[3] - 14, f"{head}   {year + 1}.1.{dd + 3}", 12.5,
                        "left", PEN, KAI))
    # 考核结果
    p.text(inner, tops[3] + 34, "考核等次：", 12, line=False)
    _hand(p, inner + 66, tops[3] + 35, result, 16, label="考核等次：")
    p.text(right - 190, tops[3] + 82, "单位（盖章）", 11)
    when = f"{year + 1}-01-{10 + dd + 3:02d}"
    _hand(p, right - 200, tops[3] + 112, cn_upper(when), 13)
    p.seal(right - 130, tops[3] + 84, 104, unit, seed=seed + 371, **ink(seed + 3))
    # 本人意见
    _hand(p, inner + 25, tops[4] + 30, "同意。", 13)
    p.text(right - 190, tops[4] + 56, "签名：", 10.5)
    p.items.append(Text(right - 152, tops[4] + 56, name, 13, "left", PEN, KAI))
    # the archive's copy stamp (blue, rectangular), not part of the form's text
    blue = (40, 70, 170)
    cx, cy = inner + 12, tops[0] + 120
    p.rect(cx, cy, 196, 50, blue, None, 1.6)
    p.items.append(Text(cx + 98, cy + 20, "复印件与档案原件核对一致", 11, "center", blue, HEI))
    p.items.append(Text(cx + 10, cy + 40, "经办人：", 9.5, "left", blue, MING))
    p.items.append(Text(cx + 52, cy + 41, f"{keeper}  2024.{4 + seed % 3}.{8 + seed % 19}", 11,
                        "left", PEN, KAI))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


DESK_HOLE = (70, 55, 45)


def _short(unit: str) -> str:
    """The short name a unit puts in its 文号 (柳州市市政设计研究院 -> 市政院)."""
    core = unit.removeprefix("广西壮族自治区").removeprefix("广西").removeprefix("柳州市")
    return core[:2] + ("院" if "院" in core else "司" if "公司" in core else "")


@layout(LAYOUTS, "annual_assessment.tongbao_mingdan")
def tongbao_mingdan(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                    **_) -> Built:
    """The unit's 红头文件 that announces the year's results once the 公示 is over: the red
    发文机关标志 ({unit}文件), the 文号 under it and a red rule, 关于公布2021年度考核结果的通报
    (an enterprise: 员工年度绩效考核结果), the 主送 line (各科室： / 各部门：), a paragraph on how
    the results were reached, then the names grouped by grade in running text (一、优秀等次
    （3人）：… 二、合格等次（12人）：… 三、基本合格等次：无。 四、不合格等次：无。) with the
    applicant among the names of their grade, the seal over the unit and the date, and the
    版记 at the foot (抄送 line, 印发 line between two rules)."""
    from ._common import HEI, other_people

    red = (200, 25, 30)
    others = [o[0] for o in other_people(f"tb:{unit}:{year}", 14)]
    n_ex = 2 + seed % 3
    excellent, qualified = others[:n_ex], others[n_ex:]
    if result == "优秀":
        excellent.insert(seed % (len(excellent) + 1), name)
    else:
        qualified.insert(seed % (len(qualified) + 1), name)
    p = Page(*A4, font=MING)
    size = 30 if len(unit) <= 12 else 24 if len(unit) <= 16 else 20
    p.text(297, 108, f"{unit}文件", size, "center", red, font=HEI)
    issued = f"{year + 1}-02-{3 + seed % 20:02d}"
    p.text(297, 158, f"{_short(unit)}人〔{year + 1}〕{3 + seed % 17}号", 13, "center")
    p.items.append(Line(60, 172, 535, 172, 2.2, red))
    head = (f"关于公布{year}年度考核结果的通报" if public
            else f"关于公布{year}年度员工绩效考核结果的通报")
    p.text(297, 216, head, 18, "center", font=HEI)
    p.text(60, 256, "各科室：" if public else "各部门、各项目部：", 13.5)
    rule = ("《事业单位工作人员考核规定》" if public
            else "公司《员工绩效考核管理办法》")
    body = (f"根据{rule}，经个人总结述职、民主测评、考核小组审核、单位领导班子研究，并经公示"
            f"无异议，{year}年度考核结果已经确定。现将考核结果通报如下：")
    y = p.wrapped(60, 288, body, 475, 13.5, 27, first_indent=27)
    groups = [(f"一、优秀等次（{len(excellent)}人）：", excellent),
              (f"二、合格等次（{len(qualified)}人）：", qualified)]
    for label, people in groups:
        y = p.wrapped(60, y, label + "、".join(people), 475, 13.5, 27, first_indent=27)
    for label in ("三、基本合格等次：无。", "四、不合格等次：无。"):
        p.text(87, y, label, 13.5)
        y += 27
    y = p.wrapped(60, y, "希望受到表彰的同志珍惜荣誉、再接再厉；全体职工以先进为榜样，"
                  "立足岗位、履职尽责，推动各项工作再上新台阶。", 475, 13.5, 27, first_indent=27)
    p.text(505, y + 56, unit, 13.5, "right")
    p.text(505, y + 86, cn(issued), 13.5, "right")
    p.seal(505 - text_width(unit, 13.5, MING) / 2, y + 64, 116, unit, seed=seed + 373,
           **ink(seed + 4))
    p.hline(60, 535, 752, 0.9)
    p.text(60, 772, "抄送：单位领导班子成员。" if public else "抄送：公司领导。", 11.5)
    p.hline(60, 535, 784, 0.5)
    p.row([(60, f"{unit}{'办公室' if public else '人力资源部'}", 804),
           (535 - text_width(f"{cn(issued)}印发", 11.5, MING), f"{cn(issued)}印发", 804)], 11.5)
    p.hline(60, 535, 814, 0.9)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 8
# Drawn by another hand after round 7's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round8` (drawn only by the others8 profile).

def _barcode(p: Page, x: float, y: float, w: float, h: float, key: str) -> None:
    """A Code-128-like strip of black bars of varied widths (a form's 表单号 barcode)."""
    import hashlib

    bits = hashlib.sha256(key.encode()).digest() * 4
    cx, i = x, 0
    while cx < x + w - 2:
        bw = 0.8 + (bits[i] % 3) * 0.7
        if i % 2 == 0:
            p.rect(cx, y, bw, h, None, (15, 15, 15), 0)
        cx += bw + 0.6 + (bits[i + 1] % 2) * 0.7
        i += 1


@layout(LAYOUTS, "annual_assessment.renshi_xitong")
def renshi_xitong(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                  **_) -> Built:
    """The 年度考核表 printed from a personnel information system (a 事业单位人事管理信息系统,
    or a firm's eHR), which more and more units keep instead of a hand-filled form: the
    system's name in small grey type at the top left, a barcode with the 表单号 under it at
    the top right, the title with （{year}年度） in brackets, a label grid of 人员编号 /
    姓名 / 性别 / 出生日期 (1988-05-02) / 所在单位 / 所在部门 / 岗位 / 考核年度, a 个人总结 box,
    then a 审核意见 table (环节 / 审核人 / 意见 / 时间) whose signer column shows the e-signature
    as 【电子签名】 with the name, the 考核结果 line in bold type, the unit's seal stamped by hand
    on the printout over 单位（盖章）and the printed date, and a grey footer with the 打印人 and
    打印时间 and 第1页/共1页."""
    from ._common import HEI, other_people

    grey = (120, 120, 120)
    hr, boss, head = (o[0] for o in other_people(f"rs:{unit}:{year}", 3))
    system = "事业单位人事管理信息系统" if public else "eHR人力资源管理系统"
    form_no = f"KH{year}{4500 + seed % 400:04d}{seed % 97:02d}"
    p = Page(*A4, font=MICRO)
    p.text(40, 36, system, 9, color=grey)
    p.hline(40, 555, 44, 0.5)
    _barcode(p, 405, 52, 150, 30, form_no)
    p.text(480, 94, form_no, 8.5, "center")
    p.text(297, 120, "专业技术人员年度考核表" if public else "员工年度考核表", 18, "center",
           font=HEI)
    p.text(297, 142, f"（{year}年度）", 11.5, "center")
    y = grid(p, 50, 156, [80, 160, 80, 175], [
        ["人员编号", f"{seed % 9000 + 1000:06d}", "考核年度", f"{year}"],
        ["姓    名", name, "性    别", gender],
        ["出生日期", birth, "岗    位", post]], 26, 10.5)
    y = grid(p, 50, y, [80, 415], [["所在单位", unit]], 26, 10.5)
    y = grid(p, 50, y, [80, 160, 80, 175], [
        ["所在部门", "业务科" if public else "技术部", "填表日期",
         f"{year + 1}-01-0{3 + seed % 5}"]], 26, 10.5)
    p.rect(50, y, 495, 150, (0, 0, 0), None, 0.8)
    p.text(58, y + 20, "个人总结：", 10.5, font=HEI)
    yy = y + 42
    for s in summary:
        if yy < y + 130:
            yy = p.wrapped(66, yy, s, 470, 10, 17, first_indent=20)
    y += 164
    p.text(50, y, "审核意见", 11.5, font=HEI)
    d = 6 + seed % 5
    rows = [["环节", "审核人", "意见", "时间"],
            ["部门负责人审核", f"【电子签名】{boss}", f"同意，建议{result}",
             f"{year + 1}-01-{d:02d} 09:{12 + seed % 40}"],
            ["考核小组审议", f"【电子签名】{head}", "同意",
             f"{year + 1}-01-{d + 3:02d} 15:{10 + seed % 45}"],
            ["人事部门确认", f"【电子签名】{hr}", "已确认",
             f"{year + 1}-01-{d + 4:02d} 10:{20 + seed % 35}"]]
    y = p.table(50, y + 10, [105, 135, 120, 135], rows, 24, 9.5)
    p.text(60, y + 34, f"考核结果：{result}", 14, font=HEI)
    when = f"{year + 1}-01-{d + 5:02d}"
    p.text(360, y + 80, "单位（盖章）", 11)
    p.text(360, y + 104, cn(when), 11)
    p.seal(410, y + 82, 104, unit, seed=seed + 481, **ink(seed + 1))
    p.hline(40, 555, 806, 0.5)
    p.row([(40, f"打印人：{hr}", 820), (220, f"打印时间：{when} 16:{seed % 50 + 5:02d}", 820),
           (500, "第1页/共1页", 820)], 8.5)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.kaohe_dengjika", cn_dates=False)
def kaohe_dengjika(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                   **_) -> Built:
    """The 专业技术人员考核登记卡 (a card kept in the personnel file on which each year's
    assessment is entered as one more row, the way many 中小学, 卫生院 and 站所 still record
    it), photocopied for the application once the year in question had been entered: the
    card's printed head (姓名 / 性别 / 出生年月 / 工作单位 / 专业技术职务), a ruled table of ten
    rows (考核年度 / 考核等次 / 考核意见 / 考核单位盖章 / 登记日期) of which the first three are
    written in by pen, a year a row up to the year applied for, with the unit's seal stamped
    across the latest row and the dates written as 2022.1.15; the later rows are empty; the
    card's footnote (本卡随本人档案保存，逐年登记，不得涂改) at the foot, and a grey photocopy
    tone around the card."""
    from ..layout import Text
    from ._common import HEI, PEN

    p = Page(*A4, background=(236, 236, 232), font=MING)
    p.rect(40, 40, 515, 760, None, (252, 252, 250), 0)
    p.rect(48, 48, 499, 744, (0, 0, 0), None, 1.6)
    p.text(297, 92, "专业技术人员考核登记卡", 20, "center", font=HEI)
    born = f"{int(birth[:4])}.{int(birth[5:7])}"
    x0, rh = 60, 32
    widths = [70, 100, 50, 60, 80, 115]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    right = xs[-1]
    y0 = 112
    for r in range(3):
        p.hline(x0, right, y0 + r * rh, 0.8)
    b = y0 + rh / 2 + 5
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + rh, 0.8))
    for c, label in ((0, "姓  名"), (2, "性别"), (4, "出生年月")):
        p.items.append(Text(xs[c] + widths[c] / 2, b, label, 11, "center", font=MING))
    for c, value in ((1, name), (3, gender), (5, born)):
        p.items.append(Text(xs[c] + 8, b + 1, value, 14, "left", PEN, KAI))
    p.lines.append(f"姓名 {name} 性别 {gender} 出生年月 {born}")
    b += rh
    for x in (xs[0], xs[1], xs[4], xs[5], right):
        p.items.append(Line(x, y0 + rh, x, y0 + 2 * rh, 0.8))
    p.items.append(Text(xs[0] + widths[0] / 2, b, "工作单位", 11, "center", font=MING))
    p.items.append(Text(xs[1] + 8, b + 1, unit, 12.5 if len(unit) < 14 else 10.5, "left",
                        PEN, KAI))
    p.items.append(Text(xs[4] + widths[4] / 2, b, "专业技术职务", 9.5, "center", font=MING))
    p.items.append(Text(xs[5] + 8, b + 1, post, 12.5, "left", PEN, KAI))
    p.lines.append(f"工作单位 {unit} 专业技术职务 {post}")
    ty = y0 + 2 * rh + 24
    cols = [68, 66, 166, 95, 80]
    cx = [x0]
    for w in cols:
        cx.append(cx[-1] + w)
    rows_h = 52
    heads = ["考核年度", "考核等次", "考核意见", "考核单位盖章", "登记日期"]
    p.hline(x0, right, ty, 1.0)
    for i, h in enumerate(heads):
        p.items.append(Text(cx[i] + cols[i] / 2, ty + 20, h, 10.5, "center", font=HEI))
    p.lines.append(" ".join(heads))
    ty += 30
    history = [(year - 2, "合格"), (year - 1, "合格"), (year, result)]
    if result == "优秀" and seed % 2:
        history[0] = (year - 2, "优秀")
    for r in range(10):
        p.hline(x0, right, ty + r * rows_h, 0.8)
    p.hline(x0, right, ty + 10 * rows_h, 1.0)
    for x in cx:
        p.items.append(Line(x, ty - 30, x, ty + 10 * rows_h, 0.8))
    for r, (yr, grade) in enumerate(history):
        base = ty + r * rows_h + rows_h / 2 + 5
        day = 8 + (seed + r * 5) % 18
        when = f"{yr + 1}.1.{day}"
        cells = [(cx[0] + 12, f"{yr}年", 13), (cx[1] + 14, grade, 14),
                 (cx[2] + 8, "德能勤绩廉表现良好，同意。" if grade != "优秀"
                  else "表现突出，评为优秀。", 11.5), (cx[4] + 8, when, 12.5)]
        for x, text, size in cells:
            p.items.append(Text(x, base, text, size, "left", PEN, KAI))
        p.lines.append(" ".join(c[1] for c in cells))
        if r == len(history) - 1:
            p.seal(cx[3] + cols[3] / 2, base - 6, 84, unit, seed=seed + 483, **ink(seed + 2))
        else:
            p.seal(cx[3] + cols[3] / 2 + (r * 9 - 4), base - 4, 80, unit, seed=seed + 485 + r,
                   color=(200, 60, 60), strength=0.55)
    p.text(60, ty + 10 * rows_h + 26, "说明：本卡随本人档案保存，逐年登记，不得涂改。", 9.5)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 9
# Drawn by another hand after round 8's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round9` (drawn only by the others9 profile).

@layout(LAYOUTS, "annual_assessment.a3_duizhe_saomiao")
def a3_duizhe_saomiao(*, name, gender, birth, unit, post, year, result, summary, public,
                      seed=0, **_) -> Built:
    """The 年度考核登记表 as many 人社 offices print it: one A3 sheet folded in the middle
    into four A4 faces, the inside spread (第2页 and 第3页) filled in and then laid flat on a
    wide-bed scanner, so the upload is one landscape page with the fold's crease down the
    middle: at the left the title, the particulars grid (姓名 / 性别 / 出生年月 / 政治面貌 /
    文化程度 / 参加工作时间 / 工作单位及职务) typed in, and the long 个人总结 box; at the right
    the 主管领导评语和考核等次建议, 单位负责人意见 and 考核委员会（小组）意见 boxes, the 考核等次
    box (the grade typed, the unit's seal over 单位（盖章） and the date), the 本人意见 box
    with the signatures in pen, and the 备注 line; the face numbers — 2 — and — 3 — at the
    feet of the halves."""
    from ..layout import Text, wrap
    from ._common import HEI, PEN, other_people

    boss, head = (o[0] for o in other_people(f"a3:{unit}:{year}", 2))
    p = Page(1190.0, 842.0, background=(247, 246, 242), font=MING)
    # the crease: a shadowed band and a bright ridge down the middle
    p.rect(589, 0, 12, 842, None, (226, 225, 220), 0)
    p.rect(594, 0, 2, 842, None, (196, 195, 190), 0)
    p.rect(597, 0, 1.2, 842, None, (252, 252, 250), 0)
    title = ("事业单位工作人员年度考核登记表" if public else "专业技术人员年度考核登记表")
    p.text(297, 66, title, 19, "center", font=HEI)
    p.text(297, 94, f"（ {year} 年度 ）", 13, "center")
    born = f"{birth[:4]}.{birth[5:7]}"
    started = f"{int(birth[:4]) + 22 + seed % 3}.{7 + seed % 2:02d}"
    y = grid(p, 50, 112, [78, 98, 50, 56, 78, 135], [
        ["姓    名", name, "性别", gender, "出生年月", born],
        ["政治面貌", "群众" if seed % 3 else "中共党员", "民族", "汉族" if seed % 4 else "壮族",
         "文化程度", "大学本科"],
        ["参加工作时间", started, "健康状况", "健康", "专业技术职务", post]], 30, 10.5)
    y = grid(p, 50, y, [78, 417], [["工作单位及职务", f"{unit}  {post}"]], 30, 10.5)
    box_top, box_bottom = y, 786
    p.rect(50, box_top, 495, box_bottom - box_top, (0, 0, 0), None, 0.8)
    p.items.append(Line(98, box_top, 98, box_bottom, 0.8))
    from ._common import vtext

    vtext(p, 74, box_top + 120, "个人总结", 13, step=44)
    yy = box_top + 26
    extra = ["一年来，本人认真学习政治理论和业务知识，遵守单位各项规章制度，服从工作安排，",
             "按时保质完成了各项工作任务。存在的不足是理论学习还不够系统，今后将加强学习，",
             "不断提高业务能力和工作水平。"]
    more = ["在思想上，坚持学习党的路线方针政策，增强政治意识和大局意识；在业务上，积极参加"
            "继续教育和业务培训，及时学习本专业新标准、新规范，努力提高解决实际问题的能力；"
            "在工作作风上，严格遵守工作纪律，做到不迟到、不早退，与同事团结协作，廉洁自律。"]
    for s in [*summary, *more, "".join(extra)]:
        for i, part in enumerate(wrap(s, 425, 10.5, 21, MING)):
            if yy < box_bottom - 50:
                p.text(108 + (21 if i == 0 else 0), yy, part, 10.5)
                yy += 20
        yy += 2
    p.text(360, box_bottom - 18, "本人签名：", 10.5)
    p.items.append(Text(420, box_bottom - 17, name, 14, "left", PEN, KAI))
    p.text(297, 816, "— 2 —", 10, "center", line=False)
    # the right half: the opinions
    x0, x1 = 645, 1140
    boxes = [(("主管领导", "评语和考", "核等次", "建议"), 150), (("单位负", "责人意见"), 100),
             (("考核委", "员会（小", "组）意见"), 110), (("考核", "等次"), 150),
             (("本人", "意见"), 100)]
    top = 60
    tops = []
    for label, h in boxes:
        p.rect(x0, top, x1 - x0, h, (0, 0, 0), None, 0.8)
        p.items.append(Line(x0 + 50, top, x0 + 50, top + h, 0.8))
        ty = top + h / 2 - (len(label) - 1) * 8 + 4
        for j, part in enumerate(label):
            p.items.append(Text(x0 + 25, ty + 16 * j, part, 10.5, "center", font=MING))
        p.lines.append("".join(label))
        tops.append(top)
        top += h
    inner = x0 + 62
    d1 = 5 + seed % 6
    p.text(inner + 21, tops[0] + 30, "该同志思想政治素质好，工作积极主动，业务能力较强，能够", 10.5)
    p.text(inner, tops[0] + 50, f"圆满完成本职工作任务。建议考核等次为{result}。", 10.5)
    p.text(x1 - 210, tops[1] - 16, "签名：", 10.5)
    p.items.append(Text(x1 - 172, tops[1] - 15, f"{boss}   {year + 1}.1.{d1}", 13, "left",
                        PEN, KAI))
    p.text(inner + 21, tops[1] + 32, "同意主管领导意见。", 10.5)
    p.text(x1 - 210, tops[2] - 16, "签名：", 10.5)
    p.items.append(Text(x1 - 172, tops[2] - 15, f"{head}   {year + 1}.1.{d1 + 2}", 13, "left",
                        PEN, KAI))
    p.text(inner + 21, tops[2] + 32, f"经考核委员会审议，同意确定为{result}等次。", 10.5)
    p.text(x1 - 210, tops[3] - 16, f"{year + 1}年1月{d1 + 4}日", 10.5)
    p.text(inner + 10, tops[3] + 44, f"考核等次：{result}", 15, font=HEI)
    when = f"{year + 1}-01-{d1 + 6:02d}"
    p.text(x1 - 170, tops[3] + 96, "单位（盖章）", 10.5)
    p.text(x1 - 190, tops[3] + 124, cn(when), 10.5)
    p.seal(x1 - 130, tops[3] + 100, 108, unit, seed=seed + 591, **ink(seed + 1))
    p.text(inner + 21, tops[4] + 34, "同意。", 10.5)
    p.text(x1 - 210, tops[4] + 76, "签名：", 10.5)
    p.items.append(Text(x1 - 172, tops[4] + 77, name, 14, "left", PEN, KAI))
    p.wrapped(x0, top + 24, "备注：本表一式两份，一份存入本人档案，一份由单位留存。考核等次分为"
              "优秀、合格、基本合格和不合格四个等次。", x1 - x0, 9.5, 15)
    p.text(893, 816, "— 3 —", 10, "center", line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


def _zhuguan(unit: str) -> str:
    """The 主管部门 a 事业单位 reports to (by what the unit's name says it is)."""
    if "医院" in unit or "卫生" in unit or "疾病" in unit:
        return "柳州市卫生健康委员会"
    if "学" in unit or "幼儿园" in unit:
        district = next((d for d in ("城中区", "鱼峰区", "柳南区", "柳北区", "柳江区")
                         if d in unit), "")
        return f"柳州市{district}教育局" if district else "柳州市教育局"
    if "水" in unit:
        return "柳州市水利局"
    return "柳州市住房和城乡建设局"


@layout(LAYOUTS, "annual_assessment.zhuguan_beian", accepts=lambda a: a["public"])
def zhuguan_beian(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                  **_) -> Built:
    """The 事业单位工作人员年度考核结果审核备案表 a 事业单位 sends up to its 主管部门 once the
    year's results are settled (事业单位工作人员考核规定: results are 报主管部门审核、备案),
    copied from the unit's file for the applicant: the title with the year, 填报单位（盖章）
    and 主管部门 over a counts row (参加考核人数 / 优秀 / 合格 / 基本合格 / 不合格 / 不确定等次
    / 优秀比例), the staff list (序号 / 姓名 / 性别 / 出生年月 / 岗位 / 考核等次 / 备注) with
    the applicant one row among a dozen, then three boxes side by side at the foot —
    本单位意见 with the unit's seal, 主管部门审核意见 (经审核，同意备案。) with the 主管部门's
    seal and a later date, and 人力资源社会保障部门备案意见 left for the bureau — and the
    填表人 / 联系电话 line under the table."""
    from ._common import HEI, other_people

    chief = _zhuguan(unit)
    others = other_people(f"ba:{unit}:{year}", 11)
    people = []
    best = {(seed // 7 + 3 * k) % len(others) for k in range(1 if result == "优秀" else 2)}
    for k, (oname, og, oid) in enumerate(others):  # 优秀 kept within the 20 % quota
        h = _hash(f"ba:{unit}:{year}:{oname}")
        people.append((oname, og, f"{oid[6:10]}.{oid[10:12]}",
                       OTHER_POSTS[h % len(OTHER_POSTS)], "优秀" if k in best else "合格"))
    at = seed % (len(people) + 1)
    people.insert(at, (name, gender, f"{birth[:4]}.{birth[5:7]}", post, result))
    n_ex = sum(1 for r in people if r[4] == "优秀")
    n_ok = len(people) - n_ex
    p = Page(*A4, font=MING)
    p.text(297, 70, f"{year}年度事业单位工作人员", 17, "center", font=HEI)
    p.text(297, 96, "年度考核结果审核备案表", 17, "center", font=HEI)
    p.text(50, 128, f"填报单位（盖章）：{unit}", 10.5)
    p.text(545, 128, f"主管部门：{chief}", 10.5, "right")
    y = p.table(50, 138, [80, 62, 62, 68, 62, 80, 81],
                [["参加考核人数", "优秀", "合格", "基本合格", "不合格", "不确定等次", "优秀比例"],
                 [str(len(people)), str(n_ex), str(n_ok), "0", "0", "0",
                  f"{n_ex * 100 / len(people):.1f}%"]], 24, 10)
    rows = [["序号", "姓  名", "性别", "出生年月", "岗  位", "考核等次", "备注"]]
    for i, (n, g, b, ps, r) in enumerate(people, 1):
        rows.append([str(i), n, g, b, ps, r, ""])
    y = p.table(50, y + 12, [40, 80, 45, 75, 110, 75, 70], rows, 23, 10)
    hr = other_people(f"ba:hr:{unit}", 1)[0][0]
    p.text(50, y + 20, f"填表人：{hr}        联系电话：0772-{2600000 + _hash(unit) % 399999}",
           10)
    top, h, w = y + 34, 190, 495 / 3
    issued = f"{year + 1}-01-{18 + seed % 8:02d}"
    checked = f"{year + 1}-02-{3 + seed % 10:02d}"
    heads = [("本单位意见", "同意。", unit, issued),
             ("主管部门审核意见", "经审核，同意备案。", chief, checked),
             ("人力资源社会保障部门备案意见", "", "", "")]
    for k, (head, opinion, who, when) in enumerate(heads):
        x = 50 + k * w
        p.rect(x, top, w, h, (0, 0, 0), None, 0.8)
        p.text(x + 8, top + 20, head, 10 if len(head) < 10 else 9)
        if opinion:
            p.text(x + 22, top + 52, opinion, 11)
            p.text(x + w - 10, top + 140, "（盖章）", 10, "right")
            p.text(x + w - 10, top + 166, cn(when), 10, "right")
            p.seal(x + w / 2 + 6, top + 130, 96, who, seed=seed + 593 + k,
                   **ink(seed + 2 + k))
        else:
            p.text(x + w - 10, top + 140, "（盖章）", 10, "right", line=False)
            p.text(x + w - 10, top + 166, "年    月    日", 10, "right", line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 10
# Drawn by another hand after round 9's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round10` (drawn only by the others10 profile).

@layout(LAYOUTS, "annual_assessment.dangan_zhaichao")
def dangan_zhaichao(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                    **_) -> Built:
    """The 干部（人事）档案材料摘抄单 a 档案室 (or, for a firm's staff whose file is kept out,
    the 人才服务中心) fills in when an applicant needs one item of the file without the file
    leaving the room: the printed 摘抄单 with its 编号, a grid of the person (姓名 / 性别 /
    出生年月 / 工作单位), 材料名称 年度考核登记表 with its 形成时间 and the 类号 of the file's
    category (第四类 for 考核材料), the 摘抄内容 box with the lines copied out (the grade in
    the 考核委员会意见's own words), the 摘抄人 / 核对人 names, the sentence 经核对，以上内容与
    档案原件一致 and the keeper's seal over the date."""
    from ._common import HEI, other_people

    keeper = f"{unit}档案室" if public else "柳州市人才服务中心"
    people = other_people(f"zc:{unit}:{year}", 2)
    p = Page(*A4, font=MING)
    p.text(297, 76, "干部人事档案材料摘抄单", 18, "center", font=HEI)
    p.text(535, 104, f"编号：ZC{year + 2}-{_hash(name + unit) % 900 + 100:03d}", 10, "right")
    y = p.table(60, 114, [80, 100, 70, 60, 80, 85],
                [["姓  名", name, "性  别", gender, "出生年月", dotted(birth)[:7]]], 28, 10.5,
                header_rows=0)
    y = p.table(60, y, [80, 395], [["工作单位", unit]], 28, 10.5, header_rows=0)
    y = p.table(60, y, [80, 150, 80, 165],
                [["材料名称", "年度考核登记表", "材料类号", "第四类"],
                 ["形成时间", f"{year + 1}年1月", "页    数", "2"]], 28, 10.5, header_rows=0)
    p.rect(60, y, 475, 300, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "摘抄内容：", 11)
    yy = y + 48
    lines = [f"{year}年度事业单位工作人员年度考核登记表" if public
             else f"{year}年度员工年度考核登记表",
             f"姓名：{name}    现任职务：{post}",
             "主管领导评语和考核等次建议：该同志工作认真负责，完成了本年度各项工作任务，"
             f"建议确定为{result}等次。",
             f"考核委员会（小组）意见：经考核，确定{name}同志{year}年度考核等次为{result}。",
             "（原件加盖单位公章）"]
    for s in lines:
        yy = p.wrapped(84, yy, s, 430, 10.5, 20)
    y += 300
    p.row([(72, f"摘抄人：{people[0][0]}", y + 28), (300, f"核对人：{people[1][0]}", y + 28)],
          10.5)
    p.text(72, y + 58, "经核对，以上内容与档案原件一致。", 11)
    p.text(520, y + 104, f"{keeper}（盖章）", 10.5, "right")
    when = f"{year + 2}-0{3 + seed % 6}-{8 + seed % 19:02d}"
    p.text(520, y + 132, cn(when), 10.5, "right")
    p.seal(430, y + 108, 100, keeper, seed=seed + 1011, **ink(seed + 3))
    p.text(60, 800, "注：摘抄单一式一份，摘抄材料不得涂改，加盖档案管理部门印章方有效。", 9)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=keeper)


@layout(LAYOUTS, "annual_assessment.jiangli_shenpi",
        accepts=lambda a: a["public"] and a["result"] == "优秀")
def jiangli_shenpi(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                   **_) -> Built:
    """The 事业单位工作人员奖励审批表 filled in for an 优秀 year (事业单位工作人员奖励规定:
    年度考核被确定为优秀等次的，给予嘉奖; the unit lists each such person on this form and
    sends it to the 主管部门), which applicants upload in place of the 考核表: the title,
    填报单位 with the unit, a grid of the person (姓名 / 性别 / 出生年月 / 政治面貌 / 工作单位
    及职务 / 拟奖励种类 嘉奖), a 主要事迹 box that opens with the year's grade and goes on with
    the work (the 个人总结 cut short), then two boxes — 所在单位意见 with the unit's seal and
    date, 审批机关意见 (同意给予嘉奖。) with the 主管部门's seal — and the form's 注 line."""
    from ._common import HEI

    chief = _zhuguan(unit)
    p = Page(*A4, font=MING)
    p.text(297, 74, "事业单位工作人员奖励审批表", 18, "center", font=HEI)
    p.text(60, 104, f"填报单位：{unit}", 10.5)
    p.text(535, 104, f"填报时间：{cn(f'{year + 1}-02-{6 + seed % 12:02d}')}", 10.5, "right")
    y = p.table(60, 114, [75, 90, 60, 55, 80, 115],
                [["姓  名", name, "性  别", gender, "出生年月", dotted(birth)[:7]]],
                30, 10.5, header_rows=0)
    y = p.table(60, y, [75, 90, 115, 195],
                [["政治面貌", "群众", "现任职务", post],
                 ["拟奖励种类", "嘉奖", "奖励事由", f"{year}年度考核优秀"]],
                30, 10.5, header_rows=0)
    p.rect(60, y, 475, 290, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "主要事迹：", 11)
    text = (f"该同志在{year}年度考核中被确定为{result}等次。" + "".join(summary))[:260]
    p.wrapped(84, y + 48, text, 436, 10.5, 20, first_indent=21)
    y += 290
    h, w = 170, 475 / 2
    for k, (head, opinion, who, when) in enumerate([
            ("所在单位意见", "同意上报。", unit, f"{year + 1}-02-{6 + seed % 12:02d}"),
            ("审批机关意见", "同意给予嘉奖。", chief, f"{year + 1}-03-{2 + seed % 20:02d}")]):
        x = 60 + k * w
        p.rect(x, y, w, h, (0, 0, 0), None, 0.8)
        p.text(x + 10, y + 22, head, 10.5)
        p.text(x + 30, y + 56, opinion, 11)
        p.text(x + w - 12, y + 124, "（盖章）", 10, "right")
        p.text(x + w - 12, y + 150, cn(when), 10, "right")
        p.seal(x + w / 2 + 10, y + 112, 96, who, seed=seed + 1021 + k, **ink(seed + k))
    p.text(60, y + h + 20, "注：本表一式三份，审批机关、所在单位各存一份，一份存入本人档案。",
           9)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 11
# Drawn by another hand after round 10's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round11` (drawn only by the others11 profile).

@layout(LAYOUTS, "annual_assessment.minzhu_ceping")
def minzhu_ceping(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                  **_) -> Built:
    """The 年度考核民主测评结果汇总表 a unit's 考核工作领导小组 draws up after the staff have
    voted on each colleague's 述职 (the 测评票 counted in front of the 监票人), printed
    landscape and kept with the year's 考核材料: the title with the year, 单位（盖章）, the
    测评时间 / 应到 / 实到 line, a table per person (序号 / 姓名 / 性别 / 岗位 / the votes
    under 优秀 / 合格（称职） / 基本合格 / 不合格 / 优秀票率 / 考核等次（领导小组确定）) with
    the applicant one row among eight, the 计票人 / 监票人 names written in by pen, the
    leading group's seal over the date, and a 说明 line on the 20 % 优秀 quota; the
    photocopy has a slight grey cast."""
    from ._common import HEI, PEN, other_people

    others = other_people(f"mz:{unit}:{year}", 7)
    voters = 24 + _hash(unit) % 30
    present = voters - 1 - seed % 3
    people = []
    best = (seed // 5) % len(others)
    for k, (oname, og, _oid) in enumerate(others):
        h = _hash(f"mz:{unit}:{year}:{oname}")
        r = "优秀" if (k == best and result != "优秀") else "合格"
        people.append((oname, og, OTHER_POSTS[h % len(OTHER_POSTS)], r, h))
    people.insert(seed % (len(people) + 1), (name, gender, post, result, _hash(name + unit)))
    p = Page(*A4_LANDSCAPE, background=(238, 238, 234), font=MING)
    p.text(421, 58, f"{unit}", 14, "center", font=HEI)
    p.text(421, 86, f"{year}年度工作人员年度考核民主测评结果汇总表", 17, "center", font=HEI)
    when = f"{year + 1}-01-{6 + seed % 12:02d}"
    p.text(50, 118, f"单位（盖章）：{unit}", 10.5)
    p.text(792, 118, f"测评时间：{cn(when)}    应到{voters}人    实到{present}人", 10.5,
           "right")
    rows = [["序号", "姓  名", "性别", "岗  位", "优秀（票）", "合格（票）", "基本合格（票）",
             "不合格（票）", "优秀票率", "考核等次"]]
    for i, (n, g, ps, r, h) in enumerate(people, 1):
        if r == "优秀":
            ex = present - 2 - h % 5
        else:
            ex = 3 + h % 7
        bad = h % 2
        ok = present - ex - bad
        rows.append([str(i), n, g, ps, str(ex), str(ok), str(bad), "0",
                     f"{ex * 100 / present:.1f}%", r])
    y = p.table(50, 130, [40, 78, 40, 96, 72, 72, 84, 72, 84, 104], rows, 27, 10.5)
    cnt = other_people(f"mz:jp:{unit}", 2)
    p.row([(50, "计票人：", y + 24), (100, cnt[0][0], y + 24), (230, "监票人：", y + 24),
           (280, cnt[1][0], y + 24)], 11)
    for item in p.items[-4:]:
        if item.text in (cnt[0][0], cnt[1][0]):
            item.color, item.font = PEN, KAI
    p.wrapped(50, y + 52, "说明：考核等次由单位考核工作领导小组根据民主测评结果和平时考核情况"
              "研究确定，优秀等次人数不超过参加考核总人数的20%。", 470, 9.5, 15)
    p.text(700, y + 70, "考核工作领导小组（盖章）", 10.5, "center")
    p.text(700, y + 96, cn(when), 10.5, "center")
    p.seal(700, y + 74, 100, unit, seed=seed + 1101, **ink(seed + 1))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.qiwei_jieguo_jietu", cn_dates=False)
def qiwei_jieguo_jietu(*, name, gender, birth, unit, post, year, result, summary, public,
                       seed=0, **_) -> Built:
    """A phone screenshot of the 年度考核 result page in the unit's 企业微信 / 钉钉 workbench
    (the 绩效 or 考核 micro-app many firms and, since the paperless drives, many 事业单位 run the
    year's assessment in), sent by the applicant in place of the paper form: the phone's
    status bar (time, signal, battery), the app's title bar with ＜ and 考核结果, a header card
    with the person's avatar initial, name and unit, a big coloured 考核等次 badge with the
    year, the detail rows (考核年度 / 考核周期 / 部门 / 岗位 / 确认状态 with the time the
    person confirmed), the 审批记录 timeline (本人述职 → 部门评议 → 考核委员会审定 → 结果公示)
    with dashed dates, and the 下载考核表 button; no seal (it is a screen)."""
    from ._common import HEI

    blue, grey, light = (22, 119, 255), (140, 140, 140), (244, 245, 247)
    W, H = 390, 844
    p = Page(W, H, background=light, font=MICRO)
    t = f"{9 + seed % 10}:{seed % 60:02d}"
    p.text(28, 24, t, 11, font=HEI, line=False)
    p.text(300, 24, "5G", 9, line=False)
    p.rect(330, 15, 24, 11, (40, 40, 40), None, 1)
    p.rect(332, 17, 14 + seed % 6, 7, None, (40, 40, 40), 0)
    p.rect(0, 36, W, 44, None, (255, 255, 255), 0)
    p.text(18, 64, "＜", 15, color=(60, 60, 60), line=False)
    p.text(W / 2, 64, "考核结果", 14, "center", font=HEI)
    p.text(W - 18, 64, "···", 14, "right", line=False)
    p.rect(14, 92, W - 28, 92, None, (255, 255, 255), 0)
    p.rect(28, 108, 46, 46, None, blue, 0)
    p.text(51, 138, name[-2:], 14, "center", (255, 255, 255), line=False)
    p.text(88, 126, name, 15, font=HEI)
    from ..layout import wrap

    yy = 148
    for part in wrap(unit, W - 120, 10, 0, MICRO):
        p.text(88, yy, part, 10, color=grey)
        yy += 14
    p.rect(14, 196, W - 28, 118, None, (255, 255, 255), 0)
    p.text(W / 2, 224, f"{year}年度考核等次", 11, "center", grey)
    colour = (0, 168, 112) if result == "优秀" else blue
    bw = 40 + 26 * len(result)
    p.rect(W / 2 - bw / 2, 238, bw, 46, None, colour, 0)
    p.text(W / 2, 270, result, 24, "center", (255, 255, 255), font=HEI)
    p.text(W / 2, 302, "考核委员会审定", 9, "center", grey, line=False)
    p.rect(14, 326, W - 28, 196, None, (255, 255, 255), 0)
    confirmed = f"{year + 1}-01-{15 + seed % 12:02d} {9 + seed % 8}:{(seed // 7) % 60:02d}"
    details = [("考核年度", f"{year}年度"), ("考核周期", f"{year}-01-01 至 {year}-12-31"),
               ("所在部门", "技术部" if not public else "业务科室"), ("岗    位", post),
               ("确认状态", "本人已确认"), ("确认时间", confirmed)]
    y = 352
    for label, value in details:
        p.row([(30, label, y), (120, value, y)], 11)
        p.items[-2].color = grey
        p.rect(30, y + 11, W - 60, 0.6, None, (226, 228, 232), 0)
        y += 29
    p.rect(14, 534, W - 28, 214, None, (255, 255, 255), 0)
    p.text(30, 560, "审批记录", 12, font=HEI)
    steps = [("本人述职", name, f"{year}-12-{20 + seed % 9:02d}"),
             ("部门评议", "部门负责人", f"{year + 1}-01-0{3 + seed % 5}"),
             ("考核委员会审定", "考核委员会", f"{year + 1}-01-{8 + seed % 3:02d}"),
             ("结果公示", "人力资源部", f"{year + 1}-01-{11 + seed % 4:02d}")]
    y = 592
    for k, (step, who, when) in enumerate(steps):
        p.rect(34, y - 9, 9, 9, None, blue if k < 3 else (0, 168, 112), 0)
        if k < len(steps) - 1:
            p.rect(37.5, y + 3, 2, 32, None, (210, 214, 220), 0)
        p.text(54, y, step, 11)
        p.text(W - 30, y, when, 9.5, "right", grey)
        p.text(54, y + 17, f"{who}  已通过", 9, color=grey, line=False)
        y += 40
    p.rect(28, 770, W - 56, 40, None, blue, 0)
    p.text(W / 2, 795, "下载考核表（PDF）", 13, "center", (255, 255, 255), line=False)
    p.rect(W / 2 - 60, 828, 120, 4, None, (30, 30, 30), 0)
    return Built("annual_assessment", [p], _fields(name, year, result, unit))


# --------------------------------------------------------------------------- round 12
# Drawn by another hand after round 11's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round12` (drawn only by the others12 profile).

@layout(LAYOUTS, "annual_assessment.jinsannian_zhengming")
def jinsannian_zhengming(*, name, gender, birth, unit, post, year, result, summary, public,
                         seed=0, **_) -> Built:
    """The 近三年年度考核情况证明 a unit's 人事（组织）科 writes when a 职称 notice asks for the
    last three years' grades (任现职以来年度考核均为合格以上): a letter on plain paper in 仿宋-like
    明体 with the title 证    明, one sentence naming the person (姓名 / 性别 / 身份证 left
    out, 出生年月 and 岗位 given), then a small ruled table of the three years in order
    (考核年度 / 考核等次 / 备注 存档) whose last row is the year the letter is issued for,
    the sentence 以上情况属实，特此证明。, the 经办人 line and the unit's seal over the date in
    Chinese numerals early in the following year."""
    from ._common import HEI

    p = Page(*A4, font=MING)
    p.text(297, 96, "证    明", 22, "center", font=HEI)
    y = p.wrapped(80, 150, f"兹证明{name}同志（{gender}，{dotted(birth)[:7]}出生）系我单位在职"
                  f"专业技术人员，现任{post}岗位。该同志近三年年度考核情况如下：",
                  435, 13, 26, first_indent=26)
    rows = [["考核年度", "考核等次", "备    注"]]
    for k in (2, 1, 0):
        yr = int(year) - k
        rows.append([f"{yr}年度", result if k == 0 else "合格", "已存入本人档案"])
    y = p.table(110, y + 16, [120, 120, 135], rows, 30, 12)
    p.wrapped(80, y + 40, "以上情况属实，特此证明。", 435, 13, 26, first_indent=26)
    clerk = ("陆", "覃", "蒙", "黄")[seed % 4] + ("丽", "敏", "军")[seed % 3]
    p.text(80, y + 100, f"经办人：{clerk}    联系电话：0772-{2600000 + seed % 99999}", 11.5)
    p.text(505, y + 170, unit, 13, "right")
    when = cn_upper(f"{int(year) + 1}-0{2 + seed % 3}-{5 + seed % 20:02d}")
    p.text(505, y + 200, when, 13, "right")
    p.seal(505 - text_width(unit, 13, MING) / 2, y + 178, 104, unit, seed=seed + 1201,
           **ink(seed + 2))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.dengjibiao_beiye")
def dengjibiao_beiye(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                     **_) -> Built:
    """Only the back (第二页) of the 年度考核登记表, photographed with a phone: the applicant
    sends the side carrying the opinions and seals, having written 姓名 and the year in pen at
    the top margin (the printed back has no particulars). The printed boxes, each with its
    label in a narrow left column written top to bottom: 主管领导评语和考核等次建议 (prose
    with the grade), 单位负责人意见 (同意), 考核委员会（小组）意见 with the 等次 and the unit's
    seal, 本人意见 (signed), 未确定等次或不参加考核的原因 (blank), 备注; the form's 说明 at
    the foot; a slight warm cast and a desk edge at the right."""
    from ._common import PEN, vtext

    p = Page(*A4, background=(246, 242, 232), font=MING)
    p.rect(565, 0, 30, 842, None, (128, 92, 62), 0)
    p.text(70, 46, f"{name}  {year}年度", 15, color=PEN, font=KAI)
    p.text(520, 46, "（第二页）", 10, "right")
    boxes = [("主管领导评语和考核等次建议", 150,
              [f"该同志{year}年度认真履行{post}岗位职责，工作积极主动，按时完成各项任务，"
               f"遵守纪律。建议考核等次为{result}。"]),
             ("单位负责人意见", 96, ["同意。"]),
             ("考核委员会（小组）意见", 150, [f"经考核委员会研究，确定该同志{year}年度"
                                         f"考核等次为{result}。"]),
             ("本人意见", 90, ["同意。"]),
             ("未确定等次或不参加考核的原因", 180, []),
             ("备注", 60, [])]
    y = 62
    for k, (label, h, lines) in enumerate(boxes):
        p.rect(60, y, 475, h, (0, 0, 0), None, 0.8)
        p.items.append(Line(100, y, 100, y + h, 0.8))
        step = min(13.0, (h - 12) / len(label))
        vtext(p, 80, y + (h - step * len(label)) / 2 + 10, label, 10, step=step)
        yy = y + 28
        for s in lines:
            yy = p.wrapped(114, yy, s, 405, 11, 21, first_indent=22)
        if k in (0, 1):
            p.text(515, y + h - 14, f"签名：          {cn(f'{int(year) + 1}-01-08')}", 10,
                   "right", line=False)
        if k == 2:
            p.text(515, y + h - 42, f"{unit}（盖章）", 10.5, "right")
            p.text(515, y + h - 16, cn(f"{int(year) + 1}-01-{10 + seed % 15:02d}"), 10.5,
                   "right")
            p.seal(400, y + h - 40, 96, unit, seed=seed + 1203, **ink(seed + 4))
        if k == 3:
            p.text(300, y + h - 16, "签名：", 10.5, line=False)
            p.text(346, y + h - 16, name, 13, color=PEN, font=KAI)
        y += h
    p.wrapped(60, y + 22, "说明：本表一式两份，一份存入本人档案，一份由单位存档。考核等次"
              "分为优秀、合格、基本合格、不合格。", 475, 9, 14)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 13
# Drawn by another hand after round 12's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round13` (drawn only by the others13 profile).

@layout(LAYOUTS, "annual_assessment.kaohe_shouce_kuaye", cn_dates=False)
def kaohe_shouce_kuaye(*, name, gender, birth, unit, post, year, result, summary, public,
                       seed=0, **_) -> Built:
    """The 专业技术人员年度考核手册 (a small stitched booklet, one spread per year, that many
    county 教育局 and 卫健局 hand their staff and that stays with the person) photographed open
    on a desk with a phone, one landscape image of the year's spread: the left page headed
    {year}年度 with the printed 姓名 / 单位 / 岗位 lines filled in by pen and the 个人小结 in
    handwriting; the right page 考核意见 with the grade written by pen into 考核等次：____, the
    考核小组 signature line, the unit's seal overlapping the date written in Arabic digits
    (2022年1月12日), and the page number in the booklet's foot."""
    from ._common import PEN, desk

    p = Page(*A4_LANDSCAPE, font=MING)
    desk(p, seed, 60, 40, 722, 515, paper=(247, 244, 234))
    for k in range(10):
        g = 150 + k * 9
        p.rect(416 + k, 40, 1.2, 515, None, (g, g, g - 4), 0)
    p.text(238, 84, f"{year}  年度", 16, "center")
    rows = [("姓    名", name), ("工作单位", unit), ("岗位（职务）", post)]
    y = 118
    for label, value in rows:
        p.text(86, y, f"{label}：", 11, line=False)
        p.hline(170, 396, y + 4, 0.6)
        p.text(176, y - 1, value, 12.5, color=PEN, font=KAI)
        p.lines.append(f"{label}：{value}")
        y += 30
    p.text(86, y + 6, "个人小结：", 11)
    yy = y + 32
    for s in summary[:2]:
        n = len(p.items)
        yy = p.wrapped(96, yy, s, 296, 11, 21, first_indent=22)
        for item in p.items[n:]:
            item.font, item.color = KAI, PEN
    p.text(238, 536, f"— {2 * (int(year) % 10) + 3} —", 9, "center", line=False)
    p.text(600, 84, "考 核 意 见", 16, "center")
    p.text(446, 124, "考核小组意见：", 11)
    p.text(446, 150, "该同志本年度履行岗位职责，完成工作任务。", 11, color=PEN, font=KAI)
    p.text(446, 196, "考核等次：", 12, line=False)
    p.hline(512, 620, 200, 0.6)
    p.text(530, 195, result, 15, color=PEN, font=KAI)
    p.lines.append(f"考核等次：{result}")
    p.text(446, 240, "考核小组负责人（签字）：", 11, line=False)
    p.text(606, 240, ("韦", "梁", "莫")[seed % 3] + "志明", 13, color=PEN, font=KAI)
    p.text(446, 300, "单位意见：同意考核小组意见。", 11)
    p.text(740, 380, f"{unit}（盖章）", 11, "right")
    when = f"{int(year) + 1}年1月{10 + seed % 15}日"
    p.text(740, 410, when, 12, "right", PEN, font=KAI)
    p.seal(660, 392, 100, unit, seed=seed + 1301, **ink(seed + 3))
    p.text(446, 470, "本人签字：", 11, line=False)
    p.text(516, 470, name, 13, color=PEN, font=KAI)
    p.text(600, 536, f"— {2 * (int(year) % 10) + 4} —", 9, "center", line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.geren_dangan_wangye", cn_dates=False)
def geren_dangan_wangye(*, name, gender, birth, unit, post, year, result, summary, public,
                        seed=0, **_) -> Built:
    """A browser screenshot of the 个人档案 (人员信息) page of the unit's 人事管理系统 (the
    intranet HR systems 事业单位 and hospitals run), printed to one landscape page by the
    applicant: the system's dark blue title bar and left menu (人员管理 → 个人档案), the
    person's card (姓名 / 性别 / 出生日期 / 所在单位 / 岗位) and below it a row of tabs
    (基本信息 · 学历学位 · 职称信息 · 年度考核 · 奖惩情况) with 年度考核 selected, its table
    listing the recent years newest first (考核年度 / 考核等次 / 确定时间 / 录入人), the
    asked year's row among them, no seal; the print header and footer of the browser."""
    from ._common import HEI

    h = _hash(name + unit + "r13")
    p = Page(*A4_LANDSCAPE, background=(255, 255, 255), font=MICRO)
    grey, blue = (110, 110, 110), (28, 62, 120)
    p.text(30, 20, f"{year + 1}/{3 + h % 6}/{1 + h % 27} {9 + h % 8}:{h % 60:02d}", 8,
           color=grey, line=False)
    p.text(421, 20, "个人档案 - 人事管理信息系统", 8, "center", grey, line=False)
    p.rect(30, 30, 782, 40, None, blue, 0)
    p.text(46, 56, f"{_short(unit)}人事管理信息系统", 14, color=(255, 255, 255), font=HEI)
    p.text(796, 56, "管理员  |  退出", 9, "right", (220, 228, 240), line=False)
    p.rect(30, 70, 130, 490, None, (238, 241, 246), 0)
    for k, item in enumerate(("首页", "人员管理", "  个人档案", "  人员调动", "考核管理",
                              "职称管理", "统计报表")):
        if k == 2:
            p.rect(30, 80 + k * 30, 130, 28, None, (214, 225, 243), 0)
        p.text(44, 98 + k * 30, item, 10, line=False)
    p.text(176, 92, "人员管理 > 个人档案", 9, color=grey, line=False)
    p.rect(176, 104, 620, 92, (210, 214, 220), (250, 251, 253), 0.6)
    p.photo(190, 114, 56, 72)
    p.row([(266, f"姓    名：{name}", 128), (470, f"性    别：{gender}", 128),
           (630, f"出生日期：{birth}", 128)], 10.5)
    p.row([(266, f"所在单位：{unit}", 154), (630, f"岗    位：{post}", 154)], 10.5)
    p.text(266, 180, f"人员编号：{h % 900000 + 100000}", 9, color=grey, line=False)
    tabs = ("基本信息", "学历学位", "职称信息", "年度考核", "奖惩情况")
    for k, t in enumerate(tabs):
        x = 176 + k * 92
        if t == "年度考核":
            p.rect(x, 212, 90, 26, None, blue, 0)
            p.text(x + 45, 230, t, 10.5, "center", (255, 255, 255))
        else:
            p.rect(x, 212, 90, 26, (200, 204, 210), (246, 247, 249), 0.6)
            p.text(x + 45, 230, t, 10.5, "center", grey, line=False)
    p.hline(176, 796, 238, 1.2)
    rows = [["序号", "考核年度", "考核等次", "确定时间", "录入人"]]
    clerk = ("覃", "蒙", "韦", "陆")[h % 4] + ("丽", "敏", "军", "华")[h // 4 % 4]
    for k in range(4):
        yr = int(year) - k
        grade = result if yr == int(year) else "合格"
        rows.append([str(len(rows)), f"{yr}", grade, f"{yr + 1}-01-{10 + (h + k) % 15:02d}",
                     clerk])
    p.table(176, 252, [60, 120, 140, 160, 140], rows, 28, 10.5)
    p.text(176, 252 + 28 * len(rows) + 24, f"共 {len(rows) - 1} 条记录", 9, color=grey,
           line=False)
    p.text(30, 580, f"http://10.{h % 200}.{h // 7 % 200}.{h // 13 % 200}:8080/hrms/person/"
           f"archive?tab=kh", 8, color=grey, line=False)
    p.text(812, 580, "1/1", 8, "right", grey, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit))


# --------------------------------------------------------------------------- round 14
# Drawn by another hand after round 13's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round14` (drawn only by the others14 profile).

SUBJECTS = ("语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "道德与法治",
            "信息技术", "音乐", "美术", "体育")


def _subject(summary: list[str], h: int) -> str:
    """The subject the teacher's own summary names, else one every school teaches."""
    text = "".join(summary)
    return next((s for s in SUBJECTS if s in text), SUBJECTS[h % 3])


@layout(LAYOUTS, "annual_assessment.jiaoshi_kaohebiao",
        accepts=lambda a: a["public"] and ("中学" in a["unit"] or "小学" in a["unit"]))
def jiaoshi_kaohebiao(*, name, gender, birth, unit, post, year, result, summary, public,
                      seed=0, **_) -> Built:
    """The 中小学教师年度考核表 a county or city 教育局 prints for its schools (教育部《关于
    开展中小学教师考核工作的指导意见》: 师德 is judged first and can veto the year), filled in
    on a computer by the teacher and the school office, printed and sealed: 学校（盖章） with
    the school's name above the grid, a particulars grid (姓名 / 性别 / 出生年月 / 岗位等级 /
    任教学科 / 周课时 / 是否班主任), a 师德表现 box ending in its own 师德考核：合格, the
    教育教学工作 box (the teacher's summary), the 学校考核领导小组意见 cell that states the
    year's 年度考核等次 with 组长（校长）签名, the school's seal over the date, and at the foot
    a small 县（区）教育局审核意见：同意 line; 黑体 throughout, one portrait page."""
    from ._common import HEI

    h = _hash(name + unit + "r14js")
    p = Page(*A4, font=HEI)
    p.text(297, 62, f"{year}年度中小学教师年度考核表", 17, "center")
    p.text(60, 90, f"学校（盖章）：{unit}", 10.5)
    p.text(535, 90, f"编号：{year}-{h % 90 + 10:03d}", 9.5, "right", line=False)
    y = grid(p, 60, 100, [72, 92, 56, 58, 80, 117], [
        ["姓  名", name, "性  别", gender, "出生年月", dotted(birth)],
        ["岗位等级", post, "任教学科", _subject(summary, h), "周课时",
         f"{12 + h % 6}节"],
        ["是否班主任", "是" if h % 3 else "否", "", "", "考核年度", f"{year}年度"]], 26, 10)
    p.rect(60, y, 475, 96, (0, 0, 0), None, 0.8)
    p.text(68, y + 20, "师德表现", 11)
    yy = p.wrapped(80, y + 40, "忠诚党的教育事业，关爱学生，为人师表，遵守《中小学教师职业道德"
                   "规范》，无有偿补课等违规行为。", 440, 10, 17, first_indent=20)
    p.text(330, y + 86, "师德考核：合格", 10.5)
    top = y + 96
    p.rect(60, top, 475, 250, (0, 0, 0), None, 0.8)
    p.text(68, top + 20, "教育教学工作（个人总结）", 11)
    yy = top + 42
    for s in summary:
        yy = p.wrapped(80, yy, s, 440, 10, 17, first_indent=20)
    yy = p.wrapped(80, yy + 2, "本学年承担教学任务，按时完成备课、上课、作业批改和辅导工作，积极"
                   "参加教研活动。", 440, 10, 17, first_indent=20)
    p.text(330, top + 236, f"本人签名：{name}", 10.5)
    top += 250
    p.rect(60, top, 475, 170, (0, 0, 0), None, 0.8)
    p.text(68, top + 20, "学校考核领导小组意见", 11)
    p.text(88, top + 50, f"经学校考核领导小组考核，该同志{year}年度考核等次为：", 11)
    p.text(110, top + 80, result, 15)
    p.text(88, top + 116, "组长（校长）签名：", 10.5)
    p.text(340, top + 116, "学校（盖章）", 10.5)
    p.text(340, top + 144, _date(year, seed), 10.5)
    p.seal(392, top + 120, 98, unit, seed=seed + 6, **ink(seed + 3))
    top += 170
    p.rect(60, top, 475, 44, (0, 0, 0), None, 0.8)
    p.text(68, top + 27, "县（区）教育局审核意见：同意。", 10.5)
    p.text(60, top + 66, "注：师德考核不合格者，年度考核直接确定为不合格等次。", 8.5,
           color=(90, 90, 90), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.gongzhonghao_gongshi", cn_dates=False)
def gongzhonghao_gongshi(*, name, gender, birth, unit, post, year, result, summary, public,
                         seed=0, **_) -> Built:
    """A phone screenshot of the unit's 微信公众号 article that publishes the year's 考核
    结果公示 (units and firms with an official account post it there as well as on the
    notice board), sent by the applicant as proof of the grade: the phone's status bar, the
    WeChat article bar (×, the account's name, ⋯), the article title in bold, the grey
    line with 原创, the account's name in blue and the post date 2022-01-12 10:30, 广西,
    then the paragraphs (how the results were reached, the 公示期 of five 工作日, the 监督电话),
    a small table of the staff (序号 / 姓名 / 部门 / 等次) with the applicant among them, the
    unit's name and date at the end of the text, and the 阅读 / 在看 line; no seal."""
    from ._common import HEI, other_people

    h = _hash(name + unit + "r14gzh")
    W, H = 390.0, 770.0
    p = Page(W, H, background=(255, 255, 255), font=MICRO)
    p.text(24, 22, f"{9 + h % 9}:{h % 60:02d}", 10, font=HEI, line=False)
    p.text(366, 22, f"5G  {40 + h % 60}%", 9, "right", line=False)
    p.rect(0, 32, W, 40, None, (247, 247, 247), 0)
    p.text(20, 58, "×", 16, line=False)
    p.text(195, 57, unit, 10.5, "center", line=False)
    p.text(368, 57, "···", 14, "right", line=False)
    nn = len(p.items)
    y = p.wrapped(20, 104, f"关于{unit}{year}年度考核结果的公示", 350, 17, 25)
    for item in p.items[nn:]:
        item.font = HEI
    grey, blue = (150, 150, 150), (87, 107, 149)
    posted = f"{year + 1}-01-{8 + h % 12:02d}"
    p.rect(20, y - 4, 30, 15, None, (238, 238, 238), 0)
    p.text(35, y + 7, "原创", 8, "center", grey, line=False)
    p.text(58, y + 8, unit, 10, color=blue)
    p.text(20, y + 28, f"{posted} {10 + h % 7}:{h % 60:02d}  广西", 9, color=grey)
    y = p.wrapped(20, y + 60, f"根据年度考核工作安排，经个人总结、民主测评、考核小组审核，"
                  f"{unit}{year}年度考核工作已基本结束，现将考核结果公示如下：",
                  350, 11, 20, first_indent=22)
    staff = other_people(f"gzh:{unit}:{year}", 7)
    depts = ("办公室", "技术部", "财务部", "工程部", "质量部", "综合部")
    rows = [["序号", "姓名", "部门", "等次"]]
    pos = h % 6 + 1
    for k, (other, _g, _i) in enumerate(staff):
        grade = "优秀" if k in (h % 7, (h + 3) % 7) else "合格"
        rows.append([str(k + 1), other, depts[(h + k) % len(depts)], grade])
    rows.insert(pos + 1, [str(pos + 1), name, depts[h % len(depts)], result])
    for k in range(pos + 2, len(rows)):
        rows[k][0] = str(k)
    y = p.table(20, y + 4, [50, 100, 110, 90], rows, 24, 10)
    y = p.wrapped(20, y + 26, f"公示期为{year + 1}年1月{int(posted[8:]) + 1}日起"
                  "五个工作日，如有异议，请在公示期内向单位考核工作领导小组办公室反映。",
                  350, 11, 20, first_indent=22)
    p.text(20, y + 2, f"监督电话：0772-{h % 9000000 + 1000000}", 11)
    p.text(370, y + 40, unit, 11, "right")
    p.text(370, y + 62, posted, 11, "right")
    p.text(20, y + 100, f"阅读 {200 + h % 800}    ♡ {3 + h % 40}    在看 {h % 20}", 9,
           color=grey, line=False)
    p.rect(0, H - 44, W, 44, None, (247, 247, 247), 0)
    p.text(195, H - 18, "写留言", 10, "center", grey, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=None)


# --------------------------------------------------------------------------- round 15
# Drawn by another hand after round 14's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round15` (drawn only by the others15 profile).

def _pen_ring(p: Page, cx: float, cy: float, rx: float, ry: float, key: str) -> None:
    """A ring drawn round a printed word by pen: a little uneven, its end running past its
    start as a hand-drawn circle does."""
    import math

    from ._common import PEN

    h = _hash(key)
    start = (h % 360) * math.pi / 180
    n = 44
    pts = []
    for k in range(n + 1):
        a = start + k * 2.16 * math.pi / n
        wob = 1 + 0.06 * math.sin(3 * a + h % 7) + 0.02 * k / n
        pts.append((cx + rx * wob * math.cos(a), cy + ry * wob * math.sin(a)))
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        p.items.append(Line(x1, y1, x2, y2, 1.3, PEN))


@layout(LAYOUTS, "annual_assessment.quanxuan_dengci", cn_dates=False)
def quanxuan_dengci(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                    **_) -> Built:
    """The one-sheet 专业技术人员年度考核表 many county 人社局 put on their website as an 附件
    for units without their own form (乡镇站所, 民营企业, 社会组织), printed blank and filled in
    by pen, then photocopied grey for the applicant: 附件2 at the top left, the title with the
    year written into （____年度）, a ruled grid whose values are handwritten (姓名 / 性别 /
    出生年月 / 工作单位 / 专业技术职务 / 从事专业), the 个人年度工作小结 in handwriting, then
    the 考核意见 box where the four grades are printed side by side under 考核等次（在相应等次上
    画“○”） and the 考核小组 has ringed one of them in ink — the grade is printed, not written —
    with the 考核小组负责人 signature, the unit's seal over a date written as 2022年1月12日,
    the 主管部门 box left blank, and the form's 注 in small type."""
    from ._common import HEI, PEN

    h = _hash(name + unit + "r15qx")
    p = Page(*A4, background=(238, 237, 233), font=MING)
    p.text(56, 44, "附件2", 10.5, font=HEI)
    p.text(297, 78, "专业技术人员年度考核表", 18, "center", font=HEI)
    p.text(250, 106, "（", 12, line=False)
    p.text(300, 106, "年度）", 12, line=False)
    p.hline(262, 298, 109, 0.6)
    p.text(266, 104, str(year), 13, color=PEN, font=KAI, line=False)
    p.lines.append(f"（{year}年度）")
    n = len(p.items)
    y = grid(p, 60, 122, [72, 96, 52, 58, 78, 119], [
        ["姓    名", name, "性别", gender, "出生年月", f"{birth[:4]}.{int(birth[5:7])}"]], 30,
        10.5)
    y = grid(p, 60, y, [72, 403], [["工作单位", unit]], 30, 10.5)
    spec = ("中学语文" if "中学" in unit else "小学教育" if "小学" in unit
            else "会计" if "会计" in post else "工程技术")
    y = grid(p, 60, y, [72, 148, 100, 155], [["专业技术职务", post, "从事专业", spec]], 30, 10.5)
    values = {name, gender, f"{birth[:4]}.{int(birth[5:7])}", unit, post, spec}
    for item in p.items[n:]:
        if getattr(item, "text", None) in values:
            item.font, item.color, item.size = KAI, PEN, 12
    top = y
    p.rect(60, top, 475, 250, (0, 0, 0), None, 0.8)
    p.text(70, top + 22, "个人年度工作小结：", 11)
    nn = len(p.items)
    yy = top + 48
    for s in [*summary, "今后将继续加强业务学习，努力提高专业技术水平。"]:
        yy = p.wrapped(82, yy, s, 436, 12, 23, first_indent=24)
    for item in p.items[nn:]:
        item.font, item.color = KAI, PEN
    p.text(330, top + 232, "本人签名：", 10.5, line=False)
    p.text(396, top + 232, name, 13, color=PEN, font=KAI)
    top += 250
    p.rect(60, top, 475, 196, (0, 0, 0), None, 0.8)
    p.text(70, top + 24, "考核意见：", 11)
    p.text(70, top + 54, "考核等次（在相应等次上画“○”）：", 11)
    xs = [110, 210, 310, 434]
    for x, grade in zip(xs, BOXES):
        p.text(x, top + 92, grade, 14, "center", line=False)
        if grade == result:
            w = text_width(grade, 14, MING)
            _pen_ring(p, x, top + 87, w / 2 + 14, 15, name + str(year))
    p.lines.append("  ".join(BOXES))
    p.text(70, top + 134, "考核小组负责人（签名）：", 10.5, line=False)
    p.text(220, top + 134, ("黄", "覃", "陆", "梁")[h % 4] + ("建国", "海燕", "志强")[h % 3], 13,
           color=PEN, font=KAI, line=False)
    p.text(360, top + 146, "单位（盖章）", 10.5)
    when = f"{year + 1}年1月{8 + seed % 18}日"
    p.text(360, top + 176, when, 12.5, color=PEN, font=KAI)
    p.seal(400, top + 150, 100, unit, seed=seed + 1501, **ink(seed + 2))
    top += 196
    p.rect(60, top, 475, 96, (0, 0, 0), None, 0.8)
    p.text(70, top + 24, "主管部门审核意见：", 11)
    p.text(360, top + 60, "（盖章）", 10.5, line=False)
    p.text(360, top + 84, "年    月    日", 10.5, line=False)
    p.wrapped(60, top + 118, "注：1. 本表由本人和所在单位用钢笔或签字笔如实填写；2. 考核等次由"
              "考核小组在相应等次上画圈确定；3. 本表一式两份，一份存入本人档案。", 475, 9, 14)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


def _gangwei(post: str) -> str:
    """The 专业技术岗位等级 a 事业单位 post usually sits in (what the 薪级 roster prints)."""
    if "正高" in post or post.startswith("教授") or "主任医师" == post:
        return "专技四级"
    if "高级" in post or "副" in post:
        return "专技七级"
    if "助理" in post or "二级" in post or post.startswith("医师") or post == "护师":
        return "专技十二级"
    if post.endswith("员") or post == "护士" or "三级" in post:
        return "专技十三级"
    return "专技十级"


def _xinji_wage(step: int) -> int:
    """A 薪级工资 amount rising with the step (the national table's shape, not its figures)."""
    return 80 + step * 23 + max(0, step - 15) * 14 + max(0, step - 30) * 10


@layout(LAYOUTS, "annual_assessment.xinji_jinsheng", accepts=lambda a: a["public"])
def xinji_jinsheng(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                   **_) -> Built:
    """The 事业单位工作人员正常晋升薪级工资审批表 a 事业单位 files every January (人社部 rules:
    staff whose previous year's assessment is 合格 or better move up one 薪级 from 1 January;
    基本合格 or 不合格 do not), which applicants ask the 人事科 for when their own 考核表 is lost
    — the previous year's grade is a column of it: a landscape sheet, 填报单位（盖章） with the
    unit's name and the 填报日期 at the top, then the roster (序号 / 姓名 / 性别 / 岗位 / 岗位
    等级 / {year}年度考核结果 / 原薪级 / 原薪级工资 / 晋升后薪级 / 晋升后薪级工资 / 执行时间 /
    备注) with the applicant one row among colleagues (a 基本合格 row marked 不晋升), a 合计
    line, the 单位负责人 / 经办人 line, and two opinion boxes at the foot, the 主管部门's with
    its 同意 and the 人社部门's 审批 with 年 月 日; 黑体 heading, 微米黑 table."""
    from ._common import HEI, other_people

    h = _hash(name + unit + "r15xj")
    p = Page(*A4_LANDSCAPE, font=MICRO)
    p.text(421, 52, "事业单位工作人员正常晋升薪级工资审批表", 18, "center", font=HEI)
    p.text(421, 76, f"（{year + 1}年1月1日起执行）", 11, "center")
    p.text(40, 102, f"填报单位（盖章）：{unit}", 11)
    filed = f"{year + 1}-01-{12 + seed % 14:02d}"
    p.text(802, 102, f"填报日期：{cn(filed)}", 11, "right")
    posts = ["工程师", "助理工程师", "高级工程师", "会计", "技术员", "经济师"]
    if "中学" in unit or "小学" in unit:
        posts = ["一级教师", "二级教师", "高级教师", "一级教师", "三级教师", "二级教师"]
    others = other_people(f"xj:{unit}:{year}", 7)
    people = []
    for k, (other, g, _i) in enumerate(others):
        grade = "优秀" if k == h % 7 else "基本合格" if k == (h + 4) % 7 and h % 3 == 0 else "合格"
        people.append((other, g, posts[(h + k) % len(posts)], grade, 8 + (h + 3 * k) % 22))
    pos = h % 8
    people.insert(pos, (name, gender, post, result, 10 + h % 18))
    rows = [["序号", "姓名", "性别", "岗位", "岗位等级", f"{year}年度考核结果", "原薪级",
             "原薪级工资", "晋升后薪级", "晋升后薪级工资", "执行时间", "备注"]]
    raise_total = 0
    for k, (who, g, job, grade, step) in enumerate(people):
        up = grade in ("优秀", "合格")
        new = step + 1 if up else step
        raise_total += _xinji_wage(new) - _xinji_wage(step)
        rows.append([str(k + 1), who, g, job, _gangwei(job), grade, f"{step}级",
                     str(_xinji_wage(step)), f"{new}级", str(_xinji_wage(new)),
                     f"{year + 1}.01" if up else "", "" if up else "不晋升"])
    widths = [34, 64, 34, 84, 70, 94, 50, 66, 66, 80, 66, 54]
    y = p.table(40, 116, widths, rows, 27, 10)
    y = grid(p, 40, y, [sum(widths[:7]), sum(widths[7:])],
             [[f"合计：{len(people)}人，晋升{sum(1 for r in rows[1:] if not r[11])}人",
               f"月增资额：{raise_total}元"]], 27, 10)
    p.text(40, y + 24, "单位负责人：", 10.5, line=False)
    p.text(300, y + 24, "经办人：", 10.5, line=False)
    p.text(520, y + 24, f"联系电话：0772-{2800000 + h % 900000}", 10.5, line=False)
    box = y + 40
    p.rect(40, box, 381, 100, (0, 0, 0), None, 0.8)
    p.rect(421, box, 381, 100, (0, 0, 0), None, 0.8)
    p.text(50, box + 22, "主管部门意见：", 10.5)
    p.text(80, box + 50, "同意。", 11)
    p.text(250, box + 88, cn(f"{year + 1}-02-{3 + seed % 8:02d}"), 10.5)
    p.text(431, box + 22, "人力资源社会保障部门审批意见：", 10.5)
    p.text(640, box + 88, "年    月    日", 10.5, line=False)
    p.seal(40 + 130 + text_width(unit, 11, MICRO) / 2, 106, 96, unit, seed=seed + 1502,
           **ink(seed + 1))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 16
# Drawn by another hand after round 15's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round16` (drawn only by the others16 profile).

@layout(LAYOUTS, "annual_assessment.yide_kaohe_yiyuan", accepts=lambda a: "医院" in a["unit"])
def yide_kaohe_yiyuan(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                      **_) -> Built:
    """The 医务人员医德考评暨年度考核表 a public hospital's 人事科 and 医务科 fill in each
    January (卫健 rules: every doctor, nurse and technician gets a 医德考评 graded 优秀 / 良好 /
    一般 / 较差, kept with the year's 年度考核, and the 医德 grade can pull the 年度考核 down):
    the hospital's name over the title in 黑体, 科室 and 表号 above a particulars grid (姓名 /
    性别 / 出生年月 / 科室 / 专业技术职务 / 执业注册 有效), the 个人述职（含医德医风自评） box, a
    small 医德考评 score table (救死扶伤 / 尊重患者 / 廉洁行医 / 团队协作 with 分值 and 得分,
    合计) ending in 医德考评等级 — a second grade beside the one asked for — then the 科室考核
    小组意见 with the suggested grade and the 医院考核领导小组意见 with the 年度考核等次 and the
    hospital's seal over the date; single page, portrait."""
    from ._common import HEI

    h = sum(ord(c) for c in name + unit) + seed
    dept = ("内科", "外科", "护理部", "急诊科", "妇产科", "儿科")[h % 6]
    p = Page(*A4, font=MING)
    p.text(297, 56, unit, 15, "center", font=HEI)
    p.text(297, 84, f"{year}年度医务人员医德考评暨年度考核表", 16, "center", font=HEI)
    p.row([(60, f"科室：{dept}", 108), (400, f"表号：YD{year}-{h % 900 + 100}", 108)], 10)
    y = grid(p, 60, 116, [70, 95, 55, 55, 90, 110], [
        ["姓  名", name, "性别", gender, "出生年月", dotted(birth)],
        ["科  室", dept, "职务", "无", "专业技术职务", post],
        ["执业注册", "有效", "考核年度", str(year), "聘用方式", "聘用制"]], 26, 10)
    p.rect(60, y, 475, 170, (0, 0, 0), None, 0.8)
    p.text(68, y + 18, "个人述职（含医德医风自评）：", 10.5, font=HEI)
    yy = y + 38
    for s in summary:
        yy = p.wrapped(76, yy, s, 450, 10, 17, first_indent=20)
    p.wrapped(76, yy, "本人坚持以病人为中心，遵守医德规范，无收受红包、回扣等行为，"
              "无医疗纠纷和投诉。", 450, 10, 17, first_indent=20)
    y += 170
    p.rect(60, y, 475, 150, (0, 0, 0), None, 0.8)
    p.text(68, y + 18, "医德考评（科室医德考评小组评分）", 10.5, font=HEI)
    items = ["救死扶伤", "尊重患者", "廉洁行医", "团队协作"]
    scores = [24 - (h + i) % 3 - (0 if result == "优秀" else 2) for i in range(4)]
    rows = [["考评项目", *items, "合计"], ["分值", "25", "25", "25", "25", "100"],
            ["得分", *[str(s) for s in scores], str(sum(scores))]]
    p.table(80, y + 28, [80, 70, 70, 70, 70, 70], rows, 22, 9.5)
    grade = "优秀" if sum(scores) >= 90 else "良好"
    p.text(80, y + 124, f"医德考评等级：{grade}      （等级：优秀、良好、一般、较差）", 10.5)
    p.text(80, y + 142, "考评小组组长签名：", 9.5, line=False)
    y += 150
    d = f"{year + 1}-01-{12 + seed % 14:02d}"
    p.rect(60, y, 475, 86, (0, 0, 0), None, 0.8)
    p.text(68, y + 18, "科室考核小组意见：", 10.5, font=HEI)
    p.wrapped(80, y + 38, f"该同志{year}年度认真履行岗位职责，医德医风良好，"
              f"建议年度考核等次为{result}。", 440, 10.5, 18, first_indent=21)
    p.text(360, y + 76, f"科主任签名：        {cn(f'{year + 1}-01-{6 + seed % 5:02d}')}", 9.5)
    y += 86
    p.rect(60, y, 475, 120, (0, 0, 0), None, 0.8)
    p.text(68, y + 18, "医院考核领导小组意见：", 10.5, font=HEI)
    p.text(80, y + 40, f"经医院考核领导小组审核，确定该同志{year}年度考核等次为：{result}。", 11)
    p.text(350, y + 84, "单位（盖章）", 10.5)
    p.text(350, y + 106, cn(d), 10.5)
    p.seal(404, y + 96, 98, unit, seed=seed + 16, **ink(seed + 2))
    p.text(60, y + 138, "注：本表一式两份，一份存入本人档案，一份存入医德档案。", 9, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.jixiao_miantan", cn_dates=False,
        accepts=lambda a: not a["public"])
def jixiao_miantan(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                   **_) -> Built:
    """The 年度绩效面谈记录表 (performance-review interview record) a private firm's 人力资源部
    prints for each employee in January and keeps signed by both sides, which applicants from
    firms without a 考核登记表 upload as their year's result: landscape, the firm's name and
    HR-form number (HR-JX-07) at the top, a label grid typed in (员工姓名 / 部门 / 岗位 /
    直接上级 / 考核期间 {year}.01.01—{year}.12.31 / 面谈日期), then three side-by-side boxes written
    in by pen — 本年度主要业绩 (the summary), 需改进之处, 下年度工作目标 — a typed 结果 row
    年度考核结果：{result} with the scale （优秀 / 合格 / 待改进 / 不合格）, the 员工确认 line
    (本人已知悉考核结果 with the employee's signature), the 面谈人 signature and the HR
    department's round seal with a dashed date 2024-01-18; single page."""
    from ._common import HEI, PEN

    h = sum(ord(c) for c in name + unit) + seed
    dept = ("工程部", "技术部", "财务部", "项目管理部", "质量安全部")[h % 5]
    boss = ("覃", "韦", "黄", "廖", "莫")[h % 5] + ("建华", "志强", "丽萍", "少军", "海燕")[h % 5]
    p = Page(*A4_LANDSCAPE, font=MICRO)
    p.text(50, 46, unit, 12, font=HEI)
    p.text(792, 46, "表单编号：HR-JX-07", 9, "right", (90, 90, 90), line=False)
    p.text(421, 80, f"{year}年度员工绩效面谈记录表", 19, "center", font=HEI)
    d = f"{year + 1}-01-{10 + seed % 15:02d}"
    y = grid(p, 50, 98, [90, 150, 90, 150, 90, 172], [
        ["员工姓名", name, "所在部门", dept, "岗    位", post],
        ["直接上级", boss, "考核期间", f"{year}.01.01—{year}.12.31", "面谈日期", d]], 26, 10.5)
    heads = ["本年度主要业绩", "需改进之处", "下年度工作目标"]
    texts = [" ".join(summary),
             "新技术、新规范的学习还需加强，跨部门沟通可以更主动。",
             "继续做好本岗位工作，参加继续教育，带好新入职同事。"]
    w = 742 / 3
    for i, (hd, tx) in enumerate(zip(heads, texts)):
        x = 50 + i * w
        p.rect(x, y, w, 160, (0, 0, 0), None, 0.8)
        p.text(x + 8, y + 18, hd + "：", 10.5, font=HEI)
        yy = y + 40
        from ..layout import wrap
        for part in wrap(tx, w - 24, 11, 0, KAI)[:8]:
            p.text(x + 12, yy, part, 11, color=PEN, font=KAI)
            yy += 19
    y += 160
    p.rect(50, y, 742, 44, (0, 0, 0), None, 0.8)
    p.text(60, y + 27, f"年度考核结果：{result}", 13, font=HEI)
    p.text(300, y + 27, "（优秀 / 合格 / 待改进 / 不合格）", 10, color=(90, 90, 90), line=False)
    y += 44
    p.rect(50, y, 371, 96, (0, 0, 0), None, 0.8)
    p.rect(421, y, 371, 96, (0, 0, 0), None, 0.8)
    p.text(60, y + 22, "员工确认：本人已知悉上述考核结果。", 10.5)
    p.text(60, y + 60, "签名：", 10.5, line=False)
    p.text(104, y + 60, name, 13, color=PEN, font=KAI, line=False)
    p.text(431, y + 22, "面谈人（直接上级）：", 10.5, line=False)
    p.text(560, y + 22, boss, 13, color=PEN, font=KAI, line=False)
    p.text(431, y + 60, "人力资源部（盖章）", 10.5)
    p.text(431, y + 84, d, 10.5)
    p.seal(566, y + 72, 92, unit, seed=seed + 17, **ink(seed + 4))
    p.text(50, y + 120, "说明：本表一式两份，员工本人与人力资源部各执一份；结果作为调薪、"
           "评先、职称推荐依据。", 9, color=(90, 90, 90), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 17
# Drawn by another hand after round 16's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round17` (drawn only by the others17 profile).

@layout(LAYOUTS, "annual_assessment.duanxin_tongzhi", cn_dates=False)
def duanxin_tongzhi(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                    **_) -> Built:
    """A phone screenshot of the 短信 (SMS) the unit's 人事管理系统 sends each person once the
    year's results are final (many 事业单位 and firms push the 考核结果告知 by the system's
    短信平台 instead of handing out the written 通知书), which applicants with no copy of the
    form screenshot from the phone's Messages app: the status bar, the thread's header with
    ＜ and the 106 sender number, a grey date divider, then the grey incoming bubble
    【{unit}】{name}同志：您{year}年度考核结果为“{result}”，已经单位考核委员会审定并公示无异议
    ... with the 人事科 contact line and 回复TD退订, a second, older bubble about the
    述职 deadline above it, the time under each bubble and the input bar at the bottom;
    no seal (a screen), dashed and clock-time dates only."""
    from ..layout import wrap
    from ._common import HEI

    W, H = 390, 780
    grey, bubble = (130, 130, 130), (236, 237, 240)
    p = Page(W, H, background=(255, 255, 255), font=MICRO)
    p.text(26, 24, f"{8 + seed % 11}:{seed % 60:02d}", 11, font=HEI, line=False)
    p.text(318, 24, "4G", 9, line=False)
    p.rect(336, 15, 26, 11, (40, 40, 40), None, 1)
    p.rect(338, 17, 12 + seed % 9, 7, None, (40, 40, 40), 0)
    sender = f"10690{(seed * 37) % 100000:05d}{seed % 9}"
    p.text(18, 70, "＜", 16, color=(40, 40, 40), line=False)
    p.text(W / 2, 64, sender, 15, "center", font=HEI, line=False)
    p.text(W / 2, 82, "短信/彩信", 9, "center", grey, line=False)
    p.hline(0, W, 96, 0.5)

    def bubble_at(y, text, when):
        parts = wrap(text, 270, 13, 0, MICRO)
        h = 22 * len(parts) + 16
        p.text(W / 2, y, when, 9.5, "center", grey)
        p.rect(16, y + 12, 300, h, None, bubble, 0)
        yy = y + 36
        for part in parts:
            p.text(30, yy, part, 13)
            yy += 22
        return y + 12 + h + 24

    y = bubble_at(124, f"【{unit}】请各位同志于{year}年12月{25 + seed % 5}日前在人事系统"
                       f"提交{year}年度个人述职报告，逾期视为放弃。",
                  f"{year}-12-{15 + seed % 6:02d}")
    d = f"{year + 1}-01-{16 + seed % 12:02d}"
    tm = f"{9 + seed % 8}:{(seed // 3) % 60:02d}"
    y = bubble_at(y + 8, f"【{unit}】{name}同志：您{year}年度考核结果为“{result}”，"
                         "已经单位考核委员会审定并公示无异议。如有疑问请于5个工作日内"
                         "联系人事科（电话0772-28" f"{seed % 100000:05d}）。回复TD退订",
                  f"{d} {tm}")
    p.rect(14, H - 70, W - 80, 40, (200, 200, 200), (248, 248, 248), 0.8)
    p.text(28, H - 45, "短信", 12, color=(170, 170, 170), line=False)
    p.rect(W - 56, H - 70, 40, 40, None, (52, 199, 89), 0)
    p.text(W - 36, H - 45, "↑", 14, "center", (255, 255, 255), line=False)
    p.rect(W / 2 - 60, H - 12, 120, 4, None, (30, 30, 30), 0)
    return Built("annual_assessment", [p], _fields(name, year, result, unit))


@layout(LAYOUTS, "annual_assessment.zhuguan_dingdeng", accepts=lambda a: a["public"])
def zhuguan_dingdeng(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                     **_) -> Built:
    """The 年度考核登记表 of a small 事业单位 whose grade the 主管部门 fixes (units of fewer
    than a few dozen staff, with no 考核委员会 of their own, send their forms up, and the
    主管部门's 人事科 writes the 等次 in): a flatbed scan, slightly grey, of the portrait form —
    title in 黑体, 填报单位, a typed label grid (姓名 / 性别 / 出生年月 / 岗位 / 考核年度), the
    个人总结 box, the 单位意见 box that only proposes (经单位民主测评，报请主管部门审定), and the
    grade handwritten by pen in the 主管部门意见 box — 同意，定为{result}等次 — with the
    主管部门's own round seal (not the unit's) and a pen date; the unit's seal sits in the
    单位意见 box; single page."""
    from ._common import HEI

    boss = _zhuguan(unit)
    p = Page(*A4, background=(238, 238, 234), font=MING)
    p.rect(30, 24, 535, 796, None, (248, 248, 245), 0)
    p.text(297, 70, f"{year}年度事业单位工作人员年度考核登记表", 17, "center", font=HEI)
    p.text(62, 98, f"填报单位：{unit}", 10.5)
    p.text(533, 98, f"主管部门：{boss}", 10.5, "right")
    y = grid(p, 62, 108, [72, 110, 72, 70, 80, 67], [
        ["姓    名", name, "性    别", gender, "出生年月", dotted(birth)],
        ["岗    位", post, "考核年度", f"{year}年度", "", ""]], 28, 10.5)
    p.rect(62, y, 471, 250, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "个人总结：", 11, font=HEI)
    yy = y + 46
    for s in summary:
        yy = p.wrapped(84, yy, s, 436, 10.5, 19, first_indent=21)
    y += 250
    p.rect(62, y, 471, 130, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "单位意见：", 11, font=HEI)
    p.text(92, y + 50, "经单位民主测评和领导班子研究，报请主管部门审定。", 10.5)
    p.text(340, y + 94, "单位（盖章）", 10.5)
    p.text(340, y + 118, _date(year, seed), 10.5)
    p.seal(420, y + 84, 96, unit, seed=seed + 21, **ink(seed + 2))
    y += 130
    p.rect(62, y, 471, 150, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "主管部门意见：", 11, font=HEI)
    _hand(p, 110, y + 62, f"同意，定为{result}等次。", 17)
    p.text(340, y + 104, "主管部门（盖章）", 10.5)
    dd = f"{year + 1}.1.{20 + seed % 9}"
    _hand(p, 352, y + 132, dd, 13)
    p.seal(430, y + 98, 104, boss, seed=seed + 22, **ink(seed + 3))
    y += 150
    p.text(62, y + 24, "注：本表一式两份，一份存入本人档案，一份由单位留存。", 9,
           color=(80, 80, 80), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 18
# Drawn by another hand after round 17's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round18` (drawn only by the others18 profile).

@layout(LAYOUTS, "annual_assessment.gaozhi_qianshou")
def gaozhi_qianshou(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                    **_) -> Built:
    """The 年度考核结果告知签收表 a unit's 人事科 carries round the offices once the year's
    grades are settled (事业单位工作人员考核规定: each person is told the result in writing and
    may ask for a 复核 within 30 days; firms copy the practice as 考核结果确认签收表), which the
    applicant has photocopied from the 人事科's file: a landscape sheet, 单位（盖章） and
    {year}年度 over a ruled table (序号 / 姓名 / 科室 / 岗位 / 考核等次 / 本人签字 / 签收日期 /
    备注) of a dozen colleagues, the applicant one row among them; each person's signature and
    签收 date written by pen in his own row (one colleague away, 备注 休假 and no signature),
    the 复核 note at the foot, the 人事科 经办人 and the unit's seal over the printed date."""
    from ._common import HEI, PEN, other_people

    depts = (["办公室", "技术科", "财务科", "质量安全科", "业务一科"] if public else
             ["综合部", "技术部", "财务部", "工程部", "市场部"])
    others = other_people(f"qs:{unit}:{year}", 11)
    at = 2 + seed % 9
    people = []
    for oname, _g, _id in others:
        h = _hash(f"qs:{unit}:{year}:{oname}")
        people.append((oname, depts[h % len(depts)], OTHER_POSTS[(h >> 4) % len(OTHER_POSTS)],
                       "优秀" if h % 5 == 0 else "合格"))
    people.insert(at, (name, depts[(seed >> 3) % len(depts)], post, result))
    away = (at + 3 + seed % 5) % len(people)
    if away == at:
        away = (at + 1) % len(people)
    p = Page(*A4_LANDSCAPE, background=(240, 240, 236), font=MING)
    head = (f"{year}年度考核结果告知签收表" if public
            else f"{year}年度员工考核结果确认签收表")
    p.text(421, 58, head, 18, "center", font=HEI)
    p.text(46, 90, f"单位（盖章）：{unit}", 11)
    p.text(796, 90, f"告知时间：{year + 1}年1月", 11, "right")
    widths = [40, 80, 110, 110, 80, 130, 100, 102]
    rows = [["序号", "姓名", "科室（部门）", "岗位", "考核等次", "本人签字", "签收日期", "备注"]]
    for i, (n, d, ps, r) in enumerate(people, 1):
        rows.append([str(i), n, d, ps, r, "", "", "休假" if i - 1 == away else ""])
    x0, y0, rh = 46, 102, 28
    y = p.table(x0, y0, widths, rows, rh, 11)
    from ..layout import Text

    sx = x0 + sum(widths[:5])
    day0 = 10 + seed % 8
    for i, (n, *_rest) in enumerate(people):
        if i == away:
            continue
        h = _hash(f"sig:{n}:{year}")
        base = y0 + (i + 1) * rh + rh / 2 + 5
        p.items.append(Text(sx + 22 + h % 30, base + (h >> 5) % 3 - 1, n, 14, "left", PEN, KAI))
        p.items.append(Text(sx + widths[5] + 20 + (h >> 7) % 12, base,
                            f"{year + 1}.1.{day0 + (h >> 9) % 3}", 11.5, "left", PEN, KAI))
    note = ("说明：本人对考核结果有异议的，可自签收之日起30日内向单位考核委员会申请复核。" if public
            else "说明：员工对考核结果有异议的，可自签收之日起15日内向人力资源部申请复核。")
    p.text(46, y + 24, note, 10)
    p.text(46, y + 50, "经办人：人事科", 10.5)
    p.text(790, y + 50, unit, 11.5, "right")
    p.text(790, y + 74, cn(f"{year + 1}-01-{day0 - 2:02d}"), 11.5, "right")
    p.seal(790 - text_width(unit, 11.5, MING) / 2, y + 50, 92, unit, seed=seed + 181,
           **ink(seed + 2))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.renshi_daili_jianding")
def renshi_daili_jianding(*, name, gender, birth, unit, post, year, result, summary, public,
                          seed=0, **_) -> Built:
    """The 人事代理人员年度考核登记表 the city's 人才服务中心 hands out to the units whose staff
    it keeps the 流动人员人事档案 for (人事代理: firms' employees and 编外 staff of 事业单位),
    filled in by the employing unit and sent back to be put in the file, photographed by the
    applicant on a desk with a phone before it went in: the centre's form (柳州市人才服务中心制
    at the foot, 档案编号 at the top right, the title in 黑体), a typed grid (姓名 / 性别 /
    出生年月 / 用人单位 / 岗位 / 考核年度), the 个人总结 box, the 用人单位考核意见 box whose
    printed sentence ends in a blank where the grade is written by pen (考核等次：优秀), the
    unit's seal over a pen date, and the centre's blue rectangular 已归档 stamp in the last
    box (人事代理机构意见); single page."""
    from ._common import HEI, desk

    p = Page(*A4, font=MING)
    desk(p, seed, 30, 26, 535, 792, paper=(250, 249, 243))
    no = f"LZRC{year - 2000 - 3 - seed % 6:02d}{(seed * 7) % 100000:05d}"
    p.text(530, 56, f"档案编号：{no}", 9.5, "right")
    p.text(297, 90, "人事代理人员年度考核登记表", 18, "center", font=HEI)
    p.text(297, 114, f"（{year}年度）", 12, "center")
    y = grid(p, 62, 128, [70, 110, 70, 70, 78, 73], [
        ["姓    名", name, "性    别", gender, "出生年月", dotted(birth)]], 28, 10.5)
    y = grid(p, 62, y, [70, 401], [["用人单位", unit]], 28, 10.5)
    y = grid(p, 62, y, [70, 110, 70, 221], [["岗    位", post, "考核年度", f"{year}年"]],
             28, 10.5)
    p.rect(62, y, 471, 230, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "个人总结（述职）：", 11, font=HEI)
    yy = y + 46
    for s in summary:
        yy = p.wrapped(84, yy, s, 436, 10.5, 20, first_indent=21)
    y += 230
    p.rect(62, y, 471, 160, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "用人单位考核意见：", 11, font=HEI)
    p.text(92, y + 52, "经单位考核，该同志本年度考核等次为：", 11)
    _hand(p, 292, y + 54, result, 16, label="考核等次：")
    p.text(330, y + 100, "单位（盖章）", 10.5)
    _hand(p, 340, y + 132, f"{year + 1}年1月{12 + seed % 14}日", 13)
    p.seal(410, y + 100, 100, unit, seed=seed + 182, **ink(seed + 4))
    y += 160
    p.rect(62, y, 471, 120, (0, 0, 0), None, 0.8)
    p.text(72, y + 22, "人事代理机构意见：", 11, font=HEI)
    blue = (40, 70, 160)
    p.rect(300, y + 38, 190, 62, blue, None, 1.6)
    p.text(395, y + 60, "柳州市人才服务中心", 11, "center", blue, line=False, font=HEI)
    p.text(395, y + 78, "档案材料 已归档", 11, "center", blue, line=False, font=HEI)
    p.text(395, y + 94, f"{year + 1}.02.{10 + seed % 18:02d}", 10, "center", blue, line=False)
    y += 120
    p.text(62, y + 22, "注：本表由用人单位填写，一式一份，存入本人档案。", 9, color=(80, 80, 80))
    p.text(533, y + 22, "柳州市人才服务中心制", 9, "right", (80, 80, 80))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 19
# Drawn by another hand after round 18's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round19` (drawn only by the others19 profile).

@layout(LAYOUTS, "annual_assessment.xitong_huizong_daochu", cn_dates=False,
        accepts=lambda a: a["public"])
def xitong_huizong_daochu(*, name, gender, birth, unit, post, year, result, summary, public,
                          seed=0, **_) -> Built:
    """The 年度考核结果汇总表 a 事业单位 exports from its 主管部门's 年度考核备案系统 (the
    city 教育局's 教职工管理系统 for a school, the 人社局's 事业单位人事管理信息系统 for other
    units) once the grades are entered, printed landscape on the office printer and sealed
    by the unit, which applicants upload in place of their own form: the system's grey
    header strip (系统名称 / 导出时间 / 操作员), the title with the year, 填报单位 with the unit,
    a zebra-striped roster of every member of staff (序号 / 姓名 / 性别 / 出生年月 / 岗位 /
    考核等次 / 备注), the applicant one row among colleagues ordered by the system's 人员编号,
    the count line (优秀 N 人 / 合格 N 人), 第1页 共1页 and the unit's seal over a dashed
    date (2022-01-18) at the foot; single page."""
    from ._common import HEI, other_people

    school = any(w in unit for w in ("学校", "中学", "小学", "幼儿园"))
    system = ("柳州市教育局教职工管理信息系统" if school
              else "柳州市事业单位人事管理信息系统")
    p = Page(*A4_LANDSCAPE, font=MICRO)
    p.rect(0, 0, 842, 34, None, (228, 230, 234), 0)
    p.text(30, 22, f"{system}  >  年度考核  >  结果汇总导出", 9, color=(90, 90, 96))
    day = 10 + seed % 15
    p.text(812, 22, f"导出时间：{year + 1}-01-{day:02d} 09:{seed % 60:02d}  操作员：rsk01",
           9, "right", color=(90, 90, 96))
    staff = "教职工" if school else "工作人员"
    p.text(421, 72, f"{year}年度{staff}年度考核结果汇总表", 18, "center", font=HEI)
    p.text(50, 100, f"填报单位（盖章）：{unit}", 11)
    others = other_people(f"{unit}:{year}:huizong", 9)
    grades = ["合格"] * 9
    for i in (seed % 9, (seed // 9) % 9):
        grades[i] = "优秀"
    at = 2 + seed % 7
    people = [(n, g, f"{i[6:10]}.{i[10:12]}", post if k % 3 == 0 else ("专业技术人员"
               if not school else "二级教师"), grades[k]) for k, (n, g, i) in
              enumerate(others)]
    people.insert(at, (name, gender, dotted(birth)[:7], post, result))
    widths = [50, 110, 60, 110, 180, 110, 122]
    rows = [["序号", "姓名", "性别", "出生年月", "岗位", "考核等次", "备注"]]
    rows += [[str(k + 1), n, g, b, ps, r, ""] for k, (n, g, b, ps, r) in enumerate(people)]
    for k in range(1, len(rows)):
        if k % 2 == 0:
            p.rect(50, 116 + k * 26, sum(widths), 26, None, (240, 242, 246), 0)
    y = p.table(50, 116, widths, rows, 26, 10.5)
    good = sum(1 for r in rows[1:] if r[5] == "优秀")
    p.text(50, y + 24, f"合计：{len(people)}人，其中优秀{good}人，合格{len(people) - good}人，"
           "基本合格0人，不合格0人。", 10.5)
    p.text(50, y + 48, "单位负责人：          填表人：          联系电话：", 10.5)
    p.text(640, y + 84, f"{year + 1}-01-{day:02d}", 11)
    p.seal(700, y + 44, 104, unit, seed=seed + 6, **ink(seed + 2))
    p.text(421, 580, "第1页  共1页", 9, "center", color=(110, 110, 110))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.youxiu_rongyu_zhengshu", cn_dates=False,
        accepts=lambda a: a["result"] == "优秀")
def youxiu_rongyu_zhengshu(*, name, gender, birth, unit, post, year, result, summary, public,
                           seed=0, **_) -> Built:
    """The 荣誉证书 a unit hands out at its spring 表彰大会 to the staff graded 优秀 the year
    before (firms and 事业单位 alike print them on the red 荣誉证书 folder bought at the
    stationer's, the inside page run through the office printer), photographed by the
    applicant with a phone, the folder lying open on a desk: only the right-hand inside
    leaf, portrait, a cream page with a gold double border and a red 荣誉证书 in 黑体, the
    证书编号 at the top, the text in 楷体 (张三同志：在2021年度考核中，被评为优秀等次。
    特发此证，以资鼓励。) with the name on its own line, and the unit's seal overlapping the
    unit's name over a date in 〇-numerals (二〇二二年一月十八日); single page."""
    from ._common import HEI, desk

    p = Page(*A4, font=KAI)
    desk(p, seed + 1, 52, 40, 491, 760, paper=(252, 246, 226))
    gold = (190, 150, 60)
    p.rect(70, 58, 455, 724, gold, None, 3.0)
    p.rect(80, 68, 435, 704, gold, None, 0.8)
    p.text(480, 104, f"证书编号：RY{year + 1}{seed % 1000:03d}", 10, "right", font=MING)
    p.text(297, 200, "荣 誉 证 书", 40, "center", color=(200, 30, 30), font=HEI)
    p.text(120, 300, f"{name} 同志：", 22)
    body = f"在{year}年度考核中，被评为优秀等次。"
    y = p.wrapped(110, 360, body, 400, 20, 40, first_indent=40)
    p.text(150, y + 10, "特发此证，以资鼓励。", 20)
    p.text(470, y + 150, unit, 16, "right")
    p.text(470, y + 186, cn_upper(f"{year + 1}-0{1 + seed % 3}-{10 + seed % 15}"), 16,
           "right")
    p.seal(470 - text_width(unit, 16, KAI) / 2, y + 160, 124, unit, seed=seed + 6,
           **ink(seed))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 20
# Drawn by another hand after round 19's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round20` (drawn only by the others20 profile).

def _depts(unit: str) -> tuple[str, ...]:
    """Offices a unit of this sort has (a school's 教研组, a hospital's 科室, a firm's 部门)."""
    if any(w in unit for w in ("学校", "中学", "小学", "幼儿园")):
        return ("语文组", "数学组", "英语组", "政教处", "教务处")
    if "医院" in unit:
        return ("内科", "外科", "护理部", "药剂科", "检验科")
    return ("综合办公室", "技术部", "工程部", "财务部", "质量安全部")


@layout(LAYOUTS, "annual_assessment.jiangjin_fafang")
def jiangjin_fafang(*, name, gender, birth, unit, post, year, result, summary, public,
                    seed=0, **_) -> Built:
    """The payroll sheet on which the year's grade pays out, which applicants get from the
    财务科 when the 考核表 itself cannot be found: a 事业单位's 年度考核一次性奖金发放表
    (工资政策: staff graded 合格 or better get a one-off bonus of one month's 基本工资 in
    January; 基本合格 and 不合格 get none) or a firm's 年终绩效奖金发放表 (the bonus times a
    grade factor); printed landscape from the payroll spreadsheet: the title, 单位（盖章）
    with the unit, 发放月份 and 金额单位：元, a ruled table (序号 / 姓名 / 部门 / 岗位 /
    {year}年度考核等次 / 发放标准 / 应发金额 / 代扣个税 / 实发金额 / 领款人签字) with the
    applicant one row among colleagues (a 基本合格 colleague paid nothing, 不发放), every
    name signed by pen in the last column, the 合计 row, the 说明 on who is paid, the
    单位负责人 / 财务审核 / 制表 line and the unit's seal over the 制表日期; single page."""
    from ._common import HEI, PEN, other_people

    p = Page(*A4_LANDSCAPE, font=MING)
    title = (f"{year}年度考核一次性奖金发放表" if public else f"{year}年度年终绩效奖金发放表")
    p.text(421, 58, title, 20, "center", font=HEI)
    day = 15 + seed % 12
    p.row([(40, f"单位（盖章）：{unit}", 92), (520, f"发放月份：{year + 1}年1月", 92),
           (700, "金额单位：元", 92)], 11)
    depts = _depts(unit)
    others = other_people(f"{unit}:{year}:jiangjin", 8)
    grades = ["合格"] * 8
    grades[seed % 8] = "优秀"
    grades[(seed // 8) % 8] = "基本合格" if (seed // 8) % 8 != seed % 8 else "优秀"
    base = 2600 + seed % 9 * 110
    factor = {"优秀": 1.5, "合格": 1.0, "基本合格": 0.5, "不合格": 0.0}
    people = [(n, depts[k % len(depts)], post if k % 3 == 0 else "专业技术人员", g)
              for k, ((n, _g, _i), g) in enumerate(zip(others, grades))]
    at = 1 + seed % 7
    people.insert(at, (name, depts[seed % len(depts)], post, result))
    head = ["序号", "姓名", "部门", "岗位", f"{year}年度考核等次", "发放标准", "应发金额",
            "代扣个税", "实发金额", "领款人签字"]
    rows, total = [head], 0
    for k, (n, d, ps, g) in enumerate(people):
        pay_base = base + (k * 137 + seed) % 700
        if public:
            due = pay_base if g in ("优秀", "合格") else 0
            std = "一个月基本工资" if due else "不发放"
        else:
            due = int(pay_base * factor[g])
            std = f"月基本工资×{factor[g]:g}" if due else "不发放"
        tax = int(due * 0.03)
        total += due - tax
        rows.append([str(k + 1), n, d, ps, g, std, f"{due:,}.00" if due else "0.00",
                     f"{tax:,}.00" if tax else "0.00", f"{due - tax:,}.00" if due else "0.00",
                     ""])
    rows.append(["合计", "", "", "", "", "", "", "", f"{total:,}.00", ""])
    widths = [40, 70, 80, 96, 96, 110, 78, 66, 78, 72]
    y0 = 106
    y = p.table(40, y0, widths, rows, 25, 10)
    sx = 40 + sum(widths[:-1])
    for k, (n, _d, _ps, g) in enumerate(people):
        if rows[k + 1][8] != "0.00":
            p.text(sx + 36 + (k % 3 - 1) * 4, y0 + (k + 1) * 25 + 18, n, 12.5, "center", PEN,
                   line=False, font=KAI)
    note = ("说明：根据事业单位工作人员考核规定及有关工资政策，年度考核确定为合格及以上等次的，"
            "发放本年度一次性奖金，标准为本人当年十二月份基本工资；基本合格、不合格不发放。"
            if public else
            "说明：依据公司《员工绩效考核管理办法》，年终绩效奖金＝月基本工资×等次系数"
            "（优秀1.5、合格1.0、基本合格0.5、不合格0）。")
    y = p.wrapped(40, y + 22, note, 720, 9.5, 15)
    p.text(40, y + 14, "单位负责人：              财务审核：              制表：", 11)
    p.text(620, y + 14, f"制表日期：{year + 1}年1月{day}日", 11)
    p.seal(690, y + 2, 104, unit, seed=seed + 6, **ink(seed + 3))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


def _box_tick(p: Page, x: float, y: float, label: str, ticked: bool, size: float = 12,
              ink_color=(20, 20, 20)) -> float:
    """A printed □ followed by its label; a pen tick through the box when `ticked`.
    Returns the x after the label."""
    p.rect(x, y - size * 0.85, size * 0.9, size * 0.9, (40, 40, 40), None, 0.9)
    if ticked:
        p.items.append(Line(x + size * 0.12, y - size * 0.45, x + size * 0.38, y - 0.5, 1.8))
        p.items.append(Line(x + size * 0.38, y - 0.5, x + size * 1.05, y - size * 1.1, 1.8))
        for it in p.items[-2:]:
            it.color = ink_color
    p.text(x + size * 1.2, y, label, size, line=False)
    return x + size * 1.2 + text_width(label, size, p.font) + size * 1.3


@layout(LAYOUTS, "annual_assessment.saomiao_heibai", pages=2)
def saomiao_heibai(*, name, gender, birth, unit, post, year, result, summary, public,
                   seed=0, **_) -> Built:
    """A two-page 专业技术人员年度考核表 (the 人事科's Word form, printed on both sides of
    one A4 sheet and filled in on a computer, the signatures and the grade's tick by pen)
    that the applicant digitised with a phone scanning app (扫描全能王 and its like) using
    the 黑白 (black-and-white) enhancement filter, so the pages are pure white, the print
    hard black and the unit's red seal comes out a dark grey disc; the app's small grey
    扫描全能王 创建 tag in each lower right corner and its 1/2, 2/2 page marks. Page one:
    the title with the year in brackets, the particulars grid (姓名 / 性别 / 出生年月 /
    工作单位 / 岗位 / 考核年度), the 个人述职 box with the 本人签名 line and the 主要工作
    业绩 table (项目 / 完成情况 / 自评); page two: 被考核人 at the top, the 部门（科室）
    评价意见, the 考核等次 row of four printed boxes (□优秀 □合格 □基本合格 □不合格) with
    one ticked by pen — the grade is only the tick —, the 单位考核委员会（领导小组）意见
    with the grey seal over the unit's name and the date, and the 本人意见 box signed."""
    from ._common import HEI, wrap_cjk

    black = (18, 18, 18)
    kind = "事业单位专业技术人员" if public else "专业技术人员"
    p1 = Page(*A4, background=(255, 255, 255), font=MING)
    p1.text(297, 72, f"{kind}年度考核表", 19, "center", black, font=HEI)
    p1.text(297, 98, f"（{year}年度）", 13, "center", black)
    x0, widths = 56, [78, 112, 62, 72, 84, 75]
    rows = [["姓  名", name, "性  别", gender, "出生年月", dotted(birth)],
            ["工作单位", unit, "", "", "", ""],
            ["岗  位", post, "", "", "考核年度", f"{year}年"]]
    y = 116
    total = sum(widths)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    rh = 30
    for r, cells in enumerate(rows):
        top = y + r * rh
        cuts = xs if r == 0 else ([xs[0], xs[1], xs[6]] if r == 1
                                  else [xs[0], xs[1], xs[4], xs[5], xs[6]])
        for x in cuts:
            p1.items.append(Line(x, top, x, top + rh, 0.9))
        base = top + rh / 2 + 4
        for c, cell in enumerate(cells):
            if cell:
                left = c in (1,) and r > 0
                cx = xs[c] + 8 if left else xs[c] + widths[c] / 2
                p1.text(cx, base, cell, 11, "left" if left else "center", black, line=False)
        p1.lines.append(" ".join(c for c in cells if c))
    for r in range(len(rows) + 1):
        p1.hline(x0, x0 + total, y + r * rh, 0.9)
    y += len(rows) * rh
    top = y
    p1.text(x0 + 10, y + 22, "个人述职（本年度思想政治表现、履行岗位职责、完成工作任务情况）：",
            11, color=black)
    yy = y + 46
    more = [f"一年来，本人在{unit}{post}岗位上，坚持学习业务知识和行业规范，按时完成各项任务，"
            "无违法违纪行为。",
            "不足之处：新技术应用和总结提炼还不够，下一年度将加强学习，提高工作质量。"]
    for s in [*summary, *more]:
        yy = wrap_cjk(p1, x0 + 18, yy, s, total - 36, 11, 20, first_indent=22)
    p1.text(x0 + 300, yy + 18, f"本人签名：{name}", 11, color=black)
    p1.text(x0 + 300, yy + 40, f"{year + 1}年1月{6 + seed % 4}日", 11, color=black)
    yy += 56
    p1.rect(x0, top, total, yy - top, black, None, 0.9)
    p1.text(x0, yy + 30, "主要工作业绩：", 11.5, color=black, font=HEI)
    items = [["序号", "项目（任务）", "完成情况", "自评"],
             ["1", "岗位职责范围内的专业技术工作", "按期完成", "良好"],
             ["2", "参与单位重点项目（课题）", "按计划完成", "良好"],
             ["3", "业务学习与继续教育", "完成规定学时", "完成"],
             ["4", "安全生产与劳动纪律", "无事故、无违纪", "完成"]]
    p1.table(x0, yy + 42, [50, 210, 130, 93], items, 26, 10.5)
    p1.rect(462, 800, 112, 22, None, (236, 236, 236), 0)
    p1.text(518, 815, "扫描全能王 创建", 9, "center", (120, 120, 120), line=False)
    p1.text(297, 824, "1/2", 9, "center", (120, 120, 120), line=False)

    p2 = Page(*A4, background=(255, 255, 255), font=MING)
    p2.text(x0, 62, f"被考核人：{name}        考核年度：{year}年度", 11, color=black)
    y = 80
    boxes = [("部门（科室）评价意见", 150), ("考核等次", 70),
             ("单位考核委员会（领导小组）意见", 190), ("本人意见", 110)]
    for label, h in boxes:
        p2.rect(x0, y, total, h, black, None, 0.9)
        p2.text(x0 + 10, y + 22, f"{label}：", 11.5, color=black, font=HEI)
        if label.startswith("部门"):
            opinion = (f"该同志{year}年度工作认真负责，专业能力较强，服从安排，团结同事，"
                       "较好地完成了岗位职责和部门交办的各项任务。")
            yy = p2.wrapped(x0 + 18, y + 48, opinion, total - 36, 11, 20, first_indent=22)
            p2.text(x0 + 230, y + h - 16, f"部门负责人：          {year + 1}年1月"
                    f"{8 + seed % 4}日", 11, color=black)
        elif label == "考核等次":
            x = x0 + 40
            for b in BOXES:
                x = _box_tick(p2, x, y + 52, b, b == result, 13)
            p2.lines.append(" ".join(("√" if b == result else "□") + b for b in BOXES))
        elif label.startswith("单位"):
            p2.text(x0 + 40, y + 56, "经单位考核委员会审定，同意上述考核等次。",
                    11.5, color=black)
            p2.text(x0 + 440, y + 120, f"{unit}（盖章）", 11, "right", black)
            p2.text(x0 + 440, y + 150, f"{year + 1}年1月{12 + seed % 8}日", 11, "right", black)
            p2.seal(x0 + 400 - text_width(f"{unit}（盖章）", 11, MING) / 2, y + 118, 108, unit,
                    seed=seed + 6, color=(58, 58, 58), strength=0.9)
        else:
            p2.text(x0 + 40, y + 54, "本人已知悉考核结果，无异议。", 11.5, color=black)
            p2.text(x0 + 300, y + 88, "签名：", 11, color=black, line=False)
            p2.text(x0 + 334, y + 89, name, 14, color=black, font=KAI, line=False)
            p2.lines.append(f"签名：{name}")
        y += h
    p2.text(x0, y + 26, "注：考核等次在相应方框内划“√”；本表一式两份，一份存入本人档案。", 9.5,
            color=black)
    p2.rect(462, 800, 112, 22, None, (236, 236, 236), 0)
    p2.text(518, 815, "扫描全能王 创建", 9, "center", (120, 120, 120), line=False)
    p2.text(297, 824, "2/2", 9, "center", (120, 120, 120), line=False)
    return Built("annual_assessment", [p1, p2], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 21
# Drawn by another hand after round 20's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round21` (drawn only by the others21 profile).

@layout(LAYOUTS, "annual_assessment.dangan_shenhebiao")
def dangan_shenhebiao(*, name, gender, birth, unit, post, year, result, summary, public,
                      seed=0, **_) -> Built:
    """The 职称申报人员人事档案审核表 that many 职称 notices require with the application
    (申报材料须与本人人事档案记载一致): the office keeping the file — a 事业单位's 人事科,
    or for a firm's staff the unit together with the 人才服务中心 that holds the 流动人员
    档案 — checks the claims against the file item by item and signs; printed from the
    notice's Word 附件, filled in on a computer, the 审核人 / 复核人 names written by pen,
    then scanned in colour (single page). At the top left 附件5, the title in 黑体, 填报
    单位 and 档案保管单位 on one line; a 审核项目 / 档案记载情况 / 审核结论 table (出生日期,
    参加工作时间, 学历, 现岗位, then one row per year of the three last 年度考核 — the last
    row the year in question — each as 登记表在档，等次：合格 with 一致 in the last column);
    the 审核意见 box in prose (经审核，该同志{year}年度考核等次为优秀，与档案记载一致。) and
    the unit's seal over a date in Chinese numerals with 〇."""
    from ._common import HEI, PEN

    h = _hash(name + unit + "r21dash")
    p = Page(*A4, background=(252, 252, 249), font=MING)
    p.text(56, 52, "附件5", 11, font=HEI)
    p.text(297, 88, "职称申报人员人事档案审核表", 19, "center", font=HEI)
    keeper = "本单位人事科" if public else "柳州市人才服务中心（托管）"
    p.text(56, 120, f"填报单位：{unit}", 10.5)
    p.text(540, 120, f"档案保管单位：{keeper}", 10.5, "right")
    work = int(birth[:4]) + 22 + h % 3
    edu = ("大学本科", "大学专科", "大学本科")[h % 3]
    rows = [["审核项目", "档案记载情况", "审核结论"],
            ["姓    名", f"{name}（{gender}）", "一致"],
            ["出生日期", f"{int(birth[:4])}年{int(birth[5:7])}月{int(birth[8:10])}日", "一致"],
            ["参加工作时间", f"{work}年{7 + h % 2}月", "一致"],
            ["最高学历", f"{edu}（学历证书复印件在档）", "一致"],
            ["现任岗位", post, "一致"]]
    for k in (2, 1, 0):
        yr = int(year) - k
        grade = result if k == 0 else "合格"
        rows.append([f"{yr}年度考核", f"考核登记表在档，等次：{grade}", "一致"])
    y = p.table(56, 134, [120, 270, 93], rows, 30, 11)
    p.rect(56, y, 483, 190, (0, 0, 0), None, 0.8)
    p.text(66, y + 24, "审核意见：", 11.5, font=HEI)
    y2 = p.wrapped(84, y + 52, f"经对照本人人事档案逐项审核，{name}同志申报材料中所填"
                   f"个人信息与档案记载一致；该同志{year}年度考核等次为{result}，"
                   "与档案记载一致。", 440, 11.5, 22, first_indent=23)
    p.text(66, y + 160, "审核人：", 11, line=False)
    p.text(122, y + 162, ("韦", "覃", "莫", "黄")[h % 4] + ("丽华", "敏", "建新")[h % 3], 14,
           color=PEN, font=KAI, line=False)
    p.text(200, y + 160, "复核人：", 11, line=False)
    p.text(256, y + 162, ("陆", "蒙", "梁")[h % 3] + ("志强", "红")[h % 2], 14, color=PEN,
           font=KAI, line=False)
    p.lines.append("审核人： 复核人：")
    when = cn_upper(f"{int(year) + 2}-0{3 + h % 3}-{6 + h % 20:02d}")
    p.text(520, max(y2 + 20, y + 126), f"{unit}（盖章）", 11, "right")
    p.text(520, y + 160, when, 11, "right")
    p.seal(520 - text_width(f"{unit}（盖章）", 11, MING) / 2, y + 116, 108, unit,
           seed=seed + 2101, **ink(seed + 1))
    y += 190
    p.wrapped(56, y + 24, "说明：1．本表由档案保管单位对照本人人事档案逐项填写；2．年度考核"
              "须填写近三年考核等次；3．审核结论填“一致”或“不一致”，不一致的须注明原因。",
              483, 9.5, 16)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


def _portal_host(unit: str, public: bool) -> str:
    """A made-up portal address for the unit: lzsz + a hash, .gov.cn-style for 事业单位."""
    key = sum(ord(c) for c in unit) % 9000 + 1000
    return f"www.lz{key}.org.cn" if public else f"www.lz{key}-group.com"


@layout(LAYOUTS, "annual_assessment.menhu_wangzhan_gongshi", cn_dates=False)
def menhu_wangzhan_gongshi(*, name, gender, birth, unit, post, year, result, summary, public,
                           seed=0, **_) -> Built:
    """A desktop screenshot of the 通知公告 page on the unit's own 门户网站 (the portal most
    事业单位, hospitals, schools and larger firms run, where the 考核结果公示 is posted as a
    news item beside the notice board), saved by the applicant with the browser window
    whole: the browser's tab strip and address bar (https:// the portal's address /tzgg/…),
    the site's blue banner with the unit's name and its menu (首页 / 单位概况 / 新闻动态 /
    通知公告 / 党建工作 / 联系我们), the breadcrumb 当前位置：首页 > 通知公告, the item's
    title 关于{year}年度考核优秀等次人员的公示 (or 考核结果的公示), the grey 发布时间 / 来源 /
    浏览次数 line, the paragraph and a ruled table of the staff (序号 / 姓名 / 部门 / 岗位 /
    考核等次) with the applicant among colleagues, the 公示期 and 监督电话 and the unit's
    name with the date in figures; the Windows taskbar's clock at the foot; no seal;
    landscape, single page."""
    from ._common import HEI, other_people

    h = _hash(name + unit + "r21menhu")
    W, H = 842.0, 560.0
    p = Page(W, H, background=(255, 255, 255), font=MICRO)
    grey = (120, 120, 120)
    p.rect(0, 0, W, 30, None, (222, 225, 230), 0)
    p.rect(10, 6, 210, 24, None, (255, 255, 255), 0)
    p.text(22, 22, f"通知公告-{unit}"[:20], 9, color=(60, 60, 60), line=False)
    p.text(208, 22, "×", 9, color=grey, line=False)
    p.text(236, 22, "+", 12, color=grey, line=False)
    p.text(W - 16, 21, "—   □   ×", 10, "right", (60, 60, 60), line=False)
    p.rect(0, 30, W, 30, None, (255, 255, 255), 0)
    p.text(14, 50, "←  →  ↻", 11, color=(90, 90, 90), line=False)
    p.rect(80, 36, 640, 19, None, (241, 243, 244), 0)
    pub = f"{year + 1}-01-{6 + h % 14:02d}"
    url = f"https://{_portal_host(unit, public)}/tzgg/{pub[:7].replace('-', '')}/t{pub}_" \
          f"{h % 90000 + 10000}.html"
    p.text(92, 49, url, 9, color=(70, 70, 70), line=False)
    p.hline(0, W, 60, 0.5)
    blue = (20, 78, 156)
    p.rect(0, 60, W, 56, None, blue, 0)
    p.text(60, 96, unit, 20, color=(255, 255, 255), font=HEI)
    p.rect(0, 116, W, 24, None, (14, 60, 124), 0)
    menu = ("首页", "单位概况", "新闻动态", "通知公告", "党建工作", "联系我们")
    for k, m in enumerate(menu):
        if m == "通知公告":
            p.rect(60 + k * 110, 116, 96, 24, None, (226, 140, 30), 0)
        p.text(108 + k * 110, 133, m, 10.5, "center", (255, 255, 255), line=False)
    p.text(60, 160, "当前位置：首页 > 通知公告", 9, color=grey)
    p.hline(60, W - 60, 168, 0.4)
    what = "考核优秀等次人员" if result == "优秀" else "考核结果"
    title = f"关于{year}年度{what}的公示"
    p.text(W / 2, 196, title, 16, "center", (30, 30, 30), font=HEI)
    p.text(W / 2, 218, f"发布时间：{pub}    来源：人事科    浏览次数：{60 + h % 900}", 9,
           "center", grey)
    p.hline(100, W - 100, 228, 0.4)
    body = (f"根据年度考核工作安排，经个人述职、民主测评、考核小组审核，现将{year}年度"
            f"{'考核优秀等次人员名单' if result == '优秀' else '考核结果'}予以公示，"
            f"公示期为{pub}至{year + 1}年1月{int(pub[8:]) + 6}日。如有异议，请在公示期内"
            f"以书面形式向考核领导小组办公室反映（电话：0772-{2100000 + h % 900000}）。")
    y = p.wrapped(100, 250, body, W - 200, 10.5, 19, first_indent=21)
    depts = ("办公室", "技术科", "业务科", "财务科", "质量科", "综合科")
    staff = other_people(f"menhu:{unit}:{year}", 6)
    grade = result
    rows = [["序号", "姓名", "部门", "岗位", "考核等次"]]
    for k, (o, _g, _i) in enumerate(staff):
        g = "优秀" if result == "优秀" or k in (h % 6,) else "合格"
        kind = ("专业技术", "管理", "工勤技能")[k % 3] + "岗位"
        rows.append(["", o, depts[(h + k) % 6], kind, g])
    rows.insert(1 + h % 6, ["", name, depts[h % 6], post, grade])
    for k in range(1, len(rows)):
        rows[k][0] = str(k)
    y = p.table(170, y + 6, [50, 90, 110, 150, 100], rows, 20, 9.5)
    p.text(W - 170, y + 24, unit, 10.5, "right")
    p.text(W - 170, y + 42, pub, 10.5, "right")
    p.rect(0, H - 28, W, 28, None, (32, 36, 44), 0)
    p.text(16, H - 10, "■", 12, color=(255, 255, 255), line=False)
    p.text(W - 14, H - 16, f"{9 + h % 8}:{h % 60:02d}", 8.5, "right", (235, 235, 235),
           line=False)
    p.text(W - 14, H - 5, pub.replace("-", "/"), 7.5, "right", (235, 235, 235), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=None)


# --------------------------------------------------------------------------- round 22
# Drawn by another hand after round 21's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round22` (drawn only by the others22 profile).

def _r22_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.neibu_jianbao",
        accepts=lambda a: a["result"] in ("优秀", "合格"))
def neibu_jianbao(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                  **_) -> Built:
    """A page of the unit's own 工作简报 (the internal bulletin 办公室 prints every few weeks,
    marked 内部资料 注意保存, and files in the 文书档案), which applicants whose 考核表 is lost
    photocopy from the archive: the red masthead 工作简报 in large type, 第N期 under it, the
    编印单位 ({unit}办公室) at the left and the issue date at the right over a red double rule;
    the lead item 我院（公司）圆满完成2021年度考核工作 in 黑体, a prose paragraph on how the
    year's 考核 ran (述职、民主测评、考核小组审核、公示无异议) with the counts, then the names
    grouped by grade (优秀等次： … / 合格等次： …, separated by 、), a second short item below
    the separator, and the 报 / 送 / 发 distribution lines and 共印N份 between two thin rules at
    the foot. A bulletin carries no seal; greyish photocopy; single page."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r22_hash(name + unit + str(year) + "r22jb")
    red = (200, 30, 36)
    p = Page(*A4, background=(244, 243, 239), font=MING)
    p.text(297, 92, "工 作 简 报", 38, "center", red, font=HEI)
    p.text(297, 128, f"（{year + 1}年第{1 + h % 3}期 总第{60 + h % 140}期）", 11.5, "center")
    p.text(60, 160, f"{unit}办公室编", 11)
    p.text(535, 160, cn(f"{year + 1}-01-{18 + seed % 10:02d}"), 11, "right")
    p.text(535, 60, "内部资料  注意保存", 9.5, "right", (90, 90, 90))
    p.rect(60, 168, 475, 2.4, None, red, 0)
    p.rect(60, 173, 475, 0.8, None, red, 0)
    who, whole = ("我单位", "全单位") if public else ("公司", "全公司")
    p.text(297, 214, f"{who}圆满完成{year}年度考核工作", 17, "center", font=HEI)
    others = [o[0] for o in other_people(f"{unit}{year}jb", 14)]
    excellent = others[:2 + h % 2]
    fine = others[len(excellent):]
    if result == "优秀":
        excellent.insert(h % (len(excellent) + 1), name)
    else:
        fine.insert(h % (len(fine) + 1), name)
    total = len(excellent) + len(fine)
    text = (f"根据年度考核工作安排，{who}于{year + 1}年1月组织开展了{year}年度考核工作。"
            "本次考核按照个人述职、民主测评、考核小组审核评定、结果公示等程序进行，"
            f"公示期间无异议。{whole}参加年度考核{total}人，"
            f"其中确定为优秀等次{len(excellent)}人，合格等次{len(fine)}人。现将考核结果通报如下：")
    y = wrap_cjk(p, 72, 252, text, 451, 12.5, 25, first_indent=25)
    y = wrap_cjk(p, 72, y + 6, "优秀等次：" + "、".join(excellent), 451, 12.5, 25,
                  first_indent=25)
    y = wrap_cjk(p, 72, y + 2, "合格等次：" + "、".join(fine), 451, 12.5, 25, first_indent=25)
    y = wrap_cjk(p, 72, y + 6, "希望受到表彰的同志再接再厉，全体职工以先进为榜样，"
                  f"扎实做好{year + 1}年各项工作。", 451, 12.5, 25, first_indent=25)
    p.hline(200, 395, y + 8, 0.6)
    p.text(297, y + 44, "召开年度工作总结表彰大会", 15, "center", font=HEI)
    wrap_cjk(p, 72, y + 78, f"{year + 1}年1月下旬，{who}召开年度工作总结表彰大会，"
              "总结上一年度工作，部署新一年重点任务，并对年度考核优秀人员进行表彰。",
              451, 12.5, 25, first_indent=25)
    p.hline(60, 535, 744, 0.8)
    p.text(60, 764, "报：主管部门领导", 10.5)
    p.text(60, 784, "送：各科室、各部门    发：全体职工", 10.5)
    p.hline(60, 535, 794, 0.8)
    p.text(535, 812, f"共印{30 + h % 40}份", 10, "right")
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=None)


@layout(LAYOUTS, "annual_assessment.zongjie_kaohe_zhang")
def zongjie_kaohe_zhang(*, name, gender, birth, unit, post, year, result, summary, public,
                        seed=0, **_) -> Built:
    """The typed 年度个人工作总结 (述职报告) each person hands in before the year's 考核, on
    which the unit's 人事科 — units that keep no separate 登记表 for staff below 科级 — stamps
    its rectangular 年度考核结果 stamp (a rubber box stamp: {unit} / {year}年度考核结果 /
    考核等次 ____ / 审核人 ____ / 日期 ____, the blanks written in by pen) in the blank under the
    总结 and then the unit's round seal over it, before filing it: the title
    {year}年度个人工作总结 in 黑体, 部门 and 姓名 under it, the 总结 in 仿宋-like 楷体
    paragraphs (一、二、三、 headings), the signature and typed date at the right; the page
    scanned on a sheet-fed scanner, pale; single page."""
    from ._common import HEI, PEN

    h = _r22_hash(name + unit + str(year) + "r22zj")
    p = Page(*A4, background=(253, 253, 250), font=KAI)
    p.text(297, 78, f"{year}年度个人工作总结", 19, "center", font=HEI)
    dept = ("技术部", "工程部", "综合科", "业务科")[h % 4]
    p.text(297, 106, f"{dept}  {name}", 12.5, "center")
    paras = [("一、思想政治方面", "本人坚持学习，遵守单位各项规章制度，服从工作安排，团结同事，"
              "工作作风踏实。"),
             ("二、业务工作方面", " ".join(summary) + f"全年以{post}岗位职责为中心，按期完成"
              "各项任务，未发生质量和安全责任事故。"),
             ("三、存在的不足和今后努力方向", "理论水平和新技术掌握还需提高，今后将加强学习，"
              "在工作中不断总结经验。")]
    y = 142
    for head, text in paras:
        p.text(72, y, head, 13, font=HEI)
        y = p.wrapped(72, y + 26, text, 451, 13, 25, first_indent=26) + 8
    p.text(523, y + 12, f"总结人：{name}", 13, "right")
    p.text(523, y + 40, cn(f"{year}-12-{20 + h % 9:02d}"), 13, "right")
    # the rubber box stamp in red with the pen-filled blanks, then the round seal over it
    red = ink(seed + 2)["color"]
    sx, sy, sw, sh = 92, y + 80, 270, 150
    p.rect(sx, sy, sw, sh, red, None, 2.0)
    p.rect(sx + 4, sy + 4, sw - 8, sh - 8, red, None, 0.7)
    stamp_unit = unit if text_width(unit, 11, MING) < sw - 24 else unit[:14]
    p.text(sx + sw / 2, sy + 26, stamp_unit, 11, "center", red, line=False, font=MING)
    p.text(sx + sw / 2, sy + 50, f"{year}年度考核结果", 13, "center", red, font=HEI)
    p.hline(sx + 4, sx + sw - 4, sy + 60, 0.6)
    p.text(sx + 16, sy + 86, "考核等次：", 12, color=red, line=False, font=MING)
    p.text(sx + 104, sy + 86, result, 15, color=PEN, line=False)
    p.lines.append(f"考核等次：{result}")
    p.hline(sx + 92, sx + sw - 20, sy + 90, 0.5)
    p.text(sx + 16, sy + 112, "审 核 人：", 12, color=red, line=False, font=MING)
    reviewer = ("覃", "韦", "梁", "陆")[h % 4] + "主任"
    p.text(sx + 104, sy + 112, reviewer, 13, color=PEN, line=False)
    p.text(sx + 16, sy + 136, "日    期：", 12, color=red, line=False, font=MING)
    when = f"{year + 1}.1.{8 + h % 15}"
    p.text(sx + 104, sy + 136, when, 13, color=PEN, line=False)
    p.lines.append(f"审核人：{reviewer} 日期：{when}")
    p.seal(sx + sw - 20, sy + sh - 38, 104, unit, seed=seed + 6, **ink(seed + 3))
    p.text(297, 815, "第 1 页", 9, "center", (120, 120, 120), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 23
# Drawn by another hand after round 22's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round23` (drawn only by the others23 profile).

def _r23_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.huiyi_jiyao",
        accepts=lambda a: a["result"] in ("优秀", "合格"))
def huiyi_jiyao(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                **_) -> Built:
    """The 会议纪要 in which the unit's leadership settles the year's grades (a 事业单位's
    党政联席会议 / 院务会, a firm's 总经理办公会: the 考核小组 proposes, the meeting 审定),
    which applicants whose 考核表 is missing get copied from the 办公室's 文书档案: the 纪要
    标志 in red — the unit's name over 党政联席会议纪要 (总经理办公会议纪要) —, 〔year〕第N期
    under it, 办公室 and the date over a red rule, the opening paragraph (when, where, who
    chaired, 纪要如下：), numbered 议定事项 of which the first 审定 the year's 考核结果 and
    names the people by grade (确定…等N名同志为优秀等次；…为合格等次), a second unrelated
    item, then 出席 / 列席 / 记录 in 黑体 labels and the 分送 line between two rules at the
    foot; a 纪要 carries no seal (GB/T 9704); plain PDF look, single page."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r23_hash(name + unit + str(year) + "r23jy")
    red = (204, 28, 34)
    meeting = "党政联席会议纪要" if public else "总经理办公会议纪要"
    p = Page(*A4, background=(255, 255, 255), font=MING)
    usize = 24 if text_width(unit, 24, HEI) < 470 else 19
    p.text(297, 88, unit, usize, "center", red, font=HEI)
    p.text(297, 136, meeting, 30, "center", red, font=HEI)
    p.text(297, 172, f"〔{year + 1}〕第{1 + h % 4}期", 12, "center")
    when = f"{year + 1}-01-{14 + h % 12:02d}"
    p.text(66, 200, f"{unit}办公室", 11)
    p.text(529, 200, cn(when), 11, "right")
    p.rect(62, 207, 471, 1.8, None, red, 0)
    chair = (("校长" if unit.endswith(("学", "校")) else "院长" if unit.endswith("院")
              else "主任") if public else "总经理")
    people = []
    for o in other_people(f"{unit}:{year}:jiyao", 30):
        if o[0] not in people and o[0] != name:
            people.append(o[0])
    leaders, staff = people[:5], people[5:18]
    room = ("三楼会议室", "五楼第一会议室", "办公楼二楼会议室")[h % 3]
    who = "单位" if public else "公司"
    intro = (f"{cn(when)}上午，{chair}{leaders[0]}在{room}主持召开{meeting[:-2]}，"
             f"听取人事部门关于{year}年度考核工作情况的汇报，研究审定{year}年度考核结果等"
             "事项。现将会议议定事项纪要如下：")
    y = wrap_cjk(p, 72, 240, intro, 451, 12, 23, first_indent=24)
    excellent = staff[:2 + h % 2]
    fine = staff[len(excellent):]
    if result == "优秀":
        excellent.insert(h % (len(excellent) + 1), name)
    else:
        fine.insert(h % (len(fine) + 1), name)
    p.text(96, y + 6, f"一、审定{year}年度考核结果", 12.5, font=HEI)
    item = (f"会议认为，{year}年度考核工作按照个人述职、民主测评、考核小组审核等程序进行，"
            f"程序规范，结果客观。经研究，会议同意：确定{'、'.join(excellent)}等"
            f"{len(excellent)}名同志{year}年度考核为优秀等次；确定{'、'.join(fine)}等"
            f"{len(fine)}名同志{year}年度考核为合格等次。考核结果在{who}内公示5个工作日，"
            "公示无异议后存入个人档案。")
    y = wrap_cjk(p, 72, y + 32, item, 451, 12, 23, first_indent=24)
    p.text(96, y + 6, f"二、研究{year + 1}年度重点工作任务分解", 12.5, font=HEI)
    y = wrap_cjk(p, 72, y + 32, f"会议原则同意办公室提出的{year + 1}年度重点工作任务分解"
                 f"方案，要求{'各科室' if public else '各部门'}结合实际细化措施，明确责任人和"
                 "完成时限。",
                 451, 12, 23, first_indent=24)
    y += 14
    rows = [("出席：", "、".join(leaders)),
            ("列席：", f"人事科负责人{staff[-1]}" if public else f"人力资源部经理{staff[-1]}"),
            ("记录：", staff[-2])]
    for label, value in rows:
        p.text(72, y, label, 12, font=HEI, line=False)
        y = wrap_cjk(p, 72 + 48, y, value, 403, 12, 22)
        p.lines[-1] = label + p.lines[-1]
    p.hline(62, 533, 770, 0.8)
    p.text(66, 788, "分送：各科室（部门），存档。" if public else "分送：公司领导，各部门，存档。",
           11)
    p.hline(62, 533, 796, 0.8)
    p.text(297, 820, "— 1 —", 10, "center", line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=None)


@layout(LAYOUTS, "annual_assessment.foxmail_jieguo_youjian", cn_dates=False,
        accepts=lambda a: not a["public"])
def foxmail_jieguo_youjian(*, name, gender, birth, unit, post, year, result, summary, public,
                           seed=0, **_) -> Built:
    """A desktop screenshot of the e-mail in which a firm's 人力资源部 tells each employee
    the year's grade (firms without a 考核登记表 send the 考核结果通知 by 企业邮箱 and keep
    the signed 确认单 themselves), opened in the Foxmail client most Chinese offices use and
    captured whole by the applicant: the window's title bar, the blue toolbar (收取 / 写邮件 /
    回复 / 全部回复 / 转发 / 删除), the account and folder pane at the left (收件箱 with its
    unread count, 已发送 …), the message list with the mail selected, and the reading pane —
    subject {year}年度绩效考核结果通知, 发件人 人力资源部 with its address, 收件人 the
    employee, 时间 as 2022-01-20（周四）10:32, an attachment chip (考核结果确认单.pdf), the
    letter (…您{year}年度考核结果为：{result}。 with the 复核 sentence) and the HR signature
    block with the firm's name; no seal; landscape, single page."""
    import datetime

    from ..layout import Ellipse
    from ._common import HEI, other_people

    h = _r23_hash(name + unit + str(year) + "r23fm")
    W, H = 842.0, 560.0
    p = Page(W, H, background=(255, 255, 255), font=MICRO)
    grey, dark = (120, 120, 120), (35, 35, 35)
    dom = "corp" + str(100 + h % 800) + ".com.cn"
    me = f"staff{h % 9000 + 1000}@{dom}"
    p.rect(0, 0, W, 26, None, (236, 238, 242), 0)
    p.text(12, 17, "Foxmail", 9.5, color=dark, font=HEI, line=False)
    p.text(W - 12, 17, "—    □    ×", 10, "right", (70, 70, 70), line=False)
    p.rect(0, 26, W, 34, None, (46, 124, 214), 0)
    for k, b in enumerate(("收取", "写邮件", "回复", "全部回复", "转发", "删除", "更多")):
        p.text(22 + k * 66, 48, b, 10, color=(255, 255, 255), line=False)
    # folder pane
    p.rect(0, 60, 150, H - 60, None, (244, 246, 249), 0)
    p.text(14, 82, me, 8, color=dark, line=False)
    unread = 3 + h % 20
    folders = [f"收件箱({unread})", "草稿箱", "已发送", "已删除", "垃圾邮件", "邮件归档"]
    for k, f in enumerate(folders):
        if k == 0:
            p.rect(0, 94, 150, 22, None, (214, 228, 246), 0)
        p.text(26, 109 + k * 24, f, 9.5, color=dark, line=False)
    # message list
    p.rect(150, 60, 230, H - 60, None, (255, 255, 255), 0)
    p.items.append(Line(150, 60, 150, H, 0.6, (210, 210, 210)))
    p.items.append(Line(380, 60, 380, H, 0.6, (210, 210, 210)))
    sent = datetime.date(year + 1, 1, 12 + h % 14)
    while sent.weekday() > 4:  # sent on a working day
        sent += datetime.timedelta(days=1)
    wk = "一二三四五六日"[sent.weekday()]
    hh, mm = 9 + h % 8, h % 60
    subject = f"{year}年度绩效考核结果通知"
    others = other_people(f"{unit}:{year}:fm", 4)
    items = [("人力资源部", subject, f"{sent.month}-{sent.day:02d}", True),
             ("行政部", "关于春节放假安排的通知", f"{sent.month}-{max(1, sent.day - 2):02d}",
              False),
             (others[0][0], "Re: 项目周报", f"{sent.month}-{max(1, sent.day - 3):02d}", False),
             ("财务部", "差旅报销单据提交提醒", f"{sent.month}-{max(1, sent.day - 5):02d}", False),
             (others[1][0], "会议纪要（技术例会）", f"{sent.month}-{max(1, sent.day - 6):02d}",
              False)]
    for k, (frm, subj, day, sel) in enumerate(items):
        top = 64 + k * 52
        if sel:
            p.rect(151, top, 229, 52, None, (225, 236, 250), 0)
        p.text(164, top + 18, frm, 9.5, color=dark, font=HEI if sel else MICRO, line=False)
        p.text(370, top + 18, day, 8, "right", grey, line=False)
        p.text(164, top + 38, subj, 8.5, color=(90, 90, 90), line=False)
        p.items.append(Line(158, top + 52, 374, top + 52, 0.4, (230, 230, 230)))
    # reading pane
    x0 = 400
    p.text(x0, 92, subject, 15, color=dark, font=HEI)
    p.items.append(Ellipse(x0, 104, 26, 26, (60, 150, 120)))
    p.text(x0 + 13, 122, "人", 11, "center", (255, 255, 255), line=False)
    p.row([(x0 + 36, "发件人：", 114), (x0 + 84, f"人力资源部 <hr@{dom}>", 114)], 9)
    p.row([(x0 + 36, "收件人：", 130), (x0 + 84, f"{name} <{me}>", 130)], 9)
    p.row([(x0 + 36, "时   间：", 146),
           (x0 + 84, f"{sent.isoformat()}（周{wk}）{hh:02d}:{mm:02d}", 146)], 9)
    for it in p.items[-6:]:
        if getattr(it, "text", "").endswith("："):
            it.color = grey
    p.rect(x0, 158, 200, 30, (215, 215, 215), (248, 248, 248), 0.6)
    p.rect(x0 + 6, 164, 16, 18, None, (214, 60, 50), 0)
    p.text(x0 + 14, 177, "PDF", 5, "center", (255, 255, 255), line=False)
    p.text(x0 + 28, 172, f"{year}年度考核结果确认单.pdf", 8, color=dark)
    p.text(x0 + 28, 184, f"{80 + h % 300}.{h % 10}K", 7, color=grey, line=False)
    p.items.append(Line(x0, 198, W - 20, 198, 0.5, (220, 220, 220)))
    size, lead, width = 10.5, 21, W - 20 - x0
    y = 222
    p.text(x0, y, f"{name}，您好！", size)
    paras = [f"根据公司《员工绩效考核管理办法》，经个人述职、部门评议和公司考核委员会审定，"
             f"您{year}年度考核结果为：{result}。",
             "如对考核结果有异议，请于收到本邮件之日起10个工作日内向人力资源部提出书面复核"
             "申请；逾期未提出的，视为认可考核结果。请查阅附件中的考核结果确认单，签字后交回"
             "人力资源部存档。",
             "感谢您过去一年的辛勤付出！"]
    y += lead + 4
    for para in paras:
        y = p.wrapped(x0, y, para, width, size, lead, first_indent=size * 2) + 6
    y += 10
    p.text(x0, y, "--", 9, color=grey, line=False)
    p.text(x0, y + 18, "人力资源部", 10)
    p.text(x0, y + 36, unit, 10)
    p.text(x0, y + 54, f"电话：0772-{3100000 + h % 800000}", 9, color=grey)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=None)


# --------------------------------------------------------------------------- round 24
# Drawn by another hand after round 23's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round24`.

def _r24_cell_label(p: Page, x: float, y: float, w: float, h: float, parts: list[str],
                    size: float = 10.5) -> None:
    """A label cell's text, one short line per part, centred in the cell (x, y, w, h)."""
    step = size * 1.45
    top = y + h / 2 - step * (len(parts) - 1) / 2 + size * 0.36
    for k, part in enumerate(parts):
        p.text(x + w / 2, top + k * step, part, size, "center")


def _r24_box(p: Page, x: float, y: float, w: float, h: float) -> None:
    p.rect(x, y, w, h, (0, 0, 0), None, 0.8)


@layout(LAYOUTS, "annual_assessment.pingshi_jidu_dengji", accepts=lambda a: a["public"])
def pingshi_jidu_dengji(*, name, gender, birth, unit, post, year, result, summary, public,
                        seed=0, **_) -> Built:
    """The 事业单位工作人员年度考核登记表 of a unit that runs 平时考核 by the quarter (the way
    考核规定 ties the year's grade to the four 季度 results: 好 / 较好 / 一般 / 较差), as a
    city 人社局 prints it for its units, filled in on a computer, signed and sealed, then
    flatbed-scanned by the applicant: the particulars grid (姓名 / 性别 / 出生年月 / 政治面貌 /
    岗位 / 参加工作时间 / 所在科室), a 平时考核情况 table of the four quarters with the date each
    was settled, the 个人总结 box, a 民主测评情况 line with the vote counts, the 考核委员会
    （小组）意见 cell with the year's 考核等次 and the unit's seal over the date, the
    主管部门审核意见 cell (经审核，同意。) with the 主管部门's own seal and a later date, and
    the 本人意见 cell signed by pen; the form's 注 at the foot."""
    from ._common import HEI, PEN, other_people, wrap_cjk

    h = _hash(f"r24pj:{unit}:{name}:{year}")
    x0, W = 50, 495
    p = Page(*A4, background=(241, 240, 236), font=MING)
    p.text(297, 66, f"{year}年度事业单位工作人员年度考核登记表", 16.5, "center", font=HEI)
    p.text(297, 88, "（平时考核与年度考核结合）", 10.5, "center")
    p.text(x0, 114, f"单位（盖章）：{unit}", 10.5)
    p.text(x0 + W, 114, f"填表时间：{year + 1}年1月", 10.5, "right")
    dept = _depts(unit)[h % 5]
    party = "中共党员" if h % 3 == 0 else "群众"
    started = f"{int(birth[:4]) + 22 + h % 3}.{7 + h % 3:02d}"
    top = 124
    widths = [70, 112, 56, 70, 82, 105]
    rows = [["姓  名", name, "性  别", gender, "出生年月", dotted(birth)[:7]],
            ["政治面貌", party, "岗  位", post, "参加工作时间", started]]
    y = grid(p, x0, top, widths, rows, 26, 10.5)
    p.hline(x0, x0 + W, y + 26, 0.8)
    p.items.append(Line(x0, y, x0, y + 26, 0.8))
    p.items.append(Line(x0 + 70, y, x0 + 70, y + 26, 0.8))
    p.items.append(Line(x0 + W, y, x0 + W, y + 26, 0.8))
    p.text(x0 + 35, y + 17, "所在科室", 10.5, "center", line=False)
    p.text(x0 + 78, y + 17, dept, 10.5, line=False)
    p.lines.append(f"所在科室 {dept}")
    y += 26
    # the quarters
    if result == "优秀":
        marks = ["好", "好", "好", "好"] if h % 2 else ["好", "较好", "好", "好"]
    else:
        marks = [("较好", "好")[(h >> k) % 2] for k in range(4)]
    when = [f"{year}.04.{8 + h % 9:02d}", f"{year}.07.{6 + h % 10:02d}",
            f"{year}.10.{9 + h % 12:02d}", f"{year + 1}.01.{4 + h % 4:02d}"]
    qrows = [["平时考核", "第一季度", "第二季度", "第三季度", "第四季度"],
             ["考核结果", *marks], ["确定时间", *when]]
    y = grid(p, x0, y, [95, 100, 100, 100, 100], qrows, 24, 10)
    # 个人总结
    sh = 178
    _r24_box(p, x0, y, W, sh)
    p.items.append(Line(x0 + 40, y, x0 + 40, y + sh, 0.8))
    vtext(p, x0 + 20, y + sh / 2 - 34, "个人总结", 11, step=20)
    yy = y + 20
    for part in [*summary, "全年按时完成各季度工作目标，平时考核结果均已签字确认。今后将继续"
                 "加强业务学习，提高工作质量。"]:
        yy = wrap_cjk(p, x0 + 50, yy, part, W - 62, 10.5, 17, first_indent=21)
    p.text(x0 + W - 120, y + sh - 12, "本人签名：", 10, line=False)
    p.text(x0 + W - 62, y + sh - 12, name, 12, color=PEN, font=KAI, line=False)
    p.lines.append(f"本人签名：{name}")
    y += sh
    # 民主测评
    voters = 22 + h % 25
    ex = voters - 3 - h % 4 if result == "优秀" else 4 + h % 6
    bad = h % 2
    ok = voters - ex - bad
    _r24_box(p, x0, y, W, 34)
    p.items.append(Line(x0 + 70, y, x0 + 70, y + 34, 0.8))
    _r24_cell_label(p, x0, y, 70, 34, ["民主测评"], 10.5)
    p.text(x0 + 80, y + 21, f"参加测评{voters}人：优秀{ex}票，合格{ok}票，基本合格{bad}票，"
           "不合格0票。", 10.5)
    y += 34
    # 考核委员会意见
    ch = 120
    _r24_box(p, x0, y, W, ch)
    p.items.append(Line(x0 + 70, y, x0 + 70, y + ch, 0.8))
    _r24_cell_label(p, x0, y, 70, ch, ["考核委员会", "（小组）", "意  见"], 10.5)
    p.wrapped(x0 + 80, y + 22, f"根据平时考核和民主测评情况，经考核委员会研究，确定该同志"
              f"{year}年度考核等次如下。", W - 92, 10.5, 17, first_indent=21)
    p.text(x0 + 110, y + 66, f"考核等次：{result}", 13, font=HEI)
    sx = x0 + W - 90
    p.text(sx, y + 66, "单位（盖章）", 10.5, "center")
    date1 = f"{year + 1}-01-{12 + h % 10:02d}"
    p.text(sx, y + 92, cn(date1), 10.5, "center")
    p.seal(sx, y + 70, 96, unit, seed=seed + 2401, **ink(seed))
    y += ch
    # 主管部门审核意见
    boss = _zhuguan(unit)
    mh = 96
    _r24_box(p, x0, y, W, mh)
    p.items.append(Line(x0 + 70, y, x0 + 70, y + mh, 0.8))
    _r24_cell_label(p, x0, y, 70, mh, ["主管部门", "审核意见"], 10.5)
    p.text(x0 + 100, y + 26, "经审核，同意。", 11)
    p.text(sx, y + 56, "主管部门（盖章）", 10.5, "center")
    p.text(sx, y + 80, cn(f"{year + 1}-02-{2 + h % 12:02d}"), 10.5, "center")
    p.seal(sx - 30, y + 52, 86, boss, seed=seed + 2402, **ink(seed + 2))
    y += mh
    # 本人意见
    bh = 40
    _r24_box(p, x0, y, W, bh)
    p.items.append(Line(x0 + 70, y, x0 + 70, y + bh, 0.8))
    _r24_cell_label(p, x0, y, 70, bh, ["本人意见"], 10.5)
    p.text(x0 + 82, y + 25, "同意", 13, color=PEN, font=KAI)
    p.text(x0 + 230, y + 25, "签名：", 10.5, line=False)
    p.text(x0 + 266, y + 25, name, 13, color=PEN, font=KAI, line=False)
    p.lines.append(f"签名：{name}")
    p.text(x0 + W - 10, y + 25, f"{year + 1}.1.{16 + h % 8}", 12, "right", PEN, font=KAI)
    y += bh
    clerk = other_people(f"r24pj:{unit}", 1)[0][0]
    p.text(x0, y + 20, f"填表人：{clerk}      审核人：", 10)
    p.wrapped(x0, y + 40, "注：1. 平时考核结果分为好、较好、一般和较差四个档次，年度考核等次参考"
              "平时考核结果确定；2. 本表一式两份，一份存入本人档案，一份由单位留存。", W, 9, 14)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


R24_AGENCIES = ("柳州市众诚人力资源服务有限公司", "广西锦程劳务派遣有限公司",
                "柳州市东城人力资源开发有限公司", "广西桂通人力资源管理有限公司")


@layout(LAYOUTS, "annual_assessment.paiqian_yonggong_kaohe")
def paiqian_yonggong_kaohe(*, name, gender, birth, unit, post, year, result, summary, public,
                           seed=0, **_) -> Built:
    """The 劳务派遣人员年度考核表 of a 派遣制 employee (the 编外 nurses, technicians and
    engineers hospitals, schools, institutes and state firms take on through a 劳务派遣
    company: the 用工单位 manages and assesses the work, the 派遣单位 keeps the file): the
    派遣 company's own form with its name and 表号 at the top, the title with the year,
    用工单位 and 派遣单位 lines, a particulars grid (姓名 / 性别 / 出生年月 / 派遣岗位 /
    用工部门 / 派遣起始), the 工作表现 box, the 用工单位考核意见 cell with the year's grade
    and the 用工单位's seal over the date, the 派遣单位意见 cell (根据用工单位考核意见，
    确认……) with the 派遣 company's seal, the employee's pen signature; photographed by the
    applicant with a phone on a desk."""
    from ._common import HEI, PEN, desk, other_people, wrap_cjk

    h = _hash(f"r24pq:{unit}:{name}:{year}")
    agency = R24_AGENCIES[h % len(R24_AGENCIES)]
    p = Page(*A4, font=MING)
    desk(p, seed, 26, 22, 543, 796, paper=(249, 248, 243))
    x0, W = 54, 487
    p.text(x0, 52, agency, 9.5, color=(90, 90, 90))
    p.text(x0 + W, 52, f"表号：PQ-{year % 100:02d}-0{3 + h % 6}", 9.5, "right", (90, 90, 90))
    p.hline(x0, x0 + W, 58, 0.6)
    p.text(297, 92, f"劳务派遣人员{year}年度考核表", 17, "center", font=HEI)
    p.text(x0, 122, f"用工单位：{unit}", 10.5)
    p.text(x0, 140, f"派遣单位：{agency}", 10.5)
    dept = _depts(unit)[h % 5]
    since = f"{max(year - 1 - h % 5, int(birth[:4]) + 22)}.{3 + h % 9:02d}"
    rows = [["姓  名", name, "性  别", gender, "出生年月", dotted(birth)[:7]],
            ["派遣岗位", post, "用工部门", dept, "派遣起始", since]]
    y = grid(p, x0, 150, [66, 108, 62, 96, 70, 85], rows, 28, 10.5)
    # 工作表现
    wh = 160
    p.rect(x0, y, W, wh, (0, 0, 0), None, 0.8)
    p.items.append(Line(x0 + 66, y, x0 + 66, y + wh, 0.8))
    _r24_cell_label(p, x0, y, 66, wh, ["工作表现", "（用工单位", "填写）"], 10)
    yy = y + 22
    for part in [*summary, "该同志服从用工单位管理，遵守劳动纪律和各项规章制度，出勤良好，"
                 "能按要求完成岗位工作任务，与同事相处融洽。"]:
        yy = wrap_cjk(p, x0 + 76, yy, part, W - 88, 10.5, 18, first_indent=21)
    y += wh
    # 用工单位考核意见
    ch = 130
    p.rect(x0, y, W, ch, (0, 0, 0), None, 0.8)
    p.items.append(Line(x0 + 66, y, x0 + 66, y + ch, 0.8))
    _r24_cell_label(p, x0, y, 66, ch, ["用工单位", "考核意见"], 10.5)
    p.text(x0 + 96, y + 30, f"经考核，该同志{year}年度考核等次为：", 11)
    p.text(x0 + 96 + text_width(f"经考核，该同志{year}年度考核等次为：", 11, MING) + 4, y + 31,
           result, 14, font=HEI, line=False)
    p.lines[-1] += result
    sx = x0 + W - 92
    p.text(sx, y + 82, "用工单位（盖章）", 10.5, "center")
    p.text(sx, y + 106, cn(f"{year + 1}-01-{8 + h % 12:02d}"), 10.5, "center")
    p.seal(sx, y + 86, 98, unit, seed=seed + 2411, **ink(seed + 1))
    boss = other_people(f"r24pq:{unit}", 1)[0][0]
    p.text(x0 + 96, y + 82, "负责人签字：", 10.5, line=False)
    p.text(x0 + 164, y + 83, boss, 13, color=PEN, font=KAI, line=False)
    p.lines.append(f"负责人签字：{boss}")
    y += ch
    # 派遣单位意见
    ah = 118
    p.rect(x0, y, W, ah, (0, 0, 0), None, 0.8)
    p.items.append(Line(x0 + 66, y, x0 + 66, y + ah, 0.8))
    _r24_cell_label(p, x0, y, 66, ah, ["派遣单位", "意  见"], 10.5)
    p.wrapped(x0 + 76, y + 26, "根据用工单位考核意见，确认该员工本年度考核结果，"
              "本表存入员工人事档案。", W - 88, 10.5, 18, first_indent=21)
    p.text(sx, y + 74, "派遣单位（盖章）", 10.5, "center")
    p.text(sx, y + 98, cn(f"{year + 1}-01-{21 + h % 7:02d}"), 10.5, "center")
    p.seal(sx - 24, y + 74, 92, agency, seed=seed + 2412, **ink(seed + 3))
    y += ah
    # 员工确认
    eh = 44
    p.rect(x0, y, W, eh, (0, 0, 0), None, 0.8)
    p.items.append(Line(x0 + 66, y, x0 + 66, y + eh, 0.8))
    _r24_cell_label(p, x0, y, 66, eh, ["员工确认"], 10.5)
    p.text(x0 + 76, y + 27, "本人已知悉考核结果。", 10.5)
    p.text(x0 + 260, y + 27, "签名：", 10.5, line=False)
    p.text(x0 + 296, y + 28, name, 13, color=PEN, font=KAI, line=False)
    p.lines.append(f"签名：{name}")
    p.text(x0 + W - 10, y + 28, f"{year + 1}.1.{22 + h % 6}", 12, "right", PEN, font=KAI)
    y += eh
    p.wrapped(x0, y + 20, "说明：考核等次分为优秀、合格、基本合格、不合格。本表一式两份，"
              "用工单位、派遣单位各存一份。", W, 9, 14)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 25
# Drawn by another hand after round 24's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round25`.

def _r25_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _r25_host(unit: str, h: int) -> tuple[str, str, str]:
    """The 受援单位 a person is sent to, what the stay is called and the host's 考核 body."""
    counties = ["融水苗族自治县", "三江侗族自治县", "融安县", "鹿寨县"]
    towns = ["安陲乡", "大年乡", "同乐苗族乡", "良口乡", "大将镇", "中渡镇"]
    county, town = counties[h % len(counties)], towns[(h >> 4) % len(towns)]
    if "医院" in unit or "卫生" in unit:
        return f"{county}{town}卫生院", "对口帮扶", "院考核小组"
    if any(w in unit for w in ("学校", "中学", "小学", "学院", "幼儿园")):
        return f"{county}{town}中心小学", "支教", "学校考核领导小组"
    return f"{county}{town}人民政府", "驻村帮扶", "乡（镇）考核小组"


@layout(LAYOUTS, "annual_assessment.zhijiao_shouyuan_kaohe", accepts=lambda a: a["public"])
def zhijiao_shouyuan_kaohe(*, name, gender, birth, unit, post, year, result, summary, public,
                           seed=0, **_) -> Built:
    """The 年度考核登记表 of a person the unit has sent out for the year — a teacher on 支教 at
    a county's 乡村学校, a doctor on 对口帮扶 at a 乡镇卫生院, a technician on 驻村帮扶 —
    which the 受援单位 fills in and grades (the 派出单位 cannot see the work) and posts back,
    the 派出单位 then confirming the grade for the file: 援派专业技术人员年度考核登记表, a
    grid with both units and the 派驻期限, the 个人总结 box, the 受援单位考核意见 box with the
    grade and the host's own seal, then the 派出单位意见 box (同意…存入本人档案) under the
    unit's seal, and the 一式三份 note; one portrait page, colour scan."""
    from ._common import HEI, wrap_cjk

    h = _r25_hash(f"r25zj:{unit}:{name}:{year}")
    host, stay, board = _r25_host(unit, h)
    p = Page(*A4, font=MING, background=(250, 249, 245))
    p.text(60, 52, "附件2", 11, font=HEI)
    p.text(297, 88, f"援派专业技术人员{year}年度考核登记表", 17, "center", font=HEI)
    p.text(60, 116, f"援派类别：{stay}", 10.5)
    p.text(535, 116, f"编号：YP{year}-{h % 900 + 100}", 10.5, "right", line=False)
    x0, W = 60, 475
    y = grid(p, x0, 124, [75, 100, 55, 60, 75, 110], [
        ["姓    名", name, "性别", gender, "出生年月", dotted(birth)],
    ], 30, 11)
    y = grid(p, x0, y, [75, 400], [["派出单位", unit], ["受援单位", host]], 30, 11)
    y = grid(p, x0, y, [75, 160, 75, 165], [
        ["专业技术职务", post, "派驻期限", f"{year}.01—{year}.12"],
    ], 30, 10.5)
    # 个人总结
    bh = 132
    p.rect(x0, y, W, bh, (0, 0, 0), None, 0.8)
    p.rect(x0, y, 28, bh, (0, 0, 0), None, 0.8)
    vtext(p, x0 + 14, y + 30, "个人总结", 11.5, step=26)
    text = "".join(summary) + (f"在{host}{stay}期间，本人服从受援单位安排，完成了所承担的"
                               "业务工作和帮带任务，无违纪情况。")
    wrap_cjk(p, x0 + 38, y + 24, text, W - 48, 10.5, 18, first_indent=21)
    p.text(x0 + W - 120, y + bh - 14, f"本人签名：{name}", 10.5, line=False)
    y += bh
    # 受援单位考核意见
    bh = 160
    p.rect(x0, y, W, bh, (0, 0, 0), None, 0.8)
    p.rect(x0, y, 28, bh, (0, 0, 0), None, 0.8)
    vtext(p, x0 + 14, y + 12, "受援单位考核意见", 11, step=17.5)
    opinion = (f"该同志{year}年度在我单位{stay}期间，工作认真负责，能按要求完成各项任务，"
               f"群众反映良好。经{board}研究，{year}年度考核等次确定为：")
    wrap_cjk(p, x0 + 38, y + 24, opinion + result + "。", W - 48, 11, 19, first_indent=22)
    sy = y + bh - 30
    p.text(x0 + 230, sy, "受援单位（盖章）", 10.5, line=False)
    p.text(x0 + W - 12, sy + 20, cn(f"{year + 1}-01-{8 + h % 6:02d}"), 10.5, "right")
    p.seal(x0 + W - 96, sy - 22, 104, host, seed=seed + 2501, **ink(seed + 3))
    y += bh
    # 派出单位意见
    bh = 150
    p.rect(x0, y, W, bh, (0, 0, 0), None, 0.8)
    p.rect(x0, y, 28, bh, (0, 0, 0), None, 0.8)
    vtext(p, x0 + 14, y + 14, "派出单位意见", 11, step=17)
    wrap_cjk(p, x0 + 38, y + 26, f"同意受援单位考核意见，{name}同志{year}年度考核确定为"
             f"{result}等次，存入本人档案。", W - 48, 11, 19, first_indent=22)
    sy = y + bh - 30
    p.text(x0 + 230, sy, "派出单位（盖章）", 10.5, line=False)
    p.text(x0 + W - 12, sy + 20, cn(f"{year + 1}-01-{16 + h % 8:02d}"), 10.5, "right")
    p.seal(x0 + W - 98, sy - 22, 110, unit, seed=seed + 2502, **ink(seed))
    y += bh
    wrap_cjk(p, x0, y + 20, "说明：本表由受援单位填写考核意见后寄回派出单位，一式三份，"
             "受援单位、派出单位、县（区）主管部门各存一份。", W, 9, 14)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.feishu_shenpi_diannao", cn_dates=False,
        accepts=lambda a: not a["public"])
def feishu_shenpi_diannao(*, name, gender, birth, unit, post, year, result, summary, public,
                          seed=0, **_) -> Built:
    """A desktop screenshot of the 飞书 (Feishu / Lark) client's 审批 app, where many private
    firms run the year's performance review as an approval form (年度考核结果确认) that HR
    starts for each employee, the result field filled in and the flow passing the manager,
    HR and the employee's own 确认; the applicant, with no paper form to show, opened the
    finished instance on the office PC and pressed the screenshot keys: the window's title
    bar, the narrow dark left rail (消息 / 日历 / 云文档 / 工作台 / 审批), the list of
    instances in the middle, and at the right the instance itself — the title with a green
    已通过 tag, 审批编号, the form's label / value rows (所属公司 / 被考核人 / 部门 / 岗位 /
    考核年度 / 考核等级 / 个人总结) and the 审批记录 timeline with names and times; no seal."""
    from ..layout import Ellipse
    from ._common import HEI, other_people

    h = _r25_hash(f"r25fs:{unit}:{name}:{year}")
    W, H = 842.0, 595.0
    p = Page(W, H, background=(255, 255, 255), font=MICRO)
    grey, dark, blue = (140, 143, 150), (31, 35, 41), (51, 112, 255)
    # title bar
    p.rect(0, 0, W, 26, None, (242, 243, 245), 0)
    p.text(W / 2, 17, "飞书", 9.5, "center", grey, line=False)
    p.text(W - 16, 17, "—    ☐    ✕", 9, "right", grey, line=False)
    # left rail
    p.rect(0, 26, 58, H - 26, None, (36, 41, 50), 0)
    p.rect(13, 38, 32, 32, None, (80, 130, 230), 0)
    p.text(29, 59, name[-1], 13, "center", (255, 255, 255), line=False)
    for k, item in enumerate(["消息", "日历", "云文档", "工作台", "审批", "通讯录"]):
        yy = 104 + k * 46
        if item == "审批":
            p.rect(6, yy - 20, 46, 34, None, (60, 68, 82), 0)
        p.text(29, yy + 2, item, 8.5, "center", (220, 224, 230) if item == "审批" else
               (150, 156, 166), line=False)
    # instance list
    lx, lw = 58, 232
    p.rect(lx, 26, lw, H - 26, None, (247, 248, 250), 0)
    p.text(lx + 14, 54, "审批中心", 13, color=dark, font=HEI, line=False)
    for k, tab in enumerate(["待办", "已办", "已发起", "抄送我"]):
        p.text(lx + 14 + k * 52, 80, tab, 9.5, color=blue if tab == "已办" else grey,
               line=False)
    p.hline(lx + 14 + 52, lx + 14 + 52 + 20, 86, 1.6)
    people = other_people(f"r25fs:{unit}", 4)
    items = [(f"年度考核结果确认 - {name}", "已通过", True)]
    items += [(f"{t} - {o[0]}", "已通过", False)
              for t, o in zip(["请假", "报销", "用印申请"], people)]
    for k, (t, st, cur) in enumerate(items):
        yy = 100 + k * 62
        if cur:
            p.rect(lx + 6, yy, lw - 12, 56, None, (225, 234, 255), 0)
        p.text(lx + 16, yy + 22, t, 9.5, color=dark, line=False)
        p.text(lx + 16, yy + 42, st, 8.5, color=(46, 160, 67), line=False)
        p.text(lx + lw - 14, yy + 42, f"{year + 1}-01-{10 + (h + k) % 15:02d}", 8, "right",
               grey, line=False)
    # the instance
    x0, rx = lx + lw + 28, W - 30
    p.text(x0, 62, "年度考核结果确认", 16, color=dark, font=HEI)
    tw = text_width("年度考核结果确认", 16, HEI)
    p.rect(x0 + tw + 12, 48, 46, 18, None, (217, 245, 222), 0)
    p.text(x0 + tw + 35, 61, "已通过", 9, "center", (36, 140, 60), line=False)
    p.text(x0, 84, f"审批编号：{year + 1}01{10 + h % 15:02d}{h % 100000000:08d}", 8.5,
           color=grey, line=False)
    p.text(rx, 84, f"提交人：{people[3][0]}（人力资源部）", 8.5, "right", grey, line=False)
    p.hline(x0, rx, 96, 0.5)
    dept = ("财务部" if "会计" in post else "运营部" if "经济" in post
            else ["技术部", "工程部"][h % 2])
    rows = [("所属公司", unit), ("被考核人", name), ("部门", dept), ("岗位", post),
            ("考核年度", f"{year}年度"), ("考核等级", result)]
    y = 118
    for label, value in rows:
        p.text(x0, y, label, 9.5, color=grey, line=False)
        p.text(x0 + 86, y, value, 10.5, color=dark, line=False)
        p.lines.append(f"{label} {value}")
        y += 24
    p.text(x0, y, "个人总结", 9.5, color=grey, line=False)
    from ._common import wrap

    lines = wrap("".join(summary), rx - x0 - 110, 9.5, 0, MICRO)[:3]
    for k, ln in enumerate(lines):
        p.text(x0 + 86, y + k * 16, ln, 9.5, color=dark)
    y += 16 * len(lines) + 14
    p.hline(x0, rx, y, 0.5)
    y += 24
    p.text(x0, y, "审批记录", 11, color=dark, font=HEI, line=False)
    y += 20
    t0 = f"{year + 1}-01-{10 + h % 15:02d}"
    steps = [("发起", people[3][0], "提交", f"{t0} 09:{10 + h % 40:02d}"),
             ("直属上级", people[1][0], "已同意", f"{t0} 14:{10 + h % 45:02d}"),
             ("人力资源部负责人", people[2][0], "已同意", f"{t0} 16:{20 + h % 35:02d}"),
             ("被考核人确认", name, "已同意 · 对考核结果无异议", f"{t0} 17:{5 + h % 50:02d}")]
    for k, (node, who, act, when) in enumerate(steps):
        cy = y + k * 40
        p.items.append(Ellipse(x0, cy - 9, 10, 10, (46, 160, 67)))
        if k < len(steps) - 1:
            p.items.append(Line(x0 + 5, cy + 2, x0 + 5, cy + 30, 0.8, (200, 204, 210)))
        p.text(x0 + 20, cy, f"{node}  {who}", 9.5, color=dark)
        p.text(x0 + 20, cy + 16, act, 8.5, color=(46, 160, 67) if "同意" in act else grey)
        p.text(rx, cy, when, 8.5, "right", grey, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=None)


# --------------------------------------------------------------------------- round 26
# Drawn by another hand after round 25's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round26`.

def _r26_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.jiaoshi_guanli_xitong", cn_dates=False,
        accepts=lambda a: a["public"] and ("中学" in a["unit"] or "小学" in a["unit"]))
def jiaoshi_guanli_xitong(*, name, gender, birth, unit, post, year, result, summary, public,
                          seed=0, **_) -> Built:
    """The 年度考核 record of a teacher in the 全国教师管理信息系统 (the Ministry's national
    teacher database, in which each school's 人事 clerk enters every teacher's yearly 考核
    结论 under 教职工信息管理 › 年度考核), queried for one 考核年度 and printed from the
    browser by the school when a teacher's paper form was lost: the browser's print header
    (date and time, page title) and footer (URL, 1/1), the system's blue banner, the
    breadcrumb, the teacher's 基本信息 strip, the query bar (考核年度 ▼ 查询) and the result
    table (序号 / 考核年度 / 考核结果 / 考核单位名称 / 审核状态 已审核), 共1条; under it the
    school wrote 经核对，以上信息与系统记录一致 and stamped the school seal; portrait."""
    from ._common import HEI

    h = _r26_hash(f"r26jx:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=(255, 255, 255), font=MICRO)
    grey, dark, blue = (110, 110, 110), (30, 30, 30), (22, 93, 170)
    printed = f"{year + 1}/{3 + h % 4}/{10 + h % 18} {8 + h % 9}:{h % 60:02d}"
    p.text(28, 22, printed, 7.5, color=grey, line=False)
    p.text(W / 2, 22, "全国教师管理信息系统", 7.5, "center", grey, line=False)
    # banner
    p.rect(28, 36, W - 56, 46, None, blue, 0)
    p.text(44, 65, "全国教师管理信息系统", 16, color=(255, 255, 255), font=HEI, line=False)
    p.text(W - 44, 65, f"{unit}  |  学校用户", 8.5, "right", (220, 232, 248), line=False)
    p.rect(28, 82, W - 56, 24, None, (238, 243, 250), 0)
    p.text(40, 98, "首页  ›  教职工信息管理  ›  教职工信息维护  ›  年度考核", 8.5, color=grey,
           line=False)
    # the teacher's strip
    y = 132
    p.text(40, y, "教职工基本信息", 11, color=dark, font=HEI, line=False)
    p.hline(40, W - 40, y + 8, 0.6)
    y += 30
    rows = [("姓名", name, "性别", gender), ("出生日期", birth, "任职学校", unit),
            ("岗位类别", "专业技术岗位", "专业技术职务", post)]
    for a, va, b, vb in rows:
        p.text(40, y, f"{a}：", 9.5, color=grey, line=False)
        p.text(100, y, va, 9.5, color=dark, line=False)
        p.text(280, y, f"{b}：", 9.5, color=grey, line=False)
        p.text(352, y, vb, 9.5, color=dark, line=False)
        p.lines.append(f"{a}：{va} {b}：{vb}")
        y += 22
    # query bar
    y += 14
    p.text(40, y, "年度考核", 11, color=dark, font=HEI, line=False)
    p.hline(40, W - 40, y + 8, 0.6)
    y += 34
    p.text(40, y, "考核年度：", 9.5, color=dark, line=False)
    p.rect(96, y - 14, 92, 20, (180, 186, 196), (255, 255, 255), 0.8)
    p.text(104, y, f"{year}  ▼", 9.5, color=dark, line=False)
    p.rect(204, y - 14, 52, 20, None, blue, 0)
    p.text(230, y, "查询", 9.5, "center", (255, 255, 255), line=False)
    p.rect(266, y - 14, 52, 20, (180, 186, 196), (255, 255, 255), 0.8)
    p.text(292, y, "重置", 9.5, "center", dark, line=False)
    y += 22
    widths = [40, 70, 80, 205, 80]
    header = ["序号", "考核年度", "考核结果", "考核单位名称", "审核状态"]
    x = 40
    p.rect(x, y, sum(widths), 24, None, (232, 238, 247), 0)
    y = p.table(x, y, widths, [header, ["1", str(year), result, unit, "已审核"]], 24, 9)
    p.text(40, y + 20, "共 1 条   每页 10 条   ‹ 1 ›", 8.5, color=grey, line=False)
    # the school's note and seal
    y += 78
    p.text(60, y, "经核对，以上信息与全国教师管理信息系统记录一致。", 11.5, font=KAI)
    p.text(W - 80, y + 62, unit, 11.5, "right", font=KAI)
    date = f"{year + 1}年{3 + h % 4}月{10 + h % 18}日"
    p.text(W - 80, y + 88, date, 11.5, "right", font=KAI)
    p.seal(W - 80 - text_width(unit, 11.5, KAI) / 2, y + 66, 104, unit, seed=seed + 2601,
           **ink(seed + 1))
    p.text(28, H - 18, "https://jiaoshi.moe.edu.cn/teacher/kaohe/list", 7.5, color=grey,
           line=False)
    p.text(W - 28, H - 18, "1/1", 7.5, "right", grey, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.weixin_wenjian_yulan", cn_dates=False)
def weixin_wenjian_yulan(*, name, gender, birth, unit, post, year, result, summary, public,
                         seed=0, **_) -> Built:
    """A phone screenshot of the scanned 年度考核登记表 as the unit's 人事 clerk sent it in a
    微信 chat (the signed and stamped form scanned to PDF, 文件 message) and the applicant
    opened it in WeChat's own file preview: the status bar, the preview's white top bar
    (‹, the file name 姓名-年度考核登记表.pdf, ···), the page at phone width on a grey
    ground — the form's title, the 姓名 / 性别 / 出生年月 / 工作单位 / 岗位 grid, part of the
    个人总结, the 单位考核意见 box with the grade and the red seal over the date — the page
    counter 1/2 and the bottom bar 用其他应用打开; portrait, colour."""
    from ._common import HEI, wrap

    h = _r26_hash(f"r26wx:{unit}:{name}:{year}")
    W, H = 400.0, 866.0
    p = Page(W, H, background=(237, 237, 237), font=MICRO)
    dark, grey = (25, 25, 25), (120, 120, 120)
    p.rect(0, 0, W, 86, None, (255, 255, 255), 0)
    p.text(22, 24, f"{9 + h % 12}:{h % 60:02d}", 10, color=dark, font=HEI, line=False)
    p.text(W - 22, 24, f"5G  {40 + h % 59}%", 9, "right", dark, line=False)
    p.text(20, 66, "＜", 15, color=dark, line=False)
    fname = f"{name}-{year}年度考核登记表.pdf"
    p.text(W / 2, 66, fname, 11.5, "center", dark, line=False)
    p.text(W - 20, 66, "···", 14, "right", dark, line=False)
    # the scanned page
    x0, y0, pw = 16, 104, W - 32
    ph = pw * 1.414
    p.rect(x0, y0, pw, ph, None, (251, 250, 246), 0)
    s = pw / 475  # the form's scale
    lx = x0 + 14
    fw = pw - 28
    title = (f"{year}年度事业单位工作人员考核登记表" if public
             else f"{year}年度员工考核登记表")
    p.text(W / 2, y0 + 36, title, 12.5, "center", font=HEI)
    y = grid(p, lx, y0 + 50, [fw * 0.17, fw * 0.23, fw * 0.14, fw * 0.12, fw * 0.16,
                               fw * 0.18],
             [["姓  名", name, "性别", gender, "出生年月", dotted(birth)]], 24, 8)
    y = grid(p, lx, y, [fw * 0.17, fw * 0.83], [["工作单位", unit], ["岗    位", post]], 24, 8)
    bh = 150 * s * 1.6
    p.rect(lx, y, fw, bh, (0, 0, 0), None, 0.7)
    p.text(lx + 6, y + 16, "个人总结：", 8)
    yy = y + 32
    for ln in wrap("".join(summary), fw - 20, 7.5, 15, MICRO)[:5]:
        p.text(lx + 10, yy, ln, 7.5)
        yy += 13
    p.text(lx + fw - 8, y + bh - 10, f"本人签名：{name}", 7.5, "right", line=False)
    y += bh
    bh = 132
    p.rect(lx, y, fw, bh, (0, 0, 0), None, 0.7)
    p.text(lx + 6, y + 16, "单位考核意见：", 8)
    p.text(lx + 22, y + 42, f"经考核，该同志{year}年度考核等次为：{result}", 9.5)
    p.text(lx + fw - 12, y + 92, "单位（盖章）", 8, "right", line=False)
    p.text(lx + fw - 12, y + 116, cn(f"{year + 1}-01-{9 + h % 16:02d}"), 8, "right")
    p.seal(lx + fw - 70, y + 90, 86, unit, seed=seed + 2602, **ink(seed + 2))
    y += bh
    p.rect(lx, y, fw, 56, (0, 0, 0), None, 0.7)
    p.text(lx + 6, y + 16, "主管部门审核意见：" if public else "人力资源部意见：", 8,
           line=False)
    p.text(lx + 22, y + 40, "同意。", 8.5, line=False)
    p.text(W / 2, y0 + ph - 14, "— 1 —", 7, "center", grey, line=False)
    # counter and bottom bar
    p.rect(W / 2 - 24, y0 + ph + 14, 48, 20, None, (120, 120, 120), 0)
    p.text(W / 2, y0 + ph + 28, "1/2", 9, "center", (255, 255, 255), line=False)
    p.rect(0, H - 66, W, 66, None, (255, 255, 255), 0)
    p.rect(W / 2 - 90, H - 52, 180, 34, None, (242, 242, 242), 0)
    p.text(W / 2, H - 30, "用其他应用打开", 11, "center", dark, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


def _r27_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.gongshilan_paizhao")
def gongshilan_paizhao(*, name, gender, birth, unit, post, year, result, summary, public,
                       seed=0, **_) -> Built:
    """A phone photo of the printed 年度考核结果公示 pinned up on the unit's 公示栏 (the
    aluminium-framed felt board in the corridor by the 人事科, where 事业单位 post the year's
    grades for 5 working days before they are final), taken by the applicant because no
    other paper names the grade: the painted wall around the board, the blue felt, four
    square magnets holding the sheet, a pale band of window light across it. The sheet: 关于
    {year}年度考核结果的公示, a body citing 事业单位工作人员考核规定 (a firm: its 绩效考核办法),
    a table 序号 / 姓名 / 部门 / 考核等次 with colleagues and the applicant, the 公示期 and
    a 联系电话 for objections, the unit's name and date with the seal; portrait, colour."""
    from ..layout import Watermark
    from ._common import HEI, other_people, wrap_cjk

    h = _r27_hash(f"r27gs:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=(222, 216, 200), font=MING)
    p.rect(22, 40, W - 44, H - 92, None, (150, 154, 160), 0)  # aluminium frame
    p.rect(32, 50, W - 64, H - 112, None, (42, 74, 128), 0)  # blue felt
    p.text(W / 2, 34, "公  示  栏", 15, "center", (150, 30, 30), font=HEI, line=False)
    x0, y0, sw, sh = 66, 86, W - 132, 660
    p.rect(x0 + 3, y0 + 4, sw, sh, None, (30, 52, 92), 0)
    p.rect(x0, y0, sw, sh, None, (250, 250, 247), 0)
    lx, rx = x0 + 36, x0 + sw - 36
    p.text(W / 2, y0 + 56, f"关于{year}年度考核结果的公示", 17, "center", font=HEI)
    rule = ("《事业单位工作人员考核规定》" if public else "公司《员工绩效考核管理办法》")
    body = (f"根据{rule}，经个人总结、民主测评、考核小组审核和单位领导班子研究，"
            f"现将本单位{year}年度考核结果予以公示（名单如下）：")
    y = wrap_cjk(p, lx, y0 + 96, body, rx - lx, 11.5, 21, first_indent=23)
    depts = _depts(unit)
    others = other_people(f"r27gs:{unit}:{year}", 7)
    at = 1 + h % 6
    rows = [["序号", "姓名", "部门", "考核等次"]]
    people = [(n, depts[(h >> k) % len(depts)], "优秀" if (h >> (k + 3)) % 5 == 0 else "合格")
              for k, (n, _g, _i) in enumerate(others)]
    people.insert(at, (name, depts[h % len(depts)], result))
    for k, (n, dep, res) in enumerate(people, 1):
        rows.append([str(k), n, dep, res])
    y = p.table(lx, y + 2, [50, 110, 150, rx - lx - 310], rows, 24, 11)
    office = "单位人事科" if public else "公司人力资源部"
    notice = (f"公示期：{year + 1}年1月{8 + h % 6}日至{year + 1}年1月{14 + h % 6}日。"
              f"公示期间如有异议，请以书面形式向{office}反映。")
    y = wrap_cjk(p, lx, y + 32, notice, rx - lx, 11.5, 21, first_indent=23)
    p.text(lx + 23, y, f"联系电话：0772-{2800000 + h % 899999}", 11.5)
    sy = y + 64
    p.text(rx, sy, unit, 12, "right")
    p.text(rx, sy + 28, cn(f"{year + 1}-01-{7 + h % 6:02d}"), 12, "right")
    p.seal(rx - text_width(unit, 12, MING) / 2, sy + 6, 104, unit, seed=seed + 2701,
           **ink(seed + 3))
    for mx, my in ((x0 + 14, y0 + 14), (x0 + sw - 14, y0 + 14), (x0 + 14, y0 + sh - 14),
                   (x0 + sw - 14, y0 + sh - 14)):
        p.rect(mx - 9, my - 9, 18, 18, None, ((210, 40, 40), (240, 190, 30))[h % 2], 0)
    for k in range(6):  # window light on the board's glass
        p.items.append(Watermark(160 + k * 7, 300 + k * 12, "━" * 8, 70, -24,
                                 (255, 255, 255), 0.13))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.hengxiang_pintu")
def hengxiang_pintu(*, name, gender, birth, unit, post, year, result, summary, public,
                    seed=0, **_) -> Built:
    """The two sides of the 年度考核登记表 photographed one after the other with the phone
    and joined side by side into one landscape picture with the album's 拼图 tool (the
    职称 system's 年度考核 slot takes a single image): a white gutter between the two
    photos, each sheet a little differently lit on its desk. Left, the front: the title,
    姓名 / 性别 / 出生年月 / 政治面貌 / 工作单位 / 现任职务 grid and the 个人总结 box with
    本人签名; right, the back: 主管领导评语和考核等次建议, 单位负责人意见, 考核委员会（小组）
    意见 with the grade, the seal over the date, then 本人意见 and 备注; landscape, colour."""
    from ._common import DESKS, wrap

    h = _r27_hash(f"r27pt:{unit}:{name}:{year}")
    W, H = A4_LANDSCAPE
    p = Page(W, H, background=(255, 255, 255), font=MING)
    half = (W - 12) / 2
    for k in range(2):
        p.rect(k * (half + 12), 0, half, H, None, DESKS[(h + k) % len(DESKS)], 0)
    # the front
    fx, fy, fw, fh = 26, 22, half - 52, H - 44
    p.rect(fx + 4, fy + 5, fw, fh, None, (70, 55, 45), 0)
    p.rect(fx, fy, fw, fh, None, (250, 249, 243), 0)
    lx, iw = fx + 18, fw - 36
    p.text(fx + fw / 2, fy + 40, _title(year, public), 12.5, "center", font=KAI)
    y = grid(p, lx, fy + 56, [iw * 0.16, iw * 0.2, iw * 0.12, iw * 0.12, iw * 0.18, iw * 0.22],
             [["姓  名", name, "性别", gender, "出生年月", dotted(birth)],
              ["政治面貌", "群众", "学历", "大学", "现任职务", post]], 24, 8.5)
    y = grid(p, lx, y, [iw * 0.16, iw * 0.84], [["工作单位", unit]], 24, 8.5)
    bottom = fy + fh - 20
    p.rect(lx, y, iw, bottom - y, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 18, "个人总结", 9.5)
    yy = y + 38
    for s in summary:
        for k, ln in enumerate(wrap(s, iw - 30, 8.5, 17, MING)):
            p.text(lx + 12 + (17 if k == 0 else 0), yy, ln, 8.5)
            yy += 15
    p.text(lx + iw - 10, bottom - 30, f"签名：{name}", 8.5, "right", line=False)
    p.text(lx + iw - 10, bottom - 12, f"{year}年12月", 8.5, "right", line=False)
    # the back
    bx, by, bw, bh = half + 12 + 24, 26, half - 48, H - 50
    p.rect(bx + 4, by + 5, bw, bh, None, (70, 55, 45), 0)
    p.rect(bx, by, bw, bh, None, (247, 246, 240), 0)
    lx, iw = bx + 18, bw - 36
    boxes = [
        (150, "主管领导评语和考核等次建议",
         f"该同志{year}年度工作认真负责，能较好完成岗位任务，建议考核等次为{result}。"),
        (78, "单位负责人意见", "同意考核小组意见。"),
        (150, "考核委员会（小组）意见", f"经考核，确定{name}同志{year}年度考核等次为{result}。"),
        (64, "本人意见", "同意。"),
    ]
    y = by + 22
    for k, (hgt, label, text) in enumerate(boxes):
        p.rect(lx, y, iw, hgt, (0, 0, 0), None, 0.8)
        p.text(lx + 8, y + 18, label + "：", 9.5, line=False)
        yy = y + 40
        for ln in wrap(text, iw - 40, 9.5, 19, MING):
            p.text(lx + 20, yy, ln, 9.5)
            yy += 17
        if k == 2:
            p.text(lx + iw - 14, y + hgt - 38, "单位（盖章）", 9, "right", line=False)
            p.text(lx + iw - 14, y + hgt - 16, _date(year, seed), 9, "right")
            p.seal(lx + iw - 80, y + hgt - 40, 92, unit, seed=seed + 2702, **ink(seed + 1))
        if k == 3:
            p.text(lx + iw - 14, y + hgt - 14, f"签名：{name}", 9, "right", line=False)
        y += hgt
    p.rect(lx, y, iw, 40, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 24, "备注：", 9.5, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 28
# Drawn by another hand after round 27's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round28` (drawn only by the others28 profile).

def _r28_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.renshe_xiaochengxu_chaxun", cn_dates=False,
        accepts=lambda a: a["public"])
def renshe_xiaochengxu_chaxun(*, name, gender, birth, unit, post, year, result, summary,
                              public, seed=0, **_) -> Built:
    """A phone screenshot of the city 人社局's WeChat 小程序 (柳州人社 → 事业单位人员服务 →
    年度考核结果查询), where a 事业单位's staff can look up the grades their unit has filed
    (备案) with the bureau, taken because the applicant's own paper form is with the 档案:
    the status bar, the 小程序's capsule button (··· ◎) at the top right, the green head
    with the 人社 emblem-like badge and 年度考核结果查询, a masked 身份证号 under the name,
    a year picker, the result card (考核年度 / 工作单位 / 岗位 / 考核等次 / 备案状态 已备案 /
    备案时间) and a grey list of earlier years collapsed below, the 数据来源 note at the foot;
    no seal (it is a screen)."""
    from ._common import HEI, wrap

    h = _r28_hash(f"r28xcx:{unit}:{name}:{year}")
    green, grey, light = (7, 150, 106), (140, 140, 140), (242, 244, 243)
    W, H = 375, 812
    p = Page(W, H, background=light, font=MICRO)
    p.rect(0, 0, W, 190, None, green, 0)
    p.text(26, 22, f"{8 + h % 11}:{h % 60:02d}", 11, color=(255, 255, 255), font=HEI, line=False)
    p.text(W - 24, 22, "4G  8" + str(h % 10) + "%", 9, "right", (255, 255, 255), line=False)
    p.rect(W - 96, 34, 82, 28, (255, 255, 255), None, 0.8)
    p.text(W - 75, 53, "···", 12, "center", (255, 255, 255), line=False)
    p.text(W - 34, 53, "◎", 12, "center", (255, 255, 255), line=False)
    p.text(16, 54, "＜", 14, color=(255, 255, 255), line=False)
    p.text(W / 2 - 20, 54, "柳州人社", 14, "center", (255, 255, 255), font=HEI, line=False)
    p.rect(24, 84, 40, 40, (255, 255, 255), None, 1.2)
    p.text(44, 110, "人社", 11, "center", (255, 255, 255), font=HEI, line=False)
    p.text(76, 102, "事业单位工作人员", 11, color=(220, 245, 235), line=False)
    p.text(76, 122, "年度考核结果查询", 17, color=(255, 255, 255), font=HEI)
    p.text(24, 160, f"{name}  {gender}", 13, color=(255, 255, 255), font=HEI)
    p.text(24, 178, "身份证号：4502**************（已实名认证）", 9.5,
           color=(220, 245, 235), line=False)
    p.rect(14, 204, W - 28, 44, None, (255, 255, 255), 0)
    p.text(30, 231, "考核年度", 11, color=grey, line=False)
    p.text(W - 30, 231, f"{year}年  切换 ›", 12, "right", green, line=False)
    p.rect(14, 260, W - 28, 300, None, (255, 255, 255), 0)
    p.rect(14, 260, 4, 300, None, green, 0)
    p.text(32, 288, f"{year}年度考核结果", 13, font=HEI)
    filed = f"{year + 1}-0{2 + h % 3}-{10 + h % 18:02d}"
    units = wrap(unit, W - 150, 11, 0, MICRO)
    rows = [("考核年度", [f"{year}年度"]), ("工作单位", units), ("岗    位", [post]),
            ("考核等次", [result]), ("备案状态", ["已备案"]), ("备案时间", [filed])]
    y = 322
    for label, vals in rows:
        p.text(32, y, label, 11, color=grey, line=False)
        for k, v in enumerate(vals):
            big = label == "考核等次"
            p.text(112, y + k * 16, v, 14 if big else 11,
                   color=((214, 120, 20) if result == "优秀" else green) if big else (40, 40, 40),
                   font=HEI if big else MICRO, line=False)
        p.lines.append(f"{label} {''.join(vals)}")
        y += 16 * (len(vals) - 1)
        p.rect(32, y + 12, W - 64, 0.6, None, (228, 230, 232), 0)
        y += 38
    p.rect(14, 574, W - 28, 146, None, (255, 255, 255), 0)
    p.text(32, 600, "历年考核记录", 12, font=HEI, line=False)
    yy = 628
    for k in range(1, 4):
        p.text(32, yy, f"{year - k}年度", 10.5, color=grey, line=False)
        p.text(W - 32, yy, "展开 ›", 10, "right", grey, line=False)
        p.rect(32, yy + 10, W - 64, 0.5, None, (232, 232, 232), 0)
        yy += 30
    note = ("数据来源：各事业单位报送人社部门的年度考核结果备案信息，"
            "如有疑问请咨询所在单位人事部门。")
    yy = 744
    for part in wrap(note, W - 48, 8.5, 0, MICRO):
        p.text(24, yy, part, 8.5, color=grey, line=False)
        yy += 13
    p.rect(W / 2 - 60, H - 10, 120, 4, None, (30, 30, 30), 0)
    return Built("annual_assessment", [p], _fields(name, year, result, unit))


@layout(LAYOUTS, "annual_assessment.zongjie_shouxie_dengji", cn_dates=False)
def zongjie_shouxie_dengji(*, name, gender, birth, unit, post, year, result, summary, public,
                           seed=0, **_) -> Built:
    """The printed 年度考核登记表 whose blanks the person fills in by hand, the way most
    units still hand it out in December: the typed frame (title, 姓名 / 性别 / 出生年月 /
    岗位 grid) with the values, the long 本人年度工作总结 box ruled with faint lines and
    written out in blue-black ballpoint, 签名 and date by hand; below it the 考核等次 row of
    printed boxes 优秀 □ 合格 □ 基本合格 □ 不合格 □ with a pen tick in the grade, the
    考核小组意见 line in another hand, and the unit's seal over 单位（章） and the date; scanned
    flat in colour, one page."""
    from ._common import HEI, PEN, wrap

    h = _r28_hash(f"r28sx:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=(250, 250, 247), font=MING)
    lx, rx = 52, W - 52
    p.text(W / 2, 62, _title(year, public), 16, "center", font=HEI)
    p.text(lx, 90, f"填表时间：{year}年12月{18 + h % 10}日", 9.5, line=False)
    iw = rx - lx
    rows = [["姓  名", "", "性  别", "", "出生年月", ""], ["工作单位", "", "", "", "岗  位", ""]]
    y0 = 100
    grid(p, lx, y0, [iw * 0.13, iw * 0.2, iw * 0.11, iw * 0.12, iw * 0.14, iw * 0.30], rows[:1],
         30, 10.5)
    grid(p, lx, y0 + 30, [iw * 0.13, iw * 0.43, iw * 0.14, iw * 0.30], [["工作单位", "", "岗  位",
                                                                        ""]], 30, 10.5)
    p.lines[-2] = f"姓 名 {name} 性 别 {gender} 出生年月 {dotted(birth)}"
    p.lines[-1] = f"工作单位 {unit} 岗 位 {post}"
    p.text(lx + iw * 0.23, y0 + 21, name, 13, "center", PEN, font=KAI, line=False)
    p.text(lx + iw * 0.50, y0 + 21, gender, 13, "center", PEN, font=KAI, line=False)
    p.text(lx + iw * 0.85, y0 + 21, dotted(birth), 12, "center", PEN, font=KAI, line=False)
    us = 11 if text_width(unit, 12, KAI) > iw * 0.41 else 12
    p.text(lx + iw * 0.13 + 6, y0 + 51, unit, us, color=PEN, font=KAI, line=False)
    p.text(lx + iw * 0.85, y0 + 51, post, 12, "center", PEN, font=KAI, line=False)
    by = y0 + 60
    bh = 430
    p.rect(lx, by, iw, bh, (0, 0, 0), None, 0.8)
    p.rect(lx, by, 30, bh, (0, 0, 0), None, 0.8)
    from ._common import vtext

    vtext(p, lx + 15, by + 120, "本人年度工作总结", 12, step=22)
    for k in range(1, 18):
        p.rect(lx + 40, by + 16 + k * 22, iw - 52, 0.4, None, (200, 206, 214), 0)
    yy = by + 34
    extra = ["一年来，本人认真学习业务知识和有关政策法规，服从工作安排，按时完成各项任务。",
             "工作中注意与同事沟通协作，积极参加单位组织的学习培训和继续教育。",
             "存在的不足：理论学习不够系统，今后要进一步加强学习，提高业务水平。"]
    for s in [*summary, *extra[h % 2:]]:
        parts = wrap(s, iw - 76, 12, 24, KAI)
        if len(parts) > 1 and parts[-1] in "。，；":
            parts[-2:] = [parts[-2] + parts[-1]]
        for k, ln in enumerate(parts):
            if yy > by + bh - 70:
                break
            p.text(lx + 44 + (24 if k == 0 else 0), yy, ln, 12, color=PEN, font=KAI)
            yy += 22
    p.text(rx - 150, by + bh - 36, "本人签名：", 10.5, line=False)
    p.text(rx - 90, by + bh - 36, name, 14, color=PEN, font=KAI, line=False)
    p.text(rx - 14, by + bh - 12, f"{year}.12.{18 + h % 10}", 11, "right", PEN, font=KAI,
           line=False)
    gy = by + bh
    p.rect(lx, gy, iw, 50, (0, 0, 0), None, 0.8)
    p.text(lx + 10, gy + 30, "考核等次", 11, font=HEI, line=False)
    x = lx + 92
    for g in ("优秀", "合格", "基本合格", "不合格"):
        p.text(x, gy + 30, g, 11, line=False)
        bx = x + text_width(g, 11, MING) + 6
        p.rect(bx, gy + 19, 12, 12, (0, 0, 0), None, 0.8)
        if g == result:
            p.text(bx + 7, gy + 31, "√", 15, "center", PEN, font=KAI, line=False)
        x = bx + 40
    p.lines.append(f"考核等次 {result}")
    oy = gy + 50
    oh = H - 60 - oy
    p.rect(lx, oy, iw, oh, (0, 0, 0), None, 0.8)
    p.text(lx + 10, oy + 24, "考核小组（委员会）意见：", 11, line=False)
    p.text(lx + 40, oy + 56, f"同意评定为{result}等次。", 13, color=(40, 40, 45), font=KAI)
    p.text(rx - 16, oy + oh - 44, "单位（章）", 10.5, "right", line=False)
    p.text(rx - 16, oy + oh - 18, f"{year + 1}年1月{8 + h % 15}日", 12, "right", (40, 40, 45),
           font=KAI, line=False)
    p.lines.append(unit)
    p.seal(rx - 80, oy + oh - 44, 100, unit, seed=seed + 2801, **ink(seed + 2))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 29
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round29`.

def _r29_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.weixin_qun_gonggao", cn_dates=False)
def weixin_qun_gonggao(*, name, gender, birth, unit, post, year, result, summary, public,
                       seed=0, **_) -> Built:
    """A phone screenshot of the unit's 微信 staff group (全体职工群 / 全体员工群) at the
    moment the 人事科 clerk, a group admin, posted the year's 考核结果 as a 群公告 (a group
    announcement arrives in the chat as one long bubble that begins with @所有人 and is
    pinned): the status bar, the chat's title bar (‹, the group's name with its member count,
    ···), a grey time divider, the clerk's avatar and group nickname (人事科-…) over the long
    white bubble — @所有人, 关于{year}年度考核结果的公示, how the results were reached, the
    names under each 等次 (the applicant among the names of their grade), 基本合格、不合格等次：
    无, the 公示期 with the office's telephone, the unit and the date — then colleagues'
    收到 replies and the input bar at the foot. What applicants send when the paper
    公示 has come down and no form was handed out; portrait, no seal (it is a screen)."""
    from ._common import HEI, other_people, wrap

    h = _r29_hash(f"r29qun:{unit}:{name}:{year}")
    W, H = 375.0, 812.0
    ground, dark, grey = (237, 237, 237), (25, 25, 25), (150, 150, 150)
    p = Page(W, H, background=ground, font=MICRO)
    # status bar and the chat's title bar
    p.text(26, 22, f"{9 + h % 9}:{h % 60:02d}", 11, color=dark, font=HEI, line=False)
    p.text(W - 22, 22, f"5G  {40 + h % 59}%", 9, "right", dark, line=False)
    members = 40 + h % 260
    short = unit if len(unit) <= 12 else unit.replace("柳州市", "")[:10] + "…"
    staff = "职工" if public else "员工"
    p.text(14, 58, "‹", 20, color=dark, line=False)
    p.text(W / 2, 57, f"{short}全体{staff}群({members})", 13, "center", dark, font=HEI,
           line=False)
    p.text(W - 18, 55, "···", 14, "right", dark, line=False)
    p.rect(0, 74, W, 0.6, None, (214, 214, 214), 0)
    # the pinned 群公告 strip
    p.rect(0, 75, W, 30, None, (248, 248, 248), 0)
    p.rect(14, 84, 12, 12, None, (250, 160, 40), 0)
    p.text(32, 95, f"群公告：关于{year}年度考核结果的公示", 9.5, color=(90, 90, 90),
           line=False)
    p.text(W - 14, 95, "›", 12, "right", grey, line=False)
    posted_d = 8 + h % 8
    p.text(W / 2, 128, f"{year + 1}年1月{posted_d}日 上午{9 + h % 3}:{(h >> 3) % 60:02d}", 9,
           "center", grey, line=False)
    people = other_people(f"r29qun:{unit}:{year}", 12)
    clerk = people[0][0]
    office = "人事科" if public else "人力资源部"
    # avatar + nickname
    ay = 144
    p.rect(12, ay, 36, 36, None, (64, 140, 200), 0)
    p.text(30, ay + 24, clerk[-1], 14, "center", (255, 255, 255), font=HEI, line=False)
    p.text(58, ay + 9, f"{office}-{clerk}", 8.5, color=grey, line=False)
    # the bubble
    bx, bw = 56, W - 56 - 44
    size, lead = 10.5, 16.5
    others = [n for n, _g, _i in people[1:]]
    k = 1 + h % 3
    best = others[:k]
    fine = others[k:k + 6 + h % 3]
    if result == "优秀":
        best.insert(h % (len(best) + 1), name)
    else:
        fine.insert(h % (len(fine) + 1), name)
    rule = ("《事业单位工作人员考核规定》和" if public else "公司《员工绩效考核管理办法》和")
    phone = f"0772-{2600000 + h % 399999}"
    paras = [
        ("@所有人", False),
        (f"关于{year}年度考核结果的公示", True),
        (f"根据{rule}本单位{year}年度考核工作方案，经个人述职、民主测评、考核小组审核"
         f"和领导班子研究，现将{year}年度考核结果公示如下：", False),
        (f"一、优秀等次（{len(best)}人）：{'、'.join(best)}", False),
        (f"二、合格等次（{len(fine)}人）：{'、'.join(fine)}", False),
        ("三、基本合格、不合格等次：无。", False),
        (f"公示时间：{year + 1}年1月{posted_d}日至1月{posted_d + 6}日。如有异议，"
         f"请在公示期内向{office}反映，电话：{phone}。", False),
        (unit, False),
        (f"{year + 1}年1月{posted_d}日", False),
    ]
    rows = []
    for text, bold in paras:
        font = HEI if bold else MICRO
        parts = wrap(text, bw - 24, size, 0, font)
        for i in range(1, len(parts)):  # no line starts with a closing mark
            while parts[i] and len(parts[i - 1]) > 1 and (
                    parts[i][0] in "。，、；：）"
                    or (parts[i][0].isascii() and parts[i - 1][-1].isascii())):
                parts[i] = parts[i - 1][-1] + parts[i]  # an ASCII run moves down whole
                parts[i - 1] = parts[i - 1][:-1]
        rows.append((parts, font, text))
    n = sum(len(r[0]) for r in rows)
    by = ay + 16
    bh = n * lead + 4 * (len(rows) - 1) + 22
    p.rect(bx, by, bw, bh, None, (255, 255, 255), 0)
    p.text(bx - 4, by + 16, "◀", 8, color=(255, 255, 255), line=False)
    y = by + 20
    for parts, font, text in rows:
        for part in parts:
            p.text(bx + 12, y, part, size, color=(20, 90, 170) if part == "@所有人" else dark,
                   font=font, line=False)
            y += lead
        p.lines.append(text)
        y += 4
    # colleagues' replies
    y = by + bh + 22
    for j, (who, reply) in enumerate(((people[9][0], "收到"), (people[10][0], "收到[OK]"),
                                      (people[11][0], "收到，谢谢"))):
        if y > H - 120:
            break
        col = [(230, 150, 60), (110, 170, 90), (150, 120, 200)][j]
        p.rect(12, y, 36, 36, None, col, 0)
        p.text(30, y + 24, who[-1], 14, "center", (255, 255, 255), font=HEI, line=False)
        p.text(58, y + 9, who, 8.5, color=grey, line=False)
        tw = text_width(reply, size, MICRO) + 24
        p.rect(bx, y + 15, tw, 30, None, (255, 255, 255), 0)
        p.text(bx + 12, y + 35, reply, size, color=dark, line=False)
        y += 58
    # the input bar
    p.rect(0, H - 70, W, 70, None, (246, 246, 246), 0)
    p.rect(0, H - 70, W, 0.6, None, (214, 214, 214), 0)
    from ..layout import Ellipse

    for cx in (24, W - 70, W - 30):  # the voice, emoji and plus buttons as rings
        p.items.append(Ellipse(cx - 12, H - 53, 24, 24, (40, 40, 40)))
        p.items.append(Ellipse(cx - 10.6, H - 51.6, 21.2, 21.2, (246, 246, 246)))
    p.text(W - 30, H - 36, "+", 16, "center", dark, line=False)
    p.rect(44, H - 58, W - 130, 34, None, (255, 255, 255), 0)
    p.rect(W / 2 - 60, H - 10, 120, 4, None, (30, 30, 30), 0)
    return Built("annual_assessment", [p], _fields(name, year, result, unit))


@layout(LAYOUTS, "annual_assessment.waiqi_shuangyu_jixiao", cn_dates=False,
        accepts=lambda a: not a["public"])
def waiqi_shuangyu_jixiao(*, name, gender, birth, unit, post, year, result, summary, public,
                          seed=0, **_) -> Built:
    """The bilingual 年度绩效评估表 / Annual Performance Review of a foreign-invested or
    joint-venture firm (the 外资 / 合资 parts makers, plants and consultancies whose HR runs
    the year-end review on the group's global template and prints it from the HR system for
    signatures), which such firms' staff upload as their year's 考核 record: the firm's name
    and Human Resources Department at the top, the form number and revision at the right,
    the title in Chinese and English with FY{year} and the review period, a label grid of
    员工信息 / Employee Information (姓名 Name, 员工编号 Employee ID, 部门 Department, 职位
    Position, 直接上级 Line Manager, 考核周期 Review Period), a 目标达成 / Goal Achievement
    table with weights and 1–5 scores, a 能力评估 / Competencies table, the 综合评定 /
    Overall Rating row of four printed check boxes (优秀 Outstanding / 合格 Meets
    Expectations / 基本合格 Partially Meets / 不合格 Unsatisfactory) with the grade's box
    crossed and 最终考核结果 written out under it, 上级评语 / Manager's Comments, then the
    sign-off table (员工 / 直接上级 / HRBP with pen signatures and dates in ISO form), the
    firm's seal stamped over the HR line, and the 保密 / Confidential footer with the page
    and print date; portrait, scanned in colour."""
    from ._common import HEI, PEN, other_people, wrap

    h = _r29_hash(f"r29wq:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=(252, 252, 250), font=MICRO)
    navy, grey, dark = (18, 52, 96), (110, 110, 110), (30, 30, 30)
    lx, rx = 46, W - 46
    iw = rx - lx
    # head
    p.rect(lx, 34, 30, 30, None, navy, 0)
    p.text(lx + 15, 55, unit.replace("柳州市", "").replace("广西", "").replace("柳州", "")[:1],
           15, "center", (255, 255, 255), font=HEI, line=False)
    p.text(lx + 40, 47, unit, 11, color=navy, font=HEI)
    p.text(lx + 40, 61, "人力资源部  Human Resources Department", 7.5, color=grey, line=False)
    p.text(rx, 47, f"Form HR-PM-0{3 + h % 5}  Rev.{1 + h % 4}", 7.5, "right", grey, line=False)
    p.text(rx, 61, f"No. PR{year}-{h % 9000 + 1000}", 7.5, "right", grey, line=False)
    p.rect(lx, 72, iw, 1.6, None, navy, 0)
    p.text(W / 2, 100, "年度绩效评估表", 17, "center", dark, font=HEI)
    p.text(W / 2, 118, f"Annual Performance Review  ·  FY{year}", 10, "center", navy,
           line=False)

    def band(y, zh, en):
        p.rect(lx, y, iw, 18, None, navy, 0)
        p.text(lx + 8, y + 13, f"{zh} / {en}", 9, color=(255, 255, 255), font=HEI,
               line=False)
        return y + 18

    people = other_people(f"r29wq:{unit}", 3)
    manager, hrbp = people[0][0], people[1][0]
    dept = ("财务部 Finance" if "会计" in post else "运营部 Operations" if "经济" in post
            else ["技术部 Engineering", "质量部 Quality"][h % 2])
    y = band(132, "员工信息", "Employee Information")
    info = [("姓名 Name", name, "员工编号 Employee ID", f"E{(h >> 4) % 90000 + 10000}"),
            ("部门 Department", dept, "职位 Position", post),
            ("直接上级 Line Manager", manager, "考核周期 Review Period",
             f"{year}-01-01 ~ {year}-12-31")]
    c = [iw * 0.2, iw * 0.3, iw * 0.22, iw * 0.28]
    for a, va, b, vb in info:
        x = lx
        for w_, txt, lab in zip(c, (a, va, b, vb), (True, False, True, False)):
            p.rect(x, y, w_, 22, (150, 160, 175), (236, 240, 246) if lab else None, 0.6)
            p.text(x + 5, y + 15, txt, 8 if lab else 9.5, color=grey if lab else dark,
                   line=False)
            x += w_
        p.lines.append(f"{a} {va} {b} {vb}")
        y += 22
    # goals
    y = band(y + 12, "目标达成", "Goal Achievement")
    goals = [("完成年度重点项目技术任务 Key project deliverables", "40%"),
             ("质量与安全指标 Quality & safety KPIs", "25%"),
             ("流程改进与成本节约 Process improvement", "20%"),
             ("培训与知识分享 Training & knowledge sharing", "15%")]
    hi = result == "优秀"
    rows = [["#", "目标 Objective", "权重 Weight", "自评 Self", "上级 Manager"]]
    for k, (g, wt) in enumerate(goals, 1):
        s_self = 4 + (1 if hi and k % 2 else 0) if k != 3 else 3 + (1 if hi else 0)
        s_mgr = (5 if hi and k <= 2 else 4) if k != 4 else 3 + (1 if hi else 0)
        rows.append([str(k), g, wt, str(s_self), str(s_mgr)])
    y = p.table(lx, y, [22, iw - 22 - 3 * 70, 70, 70, 70], rows, 20, 8)
    # competencies
    y = band(y + 12, "能力评估", "Competencies")
    comps = [("专业能力 Professional Expertise", "4" if not hi else "5"),
             ("团队协作 Teamwork", "4"), ("沟通能力 Communication", "4" if hi else "3"),
             ("责任心 Ownership", "5" if hi else "4")]
    rows = [["能力项 Competency", "评分 Rating (1-5)"]] + [[a, b] for a, b in comps]
    y = p.table(lx, y, [iw - 140, 140], rows, 19, 8)
    p.text(lx, y + 12, "评分标准 Scale: 5 卓越 Exceptional  4 良好 Strong  3 达标 Solid  "
           "2 待改进 Developing  1 不足 Insufficient", 7, color=grey, line=False)
    # overall rating
    y = band(y + 22, "综合评定", "Overall Rating")
    p.rect(lx, y, iw, 62, (150, 160, 175), None, 0.6)
    opts = [("优秀", "Outstanding"), ("合格", "Meets Expectations"),
            ("基本合格", "Partially Meets"), ("不合格", "Unsatisfactory")]
    x = lx + 10
    for zh, en in opts:
        p.rect(x, y + 10, 10, 10, dark, None, 0.8)
        if zh == result:
            p.text(x + 5, y + 19, "X", 10, "center", dark, font=HEI, line=False)
        p.text(x + 15, y + 19, zh, 9, color=dark, line=False)
        p.text(x + 15, y + 30, en, 7, color=grey, line=False)
        x += iw / 4
    en = dict(opts)[result] if result in dict(opts) else ""
    p.text(lx + 10, y + 52, f"最终考核结果 Final Rating：{result}（{en}）", 10.5, color=dark,
           font=HEI)
    y += 62
    # manager's comments
    y = band(y + 12, "上级评语", "Manager's Comments")
    note = (f"{name}在{year}年度能按计划完成岗位目标，工作质量稳定，配合团队推进重点项目。"
            "Delivered the agreed objectives on schedule; keep building cross-team "
            "communication next year.")
    parts = wrap(note, iw - 44, 8.5, 0, MICRO)
    p.rect(lx, y, iw, 14 * len(parts) + 14, (150, 160, 175), None, 0.6)
    for k, part in enumerate(parts):
        p.text(lx + 10, y + 16 + k * 14, part, 8.5, color=dark)
    y += 14 * len(parts) + 14
    # sign-off
    y = band(y + 12, "签字确认", "Sign-off")
    d0 = 8 + h % 10
    sig = [("员工 Employee", name, f"{year + 1}-01-{d0 + 4:02d}"),
           ("直接上级 Line Manager", manager, f"{year + 1}-01-{d0 + 2:02d}"),
           ("人力资源 HRBP", hrbp, f"{year + 1}-01-{d0 + 5:02d}")]
    cw = iw / 3
    for k, (role, who, when) in enumerate(sig):
        x = lx + k * cw
        p.rect(x, y, cw, 58, (150, 160, 175), None, 0.6)
        p.text(x + 6, y + 13, role, 7.5, color=grey, line=False)
        p.text(x + cw / 2, y + 38, who, 15, "center", PEN, font=KAI, line=False)
        p.text(x + cw - 6, y + 53, when, 8, "right", PEN, font=KAI, line=False)
        p.lines.append(f"{role} {who} {when}")
    p.seal(lx + 2.5 * cw - 6, y + 26, 96, unit, bottom="人事专用章", seed=seed + 2901,
           **ink(seed + 4))
    y += 58
    p.hline(lx, rx, H - 40, 0.5)
    p.text(lx, H - 28, "保密 Confidential  ·  本表一式两份，员工与人力资源部各执一份", 7,
           color=grey, line=False)
    p.text(rx, H - 28, f"Page 1 of 1  ·  Printed {year + 1}-0{2 + h % 3}-{10 + h % 18:02d}",
           7, "right", grey, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 30
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round30`.

def _r30_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _r30_pen_lines(p: Page, x: float, y: float, text: str, width: float, size: float,
                   lead: float, indent: float = 0.0, color=(25, 40, 120)) -> float:
    """Handwriting (楷体, pen ink) wrapped into `width`, no line starting with a closing mark;
    one truth line for the whole paragraph. Returns the baseline after the last line."""
    from ._common import wrap

    parts = wrap(text, width, size, indent, KAI)
    for i in range(1, len(parts)):
        while parts[i] and parts[i][0] in "。，、；：）" and len(parts[i - 1]) > 1:
            parts[i] = parts[i - 1][-1] + parts[i]
            parts[i - 1] = parts[i - 1][:-1]
    for i, part in enumerate(parts):
        p.text(x + (indent if i == 0 else 0), y, part, size, color=color, font=KAI, line=False)
        y += lead
    p.lines.append(text)
    return y


@layout(LAYOUTS, "annual_assessment.pdf_heji_shuqian", cn_dates=False)
def pdf_heji_shuqian(*, name, gender, birth, unit, post, year, result, summary, public,
                     seed=0, **_) -> Built:
    """A desktop screenshot of the applicant's own 职称申报材料合集 PDF (the whole bundle
    scanned at a copy shop and merged into one file, bookmarked by section the way the
    申报系统's 材料上传 step asks), open in a desktop PDF reader at the page of the year's
    考核表, captured with the screenshot tool because the 系统 asks for each year's 考核
    as a separate image: the window's title bar and tabs ({name}职称申报材料合集.pdf), the
    reader's ribbon (开始 / 批注 / 页面 / 转换 / 工具) and its page box, a left 书签 panel
    with the bundle's sections (一、申报表 … 六、年度考核 opened to its five years, the
    shown year highlighted … 八、论文论著), and the grey canvas with the scanned page at
    fit-width: the 年度考核登记表's title, 单位（盖章）, the 姓名 / 性别 / 出生年月 /
    岗位 / 考核年度 grid, the 个人总结 box, the 考核意见 box with 考核等次 and the unit's
    seal over its date, cut off by the window's status bar (page N / total, zoom); colour,
    landscape, the seal on the scanned form."""
    from ._common import HEI, wrap

    h = _r30_hash(f"r30pdf:{unit}:{name}:{year}")
    W, H = 960.0, 600.0
    dark, grey, blue = (34, 34, 34), (120, 120, 120), (38, 110, 214)
    p = Page(W, H, background=(236, 237, 240), font=MICRO)
    # title bar, tabs, ribbon
    p.rect(0, 0, W, 30, None, (246, 246, 248), 0)
    p.rect(10, 6, 24, 18, None, (214, 60, 48), 0)
    p.text(22, 19, "PDF", 6.5, "center", (255, 255, 255), font=HEI, line=False)
    p.rect(44, 4, 260, 26, None, (255, 255, 255), 0)
    fname = f"{name}职称申报材料合集.pdf"
    p.text(54, 21, fname, 9, color=dark, line=False)
    p.text(294, 21, "×", 9, "right", grey, line=False)
    p.text(318, 21, "+", 11, color=grey, line=False)
    p.text(W - 14, 20, "—    □    ×", 9, "right", dark, line=False)
    p.rect(0, 30, W, 34, None, (255, 255, 255), 0)
    for k, tab in enumerate(("文件", "开始", "插入", "批注", "编辑", "页面", "转换", "工具")):
        p.text(20 + k * 52, 52, tab, 9.5, color=blue if tab == "开始" else dark, line=False)
    p.rect(72, 58, 24, 2, None, blue, 0)
    total = 38 + h % 30
    shown = 14 + h % 6 + (year % 5)
    p.rect(W - 250, 38, 110, 20, (200, 200, 200), (255, 255, 255), 0.6)
    p.text(W - 195, 52, f"{shown} / {total}", 9, "center", dark, line=False)
    p.text(W - 120, 52, "适合页面   80%", 9, color=dark, line=False)
    p.rect(0, 64, W, 0.6, None, (210, 210, 214), 0)
    # bookmarks
    bw = 210
    p.rect(0, 65, bw, H - 91, None, (248, 248, 250), 0)
    p.rect(bw, 65, 0.6, H - 91, None, (214, 214, 218), 0)
    p.text(14, 86, "书签", 10, color=dark, font=HEI, line=False)
    marks = ["一、职称评审申报表", "二、居民身份证", "三、学历学位证书", "四、专业技术资格证书",
             "五、聘任材料", "六、年度考核"]
    y = 112
    for m in marks:
        p.text(14, y, ("－ " if m.startswith("六") else "＋ ") + m, 9, color=dark, line=False)
        y += 22
    for yy in range(year - 4 + (h % 2), year - 4 + (h % 2) + 5):
        if yy == year:
            p.rect(20, y - 14, bw - 28, 20, None, (222, 234, 252), 0)
        p.text(36, y, f"{yy}年度考核登记表", 9, color=blue if yy == year else dark,
               line=False)
        y += 22
    for m in ("七、继续教育证明", "八、论文论著", "九、业绩成果材料", "十、单位公示情况"):
        p.text(14, y, "＋ " + m, 9, color=dark, line=False)
        y += 22
    # the scanned page at fit-width
    s = 0.8
    pw = 595 * s
    px = bw + (W - bw - pw) / 2
    top = 74
    p.rect(px + 3, top + 4, pw, H - top, None, (196, 196, 200), 0)
    p.rect(px, top, pw, H - top, None, (251, 250, 246), 0)

    def X(v):
        return px + v * s

    def Y(v):
        return top + v * s

    title = _title(year, public)
    p.text(X(297), Y(52), title, 16 * s, "center", font=HEI)
    p.text(X(60), Y(80), f"单位（盖章）：{unit}", 10.5 * s)
    p.text(X(535), Y(80), f"填表日期：{year}年12月{20 + h % 9}日", 9.5 * s, "right",
           line=False)
    widths = [70, 96, 54, 62, 78, 115]
    rows = [["姓名", name, "性别", gender, "出生年月", dotted(birth)],
            ["岗位", post, "考核年度", f"{year}年度", "政治面貌",
             ["群众", "中共党员"][h % 2]]]
    grid(p, X(60), Y(90), [w * s for w in widths], rows, 26 * s, 10 * s)
    by = 90 + 52
    p.rect(X(60), Y(by), 475 * s, 180 * s, (0, 0, 0), None, 0.7)
    p.rect(X(60), Y(by), 30 * s, 180 * s, (0, 0, 0), None, 0.7)
    from ._common import vtext

    vtext(p, X(75), Y(by + 50), "个人总结", 11 * s, step=22 * s, font=MING)
    yy = by + 22
    for para in summary:
        for k, part in enumerate(wrap(para, 425 * s, 9.5 * s, 19 * s, MING)):
            if yy > by + 170:
                break
            p.text(X(102) + (19 * s if k == 0 else 0), Y(yy), part, 9.5 * s, font=MING)
            yy += 17
    oy = by + 180
    p.rect(X(60), Y(oy), 475 * s, 170 * s, (0, 0, 0), None, 0.7)
    p.text(X(70), Y(oy + 24), "主管领导评语和考核等次建议：", 10.5 * s, font=MING, line=False)
    p.text(X(90), Y(oy + 48), f"该同志完成了{year}年度工作任务，建议确定为{result}等次。",
           10 * s, font=MING)
    p.text(X(70), Y(oy + 80), f"考核等次：{result}", 12 * s, font=HEI)
    p.text(X(70), Y(oy + 106), "考核委员会（小组）意见：同意。", 10.5 * s, font=MING)
    p.text(X(470), Y(oy + 130), "（盖章）", 10 * s, "center", font=MING, line=False)
    p.text(X(470), Y(oy + 154), f"{year + 1}年1月{6 + h % 20}日", 10 * s, "center",
           font=MING, line=False)
    p.lines.append(unit)
    p.seal(X(450), Y(oy + 126), 96 * s, unit, seed=seed + 3001, **ink(seed + 3))
    p.text(X(60), Y(oy + 196), "本人意见：同意。", 10.5 * s, font=MING, line=False)
    p.text(X(330), Y(oy + 196), f"签名：{name}", 10.5 * s, font=MING, line=False)
    p.text(X(60), Y(oy + 224), "注：本表一式两份，一份存入本人档案，一份由单位留存。", 9 * s,
           font=MING, line=False)
    # status bar over the bottom of the page
    p.rect(0, H - 26, W, 26, None, (246, 246, 248), 0)
    p.rect(0, H - 26, W, 0.6, None, (214, 214, 218), 0)
    p.text(14, H - 9, f"第 {shown} 页，共 {total} 页", 8.5, color=grey, line=False)
    p.text(W - 14, H - 9, f"—   ◯   +     {int(s * 100)}%", 8.5, "right", grey, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.bianjian_shouxie_zhengming", cn_dates=False)
def bianjian_shouxie_zhengming(*, name, gender, birth, unit, post, year, result, summary,
                               public, seed=0, **_) -> Built:
    """A 证明 of one year's grade written out by hand on the unit's 便笺 (the red-printed
    memo pad every office keeps: the unit's name and 便笺 in red at the head, red ruled
    lines, the address and telephone in red at the foot), which the 人事 clerk writes when
    the year's 考核登记表 cannot be found (lost, or already sealed in the 档案) and the
    applicant needs that year's proof today: 证明, 兹证明 … 同志 with gender, birth month
    and post, 其{year}年度考核结果为 … 等次, 特此证明, the unit written by hand under the text
    with the round seal stamped over it and the date; 经办人 and a telephone number at the
    bottom left. The leaf is torn off the pad (the glue strip's ragged top) and
    photographed lying on the desk with the pad and a ballpoint beside it; one portrait
    photo, colour."""
    from ..layout import Ellipse
    from ._common import DESKS, HEI, PEN, other_people

    h = _r30_hash(f"r30bj:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=DESKS[(h >> 2) % len(DESKS)], font=KAI)
    red = (206, 48, 50)
    # the pad under the leaf, a pen beside it
    p.rect(70, 46, 470, 740, None, (54, 42, 34), 0)
    p.rect(64, 40, 470, 740, None, (236, 232, 222), 0)
    p.items.append(Line(548, 120, 572, 560, 7.0, (22, 32, 88)))
    p.items.append(Line(548, 120, 553, 210, 7.5, (200, 200, 206)))
    p.items.append(Ellipse(566, 550, 10, 16, (40, 40, 44)))
    # the leaf, slightly offset on the pad
    x0, y0, sw, sh = 48, 54, 470, 740
    p.rect(x0 + 5, y0 + 6, sw, sh, None, (70, 56, 44), 0)
    p.rect(x0, y0, sw, sh, None, (252, 251, 246), 0)
    for k in range(0, int(sw), 9):  # the torn glue edge
        p.rect(x0 + k, y0, 5, 2 + (h >> (k % 17)) % 4, None, (232, 228, 218), 0)
    lx, rx = x0 + 34, x0 + sw - 30
    head = unit if text_width(unit, 17, HEI) < sw - 60 else unit.replace("广西", "")
    p.text(x0 + sw / 2, y0 + 48, head, 17, "center", red, font=HEI, line=False)
    p.text(x0 + sw / 2, y0 + 74, "便    笺", 14, "center", red, font=HEI, line=False)
    p.rect(lx - 6, y0 + 86, rx - lx + 12, 1.6, None, red, 0)
    lead = 34
    first = y0 + 126
    for k in range(18):
        p.rect(lx - 6, first + 8 + k * lead, rx - lx + 12, 0.5, None, (236, 150, 150), 0)
    p.rect(lx - 6, y0 + sh - 46, rx - lx + 12, 0.8, None, red, 0)
    phone = f"0772-{2100000 + h % 799999}"
    area = ["城中区", "柳北区", "鱼峰区", "柳南区"][h % 4]
    road = ["文昌路", "三中路", "潭中东路", "跃进路"][(h >> 4) % 4]
    p.text(x0 + sw / 2, y0 + sh - 28, f"地址：柳州市{area}{road}{10 + h % 180}号    "
           f"电话：0772-{3300000 + h % 99999}", 8, "center", red, line=False)
    # the writing
    p.text(x0 + sw / 2, first, "证    明", 19, "center", PEN, font=KAI, line=False)
    p.lines.append("证明")
    staff = "职工" if public else "员工"
    by, bm = int(birth[:4]), int(birth[5:7])
    text = (f"兹证明{name}同志，{gender}，{by}年{bm}月出生，系我单位在职{staff}，现任"
            f"{post}。该同志{year}年度考核结果为{result}等次。")
    y = _r30_pen_lines(p, lx, first + lead, text, rx - lx, 15, lead, 30, PEN)
    p.text(lx + 30, y, "特此证明。", 15, color=PEN, font=KAI)
    y += lead * 3
    us = 15 if text_width(unit, 15, KAI) < rx - lx - 90 else 13
    p.text(rx - 10, y, unit, us, "right", PEN, font=KAI)
    wy = year + 1
    wd = f"{wy}年{3 + h % 4}月{2 + (h >> 5) % 26}日"
    p.text(rx - 10, y + lead, wd, 15, "right", PEN, font=KAI, line=False)
    p.seal(rx - 10 - text_width(unit, us, KAI) / 2, y + 10, 104, unit, seed=seed + 3002,
           **ink(seed + 1))
    clerk = other_people(f"r30bj:{unit}", 1)[0][0]
    p.text(lx, y + lead * 3, f"经办人：{clerk}    电话：{phone}", 12, color=PEN, font=KAI,
           line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 31
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round31`.

def _r31_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.jiaoshi_dingqi_zhuce", cn_dates=False)
def jiaoshi_dingqi_zhuce(*, name, gender, birth, unit, post, year, result, summary, public,
                         seed=0, **_) -> Built:
    """The 中小学教师资格定期注册申请表 (the five-yearly re-registration of a teacher's
    资格, printed from the 中国教师资格网 after the online application and filled and sealed
    by the school), which applicants reuse as proof of their yearly grades because its
    middle block lists the 注册期内年度考核 year by year: the title and 申请注册类别, the
    personal grid (姓名 / 性别 / 出生日期 / 教师资格种类 / 任教学科 / 工作单位), the
    年度考核情况 table (考核年度 / 考核结果 / 考核单位) with five years, the 师德考核 row,
    the 继续教育学时 line, the 所在学校意见 box with the school's seal over the date, and an
    empty 教育行政部门审核意见 box; scanned in colour, one portrait page."""
    from ._common import HEI, PEN, other_people

    h = _r31_hash(f"r31zc:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=(252, 252, 249), font=MING)
    lx, rx = 56, W - 56
    p.text(W / 2, 64, "中小学教师资格定期注册申请表", 18, "center", font=HEI)
    p.text(lx, 92, f"申请注册类别：√定期注册  □暂缓注册        受理编号：{year + 1}"
           f"{4502 * 10000 + h % 9999:08d}", 9.5, line=False)
    grid(p, lx, 102, [76, 100, 60, 70, 78, rx - lx - 384], [
        ["姓名", name, "性别", gender, "出生日期", f"{birth[:4]}年{int(birth[5:7])}月"],
        ["资格种类", ["高级中学", "初级中学", "小学"][h % 3] + "教师资格", "任教学科",
         ["语文", "数学", "物理", "信息技术"][(h >> 6) % 4], "工作单位", ""]], 26, 9.5)
    us = 9.5 if text_width(unit, 9.5, MING) < rx - lx - 390 else 8
    p.text(rx - 4, 102 + 26 + 17, unit, us, "right")
    y = 102 + 52 + 26
    p.text(lx, y, "注册期内年度考核情况", 11, font=HEI, line=False)
    first = year - 3 + h % 2
    rows = [["考核年度", "考核结果", "考核单位"]]
    for k in range(5):
        yy = first - 1 + k
        rows.append([f"{yy}年度", result if yy == year else ["合格", "合格", "优秀"][(h + k) % 3]
                     if yy < year else "—", unit if yy <= year else ""])
    y = p.table(lx, y + 10, [110, 110, rx - lx - 220], rows, 22, 9.5)
    p.text(lx, y + 22, "注册期内师德考核：合格（均无违反师德行为）", 10, line=False)
    p.text(lx, y + 42, f"注册期内继续教育学时：{300 + h % 90}学时（含校本研修）", 10,
           line=False)
    by = y + 56
    p.rect(lx, by, rx - lx, 170, (0, 0, 0), None, 0.8)
    p.text(lx + 10, by + 22, "所在学校意见：", 11, font=HEI, line=False)
    p.text(lx + 36, by + 50, f"该同志注册期内师德表现良好，{year}年度考核结果为{result}，"
           "情况属实，", 11, color=PEN, font=KAI)
    p.text(lx + 36, by + 74, "同意定期注册。", 11, color=PEN, font=KAI, line=False)
    p.text(rx - 30, by + 118, "（学校公章）", 10, "right", line=False)
    p.text(rx - 30, by + 146, f"{year + 1}年{3 + h % 5}月{1 + (h >> 3) % 27}日", 10.5, "right",
           line=False)
    head = other_people(f"r31zc:{unit}", 1)[0][0]
    p.text(lx + 10, by + 146, "校长签字：", 10, line=False)
    p.text(lx + 66, by + 146, head, 13, color=PEN, font=KAI, line=False)
    p.seal(rx - 90, by + 118, 104, unit, seed=seed + 3101, **ink(seed + 2))
    p.lines.append(unit)
    ey = by + 186
    p.rect(lx, ey, rx - lx, 120, (0, 0, 0), None, 0.8)
    p.text(lx + 10, ey + 22, "县级以上教育行政部门审核意见：", 11, font=HEI, line=False)
    p.text(rx - 30, ey + 100, "年    月    日", 10.5, "right", line=False)
    p.text(lx, H - 48, "注：1.本表一式两份，一份存入本人人事档案，一份由教育行政部门留存。"
           "2.年度考核以人事部门备案结果为准。", 8, color=(100, 100, 100), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.caijian_fankui_tiao", cn_dates=False)
def caijian_fankui_tiao(*, name, gender, birth, unit, post, year, result, summary, public,
                        seed=0, **_) -> Built:
    """The 年度考核结果反馈单 a school or hospital office prints four to an A4 sheet, one slip
    for each staff member, stamps and cuts apart with scissors to hand out (the 考核领导小组's
    notice to each person: 同志/老师, 经…审定, 您{year}年度考核等次为…, 如有异议 within five
    working days, the unit and its seal over the date, a 编号 at the top right): the
    applicant photographs his own slip lying on the desk, the uneven scissor cuts leaving a
    strip of the neighbouring slips' text and a dashed 裁剪线 at the edges; one landscape
    photo, colour."""
    from ._common import DESKS, HEI, other_people

    h = _r31_hash(f"r31fk:{unit}:{name}:{year}")
    W, H = A4_LANDSCAPE
    p = Page(W, H, background=DESKS[h % len(DESKS)], font=MING)
    x0, y0, sw, sh = 70, 84, W - 150, 440
    p.rect(x0 + 6, y0 + 8, sw, sh, None, (60, 44, 34), 0)
    p.rect(x0, y0, sw, sh, None, (250, 249, 244), 0)
    grey = (120, 120, 120)
    # the neighbours' strips at the top and bottom edge
    nb = other_people(f"r31fk:{unit}:{year}", 2)
    p.text(x0 + 40, y0 + 12, f"…单位（盖章）              {nb[0][0]}同志：经学校年度考核领导"
           "小组审定……", 9, color=grey, line=False)
    for k in range(0, int(sw), 14):
        p.rect(x0 + k, y0 + 20, 7, 0.8, None, grey, 0)
        p.rect(x0 + k, y0 + sh - 22, 7, 0.8, None, grey, 0)
    p.text(x0 + 40, y0 + sh - 6, f"{year}年度考核结果反馈单            编号：{year}-"
           f"{(h % 80) + 2:03d}", 9, color=grey, line=False)
    lx, rx = x0 + 46, x0 + sw - 46
    p.text(rx, y0 + 50, f"编号：{year}-{(h % 80) + 1:03d}", 10, "right", line=False)
    p.text((lx + rx) / 2, y0 + 82, f"{year}年度考核结果反馈单", 20, "center", font=HEI)
    call = "老师" if h % 2 else "同志"
    p.text(lx, y0 + 126, f"{name}{call}：", 14)
    body = (f"经本单位年度考核领导小组审定，并经公示无异议，您{year}年度考核等次为：")
    p.text(lx + 28, y0 + 160, body, 14, line=False)
    p.text(lx + 28 + text_width(body, 14, MING) + 8, y0 + 160, result, 16, color=(25, 40, 120),
           font=KAI, line=False)
    p.lines.append(body + result)
    p.wrapped(lx, y0 + 194, "如对考核结果有异议，请于收到本反馈单之日起五个工作日内向单位人事"
              "部门书面提出复核申请。逾期视为无异议。", rx - lx, 12, 24, first_indent=24)
    sx = rx - 40
    us = 14 if text_width(unit, 14, MING) < 320 else 12
    p.text(sx, y0 + 300, unit, us, "right")
    p.text(sx, y0 + 330, f"{year + 1}年1月{8 + h % 20}日", 13, "right", line=False)
    p.seal(sx - text_width(unit, us, MING) / 2, y0 + 306, 108, unit, seed=seed + 3102,
           **ink(seed + 4))
    p.text(lx, y0 + 370, "本人签收：____________      （此联由本人留存）", 11, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 32
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round32`.

def _r32_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.wenjiantao_fanguang", cn_dates=False)
def wenjiantao_fanguang(*, name, gender, birth, unit, post, year, result, summary, public,
                        seed=0, **_) -> Built:
    """The 专业技术人员年度考核登记表 as the applicant keeps it at home: slid into a clear
    plastic sleeve (文件套 / 资料册内页) of a ring binder and photographed from above without
    taking it out: the binder's rings and the sleeve's punched strip down the left, the
    sleeve a little larger than the sheet, two diagonal glare streaks from the ceiling light
    across the plastic, the form under it (编号, the personal grid 姓名 / 性别 / 出生年月 /
    工作单位 / 现任专业技术职务 / 聘任岗位, the 本人总结 box with the handwritten summary's
    first lines, 单位考核意见 with the 考核等次 written in, the 单位负责人 signature and the
    unit's seal over the date, 本人签名); one portrait photo, colour."""
    from ._common import DESKS, HEI, PEN, other_people, wrap_cjk

    h = _r32_hash(f"r32wjt:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=DESKS[h % len(DESKS)], font=MING)
    # the binder cover and the sleeve
    p.rect(14, 16, W - 28, H - 30, None, (38, 70, 128), 0)
    p.rect(34, 22, W - 56, H - 40, None, (226, 230, 232), 0)
    for k in range(4):  # the rings
        ry = 120 + k * 200
        p.rect(22, ry, 36, 14, None, (190, 192, 196), 0)
        p.rect(22, ry + 3, 36, 8, None, (150, 152, 156), 0)
    for k in range(30):  # the sleeve's punched strip
        p.rect(44, 40 + k * 26, 8, 8, None, (200, 204, 208), 0)
    sx, sy, sw, sh = 70, 34, W - 100, H - 62
    p.rect(sx, sy, sw, sh, None, (250, 250, 246), 0)
    lx, rx = sx + 30, sx + sw - 26
    p.text(rx, sy + 26, f"编号：{year}-{h % 300 + 1:03d}", 9, "right", line=False)
    p.text((lx + rx) / 2, sy + 56, f"专业技术人员{year}年度考核登记表", 17, "center", font=HEI)
    p.text(lx, sy + 80, f"填表日期：{year}年12月{10 + h % 18}日", 9.5, line=False)
    cw = rx - lx
    y = grid(p, lx, sy + 88, [70, 96, 50, 50, 70, cw - 336], [
        ["姓  名", name, "性别", gender, "出生年月", f"{birth[:4]}.{birth[5:7]}"]], 28, 10)
    us = 10 if text_width(unit, 10, MING) < cw - 90 else 8
    y = grid(p, lx, y, [70, cw - 70], [["工作单位", ""]], 28, 10)
    p.text(lx + 80, y - 10, unit, us)
    p.lines.append(f"工作单位 {unit}")
    y = grid(p, lx, y, [70, 166, 70, cw - 306], [["聘任岗位", post, "考核年度", f"{year}年度"]],
             28, 10)
    # 本人总结
    p.rect(lx, y, cw, 250, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 20, "本人总结（德、能、勤、绩、廉）：", 10.5, font=HEI, line=False)
    text = "".join(summary) if isinstance(summary, (list, tuple)) else summary
    text = text or f"{year}年，本人认真履行{post}岗位职责，完成各项工作任务。"
    wrap_cjk(p, lx + 12, y + 46, text[:160], cw - 24, 10.5, 20, first_indent=21)
    p.text(rx - 120, y + 232, "本人签名：", 10, line=False)
    p.text(rx - 60, y + 232, name, 13, color=PEN, font=KAI, line=False)
    y += 250
    # 单位考核意见
    p.rect(lx, y, cw, 210, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 20, "单位考核意见：", 10.5, font=HEI, line=False)
    p.text(lx + 30, y + 52, "经考核领导小组评议，考核等次为：", 11, line=False)
    p.text(lx + 30 + text_width("经考核领导小组评议，考核等次为：", 11, MING) + 6, y + 52, result,
           15, color=PEN, font=KAI, line=False)
    p.lines.append(f"考核等次为：{result}")
    boss = other_people(f"r32wjt:{unit}", 1)[0][0]
    p.text(lx + 30, y + 150, "单位负责人：", 10, line=False)
    p.text(lx + 96, y + 150, boss, 14, color=PEN, font=KAI, line=False)
    p.text(rx - 20, y + 178, f"{year + 1}年1月{5 + h % 20}日", 10.5, "right", line=False)
    p.text(rx - 20, y + 150, "（单位盖章）", 10, "right", line=False)
    p.seal(rx - 70, y + 150, 100, unit, seed=seed + 3201, **ink(seed + 1))
    p.lines.append(unit)
    y += 210
    p.rect(lx, y, cw, 70, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 20, "主管部门意见：", 10.5, font=HEI, line=False)
    p.text(rx - 20, y + 56, "年    月    日", 10, "right", line=False)
    p.text((lx + rx) / 2, sy + sh - 12, "注：此表一式两份，一份存入本人档案。", 8,
           "center", (110, 110, 110), line=False)
    # the glare of the sleeve: two soft white streaks across the plastic
    for gx, gy, op in ((W * 0.62, H * 0.22, 0.42), (W * 0.30, H * 0.80, 0.3)):
        p.watermark(gx, gy, "▇" * 14, 30, 38.0, (255, 255, 255), op)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.chuanzhen_yuandanwei", cn_dates=False)
def chuanzhen_yuandanwei(*, name, gender, birth, unit, post, year, result, summary, public,
                         seed=0, **_) -> Built:
    """A fax: when an applicant has changed jobs, the new unit's 人事科 asks the former one
    for the years it cannot vouch for, and the former unit faxes back a short
    年度考核情况证明; what the applicant uploads is a scan of the thermal fax as it came
    out of the machine: the machine's header line at the top (date and time, the sender's
    fax number and station name, P.01/01), the former unit's 传真 cover block (收件单位 /
    发件单位 / 页数 / 经办人 and phone), then the 证明 itself (兹证明, the person, 在我单位
    工作期间 the year and its 考核等次, 特此证明), the unit with its seal printed grey by the
    fax over the date, the receiving machine's footer; greyish paper, grey toner, a few
    horizontal streaks of the fax's scan line, one portrait page."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r32_hash(f"r32cz:{unit}:{name}:{year}")
    W, H = A4
    ink_c = (48, 48, 48)
    p = Page(W, H, background=(236, 234, 226), font=MING)
    fax = f"0772-{2800000 + h % 899999}"
    sent = f"{year + 3 - h % 2}/{3 + h % 6:02d}/{1 + (h >> 4) % 27:02d}"
    p.text(30, 24, f"{sent} {9 + h % 8}:{(h >> 3) % 60:02d}   FAX {fax}   RENSHIKE   "
           "P.01/01", 8.5, color=ink_c, font=MICRO, line=False)
    for k in range(5):  # the scan line's streaks
        yy = 90 + ((h >> k) % 700)
        p.rect(0, yy, W, 1.4, None, (200, 198, 190), 0)
    lx, rx = 64, W - 64
    p.text((lx + rx) / 2, 78, "传    真", 20, "center", ink_c, font=HEI, line=False)
    clerk, boss = (x[0] for x in other_people(f"r32cz:{unit}", 2))
    cover = [["收件单位", "人事科（职称申报）", "发件单位", "人事科"],
             ["页    数", "共1页（含本页）", "经 办 人", f"{clerk}  {fax[:-2]}18"]]
    y = grid(p, lx, 98, [76, (rx - lx) / 2 - 76, 76, (rx - lx) / 2 - 76], cover, 26, 10)
    p.hline(lx, rx, y + 14, 1.6)
    p.text((lx + rx) / 2, y + 64, "年度考核情况证明", 19, "center", ink_c, font=HEI)
    born = f"{birth[:4]}年{int(birth[5:7])}月"
    body = (f"兹证明{name}同志（{gender}，{born}出生）原在我单位从事{post}工作。"
            f"该同志在我单位工作期间，{year}年度考核等次为{result}。")
    yy = wrap_cjk(p, lx, y + 110, body, rx - lx, 13, 26, first_indent=26)
    p.text(lx + 26, yy + 4, "特此证明。", 13, color=ink_c)
    us = 13 if text_width(unit, 13, MING) < 300 else 11
    sy = yy + 90
    p.text(rx - 20, sy, unit, us, "right", ink_c)
    p.text(rx - 20, sy + 30, f"{year + 3 - h % 2}年{3 + h % 6}月{1 + (h >> 4) % 27}日", 12,
           "right", ink_c, line=False)
    p.seal(rx - 20 - text_width(unit, us, MING) / 2, sy + 6, 110, unit, seed=seed + 3202,
           color=(70, 70, 70), strength=0.85)
    p.text(lx, sy + 90, f"联系人：{clerk}    单位负责人：{boss}", 10.5, color=ink_c, line=False)
    p.text(lx, sy + 112, "（此件经传真发送，原件存我单位人事档案）", 9.5, color=(90, 90, 90),
           line=False)
    p.text(W / 2, H - 18, f"RX  {sent}  FROM {fax}  STATUS OK  01 PAGE", 8, "center",
           (90, 90, 90), font=MICRO, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 33
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round33`.

def _r33_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.zizhu_zhongduan_huizhi", cn_dates=False)
def zizhu_zhongduan_huizhi(*, name, gender, birth, unit, post, year, result, summary, public,
                           seed=0, **_) -> Built:
    """The narrow thermal slip a 人社 self-service terminal (人力资源社会保障自助服务一体机,
    in the 政务服务大厅) prints after the applicant swipes the 社保卡 and picks 人事档案 ›
    年度考核结果查询, laid on the counter's grey laminate and photographed from above: the
    terminal's heading and 机器编号, the 打印流水号 and time, the person (姓名, 性别, the
    masked 身份证号 left out, 出生年月), the 工作单位, one row per year (年度 / 考核结果 /
    备案单位) with the requested year among earlier and later ones, the 温馨提示 that the
    slip is for reference and the 人社局's round 业务专用章 printed in red by the terminal,
    the 咨询电话 12333; the slip curls slightly, one portrait photo."""
    from ._common import HEI, wrap_cjk

    h = _r33_hash(f"r33zz:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=(168, 170, 166), font=MICRO)
    sx, sw = 150, 300
    sy, sh = 30, H - 60
    p.rect(sx + 7, sy + 8, sw, sh, None, (120, 122, 118), 0)
    p.rect(sx, sy, sw, sh, None, (247, 246, 240), 0)
    dark = (52, 52, 56)
    lx, rx = sx + 18, sx + sw - 18
    cx = sx + sw / 2
    p.text(cx, sy + 34, "柳州市人力资源和社会保障局", 12.5, "center", dark, font=HEI)
    p.text(cx, sy + 56, "自助服务终端 · 年度考核结果查询单", 11, "center", dark)
    p.text(cx, sy + 74, "- " * 22, 8, "center", dark, line=False)
    when = f"{year + 2 + h % 2}-{3 + h % 8:02d}-{1 + h % 27:02d} {9 + h % 7}:{h % 60:02d}"
    p.text(lx, sy + 94, f"机器编号：LZ-RS-{h % 90 + 10:02d}   流水号：{h % 9000000 + 1000000}",
           8.5, color=dark, line=False)
    p.text(lx, sy + 110, f"打印时间：{when}", 8.5, color=dark, line=False)
    p.text(cx, sy + 126, "- " * 22, 8, "center", dark, line=False)
    y = sy + 148
    for lab, val in (("姓    名", name), ("性    别", gender),
                     ("出生年月", f"{birth[:4]}年{int(birth[5:7])}月")):
        p.text(lx, y, f"{lab}：{val}", 10.5, color=dark)
        y += 20
    p.text(lx, y, "工作单位：", 10.5, color=dark, line=False)
    y = wrap_cjk(p, lx + 56, y, unit, rx - lx - 56, 10.5, 17)
    p.lines.append(f"工作单位：{unit}")
    p.text(cx, y + 2, "- " * 22, 8, "center", dark, line=False)
    y += 22
    p.text(lx, y, "年度", 10, color=dark, font=HEI, line=False)
    p.text(lx + 70, y, "考核结果", 10, color=dark, font=HEI, line=False)
    p.text(rx, y, "备案情况", 10, "right", dark, font=HEI, line=False)
    y += 20
    others = ("合格", "合格", "优秀", "合格")
    for k, yr in enumerate(range(year - 2, year + 2)):
        res = result if yr == year else others[(h + k) % 4]
        p.text(lx, y, f"{yr}", 10, color=dark, line=False)
        p.text(lx + 70, y, res, 10, color=dark, line=False)
        p.text(rx, y, "已备案", 10, "right", dark, line=False)
        p.lines.append(f"{yr}年度 考核结果 {res}")
        y += 19
    p.text(cx, y, "- " * 22, 8, "center", dark, line=False)
    y += 20
    y = wrap_cjk(p, lx, y, "温馨提示：本查询单信息来源于人事档案年度考核备案数据，"
                 "仅供参考，以档案原件为准。", rx - lx, 8.5, 14)
    p.seal(rx - 50, y + 40, 74, "柳州市人力资源和社会保障局", "业务专用章", seed=seed + 3301,
           color=(222, 60, 60), strength=0.7)
    p.text(lx, y + 96, "咨询电话：12333", 9, color=dark, line=False)
    p.text(cx, y + 118, "* 请妥善保管 *", 9, "center", dark, line=False)
    # taken to the unit's 人事科, which vouches for it in pen under its seal
    from ._common import PEN

    p.text(lx + 4, y + 160, "以上情况属实。", 13, color=PEN, font=KAI, line=False)
    us = 9.5 if text_width(unit, 9.5, MING) < rx - lx - 10 else 8
    p.text(rx - 4, y + 192, unit, us, "right", PEN, font=KAI)
    p.text(rx - 4, y + 212, f"{when[:4]}.{when[5:7]}.{when[8:10]}", 10, "right", PEN,
           font=KAI, line=False)
    p.seal(rx - 4 - min(text_width(unit, us, MING), rx - lx) / 2, y + 190, 96, unit,
           seed=seed + 3303, **ink(seed + 1))
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.taideng_yepai", cn_dates=False)
def taideng_yepai(*, name, gender, birth, unit, post, year, result, summary, public, seed=0,
                  **_) -> Built:
    """The 年度考核登记表's 考核意见 half, photographed at home in the evening under a desk
    lamp the night before the upload closes: the warm yellow cast over everything, the
    lamp's bright pool upper left fading to dim corners, the shadow of the phone and hand
    across the lower right, the sheet a little tilted on a dark desk; on it the form's lower
    rows (姓名 / 性别 / 出生年月 / 单位 repeated in the page header of the 续表, 岗位, the
    last lines of the 个人总结, 主管领导评语和考核等次建议, 考核委员会意见 with the 等次 ticked
    and written, the unit's seal over the date, 本人意见 and signature, 备注); one page."""
    from ._common import HEI, PEN, other_people, wrap_cjk

    h = _r33_hash(f"r33td:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=(52, 40, 28), font=MING)
    sx, sy, sw, sh = 44, 40, W - 80, H - 70
    p.rect(sx + 8, sy + 10, sw, sh, None, (30, 22, 14), 0)
    p.rect(sx, sy, sw, sh, None, (236, 214, 168), 0)
    p.watermark(sx + 150, sy + 170, "●", 420, 0.0, (255, 244, 214), 0.45)
    lx, rx = sx + 34, sx + sw - 30
    cw = rx - lx
    dark = (46, 38, 30)
    p.text(rx, sy + 28, "第2页  共2页", 9, "right", dark, line=False)
    p.text((lx + rx) / 2, sy + 56, f"{year}年度考核登记表（续）", 15, "center", dark, font=HEI)
    y = grid(p, lx, sy + 72, [64, 90, 44, 44, 64, cw - 306], [
        ["姓名", name, "性别", gender, "出生年月", f"{birth[:4]}.{birth[5:7]}"]], 26, 10)
    p.rect(lx, y, 64, 26, (0, 0, 0), None, 0.8)
    p.rect(lx + 64, y, cw - 64, 26, (0, 0, 0), None, 0.8)
    p.text(lx + 32, y + 17, "单位", 10, "center", dark, line=False)
    us = 10 if text_width(unit, 10, MING) < cw - 80 else 8
    p.text(lx + 72, y + 17, unit, us, color=dark, line=False)
    p.lines.append(f"单位 {unit}")
    y += 26
    y = grid(p, lx, y, [64, cw - 64], [["岗位", post]], 26, 10)
    p.rect(lx, y, cw, 120, (0, 0, 0), None, 0.8)
    text = "".join(summary) if isinstance(summary, (list, tuple)) else (summary or "")
    tail = text[-90:] if text else f"今后将继续做好{post}工作，努力提高业务水平。"
    wrap_cjk(p, lx + 10, y + 22, "（接上页）" + tail, cw - 20, 10, 18)
    p.text(rx - 110, y + 106, "本人签名：", 10, line=False)
    p.text(rx - 52, y + 106, name, 13, color=PEN, font=KAI, line=False)
    y += 120
    boss, chair = (x[0] for x in other_people(f"r33td:{unit}", 2))
    p.rect(lx, y, cw, 110, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 20, "主管领导评语和考核等次建议：", 10.5, font=HEI, line=False)
    p.text(lx + 24, y + 48, "工作踏实，能完成岗位职责，同事评价良好。", 12, color=PEN,
           font=KAI, line=False)
    p.text(lx + 24, y + 74, f"建议：{result}", 12, color=PEN, font=KAI, line=False)
    p.text(rx - 130, y + 98, f"签名：{boss}", 10, line=False)
    y += 110
    p.rect(lx, y, cw, 170, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 20, "考核委员会（小组）意见：", 10.5, font=HEI, line=False)
    bx = lx + 24
    for b in BOXES:
        mark = "√" if b == result else "□"
        p.text(bx, y + 50, f"{mark}{b}", 11, line=False)
        bx += text_width(f"{mark}{b}", 11, MING) + 22
    p.text(lx + 24, y + 80, "经考核委员会审定，该同志本年度考核等次为", 11, line=False)
    p.text(lx + 24 + text_width("经考核委员会审定，该同志本年度考核等次为", 11, MING) + 4,
           y + 80, result, 14, color=PEN, font=KAI, line=False)
    p.lines.append(f"考核等次为{result}")
    p.text(lx + 24, y + 140, f"负责人：{chair}", 10, line=False)
    p.text(rx - 20, y + 150, f"{year + 1}年1月{8 + h % 18}日", 10.5, "right", line=False)
    p.text(rx - 20, y + 124, "（盖章）", 10, "right", line=False)
    p.seal(rx - 90, y + 118, 104, unit, seed=seed + 3302, **ink(seed + 4))
    y += 170
    p.rect(lx, y, cw, 56, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 22, "本人意见：", 10.5, font=HEI, line=False)
    p.text(lx + 80, y + 24, "同意", 13, color=PEN, font=KAI, line=False)
    p.text(rx - 120, y + 44, f"签名：{name}", 10, line=False)
    y += 56
    p.rect(lx, y, cw, 40, (0, 0, 0), None, 0.8)
    p.text(lx + 8, y + 24, "备注：", 10.5, font=HEI, line=False)
    # the evening light: dim corners, the phone's shadow lower right
    p.watermark(W - 40, H - 20, "█" * 6, 150, 35.0, (20, 14, 8), 0.42)
    p.watermark(W - 20, 30, "█" * 4, 90, -30.0, (20, 14, 8), 0.25)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 34
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round34`.

def _r34_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.wps_tupian_zhuan_biaoge", cn_dates=False)
def wps_tupian_zhuan_biaoge(*, name, gender, birth, unit, post, year, result, summary, public,
                            seed=0, **_) -> Built:
    """A desktop screenshot of WPS Office's 图片转表格 tool (会员功能 › 图片转文字 ›
    转为表格), which applicants use to retype a 年度考核登记表 photo into the 申报 system's
    Excel 模板: the WPS window's tab bar (首页, the photo's file name, the tool's tab), the
    tool's own toolbar (识别语言 中英文, 转换为 Excel, 重新识别, 导出, the 会员 badge), the
    original photo on the left (the form lying a little crooked on a desk, its head, the
    grid rows and the unit's red seal over the 考核委员会 date), the recognised editable grid
    on the right with its column letters and row numbers, a cell selected with the green
    frame, one cell misread and flagged yellow 待校对, the status line (识别完成 · 共 n 个
    单元格 · 置信度) and the 导出为Excel button; landscape, one page."""
    from ._common import HEI, PEN, other_people

    h = _r34_hash(f"r34wt:{unit}:{name}:{year}")
    W, H = 1000.0, 640.0
    dark, grey = (40, 40, 44), (120, 122, 128)
    p = Page(W, H, background=(238, 240, 244), font=MICRO)
    # WPS tab bar
    p.rect(0, 0, W, 34, None, (222, 226, 232), 0)
    p.rect(8, 6, 70, 28, None, (200, 40, 40), 0)
    p.text(43, 25, "WPS", 12, "center", (255, 255, 255), font=HEI, line=False)
    p.text(96, 24, "首页", 10, color=dark, line=False)
    fname = f"IMG_{20240100 + h % 9000}_{h % 900000 + 100000}.jpg"
    p.rect(136, 6, 210, 28, None, (246, 247, 250), 0)
    p.text(148, 24, fname, 9.5, color=dark, line=False)
    p.rect(350, 6, 150, 28, None, (255, 255, 255), 0)
    p.text(362, 24, "图片转表格", 10, color=dark, line=False)
    p.text(W - 16, 24, "—   □   ×", 10, "right", dark, line=False)
    # the tool's toolbar
    p.rect(0, 34, W, 40, None, (255, 255, 255), 0)
    for k, lab in enumerate(("识别语言：中英文", "转换为：Excel", "重新识别", "旋转",
                             "导出")):
        p.text(18 + k * 118, 59, lab, 10, color=dark, line=False)
    p.rect(W - 150, 44, 56, 20, None, (250, 214, 120), 0)
    p.text(W - 122, 58, "会员", 9.5, "center", (120, 70, 0), line=False)
    p.rect(W - 86, 42, 72, 24, None, (36, 120, 230), 0)
    p.text(W - 50, 58, "导出为Excel", 9, "center", (255, 255, 255), line=False)
    # left: the original photo of the form (small, on a desk)
    lx0, ly0, lw0, lh0 = 14, 86, 380, 520
    p.rect(lx0, ly0, lw0, lh0, None, (250, 250, 252), 0)
    p.text(lx0 + 10, ly0 + 18, "原图", 9.5, color=grey, line=False)
    p.rect(lx0 + 10, ly0 + 28, lw0 - 20, lh0 - 40, None, (120, 96, 70), 0)  # the desk
    sx, sy, sw, sh = lx0 + 36, ly0 + 44, lw0 - 64, lh0 - 72
    p.rect(sx + 4, sy + 5, sw, sh, None, (70, 52, 38), 0)
    p.rect(sx, sy, sw, sh, None, (244, 242, 234), 0)
    title = _title(year, public)
    ts = 10 if text_width(title, 10, HEI) < sw - 20 else 8
    p.text(sx + sw / 2, sy + 26, title, ts, "center", dark, font=HEI, line=False)
    gx, gw = sx + 12, sw - 24
    us = 6 if text_width(unit, 6, MING) < gw - 40 else 5
    small = [("姓名", name, "性别", gender), ("出生年月", f"{birth[:4]}.{birth[5:7]}",
                                                "岗位", post[:6])]
    yy = sy + 40
    for a, b, c, d in small:
        p.rect(gx, yy, gw, 18, (60, 60, 60), None, 0.5)
        p.text(gx + 4, yy + 12, f"{a}  {b}", 6.5, color=dark, font=MING, line=False)
        p.text(gx + gw / 2 + 4, yy + 12, f"{c}  {d}", 6.5, color=dark, font=MING, line=False)
        yy += 18
    p.rect(gx, yy, gw, 18, (60, 60, 60), None, 0.5)
    p.text(gx + 4, yy + 12, f"单位  {unit}", us, color=dark, font=MING, line=False)
    yy += 18
    p.rect(gx, yy, gw, 150, (60, 60, 60), None, 0.5)
    p.text(gx + 4, yy + 12, "个人总结", 6.5, color=dark, font=MING, line=False)
    for k in range(11):
        p.rect(gx + 10, yy + 22 + k * 11, gw - 24 - (k * 13) % 50, 1.6, None, (120, 120, 130), 0)
    yy += 150
    p.rect(gx, yy, gw, 120, (60, 60, 60), None, 0.5)
    p.text(gx + 4, yy + 12, "考核委员会意见", 6.5, color=dark, font=MING, line=False)
    p.text(gx + 30, yy + 44, f"同意，{result}", 10, color=PEN, font=KAI, line=False)
    p.text(gx + gw - 8, yy + 100, f"{year + 1}年1月{6 + h % 20}日", 6.5, "right", dark,
           font=MING, line=False)
    p.seal(gx + gw - 50, yy + 82, 62, unit, seed=seed + 3401, **ink(seed + 2))
    yy += 120
    p.rect(gx, yy, gw, min(60, sy + sh - yy - 8), (60, 60, 60), None, 0.5)
    p.text(gx + 4, yy + 12, "本人意见", 6.5, color=dark, font=MING, line=False)
    p.text(gx + 40, yy + 36, f"同意  {name}", 9, color=PEN, font=KAI, line=False)
    # right: the recognised grid
    rx0, ry0, rw0 = 406, 86, W - 420
    p.rect(rx0, ry0, rw0, 520, None, (255, 255, 255), 0)
    p.text(rx0 + 10, ry0 + 18, "识别结果（可编辑）", 9.5, color=grey, line=False)
    cols = [40, 120, 210, 80, rw0 - 40 - 120 - 210 - 80 - 12]
    gx0, gy0, rh = rx0 + 6, ry0 + 28, 30
    cx = gx0 + 40
    for k, w in enumerate(cols[1:]):
        p.rect(cx, gy0, w, 20, (200, 200, 205), (244, 245, 247), 0.5)
        p.text(cx + w / 2, gy0 + 14, "ABCD"[k], 9, "center", grey, line=False)
        cx += w
    rows = [(title, "", "", ""),
            ("姓名", name, "性别", gender),
            ("出生年月", f"{birth[:4]}.{birth[5:7]}", "考核年度", f"{year}"),
            ("工作单位", unit, "", ""),
            ("岗位（职务）", post, "", ""),
            ("个人总结", "（见原表）", "", ""),
            ("主管领导评语", "工作认真负责，完成了岗位目标任务。", "", ""),
            ("考核等次", result, "", ""),
            ("考核委员会意见", f"同意，{result}", "", ""),
            ("审核日期", f"{year + 1}年1月{6 + h % 20}日", "", ""),
            ("本人意见", "同意", "签名", name)]
    y = gy0 + 20
    bad = 5 + h % 3
    for r, cells in enumerate(rows, start=1):
        p.rect(gx0, y, 40, rh, (200, 200, 205), (244, 245, 247), 0.5)
        p.text(gx0 + 20, y + 19, str(r), 9, "center", grey, line=False)
        cx = gx0 + 40
        merged = r in (1, 4, 5, 6, 7, 8, 9, 10)
        spans = ([cols[1], sum(cols[2:])] if merged and r != 1 else
                 [sum(cols[1:])] if r == 1 else cols[1:])
        for k, w in enumerate(spans):
            fill = (255, 246, 200) if r == bad and k == 1 else None
            p.rect(cx, y, w, rh, (200, 200, 205), fill, 0.5)
            cell = cells[k] if r != 1 else cells[0]
            size = 10.5
            while text_width(cell, size, MICRO) > w - 10 and size > 7:
                size -= 0.5
            if r == 1:
                p.text(cx + w / 2, y + 20, cell, size, "center", dark, font=HEI, line=False)
            else:
                p.text(cx + 5, y + 20, cell, size, color=dark, line=False)
            cx += w
        line = " ".join(c for c in (cells if r != 1 else cells[:1]) if c)
        p.lines.append(line)
        y += rh
    # the selected cell (the grade) and the 待校对 tip
    sel_y = gy0 + 20 + 7 * rh
    p.rect(gx0 + 40 + cols[1], sel_y, sum(cols[2:]), rh, (30, 160, 80), None, 2.0)
    p.rect(rx0 + rw0 - 150, gy0 + 20 + (bad - 1) * rh + 4, 140, 22, None, (255, 236, 160), 0)
    p.text(rx0 + rw0 - 80, gy0 + 20 + (bad - 1) * rh + 19, "！待校对：识别置信度低", 8.5,
           "center", (150, 90, 0), line=False)
    other = other_people(f"r34wt:{unit}", 1)[0][0]
    p.text(rx0 + 10, y + 26, f"提示：原表手写部分（如“{other}”等审核人签名）可能无法识别，"
           "请核对后导出。", 9, color=grey, line=False)
    # status line
    p.rect(0, H - 28, W, 28, None, (226, 229, 234), 0)
    n = len(rows) * 3 + 2
    p.text(16, H - 10, f"识别完成 · 共 {n} 个单元格 · 置信度 {90 + h % 9}%", 9.5,
           color=dark, line=False)
    p.text(W - 16, H - 10, f"缩放 {80 + h % 3 * 10}%   ⊖ ─────●──── ⊕", 9.5, "right", dark,
           line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.xinchuang_uos_renshi_xitong", cn_dates=False)
def xinchuang_uos_renshi_xitong(*, name, gender, birth, unit, post, year, result, summary,
                                public, seed=0, **_) -> Built:
    """A full-screen screenshot from an office PC moved to the 信创 desktop (统信UOS, the
    国产 operating system that 机关 and 事业单位 now run), taken with the system's own
    截图录屏 tool: the dark taskbar (dock) along the bottom with the launcher, file manager,
    the 奇安信可信浏览器 and WPS icons, the clock and date; the browser window with its tab
    (人事管理信息系统), the intranet address, the system's blue header (the unit's name, the
    user 欢迎您 and 退出), the left menu (个人中心 › 基本信息 / 岗位聘用 / 年度考核 / 奖惩
    情况 / 培训记录), the breadcrumb, the person's summary strip, and the 年度考核 table (年度 /
    考核等次 / 考核单位 / 审核状态 / 备案时间 / 操作 查看登记表) with several years, the
    wanted year's row highlighted; the 打印证明 pop-up's preview at the right with the unit's
    red e-seal over the date; the screenshot tool's 保存成功 toast in the corner; landscape."""
    from ._common import HEI, other_people

    h = _r34_hash(f"r34uos:{unit}:{name}:{year}")
    W, H = 1000.0, 625.0
    dark, grey, blue = (40, 44, 52), (130, 134, 142), (22, 94, 180)
    p = Page(W, H, background=(70, 110, 150), font=MICRO)
    # the browser window
    bx, by, bw, bh = 20, 14, W - 40, H - 76
    p.rect(bx, by, bw, bh, None, (250, 251, 253), 0)
    p.rect(bx, by, bw, 34, None, (232, 234, 238), 0)
    p.rect(bx + 10, by + 6, 210, 28, None, (250, 251, 253), 0)
    p.text(bx + 22, by + 24, "人事管理信息系统 - 个人中心", 9.5, color=dark, line=False)
    p.text(bx + 236, by + 24, "+", 12, color=grey, line=False)
    p.text(bx + bw - 12, by + 22, "—   ▢   ✕", 10, "right", dark, line=False)
    p.rect(bx, by + 34, bw, 30, None, (250, 251, 253), 0)
    p.text(bx + 12, by + 54, "‹  ›  C", 11, color=grey, line=False)
    p.rect(bx + 70, by + 39, bw - 160, 21, None, (238, 240, 243), 0)
    host = f"10.{h % 200 + 20}.{h % 50 + 1}.{h % 200 + 10}:8080"
    p.text(bx + 80, by + 54, f"ⓘ 不安全 | http://{host}/hrms/self/assess/list", 9, color=grey,
           line=False)
    p.text(bx + bw - 14, by + 54, "奇安信可信浏览器  ≡", 8.5, "right", grey, line=False)
    # the system's header
    hy = by + 64
    p.rect(bx, hy, bw, 46, None, blue, 0)
    hs = 14 if text_width(unit + "人事管理信息系统", 14, HEI) < bw - 320 else 11
    p.text(bx + 18, hy + 29, f"{unit}人事管理信息系统", hs, color=(255, 255, 255), font=HEI,
           line=False)
    p.lines.append(f"{unit} 人事管理信息系统")
    p.text(bx + bw - 16, hy + 29, f"欢迎您，{name}   |   修改密码   |   退出", 9.5, "right",
           (255, 255, 255), line=False)
    # left menu
    my = hy + 46
    p.rect(bx, my, 150, bh - 110, None, (40, 52, 70), 0)
    items = ("个人中心", "  基本信息", "  学历学位", "  岗位聘用", "  年度考核", "  奖惩情况",
             "  培训记录", "我的申请", "通知公告")
    for k, it in enumerate(items):
        yy = my + 30 + k * 34
        if it.strip() == "年度考核":
            p.rect(bx, yy - 21, 150, 32, None, (22, 94, 180), 0)
        p.text(bx + 18, yy, it, 10.5, color=(230, 234, 240), line=False)
    # main area
    mx = bx + 168
    p.text(mx, my + 26, "个人中心 / 年度考核", 9.5, color=grey, line=False)
    p.rect(mx, my + 38, 520, 58, None, (242, 246, 252), 0)
    p.text(mx + 14, my + 60, f"姓名：{name}      性别：{gender}      出生年月：{birth[:4]}-"
           f"{birth[5:7]}", 10.5, color=dark)
    p.text(mx + 14, my + 84, f"岗位：{post}", 10.5, color=dark)
    ty = my + 112
    p.text(mx, ty, "年度考核记录", 12, color=dark, font=HEI, line=False)
    cols = [56, 78, 190, 70, 80, 46]
    heads = ["年度", "考核等次", "考核单位", "审核状态", "备案时间", "操作"]
    tx = mx
    ty += 12
    p.rect(mx, ty, sum(cols), 28, None, (236, 239, 244), 0)
    for w, head in zip(cols, heads):
        p.text(tx + 6, ty + 19, head, 9.5, color=dark, font=HEI, line=False)
        tx += w
    ty += 28
    others = ("合格", "优秀", "合格", "合格")
    us = 9 if text_width(unit, 9, MICRO) < cols[2] - 10 else 7.2
    us2 = us if text_width(unit, us, MICRO) < cols[2] - 10 else 6
    for k, yr in enumerate(range(year + 1, year - 3, -1)):
        res = result if yr == year else others[(h + k) % 4]
        if yr == year:
            p.rect(mx, ty, sum(cols), 30, None, (255, 248, 220), 0)
        p.hline(mx, mx + sum(cols), ty + 30, 0.4)
        tx = mx
        vals = [f"{yr}", res, unit, "已审核", f"{yr + 1}-0{1 + (h + k) % 3}-{10 + k * 4}",
                "查看"]
        for j, (w, v) in enumerate(zip(cols, vals)):
            size = us2 if j == 2 else 9.5
            p.text(tx + 6, ty + 20, v, size, color=blue if j == 5 else dark, line=False)
            tx += w
        p.lines.append(" ".join(vals[:5]))
        ty += 30
    p.text(mx, ty + 22, f"共 {4} 条   ‹  1  ›   10条/页", 9, color=grey, line=False)
    # the 打印证明 preview pop-up
    qx, qy, qw, qh = bx + bw - 250, my + 30, 234, 330
    p.rect(qx + 4, qy + 5, qw, qh, None, (150, 156, 166), 0)
    p.rect(qx, qy, qw, qh, None, (255, 255, 255), 0)
    p.rect(qx, qy, qw, 28, None, (242, 244, 248), 0)
    p.text(qx + 10, qy + 19, "打印证明 - 预览", 9.5, color=dark, line=False)
    p.text(qx + qw - 10, qy + 19, "✕", 9.5, "right", dark, line=False)
    p.text(qx + qw / 2, qy + 58, "年度考核结果证明", 13, "center", dark, font=HEI)
    from ._common import wrap_cjk

    y = wrap_cjk(p, qx + 14, qy + 88, f"兹证明{name}同志（{gender}，{birth[:4]}年"
                 f"{int(birth[5:7])}月出生），系我单位{post}，{year}年度考核结果为“{result}”，"
                 "已报主管部门备案。", qw - 28, 9.5, 17, first_indent=19)
    wrap_cjk(p, qx + 14, y + 4, "特此证明。", qw - 28, 9.5, 17, first_indent=19)
    ps = 8.5 if text_width(unit, 8.5, MICRO) < qw - 30 else 6.5
    p.text(qx + qw - 14, qy + qh - 62, unit, ps, "right", dark)
    p.text(qx + qw - 14, qy + qh - 44, f"{year + 2}年{1 + h % 12}月{1 + h % 27}日", 8.5,
           "right", dark, line=False)
    p.seal(qx + qw - 60, qy + qh - 64, 78, unit, seed=seed + 3402, **ink(seed + 3))
    p.rect(qx + qw - 120, qy + qh - 26, 50, 20, (200, 200, 200), None, 0.6)
    p.text(qx + qw - 95, qy + qh - 12, "取消", 8.5, "center", dark, line=False)
    p.rect(qx + qw - 62, qy + qh - 26, 50, 20, None, blue, 0)
    p.text(qx + qw - 37, qy + qh - 12, "打印", 8.5, "center", (255, 255, 255), line=False)
    clerk = other_people(f"r34uos:{unit}", 1)[0][0]
    p.text(mx, bh - 10, f"技术支持：信息中心  经办人：{clerk}  电话：0772-{2800000 + h % 99999}",
           8.5, color=grey, line=False)
    # the UOS dock
    p.rect(0, H - 50, W, 50, None, (30, 34, 40), 0)
    for k, col in enumerate(((60, 140, 230), (240, 180, 40), (40, 120, 220),
                             (210, 50, 50), (60, 170, 100))):
        p.rect(W / 2 - 130 + k * 54, H - 43, 36, 36, None, col, 0)
        p.text(W / 2 - 112 + k * 54, H - 20, "启文浏WP管"[k], 11, "center", (255, 255, 255),
               line=False)
    p.text(W - 20, H - 30, f"{8 + h % 9}:{h % 60:02d}", 10, "right", (230, 230, 230),
           line=False)
    p.text(W - 20, H - 14, f"{year + 2}/{1 + h % 12}/{1 + h % 27}", 9, "right", (200, 200, 200),
           line=False)
    # the screenshot tool's toast
    p.rect(W - 270, H - 104, 220, 34, None, (44, 48, 56), 0)
    p.text(W - 160, H - 82, "截图已保存到 图片/截图录屏", 9.5, "center", (235, 235, 235),
           line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 35
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round35`.

def _r35_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "annual_assessment.xiangji_shuiyin_biankuang", cn_dates=False)
def xiangji_shuiyin_biankuang(*, name, gender, birth, unit, post, year, result, summary,
                              public, seed=0, **_) -> Built:
    """A phone photo of the sealed 年度考核登记表 taken with the camera's 品牌水印 (the white
    frame that Xiaomi's 徕卡, vivo's 蔡司 and Huawei's XMAGE cameras add under a photo: the
    phone model in bold on the left, the lens maker's mark, the focal length, aperture,
    shutter and ISO and the time on the right), which many applicants leave switched on:
    the form lying on an office desk, a little rotated, a pen and the corner of a keyboard
    beside it; the form is the 2023 edition of the 事业单位工作人员年度考核登记表 typed in
    Word (姓名 / 性别 / 出生年月 / 政治面貌 / 学历 / 参加工作时间 / 单位 / 岗位 / 现聘岗位
    等级, 个人总结 cut by the photo's edge, 主管领导评语和考核等次建议, 考核委员会（考核小组）
    审核意见 with the grade, 单位（部门）负责人意见 with the unit's red seal over the date, 本人
    意见 signed by pen); portrait, one page."""
    from ._common import DESKS, HEI, PEN, other_people, wrap_cjk

    h = _r35_hash(f"r35sy:{unit}:{name}:{year}")
    W, H = 595.0, 842.0
    bar = 74.0
    p = Page(W, H, background=DESKS[h % len(DESKS)], font=MING)
    dark = (30, 30, 30)
    # the keyboard's corner and a pen on the desk
    p.rect(W - 150, -10, 170, 90, None, (46, 46, 50), 0)
    for r in range(3):
        for c in range(5):
            p.rect(W - 142 + c * 30, 4 + r * 24, 24, 18, None, (70, 70, 76), 0)
    p.rect(18, 300, 10, 220, None, (20, 30, 70), 0)
    p.rect(20, 296, 6, 10, None, (200, 190, 160), 0)
    # the sheet
    sx, sy, sw, sh = 46, 30, W - 96, H - bar - 44
    p.rect(sx + 7, sy + 8, sw, sh, None, (60, 46, 36), 0)
    p.rect(sx, sy, sw, sh, None, (246, 245, 240), 0)
    lx, rx = sx + 26, sx + sw - 26
    cw = rx - lx
    title = "事业单位工作人员年度考核登记表" if public else "员工年度考核登记表"
    p.text((lx + rx) / 2, sy + 44, title, 17, "center", dark, font=HEI)
    p.text((lx + rx) / 2, sy + 66, f"（ {year} 年度 ）", 12, "center", dark)
    us = 10 if text_width(unit, 10, MING) < cw - 80 else 8
    y = sy + 78
    widths = [62, 86, 44, 56, 66, cw - 314]
    for cells in (["姓  名", name, "性别", gender, "出生年月", f"{birth[:4]}.{birth[5:7]}"],
                  ["政治面貌", "群众" if h % 3 else "中共党员", "学历", "大学本科",
                   "参加工作时间", f"{int(birth[:4]) + 22}.0{1 + h % 8}"]):
        x = lx
        for w, c in zip(widths, cells):
            p.rect(x, y, w, 26, dark, None, 0.7)
            s = 9.5
            while text_width(c, s, MING) > w - 6 and s > 6:
                s -= 0.5
            p.text(x + w / 2, y + 17, c, s, "center", dark, line=False)
            x += w
        p.lines.append(" ".join(cells))
        y += 26
    for a, b in (("单位及岗位", f"{unit}  {post}"),
                 ("现聘岗位等级", "专业技术" + ("十二", "十一", "十", "九")[h % 4] + "级")):
        p.rect(lx, y, widths[0] + 24, 26, dark, None, 0.7)
        p.rect(lx + widths[0] + 24, y, cw - widths[0] - 24, 26, dark, None, 0.7)
        p.text(lx + (widths[0] + 24) / 2, y + 17, a, 9.5, "center", dark, line=False)
        p.text(lx + widths[0] + 32, y + 17, b, us if a.startswith("单位") else 9.5, color=dark,
               line=False)
        p.lines.append(f"{a} {b}")
        y += 26
    # 个人总结 (cut short by the photo)
    p.rect(lx, y, cw, 190, dark, None, 0.7)
    p.text(lx + 8, y + 18, "个人总结", 10, color=dark, font=HEI)
    yy = y + 40
    for s in summary[:3]:
        yy = wrap_cjk(p, lx + 12, yy, s, cw - 24, 9, 15, first_indent=18)
        if yy > y + 170:
            break
    p.text(rx - 70, y + 182, "签名：", 9, color=dark, line=False)
    p.text(rx - 40, y + 182, name, 12, color=PEN, font=KAI, line=False)
    y += 190
    leader, chair = (x[0] for x in other_people(f"r35sy:{unit}", 2))
    boxes = [("主管领导评语和考核等次建议", f"该同志能够完成本职工作，建议评为{result}等次。",
              leader, 82),
             ("考核委员会（考核小组）审核意见", f"经审核，确定{name}同志{year}年度考核等次为"
              f"{result}。", chair, 82),
             ("单位（部门）负责人意见", "同意。", "", 112)]
    d = f"{year + 1}年1月{8 + h % 18}日"
    for lab, txt, who, bh in boxes:
        p.rect(lx, y, 30, bh, dark, None, 0.7)
        p.rect(lx + 30, y, cw - 30, bh, dark, None, 0.7)
        short = {"主": "主管领导", "考": "考核委员会", "单": "单位意见"}[lab[0]]
        vtext(p, lx + 15, y + 16, short, 8.5, dark, step=min(14.0, (bh - 20) / len(short)),
              line=False)
        p.text(lx + 40, y + 10, lab, 8, color=(110, 110, 110), line=False)
        wrap_cjk(p, lx + 44, y + 32, txt, cw - 70, 10, 16, first_indent=20)
        if who:
            p.text(rx - 140, y + bh - 12, "签名：", 9, color=dark, line=False)
            p.text(rx - 108, y + bh - 12, who, 12, color=PEN, font=KAI, line=False)
            p.text(rx - 10, y + bh - 12, d, 9, "right", dark, line=False)
        else:
            p.text(rx - 10, y + bh - 34, "（单位盖章）", 9, "right", dark, line=False)
            p.text(rx - 10, y + bh - 14, d, 9.5, "right", dark)
            p.seal(rx - 56, y + bh - 42, 92, unit, seed=seed + 3501, **ink(seed + 1))
        y += bh
    bottom = sy + sh - 18
    p.rect(lx, y, cw, bottom - y, dark, None, 0.7)
    p.text(lx + 8, y + 18, "本人意见", 9.5, color=dark, line=False)
    p.text(lx + 80, y + 20, "同意", 13, color=PEN, font=KAI, line=False)
    p.text(rx - 60, y + 20, name, 13, color=PEN, font=KAI, line=False)
    # the camera's watermark frame
    p.rect(0, H - bar, W, bar, None, (255, 255, 255), 0)
    brands = [("Xiaomi 14 Ultra", "LEICA", "LEICA VARIO-SUMMILUX 1:1.63-2.5/12-120 ASPH.",
               (200, 20, 30)),
              ("vivo X100 Pro", "ZEISS", "ZEISS T* 镜头  蔡司影像", (20, 60, 140)),
              ("HUAWEI Pura 70 Pro", "XMAGE", "XMAGE  华为影像", (30, 30, 30))]
    model, mark, lens, col = brands[h % 3]
    p.text(22, H - bar + 32, model, 15, color=(20, 20, 20), font=HEI, line=False)
    p.text(22, H - bar + 54, lens, 8.5, color=(130, 130, 130), line=False)
    p.rect(W - 236, H - bar + 18, 1, 40, None, (200, 200, 200), 0)
    p.text(W - 258, H - bar + 44, mark, 13, "right", col, font=HEI, line=False)
    p.text(W - 224, H - bar + 32, f"{23 + h % 3 * 12}mm f/1.{6 + h % 3} 1/{50 + h % 4 * 10}s "
           f"ISO{200 + h % 5 * 100}", 10, color=(30, 30, 30), line=False)
    p.text(W - 224, H - bar + 54, f"{year + 2}.{1 + h % 12:02d}.{1 + h % 27:02d} "
           f"{9 + h % 8}:{h % 60:02d}", 9, color=(130, 130, 130), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.pingshenbiao_kaohe_kuaye", cn_dates=False)
def pingshenbiao_kaohe_kuaye(*, name, gender, birth, unit, post, year, result, summary,
                             public, seed=0, **_) -> Built:
    """A phone photo of the applicant's own 《专业技术资格评审表》 (the 16开 booklet that the
    provincial 人社厅 prints and every 职称 applicant fills in and has sealed), opened flat at
    its pages 2 and 3 to show the 年度考核 record: the left page 一、基本情况 (姓名, 性别,
    出生年月, 参加工作时间, 工作单位, 现专业技术职务及取得时间, 现从事专业技术工作, 申报
    资格, 学历 and 外语 rows) filled in by the applicant's typing, the right page
    二、任现职以来年度考核情况 (a 年度 / 考核等次 / 备注 table across several years, typed)
    and the unit's 审核意见 box (以上考核情况与档案记载一致 in pen, the 经办人 and 负责人
    names, the unit under its red seal and the date), page numbers — 2 — and — 3 — at the
    feet, the centre fold curving, the booklet's printed 监制 line; landscape, one page."""
    from ._common import DESKS, HEI, PEN, other_people

    h = _r35_hash(f"r35ps:{unit}:{name}:{year}")
    W, H = A4_LANDSCAPE
    p = Page(W, H, background=DESKS[(h + 1) % len(DESKS)], font=MING)
    dark = (34, 34, 34)
    bx, by, bw, bh = 40, 24, W - 80, H - 48
    p.rect(bx + 6, by + 8, bw, bh, None, (60, 46, 36), 0)
    p.rect(bx, by, bw, bh, None, (247, 246, 240), 0)
    p.rect(W / 2 - 14, by, 28, bh, None, (232, 230, 222), 0)  # the fold's shade
    p.rect(W / 2 - 1, by, 2, bh, None, (200, 196, 186), 0)
    # left page: 基本情况
    lx, rx = bx + 30, W / 2 - 30
    cw = rx - lx
    p.text((lx + rx) / 2, by + 40, "一、基本情况", 13, "center", dark, font=HEI)
    us = 9.5 if text_width(unit, 9.5, MING) < cw - 96 else 7.5
    work = f"{int(birth[:4]) + 22}年{1 + h % 9}月"
    rows = [("姓    名", name, "性  别", gender),
            ("出生年月", f"{birth[:4]}年{int(birth[5:7])}月", "参加工作时间", work),
            ("工作单位", unit, "", ""),
            ("现专业技术职务", post,
             "取得时间", f"{year - 3 - h % 3}年"),
            ("现从事专业技术工作", post, "", ""),
            ("申报资格", "中级" if h % 2 else "副高级", "", ""),
            ("最高学历", "大学本科", "外语", "英语 " + "ABC"[h % 3]),
            ("计算机能力", "合格", "继续教育", "已完成")]
    y = by + 56
    for a, b, c, d in rows:
        p.rect(lx, y, 96, 34, dark, None, 0.7)
        s = 9 if text_width(a, 9, MING) < 88 else 7.5
        p.text(lx + 48, y + 21, a, s, "center", dark, line=False)
        if c:
            p.rect(lx + 96, y, cw / 2 - 80, 34, dark, None, 0.7)
            p.rect(lx + 16 + cw / 2, y, 72, 34, dark, None, 0.7)
            p.rect(lx + 88 + cw / 2, y, cw / 2 - 88, 34, dark, None, 0.7)
            p.text(lx + 104, y + 21, b, 9.5, color=dark, line=False)
            p.text(lx + 52 + cw / 2, y + 21, c, 8 if len(c) > 4 else 9, "center", dark,
                   line=False)
            p.text(lx + 94 + cw / 2, y + 21, d, 9.5, color=dark, line=False)
            p.lines.append(f"{a.replace(' ', '')} {b} {c.replace(' ', '')} {d}")
        else:
            p.rect(lx + 96, y, cw - 96, 34, dark, None, 0.7)
            p.text(lx + 104, y + 21, b, us if a == "工作单位" else 9.5, color=dark, line=False)
            p.lines.append(f"{a.replace(' ', '')} {b}")
        y += 34
    p.rect(lx, y, cw, 120, dark, None, 0.7)
    p.text(lx + 8, y + 18, "主要学习、工作经历", 9, color=dark, line=False)
    for k in range(4):
        yr0 = int(birth[:4]) + 18 + k * 4
        p.text(lx + 14, y + 40 + k * 20, f"{yr0}.09 — {yr0 + 4}.07    "
               + ("学习" if k == 0 else "工作于本单位"), 8.5, color=dark, line=False)
    p.text((lx + rx) / 2, by + bh - 14, "— 2 —", 9, "center", dark, line=False)
    # right page: 年度考核情况
    lx, rx = W / 2 + 30, bx + bw - 30
    cw = rx - lx
    p.text((lx + rx) / 2, by + 40, "二、任现职以来年度考核情况", 13, "center", dark, font=HEI)
    cols = [80, 110, cw - 190]
    y = by + 56
    for w, t, x in zip(cols, ("年  度", "考核等次", "备  注"), (lx, lx + 80, lx + 190)):
        p.rect(x, y, w, 28, dark, None, 0.9)
        p.text(x + w / 2, y + 18, t, 9.5, "center", dark, font=HEI, line=False)
    y += 28
    others = ("合格", "合格", "优秀", "合格")
    for k, yr in enumerate(range(year - 3, year + 1)):
        res = result if yr == year else others[(h + k) % 4]
        note = "" if yr != year - 2 or h % 2 else "嘉奖"
        vals = (f"{yr}年度", res, note)
        x = lx
        for w, v in zip(cols, vals):
            p.rect(x, y, w, 30, dark, None, 0.7)
            if v:
                p.text(x + w / 2, y + 20, v, 10.5, "center", dark, line=False)
            x += w
        p.lines.append(" ".join(v for v in vals if v))
        y += 30
    p.text(lx, y + 18, "注：须与本人档案记载一致，由单位人事部门填写并盖章。", 8,
           color=(90, 90, 90), line=False)
    y += 30
    bh2 = by + bh - 40 - y
    p.rect(lx, y, cw, bh2, dark, None, 0.9)
    p.text(lx + 8, y + 20, "单位审核意见", 10, color=dark, font=HEI, line=False)
    p.text(lx + 30, y + 58, "以上考核情况与档案记载一致。", 15, color=PEN, font=KAI, line=False)
    clerk, head = (x[0] for x in other_people(f"r35ps:{unit}", 2))
    p.text(lx + 14, y + 100, "经办人：", 9, color=dark, line=False)
    p.text(lx + 54, y + 100, clerk, 13, color=PEN, font=KAI, line=False)
    p.text(lx + 130, y + 100, "负责人：", 9, color=dark, line=False)
    p.text(lx + 170, y + 100, head, 13, color=PEN, font=KAI, line=False)
    ds = 9.5 if text_width(unit, 9.5, MING) < cw - 40 else 7.5
    p.text(rx - 14, y + bh2 - 40, unit, ds, "right", dark)
    p.text(rx - 14, y + bh2 - 18, f"{year + 1}年{3 + h % 6}月{1 + h % 27}日", 9.5, "right",
           dark, line=False)
    p.seal(rx - 14 - min(text_width(unit, ds, MING), cw - 40) / 2, y + bh2 - 46, 100, unit,
           seed=seed + 3502, **ink(seed + 2))
    p.text((lx + rx) / 2, by + bh - 14, "— 3 —", 9, "center", dark, line=False)
    p.text(rx, by + bh - 14, "广西壮族自治区人力资源和社会保障厅监制", 6.5, "right",
           (110, 110, 110), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 36
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round36`.

def _r36_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _r36_fit(text: str, size: float, width: float, font: str, floor: float = 6.0) -> float:
    while text_width(text, size, font) > width and size > floor:
        size -= 0.5
    return size


@layout(LAYOUTS, "annual_assessment.shenbao_huamingce_kaohe", cn_dates=False)
def shenbao_huamingce_kaohe(*, name, gender, birth, unit, post, year, result, summary, public,
                            seed=0, **_) -> Built:
    """The 专业技术人员职称申报人员花名册 (报送花名册 / 申报人员情况一览表) a unit's 人事科
    sends up with its applicants' files each autumn, in the landscape Excel form that the
    city 职改办 annexes to its yearly notice, with the 近三年年度考核结果 in three year
    columns under one merged head (the 职改办 checks them against the 考核备案); the
    applicant's copy of the sealed, printed sheet scanned on the office MFP: 附件3 at the
    top left, the title with the 申报 year, 填报单位（盖章） with the unit and its red seal,
    填报日期, the two-level header (序号 / 姓名 / 性别 / 出生年月 / 所在科室 / 现专业技术资格
    及取得时间 / 申报系列及级别 / 学历 / 近三年年度考核结果 {y-2} {y-1} {y} / 备注), five or
    six colleagues in rows with the applicant among them, 单位负责人 / 审核人 / 填表人 /
    联系电话 at the foot and the 注 lines; landscape, one page."""
    from ._common import HEI, other_people

    h = _r36_hash(f"r36hm:{unit}:{name}:{year}")
    W, H = A4_LANDSCAPE
    dark = (28, 28, 30)
    p = Page(W, H, background=(250, 249, 245), font=MICRO)
    p.rect(0, 0, W, 6, None, (214, 214, 210), 0)  # the scanner lid's shadow
    p.text(40, 40, "附件3", 10.5, color=dark, font=HEI, line=False)
    p.text(W / 2, 64, f"{year + 1}年度专业技术人员职称申报人员花名册", 17, "center", dark,
           font=HEI)
    us = _r36_fit(unit, 10.5, 330, MICRO)
    p.text(40, 96, "填报单位（盖章）：", 10.5, color=dark, line=False)
    p.text(134, 96, unit, us, color=dark, line=False)
    p.lines.append(f"填报单位（盖章）：{unit}")
    p.text(W - 40, 96, f"填报日期：{year + 1}年{6 + h % 4}月{3 + h % 24}日", 10.5, "right",
           dark)
    p.seal(134 + min(text_width(unit, us, MICRO), 330) / 2, 90, 96, unit, seed=seed + 3601,
           **ink(seed + 1))
    cols = [30, 58, 30, 56, 76, 112, 108, 60, 56, 56, 56, 64]
    x0 = (W - sum(cols)) / 2
    y0 = 110
    xs = [x0]
    for w in cols:
        xs.append(xs[-1] + w)
    heads = ["序号", "姓名", "性别", "出生年月", "所在科室", "现专业技术资格及取得时间",
             "申报系列及级别", "学历", "", "", "", "备注"]
    # two-level header: columns 8..10 share the merged 近三年年度考核结果 head
    for c, t in enumerate(heads):
        if 8 <= c <= 10:
            continue
        p.rect(xs[c], y0, cols[c], 48, dark, None, 0.8)
        if text_width(t, 9, MICRO) > cols[c] - 6:
            half = (len(t) + 1) // 2
            p.text(xs[c] + cols[c] / 2, y0 + 20, t[:half], 8.5, "center", dark, font=HEI,
                   line=False)
            p.text(xs[c] + cols[c] / 2, y0 + 34, t[half:], 8.5, "center", dark, font=HEI,
                   line=False)
        else:
            p.text(xs[c] + cols[c] / 2, y0 + 28, t, 9, "center", dark, font=HEI, line=False)
    p.rect(xs[8], y0, xs[11] - xs[8], 24, dark, None, 0.8)
    p.text((xs[8] + xs[11]) / 2, y0 + 16, "近三年年度考核结果", 9, "center", dark, font=HEI,
           line=False)
    yrs = (year - 2, year - 1, year)
    for k, yr in enumerate(yrs):
        p.rect(xs[8 + k], y0 + 24, cols[8 + k], 24, dark, None, 0.8)
        p.text(xs[8 + k] + cols[8 + k] / 2, y0 + 40, f"{yr}年", 9, "center", dark, font=HEI,
               line=False)
    p.lines.append("序号 姓名 性别 出生年月 所在科室 现专业技术资格及取得时间 申报系列及级别 学历 "
                   f"近三年年度考核结果 {yrs[0]}年 {yrs[1]}年 {yrs[2]}年 备注")
    n = 5 + h % 2
    me = h % n
    others = other_people(f"r36hm:{unit}:{year}", n - 1)
    depts = ["技术部", "工程部", "质量安全科", "综合办公室", "设计一所", "检测中心"]
    grades = ["合格", "合格", "优秀", "合格", "合格", "优秀"]
    quals = [("助理工程师", "中级"), ("工程师", "副高级"), ("技术员", "初级")]
    y = y0 + 48
    rh = 30
    for r in range(n):
        if r == me:
            cells = [str(r + 1), name, gender, f"{birth[:4]}.{birth[5:7]}", depts[h % 6],
                     f"{post} {year - 3 - h % 3}.{1 + h % 9:02d}", "工程系列 中级" if h % 2
                     else "工程系列 副高级", "大学本科",
                     grades[(h + 1) % 6], grades[(h + 2) % 6], result, ""]
        else:
            o = others[r - (1 if r > me else 0)]
            q = quals[(h + r) % 3]
            ob = o[2][6:10] + "." + o[2][10:12]
            cells = [str(r + 1), o[0], o[1], ob, depts[(h + r * 3) % 6],
                     f"{q[0]} {year - 2 - (h + r) % 5}.0{1 + r % 9}", "工程系列 " + q[1],
                     "大学本科" if r % 3 else "硕士研究生",
                     grades[(h + r) % 6], grades[(h + r * 2) % 6], grades[(h + r * 5) % 6],
                     "转评" if (h + r) % 7 == 0 else ""]
        for c, v in enumerate(cells):
            p.rect(xs[c], y, cols[c], rh, dark, None, 0.6)
            if v:
                s = _r36_fit(v, 9.5, cols[c] - 4, MICRO)
                p.text(xs[c] + cols[c] / 2, y + 19, v, s, "center", dark, line=False)
        p.lines.append(" ".join(v for v in cells if v))
        y += rh
    for r in range(2):  # the form's blank rows left in
        for c, w in enumerate(cols):
            p.rect(xs[c], y, w, rh, dark, None, 0.6)
        y += rh
    head, checker, clerk = (x[0] for x in other_people(f"r36hm:{unit}:sig", 3))
    fy = y + 30
    p.text(x0, fy, f"单位负责人：{head}", 10.5, color=dark, line=False)
    p.text(x0 + 200, fy, f"审核人：{checker}", 10.5, color=dark, line=False)
    p.text(x0 + 380, fy, f"填表人：{clerk}", 10.5, color=dark, line=False)
    p.text(x0 + 560, fy, f"联系电话：0772-{2800000 + h % 99999}", 10.5, color=dark,
           line=False)
    p.text(x0, fy + 26, "注：1. 近三年年度考核结果按本人人事档案记载填写，须与单位考核备案一致；",
           8.5, color=(80, 80, 80), line=False)
    p.text(x0 + 22, fy + 42,
           "2. 本表一式两份，报送纸质材料时加盖单位公章，电子版同时报送职改办邮箱。", 8.5,
           color=(80, 80, 80), line=False)
    p.text(W / 2, H - 22, "第 1 页，共 1 页", 8.5, "center", (90, 90, 90), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.taoda_lvge_dengjibiao", cn_dates=False)
def taoda_lvge_dengjibiao(*, name, gender, birth, unit, post, year, result, summary, public,
                         seed=0, **_) -> Built:
    """The 年度考核登记表 as the bureau's printing house sells it in pads: pre-printed in green
    ink (the ruling, the labels, the title with a blank （      年度）, the 监制 line and the
    form's number at the foot), which the 人事科 fills by 套打 — the values typed into a Word
    template and run through the office laser printer onto the printed form, so the black
    type sits a little off its cells and crosses a ruling here and there; 个人总结 typed,
    the three opinion boxes (主管领导评语和考核等次建议, 单位（部门）负责人意见, 考核委员会
    （考核小组）意见 with the grade and the unit's red seal over the typed date), 本人意见
    signed by pen; scanned in colour on a flatbed, the pad's glue edge along the top;
    portrait, one page."""
    from ._common import HEI, PEN, other_people, wrap_cjk

    h = _r36_hash(f"r36td:{unit}:{name}:{year}")
    W, H = A4
    green = (40, 128, 84)
    ink_k = (22, 22, 24)
    dx, dy = 3 + h % 4, -3 - h % 3  # the 套打 misregistration
    p = Page(W, H, background=(246, 247, 240), font=MING)
    p.rect(0, 0, W, 9, None, (226, 224, 214), 0)  # the pad's glue edge
    for k in range(0, int(W), 14):
        p.rect(k, 9, 7, 2, None, (210, 208, 196), 0)

    def gline(x1, y1, x2, y2, w=0.8):
        p.items.append(Line(x1, y1, x2, y2, w, green))

    def glabel(x, y, t, s=10, align="center"):
        p.text(x, y, t, s, align, green, line=False, font=HEI if s > 13 else MING)

    def typed(x, y, t, s=10.5, align="left", line=True):
        p.text(x + dx, y + dy, t, s, align, ink_k, line=line, font=MICRO)

    title = ("事业单位工作人员年度考核登记表" if public else "专业技术人员年度考核登记表")
    glabel(W / 2, 62, title, 18)
    glabel(W / 2 - 30, 90, "（              年度）", 12)
    typed(W / 2 - 30, 90, str(year), 12, "center", line=False)
    p.lines.append(f"{title}（{year}年度）")
    lx, rx = 56, W - 56
    cw = rx - lx
    top = 104
    gline(lx, top, rx, top, 1.4)
    # particulars: three rows of label / value cells
    cells = [[("姓 名", 56), (name, 92), ("性 别", 46), (gender, 48), ("出生年月", 64),
              (f"{birth[:4]}.{birth[5:7]}", cw - 306)],
             [("政治面貌", 56), ("中共党员" if h % 3 == 0 else "群众", 92), ("文化程度", 46),
              ("大学", 48), ("参加工作时间", 64), (f"{int(birth[:4]) + 22}.0{1 + h % 9}",
                                                  cw - 306)],
             [("单 位", 56), (unit, cw - 56 - 64 - 96), ("现任岗位", 64), (post, 96)]]
    y = top
    for row in cells:
        x = lx
        for c, (t, w) in enumerate(row):
            if c % 2 == 0:
                s = _r36_fit(t, 9.5, w - 4, MING)
                glabel(x + w / 2, y + 19, t, s)
            else:
                s = _r36_fit(t, 10.5, w - 8, MICRO)
                typed(x + w / 2, y + 19, t, s, "center", line=False)
            gline(x, y, x, y + 28)
            x += w
        gline(rx, y, rx, y + 28)
        gline(lx, y + 28, rx, y + 28)
        p.lines.append(" ".join(t.replace(" ", "") for t, _w in row))
        y += 28
    # 个人总结
    bh = 220
    gline(lx, y, lx, y + bh)
    gline(rx, y, rx, y + bh)
    gline(lx + 30, y, lx + 30, y + bh)
    vtext(p, lx + 15, y + 80, "个人总结", 11, green, line=False)
    yy = y + 22
    for s in summary:
        p.font = MICRO
        yy = wrap_cjk(p, lx + 40 + dx, yy + dy, s, cw - 52, 9.5, 16, first_indent=19) - dy
        p.font = MING
        if yy > y + bh - 40:
            break
    glabel(rx - 96, y + bh - 12, "签名：", 9.5)
    p.text(rx - 64, y + bh - 12, name, 13, color=PEN, font=KAI, line=False)
    y += bh
    gline(lx, y, rx, y)
    leader, chief = (x[0] for x in other_people(f"r36td:{unit}", 2))
    d = f"{year + 1}年1月{6 + h % 20}日"
    boxes = [("主管领导评语和考核等次建议",
              f"该同志爱岗敬业，较好完成年度工作任务，建议评定为{result}等次。", leader, 78),
             ("单位（部门）负责人意见", "同意考核小组意见。", chief, 62),
             ("考核委员会（考核小组）意见", f"经考核，{name}同志{year}年度考核等次确定为"
              f"{result}。", "", 118)]
    for lab, txt, who, bh in boxes:
        gline(lx, y, lx, y + bh)
        gline(rx, y, rx, y + bh)
        gline(lx + 30, y, lx + 30, y + bh)
        short = {"主": "主管领导", "单": "单位意见", "考": "考核意见"}[lab[0]]
        vtext(p, lx + 15, y + 14, short, 9.5, green, step=min(13.0, (bh - 16) / 4), line=False)
        glabel(lx + 40, y + 14, lab, 8.5, "left")
        p.font = MICRO
        wrap_cjk(p, lx + 52 + dx, y + 38 + dy, txt, cw - 80, 10.5, 17)
        p.font = MING
        if who:
            glabel(rx - 210, y + bh - 10, "签名：", 9)
            p.text(rx - 182, y + bh - 10, who, 12, color=PEN, font=KAI, line=False)
            typed(rx - 12, y + bh - 10, d, 9.5, "right", line=False)
        else:
            glabel(rx - 150, y + bh - 38, "（盖章）", 9)
            typed(rx - 20, y + bh - 14, d, 10, "right")
            p.seal(rx - 84, y + bh - 44, 96, unit, seed=seed + 3602, **ink(seed + 2))
        y += bh
        gline(lx, y, rx, y)
    bh = 40
    gline(lx, y, lx, y + bh)
    gline(rx, y, rx, y + bh)
    gline(lx + 96, y, lx + 96, y + bh)
    glabel(lx + 48, y + 24, "本人意见", 9.5)
    p.text(lx + 110, y + 26, "同意", 13, color=PEN, font=KAI, line=False)
    glabel(rx - 150, y + 26, "签名：", 9)
    p.text(rx - 120, y + 26, name, 13, color=PEN, font=KAI, line=False)
    y += bh
    gline(lx, y, rx, y, 1.4)
    glabel(lx, y + 18, "注：本表一式两份，一份存入本人档案，一份由单位留存。", 8, "left")
    glabel(rx, y + 18, f"桂人社监制（{2016 + h % 6}版）No.{h % 900000 + 100000:06d}", 8, "right")
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 37
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round37`.

def _r37_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _r37_fit(text: str, size: float, width: float, font: str, floor: float = 6.0) -> float:
    while text_width(text, size, font) > width and size > floor:
        size -= 0.5
    return size


@layout(LAYOUTS, "annual_assessment.zhenshi_lianxuzhi_tongzhidan", cn_dates=False)
def zhenshi_lianxuzhi_tongzhidan(*, name, gender, birth, unit, post, year, result, summary,
                                 public, seed=0, **_) -> Built:
    """The 年度考核结果通知单 a unit's 人事科 prints for every employee out of its 人事工资
    system on a dot-matrix printer's pre-printed three-part continuous form (三联 无碳复写
    连续纸, 241 mm wide, the tractor-feed strips with their sprocket holes down both sides and
    the perforations), the form's 第二联 (pale yellow, 个人留存) torn off the stack and handed
    to the person, who scans it: the form's printed title, 联 label and 流水号 in blue, the
    system's values struck through the ribbon in grey-black, a little above their lines (the
    printer's feed offset): 通知单号, 姓名 / 性别 / 出生年月 / 部门 / 岗位, 考核年度, 考核等次,
    the 说明 lines on what the grade means for 薪级 and 绩效, 制单 and 复核 names, 打印时间,
    and the unit's red seal stamped through the carbon; one page, landscape strip on A4."""
    from ._common import HEI, other_people

    h = _r37_hash(f"r37zs:{unit}:{name}:{year}")
    W, H = A4
    p = Page(W, H, background=(228, 228, 224), font=MICRO)
    fx, fy, fw, fh = 28.0, 150.0, W - 56, 430.0
    yellow = (250, 242, 196)
    p.rect(fx + 4, fy + 5, fw, fh, None, (170, 170, 166), 0)
    p.rect(fx, fy, fw, fh, None, yellow, 0)
    for k in range(int(fh // 36)):  # sprocket holes down both strips
        for sx in (fx + 12, fx + fw - 12):
            p.rect(sx - 4, fy + 14 + k * 36, 8, 8, None, (228, 228, 224), 0)
    for sx in (fx + 26, fx + fw - 26):  # the strips' perforations
        for k in range(0, int(fh), 6):
            p.rect(sx, fy + k, 0.8, 3, None, (190, 184, 150), 0)
    blue = (40, 70, 150)
    dot = (58, 58, 62)
    lx, rx = fx + 44, fx + fw - 44
    dx, dy = 2 + h % 3, -(2 + h % 4)  # the dot-matrix feed offset
    p.text((lx + rx) / 2, fy + 42, f"{unit}", 12, "center", blue, font=HEI)
    p.text((lx + rx) / 2, fy + 66, "年 度 考 核 结 果 通 知 单", 16, "center", blue, font=HEI)
    p.text(rx, fy + 40, "第二联", 10, "right", blue, line=False)
    p.text(rx, fy + 54, "个人留存", 8, "right", blue, line=False)
    p.text(lx, fy + 90, "No.", 9, color=blue, line=False)
    p.text(lx + 20, fy + 90, f"{(h % 9000000) + 1000000:07d}", 11, color=(200, 40, 40),
           line=False)
    p.text(lx + 110 + dx, fy + 90 + dy, f"通知单号：KH{year}{h % 100000:05d}", 9.5, color=dot)
    lbl = [("姓    名", name, "性    别", gender),
           ("出生年月", f"{birth[:4]}年{int(birth[5:7])}月", "部    门",
            ["办公室", "技术科", "业务一科", "质量管理科"][h % 4]),
           ("岗    位", post, "考核年度", f"{year}年度"),
           ("考核等次", result, "通知日期", f"{year + 1}年{1 + h % 2}月{8 + h % 18}日")]
    y = fy + 104
    cw = (rx - lx) / 2
    for a, b, c, d in lbl:
        p.rect(lx, y, rx - lx, 34, blue, None, 0.6)
        p.items.append(Line(lx + cw, y, lx + cw, y + 34, 0.6, blue))
        p.items.append(Line(lx + 76, y, lx + 76, y + 34, 0.6, blue))
        p.items.append(Line(lx + cw + 76, y, lx + cw + 76, y + 34, 0.6, blue))
        p.text(lx + 38, y + 22, a, 10, "center", blue, font=HEI, line=False)
        p.text(lx + cw + 38, y + 22, c, 10, "center", blue, font=HEI, line=False)
        bs = _r37_fit(b, 11, cw - 90, MICRO)
        p.text(lx + 84 + dx, y + 22 + dy, b, bs, color=dot, line=False)
        ds = _r37_fit(d, 11, cw - 90, MICRO)
        p.text(lx + cw + 84 + dx, y + 22 + dy, d, ds, color=dot, line=False)
        p.lines.append(f"{a.replace(' ', '')} {b} {c.replace(' ', '')} {d}")
        y += 34
    notes = [f"1. 经单位考核委员会审定，您{year}年度考核等次为“{result}”，已记入本人档案。",
             "2. 考核结果作为续订聘用合同、岗位聘用、薪级工资晋升和绩效工资分配的依据。",
             "3. 对考核结果如有异议，可在收到本通知之日起十五个工作日内向考核委员会申请复核。"]
    y += 24
    p.text(lx, y, "说明：", 9.5, color=blue, font=HEI, line=False)
    for t in notes:
        y += 18
        s = _r37_fit(t, 9, rx - lx - 20, MICRO)
        p.text(lx + 20 + dx, y + dy, t, s, color=dot)
    maker, checker = (o[0] for o in other_people(f"r37zs:{unit}", 2))
    y += 36
    p.text(lx, y, "制单：", 9.5, color=blue, line=False)
    p.text(lx + 34 + dx, y + dy, maker, 10, color=dot, line=False)
    p.text(lx + 140, y, "复核：", 9.5, color=blue, line=False)
    p.text(lx + 174 + dx, y + dy, checker, 10, color=dot, line=False)
    p.text(rx, y, "（单位盖章）", 9.5, "right", blue, line=False)
    us = _r37_fit(unit, 9, 200, MICRO)
    p.text(rx - 10, y + 22, unit, us, "right", dot)
    p.seal(rx - 60, y - 6, 100, unit, seed=seed + 3701, **ink(seed + 4))
    p.text(lx + dx, fy + fh - 14, f"打印时间：{year + 1}-0{1 + h % 2}-{8 + h % 18:02d} "
           f"{9 + h % 7:02d}:{h % 60:02d}   操作员：{maker}   系统：人事工资管理系统V{3 + h % 3}.2",
           7.5, color=dot, line=False)
    p.text(rx, fy + fh - 28, "白联：存档  黄联：个人  红联：财务", 7, "right", blue,
           line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.ganbu_renmian_shenpibiao", cn_dates=False)
def ganbu_renmian_shenpibiao(*, name, gender, birth, unit, post, year, result, summary,
                             public, seed=0, **_) -> Built:
    """The 干部任免审批表 in the organisation department's fixed format (as the 干部任免审批表
    管理系统 prints it), which a unit's 党委 fills when it names someone to a 中层 post and
    which applicants upload as proof of their recent 年度考核 because it carries the
    年度考核结果 row: 姓名 / 性别 / 出生年月（岁） / 照片, 民族, 籍贯, 出生地, 入党时间,
    参加工作时间, 健康状况, 专业技术职务, 熟悉专业有何专长, 学历学位 (全日制教育 / 在职教育),
    现任职务, 拟任职务, 拟免职务, the 简历 column in its long vertical cell, 奖惩情况, the
    年度考核结果 row with the three years, 任免理由, and the unit's red seal over
    呈报单位 with its date; printed on the office laser printer and scanned; portrait,
    one page."""
    from ._common import HEI, other_people

    h = _r37_hash(f"r37gb:{unit}:{name}:{year}")
    W, H = A4
    dark = (20, 20, 22)
    p = Page(W, H, background=(252, 252, 250), font=MING)
    p.text(W / 2, 52, "干 部 任 免 审 批 表", 20, "center", dark, font=HEI)
    lx, rx = 50.0, W - 50
    cw = rx - lx
    age = year + 1 - int(birth[:4])
    top = 70.0
    rh = 36.0
    ph = 4 * rh  # the photo cell spans four rows
    pw = 86.0
    c = [lx, lx + 58, lx + 138, lx + 194, lx + 274, lx + 330]  # label/value column starts
    vx_end = rx - pw
    b = f"{birth[:4]}.{birth[5:7]}"
    rows = [[("姓  名", name), ("性  别", gender), ("出生年月\n（  岁）", f"{b}\n（{age}岁）")],
            [("民  族", "汉族" if h % 4 else "壮族"), ("籍  贯", ["广西柳州", "广西桂林",
                                                            "湖南永州", "广西玉林"][h % 4]),
             ("出 生 地", ["广西柳州", "广西来宾", "湖南永州", "广西河池"][(h >> 3) % 4])],
            [("入  党\n时  间", f"{int(birth[:4]) + 24 + h % 6}.0{1 + h % 9}" if h % 3 else ""),
             ("参加工\n作时间", f"{int(birth[:4]) + 22}.07"), ("健康状况", "健康")],
            [("专业技\n术职务", post), ("熟悉专业\n有何专长", ["工程管理", "质量控制",
                                                         "项目管理", "技术研发"][h % 4]),
             ("", "")]]

    def cell_text(x, y, w, t, s, font=MING, bold=False):
        parts = t.split("\n")
        for k, part in enumerate(parts):
            fs = _r37_fit(part, s, w - 6, font)
            p.text(x + w / 2, y + rh / 2 + 4 + (k - (len(parts) - 1) / 2) * (s + 2), part, fs,
                   "center", dark, font=HEI if bold else font, line=False)

    p.rect(lx, top, cw, H - 60 - top, dark, None, 1.4)
    y = top
    for r, row in enumerate(rows):
        xs = c + [vx_end]
        for k, (lab, val) in enumerate(row):
            if not lab and not val:
                continue
            x0, x1, x2 = xs[2 * k], xs[2 * k + 1], xs[2 * k + 2]
            if r == 3 and k == 1:
                x2 = vx_end
            p.rect(x0, y, x1 - x0, rh, dark, None, 0.7)
            p.rect(x1, y, x2 - x1, rh, dark, None, 0.7)
            cell_text(x0, y, x1 - x0, lab, 9.5, bold=True)
            cell_text(x1, y, x2 - x1, val, 10.5, MICRO)
        p.lines.append(" ".join(f"{lab.replace(chr(10), '').replace(' ', '')} "
                                f"{val.replace(chr(10), '')}" for lab, val in row if lab))
        y += rh
    p.rect(vx_end, top, pw, ph, dark, None, 0.7)
    p.photo(vx_end + 10, top + 12, pw - 20, ph - 24, bg=(235, 240, 246))
    edu = [("学  历\n学  位", "全日制\n教  育", "大学本科\n工学学士", "毕业院校\n系及专业",
            "广西大学\n土木工程专业"),
           ("", "在  职\n教  育", "", "毕业院校\n系及专业", "")]
    for k, (a, bb, v1, c2, v2) in enumerate(edu):
        yy = y + k * rh
        if k == 0:
            p.rect(lx, y, 66, 2 * rh, dark, None, 0.7)
            cell_text(lx, y + rh / 2, 66, a, 9.5, bold=True)
        p.rect(lx + 66, yy, 64, rh, dark, None, 0.7)
        cell_text(lx + 66, yy, 64, bb, 9, bold=True)
        p.rect(lx + 130, yy, 136, rh, dark, None, 0.7)
        cell_text(lx + 130, yy, 136, v1, 9.5, MICRO)
        p.rect(lx + 266, yy, 70, rh, dark, None, 0.7)
        cell_text(lx + 266, yy, 70, c2, 9, bold=True)
        p.rect(lx + 336, yy, rx - lx - 336, rh, dark, None, 0.7)
        cell_text(lx + 336, yy, rx - lx - 336, v2, 9.5, MICRO)
    p.lines.append("学历学位 全日制教育 大学本科 工学学士 毕业院校系及专业 广西大学 土木工程专业")
    y += 2 * rh
    new_post = ["技术科副科长", "工程部副经理", "质量管理科科长", "检测中心副主任"][h % 4]
    for lab, val in (("现 任 职 务", f"{unit}{post}"), ("拟 任 职 务", new_post),
                     ("拟 免 职 务", "")):
        p.rect(lx, y, 130, rh * 0.8, dark, None, 0.7)
        cell_text(lx, y - rh * 0.1, 130, lab, 9.5, bold=True)
        p.rect(lx + 130, y, cw - 130, rh * 0.8, dark, None, 0.7)
        if val:
            vs = _r37_fit(val, 10.5, cw - 150, MICRO)
            p.text(lx + 140, y + rh * 0.4 + 4, val, vs, color=dark, font=MICRO, line=False)
        p.lines.append(f"{lab.replace(' ', '')} {val}".strip())
        y += rh * 0.8
    # 简历: the long cell
    jh = 170.0
    p.rect(lx, y, 40, jh, dark, None, 0.7)
    vtext(p, lx + 20, y + 60, "简历", 11, dark, font=HEI, step=28, line=False)
    p.rect(lx + 40, y, cw - 40, jh, dark, None, 0.7)
    g = int(birth[:4]) + 22
    cv = [f"{g - 4}.09--{g}.07  广西大学土木工程专业学习",
          f"{g}.07--{g + 3}.08  {unit}技术员",
          f"{g + 3}.08--{year - 3}.12  {unit}助理工程师",
          f"{year - 3}.12--        {unit}{post}"]
    yy = y + 24
    for t in cv:
        s = _r37_fit(t, 10, cw - 70, MICRO)
        p.text(lx + 56, yy, t, s, color=dark, font=MICRO)
        yy += 22
    y += jh
    p.rect(lx, y, 66, rh * 1.2, dark, None, 0.7)
    cell_text(lx, y + rh * 0.1, 66, "奖  惩\n情  况", 9.5, bold=True)
    p.rect(lx + 66, y, cw - 66, rh * 1.2, dark, None, 0.7)
    p.text(lx + 76, y + rh * 0.7, f"{year - 1}年被评为单位先进工作者。" if h % 2 else "无",
           10, color=dark, font=MICRO, line=False)
    y += rh * 1.2
    p.rect(lx, y, 66, rh * 1.4, dark, None, 0.7)
    cell_text(lx, y + rh * 0.2, 66, "年度考核\n结    果", 9.5, bold=True)
    p.rect(lx + 66, y, cw - 66, rh * 1.4, dark, None, 0.7)
    prev = ["合格", "优秀", "合格"]
    res_line = (f"{year - 2}年度考核{prev[h % 3]}；{year - 1}年度考核{prev[(h + 1) % 3]}；"
                f"{year}年度考核{result}。")
    s = _r37_fit(res_line, 10.5, cw - 86, MICRO)
    p.text(lx + 76, y + rh * 0.8, res_line, s, color=dark, font=MICRO)
    p.lines[-1] = "年度考核结果 " + res_line
    y += rh * 1.4
    p.rect(lx, y, 66, rh * 1.6, dark, None, 0.7)
    cell_text(lx, y + rh * 0.3, 66, "任  免\n理  由", 9.5, bold=True)
    p.rect(lx + 66, y, cw - 66, rh * 1.6, dark, None, 0.7)
    p.text(lx + 76, y + rh * 0.7, "工作需要，经民主推荐、组织考察、党委会研究决定。", 10,
           color=dark, font=MICRO, line=False)
    y += rh * 1.6
    p.rect(lx, y, cw, H - 60 - y, dark, None, 0.7)
    d = f"{year + 1}年{3 + h % 5}月{2 + h % 25}日"
    p.text(lx + 14, y + 24, "呈报单位", 10, color=dark, font=HEI, line=False)
    us = _r37_fit(unit, 10.5, 200, MICRO)
    p.text(lx + 40, y + 56, unit + "（盖章）", us, color=dark, font=MICRO)
    p.text(lx + 40, y + 80, d, 10.5, color=dark, font=MICRO, line=False)
    p.seal(lx + 120, y + 54, 96, unit, seed=seed + 3702, **ink(seed + 1))
    p.text(lx + cw / 2 + 20, y + 24, "审批机关意见", 10, color=dark, font=HEI, line=False)
    p.text(lx + cw / 2 + 30, y + 80, "（盖章）    年   月   日", 10, color=dark, line=False)
    filler = other_people(f"r37gb:{unit}", 1)[0][0]
    p.text(lx, H - 40, f"填表人：{filler}", 9, color=dark, font=MICRO, line=False)
    p.text(rx, H - 40, "中共中央组织部制", 8.5, "right", (90, 90, 90), line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 38
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round38`.

def _r38_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _r38_fit(text: str, size: float, width: float, font: str, floor: float = 6.0) -> float:
    while text_width(text, size, font) > width and size > floor:
        size -= 0.5
    return size


@layout(LAYOUTS, "annual_assessment.qifengzhang_zhengfan_liangye", pages=2, cn_dates=False)
def qifengzhang_zhengfan_liangye(*, name, gender, birth, unit, post, year, result, summary,
                                 public, seed=0, **_) -> Built:
    """The 年度考核登记表 printed on both sides of one A4 sheet (正反面打印) and, as the
    人事科 does when an applicant asks for a copy from the file for the 申报, copied side by
    side and stamped with a 骑缝章 across the two copies laid edge to edge, so that each
    page carries half of the seal on its inner edge; the applicant scans both sheets into
    one PDF: page 1 (the 表头 with 单位, 姓名, 性别, 出生年月, 政治面貌, 文化程度, 现任岗位,
    任现岗位时间, the 个人总结 box with the typed summary and the 本人签名 line), page 2
    (主管领导评语和考核等次建议, 单位负责人或考核委员会意见 with the grade written in,
    the 个人意见 line, the 未确定等次说明 box left empty, the unit's full seal over its date)
    and the 骑缝 halves; portrait, two pages."""
    from ._common import PEN, other_people, wrap_cjk

    h = _r38_hash(f"r38qf:{unit}:{name}:{year}")
    W, H = A4
    dark = (24, 24, 26)
    scan = (246, 246, 242)
    lx, rx = 56.0, W - 56
    cw = rx - lx
    ik = ink(seed + 5)
    boss, leader = (o[0] for o in other_people(f"r38qf:{unit}", 2))
    p1 = Page(W, H, background=scan, font=MING)
    p1.text(W / 2, 64, f"{year}年度事业单位工作人员", 15, "center", dark, font=KAI)
    p1.text(W / 2, 92, "年 度 考 核 登 记 表", 20, "center", dark, font=KAI)
    us = _r38_fit(unit, 11, cw - 200, MING)
    p1.text(lx, 126, f"单位：{unit}", us, color=dark)
    p1.text(rx, 126, f"编号：{year}-{h % 900 + 100}", 10, "right", dark, line=False)
    lw = 84.0
    vw = (cw - 2 * lw) / 2
    rows = [("姓    名", name, "性    别", gender),
            ("出生年月", f"{birth[:4]}.{birth[5:7]}", "政治面貌",
             ["中共党员", "群众", "民盟盟员", "群众"][h % 4]),
            ("文化程度", ["大学本科", "研究生", "大学本科", "大学专科"][(h >> 2) % 4],
             "现任岗位", post),
            ("任现岗位时间", f"{year - 2 - h % 4}.{1 + h % 12:02d}", "考核年度", f"{year}年度")]
    y = 138.0
    rh = 32.0
    for a, b, c, d in rows:
        xs = [lx, lx + lw, lx + lw + vw, lx + 2 * lw + vw, rx]
        for k in range(4):
            p1.rect(xs[k], y, xs[k + 1] - xs[k], rh, dark, None, 0.7)
        p1.text(lx + lw / 2, y + 21, a, _r38_fit(a, 10.5, lw - 6, MING), "center", dark,
                line=False)
        p1.text(lx + lw + 8, y + 21, b, _r38_fit(b, 11, vw - 12, MING), color=dark, line=False)
        p1.text(lx + lw + vw + lw / 2, y + 21, c, 10.5, "center", dark, line=False)
        p1.text(lx + 2 * lw + vw + 8, y + 21, d, _r38_fit(d, 11, vw - 12, MING), color=dark,
                line=False)
        p1.lines.append(f"{a.replace(' ', '')} {b} {c.replace(' ', '')} {d}")
        y += rh
    box_h = H - 70 - y
    p1.rect(lx, y, 40, box_h, dark, None, 0.7)
    vtext(p1, lx + 20, y + box_h / 2 - 60, "个人总结", 12, dark, step=34)
    p1.rect(lx + 40, y, cw - 40, box_h, dark, None, 0.7)
    yy = y + 28
    text = "".join(summary)
    yy = wrap_cjk(p1, lx + 52, yy, text, cw - 66, 10.5, 20, first_indent=21)
    p1.text(lx + 60, y + box_h - 30, "本人签名：", 10.5, color=dark, line=False)
    p1.text(lx + 126, y + box_h - 30, name, 13, color=PEN, font=KAI, line=False)
    p1.text(rx - 14, y + box_h - 30, f"{year + 1}年1月{5 + h % 10}日", 10.5, "right", PEN,
            font=KAI, line=False)
    p1.text(W / 2, H - 34, "第 1 页", 9, "center", (110, 110, 110), line=False)
    p1.seal(W + 2, H / 2 + 40, 96, unit, seed=seed + 3801, **ik)  # the left half of 骑缝章
    p2 = Page(W, H, background=scan, font=MING)
    p2.seal(-2, H / 2 + 40, 96, unit, seed=seed + 3801, **ik)  # the right half
    y = 60.0
    boxes = [("主管领导评语和考核等次建议", 220.0), ("单位负责人或考核委员会意见", 200.0),
             ("个人意见", 90.0), ("未确定等次或不参加考核情况说明", 110.0)]
    grade_line = f"经考核委员会审核，确定{name}同志{year}年度考核等次为：{result}。"
    for k, (lab, bh) in enumerate(boxes):
        p2.rect(lx, y, 40, bh, dark, None, 0.7)
        short = {0: "主管领导评语", 1: "考核委员会意见", 2: "个人意见", 3: "情况说明"}[k]
        step = min(24.0, (bh - 28) / len(short))
        vtext(p2, lx + 20, y + 24, short, min(11.0, step - 2), dark, step=step, line=False)
        p2.text(lx + 50, y + 18, lab, 8.5, color=(90, 90, 90))
        p2.rect(lx + 40, y, cw - 40, bh, dark, None, 0.7)
        if k == 0:
            comment = (f"该同志{year}年度能认真履行{post}岗位职责，服从工作安排，"
                       "业务熟练，团结同事，遵守劳动纪律，较好地完成了年度各项工作任务。"
                       f"建议考核等次为{result}。")
            wrap_cjk(p2, lx + 54, y + 44, comment, cw - 74, 11, 22, first_indent=22)
            p2.text(rx - 130, y + bh - 22, "签名：", 10.5, color=dark, line=False)
            p2.text(rx - 92, y + bh - 22, leader, 13, color=PEN, font=KAI, line=False)
        elif k == 1:
            gs = _r38_fit(grade_line, 11.5, cw - 74, MING)
            p2.text(lx + 54, y + 46, grade_line, gs, color=dark)
            p2.text(lx + 54, y + 74, f"负责人签名：{boss}", 10.5, color=dark, line=False)
            uw = min(text_width(unit, 10.5, MING), cw - 100)
            p2.text(rx - 16, y + bh - 48, unit, _r38_fit(unit, 10.5, cw - 100, MING), "right",
                    dark)
            p2.text(rx - 16, y + bh - 24, f"{year + 1}年1月{18 + h % 10}日", 10.5, "right",
                    dark, line=False)
            p2.seal(rx - 16 - uw / 2, y + bh - 56, 104, unit, seed=seed + 3802, **ink(seed + 1))
        elif k == 2:
            p2.text(lx + 54, y + 48, "同意", 14, color=PEN, font=KAI, line=False)
            p2.text(rx - 150, y + bh - 20, f"签名：{name}", 11, color=PEN, font=KAI, line=False)
        y += bh
    p2.text(lx, y + 30, "注：本表一式两份，一份存入本人档案，一份由单位人事部门留存。", 9,
            color=(80, 80, 80), line=False)
    p2.text(W / 2, H - 34, "第 2 页", 9, "center", (110, 110, 110), line=False)
    return Built("annual_assessment", [p1, p2], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.tengxun_wendang_zaixian_biao", cn_dates=False)
def tengxun_wendang_zaixian_biao(*, name, gender, birth, unit, post, year, result, summary,
                                 public, seed=0, **_) -> Built:
    """A desktop screenshot of the 腾讯文档 在线表格 that a unit's 人事专干 shares in the staff
    WeChat group for everyone to confirm their 年度考核 result (本人确认 column filled by each
    person, 只读 for the rest), which applicants screenshot when the paper 登记表 is still
    in the 档案室: the browser tab and address bar (docs.qq.com/sheet/…), the 腾讯文档 title
    row with the sheet's name, 最近编辑 time, the collaborators' avatars and 分享 button, the
    toolbar, the column letters and row numbers, the sheet's merged title row with the unit
    and year, the 序号 / 姓名 / 科室 / 岗位 / 考核等次 / 本人确认 / 确认时间 / 备注 columns
    with the colleagues' rows and the applicant's row selected (the green cell border),
    the sheet tabs at the bottom (考核结果, 优秀名额分配, 说明); landscape, one page, no
    seal (an online sheet)."""
    from ._common import HEI, other_people

    h = _r38_hash(f"r38tx:{unit}:{name}:{year}")
    W, H = 1200.0, 720.0
    dark, grey = (34, 34, 38), (128, 132, 140)
    white = (255, 255, 255)
    green = (30, 160, 90)
    p = Page(W, H, background=white, font=MICRO)
    p.rect(0, 0, W, 34, None, (222, 225, 230), 0)
    sheet_name = f"{year}年度考核结果确认表"
    p.rect(10, 6, 240, 28, None, white, 0)
    p.text(22, 25, f"{sheet_name} - 腾讯文档", 9.5, color=dark, line=False)
    p.text(W - 14, 23, "—   □   ×", 11, "right", dark, line=False)
    p.rect(0, 34, W, 32, None, (248, 249, 250), 0)
    p.text(14, 56, "←  →  C", 12, color=grey, line=False)
    p.rect(96, 40, W - 220, 21, None, (236, 238, 242), 0)
    p.text(108, 55, f"docs.qq.com/sheet/DT{h:08X}{(h * 7) % 10 ** 6}?tab=BB08J2", 9.5,
           color=grey, line=False)
    # the 腾讯文档 title row
    p.rect(0, 66, W, 48, None, white, 0)
    p.rect(14, 78, 24, 24, None, (30, 110, 240), 0)
    p.text(50, 90, sheet_name, 13, color=dark, font=HEI)
    p.text(50, 107, f"最近编辑：{year + 1}年1月{10 + h % 15}日 {9 + h % 8}:{h % 60:02d}    "
           "已保存到云端", 8.5, color=grey, line=False)
    p.text(W - 330, 96, "只读", 9.5, color=grey, line=False)
    for k in range(4):
        cx = W - 280 + k * 22
        p.rect(cx, 82, 20, 20, None, [(240, 150, 60), (90, 150, 230), (120, 190, 110),
                                      (200, 120, 200)][k], 0)
    p.rect(W - 180, 80, 70, 26, None, (30, 110, 240), 0)
    p.text(W - 145, 98, "分享", 10, "center", white, line=False)
    p.text(W - 60, 98, "≡  ···", 11, "center", dark, line=False)
    # toolbar
    p.rect(0, 114, W, 34, None, (246, 247, 249), 0)
    tools = "撤销  重做  格式刷  |  微软雅黑  10  |  B  I  U  S  |  对齐  合并  换行  |  筛选  排序"
    p.text(20, 136, tools, 9.5, color=grey, line=False)
    # formula bar
    p.rect(0, 148, W, 26, None, white, 0)
    p.hline(0, W, 174, 0.5)
    sel_row = 4 + h % 6
    p.text(14, 166, f"E{sel_row + 2}", 9.5, color=dark, line=False)
    p.text(70, 166, f"fx   {result}", 9.5, color=dark, line=False)
    # the grid
    gx, gy = 40.0, 174.0
    cols = [("A", "序号", 56), ("B", "姓名", 96), ("C", "科室", 150), ("D", "岗位", 200),
            ("E", "考核等次", 110), ("F", "本人确认", 96), ("G", "确认时间", 150),
            ("H", "备注", 150)]
    p.rect(0, gy, W, 22, None, (242, 243, 245), 0)
    p.rect(0, gy, gx, H - gy, None, (242, 243, 245), 0)
    x = gx
    for letter, _lab, w in cols:
        p.text(x + w / 2, gy + 15, letter, 9, "center", grey, line=False)
        x += w
    rh = 24.0
    y0 = gy + 22
    depts = ["办公室", "财务科", "业务一科", "业务二科", "技术科", "综合科"]
    others = other_people(f"r38tx:{unit}", 9)
    rows = []
    oi = 0
    for r in range(10):
        if r == sel_row - 1:
            rows.append((name, depts[h % 6], post, result, "已确认"))
        else:
            o = others[oi]
            oi += 1
            g = "优秀" if (h >> r) % 5 == 0 else "合格"
            rows.append((o[0], depts[(h >> (r + 2)) % 6],
                         ["管理岗", "专业技术岗", "工勤技能岗"][(h >> r) % 3], g,
                         "已确认" if (h >> (r + 5)) % 4 else ""))
    y = y0
    title_row = f"{unit}{year}年度工作人员考核结果确认表"
    p.rect(gx, y, sum(c[2] for c in cols), rh, None, (232, 242, 255), 0)
    p.text(gx + sum(c[2] for c in cols) / 2, y + 16, title_row,
           _r38_fit(title_row, 11, sum(c[2] for c in cols) - 10, HEI), "center", dark,
           font=HEI)
    p.text(gx / 2, y + 16, "1", 9, "center", grey, line=False)
    y += rh
    header = [c[1] for c in cols]
    x = gx
    for (_, lab, w) in cols:
        p.rect(x, y, w, rh, (214, 216, 220), (248, 248, 250), 0.5)
        p.text(x + w / 2, y + 16, lab, 10, "center", dark, font=HEI, line=False)
        x += w
    p.lines.append(" ".join(header))
    p.text(gx / 2, y + 16, "2", 9, "center", grey, line=False)
    y += rh
    for r, (nm, dept, pst, grade, conf) in enumerate(rows):
        cells = [str(r + 1), nm, dept, pst, grade, conf,
                 f"{year + 1}-01-{8 + (h >> r) % 12:02d} {9 + r % 8}:{(h >> r) % 60:02d}"
                 if conf else "", ""]
        x = gx
        for (_, _lab, w), c in zip(cols, cells):
            p.rect(x, y, w, rh, (224, 226, 230), None, 0.5)
            if c:
                p.text(x + w / 2, y + 16, c, _r38_fit(c, 10, w - 8, MICRO), "center", dark,
                       line=False)
            x += w
        p.lines.append(" ".join(c for c in cells if c))
        p.text(gx / 2, y + 16, str(r + 3), 9, "center", grey, line=False)
        if r == sel_row - 1:
            ex = gx + sum(c[2] for c in cols[:4])
            p.rect(ex, y, cols[4][2], rh, green, None, 2.0)
            p.rect(ex + cols[4][2] - 3, y + rh - 3, 6, 6, None, green, 0)
        y += rh
    # sheet tabs and status
    p.rect(0, H - 30, W, 30, None, (246, 247, 249), 0)
    for k, t in enumerate(("考核结果", "优秀名额分配", "说明")):
        bx = 60 + k * 110
        if k == 0:
            p.rect(bx - 8, H - 30, 96, 30, None, white, 0)
        p.text(bx + 40, H - 11, t, 9.5, "center", green if k == 0 else dark, line=False)
    p.text(W - 20, H - 11, "计数：1    100%", 9, "right", grey, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit))


# --------------------------------------------------------------------------- round 39
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round39`.

def _r39_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _r39_fit(text: str, size: float, width: float, font: str, floor: float = 6.0) -> float:
    while text_width(text, size, font) > width and size > floor:
        size -= 0.5
    return size


@layout(LAYOUTS, "annual_assessment.dating_xinxiping_gongshi", cn_dates=False)
def dating_xinxiping_gongshi(*, name, gender, birth, unit, post, year, result, summary,
                             public, seed=0, **_) -> Built:
    """A phone photo of the lobby's 信息发布屏 (the wall-mounted LCD 信息发布系统 screen by
    the lifts, where units run their 公示 as slides during the 公示期), which applicants
    take when the 公示 was never posted on paper: the dark wall and the screen's black
    bezel with its brand plate, the slide's blue background, the headline
    关于{year}年度考核结果的公示, the lead paragraph, the table of 序号 / 姓名 / 科室 /
    岗位 / 考核等次 with the colleagues' rows and the applicant's, the 公示期 and the
    监督电话, the unit and the date under its scanned red seal, the player's clock in the
    corner and the red scrolling 字幕 bar at the bottom (another notice: 消防演练); landscape,
    one page."""
    from ._common import HEI, other_people

    yr = int(year)
    h = _r39_hash(f"r39ping:{unit}:{name}:{yr}")
    W, H = 1100.0, 760.0
    p = Page(W, H, background=(58, 54, 50), font=MICRO)
    # wall: a lighter band (the lift lobby's stone), then the bezel
    p.rect(0, 0, W, 60, None, (92, 86, 78), 0)
    bx, by, bw, bh = 70.0, 48.0, W - 140, H - 100
    p.rect(bx - 4, by - 4, bw + 8, bh + 8, None, (12, 12, 14), 0)
    p.rect(bx, by, bw, bh, None, (20, 20, 22), 0)
    sx, sy, sw, sh = bx + 22, by + 20, bw - 44, bh - 54
    p.rect(sx, sy, sw, sh, None, (18, 62, 132), 0)
    p.text(bx + bw / 2, by + bh - 14, "信息发布系统", 8, "center", (150, 150, 150), line=False)
    white, yellow = (248, 248, 244), (255, 226, 90)
    p.text(sx + sw - 14, sy + 22, f"{yr + 1}-01-{10 + h % 15:02d}  {8 + h % 9}:{h % 60:02d}",
           10, "right", (200, 214, 236), line=False)
    head = f"关于{yr}年度考核结果的公示"
    p.text(sx + sw / 2, sy + 62, head, 24, "center", yellow, font=HEI)
    lead = (f"根据年度考核工作安排，经个人总结、民主测评、考核委员会审核，{unit}{yr}年度"
            "工作人员考核结果如下，现予公示：")
    ls = _r39_fit(lead, 13, sw - 60, MICRO)
    p.text(sx + 30, sy + 98, lead, ls, color=white)
    cols = [("序号", 60), ("姓名", 130), ("科室", 170), ("岗位", 230), ("考核等次", 130)]
    tw = sum(c[1] for c in cols)
    tx = sx + (sw - tw) / 2
    ty = sy + 116
    rh = 27.0
    p.rect(tx, ty, tw, rh, None, (12, 44, 100), 0)
    x = tx
    for lab, w in cols:
        p.text(x + w / 2, ty + 19, lab, 12.5, "center", yellow, font=HEI, line=False)
        x += w
    p.lines.append(" ".join(c[0] for c in cols))
    others = other_people(f"r39ping:{unit}", 8)
    depts = ["办公室", "财务科", "业务科", "技术科", "综合科", "质量科"]
    me = 2 + h % 5
    rows = []
    k = 0
    for r in range(8):
        if r == me:
            rows.append((name, depts[h % 6], post, result))
        else:
            o = others[k]
            k += 1
            rows.append((o[0], depts[(h >> r) % 6],
                         ["管理岗", "专业技术岗", "工勤技能岗"][(h >> (r + 1)) % 3],
                         "优秀" if (h >> (r + 3)) % 4 == 0 else "合格"))
    y = ty + rh
    for r, row in enumerate(rows):
        cells = [str(r + 1), *row]
        x = tx
        for (_, w), c in zip(cols, cells):
            p.rect(x, y, w, rh, (90, 130, 190), None, 0.6)
            p.text(x + w / 2, y + 19, c, _r39_fit(c, 13, w - 10, MICRO), "center", white,
                   line=False)
            x += w
        p.lines.append(" ".join(cells))
        y += rh
    d1 = 10 + h % 15
    p.text(sx + 30, y + 30, f"公示时间：{yr + 1}年1月{d1}日至1月{d1 + 4}日（5个工作日）。"
           "如有异议，请在公示期内向人事科反映。", 12, color=white)
    p.text(sx + 30, y + 54, f"监督电话：0772-{2830000 + h % 9999}    纪检监察室：0772-"
           f"{2831000 + (h >> 4) % 999}", 11.5, color=(200, 214, 236), line=False)
    us = _r39_fit(unit, 13, sw / 2, MICRO)
    ux = sx + sw - 50
    p.text(ux, y + 92, unit, us, "right", white)
    p.text(ux, y + 116, f"{yr + 1}年1月{d1 - 1}日", 12.5, "right", white, line=False)
    p.seal(ux - min(text_width(unit, us, MICRO), sw / 2) / 2, y + 90, 92, unit,
           seed=seed + 3901, **ink(seed + 3))
    # the scrolling 字幕 bar and the screen's glare band
    p.rect(sx, sy + sh - 30, sw, 30, None, (150, 20, 24), 0)
    p.text(sx + 16, sy + sh - 10, f"温馨提示：本周五下午15:00开展消防应急疏散演练，请各科室"
           f"做好准备……  {yr + 1}年度安全生产责任书签订工作", 12, color=yellow, line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.wangpan_tupian_yulan", cn_dates=False)
def wangpan_tupian_yulan(*, name, gender, birth, unit, post, year, result, summary, public,
                         seed=0, **_) -> Built:
    """A desktop screenshot of 百度网盘's web page (pan.baidu.com) previewing the scan of the
    年度考核结果通知书 that the applicant keeps in a 职称申报材料 folder, taken when the
    申报 clerk asks for the notice again and the phone is elsewhere: the browser bar, the
    dimmed file list behind (我的文件 > 职称申报材料 > 年度考核, other files' names, sizes
    and dates), the dark image viewer over it with the file's name, its 1/4 counter, the
    下载 / 分享 / 旋转 / 全屏 buttons and the prev / next arrows, and in it the scanned A4
    notice (title, 编号, the addressee, the paragraph with the year and the 等次, the unit
    and date under its seal, the tear-off 回执 with the 本人签名 and another date);
    landscape, one page."""
    from ._common import HEI, PEN, other_people, wrap_cjk

    yr = int(year)
    h = _r39_hash(f"r39pan:{unit}:{name}:{yr}")
    W, H = 1240.0, 820.0
    dark, grey = (40, 42, 48), (130, 134, 142)
    white = (255, 255, 255)
    p = Page(W, H, background=(250, 250, 252), font=MICRO)
    p.rect(0, 0, W, 32, None, (222, 225, 230), 0)
    p.rect(10, 6, 220, 26, None, white, 0)
    p.text(22, 24, "百度网盘-全部文件", 9.5, color=dark, line=False)
    p.text(W - 14, 22, "—   □   ×", 11, "right", dark, line=False)
    p.rect(0, 32, W, 30, None, (246, 247, 249), 0)
    p.text(14, 52, "←  →  C", 12, color=grey, line=False)
    p.rect(96, 37, W - 220, 20, None, (236, 238, 242), 0)
    p.text(108, 51, "pan.baidu.com/disk/main#/index?category=all&path=%2F职称申报材料"
           "%2F年度考核", 9, color=grey, line=False)
    # the file list behind, dimmed by the viewer's overlay
    dim = (96, 98, 104)
    p.rect(0, 62, W, H - 62, None, (66, 68, 72), 0)
    p.text(30, 96, "百度网盘", 15, color=(120, 140, 190), font=HEI, line=False)
    p.text(220, 96, "我的文件 > 职称申报材料 > 年度考核", 10, color=dim, line=False)
    files = [(f"{yr - 2}年度考核登记表.pdf", "1.2MB"), (f"{yr - 1}年度考核登记表.pdf", "1.4MB"),
             (f"{yr}年度考核结果通知书.jpg", "2.6MB"), ("考核优秀证书.jpg", "3.1MB")]
    for k, (fn, sz) in enumerate(files):
        y = 140 + k * 40
        p.text(220, y, fn, 10, color=dim, line=False)
        p.text(760, y, sz, 10, color=dim, line=False)
        p.text(880, y, f"{yr + 1}-0{2 + k % 3}-{10 + k * 3} 2{k}:1{k}", 10, color=dim,
               line=False)
    # the viewer
    fname = f"{yr}年度考核结果通知书.jpg"
    p.rect(0, 62, W, 46, None, (30, 31, 34), 0)
    p.text(24, 91, fname, 11, color=white, line=False)
    p.text(W / 2, 91, "3 / 4", 10.5, "center", (200, 200, 204), line=False)
    p.text(W - 24, 91, "下载    分享    旋转    全屏    ×", 10.5, "right", (220, 220, 224),
           line=False)
    p.text(40, 470, "‹", 40, "center", (210, 210, 214), line=False)
    p.text(W - 40, 470, "›", 40, "center", (210, 210, 214), line=False)
    p.text(W / 2, H - 14, "－    100%    ＋        原图 2480 × 3508", 9.5, "center",
           (190, 190, 194), line=False)
    # the scanned notice
    dh = H - 108 - 40
    dw = dh * 0.707
    dx, dy = (W - dw) / 2, 118.0
    p.rect(dx, dy, dw, dh, None, (252, 251, 246), 0)
    lx, rx = dx + 46, dx + dw - 42
    cw = rx - lx
    ink_dark = (28, 28, 30)
    p.font = MING
    p.text((lx + rx) / 2, dy + 52, "年度考核结果通知书", 18, "center", ink_dark, font=HEI)
    p.text(rx, dy + 76, f"编号：KH{yr}-{h % 900 + 100}", 9, "right", ink_dark, line=False)
    p.text(lx, dy + 104, f"{name}同志：", 11.5, color=ink_dark)
    body = (f"根据《事业单位工作人员考核规定》，经本单位考核委员会审核，并经公示无异议，"
            f"你{yr}年度考核结果确定为{result}等次。")
    y = wrap_cjk(p, lx, dy + 132, body, cw, 11, 21, first_indent=22)
    tail = ("如对考核结果有异议，可自接到本通知书之日起三十日内向本单位申请复核。"
            if result != "优秀" else "希望你再接再厉，在新的一年里取得更好成绩。")
    y = wrap_cjk(p, lx, y + 2, tail, cw, 11, 21, first_indent=22)
    p.text(lx + 22, y + 4, "特此通知。", 11, color=ink_dark, line=False)
    us = _r39_fit(unit, 11, cw - 40, MING)
    p.text(rx - 6, y + 54, unit, us, "right", ink_dark)
    d0 = 12 + h % 12
    p.text(rx - 6, y + 78, f"{yr + 1}年1月{d0}日", 11, "right", ink_dark, line=False)
    p.seal(rx - 6 - min(text_width(unit, us, MING), cw - 40) / 2, y + 58, 96, unit,
           seed=seed + 3902, **ink(seed + 4))
    cut = y + 112
    p.text((lx + rx) / 2, cut, "- - - - - - - - - - - 沿 此 线 剪 开 - - - - - - - - - - -", 8,
           "center", (120, 120, 120), line=False)
    p.text((lx + rx) / 2, cut + 30, "回    执", 13, "center", ink_dark, font=HEI, line=False)
    clerk = other_people(f"r39pan:{unit}", 1)[0][0]
    p.text(lx, cut + 58, f"本人已收到{yr}年度考核结果通知书。", 10.5, color=ink_dark,
           line=False)
    p.text(lx, cut + 88, "本人签名：", 10.5, color=ink_dark, line=False)
    p.text(lx + 62, cut + 88, name, 13, color=PEN, font=KAI, line=False)
    p.text(rx, cut + 88, f"{yr + 1}.1.{d0 + 2}", 12, "right", PEN, font=KAI, line=False)
    p.text(lx, cut + 114, f"送达人：{clerk}（人事科）", 10, color=ink_dark, line=False)
    p.font = MICRO
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


# --------------------------------------------------------------------------- round 40
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round40`.

def _r40_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _r40_fit(text: str, size: float, width: float, font: str, floor: float = 6.0) -> float:
    while text_width(text, size, font) > width and size > floor:
        size -= 0.5
    return size


@layout(LAYOUTS, "annual_assessment.youjian_hebing_yiye_liangfen", cn_dates=False)
def youjian_hebing_yiye_liangfen(*, name, gender, birth, unit, post, year, result, summary,
                                 public, seed=0, **_) -> Built:
    """A scan of an A4 sheet from the 人事科's batch print of 年度考核结果通知书 made with
    Word's 邮件合并 (two notices per sheet, to be cut along the dashed 裁切线 and handed
    out), which applicants scan uncut when the clerk gives them the whole sheet: the top
    half is a colleague's notice (another name, 科室 and 等次, its own 编号), the bottom
    half the applicant's (编号, 姓名 and 科室 filled in by the merge in a different font,
    the paragraph with the year and the 等次, the 考核委员会 and date under the unit's red
    seal, the 本人签字 line), the scissors mark on the cut line and the merge's 第 n 页
    footer; portrait, one page."""
    from ._common import HEI, other_people, wrap_cjk

    yr = int(year)
    h = _r40_hash(f"r40yj:{unit}:{name}:{yr}")
    p = Page(*A4, font=MING)
    dark = (28, 28, 30)
    merge = (20, 20, 60)
    other = other_people(f"r40yj:{unit}", 1)[0][0]
    depts = ["办公室", "财务科", "业务一科", "技术科", "综合科", "质量科"]
    d_me, d_other = depts[h % 6], depts[(h >> 3) % 6]
    res_other = "合格" if result != "合格" else "优秀"
    base = 100 + h % 300
    us = _r40_fit(unit, 12, 300, MING)
    issued = f"{yr + 1}年1月{8 + h % 18}日"
    for half, (who, dept, res, no) in enumerate(
            [(other, d_other, res_other, base), (name, d_me, result, base + 1)]):
        y0 = 30 + half * 421
        p.text(297, y0 + 48, f"{yr}年度考核结果通知书", 18, "center", dark, font=HEI)
        p.text(520, y0 + 78, f"编号：KH{yr}-{no:03d}", 10, "right", dark)
        p.text(70, y0 + 112, f"{who}", 13, color=merge, font=MICRO)
        p.hline(68, 68 + max(60, text_width(who, 13, MICRO) + 8), y0 + 116, 0.6)
        p.text(72 + max(60, text_width(who, 13, MICRO) + 8), y0 + 112, f"同志（{dept}）：",
               13, color=dark)
        body = (f"根据《事业单位工作人员考核规定》和本单位{yr}年度考核工作方案，经个人述职、"
                f"民主测评和考核委员会审定，你{yr}年度考核结果为：{res}。")
        y = wrap_cjk(p, 70, y0 + 146, body, 455, 12.5, 25, first_indent=25)
        p.text(95, y + 4, "如对考核结果有异议，可在收到本通知之日起十五日内向考核委员会申请复核。",
               10.5, color=dark)
        p.text(510, y + 52, f"{unit}年度考核委员会", us, "right", dark)
        p.text(510, y + 78, issued, 12, "right", dark)
        p.seal(510 - min(text_width(unit, us, MING), 300) / 2 - 30, y + 50, 104, unit,
               seed=seed + 4001 + half, **ink(seed + 2 + half))
        p.text(70, y + 118, "本人签字：____________    签收日期：______年___月___日", 10.5,
               color=dark, line=False)
    # the cut line between the two notices
    for x in range(40, 560, 14):
        p.hline(x, x + 7, 451, 0.6)
    p.text(28, 455, "✂", 12, color=(90, 90, 90), line=False)
    p.text(297, 830, f"第 {1 + (base - 100) // 2} 页", 8.5, "center", (110, 110, 110),
           line=False)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)


@layout(LAYOUTS, "annual_assessment.boli_taiban_yazhao", cn_dates=False)
def boli_taiban_yazhao(*, name, gender, birth, unit, post, year, result, summary, public,
                       seed=0, **_) -> Built:
    """A phone photo of the 年度考核情况证明 kept under the glass top (玻璃台板) of an office
    desk, where staff in older units press their 通讯录, 值班表 and documents they need to
    hand, as applicants take it without lifting the glass: the green desk felt round the
    edge, the glass's bevelled edge and a ceiling lamp's reflection band across the page,
    a 值班表 and a 内部通讯录 (other names and extensions) pressed beside it, and the
    证明 itself (title, the paragraph with the applicant's 性别, 出生年月, 岗位, the years
    and their 等次 in a small table, the 人事科 经办人 and phone, the unit and date under
    its seal); landscape, one page."""
    from ._common import HEI, other_people

    yr = int(year)
    h = _r40_hash(f"r40bl:{unit}:{name}:{yr}")
    W, H = 1120.0, 800.0
    dark = (30, 32, 30)
    p = Page(W, H, background=(44, 92, 66), font=MING)
    # the neighbours under the glass: 值班表 and 通讯录
    p.rect(30, 40, 300, 360, None, (236, 236, 228), 0)
    p.text(180, 74, f"{yr + 1}年春节值班表", 13, "center", dark, font=HEI, line=False)
    ppl = other_people(f"r40bl:{unit}", 9)
    for k in range(7):
        p.text(50, 110 + k * 38, f"2月{1 + k}日", 10.5, color=dark, line=False)
        p.text(140, 110 + k * 38, ppl[k][0], 10.5, color=dark, line=False)
        p.text(230, 110 + k * 38, f"{1380772 + k}{h % 9000 + 1000}", 9, color=dark,
               line=False)
    p.rect(40, 430, 280, 330, None, (246, 240, 214), 0)
    p.text(180, 462, "内部通讯录", 13, "center", dark, font=HEI, line=False)
    for k, who in enumerate(["院办", "人事科", "财务科", "后勤科", "档案室", "门卫"]):
        p.text(60, 500 + k * 40, who, 10.5, color=dark, line=False)
        p.text(160, 500 + k * 40, ppl[k + 3][0] if k < 6 else "", 10.5, color=dark,
               line=False)
        p.text(250, 500 + k * 40, f"8{(h >> k) % 900 + 100}", 10.5, color=dark, line=False)
    # the certificate
    sx, sy, sw, sh = 380.0, 30.0, 560.0, 740.0
    p.rect(sx, sy, sw, sh, None, (250, 250, 246), 0)
    lx, rx = sx + 56, sx + sw - 50
    p.text(sx + sw / 2, sy + 80, "年度考核情况证明", 22, "center", dark, font=HEI)
    born = f"{birth[:4]}年{int(birth[5:7])}月" if len(birth) >= 7 else str(birth)
    body = (f"兹证明{name}同志，性别{gender}，{born}出生，系我单位在编在岗工作人员，"
            f"现任{post}。该同志近三年年度考核情况如下：")
    from ._common import wrap_cjk

    y = wrap_cjk(p, lx, sy + 140, body, rx - lx, 13, 27, first_indent=26)
    cols = [("年度", 140), ("考核等次", 170), ("备注", rx - lx - 310)]
    rows = [(f"{yr - 2}年度", "合格" if h % 3 else "优秀", ""),
            (f"{yr - 1}年度", "合格", ""), (f"{yr}年度", result, "")]
    ty = y + 10
    x = lx
    for lab, w in cols:
        p.rect(x, ty, w, 30, dark, None, 0.8)
        p.text(x + w / 2, ty + 20, lab, 12, "center", dark, font=HEI)
        x += w
    p.lines.append(" ".join(c[0] for c in cols))
    for r, row in enumerate(rows):
        x = lx
        yy = ty + 30 * (r + 1)
        for (_, w), c in zip(cols, row):
            p.rect(x, yy, w, 30, dark, None, 0.8)
            p.text(x + w / 2, yy + 20, c, 12.5, "center", dark, line=False)
            x += w
        p.lines.append(" ".join(c for c in row if c))
    y = ty + 30 * 4 + 40
    p.text(lx + 26, y, "特此证明。", 13, color=dark)
    p.text(lx, y + 40, f"经办人：{ppl[8][0]}    联系电话：0772-{2860000 + h % 9999}", 10.5,
           color=dark, line=False)
    us = _r40_fit(unit, 13, rx - lx - 120, MING)
    p.text(rx - 10, y + 120, unit, us, "right", dark)
    p.text(rx - 10, y + 148, f"{yr + 1}年{2 + h % 3}月{6 + h % 20}日", 13, "right", dark)
    p.seal(rx - 10 - min(text_width(unit, us, MING), rx - lx - 120) / 2, y + 116, 112, unit,
           seed=seed + 4011, **ink(seed + 4))
    # the glass: bevel edge, a lamp's reflection band (pale, text still readable)
    p.rect(0, 0, W, 8, None, (120, 160, 140), 0)
    p.rect(0, H - 8, W, 8, None, (120, 160, 140), 0)
    p.rect(sx - 30, 0, 10, H, None, (96, 150, 122), 0)
    p.rect(sx + sw + 50, 0, 14, H, None, (96, 150, 122), 0)
    return Built("annual_assessment", [p], _fields(name, year, result, unit), seal=unit)
