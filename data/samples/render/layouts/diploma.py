"""Graduation certificates (毕业证书): 普通高等学校, 研究生, label grid, 成人高等教育,
高等教育自学考试 and bilingual forms."""

from __future__ import annotations

from .. import documents as D
from ..layout import Line, Rect, Text
from ._common import (
    A4,
    A4_LANDSCAPE,
    HEI,
    KAI,
    MICRO,
    MING,
    Built,
    Page,
    cn,
    cn_upper,
    dotted,
    first_day,
    frame,
    grid,
    ink,
    layout,
    month_end,
    text_width,
    ym,
)

LAYOUTS: dict = {}
UNDERGRAD = ("本科", "专科")
GRADUATE = ("硕士研究生", "博士研究生")
STUDY = {"本科": "本科", "专科": "专科", "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}
SHORT = {"本科": "本科", "专科": "专科", "硕士研究生": "硕士", "博士研究生": "博士"}
EN_LEVEL = {"本科": "undergraduate", "专科": "junior college", "硕士研究生": "master's degree",
            "博士研究生": "doctoral"}
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def _fields(name, gender, birth, school, major, level, start, end, number):
    return {"name": name, "gender": gender, "birth_date": birth, "school": school,
            "major": major, "level": level, "start": ym(start) if start else None,
            "end": ym(end), "diploma_number": number}


def _years(years):
    return D.YEARS_CN.get(years, str(years))


layout(LAYOUTS, "diploma.classic")(D.diploma)


@layout(LAYOUTS, "diploma.bk_portrait", accepts=lambda a: a["level"] in UNDERGRAD,
        cn_dates=False)
def bk_portrait(*, name, gender, birth, school, major, level, start, end, years, number,
                president, issued_on, seed=0, **_) -> Built:
    """Portrait 普通高等学校毕业证书: school name large at the top, dates in Chinese numerals."""
    p = Page(*A4, background=(250, 246, 236), font=MING)
    frame(p, (120, 30, 35), 20, 28, 2.2)
    p.text(297, 112, school, 30, "center", (120, 30, 35))
    p.text(297, 160, "毕 业 证 书", 26, "center", (120, 30, 35))
    p.photo(248, 190, 98, 130)
    body = (f"学生{name}，性别{gender}，{cn_upper(birth)}生，于{cn_upper(start)}至"
            f"{cn_upper(end)}在本校{major}专业{_years(years)}年制{STUDY[level]}学习，"
            "修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = p.wrapped(80, 372, body, 435, 15, 30, first_indent=30)
    p.text(330, y + 56, f"校（院）长：{president}", 14)
    p.text(330, y + 90, cn_upper(issued_on), 14)
    p.text(80, 770, f"证书编号：{number}", 12)
    p.text(80, 792, "查询网址：http://www.chsi.com.cn", 9, line=True)
    p.seal(250, y + 70, 110, school, seed=seed, **ink(seed))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.yjs_prose", accepts=lambda a: a["level"] in GRADUATE)
def yjs_prose(*, name, gender, birth, school, major, level, start, end, years, number,
              president, issued_on, seed=0, **_) -> Built:
    """研究生毕业证书: the school large at the top, then 研究生毕业证书 and 硕士研究生 headings
    above the prose (a heading is not the holder's name)."""
    p = Page(*A4_LANDSCAPE, background=(246, 248, 240), font=KAI)
    frame(p, (20, 90, 60), 16, 24, 2.5)
    p.text(421, 74, school, 34, "center", (20, 90, 60))
    p.text(421, 118, "研 究 生 毕 业 证 书", 24, "center", (20, 90, 60))
    p.text(421, 148, SHORT[level] + "研究生", 15, "center")
    p.photo(96, 180, 100, 134)
    body = (f"研究生 {name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在我校"
            f"{major}专业学习，学制{_years(years)}年，修完{STUDY[level]}培养计划规定的全部课程，"
            "成绩合格，毕业论文答辩通过，准予毕业。")
    y = p.wrapped(236, 200, body, 520, 16, 32, first_indent=32)
    p.text(520, max(y + 50, 420), f"校长：{president}", 15)
    p.text(520, max(y + 84, 454), cn(issued_on), 15)
    p.text(96, 350, "证书编号", 12)
    p.text(96, 370, number, 12)
    p.seal(590, max(y + 66, 436), 108, school, seed=seed, **ink(seed + 1))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.yjs_grid", accepts=lambda a: a["level"] in GRADUATE)
def yjs_grid(*, name, gender, birth, school, major, level, start, end, years, number,
             president, issued_on, seed=0, **_) -> Built:
    """研究生 certificate with a label grid; the name is printed after (right of) the photo."""
    p = Page(*A4, font=MICRO, background=(252, 252, 247))
    frame(p, (40, 60, 120), 18, 24, 1.8)
    p.text(297, 96, f"{school}", 26, "center", (40, 60, 120))
    p.text(297, 134, "研究生毕业证书", 20, "center", (40, 60, 120))
    p.photo(70, 170, 100, 134)
    p.text(200, 200, name, 22)
    p.text(200, 232, f"{SHORT[level]}研究生", 13)
    y = grid(p, 70, 330, [100, 355], [
        ["姓名", name], ["性别", gender], ["出生日期", cn(birth)], ["专业", major],
        ["学习形式", "全日制"], ["学制", f"{years}年"], ["层次", STUDY[level]],
        ["入学日期", cn(start)], ["毕业日期", cn(end)], ["证书编号", number]], 30, 12)
    p.text(300, y + 50, f"培养单位：{school}", 13)
    p.text(300, y + 80, f"校长：{president}", 13)
    p.text(300, y + 110, cn(issued_on), 13)
    p.seal(420, y + 80, 104, school, seed=seed, **ink(seed + 2))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.grid")
def label_grid(*, name, gender, birth, school, major, level, start, end, years, number,
               president, issued_on, seed=0, **_) -> Built:
    """Landscape label grid (姓名/性别/出生日期/专业/学制/层次/证书编号), photo at the right."""
    p = Page(*A4_LANDSCAPE, background=(255, 253, 248))
    frame(p, (150, 110, 40), 16, 22, 2.0)
    p.text(421, 76, f"{school}", 22, "center")
    p.text(421, 116, "毕业证书", 30, "center", (150, 40, 40))
    y = grid(p, 80, 150, [110, 240, 100, 130], [
        ["姓    名", name, "性    别", gender],
        ["出生日期", cn(birth), "学    制", f"{years}年"],
        ["专    业", major, "层    次", STUDY[level]],
        ["入学时间", cn(start), "毕业时间", cn(end)],
        ["证书编号", number, "", ""]], 34, 13)
    p.photo(682, 150, 90, 120)
    p.text(110, y + 44, "该生在本校完成了教学计划规定的全部课程，成绩合格，准予毕业。", 14)
    p.text(560, y + 100, f"校长：{president}", 14)
    p.text(560, y + 132, cn(issued_on), 14)
    p.seal(620, y + 110, 104, school, seed=seed, **ink(seed + 3))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.chengren", accepts=lambda a: a["level"] in UNDERGRAD,
        schooling="5")
def chengren(*, name, gender, birth, school, major, level, start, end, years, number,
             president, issued_on, seed=0, **_) -> Built:
    """成人高等教育毕业证书 (函授): 办学类型 digit 5 in the number."""
    p = Page(*A4_LANDSCAPE, background=(248, 244, 232), font=MING)
    frame(p, (110, 50, 30), 18, 26, 2.4)
    p.text(421, 72, "成人高等教育", 16, "center", (110, 50, 30))
    p.text(421, 118, "毕  业  证  书", 34, "center", (110, 50, 30))
    p.photo(600, 170, 96, 128)
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业（函授）{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部"
            "课程，成绩合格，准予毕业。")
    y = p.wrapped(110, 192, body, 450, 16, 30, first_indent=32)
    p.text(110, max(y + 40, 400), f"学校名称：{school}", 15)
    p.text(110, max(y + 72, 432), f"校（院）长：{president}", 15)
    p.text(560, 500, cn(issued_on), 15)
    p.text(110, 540, f"证书编号：{number}", 13)
    p.seal(230, max(y + 50, 410), 104, school, seed=seed, **ink(seed + 4))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.zikao", accepts=lambda a: a["level"] in UNDERGRAD, schooling="6")
def zikao(*, name, gender, birth, school, major, level, start, end, years, number, president,
          issued_on, seed=0, **_) -> Built:
    """高等教育自学考试毕业证书: no study period (only the graduation date), the 主考学校 and the
    provincial committee; 办学类型 digit 6."""
    committee = "广西壮族自治区高等教育自学考试委员会"
    p = Page(*A4, background=(246, 249, 252), font=KAI)
    frame(p, (30, 80, 130), 20, 28, 2.0)
    p.text(297, 100, "高等教育自学考试", 18, "center", (30, 80, 130))
    p.text(297, 146, "毕业证书", 32, "center", (30, 80, 130))
    p.photo(70, 190, 96, 128)
    p.row([(200, "姓名", 214), (260, name, 214)], 14)
    p.row([(200, "性别", 244), (260, gender, 244)], 14)
    p.row([(200, "出生", 274), (260, cn(birth), 274)], 14)
    body = (f"参加高等教育自学考试{major}专业（{STUDY[level]}）学习，考完全部课程，成绩合格，"
            "经审定，准予毕业。")
    y = p.wrapped(70, 370, body, 455, 15, 30, first_indent=30)
    p.text(70, y + 20, f"毕业时间：{cn(end)}", 14)
    p.text(70, y + 50, f"主考学校：{school}", 14)
    p.text(70, y + 80, f"证书编号：{number}", 14)
    p.text(330, y + 170, committee[:10], 13)
    p.text(330, y + 192, committee[10:], 13)
    p.text(330, y + 222, cn(issued_on), 13)
    p.seal(180, y + 170, 100, school, seed=seed, **ink(seed))
    p.seal(420, y + 196, 112, committee, seed=seed + 7, **ink(seed + 1))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, None, end,
                                         number), seal=school)


def _en_date(d: str) -> str:
    parts = d.split("-")
    out = f"{EN_MONTH[int(parts[1]) - 1]} {int(parts[2])}, " if len(parts) > 2 else \
        f"{EN_MONTH[int(parts[1]) - 1]} "
    return out + parts[0]


@layout(LAYOUTS, "diploma.bilingual")
def bilingual(*, name, gender, birth, school, major, level, start, end, years, number,
              president, issued_on, seed=0, **_) -> Built:
    """Chinese-English certificate: Chinese prose, then the English text below it."""
    p = Page(*A4, background=(253, 252, 248))
    frame(p, (60, 60, 60), 18, 24, 1.4)
    p.text(297, 84, "毕业证书", 28, "center")
    p.text(297, 112, "DIPLOMA", 16, "center")
    p.photo(440, 140, 84, 112)
    body = (f"学生{name}，{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在{school}{major}专业"
            f"{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = p.wrapped(70, 290, body, 455, 13, 26, first_indent=26)
    he = "he" if gender == "男" else "she"
    en = (f"This is to certify that {name}, born on {_en_date(birth)}, studied in the "
          f"{years}-year {EN_LEVEL[level]} program of {major} at {school} from "
          f"{_en_date(start)} to {_en_date(end)}, and {he} has completed all the required "
          "courses and is hereby granted graduation.")
    y = p.wrapped(70, y + 20, en, 455, 11, 20)
    p.text(70, y + 40, f"校长 President：{president}", 12)
    p.text(70, y + 66, f"日期 Date：{cn(issued_on)}", 12)
    p.text(70, y + 92, f"证书编号 Certificate No.：{number}", 12)
    p.seal(420, y + 60, 104, school, seed=seed, **ink(seed + 2))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- fresh (round 2)
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as `fresh`.

def _code(key: str, n: int) -> str:
    """A verification code as 学信网 prints it: n characters without 0/O/1/I."""
    import hashlib

    digest = hashlib.sha256(key.encode()).digest()
    return "".join("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[b % 32] for b in digest[:n])


def _zp(d: str) -> str:
    """"2008-09-01" -> "2008年09月01日" (zero-padded, as 学信网 printouts show dates)."""
    parts = d.split("-")
    out = f"{parts[0]}年{parts[1]}月"
    return out + (f"{parts[2]}日" if len(parts) > 2 else "")


@layout(LAYOUTS, "diploma.xuexin_record", cn_dates=False)
def xuexin_record(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """《教育部学历证书电子注册备案表》 as printed from 学信网 (chsi.com.cn): a two-column
    label table with zero-padded dates (2008年09月01日), 学历类别 / 学习形式 rows, 在线验证码
    and 更新日期; no school seal, only the printed QR code box."""
    p = Page(*A4, font=MICRO, background=(255, 255, 255))
    p.rect(0, 0, 595, 8, None, (0, 110, 180), 0)
    p.text(297, 70, "教育部学历证书电子注册备案表", 20, "center")
    upd = f"{2020 + seed % 4}年{1 + seed % 12:02d}月{1 + seed % 27:02d}日"
    code = _code(f"{seed}:{number}", 16)
    p.row([(60, f"更新日期：{upd}", 100), (330, f"在线验证码：{code}", 100)], 10)
    p.photo(445, 125, 90, 120, bg=(235, 238, 242))
    y = grid(p, 60, 125, [90, 285], [
        ["姓名", name], ["性别", gender], ["出生日期", _zp(birth)], ["证件类型", "居民身份证"]],
        30, 11, align_left=True)
    y = grid(p, 60, y, [90, 385], [
        ["院校名称", school], ["层次", STUDY[level]], ["专业", major],
        ["学制", f"{years}年"], ["学历类别", "普通高等教育"], ["学习形式", "普通全日制"],
        ["入学日期", _zp(first_day(start))], ["毕（结）业日期", _zp(month_end(end))],
        ["校（院）长姓名", president], ["毕（结）业", "毕业"], ["证书编号", number]],
        30, 11, align_left=True)
    p.rect(60, y + 30, 96, 96, (40, 40, 40), None, 1.0)
    for i in range(6):
        for j in range(6):
            if (seed >> (i * 6 + j) % 20) & 1 or (i + j) % 3 == 0:
                p.rect(68 + i * 13.5, y + 38 + j * 13.5, 11, 11, None, (30, 30, 30), 0)
    notes = ["说明：",
             "1. 本《备案表》依据电子注册的学历信息生成，仅对学历证书的电子注册信息进行备案。",
             "2. 本《备案表》在线验证有效期内，可登录学信网（www.chsi.com.cn）输入在线验证码查询。",
             "3. 本《备案表》的真伪，请以学信网在线验证结果为准。"]
    yy = y + 40
    for line in notes:
        yy = p.wrapped(180, yy, line, 355, 9.5, 15) + 4
    p.text(297, 800, "全国高等学校学生信息咨询与就业指导中心", 10, "center", (90, 90, 90))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=None)


@layout(LAYOUTS, "diploma.fill_in_booklet")
def fill_in_booklet(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """The opened hard-cover 毕业证书 booklet of the 2000s: the left leaf carries the photo
    (the embossed steel seal, pale, over its corner) and the 证书编号; the right leaf is a
    pre-printed sentence in 楷体 whose blanks were filled in by printer, values underlined
    and spaced (学生 张三 ，性别 男 ，1988 年 3 月 12 日生)."""
    p = Page(*A4_LANDSCAPE, background=(247, 240, 224), font=KAI)
    p.rect(20, 20, 802, 555, (140, 28, 32), None, 2.4)
    p.items.append(Line(421, 30, 421, 565, 0.8, (170, 150, 120)))
    p.text(210, 90, "毕 业 证 书", 26, "center", (140, 28, 32))
    p.photo(160, 140, 100, 134)
    p.seal(250, 270, 80, school, seed=seed, color=(170, 160, 150), strength=0.45)
    p.text(210, 480, "证书编号", 12, "center")
    p.text(210, 504, number, 13, "center", font=HEI)

    def fill(y, parts):
        x = 460
        for txt, filled in parts:
            font = HEI if filled else KAI
            w = text_width(txt, 15, font)
            if filled:
                p.hline(x - 3, x + w + 3, y + 4, 0.6)
            p.items.append(Text(x, y, txt, 15, "left", (20, 20, 20), font))
            x += w + (6 if filled else 2)
        p.lines.append("".join(t for t, _f in parts))

    by, bm, bd = (int(v) for v in birth.split("-"))
    sy, sm = (int(v) for v in start.split("-")[:2])
    ey, em = (int(v) for v in end.split("-")[:2])
    fill(110, [("学生", False), (name, True), ("，性别", False), (gender, True), ("，", False)])
    fill(145, [(f"{by} 年 {bm} 月 {bd} 日", True), ("生，于", False)])
    fill(180, [(f"{sy} 年 {sm} 月", True), ("至", False), (f"{ey} 年 {em} 月", True),
               ("在本校", False)])
    fill(215, [(major, True), ("专业", False)])
    fill(250, [(_years(years), True), ("年制", False), (STUDY[level], True), ("学习，修完", False)])
    fill(285, [("教学计划规定的全部课程，成绩合格，准予毕业。", False)])
    p.text(470, 380, f"学校名称：{school}", 14)
    p.text(470, 414, f"校    长：{president}", 14)
    iy, im, idd = (int(v) for v in issued_on.split("-"))
    p.text(600, 470, f"{iy} 年 {im} 月 {idd} 日", 14)
    p.text(470, 545, "中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", 9)
    p.seal(660, 400, 104, school, seed=seed + 11, **ink(seed + 3))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)



# --------------------------------------------------------------------------- round 3
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as
# `round3` (the next blind exam, drawn only by the others3 profile).

@layout(LAYOUTS, "diploma.xueli_zhengmingshu")
def xueli_zhengmingshu(*, name, gender, birth, school, major, level, start, end, years, number,
                       president, issued_on, seed=0, **_) -> Built:
    """The 学历证明书 a school issues when a graduate has lost the 毕业证书 (教育部 rule: the
    certificate is never re-issued, a 证明书 of equal force is): a 证明书 number line
    （2016）学证字第 036 号, the particulars in prose with the original certificate number
    quoted (原毕业证书编号), a ruled 注意事项 box at the foot, the seal over the school name
    and a date written out in full; issued years after graduation."""
    reissued = f"{int(end[:4]) + 3 + seed % 8}-{1 + seed % 12:02d}-{1 + seed % 27:02d}"
    p = Page(*A4, background=(255, 254, 250), font=MING)
    p.text(297, 110, "学 历 证 明 书", 26, "center")
    p.text(430, 150, f"（{reissued[:4]}）学证字第 {seed % 300 + 1:03d} 号", 11, "center")
    p.photo(440, 175, 80, 106)
    body = (f"{name}，{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在我校{major}专业"
            f"{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，成绩合格，"
            f"准予毕业。")
    y = p.wrapped(70, 330, body, 455, 15, 30, first_indent=30)
    y = p.wrapped(70, y + 6, f"原毕业证书编号：{number}", 455, 15, 30, first_indent=30)
    y = p.wrapped(70, y + 6, "该生毕业证书已遗失，经核查学籍档案属实，特发此证明书。", 455, 15, 30,
                  first_indent=30)
    p.text(500, y + 60, school, 15, "right")
    p.text(500, y + 94, f"校长：{president}", 14, "right")
    p.text(500, y + 128, cn(reissued), 14, "right")
    p.seal(500 - text_width(school, 15) / 2, y + 76, 110, school, seed=seed + 31, **ink(seed))
    top = 690
    p.rect(70, top, 455, 96, (60, 60, 60), None, 0.8)
    p.text(84, top + 20, "注意事项", 11)
    notes = ["1. 本证明书与原毕业证书具有同等效力，涂改无效。",
             "2. 本证明书遗失不再补发，请妥善保管。",
             "3. 学历信息可登录学信网（www.chsi.com.cn）查询。"]
    yy = top + 40
    for t in notes:
        p.text(90, yy, t, 10)
        yy += 18
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.shupai", cn_dates=False)
def shupai(*, name, gender, birth, school, major, level, start, end, years, number, president,
           issued_on, seed=0, **_) -> Built:
    """The traditional vertical (竖排) certificate some art and old-line universities still
    issue: landscape, columns read top to bottom and right to left in 楷体, every date in
    Chinese numerals (二〇〇三年九月), the school and president in the leftmost columns, the
    photo at the right edge with the steel-seal note, and the number printed horizontally
    along the foot."""
    from ._common import vtext

    red = (140, 30, 35)
    p = Page(*A4_LANDSCAPE, background=(248, 241, 226), font=KAI)
    frame(p, red, 16, 24, 2.6)
    p.photo(700, 80, 96, 128)
    p.text(748, 228, "（照片上加盖钢印）", 8, "center", (120, 110, 100))
    vtext(p, 640, 90, "毕业证书", 30, red, step=44)
    cols = [f"学生{name}性别{gender}", f"{cn_upper(birth)}生于{cn_upper(start)}",
            f"至{cn_upper(end)}在本校{major}",
            f"专业{_years(years)}年制{STUDY[level]}学习修完",
            "教学计划规定的全部课程成绩", "合格准予毕业"]
    x = 570
    size = 17 if max(len(c) for c in cols) <= 20 else 15
    for c in cols:
        vtext(p, x, 90, c, size, step=size * 1.22)
        x -= 44
    x -= 20
    vtext(p, x, 150, f"校名{school}", 16)
    vtext(p, x - 40, 150, f"校长{president}", 16)
    vtext(p, x - 80, 150, cn_upper(issued_on), 15)
    p.text(421, 560, f"证书编号  {number}", 12, "center", font=MING)
    p.seal(x - 40, 300, 108, school, seed=seed + 33, **ink(seed + 1))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 4
# Drawn by another hand after round 3's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round4` (drawn only by the others4 profile).

@layout(LAYOUTS, "diploma.desk_photo")
def desk_photo(*, name, gender, birth, school, major, level, start, end, years, number,
               president, issued_on, seed=0, **_) -> Built:
    """The certificate photographed with a phone on the applicant's desk (how most uploads
    actually arrive): the desk's wood around the sheet and a shadow along two edges, the
    sheet itself the 2000s–2010s 普通高等学校毕业证书 with a thin double border, the photo
    with the school's embossed steel seal over its corner, 学制四年 written out and the
    number and date under a rule at the foot."""
    from ._common import desk

    p = Page(900.0, 680.0, font=MING)
    desk(p, seed, 46, 52, 800, 570, (251, 246, 232))
    red = (160, 40, 40)
    p.rect(60, 66, 772, 542, red, None, 2.0)
    p.rect(68, 74, 756, 526, red, None, 0.6)
    p.text(446, 128, "普通高等学校", 15, "center", red)
    p.text(446, 170, "毕  业  证  书", 32, "center", red)
    p.photo(110, 210, 92, 124)
    p.seal(200, 330, 62, school, seed=seed + 11, color=(190, 190, 190), strength=0.5)
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业学习，学制{_years(years)}年，修完{level}教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(240, 232, body, 540, 15.5, 30, first_indent=31)
    p.text(240, max(y + 30, 430), f"校名：{school}", 15)
    p.text(240, max(y + 62, 462), f"校长：{president}", 15)
    p.seal(330, max(y + 40, 440), 100, school, seed=seed, **ink(seed))
    p.hline(100, 792, 540, 0.5)
    p.row([(110, f"证书编号：{number}", 566), (560, cn(issued_on), 566)], 13)
    p.text(446, 592, "中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", 8.5, "center",
           (120, 90, 80))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 5
# Drawn by another hand after round 4's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round5` (drawn only by the others5 profile).

@layout(LAYOUTS, "diploma.xuexin_app", cn_dates=False)
def xuexin_app(*, name, gender, birth, school, major, level, start, end, years, number,
               president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of the 学信网 app's 学籍学历信息 page (学信档案 → 高等教育信息 →
    学历), what applicants send when the paper certificate is elsewhere: the status bar, a
    title bar with the back arrow, the 学籍 / 学历 / 学位 / 考研 tabs with 学历 underlined, a
    white card whose rows are grey labels at the left and values right-aligned (出生日期
    1988年03月12日 zero-padded, 入学日期 and 毕（结）业日期 as first and last day), the
    学历照片 at the top of the card, a 申请学历电子注册备案表 button and the home bar."""
    green = (22, 150, 120)
    grey = (130, 130, 130)
    p = Page(360.0, 800.0, background=(244, 245, 247), font=MICRO)
    p.rect(0, 0, 360, 28, None, (255, 255, 255), 0)
    p.row([(18, f"{9 + seed % 10}:{seed % 60:02d}", 19), (292, "4G  " + f"{40 + seed % 55}%", 19)],
          9.5)
    p.rect(0, 28, 360, 42, None, (255, 255, 255), 0)
    p.text(14, 55, "〈", 14, line=False)
    p.text(180, 55, "学籍学历信息", 14, "center")
    p.rect(0, 70, 360, 36, None, (255, 255, 255), 0)
    tabs = ["学籍", "学历", "学位", "考研"]
    for i, t in enumerate(tabs):
        p.text(45 + i * 90, 93, t, 12, "center", green if t == "学历" else (70, 70, 70),
               line=False)
    p.lines.append(" ".join(tabs))
    p.rect(30, 102, 30, 3, None, green, 0)
    p.rect(10, 116, 340, 600, None, (255, 255, 255), 0)
    p.text(24, 140, f"{school}  {STUDY[level]}", 12.5, color=(20, 20, 20))
    p.photo(135, 154, 90, 120, bg=(225, 232, 240))
    p.text(180, 290, "学历照片", 8.5, "center", grey)
    rows = [("姓名", name), ("性别", gender), ("出生日期", _zp(birth)), ("院校名称", school),
            ("层次", STUDY[level]), ("专业", major), ("学制", f"{years}年"),
            ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"),
            ("入学日期", _zp(first_day(start))), ("毕（结）业日期", _zp(month_end(end))),
            ("毕（结）业", "毕业"), ("校（院）长姓名", president), ("证书编号", number)]
    y = 318
    for label, value in rows:
        p.text(24, y, label, 11, color=grey, line=False)
        size = 11 if text_width(value, 11, MICRO) < 220 else 9.5
        p.text(336, y, value, size, "right", (20, 20, 20), line=False)
        p.lines.append(f"{label} {value}")
        p.items.append(Line(24, y + 11, 336, y + 11, 0.4, (232, 232, 232)))
        y += 28
    p.rect(40, 732, 280, 36, None, green, 0)
    p.text(180, 755, "申请学历电子注册备案表", 12, "center", (255, 255, 255))
    p.rect(130, 786, 100, 4, None, (30, 30, 30), 0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=None)


CHESICC = "全国高等学校学生信息咨询与就业指导中心"


@layout(LAYOUTS, "diploma.renzheng_baogao")
def renzheng_baogao(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """The 中国高等教育学历认证报告 (the paid report of 学信网's certification centre, asked
    for where an older certificate cannot be checked online): a pale guilloche-bordered A4
    sheet, 认证报告编号 at the top right, the holder's photo, the particulars as one sentence
    (…于2006年9月至2010年6月在…专业（本科）学习，学制四年，于2010年6月毕业，证书编号：…),
    the 认证结论 that the certificate matches the electronic registration, the centre's
    认证专用章 over its name and date, then the English version of the same text."""
    from ._common import qr

    blue = (30, 80, 140)
    p = Page(*A4, background=(250, 252, 250), font=MING)
    for k, c in enumerate(((200, 220, 210), (220, 232, 226))):
        p.rect(24 + k * 6, 24 + k * 6, 547 - k * 12, 794 - k * 12, c, None, 3.0 - 2 * k)
    p.text(545, 56, f"认证报告编号：{_code(f'rz:{number}', 4)}{number[-8:]}", 9.5, "right")
    p.text(297, 100, "中国高等教育学历认证报告", 21, "center", blue, font=HEI)
    p.text(297, 122, "China Higher Education Qualification Certification Report", 9, "center",
           blue, font=MICRO)
    p.photo(450, 150, 80, 106, bg=(236, 240, 244))
    body = (f"{name}，{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在{school}{major}专业"
            f"（{STUDY[level]}）学习，学制{_years(years)}年，于{cn(end)}毕业，"
            f"证书编号：{number}。")
    y = p.wrapped(70, 176, body, 360, 13.5, 27, first_indent=27)
    y = max(y, 280)
    p.text(70, y + 10, "认证结论：", 13.5, font=HEI)
    y = p.wrapped(70, y + 40, f"该证书为{school}颁发，其证书信息与我中心数据库中的电子注册信息"
                  "一致。", 455, 13.5, 27, first_indent=27)
    when = f"{min(2023, int(end[:4]) + 3 + seed % 8)}-{1 + seed % 12:02d}-{1 + seed % 27:02d}"
    p.text(520, y + 50, CHESICC, 12, "right")
    p.text(520, y + 78, cn(when), 12, "right")
    p.seal(520 - text_width(CHESICC, 12, MING) / 2, y + 58, 110, CHESICC, bottom="学历认证专用章",
           seed=seed + 121, **ink(seed))
    p.hline(70, 525, y + 112, 0.5)
    he = "he" if gender == "男" else "she"
    en = (f"{name}, born on {_en_date(birth)}, studied in the {years}-year {EN_LEVEL[level]} "
          f"program of {major} at {school} from {_en_date(start)} to {_en_date(end)}, and "
          f"{he} graduated in {_en_date(end)}. Certificate No.: {number}. Conclusion: the "
          "certificate was issued by the above institution and its information is consistent "
          "with the electronic registration in our database.")
    y = p.wrapped(70, y + 136, en, 455, 10, 16)
    qr(p, 70, 700, 64, f"rz:{seed}:{number}")
    p.text(148, 720, "本报告仅证明学历证书的真实性，报告可登录学信网（www.chsi.com.cn）", 8.5)
    p.text(148, 736, "输入认证报告编号验证。涂改无效。", 8.5)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=CHESICC)


# --------------------------------------------------------------------------- round 6
# Drawn by another hand after round 5's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round6` (drawn only by the others6 profile).

@layout(LAYOUTS, "diploma.wangluo_jiaoyu", accepts=lambda a: a["level"] in UNDERGRAD,
        schooling="7")
def wangluo_jiaoyu(*, name, gender, birth, school, major, level, start, end, years, number,
                   president, issued_on, seed=0, **_) -> Built:
    """The 毕业证书 of a 现代远程教育 (网络教育) graduate of a pilot university: printed on the
    same 普通高等学校 template as the full-time certificate (landscape, guilloche bands, the
    photo with the steel seal at the left), told apart only by 专业（网络教育） in the prose and
    办学类型 7 in the 证书编号; the 防伪 paper's own red serial (No 0634521, the printer's
    number, not the certificate number) at the top right, the number under the photo, the
    president's name and the school seal over 校名, the 学信网 line at the foot."""
    green = (24, 96, 84)
    p = Page(*A4_LANDSCAPE, background=(250, 248, 240), font=KAI)
    p.rect(16, 16, 810, 563, green, None, 2.6)
    p.rect(24, 24, 794, 547, green, None, 0.6)
    for k in range(5):  # the guilloche bands along the top and the foot
        for y0 in (36, 545):
            y = y0 + k * 3
            for x in range(40, 800, 24):
                up = (x // 24 + k) % 2
                p.items.append(Line(x, y + (2 if up else 0), x + 24, y + (0 if up else 2), 0.35,
                                    (170, 205, 196)))
    p.text(790, 64, f"No {(seed * 7919) % 9000000 + 1000000}", 12, "right", (200, 30, 30),
           font=MICRO)
    p.text(421, 86, "普通高等学校", 15, "center", green, font=MING)
    p.text(421, 132, "毕  业  证  书", 34, "center", (150, 30, 34), font=MING)
    p.photo(92, 176, 96, 128)
    p.seal(178, 292, 62, school, seed=seed + 201, color=(185, 185, 180), strength=0.5)
    p.text(140, 336, "证书编号", 11.5, "center", font=MING)
    p.text(140, 356, number, 11.5, "center", font=MICRO)
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业（网络教育）{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的"
            "全部课程，成绩合格，准予毕业。")
    y = p.wrapped(236, 196, body, 540, 16, 32, first_indent=32)
    y = max(y + 36, 400)
    p.text(236, y, f"校    名：{school}", 15)
    p.text(236, y + 34, f"校（院）长：{president}", 15)
    p.text(760, y + 60, cn(issued_on), 15, "right")
    p.seal(236 + text_width(f"校    名：{school}", 15, KAI) * 0.6, y - 6, 106, school,
           seed=seed + 203, **ink(seed + 1))
    p.text(421, 536, "中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", 9, "center",
           (90, 110, 100), font=MING)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.dangan_fuyin")
def dangan_fuyin(*, name, gender, birth, school, major, level, start, end, years, number,
                 president, issued_on, seed=0, **_) -> Built:
    """A photocopy of the certificate taken from the holder's 人事档案 (the original kept in the
    file, or lost): the grey A4 copy of the landscape certificate in the upper half, the
    archive's handwritten category mark (4-2: 第四类, 学历学位材料) in its corner, then the
    keeper's red rectangular stamp 复印件与档案原件相符 with 经办人 and the date written in,
    and the 档案专用章 of the talent-service centre that keeps private-sector staff's files
    stamped half over it."""
    from ._common import PEN, other_people

    grey, dark = (88, 88, 88), (52, 52, 52)
    keeper = "柳州市人才服务中心"
    p = Page(*A4, background=(255, 255, 255), font=MING)
    p.rect(36, 48, 523, 382, None, (238, 238, 236), 0)
    p.rect(46, 58, 503, 362, grey, None, 1.8)
    p.rect(52, 64, 491, 350, grey, None, 0.5)
    graduate = level in GRADUATE
    p.text(297, 96, school if graduate else "普通高等学校", 11, "center", grey)
    p.text(297, 126, "研 究 生 毕 业 证 书" if graduate else "毕  业  证  书", 22, "center", dark)
    p.photo(70, 150, 64, 86, bg=(205, 205, 205))
    for it in p.items[-4:]:  # the copier prints the pasted photo in greys
        it.fill = tuple([sum(it.fill) // 3] * 3)
    who = "研究生" if graduate else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校{major}"
            f"专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，成绩合格，"
            "准予毕业。")
    y = p.wrapped(154, 164, body, 366, 12, 23, first_indent=24)
    y = max(y + 20, 300)
    p.text(154, y, f"校名：{school}", 12)
    p.text(154, y + 24, f"校（院）长：{president}", 12)
    p.text(520, y + 50, cn(issued_on), 12, "right")
    p.text(70, 398, f"证书编号：{number}", 10.5)
    p.seal(210, y + 6, 78, school, seed=seed + 205, color=(105, 105, 105), strength=0.75)
    p.text(520, 86, "4-2", 15, "right", PEN, font=KAI, line=False)
    red = (205, 35, 40)
    x0, y0 = 250, 486
    p.rect(x0, y0, 270, 112, red, None, 1.8)
    p.text(x0 + 135, y0 + 32, "复印件与档案原件相符", 16, "center", red, font=HEI)
    p.text(x0 + 16, y0 + 66, "经办人：", 12, color=red)
    clerk = other_people(f"dangan:{school}:{seed % 5}", 1)[0][0]
    p.text(x0 + 76, y0 + 67, clerk, 15, color=PEN, font=KAI)
    p.text(x0 + 16, y0 + 96, "日  期：", 12, color=red)
    p.text(x0 + 76, y0 + 97, f"2024.{4 + seed % 3}.{3 + seed % 25}", 14, color=PEN, font=KAI)
    p.seal(x0 + 206, y0 + 62, 96, keeper, bottom="档案专用章", seed=seed + 207, **ink(seed))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 7
# Drawn by another hand after round 6's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round7` (drawn only by the others7 profile).

@layout(LAYOUTS, "diploma.hanshou_zhan", accepts=lambda a: a["level"] in UNDERGRAD,
        schooling="5")
def hanshou_zhan(*, name, gender, birth, school, major, level, start, end, years, number,
                 president, issued_on, seed=0, **_) -> Built:
    """The portrait 成人高等教育毕业证书 of a 函授 / 业余 student who studied at one of the
    university's 函授站 (teaching stations in other cities, here the 柳州函授站 run with a
    local 职业技术学院 or 党校): the red 证书编号 printed at the top right above the border,
    成人高等教育 / 毕业证书 in 黑体, the photo at the upper left with the steel seal over its
    corner, the prose naming the station and the 学习形式 in brackets (…在本校柳州函授站…专业
    （函授）学习…), the 校（院）长 line carrying the president's small square red 签名章 beside
    the name, the school seal over the 学校 line, and the 函授站 and 学信网 lines at the foot."""
    blue = (24, 60, 120)
    form = "函授" if seed % 3 else "业余"
    station = "柳州函授站" if seed % 2 else "柳州教学点"
    p = Page(*A4, background=(249, 250, 246), font=MING)
    p.text(548, 30, f"No.{number}", 10.5, "right", (190, 30, 30), font=MICRO)
    frame(p, blue, 40, 48, 2.2)
    p.text(297, 112, "成 人 高 等 教 育", 17, "center", blue, font=HEI)
    p.text(297, 160, "毕  业  证  书", 32, "center", (160, 30, 34), font=HEI)
    p.photo(80, 196, 94, 126)
    p.seal(166, 312, 60, school, seed=seed + 301, color=(190, 190, 186), strength=0.5)
    p.row([(200, "姓    名", 222), (270, name, 222)], 14)
    p.row([(200, "性    别", 252), (270, gender, 252)], 14)
    p.row([(200, "出生日期", 282), (270, cn(birth), 282)], 14)
    p.row([(200, "学习形式", 312), (270, form, 312)], 14)
    body = (f"学生{name}于{cn(start)}至{cn(end)}在本校{station}{major}专业（{form}）"
            f"学习，学制{_years(years)}年，修完{STUDY[level]}教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(80, 380, body, 435, 15, 31, first_indent=30)
    y = max(y + 40, 540)
    p.text(80, y, f"学    校：{school}", 15)
    p.text(80, y + 36, f"校（院）长：{president}", 15)
    sx = 80 + text_width(f"校（院）长：{president}", 15, MING) + 10
    p.rect(sx, y + 36 - 22, 30, 30, (205, 40, 40), None, 1.6)
    p.text(sx + 15, y + 36 - 9, president[:2], 9, "center", (205, 40, 40), line=False)
    p.text(sx + 15, y + 36 + 3, president[2:] + "印", 9, "center", (205, 40, 40), line=False)
    p.text(515, y + 90, cn(issued_on), 15, "right")
    p.seal(80 + text_width("学    校：", 15, MING) + text_width(school, 15, MING) / 2, y - 8,
           106, school, seed=seed + 303, **ink(seed + 2))
    p.hline(60, 535, 752, 0.5)
    p.text(80, 772, f"函授站：{school}{station}", 10.5)
    p.text(80, 792, "学历证书电子注册查询网址：http://www.chsi.com.cn", 9.5, color=(90, 90, 90))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.pingban_saomiao")
def pingban_saomiao(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """The certificate laid on an office copier's glass and scanned to PDF with the lid up
    (a thick hard-cover certificate keeps the lid from closing): the A4 scan bed shows black
    where nothing covered the glass, the certificate (smaller than the bed, about 26 x 19 cm)
    pushed into the bed's top-left origin corner with a grey shadow along its free edges. The
    certificate is the 2010s landscape template of many provincial universities: the school's
    name at the top with its 学校代码, 毕业证书 below, the photo at the upper right, the prose
    splitting study into 入学 and 毕业 (…于2006年9月入学，在本校…专业四年制本科学习，2010年
    6月毕业…), the 证书编号 at the lower left and the date under the school seal at the right."""
    graduate = level in GRADUATE
    red = (150, 32, 36)
    p = Page(*A4_LANDSCAPE, background=(16, 16, 18), font=KAI)
    w, h = 736.0, 538.0
    p.rect(0, 0, w + 10, h + 10, None, (92, 92, 94), 0)  # the lid's gap shadow
    p.rect(0, 0, w, h, None, (246, 240, 226), 0)
    p.rect(14, 14, w - 28, h - 28, red, None, 2.2)
    p.rect(21, 21, w - 42, h - 42, red, None, 0.6)
    code = number[:5]
    p.text(w / 2, 72, school, 26, "center", red, font=MING)
    p.text(w / 2, 94, f"学校代码：{code}", 9.5, "center", (110, 90, 80), font=MICRO)
    p.text(w / 2, 136, ("研究生毕业证书" if graduate else "毕  业  证  书"), 28, "center", red,
           font=MING)
    p.photo(w - 150, 156, 92, 124)
    p.seal(w - 66, 270, 60, school, seed=seed + 305, color=(190, 186, 178), strength=0.5)
    who = "研究生" if graduate else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start)}入学，在本校{major}专业"
            f"{_years(years)}年制{STUDY[level]}学习，{cn(end)}毕业。修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(62, 186, body, w - 250, 15.5, 31, first_indent=31)
    y = max(y + 40, 350)
    p.text(420, y, f"校    名：{school}", 15)
    p.text(420, y + 34, f"校（院）长：{president}", 15)
    p.text(640, y + 96, cn(issued_on), 15, "right")
    p.seal(570, y + 56, 104, school, seed=seed + 307, **ink(seed + 4))
    p.text(62, 488, f"证书编号：{number}", 12.5, font=MING)
    p.text(62, 508, "本证书可在 http://www.chsi.com.cn 查询", 8.5, color=(120, 100, 90),
           font=MICRO)
    p.rect(w + 40, 180, 2, 160, None, (60, 60, 62), 0)  # dust on the glass
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 8
# Drawn by another hand after round 7's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round8` (drawn only by the others8 profile).

@layout(LAYOUTS, "diploma.zhengshutao_paizhao")
def zhengshutao_paizhao(*, name, gender, birth, school, major, level, start, end, years,
                        number, president, issued_on, seed=0, **_) -> Built:
    """The certificate as it is kept, slipped into the school's red flock-covered 证书外壳
    (the folder handed out with it at graduation) and photographed open on a table with a
    phone, landscape 4:3: the left inner leaf red silk with the gilt school badge, the
    school's name and 毕业证书 stamped in gold; the right leaf holds the portrait certificate
    under its clear film, the film's glare across the empty upper corner. The certificate is
    the portrait 普通高等学校 (or 研究生) template: the photo under the title with the steel
    seal over its corner, the prose with dates as 2006年9月, 校名 under the school seal, the
    president's name, the date at the right and 证书编号 at the foot."""
    from ..layout import Ellipse
    from ._common import DESKS

    graduate = level in GRADUATE
    gold, velvet, silk = (214, 176, 84), (128, 20, 28), (168, 34, 40)
    p = Page(960.0, 720.0, background=DESKS[(seed + 1) % len(DESKS)], font=MING)
    p.rect(46, 70, 876, 600, None, (60, 40, 32), 0)  # the folder's shadow on the table
    p.rect(36, 60, 876, 600, None, velvet, 0)
    p.rect(52, 76, 410, 568, None, silk, 0)  # left inner leaf
    p.rect(462, 76, 22, 568, None, (96, 14, 20), 0)  # the spine
    p.rect(484, 76, 412, 568, None, silk, 0)
    p.rect(64, 88, 386, 544, gold, None, 1.2)
    p.items.append(Ellipse(207, 170, 96, 96, gold))  # the gilt badge
    p.items.append(Ellipse(213, 176, 84, 84, silk))
    p.items.append(Ellipse(233, 196, 44, 44, gold))
    p.text(257, 330, school, 24 if len(school) <= 8 else 19, "center", gold, font=KAI)
    p.text(257, 400, "研究生毕业证书" if graduate else "毕 业 证 书", 30, "center", gold,
           font=KAI)
    # the certificate under the film, right leaf
    x0, y0, w = 496, 90, 388
    p.rect(x0, y0, w, 540, None, (250, 246, 234), 0)
    red = (150, 30, 36)
    p.rect(x0 + 10, y0 + 10, w - 20, 520, red, None, 1.4)
    cx = x0 + w / 2
    p.text(cx, y0 + 52, school if graduate else "普通高等学校", 12, "center", red)
    p.text(cx, y0 + 88, "研究生毕业证书" if graduate else "毕  业  证  书", 22, "center", red)
    p.photo(cx - 42, y0 + 108, 84, 112)
    p.seal(cx + 36, y0 + 208, 54, school, seed=seed + 401, color=(188, 184, 176), strength=0.5)
    who = "研究生" if graduate else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(x0 + 30, y0 + 252, body, w - 60, 12.5, 24, first_indent=25)
    y = max(y + 30, y0 + 380)
    p.text(x0 + 30, y, f"校    名：{school}", 12.5)
    p.text(x0 + 30, y + 26, f"校（院）长：{president}", 12.5)
    p.text(x0 + w - 30, y + 60, cn(issued_on), 12.5, "right")
    p.seal(x0 + 30 + text_width(f"校    名：{school}", 12.5, MING) * 0.62, y + 4, 86, school,
           seed=seed + 403, **ink(seed + 3))
    p.text(x0 + 30, y0 + 514, f"证书编号：{number}", 10.5, font=MICRO)
    for k in range(16):  # the film's glare over the empty upper right corner
        p.items.append(Line(x0 + 250 + k * 5, y0 + 4, x0 + 384, y0 + 60 - k * 3.2, 1.4,
                            (252, 252, 250)))
    p.items.append(Line(x0 + 2, y0 + 2, x0 + 2, y0 + 538, 0.8, (235, 228, 226)))  # film edge
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.guosu_saomiao", cn_dates=False)
def guosu_saomiao(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """A certificate the holder had laminated (过塑) at a copy shop years ago to keep it flat,
    then scanned through its plastic pouch: the scan's white bed, the pouch larger than the
    certificate with its sealed seam and a few trapped air bubbles along the margin, the
    plastic's sheen as pale streaks down the left margin. The certificate is the landscape
    template whose dates are all written in 〇-numerals (二〇〇六年九月, 二〇一〇年六月三十日):
    证书编号 printed at the upper left inside the border, the title centred, the photo at the
    right with the steel seal over it, the prose at the left in 楷体, the school seal over the
    school's name and the president's name at the lower left, the date at the lower right."""
    from ..layout import Ellipse

    graduate = level in GRADUATE
    p = Page(*A4_LANDSCAPE, background=(254, 254, 254), font=KAI)
    p.rect(22, 18, 798, 560, None, (232, 236, 238), 0)  # the pouch
    p.rect(28, 24, 786, 548, (200, 206, 210), None, 0.6)  # its sealed seam
    for bx, by in ((120, 34), (412, 560), (700, 40), (790, 300)):
        p.items.append(Ellipse(bx, by, 9, 6, (244, 246, 248)))
    x0, y0, w, h = 40, 36, 762, 524
    p.rect(x0, y0, w, h, None, (248, 243, 230), 0)
    blue = (28, 70, 120)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, blue, None, 2.0)
    p.rect(x0 + 18, y0 + 18, w - 36, h - 36, blue, None, 0.5)
    p.text(x0 + 40, y0 + 46, f"证书编号：{number}", 11, font=MICRO)
    p.text(x0 + w / 2, y0 + 104, ("研 究 生 毕 业 证 书" if graduate else "毕  业  证  书"), 30,
           "center", (150, 30, 34), font=MING)
    p.photo(x0 + w - 160, y0 + 140, 96, 128)
    p.seal(x0 + w - 72, y0 + 258, 58, school, seed=seed + 405, color=(190, 190, 186),
           strength=0.5)
    who = "研究生" if graduate else "学生"
    body = (f"{who}{name}，性别{gender}，{cn_upper(birth)}生，于{cn_upper(start)}至"
            f"{cn_upper(end)}在本校{major}专业{_years(years)}年制{STUDY[level]}学习，修完"
            "教学计划规定的全部课程，成绩合格，准予毕业。")
    y = p.wrapped(x0 + 60, y0 + 160, body, w - 260, 16, 32, first_indent=32)
    y = max(y + 40, y0 + 330)
    p.text(x0 + 60, y, f"校名：{school}", 15)
    p.text(x0 + 60, y + 34, f"校长：{president}", 15)
    p.text(x0 + w - 60, y + 34, cn_upper(issued_on), 15, "right")
    p.seal(x0 + 60 + text_width(f"校名：{school}", 15, KAI) * 0.6, y - 4, 104, school,
           seed=seed + 407, **ink(seed + 1))
    for k in range(6):  # the pouch's sheen down the left margin
        p.items.append(Line(x0 + 22 + k * 4, y0 + 60, x0 + 30 + k * 4, y0 + 470, 0.7,
                            (255, 255, 255)))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 9
# Drawn by another hand after round 8's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round9` (drawn only by the others9 profile).

PARTNERS = ["英国赫特福德大学", "澳大利亚堪培拉大学", "美国北亚利桑那大学", "新西兰林肯大学"]
PARTNER_CODE = {"英": "GB", "澳": "AU", "美": "US", "新": "NZ"}
PROVINCE = {"重庆": "50", "湖南": "43", "中南": "43", "华南": "44", "西南": "51"}  # else 广西 45


@layout(LAYOUTS, "diploma.zhongwai_hezuo",
        accepts=lambda a: a["level"] == "本科" and a["start"] >= "2006")
def zhongwai_hezuo(*, name, gender, birth, school, major, level, start, end, years, number,
                   president, issued_on, seed=0, **_) -> Built:
    """The Chinese 毕业证书 of a student of a 中外合作办学项目 (a programme run with a foreign
    university under a 教育部 批准书, the 4+0 / 3+1 kind whose graduates get the Chinese
    certificate from the home school): the ordinary portrait 普通高等学校 template, but the
    major carries the programme's bracket as 学信网 registers it (…专业（中外合作办学）四年制
    本科…), and the foot prints the programme line with the partner university and the
    批准书编号 (MOE45GB2A…N: 教育部, the province (广西 45), the partner's country, 2A 本科,
    the approval year, serial; projects approved from 2004 under the 2003 条例).
    Scanned in colour on a flatbed: the pale grey of the scanner lid along the right edge."""
    partner = PARTNERS[seed % len(PARTNERS)]
    province = PROVINCE.get(school[:2], "45")
    approval = (f"MOE{province}{PARTNER_CODE[partner[0]]}2A"
                f"{max(2004, int(start[:4]) - 1 - seed % 3)}{1000 + (seed * 37) % 9000}N")
    teal = (18, 84, 110)
    p = Page(*A4, background=(252, 252, 250), font=MING)
    p.rect(566, 0, 29, 842, None, (226, 226, 224), 0)  # the scanner lid beyond the sheet
    p.rect(26, 26, 532, 790, teal, None, 2.2)
    p.rect(33, 33, 518, 776, teal, None, 0.6)
    p.text(292, 102, "普 通 高 等 学 校", 16, "center", teal, font=HEI)
    p.text(292, 150, "毕  业  证  书", 32, "center", (160, 28, 34), font=HEI)
    p.photo(243, 180, 98, 130)
    p.seal(331, 298, 62, school, seed=seed + 501, color=(190, 190, 186), strength=0.5)
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业（中外合作办学）{_years(years)}年制{STUDY[level]}学习，修完教学计划"
            "规定的全部课程，成绩合格，准予毕业。")
    y = p.wrapped(72, 368, body, 440, 15, 31, first_indent=30)
    y = max(y + 44, 530)
    p.text(72, y, f"校    名：{school}", 15)
    p.text(72, y + 36, f"校（院）长：{president}", 15)
    p.text(512, y + 92, cn(issued_on), 15, "right")
    p.seal(72 + text_width(f"校    名：{school}", 15, MING) * 0.62, y - 4, 106, school,
           seed=seed + 503, **ink(seed + 2))
    p.text(72, 720, f"证书编号：{number}", 12.5, font=MICRO)
    p.hline(60, 524, 740, 0.5)
    p.text(72, 760, f"合作办学项目：{school}与{partner}合作举办{major}专业本科教育项目", 9.5,
           color=(70, 70, 70))
    p.text(72, 778, f"项目批准书编号：{approval}", 9.5, color=(70, 70, 70), font=MICRO)
    p.text(72, 796, "学历证书电子注册查询网址：http://www.chsi.com.cn", 9, color=(90, 90, 90))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.taideng_paizhao")
def taideng_paizhao(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """The certificate photographed at night under a desk lamp with a phone held over it (the
    upload done the evening before the deadline): the warm yellow cast of the lamp over the
    whole sheet, the light falling off into dark corners, the lamp's hot glare as a washed-out
    oval on the paper's empty upper right, the phone's own shadow across the lower edge. The
    certificate is the landscape template with the photo at the left and 证书编号 under it,
    the title in red, the prose in 楷体 with dates as 2006年9月, 学校 and 校（院）长 lines with
    the school seal over the school's name and the date at the lower right."""
    from ..layout import Ellipse

    graduate = level in GRADUATE
    p = Page(960.0, 720.0, background=(58, 44, 30), font=KAI)
    p.rect(40, 30, 880, 660, None, (112, 88, 58), 0)  # lamp light falling off on the desk
    x0, y0, w, h = 70, 56, 820, 600
    p.rect(x0, y0, w, h, None, (226, 206, 160), 0)  # the sheet under warm light
    p.rect(x0 + 30, y0 + 24, w - 60, h - 48, None, (236, 218, 176), 0)  # brighter centre
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, (120, 50, 40), None, 2.0)
    p.rect(x0 + 20, y0 + 20, w - 40, h - 40, (120, 50, 40), None, 0.5)
    for k, c in enumerate([(242, 230, 196), (248, 240, 214), (252, 248, 232), (255, 254, 248)]):
        d = 200 - k * 44  # the lamp's glare, brightest in its middle
        p.items.append(Ellipse(x0 + 640 - d / 2, y0 + 140 - d * 0.35, d, d * 0.7, c))
    p.text(x0 + w / 2 - 60, y0 + 92, school if graduate else "普通高等学校", 16, "center",
           (100, 40, 34), font=MING)
    p.text(x0 + w / 2 - 60, y0 + 140, "研究生毕业证书" if graduate else "毕  业  证  书", 30,
           "center", (150, 34, 30), font=MING)
    p.photo(x0 + 64, y0 + 184, 100, 134, bg=(160, 150, 120))
    p.seal(x0 + 152, y0 + 306, 62, school, seed=seed + 505, color=(170, 150, 120),
           strength=0.5)
    p.text(x0 + 114, y0 + 350, "证书编号", 12, "center")
    p.text(x0 + 114, y0 + 372, number, 12, "center", font=MICRO)
    who = "研究生" if graduate else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(x0 + 220, y0 + 206, body, 536, 16, 33, first_indent=32)
    y = max(y + 40, y0 + 390)
    p.text(x0 + 220, y, f"学    校：{school}", 15.5)
    p.text(x0 + 220, y + 36, f"校（院）长：{president}", 15.5)
    p.text(x0 + w - 70, y + 96, cn(issued_on), 15.5, "right")
    p.seal(x0 + 220 + text_width(f"学    校：{school}", 15.5, KAI) * 0.62, y - 4, 108, school,
           seed=seed + 507, **ink(seed + 3))
    p.rect(0, 646, 960, 74, None, (40, 30, 22), 0)  # the phone's shadow over the lower edge
    p.rect(0, 0, 40, 720, None, (34, 26, 18), 0)
    p.rect(920, 0, 40, 720, None, (34, 26, 18), 0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 10
# Drawn by another hand after round 9's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round10` (drawn only by the others10 profile).

@layout(LAYOUTS, "diploma.tiepian_tianxie",
        accepts=lambda a: a["level"] in UNDERGRAD and a["end"] < "2006")
def tiepian_tianxie(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """The 普通高等学校毕业证书 of the 1980s – early 2000s, before certificates were printed
    whole by computer: the 国家教委 / 教育部 landscape template bought by the school, the
    blanks of its sentence filled in by the 教务处 clerk in blue-black fountain pen (name,
    birth, dates in 〇-numerals, major, 学制), a 1-inch-style grey-ground photo glued in at the
    left with the school's embossed steel seal (钢印) pressed half over its lower corner, the
    证书编号 written under the photo, the printed 校（院）长 name and the red seal over the
    school's name. Scanned in colour from the yellowed original: foxing spots in the margin,
    the glue's stain around the photo, …国家教育委员会监制 (教育部 from 1998) at the foot."""
    from ..layout import Ellipse
    from ._common import PEN

    brown = (120, 60, 30)
    p = Page(*A4_LANDSCAPE, background=(238, 226, 196), font=MING)
    p.rect(24, 24, 794, 547, brown, None, 3.0)
    p.rect(34, 34, 774, 527, brown, None, 0.8)
    for fx, fy, d in ((60, 510, 7), (780, 70, 5), (742, 540, 9), (300, 48, 4), (520, 552, 6)):
        p.items.append(Ellipse(fx, fy, d, d * 0.8, (214, 190, 150)))  # foxing
    p.text(421, 96, "普 通 高 等 学 校", 17, "center", brown)
    p.text(421, 140, "毕  业  证  书", 32, "center", (160, 36, 30), font=KAI)
    p.rect(84, 174, 112, 148, None, (226, 212, 178), 0)  # the glue's stain
    p.photo(92, 180, 96, 132, bg=(196, 196, 192))
    p.seal(176, 300, 72, school, seed=seed + 601, color=(206, 196, 170), strength=0.55)
    p.text(140, 350, "证书编号", 12, "center", brown)
    p.text(140, 374, number, 13, "center", PEN, font=KAI)

    def fill(y, parts, x=250):
        for txt, filled in parts:
            font = KAI
            w = text_width(txt, 16, font)
            if filled:
                p.hline(x - 4, x + w + 4, y + 4, 0.5)
            p.items.append(Text(x, y, txt, 16, "left", PEN if filled else (40, 30, 24), font))
            x += w + (10 if filled else 3)
        p.lines.append("".join(t for t, _f in parts))

    fill(200, [("学生", False), (name, True), ("，性别", False), (gender, True), ("，", False),
               (cn_upper(birth), True), ("生，", False)])
    fill(240, [("于", False), (cn_upper(start), True), ("至", False), (cn_upper(end), True),
               ("在本校", False)])
    fill(280, [(major, True), ("专业", False), (_years(years), True), ("年制", False),
               (STUDY[level], True), ("学习，修完教学", False)])
    fill(320, [("计划规定的全部课程，成绩合格，准予毕业。", False)])
    p.text(300, 410, f"学校名称：{school}", 15, color=(40, 30, 24))
    p.text(300, 446, f"校（院）长：{president}", 15, color=(40, 30, 24))
    p.text(770, 500, cn_upper(issued_on), 15, "right", PEN, font=KAI)
    p.seal(300 + text_width(f"学校名称：{school}", 15, MING) * 0.62, 406, 106, school,
           seed=seed + 603, **ink(seed + 2))
    maker = "国家教育委员会" if issued_on[:4] < "1998" else "教育部"  # 国家教委 1985–1998
    p.text(421, 552, f"中华人民共和国{maker}监制", 9, "center", brown)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.gongzheng_fuben", pages=2)
def gongzheng_fuben(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """A 公证书 (notarial certificate) of the diploma, made at a city 公证处 for study or work
    abroad and later uploaded whole because it was the copy at hand: page 1 the notary's
    photocopy of the certificate on A4 (grey toner, the certificate in the upper part) with
    the notary office's steel seal embossed over its corner; page 2 the 公证书 itself: the
    number (2019)桂柳证字第 1234 号, 公证书 in 黑体, 申请人 with gender and birth, 公证事项：
    毕业证书复印件与原件相符, the 证词 兹证明前面的复印件与原件相符，原件属实, then the
    office's full name with its red seal, 公证员 and the date in 〇-numerals."""
    grey = (70, 70, 70)
    graduate = level in GRADUATE
    p = Page(*A4, background=(246, 246, 244), font=KAI)
    p.rect(50, 60, 495, 350, grey, (236, 236, 234), 1.6)
    p.rect(57, 67, 481, 336, grey, None, 0.5)
    p.text(297, 112, "研究生毕业证书" if graduate else "毕  业  证  书", 24, "center", grey)
    p.photo(78, 140, 80, 106, bg=(190, 190, 190))
    p.seal(150, 236, 50, school, seed=seed + 611, color=(170, 170, 170), strength=0.5)
    p.text(118, 272, "证书编号", 10, "center", grey)
    p.text(118, 290, number, 10, "center", grey, font=MICRO)
    who = "研究生" if graduate else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(186, 150, body, 330, 12.5, 24, first_indent=25)
    y = max(y + 16, 310)
    p.text(186, y, f"学校：{school}", 12.5, color=grey)
    p.text(186, y + 24, f"校（院）长：{president}", 12.5, color=grey)
    p.text(520, y + 56, cn(issued_on), 12.5, "right", grey)
    p.seal(186 + text_width(f"学校：{school}", 12.5, KAI) * 0.6, y - 2, 80, school,
           seed=seed + 613, color=(110, 110, 110), strength=0.8)
    office = "广西壮族自治区柳州市柳州公证处"
    p.seal(500, 392, 90, office, seed=seed + 615, color=(214, 214, 210), strength=0.5)
    year = 2016 + seed % 6
    no = f"（{year}）桂柳证字第{1000 + (seed * 53) % 8000}号"
    q = Page(*A4, background=(255, 255, 255), font=MING)
    q.text(520, 90, no, 12, "right")
    q.text(297, 160, "公  证  书", 30, "center", font=HEI)
    q.text(80, 240, f"申请人：{name}，{gender}，{cn(birth)}出生，", 14)
    q.text(80, 276, "公证事项：毕业证书复印件与原件相符", 14)
    q.text(80, 344, "兹证明前面的复印件与原件相符，原件属实。", 15)
    q.text(360, 520, "中华人民共和国广西壮族自治区", 14, "left")
    q.text(360, 550, "柳州市柳州公证处", 14)
    q.text(360, 590, f"公证员    {'黎' if seed % 2 else '覃'}{'建华' if seed % 3 else '丽萍'}",
           14)
    q.text(360, 630, cn_upper(f"{year}-{1 + seed % 12:02d}-{1 + seed % 27:02d}"), 14)
    q.seal(440, 560, 112, office, seed=seed + 617, **ink(seed + 1))
    return Built("diploma", [p, q], _fields(name, gender, birth, school, major, level, start,
                                            end, number), seal=school)


# --------------------------------------------------------------------------- round 11
# Drawn by another hand after round 10's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round11` (drawn only by the others11 profile).

@layout(LAYOUTS, "diploma.weixin_chakan", cn_dates=False)
def weixin_chakan(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of the certificate photo opened in WeChat's image viewer (the photo
    a relative or the unit's clerk sent in a chat, screenshotted instead of saved): a tall
    portrait screen, black above and below, the status bar (time, 5G, battery) in white at
    the top, the landscape certificate fitted to the screen's width in the middle, and at the
    foot the viewer's 查看原图（2.1M） button and the download icon. The certificate is the
    2010s landscape template with the photo at the upper RIGHT and the 证书编号 under it, the
    title 毕业证书 in 黑体, the prose in 宋体 with every date in 〇-numerals (二〇〇三年九月),
    学校 and 校长 lines at the lower left under the school seal, the date at the lower right."""
    from ..layout import Ellipse

    graduate = level in GRADUATE
    p = Page(540.0, 1170.0, background=(0, 0, 0), font=MICRO)
    white = (238, 238, 238)
    p.text(34, 34, f"{9 + seed % 12}:{seed % 60:02d}", 15, color=white, line=False)
    p.text(440, 34, "5G", 12, color=white, line=False)
    p.rect(470, 22, 34, 15, white, None, 1.0)
    p.rect(472, 24, 10 + seed % 20, 11, None, white, 0)
    s = 540 / 842
    x0, y0 = 0.0, 395.0

    def at(x, y):
        return x0 + x * s, y0 + y * s

    p.rect(x0, y0, 540, 595 * s, None, (246, 240, 226), 0)
    red = (150, 32, 36)
    p.rect(*at(20, 20), 802 * s, 555 * s, red, None, 2.0)
    p.rect(*at(28, 28), 786 * s, 539 * s, red, None, 0.6)
    p.text(*at(380, 70), school if graduate else "普通高等学校", 14 * s * 1.3, "center", red,
           font=MING)
    p.text(*at(380, 124), "研究生毕业证书" if graduate else "毕 业 证 书", 34 * s, "center",
           red, font=HEI)
    p.photo(*at(646, 96), 104 * s, 138 * s, bg=(70, 130, 200))
    p.text(*at(698, 268), "证书编号", 17 * s, "center", font=MING)
    p.text(*at(698, 292), number, 17 * s, "center", font=MICRO)
    who = "研究生" if graduate else "学生"
    body = (f"{who}{name}，性别{gender}，{cn_upper(birth)}生，于{cn_upper(start)}至"
            f"{cn_upper(end)}在本校{major}专业{_years(years)}年制{STUDY[level]}学习，修完"
            "教学计划规定的全部课程，成绩合格，准予毕业。")
    p.font = MING
    y = p.wrapped(*at(74, 190), body, 530 * s, 18.5 * s, 34 * s, first_indent=37 * s)
    yb = max(y + 26, y0 + 420 * s)
    p.text(x0 + 74 * s, yb, f"学校：{school}", 18 * s)
    p.text(x0 + 74 * s, yb + 24, f"校长：{president}", 18 * s)
    p.text(x0 + 780 * s, yb + 52, cn_upper(issued_on), 18 * s, "right")
    p.seal(x0 + 74 * s + text_width(f"学校：{school}", 18 * s, MING) * 0.6, yb - 6, 108 * s,
           school, seed=seed + 701, **ink(seed + 2))
    p.font = MICRO
    p.rect(200, 1068, 140, 34, (150, 150, 150), None, 1.0)
    p.text(270, 1091, "查看原图（2.1M）", 13, "center", white, line=False)
    p.rect(478, 1072, 24, 24, white, None, 1.4)  # the download icon
    p.items.append(Ellipse(486, 1080, 8, 8, white))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.cailiao_huibian")
def cailiao_huibian(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """One page of the applicant's 职称申报材料汇编 (the bound or PDF compilation of every
    attachment, made in Word and printed or exported page by page, the way many 评委会
    ask for one file): a running header with the applicant's name and 专业技术资格评审申报
    材料 over a rule, the section heading 三、学历证书 in 黑体, the scanned portrait certificate
    pasted as a picture with a thin black border and a caption under it (毕业证书（原件扫描件）),
    the page number — 6 — centred in the foot. The pasted certificate is the portrait
    template of the 2000s–2010s in green: 毕业证书 at the top, the photo at the upper left
    with the 证书编号 beside it, the prose in 楷体 with dates as 2003年9月, the 学校名称 and
    校（院）长 lines and the date at the lower right under the school seal."""
    graduate = level in GRADUATE
    p = Page(*A4, background=(255, 255, 255), font=MING)
    p.text(297, 50, f"{name}  专业技术资格评审申报材料", 9.5, "center", (90, 90, 90))
    p.hline(60, 535, 58, 0.6)
    p.text(64, 100, "三、学历证书", 16, font=HEI)
    x0, y0, w, h = 96.0, 124.0, 403.0, 570.0
    p.rect(x0 - 1, y0 - 1, w + 2, h + 2, (20, 20, 20), (250, 251, 244), 0.8)
    green = (30, 100, 70)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, green, None, 2.2)
    p.rect(x0 + 18, y0 + 18, w - 36, h - 36, green, None, 0.5)
    p.text(x0 + w / 2, y0 + 62, "研究生毕业证书" if graduate else "毕 业 证 书", 24, "center",
           green, font=KAI)
    p.photo(x0 + 40, y0 + 90, 72, 96, bg=(200, 60, 60))
    p.text(x0 + 130, y0 + 160, "证书编号：", 10, font=MING)
    p.text(x0 + 130, y0 + 178, number, 10.5, font=MICRO)
    who = "研究生" if graduate else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    p.font = KAI
    y = p.wrapped(x0 + 40, y0 + 236, body, w - 80, 13, 26, first_indent=26)
    y = max(y + 30, y0 + 400)
    p.text(x0 + 40, y, f"学校名称：{school}", 12.5)
    p.text(x0 + 40, y + 28, f"校（院）长：{president}", 12.5)
    p.text(x0 + w - 40, y + 74, cn(issued_on), 12.5, "right")
    p.seal(x0 + 40 + text_width(f"学校名称：{school}", 12.5, KAI) * 0.66, y + 4, 88, school,
           seed=seed + 711, **ink(seed + 4))
    p.font = MING
    p.text(297, y0 + h + 26, "毕业证书（原件扫描件）", 10.5, "center", (60, 60, 60), line=False)
    p.text(297, 800, "— 6 —", 11, "center", line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 12
# Drawn by another hand after round 11's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round12` (drawn only by the others12 profile).

@layout(LAYOUTS, "diploma.dianzi_pdf", cn_dates=False)
def dianzi_pdf(*, name, gender, birth, school, major, level, start, end, years, number,
               president, issued_on, seed=0, **_) -> Built:
    """The 电子毕业证书 PDF a university's 学籍管理系统 lets graduates download since the
    2020s (issued alongside the paper certificate, signed with the school's 电子签章): a
    white landscape page in 黑体 with a thin blue band at the top carrying the school name,
    the title 电子毕业证书, a ruled two-column table (项目 / 内容) with zero-padded dates
    (2003年09月01日 style: 2003年09月), a QR-code square at the lower left with 扫码验真 and a
    16-character 验证码 under it, the red 电子签章 over the 校长 line at the lower right.
    Saved straight from the PDF (no capture noise)."""
    graduate = level in GRADUATE
    p = Page(*A4_LANDSCAPE, background=(255, 255, 255), font=HEI)
    blue = (24, 72, 150)
    p.rect(0, 0, 842, 54, None, blue, 0)
    p.text(40, 35, school, 18, color=(255, 255, 255))
    p.text(421, 100, "电子毕业证书", 26, "center", blue)
    p.text(421, 124, "（研究生）" if graduate else "（普通高等教育）", 11, "center",
           (90, 90, 90))

    def zp(d):
        return f"{d[:4]}年{d[5:7]}月" + (f"{d[8:10]}日" if len(d) > 7 else "")
    p.font = MICRO
    y = grid(p, 150, 146, [120, 360], [
        ["姓名", name], ["性别", gender], ["出生日期", zp(birth)], ["专业", major],
        ["层次", STUDY[level]], ["学制", f"{years}年"], ["入学日期", zp(start[:7])],
        ["毕业日期", zp(end[:7])], ["证书编号", number]], 30, 12)
    p.photo(660, 146, 90, 120, bg=(240, 240, 244))
    p.font = HEI
    # QR code square (a deterministic checker pattern)
    qx, qy, cell = 60, 440, 5.0
    for i in range(17):
        for j in range(17):
            if (i * 7 + j * 13 + seed + i * j) % 3 == 0 or (i < 4 and j < 4) or (
                    i < 4 and j > 12) or (i > 12 and j < 4):
                p.rect(qx + i * cell, qy + j * cell, cell, cell, None, (20, 20, 20), 0)
    p.text(102, 540, "扫码验真", 10, "center", line=False)
    p.text(60, 560, f"验证码：{_code(number + name, 16)}", 9.5, line=False)
    p.text(600, y + 60, f"校长：{president}", 13)
    p.text(600, y + 90, f"发证日期：{zp(issued_on)}", 13)
    p.seal(660, y + 70, 96, school, bottom="电子签章", seed=seed + 811, color=(230, 20, 30))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.fengmian_neiye", pages=2)
def fengmian_neiye(*, name, gender, birth, school, major, level, start, end, years, number,
                   president, issued_on, seed=0, **_) -> Built:
    """A two-image upload of the certificate in its booklet: first the closed hard cover
    phone-photographed on a grey table (maroon cloth, the school name and 毕业证书 stamped in
    gold, nothing else), then the inside page scanned flat. The inside page is the portrait
    template of some 1990s–2000s provincial colleges with dotted dates (2003.09) in the prose,
    a 楷体 body, the 证书编号 at the bottom left, and the 校长 line with the date at the right
    under a dark-red seal that half covers the president's name."""
    gold = (205, 170, 80)
    c = Page(*A4, background=(150, 150, 146), font=KAI)
    c.rect(90, 90, 415, 610, None, (110, 24, 34), 0)
    c.rect(106, 106, 383, 578, gold, None, 1.2)
    c.text(297, 300, school, 22, "center", gold)
    c.text(297, 400, "毕 业 证 书", 40, "center", gold)
    q = Page(*A4, background=(251, 248, 238), font=KAI)
    frame(q, (110, 24, 34), 24, 32, 1.6)
    q.text(297, 110, "毕 业 证 书", 30, "center", (110, 24, 34))
    q.photo(90, 150, 90, 120)
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，{gender}，{birth.replace('-', '.')}生，于{dotted(start[:7])}至"
            f"{dotted(end[:7])}在本校{major}专业{STUDY[level]}学习，学制{years}年，"
            "修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = q.wrapped(90, 320, body, 415, 15, 30, first_indent=30)
    q.text(505, y + 60, f"{school}", 14, "right")
    q.text(505, y + 92, f"校长  {president}", 14, "right")
    q.text(505, y + 124, issued_on.replace("-", "."), 14, "right")
    q.seal(470, y + 90, 104, school, seed=seed + 821, color=(150, 18, 30), strength=0.9)
    q.text(90, 760, f"证书编号：{number}", 11, font=MICRO)
    return Built("diploma", [c, q], _fields(name, gender, birth, school, major, level, start,
                                            end, number), seal=school)


# --------------------------------------------------------------------------- round 13
# Drawn by another hand after round 12's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round13` (drawn only by the others13 profile).

@layout(LAYOUTS, "diploma.beianbiao_tongsao")
def beianbiao_tongsao(*, name, gender, birth, school, major, level, start, end, years,
                      number, president, issued_on, seed=0, **_) -> Built:
    """The certificate and its 《教育部学历证书电子注册备案表》 laid side by side on an A3
    copier glass and scanned as ONE landscape image (what 职称 windows that ask for 毕业证 +
    学历备案表 often receive): at the left the portrait certificate reduced (宋体 prose with
    Chinese dates, the school seal over the 校长 line, 证书编号 at the foot); at the right the
    学信网 printout (黑体 label grid with zero-padded dates 2003年09月, 在线验证码, QR box,
    更新日期). A grey gap and the copier's shadow between the two sheets."""
    p = Page(*A4_LANDSCAPE, background=(214, 214, 210), font=MING)
    red = (140, 30, 36)
    p.rect(24, 22, 380, 550, None, (250, 247, 238), 0)
    frame(p, red, 32, 38, 1.4)
    p.rect(404, 22, 8, 550, None, (150, 150, 146), 0)
    p.text(214, 86, school, 20, "center", red)
    p.text(214, 120, "毕 业 证 书", 20, "center", red)
    p.photo(176, 138, 76, 100)
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}"
            f"在本校{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部"
            "课程，成绩合格，准予毕业。")
    y = p.wrapped(60, 272, body, 310, 11.5, 23, first_indent=23)
    p.text(370, y + 30, f"校（院）长：{president}", 11.5, "right")
    p.text(370, y + 56, cn(issued_on), 11.5, "right")
    p.seal(300, y + 40, 84, school, seed=seed + 1301, **ink(seed))
    p.text(60, 540, f"证书编号：{number}", 10)
    # the 学信网 备案表 printout
    p.rect(424, 22, 396, 550, None, (255, 255, 255), 0)
    p.font = HEI
    p.text(622, 70, "教育部学历证书电子注册备案表", 16, "center")
    p.text(800, 94, f"更新日期：{2018 + seed % 6}年{1 + seed % 12:02d}月{10 + seed % 18}日",
           8, "right", (90, 90, 90), line=False)

    def zp(d):
        return f"{d[:4]}年{d[5:7]}月" + (f"{d[8:10]}日" if len(d) > 7 else "")
    p.font = MICRO
    y2 = grid(p, 444, 108, [78, 200], [
        ["姓名", name], ["性别", gender], ["出生日期", zp(birth)],
        ["入学日期", zp(start[:7])], ["毕（结）业日期", zp(end[:7])], ["学校名称", school],
        ["专业", major], ["学制", f"{years}年"], ["层次", STUDY[level]],
        ["学历类别", "普通高等教育"], ["学习形式", "普通全日制"], ["毕（结）业", "毕业"],
        ["证书编号", number], ["校（院）长姓名", president]], 24, 9.5)
    p.photo(732, 108, 72, 96, bg=(236, 236, 240))
    p.text(444, y2 + 30, f"在线验证码：{_code(name + number, 16)}", 9.5, line=False)
    p.text(444, y2 + 50, "本表可在学信网（www.chsi.com.cn）在线验证", 8.5, color=(90, 90, 90),
           line=False)
    qr_x, qr_y, m = 740, y2 + 14, 3.4
    for i in range(19):
        for j in range(19):
            if (i * 5 + j * 11 + seed + i * j) % 3 == 0 or (i < 5 and j < 5) or (
                    i < 5 and j > 13) or (i > 13 and j < 5):
                p.rect(qr_x + i * m, qr_y + j * m, m, m, None, (25, 25, 25), 0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.xiangkuang_paizhao")
def xiangkuang_paizhao(*, name, gender, birth, school, major, level, start, end, years,
                       number, president, issued_on, seed=0, **_) -> Built:
    """The certificate as many parents and graduates keep it: mounted in a glazed wooden
    picture frame (相框) with a white mat and hung on the living-room wall, photographed there
    with a phone rather than taken down: the cream wall and a picture nail with its wire above,
    the dark wood moulding, a pale window reflection on the glass over the upper right corner
    and a softer glare band across the top (none over the text), the certificate inside the
    mat in 楷体: school and 毕业证书 at the top, the photo at the left of the prose (dates
    2003年9月), 校长 and date at the lower right under the seal, 证书编号 at the lower left."""
    p = Page(600.0, 800.0, background=(226, 218, 198), font=KAI)
    wood = (92, 58, 34)
    p.items.append(Line(300, 40, 230, 92, 1.0, (80, 80, 80)))
    p.items.append(Line(300, 40, 370, 92, 1.0, (80, 80, 80)))
    p.rect(296, 34, 8, 8, None, (120, 120, 120), 0)
    p.rect(62, 92, 476, 640, None, wood, 0)
    p.rect(86, 116, 428, 592, None, (246, 244, 238), 0)
    p.rect(112, 142, 376, 540, None, (250, 244, 226), 0)
    p.rect(112, 142, 376, 36, None, (253, 250, 240), 0)      # glare band
    p.rect(400, 142, 88, 70, None, (254, 253, 250), 0)       # window reflection
    red = (150, 28, 34)
    p.rect(122, 152, 356, 520, red, None, 1.2)
    p.text(300, 214, school, 20, "center", red)
    p.text(300, 250, "毕 业 证 书", 22, "center", red)
    p.photo(140, 282, 74, 98)
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}在本校"
            f"{major}专业学习，学制{years}年，修完{STUDY[level]}教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(228, 296, body, 236, 12.5, 25, first_indent=25)
    y = max(y, 410)
    p.text(460, y + 44, f"校长：{president}", 12.5, "right")
    p.text(460, y + 74, cn(issued_on), 12.5, "right")
    p.seal(400, y + 56, 88, school, seed=seed + 1302, **ink(seed + 3))
    p.text(140, 650, f"证书编号：{number}", 10, font=MICRO)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 14
# Drawn by another hand after round 13's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round14` (drawn only by the others14 profile).

@layout(LAYOUTS, "diploma.dangan_shuzihua")
def dangan_shuzihua(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """A PC screenshot of the 干部人事档案数字化 viewer (the 数字档案查阅 module of a unit's
    人事档案管理信息系统, where the 档案 of 事业单位 staff were scanned page by page under the
    2017 数字化 rules): when the original certificate is lost or locked in the file, the unit's
    人事 clerk opens the holder's digital file and screenshots the page. A dark-blue title
    bar, a toolbar (放大 / 缩小 / 旋转, 打印 greyed out, 第 1 / 1 页), the 档案目录 tree at the
    left with the ten categories and 第四类 opened on 4-1 毕业证书 highlighted, the scanned page
    in the grey viewing area (the landscape certificate in colour: 毕业证书 in red 宋体, the
    photo at the left, the prose with dates as 2003年9月, 证书编号 under the photo, the school
    seal over 校名 and the date), the system's faint grey 查阅 watermark (unit, viewer, date)
    repeated across the image, and the status bar with 档号, 查阅人 and the time."""
    p = Page(1000.0, 580.0, background=(236, 238, 242), font=MICRO)
    blue, grey = (28, 62, 120), (110, 110, 110)
    p.rect(0, 0, 1000, 30, None, blue, 0)
    p.text(14, 20, "干部人事档案管理信息系统 — 数字档案查阅", 11.5, color=(255, 255, 255),
           line=False)
    p.text(986, 20, "—  □  ×", 11, "right", (255, 255, 255), line=False)
    p.rect(0, 30, 1000, 30, None, (246, 247, 250), 0)
    tools = ["放大", "缩小", "适应窗口", "左旋", "右旋"]
    for i, t in enumerate(tools):
        p.text(232 + i * 62, 50, t, 9.5, color=(40, 40, 40), line=False)
    p.text(552, 50, "打印", 9.5, color=(185, 185, 185), line=False)
    p.text(600, 50, "下载", 9.5, color=(185, 185, 185), line=False)
    p.text(986, 50, f"查阅对象：{name}    第 1 / 1 页", 9.5, "right", (40, 40, 40), line=False)
    # the catalogue tree
    p.rect(0, 60, 210, 494, None, (250, 251, 253), 0)
    p.text(12, 82, "档案目录", 11, color=blue, line=False)
    cats = ["一、履历材料", "二、自传和思想材料", "三、考核鉴定材料", "四、学历学位、职称材料",
            "4-1  毕业证书", "4-2  学位证书", "4-3  专业技术职务材料", "五、政审材料",
            "六、党团材料", "七、奖励材料", "八、处分材料", "九、工资任免出国材料", "十、其他材料"]
    y = 108
    for c in cats:
        sub = c.startswith("4-")
        if c.startswith("4-1"):
            p.rect(18, y - 13, 186, 19, None, (205, 222, 246), 0)
        p.text(30 if sub else 12, y, ("+ " if not sub else "") + c, 9.5,
               color=(30, 30, 30) if sub else (70, 70, 70), line=False)
        y += 26
    # the scanned page
    p.rect(210, 60, 790, 494, None, (128, 130, 134), 0)
    x0, y0, w, h = 262, 80, 690, 456
    p.rect(x0, y0, w, h, None, (250, 246, 232), 0)
    red = (170, 32, 36)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, red, None, 2.0)
    p.rect(x0 + 18, y0 + 18, w - 36, h - 36, red, None, 0.6)
    p.text(x0 + w / 2, y0 + 74, "毕 业 证 书", 28, "center", red, font=MING)
    p.photo(x0 + 50, y0 + 110, 90, 118)
    p.text(x0 + 50, y0 + 250, "证书编号：", 10, font=MING)
    p.text(x0 + 50, y0 + 268, number, 10, font=MING)
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    p.font = MING
    y = p.wrapped(x0 + 178, y0 + 130, body, 460, 14, 30, first_indent=28)
    p.text(x0 + 330, max(y, y0 + 300) + 40, f"校  长：{president}", 13)
    p.text(x0 + 500, max(y, y0 + 300) + 40, f"{school}", 13)
    p.text(x0 + 500, max(y, y0 + 300) + 76, cn(issued_on), 13)
    p.seal(x0 + 560, max(y, y0 + 300) + 50, 96, school, seed=seed + 1401, **ink(seed + 1))
    stamp = f"{2024}-07-{10 + seed % 18:02d}"
    for gx in (380, 700):
        for gy in (170, 400):
            p.watermark(gx, gy, f"人事科 韦丽 查阅 {stamp}", 13, 28.0, (120, 120, 120),
                        0.16)
    p.font = MICRO
    p.rect(0, 554, 1000, 26, None, (222, 225, 232), 0)
    p.text(12, 571, f"档号：GB-{number[6:10]}-04-01    扫描 300dpi 彩色    查阅人：韦丽"
           f"    {stamp} 10:{20 + seed % 39:02d}", 9, color=grey, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.pin_changtu")
def pin_changtu(*, name, gender, birth, school, major, level, start, end, years, number,
                president, issued_on, seed=0, **_) -> Built:
    """毕业证 and 学位证 joined into one long image with a phone's 拼长图 / 拼图 tool (the
    photo album's or 美图秀秀's vertical collage) and uploaded in the 毕业证书 slot, the way
    many applicants send the pair in one picture: a tall portrait image, two phone photos of
    the certificates one above the other on different desks with a white seam between, both
    shot a little off square. Top: the 毕业证书, the portrait 2010s template in 楷体 (photo at
    the upper left, 证书编号 beside it, prose with dates as 2003年9月, 校长 and the date under
    the school seal). Below: the 学位证书 of the same course, its own number (16 digits) and
    award date, the committee's seal; it is not the diploma and its values are not the
    diploma's."""
    from ._common import DESKS

    p = Page(560.0, 1500.0, background=(255, 255, 255), font=KAI)
    # upper photo: the diploma
    p.rect(0, 0, 560, 744, None, DESKS[seed % len(DESKS)], 0)
    p.rect(42, 36, 486, 688, None, (60, 45, 35), 0)
    p.rect(34, 28, 486, 688, None, (250, 247, 238), 0)
    red = (160, 30, 36)
    p.rect(50, 44, 454, 656, red, None, 1.6)
    p.text(277, 120, "毕 业 证 书", 30, "center", red)
    p.photo(82, 160, 92, 122)
    p.text(196, 200, "证书编号", 11, font=MING)
    p.text(196, 222, number, 11, font=MING)
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，成绩"
            "合格，准予毕业。")
    y = p.wrapped(82, 330, body, 390, 15, 32, first_indent=30)
    p.text(300, y + 56, f"校名：{school}", 14)
    p.text(300, y + 88, f"校长：{president}", 14)
    p.text(300, y + 120, cn(issued_on), 14)
    p.seal(390, y + 80, 104, school, seed=seed + 1411, **ink(seed + 2))
    # the seam, then the lower photo: the degree certificate
    y0 = 756
    p.rect(0, y0, 560, 744, None, DESKS[(seed + 2) % len(DESKS)], 0)
    p.rect(40, y0 + 34, 484, 680, None, (55, 45, 40), 0)
    p.rect(32, y0 + 26, 484, 680, None, (248, 248, 244), 0)
    navy = (40, 60, 120)
    p.rect(48, y0 + 42, 452, 648, navy, None, 1.6)
    p.text(274, y0 + 116, "学 位 证 书", 30, "center", navy)
    p.photo(228, y0 + 146, 92, 122)
    degree = "学士" if level not in GRADUATE else "硕士"
    disc = D.DISCIPLINE.get(major, "工学")
    award = issued_on[:8] + f"{max(1, int(issued_on[8:]) - 3 - seed % 4):02d}"
    dno = f"{number[:5]}{4 if degree == '学士' else 3}{number[6:10]}{number[-6:][::-1]}"
    study = "本科学习计划" if degree == "学士" else "硕士研究生培养计划"
    body2 = (f"{name}，{gender}，{cn(birth[:7])}生。在{school}{major}专业完成了{study}，"
             f"业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    y = p.wrapped(80, y0 + 310, body2, 392, 15, 32, first_indent=30)
    p.text(290, y + 56, f"{school}学位评定委员会", 13)
    p.text(290, y + 86, "主席：" + president, 13)
    p.text(290, y + 116, cn(award), 13)
    p.seal(380, y + 76, 100, school + "学位评定委员会", seed=seed + 1412, **ink(seed + 4))
    p.text(80, y0 + 670, f"证书编号：{dno}", 11, font=MING)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 15
# Drawn by another hand after round 14's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round15` (drawn only by the others15 profile).

@layout(LAYOUTS, "diploma.jieye_huanfa", accepts=lambda a: a["level"] in UNDERGRAD)
def jieye_huanfa(*, name, gender, birth, school, major, level, start, end, years, number,
                 president, issued_on, seed=0, **_) -> Built:
    """The 毕业证书 换发 for a 结业 student (学籍管理规定: a student who finished the course
    but failed some courses leaves with a 结业证书; after passing the 补考 / 重修 within the
    school's time limit, the 教务处 takes the 结业证书 back and issues a 毕业证书 in its place,
    dated on the day of the exchange, a year or two after the study period ended). The
    ordinary landscape 2000s–2010s template in 仿宋-like 宋体 on a pale green guilloche ground:
    the photo at the left with the 证书编号 under it, the prose keeps the original study period
    (…于2003年9月至2007年6月在本校…学习…) and reads …经补考成绩合格，准予毕业 (换发), the
    校长 and the school under its seal, the later 换发 date at the lower right, and a printed
    foot line quoting the 原结业证书编号 (a different number, 办学类型 digit intact, the
    serial off) with the 换发 date again. Scanned flat in colour on the unit's MFP."""
    green, dark = (40, 110, 80), (28, 36, 30)
    p = Page(*A4_LANDSCAPE, background=(241, 247, 240), font=MING)
    for k in range(0, 842, 14):  # the guilloche ground, faint diagonal hatching
        p.items.append(Line(k, 0, k + 120, 595, 0.3, (214, 232, 214)))
    p.rect(22, 22, 798, 551, green, None, 2.6)
    p.rect(30, 30, 782, 535, green, None, 0.7)
    p.text(421, 84, "普通高等学校", 15, "center", green)
    p.text(421, 128, "毕 业 证 书", 34, "center", green, font=HEI)
    p.photo(70, 160, 100, 134, bg=(240, 240, 240))
    p.text(120, 320, "证书编号", 11, "center", dark)
    p.text(120, 340, number, 11, "center", dark)
    hy = str(int(end[:4]) + 1 + seed % 2)
    changed = f"{hy}-{(seed % 5) + 3:02d}-{10 + seed % 18:02d}"
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            f"经补考成绩合格，准予毕业（换发）。")
    y = p.wrapped(222, 186, body, 548, 15.5, 31, first_indent=31)
    y = max(y + 34, 392)
    p.text(470, y, f"校  名：{school}", 14.5, color=dark)
    p.text(470, y + 32, f"校  长：{president}", 14.5, color=dark)
    p.text(470, y + 64, cn(changed), 14.5, color=dark)
    p.seal(560, y + 20, 106, school, seed=seed + 1501, **ink(seed + 3))
    old = f"{number[:-4]}{(int(number[-4:]) + 37 + seed % 50) % 10000:04d}"
    p.items.append(Line(60, 526, 782, 526, 0.5, green))
    p.text(66, 546, f"注：本证书系结业证书换发，原结业证书编号 {old} 同时作废。换发日期："
           f"{cn(changed)}", 9.5, color=(70, 80, 70))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.pingmu_fanpai")
def pingmu_fanpai(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """The certificate photographed off a computer screen (翻拍): the applicant has only the
    scan that the unit's 人事科 keeps, opens it on the office PC in the Windows 照片 viewer and
    takes a phone picture of the monitor instead of copying the file. The photo shows the
    monitor's black bezel with its brand mark and power light, the dark-grey viewer window
    (file name 毕业证扫描件.jpg, zoom 100%, 第 1 / 3 张), the portrait 普通高等学校 certificate
    filling the window's height (title in 宋体, photo centred under it, prose with dates as
    2003年9月, 校长 and school under the seal, 证书编号 at the foot), the screen's moiré as faint
    diagonal bands across the lit picture, the desk lamp's reflection as a pale oval in the
    certificate's empty upper left corner, and the Windows taskbar along the bottom with the
    clock."""
    from ..layout import Ellipse

    p = Page(900.0, 700.0, background=(34, 32, 30), font=MING)
    p.rect(30, 24, 840, 620, None, (12, 12, 14), 0)  # the bezel
    p.text(450, 638, "AOC", 9, "center", (120, 120, 120), line=False)
    p.items.append(Ellipse(826, 632, 5, 5, (60, 160, 255)))
    p.rect(46, 38, 808, 584, None, (44, 44, 48), 0)  # the viewer window
    p.text(60, 56, "毕业证扫描件.jpg - 照片", 10, color=(220, 220, 220), line=False)
    p.text(840, 56, "—   □   ×", 10, "right", (220, 220, 220), line=False)
    p.text(760, 56, "100%    第 1 / 3 张", 9.5, "right", (200, 200, 200), line=False)
    # the scan in the window
    x0, y0, w, h = 300, 66, 300, 526
    p.rect(x0, y0, w, h, None, (250, 248, 242), 0)
    for k in range(-60, 600, 11):  # moiré bands, on the lit picture only
        t1, t2 = max(0.0, (x0 - k) / 260), min(1.0, (x0 + w - k) / 260)
        if t1 < t2:
            p.items.append(Line(k + 260 * t1, y0 + h * t1, k + 260 * t2, y0 + h * t2, 0.35,
                                (232, 226, 232)))
    red = (168, 30, 34)
    p.rect(x0 + 8, y0 + 8, w - 16, h - 16, red, None, 1.4)
    p.text(x0 + w / 2, y0 + 46, "普通高等学校", 10, "center", red)
    p.text(x0 + w / 2, y0 + 78, "毕 业 证 书", 22, "center", red)
    p.photo(x0 + w / 2 - 34, y0 + 94, 68, 90, bg=(70, 126, 196))
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(x0 + 26, y0 + 214, body, w - 52, 10.5, 21, first_indent=21)
    y = max(y + 22, y0 + 380)
    p.text(x0 + 130, y, f"校名：{school}", 10)
    p.text(x0 + 130, y + 22, f"校长：{president}", 10)
    p.text(x0 + 130, y + 44, cn(issued_on), 10)
    p.seal(x0 + 196, y + 14, 70, school, seed=seed + 1502, **ink(seed + 1))
    p.text(x0 + 26, y0 + h - 24, f"证书编号：{number}", 9.5)
    p.items.append(Ellipse(x0 + 18, y0 + 12, 96, 22, (255, 255, 254)))  # the lamp's glare
    p.rect(46, 592, 808, 30, None, (30, 36, 48), 0)  # taskbar
    p.text(840, 611, f"{8 + seed % 9}:{10 + seed % 49:02d}  2024/{6 + seed % 3}/{10 + seed % 19}",
           9, "right", (230, 230, 230), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 16
# Drawn by another hand after round 15's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round16` (drawn only by the others16 profile).

@layout(LAYOUTS, "diploma.boli_taiban")
def boli_taiban(*, name, gender, birth, school, major, level, start, end, years, number,
                president, issued_on, seed=0, **_) -> Built:
    """The certificate laid on the glass plate (玻璃台板) that covers an office desk in most
    Chinese 事业单位 offices and photographed from above with a phone: round the sheet the
    desk's green baize seen through the glass, and under the glass what people keep there (a
    typed 常用电话 list and a year calendar card, both half hidden by the certificate), the
    glass's green edge along the bottom, two ceiling fluorescent tubes mirrored in the glass as
    long pale bars (one crossing only the certificate's empty top margin). The certificate is
    the landscape template some schools printed in the 2010s with a blue-grey double border
    and the 修业期满 wording (兹证明…自2003年9月至2007年6月在我校…专业四年制本科学习，
    修业期满，成绩合格，准予毕业。), 黑体 title, the photo at the right, the 证书编号 at
    the lower left and 校长 and the date at the lower right under the school seal."""
    p = Page(900.0, 660.0, background=(58, 96, 78), font=MING)
    # under the glass: a phone list and a calendar card
    p.rect(18, 30, 170, 250, None, (236, 236, 228), 0)
    p.text(103, 52, "常用电话", 11, "center", (40, 40, 40), line=False, font=HEI)
    for i, (who, tel) in enumerate([("办公室", "2861035"), ("人事科", "2861047"),
                                    ("财务科", "2861052"), ("后勤", "2861066"),
                                    ("值班室", "2861000")]):
        p.text(30, 78 + i * 22, who, 9.5, color=(60, 60, 60), line=False)
        p.text(176, 78 + i * 22, tel, 9.5, "right", (60, 60, 60), line=False)
    p.rect(720, 470, 170, 150, None, (246, 238, 226), 0)
    p.text(805, 492, "2024", 14, "center", (190, 40, 40), line=False, font=HEI)
    for r in range(4):
        for c in range(7):
            p.text(736 + c * 22, 516 + r * 22, str(1 + (r * 7 + c) % 28), 8, "center",
                   (110, 100, 90), line=False)
    # the sheet, its shadow, the border
    x0, y0, w, h = 96, 64, 708, 500
    p.rect(x0 + 5, y0 + 7, w, h, None, (34, 60, 48), 0)
    p.rect(x0, y0, w, h, None, (247, 247, 242), 0)
    blue = (70, 92, 120)
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, blue, None, 2.2)
    p.rect(x0 + 21, y0 + 21, w - 42, h - 42, blue, None, 0.6)
    p.text(x0 + w / 2, y0 + 92, "毕　业　证　书", 30, "center", blue, font=HEI)
    p.photo(x0 + w - 140, y0 + 122, 82, 110, bg=(232, 232, 232))
    who = "研究生" if level in GRADUATE else ""
    body = (f"兹证明{who}{name}，{gender}，{cn(birth)}生，自{cn(start[:7])}至{cn(end[:7])}在我校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修业期满，成绩合格，准予毕业。")
    y = p.wrapped(x0 + 64, y0 + 150, body, w - 240, 14.5, 30, first_indent=29)
    y = max(y + 40, y0 + 340)
    p.text(x0 + 420, y, f"{school}", 14)
    p.text(x0 + 420, y + 30, f"校长：{president}", 14)
    p.text(x0 + 420, y + 60, cn(issued_on), 14)
    p.seal(x0 + 500, y + 18, 100, school, seed=seed + 1601, **ink(seed + 4))
    p.text(x0 + 60, y0 + h - 48, f"证书编号：{number}", 11.5)
    # the glass: its edge and the mirrored tubes (over empty paper and baize only)
    p.rect(0, 640, 900, 20, None, (118, 168, 140), 0)
    p.rect(x0 + 150, y0 + 34, 400, 10, None, (255, 255, 252), 0)
    p.rect(x0 + 260, 18, 380, 9, None, (150, 190, 170), 0)
    p.rect(812, 100, 12, 300, None, (120, 160, 140), 0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.dangan_mingce")
def dangan_mingce(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """The 档案证明 a university's 档案馆 issues from its 毕业生名册 (the register of each
    class's graduates and their certificate numbers that the 教务处 hands to the archive):
    asked for by a graduate whose certificate is lost when the 学历证明书 is slow to come, or
    whose name the 学信网 record spells differently. A4 portrait in 宋体: the archive's name
    over 档案证明, the 证明 number （档证字〔2024〕第 087 号）, the sentence naming the holder
    with birth date, study period, major and level and the certificate number as the register
    records it, then 《2007届本科毕业生名册》（摘录） as a ruled table of a few lines of the
    register (the holder among classmates on the same page, dotted dates 1985.03.27 and
    2003.09, the holder's row as the 证明 quotes it), 以上信息与馆藏档案一致, the 经办人 line, the
    archive's seal over its name and the date. Scanned flat in greyscale-looking colour."""
    from ._common import other_people

    p = Page(*A4, background=(250, 250, 247), font=MING)
    today = f"{2022 + seed % 3}-{3 + seed % 8:02d}-{10 + seed % 17:02d}"
    archive = f"{school}档案馆"
    p.text(297, 92, archive, 17, "center")
    p.text(297, 132, "档 案 证 明", 24, "center", font=HEI)
    p.text(520, 166, f"档证字〔{today[:4]}〕第 {seed % 180 + 12:03d} 号", 10.5, "right")
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"兹证明{who}{name}，{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}在我校"
            f"{major}专业{STUDY[level]}学习，学制{_years(years)}年，准予毕业，"
            f"毕业证书编号为{number}。经查，我馆保存的《{end[:4]}届{STUDY[level]}毕业生名册》"
            "记载如下：")
    y = p.wrapped(66, 206, body, 463, 12.5, 25, first_indent=25)
    others = other_people(f"mc:{school}:{major}:{end[:4]}", 3,
                          (int(birth[:4]) - 1, int(birth[:4]) + 2))
    rows = []
    for i, (oname, ogender, oid) in enumerate(others):
        serial = (int(number[-4:]) + (i - 1 if i else -2) * 3 + 7) % 10000
        if serial == int(number[-4:]):
            serial = (serial + 1) % 10000
        obirth = f"{oid[6:10]}.{oid[10:12]}.{oid[12:14]}"
        rows.append([oname, ogender, obirth, f"{number[:-4]}{serial:04d}"])
    rows.append([name, gender, birth.replace("-", "."), number])
    rows.sort(key=lambda r: r[3])
    y += 12
    p.text(297, y, f"《{end[:4]}届{STUDY[level]}毕业生名册》（摘录）", 12.5, "center", font=HEI)
    p.text(66, y + 24, f"专业：{major}    层次：{STUDY[level]}    学制：{years}年", 10.5)
    p.text(66, y + 44, f"入学时间：{dotted(start)}    毕业时间：{dotted(end)}", 10.5)
    table = [["序号", "姓名", "性别", "出生日期", "毕业证书编号"]]
    table += [[str(i + 1), *r] for i, r in enumerate(rows)]
    y = p.table(66, y + 58, [40, 78, 44, 100, 201], table, 26, 10.5)
    p.text(66, y + 34, "以上信息与馆藏档案一致。", 12.5)
    p.text(66, y + 62, "特此证明。", 12.5)
    p.text(66, y + 106, f"经办人：{'李' if seed % 2 else '韦'}{'敏' if seed % 3 else '红'}", 11,
           line=True)
    p.text(470, y + 120, archive, 12.5, "center")
    p.text(470, y + 148, cn(today), 12.5, "center")
    p.seal(470, y + 126, 104, archive, bottom="档案证明专用章", seed=seed + 1602,
           **ink(seed + 1))
    p.text(297, 800, "（本证明仅用于证明学历信息，复印无效）", 9.5, "center", (90, 90, 90))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=archive)


# --------------------------------------------------------------------------- round 17
# Drawn by another hand after round 16's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round17` (drawn only by the others17 profile).

@layout(LAYOUTS, "diploma.ems_youji")
def ems_youji(*, name, gender, birth, school, major, level, start, end, years, number,
              president, issued_on, seed=0, **_) -> Built:
    """The certificate as the 2020 and 2022 classes received it when campuses were closed: the
    school's 学生处 mailed 毕业证 and 学位证 by 中国邮政 EMS in a stiff 证书专用 envelope, and
    the graduate photographed the certificate with a phone on the torn-open envelope the
    moment it came (the yellow-white EMS 快递袋 with its green band and the 邮件详情单 label,
    the addresses hidden under a scribble) on the dorm desk. The certificate is the portrait
    template with a thin green rope border, 普通高等学校 over 毕业证书 in 楷体, the photo at
    the upper left beside the title block, the prose with 〇-numeral dates (学生某某，性别男，
    一九八五年三月二十七日生，于二〇〇三年九月至二〇〇七年六月在本校…), 校长 and the date at the
    lower right under the seal, 证书编号 and the 学信网 line at the lower left."""
    p = Page(620.0, 860.0, background=(118, 88, 60), font=KAI)
    # the envelope under the sheet
    p.rect(30, 24, 560, 812, None, (238, 230, 196), 0)
    p.rect(30, 24, 560, 46, None, (18, 120, 74), 0)
    p.text(52, 56, "EMS", 24, color=(250, 210, 40), line=False, font=HEI)
    p.text(130, 54, "中国邮政  证书专用", 13, color=(245, 245, 240), line=False, font=HEI)
    p.rect(420, 760, 160, 70, (60, 60, 60), (252, 252, 250), 0.6)
    p.text(430, 778, "邮件详情单", 9, color=(40, 40, 40), line=False, font=HEI)
    p.text(430, 796, f"EE{(seed * 7919) % 10 ** 9:09d}CN", 9, color=(40, 40, 40), line=False,
           font=MICRO)
    for k in range(4):
        p.hline(436 + k * 6, 560 - k * 9, 808 + k * 4, 2.2)
    # the certificate
    x0, y0, w, h = 62, 86, 480, 660
    p.rect(x0 + 5, y0 + 6, w, h, None, (150, 140, 110), 0)
    p.rect(x0, y0, w, h, None, (252, 250, 244), 0)
    green = (30, 100, 70)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, green, None, 1.6)
    p.rect(x0 + 17, y0 + 17, w - 34, h - 34, green, None, 0.5)
    p.photo(x0 + 42, y0 + 44, 82, 108, bg=(196, 214, 236))
    p.text(x0 + 290, y0 + 82, "普通高等学校", 17, "center", green, line=False)
    p.text(x0 + 290, y0 + 126, "毕 业 证 书", 28, "center", green)
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，性别{gender}，{cn_upper(birth)}生，于{cn_upper(start[:7])}至"
            f"{cn_upper(end[:7])}在本校{major}专业{_years(years)}年制{STUDY[level]}学习，"
            "修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = p.wrapped(x0 + 46, y0 + 206, body, w - 92, 14, 29, first_indent=28)
    y = max(y + 40, y0 + 440)
    p.text(x0 + 250, y, f"校    名：{school}", 13.5)
    p.text(x0 + 250, y + 30, f"校（院）长：{president}", 13.5)
    p.text(x0 + 250, y + 60, cn_upper(issued_on), 13.5)
    p.seal(x0 + 360, y + 20, 100, school, seed=seed + 1701, **ink(seed + 3))
    p.text(x0 + 42, y0 + h - 62, f"证书编号：{number}", 11.5, font=MING)
    p.text(x0 + 42, y0 + h - 40, "查询网址：http://www.chsi.com.cn", 9, color=(90, 90, 90),
           font=MING)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.penmo_daying", cn_dates=False)
def penmo_daying(*, name, gender, birth, school, major, level, start, end, years, number,
                 president, issued_on, seed=0, **_) -> Built:
    """A home inkjet print of the certificate photo, scanned again for the upload (the
    applicant had only a printout at hand when the unit asked for the file): the print head
    half clogged, so fine banding streaks cross the tinted paper and the photo every few
    millimetres (the black type, from its own cartridge, keeps its strokes) and the
    colours lean magenta (the red border pink, the photo's blue backdrop purple), a white
    printer margin round the image and the scanner lid's grey at the foot. The certificate is
    the landscape template of the 2010s with the school's name in 黑体 over 毕业证书, a
    ruled label block at the left (姓名 / 性别 / 出生日期 1985.03.27 / 专业 / 层次 / 学制 /
    学习时间 2003.09–2007.06 / 证书编号, dotted dates) beside the photo, the one-line
    准予毕业 sentence and 校长 with the date (2007年6月27日) at the lower right under the seal."""
    p = Page(842.0, 640.0, background=(214, 214, 214), font=MING)
    p.rect(0, 0, 842, 596, None, (252, 251, 252), 0)
    x0, y0, w, h = 40, 40, 762, 516
    p.rect(x0, y0, w, h, None, (250, 240, 246), 0)
    pink = (196, 84, 132)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, pink, None, 2.4)
    p.text(x0 + w / 2, y0 + 72, school, 24, "center", (120, 50, 100), font=HEI)
    p.text(x0 + w / 2, y0 + 118, "毕  业  证  书", 30, "center", (170, 50, 100), font=HEI)
    rows = [["姓    名", name], ["性    别", gender], ["出生日期", birth.replace("-", ".")],
            ["专    业", major], ["层    次", STUDY[level]], ["学    制", f"{years}年"],
            ["学习时间", f"{dotted(start[:7])}—{dotted(end[:7])}"], ["证书编号", number]]
    y = grid(p, x0 + 70, y0 + 148, [96, 250], rows, 28, 12.5, align_left=True)
    p.photo(x0 + 490, y0 + 150, 110, 146, bg=(150, 120, 200))
    p.text(x0 + 70, y + 40, "该生修完教学计划规定的全部课程，成绩合格，准予毕业。", 14)
    p.text(x0 + 470, y + 78, f"校长：{president}", 14)
    p.text(x0 + 470, y + 106, f"{int(issued_on[:4])}年{int(issued_on[5:7])}月"
           f"{int(issued_on[8:])}日", 14)
    p.seal(x0 + 540, y + 80, 104, school, seed=seed + 1702, color=(222, 70, 140), strength=0.8)
    # the clogged head's banding: pale streaks in the ground and the photo (the type, printed
    # with the black cartridge, keeps its strokes)
    bands = []
    for by in range(46, 556, 13 + seed % 3):
        bands.append(Rect(x0, by, w, 1.0, None, (238, 222, 234), 0))
        if y0 + 150 < by < y0 + 296:
            p.rect(x0 + 490, by, 110, 1.4, None, (246, 236, 246), 0)
    p.items[3:3] = bands
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 18
# Drawn by another hand after round 17's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round18` (drawn only by the others18 profile).

@layout(LAYOUTS, "diploma.qiwei_yulan")
def qiwei_yulan(*, name, gender, birth, school, major, level, start, end, years, number,
                president, issued_on, seed=0, **_) -> Built:
    """A PC screenshot (1366 x 854, Win+Shift+S) of the certificate photo opened in the
    企业微信 (WeCom) desktop client's image viewer: the unit's 人事 clerk collects every
    applicant's 毕业证 in the 职称申报 group chat, opens each photo there and screenshots the
    viewer instead of saving the original file. The viewer is a near-black window over the
    dimmed chat (its left column of conversations faintly visible), a light title bar with
    图片预览 and the sender / time line, a bottom toolbar (缩放比例 62%, 旋转, 下载, 转发,
    收藏, 在文件夹中显示). Inside, the phone photo of the certificate on a grey office desk:
    the landscape 普通高等学校毕业证书 of the 2000s in 明体 on a cream ground with a brown
    rope border, the school's name over 毕业证书, the photo at the left with the 证书编号
    under it, the prose with Arabic-numeral dates (2003年9月至2007年6月) and the date and 校长
    at the lower right under the seal."""
    p = Page(1024.0, 640.0, background=(30, 31, 34), font=MING)
    # the dimmed chat behind the viewer, left column
    p.rect(0, 0, 150, 640, None, (54, 56, 60), 0)
    for k in range(9):
        p.rect(14, 70 + k * 60, 34, 34, None, (78, 82, 88), 0)
        p.rect(56, 76 + k * 60, 70, 8, None, (84, 88, 94), 0)
        p.rect(56, 92 + k * 60, 50, 6, None, (70, 74, 80), 0)
    # the viewer window
    p.rect(150, 0, 874, 34, None, (238, 239, 242), 0)
    p.text(168, 22, "图片预览", 12, color=(40, 40, 40), font=MICRO)
    sender = "人事科 韦老师"
    p.text(587, 22, f"{sender}  发送于 职称申报材料收集群", 10, "center", (110, 110, 110),
           line=False, font=MICRO)
    for k, mark in enumerate(("—", "□", "×")):
        p.text(940 + k * 28, 22, mark, 13, "center", (60, 60, 60), line=False, font=MICRO)
    p.rect(150, 600, 874, 40, None, (44, 45, 49), 0)
    tools = "62%     旋转     下载     转发     收藏     在文件夹中显示"
    p.text(587, 625, tools, 11, "center", (220, 220, 224), line=False, font=MICRO)
    # the phone photo, fitted into the viewer
    px, py, pw, ph = 196, 60, 782, 520
    p.rect(px, py, pw, ph, None, (150, 150, 146), 0)
    x0, y0, w, h = px + 34, py + 26, pw - 70, ph - 52
    p.rect(x0 + 5, y0 + 6, w, h, None, (96, 96, 92), 0)
    p.rect(x0, y0, w, h, None, (248, 242, 226), 0)
    brown = (128, 74, 36)
    p.rect(x0 + 10, y0 + 10, w - 20, h - 20, brown, None, 2.4)
    p.rect(x0 + 16, y0 + 16, w - 32, h - 32, brown, None, 0.6)
    cx = x0 + w / 2
    p.text(cx, y0 + 62, school, 22, "center", brown)
    p.text(cx, y0 + 100, "毕  业  证  书", 24, "center", (160, 40, 36))
    p.photo(x0 + 52, y0 + 130, 86, 114, bg=(70, 126, 196))
    p.text(x0 + 40, y0 + 272, "证书编号", 10)
    p.text(x0 + 40, y0 + 290, number, 10)
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(x0 + 186, y0 + 150, body, w - 230, 13.5, 27, first_indent=27)
    y = max(y + 36, y0 + 330)
    p.text(x0 + 440, y, f"校（院）长：{president}", 13)
    p.text(x0 + 440, y + 28, cn(issued_on), 13)
    p.seal(x0 + 520, y - 4, 96, school, seed=seed + 1801, **ink(seed + 1))
    p.text(x0 + 40, y0 + h - 30, "中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn",
           8.5, color=(100, 90, 80), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.sizhe_zhehen")
def sizhe_zhehen(*, name, gender, birth, school, major, level, start, end, years, number,
                 president, issued_on, seed=0, **_) -> Built:
    """The thin single-sheet certificate of the 1990s–2000s (no hard cover: many schools
    handed the 毕业证书 out as a loose A4 sheet in the 毕业生 档案袋), kept folded in four
    for years in the envelope and scanned flat on an office flatbed: the two creases cross in
    the middle as grey lines with a pale worn band beside each, the paper rubbed white where
    they meet, the lower right corner dog-eared off (the scanner lid's white showing), a faint
    yellowing along the fold. The sheet is the portrait 兹证明 form printed in 楷体: 普通高等
    学校 / 毕业证书 in red at the top, the photo at the upper right with the school's steel
    seal pale over its corner, then 兹证明 某某 同学，性别…，…年…月…日生，自2003年9月至2007年
    6月在本校…专业（学制四年，本科）学习期满，修完教学计划规定的全部课程，成绩合格，准予毕业。
    特发此证。, the school and 校长 with the date at the lower right under the seal, and the
    number printed by the school's 号码机 in red at the lower left after 编号 No."""
    p = Page(*A4, background=(252, 252, 252), font=KAI)
    x0, y0, w, h = 40, 36, 515, 770
    p.rect(x0, y0, w, h, None, (247, 243, 230), 0)
    mx, my = x0 + w / 2, y0 + h / 2
    p.rect(mx - 6, y0, 5, h, None, (236, 230, 212), 0)  # the yellowed folds, under the print
    p.rect(x0, my - 6, w, 5, None, (236, 230, 212), 0)
    p.rect(mx - 12, my - 10, 24, 18, None, (252, 251, 246), 0)  # rubbed white where they cross
    red = (178, 34, 34)
    p.rect(x0 + 18, y0 + 18, w - 36, h - 36, red, None, 1.8)
    p.text(x0 + w / 2, y0 + 92, "普 通 高 等 学 校", 20, "center", red, line=False)
    p.text(x0 + w / 2, y0 + 140, "毕 业 证 书", 32, "center", red)
    p.photo(x0 + 372, y0 + 176, 88, 118, bg=(230, 230, 232))
    p.seal(x0 + 450, y0 + 286, 64, school, seed=seed + 1802, color=(200, 196, 186),
           strength=0.5)
    body = (f"兹证明 {name} 同学，性别{gender}，{cn(birth)}生，自{cn(start[:7])}至{cn(end[:7])}"
            f"在本校{major}专业（学制{_years(years)}年，{STUDY[level]}）学习期满，"
            "修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = p.wrapped(x0 + 56, y0 + 340, body, w - 112, 16, 34, first_indent=32)
    p.text(x0 + 88, y + 6, "特发此证。", 16)
    y = max(y + 80, y0 + 560)
    p.text(x0 + 250, y, f"学校：{school}", 15)
    p.text(x0 + 250, y + 34, f"校长：{president}", 15)
    p.text(x0 + 250, y + 68, cn(issued_on), 15)
    p.seal(x0 + 360, y + 26, 108, school, seed=seed + 1803, **ink(seed + 4))
    p.row([(x0 + 50, "编号 No.", y0 + h - 52), (x0 + 122, number, y0 + h - 52)], 12)
    p.items[-1].color = red
    p.items[-1].font = MICRO
    # the creases of the fold in four, the worn crossing, the yellowed fold and the dog-ear
    p.items.append(Line(mx, y0, mx, y0 + h, 0.9, (150, 146, 136)))
    p.items.append(Line(x0, my, x0 + w, my, 0.9, (150, 146, 136)))
    for k in range(8):  # the dog-eared corner, stepped off
        p.items.append(Rect(x0 + w - 8 - 4 * (8 - k), y0 + h - 4 * (k + 1), 4 * (8 - k) + 8,
                            4, None, (252, 252, 252), 0))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 19
# Drawn by another hand after round 18's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round19` (drawn only by the others19 profile).

@layout(LAYOUTS, "diploma.beian_xiepai", cn_dates=False)
def beian_xiepai(*, name, gender, birth, school, major, level, start, end, years, number,
                 president, issued_on, seed=0, **_) -> Built:
    """The 《教育部学历证书电子注册备案表》 printed from 学信网 (学信档案 → 在线验证报告 →
    下载 PDF, printed in black and white on the unit's laser printer) and then photographed
    with a phone held at a slant over the desk, so the page stands as a keystone: the top edge
    narrower and the print smaller and lighter toward the far edge, the near rows large. A
    portrait two-column label table (姓名 / 性别 / 出生日期 / 入学日期 / 毕（结）业日期 /
    学校名称 / 专业 / 学制 / 层次 / 学历类别 / 学习形式 / 毕（结）业 / 证书编号) with
    zero-padded dates (2003年09月01日), the 在线验证码 and 更新日期 above the table, no seal —
    only the printed QR box; the grey desk shows at both sides of the narrowed top."""
    p = Page(*A4, background=(118, 116, 110), font=MICRO)
    # the keystone sheet: each band is narrower toward the top
    top, bot = 40, 820

    def inset(y):
        return 70 - 62 * (y - top) / (bot - top)

    for y in range(top, bot, 10):
        e = inset(y)
        p.rect(e, y, 595 - 2 * e, 10.5, None, (246, 246, 242), 0)
    code = f"A{seed % 10 ** 7:07d}{'BCDEFGHJKLMN'[seed % 12]}"
    uy = min(int(issued_on[:4]) + 9 + seed % 5, 2024)
    upd = f"{uy}年{3 + seed % 8:02d}月{10 + seed % 17:02d}日"
    y = 92
    p.text(297, y, "教育部学历证书电子注册备案表", 13, "center", (40, 40, 40), font=HEI)
    p.text(inset(118) + 30, 118, f"更新日期：{upd}", 7.5, color=(90, 90, 90))
    p.text(595 - inset(118) - 30, 118, f"在线验证码：{code}", 7.5, "right", (90, 90, 90))

    def zp(d):
        parts = (d + "-01")[:10].split("-")
        return f"{parts[0]}年{parts[1]}月{parts[2]}日"

    rows = [("姓名", name), ("性别", gender), ("出生日期", zp(birth)),
            ("入学日期", zp(start)), ("毕（结）业日期", zp(end[:7] + "-30")),
            ("学校名称", school), ("专业", major), ("学制", f"{years}年"),
            ("层次", STUDY[level]), ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"),
            ("毕（结）业", "毕业"), ("证书编号", number)]
    y = 140
    for k, (lab, val) in enumerate(rows):
        size = 8.5 + 6.5 * (y - 140) / 620
        step = 30 + 30 * (y - 140) / 620
        e = inset(y) + 26
        w = 595 - 2 * e
        p.rect(e, y, w, step, (90, 90, 90), None, 0.5)
        p.items.append(Line(e + w * 0.34, y, e + w * 0.34, y + step, 0.5, (90, 90, 90)))
        p.row([(e + 8, lab, y + step * 0.66), (e + w * 0.34 + 10, val, y + step * 0.66)],
              size)
        y += step
    e = inset(y) + 26
    p.rect(595 - e - 64, y + 14, 56, 56, (60, 60, 60), (236, 236, 232), 0.8)
    p.text(e + 6, y + 40, "注：可登录学信网（www.chsi.com.cn）输入在线验证码查询。", 10,
           color=(80, 80, 80), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number))


@layout(LAYOUTS, "diploma.siheyi_suoyin")
def siheyi_suoyin(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """The 四合一 reduced photocopy (缩印) that copy shops near a 人社 window make for 职称
    applicants: the 毕业证, 学位证, 职称证 and 身份证 laid on the copier glass together and
    copied onto ONE portrait A4 in grey toner, each at about half size, in a 2 x 2 mosaic; the
    毕业证书 (a landscape 2010s certificate in 宋体: school, 毕业证书, photo at the left with
    the number under it, the prose with the study period in Arabic-numeral dates) in the
    upper left, the other three grey blocks too small and dark to read beyond their headings,
    and the window's 复印件 stamp (与原件核对无误 经办人) in blue at the foot."""
    p = Page(*A4, background=(236, 236, 234), font=MING)
    grey, dark = (212, 212, 210), (52, 52, 52)
    # the upper-left quadrant: the diploma reduced
    x0, y0, w, h = 20, 30, 372, 262
    p.rect(x0, y0, w, h, dark, grey, 1.4)
    p.rect(x0 + 8, y0 + 8, w - 16, h - 16, (110, 110, 110), None, 0.6)
    p.text(x0 + w / 2, y0 + 40, school, 14, "center", dark)
    p.text(x0 + w / 2, y0 + 64, "毕 业 证 书", 15, "center", dark)
    p.photo(x0 + 22, y0 + 82, 50, 66, bg=(150, 150, 150))
    p.text(x0 + 16, y0 + 166, "证书编号：", 7.5, color=dark)
    p.text(x0 + 16, y0 + 178, number, 7.5, color=dark)
    who = "研究生" if level in GRADUATE else "学生"
    body = (f"{who}{name}，性别{gender}，{cn(birth)}生，于{cn(start[:7])}至{cn(end[:7])}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(x0 + 98, y0 + 92, body, w - 116, 8.5, 15, first_indent=17)
    p.text(x0 + 230, max(y + 10, y0 + 210), f"校（院）长：{president}", 8.5, color=dark)
    p.text(x0 + 230, max(y + 24, y0 + 224), cn(issued_on), 8.5, color=dark)
    p.seal(x0 + 300, max(y + 16, y0 + 216), 54, school, seed=seed + 1901,
           color=(96, 96, 96), strength=0.8)
    # the other three certificates, grey and small
    for (bx, by, bw, bh, title) in ((20, 330, 372, 262, "学 位 证 书"),
                                    (410, 30, 168, 262, "专业技术资格证书"),
                                    (410, 330, 168, 110, "")):
        p.rect(bx, by, bw, bh, dark, (178, 178, 176), 1.2)
        if title:
            p.text(bx + bw / 2, by + 40, title, 12, "center", (70, 70, 70), line=False)
        for k in range(max(1, int((bh - 90) // 22))):
            p.rect(bx + 20, by + 80 + k * 22, bw - 40 - (k % 2) * 30, 6, None,
                   (150, 150, 148), 0)
    p.rect(300, 650, 190, 74, (40, 70, 170), None, 1.6)
    p.text(395, 676, "复印件与原件核对无误", 12, "center", (40, 70, 170), line=False)
    p.text(395, 704, "经办人：", 11, "center", (40, 70, 170), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 20
# Drawn by another hand after round 19's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round20` (drawn only by the others20 profile).

@layout(LAYOUTS, "diploma.chuangdan_shupai", accepts=lambda a: a["level"] in UNDERGRAD)
def chuangdan_shupai(*, name, gender, birth, school, major, level, start, end, years, number,
                     president, issued_on, seed=0, **_) -> Built:
    """The landscape 普通高等学校毕业证书 photographed at home on the bed, the phone held
    upright (竖拍) as people hold it by habit, so the landscape certificate fills only a band
    across the middle of a 3:4 portrait photo: above it a pillow's edge and the checked
    cotton bedsheet (格子床单), below it more sheet with a fold; the sheet's blue checks show
    all round. The certificate itself is the 2010s template with a red double border: the
    school in large 宋体 at the top, 毕业证书 in red under it, the photo on a white ground at
    the left and the 证书编号 under it in small type on two lines, the prose
    at the right with Arabic-numeral dates (…于2003年9月至2007年6月在本校…专业四年制本科
    学习…), 校（院）长 and the date under it at the lower right, the school's seal over them."""
    p = Page(600.0, 800.0, background=(214, 226, 240), font=MING)
    check = (168, 190, 222) if seed % 2 else (190, 200, 228)
    for k in range(0, 800, 48):
        p.rect(0, k, 600, 14, None, check, 0)
    for k in range(0, 600, 48):
        p.rect(k, 0, 14, 800, None, check, 0)
    for k in range(0, 800, 48):  # where the two stripes cross the check is darker
        for j in range(0, 600, 48):
            p.rect(j, k, 14, 14, None, (140, 166, 206), 0)
    p.rect(-20, -30, 380, 150, None, (244, 242, 236), 0)  # the pillow's edge at the top
    p.rect(-20, 112, 380, 10, None, (206, 204, 198), 0)
    p.rect(0, 690, 600, 6, None, (176, 190, 214), 0)  # a fold of the sheet below
    x0, y0, w, h = 22, 232, 556, 394
    p.rect(x0 + 7, y0 + 9, w, h, None, (120, 130, 150), 0)
    p.rect(x0, y0, w, h, None, (252, 249, 240), 0)
    red = (170, 30, 36)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, red, None, 2.2)
    p.rect(x0 + 18, y0 + 18, w - 36, h - 36, red, None, 0.7)
    p.text(300, y0 + 60, school, 22, "center", (40, 30, 30))
    p.text(300, y0 + 96, "毕  业  证  书", 20, "center", red)
    p.photo(x0 + 40, y0 + 126, 74, 98, bg=(236, 240, 246))
    p.text(x0 + 36, y0 + 248, "证书编号：", 8.5)
    p.text(x0 + 36, y0 + 262, number, 8.5)
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(x0 + 150, y0 + 140, body, 360, 11.5, 24, first_indent=23)
    p.text(x0 + 330, max(y + 30, y0 + 318), f"校（院）长：{president}", 11)
    p.text(x0 + 330, max(y + 54, y0 + 342), cn(issued_on), 11)
    p.seal(x0 + 380, max(y + 38, y0 + 326), 78, school, seed=seed + 2001, **ink(seed + 2))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.pengyouquan_jietu", accepts=lambda a: int(a["end"][:4]) >= 2013)
def pengyouquan_jietu(*, name, gender, birth, school, major, level, start, end, years, number,
                      president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of the applicant's own WeChat Moments (朋友圈) post from graduation
    day, the only picture of the certificate left when the original is with the parents in
    another town or in the 人事档案: the status bar, the 详情 title bar with the back arrow,
    the avatar and the WeChat nickname (not the holder's name), the post's text (毕业啦！
    四年，感谢…, the course's years), the single photo of the certificate as Moments shows
    it (a wide image fitted to the column, the certificate on a desk), the place line under
    it, the posting time (2017年6月28日 16:05, a date that is not a field), the likes and
    two comments from classmates, whose names are not the holder's. The certificate is the
    2010s landscape template in 黑体 and 宋体: photo at the left, prose at the right with
    the study period as 2011年9月至2015年6月, 证书编号 at the foot, the school seal over the
    president's line. Only for graduations from 2013 on (Moments began in 2012)."""
    from ._common import other_people

    p = Page(720.0, 1560.0, background=(255, 255, 255), font=MICRO)
    grey, blue = (110, 110, 110), (87, 107, 149)
    p.text(40, 44, f"{16 + seed % 6}:{10 + seed % 50:02d}", 20, color=(20, 20, 20), line=False)
    p.text(680, 44, "5G  82%", 18, "right", (20, 20, 20), line=False)
    p.rect(0, 66, 720, 78, None, (237, 237, 237), 0)
    p.text(30, 116, "<", 28, color=(20, 20, 20), line=False)
    p.text(360, 114, "详情", 22, "center", (20, 20, 20), line=False)
    p.text(690, 114, "···", 24, "right", (20, 20, 20), line=False)
    p.rect(30, 170, 72, 72, None, (96, 150, 120), 0)
    p.text(66, 216, "毕", 30, "center", (255, 255, 255), line=False)
    nick = ["追风少年", "山野的风", "一颗柠檬", "向阳而生"][seed % 4]
    p.text(122, 194, nick, 21, color=blue, line=False)
    p.text(122, 236, f"毕业啦！{_years(years)}年，感谢{school}，", 21, color=(20, 20, 20))
    p.text(122, 270, "感谢遇见的每一个人。", 21, color=(20, 20, 20))
    # the photo as Moments shows one wide picture
    x0, y0, w, h = 122, 296, 560, 400
    p.rect(x0, y0, w, h, None, (132, 100, 70), 0)
    cx, cy, cw, ch = x0 + 14, y0 + 14, w - 28, h - 28
    p.rect(cx, cy, cw, ch, None, (250, 247, 238), 0)
    red = (160, 36, 36)
    p.rect(cx + 8, cy + 8, cw - 16, ch - 16, red, None, 1.6)
    p.text(cx + cw / 2, cy + 48, school, 19, "center", (30, 30, 30), font=HEI)
    p.text(cx + cw / 2, cy + 80, "毕 业 证 书", 17, "center", red, font=HEI)
    p.photo(cx + 30, cy + 104, 70, 94, bg=(210, 60, 60))
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    y = p.wrapped(cx + 124, cy + 118, body, cw - 150, 11, 21, first_indent=22)
    p.text(cx + 300, max(y + 22, cy + 250), f"校长：{president}", 10.5)
    p.text(cx + 300, max(y + 44, cy + 272), cn(issued_on), 10.5)
    p.seal(cx + 350, max(y + 30, cy + 258), 70, school, seed=seed + 2002, **ink(seed + 3))
    p.text(cx + 30, cy + ch - 22, f"证书编号：{number}", 9.5)
    # under the photo: place, time, likes and comments
    city = {"华南理工大学": "广州市", "中南大学": "长沙市"}.get(school, "")
    p.text(122, 736, f"{city}·{school}" if city else school, 17, color=blue, line=False)
    d = issued_on.split("-")
    p.text(122, 778, f"{int(d[0])}年{int(d[1])}月{int(d[2])}日 16:05", 17, color=grey,
           line=False)
    p.rect(630, 758, 50, 28, None, (240, 240, 240), 0)
    p.text(655, 778, "··", 18, "center", blue, line=False)
    others = [o[0] for o in other_people(f"pyq:{seed}", 4)]
    p.rect(122, 806, 560, 190, None, (244, 244, 244), 0)
    p.text(138, 842, "♡ " + "，".join(others), 17, color=blue, line=False)
    p.hline(122, 682, 860, 0.4)
    p.text(138, 900, f"{others[0]}：恭喜毕业！前程似锦！", 17, color=(40, 40, 40), line=False)
    p.text(138, 940, f"{others[2]}：毕业快乐，常回学校看看", 17, color=(40, 40, 40), line=False)
    p.text(138, 980, f"{nick}回复{others[2]}：一定！", 17, color=(40, 40, 40), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 21
# Drawn by another hand after round 20's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round21` (drawn only by the others21 profile).

@layout(LAYOUTS, "diploma.xuexin_wangye", cn_dates=False)
def xuexin_wangye(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """A PC screenshot (1366 x 768, the whole screen with the Windows taskbar) of the 学信档案
    web page on chsi.com.cn (my.chsi.com.cn → 高等教育信息 → 学历), what an applicant
    sends from the office PC when the paper certificate is out of reach: the browser's tab
    (学信档案) and address bar, the site's blue header with the 学信档案 logo and the menu
    (首页 / 高等教育信息 / 在线验证报告 / 出国教育背景信息服务 / 图像校对), the left column
    of sub-tabs (学籍 / 学历 / 学位 / 考研) with 学历 highlighted, and the 学历 card as the
    web page lays it out: the 学历照片 at the right, the particulars in TWO label / value
    columns in 微软雅黑-like 黑体, dates zero-padded to the day (入学日期 2003年09月01日,
    毕（结）业日期 2007年06月30日 — the first and last day of the months), 层次 and 学历
    类别 (普通高等教育), 学习形式 普通全日制, 毕（结）业 毕业, 证书编号 and 校（院）长姓名;
    a grey footer with the ICP line. No seal: the record is the web page itself."""
    p = Page(1366.0, 768.0, background=(242, 244, 247), font=MICRO)
    grey, blue = (120, 124, 130), (24, 104, 190)
    # browser chrome
    p.rect(0, 0, 1366, 34, None, (222, 225, 230), 0)
    p.rect(12, 6, 220, 28, None, (246, 247, 249), 0)
    p.text(30, 25, "学信档案", 12, color=(40, 40, 40), line=False)
    p.text(216, 25, "×", 12, "right", grey, line=False)
    p.text(1300, 24, "—   □   ×", 12, "right", (60, 60, 60), line=False)
    p.rect(0, 34, 1366, 36, None, (246, 247, 249), 0)
    p.text(18, 58, "←   →   C", 13, color=(90, 90, 90), line=False)
    p.rect(120, 40, 980, 24, None, (232, 234, 238), 0)
    p.text(134, 57, "https://my.chsi.com.cn/archive/gdjy/xl/show.action", 11.5,
           color=(60, 60, 60), line=False)
    # site header
    p.rect(0, 70, 1366, 58, None, (18, 96, 180), 0)
    p.text(90, 108, "学信档案", 22, color=(255, 255, 255), font=HEI, line=False)
    menu = ["首页", "高等教育信息", "在线验证报告", "出国教育背景信息服务", "图像校对"]
    mx = 330
    for i, m in enumerate(menu):
        p.text(mx, 106, m, 14, color=(255, 255, 255), line=False)
        if i == 1:
            p.rect(mx, 118, text_width(m, 14, MICRO), 3, None, (255, 255, 255), 0)
        mx += text_width(m, 14, MICRO) + 44
    # left sub-tabs
    p.rect(90, 146, 170, 520, None, (255, 255, 255), 0)
    for i, t in enumerate(["学籍", "学历", "学位", "考研"]):
        if i == 1:
            p.rect(90, 160 + i * 48, 170, 42, None, (230, 240, 252), 0)
            p.rect(90, 160 + i * 48, 4, 42, None, blue, 0)
        p.text(130, 187 + i * 48, t, 15, color=blue if i == 1 else (60, 60, 60), line=False)
    # the 学历 card
    p.rect(280, 146, 996, 520, None, (255, 255, 255), 0)
    p.text(310, 184, "学历信息", 17, color=(30, 30, 30), font=HEI)
    p.text(1250, 184, "共 1 条", 12, "right", grey, line=False)
    p.hline(300, 1256, 200, 0.6)
    p.text(310, 236, f"{school}  {STUDY[level]}", 15, color=blue, font=HEI, line=False)

    def zp(d):
        return f"{d[:4]}年{d[5:7]}月{d[8:10]}日"

    left = [("姓名", name), ("出生日期", zp(birth)), ("学校名称", school),
            ("专业", major), ("学制", f"{years} 年"), ("入学日期", zp(first_day(start))),
            ("证书编号", number)]
    right = [("性别", gender), ("层次", STUDY[level]), ("学历类别", "普通高等教育"),
             ("学习形式", "普通全日制"), ("毕（结）业", "毕业"),
             ("毕（结）业日期", zp(month_end(end))), ("校（院）长姓名", president)]
    y = 282
    for (la, va), (lb, vb) in zip(left, right):
        for x, lab in ((310, la), (700, lb)):
            p.text(x, y, lab, 13.5, color=grey, line=False)
        p.text(420, y, va, 13.5, color=(30, 30, 30), line=False)
        p.text(826, y, vb, 13.5, color=(30, 30, 30), line=False)
        p.lines.append(f"{la} {va} {lb} {vb}")
        y += 44
    p.photo(1100, 250, 110, 146, bg=(66, 132, 206))
    p.text(1155, 420, "学历照片", 11.5, "center", grey, line=False)
    p.text(310, 622, "如对学历信息有疑问，请联系学校学籍管理部门。", 11.5, color=grey,
           line=False)
    p.text(683, 690, "主办单位：教育部学生服务与素质发展中心   京ICP备19004913号-1", 10.5,
           "center", grey, line=False)
    # Windows taskbar
    p.rect(0, 728, 1366, 40, None, (32, 36, 44), 0)
    p.text(1346, 746, f"{9 + seed % 8}:{seed % 60:02d}", 10.5, "right", (230, 230, 230),
           line=False)
    p.text(1346, 762, f"{2020 + seed % 5}/{1 + seed % 12}/{1 + seed % 27}", 10,
           "right", (230, 230, 230), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number))


@layout(LAYOUTS, "diploma.wps_shouji", accepts=lambda a: a["level"] in UNDERGRAD)
def wps_shouji(*, name, gender, birth, school, major, level, start, end, years, number,
               president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of the certificate's scan opened as a PDF in the WPS Office mobile
    app (the unit's 人事 clerk sent 毕业证扫描件.pdf through WeChat's 文件传输助手, the
    applicant opened it with WPS and screenshotted the page rather than forward the file):
    the status bar, WPS's white title bar with the file name and the 阅读 / 编辑 mode, the
    app's grey page backdrop with the single scanned page fitted to the width and its drop
    shadow, the floating 1/1 page badge over the page's lower left, and the bottom toolbar
    (工具 / 批注 / 编辑 / 分享). The scan is the portrait 2000s certificate of provincial
    colleges: a cream ground with a green guilloche-like double border, 普通高等学校 above
    毕业证书 in 黑体, the photo centred under the title, the prose in 楷体 with the dates in
    Arabic numerals to the month (…2003年9月入学，2007年6月毕业…) and the birth date in full,
    学制 in Arabic numerals (学制4年), the 校长 and the issue date at the lower right under the
    school's seal, the 证书编号 at the lower left and the 学信网 查询网址 line in grey at the
    foot."""
    p = Page(720.0, 1560.0, background=(236, 236, 238), font=MICRO)
    dark = (25, 25, 25)
    p.rect(0, 0, 720, 60, None, (255, 255, 255), 0)
    p.text(36, 42, f"{10 + seed % 12}:{seed % 60:02d}", 19, color=dark, line=False)
    p.text(684, 42, "4G  67%", 17, "right", dark, line=False)
    p.rect(0, 60, 720, 84, None, (255, 255, 255), 0)
    p.text(28, 112, "<", 28, color=dark, line=False)
    p.text(70, 112, "毕业证扫描件.pdf", 20, color=dark, line=False)
    p.text(692, 112, "阅读   ···", 18, "right", (60, 60, 60), line=False)
    p.hline(0, 720, 144, 0.5)
    # the scanned page, fitted to the width
    x0, y0, w, h = 26, 190, 668, 944
    p.font = KAI  # the scan's own type; the app's chrome is drawn in MICRO
    p.rect(x0 + 5, y0 + 6, w, h, None, (190, 190, 194), 0)
    p.rect(x0, y0, w, h, None, (252, 248, 234), 0)
    green = (46, 120, 84)
    p.rect(x0 + 22, y0 + 22, w - 44, h - 44, green, None, 3.0)
    p.rect(x0 + 32, y0 + 32, w - 64, h - 64, green, None, 0.8)
    for k in range(x0 + 40, x0 + w - 40, 14):  # the guilloche band under the top border
        p.rect(k, y0 + 40, 7, 4, None, (176, 214, 190), 0)
        p.rect(k + 7, y0 + h - 44, 7, 4, None, (176, 214, 190), 0)
    cx = x0 + w / 2
    p.text(cx, y0 + 108, "普通高等学校", 22, "center", green, font=HEI)
    p.text(cx, y0 + 160, "毕 业 证 书", 36, "center", green, font=HEI)
    p.photo(cx - 54, y0 + 196, 108, 144, bg=(238, 240, 242))
    sy, sm = start[:4], int(start[5:7])
    ey, em = end[:4], int(end[5:7])
    body = (f"学生 {name}，性别{gender}，{cn(birth)}生，于{sy}年{sm}月入学，{ey}年{em}月"
            f"毕业，在本校{major}专业学制{years}年{STUDY[level]}学习，修完教学计划规定的全部"
            "课程，成绩合格，准予毕业。")
    y = p.wrapped(x0 + 70, y0 + 400, body, w - 140, 17, 36, first_indent=34)
    y = max(y + 40, y0 + 610)
    p.text(x0 + w - 90, y, school, 17, "right")
    p.text(x0 + w - 90, y + 36, f"校长：{president}", 16, "right")
    p.text(x0 + w - 90, y + 72, cn(issued_on), 16, "right")
    p.seal(x0 + w - 236, y + 16, 116, school, seed=seed + 2101, **ink(seed + 4))
    p.text(x0 + 70, y0 + h - 96, f"证书编号：{number}", 14)
    p.text(cx, y0 + h - 64, "中华人民共和国教育部学历证书查询网址：www.chsi.com.cn", 11,
           "center", (110, 110, 110), line=False)
    p.font = MICRO
    # the page badge and the bottom toolbar
    p.rect(46, y0 + h - 40, 64, 30, None, (80, 80, 84), 0)
    p.text(78, y0 + h - 19, "1/1", 15, "center", (255, 255, 255), line=False)
    p.rect(0, 1440, 720, 120, None, (255, 255, 255), 0)
    p.hline(0, 720, 1440, 0.5)
    for i, t in enumerate(["工具", "批注", "编辑", "分享"]):
        p.text(90 + i * 180, 1496, t, 17, "center", (60, 60, 60), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 22
# Drawn by another hand after round 21's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round22` (drawn only by the others22 profile).

@layout(LAYOUTS, "diploma.youxiang_fujian", accepts=lambda a: a["level"] in UNDERGRAD,
        cn_dates=False)
def youxiang_fujian(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """A PC screenshot (1366 x 768) of the QQ邮箱 web mail's 附件预览 (attachment preview)
    window: the applicant e-mailed the certificate's scan to the unit's 人事科 mailbox, and
    the clerk, asked for it again, screenshots the preview instead of downloading the file.
    The mail's own lines are visible behind a dark overlay at the top (主题 职称申报材料—毕业证
    with the sender and the sending time, which are not the certificate's), the preview's
    black toolbar with the file name 毕业证书.jpg, 1/1, the zoom percentage and 下载 / 转存到
    微盘, and the scan itself centred on the dark backdrop: the landscape 普通高等学校毕业证书
    of the 2010s on a pale pink guilloche ground with a narrow gold frame, the title in
    隶书-like 楷体, the photo at the left with the 证书编号 under it, the prose in 宋体 with
    every date in Chinese numerals with 〇 (二〇一二年九月), the school name and the 校长 under
    the school's seal at the lower right."""
    p = Page(1366.0, 768.0, background=(38, 38, 40), font=MICRO)
    white, grey = (240, 240, 240), (150, 150, 156)
    # the mail page dimmed behind the overlay
    p.rect(0, 0, 1366, 58, None, (62, 66, 74), 0)
    p.text(24, 36, "QQ邮箱", 18, color=(170, 190, 220), line=False)
    p.text(160, 26, "职称申报材料—毕业证", 13, color=(175, 175, 180), line=False)
    sent = int(issued_on[:4]) + 5 + seed % 4
    p.text(160, 46, f"发件人：{name}  时间：{min(sent, 2025)}年{1 + seed % 12}月"
           f"{1 + seed % 27}日", 11, color=(140, 140, 146), line=False)
    # the preview toolbar
    p.rect(0, 58, 1366, 44, None, (18, 18, 20), 0)
    p.text(24, 86, "毕业证书.jpg", 14, color=white, line=False)
    p.text(683, 86, f"1/1    {62 + seed % 9}%    －  ＋", 13, "center", white,
           line=False)
    p.text(1340, 86, "下载    转存到微盘    ✕", 13, "right", white, line=False)
    # the scan: a landscape certificate on the dark backdrop
    x0, y0, w, h = 233, 122, 900, 620
    p.rect(x0, y0, w, h, None, (250, 238, 236), 0)
    for k in range(x0 + 14, x0 + w - 14, 10):
        p.rect(k, y0 + 14, 5, 5, None, (240, 214, 212), 0)
        p.rect(k + 5, y0 + h - 19, 5, 5, None, (240, 214, 212), 0)
    gold = (176, 138, 60)
    p.rect(x0 + 24, y0 + 24, w - 48, h - 48, gold, None, 2.0)
    p.rect(x0 + 30, y0 + 30, w - 60, h - 60, gold, None, 0.6)
    p.text(x0 + w / 2, y0 + 96, "普通高等学校", 20, "center", (160, 40, 40), font=KAI)
    p.text(x0 + w / 2, y0 + 144, "毕 业 证 书", 34, "center", (160, 40, 40), font=KAI)
    p.photo(x0 + 74, y0 + 190, 112, 150, bg=(70, 126, 196))
    p.text(x0 + 74, y0 + 376, "证书编号：", 12, font=MING)
    p.text(x0 + 74, y0 + 396, number, 12, font=MING)
    body = (f"学生{name}，性别{gender}，{cn_upper(birth)}生，于{cn_upper(start)}至"
            f"{cn_upper(end)}在本校{major}专业{_years(years)}年制{STUDY[level]}学习，修完"
            "教学计划规定的全部课程，成绩合格，准予毕业。")
    p.font = MING
    y = p.wrapped(x0 + 240, y0 + 214, body, 580, 16, 34, first_indent=32)
    y = max(y + 40, y0 + 440)
    p.text(x0 + 560, y, f"校  名：{school}", 15)
    p.text(x0 + 560, y + 34, f"校（院）长：{president}", 15)
    p.text(x0 + 560, y + 68, cn_upper(issued_on), 15)
    p.seal(x0 + 660, y + 20, 118, school, seed=seed + 2201, **ink(seed + 1))
    p.text(x0 + w / 2, y0 + h - 40, "中华人民共和国教育部学历证书查询网址：www.chsi.com.cn",
           10, "center", (130, 120, 120), line=False)
    p.font = MICRO
    p.text(683, 760, "按住鼠标可拖动图片，滚动鼠标滚轮可缩放", 10, "center", grey, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.xueli_shenhebiao", cn_dates=False)
def xueli_shenhebiao(*, name, gender, birth, school, major, level, start, end, years, number,
                     president, issued_on, seed=0, **_) -> Built:
    """The 干部学历学位审核认定表 from the holder's 人事档案 (the 干部人事档案专项审核 of
    2014–2016 had the unit's 组织人事 department check every 学历 against the certificate and
    学信网 and file one form per degree; units upload it when the certificate itself is not
    at hand): a portrait A4 in 仿宋-like 楷体 with the 审核 unit's name line at the top, a
    ruled form whose rows are 姓名 / 性别 / 出生年月日, 毕业院校, 所学专业, 学历层次 / 学习形式
    / 学制, 入学时间 / 毕业时间 written as dotted dates (2012.09 — 2016.06), 毕业证书编号, the
    学信网 核查 row (已核查，信息一致) and 审核认定意见 (认定为…学历) with the 审核人 and
    复核人 names; the 组织人事 department's red seal over the 审核 date at the foot, and the
    archive's handwritten 4-2 category mark in pencil at the top right. The form prints the
    birth date dotted to the day (1993.06.14)."""
    p = Page(*A4, background=(252, 251, 246), font=KAI)
    unit = "柳州市" + ("城中区" if seed % 2 else "柳北区") + "人力资源和社会保障局"
    p.text(540, 42, "4—2", 13, "right", (110, 110, 110), line=False)
    p.text(297, 86, "干部学历学位审核认定表", 22, "center", font=HEI)
    p.text(60, 122, f"单位（盖章）：{unit}", 11.5)
    p.text(535, 122, "第 1 份", 11.5, "right", line=False)
    x, widths = 60, [92, 150, 92, 141]
    ty = 134
    ty = grid(p, x, ty, widths, [
        ["姓    名", name, "性    别", gender],
        ["出生年月日", birth.replace("-", "."), "学历层次", STUDY[level]],
        ["学习形式", "全日制", "学    制", f"{years}年"],
        ["入学时间", dotted(start), "毕业时间", dotted(end)],
    ], 34, 12)
    ty = grid(p, x, ty, [92, 383], [
        ["毕业院校", school], ["所学专业", major], ["毕业证书编号", number],
        ["学信网核查", "已核查，学历电子注册信息与证书一致"],
    ], 34, 12)
    # the opinion box
    p.rect(x, ty, 475, 150, (30, 30, 30), None, 0.8)
    p.items.append(Line(x + 92, ty, x + 92, ty + 150, 0.8))
    p.text(x + 46, ty + 70, "审核认定", 12, "center", line=False)
    p.text(x + 46, ty + 90, "意    见", 12, "center", line=False)
    p.lines.append("审核认定意见")
    p.text(x + 108, ty + 34, f"经审核，认定为{STUDY[level]}学历。", 12.5)
    others = "邓晓宁 曹振兴 彭桂英 萧德荣".split()
    p.text(x + 108, ty + 78, f"审核人：{others[seed % 4]}    复核人：{others[(seed + 1) % 4]}",
           12)
    checked = f"{2014 + seed % 3}.{9 + seed % 3:02d}.{10 + seed % 18:02d}"
    p.text(x + 330, ty + 124, checked, 12)
    p.seal(x + 380, ty + 100, 104, unit, seed=seed + 2202, **ink(seed + 3))
    ty += 150
    p.text(x, ty + 30, "说明：本表依据毕业证书原件及学信网学历电子注册信息填写，"
           "一人一学历一表，存入本人档案。", 10, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number))


# --------------------------------------------------------------------------- round 23
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round23`.

def _dd23_status_bar(p: Page, seed: int) -> None:
    """A phone's status bar: the time at the left, signal / Wi-Fi / battery at the right."""
    p.text(26, 30, f"{8 + seed % 10}:{10 + seed % 49:02d}", 13, font=HEI, line=False)
    for k in range(4):  # the signal bars
        h = 4 + k * 2.2
        p.rect(300 + k * 5, 30 - h, 3, h, None, (30, 30, 30), 0)
    p.text(326, 30, "5G", 10, font=HEI, line=False)
    p.rect(345, 20, 22, 11, (40, 40, 40), None, 1.0)
    p.rect(347, 22, 6 + seed % 14, 7, None, (40, 40, 40), 0)
    p.rect(367, 23.5, 2, 4, None, (40, 40, 40), 0)


@layout(LAYOUTS, "diploma.dingding_shenpi", cn_dates=False)
def dingding_shenpi(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of a 钉钉 (DingTalk) 审批 record: units that run their office on 钉钉
    collect 职称 materials through an 审批 form (职称申报材料提交 — 学历信息) in which the
    applicant types the certificate's particulars and attaches its photo, and when the 人事
    clerk later asks for the diploma the applicant screenshots the approved record. The page:
    status bar, 审批详情 title bar, the header card (avatar with the last two characters of
    the name, …提交的职称申报-学历信息, 审批编号, the green 已通过 stamp), then the form's
    fields label-above-value as 钉钉 lays them out (姓名 / 性别 / 出生日期 1985-03-27 / 毕业院校
    / 所学专业 / 学历层次 / 入学时间 2003-09 / 毕业时间 2007-06 / 毕业证书编号), the attached
    photo as a small thumbnail with its file name; the approval flow lies below the fold,
    under the bottom bar's 评论 / 再次提交."""
    from ..layout import Ellipse

    p = Page(390.0, 844.0, background=(244, 245, 247), font=MICRO)
    _dd23_status_bar(p, seed)
    p.rect(0, 40, 390, 44, None, (255, 255, 255), 0)
    p.text(18, 68, "〈", 16, line=False)
    p.text(195, 68, "审批详情", 15, "center", font=HEI)
    p.text(372, 66, "···", 15, "right", line=False)
    # the header card
    p.rect(0, 92, 390, 112, None, (255, 255, 255), 0)
    p.items.append(Ellipse(16, 106, 40, 40, (50, 130, 245)))
    p.text(36, 131, name[-2:], 12, "center", (255, 255, 255), line=False)
    p.text(66, 124, f"{name}提交的职称申报-学历信息", 14, font=HEI)
    day = f"{2023 + seed % 2}-{3 + seed % 6:02d}-{10 + seed % 18:02d}"
    p.text(66, 144, f"审批编号：{day.replace('-', '')}{seed % 100000:05d}{seed % 7}", 10, "left",
           (130, 130, 130), line=False)
    p.text(16, 184, "所在部门：" + ("工程技术部" if seed % 2 else "综合管理部"), 11, "left",
           (110, 110, 110), line=False)
    p.items.append(Ellipse(300, 142, 66, 46, (226, 246, 234)))
    p.text(333, 170, "已通过", 13, "center", (30, 160, 80), font=HEI, line=False)
    # the form
    rows = [("姓名", name), ("性别", gender), ("出生日期", birth), ("毕业院校", school),
            ("所学专业", major), ("学历层次", STUDY[level]), ("学习形式", "全日制"),
            ("入学时间", start), ("毕业时间", end), ("毕业证书编号", number)]
    y = 214
    p.rect(0, y, 390, len(rows) * 44 + 120, None, (255, 255, 255), 0)
    y += 22
    for label, value in rows:
        p.text(16, y, label, 11, "left", (140, 140, 140), line=False)
        p.text(16, y + 20, value, 13.5, "left", (25, 25, 25), line=False)
        p.lines.append(f"{label} {value}")
        y += 44
    p.text(16, y, "毕业证书照片", 11, "left", (140, 140, 140), line=False)
    tx, ty = 16, y + 10
    p.rect(tx, ty, 96, 70, None, (120, 96, 70), 0)  # the photo, on the desk it was shot on
    p.rect(tx + 8, ty + 8, 80, 54, None, (246, 238, 222), 0)
    p.rect(tx + 11, ty + 11, 74, 48, (170, 50, 50), None, 0.8)
    p.text(tx + 48, ty + 26, "毕 业 证 书", 6, "center", (170, 50, 50), line=False)
    for k in range(4):
        p.hline(tx + 30, tx + 80, ty + 34 + k * 5, 0.6)
    p.rect(tx + 16, ty + 31, 11, 15, None, (80, 130, 200), 0)
    p.text(122, ty + 40, f"IMG_{seed % 9000 + 1000}.jpg", 10, "left", (140, 140, 140),
           line=False)
    # the bottom bar
    p.rect(0, 790, 390, 54, None, (255, 255, 255), 0)
    p.hline(0, 390, 790, 0.5)
    p.text(98, 820, "评论", 13, "center", (60, 60, 60), line=False)
    p.text(292, 820, "再次提交", 13, "center", (50, 130, 245), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number))


XI23 = {"机械设计制造及其自动化": "机械工程系", "机械工程": "机械工程系",
        "电气工程及其自动化": "电气工程系", "土木工程": "建筑工程系",
        "道路桥梁与渡河工程": "土木工程系", "交通工程": "交通运输系",
        "给排水科学与工程": "城市建设系", "材料科学与工程": "材料科学与工程系", "会计学": "会计系",
        "财务管理": "会计系", "工程管理": "管理工程系", "汉语言文学": "中文系", "英语": "外语系",
        "数学与应用数学": "数学系", "护理学": "护理系"}


@layout(LAYOUTS, "diploma.xi_zhuren_jiuban",
        accepts=lambda a: a["level"] in UNDERGRAD and int(a["end"][:4]) <= 2004)
def xi_zhuren_jiuban(*, name, gender, birth, school, major, level, start, end, years, number,
                     president, issued_on, seed=0, **_) -> Built:
    """The landscape 毕业证书 of the late 1980s – early 2000s, before most schools turned their
    系 into 学院: the body names the department as well as the major (…在本校机械工程系机械设计
    制造及其自动化专业四年制本科学习…), the dates all in Chinese numerals, and the certificate
    is signed twice, 校长 and 系主任, each name printed after its title; the school's seal over
    the 校长 line and the date, the photo at the left with the 编号 under it. Taken out of the
    holder's drawer and scanned on an office flatbed: the paper yellowed with age, darker at
    the edges, with a few brown foxing spots (霉斑) and a faded ink pad's seal."""
    from ..layout import Ellipse
    from ._common import other_people

    dept = XI23.get(major, major[:2] + "系")
    p = Page(*A4_LANDSCAPE, background=(236, 236, 232), font=KAI)
    p.rect(30, 28, 782, 539, None, (226, 208, 168), 0)  # the yellowed edge
    p.rect(40, 38, 762, 519, None, (238, 224, 190), 0)
    red = (150, 40, 40)
    p.rect(56, 54, 730, 487, red, None, 2.4)
    p.rect(63, 61, 716, 473, red, None, 0.7)
    for k in range(7):  # foxing spots
        fx = 90 + (seed * (k + 3) * 37) % 650
        fy = 80 + (seed * (k + 5) * 53) % 440
        d = 2 + (seed >> k) % 4
        p.items.append(Ellipse(fx, fy, d, d * 0.8, (196, 160, 110)))
    p.text(421, 112, school, 24, "center", red)
    p.text(421, 160, "毕  业  证  书", 34, "center", red, font=HEI)
    p.photo(96, 196, 96, 128, bg=(160, 170, 180))
    p.text(144, 348, "编号", 11, "center", line=False)
    p.text(144, 366, number, 9.5, "center", font=MICRO, line=False)
    p.lines.append(f"编号 {number}")
    body = (f"学生{name}，{gender}，{cn_upper(birth)}生，于{cn_upper(start)}至{cn_upper(end)}"
            f"在本校{dept}{major}专业{_years(years)}年制{STUDY[level]}学习，修完教学计划规定的全部"
            "课程，成绩合格，准予毕业。")
    y = p.wrapped(230, 214, body, 520, 16, 32, first_indent=32)
    y = max(y + 30, 400)
    chief = other_people(f"xizr23:{seed}", 1)[0][0]
    p.text(470, y, f"校长  {president}", 15)
    p.text(260, y, f"系主任  {chief}", 15)
    p.text(470, y + 40, cn_upper(issued_on), 15)
    c, s = ink(seed + 2)["color"], ink(seed + 2)["strength"]
    p.seal(540, y + 6, 112, school, seed=seed + 2323, color=c, strength=min(s, 0.75))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 24
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round24`.

def _hb24_halftone(p: Page, x: float, y: float, w: float, h: float, seed: int) -> None:
    """The holder's photo as a 1-bit scanner renders it: a square dot screen whose dots grow
    with the darkness of each part (pale backdrop, face, dark hair and jacket)."""
    cell = 2.2
    cols, rows = int(w / cell), int(h / cell)
    cx = w / 2

    def inside(u, v, ex, ey, rx, ry):
        return ((u - ex) / rx) ** 2 + ((v - ey) / ry) ** 2 <= 1.0

    for j in range(rows):
        for i in range(cols):
            u, v = (i + 0.5) * cell, (j + 0.5) * cell
            if inside(u, v, cx, h * 0.44, w * 0.19, h * 0.21):
                dark = 0.16 + (0.2 if abs(v - h * 0.40) < h * 0.02
                               and abs(abs(u - cx) - w * 0.08) < w * 0.04 else 0.0)  # eyes
            elif inside(u, v, cx, h * 0.36, w * 0.24, h * 0.25):
                dark = 0.82  # hair
            elif inside(u, v, cx, h * 1.02, w * 0.48, h * 0.32):
                dark = 0.9  # the dark jacket
            elif abs(u - cx) < w * 0.08 and h * 0.6 < v < h * 0.74:
                dark = 0.22  # neck
            else:
                dark = 0.05 + ((i * 7 + j * 13 + seed) % 5) * 0.01  # the pale backdrop
            side = cell * dark ** 0.5
            if side > 0.45:
                p.rect(x + i * cell + (cell - side) / 2, y + j * cell + (cell - side) / 2,
                       side, side, None, (0, 0, 0), 0)


@layout(LAYOUTS, "diploma.heibai_saomiao", grayscale_copy=True)
def heibai_saomiao(*, name, gender, birth, school, major, level, start, end, years, number,
                   president, issued_on, seed=0, **_) -> Built:
    """The certificate scanned on the unit's office MFP with its default 扫描到邮箱 / 扫描到U盘
    setting, 黑白（文本） 300 dpi, so the PDF that reaches the 职称 system is pure black and
    white: the certificate's tinted ground and guilloche gone, the red title, border and seal
    all turned black, the photo a coarse dot screen, a few dust specks and a dark line where
    the sheet's edge cast a shadow on the glass. The certificate is the landscape 2000s–2010s
    template in 宋体: 普通高等学校 / 毕业证书, the photo at the upper left with 证书编号 under
    it, the prose with Arabic dates (…于2003年9月至2007年6月在本校…专业本科学习，学制四年…),
    the school and 校长 at the right above the date, the school's seal over them."""
    black = (0, 0, 0)
    p = Page(*A4_LANDSCAPE, background=(255, 255, 255), font=MING)
    # the sheet's edge shadow (right and bottom) and the dust the glass carried
    p.items.append(Line(812, 14, 812, 578, 1.6, black))
    p.items.append(Line(14, 578, 812, 578, 1.2, black))
    for k in range(9):
        sx = 40 + (seed * (k + 7) * 41) % 760
        sy = 30 + (seed * (k + 3) * 29) % 530
        d = 0.8 + (seed >> k) % 3 * 0.5
        p.rect(sx, sy, d, d, None, black, 0)
    p.rect(36, 32, 760, 530, black, None, 2.2)
    p.rect(44, 40, 744, 514, black, None, 0.7)
    p.text(421, 92, "普通高等学校", 18, "center", black)
    p.text(421, 140, "毕  业  证  书", 36, "center", black, font=HEI)
    p.rect(86, 178, 100, 132, black, None, 0.6)
    _hb24_halftone(p, 88, 180, 96, 128, seed)
    p.text(136, 334, "证书编号", 11, "center", black, line=False)
    p.text(136, 352, number, 10, "center", black, line=False)
    p.lines.append(f"证书编号 {number}")
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{STUDY[level]}学习，学制{_years(years)}年，修完"
            f"{'培养计划' if level in GRADUATE else '教学计划'}规定的全部课程，成绩合格，"
            "准予毕业。")
    y = p.wrapped(222, 200, body, 540, 16, 31, first_indent=32)
    y = max(y + 34, 410)
    p.row([(470, "学校名称：", y), (560, school, y)], 15)
    p.row([(470, "校    长：", y + 34), (560, president, y + 34)], 15)
    p.text(560, y + 74, cn(issued_on), 15, color=black)
    p.seal(655, y + 54, 100, school, seed=seed + 2424, color=(12, 12, 12), strength=1.0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


BM24_NOTES = [
    "一、本证书是持证人完成本校规定学业、准予毕业的凭证。",
    "二、本证书已按教育部规定进行高等教育学历证书电子注册，可登录学信网"
    "（www.chsi.com.cn）查询。",
    "三、本证书涂改、转借无效。",
    "四、本证书遗失后不予补发，持证人可向学校申请出具学历证明书，与原证书具有同等效力。",
    "五、请妥善保管，不要折叠、过塑或在阳光下长期曝晒。",
]


@layout(LAYOUTS, "diploma.beimian_shuoming",
        accepts=lambda a: int(a["end"][:4]) >= 2002, pages=2)
def beimian_shuoming(*, name, gender, birth, school, major, level, start, end, years, number,
                     president, issued_on, seed=0, **_) -> Built:
    """Both faces of the loose portrait certificate insert scanned to one two-page PDF, the
    way material lists that say 原件正反面扫描 are read: page 1 the face, in 楷体-like type on
    a cream ground with a thin gold-brown frame — the school's name over 毕业证书, the photo
    centred with the 证书编号 under it, the sentence worded by entry and finish (…于2003年9月
    入学，在本校…专业四年制本科学习，于2007年6月修完…，准予毕业), 校长 and the date, the
    seal over the school name; page 2 the back, which since the 2001 electronic registration
    many schools print with a 说明: the certificate's 电子注册 on 学信网, 涂改无效, no
    re-issue but a 学历证明书, how to keep it, and the 证书编号 repeated at the foot."""
    brown, red = (150, 110, 50), (170, 35, 35)
    plan = "培养计划" if level in GRADUATE else "教学计划"
    office = "研究生院（学位办）" if level in GRADUATE else "学生处（学籍管理科）"
    front = Page(*A4, background=(250, 246, 232), font=KAI)
    front.rect(34, 34, 527, 774, brown, None, 2.0)
    front.rect(42, 42, 511, 758, brown, None, 0.6)
    front.text(297.5, 120, school, 26, "center", red)
    front.text(297.5, 182, "毕 业 证 书", 34, "center", red, font=HEI)
    front.photo(252, 218, 90, 120, bg=(70, 130, 200))
    front.text(297.5, 362, f"证书编号：{number}", 11.5, "center", font=MING)
    body = (f"{name}，{gender}，{cn(birth)}生，于{cn(start)}入学，在本校{major}专业"
            f"{_years(years)}年制{STUDY[level]}学习，于{cn(end)}修完{plan}规定的全部课程，"
            "成绩合格，准予毕业。")
    y = front.wrapped(84, 414, body, 428, 16, 32, first_indent=32)
    y = max(y + 50, 590)
    front.row([(300, "校    名", y), (372, school, y)], 15)
    front.row([(300, "校    长", y + 36), (372, president, y + 36)], 15)
    front.text(372, y + 80, cn(issued_on), 15)
    front.seal(390, y + 8, 110, school, seed=seed + 2401, **ink(seed + 4))
    back = Page(*A4, background=(250, 246, 232), font=MING)
    back.rect(34, 34, 527, 774, brown, None, 2.0)
    back.rect(42, 42, 511, 758, brown, None, 0.6)
    back.text(297.5, 200, "说    明", 20, "center", font=HEI)
    y = 250
    for note in BM24_NOTES:
        y = back.wrapped(110, y, note, 375, 12.5, 22, first_indent=0) + 12
    back.hline(110, 485, y + 20, 0.6)
    back.text(110, y + 50, f"证书编号：{number}", 11.5)
    back.text(110, y + 74, f"{school}{office}监制", 10.5, color=(90, 90, 90))
    return Built("diploma", [front, back], _fields(name, gender, birth, school, major, level,
                                                   start, end, number), seal=school)


# --------------------------------------------------------------------------- round 25
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round25`.

def _wp25_body(name, gender, birth, major, level, start, end, years) -> str:
    plan = "培养计划" if level in GRADUATE else "教学计划"
    return (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完{plan}规定的全部课程，"
            "成绩合格，准予毕业。")


@layout(LAYOUTS, "diploma.wangpan_yulan")
def wangpan_yulan(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of the certificate's old scan opened in the 百度网盘 app's picture
    preview: many graduates back their certificates up to 网盘 (a folder 证件 / 毕业证书 made
    years ago), and when the 职称 window asks for the diploma they open the file there and
    screenshot the preview instead of downloading it. The preview is black: the status bar in
    white, the top bar with the back arrow, the file name 毕业证书.jpg and the count 3/12, the
    portrait certificate fitted to the screen's width in the middle (the school over 毕业证书,
    the photo, the prose in 宋体 with Arabic dates, 校长 and the date, the seal over the school
    line, 证书编号 at the foot), then the bottom toolbar 下载 / 分享 / 编辑 / 删除 / 更多."""
    white, grey = (250, 250, 250), (160, 160, 160)
    p = Page(360.0, 780.0, background=(8, 8, 8), font=MICRO)
    p.row([(18, f"{9 + seed % 12}:{(seed // 11) % 60:02d}", 19),
           (290, f"4G  {24 + seed % 70}%", 19)], 9.5)
    for it in p.items:
        it.color = white
    p.text(16, 56, "〈", 14, color=white, line=False)
    p.text(180, 50, "毕业证书.jpg", 12.5, "center", white)
    p.text(180, 67, f"{3 + seed % 4}/{12 + seed % 9}", 9, "center", grey, line=False)
    # the certificate scan, portrait, fitted to the width
    x0, y0, w, h = 10.0, 150.0, 340.0, 480.0
    red, ink_ = (178, 32, 36), (28, 28, 28)
    p.rect(x0, y0, w, h, None, (248, 243, 230), 0)
    p.rect(x0 + 10, y0 + 10, w - 20, h - 20, (176, 136, 70), None, 1.4)
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, (176, 136, 70), None, 0.4)
    cx = x0 + w / 2
    p.text(cx, y0 + 50, school, 17, "center", red, font=KAI)
    p.text(cx, y0 + 86, "毕 业 证 书", 21, "center", red, font=HEI)
    p.photo(cx - 30, y0 + 102, 60, 80, bg=(70, 130, 200))
    y = p.wrapped(x0 + 36, y0 + 214,
                  _wp25_body(name, gender, birth, major, level, start, end, years),
                  w - 72, 10.5, 19, first_indent=21)
    y = max(y + 16, y0 + 338)
    p.row([(x0 + 160, "校  名：", y), (x0 + 204, school, y)], 10.5)
    p.row([(x0 + 160, "校  长：", y + 20), (x0 + 204, president, y + 20)], 10.5)
    p.text(x0 + 204, y + 42, cn(issued_on), 10.5, color=ink_)
    p.seal(x0 + 236, y + 10, 70, school, seed=seed + 2501, **ink(seed + 2))
    p.text(x0 + 36, y0 + h - 30, f"证书编号：{number}", 9.5, color=ink_)
    # the bottom toolbar
    p.rect(0, 704, 360, 76, None, (20, 20, 20), 0)
    tools = ["下载", "分享", "编辑", "删除", "更多"]
    for i, t in enumerate(tools):
        tx = 36 + i * 72
        p.rect(tx - 8, 718, 16, 14, white, None, 1.0)
        p.text(tx, 752, t, 9.5, "center", white, line=False)
    p.lines.append(" ".join(tools))
    p.rect(130, 768, 100, 4, None, (230, 230, 230), 0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


LZ25_DEGREE = {"本科": "学士", "硕士研究生": "硕士", "博士研究生": "博士"}


@layout(LAYOUTS, "diploma.liangzheng_diefang", accepts=lambda a: a["level"] in LZ25_DEGREE)
def liangzheng_diefang(*, name, gender, birth, school, major, level, start, end, years,
                       number, president, issued_on, seed=0, **_) -> Built:
    """The 毕业证 and 学位证 laid on the desk one over the other and caught in ONE phone photo
    (people who keep the two loose inserts together shoot them as they lie): the landscape
    毕业证书 on top, whole, and the 学位证书 insert under it, shifted up and to the right, so
    only its pale-blue border, its red title (学士学位证书 / 硕士学位证书) and a strip of its
    margin show above the diploma's edge. The diploma is the 2000s–2010s landscape template:
    普通高等学校 over 毕业证书, the photo at the left with 证书编号 under it, the prose with
    Arabic dates, the school and 校长 at the right with the seal over them, the date below.
    The desk shows round both sheets, a shadow along the diploma's lower and right edges."""
    from ._common import desk

    red, ink_, blue = (175, 30, 35), (28, 28, 28), (120, 150, 190)
    p = Page(842.0, 632.0, font=MING)
    desk(p, seed + 3, 250, 30, 560, 400, (246, 248, 250))  # the degree certificate, under
    p.rect(262, 42, 536, 376, blue, None, 2.0)
    p.rect(268, 48, 524, 364, blue, None, 0.5)
    for k in range(16):  # the degree sheet's pale guilloche ground, seen above the diploma
        p.items.append(Line(272, 112 + k * 7, 788, 116 + k * 7, 0.4, (214, 224, 238)))
    p.text(580, 88, f"{LZ25_DEGREE[level]}学位证书", 22, "center", red, font=HEI)
    # the diploma on top
    dx, dy, dw, dh = 40.0, 150.0, 600.0, 424.0
    p.rect(dx + 7, dy + 8, dw, dh, None, (55, 42, 32), 0)
    p.rect(dx, dy, dw, dh, None, (251, 246, 232), 0)
    p.rect(dx + 14, dy + 14, dw - 28, dh - 28, (150, 40, 40), None, 2.0)
    p.rect(dx + 20, dy + 20, dw - 40, dh - 40, (150, 40, 40), None, 0.5)
    p.text(dx + dw / 2, dy + 62, "普通高等学校", 14, "center", ink_)
    p.text(dx + dw / 2, dy + 100, "毕  业  证  书", 26, "center", red, font=HEI)
    p.photo(dx + 46, dy + 128, 78, 104, bg=(70, 130, 200))
    p.text(dx + 85, dy + 254, "证书编号", 9.5, "center", ink_, line=False)
    p.text(dx + 85, dy + 272, number, 9.5, "center", ink_, line=False)
    p.lines.append(f"证书编号 {number}")
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{STUDY[level]}学习，学制{_years(years)}年，修完"
            f"{'培养计划' if level in GRADUATE else '教学计划'}规定的全部课程，成绩合格，"
            "准予毕业。")
    y = p.wrapped(dx + 150, dy + 146, body, 400, 13, 25, first_indent=26)
    y = max(y + 24, dy + 300)
    p.row([(dx + 330, "校名：", y), (dx + 372, school, y)], 12)
    p.row([(dx + 330, "校长：", y + 24), (dx + 372, president, y + 24)], 12)
    p.text(dx + 372, y + 52, cn(issued_on), 12, color=ink_)
    p.seal(dx + 474, y + 10, 86, school, seed=seed + 2502, **ink(seed + 1))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 26
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round26`.

def _sf26_body(name, gender, birth, major, level, start, end, years) -> str:
    plan = "培养计划" if level in GRADUATE else "教学计划"
    return (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完{plan}规定的全部课程，"
            "成绩合格，准予毕业。")


@layout(LAYOUTS, "diploma.sufeng_dingdeng")
def sufeng_dingdeng(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """The portrait certificate sealed in a copy shop's thick 塑封 sleeve (the hot-pressed
    plastic the holder had it put in after graduation so it would not crease) and photographed
    with a phone on the table at home, straight down under the ceiling lamp: the sleeve's clear
    rim a finger wide round the sheet, and the lamp's reflection on the glossy film as a pale
    diagonal band across the upper part and a bright oval in the upper right corner, which wash
    the paper's tint out but leave the print readable. The certificate: the school in red 楷体
    at the top, 毕业证书 (研究生毕业证书 for a graduate) under it, the photo centred, the prose
    with 年月日 dates, 校名 / 校长 and the date at the lower right under the school seal, 证书编号
    at the lower left."""
    from ..layout import Ellipse
    from ._common import desk

    red, ink_ = (172, 30, 36), (30, 30, 30)
    p = Page(600.0, 800.0, font=MING)
    desk(p, seed + 26, 52, 62, 496, 680, (238, 242, 244))  # the sleeve, larger than the sheet
    x0, y0, w, h = 66.0, 76.0, 468.0, 652.0
    paper = (248, 242, 226)
    p.rect(x0, y0, w, h, None, paper, 0)
    for k in range(22):  # the lamp's reflection on the film: a pale band, brightest mid-band
        t = abs(k - 10.5) / 10.5
        c = tuple(int(pc + (254 - pc) * (1 - t) * 0.85) for pc in paper)
        yy = y0 + 150 + k * 5
        p.rect(x0, yy, w, 5.2, None, c, 0)
    p.items.append(Ellipse(x0 + w - 128, y0 + 16, 104, 40, (252, 251, 246)))  # the lamp's spot
    p.items.append(Ellipse(x0 + w - 104, y0 + 24, 56, 22, (255, 255, 255)))
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, (178, 140, 72), None, 2.0)
    p.rect(x0 + 20, y0 + 20, w - 40, h - 40, (178, 140, 72), None, 0.5)
    cx = x0 + w / 2
    p.text(cx, y0 + 74, school, 24, "center", red, font=KAI)
    p.text(cx, y0 + 124, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 30, "center",
           red, font=HEI)
    p.photo(cx - 44, y0 + 148, 88, 116, bg=(70, 130, 200) if seed % 2 else (200, 40, 40))
    y = p.wrapped(x0 + 52, y0 + 306,
                  _sf26_body(name, gender, birth, major, level, start, end, years),
                  w - 104, 14, 28, first_indent=28)
    y = max(y + 36, y0 + 470)
    p.row([(x0 + 230, "校  名：", y), (x0 + 286, school, y)], 13.5)
    p.row([(x0 + 230, "校  长：", y + 28), (x0 + 286, president, y + 28)], 13.5)
    p.text(x0 + 286, y + 62, cn(issued_on), 13.5, color=ink_)
    p.seal(x0 + 330, y + 14, 96, school, seed=seed + 2601, **ink(seed + 3))
    p.text(x0 + 40, y0 + h - 40, f"证书编号：{number}", 11.5, color=ink_)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.shipin_heyan")
def shipin_heyan(*, name, gender, birth, school, major, level, start, end, years, number,
                 president, issued_on, seed=0, **_) -> Built:
    """The 视频核验 of the original (2020–2022, when 人社 windows took 职称 material online and
    checked originals over a WeChat video call instead of at the counter): the clerk calls the
    applicant, who holds the landscape certificate up to the phone's camera with both hands,
    and the clerk screenshots the call for the file. A portrait phone screenshot: the
    applicant's room filling the screen, the certificate across its width with the fingers at
    its edges (2010s template: 普通高等学校 over 毕业证书, or 研究生毕业证书 alone, the photo at the
    left with 证书编号 under it, the prose, 校名 / 校长 and the date under the seal), the clerk's
    own small picture at the top right, the call time and the 切到语音通话 / 挂断 / 转换摄像头
    buttons at the foot."""
    from ..layout import Ellipse

    white = (250, 250, 250)
    walls = [(196, 186, 170), (170, 178, 184), (206, 200, 188), (150, 140, 126)]
    p = Page(360.0, 780.0, background=walls[seed % len(walls)], font=MICRO)
    p.rect(0, 560, 360, 220, None, (92, 74, 60), 0)  # a cupboard behind, lower down
    p.rect(0, 0, 360, 150, None, tuple(max(0, c - 24) for c in walls[seed % len(walls)]), 0)
    p.items.append(Ellipse(120, 10, 120, 70, (246, 244, 230)))  # the ceiling light
    # the certificate held up, landscape, across the screen
    x0, y0, w, h = 8.0, 212.0, 344.0, 252.0
    skin = (222, 180, 150)
    p.rect(x0 + 4, y0 + 5, w, h, None, (70, 60, 52), 0)
    p.rect(x0, y0, w, h, None, (250, 245, 232), 0)
    red, ink_ = (160, 32, 36), (28, 28, 28)
    p.rect(x0 + 7, y0 + 7, w - 14, h - 14, red, None, 1.2)
    p.rect(x0 + 10, y0 + 10, w - 20, h - 20, red, None, 0.4)
    if level not in GRADUATE:
        p.text(x0 + w / 2, y0 + 32, "普通高等学校", 8.5, "center", ink_)
    p.text(x0 + w / 2, y0 + 54, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 15,
           "center", red, font=HEI)
    p.photo(x0 + 22, y0 + 68, 50, 66, bg=(70, 130, 200))
    p.text(x0 + 47, y0 + 148, "证书编号", 6.5, "center", ink_, line=False)
    p.text(x0 + 47, y0 + 159, number, 6.5, "center", ink_, line=False)
    p.lines.append(f"证书编号 {number}")
    y = p.wrapped(x0 + 92, y0 + 80,
                  _sf26_body(name, gender, birth, major, level, start, end, years),
                  232, 7.6, 14, first_indent=15)
    y = max(y + 12, y0 + 176)
    p.row([(x0 + 190, "校名：", y), (x0 + 216, school, y)], 7.6)
    p.row([(x0 + 190, "校长：", y + 14), (x0 + 216, president, y + 14)], 7.6)
    p.text(x0 + 216, y + 32, cn(issued_on), 7.6, color=ink_)
    p.seal(x0 + 270, y + 8, 52, school, seed=seed + 2602, **ink(seed + 4))
    for fx, fy in ((x0 - 14, y0 + 96), (x0 - 12, y0 + 140), (x0 + w - 10, y0 + 100),
                   (x0 + w - 12, y0 + 144)):  # the fingers over the short edges
        p.items.append(Ellipse(fx, fy, 24, 34, skin))
    # the call's own overlay
    p.row([(18, f"{10 + seed % 7}:{(seed // 13) % 60:02d}", 18),
           (292, f"5G  {40 + seed % 55}%", 18)], 9.5, line=False)
    for it in p.items[-2:]:
        it.color = white
    p.rect(262, 40, 86, 124, None, (60, 64, 70), 0)  # the clerk's own picture
    p.photo(276, 56, 58, 100, bg=(208, 214, 220))
    p.text(180, 626, f"{(seed // 7) % 4:02d}:{12 + seed % 47:02d}", 11, "center", white,
           line=False)
    buttons = [(70, (90, 90, 94), "切到语音通话"), (180, (230, 60, 56), "挂断"),
               (290, (90, 90, 94), "转换摄像头")]
    for bx, col, label in buttons:
        p.items.append(Ellipse(bx - 26, 660, 52, 52, col))
        p.text(bx, 736, label, 9, "center", white, line=False)
    p.lines.append(" ".join(b[2] for b in buttons))
    p.rect(130, 766, 100, 4, None, (235, 235, 235), 0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 27
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round27`.

@layout(LAYOUTS, "diploma.xiangce_biaozhu")
def xiangce_biaozhu(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """The phone photo of the certificate marked up in the phone album's 编辑 → 标注 tool
    before it was sent: the unit's 人事 clerk, collecting 毕业证 for the 职称 packet, asked in
    the group chat 请把证书编号圈出来, so the applicant drew a red freehand box round the
    证书编号 under the photo, an arrow from it and the words 证书编号 in finger-written red,
    and sent the edited picture. Under the marks, a 4:3 phone photo from above of the
    landscape certificate on a desk: 普通高等学校 / 毕业证书 (研究生毕业证书 for graduates) in
    red, the photo at the left with 证书编号 under it, the prose with Chinese dates, 校名 /
    校长 and the date under the school's seal."""
    from ..layout import Line
    from ._common import desk

    red, ink_, mark = (162, 30, 34), (28, 28, 28), (236, 44, 40)
    p = Page(640.0, 480.0, font=MING)
    x0, y0, w, h = 34.0, 40.0, 572.0, 404.0
    desk(p, seed + 2701, x0, y0, w, h, (251, 247, 236))
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, red, None, 1.6)
    p.rect(x0 + 17, y0 + 17, w - 34, h - 34, red, None, 0.5)
    cx = x0 + w / 2
    if level not in GRADUATE:
        p.text(cx, y0 + 54, "普通高等学校", 13, "center", ink_, font=KAI)
    p.text(cx, y0 + 92, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 25,
           "center", red, font=HEI)
    p.photo(x0 + 42, y0 + 120, 80, 106, bg=(70, 130, 200))
    p.text(x0 + 82, y0 + 250, "证书编号", 10, "center", ink_, line=False)
    p.text(x0 + 82, y0 + 266, number, 9.5, "center", ink_, line=False)
    p.lines.append(f"证书编号 {number}")
    y = p.wrapped(x0 + 160, y0 + 138, _sf26_body(name, gender, birth, major, level, start, end,
                                                  years), 370, 12.5, 25, first_indent=25)
    y = max(y + 20, y0 + 300)
    p.row([(x0 + 330, "校  名：", y), (x0 + 384, school, y)], 12)
    p.row([(x0 + 330, "校  长：", y + 24), (x0 + 384, president, y + 24)], 12)
    p.text(x0 + 384, y + 52, cn(issued_on), 12, color=ink_)
    p.seal(x0 + 462, y + 26, 86, school, seed=seed + 2702, **ink(seed + 1))
    # the album's 标注 marks over the photo, drawn with a finger
    bx, by, bw, bh = x0 + 14, y0 + 234, 138, 42
    wob = (seed % 5) - 2
    for x1, y1, x2, y2 in ((bx, by + 2, bx + bw, by + wob),
                           (bx + bw, by + wob, bx + bw + 3, by + bh),
                           (bx + bw + 3, by + bh, bx - 2, by + bh + 3),
                           (bx - 2, by + bh + 3, bx + 2, by - 3)):
        p.items.append(Line(x1, y1, x2, y2, 3.2, mark))
    ax, ay = bx + 70, by + bh + 4
    p.items.append(Line(ax, ay, ax + 46, y0 + h - 14, 3.2, mark))
    p.items.append(Line(ax, ay, ax + 2, ay + 16, 3.2, mark))
    p.items.append(Line(ax, ay, ax + 14, ay + 10, 3.2, mark))
    p.text(ax + 52, y0 + h - 4, "证书编号", 19, color=mark, font=KAI)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.chezuo_paizhao", cn_dates=False)
def chezuo_paizhao(*, name, gender, birth, school, major, level, start, end, years, number,
                   president, issued_on, seed=0, **_) -> Built:
    """The portrait certificate photographed on the car's passenger seat (副驾驶座): the
    applicant has just fetched it from the parents' home or the unit's 档案室, the 职称 window
    closes that day, so the photo is taken in the parked car, the sheet laid on the seat
    cushion: round it the seat's dark fabric with its stitched seams, the seat-belt buckle at
    the side and the side window's daylight falling across the top. The certificate is the
    portrait 普通高等学校 template (研究生毕业证书 for graduates): the school's name in large 楷体
    at the top, the title in red, the photo centred, the prose with every date in Chinese
    numerals (二〇〇七年六月), 校（院）长 and the date under the seal, 证书编号 at the foot."""
    from ..layout import Line
    from ._common import cn_upper, wrap_cjk

    fabrics = [(58, 60, 66), (78, 70, 62), (44, 46, 52), (96, 92, 88)]
    fab = fabrics[seed % len(fabrics)]
    p = Page(480.0, 640.0, background=fab, font=KAI)
    light = tuple(min(255, c + 34) for c in fab)
    p.rect(0, 0, 480, 70, None, light, 0)  # the window's daylight on the seat back
    seam = tuple(max(0, c - 22) for c in fab)
    for sx in (30, 450):
        p.items.append(Line(sx, 0, sx, 640, 2.0, seam))
    p.items.append(Line(0, 600, 480, 600, 2.0, seam))
    p.rect(454, 300, 26, 60, None, (30, 30, 32), 0)  # the buckle at the seat's edge
    p.rect(460, 312, 14, 24, None, (168, 168, 172), 0)
    red, ink_ = (158, 28, 32), (26, 26, 26)
    x0, y0, w, h = 52.0, 40.0, 376.0, 540.0
    p.rect(x0 + 5, y0 + 7, w, h, None, tuple(max(0, c - 30) for c in fab), 0)
    p.rect(x0, y0, w, h, None, (250, 246, 234), 0)
    p.rect(x0, y0, w, 26, None, (255, 252, 244), 0)  # the daylight on the sheet's top
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, (170, 130, 60), None, 1.6)
    cx = x0 + w / 2
    p.text(cx, y0 + 66, school, 22, "center", ink_)
    p.text(cx, y0 + 104, "研究生毕业证书" if level in GRADUATE else "毕 业 证 书", 22, "center",
           red, font=HEI)
    p.photo(cx - 36, y0 + 122, 72, 96, bg=(70, 130, 200))
    plan = "培养计划" if level in GRADUATE else "教学计划"
    body = (f"学生{name}，性别{gender}，{cn_upper(birth)}生，于{cn_upper(start)}至"
            f"{cn_upper(end)}在本校{major}专业{_years(years)}年制{STUDY[level]}学习，"
            f"修完{plan}规定的全部课程，成绩合格，准予毕业。")
    y = wrap_cjk(p, x0 + 38, y0 + 254, body, w - 76, 12.5, 25, first_indent=25)
    y = max(y + 30, y0 + 420)
    p.row([(x0 + 190, "校（院）长：", y), (x0 + 264, president, y)], 12)
    p.text(x0 + 190, y + 30, cn_upper(issued_on), 12, color=ink_)
    p.seal(x0 + 170, y + 20, 84, school, seed=seed + 2711, **ink(seed + 3))
    p.row([(x0 + 38, "证书编号：", y0 + h - 34), (x0 + 104, number, y0 + h - 34)], 10.5)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 28
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round28`.

@layout(LAYOUTS, "diploma.shouxie_zhushi_fuyin")
def shouxie_zhushi_fuyin(*, name, gender, birth, school, major, level, start, end, years,
                         number, president, issued_on, seed=0, **_) -> Built:
    """The A4 photocopy of the certificate annotated by the applicant in ball-pen, as many
    职称 material lists ask (复印件须由本人注明用途并签名): a black-and-white copy-shop copy of
    the landscape certificate in the upper half of a portrait sheet (普通高等学校 / 毕业证书,
    the photo with 证书编号 under it, the prose with 年月日 dates, 校名 / 校长 / date, the
    school's seal in grey toner), and across the blank lower half, written by hand in blue
    ink and rising a little to the right, 此复印件仅供职称申报使用，他用无效, then 本人签名
    with the signature and the date of signing. The annotated copy was scanned in colour on the
    unit's MFP, so the pen stays blue."""
    from ..layout import Text
    from ._common import PEN, wrap_cjk

    grey, dark = (88, 88, 88), (58, 58, 58)
    p = Page(*A4, background=(249, 249, 247), font=MING)
    x0, y0, w, h = 44.0, 70.0, 507.0, 356.0
    p.rect(x0 - 10, y0 - 10, w + 20, h + 20, None, (232, 232, 230), 0)  # the copy's grey rim
    p.rect(x0, y0, w, h, None, (246, 246, 244), 0)
    p.rect(x0 + 8, y0 + 8, w - 16, h - 16, grey, None, 1.6)
    p.rect(x0 + 13, y0 + 13, w - 26, h - 26, grey, None, 0.5)
    cx = x0 + w / 2
    if level not in GRADUATE:
        p.text(cx, y0 + 50, "普通高等学校", 12, "center", dark, font=KAI)
    p.text(cx, y0 + 86, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 23,
           "center", dark, font=HEI)
    p.photo(x0 + 38, y0 + 112, 74, 98, bg=(200, 200, 200))
    for it in p.items[-4:]:  # toner has no colour: the face and clothes in greys
        g = int(sum(it.fill) / 3)
        it.fill = (g, g, g)
    p.text(x0 + 75, y0 + 232, "证书编号", 9.5, "center", dark, line=False)
    p.text(x0 + 75, y0 + 247, number, 9, "center", dark, line=False)
    p.lines.append(f"证书编号 {number}")
    y = wrap_cjk(p, x0 + 146, y0 + 128, _sf26_body(name, gender, birth, major, level, start,
                                                    end, years), w - 186, 11.5, 23,
                 first_indent=23)
    y = max(y + 16, y0 + 262)
    p.row([(x0 + 300, "校  名：", y), (x0 + 350, school, y)], 11)
    p.row([(x0 + 300, "校  长：", y + 22), (x0 + 350, president, y + 22)], 11)
    p.text(x0 + 350, y + 46, cn(issued_on), 11, color=dark)
    p.seal(x0 + 410, y + 20, 78, school, seed=seed + 2801, color=(112, 112, 112),
           strength=0.8)
    # the hand-written note across the lower half, rising to the right
    note = "此复印件仅供职称申报使用，他用无效。"
    nx, ny, step = 70.0, 560.0, 25.5
    for i, ch in enumerate(note):
        p.items.append(Text(nx + i * step, ny - i * 1.6 + (i * 7 % 3) * 0.7, ch, 23, "left", PEN,
                            KAI))
    p.lines.append(note)
    sy = 640.0
    p.text(250, sy, "本人签名：", 17, color=PEN, font=KAI, line=False)
    p.text(338, sy - 2, name, 25, color=PEN, font=KAI, line=False)
    p.lines.append(f"本人签名：{name}")
    year = min(2024, int(issued_on[:4]) + 3 + seed % 6)
    p.text(338, sy + 44, f"{year}.{1 + seed % 9}.{3 + seed % 25}", 19, color=PEN, font=KAI)
    p.items.append(Line(336, sy + 8, 338 + text_width(name, 25, KAI) + 6, sy + 3, 1.0, PEN))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.dizhuan_paizhao")
def dizhuan_paizhao(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """The landscape certificate laid on the living-room floor and photographed standing over
    it (the desk too small or cluttered for the big sheet, so people put it down on the
    800 mm 地砖 by the balcony door for the light): portrait 3:4, the certificate across the
    middle, the tiles' pale glaze and grout lines round it, the photographer's shadow falling
    over the lower part and the toes of a pair of house slippers at the bottom edge. The
    certificate is the 2000s–2010s 普通高等学校 template (研究生毕业证书 for graduates): title in
    red, photo at the left with 证书编号 under it, the prose with 年月日 dates, 校名 / 校长 and
    the date under the school's seal."""
    from ..layout import Ellipse
    from ._common import wrap_cjk

    tiles = [(226, 220, 208), (214, 212, 206), (232, 226, 214), (204, 196, 184)]
    tile = tiles[seed % len(tiles)]
    p = Page(480.0, 640.0, background=tile, font=MING)
    shadow = tuple(max(0, c - 30) for c in tile)
    p.items.append(Ellipse(60, 470, 360, 260, shadow))  # the photographer's shadow
    grout = tuple(max(0, c - 44) for c in tile)
    off = 40 + seed % 60
    for gx in (off, off + 230, off + 460):
        p.items.append(Line(gx, 0, gx + 6, 640, 1.6, grout))
    for gy in (96, 326, 556):
        p.items.append(Line(0, gy, 480, gy - 5, 1.6, grout))
    red, ink_ = (166, 30, 34), (28, 28, 28)
    x0, y0, w, h = 22.0, 150.0, 436.0, 306.0
    p.rect(x0 + 3, y0 + 4, w, h, None, tuple(max(0, c - 60) for c in tile), 0)
    p.rect(x0, y0, w, h, None, (251, 247, 236), 0)
    p.rect(x0, y0 + h - 58, w, 58, None, (226, 222, 212), 0)  # the shadow on the sheet
    p.rect(x0 + 10, y0 + 10, w - 20, h - 20, red, None, 1.4)
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, red, None, 0.4)
    cx = x0 + w / 2
    if level not in GRADUATE:
        p.text(cx, y0 + 42, "普通高等学校", 10.5, "center", ink_)
    p.text(cx, y0 + 72, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 20,
           "center", red, font=HEI)
    p.photo(x0 + 30, y0 + 92, 62, 82, bg=(70, 130, 200) if seed % 3 else (230, 232, 236))
    p.text(x0 + 61, y0 + 192, "证书编号", 8, "center", ink_, line=False)
    p.text(x0 + 61, y0 + 205, number, 7.8, "center", ink_, line=False)
    p.lines.append(f"证书编号 {number}")
    y = wrap_cjk(p, x0 + 118, y0 + 104, _sf26_body(name, gender, birth, major, level, start,
                                                    end, years), w - 150, 10, 20,
                 first_indent=20)
    y = max(y + 12, y0 + 222)
    p.row([(x0 + 236, "校  名：", y), (x0 + 280, school, y)], 9.5)
    p.row([(x0 + 236, "校  长：", y + 19), (x0 + 280, president, y + 19)], 9.5)
    p.text(x0 + 280, y + 40, cn(issued_on), 9.5, color=ink_)
    p.seal(x0 + 336, y + 16, 70, school, seed=seed + 2802, **ink(seed + 2))
    slipper = [(70, 110, 160), (190, 120, 140), (90, 90, 96)][seed % 3]
    for sx in (150, 262):  # the slippers' toes at the bottom edge
        p.items.append(Ellipse(sx, 596, 70, 90, slipper))
        p.items.append(Ellipse(sx + 8, 606, 54, 60, tuple(min(255, c + 30) for c in slipper)))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 29
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round29`.

def _sz29_stain(p: Page, blobs, origin, ring=(200, 172, 124), tint=(234, 218, 184)) -> None:
    """A dried water stain (水渍): overlapping blobs whose rims dried darker (the brown tide
    line), the inside a paler tan, and inside it two fainter tide lines where the water
    stood on its way back (the same blobs shrunk toward `origin`, where it came in). Drawn
    before the print, so the print stays on top."""
    from ..layout import Ellipse

    ox, oy = origin
    paper = p.background
    for depth, scale in enumerate((1.0, 0.8, 0.58)):
        mix = 1 - depth * 0.3
        rc = tuple(int(pc + (c - pc) * mix) for c, pc in zip(ring, paper))
        tc = tuple(int(pc + (c - pc) * (0.7 + depth * 0.15)) for c, pc in zip(tint, paper))
        shrunk = [(ox + (x - ox) * scale, oy + (y - oy) * scale, w * scale, h * scale)
                  for x, y, w, h in blobs]
        for x, y, w, h in shrunk:
            p.items.append(Ellipse(x - 2, y - 2, w + 4, h + 4, rc))
        for x, y, w, h in shrunk:
            p.items.append(Ellipse(x + 1, y + 1, w - 2, h - 2, tc))


@layout(LAYOUTS, "diploma.shuizi_meiban", cn_dates=False)
def shuizi_meiban(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """The old certificate that spent years in a cardboard box at the parents' house (老家)
    and was spoiled there: a leak left a dried water stain (水渍) spreading from the lower
    left corner with a brown tide line round it and a smaller drip mark at the top right,
    and the damp left grey-green mildew spots (霉斑) along the border. When the 职称 window
    asks for it the holder has nothing better, so the spoiled sheet is scanned in colour as it
    is, yellowed paper and all. The certificate is the landscape 普通高等学校 template of the
    2000s–2010s (研究生毕业证书 for a graduate): the title in red, the photo at the left with
    证书编号 under it, the prose with every date in Chinese numerals (一九八三年五月十二日),
    校名 and 校（院）长 at the right with the date and the school seal over them."""
    from ..layout import Ellipse
    from ._common import wrap_cjk

    paper, red, ink_ = (243, 234, 210), (160, 32, 36), (34, 30, 28)
    p = Page(*A4_LANDSCAPE, background=paper, font=MING)
    k = seed % 7
    # the stains first, under the print: a big one from the lower left, a drip at the top right
    _sz29_stain(p, [(-60, 340 + k * 4, 300, 290), (30, 420, 290, 210), (170, 490, 210, 130),
                    (-30, 262 + k * 3, 150, 140), (236, 530, 120, 90), (96, 372, 110, 90)],
                (-20, 600))
    _sz29_stain(p, [(660 + k * 6, -40, 140, 100), (712 + k * 6, 30, 60, 52)], (740, -20),
                ring=(206, 180, 132), tint=(238, 226, 194))
    frame(p, (150, 44, 40), 20, 28, 2.6)
    # mildew spots along the border and in the stained corner
    dots = [(34 + (i * 37 + k * 11) % 200, 520 + (i * 23) % 50, 2 + i % 4) for i in range(18)]
    dots += [(760 + (i * 13) % 60, 60 + (i * 29 + k * 5) % 160, 2 + i % 3) for i in range(10)]
    dots += [(200 + (i * 71) % 420, 548 + (i * 7) % 20, 1.5 + i % 3) for i in range(12)]
    for i, (dx, dy, r) in enumerate(dots):
        col = (108, 118, 96) if i % 3 else (70, 74, 66)
        p.items.append(Ellipse(dx, dy, r * 2, r * 1.7, col))
    cx = 421.0
    if level not in GRADUATE:
        p.text(cx, 78, "普 通 高 等 学 校", 16, "center", red, font=KAI)
    p.text(cx, 128, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 36, "center",
           red, font=HEI)
    p.photo(86, 172, 96, 128, bg=(200, 44, 44) if seed % 2 else (70, 130, 200))
    plan = "培养计划" if level in GRADUATE else "教学计划"
    body = (f"学生{name}，性别{gender}，{cn_upper(birth)}生，于{cn_upper(start)}至"
            f"{cn_upper(end)}在本校{major}专业{_years(years)}年制{STUDY[level]}学习，"
            f"修完{plan}规定的全部课程，成绩合格，准予毕业。")
    y = wrap_cjk(p, 228, 196, body, 540, 16, 32, first_indent=32)
    y = max(y + 30, 384)
    p.row([(440, "校    名：", y), (536, school, y)], 15)
    p.row([(440, "校（院）长：", y + 32), (536, president, y + 32)], 15)
    p.text(536, y + 72, cn_upper(issued_on), 15, color=ink_)
    p.seal(660, y + 40, 104, school, seed=seed + 2901, **ink(seed + 3))
    p.text(86, 330, "证书编号：", 12, color=ink_, line=False)
    p.text(86, 350, number, 12, color=ink_, line=False)
    p.lines.append(f"证书编号：{number}")
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


XQ29_PHONES = [("Xiaomi 13", "f/1.8", "5.4 mm"), ("HUAWEI nova 9", "f/1.9", "5.6 mm"),
               ("OPPO Reno8", "f/1.8", "4.7 mm"), ("vivo X80", "f/1.8", "5.5 mm"),
               ("Redmi K60", "f/1.8", "5.6 mm")]
XQ29_WEEK = "一二三四五六日"


@layout(LAYOUTS, "diploma.xiangce_xiangqing")
def xiangce_xiangqing(*, name, gender, birth, school, major, level, start, end, years, number,
                      president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of the certificate's photo in the Android gallery with its 详细信息
    sheet pulled up: the 职称 platform refuses uploads over 2 MB, so the applicant opens the
    photo's 详情 to see its size, and when the upload fails again sends the 人事科 clerk a
    screenshot of that screen instead. The screen: the status bar, the gallery's top bar with
    the back arrow and the shot's date, the landscape photo of the certificate (a desk round
    the 2010s template: 普通高等学校 over 毕业证书 or 研究生毕业证书, the photo at the left with
    证书编号 under it, the prose with 年月日 dates, 校名 / 校长 / date under the school seal) in
    the upper half on black, and the white 详细信息 sheet below: 拍摄时间 with the weekday, the
    file name IMG_..., 分辨率 and size, the path, the phone model, 光圈 / 快门 / ISO, 焦距 and
    the place the photo was taken."""
    import datetime as dt

    from ._common import desk, wrap_cjk

    white, grey, ink_ = (250, 250, 250), (128, 128, 132), (26, 26, 28)
    p = Page(360.0, 780.0, background=(0, 0, 0), font=MICRO)
    shot_y = min(2024, max(int(issued_on[:4]) + 1, 2021 + seed % 4))
    shot = dt.datetime(shot_y, 1 + seed % (4 if shot_y == 2024 else 12), 1 + (seed // 3) % 28,
                       8 + seed % 13, (seed // 5) % 60, (seed // 7) % 60)
    p.row([(18, f"{10 + seed % 10}:{(seed // 11) % 60:02d}", 19),
           (288, f"5G  {21 + seed % 76}%", 19)], 9.5, line=False)
    for it in p.items[-2:]:
        it.color = white
    p.text(16, 58, "〈", 15, color=white, line=False)
    p.text(42, 52, f"{shot.year}年{shot.month}月{shot.day}日", 12, color=white)
    p.text(42, 68, f"{shot.hour:02d}:{shot.minute:02d}", 9, color=(190, 190, 190),
           line=False)
    # the photo: the landscape certificate on a desk, 4:3
    px0, py0 = 0.0, 96.0
    desk(p, seed + 2911, px0 + 8, py0 + 12, 344, 246, (251, 247, 236))
    p.background = (0, 0, 0)
    p.items.insert(len(p.items) - 2, Rect(px0, py0, 360, 270, None, (118, 88, 60), 0))
    x0, y0, w, h = px0 + 8, py0 + 12, 344.0, 246.0
    red = (164, 30, 34)
    p.rect(x0 + 7, y0 + 7, w - 14, h - 14, red, None, 1.1)
    p.rect(x0 + 10, y0 + 10, w - 20, h - 20, red, None, 0.4)
    if level not in GRADUATE:
        p.text(x0 + w / 2, y0 + 30, "普通高等学校", 8.5, "center", ink_)
    p.text(x0 + w / 2, y0 + 52, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 15,
           "center", red, font=HEI)
    p.photo(x0 + 22, y0 + 66, 50, 66, bg=(70, 130, 200))
    p.text(x0 + 49, y0 + 146, "证书编号", 7.2, "center", ink_, line=False)
    p.text(x0 + 51, y0 + 158, number, 7.0, "center", ink_, line=False)
    p.lines.append(f"证书编号 {number}")
    plan = "培养计划" if level in GRADUATE else "教学计划"
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业学习，学制{_years(years)}年，修完{plan}规定的全部课程，成绩合格，"
            "准予毕业。")
    y = wrap_cjk(p, x0 + 90, y0 + 78, body, 238, 8.4, 15.5, first_indent=16.8)
    y = max(y + 10, y0 + 172)
    p.row([(x0 + 180, "校名：", y), (x0 + 208, school, y)], 8.4)
    p.row([(x0 + 180, "校长：", y + 15), (x0 + 208, president, y + 15)], 8.4)
    p.text(x0 + 208, y + 32, cn(issued_on), 8.4, color=ink_)
    p.seal(x0 + 262, y + 8, 50, school, seed=seed + 2912, **ink(seed + 1))
    # the 详细信息 sheet
    p.rect(0, 384, 360, 396, None, (255, 255, 255), 0)
    p.rect(160, 392, 40, 4, None, (206, 206, 210), 0)
    p.text(20, 426, "详细信息", 15, color=ink_)
    model, aperture, focal = XQ29_PHONES[seed % len(XQ29_PHONES)]
    mb = 2.1 + (seed % 37) / 10
    fname = f"IMG_{shot:%Y%m%d_%H%M%S}.jpg"
    district = ["城中区", "鱼峰区", "柳南区", "柳北区", "柳江区"][seed % 5]
    rows = [("时间", f"{shot.year}年{shot.month}月{shot.day}日 星期{XQ29_WEEK[shot.weekday()]} "
                   f"{shot.hour:02d}:{shot.minute:02d}"),
            ("名称", fname),
            ("尺寸", f"4000×3000  1200万像素  {mb:.2f} MB"),
            ("路径", "/内部存储/DCIM/Camera"),
            ("设备", model),
            ("参数", f"{aperture}  1/{[33, 50, 60, 100][seed % 4]}s  ISO{[200, 320, 400][seed % 3]}"
                   f"  {focal}"),
            ("位置", f"广西壮族自治区柳州市{district}")]
    yy = 464.0
    for label, value in rows:
        p.text(20, yy, label, 10, color=grey, line=False)
        p.text(72, yy, value, 10.5, color=ink_, line=False)
        p.lines.append(f"{label} {value}")
        yy += 36
    p.text(20, yy + 4, "编辑", 11, color=(40, 110, 230), line=False)
    p.rect(130, 766, 100, 4, None, (40, 40, 40), 0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 30
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round30`.

JX30_PHONES = [("Xiaomi 13 Ultra", "LEICA", "VARIO-SUMMILUX 1:1.9-4.0/12-120 ASPH.", "23mm"),
               ("vivo X100 Pro", "ZEISS", "ZEISS APO 1:1.75", "23mm"),
               ("HONOR Magic6", "HONOR IMAGE", "Falcon Camera 1:1.6", "24mm"),
               ("Xiaomi 14", "LEICA", "SUMMILUX 1:1.6/23 ASPH.", "23mm")]


@layout(LAYOUTS, "diploma.jixing_shuiyin")
def jixing_shuiyin(*, name, gender, birth, school, major, level, start, end, years, number,
                   president, issued_on, seed=0, **_) -> Built:
    """A phone photo of the certificate saved with the camera's 机型水印 (the 徕卡 / 蔡司
    frame mode of Xiaomi, vivo and Honor cameras, switched on once to show off and never
    switched off): below the 4:3 landscape photo a white strip carries the phone's model at
    the left with the shot's date and time under it, and at the right the maker's lens
    partner, the lens name, focal length / aperture / shutter / ISO and the GPS coordinates,
    with a thin grey rule between them. The applicant uploads the photo as it came off the
    phone, strip and all. The photo: the landscape 普通高等学校 certificate of the 2000s–2010s
    (研究生毕业证书 for graduates) on a desk, shot a little from the right so the far edge is
    narrower, a ring-light's reflection on the glossy paper at the upper left, the title in
    red, the photo at the left with 证书编号 under it, the prose with 年月日 dates, 校名 / 校长 /
    date under the school's seal."""
    import datetime as dt

    from ..layout import Ellipse
    from ._common import desk, wrap_cjk

    p = Page(640.0, 560.0, background=(255, 255, 255), font=MING)
    desk(p, seed + 3001, 30, 44, 590, 392, (250, 246, 236))
    p.rect(0, 480, 640, 80, None, (255, 255, 255), 0)  # the strip covers the desk's foot
    red, ink_ = (168, 30, 36), (30, 28, 26)
    x0, y0, w, h = 30.0, 44.0, 590.0, 392.0
    # the far (left) edge a touch darker, as the light falls from the right
    p.rect(x0, y0, 40, h, None, (240, 235, 224), 0)
    p.items.append(Ellipse(x0 + 40, y0 + 22, 120, 46, (255, 255, 252)))  # the lamp's glare
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, red, None, 1.8)
    p.rect(x0 + 19, y0 + 19, w - 38, h - 38, red, None, 0.5)
    cx = x0 + w / 2
    if level not in GRADUATE:
        p.text(cx, y0 + 56, "普通高等学校", 13, "center", ink_)
    p.text(cx, y0 + 96, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 27,
           "center", red, font=HEI)
    p.photo(x0 + 46, y0 + 124, 86, 114, bg=(70, 130, 200) if seed % 3 else (214, 46, 46))
    p.text(x0 + 89, y0 + 260, "证书编号", 10, "center", ink_, line=False)
    p.text(x0 + 89, y0 + 277, number, 10, "center", ink_, line=False)
    p.lines.append(f"证书编号 {number}")
    y = wrap_cjk(p, x0 + 168, y0 + 140, _sf26_body(name, gender, birth, major, level, start,
                                                    end, years), w - 208, 13, 26,
                 first_indent=26)
    y = max(y + 18, y0 + 282)
    p.row([(x0 + 318, "校  名：", y), (x0 + 378, school, y)], 12.5)
    p.row([(x0 + 318, "校  长：", y + 25), (x0 + 378, president, y + 25)], 12.5)
    p.text(x0 + 378, y + 52, cn(issued_on), 12.5, color=ink_)
    p.seal(x0 + 452, y + 22, 94, school, seed=seed + 3002, **ink(seed + 4))
    # the 机型水印 strip
    model, partner, lens, focal = JX30_PHONES[seed % len(JX30_PHONES)]
    shot_y = min(2024, max(int(issued_on[:4]) + 2, 2023 + seed % 2))
    shot = dt.datetime(shot_y, 1 + seed % (5 if shot_y == 2024 else 12), 1 + (seed // 3) % 28,
                       9 + seed % 12, (seed // 5) % 60, (seed // 7) % 60)
    p.text(22, 512, model, 15, color=(20, 20, 20), font=HEI)
    p.text(22, 534, f"{shot:%Y.%m.%d %H:%M:%S}", 9.5, color=(140, 140, 140), font=MICRO)
    p.items.append(Line(400, 497, 400, 543, 0.8, (190, 190, 190)))
    if partner == "LEICA":
        p.items.append(Ellipse(368, 506, 26, 26, (226, 16, 26)))
        p.text(381, 523, "Leica", 6.5, "center", (255, 255, 255), font=KAI, line=False)
    else:
        p.text(392, 524, partner, 9, "right", (40, 40, 40), font=HEI)
    p.text(412, 512, f"{focal} f/1.{6 + seed % 4} 1/{[50, 60, 100, 120][seed % 4]}s "
           f"ISO{[100, 160, 200, 320][seed % 4]}", 11, color=(20, 20, 20), font=HEI)
    p.text(412, 534, f"24°{18 + seed % 9}'{(seed * 7) % 60}\"N 109°{22 + seed % 7}'"
           f"{(seed * 11) % 60}\"E", 9, color=(140, 140, 140), font=MICRO)
    p.text(412, 550, lens, 7, color=(170, 170, 170), font=MICRO)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


KT30_NEWS = ["春季养生：这几种蔬菜多吃有好处", "新款笔记本电脑限时直降，点击查看",
             "本周天气：冷空气南下，注意添衣", "2345安全卫士提醒您清理系统垃圾"]


@layout(LAYOUTS, "diploma.kantu_guanggao")
def kantu_guanggao(*, name, gender, birth, school, major, level, start, end, years, number,
                   president, issued_on, seed=0, **_) -> Built:
    """A PC screenshot of the certificate's scan open in 2345看图王, the free image viewer
    that came bundled on the office PC: the applicant could not find the scan file in the
    upload dialog's folders, so opened it by double-click, pressed 截图 and uploaded the
    screenshot. The window: the dark title bar with the viewer's name, the file name and
    its place in the folder (3/14), the 文件 / 编辑 / 工具 menu words, the dark canvas with
    the scan fitted to the window, the bottom toolbar (上一张 / 下一张 / 1:1 / 适应窗口 / 旋转 /
    删除 / 打印) with the zoom percentage and the image's pixel size and file size, and
    the viewer's own 今日推荐 news pop-up at the lower right with a close cross. The scan:
    the portrait template (普通高等学校 / 毕业证书, or 研究生毕业证书 for graduates): the school
    name across the top, the photo in the middle, the prose with 年月日 dates, then 校（院）长,
    the date under the school's seal and the 证书编号 at the foot with the 学信网 查询网址."""
    from ._common import wrap_cjk

    white, grey = (236, 236, 236), (150, 152, 158)
    p = Page(1024.0, 640.0, background=(46, 48, 54), font=MICRO)
    p.rect(0, 0, 1024, 34, None, (32, 34, 40), 0)
    fno, ftotal = 2 + seed % 9, 12 + seed % 9
    yr = max(int(issued_on[:4]) + 1, 2015)
    fname = f"毕业证扫描{yr}{1 + seed % 12:02d}{1 + seed % 27:02d}.jpg"
    p.text(40, 22, f"2345看图王 - {fname}  ({fno}/{ftotal})", 10.5, color=white)
    p.rect(12, 10, 18, 14, None, (60, 160, 250), 0)
    for i, word in enumerate(("文件", "编辑", "工具", "帮助")):
        p.text(560 + i * 44, 22, word, 10, color=grey, line=False)
    p.lines.append("文件 编辑 工具 帮助")
    for i, ch in enumerate(("—", "□", "×")):
        p.text(944 + i * 30, 22, ch, 11, "center", white, line=False)
    # the scan, fitted to the window
    x0, y0, w, h = 322.0, 44.0, 380.0, 538.0
    p.rect(x0, y0, w, h, None, (249, 247, 242), 0)
    red, ink_ = (172, 30, 36), (30, 30, 30)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, (186, 146, 80), None, 1.6)
    p.rect(x0 + 17, y0 + 17, w - 34, h - 34, (186, 146, 80), None, 0.4)
    cx = x0 + w / 2
    p.font = MING
    p.text(cx, y0 + 62, school, 20, "center", red, font=KAI)
    if level in GRADUATE:
        p.text(cx, y0 + 100, "研究生毕业证书", 19, "center", red, font=HEI)
    else:
        p.text(cx, y0 + 90, "普通高等学校", 10.5, "center", ink_)
        p.text(cx, y0 + 114, "毕  业  证  书", 19, "center", red, font=HEI)
    p.photo(cx - 36, y0 + 132, 72, 96, bg=(70, 130, 200) if seed % 2 else (232, 234, 238))
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完"
            f"{'培养计划' if level in GRADUATE else '教学计划'}规定的全部课程，成绩合格，"
            "准予毕业。")
    y = wrap_cjk(p, x0 + 40, y0 + 262, body, w - 80, 11.5, 23, first_indent=23)
    y = max(y + 24, y0 + 404)
    p.row([(x0 + 170, "校（院）长：", y), (x0 + 240, president, y)], 11)
    p.text(x0 + 240, y + 28, cn(issued_on), 11, color=ink_)
    p.seal(x0 + 292, y + 16, 90, school, seed=seed + 3003, **ink(seed + 1))
    p.text(x0 + 40, y0 + h - 48, f"证书编号：{number}", 10, color=ink_)
    p.text(x0 + 40, y0 + h - 30, "查询网址：http://www.chsi.com.cn", 8.5, color=ink_)
    p.font = MICRO
    # the bottom toolbar
    p.rect(0, 592, 1024, 48, None, (32, 34, 40), 0)
    tools = ["上一张", "下一张", "1:1", "适应窗口", "旋转", "删除", "打印"]
    for i, t in enumerate(tools):
        p.text(290 + i * 64, 620, t, 10, "center", white, line=False)
    p.lines.append(" ".join(tools))
    zoom = 28 + seed % 9
    px_w = int(w * 100 / zoom * 1.34)
    p.text(20, 620, f"{zoom}%", 10.5, color=white)
    p.text(860, 620, f"{px_w}×{int(px_w * h / w)}  {1.6 + seed % 23 / 10:.1f}MB", 9.5,
           color=grey)
    # the viewer's news pop-up at the lower right, clear of the scan
    bx, by = 764.0, 408.0
    p.rect(bx, by, 250, 176, (80, 80, 86), (250, 250, 252), 0.6)
    p.rect(bx, by, 250, 28, None, (40, 130, 240), 0)
    p.text(bx + 10, by + 19, "2345看图王 · 今日推荐", 10, color=(255, 255, 255))
    p.text(bx + 236, by + 19, "×", 11, "center", (255, 255, 255), line=False)
    p.rect(bx + 10, by + 38, 230, 82, None, (200, 214, 228), 0)
    p.text(bx + 10, by + 140, KT30_NEWS[seed % len(KT30_NEWS)], 9.5, color=(40, 40, 40))
    p.text(bx + 10, by + 162, "不再提示", 8.5, color=(130, 130, 130))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 31
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round31`.

SZ31_TABS = ["文件", "开始", "插入", "设计", "切换", "动画", "放映", "审阅", "视图", "工具"]
SZ31_SLIDES = ["述职报告", "一、基本情况", "二、学历学位情况", "三、任现职以来主要工作",
               "四、业绩成果", "五、论文著作", "六、今后工作打算"]


@layout(LAYOUTS, "diploma.shuzhi_ppt")
def shuzhi_ppt(*, name, gender, birth, school, major, level, start, end, years, number,
               president, issued_on, seed=0, **_) -> Built:
    """A PC screenshot of the applicant's 述职答辩 slides open in WPS演示: the 评审委员会's
    答辩 asks each candidate for a ten-minute 述职 deck, whose third slide, 二、学历学位情况,
    carries the photo of the 毕业证书 pasted beside a few bullet lines; when the platform
    later asks for the certificate and the original is at the 档案室, the applicant
    screenshots that slide in the editing window and uploads it. The window: the title bar
    with 职称评审述职答辩-姓名.pptx, the ribbon's tab words, the slide thumbnails down the left
    (the third one selected), the slide in the middle on the grey canvas (the unit's blue
    template band with its logo word, the heading, the pasted photo of the landscape
    普通高等学校 certificate (研究生毕业证书 for graduates) with its thin picture border, and the
    bullets: 学历, 毕业院校, 专业, 起止时间), the slide footer with the unit and the 答辩 date,
    the notes pane's 单击此处添加备注 and the status bar's 幻灯片 3 / 7 and zoom."""
    from ..layout import Ellipse
    from ._common import DESKS, other_people, wrap_cjk

    white, grey, dark = (255, 255, 255), (120, 120, 126), (34, 34, 36)
    p = Page(1100.0, 700.0, background=(226, 228, 232), font=MICRO)
    p.rect(0, 0, 1100, 30, None, (248, 248, 250), 0)
    p.rect(10, 8, 16, 14, None, (214, 80, 46), 0)
    p.text(34, 20, "WPS演示", 10, color=dark)
    p.text(550, 20, f"职称评审述职答辩-{name}.pptx", 10.5, "center", dark)
    for i, ch in enumerate(("—", "□", "×")):
        p.text(1020 + i * 28, 20, ch, 11, "center", dark, line=False)
    p.rect(0, 30, 1100, 74, None, (244, 245, 247), 0)
    for i, tab in enumerate(SZ31_TABS):
        color = (214, 80, 46) if tab == "开始" else dark
        p.text(20 + i * 52, 50, tab, 10, color=color, line=False)
    p.lines.append(" ".join(SZ31_TABS))
    tools = ["粘贴", "格式刷", "新建幻灯片", "版式", "字体", "段落", "形状", "排列", "查找替换"]
    for i, t in enumerate(tools):
        p.rect(20 + i * 84, 64, 24, 22, None, (214, 218, 224), 0)
        p.text(48 + i * 84, 80, t, 8.5, color=grey, line=False)
    # the thumbnails pane
    p.rect(0, 104, 170, 566, None, (238, 239, 242), 0)
    for i, title in enumerate(SZ31_SLIDES[:6]):
        ty = 116 + i * 92
        if i == 2:
            p.rect(24, ty - 4, 136, 84, (214, 80, 46), None, 2.0)
        p.text(10, ty + 12, str(i + 1), 8.5, color=grey, line=False)
        p.rect(28, ty, 128, 72, None, white, 0)
        p.rect(28, ty, 128, 10, None, (24, 74, 140), 0)
        p.text(34, ty + 26, title, 6.5, color=dark, line=False)
        if i == 2:
            p.rect(36, ty + 34, 56, 32, None, (236, 224, 206), 0)
    # the slide, 16:9 on the canvas
    sx, sy, sw, sh = 196.0, 120.0, 880.0, 495.0
    p.rect(sx + 3, sy + 4, sw, sh, None, (190, 192, 198), 0)
    p.rect(sx, sy, sw, sh, None, white, 0)
    blue = (24, 74, 140)
    p.rect(sx, sy, sw, 58, None, blue, 0)
    judge = other_people(f"sz31:{number}", 1)[0][0]  # the 评委 the deck was shown to
    p.text(sx + 28, sy + 38, SZ31_SLIDES[2], 20, color=white, font=HEI)
    p.text(sx + sw - 24, sy + 36, "专业技术职务任职资格评审答辩", 10, "right", (200, 214, 236))
    # the pasted photo: the landscape certificate on a desk, a thin black picture border
    x0, y0, w, h = sx + 26, sy + 78, 520.0, 366.0
    p.rect(x0 - 2, y0 - 2, w + 4, h + 4, None, (30, 30, 30), 0)
    p.rect(x0, y0, w, h, None, DESKS[seed % len(DESKS)], 0)
    cx0, cy0, cw, ch_ = x0 + 12, y0 + 12, w - 24, h - 24
    p.rect(cx0 + 4, cy0 + 5, cw, ch_, None, (70, 52, 38), 0)
    p.rect(cx0, cy0, cw, ch_, None, (251, 247, 236), 0)
    p.items.append(Ellipse(cx0 + cw - 150, cy0 + 16, 120, 34, (255, 254, 250)))  # glare
    red, ink_ = (166, 30, 34), (28, 28, 28)
    p.rect(cx0 + 10, cy0 + 10, cw - 20, ch_ - 20, red, None, 1.4)
    p.rect(cx0 + 14, cy0 + 14, cw - 28, ch_ - 28, red, None, 0.4)
    p.font = MING
    cxm = cx0 + cw / 2
    if level not in GRADUATE:
        p.text(cxm, cy0 + 40, "普通高等学校", 11, "center", ink_)
    p.text(cxm, cy0 + 72, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书", 22,
           "center", red, font=HEI)
    p.photo(cx0 + 34, cy0 + 96, 70, 94, bg=(70, 130, 200) if seed % 2 else (214, 46, 46))
    p.text(cx0 + 69, cy0 + 210, "证书编号", 9, "center", ink_, line=False)
    p.text(cx0 + 69, cy0 + 225, number, 9, "center", ink_, line=False)
    p.lines.append(f"证书编号 {number}")
    y = wrap_cjk(p, cx0 + 134, cy0 + 108, _sf26_body(name, gender, birth, major, level, start,
                                                      end, years), cw - 166, 11, 22,
                 first_indent=22)
    y = max(y + 14, cy0 + 246)
    p.row([(cx0 + 250, "校  名：", y), (cx0 + 298, school, y)], 10.5)
    p.row([(cx0 + 250, "校  长：", y + 21), (cx0 + 298, president, y + 21)], 10.5)
    p.text(cx0 + 298, y + 44, cn(issued_on), 10.5, color=ink_)
    p.seal(cx0 + 376, y + 18, 80, school, seed=seed + 3101, **ink(seed + 2))
    # the bullets at the right
    p.font = MICRO
    bx, by = x0 + w + 28, y0 + 20
    bullets = [("学历", STUDY[level]), ("毕业院校", school), ("所学专业", major),
               ("起止时间", f"{start[:4]}.{start[5:7]}—{end[:4]}.{end[5:7]}"),
               ("学习形式", "全日制")]
    for label, value in bullets:
        p.rect(bx, by - 8, 6, 6, None, blue, 0)
        p.text(bx + 14, by, f"{label}：", 11.5, color=dark, font=HEI, line=False)
        lines = [value] if len(value) <= 16 else [value[:16], value[16:]]
        for k, part in enumerate(lines):
            p.text(bx + 14, by + 22 + k * 19, part, 11.5, color=dark, line=False)
        p.lines.append(f"{label}：{value}")
        by += 50 + 19 * (len(lines) - 1)
    # the slide footer
    dyear = min(2024, max(int(issued_on[:4]) + 5, 2021 + seed % 4))
    p.items.append(Line(sx + 24, sy + sh - 34, sx + sw - 24, sy + sh - 34, 0.6, (190, 190, 196)))
    p.text(sx + 28, sy + sh - 14, f"述职人：{name}    评委：{judge}等", 8.5, color=grey)
    p.text(sx + sw - 28, sy + sh - 14, f"{dyear}年{9 + seed % 3}月  3", 8.5, "right", grey)
    # the notes pane and the status bar
    p.rect(196, 628, 880, 30, None, white, 0)
    p.text(208, 648, "单击此处添加备注", 9.5, color=(160, 160, 166))
    p.rect(0, 670, 1100, 30, None, (244, 245, 247), 0)
    zoom = 86 + seed % 12
    p.text(16, 690, f"幻灯片 3 / {len(SZ31_SLIDES)}    Office 主题    中文(中国)", 9, color=grey)
    p.text(1084, 690, f"{zoom}%", 9, "right", grey)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


QQ31_GROUPS = ["单位职工群", "职称申报交流群(2024)", "文件传输助手", "工会活动通知", "妈妈"]


@layout(LAYOUTS, "diploma.qq_diannao_liaotian")
def qq_diannao_liaotian(*, name, gender, birth, school, major, level, start, end, years,
                        number, president, issued_on, seed=0, **_) -> Built:
    """A screenshot of the desktop QQ window in which the applicant sent the certificate's
    phone photo to the 人事科 clerk: many units' 职称 clerks still work through QQ on the
    office PC, the applicant's first upload was refused as 模糊, so the clerk asked in the
    chat for a new photo of the 原件, the applicant sent it, and the clerk, told by the
    platform to attach 经办人 evidence, screenshotted the conversation and uploaded that.
    The window: the contact list at the left (groups and people, the clerk's chat
    highlighted), the chat's title with the clerk's name, the messages with their times —
    the clerk's request, the applicant's image bubble with the portrait photo of the
    certificate (the portrait 普通高等学校 template, 研究生毕业证书 for graduates: school name
    across the top, the photo in the middle, the prose with 年月日 dates, 校（院）长 and the
    date under the school seal, 证书编号 and the 学信网 查询网址 at the foot), 这张可以吗, the
    clerk's 收到 with a thumbs-up — and the input box with its toolbar and the 发送 button."""
    from ._common import DESKS, other_people, wrap_cjk

    white, grey, dark = (255, 255, 255), (136, 140, 148), (30, 30, 34)
    p = Page(960.0, 820.0, background=(245, 246, 248), font=MICRO)
    clerk = other_people(f"qq31:{number}", 1)[0][0]
    # the contact list
    p.rect(0, 0, 250, 820, None, (236, 238, 242), 0)
    p.rect(12, 14, 226, 26, None, (222, 225, 230), 0)
    p.text(22, 31, "搜索", 9.5, color=grey, line=False)
    contacts = [(QQ31_GROUPS[0], "[图片]"), (f"人事科-{clerk}", "收到👍"),
                (QQ31_GROUPS[1], "请于本周五前提交材料"), (QQ31_GROUPS[2], "[文件]"),
                (QQ31_GROUPS[3], "周六羽毛球比赛报名"), (QQ31_GROUPS[4], "晚上回来吃饭吗")]
    for i, (who, last) in enumerate(contacts):
        cy = 54 + i * 64
        if i == 1:
            p.rect(0, cy, 250, 64, None, (204, 222, 246), 0)
        p.rect(14, cy + 12, 40, 40, None, [(96, 160, 230), (120, 190, 130), (230, 150, 80),
                                            (150, 120, 210), (220, 110, 120), (90, 180, 200)][i],
               0)
        p.text(64, cy + 28, who if i != 1 else f"人事科-{clerk}", 10.5, color=dark,
               line=False)
        p.text(64, cy + 47, last.replace("👍", ""), 9, color=grey, line=False)
    p.lines.append(f"人事科-{clerk}")
    # the chat
    p.rect(250, 0, 710, 56, None, (245, 246, 248), 0)
    p.text(276, 34, f"人事科-{clerk}", 13, color=dark, font=HEI, line=False)
    p.items.append(Line(250, 56, 960, 56, 0.8, (222, 224, 228)))
    year = min(2024, max(int(issued_on[:4]) + 4, 2022 + seed % 3))
    month, day = 3 + seed % 6, 1 + (seed // 3) % 27
    hh, mm = 9 + seed % 8, (seed * 7) % 60
    p.text(605, 84, f"{year}/{month}/{day} {hh:02d}:{mm:02d}", 8.5, "center", grey)
    p.rect(266, 100, 34, 34, None, (120, 190, 130), 0)
    ask = f"{name}，你平台上传的毕业证照片太模糊被退回了，麻烦拍一张原件的清晰照片发我"
    p.rect(310, 100, 420, 50, None, white, 0)
    wrap_cjk(p, 322, 120, ask, 396, 10, 17)
    # the applicant's image bubble at the right
    p.rect(910, 166, 34, 34, None, (96, 160, 230), 0)
    ix, iy, iw, ih = 560.0, 166.0, 338.0, 454.0
    p.rect(ix, iy, iw, ih, None, DESKS[(seed + 1) % len(DESKS)], 0)
    x0, y0, w, h = ix + 12, iy + 10, iw - 24, ih - 20
    p.rect(x0 + 4, y0 + 5, w, h, None, (64, 48, 36), 0)
    p.rect(x0, y0, w, h, None, (250, 246, 235), 0)
    red, ink_ = (170, 30, 36), (28, 28, 28)
    p.rect(x0 + 9, y0 + 9, w - 18, h - 18, (186, 146, 80), None, 1.3)
    p.font = MING
    cx = x0 + w / 2
    p.text(cx, y0 + 46, school, 17, "center", red, font=KAI)
    if level in GRADUATE:
        p.text(cx, y0 + 78, "研究生毕业证书", 16, "center", red, font=HEI)
    else:
        p.text(cx, y0 + 70, "普通高等学校", 9, "center", ink_)
        p.text(cx, y0 + 92, "毕  业  证  书", 16, "center", red, font=HEI)
    p.photo(cx - 30, y0 + 106, 60, 80, bg=(70, 130, 200) if seed % 3 else (232, 234, 238))
    plan = "培养计划" if level in GRADUATE else "教学计划"
    body = (f"学生{name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{_years(years)}年制{STUDY[level]}学习，修完{plan}规定的全部课程，"
            "成绩合格，准予毕业。")
    y = wrap_cjk(p, x0 + 28, y0 + 210, body, w - 56, 9.6, 19, first_indent=19.2)
    y = max(y + 18, y0 + 330)
    p.row([(x0 + 140, "校（院）长：", y), (x0 + 198, president, y)], 9.2)
    p.text(x0 + 198, y + 22, cn(issued_on), 9.2, color=ink_)
    p.seal(x0 + 214, y + 30, 70, school, seed=seed + 3111, **ink(seed + 3))
    p.text(x0 + 28, y0 + h - 34, f"证书编号：{number}", 8.6, color=ink_)
    p.text(x0 + 28, y0 + h - 19, "查询网址：http://www.chsi.com.cn", 7.2, color=ink_)
    p.font = MICRO
    p.rect(790, 632, 108, 34, None, (154, 200, 255), 0)
    p.text(844, 654, "这张可以吗", 10, "center", dark)
    p.rect(910, 632, 34, 34, None, (96, 160, 230), 0)
    p.text(605, 688, f"{hh:02d}:{(mm + 6) % 60:02d}", 8.5, "center", grey)
    p.rect(266, 700, 34, 34, None, (120, 190, 130), 0)
    p.rect(310, 700, 150, 34, None, white, 0)
    p.text(322, 722, "收到，这张清楚了 [赞]", 10, color=dark)
    # the input box with its toolbar and the 发送 button
    p.items.append(Line(250, 748, 960, 748, 0.8, (222, 224, 228)))
    for i, t in enumerate(("表情", "截图", "文件", "图片", "聊天记录")):
        p.text(270 + i * 54, 768, t, 8.5, color=grey, line=False)
    p.rect(868, 784, 76, 26, None, (0, 153, 255), 0)
    p.text(906, 801, "发送(S)", 9.5, "center", white, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 32
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round32`.

def _r32_leaf(p: Page, x0, y0, w, h, *, name, gender, birth, school, major, level, start,
              end, years, number, president, issued_on, seed, size=10.0):
    """The landscape certificate's face inside (x0, y0, w, h): red double border, heading,
    photo and number at the left, the prose at the right, school, 校（院）长, date, seal."""
    red, ink_ = (168, 30, 36), (28, 28, 28)
    p.rect(x0 + 8, y0 + 8, w - 16, h - 16, red, None, 1.4)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, red, None, 0.4)
    cx = x0 + w / 2
    font = p.font
    p.font = MING
    if level not in GRADUATE:
        p.text(cx, y0 + 34, "普通高等学校", size, "center", ink_)
    p.text(cx, y0 + 34 + size * 3, "研究生毕业证书" if level in GRADUATE else "毕  业  证  书",
           size * 2, "center", red, font=HEI)
    ph_w = w * 0.14
    p.photo(x0 + 30, y0 + 48 + size * 4, ph_w, ph_w * 4 / 3,
            bg=(70, 130, 200) if seed % 2 else (214, 46, 46))
    ny = y0 + 48 + size * 4 + ph_w * 4 / 3 + size * 2
    p.text(x0 + 30 + ph_w / 2, ny, "证书编号", size * 0.85, "center", ink_, line=False)
    p.text(x0 + 30 + ph_w / 2, ny + size * 1.5, number, size * 0.85, "center", ink_,
           line=False)
    p.lines.append(f"证书编号 {number}")
    from ._common import wrap_cjk

    bx = x0 + 60 + ph_w
    y = wrap_cjk(p, bx, y0 + 52 + size * 4, _sf26_body(name, gender, birth, major, level,
                                                         start, end, years),
                 x0 + w - 34 - bx, size, size * 2, first_indent=size * 2)
    y = max(y + size, y0 + h * 0.66)
    p.row([(x0 + w * 0.52, "校  名：", y), (x0 + w * 0.52 + size * 5, school, y)], size)
    p.row([(x0 + w * 0.52, "校（院）长：", y + size * 2),
           (x0 + w * 0.52 + size * 6, president, y + size * 2)], size)
    p.text(x0 + w * 0.52 + size * 5, y + size * 4, cn(issued_on), size, color=ink_)
    p.seal(x0 + w * 0.52 + size * 11, y + size * 1.6, size * 8, school, seed=seed + 3201,
           **ink(seed + 4))
    p.font = font


@layout(LAYOUTS, "diploma.touying_fanpai")
def touying_fanpai(*, name, gender, birth, school, major, level, start, end, years, number,
                   president, issued_on, seed=0, **_) -> Built:
    """A phone photo of the meeting room's projection screen during the unit's 职称推荐
    资格审查会: the 人事科 shows each candidate's scanned 毕业证书 from the laptop on the
    projector so the 推荐小组 can check it against the original, and the applicant, whose
    own scan went missing, photographs the screen and uploads that. The photo: the dark room
    wall, the pull-down screen's black border and its hanging bar, the projected image
    slightly keystoned and washed out at the centre (the projector's hot spot), the laptop's
    image-viewer chrome projected with it (文件名 毕业证书_姓名.jpg, 1/12, zoom buttons, the
    taskbar's clock and date), the landscape certificate in it, and the heads of two
    colleagues and the edge of the conference table in the foreground."""
    from ..layout import Ellipse

    p = Page(1000.0, 750.0, background=(46, 44, 48), font=MICRO)
    # the screen: its hanging bar, black border, the white cloth
    p.rect(90, 26, 820, 14, None, (24, 24, 26), 0)
    p.rect(100, 40, 800, 560, None, (236, 236, 232), 0)
    p.rect(100, 40, 800, 560, (20, 20, 22), None, 8.0)
    # the projected desktop (a little darker at the corners, a hot spot at the centre)
    sx, sy, sw, sh = 122.0, 60.0, 756.0, 520.0
    p.rect(sx, sy, sw, sh, None, (206, 208, 214), 0)
    p.items.append(Ellipse(sx + 180, sy + 120, 400, 300, (226, 228, 232)))
    p.rect(sx, sy, sw, 28, None, (52, 54, 62), 0)
    p.text(sx + 12, sy + 19, f"毕业证书_{name}.jpg - 照片查看器", 10, color=(235, 235, 240))
    p.text(sx + sw - 12, sy + 19, f"{3 + seed % 9}/12    —  □  ×", 10, "right",
           (235, 235, 240), line=False)
    # the certificate image in the viewer
    x0, y0, w, h = sx + 40, sy + 46, sw - 80, sh - 110
    p.rect(x0, y0, w, h, None, (250, 246, 234), 0)
    _r32_leaf(p, x0, y0, w, h, name=name, gender=gender, birth=birth, school=school,
              major=major, level=level, start=start, end=end, years=years, number=number,
              president=president, issued_on=issued_on, seed=seed, size=12.5)
    # the viewer's bottom bar and the taskbar
    p.rect(sx, sy + sh - 60, sw, 30, None, (224, 226, 230), 0)
    for i, t in enumerate(("放大", "缩小", "1:1", "适应窗口", "上一张", "下一张", "旋转")):
        p.text(sx + 200 + i * 56, sy + sh - 40, t, 9, color=(70, 72, 80), line=False)
    p.rect(sx, sy + sh - 30, sw, 30, None, (36, 40, 52), 0)
    year = min(2024, max(int(issued_on[:4]) + 5, 2021 + seed % 4))
    p.text(sx + sw - 14, sy + sh - 11,
           f"{14 + seed % 3}:{(seed * 11) % 60:02d}  {year}/{4 + seed % 5}/{10 + seed % 18}",
           9.5, "right", (225, 225, 230))
    p.text(sx + 14, sy + sh - 11, f"{year}年度职称推荐资格审查", 9.5, color=(225, 225, 230))
    # the foreground: the table's edge and two heads
    p.rect(0, 650, 1000, 100, None, (92, 70, 52), 0)
    p.items.append(Ellipse(150, 600, 150, 180, (30, 28, 30)))
    p.items.append(Ellipse(760, 620, 140, 170, (38, 34, 34)))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.huoye_chadai", cn_dates=False)
def huoye_chadai(*, name, gender, birth, school, major, level, start, end, years, number,
                 president, issued_on, seed=0, **_) -> Built:
    """A phone photo of the certificate kept in a clear sleeve of the applicant's A4 ring
    binder (活页文件夹 with 透明插袋), as many people file their certificates at home: the
    binder lies open on the bed or desk, the certificate (taken out of its cover and
    slid into the sleeve) is photographed through the
    plastic. The photo: the binder's blue board at the left with its three rings, the
    sleeve's punched strip with its eleven holes, the sleeve's faint edge and two oblique
    glare bands across the leaf, the next sleeve's label (学位证书) peeping out at the right,
    and the older portrait certificate (school name in 楷体 at the top, photo in the middle,
    the prose with dates as 2016年06月, 校（院）长 and the date under the seal)."""
    from ..layout import Ellipse, Line, Text
    from ._common import DESKS

    p = Page(620.0, 880.0, background=DESKS[(seed + 2) % len(DESKS)], font=MING)
    p.rect(30, 30, 560, 820, None, (40, 80, 150), 0)  # the binder board
    for ry in (220, 440, 660):
        p.items.append(Ellipse(70, ry - 14, 34, 28, (190, 194, 200)))
    p.rect(110, 40, 470, 800, None, (238, 240, 242), 0)  # the sleeve
    for i in range(11):
        p.items.append(Ellipse(124, 90 + i * 68, 10, 10, (40, 80, 150)))
    # the leaf inside the sleeve
    x0, y0, w, h = 146.0, 70.0, 420.0, 740.0
    p.rect(x0, y0, w, h, None, (251, 247, 236), 0)
    red, ink_ = (166, 28, 34), (28, 28, 28)
    p.rect(x0 + 10, y0 + 10, w - 20, h - 20, red, None, 1.6)
    p.rect(x0 + 15, y0 + 15, w - 30, h - 30, red, None, 0.4)
    cx = x0 + w / 2
    p.text(cx, y0 + 74, school, 22, "center", red, font=KAI)
    if level in GRADUATE:
        p.text(cx, y0 + 124, "研究生毕业证书", 24, "center", red, font=HEI)
    else:
        p.text(cx, y0 + 108, "普通高等学校", 12, "center", ink_)
        p.text(cx, y0 + 140, "毕 业 证 书", 24, "center", red, font=HEI)
    p.photo(cx - 48, y0 + 170, 96, 128, bg=(70, 130, 200) if seed % 3 else (232, 234, 238))
    plan = "培养计划" if level in GRADUATE else "教学计划"
    body = (f"学生{name}，性别{gender}，{birth[:4]}年{birth[5:7]}月{birth[8:10]}日生，"
            f"于{start[:4]}年{start[5:7]}月至{end[:4]}年{end[5:7]}月在本校{major}专业"
            f"{_years(years)}年制{STUDY[level]}学习，修完{plan}规定的全部课程，成绩合格，"
            "准予毕业。")
    from ._common import wrap_cjk

    y = wrap_cjk(p, x0 + 44, y0 + 346, body, w - 88, 13, 28, first_indent=26)
    y = max(y + 40, y0 + 560)
    p.row([(x0 + 200, "校（院）长：", y), (x0 + 276, president, y)], 12.5)
    p.text(x0 + 200, y + 32, f"{issued_on[:4]}年{issued_on[5:7]}月{issued_on[8:10]}日", 12.5,
           color=ink_)
    p.seal(x0 + 250, y + 6, 104, school, seed=seed + 3202, **ink(seed + 1))
    p.text(x0 + 44, y0 + h - 54, f"证书编号：{number}", 11, color=ink_)
    p.text(x0 + 44, y0 + h - 34, "查询网址：http://www.chsi.com.cn", 9, color=ink_)
    # the sleeve's glare bands and edge, over the leaf
    for gx in (162, 540):  # in the leaf's margins, clear of the writing
        p.items.append(Line(gx, 60, gx + 20, 830, 5, (244, 246, 248)))
    p.items.append(Line(112, 44, 578, 44, 1.0, (200, 204, 210)))
    p.rect(570, 120, 44, 28, None, (250, 250, 250), 0)
    p.items.append(Text(592, 138, "学位证书", 7.5, "center", (40, 40, 40), MICRO))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 33
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round33`.

@layout(LAYOUTS, "diploma.saomiao_caijian")
def saomiao_caijian(*, name, gender, birth, school, major, level, start, end, years, number,
                    president, issued_on, seed=0, **_) -> Built:
    """A screenshot of a phone document-scanner app's 裁剪 step (the 扫描/拍照转文档 mode of
    the common scanner apps), uploaded by mistake instead of the finished scan: the
    applicant photographed the landscape 毕业证书 on the desk, the app found its edges and
    now shows the photo with the blue detection quad and its eight round handles and the
    magnifier bubble at one corner, and the bottom bar (重拍 / 自动 / 全选 / 向左旋转 / 下一步)
    under it; the status bar above (time, 4G, battery), the title 调整边框 (1/1) and a hint
    拖动蓝点调整边框. The certificate inside: red double border, 普通高等学校 and 毕业证书 (or
    研究生毕业证书), photo and number at the left, the prose with dates in Chinese, the school,
    校（院）长 and date under the school's seal."""
    from ..layout import Ellipse, Line

    p = Page(540.0, 1080.0, background=(18, 18, 20), font=MICRO)
    grey = (200, 200, 204)
    p.text(28, 30, f"{9 + seed % 12}:{(seed * 7) % 60:02d}", 13, color=(240, 240, 240),
           line=False)
    p.text(512, 30, f"4G  {40 + seed % 55}%", 12, "right", (240, 240, 240), line=False)
    p.text(28, 82, "<", 22, color=grey, line=False)
    p.text(270, 82, "调整边框 (1/1)", 16, "center", (245, 245, 245))
    p.text(270, 116, "拖动蓝点调整边框，对准证件四角", 11, "center", (160, 160, 166), line=False)
    # the raw photo: the desk and the certificate, turned a little
    p.rect(0, 140, 540, 700, None, [(120, 94, 70), (150, 150, 146), (92, 70, 52)][seed % 3], 0)
    x0, y0, w, h = 30.0, 290.0, 480.0, 340.0
    p.rect(x0 + 4, y0 + 6, w, h, None, (50, 40, 30), 0)
    p.rect(x0, y0, w, h, None, (250, 246, 234), 0)
    _r32_leaf(p, x0, y0, w, h, name=name, gender=gender, birth=birth, school=school,
              major=major, level=level, start=start, end=end, years=years, number=number,
              president=president, issued_on=issued_on, seed=seed + 7, size=8.0)
    # the detection quad and its handles
    blue = (40, 140, 255)
    quad = [(x0 - 6, y0 - 4), (x0 + w + 5, y0 - 8), (x0 + w + 7, y0 + h + 6),
            (x0 - 4, y0 + h + 4)]
    for i in range(4):
        (ax, ay), (bx, by) = quad[i], quad[(i + 1) % 4]
        p.items.append(Line(ax, ay, bx, by, 2.2, blue))
        for hx, hy in ((ax, ay), ((ax + bx) / 2, (ay + by) / 2)):
            p.items.append(Ellipse(hx - 9, hy - 9, 18, 18, (255, 255, 255)))
            p.items.append(Ellipse(hx - 6, hy - 6, 12, 12, blue))
    # the magnifier over the top left corner (shows only the border)
    p.items.append(Ellipse(30, 160, 110, 110, (236, 232, 222)))
    p.items.append(Line(56, 238, 140, 232, 2.0, (168, 30, 36)))
    p.items.append(Line(62, 200, 62, 262, 2.0, (168, 30, 36)))
    # the bottom bar
    p.rect(0, 860, 540, 220, None, (28, 28, 30), 0)
    for i, t in enumerate(("重拍", "自动", "全选", "向左旋转")):
        p.text(60 + i * 110, 910, t, 12, "center", grey, line=False)
    p.rect(170, 960, 200, 52, None, (40, 140, 255), 0)
    p.text(270, 993, "下一步", 16, "center", (255, 255, 255), line=False)
    p.text(270, 1050, "文档 · 证件 · 表格 · 书籍", 10, "center", (120, 120, 126), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.chuangkou_guitai", cn_dates=False)
def chuangkou_guitai(*, name, gender, birth, school, major, level, start, end, years, number,
                     president, issued_on, seed=0, **_) -> Built:
    """A phone photo taken at the 人社局 / 政务服务中心 职称窗口 when the clerk asks for a
    picture of the original to go with the online 申报: the portrait 毕业证书 lies on the
    counter's grey top, turned to face the camera, beside the window's 服务评价器 (the small
    box with 非常满意 / 满意 / 不满意 keys), the 排队叫号 slip the applicant drew at the door
    (its own number A0xx, the time it was printed, 前面等候 n 人) and the glass partition's
    foot with the window's name plate (职称业务 n号窗口, 受理人 and 工号). The certificate: the
    school name in red 楷体 at the top, 毕业证书 under it, the photo at the upper left of the
    prose, the prose with dates as 2016年6月, 校（院）长, the date and the school's seal over
    it, 证书编号 along the foot."""
    from ._common import other_people, wrap_cjk

    p = Page(720.0, 900.0, background=(176, 178, 180), font=MING)
    # the partition's foot and the name plate
    p.rect(0, 0, 720, 96, None, (214, 226, 232), 0)
    p.rect(0, 92, 720, 8, None, (120, 124, 130), 0)
    clerk = other_people(f"{number}:ck", 1)[0][0]
    win = 3 + seed % 6
    p.rect(230, 14, 260, 64, None, (26, 70, 140), 0)
    p.text(360, 42, f"职称业务  {win}号窗口", 16, "center", (255, 255, 255), font=HEI)
    p.text(360, 66, f"受理人：{clerk}  工号 {2100 + seed % 90:04d}", 10, "center",
           (220, 230, 245))
    # the certificate, portrait, a shadow under it
    x0, y0, w, h = 150.0, 140.0, 420.0, 600.0
    p.rect(x0 + 5, y0 + 7, w, h, None, (110, 110, 112), 0)
    p.rect(x0, y0, w, h, None, (250, 247, 238), 0)
    red, ink_ = (170, 30, 36), (28, 28, 28)
    p.rect(x0 + 10, y0 + 10, w - 20, h - 20, red, None, 2.0)
    cx = x0 + w / 2
    p.text(cx, y0 + 62, school, 22, "center", red, font=KAI)
    title = "研究生毕业证书" if level in GRADUATE else "毕 业 证 书"
    p.text(cx, y0 + 108, title, 24, "center", red, font=HEI)
    p.photo(x0 + 40, y0 + 138, 78, 104, bg=(70, 130, 200) if seed % 2 else (232, 234, 238))
    p.text(x0 + 140, y0 + 160, f"证书编号：{number}", 10.5, color=ink_)
    plan = "培养计划" if level in GRADUATE else "教学计划"
    body = (f"学生{name}，性别{gender}，{int(birth[:4])}年{int(birth[5:7])}月"
            f"{int(birth[8:10])}日生，于{int(start[:4])}年{int(start[5:7])}月至"
            f"{int(end[:4])}年{int(end[5:7])}月在本校{major}专业{_years(years)}年制"
            f"{STUDY[level]}学习，修完{plan}规定的全部课程，成绩合格，准予毕业。")
    y = wrap_cjk(p, x0 + 36, y0 + 278, body, w - 72, 13, 27, first_indent=26)
    y = max(y + 36, y0 + 470)
    p.row([(x0 + 190, "校（院）长：", y), (x0 + 268, president, y)], 12.5)
    p.text(x0 + 190, y + 30, f"{int(issued_on[:4])}年{int(issued_on[5:7])}月"
           f"{int(issued_on[8:10])}日", 12.5, color=ink_)
    p.seal(x0 + 250, y + 8, 100, school, seed=seed + 3301, **ink(seed + 2))
    # the evaluator box at the left, the queue slip at the right
    p.rect(18, 520, 110, 170, None, (38, 40, 46), 0)
    p.rect(28, 532, 90, 54, None, (70, 120, 110), 0)
    p.text(73, 564, "请您评价", 10, "center", (235, 245, 240), line=False)
    for i, (t, c) in enumerate((("非常满意", (40, 160, 80)), ("满意", (60, 120, 200)),
                                ("不满意", (200, 60, 50)))):
        p.rect(30, 596 + i * 30, 86, 22, None, c, 0)
        p.text(73, 612 + i * 30, t, 9, "center", (255, 255, 255), line=False)
    sx, sy = 590.0, 560.0
    p.rect(sx, sy, 116, 190, None, (252, 252, 248), 0)
    year = min(2024, int(issued_on[:4]) + 4 + seed % 4)
    slip = ["市政务服务中心", f"A{seed % 90 + 10:03d}", "职称评审业务",
            f"前面等候 {seed % 7} 人", f"{year}-{3 + seed % 6:02d}-{10 + seed % 18}",
            f"{9 + seed % 7}:{(seed * 13) % 60:02d}:{(seed * 7) % 60:02d}", "过号请重新取号"]
    for i, t in enumerate(slip):
        p.text(sx + 58, sy + 24 + i * 24, t, 18 if i == 1 else 9, "center", (30, 30, 30),
               font=HEI if i == 1 else MICRO)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 34
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round34`.

def _r34_ymd(d: str) -> str:
    return f"{int(d[:4])}年{int(d[5:7])}月{int(d[8:10])}日" if len(d) > 7 else \
        f"{int(d[:4])}年{int(d[5:7])}月"


def _r34_body(name, gender, birth, major, level, start, end, years) -> str:
    plan = "培养计划" if level in GRADUATE else "教学计划"
    span = (f"于{_r34_ymd(start)}至{_r34_ymd(end)}" if start
            else f"于{_r34_ymd(end)}")
    return (f"学生{name}，性别{gender}，{_r34_ymd(birth)}生，{span}在本校{major}专业"
            f"{_years(years)}年制{STUDY[level]}学习，修完{plan}规定的全部课程，成绩合格，"
            "准予毕业。")


@layout(LAYOUTS, "diploma.mac_yulan_biaoji", cn_dates=False)
def mac_yulan_biaoji(*, name, gender, birth, school, major, level, start, end, years, number,
                     president, issued_on, seed=0, **_) -> Built:
    """A screenshot of macOS 预览 (Preview) with the landscape 毕业证书 scan open and its
    标记 (Markup) toolbar showing, as Mac users send it when the 人事科 asks for a copy
    "signed by the holder": the applicant used 预览's 文本 tool to add 与原件一致 in red and
    the 签名 tool (a signature captured on the trackpad) to sign it with the day's date,
    then took a window screenshot (⇧⌘4, space) instead of exporting. The window: the three
    traffic-light buttons, the title 毕业证书扫描.jpeg with 已编辑, the toolbar (侧边栏,
    缩放, 共享, 标记, 搜索), the 标记 row (选择, 草图, 绘图, 形状, 文本, 高亮, 签名, 注释,
    调整颜色, 调整大小, 边框颜色, 字体) and the sidebar with two thumbnails (the diploma and
    the next file, 学位证书扫描.jpeg); the scan inside with a faint grey edge from the
    scanner's lid. The certificate: teal-green guilloche double border, 普通高等学校 and
    毕业证书 (or 研究生毕业证书), photo upper left with 证书编号 under it, the prose with
    dates as 2016年6月30日, school, 校（院）长 and date under the school's seal."""
    from ..layout import Ellipse, Line
    from ._common import wrap_cjk

    p = Page(1180.0, 800.0, background=(58, 110, 160), font=MICRO)  # the desktop behind
    wx, wy, ww, wh = 30.0, 24.0, 1120.0, 752.0
    p.rect(wx + 6, wy + 10, ww, wh, None, (30, 60, 90), 0)
    p.rect(wx, wy, ww, wh, None, (236, 236, 238), 0)
    for i, c in enumerate(((255, 95, 87), (254, 188, 46), (40, 200, 64))):
        p.items.append(Ellipse(wx + 16 + i * 20, wy + 12, 12, 12, c))
    dark, grey = (40, 40, 42), (120, 120, 126)
    p.text(wx + 250, wy + 24, "毕业证书扫描.jpeg — 已编辑", 12.5, color=dark)
    tools = "侧边栏    缩放 −  +    共享    标记    旋转    搜索"
    p.text(wx + ww - 16, wy + 24, tools, 10.5, "right", grey, line=False)
    # the Markup row
    p.rect(wx, wy + 40, ww, 32, None, (224, 224, 228), 0)
    marks = ["选择", "草图", "绘图", "形状", "文本", "高亮", "签名", "注释", "调整颜色",
             "调整大小", "边框颜色", "填充颜色", "字体 Aa"]
    for i, t in enumerate(marks):
        if t == "签名":
            p.rect(wx + 14 + i * 78, wy + 44, 56, 24, None, (196, 214, 240), 0)
        p.text(wx + 42 + i * 78, wy + 61, t, 10, "center", dark, line=False)
    # the sidebar with its thumbnails
    p.rect(wx, wy + 72, 170, wh - 72, None, (226, 228, 232), 0)
    p.rect(wx + 22, wy + 96, 126, 88, (60, 120, 230), (248, 244, 234), 3.0)
    p.text(wx + 85, wy + 202, "毕业证书扫描.jpeg", 8.5, "center", dark, line=False)
    p.rect(wx + 22, wy + 226, 126, 88, None, (240, 244, 250), 0)
    p.rect(wx + 30, wy + 234, 110, 72, (40, 70, 150), None, 1.0)
    p.text(wx + 85, wy + 332, "学位证书扫描.jpeg", 8.5, "center", grey, line=False)
    # the canvas and the scan
    p.rect(wx + 170, wy + 72, ww - 170, wh - 72, None, (200, 200, 204), 0)
    x0, y0, w, h = wx + 200.0, wy + 100.0, 900.0, 620.0
    p.rect(x0, y0, w, h, None, (246, 247, 244), 0)
    p.rect(x0, y0, w, h, (170, 170, 170), None, 1.2)
    teal, red, ink_ = (26, 120, 110), (170, 32, 38), (26, 26, 26)
    p.rect(x0 + 18, y0 + 18, w - 36, h - 36, teal, None, 5.0)
    p.rect(x0 + 28, y0 + 28, w - 56, h - 56, teal, None, 0.6)
    for i in range(18):  # the guilloche's rosettes along the top and bottom borders
        p.items.append(Ellipse(x0 + 40 + i * 47, y0 + 36, 30, 8, (180, 214, 206)))
        p.items.append(Ellipse(x0 + 40 + i * 47, y0 + h - 44, 30, 8, (180, 214, 206)))
    cx = x0 + w / 2
    p.font = MING
    if level in GRADUATE:
        p.text(cx, y0 + 108, "研究生毕业证书", 34, "center", red, font=HEI)
    else:
        p.text(cx, y0 + 78, "普通高等学校", 15, "center", ink_)
        p.text(cx, y0 + 118, "毕  业  证  书", 34, "center", red, font=HEI)
    p.photo(x0 + 70, y0 + 150, 104, 138, bg=(70, 130, 200) if seed % 2 else (214, 50, 50))
    p.text(x0 + 70, y0 + 318, "证书编号：", 11, color=ink_, line=False)
    p.text(x0 + 70, y0 + 338, number, 11, color=ink_, line=False)
    p.lines.append(f"证书编号：{number}")
    body = _r34_body(name, gender, birth, major, level, start, end, years)
    y = wrap_cjk(p, x0 + 220, y0 + 176, body, w - 290, 15, 32, first_indent=30)
    y = max(y + 30, y0 + 430)
    p.text(x0 + 520, y, school, 15, color=ink_)
    p.row([(x0 + 520, "校（院）长：", y + 32), (x0 + 612, president, y + 32)], 15)
    p.text(x0 + 520, y + 64, _r34_ymd(issued_on), 15, color=ink_)
    p.seal(x0 + 600, y + 22, 118, school, seed=seed + 3401, **ink(seed + 3))
    p.font = MICRO
    # the Markup additions: a red text box and the trackpad signature with the day's date
    year = min(2024, max(int(issued_on[:4]) + 3, 2020 + seed % 5))
    today = f"{year}.{3 + seed % 7}.{8 + seed % 20}"
    p.rect(x0 + 64, y0 + h - 150, 250, 34, (60, 120, 230), None, 0.8)
    p.text(x0 + 76, y0 + h - 126, "与原件一致，仅供职称申报", 15, color=(220, 30, 30))
    sig_x, sig_y = x0 + 84, y0 + h - 76
    p.text(sig_x, sig_y, name, 24, color=(20, 20, 24), font=KAI)
    p.items.append(Line(sig_x - 6, sig_y + 6, sig_x + 96, sig_y - 2, 1.2, (20, 20, 24)))
    p.text(sig_x + 120, sig_y, today, 14, color=(20, 20, 24), font=KAI)
    for hx, hy in ((sig_x - 10, sig_y - 28), (sig_x + 190, sig_y - 28), (sig_x - 10, sig_y + 12),
                   (sig_x + 190, sig_y + 12)):  # the selected signature's handles
        p.items.append(Ellipse(hx - 4, hy - 4, 8, 8, (60, 120, 230)))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.jiaodai_xiubu", cn_dates=False)
def jiaodai_xiubu(*, name, gender, birth, school, major, level, start, end, years, number,
                  president, issued_on, seed=0, **_) -> Built:
    """A phone photo of an older loose-leaf 毕业证书 that tore across its middle fold (kept
    folded for years in a drawer or a 档案袋) and was mended from the front with clear tape,
    now yellowed, as people photograph such a certificate rather than ask the school for a
    证明书: the leaf lies on the desk, the jagged tear runs across it between the prose and
    the signature block, a little offset where the halves were rejoined, four strips of
    yellowed tape bridge it (their edges darker, one lifted at a corner and catching dust),
    the lower right corner is torn off and missing, and foxing spots dot the margin. The
    certificate: portrait, the school's name in red 楷体 at the top, 毕业证书 (研究生毕业证书
    for graduates), photo in the middle, the prose with dates as 2016年6月30日, 校（院）长,
    the date under the seal, 证书编号 and the 学信网 line at the foot."""
    from ..layout import Ellipse, Line
    from ._common import desk, wrap_cjk

    p = Page(640.0, 900.0, font=MING)
    x0, y0, w, h = 60.0, 40.0, 520.0, 820.0
    paper = (244, 236, 214)
    desk(p, seed + 1, x0, y0, w, h, paper=paper)
    red, ink_ = (160, 36, 36), (34, 30, 28)
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, red, None, 1.8)
    cx = x0 + w / 2
    p.text(cx, y0 + 78, school, 25, "center", red, font=KAI)
    if level in GRADUATE:
        p.text(cx, y0 + 130, "研究生毕业证书", 26, "center", red, font=HEI)
    else:
        p.text(cx, y0 + 128, "毕 业 证 书", 28, "center", red, font=HEI)
    p.photo(cx - 50, y0 + 158, 100, 134, bg=(232, 234, 238) if seed % 2 else (70, 130, 200))
    body = _r34_body(name, gender, birth, major, level, start, end, years)
    y = wrap_cjk(p, x0 + 50, y0 + 340, body, w - 100, 14, 30, first_indent=28)
    tear = max(y + 6, y0 + 470)  # the tear runs here, under the prose
    sy = tear + 58
    p.row([(x0 + 250, "校（院）长：", sy), (x0 + 336, president, sy)], 13.5)
    p.text(x0 + 250, sy + 34, _r34_ymd(issued_on), 13.5, color=ink_)
    p.seal(x0 + 300, sy + 8, 110, school, seed=seed + 3402, **ink(seed + 2))
    p.text(x0 + 50, y0 + h - 72, f"证书编号：{number}", 12, color=ink_)
    p.text(x0 + 50, y0 + h - 48, "查询网址：http://www.chsi.com.cn", 9.5, color=ink_)
    # the tear: a jagged line across, the lower half a hair lower and to the right
    pts, k = [], seed % 7
    for i in range(27):
        px = x0 + i * w / 26
        pts.append((px, tear + ((i * 5 + k) % 9) - 4))
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        p.items.append(Line(ax, ay, bx, by, 2.2, (120, 104, 80)))
        p.items.append(Line(ax + 1, ay + 3, bx + 1, by + 3, 0.8, (255, 250, 236)))
    # the yellowed tape strips bridging the tear, in the gaps between the writing
    tape, edge = (236, 222, 170), (204, 184, 128)
    for tx in (x0 + 6, x0 + 150, x0 + 330, x0 + w - 66):
        p.rect(tx, tear - 22, 60, 44, edge, tape, 0.8)
        p.items.append(Line(tx + 4, tear - 16, tx + 54, tear - 12, 0.6, (250, 244, 220)))
    p.items.append(Ellipse(x0 + w - 16, tear - 30, 9, 7, (150, 140, 120)))
    # the torn-off lower right corner and the foxing
    dk = p.background
    for i in range(24):
        p.rect(x0 + w - 60 + i * 2.6, y0 + h - 2 - i * 2.4 - (i % 3) * 1.5, 80, 40, None, dk, 0)
    for fx, fy in ((x0 + 30, y0 + 220), (x0 + w - 40, y0 + 300), (x0 + 24, y0 + 640),
                   (x0 + w - 36, y0 + 120)):
        p.items.append(Ellipse(fx, fy, 6, 5, (214, 190, 150)))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 35
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round35`.

def _r35_leaf(p: Page, x0, y0, w, h, *, name, gender, birth, school, major, level, start, end,
              years, number, president, issued_on, seed, red, ink_, paper, photo_bg,
              seal_ink, lines=True):
    """A portrait 毕业证书 leaf at (x0, y0, w, h): school in 楷体, the title, the photo, the
    prose with dates as 2016年6月30日, 校（院）长, date and seal, 证书编号 at the foot."""
    from ._common import wrap_cjk

    p.rect(x0, y0, w, h, None, paper, 0)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, red, None, 1.8)
    p.rect(x0 + 18, y0 + 18, w - 36, h - 36, red, None, 0.5)
    cx, k = x0 + w / 2, w / 420.0
    p.text(cx, y0 + 62 * k, school, 21 * k, "center", red, font=KAI, line=lines)
    title = "研究生毕业证书" if level in GRADUATE else "毕 业 证 书"
    p.text(cx, y0 + 108 * k, title, 24 * k, "center", red, font=HEI, line=lines)
    p.photo(cx - 40 * k, y0 + 128 * k, 80 * k, 106 * k, bg=photo_bg)
    body = _r34_body(name, gender, birth, major, level, start, end, years)
    n0 = len(p.lines)
    y = wrap_cjk(p, x0 + 34 * k, y0 + 270 * k, body, w - 68 * k, 12.5 * k, 26 * k,
                 first_indent=25 * k)
    if not lines:
        del p.lines[n0:]
    y = max(y + 26 * k, y0 + 450 * k)
    p.row([(x0 + 196 * k, "校（院）长：", y), (x0 + 270 * k, president, y)], 12 * k, line=lines)
    p.text(x0 + 196 * k, y + 28 * k, _r34_ymd(issued_on), 12 * k, color=ink_, line=lines)
    p.seal(x0 + 256 * k, y + 6 * k, 96 * k, school, seed=seed, **seal_ink)
    p.text(x0 + 34 * k, y0 + h - 40 * k, f"证书编号：{number}", 10.5 * k, color=ink_,
           line=lines)
    p.text(x0 + 34 * k, y0 + h - 24 * k, "查询网址：http://www.chsi.com.cn", 8 * k,
           color=ink_, line=False)


@layout(LAYOUTS, "diploma.tupian_yasuo_wangye", cn_dates=False)
def tupian_yasuo_wangye(*, name, gender, birth, school, major, level, start, end, years,
                        number, president, issued_on, seed=0, **_) -> Built:
    """A desktop browser screenshot of a free online 图片压缩 site (the JPG/PNG 在线压缩 pages
    applicants find by searching when the 职称申报系统 refuses a phone photo over its 200KB
    or 500KB limit), captured after compressing to show the 人事科 that the file is the same
    certificate: the browser's two tabs (the compressor and the 申报系统's 材料上传 page),
    the address bar, the site's header and 广告 strip, the two panes 原图 (a thumbnail with
    its file name IMG_…jpg, 4032×3024, 3.9MB) and 压缩后 (the compressed photo large, 1600×
    2133, 18xKB, 压缩率), the 压缩质量 slider, the 等比缩放 width box, the blue 下载 button
    and the site's footer with its ICP备案号. The certificate in the preview: a portrait
    毕业证书 photographed on a desk, school in red 楷体, 毕业证书 (研究生毕业证书 for
    graduates), photo, the prose with dates as 2016年6月30日, 校（院）长, the date under the
    school's seal and 证书编号 at the foot."""
    from ..layout import Ellipse, Line

    p = Page(1280.0, 900.0, background=(242, 244, 247), font=MICRO)
    dark, grey, blue = (40, 42, 46), (120, 124, 130), (22, 119, 255)
    # the browser: tabs, address bar
    p.rect(0, 0, 1280, 36, None, (222, 225, 230), 0)
    p.rect(8, 6, 250, 30, None, (255, 255, 255), 0)
    p.text(22, 26, "图片压缩 - 在线压缩JPG/PNG图片大小", 10.5, color=dark, line=False)
    p.text(248, 26, "×", 11, "right", grey, line=False)
    p.text(276, 26, "职称申报系统 - 材料上传", 10.5, color=grey, line=False)
    p.text(470, 26, "×     +", 11, color=grey, line=False)
    p.rect(0, 36, 1280, 40, None, (255, 255, 255), 0)
    p.text(16, 62, "←   →", 13, color=grey, line=False)
    p.items.append(Ellipse(68, 50, 14, 14, grey))
    p.items.append(Ellipse(71, 53, 8, 8, (255, 255, 255)))
    p.rect(110, 44, 1040, 26, None, (240, 242, 245), 0)
    p.text(124, 62, f"https://www.tuyasuo{seed % 7 + 1}.cn/jpg?from=baidu", 11, color=dark,
           line=False)
    p.text(1264, 62, "☆", 13, "right", grey, line=False)
    # the site's header and the ad strip
    p.rect(0, 76, 1280, 56, None, (255, 255, 255), 0)
    p.text(40, 112, "图片压缩", 20, color=blue, font=HEI, line=False)
    for i, t in enumerate(("JPG压缩", "PNG压缩", "GIF压缩", "改尺寸", "格式转换", "证件照")):
        p.text(210 + i * 96, 110, t, 12, color=dark if i else blue, line=False)
    p.text(1240, 110, "登录  |  注册", 11, "right", grey, line=False)
    p.rect(40, 140, 1200, 44, None, (255, 244, 230), 0)
    p.text(60, 168, "不限次数 · 批量压缩 · 无水印  开通会员 ¥9.9/月  >>", 12,
           color=(230, 110, 20), line=False)
    p.text(1228, 158, "广告", 8, "right", grey, line=False)
    # the left pane: the original, as a small thumbnail
    p.rect(40, 196, 360, 640, None, (255, 255, 255), 0)
    p.text(60, 226, "原图", 14, color=dark, font=HEI, line=False)
    shot = f"{min(2024, int(issued_on[:4]) + 5 + seed % 3)}{(seed % 12) + 1:02d}{10 + seed % 18}"
    p.rect(80, 250, 280, 370, None, [(128, 92, 62), (150, 150, 146)][seed % 2], 0)
    p.rect(104, 270, 232, 330, None, (248, 244, 232), 0)
    p.rect(112, 278, 216, 314, (170, 32, 38), None, 1.0)
    p.text(220, 318, school, 11, "center", (170, 32, 38), font=KAI, line=False)
    for i in range(7):
        p.hline(126, 314, 400 + i * 16, 1.4)
    p.items.append(Ellipse(220, 500, 56, 56, (226, 120, 120)))
    p.text(60, 660, f"IMG_{shot}_0931{seed % 10}.jpg", 11, color=dark, line=False)
    p.text(60, 688, "尺寸：3024 × 4032    大小：3.86 MB", 11, color=grey, line=False)
    p.text(60, 716, "格式：JPEG    拍摄设备：手机", 11, color=grey, line=False)
    p.rect(60, 740, 320, 30, (200, 200, 206), None, 0.8)
    p.text(220, 760, "重新选择图片", 11, "center", dark, line=False)
    p.text(60, 800, "提示：图片仅在浏览器本地处理，不会上传服务器", 9.5, color=grey,
           line=False)
    # the right pane: the compressed result, large
    p.rect(420, 196, 820, 640, None, (255, 255, 255), 0)
    p.text(440, 226, "压缩后", 14, color=dark, font=HEI, line=False)
    kb = 160 + seed % 38
    p.text(1220, 226, f"1600 × 2133    {kb} KB    压缩率 {100 - kb * 100 // 3950}%", 11.5,
           "right", (40, 160, 80), line=False)
    p.rect(440, 240, 470, 584, None, [(118, 88, 60), (140, 140, 136)][seed % 2], 0)
    p.rect(462 + 4, 254 + 6, 426, 556, None, (60, 44, 34), 0)
    _r35_leaf(p, 462.0, 254.0, 426.0, 556.0, name=name, gender=gender, birth=birth,
              school=school, major=major, level=level, start=start, end=end, years=years,
              number=number, president=president, issued_on=issued_on, seed=seed + 3501,
              red=(172, 32, 38), ink_=(30, 28, 28), paper=(249, 245, 234),
              photo_bg=(70, 130, 200) if seed % 2 else (232, 234, 238), seal_ink=ink(seed + 1))
    # the settings column
    sx = 930.0
    p.text(sx, 280, "压缩质量", 12, color=dark, line=False)
    p.items.append(Line(sx, 306, sx + 280, 306, 4, (220, 224, 230)))
    q = 55 + seed % 25
    p.items.append(Line(sx, 306, sx + 280 * q / 100, 306, 4, blue))
    p.items.append(Ellipse(sx + 280 * q / 100 - 8, 298, 16, 16, blue))
    p.text(sx + 280, 330, f"{q}%", 11, "right", dark, line=False)
    p.text(sx, 376, "等比缩放", 12, color=dark, line=False)
    p.rect(sx, 388, 120, 28, (200, 200, 206), (255, 255, 255), 0.8)
    p.text(sx + 10, 408, "1600", 11, color=dark, line=False)
    p.text(sx + 130, 408, "px（宽）", 11, color=grey, line=False)
    p.text(sx, 456, "目标大小", 12, color=dark, line=False)
    p.text(sx, 482, "≤ 200 KB（职称/公务员报名常用）", 10.5, color=grey, line=False)
    p.text(sx, 530, "输出格式    JPG  ●    PNG  ○", 11.5, color=dark, line=False)
    p.rect(sx, 580, 280, 44, None, blue, 0)
    p.text(sx + 140, 608, "下载压缩后图片", 14, "center", (255, 255, 255), line=False)
    p.rect(sx, 636, 280, 36, (200, 200, 206), None, 0.8)
    p.text(sx + 140, 659, "继续压缩下一张", 12, "center", dark, line=False)
    p.text(sx, 712, "对比：拖动预览图上的分隔线", 10, color=grey, line=False)
    # the footer
    p.text(640, 872, f"© 2024 图片压缩  联系我们：service@tuyasuo{seed % 7 + 1}.cn    "
           f"浙ICP备{18000000 + seed * 137 % 900000}号-1", 9.5, "center", grey, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.yuanjian_fuyin_duizhao", cn_dates=False)
def yuanjian_fuyin_duizhao(*, name, gender, birth, school, major, level, start, end, years,
                           number, president, issued_on, seed=0, **_) -> Built:
    """The 人事科 clerk's phone photo taken at her desk during the 原件核对 step of a 职称
    申报 (the unit checks every original against the copy it files, then photographs the two
    together for the 申报系统's 原件核验 upload): the original portrait 毕业证书 on the left
    and its A4 black-and-white photocopy on the right, the copy carrying the unit's blue
    rectangular 原件已核 stamp (与原件核对一致, 核对人 with the clerk's name written in,
    the 核对日期) and a paper clip at its top; on the desk the clerk's 原件核对登记表 peeking
    out at the bottom with two other applicants' rows, a black gel pen and the corner of a
    keyboard. The certificate: school in red 楷体, 毕业证书 (研究生毕业证书 for graduates),
    photo, prose with dates as 2016年6月30日, 校（院）长, the date under the school's seal,
    证书编号 at the foot; the copy repeats it in grey toner."""
    from ..layout import Ellipse, Line
    from ._common import DESKS, PEN, other_people

    p = Page(1100.0, 820.0, background=DESKS[(seed + 2) % len(DESKS)], font=MICRO)
    ppl = other_people(f"{number}:hd", 3)
    clerk = ppl[0][0]
    year = min(2024, max(int(issued_on[:4]) + 3, 2019 + seed % 6))
    day = f"{year}年{3 + seed % 7}月{5 + seed % 20}日"
    # the register under everything, at the bottom
    p.rect(60, 690, 980, 160, None, (250, 250, 246), 0)
    p.text(80, 716, "职称申报材料原件核对登记表", 12, color=(30, 30, 30), font=HEI, line=False)
    for i, (nm, _g, _id) in enumerate(ppl[1:]):
        yy = 744 + i * 26
        p.hline(70, 1030, yy - 18, 0.6)
        p.text(90, yy, f"{i + 1}    {nm}    毕业证书、学位证书、资格证书    原件已核    {clerk}",
               11, color=PEN, font=KAI, line=False)
    # the original at the left
    kw = dict(name=name, gender=gender, birth=birth, school=school, major=major, level=level,
              start=start, end=end, years=years, number=number, president=president,
              issued_on=issued_on)
    ox, oy = 60.0, 40.0
    p.rect(ox + 6, oy + 8, 450, 640, None, (60, 48, 38), 0)
    _r35_leaf(p, ox, oy, 450.0, 640.0, **kw, seed=seed + 3502, red=(172, 30, 36),
              ink_=(28, 26, 26), paper=(248, 243, 230),
              photo_bg=(232, 234, 238) if seed % 2 else (70, 130, 200), seal_ink=ink(seed + 3))
    # the photocopy at the right, A4 white with the leaf in grey toner
    cx0, cy0 = 560.0, 30.0
    p.rect(cx0 + 6, cy0 + 8, 470, 664, None, (60, 48, 38), 0)
    p.rect(cx0, cy0, 470, 664, None, (252, 252, 252), 0)
    p.rect(cx0 + 20, cy0 + 30, 430, 600, None, (226, 226, 226), 0)
    _r35_leaf(p, cx0 + 24, cy0 + 34, 422.0, 592.0, **kw, seed=seed + 3502, red=(70, 70, 70),
              ink_=(60, 60, 60), paper=(232, 232, 232), photo_bg=(150, 150, 150),
              seal_ink={"color": (96, 96, 96), "strength": 0.8}, lines=False)
    # the blue check stamp, filled by pen
    bx, by = cx0 + 44, cy0 + 384
    blue_ink = (40, 70, 170)
    p.rect(bx, by, 200, 92, blue_ink, None, 2.0)
    p.rect(bx + 4, by + 4, 192, 84, blue_ink, None, 0.6)
    p.text(bx + 100, by + 28, "原件已核  与原件核对一致", 12, "center", blue_ink, font=HEI)
    p.text(bx + 14, by + 54, "核对人：", 11, color=blue_ink, line=False)
    p.text(bx + 66, by + 56, clerk, 15, color=PEN, font=KAI, line=False)
    p.text(bx + 14, by + 80, "日  期：", 11, color=blue_ink, line=False)
    p.text(bx + 66, by + 80, day, 12, color=PEN, font=KAI, line=False)
    # the paper clip, the pen, the keyboard's corner
    for d in (0, 6):
        p.rect(cx0 + 200 + d, cy0 - 10 + d, 26 - 2 * d, 70 - 2 * d, (150, 154, 160), None, 2.0)
    p.items.append(Line(1060, 120, 1000, 520, 9, (20, 20, 22)))
    p.items.append(Ellipse(994, 512, 12, 14, (60, 60, 64)))
    p.rect(1050, 600, 60, 220, None, (46, 46, 50), 0)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 36
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round36`.

@layout(LAYOUTS, "diploma.jia_shuiyin_xiaochengxu", cn_dates=False)
def jia_shuiyin_xiaochengxu(*, name, gender, birth, school, major, level, start, end, years,
                            number, president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of a WeChat 证件加水印 mini-program (the free 图片加水印 / 证件照
    加水印 tools applicants use because 职称 notices warn that uploaded certificate copies may
    be misused, so they stamp 仅供…使用，他用无效 across them before sending): the status bar,
    the mini-program's capsule (··· ⊙) and its title 证件加水印, the diploma's desk photo in
    the preview with the tiled diagonal grey-red watermark 仅供2024年职称申报使用 他用无效
    repeated across it (the wording typed by the applicant, with the date), the 水印文字 box,
    the 字号 / 透明度 / 间距 / 颜色 sliders and swatches, the 横排/斜排/平铺 switches, the
    bottom 保存到相册 button and a banner ad under it. The certificate: portrait 毕业证书
    (研究生毕业证书 for graduates), school in red 楷体, photo, prose with dates as 2016年6月
    30日, 校（院）长, the date under the school's seal and 证书编号 at the foot; the
    watermark is translucent, so every value stays legible through it."""
    from ..layout import Ellipse, Line

    p = Page(750.0, 1500.0, background=(246, 246, 246), font=MICRO)
    dark, grey, green = (30, 30, 32), (130, 130, 136), (7, 193, 96)
    year = min(2025, max(int(issued_on[:4]) + 3, 2020 + seed % 5))
    # status bar and the mini-program's navigation bar with its capsule
    p.text(40, 40, f"{9 + seed % 12}:{(seed * 13) % 60:02d}", 22, color=dark, font=HEI,
           line=False)
    p.text(710, 40, "5G  ▮▮▮  82%", 18, "right", dark, line=False)
    p.rect(0, 60, 750, 84, None, (255, 255, 255), 0)
    p.text(375, 112, "证件加水印", 26, "center", dark, font=HEI, line=False)
    p.text(30, 112, "〈", 26, color=dark, line=False)
    p.rect(560, 78, 166, 52, (220, 220, 224), (255, 255, 255), 1.0)
    p.text(605, 112, "···", 22, "center", dark, line=False)
    p.items.append(Line(643, 90, 643, 118, 1, (220, 220, 224)))
    p.items.append(Ellipse(668, 90, 28, 28, dark))
    p.items.append(Ellipse(674, 96, 16, 16, (255, 255, 255)))
    # the preview: the desk photo of the certificate, watermark over it
    p.rect(0, 150, 750, 860, None, [(128, 92, 62), (150, 150, 146)][seed % 2], 0)
    p.rect(70 + 6, 170 + 8, 610, 820, None, (60, 46, 36), 0)
    _r35_leaf(p, 70.0, 170.0, 610.0, 820.0, name=name, gender=gender, birth=birth,
              school=school, major=major, level=level, start=start, end=end, years=years,
              number=number, president=president, issued_on=issued_on, seed=seed + 3601,
              red=(172, 32, 38), ink_=(28, 26, 26), paper=(249, 245, 234),
              photo_bg=(70, 130, 200) if seed % 2 else (232, 234, 238), seal_ink=ink(seed + 2))
    mark = f"仅供{year}年职称申报使用 他用无效"
    for r in range(7):
        for c in range(3):
            p.watermark(120 + c * 260 + (r % 2) * 120, 230 + r * 122, mark, 19, 28,
                        (150, 60, 60), 0.28)
    # the settings panel
    p.rect(0, 1010, 750, 400, None, (255, 255, 255), 0)
    p.text(30, 1056, "水印文字", 20, color=dark, line=False)
    p.rect(150, 1030, 570, 40, (220, 220, 224), (248, 248, 248), 1.0)
    p.text(164, 1058, mark, 18, color=dark, line=False)
    for i, (label, val) in enumerate((("字号", 0.42), ("透明度", 0.28 + seed % 4 * 0.05),
                                      ("间距", 0.55))):
        yy = 1110 + i * 56
        p.text(30, yy + 6, label, 19, color=dark, line=False)
        p.items.append(Line(150, yy, 640, yy, 5, (226, 226, 230)))
        p.items.append(Line(150, yy, 150 + 490 * val, yy, 5, green))
        p.items.append(Ellipse(140 + 490 * val, yy - 12, 24, 24, (255, 255, 255)))
        p.text(720, yy + 6, f"{int(val * 100)}", 17, "right", grey, line=False)
    p.text(30, 1290, "颜色", 19, color=dark, line=False)
    for i, col in enumerate(((150, 60, 60), (120, 120, 120), (40, 90, 200), (240, 240, 240),
                             (30, 30, 30))):
        p.items.append(Ellipse(150 + i * 60, 1268, 36, 36, col))
    p.text(30, 1346, "样式", 19, color=dark, line=False)
    for i, t in enumerate(("横排", "斜排", "平铺")):
        p.rect(150 + i * 130, 1318, 110, 40, green if i == 2 else (220, 220, 224),
               (235, 250, 240) if i == 2 else (255, 255, 255), 1.2)
        p.text(205 + i * 130, 1345, t, 17, "center", green if i == 2 else dark, line=False)
    p.rect(30, 1418, 690, 60, None, green, 0)
    p.text(375, 1456, "保存到相册", 22, "center", (255, 255, 255), font=HEI, line=False)
    p.text(375, 1494, "广告  ·  证件照换底色 一键生成 >", 14, "center", grey, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.zhengwu_app_zhengzhao", cn_dates=False)
def zhengwu_app_zhengzhao(*, name, gender, birth, school, major, level, start, end, years,
                          number, president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of a provincial 政务服务 app's 电子证照 page for the holder's
    毕业证书 (the 我的证照 → 学历学位 card that 粤省事-, 浙里办-style apps show once the
    教育 department has pushed the record into the province's 电子证照库), taken in 用证 mode
    with its moving 用途 watermark, because the 职称 window accepts an 电子证照 in place of
    the paper original: the status bar, the app's header (〈  证照详情  ···), a red 亮证 card
    with the 证照名称 普通高等学校毕业证书 (研究生毕业证书 for graduates), a 有效 badge and the
    certificate's thumbnail, then the 照面信息 list (持证人, 性别, 出生日期, 学校名称, 专业,
    层次, 学制, 入学时间 / 毕业时间 zero-padded as 2012年09月, 证书编号, 校（院）长,
    发证日期), the 证照信息 block (证照类型代码, 发证机构 the school, 数据来源 省教育厅,
    证照编号, 更新时间), the 用证 watermark 仅用于职称申报 (with the day) over the page, and
    the bottom bar 出示证照 / 下载 / 授权他人."""

    p = Page(750.0, 1624.0, background=(244, 245, 247), font=MICRO)
    dark, grey, red = (30, 32, 36), (134, 138, 146), (206, 40, 40)
    year = min(2025, max(int(issued_on[:4]) + 3, 2021 + seed % 4))
    day = f"{year}-{1 + seed % 12:02d}-{1 + (seed * 7) % 28:02d}"
    title = "研究生毕业证书" if level in GRADUATE else "普通高等学校毕业证书"
    p.text(40, 44, f"{10 + seed % 10}:{(seed * 17) % 60:02d}", 22, color=dark, font=HEI,
           line=False)
    p.text(710, 44, "4G  ▮▮▮  67%", 18, "right", dark, line=False)
    p.rect(0, 66, 750, 90, None, (255, 255, 255), 0)
    p.text(30, 122, "〈", 26, color=dark, line=False)
    p.text(375, 122, "证照详情", 28, "center", dark, font=HEI, line=False)
    p.text(720, 122, "···", 26, "right", dark, line=False)
    # the red card
    p.rect(30, 180, 690, 260, None, red, 0)
    p.rect(30, 380, 690, 60, None, (186, 30, 30), 0)
    p.text(60, 236, title, 30, color=(255, 255, 255), font=HEI)
    p.rect(60, 262, 80, 34, (255, 255, 255), None, 1.4)
    p.text(100, 286, "有效", 18, "center", (255, 255, 255), line=False)
    p.text(160, 288, f"持证人：{name}", 20, color=(255, 236, 236))
    p.rect(560, 206, 132, 164, None, (252, 246, 234), 0)
    p.rect(568, 214, 116, 148, (200, 60, 60), None, 1.2)
    p.text(626, 244, "毕业证书", 12, "center", (200, 60, 60), font=HEI, line=False)
    for i in range(5):
        p.hline(580, 672, 290 + i * 14, 1.0)
    p.seal(648, 330, 46, school, seed=seed + 3602, **ink(seed + 4))
    p.text(60, 420, "亮证时请勿截图转发  ·  出示二维码核验", 16, color=(255, 220, 220), line=False)
    # the 照面信息 list
    y0 = 470
    p.rect(30, y0, 690, 660, None, (255, 255, 255), 0)
    p.text(56, y0 + 44, "照面信息", 22, color=dark, font=HEI, line=False)
    rows = [("持证人", name), ("性别", gender), ("出生日期", f"{birth[:4]}年{birth[5:7]}月"
                                                       f"{birth[8:10]}日"),
            ("学校名称", school), ("专业", major), ("层次", level),
            ("学制", f"{years}年"),
            ("入学时间", f"{start[:4]}年{start[5:7]}月" if start else "—"),
            ("毕业时间", f"{end[:4]}年{end[5:7]}月"), ("证书编号", number),
            ("校（院）长", president),
            ("发证日期", f"{issued_on[:4]}年{issued_on[5:7]}月{issued_on[8:10]}日")]
    for i, (label, value) in enumerate(rows):
        yy = y0 + 96 + i * 46
        size = 20.0
        while size > 12 and text_width(value, size, MICRO) > 440:
            size -= 1
        p.row([(56, label, yy), (694 - text_width(value, size, MICRO), value, yy)], size)
        p.items.append(Line(56, yy + 18, 694, yy + 18, 0.6, (236, 236, 240)))
    # the 证照信息 block
    y1 = y0 + 690
    p.rect(30, y1, 690, 300, None, (255, 255, 255), 0)
    p.text(56, y1 + 44, "证照信息", 22, color=dark, font=HEI, line=False)
    code = f"{number[:5]}{seed % 9000 + 1000}{number[-4:]}"
    for i, (label, value) in enumerate((("证照类型代码", "11100000MB0143028X001"),
                                        ("发证机构", school), ("数据来源", "省教育厅"),
                                        ("证照编号", code), ("更新时间", f"{day} 0{seed % 9}:12"))):
        yy = y1 + 96 + i * 42
        p.text(56, yy, label, 18, color=grey, line=False)
        p.text(694, yy, value, 18, "right", dark, line=False)
    # the moving 用证 watermark
    for r in range(6):
        p.watermark(200 + (r % 2) * 300, 520 + r * 190, f"仅用于职称申报 {day}", 22, 25,
                    (120, 120, 130), 0.18)
    # the bottom bar
    p.rect(0, 1524, 750, 100, None, (255, 255, 255), 0)
    for i, t in enumerate(("出示证照", "下载", "授权他人")):
        p.text(125 + i * 250, 1584, t, 20, "center", red if i == 0 else dark, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 37
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round37`.

def _r37_land_leaf(p: Page, x0, y0, w, h, *, name, gender, birth, school, major, level, start,
                   end, years, number, president, issued_on, seed, paper, seal_ink):
    """A landscape 毕业证书 leaf: photo at the left with 证书编号 under it, the title in red
    黑体, the prose at the right, the school, 校（院）长 and the date under the seal."""
    from ._common import wrap_cjk

    red, ink_ = (168, 30, 36), (28, 26, 26)
    k = w / 780.0
    p.rect(x0, y0, w, h, None, paper, 0)
    p.rect(x0 + 10 * k, y0 + 10 * k, w - 20 * k, h - 20 * k, red, None, 2.0 * k)
    title = "研究生毕业证书" if level in GRADUATE else "毕  业  证  书"
    p.text(x0 + w / 2, y0 + 70 * k, title, 32 * k, "center", red, font=HEI)
    p.photo(x0 + 60 * k, y0 + 120 * k, 104 * k, 138 * k,
            bg=(70, 130, 200) if seed % 2 else (232, 234, 238))
    p.text(x0 + 50 * k, y0 + 300 * k, f"证书编号：{number}", 12 * k, color=ink_)
    body = _r34_body(name, gender, birth, major, level, start, end, years)
    y = wrap_cjk(p, x0 + 220 * k, y0 + 140 * k, body, w - 280 * k, 15 * k, 32 * k,
                 first_indent=30 * k)
    y = max(y + 30 * k, y0 + 380 * k)
    p.text(x0 + 430 * k, y, school, 15 * k, color=ink_, font=KAI)
    p.row([(x0 + 430 * k, "校（院）长：", y + 30 * k), (x0 + 530 * k, president, y + 30 * k)],
          14 * k)
    p.text(x0 + 430 * k, y + 60 * k, _r34_ymd(issued_on), 14 * k, color=ink_)
    p.seal(x0 + 520 * k, y + 20 * k, 110 * k, school, seed=seed, **seal_ink)


@layout(LAYOUTS, "diploma.weixin_shoucang_biji", cn_dates=False)
def weixin_shoucang_biji(*, name, gender, birth, school, major, level, start, end, years,
                         number, president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of a WeChat 收藏 → 笔记 detail page (where many people keep their
    certificates' photos as a 证件备份 note, tagged, to have them at hand when a 人事科 or a
    申报系统 asks; the applicant screenshots the note rather than hunting the original photo):
    the status bar, the note's header (〈  笔记详情  ···), the note typed by the holder (a
    title 证件备份｜毕业证, a line saying the original is kept at the parents' home and the
    copy was handed to the 人事科 on some date, a ☑ checklist of other certificates), the
    landscape 毕业证书's phone photo on a bed sheet embedded in the note (photo at the left
    with 证书编号 under it, prose with dates as 2016年6月30日, the school in 楷体, 校（院）长,
    the date under the school's seal), the tag chips #证件 #职称, the 编辑于… footer and the
    bottom bar (标签 / 提醒 / 转发 / 更多)."""
    from ..layout import Ellipse

    p = Page(750.0, 1500.0, background=(255, 255, 255), font=MICRO)
    dark, grey, green = (28, 28, 30), (136, 136, 142), (7, 193, 96)
    year = min(2025, max(int(issued_on[:4]) + 2, 2020 + seed % 5))
    p.text(40, 42, f"{8 + seed % 13}:{(seed * 23) % 60:02d}", 22, color=dark, font=HEI,
           line=False)
    p.text(710, 42, f"5G  ▮▮▮  {40 + seed % 55}%", 18, "right", dark, line=False)
    p.rect(0, 64, 750, 84, None, (247, 247, 247), 0)
    p.text(30, 118, "〈", 26, color=dark, line=False)
    p.text(375, 118, "笔记详情", 26, "center", dark, font=HEI, line=False)
    p.text(720, 118, "···", 26, "right", dark, line=False)
    p.text(40, 208, "证件备份｜毕业证", 32, color=dark, font=HEI, line=False)
    p.text(40, 256, f"原件在老家书柜，复印件{year}年{1 + seed % 12}月已交人事科。", 20,
           color=dark, line=False)
    p.text(40, 292, "申报时带原件去窗口核对！", 20, color=(210, 60, 40), line=False)
    for i, (t, done) in enumerate((("毕业证", True), ("学位证", True), ("身份证正反面", True),
                                   ("职称证书（待领）", False))):
        yy = 336 + i * 36
        p.rect(42, yy - 20, 22, 22, green if done else grey, green if done else None, 1.5)
        if done:
            p.text(53, yy - 2, "✓", 16, "center", (255, 255, 255), line=False)
        p.text(78, yy, t, 19, color=grey if done else dark, line=False)
    # the embedded photo: the landscape leaf on a bed sheet
    iy = 500
    p.rect(40, iy, 670, 520, None, [(196, 206, 222), (226, 208, 200)][seed % 2], 0)
    for i in range(9):
        p.hline(40, 710, iy + 30 + i * 58, 0.4)
    p.rect(60 + 5, iy + 40 + 6, 630, 440, None, (120, 116, 120), 0)
    _r37_land_leaf(p, 60.0, iy + 40.0, 630.0, 440.0, name=name, gender=gender, birth=birth,
                   school=school, major=major, level=level, start=start, end=end, years=years,
                   number=number, president=president, issued_on=issued_on, seed=seed + 3701,
                   paper=(250, 246, 236), seal_ink=ink(seed + 2))
    # tags and the footer
    for i, t in enumerate(("#证件", "#职称", "#重要")):
        p.rect(40 + i * 120, 1060, 104, 40, None, (240, 240, 242), 0)
        p.text(92 + i * 120, 1087, t, 18, "center", (87, 107, 149), line=False)
    p.text(40, 1150, f"编辑于 {year}年{1 + seed % 12}月{1 + seed % 27}日  ·  来自 文件传输助手", 17,
           color=grey, line=False)
    p.text(40, 1186, "1.6 MB  ·  图片 1  ·  文字 63", 17, color=grey, line=False)
    p.rect(0, 1400, 750, 100, None, (247, 247, 247), 0)
    for i, t in enumerate(("标签", "提醒", "转发", "更多")):
        p.items.append(Ellipse(80 + i * 190, 1416, 28, 28, (200, 200, 204)))
        p.text(94 + i * 190, 1470, t, 16, "center", dark, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.fangwei_diwen_fuyin", cn_dates=False)
def fangwei_diwen_fuyin(*, name, gender, birth, school, major, level, start, end, years,
                        number, president, issued_on, seed=0, **_) -> Built:
    """A colour photocopy on A4 of a diploma printed on 防伪底纹纸 (the security paper newer
    毕业证书 use carries a hidden 复印无效 / COPY pattern in its guilloche ground that a copier
    brings out): the copy shows the pale green guilloche ground turned into rows of grey
    复印无效 across the whole leaf, the leaf itself (portrait, school in red 楷体, 毕业证书 or
    研究生毕业证书, photo, prose with dates as 2016年6月30日, 校（院）长, the date under the
    school's seal, 证书编号 at the foot) a little darker than the original, the copier's black
    margin along the left edge and its toner specks; under the leaf the unit's 人事科 note in
    ball pen (此复印件与原件核对一致, the clerk's signature, the date) and the applicant's
    page number 材料-03 written at the top right, as units number the bundle's sheets."""
    from ..layout import Ellipse
    from ._common import PEN, other_people

    p = Page(595.0, 842.0, background=(250, 250, 248), font=MICRO)
    p.rect(0, 0, 14, 842, None, (46, 46, 48), 0)  # the copier's margin
    lx, ly, lw, lh = 70.0, 70.0, 455.0, 620.0
    _r35_leaf(p, lx, ly, lw, lh, name=name, gender=gender, birth=birth, school=school,
              major=major, level=level, start=start, end=end, years=years, number=number,
              president=president, issued_on=issued_on, seed=seed + 3702, red=(150, 34, 40),
              ink_=(20, 20, 22), paper=(226, 236, 226),
              photo_bg=(64, 116, 180) if seed % 2 else (222, 224, 228), seal_ink=ink(seed + 3))
    for r in range(11):
        for c in range(4):
            p.watermark(lx + 60 + c * 115 + (r % 2) * 50, ly + 40 + r * 56, "复印无效", 13, 0,
                        (120, 130, 120), 0.22)
    for i in range(14):
        h = (seed * 31 + i * 97) % 1000
        p.items.append(Ellipse(30 + h % 540, 40 + (h * 7) % 780, 2.2, 2.0, (70, 70, 70)))
    clerk = other_people(f"{number}:fw", 1)[0][0]
    year = min(2025, max(int(issued_on[:4]) + 3, 2020 + seed % 5))
    p.text(560, 44, "材料-03", 15, "right", PEN, font=KAI, line=False)
    p.text(90, 736, "此复印件与原件核对一致", 17, color=PEN, font=KAI, line=False)
    p.text(90, 770, f"核对人：{clerk}", 16, color=PEN, font=KAI, line=False)
    p.text(300, 770, f"{year}.{1 + seed % 12}.{1 + seed % 27}", 16, color=PEN, font=KAI,
           line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 38
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round38`.

@layout(LAYOUTS, "diploma.pdf_zhuanhuan_shuiyin", cn_dates=False)
def pdf_zhuanhuan_shuiyin(*, name, gender, birth, school, major, level, start, end, years,
                          number, president, issued_on, seed=0, **_) -> Built:
    """The one-page A4 PDF a free 图片转PDF converter makes of the diploma's phone photo (the
    申报系统 takes PDF only, so applicants run the photo through a free desktop or online
    converter whose unregistered version stamps its name across the page): the converter's
    grey banner at the top (本文档由 极速PDF转换器 免费版 生成 · 升级VIP去除水印), its tiled
    diagonal watermark 极速PDF转换器 · 未注册 over the whole page in pale grey, the photo placed
    centred with white margins (the diploma on a desk, a little off square: school in 楷体, the
    title, photo, prose with dates as 2016年6月30日, 校（院）长, the date under the school's
    seal, 证书编号 and the 学信网 line at the foot), the photo's EXIF line the converter prints
    under it (file name IMG_…, 拍摄时间, 4032×3024) and its footer with the site and 第1页/共1页."""
    from ._common import DESKS

    p = Page(595.0, 842.0, background=(255, 255, 255), font=MICRO)
    grey = (120, 120, 124)
    p.rect(0, 0, 595, 30, None, (236, 236, 238), 0)
    p.text(297, 20, "本文档由 极速PDF转换器（免费版）生成 · 升级VIP去除水印", 9.5, "center", grey,
           line=False)
    # the photo: desk around the leaf
    fx, fy, fw, fh = 48.0, 70.0, 499.0, 660.0
    p.rect(fx, fy, fw, fh, None, DESKS[seed % len(DESKS)], 0)
    for i in range(9):
        p.items.append(Line(fx, fy + 30 + i * 74, fx + fw, fy + 38 + i * 74, 0.5,
                            (90, 66, 46)))
    p.rect(fx + 38 + 5, fy + 30 + 6, 420, 600, None, (60, 50, 44), 0)
    _r35_leaf(p, fx + 38, fy + 30, 420.0, 600.0, name=name, gender=gender, birth=birth,
              school=school, major=major, level=level, start=start, end=end, years=years,
              number=number, president=president, issued_on=issued_on, seed=seed + 3801,
              red=(170, 32, 38), ink_=(26, 24, 24), paper=(250, 246, 234),
              photo_bg=(70, 130, 200) if seed % 2 else (232, 234, 238), seal_ink=ink(seed + 4))
    year = min(2025, max(int(issued_on[:4]) + 3, 2020 + seed % 5))
    shot = f"{year}:{1 + seed % 12:02d}:{1 + seed % 27:02d} {9 + seed % 11:02d}:{seed * 7 % 60:02d}"
    p.text(fx, fy + fh + 18, f"IMG_{20230000 + seed * 137 % 9999:08d}.jpg    拍摄时间 {shot}    "
           "4032×3024", 8.5, color=grey, line=False)
    for r in range(9):
        for c in range(3):
            p.watermark(60 + c * 200 + (r % 2) * 70, 110 + r * 92, "极速PDF · 未注册", 14,
                        35, (150, 150, 150), 0.18)
    p.items.append(Line(40, 800, 555, 800, 0.5, (210, 210, 214)))
    p.text(40, 816, "www.jisupdf.com  免费在线转换", 8, color=grey, line=False)
    p.text(555, 816, "第 1 页 / 共 1 页", 8, "right", grey, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.ziyuan_guanliqi_yulan", cn_dates=False)
def ziyuan_guanliqi_yulan(*, name, gender, birth, school, major, level, start, end, years,
                          number, president, issued_on, seed=0, **_) -> Built:
    """A PC screenshot of Windows 文件资源管理器 with the 预览窗格 on, open at the applicant's
    申报材料 folder (the 人事科 clerk, asked by the 评审办 which photo of the diploma was
    uploaded, screenshots the folder instead of sending the file): the title bar and the
    ribbon's tabs (文件 主页 共享 查看), the address bar 此电脑 › 本地磁盘 (D:) › 职称申报 ›
    <holder> › 01学历学位 and the search box, the navigation pane (快速访问, 桌面, 下载, 文档,
    图片, 此电脑, 本地磁盘), the 详细信息 list (名称 / 修改日期 / 类型 / 大小) with 毕业证.jpg
    selected among the other scans (学位证, 身份证正反面, 毕业证-旧.jpg), the preview pane with
    the landscape 毕业证书 photo (photo with 证书编号 under it, prose with dates as 2016年6月30日,
    school in 楷体, 校（院）长, the date under the seal), and the status bar (6 个项目 · 选中 1
    个项目 2.84 MB)."""
    from ..layout import Ellipse

    p = Page(1440.0, 900.0, background=(255, 255, 255), font=MICRO)
    dark, grey, blue = (26, 26, 26), (110, 110, 110), (0, 120, 215)
    year = min(2025, max(int(issued_on[:4]) + 3, 2020 + seed % 5))
    folder = "01学历学位"
    p.rect(0, 0, 1440, 34, None, (255, 255, 255), 0)
    p.text(16, 23, f"▮  {folder}", 12, color=dark, line=False)
    p.text(1424, 23, "—      ▢      ✕", 13, "right", dark, line=False)
    p.rect(0, 34, 1440, 30, None, (245, 246, 247), 0)
    for i, t in enumerate(("文件", "主页", "共享", "查看")):
        if i == 0:
            p.rect(0, 34, 64, 30, None, (25, 110, 190), 0)
        p.text(32 + i * 64, 54, t, 11.5, "center", (255, 255, 255) if i == 0 else dark,
               line=False)
    p.rect(0, 64, 1440, 38, None, (255, 255, 255), 0)
    p.text(16, 89, "←   →   ↑", 13, color=grey, line=False)
    p.rect(110, 70, 980, 26, (217, 217, 217), None, 1.0)
    p.text(120, 88, f"此电脑  ›  本地磁盘 (D:)  ›  职称申报{year}  ›  {name}  ›  {folder}", 11.5,
           color=dark, line=False)
    p.rect(1102, 70, 326, 26, (217, 217, 217), None, 1.0)
    p.text(1112, 88, f"搜索\u201c{folder}\u201d", 11, color=grey, line=False)
    # the navigation pane
    p.items.append(Line(220, 104, 220, 870, 0.8, (230, 230, 230)))
    nav = ["★ 快速访问", "    桌面", "    下载", "    文档", "    图片", "▢ 此电脑",
           "    本地磁盘 (C:)", "    本地磁盘 (D:)", "    U盘 (E:)", "◎ 网络"]
    for i, t in enumerate(nav):
        p.text(14, 134 + i * 30, t, 11.5, color=dark, line=False)
    # the file list
    lx, lw = 232.0, 600.0
    for x, t in ((lx + 8, "名称"), (lx + 250, "修改日期"), (lx + 410, "类型"), (lx + 530, "大小")):
        p.text(x, 128, t, 11, color=grey, line=False)
    p.items.append(Line(lx, 138, lx + lw, 138, 0.6, (230, 230, 230)))
    files = [("毕业证.jpg", "JPG 文件", "2,908 KB"), ("毕业证-旧.jpg", "JPG 文件", "1,377 KB"),
             ("学位证.jpg", "JPG 文件", "3,115 KB"), ("身份证-人像面.jpg", "JPG 文件", "846 KB"),
             ("身份证-国徽面.jpg", "JPG 文件", "812 KB"),
             ("学历认证报告.pdf", "PDF 文件", "402 KB")]
    for i, (fn_, typ, size) in enumerate(files):
        yy = 162 + i * 28
        if i == 0:
            p.rect(lx, yy - 19, lw, 26, (153, 209, 255), (204, 232, 255), 1.0)
        p.rect(lx + 8, yy - 12, 12, 14, None, (210, 60, 50) if fn_.endswith("pdf")
               else (60, 140, 210), 0)
        p.text(lx + 28, yy, fn_, 11.5, color=dark, line=False)
        mo, da = 1 + (seed + i) % 12, 1 + (seed * 3 + i) % 27
        p.text(lx + 250, yy, f"{year}/{mo}/{da} {9 + i}:{(seed + i * 11) % 60:02d}", 11,
               color=grey, line=False)
        p.text(lx + 410, yy, typ, 11, color=grey, line=False)
        p.text(lx + 590, yy, size, 11, "right", grey, line=False)
    # the preview pane
    p.items.append(Line(846, 104, 846, 870, 0.8, (230, 230, 230)))
    p.rect(847, 104, 593, 766, None, (250, 250, 250), 0)
    vx, vy, vw, vh = 856.0, 300.0, 576.0, 408.0
    p.rect(vx, vy - 40, vw, vh + 80, None, (170, 150, 128), 0)  # the table in the photo
    _r37_land_leaf(p, vx + 6, vy, vw - 12, vh, name=name, gender=gender, birth=birth,
                   school=school, major=major, level=level, start=start, end=end, years=years,
                   number=number, president=president, issued_on=issued_on, seed=seed + 3802,
                   paper=(250, 246, 238), seal_ink=ink(seed + 5))
    p.rect(0, 870, 1440, 30, None, (255, 255, 255), 0)
    p.text(12, 890, "6 个项目    选中 1 个项目  2.84 MB", 11, color=dark, line=False)
    p.items.append(Ellipse(1390, 878, 14, 14, blue))
    p.text(1420, 890, "☰", 12, "right", grey, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 39
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round39`.

@layout(LAYOUTS, "diploma.wenjian_chuanshu_zhushou", cn_dates=False)
def wenjian_chuanshu_zhushou(*, name, gender, birth, school, major, level, start, end, years,
                             number, president, issued_on, seed=0, **_) -> Built:
    """A PC screenshot of 微信 for Windows open at 文件传输助手 (the usual way an applicant gets
    the diploma's phone photo onto the office computer before uploading it): the left icon bar,
    the chat list with 文件传输助手 selected among other chats (单位群, 家长群, a colleague), the
    window title 文件传输助手, the thread with a time stamp, a sent note 毕业证 职称用, the photo
    bubble opened large (the diploma lying on a bed sheet: school in 楷体, the title, photo,
    prose with dates as 2016年6月30日, 校（院）长, date under the seal, 证书编号), an earlier
    学位证.jpg file card with its size, and the input box with 发送(S)."""
    from ..layout import Ellipse

    p = Page(1280.0, 860.0, background=(245, 245, 245), font=MICRO)
    dark, grey, green = (25, 25, 25), (150, 150, 150), (149, 236, 105)
    year = min(2025, max(int(issued_on[:4]) + 3, 2020 + seed % 5))
    p.rect(0, 0, 60, 860, None, (46, 46, 46), 0)
    p.rect(12, 30, 36, 36, None, (120, 160, 200), 0)
    for i in range(5):
        p.rect(20, 100 + i * 52, 20, 20, None, (7, 193, 96) if i == 0 else (130, 130, 130), 0)
    p.rect(60, 0, 250, 860, None, (230, 230, 230), 0)
    p.rect(72, 22, 190, 26, None, (218, 218, 218), 0)
    p.text(96, 40, "搜索", 11, color=grey, line=False)
    p.text(288, 41, "＋", 15, "center", dark, line=False)
    chats = [("文件传输助手", "[图片]"), ("科室工作群", "人事科：职称申报材料本周五前交齐"),
             ("家长群（三年二班）", "老师：收到请回复"), ("人事科", "[文件] 申报表模板.docx"),
             ("订阅号消息", "人社发布：关于开展职称评审的通知")]
    for i, (t, last) in enumerate(chats):
        yy = 70 + i * 64
        if i == 0:
            p.rect(60, yy, 250, 64, None, (198, 198, 198), 0)
        p.rect(72, yy + 12, 40, 40, None, (7, 193, 96) if i == 0 else
               (100 + i * 25, 140, 180), 0)
        p.text(122, yy + 28, t, 12, color=dark, line=False)
        p.text(122, yy + 50, last, 10.5, color=grey, line=False)
        p.text(300, yy + 28, f"{9 + i}:{(seed * 7 + i * 13) % 60:02d}", 9.5, "right", grey,
               line=False)
    p.text(330, 38, "文件传输助手", 15, color=dark, line=False)
    p.text(1264, 36, "—   ▢   ✕", 12, "right", dark, line=False)
    p.items.append(Line(310, 60, 1280, 60, 0.6, (220, 220, 220)))
    p.text(795, 92, f"{year}年{1 + seed % 12}月{1 + seed % 27}日 {10 + seed % 9}:"
           f"{seed * 11 % 60:02d}", 10, "center", grey, line=False)
    # an earlier file card
    p.rect(930, 108, 270, 70, (226, 226, 226), (255, 255, 255), 0.8)
    p.text(944, 134, "学位证.jpg", 12, color=dark, line=False)
    p.text(944, 160, f"{2 + seed % 3}.{seed * 3 % 10}M", 10, color=grey, line=False)
    p.rect(1150, 118, 36, 44, None, (60, 140, 210), 0)
    p.rect(1212, 112, 40, 40, None, (120, 160, 200), 0)
    # the sent note
    p.rect(1098, 196, 102, 36, None, green, 0)
    p.text(1149, 219, "毕业证 职称用", 12, "center", dark, line=False)
    p.rect(1212, 194, 40, 40, None, (120, 160, 200), 0)
    # the photo bubble
    bx, by, bw, bh = 720.0, 250.0, 480.0, 470.0
    p.rect(bx, by, bw, bh, None, (214, 206, 226), 0)  # bed sheet
    for i in range(7):
        p.items.append(Line(bx, by + 20 + i * 70, bx + bw, by + 50 + i * 70, 6,
                            (226, 220, 236)))
    p.rect(1212, by, 40, 40, None, (120, 160, 200), 0)
    lw = 316.0
    _r35_leaf(p, bx + (bw - lw) / 2, by + 10, lw, 450.0, name=name, gender=gender,
              birth=birth, school=school, major=major, level=level, start=start, end=end,
              years=years, number=number, president=president, issued_on=issued_on,
              seed=seed + 3901, red=(176, 36, 40), ink_=(24, 22, 22), paper=(252, 249, 240),
              photo_bg=(70, 130, 200) if seed % 2 else (232, 234, 238),
              seal_ink=ink(seed + 6))
    # input box
    p.items.append(Line(310, 740, 1280, 740, 0.6, (220, 220, 220)))
    for i in range(4):
        p.rect(330 + i * 34, 754, 18, 16, (100, 100, 100), None, 1.2)
    p.rect(1150, 812, 100, 32, None, (233, 233, 233), 0)
    p.text(1200, 833, "发送(S)", 12, "center", (7, 193, 96), line=False)
    p.items.append(Ellipse(1240, 20, 6, 6, (230, 70, 60)))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.anzhu_wenjiandai", cn_dates=False)
def anzhu_wenjiandai(*, name, gender, birth, school, major, level, start, end, years, number,
                     president, issued_on, seed=0, **_) -> Built:
    """A phone photo of the landscape diploma kept in a clear PVC 按扣文件袋 (the snap-button
    pouch people keep certificates in, photographed without taking it out): the pouch's bluish
    tint and its diamond emboss over the leaf, the flap along the top with its white snap
    button, the printed 标签 strip on the flap written 职称申报材料 — 学历 in marker, a glare
    streak across the plastic, the leaf itself (photo at the left with 证书编号 under it, the
    title, prose with dates as 2016年6月30日, school, 校（院）长, the date under the seal), the
    office desk around, and a 回形针-clipped 目录 slip peeping out at the corner."""
    from ..layout import Ellipse
    from ._common import DESKS

    p = Page(1200.0, 900.0, background=DESKS[(seed + 1) % len(DESKS)], font=MICRO)
    px, py, pw, ph = 80.0, 70.0, 1040.0, 770.0
    p.rect(px + 8, py + 10, pw, ph, None, (120, 110, 100), 0)  # shadow
    p.rect(px, py, pw, ph, None, (228, 236, 242), 0)
    lx, ly, lw, lh = px + 60, py + 190, pw - 120, 540.0
    _r37_land_leaf(p, lx, ly, lw, lh, name=name, gender=gender, birth=birth, school=school,
                   major=major, level=level, start=start, end=end, years=years, number=number,
                   president=president, issued_on=issued_on, seed=seed + 3902,
                   paper=(246, 244, 240), seal_ink=ink(seed + 7))
    # the slip at the corner
    p.rect(px + pw - 200, py + ph - 40, 150, 70, (170, 170, 170), (255, 255, 255), 0.6)
    p.text(px + pw - 190, py + ph - 18, "材料目录 1/6", 10, color=(70, 70, 70), line=False)
    # the pouch's emboss (faint) and tint
    for i in range(32):
        yy = py + 160 + i * 19
        p.items.append(Line(px + 4, yy, px + pw - 4, yy, 0.3, (218, 228, 238)))
    # the flap
    p.rect(px, py, pw, 150, None, (208, 222, 234), 0)
    p.items.append(Line(px, py + 150, px + pw, py + 150, 2.0, (170, 190, 210)))
    p.items.append(Ellipse(px + pw / 2 - 22, py + 104, 44, 44, (250, 250, 250)))
    p.items.append(Ellipse(px + pw / 2 - 10, py + 116, 20, 20, (220, 224, 228)))
    p.rect(px + 60, py + 40, 330, 56, (150, 160, 170), (255, 255, 255), 1.0)
    p.text(px + 76, py + 76, "职称申报材料 — 学历", 22, color=(20, 30, 90), font=KAI,
           line=False)
    p.text(px + pw - 40, py + 130, "A4  按扣袋  0.16mm", 10, "right", (130, 140, 150),
           line=False)
    # glare streak
    for i in range(4):
        p.items.append(Line(px + 800 + i * 8, py + 430, px + 960 + i * 8, py + ph - 10, 6 - i,
                            (244, 248, 252)))
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


# --------------------------------------------------------------------------- round 40
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round40`.

@layout(LAYOUTS, "diploma.xiangkuang_guabi", cn_dates=False)
def xiangkuang_guabi(*, name, gender, birth, school, major, level, start, end, years, number,
                     president, issued_on, seed=0, **_) -> Built:
    """A phone photo of the landscape diploma framed behind glass and hung on the living-room
    wall (many families frame the 毕业证书; when the 申报 deadline comes the applicant
    photographs it where it hangs rather than prise the frame open): the painted wall with
    its skirting of a calendar's corner, the 挂钉 and the picture wire, the dark walnut frame
    with its mitred corners and the cream 卡纸 mount, the leaf behind the glass (photo at the
    left with 证书编号 under it, the title, prose with dates as 2016年6月30日, school,
    校（院）长 and the date under the seal), the window's reflection as two pale bars across
    the glass's lower right corner, and a 全家福 in a smaller frame hanging beside it."""
    from ..layout import Ellipse

    p = Page(1200.0, 940.0, background=(232, 226, 212), font=MICRO)
    for i in range(12):  # the wall's faint roller marks
        p.items.append(Line(0, 40 + i * 80, 1200, 52 + i * 80, 8, (236, 231, 218)))
    # the nail and the wire
    p.items.append(Ellipse(592, 28, 16, 16, (120, 120, 118)))
    p.items.append(Line(600, 36, 230, 150, 1.4, (90, 90, 90)))
    p.items.append(Line(600, 36, 970, 150, 1.4, (90, 90, 90)))
    fx, fy, fw, fh = 120.0, 130.0, 960.0, 700.0
    p.rect(fx + 10, fy + 14, fw, fh, None, (180, 172, 156), 0)  # shadow on the wall
    p.rect(fx, fy, fw, fh, None, (78, 48, 30), 0)
    p.rect(fx + 8, fy + 8, fw - 16, fh - 16, (110, 72, 46), None, 2.0)
    for cx_, cy_, dx, dy in ((fx, fy, 1, 1), (fx + fw, fy, -1, 1), (fx, fy + fh, 1, -1),
                             (fx + fw, fy + fh, -1, -1)):
        p.items.append(Line(cx_, cy_, cx_ + dx * 44, cy_ + dy * 44, 1.0, (50, 30, 20)))
    mx, my, mw, mh = fx + 44, fy + 44, fw - 88, fh - 88
    p.rect(mx, my, mw, mh, None, (244, 238, 222), 0)
    p.rect(mx + 36, my + 36, mw - 72, mh - 72, (200, 190, 170), None, 1.2)
    lx, ly = mx + 40, my + 40
    lw, lh = mw - 80, mh - 80
    _r37_land_leaf(p, lx, ly, lw, lh, name=name, gender=gender, birth=birth, school=school,
                   major=major, level=level, start=start, end=end, years=years, number=number,
                   president=president, issued_on=issued_on, seed=seed + 4001,
                   paper=(248, 245, 236), seal_ink=ink(seed + 8))
    # the window's reflection on the glass
    for x0, w0 in ((mx + 700, 60), (mx + 780, 30)):
        for j in range(int(w0 // 6)):
            p.items.append(Line(x0 + j * 6, my + 380, x0 + j * 6 + 50, my + mh, 5,
                                (250, 250, 248)))
    # the family photo beside it
    p.rect(1110, 300, 80, 104, None, (40, 36, 34), 0)
    p.rect(1118, 308, 64, 88, None, (150, 170, 190), 0)
    for i in range(3):
        p.items.append(Ellipse(1124 + i * 18, 340, 14, 14, (230, 200, 170)))
    # a wall calendar's corner
    p.rect(0, 640, 70, 300, None, (252, 252, 250), 0)
    p.text(8, 680, f"{int(issued_on[:4]) + 5 + seed % 3}", 14, color=(200, 40, 40),
           line=False)
    p.text(8, 704, "腊月", 11, color=(90, 90, 90), line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


@layout(LAYOUTS, "diploma.youxiang_dashi_xiexin", cn_dates=False)
def youxiang_dashi_xiexin(*, name, gender, birth, school, major, level, start, end, years,
                          number, president, issued_on, seed=0, **_) -> Built:
    """A phone screenshot of 网易邮箱大师's 写信 screen with the diploma's photo inserted in
    the body (units that collect 职称 materials by e-mail ask for 主题 姓名+材料名 and the
    picture in the body; the applicant screenshots the draft to check it with a colleague):
    the status bar, 取消 / 写信 / 发送 at the top, the 收件人 chip (人事科 with the unit's
    address), 抄送/密送, 发件人 (a 163 address), the 主题 line 职称申报-学历证书-<name>, the
    typed body (您好，附件为本人毕业证书，请查收), the inserted photo (the portrait leaf on a
    desk: school in 楷体, the title, photo, prose with dates as 2016年6月30日, 校（院）长, date
    and seal, 证书编号), the mail signature 发自网易邮箱大师, and the keyboard-less bottom bar
    (图片, 附件, 拍照, 表情)."""
    from ._common import DESKS

    p = Page(720.0, 1560.0, background=(255, 255, 255), font=MICRO)
    dark, grey, blue = (30, 30, 34), (150, 150, 156), (33, 110, 230)
    year = min(2025, max(int(issued_on[:4]) + 4, 2020 + seed % 5))
    p.text(40, 44, f"{8 + seed % 12}:{seed * 13 % 60:02d}", 20, color=dark, line=False)
    p.text(680, 44, "5G  73%", 17, "right", dark, line=False)
    p.text(36, 116, "取消", 20, color=dark, line=False)
    p.text(360, 116, "写信", 21, "center", dark, line=False)
    p.rect(590, 92, 96, 38, None, blue, 0)
    p.text(638, 118, "发送", 18, "center", (255, 255, 255), line=False)
    rows = [("收件人：", None), ("抄送/密送：", ""),
            ("发件人：", f"{_r40_mailbox(name, seed)}@163.com"),
            ("主题：", f"职称申报-学历证书-{name}")]
    for i, (label, val) in enumerate(rows):
        yy = 190 + i * 64
        p.text(32, yy, label, 17, color=grey, line=False)
        if val is None:
            p.rect(120, yy - 24, 330, 34, None, (232, 240, 252), 0)
            p.text(134, yy, f"人事科 <rsk{seed % 90 + 10}@unit.gov.cn>", 15, color=blue,
                   line=False)
        else:
            p.text(32 + 17 * len(label) + 6, yy, val, 17, color=dark, line=False)
        p.items.append(Line(32, yy + 22, 688, yy + 22, 0.6, (230, 230, 234)))
    p.text(32, 472, "您好，附件为本人毕业证书照片，请查收。", 17, color=dark, line=False)
    p.text(32, 504, f"联系电话：1{39 + seed % 50}{seed * 7919 % 10**8:08d}", 17, color=dark,
           line=False)
    bx, by, bw, bh = 32.0, 530.0, 656.0, 780.0
    p.rect(bx, by, bw, bh, None, DESKS[seed % len(DESKS)], 0)
    lw = 500.0
    _r35_leaf(p, bx + (bw - lw) / 2, by + 30, lw, 716.0, name=name, gender=gender,
              birth=birth, school=school, major=major, level=level, start=start, end=end,
              years=years, number=number, president=president, issued_on=issued_on,
              seed=seed + 4002, red=(172, 34, 38), ink_=(26, 24, 24), paper=(250, 247, 238),
              photo_bg=(232, 234, 238) if seed % 2 else (70, 130, 200), seal_ink=ink(seed + 9))
    p.text(32, 1350, "发自网易邮箱大师", 15, color=grey, line=False)
    p.text(32, 1380, f"{year}-{1 + seed % 12:02d}-{1 + seed % 27:02d} 草稿已自动保存", 13,
           color=grey, line=False)
    p.rect(0, 1440, 720, 120, None, (246, 246, 248), 0)
    for i, t in enumerate(("图片", "附件", "拍照", "表情")):
        p.text(90 + i * 180, 1500, t, 17, "center", dark, line=False)
    return Built("diploma", [p], _fields(name, gender, birth, school, major, level, start, end,
                                         number), seal=school)


def _r40_mailbox(name: str, seed: int) -> str:
    """A plausible 163 mailbox user name, not derived from the printed name's pinyin."""
    return f"{'zc' if seed % 2 else 'work'}{1980 + seed % 20}{len(name)}{seed % 97:02d}"
