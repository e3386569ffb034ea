"""Degree certificates (学位证书): the older 业已毕业 wording, the newer (2016-) 完成了...培养
计划 wording, Chinese-numeral dates, a label grid and a bilingual form."""

from __future__ import annotations

from .. import documents as D
from ..layout import Line
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
    frame,
    grid,
    ink,
    layout,
)

LAYOUTS: dict = {}
EN_DEGREE = {"学士": "Bachelor", "硕士": "Master", "博士": "Doctor"}
EN_DISC = {"工学": "Engineering", "管理学": "Management", "理学": "Science", "医学": "Medicine",
           "文学": "Arts", "教育学": "Education", "农学": "Agriculture"}


def _fields(name, school, major, degree, number, award_date):
    return {"name": name, "school": school, "major": major, "degree": degree,
            "degree_number": number, "award_date": award_date}


def _plan(degree, level_word):
    return "本科学业" if degree == "学士" else f"{level_word}培养计划"


layout(LAYOUTS, "degree.classic")(D.degree)


@layout(LAYOUTS, "degree.new2016")
def new2016(*, name, gender, birth, school, major, degree, level_word, number, award_date,
            chair, seed=0, **_) -> Built:
    """The newer portrait wording: birth month only, 完成了...培养计划, 通过...论文答辩."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4, background=(250, 250, 252), font=MING)
    frame(p, (20, 50, 110), 22, 30, 2.0)
    p.text(297, 120, f"{degree}学位证书", 30, "center", (20, 50, 110))
    p.photo(248, 160, 98, 130)
    y0 = 340
    y, m = int(birth[:4]), int(birth[5:7])
    if degree == "学士":
        body = (f"{name}，{gender}，{y}年{m}月生。在{school}{major}专业完成了本科学业，成绩合格，"
                "达到了学士学位要求，根据《中华人民共和国学位法》，授予")
    else:
        body = (f"{name}，{gender}，{y}年{m}月生。在{school}{major}专业完成了{level_word}培养计划，"
                f"成绩合格，通过{degree}学位论文答辩，达到了{degree}学位要求，根据《中华人民共和国学位法》，"
                "授予")
    yb = p.wrapped(78, y0, body, 440, 15, 30, first_indent=30)
    p.text(297, yb + 16, f"{disc}{degree}学位。", 18, "center")
    p.text(330, yb + 110, f"{school}", 14)
    p.text(330, yb + 140, f"学位评定委员会主席 {chair}", 14)
    p.text(330, yb + 170, cn(award_date), 14)
    p.text(78, 780, f"证书编号：{number}", 12)
    seal = school + "学位评定委员会"
    p.seal(400, yb + 140, 108, seal, seed=seed + 1, **ink(seed))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


@layout(LAYOUTS, "degree.old_cn_numerals")
def old_cn(*, name, gender, birth, school, major, degree, level_word, number, award_date, chair,
           seed=0, **_) -> Built:
    """Older landscape form: full birth date and award date in Chinese numerals, 业已毕业."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4_LANDSCAPE, background=(250, 244, 230), font=KAI)
    frame(p, (130, 40, 30), 18, 26, 2.6)
    p.text(421, 96, f"{degree} 学 位 证 书", 32, "center", (130, 40, 30))
    p.photo(620, 150, 96, 128)
    body = (f"{name}，{gender}，{cn_upper(birth)}生。在{school}{major}专业完成了"
            f"{_plan(degree, level_word)}，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
            f"授予{disc}{degree}学位。")
    y = p.wrapped(110, 170, body, 470, 17, 34, first_indent=34)
    p.text(110, max(y + 50, 410), f"{school}校长", 15)
    p.text(110, max(y + 80, 440), f"学位评定委员会主席 {chair}", 15)
    p.text(560, 490, cn_upper(award_date), 15)
    p.text(110, 540, f"证书编号：{number}", 13)
    seal = school + "学位评定委员会"
    p.seal(250, max(y + 60, 420), 108, seal, seed=seed + 1, **ink(seed + 1))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


@layout(LAYOUTS, "degree.grid")
def label_grid(*, name, gender, birth, school, major, degree, level_word, number, award_date,
               chair, seed=0, **_) -> Built:
    """A label grid: 姓名/性别/出生日期/学位/学科门类/专业/授予单位/授予日期/证书编号."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4, font=MICRO)
    frame(p, (60, 60, 90), 18, 24, 1.6)
    p.text(297, 100, "学位证书", 28, "center")
    p.photo(420, 140, 90, 120)
    p.text(70, 170, name, 20)
    y = grid(p, 70, 290, [110, 345], [
        ["姓名", name], ["性别", gender], ["出生日期", cn(birth)], ["学位", f"{disc}{degree}"],
        ["学科门类", disc], ["专业", major], ["授予单位", school], ["授予日期", cn(award_date)],
        ["证书编号", number]], 32, 12)
    p.text(320, y + 60, f"学位评定委员会主席：{chair}", 12)
    seal = school + "学位评定委员会"
    p.seal(420, y + 40, 108, seal, seed=seed + 1, **ink(seed + 2))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


@layout(LAYOUTS, "degree.bilingual")
def bilingual(*, name, gender, birth, school, major, degree, level_word, number, award_date,
              chair, seed=0, **_) -> Built:
    """Chinese above, English below (schools that issue both on one sheet)."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4_LANDSCAPE, background=(244, 248, 252))
    frame(p, (30, 70, 140), 16, 22, 2.0)
    p.text(421, 70, f"{degree}学位证书", 26, "center", (30, 70, 140))
    p.text(421, 98, f"CERTIFICATE OF {EN_DEGREE[degree].upper()}'S DEGREE", 13, "center")
    p.photo(80, 130, 90, 120)
    body = (f"{name}，{gender}，{cn(birth)}生。在{school}{major}专业完成了"
            f"{_plan(degree, level_word)}，成绩合格，授予{disc}{degree}学位。")
    y = p.wrapped(200, 150, body, 560, 15, 28, first_indent=30)
    en = (f"This is to certify that {name} has completed the {level_word} program in {major} "
          f"at {school} and is awarded the degree of {EN_DEGREE[degree]} of "
          f"{EN_DISC.get(disc, 'Engineering')}.")
    y = p.wrapped(200, y + 14, en, 560, 11.5, 20)
    p.text(200, max(y + 40, 400), f"学位评定委员会主席 Chairman：{chair}", 13)
    p.text(200, max(y + 70, 430), f"授予日期 Date：{cn(award_date)}", 13)
    p.text(80, 540, f"证书编号 No.：{number}", 12)
    seal = school + "学位评定委员会"
    p.seal(600, max(y + 60, 420), 108, seal, seed=seed + 1, **ink(seed + 3))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- fresh (round 2)
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as `fresh`.

@layout(LAYOUTS, "degree.verification_report", cn_dates=False)
def verification_report(*, name, gender, birth, school, major, degree, level_word, number,
                        award_date, chair, seed=0, **_) -> Built:
    """《中国高等教育学位在线验证报告》 printed from 学信网: 报告编号 and 在线验证码 at the top,
    a label table with ISO dates (获学位日期 2010-06-25), 学位类别 学术学位, the degree named
    as 工学学士学位; no seal, a footer on how to verify."""
    import hashlib

    disc = D.DISCIPLINE.get(major, "工学")
    digest = hashlib.sha256(f"{seed}:{number}".encode()).hexdigest().upper()
    p = Page(*A4, font=MICRO, background=(255, 255, 255))
    p.rect(40, 40, 515, 46, None, (18, 96, 160), 0)
    p.text(297, 70, "中国高等教育学位在线验证报告", 18, "center", (255, 255, 255))
    p.row([(50, f"报告编号：B{digest[:15]}", 112), (330, f"在线验证码：{digest[15:27]}", 112)], 9.5)
    p.text(50, 150, "学位信息", 12, color=(18, 96, 160))
    p.hline(50, 545, 158, 1.2)
    p.photo(455, 172, 80, 106, bg=(240, 240, 240))
    y = grid(p, 50, 172, [100, 295], [
        ["姓名", name], ["性别", gender], ["出生日期", birth], ["学位授予单位", school]],
        28, 10.5, align_left=True)
    y = grid(p, 50, y, [100, 395], [
        ["获学位专业", major], ["学科门类", disc], ["学位类别", "学术学位"],
        ["学位名称", f"{disc}{degree}学位"], ["获学位日期", award_date],
        ["学位证书编号", number], ["学位授予单位代码", number[:5]]], 28, 10.5, align_left=True)
    notes = ("说明：1. 本报告的信息来源于中国学位与研究生教育信息网学位授予信息数据库。"
             "2. 报告在线验证有效期内，可登录学信网，输入在线验证码查验报告真伪。"
             "3. 本报告不含学位证书持有人的学历信息。")
    y = p.wrapped(50, y + 36, notes, 495, 9.5, 16)
    p.text(545, y + 24, f"报告日期：{2022 + seed % 3}-{1 + seed % 12:02d}-{1 + seed % 27:02d}",
           9.5, "right")
    p.text(297, 806, "学信网 www.chsi.com.cn", 9, "center", (120, 120, 120))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=None)


@layout(LAYOUTS, "degree.xueke_portrait", accepts=lambda a: a["degree"] == "硕士")
def xueke_portrait(*, name, gender, birth, school, major, degree, level_word, number,
                   award_date, chair, seed=0, **_) -> Built:
    """A graduate degree worded by 学科（专业） (在我校...学科（专业）完成了硕士研究生培养计划
    ...通过硕士学位论文答辩): portrait, the school's name above the title, the photo top left
    with the number under it, birth year and month only, the seal over the chair's line."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4, background=(251, 248, 240), font=MING)
    frame(p, (110, 30, 40), 20, 27, 2.2)
    p.text(297, 96, school, 22, "center", (110, 30, 40))
    p.text(297, 140, "硕 士 学 位 证 书", 28, "center", (110, 30, 40))
    p.photo(80, 180, 92, 122)
    p.text(80, 322, "证书编号：", 10.5)
    p.text(80, 340, number, 10.5)
    y0, m0 = int(birth[:4]), int(birth[5:7])
    body = (f"{name}，{gender}，{y0}年{m0}月生，在我校{major}学科（专业）完成了"
            f"{level_word}培养计划规定的课程学习，成绩合格，通过{degree}学位论文答辩。"
            f"根据《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    y = p.wrapped(200, 200, body, 320, 15, 30, first_indent=30)
    y = max(y, 380)
    p.text(320, y + 80, f"{school}学位评定委员会", 14)
    p.text(320, y + 112, f"主  席  {chair}", 14)
    ay, am, ad = (int(v) for v in award_date.split("-"))
    p.text(320, y + 150, f"{ay}年{am}月{ad}日", 14)
    p.text(297, 790, "中华人民共和国国务院学位委员会监制", 9, "center", (110, 30, 40))
    seal = school + "学位评定委员会"
    p.seal(400, y + 110, 112, seal, seed=seed + 21, **ink(seed + 4))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 3
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as
# `round3` (the next blind exam, drawn only by the others3 profile).

@layout(LAYOUTS, "degree.tongdeng_xueli", accepts=lambda a: a["degree"] == "硕士")
def tongdeng_xueli(*, name, gender, birth, school, major, degree, level_word, number,
                   award_date, chair, seed=0, **_) -> Built:
    """The master's degree awarded to an in-service applicant 以同等学力 (no 研究生 study, only
    the 课程考试 and 论文答辩): landscape, the 证书编号 at the top right above the photo, the
    wording 以同等学力在我校...学科（专业）通过硕士学位的课程考试和论文答辩，成绩合格, the
    awarding committee and chair at the left, the date under them, 国务院学位委员会监制 below."""
    from ._common import text_width

    disc = D.DISCIPLINE.get(major, "工学")
    blue = (25, 55, 110)
    p = Page(*A4_LANDSCAPE, background=(244, 246, 250), font=KAI)
    frame(p, blue, 18, 25, 2.0)
    p.text(760, 70, f"证书编号：{number}", 11, "right", font=MING)
    p.text(421, 118, f"{degree}学位证书", 32, "center", blue)
    p.photo(660, 150, 96, 128)
    by, bm = int(birth[:4]), int(birth[5:7])
    body = (f"{name}，{gender}，{by}年{bm}月生，以同等学力在我校{major}学科（专业）通过"
            f"{degree}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，"
            f"授予{disc}{degree}学位。")
    y = p.wrapped(90, 180, body, 530, 17, 34, first_indent=34)
    seal = school + "学位评定委员会"
    sy = max(y + 40, 400)
    p.text(110, sy, seal, 15)
    p.text(110, sy + 34, f"主席  {chair}", 15)
    p.text(110, sy + 68, cn(award_date), 15)
    p.seal(110 + text_width(seal, 15) / 2, sy + 20, 112, seal, seed=seed + 41, **ink(seed + 2))
    p.text(421, 556, "中华人民共和国国务院学位委员会监制", 9, "center", (90, 90, 110))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


@layout(LAYOUTS, "degree.chengren_bachelor", accepts=lambda a: a["degree"] == "学士",
        cn_dates=False)
def chengren_bachelor(*, name, gender, birth, school, major, degree, level_word, number,
                      award_date, chair, seed=0, **_) -> Built:
    """The bachelor's degree of a 成人高等教育 (函授 / 业余) graduate: portrait, 学士学位证书
    with a small English line, the photo centred above the text and No. with the number under
    it, the wording 在...专业（成人高等教育）完成了本科学习计划，业已毕业，经审核符合..., and
    the award date in Chinese numerals under the committee's seal."""
    disc = D.DISCIPLINE.get(major, "工学")
    red = (150, 32, 36)
    p = Page(*A4, background=(253, 249, 240), font=MING)
    frame(p, red, 20, 27, 2.4)
    p.text(297, 104, "学 士 学 位 证 书", 28, "center", red)
    p.text(297, 130, "BACHELOR'S DEGREE CERTIFICATE", 10, "center", red)
    p.photo(250, 160, 94, 124)
    p.text(297, 306, f"No. {number}", 11, "center")
    body = (f"{name}，{gender}，{cn_upper(birth)}生。在{school}{major}专业（成人高等教育）"
            f"完成了本科学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，"
            f"授予{disc}学士学位。")
    y = p.wrapped(80, 360, body, 435, 15, 31, first_indent=30)
    seal = school + "学位评定委员会"
    p.text(300, y + 70, f"{school}", 14)
    p.text(300, y + 100, f"学位评定委员会主席  {chair}", 14)
    p.text(300, y + 138, cn_upper(award_date), 14)
    p.seal(380, y + 110, 112, seal, seed=seed + 43, **ink(seed + 3))
    p.text(297, 790, "本证书在中国学位与研究生教育信息网（www.chinadegrees.cn）可查询", 9, "center",
           (110, 110, 110))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 4
# Drawn by another hand after round 3's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round4` (drawn only by the others4 profile).

@layout(LAYOUTS, "degree.heyan_fuyinjian")
def heyan_fuyinjian(*, name, gender, birth, school, major, degree, level_word, number,
                    award_date, chair, seed=0, **_) -> Built:
    """An A4 photocopy of the degree certificate certified by the applicant's unit, the way
    职称 rules ask for copies: the grey copy of the landscape certificate in the upper half,
    then the blue rectangular 核验章 "经核验，与原件一致" with the checker's handwritten
    name and date, and the unit's personnel seal over the stamp."""
    from ._common import MING, PEN, other_people

    p = Page(*A4, background=(255, 255, 255), font=MING)
    grey = (70, 70, 70)
    p.rect(40, 60, 515, 370, None, (236, 236, 236), 0)
    p.rect(52, 72, 491, 346, grey, None, 1.6)
    p.rect(58, 78, 479, 334, grey, None, 0.5)
    p.text(297, 126, "  ".join(f"{degree}学位证书"), 22, "center", grey)
    p.photo(78, 150, 60, 80, bg=(200, 200, 200))
    disc = D.DISCIPLINE.get(major, "工学")
    body = (f"{name}，{gender}，{cn(birth)}生。"
            f"在{school}{major}专业完成了{_plan(degree, level_word)}，业已毕业，"
            f"经审核符合《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    y = p.wrapped(156, 164, body, 360, 11.5, 21, first_indent=23)
    p.text(156, max(y + 22, 300), school, 11.5)
    p.text(156, max(y + 44, 322), f"学位评定委员会主席  {chair}", 11.5)
    p.text(420, 372, cn(award_date), 11.5)
    p.text(78, 398, f"证书编号：{number}", 10)
    p.seal(240, 330, 72, school + "学位评定委员会", seed=seed + 1, color=(120, 120, 120),
           strength=0.7)
    blue = (40, 70, 160)
    p.rect(300, 500, 230, 108, blue, None, 1.6)
    p.text(415, 530, "经核验，与原件一致", 15, "center", blue)
    p.text(314, 562, "核验人：", 12, color=blue)
    p.text(380, 562, other_people(f"checker:{school}:{seed % 7}", 1)[0][0], 14, color=PEN,
           font=KAI)
    p.text(314, 592, "日  期：", 12, color=blue)
    p.text(380, 592, f"{int(award_date[:4]) + 9 + seed % 5}.5.{6 + seed % 20}", 12, color=PEN,
           font=KAI)
    p.seal(470, 570, 92, "人事科", seed=seed + 12, **ink(seed))
    p.text(297, 780, "第 2 页", 9, "center", (120, 120, 120))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school + "学位评定委员会")


# --------------------------------------------------------------------------- round 5
# Drawn by another hand after round 4's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round5` (drawn only by the others5 profile).

@layout(LAYOUTS, "degree.zhezi_booklet", cn_dates=False)
def zhezi_booklet(*, name, gender, birth, school, major, degree, level_word, number, award_date,
                  chair, seed=0, **_) -> Built:
    """The 1990s hard-cover 学位证书 opened flat and scanned as one sheet (two small leaves
    on A4 landscape, the cover's cloth showing at the edges): the left leaf 学位证书 in red
    above the photo pasted in with the steel seal across its corner; the right leaf the prose
    in 仿宋-like type (…在本校…专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国
    学位条例》的规定，授予工学学士学位。), then 校长 and 学位评定委员会主席 on two lines (often
    the same person), the date in 〇-numerals under the committee's seal, and the number on
    the last line of the leaf (证书编号 No. …)."""
    from ._common import HEI

    disc = D.DISCIPLINE.get(major, "工学")
    red = (150, 28, 34)
    p = Page(*A4_LANDSCAPE, background=(120, 30, 36), font=MING)
    p.rect(34, 40, 372, 515, None, (247, 242, 228), 0)
    p.rect(436, 40, 372, 515, None, (247, 242, 228), 0)
    p.rect(406, 40, 30, 515, None, (205, 196, 178), 0)  # the fold
    p.rect(48, 54, 344, 487, red, None, 1.0)
    p.rect(450, 54, 344, 487, red, None, 1.0)
    p.text(220, 122, "  ".join(f"{degree}学位证书"), 24, "center", red, font=KAI)
    p.photo(172, 190, 96, 128, bg=(168, 168, 172))  # a black-and-white print
    p.seal(258, 308, 64, school, seed=seed + 31, color=(185, 178, 165), strength=0.55)
    p.text(220, 500, "中华人民共和国国务院学位委员会制", 9, "center", (120, 90, 80))
    body = (f"{name}，{gender}，{cn_upper(birth)}生。在本校{major}专业完成了"
            f"{_plan(degree, level_word)}，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
            f"授予{disc}{degree}学位。")
    y = p.wrapped(474, 110, body, 296, 14, 30, first_indent=28)
    y = max(y + 20, 330)
    p.text(474, y, f"{school}校长  {chair}", 12.5)
    p.text(474, y + 30, f"学位评定委员会主席  {chair}", 12.5)
    p.text(760, y + 74, cn_upper(award_date), 12.5, "right")
    seal = school + "学位评定委员会"
    p.seal(690, y + 52, 100, seal, seed=seed + 1, **ink(seed + 2))
    p.hline(474, 770, 506, 0.5)
    p.text(474, 526, f"证书编号 No. {number}", 11, font=HEI)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 6
# Drawn by another hand after round 5's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round6` (drawn only by the others6 profile).

@layout(LAYOUTS, "degree.saomiao_quanneng", cn_dates=False)
def saomiao_quanneng(*, name, gender, birth, school, major, degree, level_word, number,
                     award_date, chair, seed=0, **_) -> Built:
    """The certificate as a phone scanning app (扫描全能王 / CamScanner) saves it: cropped to
    the certificate's own edges and straightened, the 增强锐化 filter turning the tinted paper
    pure white and the print near black (the red border and seal kept), and the free version's
    watermark — the app's logo and 扫描全能王 创建 — in the lower right corner. The certificate
    is the portrait 学位证书 of the 2000s–2010s: the photo centred under the title, the prose
    (…成绩合格，根据《中华人民共和国学位条例》的规定，授予工学学士学位。), 校长 and 学位评定
    委员会主席 on two lines, the date in 〇-numerals over the committee's seal, and 证书编号 at
    the lower left."""
    from ..layout import Text
    from ._common import HEI

    disc = D.DISCIPLINE.get(major, "工学")
    red = (196, 24, 30)
    black = (12, 12, 12)
    p = Page(*A4, background=(255, 255, 255), font=MING)
    p.rect(8, 8, 579, 826, red, None, 3.2)
    p.rect(18, 18, 559, 806, red, None, 0.8)
    p.text(297, 104, "  ".join(f"{degree}学位证书"), 28, "center", red, font=HEI)
    p.photo(251, 140, 92, 124, bg=(250, 250, 250))
    p.seal(330, 250, 60, school, seed=seed + 211, color=(215, 215, 215), strength=0.6)
    if degree == "学士":
        body = (f"{name}，{gender}，{cn(birth)}生。在{school}{major}专业完成了本科学业，"
                "成绩合格，根据《中华人民共和国学位条例》的规定，授予")
    else:
        body = (f"{name}，{gender}，{cn(birth)}生。在{school}{major}专业完成了"
                f"{_plan(degree, level_word)}，成绩合格，通过{degree}学位论文答辩，根据"
                "《中华人民共和国学位条例》的规定，授予")
    y = p.wrapped(80, 320, body, 435, 15, 32, first_indent=30)
    p.items.append(Text(297, y + 10, f"{disc}{degree}学位。", 20, "center", black, HEI))
    p.lines.append(f"{disc}{degree}学位。")
    for it in p.items:
        if isinstance(it, Text) and it.color not in (red,):
            it.color = black
    sy = max(y + 90, 560)
    p.text(290, sy, f"{school}校长  {chair}", 14, color=black)
    p.text(290, sy + 32, f"学位评定委员会主席  {chair}", 14, color=black)
    p.text(510, sy + 80, cn_upper(award_date), 14, "right", black)
    seal = school + "学位评定委员会"
    p.seal(420, sy + 56, 108, seal, seed=seed + 213, color=(230, 20, 30), strength=1.0)
    p.text(56, 772, f"证书编号：{number}", 11.5, color=black)
    p.rect(440, 798, 18, 18, None, (22, 160, 133), 0)
    p.text(449, 811, "CS", 8, "center", (255, 255, 255), font=MICRO)
    p.text(464, 812, "扫描全能王 创建", 9.5, color=(120, 120, 120), font=MICRO)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 7
# Drawn by another hand after round 6's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round7` (drawn only by the others7 profile).

@layout(LAYOUTS, "degree.shenyi_jueding", cn_dates=False)
def shenyi_jueding(*, name, gender, birth, school, major, degree, level_word, number,
                   award_date, chair, seed=0, **_) -> Built:
    """The landscape 学位证书 of the 2000s–2010s whose key sentence names the school's own
    committee as the deciding body (…成绩合格。经广西大学学位评定委员会审核（审议），符合
    《中华人民共和国学位条例》的规定，决定授予工学学士学位。) rather than ending 授予…学位
    after the 条例: a pale blue ruled-guilloche ground, the photo at the upper left with the
    steel seal over its corner and the 证书编号 printed in two lines under it, 学 位 证 书 in
    large 宋体 at the top right, the prose in the right panel, 学位授予单位 and 学位评定委员会主席
    (the chair's signature reproduced in 楷体) under it, the award date written out in
    〇-numerals under the committee's seal."""
    from ..layout import Line
    from ._common import HEI, text_width

    disc = D.DISCIPLINE.get(major, "工学")
    blue = (26, 62, 122)
    p = Page(*A4_LANDSCAPE, background=(243, 247, 251), font=MING)
    for k in range(0, 595, 9):  # the printed security ground: fine pale waves
        p.items.append(Line(30, k, 812, k + 4, 0.3, (214, 226, 240)))
    p.rect(22, 22, 798, 551, blue, None, 2.4)
    p.rect(30, 30, 782, 535, blue, None, 0.7)
    p.items.append(Line(250, 60, 250, 535, 0.5, (150, 170, 200)))
    p.photo(88, 92, 100, 134)
    p.seal(178, 214, 62, school, seed=seed + 311, color=(188, 192, 198), strength=0.5)
    p.text(138, 268, "证书编号", 12, "center")
    p.text(138, 290, number, 12.5, "center", font=HEI)
    p.text(138, 500, "中华人民共和国国务院学位委员会监制", 8, "center", (110, 120, 140))
    p.text(531, 104, "学  位  证  书", 32, "center", blue)
    if degree == "学士":
        body = (f"{name}，{gender}，{cn(birth)}生，在本校{major}专业完成了本科学业，成绩合格。"
                f"经{school}学位评定委员会审核，符合《中华人民共和国学位条例》的规定，"
                f"决定授予{disc}学士学位。")
    else:
        body = (f"{name}，{gender}，{cn(birth)}生，在本校{major}学科（专业）完成了"
                f"{level_word}学习计划，成绩合格，通过了{degree}学位论文答辩。经{school}学位"
                f"评定委员会审议，符合《中华人民共和国学位条例》的规定，决定授予{disc}{degree}"
                "学位。")
    y = p.wrapped(290, 168, body, 482, 15.5, 32, first_indent=31)
    y = max(y + 40, 380)
    p.text(330, y, f"学位授予单位：{school}", 14.5)
    p.text(330, y + 36, "学位评定委员会主席：", 14.5, line=False)
    p.text(330 + text_width("学位评定委员会主席：", 14.5, MING) + 6, y + 38, chair, 19,
           color=(28, 28, 60), font=KAI, line=False)
    p.lines.append(f"学位评定委员会主席：{chair}")
    p.text(770, y + 98, cn_upper(award_date), 14.5, "right")
    seal = school + "学位评定委员会"
    p.seal(660, y + 66, 106, seal, seed=seed + 313, **ink(seed + 3))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 8
# Drawn by another hand after round 7's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round8` (drawn only by the others8 profile).

@layout(LAYOUTS, "degree.xuewei_zhengmingshu")
def xuewei_zhengmingshu(*, name, gender, birth, school, major, degree, level_word, number,
                        award_date, chair, seed=0, **_) -> Built:
    """The 学位证明书 a school's 学位评定委员会 issues when a graduate has lost the 学位证书
    (a degree certificate is never re-issued; the committee certifies the award instead, on
    the same footing): the school's name over 学位证明书, the 证明书 number line
    （2016）学位证明字第 021 号 at the right, the photo at the upper right with the steel seal,
    the award restated in prose with the date it was made and the original certificate number
    quoted (…于2010年6月25日被授予工学学士学位，原学位证书编号：…), 原证书遗失 and 与原学位
    证书具有同等效力, the committee's seal over its name and the (later) date of issue, and
    the 学位 website line at the foot."""
    from ._common import HEI, text_width

    disc = D.DISCIPLINE.get(major, "工学")
    issued = f"{min(2023, int(award_date[:4]) + 3 + seed % 9)}-{1 + seed % 12:02d}-" \
             f"{2 + seed % 26:02d}"
    committee = school + "学位评定委员会"
    p = Page(*A4, background=(255, 255, 253), font=MING)
    p.text(297, 96, school, 19, "center", font=KAI)
    p.text(297, 140, "学 位 证 明 书", 26, "center", font=HEI)
    p.text(520, 178, f"（{issued[:4]}）学位证明字第 {seed % 90 + 10:03d} 号", 11, "right")
    p.photo(430, 200, 84, 112)
    p.seal(500, 300, 56, school, seed=seed + 411, color=(196, 194, 188), strength=0.5)
    ym_birth = f"{int(birth[:4])}年{int(birth[5:7])}月"
    done = ("完成了本科学业，成绩合格" if degree == "学士" else
            f"完成了{level_word}培养计划，通过{degree}学位论文答辩")
    body = (f"{name}，{gender}，{ym_birth}生，在我校{major}专业{done}，经{committee}审核，"
            f"符合《中华人民共和国学位条例》的规定，于{cn(award_date)}被授予{disc}{degree}"
            "学位。")
    y = p.wrapped(72, 360, body, 450, 14.5, 30, first_indent=29)
    y = p.wrapped(72, y + 4, f"原学位证书编号：{number}。", 450, 14.5, 30, first_indent=29)
    y = p.wrapped(72, y + 4, "因原学位证书遗失，经本人申请，核查学位授予档案属实，特发此证明书。"
                  "本证明书与原学位证书具有同等效力。", 450, 14.5, 30, first_indent=29)
    y = max(y + 60, 600)
    p.text(520, y, committee, 14, "right")
    p.text(520, y + 34, f"主席：{chair}", 14, "right")
    p.text(520, y + 68, cn(issued), 14, "right")
    p.seal(520 - text_width(committee, 14, MING) / 2, y + 20, 110, committee,
           seed=seed + 413, **ink(seed + 2))
    p.hline(60, 535, 776, 0.5)
    p.text(297, 796, "学位授予信息查询：中国学位与研究生教育信息网 www.chinadegrees.cn", 9,
           "center", (100, 100, 100))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=committee)


# --------------------------------------------------------------------------- round 9
# Drawn by another hand after round 8's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round9` (drawn only by the others9 profile).

PROFESSIONAL = {"结构工程": "工程硕士", "机械工程": "工程硕士", "会计学": "会计硕士",
                "工程管理": "工程管理硕士", "护理学": "护理硕士"}


@layout(LAYOUTS, "degree.zhuanye_xuewei",
        accepts=lambda a: a["degree"] == "硕士" and a["major"] in PROFESSIONAL)
def zhuanye_xuewei(*, name, gender, birth, school, major, degree, level_word, number,
                   award_date, chair, seed=0, **_) -> Built:
    """The 硕士专业学位证书 of a professional master (工程硕士, 会计硕士 MPAcc, 工程管理硕士
    MEM, 护理硕士, often studied in service): the portrait template such schools print for
    专业学位 beside the academic one, 硕士学位证书 with （专业学位） under it, the 证书编号 at
    the top left and the photo at the top right, the wording by 领域 and degree name rather
    than 学科门类 (…在本校结构工程领域完成了工程硕士专业学位研究生培养计划，成绩合格，通过了
    学位论文答辩，达到了硕士专业学位要求，根据《中华人民共和国学位条例》的规定，授予工程硕士
    专业学位。), the committee's seal over its name with the chair and the award date; scanned
    on an office scanner as a PDF, the cream paper slightly grey."""
    from ._common import HEI, text_width

    pro = PROFESSIONAL[major]
    red = (150, 28, 34)
    p = Page(*A4, background=(247, 245, 236), font=MING)
    p.rect(28, 28, 539, 786, (150, 120, 60), None, 2.0)
    p.rect(35, 35, 525, 772, (150, 120, 60), None, 0.6)
    p.text(70, 76, f"证书编号：{number}", 11, font=MICRO)
    p.photo(428, 96, 90, 120)
    p.seal(508, 204, 56, school, seed=seed + 511, color=(190, 188, 180), strength=0.5)
    p.text(250, 168, "硕士学位证书", 28, "center", red, font=HEI)
    p.text(250, 202, "（专业学位）", 15, "center", red, font=HEI)
    ym_birth = f"{int(birth[:4])}年{int(birth[5:7])}月"
    body = (f"{name}，{gender}，{ym_birth}生。在本校{major}领域完成了{pro}专业学位研究生"
            "培养计划，成绩合格，通过了学位论文答辩，达到了硕士专业学位要求，根据《中华人民"
            f"共和国学位条例》的规定，授予{pro}专业学位。")
    y = p.wrapped(76, 300, body, 444, 15.5, 33, first_indent=31)
    y = max(y + 80, 540)
    committee = school + "学位评定委员会"
    p.text(520, y, committee, 14.5, "right")
    p.text(520, y + 36, f"主席：{chair}", 14.5, "right")
    p.text(520, y + 72, cn(award_date), 14.5, "right")
    p.seal(520 - text_width(committee, 14.5, MING) / 2, y + 16, 110, committee,
           seed=seed + 513, **ink(seed + 4))
    p.text(297, 780, "中华人民共和国国务院学位委员会监制", 8.5, "center", (120, 100, 80))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=committee)


# --------------------------------------------------------------------------- round 10
# Drawn by another hand after round 9's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round10` (drawn only by the others10 profile).

@layout(LAYOUTS, "degree.dier_xueshi", accepts=lambda a: a["degree"] == "学士")
def dier_xueshi(*, name, gender, birth, school, major, degree, level_word, number, award_date,
                chair, seed=0, **_) -> Built:
    """The 学士学位证书 of a 第二学士学位 (the two-year second bachelor's course for holders of
    a first degree, run under the 国家教委 rules of 1987 and revived from 2019): the portrait
    template of the ordinary certificate, but the prose 在本校…专业完成了第二学士学位教育，
    修完规定的课程，成绩合格，经审核符合《中华人民共和国学位条例》的规定，授予…学士学位
    and （第二学士学位） printed on its own line under it; the photo at the top centre, the
    证书编号 at the foot. Scanned on the office multi-function printer in its default black and
    white 文字 mode with the lid not pressed down: every colour, the seal too, in greys, and a
    dark band of the uncovered glass along the right and bottom edges."""
    from ._common import HEI, text_width

    disc = D.DISCIPLINE.get(major, "工学")
    grey, dark = (40, 40, 40), (26, 26, 26)
    p = Page(*A4, background=(252, 252, 252), font=MING)
    p.rect(566, 0, 29, 842, None, (52, 52, 54), 0)  # the uncovered glass
    p.rect(0, 812, 595, 30, None, (46, 46, 48), 0)
    p.rect(30, 26, 520, 770, grey, None, 2.0)
    p.rect(37, 33, 506, 756, grey, None, 0.5)
    p.text(290, 112, "学 士 学 位 证 书", 28, "center", dark, font=HEI)
    p.photo(241, 148, 98, 130, bg=(200, 200, 200))
    p.seal(328, 268, 60, school, seed=seed + 621, color=(205, 205, 205), strength=0.5)
    body = (f"{name}，{gender}，{cn(birth)}生。在本校{major}专业完成了第二学士学位教育，修完"
            "规定的课程，成绩合格，经审核符合《中华人民共和国学位条例》的规定，授予"
            f"{disc}学士学位。")
    y = p.wrapped(76, 350, body, 430, 15, 32, first_indent=30)
    p.text(290, y + 8, "（第二学士学位）", 15, "center")
    y = max(y + 90, 560)
    committee = school + "学位评定委员会"
    p.text(506, y, committee, 14.5, "right")
    p.text(506, y + 36, f"主席：{chair}", 14.5, "right")
    p.text(506, y + 72, cn(award_date), 14.5, "right")
    p.seal(506 - text_width(committee, 14.5, MING) / 2, y + 14, 108, committee,
           seed=seed + 623, color=(92, 92, 92), strength=0.9)
    p.text(76, 760, f"证书编号：{number}", 12, font=MICRO)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=committee)


# --------------------------------------------------------------------------- round 11
# Drawn by another hand after round 10's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round11` (drawn only by the others11 profile).

@layout(LAYOUTS, "degree.hongke_fanguang", cn_dates=False)
def hongke_fanguang(*, name, gender, birth, school, major, degree, level_word, number,
                    award_date, chair, seed=0, **_) -> Built:
    """The 学位证书 kept in its red hard cover (the 学位证书外壳 with 学位证书 stamped in gold
    under the gilt badge) and photographed open on a table with a phone, the cover's film
    catching the ceiling light: landscape 4:3, the desk round the cover, the left leaf red
    cloth with the gold badge ring and 学位证书 in gold, washed pale pink where the glare
    falls on it; the right leaf the portrait certificate tucked under its corner tabs: 学位
    证书 in red 楷体, the photo at the upper right with the committee's steel seal over its
    corner and 证书编号 in two lines beside it, the prose in 楷体 with the birth month and the
    award date in 〇-numerals, (学士) …完成了本科学习计划，业已毕业… or (graduate)
    …学科（专业）完成了硕士研究生培养计划，通过硕士学位论文答辩…, then the school's
    学位评定委员会 and 主席 lines under the committee's seal; a second, smaller glare spot on
    the film over the leaf's empty lower margin."""
    from ..layout import Ellipse, Line
    from ._common import HEI, desk, text_width

    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(960.0, 720.0, font=KAI)
    desk(p, seed + 1, 70, 50, 820, 620, paper=(150, 22, 30))
    gold = (214, 176, 96)
    for k, c in enumerate([(176, 70, 80), (204, 120, 128), (230, 170, 176)]):
        d = 300 - k * 80  # the ceiling light's glare on the cover's film
        p.items.append(Ellipse(260 - d / 2, 160 - d * 0.3, d, d * 0.6, c))
    p.rect(96, 76, 358, 568, gold, None, 1.2)
    p.seal(275, 250, 96, "", seed=seed, color=gold, strength=0.7)
    p.text(275, 400, "学 位 证 书", 30, "center", gold, font=HEI, line=False)
    p.items.append(Line(480, 56, 480, 664, 2.0, (110, 14, 22)))  # the spine's fold
    x0, y0, w, h = 500.0, 74.0, 370.0, 572.0
    p.rect(x0, y0, w, h, None, (250, 244, 230), 0)
    red = (170, 36, 36)
    p.rect(x0 + 10, y0 + 10, w - 20, h - 20, red, None, 1.4)
    for cx, cy in ((x0, y0), (x0 + w, y0), (x0, y0 + h), (x0 + w, y0 + h)):  # corner tabs
        p.items.append(Ellipse(cx - 14, cy - 14, 28, 28, (130, 18, 26)))
    p.text(x0 + 130, y0 + 70, f"{degree}学位证书", 22, "center", red)
    p.photo(x0 + 248, y0 + 38, 84, 112, bg=(70, 130, 200))
    p.seal(x0 + 318, y0 + 140, 56, "", seed=seed + 721, color=(228, 220, 200), strength=0.5)
    p.text(x0 + 40, y0 + 116, "证书编号：", 11, font=MING)
    p.text(x0 + 40, y0 + 134, number, 11.5, font=MICRO)
    ym_birth = cn_upper(birth[:7])
    if degree == "学士":
        study = f"在本校{major}专业完成了本科学习计划，业已毕业，"
    else:
        study = (f"在本校{major}学科（专业）完成了{level_word}培养计划，通过{degree}学位论文"
                 "答辩，")
    body = (f"{name}，{gender}，{ym_birth}生。{study}经审核符合《中华人民共和国学位条例》的"
            f"规定，授予{disc}{degree}学位。")
    y = p.wrapped(x0 + 36, y0 + 200, body, w - 72, 14, 30, first_indent=28)
    y = max(y + 40, y0 + 430)
    committee = school + "学位评定委员会"
    size = min(13.5, (w - 72) / text_width(committee, 1, KAI))
    p.text(x0 + w - 36, y, committee, size, "right")
    p.text(x0 + w - 36, y + 30, f"主席：{chair}", 13.5, "right")
    p.text(x0 + w - 36, y + 60, cn_upper(award_date), 13.5, "right")
    p.seal(x0 + w - 36 - text_width(committee, size, KAI) / 2, y + 8, 100, committee,
           seed=seed + 723, **ink(seed + 3))
    for k, c in enumerate([(248, 242, 232), (253, 251, 246)]):
        d = 90 - k * 40  # a second glare spot on the film over the empty lower margin
        p.items.append(Ellipse(x0 + 80 - d / 2, y0 + h - 30 - d * 0.15, d, d * 0.3, c))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=committee)


# --------------------------------------------------------------------------- round 12
# Drawn by another hand after round 11's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round12` (drawn only by the others12 profile).

@layout(LAYOUTS, "degree.daziji_1980s")
def daziji_1980s(*, name, gender, birth, school, major, degree, level_word, number,
                 award_date, chair, seed=0, **_) -> Built:
    """The 学位证书 of the first years of the 学位条例 (1982–early 1990s): a pre-printed
    portrait form bought from the 国务院学位委员会 supplier with blanks the school's office
    filled in on a Chinese typewriter (机械中文打字机) — the typed characters in 宋体 sitting
    on the printed underlines (the 编号 and the date in the purple ribbon ink); the dates
    typed in Arabic numerals (1986年7月); the photo glued at the upper left with a steel
    embossing seal across its corner; the 编号 typed at the top right. Scanned yellowed."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4, background=(240, 230, 204), font=MING)
    frame(p, (120, 40, 40), 26, 34, 1.4)
    p.text(297, 120, "学 位 证 书", 30, "center", (120, 40, 40), font=KAI)
    tp = (70, 40, 90)
    p.text(420, 170, "编号", 11, line=False)
    p.text(452, 170, number, 11, color=tp, line=False)
    p.lines.append(f"编号 {number}")
    p.hline(450, 540, 173, 0.5)
    p.photo(80, 150, 84, 112, bg=(230, 230, 230))
    p.seal(160, 250, 58, school, seed=seed + 901, color=(170, 170, 170), strength=0.45)
    b = birth.split("-")
    a = award_date.split("-")
    y = 320
    p.row([(80, name, y), (190, "，", y), (210, gender, y), (250, "，", y),
           (270, f"{int(b[0])}年{int(b[1])}月{int(b[2])}日", y), (420, "生。", y)], 15)
    for x1, x2 in ((78, 185), (205, 245), (265, 415)):
        p.hline(x1, x2, y + 4, 0.5)
    y += 40
    p.row([(80, "在", y), (104, school, y)], 15)
    p.hline(100, 520, y + 4, 0.5)
    y += 40
    p.row([(104, major, y), (330, "专业完成了", y), (420, level_word, y)], 15)
    p.hline(100, 325, y + 4, 0.5)
    y += 40
    p.text(80, y, "学习计划，业已毕业，经审核符合《中华人民共和国", 15)
    y += 40
    p.row([(80, "学位条例》的规定，授予", y), (260, disc, y), (320, f"{degree}学位。", y)], 15)
    y += 90
    p.text(300, y, school, 14)
    p.text(300, y + 34, f"学位评定委员会主席  {chair}", 14)
    p.text(300, y + 68, f"{int(a[0])}年{int(a[1])}月{int(a[2])}日", 14, color=tp)
    p.seal(390, y + 26, 100, school + "学位评定委员会", seed=seed + 902, color=(200, 40, 40),
           strength=0.75)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school + "学位评定委员会")


# --------------------------------------------------------------------------- round 13
# Drawn by another hand after round 12's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round13` (drawn only by the others13 profile).

@layout(LAYOUTS, "degree.shouchi_hengpai")
def shouchi_hengpai(*, name, gender, birth, school, major, degree, level_word, number,
                    award_date, chair, seed=0, **_) -> Built:
    """The loose landscape 学位证书 insert (taken out of its cover) held up in the left hand
    and photographed with the phone turned sideways (横拍, 4:3): an office's grey-blue wall
    and a desk edge behind, the sheet filling most of the frame, the holder's thumb over the
    lower left corner of the border (no text under it). The certificate: 学位证书 at the
    top, the photo at the upper right with the 证书编号 under it, the 2000s wording in 宋体
    (…生。在…专业完成了本科学业，成绩合格，根据《中华人民共和国学位条例》的规定，授予…
    学位。), the committee and chair at the lower right, the award date in Chinese numerals
    (2007年6月29日) under them and the committee's seal over both."""
    from ..layout import Ellipse

    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(800.0, 600.0, background=(118, 128, 140), font=MING)
    p.rect(0, 520, 800, 80, None, (150, 120, 90), 0)
    p.rect(66, 58, 690, 480, None, (70, 70, 76), 0)
    p.rect(58, 50, 690, 480, None, (248, 246, 240), 0)
    blue = (30, 60, 120)
    p.rect(72, 64, 662, 452, blue, None, 2.2)
    p.rect(80, 72, 646, 436, blue, None, 0.7)
    p.text(403, 128, "学 位 证 书", 28, "center", blue, font=KAI)
    p.photo(592, 150, 84, 112)
    p.text(634, 282, "证书编号", 10, "center")
    p.text(634, 300, number, 10, "center", font=MICRO)
    body = (f"{name}，{gender}，{cn(birth)}生。在{school}{major}专业完成了"
            f"{_plan(degree, level_word)}，成绩合格，根据《中华人民共和国学位条例》的规定，"
            f"授予{disc}{degree}学位。")
    y = p.wrapped(120, 176, body, 430, 14, 30, first_indent=28)
    y = max(y, 330)
    p.text(690, y + 40, f"{school}学位评定委员会", 13, "right")
    p.text(690, y + 68, f"主席  {chair}", 13, "right")
    p.text(690, y + 96, cn(award_date), 13, "right")
    p.seal(600, y + 64, 96, school + "学位评定委员会", seed=seed + 1311, **ink(seed + 1))
    skin = (222, 178, 146)
    p.items.append(Ellipse(18, 478, 118, 84, skin))
    p.items.append(Ellipse(-20, 520, 120, 110, skin))
    p.items.append(Ellipse(86, 488, 40, 30, (236, 204, 182)))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school + "学位评定委员会")


# --------------------------------------------------------------------------- round 14
# Drawn by another hand after round 13's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round14` (drawn only by the others14 profile).

@layout(LAYOUTS, "degree.shouyu_jueding_zhailu")
def shouyu_jueding_zhailu(*, name, gender, birth, school, major, degree, level_word, number,
                          award_date, chair, seed=0, **_) -> Built:
    """The school archive's certified copy of the 学位授予决定 (what a graduate whose
    学位证书 is lost or kept abroad can get from the 校档案馆 in a day, and some 职称 windows
    accept with the 学位证明书): the red-headed 文件 of the school — …大学文件 in red over a
    red rule, the 文号 校学位〔2010〕12号, 关于授予…届本科毕业生学士学位的决定 (or 研究生
    硕士学位), the decision taken at the 校学位评定委员会's meeting on the award date, the school
    seal over the date — with the 附件 名单（摘录） beneath: a ruled list of five graduates
    (序号 / 学院 / 专业 / 姓名 / 学位 / 证书编号) in 宋体, the holder's row run over with a
    yellow highlighter by the archive clerk, and the archive's blue rectangular 查档 stamp
    (复制件与馆藏档案原件一致, 档号, 查档人 = the holder, 经办人 and the copying date in pen)
    under the archive's red 档案证明专用章."""
    from ._common import HEI, PEN, other_people

    disc = D.DISCIPLINE.get(major, "工学")
    year = award_date[:4]
    red = (200, 24, 30)
    p = Page(*A4, background=(252, 252, 250), font=MING)
    p.text(297, 92, f"{school}文件", 30, "center", red, font=HEI)
    p.text(297, 132, f"校学位〔{year}〕{8 + seed % 17}号", 12, "center")
    p.items.append(Line(60, 144, 535, 144, 2.0, red))
    who = "本科毕业生" if degree == "学士" else "硕士研究生"
    p.text(297, 184, f"关于授予{year}届{who}{degree}学位的决定", 15, "center", font=HEI)
    p.text(66, 222, "各学院（部）：", 12)
    many = 2000 + seed % 3000 if degree == "学士" else 300 + seed % 400
    body = (f"根据《中华人民共和国学位条例》及其暂行实施办法和《{school}学位授予工作细则》，"
            f"经{cn(award_date)}校学位评定委员会第{3 + seed % 9}次会议审议，决定授予"
            f"{many}名{who}{degree}学位（名单附后）。")
    y = p.wrapped(66, 248, body, 464, 12, 22, first_indent=24)
    p.text(430, y + 30, school, 12, "center")
    p.text(430, y + 56, cn(award_date), 12, "center")
    p.seal(430, y + 38, 100, school, seed=seed + 1501, **ink(seed))
    # the annex, an extract of the list
    y += 96
    p.text(66, y, f"附件：{year}届{who}{degree}学位授予名单（摘录）", 12, font=HEI)
    serial = int(number[-6:])
    others = other_people(f"{name}:{number}", 4, (int(year) - 24, int(year) - 21))
    rows = [["序号", "学院", "专业", "姓名", "学位", "证书编号"]]
    pos = 1 + seed % 4
    college = {"工学": "工程学院", "管理学": "商学院", "理学": "理学院", "文学": "文学院"}
    for i in range(5):
        who_ = name if i == pos else others[i - (1 if i > pos else 0)][0]
        no = f"{number[:-6]}{serial + i - pos:06d}"
        rows.append([str(serial % 900 + i + 1), college.get(disc, "学院"), major, who_,
                     f"{disc}{degree}", no])
    widths = [36, 58, 150, 54, 60, 118]
    ty = y + 14
    hy = ty + 24 * (pos + 1)
    p.rect(60, hy + 2, sum(widths), 20, None, (250, 236, 120), 0)
    p.font = MING
    p.table(60, ty, widths, rows, 24, 9.5 if len(major) < 12 else 8)
    # the archive's stamp
    sy = ty + 24 * 6 + 40
    blue = (40, 70, 160)
    p.rect(300, sy, 236, 112, blue, None, 1.4)
    p.text(418, sy + 22, "复制件与馆藏档案原件一致", 11, "center", blue, line=False)
    p.text(312, sy + 46, f"档号：XW{year}-{seed % 90 + 10}-{pos + 3:03d}", 10, color=blue,
           line=False)
    p.text(312, sy + 68, f"查档人：{name}", 10, color=blue, line=False)
    p.text(312, sy + 92, "经办人：", 10, color=blue, line=False)
    p.text(360, sy + 94, f"黄敏  2024.{5 + seed % 3}.{10 + seed % 18}", 12, color=PEN,
           font=KAI, line=False)
    arch = f"{school}档案馆"
    p.seal(480, sy + 60, 86, arch, bottom="档案证明专用章", seed=seed + 1502,
           **ink(seed + 3))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school)


# --------------------------------------------------------------------------- round 15
# Drawn by another hand after round 14's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round15` (drawn only by the others15 profile).

@layout(LAYOUTS, "degree.shupai_zhusilan", cn_dates=False)
def shupai_zhusilan(*, name, gender, birth, school, major, degree, level_word, number,
                    award_date, chair, seed=0, **_) -> Built:
    """The vertical (竖排) 学位证书 that some old-line and art universities print in the
    traditional 书札 style: landscape, a cream 宣纸-like ground ruled with red column lines
    (朱丝栏) inside a red double frame, the text in 楷体 columns read top to bottom and right
    to left: 学位证书 in the first column at the right, then the holder (name, gender, birth
    year and month in 〇-numerals), the school and major, the 业已毕业 sentence, 经审核符合
    《中华人民共和国学位条例》的规定 and 授予…学位; the committee, its chair and the award
    date (二〇〇七年六月二十九日) in the columns at the left under the committee's seal; the
    photo at the upper left corner with the 证书编号 written vertically (Arabic digits stacked
    one under another) in the column beside it. Photographed flat with a phone in daylight."""
    from ._common import vtext

    disc = D.DISCIPLINE.get(major, "工学")
    red, ink_ = (176, 38, 36), (30, 24, 20)
    p = Page(*A4_LANDSCAPE, background=(244, 236, 214), font=KAI)
    p.rect(26, 26, 790, 543, red, None, 2.4)
    p.rect(34, 34, 774, 527, red, None, 0.7)
    col = 40.0
    xs = [780 - i * col for i in range(18)]
    for i in range(19):
        x = 800 - i * col
        p.items.append(Line(x, 34, x, 561, 0.5, (214, 120, 110)))
    study = "本科学习计划" if degree == "学士" else f"{level_word}培养计划"
    cols = [(f"{name}　{gender}　{cn_upper(birth[:7])}生", 56),
            (f"在{school}", 56), (f"{major}专业", 92),
            (f"完成了{study}业已毕业", 56),
            ("经审核符合《中华人民共和国", 56), ("学位条例》的规定", 92),
            (f"授予{disc}{degree}学位", 56)]
    vtext(p, xs[0] - 6, 92, "学　位　证　书", 30, red, step=36)
    c = 2
    for text, top in cols:
        vtext(p, xs[c], top + 20, text, 18, ink_, step=21)
        c += 1
    c += 2
    vtext(p, xs[c], 150, f"{school}学位评定委员会", 17, ink_, step=20)
    vtext(p, xs[c + 1], 250, f"主席　{chair}", 17, ink_, step=20)
    vtext(p, xs[c + 2], 230, cn_upper(award_date), 17, ink_, step=20)
    p.seal(xs[c + 1], 380, 110, school + "学位评定委员会", seed=seed + 1503, **ink(seed + 2))
    # the photo and the number at the left
    p.photo(70, 70, 94, 126, bg=(232, 232, 228))
    p.seal(150, 186, 60, school, seed=seed + 1504, color=(214, 204, 178), strength=0.5)
    vtext(p, xs[17], 240, "证书编号", 12, ink_, step=15)
    vtext(p, xs[17], 310, number, 12, ink_, step=14.2, font=MING)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school + "学位评定委员会")


# --------------------------------------------------------------------------- round 16
# Drawn by another hand after round 15's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round16` (drawn only by the others16 profile).

@layout(LAYOUTS, "degree.fangwei_biaoqian", cn_dates=False)
def fangwei_biaoqian(*, name, gender, birth, school, major, degree, level_word, number,
                     award_date, chair, seed=0, **_) -> Built:
    """The portrait 学位证书 of schools that, in the 2000s, fought fakes with a round laser
    anti-counterfeit label (激光防伪标签, a holographic sticker with the school badge and its
    own printer's serial No. A… — not the certificate number) stuck over the lower corner of
    the photo, and that printed the 学位证书编号 on a small white self-adhesive label (不干胶
    编号签) put in the 编号 box by the degree office. Scanned on a flatbed: the hologram comes
    out as a dark mottled silver disc with rainbow flecks, the white sticker's edge casts a
    thin grey shadow and sits a little off the printed box. The form: 学位证书 in red 宋体 at
    the top, the photo centred under it, the prose in 楷体 (…在…专业完成了本科学习
    计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予…学士学位), the committee
    and its 主席 under the seal and the date written in 〇-numerals (二〇〇七年六月二十九日)."""
    from ..layout import Ellipse

    disc = D.DISCIPLINE.get(major, "工学")
    red, dark = (168, 34, 38), (28, 28, 30)
    p = Page(*A4, background=(250, 247, 238), font=KAI)
    frame(p, (176, 140, 70), 24, 32, 2.6)
    p.text(297, 110, "学 位 证 书", 32, "center", red, font=MING)
    p.photo(252, 146, 90, 120, bg=(236, 236, 236))
    # the laser label over the photo's lower right corner
    p.items.append(Ellipse(318, 240, 46, 46, (120, 124, 132)))
    p.items.append(Ellipse(326, 248, 30, 30, (168, 172, 182)))
    for k, col in enumerate([(206, 120, 170), (110, 190, 200), (220, 210, 120)]):
        p.items.append(Ellipse(324 + 9 * k, 252 + 6 * (k % 2), 8, 5, col))
    p.text(341, 300, f"No.A{(seed * 7) % 10000000:07d}", 6.5, "center", (120, 120, 120),
           line=False, font=MING)
    plan = "本科学习计划" if degree == "学士" else f"{level_word}培养计划"
    body = (f"{name}，{gender}，{cn_upper(birth[:7])}生。在{school}{major}专业完成了{plan}，"
            f"业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    y = p.wrapped(92, 340, body, 412, 16, 34, first_indent=32)
    y = max(y + 50, 560)
    p.text(330, y, f"{school}学位评定委员会", 15, color=dark)
    p.text(330, y + 32, f"主　席　{chair}", 15, color=dark)
    p.text(330, y + 64, cn_upper(award_date), 15, color=dark)
    p.seal(420, y + 24, 106, school + "学位评定委员会", seed=seed + 1603, **ink(seed + 2))
    # the printed number box and the sticker in it, a little off
    p.text(88, 742, "证书编号", 11, color=dark, font=MING)
    p.rect(146, 726, 150, 24, (150, 130, 100), None, 0.6)
    p.rect(152, 731, 150, 22, None, (176, 176, 176), 0)
    p.rect(150, 729, 150, 22, (200, 200, 200), (255, 255, 255), 0.4)
    p.text(225, 745, number, 11, "center", (20, 20, 20), font=MING)
    p.text(297, 796, "中华人民共和国国务院学位委员会监制", 8.5, "center", (120, 100, 70),
           line=False, font=MING)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school + "学位评定委员会")


# --------------------------------------------------------------------------- round 17
# Drawn by another hand after round 16's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round17` (drawn only by the others17 profile).

def _curl_line(p: Page, x: float, y: float, text: str, size: float, gutter: float,
               side: int, color=(30, 30, 30)):
    """One line of a bound leaf pressed on a scanner's glass: the characters near the gutter
    (side -1: the gutter lies left of the text, +1: right) sink and narrow as the page curls
    away from the glass. One truth line."""
    from ..layout import Text
    from ._common import text_width

    cx = x
    for ch in text:
        cw = text_width(ch, size, p.font)
        d = max(0.0, 70.0 - abs(cx + cw / 2 - gutter)) / 70.0  # 1 at the gutter, 0 away
        s = size * (1 - 0.22 * d * d)
        shade = int(30 + 70 * d * d)
        p.items.append(Text(cx, y + 9 * d * d, ch, s, "left",
                            tuple(min(255, c + shade - 30) for c in color), p.font))
        cx += cw * (1 - 0.3 * d * d)
    if text.strip():
        p.lines.append(text.strip())


@layout(LAYOUTS, "degree.zhuangding_juanqu")
def zhuangding_juanqu(*, name, gender, birth, school, major, degree, level_word, number,
                      award_date, chair, seed=0, **_) -> Built:
    """The 学位证书 left in its hard-cover booklet (the leaves glued to the cover, so it
    cannot lie flat) and pressed face down on an office flatbed for the upload: the two inner
    leaves side by side on a landscape scan, the spine's dark gutter down the middle, the
    paper curling up from the glass towards it so that near the gutter every line sinks, its
    characters narrow and grey, and a grey gradient shadow runs along both sides of the
    spine; the cover's dark red cloth shows at the outer edges, the lid's white beyond. Left
    leaf: 学位证书 in red over the photo with the steel-seal ring across its corner, the
    证书编号 under it. Right leaf, in 宋体, lines starting right at the curl: the holder's
    name, sex and birth date, 在…专业完成了…学业 (or …培养计划，通过…学位论文答辩), the
    《中华人民共和国学位条例》 sentence with the degree named in full (工学学士学位), the
    committee chair and the date in 〇-numerals at the lower right under the school seal."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(842.0, 560.0, background=(248, 248, 248), font=MING)
    p.rect(26, 24, 790, 512, None, (120, 32, 36), 0)  # the cover cloth
    p.rect(40, 36, 762, 488, None, (246, 242, 230), 0)
    g = 421.0
    for k in range(14):  # the gutter's shadow, darker towards the spine
        t = k / 13
        c = int(246 - 150 * t * t)
        half = 48 - k * 3.4
        p.rect(g - half, 36, 2 * half, 488, None, (c, c - 4, c - 14), 0)
    p.rect(g - 2, 36, 4, 488, None, (60, 40, 36), 0)
    red = (170, 30, 36)
    p.text(210, 108, "学 位 证 书", 26, "center", red)
    p.photo(166, 150, 90, 120, bg=(206, 58, 58))
    p.seal(250, 262, 62, school, seed=seed + 1703, color=(200, 200, 196), strength=0.5)
    p.text(210, 316, "证书编号", 11, "center", line=False)
    p.text(210, 338, number, 12, "center")
    p.text(210, 470, "中华人民共和国国务院学位委员会监制", 8.5, "center", (120, 100, 70),
           line=False)
    y0, m0, d0 = birth.split("-")
    if degree == "学士":
        body = (f"{name}，{gender}，{int(y0)}年{int(m0)}月{int(d0)}日生。在{school}{major}专业"
                f"完成了本科学业，成绩合格，依照《中华人民共和国学位条例》的规定，授予{disc}学士学位。")
    else:
        body = (f"{name}，{gender}，{int(y0)}年{int(m0)}月{int(d0)}日生。在{school}{major}专业"
                f"完成了{level_word}培养计划，通过{degree}学位论文答辩，成绩合格，依照"
                f"《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    from ..layout import wrap

    y = 120.0
    for i, part in enumerate(wrap(body, 336, 14, 28, MING)):
        _curl_line(p, g + 22 + (28 if i == 0 else 0), y, part, 14, g, -1)
        y += 30
    y = max(y + 30, 380)
    p.text(580, y, f"{school}学位评定委员会", 13)
    p.text(580, y + 28, f"主席：{chair}", 13)
    p.text(580, y + 56, cn_upper(award_date), 13)
    p.seal(660, y + 18, 96, school, bottom="学位评定委员会", seed=seed + 1704, **ink(seed + 2))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school + "学位评定委员会")


# --------------------------------------------------------------------------- round 18
# Drawn by another hand after round 17's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round18` (drawn only by the others18 profile).

@layout(LAYOUTS, "degree.xuewei_zhongxin_renzheng")
def xuewei_zhongxin_renzheng(*, name, gender, birth, school, major, degree, level_word, number,
                             award_date, chair, seed=0, **_) -> Built:
    """The 学位认证报告 of the 教育部学位与研究生教育发展中心 (学位中心, CDGDC), the paid
    verification that 中国学位与研究生教育信息网 (chinadegrees.cn) issues when a degree must be
    proved to an employer or a 职称 window and the school's own record is old: a portrait A4 on
    pale green security paper with a fine guilloche border, the centre's name and 学位认证报告
    in 黑体 at the top, 认证报告编号 and 报告日期 at the upper right, then the finding as one
    sentence (经认证，某某…获得…大学授予的工学学士学位…学位证书编号为…，该学位证书真实有效。),
    a ruled 认证信息 table with the degree photo (姓名 / 性别 / 出生日期 / 学位授予单位 / 专业 /
    学位 / 获学位日期 2007年6月29日 / 学位证书编号), the centre's round 认证专用章 over the date
    and a 说明 block in small type at the foot (how to check the report online, the report's
    验证码). The report date is years after the award, as such reports are."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4, background=(236, 246, 238), font=MING)
    green = (40, 110, 80)
    p.rect(22, 22, 551, 798, green, None, 2.0)
    for k in range(1, 6):
        p.rect(22 + 2 * k, 22 + 2 * k, 551 - 4 * k, 798 - 4 * k, (150, 196, 170), None, 0.4)
    p.text(297, 78, "教育部学位与研究生教育发展中心", 15, "center", green, font=HEI)
    p.text(297, 116, "学 位 认 证 报 告", 26, "center", (30, 60, 50), font=HEI)
    ry = max(min(int(award_date[:4]) + 8 + seed % 4, 2023), int(award_date[:4]) + 1)
    rdate = f"{ry}-{3 + seed % 8:02d}-{10 + seed % 17:02d}"
    p.text(520, 150, f"认证报告编号：{ry}{seed % 10 ** 6:06d}", 10, "right")
    p.text(520, 168, f"报告日期：{cn(rdate)}", 10, "right")
    body = (f"经认证，{name}于{cn(award_date)}获得{school}授予的{disc}{degree}学位，"
            f"专业为{major}，学位证书编号为{number}。该学位证书真实有效。")
    y = p.wrapped(70, 214, body, 455, 14, 28, first_indent=28)
    p.text(70, y + 18, "认证信息", 13, font=HEI)
    rows = [["姓        名", name], ["性        别", gender], ["出生日期", cn(birth)],
            ["学位授予单位", school], ["专        业", major], ["学        位", f"{disc}{degree}"],
            ["获学位日期", cn(award_date)], ["学位证书编号", number]]
    top = y + 32
    yb = grid(p, 70, top, [104, 246], rows, 30, 12, align_left=True)
    p.rect(424, top, 101, 8 * 30, (0, 0, 0), None, 0.8)
    p.photo(434, top + 40, 81, 108, bg=(236, 240, 244))
    p.text(380, yb + 60, "教育部学位与研究生教育发展中心", 12, "center")
    p.text(380, yb + 86, cn(rdate), 12, "center")
    p.seal(390, yb + 64, 100, "教育部学位与研究生教育发展中心", bottom="认证专用章",
           seed=seed + 1801, **ink(seed))
    notes = ["说明：1. 本报告仅证明上述学位证书的真实性。",
             "2. 本报告可登录中国学位与研究生教育信息网（www.chinadegrees.cn）查询核实，"
             f"验证码：{(seed * 7) % 10 ** 8:08d}。",
             "3. 本报告涂改无效。"]
    y = max(yb + 150, 700)
    for k, line in enumerate(notes):
        y = p.wrapped(70 + (0 if k == 0 else 30), y, line, 455 - (0 if k == 0 else 30), 9,
                      15)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal="教育部学位与研究生教育发展中心")


# --------------------------------------------------------------------------- round 19
# Drawn by another hand after round 18's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round19` (drawn only by the others19 profile).

@layout(LAYOUTS, "degree.lianhe_peiyang")
def lianhe_peiyang(*, name, gender, birth, school, major, degree, level_word, number,
                   award_date, chair, seed=0, **_) -> Built:
    """The 学位证书 of a 联合培养 student (a graduate trained jointly by the school and a
    中国科学院 institute, or an undergraduate of the 卓越工程师 校企联合培养 track): the
    degree is awarded by the school alone, but the certificate names the partner in its
    sentence and carries the partner's name in a second line under the school's at the top,
    both in 楷体 on a pale blue portrait sheet; the 证书编号 in the lower left, the chair of
    the school's 学位评定委员会 and the date in Chinese numerals at the lower right."""
    disc = D.DISCIPLINE.get(major, "工学")
    partner = ("中国科学院广州地球化学研究所" if degree != "学士"
               else "上汽通用五菱汽车股份有限公司")
    way = "联合培养" if degree != "学士" else "校企联合培养（卓越工程师教育培养计划）"
    p = Page(*A4, background=(240, 245, 250), font=KAI)
    blue = (30, 60, 120)
    frame(p, blue, 20, 28, 2.0)
    p.text(297, 100, school, 26, "center", blue)
    p.text(297, 132, f"{partner}  联合培养", 13, "center", (80, 100, 140), line=False)
    p.text(297, 186, "学 位 证 书", 28, "center", (150, 30, 30))
    p.photo(250, 214, 94, 124, bg=(230, 236, 244))
    body = (f"{name}，{gender}，{cn(birth)}生。在本校与{partner}{way}，于{major}专业完成了"
            f"{_plan(degree, level_word)}，成绩合格，依照《中华人民共和国学位条例》的规定，"
            f"授予{disc}{degree}学位。")
    y = p.wrapped(80, 386, body, 435, 15, 32, first_indent=30)
    y = max(y + 60, 640)
    p.text(320, y, f"{school}学位评定委员会", 14)
    p.text(320, y + 32, f"主席：{chair}", 14)
    p.text(320, y + 64, cn(award_date), 14)
    p.seal(420, y + 20, 110, school, seed=seed + 1901, **ink(seed + 2))
    p.text(70, 780, f"证书编号：{number}", 12)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school)


# --------------------------------------------------------------------------- round 20
# Drawn by another hand after round 19's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round20` (drawn only by the others20 profile).

@layout(LAYOUTS, "degree.ziliaoce_chaye")
def ziliaoce_chaye(*, name, gender, birth, school, major, degree, level_word, number,
                   award_date, chair, seed=0, **_) -> Built:
    """The 学位证书 kept in the clear-sleeve A4 display book (资料册 / 插页文件夹) in which
    many applicants file every certificate, photographed open on the office desk without
    taking the sheet out: two portrait sleeves side by side with the book's black glued spine
    between them and the plastic's pale sheen streaks in the margins. In the LEFT sleeve the
    certificate filed before it, the 全国大学英语四、六级考试成绩报告单 (CET score report: the
    holder's name and school again, 考试时间 a year or two before the degree, 准考证号, the
    total and part scores) — another document with other dates and numbers; in the RIGHT
    sleeve the portrait 学位证书 in 宋体: the school over 学士学位证书 / 硕士学位证书, the photo
    centred, the prose with the birth date in Chinese numerals (一九八五年三月二十七日生), the
    committee and chair with the award date in Chinese numerals under the seal, 证书编号 at
    the foot."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4_LANDSCAPE, background=(96, 74, 52), font=MING)
    p.rect(28, 22, 790, 556, None, (24, 24, 28), 0)  # the book's black cover
    lx, rx, y0, w, h = 40, 428, 32, 374, 536
    for x in (lx, rx):
        p.rect(x, y0, w, h, None, (244, 244, 240), 0)
    p.rect(414, 22, 14, 556, None, (40, 40, 44), 0)  # the spine
    # left sleeve: the CET score report, a smaller landscape sheet
    cet = "六" if degree != "学士" else "四"
    year = int(award_date[:4]) - (1 if degree != "学士" else 2)
    ex, ey = lx + 18, y0 + 110
    p.rect(ex, ey, w - 36, 250, (120, 150, 120), (236, 244, 236), 1.2)
    p.text(lx + w / 2, ey + 30, "全国大学英语四、六级考试成绩报告单", 12, "center",
           (40, 90, 60), font=HEI)
    p.text(lx + w / 2, ey + 50, f"College English Test Band {'Six' if cet == '六' else 'Four'}",
           8, "center", (40, 90, 60), line=False)
    month = 6 if seed % 2 else 12
    rows = [("姓    名", name), ("学    校", school), ("考试时间", f"{year}年{month}月"),
            ("准考证号", f"45{seed * 7919 % 10 ** 13:013d}"), ("总    分", str(430 + seed % 160))]
    yy = ey + 80
    for lab, val in rows:
        p.row([(ex + 20, lab, yy), (ex + 90, val, yy)], 10)
        yy += 24
    p.text(ex + 20, yy + 6, "听力  阅读  写作和翻译", 9, color=(90, 90, 90), line=False)
    p.text(lx + w / 2, ey + 236, "教育部考试中心", 9, "center", (90, 90, 90), line=False)
    # right sleeve: the portrait degree certificate
    red = (160, 30, 34)
    p.rect(rx + 14, y0 + 14, w - 28, h - 28, red, None, 1.8)
    p.text(rx + w / 2, y0 + 70, school, 20, "center", (30, 30, 30))
    p.text(rx + w / 2, y0 + 104, f"{degree}学位证书", 18, "center", red)
    p.photo(rx + w / 2 - 38, y0 + 124, 76, 100, bg=(70, 120, 190))
    body = (f"{name}，{gender}，{cn_upper(birth)}生。在{school}{major}专业完成了"
            f"{_plan(degree, level_word)}，成绩合格，依照《中华人民共和国学位条例》的规定，"
            f"授予{disc}{degree}学位。")
    y = p.wrapped(rx + 40, y0 + 262, body, w - 80, 11.5, 24, first_indent=23)
    y = max(y + 30, y0 + 430)
    p.text(rx + 180, y, f"{school}学位评定委员会", 10.5)
    p.text(rx + 180, y + 22, f"主席：{chair}", 10.5)
    p.text(rx + 180, y + 44, cn_upper(award_date), 10.5)
    p.seal(rx + 260, y + 18, 76, school, seed=seed + 2001, **ink(seed + 1))
    p.text(rx + 36, y0 + h - 30, f"证书编号：{number}", 9.5)
    # the sleeves' sheen: pale streaks in the margins, over nothing printed
    for x in (lx, rx):
        p.rect(x + 6, y0 + 8, 5, h - 16, None, (252, 252, 252), 0)
        p.rect(x + w - 10, y0 + 30, 3, h - 60, None, (232, 234, 236), 0)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school)


# --------------------------------------------------------------------------- round 21
# Drawn by another hand after round 20's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round21` (drawn only by the others21 profile).

@layout(LAYOUTS, "degree.zikao_xueshi", accepts=lambda a: a["degree"] == "学士")
def zikao_xueshi(*, name, gender, birth, school, major, degree, level_word, number,
                 award_date, chair, seed=0, **_) -> Built:
    """The 学士学位证书 a 主考学校 awards to a 高等教育自学考试 本科 graduate (the 自考
    bachelor's degree: the provincial 自考委 issues the 毕业证书, and the university that is the
    major's 主考学校 awards the degree to graduates who pass its 学位课程考试 and 学位外语
    test): the school's ordinary landscape 学士学位证书 template, but the sentence names the
    self-study route (…参加高等教育自学考试，在…专业（本科）完成了本科学业，成绩合格，业已
    毕业，并通过学位课程考试和学位外语考试。经审核符合《中华人民共和国学位条例》的规定，
    授予…学士学位。), the 自考 准考证号 printed on the left under the photo (another
    12-digit number, not the certificate's), the 证书编号 at the lower left, the chair's line
    and the award date in Chinese numerals at the right under the school's seal. Scanned at
    the 人社 window's flatbed in colour with the lid not pressed down: the certificate smaller
    than the A4-landscape bed, the bed's white lid beyond its right and lower edges with a
    grey shadow along them."""
    disc = D.DISCIPLINE.get(major, "工学")
    p = Page(*A4_LANDSCAPE, background=(250, 250, 250), font=MING)
    x0, y0, w, h = 0, 0, 768, 540
    p.rect(x0 + w, y0 + 6, 5, h, None, (150, 150, 150), 0)
    p.rect(x0 + 6, y0 + h, w, 5, None, (150, 150, 150), 0)
    p.rect(x0, y0, w, h, None, (246, 243, 230), 0)
    blue = (40, 80, 140)
    p.rect(x0 + 16, y0 + 16, w - 32, h - 32, blue, None, 2.4)
    for k in range(x0 + 28, x0 + w - 28, 12):
        p.rect(k, y0 + 24, 6, 3, None, (190, 204, 226), 0)
        p.rect(k + 6, y0 + h - 27, 6, 3, None, (190, 204, 226), 0)
    p.text(w / 2, y0 + 80, school, 24, "center", (30, 30, 30))
    p.text(w / 2, y0 + 124, "学 士 学 位 证 书", 28, "center", (170, 30, 36), font=HEI)
    p.photo(x0 + 56, y0 + 160, 92, 122, bg=(68, 128, 196))
    zkz = f"{(seed * 97 + 13) % 10 ** 6:06d}"
    p.text(x0 + 56, y0 + 306, "准考证号：", 10.5, color=(80, 80, 80))
    p.text(x0 + 56, y0 + 322, f"0{3 + seed % 5}{number[:4]}{zkz}", 10.5, color=(80, 80, 80))
    body = (f"{name}，{gender}，{cn_upper(birth)}生。参加高等教育自学考试，在{major}专业"
            f"（本科）完成了本科学业，成绩合格，业已毕业，并通过学位课程考试和学位外语考试。"
            "经审核符合《中华人民共和国学位条例》的规定，授予" + f"{disc}{degree}学位。")
    y = p.wrapped(x0 + 190, y0 + 178, body, 510, 15, 31, first_indent=30)
    y = max(y + 40, y0 + 400)
    p.text(x0 + 470, y, f"{school}校长", 13)
    p.text(x0 + 470, y + 26, f"学位评定委员会主席：{chair}", 13)
    p.text(x0 + 470, y + 52, cn_upper(award_date), 13)
    p.seal(x0 + 560, y + 16, 100, school, seed=seed + 2101, **ink(seed + 2))
    p.text(x0 + 56, y0 + h - 48, f"证书编号：{number}", 11.5)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school)


# --------------------------------------------------------------------------- round 22
# Drawn by another hand after round 21's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round22` (drawn only by the others22 profile).

EN_MONTH22 = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


@layout(LAYOUTS, "degree.fanyi_gongsi", pages=2, cn_dates=False)
def fanyi_gongsi(*, name, gender, birth, school, major, degree, level_word, number,
                 award_date, chair, seed=0, **_) -> Built:
    """The degree certificate with its certified English translation, as a translation
    company (翻译有限公司, the kind registered to stamp 翻译专用章 for visa, study-abroad and
    foreign-expert files) returns it stapled, and as the applicant scanned the whole set
    because it was the copy at hand: page 1 the company's colour copy of the certificate on a
    portrait A4 (the landscape 学位证书 reduced into the upper half — the school, 学位证书, the
    photo at the left, the prose with the birth date and award date in Chinese numerals with
    〇, the chair's line under the school's seal and 证书编号 at the lower left), the company's
    round 翻译专用章 stamped half over the copy's lower edge (it stamps every page it
    certifies), and a pencilled 原件 mark; page 2 the translation itself, typed in 宋体: DEGREE
    CERTIFICATE, the sentence in English (…born on June 14, 1993, has completed the
    undergraduate programme in …) with the school and the major left in Chinese (the school
    in brackets under the title), Certificate No., the date in English, then the translator's
    declaration (I hereby certify that this is a true and accurate translation…) with the
    translator's name and 翻译资格 certificate number, the company's name and its red
    翻译专用章 over it."""
    disc = D.DISCIPLINE.get(major, "工学")
    firm = "柳州译通翻译服务有限公司"
    # page 1: the colour copy of the certificate
    p = Page(*A4, background=(252, 252, 252), font=MING)
    x0, y0, w, h = 40, 60, 515, 362
    p.rect(x0, y0, w, h, None, (244, 238, 222), 0)
    red = (168, 40, 40)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, red, None, 1.8)
    p.rect(x0 + 17, y0 + 17, w - 34, h - 34, red, None, 0.5)
    p.text(x0 + w / 2, y0 + 56, school, 17, "center")
    p.text(x0 + w / 2, y0 + 88, "学 位 证 书", 20, "center", red, font=HEI)
    p.photo(x0 + 34, y0 + 112, 64, 86, bg=(66, 128, 196))
    body = (f"{name}，{gender}，{cn_upper(birth)}生。在本校{major}专业完成了"
            f"{level_word}学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
            f"授予{disc}{degree}学位。")
    y = p.wrapped(x0 + 118, y0 + 124, body, 360, 11.5, 23, first_indent=23)
    y = max(y + 18, y0 + 262)
    p.text(x0 + 300, y, f"{school}学位评定委员会", 10.5)
    p.text(x0 + 300, y + 20, f"主席：{chair}", 10.5)
    p.text(x0 + 300, y + 40, cn_upper(award_date), 10.5)
    p.seal(x0 + 390, y + 14, 78, school, seed=seed + 2203, **ink(seed))
    p.text(x0 + 34, y0 + h - 30, f"证书编号：{number}", 10.5)
    p.seal(x0 + w - 70, y0 + h + 4, 70, firm, bottom="翻译专用章", seed=seed + 2204,
           color=(200, 40, 44), strength=0.85)
    p.text(x0 + 6, y0 + h + 44, "原件", 12, color=(120, 120, 120), line=False, font=KAI)
    p.text(297, 810, "— 1 —", 10, "center", (120, 120, 120), line=False)
    # page 2: the translation
    q = Page(*A4, background=(255, 255, 255), font=MING)
    q.text(297, 70, "Translation", 11, "center", (90, 90, 90), line=False)
    q.text(297, 110, "DEGREE CERTIFICATE", 20, "center")
    q.text(297, 136, f"({school})", 12, "center")
    en_deg = EN_DEGREE.get(degree, degree)
    en_disc = EN_DISC.get(disc, disc)
    by, bm, bd = (int(v) for v in birth.split("-"))
    ay, am, ad = (int(v) for v in award_date.split("-"))
    en_gender = "male" if gender == "男" else "female"
    prog = "undergraduate" if degree == "学士" else "graduate"
    text = (f"{name}, {en_gender}, born on {EN_MONTH22[bm - 1]} {bd}, {by}, has completed "
            f"the {prog} programme in the speciality of {major} of this university and "
            "has graduated. Having been examined and found in compliance with the "
            "Regulations on Academic Degrees of the People's Republic of China, "
            f"the holder is hereby conferred the degree of {en_deg} of {en_disc}.")
    y = q.wrapped(70, 190, text, 455, 12.5, 24, first_indent=24)
    y += 20
    q.text(290, y, "Chairman of the Academic Degree Committee", 10.5, line=False)
    q.text(290, y + 18, f"of {school}: {chair}", 10.5)
    q.text(290, y + 44, f"{EN_MONTH22[am - 1]} {ad}, {ay}", 11)
    q.text(70, y + 86, f"Certificate No.: {number}", 11.5)
    q.hline(70, 525, y + 120, 0.6)
    decl = ("I hereby certify that this is a true and accurate translation of the "
            "original Chinese document, which I have seen.")
    y2 = q.wrapped(70, y + 150, decl, 455, 10.5, 18)
    tr = ("曹春宁", "彭家泽", "萧玉兰")[seed % 3]
    q.text(70, y2 + 20, f"Translator: {tr}    CATTI No. {20140 + seed % 900}0{seed % 97:02d}",
           10.5, line=False)
    q.text(70, y2 + 44, f"{firm}（翻译专用章）", 10.5, line=False)
    q.seal(260, y2 + 30, 86, firm, bottom="翻译专用章", seed=seed + 2205, color=(200, 40, 44),
           strength=0.9)
    q.text(297, 810, "— 2 —", 10, "center", (120, 120, 120), line=False)
    return Built("degree", [p, q], _fields(name, school, major, degree, number, award_date),
                 seal=school)


def _glare(p: Page, box, band, color, width):
    """One diagonal stroke of the glass's reflection band, clipped to box (x, y, w, h)."""
    (x1, y1), (x2, y2) = band
    bx, by, bw, bh = box
    t0, t1 = 0.0, 1.0
    for d, lo, hi in ((x2 - x1, bx - x1, bx + bw - x1), (y2 - y1, by - y1, by + bh - y1)):
        if d == 0:
            if lo > 0 or hi < 0:
                return
            continue
        a, b = sorted((lo / d, hi / d))
        t0, t1 = max(t0, a), min(t1, b)
    if t1 > t0:
        p.items.append(Line(x1 + (x2 - x1) * t0, y1 + (y2 - y1) * t0,
                            x1 + (x2 - x1) * t1, y1 + (y2 - y1) * t1, width, color))


@layout(LAYOUTS, "degree.jingkuang_guabi")
def jingkuang_guabi(*, name, gender, birth, school, major, degree, level_word, number,
                    award_date, chair, seed=0, **_) -> Built:
    """The landscape 学位证书 framed behind glass and hung on the wall of the applicant's
    study (the 证书框 sold with a cream 卡纸 mat), photographed where it hangs because the
    frame is screwed shut: a phone photo (4:3) of the pale wall, the picture wire running up
    to its nail, the dark walnut frame with its shadow on the wall, the wide off-white mat and
    the certificate inside it; a window's reflection crosses the glass as a pale diagonal
    band (two strokes, lighter on the frame, washing the mat and the paper under the print)
    and a small bright ceiling-lamp spot sits on the upper margin. The certificate: the
    school's name over 学 位 证 书 in 黑体, the photo at the left with 证书编号 and the number
    under it, the prose in 仿宋-like 宋体 to its right with the birth year and month only
    (…，1990年5月生。在本校…专业完成了本科学业（…研究生培养计划），成绩合格，符合《中华
    人民共和国学位条例》的规定，授予 and the degree on a line of its own, larger: 工学学士学位。),
    the committee and chair at the lower right
    over the award date written out (2012年6月30日) and the committee's seal over both."""
    from ..layout import Ellipse
    from ._common import text_width

    disc = D.DISCIPLINE.get(major, "工学")
    walls = [(226, 222, 212), (214, 220, 222), (232, 226, 214)]
    p = Page(960.0, 720.0, background=walls[seed % 3], font=MING)
    p.items.append(Line(480, 30, 300, 92, 1.0, (150, 150, 150)))  # the picture wire
    p.items.append(Line(480, 30, 660, 92, 1.0, (150, 150, 150)))
    p.items.append(Ellipse(474, 24, 12, 12, (120, 110, 96)))  # the nail
    fx, fy, fw, fh = 70.0, 92.0, 820.0, 590.0
    p.rect(fx + 10, fy + 12, fw, fh, None, (170, 164, 154), 0)  # the frame's shadow
    wood = (78, 50, 34)
    p.rect(fx, fy, fw, fh, None, wood, 0)
    p.rect(fx + 6, fy + 6, fw - 12, fh - 12, (110, 76, 52), None, 1.4)
    mx, my, mw, mh = fx + 28, fy + 28, fw - 56, fh - 56
    mat = (240, 236, 226)
    p.rect(mx, my, mw, mh, None, mat, 0)
    cx, cy, cw, ch = mx + 44, my + 40, mw - 88, mh - 80  # the mat's window
    p.rect(cx - 3, cy - 3, cw + 6, ch + 6, None, (214, 208, 194), 0)  # the mat's bevel
    paper = (250, 247, 238)
    p.rect(cx, cy, cw, ch, None, paper, 0)
    # the window's reflection: strokes drawn on each surface before the print
    # (narrow side-by-side strokes, so that their square ends barely pass each surface)
    for x_top, x_bot, n in ((280, 20, 10), (400, 130, 3)):
        for k in range(n):
            band = ((x_top + 4.5 * k, 60), (x_bot + 4.5 * k, 700))
            for box, col in (((fx, fy, fw, fh), (122, 98, 82)),
                             ((mx, my, mw, mh), (249, 248, 244)),
                             ((cx, cy, cw, ch), (254, 253, 250))):
                _glare(p, box, band, col, 6.0)
    red = (160, 30, 34)
    p.rect(cx + 12, cy + 12, cw - 24, ch - 24, red, None, 2.0)
    p.rect(cx + 18, cy + 18, cw - 36, ch - 36, red, None, 0.6)
    mid = cx + cw / 2
    p.text(mid, cy + 62, school, 17, "center")
    p.text(mid, cy + 100, "学 位 证 书", 26, "center", red, font=HEI)
    p.photo(cx + 48, cy + 128, 78, 104)
    p.text(cx + 87, cy + 256, "证书编号", 10, "center")
    p.text(cx + 87, cy + 274, number, 10, "center", font=MICRO)
    if degree == "学士":
        study = f"在本校{major}专业完成了本科学业"
    else:
        study = f"在本校{major}专业完成了{level_word}培养计划，通过{degree}学位论文答辩"
    body = (f"{name}，{gender}，{cn(birth[:7])}生。{study}，成绩合格，符合《中华人民共和国"
            "学位条例》的规定，授予")
    y = p.wrapped(cx + 156, cy + 150, body, cw - 210, 13.5, 28, first_indent=27)
    p.text(cx + 156 + (cw - 210) / 2, y + 14, f"{disc}{degree}学位。", 17, "center")
    y = max(y + 70, cy + 300)
    committee = school + "学位评定委员会"
    right = cx + cw - 48
    p.text(right, y, committee, 12.5, "right")
    p.text(right, y + 26, f"主席  {chair}", 12.5, "right")
    p.text(right, y + 52, cn(award_date), 12.5, "right")
    p.seal(right - text_width(committee, 12.5, MING) / 2, y + 18, 92, committee,
           seed=seed + 2271, **ink(seed + 2))
    for k, c in enumerate([(250, 248, 240), (255, 255, 253)]):
        d = 46 - k * 22  # the ceiling lamp's spot on the glass over the upper margin
        p.items.append(Ellipse(cx + cw - 110 - d / 2, cy + 40 - d * 0.3, d, d * 0.6, c))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=committee)


# --------------------------------------------------------------------------- round 23
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round23`.

def _ak23_mix(a, b, t):
    """Colour a seen through a clear film of colour b (t: how much of b)."""
    return tuple(round(x * (1 - t) + y * t) for x, y in zip(a, b))


@layout(LAYOUTS, "degree.ankou_dai")
def ankou_dai(*, name, gender, birth, school, major, degree, level_word, number, award_date,
              chair, seed=0, **_) -> Built:
    """The landscape 学位证书 insert kept, like most families' certificates, in a clear PVC
    按扣文件袋 (the A4 snap-button document bag sold at every stationery shop) and
    photographed on the desk without taking it out: the bag a little larger than the
    certificate, its film giving everything under it a faint blue-grey cast, the closed flap
    across the top with its white press-stud, the welded seam along the bottom edge, and two
    soft white reflection strokes of the ceiling light on the film. The certificate: the
    school over 学士学位证书 / 硕士学位证书, photo at the left with 证书编号 under it, the prose
    with the full birth date (…，1985年3月27日生。在本校…专业完成了本科学业，成绩优良，经审核
    符合《中华人民共和国学位条例》的规定，授予…学位。), 学位评定委员会主席 and the chair at
    the lower right over the award date (2007年6月29日), the committee's seal over both."""
    from ..layout import Ellipse
    from ._common import desk, text_width

    film = (205, 218, 228)
    t = 0.16
    p = Page(960.0, 720.0, font=MING)
    desk(p, seed, 60, 48, 840, 630, paper=_ak23_mix((248, 248, 246), film, 0.55))
    bx, by, bw, bh = 60.0, 48.0, 840.0, 630.0
    cx, cy, cw, ch = bx + 34, by + 58, bw - 68, bh - 92  # the certificate inside the bag
    paper = _ak23_mix((251, 248, 238), film, t)
    p.rect(cx, cy, cw, ch, None, paper, 0)
    # the ceiling light's reflections on the film, under the print (the ink shows through)
    for x0, x1, n in ((bx + 250, bx + 150, 4), (bx + 700, bx + 620, 2)):
        for k in range(n):
            _glare(p, (bx, by, bw, bh), ((x0 + 3 * k, by), (x1 + 3 * k, by + bh)),
                   (249, 250, 250), 3.0)
    red = _ak23_mix((165, 32, 36), film, t)
    ink_c = _ak23_mix((30, 30, 30), film, t)
    p.rect(cx + 14, cy + 14, cw - 28, ch - 28, red, None, 2.2)
    p.rect(cx + 20, cy + 20, cw - 40, ch - 40, red, None, 0.6)
    mid = cx + cw / 2
    p.text(mid, cy + 80, school, 20, "center", ink_c)
    title = f"{degree}学位证书"
    p.text(mid, cy + 128, "  ".join(title), 30, "center", red, font=HEI)
    p.photo(cx + 56, cy + 170, 90, 120, bg=_ak23_mix((200, 60, 60), film, t))
    p.text(cx + 101, cy + 316, "证书编号", 10.5, "center", ink_c, line=False)
    p.text(cx + 101, cy + 334, number, 10.5, "center", ink_c, font=MICRO, line=False)
    p.lines.append(f"证书编号 {number}")
    disc = D.DISCIPLINE.get(major, "工学")
    if degree == "学士":
        study = f"在本校{major}专业完成了本科学业，成绩优良"
    else:
        study = (f"在本校{major}专业完成了{level_word}培养计划，通过了{degree}学位论文"
                 "答辩")
    body = (f"{name}，{gender}，{cn(birth)}生。{study}，经审核符合《中华人民共和国学位条例》"
            f"的规定，授予{disc}{degree}学位。")
    left, width = cx + 186, cw - 250
    y = p.wrapped(left, cy + 196, body, width, 15, 31, first_indent=30)
    y = max(y + 36, cy + 380)
    committee = school + "学位评定委员会"
    right = cx + cw - 60
    p.text(right, y, f"{committee}主席  {chair}", 14, "right", ink_c)
    p.text(right, y + 32, cn(award_date), 14, "right", ink_c)
    wc = text_width(f"{committee}主席  {chair}", 14, MING)
    p.seal(right - wc * 0.45, y + 8, 100, committee, seed=seed + 2323, **ink(seed + 1))
    # the closed flap over the top of the bag, its press-stud, the welded bottom seam
    flap = _ak23_mix((244, 246, 246), film, 0.6)
    p.rect(bx, by, bw, 44, None, flap, 0)
    p.hline(bx, bx + bw, by + 44, 1.2)
    p.items[-1].color = _ak23_mix((150, 160, 170), film, 0.3)
    p.items.append(Ellipse(bx + bw / 2 - 11, by + 22 - 11, 22, 22, (250, 250, 250)))
    p.items.append(Ellipse(bx + bw / 2 - 5, by + 22 - 5, 10, 10, (214, 218, 222)))
    p.rect(bx, by + bh - 8, bw, 8, None, _ak23_mix((236, 238, 240), film, 0.5), 0)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=committee)


# --------------------------------------------------------------------------- round 24
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round24`.

@layout(LAYOUTS, "degree.xuexin_xuewei", cn_dates=False)
def xuexin_xuewei(*, name, gender, birth, school, major, degree, level_word, number,
                  award_date, chair, seed=0, **_) -> Built:
    """A phone screenshot of the 学信网 app's 学位 tab (学信档案 → 高等教育信息 → 学位): since
    the 学位 records of 中国学位与研究生教育信息网 moved to 学信网 in 2023, applicants whose
    学位证书 is out of reach open the app and screenshot the degree record instead. The app's
    blue theme: the status bar, the title bar 高等教育信息 with the back arrow, the 学籍 / 学历 /
    学位 tabs with 学位 underlined, a blue card head with the school and the degree named as
    工学学士学位, then a white list whose grey labels sit above their values (学位授予单位,
    学科门类, 专业, 获学位日期 2014年06月27日 zero-padded, 学位证书编号), the 证件号码 masked
    and the 申请学位在线验证报告 button at the foot."""
    blue, grey, ink_ = (24, 108, 214), (140, 140, 140), (25, 25, 25)
    disc = D.DISCIPLINE.get(major, "工学")
    y0, m0, d0 = award_date.split("-")
    by, bm, bd = birth.split("-")
    p = Page(360.0, 780.0, background=(243, 245, 248), font=MICRO)
    p.rect(0, 0, 360, 28, None, (255, 255, 255), 0)
    p.row([(18, f"{8 + seed % 13}:{(seed // 7) % 60:02d}", 19),
           (286, f"5G  {30 + seed % 65}%", 19)], 9.5)
    p.rect(0, 28, 360, 42, None, (255, 255, 255), 0)
    p.text(14, 55, "〈", 14, line=False)
    p.text(180, 55, "高等教育信息", 14, "center")
    p.rect(0, 70, 360, 36, None, (255, 255, 255), 0)
    tabs = ["学籍", "学历", "学位"]
    for i, t in enumerate(tabs):
        p.text(60 + i * 120, 93, t, 12.5, "center", blue if t == "学位" else (80, 80, 80),
               line=False)
    p.lines.append(" ".join(tabs))
    p.rect(285, 102, 30, 3, None, blue, 0)
    p.rect(12, 118, 336, 74, None, blue, 0)
    p.text(26, 146, school, 14, color=(255, 255, 255))
    p.text(26, 174, f"{disc}{degree}学位", 12, color=(220, 234, 252))
    p.rect(12, 192, 336, 520, None, (255, 255, 255), 0)
    rows = [("姓名", name), ("性别", gender), ("证件号码", "4502" + "*" * 12 + "**"),
            ("出生日期", f"{by}年{bm}月{bd}日"), ("学位授予单位", school),
            ("学位名称", f"{disc}{degree}学位"), ("学科门类", disc), ("专业", major),
            ("获学位日期", f"{y0}年{m0}月{d0}日"), ("学位证书编号", number)]
    y = 218
    for label, value in rows:
        p.text(28, y, label, 9.5, color=grey, line=False)
        p.text(28, y + 19, value, 12.5, color=ink_, line=False)
        p.lines.append(f"{label} {value}")
        p.items.append(Line(28, y + 30, 332, y + 30, 0.4, (232, 232, 232)))
        y += 48
    p.rect(40, 724, 280, 36, None, blue, 0)
    p.text(180, 747, "申请学位在线验证报告", 12, "center", (255, 255, 255))
    p.rect(130, 768, 100, 4, None, (30, 30, 30), 0)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=None)


# --------------------------------------------------------------------------- round 25
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round25`.

# the 垂布 (hood) colour of the Chinese 学位服 by 学科门类 (1994 学位服 rules)
XF25_HOOD = {"工学": (224, 184, 56), "理学": (150, 150, 156), "医学": (236, 236, 232),
             "农学": (70, 140, 80)}
XF25_GOWN = {"学士": (24, 24, 28), "硕士": (24, 36, 78), "博士": (26, 24, 28)}


@layout(LAYOUTS, "degree.xueweifu_paizhao")
def xueweifu_paizhao(*, name, gender, birth, school, major, degree, level_word, number,
                     award_date, chair, seed=0, **_) -> Built:
    """The graduation-day photo of the certificate laid on the 学位服 (the photo almost every
    class takes after the 学位授予仪式: the new 学位证书 on the folded gown, the 学位帽 beside
    it with its tassel), kept on the phone and uploaded years later as the degree's picture.
    A portrait 3:4 phone photo: the gown's black (a 硕士 gown deep blue) filling the frame with
    its folds, the 垂布 in the discipline's colour (工学 yellow, 理学 grey, 文 / 管 pink) across
    the foot, the square cap at the upper right over the sheet's corner margin, its tassel
    hanging down the side. The certificate is the portrait 2000s–2010s insert: 学士学位证书 in
    red, the photo centred, the prose (…在本校…专业完成了本科学习计划，业已毕业，经审核符合
    《中华人民共和国学位条例》的规定，授予工学学士学位。), the school and 学位评定委员会主席
    with the committee's seal over them and the date, 证书编号 at the lower left."""
    from ..layout import Ellipse
    from ._common import HEI

    disc = D.DISCIPLINE.get(major, "工学")
    gown = XF25_GOWN.get(degree, XF25_GOWN["学士"])
    hood = XF25_HOOD.get(disc, (226, 150, 170))
    committee = school + "学位评定委员会"
    p = Page(600.0, 800.0, background=gown, font=MING)
    fold = tuple(min(255, c + 16) for c in gown)
    for k in range(5):  # the gown's folds
        p.rect(20 + k * 120 + seed % 30, 0, 14 + k % 3 * 6, 800, None, fold, 0)
    p.rect(0, 690, 600, 80, None, hood, 0)  # the hood lying across the foot
    p.rect(0, 690, 600, 6, None, tuple(max(0, c - 40) for c in hood), 0)
    # the certificate insert
    x0, y0, w, h = 70.0, 110.0, 400.0, 560.0
    p.rect(x0 + 6, y0 + 8, w, h, None, (8, 8, 10), 0)
    p.rect(x0, y0, w, h, None, (250, 246, 236), 0)
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, (170, 40, 40), None, 1.8)
    p.rect(x0 + 19, y0 + 19, w - 38, h - 38, (170, 40, 40), None, 0.5)
    cx = x0 + w / 2
    p.text(cx, y0 + 74, f"{degree}学位证书", 24, "center", (175, 30, 35), font=HEI)
    p.photo(cx - 38, y0 + 96, 76, 100, bg=(70, 130, 200))
    ym_birth = f"{int(birth[:4])}年{int(birth[5:7])}月"
    if degree == "学士":
        done = "专业完成了本科学习计划，业已毕业"
    else:
        done = (f"学科（专业）完成了{level_word}培养计划，成绩合格，通过{degree}学位论文"
                "答辩")
    body = (f"{name}，{gender}，{ym_birth}生。在本校{major}{done}，经审核符合《中华人民共和国"
            f"学位条例》的规定，授予{disc}{degree}学位。")
    y = p.wrapped(x0 + 40, y0 + 236, body, w - 80, 12.5, 24, first_indent=25)
    y = max(y + 26, y0 + 410)
    p.text(x0 + 150, y, school, 12.5)
    p.text(x0 + 150, y + 26, f"学位评定委员会主席：{chair}", 11)
    p.text(x0 + 150, y + 54, cn(award_date), 12)
    p.seal(x0 + 316, y + 16, 80, committee, seed=seed + 2511, **ink(seed + 3))
    p.text(x0 + 36, y0 + h - 34, f"证书编号：{number}", 10)
    # the square cap over the sheet's upper right margin, tassel hanging down the side
    cap = (38, 38, 44) if degree != "硕士" else (30, 30, 34)
    p.rect(430, 40, 140, 120, None, (12, 12, 14), 0)
    p.rect(424, 32, 140, 120, None, cap, 0)
    p.items.append(Ellipse(486, 84, 16, 16, (20, 20, 22)))
    tassel = (236, 196, 70) if degree == "学士" else (214, 64, 60)
    for k in range(7):
        p.items.append(Line(494, 92, 562 + k * 2, 230 + k, 1.6, tassel))
    p.rect(560, 226, 22, 60, None, tassel, 0)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=committee)


# --------------------------------------------------------------------------- round 26
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round26`.

@layout(LAYOUTS, "degree.baiyechuang_yingzi")
def baiyechuang_yingzi(*, name, gender, birth, school, major, degree, level_word, number,
                       award_date, chair, seed=0, **_) -> Built:
    """The portrait 学位证书 insert photographed on the table by the office window in the
    afternoon (the applicant takes it out of the cover and shoots it where the light is best):
    the sun through the venetian blinds (百叶窗) lays parallel bands of shadow across the sheet
    and the desk, the paper warm in the sun and greyer in the slats' shade, the print dark and
    readable in both. The certificate is the 2010s portrait template: the school's name at the
    top, 学士学位证书 / 硕士学位证书 in red, the photo top right with 证书编号 under it, the prose
    (…在…专业完成了本科学业，经审核符合《中华人民共和国学位条例》的规定，授予…学位。), then
    …校长 and 学位评定委员会主席 with the chair's name and the date under the committee's seal."""
    from ._common import desk

    disc = D.DISCIPLINE.get(major, "工学")
    red, ink_ = (170, 30, 34), (26, 26, 26)
    x0, y0, w, h = 70.0, 60.0, 480.0, 690.0
    p = Page(620.0, 820.0, font=MING)
    desk(p, seed + 2601, x0, y0, w, h, (252, 246, 230))
    shade_desk = tuple(max(0, c - 38) for c in p.background)
    for k in range(7):  # the blinds' shadow bands across desk and sheet
        for s in range(9):
            yy = 40 + k * 118 + s * 4.2
            p.rect(0, yy, 620, 4.4, None, shade_desk, 0)
            if y0 <= yy <= y0 + h - 5:
                p.rect(x0, yy, w, 4.4, None, (216, 210, 197), 0)
    p.rect(x0 + 16, y0 + 16, w - 32, h - 32, (150, 118, 60), None, 1.6)
    cx = x0 + w / 2
    p.text(cx, y0 + 76, school, 22, "center", ink_, font=KAI)
    p.text(cx - 30, y0 + 130, f"{degree}学位证书", 28, "center", red, font=HEI)
    p.photo(x0 + w - 128, y0 + 160, 84, 112, bg=(70, 130, 200))
    p.text(x0 + w - 86, y0 + 292, "证书编号", 10, "center", ink_, line=False)
    p.text(x0 + w - 86, y0 + 308, number, 10, "center", ink_, line=False)
    p.lines.append(f"证书编号 {number}")
    body = (f"{name}，{gender}，{int(birth[:4])}年{int(birth[5:7])}月生。在{school}"
            f"{major}专业完成了{_plan(degree, level_word)}，经审核符合《中华人民共和国学位条例》"
            f"的规定，授予{disc}{degree}学位。")
    y = p.wrapped(x0 + 52, y0 + 360, body, w - 104, 14.5, 30, first_indent=29)
    y = max(y + 40, y0 + 530)
    p.text(x0 + 190, y, f"{school}校长", 13)
    p.row([(x0 + 190, "学位评定委员会主席", y + 26), (x0 + 322, chair, y + 26)], 13)
    p.text(x0 + 300, y + 64, cn(award_date), 13, color=ink_)
    p.seal(x0 + 290, y + 30, 92, school + "学位评定委员会", seed=seed + 2611, **ink(seed + 5))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school + "学位评定委员会")


# --------------------------------------------------------------------------- round 27
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round27`.

@layout(LAYOUTS, "degree.guidangzhang_fuyin")
def guidangzhang_fuyin(*, name, gender, birth, school, major, degree, level_word, number,
                       award_date, chair, seed=0, **_) -> Built:
    """The copy of the degree certificate kept in the unit's 文书档案 (the 职称 papers of
    each year's applicants are filed by the 办公室 under the 归档文件整理规则, DA/T 22), taken
    out of the 档案盒 and scanned in colour when the applicant needs it again: a portrait A4
    photocopy in grey toner, the landscape certificate reduced in its upper half (学位证书 in
    spaced characters, the photo, the prose with Chinese dates, the chair and the committee's
    seal all grey), the two punched holes of the 两孔 binding in the left margin with a rusty
    staple mark at the top-left corner, and at the top right the archive's red 归档章 (全宗号 /
    年度 / 件号 // 机构 / 保管期限 / 页数), its cells filled in with a blue ball-pen."""
    from ..layout import Ellipse
    from ._common import PEN, wrap_cjk

    grey, red = (72, 72, 72), (206, 40, 44)
    p = Page(*A4, background=(250, 250, 248), font=MING)
    # the punched holes and the staple
    for hy in (300, 540):
        p.items.append(Ellipse(22, hy - 9, 18, 18, (120, 120, 118)))
    p.rect(30, 26, 22, 3, None, (150, 110, 70), 0)
    # the archive's 归档章, red, top right, with pen values
    ax, ay, cw, rh = 368.0, 32.0, 58.0, 22.0
    year = int(award_date[:4]) + 6 + seed % 6
    vals = [("全宗号", f"Z{100 + seed % 80}"), ("年度", str(year)), ("件号", str(12 + seed % 60)),
            ("机构", "人事"), ("保管期限", "30年"), ("页数", "1")]
    for i, (label, val) in enumerate(vals):
        cx_, cy_ = ax + (i % 3) * cw, ay + (i // 3) * rh * 2
        p.rect(cx_, cy_, cw, rh * 2, red, None, 1.0)
        p.text(cx_ + cw / 2, cy_ + 15, label, 9.5, "center", red, line=False)
        p.text(cx_ + cw / 2, cy_ + rh + 16, val, 11, "center", PEN, font=KAI, line=False)
    for k in (1, 3):  # the label / value rules inside each row
        p.items.append(Line(ax, ay + k * rh, ax + 3 * cw, ay + k * rh, 0.6, red))
    p.lines.append(" ".join(v[0] for v in vals[:3]))
    p.lines.append(" ".join(v[1] for v in vals[:3]))
    p.lines.append(" ".join(v[0] for v in vals[3:]))
    p.lines.append(" ".join(v[1] for v in vals[3:]))
    # the grey copy of the landscape certificate
    x0, y0, w, h = 60.0, 140.0, 490.0, 350.0
    p.rect(x0 - 8, y0 - 8, w + 16, h + 16, None, (228, 228, 226), 0)
    p.rect(x0, y0, w, h, grey, None, 1.6)
    p.rect(x0 + 5, y0 + 5, w - 10, h - 10, grey, None, 0.5)
    p.text(x0 + w / 2, y0 + 50, "  ".join(f"{degree}学位证书"), 21, "center", grey, font=HEI)
    p.photo(x0 + 24, y0 + 80, 62, 82, bg=(196, 196, 196))
    for it in p.items[-4:]:  # the toner has no colour: the face and clothes in greys
        g = int(sum(it.fill) / 3)
        it.fill = (g, g, g)
    p.text(x0 + 55, y0 + 184, "证书编号", 8.5, "center", grey, line=False)
    p.text(x0 + 55, y0 + 198, number, 8, "center", grey, line=False)
    p.lines.append(f"证书编号 {number}")
    disc = D.DISCIPLINE.get(major, "工学")
    body = (f"{name}，{gender}，{cn(birth)}生。在{school}{major}专业完成了"
            f"{_plan(degree, level_word)}，成绩合格，经审核符合《中华人民共和国学位条例》的规定，"
            f"授予{disc}{degree}学位。")
    y = wrap_cjk(p, x0 + 112, y0 + 96, body, w - 140, 11.5, 22, first_indent=23)
    y = max(y + 24, y0 + 246)
    p.text(x0 + 250, y, f"{school}", 11.5)
    p.row([(x0 + 250, "学位评定委员会主席", y + 22), (x0 + 362, chair, y + 22)], 11.5)
    p.text(x0 + 290, y + 48, cn(award_date), 11.5)
    p.seal(x0 + 330, y + 30, 74, school + "学位评定委员会", seed=seed + 2721,
           color=(110, 110, 110), strength=0.75)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=school + "学位评定委员会")


# --------------------------------------------------------------------------- round 28
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round28`.

@layout(LAYOUTS, "degree.bianlitie_paizhao")
def bianlitie_paizhao(*, name, gender, birth, school, major, degree, level_word, number,
                      award_date, chair, seed=0, **_) -> Built:
    """The original handed in to the unit's 人事科 for checking (核原件) with a yellow 便利贴
    stuck on it, as applicants do when they leave the certificate on the clerk's desk: the
    note, in blue ball-pen, reads 学位证原件 / 核后请退回, the holder's name and a mobile
    number. The clerk checked it and photographed it where it lay, note and all, for the
    online 职称 file. A portrait 3:4 phone photo from above on the office desk: the portrait
    学位证书 insert (the school's name over 学士学位证书 / 硕士学位证书, the photo centred, the
    newer wording with birth month only, 学位评定委员会主席, the date, the committee's seal,
    证书编号 at the foot), the sticky note askew over the upper-right corner of the border,
    clear of the text."""
    from ..layout import Text
    from ._common import PEN, desk, text_width

    blue, ink_ = (24, 52, 112), (26, 26, 26)
    p = Page(480.0, 640.0, font=MING)
    x0, y0, w, h = 50.0, 38.0, 380.0, 560.0
    desk(p, seed + 2811, x0, y0, w, h, (250, 249, 244))
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, blue, None, 1.8)
    p.rect(x0 + 19, y0 + 19, w - 38, h - 38, blue, None, 0.5)
    cx = x0 + w / 2
    p.text(cx, y0 + 78, school, 20, "center", ink_, font=KAI)
    p.text(cx, y0 + 118, f"{degree}学位证书", 24, "center", blue, font=HEI)
    p.photo(cx - 38, y0 + 140, 76, 100, bg=(70, 130, 200) if seed % 2 else (236, 236, 240))
    disc = D.DISCIPLINE.get(major, "工学")
    by, bm = int(birth[:4]), int(birth[5:7])
    if degree == "学士":
        body = (f"{name}，{gender}，{by}年{bm}月生。在{school}{major}专业完成了本科学业，"
                f"成绩合格，依照《中华人民共和国学位条例》的规定，授予{disc}学士学位。")
    else:
        body = (f"{name}，{gender}，{by}年{bm}月生。在{school}{major}专业完成了{level_word}"
                f"培养计划，成绩合格，通过{degree}学位论文答辩，依照《中华人民共和国学位条例》"
                f"的规定，授予{disc}{degree}学位。")
    y = _bl28_wrap(p, x0 + 44, y0 + 282, body, w - 88, 12.5, 25, 25)
    y = max(y + 30, y0 + 420)
    p.text(x0 + 180, y, school, 12)
    p.row([(x0 + 180, "学位评定委员会主席", y + 24), (x0 + 292, chair, y + 24)], 12)
    p.text(x0 + 180, y + 50, cn(award_date), 12, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(x0 + 240, y + 20, 86, seal, seed=seed + 2812, **ink(seed + 1))
    p.text(x0 + 36, y0 + h - 32, f"证书编号：{number}", 10.5, color=ink_)
    # the sticky note over the upper-right corner, its lines slanting with it
    nx, ny, nw = x0 + w - 96, y0 - 16, 120.0
    p.rect(nx + 3, ny + 4, nw, nw, None, (150, 130, 60), 0)
    p.rect(nx, ny, nw, nw, None, (252, 232, 110), 0)
    p.rect(nx, ny, nw, 18, None, (246, 222, 96), 0)  # the glued strip
    phone = (f"1{[3, 5, 8, 8, 9][seed % 5]}{seed % 10}"
             f"{(seed // 7) % 10000:04d}{(seed // 3) % 10000:04d}")
    note = ["学位证原件", "核后请退回", name, phone]
    for i, s in enumerate(note):
        yy = ny + 40 + i * 24
        x = nx + 10
        for ch in s:
            p.items.append(Text(x, yy - (x - nx) * 0.06, ch, 15 if i < 3 else 12, "left", PEN,
                                KAI))
            x += text_width(ch, 15 if i < 3 else 12, KAI) + 0.5
        p.lines.append(s)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


def _bl28_wrap(p, x, y, text, width, size, leading, indent):
    """Wrap as word processors set Chinese: no line starts with a closing mark (》 too)."""
    from ._common import CLOSING_MARKS, wrap_cjk

    return wrap_cjk(p, x, y, text, width, size, leading, indent, closing=CLOSING_MARKS + "》")


# --------------------------------------------------------------------------- round 29
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round29`.

SY29_SCANNERS = ["EPSON Perfection V39", "EPSON DS-1630", "Canon LiDE 300", "EPSON L4168 Series"]


@layout(LAYOUTS, "degree.saomiaoyi_yulan")
def saomiaoyi_yulan(*, name, gender, birth, school, major, degree, level_word, number,
                    award_date, chair, seed=0, **_) -> Built:
    """A PC screenshot of the flatbed scanner's driver window (Epson Scan 2 in Chinese, as
    the unit's office PC installs it) with the certificate in its 预览 pane: the applicant laid
    the portrait 学位证书 insert on the glass against the corner mark, pressed 预览, and —
    not finding where 扫描 would save the file — pressed PrtSc and pasted the screen into the
    upload instead. The window: the title bar, the left 主要设置 panel (扫描仪 model, 文档来源
    扫描平台, 文档尺寸 A4, 图像类型 彩色, 分辨率 300 dpi, 旋转, the file name img2024…jpg and
    the folder), 预览 / 扫描 buttons; the grey preview canvas with the white platen image, the
    insert in its upper left corner inside the dashed 选框 with its size in mm; the Windows
    taskbar with the clock and date at the foot. The insert is the 2016-on template: 证书编号
    at the top right, 学士学位证书 / 硕士学位证书 in red, the photo at the left, the prose with
    the full birth date, 校长 and 学位评定委员会主席 with the name, the date in 年月日 and the
    committee's seal."""
    from ._common import wrap_cjk

    ui, grey, ink_, blue = (240, 240, 240), (96, 96, 100), (24, 24, 24), (0, 103, 192)
    p = Page(1024.0, 640.0, background=(32, 66, 110), font=MICRO)
    # the window
    p.rect(0, 0, 1024, 600, None, ui, 0)
    p.rect(0, 0, 1024, 30, None, (255, 255, 255), 0)
    p.text(14, 20, "Epson Scan 2", 10.5, color=ink_)
    for i, ch in enumerate(("—", "□", "×")):
        p.text(930 + i * 34, 20, ch, 11, "center", ink_, line=False)
    # left: the settings
    scanner = SY29_SCANNERS[seed % len(SY29_SCANNERS)]
    shot_y = min(2024, max(int(award_date[:4]) + 1, 2022 + seed % 3))
    month, day = 1 + seed % (4 if shot_y == 2024 else 12), 1 + (seed // 7) % 28
    hh, mm, ss = 8 + seed % 9, (seed // 3) % 60, (seed // 11) % 60
    fname = f"img{shot_y}{month:02d}{day:02d}_{hh:02d}{mm:02d}{ss:02d}{seed % 100:02d}.jpg"
    p.text(16, 56, "扫描仪：", 10, color=ink_, line=False)
    p.rect(80, 42, 206, 20, (170, 170, 170), (255, 255, 255), 0.6)
    p.text(86, 56, scanner, 10, color=ink_, line=False)
    p.lines.append(f"扫描仪： {scanner}")
    p.text(16, 84, "扫描设置：", 10, color=ink_, line=False)
    p.rect(80, 70, 206, 20, (170, 170, 170), (255, 255, 255), 0.6)
    p.text(86, 84, "预定义设置", 10, color=ink_, line=False)
    p.lines.append("扫描设置： 预定义设置")
    p.rect(12, 104, 138, 24, (170, 170, 170), (255, 255, 255), 0.6)
    p.rect(150, 104, 138, 24, (170, 170, 170), ui, 0.6)
    p.text(81, 121, "主要设置", 10.5, "center", ink_, line=False)
    p.text(219, 121, "高级设置", 10.5, "center", grey, line=False)
    p.lines.append("主要设置 高级设置")
    settings = [("文档来源", "扫描平台"), ("文档尺寸", "A4"), ("图像类型", "彩色"),
                ("分辨率", "300 dpi"), ("宽", "210 mm"), ("高", "297 mm"), ("旋转", "0°"),
                ("纠正文档歪斜", "关"), ("图像格式", "JPEG"), ("文件名", fname),
                ("文件夹", "文档")]
    yy = 156.0
    for label, value in settings:
        p.text(22, yy, label + "：", 10, color=ink_, line=False)
        p.rect(118, yy - 14, 168, 20, (180, 180, 180), (255, 255, 255), 0.6)
        p.text(124, yy, value, 9.5 if len(value) > 14 else 10, color=ink_, line=False)
        p.lines.append(f"{label}： {value}")
        yy += 32
    for bx, label, fill, col in ((22, "预览", (225, 225, 225), ink_),
                                 (156, "扫描", blue, (255, 255, 255))):
        p.rect(bx, 540, 120, 32, (150, 150, 150), fill, 0.8)
        p.text(bx + 60, 561, label, 11.5, "center", col, line=False)
    p.lines.append("预览 扫描")
    # right: the preview canvas and the platen image
    p.rect(300, 30, 724, 570, None, (104, 104, 108), 0)
    p.items.append(Line(300, 30, 300, 600, 1.0, (150, 150, 150)))
    xp, yp, wp, hp = 462.0, 42.0, 390.0, 548.0
    p.rect(xp, yp, wp, hp, None, (252, 252, 250), 0)
    x0, y0, w, h = xp + 4, yp + 4, 368.0, 516.0
    paper, red = (250, 246, 238), (172, 28, 34)
    p.rect(x0, y0, w, h, None, paper, 0)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, (190, 150, 80), None, 1.4)
    p.rect(x0 + 16, y0 + 16, w - 32, h - 32, (190, 150, 80), None, 0.4)
    p.text(x0 + w - 28, y0 + 40, f"证书编号：{number}", 9.5, "right", ink_, font=MING)
    p.text(x0 + w / 2, y0 + 92, f"{degree}学位证书", 25, "center", red, font=HEI)
    p.photo(x0 + 40, y0 + 118, 72, 96, bg=(70, 130, 200) if seed % 2 else (232, 234, 238))
    disc = D.DISCIPLINE.get(major, "工学")
    by, bm, bd = int(birth[:4]), int(birth[5:7]), int(birth[8:10])
    if degree == "学士":
        done = "完成了本科学业，成绩合格"
    else:
        done = f"完成了{level_word}培养计划，成绩合格，通过{degree}学位论文答辩"
    body = (f"{name}，{gender}，{by}年{bm}月{bd}日生。在{school}{major}专业{done}。"
            f"根据《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    p.font = MING  # the certificate's print; the window's UI text is in 微软雅黑-like 黑体
    y = wrap_cjk(p, x0 + 40, y0 + 250, body, w - 80, 11.5, 23, first_indent=23,
                 closing="。，、；：）」』”！？》")
    y = max(y + 30, y0 + 392)
    p.text(x0 + 150, y, f"{school}校长", 11)
    p.row([(x0 + 150, "学位评定委员会主席", y + 24), (x0 + 262, chair, y + 24)], 11)
    p.text(x0 + 150, y + 56, cn(award_date), 11, color=ink_)
    p.font = MICRO
    seal = school + "学位评定委员会"
    p.seal(x0 + 236, y + 24, 84, seal, seed=seed + 2921, **ink(seed + 2))
    # the dashed marquee round the detected document, its size in mm
    mx0, my0, mx1, my1 = x0 - 2, y0 - 2, x0 + w + 2, y0 + h + 2
    dash = (0, 120, 215)
    for sx in range(int(mx0), int(mx1), 10):
        p.items.append(Line(sx, my0, min(sx + 6, mx1), my0, 1.2, dash))
        p.items.append(Line(sx, my1, min(sx + 6, mx1), my1, 1.2, dash))
    for sy in range(int(my0), int(my1), 10):
        p.items.append(Line(mx0, sy, mx0, min(sy + 6, my1), 1.2, dash))
        p.items.append(Line(mx1, sy, mx1, min(sy + 6, my1), 1.2, dash))
    p.rect(860, 570, 150, 20, None, (255, 255, 255), 0)
    p.text(868, 584, f"{w * 216 / wp:.1f} × {h * 297 / hp:.1f} mm", 9.5,
           color=ink_)
    # the taskbar
    p.rect(0, 600, 1024, 40, None, (28, 30, 36), 0)
    p.rect(12, 610, 20, 20, None, (0, 120, 215), 0)
    p.rect(46, 608, 240, 24, None, (60, 62, 68), 0)
    p.text(56, 624, "在这里输入你要搜索的内容", 9.5, color=(200, 200, 200), line=False)
    p.text(990, 616, f"{hh:02d}:{mm:02d}", 9.5, "center", (240, 240, 240), line=False)
    p.text(990, 632, f"{shot_y}/{month}/{day}", 9, "center", (240, 240, 240), line=False)
    p.lines.append(f"{hh:02d}:{mm:02d} {shot_y}/{month}/{day}")
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 30
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round30`.

SJ30_DEPTS = ["工程技术部", "质量安全科", "设计二所", "财务科", "检验科", "项目管理部"]


@layout(LAYOUTS, "degree.shoujibiao_tijiao")
def shoujibiao_tijiao(*, name, gender, birth, school, major, degree, level_word, number,
                      award_date, chair, seed=0, **_) -> Built:
    """A phone screenshot of one submission in a 腾讯文档 收集表: the 人事科 collects the
    year's 职称申报材料 by sending a 收集表 link in the staff group (姓名 / 所在科室 / 联系电话 /
    学位证书原件照片 / 备注), and when the applicant's upload is lost in the export the clerk
    opens the submission on the phone and screenshots it. The screen: the status bar, the
    form's title and its 发起人, 第 n 份 / 共 m 份 with the arrows, the 提交者 and 提交时间,
    then each question with its answer; the photo question shows the uploaded picture in
    full width: the portrait 学位证书 insert (the 2016-on template) photographed on a desk —
    证书编号 at the top right, 学士学位证书 / 硕士学位证书 in red, the photo, the prose with the
    full birth date, 校长 / 学位评定委员会主席 with the name, the date in 年月日 and the
    committee's seal — and the last answer, 备注, under it."""
    from ._common import DESKS, other_people, wrap_cjk

    white, grey, ink_, blue = (255, 255, 255), (140, 140, 146), (28, 28, 30), (30, 111, 255)
    p = Page(390.0, 1040.0, background=(244, 245, 247), font=MICRO)
    p.rect(0, 0, 390, 86, None, white, 0)
    p.row([(20, f"{9 + seed % 9}:{(seed * 7) % 60:02d}", 18),
           (300, f"4G  {30 + seed % 60}%", 18)], 9.5, line=False)
    p.text(16, 52, "〈", 14, color=ink_, line=False)
    year = min(2024, max(int(award_date[:4]) + 3, 2022 + seed % 3))
    p.text(195, 52, "查看提交", 13, "center", ink_, font=HEI)
    p.text(372, 52, "···", 13, "right", ink_, line=False)
    p.rect(0, 86, 390, 92, None, white, 0)
    p.text(18, 112, f"{year}年度职称申报材料收集", 14, color=ink_, font=HEI)
    clerk = other_people(f"sj30:{number}", 1)[0][0]
    p.text(18, 134, f"发起人：人事科 {clerk}", 9.5, color=grey)
    n_total = 12 + seed % 20
    p.text(18, 160, f"〈   第 {1 + seed % n_total} 份 / 共 {n_total} 份   〉", 10.5, color=blue)
    # who and when
    p.rect(0, 186, 390, 56, None, white, 0)
    p.rect(18, 196, 34, 34, None, (120, 170, 220), 0)
    p.text(35, 219, name[-1], 13, "center", white, line=False)
    p.text(62, 208, f"提交者：{name}", 10.5, color=ink_)
    month, day = 1 + seed % 5, 1 + (seed // 3) % 27
    p.text(62, 228, f"提交时间：{year}/{month:02d}/{day:02d} {8 + seed % 10:02d}:"
           f"{(seed * 13) % 60:02d}", 9.5, color=grey)
    # the questions
    phone = f"1{[38, 39, 57, 77, 86][seed % 5]}{(seed * 7919) % 10**8:08d}"
    qa = [("1. 姓名", name), ("2. 所在科室", SJ30_DEPTS[seed % len(SJ30_DEPTS)]),
          ("3. 联系电话", phone)]
    y = 250.0
    for q, a in qa:
        p.rect(0, y, 390, 58, None, white, 0)
        p.text(18, y + 22, q, 10, color=grey, line=False)
        p.text(18, y + 44, a, 11.5, color=ink_, line=False)
        p.lines.append(f"{q} {a}")
        y += 62
    p.rect(0, y, 390, 504, None, white, 0)
    p.text(18, y + 22, "4. 最高学位证书（请上传原件照片）", 10, color=grey)
    # the uploaded photo: the insert on a desk
    ix, iy, iw, ih = 18.0, y + 34, 354.0, 458.0
    p.rect(ix, iy, iw, ih, None, DESKS[seed % len(DESKS)], 0)
    x0, y0, w, h = ix + 14, iy + 12, iw - 28, ih - 24
    p.rect(x0 + 4, y0 + 5, w, h, None, (70, 52, 38), 0)  # the insert's shadow
    p.rect(x0, y0, w, h, None, (252, 250, 244), 0)
    gold, red = (190, 150, 80), (172, 28, 34)
    p.rect(x0 + 9, y0 + 9, w - 18, h - 18, gold, None, 1.2)
    p.rect(x0 + 13, y0 + 13, w - 26, h - 26, gold, None, 0.35)
    p.font = MING
    p.text(x0 + w - 22, y0 + 34, f"证书编号：{number}", 8.5, "right", ink_)
    p.text(x0 + w / 2, y0 + 76, f"{degree}学位证书", 21, "center", red, font=HEI)
    p.photo(x0 + w / 2 - 31, y0 + 94, 62, 82, bg=(70, 130, 200) if seed % 2 else (214, 46, 46))
    disc = D.DISCIPLINE.get(major, "工学")
    by_, bm, bd = int(birth[:4]), int(birth[5:7]), int(birth[8:10])
    done = ("完成了本科学业，成绩合格" if degree == "学士" else
            f"完成了{level_word}培养计划，成绩合格，通过{degree}学位论文答辩")
    body = (f"{name}，{gender}，{by_}年{bm}月{bd}日生。在{school}{major}专业{done}。"
            f"根据《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    yy = wrap_cjk(p, x0 + 30, y0 + 208, body, w - 60, 10, 20, first_indent=20,
                  closing="。，、；：）」』”！？》")
    yy = max(yy + 22, y0 + 320)
    p.text(x0 + 120, yy, f"{school}校长", 9.5)
    p.row([(x0 + 120, "学位评定委员会主席", yy + 20), (x0 + 214, chair, yy + 20)], 9.5)
    p.text(x0 + 120, yy + 46, cn(award_date), 9.5, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(x0 + 274, yy + 26, 72, seal, seed=seed + 3012, **ink(seed + 3))
    p.font = MICRO
    y += 512
    p.rect(0, y, 390, 58, None, white, 0)
    p.text(18, y + 22, "5. 备注", 10, color=grey, line=False)
    note = "原件已交人事科核对" if seed % 2 else "学位证原件周一带来核验"
    p.text(18, y + 44, note, 11.5, color=ink_, line=False)
    p.lines.append(f"5. 备注 {note}")
    p.rect(0, 1010, 390, 30, None, white, 0)
    p.text(195, 1030, "腾讯文档  收集表", 9, "center", grey)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 31
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round31`.

EX31_DEPTS = ["工程部", "技术质量科", "设计所", "检验中心", "办公室", "项目部"]
EX31_SHEETS = ["学位证书", "毕业证书", "职称证书", "身份证", "汇总"]


@layout(LAYOUTS, "degree.excel_charutu")
def excel_charutu(*, name, gender, birth, school, major, degree, level_word, number,
                  award_date, chair, seed=0, **_) -> Built:
    """A PC screenshot of the 人事科's WPS表格 workbook in which every applicant's 学位证书
    photo is pasted over the row's 证书照片 cell: the clerk keeps one sheet per material
    (学位证书 / 毕业证书 / 职称证书 / 身份证 tabs), with 序号 / 姓名 / 科室 / 学位 / 授予单位 /
    证书照片 / 核验人 columns, and when the platform asks for the 学位证书 the applicant, who
    has only this copy at hand, clicks the picture in its row (the green selection frame and
    its handles round it, the cell reference in the name box) and screenshots the window.
    The window: the title bar with 2024年职称申报材料汇总.xlsx, the ribbon's tab words, the
    name box and the formula bar, the column letters and row numbers, the colleagues' rows
    above and below (their own names, departments, degrees and schools), and the picture:
    the older landscape 学位证书 (业已毕业 wording, dates in 年月日, the committee's chair, the
    committee's seal, 学位证书编号 at the foot) photographed on a desk; the sheet tabs and the
    status bar's 求和 / 计数 at the bottom."""
    from ._common import DESKS, other_people, wrap_cjk

    white, grey, dark, green = (255, 255, 255), (118, 120, 126), (30, 30, 32), (33, 115, 70)
    p = Page(1120.0, 760.0, background=white, font=MICRO)
    p.rect(0, 0, 1120, 30, None, (242, 243, 245), 0)
    p.rect(10, 8, 16, 14, None, green, 0)
    year = min(2024, max(int(award_date[:4]) + 4, 2022 + seed % 3))
    p.text(560, 20, f"{year}年职称申报材料汇总.xlsx - WPS表格", 10.5, "center", dark)
    for i, ch in enumerate(("—", "□", "×")):
        p.text(1040 + i * 28, 20, ch, 11, "center", dark, line=False)
    tabs = ["文件", "开始", "插入", "页面布局", "公式", "数据", "审阅", "视图", "图片工具"]
    p.rect(0, 30, 1120, 56, None, (246, 247, 249), 0)
    for i, tab in enumerate(tabs):
        p.text(20 + i * 64, 52, tab, 10, color=green if tab == "图片工具" else dark,
               line=False)
    p.lines.append(" ".join(tabs))
    for i, t in enumerate(("裁剪", "压缩图片", "旋转", "环绕", "对齐", "组合", "重设图片")):
        p.text(20 + i * 70, 76, t, 8.5, color=grey, line=False)
    # the name box and the formula bar
    p.rect(0, 86, 1120, 26, None, white, 0)
    p.rect(4, 90, 80, 18, (200, 200, 204), None, 0.6)
    p.text(12, 103, "图片 5", 9, color=dark, line=False)
    p.text(96, 103, "fx", 9.5, color=grey, line=False)
    p.items.append(Line(0, 112, 1120, 112, 0.6, (210, 210, 214)))
    # the grid: column letters, row numbers
    cols = [("A", 40, "序号"), ("B", 80, "姓名"), ("C", 90, "科室"), ("D", 60, "学位"),
            ("E", 170, "授予单位"), ("F", 560, "证书照片"), ("G", 80, "核验人")]
    gx0, gy0, rh = 40.0, 112.0, 22.0
    hdr = (236, 237, 240)
    p.rect(0, gy0, 1120, rh, None, hdr, 0)
    x = gx0
    for letter, cw, _ in cols:
        p.text(x + cw / 2, gy0 + 15, letter, 9, "center", grey, line=False)
        x += cw
    # rows: 1 header, 2 colleague, 3 the applicant (tall, holds the picture), 4 colleague
    heights = [24.0, 24.0, 424.0, 24.0, 24.0, 24.0]
    others = other_people(f"ex31:{number}", 3)
    degs = ["学士", "硕士", "学士"]
    schools = ["广西科技大学", "桂林理工大学", "广西大学"]
    depts = EX31_DEPTS[seed % len(EX31_DEPTS):] + EX31_DEPTS[:seed % len(EX31_DEPTS)]
    clerk = other_people(f"ex31c:{number}", 1)[0][0]
    data = [[c[2] for c in cols],
            ["1", others[0][0], depts[1], degs[0], schools[seed % 3], "（见图）", clerk],
            ["2", name, depts[0], degree, school, "", clerk],
            ["3", others[1][0], depts[2], degs[1], schools[(seed + 1) % 3], "（见图）", clerk],
            ["4", others[2][0], depts[3], degs[2], schools[(seed + 2) % 3], "", ""],
            ["", "", "", "", "", "", ""]]
    y = gy0 + rh
    p.rect(0, y, gx0, sum(heights), None, hdr, 0)
    for r, (hgt, cells) in enumerate(zip(heights, data)):
        p.text(gx0 / 2, y + min(hgt, 24) / 2 + 4, str(r + 1), 9, "center", grey, line=False)
        if r == 0:
            p.rect(gx0, y, sum(c[1] for c in cols), hgt, None, (226, 239, 218), 0)
        x = gx0
        for (_, cw, _), cell in zip(cols, cells):
            if cell:
                p.text(x + 6, y + 16, cell, 10, color=dark, font=HEI if r == 0 else MICRO,
                       line=False)
            x += cw
        p.lines.append(" ".join(c for c in cells if c))
        y += hgt
    xs, x = [gx0], gx0
    for _, cw, _ in cols:
        x += cw
        xs.append(x)
    for gx in xs:
        p.items.append(Line(gx, gy0, gx, y, 0.5, (214, 214, 218)))
    yy = gy0 + rh
    p.items.append(Line(0, gy0 + rh, 1120, gy0 + rh, 0.5, (214, 214, 218)))
    for hgt in heights:
        yy += hgt
        p.items.append(Line(0, yy, 1120, yy, 0.5, (214, 214, 218)))
    # the picture over F3, selected
    fx = xs[5] + 6
    fy = gy0 + rh + heights[0] + heights[1] + 6
    pw, ph = 548.0, 408.0
    p.rect(fx, fy, pw, ph, None, DESKS[seed % len(DESKS)], 0)
    x0, y0, w, h = fx + 14, fy + 12, pw - 28, ph - 24
    p.rect(x0 + 4, y0 + 5, w, h, None, (66, 50, 36), 0)
    p.rect(x0, y0, w, h, None, (240, 246, 252), 0)
    blue, ink_ = (30, 70, 140), (26, 26, 30)
    p.rect(x0 + 9, y0 + 9, w - 18, h - 18, blue, None, 1.8)
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, blue, None, 0.5)
    p.font = MING
    p.text(x0 + w / 2, y0 + 60, "  ".join(f"{degree}学位证书"), 22, "center", blue, font=HEI)
    p.photo(x0 + 34, y0 + 92, 72, 96, bg=(70, 130, 200) if seed % 2 else (230, 232, 236))
    disc = D.DISCIPLINE.get(major, "工学")
    body = (f"{name}，{gender}，{cn(birth)}生。在{school}{major}专业完成了{level_word}学习计划，"
            f"业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    yb = wrap_cjk(p, x0 + 130, y0 + 106, body, w - 160, 11, 22, first_indent=22,
                  closing="。，、；：）」』”！？》")
    yb = max(yb + 20, y0 + 248)
    p.text(x0 + 250, yb, school, 11, color=ink_)
    p.row([(x0 + 250, "学位评定委员会主席", yb + 24), (x0 + 354, chair, yb + 24)], 11)
    p.text(x0 + 300, yb + 52, cn(award_date), 11, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(x0 + 200, yb + 22, 84, seal, seed=seed + 3121, **ink(seed + 1))
    p.text(x0 + 34, y0 + h - 26, f"学位证书编号：{number}", 10, color=ink_)
    p.font = MICRO
    # the selection frame and its eight handles
    sel = (40, 150, 90)
    p.rect(fx - 1, fy - 1, pw + 2, ph + 2, sel, None, 1.4)
    for hx in (fx - 4, fx + pw / 2 - 3, fx + pw - 3):
        for hy in (fy - 4, fy + ph / 2 - 3, fy + ph - 3):
            if (hx, hy) != (fx + pw / 2 - 3, fy + ph / 2 - 3):
                p.rect(hx, hy, 7, 7, sel, white, 1.0)
    # the sheet tabs and the status bar
    p.rect(0, 712, 1120, 24, None, (240, 241, 243), 0)
    for i, sheet in enumerate(EX31_SHEETS):
        if i == 0:
            p.rect(60 + i * 76, 712, 72, 24, None, white, 0)
        p.text(96 + i * 76, 728, sheet, 9.5, "center", green if i == 0 else dark, line=False)
    p.lines.append(" ".join(EX31_SHEETS))
    p.rect(0, 736, 1120, 24, None, (246, 247, 249), 0)
    p.text(16, 752, "就绪", 9, color=grey)
    p.text(1100, 752, f"计数=1    {100 + seed % 5 * 10}%", 9, "right", grey)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 32
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round32`.

@layout(LAYOUTS, "degree.dangandai_chouchu")
def dangandai_chouchu(*, name, gender, birth, school, major, degree, level_word, number,
                      award_date, chair, seed=0, **_) -> Built:
    """A phone photo of the 学位证书 half drawn out of the brown kraft 档案袋 (the string-
    and-button document envelope) in which the applicant keeps diploma, degree and
    transcripts together: the envelope lies on the desk, flap open, its printed 档案袋 form
    (档案名称 / 档案编号 / 立卷单位 / 起止日期 / 保管期限) filled in by pen, and the portrait
    学位证书 (the 2016 wording, birth month only, 学位评定委员会主席, the committee's seal)
    pulled up out of the mouth far enough that only its bottom margin stays inside; the
    envelope's string wound round its paper button, a sticky note with 原件 on the flap."""
    from ..layout import Ellipse, Line
    from ._common import DESKS, PEN, wrap_cjk

    p = Page(640.0, 900.0, background=DESKS[(seed + 3) % len(DESKS)], font=MING)
    kraft, kdark = (196, 156, 104), (150, 112, 70)
    # the envelope body (lower part of the frame), its flap folded back at the top
    ex, ey, ew, eh = 60.0, 560.0, 520.0, 320.0
    p.rect(ex + 6, ey + 8, ew, eh, None, (70, 52, 38), 0)
    p.rect(ex, ey, ew, eh, None, kraft, 0)
    # the certificate standing out of the mouth
    x0, y0, w, h = 90.0, 40.0, 460.0, 560.0
    p.rect(x0 + 4, y0 + 4, w, h, None, (90, 70, 50), 0)
    p.rect(x0, y0, w, h, None, (248, 249, 252), 0)
    blue, ink_ = (24, 56, 120), (26, 26, 30)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, blue, None, 1.8)
    p.rect(x0 + 17, y0 + 17, w - 34, h - 34, blue, None, 0.5)
    cx = x0 + w / 2
    p.text(cx, y0 + 70, f"{degree}学位证书", 26, "center", blue, font=HEI)
    p.photo(cx - 40, y0 + 94, 80, 106)
    disc = D.DISCIPLINE.get(major, "工学")
    y, m = int(birth[:4]), int(birth[5:7])
    if degree == "学士":
        body = (f"{name}，{gender}，{y}年{m}月生。在{school}{major}专业完成了本科学业，"
                f"成绩合格，根据《中华人民共和国学位条例》的规定，授予{disc}学士学位。")
    else:
        body = (f"{name}，{gender}，{y}年{m}月生。在{school}{major}专业完成了{level_word}"
                f"培养计划，成绩合格，通过{degree}学位论文答辩，根据《中华人民共和国学位条例》"
                f"的规定，授予{disc}{degree}学位。")
    yb = wrap_cjk(p, x0 + 44, y0 + 238, body, w - 88, 13, 26, first_indent=26,
                  closing="。，、；：）」』”！？》")
    yb = max(yb + 16, y0 + 380)
    p.text(x0 + 230, yb, school, 12.5, color=ink_)
    p.row([(x0 + 230, "学位评定委员会主席", yb + 26), (x0 + 350, chair, yb + 26)], 12.5)
    p.text(x0 + 230, yb + 52, cn(award_date), 12.5, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(x0 + 290, yb + 22, 100, seal, seed=seed + 3211, **ink(seed + 2))
    p.text(x0 + 40, yb + 90, f"证书编号：{number}", 11.5, color=ink_)
    # the envelope's front edge over the certificate's foot, and its printed form
    p.rect(ex, ey + 60, ew, eh - 60, None, kraft, 0)
    p.items.append(Line(ex, ey + 60, ex + ew, ey + 60, 2.0, kdark))
    p.text(ex + ew / 2, ey + 104, "档  案  袋", 20, "center", (60, 40, 24), font=HEI)
    year = min(2024, int(award_date[:4]) + 1 + seed % 3)
    rows = [("档案名称", "学历学位证书原件"), ("档案编号", f"GR-{year}-{seed % 90 + 10:02d}"),
            ("立卷人", name), ("起止日期", f"{award_date[:4]}—{year}"), ("保管期限", "长期")]
    for i, (label, value) in enumerate(rows):
        ry = ey + 140 + i * 28
        p.text(ex + 70, ry, f"{label}：", 11, color=(60, 40, 24), font=HEI, line=False)
        p.items.append(Line(ex + 150, ry + 4, ex + 380, ry + 4, 0.6, (60, 40, 24)))
        p.text(ex + 160, ry - 1, value, 11.5, color=PEN, font=KAI, line=False)
        p.lines.append(f"{label}：{value}")
    # the button and its string, the sticky note
    p.items.append(Ellipse(ex + ew - 80, ey + 150, 36, 36, (226, 214, 190)))
    for k in range(3):
        p.items.append(Line(ex + ew - 62, ey + 168, ex + ew - 20 - k * 12, ey + 260 + k * 8,
                            1.2, (236, 230, 214)))
    p.rect(ex + ew - 120, ey + 228, 92, 60, None, (250, 230, 110), 0)
    p.text(ex + ew - 74, ey + 264, "原件 勿折", 12, "center", PEN, font=KAI)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 33
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round33`.

@layout(LAYOUTS, "degree.renshi_xitong_fujian", cn_dates=False)
def renshi_xitong_fujian(*, name, gender, birth, school, major, degree, level_word, number,
                         award_date, chair, seed=0, **_) -> Built:
    """A browser screenshot of the unit's 人事管理信息系统 (the 事业单位 HR system in which
    the 人事科 keeps each employee's 学历学位 sub-table), which some units tell applicants to
    print or capture instead of photographing the original: the system's top bar (logo,
    当前用户 and the 人事科 operator's name, 退出), the left menu (人员信息管理 / 学历学位 /
    专业技术职务 / 岗位聘用 / 年度考核), the breadcrumb, the employee's header (姓名, 人员编号,
    所在部门), the 学历学位信息 grid with two rows (the degree and the earlier 学历 row with
    its 毕业证书 number), and the attachment preview of the 学位证书 scan opened under it
    (the 2016-wording certificate, the committee's seal), 审核状态 已审核 and the 审核人."""
    from ._common import HEI, MICRO, other_people, text_width, wrap_cjk

    p = Page(1100.0, 860.0, background=(240, 242, 245), font=MICRO)
    navy, grey, ink_ = (22, 70, 140), (110, 114, 122), (36, 38, 42)
    p.rect(0, 0, 1100, 30, None, (222, 224, 228), 0)
    p.text(12, 20, "http://10.12.1.8:8080/hrms/person/xlxw.do", 10, color=grey, line=False)
    p.rect(0, 30, 1100, 48, None, navy, 0)
    p.text(20, 61, "人事管理信息系统", 17, color=(255, 255, 255), font=HEI)
    op = other_people(f"{number}:hr", 2)
    p.text(1080, 60, f"当前用户：{op[0][0]}（人事科）  修改密码  退出", 10.5, "right",
           (220, 230, 245), line=False)
    p.rect(0, 78, 170, 782, None, (46, 54, 66), 0)
    for i, t in enumerate(("人员信息管理", "  基本信息", "  学历学位", "  专业技术职务",
                           "  岗位聘用", "  年度考核", "工资管理", "统计报表")):
        if i == 2:
            p.rect(0, 96 + i * 34, 170, 34, None, (30, 110, 200), 0)
        p.text(18, 118 + i * 34, t, 11, color=(230, 232, 236), line=False)
    p.text(190, 104, "首页 > 人员信息管理 > 学历学位", 10, color=grey, line=False)
    p.rect(186, 116, 900, 42, None, (255, 255, 255), 0)
    p.text(200, 143, f"姓名：{name}    性别：{gender}    人员编号：{seed % 9000 + 1000:05d}"
           f"    出生年月：{birth[:7]}", 11.5, color=ink_)
    # the grid
    heads = ["序号", "学历/学位", "毕（结）业院校", "所学专业", "证书编号", "授予/毕业时间",
             "审核状态"]
    ws = [44, 90, 230, 150, 190, 110, 86]
    gx, gy, rh = 186.0, 170.0, 30.0
    p.rect(gx, gy, sum(ws), rh * 3, None, (255, 255, 255), 0)
    p.rect(gx, gy, sum(ws), rh, None, (232, 238, 246), 0)
    rows = [heads,
            ["1", f"{degree}学位", school, major, number, award_date, "已审核"],
            ["2", "大学本科" if degree != "学士" else "普通高中",
             school if degree != "学士" else "—", "—", "—", "—", "已审核"]]
    for r, cells in enumerate(rows):
        cx = gx
        for wcol, cell in zip(ws, cells):
            size = 10.5
            while size > 7 and text_width(cell, size, MICRO) > wcol - 8:
                size -= 0.5
            p.text(cx + 5, gy + r * rh + 20, cell, size, color=ink_, line=False)
            cx += wcol
        p.hline(gx, gx + sum(ws), gy + (r + 1) * rh, 0.5)
        p.lines.append(" ".join(cells))
    p.text(gx, gy + 3 * rh + 22, f"审核人：{op[1][0]}    附件：学位证书.jpg（已选中）",
           10, color=grey)
    # the attachment preview
    x0, y0, w, h = 560.0, 300.0, 470.0, 540.0
    p.rect(x0 - 12, y0 - 30, w + 24, h + 42, None, (60, 62, 66), 0)
    p.text(x0, y0 - 10, "附件预览  学位证书.jpg      旋转  放大  缩小  下载  ×", 10,
           color=(230, 230, 230),
           line=False)
    p.rect(x0, y0, w, h, None, (250, 250, 252), 0)
    blue = (24, 56, 120)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, blue, None, 1.6)
    cx = x0 + w / 2
    p.text(cx, y0 + 64, f"{degree}学位证书", 24, "center", blue, font=HEI)
    p.photo(cx - 38, y0 + 86, 76, 100)
    disc = D.DISCIPLINE.get(major, "工学")
    y, m = int(birth[:4]), int(birth[5:7])
    plan = "本科学业" if degree == "学士" else f"{level_word}培养计划"
    extra = "" if degree == "学士" else f"通过{degree}学位论文答辩，"
    body = (f"{name}，{gender}，{y}年{m}月生。在{school}{major}专业完成了{plan}，成绩合格，"
            f"{extra}根据《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    p.font = MING
    yb = wrap_cjk(p, x0 + 40, y0 + 218, body, w - 80, 12.5, 25, first_indent=25,
                  closing="。，、；：）」』”！？》")
    yb = max(yb + 14, y0 + 370)
    p.text(x0 + 230, yb, school, 12, color=ink_)
    p.row([(x0 + 230, "学位评定委员会主席", yb + 24), (x0 + 346, chair, yb + 24)], 12)
    p.text(x0 + 230, yb + 48, cn(award_date), 12, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(x0 + 300, yb + 18, 96, seal, seed=seed + 3311, **ink(seed + 1))
    p.text(x0 + 36, yb + 84, f"证书编号：{number}", 11, color=ink_)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 34
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round34`.

@layout(LAYOUTS, "degree.shouyu_yishi_heying", cn_dates=False)
def shouyu_yishi_heying(*, name, gender, birth, school, major, degree, level_word, number,
                        award_date, chair, seed=0, **_) -> Built:
    """The souvenir photo from the school's 学位授予仪式 (the 拨穗 ceremony), which many
    graduates still have and upload when the certificate itself is in a drawer far away:
    after receiving it on stage the graduate stands in the 学位服 before the ceremony's
    backdrop and holds the red folder open at chest height toward the camera. The photo: the
    red banner across the top ({school}{year}届毕业典礼暨学位授予仪式), the blue backdrop with
    the school emblem and motto, the graduate's cap and gown with the 垂布 (hood) in the
    discipline's colour, two hands holding the folder open (left leaf the red cover's inside
    with 学位证书 in gold and the emblem, right leaf the certificate with the 2016-style
    wording: photo, prose, the 学位评定委员会主席, the date, the committee's seal, 证书编号 at
    the foot), and the edge of the stage steps and a potted plant at the bottom."""
    from ..layout import Ellipse
    from ._common import wrap_cjk

    p = Page(860.0, 1100.0, background=(40, 78, 150), font=MICRO)
    year = int(award_date[:4])
    # the banner and backdrop
    p.rect(0, 0, 860, 96, None, (196, 26, 32), 0)
    p.text(430, 44, school, 22, "center", (255, 236, 170), font=HEI)
    p.text(430, 80, f"{year}届毕业典礼暨学位授予仪式", 20, "center", (255, 255, 255),
           font=HEI)
    p.items.append(Ellipse(660, 120, 150, 150, (70, 110, 180)))
    p.items.append(Ellipse(690, 150, 90, 90, (40, 78, 150)))
    p.text(90, 150, "博学  笃行  求是  创新", 16, color=(160, 190, 230), line=False)
    # the graduate: cap, head, gown and hood
    p.rect(330, 170, 200, 26, None, (20, 20, 24), 0)
    p.items.append(Ellipse(370, 190, 120, 150, (226, 192, 160)))
    p.items.append(Ellipse(366, 184, 128, 50, (30, 28, 30)))
    p.items.append(Ellipse(160, 330, 540, 260, (24, 24, 30)))
    p.rect(160, 450, 540, 650, None, (24, 24, 30), 0)
    hood = {"学士": (212, 180, 40), "硕士": (40, 70, 160), "博士": (160, 30, 40)}.get(degree,
                                                                                 (212, 180, 40))
    p.rect(300, 330, 260, 60, None, hood, 0)
    # the open folder: left leaf the cover's inside, right leaf the certificate
    fx, fy, fw, fh = 70.0, 440.0, 720.0, 520.0
    p.rect(fx + 6, fy + 8, fw, fh, None, (14, 14, 16), 0)
    p.rect(fx, fy, fw / 2, fh, None, (166, 24, 30), 0)
    p.rect(fx + 20, fy + 20, fw / 2 - 40, fh - 40, (214, 174, 90), None, 1.4)
    p.items.append(Ellipse(fx + fw / 4 - 50, fy + 120, 100, 100, (214, 174, 90)))
    p.items.append(Ellipse(fx + fw / 4 - 40, fy + 130, 80, 80, (166, 24, 30)))
    p.text(fx + fw / 4, fy + 300, "学 位 证 书", 28, "center", (230, 192, 104), font=HEI)
    p.text(fx + fw / 4, fy + 340, school, 13, "center", (230, 192, 104), font=KAI)
    lx, lw = fx + fw / 2, fw / 2
    p.rect(lx, fy, lw, fh, None, (250, 250, 246), 0)
    blue, ink_ = (30, 60, 130), (26, 26, 26)
    p.rect(lx + 10, fy + 10, lw - 20, fh - 20, blue, None, 1.2)
    cx = lx + lw / 2
    p.text(cx, fy + 54, f"{degree}学位证书", 22, "center", blue, font=HEI)
    p.photo(cx - 34, fy + 70, 68, 90)
    disc = D.DISCIPLINE.get(major, "工学")
    y, m = int(birth[:4]), int(birth[5:7])
    plan = _plan(degree, level_word)
    extra = "" if degree == "学士" else f"通过{degree}学位论文答辩，"
    body = (f"{name}，{gender}，{y}年{m}月生。在{school}{major}专业完成了{plan}，成绩合格，"
            f"{extra}根据《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    p.font = MING
    yb = wrap_cjk(p, lx + 28, fy + 190, body, lw - 56, 11.5, 21, first_indent=23,
                  closing="。，、；：）」』”！？》")
    yb = max(yb + 8, fy + 340)
    p.text(lx + 150, yb, school, 10.5, color=ink_)
    p.row([(lx + 150, "学位评定委员会主席", yb + 20), (lx + 250, chair, yb + 20)], 10.5)
    p.text(lx + 150, yb + 40, cn(award_date), 10.5, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(lx + 212, yb + 14, 86, seal, seed=seed + 3411, **ink(seed + 2))
    p.text(lx + 28, fy + fh - 26, f"证书编号：{number}", 10.5, color=ink_)
    p.font = MICRO
    # the hands at the folder's outer edges
    for hx in (fx - 24, fx + fw - 30):
        p.items.append(Ellipse(hx, fy + 230, 56, 90, (222, 186, 154)))
    # the stage step and a potted plant
    p.rect(0, 1010, 860, 90, None, (120, 30, 34), 0)
    p.items.append(Ellipse(20, 900, 120, 140, (40, 110, 60)))
    p.rect(40, 1010, 80, 70, None, (200, 180, 150), 0)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 35
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round35`.

@layout(LAYOUTS, "degree.ziwai_dengzhao", cn_dates=False)
def ziwai_dengzhao(*, name, gender, birth, school, major, degree, level_word, number,
                   award_date, chair, seed=0, **_) -> Built:
    """A phone photo of the 学位证书 under an ultraviolet torch (the 紫光/验钞 lamp a 人事科
    or 职改办 keeps to check certificates' fluorescent 防伪 features), taken in the
    darkened room when the clerk asks the applicant to send "the UV photo too": the desk in
    near darkness, the purple pool of the lamp's light over the certificate, the paper's
    pale violet cast, the hidden fluorescent marks lit up (the 中华人民共和国学位证书
    pattern line across the top in yellow-green, the emblem's ring glowing, scattered
    fluorescent fibres in red, blue and green), the committee's seal glowing orange, and the
    lamp itself held in the hand at the upper right (its black body and the violet LED
    face). The certificate: landscape 2016 wording, 学位证书 title in blue, the
    photo at the left, the prose, the 学位评定委员会主席, the date and the seal, 证书编号
    under the photo; the dark printing stays legible through the violet light."""
    from ..layout import Ellipse, Line
    from ._common import wrap_cjk

    p = Page(1000.0, 760.0, background=(18, 12, 30), font=MING)
    # the pool of UV light
    p.items.append(Ellipse(-60, 10, 1080, 760, (44, 26, 76)))
    p.items.append(Ellipse(20, 60, 920, 660, (70, 44, 120)))
    # the certificate, landscape, its paper violet under the lamp
    x0, y0, w, h = 90.0, 120.0, 780.0, 540.0
    p.rect(x0 + 5, y0 + 7, w, h, None, (14, 8, 24), 0)
    p.rect(x0, y0, w, h, None, (206, 196, 236), 0)
    navy, ink_ = (30, 24, 90), (22, 18, 40)
    p.rect(x0 + 16, y0 + 16, w - 32, h - 32, navy, None, 2.0)
    # the fluorescent security marks
    glow = (190, 255, 120)
    p.text(x0 + w / 2, y0 + 40, "中华人民共和国学位证书  ·  " * 3, 8, "center",
           glow, line=False)
    p.items.append(Ellipse(x0 + w - 170, y0 + 80, 110, 110, glow))
    p.items.append(Ellipse(x0 + w - 162, y0 + 88, 94, 94, (206, 196, 236)))
    k = seed % 11
    for i in range(26):
        fx = x0 + 30 + (i * 53 + k * 17) % (w - 60)
        fy = y0 + 50 + (i * 97 + k * 29) % (h - 90)
        c = ((255, 60, 90), (80, 160, 255), (120, 255, 120))[i % 3]
        p.items.append(Line(fx, fy, fx + 7 + i % 5, fy + 3 - i % 4, 1.2, c))
    # the printing
    cx = x0 + w / 2
    p.text(cx, y0 + 92, f"{degree}学位证书", 30, "center", navy, font=HEI)
    p.photo(x0 + 60, y0 + 140, 104, 138, bg=(150, 150, 200))
    p.text(x0 + 60, y0 + 312, "证书编号：", 13, color=ink_, line=False)
    p.text(x0 + 40, y0 + 338, number, 13, color=ink_, line=False)
    p.lines.append(f"证书编号：{number}")
    disc = D.DISCIPLINE.get(major, "工学")
    y, m = int(birth[:4]), int(birth[5:7])
    extra = "" if degree == "学士" else f"通过{degree}学位论文答辩，"
    body = (f"{name}，{gender}，{y}年{m}月生。在{school}{major}专业完成了"
            f"{_plan(degree, level_word)}，成绩合格，{extra}根据《中华人民共和国学位条例》的"
            f"规定，授予{disc}{degree}学位。")
    yb = wrap_cjk(p, x0 + 210, y0 + 160, body, w - 400, 15, 32, first_indent=30,
                  closing="。，、；：）」』”！？》")
    yb = max(yb + 24, y0 + 380)
    p.text(x0 + 420, yb, school, 14, color=ink_)
    p.row([(x0 + 420, "学位评定委员会主席", yb + 30), (x0 + 556, chair, yb + 30)], 14)
    p.text(x0 + 420, yb + 60, cn(award_date), 14, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(x0 + 500, yb + 24, 116, seal, seed=seed + 3511, color=(255, 130, 60), strength=0.9)
    # the UV torch in the hand at the upper right
    p.items.append(Ellipse(800, -30, 170, 120, (150, 110, 90)))  # the hand
    p.items.append(Line(840, 40, 700, 150, 34, (24, 24, 28)))
    p.items.append(Ellipse(672, 128, 60, 56, (150, 90, 255)))
    p.items.append(Ellipse(684, 138, 36, 34, (220, 200, 255)))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 36
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round36`.

@layout(LAYOUTS, "degree.zhaoxiangguan_chongyin", cn_dates=False)
def zhaoxiangguan_chongyin(*, name, gender, birth, school, major, degree, level_word, number,
                           award_date, chair, seed=0, **_) -> Built:
    """A flatbed scan of the photo-studio print of the 学位证书: before phones, graduates
    had a 照相馆 翻拍 the certificate and 冲印 a few 8-inch glossy prints to send home and to
    keep apart from the original; when the original is kept far away (at the parents' house,
    or lost) the applicant scans such a print on the office scanner at A4 landscape. The scan:
    the scanner's pale grey field with the lid's faint texture, the print laid near the top
    left with its white border, the studio's paper 相片袋 half under it at the right (the
    shop's name, 地址 and 电话, 取件单号 and 张数 written by pen), the print's back-stamp
    showing through faintly at its border. In the print: the landscape certificate
    photographed square on, on the studio's black velvet, navy 学位证书 title, photo at the
    left with 证书编号 under it, the 2016 wording (完成了…培养计划 / 本科学业), school,
    学位评定委员会主席, the date and the committee's seal."""
    from ._common import PEN, wrap_cjk

    p = Page(842.0, 595.0, background=(232, 232, 228), font=MING)
    # the scanner lid's texture
    for i in range(40):
        p.items.append(Line(0, 8 + i * 15, 842, 10 + i * 15, 0.3, (222, 222, 218)))
    # the studio's envelope, under the print at the right
    ex, ey = 600.0, 150.0
    p.rect(ex, ey, 230, 330, None, (236, 214, 170), 0)
    p.text(ex + 118, ey + 150, f"{'金像' if seed % 2 else '艺美'}照相馆", 18, "center",
           (170, 40, 40), font=HEI, line=False)
    p.text(ex + 118, ey + 178, "翻拍 · 冲印 · 证件照 · 婚纱摄影", 9.5, "center", (120, 60, 40),
           line=False)
    tel = 2820000 + seed * 37 % 9999
    p.text(ex + 118, ey + 200, f"地址：解放南路{20 + seed % 80}号  电话：{tel}", 8.5, "center",
           (120, 60, 40), line=False)
    yr = int(award_date[:4])
    p.text(ex + 40, ey + 240, f"取件单号 {seed % 900 + 100}    8寸 × {2 + seed % 3}张", 11,
           color=PEN, font=KAI, line=False)
    p.text(ex + 40, ey + 266, f"{yr}.{int(award_date[5:7])}.{min(28, int(award_date[8:10]) + 3)}",
           11, color=PEN, font=KAI, line=False)
    # the print: 8 x 6 inch, white border, the certificate on black velvet
    x0, y0, w, h = 30.0, 30.0, 600.0, 450.0
    p.rect(x0 + 3, y0 + 4, w, h, None, (190, 190, 186), 0)
    p.rect(x0, y0, w, h, None, (250, 250, 250), 0)
    p.rect(x0 + 12, y0 + 12, w - 24, h - 24, None, (18, 16, 20), 0)
    cx0, cy0, cw, ch = x0 + 26, y0 + 30, w - 52, h - 60
    p.rect(cx0, cy0, cw, ch, None, (248, 244, 230), 0)
    navy, ink_ = (28, 40, 110), (26, 24, 24)
    p.rect(cx0 + 10, cy0 + 10, cw - 20, ch - 20, navy, None, 1.6)
    k = cw / 780.0
    p.text(cx0 + cw / 2, cy0 + 62 * k, f"{degree}学位证书", 30 * k, "center", navy, font=HEI)
    p.photo(cx0 + 56 * k, cy0 + 110 * k, 100 * k, 134 * k, bg=(70, 130, 200) if seed % 2
            else (214, 50, 50))
    p.text(cx0 + 40 * k, cy0 + 280 * k, "证书编号：", 13 * k, color=ink_, line=False)
    p.text(cx0 + 36 * k, cy0 + 304 * k, number, 13 * k, color=ink_, line=False)
    p.lines.append(f"证书编号：{number}")
    disc = D.DISCIPLINE.get(major, "工学")
    by, bm = int(birth[:4]), int(birth[5:7])
    extra = "" if degree == "学士" else f"通过{degree}学位论文答辩，"
    body = (f"{name}，{gender}，{by}年{bm}月生。在{school}{major}专业完成了"
            f"{_plan(degree, level_word)}，成绩合格，{extra}根据《中华人民共和国学位条例》的"
            f"规定，授予{disc}{degree}学位。")
    yb = wrap_cjk(p, cx0 + 200 * k, cy0 + 128 * k, body, cw - 250 * k, 15 * k, 32 * k,
                  first_indent=30 * k, closing="。，、；：）」』”！？》")
    yb = max(yb + 20 * k, cy0 + 350 * k)
    p.text(cx0 + 420 * k, yb, school, 14 * k, color=ink_)
    p.row([(cx0 + 420 * k, "学位评定委员会主席", yb + 28 * k), (cx0 + 560 * k, chair, yb + 28 * k)],
          14 * k)
    p.text(cx0 + 420 * k, yb + 56 * k, cn(award_date), 14 * k, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(cx0 + 500 * k, yb + 22 * k, 112 * k, seal, seed=seed + 3611, **ink(seed + 1))
    # the print's back-stamp showing faintly through its lower border
    p.text(x0 + w / 2, y0 + h - 3, "FUJICOLOR CRYSTAL ARCHIVE PAPER  ·  " * 3, 5.5, "center",
           (226, 226, 226), font=MICRO, line=False)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 37
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round37`.

@layout(LAYOUTS, "degree.gongshilan_zhangtie")
def gongshilan_zhangtie(*, name, gender, birth, school, major, degree, level_word, number,
                        award_date, chair, seed=0, **_) -> Built:
    """A phone photo of the unit's glass-fronted 公示栏 in the corridor during the 职称申报
    材料公示 (notices require the unit to post the applicants' 申报材料 for at least five
    working days before sending them up; many units pin the certificates' colour copies
    beside the 公示 notice, and the applicant later photographs the board as proof that the
    公示 took place): the corridor's wall, the board's aluminium frame and blue felt, the A4
    公示 notice at the left (关于…年度专业技术职务任职资格申报人员的公示, the list of names
    with the holder among colleagues, the 公示期, the 监督电话 and the 人事科's name and
    date), the holder's 学位证书 colour copy pinned at the right by coloured push pins
    (landscape, photo at the left, the older 业已毕业 wording with dates as 2016年6月30日,
    school, 学位评定委员会主席, the date under the committee's seal, 证书编号), and the
    glass's pale reflection streaks and a fluorescent tube's glare across it."""
    from ..layout import Ellipse
    from ._common import other_people, wrap_cjk

    p = Page(1200.0, 860.0, background=(222, 218, 206), font=MING)
    p.rect(0, 780, 1200, 80, None, (150, 138, 120), 0)  # skirting and floor
    bx, by, bw, bh = 40.0, 40.0, 1120.0, 720.0
    p.rect(bx - 12, by - 12, bw + 24, bh + 24, None, (176, 178, 182), 0)
    p.rect(bx, by, bw, bh, None, (52, 84, 140), 0)
    for i in range(4):  # the glass's reflections, seen on the felt
        p.items.append(Line(bx + 200 + i * 260, by, bx + 60 + i * 260, by + bh, 10 - i * 2,
                            (78, 108, 160)))
    # the notice, A4 portrait
    nx, ny, nw, nh = bx + 30, by + 30, 390.0, 552.0
    p.rect(nx, ny, nw, nh, None, (252, 252, 250), 0)
    year = min(2025, max(int(award_date[:4]) + 4, 2019 + seed % 6))
    p.text(nx + nw / 2, ny + 44, f"关于{year}年度专业技术职务任职资格", 15, "center",
           (20, 20, 20), font=HEI, line=False)
    p.text(nx + nw / 2, ny + 66, "申报人员的公示", 15, "center", (20, 20, 20), font=HEI,
           line=False)
    intro = ("根据上级职称工作通知要求，经个人申报、单位审核，现将我单位申报人员名单及其申报材料"
             "予以公示。如有异议，请于公示期内向人事科反映。")
    y = wrap_cjk(p, nx + 22, ny + 100, intro, nw - 44, 10.5, 18, first_indent=21)
    rows = [(nm, "中级") for nm, _g, _i in other_people(f"{number}:gs", 3)]
    rows.insert(seed % 3 + 1, (name, "中级" if degree == "学士" else "副高级"))
    y += 10
    for i, (nm, lv) in enumerate(rows):
        p.text(nx + 40, y + i * 22, f"{i + 1}.  {nm}    申报{lv}", 10.5, color=(30, 30, 30),
               line=False)
    y += len(rows) * 22 + 14
    p.text(nx + 22, y, f"公示期：{year}年{3 + seed % 6}月{2 + seed % 9}日至"
           f"{3 + seed % 6}月{9 + seed % 9}日", 10.5, color=(30, 30, 30), line=False)
    p.text(nx + 22, y + 22, f"监督电话：0772-{2800000 + seed * 53 % 99999}", 10.5,
           color=(30, 30, 30), line=False)
    p.text(nx + nw - 30, ny + nh - 70, "人事科", 11, "right", (30, 30, 30), line=False)
    p.text(nx + nw - 30, ny + nh - 48, f"{year}年{3 + seed % 6}月{1 + seed % 9}日", 11, "right",
           (30, 30, 30), line=False)
    # the degree copy, landscape
    cx0, cy0, cw, ch = bx + 450, by + 60, 640.0, 452.0
    p.rect(cx0, cy0, cw, ch, None, (246, 248, 252), 0)
    navy, ink_ = (30, 60, 130), (24, 24, 28)
    k = cw / 842.0
    p.rect(cx0 + 14 * k, cy0 + 14 * k, cw - 28 * k, ch - 28 * k, navy, None, 2.2 * k)
    p.text(cx0 + cw / 2, cy0 + 92 * k, "  ".join(f"{degree}学位证书"), 32 * k, "center", navy,
           font=HEI)
    p.photo(cx0 + 80 * k, cy0 + 150 * k, 100 * k, 132 * k,
            bg=(70, 130, 200) if seed % 2 else (214, 50, 50))
    disc = D.DISCIPLINE.get(major, "工学")
    body = (f"{name}，{gender}，{cn(birth)}生。在{school}{major}专业完成了{level_word}学习"
            f"计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予{disc}{degree}"
            "学位。")
    yb = wrap_cjk(p, cx0 + 220 * k, cy0 + 180 * k, body, cw - 280 * k, 17 * k, 34 * k,
                  first_indent=34 * k, closing="。，、；：）」』”！？》")
    yb = max(yb + 24 * k, cy0 + 380 * k)
    p.text(cx0 + 220 * k, yb, school, 16 * k, color=ink_)
    p.row([(cx0 + 220 * k, "学位评定委员会主席", yb + 32 * k), (cx0 + 390 * k, chair, yb + 32 * k)],
          16 * k)
    p.text(cx0 + 560 * k, yb + 74 * k, cn(award_date), 16 * k, color=ink_)
    p.text(cx0 + 80 * k, cy0 + ch - 40 * k, f"证书编号：{number}", 14 * k, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(cx0 + 330 * k, yb + 10 * k, 116 * k, seal, seed=seed + 3711, **ink(seed + 2))
    for px_, py_, col in ((cx0 + 14, cy0 + 10, (220, 40, 40)), (cx0 + cw - 26, cy0 + 10,
                                                                  (40, 160, 60)),
                          (nx + nw / 2 - 6, ny + 6, (240, 200, 30))):
        p.items.append(Ellipse(px_, py_, 13, 13, col))
    # a colleague's sheet half hidden at the bottom right, and the glass's glare
    p.rect(cx0 + 60, cy0 + ch + 24, 300, 160, None, (250, 250, 246), 0)
    p.text(cx0 + 80, cy0 + ch + 52, "申报材料目录（第2页）", 11, color=(60, 60, 60), line=False)
    p.items.append(Line(bx + 20, by + 14, bx + bw - 20, by + 14, 5, (244, 246, 250)))
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 38
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round38`.

@layout(LAYOUTS, "degree.snipaste_tietu")
def snipaste_tietu(*, name, gender, birth, school, major, degree, level_word, number,
                   award_date, chair, seed=0, **_) -> Built:
    """A PC screenshot of the 人事科 clerk's desktop while keying the applicant's 学历学位 into
    the province's 职称申报系统: the clerk pinned the scanned 学位证书 on top of the browser
    with Snipaste's 贴图 (F3), a floating borderless image with its blue glow, so as to copy
    the particulars across, and screenshotted it when the 评审办 asked where a number came
    from. The browser (tab 专业技术人员职称申报系统, the address bar, the system's blue header
    with the clerk's login and 退出), the form 学历学位信息 with its labels (姓名, 最高学历,
    毕业院校, 所学专业, 学位, 学位授予单位, 学位证书编号, 授予日期, 附件) part filled, the
    number being typed with the caret in the box, 保存 / 下一步 buttons; the pinned scan at
    the right over the form (portrait, photo, the newer 完成了…学业 wording with dates as
    2016年6月30日, school, 学位评定委员会主席, the date under the committee's seal, 证书编号),
    Snipaste's 缩放 badge 86% at its corner; the taskbar with the clock."""
    from ..layout import Ellipse
    from ._common import other_people, wrap_cjk

    p = Page(1440.0, 900.0, background=(242, 244, 248), font=MICRO)
    dark, grey, blue = (33, 37, 41), (120, 126, 134), (22, 93, 180)
    year = min(2025, max(int(award_date[:4]) + 4, 2020 + seed % 5))
    # the browser
    p.rect(0, 0, 1440, 36, None, (222, 225, 230), 0)
    p.rect(10, 6, 280, 30, None, (255, 255, 255), 0)
    p.text(24, 26, "专业技术人员职称申报系统", 11.5, color=dark, line=False)
    p.text(1424, 25, "—     ▢     ✕", 12, "right", dark, line=False)
    p.rect(0, 36, 1440, 40, None, (255, 255, 255), 0)
    p.rect(90, 42, 900, 28, None, (241, 243, 244), 0)
    p.text(104, 61, "zcps.rst.gxzf.gov.cn/declare/education/edit?step=3", 11.5, color=grey,
           line=False)
    p.rect(0, 76, 1440, 56, None, blue, 0)
    p.text(30, 112, "专业技术人员职称申报评审系统（单位经办）", 18, color=(255, 255, 255),
           font=HEI, line=False)
    clerk = other_people(f"{number}:sn", 1)[0][0]
    p.text(1410, 110, f"经办人：{clerk}    退出", 12, "right", (255, 255, 255), line=False)
    # the steps and the form
    for i, t in enumerate(("基本信息", "任职经历", "学历学位", "继续教育", "业绩成果", "提交")):
        x = 60 + i * 150
        p.items.append(Ellipse(x, 150, 24, 24, blue if i <= 2 else (200, 204, 210)))
        p.text(x + 12, 167, str(i + 1), 11, "center", (255, 255, 255), line=False)
        p.text(x + 32, 167, t, 12, color=blue if i == 2 else grey, line=False)
    p.rect(40, 196, 1360, 640, None, (255, 255, 255), 0)
    p.text(64, 232, "学历学位信息", 15, color=dark, font=HEI, line=False)
    p.text(190, 232, f"申报人：{name}", 12, color=grey, line=False)
    digits = number[:6 + seed % 4]
    rows = [("最高学历", "研究生" if degree != "学士" else "大学本科"), ("毕业院校", school),
            ("所学专业", major), ("学位", degree), ("学位授予单位", ""),
            ("学位证书编号", digits), ("授予日期", ""), ("附件", "")]
    for i, (label, value) in enumerate(rows):
        yy = 280 + i * 56
        p.text(180, yy, ("* " if i < 7 else "") + label, 12.5, "right", dark, line=False)
        p.rect(200, yy - 20, 420, 32, (214, 218, 224) if i != 5 else blue, None, 1.0)
        if value:
            p.text(212, yy, value, 12.5, color=dark, line=False)
        if i == 5:
            from ._common import text_width
            cx = 212 + text_width(digits, 12.5, MICRO) + 2
            p.items.append(Line(cx, yy - 14, cx, yy + 4, 1.2, dark))
        if i == 6:
            p.text(212, yy, "请选择日期", 12.5, color=(180, 184, 190), line=False)
        if i == 7:
            p.text(212, yy, "＋ 上传学位证书扫描件（jpg/pdf，≤5M）", 12, color=blue, line=False)
    p.rect(200, 740, 96, 34, None, blue, 0)
    p.text(248, 762, "保存", 13, "center", (255, 255, 255), line=False)
    p.rect(310, 740, 96, 34, (214, 218, 224), None, 1.0)
    p.text(358, 762, "下一步", 13, "center", dark, line=False)
    # the pinned scan
    sx, sy, sw, sh = 690.0, 140.0, 560.0, 704.0
    for i in range(6, 0, -1):
        p.rect(sx - i, sy - i, sw + 2 * i, sh + 2 * i, (120, 170, 230), None, 0.8)
    p.rect(sx, sy, sw, sh, None, (248, 248, 250), 0)
    navy, ink_ = (28, 56, 124), (24, 24, 28)
    p.font = MING
    p.rect(sx + 18, sy + 18, sw - 36, sh - 36, navy, None, 1.8)
    p.text(sx + sw / 2, sy + 92, f"{degree}学位证书", 30, "center", navy, font=HEI)
    p.photo(sx + sw / 2 - 48, sy + 124, 96, 128, bg=(70, 130, 200) if seed % 2 else
            (232, 234, 238))
    plan = "本科学业" if degree == "学士" else f"{level_word}培养计划"
    extra = "" if degree == "学士" else f"通过{degree}学位论文答辩，"
    body = (f"{name}，{gender}，{int(birth[:4])}年{int(birth[5:7])}月生。在{school}{major}专业"
            f"完成了{plan}，成绩合格，{extra}达到了{degree}学位要求，根据《中华人民共和国学位"
            f"条例》的规定，授予{D.DISCIPLINE.get(major, '工学')}{degree}学位。")
    y = wrap_cjk(p, sx + 56, sy + 300, body, sw - 112, 15, 30, first_indent=30)
    y = max(y + 30, sy + 540)
    p.text(sx + 280, y, school, 14, color=ink_)
    p.row([(sx + 280, "学位评定委员会主席", y + 30), (sx + 420, chair, y + 30)], 14)
    p.text(sx + 280, y + 60, D.cn(award_date), 14, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(sx + 360, y + 20, 116, seal, seed=seed + 3811, **ink(seed + 3))
    p.text(sx + 56, sy + sh - 44, f"证书编号：{number}", 12.5, color=ink_)
    p.font = MICRO
    p.rect(sx + sw - 58, sy + sh - 28, 52, 22, None, (40, 40, 44), 0)
    p.text(sx + sw - 32, sy + sh - 12, "86%", 11, "center", (255, 255, 255), line=False)
    # the taskbar
    p.rect(0, 860, 1440, 40, None, (32, 36, 44), 0)
    for i in range(6):
        p.rect(14 + i * 48, 868, 26, 24, None, (90 + i * 20, 120, 170), 0)
    p.text(1426, 878, f"{9 + seed % 9}:{seed * 13 % 60:02d}", 11, "right", (240, 240, 240),
           line=False)
    p.text(1426, 894, f"{year}/{3 + seed % 6}/{2 + seed % 25}", 10, "right", (240, 240, 240),
           line=False)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 39
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round39`.

@layout(LAYOUTS, "degree.wps_pdf_chengnuo_qianming")
def wps_pdf_chengnuo_qianming(*, name, gender, birth, school, major, degree, level_word,
                              number, award_date, chair, seed=0, **_) -> Built:
    """A PC screenshot of WPS Office's PDF editor with the scanned 学位证书 open while the
    applicant signs it (申报系统 notices ask for 复印件 marked 与原件一致 and signed; applicants
    without a printer add the line and a 手写签名 in WPS's 签名 tool, and some upload the
    screenshot rather than the exported file): WPS's title bar and document tabs (首页,
    学位证书扫描件.pdf), the ribbon (开始 插入 批注 编辑 页面 保护 转换 签名 …), the 签名 side
    pane (创建签名, 我的签名 with the signature thumbnail, 添加日期), the page on the grey canvas
    (portrait, photo, the 完成了…学业 wording with dates as 2016年6月30日, school,
    学位评定委员会主席, the date under the committee's seal, 证书编号), the typed text box
    本复印件与原件一致，仅供职称申报使用 in a dashed selection frame, the signature in 楷体 with its
    date, and the status bar (1/1, 100%, zoom slider)."""
    from ._common import wrap_cjk

    p = Page(1440.0, 900.0, background=(232, 233, 236), font=MICRO)
    dark, grey, blue = (40, 40, 46), (128, 130, 136), (46, 112, 230)
    year = min(2025, max(int(award_date[:4]) + 4, 2020 + seed % 5))
    p.rect(0, 0, 1440, 38, None, (255, 255, 255), 0)
    p.rect(8, 6, 96, 32, None, (245, 246, 248), 0)
    p.text(56, 27, "首页", 12, "center", dark, line=False)
    p.rect(108, 4, 230, 34, None, (232, 233, 236), 0)
    p.rect(116, 13, 14, 16, None, (214, 58, 48), 0)
    p.text(138, 27, "学位证书扫描件.pdf", 12, color=dark, line=False)
    p.text(326, 27, "✕", 10, "right", grey, line=False)
    p.text(1424, 26, "—     ▢     ✕", 12, "right", dark, line=False)
    p.rect(0, 38, 1440, 34, None, (250, 250, 251), 0)
    tabs = ("三", "开始", "插入", "批注", "编辑", "页面", "保护", "转换", "签名", "工具")
    for i, t in enumerate(tabs):
        p.text(24 + i * 62, 60, t, 12, "center", blue if t == "签名" else dark, line=False)
    p.items.append(Line(505, 68, 547, 68, 2.0, blue))
    p.rect(0, 72, 1440, 60, None, (255, 255, 255), 0)
    for i, t in enumerate(("手写签名", "图片签名", "文字签名", "日期", "电子印章", "验证签名")):
        p.rect(30 + i * 96, 80, 28, 26, None, (200, 214, 236), 0)
        p.text(44 + i * 96, 124, t, 10.5, "center", dark, line=False)
    # the side pane
    p.rect(1160, 132, 280, 738, None, (255, 255, 255), 0)
    p.text(1178, 162, "签名", 14, color=dark, font=HEI, line=False)
    p.rect(1178, 180, 244, 34, None, blue, 0)
    p.text(1300, 202, "＋ 创建签名", 12, "center", (255, 255, 255), line=False)
    p.text(1178, 244, "我的签名", 11.5, color=grey, line=False)
    p.rect(1178, 254, 244, 80, (216, 218, 222), (250, 250, 251), 1.0)
    p.text(1300, 306, name, 26, "center", (20, 20, 24), font=KAI, line=False)
    p.text(1178, 366, "○ 添加日期", 11.5, color=dark, line=False)
    p.text(1178, 392, "○ 同时应用到所有页", 11.5, color=dark, line=False)
    p.text(1178, 840, "签名仅保存在本机", 10, color=grey, line=False)
    # the page
    sx, sy, sw, sh = 330.0, 146.0, 560.0, 700.0
    p.rect(sx + 3, sy + 4, sw, sh, None, (200, 200, 204), 0)
    p.rect(sx, sy, sw, sh, None, (250, 250, 252), 0)
    navy, ink_ = (24, 52, 120), (24, 24, 28)
    p.font = MING
    p.rect(sx + 20, sy + 20, sw - 40, sh - 40, navy, None, 1.6)
    p.text(sx + sw / 2, sy + 88, f"{degree}学位证书", 28, "center", navy, font=HEI)
    p.photo(sx + sw / 2 - 46, sy + 112, 92, 122, bg=(70, 130, 200) if seed % 2 else
            (232, 234, 238))
    extra = "" if degree == "学士" else f"通过{degree}学位论文答辩，"
    body = (f"{name}，{gender}，{int(birth[:4])}年{int(birth[5:7])}月生。在{school}{major}专业"
            f"完成了{_plan(degree, level_word)}，成绩合格，{extra}达到了{degree}学位要求，根据"
            f"《中华人民共和国学位条例》的规定，授予{D.DISCIPLINE.get(major, '工学')}"
            f"{degree}学位。")
    y = wrap_cjk(p, sx + 56, sy + 280, body, sw - 112, 14.5, 28, first_indent=29)
    y = max(y + 24, sy + 470)
    p.text(sx + 270, y, school, 14, color=ink_)
    p.row([(sx + 270, "学位评定委员会主席", y + 28), (sx + 410, chair, y + 28)], 14)
    p.text(sx + 270, y + 56, D.cn(award_date), 14, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(sx + 350, y + 8, 112, seal, seed=seed + 3911, **ink(seed + 4))
    p.text(sx + 56, sy + sh - 40, f"证书编号：{number}", 12.5, color=ink_)
    p.font = MICRO
    # the typed box and the signature
    tx, ty = sx + 48, sy + 628
    p.rect(tx - 6, ty - 20, 300, 28, (90, 140, 230), None, 0.8)
    p.text(tx, ty, "本复印件与原件一致，仅供职称申报使用", 12.5, color=(200, 30, 30),
           line=False)
    for cx_, cy_ in ((tx - 6, ty - 20), (tx + 294, ty - 20), (tx - 6, ty + 8), (tx + 294, ty + 8)):
        p.rect(cx_ - 3, cy_ - 3, 6, 6, (90, 140, 230), (255, 255, 255), 0.8)
    p.text(tx + 310, ty + 2, name, 22, color=(20, 20, 24), font=KAI, line=False)
    p.text(tx + 390, ty, f"{year}.{1 + seed % 12}.{1 + seed % 27}", 11.5, color=(20, 20, 24),
           line=False)
    # status bar
    p.rect(0, 870, 1440, 30, None, (250, 250, 251), 0)
    p.text(20, 890, "1/1", 11, color=dark, line=False)
    p.text(1120, 890, "100%", 11, "right", dark, line=False)
    p.items.append(Line(960, 885, 1080, 885, 1.2, (190, 190, 196)))
    p.rect(1016, 879, 8, 12, None, dark, 0)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)


# --------------------------------------------------------------------------- round 40
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round40`.

@layout(LAYOUTS, "degree.fangda_kuaisu_chakan")
def fangda_kuaisu_chakan(*, name, gender, birth, school, major, degree, level_word,
                         number, award_date, chair, seed=0, **_) -> Built:
    """A Mac screenshot of 访达 (Finder) in list view on the applicant's 职称申报 folder with
    the 学位证书's scan open in 快速查看 (Quick Look, the space bar) over it (applicants on a
    Mac check each file that way before uploading, and some upload the screenshot): the menu
    bar (访达 文件 编辑 显示 前往 窗口 帮助, the clock at the right), the Finder window's
    sidebar (个人收藏: 隔空投送, 最近使用, 应用程序, 桌面, 文稿, 下载; iCloud; 标签 with coloured
    dots), the list (名称, 修改日期, 大小, 种类: 申报表.docx, 毕业证书.jpg, 学位证书.jpg selected,
    身份证.pdf, 论文 folder), and the Quick Look panel (its title 学位证书.jpg, 用"预览"打开,
    the share button) with the portrait certificate: title, photo, the 完成了…学业 wording
    with dates as 2016年6月30日, school, 学位评定委员会主席, date under the committee's seal,
    证书编号."""
    from ..layout import Ellipse
    from ._common import wrap_cjk

    p = Page(1440.0, 900.0, background=(60, 90, 130), font=MICRO)
    dark, grey, blue = (34, 34, 38), (128, 128, 134), (10, 100, 220)
    year = min(2025, max(int(award_date[:4]) + 4, 2020 + seed % 5))
    p.rect(0, 0, 1440, 26, None, (236, 236, 238), 0)
    for i, t in enumerate(("", "访达", "文件", "编辑", "显示", "前往", "窗口", "帮助")):
        p.text(20 + i * 52, 18, t or "●", 12, color=dark, font=HEI if t == "访达" else None,
               line=False)
    p.text(1424, 18, f"{year}年{1 + seed % 12}月{1 + seed % 27}日 周{'一二三四五'[seed % 5]} "
           f"{9 + seed % 9}:{seed * 7 % 60:02d}", 12, "right", dark, line=False)
    # the Finder window
    wx, wy, ww, wh = 60.0, 60.0, 1100.0, 760.0
    p.rect(wx + 4, wy + 8, ww, wh, None, (40, 60, 90), 0)
    p.rect(wx, wy, ww, wh, (200, 200, 204), (255, 255, 255), 0.8)
    p.rect(wx, wy, 200, wh, None, (232, 232, 236), 0)
    for i, c in enumerate(((255, 95, 87), (254, 188, 46), (40, 200, 64))):
        p.items.append(Ellipse(wx + 16 + i * 20, wy + 14, 12, 12, c))
    p.text(wx + 240, wy + 30, "职称申报材料", 14, color=dark, font=HEI, line=False)
    side = [("个人收藏", True), ("隔空投送", False), ("最近使用", False), ("应用程序", False),
            ("桌面", False), ("文稿", False), ("下载", False), ("iCloud", True),
            ("iCloud云盘", False), ("标签", True), ("红色", False), ("蓝色", False)]
    for i, (t, head) in enumerate(side):
        p.text(wx + (16 if head else 28), wy + 70 + i * 26, t, 11 if head else 12,
               color=grey if head else dark, line=False)
    p.items.append(Ellipse(wx + 18, wy + 70 + 10 * 26 - 9, 8, 8, (230, 60, 60)))
    p.items.append(Ellipse(wx + 18, wy + 70 + 11 * 26 - 9, 8, 8, (40, 120, 230)))
    cols = (("名称", 240), ("修改日期", 560), ("大小", 780), ("种类", 880))
    for t, x in cols:
        p.text(wx + x, wy + 64, t, 11.5, color=grey, line=False)
    p.items.append(Line(wx + 200, wy + 72, wx + ww, wy + 72, 0.6, (220, 220, 224)))
    files = [("论文", "文件夹", "--"), ("申报表.docx", "Microsoft Word 文稿", "86 KB"),
             ("毕业证书.jpg", "JPEG 图像", "2.1 MB"), ("学位证书.jpg", "JPEG 图像", "1.8 MB"),
             ("身份证.pdf", "PDF 文稿", "412 KB"), ("职称证书.jpg", "JPEG 图像", "1.6 MB")]
    for i, (f, kind, size) in enumerate(files):
        yy = wy + 96 + i * 24
        if f == "学位证书.jpg":
            p.rect(wx + 206, yy - 16, ww - 212, 22, None, blue, 0)
        col = (255, 255, 255) if f == "学位证书.jpg" else dark
        p.text(wx + 240, yy, f, 12, color=col, line=False)
        p.text(wx + 560, yy, f"{year}/{1 + seed % 12}/{1 + (seed + i) % 27} {9 + i}:{i * 7:02d}",
               12, color=col, line=False)
        p.text(wx + 780, yy, size, 12, color=col, line=False)
        p.text(wx + 880, yy, kind, 12, color=col, line=False)
    # the Quick Look panel
    qx, qy, qw, qh = 520.0, 44.0, 620.0, 840.0
    p.rect(qx + 6, qy + 10, qw, qh, None, (30, 40, 60), 0)
    p.rect(qx, qy, qw, qh, None, (246, 246, 248), 0)
    p.rect(qx, qy, qw, 36, None, (232, 232, 236), 0)
    for i, c in enumerate(((255, 95, 87), (200, 200, 200), (40, 200, 64))):
        p.items.append(Ellipse(qx + 14 + i * 20, qy + 12, 12, 12, c))
    p.text(qx + qw / 2, qy + 24, "学位证书.jpg", 13, "center", dark, line=False)
    p.rect(qx + qw - 150, qy + 7, 110, 22, (190, 190, 196), (252, 252, 252), 0.6)
    p.text(qx + qw - 95, qy + 23, "用\u201c预览\u201d打开", 11, "center", dark, line=False)
    p.text(qx + qw - 18, qy + 24, "⇪", 14, "center", dark, line=False)
    sx, sy, sw, sh = qx + 40, qy + 56, qw - 80, qh - 76
    p.rect(sx, sy, sw, sh, None, (210, 204, 190), 0)  # the scan's bed margin
    cx0, cy0, cw, ch = sx + 14, sy + 14, sw - 28, sh - 28
    navy, ink_ = (120, 30, 36), (26, 24, 26)
    p.rect(cx0, cy0, cw, ch, None, (252, 250, 244), 0)
    p.rect(cx0 + 14, cy0 + 14, cw - 28, ch - 28, navy, None, 2.0)
    p.rect(cx0 + 20, cy0 + 20, cw - 40, ch - 40, navy, None, 0.6)
    p.font = MING
    p.text(cx0 + cw / 2, cy0 + 84, "学 位 证 书", 28, "center", navy, font=HEI)
    p.photo(cx0 + cw / 2 - 46, cy0 + 108, 92, 122, bg=(232, 234, 238) if seed % 2 else
            (200, 40, 40))
    extra = "" if degree == "学士" else f"通过{degree}学位论文答辩，"
    body = (f"{name}，{gender}，{int(birth[:4])}年{int(birth[5:7])}月{int(birth[8:10])}日生。"
            f"在{school}{major}专业完成了{_plan(degree, level_word)}，{extra}经审核符合"
            f"《中华人民共和国学位条例》的规定，授予{D.DISCIPLINE.get(major, '工学')}"
            f"{degree}学位。")
    y = wrap_cjk(p, cx0 + 48, cy0 + 276, body, cw - 96, 14.5, 29, first_indent=29)
    y = max(y + 30, cy0 + 480)
    p.text(cx0 + 230, y, school, 14, color=ink_)
    p.row([(cx0 + 230, "学位评定委员会主席", y + 28), (cx0 + 370, chair, y + 28)], 14)
    p.text(cx0 + 230, y + 56, D.cn(award_date), 14, color=ink_)
    seal = school + "学位评定委员会"
    p.seal(cx0 + 320, y + 10, 112, seal, seed=seed + 4011, **ink(seed + 5))
    p.text(cx0 + 48, cy0 + ch - 44, f"证书编号：{number}", 12.5, color=ink_)
    p.font = MICRO
    # the Dock's top edge
    p.rect(380, 884, 680, 16, None, (200, 206, 214), 0)
    return Built("degree", [p], _fields(name, school, major, degree, number, award_date),
                 seal=seal)
