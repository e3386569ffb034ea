"""Continuing-education certificates (继续教育证明): prose, a landscape 合格证书 with hours by
part, a registration table of courses, an online-platform printout, a prose form with the
hours in Chinese numerals."""

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
    p.text(421, 560, "本证书可作为专业技术人员继续教育学时登记的依据", 9.5, "center",
           (110, 110, 110))
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


# --------------------------------------------------------------------------- round 3
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as
# `round3` (the next blind exam, drawn only by the others3 profile).

def _parts(total: int, sizes: tuple) -> list[int]:
    """Split total hours into course hours taken from sizes in turn; they sum to total."""
    out, left, i = [], total, 0
    while left > 0:
        h = min(sizes[i % len(sizes)], left)
        out.append(h)
        left -= h
        i += 1
    return out


PUBLIC_COURSES = ["习近平新时代中国特色社会主义思想专题", "专业技术人员职业道德与诚信建设",
                  "数字经济与创新驱动发展", "专业技术人员心理健康与压力管理",
                  "知识产权保护与运用", "乡村振兴战略解读"]
SPECIAL_COURSES = ["行业新标准新规范解读", "专业前沿技术专题讲座", "工程质量与安全管理实务",
                   "新技术新工艺应用案例", "专业技术综合能力提升", "信息化技术在本专业中的应用",
                   "专业课题研讨与交流", "典型案例分析"]


@layout(LAYOUTS, "continuing_education.dengji_booklet")
def dengji_booklet(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The 专业技术人员继续教育证书 booklet opened at a 学时登记 page (landscape spread): left
    leaf the holder's page (photo, 姓名 / 身份证号 / 证书编号, the issuing bureau's steel-seal
    note), right leaf the registration table 年度 / 学习内容 / 类别 / 学时 / 登记单位 with a
    line per course and a 本年度合计 line, the registering bureau's seal over the last rows."""
    pub, spec = _split(hours)
    green = (25, 90, 60)
    p = Page(*A4_LANDSCAPE, background=(240, 244, 236), font=MING)
    p.rect(20, 20, 802, 555, green, None, 2.0)
    p.items.append(Line(421, 28, 421, 567, 0.8, (150, 160, 140)))
    p.text(210, 70, "持 证 人", 16, "center", green)
    p.photo(160, 96, 100, 134)
    no = f"JXJY{year}{int(id_number[-6:]) % 1000000:06d}"
    y = 270
    for label, value in (("姓    名", name), ("身份证号", id_number), ("证书编号", no),
                         ("发证机关", "柳州市人力资源和社会保障局")):
        p.row([(60, label, y), (140, value, y)], 12)
        y += 32
    p.text(210, 530, "本证书是专业技术人员参加继续教育的有效凭证", 9.5, "center", (90, 90, 90))
    p.text(631, 62, "继续教育学时登记", 15, "center", green)
    rows = [["年度", "学习内容", "类别", "学时", "登记单位"]]
    for k, h in enumerate(_parts(pub, (10, 8, 12))):
        rows.append([str(year), PUBLIC_COURSES[(seed + k) % len(PUBLIC_COURSES)][:15], "公需科目",
                     str(h), "人社局"])
    for k, h in enumerate(_parts(spec, (16, 12, 20))):
        rows.append([str(year), SPECIAL_COURSES[(seed + k) % len(SPECIAL_COURSES)][:15],
                     "专业科目", str(h), "主管部门"])
    rows.append(["", f"{year}年度合计", "", str(hours), ""])
    yb = p.table(440, 80, [42, 150, 62, 40, 70], rows, 24, 9.5)
    p.text(460, yb + 30, f"登记日期：{cn(issued_on)}", 10.5)
    p.seal(770, yb + 34, 96, issuer, seed=seed + 111, **ink(seed))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


@layout(LAYOUTS, "continuing_education.xuexi_dangan", pages=2, cn_dates=False)
def xuexi_dangan(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """A 个人继续教育学习档案 printed from a university 继续教育学院's learning system (not the
    government platform): a header block with 学员 / 身份证号 / 工作单位 left blank,
    应修学时 and 已修学时, then the course list over two pages (序号 / 课程名称 / 课程类别 /
    学时 / 完成时间 2023-03-15 / 考核), 第1页 共2页 footers, the total at the end of page 2 and
    the college's 继续教育专用章 beside the 打印日期."""
    from ._common import qr

    pub, spec = _split(hours)
    school = "广西科技大学继续教育学院"
    courses = [(c, "公需科目", h) for c, h in zip(
        [PUBLIC_COURSES[(seed + k) % 6] for k in range(8)], _parts(pub, (6, 8, 10)))]
    courses += [(c, "专业科目", h) for c, h in zip(
        [SPECIAL_COURSES[(seed + k) % 8] + ("（一）" if k < 8 else "（二）") for k in range(16)],
        _parts(spec, (8, 6, 10, 4)))]
    p = Page(*A4, font=MICRO)
    p.rect(0, 0, 595, 44, None, (140, 30, 40), 0)
    p.text(40, 28, f"{school} · 专业技术人员继续教育学习系统", 12.5, color=(255, 255, 255))
    p.text(297, 90, "个人继续教育学习档案", 19, "center")
    y = grid(p, 50, 110, [80, 150, 80, 185], [
        ["学员姓名", name, "身份证号", id_number],
        ["学习年度", f"{year}年", "工作单位", ""],
        ["应修学时", str(hours), "已修学时", str(hours)]], 28, 10.5)
    qr(p, 470, y + 16, 70, f"ce:{id_number}:{year}")
    p.text(50, y + 40, "课程学习明细", 12.5)
    table = [["序号", "课程名称", "课程类别", "学时", "完成时间", "考核"]]
    for i, (c, kind, h) in enumerate(courses, 1):
        month = 3 + (i * 7) % 9
        table.append([str(i), c, kind, str(h), f"{year}-{month:02d}-{(i * 11) % 27 + 1:02d}",
                      "合格"])
    split = 9
    yb = p.table(50, y + 100, [34, 200, 70, 40, 90, 46], table[:split + 1], 24, 9.5)
    p.text(297, 815, "第1页 共2页", 9, "center")
    q = Page(*A4, font=MICRO)
    rest = [table[0], *table[split + 1:]]
    yb = q.table(50, 60, [34, 200, 70, 40, 90, 46], rest, 24, 9.5)
    q.row([(60, f"公需科目：{pub}学时", yb + 30), (230, f"专业科目：{spec}学时", yb + 30),
           (400, f"合计：{hours}学时", yb + 30)], 11)
    q.text(380, yb + 100, f"打印日期：{issued_on}", 10.5)
    q.text(380, yb + 124, school, 10.5)
    q.seal(440, yb + 100, 100, school, bottom="继续教育专用章", seed=seed + 113, **ink(seed + 1))
    q.text(297, 815, "第2页 共2页", 9, "center")
    return Built("continuing_education", [p, q], _fields(name, year, hours), seal=school)


# --------------------------------------------------------------------------- round 4
# Drawn by another hand after round 3's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round4` (drawn only by the others4 profile).

@layout(LAYOUTS, "continuing_education.danwei_huizong")
def danwei_huizong(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The unit's yearly 专业技术人员继续教育学时汇总表 that 人社 bureaus accept in place of
    personal certificates: a landscape table of the unit's staff (序号 姓名 身份证号 公需科目
    专业科目 合计学时 是否达标), the applicant somewhere among colleagues, a 填报说明 line,
    and the issuing body's seal over 审核意见 at the foot."""
    from ._common import other_people

    public, special = _split(hours)
    p = Page(*A4_LANDSCAPE, font=MING)
    p.text(421, 62, f"{year}年度专业技术人员继续教育学时汇总表", 19, "center")
    p.row([(60, f"审核单位：{issuer}", 96), (560, f"填报日期：{cn(issued_on)}", 96)], 11)
    colleagues = other_people(f"ce:{issuer}:{year}:{seed % 11}", 5)
    rows = []
    at = seed % 4
    for i, (oname, _g, oid) in enumerate(colleagues[:4]):
        if i == at:
            rows.append((name, id_number, public, special))
        h = (72, 90, 96, 120)[(seed + i) % 4]
        op, os_ = _split(h)
        rows.append((oname, oid, op, os_))
    if at >= 4:
        rows.append((name, id_number, public, special))
    table = [["序号", "姓名", "身份证号", "公需科目（学时）", "专业科目（学时）", "合计学时",
              "是否达标"]]
    for i, (n, idn, a, b) in enumerate(rows, 1):
        table.append([str(i), n, idn, str(a), str(b), str(a + b), "是"])
    y = p.table(60, 116, [44, 80, 190, 120, 120, 80, 88], table, 28, 11)
    p.wrapped(60, y + 28, "填报说明：专业技术人员每年参加继续教育的时间累计不少于90学时，"
              "其中公需科目不少于30学时；学时以继续教育管理平台登记记录为准。", 720, 10, 16)
    p.text(520, y + 90, "审核意见：情况属实。", 12)
    p.text(520, y + 120, issuer, 12)
    p.text(520, y + 148, cn(issued_on), 12)
    p.seal(600, y + 118, 104, issuer, seed=seed + 8, **ink(seed))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 5
# Drawn by another hand after round 4's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round5` (drawn only by the others5 profile).

@layout(LAYOUTS, "continuing_education.dianzi_zhengshu_qr")
def dianzi_zhengshu_qr(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                       **_) -> Built:
    """The 继续教育电子学时证书 the provincial platform issues at the end of the year, saved
    as a PDF: landscape, a blue guilloche frame, 证书编号 at the top right, the addressee line
    (张三（身份证号：…）：) and one sentence with the total (共获得90学时), then the courses as a
    ruled table (序号 / 课程名称 / 课程类别 / 学时, 公需科目 rows before 专业科目 rows, a 合计
    row), a QR code with 扫码验证证书真伪 at the left foot and the issuer's electronic seal over
    its name and the date at the right."""
    from ._common import HEI, qr

    blue = (30, 80, 150)
    pub, spec = _split(hours)
    p = Page(*A4_LANDSCAPE, background=(252, 253, 255), font=MING)
    frame(p, blue, 14, 22, 3.0)
    p.rect(30, 30, 782, 535, (170, 190, 220), None, 0.5)
    p.text(790, 52, f"证书编号：GX{year}JX{(seed * 131) % 10**8:08d}", 9.5, "right", font=MICRO)
    p.text(421, 86, "专业技术人员继续教育电子学时证书", 22, "center", blue, font=HEI)
    p.text(60, 126, f"{name}（身份证号：{id_number}）：", 13)
    y = p.wrapped(60, 152, f"你已完成{year}年度专业技术人员继续教育学习，经考核合格，共获得"
                  f"{hours}学时，其中公需科目{pub}学时、专业科目{spec}学时。学时明细如下：",
                  720, 13, 24, first_indent=26)
    rows = [["序号", "课程名称", "课程类别", "学时"]]
    k = 0
    for i, h in enumerate(_parts(pub, (10, 8, 12))):
        k += 1
        rows.append([str(k), PUBLIC_COURSES[(seed + i) % len(PUBLIC_COURSES)], "公需科目", str(h)])
    for i, h in enumerate(_parts(spec, (16, 12, 20))):
        k += 1
        rows.append([str(k), SPECIAL_COURSES[(seed + i) % len(SPECIAL_COURSES)], "专业科目",
                     str(h)])
    rows.append(["", "合计", "", str(hours)])
    rh = 20 if len(rows) <= 14 else 16
    yb = p.table(60, y + 2, [40, 300, 90, 60], rows, rh, 10)
    qr(p, 620, max(yb - 150, y + 10), 88, f"jxzs:{id_number}:{year}:{hours}")
    p.text(664, max(yb - 150, y + 10) + 104, "扫码验证证书真伪", 9, "center", font=MICRO)
    sy = max(yb + 10, 470)
    p.text(790, sy + 30, issuer, 13, "right")
    p.text(790, sy + 58, cn(issued_on), 13, "right")
    p.seal(790 - text_width(issuer, 13, MING) / 2, sy + 36, 104, issuer, bottom="电子印章",
           seed=seed + 191, color=(228, 32, 32), strength=1.0)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 6
# Drawn by another hand after round 5's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round6` (drawn only by the others6 profile).

@layout(LAYOUTS, "continuing_education.app_xueshi_jietu", cn_dates=False)
def app_xueshi_jietu(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                     **_) -> Built:
    """A phone screenshot of the 学时查询 page of the provincial 专业技术人员继续教育 app or
    mini-program, sent instead of a certificate: the status bar, a title bar with the back
    arrow, the user card (avatar, name, the ID number masked as the app shows it), a 学习年度
    selector (2023年度 ▼), the year's total in large figures over a progress bar with 已达标 /
    未达标 against the 90 required, 公需科目 / 专业科目 hours, the first entries of the 学习记录
    list with their hours and dates, 查看全部, and the tab bar at the foot."""
    from ..layout import Ellipse
    from ._common import HEI

    green, grey, dark = (22, 150, 110), (140, 140, 140), (30, 30, 30)
    pub, spec = _split(hours)
    p = Page(360.0, 780.0, background=(243, 245, 248), font=MICRO)
    p.rect(0, 0, 360, 28, None, (255, 255, 255), 0)
    p.row([(16, f"{8 + seed % 12}:{seed % 60:02d}", 19), (296, f"5G {30 + seed % 65}%", 19)], 9.5)
    p.rect(0, 28, 360, 44, None, (255, 255, 255), 0)
    p.text(14, 56, "〈", 14, line=False)
    p.text(180, 56, "学时查询", 14.5, "center", dark)
    p.rect(12, 84, 336, 74, None, (255, 255, 255), 0)
    p.items.append(Ellipse(24, 96, 48, 48, (190, 205, 225)))
    p.text(86, 112, name, 15, color=dark, font=HEI)
    p.text(86, 136, f"身份证号：{id_number[:4]}{'*' * 10}{id_number[-4:]}", 10, color=grey)
    p.rect(12, 170, 336, 216, None, (255, 255, 255), 0)
    p.row([(26, "学习年度", 196), (252, f"{year}年度 ▼", 196)], 11.5)
    p.items.append(Line(26, 206, 334, 206, 0.4, (230, 230, 230)))
    p.text(26, 232, f"{year}年度累计学时", 11, color=grey)
    p.text(26, 278, str(hours), 40, color=green, font=HEI, line=False)
    p.text(26 + text_width(str(hours), 40, HEI) + 6, 278, "学时", 12, color=grey, line=False)
    p.lines.append(f"{hours} 学时")
    done = hours >= 90
    p.rect(250, 252, 80, 24, None, green if done else (235, 140, 40), 0)
    p.text(290, 269, "已达标" if done else "未达标", 11, "center", (255, 255, 255))
    p.rect(26, 292, 308, 8, None, (228, 232, 236), 0)
    p.rect(26, 292, 308 * min(1.0, hours / 90), 8, None, green, 0)
    p.text(334, 318, f"要求 90 学时，已完成 {hours} 学时", 9.5, "right", grey)
    p.row([(26, "公需科目", 352), (120, f"{pub}学时", 352), (190, "专业科目", 352),
           (284, f"{spec}学时", 352)], 11)
    p.rect(12, 398, 336, 286, None, (255, 255, 255), 0)
    p.row([(26, "学习记录", 424), (290, "查看全部 〉", 424)], 12)
    records = ([(PUBLIC_COURSES[(seed + i) % len(PUBLIC_COURSES)], "公需", h)
                for i, h in enumerate(_parts(pub, (10, 8, 12)))]
               + [(SPECIAL_COURSES[(seed + i) % len(SPECIAL_COURSES)], "专业", h)
                  for i, h in enumerate(_parts(spec, (16, 12, 20)))])
    dated = []
    for i, (course, kind, h) in enumerate(records):
        month = 3 + (i * 2 + seed) % 9
        dated.append((f"{year}-{month:02d}-{(i * 9 + seed) % 27 + 1:02d}", course, kind, h))
    dated.sort(reverse=True)  # the newest first, as the app lists them
    y = 452
    for when, course, kind, h in dated[:4]:
        title = course if len(course) <= 15 else course[:14] + "…"
        p.text(26, y, title, 11, color=dark)
        p.row([(26, f"{kind}科目 · 完成于 {when}", y + 20),
               (334 - text_width(f"+{h}学时", 11, MICRO), f"+{h}学时", y + 20)], 9.5)
        p.items.append(Line(26, y + 36, 334, y + 36, 0.4, (232, 232, 232)))
        y += 56
    p.rect(0, 718, 360, 62, None, (255, 255, 255), 0)
    tabs = ["首页", "学习", "学时", "我的"]
    for i, t in enumerate(tabs):
        p.text(45 + i * 90, 748, t, 10.5, "center", green if t == "学时" else grey, line=False)
    p.lines.append(" ".join(tabs))
    p.rect(130, 768, 100, 4, None, (30, 30, 30), 0)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=None)


# --------------------------------------------------------------------------- round 7
# Drawn by another hand after round 6's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round7` (drawn only by the others7 profile).

@layout(LAYOUTS, "continuing_education.yanzheng_ye", cn_dates=False)
def yanzheng_ye(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The 年度验证 page of the pocket-sized 专业技术人员继续教育证书 booklet, photographed on
    a desk: a printed page of four ruled boxes (____年度 / 公需科目 __ 学时 / 专业科目 __ 学时
    / 合计 __ 学时 / 验证单位（盖章） / 验证日期), the 持证人 and 身份证号 written in at the
    head of the page, the first box filled in by pen at the bureau's counter (the year, the
    hours of each part and the total, the date as 2024.1.15) with the bureau's round
    继续教育专用章 stamped over 验证单位, the later boxes still blank, and the booklet's page
    number at the foot."""
    from ..layout import Text
    from ._common import PEN, desk

    pub, spec = _split(hours)
    p = Page(480.0, 660.0, font=MING)
    sx, sy, sw, sh = 50, 44, 372, 560
    desk(p, seed, sx, sy, sw, sh, paper=(248, 245, 236))
    green = (40, 95, 60)
    p.rect(sx + 14, sy + 14, sw - 28, sh - 28, green, None, 1.0)
    p.text(sx + sw / 2, sy + 56, "继续教育年度验证记录", 17, "center", green)

    def hand(x, y, text, size=13.5):
        p.items.append(Text(x, y, text, size, "left", PEN, KAI))

    p.text(sx + 30, sy + 92, "持证人：", 11, line=False)
    hand(sx + 78, sy + 93, name, 14)
    p.lines.append(f"持证人：{name}")
    p.text(sx + 30, sy + 118, "身份证号：", 11, line=False)
    hand(sx + 88, sy + 119, id_number, 12.5)
    p.lines.append(f"身份证号：{id_number}")
    bw, bh = (sw - 60) / 2, 190
    d = issued_on.split("-")
    when = f"{int(d[0])}.{int(d[1])}.{int(d[2])}"
    for k in range(4):
        bx = sx + 30 + (k % 2) * bw
        by = sy + 136 + (k // 2) * bh
        p.rect(bx, by, bw, bh, (60, 60, 60), None, 0.8)
        filled = k == 0
        rows = [("", "年度", str(year)), ("公需科目", "学时", str(pub)),
                ("专业科目", "学时", str(spec)), ("合    计", "学时", str(hours))]
        yy = by + 32
        for label, unit_word, value in rows:
            if label:
                p.items.append(Text(bx + 12, yy, label, 10.5, font=MING))
            p.items.append(Line(bx + (64 if label else 24), yy + 3, bx + 120, yy + 3, 0.5))
            p.items.append(Text(bx + 124, yy, unit_word, 10.5, font=MING))
            if filled:
                hand(bx + (72 if label else 30), yy - 1, value, 14)
                p.lines.append(f"{label} {value} {unit_word}".strip())
            else:
                p.lines.append(f"{label} {unit_word}".strip())
            yy += 28
        p.items.append(Text(bx + 12, yy + 8, "验证单位（盖章）", 10.5, font=MING))
        p.items.append(Text(bx + 12, yy + 36, "验证日期：", 10.5, font=MING))
        if filled:
            hand(bx + 64, yy + 37, when, 13)
            p.lines.extend(["验证单位（盖章）", f"验证日期：{when}"])
            p.seal(bx + bw * 0.66, yy + 18, 80, issuer, bottom="继续教育专用章",
                   seed=seed + 381, **ink(seed + 5))
        else:
            p.lines.extend(["验证单位（盖章）", "验证日期："])
    p.text(sx + sw / 2, sy + sh - 26, "— 5 —", 9.5, "center")
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 8
# Drawn by another hand after round 7's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round8` (drawn only by the others8 profile).

@layout(LAYOUTS, "continuing_education.banjie_tongzhi", cn_dates=False)
def banjie_tongzhi(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The 办结通知书 the 政务服务中心 window (or the online 政务服务网) prints once a
    专业技术人员继续教育学时登记 application has been handled, which applicants upload as the
    proof of the year's hours: the issuing bureau and 政务服务事项办结通知书 at the top, the
    办件编号 at the right with a QR code, a ruled label grid (申请人 / 证件号码 / 事项名称 /
    办件类型 即办件 / 受理时间 and 办结时间 as 2024-01-15 09:32:11 / 办理结果 准予登记), the
    办理意见 paragraph with the year and its hours (经审核，…2023年度继续教育学时共计90学时，其中
    公需科目30学时、专业科目60学时，符合规定要求，予以登记。), a 温馨提示 in small type, the
    bureau's seal over its name and the date in 2024年01月15日 form, and the 政务服务 hotline
    at the foot."""
    from ._common import HEI, qr

    h = sum(ord(c) for c in name + id_number) * 977 + seed
    pub, spec = _split(hours)
    stamp = issued_on.replace("-", "")
    number = f"4502{stamp}{h % 900000 + 100000}"
    t1 = f"{issued_on} {9 + h % 7:02d}:{h % 50 + 5:02d}:{(h // 3) % 60:02d}"
    t2 = f"{issued_on} {9 + h % 7:02d}:{h % 50 + 9:02d}:{(h // 5) % 60:02d}"
    p = Page(*A4, font=MING)
    p.text(297, 84, issuer, 15, "center", font=HEI)
    p.text(297, 118, "政务服务事项办结通知书", 22, "center", font=HEI)
    qr(p, 478, 136, 56, f"bj:{number}")
    p.text(60, 160, f"办件编号：{number}", 11)
    y = grid(p, 60, 204, [100, 375], [
        ["申  请  人", name], ["证件号码", id_number],
        ["事项名称", "专业技术人员继续教育学时登记"], ["办件类型", "即办件"],
        ["受理时间", t1], ["办结时间", t2], ["办理结果", "准予登记"]], 30, 11.5,
        align_left=True)
    p.rect(60, y, 475, 150, (0, 0, 0), None, 0.8)
    p.text(70, y + 24, "办理意见：", 12, font=HEI)
    p.wrapped(70, y + 54, f"经审核，{name}{year}年度继续教育学时共计{hours}学时，其中公需科目"
              f"{pub}学时、专业科目{spec}学时，符合规定要求，予以登记。", 455, 12.5, 25,
              first_indent=25)
    y += 150
    p.text(60, y + 30, "温馨提示：登记结果可在广西专业技术人员继续教育信息管理系统查询。", 9.5)
    sign = y + 110
    day = f"{issued_on[:4]}年{issued_on[5:7]}月{issued_on[8:10]}日"
    p.text(520, sign, issuer, 13, "right")
    p.text(520, sign + 30, day, 13, "right")
    p.seal(520 - text_width(issuer, 13, MING) / 2, sign + 8, 116, issuer, seed=seed + 489,
           **ink(seed + 1))
    p.hline(60, 535, 790, 0.5)
    p.text(297, 808, "政务服务热线：12345    人社服务热线：12333", 9.5, "center",
           (90, 90, 90))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 9
# Drawn by another hand after round 8's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round9` (drawn only by the others9 profile).

@layout(LAYOUTS, "continuing_education.xueshi_rending_biao")
def xueshi_rending_biao(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                        **_) -> Built:
    """The 专业技术人员继续教育学时认定（折算）登记表 a person fills in when part of the year's
    hours come from activities rather than one platform — a 培训班, an 学术会议, a published
    paper, a 进修 — and the 人社 bureau's 继续教育 office 认定s (credits) them by the
    province's 折算 rules: the title with the year, the particulars grid (姓名 / 性别 /
    出生年月 / 公民身份号码) typed, the activities table (序号 / 学习形式 / 学习内容 / 起止时间
    / 主办单位 / 证明材料 / 认定学时, the 公需科目 online course first) with the 合计 row, the
    申请人承诺 with the applicant's signature in pen, and the 审核认定意见 box (经审核，认定该
    同志…年度继续教育学时…) with the bureau's 继续教育专用 seal over its name and the date;
    a 说明 on the 折算 rules in small type at the foot."""
    from ..layout import Text
    from ._common import HEI, PEN

    pub, spec = _split(hours)
    born = f"{id_number[6:10]}.{id_number[10:12]}"
    gender = "男" if int(id_number[16]) % 2 else "女"
    kinds = [("培训班", "专业能力提升培训班", "市继续教育中心", "结业证书"),
             ("学术会议", "土木建筑学会学术年会", "广西土木建筑学会", "参会证明"),
             ("发表论文", "发表专业论文1篇", "——", "刊物原件"),
             ("单位学习", "本单位业务学习", "本单位", "签到表")]
    parts = _parts(spec, (32, 16, 10, 8))
    rows = [["序号", "学习形式", "学习内容", "起止时间", "主办单位", "证明材料", "认定学时"],
            ["1", "网络学习", "公需科目网络学习", f"{year}.3—10", "省继续教育平台",
             "学时证明", str(pub)]]
    for k, h in enumerate(parts):
        form, what, host, proof = kinds[k % len(kinds)]
        m = 3 + (k * 2 + seed) % 8
        rows.append([str(k + 2), form, what, f"{year}.{m}—{m + 1}", host, proof, str(h)])
    p = Page(*A4, font=MING)
    p.text(297, 66, "专业技术人员继续教育学时认定（折算）登记表", 17, "center", font=HEI)
    p.text(297, 92, f"（{year}年度）", 12, "center")
    p.text(545, 114, f"编号：RD{year + 1}{seed % 9000 + 1000}", 9.5, "right")
    y = grid(p, 40, 122, [70, 110, 60, 60, 80, 135], [
        ["姓    名", name, "性别", gender, "出生年月", born]], 28, 10.5)
    y = grid(p, 40, y, [70, 445], [["公民身份号码", id_number]], 28, 10.5)
    widths = [32, 62, 126, 72, 104, 60, 59]
    y = p.table(40, y + 16, widths, rows, 26, 9.5)
    y = p.table(40, y, [sum(widths) - 59, 59],
                [[f"合计（公需科目{pub}学时，专业科目{spec}学时）", str(hours)]], 26, 10,
                header_rows=0)
    top = y + 14
    p.rect(40, top, 515, 92, (0, 0, 0), None, 0.8)
    p.text(50, top + 22, "申请人承诺：", 11, font=HEI)
    p.wrapped(60, top + 44, "本人所填学习情况及提供的证明材料真实有效，如有虚假，愿承担相应"
              "责任。", 480, 10.5, 18, first_indent=21)
    p.text(330, top + 80, "申请人签名：", 10.5)
    sday = issued_on[:8] + f"{max(1, int(issued_on[8:]) - 6):02d}"
    p.items.append(Text(398, top + 81, f"{name}  {sday.replace('-', '.')}", 13, "left", PEN,
                        KAI))
    top += 92
    p.rect(40, top, 515, 168, (0, 0, 0), None, 0.8)
    p.text(50, top + 22, "审核认定意见：", 11, font=HEI)
    y = p.wrapped(60, top + 46, f"经审核，认定该同志{year}年度继续教育学时共计{hours}学时，其中"
                  f"公需科目{pub}学时、专业科目{spec}学时。", 480, 11, 20, first_indent=22)
    p.text(60, top + 96, "经办人：", 10.5)
    p.text(520, top + 126, issuer, 11, "right")
    p.text(520, top + 150, cn(issued_on), 11, "right")
    p.seal(520 - text_width(issuer, 11, MING) / 2, top + 118, 108, issuer, bottom="继续教育专用",
           seed=seed + 597, **ink(seed + 3))
    p.wrapped(40, top + 188, "说明：1.公需科目须在省继续教育平台完成；2.其他形式的学习按"
              "自治区继续教育学时折算办法认定，须附证明材料；3.本表一式两份，认定后一份存入"
              "本人继续教育档案。", 515, 9, 14)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 10
# Drawn by another hand after round 9's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round10` (drawn only by the others10 profile).

@layout(LAYOUTS, "continuing_education.dianzi_zhengzhao_yongzheng")
def dianzi_zhengzhao_yongzheng(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                               **_) -> Built:
    """The hours as an 电子证照 (electronic licence) out of the region's 数字政务 platform's
    证照库, downloaded through 用证 (the holder picks a 用证事由 and the platform stamps that
    use across the copy): a blue band with the platform's name and 电子证照 at the top, the
    licence face in a thin double frame (专业技术人员继续教育学时证明, 证照编号, 持证人 /
    证件号码 masked in the middle / 学习年度 / 公需科目 / 专业科目 / 合计, 发证机关 with the
    bureau's crisp electronic seal and 发证日期), a 用证信息 block under it (用证事由 职称申报,
    用证时间, 核验码 and a QR code to 扫码核验), the grey diagonal 仅限职称申报使用 repeated over
    the page and the platform's one-line 法律效力 note at the foot."""
    from ._common import HEI, qr

    blue = (22, 92, 170)
    h = sum(map(ord, name + id_number)) + seed
    pub, spec = _split(hours)
    masked = id_number[:6] + "********" + id_number[-4:]
    p = Page(*A4, font=MING)
    p.rect(0, 0, 595, 64, None, blue, 0)
    p.text(40, 40, "广西数字政务一体化平台", 15, color=(255, 255, 255), font=HEI)
    p.text(555, 40, "电子证照", 15, "right", (255, 255, 255), font=HEI)
    p.rect(60, 96, 475, 430, (120, 140, 170), None, 1.6)
    p.rect(66, 102, 463, 418, (120, 140, 170), None, 0.6)
    p.text(297, 146, "专业技术人员继续教育学时证明", 19, "center", font=HEI)
    no = f"4502{year}JX{h % 900000 + 100000}"
    p.text(297, 172, f"证照编号：{no}", 10, "center", (90, 90, 90))
    y = 206
    for label, value in [("持 证 人", name), ("证件号码", masked), ("学习年度", f"{year}年度"),
                         ("公需科目", f"{pub}学时"), ("专业科目", f"{spec}学时"),
                         ("合    计", f"{hours}学时"), ("发证机关", issuer),
                         ("发证日期", cn(issued_on))]:
        p.row([(120, f"{label}：", y), (200, value, y)], 12)
        y += 36
    p.seal(420, 440, 112, issuer, seed=seed + 1031, color=(225, 25, 30), strength=1.0)
    p.text(60, 566, "用证信息", 12, font=HEI)
    p.hline(60, 535, 574, 0.6)
    used = f"{int(issued_on[:4]) + 1}-0{3 + seed % 6}-{10 + seed % 18:02d}"
    p.text(60, 598, "用证事由：职称申报", 10.5)
    p.text(60, 622, f"用证时间：{used} {9 + h % 9:02d}:{h % 60:02d}", 10.5)
    p.text(60, 646, f"核验码：{h % 90000000 + 10000000}", 10.5)
    qr(p, 455, 584, 78, f"zz:{no}")
    p.text(494, 678, "扫码核验", 9, "center", (90, 90, 90))
    for k in range(4):
        p.watermark(297, 180 + k * 180, "仅限职称申报使用", 26, 30.0, (150, 150, 150), 0.25)
    p.text(297, 800, "本电子证照经电子签章，与纸质证照具有同等法律效力。", 9, "center",
           (120, 120, 120))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 11
# Drawn by another hand after round 10's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round11` (drawn only by the others11 profile).

_PUBLIC_COURSES = ["习近平新时代中国特色社会主义思想概论", "专业技术人员职业道德与诚信建设",
                   "数字经济与创新驱动发展", "专业技术人员心理健康与压力管理",
                   "知识产权保护与运用"]
_SPECIAL_COURSES = ["行业新技术新规范解读", "工程质量安全管理实务", "BIM技术应用与案例分析",
                    "专业标准规范更新要点", "新材料新工艺应用", "项目管理与风险控制",
                    "绿色低碳技术专题"]


def _chunks(total: int, size: int) -> list[int]:
    """Split `total` hours into course-sized parts (the last one takes the remainder)."""
    out = []
    while total > 0:
        take = size if total - size >= 4 or total == size else total
        out.append(take)
        total -= take
    return out


@layout(LAYOUTS, "continuing_education.excel_mingxi_dayin", cn_dates=False)
def excel_mingxi_dayin(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                       **_) -> Built:
    """The year's 学时明细 exported from the continuing-education platform's 单位管理员 page to
    an Excel sheet and printed landscape straight from Excel with its gridlines, column
    letters and row numbers on (as a unit's 人事 clerk does for staff who cannot log in), then
    stamped by the 人社 office that keeps the record: row 1 the merged title
    (2023年度专业技术人员继续教育学时明细), row 2 姓名 / 身份证号 / 年度, then one row per
    course (序号 / 课程名称 / 科目类别 公需科目 or 专业科目 / 学习方式 / 完成日期 / 学时 /
    状态 已通过) and a 合计 row with the sum, the sheet tabs and the 第 1 页，共 1 页 footer
    Excel prints, and under it the office's note 经核对，与平台记录一致 with its seal and a
    dashed date."""
    from ..layout import Text

    pub, spec = _split(hours)
    rows = []
    for k, h in enumerate(_chunks(pub, 10)):
        rows.append((_PUBLIC_COURSES[(seed + k) % len(_PUBLIC_COURSES)], "公需科目", "网络学习",
                     h))
    for k, h in enumerate(_chunks(spec, 12 if seed % 2 else 16)):
        way = "面授培训" if (seed + k) % 3 == 0 else "网络学习"
        rows.append((_SPECIAL_COURSES[(seed // 3 + k) % len(_SPECIAL_COURSES)], "专业科目", way,
                     h))
    p = Page(*A4_LANDSCAPE, font=MICRO)
    grey, head = (200, 200, 200), (236, 236, 236)
    x0, y0, rh = 54, 60, 22
    widths = [36, 250, 80, 80, 96, 60, 70, 70]
    letters = "ABCDEFGH"
    n = len(rows) + 5
    p.rect(30, y0 - 18, 24, 18, grey, head, 0.5)
    cx = x0
    for w, ch in zip(widths, letters):
        p.rect(cx, y0 - 18, w, 18, grey, head, 0.5)
        p.text(cx + w / 2, y0 - 5, ch, 9, "center", (90, 90, 90), line=False)
        cx += w
    right = cx
    for r in range(n):
        p.rect(30, y0 + r * rh, 24, rh, grey, head, 0.5)
        p.text(42, y0 + r * rh + 15, str(r + 1), 8.5, "center", (90, 90, 90), line=False)
    for r in range(n + 1):
        p.items.append(Line(x0, y0 + r * rh, right, y0 + r * rh, 0.4, (205, 205, 205)))
    cx = x0
    for k, w in enumerate([0, *widths]):
        cx += w
        top = y0 + (rh if k in (0, 1, 2, 3, 5, 6, 7, 8) else 2 * rh)
        p.items.append(Line(cx, top, cx, y0 + n * rh, 0.4, (205, 205, 205)))
    p.items.append(Line(x0, y0, x0, y0 + rh, 0.4, (205, 205, 205)))
    p.items.append(Line(right, y0, right, y0 + rh, 0.4, (205, 205, 205)))

    def base(r):
        return y0 + r * rh + 15

    p.text((x0 + right) / 2, base(0), f"{year}年度专业技术人员继续教育学时明细", 13, "center")
    p.row([(x0 + 4, "姓名", base(1)), (x0 + 40, name, base(1)),
           (x0 + 290, "身份证号", base(1)), (x0 + 370, id_number, base(1)),
           (x0 + 546, "年度", base(1)), (x0 + 606, str(year), base(1))], 10)
    cols = ["序号", "课程名称", "科目类别", "学习方式", "完成日期", "学时", "状态", "备注"]
    cx = x0
    for w, c in zip(widths, cols):
        p.rect(cx, y0 + 2 * rh, w, rh, None, (221, 235, 247), 0)
        cx += w
    p.table(x0, y0 + 2 * rh, widths, [cols], rh, 10, header_rows=1)
    table = []
    for i, (course, kind, way, h) in enumerate(rows, 1):
        m = 3 + (i * 7 + seed) % 9
        done = f"{year}-{m:02d}-{1 + (seed + i * 5) % 28:02d}"
        table.append([str(i), course, kind, way, done, str(h), "已通过", ""])
    table.append(["", "合计", "", "", "", str(hours), "", ""])
    y = y0 + 3 * rh
    for r, cells in enumerate(table):
        cx = x0
        for k, (w, c) in enumerate(zip(widths, cells)):
            if c:
                if k == 1:
                    p.items.append(Text(cx + 4, y + r * rh + 15, c, 9.5, font=MICRO))
                else:
                    p.items.append(Text(cx + w / 2, y + r * rh + 15, c, 9.5, "center",
                                        font=MICRO))
            cx += w
        p.lines.append(" ".join(c for c in cells if c))
    bottom = y0 + n * rh
    p.rect(x0, bottom + 14, 64, 18, (150, 150, 150), (255, 255, 255), 0.5)
    p.text(x0 + 32, bottom + 27, "学时明细", 9, "center", line=False)
    p.rect(x0 + 64, bottom + 14, 56, 18, (190, 190, 190), head, 0.5)
    p.text(x0 + 92, bottom + 27, "Sheet2", 9, "center", (110, 110, 110), line=False)
    p.text(421, 570, "第 1 页，共 1 页", 9, "center", (80, 80, 80), line=False)
    note_y = bottom + 70
    p.text(470, note_y, "经核对，与继续教育平台记录一致。", 12, font=KAI)
    p.text(760, note_y + 36, issuer, 12, "right", font=KAI)
    p.text(760, note_y + 62, issued_on, 12, "right", font=KAI)
    p.seal(760 - text_width(issuer, 12, KAI) / 2, note_y + 40, 104, issuer, seed=seed + 1121,
           **ink(seed + 1))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 12
# Drawn by another hand after round 11's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round12` (drawn only by the others12 profile).

@layout(LAYOUTS, "continuing_education.xuehui_xuefen", cn_dates=False)
def xuehui_xuefen(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The 继续教育学分证明 a professional association (广西土木建筑学会 and the like) issues
    to a member after its 学术年会 and 专题培训 in the year, which the applicant uploads
    as a scanned landscape certificate: the 学会's name in red 黑体 over a double frame, the
    title 继续教育学分证书, the member's 姓名 / 会员号 / 身份证号, a short table of the year's
    activities with 学分 (the 学会 counts in 学分, 1 学分 = 2 学时 per the province's 学时
    认定 rules), then the sentence 共计 N 学分，折合 M 学时。, a second stamp line
    经 {issuer} 审核登记 with its small seal next to the 学会's large one, and a dotted date."""
    from ._common import HEI

    red = (178, 30, 36)
    society = "广西土木建筑学会" if seed % 2 else "广西机械工程学会"
    p = Page(*A4_LANDSCAPE, background=(252, 250, 244), font=KAI)
    frame(p, red)
    p.text(421, 78, society, 20, "center", red, font=HEI)
    p.text(421, 118, "继续教育学分证书", 26, "center", font=HEI)
    member = f"GXTM{int(year) - 5}{seed % 9000 + 1000}"
    p.text(90, 162, f"姓名：{name}    会员号：{member}    身份证号：{id_number}", 13)
    half = hours // 2
    acts = [[f"{year}年度学术年会", f"{int(year)}.{4 + seed % 5:02d}", str(half // 2)],
            ["专题技术培训班", f"{int(year)}.{9 + seed % 3:02d}", str(half - half // 2)]]
    rows = [["学习项目", "时    间", "学分"]] + acts
    extra = hours - 2 * half
    if extra:
        rows.append(["学会网络课程", f"{int(year)}.12", "0.5"])
    y = p.table(150, 180, [300, 140, 102], rows, 28, 12)
    credits = f"{hours / 2:g}"
    p.text(90, y + 40, f"该同志{year}年度参加本会继续教育活动，共计{credits}学分，"
           f"折合{hours}学时。", 14)
    p.text(90, y + 66, "（按1学分折合2学时计）", 10.5)
    p.text(720, y + 108, society, 13, "right")
    p.text(720, y + 136, issued_on.replace("-", "."), 13, "right")
    p.seal(660, y + 114, 110, society, seed=seed + 1205, **ink(seed))
    p.text(90, y + 124, f"经{issuer}审核登记", 11)
    p.seal(200, y + 112, 76, issuer, seed=seed + 1206, **ink(seed + 3))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=society)


# --------------------------------------------------------------------------- round 13
# Drawn by another hand after round 12's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round13` (drawn only by the others13 profile).

@layout(LAYOUTS, "continuing_education.zhuanji_tianxia_xuexi_zhengming", cn_dates=False)
def zhuanji_tianxia_xuexi_zhengming(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                                    **_) -> Built:
    """The 学习证明 a commercial continuing-education platform (专技天下 and its like, the
    sites a region's 人社 office lists as 施教机构) lets a learner print from 个人中心 → 学习
    档案 → 打印学习证明, saved as PDF and printed in colour: the platform's logo strip in
    orange, the title 专业技术人员继续教育学习证明, a label grid (学员姓名 / 证件号码 /
    学习年度 / 证明编号), the courses finished that year in a table (课程名称 / 类别 公需课
    or 专业课 / 完成时间 / 学时) with the total in a 合计 row, a sentence giving the total
    in words (共计 X 学时), the 施教机构 seal (the issuer named in full) and the print date in
    dashes, a QR code and 查验 URL at the foot."""
    from ._common import HEI, MICRO, qr

    pub, spec = _split(hours)
    parts = [("公需课", pub)] if pub else []
    rest = spec
    while rest > 0:
        k = min(rest, (12, 16, 20)[(rest + seed) % 3])
        parts.append(("专业课", k))
        rest -= k
    courses = ["习近平新时代中国特色社会主义思想专题", "工程项目安全生产管理实务",
               "BIM技术在工程中的应用", "绿色建筑与节能技术", "新规范新标准解读",
               "工程质量通病防治", "数字化转型与创新", "专业技术人员职业道德"]
    orange = (235, 110, 30)
    p = Page(*A4, background=(255, 255, 255), font=MICRO)
    p.rect(0, 0, 595, 64, None, orange, 0)
    p.text(40, 42, "专技天下", 20, color=(255, 255, 255), font=HEI)
    p.text(150, 42, "专业技术人员继续教育在线学习平台", 10, color=(255, 236, 220))
    p.text(297, 112, "专业技术人员继续教育学习证明", 18, "center", font=HEI)
    no = f"ZJTX{year}{(seed * 7919 + hours) % 1000000:06d}"
    y = grid(p, 50, 132, [80, 170, 80, 165], [
        ["学员姓名", name, "证件号码", id_number],
        ["学习年度", f"{year}年度", "证明编号", no]], 28, 10)
    rows = [["序号", "课程名称", "类别", "完成时间", "学时"]]
    for k, (cat, n) in enumerate(parts):
        mm = min(12, 3 + k * 2 + seed % 3)
        rows.append([str(k + 1), courses[(k if cat == "公需课" else k + 1) % len(courses)], cat,
                     f"{year}-{mm:02d}-{5 + (seed + k * 3) % 20:02d}", str(n)])
    rows.append(["", "合计", "", "", str(hours)])
    y = p.table(50, y + 24, [40, 230, 70, 95, 60], rows, 24, 9.5)
    y = p.wrapped(60, y + 34, f"兹证明{name}已于{year}年度在本平台完成专业技术人员继续教育"
                  f"学习，考核合格，共计{hours}学时（其中公需课{pub}学时，专业课{spec}学时）。",
                  475, 11.5, 22, first_indent=23)
    p.text(505, y + 60, issuer, 12, "right")
    p.text(505, y + 88, f"打印日期：{issued_on}", 10.5, "right")
    p.seal(505 - text_width(issuer, 12, MICRO) / 2, y + 66, 108, issuer, seed=seed + 1309,
           **ink(seed + 3))
    qr(p, 50, 720, 64, no)
    p.text(126, 742, "扫码或登录平台 → 证书查验，输入证明编号核验真伪", 9, color=(110, 110, 110),
           line=False)
    p.text(126, 760, "https://www.zjtx.net.cn/cert/verify", 9, color=(110, 110, 110),
           line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 14
# Drawn by another hand after round 13's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round14` (drawn only by the others14 profile).

@layout(LAYOUTS, "continuing_education.zizhu_xiaopiao", cn_dates=False)
def zizhu_xiaopiao(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The slip a 人社 self-service kiosk (自助服务一体机 in the 政务服务中心 hall, where one
    swipes the ID card) prints on its thermal roll for 继续教育学时查询, photographed with a
    phone on a desk: a narrow curled strip in grey thermal print, the bureau's name and
    专业技术人员继续教育学时查询凭条, dashed rules, 姓名 and the ID number masked in the middle
    (4502**********1234), 学习年度, 公需科目 and 专业科目 学时, 合计学时 in larger type,
    是否达标, the query number, 终端编号 and 打印时间 as 2024-01-15 09:41:07, a QR code for
    checking it online and the 温馨提示 that the slip is for reference; no seal."""
    from ._common import desk, qr

    h = sum(map(ord, name + id_number)) * 31 + seed
    p = Page(430, 600, font=MICRO)
    x, w = 105, 230
    desk(p, seed, x, 40, w, 510, paper=(244, 243, 238))
    ink_c = (72, 72, 76)
    cx = x + w / 2
    p.text(cx, 82, issuer, 10, "center", ink_c)
    p.text(cx, 104, "专业技术人员继续教育", 11.5, "center", ink_c)
    p.text(cx, 122, "学时查询凭条", 11.5, "center", ink_c)
    rule = "- " * 27
    p.text(cx, 140, rule, 8, "center", ink_c, line=False)
    masked = id_number[:4] + "*" * 10 + id_number[-4:]
    public = min(hours, 30 if hours >= 60 else hours // 3)
    rows = [("姓    名", name), ("身份证号", masked), ("学习年度", f"{year}年度"),
            ("公需科目", f"{public}学时"), ("专业科目", f"{hours - public}学时")]
    y = 162
    for label, value in rows:
        p.row([(x + 14, f"{label}：", y), (x + 84, value, y)], 10)
        y += 22
    p.text(cx, y - 6, rule, 8, "center", ink_c, line=False)
    p.row([(x + 14, "合计学时：", y + 18), (x + 96, f"{hours}", y + 18)], 14)
    p.text(x + 14, y + 44, "是否达标：达标", 10, color=ink_c)
    p.text(cx, y + 60, rule, 8, "center", ink_c, line=False)
    when = f"{issued_on} {8 + h % 9:02d}:{h % 60:02d}:{h // 60 % 60:02d}"
    y += 82
    for label, value in (("查询编号", f"JX{issued_on.replace('-', '')}{h % 9000 + 1000}"),
                         ("终端编号", f"LZ-ZZ-{h % 40 + 1:03d}"), ("打印时间", when)):
        p.text(x + 14, y, f"{label}：{value}", 8.5, color=ink_c)
        y += 17
    qr(p, cx - 36, y + 8, 72, f"{id_number}{year}")
    p.text(cx, y + 98, "扫码可核验学时信息", 8, "center", ink_c, line=False)
    p.wrapped(x + 14, y + 122, "温馨提示：本凭条仅供查询参考，热敏纸请避光保存。", w - 28, 8,
              13)
    for item in p.items:
        if getattr(item, "color", None) == (30, 30, 30) and hasattr(item, "text"):
            item.color = ink_c
    return Built("continuing_education", [p], _fields(name, year, hours), seal=None)


# --------------------------------------------------------------------------- round 15
# Drawn by another hand after round 14's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round15` (drawn only by the others15 profile).

@layout(LAYOUTS, "continuing_education.renxianzhi_duonian")
def renxianzhi_duonian(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                       **_) -> Built:
    """The 专业技术人员继续教育学时登记情况证明 the 人社局's 继续教育 office writes at the
    counter when a 职称 notice asks for the hours of every year 任现职以来 (not one year's
    certificate): the title in 黑体, 编号 at the right, a 楷体 paragraph (经查询广西专业技术
    人员继续教育管理平台登记记录，张三同志（身份证号：…）2019—2023年度继续教育学时登记情况
    如下：), a ruled table with a row per year, oldest first (年度 / 公需科目 / 专业科目 /
    合计学时 / 登记日期 / 是否达标, the asked year the last row, earlier years with their own
    hours), the 90-学时 rule as a 说明 line, 特此证明。, the office's seal over the bureau's
    name and a date in Chinese numerals (二〇二四年一月十五日), and the 仅用于职称申报 note;
    photocopied slightly grey, one portrait page."""
    from ._common import HEI, cn_upper

    h = sum(ord(c) * (i + 3) for i, c in enumerate(name + id_number)) + seed
    first = year - 4
    p = Page(*A4, background=(242, 241, 237), font=KAI)
    p.text(297, 96, "专业技术人员继续教育学时登记情况证明", 18, "center", font=HEI)
    p.text(530, 124, f"编号：继教证〔{issued_on[:4]}〕{h % 900 + 100}号", 10, "right", font=MING)
    body = (f"经查询广西专业技术人员继续教育管理平台登记记录，{name}同志（身份证号：{id_number}）"
            f"{first}—{year}年度继续教育学时登记情况如下：")
    from ..layout import wrap

    parts = wrap(body, 467, 14, 28, KAI)
    if len(parts) > 1 and len(parts[-1]) == 1:  # no line starts with a colon
        parts[-2:] = [parts[-2] + parts[-1]]
    y = 166
    for i, part in enumerate(parts):
        p.text(64 + (28 if i == 0 else 0), y, part, 14)
        y += 28
    rows = [["年度", "公需科目", "专业科目", "合计学时", "登记日期", "是否达标"]]
    for k in range(5):
        yr = first + k
        total = hours if yr == year else (72, 90, 96, 102, 90, 120)[(h + k) % 6]
        pub, spec = _split(total)
        rows.append([f"{yr}年度", f"{pub}学时", f"{spec}学时", f"{total}学时",
                     f"{yr + 1}.01.{10 + (h + 3 * k) % 18}", "是" if total >= 90 else "否"])
    p.font = MING
    y = p.table(64, y + 8, [72, 78, 78, 82, 92, 65], rows, 30, 11.5)
    y = p.wrapped(64, y + 24, "说明：专业技术人员每年参加继续教育累计不少于90学时，其中公需科目"
                  "不少于30学时（《专业技术人员继续教育规定》）。", 467, 10, 16)
    p.font = KAI
    p.text(92, y + 22, "特此证明。", 14)
    p.text(520, y + 100, issuer, 14, "right")
    p.text(520, y + 132, cn_upper(issued_on), 14, "right")
    p.seal(520 - text_width(issuer, 14, KAI) / 2, y + 108, 112, issuer, seed=seed + 1508,
           **ink(seed + 1))
    p.text(64, y + 200, "（本证明仅用于职称申报，自出具之日起三个月内有效。）", 10.5,
           color=(80, 80, 80), font=MING)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 16
# Drawn by another hand after round 15's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round16` (drawn only by the others16 profile).

@layout(LAYOUTS, "continuing_education.saomiao_app_shuiyin")
def saomiao_app_shuiyin(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                        **_) -> Built:
    """The bureau's paper 专业技术人员继续教育学时登记证明 (the counter form: 证明编号, a grid
    with 姓名 / 学习年度 / 身份证号 typed in and 性别 / 民族 / 工作单位 left blank, a table of
    the year's hours by 学习方式 — 网络学习 / 面授培训 — against 公需科目 and 专业科目 with row
    and column totals, 审核意见 with the hours written out in Chinese numerals, the bureau's seal
    over its name and date) as applicants digitise it with a phone scanning app (扫描全能王 and
    its like): the page flattened to a near-white, slightly blue-cast scan with the app's small
    grey 扫描全能王 创建 tag in the lower right corner, and the applicant's own typed overprint
    仅供{year+1}年度职称申报使用 他用无效 repeated diagonally across the page in translucent
    grey-blue (the line people add to every copy of a personal certificate they hand over);
    single page."""
    from ._common import HEI

    h = sum(ord(c) for c in name + issuer) + seed
    pub, pro = _split(hours)
    pub_net, pro_net = pub, pro - 24 if pro > 40 else pro
    pro_face = pro - pro_net
    p = Page(*A4, background=(246, 249, 252), font=MING)
    p.text(297, 92, "专业技术人员继续教育学时登记证明", 19, "center", font=HEI)
    p.text(520, 122, f"证明编号：JXJY{year}{h % 90000 + 10000}", 10, "right")
    y = grid(p, 65, 136, [80, 110, 60, 50, 80, 85], [
        ["姓    名", name, "性别", "", "学习年度", f"{year}年度"],
        ["身份证号", id_number, "民族", "", "工作单位", ""]], 28, 10.5)
    p.text(70, y + 30, "学时登记情况（单位：学时）", 11, font=HEI)
    y = p.table(65, y + 42, [120, 115, 115, 115],
                [["学习方式", "公需科目", "专业科目", "小计"],
                 ["网络学习", str(pub_net), str(pro_net), str(pub_net + pro_net)],
                 ["面授培训", "0", str(pro_face), str(pro_face)],
                 ["合    计", str(pub), str(pro), str(hours)]], 26, 11)
    p.rect(65, y + 20, 465, 150, (0, 0, 0), None, 0.8)
    p.text(75, y + 44, "审核意见：", 11, font=HEI)
    words = num_cn(hours) if hours < 100 else str(hours)
    p.wrapped(90, y + 70, f"经审核，{name}同志{year}年度累计完成继续教育{hours}学时"
              f"（{words}学时），其中公需科目{pub}学时、专业科目{pro}学时，"
              "予以登记。", 430, 12, 22, first_indent=24)
    top = y + 220
    p.text(520, top, issuer, 13, "right")
    p.text(520, top + 30, cn(issued_on), 13, "right")
    p.seal(520 - text_width(issuer, 13, MING) / 2, top + 10, 112, issuer, seed=seed + 18,
           **ink(seed + 1))
    p.text(65, 770, "注：本证明用于专业技术人员职称申报、岗位聘用，"
           "复印有效须加盖原出具单位印章。", 8.5, color=(80, 80, 80), line=False)
    mark = f"仅供{year + 1}年度职称申报使用  他用无效"
    for yy in (250, 470, 690):
        p.watermark(297, yy, mark, 20, 28, (70, 90, 150), 0.28)
    p.rect(462, 800, 112, 22, None, (236, 236, 236), 0)
    p.text(518, 815, "扫描全能王 创建", 9, "center", (120, 120, 120), line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 17
# Drawn by another hand after round 16's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round17` (drawn only by the others17 profile).

@layout(LAYOUTS, "continuing_education.zhengshu_beimian_dengji", cn_dates=False)
def zhengshu_beimian_dengji(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                            **_) -> Built:
    """The back of a training course's 结业证书 (a stiff landscape card) on which the 人社局's
    继续教育 office, when it records the hours, stamps its rectangular 学时登记章 and writes the
    values in by pen — how counties without an online platform still log 线下 courses: a phone
    photo of the card lying on a desk; the printed back carries the 持证人 line (姓名 and
    身份证号 typed by the training school) and the 注意事项 (本证书须经人社部门学时登记后有效,
    涂改无效, ...) on the left half; on the right half the blue-violet box stamp — 继续教育学时
    登记 / 年度 / 学时 / 登记日期 / 经办人 — with {year}, {hours} and a dotted date in blue-black
    pen, and the issuer's red round seal struck over the stamp's lower edge."""
    from ._common import HEI, PEN, desk

    W, H = 842, 595
    p = Page(W, H, font=MING)
    x0, y0, w, h = 60, 70, 720, 450
    desk(p, seed, x0, y0, w, h, paper=(246, 242, 230))
    p.rect(x0 + 14, y0 + 14, w - 28, h - 28, (170, 140, 90), None, 1.2)
    p.text(x0 + 40, y0 + 60, "持证人：", 13, font=HEI, line=False)
    p.text(x0 + 106, y0 + 60, name, 13)
    p.text(x0 + 40, y0 + 90, f"身份证号：{id_number}", 12)
    p.text(x0 + 40, y0 + 136, "注 意 事 项", 13, font=HEI, line=False)
    notes = ["一、本证书须经人力资源社会保障部门学时登记后方为有效。",
             "二、本证书只限本人使用，涂改、转借无效。",
             "三、请妥善保管，职称申报时须提供原件。",
             "四、遗失不补，可凭登记记录申请出具学时证明。"]
    yy = y0 + 166
    for note in notes:
        yy = p.wrapped(x0 + 40, yy, note, 300, 10.5, 22) + 2
    violet = (70, 60, 170)
    sx, sy, sw, sh = x0 + 390, y0 + 70, 290, 210
    p.rect(sx, sy, sw, sh, violet, None, 2.2)
    p.rect(sx + 4, sy + 4, sw - 8, sh - 8, violet, None, 0.7)
    p.text(sx + sw / 2, sy + 34, "继续教育学时登记", 16, "center", violet, font=HEI)
    labels = ["年    度：", "学    时：", "登记日期：", "经 办 人："]
    d = issued_on.split("-")
    values = [f"{year}", f"{hours}", f"{d[0]}.{int(d[1])}.{int(d[2])}", "覃" + "丽萍敏"[seed % 3]]
    from ..layout import Text

    for i, (label, value) in enumerate(zip(labels, values)):
        by = sy + 78 + i * 36
        p.text(sx + 30, by, label, 12, color=violet, line=False)
        p.hline(sx + 110, sx + 250, by + 4, 0.6)
        p.items.append(Text(sx + 122, by - 2, value, 16, "left", PEN, KAI))
        p.lines.append(label.replace(" ", "") + value)
    p.seal(sx + sw - 70, sy + sh - 10, 110, issuer, seed=seed + 31, **ink(seed + 1))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 18
# Drawn by another hand after round 17's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round18` (drawn only by the others18 profile).

@layout(LAYOUTS, "continuing_education.shenyan_mingdan_fujian")
def shenyan_mingdan_fujian(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                           **_) -> Built:
    """The 附件 page of the 人社局's published notice on the year's hours (关于公布{year}年度
    专业技术人员继续教育学时审验结果的通知, issued as a 红头 file and put on the bureau's website
    as a PDF), which applicants whose certificate never came print from the PDF and upload
    alone, since it is the page carrying their row: 附件2 in 黑体 at the top left, the list's
    title ({year}年度专业技术人员继续教育学时审验合格人员名单) with （第N批） under it, a ruled
    table of some twenty people in 仿宋-like type (序号 / 姓名 / 身份证号 masked in the middle
    as published lists do / 公需科目 / 专业科目 / 合计学时 / 审验结果), the applicant one row
    among them, and the GB/T 9704 page number — 3 — at the foot; no seal on an 附件 page
    (the seal is on the notice's last page), no date, single page."""
    import hashlib

    from ._common import HEI, other_people

    def masked(idn: str) -> str:
        return idn[:6] + "********" + idn[-4:]

    people = []
    for oname, _g, oid in other_people(f"ce18:{issuer}:{year}", 19):
        h = hashlib.sha256(f"{oname}:{year}".encode()).digest()[0]
        total = (72, 90, 90, 96, 102, 120, 90, 84)[h % 8]
        people.append((oname, oid, total))
    at = 3 + seed % 15
    people.insert(at, (name, id_number, hours))
    batch = 1 + seed % 4
    p = Page(*A4, font=MING)
    p.text(60, 70, f"附件{2 + seed % 2}", 14, font=HEI)
    p.text(297, 110, f"{year}年度专业技术人员继续教育学时", 17, "center", font=HEI)
    p.text(297, 136, "审验合格人员名单", 17, "center", font=HEI)
    p.text(297, 162, f"（第{num_cn(batch)}批）", 12, "center")
    rows = [["序号", "姓名", "身份证号", "公需科目", "专业科目", "合计学时", "审验结果"]]
    first = 1 + (seed % 7) * 20
    for i, (n, idn, total) in enumerate(people):
        pub, pro = _split(total)
        rows.append([str(first + i), n, masked(idn), str(pub), str(pro), str(total), "合格"])
    p.table(50, 180, [42, 70, 150, 62, 62, 62, 47], rows, 27, 10.5)
    p.text(297, 808, f"— {3 + seed % 3} —", 12, "center", line=False)
    return Built("continuing_education", [p], _fields(name, year, hours))


# --------------------------------------------------------------------------- round 19
# Drawn by another hand after round 18's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round19` (drawn only by the others19 profile).

@layout(LAYOUTS, "continuing_education.pingtai_chaxun_liulanqi", cn_dates=False)
def pingtai_chaxun_liulanqi(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                            **_) -> Built:
    """A desktop browser screenshot of the 学时查询 (学时档案) page of the region's
    专业技术人员继续教育管理平台 after the learner has logged in and filtered by 年度, which
    applicants upload when the platform will not yet print a certificate (the year's
    审验 still pending): the browser's tab strip and address bar (https://.../student/
    hours?year=2023), the platform's dark teal banner with 欢迎您，张三 and 退出 at the right,
    a left menu (个人中心 / 我的课程 / 学时查询 / 证书打印), the query form (年度 2023 in a drop
    box, 查询 button), a summary of coloured tiles (公需科目 / 专业科目 / 合计学时), the course
    table (序号 / 课程名称 / 科目类别 / 学习方式 / 学时 / 完成日期 2023-05-12 / 状态 已认定)
    and the pager 共N条; single landscape page."""
    from ._common import HEI

    public, prof = _split(hours)
    p = Page(*A4_LANDSCAPE, font=MICRO)
    grey = (110, 114, 122)
    p.rect(0, 0, 842, 28, None, (222, 225, 230), 0)
    p.rect(12, 6, 190, 22, None, (250, 250, 252), 0)
    p.text(22, 21, "学时查询 - 继续教育管理平台", 9, color=(60, 60, 66), line=False)
    p.rect(0, 28, 842, 30, None, (250, 250, 252), 0)
    p.rect(60, 33, 700, 20, None, (238, 240, 244), 0)
    p.text(72, 47, f"https://jxjy.gxrs.example.cn/student/hours?year={year}", 9.5,
           color=(70, 70, 80), line=False)
    teal = (18, 96, 104)
    p.rect(0, 58, 842, 46, None, teal, 0)
    p.text(24, 88, "广西专业技术人员继续教育管理平台", 17, color=(255, 255, 255), font=HEI)
    p.text(818, 87, f"欢迎您，{name}    退出", 10.5, "right", color=(230, 240, 240))
    p.rect(0, 104, 150, 491, None, (240, 243, 245), 0)
    for i, item in enumerate(("个人中心", "我的课程", "学时查询", "证书打印", "账号设置")):
        if i == 2:
            p.rect(0, 118 + i * 36, 150, 34, None, (214, 232, 234), 0)
        p.text(30, 140 + i * 36, item, 11, color=teal if i == 2 else (60, 60, 66),
               line=False)
    x0 = 176
    p.text(x0, 136, "学时查询", 14, font=HEI)
    p.text(x0, 166, f"姓名：{name}    身份证号：{id_number[:6]}********{id_number[-4:]}",
           10.5)
    p.text(x0, 196, "年度：", 10.5, line=False)
    p.rect(x0 + 38, 182, 90, 22, (170, 174, 180), (255, 255, 255), 0.8)
    p.text(x0 + 48, 197, str(year), 10.5, line=False)
    p.rect(x0 + 108, 190, 8, 6, None, (120, 124, 130), 0)
    p.lines.append(f"年度：{year}")
    p.rect(x0 + 140, 182, 54, 22, None, teal, 0)
    p.text(x0 + 167, 197, "查询", 10.5, "center", color=(255, 255, 255), line=False)
    tiles = [("公需科目", public, (62, 130, 200)), ("专业科目", prof, (232, 140, 50)),
             ("合计学时", hours, (60, 160, 100))]
    for i, (label, val, col) in enumerate(tiles):
        tx = x0 + i * 200
        p.rect(tx, 220, 184, 62, None, col, 0)
        p.text(tx + 14, 244, f"{year}年度{label}", 10.5, color=(255, 255, 255), line=False)
        p.text(tx + 14, 272, f"{val} 学时", 17, color=(255, 255, 255), font=HEI, line=False)
        p.lines.append(f"{year}年度{label} {val} 学时")
    courses = [("专业技术人员职业道德与诚信建设", "公需科目", public // 2),
               ("数字经济与创新驱动发展", "公需科目", public - public // 2)]
    parts = _chunks(prof, 24) if prof else []
    names = ("行业新技术新规范解读", "专业实务案例分析", "工程质量安全专题",
             "专业前沿技术讲座", "岗位能力提升研修")
    courses += [(names[i % len(names)], "专业科目", h) for i, h in enumerate(parts)]
    courses = [c for c in courses if c[2]]
    rows = [["序号", "课程名称", "科目类别", "学习方式", "学时", "完成日期", "状态"]]
    for i, (c, kind, h) in enumerate(courses):
        day = f"{year}-{3 + i % 9:02d}-{10 + (seed + i * 7) % 18:02d}"
        rows.append([str(i + 1), c, kind, "网络学习" if kind == "公需科目" else "面授培训",
                     str(h), day, "已认定"])
    p.font = MICRO
    y = p.table(x0, 302, [40, 220, 80, 80, 50, 90, 80], rows, 26, 10)
    p.text(x0, y + 26, f"共{len(courses)}条    合计：{hours}学时", 10.5)
    p.text(818, y + 26, "‹  1  ›", 10.5, "right", color=grey, line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=None)


# --------------------------------------------------------------------------- round 20
# Drawn by another hand after round 19's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round20` (drawn only by the others20 profile).

CN_CAPS = "零壹贰叁肆伍陆柒捌玖"


def _caps(n: int) -> str:
    """Hours in the 大写 numerals of a receipt: 90 -> 玖拾, 72 -> 柒拾贰, 105 -> 壹佰零伍."""
    out = ""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    if hundreds:
        out += CN_CAPS[hundreds] + "佰"
        if tens == 0 and ones:
            out += "零"
    if tens:
        out += CN_CAPS[tens] + "拾"
    if ones:
        out += CN_CAPS[ones]
    return out or "零"


@layout(LAYOUTS, "continuing_education.zhenshi_liandan", cn_dates=False)
def zhenshi_liandan(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The 学时登记凭证 the 人社局's 继续教育 counter prints on a dot-matrix (针式) printer
    onto pre-printed continuous three-part stationery (241 mm × 140 mm 连续纸, the 多联
    凭证 government counters still use for receipts), the second leaf (第二联 申请人留存)
    torn off along the perforations and scanned whole: the pale yellow leaf with the
    sprocket-hole strips and perforations down both sides, the form printed in brick red
    (the bureau's name, 专业技术人员继续教育学时登记凭证, the red serial No. at the right,
    a ruled grid of 姓名 / 公民身份号码 / 登记年度 / 公需科目学时 / 专业科目学时 / 合计学时
    (大写) / 登记方式 / 经办窗口), the values struck by the printer in blue-black and a
    little off the printed lines (合计 both in figures and in 大写 numerals 玖拾学时), the
    printer's dashed 打印时间 line, 经办人 and the bureau's small seal stamped by hand over
    登记机关（盖章）, and the leaf's legend 第二联 申请人留存 printed down the right edge."""
    from ..layout import Ellipse
    from ._common import HEI, other_people, vtext

    h = sum(ord(c) for c in name + id_number) * 31 + seed
    pub, pro = _split(hours)
    W, H = 684.0, 396.0
    p = Page(W, H, background=(250, 244, 212), font=MING)
    form = (176, 64, 52)
    dot = (38, 40, 70)
    for sx in (0, W - 36):
        p.rect(sx, 0, 36, H, None, (246, 240, 206), 0)
        for k in range(11):
            p.items.append(Ellipse(sx + 11, 8 + k * 36, 14, 14, (70, 66, 60)))
    for x in (36, W - 36):
        for k in range(0, int(H), 8):
            p.items.append(Line(x, k, x, k + 4, 0.6, (150, 140, 110)))
    p.text(W / 2, 36, issuer, 12, "center", form, font=HEI)
    p.text(W / 2, 62, "专业技术人员继续教育学时登记凭证", 17, "center", form, font=HEI)
    p.text(610, 40, "No.", 10, "right", form, line=False)
    p.text(612, 40, f"{h % 9000000 + 1000000:07d}", 12, color=(200, 30, 30), line=False)
    p.lines.append(f"No.{h % 9000000 + 1000000:07d}")
    x0, top, rh = 58, 80, 30
    xs = [x0, x0 + 90, x0 + 254, x0 + 344, x0 + 548]
    labels = [("姓    名", "公民身份号码"), ("登记年度", "登记方式"),
              ("公需科目", "专业科目"), ("合计学时", "（大写）"), ("经办窗口", "经 办 人")]
    day = issued_on[8:10]
    clerk = other_people(f"zs:{issuer}:{year}:{day}", 1)[0][0]
    t = f"{issued_on} {9 + h % 7:02d}:{h % 60:02d}:{(h // 60) % 60:02d}"
    values = [(name, id_number), (f"{year}年度", "网络学习+面授培训"),
              (f"{pub} 学时", f"{pro} 学时"), (f"{hours}", f"{_caps(hours)}学时"),
              (f"{4 + h % 9}号窗口", f"{clerk}（工号{day}{h % 90 + 10}）")]
    for r in range(len(labels) + 1):
        p.items.append(Line(x0, top + r * rh, xs[-1], top + r * rh, 0.9, form))
    for x in xs:
        p.items.append(Line(x, top, x, top + len(labels) * rh, 0.9, form))
    jx, jy = 3 + h % 5, -3 + h % 4
    for r, ((la, lb), (va, vb)) in enumerate(zip(labels, values)):
        base = top + r * rh + 20
        p.text((xs[0] + xs[1]) / 2, base, la, 11, "center", form, line=False, font=HEI)
        p.text((xs[2] + xs[3]) / 2, base, lb, 11, "center", form, line=False, font=HEI)
        p.text(xs[1] + 8 + jx, base + jy, va, 12, color=dot, line=False, font=MICRO)
        p.text(xs[3] + 8 + jx, base + jy, vb, 12, color=dot, line=False, font=MICRO)
        p.lines.append(f"{la} {va} {lb} {vb}")
    y = top + len(labels) * rh
    p.text(x0, y + 24, "说明：本凭证为继续教育学时登记的有效凭据，请妥善保管；涂改无效。", 9.5,
           color=form)
    p.text(x0 + jx, y + 46 + jy, f"打印时间：{t}    业务流水号：JX{year + 1}{h % 900000 + 100000}",
           10, color=dot, font=MICRO)
    p.text(x0 + 330, y + 82, "登记机关（盖章）", 11, color=form, font=HEI)
    p.seal(x0 + 380, y + 60, 86, issuer, bottom="继续教育专用章", seed=seed + 8, **ink(seed))
    vtext(p, W - 50, 120, "第二联申请人留存", 10, form, font=HEI, step=13)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 21
# Drawn by another hand after round 20's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round21` (drawn only by the others21 profile).

@layout(LAYOUTS, "continuing_education.weixin_fuwu_tongzhi", cn_dates=False)
def weixin_fuwu_tongzhi(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                        **_) -> Built:
    """A phone screenshot of WeChat's 服务通知 (service notifications) list, where the
    人社 bureau's mini-program pushes its template messages (订阅消息) once the year's
    continuing-education hours are 审验ed — what applicants send when the platform offers no
    certificate to print: the status bar, the grey 服务通知 title bar, the date stamp, and
    two white message cards of the mini-program (the bureau's round icon and name, the
    message title in bold, grey label / value rows): the older card 学时登记成功通知 (one
    course's 学时 added) and the newer 继续教育学时审验结果通知 with 姓名 / 审验年度 /
    公需科目 / 专业科目 / 合计学时 / 审验结果 通过 / 审验时间 in figures, each card ending
    in 进入小程序查看详情 ›; single page, cn_dates off."""
    from ..layout import Ellipse
    from ._common import HEI

    h = sum(ord(c) for c in name + id_number) * 13 + seed
    pub, pro = _split(hours)
    W, H = 390.0, 800.0
    p = Page(W, H, background=(237, 237, 237), font=MICRO)
    p.text(26, 22, f"{8 + h % 12}:{h % 60:02d}", 10, font=HEI, line=False)
    p.text(366, 22, f"4G  {30 + h % 70}%", 9, "right", line=False)
    p.text(20, 58, "‹", 20, line=False)
    p.text(195, 57, "服务通知", 12, "center", font=HEI)
    p.text(368, 56, "···", 14, "right", line=False)
    app = f"{issuer[:3]}人社" if issuer.startswith("柳州") else "人社服务"
    grey, dark = (140, 140, 140), (30, 30, 30)
    course = ("公需科目：数字经济与创新驱动发展", "专业科目：行业新技术新规范专题")[h % 2]
    earlier = f"{year}-{10 + h % 3:02d}-{3 + h % 20:02d} {9 + h % 8}:{h % 60:02d}"
    audit = f"{issued_on} {10 + h % 6}:{(h // 7) % 60:02d}"
    cards = [
        (earlier, "学时登记成功通知",
         [("学员姓名", name), ("课程名称", course), ("获得学时", f"{min(pub, 10 + h % 11)}学时"),
          ("登记时间", earlier[:10])]),
        (audit, "继续教育学时审验结果通知",
         [("姓名", name), ("审验年度", f"{year}年度"), ("公需科目", f"{pub}学时"),
          ("专业科目", f"{pro}学时"), ("合计学时", f"{hours}学时"), ("审验结果", "通过"),
          ("审验时间", audit[:10])]),
    ]
    y = 92
    for when, title, rows in cards:
        p.text(195, y + 14, f"{int(when[5:7])}月{int(when[8:10])}日 {when[11:16]}", 9,
               "center", grey, line=False)
        top = y + 28
        hgt = 116 + 26 * len(rows)
        p.rect(14, top, W - 28, hgt, None, (255, 255, 255), 0)
        p.items.append(Ellipse(28, top + 12, 22, 22, (22, 130, 220)))
        p.text(39, top + 27, "人", 10, "center", (255, 255, 255), line=False)
        p.text(58, top + 28, app, 10, color=(90, 90, 90))
        p.text(W - 28, top + 28, "···", 11, "right", grey, line=False)
        p.text(28, top + 62, title, 14, color=dark, font=HEI)
        yy = top + 92
        for label, value in rows:
            p.row([(28, label, yy), (110, value, yy)], 11)
            p.items[-2].color = grey
            p.items[-1].color = (50, 50, 50)
            yy += 26
        p.items.append(Line(28, top + hgt - 34, W - 28, top + hgt - 34, 0.5, (225, 225, 225)))
        p.text(28, top + hgt - 12, "进入小程序查看详情", 10.5, color=(60, 60, 60))
        p.text(W - 28, top + hgt - 12, "›", 12, "right", grey, line=False)
        y = top + hgt + 4
    return Built("continuing_education", [p], _fields(name, year, hours), seal=None)


# --------------------------------------------------------------------------- round 22
# Drawn by another hand after round 21's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round22` (drawn only by the others22 profile).

@layout(LAYOUTS, "continuing_education.dengji_ka_zhengfan", cn_dates=False)
def dengji_ka_zhengfan(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                       **_) -> Built:
    """The pocket 专业技术人员继续教育登记卡 (a stiff card the size of a postcard, landscape,
    that some city 人社局 counters still hand out and fill in, one card per person and a row
    per year) photographed with a phone on a desk, both faces side by side in one image — the
    way applicants show a card: the front (the card's title in green 黑体, a green frame, 姓名
    / 身份证号 / 发证机关 / 卡号 written in, the bureau's small round seal on the 发证机关
    line) above-left, the back below-right (a ruled 学时登记 table 年度 / 公需 / 专业 / 合计 /
    登记章, the year's row written in blue-black pen, and the counter's small round
    继续教育学时登记专用章 stamped in the last cell, its ring running over the cell's rules,
    the date in dotted digits (2024.1.15) beside it), earlier rows of other years' hours above it.
    Warm phone light, soft shadows under the cards; single page."""
    from ._common import DESKS, HEI, PEN

    h = int(__import__("hashlib").sha256(f"{name}{year}r22ka".encode()).hexdigest()[:8], 16)
    green = (34, 112, 70)
    p = Page(*A4_LANDSCAPE, font=KAI)
    p.background = DESKS[seed % len(DESKS)]
    # the front
    fx, fy, fw, fh = 40, 40, 380, 250
    p.rect(fx + 6, fy + 8, fw, fh, None, (60, 45, 35), 0)
    p.rect(fx, fy, fw, fh, None, (250, 250, 242), 0)
    p.rect(fx + 10, fy + 10, fw - 20, fh - 20, green, None, 1.6)
    p.text(fx + fw / 2, fy + 50, "专业技术人员继续教育登记卡", 17, "center", green, font=HEI)
    card_no = f"LZ{issued_on[:4]}{h % 900000 + 100000}"
    rows = [("姓    名", name, 12.5), ("身份证号", id_number, 11.5),
            ("发证机关", issuer, 11), ("卡    号", card_no, 11.5)]
    y = fy + 96
    for label, value, size in rows:
        p.text(fx + 30, y, label + "：", 11, color=green, line=False, font=MING)
        p.text(fx + 112, y, value, size, color=PEN, line=False)
        p.hline(fx + 108, fx + fw - 28, y + 5, 0.5)
        p.lines.append(f"{label.replace(' ', '')}：{value}")
        y += 36
    p.seal(fx + fw - 92, fy + 186, 76, issuer, seed=seed + 8, **ink(seed))
    # the back
    bx, by, bw, bh = 420, 300, 390, 260
    p.rect(bx + 6, by + 8, bw, bh, None, (60, 45, 35), 0)
    p.rect(bx, by, bw, bh, None, (250, 250, 242), 0)
    p.rect(bx + 10, by + 10, bw - 20, bh - 20, green, None, 1.6)
    p.text(bx + bw / 2, by + 38, "学 时 登 记", 14, "center", green, font=HEI)
    widths = [62, 62, 62, 70, 104]
    heads = ["年度", "公需科目", "专业科目", "合计", "登记章"]
    pub, spec = _split(hours)
    earlier = [(year - 2, 30, 42 + h % 4 * 6), (year - 1, 30, 48 + h % 3 * 6)]
    tx, ty, rh = bx + 15, by + 54, 36
    for r in range(5):
        p.hline(tx, tx + sum(widths), ty + r * rh, 0.7)
    cx = tx
    for w in [0, *widths]:
        cx += w
        p.items.append(Line(cx, ty, cx, ty + 4 * rh, 0.7))
    for i, t in enumerate(heads):
        p.text(tx + sum(widths[:i]) + widths[i] / 2, ty + 23, t, 10, "center", green,
               line=False, font=MING)
    p.lines.append(" ".join(heads))
    entries = [(yy, a, b) for yy, a, b in earlier] + [(year, pub, spec)]
    for r, (yy, a, b) in enumerate(entries, start=1):
        base = ty + r * rh + 23
        cells = [f"{yy}", f"{a}", f"{b}", f"{a + b}"]
        x = tx
        for w, c in zip(widths, cells):
            p.text(x + w / 2, base, c, 12.5, "center", PEN, line=False)
            x += w
        p.lines.append(f"{yy} {a} {b} {a + b}")
        sc = tx + sum(widths[:4]) + widths[4] / 2
        if r < len(entries):
            p.seal(sc, base - 6, 40, issuer, seed=seed + 20 + r, **ink(seed + r))
    sc = tx + sum(widths[:4]) + widths[4] / 2
    p.seal(sc - 26, ty + 3 * rh + 18, 46, issuer, seed=seed + 9, **ink(seed + 3))
    when = f"{issued_on[:4]}.{int(issued_on[5:7])}.{int(issued_on[8:10])}"
    p.text(sc, ty + 3 * rh + 32, when, 9.5, color=PEN)
    p.text(bx + 22, by + bh - 22, "注：本卡由继续教育登记机构填写，涂改无效。", 9, color=green,
           font=MING)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 23
# Drawn by another hand after round 22's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round23` (drawn only by the others23 profile).

@layout(LAYOUTS, "continuing_education.zhengshu_haibao_baocun", cn_dates=False)
def zhengshu_haibao_baocun(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                           **_) -> Built:
    """The 学时证书 as a tall share poster (分享海报) that the continuing-education
    mini-program draws when the learner taps 生成证书图片 and then 保存到相册 — the picture
    applicants send from their phone's album, not a screenshot (no status bar): a blue
    gradient ground with light rays, the platform's name at the top, 继续教育学时证书 in
    large white 黑体 over CERTIFICATE, a white card with the 证书编号, the name in large type
    with 同志, one sentence (于{year}年度完成专业技术人员继续教育学习，经考核合格，共获得),
    the total in big figures with 学时, the 公需科目 / 专业科目 split in two tiles, the ID
    number masked in the middle, the issuing bureau with the date in figures (2024-01-15)
    under its red electronic seal, and at the foot a QR code with 长按识别二维码 查验证书真伪;
    single tall page."""
    from ._common import HEI, qr

    h = sum(ord(c) for c in name + id_number) * 7919 + seed
    pub, pro = _split(hours)
    W, H = 390.0, 760.0
    p = Page(W, H, background=(24, 84, 170), font=MICRO)
    for k in range(32):  # the gradient, darker at the top
        c = 24 + k * 2, 84 + k * 5 // 2, 170 + k * 2
        p.rect(0, 24 * k, W, 25, None, c, 0)
    for k in range(5):  # light rays behind the head
        p.rect(30 + k * 76, 0, 14, 200, None, (70 + k * 4, 130 + k * 4, 210), 0)
    white = (255, 255, 255)
    plat = (f"{issuer[:3]}专业技术人员继续教育" if issuer.startswith("柳州")
            else "专业技术人员继续教育")
    p.text(W / 2, 40, plat, 11, "center", (220, 232, 250))
    p.text(W / 2, 92, "继续教育学时证书", 27, "center", white, font=HEI)
    p.text(W / 2, 114, "C E R T I F I C A T E", 9, "center", (200, 216, 240), line=False)
    cx, cy, cw, ch = 22, 136, W - 44, 470
    p.rect(cx + 3, cy + 4, cw, ch, None, (14, 50, 110), 0)
    p.rect(cx, cy, cw, ch, None, white, 0)
    p.rect(cx + 8, cy + 8, cw - 16, ch - 16, (210, 178, 96), None, 1.2)
    dark, grey, blue = (35, 35, 35), (130, 130, 130), (24, 84, 170)
    p.text(cx + cw - 18, cy + 30, f"证书编号：JX{year}{h % 10**8:08d}", 8.5, "right", grey)
    p.text(W / 2, cy + 76, f"{name}  同志", 22, "center", dark, font=HEI)
    p.text(W / 2, cy + 100, f"身份证号：{id_number[:4]}**********{id_number[-4:]}", 9,
           "center", grey)
    p.text(W / 2, cy + 134, f"于{year}年度完成专业技术人员继续教育学习，", 11, "center", dark)
    p.text(W / 2, cy + 154, "经考核合格，共获得", 11, "center", dark)
    p.text(W / 2 - 8, cy + 214, str(hours), 48, "center", blue, font=HEI, line=False)
    p.text(W / 2 + text_width(str(hours), 48, HEI) / 2 - 2, cy + 214, "学时", 14,
           color=blue, line=False)
    p.lines.append(f"{hours}学时")
    for k, (label, val) in enumerate((("公需科目", pub), ("专业科目", pro))):
        tx = cx + 26 + k * (cw - 52) / 2 + (6 if k else 0)
        tw = (cw - 52) / 2 - 6
        p.rect(tx, cy + 240, tw, 54, None, (238, 244, 252), 0)
        p.text(tx + tw / 2, cy + 262, label, 10, "center", grey, line=False)
        p.text(tx + tw / 2, cy + 284, f"{val}学时", 14, "center", dark, font=HEI, line=False)
    p.lines.append(f"公需科目 {pub}学时 专业科目 {pro}学时")
    p.text(cx + cw - 26, cy + 360, issuer, 11, "right", dark)
    p.text(cx + cw - 26, cy + 382, issued_on, 11, "right", dark)
    p.seal(cx + cw - 26 - text_width(issuer, 11, MICRO) / 2, cy + 362, 92, issuer,
           bottom="电子印章", seed=seed + 2323, color=(226, 24, 30), strength=1.0)
    p.text(cx + 26, cy + 440, "本证书由平台根据学习记录自动生成", 8, color=grey)
    qr(p, 34, 636, 74, f"jxhb:{id_number}:{year}:{hours}")
    p.text(124, 664, "长按识别二维码", 12, color=white, font=HEI)
    p.text(124, 686, "查验证书真伪", 10.5, color=(220, 232, 250))
    p.text(124, 706, f"生成时间：{issued_on}", 8.5, color=(200, 216, 240), line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 24
# Drawn by another hand after round 23's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round24`.

def _r24_dashed_rect(p: Page, x: float, y: float, w: float, h: float, dash: float = 6,
                     color=(90, 90, 90)) -> None:
    """A dashed frame (the 粘贴处 outline printed on a paste-up sheet)."""
    for x1, y1, x2, y2 in ((x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h),
                           (x + w, y, x + w, y + h)):
        length = abs(x2 - x1) + abs(y2 - y1)
        k = 0.0
        while k < length:
            e = min(k + dash, length)
            if x1 == x2:
                p.items.append(Line(x1, y1 + k, x1, y1 + e, 0.7, color))
            else:
                p.items.append(Line(x1 + k, y1, x1 + e, y1, 0.7, color))
            k += 2 * dash


@layout(LAYOUTS, "continuing_education.zhantie_dan")
def zhantie_dan(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The 职称申报材料粘贴单 (the paste-up sheet a 职称 application packet uses for every
    certificate smaller than A4: the applicant glues the card or its copy inside the dashed
    粘贴处 frame and the unit's 审核人 signs under it that it matches the original), scanned
    whole on the office copier for the online upload: the printed sheet with its title,
    材料类别 继续教育证明, 申报人 and 材料序号 written in by pen, the dashed frame with its
    printed note, and in it the glued 专业技术人员继续教育学时证书 card (a small landscape card
    on pale blue stock: the issuing bureau, the 证书编号, the holder's name and 身份证号, one
    sentence with 公需科目 and 专业科目 hours and the total, the bureau's seal over the date),
    set off-centre in the frame with the glue's shadow along its edge; at the foot the
    审核意见 经核对，与原件一致 with the 审核人 signature and the date in pen."""
    from ._common import HEI, PEN, other_people

    h = int.from_bytes(f"r24zt:{name}:{year}".encode()[:6], "big") + seed
    pub, spec = _split(hours)
    p = Page(*A4, background=(244, 244, 241), font=MING)
    p.text(297, 70, "专业技术人员职称申报材料粘贴单", 17, "center", font=HEI)
    p.text(60, 112, "材料类别：", 11.5, line=False)
    p.text(122, 112, "继续教育证明", 11.5, line=False)
    p.lines.append("材料类别：继续教育证明")
    p.text(300, 112, "材料序号：", 11.5, line=False)
    p.text(362, 113, f"{7 + h % 6}", 13, color=PEN, font=KAI, line=False)
    p.lines.append(f"材料序号：{7 + h % 6}")
    p.text(60, 140, "申 报 人：", 11.5, line=False)
    p.text(122, 141, name, 13.5, color=PEN, font=KAI, line=False)
    p.lines.append(f"申报人：{name}")
    p.text(300, 140, "材料名称：", 11.5, line=False)
    p.text(362, 141, f"{year}年度继续教育学时证书", 12.5, color=PEN, font=KAI, line=False)
    p.lines.append(f"材料名称：{year}年度继续教育学时证书")
    # the paste-up frame and its printed note
    fx, fy, fw, fh = 60, 160, 475, 470
    _r24_dashed_rect(p, fx, fy, fw, fh)
    p.text(297, fy + fh - 14, "粘贴处（证书原件或复印件粘贴于框内，不得超出虚线）", 9, "center",
           (130, 130, 130))
    # the glued card
    cx, cy, cw, chh = fx + 40 + h % 14, fy + 66 + h % 20, 380, 250
    p.rect(cx + 3, cy + 4, cw, chh, None, (200, 200, 196), 0)
    p.rect(cx, cy, cw, chh, None, (226, 238, 248), 0)
    blue = (40, 90, 160)
    p.rect(cx + 8, cy + 8, cw - 16, chh - 16, blue, None, 1.4)
    p.text(cx + cw / 2, cy + 40, "专业技术人员继续教育学时证书", 14, "center", blue, font=HEI)
    no = f"JX{year}{h % 1000000:06d}"
    p.text(cx + cw - 20, cy + 60, f"证书编号：{no}", 8.5, "right")
    p.text(cx + 24, cy + 86, f"{name}（身份证号：{id_number}）：", 10.5)
    yy = cy + 110
    for k, part in enumerate((f"你于{year}年度参加专业技术人员继续教育，",
                              f"完成公需科目{pub}学时、专业科目{spec}学时，",
                              f"共计{hours}学时，经考核合格，特发此证。")):
        p.text(cx + 24 + (21 if k == 0 else 0), yy, part, 10.5)
        yy += 19
    p.text(cx + cw - 30, cy + chh - 48, issuer, 9.5, "right")
    p.text(cx + cw - 30, cy + chh - 28, cn(issued_on), 9.5, "right")
    p.seal(cx + cw - 30 - text_width(issuer, 9.5, MING) / 2, cy + chh - 46, 84, issuer,
           seed=seed + 2441, **ink(seed))
    p.text(cx + 24, max(yy + 6, cy + chh - 28), "（本证书全省通用）", 8, color=(90, 90, 90))
    # the unit's check at the foot
    y = fy + fh + 40
    p.rect(60, y - 20, 475, 110, (0, 0, 0), None, 0.8)
    p.text(74, y + 4, "审核意见：", 11.5)
    p.text(150, y + 5, "经核对，与原件一致。", 13, color=PEN, font=KAI)
    checker = other_people(f"r24zt:{name}", 1)[0][0]
    p.text(300, y + 58, "审核人（签字）：", 11, line=False)
    p.text(392, y + 59, checker, 13.5, color=PEN, font=KAI, line=False)
    p.lines.append(f"审核人（签字）：{checker}")
    p.text(300, y + 80, "日    期：", 11, line=False)
    checked = f"{int(issued_on[:4]) + (1 if issued_on[5:7] > '03' else 0)}.3.{6 + h % 20}"
    p.text(392, y + 81, checked, 12.5, color=PEN, font=KAI, line=False)
    p.lines.append(f"日期：{checked}")
    p.text(297, 812, "注：每张粘贴单只粘贴一项材料，按材料目录顺序编号。", 9, "center",
           (110, 110, 110))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 25
# Drawn by another hand after round 24's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round25`.

def _r25_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.xuexitong_kecheng_zhengshu", cn_dates=False)
def xuexitong_kecheng_zhengshu(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                               **_) -> Built:
    """The 学时证书 of a city's 专业技术人员继续教育 online course run on the 超星学习通
    platform (the 人社局 buys the course from 超星 and its staff learn in the 学习通 app;
    once every video, quiz and the final test is passed the course page offers 下载证书),
    saved as the PDF and uploaded as is: landscape, a navy band at the top with the
    platform's name at the left and 证书编号 at the right, 学 时 证 书 in 黑体, 学员 / 身份证号
    on their own lines, the sentence that the learner completed the {year}年度 公需科目 and
    专业科目 courses of the named programme with the hours split and the total {hours}学时,
    考核合格, the 培训单位 line (the bureau, whose red seal is printed on), the 发证日期 with
    dashes, and a QR code at the lower left with 扫码验证证书真伪."""
    from ._common import HEI, qr

    h = _r25_hash(f"r25cx:{name}:{year}:{hours}")
    W, H = A4_LANDSCAPE
    p = Page(W, H, font=MICRO, background=(255, 255, 255))
    navy, gold = (22, 54, 112), (196, 160, 84)
    p.rect(0, 0, W, 64, None, navy, 0)
    p.rect(0, 64, W, 4, None, gold, 0)
    p.text(40, 40, "超星学习通", 17, color=(255, 255, 255), font=HEI, line=False)
    p.text(150, 40, "· 专业技术人员继续教育", 11, color=(200, 212, 235), line=False)
    code = f"CX{year}{45020 + h % 9:05d}{h % 1000000:06d}"
    p.text(W - 40, 40, f"证书编号：{code}", 10.5, "right", (230, 236, 248))
    p.rect(28, 84, W - 56, H - 112, gold, None, 1.2)
    p.rect(34, 90, W - 68, H - 124, gold, None, 0.5)
    p.text(W / 2, 150, "学  时  证  书", 30, "center", navy, font=HEI)
    p.text(W / 2, 176, "CERTIFICATE OF CONTINUING EDUCATION", 9.5, "center", (120, 130, 150),
           line=False)
    public, special = _split(hours)
    p.text(150, 228, f"学    员：{name}", 14)
    p.text(150, 256, f"身份证号：{id_number}", 14)
    body = (f"该学员于{year}年度参加“柳州市专业技术人员继续教育网络培训”，在线完成公需科目"
            f"{public}学时、专业科目{special}学时的课程学习，并通过在线考核，共计{hours}学时，"
            "成绩合格，特发此证。")
    from ._common import wrap

    y = 296
    for k, ln in enumerate(wrap(body, 560, 14, 28, MICRO)):
        p.text(150 + (28 if k == 0 else 0), y, ln, 14)
        y += 28
    p.text(W - 150, 446, f"培训单位：{issuer}", 12.5, "right")
    p.text(W - 150, 474, f"发证日期：{issued_on}", 12.5, "right")
    p.seal(W - 150 - text_width(f"{issuer}", 12.5, MICRO) / 2, 436, 112, issuer,
           seed=seed + 2521, **ink(seed + 2))
    qr(p, 70, 398, 78, f"r25cx:{code}")
    p.text(109, 494, "扫码验证证书真伪", 8.5, "center", (90, 90, 90), line=False)
    p.text(W / 2, H - 40, "本证书由学习平台自动生成，可登录平台或扫描二维码查验。", 8.5, "center",
           (130, 130, 130), line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 26
# Drawn by another hand after round 25's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round26`.

@layout(LAYOUTS, "continuing_education.ziliaoce_chadai")
def ziliaoce_chadai(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The bureau's 专业技术人员继续教育学时证明 kept in the clear-pocket 资料册 (the A4
    display book with 30 or 60 插袋 in which applicants assemble the 职称申报材料, one
    document per pocket, in the order of the 材料目录) and photographed with the phone
    through the plastic rather than taken out: the book's dark cover edge at the left, the
    pocket's welded seam, a coloured index tab 继续教育 sticking out at the right and a pale
    band of reflection across the pocket. The page: the title, a 证明编号, a ruled grid
    (姓名 / 身份证号码 / 学习年度 / 公需科目 / 专业科目 / 合计), the sentence that the
    hours are 登记认定 and 合格, the issuing bureau with its seal and the date; portrait."""
    from ..layout import Watermark
    from ._common import HEI

    h = _r25_hash(f"r26zl:{name}:{year}:{hours}")
    W, H = A4
    p = Page(W, H, font=MING, background=(38, 44, 58))
    p.rect(0, 0, 40, H, None, (24, 28, 38), 0)  # the cover's edge
    p.rect(40, 20, 530, 806, None, (232, 234, 236), 0)  # the pocket
    p.rect(50, 28, 508, 788, None, (250, 250, 246), 0)  # the page
    p.items.append(Line(44, 20, 44, 826, 2.2, (206, 210, 216)))  # the welded seam
    tab = [(230, 90, 70), (60, 150, 90), (60, 110, 200), (230, 170, 40)][h % 4]
    p.rect(570, 330, 22, 92, None, tab, 0)
    for k, ch in enumerate("继续教育"):
        p.text(581, 350 + k * 20, ch, 10, "center", (255, 255, 255), font=HEI, line=False)
    lx, rx = 86, 522
    p.text(304, 108, "专业技术人员继续教育", 19, "center", font=HEI)
    p.text(304, 138, "学 时 证 明", 19, "center", font=HEI)
    p.text(rx, 172, f"证明编号：LZJX{year}{h % 100000:05d}", 10.5, "right")
    public, special = _split(hours)
    y = grid(p, lx, 184, [120, rx - lx - 120], [
        ["姓    名", name], ["身份证号码", id_number], ["学习年度", f"{year}年度"],
        ["公需科目", f"{public}学时"], ["专业科目", f"{special}学时"],
        ["合    计", f"{hours}学时"]], 34, 12.5)
    body = (f"兹证明{name}同志{year}年度参加专业技术人员继续教育，经登记认定，累计完成"
            f"{hours}学时，达到规定要求，年度继续教育合格。")
    from ._common import wrap_cjk

    y = wrap_cjk(p, lx, y + 44, body, rx - lx, 13, 26, first_indent=26)
    p.text(lx + 26, y + 4, "特此证明。", 13)
    sy = y + 90
    p.text(rx, sy, issuer, 13, "right")
    p.text(rx, sy + 30, cn(issued_on), 13, "right")
    p.seal(rx - text_width(issuer, 13, MING) / 2, sy + 8, 116, issuer, seed=seed + 2601,
           **ink(seed + 3))
    p.text(lx, 770, "注：本证明作为职称申报、岗位聘用的继续教育学时依据。", 9.5,
           color=(90, 90, 90), line=False)
    for k in range(7):  # the pocket's reflection
        p.items.append(Watermark(250 + k * 6, 520 + k * 10, "━" * 7, 80, -28,
                                 (255, 255, 255), 0.16))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


def _r27_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.cungen_sizhang")
def cungen_sizhang(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The 学时证明 as the bureau's 继续教育 window writes it out of a bound 证明 book with
    stubs (存根 on the left stays in the book, the 正本 is torn off along the perforation and
    handed over), scanned flat on the office scanner: the sheet's ragged perforated left
    edge with half of the 骑缝编号 characters cut through, the pale green guilloche ground
    of the printed form, the title, 编号 No. at the right, the prose 兹证明 … with the year,
    公需科目 / 专业科目 and 共计 hours, 特此证明, the bureau with its seal over the date and
    经办人; one landscape page, colour."""
    from ._common import HEI, wrap_cjk

    h = _r27_hash(f"r27cg:{name}:{year}:{hours}")
    W, H = A4_LANDSCAPE
    p = Page(W, H, background=(246, 246, 244), font=KAI)
    x0, y0, sw, sh = 60, 70, 740, 460
    p.rect(x0 + 2, y0 + 3, sw, sh, None, (214, 214, 210), 0)
    p.rect(x0, y0, sw, sh, None, (241, 248, 240), 0)
    for k in range(0, int(sh), 14):  # the printed guilloche ground
        p.items.append(Line(x0 + 20, y0 + k, x0 + sw, y0 + k + 7, 0.3, (212, 232, 212)))
    num = f"{h % 100000:05d}"
    # the 骑缝编号, cut through at the perforation: only the right halves remain on the sheet
    seam = f"第{num}号"
    for k, ch in enumerate(seam):
        p.text(x0 + 4, y0 + 150 + k * 24, ch, 19, "center", (190, 40, 40), line=False)
    p.rect(x0 - 20, y0 - 2, 24, sh + 4, None, (246, 246, 244), 0)
    for k in range(0, int(sh), 9):  # the torn perforation
        p.rect(x0 + 2, y0 + k, 3 + (h >> (k % 23)) % 4, 5, None, (246, 246, 244), 0)
        p.rect(x0 + 4, y0 + k + 5, 1.2, 3, None, (200, 206, 198), 0)
    lx, rx = x0 + 70, x0 + sw - 60
    p.text(x0 + sw / 2, y0 + 64, "专业技术人员继续教育学时证明", 22, "center", font=HEI)
    p.text(rx, y0 + 100, f"No. {year + 1}{num}", 12, "right", (190, 40, 40), font=MING)
    public, special = _split(hours)
    body = (f"兹证明{name}同志（身份证号码：{id_number}）{year}年度参加专业技术人员继续"
            f"教育，完成公需科目{public}学时、专业科目{special}学时，共计{hours}学时，"
            f"经审核登记，符合年度继续教育学时要求。")
    y = wrap_cjk(p, lx, y0 + 150, body, rx - lx, 15, 32, first_indent=30)
    p.text(lx + 30, y + 6, "特此证明。", 15)
    sy = y + 96
    p.text(rx, sy, issuer, 14.5, "right")
    p.text(rx, sy + 32, cn(issued_on), 14.5, "right")
    p.seal(rx - text_width(issuer, 14.5, KAI) / 2, sy + 10, 118, issuer, seed=seed + 2701,
           **ink(seed + 1))
    p.text(lx, sy + 32, f"经办人：{'邓冯曹彭曾萧'[h % 6]}{'晓玉宏瑞'[(h >> 4) % 4]}", 12,
           line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 28

def _r28_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.sizhe_zhehen_paizhao")
def sizhe_zhehen_paizhao(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                         **_) -> Built:
    """The bureau's one-page 继续教育学时证明 as applicants often keep it: folded in four to
    fit the 职称证书 wallet or a bag, then unfolded on the desk and photographed with the
    phone for the upload — the sheet not quite flat, one horizontal and one vertical crease
    across it (a dark line with a light edge), each quarter lit a shade differently, a
    corner lifting. The sheet: the title, 证明编号, a prose line naming the person and
    身份证号码, a small table 科目类别 / 学习形式 / 学时 (公需科目 网络学习, 专业科目 面授培训,
    专业科目 学术交流) with a 合计 row, the sentence 经审核，准予登记, and the bureau with its
    seal over the date; portrait, colour."""
    from ..layout import Line, Watermark
    from ._common import DESKS, HEI, wrap_cjk

    h = _r28_hash(f"r28zh:{name}:{year}:{hours}")
    W, H = A4
    p = Page(W, H, background=DESKS[h % len(DESKS)], font=MING)
    x0, y0, sw, sh = 42, 44, W - 84, H - 96
    p.rect(x0 + 6, y0 + 8, sw, sh, None, (62, 48, 38), 0)
    p.rect(x0, y0, sw, sh, None, (249, 248, 243), 0)
    mx, my = x0 + sw / 2, y0 + sh / 2
    shades = [(246, 245, 239), (240, 239, 233), (244, 243, 237), (236, 235, 229)]
    q = h % 4
    for k, (qx, qy) in enumerate(((x0, y0), (mx, y0), (x0, my), (mx, my))):
        p.rect(qx, qy, sw / 2, sh / 2, None, shades[(k + q) % 4], 0)
    lx, rx = x0 + 46, x0 + sw - 46
    p.text(W / 2, y0 + 74, "继续教育学时证明", 22, "center", font=HEI)
    p.text(rx, y0 + 108, f"证明编号：LZJX{year}{h % 100000:05d}", 10, "right")
    body = (f"兹有{name}同志（身份证号码：{id_number}），{year}年度参加专业技术人员"
            f"继续教育，学习情况如下：")
    y = wrap_cjk(p, lx, y0 + 150, body, rx - lx, 13, 26, first_indent=26)
    public, special = _split(hours)
    talk = 8 if special >= 24 else 0
    rows = [["科目类别", "学习形式", "学时"], ["公需科目", "网络学习", str(public)],
            ["专业科目", "面授培训", str(special - talk)]]
    if talk:
        rows.append(["专业科目", "学术交流", str(talk)])
    rows.append(["合  计", "", f"{hours}"])
    y = p.table(lx, y + 6, [150, (rx - lx) - 260, 110], rows, 30, 12)
    tail = f"以上共计{hours}学时，经审核，符合{year}年度学时要求，准予登记。"
    y = wrap_cjk(p, lx, y + 36, tail, rx - lx, 13, 26, first_indent=26)
    p.text(lx + 26, y + 4, "特此证明。", 13)
    sy = y + 96
    p.text(rx, sy, issuer, 13.5, "right")
    p.text(rx, sy + 30, cn(issued_on), 13.5, "right")
    p.seal(rx - text_width(issuer, 13.5, MING) / 2, sy + 8, 116, issuer, seed=seed + 2801,
           **ink(seed + 3))
    # the creases: dark fold line with a light edge beside it
    p.items.append(Line(x0, my, x0 + sw, my + 2, 1.1, (176, 174, 166)))
    p.items.append(Line(x0, my + 1.6, x0 + sw, my + 3.6, 0.8, (255, 255, 252)))
    p.items.append(Line(mx, y0, mx - 2, y0 + sh, 1.1, (180, 178, 170)))
    p.items.append(Line(mx + 1.6, y0, mx - 0.4, y0 + sh, 0.8, (255, 255, 252)))
    # the lifted corner at the lower right and a soft shadow under it
    cx, cy = x0 + sw, y0 + sh
    for k in range(40):
        d = k * 0.75
        p.items.append(Line(cx - 30 + d, cy + 0.5, cx + 0.5, cy - 30 + d, 1.4,
                            DESKS[h % len(DESKS)]))
    p.items.append(Line(cx - 30, cy, cx, cy - 30, 0.9, (190, 188, 180)))
    p.items.append(Watermark(W * 0.3, H * 0.3, "━" * 10, 60, -30, (255, 255, 255), 0.10))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 29
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round29`.

def _r29_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.renshe_fuhan")
def renshe_fuhan(*, name, id_number, year, hours, issuer, issued_on, seed=0, **_) -> Built:
    """The bureau's 复函 (reply letter) on one person's hours: when a 职称 review office
    checking an application cannot see the year's hours on the platform (a course
    registered late, hours moved between accounts), it writes to the city bureau (关于核实
    职称申报人员继续教育学时的函), and the bureau answers in the 信函格式 of GB/T 9704-2012 —
    the bureau's full name alone in red as the 发文机关标志 with no 文件, the red double
    rule (thick over thin), the 函 number 柳人社函〔…〕N号 at the right under it, the title
    关于{name}同志{year}年度继续教育学时情况的复函, the 主送 (the office that asked), one
    paragraph quoting the enquiry (你处《…》收悉), the person with 身份证号码 and the year's
    公需科目 / 专业科目 hours and their total, 特此函复。, the bureau with its seal over the
    date, 联系人 / 联系电话 in brackets, and the 版记 at the foot between rules (抄送 and
    印发 with the 印发 date) — a copy of which the applicant received and uploaded as the
    proof of the year's hours; one portrait page, colour scan."""
    from ._common import HEI, wrap_cjk

    h = _r29_hash(f"r29fh:{name}:{year}:{hours}")
    W, H = A4
    red = (200, 24, 30)
    p = Page(W, H, background=(252, 251, 248), font=MING)
    lx, rx = 80, W - 80
    head = issuer
    hs = 26 if text_width(head, 26, HEI) <= rx - lx else 22
    p.text(W / 2, 100, head, hs, "center", red, font=HEI)
    p.rect(lx - 10, 118, rx - lx + 20, 2.6, None, red, 0)
    p.rect(lx - 10, 123, rx - lx + 20, 0.8, None, red, 0)
    iy = int(issued_on[:4])
    p.text(rx, 146, f"柳人社函〔{iy}〕{20 + h % 140}号", 12, "right")
    t1 = f"关于{name}同志{year}年度"
    t2 = "继续教育学时情况的复函"
    p.text(W / 2, 196, t1, 18, "center", font=HEI, line=False)
    p.text(W / 2, 224, t2, 18, "center", font=HEI, line=False)
    p.lines.append(t1 + t2)
    office = ["自治区职称评审服务中心", "广西壮族自治区高级职称评审委员会办公室",
              "自治区人力资源和社会保障厅专业技术人员管理处"][h % 3]
    p.text(lx, 270, f"{office}：", 13.5)
    ask_m = max(1, int(issued_on[5:7]) - 1)
    public, special = _split(hours)
    reach = ("达到专业技术人员继续教育规定的年度学时要求" if hours >= 90
             else "已按规定登记")
    paras = [f"你处《关于核实职称申报人员继续教育学时的函》（{iy}年{ask_m}月）收悉。"
             f"经查询广西专业技术人员继续教育管理平台登记记录，现将有关情况函复如下：",
             f"{name}同志（身份证号码：{id_number}），{year}年度参加专业技术人员继续教育，"
             f"登记公需科目{public}学时、专业科目{special}学时，合计{hours}学时，{reach}。"
             "其学时登记信息真实有效。"]
    y = 306
    for para in paras:
        y = wrap_cjk(p, lx, y, para, rx - lx, 13.5, 28, first_indent=27) + 2
    p.text(lx + 27, y + 2, "特此函复。", 13.5)
    sy = y + 96
    p.text(rx - 10, sy, issuer, 13.5, "right")
    p.text(rx - 10, sy + 30, cn(issued_on), 13.5, "right")
    p.seal(rx - 10 - text_width(issuer, 13.5, MING) / 2, sy + 6, 118, issuer,
           seed=seed + 2901, **ink(seed + 1))
    people = "邓冯曹彭曾萧田董"[h % 8] + "晓玉宏瑞嘉春"[(h >> 3) % 6]
    p.text(lx + 27, sy + 70, f"（联系人：{people}，联系电话：0772-{2800000 + h % 199999}）",
           12, line=False)
    # 版记
    by = H - 130
    p.rect(lx - 10, by, rx - lx + 20, 1.2, None, (30, 30, 30), 0)
    p.text(lx, by + 22, "抄送：柳州市职称改革工作领导小组办公室，本局专业技术人员管理科。", 11,
           line=False)
    p.rect(lx - 10, by + 32, rx - lx + 20, 0.6, None, (30, 30, 30), 0)
    p.row([(lx, f"{issuer}办公室", by + 54)], 11, line=False)
    p.text(rx, by + 54, f"{cn(issued_on)}印发", 11, "right", line=False)
    p.rect(lx - 10, by + 64, rx - lx + 20, 1.2, None, (30, 30, 30), 0)
    p.text(W / 2, H - 36, "— 1 —", 11, "center", line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 30
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round30`.

def _r30_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.yanxiuban_kechengbiao")
def yanxiuban_kechengbiao(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                          **_) -> Built:
    """The 培训证明 of a 专业技术人员知识更新工程 高级研修班 (the city bureau's yearly
    集中面授 course, run for it by a university's 继续教育学院), which counts the year's
    hours in one go: the college's letterhead (its name, address and telephone over a
    rule), 培训证明 with the certificate's number, the text (the person with 身份证号码,
    the course's name and dates in {year}, 主办 the bureau, 承办 the college, 经考核合格,
    the hours split into 公需科目 and 专业科目 and their total), 特此证明, then the 附：
    培训课程安排 table (日期 / 时段 / 课程内容 / 授课教师 / 学时) with a day to a row and a
    合计 row, and two signature blocks — 承办单位 with the college's seal and 主办单位 with
    the bureau's seal over the date; scanned in colour, one portrait page."""
    from ._common import HEI, other_people, wrap_cjk

    h = _r30_hash(f"r30yx:{name}:{year}:{hours}")
    W, H = A4
    p = Page(W, H, background=(253, 253, 250), font=MING)
    college = ["广西科技大学继续教育学院", "柳州职业技术学院继续教育学院",
               "广西工学院继续教育学院"][h % 3]
    blue = (20, 60, 130)
    lx, rx = 62, W - 62
    p.text(lx, 56, college, 16, color=blue, font=HEI, line=False)
    p.text(lx, 74, f"地址：柳州市{['东环大道268号', '社湾路28号', '文昌路1号'][h % 3]}    "
           f"电话：0772-{2680000 + h % 99999}    邮编：545006", 8, color=blue, line=False)
    p.rect(lx, 82, rx - lx, 1.6, None, blue, 0)
    p.text(W / 2, 124, "培 训 证 明", 21, "center", font=HEI)
    p.text(rx, 146, f"编号：LZZSGX-{year}-{(h >> 4) % 900 + 100:03d}{h % 100:02d}", 9.5,
           "right", line=False)
    topic = ["建设工程新技术新工艺应用", "数字化转型与管理创新", "智能制造与质量管理",
             "绿色低碳与工程安全"][(h >> 7) % 4]
    n_days = -(-hours // 8)
    base, extra = divmod(hours, n_days)
    m = 9 + h % 3
    d0 = max(1, min(3 + (h >> 5) % 12, 29 - n_days))
    pub = 30 if hours >= 60 else hours // 3
    body = (f"{name}同志（身份证号码：{id_number}）于{year}年{m}月{d0}日至{m}月"
            f"{d0 + n_days - 1}日参加由{issuer}主办、我院承办的“{year}年柳州市专业技术人员"
            f"知识更新工程高级研修班（{topic}）”集中培训，完成全部课程学习，经考核合格，"
            f"共计{hours}学时（其中公需科目{pub}学时，专业科目{hours - pub}学时）。")
    y = wrap_cjk(p, lx, 180, body, rx - lx, 12.5, 25, first_indent=25)
    p.text(lx + 25, y, "特此证明。", 12.5)
    y += 30
    p.text(lx, y, "附：培训课程安排", 11, font=HEI)
    y += 10
    courses_pub = ["专业技术人员职业道德与诚信建设", "数字素养与技能提升", "知识产权保护与运用",
                   "安全生产法律法规解读", "政策形势专题报告"]
    courses_spec = [f"{topic}专题讲座", "行业标准规范更新解读", "典型工程案例分析",
                    "新技术应用现场教学", "专题研讨与交流", "结业考核"]
    teachers = [o[0] for o in other_people(f"r30yx:{issuer}:{year}", 6)]
    rows = [["日期", "时段", "课程内容", "授课教师", "学时"]]
    done, j = 0, 0
    for k in range(n_days):
        got = base + (1 if k < extra else 0)
        if k == n_days - 1 and n_days > 1:
            course = courses_spec[-1]
        elif done < pub:
            course = courses_pub[k % len(courses_pub)]
        else:
            course = courses_spec[j % (len(courses_spec) - 1)]
            j += 1
        who = teachers[k % len(teachers)] + ["教授", "高工", "副教授"][k % 3]
        rows.append([f"{m}月{d0 + k}日", "8:30-17:30", course, who, str(got)])
        done += got
    rows.append(["合计", "", "", "", f"{hours}学时"])
    rh = 19 if n_days > 10 else 21
    y = p.table(lx, y, [70, 72, 200, 80, rx - lx - 422], rows, rh, 9.5)
    sy = y + 50
    p.text(lx + 10, sy, "承办单位（盖章）：", 11, line=False)
    p.text(lx + 10, sy + 24, college, 11.5)
    p.seal(lx + 100, sy + 10, 100, college, seed=seed + 3003, color=(214, 40, 44),
           strength=0.85)
    p.text(rx - 10, sy, "主办单位（盖章）：", 11, "right", line=False)
    p.text(rx - 10, sy + 24, issuer, 11.5, "right")
    p.text(rx - 10, sy + 52, cn(issued_on), 11.5, "right")
    p.seal(rx - 10 - text_width(issuer, 11.5, MING) / 2, sy + 26, 112, issuer,
           seed=seed + 3004, **ink(seed + 2))
    p.text(lx, H - 44, "本证明经主办单位审核盖章后有效，可登录继续教育管理平台核验学时登记"
           "信息。", 8.5, color=(110, 110, 110), line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 31
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round31`.

def _r31_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.gongxu_kaoshi_chengji", cn_dates=False)
def gongxu_kaoshi_chengji(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                          **_) -> Built:
    """A desktop browser screenshot of the 继续教育 platform's 在线考试 result page, taken
    right after the year's 公需科目 end-of-course exam (the platform the bureau names opens
    a timed exam once the courses are watched, and the result page is what many applicants
    capture instead of printing the 学时证明): the browser's tab and address bar, the
    platform's header with the signed-in learner, the 考试结果 card (试卷名称 with the year,
    得分 in a large figure out of 100, 及格线, 用时, 交卷时间, the 合格 badge), the answer
    sheet grid of question numbers with the wrong ones in red, and the 本年度学习档案 panel:
    姓名, masked 身份证号, 年度, the 公需 / 专业 hours counted so far and their total with a
    progress bar (已达标), and the 打印学时证明 button; landscape, no seal."""
    from ._common import HEI

    h = _r31_hash(f"r31ks:{name}:{year}:{hours}")
    W, H = 1000.0, 620.0
    dark, grey, blue, green = (34, 34, 34), (130, 130, 130), (24, 112, 214), (36, 150, 84)
    p = Page(W, H, background=(240, 242, 245), font=MICRO)
    p.rect(0, 0, W, 30, None, (222, 225, 230), 0)
    p.rect(8, 5, 220, 25, None, (255, 255, 255), 0)
    p.text(20, 21, "考试结果 - 专业技术人员继续教育", 8.5, color=dark, line=False)
    p.text(W - 14, 20, "—   □   ×", 9, "right", dark, line=False)
    p.rect(0, 30, W, 30, None, (255, 255, 255), 0)
    p.rect(80, 35, W - 180, 20, None, (241, 243, 244), 0)
    host = ["gxjxjy.gxrst.gov.cn", "www.gxjxjy.com", "lz.zjzx.cn"][h % 3]
    p.text(94, 49, f"{host}/exam/result?paperId={year}{h % 9000 + 1000}&attempt=1", 8,
           color=(80, 80, 80), line=False)
    p.rect(0, 60, W, 46, None, blue, 0)
    p.text(24, 90, "专业技术人员继续教育学习平台", 15, color=(255, 255, 255), font=HEI,
           line=False)
    for k, lab in enumerate(("首页", "我的课程", "在线考试", "学习档案", "证书打印")):
        p.text(360 + k * 76, 88, lab, 10.5, color=(255, 255, 255), line=False)
    p.text(W - 20, 88, f"{name}  |  退出", 10, "right", (255, 255, 255))
    # the result card
    cx0, cw = 30, 600
    p.rect(cx0, 122, cw, 300, None, (255, 255, 255), 0)
    p.text(cx0 + 24, 154, f"试卷名称：{year}年度专业技术人员公需科目结业考试", 12, color=dark,
           font=HEI)
    score = 72 + h % 27
    p.text(cx0 + 100, 250, str(score), 60, "center", green, font=HEI, line=False)
    p.text(cx0 + 100, 280, "得分（满分100）", 9.5, "center", grey, line=False)
    p.lines.append(f"得分 {score}")
    p.rect(cx0 + 210, 196, 58, 22, None, (230, 246, 236), 0)
    p.text(cx0 + 239, 212, "合格", 11, "center", green, font=HEI)
    dm = 11 + h % 2
    meta = ["及格分数：60分", f"考试用时：{18 + h % 30}分{h % 60:02d}秒",
            f"交卷时间：{year}-{dm:02d}-{1 + (h >> 4) % 28:02d} "
            f"{9 + h % 12}:{(h >> 2) % 60:02d}",
            "考试次数：1 / 3"]
    for k, m in enumerate(meta):
        p.text(cx0 + 210, 244 + k * 22, m, 10, color=dark, line=False)
    p.text(cx0 + 24, 340, "答题卡", 10.5, color=dark, font=HEI, line=False)
    wrong = {(h >> k) % 50 for k in range(0, 20, 5)}
    for q in range(50):
        r, c = divmod(q, 25)
        qx, qy = cx0 + 24 + c * 22, 352 + r * 26
        bad = q in wrong and score < 100
        p.rect(qx, qy, 18, 18, None, (253, 226, 226) if bad else (228, 240, 252), 0)
        p.text(qx + 9, qy + 13, str(q + 1), 7, "center", (210, 50, 50) if bad else blue,
               line=False)
    # the learning record panel
    ax = cx0 + cw + 20
    aw = W - ax - 30
    p.rect(ax, 122, aw, 460, None, (255, 255, 255), 0)
    p.text(ax + 20, 154, "本年度学习档案", 12, color=dark, font=HEI, line=False)
    pub = 30 if hours >= 60 else hours // 3
    masked = id_number[:6] + "********" + id_number[-4:]
    rows = [("姓名", name), ("身份证号", masked), ("学习年度", f"{year}年"),
            ("公需科目", f"{pub}学时"), ("专业科目", f"{hours - pub}学时")]
    y = 186
    for lab, val in rows:
        p.text(ax + 20, y, f"{lab}：", 10.5, color=grey, line=False)
        p.text(ax + 100, y, val, 10.5, color=dark, line=False)
        p.lines.append(f"{lab}：{val}")
        y += 28
    p.text(ax + 20, y + 8, "已获总学时：", 11, color=dark, font=HEI, line=False)
    p.text(ax + 104, y + 8, f"{hours}学时", 16, color=blue, font=HEI, line=False)
    p.lines.append(f"已获总学时：{hours}学时")
    need = 90 if hours >= 90 else hours
    p.rect(ax + 20, y + 26, aw - 40, 10, None, (228, 232, 238), 0)
    p.rect(ax + 20, y + 26, (aw - 40) * min(1.0, hours / max(need, 1)), 10, None, green, 0)
    p.text(ax + 20, y + 54, f"年度要求：{need}学时    状态：已达标", 9.5, color=green,
           line=False)
    p.rect(ax + 20, y + 80, aw - 40, 34, None, blue, 0)
    p.text(ax + aw / 2, y + 102, "打印学时证明", 11.5, "center", (255, 255, 255), font=HEI,
           line=False)
    p.text(ax + 20, y + 140, f"主管部门：{issuer}", 8.5, color=grey, line=False)
    p.text(W / 2, H - 14, f"Copyright © {year} 技术支持：继续教育服务中心  客服电话：400-"
           f"{h % 900 + 100}-{h % 9000 + 1000}", 8, "center", grey, line=False)
    return Built("continuing_education", [p], _fields(name, year, hours))


# --------------------------------------------------------------------------- round 32
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round32`.

def _r32_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.dayin_yulan_jietu")
def dayin_yulan_jietu(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                      **_) -> Built:
    """A desktop screenshot of the browser's 打印预览 dialog (Chrome / 360极速浏览器): the
    applicant clicks the platform's 打印学时证明, has no printer at home, and captures the
    print preview instead of saving the PDF: the dimmed platform page behind, the preview
    sheet on the left (the 专业技术人员继续教育学时证明 with its 证明编号, the learner's
    姓名 and 身份证号, the 学习年度, a table of 公需科目 / 专业科目 hours and the 合计, the
    platform's certifying sentence, the issuing body with its round e-seal over the date, the
    查验 QR code) and the dialog's settings panel on the right (打印, 1 张纸, 目标打印机
    另存为 PDF, 网页 全部, 布局 纵向, 颜色 彩色, 更多设置, the blue 保存 and the 取消 button);
    landscape, colour."""
    from ._common import HEI, qr

    h = _r32_hash(f"r32yl:{name}:{year}:{hours}")
    W, H = 1000.0, 620.0
    dark, grey, blue = (32, 33, 36), (95, 99, 104), (26, 115, 232)
    p = Page(W, H, background=(92, 94, 98), font=MICRO)
    # the dimmed page behind and the dialog
    p.rect(0, 0, W, 70, None, (70, 72, 76), 0)
    p.text(24, 44, "专业技术人员继续教育学习平台  ·  学习档案  ·  学时证明", 12,
           color=(150, 150, 150), line=False)
    dx, dy, dw, dh = 60, 40, W - 120, H - 60
    p.rect(dx, dy, dw, dh, None, (241, 243, 244), 0)
    panel = dx + dw - 300
    p.rect(panel, dy, 300, dh, None, (255, 255, 255), 0)
    # the preview sheet
    s = 0.58
    sw, sh = 595 * s, 842 * s
    sx, sy = dx + (panel - dx - sw) / 2, dy + 18
    p.rect(sx + 3, sy + 3, sw, sh, None, (200, 202, 206), 0)
    p.rect(sx, sy, sw, sh, None, (255, 255, 255), 0)
    lx, rx = sx + 30, sx + sw - 30
    p.text(sx + 16, sy + 14, f"{issued_on.replace('-', '/')} {9 + h % 9}:{h % 60:02d}", 6,
           color=grey, line=False)
    p.text(rx, sy + 40, f"证明编号：JXJY{year}{h % 900000 + 100000}", 7.5, "right",
           line=False)
    p.text((lx + rx) / 2, sy + 70, "专业技术人员继续教育学时证明", 13, "center", dark,
           font=HEI)
    p.text(lx, sy + 104, f"姓    名：{name}", 9.5)
    p.text(lx, sy + 124, f"身份证号：{id_number}", 9.5)
    p.text(lx, sy + 144, f"学习年度：{year}年度", 9.5)
    pub = 30 if hours >= 60 else hours // 3
    y = p.table(lx, sy + 158, [110, (rx - lx) - 110], [
        ["科目类别", "已获学时"], ["公需科目", f"{pub}学时"], ["专业科目", f"{hours - pub}学时"],
        ["合    计", f"{hours}学时"]], 20, 9)
    body = f"经审核，该同志{year}年度参加继续教育累计{hours}学时，特此证明。"
    from ._common import wrap_cjk

    y = wrap_cjk(p, lx, y + 26, body, rx - lx, 9.5, 17, first_indent=19)
    iy = y + 34
    isz = 9 if text_width(issuer, 9, MING) < rx - lx - 80 else 7.5
    p.text(rx - 6, iy, issuer, isz, "right", font=MING)
    p.text(rx - 6, iy + 20, cn(issued_on), 9, "right", font=MING)
    p.seal(rx - 6 - text_width(issuer, isz, MING) / 2, iy + 4, 74, issuer, seed=seed + 3201,
           **ink(seed + 3))
    qr(p, lx, iy - 8, 48, f"r32yl:{name}:{year}")
    p.text(lx, iy + 56, "扫码查验真伪", 6.5, color=grey, line=False)
    p.text((lx + rx) / 2, sy + sh - 10, "1/1", 6, "center", grey, line=False)
    # the settings panel
    px = panel + 24
    p.text(px, dy + 42, "打印", 17, color=dark, line=False)
    p.text(panel + 276, dy + 42, "1 张纸", 11, "right", grey, line=False)
    rows = [("目标打印机", "另存为 PDF"), ("网页", "全部"), ("每张纸打印的页数", "1"),
            ("布局", "纵向"), ("颜色", "彩色")]
    for k, (lab, val) in enumerate(rows):
        yy = dy + 96 + k * 52
        p.text(px, yy, lab, 10.5, color=dark, line=False)
        p.rect(panel + 140, yy - 18, 136, 28, (218, 220, 224), (255, 255, 255), 0.8)
        p.text(panel + 150, yy, val, 10, color=dark, line=False)
        p.text(panel + 266, yy, "▾", 9, "right", grey, line=False)
    p.text(px, dy + 96 + 5 * 52, "更多设置", 10.5, color=dark, line=False)
    p.text(panel + 276, dy + 96 + 5 * 52, "⌄", 10, "right", grey, line=False)
    p.rect(panel + 120, dy + dh - 56, 72, 32, (218, 220, 224), (255, 255, 255), 0.8)
    p.text(panel + 156, dy + dh - 35, "取消", 10.5, "center", blue, line=False)
    p.rect(panel + 204, dy + dh - 56, 72, 32, None, blue, 0)
    p.text(panel + 240, dy + dh - 35, "保存", 10.5, "center", (255, 255, 255), line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 33
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round33`.

def _r33_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.shense_moshi_xiaochengxu")
def shense_moshi_xiaochengxu(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                             **_) -> Built:
    """A phone screenshot taken with the phone in 深色模式 (dark mode): the 继续教育 WeChat
    mini-program's 学时证明 page, which follows the system theme, so the page is near-black
    with light grey text while the certificate card in its middle stays a white image (the
    platform renders the 证明 as a picture with its e-seal): the status bar, the
    mini-program's title bar (‹, 学时证明, the capsule ··· ⊙), the tab strip (学习记录 /
    学时证明 / 学时申报), the year picker, the summary line, the white card (证明编号, the
    title, 姓名, 身份证号, the year, 公需科目 / 专业科目 and 合计 hours, the certifying
    sentence, the issuer and date under the red round e-seal), the 长按保存图片 hint, and two
    buttons (下载证明 / 分享给好友); one portrait phone screenshot."""
    from ._common import HEI, qr, wrap_cjk

    h = _r33_hash(f"r33sm:{name}:{year}:{hours}")
    W, H = 390.0, 844.0
    light, grey = (226, 226, 230), (140, 140, 148)
    p = Page(W, H, background=(17, 17, 19), font=MICRO)
    p.text(26, 26, f"{20 + h % 4}:{(h >> 3) % 60:02d}", 11, color=light, line=False)
    p.text(W - 20, 26, f"5G  ▮▮▮  {20 + h % 70}%", 9.5, "right", light, line=False)
    p.text(18, 70, "‹", 20, color=light, line=False)
    p.text(W / 2, 70, "学时证明", 13, "center", light, font=HEI, line=False)
    p.rect(W - 98, 54, 86, 28, (80, 80, 86), (30, 30, 33), 0.8)
    p.text(W - 55, 73, "···  |  ⊙", 10, "center", light, line=False)
    for k, tab in enumerate(("学习记录", "学时证明", "学时申报")):
        cx = W * (k + 0.5) / 3
        p.text(cx, 116, tab, 11.5, "center", (90, 160, 255) if k == 1 else grey, line=False)
    p.rect(W / 2 - 18, 124, 36, 2.5, None, (90, 160, 255), 0)
    p.rect(16, 140, W - 32, 36, None, (34, 34, 38), 0)
    p.text(28, 163, f"学习年度：{year}年  ›", 11, color=light, line=False)
    p.text(W - 28, 163, f"已完成 {hours} 学时", 11, "right", (110, 200, 120), line=False)
    # the white certificate card (an image)
    cx0, cy0, cw0, ch0 = 16, 190, W - 32, 470
    p.rect(cx0, cy0, cw0, ch0, None, (255, 255, 255), 0)
    lx, rx = cx0 + 20, cx0 + cw0 - 20
    dark = (30, 30, 30)
    p.text(rx, cy0 + 22, f"证明编号：XS{year}{h % 90000000 + 10000000}", 7.5, "right", dark,
           line=False)
    p.text((lx + rx) / 2, cy0 + 54, "专业技术人员继续教育", 15, "center", dark, font=HEI)
    p.text((lx + rx) / 2, cy0 + 76, "学 时 证 明", 15, "center", dark, font=HEI)
    y = cy0 + 106
    for lab, val in (("姓    名", name), ("身份证号", id_number), ("学习年度", f"{year}年度")):
        p.text(lx, y, f"{lab}：{val}", 10, color=dark)
        y += 19
    pub, pro = _split(hours)
    y = p.table(lx, y + 2, [60, 74, 74, rx - lx - 208], [
        ["类别", "公需科目", "专业科目", "合计"],
        ["学时", str(pub), str(pro), f"{hours}学时"]], 22, 9.5)
    body = (f"该同志已完成{year}年度专业技术人员继续教育学习任务，累计{hours}学时，"
            "考核合格，特此证明。")
    y = wrap_cjk(p, lx, y + 24, body, rx - lx, 10, 17, first_indent=20)
    isz = 10 if text_width(issuer, 10, MING) < rx - lx - 70 else 8
    iy = y + 44
    p.text(rx - 4, iy, issuer, isz, "right", dark, font=MING)
    p.text(rx - 4, iy + 20, cn(issued_on), 10, "right", dark, font=MING)
    p.seal(rx - 4 - min(text_width(issuer, isz, MING), rx - lx - 70) / 2, iy + 4, 84, issuer,
           seed=seed + 3301, **ink(seed + 1))
    qr(p, lx, iy - 20, 46, f"r33sm:{name}:{year}")
    p.text(lx, iy + 38, "扫码验证", 7, color=(120, 120, 120), line=False)
    p.text(W / 2, cy0 + ch0 + 22, "长按图片可保存到手机相册", 9.5, "center", grey, line=False)
    p.rect(24, H - 118, (W - 60) / 2, 42, None, (7, 193, 96), 0)
    p.text(24 + (W - 60) / 4, H - 92, "下载证明", 12, "center", (255, 255, 255), line=False)
    p.rect(36 + (W - 60) / 2, H - 118, (W - 60) / 2, 42, (90, 90, 96), (30, 30, 33), 0.8)
    p.text(36 + 3 * (W - 60) / 4, H - 92, "分享给好友", 12, "center", light, line=False)
    p.rect(W / 2 - 66, H - 12, 132, 4, None, (220, 220, 220), 0)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 34
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round34`.

def _r34_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.hongpi_hege_zhengshu")
def hongpi_hege_zhengshu(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                         **_) -> Built:
    """The hard-cover 继续教育合格证书 that a 继续教育基地 (a university's 继续教育学院 or
    the bureau's 培训中心) hands out at the end of the year's 面授 course, the red
    flocked folder (烫金 title on the outside) opened flat on a desk and photographed from
    above: two cream inner leaves with a gold frame and pale printed 团花 rosettes, the
    left leaf with the glued one-inch photo under the steel seal's
    edge, 姓名 / 身份证号 / 证书编号 / 发证日期 filled in by the clerk in blue-black pen, the
    注意事项 in small print; the right leaf with the certifying text (the year, 公需科目 and
    专业科目 hours and the 合计 学时), the 查验 line with the platform's address, the issuer
    and the date under its red seal; the folder's own thickness and a ribbon marker at the
    spine; landscape, one page."""
    from ..layout import Ellipse
    from ._common import HEI, PEN, wrap_cjk

    h = _r34_hash(f"r34hp:{name}:{year}:{hours}")
    W, H = A4_LANDSCAPE
    p = Page(W, H, background=(150, 150, 146), font=MING)
    fx, fy, fw, fh = 30, 40, W - 60, H - 80
    p.rect(fx + 8, fy + 9, fw, fh, None, (92, 92, 90), 0)
    p.rect(fx, fy, fw, fh, None, (150, 22, 28), 0)  # the red flocked cover, its edges
    gold = (176, 140, 60)
    cream = (250, 244, 226)
    leaves = [(fx + 14, fy + 14, fw / 2 - 20, fh - 28), (W / 2 + 6, fy + 14, fw / 2 - 20,
                                                          fh - 28)]
    for lx0, ly0, lw0, lh0 in leaves:
        p.rect(lx0, ly0, lw0, lh0, None, cream, 0)
        p.rect(lx0 + 12, ly0 + 12, lw0 - 24, lh0 - 24, gold, None, 2.0)
        p.rect(lx0 + 17, ly0 + 17, lw0 - 34, lh0 - 34, gold, None, 0.6)
        for k in range(3):  # the pale printed 团花 rosettes
            p.items.append(Ellipse(lx0 + lw0 / 2 - 40, ly0 + 90 + k * 150, 80, 80,
                                   (244, 234, 210)))
    p.rect(W / 2 - 6, fy + 14, 12, fh - 28, None, (220, 210, 190), 0)  # the spine crease
    p.rect(W / 2 - 3, fy + fh - 30, 6, 70, None, (200, 160, 40), 0)  # the ribbon marker
    dark = (44, 36, 30)
    # left leaf
    lx0, ly0, lw0, lh0 = leaves[0]
    cx = lx0 + lw0 / 2
    p.photo(cx - 38, ly0 + 50, 76, 104, bg=(200, 40, 40) if h % 2 else (60, 120, 200))
    p.seal(cx + 36, ly0 + 146, 60, issuer, seed=seed + 3402, color=(180, 176, 168),
           strength=0.5)
    no = f"JX{year}{h % 900000 + 100000:06d}"
    rows = [("姓      名", name), ("身份证号", id_number), ("证书编号", no),
            ("发证日期", f"{issued_on[:4]}年{int(issued_on[5:7])}月{int(issued_on[8:10])}日")]
    y = ly0 + 190
    for lab, val in rows:
        p.text(lx0 + 44, y, f"{lab}：", 11, color=dark, line=False)
        p.text(lx0 + 124, y, val, 13 if lab != "身份证号" else 12, color=PEN, font=KAI,
               line=False)
        p.hline(lx0 + 120, lx0 + lw0 - 40, y + 5, 0.5)
        p.lines.append(f"{lab} {val}")
        y += 36
    notes = ("注意事项：一、本证书是专业技术人员参加继续教育的有效凭证，请妥善保管；"
             "二、本证书涂改无效；三、可登录继续教育管理平台查验。")
    wrap_cjk(p, lx0 + 40, y + 12, notes, lw0 - 80, 8, 13)
    # right leaf
    lx0, ly0, lw0, lh0 = leaves[1]
    lx, rx = lx0 + 40, lx0 + lw0 - 40
    p.text((lx + rx) / 2, ly0 + 62, "继续教育合格证书", 22, "center", (170, 30, 30), font=HEI)
    pub, pro = _split(hours)
    body = (f"{name}同志于{year}年度参加专业技术人员继续教育，完成公需科目{pub}学时、"
            f"专业科目{pro}学时，合计{hours}学时，经考核合格，特发此证。")
    y = wrap_cjk(p, lx, ly0 + 112, body, rx - lx, 13, 28, first_indent=26)
    p.text(lx, y + 12, f"查验网址：jxjy.lzrsj.gov.cn    查验码：{h % 900000 + 100000}", 8.5,
           color=dark, line=False)
    us = 12.5 if text_width(issuer, 12.5, MING) < rx - lx - 20 else 10
    sy = ly0 + lh0 - 92
    p.text(rx - 6, sy, issuer, us, "right", dark)
    p.text(rx - 6, sy + 28, cn(issued_on), 12.5, "right", dark)
    p.seal(rx - 6 - min(text_width(issuer, us, MING), rx - lx) / 2, sy + 4, 104, issuer,
           seed=seed + 3401, **ink(seed + 1))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 35
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round35`.

def _r35_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.shouji_changjietu")
def shouji_changjietu(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                      **_) -> Built:
    """A phone's 长截图 (the 滚动截屏 that Huawei, Xiaomi and OPPO phones make by scrolling
    down a page) of the 继续教育 platform's H5 学习档案 page, which applicants send when one
    screen cannot hold the year's whole record: one very tall image; the status bar, the
    page's title bar, the person's card (姓名, masked 身份证号 shown in full after 显示, the
    year picker), the summary (公需科目 / 专业科目 / 合计 学时 and 已达标), the course list
    scrolling on (each course with its 类别, 学时, 完成日期 and 已考核 badge), the 学时证明
    card at the foot with the issuer's red e-seal over the date, and the page's footer
    (主办单位, 技术支持, 客服电话); portrait, one page."""
    from ._common import HEI, wrap_cjk

    h = _r35_hash(f"r35cj:{name}:{year}:{hours}")
    pub, pro = _split(hours)
    courses_pub = [("习近平新时代中国特色社会主义思想专题", 12),
                   ("专业技术人员职业道德与诚信建设", 6),
                   ("数字经济与创新驱动发展", 6), ("心理健康与压力管理", 6)]
    courses_pro = [("行业新技术新规范解读", 12), ("专业领域前沿发展动态", 8),
                   ("工程项目质量安全管理实务", 10), ("标准化与绿色低碳发展", 8),
                   ("案例分析与实践技能提升", 6), ("BIM技术应用基础", 6)]

    def split_hours(total, items):
        out, left = [], total
        for k, (t, n) in enumerate(items):
            if left <= 0:
                break
            take = left if k == len(items) - 1 else min(n, left)
            out.append((t, take))
            left -= take
        return out

    rows = ([("公需科目", t, n) for t, n in split_hours(pub, courses_pub)]
            + [("专业科目", t, n) for t, n in split_hours(pro, courses_pro)])
    W = 390.0
    H = 640.0 + len(rows) * 62 + 400
    dark, grey, green = (32, 34, 40), (136, 138, 146), (24, 150, 96)
    p = Page(W, H, background=(244, 245, 248), font=MICRO)
    p.rect(0, 0, W, 96, None, (24, 120, 220), 0)
    white = (255, 255, 255)
    p.text(26, 26, f"{14 + h % 8}:{(h >> 5) % 60:02d}", 11, color=white, line=False)
    p.text(W - 20, 26, f"5G  {40 + h % 55}%", 9.5, "right", white, line=False)
    p.text(16, 72, "‹", 22, color=white, line=False)
    p.text(W / 2, 70, "我的学习档案", 13, "center", white, font=HEI, line=False)
    p.text(W - 18, 70, "···", 13, "right", white, line=False)
    # the person's card
    p.rect(12, 108, W - 24, 112, None, (255, 255, 255), 0)
    p.photo(26, 122, 44, 56, bg=(70, 130, 200))
    p.text(84, 140, name, 14, color=dark, font=HEI)
    p.text(84, 162, f"身份证号：{id_number}", 10, color=dark)
    p.text(84, 182, "专业技术人员 · 已实名认证", 9, color=green, line=False)
    p.rect(26, 192, W - 52, 20, None, (240, 244, 250), 0)
    p.text(34, 206, f"学习年度：{year}年  ›", 10, color=dark)
    p.text(W - 34, 206, "切换年度", 9, "right", (24, 120, 220), line=False)
    # the summary
    p.rect(12, 232, W - 24, 104, None, (255, 255, 255), 0)
    p.text(26, 256, f"{year}年度学时汇总", 11.5, color=dark, font=HEI)
    for k, (lab, val) in enumerate((("公需科目", pub), ("专业科目", pro), ("合计学时", hours))):
        cx = 26 + (W - 52) / 6 + k * (W - 52) / 3
        p.text(cx, 292, str(val), 20, "center", (24, 120, 220) if k < 2 else (230, 100, 20),
               font=HEI, line=False)
        p.text(cx, 314, lab, 9, "center", grey, line=False)
    p.lines.append(f"公需科目 {pub}学时 专业科目 {pro}学时 合计学时 {hours}")
    p.rect(W - 86, 242, 62, 20, None, (228, 246, 236), 0)
    p.text(W - 55, 256, "已达标", 9, "center", green, line=False)
    # the course list
    y = 352
    p.text(18, y + 4, "学习记录", 11.5, color=dark, font=HEI, line=False)
    p.text(W - 18, y + 4, f"共{len(rows)}门", 9, "right", grey, line=False)
    y += 16
    for k, (cat, t, n) in enumerate(rows):
        p.rect(12, y, W - 24, 56, None, (255, 255, 255), 0)
        ts = 10.5
        while text_width(t, ts, MICRO) > W - 130 and ts > 7.5:
            ts -= 0.5
        p.text(24, y + 22, t, ts, color=dark, line=False)
        done = f"{year}-{min(12, 3 + k):02d}-{1 + (h + k * 7) % 27:02d}"
        p.text(24, y + 44, f"{cat} · {n}学时 · 完成于 {done}", 9, color=grey, line=False)
        p.lines.append(f"{t} {cat} {n}学时 {done}")
        p.rect(W - 82, y + 16, 56, 20, (24, 150, 96), None, 0.8)
        p.text(W - 54, y + 30, "已考核", 9, "center", green, line=False)
        y += 62
    # the 学时证明 card
    y += 10
    p.rect(12, y, W - 24, 300, None, (255, 255, 255), 0)
    p.text(W / 2, y + 34, "继续教育学时证明", 15, "center", dark, font=HEI)
    body = (f"{name}同志（身份证号：{id_number}）于{year}年度参加专业技术人员继续教育，"
            f"完成公需科目{pub}学时、专业科目{pro}学时，共计{hours}学时，经考核合格。")
    p.font = MING
    yy = wrap_cjk(p, 32, y + 68, body, W - 64, 10.5, 20, first_indent=21)
    p.text(53, yy + 2, "特此证明。", 10.5, color=dark)
    ist = 10 if text_width(issuer, 10, MING) < W - 80 else 8
    p.text(W - 34, y + 246, issuer, ist, "right", dark)
    p.text(W - 34, y + 268, cn(issued_on), 10, "right", dark)
    p.seal(W - 34 - min(text_width(issuer, ist, MING), W - 80) / 2, y + 248, 96, issuer,
           seed=seed + 3501, **ink(seed + 4))
    p.font = MICRO
    y += 316
    p.rect(24, y, W - 48, 36, None, (24, 120, 220), 0)
    p.text(W / 2, y + 23, "下载学时证明（PDF）", 11, "center", white, line=False)
    y += 60
    for t in (f"主办单位：{issuer}", "技术支持：专业技术人员继续教育服务平台",
              f"客服电话：0771-{5600000 + h % 99999}（工作日 9:00-17:30）"):
        ts = 8.5 if text_width(t, 8.5, MICRO) < W - 30 else 7
        p.text(W / 2, y, t, ts, "center", grey, line=False)
        y += 16
    p.height = y + 14
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 36
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round36`.

def _r36_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _r36_rmb(n: float) -> str:
    """120.0 -> 壹佰贰拾圆整 (the 价税合计（大写） of an invoice, whole yuan)."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    v = int(round(n))
    s = str(v)
    out, zero = "", False
    for i, ch in enumerate(s):
        d = int(ch)
        pos = len(s) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += digits[d] + units[pos]
    return (out or "零") + "圆整"


@layout(LAYOUTS, "continuing_education.peixun_fapiao_dingzai")
def peixun_fapiao_dingzai(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                          **_) -> Built:
    """A phone photo of the year's 继续教育学时证明 with the training fee's 电子发票 printed out
    and stapled to its lower corner, the way applicants keep the pair (the unit refunds the
    course fee against the invoice and wants the 证明 with it, so the two stay stapled in the
    applicant's folder): the bureau's sealed A4 证明 (编号, the title, the paragraph with the
    person's 身份证号, the year, 公需 and 专业 hours and the total, 特此证明, the issuer and date
    under its red seal, the 查询 line), and across its lower left the half-sheet 数电票
    (电子发票（普通发票） with the 税务 mark, 发票号码 and 开票日期, 购买方 the person with
    the 身份证号 as 纳税人识别号, 销售方 the 培训中心, *教育服务*继续教育培训费 with 单价 and
    金额, 免税, 价税合计 in words and figures, 开票人), a staple at its corner, all on a desk
    with a pen beside it; portrait, one page."""
    from ._common import DESKS, HEI, PEN, other_people, wrap_cjk

    h = _r36_hash(f"r36fp:{name}:{year}:{hours}")
    pub, pro = _split(hours)
    W, H = A4
    dark = (32, 32, 34)
    p = Page(W, H, background=DESKS[h % len(DESKS)], font=MING)
    p.rect(W - 40, 120, 9, 250, None, (24, 24, 28), 0)  # a pen on the desk
    p.rect(W - 39, 112, 7, 12, None, (190, 170, 120), 0)
    # the 证明
    sx, sy, sw, sh = 70, 28, 470, 664
    p.rect(sx + 6, sy + 7, sw, sh, None, (60, 46, 36), 0)
    p.rect(sx, sy, sw, sh, None, (250, 249, 244), 0)
    lx, rx = sx + 40, sx + sw - 36
    cw = rx - lx
    p.text(rx, sy + 40, f"编号：JX{year}{h % 10 ** 6:06d}", 9.5, "right", dark)
    p.text((lx + rx) / 2, sy + 84, "专业技术人员继续教育学时证明", 19, "center", dark, font=HEI)
    body = (f"{name}同志（身份证号：{id_number}）参加{year}年度专业技术人员继续教育，"
            f"完成公需科目{pub}学时、专业科目{pro}学时，共计{hours}学时，经考核合格，"
            "已登记入本人继续教育档案。")
    y = wrap_cjk(p, lx, sy + 136, body, cw, 13, 27, first_indent=26)
    p.text(lx + 26, y + 4, "特此证明。", 13, color=dark)
    ist = 12.5 if text_width(issuer, 12.5, MING) < cw - 60 else 10
    iy = y + 92
    p.text(rx - 8, iy, issuer, ist, "right", dark)
    p.text(rx - 8, iy + 28, cn(issued_on), 12.5, "right", dark)
    p.seal(rx - 8 - min(text_width(issuer, ist, MING), cw - 40) / 2, iy + 4, 112, issuer,
           seed=seed + 3601, **ink(seed + 3))
    p.text(lx, iy + 74, "（本证明可登录专业技术人员继续教育管理平台查询核验）", 9,
           color=(90, 90, 90), line=False)
    # the invoice, stapled over the lower left of the 证明
    ix, iy0, iw, ih = 24, 560, 430, 262
    p.rect(ix + 5, iy0 + 6, iw, ih, None, (70, 54, 42), 0)
    p.rect(ix, iy0, iw, ih, None, (255, 255, 255), 0)
    brown = (150, 70, 50)
    p.text(ix + iw / 2, iy0 + 28, "电子发票（普通发票）", 14, "center", brown, font=HEI,
           line=False)
    p.rect(ix + iw / 2 - 60, iy0 + 34, 120, 1.2, None, brown, 0)
    p.rect(ix + iw / 2 - 62, iy0 + 37, 124, 0.8, None, brown, 0)
    p.rect(ix + 20, iy0 + 12, 44, 30, brown, None, 0.8)
    p.text(ix + 42, iy0 + 25, "全国统一", 6, "center", brown, line=False)
    p.text(ix + 42, iy0 + 36, "发票监制", 6, "center", brown, line=False)
    p.text(ix + iw - 14, iy0 + 22, f"发票号码：{24450000000000000000 + h % 10 ** 9}", 7.5,
           "right", dark, font=MICRO, line=False)
    ddate = f"{issued_on[:4]}年{int(issued_on[5:7])}月{max(1, int(issued_on[8:10]) - 3)}日" \
        if len(issued_on) >= 10 else f"{year}年11月20日"
    p.text(ix + iw - 14, iy0 + 36, f"开票日期：{ddate}", 7.5, "right", dark, font=MICRO,
           line=False)
    by = iy0 + 48
    p.rect(ix + 12, by, iw - 24, 56, brown, None, 0.8)
    p.items.append(Line(ix + iw / 2, by, ix + iw / 2, by + 56, 0.8, brown))
    p.items.append(Line(ix + 30, by, ix + 30, by + 56, 0.8, brown))
    p.items.append(Line(ix + iw / 2 + 18, by, ix + iw / 2 + 18, by + 56, 0.8, brown))
    from ._common import vtext

    vtext(p, ix + 21, by + 12, "购买方", 7, brown, step=15, line=False)
    vtext(p, ix + iw / 2 + 9, by + 12, "销售方", 7, brown, step=15, line=False)
    seller = f"广西{('专技人才', '继续教育', '人才发展')[h % 3]}培训中心有限公司"
    p.text(ix + 36, by + 20, f"名称：{name}", 7.5, color=dark, font=MICRO, line=False)
    p.text(ix + 36, by + 40, "统一社会信用代码/纳税人识别号：", 6.5, color=dark, font=MICRO,
           line=False)
    p.text(ix + 36, by + 51, id_number, 7, color=dark, font=MICRO, line=False)
    p.text(ix + iw / 2 + 24, by + 20, f"名称：{seller}", 6.8, color=dark, font=MICRO,
           line=False)
    p.text(ix + iw / 2 + 24, by + 40, "统一社会信用代码/纳税人识别号：", 6.5, color=dark,
           font=MICRO, line=False)
    p.text(ix + iw / 2 + 24, by + 51, f"91450100MA5{h % 10 ** 6:06d}X{h % 9}", 7, color=dark,
           font=MICRO, line=False)
    ty = by + 56
    p.rect(ix + 12, ty, iw - 24, 104, brown, None, 0.8)
    heads = [("项目名称", 20), ("规格型号", 150), ("单位", 200), ("数量", 236), ("单价", 272),
             ("金额", 318), ("税率/征收率", 356)]
    for t, x in heads:
        p.text(ix + x, ty + 14, t, 6.5, color=brown, font=MICRO, line=False)
    fee = 2 * hours if hours <= 90 else 180
    for t, x in (("*教育服务*继续教育培训费", 20), ("", 150), ("人次", 200), ("1", 236),
                 (f"{fee:.2f}", 272), (f"{fee:.2f}", 318), ("免税", 364)):
        if t:
            p.text(ix + x, ty + 32, t, 6.8, color=dark, font=MICRO, line=False)
    p.text(ix + 20, ty + 48, f"（{year}年度 公需+专业 {hours}学时）", 6.5, color=dark,
           font=MICRO, line=False)
    p.text(ix + 20, ty + 84, "合    计", 7, color=brown, font=MICRO, line=False)
    p.text(ix + 318, ty + 84, f"¥{fee:.2f}", 7, color=dark, font=MICRO, line=False)
    p.text(ix + 364, ty + 84, "***", 7, color=dark, font=MICRO, line=False)
    p.rect(ix + 12, ty + 104, iw - 24, 22, brown, None, 0.8)
    p.text(ix + 20, ty + 119, "价税合计（大写）", 7, color=brown, font=MICRO, line=False)
    p.text(ix + 100, ty + 119, "⊗" + _r36_rmb(fee), 7.5, color=dark, font=MICRO, line=False)
    p.text(ix + 300, ty + 119, f"（小写）¥{fee:.2f}", 7.5, color=dark, font=MICRO, line=False)
    clerk = other_people(f"r36fp:{seller}", 1)[0][0]
    p.text(ix + 20, iy0 + ih - 12, f"开票人：{clerk}", 7, color=brown, font=MICRO, line=False)
    # the staple
    p.rect(ix + 78, iy0 + 7, 22, 3, None, (150, 150, 156), 0)
    p.rect(ix + 78, iy0 + 7, 22, 1, None, (220, 220, 226), 0)
    p.text(ix + iw - 40, iy0 + ih - 14, "报销", 12, "center", PEN, font=KAI, line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 37
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round37`.

def _r37_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.guosu_fanguang_paizhao")
def guosu_fanguang_paizhao(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                           **_) -> Built:
    """A phone photo of the year's 继续教育合格证明 after the applicant had it laminated
    (过塑) at the copy shop so it would survive being carried to the 窗口 year after year:
    the landscape A4 certificate inside the clear pouch's wider, rounded margin, a trapped air
    bubble near a corner, two soft white streaks of the ceiling light's reflection across the
    plastic (over the decoration and the lines of small print, not the values), the
    certificate itself (证书编号, 继续教育合格证明 title, 兹证明 paragraph with the
    身份证号, the year, 公需 / 专业 hours and the total, a small hours table, the issuer and
    its date under the red seal, the 查验 line and QR), photographed on a desk a little
    off-square; one page."""
    from ._common import DESKS, HEI, qr, wrap_cjk

    h = _r37_hash(f"r37gs:{name}:{year}:{hours}")
    pub, pro = _split(hours)
    W, H = A4_LANDSCAPE
    p = Page(W, H, background=DESKS[(h >> 2) % len(DESKS)], font=KAI)
    # the pouch: clear plastic, a little lighter than the desk, rounded look via insets
    px, py, pw, ph = 34.0, 30.0, W - 68, H - 60
    p.rect(px + 5, py + 6, pw, ph, None, (70, 54, 40), 0)
    p.rect(px, py, pw, ph, None, (232, 232, 226), 0)
    for k, c in enumerate(((222, 222, 216), (214, 214, 208))):
        p.rect(px - 1 - k, py + 8, 1, ph - 16, None, c, 0)
    sx, sy, sw, sh = px + 14, py + 14, pw - 28, ph - 28
    paper = (252, 250, 242)
    p.rect(sx, sy, sw, sh, None, paper, 0)
    gold = (176, 132, 52)
    p.rect(sx + 12, sy + 12, sw - 24, sh - 24, gold, None, 2.4)
    p.rect(sx + 20, sy + 20, sw - 40, sh - 40, gold, None, 0.8)
    dark = (36, 30, 26)
    lx, rx = sx + 60, sx + sw - 60
    cw = rx - lx
    p.text(rx, sy + 46, f"证书编号：GXJJ{year}{h % 10 ** 7:07d}", 10, "right", dark, font=MICRO)
    p.text((lx + rx) / 2, sy + 90, "专业技术人员继续教育合格证明", 24, "center", (170, 30, 30),
           font=HEI)
    body = (f"兹证明{name}同志（身份证号：{id_number}）参加{year}年度专业技术人员继续教育，"
            f"完成公需科目{pub}学时、专业科目{pro}学时，共计{hours}学时，考核合格。")
    y = wrap_cjk(p, lx, sy + 140, body, cw, 15, 28, first_indent=30)
    cols = [150, 120, 120, 120]
    tx = lx + 40
    y = grid(p, tx, y + 4, cols, [["年度", "公需科目", "专业科目", "合计"],
                                 [f"{year}年度", f"{pub}学时", f"{pro}学时", f"{hours}学时"]],
             row_h=26, size=11)
    p.text(rx - 10, y + 54, issuer, 14 if text_width(issuer, 14, KAI) < 300 else 11, "right",
           dark)
    p.text(rx - 10, y + 82, cn(issued_on), 14, "right", dark)
    p.seal(rx - 10 - min(text_width(issuer, 14, KAI), 300) / 2, y + 58, 112, issuer,
           seed=seed + 3701, **ink(seed + 2))
    qr(p, lx, y + 26, 58, f"r37gs:{h}")
    p.text(lx + 68, y + 50, "扫码查验真伪", 9, color=dark, font=MICRO, line=False)
    p.text(lx + 68, y + 66, "查验网址：gxjxjy.rst.gxzf.gov.cn", 8, color=dark, font=MICRO,
           line=False)
    # the ceiling light's streaks on the plastic: over the frame and the small print only
    glare = (248, 248, 246)
    p.rect(sx + 2, sy + sh - 52, 170, 10, None, glare, 0)
    p.rect(sx + sw - 180, sy + 8, 160, 8, None, glare, 0)
    p.rect(sx + sw - 210, sy + 22, 120, 4, None, (244, 244, 240), 0)
    # the trapped air bubble
    p.rect(sx + sw - 46, sy + sh - 40, 26, 18, (206, 206, 200), (240, 240, 236), 0.6)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 38
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round38`.

def _r38_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.tuku_xiangqing_jietu")
def tuku_xiangqing_jietu(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                         **_) -> Built:
    """A phone screenshot of the gallery app (华为 图库-style) with the photo of the paper
    学时证明 open and its 详情 sheet swiped up, as applicants send it when a 申报 clerk asks
    when the photo was taken: the status bar, the gallery's top bar (back arrow, the photo's
    date and time), the photo shrunk to the top half (the portrait 继续教育学时证明 on a desk:
    title, 编号, the 兹证明 paragraph with the 身份证号 and the year, the table of 公需科目 /
    专业科目 / 合计 hours, the issuer and date under its red seal, a 经办人 line), then the
    详情 sheet (文件名 IMG_….jpg, 拍摄时间, 尺寸 and 像素, 大小, 设备 and 拍摄参数, 路径,
    位置), and the bottom bar (分享 / 收藏 / 编辑 / 删除 / 更多); portrait, one page."""
    from ._common import DESKS, HEI, PEN, other_people, wrap_cjk

    h = _r38_hash(f"r38tk:{name}:{year}:{hours}")
    pub, pro = _split(hours)
    W, H = 540.0, 1170.0
    dark, grey = (30, 30, 34), (130, 132, 138)
    white = (255, 255, 255)
    p = Page(W, H, background=white, font=MICRO)
    taken = f"{issued_on[:4]}年{int(issued_on[5:7])}月{int(issued_on[8:10])}日"
    p.text(22, 24, f"{9 + h % 9}:{h % 60:02d}", 11, color=dark, line=False)
    p.text(W - 22, 24, "5G  HD  87%", 10, "right", dark, line=False)
    p.text(22, 62, "←", 18, color=dark, line=False)
    p.text(54, 56, taken, 12, color=dark, font=HEI, line=False)
    p.text(54, 74, f"{14 + h % 6}:{(h >> 3) % 60:02d}  ·  {['柳州市', '南宁市', '桂林市'][h % 3]}",
           9, color=grey, line=False)
    # the photo area
    top, area_h = 90.0, 600.0
    p.rect(0, top, W, area_h, None, DESKS[h % len(DESKS)], 0)
    cw0, ch0 = 420.0, 580.0
    cx0, cy0 = (W - cw0) / 2 + (h % 7 - 3), top + 10
    p.rect(cx0 + 4, cy0 + 5, cw0, ch0, None, (60, 46, 36), 0)
    paper = (250, 249, 243)
    p.rect(cx0, cy0, cw0, ch0, None, paper, 0)
    lx, rx = cx0 + 30, cx0 + cw0 - 30
    cw = rx - lx
    p.font = MING
    p.text(rx, cy0 + 30, f"编号：JX{year}-{h % 100000:05d}", 8.5, "right", dark)
    p.text((lx + rx) / 2, cy0 + 70, "继续教育学时证明", 19, "center", dark, font=HEI)
    body = (f"兹证明{name}同志（身份证号：{id_number}）于{year}年度参加专业技术人员继续教育，"
            f"完成学习任务并经考核合格，累计取得{hours}学时，特此证明。")
    y = wrap_cjk(p, lx, cy0 + 110, body, cw, 10.5, 20, first_indent=21)
    y = grid(p, lx, y + 4, [cw * 0.34, cw * 0.22, cw * 0.22, cw * 0.22],
             [["年度", "公需科目", "专业科目", "合计"],
              [f"{year}年", f"{pub}学时", f"{pro}学时", f"{hours}学时"]], row_h=24, size=9.5)
    clerk = other_people(f"r38tk:{issuer}", 1)[0][0]
    p.text(lx, y + 30, "经办人：", 9.5, color=dark, line=False)
    p.text(lx + 44, y + 30, clerk, 11, color=PEN, font=KAI, line=False)
    p.text(lx, y + 50, f"联系电话：0772-{2600000 + h % 99999}", 9, color=dark, line=False)
    iss = 10.5
    while text_width(issuer, iss, MING) > cw - 20 and iss > 7:
        iss -= 0.5
    p.text(rx - 4, y + 100, issuer, iss, "right", dark)
    p.text(rx - 4, y + 122, cn(issued_on), 10.5, "right", dark)
    p.seal(rx - 4 - min(text_width(issuer, iss, MING), cw - 20) / 2, y + 100, 92, issuer,
           seed=seed + 3801, **ink(seed + 1))
    p.text(lx, cy0 + ch0 - 20, "（此证明须加盖公章有效，复印无效）", 8, color=grey, line=False)
    p.font = MICRO
    # the 详情 sheet
    sy = top + area_h + 6
    p.rect(0, sy, W, H - sy, None, (248, 248, 250), 0)
    p.rect(W / 2 - 20, sy + 8, 40, 4, None, (200, 200, 204), 0)
    p.text(24, sy + 40, "详情", 14, color=dark, font=HEI, line=False)
    px = 4000 if h % 2 else 3072
    py = 3000 if h % 2 else 4096
    rows = [("文件名", f"IMG_{issued_on.replace('-', '')}_{14 + h % 6}{h % 10000:04d}.jpg"),
            ("拍摄时间", f"{taken} {14 + h % 6}:{(h >> 3) % 60:02d}"),
            ("尺寸", f"{px} × {py}   {px * py / 1e6:.1f}MP"),
            ("大小", f"{2 + h % 4}.{h % 10} MB"),
            ("设备", ["HUAWEI Mate 40 Pro", "HONOR 70", "HUAWEI nova 9"][h % 3]),
            ("参数", f"ISO {100 + 50 * (h % 6)}   1/{[50, 60, 100][h % 3]}s   f/1.8   5.6mm"),
            ("路径", "/内部存储/DCIM/Camera/"),
            ("位置", f"{['广西壮族自治区柳州市城中区', '广西壮族自治区南宁市青秀区'][h % 2]}")]
    y = sy + 76
    for a, b in rows:
        p.text(24, y, a, 10, color=grey, line=False)
        p.text(110, y, b, 10, color=dark, line=False)
        y += 34
    p.rect(0, H - 62, W, 62, None, white, 0)
    for k, t in enumerate(("分享", "收藏", "编辑", "删除", "更多")):
        x = W / 10 + k * W / 5
        p.rect(x - 9, H - 52, 18, 18, grey, None, 1)
        p.text(x, H - 18, t, 9, "center", dark, line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 39
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round39`.

def _r39_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.xuefen_yinhang_cunzhe", cn_dates=False)
def xuefen_yinhang_cunzhe(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                          **_) -> Built:
    """A flatbed scan of the 终身学习 学分银行's 学习账户存折 opened flat (the passbook that
    继续教育 centres hand out with a 学习账户, into which the centre's passbook printer 补登s
    each course's 学时 like a bank's 存折), as applicants scan it when the centre issues no
    separate 学时证明: the left page with the 户名, 身份证号, 账号, 开户机构 and 开户日期
    under the centre's red 业务专用章 and the 注意事项, the right page's ruled 明细 table
    (日期 / 摘要 / 存入学时 / 累计 / 柜员) printed slightly off the rules by the passbook
    printer: last year's courses and subtotal, then this year's 公需 and 专业 courses and
    the line 年度小计, the 合计 of the account running across both years, the fold shadow
    down the middle and the scanner lid's dark margin; landscape, one page."""
    from ._common import HEI, other_people

    yr = int(year)
    hrs = int(hours)
    h = _r39_hash(f"r39cz:{name}:{yr}:{hrs}")
    pub, pro = _split(hrs)
    W, H = 1100.0, 720.0
    dark = (30, 30, 34)
    printer = (38, 44, 70)  # the passbook printer's ribbon
    p = Page(W, H, background=(36, 36, 38), font=MING)
    bx, by, bw, bh = 60.0, 70.0, W - 120, H - 140
    cover = (20, 92, 72)
    p.rect(bx - 10, by - 10, bw + 20, bh + 20, None, cover, 0)
    p.rect(bx, by, bw, bh, None, (244, 246, 238), 0)
    mid = bx + bw / 2
    p.rect(mid - 8, by, 16, bh, None, (214, 216, 206), 0)
    # left page
    lx, lr = bx + 34, mid - 30
    p.text((lx + lr) / 2, by + 46, "终身学习学分银行", 18, "center", cover, font=HEI,
           line=False)
    p.text((lx + lr) / 2, by + 72, "学 习 账 户 存 折", 14, "center", cover, font=HEI)
    acct = f"6{yr - 3}{h % 10 ** 8:08d}"
    opened = f"{yr - 3}-0{3 + h % 6}-{10 + h % 18}"
    rows = [("户    名", name), ("身份证号", id_number), ("账    号", acct),
            ("开户机构", issuer), ("开户日期", opened)]
    y = by + 116
    for lab, val in rows:
        p.text(lx, y, lab, 11, color=dark, line=False)
        vs = 12
        while text_width(val, vs, MICRO) > lr - lx - 90 and vs > 7:
            vs -= 0.5
        p.text(lx + 84, y, val, vs, color=printer, font=MICRO, line=False)
        p.hline(lx + 80, lr, y + 6, 0.5)
        p.lines.append(f"{lab.replace(' ', '')} {val}")
        y += 36
    iw = min(text_width(issuer, 11, MING), lr - lx - 90)
    p.seal(lx + 84 + iw / 2, y - 70, 96, issuer, bottom="业务专用章", seed=seed + 3901,
           **ink(seed + 1))
    notes = ["注意事项：", "1. 本存折记录持有人参加继续教育所获学时，凭证补登。",
             "2. 学时以本存折打印记录及系统数据为准，涂改无效。",
             "3. 遗失请及时到开户机构挂失补办。",
             f"服务电话：0772-{2650000 + h % 9999}"]
    for k, t in enumerate(notes):
        p.text(lx, by + bh - 130 + k * 22, t, 9.5, color=(90, 90, 90), line=False)
    # right page: the ruled 明细
    rx0, rx1 = mid + 24, bx + bw - 26
    cols = [("日期", 86), ("摘要", 196), ("存入学时", 70), ("累计", 62), ("柜员", 0)]
    cols[-1] = ("柜员", rx1 - rx0 - sum(c[1] for c in cols[:-1]))
    ty = by + 40
    rh = 26.0
    x = rx0
    for lab, w in cols:
        p.text(x + w / 2, ty, lab, 10.5, "center", cover, font=HEI, line=False)
        x += w
    p.lines.append(" ".join(c[0] for c in cols))
    for r in range(19):
        p.hline(rx0, rx1, ty + 8 + r * rh, 0.4)
    teller = f"G{h % 90 + 10:02d}"
    prev = 60 + 12 * (h % 4)
    entries = [(f"{yr - 1}-0{4 + h % 3}-1{h % 9}", f"{yr - 1}年度公需科目", 30),
               (f"{yr - 1}-{9 + h % 3}-2{h % 8}", f"{yr - 1}年度专业科目", prev - 30),
               ("", f"{yr - 1}年度小计", prev),
               (f"{yr}-0{3 + h % 4}-0{1 + h % 9}", "公需科目 网络学习", pub),
               (f"{yr}-{8 + h % 4:02d}-1{h % 9}", "专业科目 面授培训", pro),
               ("", f"{yr}年度小计", hrs)]
    total = 0
    y = ty + 8 + rh - 8
    dx, dy = 3 + h % 5, -2 - h % 3
    for k, (d, memo, n) in enumerate(entries):
        sub = "小计" in memo
        if not sub:
            total += n
        cells = [d, memo, f"{n}", f"{total}", teller if d else ""]
        x = rx0
        for (lab, w), c in zip(cols, cells):
            if c:
                al = "left" if lab == "摘要" else "center"
                cx = x + 4 if al == "left" else x + w / 2
                p.text(cx + dx, y + dy, c, 10.5, al, printer, font=MICRO, line=False)
            x += w
        p.lines.append(" ".join(c for c in cells if c))
        y += rh
    p.text(rx0 + dx, y + dy + rh, f"*** {issued_on} 补登 {len(entries) - 2}笔 ***", 10,
           color=printer, font=MICRO, line=False)
    clerk = other_people(f"r39cz:{issuer}", 1)[0][0]
    p.text(rx1, by + bh - 20, f"第 {1 + h % 3} 页    经办：{clerk}", 9, "right",
           (90, 90, 90), line=False)
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)


# --------------------------------------------------------------------------- round 40
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round40`.

def _r40_hash(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


@layout(LAYOUTS, "continuing_education.xiongpai_tingkezheng_zhuozhao", cn_dates=False)
def xiongpai_tingkezheng_zhuozhao(*, name, id_number, year, hours, issuer, issued_on, seed=0,
                                  **_) -> Built:
    """A phone photo, on a wood-grain office desk, of the 继续教育学时证明 a 高校继续教育学院
    prints for the 专业技术人员知识更新 研修班 at the end of the course, laid beside the
    course's 学员胸牌 in its clear lanyard sleeve and the 听课证, as applicants shoot them
    together to show they attended: the 证明 on the college's letterhead (学院 name,
    地址 and 电话 in the header, 证明编号, the paragraph with the 身份证号, the 研修班 name,
    the dates, the 学时 in figures and 大写, the 公需 / 专业 split, the college's seal and
    date, the 班主任 name), the badge (学员 name, 第 n 组, 学号) and the 听课证 (班级, 座位号,
    another date range); landscape, one page."""
    from ._common import HEI, other_people, wrap_cjk

    yr = int(year)
    hrs = int(hours)
    h = _r40_hash(f"r40xp:{name}:{yr}:{hrs}")
    pub, pro = _split(hrs)
    big = f"（{num_cn(hrs)}学时）" if 0 < hrs < 100 else ""
    W, H = 1120.0, 780.0
    dark = (32, 30, 28)
    p = Page(W, H, background=(150, 108, 70), font=MING)
    for k in range(0, int(H), 34):
        p.hline(0, W, k + (h >> (k % 7)) % 9, 0.4)
    # the certificate sheet
    sx, sy, sw, sh = 60.0, 40.0, 560.0, 700.0
    p.rect(sx, sy, sw, sh, None, (250, 250, 246), 0)
    blue = (24, 60, 130)
    lx, rx = sx + 48, sx + sw - 44
    hs = 15 if text_width(issuer, 15, HEI) < rx - lx else 11
    p.text(sx + sw / 2, sy + 44, issuer, hs, "center", blue, font=HEI)
    p.text(sx + sw / 2, sy + 64, f"地址：柳州市城中区学院路{h % 200 + 1}号    电话：0772-"
           f"{2790000 + h % 9999}", 8.5, "center", blue, line=False)
    p.rect(lx, sy + 72, rx - lx, 1.5, None, blue, 0)
    p.text(sx + sw / 2, sy + 118, "继续教育学时证明", 20, "center", dark, font=HEI)
    p.text(rx, sy + 146, f"证明编号：JX{yr}{h % 100000:05d}", 10, "right", dark,
           line=False)
    d1 = 10 + h % 12
    body = (f"兹证明{name}同志（身份证号：{id_number}）于{yr}年{5 + h % 4}月{d1}日至"
            f"{5 + h % 4}月{d1 + 4}日参加我院举办的“{yr}年专业技术人员知识更新工程高级"
            f"研修班”，完成全部课程学习并考核合格，共计{hrs}学时{big}，"
            f"其中公需科目{pub}学时，专业科目{pro}学时。")
    y = wrap_cjk(p, lx, sy + 186, body, rx - lx, 13, 27, first_indent=26)
    p.text(lx + 26, y + 8, "特此证明。", 13, color=dark)
    teacher = other_people(f"r40xp:{issuer}", 3)
    p.text(lx, y + 50, f"班主任：{teacher[0][0]}", 11, color=dark, line=False)
    iss = 13 if text_width(issuer, 13, MING) < 300 else 10.5
    p.text(rx - 6, y + 130, issuer, iss, "right", dark)
    p.text(rx - 6, y + 158, cn(issued_on), 13, "right", dark)
    p.seal(rx - 6 - min(text_width(issuer, iss, MING), 300) / 2, y + 126, 112, issuer,
           seed=seed + 4001, **ink(seed + 2))
    # the badge in its clear sleeve, the lanyard running off the top
    bx, by, bw, bh = 680.0, 90.0, 250.0, 330.0
    p.rect(bx + bw / 2 - 10, 0, 20, by, None, (30, 70, 160), 0)
    p.rect(bx - 6, by - 6, bw + 12, bh + 12, (200, 206, 212), (226, 232, 236), 1.0)
    p.rect(bx, by, bw, 64, None, blue, 0)
    p.text(bx + bw / 2, by + 28, f"{yr}年专业技术人员", 12, "center", (255, 255, 255),
           font=HEI, line=False)
    p.text(bx + bw / 2, by + 50, "知识更新高级研修班", 12, "center", (255, 255, 255),
           font=HEI, line=False)
    p.rect(bx, by + 64, bw, bh - 64, None, (252, 252, 250), 0)
    p.text(bx + bw / 2, by + 140, "学  员", 16, "center", dark, font=HEI, line=False)
    p.text(bx + bw / 2, by + 200, name, 28, "center", dark, font=HEI)
    p.text(bx + bw / 2, by + 250, f"第{1 + h % 6}组    学号 {yr % 100}{h % 900 + 100}", 12,
           "center", dark, line=False)
    p.text(bx + bw / 2, by + 300, issuer[:14], 9, "center", (100, 100, 100), line=False)
    # the 听课证 card, a colleague's on top corner
    cx, cy, cw, ch = 690.0, 470.0, 380.0, 240.0
    p.rect(cx, cy, cw, ch, None, (244, 226, 170), 0)
    p.text(cx + cw / 2, cy + 40, "听  课  证", 18, "center", (150, 30, 30), font=HEI,
           line=False)
    rows = [("姓    名", name), ("班    级", f"{yr}知识更新{1 + h % 3}班"),
            ("座 位 号", f"{1 + h % 8}排{1 + (h >> 4) % 20}号"),
            ("有 效 期", f"{yr}.{5 + h % 4:02d}.{d1:02d}—{yr}.{5 + h % 4:02d}.{d1 + 4:02d}")]
    for k, (lab, val) in enumerate(rows):
        p.text(cx + 40, cy + 86 + k * 36, lab, 12, color=dark, line=False)
        p.text(cx + 130, cy + 86 + k * 36, val, 12.5, color=dark, line=False)
        p.hline(cx + 126, cx + cw - 30, cy + 90 + k * 36, 0.5)
    p.seal(cx + cw - 70, cy + ch - 50, 70, issuer, bottom="", seed=seed + 4002,
           **ink(seed + 5))
    return Built("continuing_education", [p], _fields(name, year, hours), seal=issuer)
