"""Resident identity cards (居民身份证). Real convention has only two sides (人像面, 国徽面), so
the layouts are the ways applicants present them: the portrait side alone, both sides stacked
on one card-sized image (国徽面 first), and an A4 photocopy sheet with both sides and the usual
handwritten note. Only three layouts: there is no further real form to model."""

from __future__ import annotations

from .. import documents as D
from ._common import A4, KAI, Built, Page, ink, layout  # noqa: F401

LAYOUTS: dict = {}


def _front(p: Page, ox: float, oy: float, name, gender, ethnicity, birth, address, id_number):
    y, m, d = birth.split("-")
    p.rect(ox + 6, oy + 6, 231, 141, (190, 210, 215), (226, 238, 240), 0.5)
    p.row([(ox + 14, "姓  名", oy + 26), (ox + 52, name, oy + 26)], 8.5)
    p.row([(ox + 14, "性  别", oy + 44), (ox + 52, gender, oy + 44), (ox + 86, "民  族", oy + 44),
           (ox + 120, ethnicity, oy + 44)], 8.5)
    p.row([(ox + 14, "出  生", oy + 62),
           (ox + 52, f"{int(y)} 年 {int(m)} 月 {int(d)} 日", oy + 62)], 8.5)
    p.row([(ox + 14, "住  址", oy + 80), (ox + 52, address[:13], oy + 80)], 8.5)
    if len(address) > 13:
        p.text(ox + 52, oy + 93, address[13:], 8.5)
    p.row([(ox + 14, "公民身份号码", oy + 130), (ox + 80, id_number, oy + 130)], 9)
    p.photo(ox + 168, oy + 18, 62, 80, bg=(226, 238, 240))


def _back(p: Page, ox: float, oy: float, birth: str, id_number: str):
    p.rect(ox + 6, oy + 6, 231, 141, (190, 210, 215), (232, 240, 236), 0.5)
    p.text(ox + 40, oy + 40, "中华人民共和国", 12)
    p.text(ox + 50, oy + 70, "居 民 身 份 证", 14)
    issued_year = 2015 + int(id_number[14:16]) % 6
    md = birth[5:].replace("-", ".")
    p.row([(ox + 40, "签发机关", oy + 110),
           (ox + 90, f"柳州市公安局{'柳北' if int(id_number[-3]) % 2 else '城中'}分局",
            oy + 110)], 8)
    p.row([(ox + 40, "有效期限", oy + 128),
           (ox + 90, f"{issued_year}.{md}-{issued_year + 20}.{md}", oy + 128)], 8)


def _fields(name, gender, birth, id_number):
    return {"name": name, "id_number": id_number, "gender": gender, "birth_date": birth}


layout(LAYOUTS, "id_card.classic")(D.id_card)


@layout(LAYOUTS, "id_card.stacked")
def stacked(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """Both sides on one image, 国徽面 on top (as phones' ID-scan modes save them)."""
    p = Page(243.0, 306.0, background=(250, 250, 250))
    _back(p, 0, 0, birth, id_number)
    _front(p, 0, 153, name, gender, ethnicity, birth, address, id_number)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


@layout(LAYOUTS, "id_card.a4_copy")
def a4_copy(*, name, gender, ethnicity, birth, address, id_number, seed=0, **_) -> Built:
    """An A4 photocopy: portrait side above, 国徽面 below, the note 此复印件仅供职称申报使用 and
    a signature across the copy."""
    p = Page(*A4, background=(255, 255, 255))
    _front(p, 150, 120, name, gender, ethnicity, birth, address, id_number)
    _back(p, 150, 330, birth, id_number)
    p.text(297, 560, "此复印件仅供职称申报使用，再复印无效。", 16, "center", (30, 40, 140),
           font=KAI)
    p.text(330, 600, f"本人签名：{name}", 16, color=(30, 40, 140), font=KAI)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- fresh (round 2)
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as `fresh`.

@layout(LAYOUTS, "id_card.temporary")
def temporary(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The paper 临时居民身份证 (issued while a card is being remade, valid three months): one
    laminated face carrying the title, the particulars with the photo at the left, and the
    有效期限 and 签发机关 at the foot, the police seal printed over them."""
    y, m, d = birth.split("-")
    p = Page(243.0, 153.0, background=(238, 232, 220))
    p.rect(4, 4, 235, 145, (170, 140, 110), None, 0.6)
    p.text(121.5, 20, "中华人民共和国临时居民身份证", 9, "center", (150, 40, 40))
    p.photo(12, 30, 54, 70, bg=(238, 232, 220))
    p.row([(76, "姓名", 40), (104, name, 40)], 7.5)
    p.row([(76, "性别", 54), (104, gender, 54), (150, "民族", 54), (176, ethnicity, 54)], 7.5)
    p.row([(76, "出生", 68), (104, f"{int(y)}年{int(m)}月{int(d)}日", 68)], 7.5)
    cut = min(12, len(address))
    while 0 < cut < len(address) and address[cut - 1].isdigit() and address[cut].isdigit():
        cut -= 1  # a house number is not broken across lines
    p.row([(76, "住址", 82), (104, address[:cut], 82)], 7.5)
    if len(address) > cut:
        p.text(104, 93, address[cut:], 7.5)
    p.row([(12, "公民身份号码", 114), (70, id_number, 114)], 8)
    issued = 2016 + int(id_number[14:16]) % 8
    mm, dd = 1 + int(id_number[12:14]) % 9, min(int(d), 28)
    p.row([(12, "有效期限", 130),
           (50, f"{issued}.{mm:02d}.{dd:02d}-{issued}.{mm + 3:02d}.{dd:02d}", 130)], 7)
    p.row([(12, "签发机关", 142), (50, "柳州市公安局", 142)], 7)
    p.seal(200, 128, 36, "柳州市公安局", seed=int(id_number[-4:-1]), **ink(int(id_number[-2])))
    return Built("id_card", [p], _fields(name, gender, birth, id_number), seal="柳州市公安局")


# --------------------------------------------------------------------------- round 3
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as
# `round3` (the next blind exam, drawn only by the others3 profile).

@layout(LAYOUTS, "id_card.e_license_screenshot")
def e_license_screenshot(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """A phone screenshot of the 居民身份证电子证照 shown in a government app (国家政务服务平台 /
    省 app): status bar with the time and battery, a title bar 电子证照 with a back arrow,
    the card face drawn as a rounded panel (姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码,
    the date as 1993年06月14日), a 亮证 QR code that 每60秒自动刷新, and the 数据来源 footer."""
    from ._common import MICRO, qr

    y0, m0, d0 = birth.split("-")
    p = Page(360.0, 780.0, background=(242, 244, 247), font=MICRO)
    p.rect(0, 0, 360, 30, None, (255, 255, 255), 0)
    h = 8 + int(id_number[-3]) % 12
    p.row([(18, f"{h}:{int(id_number[-5:-3]) % 60:02d}", 20), (290, "5G  86%", 20)], 10)
    p.rect(0, 30, 360, 44, None, (255, 255, 255), 0)
    p.text(16, 58, "〈", 14)
    p.text(180, 58, "电子证照", 15, "center")
    p.rect(16, 92, 328, 210, None, (214, 232, 246), 0)
    p.text(30, 116, "居民身份证", 12, color=(20, 70, 130))
    p.photo(252, 128, 78, 100, bg=(214, 232, 246))
    p.row([(30, "姓名", 148), (80, name, 148)], 11)
    p.row([(30, "性别", 172), (80, gender, 172), (130, "民族", 172), (170, ethnicity, 172)], 11)
    p.row([(30, "出生", 196), (80, f"{y0}年{m0}月{d0}日", 196)], 11)
    cut = min(11, len(address))
    while 0 < cut < len(address) and address[cut - 1].isdigit() and address[cut].isdigit():
        cut -= 1
    p.row([(30, "住址", 220), (80, address[:cut], 220)], 11)
    if len(address) > cut:
        p.text(80, 238, address[cut:], 11)
    p.row([(30, "公民身份号码", 282), (118, id_number, 282)], 11.5)
    p.rect(16, 318, 328, 300, None, (255, 255, 255), 0)
    p.text(180, 346, "亮证码", 13, "center")
    qr(p, 110, 364, 140, f"eid:{id_number}", 25)
    p.text(180, 534, "二维码每60秒自动刷新", 10, "center", (120, 120, 120))
    p.text(180, 556, "仅限本人出示使用，截图无效", 10, "center", (200, 60, 40))
    p.text(180, 590, "查看证照详情  〉", 11, "center", (20, 90, 170))
    p.text(180, 680, "数据来源：公安部", 10, "center", (130, 130, 130))
    p.text(180, 700, "电子证照与实体证照具有同等法律效力", 10, "center", (130, 130, 130))
    p.rect(130, 760, 100, 4, None, (30, 30, 30), 0)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 4
# Drawn by another hand after round 3's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round4` (drawn only by the others4 profile).

@layout(LAYOUTS, "id_card.desk_pair")
def desk_pair(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """Both sides photographed together with a phone: the card laid face up and a photocopy
    of its 国徽面 (or a second card photo) beside it on a desk, side by side rather than
    stacked, the 人像面 at the left, the sheet under them a little larger than the cards and
    the desk showing all round."""
    from ._common import desk

    p = Page(540.0, 300.0)
    desk(p, int(id_number[-2]), 8, 40, 524, 216, (236, 236, 232))
    _front(p, 14, 70, name, gender, ethnicity, birth, address, id_number)
    _back(p, 272, 78, birth, id_number)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 5
# Drawn by another hand after round 4's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round5` (drawn only by the others5 profile).

@layout(LAYOUTS, "id_card.shuiyin_fuyin")
def shuiyin_fuyin(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """Both sides as a phone scanning app's 证件扫描 saves them (人像面 above the 国徽面 on a
    white sheet a little larger than the cards), with the overprint people add before sending
    an ID anywhere: 仅供职称申报使用 他用无效 repeated diagonally across the whole image in
    semi-transparent red, running over the name, the address and the number."""
    p = Page(280.0, 380.0, background=(255, 255, 255))
    _front(p, 18, 22, name, gender, ethnicity, birth, address, id_number)
    _back(p, 18, 196, birth, id_number)
    mark = "仅供职称申报使用 他用无效"
    angle = 24 + int(id_number[-3]) % 3 * 4
    for row in range(5):
        for col in range(2):
            p.watermark(60 + col * 185 + (row % 2) * 45, 30 + row * 80, mark, 11, angle,
                        (215, 45, 45), 0.38)
    p.lines.append(mark)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 6
# Drawn by another hand after round 5's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round6` (drawn only by the others6 profile).

SKIN, SKIN_DARK, NAIL = (222, 180, 150), (196, 150, 120), (236, 206, 190)


@layout(LAYOUTS, "id_card.shouchi_paizhao")
def shouchi_paizhao(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The 人像面 photographed held up in one hand (how many applicants shoot the card with
    their phone rather than lay it down): the hand coming in from the lower right with a
    sleeve at the corner, the thumb pressed over the card's right edge below the portrait and
    clear of the text, a fingertip showing behind the top edge, a plain wall or cupboard
    behind, the card filling most of the frame."""
    from ..layout import Ellipse

    k = int(id_number[-2])
    walls = [(214, 210, 200), (188, 196, 204), (150, 132, 110), (226, 224, 218)]
    sleeves = [(40, 52, 80), (120, 30, 40), (70, 70, 72), (30, 90, 70)]
    p = Page(296.0, 226.0, background=walls[k % len(walls)])
    ox, oy = 22, 36
    p.items.append(Ellipse(196, 150, 140, 120, SKIN))  # the palm and wrist, lower right
    p.rect(246, 200, 60, 30, None, sleeves[k % len(sleeves)], 0)
    p.items.append(Ellipse(ox + 196, oy - 12, 24, 26, SKIN))  # a fingertip behind the card
    p.rect(ox + 8, oy + 8, 231, 141, None, (120, 110, 100), 0)  # the card's shadow
    _front(p, ox, oy, name, gender, ethnicity, birth, address, id_number)
    p.items.append(Ellipse(ox + 222, oy + 104, 50, 44, SKIN_DARK))  # the thumb over the edge
    p.items.append(Ellipse(ox + 224, oy + 106, 48, 40, SKIN))
    p.items.append(Ellipse(ox + 226, oy + 114, 16, 22, NAIL))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 7
# Drawn by another hand after round 6's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round7` (drawn only by the others7 profile).

@layout(LAYOUTS, "id_card.fuyin_anshouyin")
def fuyin_anshouyin(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The copy-shop photocopy of both sides on one A4 sheet made with the copier's ID-copy
    mode at 150 % (身份证放大复印, what applicants ask for so the number reads on a copy):
    人像面 above 国徽面, both in greys inside the toner's grey cast, and under them what many
    units ask applicants to write on every copy they hand in: in pen, 本复印件仅用于2024年度
    职称申报，再复印无效, the applicant's signature and the date, and a red thumbprint (按手印)
    pressed at the end of the signature."""
    from ..layout import Ellipse, Rect, Text, text_width
    from ._common import PEN

    def grey(c):
        v = int(sum(c) / 3 * 0.9 + 8)
        return (v, v, v)

    scale, ox = 1.5, (595 - 243 * 1.5) / 2
    p = Page(*A4, background=(252, 252, 250), font=KAI)
    p.rect(ox - 20, 36, 243 * scale + 40, 500, None, (226, 226, 224), 0)  # the grey cast
    start = len(p.items)
    _front(p, 0, 0, name, gender, ethnicity, birth, address, id_number)
    _back(p, 0, 160, birth, id_number)
    for it in p.items[start:]:  # enlarged 150 % onto the sheet, in greys
        it.x, it.y = ox + it.x * scale, 40 + it.y * scale
        if isinstance(it, Text):
            it.size *= scale
            it.color = (24, 24, 24)
        elif isinstance(it, Rect):
            it.w, it.h = it.w * scale, it.h * scale
            it.fill = grey(it.fill) if it.fill else None
            it.stroke = (120, 120, 120) if it.stroke else None
        elif isinstance(it, Ellipse):
            it.w, it.h = it.w * scale, it.h * scale
            it.fill = grey(it.fill)
    k = int(id_number[-2])
    when = f"2024年{3 + k % 4}月{6 + k * 2}日"
    p.text(96, 610, "本复印件仅用于2024年度职称申报，", 17, color=PEN)
    p.text(96, 642, "再复印无效。", 17, color=PEN)
    p.text(300, 700, f"签名：{name}", 19, color=PEN)
    p.text(300, 736, when, 15, color=PEN)
    sx = 300 + text_width(f"签名：{name}", 19, KAI) + 6  # pressed just after the name
    p.items.append(Ellipse(sx, 676, 30, 38, (214, 64, 70)))
    p.items.append(Ellipse(sx + 5, 682, 20, 26, (226, 110, 112)))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 8
# Drawn by another hand after round 7's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round8` (drawn only by the others8 profile).

@layout(LAYOUTS, "id_card.zhantie_qifeng")
def zhantie_qifeng(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The 身份证复印件粘贴处 page at the back of a 职称 application bundle, scanned: a
    pre-printed A4 sheet with the heading and a dashed frame (正面 / 反面 labels printed at
    the frame's left), the two sides cut out of an ordinary 1:1 copy with scissors and glued
    in, the paper pieces a little larger than the cards and in the toner's greys, and what
    the material rules ask for on a pasted copy: the applicant's 骑缝签名 written across the
    lower edge of the 人像面 piece onto the sheet, and the 申报人 line and date filled in by
    hand at the foot."""
    from ..layout import Ellipse, Line, Rect, Text
    from ._common import MING, PEN, text_width

    def grey(c):
        v = int(sum(c) / 3 * 0.88 + 10)
        return (v, v, v)

    p = Page(*A4, background=(253, 253, 251), font=MING)
    p.text(297, 84, "居民身份证复印件粘贴处", 20, "center", font=KAI)
    p.text(297, 112, "（正反面分别粘贴，复印件须清晰完整）", 11, "center", (80, 80, 80))
    for k in range(0, 462, 12):  # the dashed frame
        p.hline(70 + k, 76 + k, 140, 0.7)
        p.hline(70 + k, 76 + k, 640, 0.7)
    for k in range(0, 500, 12):
        p.items.append(Line(70, 140 + k, 70, 146 + k, 0.7))
        p.items.append(Line(535, 140 + k, 535, 146 + k, 0.7))
    scale = 1.25
    pieces = ((150, 168, "正面"), (150, 408, "反面"))
    for px, py, label in pieces:
        p.text(96, py + 90, label, 13, color=(80, 80, 80))
        p.rect(px - 8, py - 6, 243 * scale + 16, 153 * scale + 12, (205, 205, 205),
               (246, 246, 244), 0.4)  # the cut paper piece
    start = len(p.items)
    _front(p, 0, 0, name, gender, ethnicity, birth, address, id_number)
    front_end = len(p.items)
    _back(p, 0, 0, birth, id_number)
    for i, it in enumerate(p.items[start:]):
        px, py = pieces[0][:2] if start + i < front_end else pieces[1][:2]
        it.x, it.y = px + it.x * scale, py + it.y * scale
        if isinstance(it, Text):
            it.size *= scale
            it.color = (26, 26, 26)
        elif isinstance(it, Rect):
            it.w, it.h = it.w * scale, it.h * scale
            it.fill = grey(it.fill) if it.fill else None
            it.stroke = (140, 140, 140) if it.stroke else None
        elif isinstance(it, Ellipse):
            it.w, it.h = it.w * scale, it.h * scale
            it.fill = grey(it.fill)
    edge = pieces[0][1] + 153 * scale + 6  # the 人像面 piece's lower edge
    sign_x = 340
    p.text(sign_x, edge + 8, name, 22, color=PEN, font=KAI)
    k = int(id_number[-2])
    p.text(96, 700, f"申报人：{name}", 15, color=PEN, font=KAI)
    p.text(96 + text_width(f"申报人：{name}", 15, KAI) + 60, 700,
           f"2024年{3 + k % 4}月{5 + k * 2}日", 15, color=PEN, font=KAI)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 9
# Drawn by another hand after round 8's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round9` (drawn only by the others9 profile).

@layout(LAYOUTS, "id_card.gaopaiyi")
def gaopaiyi(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """Both sides captured by the 高拍仪 (overhead document camera) at a 政务服务 / 人社 窗口
    or a bank counter, where the clerk lays the card on the camera's base pad instead of
    photocopying it: the pad's grey-white PVC with its printed A4 outline, cm scale along the
    edges and two dashed 身份证 position marks labelled 人像面 / 国徽面 side by side, the two
    sides (the card turned over for the second shot and merged by the software's 身份证合并
    mode, or two cards' worth of the same one) lying a little off their marks in true colour,
    the camera arm's shadow across the top, and the capture software's date-time stamp at the
    lower right."""
    from ..layout import Ellipse, Line, Rect, Text
    from ._common import MICRO

    k = int(id_number[-2])
    p = Page(960.0, 720.0, background=(214, 214, 208), font=MICRO)
    p.rect(30, 24, 900, 672, None, (236, 236, 231), 0)  # the pad
    blue = (150, 176, 206)
    p.rect(60, 50, 840, 610, blue, None, 0.8)  # the printed A4 outline (landscape)
    p.text(72, 68, "A4", 11, color=blue, line=False)
    for c in range(0, 29):  # the cm scale along the pad's top and bottom
        x = 60 + c * 30
        p.items.append(Line(x, 30, x, 38 if c % 5 else 44, 0.6, blue))
        p.items.append(Line(x, 690, x, 682 if c % 5 else 676, 0.6, blue))
    scale = 1.2  # the card at its true size against the pad's A4 outline
    w, h = 231 * scale, 141 * scale
    marks = ((150, 262, "人像面"), (532, 262, "国徽面"))
    for mx, my, label in marks:
        for j in range(0, int(w) - 4, 12):  # dashed position mark
            p.items.append(Line(mx - 4 + j, my - 4, mx + j + 2, my - 4, 0.8, blue))
            p.items.append(Line(mx - 4 + j, my + h + 4, mx + j + 2, my + h + 4, 0.8, blue))
        for j in range(0, int(h) + 4, 12):
            p.items.append(Line(mx - 4, my - 4 + j, mx - 4, my + j + 2, 0.8, blue))
            p.items.append(Line(mx + w + 4, my - 4 + j, mx + w + 4, my + j + 2, 0.8, blue))
        p.text(mx + w / 2, my - 14, label, 12, "center", blue, line=False)
    spots = ((150 + 8 + k % 5, 262 + 12), (532 - 6, 262 + 3 + k % 4))
    for sx, sy in spots:
        p.rect(sx + 3, sy + 4, w, h, None, (200, 200, 196), 0)  # the card's edge shadow
    start = len(p.items)
    _front(p, -6, -6, name, gender, ethnicity, birth, address, id_number)
    front_end = len(p.items)
    _back(p, -6, -6, birth, id_number)
    for i, it in enumerate(p.items[start:]):
        sx, sy = spots[0] if start + i < front_end else spots[1]
        it.x, it.y = sx + it.x * scale, sy + it.y * scale
        if isinstance(it, Text):
            it.size *= scale
        elif isinstance(it, (Rect, Ellipse)):
            it.w, it.h = it.w * scale, it.h * scale
    p.rect(0, 0, 960, 14, None, (176, 176, 172), 0)  # the camera arm's shadow
    p.rect(430, 0, 100, 44, None, (196, 196, 192), 0)
    when = f"2024-{4 + k % 3:02d}-{3 + k * 2:02d} {9 + k % 7:02d}:{(k * 13) % 60:02d}:{k * 5:02d}"
    p.text(930, 712, when, 12, "right", (236, 150, 30))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 10
# Drawn by another hand after round 9's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round10` (drawn only by the others10 profile).

@layout(LAYOUTS, "id_card.katao_fanguang")
def katao_fanguang(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The 人像面 photographed without taking the card out of the clear hard-plastic card
    sleeve (透明卡套) people keep it in: the sleeve a little larger than the card with its
    thumb notch at the top edge and the slot for a lanyard, its frosted rim, the card lying
    in it a few points off centre, the room's ceiling tube light reflected in the plastic as
    a pale band slanting across the card's upper right (over the photo, the text under it
    still readable) and a second faint streak near the lower left, a grey desk around."""
    from ..layout import Ellipse, Line

    k = int(id_number[-2])
    p = Page(320.0, 236.0, background=(150, 150, 146) if k % 2 else (128, 92, 62))
    p.rect(24, 22, 272, 190, None, (96, 90, 84), 0)  # the sleeve's shadow
    p.rect(18, 16, 272, 190, (214, 218, 222), (226, 230, 232), 1.4)  # the sleeve, frosted rim
    p.items.append(Ellipse(134, 8, 40, 20, (150, 150, 146) if k % 2 else (128, 92, 62)))
    p.rect(144, 22, 20, 5, (190, 194, 198), None, 0.8)  # the lanyard slot
    ox, oy = 32 + k % 4, 40 + k % 3
    _front(p, ox - 6, oy - 6, name, gender, ethnicity, birth, address, id_number)
    for j in range(7):  # the tube light's reflection over the upper right
        p.items.append(Line(ox + 150 + j * 5, oy + 2, ox + 214 + j * 5, oy + 100, 2.0,
                            (246, 248, 250)))
    for j in range(3):
        p.items.append(Line(ox + 6 + j * 4, oy + 104, ox + 26 + j * 4, oy + 134, 1.2,
                            (238, 242, 244)))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 11
# Drawn by another hand after round 10's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round11` (drawn only by the others11 profile).

@layout(LAYOUTS, "id_card.linshi_fuyin")
def linshi_fuyin(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The A4 photocopy of a 临时居民身份证 handed in while the applicant's card is being
    remade (a lost or expired card: the police station issues the paper 临时 card, valid three
    months, and the 职称 window accepts its copy): both faces of the temporary card copied
    side by side across the upper half, enlarged, in the toner's greys on the copier's white,
    the front with the title 临时居民身份证, the photo at the RIGHT, the particulars (姓名 /
    性别 / 民族 / 出生 / 住址) at the left and 公民身份号码 along the foot; the back with
    中华人民共和国 / 临时居民身份证, 有效期限 and 签发机关 and the police seal printed over them
    (grey in the copy). Under the faces, written in blue-black pen in the middle of the page,
    the statement the window asks for on a 复印件: 居民身份证补办期间，此临时身份证复印件仅供
    职称申报使用，复印件与原件一致, the signature and the date."""
    from ._common import HEI, PEN

    y_, m_, d_ = birth.split("-")
    grey, ink_ = (232, 232, 230), (48, 48, 48)
    p = Page(*A4, background=(253, 253, 252), font=HEI)
    s = 1.12
    fx, fy = 24.0, 90.0
    p.rect(fx, fy, 243 * s, 153 * s, (120, 120, 120), grey, 1.0)
    p.text(fx + 121 * s, fy + 20 * s, "临时居民身份证", 10 * s, "center", ink_)
    p.photo(fx + 176 * s, fy + 30 * s, 56 * s, 72 * s, bg=(214, 214, 212))
    p.row([(fx + 12 * s, "姓名", fy + 42 * s), (fx + 42 * s, name, fy + 42 * s)], 8 * s)
    p.row([(fx + 12 * s, "性别", fy + 58 * s), (fx + 42 * s, gender, fy + 58 * s),
           (fx + 80 * s, "民族", fy + 58 * s), (fx + 108 * s, ethnicity, fy + 58 * s)], 8 * s)
    p.row([(fx + 12 * s, "出生", fy + 74 * s),
           (fx + 42 * s, f"{int(y_)}年{int(m_)}月{int(d_)}日", fy + 74 * s)], 8 * s)
    cut = min(15, len(address))
    while 0 < cut < len(address) and address[cut - 1].isdigit() and address[cut].isdigit():
        cut -= 1  # a house number is not broken across lines
    p.row([(fx + 12 * s, "住址", fy + 90 * s), (fx + 42 * s, address[:cut], fy + 90 * s)],
          8 * s)
    if len(address) > cut:
        p.text(fx + 42 * s, fy + 102 * s, address[cut:], 8 * s)
    p.row([(fx + 12 * s, "公民身份号码", fy + 136 * s),
           (fx + 76 * s, id_number, fy + 136 * s)], 9 * s)
    bx = fx + 243 * s + 16
    p.rect(bx, fy, 243 * s, 153 * s, (120, 120, 120), grey, 1.0)
    p.text(bx + 121 * s, fy + 42 * s, "中华人民共和国", 12 * s, "center", ink_)
    p.text(bx + 121 * s, fy + 68 * s, "临 时 居 民 身 份 证", 12 * s, "center", ink_)
    issued = 2024  # the 职称 year of the application the copy was made for
    mm, dd = 1 + int(id_number[12:14]) % 6, min(int(d_), 28)
    p.row([(bx + 30 * s, "有效期限", fy + 112 * s),
           (bx + 76 * s, f"{issued}.{mm:02d}.{dd:02d}-{issued}.{mm + 3:02d}.{dd:02d}",
            fy + 112 * s)], 8 * s)
    p.row([(bx + 30 * s, "签发机关", fy + 130 * s), (bx + 76 * s, "柳州市公安局", fy + 130 * s)],
          8 * s)
    p.seal(bx + 196 * s, fy + 112 * s, 44 * s, "柳州市公安局", seed=int(id_number[-4:-1]),
           color=(120, 120, 120), strength=0.6)
    p.font = KAI
    p.text(297, 370, "居民身份证补办期间，此临时身份证复印件", 17, "center", PEN)
    p.text(297, 400, "仅供职称申报使用，复印件与原件一致。", 17, "center", PEN)
    p.text(330, 452, f"本人签名：{name}", 17, color=PEN)
    p.text(330, 484, f"{issued}年{mm + 1}月{dd}日", 16, color=PEN)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 12
# Drawn by another hand after round 11's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round12` (drawn only by the others12 profile).

@layout(LAYOUTS, "id_card.guohui_zuo_hengpai")
def guohui_zuo_hengpai(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                       **_) -> Built:
    """A landscape A5-sized scan from a bank-counter style ID copier (the 复印 mode of a
    身份证复印机 at the 政务服务中心 window): the 国徽面 on the LEFT and the 人像面 on the
    RIGHT side by side, both on a pale grey bed with a faint blue cast, the counter's
    pre-printed caption 身份证复印件 and the printed timestamp line at the foot."""
    p = Page(560.0, 260.0, background=(232, 236, 242), font=KAI)
    p.text(280, 30, "身份证复印件", 14, "center", (60, 60, 60), line=False)
    _back(p, 24, 50, birth, id_number)
    _front(p, 294, 50, name, gender, ethnicity, birth, address, id_number)
    p.text(280, 238, f"复印时间 20{24 + seed % 2}-0{1 + seed % 9}-1{seed % 10} "
           f"窗口{3 + seed % 5:02d}", 8.5, "center", (90, 90, 90), line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 13
# Drawn by another hand after round 12's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round13` (drawn only by the others13 profile).

@layout(LAYOUTS, "id_card.word_biaoge")
def word_biaoge(*, name, gender, ethnicity, birth, address, id_number, seed=0, **_) -> Built:
    """The 人像面 alone, as a phone-photo crop that the applicant's 人事 clerk pasted into a
    cell of the Word table 申报人身份证明材料 (an 附件 of the unit's 职称申报 packet) and
    exported to PDF: 附件3 in 黑体 at the top left, the title centred, a ruled two-column
    宋体 table (姓  名 typed, 身份证人像面 with the card picture at 1:1 in its cell, 国徽面
    noted as checked at the unit, the 本人承诺 row with the holder's pen signature), and the
    Word page number — 3 — at the foot. No 国徽面 image."""
    from ..layout import Line
    from ._common import HEI, MING, PEN

    p = Page(*A4, background=(255, 255, 255), font=MING)
    p.text(72, 72, "附件3", 14, font=HEI)
    p.text(297, 116, "申报人身份证明材料", 18, "center", font=HEI)
    x0, x1, x2 = 72, 200, 523
    ys = [140, 176, 376, 412, 492]
    for y in ys:
        p.items.append(Line(x0, y, x2, y, 0.8))
    for x in (x0, x1, x2):
        p.items.append(Line(x, ys[0], x, ys[-1], 0.8))
    p.row([(108, "姓    名", 163), (220, name, 163)], 12)
    p.text(136, 280, "身份证人像面", 12, "center")
    ox, oy = 240, 200
    p.rect(ox + 3, oy + 3, 237, 147, None, (208, 206, 200), 0)
    _front(p, ox, oy, name, gender, ethnicity, birth, address, id_number)
    p.text(136, 399, "身份证国徽面", 12, "center", line=False)
    p.text(220, 399, "原件已由单位人事部门核验", 12, line=False)
    p.text(136, 456, "本人承诺", 12, "center", line=False)
    p.text(220, 440, "以上身份证明材料真实有效。", 12, line=False)
    p.text(300, 476, "承诺人（签名）：", 12, line=False)
    p.text(410, 478, name, 17, color=PEN, font=KAI, line=False)
    p.text(297, 800, "— 3 —", 10.5, "center", line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 14
# Drawn by another hand after round 13's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round14` (drawn only by the others14 profile).

@layout(LAYOUTS, "id_card.renzheng_heyandan", cn_dates=False)
def renzheng_heyandan(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The 人证核验单 a 政务服务中心 window prints when it takes a 职称 application in
    person: the clerk puts the card on the 二代证 reader and the applicant looks into the
    face camera (人证合一核验); the terminal's software prints on A4 what the chip holds and
    how the faces compared, and the applicant signs it, so the sheet goes into the upload
    bundle instead of a card copy. No card image at all: the title 居民身份证人证核验单, the
    业务 and 窗口 line, two pictures side by side (证件照片 read from the chip, small and
    pale-backed; 现场照片 from the camera with the hall behind), 比对结果 通过 with the 相似度,
    then the reader's fields in a ruled 黑体 table as the chip stores them (出生 19930614, 有效
    期限 2016.06.14-2036.06.14, 签发机关), 核验时间 and 终端编号, the 申请人确认签字 written in
    pen with the date, and the window's blue 业务受理专用章 over 经办人."""
    from ..layout import Line
    from ._common import HEI, MICRO, PEN

    h = int(id_number[-4:-1])
    p = Page(*A4, background=(255, 255, 255), font=HEI)
    p.text(297, 78, "居民身份证人证核验单", 20, "center")
    p.text(297, 104, f"业务类型：职称申报材料受理    受理窗口：人社综合窗口{3 + h % 9:02d}号", 10,
           "center", (70, 70, 70), line=False)
    p.items.append(Line(60, 116, 535, 116, 1.2))
    # the two pictures
    p.rect(100, 136, 126, 158, (150, 150, 150), None, 0.6)
    p.photo(128, 150, 70, 88, bg=(246, 246, 246))
    p.text(163, 266, "证件照片", 10.5, "center", line=False)
    p.text(163, 284, "（芯片读取）", 9, "center", (110, 110, 110), line=False)
    p.rect(369, 136, 126, 158, (150, 150, 150), None, 0.6)
    p.photo(377, 144, 110, 108, bg=(178, 186, 192))
    p.text(432, 272, "现场照片", 10.5, "center", line=False)
    p.text(297, 196, "比对结果：通过", 13, "center", (20, 130, 60))
    p.text(297, 222, f"相似度 {88 + h % 10}.{h % 97:02d}%", 11, "center", (70, 70, 70),
           line=False)
    # the chip's fields
    issued = 2015 + int(id_number[14:16]) % 6
    md = birth[5:].replace("-", ".")
    police = f"柳州市公安局{'柳北' if int(id_number[-3]) % 2 else '城中'}分局"
    rows = [["姓名", name, "性别", gender], ["民族", ethnicity, "出生", birth.replace("-", "")],
            ["住址", address, "", ""], ["公民身份号码", id_number, "", ""],
            ["签发机关", police, "", ""],
            ["有效期限", f"{issued}.{md}-{issued + 20}.{md}", "", ""]]
    y0, rh = 318, 34
    xs = [60, 160, 330, 410, 535]
    for r in range(len(rows) + 1):
        p.items.append(Line(60, y0 + r * rh, 535, y0 + r * rh, 0.8))
    for x in (60, 160, 535):
        p.items.append(Line(x, y0, x, y0 + len(rows) * rh, 0.8))
    for x in (330, 410):
        p.items.append(Line(x, y0, x, y0 + 2 * rh, 0.8))
    for r, cells in enumerate(rows):
        base = y0 + r * rh + rh / 2 + 4
        parts = [(xs[c] + 10, cell, base) for c, cell in enumerate(cells) if cell]
        p.row(parts, 11)
    y = y0 + len(rows) * rh + 34
    t = f"2024-0{5 + h % 3}-{10 + h % 19} {9 + h % 7}:{10 + h % 49:02d}:{h % 60:02d}"
    p.text(60, y, f"核验时间：{t}", 10.5, font=MICRO)
    p.text(330, y, f"终端编号：ZW-LZ-{4500 + h:05d}", 10.5, font=MICRO, line=False)
    p.text(60, y + 26, "数据来源：居民身份证阅读器（芯片信息）", 10, "left", (90, 90, 90),
           line=False)
    p.text(60, y + 90, "本人确认以上信息属实。", 12)
    p.text(60, y + 130, "申请人确认签字：", 12)
    p.text(170, y + 132, name, 20, color=PEN, font=KAI, line=False)
    p.text(300, y + 132, t[:10].replace("-", "."), 15, color=PEN, font=KAI, line=False)
    p.text(330, y + 190, "经办人：", 12, line=False)
    p.text(390, y + 192, "覃晓燕", 16, color=PEN, font=KAI, line=False)
    p.seal(420, y + 180, 92, "柳州市政务服务中心", bottom="业务受理专用章", seed=h,
           color=(40, 70, 170), strength=0.8)
    return Built("id_card", [p], _fields(name, gender, birth, id_number),
                 seal="柳州市政务服务中心")


# --------------------------------------------------------------------------- round 15
# Drawn by another hand after round 14's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round15` (drawn only by the others15 profile).

@layout(LAYOUTS, "id_card.fangwei_zhi")
def fangwei_zhi(*, name, gender, ethnicity, birth, address, id_number, seed=0, **_) -> Built:
    """A copy of the card made on 防复印 security paper and then scanned: the 人才服务中心
    that keeps a 人事代理 member's file holds the ID copy on 防伪底纹纸 (paper with a
    latent 复印无效 pattern that stays invisible on the sheet but comes out in any copy or
    scan), so the clerk's scan
    for the 职称 upload shows the latent words 复印无效 as large pale letters repeated in rows
    over the whole page, on a fine grey micro-print ground (复印无效 in tiny type, line after
    line), and the copy itself under it: 国徽面 at the left and 人像面 at the right side by
    side across the upper third in a colour copier's pale tints, the centre's caption
    身份证复印件（存档） with 编号 above them and, under them, the clerk's blue pen note 与原件
    核对一致 with her name and the date, under the centre's red 核对专用章."""
    from ._common import MICRO, PEN

    p = Page(*A4, background=(246, 246, 244), font=MICRO)
    g = (214, 214, 212)
    for r in range(0, 842, 11):  # the micro-print ground
        p.text(-6 + (r // 11 % 2) * 18, r, "复印无效 " * 30, 5.5, color=g, line=False)
    for gy in (150, 360, 570, 780):
        for gx in (150, 445):
            p.watermark(gx, gy, "复印无效", 64, 0.0, (150, 150, 150), 0.16)
    p.text(297, 60, "身份证复印件（存档）", 15, "center", (40, 40, 40))
    p.text(520, 86, f"编号：RS-{2018 + seed % 6}-{100 + seed % 800:03d}", 9, "right",
           (70, 70, 70), line=False)
    p.rect(42, 100, 512, 166, (150, 150, 150), (236, 236, 234), 0.5)
    _back(p, 48, 106, birth, id_number)
    _front(p, 304, 106, name, gender, ethnicity, birth, address, id_number)
    p.text(290, 330, "与原件核对一致", 15, color=PEN, font=KAI, line=False)
    p.text(290, 358, f"核对人：廖春梅  {2019 + seed % 5}.{3 + seed % 9}.{5 + seed % 20}", 13,
           color=PEN, font=KAI, line=False)
    p.seal(480, 340, 84, "柳州市人才服务中心", bottom="核对专用章", seed=seed + 1506, **ink(seed))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 16
# Drawn by another hand after round 15's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round16` (drawn only by the others16 profile).

@layout(LAYOUTS, "id_card.huji_zhengming")
def huji_zhengming(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                   **_) -> Built:
    """The 户籍证明 a 派出所's 户籍窗口 prints when the card is lost or being remade and an
    identity proof is needed the same day (the 职称 window takes it in place of the card
    copy): the 常住人口登记表 page of the 全国人口信息管理系统 printed on A4 — the 派出所's name
    over the title, a ruled grid 姓名 / 曾用名 / 性别 / 民族 / 出生日期 (1993年6月14日) /
    公民身份号码 / 住址 / 籍贯 / 文化程度 / 婚姻状况 / 服务处所 / 何时由何地迁来本址 with the
    photo cell at the right of the first rows, the printed 证明 clause (兹证明以上信息与户籍
    档案一致，此证明有效期为三个月) and 打印人 / 打印时间, the 派出所's 户口专用章 over the
    date. Phone-photographed lying flat on a grey counter."""
    from ..layout import Line
    from ._common import MING, grid

    cn = D.cn

    district = address.split("市", 1)[-1].split("区", 1)[0] + "区" if "区" in address else "城中区"
    station = f"柳州市公安局{district[:-1]}分局{district[:-1]}派出所"
    p = Page(640.0, 900.0, background=(150, 152, 150), font=MING)
    p.rect(28, 28, 584, 826, None, (253, 253, 250), 0)
    p.text(320, 88, station, 13, "center")
    p.text(320, 122, "常住人口登记表", 21, "center", font=KAI)
    p.text(584, 148, f"户号：{id_number[:6]}{(seed * 13) % 100000:05d}", 9.5, "right")
    rows = [["姓　　名", name, "曾用名", ""], ["性　　别", gender, "民　族", ethnicity],
            ["出生日期", cn(birth), "籍　贯", "广西柳州"],
            ["公民身份号码", id_number, "", ""],
            ["住　　址", address, "", ""],
            ["文化程度", "大学本科", "婚姻状况", "已婚" if seed % 3 else "未婚"],
            ["服务处所", "", "", ""],
            ["何时由何地迁来本址", f"{2010 + seed % 9}年 本市", "", ""]]
    y = grid(p, 56, 162, [110, 150, 70, 62], rows[:3], 34, 11)
    p.photo(466, 166, 104, 96, bg=(240, 240, 240))
    p.items.append(Line(448, 162, 584, 162, 0.8))
    p.items.append(Line(584, 162, 584, 264, 0.8))
    y = grid(p, 56, y, [110, 418], [r[:2] for r in rows[3:5]], 34, 11)
    y = grid(p, 56, y, [110, 150, 70, 198], rows[5:6], 34, 11)
    y = grid(p, 56, y, [110, 418], [r[:2] for r in rows[6:]], 34, 11)
    p.text(76, y + 46, "兹证明以上信息与本所户籍档案一致。", 12)
    p.text(76, y + 72, "此证明有效期为三个月。", 12)
    p.text(76, y + 130, f"打印人：{'覃' if seed % 2 else '陆'}警官", 10.5)
    p.text(76, y + 154, "打印时间：2024年6月28日", 10.5)
    p.text(500, y + 154, "2024年6月28日", 12, "center")
    p.seal(500, y + 130, 108, station, bottom="户口专用章", seed=seed + 1607, **ink(seed + 2))
    return Built("id_card", [p], _fields(name, gender, birth, id_number), seal=station)


# --------------------------------------------------------------------------- round 17
# Drawn by another hand after round 16's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round17` (drawn only by the others17 profile).

@layout(LAYOUTS, "id_card.anshi_shanguang")
def anshi_shanguang(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                    **_) -> Built:
    """The 人像面 photographed with the phone's flash in a dim room at night (the applicant
    shoots it on the bedside table after the unit's deadline reminder): the table's dark
    wood almost black round the card, the card itself lit unevenly (bright at the flash's
    centre, dull and yellowish at its corners), and the flash's white hotspot reflected by
    the card's laminate as a soft bright oval lying over the left part of the 公民身份号码 —
    the digits under it washed pale but still legible — with a second smaller reflection
    on the photo. The phone's capture overlay is absent; only the image."""
    p = Page(520.0, 340.0, background=(36, 28, 22), font=KAI)
    ox, oy, s = 44.0, 40.0, 1.78
    p.rect(ox + 4, oy + 6, 243 * s, 153 * s, None, (20, 14, 10), 0)
    p.rect(ox, oy, 243 * s, 153 * s, (150, 150, 130), (190, 194, 172), 0.6)
    from ..layout import Ellipse

    for k, c in enumerate([(200, 206, 186), (212, 218, 200), (222, 228, 214)]):
        p.items.append(Ellipse(ox + 40 + k * 30, oy + 100 + k * 22, 320 - k * 60,
                               180 - k * 44, c))
    y_, m_, d_ = birth.split("-")
    ink_ = (40, 40, 40)
    fs = 8.5 * s

    def at(dx, dy):
        return ox + dx * s, oy + dy * s

    def row(parts, size=fs):
        p.row([(at(dx, dy)[0], t, at(dx, dy)[1]) for dx, t, dy in parts], size)

    row([(14, "姓  名", 26), (52, name, 26)])
    row([(14, "性  别", 44), (52, gender, 44), (86, "民  族", 44), (120, ethnicity, 44)])
    row([(14, "出  生", 62), (52, f"{int(y_)} 年 {int(m_)} 月 {int(d_)} 日", 62)])
    cut = min(13, len(address))
    while 0 < cut < len(address) and address[cut - 1].isdigit() and address[cut].isdigit():
        cut -= 1
    row([(14, "住  址", 80), (52, address[:cut], 80)])
    if len(address) > cut:
        p.text(*at(52, 93), address[cut:], fs, color=ink_)
    row([(14, "公民身份号码", 130), (80, id_number, 130)], 9 * s)
    px, py = at(168, 18)
    p.photo(px, py, 62 * s, 80 * s, bg=(196, 200, 180))
    # the laminate's reflections of the flash (over the number's left part, and the photo)
    hx, hy = at(104, 128)
    p.watermark(hx - 10, hy - 2, "●", 84, 0.0, (255, 255, 250), 0.5)
    p.watermark(hx - 10, hy - 6, "●", 46, 0.0, (255, 255, 255), 0.35)
    p.watermark(px + 70, py + 50, "●", 40, 0.0, (255, 255, 255), 0.45)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 18
# Drawn by another hand after round 17's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round18` (drawn only by the others18 profile).

@layout(LAYOUTS, "id_card.pingban_weicaijian")
def pingban_weicaijian(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                       **_) -> Built:
    """The 人像面 scanned on an office flatbed at the driver's default (A4, 300 dpi, colour)
    and uploaded without cropping, as most people scan a card at work: a whole portrait A4
    page of the scanner lid's off-white, the small card lying in the top-left corner where
    the glass's corner mark is (a few millimetres in, slightly off the edges), a faint grey
    line of the bed's edge along the top and the left, the lid's foam texture as pale
    speckles, the card's own thin shadow on its lower and right edges, and nothing else on
    the page — the particulars (姓名 / 性别 / 民族 / 出生 1993 年 6 月 14 日 / 住址 /
    公民身份号码) at the card's true size, about a seventh of the page's width each line."""
    import hashlib

    p = Page(*A4, background=(244, 244, 240))
    p.rect(0, 0, 595, 3, None, (170, 170, 166), 0)
    p.rect(0, 0, 3, 842, None, (178, 178, 174), 0)
    h = hashlib.sha256(f"lid:{seed}:{id_number}".encode()).digest()
    for k in range(0, 60, 2):  # the lid's foam, pale speckles
        sx, sy = 40 + h[k % 32] * 2.0 % 520, 200 + (h[(k + 1) % 32] * 7 + k * 53) % 620
        p.rect(sx, sy, 1.2, 1.2, None, (228, 228, 222), 0)
    ox, oy = 8 + seed % 5, 9 + seed % 4
    p.rect(ox + 8, oy + 8, 231, 141, None, (196, 196, 190), 0)  # the card's thin shadow
    _front(p, ox, oy, name, gender, ethnicity, birth, address, id_number)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 19
# Drawn by another hand after round 18's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round19` (drawn only by the others19 profile).

@layout(LAYOUTS, "id_card.banbi_suoyin")
def banbi_suoyin(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                 **_) -> Built:
    """Both sides copied onto one portrait A4 at HALF scale (the copier's 50 % 缩小 key
    pressed by mistake, or to fit the copy on a form's small 身份证复印件 box): the 人像面 and
    the 国徽面 stacked small at the top left of a large white sheet, in the colour copier's
    pale tints, the rest of the page blank but for the copier's edge shadow, and the
    applicant's signature with 本复印件仅用于职称申报 in blue ballpoint beside the cards."""
    p = Page(1190.0, 1684.0, background=(246, 246, 244))
    p.rect(0, 0, 1190, 8, None, (200, 200, 198), 0)
    ox, oy = 60 + seed % 7, 60 + seed % 5
    _front(p, ox, oy, name, gender, ethnicity, birth, address, id_number)
    _back(p, ox, oy + 170, birth, id_number)
    blue = (30, 50, 150)
    p.text(ox + 290, oy + 120, "本复印件仅用于职称申报", 14, color=blue, line=False, font=KAI)
    p.text(ox + 290, oy + 160, name, 18, color=blue, line=False, font=KAI)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 20
# Drawn by another hand after round 19's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round20` (drawn only by the others20 profile).

@layout(LAYOUTS, "id_card.hukouben_neiye")
def hukouben_neiye(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The holder's own page of the family's 居民户口簿 (the 常住人口登记卡 leaf), sent when
    the card is lost, expired or being remade and the window accepts the 户口簿 page for
    identity: the booklet lying open on a desk and photographed from above, the maroon cover
    showing round the leaf and the earlier leaves' edges stacked at the left; the leaf's pale
    blue-green security ground with fine wavy lines, 常住人口登记卡 at the top, and the ruled
    grid the 派出所 printed on its dot-matrix printer: 姓名 / 户主或与户主关系 / 曾用名 /
    性别 / 出生地 / 民族 / 籍贯 / 出生日期 (1993年6月14日) / 本市（县）其他住址 / 宗教信仰 /
    公民身份证件编号 / 身高 / 血型 / 文化程度 / 婚姻状况 / 兵役状况 / 服务处所 / 职业 / 何时由何地
    迁来本市（县） / 何时由何地迁来本址, most of them empty or routine, and at the foot the
    承办人签章 box with the round red 户口专用章 of the 派出所 over it and the 登记日期, a
    date that is not the birth date."""
    from ..layout import Line
    from ._common import MICRO, grid

    h = int(id_number[-4:-1])
    p = Page(600.0, 800.0, background=(118, 96, 72))
    p.rect(40, 28, 530, 750, None, (110, 28, 30), 0)  # the opened cover
    for k in range(4):  # the earlier leaves' edges
        p.rect(52 + k * 3, 40 + k, 500, 726 - 2 * k, (200, 206, 200), (236, 242, 236), 0.5)
    x0, y0, w, hh = 66, 44, 490, 718
    p.rect(x0, y0, w, hh, (170, 186, 178), (226, 238, 232), 0.8)
    for k in range(0, int(hh), 9):  # the security ground's fine lines
        p.items.append(Line(x0 + 4, y0 + k + 4, x0 + w - 4, y0 + k + 4, 0.4, (200, 220, 212)))
    p.text(x0 + w / 2, y0 + 52, "常住人口登记卡", 22, "center", (40, 40, 40), font=MICRO)
    p.text(x0 + 20, y0 + 80, f"户号：{id_number[:6]}{h:04d}{int(id_number[6:10]) % 97:03d}", 9.5)
    y, m, d = birth.split("-")
    relation = ["户主", "子" if gender == "男" else "女", "户主"][h % 3]
    born = {"450202": "广西柳州市", "450203": "广西柳州市", "450205": "广西柳州市",
            "450222": "广西柳城县"}.get(id_number[:6], "广西柳州市")
    reg = f"{int(y) + 16 + h % 3}年{1 + h % 12}月{1 + h % 27}日"
    rows = [["姓    名", name, "户主或与户主关系", relation],
            ["曾 用 名", "", "性    别", gender],
            ["出 生 地", born, "民    族", ethnicity],
            ["籍    贯", "广西柳州", "出生日期", f"{int(y)}年{int(m)}月{int(d)}日"],
            ["宗教信仰", "", "公民身份证件编号", id_number],
            ["身    高", "", "血    型", ""],
            ["文化程度", "大学本科", "婚姻状况", ["未婚", "已婚"][h % 2]],
            ["兵役状况", "未服兵役", "服务处所", ""],
            ["职    业", "专业技术人员", "", ""]]
    yb = grid(p, x0 + 14, y0 + 96, [72, 118, 112, 160], rows, 40, 9.5)
    for lab in ("本市（县）其他住址", "何时由何地迁来本市（县）", "何时由何地迁来本址"):
        yb = grid(p, x0 + 14, yb, [150, 312], [[lab, ""]], 40, 9.5)
    yb = grid(p, x0 + 14, yb, [72, 190, 72, 128], [["承办人签章", "", "登记日期", reg]], 56, 9.5)
    police = ("柳城县公安局大埔派出所" if id_number.startswith("450222")
              else "柳州市公安局城中分局公园派出所")
    p.seal(x0 + 190, yb - 30, 74, police, bottom="户口专用章", seed=h, **ink(h))
    p.text(x0 + w / 2, y0 + hh - 16, "注意事项见封底", 8, "center", (110, 120, 116),
           line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 21
# Drawn by another hand after round 20's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round21` (drawn only by the others21 profile).

@layout(LAYOUTS, "id_card.shenbao_yulan", cn_dates=False)
def shenbao_yulan(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """A PC screenshot (1366 x 768) of the provincial 职称申报评审系统's 个人基本信息 step
    with the uploaded 人像面 opened in the system's 图片预览 dialog: when the window asks
    for the ID again, the unit's 人事 clerk, who uploaded it weeks before, screenshots the
    preview instead of finding the original file. The page behind is dimmed by the dialog's
    grey overlay: the system's dark-blue header, the left step list (个人基本信息 highlighted,
    学历学位 / 职称资格 / 工作经历 / 业绩成果 / 附件材料), the form's typed fields (姓名,
    性别, 出生日期 as 1993-06-14, 证件类型 居民身份证, 证件号码) and the two upload
    thumbnails (人像面 / 国徽面), most of it hidden behind the dialog. In the middle the
    white dialog with 图片预览 and ×, the 人像面 photo enlarged to twice the card's size
    (姓名 / 性别 / 民族 / 出生 1993 年 6 月 14 日 / 住址 / 公民身份号码, the portrait at the
    right), the file name (身份证正面.jpg, 356KB), the dialog's 第 1 / 2 张 counter and the
    旋转 / 放大 / 下载 buttons."""
    import hashlib

    from ._common import MICRO, MING

    h = hashlib.sha256(id_number.encode()).digest()
    p = Page(1366.0, 768.0, background=(150, 152, 156), font=MING)
    dim, dimtext = (120, 122, 126), (64, 66, 70)
    # the page behind, already dimmed by the overlay
    p.rect(0, 0, 1366, 56, None, (14, 40, 74), 0)
    p.text(24, 36, "专业技术人员职称申报评审系统", 18, color=(150, 156, 170), line=False,
           font=MICRO)
    p.text(1340, 36, "单位经办人  退出", 12, "right", (150, 156, 170), line=False,
           font=MICRO)
    p.rect(0, 56, 200, 712, None, (132, 134, 138), 0)
    for i, step in enumerate(["个人基本信息", "学历学位", "职称资格", "工作经历", "业绩成果",
                              "附件材料"]):
        if i == 0:
            p.rect(0, 76 + i * 46, 200, 40, None, (84, 104, 140), 0)
        p.text(30, 102 + i * 46, f"{i + 1}  {step}", 13, color=dimtext, line=False,
               font=MICRO)
    p.rect(220, 76, 1126, 672, None, dim, 0)
    p.text(250, 110, "个人基本信息", 16, color=dimtext, font=MICRO, line=False)
    y0 = 80 + 70
    for i, (lab, val) in enumerate([("姓名", name), ("性别", gender), ("出生日期", birth),
                                    ("证件类型", "居民身份证"), ("证件号码", id_number)]):
        x = 250 if i % 2 == 0 else 720
        y = y0 + (i // 2) * 52
        p.text(x, y, f"* {lab}", 13, color=dimtext, font=MICRO, line=False)
        p.rect(x + 90, y - 20, 300, 30, (100, 102, 106), (130, 132, 136), 0.6)
        p.text(x + 100, y, val, 13, color=dimtext, font=MICRO, line=False)
    p.text(250, 330, "* 身份证件", 13, color=dimtext, font=MICRO, line=False)
    for i, lab in enumerate(["人像面", "国徽面"]):
        p.rect(340 + i * 180, 310, 160, 100, (100, 102, 106), (126, 130, 132), 0.6)
        p.text(420 + i * 180, 430, lab, 11, "center", dimtext, line=False, font=MICRO)
    # the preview dialog
    dx, dy, dw, dh = 363, 92, 640, 560
    p.rect(dx, dy, dw, dh, None, (255, 255, 255), 0)
    p.text(dx + 24, dy + 36, "图片预览", 15, color=(30, 30, 30), font=MICRO, line=False)
    p.text(dx + dw - 24, dy + 36, "×", 18, "right", (110, 110, 110), font=MICRO, line=False)
    p.hline(dx, dx + dw, dy + 54, 0.5)
    # the card face, twice its size
    s = 2.0
    cx, cy = dx + (dw - 243 * s) / 2, dy + 84
    p.rect(cx, cy, 243 * s, 153 * s, (190, 210, 215), (226, 238, 240), 0.8)
    lab, val = (110, 120, 130), (20, 20, 20)
    yy, mm, dd = birth.split("-")

    def put(x, y, text, size, color, line=False):
        p.text(cx + x * s, cy + y * s, text, size * s, color=color, line=line)

    rows = [(26, [(14, "姓  名", lab), (52, name, val)]),
            (44, [(14, "性  别", lab), (52, gender, val), (86, "民  族", lab),
                  (120, ethnicity, val)]),
            (62, [(14, "出  生", lab), (52, f"{int(yy)} 年 {int(mm)} 月 {int(dd)} 日", val)]),
            (80, [(14, "住  址", lab), (52, address[:11], val)])]
    for y, parts in rows:
        for x, t, c in parts:
            put(x, y, t, 8, c)
        p.lines.append(" ".join(t for _x, t, _c in parts))
    if len(address) > 11:
        put(52, 94, address[11:], 8, val, line=True)
    put(14, 130, "公民身份号码", 8, lab)
    put(78, 130, id_number, 9.5, val)
    p.lines.append(f"公民身份号码 {id_number}")
    p.photo(cx + 172 * s, cy + 18 * s, 60 * s, 78 * s, bg=(226, 238, 240))
    # the dialog's foot
    fy = cy + 153 * s + 40
    p.text(dx + 24, fy, f"身份证正面.jpg（{200 + h[0]}KB）", 12, color=(110, 110, 110),
           font=MICRO, line=False)
    p.text(dx + dw / 2, fy + 40, "第 1 / 2 张", 12, "center", (110, 110, 110), font=MICRO,
           line=False)
    for i, b in enumerate(["旋转", "放大", "下载"]):
        bx = dx + dw - 250 + i * 80
        p.rect(bx, fy + 58, 68, 30, (200, 200, 204), (246, 246, 248), 0.6)
        p.text(bx + 34, fy + 78, b, 12, "center", (60, 60, 60), font=MICRO, line=False)
    p.text(dx + 40, dy + dh / 2, "<", 30, "center", (170, 170, 170), line=False)
    p.text(dx + dw - 40, dy + dh / 2, ">", 30, "center", (170, 170, 170), line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 22
# Drawn by another hand after round 21's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round22` (drawn only by the others22 profile).

@layout(LAYOUTS, "id_card.chuzhi_tuopan")
def chuzhi_tuopan(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                  **_) -> Built:
    """The copy as it came out of the office multifunction printer's 身份证复印 mode (the
    一体机 copies the 人像面, asks for the card to be turned, and prints both faces on one
    A4), photographed with a phone while it still lay in the machine's output tray, before
    anyone took it out: a landscape 4:3 photo looking down into the tray — the printer's
    dark grey plastic round it, the tray's two raised side guides and the paper stop, the
    control panel's edge with its small LCD (复印 1 份 完成) at the top right — and the A4
    sheet lying in the tray, the printer's overhang a dark band along the foot: on it the
    two faces in the copier's flat greys, the 人像面 at the upper left
    (姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码, the photo grey at the right) and the
    国徽面 beside it at the right, both at 100 %, nothing written on the sheet."""
    from ..layout import Ellipse
    from ._common import HEI, MICRO

    p = Page(960.0, 720.0, background=(58, 60, 64), font=MICRO)
    # the tray and its guides, the panel
    p.rect(60, 90, 840, 600, None, (78, 80, 86), 0)
    p.rect(60, 90, 22, 600, None, (100, 102, 108), 0)
    p.rect(878, 90, 22, 600, None, (100, 102, 108), 0)
    p.rect(700, 0, 260, 70, None, (40, 42, 46), 0)
    p.rect(730, 14, 130, 40, None, (120, 150, 110), 0)
    p.text(795, 40, "复印 1份 完成", 13, "center", (30, 40, 28), line=False)
    # the sheet
    sx, sy, sw, sh = 96, 108, 768, 560
    p.rect(sx + 5, sy + 6, sw, sh, None, (40, 40, 44), 0)
    p.rect(sx, sy, sw, sh, None, (238, 238, 234), 0)
    s = 1.38
    dark, grey = (34, 34, 34), (150, 150, 148)

    def card(ox, oy):
        p.rect(ox, oy, 243 * s, 153 * s, (120, 120, 120), (214, 214, 210), 0.8)

    # 人像面
    ox, oy = sx + 30, sy + 40
    card(ox, oy)

    def at(dx, dy):
        return ox + dx * s, oy + dy * s

    def row(parts, size=8.5 * s):
        p.row([(at(dx, dy)[0], t, at(dx, dy)[1]) for dx, t, dy in parts], size)

    y_, m_, d_ = birth.split("-")
    p.font = HEI
    row([(14, "姓  名", 26), (52, name, 26)])
    row([(14, "性  别", 44), (52, gender, 44), (86, "民  族", 44), (120, ethnicity, 44)])
    row([(14, "出  生", 62), (52, f"{int(y_)} 年 {int(m_)} 月 {int(d_)} 日", 62)])
    cut = min(13, len(address))
    while 0 < cut < len(address) and address[cut - 1].isdigit():
        cut -= 1  # the house number goes down whole with its 号
    row([(14, "住  址", 80), (52, address[:cut], 80)])
    if len(address) > cut:
        p.text(*at(52, 93), address[cut:], 8.5 * s, color=dark)
    row([(14, "公民身份号码", 130), (80, id_number, 130)], 9 * s)
    px, py = at(168, 18)
    pw, ph = 62 * s, 80 * s  # the photo in the copier's greys
    p.rect(px, py, pw, ph, None, (200, 200, 198), 0)
    p.items.append(Ellipse(px + pw * 0.12, py + ph * 0.66, pw * 0.76, ph * 0.3, (70, 70, 72)))
    p.rect(px + pw * 0.12, py + ph * 0.81, pw * 0.76, ph * 0.19, None, (70, 70, 72), 0)
    p.items.append(Ellipse(px + pw * 0.3, py + ph * 0.14, pw * 0.4, ph * 0.52, (168, 168, 166)))
    # 国徽面
    bx, by = sx + sw - 30 - 243 * s, sy + 40
    p.rect(bx, by, 243 * s, 153 * s, (120, 120, 120), (220, 220, 216), 0.8)
    p.items.append(Ellipse(bx + 18, by + 20, 52, 52, grey))
    p.text(bx + 100, by + 62, "中华人民共和国", 17, color=dark)
    p.text(bx + 96, by + 104, "居民身份证", 24, color=dark)
    issued_year = 2015 + int(id_number[14:16]) % 6
    md = birth[5:].replace("-", ".")
    office = f"柳州市公安局{'柳北' if int(id_number[-3]) % 2 else '城中'}分局"
    p.row([(bx + 50, "签发机关", by + 160), (bx + 120, office, by + 160)], 11)
    p.row([(bx + 50, "有效期限", by + 186),
           (bx + 120, f"{issued_year}.{md}-{issued_year + 20}.{md}", by + 186)], 11)
    p.font = MICRO
    p.rect(60, 690, 840, 30, None, (30, 30, 34), 0)  # the overhang's shadow at the foot
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 23
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round23`.

HZ23_STATIONS = {"城中区": ("柳州市公安局城中分局", ["公园派出所", "城中派出所"]),
                 "柳北区": ("柳州市公安局柳北分局", ["雅儒派出所", "胜利派出所"]),
                 "柳南区": ("柳州市公安局柳南分局", ["柳石派出所", "南站派出所"]),
                 "柳城县": ("柳城县公安局", ["大埔派出所", "龙头派出所"]),
                 "鹿寨县": ("鹿寨县公安局", ["鹿寨派出所", "中渡派出所"])}


@layout(LAYOUTS, "id_card.shouli_huizhi")
def shouli_huizhi(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The 居民身份证受理回执 (领证凭证) a 派出所's 户籍窗口 prints when the holder applies to
    renew or replace the card (有效期满换领 / 损坏换领 / 丢失补领): the card is made in the
    city and collected some 20 working days later, and an applicant whose card is away at the
    deadline uploads the slip instead, photographed on the desk. A half-A4 slip from the
    受理系统's laser printer: the title, 受理编号, the particulars (姓名 / 性别 / 民族 / 出生 /
    公民身份号码 / 住址) in a ruled grid with the photo taken at the window in grey at the
    right, 申领原因, 受理日期 and 预计领证日期, 领证地点, the 受理人, two 注意事项, and the
    派出所's red 户籍专用章 stamped over 受理单位 at the foot."""
    from ..layout import Line as _L
    from ._common import HEI, MICRO, MING, cn, desk, grid, text_width

    key = int(id_number[-4:-1])
    district = next((d for d in HZ23_STATIONS if d in address), "城中区")
    bureau, stations = HZ23_STATIONS[district]
    unit = bureau + stations[key % 2]
    p = Page(842.0, 595.0, font=MING)
    sx, sy, sw, sh = 70.0, 56.0, 700.0, 476.0
    desk(p, key, sx, sy, sw, sh, paper=(250, 250, 248))
    p.text(sx + sw / 2, sy + 44, "居民身份证受理回执", 20, "center", font=HEI)
    year = 2023 + key % 2
    acc = f"{year}-{3 + key % 7:02d}-{5 + key % 20:02d}"
    p.text(sx + 40, sy + 76, f"受理编号：{id_number[:6]}{acc.replace('-', '')}{key:04d}", 10.5,
           font=MICRO, line=False)
    p.text(sx + sw - 40, sy + 76, "第一联 申请人留存", 10.5, "right", line=False)
    gx, gy = sx + 40, sy + 88
    cut = 18
    rows = [["姓名", name, "性别", gender], ["民族", ethnicity, "出生", cn(birth)],
            ["公民身份号码", id_number, "", ""], ["住址", address[:cut], "", ""]]
    widths = [88, 190, 60, 172]
    for r, cells in enumerate(rows):
        if r < 2:
            grid(p, gx, gy + r * 30, widths, [cells], 30, 11.5)
        else:
            grid(p, gx, gy + r * 30, [88, 422], [cells[:2]], 30, 11.5)
    y = gy + 4 * 30
    if len(address) > cut:
        grid(p, gx, y, [88, 422], [["", address[cut:]]], 30, 11.5)
        y += 30
    # the photo taken at the window, printed in grey at the right of the grid
    p.rect(gx + 522, gy, 98, y - gy, (30, 30, 30), None, 0.8)
    p.photo(gx + 531, gy + 8, 80, min(104, y - gy - 16), bg=(205, 205, 205))
    reasons = ["有效期满换领", "损坏换领", "丢失补领"]
    y += 30
    p.text(gx, y, f"申领原因：{reasons[key % 3]}", 11.5)
    fetch = f"{year}年{4 + key % 7}月{8 + key % 20}日"
    p.text(gx + 300, y, f"受理日期：{cn(acc)}", 11.5)
    y += 26
    p.text(gx, y, f"预计领证日期：{fetch}后", 11.5)
    p.text(gx + 300, y, f"领证地点：{stations[key % 2]}户籍窗口", 11.5)
    y += 26
    p.text(gx, y, f"受理人：{'邓晓春 冯德兴 曹玉兰 彭振宁'.split()[key % 4]}", 11.5)
    p.text(gx + 300, y, "联系电话：0772-" + f"{2800000 + key * 37 % 99999}", 11.5)
    y += 18
    p.items.append(_L(gx, y, gx + 620, y, 0.5, (120, 120, 120)))
    y += 20
    for k, note in enumerate(["凭本回执及缴费凭证领取居民身份证，逾期三个月未领取的，"
                              "证件将退回制证单位。",
                              "本回执不作为身份证明使用，遗失请及时到受理单位挂失。"]):
        p.text(gx, y, f"{k + 1}. {note}", 9.5, line=False)
        y += 17
    y += 28
    label = f"受理单位：{unit}"
    p.text(sx + sw - 40, y, label, 11.5, "right")
    p.text(sx + sw - 40, y + 24, cn(acc), 11.5, "right")
    p.seal(sx + sw - 40 - text_width(label, 11.5, MING) * 0.35, y + 2, 96, unit,
           bottom="户籍专用章", seed=key + 2341, **ink(key + 1))
    return Built("id_card", [p], _fields(name, gender, birth, id_number), seal=unit)


# --------------------------------------------------------------------------- round 24
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round24`.

def _fz24_show_through(p: Page, seed: int) -> None:
    """What the sheet's other side shows through the paper on a scan: an old 通知 printed
    there, seen mirrored and blurred as faint grey runs of characters (the title, paragraphs
    ragged at the LEFT, since the page is reversed), a ruled table and a seal's pale ring."""
    from ..layout import Ellipse

    ghost = (236, 236, 233)
    paper = (247, 247, 244)

    def run(x_right: float, y: float, n: int, size: float) -> None:
        """n characters ending at x_right, blurred into word-long grey bands."""
        x, word = x_right, 0
        for k in range(n + 1):
            if k == n or (k * k + 3 * k + seed + int(y)) % 9 == 0:
                if word:
                    x -= word * size
                    p.rect(x, y - size * 0.7, word * size, size * 0.55, None, ghost, 0)
                x -= size * 0.5
                word = 0
            else:
                word += 1

    run(380, 70, 14, 15)  # the title, centred on the reversed page
    y = 110
    for k in range(11):
        n = 30 if k % 4 != 3 else 8 + (seed + k) % 14
        run(545 - (24 if k % 4 == 0 else 0), y, n, 14.5)
        y += 24
    for r in range(9):  # the table under the text
        p.rect(50, 420 + r * 26, 495, 0.8, None, ghost, 0)
    for cx in (50, 120, 250, 380, 545):
        p.rect(cx, 420, 0.8, 208, None, ghost, 0)
    p.items.append(Ellipse(80, 660, 110, 110, (244, 236, 236)))  # the seal's ring, mirrored
    p.items.append(Ellipse(88, 668, 94, 94, paper))


def _fz24_face(p: Page, ox: float, oy: float, *, name, gender, ethnicity, birth, address,
               id_number) -> None:
    """The 人像面 as a copier's toner renders it: greys only, the card's ground a light grey."""
    from ..layout import Ellipse

    dark = (40, 40, 40)
    y, m, d = birth.split("-")
    p.rect(ox, oy, 243, 153, (150, 150, 148), (214, 214, 211), 0.8)
    p.row([(ox + 14, "姓  名", oy + 26), (ox + 52, name, oy + 26)], 8.5)
    p.row([(ox + 14, "性  别", oy + 44), (ox + 52, gender, oy + 44), (ox + 86, "民  族", oy + 44),
           (ox + 120, ethnicity, oy + 44)], 8.5)
    p.row([(ox + 14, "出  生", oy + 62),
           (ox + 52, f"{int(y)} 年 {int(m)} 月 {int(d)} 日", oy + 62)], 8.5)
    cut = min(11, len(address))
    while 0 < cut < len(address) and address[cut - 1].isdigit() and address[cut].isdigit():
        cut -= 1  # a house number is not broken across lines
    p.row([(ox + 14, "住  址", oy + 80), (ox + 52, address[:cut], oy + 80)], 8.5)
    if len(address) > cut:
        p.text(ox + 52, oy + 93, address[cut:], 8.5, color=dark)
    p.row([(ox + 14, "公民身份号码", oy + 130), (ox + 80, id_number, oy + 130)], 9)
    p.rect(ox + 168, oy + 18, 62, 80, None, (200, 200, 197), 0)
    p.items.append(Ellipse(ox + 176, oy + 70, 46, 28, (78, 78, 78)))
    p.rect(ox + 176, oy + 84, 46, 14, None, (78, 78, 78), 0)
    p.items.append(Ellipse(ox + 186, oy + 30, 26, 40, (165, 165, 162)))


def _fz24_back(p: Page, ox: float, oy: float, birth: str, id_number: str) -> None:
    """The 国徽面 in toner greys: the emblem a grey disc, title, 签发机关 and 有效期限."""
    from ..layout import Ellipse

    p.rect(ox, oy, 243, 153, (150, 150, 148), (218, 218, 215), 0.8)
    p.items.append(Ellipse(ox + 14, oy + 14, 46, 46, (150, 150, 148)))
    p.items.append(Ellipse(ox + 24, oy + 24, 26, 26, (200, 200, 197)))
    p.text(ox + 74, oy + 40, "中华人民共和国", 12)
    p.text(ox + 80, oy + 72, "居 民 身 份 证", 14)
    issued_year = 2015 + int(id_number[14:16]) % 6
    md = birth[5:].replace("-", ".")
    p.row([(ox + 40, "签发机关", oy + 110),
           (ox + 90, f"柳州市公安局{'柳北' if int(id_number[-3]) % 2 else '城中'}分局",
            oy + 110)], 8)
    p.row([(ox + 40, "有效期限", oy + 128),
           (ox + 90, f"{issued_year}.{md}-{issued_year + 20}.{md}", oy + 128)], 8)


@layout(LAYOUTS, "id_card.feizhi_beimian", grayscale_copy=True)
def feizhi_beimian(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                   **_) -> Built:
    """Both sides copied by the unit's 人事科 on the BACK of a used sheet (offices keep a tray
    of 单面废纸 — old 通知 and drafts printed on one side — for copies that stay in house, and
    the 职称 clerk copied the card on one), then scanned for the upload: a portrait A4 in the
    copier's greys with the 人像面 above the 国徽面 at 1 : 1 in the middle of the sheet, and
    through the paper the old 通知 on the other side showing as faint mirrored grey runs of
    text, its table's rules and a pale ring where its red seal is; two staple holes at the
    top left corner where the copy was stapled into the 申报 bundle."""
    p = Page(*A4, background=(247, 247, 244))
    _fz24_show_through(p, seed)
    for dx in (0, 9):  # the staple's two holes and the scratch between them
        p.rect(34 + dx, 30 + dx * 0.9, 2.2, 2.2, None, (90, 90, 90), 0)
    p.rect(36, 31, 9, 0.7, None, (170, 170, 168), 0)
    ox, oy = 176 + seed % 9, 168 + seed % 7
    _fz24_face(p, ox, oy, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
               address=address, id_number=id_number)
    _fz24_back(p, ox, oy + 190, birth, id_number)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 25
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round25`.

@layout(LAYOUTS, "id_card.wangzheng_renzheng")
def wangzheng_renzheng(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """A phone screenshot of the 实名认证 result page of the provincial 职称申报 platform's
    mobile site after the applicant logged in with the 国家网络身份认证 App (the 网号 / 网证
    of the 公安部 public service, piloted from 2023, that many 政务 platforms offer beside the
    face scan): windows that ask for 身份证 正反面 get this screenshot from applicants whose
    card is away, since the platform prints the identity the 网证 returned in full. The page:
    the status bar, the title bar 实名认证, a three-step bar (选择认证方式 / 网证授权 / 认证
    结果), a green tick with 认证成功, a white card headed by the blue 网证 badge and 身份信息
    with grey labels and black values (姓名 / 性别 / 出生日期 1993年6月14日 / 公民身份号码 in
    full / 认证方式 / 网号 masked / 认证时间), the data-protection note and a blue button."""
    from ..layout import Ellipse, Line
    from ._common import MICRO, cn

    blue, grey, ink_, green = (22, 112, 230), (138, 140, 146), (28, 28, 30), (40, 170, 90)
    k = int(id_number[-5:-1])
    p = Page(360.0, 780.0, background=(244, 245, 248), font=MICRO)
    p.rect(0, 0, 360, 72, None, (255, 255, 255), 0)
    p.row([(18, f"{8 + k % 12}:{k % 60:02d}", 20), (286, f"5G  {40 + k % 57}%", 20)], 9.5)
    p.text(16, 55, "〈", 14, line=False)
    p.text(180, 55, "实名认证", 14, "center")
    p.text(332, 55, "···", 14, "center", line=False)
    steps = ["选择认证方式", "网证授权", "认证结果"]
    for i, s in enumerate(steps):
        cx = 62 + i * 118
        p.items.append(Ellipse(cx - 9, 86, 18, 18, blue))
        p.text(cx, 99, str(i + 1), 10, "center", (255, 255, 255), line=False)
        p.text(cx, 122, s, 9.5, "center", blue if i == 2 else grey, line=False)
        if i < 2:
            p.items.append(Line(cx + 16, 95, cx + 102, 95, 1.2, blue))
    p.lines.append(" ".join(steps))
    p.items.append(Ellipse(152, 146, 56, 56, green))
    p.items.append(Line(166, 175, 177, 186, 4.0, (255, 255, 255)))
    p.items.append(Line(177, 186, 196, 163, 4.0, (255, 255, 255)))
    p.text(180, 228, "认证成功", 16, "center", ink_)
    p.text(180, 250, "您已通过国家网络身份认证完成实名认证", 10, "center", grey)
    p.rect(14, 270, 332, 334, None, (255, 255, 255), 0)
    p.rect(28, 284, 34, 22, None, blue, 0)
    p.text(45, 299, "网证", 10, "center", (255, 255, 255), line=False)
    p.text(70, 300, "身份信息", 12.5, color=ink_, line=False)
    p.lines.append("网证 身份信息")
    net_no = "W" + id_number[-2] + "*" * 7 + chr(65 + k % 26) + str(k % 10)
    when = f"2024-{3 + k % 6:02d}-{1 + k % 27:02d} {8 + k % 10:02d}:{k % 60:02d}:{k * 7 % 60:02d}"
    rows = [("姓名", name), ("性别", gender), ("出生日期", cn(birth)), ("公民身份号码", id_number),
            ("认证方式", "国家网络身份认证（网证）"), ("网号", net_no), ("认证时间", when)]
    y = 340
    for label, value in rows:
        p.text(28, y, label, 10.5, color=grey, line=False)
        p.text(332, y, value, 11.5 if label != "公民身份号码" else 12.5, "right", ink_,
               line=False)
        p.lines.append(f"{label} {value}")
        p.items.append(Line(28, y + 14, 332, y + 14, 0.4, (232, 233, 236)))
        y += 38
    p.text(28, 618, "身份信息由国家网络身份认证公共服务平台返回，仅用于职称申报", 9, color=grey)
    p.text(28, 634, "身份核验，平台将依法保护您的个人信息。", 9, color=grey)
    p.rect(28, 672, 304, 40, None, blue, 0)
    p.text(180, 697, "确认并进入申报", 13, "center", (255, 255, 255))
    p.rect(130, 764, 100, 4, None, (30, 30, 30), 0)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 26
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round26`.

@layout(LAYOUTS, "id_card.shouchi_banshen")
def shouchi_banshen(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """The 手持身份证半身照 (the head-and-shoulders photo of the holder holding the 人像面 in
    front of the chest, which platforms' 实名认证 steps, banks and 人才网 registrations ask for
    and which many applicants keep on the phone and upload again as the ID): taken by a
    colleague or with the rear camera against a room wall, portrait 3:4, the face above, the
    card held level in both hands below the chin with the thumbs on its short edges, clear
    of the text, the card's 姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码 legible."""
    from ..layout import Ellipse

    k = int(id_number[-2])
    walls = [(226, 224, 218), (208, 214, 220), (232, 226, 210), (196, 204, 196)]
    shirts = [(52, 66, 96), (236, 236, 232), (118, 36, 44), (70, 96, 80)]
    p = Page(300.0, 400.0, background=walls[k % len(walls)])
    p.rect(0, 0, 300, 16, None, tuple(c - 20 for c in walls[k % len(walls)]), 0)  # the cornice
    p.items.append(Ellipse(28, 214, 244, 240, shirts[k % len(shirts)]))  # shoulders, body
    p.rect(28, 330, 244, 70, None, shirts[k % len(shirts)], 0)
    p.rect(130, 176, 40, 44, None, SKIN_DARK, 0)  # the neck
    p.items.append(Ellipse(100, 48, 100, 136, SKIN))  # the face
    p.items.append(Ellipse(96, 36, 108, 64, (30, 26, 24)))  # the hair
    p.items.append(Ellipse(92, 104, 14, 26, SKIN_DARK))  # the ears
    p.items.append(Ellipse(194, 104, 14, 26, SKIN_DARK))
    ox, oy = 28.0, 196.0
    p.rect(ox + 8, oy + 9, 231, 141, None, (90, 84, 80), 0)  # the card's shadow on the shirt
    _front(p, ox, oy, name, gender, ethnicity, birth, address, id_number)
    for hx in (ox - 24, ox + 220):  # the hands on the card's short edges, clear of the text
        p.items.append(Ellipse(hx, oy + 84, 34, 50, SKIN_DARK))
        p.items.append(Ellipse(hx + 3, oy + 82, 28, 32, SKIN))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 27
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round27`.

@layout(LAYOUTS, "id_card.weixin_liaotian")
def weixin_liaotian(*, name, gender, ethnicity, birth, address, id_number, **_) -> Built:
    """A phone screenshot of the WeChat one-to-one chat in which the applicant sent the card
    to the unit's 人事科 clerk: the clerk wrote 请把身份证正反面拍照发我，职称申报要用, the
    applicant sent two photos, 人像面 then 国徽面, and when the 职称 system later asked for the
    ID the applicant (or the clerk) screenshotted the chat instead of finding the photos.
    The screen: the status bar, the title bar with the clerk's name, the grey chat ground, the
    time stamp, the clerk's white bubble with her avatar at the left, the applicant's two
    photo messages at the right beside the own avatar (each card on a little desk background,
    the 人像面's 姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码 legible), the clerk's 收到，谢谢,
    and the input bar with the voice, emoji and + buttons at the foot."""
    from ..layout import Ellipse
    from ._common import MICRO, other_people

    k = int(id_number[-5:-1])
    clerk = other_people(f"wxlt27:{id_number}", 1)[0][0]
    p = Page(360.0, 780.0, background=(237, 237, 237), font=MICRO)
    ink_, grey = (25, 25, 25), (150, 150, 150)
    p.rect(0, 0, 360, 76, None, (237, 237, 237), 0)
    p.row([(18, f"{9 + k % 10}:{k % 60:02d}", 20), (286, f"4G  {30 + k % 66}%", 20)], 9.5,
          line=False)
    p.text(16, 56, "〈", 15, line=False)
    p.text(180, 56, f"{clerk}（人事科）", 13.5, "center", ink_)
    p.text(336, 56, "···", 14, "center", line=False)
    p.hline(0, 360, 72, 0.3)
    p.text(180, 98, f"昨天 {14 + k % 4}:{(k * 7) % 60:02d}", 9, "center", grey)
    # the clerk's message
    p.rect(12, 110, 34, 34, None, (120, 150, 190), 0)
    p.rect(54, 110, 246, 44, None, (255, 255, 255), 0)
    p.text(64, 127, "请把身份证正反面拍照发我，职称", 10.5, color=ink_, line=False)
    p.text(64, 145, "申报要用。", 10.5, color=ink_, line=False)
    p.lines.append("请把身份证正反面拍照发我，职称申报要用。")
    # the applicant's two photos, right-aligned beside the own avatar
    for oy in (168.0, 340.0):
        p.rect(314, oy, 34, 34, None, (200, 170, 120), 0)
    desk_ = (132, 100, 70) if k % 2 else (150, 150, 146)
    for oy in (168.0, 340.0):
        p.rect(52, oy, 255, 163, None, desk_, 0)
    _front(p, 58, 172, name, gender, ethnicity, birth, address, id_number)
    _back(p, 58, 344, birth, id_number)
    p.text(180, 532, f"昨天 {14 + k % 4}:{(k * 7 + 9) % 60:02d}", 9, "center", grey)
    p.rect(12, 546, 34, 34, None, (120, 150, 190), 0)
    p.rect(54, 546, 100, 34, None, (255, 255, 255), 0)
    p.text(64, 568, "收到，谢谢", 10.5, color=ink_)
    # the input bar
    p.rect(0, 716, 360, 64, None, (246, 246, 246), 0)
    p.hline(0, 360, 716, 0.3)
    p.items.append(Ellipse(10, 728, 26, 26, (255, 255, 255)))
    p.rect(44, 726, 226, 30, None, (255, 255, 255), 0)
    p.items.append(Ellipse(280, 728, 26, 26, (255, 255, 255)))
    p.items.append(Ellipse(318, 728, 26, 26, (255, 255, 255)))
    p.text(331, 747, "+", 16, "center", ink_, line=False)
    p.rect(130, 768, 100, 4, None, (30, 30, 30), 0)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 28
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round28`.

@layout(LAYOUTS, "id_card.jianjiao_jiuzheng")
def jianjiao_jiuzheng(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                      **_) -> Built:
    """The new card and the old one photographed together on the desk the day the new card
    was fetched: when a card is renewed (有效期满换领) the 派出所's 户籍窗口 takes the old card
    back, cuts off one corner (剪角作废) and hands it back to the holder with the new one, so
    an applicant who renewed just before the 职称 deadline sends the photo taken at home of
    both 人像面 — the new card above, the cut-corner old card below and a little askew, its
    photo an older one, both showing the same 姓名 / 性别 / 民族 / 出生 / 住址 /
    公民身份号码. A portrait phone photo from above, the desk round the two cards."""
    from ._common import DESKS

    k = int(id_number[-5:-1]) + seed
    bg = DESKS[k % len(DESKS)]
    p = Page(300.0, 400.0, background=bg)
    shade = tuple(max(0, c - 40) for c in bg)
    ox1, oy1 = 24.0, 30.0
    p.rect(ox1 + 9, oy1 + 10, 231, 141, None, shade, 0)
    _front(p, ox1, oy1, name, gender, ethnicity, birth, address, id_number)
    ox2, oy2 = 38.0 + k % 9, 206.0 + k % 7
    p.rect(ox2 + 9, oy2 + 10, 231, 141, None, shade, 0)
    _front(p, ox2, oy2, name, gender, ethnicity, birth, address, id_number)
    # the old card's photo is the one taken ten or twenty years earlier: a paler backdrop
    for it in p.items[-4:]:
        if hasattr(it, "fill") and it.fill == (226, 238, 240):
            it.fill = (236, 240, 236)
    # the cut corner at the old card's top right: the desk shows through along a diagonal
    cx0, cy0, cut = ox2 + 237, oy2 + 6, 30
    for i in range(cut):
        p.rect(cx0 - cut + i, cy0 - 1, cut - i + 1, i + 1.2, None, bg, 0)
    p.rect(cx0 + 0.5, cy0 - 1, 10, cut + 6, None, bg, 0)  # nor a shadow beside the cut
    for i in range(0, cut, 2):  # the scissors' rough edge
        p.rect(cx0 - cut + i, cy0 + i - 0.6, 2.2, 1.0, None, (205, 215, 218), 0)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 29
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round29`.

QB29_LEATHER = [(92, 58, 38), (36, 34, 34), (120, 78, 46), (70, 44, 40)]
QB29_CARDS = [((196, 36, 44), "中国工商银行"), ((20, 110, 80), "中国农业银行"),
              ((24, 70, 150), "中国建设银行"), ((30, 96, 160), "社会保障卡")]


@layout(LAYOUTS, "id_card.qianbao_kawei")
def qianbao_kawei(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                  **_) -> Built:
    """The card photographed without taking it out of the wallet: many people keep the ID
    card behind the clear PVC window (透明证件位) of a bifold wallet, and when the 职称 clerk
    asks for it on the phone they open the wallet on the desk and photograph it as it is.
    A landscape phone photo from above: the open leather wallet on the desk, its stitched
    edges; at the left the card slots with the tops of bank cards and the 社会保障卡 showing
    (their banks' names printed on them), at the right the clear window with the 人像面 behind
    it, the window's stitched leather frame covering the card's rounded rim, the PVC's
    reflection as two thin pale streaks across the blank margins;
    姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码 legible through the plastic."""
    from ..layout import Line
    from ._common import DESKS

    k = int(id_number[-5:-1]) + seed
    p = Page(660.0, 390.0, background=DESKS[k % len(DESKS)])
    leather = QB29_LEATHER[k % len(QB29_LEATHER)]
    dark = tuple(max(0, c - 26) for c in leather)
    light = tuple(min(255, c + 40) for c in leather)
    wx, wy, ww, wh = 10.0, 24.0, 640.0, 344.0
    p.rect(wx + 7, wy + 9, ww, wh, None, (44, 34, 28), 0)  # the wallet's shadow
    p.rect(wx, wy, ww, wh, None, leather, 0)
    p.items.append(Line(wx + ww / 2, wy + 2, wx + ww / 2, wy + wh - 2, 2.6, dark))  # the fold

    def stitches(x1, y1, x2, y2):
        if y1 == y2:
            for x in range(int(x1), int(x2) - 5, 9):
                p.items.append(Line(x, y1, x + 5, y1, 0.9, light))
        else:
            for y in range(int(y1), int(y2) - 5, 9):
                p.items.append(Line(x1, y, x1, y + 5, 0.9, light))

    # left: three card slots, each card's top above its pocket's edge
    for i in range(3):
        color, bank = QB29_CARDS[(k + i) % len(QB29_CARDS)]
        ty = wy + 36 + i * 76
        p.rect(wx + 34, ty, 252, 60, None, color, 0)
        p.text(wx + 48, ty + 21, bank, 11.5, color=(250, 250, 250), font=KAI, line=False)
        p.rect(wx + 24, ty + 30, 272, 110, None, leather, 0)  # the pocket in front
        p.items.append(Line(wx + 24, ty + 30, wx + 296, ty + 30, 1.6, dark))
        stitches(wx + 30, ty + 35, wx + 290, ty + 35)
    p.lines.append(" ".join(QB29_CARDS[(k + i) % len(QB29_CARDS)][1] for i in range(3)))
    p.rect(wx + 20, wy + wh - 34, 280, 24, None, leather, 0)  # below the last pocket
    stitches(wx + 8, wy + 8, wx + ww - 8, wy + 8)
    stitches(wx + 8, wy + wh - 8, wx + ww - 8, wy + wh - 8)
    stitches(wx + 8, wy + 8, wx + 8, wy + wh - 8)
    stitches(wx + ww - 8, wy + 8, wx + ww - 8, wy + wh - 8)
    # right: the clear window with the card behind it
    ox, oy = wx + ww / 2 + (ww / 2 - 243) / 2, wy + (wh - 153) / 2
    p.rect(ox, oy, 243, 153, None, (204, 214, 216), 0)
    _front(p, ox, oy, name, gender, ethnicity, birth, address, id_number)
    # the window's leather frame over the card's rim (clear of the print), stitched round
    fw = 10.0
    p.rect(ox - 8, oy - 8, 259, fw + 9, None, leather, 0)
    p.rect(ox - 8, oy + 146, 259, fw + 9, None, leather, 0)
    p.rect(ox - 8, oy - 8, fw + 9, 169, None, leather, 0)
    p.rect(ox + 233, oy - 8, fw + 9, 169, None, leather, 0)
    stitches(ox - 4, oy - 4, ox + 247, oy - 4)
    stitches(ox - 4, oy + 157, ox + 247, oy + 157)
    stitches(ox - 4, oy - 4, ox - 4, oy + 157)
    stitches(ox + 247, oy - 4, ox + 247, oy + 157)
    # the PVC's reflections: thin pale streaks in the blank margins
    glare = (236, 244, 246)
    p.items.append(Line(ox + 12, oy + 112, ox + 64, oy + 100, 1.4, glare))
    p.items.append(Line(ox + 120, oy + 15, ox + 200, oy + 13.5, 1.2, glare))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 30
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round30`.

JP30_ROWS = [["Esc", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12",
              "Del"],
             ["~", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "=", "Back"],
             ["Tab", "Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P", "[", "]", "\\"],
             ["Caps", "A", "S", "D", "F", "G", "H", "J", "K", "L", ";", "'", "Enter"],
             ["Shift", "Z", "X", "C", "V", "B", "N", "M", ",", ".", "/", "Shift"],
             ["Ctrl", "Fn", "Win", "Alt", "", "Alt", "Ctrl", "◀", "▼", "▶"]]
JP30_BODIES = [((188, 190, 194), (40, 40, 44)), ((60, 62, 68), (28, 28, 32)),
               ((206, 196, 186), (238, 234, 228))]


@layout(LAYOUTS, "id_card.bijiben_jianpan")
def bijiben_jianpan(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                    **_) -> Built:
    """The card photographed lying on the open laptop it is about to be uploaded from: at
    the 职称 window's request the applicant puts the card down on the laptop's palm rest,
    half over the keyboard's bottom rows, and shoots it with the phone from above, the
    keys' letters and digits all round it. A landscape phone photo: the laptop's silver,
    space grey or champagne body, the rows of keys with their legends (Esc, F1–F12, the
    number row, QWERTY…), the touchpad's outline at the lower right, the makers' stickers
    on the palm rest (the processor badge and the Windows label with its product key),
    and the 人像面 lying over the lower keys with its shadow — 姓名 / 性别 /
    民族 / 出生 / 住址 / 公民身份号码 legible."""
    from ..layout import Line

    k = int(id_number[-5:-1]) + seed
    body, key = JP30_BODIES[k % len(JP30_BODIES)]
    legend = (236, 236, 236) if sum(key) < 300 else (70, 70, 70)
    p = Page(660.0, 420.0, background=body)
    p.rect(0, 0, 660, 14, None, tuple(max(0, c - 50) for c in body), 0)  # the hinge
    kx0, ky0, kw, gap = 40.0, 28.0, 38.0, 5.0
    for r, keys in enumerate(JP30_ROWS):
        x = kx0 + (0, 0, 0, 8, 20, 0)[r]
        y = ky0 + r * (30 + gap) - (8 if r else 0)
        hgt = 22 if r == 0 else 30
        for lab in keys:
            wk = kw * (1.6 if lab in ("Tab", "Caps", "Back", "Enter") else
                       2.1 if lab == "Shift" else 5.2 if lab == "" else 1.0)
            p.rect(x, y, wk, hgt, None, tuple(max(0, c - 14) for c in body), 0)
            p.rect(x + 1, y + 1, wk - 2, hgt - 2, None, key, 0)
            if lab:
                p.text(x + 6, y + 13 if r == 0 else y + 14, lab, 8 if len(lab) > 1 else 10,
                       color=legend, line=False)
            x += wk + gap
    p.lines.append("Esc F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12 1 2 3 4 5 6 7 8 9 0 Q W E R T")
    # the touchpad and the stickers on the palm rest
    p.rect(236, 262, 200, 150, tuple(max(0, c - 34) for c in body), None, 1.0)
    p.rect(520, 330, 46, 46, None, (26, 90, 180), 0)
    p.text(543, 348, "intel", 9, "center", (255, 255, 255), line=False)
    p.text(543, 366, f"CORE i{5 + 2 * (k % 2)}", 6.5, "center", (255, 255, 255), line=False)
    p.rect(580, 330, 60, 40, None, (250, 250, 250), 0)
    p.text(610, 345, "Windows 11", 6.5, "center", (40, 40, 40), line=False)
    pk = "-".join(f"{(k * (i + 7) * 7919) % 36**3:05X}"[:5] for i in range(3))
    p.text(610, 360, pk, 4.5, "center", (60, 60, 60), line=False)
    p.lines.append(f"intel CORE i{5 + 2 * (k % 2)} Windows 11")
    # the card over the bottom rows, its shadow, the card itself
    ox, oy = 62.0 + k % 30, 200.0 + k % 12
    p.rect(ox + 5, oy + 6, 243, 153, None, tuple(max(0, c - 80) for c in body), 0)
    p.rect(ox, oy, 243, 153, None, (214, 226, 228), 0)
    _front(p, ox, oy, name, gender, ethnicity, birth, address, id_number)
    p.items.append(Line(ox + 4, oy + 2, ox + 239, oy + 2, 0.6, (240, 246, 248)))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 31
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round31`.

MS31_SURFACES = [(238, 238, 234), (204, 186, 160), (120, 124, 130), (232, 226, 216)]


@layout(LAYOUTS, "id_card.masaike_zhuzhi")
def masaike_zhuzhi(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                   **_) -> Built:
    """The card's 人像面 photo with the 住址 blotted out in the phone album's 编辑 → 马赛克
    tool and a text sticker added, as privacy guides tell people to do before sending an ID
    photo anywhere (遮住住址, 加注用途): the 职称 form only needs the name and number, so
    the applicant drags the mosaic brush over the address lines and types 仅供职称申报使用
    他用无效 with the date in the album's 文字 tool, then uploads the edited picture. A 4:3
    phone photo of the card on a desk or a sheet of paper, the card's shadow, its glossy
    strip of reflection; over the address the coarse mosaic squares in the card's own
    pale tones; the red sticker text in its translucent box across the card's lower left,
    clear of the 公民身份号码 line; 姓名 / 性别 / 民族 / 出生 / 公民身份号码 legible."""
    from ..layout import Line
    from ._common import text_width

    k = int(id_number[-5:-1]) + seed
    surface = MS31_SURFACES[k % len(MS31_SURFACES)]
    p = Page(640.0, 480.0, background=surface)
    # the photo is taken close: the card fills most of the frame (drawn at 2.2 times)
    s = 2.2
    ox, oy = 50.0 + k % 20, 60.0 + k % 16
    p.rect(ox + 8, oy + 10, 243 * s, 153 * s, None, tuple(max(0, c - 60) for c in surface), 0)
    p.rect(ox, oy, 243 * s, 153 * s, None, (214, 228, 230), 0)
    p.rect(ox + 6 * s, oy + 6 * s, 231 * s, 141 * s, (190, 210, 215), (226, 238, 240), 0.8)
    yb, mb, db = birth.split("-")
    fs = 8.5 * s
    p.row([(ox + 14 * s, "姓  名", oy + 26 * s), (ox + 52 * s, name, oy + 26 * s)], fs)
    p.row([(ox + 14 * s, "性  别", oy + 44 * s), (ox + 52 * s, gender, oy + 44 * s),
           (ox + 86 * s, "民  族", oy + 44 * s), (ox + 120 * s, ethnicity, oy + 44 * s)], fs)
    p.row([(ox + 14 * s, "出  生", oy + 62 * s),
           (ox + 52 * s, f"{int(yb)} 年 {int(mb)} 月 {int(db)} 日", oy + 62 * s)], fs)
    p.text(ox + 14 * s, oy + 80 * s, "住  址", fs)
    p.row([(ox + 14 * s, "公民身份号码", oy + 130 * s), (ox + 80 * s, id_number, oy + 130 * s)],
          9 * s)
    p.photo(ox + 168 * s, oy + 18 * s, 62 * s, 80 * s, bg=(226, 238, 240))
    # the mosaic over the address: coarse squares in the card's pale tones, the ink
    # smeared into a few darker ones
    cell = 11.0
    ax0, ay0 = ox + 50 * s, oy + 66 * s
    aw = max(text_width(address[:13], fs), text_width(address[13:] or "x", fs)) + 14
    cols, rows = int(aw // cell) + 1, 5
    for r in range(rows):
        for c in range(cols):
            h = (k * 31 + r * 17 + c * 13) % 9
            tone = (236 - h * 4, 242 - h * 3, 244 - h * 3) if h < 6 else (150 + h * 6,) * 3
            p.rect(ax0 + c * cell, ay0 + r * cell, cell, cell, None, tone, 0)
    # the glossy strip
    p.items.append(Line(ox + 20, oy + 147 * s, ox + 243 * s - 30, oy + 139 * s, 5,
                        (240, 246, 248)))
    # the sticker text, in its translucent box
    mark = (226, 40, 36)
    note = "仅供职称申报使用 他用无效"
    tw = text_width(note, 17)
    bx, by = ox + 14, oy + 90 * s + 6
    p.rect(bx, by, tw + 20, 34, None, (250, 236, 232), 0)
    p.text(bx + 10, by + 24, note, 17, color=mark, font=KAI)
    year = 2022 + k % 3
    p.text(bx + 10, by + 52, f"{year}.{1 + k % 12:02d}.{1 + k % 27:02d}", 13, color=mark,
           font=KAI)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 32
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round32`.

def _scaled_face(p: Page, ox: float, oy: float, s: float, *, name, gender, ethnicity, birth,
                 address, id_number, ground: tuple[int, int, int]) -> None:
    """The 人像面's printed fields and photo at `s` times the card's size (85.6 mm as 243),
    its top left at (ox, oy); the address wrapped every 11 characters, the photo on `ground`."""
    yb, mb, db = birth.split("-")
    fs = 8.5 * s
    p.row([(ox + 14 * s, "姓  名", oy + 26 * s), (ox + 52 * s, name, oy + 26 * s)], fs)
    p.row([(ox + 14 * s, "性  别", oy + 44 * s), (ox + 52 * s, gender, oy + 44 * s),
           (ox + 86 * s, "民  族", oy + 44 * s), (ox + 120 * s, ethnicity, oy + 44 * s)], fs)
    p.row([(ox + 14 * s, "出  生", oy + 62 * s),
           (ox + 52 * s, f"{int(yb)} 年 {int(mb)} 月 {int(db)} 日", oy + 62 * s)], fs)
    p.row([(ox + 14 * s, "住  址", oy + 80 * s), (ox + 52 * s, address[:11], oy + 80 * s)], fs)
    for i in range(11, len(address), 11):
        p.text(ox + 52 * s, oy + (80 + 14 * i // 11) * s, address[i:i + 11], fs)
    p.row([(ox + 14 * s, "公民身份号码", oy + 130 * s), (ox + 80 * s, id_number, oy + 130 * s)],
          9 * s)
    p.photo(ox + 168 * s, oy + 18 * s, 62 * s, 80 * s, bg=ground)


@layout(LAYOUTS, "id_card.shoujike_jiaceng")
def shoujike_jiaceng(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                     **_) -> Built:
    """A photo of the back of the applicant's phone with the ID card behind its clear TPU
    case, where many people carry the card: asked for a photo of the 人像面 at the counter,
    the applicant hands the phone over and a colleague photographs its back with another
    phone, the card never taken out. The photo: the desk, the phone's dark back with its
    rounded corners, the yellowed clear case over it, the card sitting in the case (tinted
    faintly yellow, a dust speck or two), the camera bump at the top left clear of the card,
    the case's raised lip casting a line round the edge, a glare streak across the plastic;
    姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码 legible through the case."""
    from ..layout import Ellipse, Line

    k = int(id_number[-5:-1]) + seed
    p = Page(600.0, 860.0, background=[(120, 90, 64), (170, 168, 162), (210, 200, 182)][k % 3])
    # the phone, portrait, and its case
    px, py, pw, ph = 90.0, 40.0, 420.0, 780.0
    p.rect(px + 8, py + 10, pw, ph, None, (40, 34, 30), 0)
    p.rect(px, py, pw, ph, None, (232, 226, 200), 0)  # the case's yellowed rim
    p.rect(px + 8, py + 8, pw - 16, ph - 16, None, [(40, 42, 48), (200, 206, 214),
                                                     (120, 150, 130)][k % 3], 0)
    p.rect(px + 24, py + 24, 150, 150, None, (30, 30, 34), 0)  # the camera bump
    for cxm, cym in ((60, 60), (138, 60), (60, 138)):
        p.items.append(Ellipse(px + cxm - 26, py + cym - 26, 52, 52, (12, 12, 16)))
    # the card behind the case, turned upright along the phone, 人像面 up (drawn at 1.6)
    s = 1.6
    ox, oy = px + (pw - 243 * s) / 2, py + 330.0
    p.rect(ox, oy, 243 * s, 153 * s, None, (222, 230, 214), 0)
    p.rect(ox + 6 * s, oy + 6 * s, 231 * s, 141 * s, (196, 204, 190), (230, 236, 216), 0.8)
    _scaled_face(p, ox, oy, s, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
                 address=address, id_number=id_number, ground=(230, 236, 216))
    # the case's lip, a glare streak and dust
    p.rect(px + 4, py + 4, pw - 8, ph - 8, (246, 242, 222), None, 2.0)
    p.items.append(Line(px + 190, py + 310, px + pw - 30, py + 200, 6, (236, 236, 226)))
    for dx, dy in ((120, 620), (340, 300), (260, 720)):
        p.items.append(Ellipse(px + dx, py + dy, 5, 4, (250, 250, 244)))
    p.text(px + pw / 2, py + ph - 60, "5G", 9, "center", (150, 150, 150), line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 33
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round33`.

@layout(LAYOUTS, "id_card.duka_qi")
def duka_qi(*, name, gender, ethnicity, birth, address, id_number, seed=0, **_) -> Built:
    """A phone photo of the card lying on the window's 二代证阅读器 (the flat ID-card reader
    pad every 政务服务 and 人社 counter has) after the clerk read it: the counter top, the
    reader's dark-grey body with its green 读卡区 outline, the printed 身份证阅读器 and
    请将身份证放在感应区 labels, the model plate (型号, 生产日期, the vendor's service phone
    number) and the green LED lit, its USB lead running off to the right, and the card
    resting on the pad 人像面 up, a little skewed inside the outline, with 姓名 / 性别 /
    民族 / 出生 / 住址 / 公民身份号码 legible; the clerk's queue slip lies beside it."""
    from ..layout import Ellipse, Line
    from ._common import HEI, MICRO

    k = int(id_number[-5:-1]) + seed
    p = Page(760.0, 600.0, background=[(178, 180, 182), (196, 184, 160), (150, 152, 156)][k % 3],
             font=MICRO)
    # the reader pad
    rx, ry, rw, rh = 60.0, 70.0, 560.0, 460.0
    p.rect(rx + 8, ry + 10, rw, rh, None, (70, 70, 72), 0)
    p.rect(rx, ry, rw, rh, None, (58, 62, 68), 0)
    p.rect(rx + 20, ry + 20, rw - 40, rh - 40, None, (74, 78, 86), 0)
    p.rect(rx + 56, ry + 56, rw - 112, rh - 170, (80, 200, 120), None, 2.0)
    p.text(rx + rw / 2, ry + 44, "身 份 证 阅 读 器", 14, "center", (220, 224, 230), font=HEI,
           line=False)
    p.items.append(Ellipse(rx + rw - 58, ry + 32, 14, 14, (60, 230, 110)))
    p.text(rx + rw / 2, ry + rh - 80, "请将身份证放在感应区", 13, "center", (200, 206, 212),
           line=False)
    p.text(rx + 40, ry + rh - 46, f"型号：ID-{100 + k % 80}  生产日期：20{18 + k % 5}.0{1 + k % 9}"
           f"  服务电话：400-{k % 900 + 100}-{(k * 7) % 9000 + 1000}", 9, color=(170, 176, 184))
    p.items.append(Line(rx + rw, ry + 120, 760, ry + 90, 5, (30, 30, 32)))
    # the card on the pad, drawn at 1.5
    s = 1.5
    ox, oy = rx + 98, ry + 74
    p.rect(ox + 3, oy + 4, 243 * s, 153 * s, None, (40, 40, 44), 0)
    p.rect(ox, oy, 243 * s, 153 * s, None, (226, 236, 236), 0)
    p.rect(ox + 6 * s, oy + 6 * s, 231 * s, 141 * s, (190, 210, 215), (228, 238, 240), 0.8)
    _scaled_face(p, ox, oy, s, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
                 address=address, id_number=id_number, ground=(228, 238, 240))
    # the queue slip beside the reader
    p.rect(640, 300, 104, 150, None, (252, 252, 248), 0)
    for i, t in enumerate(("政务服务中心", f"B{k % 90 + 10:03d}", "社保职称综合",
                           f"前面 {k % 6} 人")):
        p.text(692, 326 + i * 30, t, 16 if i == 1 else 9, "center", (30, 30, 30),
               font=HEI if i == 1 else MICRO, line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 34
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round34`.

@layout(LAYOUTS, "id_card.kapian_shanxing")
def kapian_shanxing(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                    **_) -> Built:
    """A phone photo of the applicant's cards tipped out of the card holder and fanned on the
    desk, the ID card on top, as people snap it in a hurry when the 申报 system asks for the
    人像面: under it the third-generation 社会保障卡 (its light-blue face, 中华人民共和国
    社会保障卡 and the bank's name and 金融 chip showing at the top left), a bank debit card
    at the right with the card number's last group and 银联 (other digits hidden under the
    ID card), and a city bus IC card's corner at the bottom; the ID card's 人像面 lies square
    to the camera with 姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码 legible, a soft
    shadow under each card."""
    from ..layout import Ellipse
    from ._common import DESKS, HEI, MICRO

    k = int(id_number[-5:-1]) + seed
    p = Page(820.0, 640.0, background=DESKS[k % len(DESKS)], font=MICRO)
    # the 社会保障卡, peeking out at the upper left
    sx, sy = 60.0, 40.0
    p.rect(sx + 4, sy + 5, 390, 246, None, (50, 40, 34), 0)
    p.rect(sx, sy, 390, 246, None, (196, 224, 240), 0)
    p.rect(sx, sy, 390, 40, None, (30, 110, 180), 0)
    p.text(sx + 60, sy + 27, "中华人民共和国社会保障卡", 13, color=(255, 255, 255), font=HEI,
           line=False)
    p.items.append(Ellipse(sx + 12, sy + 6, 28, 28, (220, 60, 50)))
    p.rect(sx + 22, sy + 62, 46, 36, (150, 130, 60), (212, 184, 90), 0.8)  # the chip
    p.text(sx + 84, sy + 86, "中国工商银行  金融社保卡", 10, color=(40, 60, 90), line=False)
    # the bank card, peeking out at the right
    bx, by = 450.0, 120.0
    p.rect(bx + 4, by + 5, 340, 214, None, (50, 40, 34), 0)
    p.rect(bx, by, 340, 214, None, (40, 60, 110), 0)
    p.text(bx + 330, by + 30, "中国建设银行 龙卡", 12, "right", (240, 240, 245), font=HEI,
           line=False)
    p.text(bx + 330, by + 166, f"{(k * 37) % 9000 + 1000}", 16, "right", (230, 230, 236),
           line=False)
    p.rect(bx + 270, by + 178, 60, 28, None, (230, 230, 230), 0)
    p.text(bx + 300, by + 197, "银联", 11, "center", (200, 30, 40), font=HEI, line=False)
    # the bus card's corner at the bottom
    p.rect(90, 500, 300, 190, None, (240, 180, 50), 0)
    p.text(110, 560, "柳州公交 · 交通联合", 13, color=(90, 50, 10), font=HEI, line=False)
    # the ID card on top, drawn at 1.6
    s = 1.6
    ox, oy = 180.0, 190.0
    p.rect(ox + 5, oy + 6, 243 * s, 153 * s, None, (46, 38, 32), 0)
    p.rect(ox, oy, 243 * s, 153 * s, None, (226, 236, 236), 0)
    p.rect(ox + 6 * s, oy + 6 * s, 231 * s, 141 * s, (190, 210, 215), (230, 238, 238), 0.8)
    _scaled_face(p, ox, oy, s, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
                 address=address, id_number=id_number, ground=(230, 238, 238))
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 35
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round35`.

@layout(LAYOUTS, "id_card.bijiben_shexiangtou")
def bijiben_shexiangtou(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                        **_) -> Built:
    """A screenshot of the Windows 相机 (Camera) app on an office laptop, taken by an
    applicant without a phone to hand who holds the ID card up to the built-in webcam and
    captures the screen instead of the saved photo: the app's dark window with its title
    bar (相机, — □ ×), the settings gear and the HDR / 定时器 icons at the top left, the
    right-hand control strip (视频 / 照片 / the white round shutter / 条形码 modes), the last
    shot's round thumbnail at the bottom right; in the dim, warm, slightly grainy preview the
    office wall and a window behind, the applicant's head and shoulders, and the card held up
    in two hands close to the lens, 人像面 toward it, large and square, with 姓名 / 性别 /
    民族 / 出生 / 住址 / 公民身份号码 legible; the Windows taskbar below with the clock and
    the date."""
    from ..layout import Ellipse, Line
    from ._common import HEI, MICRO

    k = int(id_number[-5:-1]) + seed
    p = Page(1280.0, 800.0, background=(32, 32, 34), font=MICRO)
    light, grey = (236, 236, 240), (150, 150, 156)
    # the title bar
    p.rect(0, 0, 1280, 32, None, (24, 24, 26), 0)
    p.text(14, 21, "相机", 11, color=light, line=False)
    p.text(1266, 21, "—      □      ×", 11, "right", light, line=False)
    # the preview: a dim office behind the applicant
    vx, vy, vw, vh = 0.0, 32.0, 1160.0, 720.0
    p.rect(vx, vy, vw, vh, None, [(120, 108, 92), (104, 104, 100), (132, 120, 104)][k % 3], 0)
    p.rect(820, 60, 300, 260, None, (186, 190, 186), 0)  # the window behind
    p.items.append(Line(970, 60, 970, 320, 4, (140, 140, 136)))
    p.rect(40, 420, 200, 330, None, (90, 80, 70), 0)  # a cabinet
    p.items.append(Ellipse(470, 60, 240, 290, (176, 140, 116)))  # the head, over the card
    p.items.append(Ellipse(400, 40, 380, 130, (40, 34, 32)))  # the hair
    p.items.append(Ellipse(250, 340, 680, 500, [(60, 70, 90), (120, 40, 40), (80, 80, 84)][
        k % 3]))  # the shoulders
    # the card held up in both hands, drawn at 1.9
    s = 1.9
    cw, ch = 243 * s, 153 * s
    ox, oy = (vw - cw) / 2 - 20, 300.0
    p.rect(ox + 6, oy + 8, cw, ch, None, (50, 44, 40), 0)
    p.rect(ox, oy, cw, ch, None, (214, 220, 212), 0)
    p.rect(ox + 6 * s, oy + 6 * s, 231 * s, 141 * s, (180, 196, 196), (218, 226, 220), 0.8)
    _scaled_face(p, ox, oy, s, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
                 address=address, id_number=id_number, ground=(218, 226, 220))
    for hx in (ox - 46, ox + cw - 26):  # the thumbs and fingers at the card's edges
        p.items.append(Ellipse(hx, oy + ch - 150, 72, 190, (190, 150, 124)))
    # grain
    for i in range(90):
        gx = (i * 137 + k * 31) % int(vw)
        gy = vy + (i * 251 + k * 17) % int(vh)
        p.items.append(Ellipse(gx, gy, 2.5, 2.5, (150, 140, 130) if i % 2 else (70, 66, 60)))
    # the top-left icons and the right-hand strip
    p.items.append(Ellipse(22, 54, 20, 20, light))  # the settings gear
    p.items.append(Ellipse(27, 59, 10, 10, (32, 32, 34)))
    p.text(70, 68, "HDR  自动", 11, color=light, line=False)
    p.text(160, 68, "定时器  关", 11, color=light, line=False)
    p.rect(1160, 32, 120, 720, None, (20, 20, 22), 0)
    for i, t in enumerate(("视频", "照片", "条形码", "文档")):
        p.text(1220, 220 + i * 40 if i < 2 else 480 + (i - 2) * 40, t, 11, "center",
               light if t == "照片" else grey, line=False)
    p.items.append(Ellipse(1186, 330, 68, 68, (250, 250, 250)))
    p.items.append(Ellipse(1192, 336, 56, 56, (232, 232, 236)))
    p.items.append(Ellipse(1196, 660, 48, 48, (120, 112, 100)))
    # the taskbar
    p.rect(0, 752, 1280, 48, None, (230, 234, 240), 0)
    p.rect(600, 760, 32, 32, None, (0, 120, 212), 0)
    for i in range(5):
        p.rect(644 + i * 42, 762, 28, 28, None, [(240, 180, 40), (60, 160, 80), (200, 60, 60),
                                                  (60, 100, 200), (120, 120, 130)][i], 0)
    year = 2022 + k % 3
    p.text(1260, 772, f"{8 + k % 9}:{(k * 7) % 60:02d}", 10.5, "right", (30, 30, 30),
           line=False)
    p.text(1260, 790, f"{year}/{1 + k % 12}/{1 + k % 28}", 10.5, "right", (30, 30, 30),
           font=MICRO, line=False)
    p.text(40, 780, "在此键入进行搜索", 11, color=(90, 90, 96), font=HEI, line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 36
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round36`.

@layout(LAYOUTS, "id_card.shebaoka_tongye")
def shebaoka_tongye(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                    **_) -> Built:
    """The unit's colour scan of one A4 sheet on which the 人事科 copies the ID card together
    with the 社会保障卡 (the 人社 material lists of many cities ask for 身份证、社保卡复印件
    on one page, the 社保卡 proving the applicant's 参保 at the unit): the office MFP's
    colour copy scanned back at 200 dpi, the 人像面 at the top left and the 国徽面 beside
    it, below them the third-generation 社会保障卡 face (中华人民共和国社会保障卡 with the
    bank's logo strip, 姓名, 社会保障号码 = the ID number, 社会保障卡号, 发卡日期, the chip,
    the photo), the sheet's heading 身份证、社会保障卡复印件, the applicant's signature line
    and a ball-pen note 与原件一致 with the clerk's initials, and the scanner's faint grey
    edge shadow at the right."""
    from ..layout import Ellipse, Line
    from ._common import HEI, MICRO, PEN, other_people

    k = int(id_number[-5:-1]) + seed
    p = Page(595.0, 842.0, background=(252, 252, 250), font=MICRO)
    p.rect(585, 0, 10, 842, None, (214, 214, 212), 0)
    p.text(297, 60, "身份证、社会保障卡复印件", 18, "center", (30, 30, 30), font=HEI,
           line=False)
    p.text(297, 84, "（正反面复印于同一页，A4纸，字迹清晰）", 10, "center", (90, 90, 90),
           line=False)
    # the two ID sides, at 1.1
    s = 1.1
    cw, ch = 243 * s, 153 * s
    fx, fy = 22.0, 110.0
    p.rect(fx, fy, cw, ch, None, (226, 234, 232), 0)
    p.rect(fx + 6 * s, fy + 6 * s, 231 * s, 141 * s, (190, 210, 215), (226, 238, 240), 0.5)
    _scaled_face(p, fx, fy, s, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
                 address=address, id_number=id_number, ground=(226, 238, 240))
    bx = fx + cw + 12
    p.rect(bx, fy, cw, ch, None, (232, 240, 236), 0)
    p.rect(bx + 6 * s, fy + 6 * s, 231 * s, 141 * s, (190, 210, 215), (232, 240, 236), 0.5)
    p.items.append(Ellipse(bx + 14 * s, fy + 14 * s, 40 * s, 40 * s, (214, 60, 50)))
    p.text(bx + 140 * s, fy + 44 * s, "中华人民共和国", 12 * s, "center", (30, 30, 30),
           line=False)
    p.text(bx + 140 * s, fy + 72 * s, "居 民 身 份 证", 14 * s, "center", (30, 30, 30),
           font=HEI, line=False)
    issued_year = 2015 + int(id_number[14:16]) % 6
    md = birth[5:].replace("-", ".")
    branch = "柳北" if int(id_number[-3]) % 2 else "城中"
    p.text(bx + 40 * s, fy + 110 * s, f"签发机关  柳州市公安局{branch}分局", 8 * s,
           color=(30, 30, 30), line=False)
    p.text(bx + 40 * s, fy + 128 * s, f"有效期限  {issued_year}.{md}-{issued_year + 20}.{md}",
           8 * s, color=(30, 30, 30), line=False)
    # the 社会保障卡, at 1.4 so its small print survives the copy
    s2 = 1.4
    sx, sy, sw, sh = 22.0, 320.0, 243 * s2, 153 * s2
    p.rect(sx, sy, sw, sh, None, (232, 240, 250), 0)
    p.rect(sx, sy, sw, 34 * s2, None, (40, 110, 190), 0)
    p.text(sx + 10 * s2, sy + 23 * s2, "中华人民共和国社会保障卡", 12 * s2, color=(255, 255, 255),
           font=HEI, line=False)
    bank = ("中国工商银行", "中国建设银行", "中国农业银行", "柳州银行")[k % 4]
    p.text(sx + sw - 8 * s2, sy + 23 * s2, bank, 7.5 * s2, "right", (255, 255, 255),
           line=False)
    p.rect(sx + 14 * s2, sy + 48 * s2, 34 * s2, 26 * s2, (150, 120, 40), (214, 184, 96),
           0.8)  # the chip
    p.items.append(Line(sx + 31 * s2, sy + 48 * s2, sx + 31 * s2, sy + 74 * s2, 0.6,
                        (150, 120, 40)))
    fs = 8.5 * s2
    p.row([(sx + 14 * s2, "姓名", sy + 96 * s2), (sx + 64 * s2, name, sy + 96 * s2)], fs)
    p.row([(sx + 14 * s2, "社会保障号码", sy + 114 * s2), (sx + 78 * s2, id_number, sy + 114 * s2)],
          fs)
    card_no = f"{'MA' if k % 2 else 'GX'}{(k * 7919) % 10000000:07d}"
    p.text(sx + 14 * s2, sy + 132 * s2, f"社会保障卡号  {card_no}", fs, color=(30, 30, 30),
           line=False)
    p.text(sx + 14 * s2, sy + 146 * s2, f"发卡日期  {2019 + k % 5}年{1 + k % 12}月", 7 * s2,
           color=(30, 30, 30), line=False)
    p.photo(sx + 178 * s2, sy + 44 * s2, 52 * s2, 66 * s2, bg=(232, 238, 246))
    # the 社保卡's back at the right, smaller: the 注意事项 and the bank's strip
    tx, ty = sx + sw + 16, sy
    tw, th = 595 - 10 - tx - 16, sh
    p.rect(tx, ty, tw, th, None, (240, 244, 248), 0)
    p.rect(tx, ty + 18, tw, 26, None, (40, 40, 44), 0)
    for i, t in enumerate(("1. 本卡为持卡人享受社会保障待遇的凭证；", "2. 本卡仅限本人使用，",
                           "   不得转借、出租；", "3. 遗失请及时挂失。",
                           f"服务电话 12333 / {95500 + k % 90}")):
        p.text(tx + 8, ty + 66 + i * 18, t, 8.5, color=(60, 60, 60), line=False)
    # the sheet's foot: the signature and the clerk's note
    other = other_people(f"{id_number}:sb", 1)[0][0]
    p.text(60, 640, "本人签名：", 13, color=(30, 30, 30), line=False)
    p.text(140, 642, name, 20, color=PEN, font=KAI, line=False)
    p.hline(130, 300, 648, 0.6)
    p.text(330, 640, "日期：", 13, color=(30, 30, 30), line=False)
    p.text(376, 642, f"{2022 + k % 3}.{1 + k % 12}.{1 + k % 27}", 15, color=PEN, font=KAI,
           line=False)
    p.text(330, 720, "与原件一致", 20, color=PEN, font=KAI, line=False)
    p.text(440, 746, f"核：{other[0]}", 15, color=PEN, font=KAI, line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 37
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round37`.

@layout(LAYOUTS, "id_card.dingding_renshi_dangan")
def dingding_renshi_dangan(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                           **_) -> Built:
    """A PC screenshot of the 钉钉 desktop client's 智能人事 → 员工档案 page for the
    applicant (units on 钉钉 keep each employee's 证件照片 in the 个人信息 tab; when the 职称
    申报系统 asks for the ID card, the HR clerk screenshots the record instead of asking the
    person again): the client's title bar and left rail (消息, 文档, 工作台, 通讯录), the 智能
    人事 app's menu (花名册, 员工档案, 入转调离, 合同管理), a 花名册 list with colleagues and the
    holder selected, the record's tabs (个人信息 / 岗位信息 / 合同 / 材料附件), its fields
    (姓名, 性别, 民族, 出生日期, 证件类型 居民身份证, 证件号码, 户籍地址, 工号, 部门, 入职日期),
    and the 证件照片 block with the 人像面 and 国徽面 images at full size, each captioned with
    its file name and 上传于 date, and the 编辑 / 导出 buttons."""
    from ..layout import Ellipse, Line
    from ._common import HEI, MICRO, other_people

    k = int(id_number[-5:-1]) + seed
    p = Page(1366.0, 860.0, background=(245, 246, 248), font=MICRO)
    dark, grey, blue = (31, 35, 41), (128, 134, 144), (0, 122, 255)
    p.rect(0, 0, 1366, 32, None, (232, 234, 238), 0)
    p.text(16, 22, "钉钉", 12, color=dark, font=HEI, line=False)
    p.text(1350, 22, "—    □    ×", 12, "right", grey, line=False)
    p.rect(0, 32, 64, 828, None, (40, 44, 52), 0)
    for i, t in enumerate(("消息", "文档", "工作台", "通讯录")):
        p.items.append(Ellipse(20, 62 + i * 70, 24, 24, blue if i == 2 else (120, 124, 132)))
        p.text(32, 104 + i * 70, t, 9.5, "center", (220, 222, 226), line=False)
    # the app's menu
    p.rect(64, 32, 150, 828, None, (255, 255, 255), 0)
    p.text(84, 70, "智能人事", 14, color=dark, font=HEI, line=False)
    for i, t in enumerate(("花名册", "员工档案", "入转调离", "合同管理", "假勤统计", "人事报表")):
        if i == 1:
            p.rect(72, 90 + i * 40, 134, 32, None, (230, 242, 255), 0)
        p.text(88, 112 + i * 40, t, 12, color=blue if i == 1 else dark, line=False)
    # the roster list
    p.rect(222, 44, 240, 804, None, (255, 255, 255), 0)
    p.rect(234, 56, 216, 30, (220, 222, 226), (248, 248, 250), 1.0)
    p.text(246, 76, "搜索姓名/工号", 11, color=grey, line=False)
    ppl = [nm for nm, _g, _i in other_people(f"{id_number}:dd", 6)]
    ppl.insert(k % 4 + 1, name)
    for i, nm in enumerate(ppl):
        yy = 104 + i * 56
        if nm == name:
            p.rect(226, yy, 232, 52, None, (230, 242, 255), 0)
        p.items.append(Ellipse(240, yy + 10, 32, 32, (90 + i * 20, 140, 220 - i * 15)))
        p.text(256, yy + 31, nm[-2:], 9.5, "center", (255, 255, 255), line=False)
        p.text(284, yy + 24, nm, 12, color=dark, line=False)
        p.text(284, yy + 42, ("专业技术岗", "管理岗", "工勤岗")[(k + i) % 3], 10, color=grey,
               line=False)
    # the record
    rx = 474.0
    p.rect(rx, 44, 880, 804, None, (255, 255, 255), 0)
    p.text(rx + 24, 84, name, 20, color=dark, font=HEI)
    p.text(rx + 24 + 24 * len(name) + 12, 84, "在职 · 正式", 11, color=(40, 160, 80), line=False)
    p.rect(rx + 740, 62, 56, 28, (220, 222, 226), None, 1.0)
    p.text(rx + 768, 81, "编辑", 11.5, "center", dark, line=False)
    p.rect(rx + 806, 62, 56, 28, None, blue, 0)
    p.text(rx + 834, 81, "导出", 11.5, "center", (255, 255, 255), line=False)
    for i, t in enumerate(("个人信息", "岗位信息", "合同", "材料附件")):
        p.text(rx + 24 + i * 96, 124, t, 12.5, color=blue if i == 0 else dark, line=False)
    p.items.append(Line(rx + 24, 134, rx + 80, 134, 2, blue))
    p.items.append(Line(rx + 24, 136, rx + 856, 136, 0.6, (230, 232, 236)))
    yb, mb, db = birth.split("-")
    fields = [("姓名", name), ("性别", gender), ("民族", ethnicity),
              ("出生日期", f"{yb}-{mb}-{db}"), ("证件类型", "居民身份证"), ("证件号码", id_number),
              ("工号", f"{10000 + k % 9000}"), ("部门", ("业务科", "技术部", "综合办")[k % 3]),
              ("入职日期", f"{2008 + k % 12}-{1 + k % 12:02d}-{1 + k % 27:02d}")]
    for i, (label, value) in enumerate(fields):
        col, rw = i % 3, i // 3
        x, y = rx + 24 + col * 290, 170 + rw * 44
        p.row([(x, label, y), (x + 70, value, y)], 12)
    p.row([(rx + 24, "户籍地址", 302), (rx + 94, address, 302)], 12)
    # the ID photos
    p.text(rx + 24, 350, "证件照片", 13, color=dark, font=HEI, line=False)
    s = 1.55
    cw, ch = 243 * s, 153 * s
    fx, fy = rx + 24, 370.0
    p.rect(fx, fy, cw, ch, None, (226, 234, 232), 0)
    p.rect(fx + 6 * s, fy + 6 * s, 231 * s, 141 * s, (190, 210, 215), (226, 238, 240), 0.5)
    _scaled_face(p, fx, fy, s, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
                 address=address, id_number=id_number, ground=(226, 238, 240))
    bx = fx + cw + 40
    p.rect(bx, fy, cw, ch, None, (232, 240, 236), 0)
    p.rect(bx + 6 * s, fy + 6 * s, 231 * s, 141 * s, (190, 210, 215), (232, 240, 236), 0.5)
    p.items.append(Ellipse(bx + 14 * s, fy + 14 * s, 40 * s, 40 * s, (214, 60, 50)))
    p.text(bx + 140 * s, fy + 44 * s, "中华人民共和国", 12 * s, "center", (30, 30, 30),
           line=False)
    p.text(bx + 140 * s, fy + 72 * s, "居 民 身 份 证", 14 * s, "center", (30, 30, 30),
           font=HEI, line=False)
    issued_year = 2015 + int(id_number[14:16]) % 6
    md = birth[5:].replace("-", ".")
    branch = "柳北" if int(id_number[-3]) % 2 else "城中"
    p.text(bx + 40 * s, fy + 110 * s, f"签发机关  柳州市公安局{branch}分局", 8 * s,
           color=(30, 30, 30), line=False)
    p.text(bx + 40 * s, fy + 128 * s, f"有效期限  {issued_year}.{md}-{issued_year + 20}.{md}",
           8 * s, color=(30, 30, 30), line=False)
    up = f"{2019 + k % 5}-{1 + k % 12:02d}-{1 + k % 27:02d}"
    for x, t in ((fx, "身份证人像面.jpg"), (bx, "身份证国徽面.jpg")):
        p.text(x, fy + ch + 24, f"{t}    上传于 {up}", 11, color=grey, line=False)
    p.text(rx + 24, 820, "仅人事管理员可见 · 查看记录已留痕", 10.5, color=grey, line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 38
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round38`.

@layout(LAYOUTS, "id_card.zizhu_fuyinji", grayscale_copy=True)
def zizhu_fuyinji(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                  **_) -> Built:
    """The A4 sheet printed by a 政务服务大厅's 自助身份证复印机 (the kiosk reads the card on its
    reader, the user picks a 用途 on the touch screen and it prints both sides at 1 : 1 in
    black and white with the chosen 用途 across them; applicants then scan or photograph the
    sheet for the upload): the kiosk's printed header 居民身份证复印件 with its 流水号, the
    人像面 above the 国徽面 in the laser printer's greys, the 用途 line 仅供职称申报使用
    再复印无效 printed across each side in outline grey, the 声明 line under them, and the
    footer the kiosk adds (打印时间, 终端编号, 打印地点 …政务服务中心 一楼自助区, a QR code
    square with 扫码核验 and 本复印件由自助设备生成，不作为身份凭证原件)."""
    from ._common import MICRO

    k = int(id_number[-5:-1]) + seed
    p = Page(*A4, background=(250, 250, 248), font=MICRO)
    dark, grey = (40, 40, 40), (120, 120, 120)
    p.text(297, 62, "居民身份证复印件", 16, "center", dark, line=False)
    p.text(545, 86, f"流水号：ZZ{20230000 + k * 17 % 999999:08d}", 9, "right", grey,
           line=False)
    p.hline(50, 545, 94, 0.6)
    ox, oy = 176.0, 140.0
    _fz24_face(p, ox, oy, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
               address=address, id_number=id_number)
    _fz24_back(p, ox, oy + 200, birth, id_number)
    for y in (oy + 70, oy + 270):
        p.watermark(ox + 122, y, "仅供职称申报使用  再复印无效", 13, 12, (150, 150, 150), 0.3)
    p.text(297, oy + 400, "本人声明：以上复印件与本人居民身份证原件一致。", 11, "center", dark,
           line=False)
    p.text(ox + 150, oy + 432, "签名：", 11, color=dark, line=False)
    # the kiosk's footer
    p.hline(50, 545, 700, 0.6)
    year = 2021 + k % 5
    when = f"{year}-{1 + k % 12:02d}-{1 + k % 27:02d} {8 + k % 9:02d}:{k % 60:02d}:{k * 7 % 60:02d}"
    p.text(50, 724, f"打印时间：{when}", 9.5, color=dark, line=False)
    p.text(50, 744, f"终端编号：ZW-ZZFY-{k % 90 + 10:03d}", 9.5, color=dark, line=False)
    p.text(50, 764, "打印地点：柳州市政务服务中心 一楼自助服务区", 9.5, color=dark, line=False)
    p.text(50, 790, "本复印件由自助设备生成，不作为身份凭证原件使用。", 8.5, color=grey, line=False)
    qx, qy = 480.0, 712.0
    p.rect(qx, qy, 60, 60, dark, (250, 250, 248), 1.0)
    for i in range(36):
        h = (k * 31 + i * 57) % 100
        if h % 3:
            p.rect(qx + 6 + (i % 6) * 8, qy + 6 + (i // 6) * 8, 7, 7, None, dark, 0)
    p.text(qx + 30, qy + 74, "扫码核验", 8.5, "center", grey, line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 39
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round39`.

@layout(LAYOUTS, "id_card.meitu_pintu_bianji")
def meitu_pintu_bianji(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                       **_) -> Built:
    """A phone screenshot of a photo-editing app's 拼图 editor (美图秀秀-style) with the two
    phone photos of the ID card joined one above the other (申报系统 takes one image for the
    身份证, so applicants join the 人像面 and 国徽面 in a collage app and sometimes upload the
    editor's screenshot instead of the saved picture): the status bar, the top bar (‹ back,
    拼图, 保存 in the app's pink), the collage on its white 边框 with rounded corners, the two
    photos (each card on a different table cloth, a little off square in its cell: the
    人像面 with 姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码 and the photo, the 国徽面 with
    中华人民共和国 居民身份证, 签发机关 and 有效期限), the app's faint watermark in the corner, the
    template strip of thumbnails, and the bottom tabs (模板, 海报, 自由, 拼接 selected, 边框)."""
    from ..layout import Ellipse, Line

    k = int(id_number[-5:-1]) + seed
    p = Page(720.0, 1560.0, background=(246, 246, 248))
    dark, grey, pink = (30, 30, 34), (140, 140, 146), (255, 72, 120)
    p.text(40, 44, f"{10 + k % 12}:{k * 7 % 60:02d}", 20, color=dark, line=False)
    p.text(680, 44, "4G  62%", 17, "right", dark, line=False)
    p.text(36, 118, "<", 30, color=dark, line=False)
    p.text(360, 118, "拼图", 22, "center", dark, line=False)
    p.rect(588, 92, 104, 40, None, pink, 0)
    p.text(640, 119, "保存", 18, "center", (255, 255, 255), line=False)
    # the collage
    cx, cy, cw, ch = 40.0, 170.0, 640.0, 860.0
    p.rect(cx, cy, cw, ch, (230, 230, 234), (255, 255, 255), 1.0)
    s = 2.3
    cards = [((196, 178, 150), 0), ((150, 170, 190), 1)]
    for j, (cloth, side) in enumerate(cards):
        gx, gy, gw, gh = cx + 16, cy + 16 + j * 422, cw - 32, 406.0
        p.rect(gx, gy, gw, gh, None, cloth, 0)
        ox = gx + (gw - 243 * s) / 2 + (6 if j else -4)
        oy = gy + (gh - 153 * s) / 2 + (4 if j else -2)
        p.rect(ox + 5, oy + 7, 243 * s, 153 * s, None, (90, 80, 70), 0)
        p.rect(ox, oy, 243 * s, 153 * s, None, (226, 234, 232), 0)
        p.rect(ox + 6 * s, oy + 6 * s, 231 * s, 141 * s, (196, 210, 212), (230, 238, 236), 0.8)
        if side == 0:
            _scaled_face(p, ox, oy, s, name=name, gender=gender, ethnicity=ethnicity,
                         birth=birth, address=address, id_number=id_number,
                         ground=(230, 238, 236))
        else:
            p.items.append(Ellipse(ox + 18 * s, oy + 16 * s, 40 * s, 40 * s, (210, 60, 50)))
            p.items.append(Ellipse(ox + 28 * s, oy + 26 * s, 20 * s, 20 * s, (240, 200, 60)))
            p.text(ox + 140 * s, oy + 46 * s, "中华人民共和国", 13 * s, "center", dark)
            p.text(ox + 140 * s, oy + 78 * s, "居 民 身 份 证", 15 * s, "center", dark)
            issued_year = 2015 + int(id_number[14:16]) % 6
            md = birth[5:].replace("-", ".")
            bureau = f"柳州市公安局{'柳北' if int(id_number[-3]) % 2 else '城中'}分局"
            p.row([(ox + 40 * s, "签发机关", oy + 112 * s), (ox + 90 * s, bureau, oy + 112 * s)],
                  8 * s)
            p.row([(ox + 40 * s, "有效期限", oy + 130 * s),
                   (ox + 90 * s, f"{issued_year}.{md}-{issued_year + 20}.{md}", oy + 130 * s)],
                  8 * s)
    p.watermark(cx + cw - 70, cy + ch - 20, "美图秀秀", 14, 0, (255, 255, 255), 0.7)
    # the template strip
    p.rect(0, 1200, 720, 360, None, (255, 255, 255), 0)
    for i in range(5):
        tx = 30 + i * 136
        p.rect(tx, 1230, 116, 150, pink if i == 1 else (220, 220, 224), (242, 242, 244),
               2.0 if i == 1 else 1.0)
        if i == 1:
            p.items.append(Line(tx + 6, 1305, tx + 110, 1305, 1.2, (200, 200, 206)))
        else:
            p.items.append(Line(tx + 58, 1236, tx + 58, 1374, 1.2, (200, 200, 206)))
    p.text(640, 1420, "边框", 16, "right", grey, line=False)
    for i, t in enumerate(("模板", "海报", "自由", "拼接")):
        p.text(90 + i * 150, 1500, t, 19, "center", pink if t == "拼接" else grey, line=False)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))


# --------------------------------------------------------------------------- round 40
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round40`.

@layout(LAYOUTS, "id_card.hukoubu_shang_paizhao")
def hukoubu_shang_paizhao(*, name, gender, ethnicity, birth, address, id_number, seed=0,
                          **_) -> Built:
    """A phone photo of the ID card's 人像面 lying on the open 居民户口簿 (people keep the two
    together and photograph the card where it lies when the 申报系统 asks for 身份证): the
    户口簿's pale blue-green 常住人口登记卡 page with its ruled grid and printed labels (姓名,
    户主或与户主关系, 曾用名, 性别, 出生地, 民族, 籍贯, 出生日期, 宗教信仰, 文化程度, 婚姻状况,
    兵役状况, 服务处所, 职业), the printed values in the cells the card leaves bare, the
    户口登记机关's 户口专用章 at the foot, the card
    (姓名, 性别, 民族, 出生, 住址, 公民身份号码, the photo) a little askew with its shadow, and
    the table's edge at the bottom."""
    from ..layout import Line

    k = int(id_number[-5:-1]) + seed
    p = Page(1100.0, 1300.0, background=(120, 96, 72))
    grid_c, label_c = (150, 176, 170), (60, 110, 100)
    hx, hy, hw, hh = 60.0, 50.0, 980.0, 1160.0
    p.rect(hx + 6, hy + 8, hw, hh, None, (80, 62, 46), 0)
    p.rect(hx, hy, hw, hh, None, (226, 238, 232), 0)
    p.text(hx + hw / 2, hy + 60, "常住人口登记卡", 28, "center", label_c, line=False)
    labels = [("姓名", "户主或与户主关系"), ("曾用名", "性别"), ("出生地", "民族"),
              ("籍贯", "出生日期"), ("本市（县）其他住址", "宗教信仰"),
              ("公民身份证件编号", "身高"), ("文化程度", "婚姻状况"), ("兵役状况", "血型"),
              ("服务处所", "职业"), ("何时由何地迁来本市（县）", ""),
              ("何时由何地迁来本址", ""), ("登记日期", "承办人签章")]
    gx, gy, rh = hx + 40, hy + 100, 84.0
    for i, (a, b) in enumerate(labels):
        yy = gy + i * rh
        p.items.append(Line(gx, yy, hx + hw - 40, yy, 1.0, grid_c))
        p.text(gx + 10, yy + 46, a, 16, color=label_c, line=False)
        if b:
            p.items.append(Line(gx + 450, yy, gx + 450, yy + rh, 1.0, grid_c))
            p.text(gx + 460, yy + 46, b, 16, color=label_c, line=False)
    p.items.append(Line(gx, gy + 12 * rh, hx + hw - 40, gy + 12 * rh, 1.0, grid_c))
    vals = {(0, 0): name, (0, 1): "户主" if k % 2 else "妻", (1, 1): gender,
            (8, 0): f"柳州市{'第二' if k % 3 else '第一'}中学", (8, 1): "教师",
            (11, 0): f"{2008 + k % 10}.{1 + k % 12:02d}.{1 + k % 27:02d}"}
    for (r, c), v in vals.items():
        p.text(gx + (150 if c == 0 else 640), gy + r * rh + 50, v, 18, color=(40, 40, 44),
               line=False)
    p.rect(gx, gy, hw - 80, 12 * rh, grid_c, None, 1.4)
    p.seal(hx + hw - 200, gy + 11 * rh + 10, 150,
           f"{'柳州市公安局' if k % 2 else '南宁市公安局'}{'城中' if k % 3 else '青秀'}派出所",
           bottom="户口专用章", seed=k, **ink(seed + 1))
    # the card, askew, over the grid
    s = 3.1
    ox, oy = hx + 80 + k % 30, gy + 2.2 * rh
    p.rect(ox + 8, oy + 10, 243 * s, 153 * s, None, (150, 164, 160), 0)
    p.rect(ox, oy, 243 * s, 153 * s, None, (226, 234, 232), 0)
    p.rect(ox + 6 * s, oy + 6 * s, 231 * s, 141 * s, (196, 210, 212), (230, 238, 236), 0.8)
    _scaled_face(p, ox, oy, s, name=name, gender=gender, ethnicity=ethnicity, birth=birth,
                 address=address, id_number=id_number, ground=(230, 238, 236))
    p.rect(0, 1250, 1100, 50, None, (90, 70, 52), 0)
    return Built("id_card", [p], _fields(name, gender, birth, id_number))
