"""Appointment letters (聘书 / 聘任文件): 兹聘任...为...职务, 兹聘请...担任...岗位, a label form,
a red-headed 聘任文件 with 文号 and 聘期三年，自...起至...止, and a 聘任证书 card. The title is
printed with words around it (职务, 岗位, 专业技术职务, （中级）) as real letters do; the truth
title is the bare title. Seals vary in ink, size and position, over the unit and the date."""

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
    first_day,
    frame,
    grid,
    ink,
    layout,
    month_end,
    term_words,
    text_width,
    ym,
)

LAYOUTS: dict = {}


def level_word(title: str) -> str:
    if title.startswith(("正高级", "主任")):
        return "正高级"
    if title.startswith(("高级", "副主任")):
        return "副高级"
    if title.startswith("助理") or title in ("护师", "二级教师"):
        return "初级"
    return "中级"


def _fields(name, title, start, end, issued_on, unit):
    return {"name": name, "title": title, "start": ym(start), "end": ym(end),
            "issued_on": issued_on, "unit": unit}


layout(LAYOUTS, "appointment_letter.classic")(D.appointment_letter)


@layout(LAYOUTS, "appointment_letter.pinqing_card")
def pinqing_card(*, name, title, start, end, unit, issued_on, doc_no="", seal=True, seed=0,
                 **_) -> Built:
    """Landscape card: 兹聘请 X 担任 YY 岗位，聘期三年，自...起至...止 (first and last day)."""
    p = Page(*A4_LANDSCAPE, background=(255, 250, 240), font=KAI)
    frame(p, (190, 40, 30), 20, 30, 3)
    p.text(421, 110, "聘  书", 44, "center", (190, 40, 30))
    body = (f"兹聘请 {name} 担任 {title} 岗位，聘期{term_words(start, end)}，"
            f"自{cn(first_day(start))}起至{cn(month_end(end))}止。")
    y = p.wrapped(130, 210, body, 580, 20, 40, first_indent=40)
    p.text(170, y + 10, "此聘。", 20)
    p.text(700, y + 110, unit, 17, "right")
    p.text(700, y + 146, cn(issued_on), 17, "right")
    if seal:
        p.seal(700 - text_width(unit, 17, KAI) * 0.35, y + 128, 124, unit, seed=seed + 3,
               **ink(seed))
    return Built("appointment_letter", [p], _fields(name, title, start, end, issued_on, unit),
                 seal=unit if seal else None)


@layout(LAYOUTS, "appointment_letter.label_form")
def label_form(*, name, title, start, end, unit, issued_on, doc_no="", seal=True, seed=0,
               **_) -> Built:
    """A label form (受聘人 / 聘任职务 / 聘期 / 聘任单位), the title with its grade in brackets."""
    p = Page(*A4, font=MICRO)
    p.text(297, 100, "专业技术职务聘任书", 24, "center")
    if doc_no:
        p.text(480, 130, f"编号：{doc_no}", 10, "right")
    y = grid(p, 70, 150, [120, 335], [
        ["受聘人", name], ["聘任职务", f"{title}（{level_word(title)}）"],
        ["聘期", f"{cn(start)}至{cn(end)}"], ["聘任单位", unit]], 40, 13, align_left=True)
    p.wrapped(70, y + 40, "受聘人应履行岗位职责，完成聘期工作任务，聘任单位按规定兑现相应待遇。",
              455, 12, 22, first_indent=24)
    p.text(480, y + 160, f"聘任单位（盖章）：{unit}", 12, "right")
    p.text(480, y + 190, f"签发日期：{cn(issued_on)}", 12, "right")
    if seal:
        p.seal(400, y + 170, 112, unit, seed=seed + 3, **ink(seed + 1))
    return Built("appointment_letter", [p], _fields(name, title, start, end, issued_on, unit),
                 seal=unit if seal else None)


@layout(LAYOUTS, "appointment_letter.wenjian")
def wenjian(*, name, title, start, end, unit, issued_on, doc_no="", seal=True, seed=0,
            **_) -> Built:
    """A red-headed 聘任文件: X人字〔2019〕12号, 经研究，决定聘任 X 同志为 YY 专业技术职务。"""
    p = Page(*A4, font=MING)
    p.text(297, 110, f"{unit}文件", 26 if len(unit) <= 14 else 21, "center", (200, 20, 25))
    number = doc_no.replace("人〔", "人字〔") if doc_no else ""
    if number:
        p.text(297, 150, number, 13, "center")
    p.items.append(D_line(60, 165, 535, 165))
    p.text(297, 215, f"关于聘任{name}同志专业技术职务的通知", 17, "center")
    p.text(70, 265, "各部门：", 14)
    body = (f"经研究，决定聘任{name}同志为{title}专业技术职务，聘期{term_words(start, end)}，"
            f"自{cn(first_day(start))}起至{cn(month_end(end))}止。")
    y = p.wrapped(70, 300, body, 455, 14, 30, first_indent=28)
    p.text(98, y + 6, "特此通知。", 14)
    p.text(500, y + 110, unit, 14, "right")
    p.text(500, y + 140, cn(issued_on), 14, "right")
    if seal:  # over the unit name and the date, as issuing offices stamp
        p.seal(500 - text_width(unit, 14, MING) / 2, y + 122, 122, unit, seed=seed + 3,
               **ink(seed + 2))
    p.hline(60, 535, 760, 0.6)
    p.text(70, 780, f"{unit}办公室", 11)
    p.text(525, 780, f"{cn(issued_on)}印发", 11, "right")
    return Built("appointment_letter", [p], _fields(name, title, start, end, issued_on, unit),
                 seal=unit if seal else None)


def D_line(x1, y1, x2, y2):
    from ..layout import Line

    return Line(x1, y1, x2, y2, 2.0, (200, 20, 25))


@layout(LAYOUTS, "appointment_letter.certificate_card")
def certificate_card(*, name, title, start, end, unit, issued_on, doc_no="", seal=True, seed=0,
                     **_) -> Built:
    """A 聘任证书 card: 经研究，聘任您为 YY 岗位 and 聘期 as months; the date under the seal."""
    p = Page(*A4_LANDSCAPE, background=(247, 240, 226), font=MING)
    frame(p, (150, 110, 50), 22, 32, 2.4)
    p.text(421, 104, "聘 任 证 书", 36, "center", (150, 40, 30))
    p.text(120, 180, f"{name} 同志：", 20)
    body = f"经研究，聘任您为 {title}（{level_word(title)}）岗位。"
    y = p.wrapped(160, 230, body, 560, 19, 38)
    p.text(160, y + 10, f"聘期：{cn(start)}至{cn(end)}", 18)
    if doc_no:
        p.text(120, 520, f"证书编号：{doc_no}", 12)
    p.text(690, y + 120, unit, 16, "right")
    p.text(690, y + 156, cn(issued_on), 16, "right")
    if seal:  # a large seal half over the date
        p.seal(620, y + 150, 132, unit, seed=seed + 3, **ink(seed + 3))
    return Built("appointment_letter", [p], _fields(name, title, start, end, issued_on, unit),
                 seal=unit if seal else None)
