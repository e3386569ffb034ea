"""Professional-title certificates (专业技术资格证书 / 职称证书): label list, two-panel booklet,
ruled table, prose and the provincial electronic certificate."""

from __future__ import annotations

from .. import documents as D
from ..layout import Line
from ._common import A4, A4_LANDSCAPE, KAI, MICRO, MING, Built, Page, cn, frame, grid, ink, layout

LAYOUTS: dict = {}


def _fields(name, id_number, title, level, obtained_on, number):
    return {"name": name, "id_number": id_number, "title": title, "level": level,
            "obtained_on": obtained_on, "certificate_number": number}


layout(LAYOUTS, "title_certificate.classic")(D.title_certificate)


@layout(LAYOUTS, "title_certificate.booklet")
def booklet(*, name, gender, birth, id_number, title, level, specialty, obtained_on, number,
            issuer, committee, issued_on, seed=0, **_) -> Built:
    """The opened red booklet, landscape: photo, issuer, seal and date on the left panel;
    the holder's particulars on the right."""
    p = Page(*A4_LANDSCAPE, background=(252, 249, 240), font=MING)
    p.rect(24, 24, 794, 547, (160, 30, 30), None, 2)
    p.items.append(Line(421, 40, 421, 555, 0.6, (160, 150, 140)))
    p.photo(160, 90, 100, 134)
    p.text(210, 290, "发证机关", 13, "center")
    p.text(210, 320, issuer, 13, "center")
    p.text(210, 350, f"发证日期：{cn(issued_on)}", 12, "center")
    p.seal(230, 316, 118, issuer, bottom="职称专用章", seed=seed + 2, **ink(seed))
    p.text(210, 470, "专业技术资格证书", 18, "center", (160, 30, 30))
    rows = [("姓名", name), ("性别", gender), ("出生年月", cn(birth[:7])),
            ("身份证号码", id_number), ("专业", specialty), ("资格名称", title),
            ("资格级别", level), ("评审通过时间", cn(obtained_on)), ("评委会名称", committee),
            ("证书编号", number)]
    y = 90
    for label, value in rows:
        p.row([(470, label, y), (560, value, y)], 12)
        y += 40
    return Built("title_certificate", [p], _fields(name, id_number, title, level, obtained_on,
                                                   number), seal=issuer)


@layout(LAYOUTS, "title_certificate.table")
def table(*, name, gender, birth, id_number, title, level, specialty, obtained_on, number,
          issuer, committee, issued_on, seed=0, **_) -> Built:
    """A ruled table with the photo cell at the right of the first rows."""
    p = Page(*A4, font=MICRO, background=(255, 254, 250))
    frame(p, (120, 40, 40), 18, 24, 1.5)
    p.text(297, 96, "职称证书", 28, "center", (120, 40, 40))
    p.text(297, 124, f"证书编号：{number}", 11, "center")
    y = grid(p, 60, 150, [90, 150, 80, 155], [
        ["姓名", name, "性别", gender],
        ["出生日期", cn(birth), "专业", specialty],
        ["身份证号", id_number, "", ""],
        ["职称名称", title, "级别", level],
        ["取得时间", cn(obtained_on), "取得方式", "评审"],
        ["评审机构", committee, "", ""]], 36, 11)
    p.text(60, y + 40, "经评审，具备上述专业技术资格。", 12)
    p.text(330, y + 120, issuer, 12)
    p.text(330, y + 150, cn(issued_on), 12)
    p.seal(420, y + 130, 112, issuer, bottom="职称专用章", seed=seed + 2, **ink(seed + 1))
    return Built("title_certificate", [p], _fields(name, id_number, title, level, obtained_on,
                                                   number), seal=issuer)


@layout(LAYOUTS, "title_certificate.prose")
def prose(*, name, gender, birth, id_number, title, level, specialty, obtained_on, number,
          issuer, committee, issued_on, seed=0, **_) -> Built:
    """A prose certificate: 经...评审委员会评审通过，具备...资格。"""
    p = Page(*A4, background=(252, 250, 244), font=KAI)
    frame(p, (150, 30, 30), 20, 28, 2.6)
    p.text(297, 110, "专业技术资格证书", 28, "center", (150, 30, 30))
    p.photo(250, 150, 94, 124)
    body = (f"{name}同志（身份证号码：{id_number}），经{committee}评审通过，于{cn(obtained_on)}"
            f"取得{specialty}专业{title}（{level}）专业技术资格。")
    y = p.wrapped(80, 330, body, 435, 15, 30, first_indent=30)
    p.text(110, y + 10, "特发此证。", 15)
    p.text(80, y + 60, f"证书编号：{number}", 12)
    p.text(500, y + 150, issuer, 14, "right")
    p.text(500, y + 180, cn(issued_on), 14, "right")
    p.seal(420, y + 160, 116, issuer, bottom="职称专用章", seed=seed + 2, **ink(seed + 2))
    return Built("title_certificate", [p], _fields(name, id_number, title, level, obtained_on,
                                                   number), seal=issuer)


@layout(LAYOUTS, "title_certificate.electronic", cn_dates=False)
def electronic(*, name, gender, birth, id_number, title, level, specialty, obtained_on, number,
               issuer, committee, issued_on, seed=0, **_) -> Built:
    """The provincial electronic certificate printout: ISO dates, a verification code box."""
    p = Page(*A4, font=MICRO)
    p.rect(40, 40, 515, 60, None, (190, 30, 35), 0)
    p.text(297, 80, "广西壮族自治区职称电子证书", 20, "center", (255, 255, 255))
    p.photo(440, 130, 86, 114)
    rows = [("姓　　名", name), ("性　　别", gender), ("证件号码", id_number),
            ("职称系列", committee.replace("柳州市", "").replace("广西壮族自治区", "")[:-7]),
            ("专　　业", specialty), ("职称名称", title), ("职称级别", level),
            ("取得日期", obtained_on), ("证书编号", number), ("发证单位", issuer),
            ("发证日期", issued_on)]
    y = 140
    for label, value in rows:
        p.row([(70, f"{label}：", y), (160, value, y)], 12)
        y += 30
    p.rect(70, y + 20, 90, 90, (40, 40, 40), None, 1)
    p.text(115, y + 70, "验证码", 10, "center")
    p.text(180, y + 60, f"证书验证：登录广西人社网上办事大厅输入证书编号{number}查询", 9)
    p.seal(420, y + 40, 112, issuer, bottom="职称专用章", seed=seed + 2, **ink(seed + 3))
    return Built("title_certificate", [p], _fields(name, id_number, title, level, obtained_on,
                                                   number), seal=issuer)
